"""Open IE over spaCy's dependency parse: ``Doc`` → :class:`~kg.records.Extraction`.

Each construction is a small pure function over tokens in its own module,
like textacy's ``extract``. :func:`extract_doc` runs them all over one parsed
paragraph; ``offset`` is the paragraph's position in the article so that every
offset in the result is relative to the article text.
"""
from __future__ import annotations

from .clauses import extract_clauses


def extract_doc(doc, offset: int = 0):
    """All extractions of a parsed text, in document order.

    >>> from kg.nlp import load_pipeline                      # doctest: +SKIP
    >>> [(e.subject.text, e.relation_lemma, e.object.text)
    ...  for e in extract_doc(load_pipeline()("Israel struck Iran."))]  # doctest: +SKIP
    [('Israel', 'strike', 'Iran')]
    """
    out = []
    for sent in doc.sents:
        out.extend(extract_clauses(sent, offset))
    return out


__all__ = ["extract_doc", "extract_clauses"]
