"""Pronouns a speaker's words and reports settle once the speaker is known (issue 16, pronouns).

Two constructions that :mod:`kg.resolve.coref` cannot settle alone, since the speaker of a
quotation or a report is often no named mention there ("The Tory leader went on: …", "The bank
said …") and only the triple's speaker resolution (kg.resolve.triples) knows who it is:

- a "he"/"she"/"him"/"her" inside the quotation of a speaker named outside it is not that
  speaker, who calls himself "I" (:func:`is_speaker_in_his_own_words`);
- "the company", "the firm", "the bank" … that reports ("The bank said it was on course …") is the
  one organisation the article names just before (:func:`body_named_before`), so its "it" and
  its "we" are that organisation.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import NamedTuple

from ..extract.quotes import inside_any
from ..records import Argument
from .kindcues import BODY_NOUNS
from .names import gender_of_first_name
from .rolenouns import FEMALE_NOUNS, MALE_NOUNS
from .roles import FEMALE_MARKS, MALE_MARKS, PERSON_NOUNS
from .speakers import head_word

THIRD_PERSON_SINGULAR = frozenset({"he", "she", "him", "her"})


def is_speaker_in_his_own_words(argument: Argument | None, entity: str | None, speaker: Argument | None,
                                speaker_entity: str | None, quotes: list[tuple[int, int]]) -> bool:
    """A "he"/"she"/"him"/"her" inside a quotation resolved to the quotation's own speaker, named
    outside it: a speaker calls himself "I", so the pronoun is someone else.

    'The Tory leader went on: "*He* doesn't stop there: he thinks the culture secretary's weak"'
    (Michael Howard on David Blunkett); '"I've spoken to him since he has been at Liverpool and never
    criticised *him*"' (Houllier on Benitez). Not a speaker inside the quotation, whose own report
    it is ('"The referee has confirmed that *he* is satisfied," said an FA statement'), nor a
    pronoun outside quotation marks ("Mr Blair said *he* would …").
    """
    if argument is None or argument.is_clause or entity is None or speaker is None or speaker.is_clause:
        return False
    if argument.text.strip().casefold() not in THIRD_PERSON_SINGULAR or entity != speaker_entity:
        return False
    return inside_any(argument.start, quotes) and not inside_any(speaker.start, quotes)


# Kinds of firm that report in the news as "the <noun> said it …" (kg.resolve.kindcues.BODY_NOUNS less
# bodies of which an article names several or whose "it" is a country: party, team, side, club, council,
# government, union, newspaper …).
FIRM_NOUNS = frozenset("""
company firm bank group airline carrier retailer operator broadcaster network publisher developer maker
carmaker manufacturer supermarket insurer lender brewer chain giant conglomerate
""".split())
BODY_WINDOW = 3  # sentences before the speaker's own
MIN_NAMED = 2  # times the article names the organisation before: what it is about, not a passing name


class Organisations(NamedTuple):
    """An article's named organisations, in text order: where each is named."""

    starts: list[int]  # offsets of the mentions
    names: list[str]  # their entities
    sentence_starts: list[int]  # the article's sentences, as its mentions and extractions give them


def organisations_named(mentions, extractions, entity_at, types: dict[str, str]) -> Organisations:
    """The article's named mentions whose entity is an organisation (type ORG), in text order
    (``entity_at(offset)``: the entity at a character offset of the article)."""
    found = sorted((m.start, name) for m in mentions if not m.is_pronoun and not m.headline
                   and (name := entity_at(m.start)) is not None and types.get(name) == "ORG")
    sentences = sorted({m.sent_start for m in mentions} | {ex.sent_start for ex in extractions})
    return Organisations([f[0] for f in found], [f[1] for f in found], sentences)


def is_definite_firm(speaker: Argument) -> bool:
    """A speaker named only as "the <kind of firm>": "The bank", "the Australian firm", "The company".

    >>> is_definite_firm(Argument("The bank", 0, 8, 4)), is_definite_firm(Argument("the Australian firm", 0, 19, 15))
    (True, True)
    >>> is_definite_firm(Argument("a bank", 0, 6, 2)), is_definite_firm(Argument("The party", 0, 9, 4))
    (False, False)
    >>> is_definite_firm(Argument("the bank's chief executive", 0, 26, 19))
    False
    """
    words = speaker.text.split()
    return (not speaker.is_clause and len(words) <= 4 and words[0].casefold() == "the"
            and words[-1].casefold() in FIRM_NOUNS and head_word(speaker).casefold() == words[-1].casefold())


