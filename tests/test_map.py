"""The map of places (issue 21): what it draws, checked against the graph, and in a real Chromium.

Expected places, points and statements come from SPARQL over the graph (the ``places`` canned
query and the entities' ``geo:lat``/``geo:long``), not from the page generator.
"""
from __future__ import annotations

import json
import re

import pytest

from conftest import EXAMPLES, run_kg
from kg.query import load_query, run_query, term_text
from kg.viz.map import HEIGHT, NORTH, SOUTH, WIDTH, map_from_store

POINTS = """PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
SELECT ?e ?name ?lat ?long ?code WHERE { ?e owl:sameAs ?g ; rdfs:label ?name ; geo:lat ?lat ; geo:long ?long ;
                                          kg:countryCode ?code }"""


def points(store) -> dict[str, dict]:
    return {term_text(r["name"]): {"iri": term_text(r["e"]), "lat": float(term_text(r["lat"])),
                                   "long": float(term_text(r["long"])), "code": term_text(r["code"])}
            for r in run_query(store, POINTS)}


def expected_xy(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular, as docs/model.md's map section states: longitude -180..180 across the width,
    latitude 84..-58 down the height."""
    return (lon + 180) / 360 * WIDTH, (NORTH - lat) / (NORTH - SOUTH) * HEIGHT


def statement_texts(store, place: str) -> set[str]:
    """Each statement of the `places` query for ``place`` as the card writes it."""
    result = run_query(store, load_query("places")[0], params={"place": place})
    names = [v.value for v in result.variables]
    out = set()
    for s in result:
        r = {n: term_text(s[n]) for n in names}
        relation = ("NOT " if r["negated"] == "true" else "") + r["relation"] + (f" ({r['modality']})" if r["modality"] else "")
        out.add(f"{r['subject']} {relation} {r['object']}")
    return out


@pytest.fixture(scope="module")
def seed_store(seed_build):
    return seed_build.store


@pytest.fixture(scope="module")
def map_page(seed_store, tmp_path_factory):
    path = tmp_path_factory.mktemp("map") / "map.html"
    path.write_text(map_from_store(seed_store, title="Seed articles"), encoding="utf-8")
    return path


def page_data(path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S).group(1))


def test_the_map_holds_every_place_with_a_point_and_nothing_else(seed_store, map_page):
    data = page_data(map_page)
    assert {p["label"] for p in data["places"]} == set(points(seed_store))
    assert {"Tehran", "Haifa", "Tel Aviv", "Washington", "Iran", "Israel"} <= {p["label"] for p in data["places"]}
    assert not {"Middle East", "Alberta", "Donald Trump"} & {p["label"] for p in data["places"]}


def test_the_map_page_names_no_address_off_the_page(map_page):
    text = map_page.read_text(encoding="utf-8")
    assert not re.search(r'(?:src|href)\s*=\s*["\']?(?:https?:)?//', text, re.I)
    assert "@import" not in text and "url(" not in text


def test_the_map_lists_the_statements_of_the_places_query(seed_store, map_page):
    data = page_data(map_page)
    tehran = next(p for p in data["places"] if p["label"] == "Tehran")
    on_map = {f"{s['subject']} {'NOT ' if s['negated'] else ''}{s['relation']}"
              f"{' (' + s['modality'] + ')' if s['modality'] else ''} {s['object']}"
              for s in data["statements"] if tehran["id"] in (s["from"], s["to"])}
    assert on_map == statement_texts(seed_store, "Tehran") and on_map


def test_kg_viz_map_and_kg_build_write_the_map(tmp_path):
    done = run_kg("build", EXAMPLES / "000_e7fa4d2bf25a9973.txt", "--out", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    built = page_data(tmp_path / "out" / "map.html")
    assert "Tehran" in {p["label"] for p in built["places"]}
    done = run_kg("viz", "--map", tmp_path / "out" / "graph.trig", "-o", tmp_path / "m.html")
    assert done.returncode == 0, done.stderr
    assert page_data(tmp_path / "m.html")["places"] == built["places"]


# -- in Chromium ---------------------------------------------------------------------------------

@pytest.fixture
def opened(browser, map_page):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    escaped, errors = [], []

    def route(r):
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            escaped.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(map_page.as_uri())
    page.wait_for_function("window.kgMapReady === true", timeout=30_000)
    yield page
    assert escaped == [], f"requests left the page: {escaped}"
    assert errors == [], f"script errors: {errors}"
    context.close()


@pytest.mark.browser
def test_chromium_draws_one_dot_per_place_with_no_request_off_the_page(opened, seed_store):
    assert opened.evaluate("document.querySelectorAll('#kg-places circle.place').length") == len(points(seed_store))
    assert opened.evaluate("document.querySelectorAll('#kg-countries path.country').length") > 150
    assert opened.inner_text("#kg-status") == f"{len(points(seed_store))} of {len(points(seed_store))} places shown"


@pytest.mark.browser
@pytest.mark.parametrize("place", ["Tehran", "Haifa", "Tel Aviv", "Washington"])
def test_chromium_puts_each_place_at_its_point_inside_its_country(opened, seed_store, place):
    where = points(seed_store)[place]
    dot = opened.evaluate("""iri => { const c = window.kgMap.dots[iri];
        return [c.cx.baseVal.value, c.cy.baseVal.value]; }""", where["iri"])
    assert dot == pytest.approx(expected_xy(where["lat"], where["long"]), abs=0.01)
    inside = opened.evaluate("""([code, x, y]) => { const svg = document.getElementById('kg-map');
        const p = svg.createSVGPoint(); p.x = x; p.y = y;
        return [...document.querySelectorAll(`#kg-countries path[data-iso="${code}"]`)].some(path => path.isPointInFill(p)); }""",
                             [where["code"], *dot])
    assert inside, f"{place} drawn outside the outline of {where['code']}"


@pytest.mark.browser
def test_hovering_tehran_shows_its_statements_and_a_click_their_sentences(opened, seed_store):
    tehran = points(seed_store)["Tehran"]["iri"]
    box = opened.evaluate("""iri => { const r = window.kgMap.dots[iri].getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2]; }""", tehran)
    opened.mouse.move(1, 1)
    opened.mouse.move(*box)
    opened.wait_for_function("""iri => { const c = document.getElementById('kg-card');
        return c.style.display === 'block' && c.dataset.item === iri; }""", arg=tehran, timeout=5_000)
    card = opened.inner_text("#kg-card")
    assert card.startswith("Tehran") and "https://sws.geonames.org/112931/" in card
    listed = [li.strip() for li in opened.locator("#kg-card li.stmt").all_inner_texts()]
    want = statement_texts(seed_store, "Tehran")
    assert len(listed) == len(want)
    assert all(any(text.startswith(w + " [") or (" " + w + " [") in text for text in listed) for w in want)
    opened.mouse.click(*box)
    assert opened.locator("#kg-card.pinned .sentence").count() == len(want)
    assert all("Tehran" in s for s in opened.locator("#kg-card .sentence").all_inner_texts())


@pytest.mark.browser
def test_the_article_filter_keeps_the_places_of_one_article(opened, seed_store):
    article = "000_e7fa4d2bf25a9973"
    (row,) = run_query(seed_store, f"""PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
        SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e owl:sameAs ?g ; geo:lat ?lat ; kg:mentionedIn ?a .
        ?a dcterms:identifier "{article}" }}""")
    opened.select_option("#kg-article", article)
    shown = opened.evaluate("document.querySelectorAll('#kg-places circle.place:not(.hidden)').length")
    assert shown == int(term_text(row["n"])) and shown < len(points(seed_store))


@pytest.mark.server
def test_kg_serve_serves_the_map(seed_build, tmp_path):
    import subprocess
    import sys

    import requests

    from conftest import ROOT
    from kg.export import export
    from test_push import free_port, stop_process, wait_for_port

    trig = export(seed_build.store, tmp_path / "graph.trig", "trig", seed_build.vocab)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(trig), "--port", str(port)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_port(port, process, seconds=60)
        page = requests.get(f"http://127.0.0.1:{port}/map", timeout=60)
        assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
        served = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page.text, re.S).group(1))
        assert {p["label"] for p in served["places"]} == set(points(seed_build.store))
        assert 'href="/map"' in requests.get(f"http://127.0.0.1:{port}/", timeout=30).text
    finally:
        stop_process(process)


def test_the_library_draws_the_map_too(seed_build, tmp_path):
    from kg.api import KnowledgeGraph

    page = KnowledgeGraph(seed_build).to_map(tmp_path / "map.html", title="Seeds")
    assert (tmp_path / "map.html").read_text(encoding="utf-8") == page
    assert {p["label"] for p in page_data(tmp_path / "map.html")["places"]} == set(points(seed_build.store))
