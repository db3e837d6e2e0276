"""Segmentation: an article's text cut into the paragraphs spaCy parses, each within bounds.

Paragraphs follow the text's blank lines and sentence-ending line breaks
(:func:`split_paragraphs`); a paragraph repeated word for word is given once;
a stretch with no sentence end longer than :data:`~kg.ingest.MAX_SENTENCE_CHARS`
is cut at commas or spaces, and a piece longer than :data:`MAX_CHARS` at
sentence ends (:func:`chunk_paragraph`). Offsets stay relative to the article.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .ingest import MAX_SENTENCE_CHARS, long_runs
from .records import Article, Paragraph

# The longest piece of text handed to spaCy at once. spaCy refuses texts past
# nlp.max_length (1,000,000) and its memory grows with the text; nlp.pipe holds a
# batch of Docs, so 64 pieces of 10,000 characters bound a batch to ~640 KB of
# text whatever the article's size. Cuts fall at sentence ends (:func:`chunk_paragraph`).
MAX_CHARS = 10_000


_SENTENCE_END = re.compile(r"""[.!?:;"”’')\]]\s*$""")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s+")
_SMALL_WORDS = {"of", "and", "to", "for", "the", "a", "an", "in", "on", "as", "at", "by", "with", "from", "&", "-", "–", ","}
_END_PUNCT = tuple(".!?\"”’:;)")


@lru_cache(maxsize=64)  # (asked for every name on the line: a paragraph's names ask it of the same line)
def is_headline(line: str) -> bool:
    """A title-cased line without sentence punctuation.

    >>> is_headline("Red Lines Intact"), is_headline("Trump Signals Openness, Keeps Pressure On")
    (True, True)
    >>> is_headline("Iran and the United States had completed five rounds of talks.")
    False
    """
    text = line.strip()
    words = [w for w in text.replace(",", " ").split() if w[:1].isalpha()]
    if not words or text.endswith(_END_PUNCT):
        return False
    return all(w[0].isupper() for w in words if w.lower() not in _SMALL_WORDS)


def line_of(text: str, start: int, end: int) -> str:
    """The line of ``text`` that holds ``text[start:end]``."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return text[lo:hi if hi >= 0 else len(text)]


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split text into paragraphs so a heading never fuses with the next sentence.

    Blank lines always separate paragraphs. Inside a block, a line break
    separates too when the line before ends a sentence or is a title-cased
    heading (:func:`_heading_before`), or the next line is a list item; a line
    wrapped mid-sentence stays joined.

    >>> [p.text for p in split_paragraphs("Title\\n\\nOne. Two.\\nThree\\nfour.")]
    ['Title', 'One. Two.', 'Three\\nfour.']
    """
    paragraphs: list[Paragraph] = []
    for block in re.finditer(r"[^\n](?:.|\n(?![ \t]*\n))*", text):
        lines = block.group(0).split("\n")
        chunk_start = cursor = block.start()
        for i, line in enumerate(lines):
            line_end = cursor + len(line)
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if nxt is None or _SENTENCE_END.search(line) or _LIST_ITEM.match(nxt) or not line.strip() \
                    or _heading_before(line, nxt):
                _append(paragraphs, text, chunk_start, line_end)
                chunk_start = line_end + 1
            cursor = line_end + 1
    return paragraphs


def _heading_before(line: str, nxt: str) -> bool:
    """A title-cased line without sentence punctuation, then a line that opens with a capital: a heading
    set on its own line, not a sentence wrapped ("Chargers Defensive Tackle Faces DUI Charges" /
    "Jamal Williams, the defensive tackle …"; not "said Prime Minister Tony Blair" / "Blair said …",
    whose "said" is lower case, nor "The Prime Minister Tony Blair" / "said on Monday").

    >>> _heading_before("Woman Killed In Queens Hit-And-Run", "A woman has died.")
    True
    >>> _heading_before("said Prime Minister Tony Blair", "Blair"), _heading_before("Tony Blair", "said on Monday")
    (False, False)
    """
    return nxt.lstrip()[:1].isupper() and is_headline(line)


def _append(paragraphs: list[Paragraph], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if piece:
        paragraphs.append(Paragraph(piece, start + lead))


def chunk_paragraph(paragraph: Paragraph, limit: int = MAX_CHARS, run_limit: int = MAX_SENTENCE_CHARS) -> list[Paragraph]:
    """Cut a paragraph so spaCy and the extractors stay within bounds.

    A stretch of more than ``run_limit`` characters with no sentence end (a
    scraped list, a 5,000-token "sentence") is cut at commas or spaces, so no
    sentence the parser sees is longer; then pieces longer than ``limit``
    characters (spaCy's ``max_length``) are cut at sentence ends. Offsets stay
    relative to the article.

    >>> [len(p.text) for p in chunk_paragraph(Paragraph("a. " * 10, 0), limit=8)]
    [5, 5, 5, 5, 5]
    >>> [p.text for p in chunk_paragraph(Paragraph("One. two three four five six", 0), run_limit=10)]
    ['One.', 'two three', 'four five', 'six']
    """
    if len(paragraph.text) <= min(limit, run_limit):
        return [paragraph]
    out: list[Paragraph] = []
    for piece in _cut_long_runs(paragraph, run_limit):
        out.extend(_cut_at(piece, limit, (". ", "\n", "! ", "? ")))
    return out


def _cut_long_runs(paragraph: Paragraph, run_limit: int) -> Iterator[Paragraph]:
    text, pos = paragraph.text, 0
    for start, end in long_runs(text, run_limit):
        if start > pos:
            yield from _piece(paragraph, pos, start)
        yield from _cut_at(Paragraph(text[start:end], paragraph.start + start), run_limit, (", ", "; ", " "))
        pos = end
    yield from _piece(paragraph, pos, len(text))


def _cut_at(paragraph: Paragraph, limit: int, breaks: tuple[str, ...]) -> list[Paragraph]:
    """Pieces of at most ``limit`` characters, cut after the last of ``breaks`` that fits (else hard)."""
    text, out, pos = paragraph.text, [], 0
    while pos < len(text):
        end = min(pos + limit, len(text))
        if end < len(text):
            cut = max(text.rfind(b, pos, end) + len(b) - 1 for b in breaks)
            if cut <= pos:
                cut = text.rfind(" ", pos, end)
            if cut > pos:
                end = cut + 1
        out.extend(_piece(paragraph, pos, end))
        pos = end
    return out


def _piece(paragraph: Paragraph, start: int, end: int) -> list[Paragraph]:
    """``paragraph.text[start:end]`` stripped, with its article offset (nothing when blank)."""
    piece = paragraph.text[start:end]
    stripped = piece.strip()
    if not stripped:
        return []
    return [Paragraph(stripped, paragraph.start + start + len(piece) - len(piece.lstrip()))]


def article_paragraphs(article: Article) -> list[Paragraph]:
    """The paragraphs of an article, each within spaCy's and the extractors' limits."""
    return list(iter_article_paragraphs(article))


def iter_article_paragraphs(article: Article) -> Iterator[Paragraph]:
    """Like :func:`article_paragraphs`, lazily; a paragraph repeated word for word is given once.

    Scraped pages and concatenated dumps repeat boilerplate ("Share this
    article", a cookie notice, a whole page twice); a repeat adds no fact the
    first reading did not, and parsing it again made a 20 MB dump of repeated
    pages take minutes instead of seconds.
    """
    seen: set[str] = set()
    for paragraph in split_paragraphs(article.text):
        if paragraph.text in seen:
            continue
        seen.add(paragraph.text)
        yield from chunk_paragraph(paragraph)
