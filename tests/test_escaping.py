"""Hostile text reaches every output escaped: parse each format back and find the exact string.

Quotes, backslashes, newlines, ``<script>`` and ``\"\"\"`` in article text,
titles, ids and entity names must survive Turtle, TriG, JSON Lines and the
HTML page's embedded data unchanged, and never break out of their container.
"""
from __future__ import annotations

import json
import re

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import DCTERMS, RDFS

from conftest import run_kg
from kg.graph.rdflib_view import to_rdf
from kg.records import Article, Entity, Triple
from kg.terms import Vocabulary

HOSTILE = 'He said "no" \\ then \'yes\'\nand <script>alert("x")</script> """ end'
NAME = 'Acme "Evil" \\ Corp</script><script>alert(1)</script>"""'
OTHER = "Zeta\nGroup"


def _records():
    text = "Headline\n\n" + HOSTILE + "."
    article = Article(id='doc-"1"\\<x>', text=text, title=HOSTILE, source_path="hostile.txt")
    vocab = Vocabulary()
    entities = [Entity(NAME, "ORG", (NAME, 'Acme "Evil"'), str(vocab.entity_iri(NAME)), 2, (article.id,)),
                Entity(OTHER, "ORG", (OTHER,), str(vocab.entity_iri(OTHER)), 1, (article.id,))]
    triple = Triple(doc=article.id, sentence=HOSTILE + ".", subject=NAME, subject_entity=NAME, relation='said "no"',
                    relation_lemma="say", object=OTHER, object_entity=OTHER, negated=False, modality=None,
                    attributed_to=None, confidence=0.9, start=10, end=10 + len(HOSTILE) + 1)
    return article, [triple], entities, vocab


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    from kg.export import export
    from kg.graph.rdflib_view import dataset_to_store
    from kg.output import write_jsonl
    from kg.viz import network_from_store, write_html

    out = tmp_path_factory.mktemp("escaping")
    article, triples, entities, vocab = _records()
    store = dataset_to_store(to_rdf([article], triples, entities, vocab))
    export(store, out / "graph.ttl", "turtle", vocab)
    export(store, out / "graph.trig", "trig", vocab)
    export(store, out / "graph.nt", "ntriples", vocab)
    export(store, out / "graph.nq", "nquads", vocab)
    export(store, out / "graph.jsonld", "jsonld", vocab)
    write_jsonl(out / "triples.jsonl", triples)
    write_jsonl(out / "entities.jsonl", entities)
    write_html(network_from_store(store, vocab.base), out / "graph.html")
    return out, article


def _literals(graph) -> set[str]:
    return {str(o) for o in graph.objects() if isinstance(o, Literal)}


@pytest.mark.parametrize("name,fmt", [("graph.ttl", "turtle"), ("graph.nt", "nt")])
def test_union_formats_round_trip_the_hostile_strings(written, name, fmt):
    out, article = written
    g = Graph().parse(out / name, format=fmt)
    literals = _literals(g)
    assert HOSTILE + "." in literals  # the evidence sentence
    assert HOSTILE in literals  # the article title
    assert NAME in literals and OTHER in literals  # entity labels
    assert article.id in {str(o) for o in g.objects(None, DCTERMS.identifier)}
    assert (None, RDFS.label, Literal(NAME)) in g


@pytest.mark.parametrize("name,fmt", [("graph.trig", "trig"), ("graph.nq", "nquads"), ("graph.jsonld", "json-ld")])
def test_dataset_formats_round_trip_the_hostile_strings_in_their_graphs(written, name, fmt):
    out, article = written
    ds = Dataset().parse(out / name, format=fmt)
    by_graph = {str(g.identifier): _literals(g) for g in ds.graphs()}
    article_graph = str(Vocabulary().article_iri(article.id))
    assert HOSTILE + "." in by_graph[article_graph]
    assert any(NAME in lits for lits in by_graph.values())


def test_the_article_iri_is_escaped(written):
    out, article = written
    iri = str(Vocabulary().article_iri(article.id))
    assert not re.search(r'[\s"<>\\{}|^`]', iri)
    assert iri in {str(g.identifier) for g in Dataset().parse(out / "graph.trig", format="trig").graphs()}


def test_json_lines_round_trip_and_stay_one_record_per_line(written):
    out, article = written
    lines = (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    row = json.loads(lines[0])
    assert (row["sentence"], row["subject"], row["object"], row["doc"]) == (HOSTILE + ".", NAME, OTHER, article.id)
    names = [json.loads(line)["name"] for line in (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    assert names == [NAME, OTHER]


def _page_data(page: str) -> dict:
    """The JSON block the page embeds as ``<script type="application/json" id="kg-data">``."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match, "no embedded graph data in the page"
    return json.loads(match.group(1))


def test_html_embedded_data_round_trips_the_names_and_titles(written):
    out, article = written
    data = _page_data((out / "graph.html").read_text(encoding="utf-8"))
    assert {NAME, OTHER} <= {n["label"] for n in data["nodes"]}
    assert data["articles"] == {article.id: HOSTILE}


def test_html_embedded_data_round_trips_the_evidence(written):
    out, article = written
    data = _page_data((out / "graph.html").read_text(encoding="utf-8"))
    assert [article.id, HOSTILE + "."] in [ev for e in data["edges"] for ev in e["evidence"]]


def test_html_data_cannot_close_its_script_element(written):
    page = (written[0] / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "</script><script>" not in page
    assert "\\u003c/script>" in page or "\\u003c/script\\u003e" in page  # the name's </script> is escaped


def test_hostile_article_text_through_kg_build(tmp_path):
    """End to end: hostile text, title and id in a JSONL record, every output parsed back."""
    record = {"id": 'x"1\\<script>', "title": HOSTILE,
              "text": 'Israel said "we will respond" \\ to <script>alert(1)</script> """ Iran.\n\n'
                      'Trump told reporters\nthat Iran "wants talks".'}
    (tmp_path / "in.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_kg("build", tmp_path / "in.jsonl", "--out", out)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    sentences = {r["sentence"] for r in rows}
    assert 'Israel said "we will respond" \\ to <script>alert(1)</script> """ Iran.' in sentences
    assert 'Trump told reporters\nthat Iran "wants talks".' in sentences
    assert {r["doc"] for r in rows} == {record["id"]}
    g = Graph().parse(out / "graph.ttl", format="turtle")
    assert sentences <= _literals(g) and HOSTILE in _literals(g)
    ds = Dataset().parse(out / "graph.trig", format="trig")
    assert sentences <= set().union(*(_literals(x) for x in ds.graphs()))
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert _page_data(page)["articles"] == {record["id"]: HOSTILE}
    assert "<script>alert" not in page


def test_quad_text_is_what_oxigraph_writes():
    """The graph is built as N-Quads text (kg.graph.rdf): every literal must read exactly as
    Oxigraph prints it, or a re-build would find the stored quads different and rewrite them."""
    import pyoxigraph as ox

    from kg.graph.ntext import as_quads, iri, literal

    controls = "".join(map(chr, range(0x20))) + "\x7f\ufffe\uffff"
    for text in (HOSTILE, NAME, OTHER, controls, "café – “quoted” 😀", ""):
        assert literal(text) == str(ox.Literal(text))
        line = f"{iri('https://kg.example/s')} {iri('https://kg.example/p')} {literal(text)} {iri('https://kg.example/g')}"
        [quad] = as_quads([line])
        assert quad.object.value == text
        assert str(quad) == line
