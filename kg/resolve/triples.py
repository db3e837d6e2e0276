"""Extractions + resolved entities → the :class:`~kg.records.Triple` records of interfaces.md.

Only a fact about the world becomes a triple (issue 16). Once entities are
resolved (pronouns included, coref.py), two kinds of reading say nothing and
are not emitted:

* a self-loop: subject and object resolve to the same entity ("Tory leader
  Michael Howard" → Michael Howard — be — Michael Howard; "he put himself").
  A title or alias written beside a name belongs to the entity's roles and
  aliases (entities.jsonl), not to the graph;
* a bare pronoun subject left unresolved ("it", "they", "this", "there" …):
  a pronoun is left unresolved rather than guessed, and what an unknown "it"
  did is not a fact.
"""
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


# A subject that is one of these words, with no entity, says nothing about the world by itself
# (the list of bench/audit.py).
BARE_PRONOUNS = frozenset("""
i me you he him she her it we us they them one
this that these those there here
who whom whose which what whoever whatever
itself himself herself themselves ourselves myself yourself
""".split())


def is_self_loop(triple: Triple) -> bool:
    """Subject and object resolve to the same entity ("Michael Howard — be — Michael Howard")."""
    return triple.subject_entity is not None and triple.subject_entity == triple.object_entity


def has_bare_pronoun_subject(triple: Triple) -> bool:
    """The subject is a bare pronoun ("it", "they", "this" …) that resolved to no entity."""
    return triple.subject_entity is None and triple.subject.strip().casefold() in BARE_PRONOUNS


def is_fact_about_the_world(triple: Triple) -> bool:
    """Whether a resolved triple says something about the world: not a self-loop, and its
    subject is not a pronoun left unresolved."""
    return not is_self_loop(triple) and not has_bare_pronoun_subject(triple)


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
    """Every triple of every analysed article that is a fact about the world
    (:func:`is_fact_about_the_world`), in article and document order."""
    for analysis in analyses:
        for ex in analysis.extractions:
            triple = to_triple(analysis.article.id, ex, resolution)
            if is_fact_about_the_world(triple):
                yield triple
