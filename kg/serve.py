"""``kg serve``: one graph, read-only, for a team's browsers and SPARQL clients — safe by default.

* ``/sparql`` (also ``/query``): a SPARQL 1.1 Protocol query endpoint — GET
  ``?query=``, POST form ``query=`` or POST ``application/sparql-query``.
  Results as JSON (default), XML, CSV or TSV by ``Accept``; CONSTRUCT and
  DESCRIBE as N-Triples or Turtle. Updates are refused (HTTP 403): the
  server is read-only. The default graph is the union of the article graphs,
  as in ``kg query``, unless the query names its dataset (``FROM``/``FROM
  NAMED``) or the request does (``default-graph-uri``/``named-graph-uri``):
  then exactly that dataset is queried.
* ``/``: a page to type a query and see the answer as a table.
* ``/graph``: the interactive HTML network of the graph (``/graph?focus=NAME&hops=N``: around one entity).
* ``/map``: its places on a world map (``kg viz --map``).

Safe by default, since any web page its user opens can send it requests:

* federation (``SERVICE``) is refused unless ``allow_federation`` (``--allow-federation``):
  the server never makes requests of its own;
* the ``Host`` header must name the bound address (or ``localhost`` on loopback), or a
  name given with ``--allow-host`` (a reverse proxy): a DNS-rebinding page gets 403;
* a request from another site (a foreign ``Origin`` or ``Sec-Fetch-Site: cross-site``)
  is refused, and so is a POST whose body is neither a form nor a SPARQL query;
* every query runs in a query process (a pool of ``workers``); one that runs past
  ``timeout`` seconds is killed (the core is freed at once) and answered 503;
* the HTTP side is waitress: a fixed pool of ``threads`` answers requests only once
  they have fully arrived, so slow or idle connections hold no thread; one silent for
  ``idle_timeout`` seconds is closed; malformed requests get a 400;
* a store folder is watched: a query after a build sees the new articles (the query
  processes reopen the store when its files change).

It binds 127.0.0.1 unless told otherwise.

>>> import pyoxigraph as ox
>>> server = make_server(ox.Store(), port=0)   # then server.serve_forever()
>>> server.url.startswith("http://127.0.0.1:")
True
>>> server.server_close()
"""
from __future__ import annotations

import html
import ipaddress
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .graph.source import open_graph
from .query import is_update
from .query_process import (GRAPH_TYPES, RESULT_TYPES, Answer, QueryRequest, execute, keywords, negotiate,  # noqa: F401
                            serialize_result, store_generation, text_answer)
from .terms import Vocabulary

MAX_BODY = 1_000_000  # bytes: a query, not an upload
TIMEOUT = 5.0  # seconds a query may run
IDLE_TIMEOUT = 15.0  # seconds a connection may stay silent (also while sending its request)
WORKERS = 2  # query processes
THREADS = 8  # HTTP threads (requests being answered at once; others wait in the queue)
CONNECTIONS = 100  # open connections at most
# the graph's prefixes (kg:, rdfs: …) are predeclared, as kg query does
EXAMPLE_QUERY = """SELECT ?entity ?label ?type WHERE {
  ?entity rdfs:label ?label ; kg:entityType ?type .
} ORDER BY ?label LIMIT 20"""
READ_ONLY = "this endpoint is read-only: SPARQL Update is refused"


# -- the graph being served ---------------------------------------------------------------

class Source:
    """The graph the query processes answer from: a store folder (each query process opens it
    read-only, and again after a build has changed it), or a graph held in memory (a file, a
    store object) by a *zygote*, a process forked before the server starts any thread that
    forks each query process: they share the graph's memory and start at once."""

    def __init__(self, source, base: str | None = None):
        graph = open_graph(source, base)
        self.vocab, self.graph = graph.vocab, graph
        self.watched, self.location = False, None
        self._zygote: tuple[int, socket.socket] | None = None
        self._lock = threading.Lock()
        path = graph.path
        if path is not None and path.is_dir():
            from .graph.store import DB_DIR, is_store

            self.location, self.watched = str(path / DB_DIR if is_store(path) else path), True
            return
        ours, theirs = socket.socketpair()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the zygote
            ours.close()
            from .query_process import zygote

            try:
                zygote(theirs, graph.store)
            finally:
                os._exit(0)
        theirs.close()
        self._zygote = (pid, ours)

    def spawn(self) -> tuple[object, Connection]:
        """A new query process and the server's end of its connection."""
        ours, theirs = socket.socketpair()
        if self._zygote is not None:
            with self._lock:
                socket.send_fds(self._zygote[1], [b"q"], [theirs.fileno()])
                pid = int.from_bytes(self._zygote[1].recv(8), "little")
            theirs.close()
            return Forked(pid), Connection(ours.detach())
        # a fresh interpreter (not fork: the server has threads; not multiprocessing's spawn, which
        # re-imports the caller's main script)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(Path(__file__).resolve().parent.parent),
                                                                          os.environ.get("PYTHONPATH")])))
        process = subprocess.Popen([sys.executable, "-c", "from kg.query_process import query_process_main; query_process_main()",
                                    str(theirs.fileno()), self.location, "1" if self.watched else "0"],
                                   pass_fds=[theirs.fileno()], env=env, stdin=subprocess.DEVNULL, close_fds=True)
        theirs.close()
        return process, Connection(ours.detach())

    def generation(self) -> tuple:
        return store_generation(self.location) if self.watched else ()

    def open(self) -> ox.Store:
        return ox.Store.read_only(self.location) if self.watched else self.graph.store

    def close(self) -> None:
        if self._zygote is not None:
            pid, control = self._zygote
            self._zygote = None
            control.close()
            try:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass


class Forked:
    """A query process forked by the zygote (its child, reaped there): what the pool needs of a process."""

    def __init__(self, pid: int):
        self.pid = pid

    def kill(self) -> None:
        try:
            os.kill(self.pid, 9)
        except ProcessLookupError:
            pass

    def wait(self, timeout: float | None = None) -> None:
        deadline = time.monotonic() + (timeout or 0)
        while time.monotonic() < deadline:
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)


class QueryWorkers:
    """A fixed pool of query processes; a query that runs past the timeout has its process killed
    (and replaced), which really stops the work, wherever Oxigraph is in it."""

    def __init__(self, source: Source, size: int = WORKERS, timeout: float = TIMEOUT):
        self.source, self.size, self.timeout = source, max(1, size), timeout
        self._idle: queue.Queue = queue.Queue()
        self._all: set = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(self.size):
            self._idle.put(self._start())

    def _start(self):
        process, conn = self.source.spawn()
        with self._lock:
            self._all.add(process)
        return process, conn

    def _retire(self, worker) -> None:
        process, conn = worker
        process.kill()
        conn.close()
        with self._lock:
            self._all.discard(process)
        threading.Thread(target=process.wait, args=(5,), daemon=True).start()
        if not self._closed:
            self._idle.put(self._start())

    def run(self, request: QueryRequest) -> Answer:
        deadline = time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return text_answer(503, f"the server is busy: no query process was free within {self.timeout:g} s; retry later")
        _process, conn = worker
        try:
            conn.send(request)
            if conn.poll(max(0.0, deadline - time.monotonic())):
                answer = conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError, ValueError):
            self._retire(worker)
            return text_answer(500, "the query process ended unexpectedly (out of memory?); the query was not answered")
        self._retire(worker)
        return text_answer(503, f"query stopped: it ran past the {self.timeout:g} s timeout (kg serve --timeout)")

    def pids(self) -> list[int]:
        with self._lock:
            return [p.pid for p in self._all]

    def close(self) -> None:
        self._closed = True
        with self._lock:
            processes = list(self._all)
        for process in processes:
            process.kill()
        for process in processes:
            process.wait(5)


# -- HTTP ---------------------------------------------------------------------------------

def _split_host(value: str) -> tuple[str, int | None]:
    """``host[:port]`` of a Host header as (lower-case host, port or None; -1 for a bad port).

    >>> _split_host("LocalHost:8080"), _split_host("[::1]:7878"), _split_host("example.org")
    (('localhost', 8080), ('::1', 7878), ('example.org', None))
    """
    value = value.strip().lower()
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else None
    else:
        host, sep, port = value.rpartition(":")
        if not sep:
            host, port = value, None
    if port is not None and not port.isdecimal():
        return host, -1
    return host, int(port) if port else None


def _ip(text: str):
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


class HostCheck:
    """Which ``Host`` headers name this server: the bound address and port (``localhost`` too on
    loopback; any IP address when bound to all interfaces), and the names given to ``--allow-host``
    (``name`` for any port, ``name:port`` for one). A DNS name that points here only by a rebinding
    trick is refused.

    >>> check = HostCheck("127.0.0.1", 7878, ["kg.example.org"])
    >>> [check.allows(h) for h in ("127.0.0.1:7878", "localhost:7878", "kg.example.org", "evil.example:7878", None)]
    [True, True, True, False, False]
    """

    def __init__(self, host: str, port: int, allowed=()):
        self.port = port
        bound = _ip(host.strip("[]"))
        self.wildcard = bound is not None and bound.is_unspecified
        self.names = {str(bound) if bound else host.lower()}
        if bound is None or bound.is_loopback or self.wildcard:
            self.names |= {"localhost", "127.0.0.1", "::1"}
        self.extra = {_split_host(a) for a in allowed}

    def allows(self, header: str | None) -> bool:
        if not header:
            return False
        host, port = _split_host(header)
        if (host, port) in self.extra or (host, None) in self.extra:
            return True
        if port != self.port and not (port is None and self.port == 80):
            return False
        ip = _ip(host)
        return host in self.names or (ip is not None and (str(ip) in self.names or self.wildcard))


