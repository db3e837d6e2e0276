"""Bringing a store up to date: the store as an incremental sink of a build.

A build (:func:`kg.builder.run`) asks :class:`StoreSink` which articles it
wants (new or changed ones: an article whose content hash is already stored is
not parsed for the store, and its graph does not change), hands it each parsed
article, and calls :meth:`StoreSink.finish`. Adding or removing articles
changes which mentions belong together, so the sink then re-resolves the
entities of *all* stored articles from their saved analyses (no re-parsing)
and writes only the differences, graph by graph: unchanged graphs are not
touched, so re-building the same articles leaves the store exactly as it was.
:func:`remove_articles` retracts articles the same way.

>>> import tempfile
>>> from kg.builder import build_graph
>>> analyses = build_graph(["examples/articles/000_e7fa4d2bf25a9973.txt"]).analyses
>>> folder = tempfile.mkdtemp()
>>> add_analyses(folder, analyses)["added"], add_analyses(folder, analyses)["unchanged"]
(1, 1)
"""
from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox

from ..records import Article, ArticleAnalysis, PackedAnalysis, Triple
from ..resolution import resolve_articles
from ..resolve import resolve_triples
from ..terms import DEFAULT_BASE, Vocabulary
from .diff import _for_statements, graph_diff, remove_quads
from .ntext import as_quads, nn, nquads
from .rdf import article_quads, content_hash, content_hash_quad, entity_groups, sentence_entities, statement_groups
from .saved import all_saved_analyses, load_analyses, remove_analysis, save_analysis, saved_hashes
from .stream import State, differences, record_full, update
from .store import (DB_DIR, LOCK_FILE, StoreError, done_writing, is_store, mark_writing, open_store_for_writing, record_build,
                    release_frames, store_aliases, store_base, store_lock, unfinished_write, with_store_locked)


def stored_hashes(store: ox.Store, vocab: Vocabulary) -> dict[str, str]:
    """Article id → content hash of every article graph in the store."""
    query = f"""SELECT ?id ?hash WHERE {{ GRAPH ?g {{ ?g <{vocab.KG.contentHash}> ?hash ;
        <http://purl.org/dc/terms/identifier> ?id }} }}"""
    return {s["id"].value: s["hash"].value for s in store.query(query)}


class StoredHashes(Mapping):
    """:func:`stored_hashes` read article by article: an update asks about its own articles only
    (reading every article's hash took 0.7-2.6 s on a store of 20,000 articles); iterating reads them all."""

    def __init__(self, store: ox.Store, vocab: Vocabulary):
        self.store, self.vocab = store, vocab
        self._hash = ox.NamedNode(vocab.KG.contentHash)
        self._one: dict[str, str | None] = {}
        self._all: dict[str, str] | None = None

    def get(self, article_id, default=None):
        if self._all is not None:
            return self._all.get(article_id, default)
        if article_id not in self._one:
            node = ox.NamedNode(self.vocab.article_iri(article_id))
            found = next(iter(self.store.quads_for_pattern(node, self._hash, None, node)), None)
            self._one[article_id] = found.object.value if found is not None else None
        found = self._one[article_id]
        return default if found is None else found

    def __getitem__(self, article_id):
        found = self.get(article_id)
        if found is None:
            raise KeyError(article_id)
        return found

    def __contains__(self, article_id) -> bool:
        return self.get(article_id) is not None

    def __bool__(self) -> bool:
        if self._all is not None:
            return bool(self._all)
        return next(iter(self.store.quads_for_pattern(None, self._hash, None, None)), None) is not None

    def _every(self) -> dict[str, str]:
        if self._all is None:
            self._all = stored_hashes(self.store, self.vocab)
        return self._all

    def __iter__(self):
        return iter(self._every())

    def __len__(self) -> int:
        return len(self._every())


