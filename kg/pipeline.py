"""Articles → parsed paragraphs → compact :class:`~kg.records.ArticleAnalysis`.

This is the only stage that touches spaCy ``Doc`` objects; what leaves it is
small and picklable (extractions and mentions), so it can run in worker
processes or on a Dask cluster and the build keeps no ``Doc`` in memory.
"""
from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from .extract import extract_doc
from .ingest import split_paragraphs
from .nlp import MAX_CHARS, load_pipeline
from .records import Article, ArticleAnalysis, Paragraph
from .resolve import find_mentions, resolve_pronouns

BATCH_SIZE = 64
# Articles per task sent to a worker process or a Dask worker: large enough that the
# per-task cost (pickling, scheduling: ~5 ms on Dask) is noise, small enough to
# keep every worker busy and the results streaming (field-notes.md).
ARTICLES_PER_TASK = 50


def chunk_paragraph(paragraph: Paragraph, limit: int = MAX_CHARS) -> list[Paragraph]:
    """Cut a paragraph longer than ``limit`` characters at sentence ends (else spaces).

    >>> [len(p.text) for p in chunk_paragraph(Paragraph("a. " * 10, 0), limit=8)]
    [5, 5, 5, 5, 5]
    """
    if len(paragraph.text) <= limit:
        return [paragraph]
    out: list[Paragraph] = []
    text, base, pos = paragraph.text, paragraph.start, 0
    while pos < len(text):
        end = min(pos + limit, len(text))
        if end < len(text):
            cut = max(text.rfind(". ", pos, end), text.rfind("\n", pos, end))
            if cut <= pos:
                cut = text.rfind(" ", pos, end)
            if cut > pos:
                end = cut + 1
        piece = text[pos:end]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            out.append(Paragraph(piece.strip(), base + pos + lead))
        pos = end
    return out


def article_paragraphs(article: Article) -> list[Paragraph]:
    """The paragraphs of an article, each at most ``MAX_CHARS`` long."""
    return [chunk for p in split_paragraphs(article.text) for chunk in chunk_paragraph(p)]


def analyse_parsed(article: Article, parsed: Iterable[tuple[Paragraph, object]]) -> ArticleAnalysis:
    """Extractions and mentions of one article from its parsed paragraphs."""
    extractions, mentions, sentences = [], [], 0
    for paragraph, doc in parsed:
        sentences += sum(1 for _ in doc.sents)
        extractions.extend(extract_doc(doc, paragraph.start))
        mentions.extend(find_mentions(doc, article.id, paragraph.start))
    return ArticleAnalysis(article, sentences, tuple(extractions), tuple(resolve_pronouns(mentions)))


def analyse_articles(articles: Iterable[Article], nlp=None, batch_size: int = BATCH_SIZE) -> Iterator[ArticleAnalysis]:
    """Parse articles with ``nlp.pipe`` in batches and yield one analysis per article, in order.

    Streaming: paragraphs go through spaCy as a flat stream and are grouped
    back by article, so only one article's Docs are alive at a time.
    """
    nlp = nlp or load_pipeline()

    def stream():
        for article in articles:
            paragraphs = article_paragraphs(article)
            if not paragraphs:
                yield "", (article, None, True)
                continue
            for i, p in enumerate(paragraphs):
                yield p.text, (article, p, i == len(paragraphs) - 1)

    current: list[tuple[Paragraph, object]] = []
    for doc, (article, paragraph, last) in nlp.pipe(stream(), as_tuples=True, batch_size=batch_size):
        if paragraph is not None:
            current.append((paragraph, doc))
        if last:
            yield analyse_parsed(article, current)
            current = []


def analyse_batch(articles: list[Article], model: str | None = None) -> list[ArticleAnalysis]:
    """Analyse a batch of articles in this process (the unit of work for pools and Dask).

    The pipeline is loaded once per process (``load_pipeline`` is cached), so a
    worker pays the load only on its first batch.
    """
    return list(analyse_articles(articles, load_pipeline(model)))


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last one shorter).

    >>> list(batched(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def ordered_results(submit, batches: Iterable[list], window: int) -> Iterator:
    """Submit each batch with ``submit(batch) -> future`` keeping at most ``window`` in
    flight, and yield every result of every batch in submission order.

    Bounded in-flight work is what keeps a build's memory flat: articles are
    read from disk only as fast as the workers parse them.
    """
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _pool_context():
    import multiprocessing

    # fork shares the already loaded pipeline with the workers (copy-on-write):
    # no second load, and its weights are counted once in physical memory.
    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def analyse_parallel(articles: Iterable[Article], model: str | None = None, workers: int = 2,
                     per_task: int = ARTICLES_PER_TASK) -> Iterator[ArticleAnalysis]:
    """Like :func:`analyse_articles`, on ``workers`` processes; analyses come back in input order.

    Each worker parses whole batches of articles and returns compact
    :class:`ArticleAnalysis` records (never Docs), so the parent only reads
    files and collects records.
    """
    from concurrent.futures import ProcessPoolExecutor

    load_pipeline(model)  # fail early, in this process, on a missing model; forked workers inherit it
    with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context()) as pool:
        yield from ordered_results(lambda batch: pool.submit(analyse_batch, batch, model),
                                   batched(articles, per_task), window=2 * workers)


def analyse(articles: Iterable[Article], model: str | None = None, workers: int | None = 1,
            dask: str | None = None) -> Iterator[ArticleAnalysis]:
    """Every article's analysis, in input order: in this process, a process pool or a Dask cluster.

    ``workers=None`` means one per core; ``dask`` is a scheduler address
    (``tcp://host:port``), see :mod:`kg.distributed`.
    """
    if dask:
        from .distributed import analyse_on_dask

        return analyse_on_dask(articles, dask, model)
    workers = default_workers() if workers is None else workers
    if workers <= 1:
        return analyse_articles(articles, load_pipeline(model))
    return analyse_parallel(articles, model, workers)
