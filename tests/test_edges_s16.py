"""Plain edges, session 16 (issue 16): the entity at each end of an edge is the one the article means.
Real pool articles (../shared/corpora/bbc-news, none of them an audit article): the link made now, and the case where the
rule must not fire (kg/resolve/entities.py: _join_short_names, is_regional_arm)."""
from __future__ import annotations

import pytest

from extract_helpers import extractions, resolved

CROSBY = ("The Conservatives' campaign director has denied a report claiming he warned Michael Howard the party could "
          "not win the next general election.\n\n"
          "The Times on Monday said Australian Lynton Crosby told the party leader to focus on trying to increase the "
          "Tories' Commons presence by 25 to 30 seats. But Mr Crosby said in a statement: \"I have never had any such "
          "conversation... and I do not hold that view.\" ")
HOWARD_ADDED = "Mr Howard later added there was not \"one iota\" of truth in the report. "
JOHN_HOWARD = ("The strategist helped Australia's PM, John Howard, win four elections. Mr Howard appointed Mr Crosby as "
               "his elections chief last October.")


def _links(nlp, text, lemma):
    return [(t.subject, t.subject_entity, t.object_entity) for t in resolved(nlp, text) if t.relation_lemma == lemma]


def test_a_titled_surname_keeps_the_person_it_first_named(nlp):
    # politics/tory-expert-denies-defeat-warning.txt: "Mr Howard" is Michael Howard all through; John Howard,
    # named in passing, does not take the next "Mr Howard"
    assert _links(nlp, CROSBY + HOWARD_ADDED + JOHN_HOWARD, "appoint") == [("Mr Howard", "Michael Howard", "Lynton Crosby")]


def test_without_an_earlier_titled_surname_the_nearest_full_name_wins(nlp):
    # the same article without "Mr Howard later added …": nothing ties "Mr Howard" to Michael Howard but the report's
    # first sentence, and the nearest full name is still read (entities.py, _nearest)
    assert _links(nlp, CROSBY + JOHN_HOWARD, "appoint") == [("Mr Howard", "John Howard", "Lynton Crosby")]


DIAGEO = ("Diageo, the world's biggest spirits company, has agreed to buy Californian wine company Chalone for $260m "
          "(£134m) in an all-cash deal.\n\n"
          "Diageo said it expects to get US regulatory approval for the deal during the first quarter of 2005. "
          "\"The US wine market represents a growth opportunity for Diageo, with favourable demographic and consumption "
          "trends,\" said Diageo North America president Ivan Menezes.")


def test_a_firm_is_not_its_regional_arm(nlp):
    # business/diageo-to-buy-us-wine-firm.txt: the model reads "Diageo" and "Diageo North America" as persons; the
    # arm's first word is no first name to join it ("Diageo — agree to buy — Chalone" is the parent firm's deal)
    rows = _links(nlp, DIAGEO, "agree to buy")
    assert rows == [("Diageo", "Diageo", "Chalone")]


ONCE = [
    # (id, sentence, subject, relation lemma, the modality it carries): a "once" clause after an act still to come
    # has not happened either (modality.is_once_after_an_act_to_come)
    ("expected-to-begin-once",  # entertainment: Campbell has not finished The Legend of Zorro
     "Shooting on Casino Royale is expected to begin once Campbell has finished work on The Legend of Zorro, a sequel "
     "to The Mask of Zorro, starring Catherine Zeta Jones and Antonio Banderas.",
     "Campbell", "finish work on", "conditional"),
    ("would-consider-once",  # sport: the striker is still serving his ban
     "Arsene Wenger would consider signing Adrian Mutu once the striker has served his drugs ban.",
     "the striker", "serve", "conditional"),
    # negative: a habit, not an act to come — the clause is read as it was ("doubt" from "not clear")
    ("habit-once",  # tech
     "It is not clear what the virus does once it has infected a computer.",
     "it", "infect", "doubt"),
]


@pytest.mark.parametrize("case", ONCE, ids=[c[0] for c in ONCE])
def test_once_after_an_act_to_come_is_no_fact(nlp, case):
    _id, text, subject, lemma, modality = case
    got = [(e.subject.text, e.relation_lemma, e.modality) for e in extractions(nlp, text)]
    assert (subject, lemma, modality) in got


