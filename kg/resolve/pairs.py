"""Two names the model read as one, joined by "and": "… a close race between Scorsese's Howard Hughes
biopic and *Ray and Million Dollar Baby*", "*Parma and Real Madrid* are also interested".

The article names each of them alone elsewhere, so it is two names, not one name with "and" inside it
("the Department for Education and Skills", "Hide and Seek", "Marks and Spencer"). Done on an article's
mentions before its pronouns are resolved (:mod:`kg.analysis`).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..lexicon import TITLE_SMALL_WORDS
from ..records import CANDIDATE_LABELS, UNLABELLED, Mention
from .gazetteer import shipped
from .names import is_first_name, name_key
from .placenames import is_place
from .nametypes import AWARD_HEADS, EVENT_HEADS, LAW_HEADS, LEAGUE_HEADS, ORG_HEADS, ORG_WORDS

_PAIR = re.compile(r"(?:[Tt]he )?([A-Z][^&]*?) and ([A-Z][^&]*)")
_PLACES = frozenset({"GPE", "LOC"})
_BODY_GLUE = frozenset({"of", "for"})  # "Police Federation of England and Wales": one body "of X and Y"
_AND = " and "


def _stands_alone(m: Mention, text: str) -> bool:
    """A mention the model labelled, not written beside "and" (where it may be half of a name the model cut:
    "In *Hide* and Seek, De Niro plays a widower")."""
    return not m.is_pronoun and m.label not in CANDIDATE_LABELS \
        and text[m.end:m.end + len(_AND)] != _AND and text[max(0, m.start - len(_AND)):m.start] != _AND


def _alone_labels(mentions: Sequence[Mention], text: str) -> dict[str, Counter]:
    """Name key → the labels of the article's mentions of it that stand alone (:func:`_stands_alone`)."""
    out: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if _stands_alone(m, text):
            out[name_key(m.text)][m.label] += 1
    return out


def _alone_unlabelled(mentions: Sequence[Mention], text: str) -> set[str]:
    """Name keys of the article's capitalised names the model left unlabelled inside a sentence (UNLABELLED), written
    alone, not beside "and": "a former unit of Russian gas monopoly *Gazprom* which is due to merge with Rosneft"."""
    return {name_key(m.text) for m in mentions if not m.is_pronoun and m.label == UNLABELLED
            and text[m.end:m.end + len(_AND)] != _AND and text[max(0, m.start - len(_AND)):m.start] != _AND}


def _second_name_opens_with_the(first: str, second: str) -> bool:
    """"X and The Y" inside a sentence, every word of each side a capitalised name word: two names, each with its
    own "The" ("newspapers such as *The Independent and The Times*", "*Early Doors and The Alan Clark Diaries*").
    Not a title-cased title, whose small words have capitals too ("Harry Potter and The Prisoner Of Azkaban").
    """
    if not second.startswith("The "):
        return False
    words = first.split() + second.split()[1:]
    return all(w[:1].isupper() or w[:1].isdigit() for w in words) and not any(w.lower() in TITLE_SMALL_WORDS for w in words)


def _second_name_extends_the_first(first: str, second: str) -> bool:
    """"X and X Y": the second name is the first one's longer sibling, so they are two ("Microsoft's *Outlook and
    Outlook Express* e-mail programs", "*Windows and Windows Mobile*")."""
    return second.startswith(first + " ") and first[:1].isupper()


def _two_full_names(first: str, second: str) -> bool:
    """"X Y and Z W", each side a person's first name and surname: two people ("*Hayden Tanner and Willie
    Davies* both start"). Not a title naming two characters by their first names ("Harold and Kumar Get The
    Munchies")."""
    return all(len(side.split()) == 2 and all(w[:1].isupper() and w[1:].islower() for w in side.split())
               and is_first_name(side.split()[0]) for side in (first, second))


