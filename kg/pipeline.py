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
from .extract.quotes import attribute_quotes
from .ingest import MAX_SENTENCE_CHARS, long_runs, split_paragraphs
from .nlp import MAX_CHARS, check_pipeline, load_pipeline
from .records import Article, ArticleAnalysis, Paragraph
from .resolve import find_mentions, resolve_pronouns

BATCH_SIZE = 64
# spaCy's memory grows with the text in a batch, not the number of texts: one
# batch of twenty 10,000-character pieces peaked at 620 MB. Batches are cut at
# this many characters as well as at BATCH_SIZE texts (typical news: ~64 paragraphs).
BATCH_CHARS = 25_000
# Articles per task sent to a worker process or a Dask worker: large enough that the
# per-task cost (pickling, scheduling: ~5 ms on Dask, field-notes.md) is noise (a BBC
# task parses ~1.5 s), small enough that the workers finish together (the last task
# runs alone) and that a few dozen articles are shared between workers at all.
ARTICLES_PER_TASK = 16


def chunk_paragraph(paragraph: Paragraph, limit: int = MAX_CHARS, run_limit: int = MAX_SENTENCE_CHARS) -> list[Paragraph]:
    """Cut a paragraph so spaCy and the extractors stay within bounds.

    A stretch of more than ``run_limit`` characters with no sentence end (a
    scraped list, a 5,000-token "sentence") is cut at commas or spaces, so no
    sentence the parser sees is longer; then pieces longer than ``limit``
    characters (spaCy's ``max_length``) are cut at sentence ends. Offsets stay
    relative to the article.

    >>> [len(p.text) for p in chunk_paragraph(Paragraph("a. " * 10, 0), limit=8)]
    [5, 5, 5, 5, 5]
    >>> [p.text for p in chunk_paragraph(Paragraph("One. two three four five six", 0), run_limit=10)]
    ['One.', 'two three', 'four five', 'six']
    """
    if len(paragraph.text) <= min(limit, run_limit):
        return [paragraph]
    out: list[Paragraph] = []
    for piece in _cut_long_runs(paragraph, run_limit):
        out.extend(_cut_at(piece, limit, (". ", "\n", "! ", "? ")))
    return out


def _cut_long_runs(paragraph: Paragraph, run_limit: int) -> Iterator[Paragraph]:
    text, pos = paragraph.text, 0
    for start, end in long_runs(text, run_limit):
        if start > pos:
            yield from _piece(paragraph, pos, start)
        yield from _cut_at(Paragraph(text[start:end], paragraph.start + start), run_limit, (", ", "; ", " "))
        pos = end
    yield from _piece(paragraph, pos, len(text))


def _cut_at(paragraph: Paragraph, limit: int, breaks: tuple[str, ...]) -> list[Paragraph]:
    """Pieces of at most ``limit`` characters, cut after the last of ``breaks`` that fits (else hard)."""
    text, out, pos = paragraph.text, [], 0
    while pos < len(text):
        end = min(pos + limit, len(text))
        if end < len(text):
            cut = max(text.rfind(b, pos, end) + len(b) - 1 for b in breaks)
            if cut <= pos:
                cut = text.rfind(" ", pos, end)
            if cut > pos:
                end = cut + 1
        out.extend(_piece(paragraph, pos, end))
        pos = end
    return out


def _piece(paragraph: Paragraph, start: int, end: int) -> list[Paragraph]:
    """``paragraph.text[start:end]`` stripped, with its article offset (nothing when blank)."""
    piece = paragraph.text[start:end]
    stripped = piece.strip()
    if not stripped:
        return []
    return [Paragraph(stripped, paragraph.start + start + len(piece) - len(piece.lstrip()))]


def article_paragraphs(article: Article) -> list[Paragraph]:
    """The paragraphs of an article, each within spaCy's and the extractors' limits."""
    return list(iter_article_paragraphs(article))


def iter_article_paragraphs(article: Article) -> Iterator[Paragraph]:
    """Like :func:`article_paragraphs`, lazily; a paragraph repeated word for word is given once.

    Scraped pages and concatenated dumps repeat boilerplate ("Share this
    article", a cookie notice, a whole page twice); a repeat adds no fact the
    first reading did not, and parsing it again made a 20 MB dump of repeated
    pages take minutes instead of seconds.
    """
    seen: set[str] = set()
    for paragraph in split_paragraphs(article.text):
        if paragraph.text in seen:
            continue
        seen.add(paragraph.text)
        yield from chunk_paragraph(paragraph)


class _Accumulator:
    """One article's extractions and mentions, folded in paragraph by paragraph (no Doc kept)."""

    def __init__(self, article: Article):
        self.article, self.sentences, self.extractions, self.mentions = article, 0, [], []
        self.error: str | None = None

    def add(self, paragraph: Paragraph, doc) -> None:
        if self.error is not None:
            return
        try:
            self.sentences += sum(1 for _ in doc.sents)
            self.extractions.extend(extract_doc(doc, paragraph.start))
            self.mentions.extend(find_mentions(doc, self.article.id, paragraph.start))
        except Exception as exc:  # one bad article must not end the build
            self.error = _describe(exc, paragraph)

    def result(self) -> ArticleAnalysis:
        if self.error is None:
            try:
                extractions = attribute_quotes(self.article.text, self.extractions)  # quotes across sentences
                return ArticleAnalysis(self.article, self.sentences, tuple(extractions),
                                       tuple(resolve_pronouns(self.mentions)))
            except Exception as exc:
                self.error = _describe(exc, None)
        return failed_analysis(self.article, self.error)


