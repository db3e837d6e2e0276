"""The HTML network's data, views and page, checked without a browser.

Expected numbers come from SPARQL over the graph written by the build, not from
the code that builds the page.
"""
from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from hypothesis import given, strategies as st

from conftest import run_kg
from kg.graph.rdflib_view import dataset_to_store
from kg.graph.rdflib_view import to_rdf
from kg.records import Article, Entity, Role, Triple
from kg.terms import Vocabulary
from kg.viz import UnknownEntity, most_connected, neighbourhood, network_from_store, pairs, ranked, render_html, select_view
from kg.viz.network import Network, Node
from kg.viz.html import script_json

V = Vocabulary()
PREFIXES = f"PREFIX kg: <{V.KG}> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> " \
           "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "


def _count(store, query: str) -> int:
    return int(next(iter(store.query(PREFIXES + query, use_default_graph_as_union=True)))["n"].value)


def expected_counts(store) -> dict[str, int]:
    """Nodes and edges a page of the whole graph must draw, straight from SPARQL."""
    entities = _count(store, f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH <{V.ENTITIES_GRAPH}> {{ ?e kg:entityType ?t }} }}")
    literals = _count(store, f"""SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {{
        ?st a rdf:Statement ; rdf:subject ?s ; rdf:object ?o . FILTER(isLiteral(?o))
        GRAPH <{V.ENTITIES_GRAPH}> {{ ?s kg:entityType ?t }} }}""")
    statements = _count(store, f"""SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE {{
        ?st a rdf:Statement ; rdf:subject ?s ; rdf:object ?o .
        GRAPH <{V.ENTITIES_GRAPH}> {{ ?s kg:entityType ?t }}
        FILTER(isLiteral(?o) || EXISTS {{ GRAPH <{V.ENTITIES_GRAPH}> {{ ?o kg:entityType ?u }} }}) }}""")
    return {"entities": entities, "nodes": entities + literals, "edges": statements}


def entity_graph(store) -> nx.Graph:
    """Entity-to-entity links read with SPARQL, for neighbourhood checks: any statement between two
    entities, a statement credited to one about the other, two entities named in one sentence."""
    graph = nx.Graph()
    graph.add_nodes_from(r["e"].value for r in store.query(
        PREFIXES + f"SELECT ?e WHERE {{ GRAPH <{V.ENTITIES_GRAPH}> {{ ?e kg:entityType ?t }} }}"))
    rows = store.query(PREFIXES + f"""SELECT DISTINCT ?s ?o WHERE {{
        ?st a rdf:Statement ; rdf:subject ?s ; rdf:object ?o .
        GRAPH <{V.ENTITIES_GRAPH}> {{ ?s kg:entityType ?t . ?o kg:entityType ?u }} }}""", use_default_graph_as_union=True)
    graph.add_edges_from((r["s"].value, r["o"].value) for r in rows)
    rows = store.query(PREFIXES + f"""PREFIX prov: <http://www.w3.org/ns/prov#> SELECT DISTINCT ?s ?o WHERE {{
        {{ ?x a kg:Sentence ; kg:mentions ?s, ?o }}
        UNION {{ ?st prov:wasAttributedTo ?s . {{ ?st rdf:subject ?o }} UNION {{ ?st rdf:object ?o }} }}
        GRAPH <{V.ENTITIES_GRAPH}> {{ ?s kg:entityType ?t . ?o kg:entityType ?u }} FILTER(?s != ?o) }}""",
                       use_default_graph_as_union=True)
    graph.add_edges_from((r["s"].value, r["o"].value) for r in rows)
    return graph


@pytest.fixture(scope="session")
def seed_store(seed_build):
    return dataset_to_store(seed_build.dataset)


@pytest.fixture(scope="session")
def seed_network(seed_store):
    return network_from_store(seed_store)


def test_network_has_every_entity_literal_and_statement(seed_store, seed_network):
    want = expected_counts(seed_store)
    assert want["entities"] > 50 and want["edges"] > 30  # the seeds really have a graph
    assert len(seed_network.nodes) == want["nodes"]
    assert len(seed_network.edges) == want["edges"]
    assert sum(not n.is_literal for n in seed_network.nodes.values()) == want["entities"]


