"""The entity network read back from the RDF graph: nodes and edges for drawing.

Reading from the graph (not from the build's records) means ``kg viz`` draws
exactly what a file or store holds.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from ..graph.vocab import DEFAULT_BASE, Vocabulary

ENTITY_QUERY = """
PREFIX kg: <{kg}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?e ?label ?type ?mentions WHERE {{
  GRAPH <{entities}> {{ ?e rdfs:label ?label ; kg:entityType ?type . OPTIONAL {{ ?e kg:mentionCount ?mentions }} }}
}}"""

STATEMENT_QUERY = """
PREFIX kg: <{kg}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?stmt ?s ?p ?o ?negated ?modality ?speaker ?sentence ?relText ?article WHERE {{
  ?stmt a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?ev .
  ?ev kg:sentence ?sentence ; kg:relationText ?relText ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?article .
  OPTIONAL {{ ?stmt kg:negated ?negated }}
  OPTIONAL {{ ?stmt kg:modality ?modality }}
  OPTIONAL {{ ?stmt prov:wasAttributedTo ?speaker }}
}}"""


@dataclass
class Node:
    id: str
    label: str
    type: str
    mentions: int = 1
    is_literal: bool = False


@dataclass
class Edge:
    id: str
    source: str
    target: str
    relation: str
    negated: bool = False
    modality: str | None = None
    speaker: str | None = None
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (article id, sentence)
    written: set[str] = field(default_factory=set)


@dataclass
class Network:
    nodes: dict[str, Node]
    edges: dict[str, Edge]


def _value(term) -> str | None:
    return None if term is None else term.value


def network_from_store(store: ox.Store, base: str = DEFAULT_BASE) -> Network:
    """Entities as nodes, statements between an entity and anything as edges."""
    vocab = Vocabulary(base)
    nodes: dict[str, Node] = {}
    for row in store.query(ENTITY_QUERY.format(kg=vocab.KG, entities=vocab.ENTITIES_GRAPH), use_default_graph_as_union=False):
        mentions = int(row["mentions"].value) if row["mentions"] is not None else 1
        nodes[row["e"].value] = Node(row["e"].value, row["label"].value, row["type"].value, mentions)
    edges: dict[str, Edge] = {}
    labels = {iri: n.label for iri, n in nodes.items()}
    seen_evidence: dict[str, set] = defaultdict(set)
    for row in store.query(STATEMENT_QUERY.format(kg=vocab.KG), use_default_graph_as_union=True):
        s, o = row["s"], row["o"]
        if not isinstance(s, ox.NamedNode) or s.value not in nodes:
            continue
        if isinstance(o, ox.NamedNode) and o.value in nodes:
            target = o.value
        elif isinstance(o, ox.Literal):
            target = "literal:" + o.value
            nodes.setdefault(target, Node(target, o.value, "LITERAL", 1, is_literal=True))
        else:
            continue
        stmt = row["stmt"].value
        relation = row["p"].value.rsplit("/", 1)[-1].replace("_", " ")
        speaker = row["speaker"]
        edge = edges.get(stmt)
        if edge is None:
            edge = edges[stmt] = Edge(
                stmt, s.value, target, relation,
                negated=_value(row["negated"]) == "true",
                modality=_value(row["modality"]),
                speaker=labels.get(speaker.value, speaker.value) if speaker is not None else None,
            )
        article = row["article"].value.rsplit("/", 1)[-1]
        key = (article, row["sentence"].value)
        if key not in seen_evidence[stmt]:
            seen_evidence[stmt].add(key)
            edge.evidence.append(key)
        edge.written.add(row["relText"].value)
    return Network(nodes, edges)
