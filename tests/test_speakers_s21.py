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