# Quads per bulk load. The loader's memory grows with the chunk (BBC, 2.5M quads, peak of the
# writing process: 533 MB at 200k, 415 at 100k, 363 at 50k) while the time does not (42-45 s).
# Small loads leave many overlapping files, which slow queries down until they are compacted:
# see OPTIMIZE_AFTER.
BULK_CHUNK = 50_000
# A write that changed this many quads ends with a compaction (Store.optimize): 7 s on the BBC
# store, after which the slower canned queries run 1.5-2.5x faster (hedged 0.33 -> 0.10 s).
OPTIMIZE_AFTER = 100_000


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


def write_graph(store: ox.Store, analyses: Sequence[ArticleAnalysis | PackedAnalysis], vocab: Vocabulary,
                new_ids: set[str] = frozenset(), gone_ids: Iterable[str] = (), aliases=None, state: State | None = None) -> dict:
    """Re-resolve all ``analyses`` and bring every graph of the store up to date.

    ``new_ids`` are articles whose graph is known to be absent (skips reading
    it back); ``gone_ids`` are article graphs to drop. Packed analyses are
    unpacked one at a time, so memory holds the mentions and what the shared
    graphs need, never every article's text and extractions at once. ``state``: the store's
    resolution state (:mod:`kg.graph.stream`), replaced by the one of this full resolution.
    """
    for article_id in gone_ids:
        store.remove_graph(nn(vocab.article_iri(article_id)))
    # written in article-id order, as resolution sees them: the graph does not depend on the
    # order in which articles were added
    analyses = sorted(analyses, key=lambda a: a.article_id)
    resolution = resolve_articles(analyses, vocab, aliases)
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
    if state is not None:
        by_doc: dict[str, list[Triple]] = {}
        for t in statement_triples:
            by_doc.setdefault(t.doc, []).append(t)
        record_full(state, resolution, by_doc, vocab, [a.article_id for a in analyses], aliases)
    return {"articles changed": changed, "quads added": writer.count, "quads removed": removed,
            "entities": len(entities), "triples": len(statement_triples)}


