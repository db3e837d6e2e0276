"""Arguments of the right extent (issue 16, session 8): constructions of the wrong-object and
wrong-subject verdicts of the blind audits, counted in the BBC corpus before the rule was written.
Real BBC sentences, the exact triple read and what must not be read."""
from __future__ import annotations

from extract_helpers import triples


# ---------------------------------------------------------------- a bare plural and the participle that says which

def test_a_bare_plural_subject_keeps_its_participle(nlp):
    text = ("The number of women buying programs to protect PCs from virus, spam and spyware attacks rose by "
            "11.2% each year between 2002 and 2004.")
    got = triples(nlp, text)
    assert ("The number of women buying programs to protect PCs from virus, spam and spyware attacks", "rise by",
            "11.2%") in got
    assert ("The number of women", "rise by", "11.2%") not in got


def test_a_bare_plural_object_keeps_its_participle(nlp):
    text = ("The only thing blighting business optimism this year will be uncertainties associated with the "
            "general election, BDO said.")
    got = triples(nlp, text)
    assert ("The only thing blighting business optimism this year", "be",
            "uncertainties associated with the general election") in got
    assert ("The only thing blighting business optimism this year", "be", "uncertainties") not in got


def test_a_determined_noun_needs_no_participle(nlp):
    # negative: "the papers" names its referent; the participle is read on its own
    text = ("But he said that the papers documenting the transaction were not drawn up till weeks after Yukos made "
            "its bankruptcy application on 14 December, and then backdated.")
    got = triples(nlp, text)
    assert ("the papers", "be drawn up till", "weeks") in got
    assert not [t for t in got if t[0].startswith("the papers documenting")]


def test_a_participle_after_a_comma_is_no_restriction(nlp):
    # negative: "…, issuing a statement" is Reyes's act, not part of which reports
    text = ("Before the story surfaced, Reyes had moved to play down reports linking him with the Spanish giants, "
            "issuing a statement through Arsenal describing the speculation as \"flattering\".")
    got = triples(nlp, text)
    assert ("Reyes", "move to play down", "reports linking him with the Spanish giants") in got
    assert not [t for t in got if t[0] == "Reyes" and "issuing" in (t[2] or "")]


def test_a_verb_in_the_other_number_ends_the_relative_clause(nlp):
    text = ("At its most malign, spyware watches everything that people do with their PC and steals login "
            "information and other personal data.")
    got = triples(nlp, text)
    assert ("spyware", "watch", "everything that people do with their PC") in got
    assert not [t for t in got if t[0] == "spyware" and "steals" in (t[2] or "")]


def test_a_participle_in_the_other_form_ends_the_restriction(nlp):
    text = ("But this year the focus has been on blogs which cast a critical eye over news events, often writing "
            "about issues ignored by the big media or offering an eye-witness account of events.")
    got = triples(nlp, text)
    assert ("blogs", "write about", "issues ignored by the big media") in got
    assert not [t for t in got if "offering" in (t[2] or "")]


# ---------------------------------------------------------------- the reporter's next act after a reported modal clause

def test_a_finite_verb_after_a_reported_modal_is_the_reporter_s_act(nlp):
    got = triples(nlp, "In 1998 the party said it would not return to Blackpool but did so in 2002.")
    assert ("the party", "say", "it would not return to Blackpool") in got
    assert ("the party", "do in", "2002") in got
    assert ("the party", "say", "it would not return to Blackpool but did so in 2002") not in got


def test_a_verb_of_the_mind_after_a_reported_thing_is_the_reporter_s(nlp):
    got = triples(nlp, "Argentina fears that rising demand could spark another crisis and wants to prevent it by "
                       "signing this deal.")
    assert ("Argentina", "want to prevent", "it") in got
    assert ("rising demand", "want to prevent", "it") not in got


def test_a_verb_after_and_a_reported_modal_stays_reported(nlp):
    # negative (review 8a item 2): after "and" the reported subject goes on
    got = triples(nlp, "The minister says the law will come into force in April and covers all firms in Britain.")
    assert ("the law", "cover", "all firms") in got
    assert ("The minister", "cover", "all firms") not in got
    got = triples(nlp, "The club said the striker would miss Saturday's game and needed surgery on his knee.")
    assert ("the striker", "need", "surgery") in got
    assert ("The club", "need", "surgery") not in got
    assert ("The club", "say", "the striker would miss Saturday's game") not in got


def test_a_past_verb_after_a_reported_past_passive_stays_reported(nlp):
    # negative: the magazines chose, and it is part of what Spears claimed
    text = "Spears claimed that other magazines were approached with the pictures but chose to contact her instead."
    got = triples(nlp, text)
    assert ("Spears", "claim", "other magazines were approached with the pictures but chose to contact her "
                               "instead") in got
    assert ("Spears", "choose to contact", "her") not in got


def test_a_verb_inside_the_quotation_is_no_act_of_the_reporter(nlp):
    # negative: inside the quotation the speaker's words go on
    text = ("Eric Tveter said: \"We will make our PVR set-top box available later this year, putting a stop to "
            "missed soaps, interrupted films and arguments over which programmes to record.\"")
    got = triples(nlp, text)
    assert ("Eric Tveter", "say", "We will make our PVR set-top box available later this year, putting a stop to "
                                  "missed soaps, interrupted films and arguments over which programmes to record") in got
