"""The interactive HTML network of a graph (pyvis underneath, fully self-contained)."""
from .html import render_html, write_html
from .network import network_from_store
from .select import UnknownEntity, colour_communities, dated_within, most_connected, neighbourhood


def select_view(network, focus: str | None = None, hops: int = 1, max_nodes: int | None = None,
                communities: bool = False):
    """Apply ``--focus/--hops``, then ``--max-nodes``, then ``--communities`` to a network."""
    if focus:
        network = neighbourhood(network, focus, hops)
    if max_nodes is not None:
        network = most_connected(network, max_nodes)
    if communities:
        colour_communities(network)
    return network


# `kg build` writes graph.html for any corpus: past this many nodes it draws the most connected entities.
BUILD_MAX_NODES = 500


def build_view(network, limit: int = BUILD_MAX_NODES):
    """The whole network when it is small enough to lay out in a browser, else its ``limit`` most connected entities."""
    return network if len(network.nodes) <= limit else most_connected(network, limit)


__all__ = ["build_view", "BUILD_MAX_NODES", "network_from_store", "render_html", "write_html", "select_view", "neighbourhood", "most_connected",
           "colour_communities", "dated_within", "UnknownEntity"]
