"""Relative and participial clauses: the noun they modify fills a missing argument.

* "officials who confirmed the reports" → officials — confirm — reports
  (the relative pronoun stands for the noun it modifies);
* "a match which Keibler lost" → Keibler — lose — a match (the noun is the object);
* "people living in Tehran", "the attack launched by Israel" (``acl``
  participles) → the noun is the subject (a passive one for "launched").
"""
from __future__ import annotations

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def is_relative_pronoun(token) -> bool:
    """"who", "which", "that" standing for the noun a relative clause modifies."""
    return token.tag_ in {"WDT", "WP"} or (token.lower_ == "that" and token.head.dep_ == "relcl")


def antecedent(verb):
    """The noun a relative/participial clause headed by ``verb`` modifies, or ``None``."""
    if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in NOMINAL:
        return verb.head
    return None


def relative_object(verb, objects) -> object | None:
    """The antecedent as the object of a relative clause with its own subject and no object
    ("the reports [which] Trump confirmed" → reports), else ``None``."""
    if verb.dep_ != "relcl" or objects:
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or is_relative_pronoun(subj):
        return None
    if any(c.dep_ in {"dobj", "attr", "ccomp", "xcomp"} and not is_relative_pronoun(c) for c in verb.children):
        return None
    if verb.pos_ == "AUX" or any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in verb.children):
        return None  # "the city where he lived", "the man he is"
    return antecedent(verb)


def is_infinitival(verb) -> bool:
    """"a plan to attack Iran": an infinitival modifier, read as intent, not as a fact."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