STATUS = {200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
          413: "Payload Too Large", 415: "Unsupported Media Type", 500: "Internal Server Error",
          503: "Service Unavailable"}


class GraphServer:
    """The server: waitress in front, query processes behind; ``serve_forever()`` until ``shutdown()``."""

    def __init__(self, source: Source, host: str = "127.0.0.1", port: int = 7878,
                 title: str = "Knowledge graph", *, timeout: float = TIMEOUT, workers: int = WORKERS,
                 threads: int = THREADS, idle_timeout: float = IDLE_TIMEOUT, allow_federation: bool = False,
                 allow_hosts=()):
        from waitress.server import create_server

        self.source, self.title = source, title
        self.allow_federation = allow_federation
        self._network: tuple | None = None  # (generation, page, network)
        self._map: tuple[tuple, bytes] | None = None
        self._lock = threading.Lock()
        self._closing = False
        self.server = create_server(self.app, host=host, port=port, threads=threads, connection_limit=CONNECTIONS,
                                    channel_timeout=idle_timeout, cleanup_interval=max(0.5, min(5.0, idle_timeout / 2)),
                                    max_request_body_size=MAX_BODY, max_request_header_size=64 * 1024,
                                    expose_tracebacks=False, ident="kg", clear_untrusted_proxy_headers=True)
        self.host, self.port = host, int(self.server.effective_port)
        self.hosts = HostCheck(host, self.port, allow_hosts)
        try:
            self.workers = QueryWorkers(source, workers, timeout)
        except BaseException:
            self.server.close()
            raise

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def serve_forever(self) -> None:
        try:
            self.server.run()
        except OSError:  # the socket closed by shutdown()
            if not self._closing:
                raise

    def shutdown(self) -> None:
        self._closing = True
        self.server.close()

    def server_close(self) -> None:
        self._closing = True
        self.server.close()
        self.workers.close()
        self.source.close()

    def network_page(self, query: str = "") -> Answer:
        """The network page (as ``kg build`` writes it: an overview on a large graph), drawn again
        after the graph changes; ``?focus=NAME&hops=N`` opens it on that entity's neighbourhood
        (the page reads them from its address), after checking that the entity exists."""
        from .viz.select import UnknownEntity, find_entity

        with self._lock:
            generation = self.source.generation()
            if self._network is None or self._network[0] != generation:
                from .viz import network_from_store, render_html

                from .viz.html import overview_size, page_network

                network = network_from_store(self.source.open(), self.source.vocab)
                carried = page_network(network).nodes if overview_size(network) else network.nodes
                self._network = (generation, render_html(network, self.title).encode("utf-8"), network, set(carried))
            _, page, network, carried = self._network
        params = parse_qs(query)
        hops = params.get("hops", ["1"])[0]
        if not hops.isdecimal() or not 1 <= int(hops) <= 3:
            return text_answer(400, f"hops must be 1, 2 or 3, not {hops!r}")
        if "focus" in params:
            try:
                entity = find_entity(network, params["focus"][0])
            except UnknownEntity as exc:
                return text_answer(404, str(exc))
            if entity not in carried:  # past what the page carries: a page of its neighbourhood
                from .viz import neighbourhood, render_html

                around = neighbourhood(network, params["focus"][0], int(hops))
                return Answer(200, "text/html", render_html(around, self.title).encode("utf-8"))
        return Answer(200, "text/html", page)

    def map_page(self) -> bytes:
        with self._lock:
            generation = self.source.generation()
            if self._map is None or self._map[0] != generation:
                from .viz.map import map_from_store

                page = map_from_store(self.source.open(), self.source.vocab, self.title).encode("utf-8")
                self._map = (generation, page)
            return self._map[1]

    def app(self, environ, start_response):
        """The WSGI application."""
        answer = self.answer(environ)
        kind = answer.kind if "charset" in answer.kind or not answer.kind.startswith("text/") else f"{answer.kind}; charset=utf-8"
        headers = [("Content-Type", kind), ("Content-Length", str(len(answer.body))),
                   ("X-Content-Type-Options", "nosniff"), ("Cache-Control", "no-store"), ("X-Frame-Options", "DENY")]
        start_response(f"{answer.status} {STATUS.get(answer.status, 'Error')}", headers)
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else answer.body]

    def _foreign(self, environ) -> bool:
        """A request sent by a page of another site (its browser says so)."""
        origin = environ.get("HTTP_ORIGIN")
        if origin is not None and (origin == "null" or not self.hosts.allows(urlsplit(origin).netloc)):
            return True
        return environ.get("HTTP_SEC_FETCH_SITE", "").lower() == "cross-site"

    def answer(self, environ) -> Answer:
        method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO", "")
        if not self.hosts.allows(environ.get("HTTP_HOST")):
            return text_answer(403, "this server answers only requests addressed to its own address "
                                    "(Host header refused; kg serve --allow-host NAME behind a reverse proxy)")
        if self._foreign(environ):
            return text_answer(403, "requests from other sites are refused")
        if method in ("GET", "HEAD"):
            if path == "/":
                return Answer(200, "text/html", query_page(self.title, self.source.vocab).encode("utf-8"))
            if path == "/graph":
                return self.network_page(environ.get("QUERY_STRING", ""))
            if path == "/map":
                return Answer(200, "text/html", self.map_page())
            if path in ("/sparql", "/query"):
                params = parse_qs(environ.get("QUERY_STRING", ""))
                if "update" in params:
                    return text_answer(403, READ_ONLY)
                if "query" not in params:
                    return Answer(200, "text/html", query_page(self.title, self.source.vocab).encode("utf-8"))
                return self.query(params["query"][0], environ, params)
            return text_answer(404, f"no such page: {path} (try /, /sparql, /graph or /map)")
        if method != "POST":
            return text_answer(405, f"{method} is not answered here (GET or POST a query to /sparql)")
        if path not in ("/sparql", "/query"):
            return text_answer(404, f"no such endpoint: {path} (POST queries to /sparql)")
        body = environ["wsgi.input"].read(MAX_BODY + 1)
        if len(body) > MAX_BODY:
            return text_answer(413, f"request body over {MAX_BODY} bytes")
        text = body.decode("utf-8", "replace")
        kind = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
        params = parse_qs(environ.get("QUERY_STRING", ""))
        if kind == "application/sparql-update":
            return text_answer(403, READ_ONLY)
        if kind == "application/sparql-query":
            return self.query(text, environ, params)
        if kind == "application/x-www-form-urlencoded":
            form = parse_qs(text)
            if "update" in form:
                return text_answer(403, READ_ONLY)
            if "query" in form:
                return self.query(form["query"][0], environ, {**params, **form})
            return text_answer(400, "POST a form with query=… or an application/sparql-query body")
        return text_answer(415, "POST a form (application/x-www-form-urlencoded) with query=… "
                                "or an application/sparql-query body")

    def query(self, sparql: str, environ, params: dict) -> Answer:
        if is_update(sparql):
            return text_answer(403, READ_ONLY)
        if not self.allow_federation and "SERVICE" in keywords(sparql):
            return text_answer(403, "federated queries (SERVICE) are refused: this server sends no requests "
                                    "of its own (kg serve --allow-federation allows them)")
        request = QueryRequest(sparql, environ.get("HTTP_ACCEPT"), params.get("default-graph-uri", []),
                               params.get("named-graph-uri", []), self.source.vocab.prefixes())
        for iri in request.default_graphs + request.named_graphs:
            try:
                ox.NamedNode(iri)
            except ValueError:
                return text_answer(400, f"not an IRI: {iri!r}")
        return self.workers.run(request)