def _surnames_of_two_persons(first: str, second: str, surnames: Mapping[str, set[str]]) -> bool:
    """"X and Y", each side one word that is the surname of a person the article names in full, two different
    persons: "Little Britain stars Matt Lucas and David Walliams … *Lucas and Walliams* won numerous awards", "if
    Jamie Carragher … Wes Brown … for *Carragher and Brown*". Two people named by their surnames, not one name (a
    firm named after its founders, "Marks and Spencer", is not written beside two persons of those surnames)."""
    sides = [name_key(side) for side in (first, second)]
    if any(" " in side or side not in surnames for side in sides) or sides[0] == sides[1]:
        return False
    one, other = (surnames[side] for side in sides)
    return bool(one - other and other - one)


def _article_surnames(mentions: Sequence[Mention]) -> dict[str, set[str]]:
    """Surname key → the keys of the article's full names (two words or more) read as persons that end with it:
    "Matt Lucas" → {"lucas": {"matt lucas"}}."""
    out: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if not m.is_pronoun and m.label == "PERSON" and _AND not in m.text and len(words := m.text.split()) >= 2 \
                and all(w[:1].isupper() for w in words):
            out[name_key(words[-1])].add(name_key(m.text))
    return out


def _same_head_twice(first: str, second: str) -> bool:
    """"X Y and X Z", each side two words or more opening with the same capitalised word: two names of one kind
    ("Aides from the *Duchy of Lancaster and Duchy of Cornwall* will appear", "*BBC One and BBC Two*"), not one
    name of a body "of X and Y" ("the Department of Trade and Industry": its second side is one word)."""
    one, other = (side.split()[1:] if side.startswith("The ") else side.split() for side in (first, second))
    return len(one) >= 2 and len(other) >= 2 and one[0] == other[0] and one[0][:1].isupper() and one != other


def _both_alone(first: str, second: str, alone: dict[str, Counter], text: str, pair: str) -> bool:
    """The article writes each side alone, more often than the fused pair, and reads one of them at least as a
    name there: "the studios behind *The Aviator and Million Dollar Baby*", written twice, beside "The Aviator's
    nominated producers" and "his third personal nomination for Million Dollar Baby" (which the model left
    unread). A name with "and" inside ("Hide and Seek") has sides the article does not write alone."""
    sides = [side.rstrip(".,;:'’") for side in (first, second)]
    pairs = _written(pair, text)
    return any(alone.get(name_key(side)) for side in sides) and all(_written(side, text) > pairs for side in sides)


def _written(name: str, text: str) -> int:
    """How often ``text`` writes ``name`` as whole words."""
    return len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text))


def _known_label(side: str) -> Counter | None:
    """The shipped gazetteer's type of one side, as if the article named it alone: "the former *Arsenal and
    Real Madrid* striker" (two clubs the gazetteer knows)."""
    hit = shipped().lookup(side)
    return Counter({hit[1]: 1}) if hit and hit[1] else None


# Last words of one name with "and" inside: "the Securities and Exchange Commission", "the Scottish Exhibition
# and Conference Centre", "the Serious Organised Crime and Police Bill", "the Reliability and Service Awards".
NAME_ENDS = ORG_WORDS | ORG_HEADS | LEAGUE_HEADS | LAW_HEADS | EVENT_HEADS | AWARD_HEADS | frozenset("""
centre center administration executive office board service services organisation organisations organization
organizations tribunal court dinner awards ministries departments
""".split())


def _two_long_names(first: str, second: str) -> bool:
    """"X Y and Z W", each side two words or more, the last no word that ends a body's, a law's or an event's name:
    two names ("*Doc Martin and Life Begins*", "*Hard Candy and Urban Decay*", "*UK Sport and Sport England*").
    Not "the US Securities and Exchange Commission", "the Scottish Exhibition and Conference Centre", nor "X and The
    Y", which :func:`_second_name_opens_with_the` reads ("Harry Potter and The Prisoner Of Azkaban" stays one).
    """
    words = [side.split()[1:] if side.startswith("The ") else side.split() for side in (first, second)]
    if second.startswith("The "):
        return False
    return all(len(w) >= 2 for w in words) and words[1][-1].lower().strip(".,;:'’") not in NAME_ENDS


