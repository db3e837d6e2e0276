"""Triples and entities → RDF (the model of design.md).

* one named graph per article (``art:<id>``) with the article's metadata, its
  statements and their evidence;
* the shared graph ``kg:entities`` with labels, aliases, types and roles;
* every triple is an ``rdf:Statement`` with negation, modality, attribution,
  confidence and one evidence node per sentence (PROV-O). The statement IRI
  is a hash of subject, predicate, object, negation, modality and speaker, so
  the same fact read in several articles is one statement with several
  evidences;
* a plain edge ``subject rel:<lemma> object`` only for what the article itself
  asserts (not negated, not attributed, not hedged).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable

from rdflib import Dataset, Literal, URIRef

from ..records import Article, Entity, Triple
from .vocab import DCTERMS, PROV, RDF, RDFS, SDO, SKOS, TYPE_CLASSES, XSD, Vocabulary


def _digest(*parts) -> str:
    return hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def is_asserted(triple: Triple) -> bool:
    """True for a fact the article itself asserts: not negated, attributed or hedged."""
    return not triple.negated and triple.attributed_to is None and triple.modality is None


def statement_key(triple: Triple, vocab: Vocabulary) -> tuple:
    subject = vocab.entity_iri(triple.subject_entity) if triple.subject_entity else triple.subject.casefold()
    obj = vocab.entity_iri(triple.object_entity) if triple.object_entity else triple.object.casefold()
    return (subject, triple.relation_lemma, obj, triple.negated, triple.modality, triple.attributed_to)


def statement_iri(triple: Triple, vocab: Vocabulary) -> URIRef:
    """The stable IRI of a triple's statement: the same fact gives the same IRI in every article."""
    return vocab.STMT[_digest(*statement_key(triple, vocab))]


def evidence_iri(triple: Triple, vocab: Vocabulary) -> URIRef:
    return vocab.EVID[_digest(triple.doc, triple.start, triple.end, *statement_key(triple, vocab))]


def _node(name: str | None, text: str, vocab: Vocabulary):
    return vocab.entity_iri(name) if name else Literal(text)


def _speaker_node(name: str, entity_names, vocab: Vocabulary):
    # attributed_to holds a canonical entity name when the speaker resolved, else the text.
    return vocab.entity_iri(name) if entity_names is None or name in entity_names else Literal(name)


def add_article(ds: Dataset, article: Article, vocab: Vocabulary) -> URIRef:
    """The article node with its Dublin Core / schema.org metadata, in its own graph."""
    iri = vocab.article_iri(article.id)
    g = ds.graph(iri)
    g.add((iri, RDF.type, SDO.NewsArticle))
    g.add((iri, DCTERMS.identifier, Literal(article.id)))
    for prop, value in ((DCTERMS.title, article.title), (DCTERMS.date, article.date),
                        (SDO.url, article.url), (DCTERMS.source, article.source)):
        if value:
            g.add((iri, prop, Literal(value)))
    return iri