def _describe(exc: Exception, paragraph: Paragraph | None) -> str:
    where = f" at offset {paragraph.start}" if paragraph is not None else ""
    return f"{type(exc).__name__}: {exc}"[:300].replace("\n", " ") + where


def failed_analysis(article: Article, error: str) -> ArticleAnalysis:
    """The analysis of an article whose extraction crashed: no records, the error kept."""
    return ArticleAnalysis(article, 0, (), (), error=error)


def analyse_parsed(article: Article, parsed: Iterable[tuple[Paragraph, object]]) -> ArticleAnalysis:
    """Extractions and mentions of one article from its parsed paragraphs.

    An exception in extraction or resolution gives an analysis with ``error``
    set (reported and skipped by the build) instead of ending the build.
    """
    acc = _Accumulator(article)
    for paragraph, doc in parsed:
        acc.add(paragraph, doc)
    return acc.result()


def char_batches(items: Iterable[tuple[str, object]], size: int = BATCH_SIZE,
                 chars: int = BATCH_CHARS) -> Iterator[list[tuple[str, object]]]:
    """Consecutive lists of ``(text, context)`` holding at most ``size`` items and about ``chars`` characters.

    >>> [len(b) for b in char_batches([("a" * 10, 0)] * 5, size=3, chars=40)]
    [3, 2]
    >>> [len(b) for b in char_batches([("a" * 10, 0)] * 5, size=64, chars=25)]
    [2, 2, 1]
    """
    batch: list[tuple[str, object]] = []
    total = 0
    for item in items:
        if batch and (len(batch) >= size or total + len(item[0]) > chars):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += len(item[0])
    if batch:
        yield batch


def _pipe_bounded(nlp, items: Iterable[tuple[str, object]], batch_size: int):
    for batch in char_batches(items, batch_size):
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))


def analyse_articles(articles: Iterable[Article], nlp=None, batch_size: int = BATCH_SIZE) -> Iterator[ArticleAnalysis]:
    """Parse articles with ``nlp.pipe`` in batches and yield one analysis per article, in order.

    Streaming: paragraphs go through spaCy as a flat stream and each Doc is
    folded into its article's extractions as soon as it is parsed, so memory
    holds one batch of Docs, whatever the size of an article. An article whose
    extraction crashes comes back with ``error`` set (see :func:`analyse_parsed`).
    """
    nlp = nlp or load_pipeline()

    def stream():
        for article in articles:
            previous = None
            for paragraph in iter_article_paragraphs(article):
                if previous is not None:
                    yield previous.text, (article, previous, False)
                previous = paragraph
            if previous is None:
                yield "", (article, None, True)
            else:
                yield previous.text, (article, previous, True)

    acc: _Accumulator | None = None
    for doc, (article, paragraph, last) in _pipe_bounded(nlp, stream(), batch_size):
        if acc is None:
            acc = _Accumulator(article)
        if paragraph is not None:
            acc.add(paragraph, doc)
        if last:
            yield acc.result()
            acc = None


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

    # fork starts workers at once, and a pipeline this process already loaded (an API
    # user's, a notebook's) is inherited instead of loaded again.
    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _worker_init() -> None:
    """A pool worker forgets the parent's locks and dies with the parent (Linux), so a killed
    build leaves neither a locked store nor orphan workers parsing on."""
    from .output import release_inherited_locks

    release_inherited_locks()
    if sys.platform == "linux":
        import ctypes
        import signal

        try:
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def analyse_parallel(articles: Iterable[Article], model: str | None = None, workers: int = 2,
                     per_task: int = ARTICLES_PER_TASK) -> Iterator[ArticleAnalysis]:
    """Like :func:`analyse_articles`, on ``workers`` processes; analyses come back in input order.

    Each worker parses whole batches of articles and returns compact
    :class:`ArticleAnalysis` records (never Docs), so the parent only reads
    files and collects records.
    """
    from concurrent.futures import ProcessPoolExecutor

    check_pipeline(model)  # fail early on a missing model, without loading it here: each worker loads its own
    with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context(), initializer=_worker_init) as pool:
        yield from ordered_results(lambda batch: pool.submit(analyse_batch, batch, model),
                                   batched(articles, per_task), window=2 * workers)


def analyse(articles: Iterable[Article], model: str | None = None, workers: int | None = 1,
            dask: str | None = None, in_process: bool = True) -> Iterator[ArticleAnalysis]:
    """Every article's analysis, in input order: in this process, a process pool or a Dask cluster.

    ``workers=None`` means one per core; ``dask`` is a scheduler address
    (``tcp://host:port``), see :mod:`kg.distributed`. ``in_process=False``
    parses in a worker process even for one worker, so that the caller's own
    work on each analysis (a store build saves and packs it) overlaps the parse.
    """
    if dask:
        from .distributed import analyse_on_dask

        return analyse_on_dask(articles, dask, model)
    workers = default_workers() if workers is None else workers
    if workers <= 1 and in_process:
        return analyse_articles(articles, load_pipeline(model))
    return analyse_parallel(articles, model, max(workers, 1))
