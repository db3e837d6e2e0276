"""`kg query`, `kg export` and `kg validate` as a user runs them, on a graph file and on a store."""
from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import run_kg
from kg.export import export
from kg.terms import Vocabulary


@pytest.fixture(scope="module")
def trig(seed_build, tmp_path_factory):
    return export(seed_build.store, tmp_path_factory.mktemp("g") / "graph.trig", "trig", Vocabulary())


def test_canned_query_with_a_parameter_prints_csv(trig):
    result = run_kg("query", trig, "who-said", "--param", "entity=Donald Trump", "-f", "csv")
    assert result.returncode == 0, result.stderr
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert table and {r["speaker"] for r in table} == {"Donald Trump"}


def test_the_table_wraps_long_sentences_instead_of_cutting_them(trig):
    table = run_kg("query", trig, "who-said", "--param", "entity=Donald Trump")
    rows = list(csv.DictReader(io.StringIO(run_kg("query", trig, "who-said", "--param", "entity=Donald Trump",
                                                   "-f", "csv").stdout)))
    longest = max((r["sentence"] for r in rows), key=len)
    assert len(longest) > 80
    assert table.returncode == 0 and "…" not in table.stdout
    # every word of the longest sentence is printed, in order, over the lines of its row
    printed = " ".join(table.stdout.split())
    assert all(word in printed for word in longest.split())
    assert max(len(line) for line in table.stdout.splitlines()) < 80 * len(rows[0]) + 2 * len(rows[0])


def test_json_results_and_a_query_file(trig, tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(DISTINCT ?g) AS ?articles) WHERE { GRAPH ?g { ?g a schema:NewsArticle } }")
    result = run_kg("query", trig, rq, "-f", "json")
    data = json.loads(result.stdout)
    assert data["results"]["bindings"][0]["articles"]["value"] == "5"


def test_a_parameter_value_cannot_inject_sparql(trig):
    result = run_kg("query", trig, "who-said", "--param", 'entity=x" } ?s ?p ?o . { "', "-f", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["speaker,said,negated,articles,sentence"]


def test_unknown_parameter_and_unknown_query_name(trig):
    bad_param = run_kg("query", trig, "who-said", "--param", "who=x")
    assert bad_param.returncode == 2 and "no parameter 'who' (it takes: entity)" in bad_param.stderr
    bad_name = run_kg("query", trig, "who-sed")
    assert bad_name.returncode == 2 and "no canned query named 'who-sed'" in bad_name.stderr
    missing = run_kg("query", trig, "relations-between", "--param", "b=Iran")
    assert missing.returncode == 2 and "--param a=VALUE" in missing.stderr


def test_syntax_error_gives_line_and_column(trig):
    result = run_kg("query", trig, "SELECT ?s\nWHERE { ?s ?p }")
    assert result.returncode == 2
    assert "syntax error at line 2, column 16" in result.stderr


def test_update_is_refused_unless_allowed(trig):
    refused = run_kg("query", trig, "PREFIX x: <urn:x>\nDELETE WHERE { ?s ?p ?o }")
    assert refused.returncode == 2 and "--allow-update" in refused.stderr
    allowed = run_kg("query", trig, "DELETE WHERE { ?s ?p ?o }", "--allow-update")
    assert allowed.returncode == 0 and "in memory only" in allowed.stdout


def test_timeout_stops_a_slow_query(trig):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    result = run_kg("query", trig, slow, "--timeout", "0.5", timeout=60)
    assert result.returncode == 3 and "did not finish within 0.5 s" in result.stderr


def test_store_update_export_and_validate(seed_build, tmp_path):
    from kg.graph.sync import add_analyses

    add_analyses(tmp_path / "s", seed_build.analyses)
    ttl = run_kg("export", tmp_path / "s", "-o", tmp_path / "g.ttl")
    assert ttl.returncode == 0, ttl.stderr
    assert "@prefix kg: <https://kg.example/ns#>" in (tmp_path / "g.ttl").read_text()
    nq = run_kg("export", tmp_path / "s", "-o", tmp_path / "g.nq")
    graphs = {line.rsplit(" ", 2)[-2] for line in (tmp_path / "g.nq").read_text().splitlines()}
    assert "<https://kg.example/article/000_e7fa4d2bf25a9973>" in graphs and "<https://kg.example/ns#entities>" in graphs
    valid = run_kg("validate", tmp_path / "s")
    assert valid.returncode == 0 and "conforms" in valid.stdout
    drop = run_kg("query", tmp_path / "s", "DELETE WHERE { GRAPH ?g { ?st kg:negated ?n } }", "--allow-update")
    assert drop.returncode == 0, drop.stderr
    broken = run_kg("validate", tmp_path / "s")
    assert broken.returncode == 1 and "violation" in broken.stdout
    assert "ns#negated: Less than 1 values" in broken.stdout


def test_query_list_gives_each_description_whole():
    """`kg query --list` gives each canned query's first sentence whole (it once cut them at the
    end of the comment's first line: "pairs of entities named in the same"), and its parameters."""
    from kg.query import canned_queries

    done = run_kg("query", "--list")
    assert done.returncode == 0, done.stderr
    entries = {}
    for line in done.stdout.splitlines():
        if line[:1].strip():
            name, _, text = line.partition(" ")
            entries[name] = text.strip()
        else:
            entries[name] += " " + line.strip()
    assert set(entries) == set(canned_queries())
    assert entries["co-mentioned"] == ("Entities co-mentioned in a sentence: pairs of entities named in the same sentence, "
                                       "by how many sentences (and articles) name both. [--param entity]")
    assert entries["contradictions"].endswith('("A says X will win", "B says X will not win"). [--param entity]')
    assert "Both sides are listed" not in entries["contradictions"]  # the first sentence only
    assert all(len(line) <= 100 for line in done.stdout.splitlines())
