"""Cut a :class:`~kg.viz.network.Network` down to what one page should draw.

* :func:`neighbourhood` — the entities within N hops of one entity (``--focus NAME --hops N``);
* :func:`most_connected` — the N most connected entities and the facts between them (``--max-nodes``);
* :func:`colour_communities` — a community number per entity (networkx, ``--communities``);
* :func:`dated_within` — the statements dated within a period, and their entities (``--since``/``--until``).
"""
from __future__ import annotations

from collections import Counter

import networkx as nx

from ..timenorm import overlaps
from .network import Network


class UnknownEntity(ValueError):
    """The --focus name matches no entity of the graph."""


def _subnetwork(network: Network, keep: set[str]) -> Network:
    nodes = {i: n for i, n in network.nodes.items() if i in keep}
    edges = {i: e for i, e in network.edges.items() if e.source in nodes and e.target in nodes}
    return Network(nodes, edges, network.total_nodes, network.total_edges, network.articles)


def find_entity(network: Network, name: str) -> str:
    """The id of the entity whose canonical name (else an alias) is ``name``, ignoring case.

    Raises :class:`UnknownEntity` with close suggestions when none matches.
    """
    wanted = name.strip().casefold()
    entities = [n for n in network.nodes.values() if not n.is_literal]
    for pool in ([n.label for n in entities], None):
        for node in entities:
            names = [node.label] if pool is not None else node.aliases
            if any(x.casefold() == wanted for x in names):
                return node.id
    close = sorted((n.label for n in entities if wanted in n.label.casefold()), key=len)[:5]
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise UnknownEntity(f"no entity named {name!r} in the graph{hint}")


def neighbourhood(network: Network, name: str, hops: int = 1) -> Network:
    """The entity called ``name`` and everything within ``hops`` edges of it (either direction)."""
    start = find_entity(network, name)
    entities = nx.Graph()
    entities.add_nodes_from(i for i, n in network.nodes.items() if not n.is_literal)
    literal_edges = []
    for e in network.edges.values():
        if network.nodes[e.target].is_literal:
            literal_edges.append((e.source, e.target))
        else:
            entities.add_edge(e.source, e.target)
    keep = set(nx.ego_graph(entities, start, radius=hops))
    if hops > 0:
        # A literal ("talks") is a leaf: it is kept next to an entity within hops - 1, and never
        # leads on to other entities.
        inner = set(nx.ego_graph(entities, start, radius=hops - 1))
        keep.update(literal for source, literal in literal_edges if source in inner)
    return _subnetwork(network, keep)


def degrees(network: Network, entities_only: bool = True) -> Counter:
    """Number of edges at each entity: to other entities only (default), or to anything (literals, itself)."""
    counts: Counter = Counter({i: 0 for i, n in network.nodes.items() if not n.is_literal})
    for e in network.edges.values():
        if entities_only and (e.source == e.target or network.nodes[e.target].is_literal):
            continue
        for end in {e.source, e.target}:
            if end in counts:
                counts[end] += 1
    return counts


def most_connected(network: Network, max_nodes: int) -> Network:
    """The ``max_nodes`` entities with most links to other entities and the facts between them.

    Ties go to more facts of any kind, then more mentions, then the name. Literal
    objects are left out: on a large graph they would outnumber the entities.
    """
    links, facts = degrees(network), degrees(network, entities_only=False)
    ranked = sorted(links, key=lambda i: (-links[i], -facts[i], -network.nodes[i].mentions, network.nodes[i].label))
    return _subnetwork(network, set(ranked[:max_nodes]))


def colour_communities(network: Network, seed: int = 0) -> int:
    """Set ``node.community`` (0 = largest) from networkx's Louvain communities; return how many."""
    graph = nx.Graph()
    graph.add_nodes_from(i for i, n in network.nodes.items() if not n.is_literal)
    graph.add_edges_from((e.source, e.target) for e in network.edges.values()
                         if e.source in graph and e.target in graph and e.source != e.target)
    communities = sorted(nx.community.louvain_communities(graph, seed=seed), key=lambda c: (-len(c), min(c)))
    for number, members in enumerate(communities):
        for member in members:
            network.nodes[member].community = number
    return len(communities)


def dated_within(network: Network, since: str | None, until: str | None) -> Network:
    """The edges one of whose sentences dates them within [``since``, ``until``] (ISO days, months
    or years; either end open), and the nodes they join; undated edges are left out."""
    edges = {i: e for i, e in network.edges.items() if any(overlaps(t[0], since, until) for t in e.times)}
    keep = {end for e in edges.values() for end in (e.source, e.target)}
    nodes = {i: n for i, n in network.nodes.items() if i in keep}
    return Network(nodes, edges, network.total_nodes, network.total_edges, network.articles)
