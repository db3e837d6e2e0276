"""Relative and participial clauses: the noun they modify fills a missing argument.

* "officials who confirmed the reports" → officials — confirm — reports
  (the relative pronoun stands for the noun it modifies);
* "a match which Keibler lost" → Keibler — lose — a match (the noun is the object);
* "people living in Tehran", "the attack launched by Israel" (``acl``
  participles) → the noun is the subject (a passive one for "launched").
"""
from __future__ import annotations

from ..lexicon import DATED_NOUNS

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def is_relative_pronoun(token) -> bool:
    """"who", "which", "that" standing for the noun a relative clause modifies."""
    return token.tag_ in {"WDT", "WP"} or (token.lower_ == "that" and token.head.dep_ == "relcl")


def antecedent(verb):
    """The noun a relative/participial clause headed by ``verb`` modifies, or ``None``; after a
    quantity, the noun counted (:func:`counted_noun`)."""
    if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in NOMINAL:
        return counted_noun(verb.head, verb) or verb.head
    return None


# Nouns that count or portion out the noun of their "of" phrase.
PARTITIVES = frozenset("""number numbers lot lots majority minority proportion share percentage half third quarter
rest bulk part dozens hundreds thousands millions""".split())


def counted_noun(noun, verb):
    """"The number of holes considered "critical" is more than usual": a clause written after
    "number of holes" modifies the holes, not the number (the holes are considered critical)."""
    if noun.lemma_.lower() not in PARTITIVES:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"} and pobj.i < verb.i else None


def relative_object(verb, objects) -> object | None:
    """The antecedent as the object of a relative clause with its own subject and no object
    ("the reports [which] Trump confirmed" → reports), else ``None``."""
    if verb.dep_ != "relcl" or objects:
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or is_relative_pronoun(subj):
        return None
    if any(c.dep_ in {"dobj", "attr", "ccomp", "xcomp"} and not is_relative_pronoun(c) for c in verb.children):
        return None
    if verb.pos_ == "AUX" or any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in verb.children):
        return None  # "the city where he lived", "the man he is"
    noun = antecedent(verb)
    if noun is not None and is_when_relative(noun, verb):
        return None  # the time of the clause, not its object: "by the time we open in London" (not "we — open — the time")
    return noun


def is_when_relative(noun, verb) -> bool:
    """A time noun right before a relative clause that has its object, or whose verb takes no time
    as one, is the time of the clause, not its object: "by the time we open in London", "the day he
    left", "a time beyond which you can't have an abortion". A verb that spends or lives through a
    time has its gap there: "the worst season the club had endured in 20 years" (the club endured
    the season), "the time I spent with the players"."""
    return is_dated_by(noun, verb) and (verb.lemma_.lower() not in TIME_TAKING_VERBS
                                        or any(c.dep_ == "dobj" and not is_relative_pronoun(c) for c in verb.children))


def is_dated_by(noun, clause) -> bool:
    """A noun of a time right before a clause, which may date it: "the time we open", "at the point where
    they can compete", "the time I spent with the players" (a time noun also where the clause has its gap)."""
    return noun.lemma_.lower() in DATED_NOUNS and noun.i + 1 == clause.left_edge.i


# verbs whose object is a span of time: "the season the club had endured", "the time I spent", "the year we have had"
TIME_TAKING_VERBS = frozenset("spend endure enjoy have waste need suffer experience survive relish savour".split())


def is_infinitival(verb) -> bool:
    """"a plan to attack Iran": an infinitival modifier, read as intent, not as a fact."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


RANKS = frozenset({"first", "second", "third", "last", "next", "only"})


def is_unasserted_infinitival(verb) -> bool:
    """An infinitival relative or modifier says what a thing is for or could do, not what it did:
    "enough students to take the Lib Dems from second place", "hard matches to come", "no case to answer",
    "Compelling rogue states … to destroy their nuclear bombs". After a rank it is a fact ("the
    first woman to win the prize": she won it)."""
    if verb.dep_ not in {"acl", "relcl"} or not is_infinitival(verb):
        return False
    noun = verb.head
    return not any(c.lower_ in RANKS or c.tag_ in {"JJS", "RBS"} for c in noun.children if c.i < noun.i)
