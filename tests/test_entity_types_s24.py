"""Entity types from evidence, session 24 (issue 17, wrong-type class), on real BBC sentences of the pool.

A name the model read once as a person takes that reading for every later mention it left unread
(coref.recover_names); a mention that is the whole subject of a verb in the plural ("Bath have signed") now says
so (Mention.plural), and a name so written, with nothing making it a person, is a club, a band or a firm
(entities.group_by_its_plural_verb). Each row gives the texts of one article and the type of every name it settles
(``None``: no entity), with the negative cases the rules must not touch.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts
from test_entity_types_s22 import typed


TYPES = [
    # -- a name written as the subject of a plural verb (entities.group_by_its_plural_verb)
    pytest.param(  # sport/scrum-half-williams-rejoins-bath.txt ("Bath" read PERSON twice, unread at "Bath have")
        ["Bath have signed their former scrum-half Andy Williams on a short-term deal from the Neath-Swansea Ospreys.",
         "With Martyn Wood's injury likely to keep him out until February, Bath need experienced back-up to Nick "
         "Walshe. \"He has been playing regular Heineken Cup and Celtic League rugby and he has a great affection for "
         "Bath,\" Rowell told Bath's official website."],
        {"Bath": "ORG", "Andy Williams": "PERSON", "Nick Walshe": "PERSON"}, id="Bath have signed"),
    pytest.param(  # negative: a country's team keeps the country's type, and the persons theirs
        # (sport/scotland-v-italy-sat.txt)
        ["Scotland have also made two changes, Simon Webster replacing Simon Danielli on the wing and Simon Taylor "
         "returning for his first Test in a year, for injured flanker Jason White."],
        {"Scotland": "GPE", "Simon Webster": "PERSON", "Simon Danielli": "PERSON", "Jason White": "PERSON"},
        id="Scotland have also made"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_entity_types_s24(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, "\n\n".join(texts))
    got = {name: typed(ents, name) for name in expected}
    assert got == expected, sorted((e.name, e.type) for e in ents.values())
