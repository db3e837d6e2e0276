"""Entity types from evidence, session 11 (issue 17, wrong-type class), on real BBC sentences from ../shared/corpora/bbc-news.

Each row gives one or more articles (texts resolved together) and the type of every name it settles, with the
negative cases a rule must not touch (the model's or another rule's type asserted as it stands).
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts


def typed(ents, name: str) -> str | None:
    return ents[name].type if name in ents else None


TYPES = [
    # -- a full name the model read as a work, whose "Mr X" the same article writes: the person
    pytest.param(  # tech/online-commons-to-spark-debate.txt (the model reads "Will Davies" WORK_OF_ART)
        ["\"What we are proposing is a civic commons,\" Will Davies, senior research fellow at the IPPR told the BBC "
         "News website. \"At the moment they have been presented as a way for government to keep tabs on people and "
         "ensuring access to public services,\" said Mr Davies."],
        {"Will Davies": "PERSON"}, {"Will Davies": {"Mr Davies", "Davies"}}, id="an honoured surname makes its full name a person"),
    pytest.param(  # negative: a film named like a person, with another surname honoured in its article, stays a film
        ["She played Nellie in Mike Leigh's latest film Vera Drake, which won the Golden Lion prize for best film at "
         "this year's Venice Film Festival. Vera Drake, Mike Leigh's tale about a 1950s backstreet abortionist, is "
         "nominated in 11 categories. Mr Leigh said he was delighted."],
        {"Vera Drake": "WORK_OF_ART"}, {}, id="a film named like a person stays a film"),
    # -- a country's own name read as a body is the country (a nation's team keeps the nation's type)
    pytest.param(  # sport/woodward-eyes-brennan-for-lions.txt, sport/hearts-of-oak-3-2-cotonsport.txt (read ORG)
        ["Brennan, who last played for Ireland against Samoa in 2001, is held in high esteem by the former England coach.",
         "Hearts of Oak set up an all Ghanaian Confederation Cup final with a 3-2 win over Cameroon's Cotonsport Garoua "
         "in Accra on Sunday."],
        {"Samoa": "GPE", "Cameroon": "GPE", "Cotonsport Garoua": "ORG"}, {}, id="a country read as a body is the country"),
    pytest.param(  # negative: sport/newcastle-to-join-morientes-race.txt: a club named as its country stays the club
        ["Newcastle have joined the race to sign Real Madrid striker Fernando Morientes. Monaco are also in the race "
         "for the player they had on loan last season."],
        {"Monaco": "ORG", "Newcastle": "ORG"}, {}, id="a club named as its country stays a club"),
    # -- a match report's line-up and its substitutes' and scorers' minutes
    pytest.param(  # sport/man-city-0-2-man-utd.txt: a line-up with full names among its surnames (read ORG)
        ["Man City: James, Mills (Bradley Wright-Phillips 83), Dunne, Distin, Thatcher, Shaun Wright-Phillips, Barton "
         "(Macken 68), Sibierski, McManaman, Musampa, Fowler."],
        {"McManaman": "PERSON", "Musampa": "PERSON", "Barton": "PERSON", "Shaun Wright-Phillips": "PERSON"}, {},
        id="a line-up with full names among its surnames"),
    pytest.param(  # sport/man-city-0-2-man-utd.txt: a substitute's and a scorer's minute is no word of his name
        ["Man Utd: Carroll, Gary Neville, Ferdinand, Brown, Heinze, O'Shea (Ronaldo 33), Keane, Fortune, Fletcher "
         "(Giggs 64), Rooney, Scholes (Phil Neville 84). Subs Not Used: Howard, Bellion. Booked: Rooney, Scholes, "
         "Keane. Goals: Rooney 68, Dunne 75 og."],
        {"Giggs": "PERSON", "Rooney": "PERSON", "Giggs 64": None, "Rooney 68": None}, {},
        id="a minute after a player is cut off"),
    pytest.param(  # negative: business/…: a product's number stays a word of its name
        ["In 1999, when BMW still owned Rover, the Oxford factory was producing the award-winning Rover 75."],
        {"Rover 75": "PRODUCT"}, {}, id="a product's number stays"),
    # -- the sides of a fixture's "v" are teams; a nation keeps its type
    pytest.param(  # sport/yeading-face-newcastle-in-fa-cup.txt: the draw's lines (the model reads the towns GPE)
        ["Southampton visit Northampton, having already beaten the League Two side in the Carling Cup earlier this "
         "season.\n\nArsenal v Stoke\n\nOldham v Man City\n\nNorthampton v Southampton\n\nMatches to be played on "
         "weekend of 8/9 January."],
        {"Oldham": "ORG", "Northampton": "ORG", "Southampton": "ORG", "Arsenal": "ORG"}, {},
        id="the sides of a fixture are teams"),
    pytest.param(  # negative: sport/scotland-v-italy-sat.txt: nations on a fixture line stay places
        ["Scotland v Italy (Sat)\n\nMurrayfield, Edinburgh\n\nVictory for the Azzurri in Rome last year saw Scotland "
         "end their campaign without a victory."],
        {"Italy": "GPE", "Scotland": "GPE", "Rome": "GPE"}, {}, id="nations on a fixture line stay places"),
    pytest.param(  # negative: tech/…: "versus" opposes formats, not teams (Betamax is no body)
        ["Disney is the latest studio to announce which technology it is backing in a format battle which mirrors "
         "the 1980s Betamax versus VHS war."],
        {"Betamax": ("not", "ORG")}, {}, id="versus makes no team"),
]


@pytest.mark.parametrize("texts, types, aliases", TYPES)
def test_types_from_evidence_s11(nlp, texts, types, aliases):
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, label in types.items():
        if isinstance(label, tuple):  # ("not", X): whatever the name is, it is not X
            assert typed(ents, name) != label[1], (name, {e.name: e.type for e in ents.values()})
        else:
            assert typed(ents, name) == label, (name, {e.name: e.type for e in ents.values()})
    for name, forms in aliases.items():
        assert forms <= set(ents[name].aliases), (name, ents[name].aliases)
