"""Render a :class:`~kg.viz.network.Network` as one self-contained HTML file.

The page is a pyvis ``Network`` (its options, vis-network inlined from pyvis'
package) rendered through kg's own template, ``assets/kg-network.html``, given
with pyvis' ``set_template_dir``: pyvis' default template links Bootstrap from
a CDN, and kg's page must load nothing from the network. The graph itself
travels as one JSON block (:func:`script_json`, safe inside ``<script>``) that
``assets/kg-viz.js`` turns into styled nodes and edges, a legend, filters, a
search box and hover cards built with ``textContent``: pyvis' own node and edge
``title`` tooltips are HTML strings, and article text must never reach
``innerHTML``.
"""
from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path

from pyvis.network import Network as PyvisNetwork

from ..output import write_text
from .network import Network
from .select import _subnetwork, colour_communities, pairs, ranked

TYPE_COLOURS = {
    "PERSON": "#e15759", "GPE": "#4e79a7", "LOC": "#76b7b2", "FAC": "#59a14f", "ORG": "#f28e2b",
    "NORP": "#edc948", "EVENT": "#b07aa1", "PRODUCT": "#ff9da7", "WORK_OF_ART": "#9c755f",
    "LAW": "#499894", "LITERAL": "#c8c4c0",
}
OPTIONS = {
    "layout": {"improvedLayout": False, "randomSeed": 7},  # the same graph gives the same picture
    "physics": {"solver": "forceAtlas2Based", "stabilization": {"enabled": True, "iterations": 200, "fit": True},
                "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120}},
    "interaction": {"hover": True, "tooltipDelay": 100, "navigationButtons": False},
    "edges": {"smooth": {"type": "continuous"}},
}
TEMPLATE = "kg-network.html"  # in assets/
# Characters that could end a <script> element, open an HTML comment or end a JS line.
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}

# A graph with more entities than this opens on an overview of the most important ones: a browser
# lays out a few hundred nodes in seconds, and a few thousand unlabelled dots tell a reader nothing.
OVERVIEW_AT = 400
OVERVIEW_SIZE = 150   # entities drawn in the overview (the page offers more)
OVERVIEW_LABELS = 40  # of which the first are labelled
EDGES_PER_NODE = 4    # the overview draws each entity's strongest links to other drawn entities
FOCUS_SIZE = 60       # entities drawn around a searched entity, closest and most linked first
# The page carries the network it draws views of (for search and widening): up to this many
# entities, the most important first, with their statements. 150 BBC articles (1,612 entities)
# make a 3.9 MB page; the whole BBC corpus (~25,000 entities) would make ~60 MB.
PAGE_ENTITIES = 3_000


def controls_bar(shown: str, find: str, middle: str = "", end: str = "") -> str:
    """The bar at the top of the network and map pages: title, find form (with a datalist of names),
    ``middle``, the article filter, ``end``, then the status line. ``shown`` is plain text; ``middle``
    and ``end`` are the page's own HTML."""
    return f"""
<div id="kg-bar">
  <h1 id="kg-title">{html.escape(shown)}</h1>
  <form id="kg-find" role="search"><input id="kg-search" type="search" list="kg-names" placeholder="find {find}…"
    aria-label="find {find}"> <button type="submit">Find</button></form>
  <datalist id="kg-names"></datalist>{middle}
  <label>article <select id="kg-article"><option value="">all</option></select></label>{end}
  <span id="kg-status"></span>
</div>"""


NETWORK_MIDDLE = """
  <label>relation <select id="kg-relation"><option value="">all</option></select></label>"""
NETWORK_END = """
  <label><input id="kg-literals" type="checkbox" checked> literal objects</label>
  <span id="kg-time" hidden>when <input id="kg-time-from" type="range" aria-label="from"><input id="kg-time-to"
    type="range" aria-label="to"> <span id="kg-time-label"></span></span>
  <span id="kg-view" hidden><button id="kg-overview" type="button">Overview</button>
    <label>entities <select id="kg-size"></select></label>
    <label>hops <select id="kg-hops"><option>1</option><option>2</option></select></label></span>
  <button id="kg-physics" type="button">Freeze layout</button>"""
PANELS = """
<div id="kg-legend"></div>
<div id="kg-card" role="tooltip"></div>
<aside id="kg-panel" hidden aria-label="the selected entity"></aside>
"""


