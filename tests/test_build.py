"""End-to-end: `kg build` on the sample articles writes the five outputs with the contracts of docs/contracts.md."""
from __future__ import annotations

import json

import pytest
from rdflib import Dataset, Graph

from conftest import EXAMPLES, run_kg

TRIPLE_FIELDS = {
    "doc": str, "sentence": str, "subject": str, "subject_entity": (str, type(None)), "relation": str,
    "relation_lemma": str, "object": str, "object_entity": (str, type(None)), "negated": bool,
    "modality": (str, type(None)), "attributed_to": (str, type(None)), "confidence": (int, float),
    "start": int, "end": int,
}
ENTITY_FIELDS = {"name": str, "type": str, "aliases": list, "iri": str, "mentions": int, "docs": list, "roles": list}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    proc = run_kg("build", "--out", out)
    assert proc.returncode == 0, proc.stderr
    return out, proc


def _jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_build_writes_the_five_outputs_and_a_summary(built):
    out, proc = built
    for name in ("graph.ttl", "graph.trig", "triples.jsonl", "entities.jsonl", "graph.html"):
        assert (out / name).stat().st_size > 0, name
    summary = dict(line.split(None, 1) for line in proc.stdout.splitlines()[1:] if line.startswith("  "))
    assert summary["articles"].strip() == "5"
    assert int(summary["triples"]) > 50
    assert int(summary["entities"]) > 10


def test_every_triple_line_has_every_contract_field_with_its_type(built):
    out, _ = built
    rows = _jsonl(out / "triples.jsonl")
    assert len(rows) > 50
    for row in rows:
        for name, kind in TRIPLE_FIELDS.items():
            assert isinstance(row[name], kind), (name, row)
        assert 0 <= row["confidence"] <= 1
        assert row["start"] < row["end"]


def test_every_entity_line_has_every_contract_field_with_its_type(built):
    out, _ = built
    rows = _jsonl(out / "entities.jsonl")
    for row in rows:
        for name, kind in ENTITY_FIELDS.items():
            assert isinstance(row[name], kind), (name, row)
        for role in row["roles"]:
            assert list(role) == ["role", "of", "articles"] and isinstance(role["articles"], int) and role["articles"] >= 1
    assert any(r["name"] == "Israel" and r["type"] == "GPE" for r in rows)


def test_sentence_offsets_point_into_the_article(built):
    out, _ = built
    texts = {p.stem: p.read_text(encoding="utf-8") for p in EXAMPLES.glob("*.txt")}
    for row in _jsonl(out / "triples.jsonl"):
        assert texts[row["doc"]][row["start"]:row["end"]] == row["sentence"]


def test_an_article_about_israel_and_iran_yields_israel_as_a_subject_entity(built):
    out, _ = built
    rows = _jsonl(out / "triples.jsonl")
    israel = [r for r in rows if r["subject_entity"] == "Israel"]
    assert israel, "no triple with Israel as its subject entity"
    assert any(r["object_entity"] == "Iran" or "Iran" in r["object"] for r in israel)


def test_turtle_and_trig_parse_with_rdflib(built):
    out, _ = built
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(graph) > 500
    ds = Dataset().parse(out / "graph.trig", format="trig")
    graphs = {str(g.identifier) for g in ds.graphs()}
    assert sum("/article/" in g for g in graphs) == 5


def test_query_counts_the_built_graph(built):
    out, _ = built
    proc = run_kg("query", out / "graph.ttl", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert proc.returncode == 0, proc.stderr
    n = int(proc.stdout.split()[2])
    assert n == len(Graph().parse(out / "graph.ttl", format="turtle"))


def test_every_command_has_help():
    for command in ("build", "extract", "entities", "query", "viz", "export"):
        proc = run_kg(command, "--help")
        assert proc.returncode == 0 and "Usage" in proc.stdout, command


def test_extract_prints_jsonl_to_stdout():
    proc = run_kg("extract", EXAMPLES / "003_caebdc2807292438.txt")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rows and {r["doc"] for r in rows} == {"003_caebdc2807292438"}


def test_bad_inputs_are_reported_and_the_rest_is_built(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("Le café de Paris a fermé.\n\nIsrael struck Iran on Friday.".encode("cp1252"))
    (tmp_path / "good.txt").write_text("Israel launched strikes on Iran.\n", encoding="utf-8")
    proc = run_kg("build", tmp_path, tmp_path / "missing.txt", "--out", tmp_path / "out")
    assert proc.returncode == 1
    errors = proc.stderr.splitlines()
    assert any("empty.txt" in line and "empty" in line for line in errors)
    assert any("missing.txt" in line and "no such file" in line for line in errors)
    assert any("latin.txt" in line and "cp1252" in line for line in errors)
    rows = _jsonl(tmp_path / "out" / "triples.jsonl")
    assert {"good", "latin"} <= {r["doc"] for r in rows}
