"""Pushing the seed graph to a real Oxigraph server on loopback, and querying it there."""
from __future__ import annotations

import csv
import io
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import run_kg

pytestmark = pytest.mark.server

OXIGRAPH = Path(sys.executable).parent / "oxigraph"
SPEECH_QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"""
LABELS_QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?entity ?label WHERE { ?entity a ?type ; rdfs:label ?label } ORDER BY ?entity ?label"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop_process(process) -> None:
    """Terminate a server started by a test; kill it if it does not stop within 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def wait_for_port(port: int, process, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}: {process.stderr.read()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {seconds} s")


@pytest.fixture
def oxigraph_server(tmp_path):
    """A fresh Oxigraph server (union default graph, like a local `kg query`); yields its base URL."""
    binary = OXIGRAPH if OXIGRAPH.exists() else shutil.which("oxigraph")
    if not binary:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    process = subprocess.Popen([str(binary), "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_process(process)


@pytest.fixture(scope="module")
def seed_trig(seed_build, tmp_path_factory) -> Path:
    from kg.export import export
    from kg.graph.rdflib_view import dataset_to_store

    return export(dataset_to_store(seed_build.dataset), tmp_path_factory.mktemp("seed") / "graph.trig", "trig", seed_build.vocab)


def graph_count(path: Path) -> int:
    """Graphs a push sends: every named graph of the file (one per article, the entities, …) and a non-empty default graph."""
    from kg.graph.source import open_graph
    from kg.push import graphs

    return sum(1 for _ in graphs(open_graph(path).store))


def local_and_remote(query: str, graph: Path, server: str) -> tuple[str, str]:
    local = run_kg("query", graph, query, "--format", "csv")
    remote = run_kg("query", "--endpoint", f"{server}/query", query, "--format", "csv")
    assert local.returncode == 0, local.stderr
    assert remote.returncode == 0, remote.stderr
    return local.stdout, remote.stdout


def test_push_with_graph_store_protocol_then_query_gives_the_local_answers(oxigraph_server, seed_trig, seed_build):
    pushed = run_kg("push", seed_trig, "--endpoint", f"{oxigraph_server}/store")
    assert pushed.returncode == 0, pushed.stderr
    # at least one graph per article plus the shared entity graph
    count = graph_count(seed_trig)
    assert count >= len(seed_build.articles) + 1
    assert f"pushed {count} graphs" in pushed.stdout
    local, remote = local_and_remote(SPEECH_QUERY, seed_trig, oxigraph_server)
    assert remote == local
    assert len(remote.splitlines()) == count + 1  # header + one row per named graph
    local, remote = local_and_remote(LABELS_QUERY, seed_trig, oxigraph_server)
    assert remote == local
    assert len(remote.splitlines()) > 20


def test_pushing_twice_replaces_graphs_instead_of_doubling_them(oxigraph_server, seed_trig):
    from kg.graph.source import open_graph
    from kg.push import push_store, remote_query

    store = open_graph(seed_trig).store
    first = push_store(store, f"{oxigraph_server}/store")
    second = push_store(store, f"{oxigraph_server}/store")
    assert first.triples == second.triples == len(store)
    count = remote_query(f"{oxigraph_server}/query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(next(iter(count))["n"].value) == len(store)


def test_push_with_sparql_update_in_batches(oxigraph_server, seed_trig, seed_build):
    from kg.graph.source import open_graph
    from kg.push import push_store, remote_query

    store = open_graph(seed_trig).store
    report = push_store(store, f"{oxigraph_server}/update", protocol="update", batch=2)
    graphs = graph_count(seed_trig)
    assert (report.graphs, report.requests) == (graphs, -(-graphs // 2))
    result = remote_query(f"{oxigraph_server}/query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(next(iter(result))["n"].value) == len(store)


def test_construct_over_the_endpoint_prints_triples(oxigraph_server, seed_trig):
    from kg.graph.source import open_graph
    from kg.push import push_store

    push_store(open_graph(seed_trig).store, f"{oxigraph_server}/store")
    query = "CONSTRUCT { ?e <urn:x:label> ?l } WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l LIMIT 3"
    remote = run_kg("query", "--endpoint", f"{oxigraph_server}/query", query, "--format", "tsv")
    assert remote.returncode == 0, remote.stderr
    rows = remote.stdout.splitlines()
    assert rows[0] == "subject\tpredicate\tobject" and len(rows) == 4
    assert all(row.split("\t")[1] == "urn:x:label" for row in rows[1:])


def test_updates_over_the_endpoint_need_allow_update(oxigraph_server):
    refused = run_kg("query", "--endpoint", f"{oxigraph_server}/query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert refused.returncode == 2 and "--allow-update" in refused.stderr


def test_unreachable_endpoint_is_one_clear_line(seed_trig):
    port = free_port()  # nothing listens there
    run = run_kg("push", seed_trig, "--endpoint", f"http://127.0.0.1:{port}/store")
    assert run.returncode == 1
    assert f"http://127.0.0.1:{port}/store: cannot reach the server" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_canned_query_with_a_parameter_over_the_endpoint_gives_the_local_answer(oxigraph_server, seed_trig):
    from kg.graph.source import open_graph
    from kg.push import push_store

    push_store(open_graph(seed_trig).store, f"{oxigraph_server}/store")
    args = ("who-said", "--param", "entity=Donald Trump", "--format", "csv")
    local = run_kg("query", seed_trig, *args)
    remote = run_kg("query", "--endpoint", f"{oxigraph_server}/query", *args)
    assert local.returncode == 0 and remote.returncode == 0, local.stderr + remote.stderr

    def rows(out: str) -> list[list[str]]:
        return sorted(r[:4] for r in list(csv.reader(io.StringIO(out)))[1:])

    assert {r[0] for r in rows(remote.stdout)} == {"Donald Trump"}
    # speaker, what was said, negation and article count agree; the SAMPLE sentence may differ
    assert rows(remote.stdout) == rows(local.stdout) != []
