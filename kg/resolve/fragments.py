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


# Last words of a shop's, a club's or a hall's name, which an owner's name in the possessive opens: "Jack's Snooker
# Hall", "Claire's Stores", "Guy's Hospital". A body's (ORG) where the word names one, else a building (FAC).
_VENUE_ENDS = frozenset("""
hall club bar cafe restaurant shop shops store stores hotel pub inn kitchen theatre theater gallery studio studios
school college academy hospital centre center garage market
""".split())
_BODY_ENDS = frozenset("club shop shops store stores school college academy".split())
_POSSESSED_VENUE = re.compile(r"['’]s((?: [A-Z][a-z]+){0,2} ([A-Z][a-z]+))(?![\w'’-])(?! [A-Z0-9]| (?:of|at) [A-Z])")
# The venue again by its owner alone, the possessive ending a phrase: "ever clashed cues at *Jack's*."
_SHORT_VENUE = re.compile(r"['’]s(?=[.,;:!?\"”)]|\s*$)")
_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint) $")


def possessive_venue_at(m: Mention, text: str) -> tuple[int, int, str] | None:
    """Where the one name "X's … Hall" starts and ends, and its label, that the model cut at its possessive into its
    owner ``m``; or None. Construction: a shop, a hall or a school named after someone, the name ending in a venue's
    word (:data:`_VENUE_ENDS`): "his time at *Jack's Snooker Hall* in Llanelli" (read a person "Jack"), "the famous
    *Grauman's Chinese Theatre*" (a person "Grauman"), "two girls from *St Egwin's Middle School*" (a person "St
    Egwin": the saint goes with it).

    The owner is one word (or a saint's name), read as a person or not labelled, with no capitalised word before it
    but a saint's ("Mr Jack's", "Graham Jack's" are a person's), no place or name of the gazetteer; the article writes
    it nowhere but in this name, or as the venue's short form "at Jack's." (a "Jack" named alone is a person, and so
    is a "Howard" of "Mr Howard"). Not "Sega's House of the Dead" (a longer name), nor "Manchester's Trafford Centre",
    "Microsoft's Media Centre" (a place's and a body's thing)."""
    if m.is_pronoun or m.label not in _OWNER_LABELS:
        return None
    words = m.text.split(" ")
    saint = len(words) == 2 and words[0] in {"St", "St.", "Saint"}
    if not (len(words) == 1 or saint) or not words[-1].isalpha() or not words[-1].istitle():
        return None
    name_end = m.start + len(m.text)
    if text[m.start:name_end] != m.text or m.end not in (name_end, name_end + 2):
        return None
    found = _POSSESSED_VENUE.match(text, name_end)
    if found is None or found.group(2).lower() not in _VENUE_ENDS:
        return None
    start = m.start
    if not saint:
        before = _SAINT_BEFORE.search(text, max(0, start - 7), start)
        if before is not None:
            start = before.start()
        elif _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start) \
                and text[:start].rstrip()[-1:] not in {"", ".", "!", "?", '"', "“", ":"}:
            return None  # "Graham Jack's", "Mr Jack's": a person's
    owner = words[-1]
    if is_place(owner) or is_place(text[start:name_end]) or shipped().lookup(owner):
        return None
    short = sum(1 for hit in re.finditer(rf"(?<![\w'’-]){re.escape(owner)}(?![\w-])", text)
                if _SHORT_VENUE.match(text, hit.end()))
    if _count(owner, text) != _count(owner + text[name_end:found.end()], text) + short:
        return None  # the owner stands alone elsewhere in the article: a person
    label = "ORG" if found.group(2).lower() in _BODY_ENDS else "FAC"
    return start, found.end(), label


_VENUE_NAME = re.compile(r"(?:(?:St\.?|Saint) )?([A-Z][a-z]+)['’]s(?: [A-Z][a-z]+){0,2} ([A-Z][a-z]+)")


def _named_venues(mentions: list[Mention], text: str) -> dict[str, tuple[str, str]]:
    """Owner → the name and label of each venue named after its owner that the model read whole ("*Jack's Snooker
    Hall*"), whose owner the article writes nowhere but in it or in its short form ("at Jack's.")."""
    out: dict[str, tuple[str, str]] = {}
    for m in mentions:
        found = None if m.is_pronoun or m.label in CANDIDATE_LABELS else _VENUE_NAME.fullmatch(m.text)
        if found is None or found.group(2).lower() not in _VENUE_ENDS:
            continue
        owner = found.group(1)
        short = sum(1 for hit in re.finditer(rf"(?<![\w'’-]){re.escape(owner)}(?![\w-])", text)
                    if _SHORT_VENUE.match(text, hit.end()))
        if short and _count(owner, text) == _count(m.text, text) + short and not is_place(owner):
            out[owner] = (m.text, m.label)
    return out


def _short_venues(mentions: list[Mention], venues: dict[str, tuple[str, str]], text: str) -> list[Mention]:
    """The mentions of a venue's owner written as its short form ("at *Jack's*.") made the venue (``venues``: owner
    → the venue's name and label)."""
    out = []
    for m in mentions:
        venue = venues.get(m.text)
        name_end = m.start + len(m.text)
        if venue is not None and not m.is_pronoun and text[m.start:name_end] == m.text \
                and _SHORT_VENUE.match(text, name_end):
            m = replace(m, text=venue[0], label=venue[1], title=None, written=None, span_start=None, honorific=None,
                        gender=None, typed=False, the_name=None)
        out.append(m)
    return out


def join_possessive_titles(mentions: list[Mention], text: str) -> list[Mention]:
    """The article's mentions with each name cut at its possessive (:func:`possessive_title_at`) made one: a band
    or a body (ORG) where a body's noun stands right before it ("singing group Destiny's Child") or ends it ("the
    US retailer's *Sam's Club* stores", ``nametypes.ORG_WORDS``), else a work (WORK_OF_ART); and a venue named
    after its owner (:func:`possessive_venue_at`), with its short form ("at Jack's."); the mentions inside it go."""
    out: list[Mention] = []
    wholes: list[tuple[int, int]] = []
    venues: dict[str, tuple[str, str]] = {}
    for m in mentions:
        at = possessive_title_at(m, text)
        venue = possessive_venue_at(m, text) if at is None else None
        if at is None and venue is None:
            out.append(m)
            continue
        if venue is not None:
            start, end, label = venue
            at = (start, end)
            venues[m.text.split(" ")[-1]] = (text[start:end], label)
        else:
            start, end = at
            kind = text[max(0, start - 20):start].split()
            body = kind and kind[-1].lower() in BODY_NOUNS or text[start:end].rsplit(" ", 1)[-1].lower() in ORG_WORDS
            label = "ORG" if body else "WORK_OF_ART"
        wholes.append(at)
        out.append(replace(m, text=text[start:end], label=label, start=start, end=end, title=None, written=None,
                           span_start=None, honorific=None, gender=None, typed=False, the_name=None))
    venues.update(_named_venues(out, text))
    if venues:
        out = _short_venues(out, venues, text)
    if not wholes:
        return out
    return [m for m in out if m.is_pronoun or (m.start, m.end) in wholes
            or not any(s <= m.start and m.end <= e for s, e in wholes)]


__all__ = ["join_possessive_titles", "possessive_title_at", "possessive_venue_at", "whole_name_around", "widen_fragments"]
