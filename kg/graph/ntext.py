"""RDF terms and quads as N-Quads text, exactly as Oxigraph writes them.

A quad is the line ``<s> <p> <o> <g>`` that ``str(pyoxigraph.Quad)`` gives, so
a quad built here compares equal to one read back from a store (a store build
diffs graphs that way), and a list of them is an N-Quads document for
Oxigraph's bulk loader (:func:`nquads`).
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache

import pyoxigraph as ox

from .vocab import PROV, RDF, RDFS, SDO, SKOS, XSD


def _digest(*parts) -> str:
    return hashlib.sha1("\x1f".join(["" if p is None else str(p) for p in parts]).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=65536)
def nn(value) -> ox.NamedNode:
    """An Oxigraph IRI from an rdflib ``URIRef`` or a string (cached: vocabulary terms repeat)."""
    return ox.NamedNode(str(value))


# -- N-Triples terms as text ---------------------------------------------------------------------

def iri(value) -> str:
    """An IRI term as text.

    >>> iri("https://kg.example/entity/iran")
    '<https://kg.example/entity/iran>'
    """
    return "<" + str(value) + ">"


# The characters Oxigraph escapes in a literal, escaped as it does (asked once, of Oxigraph itself).
_ESCAPES = {c: str(ox.Literal(chr(c)))[1:-1] for c in (*range(0x20), 0x22, 0x5C, 0x7F, 0xFFFE, 0xFFFF)}
_NEEDS_ESCAPE = re.compile("[" + re.escape("".join(map(chr, _ESCAPES))) + "]")


def literal(text, datatype: str | None = None) -> str:
    """A literal as text, escaped as Oxigraph writes it; ``datatype`` is an :func:`iri` term.

    >>> literal('He said "no"')
    '"He said \\\\"no\\\\""'
    >>> literal("3", iri("http://www.w3.org/2001/XMLSchema#integer"))
    '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    text = str(text)
    if _NEEDS_ESCAPE.search(text):
        text = text.translate(_ESCAPES)
    return '"' + text + '"' + ("^^" + datatype if datatype else "")


def as_quads(lines: Iterable[str]) -> list[ox.Quad]:
    """Quad lines as pyoxigraph quads.

    >>> [q] = as_quads(['<http://a/s> <http://a/p> "o" <http://a/g>'])
    >>> q.object.value, q.graph_name.value
    ('o', 'http://a/g')
    """
    return list(ox.parse(nquads(lines), format=ox.RdfFormat.N_QUADS))


def nquads(lines: Iterable[str]) -> bytes:
    """Quad lines as an N-Quads document."""
    lines = list(lines)
    return (" .\n".join(lines) + " .\n").encode("utf-8") if lines else b""


TYPE, STATEMENT, SUBJECT, PREDICATE, OBJECT = (iri(RDF.type), iri(RDF.Statement), iri(RDF.subject),
                                               iri(RDF.predicate), iri(RDF.object))
LABEL, PREF_LABEL, ALT_LABEL = iri(RDFS.label), iri(SKOS.prefLabel), iri(SKOS.altLabel)
DERIVED_FROM, ATTRIBUTED_TO = iri(PROV.wasDerivedFrom), iri(PROV.wasAttributedTo)
XSD_INTEGER, XSD_DECIMAL, XSD_DATE = iri(XSD.integer), iri(XSD.decimal), iri(XSD.date)
HAS_OCCUPATION, ROLE, ROLE_NAME = iri(SDO.hasOccupation), iri(SDO.Role), iri(SDO.roleName)
_TRUE, _FALSE = literal("true", iri(XSD.boolean)), literal("false", iri(XSD.boolean))


def _bool(value: bool) -> str:
    return _TRUE if value else _FALSE


def _int(value: int) -> str:
    return '"' + str(int(value)) + '"^^' + XSD_INTEGER


def _decimal(value: float) -> str:
    """An xsd:decimal in Oxigraph's canonical form ("0.8", not "0.800"), so a quad read back
    from the store equals the one written and re-builds find nothing to change."""
    text = f"{round(float(value), 3):.3f}".rstrip("0").rstrip(".")
    return '"' + ("0" if text in ("", "-0") else text) + '"^^' + XSD_DECIMAL
