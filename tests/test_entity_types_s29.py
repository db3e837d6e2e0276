"""Entity types where a person is involved, session 29 (issue 17, the wrong-type class), on real BBC sentences of the
pool.

A name whose last word is a paper's, a magazine's or a weblog's (entities.PRESS_ENDS: "Magazin", "News", "Times",
"Zeitung", …) is no person, whatever the model or an apposition read (entities.firm_not_person); a person's name
opened by a first name stays a person.
Each row gives the texts of one article and the type of every name it settles, with the negative cases the rules
must not touch.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts
from test_entity_types_s22 import typed


TYPES = [
    # -- a paper's or a magazine's title is no person (entities.firm_not_person, PRESS_ENDS)
    pytest.param(  # business/borussia-dortmund-near-bust.txt (s28 confirmation sample: PERSON)
        ['"I demand better transparency," he is quoted as saying by Germany\'s Manger Magazin.'],
        {"Manger Magazin": "ORG", "Germany": "GPE"}, id="Germany's Manger Magazin"),
    pytest.param(  # tech/podcasters-look-to-net-money.txt (s28 start sample: PERSON, by the apposition to "writer")
        ["But Dave Winer is doubtful. He designed the format called RSS (Really Simple Syndication), which gives web "
         "users an easy way to keep updated automatically on sites they like. He is also writer of the "
         "longest-running weblog on the net, Scripting News."],
        {"Scripting News": "ORG", "Dave Winer": "PERSON"}, id="the weblog on the net, Scripting News"),
    pytest.param(  # negative: a person the apposition after the name types (business/india-seeks-to-boost-construction.txt)
        ['Anshuman Magazine, managing director, of CB Richard Ellis - an international real estate company - told the '
         'BBC this was "a big positive step."'],
        {"Anshuman Magazine": "PERSON"}, id="Anshuman Magazine, managing director,"),
    pytest.param(  # negative: a first name opens it (sport/henman-decides-to-quit-davis-cup.txt)
        ["Britain drew the USA and lost the tie when Greg Rusedski fell to Jim Courier in the deciding rubber."],
        {"Jim Courier": "PERSON", "Greg Rusedski": "PERSON"}, id="Greg Rusedski fell to Jim Courier"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_entity_types_s29(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, *texts)
    got = {name: typed(ents, name) for name in expected}
    assert got == expected, sorted((e.name, e.type) for e in ents.values())
