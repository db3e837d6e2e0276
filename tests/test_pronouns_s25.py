"""Pronouns given the wrong referent (issues 16/17, session 25 `pronouns`).

Each rule on a real passage of the BBC pool (or of the session's judged development sample): the pronoun's exact
entity (or that it stays unresolved), and the negative case.
"""
from __future__ import annotations

from test_pronoun_agreement import entity_of

from kg.resolve.mentions import bracketed_referent

# -- an editor's "[Name]" after a pronoun names its referent ----------------------------------------

LEIGH = (  # entertainment/vera-drake-scoops-film-award (s25 judged N046: He → Patrick Stewart)
    "Oscar hopefuls Mike Leigh and Imelda Staunton were both winners at the 2004 Evening Standard British Film "
    "Awards.\n\n"
    "Leigh was presented with his winner's statuette by Timothy Spall and Staunton's award was announced by Patrick "
    "Stewart, during the glittering ceremony at The Savoy on Sunday night. Evening Standard film critic Derek Malcolm "
    "said: \"He [Leigh] has never made a film that is better controlled and technically more secure... If this isn't "
    "one of the films of the year, I don't know what is.\"")

BAUME = (  # politics/brown-hits-back-in-blair-rift-row (his → Gershon before)
    "Jonathan Baume, of the top civil servants' union, spoke of \"competing agendas\" between Mr Brown and Mr Blair.\n\n"
    "Under the plans, unveiled in the Gershon report, some 84,000 civil servants jobs will be axed or changed and the "
    "savings ploughed back into frontline services. Mr Brown said: \"To be honest I don't think you can rely on his "
    "[Mr Baume's] judgement on this matter when it comes to the decisions that the government are making.\"")

EMPLOYEES = (  # tech/blogger-grounded-by-her-airline
    "Jeremy Wright said companies may not be particularly clear when they [employees] do cross the line.")


def test_a_bracketed_name_after_a_pronoun_is_its_referent(nlp):
    assert entity_of(nlp, LEIGH, "He [Leigh]") == "Mike Leigh"  # was Patrick Stewart
    assert entity_of(nlp, BAUME, "his [Mr Baume's]") == "Jonathan Baume"  # was Gershon


def test_a_pronoun_without_brackets_is_resolved_as_before(nlp):
    assert entity_of(nlp, LEIGH, "his winner's") == "Mike Leigh"


def test_a_bracketed_common_noun_leaves_the_pronoun_without_entity(nlp):
    doc = nlp(EMPLOYEES)
    they = next(t for t in doc if t.text == "they")
    assert bracketed_referent(they).text == "employees"
    assert entity_of(nlp, EMPLOYEES, "they [employees]") is None
    assert bracketed_referent(next(t for t in doc if t.text == "companies")) is None

