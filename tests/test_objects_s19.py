"""Where an argument starts and ends (issue 16, session 19, `objects`): the wrong-object and wrong-relation
classes of session 18's blind audit. Real BBC sentences (the engineers' pool): the exact reading made, and the
reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, readings

POSSESSIVES = [
    # a possessive whose owned noun is not written: the "'s" is part of the phrase
    ("alzheimers", "The former Conservative MP for Kensington and Chelsea, died after a long illness diagnosed as "
                   "Alzheimer's.",
     ("a long illness", "be diagnosed as", "Alzheimer's", False, None, None),
     ("a long illness", "be diagnosed as", "Alzheimer", False, None, None)),
    ("similar-to-australias", "He is proposing a points system similar to Australia's but would avoid the quota "
                              "system planned by the Tories.",
     ("He", "is proposing", "a points system similar to Australia's", False, None, None),
     ("He", "is proposing", "a points system similar to Australia", False, None, None)),
    ("firm-named-by-its-owner", "McDonald's announced it was to scrap its \"supersized\" meals last year, but "
                                "denied the move was as a result of the negative publicity created by Spurlock's film.",
     ("McDonald's", "announced", "it was to scrap its \"supersized\" meals last year", False, None, None),
     ("McDonald", "announced", "it was to scrap its \"supersized\" meals last year", False, None, None)),
    # negatives: an owned noun the parse failed to attach, and a "'s" that is "is"
    ("owned-noun-read-as-adverb", "Doctors in Athens had wanted to operate on Jamie's back immediately but he "
                                  "insisted on delaying any surgery until he arrived back home.",
     ("Doctors in Athens", "had wanted to operate on", "Jamie", False, None, None),
     ("Doctors in Athens", "had wanted to operate on", "Jamie's", False, None, None)),
    ("s-is-is", "For his part, Adam Curry's pressing ahead with his own vision of what podcasting should be.",
     ("Adam Curry", "pressing ahead with", "his own vision of what podcasting should be", False, None, None),
     ("Adam Curry's", "pressing ahead with", "his own vision of what podcasting should be", False, None, None)),
]


@pytest.mark.parametrize("name,text,made,wrong", POSSESSIVES, ids=[c[0] for c in POSSESSIVES])
def test_possessive(nlp, name, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


SHIFTED_PREDICATES = [
    # the adjective of a secondary predicate written before the object belongs to the relation
    ("cut-short-a-date", "The band were forced to cut short Monday night's show in Sheffield, and have cancelled "
                         "Tuesday's Glasgow date.",
     ("The band", "were forced to cut short", "Monday night's show in Sheffield", False, None, None),
     ("The band", "were forced to cut", "short Monday night's show in Sheffield", False, None, None)),
    ("cut-short-his-holiday", "Asked about criticism that he did not cut short his holiday, Mr Blair told BBC Radio "
                              "4's Today programme: \"I don't think this is a situation in which the British people "
                              "need me to articulate what they feel.",
     ("he", "did not cut short", "his holiday", True, None, None),
     ("he", "did not cut", "his holiday", True, None, None)),
    ("make-clear-before-a-clause", "Lord Butler's report earlier this year into Iraq intelligence said the "
                                   "government's September 2002 weapons dossier did not make clear intelligence "
                                   "about claims that Saddam Hussein had stockpiles of chemical and biological "
                                   "weapons was \"very thin\".",
     ("the government's September 2002 weapons dossier", "did not make clear",
      "intelligence about claims that Saddam Hussein had stockpiles of chemical and biological weapons was "
      "\"very thin\"", True, None, "Lord Butler's report earlier this year into Iraq intelligence"),
     ("the government's September 2002 weapons dossier", "did not make",
      "clear intelligence about claims that Saddam Hussein had stockpiles of chemical and biological weapons was "
      "\"very thin\"", True, None, "Lord Butler's report earlier this year into Iraq intelligence")),
    ("made-clear-the-clause", "Mr Clarke said he had made clear the UK would welcome genuine economic migrants for "
                              "key jobs on a strict points based system.",
     ("he", "had made clear", "the UK would welcome genuine economic migrants for key jobs on a strict points based "
                              "system", False, None, "Mr Clarke"),
     ("he", "had made", "clear the UK would welcome genuine economic migrants for key jobs on a strict points based "
                        "system", False, None, "Mr Clarke")),
    ("make-sure-before-a-clause", "\"Broadband and telephony are attractive to customers and BT wants to make sure "
                                  "it is in the first wave of services,\" said Ian Fogg, an analyst with Jupiter "
                                  "Research.",
     ("BT", "wants to make sure", "it is in the first wave of services", False, None, "Ian Fogg"),
     ("BT", "wants to make", "sure it is in the first wave of services", False, None, "Ian Fogg")),
    ("made-clear-that", "But a letter from Holyrood's Chamber Office chief Ken Hughes also made clear that Mr "
                        "McLetchie did not need to list any of the clients for whom he worked as a solicitor.",
     ("a letter from Holyrood's Chamber Office chief Ken Hughes", "also made clear that",
      "Mr McLetchie did not need to list any of the clients for whom he worked as a solicitor", False, None, None),
     ("a letter from Holyrood's Chamber Office chief Ken Hughes", "also made", "clear", False, None, None)),
]


@pytest.mark.parametrize("name,text,made,wrong", SHIFTED_PREDICATES, ids=[c[0] for c in SHIFTED_PREDICATES])
def test_shifted_predicate(nlp, name, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


def test_no_clause_object_for_made_clear(nlp):
    """The "clear" of "made clear the UK would …" is no object of the clause's verb."""
    read = readings(nlp, "The minister made clear the government would not back down.")
    assert not any(r[2] == "clear" for r in read)


