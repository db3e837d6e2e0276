"""A piece of a longer name, written where the article writes the whole name (issue 17).

The small model labels a name whole in one sentence and only a piece of it in another: "It is up against
*Eternal Sunshine of the Spotless Mind*, Finding Neverland …" and, two sentences on, "her roles in Eternal
Sunshine of the *Spotless Mind*" (read as a building). The piece is no entity of its own — a person or a place
named only inside a title is the title's word ("The *Doris Day* Show"), and a title's word is a piece of the
title ("*Wolf* Brother"). Where the text around a mention spells out, word for word, a longer name the article
labels elsewhere, the mention is that longer name. Done on an article's mentions before its pronouns are
resolved (:mod:`kg.analysis`).
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import replace

from ..records import CANDIDATE_LABELS, Mention

_AND = " and "


def _names(mentions: list[Mention]) -> dict[str, list[str]]:
    """Word → the names of two words or more the model labelled in the article that hold it (each name once)."""
    out: dict[str, list[str]] = {}
    seen: set[str] = set()
    for m in mentions:
        if m.is_pronoun or m.label in CANDIDATE_LABELS or " " not in m.text or not m.text[:1].isupper() \
                or m.text in seen:
            continue
        seen.add(m.text)
        for w in set(m.text.split()):
            out.setdefault(w, []).append(m.text)
    return out


def _places(part: str, name: str) -> list[int]:
    """Where ``part`` stands in ``name`` as whole words."""
    out, i = [], name.find(part)
    while i >= 0:
        before = name[i - 1] if i else " "
        after = name[i + len(part)] if i + len(part) < len(name) else " "
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            out.append(i)
        i = name.find(part, i + 1)
    return out


def _edge(c: str) -> bool:
    return c.isalnum() or c == "-"


def whole_name_around(m: Mention, names: dict[str, list[str]], text: str) -> tuple[int, str] | None:
    """Where the longest name of ``names`` that the text around ``m`` spells out starts, and that name; None where
    the text around ``m`` spells out no longer name. The name holds ``m``'s text as whole words, and is not a pair
    "X and Y" whose side ``m`` is ("Reading and Leeds" does not swallow "Reading")."""
    best = None
    first = m.text.split(" ", 1)[0]
    for name in names.get(first, ()):
        if len(name) <= len(m.text) or _AND in name and m.text in name.split(_AND) or name == "The " + m.text:
            continue  # "Reading and Leeds" does not swallow "Reading"; "The Bravery" is the name "Bravery" again
        for at in _places(m.text, name):
            start = m.start - at
            end = start + len(name)
            if start < 0 or text[start:end] != name or start > 0 and _edge(text[start - 1]) \
                    or end < len(text) and _edge(text[end]):
                continue
            if best is None or len(name) > len(best[1]):
                best = (start, name)
    return best


def widen_fragments(mentions: list[Mention], text: str) -> list[Mention]:
    """The article's mentions with each piece of a longer name (:func:`whole_name_around`) made the whole name:
    its text, span and the label most of its mentions carry. Where two pieces of one occurrence widen ("Eternal Sunshine", "Spotless Mind"), the
    whole name is made once; a piece whose whole name would cross another mention's edge is left as read."""
    names = _names(mentions)
    if not names:
        return mentions
    labelled: dict[str, Mention] = {}
    votes: dict[str, Counter] = {}
    for m in mentions:
        if not m.is_pronoun and m.label not in CANDIDATE_LABELS:
            labelled.setdefault(m.text, m)
            votes.setdefault(m.text, Counter())[m.label] += 1
    spans = sorted((m.start, m.end) for m in mentions if not m.is_pronoun)
    starts = [s for s, _ in spans]
    longest = max((e - s for s, e in spans), default=0)
    out: list[Mention | None] = []
    made: dict[tuple[int, int], int] = {}  # whole span → its index in out
    pieces: dict[tuple[int, int], tuple[int, int]] = {}  # a piece's span → the whole span it went into
    for m in mentions:
        found = None if m.is_pronoun else whole_name_around(m, names, text)
        if found is None:
            out.append(m)
            continue
        start, name = found
        end = start + len(name)
        inside = [(s, e) for s, e in spans[bisect_left(starts, start - longest):bisect_left(starts, end)]
                  if s < end and e > start]
        if (start, end) in inside or any(not (start <= s and e <= end) for s, e in inside):
            out.append(m)  # the whole name is read already, or the model read a name across its edge
            continue
        if (start, end) in made:
            continue  # another piece of the same occurrence made it
        whole = labelled[name]
        made[(start, end)] = len(out)
        label = votes[name].most_common(1)[0][0] if votes[name][whole.label] < max(votes[name].values()) \
            else whole.label  # the label most of the whole name's mentions carry, the first on a tie
        out.append(replace(m, text=whole.text, label=label, start=start, end=end, title=None, written=None,
                           span_start=None, honorific=None, gender=whole.gender, typed=whole.typed,
                           the_name=whole.the_name))
        for piece in inside:
            pieces[piece] = (start, end)
    # a piece of a whole made by another piece of its occurrence goes with it
    return [m for m in out if m is not None and (m.is_pronoun or (m.start, m.end) not in pieces
                                                 or pieces[(m.start, m.end)] == (m.start, m.end))]


__all__ = ["whole_name_around", "widen_fragments"]
