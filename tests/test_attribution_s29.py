"""Attribution (issue 16, session 29): what someone refuses to grant, confirm or say is nobody's claim.
Real BBC sentences from the development pool."""
from __future__ import annotations

from extract_helpers import readings


def test_what_someone_refused_to_accept_is_nobodys_claim(nlp):
    # s28 judged start-a T042: the content was a plain fact
    read = readings(nlp, "However, Mr Kosslick refused to accept that widespread opposition to the Iraq war had turned "
                         "audiences against Hollywood imports.")
    content = [r for r in read if r[1] == "had turned audiences against"]
    assert content and all(r[4] == "unclaimed" and r[5] is None for r in content)
    assert not any(r[1] == "had turned audiences against" and r[4] is None for r in read)


def test_what_someone_did_not_accept_is_nobodys_claim(nlp):
    read = readings(nlp, "Mr Kosslick did not accept that widespread opposition to the Iraq war had turned audiences "
                         "against Hollywood imports.")
    assert ("widespread opposition to the Iraq war", "had turned audiences against", "Hollywood imports", False,
            "unclaimed", None) in read
    assert ("widespread opposition to the Iraq war", "had turned audiences against", "Hollywood imports", False,
            None, None) not in read


def test_what_someone_accepted_stays_as_it_was(nlp):
    read = readings(nlp, "Mr Kosslick accepted that widespread opposition to the Iraq war had turned audiences "
                         "against Hollywood imports.")
    assert ("widespread opposition to the Iraq war", "had turned audiences against", "Hollywood imports", False,
            None, None) in read


def test_whether_someone_refused_to_say_is_no_question_of_theirs(nlp):
    read = readings(nlp, "Mr Balls refused to say whether Mr Brown would remain as chancellor after the election, amid "
                         "speculation he will be offered the job of Foreign Secretary.")
    assert ("Mr Brown", "would remain as", "chancellor", False, "question", None) in read
    assert ("Mr Brown", "would remain as", "chancellor", False, "question", "Mr Balls") not in read


def test_failing_to_tell_leaves_a_fact(nlp):
    # a factive verb not performed: its content is still the article's fact (modality.is_unsaid_factive)
    read = readings(nlp, "Disney failed to tell investors that it employed three adult children of directors.")
    assert ("it", "employed", "three adult children of directors", False, None, None) in read


def test_a_report_closing_the_sentence_after_a_comma_read_as_a_conjunct(nlp):
    read = readings(nlp, 'Deaths in custody have reached "shocking" levels, a committee of MPs and peers has warned.')
    assert ("Deaths in custody", "have reached", '"shocking" levels', False, None, "a committee of MPs and peers") in read
    assert ("Deaths in custody", "have reached", '"shocking" levels', False, None, None) not in read


def test_a_report_closing_the_sentence_after_a_comma_read_as_a_complement(nlp):
    read = readings(nlp, "Some parliamentarians and church leaders are also siding with the Media Council, Uganda's New "
                         "Vision newspaper reports.")
    assert ("Some parliamentarians", "are also siding with", "the Media Council", False, None,
            "Uganda's New Vision newspaper") in read
    assert ("Some parliamentarians", "are also siding with", "the Media Council", False, None, None) not in read


def test_a_report_joined_by_and_is_an_act_of_its_own(nlp):
    # "and" joins a second act: the first clause is the sentence's own statement
    read = readings(nlp, "The firm cut 500 jobs last year, and analysts warned.")
    assert not any(r[1] == "cut" and r[5] == "analysts" for r in read)
