"""The HTML network in a real browser: Debian's Chromium driven by Playwright.

Every page is opened from a file with all requests routed: anything that is
not ``file:`` or ``data:`` is aborted and fails the test. Expected numbers come
from SPARQL over the graph (tests/test_viz.py), not from the page generator.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from test_viz import PREFIXES, V, expected_counts
from kg.builder import build_graph
from kg.graph.rdflib_view import dataset_to_store
from kg.viz import network_from_store, write_html

pytestmark = pytest.mark.browser

# An article whose title, names and sentences carry script: none of it may run.
XSS_ARTICLE = """Acme <script>window.__xss = 1; alert("title")</script> Corp

Acme Corp bought Globex Industries <img src=x onerror="window.__xss = 2; alert('img')"> in London on Monday.

John Smith </script><!--\u2028 said that Acme Corp will not sell Globex Industries.
"""


class Page:
    """A page opened offline: records every request that leaves ``file:``, every dialog and script error."""

    def __init__(self, browser, path: Path):
        self.escaped: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.page = self.context.new_page()
        self.page.route("**/*", self._route)
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.kgStabilisedMs !== undefined", timeout=30_000)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.escaped.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def evaluate(self, script, arg=None):
        return self.page.evaluate(script, arg)

    def dom_point(self, canvas_xy: dict) -> tuple[float, float]:
        """Page coordinates of a point of the network's canvas."""
        return tuple(self.evaluate("""p => { const d = network.canvasToDOM(p);
            const r = document.getElementById('mynetwork').getBoundingClientRect(); return [r.left + d.x, r.top + d.y]; }""",
                                   canvas_xy))

    def close(self):
        assert self.escaped == [], f"requests left the page: {self.escaped}"
        assert self.errors == [], f"script errors: {self.errors}"
        self.context.close()


@pytest.fixture(scope="module")
def seed_store(seed_build):
    return dataset_to_store(seed_build.dataset)


@pytest.fixture(scope="module")
def seed_html(seed_store, tmp_path_factory) -> Path:
    return write_html(network_from_store(seed_store), tmp_path_factory.mktemp("viz") / "graph.html", "Seed articles")


@pytest.fixture
def seed_page(browser, seed_html):
    page = Page(browser, seed_html)
    yield page
    page.close()


def test_browser_draws_every_node_and_edge_of_the_graph(seed_page, seed_store, tmp_path):
    want = expected_counts(seed_store)
    assert seed_page.evaluate("network.body.data.nodes.length") == want["nodes"]
    assert seed_page.evaluate("network.body.data.edges.length") == want["edges"]
    # Drawn, not only loaded: vis-network placed every node on the canvas.
    assert seed_page.evaluate("Object.keys(network.getPositions()).length") == want["nodes"]
    assert seed_page.evaluate("network.physics.options.enabled") is False  # stabilised, then frozen
    shot = tmp_path / "graph.png"
    seed_page.page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_searching_donald_trump_focuses_his_node(seed_page, seed_store):
    # His entity carries the name as its label or, once merged with "Trump", as an alias.
    (row,) = seed_store.query(PREFIXES + f"""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT DISTINCT ?e ?label WHERE {{ GRAPH <{V.ENTITIES_GRAPH}> {{ ?e rdfs:label ?label .
        {{ ?e rdfs:label "Donald Trump" }} UNION {{ ?e skos:altLabel "Donald Trump" }} }} }}""")
    trump = row["e"].value
    seed_page.page.fill("#kg-search", "Donald Trump")
    seed_page.page.press("#kg-search", "Enter")
    assert seed_page.evaluate("network.getSelectedNodes()") == [trump]
    # The view glides to the node and ends centred on it: vis-network's 0.4 s animation counts frames,
    # and on a loaded machine a frame of this page takes 40 ms or more, so the glide may take seconds.
    seed_page.page.wait_for_function("""id => { const c = network.getViewPosition(), p = network.getPositions([id])[id];
        return Math.abs(c.x - p.x) < 1 && Math.abs(c.y - p.y) < 1; }""", arg=trump, timeout=30_000)
    assert f"found {row['label'].value}" in seed_page.page.inner_text("#kg-status")


def _hover_edge(page: Page, edge_id: str) -> bool:
    """Hover ``edge_id`` until its card shows; False when every point tried lies under something else.

    Points along the edge are tried in turn, since its midpoint may be covered by a
    label or a crossing edge; the card is awaited rather than slept for, as a loaded
    machine may take longer than any fixed pause to deliver the hover event.
    """
    for fraction in (0.5, 0.35, 0.65, 0.2, 0.8):
        page.page.mouse.move(1, 1)
        point = page.evaluate("([id, t]) => network.body.edges[id].edgeType.getPoint(t)", [edge_id, fraction])
        page.page.mouse.move(*page.dom_point(point))
        if _card_shows(page, edge_id):
            return True
    return False


def _card_shows(page: Page, item_id: str, timeout: float = 2_000) -> bool:
    """Wait until the hover card is shown for ``item_id`` (a node or edge id); False after ``timeout`` ms."""
    try:
        page.page.wait_for_function(
            """id => { const c = document.getElementById('kg-card');
               return c.style.display === 'block' && c.dataset.item === id; }""",
            arg=item_id, timeout=timeout)
        return True
    except PlaywrightTimeout:
        return False


