"""The graph's vocabulary, declared once: the ``kg:`` terms and the IRIs minted from a base IRI.

This module is plain Python (no rdflib, no pyoxigraph), so every layer can mint
IRIs: resolution names its entities with :meth:`Vocabulary.entity_iri`, the
graph writes its quads with the same terms, and ``kg --help`` loads neither
RDF library. :mod:`kg.graph.vocab` adds rdflib's namespace objects on top.

The ``kg:`` namespace is *closed*, as rdflib's ``DefinedNamespace`` is: a
term that is not declared in :data:`KG_TERMS` raises, so a typo fails where
it is written instead of putting an unknown property into the graph.

>>> v = Vocabulary("https://kg.example/")
>>> v.KG.negated
'https://kg.example/ns#negated'
>>> v.KG.negatd
Traceback (most recent call last):
...
AttributeError: kg:negatd is not a declared term of the kg: vocabulary (kg.terms.KG_TERMS)
>>> v.entity_iri("Donald Trump")
'https://kg.example/entity/donald-trump'
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

DEFAULT_BASE = "https://kg.example/"
_ABSOLUTE_IRI = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>"{}|\\^`\x7f-\x9f]+')


def check_base(base: str) -> str:
    """``base`` if it can be the base IRI of a graph (an absolute IRI: a scheme, then no spaces
    nor ``<>"{}|\\^```), else :class:`ValueError` — checked before a store records it.

    >>> check_base("https://kg.example/news/")
    'https://kg.example/news/'
    >>> check_base("not an iri")
    Traceback (most recent call last):
    ...
    ValueError: base IRI 'not an iri' is not an absolute IRI (like https://example.org/kg/)
    """
    if not isinstance(base, str) or not _ABSOLUTE_IRI.fullmatch(base):
        raise ValueError(f"base IRI {base!r} is not an absolute IRI (like https://example.org/kg/)")
    return base

# Every term of our own, with what it means (docs/model.md says the same at length).
KG_TERMS: dict[str, str] = {
    # classes
    "Evidence": "one reading of a statement in one sentence of one article",
    "Sentence": "a sentence of an article that mentions entities",
    "Entity": "an entity whose spaCy type maps to no schema.org class",
    # named graphs
    "entities": "the shared graph describing each canonical entity",
    "statements": "the shared graph describing each statement once",
    # statements (kg:statements)
    "negated": "the statement is denied (xsd:boolean)",
    "modality": "the hedge of the statement (may, could, …)",
    "kind": "fact, speech, …: the kind of triple the statement comes from",
    "confidence": "the best confidence of its evidence (0..1)",
    "corroboration": "how many distinct articles support the statement with evidence at or above the plain-edge "
                     "threshold (--min-confidence); 0 when every reading is below it",
    "articleCount": "how many distinct articles have evidence for the statement, whatever its confidence "
                    "(how many articles report a quotation, a denial or a hedge); on a role, how many articles "
                    "write its title before the holder's name",
    "reports": "a speech act → the statement it reports",
    "contradicts": "a statement → another that says the opposite",
    "evidence": "a statement → one of its evidence nodes (in the article's graph)",
    # evidence (each article's graph)
    "sentence": "the text of the sentence the evidence was read in",
    "inSentence": "the evidence → the sentence node it was read in",
    "relationText": "the relation as written in the sentence",
    "subjectText": "the subject as written in the sentence",
    "objectText": "the object as written in the sentence",
    "start": "character offset where the sentence starts in the article",
    "end": "character offset where the sentence ends in the article",
    "time": "when the evidence's clause says its event happened: xsd:date, xsd:gYearMonth or xsd:gYear (a range's start)",
    "timeEnd": "the end of that time when the clause gives a range (same datatypes)",
    "timeText": "the clause's time expression as written (\"on Friday\")",
    "timeResolution": "absolute, relative (to the article's date) or unresolved",
    # sentences and articles
    "mentions": "a sentence → an entity it mentions",
    "contentHash": "SHA-256 of an article's text and metadata",
    # entities (kg:entities)
    "entityType": "the spaCy label of the entity (PERSON, GPE, …)",
    "mentionCount": "how many mentions the entity gathers",
    "mentionedIn": "an entity → an article that mentions it",
    "roleOf": "a role → the entity it is held in (president *of* Iran)",
    # places (kg:entities; owl:sameAs the GeoNames feature, geo:lat / geo:long its WGS84 point)
    "countryCode": "ISO 3166-1 alpha-2 code of the country a place lies in (its own for a country)",
    "countryCodeAlpha3": "a country's ISO 3166-1 alpha-3 code",
    "featureCode": "GeoNames' feature class and code of a place (A.PCLI country, P.PPLC capital …)",
    "placeResolution": "why the place is that GeoNames feature: only, prominence, context, pinned, demonym",
}

# The standard vocabularies the graph uses, by prefix.
STANDARD_PREFIXES: dict[str, str] = {
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
}


class Namespace:
    """An open namespace: ``ns["local"]`` and ``ns.local`` are IRIs under it (plain strings).

    Not a ``str`` subclass, so no string method (``title``, ``count`` …) shadows a term.

    >>> SDO = Namespace("https://schema.org/")
    >>> SDO.title, SDO["url"], str(SDO)
    ('https://schema.org/title', 'https://schema.org/url', 'https://schema.org/')
    """

    __slots__ = ("_iri",)

    def __init__(self, iri: str):
        object.__setattr__(self, "_iri", str(iri))

    def __str__(self) -> str:
        return self._iri

    def __format__(self, spec: str) -> str:
        return format(self._iri, spec)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._iri!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Namespace) and other._iri == self._iri

    def __hash__(self) -> int:
        return hash(self._iri)

    def __getitem__(self, name: str) -> str:
        return self._iri + name

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        return self._iri + name


class ClosedNamespace(Namespace):
    """A namespace whose terms are declared: any other name raises ``AttributeError`` (``KeyError`` for ``ns[name]``)."""

    __slots__ = ("_terms", "_prefix")

    def __init__(self, iri: str, terms, prefix: str):
        super().__init__(iri)
        object.__setattr__(self, "_terms", frozenset(terms))
        object.__setattr__(self, "_prefix", prefix)

    def _check(self, name: str) -> str:
        if name not in self._terms:
            raise AttributeError(f"{self._prefix}:{name} is not a declared term of the {self._prefix}: vocabulary "
                                 "(kg.terms.KG_TERMS)")
        return self._iri + name

    def __getitem__(self, name: str) -> str:
        try:
            return self._check(name)
        except AttributeError as exc:
            raise KeyError(str(exc)) from None

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        return self._check(name)

    def __contains__(self, name) -> bool:
        return name in self._terms

    def __reduce__(self):
        return (ClosedNamespace, (self._iri, tuple(sorted(self._terms)), self._prefix))


class Vocabulary:
    """The namespaces and IRIs derived from one base IRI (all plain strings).

    >>> v = Vocabulary("https://other.example/kg")
    >>> v.base, v.article_iri("a b"), v.relation_iri("take part")
    ('https://other.example/kg/', 'https://other.example/kg/article/a%20b', 'https://other.example/kg/rel/take_part')
    """

    def __init__(self, base: str = DEFAULT_BASE):
        check_base(base)
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base
        self.KG = ClosedNamespace(base + "ns#", KG_TERMS, "kg")
        self.REL = Namespace(base + "rel/")
        self.ENT = Namespace(base + "entity/")
        self.ART = Namespace(base + "article/")
        self.STMT = Namespace(base + "statement/")
        self.EVID = Namespace(base + "evidence/")
        self.ROLE = Namespace(base + "role/")
        self.ENTITIES_GRAPH = self.KG.entities
        self.STATEMENTS_GRAPH = self.KG.statements

    def __eq__(self, other) -> bool:
        return isinstance(other, Vocabulary) and other.base == self.base

    def __hash__(self) -> int:
        return hash(self.base)

    def __repr__(self) -> str:
        return f"Vocabulary({self.base!r})"

    def entity_iri(self, name: str) -> str:
        return self.ENT[slug(name)]

    def article_iri(self, article_id: str) -> str:
        return self.ART[quote(article_id, safe="-._~")]

    def relation_iri(self, lemma: str) -> str:
        return self.REL[slug(lemma, sep="_") or "related_to"]

    def prefixes(self) -> dict[str, str]:
        """Prefix → namespace IRI of every vocabulary the graph uses (for Turtle and SPARQL)."""
        return {"kg": str(self.KG), "rel": str(self.REL), "ent": str(self.ENT), "art": str(self.ART),
                "stmt": str(self.STMT), "ev": str(self.EVID), "role": str(self.ROLE), **STANDARD_PREFIXES}

    def bind(self, graph) -> None:
        """Bind readable prefixes on an rdflib graph or dataset."""
        for prefix, ns in self.prefixes().items():
            graph.bind(prefix, ns, override=True)


def base_of_article_iri(article_iri: str, article_id: str) -> str | None:
    """The base IRI that mints ``article_iri`` for ``article_id`` (``None`` when it does not).

    >>> base_of_article_iri("https://other.example/article/a%20b", "a b")
    'https://other.example/'
    """
    tail = "article/" + quote(article_id, safe="-._~")
    return article_iri[: -len(tail)] if article_iri.endswith(tail) else None


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


__all__ = ["DEFAULT_BASE", "KG_TERMS", "STANDARD_PREFIXES", "Namespace", "ClosedNamespace", "Vocabulary", "slug",
           "base_of_article_iri"]
