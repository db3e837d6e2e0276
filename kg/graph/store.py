"""The on-disk graph store: an Oxigraph database plus what re-resolution needs.

Layout of a store folder ``DIR``::

    DIR/oxigraph/        the Oxigraph (RocksDB) database; ``oxigraph serve --location DIR/oxigraph`` serves it
    DIR/analyses/*.json  each article's compact analysis (extractions and mentions) and content hash
    DIR/kg-store.json    the base IRI the store was built with
    DIR/kg-store.lock    held (flock) by the one process writing the store

Incremental semantics: an article whose content hash is already stored is not
parsed again and its graph does not change; a new article is added; changed
content replaces the article's graph. Adding or removing articles changes
which mentions belong together, so every build re-resolves the entities of
*all* stored articles from their saved analyses (no re-parsing) and writes
only the differences, graph by graph: unchanged graphs are not touched, so
re-building the same articles leaves the store exactly as it was.

>>> summary = update_store("graph-store", ["examples/articles"])   # doctest: +SKIP
>>> summary["added"]                                                # doctest: +SKIP
5
"""
from __future__ import annotations

import dataclasses
import functools
import json
import os
import sys
import time
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from .. import records
from ..output import atomic_path, try_lock, unlock
from ..records import ArticleAnalysis, PackedAnalysis, Triple, field_values
from ..resolve import resolve_entities, resolve_triples
from .rdf import (article_quads, as_quads, content_hash, content_hash_quad, entity_groups, nn, nquads,
                  sentence_entities, statement_groups)
from .vocab import DEFAULT_BASE, Vocabulary

DB_DIR, ANALYSES_DIR, META_FILE, LOCK_FILE = "oxigraph", "analyses", "kg-store.json", "kg-store.lock"


class StoreError(RuntimeError):
    """A store that cannot be opened or written (missing, locked, another base IRI)."""


class StoreLocked(StoreError):
    """Another process is writing the store."""


def is_store(path: str | Path) -> bool:
    """True when ``path`` is a store folder made by :func:`update_store`."""
    return (Path(path) / DB_DIR).is_dir()


