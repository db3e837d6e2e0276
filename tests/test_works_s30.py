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


YEAR_AFTER = [
    pytest.param(  # entertainment/how-the-academy-awards-flourished.txt ("Casablanca" read GPE; session 29's ENT053)
        ["Actors that failed to win for their iconic roles included Al Jolson in the Jazz Singer (1927), Humphrey Bogart "
         "in Casablanca (1944), Gene Kelly in Singing in the Rain (1952) and Henry Fonda in 12 Angry Men (1957)."],
        {"Casablanca": "WORK_OF_ART", "Humphrey Bogart": "PERSON", "Henry Fonda": "PERSON"}, id="Casablanca (1944)"),
    pytest.param(  # entertainment/arthur-hailey-king-of-the-bestsellers.txt ("Moneychangers" read PERSON; ENT009)
        ["Hailey worked as a screenwriter for a couple of years, before turning to novels. "
         "Wheels (1971), The Moneychangers (1975) and Overload (1979) followed."],
        {"The Moneychangers": "WORK_OF_ART", "Moneychangers": None}, id="The Moneychangers (1975)"),
    pytest.param(  # negative: a city with a year, in an article of no film, book or record
        ["The 29-year-old won gold in Athens (2004) and silver in Sydney (2000)."],
        {"Athens": "GPE", "Sydney": "GPE"}, id="Athens (2004)"),
]


@pytest.mark.parametrize("texts, want", YEAR_AFTER)
def test_a_title_with_its_year_in_brackets(nlp, texts, want):
    """A name with a year in brackets after it, in an article about films, books or records, is a work
    (nametypes.work_before_its_year)."""
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, label in want.items():
        assert typed(ents, name) == label, (name, typed(ents, name), sorted((n, e.type) for n, e in ents.items()))
