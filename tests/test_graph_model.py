"""The RDF model: statements once in kg:statements, evidence per article, plain edges only for
asserted facts, speech acts linked to what they report, stable IRIs, SHACL conformance."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.graph.rdf import content_hash, statement_iri, to_store
from kg.graph.rdflib_view import to_rdf
from kg.graph.validate import validate_store
from kg.records import Article, Entity, Triple
from kg.terms import Vocabulary

V = Vocabulary()
SAY = "Trump said Iran may be seeking talks."


def ask(store, query: str) -> bool:
    return bool(store.query(query, use_default_graph_as_union=True, prefixes=V.prefixes()))


def entity(name, type_, docs=("a",)):
    return Entity(name, type_, (name,), str(V.entity_iri(name)), 1, docs)


@pytest.fixture(scope="module")
def small():
    """Trump's speech act, its hedged content, an asserted fact and a denial, in two articles."""
    triples = [
        Triple("a", SAY, "Trump", "Donald Trump", "said", "say", "Iran may be seeking talks", None, False, None, None, 0.9, 0, 38, kind="speech"),
        Triple("a", SAY, "Iran", "Iran", "may be seeking", "seek", "talks", None, False, "may", "Donald Trump", 0.7, 0, 38),
        Triple("a", "Israel struck Iran.", "Israel", "Israel", "struck", "strike", "Iran", "Iran", False, None, None, 0.9, 39, 58),
        Triple("b", "Israel struck Iran on Friday.", "Israel", "Israel", "struck", "strike", "Iran", "Iran", False, None, None, 0.9, 0, 29),
        Triple("b", "Iran is not winning.", "Iran", "Iran", "is not winning", "win", "", None, True, None, None, 0.5, 30, 50),
    ]
    entities = [entity("Donald Trump", "PERSON"), entity("Iran", "GPE", ("a", "b")), entity("Israel", "GPE", ("a", "b"))]
    articles = [Article("a", SAY + " Israel struck Iran.", title="Talks?", date="2025-06-16", url="https://news.example/a"),
                Article("b", "Israel struck Iran on Friday. Iran is not winning.", source="Example News")]
    return to_store(articles, triples, entities), triples


def test_the_same_fact_in_two_articles_is_one_statement_with_two_evidences(small):
    store, triples = small
    strike = statement_iri(triples[2], V)
    assert strike == statement_iri(triples[3], V)
    result = store.query(f"""SELECT ?conf ?n (COUNT(?ev) AS ?evidences) WHERE {{
        <{strike}> kg:confidence ?conf ; kg:corroboration ?n ; kg:evidence ?ev }} GROUP BY ?conf ?n""",
                         use_default_graph_as_union=True, prefixes=V.prefixes())
    row = next(result)
    assert (row["conf"].value, row["n"].value, row["evidences"].value) == ("0.9", "2", "2")
    # described once, in the shared graph; each evidence in its own article's graph
    assert ask(store, f"ASK {{ GRAPH kg:statements {{ <{strike}> rdf:subject ent:israel ; rdf:object ent:iran }} }}")
    assert not ask(store, f"ASK {{ GRAPH art:a {{ <{strike}> rdf:subject ?s }} }}")
    assert ask(store, f"ASK {{ GRAPH art:b {{ <{strike}> kg:evidence ?ev . ?ev prov:wasDerivedFrom art:b ; kg:start 0 }} }}")


def test_plain_edges_only_for_asserted_facts(small):
    store, _ = small
    assert ask(store, "ASK { GRAPH art:a { ent:israel rel:strike ent:iran } }")
    assert not ask(store, "ASK { ent:iran rel:seek ?o }")    # hedged and attributed
    assert not ask(store, "ASK { ent:iran rel:win ?o }")     # negated


def test_speech_act_links_speaker_to_the_reported_statement(small):
    store, triples = small
    content = statement_iri(triples[1], V)
    assert ask(store, f"ASK {{ <{content}> prov:wasAttributedTo ent:donald-trump ; kg:modality \"may\" ; kg:negated false }}")
    assert ask(store, f"ASK {{ GRAPH art:a {{ ent:donald-trump rel:say <{content}> }} }}")
    assert ask(store, f"ASK {{ <{statement_iri(triples[0], V)}> kg:reports <{content}> ; kg:kind \"speech\" }}")


