"""Entity types from evidence, session 22 (issue 17, wrong-type class), on real BBC sentences of the pool.

A two-word name the model read as no person is a person where its own article writes the man again by his surname
alone, as a person, or by his initial and surname (entities.person_by_its_short_form). Each row gives the texts of
one article, the type of every name it settles (``None``: no entity), with the negative cases the rule must not touch.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts


def typed(ents, name: str) -> str | None:
    return ents[name].type if name in ents else None


TYPES = [
    pytest.param(  # sport/scotland-v-italy-sat.txt: the full name read WORK_OF_ART, the team sheet's "C Stoica" a person
        ["Kirwan has recalled the experienced Cristian Stoica at centre and drafted in David dal Maso at open-side "
         "after star flanker Mauro Bergamasco was ruled out for the rest of the tournament.\n\n"
         "R de Marigny; Mirco Bergamasco, C Stoica, A Masi, L Nitoglia; L Orquera, A Troncon; A Lo Cicero, F Ongaro, "
         "M Castrogiovanni; S Dellape, M Bortolami (capt); A Persico, D Dal Maso, S Parisse."],
        {"Cristian Stoica": "PERSON", "C Stoica": None}, id="Cristian Stoica ... C Stoica"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_entity_types_s22(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, "\n\n".join(texts))
    got = {name: typed(ents, name) for name in expected}
    assert got == expected, sorted((e.name, e.type) for e in ents.values())
