"""Articles → analyses, on the executor a build asks for (the parsing stage of :mod:`kg.builder`).

The stage is three modules: :mod:`kg.segment` cuts an article into paragraphs
within spaCy's bounds, :mod:`kg.analysis` parses them and folds each into the
article's compact :class:`~kg.records.ArticleAnalysis`, and :mod:`kg.executors`
runs that in this process, a process pool or on a Dask cluster.
:func:`analyse` chooses the executor.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .analysis import analyse_articles, analyse_batch, analyse_parsed, char_batches, failed_analysis
from .executors import ARTICLES_PER_TASK, analyse_on_dask, analyse_parallel, batched, default_workers, ordered_results
from .nlp import load_pipeline
from .records import Article, ArticleAnalysis
from .segment import article_paragraphs, chunk_paragraph, iter_article_paragraphs

__all__ = ["analyse", "analyse_articles", "analyse_batch", "analyse_parsed", "analyse_parallel", "analyse_on_dask",
           "article_paragraphs", "iter_article_paragraphs", "chunk_paragraph", "char_batches", "failed_analysis",
           "batched", "ordered_results", "default_workers", "ARTICLES_PER_TASK"]


def analyse(articles: Iterable[Article], model: str | None = None, workers: int | None = 1,
            dask: str | None = None, in_process: bool = True) -> Iterator[ArticleAnalysis]:
    """Every article's analysis, in input order: in this process, a process pool or a Dask cluster.

    ``workers=None`` means one per core; ``dask`` is a scheduler address
    (``tcp://host:port``). ``in_process=False`` parses in a worker process even
    for one worker, so that the caller's own work on each analysis (a store
    build saves and packs it) overlaps the parse.
    """
    if dask:
        return analyse_on_dask(articles, dask, model)
    workers = default_workers() if workers is None else workers
    if workers <= 1 and in_process:
        return analyse_articles(articles, load_pipeline(model))
    return analyse_parallel(articles, model, max(workers, 1))
