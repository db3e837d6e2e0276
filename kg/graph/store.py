"""The on-disk store folder: its layout, its write lock, and what it records about itself.

Layout of a store folder ``DIR``::

    DIR/oxigraph/        the Oxigraph (RocksDB) database; ``oxigraph serve --location DIR/oxigraph`` serves it
    DIR/analyses/*.json  each article's compact analysis and content hash (:mod:`kg.graph.saved`)
    DIR/kg-store.json    what the store was built with: its base IRI and, when one was given, its aliases file
    DIR/aliases.tsv      a copy of that aliases file (later builds and ``kg remove`` resolve with it)
    DIR/kg-store.lock    held (flock) by the one process writing the store

How a store is brought up to date is :mod:`kg.graph.sync`; this module only
knows the folder.
"""
from __future__ import annotations

import gc
import json
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from ..output import atomic_path, file_lock

DB_DIR, META_FILE, LOCK_FILE, ALIASES_FILE = "oxigraph", "kg-store.json", "kg-store.lock", "aliases.tsv"


class StoreError(RuntimeError):
    """A store that cannot be opened or written (missing, locked, another base IRI)."""


class StoreLocked(StoreError):
    """Another process is writing the store."""


def is_store(path: str | Path) -> bool:
    """True when ``path`` is a store folder made by ``kg build --store``."""
    return (Path(path) / DB_DIR).is_dir()


@contextmanager
def store_lock(path: str | Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the store's write lock; wait up to ``wait`` seconds, then raise :class:`StoreLocked`
    (the lock is :func:`kg.output.file_lock`)."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)

    def busy(holder: str) -> StoreLocked:
        return StoreLocked(f"{path}: the store is being written by {holder or 'another process'}; "
                           "wait for it to finish (or pass --wait SECONDS)")

    from os import getpid

    with file_lock(path / LOCK_FILE, busy, wait, stamp=f"kg pid {getpid()}"):
        yield


def release_frames(error: BaseException | None) -> None:
    """Clear the local variables of the finished frames that ``error``'s traceback (and those of
    the errors it came from) still holds, then collect: a store opened in one of them closes now.

    Oxigraph has no close(); a database closes when its last reference goes. An error keeps
    every frame it passed through, and with them the store, until the error is dropped: a writer
    must release them before its lock goes, or the next writer finds the database locked.
    """
    pending, seen = [error], set()
    while pending:
        exc = pending.pop()
        if exc is None or id(exc) in seen:
            continue
        seen.add(id(exc))
        traceback.clear_frames(exc.__traceback__)  # frames still running are left as they are
        pending += [exc.__cause__, exc.__context__]
    gc.collect()


def with_store_locked(path: str | Path, wait: float, work, *args):
    """``work(*args)`` holding the store's lock. ``work`` opens the database itself, so the store
    lives in its frames only: they end before the lock is released, when ``work`` returns and,
    through :func:`release_frames`, when it raises."""
    with store_lock(path, wait):
        try:
            return work(*args)
        except BaseException as exc:
            release_frames(exc)
            raise


def open_store(path: str | Path, read_only: bool = True) -> ox.Store:
    """The Oxigraph store in a store folder; read-only opens do not block a writer."""
    path = Path(path)
    if not is_store(path):
        raise StoreError(f"{path}: not a kg store (no {DB_DIR}/ folder; build one with kg build --store {path})")
    try:
        return ox.Store.read_only(str(path / DB_DIR)) if read_only else ox.Store(str(path / DB_DIR))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store: {exc}") from exc


def open_store_for_writing(path: Path) -> ox.Store:
    (Path(path) / DB_DIR).mkdir(parents=True, exist_ok=True)
    try:
        return ox.Store(str(Path(path) / DB_DIR))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store for writing: {exc}") from exc


# Present while a write (build, remove, repair) is changing the database: a write that was killed,
# or failed (a full disk), leaves it, and the next writer re-syncs the store from its saved
# analyses before anything else (kg.graph.sync.heal; kg check --store DIR).
WRITING_FILE = "kg-store.writing"


def mark_writing(path: str | Path, what: str) -> None:
    """Say that ``what`` starts changing the store (before its first change)."""
    from os import getpid

    with atomic_path(Path(path) / WRITING_FILE) as tmp:
        tmp.write_text(json.dumps({"write": what, "pid": getpid(), "started": time.strftime("%Y-%m-%dT%H:%M:%S")}),
                       encoding="utf-8")


def done_writing(path: str | Path) -> None:
    """The write is complete and flushed."""
    (Path(path) / WRITING_FILE).unlink(missing_ok=True)


def unfinished_write(path: str | Path) -> dict | None:
    """What the interrupted write was (``None`` when the last write completed)."""
    marker = Path(path) / WRITING_FILE
    if not marker.exists():
        return None
    try:
        return json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"write": "unknown"}


def store_meta(path: str | Path) -> dict:
    """What ``kg-store.json`` records (empty for a new store)."""
    meta = Path(path) / META_FILE
    return json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else {}


def _write_meta(path: Path, meta: dict) -> None:
    with atomic_path(path / META_FILE) as tmp:
        tmp.write_text(json.dumps(meta, indent=1), encoding="utf-8")


def store_base(path: str | Path) -> str | None:
    """The base IRI a store was built with (``None`` for a new store)."""
    return store_meta(path).get("base")


def store_aliases(path: str | Path) -> Path | None:
    """The store's copy of the aliases file it was built with (``None`` when none was given)."""
    name = store_meta(path).get("aliases")
    return Path(path) / name if name else None


def record_build(path: Path, base: str, aliases: str | Path | None = None) -> Path | None:
    """Check a build's base IRI against the store's and record it (a new store takes it); when
    an aliases file is given, keep a copy and record it. Returns the aliases file the build
    resolves with: the one given, else the store's copy, else ``None``."""
    meta = store_meta(path)
    known = meta.get("base")
    if known is not None and known != base:
        raise StoreError(f"{path}: the store was built with base IRI {known}, not {base}")
    changed = known is None
    meta["base"] = base
    if aliases is not None:
        text = Path(aliases).read_text(encoding="utf-8")
        copy = path / ALIASES_FILE
        if not copy.is_file() or copy.read_text(encoding="utf-8") != text:
            with atomic_path(copy) as tmp:
                tmp.write_text(text, encoding="utf-8")
        if meta.get("aliases") != ALIASES_FILE or meta.get("aliases from") != str(Path(aliases).resolve()):
            meta.update({"aliases": ALIASES_FILE, "aliases from": str(Path(aliases).resolve())})
            changed = True
    if changed:
        _write_meta(path, meta)
    return store_aliases(path)
