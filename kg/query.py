"""SPARQL over a built graph, on Oxigraph (pyoxigraph).

A graph is a Turtle/TriG/N-Quads/N-Triples/JSON-LD file. The default graph
of a query is the union of all graphs, so simple queries see every article.

>>> store = open_graph("out/graph.trig")                                # doctest: +SKIP
>>> rows = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # doctest: +SKIP
"""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pyoxigraph as ox

FORMATS_BY_SUFFIX = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}
_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\s+[^\n]*\n\s*|#[^\n]*\n\s*)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)


class QueryError(ValueError):
    """A SPARQL query that cannot run (syntax error, refused update, bad graph)."""


def open_graph(path: str | Path) -> ox.Store:
    """An in-memory Oxigraph store holding the graph file at ``path``."""
    path = Path(path)
    if not path.exists():
        raise QueryError(f"{path}: no such graph file")
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise QueryError(f"{path}: unknown graph format (expected one of {', '.join(FORMATS_BY_SUFFIX)})")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise QueryError(f"{path}: not valid {fmt.name}: {exc}") from exc
    return store


def is_update(sparql: str) -> bool:
    """True for SPARQL Update requests (INSERT, DELETE, LOAD, CLEAR, DROP …).

    >>> is_update("PREFIX x: <urn:x>\\nDELETE WHERE { ?s ?p ?o }")
    True
    >>> is_update("SELECT * WHERE { ?s ?p ?o }")
    False
    """
    return bool(_UPDATE.match(sparql))


def run_query(store: ox.Store, sparql: str, *, allow_update: bool = False):
    """Run a query (or, when allowed, an update) over the union of the store's graphs."""
    if is_update(sparql):
        if not allow_update:
            raise QueryError("SPARQL Update refused: pass --allow-update to change the graph")
        try:
            store.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        return None
    try:
        return store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from exc


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


def plain_table(header: list[str], rows: list[list[str]]) -> str:
    """A fixed-width text table (what ``kg query`` prints by default)."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    widths = [min(w, 80) for w in widths]

    def line(cells):
        return "  ".join((c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(cells, widths)).rstrip()

    out = [line(header), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