def make_server(graph, host: str = "127.0.0.1", port: int = 7878, title: str = "Knowledge graph",
                base: str | None = None, **options) -> GraphServer:
    """A server of ``graph`` (a graph file, a store folder, an open :class:`~kg.graph.source.Graph` or an
    ``ox.Store``; see :func:`kg.graph.source.open_graph`) bound to ``host:port`` (``port=0`` picks a free
    one); call ``serve_forever()``. ``options``: ``timeout``, ``workers``, ``threads``,
    ``idle_timeout``, ``allow_federation``, ``allow_hosts`` (see :class:`GraphServer`)."""
    source = Source(graph, base)
    try:
        return GraphServer(source, host, port, title, **options)
    except BaseException:
        source.close()
        raise


def query_page(title: str, vocab: Vocabulary | None = None) -> str:
    """The page at ``/``: a query box, a Run button and the answer as a table (no external resources),
    with the prefixes the endpoint predeclares for the graph of ``vocab``."""
    prefixes = (vocab or Vocabulary()).prefixes()
    listed = "\n".join(f"<li><code>{html.escape(p)}: &lt;{html.escape(iri)}&gt;</code></li>" for p, iri in prefixes.items())
    return (PAGE.replace("{title}", html.escape(title)).replace("{example}", html.escape(EXAMPLE_QUERY))
            .replace("{prefixes}", listed))


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
 <a href="/graph">The graph as a network</a>, <a href="/map">its places on a map</a>.</p>
<details><summary>Prefixes declared for every query</summary><ul>
{prefixes}
</ul></details>
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
