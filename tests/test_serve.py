"""`kg serve`: a read-only SPARQL endpoint, a query page and the network, over real HTTP and in Chromium."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from test_push import free_port, stop_process, wait_for_port

pytestmark = pytest.mark.server

LABELS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?entity ?label WHERE { ?entity a ?type ; rdfs:label ?label } ORDER BY ?label"""


@pytest.fixture(scope="module")
def seed_trig(seed_build, tmp_path_factory) -> Path:
    from kg.export import export
    from kg.graph.rdflib_view import dataset_to_store

    return export(dataset_to_store(seed_build.dataset), tmp_path_factory.mktemp("serve") / "graph.trig", "trig", seed_build.vocab)


@pytest.fixture(scope="module")
def local_store(seed_trig):
    from kg.graph.source import open_graph

    return open_graph(seed_trig).store


@pytest.fixture(scope="module")
def server(seed_trig):
    """`kg serve graph.trig` on a free loopback port, as a user starts it; stopped after the module."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(seed_trig), "--port", str(port)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_port(port, process, seconds=60)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_process(process)


def local_labels(store) -> list[tuple[str, str]]:
    return [(s["entity"].value, s["label"].value) for s in store.query(LABELS, use_default_graph_as_union=True)]


def test_sparql_protocol_get_and_post_give_the_local_answer(server, local_store):
    import requests

    expected = local_labels(local_store)
    assert len(expected) > 20
    for response in (requests.get(f"{server}/sparql", params={"query": LABELS}, timeout=30),
                     requests.post(f"{server}/sparql", data={"query": LABELS}, timeout=30),
                     requests.post(f"{server}/sparql", data=LABELS.encode(), timeout=30,
                                   headers={"Content-Type": "application/sparql-query"})):
        assert response.status_code == 200, response.text
        assert response.headers["Content-Type"].startswith("application/sparql-results+json")
        rows = [(b["entity"]["value"], b["label"]["value"]) for b in response.json()["results"]["bindings"]]
        assert rows == expected


def test_content_negotiation_csv_and_construct(server, local_store):
    import requests

    csv = requests.get(f"{server}/sparql", params={"query": LABELS}, headers={"Accept": "text/csv"}, timeout=30)
    assert csv.headers["Content-Type"].startswith("text/csv")
    assert csv.text.splitlines()[0] == "entity,label"
    assert len(csv.text.splitlines()) == len(local_labels(local_store)) + 1
    query = "CONSTRUCT { ?e <urn:x:name> ?l } WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    construct = requests.get(f"{server}/sparql", timeout=30, params={"query": query})
    assert construct.headers["Content-Type"].startswith("application/n-triples")
    expected = {str(t) for t in local_store.query(query, use_default_graph_as_union=True)}
    assert {line.strip().removesuffix(" .") for line in construct.text.splitlines()} == expected and len(expected) > 20


def test_the_endpoint_is_read_only_and_explains_errors(server, local_store):
    import requests

    before = len(local_labels(local_store))
    for response in (requests.post(f"{server}/sparql", data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}, timeout=30),
                     requests.post(f"{server}/sparql", data={"query": "DELETE WHERE { ?s ?p ?o }"}, timeout=30),
                     requests.post(f"{server}/sparql", data="CLEAR ALL", timeout=30,
                                   headers={"Content-Type": "application/sparql-update"})):
        assert response.status_code == 403
        assert "read-only" in response.text
    bad = requests.get(f"{server}/sparql", params={"query": "SELEKT nothing"}, timeout=30)
    assert bad.status_code == 400 and "syntax error" in bad.text
    still = requests.get(f"{server}/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}, timeout=30)
    assert int(still.json()["results"]["bindings"][0]["n"]["value"]) == len(local_store)
    assert len(local_labels(local_store)) == before


def test_pages_are_served(server):
    import requests

    page = requests.get(f"{server}/", timeout=30)
    assert page.status_code == 200 and "<textarea" in page.text and "/sparql" in page.text
    network = requests.get(f"{server}/graph", timeout=60)
    assert network.status_code == 200 and "vis.Network" in network.text
    assert requests.get(f"{server}/nothing", timeout=30).status_code == 404


def test_it_listens_on_loopback_only(server):
    import socket

    port = int(server.rsplit(":", 1)[1])
    socket.create_connection(("127.0.0.1", port), timeout=5).close()  # it does listen on loopback
    try:
        outward = [a[4][0] for a in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
                   if not a[4][0].startswith("127.")]
    except OSError:
        outward = []
    if not outward:
        pytest.skip("this host has no outward IPv4 address to try the server's port on")
    with pytest.raises(OSError):
        socket.create_connection((outward[0], port), timeout=1).close()


@pytest.mark.browser
def test_query_page_shows_the_answer_as_a_table(server, browser, local_store):
    page = browser.new_page()
    try:
        page.goto(f"{server}/")
        page.fill("#query", LABELS)
        page.click("#run")
        page.wait_for_selector("#results table tbody tr", timeout=30_000)
        headers = page.locator("#results th").all_inner_texts()
        rows = page.locator("#results tbody tr").count()
        first = page.locator("#results tbody tr").first.locator("td").all_inner_texts()
    finally:
        page.close()
    expected = local_labels(local_store)
    assert headers == ["entity", "label"]
    assert rows == len(expected)
    assert tuple(first) == expected[0]


@pytest.mark.browser
def test_network_page_draws_every_node(server, browser, local_store):
    from kg.viz import network_from_store

    page = browser.new_page()
    try:
        page.goto(f"{server}/graph")
        page.wait_for_function("typeof network !== 'undefined'", timeout=30_000)
        nodes = page.evaluate("network.body.data.nodes.length")
    finally:
        page.close()
    assert nodes == len(network_from_store(local_store).nodes) > 10


def linked_to(store, entity: str) -> set[str]:
    """The entities a sentence relates to ``entity``: named in one sentence with it, a statement with
    both as subject and object, or one credited with a statement about the other."""
    from kg.terms import Vocabulary

    v = Vocabulary()
    rows = store.query(f"""PREFIX kg: <{v.KG}> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT DISTINCT ?x WHERE {{
          {{ ?s a kg:Sentence ; kg:mentions <{entity}>, ?x }}
          UNION {{ ?st rdf:subject <{entity}> ; rdf:object ?x }} UNION {{ ?st rdf:subject ?x ; rdf:object <{entity}> }}
          UNION {{ ?st prov:wasAttributedTo <{entity}> . {{ ?st rdf:subject ?x }} UNION {{ ?st rdf:object ?x }} }}
          UNION {{ ?st prov:wasAttributedTo ?x . {{ ?st rdf:subject <{entity}> }} UNION {{ ?st rdf:object <{entity}> }} }}
          GRAPH <{v.ENTITIES_GRAPH}> {{ ?x kg:entityType ?t }} FILTER(?x != <{entity}>) }}""",
                       use_default_graph_as_union=True)
    return {r["x"].value for r in rows}


def quotations_of(store, entity: str) -> int:
    """Speech acts whose speaker (subject) is ``entity``: what the entity panel lists as its quotations."""
    from kg.terms import Vocabulary

    v = Vocabulary()
    (row,) = store.query(f"""PREFIX kg: <{v.KG}> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE {{ GRAPH <{v.STATEMENTS_GRAPH}> {{
          ?st rdf:subject <{entity}> ; kg:kind "speech" ; rdf:object ?o }} }}""")
    return int(row["n"].value)


def test_graph_focus_checks_the_name_and_the_hops(server):
    import requests

    unknown = requests.get(f"{server}/graph", params={"focus": "Nobody At All"}, timeout=60)
    assert unknown.status_code == 404 and "no entity named 'Nobody At All'" in unknown.text
    assert requests.get(f"{server}/graph", params={"focus": "Donald Trump", "hops": "9"}, timeout=60).status_code == 400
    # a superscript digit is a digit to str.isdigit but no number to int(): a clear 400, no traceback
    superscript = requests.get(f"{server}/graph", params={"focus": "Donald Trump", "hops": "\u00b9"}, timeout=60)
    assert superscript.status_code == 400 and "hops must be 1, 2 or 3" in superscript.text
    assert requests.get(f"{server}/graph", params={"focus": "Donald Trump", "hops": "2"}, timeout=60).status_code == 200


@pytest.mark.browser
def test_graph_focus_draws_the_entity_and_its_neighbourhood_with_its_quotations(server, browser, local_store):
    from kg.terms import Vocabulary

    trump = str(Vocabulary().entity_iri("Donald Trump"))
    page = browser.new_page()
    try:
        page.goto(f"{server}/graph?focus=Donald%20Trump&hops=1")
        page.wait_for_function("window.kgDraws >= 1 && !document.getElementById('kg-panel').hidden", timeout=30_000)
        drawn = set(page.evaluate("network.body.data.nodes.getIds()"))
        selected = page.evaluate("network.getSelectedNodes()")
        quotes = page.locator("#kg-panel li.quote").count()
        heading = page.inner_text("#kg-panel h2")
    finally:
        page.close()
    around = linked_to(local_store, trump)
    assert 5 < len(around) <= 60  # all drawn: under the page's cap of 60
    assert drawn == around | {trump}
    assert selected == [trump] and heading == "Donald Trump"
    assert quotes == quotations_of(local_store, trump) > 3


def test_graph_focus_past_what_the_page_carries_serves_the_neighbourhood(local_store, monkeypatch):
    """On a graph too large for one page (here: the seeds, with the limits lowered), /graph carries
    the most important entities and /graph?focus= any other one's neighbourhood."""
    import threading

    import requests

    from kg.serve import make_server
    from kg.viz import network_from_store, ranked
    from kg.viz import html as page

    monkeypatch.setattr(page, "OVERVIEW_AT", 10)
    monkeypatch.setattr(page, "OVERVIEW_SIZE", 5)
    monkeypatch.setattr(page, "PAGE_ENTITIES", 20)
    network = network_from_store(local_store)
    labels = {i: n.label for i, n in network.nodes.items()}
    far = next(i for i in ranked(network)[20:] if linked_to(local_store, i))
    server = make_server(local_store, port=0, workers=1)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        def data(response):
            import json
            import re

            assert response.status_code == 200, response.text
            return json.loads(re.search(r'id="kg-data">(.*?)</script>', response.text, re.S).group(1))

        whole = data(requests.get(server.url + "graph", timeout=60))
        assert len([n for n in whole["nodes"] if not n["literal"]]) == 20 and whole["view"]["overview"] == 5
        around = data(requests.get(server.url + "graph", params={"focus": labels[far]}, timeout=60))
        assert {n["id"] for n in around["nodes"] if not n["literal"]} == linked_to(local_store, far) | {far}
    finally:
        server.shutdown()
        server.server_close()


