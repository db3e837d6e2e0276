"""Writing outputs atomically: a temporary file in the same folder, then a rename.

An interrupted write leaves the previous file intact and no half-written one.
A build writes all its files into a staging folder first and moves them in
only when every one is complete (:func:`staged_outputs`), holding a lock on
the output folder so two builds never interleave (:func:`locked_dir`).
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import tempfile
import time
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


STAGING_PREFIX = ".kg-staging-"
LOCK_NAME = ".kg.lock"


class OutputBusy(RuntimeError):
    """Another process holds the lock on an output folder or store."""


# Descriptors of the locks this process holds. A forked worker inherits them, and an
# flock lives as long as any copy of its descriptor: a worker that outlived a killed
# build would keep the folder locked. Workers close these first (release_inherited_locks).
HELD_LOCKS: set[int] = set()


def try_lock(fd: int) -> bool:
    """Take the exclusive ``flock`` on ``fd`` if free; remember it for :func:`release_inherited_locks`."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    HELD_LOCKS.add(fd)
    return True


def unlock(fd: int) -> None:
    """Release a lock taken with :func:`try_lock` (closing the descriptor)."""
    HELD_LOCKS.discard(fd)
    os.close(fd)


def release_inherited_locks() -> None:
    """In a forked child: close the parent's lock descriptors (the parent keeps its locks)."""
    for fd in list(HELD_LOCKS):
        try:
            os.close(fd)
        except OSError:
            pass
    HELD_LOCKS.clear()


@contextmanager
def file_lock(lock_file: str | Path, busy, wait: float = 0.0, stamp: str | None = None):
    """Hold an exclusive ``flock`` on ``lock_file`` while the block runs: the one lock of kg.

    The holder writes ``stamp`` (default: its pid) into the file. When the lock
    is taken, wait up to ``wait`` seconds, then raise ``busy(holder)`` where
    ``holder`` is what the holder wrote. The kernel releases the lock when the
    holder exits or is killed, so a crashed build never leaves a stale lock
    (forked workers close their copy, see :func:`release_inherited_locks`).
    """
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait
    try:
        while not try_lock(fd):
            if time.monotonic() >= deadline:
                raise busy(os.pread(fd, 64, 0).decode("utf-8", "replace").strip()) from None
            time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, (stamp if stamp is not None else f"{os.getpid()}\n").encode(), 0)
        yield
    finally:
        unlock(fd)  # closing the descriptor releases the lock


@contextmanager
def locked_dir(directory: str | Path, what: str = "kg build"):
    """Hold an exclusive lock on ``directory`` (created if missing) while the block runs.

    A second process fails at once with :class:`OutputBusy` naming the holder's
    pid, rather than writing into the same folder (the lock is
    :func:`file_lock` on ``directory/.kg.lock``). A folder this call created is
    removed again when nothing but the lock ended up in it.
    """
    directory = Path(directory)
    created = not directory.exists()
    directory.mkdir(parents=True, exist_ok=True)

    def busy(holder: str) -> OutputBusy:
        return OutputBusy(f"{directory}: another {what} (pid {holder or '?'}) is writing here; "
                          "wait for it to finish or choose another folder")

    try:
        with file_lock(directory / LOCK_NAME, busy):
            remove_stale_temporaries(directory)
            yield directory
    finally:
        if created and {p.name for p in directory.iterdir()} <= {LOCK_NAME}:
            shutil.rmtree(directory, ignore_errors=True)


def remove_stale_temporaries(directory: Path) -> list[Path]:
    """Delete staging folders and ``.*.tmp`` files a killed build left in ``directory``.

    Call only while holding :func:`locked_dir`, so they cannot belong to a live build.
    """
    stale = [p for p in directory.iterdir()
             if p.name.startswith(STAGING_PREFIX) or (p.name.startswith(".") and p.name.endswith(".tmp"))]
    for p in stale:
        shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
    return stale


@contextmanager
def staged_outputs(out_dir: str | Path):
    """Yield a staging folder inside ``out_dir``; on success move every file in it into ``out_dir``.

    The slow part (serialising) happens in the staging folder; what replaces
    the previous outputs is a handful of renames at the very end. On any
    error, or when the process is killed, the previous outputs stay as they
    were (a killed build's staging folder is removed by the next build).

    >>> out = Path(tempfile.mkdtemp())
    >>> with staged_outputs(out) as stage:
    ...     _ = (stage / "a.txt").write_text("new")
    >>> sorted(p.name for p in out.iterdir())
    ['a.txt']
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
    try:
        yield stage
        for path in sorted(stage.iterdir()):
            if path.is_file() and not path.name.startswith("."):
                os.replace(path, out / path.name)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


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
