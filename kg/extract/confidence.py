"""Confidence: a score from the construction and cues about the parse.

Base scores per construction reflect how often each reading is right (SVO
with a direct object is the most reliable, possessives and subject-only
clauses the least); cues lower them: a subject inherited from another
clause, long sentences (parse errors grow with length), long relations
and arguments, a pronoun argument. Values stay in (0, 1).
"""
from __future__ import annotations

BASE = {
    "dobj": 0.85, "copula": 0.8, "speech": 0.8, "prep": 0.75, "clause": 0.7, "passive": 0.75,
    "appos": 0.7, "title": 0.65, "poss": 0.4, "xcomp": 0.55, "none": 0.3,
}


def score(construction: str, sent=None, inherited: bool = False, relative: bool = False, rel_len: int = 1,
          arg_len: int = 0, pronoun: bool = False, n_extra: int = 0) -> float:
    """A confidence in (0, 1) for an extraction of ``construction`` with these cues."""
    s = BASE.get(construction, 0.5)
    if inherited:
        s -= 0.08
    if relative:
        s -= 0.05
    if pronoun:
        s -= 0.03
    if sent is not None:
        n = len(sent)
        s -= 0.004 * max(0, n - 20)
    s -= 0.03 * max(0, rel_len - 3)
    s -= 0.01 * max(0, arg_len - 8)
    s -= 0.02 * n_extra
    return round(min(0.99, max(0.01, s)), 4)