def test_a_build_store_is_served_and_pushed_like_its_graph_file(tmp_path):
    from conftest import EXAMPLES, run_kg
    from kg.graph.source import open_graph
    from kg.push import graphs

    built = run_kg("build", EXAMPLES, "--store", tmp_path / "store", "--out", tmp_path / "out", "--workers", "1")
    assert built.returncode == 0, built.stderr
    from_store, from_file = open_graph(tmp_path / "store").store, open_graph(tmp_path / "out" / "graph.trig").store
    assert len(from_store) == len(from_file) > 100
    assert [g for g, _ in graphs(from_store)] == [g for g, _ in graphs(from_file)]


def _example_query(page: str) -> str:
    import html
    import re

    return html.unescape(re.search(r'<textarea id="query"[^>]*>(.*?)</textarea>', page, re.S).group(1))


def test_the_query_pages_example_runs_on_the_graphs_own_namespace(server, local_store):
    """The example the query page opens with names people and organisations of the graph: its kg:
    is the graph's (…/ns#), predeclared like rdfs:, never the …/vocab# of an old draft."""
    import requests

    page = requests.get(f"{server}/", timeout=30).text
    assert "vocab#" not in page
    assert "<code>kg: &lt;https://kg.example/ns#&gt;</code>" in page
    example = _example_query(page)
    assert "kg:entityType" in example
    response = requests.get(f"{server}/sparql", params={"query": example}, timeout=30)
    assert response.status_code == 200, response.text
    rows = {(b["label"]["value"], b["type"]["value"]) for b in response.json()["results"]["bindings"]}
    everything = {(r["label"].value, r["type"].value) for r in local_store.query(
        "SELECT ?label ?type WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label ;"
        " <https://kg.example/ns#entityType> ?type }", use_default_graph_as_union=True)}
    assert len(rows) == 20 and rows <= everything


