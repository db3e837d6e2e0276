"""Extractions + resolved entities → the :class:`~kg.records.Triple` records of docs/contracts.md."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..extract.speech import FIRST_PERSON
from ..records import ArticleAnalysis, Argument, Extraction, Triple
from .entities import Resolution


def speaker_as_first_person(argument: Argument | None, speaker_entity: str | None) -> str | None:
    """The speaker's entity for a first-person singular argument of what that speaker said.

    Inside reported speech "I" and "me" are the speaker: in “I do a lot,” Trump
    said, the subject of "do" is Donald Trump. ("We" stays unresolved: the
    speaker's group is not the speaker.)
    """
    if speaker_entity is None or argument is None or argument.is_clause:
        return None
    return speaker_entity if argument.text.casefold() in FIRST_PERSON else None


def to_triple(doc: str, ex: Extraction, resolution: Resolution) -> Triple:
    """One extraction as a triple, its arguments resolved to canonical entity names."""
    obj = ex.object
    subject_entity = resolution.entity_at(doc, ex.subject.head)
    object_entity = None if obj is None or obj.is_clause else resolution.entity_at(doc, obj.head)
    attributed_to = None
    if ex.speaker is not None:
        speaker_entity = resolution.entity_at(doc, ex.speaker.head)
        attributed_to = speaker_entity or ex.speaker.text
        subject_entity = subject_entity or speaker_as_first_person(ex.subject, speaker_entity)
        object_entity = object_entity or speaker_as_first_person(obj, speaker_entity)
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
