"""Titles of works, session 29 (`works`; issues 16 and 17), on real BBC sentences of the pool.

"hit" before a work's title is the work's noun, though the tagger reads it as the verb (kg.extract.worknouns): no
"X — hit — <title>" triple, the phrase it heads runs on through the title, and the title is a work (WORK_OF_ART).
A verb "hit" after its subject, an auxiliary or a hyphen stays a verb. A headline's last word of the one work of its
article is that work (kg.resolve.entities._join_work_short_forms).
"""
from __future__ import annotations

import pytest

from extract_helpers import kept
from test_entities import resolve_texts
from test_entity_types_s22 import typed


HIT_NOUN = [
    pytest.param(  # entertainment/spike-lee-backs-student-directors.txt (T038 of session 28's sample)
        "Lee has made more than 25 films, including Jungle Fever, Do the Right Thing, Summer of Sam and 1986 hit "
        "She's Gotta Have It.", None, ("the Right Thing", "hit", "She's Gotta Have It"), id="1986 hit She's Gotta Have It"),
    pytest.param(  # entertainment/eastwood-s-baby-scoops-top-oscars.txt: the title runs on to the sentence's verb
        "In other awards, cartoon hit The Incredibles won best animated feature and best sound editing.",
        ("The Incredibles", "won", "best animated feature", None), ("cartoon", "hit", "The Incredibles"),
        id="cartoon hit The Incredibles won"),
    pytest.param(  # entertainment/original-exorcist-to-be-screened.txt: a phrase governed by "include"
        "Other films at the festival in the Belgium capital, which runs from 11-26 March, include the US horror hit "
        "Boogeyman and the forthcoming sequel Ring 2, as well as a selection of films adapted from the works of Jules "
        "Verne.",
        ("Other films at the festival in the Belgium capital", "include", "the US horror hit Boogeyman", None),
        ("the US horror", "hit", "Boogeyman"), id="include the US horror hit Boogeyman"),
    pytest.param(  # entertainment/ring-of-fire-hit-co-writer-dies.txt: the apposition's phrase runs through the title
        "Merle Kilgore, co-writer of the country hit Ring of Fire, has died of congestive heart failure aged 70.",
        ("Merle Kilgore", "be", "co-writer of the country hit Ring of Fire", None),
        ("Merle Kilgore", "be", "co-writer of the country", None), id="co-writer of the country hit Ring of Fire"),
]


@pytest.mark.parametrize("text, made, wrong", HIT_NOUN)
def test_hit_before_a_title_is_the_works_noun(nlp, text, made, wrong):
    got = kept(nlp, text)
    if made is not None:
        assert made in got, got
    assert not any(r[:3] == wrong[:3] for r in got), got


HIT_VERB = [
    pytest.param(  # business: a plural subject before the verb
        "Low-cost airlines hit Eurotunnel hard last year.", ("Low-cost airlines", "hit", "Eurotunnel"), id="airlines hit"),
    pytest.param(  # politics: a singular subject opening the sentence, a list after the object
        "The UK-wide action hit Jobcentres, benefit agencies, pensions offices and driving test centres.",
        ("The UK-wide action", "hit", "Jobcentres"), id="The UK-wide action hit Jobcentres,"),
    pytest.param(  # sport: an auxiliary
        "The question could hit Radcliffe hard after she was unable to complete her last two races.",
        ("The question", "could hit", "Radcliffe"), id="could hit Radcliffe"),
]


@pytest.mark.parametrize("text, made", HIT_VERB)
def test_hit_after_its_subject_stays_a_verb(nlp, text, made):
    assert made in [r[:3] for r in kept(nlp, text)]


