"""Where a thing is (kg.extract.nominal.locatives, "X in/at Place"), session 18: only a named thing's
whereabouts is a fact. Real BBC sentences (../shared/corpora/bbc-news): the exact triple kept, and the
reading about a thing only the sentence knows that must not be asserted."""
from __future__ import annotations

import pytest

from extract_helpers import resolved

PLACES = [
    # tech: a named event, a named court, a firm's plant, a show a name qualifies: kept
    ("named event", "The expert panel probed the future of P2P at the Consumer Electronics Show in Las Vegas earlier in January.",
     ("the Consumer Electronics Show", "be in", "Las Vegas")),
    ("named court", "Californian Thomas Slattery filed the suit in the US District Court in San Jose and is seeking damages.",
     ("the US District Court", "be in", "San Jose")),
    ("a firm's plant", "The Siemens plant at Boscholt makes cordless phones and employs 2,000 staff.",
     ("The Siemens plant", "be at", "Boscholt")),
]

UNNAMED = [
    # politics: the roll of voters is nowhere a reader would look up (blind audit, seed 53: trivial)
    ("the electoral roll", "The report said individual registration should be treated carefully as 12% of voters "
     "disappeared from the electoral roll in Northern Ireland when it was introduced in 2002.", "the electoral roll"),
    # entertainment: the charts a song topped
    ("the charts", "It topped the charts in the US and UK, raising millions of dollars for African famine relief.",
     "the charts"),
    # sport: a win is not a thing somewhere
    ("the win", "Man-of-the-match Stephen Jones, who kicked three penalties, a drop goal and conversion, was ecstatic "
     "following after the win at Stade de France.", "the win"),
    # business: a job title at a firm is a role (the person's), not a thing at Gerrard
    ("a job title", "Simon Rubinsohn, chief economist at Gerrard, said: \"This outturn (of 0.7%) was well ahead of the "
     "market expectations.\"", "chief economist"),
]


def places(nlp, text):
    return {(t.subject, t.relation, t.object) for t in resolved(nlp, text) if t.kind == "place"}


@pytest.mark.parametrize("name,text,made", PLACES, ids=[c[0] for c in PLACES])
def test_a_named_thing_is_somewhere(nlp, name, text, made):
    assert made in places(nlp, text)


@pytest.mark.parametrize("name,text,subject", UNNAMED, ids=[c[0] for c in UNNAMED])
def test_an_unnamed_things_whereabouts_is_no_fact(nlp, name, text, subject):
    assert not any(s == subject for s, _r, _o in places(nlp, text))
