"""Polarity and attribution (issue 16, session 9): real BBC sentences, the exact triple kept and what
must not be written."""
from __future__ import annotations

import pytest

from extract_helpers import extractions, resolved


def rows(exs):
    """(subject, relation lemma, object, negated, modality, speaker) of each extraction."""
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None, e.negated, e.modality,
             e.speaker.text if e.speaker else None) for e in exs]


# ---------------------------------------------------------------- "X and Y … they": one triple per person

KIDMAN = ("The Oscar-winning star took action against Jamie Fawcett and Ben McDonald after a bugging device was "
          "found outside her home earlier this week. Lawyers for the pair denied allegations they had planted the "
          "device.")  # entertainment/kidman-wins-photographer-battle
KINNOCK = ("Ex-Labour leader Neil Kinnock said Mr Blair and Mr Brown could only deal with the media frenzy by "
           "continuing to say they would not allow a row to damage Labour or British interests.")
BOEING = ("Boeing sacked Mr Sears and Ms Druyun in November 2003 after allegations that they had violated company "
          "recruitment policy.")  # business/ex-boeing-director-gets-jail-term


@pytest.mark.parametrize("text, lemma, expected", [
    (KIDMAN, "plant", [("they", "Jamie Fawcett", "the device", True, None, "Lawyers for the pair"),
                       ("they", "Ben McDonald", "the device", True, None, "Lawyers for the pair")]),
    (KINNOCK, "allow", [("they", "Blair", "a row to damage Labour or British interests", True, "would", "Neil Kinnock"),
                        ("they", "Brown", "a row to damage Labour or British interests", True, "would", "Neil Kinnock")]),
    (BOEING, "violate", [("they", "Sears", "company recruitment policy", False, "allegedly", None),
                         ("they", "Druyun", "company recruitment policy", False, "allegedly", None)]),
], ids=["denied-allegations", "say-they", "allegations-that"])
def test_they_after_coordinated_persons_is_each_person(nlp, text, lemma, expected):
    got = [(t.subject, t.subject_entity, t.object, t.negated, t.modality, t.attributed_to)
           for t in resolved(nlp, text) if t.relation_lemma == lemma]
    assert got == expected  # and never a plain "they" with no one behind it


@pytest.mark.parametrize("text, lemma", [
    # sport/wasps-31-37-leicester: the scorers are Leicester's; "they" are Wasps, named in between
    ("The Tigers stormed 22-6 ahead within 18 minutes through tries from Lewis Moody, Geordan Murphy and Martin "
     "Corry. European champions Wasps fought back through a Josh Lewsey try and Mark van Gisbergen's boot, and they "
     "were level at 31-31 with five minutes remaining.", "be"),
    # sport/a-november-to-remember: persons given as examples of what a team lost; "they" is the team
    ("The dismantling of the Springboks suggested that even after the loss of such influential figures as Martin "
     "Johnson and Lawrence Dallaglio, they still have the personnel to prosper.", "have"),
], ids=["group-named-between", "examples-of-a-group"])
def test_they_is_not_coordinated_persons_when_something_else_can_be_they(nlp, text, lemma):
    people = {"Geordan Murphy", "Martin Corry", "Lewis Moody", "Martin Johnson", "Lawrence Dallaglio"}
    assert [t for t in resolved(nlp, text) if t.subject.casefold() == "they" and t.subject_entity in people] == []


# ---------------------------------------------------------------- direct wh-questions with no question mark

JOL = ('"The referee is already wearing an earpiece so why can\'t we just stop the game and get the decision right," '
       "said Jol after the 0-0 draw.")  # sport/jol-joins-video-technology-call


def test_a_why_question_ended_by_a_comma_is_asked(nlp):
    got = rows(extractions(nlp, JOL))
    assert ("we", "stop", "the game", True, "question", "Jol after the 0-0 draw") in got
    assert ("we", "get", "the decision right", True, "question", "Jol after the 0-0 draw") in got
    # the statement before the question stays said
    assert ("The referee", "wear", "an earpiece", False, None, "Jol after the 0-0 draw") in got


@pytest.mark.parametrize("text, lemma, modality", [
    ("That was why the tyrants lost.", "lose", None),  # no inversion: a reason given
    # indirect, and what was not said is nobody's claim
    ("The spokesman did not say why the three had been detained by the police.", "be detained by", "unclaimed"),
    ("Arnesen sees no reason why they should change it.", "change", "should"),  # relative
], ids=["that-was-why", "indirect", "relative"])
def test_why_without_inversion_asks_nothing(nlp, text, lemma, modality):
    assert [r[4] for r in rows(extractions(nlp, text)) if r[1] == lemma] == [modality]


# ---------------------------------------------------------------- forecasts in the verb group

@pytest.mark.parametrize("text, expected", [
    # sport/holmes-starts-2005-with-gb-events (audit s8final32 N031)
    ("Holmes will not want to needlessly suffer the indignity of being beaten.",
     ("Holmes", "want to suffer", "the indignity of being beaten", True, "expectation", None)),
    # entertainment/pirate-radio (audit s8base33): the writer's account of what stations expected to do
    ("Mainstream radio stations were not going to play this kind of music, and starting their own broadcast "
     "station was economically impossible.",
     ("Mainstream radio stations", "go to play", "this kind of music", True, "expectation", None)),
], ids=["will-want", "were-going-to"])
def test_a_forecast_is_an_expectation(nlp, text, expected):
    got = rows(extractions(nlp, text))
    assert expected in got
    assert expected[:4] + (None, None) not in got  # not the writer's plain fact