@contextmanager
def store_lock(path: str | Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the store's write lock; wait up to ``wait`` seconds, then raise :class:`StoreLocked`.

    An OS file lock (``flock``): it is released when the process ends, even
    when killed, so a crashed build never leaves the store locked (forked
    workers close their copy, see :func:`kg.output.release_inherited_locks`).
    """
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    fd = os.open(path / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait
    try:
        while not try_lock(fd):
            if time.monotonic() >= deadline:
                holder = os.pread(fd, 64, 0).decode("utf-8", "replace").strip() or "another process"
                raise StoreLocked(f"{path}: the store is being written by {holder}; "
                                  "wait for it to finish (or pass --wait SECONDS)")
            time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"kg pid {os.getpid()}".encode(), 0)
        yield
    finally:
        unlock(fd)  # closing the descriptor releases the lock


def open_store(path: str | Path, read_only: bool = True) -> ox.Store:
    """The Oxigraph store in a store folder; read-only opens do not block a writer."""
    path = Path(path)
    if not is_store(path):
        raise StoreError(f"{path}: not a kg store (no {DB_DIR}/ folder; build one with kg build --store {path})")
    try:
        return ox.Store.read_only(str(path / DB_DIR)) if read_only else ox.Store(str(path / DB_DIR))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store: {exc}") from exc


def store_base(path: str | Path) -> str | None:
    """The base IRI a store was built with (``None`` for a new store)."""
    meta = Path(path) / META_FILE
    return json.loads(meta.read_text(encoding="utf-8"))["base"] if meta.is_file() else None


# -- analyses beside the store ---------------------------------------------------------------


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


def _analysis_file(path: Path, article_id: str) -> Path:
    return path / ANALYSES_DIR / (quote(article_id, safe="") + ".json")


def save_analysis(path: Path, analysis: ArticleAnalysis) -> None:
    target = _analysis_file(path, analysis.article.id)
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(target) as tmp:
        tmp.write_text(analysis_json(analysis), encoding="utf-8")


def load_analyses(path: Path, hashes: dict[str, str]) -> tuple[list[PackedAnalysis], list[str]]:
    """The saved analyses of the articles in ``hashes`` (id → stored content hash), packed, and
    the ids whose analysis is missing or stale."""
    found, missing = [], []
    for article_id, digest in sorted(hashes.items()):
        file = _analysis_file(path, article_id)
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


# -- reading and writing the graph -----------------------------------------------------------


def stored_hashes(store: ox.Store, vocab: Vocabulary) -> dict[str, str]:
    """Article id → content hash of every article graph in the store."""
    query = f"""SELECT ?id ?hash WHERE {{ GRAPH ?g {{ ?g <{vocab.KG.contentHash}> ?hash ;
        <http://purl.org/dc/terms/identifier> ?id }} }}"""
    return {s["id"].value: s["hash"].value for s in store.query(query)}


# Quads per bulk load. The loader's memory grows with the chunk (BBC, 2.5M quads, peak of the
# writing process: 533 MB at 200k, 415 at 100k, 363 at 50k) while the time does not (42-45 s).
# Small loads leave many overlapping files, which slow queries down until they are compacted:
# see OPTIMIZE_AFTER.
BULK_CHUNK = 50_000
# A write that changed this many quads ends with a compaction (Store.optimize): 7 s on the BBC
# store, after which the slower canned queries run 1.5-2.5x faster (hedged 0.33 -> 0.10 s).
OPTIMIZE_AFTER = 100_000


def graph_diff(store: ox.Store, graph: ox.NamedNode, quads: Iterable[str],
               known_empty: bool = False) -> tuple[set[str], set[str]]:
    """The quad lines (see :mod:`kg.graph.rdf`) to add to and remove from ``graph`` so that it
    holds exactly ``quads``."""
    new = set(quads)
    if known_empty and not store.contains_named_graph(graph):
        return new, set()
    old = {str(q) for q in store.quads_for_pattern(None, None, None, graph)}
    return new - old, old - new


def remove_quads(store: ox.Store, quads: set[str]) -> None:
    """Remove quad lines from the store."""
    for quad in as_quads(quads):
        store.remove(quad)


class BulkWriter:
    """Adds quad lines (see :mod:`kg.graph.rdf`) to a store through Oxigraph's bulk loader,
    on a background thread.

    Quads are joined into N-Quads documents in chunks; the loader reads the
    bytes without the GIL, so loading one chunk overlaps with building the next.
    The loader is not atomic: quads given to :meth:`add_last` (the articles'
    content hashes) are added in one transaction after everything else, so an
    interrupted build leaves those articles without a hash and the next build
    writes them again (see :func:`graph_diff`).
    """

    def __init__(self, store: ox.Store, chunk: int = BULK_CHUNK):
        import queue
        import threading

        self.store, self.chunk = store, chunk
        self.quads: list[str] = []
        self.last: list[str] = []
        self.count = 0
        self.error: BaseException | None = None
        self._queue: queue.Queue = queue.Queue(maxsize=1)  # the loader is the slower side: a deeper queue only holds memory
        self._thread = threading.Thread(target=self._load_chunks, name="kg-bulk-load", daemon=True)
        self._thread.start()

    def _load_chunks(self) -> None:
        while (data := self._queue.get()) is not None:
            if self.error is None:
                try:
                    self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
                except BaseException as exc:  # raised again in the writing thread
                    self.error = exc

    def add(self, quads: Iterable[str]) -> None:
        self.quads.extend(quads)
        if len(self.quads) >= self.chunk:
            self._send()

    def add_last(self, quad: str) -> None:
        self.last.append(quad)

    def _send(self) -> None:
        if self.error is not None:
            raise self.error
        if self.quads:
            self._queue.put(nquads(self.quads))
            self.count += len(self.quads)
            self.quads = []

    def _finish_loading(self) -> None:
        self._queue.put(None)
        self._thread.join()
        if self.error is not None:
            raise self.error

    def __enter__(self) -> "BulkWriter":
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if kind is not None:  # stop the loader; the held-back hashes are never written
            self._finish_loading()
            return
        self._send()
        self._finish_loading()
        if self.last:
            self.store.extend(as_quads(self.last))
            self.count += len(self.last)
            self.last = []


def sync_groups(store: ox.Store, graph: ox.NamedNode, groups: Iterable[list[str]], writer: BulkWriter) -> int:
    """Bring a shared graph up to date group by group (all quads of a subject in one group),
    never holding the whole graph; returns the number of quads removed."""
    if not store.contains_named_graph(graph):
        for group in groups:
            writer.add(set(group))
        return 0
    seen: set[str] = set()
    removed = 0
    for group in groups:
        new = set(group)
        subjects = {q.split(" ", 1)[0] for q in new}
        seen |= subjects
        old = {str(q) for s in subjects for q in store.quads_for_pattern(nn(s[1:-1]), None, None, graph)}
        remove_quads(store, old - new)
        removed += len(old - new)
        writer.add(new - old)
    stale = {q.subject for q in store.quads_for_pattern(None, None, None, graph) if str(q.subject) not in seen}
    for subject in stale:
        for quad in list(store.quads_for_pattern(subject, None, None, graph)):
            store.remove(quad)
            removed += 1
    return removed


def _for_statements(t: Triple) -> Triple:
    """What the shared graph ``kg:statements`` needs of a triple, held until every article is
    written: no sentence, surface relation or extra arguments, no argument text where an entity
    stands for it, repeated strings shared (BBC: the write's peak 364 -> 333 MB)."""
    def shared(text):
        return sys.intern(text) if text else text

    return dataclasses.replace(
        t, sentence="", relation="", args=(), end=0, doc=shared(t.doc), kind=shared(t.kind),
        relation_lemma=shared(t.relation_lemma), modality=shared(t.modality), attributed_to=shared(t.attributed_to),
        subject_entity=shared(t.subject_entity), object_entity=shared(t.object_entity),
        subject="" if t.subject_entity else t.subject, object="" if t.object_entity else t.object)


def write_graph(store: ox.Store, analyses: Sequence[ArticleAnalysis | PackedAnalysis], vocab: Vocabulary,
                new_ids: set[str] = frozenset(), gone_ids: Iterable[str] = (), aliases=None) -> dict:
    """Re-resolve all ``analyses`` and bring every graph of the store up to date.

    ``new_ids`` are articles whose graph is known to be absent (skips reading
    it back); ``gone_ids`` are article graphs to drop. Packed analyses are
    unpacked one at a time, so memory holds the mentions and what the shared
    graphs need, never every article's text and extractions at once.
    """
    for article_id in gone_ids:
        store.remove_graph(nn(vocab.article_iri(article_id)))
    # resolution breaks some ties by the order it sees mentions: a fixed order keeps
    # the graph independent of the order in which articles were added
    analyses = sorted(analyses, key=lambda a: a.article_id)
    resolution = resolve_entities({a.article_id: a.mentions for a in analyses}, vocab, aliases)
    entities = resolution.entities
    names = {e.name for e in entities}
    statement_triples: list[Triple] = []
    changed = removed = 0
    with BulkWriter(store) as writer:
        for item in analyses:
            a = item.unpack()
            triples = list(resolve_triples([a], resolution))
            statement_triples += map(_for_statements, triples)
            graph = nn(vocab.article_iri(a.article.id))
            quads = article_quads(a.article, triples, vocab, sentence_entities([a], resolution).get(a.article.id))
            plus, minus = graph_diff(store, graph, quads, known_empty=a.article.id in new_ids)
            remove_quads(store, minus)
            changed += bool(plus or minus)
            removed += len(minus)
            hash_quad = content_hash_quad(a.article, vocab)
            if hash_quad in plus:  # written last, see BulkWriter
                plus.discard(hash_quad)
                writer.add_last(hash_quad)
            writer.add(plus)
        for graph, groups in ((vocab.ENTITIES_GRAPH, entity_groups(entities, vocab)),
                              (vocab.STATEMENTS_GRAPH, statement_groups(statement_triples, vocab, names))):
            removed += sync_groups(store, nn(graph), groups, writer)
    return {"articles changed": changed, "quads added": writer.count, "quads removed": removed,
            "entities": len(entities), "triples": len(statement_triples)}


def _check_base(path: Path, base: str) -> None:
    known = store_base(path)
    if known is None:
        with atomic_path(path / META_FILE) as tmp:
            tmp.write_text(json.dumps({"base": base}), encoding="utf-8")
    elif known != base:
        raise StoreError(f"{path}: the store was built with base IRI {known}, not {base}")


def update_store(path: str | Path, paths: Iterable[str | Path], *, model: str | None = None,
                 base: str = DEFAULT_BASE, problems=None, on_article: Callable | None = None,
                 wait: float = 0.0, workers: int | None = 1, dask: str | None = None, aliases=None) -> dict:
    """Build the articles under ``paths`` into the store at ``path`` (created when absent).

    ``workers`` and ``dask`` choose where articles are parsed (see :func:`kg.build.build_graph`).

    Only new and changed articles are parsed. Returns a summary: articles
    added, replaced, unchanged; quads added and removed; the store's quad count.
    """
    from ..build import build_graph

    path = Path(path)
    vocab = Vocabulary(base)
    with store_lock(path, wait):
        _check_base(path, vocab.base)
        store = open_store_for_writing(path)
        hashes = stored_hashes(store, vocab)
        unchanged: list[str] = []

        def needs_reading(article) -> bool:
            if hashes.get(article.id) == content_hash(article):
                unchanged.append(article.id)
                return False
            return True

        saved: set[str] = set()
        parsed: list[PackedAnalysis] = []

        def save_as_it_comes(analysis: ArticleAnalysis) -> None:
            # a new article's record goes beside the store while the others parse; a changed
            # one keeps its previous record until its graph is replaced
            if analysis.article.id not in hashes:
                save_analysis(path, analysis)
                saved.add(analysis.article.id)
            parsed.append(PackedAnalysis.pack(analysis))
            if on_article:
                on_article(analysis)

        result = build_graph(paths, model=model, base=base, problems=problems, on_article=save_as_it_comes,
                             article_filter=needs_reading, workers=workers, dask=dask, aliases=aliases,
                             resolve=False, keep=False, in_process=False)  # _apply resolves them with the stored ones
        summary = _apply(path, store, vocab, hashes, parsed, len(unchanged), aliases, saved)
        summary["sentences"] = result.sentences
        return summary


def add_analyses(path: str | Path, analyses: Iterable[ArticleAnalysis], *, base: str = DEFAULT_BASE,
                 wait: float = 0.0) -> dict:
    """Write already parsed articles into the store (what :func:`update_store` does after parsing).

    >>> add_analyses("graph-store", build_graph(["examples/articles"]).analyses)   # doctest: +SKIP
    """
    path = Path(path)
    vocab = Vocabulary(base)
    with store_lock(path, wait):
        _check_base(path, vocab.base)
        store = open_store_for_writing(path)
        hashes = stored_hashes(store, vocab)
        fresh = [a for a in analyses if hashes.get(a.article.id) != content_hash(a.article)]
        unchanged = len({a.article.id for a in analyses}) - len({a.article.id for a in fresh})
        return _apply(path, store, vocab, hashes, fresh, unchanged)


def _apply(path: Path, store: ox.Store, vocab: Vocabulary, hashes: dict[str, str],
           analyses: Iterable[ArticleAnalysis | PackedAnalysis], unchanged: int, aliases=None,
           saved: set[str] = frozenset()) -> dict:
    """Save the new analyses beside the store (but those already ``saved``), re-resolve everything,
    write the differences."""
    fresh = {a.article_id: a for a in analyses}
    if not fresh:
        return {"added": 0, "replaced": 0, "unchanged": unchanged, "quads": len(store)}
    for article_id, analysis in fresh.items():
        if article_id not in saved:
            save_analysis(path, analysis.unpack())
    kept, missing = load_analyses(path, {i: h for i, h in hashes.items() if i not in fresh})
    replaced = [i for i in fresh if i in hashes]
    summary = {"added": len(fresh) - len(replaced), "replaced": len(replaced), "unchanged": unchanged}
    if missing:
        summary["without saved analysis"] = len(missing)
    summary.update(write_graph(store, kept + list(fresh.values()), vocab,
                               new_ids={i for i in fresh if i not in hashes}, aliases=aliases))
    _settle(store, summary)
    summary["quads"] = len(store)
    return summary


def _settle(store: ox.Store, summary: dict) -> None:
    """Flush a written store, and compact it after a large change (see OPTIMIZE_AFTER)."""
    store.flush()
    if summary["quads added"] + summary["quads removed"] >= OPTIMIZE_AFTER:
        store.optimize()


def remove_articles(path: str | Path, article_ids: Iterable[str], wait: float = 0.0) -> dict:
    """Retract articles from the store: their graphs, and the statements and entity
    descriptions only they supported (entities are re-resolved without them)."""
    path = Path(path)
    base = store_base(path) or DEFAULT_BASE
    vocab = Vocabulary(base)
    with store_lock(path, wait):
        store = open_store_for_writing(path)
        hashes = stored_hashes(store, vocab)
        ids = list(dict.fromkeys(article_ids))
        unknown = [i for i in ids if i not in hashes]
        if unknown:
            raise StoreError(f"{path}: no article {', '.join(map(repr, unknown))} in the store")
        kept, _missing = load_analyses(path, {i: h for i, h in hashes.items() if i not in ids})
        summary = write_graph(store, kept, vocab, gone_ids=ids)
        _settle(store, summary)
        for i in ids:
            _analysis_file(path, i).unlink(missing_ok=True)
        summary.update({"removed": len(ids), "quads": len(store)})
        return summary


def open_store_for_writing(path: Path) -> ox.Store:
    (path / DB_DIR).mkdir(parents=True, exist_ok=True)
    try:
        return ox.Store(str(path / DB_DIR))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store for writing: {exc}") from exc
