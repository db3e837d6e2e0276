"""A quoted "we" is its speaker's organisation when the speaker holds a role in exactly one (issue 16:
"I"/"we" inside a quote are its speaker, or the speaker's organisation for "we")."""
from __future__ import annotations

from kg.builder import resolve_analyses
from kg.graph.vocab import Vocabulary
from kg.pipeline import analyse_articles
from kg.records import Article


def resolved(nlp, text):
    analyses = list(analyse_articles([Article("t0", text)], nlp))
    triples, entities, _ = resolve_analyses(analyses, Vocabulary())
    return triples, {e.name: e for e in entities}


def test_quoted_we_of_a_club_manager_is_the_club(nlp):
    triples, entities = resolved(nlp, "\"We will not sell our best players,\" said Arsenal manager Arsene Wenger.")
    assert [(r.role, r.of) for r in entities["Arsene Wenger"].roles] == [("manager", "Arsenal")]
    sell = [t for t in triples if t.relation_lemma == "sell"]
    assert [(t.subject, t.subject_entity, t.negated, t.attributed_to) for t in sell] == [
        ("We", "Arsenal", True, "Arsene Wenger")]


def test_quoted_we_of_a_speaker_with_no_organisation_is_the_speaker(nlp):
    # no role: "we" stays the speaker; "I" is always the speaker, never the organisation
    triples, _ = resolved(nlp, "\"We will not sell our best players and I will not leave,\" said Rick Parry.")
    assert {(t.subject, t.subject_entity) for t in triples if t.relation_lemma in {"sell", "leave"}} == {
        ("We", "Rick Parry"), ("I", "Rick Parry")}
