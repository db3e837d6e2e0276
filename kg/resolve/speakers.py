"""Who a quoted "we" is: the speaker's organisation, when the speaker holds a role in exactly one.

Issue 16's rubric: "I"/"we" inside a quote are its speaker, or the speaker's organisation for
"we". "“We don't have a Titanic or a Lord of the Rings out there,” said Academy executive
director Bruce Davis": Bruce Davis holds a role of the Academy (entities.jsonl), and "we" is
the Academy. A speaker with roles in several organisations, or none, stays the referent of
"we" (kg.resolve.triples.speaker_as_first_person).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import NamedTuple

from ..lexicon import HONORIFICS
from ..records import Entity
from .roles import TITLE_HEADS

ORGANISATION_TYPES = frozenset({"ORG"})


def speakers_organisations(entities: Iterable[Entity]) -> dict[str, str]:
    """Entity name → the one organisation it holds a role of (roles naming no entity, or a place, do not count).

    >>> from kg.records import Role
    >>> davis = Entity("Bruce Davis", "PERSON", (), "", 1, (), (Role("executive director", "Academy"),))
    >>> academy = Entity("Academy", "ORG", (), "", 1, ())
    >>> speakers_organisations([davis, academy])
    {'Bruce Davis': 'Academy'}
    >>> blair = Entity("Tony Blair", "PERSON", (), "", 1, (), (Role("leader", "Labour"), Role("prime minister", "UK")))
    >>> speakers_organisations([blair, Entity("Labour", "ORG", (), "", 1, ()), Entity("Cabinet", "ORG", (), "", 1, ()),
    ...                         Entity("UK", "GPE", (), "", 1, ())])
    {'Tony Blair': 'Labour'}
    """
    entities = list(entities)
    types = {e.name: e.type for e in entities}
    out = {}
    for e in entities:
        if e.type != "PERSON":
            continue
        orgs = {r.of for r in e.roles if r.of is not None and r.of != e.name and types.get(r.of) in ORGANISATION_TYPES}
        if len(orgs) == 1:
            out[e.name] = orgs.pop()
    return out


# a speaker who speaks for a body: "a spokesman for NBC", "a Google spokesperson", "an EU official"
MOUTHPIECES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen",
                         "representative", "representatives", "official", "officials", "source", "sources",
                         "statement", "lawyer", "lawyers"})
BODY_TYPES = frozenset({"ORG", "GPE"})


def head_word(argument) -> str:
    """The head word of an :class:`~kg.records.Argument` as written ("spokesman" in "A spokesman for NBC")."""
    offset = argument.head - argument.start
    return argument.text[offset:].split(" ", 1)[0] if 0 <= offset < len(argument.text) else ""


# singular nouns of nationality that are not "-man"/"-an" words: "the Scot", "the Briton", "the Spaniard"
NATIONALITY_NOUNS = frozenset("scot briton spaniard swede dane finn pole turk greek swiss kiwi aussie".split())
COUNTRY_TYPES = frozenset({"GPE", "NORP"})


def is_person_by_nationality(speaker, entity: str, entity_type: str | None) -> bool:
    """A speaker written as a person of some nationality that resolved to the country itself.

    "“It wasn't the best display but it's all about the result,” the Irishman said": the
    Irishman is a man (Robbie Keane), not Ireland; so are "the Dutchman", "the 27-year-old
    Austrian", "the Scot". "The US has also announced …" is the country speaking.

    >>> from kg.records import Argument
    >>> is_person_by_nationality(Argument("the Irishman", 0, 12, 4), "Ireland", "GPE")
    True
    >>> is_person_by_nationality(Argument("The US", 0, 6, 4), "United States", "GPE")
    False
    """
    if entity_type not in COUNTRY_TYPES or head_word(speaker).casefold() in {w.casefold() for w in entity.split()}:
        return False
    return names_a_person_by_nation(speaker)


def names_a_person_by_nation(speaker) -> bool:
    """"the Irishman", "the Scot", "the 27-year-old Austrian": a person written as one of a nation after "the",
    whatever entity it has (a noun of one person by nation is no mention of the country: kg.resolve.commonwords).

    >>> from kg.records import Argument
    >>> names_a_person_by_nation(Argument("the Irishman", 0, 12, 4)), names_a_person_by_nation(Argument("The US", 0, 6, 4))
    (True, False)
    """
    if speaker.text.split(" ", 1)[0].casefold() != "the":
        return False
    head = head_word(speaker)
    if not head[:1].isupper() or head.isupper():
        return False
    word = head.casefold()
    return word.endswith(("man", "woman", "an")) or word in NATIONALITY_NOUNS


def is_titled_person_as_place(argument, entity_type: str | None) -> bool:
    """A person written with a courtesy title whose name resolved to a country or place: "said Mr
    Irish" is a man called Irish, not Ireland.

    >>> from kg.records import Argument
    >>> is_titled_person_as_place(Argument("Mr Irish", 0, 8, 3), "GPE"), is_titled_person_as_place(
    ...     Argument("Mr Irish", 0, 8, 3), "PERSON")
    (True, False)
    """
    first = argument.text.split(" ", 1)[0].casefold().rstrip(".")
    return entity_type in COUNTRY_TYPES | {"LOC"} and first in HONORIFICS and " " in argument.text


def body_spoken_for(speaker, entity_at, types: dict[str, str], heads: frozenset[str] = MOUTHPIECES) -> str | None:
    """The organisation an unnamed spokesperson speaks for, or ``None``: the one ORG/GPE entity
    named inside a speaker phrase headed by "spokesman", "official", "statement" …

    "A spokesman for NBC said it had no comment on the lawsuit" → NBC: the "it" is NBC, as the
    "we" of "“… we don't have more product details to share,” a Google spokesperson told …" is
    Google. ``speaker`` is the speaker :class:`~kg.records.Argument`; ``entity_at(offset)`` the
    entity of the mention at a character offset of the article.

    >>> from kg.records import Argument
    >>> names = {0: None, 2: None, 12: "NBC"}
    >>> body_spoken_for(Argument("A spokesman for NBC", 0, 19, 2), names.get, {"NBC": "ORG"})
    'NBC'
    >>> body_spoken_for(Argument("A fan of NBC", 0, 12, 2), names.get, {"NBC": "ORG"}) is None
    True

    ``heads``: the head words that speak for a body; a quoted "we" takes any office too
    (:data:`WE_HEADS`: "said Radio 1's controller", "the Chairman of the Environmental Audit Committee").
    """
    if head_word(speaker).casefold() not in heads:
        return None
    bodies, position, words = set(), speaker.start, speaker.text.split(" ")
    for k, word in enumerate(words):
        name = entity_at(position)
        if name is not None and types.get(name) in BODY_TYPES and not is_hyphened_modifier(words, k):
            bodies.add(name)
        position += len(word) + 1
    return bodies.pop() if len(bodies) == 1 else None


def is_hyphened_modifier(words: list[str], k: int) -> bool:
    """Whether the name opening at ``words[k]`` ends in a hyphened lower-case word ("North Carolina-based",
    "US-led"): it says where the body is or who runs it, it is not the body the speaker speaks for.

    "… neither we nor they would make the statement lightly …," Alexandra Tower, a spokeswoman for the North
    Carolina-based bank, told Time magazine: her "we" is the bank, never North Carolina.

    >>> is_hyphened_modifier("a spokeswoman for the North Carolina-based bank".split(), 4)
    True
    >>> is_hyphened_modifier("a spokesman for US-based Intel".split(), 3), is_hyphened_modifier("a spokesman for Coca-Cola".split(), 3)
    (True, False)
    """
    for word in words[k:]:
        if not word[:1].isupper():
            return False
        if re.search(r"[A-Za-z]-[a-z]+$", word):
            return True
    return False


# a speaker named by an office of a body speaks as its "we" ("“We want …,” said Radio 1's controller");
# not as its "it": "The Chelsea manager said it was …" is the match, not Chelsea
WE_HEADS = MOUTHPIECES | TITLE_HEADS | frozenset({"controller", "executive"})


# kinds of triple that say what their subject is ("Mike Lake, a Yukos spokesman"; "X is a spokesman for Y")
DESCRIBING = frozenset({"appos", "copula"})


def appositive_bodies(extractions, entity_at, types: dict[str, str]) -> dict[str, str]:
    """Person → the body an apposition or copula of the article says they speak for.

    "“Do we have an ability to influence what happens? We think we do,” said Mike Lake, a
    Yukos spokesman": the apposition *a Yukos spokesman* makes Mike Lake Yukos's mouthpiece,
    so his "we" is Yukos (as :func:`body_spoken_for` does for an unnamed "a Yukos spokesman").
    ``extractions`` are one article's; ``entity_at(offset)`` its entity at a character offset.
    """
    out: dict[str, str] = {}
    for ex in extractions:
        if ex.kind not in DESCRIBING or ex.object is None or ex.object.is_clause or ex.negated:
            continue
        person = entity_at(ex.subject.head)
        if person is None or types.get(person) != "PERSON":
            continue
        body = body_spoken_for(ex.object, entity_at, types)
        if body is not None and body != person:
            out.setdefault(person, body)
    return out


def is_unnamed_office(speaker, speaker_entity: str | None) -> bool:
    """A speaker named by office or function alone, with no entity: "The home secretary", "a
    Foreign Office spokesman", "the minister".

    Such a speaker is a person the article does not name here; a "he" in what they report is
    that person (see :func:`kg.resolve.triples.to_triple`), not whoever was named last.

    >>> from kg.records import Argument
    >>> is_unnamed_office(Argument("The home secretary", 0, 18, 9), None)
    True
    >>> is_unnamed_office(Argument("The home secretary", 0, 18, 9), "Charles Clarke"), is_unnamed_office(
    ...     Argument("The film", 0, 8, 4), None)
    (False, False)
    """
    if speaker_entity is not None or speaker.is_clause:
        return False
    word = head_word(speaker).casefold()
    return (word in TITLE_HEADS or word in MOUTHPIECES) and word not in ADVOCATES


_SET_OFF = re.compile(r"\s*,\s*")


def holder_named_after(speaker, text: str, mention_at: Callable[[int], tuple[int, int] | None],
                       entity_at: Callable[[int], str | None], types: dict[str, str]) -> str | None:
    """The person a speaker named by office alone (:func:`is_unnamed_office`) is, when the article names them
    right after the office's phrase, set off by commas, and the parse left the name out of the speaker: "Head of
    developmental genetics at the National Institute of Medical Research, Professor Robin Lovell-Badge, said he
    had witnessed …" (the name hung on "Institute"): the speaker is Robin Lovell-Badge, and so is "he". The name
    must fill the whole stretch between the two commas (title included) and be a person's; else None."""
    if speaker.is_clause:
        return None
    gap = _SET_OFF.match(text, speaker.end)
    if gap is None or gap.end() - speaker.end > 3:
        return None
    span = mention_at(gap.end())
    if span is None or span[0] != gap.end() or not text.startswith(",", span[1]):
        return None
    name = entity_at(gap.end())
    return name if name is not None and types.get(name) == "PERSON" else None