def _listed_after_a_name(m: Mention, name_ends: set[int], text: str) -> bool:
    """The fused "X and Y" closes a list after a name and a comma: "*Franz Ferdinand*, Travis and Snow Patrol",
    "Shadowcrew, Carderplanet and Darkprofits", "*Chelsea*, Everton and Arsenal". Not a list inside a
    body's name ("the Ministry of Economy, Trade and Industry": its first item holds "of")."""
    return text[m.start - 2:m.start] == ", " and m.start - 2 in name_ends


def _a_side_is_a_person(first: str, second: str, alone: dict[str, Counter]) -> bool:
    """One side is a person the article names alone, read as a person there: "it was only a matter of time
    before *Philly and Cheeks* hooked up again" under "After the Blazers fired *Cheeks*" — a team and its
    coach, not one body. A firm named after its founders ("Marks and Spencer") is not written beside one of
    them named alone as a person; nor is a place whose name the model misread as a person's ("he would contest
    *Bethnal Green*" … "this constituency of *Bethnal Green and Bow*")."""
    if any(is_place(side) for side in (first, second)):
        return False
    return any((labels := alone.get(name_key(side))) and labels.most_common(1)[0][0] == "PERSON"
               for side in (first, second))


_OR = re.compile(r"(?:[Tt]he )?([A-Z][^&]*?) or ([A-Z][^&]*)")
_ALTERNATIVE_TITLE = frozenset("who what how why when where which".split())


def or_sides(m: Mention, alone: dict[str, Counter], text: str) -> list[Mention] | None:
    """The two mentions a fused "X or Y" holds: "a home tie with either *Hartlepool or Boston*", "Brentford v
    *Hartlepool or Boston*" (two clubs, one of which the draw will give). "Or" between two names is a choice
    between two things, never one name, where each side is a run of capitalised words and one of them at least is a
    name the article writes alone, the gazetteer lists or a place. Not a work's alternative title ("The Goat, or
    Who is Sylvia?": a comma before "or", a question word after it), nor words that are no names ("Now or
    Never"). Each side takes the label the article reads it with alone, else the fused one's: the two sides of a
    choice are things of one kind ("Hartlepool or Boston" read ORG: two clubs, not the club and the city)."""
    if m.is_pronoun or m.text.count(" or ") != 1 or " and " in m.text or text[m.start:m.end] != m.text:
        return None
    hit = _OR.fullmatch(m.text)
    if hit is None:
        return None
    first, second = hit.group(1).rstrip(","), hit.group(2).rstrip(".,;:'’")
    words = first.split() + second.split()
    if hit.group(1).endswith(",") or second.split()[0].lower() in _ALTERNATIVE_TITLE \
            or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    labels = [alone.get(name_key(side)) for side in (first, second)]
    if not any(labels) and not any(_known_label(side) or is_place(side) for side in (first, second)):
        return None
    starts = [m.start + hit.start(1), m.start + hit.start(2)]
    return [replace(m, text=side, label=lab.most_common(1)[0][0] if lab else m.label, start=start, end=start + len(side),
                    title=None, written=None, span_start=None, honorific=None, gender=None, typed=False,
                    the_name=None if i else m.the_name)
            for i, (side, lab, start) in enumerate(zip((first, second), labels, starts))]


