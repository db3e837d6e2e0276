"""The plain-edge gate (kg.extract.confidence.asserts_plainly, ``--min-confidence``): what the graph
draws as an article's fact, and what ``kg:corroboration`` counts."""
from __future__ import annotations

import pytest

from kg.extract.confidence import MIN_CONFIDENCE_ENV
from kg.graph.rdf import to_store
from kg.graph.vocab import Vocabulary
from kg.records import Article, Entity, Triple

V = Vocabulary()
# business: "WorldCom emerged from bankruptcy protection in 2004, and is now known as MCI."
SURE = "WorldCom is now known as MCI."
UNSURE = "WorldCom, now known as MCI, said so."


def entity(name, type_):
    return Entity(name, type_, (name,), str(V.entity_iri(name)), 2, ("a", "b"))


def known_as(doc: str, sentence: str, confidence: float) -> Triple:
    return Triple(doc, sentence, "WorldCom", "WorldCom", "is now known as", "be known as", "MCI", "MCI", False, None,
                  None, confidence, 0, len(sentence))


def corroboration(floor: str, monkeypatch) -> int:
    monkeypatch.setenv(MIN_CONFIDENCE_ENV, floor)
    triples = [known_as("a", SURE, 0.8), known_as("b", UNSURE, 0.3)]
    store = to_store([Article("a", SURE), Article("b", UNSURE)], triples,
                     [entity("WorldCom", "ORG"), entity("MCI", "ORG")])
    [row] = store.query("SELECT ?n WHERE { ?st rdf:subject ent:worldcom ; rdf:object ent:mci ; kg:corroboration ?n }",
                        use_default_graph_as_union=True, prefixes=V.prefixes())
    return int(row["n"].value)


@pytest.mark.parametrize("floor, articles", [("0.5", 1), ("0", 2), ("0.9", 0)])
def test_corroboration_counts_only_articles_whose_evidence_passes_the_gate(floor, articles, monkeypatch):
    # article b read the same statement too unsurely to draw it as a fact: it corroborates nothing
    assert corroboration(floor, monkeypatch) == articles