def test_negated_fact_keeps_its_flag_evidence_and_articles(seed_store, seed_network):
    # "I'd say Iran is not winning this war": a negated fact, never a plain edge.
    negated = [e for e in seed_network.edges.values()
               if seed_network.nodes[e.source].label == "Iran" and e.relation == "win" and e.negated]
    assert negated and all("not winning" in w for e in negated for w in e.written)
    assert any("Iran is not winning this war" in sentence for e in negated for _, sentence in e.evidence)
    # Every edge: negation and the number of reporting articles as the graph has them.
    rows = seed_store.query(PREFIXES + """PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?st ?neg (COUNT(DISTINCT ?a) AS ?n) WHERE {
        ?st a rdf:Statement ; kg:negated ?neg ; kg:evidence ?ev . ?ev prov:wasDerivedFrom ?a } GROUP BY ?st ?neg""",
                            use_default_graph_as_union=True)
    truth = {r["st"].value: (r["neg"].value == "true", int(r["n"].value)) for r in rows}
    assert {i: (e.negated, len(e.articles)) for i, e in seed_network.edges.items()} == \
        {i: truth[i] for i in seed_network.edges}


def test_aliases_roles_and_articles_come_from_the_entities_graph():
    entities = [
        Entity("Masoud Pezeshkian", "PERSON", ("Masoud Pezeshkian", "Pezeshkian"), str(V.entity_iri("Masoud Pezeshkian")),
               3, ("a1", "a2"), (Role("president", "Iran"),)),
        Entity("Iran", "GPE", ("Iran",), str(V.entity_iri("Iran")), 5, ("a1",)),
    ]
    triple = Triple(doc="a1", sentence="Pezeshkian visited Iran.", subject="Pezeshkian", subject_entity="Masoud Pezeshkian",
                    relation="visited", relation_lemma="visit", object="Iran", object_entity="Iran", negated=False,
                    modality=None, attributed_to=None, confidence=0.9, start=0, end=24, kind="fact", args=())
    articles = [Article(id="a1", text="Pezeshkian visited Iran.", title="A <b>visit</b>"),
                Article(id="a2", text="x", title=None)]
    network = network_from_store(dataset_to_store(to_rdf(articles, [triple], entities, V)))
    node = network.nodes[str(V.entity_iri("Masoud Pezeshkian"))]
    assert node.aliases == ["Pezeshkian"]
    assert node.roles == ["president of Iran"]
    assert node.articles == ["a1", "a2"] and node.mentions == 3
    assert network.articles["a1"] == "A <b>visit</b>"
    (edge,) = network.edges.values()
    assert edge.evidence == [("a1", "Pezeshkian visited Iran.")]


def test_focus_keeps_the_neighbourhood(seed_store, seed_network):
    graph = entity_graph(seed_store)
    iran = str(V.entity_iri("Iran"))
    one = neighbourhood(seed_network, "iran", hops=1)
    assert {i for i, n in one.nodes.items() if not n.is_literal} == {iran} | set(graph[iran])
    literals = _count(seed_store, f"""SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {{
        ?st a rdf:Statement ; rdf:subject <{iran}> ; rdf:object ?o . FILTER(isLiteral(?o)) }}""")
    assert sum(n.is_literal for n in one.nodes.values()) == literals > 0
    two = neighbourhood(seed_network, "Iran", hops=2)
    assert {i for i, n in two.nodes.items() if not n.is_literal} == set(nx.ego_graph(graph, iran, radius=2))
    zero = neighbourhood(seed_network, "Iran", hops=0)
    assert list(zero.nodes) == [iran] and not zero.edges
    assert all(e.source in one.nodes and e.target in one.nodes for e in one.edges.values())


def test_unknown_focus_is_a_clear_error(seed_network, seed_build, tmp_path):
    with pytest.raises(UnknownEntity, match="no entity named 'Zorblax'"):
        neighbourhood(seed_network, "Zorblax")
    with pytest.raises(UnknownEntity, match="did you mean 'Israel'"):
        neighbourhood(seed_network, "Isra")


def test_max_nodes_keeps_the_most_connected_entities(seed_store, seed_network):
    degree = {}
    # Links to other entities: statements between two different entities, in either direction.
    for row in seed_store.query(PREFIXES + f"""SELECT ?e (COUNT(DISTINCT ?st) AS ?n) WHERE {{
            GRAPH <{V.ENTITIES_GRAPH}> {{ ?e kg:entityType ?t . ?x kg:entityType ?u }} FILTER(?x != ?e)
            {{ ?st a rdf:Statement ; rdf:subject ?e ; rdf:object ?x }} UNION
            {{ ?st a rdf:Statement ; rdf:subject ?x ; rdf:object ?e }} }} GROUP BY ?e""",
            use_default_graph_as_union=True):
        degree[row["e"].value] = int(row["n"].value)
    # (8: the seeds link 9 entities to another entity once self-loops and titles are no edges)
    small = most_connected(seed_network, 8)
    assert len(small.nodes) == 8 and not any(n.is_literal for n in small.nodes.values())
    cut = sorted(degree.values(), reverse=True)[7]
    assert all(degree.get(i, 0) >= cut for i in small.nodes)
    assert cut > 0 and str(V.entity_iri("Israel")) in small.nodes  # linked to several entities in the seeds
    assert all(e.source in small.nodes and e.target in small.nodes for e in small.edges.values())
    assert small.total_nodes == len(seed_network.nodes)


