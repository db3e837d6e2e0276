"""Helpers for the extraction tests: read a sentence and compare triples exactly."""
from __future__ import annotations

from kg.extract import extract_doc


def extractions(nlp, text, offset=0):
    return extract_doc(nlp(text), offset)


def triples(nlp, text, kinds=None):
    """(subject, relation_lemma, object) of every extraction, optionally of some kinds only."""
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None)
            for e in extractions(nlp, text) if kinds is None or e.kind in kinds]


def find(nlp, text, lemma):
    """The extractions of ``text`` whose relation_lemma is ``lemma``."""
    return [e for e in extractions(nlp, text) if e.relation_lemma == lemma]
