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

CONTROLS = """
<div id="kg-bar">
  <h1 id="kg-title">{title}</h1>
  <form id="kg-find" role="search"><input id="kg-search" type="search" list="kg-names" placeholder="find an entity…"
    aria-label="find an entity"> <button type="submit">Find</button></form>
  <datalist id="kg-names"></datalist>
  <label>relation <select id="kg-relation"><option value="">all</option></select></label>
  <label>article <select id="kg-article"><option value="">all</option></select></label>
  <label><input id="kg-literals" type="checkbox" checked> literal objects</label>
  <span id="kg-time" hidden>when <input id="kg-time-from" type="range" aria-label="from"><input id="kg-time-to"
    type="range" aria-label="to"> <span id="kg-time-label"></span></span>
  <button id="kg-physics" type="button">Freeze layout</button>
  <span id="kg-status"></span>
</div>
<div id="kg-legend"></div>
<div id="kg-card" role="tooltip"></div>
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


def page_data(network: Network, title: str, communities: bool = False) -> dict:
    """Everything the page script needs, as plain JSON-able values."""
    entities = sum(not n.is_literal for n in network.nodes.values())
    return {
        "title": title,
        "communities": communities,
        "types": TYPE_COLOURS,
        "stabilization": OPTIONS["physics"]["stabilization"]["iterations"],
        "total_nodes": network.total_nodes, "total_edges": network.total_edges, "entities": entities,
        "articles": {a: t for a, t in sorted(network.articles.items())},
        "nodes": [{"id": n.id, "label": n.label, "type": n.type, "mentions": n.mentions, "literal": n.is_literal,
                   "aliases": n.aliases, "roles": n.roles, "articles": n.articles, "community": n.community}
                  for n in network.nodes.values()],
        "edges": [{"id": e.id, "from": e.source, "to": e.target, "relation": e.relation,
                   "written": sorted(e.written), "negated": e.negated, "modality": e.modality,
                   "speaker": e.speaker, "evidence": [list(ev) for ev in e.evidence], "articles": e.articles,
                   "times": sorted(list(t) for t in e.times)}
                  for e in network.edges.values()],
    }


def render_html(network: Network, title: str = "Knowledge graph", communities: bool = False) -> str:
    """The page as a string: a pyvis ``Network`` rendered through kg's template (see the module)."""
    from pyvis import __file__ as pyvis_file

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
        "controls": CONTROLS.format(title=html.escape(shown)),
        "css": _asset("kg-viz.css"),
        "data": script_json(page_data(network, title, communities)),
        "script": _asset("kg-viz.js"),
    }
    return net.generate_html()


def write_html(network: Network, path: str | Path, title: str = "Knowledge graph", communities: bool = False) -> Path:
    """Write the page atomically; return its path."""
    return write_text(path, render_html(network, title, communities))
