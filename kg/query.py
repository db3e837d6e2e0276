"""SPARQL over a built graph, on Oxigraph (pyoxigraph).

A graph is a Turtle/TriG/N-Quads/N-Triples/JSON-LD file or a store folder
made by ``kg build --store``. The default graph of a query is the union of
all graphs, so simple queries see every article. The graph's own prefixes
(``kg:``, ``rel:``, ``ent:`` … from the base IRI) are predeclared.

Canned queries ship inside the package (``kg/queries/*.rq``; ``queries/`` at
the repository root links there). A parameter is a ``VALUES ?name { UNDEF }``
line of the query, replaced by an escaped literal:

>>> print(bind_params('SELECT * { VALUES ?who { UNDEF } ?e ?p ?who }', {"who": 'Say "hi"'}))
SELECT * { VALUES ?who { "Say \\"hi\\"" } ?e ?p ?who }

>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> store.add(ox.Quad(ox.NamedNode("https://kg.example/entity/iran"), ox.NamedNode(RDFS_LABEL), ox.Literal("Iran")))
>>> [row["name"].value for row in run_query(store, "SELECT ?name WHERE { ?e rdfs:label ?name }")]
['Iran']
"""
from __future__ import annotations

import csv
import io
import json
import re
import textwrap
import threading
from pathlib import Path

import pyoxigraph as ox

from .query_process import syntax_message
from .terms import DEFAULT_BASE, STANDARD_PREFIXES, Vocabulary

RDFS_LABEL = STANDARD_PREFIXES["rdfs"] + "label"
_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\s+[^\n]*\n\s*|#[^\n]*\n\s*)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)


class QueryError(ValueError):
    """A SPARQL query that cannot run (syntax error, refused update, bad graph)."""


class QueryTimeout(QueryError):
    """A query that did not finish within its time limit."""


QUERIES_DIR = Path(__file__).parent / "queries"
_PARAM = r"VALUES\s+\?{name}\s*\{{\s*UNDEF\s*\}}"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def canned_queries() -> dict[str, Path]:
    """Name → file of every query shipped with the package.

    >>> "who-said" in canned_queries()
    True
    """
    return {p.stem: p for p in sorted(QUERIES_DIR.glob("*.rq"))}


def query_summary(path: Path) -> str:
    """What a canned query answers: the first sentence of its opening comment, whole.

    >>> query_summary(QUERIES_DIR / "contradictions.rq").endswith('("A says X will win", "B says X will not win").')
    True
    """
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.lstrip("#").strip()
        if not line.startswith("#") or not text:
            if words:
                break
            continue
        words += text.split()
    paragraph = " ".join(words)
    return _SENTENCE_END.split(paragraph, maxsplit=1)[0]


def query_params(sparql: str) -> list[str]:
    """The parameters a query takes (its ``VALUES ?name { UNDEF }`` lines), each once: a query
    may bind one in several sub-selects (located-in).

    >>> query_params("VALUES ?country { UNDEF } { SELECT * { VALUES ?country { UNDEF } } }")
    ['country']
    """
    return list(dict.fromkeys(re.findall(r"VALUES\s+\?(\w+)\s*\{\s*UNDEF\s*\}", sparql)))


def load_query(text: str) -> tuple[str, str | None]:
    """The SPARQL of ``text``: a ``.rq`` file, a canned query name, or SPARQL itself; and the query's name."""
    path = Path(text)
    if text.endswith(".rq") or (len(text) < 200 and "\n" not in text and path.is_file()):
        if not path.is_file():
            raise QueryError(f"{text}: no such query file")
        return path.read_text(encoding="utf-8"), path.stem
    canned = canned_queries()
    if text in canned:
        return canned[text].read_text(encoding="utf-8"), text
    if re.fullmatch(r"[\w-]+", text.strip()):
        raise QueryError(f"no canned query named {text!r}; known: {', '.join(canned)}")
    return text, None


def portable_query(name: str) -> str:
    """A canned query in plain SPARQL 1.1, for engines without ``LATERAL`` (queries/sparql11/),
    else the canned query itself.

    >>> "LATERAL" in load_query("who-said")[0], "LATERAL" in portable_query("who-said")
    (True, False)
    """
    plain = QUERIES_DIR / "sparql11" / f"{name}.rq"
    return plain.read_text(encoding="utf-8") if plain.is_file() else load_query(name)[0]


