"""The graph in an existing SPARQL server: push it, and query it there.

:func:`push_store` sends every named graph of a built graph (one per article,
plus the shared entity graph) to a server:

* ``protocol="gsp"`` (default): the SPARQL 1.1 Graph Store HTTP Protocol, one
  ``PUT <endpoint>?graph=IRI`` per graph over one keep-alive connection. PUT
  replaces the graph, so pushing again (or after a failure) never duplicates.
* ``protocol="update"``: SPARQL 1.1 Update, ``batch`` graphs per request
  (``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }``), for servers
  whose Graph Store endpoint is missing or slow.

:func:`remote_query` runs a query through the SPARQL 1.1 Protocol and returns
the same result objects as a local :func:`kg.query.run_query`, so ``kg query
--endpoint`` prints the same table.

Endpoint URLs per server are in docs/scale.md (Oxigraph: ``/store``,
``/update``, ``/query``). Basic authentication comes from the environment
(``KG_ENDPOINT_USER`` and ``KG_ENDPOINT_PASSWORD``), never the command line.

A graph to push is opened with :func:`kg.graph.source.open_graph` (a graph file,
TriG/N-Quads keeping the article graphs, or a store folder).
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox

PROTOCOLS = ("gsp", "update")
DEFAULT_BATCH = 50
TIMEOUT = 120  # seconds per request
TURTLE = "text/turtle; charset=utf-8"  # N-Triples is Turtle, and every Graph Store accepts Turtle
RESULTS_ACCEPT = ("application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
                  "application/sparql-results+xml;q=0.5")


class PushError(RuntimeError):
    """The server refused a request or could not be reached."""


@dataclass(frozen=True)
class PushReport:
    """What a push sent."""

    graphs: int
    triples: int
    requests: int
    seconds: float


def graphs(store: ox.Store) -> Iterator[tuple[ox.NamedNode | ox.DefaultGraph, list[ox.Triple]]]:
    """Each graph of ``store`` with its triples: the default graph first (when not empty), then the named graphs."""
    default = [q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    if default:
        yield ox.DefaultGraph(), default
    for name in sorted(store.named_graphs(), key=lambda g: g.value):
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, name)]
        if triples:
            yield name, triples


def ntriples(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def update_request(batch: list[tuple[ox.NamedNode | ox.DefaultGraph, list[ox.Triple]]], replace: bool = True) -> str:
    """One SPARQL Update that (re)writes every graph of ``batch``.

    >>> g = ox.NamedNode("http://example.org/g")
    >>> t = ox.Triple(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal("o"))
    >>> print(update_request([(g, [t])]))
    DROP SILENT GRAPH <http://example.org/g> ;
    INSERT DATA { GRAPH <http://example.org/g> {
    <http://example.org/s> <http://example.org/p> "o" .
    } }
    """
    parts = []
    for name, triples in batch:
        body = ntriples(triples).decode("utf-8")
        if isinstance(name, ox.DefaultGraph):
            if replace:
                parts.append("DROP SILENT DEFAULT ;")
            parts.append(f"INSERT DATA {{\n{body}}}")
        else:
            if replace:
                parts.append(f"DROP SILENT GRAPH {name} ;")
            parts.append(f"INSERT DATA {{ GRAPH {name} {{\n{body}}} }}")
        parts[-1] += " ;"
    text = "\n".join(parts)
    return text[:-2] if text.endswith(" ;") else text


def session():
    """A ``requests`` session with basic auth from ``KG_ENDPOINT_USER``/``KG_ENDPOINT_PASSWORD`` when set."""
    import requests

    s = requests.Session()
    user = os.environ.get("KG_ENDPOINT_USER")
    if user:
        s.auth = (user, os.environ.get("KG_ENDPOINT_PASSWORD", ""))
    return s


def _send(http, method: str, url: str, what: str, **kwargs):
    import requests

    try:
        response = http.request(method, url, timeout=TIMEOUT, **kwargs)
    except requests.RequestException as exc:
        raise PushError(f"{url}: cannot reach the server ({type(exc).__name__}: {exc})") from exc
    if response.status_code >= 400:
        detail = " ".join(response.text.split())[:300]
        raise PushError(f"{url}: {what} refused with HTTP {response.status_code} {response.reason}: {detail}")
    return response


def push_store(store: ox.Store, endpoint: str, *, protocol: str = "gsp", batch: int = DEFAULT_BATCH,
               on_batch=None) -> PushReport:
    """Send every graph of ``store`` to ``endpoint``; raise :class:`PushError` at the first refusal.

    ``endpoint`` is the Graph Store URL for ``gsp`` and the update URL for
    ``update``. ``on_batch(graphs_sent)`` is called after each request.
    """
    if protocol not in PROTOCOLS:
        raise ValueError(f"protocol must be one of {PROTOCOLS}, not {protocol!r}")
    started = time.perf_counter()
    http = session()
    sent = triples = requests_made = 0
    pending: list = []

    def flush():
        nonlocal requests_made
        text = update_request(pending)
        _send(http, "POST", endpoint, f"update of {len(pending)} graph(s)", data=text.encode("utf-8"),
              headers={"Content-Type": "application/sparql-update; charset=utf-8"})
        requests_made += 1
        pending.clear()

    with http:
        for name, graph_triples in graphs(store):
            sent += 1
            triples += len(graph_triples)
            if protocol == "gsp":
                params = {"default": ""} if isinstance(name, ox.DefaultGraph) else {"graph": name.value}
                _send(http, "PUT", endpoint, f"graph {params.get('graph', 'default')}", params=params,
                      data=ntriples(graph_triples), headers={"Content-Type": TURTLE})
                requests_made += 1
            else:
                pending.append((name, graph_triples))
                if len(pending) >= batch:
                    flush()
            if on_batch and (protocol == "gsp" or not pending):
                on_batch(sent)
        if pending:
            flush()
            if on_batch:
                on_batch(sent)
    return PushReport(sent, triples, requests_made, time.perf_counter() - started)


def remote_query(endpoint: str, sparql: str, *, allow_update: bool = False):
    """Run ``sparql`` on the SPARQL endpoint at ``endpoint`` (SPARQL 1.1 Protocol, POST form).

    SELECT and ASK come back as pyoxigraph ``QuerySolutions``/``QueryBoolean``,
    CONSTRUCT and DESCRIBE as ``QueryTriples``: the types of a local query, so
    :func:`kg.query.format_result` prints them the same way. An update returns
    ``None`` (and is refused unless ``allow_update``).
    """
    from .query import QueryError, is_update

    if is_update(sparql):
        if not allow_update:
            raise QueryError("SPARQL Update refused: pass --allow-update to change the graph on the server")
        with session() as http:
            _send(http, "POST", endpoint, "update", data={"update": sparql})
        return None
    with session() as http:
        response = _send(http, "POST", endpoint, "query", data={"query": sparql}, headers={"Accept": RESULTS_ACCEPT})
    kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if kind in ("application/sparql-results+json", "application/json"):
        return ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)
    if kind == "application/sparql-results+xml":
        return ox.parse_query_results(response.content, format=ox.QueryResultsFormat.XML)
    graph_formats = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
                     "application/rdf+xml": ox.RdfFormat.RDF_XML}
    if kind in graph_formats:
        # CONSTRUCT/DESCRIBE: read the triples back into a store so the result has the local type
        local = ox.Store()
        local.bulk_load(response.content, format=graph_formats[kind])
        return local.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    raise QueryError(f"{endpoint}: unexpected result type {kind or 'none'!r}")
