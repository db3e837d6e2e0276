"""Read articles from files and folders: ``.txt``, ``.md``, ``.html``, ``.jsonl``.

:func:`read_articles` is a generator, so a corpus is never held in memory.
Problems (missing path, empty or binary file, broken JSON line, duplicate id)
are reported to a :class:`~kg.problems.ProblemLog` and the rest goes on.

>>> from kg.problems import ProblemLog
>>> [a.id for a in read_articles(["examples/articles"], ProblemLog())][:2]
['000_e7fa4d2bf25a9973', '001_782b71356e619918']
"""
from __future__ import annotations

import dataclasses
import hashlib
import html.parser
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from .problems import ProblemLog
from .records import Article
from .timenorm import article_date, overlaps

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252")
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "cp1252": "cp1252 (Windows-1252)",
                  "utf-16": "UTF-16 with BOM", "utf-16-le": "UTF-16 LE (no BOM)", "utf-16-be": "UTF-16 BE (no BOM)"}
# An id longer than this is kept whole in the graph, but files named after it are hashed
# (see kg.graph.saved.analysis_file).
MAX_ID_CHARS = 1000
# Control characters other than tab/newline confuse the parser and the RDF writers;
# bidi overrides/isolates can make displayed text lie (Trojan Source); lone
# surrogates (possible in JSON "\ud800") cannot be written as UTF-8. ZWJ/ZWNJ
# stay: emoji sequences and Persian/Arabic spelling need them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_NONCHARACTER = re.compile(r"[\ufdd0-\ufdef\ufffe\uffff]")
# Magic numbers of common binary files that may carry an article-like suffix.
BINARY_MAGIC = {b"%PDF": "PDF", b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
                b"PK\x03\x04": "zip archive", b"\x1f\x8b": "gzip archive", b"\x7fELF": "executable",
                b"\xd0\xcf\x11\xe0": "MS Office document"}
# Share of control/unprintable characters (NUL included) past which "text" is
# binary; a stray NUL or BEL in a scraped page is cleaned, not fatal.
MAX_CONTROL_SHARE = 0.05
# Longest stretch of text without a sentence end that is parsed as one piece.
# Extraction over a dependency parse is quadratic in sentence length (a
# 10,000-token "sentence" took 13 s); longer runs are cut at spaces.
MAX_SENTENCE_CHARS = 3_000
_SENTENCE_BREAK = re.compile(r"""[.!?…]["'”’)\]]*\s+|\n""")


def default_articles_dir() -> Path:
    """The sample articles: ``examples/articles`` of the checkout, or the copy in the package."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "examples" / "articles", here / "data" / "articles"):
        if candidate.is_dir():
            return candidate
    return here.parent / "examples" / "articles"


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes trying UTF-8, UTF-8 with BOM, then cp1252; return (text, encoding).

    Raises ``UnicodeDecodeError`` when none fits.

    >>> decode("café".encode("cp1252"))
    ('café', 'cp1252')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig"
    utf16 = utf16_kind(data)
    if utf16:
        return data.decode(utf16), utf16
    last: UnicodeDecodeError | None = None
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            last = exc
    raise last  # type: ignore[misc]


def utf16_kind(data: bytes) -> str | None:
    """``"utf-16"`` for text with a UTF-16 byte order mark, ``"utf-16-le"``/``"utf-16-be"`` for
    UTF-16 without one (most of its characters are ASCII, so every other byte is NUL), else ``None``.

    >>> utf16_kind("A headline, then text.".encode("utf-16-le")), utf16_kind(b"plain")
    ('utf-16-le', None)
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and len(data) % 2 == 0:
        try:
            data.decode("utf-16")
            return "utf-16"
        except UnicodeDecodeError:
            return None
    head = data[:8192]
    if len(head) < 4 or len(data) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    for kind, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) > 0.6 * len(zeros) and other.count(0) < 0.05 * len(other):
            try:
                data.decode(kind)
                return kind
            except UnicodeDecodeError:
                return None
    return None


