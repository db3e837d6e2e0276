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
