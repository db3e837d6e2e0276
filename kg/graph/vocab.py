"""Vocabularies of the graph, as rdflib namespace objects.

Standard vocabularies where they exist (RDF, RDFS, SKOS, PROV-O, Dublin Core,
schema.org); ``KG`` for the few terms of our own and ``REL`` for relations.
The base IRI is an option (``--base``); :data:`DEFAULT_BASE` uses the
reserved ``.example`` domain so it never resolves to someone else's site.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from rdflib import Namespace
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

DEFAULT_BASE = "https://kg.example/"
SDO = Namespace("https://schema.org/")


class Vocabulary:
    """The namespaces derived from one base IRI.

    >>> v = Vocabulary("https://kg.example/")
    >>> str(v.entity_iri("Donald Trump"))
    'https://kg.example/entity/donald-trump'
    """

    def __init__(self, base: str = DEFAULT_BASE):
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base
        self.KG = Namespace(base + "ns#")
        self.REL = Namespace(base + "rel/")
        self.ENT = Namespace(base + "entity/")
        self.ART = Namespace(base + "article/")
        self.STMT = Namespace(base + "statement/")
        self.EVID = Namespace(base + "evidence/")
        self.ROLE = Namespace(base + "role/")
        self.ENTITIES_GRAPH = self.KG["entities"]
        self.STATEMENTS_GRAPH = self.KG["statements"]

    def entity_iri(self, name: str):
        return self.ENT[slug(name)]

    def article_iri(self, article_id: str):
        return self.ART[quote(article_id, safe="-._~")]

    def relation_iri(self, lemma: str):
        return self.REL[slug(lemma, sep="_") or "related_to"]

    def prefixes(self) -> dict[str, str]:
        """Prefix → namespace IRI of every vocabulary the graph uses (for Turtle and SPARQL)."""
        return {"kg": str(self.KG), "rel": str(self.REL), "ent": str(self.ENT), "art": str(self.ART),
                "stmt": str(self.STMT), "ev": str(self.EVID), "role": str(self.ROLE), "schema": str(SDO),
                "prov": str(PROV), "skos": str(SKOS), "dcterms": str(DCTERMS), "rdf": str(RDF),
                "rdfs": str(RDFS), "xsd": str(XSD)}

    def bind(self, graph) -> None:
        """Bind readable prefixes on an rdflib graph or dataset."""
        for prefix, ns in self.prefixes().items():
            graph.bind(prefix, ns, override=True)


@lru_cache(maxsize=1 << 17)
def slug(text: str, sep: str = "-") -> str:
    """A stable IRI-safe slug: ASCII-folded, lower case, words joined by ``sep``.

    >>> slug("Ayatollah Ali Khamenei")
    'ayatollah-ali-khamenei'
    >>> slug("U.S.")
    'us'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    folded = folded.replace(".", "").replace("'", "").replace("’", "")
    words = re.findall(r"[a-z0-9]+", folded)
    if not words:  # non-Latin names keep their letters, percent-encoded
        return quote(text.strip().lower().replace(" ", sep), safe="")
    return sep.join(words)


# Schema.org class per spaCy label (design.md).
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

__all__ = ["Vocabulary", "slug", "TYPE_CLASSES", "SDO", "DEFAULT_BASE", "RDF", "RDFS", "SKOS", "PROV", "DCTERMS", "XSD"]
