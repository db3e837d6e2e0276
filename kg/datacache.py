"""Tables kg derives from the data it ships, built once and kept on disk (like a parsed model).

The places' index (GeoNames' 34,000 features under their 200,000 names) and the place sizes of
the name-typing rules are built from 17 MB of JSON and ~250 country files: ~1 CPU second at every
run, ~7 % of a 300-article ``kg extract``. Unpickled, they take ~0.1 s (the index packed into plain strings
and tuples, :func:`kg.places.features._packed_index`; as dataclasses it took ~0.3 s). :func:`kept` builds a
table the first time and keeps it in the user's cache folder (``KG_CACHE_DIR``, else
``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``; ``KG_CACHE_DIR=off`` keeps nothing), in a file whose
name carries a digest of everything the table is built from: the text of the modules that build
it, the data files they read (path, size, modification time) and the Python version. Any change
to them gives another name, so a stale table is never read; an unreadable, unwritable or damaged
cache only means building in memory as before. A file another account could have written is never
read (:func:`is_private`): unpickling runs code.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_PROTOCOL = 5
_KEEP = 4  # files kept per table (9 MB for the places' index)


def cache_dir() -> Path | None:
    """The folder tables are kept in, or ``None`` when ``KG_CACHE_DIR=off``."""
    chosen = os.environ.get("KG_CACHE_DIR")
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


def digest(code: Iterable[str | Path], data: Iterable[str | Path] = ()) -> str:
    """A digest of what a table is built from: the text of the ``code`` files (kg's modules that build
    it: an edit changes it, a checkout that only touches their times does not), the path, size and
    modification time of each ``data`` file (a folder: each file in it; installed data, too large to
    read at each run), the Python version and the pickle protocol."""
    h = hashlib.sha256(f"{sys.version_info[:2]}|{_PROTOCOL}".encode())
    for source in code:
        h.update(Path(source).read_bytes())
    for source in data:
        path = Path(source)
        files = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
        for f in files:
            st = f.stat()
            h.update(f"|{f}|{st.st_size}|{st.st_mtime_ns}".encode())
    return h.hexdigest()[:20]


def kept(name: str, code: Iterable[str | Path], data: Iterable[str | Path], build: Callable[[], T]) -> T:
    """``build()``, read from the cache file of ``name`` and its sources (:func:`digest`) when there
    is one, else built and written there (atomically: a reader sees a whole file or none). The
    :data:`_KEEP` files of ``name`` used last are kept (several checkouts may share the folder).
    The collector is held off while a table is read or built: none of its objects is garbage, and
    each collection on the way would walk them all. Then every object alive is moved out of its
    sight (``gc.freeze``): the table's hundreds of thousands of objects live as long as the process,
    and each later collection of the old generations walked them again (~0.25 CPU s per 300
    articles); what else is alive then (the model, the Docs of one batch) is long-lived or freed by
    reference counting."""
    folder = cache_dir()
    try:
        path = folder / f"{name}-{digest(code, data)}.pickle" if folder is not None else None
    except OSError:  # a source missing: nothing to key the table on
        path = None
    if path is not None and path.is_file() and is_private(path):
        try:
            with _no_gc(), open(path, "rb") as fh:
                table = pickle.load(fh)
            os.utime(path)  # used: kept before the others of its name
            gc.freeze()
            return table
        except Exception:  # damaged, removed meanwhile, or from another kg: build it again
            pass
    with _no_gc():
        table = build()
    if path is not None:
        _write(path, name, table)
    gc.freeze()
    return table


def is_private(path: Path) -> bool:
    """A cache file kg may unpickle: owned by this user, and neither it nor its folder writable by
    anyone else. Unpickling runs code, so a table another account could have written (a shared
    ``KG_CACHE_DIR``) is built again in memory, never read.

    >>> import tempfile, pathlib, os
    >>> folder = pathlib.Path(tempfile.mkdtemp()); f = folder / "t.pickle"; _ = f.write_bytes(b"")
    >>> os.chmod(folder, 0o700); os.chmod(f, 0o600); is_private(f)
    True
    >>> os.chmod(f, 0o666); is_private(f)
    False
    """
    if not hasattr(os, "getuid"):  # no owners to compare (Windows): the user's own folder is assumed
        return True
    try:
        for part in (path, path.parent):
            st = part.stat()
            if st.st_uid != os.getuid() or st.st_mode & 0o022:
                return False
    except OSError:
        return False
    return True


def _write(path: Path, name: str, table) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(table, fh, protocol=_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        others = sorted(path.parent.glob(f"{name}-*.pickle"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in others[_KEEP:]:
            old.unlink(missing_ok=True)
    except Exception:  # a read-only home, a full disk: the table was built, carry on without keeping it
        pass


class _no_gc:
    def __enter__(self):
        self.enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        if self.enabled:
            gc.enable()
