"""Entity types from evidence, session 23 (issue 17, wrong-type class), on real BBC sentences of the pool.

A title before a noun of its makers or its actors and a person's full name is the film or the show, in a paragraph
about the screen even where the model read it as a body (kindcues.work_before_its_cast). Each row gives the texts of
one article, the type of every name it settles (``None``: no entity), with the negative cases the rules must not touch.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts
from test_entity_types_s22 import typed


TYPES = [
    # -- a work before its maker's or its actor's noun (kindcues.work_before_its_cast)
    pytest.param(  # entertainment/casino-royale-is-next-bond-movie.txt ("Kill Bill" read PERSON)
        ["Producers say no decision has yet been made on who will become the seventh actor, including Niven, to play "
         "Bond on film. Kill Bill director Quentin Tarantino had talked of wanting to take on the Casino Royale "
         "project, and said he had spoken to Brosnan about it."],
        {"Kill Bill": "WORK_OF_ART", "Quentin Tarantino": "PERSON"}, id="Kill Bill director Quentin Tarantino"),
    pytest.param(  # entertainment/farrell-due-to-make-us-tv-debut.txt ("Friends" read ORG)
        ["Other film stars to have appeared in Scrubs include Heather Graham, while Friends actor Matthew Perry has "
         "guest-starred and directed an episode of the show."],
        {"Friends": "WORK_OF_ART", "Matthew Perry": "PERSON"}, id="Friends actor Matthew Perry"),
    pytest.param(  # entertainment/indie-film-nominations-announced.txt ("Cold Mountain" read ORG)
        ["The winners of the awards will be chosen by a jury chaired by Cold Mountain director Anthony Minghella and "
         "including actresses Cate Blanchett and Helena Bonham-Carter."],
        {"Cold Mountain": "WORK_OF_ART", "Anthony Minghella": "PERSON"}, id="Cold Mountain director Anthony Minghella"),
    pytest.param(  # negative: a body's director, in a paragraph about the screen or not (entertainment/berlin-hails-
        # european-cinema.txt, sport/wenger-signs-new-deal.txt)
        ["Festival director Dieter Kosslick says this strong showing signals \"a new consciousness for European "
         "films\".",
         "Meanwhile, Arsenal director Danny Fiszman is looking for Wenger to stay beyond 2008."],
        {"Arsenal": "ORG", "Danny Fiszman": "PERSON", "Dieter Kosslick": "PERSON", "Festival": None},
        id="Arsenal director Danny Fiszman"),
    pytest.param(  # negative: a band's star stays a band ("star" is a body's people's noun too;
        # entertainment/eminem-beats-elvis-to-number-one.txt)
        ["Almost Here, the duet from former Westlife star Brian McFadden and Delta Goodrem, went in at number three."],
        {"Westlife": "ORG", "Brian McFadden": "PERSON"}, id="Westlife star Brian McFadden"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_entity_types_s23(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, "\n\n".join(texts))
    got = {name: typed(ents, name) for name in expected}
    assert got == expected, sorted((e.name, e.type) for e in ents.values())
