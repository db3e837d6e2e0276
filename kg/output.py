"""Writing outputs atomically: a temporary file in the same folder, then a rename.

An interrupted write leaves the previous file intact and no half-written one.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

from .records import to_json_dict


@contextmanager
def atomic_path(path: str | Path):
    """Yield a temporary path beside ``path``; rename it over ``path`` on success.

    >>> with atomic_path("/tmp/kg-doctest.txt") as tmp:
    ...     _ = Path(tmp).write_text("ok")
    >>> Path("/tmp/kg-doctest.txt").read_text()
    'ok'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs get the usual permissions
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: str | Path, text: str) -> Path:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(path)


def jsonl_lines(records: Iterable) -> Iterable[str]:
    """Each record as one JSON line (UTF-8, not ASCII-escaped)."""
    for record in records:
        yield json.dumps(to_json_dict(record), ensure_ascii=False) + "\n"


def write_jsonl(path: str | Path, records: Iterable) -> Path:
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        fh.writelines(jsonl_lines(records))
    return Path(path)


TSV_TRIPLE_FIELDS = ("doc", "subject", "subject_entity", "relation", "relation_lemma", "object", "object_entity",
                     "negated", "modality", "attributed_to", "confidence", "start", "end", "sentence")
TSV_ENTITY_FIELDS = ("name", "type", "mentions", "aliases", "docs", "roles", "iri")


def _tsv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "|".join(_tsv_cell(v) if not isinstance(v, dict) else (v["role"] + (f" of {v['of']}" if v.get("of") else "")) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).replace("\t", " ").replace("\n", " ")


def tsv_lines(records: Iterable, fields: tuple[str, ...]) -> Iterable[str]:
    """A header then one tab-separated line per record (tabs and newlines in values become spaces)."""
    yield "\t".join(fields) + "\n"
    for record in records:
        row = to_json_dict(record)
        yield "\t".join(_tsv_cell(row[f]) for f in fields) + "\n"
