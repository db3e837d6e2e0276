"""What kind of thing a name is, from the phrase around it (issue 17; kg/resolve/kindcues.py and the
name's own words), on real BBC sentences: each case asserts the canonical name and type a user reads in
entities.jsonl, and the negative cases keep the model's reading where the construction is absent.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts
from test_entity_types import holder, typed

KINDS = [
    pytest.param(  # politics/ (the Middle Way Group and Defra)
        "North Devon landowner Giles Bradshaw was put in touch with the Middle Way Group, of which Mr Opik is a "
        "co-chairman, after he had been in contact with the rural affairs ministry, Defra. He had asked whether "
        "his technique of using his four dogs to frighten off deer and foxes would be outlawed under the Hunting Act.",
        {"Defra": "ORG", "Giles Bradshaw": "PERSON"}, id="a name in apposition to a ministry is a body"),
    pytest.param(
        "The Jacksonville, Florida-based firm has total debts of $1.87bn.", {"Jacksonville": "GPE"},
        id="a place in apposition to a firm stays a place"),
    pytest.param("Her version of Giselle, all lightness and grace, is still considered to be among the finest ever.",
                 {"Giselle": "WORK_OF_ART"}, id="her version of a name is a work"),
    pytest.param("Farrell is pencilled in to play the role of Crockett in a film version of 1980s police drama "
                 "Miami Vice.", {"Crockett": "PERSON", "Farrell": "PERSON"}, id="the role someone plays is a character"),
    pytest.param("Born in 1942 in Tredegar to a miner father and nurse mother, he attended Lewis Boys' School in "
                 "nearby Pengam, known then as the \"Eton of the valleys\".",
                 {"Pengam": "GPE", "Lewis Boys' School": "ORG"},
                 id="nearby makes a place and a group's possessive stays in a name"),
    pytest.param("There are ports of PC and arcade classics such as Space Invaders, Lunar Lander and Bejewelled.",
                 {"Lunar Lander": "WORK_OF_ART", "Space Invaders": "WORK_OF_ART"}, id="classics such as are games"),
    pytest.param("By contrast, almost a third are interested in listening to music on a portable player such as "
                 "an iPod.", {"iPod": "PRODUCT"}, id="a portable player such as is a device"),
    pytest.param("England coach Andy Robinson said players such as Jason Robinson would be rested.",
                 {"Jason Robinson": "PERSON"}, id="players such as are people"),
    pytest.param("After spending several years at the Players Theatre in London, she made her film debut in 1963 "
                 "in Tom Jones, directed by Tony Richardson.", {"Tom Jones": "WORK_OF_ART", "London": "GPE"},
                 id="a name directed by someone is a film"),
    pytest.param("Tom Jones, the Welsh singer, said he would tour again next year.", {"Tom Jones": "PERSON"},
                 id="a singer named Tom Jones stays a person"),
    pytest.param("Dani Barnes came fourth in the 1500m and she was the highest finisher for Team GB. Holmes helped "
                 "erase the gloom hanging over Team GB after their biggest medal hope dropped out.",
                 {"Team GB": "ORG"}, id="a name starting with Team is a team"),
    pytest.param("Such is the success of The Da Vinci Code in France, special tours have been organised, "
                 "including the Louvre museum and the Saint Sulpice Church.",
                 {"Saint Sulpice Church": "FAC"}, id="a saint's church is a building"),
    pytest.param("The Archbishop of Canterbury will preside at the service in St George's Chapel.",
                 {"St George's Chapel": "FAC"}, id="a saint's possessive stays in the building's name"),
    pytest.param("The Catholic Church said it would not comment.", {"Catholic Church": "ORG"},
                 id="a church without a saint is a body"),
    pytest.param("The British-born presenter is in London to speak at a fundraising dinner for the United Jewish "
                 "Israel Appeal.", {"United Jewish Israel Appeal": "ORG"}, id="an appeal is a body"),
    pytest.param("The 21-year-old Blues prop is the only uncapped player in Wales' Six Nations squad, gaining a "
                 "chance in the absence of Ospreys loose-head Duncan Jones.",
                 {"Ospreys": "ORG", "Duncan Jones": "PERSON", "Wales": "GPE"}, id="a rugby position makes a club"),
    pytest.param("The tournament was not commissioned by the International Tennis Federation (ITF) or the Women's "
                 "Tennis Association (WTA).", {"Women's Tennis Association": "ORG"},
                 id="a group's possessive is a word of the name"),
]


@pytest.mark.parametrize("text, types", KINDS)
def test_the_phrase_around_a_name_says_what_it_is(nlp, text, types):
    ents, _, _ = resolve_texts(nlp, text)
    for name, type_ in types.items():
        assert typed(ents, name) == type_, (name, {n: e.type for n, e in ents.items()})


def test_a_group_possessive_leaves_no_fragment(nlp):
    ents, _, _ = resolve_texts(nlp, KINDS[-1].values[0])
    assert holder(ents, "Tennis Association") == []
    ents, _, _ = resolve_texts(nlp, "ABC News' Rachel Scott reported from Washington.")
    assert typed(ents, "Rachel Scott") == "PERSON"  # a broadcaster's possessive still ends at the person
