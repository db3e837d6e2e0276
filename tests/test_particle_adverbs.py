"""Adverbs read as particles (clauses.PARTICLE_ADVERBS, clauses.is_particle): right after their verb and
with nothing of their own, "behind", "ahead", "apart", "high" carry the verb's meaning and stay in the
relation; with an object of their own they are a preposition and the object stays the object.
Sentences from the BBC corpus."""
from __future__ import annotations

from extract_helpers import assert_reads, readings


def test_fell_behind_to_keeps_behind_in_the_relation(nlp):
    read = readings(nlp, "Having beaten Australia and South Africa to reach the final, England fell behind to an "
                         "early try against Fiji.")
    assert_reads(read, ("England", "fell behind to", "an early try against Fiji", False, None, None),
                 ("England", "fell to", "an early try against Fiji", False, None, None))


def test_running_high_is_the_relation_not_running(nlp):
    read = readings(nlp, "At the headquarters of Quorn hunt in Leicestershire, feelings were running high as hunt "
                         "enthusiasts prepared for their final legal hunt.")
    assert_reads(read, ("feelings", "were running high", None, False, None, None),
                 ("feelings", "were running", None, False, None, None))


def test_behind_with_its_own_object_is_no_particle(nlp):
    """The negative case: "fell behind the producers" — "behind" has an object, which stays the object."""
    read = readings(nlp, "France fell behind the 'New World' producers of Australia, Chile and the United States "
                         "for the first time in 2003 in terms of exports.")
    assert_reads(read, ("France", "fell behind", "the 'New World' producers of Australia, Chile and the United States",
                        False, None, None),
                 ("France", "fell behind", None, False, None, None))
