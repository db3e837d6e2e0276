"""Objects of the right extent (issue 16, session 10): the wrong-object class of the blind audits,
counted in the BBC corpus before each rule was written (bench/README.md, "Session 10 (facts)").
Real BBC sentences: the exact triple read, and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, extractions, triples

IDENTIFYING_CLAUSES = [
    # a clause right after an unnamed noun says which one: cut off, the object says something else
    ("relative-on-inner-noun", "The state's Consumer Protection Against Spyware Act bans the installation of software "
                               "that takes control of another computer.",
     ("The state's Consumer Protection Against Spyware Act", "ban",
      "the installation of software that takes control of another computer"),
     ("The state's Consumer Protection Against Spyware Act", "ban", "the installation of software")),
    ("contact-clause", "The whole glory of John Peel was the fact he was not commited to one genre.",
     ("The whole glory of John Peel", "be", "the fact he was not commited to one genre"),
     ("The whole glory of John Peel", "be", "the fact")),
    ("where-relative", "\"Workers should not be placed in the situation where they are forced to choose between risking "
                       "their job or risking their personal health and safety.\"",
     ("Workers", "be placed in", "the situation where they are forced to choose between risking their job or risking "
                                 "their personal health and safety"),
     ("Workers", "be placed in", "the situation")),
    ("negated-road", "The British Government is not going down the road that Mr Forsyth suggests.",
     ("The British Government", "go down", "the road that Mr Forsyth suggests"),
     ("The British Government", "go down", "the road")),
    ("quoted-noun", "Earlier, Mr Sharon again said he had not seen \"the slightest step\" the Palestinians were working "
                    "to end terror attacks.",
     ("he", "see", "\"the slightest step\" the Palestinians were working to end terror attacks"),
     ("he", "see", "the slightest step")),
    # negative: a clause set off by a comma only adds to the noun
    ("comma-set", "He much preferred the old currencies of Europe, which moved in relation to each country's economic "
                  "performance.",
     ("He", "prefer", "the old currencies of Europe"),
     ("He", "prefer", "the old currencies of Europe, which moved in relation to each country's economic performance")),
    # negative: after "any" a clause with no relative word is the next clause misread
    ("quantified-next-clause", "If you don't have any chances you have to think of other things.",
     ("you", "have", "any chances"),
     ("you", "have", "any chances you have to think of other things")),
    # negative: a contact clause that does not open right after its noun is not the noun's
    ("contact-clause-apart", "\"If there was a bid and it was a bid of substance and worth taking then between us we'd decide.",
     ("it", "be", "a bid of substance"),
     ("it", "be", "a bid of substance and worth taking then between us we'd decide")),
    # negative: a clause the parse ends inside a title, or on the word that opens the next clause
    ("clause-ends-in-title", "Comeback is the first 30-minute comedy series that the channel has picked up since the Sex "
                             "And The City drew to the end of its six-year-run.",
     ("Comeback", "be", "the first 30-minute comedy series"),
     ("Comeback", "be", "the first 30-minute comedy series that the channel has picked up since the Sex")),
    ("clause-ends-in-title-of", "There is a one-disc version that has commentaries and a Making Of but the two-disc adds more.",
     ("There", "be", "a one-disc version"),
     ("There", "be", "a one-disc version that has commentaries and a Making")),
    ("clause-ends-on-opener", "If you look underneath urban, there are a number of core elements that include hip-hop, R&B, "
                              "garage and into that obviously comes soul.",
     ("there", "be", "a number of core elements"),
     ("there", "be", "a number of core elements that include hip-hop, R&B, garage and into")),
    # negative: a "that" clause after the place of a report is what was reported (a sample article's sentence)
    ("report-setting", "On June 16, 2025, President Donald Trump reported at the G7 summit that Iran wishes to engage in "
                       "discussions to de-escalate the ongoing hostilities.",
     ("President Donald Trump", "report at", "the G7 summit"),
     ("President Donald Trump", "report at", "the G7 summit that Iran wishes to engage in discussions to de-escalate")),
    ("relative-that-after-agree", "A union representing 5,200 flight attendants at bankrupt US Airways have agreed to a "
                                  "new contract that cuts pay by nearly 10%.",
     ("A union", "agree to", "a new contract that cuts pay by nearly 10%"),
     ("A union", "agree to", "a new contract")),
]


@pytest.mark.parametrize("text, made, wrong", [row[1:] for row in IDENTIFYING_CLAUSES],
                         ids=[row[0] for row in IDENTIFYING_CLAUSES])
def test_an_object_keeps_the_clause_that_says_which(nlp, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


REGARDED_AS = [
    # a verb of regard says how its object is seen: the "as" adjective is part of the relation
    ("as-adjective", "Analysts have questioned whether a US court has any jurisdiction over Russian companies, while "
                     "Moscow officials have dismissed Yukos' legal wrangling as meaningless.",
     ("Moscow officials", "dismiss as meaningless", "Yukos' legal wrangling"),
     ("Moscow officials", "dismiss", "Yukos' legal wrangling")),
    ("as-adjective-phrase", "Parry meanwhile sees the new ground as crucial to Liverpool's future, but is refusing to "
                            "become emotionally attached to the idea.",
     ("Parry", "see as crucial to liverpool 's future", "the new ground"),
     ("Parry", "see", "the new ground")),
    # negative: another verb keeps its object ("attacked the pledges" is what he did)
    ("other-verb", "The Tory co-chairman attacked Labour's six new pledges as \"vacuous\" and said Mr Blair was very "
                   "worried voters would take revenge for his failure to deliver.",
     ("The Tory co-chairman", "attack", "Labour's six new pledges"),
     ("The Tory co-chairman", "attack as vacuous", "Labour's six new pledges")),
]


@pytest.mark.parametrize("text, made, wrong", [row[1:] for row in REGARDED_AS], ids=[row[0] for row in REGARDED_AS])
def test_a_verb_of_regard_keeps_its_as_adjective(nlp, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


def test_the_as_phrase_is_written_as_in_the_sentence(nlp):
    text = ("Speaking on BBC Radio Scotland's Sunday Live programme, Ms Jamieson described Friday's meeting as \"very "
            "productive\" and said putting the squeeze on the bigots would be a key aim.")
    got = [(e.relation, e.object.text) for e in extractions(nlp, text)]
    assert ("described as \"very productive\"", "Friday's meeting") in got
    assert ("described", "Friday's meeting") not in got


NEGATION_FOCUS = [
    # a negated verb keeps the place, time or repetition the negation bears on
    ("never-there", "Radcliffe has never raced there before and will enter the unknown just 77 days after the Athens "
                    "marathon.",
     ("Radcliffe", "has never raced there", ""),
     ("Radcliffe", "has never raced", "")),
    ("not-again", "Former Conservative leader William Hague says he will not stand for the leadership again, having "
                  "given up his ambition to be prime minister.",
     ("he", "will not stand again for", "the leadership"),
     ("he", "will not stand for", "the leadership")),
    # negative: an asserted verb reads as before, its adverb left out
    ("asserted-again", "The sides meet again at Highbury on 1 February.",
     ("The sides", "meet at", "Highbury"),
     ("The sides", "meet again at", "Highbury")),
]


@pytest.mark.parametrize("text, made, wrong", [row[1:] for row in NEGATION_FOCUS], ids=[row[0] for row in NEGATION_FOCUS])
def test_a_negated_verb_keeps_the_adverb_it_denies(nlp, text, made, wrong):
    read = [(e.subject.text, e.relation, e.object.text if e.object else "") for e in extractions(nlp, text)]
    assert_reads(read, made, wrong)


INVERTED_PLACE = [
    # a fronted phrase of a bare "be" whose subject follows it is what the subject is
    ("among-were", "Among the accused were Altria Group, RJ Reynolds Tobacco, Lorillard Tobacco, Liggett Group and Brown "
                   "and Williamson.",
     ("Altria Group", "be among", "the accused"),
     ("Altria Group", "be", None)),
    ("in-the-running", "Also in the running for a clutch of awards are My Summer of Love and the stalker drama Enduring "
                       "Love.",
     ("My Summer of Love", "be in", "the running for a clutch of awards"),
     ("My Summer of Love", "be", None)),
    # negative: the subject before its verb keeps the fronted phrase as a further argument
    ("subject-first", "In Singapore the figure is close to 5%.",
     ("the figure", "be", "close to 5%"),
     ("the figure", "be in", "Singapore")),
]


@pytest.mark.parametrize("text, made, wrong", [row[1:] for row in INVERTED_PLACE], ids=[row[0] for row in INVERTED_PLACE])
def test_a_fronted_place_of_an_inverted_be_is_its_object(nlp, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)
