"""Relations that keep their preposition (issue 16, session 23, `subjects`): real BBC sentences (the engineers'
pool), the exact reading made and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, readings


def spo(nlp, text):
    """(subject, relation, object) of each reading of ``text``."""
    return [r[:3] for r in readings(nlp, text)]


IDIOMS = [
    # a bare noun and the "to" the parse made the verb's dative: one predicate, the object after "to"
    ("paid-tribute", "Souness also paid tribute to Laurent Robert, who was at the heart of much of United's attacking "
                     "play.",
     ("Souness", "also paid tribute to", "Laurent Robert"),
     ("Souness", "also paid", "tribute")),
    ("giving-evidence", "Mr Cook, who is giving evidence to the Power inquiry into voter turnout rates, told BBC Radio "
                        "4's Today Programme it was not fair to blame the public.",
     ("Mr Cook", "is giving evidence to", "the Power inquiry"),
     ("Mr Cook", "is giving", "evidence")),
    ("set-light", "A poem written by Hendrix two weeks after his infamous appearance at the Monterey Festival where he "
                  "set light to his guitar went for £10,000.",
     ("he", "set light to", "his guitar"),
     ("he", "set", "light")),
    # negative: a noun with words of its own stays the object, its "to" an argument
    ("gave-the-money", "The charity gave the money to the victims of the floods.",
     ("The charity", "gave", "the money"),
     ("The charity", "gave the money to", "the victims of the floods")),
]


@pytest.mark.parametrize("name,text,made,wrong", IDIOMS, ids=[c[0] for c in IDIOMS])
def test_bare_noun_and_its_dative_preposition(nlp, name, text, made, wrong):
    assert_reads(spo(nlp, text), made, wrong)
