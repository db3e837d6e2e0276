"""``kg serve``: one graph, read-only, for a team's browsers and SPARQL clients.

* ``/sparql`` (also ``/query``): a SPARQL 1.1 Protocol query endpoint — GET
  ``?query=``, POST form ``query=`` or POST ``application/sparql-query``.
  Results as JSON (default), XML, CSV or TSV by ``Accept``; CONSTRUCT and
  DESCRIBE as N-Triples or Turtle. Updates are refused (HTTP 403): the
  server is read-only. The default graph is the union of the article graphs,
  as in ``kg query``.
* ``/``: a page to type a query and see the answer as a table.
* ``/graph``: the interactive HTML network of the graph.

It binds 127.0.0.1 unless told otherwise, uses only the standard library's
threading HTTP server, and reads from an in-memory copy of a graph file or an
on-disk store opened read-only.

>>> import pyoxigraph as ox
>>> server = make_server(ox.Store(), port=0)
>>> server.url.startswith("http://127.0.0.1:")
True
>>> server.server_close()
"""
from __future__ import annotations

import html
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .graph.source import Graph, open_graph
from .query import is_update

MAX_BODY = 1_000_000  # bytes: a query, not an upload
RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE}
EXAMPLE_QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX kg: <https://kg.example/vocab#>
SELECT ?entity ?label WHERE {
  ?entity a ?type ; rdfs:label ?label .
} LIMIT 20"""


def negotiate(accept: str | None, offered: dict) -> str:
    """The first type of ``offered`` that the ``Accept`` header allows, by preference order.

    >>> negotiate("text/csv, */*;q=0.1", RESULT_TYPES)
    'text/csv'
    >>> negotiate(None, RESULT_TYPES)
    'application/sparql-results+json'
    """
    default = next(iter(offered))
    if not accept:
        return default
    ranked = []
    for i, part in enumerate(accept.split(",")):
        kind, *params = [p.strip() for p in part.split(";")]
        q = next((float(p[2:]) for p in params if p.startswith("q=") and p[2:].replace(".", "", 1).isdigit()), 1.0)
        ranked.append((-q, i, kind.lower()))
    for _, _, kind in sorted(ranked):
        if kind in offered:
            return kind
        if kind in ("*/*", "application/*"):
            return default
    return default


def serialize_result(result, accept: str | None) -> tuple[str, bytes]:
    """A query result as (content type, body) for the client's ``Accept``."""
    if isinstance(result, ox.QueryTriples):
        kind = negotiate(accept, GRAPH_TYPES)
        return kind, result.serialize(format=GRAPH_TYPES[kind])
    kind = negotiate(accept, RESULT_TYPES)
    if isinstance(result, ox.QueryBoolean) and RESULT_TYPES[kind] in (ox.QueryResultsFormat.CSV, ox.QueryResultsFormat.TSV):
        kind = "application/sparql-results+json"  # CSV/TSV cannot carry a boolean
    return kind, result.serialize(format=RESULT_TYPES[kind])


class GraphServer(ThreadingHTTPServer):
    """The HTTP server, holding the store and the (lazily rendered) network page."""

    daemon_threads = True

    def __init__(self, address, graph: Graph, title: str = "Knowledge graph"):
        super().__init__(address, SparqlHandler)
        self.graph, self.store, self.title = graph, graph.store, title
        self._network_page: bytes | None = None
        self._lock = threading.Lock()

    def network_page(self) -> bytes:
        with self._lock:
            if self._network_page is None:
                from .viz import network_from_store, render_html

                self._network_page = render_html(network_from_store(self.store, self.graph.vocab), self.title).encode("utf-8")
            return self._network_page

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"


