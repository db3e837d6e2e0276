"""Pronoun coreference within one article.

Each pronoun gets an ordered list of candidate antecedents (indices into the
article's mention list); the cross-article resolver picks the first whose
settled type fits (:func:`kg.resolve.entities.resolve_entities`), since only
it knows that "Trump", labelled ORG here, is a person.

- he/him/his, she/her → named mentions before the pronoun: its own sentence
  first, then up to three sentences back; within a sentence, subjects first,
  then the nearest.
- they/them/their → organisations, countries and groups of its own sentence
  and the one before; none when a plural common noun competes ("officials …
  their"); the resolver keeps it only if they all are one entity.
- who/which/that → the mention covering the noun the relative clause modifies.
"""
from __future__ import annotations

import bisect
from dataclasses import replace

from ..records import Mention

PERSONAL = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
PERSON_LIKE = {"PERSON", "ORG", "GPE", "NORP"}  # the small model often labels a person ORG or GPE
GROUP_LIKE = {"ORG", "GPE", "NORP"}
SENTENCES_BACK = 3
MAX_CANDIDATES = 8
_SUBJECT = {"nsubj", "nsubjpass"}


def _order(indices: list[int], mentions: list[Mention]) -> list[int]:
    """Subjects first, then the nearest (indices are in text order)."""
    return sorted(indices, key=lambda i: (mentions[i].dep not in _SUBJECT, -i))


def candidates_for(k: int, mentions: list[Mention], sentence_starts: list[int]) -> tuple[int, ...]:
    """Ordered antecedent candidates of pronoun ``mentions[k]``."""
    m = mentions[k]
    word = m.text.lower()
    if word in PERSONAL:
        labels, back = PERSON_LIKE, SENTENCES_BACK
    elif word in PLURAL and not m.ambiguous:
        labels, back = GROUP_LIKE, 1
    else:
        return ()
    s = bisect.bisect_left(sentence_starts, m.sent_start)
    window = sentence_starts[max(0, s - back):s + 1][::-1]  # own sentence first
    by_sentence: dict[int, list[int]] = {start: [] for start in window}
    for i in range(k - 1, -1, -1):
        c = mentions[i]
        if c.sent_start < window[-1]:
            break
        if not c.is_pronoun and c.label in labels and c.sent_start in by_sentence and not c.headline:
            by_sentence[c.sent_start].append(i)
    out: list[int] = []
    for start in window:
        out.extend(_order(by_sentence[start], mentions))
    return tuple(out[:MAX_CANDIDATES])


def covering(mentions: list[Mention], offset: int) -> int | None:
    """Index of the named mention whose span (title included) covers ``offset``."""
    for i, c in enumerate(mentions):
        if not c.is_pronoun and (c.span_start if c.span_start is not None else c.start) <= offset < c.end:
            return i
    return None


def resolve_pronouns(mentions: list[Mention]) -> list[Mention]:
    """Return ``mentions`` (in text order) with each pronoun's candidates and first guess filled."""
    sentence_starts = sorted({m.sent_start for m in mentions})
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        if not m.is_pronoun:
            out.append(m)
        elif m.refers_at is not None:
            target = covering(mentions, m.refers_at)
            out.append(replace(m, antecedent=target, candidates=(target,) if target is not None else ()))
        else:
            cands = candidates_for(k, mentions, sentence_starts)
            first = next((i for i in cands if mentions[i].label == "PERSON"), None) if m.text.lower() in PERSONAL else (cands[0] if cands else None)
            out.append(replace(m, antecedent=first, candidates=cands))
    return out
