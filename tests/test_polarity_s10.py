"""Polarity and attribution (issue 16, session 10): real BBC sentences, the exact triple kept and what
must not be written."""
from __future__ import annotations

import pytest

from extract_helpers import extractions


def rows(text, nlp):
    """(subject, relation lemma, object, negated, modality, speaker) of each extraction of ``text``."""
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None, e.negated, e.modality,
             e.speaker.text if e.speaker else None) for e in extractions(nlp, text)]


# ---------------------------------------------------------------- "X said Y did A and asked Z": X asks

@pytest.mark.parametrize("text, made, wrong", [
    # politics/end-bush-denial-blair-tells-eu
    ('He said some people were in "a sort of state of denial" about the US election result but predicted a more '
     '"receptive mood" would emerge soon.',
     ("He", "predict", 'a more "receptive mood" would emerge soon', False, None, None),
     ("some people", "predict", 'a more "receptive mood" would emerge soon', False, None, None)),
    # politics/blair-dismisses-quit-claim-report: the denial is Field's, not the prime minister's
    ("Former welfare minister Frank Field MP said the prime minister should sack Mr Brown, but did not believe "
     "Mr Blair was strong enough to do so.",
     ("Former welfare minister Frank Field MP", "believe", "Mr Blair was strong enough to do so", True, None, None),
     ("the prime minister", "believe", "Mr Blair was strong enough to do so", True, None, None)),
    # politics/no-one-can-define-new-hunt-ban
    ("Lib Dem MP Lembit Opik said ministers had invented a new category of hunting - chasing away - and asked how "
     "police were supposed to interpret the rules.",
     ("Lib Dem MP Lembit Opik", "ask", "how police were supposed to interpret the rules", False, None, None),
     ("ministers", "ask", "how police were supposed to interpret the rules", False, None, None)),
    # negative: a thing can show (politics/mallon-wades-into-ne-vote-battle): the decision showed it, not Robb
    ("Graham Robb, spokesman for North East Says No, said the Yes campaign's decision to get personal dragged the "
     'campaign "into the gutter" and showed they were "rattled".',
     ("the Yes campaign's decision to get personal", "show", 'they were "rattled"', False, None, None),
     ("Graham Robb", "show", 'they were "rattled"', False, None, None)),
    # negative (politics/peers-debate-crown-succession-law): after a report of a hope the coordinated verb is
    # more of what is hoped
    ('"We hope they are warm towards it and don\'t say this is the wrong time."',
     ("they", "say", "this is the wrong time", True, "hope", "We"),
     ("We", "say", "this is the wrong time", True, None, None)),
], ids=["but-predicted", "but-did-not-believe", "and-asked", "thing-shows", "after-hope"])
def test_verb_of_saying_coordinated_with_the_reported_clause_is_the_reporters(nlp, text, made, wrong):
    got = rows(text, nlp)
    assert made in got
    assert wrong not in got
