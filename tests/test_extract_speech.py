"""Reported speech, attribution, negation and modality of reported content (issue 10)."""
from __future__ import annotations

from extract_helpers import extractions


def _split(nlp, text):
    exs = extractions(nlp, text)
    return [e for e in exs if e.kind == "speech"], [e for e in exs if e.kind != "speech"]


def test_indirect_speech_gives_the_act_and_the_content(nlp):
    [act], [content] = _split(nlp, "Trump said Iran seeks talks.")
    assert (act.subject.text, act.relation_lemma, act.object.text, act.object.is_clause) == ("Trump", "say", "Iran seeks talks", True)
    assert act.speaker is None
    assert (content.subject.text, content.relation_lemma, content.object.text) == ("Iran", "seek", "talks")
    assert content.speaker.text == "Trump"


def test_reported_modal_is_not_a_fact(nlp):
    # "Trump said Iran should talk" does not assert Iran — talk
    [act], [content] = _split(nlp, "Trump said Iran should talk.")
    assert (act.subject.text, act.relation_lemma, act.object.text) == ("Trump", "say", "Iran should talk")
    assert (content.subject.text, content.relation_lemma, content.modality) == ("Iran", "talk", "should")
    assert content.speaker.text == "Trump"


def test_quote_with_speaker_after(nlp):
    [act], [content] = _split(nlp, "“We will respond,” Trump told reporters.")
    assert (act.subject.text, act.relation_lemma, act.object.text) == ("Trump", "tell", "We will respond")
    assert [a.text for a in act.extra] == ["reporters"]
    assert (content.subject.text, content.relation_lemma, content.speaker.text) == ("We", "respond", "Trump")


def test_quoted_negation_is_attributed_and_negated(nlp):
    [act], [content] = _split(nlp, "“Iran is not winning this war,” Trump said.")
    assert (act.subject.text, act.relation_lemma, act.object.text) == ("Trump", "say", "Iran is not winning this war")
    assert (content.subject.text, content.relation_lemma, content.object.text) == ("Iran", "win", "this war")
    assert content.negated and content.speaker.text == "Trump"


def test_speech_act_after_coordination_keeps_the_speaker(nlp):
    exs = extractions(nlp, "Trump confirmed the reports and said Iran may be seeking talks.")
    got = [(e.subject.text, e.relation_lemma, e.object.text, e.kind, e.speaker.text if e.speaker else None, e.modality)
           for e in exs]
    assert got == [
        ("Trump", "confirm", "the reports", "fact", None, None),
        ("Trump", "say", "Iran may be seeking talks", "speech", None, None),
        ("Iran", "seek", "talks", "fact", "Trump", "may"),
    ]


def test_according_to_attributes(nlp):
    [e] = extractions(nlp, "Iran is seeking to negotiate with the United States, according to officials.")
    assert (e.subject.text, e.relation_lemma, e.object.text, e.speaker.text) == (
        "Iran", "seek to negotiate with", "the United States", "officials")


def test_deny_that_negates_the_content(nlp):
    [act], [content] = _split(nlp, "Iran denied that it had attacked the ship.")
    assert (act.subject.text, act.relation_lemma, act.object.text) == ("Iran", "deny", "it had attacked the ship")
    assert (content.subject.text, content.relation_lemma, content.object.text) == ("it", "attack", "the ship")
    assert content.negated and content.speaker.text == "Iran"


def test_other_reporting_verbs(nlp):
    [act], [content] = _split(nlp, "However, Iran is also insisting that the United States is not involved.")
    assert (act.subject.text, act.relation_lemma, act.object.text) == ("Iran", "insist", "the United States is not involved")
    assert (content.subject.text, content.speaker.text, content.negated) == ("the United States", "Iran", True)


def test_seed_article_speech(nlp):
    text = "An Arab official told the WSJ that Iran understands the U.S. is already backing Israel behind the scenes."
    exs = extractions(nlp, text)
    act = exs[0]
    assert (act.kind, act.subject.text, act.relation_lemma) == ("speech", "An Arab official", "tell")
    assert act.object.text == "Iran understands the U.S. is already backing Israel behind the scenes"
    backing = [e for e in exs if e.relation_lemma == "back"][0]
    assert (backing.subject.text, backing.object.text, backing.speaker.text) == ("the U.S.", "Israel", "An Arab official")


# ---------------------------------------------------------------- modality and hedges

def test_modals_and_hedges(nlp):
    assert [e.modality for e in extractions(nlp, "Iran could resume enrichment.")] == ["could"]
    assert [e.modality for e in extractions(nlp, "Iran reportedly fired 100 missiles.")] == ["reportedly"]
    content = [e for e in extractions(nlp, "It is possible that talks will resume.") if e.relation_lemma == "resume"]
    assert [(e.subject.text, e.modality) for e in content] == [("talks", "possible")]
    assert [e.modality for e in extractions(nlp, "Israel struck Iran.")] == [None]


def test_quoted_first_person_is_the_outer_speaker(nlp):
    exs = extractions(nlp, "Trump said, “I'd say Iran is not winning this war.”")
    [content] = [e for e in exs if e.kind == "fact"]
    assert (content.subject.text, content.relation_lemma, content.object.text) == ("Iran", "win", "this war")
    assert content.negated and content.speaker.text == "Trump"
