"""Helpers for the extraction tests: read a sentence and compare triples exactly."""
from __future__ import annotations

from kg.extract import extract_doc


def extractions(nlp, text, offset=0):
    return extract_doc(nlp(text), offset)


def triples(nlp, text, kinds=None):
    """(subject, relation_lemma, object) of every extraction, optionally of some kinds only."""
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None)
            for e in extractions(nlp, text) if kinds is None or e.kind in kinds]


def readings(nlp, text):
    """(subject, relation as written, object, negated, modality, speaker) of each extraction of ``text``."""
    return [(e.subject.text, e.relation, e.object.text if e.object else None, e.negated, e.modality,
             e.speaker.text if e.speaker else None) for e in extractions(nlp, text)]


def kept(nlp, text):
    """(subject, relation as written, object, modality) of the readings of ``text`` that are kept (no
    ``uninformative``)."""
    return [(e.subject.text, e.relation, e.object.text if e.object else None, e.modality)
            for e in extractions(nlp, text) if e.uninformative is None]


def assert_reads(read, made, wrong):
    """``made`` is among the readings ``read`` and ``wrong`` is not (None: no such row in the table)."""
    assert made is None or made in read
    assert wrong is None or wrong not in read


def resolved(nlp, text):
    """The resolved triples of ``text`` read as one article ("t0"), entities linked and pronouns resolved."""
    from kg.analysis import analyse_articles
    from kg.builder import resolve_analyses
    from kg.records import Article
    from kg.terms import Vocabulary

    analyses = list(analyse_articles([Article("t0", text)], nlp))
    triples, _entities, _ = resolve_analyses(analyses, Vocabulary())
    return triples


def find(nlp, text, lemma):
    """The extractions of ``text`` whose relation_lemma is ``lemma``."""
    return [e for e in extractions(nlp, text) if e.relation_lemma == lemma]