# who speak for someone else: "His lawyer said he would sue" is often the client
ADVOCATES = frozenset("""lawyer lawyers barrister solicitor counsel attorney representative representatives
source sources statement agent""".split())


# Words saying an office changed hands ("Blunkett resigned … and was replaced by Charles Clarke"): a
# holder titled before them may no longer hold it.
OFFICE_CHANGES = re.compile(r"\b(?:replac(?:ed|es|ing|ement)|succeed(?:ed|s|ing)?|successor|predecessor|"
                            r"resign(?:ed|s|ing|ation)?|quit|quits|step(?:ped|s)? down|sacked|ousted)\b",
                            re.IGNORECASE)


# A title the name no longer holds, in the words before it: "ex-Conservative chancellor Ken Clarke".
FORMER = re.compile(r"\b(?:former|ex-)[^.,;:\"“”]*$", re.IGNORECASE)


class Offices(NamedTuple):
    """An article's titled office holders and where it says an office changed hands (:func:`office_holders`)."""

    holders: dict[str, list[tuple[int, str]]]  # office → (offset, person) of each titled mention, in article order
    changes: list[int]  # offsets of the article's :data:`OFFICE_CHANGES` words, in order


def office_holders(mentions, entity_at: Callable[[int], str | None], types: dict[str, str],
                   text: str = "") -> Offices:
    """An article's offices as its names are written with them → the persons who hold them there, with
    where; and where the article (``text``) says an office changed hands.

    "Home Secretary *Charles Clarke*" → {"home secretary": [(0, "Charles Clarke")]}; "England coach
    *Sven-Goran Eriksson*" → "coach" and "england coach". ``mentions``: the article's mentions
    (kg.resolve.mentions); ``entity_at(offset)``: the entity at a character offset of the article.
    """
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for m in sorted((m for m in mentions if not m.is_pronoun and m.title), key=lambda m: m.start):
        name = entity_at(m.start)
        if name is None or types.get(name) != "PERSON" or FORMER.search(text[max(0, m.start - 40):m.start]):
            continue
        out[m.title.casefold()].append((m.start, name))
        if m.role_of:
            out[f"{m.role_of} {m.title}".casefold()].append((m.start, name))
    return Offices(dict(out), [hit.start() for hit in OFFICE_CHANGES.finditer(text)] if out else [])


