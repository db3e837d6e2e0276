"""Where an argument starts and ends (issue 16, session 21, `objects`): the wrong-object and wrong-subject
classes of session 20's blind audit. Real BBC sentences (the engineers' pool): the exact reading made, and the
reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, readings


def spo(nlp, text):
    """(subject, relation, object) of each reading of ``text``."""
    return [r[:3] for r in readings(nlp, text)]


ASIDES = [
    # an argument of a verb inside an aside set off by dashes ends at the closing dash
    ("owns-stake", "Japanese carmaker Nissan - in which Renault owns a 44% stake - contributed 1.7bn euros in net "
                   "income over the year.",
     ("Renault", "owns", "a 44% stake"),
     ("Renault", "owns", "a 44% stake - contributed 1.7bn euros in net income over the year")),
    # the clause the aside interrupts goes on after it: its coordinated verb has that clause's subject
    ("but-conceded", "Wilson has twice tried to resurrect Factory - which lasted for 14 years before folding - but "
                     "conceded these efforts had been \"despondent and dismal experiences\".",
     ("Wilson", "conceded", "these efforts had been \"despondent and dismal experiences\""),
     ("Factory", "conceded", "these efforts had been \"despondent and dismal experiences\"")),
    # the verb an adverbial aside hangs on: its subject goes on after the aside
    ("and-pledged", "Boeing apologised publicly for the affair - although it claimed it did not gain any unfair "
                    "advantage - and pledged to improve its procedures.",
     ("Boeing", "pledged to improve", "its procedures"),
     ("it", "pledged to improve", "its procedures")),
    # negative: a verb of the clause after the aside that is not right after the dash keeps the parse's subject
    ("not-based-on", "So far the US has refused to sign up to the Kyoto treaty - which aims to cut emissions - "
                     "branding it politically motivated and not based on science.",
     ("the Kyoto treaty", "not based on", "science"),
     ("the US", "not based on", "science")),
    # a subject ends before the aside the parse ran it into
    ("elvis-recordings", "But some of Elvis Presley's earliest recordings - including takes of All Shook Up - failed to "
                         "sell at the Bonhams and Butterfields two-day sale.",
     ("some of Elvis Presley's earliest recordings", "failed to sell at", "the Bonhams and Butterfields two-day sale"),
     ("some of Elvis Presley's earliest recordings - including takes of All", "failed to sell at",
      "the Bonhams and Butterfields two-day sale")),
    # negative: a coordinated verb set in shares the object after the dashes
    ("continue-to-provide", "A spokesman for the DCA said: \"The DCA has provided - and will continue to provide - "
                            "strong, clear leadership.",
     ("The DCA", "will continue to provide", "strong, clear leadership"),
     None),
    # negative: a verb after the aside with a subject of its own keeps it
    ("but-we", "He said: \"It was a good performance - some of the football was fantastic - but we just didn't finish "
               "them off.",
     ("we", "did n't finish off", "them"),
     None),
    # negative: no aside (one dash, none closing it) cuts nothing
    ("one-dash", "The price of inkjet printers has come down to as little as £34 - but it could cost up to £1,700 "
                 "in running costs over an 18-month period.",
     ("it", "could cost", "up to £1,700"),
     None),
]


@pytest.mark.parametrize("name,text,made,wrong", ASIDES, ids=[c[0] for c in ASIDES])
def test_aside_arguments(nlp, name, text, made, wrong):
    assert_reads(spo(nlp, text), made, wrong)


def test_aside_further_arguments(nlp):
    """No further argument of a verb inside an aside comes from after its closing dash: the hearing was due to
    take place on Wednesday, not until 6 June (the judge pushed it back until then)."""
    text = ("US judge Susan Illston pushed back a preliminary evidentiary hearing - which was due to take place on "
            "Wednesday - until 6 June.")
    from extract_helpers import extractions
    due = [e for e in extractions(nlp, text) if e.relation == "was due to take"]
    assert due and all("until 6 June" not in [a.text for a in e.extra] for e in due)
    assert any("on Wednesday" in [a.text for a in e.extra] for e in due)
