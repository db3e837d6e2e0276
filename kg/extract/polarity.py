"""Negation and modality of a predicate.

Negation: "not"/"n't"/"never" (dep ``neg``), "no longer", "no one"/"nobody"
subjects are left alone; "deny that X" negates the reported X (speech.py).
Modality: modal auxiliaries ("may", "could", "should" …) and hedging adverbs
or adjectives ("reportedly", "possibly", "it is possible that …").
"""
from __future__ import annotations

MODALS = {"may": "may", "might": "might", "could": "could", "should": "should", "would": "would",
          "must": "must", "can": "can", "ca": "can", "shall": "shall", "ought": "should"}
HEDGES = {"reportedly": "reportedly", "allegedly": "allegedly", "possibly": "possible", "perhaps": "possible",
          "maybe": "possible", "probably": "likely", "likely": "likely", "apparently": "apparently",
          "supposedly": "allegedly", "potentially": "possible", "unlikely": "unlikely"}
HEDGE_ADJ = {"possible": "possible", "likely": "likely", "unlikely": "unlikely", "probable": "likely"}


def negation_tokens(verb) -> list:
    """The negating children of ``verb``: "not", "never", and "no longer"."""
    out = []
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in {"never", "not"}):
            out.append(c)
        elif c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            out.append(c)
    return out


def is_negated(tokens) -> bool:
    """Whether the relation tokens (and their ``neg`` children) deny the relation."""
    return any(t.dep_ == "neg" or t.lower_ in {"never"} or (t.lower_ == "longer" and any(g.lower_ == "no" for g in t.children))
               for t in tokens)


def modality_of(tokens, verb) -> str | None:
    """The modal or hedge on a predicate: a modal auxiliary among ``tokens``, a hedging
    adverb on ``verb``, or a governing "it is possible/likely that …"."""
    for t in tokens:
        if t.dep_ in {"aux", "auxpass"} and t.lower_ in MODALS:
            return MODALS[t.lower_]
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in HEDGES:
            return HEDGES[c.lower_]
    head = verb.head
    if verb.dep_ in {"ccomp", "csubj"} and head.lemma_ == "be":
        for c in head.children:
            if c.dep_ in {"acomp", "attr"} and c.lower_ in HEDGE_ADJ:
                return HEDGE_ADJ[c.lower_]
    if verb.dep_ == "ccomp" and head.lower_ in HEDGE_ADJ:
        return HEDGE_ADJ[head.lower_]
    return None
