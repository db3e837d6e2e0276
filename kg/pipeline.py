"""Articles → parsed paragraphs → compact :class:`~kg.records.ArticleAnalysis`.

This is the only stage that touches spaCy ``Doc`` objects; what leaves it is
small and picklable (extractions and mentions), so it can run in worker
processes or on a Dask cluster and the build keeps no ``Doc`` in memory.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .extract import extract_doc
from .ingest import MAX_SENTENCE_CHARS, long_runs, split_paragraphs
from .nlp import MAX_CHARS, load_pipeline
from .records import Article, ArticleAnalysis, Paragraph
from .resolve import find_mentions, resolve_pronouns

BATCH_SIZE = 64


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
                return ArticleAnalysis(self.article, self.sentences, tuple(self.extractions),
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
    for doc, (article, paragraph, last) in nlp.pipe(stream(), as_tuples=True, batch_size=batch_size):
        if acc is None:
            acc = _Accumulator(article)
        if paragraph is not None:
            acc.add(paragraph, doc)
        if last:
            yield acc.result()
            acc = None


def analyse_batch(articles: list[Article], model: str | None = None) -> list[ArticleAnalysis]:
    """Analyse a batch of articles in this process (the unit of work for pools and Dask)."""
    return list(analyse_articles(articles, load_pipeline(model)))
