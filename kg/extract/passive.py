"""Passive voice: "Strikes were launched by Israel" → Strikes — were launched by — Israel.

A passive is read as written, patient first, in the graph as in the CaRB
line: its predicate is "be launched by" with an agent, "be launched"
without one. Putting the agent first under a passive relation ("Israel —
were launched by — Strikes") reads backwards to every reader, and an
active rewrite of the verb group ("will be whittled down by" → "will
whittle down") is not what the sentence wrote. An agentive passive is
marked ``passive`` on the extraction.
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
