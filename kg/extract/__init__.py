"""Open IE over spaCy's dependency parse: ``Doc`` → :class:`~kg.records.Extraction`.

Each construction is a small pure function over tokens in its own module,
like textacy's ``extract``:

========================  ==================================================
``clauses``               predicates with subjects, objects, n-ary arguments,
                          coordination and control (the engine)
``passive``               passive voice and agents
``relative``              relative and participial clauses
``speech``                reported speech, quotes, "according to"
``nominal``               apposition, possessives, titles, locatives
``polarity``              negation and modality
``confidence``            confidence from construction and parse cues
``spans``                 compact argument spans
``carb``                  CaRB benchmark output lines
========================  ==================================================

:func:`extract_doc` runs them all over one parsed paragraph; ``offset`` is
the paragraph's position in the article so that every offset in the result
is relative to the article text.
"""
from __future__ import annotations

from ..nlp import doc_sents
from .clauses import extract_clauses
from .nominal import appositions, locatives, possessives, titles


def extract_sentence(sent, offset: int = 0):
    """All extractions of one sentence (a spaCy ``Span``): clauses first, then noun-phrase relations."""
    return (extract_clauses(sent, offset) + appositions(sent, offset) + possessives(sent, offset) + titles(sent, offset)
            + locatives(sent, offset))


def extract_doc(doc, offset: int = 0):
    """All extractions of a parsed text, in document order.

    >>> from kg.nlp import load_pipeline
    >>> [(e.subject.text, e.relation_lemma, e.object.text)
    ...  for e in extract_doc(load_pipeline()("Israel struck Iran."))]
    [('Israel', 'strike', 'Iran')]
    """
    out = []
    for sent in doc_sents(doc)[0]:
        out.extend(extract_sentence(sent, offset))
    return out


__all__ = ["extract_doc", "extract_sentence", "extract_clauses", "appositions", "possessives", "titles", "locatives"]
