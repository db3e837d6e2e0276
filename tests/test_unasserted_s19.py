"""Subjects, session 19 (issue 16): what the sentence does not assert, and whose claim it is — what a lone "so …
can" clause is to make possible (a purpose, not a plain "can"), what "fears that X can …" fear (not a plain
"can"). Real sentences of the pool, with the reading made and the one that must not be."""
from __future__ import annotations

from extract_helpers import kept


def test_a_lone_so_with_can_is_the_aim_of_the_act(nlp):
    # business (UK economy): the Bank calls for data so it can decide better — an aim, not a plain "can"
    text = ("Though reliable, ONS data takes longer to publish, so now the BoE is calling for faster delivery of "
            "data so it can make more effective policy decisions.")
    assert ("it", "can make", "more effective policy decisions", "purpose") in kept(nlp, text)
    # tech (Nintendo DS): the adapter is released so the console can play music, whatever the act's tense
    text = "Nintendo is releasing an adapter for its DS handheld console so it can play music and video."
    assert ("it", "can play", "music", "purpose") in kept(nlp, text)


def test_a_so_after_a_comma_or_with_a_negation_tells_a_result(nlp):
    # negative, tech (brain cap): ", so people … could use the cap" follows from it; the "could" stays
    text = ("Such brain activity does not require the use of any nerves of muscles, so people with stroke or "
            "spinal cord injuries could use the cap effectively.")
    assert ("people with stroke or spinal cord injuries", "could use", "the cap", "could") in kept(nlp, text)
    # negative, sport (Dunne): "so I can't be regarded as a kid" is what his games mean, no aim
    text = ('"I\'ve played more games than any other outfield players this season so I can\'t be regarded as '
            'being a kid any more."')
    assert not any(m == "purpose" for _s, _r, _o, m in kept(nlp, text))


def test_what_is_feared_is_no_plain_can(nlp):
    # politics (donations cap): the donors' buying of favours is feared, not what they "can" do
    text = "Fears that big donors can buy political favours have sparked calls for a limit."
    assert ("big donors", "can buy", "political favours", "fear") in kept(nlp, text)


def test_a_could_under_a_fear_stays(nlp):
    # negative, business (a takeover): "could" says the possibility that is feared, as written
    text = "However, there are growing fears that the deal could result in job losses."
    assert ("the deal", "could result in", "job losses", "could") in kept(nlp, text)
