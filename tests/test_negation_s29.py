"""Negated rows of session 29 (issue 16): the "not" of a counterfactual condition written by inversion denies
nothing. Sentences from the BBC pool (/work/pool29); each rule with the case it must still read."""
from __future__ import annotations

from extract_helpers import readings


def test_had_x_not_supposes_away_what_happened(nlp):
    # polarity.is_counterfactual_not: England's kickers were that bad; a condition, no denial
    read = readings(nlp, '"Had England\'s kickers not been so bad, the position in the Six Nations would be very '
                         'different now."')
    assert ("England's kickers", "Had not been", "so bad", False, "conditional", None) in read
    assert not any(r[3] for r in read)
    # a sentence-initial "Had X not" with its consequent's "would" is a condition too
    read = readings(nlp, "Had the referee not sent him off, we would have won the game.")
    assert ("the referee", "Had not sent off", "him", False, "conditional", None) in read


def test_a_plain_had_not_an_open_condition_or_a_question_stays_denied(nlp):
    read = readings(nlp, "He had not seen the film, and he would not comment.")
    assert ("He", "had not seen", "the film", True, None, None) in read
    read = readings(nlp, "Should the talks not succeed, the union will strike.")
    assert any(r[0] == "the talks" and r[3] for r in read)
    read = readings(nlp, "Had he not seen it?")
    assert ("he", "Had not seen", "it", True, "question", None) in read


def test_if_x_had_not_with_a_perfect_consequent_supposes_away_what_happened(nlp):
    # polarity.is_past_counterfactual_if: prices were cut; he did walk off
    read = readings(nlp, "However, experts added that if prices had not been cut across the sector, Christmas sales - "
                         "which account for nearly 23% of annual retail sales - would have been far worse.")
    assert ("prices", "had not been cut across", "the sector", False, "conditional", "experts") in read
    read = readings(nlp, '"If he hadn\'t have walked off the stage, they would still be clapping," added Mr Lane.')
    assert any(r[0] == "he" and r[1].startswith("had n't have walked") and not r[3] for r in read)


def test_an_open_or_backshifted_if_not_stays_denied(nlp):
    read = readings(nlp, "He said that if the deal had not been signed by Friday, it would collapse.")
    assert any(r[0] == "the deal" and r[3] and r[4] == "conditional" for r in read)
    read = readings(nlp, "If he has not signed by Friday, the deal will collapse.")
    assert any(r[0] == "he" and r[3] and r[4] == "conditional" for r in read)