class StoreSink:
    """The on-disk store at ``path`` as a sink of a build, with an incremental protocol.

    Used as a context manager it holds the store's write lock. Then:

    * :meth:`wants` — is this article new or changed? (an unchanged one is left alone);
    * :meth:`add` — a parsed article the sink wanted (others are ignored);
    * :meth:`finish` — re-resolve every stored article with the new ones and write the
      differences; returns the summary (articles added, replaced, unchanged; quads).

    ``aliases`` is the path of an aliases file (docs/aliases.md): the store keeps a copy
    and resolves with it in later builds and removals until another one is given.
    """

    # the sink saves and packs each analysis as it comes: parsing in a worker process overlaps that work
    parse_in_worker = True

    def __init__(self, path: str | Path, base: str = DEFAULT_BASE, aliases: str | Path | None = None,
                 wait: float = 0.0, full: bool = False):
        self.path, self.vocab, self.wait, self._aliases_given = Path(path), Vocabulary(base), wait, aliases
        self.full = full  # re-resolve every stored article (the full build's answer) instead of updating in place
        self.unchanged: list[str] = []
        self._unchanged: set[str] = set()
        self._saved: set[str] = set()
        self._parsed: list[PackedAnalysis] = []
        self._lock = None
        self.stats = None  # the build's figures, set by kg.builder.run before finish()

    def __enter__(self) -> "StoreSink":
        self._lock = store_lock(self.path, self.wait)
        self._lock.__enter__()
        try:
            self.aliases = record_build(self.path, self.vocab.base, self._aliases_given)
            self.store = open_store_for_writing(self.path)
            self.repaired = heal(self.path, self.store, self.vocab, self.aliases) if unfinished_write(self.path) else None
            self.hashes = StoredHashes(self.store, self.vocab)
        except BaseException as exc:
            self.store = None
            release_frames(exc)
            self._lock.__exit__(*sys.exc_info())
            raise
        return self

    def __exit__(self, kind, exc, tb) -> None:
        # Oxigraph has no close(): the store (and its RocksDB lock) goes when the last reference
        # does, and that must happen before the kg lock is released, or a build waiting for the
        # kg lock finds the database still locked. A failed write's traceback holds it too.
        try:
            self.store = self.hashes = None  # the hashes read the store: they hold it open too
            release_frames(exc)
        finally:
            self._lock.__exit__(kind, exc, tb)

    def wants(self, article: Article) -> bool:
        if self.hashes.get(article.id) == content_hash(article):
            self.unchanged.append(article.id)
            self._unchanged.add(article.id)
            return False
        return True

    def add(self, analysis: ArticleAnalysis) -> None:
        article_id = analysis.article.id
        if article_id in self._unchanged:
            return
        # a new article's record goes beside the store while the others parse; a changed
        # one keeps its previous record until its graph is replaced
        if article_id not in self.hashes:
            save_analysis(self.path, analysis)
            self._saved.add(article_id)
        self._parsed.append(PackedAnalysis.pack(analysis))

    def finish(self) -> dict:
        """Save the new analyses beside the store (but those already saved), re-resolve everything,
        write the differences."""
        summary = self._write()
        if self.stats is not None:
            summary["sentences"] = self.stats.sentences
        return summary

    def _write(self) -> dict:
        store, hashes = self.store, self.hashes
        fresh = {a.article_id: a for a in self._parsed}
        if not fresh and not (self.full and hashes):
            return {"added": 0, "replaced": 0, "unchanged": len(self.unchanged), "quads": len(store),
                    **({"repaired": self.repaired} if self.repaired else {})}
        mark_writing(self.path, "build")
        for article_id, analysis in fresh.items():
            if article_id not in self._saved:
                save_analysis(self.path, analysis.unpack())
        replaced = [i for i in fresh if i in hashes]
        summary = {"added": len(fresh) - len(replaced), "replaced": len(replaced), "unchanged": len(self.unchanged)}
        state = State(self.path)
        in_place = False
        try:
            if hashes and not self.full and state.usable(self.aliases):
                in_place = True
                summary.update(update_in_place(self.path, store, self.vocab, state, [a.unpack() for a in fresh.values()],
                                               (), self.aliases, hashes))
            else:
                kept, missing = load_analyses(self.path, {i: h for i, h in hashes.items() if i not in fresh})
                if missing:
                    summary["without saved analysis"] = len(missing)
                summary.update(write_graph(store, kept + list(fresh.values()), self.vocab,
                                           new_ids={i for i in fresh if i not in hashes}, aliases=self.aliases, state=state))
        finally:
            state.close()
        _settle(store, summary)
        done_writing(self.path)
        if not in_place:  # counting every quad costs in proportion to the store (7 s at 10 M quads)
            summary["quads"] = len(store)
        if self.repaired:
            summary["repaired"] = self.repaired
        return summary


def update_in_place(path: Path, store: ox.Store, vocab: Vocabulary, state: State, added: Sequence[ArticleAnalysis],
                    gone: Iterable[str], aliases, hashes: dict[str, str]) -> dict:
    """Add and remove articles re-deciding only the entities they touch (:mod:`kg.graph.stream`); the
    state is committed after the graphs are written (an interrupted write is healed by a full one)."""
    from ..resolve import Gazetteer

    def load_saved(ids):
        found, _missing = load_analyses(path, {i: hashes[i] for i in ids if i in hashes})
        return [a.unpack() for a in found]

    state.set("complete", "no")
    with BulkWriter(store) as writer:
        summary = update(state, store, vocab, added, gone, Gazetteer.with_aliases(aliases), writer, load_saved)
    summary["quads added"] = writer.count
    state.set("complete", "yes")
    state.set("updates", str(int(state.get("updates") or 0) + 1))
    state.db.commit()
    return summary


