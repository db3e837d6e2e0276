"""Titles of works, session 30 (`works`; issue 17), on real BBC sentences of the pool.

A performer's prize category ("best actor", "best actress") "for" a name the model did not read as a person names
the work the performer was honoured for (nametypes.work_of_a_performer_category); a list line naming the category
("- Best actress - Clare Higgins for Hecuba at the Donmar Warehouse") is a prize's sentence for the nominee's work
(nametypes.work_of_a_nominee). The category's "for" names the performer as often: a person, or a surname of a person
named in full in the article, stays one.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts
from test_entity_types_s22 import typed


TYPES = [
    pytest.param(  # entertainment/wine-comedy-wins-critics-award.txt ("Kinsey" read ORG)
        ["British actress Imelda Staunton has again been recognised for her role in Vera Drake, winning best actress, "
         "while Liam Neeson won best actor for Kinsey."],
        {"Kinsey": "WORK_OF_ART", "Liam Neeson": "PERSON", "Imelda Staunton": "PERSON"}, id="best actor for Kinsey"),
    pytest.param(  # entertainment/the-producers-scoops-stage-awards.txt ("Hecuba" read ORG): the category names the line
        ["- Best actress - Clare Higgins for Hecuba at the Donmar Warehouse"],
        {"Hecuba": "WORK_OF_ART", "Clare Higgins": "PERSON"}, id="Best actress - Clare Higgins for Hecuba"),
    pytest.param(  # negative: a performer named in full after the category's "for"
        ["The Chicago Film Critics Association (CFCA) named it winner in five categories including best film and best "
         "actor for Paul Giamatti."],
        {"Paul Giamatti": "PERSON"}, id="best actor for Paul Giamatti"),
    pytest.param(  # negative: entertainment/aviator-leads-oscar-nominations-race (a surname the model read as a body;
        # the article names him in full)
        ["Leonardo DiCaprio plays the tycoon Howard Hughes. "
         "The Aviator has taken pole position in this year's Oscars race with 11 nominations, including nominations "
         "for best film, best actor for DiCaprio and best director."],
        {"DiCaprio": None, "Leonardo DiCaprio": "PERSON"}, id="best actor for DiCaprio"),
    pytest.param(  # negative: entertainment/the-producers-scoops-stage-awards.txt: the work's owner before "'s"
        ["Diana Rigg was best actress for Suddenly Last Summer, Dame Judi Dench was best supporting actress for the "
         "RSC's All's Well That Ends Well."],
        {"RSC": "ORG"}, id="best supporting actress for the RSC's"),
]


@pytest.mark.parametrize("texts, want", TYPES)
def test_the_work_a_performer_was_honoured_for(nlp, texts, want):
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, label in want.items():
        assert typed(ents, name) == label, (name, typed(ents, name), sorted((n, e.type) for n, e in ents.items()))


NOUN_BEFORE = [
    pytest.param(  # entertainment/johnny-depp-the-acting-outlaw.txt ("Platoon" read GPE; "epic" tagged an adjective)
        ["Two years later he played a soldier in Oliver Stone's Vietnam epic Platoon."],
        {"Platoon": "WORK_OF_ART", "Oliver Stone": "PERSON", "Vietnam": "GPE"}, id="Vietnam epic Platoon"),
    pytest.param(  # entertainment/grammys-honour-soul-star-charles.txt ("My Life" read PRODUCT)
        ["And former US President Bill Clinton picked up the second Grammy of his career, winning the spoken word award "
         "for the audio version of his autobiography My Life."],
        {"My Life": "WORK_OF_ART", "Bill Clinton": "PERSON"}, id="his autobiography My Life"),
    pytest.param(  # entertainment/gervais-writing-simpsons-episode.txt ("Simpsons" read ORG)
        ["The Office's Ricky Gervais is writing an episode of hit US cartoon The Simpsons, following an invitation "
         "from its creator Matt Groening."],
        {"Simpsons": "WORK_OF_ART", "Matt Groening": "PERSON"}, id="hit US cartoon The Simpsons"),
    pytest.param(  # negative: sport/… an adjective "epic" of a contest, not of the race's name
        ["The 29-year-old took part in the 2002 and 2003 London Marathons and was edged out by Radcliffe in an epic "
         "New York Marathon contest last year."],
        {"New York Marathon": "EVENT"}, id="an epic New York Marathon contest"),
]


@pytest.mark.parametrize("texts, want", NOUN_BEFORE)
def test_a_works_noun_before_its_title(nlp, texts, want):
    """"flick", "epic", "cartoon", "autobiography", "memoir", "biography" before a name type it a work
    (namespans.TYPE_BEFORE), as "film" and "novel" do."""
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, label in want.items():
        assert typed(ents, name) == label, (name, typed(ents, name), sorted((n, e.type) for n, e in ents.items()))