@pytest.mark.parametrize("text, lemma", [
    ("The G8 countries will meet at Gleneagles in Scotland.", "meet at"),  # a fixed event stays asserted
    ("The music player has no display and will play songs either consecutively or shuffled.", "play"),
], ids=["fixed-event", "what-it-will-do"])
def test_a_fixed_future_is_no_forecast(nlp, text, lemma):
    assert [r[4] for r in rows(extractions(nlp, text)) if r[1] == lemma] == [None]


# ---------------------------------------------------------------- "N, which X says Y": N is what X speaks of

@pytest.mark.parametrize("text, expected", [
    ("Six government units would also be scrapped under proposals which the Tories say would save more than £4.3bn.",
     # (the "would" of what a plan is said to bring reads as the plan's: clauses.is_aim_of_modal)
     ("proposals", "save", "more than £4.3bn", False, "plan", "the Tories")),
    ("MPs are preparing to debate a bill which critics claim would legalise euthanasia \"by the back door\".",
     ("a bill", "legalise", "euthanasia", False, "would", "critics")),
    ("Market leader Nintendo, however, is releasing a handheld console that it says will revolutionise the way "
     "games are played.", ("a handheld console", "revolutionise", "the way games are played", False, None, "it")),
], ids=["which-say", "which-claim", "that-says"])
def test_a_relative_pronoun_subject_of_a_report_is_the_noun_spoken_of(nlp, text, expected):
    got = rows(extractions(nlp, text))
    assert expected in got
    assert not [r for r in got if r[0].split()[0].casefold() in {"which", "that"}]  # no "which … — is —"
    assert expected[:4] + (None, None) not in got  # the speaker's claim, not the writer's fact


def test_after_a_comma_the_relative_word_is_not_read_across_the_report(nlp):
    # politics/blair-moves-to-woo-jewish-voters: what critics claimed "anti-Semitic" is the posters
    text = ("Mr Blair also distanced himself from recent Labour campaign posters featuring Mr Howard, which critics "
            "claimed were \"anti-Semitic\".")
    assert [r for r in rows(extractions(nlp, text)) if r[0] == "Mr Howard"] == []


# ---------------------------------------------------------------- the future auxiliaries speculate

def test_every_future_auxiliary_but_shall_speculates():
    from kg.extract.speech import SPECULATING
    from kg.lexicon import FUTURE_AUX
    assert FUTURE_AUX - {"shall"} <= SPECULATING  # "’ll" (curly) and the "wo" of "won't" too
    assert "shall" not in SPECULATING


ADAPTER = "Nintendo has also announced a media adapter, which {} allow the console to play music and video on the move."


@pytest.mark.parametrize("text, aside", [
    ("It was founded by their father, Dhiru Bhai Ambani, who died two years ago.", True),
    (ADAPTER.format("will"), False),  # tech/nintendo-ds-aims-to-touch-gamers
    (ADAPTER.format("won't"), False),
], ids=["past", "will", "won't"])
def test_a_comma_relative_with_a_future_auxiliary_is_no_writers_aside(nlp, text, aside):
    from kg.extract.speech import is_comma_relative
    clause = next(t for t in nlp(text) if t.dep_ == "relcl")
    assert is_comma_relative(clause) is aside


# ---------------------------------------------------------------- "N quoted X as saying": X's words

@pytest.mark.parametrize("text, expected, agency", [
    # business/mci-shares-climb-on-takeover-bid
    ("The largest US telephone company Verizon has previously held preliminary merger discussions with MCI, Reuters "
     "quoted sources as saying.",
     ("The largest US telephone company Verizon", "hold", "preliminary merger discussions with MCI", False, None,
      "sources"), "Reuters"),
    # business/jobs-go-at-oracle-after-takeover: the worker's words, not the agency's
    ('"We\'re mourning the passing of a great company," the agency quoted Peoplesoft worker David Ogden as saying.',
     ("We", "mourn", "the passing of a great company", False, None, "Peoplesoft worker David Ogden"), "the agency"),
], ids=["indirect", "quotation"])
def test_quoted_as_saying_gives_the_words_to_the_one_quoted(nlp, text, expected, agency):
    got = rows(extractions(nlp, text))
    assert expected in got
    assert not [r for r in got if r[5] == agency]  # the agency reports; it does not say it
    assert expected[:5] + (None,) not in got  # nor is it the writer's plain fact


# ---------------------------------------------------------------- a passive report is heard, not said

@pytest.mark.parametrize("text, subject, relation", [
    # politics/blair-sees-greater-bush-consensus (audit s8final32 T004): the question was put to Mr Blair; he did not say it
    ("Following claims that US forces had worked inside Iran to identify potential targets, Mr Blair was asked if the "
     "SAS had also been in the country.", "Mr Blair", "was asked if"),
    # politics/uk-plan-to-deport-terror-suspects
    ("The government was told that using anti-terror legislation brought in after 11 September to hold the men "
     "indefinitely without charge broke human rights laws.", "The government", "was told that"),
], ids=["asked-if", "told-that"])
def test_a_passive_report_is_no_speech_act_of_its_subject(nlp, text, subject, relation):
    kinds = [e.kind for e in extractions(nlp, text) if e.subject.text == subject and e.relation == relation]
    assert kinds == ["fact"]  # the subject heard it: not "Mr Blair said the SAS had been in the country"


def test_an_active_report_stays_a_speech_act(nlp):
    # tech/a-decade-of-good-website-design
    text = ("Dr Nielsen said the success of sites such as Google, Amazon, eBay and Yahoo showed that close attention to "
            "design and user needs was important.")
    assert [e.kind for e in extractions(nlp, text) if e.subject.text == "Dr Nielsen"] == ["speech"]
