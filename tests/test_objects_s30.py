"""Whose object it is (issue 16, session 30, `objects`): real BBC sentences (the engineers' pool and the judged
examples of session 29), the exact reading made and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import kept


SUBJECT_READ_AS_OBJECT_IN_A_CHAIN = [
    # a verb of knowing or saying at the end of a to-infinitive chain takes a clause with no "that" whose subject
    # the parse made its object: the object is the clause, not its subject
    ("trying-to-ensure", "The UK was trying to ensure future EU budgets were limited to 1% of Europe's economic output.",
     ("The UK", "was trying to ensure", "future EU budgets were limited to 1% of Europe's economic output", None),
     ("The UK", "was trying to ensure", "future EU budgets", None)),
    ("had-to-accept", "It was agreed the issue can be tackled at a later date but Turkish premier Recep Erdogan had to "
                      "accept negotiations did not guarantee his country full EU membership.",
     ("Turkish premier Recep Erdogan", "had to accept", "negotiations did not guarantee his country full EU membership",
      None),
     ("Turkish premier Recep Erdogan", "had to accept", "negotiations", None)),
]


@pytest.mark.parametrize("name,text,made,wrong", SUBJECT_READ_AS_OBJECT_IN_A_CHAIN,
                         ids=[c[0] for c in SUBJECT_READ_AS_OBJECT_IN_A_CHAIN])
def test_the_clause_of_a_chain_s_last_verb_is_its_object(nlp, name, text, made, wrong):
    got = kept(nlp, text)
    assert made in got
    assert wrong not in got


def test_a_chain_s_object_with_no_clause_after_it_stays(nlp):
    """An object followed by no finite verb is whole: "had to argue his case to be allowed …"."""
    assert ("Mr Tansley", "had to argue", "his case", None) in kept(
        nlp, "Mr Tansley had to argue his case to be allowed to continue competing with motorcycle racing's governing "
             "body, the Autocycle Union.")

