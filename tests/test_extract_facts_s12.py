"""Wrong objects, subjects and readings that are no fact (issue 16, session 12, `facts`): constructions
found by reading a random draw of a pool build (bench/README.md, "Session 12 (facts)"). Real BBC sentences
from /work/pool: the exact triple read, and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, triples

SWALLOWED_ADDRESSEES = [
    # whom a verb of telling addressed, parsed as the first words of the reported clause's subject
    ("name-then-name", "Sources within the Conservative Party told the BBC Michael Howard has always been in favour "
                       "of ID cards, and tried to introduce them when he was Home Secretary.",
     ("Michael Howard", "try to introduce", "them"),
     ("the BBC Michael Howard", "try to introduce", "them")),
    ("name-then-noun", "A senior defence official told the BBC lessons were being learned.",
     ("A senior defence official", "tell", "lessons were being learned"),
     ("A senior defence official", "tell", "the BBC lessons were being learned")),
    ("object-then-clause", "Mr Lammy told BBC News Labour MPs would not get a free vote as the law was being "
                           "strengthened, not changed.",
     ("Labour MPs", "get", "a free vote"),
     ("BBC News Labour MPs", "get", "a free vote")),
    # no title read off the addressee
    ("no-title", "Sources within the party told the BBC Mr Howard had always been in favour of ID cards, and tried "
                 "to introduce them when he was Home Secretary.",
     ("Mr Howard", "be in", "favour of ID cards"),
     ("Howard", "be", "BBC")),
    # negative: the parse that has the addressee as the verb's own object keeps it there
    ("own-object", "Founding member Geoff Barrow told BBC 6 Music the record was well on the way to being "
                   "completed.",
     ("Founding member Geoff Barrow", "tell", "the record was well on the way to being completed"),
     ("Founding member Geoff Barrow", "tell", "record was well on the way to being completed")),
    ("possessive", "Lord Falconer told BBC Radio 4's Today programme it was impossible for some elderly people to "
                   "go to court to give evidence.",
     ("Lord Falconer", "tell", "it was impossible for some elderly people to go to court to give evidence"), None),
]


@pytest.mark.parametrize("name,text,made,wrong", SWALLOWED_ADDRESSEES, ids=[c[0] for c in SWALLOWED_ADDRESSEES])
def test_the_addressee_of_tell_is_no_part_of_the_reported_subject(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)
