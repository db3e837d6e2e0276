"""Passive voice: "Strikes were launched by Israel" → Israel — launch — strikes.

With an agent ("by Israel") the graph reading puts the agent first and
the verb's lemma as predicate, and the extraction is marked ``passive`` so
the CaRB line keeps the surface order (Strikes; were launched by; Israel).
Agentless passives keep the patient as subject with the predicate
"be launched".
"""
from __future__ import annotations


def is_passive(verb) -> bool:
    """A passive predicate: a passive auxiliary or subject, or a bare past-participle modifier ("the attack launched by …")."""
    for c in verb.children:
        if c.dep_ in {"auxpass", "nsubjpass", "csubjpass"}:
            return True
    # "allegations they had planted the device": a perfect ("had planted") is active
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)


def agent_of(verb):
    """``(by_token, agent_noun)`` of a passive verb ("by Israel"), or ``(None, None)``."""
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return c, g
    return None, None