def body_named_before(speaker: Argument, organisations: Organisations) -> str | None:
    """The organisation "the company" (:func:`is_definite_firm`) speaking at ``speaker`` is: the only
    one the article names in the speaker's sentence before it and the :data:`BODY_WINDOW` sentences
    before, if the article named it at least :data:`MIN_NAMED` times; none when two are named there, or
    none ("Its latest releases came the week that *the company* announced it was to buy …" after one
    passing "Windows Media Player").

    "ABN Amro's operations in the Netherlands … will be hardest hit. Jobs will also be lost … The
    restructuring is designed to improve efficiency … *The bank* said it was on course for a 10% rise"
    → ABN Amro, so "it" is ABN Amro. Not when "Lloyds" and "Barclays" are both named in reach: which
    one is "the bank" the text does not say.
    """
    if not is_definite_firm(speaker):
        return None
    starts = organisations.sentence_starts
    own = bisect_right(starts, speaker.start) - 1
    reach = starts[max(0, own - BODY_WINDOW)] if own >= 0 else 0
    lo, hi = bisect_left(organisations.starts, reach), bisect_left(organisations.starts, speaker.start)
    found = set(organisations.names[lo:hi])
    if len(found) != 1:
        return None
    body = found.pop()
    return body if organisations.names[:hi].count(body) >= MIN_NAMED else None


# A pronoun that speaks ("…, it said", "She added that …", "They also allege …") and that coreference
# left without an entity is, in news, the speaker the article gave just before: the same voice goes on
# ("A spokeswoman for Oxford University said … “…,” *she* said"; "Analysts said … *They* also pointed
# out …"). Reach: that speaker's sentence and the two before the pronoun's.
SPEAKER_WINDOW = 2
IT_SPEAKERS = frozenset({"ORG", "GPE", "NORP", "FAC", "PRODUCT"})  # entity types an "it" speaker can be


class Speaker(NamedTuple):
    """A speaker of the article that is no bare pronoun, as the triples attribute it."""

    at: int  # offset of the speaker's head word
    name: str  # what triples give as ``attributed_to``: its entity, else its words
    entity_type: str | None  # the entity's type, None when the speaker is only words ("the report")
    argument: Argument  # the speaker as written


MALE_WORDS = MALE_MARKS | MALE_NOUNS  # "Mr", "spokesman", "father"
FEMALE_WORDS = FEMALE_MARKS | FEMALE_NOUNS  # "Mrs", "spokeswoman", "mother"


def speaker_gender(speaker: Speaker) -> str | None:
    """"m", "f" or None: what the speaker's words ("spokeswoman", "Mr", "actress") or, for a
    person, the first name of its entity say.

    >>> speaker_gender(Speaker(0, "A spokeswoman for Oxford University", None, Argument("A spokeswoman for Oxford University", 0, 35, 2)))
    'f'
    >>> speaker_gender(Speaker(0, "Tony Blair", "PERSON", Argument("Mr Blair", 0, 8, 3)))
    'm'
    >>> speaker_gender(Speaker(0, "analysts", None, Argument("analysts", 0, 8, 0))) is None
    True
    """
    words = {w.casefold().strip(".,'’") for w in speaker.argument.text.split()}
    if words & MALE_WORDS:
        return "m"
    if words & FEMALE_WORDS:
        return "f"
    if speaker.entity_type == "PERSON":
        return gender_of_first_name(speaker.name.split()[0])
    return None


def is_plural_noun(word: str) -> bool:
    """A plural common noun as written: "analysts", "officials", "observers", "police", "people".

    >>> is_plural_noun("analysts"), is_plural_noun("police"), is_plural_noun("boss"), is_plural_noun("Analysts")
    (True, True, False, True)
    >>> is_plural_noun("report"), is_plural_noun("Reuters"), is_plural_noun("news")
    (False, False, False)
    """
    return (word[:1].islower() or word.istitle()) and word.casefold() in PLURAL_NOUNS or (
        word.islower() and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "news")))


PLURAL_NOUNS = frozenset({"police", "people", "staff", "men", "women", "children", "spokesmen", "spokeswomen",
                          "spokespeople", "analysts", "officials", "observers", "experts", "critics", "sources",
                          "researchers", "economists", "lawyers", "campaigners", "ministers", "organisers"})


