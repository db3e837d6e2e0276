"""Every triple is a fact about the world (issue 16): real BBC sentences, the exact triple read
and what must not be asserted. Resolution-stage rules (kg/resolve/triples.py) and extraction rules
(kg/extract: clefts, expletive "it", possessive noise, clause boundaries)."""
from __future__ import annotations

from kg.build import resolve_analyses
from kg.graph import Vocabulary
from kg.pipeline import analyse_articles
from kg.records import Article
from kg.resolve.triples import BARE_PRONOUNS


def resolved(nlp, *texts):
    """The triples and entities of small articles (one per text), resolved together."""
    analyses = list(analyse_articles([Article(f"t{i}", t) for i, t in enumerate(texts)], nlp))
    triples, entities, _ = resolve_analyses(analyses, Vocabulary())
    return triples, {e.name: e for e in entities}


def spo(triples):
    return [(t.subject, t.relation_lemma, t.object) for t in triples]


# -- self-loops: a title or alias beside a name is the entity's description, not an edge -------------

def test_a_title_before_a_name_is_a_role_not_a_self_loop(nlp):
    # sport/... "Home Secretary Charles Clarke said ministers had kept to their pledge to review the law."
    triples, entities = resolved(nlp, "Home Secretary Charles Clarke said ministers had kept to their pledge "
                                      "to review the law.")
    assert ("Home Secretary Charles Clarke", "say", "ministers had kept to their pledge to review the law") in spo(triples)
    # not asserted: Charles Clarke — be — Home Secretary [Charles Clarke]
    assert not [t for t in triples if t.subject_entity and t.subject_entity == t.object_entity]
    assert {"role": "home secretary", "of": None} in [{"role": r.role, "of": r.of} for r in entities["Charles Clarke"].roles]


def test_a_reflexive_object_is_no_self_loop(nlp):
    # sport: "Britain's Jason Gardener had been expected to defend his 60m title in Erfurt but instead he
    # will save himself for a competition in Leipzig on Sunday."
    triples, _ = resolved(nlp, "Britain's Jason Gardener had been expected to defend his 60m title in Erfurt but "
                               "instead he will save himself for a competition in Leipzig on Sunday.")
    assert not [t for t in triples if t.relation_lemma == "save"]  # Jason Gardener — save — himself [Jason Gardener]
    assert [(t.subject, t.relation, t.object) for t in triples if t.object == "his 60m title"] == [
        ("Britain's Jason Gardener", "had been expected to defend", "his 60m title")]


# -- bare pronoun subjects: unresolved, and not emitted ----------------------------------------------

def test_an_unresolved_demonstrative_subject_is_not_emitted(nlp):
    # business: "That prompted the withdrawal of tycoon Steve Morgan, who got frustrated by failed bids ..."
    triples, _ = resolved(nlp, "That prompted the withdrawal of tycoon Steve Morgan, who got frustrated by failed bids.")
    assert ("That", "prompt", "the withdrawal of tycoon Steve Morgan") not in spo(triples)
    assert not [t for t in triples if t.subject_entity is None and t.subject.casefold() in BARE_PRONOUNS]


def test_an_existential_there_is_not_a_subject(nlp):
    # politics: "There would be 385 MSCPs, including 270 elected members, 87 appointed members and 16 bishops."
    triples, _ = resolved(nlp, "There would be 385 MSCPs, including 270 elected members, 87 appointed members and 16 bishops.")
    assert not [t for t in triples if t.subject == "There"]