def test_shifted_predicate_is_only_before_the_phrase(nlp):
    """An adjective of the object's own, or one that opens a phrase with its determiner ("such a"), stays the
    object's; an adjective after a verb of saying is the subject's of the clause said."""
    from kg.extract.misreadings import is_shifted_predicate, shifted_predicate

    for text in ("The Buntes Fernsehen project has been such a success that Telekom Austria is now considering "
                 "such a success.", "He said new rules would apply.", "Rising costs cut profits at the firm.",
                 "He won last year's title.", "Boeing unveils new 777 aircraft", "Tories attack burglar 'U-turns'",
                 "\"The public interest, which the government claims justifies non-publication of the whole of the "
                 "advice, can only be served now by the fullest disclosure.\"",
                 "When operators such as BT and Telewest offered standard 512K broadband for less than £20 at the "
                 "beginning of the year, it was as if an invisible barrier had been breached - broadband had truly "
                 "gone mass market."):
        doc = nlp(text)
        assert not any(shifted_predicate(t) is not None for t in doc), text
        assert not any(is_shifted_predicate(t) for t in doc), text
    doc = nlp("He cut short his holiday.")
    assert shifted_predicate(doc[1]).text == "short" and is_shifted_predicate(doc[2])


FOR_INFINITIVES = [
    # a "for X to Y" the parser hung on a noun is the noun's complement: the object keeps it
    ("an-excuse-for", "\"Today's ruling should not be an excuse for this administration to seek a weak settlement "
                      "that lets the tobacco industry off the hook,\" he said.",
     ("Today's ruling", "should not be", "an excuse for this administration to seek a weak settlement that lets the "
                                         "tobacco industry off the hook", True, "should", "he"),
     ("Today's ruling", "should not be", "an excuse", True, "should", "he")),
    ("a-deal-for", "ONGC and the National Iranian Oil Company (NIOC) reached a preliminary deal for Indian firms to "
                   "take part in the development of the Yadavaran and Jufeyr oilfields, both countries said in a "
                   "statement.",
     ("ONGC", "reached", "a preliminary deal for Indian firms to take part in the development of the Yadavaran and "
                         "Jufeyr oilfields", False, None, "both countries"),
     ("ONGC", "reached", "a preliminary deal", False, None, "both countries")),
    ("no-need-for", "There will be no need for constitutional amendments to balance the budget.",
     ("There", "will be", "need for constitutional amendments to balance the budget", True, None, None),
     ("There", "will be", "need for constitutional amendments", True, None, None)),
]


