"""The places of a graph on a world map: one self-contained HTML page, offline.

The places are read back from the graph (``owl:sameAs`` a GeoNames feature, ``geo:lat`` /
``geo:long``: docs/model.md, "Places"), with the statements that name them and their evidence
(what the ``places`` canned query answers). The world's country outlines
ship inside the ``countryinfo`` package (Natural Earth's 1:110m countries, as GeoJSON); they
are projected here, equirectangularly, into SVG paths written into the page, so the page
needs no tile server and makes no request. Article text travels only in the JSON block and
reaches the page through ``textContent`` (``assets/kg-map.js``).

>>> x, y = project(35.69439, 51.42151)
>>> round(x, 1), round(y, 1)
(642.8, 134.2)
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from ..graph.source import open_graph
from ..graph.vocab import GEO, OWL, PROV, RDF, RDFS, SKOS
from ..output import write_text
from ..terms import Vocabulary
from .html import TYPE_COLOURS, controls_bar, script_json
from .network import _article_id, _article_ids, relation_name

# The equirectangular frame: longitude -180..180 across WIDTH, latitude NORTH..SOUTH down HEIGHT
# (Antarctica and the far Arctic cut off: nothing in the news sits there, and the rest grows).
WIDTH, NORTH, SOUTH = 1000.0, 84.0, -58.0
HEIGHT = WIDTH * (NORTH - SOUTH) / 360.0

# The places: entities of kg:entities with a GeoNames feature and a point.
PLACE_QUERY = """SELECT ?e ?label ?type ?mentions ?same ?lat ?long ?code ?feature WHERE {{ GRAPH <{entities}> {{
  ?e <{same_as}> ?same ; <{lat}> ?lat ; <{long}> ?long ; <{label}> ?label ; <{entity_type}> ?type .
  OPTIONAL {{ ?e <{mentions}> ?mentions }} OPTIONAL {{ ?e <{code}> ?code }} OPTIONAL {{ ?e <{feature}> ?feature }} }} }}"""
ALIAS_QUERY = """SELECT ?e ?alias WHERE {{ GRAPH <{entities}> {{ ?e <{same_as}> ?same ; <{alt}> ?alias }} }}"""
ARTICLE_QUERY = """SELECT ?e ?article WHERE {{ GRAPH <{entities}> {{ ?e <{same_as}> ?same ; <{mentioned_in}> ?article }} }}"""
# The statements naming the places (as the `places` canned query: speech acts aside), then the
# evidence of just those: each step over a VALUES list of what the step before found, the union in a
# group of its own (with the union and the details in one group Oxigraph read every statement: 18 s
# on the BBC sample instead of 0.2). Named graphs are matched explicitly, as kg.viz.network does, so
# no row is repeated per graph.
STATEMENT_QUERY = """SELECT ?st ?s ?p ?o ?negated ?modality ?speaker WHERE {{
  VALUES ?e {{ {values} }}
  GRAPH <{statements}> {{ {{ ?st <{subject}> ?e }} UNION {{ ?st <{object}> ?e }} }}
  GRAPH <{statements}> {{
    ?st <{subject}> ?s ; <{predicate}> ?p ; <{object}> ?o ; <{negated}> ?negated ; <{kind}> ?kind .
    OPTIONAL {{ ?st <{modality}> ?modality }} OPTIONAL {{ ?st <{attributed}> ?speaker }} }}
  FILTER(?kind != "speech")
}}"""
EVIDENCE_QUERY = """SELECT ?st ?sentence ?article WHERE {{
  VALUES ?st {{ {values} }}
  GRAPH ?g {{ ?st <{evidence}> ?ev . ?ev <{sentence}> ?sentence ; <{derived}> ?article }}
}}"""
LABEL_QUERY = """SELECT ?e ?label WHERE {{ GRAPH <{entities}> {{ ?e <{label}> ?label }} }}"""


def project(lat: float, lon: float) -> tuple[float, float]:
    """Page coordinates (SVG user units) of a WGS84 point."""
    return (lon + 180.0) / 360.0 * WIDTH, (NORTH - lat) / (NORTH - SOUTH) * HEIGHT


@dataclass
class Place:
    """A place entity with its point, ready to draw."""

    id: str
    label: str
    type: str
    mentions: int
    lat: float
    lon: float
    geonames: str
    country: str | None
    feature: str | None
    aliases: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)


def _terms(vocab: Vocabulary) -> dict[str, str]:
    K = vocab.KG
    return {"entities": vocab.ENTITIES_GRAPH, "statements": vocab.STATEMENTS_GRAPH, "same_as": OWL.sameAs,
            "lat": GEO.lat, "long": GEO.long, "label": RDFS.label, "alt": SKOS.altLabel, "entity_type": K.entityType,
            "mentions": K.mentionCount, "code": K.countryCode, "feature": K.featureCode, "mentioned_in": K.mentionedIn,
            "subject": RDF.subject, "predicate": RDF.predicate, "object": RDF.object, "negated": K.negated,
            "kind": K.kind, "modality": K.modality, "attributed": PROV.wasAttributedTo, "evidence": K.evidence,
            "sentence": K.sentence, "derived": PROV.wasDerivedFrom}


def _value(term) -> str | None:
    return None if term is None else term.value


def places_from_store(store: ox.Store, vocab: Vocabulary) -> list[Place]:
    """The graph's places that have a point."""
    t = _terms(vocab)
    ids, _ = _article_ids(store, vocab)
    places = {}
    for row in store.query(PLACE_QUERY.format(**t)):
        iri = row["e"].value
        places[iri] = Place(iri, row["label"].value, row["type"].value, int(_value(row["mentions"]) or 1),
                            float(row["lat"].value), float(row["long"].value), row["same"].value,
                            _value(row["code"]), _value(row["feature"]))
    for row in store.query(ALIAS_QUERY.format(**t)):
        if row["e"].value in places:
            places[row["e"].value].aliases.append(row["alias"].value)
    for row in store.query(ARTICLE_QUERY.format(**t)):
        if row["e"].value in places:
            places[row["e"].value].articles.append(_article_id(row["article"].value, ids))
    for p in places.values():
        p.aliases.sort()
        p.articles.sort()
    return sorted(places.values(), key=lambda p: (-p.mentions, p.label))


