"""Speakers, session 21 (issue 16: whose claim, hedges, polarity): real sentences of the pool."""
from __future__ import annotations

from extract_helpers import extractions, readings


def test_yet_to_is_a_denial_not_a_plan(nlp):
    # politics (foot and mouth, s20 blind row): Defra has not begun the review; never "Defra — is to begin —"
    read = readings(nlp, "Defra is yet to begin its planned review of some of its contractors' costs.")
    assert ("Defra", "is yet to begin", "its planned review of some of its contractors' costs", True, None, None) in read
    assert not any(rel == "is to begin" for _, rel, *_ in read)
    # tech (Telewest): the same with "has yet to"; the lemma is the act denied, no "have to" (an obligation)
    ex = extractions(nlp, "Telewest has yet to reveal pricing for the new box.")
    assert [(e.relation, e.relation_lemma, e.negated) for e in ex] == [("has yet to reveal pricing for", "reveal pricing for", True)]


def test_yet_that_is_no_yet_to_stays_asserted(nlp):
    # negative: "yet" as a conjunction before an obligation, and a superlative's "yet", deny nothing
    read = readings(nlp, "The club is in debt, and yet it has to pay the players.")
    assert ("it", "has to pay", "the players", False, None, None) in read
    read = readings(nlp, "Sony has released its best phone yet.")
    assert ("Sony", "has released", "its best phone", False, None, None) in read


def test_a_would_under_doubt_is_doubted_not_a_plain_would(nlp):
    # tech (Mac Mini, s20 blind row): the writer doubts they would argue it; no "would argue" as their argument
    read = readings(nlp, "I doubt many PC lovers would seriously argue that Windows XP comes with a better suite of "
                         "programs than Mac OS X.")
    assert any(subj == "many PC lovers" and rel == "would seriously argue that" and mod == "doubt"
               for subj, rel, _, _, mod, _ in read)
    assert not any(mod == "would" for *_, mod, _ in read)


def test_a_would_read_as_a_signal_is_a_belief(nlp):
    # politics (Blair, s20 blind row): what the assessment is seen as a signal of is a reading, not a fact
    read = readings(nlp, "Mr Blair's assessment is likely to be seen as a signal that replacing him would not bring "
                         "an upsurge in fortunes for the Labour administration.")
    assert ("replacing him", "would not bring an upsurge in", "fortunes for the Labour administration", True, "belief",
            None) in read


def test_a_would_in_plain_report_stays_would(nlp):
    # negative: a "would" with no attitude above it (a report) keeps its modal
    read = readings(nlp, "Microsoft boss Bill Gates said Xbox 2 would be part of his vision of the digital lifestyle.")
    assert ("Xbox 2", "would be", "part of his vision of the digital lifestyle", False, "would", "Microsoft boss Bill Gates") in read


def test_a_name_the_opening_phrase_swallowed_is_the_speaker(nlp):
    # tech (Linux): the parse hung "Mr Torvalds" on "in California" and left "said" with no subject: the
    # content was nobody's claim
    read = readings(nlp, "In a panel discussion at a Linux summit in California Mr Torvalds said software patents "
                         "were a problem for the open source movement.")
    assert ("software patents", "were", "a problem for the open source movement", False, None, "Mr Torvalds") in read
    assert ("Mr Torvalds", "said", "software patents were a problem for the open source movement", False, None, None) in read
    # politics (debt relief): the name after a place the phrase ends with, from its title on
    read = readings(nlp, "On top of the relief deal with Tanzania Mr Brown said the UK would make similar offers to "
                         "70 poorer nations around the world.")
    assert ("the UK", "would make", "similar offers", False, "would", "Mr Brown") in read
    # a participle opening the sentence, read as the subject: "Speaking in Harrogate Mr Kennedy"
    read = readings(nlp, "Speaking in Harrogate Mr Kennedy said people wanted a credible party.")
    assert ("people", "wanted", "a credible party", False, None, "Mr Kennedy") in read


def test_a_report_with_its_own_subject_keeps_it(nlp):
    # negative: the opening phrase ends before the subject; nothing is cut from it, nothing taken from the phrase
    read = readings(nlp, "In a speech to MPs the prime minister said the plan would work.")
    assert ("the prime minister", "said", "the plan would work", False, None, None) in read
    assert not any(spk is not None and "MPs" in spk for *_, spk in read)


def test_a_forecast_passive_is_an_expectation(nlp):
    # business: what is forecast, predicted or projected has not happened
    read = readings(nlp, "Economic growth is forecast to slow to 2% next year.")
    assert any(rel == "is forecast to slow to" and mod == "expectation" for _, rel, _, _, mod, _ in read)
    read = readings(nlp, "The company is predicted to post a loss.")
    assert ("The company", "is predicted to post", "a loss", False, "expectation", None) in read


def test_a_forecast_made_in_the_active_is_the_forecasters_act(nlp):
    # negative: the active verb is the forecaster's own act, asserted
    read = readings(nlp, "The Bank of England forecast that growth would slow.")
    assert not any(mod == "expectation" for subj, rel, *_, mod, _ in read if subj == "The Bank of England")


def test_what_plans_include_is_planned(nlp):
    # politics (maternity pay, s20 blind row): nobody has given fathers maternity pay; it is one of the plans
    read = readings(nlp, "Other plans include letting maternity pay be given to fathers and extending rights to "
                         "parents of older children.")
    assert ("maternity pay", "be given", "to fathers", False, "plan", None) in read
    assert ("maternity pay", "be given", "to fathers", False, None, None) not in read
    # "would see": the retirement age has not been raised
    read = readings(nlp, "The proposals would see the retirement age raised to 67.")
    assert ("the retirement age", "raised to", "67", False, "plan", None) in read


def test_what_a_time_saw_is_done(nlp):
    # negative: the subject of "see" is no plan; what the weekend saw happened
    read = readings(nlp, "The weekend saw prices raised to record levels.")
    assert ("prices", "be raised to", "record levels", False, None, None) in read


def test_a_speaker_read_as_the_object_of_an_inverted_report(nlp):
    # sport (Kewell): "…, claims his agent" — the agent claims it; no "his agent — claims — his agent"
    read = readings(nlp, "Liverpool winger Harry Kewell is struggling to recover from his Achilles tendinitis problem "
                         "and may not recover until March, claims his agent.")
    assert ("Liverpool winger Harry Kewell", "may not recover until", "March", False, "may", "his agent") in read
    assert not any(obj == "his agent" for _, _, obj, *_ in read)
    # tech (printers): the parse coordinated "warned" with the words: no "… — warned — the magazine"
    read = readings(nlp, "But using the wrong printer cartridge could means snaps fade in months, warned the magazine.")
    assert ("snaps", "fade in", "months", False, "could", "the magazine") in read
    assert not any(rel == "warned" for _, rel, *_ in read)


def test_an_act_with_its_own_object_after_a_comma_stays(nlp):
    # negative: "claims" with a subject of its own and an object that is no speaker
    read = readings(nlp, "China Central Television (CCTV), the state broadcaster, claims an audience of more than a "
                         "billion people.")
    assert ("China Central Television", "claims", "an audience of more than a billion people", False, None, None) in read
