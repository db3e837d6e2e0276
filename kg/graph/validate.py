"""SHACL validation of a graph against the model's shapes (``shapes.ttl``, run by pyshacl).

The shapes are written for the default base IRI; :func:`load_shapes` moves
their ``kg:`` namespace to the graph's own.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..terms import DEFAULT_BASE, Vocabulary

SHAPES = Path(__file__).with_name("shapes.ttl")


@dataclass
class ValidationReport:
    conforms: bool
    triples: int
    violations: list[str] = field(default_factory=list)


def load_shapes(base: str = DEFAULT_BASE, path: str | Path | None = None):
    """The shapes graph (rdflib), its ``kg:`` namespace moved to ``base``."""
    from rdflib import Graph

    text = Path(path or SHAPES).read_text(encoding="utf-8")
    if path is None:
        text = text.replace(DEFAULT_BASE + "ns#", str(Vocabulary(base).KG))
    return Graph().parse(data=text, format="turtle")


def union_graph(store: ox.Store):
    """The union of all graphs of an Oxigraph store as one rdflib ``Graph`` (SHACL sees one graph)."""
    from rdflib import Graph

    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store}
    return Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")


def _violations(results) -> list[str]:
    query = """PREFIX sh: <http://www.w3.org/ns/shacl#>
    SELECT ?focus ?path ?message ?value WHERE { ?r a sh:ValidationResult ; sh:focusNode ?focus .
      OPTIONAL { ?r sh:resultPath ?path } OPTIONAL { ?r sh:resultMessage ?message } OPTIONAL { ?r sh:value ?value } }
    ORDER BY ?focus ?path"""
    lines = []
    for focus, path, message, value in results.query(query):
        text = f"{focus}"
        if path is not None:
            text += f" {path}"
        text += f": {message or 'violation'}"
        if value is not None:
            text += f" (value {value})"
        lines.append(text)
    return lines


def validate_store(store: ox.Store, vocab: Vocabulary | str | None = None,
                   shapes: str | Path | None = None) -> ValidationReport:
    """Validate a store's union graph; the report lists one line per violation.

    ``vocab``: the graph's :class:`~kg.terms.Vocabulary` or base IRI (default: read off the graph).
    """
    from pyshacl import validate

    from .source import open_graph

    base = (vocab if isinstance(vocab, Vocabulary) else open_graph(store, vocab).vocab).base

    data = union_graph(store)
    conforms, results, _text = validate(data, shacl_graph=load_shapes(base, shapes), inference="none",
                                        advanced=False, allow_warnings=True)
    return ValidationReport(bool(conforms), len(data), [] if conforms else _violations(results))