TYPES = [
    pytest.param(  # entertainment/jamelia-s-return-to-the-top.txt (read PRODUCT)
        ["She released four number ones from her 2000 album Drama, including the top five hit Money featuring the "
         "vocals of reggae artist Beenie Man."], {"Money": "WORK_OF_ART", "Beenie Man": "PERSON"}, id="top five hit Money"),
    pytest.param(  # entertainment/hard-act-to-follow-for-outkast.txt (read PERSON)
        ["They won best group, best video and best song for hit Hey Ya!"], {"Hey Ya": "WORK_OF_ART"}, id="for hit Hey Ya!"),
    pytest.param(  # entertainment/no-uk-premiere-for-rings-musical.txt (read PERSON, and then the speaker of the quote)
        ["The musical's British director is Matthew Warchus, best known for staging the worldwide stage hit Art."],
        {"Art": "WORK_OF_ART", "Matthew Warchus": "PERSON"}, id="the worldwide stage hit Art"),
    pytest.param(  # negative: a name that only modifies the noun after "hit" is not the work
        ["Freeman, who starred in hit BBC comedy The Office, will play the role of Arthur Dent."],
        {"BBC": "ORG", "The Office": "WORK_OF_ART"}, id="hit BBC comedy The Office"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_the_title_after_hit_is_a_work(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, label in expected.items():
        assert typed(ents, name) == label, (name, typed(ents, name), sorted(ents))


def test_a_headlines_last_word_of_the_articles_work_is_the_work(nlp):
    # entertainment/housewives-lift-channel-4-ratings.txt (the headline's "Housewives" read ORG, an entity of its own)
    ents, _, _ = resolve_texts(nlp, "Housewives lift Channel 4 ratings\n\nThe debut of US television hit Desperate "
                                    "Housewives has helped lift Channel 4's January audience share by 12% compared to "
                                    "last year.")
    assert "Housewives" not in ents, sorted(ents)
    assert typed(ents, "Desperate Housewives") == "WORK_OF_ART"
    assert "Housewives" in ents["Desperate Housewives"].aliases


def test_a_place_named_word_stays_apart_from_a_work():
    # sport/bates-seals-takeover.txt: "Outgoing Leeds chairman Gerald Krasner said" (the name read WORK_OF_ART) takes
    # no "Leeds" (the club, named after its town) — a person-read word neither ("Vera Drake" and "Drake")
    from collections import Counter

    from kg.resolve.entities import _join_work_short_forms
    from kg.resolve.gazetteer import shipped

    votes = {"outgoing leeds": Counter(WORK_OF_ART=1), "leeds": Counter(ORG=3), "vera drake": Counter(WORK_OF_ART=2),
             "drake": Counter(PERSON=1), "desperate housewives": Counter(WORK_OF_ART=2), "housewives": Counter(ORG=1)}
    row = ["outgoing leeds", "leeds", "vera drake", "drake", "housewives", "desperate housewives"]
    _join_work_short_forms(row, votes, shipped())
    assert row == ["outgoing leeds", "leeds", "vera drake", "drake", "desperate housewives", "desperate housewives"]


TITLED = [
    pytest.param(  # entertainment (T051 of session 28's confirmation sample): the title the parser made an apposition
        "The Polar Express entered in third place while Jude Law film Closer made its debut at number six.",
        ("Jude Law film Closer", "made", "its debut", None), ("Jude Law film", "made", "its debut", None),
        id="Jude Law film Closer made its debut"),
    pytest.param(  # entertainment/low-budget-film-wins-cesar.txt: the title the parser read as a participle
        "US film Lost in Translation won the award for best foreign feature.",
        ("US film Lost in Translation", "won", "the award", None), ("US film", "won", "the award", None),
        id="US film Lost in Translation won"),
    pytest.param(  # entertainment/us-actor-ossie-davis-found-dead.txt: small words inside the title
        "His film debut, in 1950, was in the film No Way Out, starring Sydney Poitier and Ruby Dee.",
        ("His film debut, in 1950", "was in", "the film No Way Out", None),
        ("His film debut, in 1950", "was in", "the film", None), id="was in the film No Way Out"),
    pytest.param(  # negative: a relative clause with no "that" after the work's noun (entertainment/angels-favourite-funeral-song)
        "Angels by Robbie Williams is the song Britons would most like played at their funeral, a survey has suggested.",
        None, ("Britons", "played", "the song Britons", None), id="the song Britons would most like played"),
]


@pytest.mark.parametrize("text, made, wrong", TITLED)
def test_a_works_noun_keeps_the_title_after_it(nlp, text, made, wrong):
    got = kept(nlp, text)
    if made is not None:
        assert made in got, got
    assert wrong not in got, got
