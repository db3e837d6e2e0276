"""Whose object it is (issue 16, session 26, `objects`): real BBC sentences (the engineers' pool), the exact reading
made and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import extractions


def spo(nlp, text):
    """(subject, relation, object) of each extraction of ``text``."""
    return [(e.subject.text, e.relation, e.object.text if e.object else None) for e in extractions(nlp, text)]


CLOSED_BRACKET = [
    # a phrase that stops right before the closing bracket of a bracket it opened ends after it
    ("acronym", "Lockheed said it had signed an agreement with state-owned Hindustan Aeronautics (HAL) to share "
                "information on the P-3 Orion maritime surveillance aircraft.",
     ("it", "had signed an agreement with", "state-owned Hindustan Aeronautics (HAL)"),
     ("it", "had signed an agreement with", "state-owned Hindustan Aeronautics (HAL")),
    ("rank", "Gadgets which could be said to feature surprisngly low down in the list include the original telephone "
             "(23rd), the Nintendo GameBoy (25th), and the Pulsar quartz digital watch (36th).",
     ("Gadgets which could be said to feature surprisngly low down in the list", "include",
      "the original telephone (23rd)"),
     ("Gadgets which could be said to feature surprisngly low down in the list", "include",
      "the original telephone (23rd")),
    ("subject", "The real world benefits (of HD-DVD) are apparent and obvious, said Jim Cardwell, president of Warner "
                "Home Video.",
     ("The real world benefits (of HD-DVD)", "are", "apparent"),
     ("The real world benefits (of HD-DVD", "are", "apparent")),
]


@pytest.mark.parametrize("name,text,made,wrong", CLOSED_BRACKET, ids=[c[0] for c in CLOSED_BRACKET])
def test_a_bracket_the_phrase_opened_is_closed(nlp, name, text, made, wrong):
    got = spo(nlp, text)
    assert made in got
    assert wrong not in got


def test_a_closed_bracket_after_the_phrase_is_not_taken(nlp):
    """The phrase's own brackets are closed: nothing after it is added."""
    got = spo(nlp, "The Jacksonville, Florida-based firm has total debts of $1.87bn (£980m).")
    assert any(o == "total debts of $1.87bn (£980m)" for _s, _r, o in got)
    assert not any(o and o.endswith(").") for _s, _r, o in got)


RANKING_CLAUSE = [
    # a noun ranked by an ordinal, "only" or a superlative keeps the clause right after it that says in what
    ("first-year", "International film-makers have always been celebrated here, but 2005 is the first year a "
                   "dedicated World Dramatic and Documentary competition is being held.",
     ("2005", "is", "the first year a dedicated World Dramatic and Documentary competition is being held"),
     ("2005", "is", "the first year")),
    ("only-sides", "Brentford are the only sides left from outside the top two divisions.",
     ("Brentford", "are", "the only sides left from outside the top two divisions"),
     ("Brentford", "are", "the only sides")),
    # negative: a clause the parse cut inside a title is no end for the object
    ("cut-in-title", "Comeback is the first 30-minute comedy series that the channel has picked up since the Sex "
                     "And The City drew to the end of its six-year-run.",
     ("Comeback", "is", "the first 30-minute comedy series"),
     ("Comeback", "is", "the first 30-minute comedy series that the channel has picked up since the Sex")),
    # negative: no clause after the ranked noun, nothing added
    ("no-clause", "She quickly dropped the first set but from 3-3 in the second found another gear.",
     ("She", "quickly dropped", "the first set"),
     ("She", "quickly dropped", "the first set but from 3-3 in the second found another gear")),
]


@pytest.mark.parametrize("name,text,made,wrong", RANKING_CLAUSE, ids=[c[0] for c in RANKING_CLAUSE])
def test_a_ranked_noun_keeps_its_clause(nlp, name, text, made, wrong):
    got = spo(nlp, text)
    assert made in got
    assert wrong not in got


CUT_TITLE = [
    # the parser closed the sentence before a title, with no mark: the phrase it cut takes the title back
    ("song", "Ms Stone also performed her song Right To Be Wrong, backed by a gospel choir, at the 25th award ceremony "
             "at London's Earls Court.",
     ("Ms Stone", "also performed", "her song Right To Be Wrong"),
     ("Ms Stone", "also performed", "her song")),
    ("question-title", "Big festive hits over the years include Band Aid's Do They Know It's Christmas?, Slade's Merry "
                       "Christmas Everybody, Wham's Last Christmas and Sir Cliff Richards' Mistletoe and Wine.",
     ("Big festive hits over the years", "include", "Band Aid's Do They Know It's Christmas?"),
     ("Big festive hits over the years", "include", "Band Aid's")),
    # negative: the next words run into a clause, no title
    ("clause", "On Thursday, Mr Howard told BBC Radio 4's Today programme Mr Blair had initially refused the law change, "
               "then had come round to the idea and was now backtracking again.",
     ("Mr Blair", "had initially refused", "the law change"),
     ("Mr Howard", "told", "BBC Radio 4's Today programme Mr Blair")),
]


@pytest.mark.parametrize("name,text,made,wrong", CUT_TITLE, ids=[c[0] for c in CUT_TITLE])
def test_a_title_cut_off_as_a_sentence_goes_back_to_its_phrase(nlp, name, text, made, wrong):
    got = spo(nlp, text)
    assert made in got
    assert wrong not in got


def test_a_cut_title_is_no_subject(nlp):
    """The words of the cut title are no clause of their own: no "They — Do Know — It's Christmas" fact."""
    got = [(e.subject.text, e.relation) for e in extractions(
        nlp, "Big festive hits over the years include Band Aid's Do They Know It's Christmas?, Slade's Merry Christmas "
             "Everybody, Wham's Last Christmas and Sir Cliff Richards' Mistletoe and Wine.") if e.uninformative is None]
    assert ("They", "Do Know") not in got
    assert ("Big festive hits over the years", "include") in got
