"""Mentions of entities in a parsed paragraph: named entities and pronouns."""
from __future__ import annotations

from ..records import Mention

# spaCy labels that name things a news graph is about.
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their", "theirs", "themselves"}


def named_mentions(doc, doc_id: str, offset: int = 0) -> list[Mention]:
    """Named-entity mentions of ``doc`` (article-level offsets)."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        text = ent.text.strip()
        if not any(c.isalpha() for c in text):
            continue
        out.append(Mention(doc_id, text, ent.label_, offset + ent.start_char, offset + ent.end_char, offset + ent.sent.start_char))
    return out


def pronoun_mentions(doc, doc_id: str, offset: int = 0) -> list[Mention]:
    """Third-person pronouns of ``doc``, unresolved (see :mod:`kg.resolve.coref`)."""
    return [
        Mention(doc_id, t.text, "PRON", offset + t.idx, offset + t.idx + len(t), offset + t.sent.start_char, is_pronoun=True)
        for t in doc
        if t.lower_ in PRONOUNS and t.pos_ == "PRON"
    ]


def find_mentions(doc, doc_id: str, offset: int = 0) -> list[Mention]:
    """Named and pronoun mentions of ``doc``, in text order."""
    return sorted(named_mentions(doc, doc_id, offset) + pronoun_mentions(doc, doc_id, offset), key=lambda m: m.start)