def clean_text(text: str) -> str:
    """Normalise newlines and drop control characters (tabs and newlines stay).

    Unicode line/paragraph separators become newlines, lone surrogates and
    noncharacters become U+FFFD, so every later writer can encode the text.

    >>> clean_text("a\\r\\nb\\x00c\\u2029d\\u202eé")
    'a\\nbc\\n\\ndé'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _SURROGATE.sub("\ufffd", _NONCHARACTER.sub("\ufffd", text))
    return _CONTROL.sub("", text)


def binary_kind(data: bytes) -> str | None:
    """What binary file ``data`` looks like, or ``None`` when it may be text.

    >>> binary_kind(b"%PDF-1.7 ...")
    'PDF'
    >>> binary_kind("Plain text, café.".encode()) is None
    True
    """
    for magic, kind in BINARY_MAGIC.items():
        if data.startswith(magic):
            return kind
    if utf16_kind(data):
        return None
    head = data[:8192]
    sample = head.decode("utf-8", errors="replace") if _valid_utf8_prefix(head) else head.decode("latin-1")
    odd = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f") or "\x7f" <= ch <= "\x9f" or ch == "\ufffd")
    if sample and odd / len(sample) > MAX_CONTROL_SHARE:
        return f"{odd / len(sample):.0%} control characters"
    return None


def _valid_utf8_prefix(head: bytes) -> bool:
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3  # only a character cut at the 8 KB boundary


def long_runs(text: str, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of every stretch longer than ``limit`` with no sentence end in it.

    >>> long_runs("Short. " + "x " * 10 + "end.", limit=12)
    [(7, 31)]
    """
    runs, start = [], 0
    for brk in _SENTENCE_BREAK.finditer(text):
        if brk.start() - start > limit:
            runs.append((start, brk.start()))
        start = brk.end()
    if len(text) - start > limit:
        runs.append((start, len(text)))
    return runs


def split_title(text: str) -> tuple[str | None, str]:
    """A first line followed by a blank line is the title.

    The text is returned whole, so offsets stay relative to the article.

    >>> split_title("Headline\\n\\nBody text.")
    ('Headline', 'Headline\\n\\nBody text.')
    >>> split_title("One line.\\nAnother.")[0] is None
    True
    """
    first, sep, rest = text.lstrip().partition("\n")
    if sep and re.match(r"[ \t]*\n", rest) and first.strip():
        return first.strip(), text
    return None, text