# Offices a body has one holder of at a time (kg.resolve.roles.TITLE_HEADS less mouthpieces and trades): "the
# singer", "the striker", "the star" are whoever the article is about, not the one person it titles so
# ("The singer … said" of Ozzy Osbourne beside "singer Elton John").
OFFICE_HEADS = frozenset("""
president minister secretary leader commander chief director envoy ambassador governor mayor senator chancellor
premier king queen pope chairman chairwoman chair speaker coach manager editor boss captain emir sultan
president-elect head attorney-general archbishop commissioner
""".split())


def office_holder(speaker, offices: Offices) -> str | None:
    """The person a speaker named by office alone is: the holder of that very office the article
    titled last before it (:func:`office_holders`), when the office did not change hands since.

    "Home Secretary Charles Clarke … *The home secretary* said he would not be launching an
    investigation": Charles Clarke says it, and the "he" is him. Not a mouthpiece ("the spokesman"
    is anyone), not an office written with more or other words than the name's title ("the
    ex-home secretary", "the shadow chancellor" beside Chancellor Gordon Brown), not an office
    two persons hold with no change of hands between them ("the chancellor" beside Gordon Brown and
    German Chancellor Gerhard Schroeder), and not after the article says it changed hands ("Home
    Secretary David Blunkett resigned … and was replaced by Charles Clarke. *The home secretary*
    said": not Blunkett) unless it titles the new holder. An office the article titles only after
    the speaker is its one holder there ("The home secretary said … Home Secretary Charles Clarke
    told BBC One"); a former holder holds it no more ("ex-Conservative chancellor Ken Clarke").

    >>> from kg.records import Argument
    >>> offices = Offices({"home secretary": [(0, "Charles Clarke")],
    ...                    "chancellor": [(40, "Gordon Brown"), (70, "Gerhard Schroeder")]}, [])
    >>> office_holder(Argument("The home secretary", 90, 108, 99), offices)
    'Charles Clarke'
    >>> office_holder(Argument("the chancellor", 90, 104, 94), offices) is None
    True
    >>> office_holder(Argument("the ex-home secretary", 90, 111, 102), offices) is None
    True
    >>> office_holder(Argument("The home secretary", 90, 108, 99), offices._replace(changes=[30])) is None
    True
    """
    words = speaker.text.split()
    if speaker.is_clause or len(words) < 2 or words[0].casefold() != "the" or words[-1] != head_word(speaker):
        return None
    if words[-1].casefold() not in OFFICE_HEADS:
        return None
    every = offices.holders.get(" ".join(words[1:]).casefold(), [])
    titled = [(at, name) for at, name in every if at < speaker.start]
    if not titled:  # named later only: "The home secretary said … Home Secretary Charles Clarke told the BBC"
        later = {name for _, name in every}
        if len(later) != 1 or changed_hands(offices.changes, speaker.start, every[0][0]):
            return None
        return next(iter(later))
    at, name = titled[-1]
    if changed_hands(offices.changes, at, speaker.start):
        return None
    others = [other_at for other_at, other in titled if other != name]
    if others and not changed_hands(offices.changes, others[-1], at):
        return None  # two holders of one office and no word that it passed from one to the other
    return name


def changed_hands(changes: list[int], start: int, end: int) -> bool:
    """Whether the article says an office changed hands (:data:`OFFICE_CHANGES`) between two offsets."""
    i = bisect_left(changes, start)
    return i < len(changes) and changes[i] < end
