"""Objects of the right extent (issue 16, session 10): the wrong-object class of the blind audits,
counted in the BBC corpus before each rule was written (bench/README.md, "Session 10 (facts)").
Real BBC sentences: the exact triple read, and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, triples

IDENTIFYING_CLAUSES = [
    # a clause right after an unnamed noun says which one: cut off, the object says something else
    ("relative-on-inner-noun", "The state's Consumer Protection Against Spyware Act bans the installation of software "
                               "that takes control of another computer.",
     ("The state's Consumer Protection Against Spyware Act", "ban",
      "the installation of software that takes control of another computer"),
     ("The state's Consumer Protection Against Spyware Act", "ban", "the installation of software")),
    ("contact-clause", "The whole glory of John Peel was the fact he was not commited to one genre.",
     ("The whole glory of John Peel", "be", "the fact he was not commited to one genre"),
     ("The whole glory of John Peel", "be", "the fact")),
    ("where-relative", "\"Workers should not be placed in the situation where they are forced to choose between risking "
                       "their job or risking their personal health and safety.\"",
     ("Workers", "be placed in", "the situation where they are forced to choose between risking their job or risking "
                                 "their personal health and safety"),
     ("Workers", "be placed in", "the situation")),
    ("negated-road", "The British Government is not going down the road that Mr Forsyth suggests.",
     ("The British Government", "go down", "the road that Mr Forsyth suggests"),
     ("The British Government", "go down", "the road")),
    ("quoted-noun", "Earlier, Mr Sharon again said he had not seen \"the slightest step\" the Palestinians were working "
                    "to end terror attacks.",
     ("he", "see", "\"the slightest step\" the Palestinians were working to end terror attacks"),
     ("he", "see", "the slightest step")),
    # negative: a clause set off by a comma only adds to the noun
    ("comma-set", "He much preferred the old currencies of Europe, which moved in relation to each country's economic "
                  "performance.",
     ("He", "prefer", "the old currencies of Europe"),
     ("He", "prefer", "the old currencies of Europe, which moved in relation to each country's economic performance")),
    # negative: after "any" a clause with no relative word is the next clause misread
    ("quantified-next-clause", "If you don't have any chances you have to think of other things.",
     ("you", "have", "any chances"),
     ("you", "have", "any chances you have to think of other things")),
]


@pytest.mark.parametrize("text, made, wrong", [row[1:] for row in IDENTIFYING_CLAUSES],
                         ids=[row[0] for row in IDENTIFYING_CLAUSES])
def test_an_object_keeps_the_clause_that_says_which(nlp, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)
