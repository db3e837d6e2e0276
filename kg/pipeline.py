"""Articles → analyses, on the executor a build asks for (the parsing stage of :mod:`kg.builder`).

The stage is three modules: :mod:`kg.segment` cuts an article into paragraphs
within spaCy's bounds, :mod:`kg.analysis` parses them and folds each into the
article's compact :class:`~kg.records.ArticleAnalysis`, and :mod:`kg.executors`
runs that in this process, a process pool or on a Dask cluster.
:func:`analyse` chooses the executor; the functions of each step are imported from
the module they live in.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .analysis import analyse_articles
from .executors import analyse_on_dask, analyse_parallel, default_workers
from .nlp import load_pipeline
from .records import Article, ArticleAnalysis

__all__ = ["analyse"]


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