def script_json(value) -> str:
    """JSON that can sit inside ``<script>``: no ``</script>``, ``<!--`` or line separators.

    >>> script_json({"a": "</script><!--\\u2028"})
    '{"a": "\\\\u003c/script\\\\u003e\\\\u003c!--\\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_UNSAFE[m.group()], text)


def _asset(name: str) -> str:
    return resources.files("kg.viz").joinpath("assets", name).read_text(encoding="utf-8")


def page_network(network: Network, limit: int | None = None) -> Network:
    """What the page carries: the whole network, or its ``limit`` (:data:`PAGE_ENTITIES`) most
    important entities (:func:`~kg.viz.select.ranked`) with the literal objects of their statements."""
    limit = PAGE_ENTITIES if limit is None else limit
    order = ranked(network)
    if len(order) <= limit:
        return network
    keep = set(order[:limit])
    keep |= {e.target for e in network.edges.values() if e.source in keep and network.nodes[e.target].is_literal}
    return _subnetwork(network, keep)


def overview_size(network: Network) -> int | None:
    """How many entities the page first draws: all (``None``) up to :data:`OVERVIEW_AT`, else :data:`OVERVIEW_SIZE`."""
    entities = sum(not n.is_literal for n in network.nodes.values())
    return None if entities <= OVERVIEW_AT else OVERVIEW_SIZE


def page_data(network: Network, title: str, communities: bool = False, overview: int | None = None) -> dict:
    """Everything the page script needs, as plain JSON-able values.

    With ``overview`` (a number of entities) the page opens on that many entities, most important
    first (:func:`~kg.viz.select.ranked`), joined by their strongest :func:`~kg.viz.select.pairs`;
    without, it draws every node and statement."""
    entities = sum(not n.is_literal for n in network.nodes.values())
    rank = {i: r for r, i in enumerate(ranked(network))}
    return {
        "title": title,
        "communities": communities,
        "view": {"overview": overview, "labels": OVERVIEW_LABELS, "edgesPerNode": EDGES_PER_NODE, "focus": FOCUS_SIZE},
        "types": TYPE_COLOURS,
        "stabilization": OPTIONS["physics"]["stabilization"]["iterations"],
        "total_nodes": network.total_nodes, "total_edges": network.total_edges, "entities": entities,
        "articles": {a: t for a, t in sorted(network.articles.items())},
        "nodes": [{"id": n.id, "label": n.label, "type": n.type, "mentions": n.mentions, "literal": n.is_literal,
                   "aliases": n.aliases, "roles": n.roles, "articles": n.articles, "community": n.community,
                   "rank": rank.get(n.id)}
                  for n in network.nodes.values()],
        "pairs": [{"from": p.source, "to": p.target, "weight": p.weight, "kinds": p.kinds, "relations": p.relations,
                   "articles": p.articles} for p in pairs(network)],
        "edges": [{"id": e.id, "from": e.source, "to": e.target, "relation": e.relation, "kind": e.kind,
                   "written": sorted(e.written), "negated": e.negated, "modality": e.modality,
                   "speaker": e.speaker, "evidence": [list(ev) for ev in e.evidence], "articles": e.articles,
                   "times": sorted(list(t) for t in e.times)}
                  for e in network.edges.values()],
    }


def render_html(network: Network, title: str = "Knowledge graph", communities: bool = False,
                overview: int | None | str = "auto") -> str:
    """The page as a string: a pyvis ``Network`` rendered through kg's template (see the module).

    ``overview``: how many entities to draw first (:func:`page_data`); ``"auto"``: :func:`overview_size`.
    An overview colours entities by community."""
    from pyvis import __file__ as pyvis_file

    if overview == "auto":
        overview = overview_size(network)
    if overview is not None:
        network = page_network(network)
    if overview is not None and not communities:
        colour_communities(network)
        communities = True
    entities = sum(not n.is_literal for n in network.nodes.values())
    if overview is not None:
        shown = f"{title} — {entities:,} entities, {len(network.edges):,} statements"

    else:
        shown = f"{title} — {len(network.nodes)} nodes, {len(network.edges)} edges"
    if network.total_nodes is not None and network.total_nodes != len(network.nodes):
        shown += f" (of {network.total_nodes} nodes, {network.total_edges} edges)"
    net = PyvisNetwork(height="calc(100vh - 80px)", width="100%", directed=True, cdn_resources="in_line", heading="")
    net.set_options(json.dumps(OPTIONS))
    # kg's template first; pyvis' own folder second, for the vis-network files it inlines
    net.set_template_dir([str(resources.files("kg.viz").joinpath("assets")),
                          str(Path(pyvis_file).parent / "templates")], TEMPLATE)
    net.templateEnv.globals["kg"] = {
        "title": html.escape(title),
        "controls": controls_bar(shown, "an entity", NETWORK_MIDDLE, NETWORK_END) + PANELS,
        "css": _asset("kg-viz.css"),
        "data": script_json(page_data(network, title, communities, overview)),
        "script": _asset("kg-viz.js"),
    }
    return net.generate_html()


def write_html(network: Network, path: str | Path, title: str = "Knowledge graph", communities: bool = False,
               overview: int | None | str = "auto") -> Path:
    """Write the page (:func:`render_html`) atomically; return its path."""
    return write_text(path, render_html(network, title, communities, overview))