def test_the_object_of_after_with_its_apposition_is_the_next_verbs_subject(nlp):
    # business/nissan-names-successor-to-ghosn.txt: "after" read as a preposition hung on the complement "to run",
    # its object set off by an apposition: Ghosn takes charge at Renault, not Nissan (clauses.subject_before_in_phrase)
    got = [(e.subject.text, e.relation_lemma, e.object.text if e.object else None) for e in extractions(
        nlp, "Nissan has named a lifetime employee to run its operations after Carlos Ghosn, its highly successful "
             "boss, takes charge at Renault.")]
    assert ("Carlos Ghosn", "take charge at", "Renault") in got
    assert ("Nissan", "take charge at", "Renault") not in got
    assert ("Nissan", "name", "a lifetime employee") in got  # the main verb keeps its own subject


OUTCOMES = [
    # (id, sentence, subject, relation lemma, modality): what "would see" or "could see" happen is as unsure as the
    # verb of outcome before it (polarity.outcome_modal); a "will see" is a future stated as such
    ("would-see-being-renamed",  # politics/mps-tout-lords-replacement-plan.txt
     "Their plan would see the House of Lords being renamed the Second Chamber of Parliament, and its members would be "
     "known as MSCPs.",
     "the House of Lords", "be renamed", "plan"),  # (what a plan would see is planned: modality.planned_content)
    ("could-see-invest",  # business: a pact that could see India invest
     "India and Russia are to work together in a series of energy deals, part of a pact which could see India invest up "
     "to $20bn in oil and gas projects.",
     "India", "invest", "could"),
    ("will-see-return",  # business: negative — "will" is no modality
     "Rosneft is already in the process of merging with Gazprom, the world's biggest gas company, a move that will see "
     "Gazprom return to majority state-ownership.",
     "Gazprom", "return to", None),
]


@pytest.mark.parametrize("case", OUTCOMES, ids=[c[0] for c in OUTCOMES])
def test_an_outcome_under_a_modal_is_no_fact(nlp, case):
    _id, text, subject, lemma, modality = case
    got = [(e.subject.text, e.relation_lemma, e.modality) for e in extractions(nlp, text)]
    assert (subject, lemma, modality) in got


NEAR_MISSES = [
    # (id, sentence, the reading made, the reading not made): an "almost"/"nearly" before its verb says the act did
    # not happen, so the relation keeps it (clauses.is_near_miss); a verb of multiplying keeps its act
    ("almost-headed",  # sport: no goal; an edge "Drogba — head — Chelsea" says one was scored
     "Drogba almost headed Chelsea in front two minutes into extra-time but the striker saw the ball rebound off the "
     "post.", ("Drogba", "almost head", "Chelsea"), ("Drogba", "head", "Chelsea")),
    ("almost-collapsed",  # business
     "LG Card almost collapsed in 2003 due to an increase in overdue credit card bills after the bursting of a credit "
     "bubble.", ("LG Card", "almost collapse in", "2003"), ("LG Card", "collapse in", "2003")),
    ("nearly-tripled",  # business: negative — it tripled, nearly
     "The firm's revenue nearly tripled in the fourth quarter of 2004, exceeding $86m (£46m).",
     ("The firm's revenue", "triple in", "the fourth quarter of 2004"), ("The firm's revenue", "nearly triple in",
                                                                         "the fourth quarter of 2004")),
]


@pytest.mark.parametrize("case", NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_a_near_miss_stays_in_the_relation(nlp, case):
    _id, text, made, wrong = case
    got = [(e.subject.text, e.relation_lemma, e.object.text if e.object else None) for e in extractions(nlp, text)]
    assert made in got and wrong not in got


LAGAT = ("We were also expecting a bit more from Bernard Lagat in the men's 1500m. But he has only just come over from "
         "the USA, so he may not be that sharp and I still think he is in great shape. ")


def test_as_for_a_name_is_the_topic_its_subject_pronoun_stands_for(nlp):
    # sport/record-fails-to-lift-lacklustre-meet.txt: "As for Kenenisa Bekele, he …" is Bekele, not Lagat, of whom
    # the sentences before speak (mentions.as_for_topic)
    text = LAGAT + "As for Kenenisa Bekele, he was well beaten by Markos Geneti."
    assert _links(nlp, text, "be beaten by") == [("he", "Kenenisa Bekele", "Markos Geneti")]


def test_without_as_for_the_pronoun_goes_on_with_the_runner_before(nlp):
    # negative: the same "he" with no topic phrase is still read as the runner the article was speaking of
    text = LAGAT + "Sadly he was well beaten by Markos Geneti."
    assert _links(nlp, text, "be beaten by") == [("he", "Bernard Lagat", "Markos Geneti")]