def pair_sides(m: Mention, alone: dict[str, Counter], written: Counter, text: str,
               name_ends: set[int] = frozenset(), unlabelled: set[str] = frozenset(),
               surnames: Mapping[str, set[str]] | None = None) -> list[Mention] | None:
    """The two mentions a fused "X and Y" mention holds, when the article names X alone and Y alone and never
    writes "X and Y" again ("Ray and Million Dollar Baby" → "Ray", "Million Dollar Baby"; each takes the label
    the article reads it with), or when the second opens with its own capital "The"
    (:func:`_second_name_opens_with_the`; a side the article does not name alone keeps the fused label). Not a body "of X and Y", nor two places ("Bethnal Green and Bow", a
    constituency), nor a name with "&" ("Ant & Dec", "Procter & Gamble"). A side the model left unlabelled where the
    article writes it alone (``unlabelled``) stands alone with the fused name's label, where the other side does
    ("Analysts said the ability of *Gazprom and Rosneft* to trade freely overseas had been stifled" beside "Russian
    gas monopoly Gazprom", read unlabelled, and "merge with Rosneft"). Two surnames of persons the article names in
    full are two persons (:func:`_surnames_of_two_persons`, ``surnames`` from :func:`_article_surnames`)."""
    if m.is_pronoun or m.text.count(_AND) != 1 or text[m.start:m.end] != m.text:
        return None
    hit = _PAIR.fullmatch(m.text)
    if hit is None:
        return None
    first, second = hit.group(1), hit.group(2)
    same_head = _same_head_twice(first, second)
    if _BODY_GLUE & set(first.lower().split()) and not same_head:
        return None
    # not inside a quotation, where the two persons become candidates for the quote's he/she and take it from the
    # player the speaker means (pool: "good for Carragher and Brown … He deserves his chance" went to Wes Brown)
    surnamed = not m.quoted and _surnames_of_two_persons(first, second.rstrip(".,;:'’"), surnames or {})
    both_alone = _both_alone(first, second, alone, text, m.text)
    if written[name_key(m.text)] > 1 and not (surnamed or both_alone):
        return None  # written again as it is: one name ("Hide and Seek"), unless each side stands alone too
    persons = surnamed or _two_full_names(first, second)
    two_names = persons or same_head or both_alone or _second_name_opens_with_the(first, second) \
        or _second_name_extends_the_first(first, second) \
        or _two_long_names(first, second) or _listed_after_a_name(m, name_ends, text) \
        or _a_side_is_a_person(first, second, alone)
    sides = []
    labelled = [alone.get(name_key(hit.group(g))) or _known_label(hit.group(g)) for g in (1, 2)]
    for g in (1, 2):
        labels = labelled[g - 1]
        if not labels and any(labelled) and name_key(hit.group(g)) in unlabelled and m.label != "PERSON":
            labels = Counter({m.label: 1})  # "the ability of Gazprom and Rosneft", "Gazprom" written alone unlabelled
        if not labels and not two_names:
            return None
        side = hit.group(g).rstrip(".,;:'’")
        sides.append((m.start + hit.start(g), side,
                      "PERSON" if surnamed else labels.most_common(1)[0][0] if labels else "PERSON" if persons else m.label))
    if all(label in _PLACES for _, _, label in sides):
        return None
    return [replace(m, text=side, label=label, start=start, end=start + len(side), title=None, written=None,
                    span_start=None, honorific=None, gender=None, typed=False, the_name=None if i else m.the_name)
            for i, (start, side, label) in enumerate(sides)]


def split_fused_pairs(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """The article's mentions with each fused "X and Y" (:func:`pair_sides`) made two."""
    alone = _alone_labels(mentions, text)
    written = Counter(name_key(m.text) for m in mentions if not m.is_pronoun)
    name_ends = {m.end for m in mentions if not m.is_pronoun and m.label not in CANDIDATE_LABELS and " of " not in m.text}
    unlabelled = _alone_unlabelled(mentions, text)
    surnames = _article_surnames(mentions)
    out: list[Mention] = []
    for m in mentions:
        out.extend(pair_sides(m, alone, written, text, name_ends, unlabelled, surnames) or or_sides(m, alone, text) or [m])
    return out


__all__ = ["or_sides", "pair_sides", "split_fused_pairs"]
