"""Cut a :class:`~kg.viz.network.Network` down to what one page should draw.

* :func:`neighbourhood` — the entities within N hops of one entity (``--focus NAME --hops N``);
* :func:`most_connected` — the N most connected entities and the facts between them (``--max-nodes``);
* :func:`colour_communities` — a community number per entity (networkx, ``--communities``);
* :func:`ranked` and :func:`pairs` — the entities in order of importance and their links one per
  pair, for the overview page;
* :func:`dated_within` — the statements dated within a period, and their entities (``--since``/``--until``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from ..timenorm import overlaps
from .network import Network


class UnknownEntity(ValueError):
    """The --focus name matches no entity of the graph."""


def _subnetwork(network: Network, keep: set[str]) -> Network:
    nodes = {i: n for i, n in network.nodes.items() if i in keep}
    edges = {i: e for i, e in network.edges.items() if e.source in nodes and e.target in nodes}
    links = [k for k in network.links if k.source in nodes and k.target in nodes]
    return Network(nodes, edges, network.total_nodes, network.total_edges, network.articles, links)


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
    """The entity called ``name`` and every entity within ``hops`` links of it (statements, reported
    speech, co-mention: :func:`~kg.viz.network.entity_links`), with the literal objects of the
    statements of those within ``hops - 1``."""
    start = find_entity(network, name)
    entities = link_graph(network)
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


def link_graph(network: Network) -> nx.Graph:
    """The entities joined by their :attr:`~kg.viz.network.Network.links` (any kind), ``weight`` summed per pair."""
    graph = nx.Graph()
    graph.add_nodes_from(i for i, n in network.nodes.items() if not n.is_literal)
    for link in network.links:
        if link.source in graph and link.target in graph:
            old = graph.get_edge_data(link.source, link.target, {"weight": 0})["weight"]
            graph.add_edge(link.source, link.target, weight=old + link.weight)
    return graph


def colour_communities(network: Network, seed: int = 0) -> int:
    """Set ``node.community`` (0 = largest) from networkx's Louvain communities of the entities'
    links (weighted); return how many."""
    graph = link_graph(network)
    graph.add_edges_from((e.source, e.target) for e in network.edges.values()
                         if e.source in graph and e.target in graph and e.source != e.target
                         and not graph.has_edge(e.source, e.target))
    communities = sorted(nx.community.louvain_communities(graph, weight="weight", seed=seed),
                         key=lambda c: (-len(c), min(c)))
    for number, members in enumerate(communities):
        for member in members:
            network.nodes[member].community = number
    return len(communities)


def ranked(network: Network) -> list[str]:
    """The entities, most important first: by mentions plus the number of other entities they are
    linked to (ties: name). Mentions alone rank a place named in passing in every article above
    the people the articles are about; links alone rank whoever one long list names."""
    neighbours: dict[str, set] = {i: set() for i, n in network.nodes.items() if not n.is_literal}
    for link in network.links:
        if link.source in neighbours and link.target in neighbours:
            neighbours[link.source].add(link.target)
            neighbours[link.target].add(link.source)
    return sorted(neighbours, key=lambda i: (-(network.nodes[i].mentions + len(neighbours[i])),
                                             network.nodes[i].label, i))


@dataclass
class Pair:
    """Every link between two entities, as one edge of the overview."""

    source: str
    target: str
    weight: int = 0
    kinds: dict[str, int] = field(default_factory=dict)  # link kind -> weight
    relations: dict[str, int] = field(default_factory=dict)  # relation name -> statements, either direction
    articles: list[str] = field(default_factory=list)


def pairs(network: Network) -> list[Pair]:
    """The network's links merged per unordered pair of entities, strongest first (weights summed)."""
    merged: dict[tuple[str, str], Pair] = {}
    for link in network.links:
        key = tuple(sorted((link.source, link.target)))
        pair = merged.setdefault(key, Pair(*key))
        pair.weight += link.weight
        pair.kinds[link.kind] = pair.kinds.get(link.kind, 0) + link.weight
        for name, count in link.relations.items():
            pair.relations[name] = pair.relations.get(name, 0) + count
        pair.articles = sorted(set(pair.articles) | set(link.articles))
    return sorted(merged.values(), key=lambda p: (-p.weight, p.source, p.target))


def dated_within(network: Network, since: str | None, until: str | None) -> Network:
    """The edges one of whose sentences dates them within [``since``, ``until``] (ISO days, months
    or years; either end open), and the nodes they join; undated edges are left out."""
    edges = {i: e for i, e in network.edges.items() if any(overlaps(t[0], since, until) for t in e.times)}
    keep = {end for e in edges.values() for end in (e.source, e.target)}
    nodes = {i: n for i, n in network.nodes.items() if i in keep}
    links = [k for k in network.links if k.source in nodes and k.target in nodes]
    return Network(nodes, edges, network.total_nodes, network.total_edges, network.articles, links)