def add_triples(ds: Dataset, triples: Iterable[Triple], vocab: Vocabulary, entity_names=None) -> int:
    """Write each triple into its article's graph; return how many were written.

    ``entity_names`` (canonical names) tells which speakers are entities;
    ``None`` takes every speaker for one.
    """
    count = 0
    content_of_sentence: dict[tuple, URIRef] = {}
    speech: list[tuple[Triple, URIRef]] = []
    for t in triples:
        g = ds.graph(vocab.article_iri(t.doc))
        stmt = statement_iri(t, vocab)
        subject = _node(t.subject_entity, t.subject, vocab)
        predicate = vocab.relation_iri(t.relation_lemma)
        obj = _node(t.object_entity, t.object, vocab)
        g.add((stmt, RDF.type, RDF.Statement))
        g.add((stmt, RDF.subject, subject))
        g.add((stmt, RDF.predicate, predicate))
        g.add((stmt, RDF.object, obj))
        g.add((stmt, vocab.KG.negated, Literal(t.negated)))
        if t.modality:
            g.add((stmt, vocab.KG.modality, Literal(t.modality)))
        if t.attributed_to:
            g.add((stmt, PROV.wasAttributedTo, _speaker_node(t.attributed_to, entity_names, vocab)))
            content_of_sentence[(t.doc, t.start)] = stmt
        g.add((predicate, RDFS.label, Literal(t.relation_lemma)))
        evidence = evidence_iri(t, vocab)
        g.add((stmt, vocab.KG.evidence, evidence))
        g.add((evidence, RDF.type, vocab.KG.Evidence))
        g.add((evidence, PROV.wasDerivedFrom, vocab.article_iri(t.doc)))
        g.add((evidence, vocab.KG.sentence, Literal(t.sentence)))
        g.add((evidence, vocab.KG.relationText, Literal(t.relation)))
        g.add((evidence, vocab.KG.subjectText, Literal(t.subject)))
        g.add((evidence, vocab.KG.objectText, Literal(t.object)))
        g.add((evidence, vocab.KG.start, Literal(t.start, datatype=XSD.integer)))
        g.add((evidence, vocab.KG.end, Literal(t.end, datatype=XSD.integer)))
        g.add((evidence, vocab.KG.confidence, Literal(t.confidence, datatype=XSD.decimal)))
        if t.kind == "speech":
            speech.append((t, stmt))
        if is_asserted(t) and not isinstance(subject, Literal) and t.kind != "speech":
            g.add((subject, predicate, obj))
        count += 1
    # A speech act links its speaker to the statement it reports, when that was read.
    for t, stmt in speech:
        content = content_of_sentence.get((t.doc, t.start))
        if t.subject_entity and content is not None and not t.negated:
            g = ds.graph(vocab.article_iri(t.doc))
            g.add((vocab.entity_iri(t.subject_entity), vocab.relation_iri(t.relation_lemma), content))
            g.add((stmt, vocab.KG.reports, content))
    return count


def add_entities(ds: Dataset, entities: Iterable[Entity], vocab: Vocabulary) -> None:
    """Entity descriptions in the shared graph: type, label, aliases, mentions, roles."""
    g = ds.graph(vocab.ENTITIES_GRAPH)
    for e in entities:
        iri = URIRef(e.iri)
        g.add((iri, RDF.type, TYPE_CLASSES.get(e.type, vocab.KG.Entity)))
        g.add((iri, vocab.KG.entityType, Literal(e.type)))
        g.add((iri, RDFS.label, Literal(e.name)))
        g.add((iri, SKOS.prefLabel, Literal(e.name)))
        for alias in e.aliases:
            if alias != e.name:
                g.add((iri, SKOS.altLabel, Literal(alias)))
        g.add((iri, vocab.KG.mentionCount, Literal(e.mentions, datatype=XSD.integer)))
        for doc in e.docs:
            g.add((iri, vocab.KG.mentionedIn, vocab.article_iri(doc)))
        for role in e.roles:
            role_iri = vocab.ROLE[_digest(e.name, role.role, role.of)]
            g.add((iri, SDO.hasOccupation, role_iri))
            g.add((role_iri, RDF.type, SDO.Role))
            g.add((role_iri, SDO.roleName, Literal(role.role)))
            if role.of:
                g.add((role_iri, vocab.KG.roleOf, vocab.entity_iri(role.of)))


def to_rdf(articles: Iterable[Article], triples: Iterable[Triple], entities: Iterable[Entity],
           vocab: Vocabulary | None = None) -> Dataset:
    """The whole graph as an rdflib ``Dataset`` (named graphs per article)."""
    vocab = vocab or Vocabulary()
    ds = Dataset()
    vocab.bind(ds)
    for article in articles:
        add_article(ds, article, vocab)
    entities = list(entities)
    add_triples(ds, triples, vocab, {e.name for e in entities})
    add_entities(ds, entities, vocab)
    return ds
