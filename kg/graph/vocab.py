"""The namespaces the graph is written in: standard vocabularies and our own.

Standard vocabularies where they exist (RDF, RDFS, SKOS, PROV-O, Dublin Core,
schema.org); ``kg:`` for the few terms of our own (declared once, in
:mod:`kg.terms`) and ``rel:`` for relations. The base IRI is an option
(``--base``); :data:`DEFAULT_BASE` uses the reserved ``.example`` domain so it
never resolves to someone else's site. Terms are plain strings: no RDF library
is loaded to name them.

>>> RDF.type, SDO.Person
('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'https://schema.org/Person')
"""
from __future__ import annotations

from ..terms import STANDARD_PREFIXES, Namespace

SDO = Namespace(STANDARD_PREFIXES["schema"])
PROV = Namespace(STANDARD_PREFIXES["prov"])
SKOS = Namespace(STANDARD_PREFIXES["skos"])
DCTERMS = Namespace(STANDARD_PREFIXES["dcterms"])
RDF = Namespace(STANDARD_PREFIXES["rdf"])
RDFS = Namespace(STANDARD_PREFIXES["rdfs"])
XSD = Namespace(STANDARD_PREFIXES["xsd"])
OWL = Namespace(STANDARD_PREFIXES["owl"])
GEO = Namespace(STANDARD_PREFIXES["geo"])

# Schema.org class per spaCy label (docs/model.md); other types are kg:Entity.
TYPE_CLASSES = {
    "PERSON": SDO.Person,
    "GPE": SDO.Place,
    "LOC": SDO.Place,
    "FAC": SDO.Place,
    "ORG": SDO.Organization,
    "NORP": SDO.Organization,
    "EVENT": SDO.Event,
    "PRODUCT": SDO.Product,
    "WORK_OF_ART": SDO.CreativeWork,
    "LAW": SDO.Legislation,
}

__all__ = ["TYPE_CLASSES", "SDO", "RDF", "RDFS", "SKOS", "PROV", "DCTERMS", "XSD", "OWL", "GEO"]
