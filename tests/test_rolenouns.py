"""Headline role nouns (kg/resolve/rolenouns.py, kg.resolve.coref.resolve_roles), each on a real article start:
the exact person the role noun takes, and what it must not take.

Headlines and first lines are ECB+ development articles (CC BY 3.0, ../shared/bench/ecbplus) and BBC news.
"""
from __future__ import annotations

import pytest

from kg.analysis import analyse_articles
from kg.builder import resolve_analyses
from kg.records import ROLE, Article
from kg.resolve.rolenouns import described_name
from kg.segment import split_paragraphs
from kg.terms import Vocabulary


def entities_at(nlp, text: str, *phrases: str) -> tuple:
    """The entity at the first occurrence of each phrase of ``text`` (one build of one article)."""
    analyses = list(analyse_articles([Article("t", text)], nlp))
    _, _, resolution = resolve_analyses(analyses, Vocabulary())
    return tuple(resolution.entity_at("t", text.index(p)) for p in phrases)


# ECB+ 21_4ecbplus: the model reads "Chohan" as a place (GPE); "her car … she was hit" makes her the article's woman
QUEENS_WOMAN = ("Cops: Queens Woman Killed In Hit - And - Run\n"
                "A 59 - year - old mother of two died when a drunken driver struck her with his car and then drove off, "
                "police said.\n"
                "Raj Chohan, 59, of Queens, had just parked her car around 7 p. m. Friday at 97th Avenue and 117th Street "
                "in Richmond Hill when she was hit by a 2013 Toyota Camry, which then fled, police told 1010 WINS - "
                "Glenn Schuck.")

ROLE_CASES = [
    pytest.param("CHARGERS' RECEIVER ARRESTED\n"
                 "San Diego Chargers wide receiver Vincent Jackson was arrested yesterday on suspicion of drunken driving.",
                 "RECEIVER", "Vincent Jackson", "San Diego Chargers", id="role-named-by-a-compound-in-the-text"),
    pytest.param("San Diego Chargers Defensive Tackle Faces DUI Charges\n"
                 "Jamal Williams, the defensive tackle for the San Diego Chargers was arrested on suspicion of drunk "
                 "driving early morning on Sunday, February 1, 2009.",
                 "Tackle Faces", "Jamal Williams", "San Diego Chargers", id="role-named-by-an-apposition"),
    pytest.param("Sixers Hire Maurice Cheeks as Head Coach\n"
                 "Maurice Cheeks was officially introduced as the 21st head coach of the 76ers.",
                 "Coach", "Maurice Cheeks", "Sixers", id="headline-as-phrase"),
    pytest.param("Ellen DeGeneres Set As Oscars Host For 2014 Academy Awards\nEllen DeGeneres will host the Oscars.",
                 "Host For", "Ellen DeGeneres", "Oscars", id="headline-as-phrase-after-the-name"),
    pytest.param("President Nominates Regina Benjamin, MD to Serve as Surgeon General\n"
                 "President Obama has nominated Alabama physician Dr. Regina Benjamin to be US Surgeon General.",
                 "President Nominates", "Obama", "Regina Benjamin", id="role-as-a-title-in-the-text"),
    pytest.param("Woman Killed In Queens Hit - And - Run, Driver Charged\n"
                 "A woman has died after being hit by a car that fled the scene in Queens, and now, the driver is facing "
                 "manslaughter charges.\n"
                 "Witnesses say 59 - year - old Raj Chohan was leaving her car on 117th Street in South Richmond Hill "
                 "Friday when she was hit by a silver Toyota Camry and sent flying into the air.",
                 "Woman", "Raj Chohan", "Queens", id="the-one-woman-of-the-article"),
    pytest.param(QUEENS_WOMAN, "Woman", "Chohan", "Queens", id="a-woman-the-model-read-as-a-place"),
]


@pytest.mark.parametrize("text, role, person, other", ROLE_CASES)
def test_headline_role_noun_takes_the_person_the_article_gives_it(nlp, text, role, person, other):
    got, = entities_at(nlp, text, role)
    assert got == person
    assert got != other


def test_a_role_nobody_is_given_stays_unresolved(nlp):
    # the driver of the headline is never named in these lines: "Driver" is nobody (not Raj Chohan, the woman)
    text = ROLE_CASES[-2].values[0]
    assert entities_at(nlp, text, "Driver", "Woman") == (None, "Raj Chohan")


def test_a_headline_name_is_no_referent_for_the_pronouns_below(nlp):
    # "Queens" of the headline run "Queens Woman" (unlabelled by the model) is no antecedent of the "her" of
    # "a drunken driver struck her" (the unnamed mother of two): only a headline person named in full is one
    mentions = list(analyse_articles([Article("t", QUEENS_WOMAN)], nlp))[0].mentions
    queens, her = mentions[0], next(m for m in mentions if m.text == "her")
    assert (queens.text, queens.headline) == ("Queens", True)
    assert her.antecedent is None


def test_the_running_texts_role_noun_is_evidence_not_a_mention(nlp):
    # "the defensive tackle" describes Jamal Williams; it gets no entity of its own (a copula would make self-loops)
    text = ROLE_CASES[1].values[0]
    assert entities_at(nlp, text, "defensive tackle for") == (None,)


def test_a_gender_noun_inside_a_name_is_no_role(nlp):
    # BBC sport: "Man" of "Man City" and "Man Utd" is a word of a club's name, never the article's one man
    text = ("Man City 0-2 Man Utd\n\nManchester United moved into third place in the Premiership as goals from Wayne "
            "Rooney and Ruud van Nistelrooy sank City.")
    analyses = list(analyse_articles([Article("t", text)], nlp))
    assert not [m for m in analyses[0].mentions if m.label == ROLE and m.headline]


@pytest.mark.parametrize("sentence, role, name", [
    pytest.param("San Diego Chargers wide receiver Vincent Jackson was arrested.", "receiver", "Jackson", id="compound"),
    pytest.param("Jamal Williams, the defensive tackle for the Chargers, was arrested.", "tackle", "Williams", id="apposition"),
    pytest.param("Maurice Cheeks was officially introduced as the 21st head coach of the 76ers.", "coach", "Cheeks",
                 id="as-phrase"),
    pytest.param("The coach said the team had played well.", "coach", None, id="no-name-described"),
    pytest.param("A woman has died after being hit by a car that fled the scene in Queens.", "woman", None,
                 id="no-name-for-an-indefinite"),
])
def test_described_name(nlp, sentence, role, name):
    doc = nlp(sentence)
    t = next(t for t in doc if t.lower_ == role)
    found = described_name(t)
    assert (found.text if found is not None else None) == name


@pytest.mark.parametrize("text, pieces", [
    pytest.param("Woman Killed In Queens Hit - And - Run, Driver Charged\nA woman has died.",
                 ["Woman Killed In Queens Hit - And - Run, Driver Charged", "A woman has died."], id="heading-line"),
    pytest.param("The Prime Minister Tony Blair\nsaid on Monday.", ["The Prime Minister Tony Blair\nsaid on Monday."],
                 id="wrapped-before-a-lower-case-word"),
    pytest.param("Three\nfour.", ["Three\nfour."], id="wrapped-sentence"),
])
def test_a_heading_line_is_its_own_paragraph(text, pieces):
    assert [p.text for p in split_paragraphs(text)] == pieces