def add_analyses(path: str | Path, analyses: Iterable[ArticleAnalysis], *, base: str = DEFAULT_BASE,
                 wait: float = 0.0, aliases: str | Path | None = None, full: bool = False) -> dict:
    """Write already parsed articles into the store (what a store build does after parsing)."""
    with StoreSink(path, base, aliases, wait, full) as sink:
        for analysis in analyses:
            if sink.wants(analysis.article):
                sink.add(analysis)
        return sink.finish()


def _settle(store: ox.Store, summary: dict) -> None:
    """Flush a written store, and compact it after a large change (see OPTIMIZE_AFTER)."""
    store.flush()
    if summary["quads added"] + summary["quads removed"] >= OPTIMIZE_AFTER:
        store.optimize()


def remove_articles(path: str | Path, article_ids: Iterable[str], wait: float = 0.0) -> dict:
    """Retract articles from the store: their graphs, and the statements and entity
    descriptions only they supported (entities are re-resolved without them, with the
    store's own base IRI and aliases file)."""
    path = Path(path)
    if not is_store(path) and not (path / LOCK_FILE).exists():  # a mistyped path: say so, create nothing
        raise StoreError(f"{path}: not a kg store (no {DB_DIR}/ folder)")
    vocab = Vocabulary(store_base(path) or DEFAULT_BASE)
    return with_store_locked(path, wait, _remove_locked, path, vocab, article_ids)


def _remove_locked(path: Path, vocab: Vocabulary, article_ids: Iterable[str]) -> dict:
    store = open_store_for_writing(path)
    repaired = heal(path, store, vocab, store_aliases(path)) if unfinished_write(path) else None
    hashes = StoredHashes(store, vocab)
    ids = list(dict.fromkeys(article_ids))
    unknown = [i for i in ids if i not in hashes]
    if unknown:
        raise StoreError(f"{path}: no article {', '.join(map(repr, unknown))} in the store")
    mark_writing(path, "remove")
    state = State(path)
    in_place = False
    try:
        if state.usable(store_aliases(path)):
            in_place = True
            summary = update_in_place(path, store, vocab, state, (), ids, store_aliases(path), hashes)
        else:
            kept, _missing = load_analyses(path, {i: h for i, h in hashes.items() if i not in ids})
            summary = write_graph(store, kept, vocab, gone_ids=ids, aliases=store_aliases(path), state=state)
    finally:
        state.close()
    _settle(store, summary)
    for i in ids:
        remove_analysis(path, i)
    done_writing(path)
    if repaired:
        summary["repaired"] = repaired
    summary["removed"] = len(ids)
    if not in_place:  # counting every quad costs in proportion to the store (7 s at 10 M quads)
        summary["quads"] = len(store)
    return summary


def article_graphs(store: ox.Store, vocab: Vocabulary) -> dict[str, ox.NamedNode]:
    """Article IRI → graph of every article graph in the store (complete or not)."""
    prefix = vocab.article_iri("")
    return {g.value: g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(prefix)}


def heal(path: Path, store: ox.Store, vocab: Vocabulary, aliases=None, why: str = "after an interrupted write") -> str:
    """Re-sync the store from the analyses saved beside it (the store can always be rebuilt from
    them): graphs of articles without a saved analysis go, every other graph is brought to what a
    clean build of the saved analyses writes. Returns what was done, for the summary."""
    mark_writing(path, "repair")
    analyses, _unreadable = all_saved_analyses(path)
    wanted = {vocab.article_iri(a.article_id) for a in analyses}
    gone = [g for iri, g in article_graphs(store, vocab).items() if iri not in wanted]
    for graph in gone:
        store.remove_graph(graph)
    state = State(path)
    try:
        summary = write_graph(store, analyses, vocab, aliases=aliases, state=state)
    finally:
        state.close()
    _settle(store, summary)
    done_writing(path)
    return (f"re-synced from {len(analyses)} saved analyses {why} "
            f"({summary['articles changed']} article graphs rewritten, {len(gone)} dropped)")


