"""Per-article analysis: parsed paragraphs → compact :class:`~kg.records.ArticleAnalysis`.

This is the only stage that touches spaCy ``Doc`` objects; what leaves it is
small and picklable (extractions and mentions), so it can run in worker
processes or on a Dask cluster (:mod:`kg.executors`) and the build keeps no
``Doc`` in memory.
"""
from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from .extract import extract_doc
from .extract.quotes import attribute_quotes, mark_commentary
from .nlp import doc_sents, load_pipeline, parsed_from
from .records import Article, ArticleAnalysis, Paragraph
from .resolve import find_mentions, resolve_pronouns
from .resolve.commonwords import drop_common_words
from .resolve.fragments import join_possessive_titles, widen_fragments
from .resolve.pairs import split_fused_pairs
from .segment import iter_article_paragraphs
from .timeclause import add_times

BATCH_SIZE = 64
# spaCy's memory grows with the text in a batch, not the number of texts: one
# batch of twenty 10,000-character pieces peaked at 620 MB. Batches are cut at
# this many characters as well as at BATCH_SIZE texts (typical news: ~64 paragraphs).
BATCH_CHARS = 25_000
# Python's collector looks at its youngest objects after every 700 new ones (lists, tuples, records …).
# Reading a paragraph makes tens of thousands that live until it is read (a view token and its dict
# per word, kg.docview), so at 700 each look walked the same live ones again and moved them on to be
# walked once more: ~0.35 of the ~0.65 CPU s of collection in a 300-article `kg extract`. Nothing of
# kg's waits on the collector to be freed (views are dropped by hand, records hold no cycles).
GC_THRESHOLD = 10_000


class _Accumulator:
    """One article's extractions and mentions, folded in paragraph by paragraph (no Doc kept)."""

    def __init__(self, article: Article):
        self.article, self.sentences, self.extractions, self.mentions = article, 0, [], []
        self.error: str | None = None

    def add(self, paragraph: Paragraph, doc) -> None:
        if self.error is not None:
            return
        try:
            parsed_from(doc, paragraph.text)  # (kg.nlp.doc_text need not join the Doc's words again)
            self.sentences += len(doc_sents(doc)[0])
            self.extractions.extend(add_times(doc, extract_doc(doc, paragraph.start), paragraph.start, self.article.date))
            self.mentions.extend(find_mentions(doc, self.article.id, paragraph.start))
        except Exception as exc:  # one bad article must not end the build
            self.error = _describe(exc, paragraph)

    def result(self) -> ArticleAnalysis:
        if self.error is None:
            try:
                extractions = attribute_quotes(self.article.text, self.extractions)  # quotes across sentences
                extractions = mark_commentary(self.article.text, extractions)  # readers' comments, a column
                mentions = split_fused_pairs(drop_common_words(self.mentions, self.article.text), self.article.text)
                mentions = widen_fragments(mentions, self.article.text)
                mentions = join_possessive_titles(mentions, self.article.text)
                return ArticleAnalysis(self.article, self.sentences, tuple(extractions),
                                       tuple(resolve_pronouns(mentions)))
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


@contextmanager
def fewer_collections(threshold: int = GC_THRESHOLD):
    """The collector's first threshold raised to ``threshold`` (:data:`GC_THRESHOLD`) for the ``with``
    block, then put back (unchanged when it is that high already: an enclosing block, or the user's own).

    >>> before = gc.get_threshold()
    >>> with fewer_collections(): gc.get_threshold()[0]
    10000
    >>> gc.get_threshold() == before
    True
    """
    old = gc.get_threshold()
    if old[0] >= threshold:
        yield
        return
    gc.set_threshold(threshold, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def analyse_batch(articles: list[Article], model: str | None = None) -> list[ArticleAnalysis]:
    """Analyse a batch of articles in this process (the unit of work for pools and Dask).

    The pipeline is loaded once per process (``load_pipeline`` is cached), so a
    worker pays the load only on its first batch.
    """
    with fewer_collections():
        return list(analyse_articles(articles, load_pipeline(model)))
