"""The query processes of ``kg serve``: each opens the Oxigraph database read-only and answers
one query at a time, so that a query past its timeout can be stopped by killing its process.

This module imports only pyoxigraph and the standard library, so that a query process starts
in a fraction of a second (it is started again after each kill).
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from multiprocessing.connection import Connection

import pyoxigraph as ox

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE}

def negotiate(accept: str | None, offered: dict) -> str:
    """The first type of ``offered`` that the ``Accept`` header allows, by preference order.

    >>> negotiate("text/csv, */*;q=0.1", RESULT_TYPES)
    'text/csv'
    >>> negotiate(None, RESULT_TYPES)
    'application/sparql-results+json'
    >>> negotiate("text/csv;q=\u00b2, application/sparql-results+json;q=0.5", RESULT_TYPES)  # no number: q=1
    'text/csv'
    """
    default = next(iter(offered))
    if not accept:
        return default
    ranked = []
    for i, part in enumerate(accept.split(",")):
        kind, *params = [p.strip() for p in part.split(";")]
        q = next((float(p[2:]) for p in params if p.startswith("q=") and p[2:].replace(".", "", 1).isdecimal()), 1.0)
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


# -- what a query asks for, read as the parser reads it ------------------------------------

_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_WORD = re.compile(r"(?<![\w?$:.@\\-])([A-Za-z]+)(?![\w:-])")
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_LONG_QUOTES = ("'" * 3, '"' * 3)


def _code(sparql: str) -> str:
    """``sparql`` with its strings, IRIs and comments blanked: what is left are keywords,
    variables, prefixed names and punctuation."""
    out, i, n = [], 0, len(sparql)
    while i < n:
        c = sparql[i]
        if c in "'\"":
            quote = sparql[i:i + 3] if sparql[i:i + 3] in _LONG_QUOTES else c
            j = i + len(quote)
            while j < n and not sparql.startswith(quote, j):
                if len(quote) == 1 and sparql[j] in "\r\n":
                    break
                j += 2 if sparql[j] == "\\" else 1
            i = j + len(quote)
            out.append(" ")
        elif c == "<" and (iri := _IRI.match(sparql, i)):
            i = iri.end()
            out.append(" ")
        elif c == "#":
            j = sparql.find("\n", i)
            i = n if j < 0 else j
            out.append(" ")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _unescape(match: re.Match) -> str:
    code = int(match.group(1) or match.group(2), 16)
    return chr(code) if code < 0x110000 else ""


def keywords(sparql: str) -> set[str]:
    """The keywords of a query (upper case), outside strings, IRIs and comments.

    Read twice, as written and with ``\\u`` escapes decoded (SPARQL allows them anywhere),
    so that neither reading hides a keyword.

    >>> sorted(keywords('SELECT ?service FROM <urn:a#SERVICE> WHERE { ?s ex:service "SERVICE" } # SERVICE'))
    ['FROM', 'SELECT', 'WHERE']
    >>> "SERVICE" in keywords('SELECT * { sErViCe <http://127.0.0.1:9/> { ?s ?p ?o } }')
    True
    """
    decoded = _ESCAPE.sub(_unescape, sparql)
    return {w.upper() for text in {sparql, decoded} for w in _WORD.findall(_code(text))}


_SYNTAX_POSITION = re.compile(r"^error at (\d+):(\d+):\s*(.*)$", re.S)
_PREFIXED_NAME_END = re.compile(r"([A-Za-z][\w.-]*)?:\S*$")


def syntax_message(exc: SyntaxError, sparql: str, prefixes=(), shift: int = 0) -> str:
    """A syntax error with its line and column, and the line itself with a caret. A prefix the
    query uses without declaring it is named (the parser lists every character it could take);
    ``prefixes`` are the ones predeclared; ``shift`` lines were put in front of ``sparql``
    before it was parsed (the PREFIX lines of an update).

    >>> print(syntax_message(SyntaxError("error at 1:24: expected one of Prefix not found, ['%']"),
    ...                      "SELECT * { ?s foaf:name ?n }", ["kg", "rdfs"]))
    SPARQL syntax error at line 1, column 24: the prefix foaf: is not declared (declare it with PREFIX foaf: <…>; predeclared: kg:, rdfs:)
      SELECT * { ?s foaf:name ?n }
                             ^
    """
    text = str(exc.args[0] if exc.args else exc)
    m = _SYNTAX_POSITION.match(text)
    if not m:
        return f"SPARQL syntax error: {text}"
    line, column, message = int(m.group(1)) - shift, int(m.group(2)), m.group(3)
    lines = sparql.splitlines() or [""]
    source = lines[min(max(line, 1), len(lines)) - 1]
    if "Prefix not found" in message:
        name = _PREFIXED_NAME_END.search(source[:max(column - 1, 0)])
        prefix = f"{name.group(1) or ''}:" if name else "a prefix"
        declared = ", ".join(f"{p}:" for p in prefixes)
        message = (f"the prefix {prefix} is not declared (declare it with PREFIX {prefix} <…>"
                   + (f"; predeclared: {declared})" if declared else ")"))
    return (f"SPARQL syntax error at line {line}, column {column}: {message}\n"
            f"  {source}\n  {' ' * max(column - 1, 0)}^")


def store_generation(location: str) -> tuple:
    """What changes when a build writes the Oxigraph database at ``location`` (its file list,
    its CURRENT manifest pointer): a query process reopens the store when it changes."""
    stamp = []
    for name in ("", "CURRENT"):
        try:
            st = os.stat(os.path.join(location, name))
            stamp.append((st.st_mtime_ns, st.st_size, st.st_ino))
        except OSError:
            stamp.append(None)
    return tuple(stamp)



# -- query processes ----------------------------------------------------------------------

@dataclass
class QueryRequest:
    sparql: str
    accept: str | None = None
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    prefixes: dict[str, str] = field(default_factory=dict)  # predeclared, as kg query does


@dataclass
class Answer:
    status: int
    kind: str
    body: bytes


def text_answer(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def execute(store: ox.Store, request: QueryRequest) -> Answer:
    """Run one query on ``store``: the union of the graphs as default graph, unless the query
    or the request names its dataset."""
    options: dict = {}
    if request.default_graphs or request.named_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in request.default_graphs] or ox.DefaultGraph()
        if request.named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
    elif "FROM" not in keywords(request.sparql):
        options["use_default_graph_as_union"] = True
    if request.prefixes:
        options["prefixes"] = request.prefixes
    try:
        kind, body = serialize_result(store.query(request.sparql, **options), request.accept)
    except SyntaxError as exc:
        return text_answer(400, syntax_message(exc, request.sparql, request.prefixes))
    except ValueError as exc:
        return text_answer(400, f"bad request: {exc}")
    return Answer(200, kind, body)


def query_process_main() -> None:  # pragma: no cover - runs in a child process
    """Entry of a query process: ``python -c … FD LOCATION WATCHED``."""
    fd, location, watched = int(sys.argv[1]), sys.argv[2], sys.argv[3] == "1"
    try:
        _query_process(Connection(fd), location, watched)
    except KeyboardInterrupt:
        pass


def _query_process(conn, location: str | None, watched: bool, store=None) -> None:  # pragma: no cover - a child process
    """A query process: opens the database read-only (or has ``store``, in memory) and answers one
    query at a time, reopening the database when a build has changed it. Killed by the server
    when a query runs past its timeout."""
    fixed = store is not None
    seen = None
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        answer = None
        for _attempt in range(2):
            try:
                now = store_generation(location) if watched else ()
                if not fixed and (store is None or now != seen):
                    store, seen = None, now
                    store = ox.Store.read_only(location)
                answer = execute(store, request)
                break
            except OSError as exc:  # files replaced under us by a build: reopen once
                store = store if fixed else None
                answer = text_answer(503, f"the store cannot be read now ({exc}); retry in a moment")
            except Exception as exc:  # noqa: BLE001 - one bad query must not end the process
                answer = text_answer(500, f"query failed: {type(exc).__name__}: {exc}")
                break
        try:
            conn.send(answer)
        except (OSError, ValueError):
            return




def zygote(control, store) -> None:  # pragma: no cover - runs in a forked process
    """The process that holds a graph in memory and forks a query process for each request on
    ``control`` (a socket: one byte and the new process's socket end; answered with its pid).

    It is forked before the server starts any thread, so it forks safely; its children share the
    graph's memory (copy-on-write) and start at once, so a query process killed at a timeout is
    replaced in milliseconds."""
    import signal
    import socket

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # query processes are reaped by the system
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the server's; it ends us
    while True:
        try:
            message, fds, _flags, _addr = socket.recv_fds(control, 1, 1)
        except OSError:
            os._exit(0)
        if not message or not fds:  # the server is gone
            os._exit(0)
        pid = os.fork()
        if pid == 0:
            control.close()
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            try:
                _query_process(Connection(fds[0]), None, False, store)
            finally:
                os._exit(0)
        os.close(fds[0])
        try:
            control.sendall(pid.to_bytes(8, "little"))
        except OSError:
            os._exit(0)
