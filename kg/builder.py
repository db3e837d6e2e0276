"""The build, in one place: read → parse → resolve → write to sinks.

:func:`run` is the only orchestrator. It reads the articles under the given
paths, asks every sink whether it wants each one, parses each wanted article
once (in this process, a process pool or on a Dask cluster:
:func:`kg.pipeline.analyse`), and hands every analysis to the sinks that
wanted it; then each sink resolves and writes what it holds. Sinks:

* :class:`RecordsSink` — keeps the analyses and resolves them into a
  :class:`BuildResult` (records, and the RDF graph on demand): the library API;
* :class:`FilesSink` — the same, then writes ``graph.ttl``, ``graph.trig``,
  ``triples.jsonl``, ``entities.jsonl`` and ``graph.html`` into a folder (``kg build --out``);
* :class:`kg.graph.sync.StoreSink` — the on-disk store, incremental: it wants only new
  and changed articles and re-resolves with the ones it already holds (``kg build --store``).

A sink answers ``wants(article)``, takes ``add(analysis)`` and returns its
summary from ``finish()``; it may be a context manager (held for the whole
build: the store and the output folder are locked that way).

>>> result = build_graph(["examples/articles/000_e7fa4d2bf25a9973.txt"])
>>> result.summary()["articles"], result.entities[0].iri.startswith("https://kg.example/entity/")
(1, True)
>>> one, other = run(["examples/articles/000_e7fa4d2bf25a9973.txt"], [RecordsSink(), RecordsSink("https://o.example/")])
>>> len(other.entities) == len(one.entities), other.entities[0].iri.startswith("https://o.example/entity/")
(True, True)
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import fewer_collections
from .ingest import Dates, read_articles, source_of
from .pipeline import analyse
from .problems import ProblemLog
from .records import Article, ArticleAnalysis, Entity, Triple
from .resolution import resolve_articles
from .resolve import Resolution, resolve_triples
from .terms import DEFAULT_BASE, Vocabulary


@dataclass
class BuildResult:
    """What a build produced, in plain records (and the RDF graph on demand)."""

    articles: list[Article]
    triples: list[Triple]
    entities: list[Entity]
    sentences: int
    seconds: float
    problems: ProblemLog
    vocab: Vocabulary
    resolution: Resolution | None = None
    _dataset: object = field(default=None, repr=False)
    analyses: list[ArticleAnalysis] = field(default_factory=list, repr=False)
    _store: object = field(default=None, repr=False)

    @property
    def store(self):
        """The graph in an in-memory Oxigraph store (built once, on first use)."""
        if self._store is None:
            from .graph.rdf import sentence_entities, to_store

            sentences = sentence_entities(self.analyses, self.resolution) if self.resolution else None
            self._store = to_store(self.articles, self.triples, self.entities, self.vocab, sentences)
        return self._store

    @property
    def dataset(self):
        """The graph as an rdflib ``Dataset`` (built once, on first use)."""
        if self._dataset is None:
            from .graph.rdflib_view import store_to_dataset

            self._dataset = store_to_dataset(self.store, self.vocab)
        return self._dataset

    def summary(self) -> dict:
        return {
            "articles": len(self.articles),
            "sentences": self.sentences,
            "triples": len(self.triples),
            "entities": len(self.entities),
            "skipped": self.problems.skipped,
            "seconds": round(self.seconds, 2),
        }


@dataclass
class RunStats:
    """What :func:`run` saw: articles parsed, their sentences, problems, time."""

    parsed: int
    sentences: int
    seconds: float
    problems: ProblemLog


def resolve_analyses(analyses: list[ArticleAnalysis], vocab: Vocabulary, aliases=None) -> tuple[list[Triple], list[Entity], Resolution]:
    """Cross-article entity resolution (:func:`kg.resolve.resolve_articles`, as a store does), then
    the triples with their entities filled, in input order.

    ``aliases``: a :class:`~kg.resolve.Gazetteer` or the path of a user aliases file (docs/aliases.md).
    """
    resolution = resolve_articles(analyses, vocab, aliases)
    triples = list(resolve_triples(analyses, resolution))
    return triples, resolution.entities, resolution


class RecordsSink:
    """Keeps every analysis; :meth:`finish` resolves them into a :class:`BuildResult`."""

    parse_in_worker = False

    def __init__(self, base: str = DEFAULT_BASE, aliases=None):
        self.vocab, self.aliases = Vocabulary(base), aliases
        self.analyses: list[ArticleAnalysis] = []
        self.stats: RunStats | None = None  # set by run() before finish()

    def wants(self, article: Article) -> bool:
        return True

    def add(self, analysis: ArticleAnalysis) -> None:
        self.analyses.append(analysis)

    def finish(self) -> BuildResult:
        triples, entities, resolution = resolve_analyses(self.analyses, self.vocab, self.aliases)
        stats = self.stats or RunStats(len(self.analyses), sum(a.sentences for a in self.analyses), 0.0, ProblemLog())
        return BuildResult(articles=[a.article for a in self.analyses], triples=triples, entities=entities,
                           sentences=stats.sentences, seconds=stats.seconds, problems=stats.problems,
                           vocab=self.vocab, resolution=resolution, analyses=self.analyses)


OUTPUT_FILES = ("graph.ttl", "graph.trig", "triples.jsonl", "entities.jsonl", "graph.html", "map.html")


def write_files(result: BuildResult, out: str | Path) -> list[Path]:
    """Write a build's files into ``out``: Turtle, TriG, triples and entities as JSON Lines, the
    HTML network and the map of places. The previous files stay whole until every new one is complete."""
    from .export import export
    from .output import staged_outputs, write_jsonl
    from .viz import network_from_store, write_html
    from .viz.map import write_map

    store = result.store
    with staged_outputs(out) as stage:
        written = [
            export(store, stage / "graph.ttl", "turtle", result.vocab),
            export(store, stage / "graph.trig", "trig", result.vocab),
            write_jsonl(stage / "triples.jsonl", result.triples),
            write_jsonl(stage / "entities.jsonl", result.entities),
            write_html(network_from_store(store, result.vocab), stage / "graph.html"),
            write_map(store, stage / "map.html", result.vocab),
        ]
    return [Path(out) / p.name for p in written]


class FilesSink(RecordsSink):
    """A :class:`RecordsSink` whose :meth:`finish` also writes the files of :func:`write_files`
    into ``out`` (when any article was read). As a context manager it holds the folder's lock."""

    def __init__(self, out: str | Path, base: str = DEFAULT_BASE, aliases=None):
        super().__init__(base, aliases)
        self.out = Path(out)
        self.written: list[Path] = []
        self._lock = None

    def __enter__(self) -> "FilesSink":
        from .output import locked_dir

        self._lock = locked_dir(self.out)
        self._lock.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self._lock.__exit__(*exc)

    def finish(self) -> BuildResult:
        result = super().finish()
        if result.articles:
            self.written = write_files(result, self.out)
        return result