def test_article_metadata_uses_dublin_core_and_schema_org(small):
    store, _ = small
    digest = content_hash(Article("a", SAY + " Israel struck Iran.", title="Talks?", date="2025-06-16", url="https://news.example/a"))
    assert ask(store, f"""ASK {{ GRAPH art:a {{ art:a a schema:NewsArticle ; dcterms:identifier "a" ; dcterms:title "Talks?" ;
        dcterms:date "2025-06-16"^^xsd:date ; schema:url "https://news.example/a" ; kg:contentHash "{digest}" }} }}""")
    assert ask(store, 'ASK { art:b dcterms:source "Example News" }')


def test_statement_iris_are_stable_across_builds(seed_build):
    again = to_store(seed_build.articles, seed_build.triples, seed_build.entities, seed_build.vocab)
    names = lambda s: {q.subject.value for q in s.quads_for_pattern(None, ox.NamedNode(str(V.KG.corroboration)), None)}
    assert names(again) == names(seed_build.store) and len(names(again)) > 100
    assert statement_iri(seed_build.triples[0], V).startswith("https://kg.example/statement/")


def test_rdflib_dataset_keeps_the_named_graphs(small):
    _store, triples = small
    from rdflib import URIRef

    ds = to_rdf([Article("a", "x")], triples[:3], [entity("Israel", "GPE"), entity("Iran", "GPE")])
    graphs = {str(g.identifier) for g in ds.graphs()}
    assert {str(V.article_iri("a")), str(V.ENTITIES_GRAPH), str(V.STATEMENTS_GRAPH)} <= graphs
    assert (URIRef(V.entity_iri("Israel")), URIRef(V.relation_iri("strike")), URIRef(V.entity_iri("Iran"))) in ds.graph(URIRef(V.article_iri("a")))


def test_the_seed_graph_conforms_to_the_shapes(seed_build):
    report = validate_store(seed_build.store)
    assert report.conforms, report.violations[:5]
    assert report.triples > 5000


def test_shapes_catch_a_statement_without_predicate(small):
    store, triples = small
    broken = ox.Store()
    stmt = ox.NamedNode(str(statement_iri(triples[2], V)))
    broken.extend(q for q in store if not (q.subject == stmt and q.predicate.value.endswith("#predicate")))
    report = validate_store(broken)
    assert not report.conforms
    assert any(v.startswith(stmt.value) and "22-rdf-syntax-ns#predicate" in v for v in report.violations)


def test_no_plain_edge_points_at_an_empty_object(seed_build):
    store = seed_build.store
    asked = store.query('ASK { GRAPH ?g { ?s ?p "" } FILTER(STRSTARTS(STR(?p), "https://kg.example/rel/")) }')
    assert not bool(asked)


def test_trig_is_the_same_file_whatever_order_the_articles_were_built_in(seed_build):
    """An in-memory store gives its quads back in the order they came: the seed articles built
    in reverse once wrote graph.trig with its graphs and its ``;``/``,`` lists in another order."""
    from kg.export import serialize

    forward = to_store(seed_build.articles, seed_build.triples, seed_build.entities, seed_build.vocab)
    last_first = {a.id: i for i, a in enumerate(seed_build.articles[::-1])}  # (each article's triples in their order)
    triples = sorted(seed_build.triples, key=lambda t: last_first[t.doc])
    backward = to_store(seed_build.articles[::-1], triples, seed_build.entities[::-1], seed_build.vocab)
    assert set(forward) == set(backward)  # the same quads
    assert list(forward) != list(backward)  # (in another order: what the test is about)
    assert serialize(forward, "trig", seed_build.vocab) == serialize(backward, "trig", seed_build.vocab)
    assert serialize(forward, "nquads") == serialize(backward, "nquads")