def _chunks(iris: list[str], size: int = 500):
    for i in range(0, len(iris), size):
        yield " ".join(f"<{iri}>" for iri in iris[i:i + size])


def place_statements(store: ox.Store, vocab: Vocabulary, places: list[Place]) -> list[dict]:
    """The statements naming ``places``, with their evidence (article id, sentence), for the cards."""
    t = _terms(vocab)
    ids, _ = _article_ids(store, vocab)
    labels = {row["e"].value: row["label"].value for row in store.query(LABEL_QUERY.format(**t))}
    out: dict[str, dict] = {}
    rows = (row for values in _chunks(sorted(p.id for p in places)) for row in store.query(STATEMENT_QUERY.format(values=values, **t)))
    for row in rows:
        if row["st"].value not in out:
            s, o, speaker = row["s"].value, row["o"].value, _value(row["speaker"])
            out[row["st"].value] = {
                "id": row["st"].value, "from": s, "to": o, "subject": labels.get(s, s),
                "relation": relation_name(row["p"].value), "object": labels.get(o, o),
                "negated": _value(row["negated"]) == "true", "modality": _value(row["modality"]),
                "speaker": labels.get(speaker, speaker) if speaker else None, "evidence": [], "articles": []}
    for values in _chunks(sorted(out)):
        for row in store.query(EVIDENCE_QUERY.format(values=values, **t)):
            st = out[row["st"].value]
            evidence = [_article_id(row["article"].value, ids), row["sentence"].value]
            if evidence not in st["evidence"]:
                st["evidence"].append(evidence)
                if evidence[0] not in st["articles"]:
                    st["articles"].append(evidence[0])
    for st in out.values():
        st["evidence"].sort()
        st["articles"].sort()
    return sorted(out.values(), key=lambda st: (st["subject"], st["relation"], st["object"]))