def speaker_can_be(pronoun: str, speaker: Speaker) -> bool:
    """Whether a speaker can be what a pronoun that speaks names: "it" a body, a document or a
    mouthpiece ("the report", "The firm", Swiss Re); "he"/"she" a person of no other gender ("A
    spokeswoman for Oxford University", "the Bishop"); "they" a plural noun ("analysts", "officials").

    >>> report = Speaker(0, "the report", None, Argument("the report", 0, 10, 4))
    >>> speaker_can_be("it", report), speaker_can_be("she", report), speaker_can_be("they", report)
    (True, False, False)
    >>> woman = Speaker(0, "A spokeswoman", None, Argument("A spokeswoman", 0, 13, 2))
    >>> speaker_can_be("she", woman), speaker_can_be("he", woman), speaker_can_be("it", woman)
    (True, False, False)
    """
    word = pronoun.casefold()
    head = head_word(speaker.argument)
    if word == "they":
        return speaker.entity_type is None and is_plural_noun(head)
    if word == "it":
        if speaker.entity_type is not None:
            return speaker.entity_type in IT_SPEAKERS
        return head.casefold() in SPEAKING_THINGS
    if word in {"he", "she"}:
        person = (speaker.entity_type == "PERSON" if speaker.entity_type is not None
                  else head.casefold() in PERSON_NOUNS or head[:1].isupper())
        return person and speaker_gender(speaker) in {None, "m" if word == "he" else "f"}
    return False


# Singular nouns of something that speaks and is an "it": a body, a document, a mouthpiece ("The firm
# insisted that it had complied", "the report said it …", "a spokesman said it had no comment": his body).
SPEAKING_BODIES = BODY_NOUNS | frozenset("""
government administration executive committee commission court parliament assembly panel board inquiry
report statement study survey review document paper spokesman spokeswoman spokesperson
""".split())
# ... and of those the ones that are an "it" themselves, not a person speaking for one
SPEAKING_THINGS = (SPEAKING_BODIES | FIRM_NOUNS | {"office"}) - PERSON_NOUNS  # "The prime minister's office said"


def speaker_before(pronoun: Argument, speakers: list[Speaker], sentence_starts: list[int]) -> Speaker | None:
    """The speaker a he/she/it/they speaker left unresolved stands for: the nearest speaker before
    it (``speakers``, in text order) when that one is in the pronoun's sentence or the
    :data:`SPEAKER_WINDOW` sentences before and can be what the pronoun names
    (:func:`speaker_can_be`), and no other speaker of that sentence before the pronoun can be it
    too; else None — never an earlier one past it.

    "This has amplified reactions to news, *analysts* said, adding that *they* expect markets to become
    less jumpy" → analysts; "Although the company's statement said it would …, *observers* said *they*
    thought …" → observers (no statement is a "they"). Not "Mr Smith said … It added" (no person is an
    "it"), nor "… in particular the UK, France and Spain, said the report. It said …" misread as three
    speakers: which one the text does not say.
    """
    i = bisect_left(speakers, pronoun.head, key=lambda s: s.at) - 1
    if i < 0:
        return None
    speaker = speakers[i]
    own = bisect_right(sentence_starts, pronoun.start) - 1
    theirs = bisect_right(sentence_starts, speaker.at) - 1
    if own - theirs > SPEAKER_WINDOW or not speaker_can_be(pronoun.text, speaker):
        return None
    sentence = sentence_starts[theirs] if theirs >= 0 else 0
    for other in reversed(speakers[bisect_left(speakers, sentence, key=lambda s: s.at):i]):
        if other.name != speaker.name and speaker_can_be(pronoun.text, other):
            return None  # two speakers of that sentence it could be
    return speaker


def pronoun_speakers(spoken: list[tuple[Argument, str]], types: dict[str, str], sentence_starts: list[int],
                     is_bare: Callable[[str], bool]) -> dict[int, str]:
    """Who each speaker left a bare pronoun stands for (:func:`speaker_before`), by the offset of its
    head: ``spoken`` holds every speaker of the article as written with what the triples attribute
    to it; a pronoun so found speaks again in its turn ("The minister told delegates … “…,” *she*
    said. Earlier, *she* told BBC Radio 4 …": both the minister)."""
    speakers: list[Speaker] = []
    found: dict[int, str] = {}
    for argument, name in sorted({a.head: (a, n) for a, n in spoken if not a.is_clause}.values(),
                                 key=lambda pair: pair[0].head):
        if not is_bare(name):
            speakers.append(Speaker(argument.head, name, types.get(name), argument))
            continue
        before = speaker_before(argument, speakers, sentence_starts)
        if before is not None:
            found[argument.head] = before.name
            speakers.append(before._replace(at=argument.head))
    return found