def check_store(path: str | Path, repair: bool = False, wait: float = 0.0) -> tuple[list[str], str | None]:
    """What is wrong with the store at ``path`` (one line each; empty: consistent), and, with
    ``repair``, what the repair did. A store is consistent when its last write completed and its
    articles are exactly those of the saved analyses, with the same content hashes."""
    found, done, _ = _checked(path, wait, repair, False)
    return found, done


def check_and_compact_store(path: str | Path, repair: bool = False, wait: float = 0.0) -> tuple[list[str], str | None, str]:
    """:func:`check_store`, then, under the same lock, compact the store if it was found consistent
    (or repaired): the third value says what the compaction did. Small updates in place leave files
    that slow every query (~1.5× after one add of 100) until a compaction, and a write compacts only
    after a large change (OPTIMIZE_AFTER)."""
    return _checked(path, wait, repair, True)


def _checked(path, wait: float, repair: bool, compact: bool) -> tuple[list[str], str | None, str]:
    path = Path(path)
    if not is_store(path):
        raise StoreError(f"{path}: not a kg store (no oxigraph/ folder)")
    vocab = Vocabulary(store_base(path) or DEFAULT_BASE)
    return with_store_locked(path, wait, _check_locked, path, vocab, repair, compact)


def _check_locked(path: Path, vocab: Vocabulary, repair: bool, compact: bool) -> tuple[list[str], str | None, str]:
    store = open_store_for_writing(path)
    found, done = _check_and_repair(path, store, vocab, repair)
    compacted = ""
    if compact and (done or not found):
        started = time.perf_counter()
        store.optimize()
        store.flush()
        compacted = f"compacted in {time.perf_counter() - started:.1f} s"
    elif compact:
        compacted = "not compacted: the store is not consistent (add --repair)"
    return found, done, compacted


def _check_and_repair(path: Path, store: ox.Store, vocab: Vocabulary, repair: bool) -> tuple[list[str], str | None]:
    found = []
    interrupted = unfinished_write(path)
    if interrupted:
        found.append(f"a {interrupted.get('write', 'write')} (pid {interrupted.get('pid', '?')}, "
                     f"{interrupted.get('started', '?')}) did not finish")
    stored, saved = stored_hashes(store, vocab), saved_hashes(path)
    graphs = article_graphs(store, vocab)
    without_hash = [iri for iri in graphs if iri not in {vocab.article_iri(i) for i in stored}]
    if without_hash:
        found.append(f"{len(without_hash)} article graph(s) half written (no content hash)")
    only_stored = sorted(set(stored) - set(saved))
    if only_stored:
        found.append(f"{len(only_stored)} article(s) in the store without a saved analysis: {', '.join(map(repr, only_stored[:5]))}")
    only_saved = sorted(set(saved) - set(stored))
    if only_saved:
        found.append(f"{len(only_saved)} saved analysis(es) of articles not in the store: {', '.join(map(repr, only_saved[:5]))}")
    differ = sorted(i for i in set(stored) & set(saved) if stored[i] != saved[i])
    if differ:
        found.append(f"{len(differ)} article(s) whose stored content differs from the saved analysis: {', '.join(map(repr, differ[:5]))}")
    if not found and stored:
        state = State(path)
        try:
            if not state.usable(store_aliases(path)):
                found.append("no resolution state (resolution.sqlite): the next build re-resolves every article")
            elif int(state.get("updates") or 0):
                analyses, _unreadable = all_saved_analyses(path)
                found += differences(state, analyses, vocab, store_aliases(path))
        finally:
            state.close()
    why = "after an interrupted write" if interrupted else "(every article re-resolved)"
    done = heal(path, store, vocab, store_aliases(path), why) if repair and found else None
    return found, done