def test_hover_card_shows_an_evidence_sentence(seed_page, seed_store):
    rows = seed_store.query(PREFIXES + f"""SELECT ?st ?sentence WHERE {{
        ?st a rdf:Statement ; rdf:subject ?s ; kg:negated true ; kg:evidence ?ev . ?ev kg:sentence ?sentence .
        GRAPH <{V.ENTITIES_GRAPH}> {{ ?s kg:entityType ?t }} }}""",
                            use_default_graph_as_union=True)
    evidence: dict[str, set] = {}
    for r in rows:
        evidence.setdefault(r["st"].value, set()).add(r["sentence"].value)
    assert evidence
    # the first edge not hidden under a node, a label or another edge
    edge_id = next((e for e in evidence if _hover_edge(seed_page, e)), None)
    assert edge_id is not None, "no negated edge could be hovered"
    shown = seed_page.page.locator("#kg-card .sentence").all_inner_texts()
    assert shown and set(shown) <= evidence[edge_id]
    card = seed_page.page.inner_text("#kg-card")
    assert "negated" in card and "as written" in card


def test_node_card_filters_and_physics_toggle(seed_page, seed_store):
    iran = str(V.entity_iri("Iran"))
    seed_page.page.mouse.move(1, 1)
    seed_page.page.mouse.move(*seed_page.dom_point(seed_page.evaluate("id => network.getPositions([id])[id]", iran)))
    assert _card_shows(seed_page, iran, timeout=5_000)
    card = seed_page.page.inner_text("#kg-card")
    assert card.startswith("Iran") and "GPE" in card and "mentions" in card
    # Hide people: exactly the PERSON entities of the graph disappear.
    people = sum(1 for _ in seed_store.query(PREFIXES + f"""SELECT ?e WHERE {{ GRAPH <{V.ENTITIES_GRAPH}> {{
        ?e kg:entityType "PERSON" }} }}"""))
    before = seed_page.evaluate("nodes.get({filter: n => !n.hidden}).length")
    seed_page.page.uncheck('#kg-legend input[data-type="PERSON"]')
    assert seed_page.evaluate("nodes.get({filter: n => !n.hidden}).length") == before - people
    seed_page.page.uncheck("#kg-literals")
    assert seed_page.evaluate("nodes.get({filter: n => !n.hidden}).length") == before - people - (
        expected_counts(seed_store)["nodes"] - expected_counts(seed_store)["entities"])
    # Back to all types, then one relation: exactly the graph's statements of that relation remain.
    seed_page.page.check('#kg-legend input[data-type="PERSON"]')
    seed_page.page.check("#kg-literals")
    wins = _count_statements(seed_store, f"?st rdf:predicate <{V.REL['win']}> .")
    assert wins > 0
    seed_page.page.select_option("#kg-relation", "win")
    assert seed_page.evaluate("edges.get({filter: e => !e.hidden}).length") == wins
    article = "001_782b71356e619918"
    seed_page.page.select_option("#kg-relation", "")
    seed_page.page.select_option("#kg-article", article)
    in_article = _count_statements(seed_store, f"?st kg:evidence ?ev . ?ev prov:wasDerivedFrom <{V.article_iri(article)}> .")
    assert seed_page.evaluate("edges.get({filter: e => !e.hidden}).length") == in_article > 0
    seed_page.page.click("#kg-physics")
    assert seed_page.evaluate("network.physics.options.enabled") is True
    seed_page.page.click("#kg-physics")
    assert seed_page.evaluate("network.physics.options.enabled") is False


def _count_statements(store, pattern: str) -> int:
    """Statements drawn as edges (subject an entity, object an entity or a literal) matching ``pattern``."""
    row = next(iter(store.query(PREFIXES + f"""PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE {{ ?st a rdf:Statement ; rdf:subject ?s ; rdf:object ?o . {pattern}
        GRAPH <{V.ENTITIES_GRAPH}> {{ ?s kg:entityType ?t }}
        FILTER(isLiteral(?o) || EXISTS {{ GRAPH <{V.ENTITIES_GRAPH}> {{ ?o kg:entityType ?u }} }}) }}""",
                                use_default_graph_as_union=True)))
    return int(row["n"].value)


@pytest.fixture(scope="module")
def xss_html(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("xss")
    (folder / "xss-article.txt").write_text(XSS_ARTICLE, encoding="utf-8")
    store = dataset_to_store(build_graph([folder]).dataset)
    return write_html(network_from_store(store), folder / "graph.html", 'XSS <script>alert("t")</script>')


def test_xss_article_runs_no_script(browser, xss_html):
    raw = xss_html.read_text(encoding="utf-8")
    assert "onerror=" in raw and "window.__xss" in raw  # the payload really reaches the page …
    page = Page(browser, xss_html)
    try:
        # … and is shown as text wherever it is drawn: the article menu, hover cards.
        assert "<script>" in page.page.inner_text("#kg-article")
        with_img = page.evaluate("""JSON.parse(document.getElementById('kg-data').textContent).edges
            .filter(e => e.evidence.some(ev => ev[1].includes('<img src=x'))).map(e => e.id)""")
        assert with_img, "no edge carries the sentence with the <img> payload"
        assert any(_hover_edge(page, edge_id) for edge_id in with_img)
        assert "<img src=x onerror=" in page.page.inner_text("#kg-card")
        page.page.select_option("#kg-article", index=1)
        page.page.wait_for_timeout(300)
        assert page.evaluate("window.__xss") is None
        assert page.evaluate("document.querySelectorAll('img').length") == 0
        assert page.evaluate("document.querySelectorAll('script[src]').length") == 0
        assert page.dialogs == []
    finally:
        page.close()