@pytest.mark.parametrize("name,text,made,wrong", FOR_INFINITIVES, ids=[c[0] for c in FOR_INFINITIVES])
def test_for_infinitive_of_a_noun(nlp, name, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


def test_for_infinitive_needs_its_for_subject(nlp):
    """An infinitive with no "for" subject of its own is no complement this rule keeps."""
    from kg.extract.misreadings import is_noun_for_infinitive

    doc = nlp("Today's ruling should not be an excuse for this administration to seek a weak settlement.")
    assert is_noun_for_infinitive(doc[12])
    doc = nlp("The companies will consult with leading experts to better understand the possible risk of PML.")
    assert not any(is_noun_for_infinitive(t) for t in doc)
    doc = nlp("But the Swiss saved a break point and promptly broke serve in the following game to seize control.")
    assert not any(is_noun_for_infinitive(t) for t in doc)


def test_including_is_no_word_of_the_relation(nlp):
    """An "including" phrase hung on a verb names examples; the relation never ends in "including"."""
    text = ("A number of solutions were tried, including having a colleague describe the maps and attempting to "
            "print them in Braille.")
    read = readings(nlp, text)
    assert ("A number of solutions", "were tried", None, False, None, None) in read
    assert not any(r[1].endswith("including") for r in read)
    text = ("Aside from Mr Blair, more than 20 other world leaders are expected to attend including French President "
            "Jacques Chirac - due to speak by video link after bad weather delayed his helicopter - and South African "
            "President Thabo Mbeki, whose arrival has been delayed by Ivory Coast peace talks.")
    read = readings(nlp, text)
    assert ("more than 20 other world leaders", "are expected to attend", None, False, "expectation", None) in read
    assert not any(r[1].endswith("including") for r in read)


def test_including_keeps_examples_of_an_object(nlp):
    """The examples of an object stay with it ("titles such as …", "fans including …")."""
    read = readings(nlp, "EA publishes blockbuster titles such as Fifa and John Madden.")
    assert ("EA", "publishes", "blockbuster titles such as Fifa and John Madden", False, None, None) in read


def test_folded_noun_keeps_its_other_phrases(nlp):
    """The phrase of a noun the relation folded in stays an argument: the dominance is only in Japan."""
    from extract_helpers import extractions

    text = ("Boeing continues to enjoy a dominance over Airbus in Japan, and Japanese companies are taking key roles "
            "in building the 7E7.")
    found = [e for e in extractions(nlp, text) if e.relation == "continues to enjoy a dominance over"]
    assert [(e.subject.text, e.object.text, [a.text for a in e.extra]) for e in found] == [("Boeing", "Airbus", ["in Japan"])]


def test_folded_noun_phrases_are_after_the_folded_one(nlp):
    from kg.extract.clauses import folded_noun_phrases

    doc = nlp("Boeing continues to enjoy a dominance over Airbus in Japan.")
    assert [(p.text, o.text) for p, o in folded_noun_phrases(doc[5], doc[6])] == [("in", "Japan")]
    doc = nlp("Israel launched strikes on Iran's main nuclear facility.")
    assert folded_noun_phrases(doc[2], doc[3]) == []


SHORTFALLS = [
    # the "short" of a shortfall, hung on the verb with the preposition of its object, is the relation's
    ("fell-short-of", "The figure was weaker than forecast - and fell short of the 0.8% rise in October.",
     ("The figure", "fell short of", "the 0.8% rise in October", False, None, None),
     ("The figure", "fell", None, False, None, None)),
    ("fallen-short-of-a-gerund", "The trouble is, both men have fallen short of offering simple, straightforward "
                                 "denials of the central claims.",
     ("both men", "have fallen short of", "offering simple, straightforward denials of the central claims", False,
      None, None),
     ("both men", "have fallen", None, False, None, None)),
    ("running-short-of", "In 2001, the company set up a fund to compensate asbestos victims, but it later admitted the "
                         "fund was running short of money.",
     ("the fund", "was running short of", "money", False, None, "it"),
     ("the fund", "was running", None, False, None, "it")),
    # negative: a near miss reads as before
    ("came-close-to", "Chelsea came close to scoring twice.",
     ("Chelsea", "came close to", "scoring twice", False, None, None),
     ("Chelsea", "came", None, False, None, None)),
]


@pytest.mark.parametrize("name,text,made,wrong", SHORTFALLS, ids=[c[0] for c in SHORTFALLS])
def test_shortfall(nlp, name, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)
