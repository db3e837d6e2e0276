"""Where an argument starts and ends (issue 16, session 22, `objects`): real BBC sentences (the engineers' pool),
the exact reading made and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, readings


def spo(nlp, text):
    """(subject, relation, object) of each reading of ``text``."""
    return [r[:3] for r in readings(nlp, text)]


REJECTED = [
    # the conjunct "rather than" sets aside is no argument of the predicate; the first conjunct keeps its reading
    ("creditor-debtor", "Russia is now a net creditor rather than a debtor.",
     ("Russia", "is", "a net creditor"),
     ("Russia", "is", "a debtor")),
    ("flash-memory", "Mr Jobs also unveiled the iPod shuffle, a new music player using cheaper flash memory rather than "
                     "hard drives, which are used in more expensive iPods.",
     ("a new music player", "be using", "cheaper flash memory"),
     ("a new music player", "be using", "hard drives")),
    ("blair-howard", "In a letter to his constituency chairman he wrote: \"It is in the country's best interest that "
                     "Tony Blair rather than Michael Howard should form the next government.\"",
     ("Tony Blair", "should form", "the next government"),
     ("Michael Howard", "should form", "the next government")),
    ("monitor", "It's not pretty and has a monitor rather than a flat-panel display.",
     ("It", "has", "a monitor"),
     ("It", "has", "a flat-panel display")),
    # negative: conjuncts joined by "and" are each an argument, as before
    ("and-conjuncts", "The exhibition will feature images taken by photographers David Bailey and Nan Goldin.",
     ("images", "be taken by", "Nan Goldin"),
     None),
]


@pytest.mark.parametrize("name,text,made,wrong", REJECTED, ids=[c[0] for c in REJECTED])
def test_rejected_conjunct(nlp, name, text, made, wrong):
    assert_reads(spo(nlp, text), made, wrong)


SENTENCE_END_AFTER_MILLIONS = [
    # a sentence that ends in an amount of millions ("£350m.") ends there: no argument runs into the next sentence
    ("wpp", "Analysts say the unit sell could sell for up to £350m. WPP in recent years has also bought firms such as "
            "Ogilvy & Mather and Cordiant Communications.",
     ("WPP", "has also bought", "firms such as Ogilvy & Mather and Cordiant Communications"),
     ("the unit sell", "could sell for", "up to £350m. WPP")),
    ("kluft", "Britain's 800m and 1500m champion Kelly Holmes is taking part in the 1000m. Swedish heptathlon gold "
              "medallist Carolina Kluft will contest the 60m hurdles.",
     ("Swedish heptathlon gold medallist Carolina Kluft", "will contest", "the 60m hurdles"),
     ("Kelly Holmes", "is taking part in", "the 1000m. Swedish heptathlon gold medallist Carolina Kluft")),
    # the amount keeps its number and unit, without the full stop
    ("pinochet", "On that occasion, it was ordered to pay a fine of $16m. Gen Pinochet himself has never been put on "
                 "trial for human rights violations under his 1973-90 rule.",
     ("it", "was ordered to pay", "a fine of $16m"),
     ("it", "was ordered to pay", "a fine of $16m.")),
    # negative: "p.m." stays one token inside its sentence
    ("pm", "The polls close at 10 p.m. on Thursday, officials said.",
     ("officials", "said", "The polls close at 10 p.m. on Thursday"),
     None),
]


@pytest.mark.parametrize("name,text,made,wrong", SENTENCE_END_AFTER_MILLIONS, ids=[c[0] for c in SENTENCE_END_AFTER_MILLIONS])
def test_sentence_ends_after_millions(nlp, name, text, made, wrong):
    assert_reads(spo(nlp, text), made, wrong)


PLACING = [
    # an adverb of place, order or time right after the verb carries the preposition of the verb's argument
    ("coming-late", "Microsoft is coming late to the desktop search arena and its software will have to compare "
                    "favourably with programs from a large number of rivals.",
     ("Microsoft", "is coming late to", "the desktop search arena"),
     ("Microsoft", "is coming", None)),
    ("moving-closer", "But central defender Lorenzo Amoruso is moving closer to fitness following a knee operation.",
     ("central defender Lorenzo Amoruso", "is moving closer to", "fitness"),
     ("central defender Lorenzo Amoruso", "is moving following", "a knee operation")),
    ("steer-clear", "Oscars steer clear of controversy",
     ("Oscars", "steer clear of", "controversy"),
     None),
    # negative: the near-miss adverbs read as before ("came close to scoring"); "ahead of" says when, not how
    ("ahead-of", "Mr Schroeder's intervention comes ahead of a meeting of the 12 Eurozone finance ministers on Monday.",
     None,
     ("Mr Schroeder's intervention", "comes ahead of", "a meeting of the 12 Eurozone finance ministers on Monday")),
    ("came-close", "Chelsea came close to scoring twice.",
     ("Chelsea", "came close to", "scoring twice"),
     None),
]


@pytest.mark.parametrize("name,text,made,wrong", PLACING, ids=[c[0] for c in PLACING])
def test_placing_adverb(nlp, name, text, made, wrong):
    assert_reads(spo(nlp, text), made, wrong)


SUMMARY_AFTER_DASH = [
    # a phrase set off by a dash after the verb's own complement sums up what comes before: no object of the verb
    ("highest-figure", "Throughout 2004, the number of people in work increased by 296,000 to 28.52 million - the "
                       "highest figure since records began in 1971.",
     ("records", "began in", "1971"),
     ("the number of people in work", "increased", "the highest figure")),
    ("peterborough", "Mr Howard said nearly 160,000 people were settling in the UK every year - the size of a city "
                     "like Peterborough.",
     None,
     ("nearly 160,000 people", "were settling", "the size of a city like Peterborough")),
    ("one-fifth", "It is in the midst of cutting 12,000 jobs - one fifth of the European total - in a bid to cut costs.",
     None,
     ("It", "is", "one fifth of the European total")),
    # negative: the dash that closes an aside is followed by the verb's own complement
    ("message", "\"For all of us, at any age there is always - beyond the pure enjoyment of the tale - a message to "
                "learn.\"",
     ("there", "is", "a message to learn"),
     None),
]


@pytest.mark.parametrize("name,text,made,wrong", SUMMARY_AFTER_DASH, ids=[c[0] for c in SUMMARY_AFTER_DASH])
def test_summary_after_dash(nlp, name, text, made, wrong):
    assert_reads(spo(nlp, text), made, wrong)
