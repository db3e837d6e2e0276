"""The whole build: paths → articles → analyses → entities and triples → RDF and files.

>>> result = build_graph(["examples/articles"])              # doctest: +SKIP
>>> result.summary()["articles"]                              # doctest: +SKIP
5
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .graph import Vocabulary
from .graph.vocab import DEFAULT_BASE
from .ingest import read_articles, source_of
from .pipeline import analyse
from .problems import ProblemLog
from .records import Article, ArticleAnalysis, Entity, Triple
from .resolve import Resolution, resolve_entities, resolve_triples


@dataclass
class BuildResult:
    """What a build produced, in plain records (and the RDF dataset on demand)."""

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
    parsed: int = 0  # articles parsed (``articles`` is empty when the build did not keep them)

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
            from .graph.rdf import store_to_dataset

            self._dataset = store_to_dataset(self.store, self.vocab)
        return self._dataset

    def summary(self) -> dict:
        return {
            "articles": max(self.parsed, len(self.articles)),
            "sentences": self.sentences,
            "triples": len(self.triples),
            "entities": len(self.entities),
            "skipped": self.problems.skipped,
            "seconds": round(self.seconds, 2),
        }


def resolve_analyses(analyses: list[ArticleAnalysis], vocab: Vocabulary, aliases=None) -> tuple[list[Triple], list[Entity], Resolution]:
    """Cross-article entity resolution, then the triples with their entities filled.

    ``aliases``: a :class:`~kg.resolve.Gazetteer` or the path of a user aliases file (docs/aliases.md).
    """
    resolution = resolve_entities({a.article.id: a.mentions for a in analyses}, vocab, aliases)
    triples = list(resolve_triples(analyses, resolution))
    return triples, resolution.entities, resolution


def build_graph(
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    base: str = DEFAULT_BASE,
    problems: ProblemLog | None = None,
    on_article: Callable[[ArticleAnalysis], None] | None = None,
    article_filter: Callable[[Article], bool] | None = None,
    workers: int | None = 1,
    dask: str | None = None,
    aliases=None,
    resolve: bool = True,
    keep: bool = True,
    in_process: bool = True,
) -> BuildResult:
    """Read, parse, extract and resolve every article under ``paths``.

    Articles stream from disk through spaCy (``workers`` processes, ``None`` =
    one per core, or the Dask scheduler at ``dask``); only the compact
    per-article records are kept for cross-article resolution.
    ``article_filter`` drops articles before parsing (an incremental store
    skips the unchanged ones). ``resolve=False`` stops after parsing (no
    triples or entities yet: a store re-resolves with its stored articles);
    ``keep=False`` also drops each analysis once ``on_article`` has seen it
    (a store build keeps its own packed copies); ``in_process=False`` parses
    in a worker process even for one worker (see :func:`kg.pipeline.analyse`).
    """
    started = time.perf_counter()
    problems = problems if problems is not None else ProblemLog()
    vocab = Vocabulary(base)
    articles = read_articles(paths, problems)
    if article_filter is not None:
        articles = filter(article_filter, articles)
    analyses: list[ArticleAnalysis] = []
    sentences = parsed = 0
    for analysis in analyse(articles, model, workers=workers, dask=dask, in_process=in_process):
        if analysis.error:
            problems.report(source_of(analysis.article), f"extraction failed ({analysis.error}) - article skipped")
            continue
        sentences += analysis.sentences
        parsed += 1
        if keep:
            analyses.append(analysis)
        if on_article:
            on_article(analysis)
    triples, entities, resolution = resolve_analyses(analyses, vocab, aliases) if resolve else ([], [], None)
    return BuildResult(
        articles=[a.article for a in analyses],
        triples=triples,
        entities=entities,
        sentences=sentences,
        seconds=time.perf_counter() - started,
        problems=problems,
        vocab=vocab,
        resolution=resolution,
        analyses=analyses,
        parsed=parsed,
    )
