"""Names of issue 17 merged or split wrong (session 10, names): two names fused by "and", and a lone
surname left apart from its full name the model read as a place. Real BBC sentences
(../shared/corpora/bbc-news); each row asserts the entities made and the ones that must not be."""
from __future__ import annotations

from collections import Counter

import pytest

from kg.resolve.entities import _person_read_as_place
from test_entities import resolve_texts

# (id, article texts, {name: type} that must be entities, names that must not be entities)
ROWS = [
    pytest.param(  # sport/anelka-apologises-for-criticism.txt: two clubs the gazetteer knows
        ["Wardle was speaking at the club's annual general meeting, where he also confirmed the club had not "
         "received any bids for the former Arsenal and Real Madrid striker."],
        {"Arsenal": "ORG", "Real Madrid": "ORG"}, {"Arsenal and Real Madrid"}, id="two-known-clubs"),
    pytest.param(  # tech/yahoo-moves-into-desktop-search.txt: the second name is the first one's longer sibling
        ["It is designed to work alongside Microsoft's Outlook and Outlook Express e-mail programs."],
        {"Outlook": "ORG", "Outlook Express": "ORG"}, {"Outlook and Outlook Express"}, id="x-and-x-y"),
    pytest.param(  # sport/all-black-magic-new-zealand-rugby.txt: two first names and surnames
        ["The tour started inauspiciously with an 11-3 loss to a Swansea side inspired by teenage, schoolboy "
         "half-backs Hayden Tanner and Willie Davies."],
        {"Hayden Tanner": "PERSON", "Willie Davies": "PERSON"}, {"Hayden Tanner and Willie Davies"},
        id="two-full-names"),
    pytest.param(  # entertainment/roundabout-continues-nostalgia-trip.txt: a show named by two words, one name
        ["Why can't the British film industry try making Gerry Anderson's UFO or Captain Scarlet, or Saphire and "
         "Steel, or The Tomorrow People."],
        {"Saphire and Steel": "ORG"}, {"Saphire", "Steel"}, id="title-with-and-stays-one"),
    pytest.param(  # business/market-unfazed-by-aurora-setback.txt: "Simon Champion" read as a place (GPE)
        ["\"The Aurora issue had been an ongoing one for some time,\" says Deutsche Bank's Simon Champion. \"It was "
         "clearly a source of uncertainty for the company.\"\n\n\"Carnival has an incredibly strong track record,\" "
         "Mr Champion said."],
        {"Simon Champion": "PERSON"}, {"Champion"}, id="surname-of-a-person-read-as-a-place"),
]


@pytest.mark.parametrize("texts, made, absent", ROWS)
def test_names_joined_and_parted(nlp, texts, made, absent):
    ents, _, _ = resolve_texts(nlp, *texts)
    assert {name: ents[name].type for name in made if name in ents} == made
    assert not absent & set(ents)


def test_the_surname_joins_the_full_name_as_an_alias(nlp):
    ents, _, _ = resolve_texts(nlp, ROWS[-1].values[0][0])
    assert {"Simon Champion", "Mr Champion"} <= set(ents["Simon Champion"].aliases)


@pytest.mark.parametrize("key, votes, person", [
    ("simon champion", Counter(GPE=1), True),  # a first name, no such place
    ("jose mourinho", Counter(GPE=1), True),
    ("george town", Counter(GPE=2), False),  # a place GeoNames knows
    ("santa fe", Counter(GPE=1), False),
    ("simon champion", Counter(ORG=1), False),  # read as a body: not this rule's (a firm may bear a first name)
    ("morgan valley", Counter(LOC=1), False),  # a place word
])
def test_a_full_name_read_only_as_an_unknown_place_is_a_person(key, votes, person):
    assert _person_read_as_place(key, votes) is person
