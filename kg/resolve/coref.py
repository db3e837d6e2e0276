"""Pronoun coreference within one article.

A first rule: he/him/his → the most recent PERSON mention before it;
they/them/their → the most recent ORG/GPE/NORP mention.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Mention

MASCULINE_FEMININE = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}


def resolve_pronouns(mentions: list[Mention]) -> list[Mention]:
    """Return ``mentions`` with each pronoun's ``antecedent`` index filled where found."""
    out: list[Mention] = []
    last_person = last_group = None
    for i, m in enumerate(mentions):
        if m.is_pronoun:
            word = m.text.lower()
            target = last_person if word in MASCULINE_FEMININE else last_group if word in PLURAL else None
            out.append(replace(m, antecedent=target))
            continue
        if m.label == "PERSON":
            last_person = i
        elif m.label in {"ORG", "GPE", "NORP"}:
            last_group = i
        out.append(m)
    return out
