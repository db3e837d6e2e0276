"""The interactive HTML network of a graph (pyvis underneath, fully self-contained)."""
from .html import overview_size, render_html, write_html
from .network import network_from_store
from .select import UnknownEntity, colour_communities, dated_within, most_connected, neighbourhood, pairs, ranked


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


__all__ = ["network_from_store", "overview_size", "render_html", "write_html", "select_view", "neighbourhood",
           "most_connected", "colour_communities", "dated_within", "pairs", "ranked", "UnknownEntity"]
