"""The entity network as a networkx ``MultiDiGraph`` (for analysis and GraphML)."""
from __future__ import annotations

import networkx as nx

from .viz.network import network_from_store


def to_networkx(store, vocab=None, include_literals: bool = False) -> nx.MultiDiGraph:
    """Entities as nodes (label, type, mentions), statements between them as edges.

    ``vocab``: the graph's :class:`~kg.terms.Vocabulary` or base IRI (default: read off the graph).

    >>> from kg.builder import build_graph
    >>> g = to_networkx(build_graph(["examples/articles/000_e7fa4d2bf25a9973.txt"]).store)
    >>> g.nodes["https://kg.example/entity/israel"]["label"]
    'Israel'
    """
    network = network_from_store(store, vocab)
    graph = nx.MultiDiGraph()
    for node in network.nodes.values():
        if node.is_literal and not include_literals:
            continue
        graph.add_node(node.id, label=node.label, type=node.type, mentions=node.mentions)
    for edge in network.edges.values():
        if edge.source in graph and edge.target in graph:
            graph.add_edge(edge.source, edge.target, key=edge.id, relation=edge.relation,
                           negated=edge.negated, modality=edge.modality or "", speaker=edge.speaker or "",
                           articles=len({a for a, _ in edge.evidence}))
    return graph