def test_communities_cover_every_entity(seed_network):
    view = select_view(neighbourhood(seed_network, "Iran", hops=2), communities=True)
    numbers = {n.community for n in view.nodes.values() if not n.is_literal}
    assert None not in numbers and len(numbers) >= 1
    assert all(n.community is None for n in view.nodes.values() if n.is_literal)


@given(st.text())
def test_script_json_cannot_leave_the_script_element(text):
    encoded = script_json({"t": text, "u": "</script><!--\u2028\u2029"})
    assert not re.search("[<>&\u2028\u2029]", encoded)
    assert json.loads(encoded)["t"] == text


def test_page_is_self_contained_and_carries_the_data(seed_network):
    page = render_html(seed_network, title="Seeds </title><script>")
    assert not re.search(r'(src|href)="https?://', page)
    assert "vis.Network" in page  # vis-network is inlined
    assert "<title>Seeds &lt;/title&gt;&lt;script&gt;</title>" in page
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1))
    assert len(data["nodes"]) == len(seed_network.nodes) and len(data["edges"]) == len(seed_network.edges)


def test_cli_viz_focus_and_errors(tmp_path, seed_build):
    from kg.export import export

    graph = export(dataset_to_store(seed_build.dataset), tmp_path / "graph.trig", "trig", V)
    out = tmp_path / "trump.html"
    done = run_kg("viz", graph, "-o", out, "--focus", "Donald Trump", "--hops", "1", "--communities")
    assert done.returncode == 0, done.stderr
    assert re.search(r"wrote .*trump\.html \(\d+ nodes, \d+ edges\)", done.stdout)
    assert not re.search(r'(src|href)="https?://', out.read_text(encoding="utf-8"))
    bad = run_kg("viz", graph, "-o", tmp_path / "x.html", "--focus", "Nobody At All")
    assert bad.returncode == 2 and "no entity named 'Nobody At All'" in bad.stderr
    assert not (tmp_path / "x.html").exists()


def _pairs(store, query: str) -> set[tuple[str, str]]:
    return {(r["a"].value, r["b"].value) for r in store.query(PREFIXES + """PREFIX prov: <http://www.w3.org/ns/prov#>
        """ + query, use_default_graph_as_union=True)}


def test_links_join_the_entities_a_sentence_relates(seed_store, seed_network):
    entity = f"GRAPH <{V.ENTITIES_GRAPH}> {{ ?a kg:entityType ?t . ?b kg:entityType ?u }}"
    links = {kind: {(k.source, k.target) for k in seed_network.links if k.kind == kind}
             for kind in ("relation", "speech", "co-mention")}
    # named in one sentence (the build's kg:Sentence nodes), each pair once
    assert links["co-mention"] == _pairs(seed_store, f"""SELECT DISTINCT ?a ?b WHERE {{
        ?s a kg:Sentence ; kg:mentions ?a, ?b . {entity} FILTER(STR(?a) < STR(?b)) }}""") != set()
    # a speaker credited with a statement about another entity
    assert links["speech"] == _pairs(seed_store, f"""SELECT DISTINCT ?a ?b WHERE {{
        ?st prov:wasAttributedTo ?a . {{ ?st rdf:subject ?b }} UNION {{ ?st rdf:object ?b }} {entity} FILTER(?a != ?b) }}""")
    assert links["relation"] == _pairs(seed_store, f"""SELECT DISTINCT ?a ?b WHERE {{
        ?st a rdf:Statement ; rdf:subject ?a ; rdf:object ?b . {entity} FILTER(?a != ?b) }}""")
    # 'Pezeshkian condemned the U.S., claiming Israel “is not capable of any action without permission
    # of the U.S.”': he is quoted about Israel, which no statement of his names as subject or object.
    pezeshkian, israel = str(V.entity_iri("Masoud Pezeshkian")), str(V.entity_iri("Israel"))
    (link,) = [k for k in seed_network.links if (k.source, k.target, k.kind) == (pezeshkian, israel, "speech")]
    assert link.weight == 1 and link.articles == ["003_caebdc2807292438"]
    assert (israel, pezeshkian) not in links["speech"]  # Israel said nothing about him
    assert not any(k.source == k.target or seed_network.nodes[k.target].is_literal for k in seed_network.links)


def test_ranked_puts_mentions_plus_linked_entities_first(seed_store, seed_network):
    mentions = {r["e"].value: int(r["n"].value) for r in seed_store.query(PREFIXES + f"""SELECT ?e ?n WHERE {{
        GRAPH <{V.ENTITIES_GRAPH}> {{ ?e kg:mentionCount ?n }} }}""")}
    linked: dict[str, set] = {e: set() for e in mentions}
    for a, b in {(k.source, k.target) for k in seed_network.links}:
        linked[a].add(b)
        linked[b].add(a)
    order = ranked(seed_network)
    scores = [mentions[e] + len(linked[e]) for e in order]
    assert len(order) == len(mentions) and scores == sorted(scores, reverse=True)
    assert order[0] == str(V.entity_iri("Iran"))  # the war's subject: most mentioned, most linked


