"""Attribution (issue 16, session 8): the verbs of saying in one table; real BBC sentences."""
from __future__ import annotations

from collections import Counter

from kg.extract import quotes, speech


def test_every_verb_of_saying_is_written_once():
    counts = Counter(v for verbs in speech.VERB_USES.values() for v in verbs.split())
    assert [v for v, n in counts.items() if n > 1] == []


def test_the_lists_of_verbs_of_saying_read_the_one_table():
    assert quotes.SAYING == speech.verbs_for("quote")
    assert speech.REPORTING == speech.verbs_for("report")
    assert speech.REPORTING_PARTICIPLES == speech.verbs_for("carry")
    assert speech.EVIDENTIAL == speech.verbs_for("evidence")
    # a verb of thinking reports, but names no quotation's speaker and carries no report on
    assert "think" in speech.REPORTING and "think" not in quotes.SAYING | speech.REPORTING_PARTICIPLES
    # evidence only: "the figures mean that Y" is no speech act
    assert "mean" in speech.EVIDENTIAL and "mean" not in speech.REPORTING
