"""Articles → parsed paragraphs → compact :class:`~kg.records.ArticleAnalysis`.

This is the only stage that touches spaCy ``Doc`` objects; what leaves it is
small and picklable (extractions and mentions), so it can run in worker
processes or on a Dask cluster and the build keeps no ``Doc`` in memory.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .extract import extract_doc
from .ingest import split_paragraphs
from .nlp import MAX_CHARS, load_pipeline
from .records import Article, ArticleAnalysis, Paragraph
from .resolve import find_mentions, resolve_pronouns

BATCH_SIZE = 64


def chunk_paragraph(paragraph: Paragraph, limit: int = MAX_CHARS) -> list[Paragraph]:
    """Cut a paragraph longer than ``limit`` characters at sentence ends (else spaces).

    >>> [len(p.text) for p in chunk_paragraph(Paragraph("a. " * 10, 0), limit=8)]
    [8, 8, 8, 5]
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
    """Analyse a batch of articles in this process (the unit of work for pools and Dask)."""
    return list(analyse_articles(articles, load_pipeline(model)))
