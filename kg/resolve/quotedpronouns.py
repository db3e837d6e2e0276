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
from typing import NamedTuple

from ..extract.quotes import inside_any
from ..records import Argument
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