class _TextOfHTML(html.parser.HTMLParser):
    BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "title"}
    SKIP = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self._skip = 0
        self._in_title = False
        self.meta_dates: dict[str, str] = {}  # which metadata → the date it gives (first of each)
        self.time_dates: list[str] = []  # every <time datetime>
        self.json_ld: list[str] = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skip += 1
        if tag == "title":
            self._in_title = True
        if tag in self.BLOCK:
            self.parts.append("\n\n")
        if tag in {"meta", "time", "script"}:
            self._metadata(tag, {k.lower(): (v or "") for k, v in attrs})

    def _metadata(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "script":
            self._in_json_ld = attrs.get("type", "").lower().strip() == "application/ld+json"
            if self._in_json_ld:
                self.json_ld.append("")
        elif tag == "time" and attrs.get("datetime", "").strip():
            kind = "time:published" if "pubdate" in attrs or attrs.get("itemprop") == "datePublished" else "time"
            self.time_dates.append(attrs["datetime"].strip())
            self.meta_dates.setdefault(kind, attrs["datetime"].strip())
        elif tag == "meta" and attrs.get("content", "").strip():
            for key in ("property", "name", "itemprop"):
                name = attrs.get(key, "").strip().lower()
                if name in HTML_DATE_META:
                    self.meta_dates.setdefault(HTML_DATE_META[name], attrs["content"].strip())

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag == "script":
            self._in_json_ld = False
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data
        if self._skip:
            return
        if self._in_title:
            self.title = (self.title or "") + data.strip()
            return
        self.parts.append(data)


# The page metadata that gives a publication date → its rank (the first found in this order wins).
HTML_DATE_META = {"article:published_time": "article:published_time", "og:article:published_time": "article:published_time",
                  "datepublished": "meta:datePublished", "pubdate": "meta:date", "publishdate": "meta:date",
                  "publish-date": "meta:date", "date": "meta:date", "dc.date.issued": "meta:date",
                  "dcterms.issued": "meta:date", "dc.date": "meta:date", "dcterms.date": "meta:date",
                  "parsely-pub-date": "meta:date", "sailthru.date": "meta:date"}
HTML_DATE_ORDER = ("article:published_time", "json-ld", "meta:datePublished", "meta:date", "time:published", "time")


def html_to_text(markup: str) -> tuple[str | None, str]:
    """Visible text of an HTML page (scripts and styles dropped) and its ``<title>``."""
    title, text, _ = read_html(markup)
    return title, text


def read_html(markup: str) -> tuple[str | None, str, str | None]:
    """An HTML page's ``<title>``, visible text and the publication date its metadata gives, as
    written (:func:`html_date`).

    >>> read_html('<html><head><meta property="article:published_time" content="2025-06-16T09:00:00Z">'
    ...           '<title>Talks</title></head><body><p>Iran seeks talks.</p></body></html>')
    ('Talks', 'Iran seeks talks.', '2025-06-16T09:00:00Z')
    """
    parser = _TextOfHTML()
    parser.feed(markup)
    text = re.sub(r"[ \t]+", " ", "".join(parser.parts))
    text = re.sub(r"\n\s*\n\s*", "\n\n", text).strip()
    return parser.title, text, html_date(parser)


def html_date(parser: _TextOfHTML) -> str | None:
    """The page's publication date, by rank: ``article:published_time``; schema.org
    ``datePublished`` in JSON-LD, then in microdata; a ``date``-like ``<meta>``; a ``<time
    pubdate>``; the page's ``<time datetime>`` when all of them give the same day (a page
    listing other stories' times has no one date)."""
    found = dict(parser.meta_dates)
    for block in parser.json_ld:
        published = _json_ld_published(block)
        if published:
            found.setdefault("json-ld", published)
            break
    days = {t[:10] for t in parser.time_dates}
    if len(days) > 1:
        found.pop("time", None)
    return next((found[k] for k in HTML_DATE_ORDER if found.get(k)), None)


def _json_ld_published(block: str) -> str | None:
    """The first ``datePublished`` of a JSON-LD block (objects, lists and ``@graph`` searched)."""
    try:
        data = json.loads(block)
    except ValueError:
        return None
    todo = [data]
    while todo:
        item = todo.pop(0)
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str) and value.strip():
                return value.strip()
            todo.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            todo.extend(item)
    return None


