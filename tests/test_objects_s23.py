"""Where an argument starts and ends (issue 16, session 23, `objects`): real BBC sentences (the engineers' pool),
the exact reading made and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, readings


def spo(nlp, text):
    """(subject, relation, object) of each reading of ``text``."""
    return [r[:3] for r in readings(nlp, text)]


DENIER_PARTICIPLE = [
    # a comma-set participle of saying inside a denied content noun's clause is the denier's next words, not denied
    ("balls", "Mr Balls rejected the allegation that Mr Brown had been sidelined in the election campaign, saying he "
              "was playing a \"different\" role to the one he played in the last two elections.",
     ("Mr Balls", "rejected", "the allegation that Mr Brown had been sidelined in the election campaign"),
     ("Mr Balls", "rejected", "the allegation that Mr Brown had been sidelined in the election campaign, saying he "
                              "was playing a \"different\" role to the one he played in the last two elections")),
    # negative: a denied content with no such participle keeps its whole clause
    ("iraq", "But the firm denied reports it was withdrawing completely from Iraq.",
     ("the firm", "denied", "reports it was withdrawing completely from Iraq"),
     ("the firm", "denied", "reports")),
]


@pytest.mark.parametrize("name,text,made,wrong", DENIER_PARTICIPLE, ids=[c[0] for c in DENIER_PARTICIPLE])
def test_denier_participle(nlp, name, text, made, wrong):
    assert_reads(spo(nlp, text), made, wrong)


COUNTED_NOUN = [
    # the noun an amount written with its unit ("£800m") counts is part of the phrase, though the parse hung it apart
    ("offer", "Irishmen JP McManus and John Magnier, who own a 29% stake in Manchester United, will reportedly reject "
              "any formal £800m offer for the club.",
     ("John Magnier", "will reportedly reject", "any formal £800m offer for the club"),
     ("John Magnier", "will reportedly reject", "any formal £800m")),
    ("rupees", "Sales in Dr Reddy's generics business fell 8.6% to 966m rupees.",
     ("Sales in Dr Reddy's generics business", "fell to", "966m rupees"),
     ("Sales in Dr Reddy's generics business", "fell to", "966m")),
    # negative: a participle after the amount is no noun it counts
    ("spent", "However, Sony's PlayStation 2 was the top seller with 47% of the £1.34bn spent on games in 2004 used "
              "to buy titles for that console.",
     ("Sony's PlayStation 2", "was", "the top seller with 47% of the £1.34bn"),
     ("Sony's PlayStation 2", "was", "the top seller with 47% of the £1.34bn spent")),
]


@pytest.mark.parametrize("name,text,made,wrong", COUNTED_NOUN, ids=[c[0] for c in COUNTED_NOUN])
def test_counted_noun(nlp, name, text, made, wrong):
    assert_reads(spo(nlp, text), made, wrong)


SPLIT_WORD = [
    # a hyphenated word the tokenizer split and the parse read as sibling words: the word and its phrase are one
    ("co-author", "\"Broadband is putting the 'me' in media as it shifts power from institutions and into the hands "
                  "of the individual,\" said John Craig, co-author of the Demos report.",
     ("John Craig", "be", "co-author of the Demos report"),
     ("John Craig", "be", "co-author")),
    ("re-election", "Health Secretary John Reid said those fuelling such reports were damaging Labour's re-election "
                    "chances and would not be easily forgiven.",
     ("those fuelling such reports", "were damaging", "Labour's re-election chances"),
     ("those fuelling such reports", "were damaging", "Labour's re-election")),
    ("re-creation", "Super Mario 64 DS is a faithful re-creation of the Nintendo 64 classic with a host of new "
                    "mini-games and new levels.",
     ("Super Mario", "is", "a faithful re-creation of the Nintendo 64 classic"),
     ("Super Mario", "is", "a faithful re-creation")),
    ("re-valued", "He added: \"Around a third of Welsh households have been re-valued upwards by at least one band and "
                  "inevitably face increases into double figures.\"",
     ("He", "added", "Around a third of Welsh households have been re-valued upwards by at least one band and "
                     "inevitably face increases into double figures"),
     ("He", "added", "Around a third of Welsh households have been re-valued")),
    # negative: a noun after the split word set off by a bracket is no part of it (the next clause's subject)
    ("mini-van", "\"Customers are moving out of the mini-van (and) traditional concepts are not as attractive "
                 "anymore,\" he said.",
     ("Customers", "are moving out of", "the mini-van"),
     ("Customers", "are moving out of", "the mini-van (and) traditional concepts")),
    # negative: a hyphenated word the parse built inside itself keeps its phrase as before
    ("anti-virus", "The original Cabir worm came to light in mid-June 2004 when it was sent to anti-virus firms as a "
                   "proof-of-concept program.",
     ("it", "was sent", "to anti-virus firms"),
     ("it", "was sent", "to anti-virus firms as a proof-of-concept program")),
]


@pytest.mark.parametrize("name,text,made,wrong", SPLIT_WORD, ids=[c[0] for c in SPLIT_WORD])
def test_split_word(nlp, name, text, made, wrong):
    assert_reads(spo(nlp, text), made, wrong)


def test_split_word_read_once(nlp):
    """One apposition for the split word, not one from each piece."""
    text = ("\"The competition has validated the problem we tackle,\" said Suranga Chandratillake, co-founder of "
            "Blinkx.")
    read = spo(nlp, text)
    assert read.count(("Suranga Chandratillake", "be", "co-founder of Blinkx")) == 1
    assert ("Suranga Chandratillake", "be", "co-founder") not in read


BARE_INFINITIVE = [
    # a past coordinated with a bare infinitive after "made" cannot go on it: it is the governor's conjunct
    ("made", "China's exporting success has made the trade deficit of the United States soar even further and made "
             "trade with China a sensitive political issue in Washington.",
     ("China's exporting success", "has made", "the trade deficit of the United States soar even further"),
     ("China's exporting success", "has made", "the trade deficit of the United States soar even further and made "
                                               "trade with China a sensitive political issue in Washington")),
    # negative: a base form coordinated with the bare infinitive goes on it
    ("let", "The service will let people listen to radio on their mobiles and download relevant content, like a "
            "track's ringtone, simultaneously.",
     ("The service", "will let", "people listen to radio on their mobiles and download relevant content, like a "
                                 "track's ringtone, simultaneously"),
     None),
]


@pytest.mark.parametrize("name,text,made,wrong", BARE_INFINITIVE, ids=[c[0] for c in BARE_INFINITIVE])
def test_bare_infinitive(nlp, name, text, made, wrong):
    assert_reads(spo(nlp, text), made, wrong)
