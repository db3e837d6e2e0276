"""Entity types from evidence, session 29 second round (issue 17, wrong-type): a name that ends in a company's legal
form ("Ltd", "Limited", "plc", "Inc") is a firm (entities.firm_by_its_legal_form), on real BBC sentences of the pool.
Each row gives the texts of one article and the type of every name it settles, with the negative cases the rule must
not touch.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts
from test_entity_types_s22 import typed
from kg.resolve.entities import firm_by_its_legal_form


TYPES = [
    pytest.param(  # entertainment/t-in-the-park-sells-out-in-days.txt (read EVENT)
        ["Geoff Ellis, CEO of festival organisers Big Day Out Ltd, said this year's event promises to be the best "
         "yet."],
        {"Big Day Out Ltd": "ORG", "Geoff Ellis": "PERSON"}, id="organisers Big Day Out Ltd"),
    pytest.param(  # tech/viewers-to-be-able-to-shape-tv.txt (read PERSON)
        ["It will also be important that the tools are sophisticated enough to obey the complex rules of "
         "cinematography and editing said John Wyver, from TV producer Illuminations Television Limited, which is "
         "also involved in the project."],
        {"Illuminations Television Limited": "ORG", "John Wyver": "PERSON"}, id="Illuminations Television Limited"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_type_from_evidence_s29_types2(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, label in expected.items():
        assert typed(ents, name) == label, (name, typed(ents, name), sorted((n, e.type) for n, e in ents.items()))


@pytest.mark.parametrize("name, firm", [
    ("Big Day Out Ltd", True), ("News Corp", True), ("Indepen Consulting Limited", True), ("Vulcan Inc.", True),
    ("Big Day Out", False), ("Limited", False), ("Peace Corps", False), ("Corporation Street", False),
])
def test_legal_form(name, firm):
    assert firm_by_its_legal_form(name) is firm