def run(paths: Iterable[str | Path], sinks: Sequence, *, model: str | None = None, workers: int | None = 1,
        dask: str | None = None, problems: ProblemLog | None = None,
        on_article: Callable[[ArticleAnalysis], None] | None = None, follow_links: bool = False,
        dates: Dates | None = None) -> list:
    """Build the articles under ``paths`` into every sink; returns each sink's ``finish()``, in order.

    Each article is read and parsed once, however many sinks want it; an article no
    sink wants is not parsed. Articles stream from disk through spaCy (``workers``
    processes, ``None`` = one per core, or the Dask scheduler at ``dask``); an article
    whose extraction failed is reported in ``problems`` and given to no sink.
    ``on_article`` sees every parsed analysis (a progress bar); ``dates`` dates or selects the
    articles read (kg.ingest.Dates: ``--date``, ``--since``/``--until``).
    """
    started = time.perf_counter()
    problems = problems if problems is not None else ProblemLog()
    takers_in_order: deque[list] = deque()  # the sinks wanting each article sent to parse, in order

    def wanted_articles():
        for article in read_articles(paths, problems, follow_links=follow_links, dates=dates):
            takers = [s for s in sinks if s.wants(article)]  # every sink sees every article
            if takers:
                takers_in_order.append(takers)
                yield article

    sentences = parsed = 0
    in_process = not any(getattr(s, "parse_in_worker", False) for s in sinks)
    with ExitStack() as stack:
        stack.enter_context(fewer_collections())  # (the collector looks less often: kg.analysis.GC_THRESHOLD)
        for sink in sinks:
            if hasattr(sink, "__enter__"):
                stack.enter_context(sink)
        for analysis in analyse(wanted_articles(), model, workers=workers, dask=dask, in_process=in_process):
            takers = takers_in_order.popleft()  # analyses come back in input order
            if analysis.error:
                problems.report(source_of(analysis.article), f"extraction failed ({analysis.error}) - article skipped")
                continue
            sentences += analysis.sentences
            parsed += 1
            for sink in takers:
                sink.add(analysis)
            if on_article:
                on_article(analysis)
        stats = RunStats(parsed, sentences, time.perf_counter() - started, problems)
        results = []
        for sink in sinks:
            sink.stats = stats
            results.append(sink.finish())
        return results


def build_graph(paths: Iterable[str | Path], *, model: str | None = None, base: str = DEFAULT_BASE,
                problems: ProblemLog | None = None, on_article: Callable[[ArticleAnalysis], None] | None = None,
                workers: int | None = 1, dask: str | None = None, aliases=None) -> BuildResult:
    """Read, parse, extract and resolve every article under ``paths`` into records (see :func:`run`)."""
    [result] = run(paths, [RecordsSink(base, aliases)], model=model, workers=workers, dask=dask, problems=problems,
                   on_article=on_article)
    return result


def update_store(path: str | Path, paths: Iterable[str | Path], *, model: str | None = None,
                 base: str = DEFAULT_BASE, problems: ProblemLog | None = None, on_article: Callable | None = None,
                 wait: float = 0.0, workers: int | None = 1, dask: str | None = None, aliases=None) -> dict:
    """Build the articles under ``paths`` into the store at ``path`` (created when absent): only
    new and changed articles are parsed (see :class:`kg.graph.sync.StoreSink`)."""
    from .graph.sync import StoreSink

    problems = problems if problems is not None else ProblemLog()
    sink = StoreSink(path, base, aliases, wait)
    [summary] = run(paths, [sink], model=model, workers=workers, dask=dask, problems=problems, on_article=on_article)
    return summary