def test_the_endpoint_predeclares_the_graphs_prefixes_as_kg_query_does(server, local_store):
    import requests

    from kg.query import run_query

    query = 'SELECT ?name WHERE { ?e kg:entityType "PERSON" ; rdfs:label ?name } ORDER BY ?name'
    response = requests.get(f"{server}/sparql", params={"query": query}, timeout=30)
    assert response.status_code == 200, response.text
    names = [b["name"]["value"] for b in response.json()["results"]["bindings"]]
    assert "Donald Trump" in names and "Iran" not in names
    assert names == [r["name"].value for r in run_query(local_store, query)]


def test_an_undeclared_prefix_is_named_in_the_error(server, local_store):
    """Not the parser's list of character classes: which prefix, where, and how to declare it."""
    import requests

    from kg.query import QueryError, run_query

    query = "SELECT ?name WHERE {\n  ?e foaf:name ?name }"
    response = requests.get(f"{server}/sparql", params={"query": query}, timeout=30)
    assert response.status_code == 400
    assert response.text.startswith("SPARQL syntax error at line 2, column 15: the prefix foaf: is not declared")
    assert "PREFIX foaf: <…>" in response.text and "kg:, rel:" in response.text
    assert "\\u{" not in response.text and "['%']" not in response.text
    with pytest.raises(QueryError) as refused:
        run_query(local_store, query)
    assert str(refused.value) == response.text.strip()
