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

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace

from ..records import CANDIDATE_LABELS, Mention
from .gazetteer import shipped
from .names import is_first_name
from .kindcues import BODY_NOUNS
from .nametypes import ORG_WORDS
from .placenames import is_place
from .roles import TITLE_HEADS

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


# "'s" and one capitalised word after a name, the name then ending: "Destiny's *Child*, Jill Scott", not "Mike
# Leigh's *Vera* Drake", "Tony Hawk's *Underground* 2", "the Hitchhiker's *Guide* to the Galaxy", nor an abbreviation
# that opens a longer name ("Bach's *St*. Matthew Passion"), nor the first half of a title of two possessives ("the
# film Joanna's *Husband* and David's Wife").
_POSSESSED_WORD = re.compile(r"['’]s ([A-Z][a-z]{2,})(?![\w'’-])"
                             r"(?! [A-Z0-9]| (?:of|to|in|on) (?:the |The )?[A-Z]| and [A-Z][a-z]*['’]s\b)")
_CAPITAL_WORD_BEFORE = re.compile(r"\b([A-Z][\w.&-]*) $")
# An owner read as a person or left unlabelled: not a body's or a place's ("Sony's Qrio", "Korea's Hyundai",
# "Microsoft's Outlook e-mail program"), nor the end of a longer name the model read
# as a work ("The Catch of the Season at *Daly*'s Theatre").
_OWNER_LABELS = frozenset({"PERSON"}) | CANDIDATE_LABELS
# A title's own article, capitalised inside a sentence: "blockbusters as Speed, *The* Devil's Advocate".
_TITLE_ARTICLES = frozenset({"the", "a"})


def _count(word: str, text: str) -> int:
    """How often ``word`` stands in ``text`` as a whole word."""
    return len(re.findall(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text))


def possessive_title_at(m: Mention, text: str) -> tuple[int, int] | None:
    """Where the one name "X's Y" starts and ends that the model cut at its possessive into the owner ``m`` and a
    word Y, or None. Construction: a title or a band named as someone's thing, whose owner and whose thing the
    article writes nowhere else: "costume designer Alexandra Byrne, whose previous films have included *Captain
    Corelli's Mandolin* and Elizabeth" (read "Corelli" and a work "Mandolin"), "Gemma Jackson, who has also worked
    on *Bridget Jones's Diary*" (read a place "Diary"), "all-woman singing group *Destiny's Child*" (a product
    "Child"), "performance in One Flew Over the *Cuckoo's Nest*", "such blockbusters as Speed, *The Devil's Advocate* and the Matrix
    series".

    The owner is read as a person or not labelled, and is no person's full name (a capitalised title word before
    it, as "Captain", goes with it); its last word and Y stand in the article only inside "X's Y"; Y ends the name.
    Not a person's work ("Richard Strauss's Ariadne", "Josh Groban's Closer", so not "Bridget Jones's Diary"
    either: the words do not tell them apart), nor a body's or a place's
    thing ("Sony's Qrio", "Korea's Hyundai"), not a name the gazetteer knows or a place, nor an office's
    ("Prime Minister's Questions", "the Lord Chancellor's Department": :func:`kg.resolve.mentions._named` reads
    those), nor a piece of a longer name ("BBC One's Breakfast with Frost", "Hitchhiker's Guide to the Galaxy");
    not "Kudrow's Friends co-star" (Kudrow is named again), nor "Martin Scorsese's Aviator … it will beat
    Aviator" (the film is named alone)."""
    if m.is_pronoun or m.label not in _OWNER_LABELS or not m.text[:1].isupper():
        return None
    name_end = m.start + len(m.text)
    if text[m.start:name_end] != m.text or m.end not in (name_end, name_end + 2):
        return None
    found = _POSSESSED_WORD.match(text, name_end)
    if found is None:
        return None
    word, owner, start = found.group(1), m.text, m.start
    before = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is not None:
        if not before.group(1).istitle() or before.group(1).lower() not in TITLE_HEADS | _TITLE_ARTICLES \
                or text[:before.start(1)].rstrip()[-1:] in {"", ".", "!", "?", '"', "“"}:
            return None  # "BBC One's Breakfast": the owner is a piece of a longer name
        start = before.start(1)  # "Captain Corelli's Mandolin", "The Devil's Advocate"
        owner = owner if before.group(1) in {"The", "A"} else before.group(1) + " " + owner
    if _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start) and text[:start].rstrip()[-1:] not in {".", "!", "?"}:
        return None  # "the song See It In A Boy's Eyes": a piece of a longer title
    last = owner.split()[-1]
    if last.lower() in TITLE_HEADS or last.isdigit() or " " in m.text and is_first_name(m.text.split()[0]):
        return None  # "Richard Strauss's Ariadne", "Josh Groban's Closer": a named person's work
    times = _count(text[start:found.end(1)], text)
    if _count(last, text) != times or _count(word, text) != times:
        return None
    if any(is_place(x) or shipped().lookup(x) for x in (owner, m.text, word)):
        return None
    return start, found.end(1)


def join_possessive_titles(mentions: list[Mention], text: str) -> list[Mention]:
    """The article's mentions with each name cut at its possessive (:func:`possessive_title_at`) made one: a band
    or a body (ORG) where a body's noun stands right before it ("singing group Destiny's Child") or ends it ("the
    US retailer's *Sam's Club* stores", ``nametypes.ORG_WORDS``), else a work (WORK_OF_ART);
    the mentions inside it go."""
    out: list[Mention] = []
    wholes: list[tuple[int, int]] = []
    for m in mentions:
        at = possessive_title_at(m, text)
        if at is None:
            out.append(m)
            continue
        start, end = at
        kind = text[max(0, start - 20):start].split()
        body = kind and kind[-1].lower() in BODY_NOUNS or text[start:end].rsplit(" ", 1)[-1].lower() in ORG_WORDS
        label = "ORG" if body else "WORK_OF_ART"
        wholes.append(at)
        out.append(replace(m, text=text[start:end], label=label, start=start, end=end, title=None, written=None,
                           span_start=None, honorific=None, gender=None, typed=False, the_name=None))
    if not wholes:
        return mentions
    return [m for m in out if m.is_pronoun or (m.start, m.end) in wholes
            or not any(s <= m.start and m.end <= e for s, e in wholes)]


__all__ = ["join_possessive_titles", "possessive_title_at", "whole_name_around", "widen_fragments"]
