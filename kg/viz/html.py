"""Render a :class:`~kg.viz.network.Network` as one self-contained HTML file.

pyvis 0.3.2 with ``cdn_resources="in_line"`` inlines vis-network but still
links Bootstrap from a CDN; those tags are removed so the page loads nothing
from the network.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from pyvis.network import Network as PyvisNetwork

from ..output import write_text
from .network import Network

TYPE_COLOURS = {
    "PERSON": "#e15759", "GPE": "#4e79a7", "LOC": "#76b7b2", "FAC": "#76b7b2", "ORG": "#f28e2b",
    "NORP": "#edc948", "EVENT": "#b07aa1", "LITERAL": "#bab0ac",
}
_EXTERNAL_TAG = re.compile(r"<(?:script|link)\b[^>]*?(?:src|href)\s*=\s*\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.S)


def strip_external_resources(page: str) -> str:
    """Remove every ``<script src=http…>`` and ``<link href=http…>`` tag."""
    return _EXTERNAL_TAG.sub("", page)


def render_html(network: Network, title: str = "Knowledge graph") -> str:
    """The page as a string."""
    net = PyvisNetwork(height="800px", width="100%", directed=True, cdn_resources="in_line", heading="")
    for node in network.nodes.values():
        net.add_node(
            node.id,
            label=node.label,
            title=f"{node.label}\n{node.type}\nmentions: {node.mentions}",
            color=TYPE_COLOURS.get(node.type, "#9c755f"),
            size=8 if node.is_literal else 10 + min(node.mentions, 40),
            shape="dot",
        )
    for edge in network.edges.values():
        lines = [f"{edge.relation} ({len({a for a, _ in edge.evidence})} article(s))"]
        lines += [f"[{a}] {s}" for a, s in edge.evidence]
        net.add_edge(edge.source, edge.target, label=edge.relation, title="\n".join(lines),
                     dashes=edge.negated, color="#d62728" if edge.negated else "#888888")
    net.set_options('{"layout":{"improvedLayout":false},"physics":{"solver":"forceAtlas2Based",'
                    '"stabilization":{"iterations":200}}}')
    page = strip_external_resources(net.generate_html())
    return page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)


def write_html(network: Network, path: str | Path, title: str = "Knowledge graph") -> Path:
    return write_text(path, render_html(network, title))