def _ring(points) -> str:
    out = []
    for i, (lon, lat) in enumerate(points):
        x, y = project(lat, lon)
        out.append(f"{'M' if i == 0 else 'L'}{x:.1f} {y:.1f}")
    return "".join(out) + "Z"


@lru_cache(maxsize=1)
def country_paths() -> tuple[tuple[str, str, str], ...]:
    """(ISO alpha-2 code, name, SVG path) of every country outline shipped in ``countryinfo``
    (projected once a process: ``kg serve`` draws the map again after each change of the store)."""
    from ..places.features import _countryinfo

    paths = []
    for code, record in sorted(_countryinfo().items()):
        if code == "AQ":  # below the frame
            continue
        for feature in (record.get("geoJSON") or {}).get("features", ()):
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates") or []
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            d = "".join(_ring(ring) for polygon in polygons for ring in polygon)
            if d:
                paths.append((code, record.get("name") or code, d))
    return tuple(paths)


def map_data(store: ox.Store, vocab: Vocabulary, title: str) -> dict:
    """Everything the page script needs: the places, the statements naming them, the articles
    (id → title) and the projection."""
    places = places_from_store(store, vocab)
    _, titles = _article_ids(store, vocab)
    return {
        "title": title, "types": TYPE_COLOURS, "articles": dict(sorted(titles.items())),
        "projection": {"width": WIDTH, "height": HEIGHT, "north": NORTH, "south": SOUTH},
        "places": [{**p.__dict__, "xy": [round(c, 2) for c in project(p.lat, p.lon)]} for p in places],
        "statements": place_statements(store, vocab, places),
    }


def render_map(data: dict) -> str:
    """The map page of :func:`map_data` as a string."""
    asset = resources.files("kg.viz").joinpath("assets")
    outlines = "\n".join(f'<path class="country" data-iso="{code}" data-name="{html.escape(name)}" d="{d}"/>'
                         for code, name, d in country_paths())
    shown = f"{data['title']} — {len(data['places'])} places on the map"
    parts = {
        "title": html.escape(data["title"]),
        "bar": controls_bar(shown, "a place", end='\n  <button id="kg-reset" type="button">Whole world</button>'),
        "width": f"{WIDTH:g}", "height": f"{HEIGHT:.2f}",
        "css": asset.joinpath("kg-viz.css").read_text(encoding="utf-8") + asset.joinpath("kg-map.css").read_text(encoding="utf-8"),
        "outlines": outlines, "data": script_json(data),
        "script": asset.joinpath("kg-map.js").read_text(encoding="utf-8"),
    }
    # one pass: a title that reads "{data}" stays text
    return re.sub(r"\{(\w+)\}", lambda m: parts.get(m.group(1), m.group(0)), PAGE)


def map_from_store(store: ox.Store, vocab: Vocabulary | str | None = None, title: str = "Knowledge graph") -> str:
    """The map page of a graph (its vocabulary, or base IRI, read off the graph when not given)."""
    vocab = vocab if isinstance(vocab, Vocabulary) else open_graph(store, vocab).vocab
    return render_map(map_data(store, vocab, title))


def write_map(store: ox.Store, path: str | Path, vocab: Vocabulary | str | None = None,
              title: str = "Knowledge graph") -> Path:
    """Write the map page atomically; return its path."""
    return write_text(path, map_from_store(store, vocab, title))


PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} — map</title>
<style>{css}</style>
</head>
<body>
{bar}
<div id="kg-legend"></div>
<svg id="kg-map" viewBox="0 0 {width} {height}" preserveAspectRatio="xMidYMid meet" role="img" aria-label="map of the places">
<rect class="sea" x="0" y="0" width="{width}" height="{height}"/>
<g id="kg-countries">
{outlines}
</g>
<g id="kg-places"></g>
</svg>
<div id="kg-card" role="tooltip"></div>
<script type="application/json" id="kg-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""