# Metadata at the top of a text file: a YAML block between "---" lines, or "Key: value" lines.
FRONT_MATTER_KEYS = {"date": "date", "published": "date", "title": "title", "url": "url", "source": "source"}
_HEADER_LINE = re.compile(r"^(date|published|title|url|source)[ \t]*:[ \t]*(.*?)[ \t]*$", re.I)


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The metadata at the top of a text article, and the text with that block blanked out (each of
    its characters a space, its newlines kept), so that offsets still point into the file.

    A YAML block (``---`` lines around ``key: value`` lines) or ``Date:``/``Title:``/``URL:``/
    ``Source:`` lines; other keys of a YAML block are ignored.

    >>> meta, text = front_matter("Date: 2025-06-16\\n\\nHeadline\\n\\nBody.")
    >>> meta, text.lstrip(), text.index("Headline")
    ({'date': '2025-06-16'}, 'Headline\\n\\nBody.', 18)
    >>> front_matter("---\\ntitle: 'Talks'\\ndate: June 16, 2025\\ntags: [iran]\\n---\\nBody.")[0]
    {'title': 'Talks', 'date': 'June 16, 2025'}
    >>> front_matter("Dates matter.\\nBody.")
    ({}, 'Dates matter.\\nBody.')
    """
    lines = text.split("\n")
    meta: dict[str, str] = {}
    if lines and lines[0].strip() == "---":
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() in {"---", "..."}), None)
        if end is None:
            return {}, text
        for line in lines[1:end]:
            key, sep, value = line.partition(":")
            key = key.strip().lower()
            if sep and key in FRONT_MATTER_KEYS and value.strip():
                meta.setdefault(FRONT_MATTER_KEYS[key], value.strip().strip("'\""))
        count = end + 1
    else:
        count = 0
        for line in lines:
            match = _HEADER_LINE.match(line)
            if not match:
                break
            count += 1
            if match.group(2):
                meta.setdefault(FRONT_MATTER_KEYS[match.group(1).lower()], match.group(2))
        if not count:
            return {}, text
    return meta, "\n".join([" " * len(line) for line in lines[:count]] + lines[count:])


def dated(raw: str | None, where: Path | str, problems: ProblemLog, line: int | None = None) -> str | None:
    """An article's date from its metadata as ISO 8601 (:func:`kg.timenorm.article_date`); a value
    that is no date is noted and the article left undated."""
    if raw is None or not str(raw).strip():
        return None
    date = article_date(str(raw))
    if date is None:
        problems.note(where, f"date {str(raw)[:60]!r} is not a date with its year (ISO 8601 or e.g. "
                             f"'June 16, 2025') - left undated", line)
    return date


# A corpus folder's own documentation is not news: skipped when walking a folder
# (a file named on the command line is always read).
NOT_ARTICLES = re.compile(r"^(readme|license|licence|changelog|contributing|notice|copying)([._-].*)?$", re.I)


def is_article_file(path: Path) -> bool:
    """True for a file a folder walk reads: a known suffix, not hidden, not the folder's README or LICENSE.

    >>> [is_article_file(Path(n)) for n in ("a.txt", "README.md", ".notes.txt", "b.jsonl", "c.csv")]
    [True, False, False, True, False]
    """
    return (path.suffix.lower() in SUFFIXES and not path.name.startswith(".")
            and not NOT_ARTICLES.match(path.name))


def shown_path(path: str | Path) -> str:
    """A path as text that can be written anywhere (UTF-8, JSON, RDF): the bytes of a non-UTF-8
    file name become ``\\xNN`` escapes.

    >>> shown_path(os.fsdecode(b"news/caf\\xe9.txt"))
    'news/caf\\\\xe9.txt'
    """
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")


def clean_id(raw: str) -> str:
    """An article id as data: control, invisible and bidi characters dropped, lone surrogates
    (from a non-UTF-8 name) replaced, spaces at the ends trimmed.

    >>> clean_id(" a\\x1b[31mred\\tid\\n")
    'a[31mredid'
    """
    return _CONTROL.sub("", _SURROGATE.sub("\ufffd", _NONCHARACTER.sub("\ufffd", str(raw)))).replace("\t", "").replace(
        "\n", "").replace("\r", "").replace("\u2028", "").replace("\u2029", "").strip()


def name_text(name: str) -> tuple[str, str | None]:
    """A file name (as Python decodes it, non-UTF-8 bytes as surrogate escapes) as text, and the
    encoding it was read in when that is not UTF-8: like a file's contents, cp1252 is tried next.

    >>> name_text(os.fsdecode(b"caf\\xe9"))
    ('café', 'cp1252')
    """
    data = os.fsencode(name)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("utf-8", "replace"), "UTF-8 with unreadable bytes replaced"


def _fallback_id(path: Path) -> str:
    return "article-" + hashlib.sha256(os.fsencode(str(path))).hexdigest()[:12]


def _outside(path: Path, root: Path) -> bool:
    """True when ``path`` (under ``root``) is, once its links are followed, outside ``root``."""
    try:
        return not path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a link loop
        return True


def _walk(root: Path, problems: ProblemLog, follow_links: bool) -> list[Path]:
    """The article files under ``root``, sorted; links that lead out of it are skipped (noted)
    unless ``follow_links`` (then each folder is walked once, so a link loop ends)."""
    files, seen = [], set()
    for folder, dirs, names in os.walk(root, followlinks=follow_links):
        here = Path(folder)
        real = os.path.realpath(folder)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        for name in sorted(dirs):
            if not follow_links and (here / name).is_symlink() and _outside(here / name, root):
                problems.note(here / name, "a link out of the folder - skipped (kg build --follow-links reads it)")
        for name in names:
            p = here / name
            if not (p.is_file() and is_article_file(p)):
                continue
            if not follow_links and _outside(p, root):
                problems.note(p, "a link out of the folder - skipped (kg build --follow-links reads it)")
                continue
            files.append(p)
    return sorted(files)


def article_files(paths: Iterable[str | Path], problems: ProblemLog, follow_links: bool = False) -> Iterator[tuple[Path, str]]:
    """Every article file under ``paths`` with the id its article takes: the file's stem, or, when
    two files of the input share a stem (``a/index.html``, ``b/index.html``), its path relative to
    the folder it was found in (``a/index``; noted). Folders are walked recursively and sorted (see
    :func:`is_article_file`); a link that leads out of its folder is skipped unless ``follow_links``
    (a file named on the command line is always read)."""
    found: list[tuple[Path, Path | None]] = []  # (file, the folder it was found in)
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            problems.report(path, "no such file or directory" if not path.is_symlink() else "broken link")
            continue
        if path.is_dir():
            files = _walk(path, problems, follow_links)
            if not files:
                problems.report(path, f"folder holds no articles ({', '.join(sorted(SUFFIXES))})")
            found += [(p, path) for p in files]
        else:
            found.append((path, None))
    stems = Counter(clean_id(name_text(p.stem)[0]) for p, _ in found)
    given: set[str] = set()
    for p, root in found:
        text, encoding = name_text(p.stem)
        if encoding:
            problems.note(p, f"file name is not UTF-8: read as {encoding}")
        article_id = clean_id(text) or _fallback_id(p)
        if stems[clean_id(text)] > 1:
            relative = p.relative_to(root) if root is not None else p
            long_id = clean_id(name_text(relative.with_suffix("").as_posix())[0])
            if not long_id or long_id in given:  # names that differ only in characters an id drops: b"\xbc", b"\x01\xbc"
                long_id = f"{article_id}-{_fallback_id(p)[len('article-'):][:8]}"
            if long_id != article_id:
                problems.note(p, f"another file is also named {article_id!r}: its id is {long_id!r}")
                article_id = long_id
        given.add(article_id)
        yield p, article_id


def iter_files(paths: Iterable[str | Path], problems: ProblemLog, follow_links: bool = False) -> Iterator[Path]:
    """Every article file under ``paths`` (see :func:`article_files`)."""
    for path, _ in article_files(paths, problems, follow_links):
        yield path


def _read_text_file(path: Path, problems: ProblemLog) -> tuple[str, str] | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.report(path, f"cannot read: {exc.strerror or exc}")
        return None
    if not data.strip():
        problems.report(path, "empty file - skipped" if not data else "empty file (only whitespace) - skipped")
        return None
    kind = binary_kind(data)
    if kind:
        problems.report(path, f"binary file ({kind}), not text - skipped")
        return None
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError as exc:
        problems.report(path, f"cannot decode: not UTF-8, UTF-8 with BOM or cp1252 (byte {exc.start}: 0x{data[exc.start]:02x}) - skipped")
        return None
    if encoding == "cp1252":
        problems.note(path, f"not UTF-8 (byte {_first_bad_byte(data)}), decoded as {ENCODING_NAMES[encoding]}")
    elif encoding != "utf-8":
        problems.note(path, f"decoded as {ENCODING_NAMES[encoding]}")
    return text, encoding


def _first_bad_byte(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return -1


def _note_long_runs(path: Path | str, text: str, problems: ProblemLog, line: int | None = None) -> None:
    runs = long_runs(text)
    if runs:
        longest = max(end - start for start, end in runs)
        problems.note(path, f"{len(runs)} sentence(s) without an end, up to {longest:,} characters at offset "
                            f"{max(runs, key=lambda r: r[1] - r[0])[0]:,}, parsed in pieces of at most "
                            f"{MAX_SENTENCE_CHARS:,}", line)


def _articles_of_file(path: Path, problems: ProblemLog, article_id: str | None = None) -> Iterator[Article]:
    suffix = path.suffix.lower()
    article_id = article_id or clean_id(name_text(path.stem)[0]) or _fallback_id(path)
    read = _read_text_file(path, problems)
    if read is None:
        return
    raw, encoding = read
    if suffix in JSONL_SUFFIXES:
        yield from _articles_of_jsonl(path, raw, problems, encoding, article_id)
        return
    title = None
    meta: dict[str, str] = {}
    if suffix in HTML_SUFFIXES:
        title, raw, meta["date"] = read_html(raw)
    else:
        meta, raw = front_matter(clean_text(raw))
        title = clean_text(meta["title"]) if meta.get("title") else None
    text = clean_text(raw)
    if not text.strip():
        problems.report(path, "no text - skipped")
        return
    if title is None:
        title, text = split_title(text)
    _note_long_runs(path, text, problems)
    yield Article(id=article_id, text=text, title=title, date=dated(meta.get("date"), path, problems),
                  url=clean_text(meta["url"]) if meta.get("url") else None,
                  source=clean_text(meta["source"]) if meta.get("source") else None,
                  source_path=shown_path(path), encoding=encoding)


def _articles_of_jsonl(path: Path, raw: str, problems: ProblemLog, encoding: str, stem: str) -> Iterator[Article]:
    for number, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.report(path, f"broken JSON: {exc.msg.removesuffix(' at')} at column {exc.colno} - line skipped", number)
            continue
        if not isinstance(record, dict):
            problems.report(path, "a record must be a JSON object - line skipped", number)
            continue
        text = record.get("text")
        if "text" not in record:
            problems.report(path, "record has no \"text\" - line skipped", number)
            continue
        if not isinstance(text, str) or not clean_text(text).strip():
            problems.report(path, f"record's \"text\" is {'empty' if isinstance(text, str) else type(text).__name__ + ', not a string'} - line skipped", number)
            continue
        rid = record.get("id")
        rid = clean_id(rid) if rid is not None else ""
        if not rid:
            rid = f"{stem}-{number}"
        meta = {k: (clean_text(str(record[k])) if record.get(k) is not None else None) for k in ("title", "date", "url", "source")}
        meta["date"] = dated(meta["date"], path, problems, number)
        text = clean_text(text)
        _note_long_runs(path, text, problems, number)
        yield Article(id=rid, text=text, source_path=shown_path(path), line=number, encoding=encoding, **meta)


def source_of(article: Article) -> str:
    """Where an article was read from, ``path`` or ``path:line`` (for messages)."""
    return (article.source_path or article.id) + (f":{article.line}" if article.line else "")


@dataclasses.dataclass(frozen=True)
class Dates:
    """What the command line says about article dates, ISO 8601: ``date`` for the article read
    (``--date``, over what its file says), ``since``/``until`` to read only the articles published
    within them (``--since``/``--until``; an undated article is then left out)."""

    date: str | None = None
    since: str | None = None
    until: str | None = None


def read_articles(paths: Iterable[str | Path], problems: ProblemLog | None = None, follow_links: bool = False,
                  dates: Dates | None = None) -> Iterator[Article]:
    """Yield every article under ``paths``; report what cannot be read.

    Two articles with the same id are an error naming both sources; the
    second is skipped. An article whose text is the same as one read before
    is read once (noted): the same story twice is not two sources.
    ``dates`` gives the article a date, or keeps those published in a period (see :class:`Dates`).
    """
    problems = problems if problems is not None else ProblemLog()
    dates = dates or Dates()
    seen: dict[str, str] = {}
    texts: dict[bytes, str] = {}
    outside = 0
    for path, article_id in article_files(paths, problems, follow_links):
        for article in _articles_of_file(path, problems, article_id):
            if dates.date:
                article = dataclasses.replace(article, date=dates.date)
            if not overlaps(article.date, dates.since, dates.until):
                outside += 1
                continue
            where = source_of(article)
            if article.id in seen:
                problems.report(where, f"duplicate article id {article.id!r} (first read from {seen[article.id]}) - skipped")
                continue
            digest = hashlib.sha256(article.text.encode("utf-8")).digest()
            if digest in texts:
                problems.note(where, f"the same text as {texts[digest]} - counted once")
                continue
            seen[article.id] = texts[digest] = where
            yield article
    if outside:
        problems.note("--since/--until", f"{outside} article(s) undated or published outside "
                                         f"{dates.since or '…'} – {dates.until or '…'} - left out")