class SparqlHandler(BaseHTTPRequestHandler):
    server: GraphServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # quiet: one line per request on stderr is noise for a team server
        pass

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind if "charset" in kind or not kind.startswith("text/") else f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, "text/plain", (message + "\n").encode("utf-8"))

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        url = urlsplit(self.path)
        if url.path == "/":
            return self._send(200, "text/html", query_page(self.server.title).encode("utf-8"))
        if url.path == "/graph":
            return self._send(200, "text/html", self.server.network_page())
        if url.path in ("/sparql", "/query"):
            params = parse_qs(url.query)
            if "update" in params:
                return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
            if "query" not in params:
                return self._send(200, "text/html", query_page(self.server.title).encode("utf-8"))
            return self._answer(params["query"][0])
        self._error(404, f"no such page: {url.path} (try /, /sparql or /graph)")

    def do_POST(self):
        url = urlsplit(self.path)
        if url.path not in ("/sparql", "/query"):
            return self._error(404, f"no such endpoint: {url.path} (POST queries to /sparql)")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._error(413, f"request body over {MAX_BODY} bytes")
        body = self.rfile.read(length).decode("utf-8", "replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-update":
            return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
        if kind == "application/sparql-query":
            return self._answer(body)
        if kind == "application/x-www-form-urlencoded":
            params = parse_qs(body)
            if "update" in params:
                return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
            if "query" in params:
                return self._answer(params["query"][0])
        self._error(400, "POST a form with query=… or an application/sparql-query body")

    def _answer(self, sparql: str) -> None:
        if is_update(sparql):
            return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
        try:
            result = self.server.store.query(sparql, use_default_graph_as_union=True)
            kind, body = serialize_result(result, self.headers.get("Accept"))
        except SyntaxError as exc:
            return self._error(400, f"SPARQL syntax error: {exc}")
        except OSError as exc:
            return self._error(500, f"query failed: {exc}")
        self._send(200, kind, body)


def make_server(graph: Graph | ox.Store, host: str = "127.0.0.1", port: int = 7878,
                title: str = "Knowledge graph") -> GraphServer:
    """A server of ``graph`` (an open :class:`~kg.graph.source.Graph`, or a store whose vocabulary is read
    off it) bound to ``host:port`` (``port=0`` picks a free one); call ``serve_forever()``."""
    return GraphServer((host, port), open_graph(graph), title)


def query_page(title: str) -> str:
    """The page at ``/``: a query box, a Run button and the answer as a table (no external resources)."""
    return PAGE.replace("{title}", html.escape(title)).replace("{example}", html.escape(EXAMPLE_QUERY))


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
 body { font: 14px system-ui, sans-serif; margin: 1.5em; }
 textarea { width: 100%; height: 12em; font: 13px monospace; }
 table { border-collapse: collapse; margin-top: 1em; }
 th, td { border: 1px solid #ccc; padding: .25em .5em; text-align: left; vertical-align: top; }
 th { background: #f3f3f3; }
 #status { margin-left: 1em; color: #555; }
 #status.error { color: #b00; white-space: pre-wrap; }
</style></head>
<body>
<h1>{title}</h1>
<p>SPARQL endpoint: <code>/sparql</code> (read-only; the default graph is the union of all article graphs).
 <a href="/graph">The graph as a network</a>.</p>
<form id="form">
<textarea id="query" name="query" spellcheck="false">{example}</textarea><br>
<button id="run" type="submit">Run</button><span id="status"></span>
</form>
<div id="results"></div>
<script>
const form = document.getElementById("form"), status = document.getElementById("status"),
      results = document.getElementById("results");
function cell(term) {
  if (!term) return "";
  return term.value;
}
function table(head, rows) {
  const t = document.createElement("table"), tr = t.createTHead().insertRow();
  head.forEach(h => { const th = document.createElement("th"); th.textContent = h; tr.appendChild(th); });
  const body = t.createTBody();
  rows.forEach(r => { const row = body.insertRow(); r.forEach(v => { row.insertCell().textContent = v; }); });
  return t;
}
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  status.className = ""; status.textContent = "running…"; results.replaceChildren();
  const started = performance.now();
  try {
    const response = await fetch("/sparql", {method: "POST",
      headers: {"Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/sparql-results+json, application/n-triples;q=0.9"},
      body: new URLSearchParams({query: document.getElementById("query").value})});
    const text = await response.text();
    if (!response.ok) { status.className = "error"; status.textContent = text; return; }
    let head, rows;
    if ((response.headers.get("Content-Type") || "").startsWith("application/n-triples")) {
      head = ["triple"]; rows = text.split("\\n").filter(Boolean).map(l => [l]);
    } else {
      const data = JSON.parse(text);
      if ("boolean" in data) { head = ["ask"]; rows = [[String(data.boolean)]]; }
      else { head = data.head.vars; rows = data.results.bindings.map(b => head.map(v => cell(b[v]))); }
    }
    results.appendChild(table(head, rows));
    status.textContent = rows.length + " row" + (rows.length === 1 ? "" : "s") + " in " +
      Math.round(performance.now() - started) + " ms";
  } catch (error) { status.className = "error"; status.textContent = String(error); }
});
</script>
</body></html>
"""
