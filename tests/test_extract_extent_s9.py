"""Arguments of the right extent (issue 16, session 9): conjuncts that make one argument and amounts
the parser split, counted in the BBC corpus before the rule was written (bench/README.md, "Session 9
(facts)"). Real BBC sentences: the exact triple read, and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import triples

ONE_ARGUMENT = [
    # "between" takes a pair or a range: each side alone is not where they rotated
    ("between-places", "For years the main political parties have rotated between Blackpool, Bournemouth and Brighton.",
     ("the main political parties", "rotate between", "Blackpool, Bournemouth and Brighton"),
     ("the main political parties", "rotate between", "Blackpool")),
    ("between-amounts", "Previously, passengers could claim between 150 euros and 300 euros if they had been stopped "
                        "from boarding.",
     ("passengers", "claim between", "150 euros and 300 euros"),
     ("passengers", "claim between", "300 euros")),
    ("between-range", "More than 180,000 women in England and Wales had terminations last year, of which fewer than 1% "
                      "were carried out between 22 and 24 weeks.",
     ("of which fewer than 1%", "be carried out between", "22 and 24 weeks"),
     ("of which fewer than 1%", "be carried out between", "22")),
    # a verb of joining acts on its objects together
    ("merged", "He also merged the New University of Ulster and the Ulster Polytechnic to create the University of "
               "Ulster.",
     ("He", "merge", "the New University of Ulster and the Ulster Polytechnic"),
     ("He", "merge", "the Ulster Polytechnic")),
    ("divided-into", "\"The content is divided into visual information, textual information and questions.",
     ("The content", "be divided into", "visual information, textual information and questions"),
     ("The content", "be divided into", "questions")),
    # the first conjunct's modifier reads over the bare ones after it
    ("shared-modifier", "\"Tony Blair seems to have disappeared from Labour leaflets and broadcasts,\" he said.",
     ("Tony Blair", "seem to disappear from", "Labour leaflets and broadcasts"),
     ("Tony Blair", "seem to disappear from", "broadcasts")),
    ("shared-possessive", "He used his wealth and influence to bring the Winter Olympic Games to Nagano in 1998.",
     ("He", "use", "his wealth and influence"),
     ("He", "use", "influence")),
    ("shared-award", "Franz Ferdinand picked up best international band and album while Paddy Casey collected best "
                     "Irish male.",
     ("Franz Ferdinand", "pick up", "best international band and album"),
     ("Franz Ferdinand", "pick up", "album")),
    # an amount the parser split at its "and" is taken whole
    ("amount-range", "And former Foreign Secretary Robin Cook was paid between £45,001 and £50,000 for the paperback "
                     "edition of his book about his resignation from government.",
     ("former Foreign Secretary Robin Cook", "be paid", "between £45,001 and £50,000"),
     ("former Foreign Secretary Robin Cook", "be paid", "between £45,001")),
    ("unit-range", "The company said it was speeding up its restructuring programme, which aims to save between £190m "
                   "and £265m annually from 2009.",
     ("its restructuring programme", "aim to save", "between £190m and £265m"),
     ("its restructuring programme", "aim to save", "between £190m")),
]

STILL_SPLIT = [
    # negative: each conjunct has its own modifier, so each is read on its own
    ("own-modifiers", "In an effort to reform its business practises, Marsh said it has already introduced new "
                      "leadership, new compliance procedures and new ways of dealing with clients.",
     ("it", "introduce", "new compliance procedures"),
     ("it", "introduce", "new leadership, new compliance procedures and new ways of dealing with clients")),
    # negative: a later conjunct of a split list keeps no run of its own
    ("later-conjunct", "Next Friday's strike action by the PCS is the biggest in the civil service since 1993, hitting "
                       "Jobcentres, benefit agencies, pensions offices, customs and driving tests.",
     ("Next Friday's strike action by the PCS", "hit", "benefit agencies"),
     ("Next Friday's strike action by the PCS", "hit", "benefit agencies, pensions offices, customs and driving tests")),
    # negative: after "between", a conjunct that opens the next clause is its subject, not part of the pair
    ("between-next-clause", "On average, said Mr Macklin, users conduct between five and 10 searches per day and the "
                            "tools in My Ask Jeeves should stop them having to do searches twice and get to what they "
                            "want much more easily.",
     ("users", "conduct between", "five and 10 searches per day"),
     ("users", "conduct between", "five and 10 searches per day and the tools in My Ask Jeeves")),
]


@pytest.mark.parametrize("text, expected, wrong", [row[1:] for row in ONE_ARGUMENT + STILL_SPLIT],
                         ids=[row[0] for row in ONE_ARGUMENT + STILL_SPLIT])
def test_conjuncts_and_amounts_are_read_as_written(nlp, text, expected, wrong):
    got = triples(nlp, text)
    assert expected in got
    assert wrong not in got
