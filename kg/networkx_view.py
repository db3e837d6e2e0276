"""The entity network as a networkx ``MultiDiGraph`` (for analysis and GraphML)."""
from __future__ import annotations

import networkx as nx

from .viz.network import network_from_store


def to_networkx(store, vocab=None, include_literals: bool = False) -> nx.MultiDiGraph:
    """Entities as nodes (label, type, mentions); as edges, everything a sentence relates them by,
    each with a ``kind`` and a ``weight``:

    * ``relation``: one edge per statement between two entities (subject → object), with its
      relation, negation, modality and speaker; ``weight``: the articles that report it;
    * ``speech``: speaker → an entity of a statement credited to the speaker; ``weight``: statements
      (once per article reporting each);
    * ``co-mention``: two entities named in one sentence (one edge, in IRI order: the direction
      means nothing); ``weight``: sentences.

    Statements alone leave most entities of a news corpus isolated (a quotation's speaker is linked
    to a literal, a list of names to nothing), so that centrality, communities and paths are
    computed on all three. ``nx.Graph(g)`` collapses them per pair; sum ``weight`` per pair for a
    weighted graph (:func:`kg.viz.select.link_graph` does).

    ``vocab``: the graph's :class:`~kg.terms.Vocabulary` or base IRI (default: read off the graph).

    >>> from kg.builder import build_graph
    >>> g = to_networkx(build_graph(["examples/articles/000_e7fa4d2bf25a9973.txt"]).store)
    >>> g.nodes["https://kg.example/entity/israel"]["label"]
    'Israel'
    >>> sorted({kind for _, _, kind in g.edges(data="kind")})
    ['co-mention', 'relation', 'speech']
    """
    network = network_from_store(store, vocab)
    graph = nx.MultiDiGraph()
    for node in network.nodes.values():
        if node.is_literal and not include_literals:
            continue
        graph.add_node(node.id, label=node.label, type=node.type, mentions=node.mentions)
    for edge in network.edges.values():
        if edge.source in graph and edge.target in graph:
            articles = len({a for a, _ in edge.evidence})
            graph.add_edge(edge.source, edge.target, key=edge.id, kind="relation", weight=articles,
                           relation=edge.relation, negated=edge.negated, modality=edge.modality or "",
                           speaker=edge.speaker or "", articles=articles)
    for link in network.links:
        if link.kind != "relation":
            graph.add_edge(link.source, link.target, key=f"{link.kind}:{link.source}:{link.target}", kind=link.kind,
                           weight=link.weight, relation="", negated=False, modality="", speaker="",
                           articles=len(link.articles))
    return graph
