"""Extractions + resolved entities → the :class:`~kg.records.Triple` records of interfaces.md."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..records import ArticleAnalysis, Extraction, Triple
from .entities import Resolution


def to_triple(doc: str, ex: Extraction, resolution: Resolution) -> Triple:
    """One extraction as a triple, its arguments resolved to canonical entity names."""
    obj = ex.object
    subject_entity = resolution.entity_at(doc, ex.subject.head)
    object_entity = None if obj is None or obj.is_clause else resolution.entity_at(doc, obj.head)
    attributed_to = None
    if ex.speaker is not None:
        attributed_to = resolution.entity_at(doc, ex.speaker.head) or ex.speaker.text
    return Triple(
        doc=doc,
        sentence=ex.sentence,
        subject=ex.subject.text,
        subject_entity=subject_entity,
        relation=ex.relation,
        relation_lemma=ex.relation_lemma,
        object=obj.text if obj is not None else "",
        object_entity=object_entity,
        negated=ex.negated,
        modality=ex.modality,
        attributed_to=attributed_to,
        confidence=round(float(ex.confidence), 3),
        start=ex.sent_start,
        end=ex.sent_end,
        kind=ex.kind,
        args=tuple(a.text for a in ex.extra),
    )


def resolve_triples(analyses: Iterable[ArticleAnalysis], resolution: Resolution) -> Iterator[Triple]:
    """Every triple of every analysed article, in article and document order."""
    for analysis in analyses:
        for ex in analysis.extractions:
            yield to_triple(analysis.article.id, ex, resolution)