def test_pairs_merge_every_link_between_two_entities(seed_network):
    trump, israel = str(V.entity_iri("Donald Trump")), str(V.entity_iri("Israel"))
    (pair,) = [p for p in pairs(seed_network) if {p.source, p.target} == {trump, israel}]
    kinds = {k.kind: k.weight for k in seed_network.links if {k.source, k.target} == {trump, israel}}
    assert pair.kinds == kinds and pair.weight == sum(kinds.values()) and set(kinds) == {"relation", "speech", "co-mention"}
    assert pair.relations == {"support": 1, "reaffirm us backing for": 1}
    merged = pairs(seed_network)
    assert len({(p.source, p.target) for p in merged}) == len(merged)  # one per pair
    assert [p.weight for p in merged] == sorted((p.weight for p in merged), reverse=True)


def test_networkx_view_and_graphml_carry_typed_weighted_links(seed_store, tmp_path):
    from kg.export import export
    from kg.networkx_view import to_networkx

    graph = to_networkx(seed_store, V)
    trump, iran = str(V.entity_iri("Donald Trump")), str(V.entity_iri("Iran"))
    named_together = _count(seed_store, f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{
        ?s a kg:Sentence ; kg:mentions <{trump}>, <{iran}> }}""")
    between = [d for a, b, d in graph.edges(data=True) if {a, b} == {trump, iran}]
    assert {d["kind"]: d["weight"] for d in between if d["kind"] != "relation"} == {
        "co-mention": named_together, "speech": 9}  # 9 statements about Iran credited to him
    relation_edges = [d for _, _, d in graph.edges(data=True) if d["kind"] == "relation"]
    assert len(relation_edges) == _count(seed_store, f"""SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE {{
        ?st a rdf:Statement ; rdf:subject ?s ; rdf:object ?o .
        GRAPH <{V.ENTITIES_GRAPH}> {{ ?s kg:entityType ?t . ?o kg:entityType ?u }} }}""")
    # most entities now sit in one component; statements alone join few of them
    largest = max(nx.weakly_connected_components(graph), key=len)
    statements_only = nx.Graph([(a, b) for a, b, d in graph.edges(data=True) if d["kind"] == "relation"])
    assert len(largest) > graph.number_of_nodes() / 2 > max(map(len, nx.connected_components(statements_only)))
    written = nx.read_graphml(export(seed_store, tmp_path / "g.graphml", "graphml", V))
    assert {d["kind"] for _, _, d in written.edges(data=True)} == {"relation", "speech", "co-mention"}
    assert written.number_of_edges() == graph.number_of_edges()


def test_the_page_carries_the_most_important_entities_of_a_huge_graph(seed_network):
    from kg.viz.html import page_network

    assert page_network(seed_network) is seed_network
    carried = page_network(seed_network, limit=10)
    entities = {i for i, n in carried.nodes.items() if not n.is_literal}
    assert entities == set(ranked(seed_network)[:10])
    # the literal objects of their statements come along, and nothing else
    assert {i for i, n in carried.nodes.items() if n.is_literal} == {
        e.target for e in seed_network.edges.values() if e.source in entities and seed_network.nodes[e.target].is_literal}
    assert all(e.source in carried.nodes and e.target in carried.nodes for e in carried.edges.values())
    assert all(k.source in entities and k.target in entities for k in carried.links)
    assert carried.total_nodes == len(seed_network.nodes)


def _data(page: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1))


def test_a_large_graph_opens_on_an_overview(seed_network):
    from kg.viz import overview_size
    from kg.viz.html import OVERVIEW_AT, OVERVIEW_SIZE

    assert overview_size(seed_network) is None  # the seeds are drawn whole
    assert _data(render_html(seed_network))["view"]["overview"] is None
    big = Network({f"e{i}": Node(f"e{i}", f"E {i}", "ORG") for i in range(OVERVIEW_AT + 1)}, {})
    assert overview_size(big) == OVERVIEW_SIZE
    data = _data(render_html(seed_network, overview=20))
    assert data["view"]["overview"] == 20 and data["communities"] is True
    ranks = {n["id"]: n["rank"] for n in data["nodes"]}
    assert sorted(r for r in ranks.values() if r is not None) == list(range(len(ranked(seed_network))))
    assert all(ranks[i] is None for i, n in seed_network.nodes.items() if n.is_literal)
    assert len(data["pairs"]) == len(pairs(seed_network))