def with_prefixes(sparql: str, vocab: Vocabulary | str | None = None) -> str:
    """``sparql`` with the graph's prefixes declared in front (for an endpoint, and for SPARQL
    Update, which takes no prefix map); a query's own declarations come after and win."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in graph_prefixes(vocab).items()) + sparql


def required_params(sparql: str) -> list[str]:
    """The parameters a query cannot run without (its ``# Required: a, b`` comment line)."""
    m = re.search(r"^#\s*Required:\s*(.+)$", sparql, re.M)
    return [p.strip() for p in m.group(1).split(",")] if m else []


def bind_params(sparql: str, params: dict[str, str]) -> str:
    """Give each parameter its value as a properly escaped string literal (never pasted raw)."""
    known = query_params(sparql)
    missing = [p for p in required_params(sparql) if p not in params]
    if missing:
        raise QueryError(f"the query needs --param {missing[0]}=VALUE (parameters: {', '.join(known)})")
    for name, value in params.items():
        pattern = re.compile(_PARAM.format(name=re.escape(name)))
        if not pattern.search(sparql):
            raise QueryError(f"the query takes no parameter {name!r}"
                             + (f" (it takes: {', '.join(known)})" if known else " (it has none)"))
        literal = str(ox.Literal(value))  # N-Triples escaping, valid SPARQL
        sparql = pattern.sub(lambda _m: "VALUES ?" + name + " { " + literal + " }", sparql)
    return sparql


def as_vocabulary(vocab: Vocabulary | str | None) -> Vocabulary:
    """A vocabulary from a vocabulary, a base IRI, or nothing (the default base)."""
    return vocab if isinstance(vocab, Vocabulary) else Vocabulary(vocab or DEFAULT_BASE)


def is_update(sparql: str) -> bool:
    """True for SPARQL Update requests (INSERT, DELETE, LOAD, CLEAR, DROP …).

    >>> is_update("PREFIX x: <urn:x>\\nDELETE WHERE { ?s ?p ?o }")
    True
    >>> is_update("SELECT * WHERE { ?s ?p ?o }")
    False
    """
    return bool(_UPDATE.match(sparql))


def graph_prefixes(vocab: Vocabulary | str | None = None) -> dict[str, str]:
    """The prefixes predeclared for queries: the graph's own (from its vocabulary or base IRI) and the
    standard ones."""
    return as_vocabulary(vocab).prefixes()


def run_query(store: ox.Store, sparql: str, *, allow_update: bool = False, vocab: Vocabulary | str | None = None,
              params: dict[str, str] | None = None):
    """Run a query (or, when allowed, an update) over the union of the store's graphs.

    ``vocab`` gives the graph's own prefixes (a :class:`~kg.terms.Vocabulary` or a base IRI);
    by default they are read off the graph (:func:`kg.graph.source.open_graph`).
    """
    from .graph.source import open_graph

    sparql = bind_params(sparql, params or {})
    vocab = vocab if isinstance(vocab, Vocabulary) else open_graph(store, vocab).vocab
    prefixes = graph_prefixes(vocab)
    if is_update(sparql):
        if not allow_update:
            raise QueryError("SPARQL Update refused: pass --allow-update to change the graph")
        try:
            store.update(with_prefixes(sparql, vocab))
        except SyntaxError as exc:
            raise QueryError(syntax_message(exc, sparql, prefixes, shift=len(prefixes))) from exc
        return None
    try:
        return store.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)
    except SyntaxError as exc:
        raise QueryError(syntax_message(exc, sparql, prefixes)) from exc
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"the query failed: {exc}") from exc


def answer(store: ox.Store, sparql: str, fmt: str = "table", *, timeout: float | None = None, **options) -> str | None:
    """Run a query and render its result (``None`` for an update); raise :class:`QueryTimeout`
    when it takes longer than ``timeout`` seconds.

    The query runs in a worker thread (Oxigraph releases the GIL), so the
    caller gets control back at the deadline; the abandoned query keeps
    running until the process exits, which is what ``kg query`` does next.
    """
    def work():
        result = run_query(store, sparql, **options)
        return None if result is None else format_result(result, fmt)

    if not timeout:
        return work()
    outcome: dict = {}

    def target():
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryTimeout(f"the query did not finish within {timeout:g} s (--timeout)")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def term_text(term) -> str:
    """A result term as a person reads it: the IRI, or the literal's value."""
    if term is None:
        return ""
    if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return term.value
    return str(term)


def result_rows(result) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a SELECT result as plain strings (ASK gives one boolean row)."""
    if isinstance(result, ox.QueryBoolean) or isinstance(result, bool):
        return ["ask"], [[str(bool(result)).lower()]]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return names, [[term_text(solution[n]) for n in names] for solution in result]
    if isinstance(result, ox.QueryTriples):
        return ["subject", "predicate", "object"], [[term_text(t.subject), term_text(t.predicate), term_text(t.object)] for t in result]
    return ["result"], []


def format_result(result, fmt: str = "table") -> str:
    """Render a query result as ``table`` (plain text), ``csv``, ``tsv`` or ``json`` (SPARQL JSON results)."""
    if fmt == "json":
        if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
            return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")
        header, rows = result_rows(result)
        return json.dumps({"head": {"vars": header}, "results": {"bindings": [
            {h: {"type": "literal", "value": v} for h, v in zip(header, row)} for row in rows]}}, ensure_ascii=False)
    header, rows = result_rows(result)
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return buffer.getvalue()
    return plain_table(header, rows)


def plain_table(header: list[str], rows: list[list[str]], width: int = 80) -> str:
    """A fixed-width text table (what ``kg query`` prints by default): a cell wider than ``width``
    wraps onto the next lines of its row, so nothing is cut (``-f csv`` gives one line a row).

    >>> print(plain_table(["who", "said"], [["Trump", "Iran is not winning this war"]], width=12), end="")
    who    said
    -----  ------------
    Trump  Iran is not
           winning this
           war
    (1 row)
    """
    widths = [min(max([len(h)] + [len(r[i]) for r in rows]), width) for i, h in enumerate(header)]

    def lines(cells):
        wrapped = [textwrap.wrap(c, w, break_long_words=True, break_on_hyphens=False) or [""]
                   for c, w in zip(cells, widths)]
        return ["  ".join((part[k] if k < len(part) else "").ljust(w) for part, w in zip(wrapped, widths)).rstrip()
                for k in range(max(len(part) for part in wrapped))]

    out = lines(header) + ["  ".join("-" * w for w in widths)]
    for r in rows:
        out += lines(r)
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
