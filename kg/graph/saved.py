"""The analyses a store keeps beside its database, one JSON file per article, and their codec.

``DIR/analyses/<id>.json`` holds an article's content hash and its compact
:class:`~kg.records.ArticleAnalysis` (extractions and mentions): what a later
build needs to re-resolve the entities of every stored article without parsing
any of them again.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import types
import typing
from pathlib import Path
from urllib.parse import quote

from .. import records
from ..output import atomic_path
from ..records import ArticleAnalysis, PackedAnalysis, field_values
from .rdf import content_hash

ANALYSES_DIR = "analyses"


@functools.lru_cache(maxsize=None)
def _fields_of(cls) -> dict[str, object]:
    """Field name → type of a record class (``typing.get_type_hints`` is slow: ask once per class)."""
    hints = typing.get_type_hints(cls, vars(records))
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


@functools.lru_cache(maxsize=None)
def _shape(cls):
    """How to decode a value of type ``cls``: ("seq", inner), ("record", cls), ("optional", inner) or ("plain",)."""
    origin = typing.get_origin(cls)
    if origin in (tuple, list):
        return ("seq", typing.get_args(cls)[0])
    if origin is typing.Union or isinstance(cls, types.UnionType):
        inner = [a for a in typing.get_args(cls) if a is not type(None)]
        return ("optional", inner[0]) if len(inner) == 1 else ("plain",)
    if dataclasses.is_dataclass(cls):
        return ("record", cls)
    return ("plain",)


def _decode(cls, value):
    """Rebuild a record (or a tuple/list/optional of records) from JSON, ignoring unknown fields."""
    if value is None:
        return None
    kind, *rest = _shape(cls)
    if kind == "seq":
        return tuple(_decode(rest[0], v) for v in value)
    if kind == "optional":
        return _decode(rest[0], value)
    if kind == "record":
        fields = _fields_of(cls)
        return cls(**{k: _decode(fields[k], v) for k, v in value.items() if k in fields})
    return value


def _record_as_dict(value) -> dict:
    """A record's fields as a dict: json's ``default`` hook, the encoder recursing into the values
    (what ``dataclasses.asdict`` gives, ~3x faster: it is paid for every article of a build)."""
    if not dataclasses.is_dataclass(value):
        raise TypeError(f"{type(value).__name__} is not JSON serializable")
    names, get = field_values(type(value))
    return dict(zip(names, get(value)))


def analysis_json(analysis: ArticleAnalysis) -> str:
    """The text of an article's saved analysis: its content hash and the analysis record."""
    return json.dumps({"hash": content_hash(analysis.article), "analysis": analysis},
                      ensure_ascii=False, default=_record_as_dict)


def analysis_to_json(analysis: ArticleAnalysis) -> dict:
    return json.loads(analysis_json(analysis))


def analysis_from_json(data: dict) -> ArticleAnalysis:
    """An :class:`ArticleAnalysis` read back from :func:`analysis_to_json` output.

    >>> from kg.records import Article
    >>> a = ArticleAnalysis(Article("x", "Hi."), 1, (), ())
    >>> analysis_from_json(analysis_to_json(a)) == a
    True
    """
    return _decode(ArticleAnalysis, data["analysis"])


MAX_NAME_BYTES = 200  # file systems take 255 bytes a name; room for the suffix and a temporary file's


def analysis_file(path: Path, article_id: str) -> Path:
    """Where the analysis of ``article_id`` is saved: the id, %-quoted; an id too long for a file
    name is cut and a hash of it added (the id itself is kept whole inside the file).

    >>> analysis_file(Path("s"), "a/b").name
    'a%2Fb.json'
    >>> name = analysis_file(Path("s"), "x" * 300).name
    >>> len(name), name[:3], name[100]
    (122, 'xxx', '~')
    """
    name = quote(article_id, safe="")
    if len(name.encode()) > MAX_NAME_BYTES:
        name = name[:100] + "~" + hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return path / ANALYSES_DIR / (name + ".json")


def save_analysis(path: Path, analysis: ArticleAnalysis) -> None:
    target = analysis_file(path, analysis.article.id)
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(target) as tmp:
        tmp.write_text(analysis_json(analysis), encoding="utf-8")


def load_analyses(path: Path, hashes: dict[str, str]) -> tuple[list[PackedAnalysis], list[str]]:
    """The saved analyses of the articles in ``hashes`` (id → stored content hash), packed, and
    the ids whose analysis is missing or stale."""
    found, missing = [], []
    for article_id, digest in sorted(hashes.items()):
        file = analysis_file(path, article_id)
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            missing.append(article_id)
            continue
        if data.get("hash") != digest:
            missing.append(article_id)
            continue
        found.append(PackedAnalysis.pack(analysis_from_json(data)))
    return found, missing




def all_saved_analyses(path: Path) -> tuple[list[PackedAnalysis], list[str]]:
    """Every analysis saved beside the store, packed (by id), and the files that cannot be read."""
    found: dict[str, PackedAnalysis] = {}
    unreadable = []
    folder = Path(path) / ANALYSES_DIR
    for file in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            analysis = analysis_from_json(json.loads(file.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            unreadable.append(file.name)
            continue
        found[analysis.article.id] = PackedAnalysis.pack(analysis)
    return [found[i] for i in sorted(found)], unreadable


def saved_hashes(path: Path) -> dict[str, str]:
    """Article id → content hash of every analysis saved beside the store."""
    out = {}
    folder = Path(path) / ANALYSES_DIR
    for file in folder.glob("*.json") if folder.is_dir() else []:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            out[data["analysis"]["article"]["id"]] = data["hash"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return out


def remove_analysis(path: Path, article_id: str) -> None:
    analysis_file(path, article_id).unlink(missing_ok=True)
