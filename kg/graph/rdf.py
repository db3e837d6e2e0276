"""Triples and entities → RDF quads (the model of design.md and docs/model.md).

* one named graph per article (``art:<id>``) with the article's metadata
  (Dublin Core / schema.org, its content hash), the evidence of its
  statements (``stmt kg:evidence ev``), its plain edges and the entities each
  sentence mentions;
* the shared graph ``kg:entities`` with labels, aliases, types, mention
  counts and roles;
* the shared graph ``kg:statements`` describing each statement once: subject,
  predicate, object, negation, modality, speaker, confidence (best evidence)
  and corroboration (how many distinct articles support it);
* every triple is an ``rdf:Statement`` with negation, modality,
  ``prov:wasAttributedTo`` and one evidence node per sentence (PROV-O). The
  statement IRI hashes subject, predicate, object, negation, modality and
  speaker, so the same fact read in several articles is one statement;
* a plain edge ``subject rel:<lemma> object`` only for what the article itself
  asserts (not negated, not attributed, not hedged); a speech act links its
  speaker to the statement it reports (``speaker rel:say <statement>``).

Quads are built directly as pyoxigraph terms: a million triples load into
Oxigraph in seconds, where building an rdflib ``Dataset`` first costs minutes.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

import pyoxigraph as ox

from ..records import Article, Entity, Triple
from .vocab import DCTERMS, PROV, RDF, RDFS, SDO, SKOS, TYPE_CLASSES, XSD, Vocabulary

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _digest(*parts) -> str:
    return hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=65536)
def nn(iri) -> ox.NamedNode:
    """An Oxigraph IRI from an rdflib ``URIRef`` or a string (cached: vocabulary terms repeat)."""
    return ox.NamedNode(str(iri))


class _Terms:
    """The IRIs the quads use, as Oxigraph terms made once per base IRI.

    Looking a term up through rdflib's namespace objects for every quad cost
    more than building the quad (a million lookups for the BBC corpus).
    """

    _KG = ("evidence", "Evidence", "sentence", "inSentence", "relationText", "subjectText", "objectText", "start",
           "end", "confidence", "negated", "kind", "corroboration", "modality", "reports", "contradicts", "contentHash",
           "Sentence", "mentions", "entityType", "mentionCount", "mentionedIn", "roleOf", "Entity")

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab
        for name in self._KG:
            setattr(self, name, nn(vocab.KG[name]))
        self.statements, self.entities = nn(vocab.STATEMENTS_GRAPH), nn(vocab.ENTITIES_GRAPH)


@lru_cache(maxsize=16)
def _terms_for(base: str) -> _Terms:
    return _Terms(Vocabulary(base))


def _terms(vocab: Vocabulary) -> _Terms:
    return _terms_for(vocab.base)


TYPE, STATEMENT, SUBJECT, PREDICATE, OBJECT = (nn(RDF.type), nn(RDF.Statement), nn(RDF.subject), nn(RDF.predicate),
                                               nn(RDF.object))
LABEL, PREF_LABEL, ALT_LABEL = nn(RDFS.label), nn(SKOS.prefLabel), nn(SKOS.altLabel)
DERIVED_FROM, ATTRIBUTED_TO = nn(PROV.wasDerivedFrom), nn(PROV.wasAttributedTo)
XSD_INTEGER, XSD_DECIMAL = nn(XSD.integer), nn(XSD.decimal)
HAS_OCCUPATION, ROLE, ROLE_NAME = nn(SDO.hasOccupation), nn(SDO.Role), nn(SDO.roleName)


def _lit(value, datatype=None) -> ox.Literal:
    return ox.Literal(str(value), datatype=nn(datatype)) if datatype is not None else ox.Literal(str(value))


_TRUE, _FALSE = ox.Literal("true", datatype=nn(XSD.boolean)), ox.Literal("false", datatype=nn(XSD.boolean))


def _bool(value: bool) -> ox.Literal:
    return _TRUE if value else _FALSE


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=XSD_INTEGER)


def _decimal(value: float) -> ox.Literal:
    """An xsd:decimal in Oxigraph's canonical form ("0.8", not "0.800"), so a quad read back
    from the store equals the one written and re-builds find nothing to change."""
    text = f"{round(float(value), 3):.3f}".rstrip("0").rstrip(".")
    return ox.Literal("0" if text in ("", "-0") else text, datatype=XSD_DECIMAL)


def content_hash(article: Article) -> str:
    """SHA-256 of an article's text and metadata: equal hashes mean nothing to re-read.

    >>> content_hash(Article("a", "Hi.")) == content_hash(Article("a", "Hi."))
    True
    """
    parts = (article.text, article.title, article.date, article.url, article.source)
    return hashlib.sha256("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()


def is_asserted(triple: Triple) -> bool:
    """True for a fact the article itself asserts: not negated, attributed or hedged."""
    return not triple.negated and triple.attributed_to is None and triple.modality is None


def statement_key(triple: Triple, vocab: Vocabulary) -> tuple:
    subject = vocab.entity_iri(triple.subject_entity) if triple.subject_entity else triple.subject.casefold()
    obj = vocab.entity_iri(triple.object_entity) if triple.object_entity else triple.object.casefold()
    return (subject, triple.relation_lemma, obj, triple.negated, triple.modality, triple.attributed_to)


def _statement_digest(key: tuple) -> str:
    return _digest(*key)


def _evidence_digest(triple: Triple, key: tuple) -> str:
    return _digest(triple.doc, triple.start, triple.end, *key)


def statement_iri(triple: Triple, vocab: Vocabulary):
    """The stable IRI of a triple's statement: the same fact gives the same IRI in every article."""
    return vocab.STMT[_statement_digest(statement_key(triple, vocab))]


def evidence_iri(triple: Triple, vocab: Vocabulary):
    return vocab.EVID[_evidence_digest(triple, statement_key(triple, vocab))]


def _statement_and_evidence(triple: Triple, vocab: Vocabulary) -> tuple[ox.NamedNode, ox.NamedNode]:
    """:func:`statement_iri` and :func:`evidence_iri` as Oxigraph terms, the key computed once."""
    key = statement_key(triple, vocab)
    return (ox.NamedNode(str(vocab.STMT) + _statement_digest(key)),
            ox.NamedNode(str(vocab.EVID) + _evidence_digest(triple, key)))


def sentence_iri(doc: str, start: int, vocab: Vocabulary) -> str:
    return str(vocab.KG) + "sentence-" + _digest(doc, start)


@lru_cache(maxsize=1 << 17)
def _entity_for(name: str, base: str) -> ox.NamedNode:
    return ox.NamedNode(str(_terms_for(base).vocab.entity_iri(name)))


@lru_cache(maxsize=1 << 14)
def _relation_for(lemma: str, base: str) -> ox.NamedNode:
    return ox.NamedNode(str(_terms_for(base).vocab.relation_iri(lemma)))


def _entity(name: str, vocab: Vocabulary) -> ox.NamedNode:
    return _entity_for(name, vocab.base)


def _relation(lemma: str, vocab: Vocabulary) -> ox.NamedNode:
    return _relation_for(lemma, vocab.base)


def _node(name: str | None, text: str, vocab: Vocabulary):
    return _entity(name, vocab) if name else ox.Literal(text)


def _speaker_node(name: str, entity_names, vocab: Vocabulary):
    # attributed_to holds a canonical entity name when the speaker resolved, else the text.
    return _entity(name, vocab) if entity_names is None or name in entity_names else ox.Literal(name)


def article_metadata_quads(article: Article, vocab: Vocabulary) -> list[ox.Quad]:
    """The article node: type, identifier, Dublin Core / schema.org metadata, content hash."""
    iri = nn(vocab.article_iri(article.id))
    quads = [ox.Quad(iri, nn(RDF.type), nn(SDO.NewsArticle), iri),
             ox.Quad(iri, nn(DCTERMS.identifier), ox.Literal(article.id), iri),
             ox.Quad(iri, nn(vocab.KG.contentHash), ox.Literal(content_hash(article)), iri)]
    if article.title:
        quads += [ox.Quad(iri, nn(DCTERMS.title), ox.Literal(article.title), iri),
                  ox.Quad(iri, nn(SDO.headline), ox.Literal(article.title), iri)]
    if article.date:
        date = _lit(article.date, XSD.date) if _ISO_DATE.match(article.date) else ox.Literal(article.date)
        quads += [ox.Quad(iri, nn(DCTERMS.date), date, iri), ox.Quad(iri, nn(SDO.datePublished), date, iri)]
    if article.url:
        quads.append(ox.Quad(iri, nn(SDO.url), ox.Literal(article.url), iri))
    if article.source:
        quads += [ox.Quad(iri, nn(DCTERMS.source), ox.Literal(article.source), iri),
                  ox.Quad(iri, nn(SDO.publisher), ox.Literal(article.source), iri)]
    return quads


def one_per_evidence(triples: Iterable[Triple], vocab: Vocabulary) -> list[Triple]:
    """The triples with one per evidence node: the same fact read twice in one sentence
    (two readings of one clause) keeps its most confident reading, in first-seen order."""
    return [t for t, _stmt, _evidence in _one_per_evidence(triples, vocab)]


def _one_per_evidence(triples: Iterable[Triple], vocab: Vocabulary) -> list[tuple[Triple, ox.NamedNode, ox.NamedNode]]:
    best: dict[ox.NamedNode, tuple[Triple, ox.NamedNode, ox.NamedNode]] = {}
    for t in triples:
        stmt, evidence = _statement_and_evidence(t, vocab)
        if evidence not in best or t.confidence > best[evidence][0].confidence:
            best[evidence] = (t, stmt, evidence)
    return list(best.values())


def triple_quads(triples: Sequence[Triple], vocab: Vocabulary) -> list[ox.Quad]:
    """What an article contributes about its triples, in its own graph: one evidence node
    per triple (``stmt kg:evidence ev``), the plain edges it asserts, and speech links.

    The statements themselves are described once, in the shared graph
    (:func:`statement_quads`): Oxigraph's union default graph does not
    de-duplicate, so a statement repeated in two article graphs would count
    twice in every join.
    """
    K = _terms(vocab)
    Q = ox.Quad
    quads: list[ox.Quad] = []
    content_of_sentence: dict[tuple, ox.NamedNode] = {}
    speech: list[tuple[Triple, ox.NamedNode]] = []
    graphs: dict[str, ox.NamedNode] = {}
    for t, stmt, evidence in _one_per_evidence(triples, vocab):
        g = graphs.get(t.doc) or graphs.setdefault(t.doc, nn(vocab.article_iri(t.doc)))
        quads += [
            Q(stmt, K.evidence, evidence, g),
            Q(evidence, TYPE, K.Evidence, g),
            Q(evidence, DERIVED_FROM, g, g),
            Q(evidence, K.sentence, ox.Literal(t.sentence), g),
            Q(evidence, K.inSentence, ox.NamedNode(sentence_iri(t.doc, t.start, vocab)), g),
            Q(evidence, K.relationText, ox.Literal(t.relation), g),
            Q(evidence, K.subjectText, ox.Literal(t.subject), g),
            Q(evidence, K.objectText, ox.Literal(t.object), g),
            Q(evidence, K.start, _int(t.start), g),
            Q(evidence, K.end, _int(t.end), g),
            Q(evidence, K.confidence, _decimal(t.confidence), g),
        ]
        if t.attributed_to:
            content_of_sentence[(t.doc, t.start)] = stmt
        if t.kind == "speech":
            speech.append((t, stmt))
        elif is_asserted(t) and t.subject_entity and (t.object_entity or t.object.strip()):
            # an intransitive reading ("Israel is doing very well") has no object to link to
            quads.append(Q(_entity(t.subject_entity, vocab), _relation(t.relation_lemma, vocab),
                           _node(t.object_entity, t.object, vocab), g))
    # A speech act links its speaker to the statement it reports, when that was read.
    for t, stmt in speech:
        content = content_of_sentence.get((t.doc, t.start))
        if content is not None and t.subject_entity and not t.negated:
            quads.append(Q(_entity(t.subject_entity, vocab), _relation(t.relation_lemma, vocab), content, graphs[t.doc]))
    return quads


def statement_groups(triples: Iterable[Triple], vocab: Vocabulary, entity_names=None) -> Iterator[list[ox.Quad]]:
    """The shared graph ``kg:statements``, one list of quads per subject (a statement or a relation).

    Every quad about one subject is in one group, so a store can bring the
    graph up to date subject by subject without holding all of it.
    """
    K = _terms(vocab)
    Q = ox.Quad
    g = K.statements
    first: dict[ox.NamedNode, Triple] = {}
    best: dict[ox.NamedNode, float] = {}
    # the supporting articles: most statements have one, kept as its id rather than a set
    docs: dict[ox.NamedNode, str | set[str]] = {}
    content_of_sentence: dict[tuple, ox.NamedNode] = {}
    speech_acts: list[tuple[Triple, ox.NamedNode]] = []
    for t in triples:
        stmt = ox.NamedNode(str(statement_iri(t, vocab)))
        first.setdefault(stmt, t)
        best[stmt] = max(best.get(stmt, 0.0), float(t.confidence))
        seen = docs.setdefault(stmt, t.doc)
        if isinstance(seen, set):
            seen.add(t.doc)
        elif seen != t.doc:
            docs[stmt] = {seen, t.doc}
        if t.kind == "speech":
            speech_acts.append((t, stmt))
        elif t.attributed_to:
            content_of_sentence[(t.doc, t.start)] = stmt
    reports: dict[ox.NamedNode, set[ox.NamedNode]] = defaultdict(set)
    for t, stmt in speech_acts:
        content = content_of_sentence.get((t.doc, t.start))
        if content is not None:
            reports[stmt].add(content)
    del content_of_sentence, speech_acts
    contradicts = _contradictions(first, vocab)
    relations: dict[ox.NamedNode, str] = {}
    for stmt, t in first.items():
        predicate = _relation(t.relation_lemma, vocab)
        relations.setdefault(predicate, t.relation_lemma)
        group = [
            Q(stmt, TYPE, STATEMENT, g),
            Q(stmt, SUBJECT, _node(t.subject_entity, t.subject, vocab), g),
            Q(stmt, PREDICATE, predicate, g),
            Q(stmt, OBJECT, _node(t.object_entity, t.object, vocab), g),
            Q(stmt, K.negated, _bool(t.negated), g),
            Q(stmt, K.kind, ox.Literal(t.kind), g),
            Q(stmt, K.confidence, _decimal(best[stmt]), g),
            Q(stmt, K.corroboration, _int(len(docs[stmt]) if isinstance(docs[stmt], set) else 1), g),
        ]
        if t.modality:
            group.append(Q(stmt, K.modality, ox.Literal(t.modality), g))
        if t.attributed_to:
            group.append(Q(stmt, ATTRIBUTED_TO, _speaker_node(t.attributed_to, entity_names, vocab), g))
        group += [Q(stmt, K.reports, content, g) for content in reports.get(stmt, ())]
        group += [Q(stmt, K.contradicts, other, g) for other in contradicts.get(stmt, ())]
        yield group
    for predicate, lemma in relations.items():
        yield [Q(predicate, LABEL, ox.Literal(lemma), g)]


def _contradictions(statements: Mapping[ox.NamedNode, Triple], vocab: Vocabulary) -> dict[ox.NamedNode, list[ox.NamedNode]]:
    """Negated statement → the asserted statements with the same subject, relation and object
    (any speaker or modality; speech acts are not claims). Computed here because the
    equivalent SPARQL join over the whole store takes Oxigraph close to a minute on the BBC corpus."""
    def key(t: Triple) -> tuple:
        return (_node(t.subject_entity, t.subject, vocab), t.relation_lemma, _node(t.object_entity, t.object, vocab))

    asserted: dict[tuple, list[ox.NamedNode]] = defaultdict(list)
    for stmt, t in statements.items():
        if not t.negated and t.kind != "speech":
            asserted[key(t)].append(stmt)
    return {stmt: asserted[key(t)] for stmt, t in statements.items() if t.negated and key(t) in asserted}


def statement_quads(triples: Iterable[Triple], vocab: Vocabulary, entity_names=None) -> list[ox.Quad]:
    """Every statement, described once in the shared graph ``kg:statements``.

    ``rdf:subject/predicate/object``, ``kg:negated``, ``kg:modality``,
    ``prov:wasAttributedTo`` (the speaker, an entity IRI when it resolved),
    ``kg:reports`` (speech act → the statement it reports), ``kg:contradicts``
    (negated statement → the same claim asserted), ``kg:confidence`` (best
    evidence) and ``kg:corroboration`` (distinct supporting articles).
    ``entity_names`` tells which speakers are entities (``None``: all).
    """
    return [q for group in statement_groups(triples, vocab, entity_names) for q in group]


def sentence_quads(doc: str, sentence_entities: Mapping[int, Iterable[str]], vocab: Vocabulary) -> list[ox.Quad]:
    """Which entities each sentence of an article mentions (``kg:Sentence kg:mentions ent:X``).

    ``sentence_entities`` maps a sentence's start offset to canonical entity names.
    """
    K = _terms(vocab)
    g = nn(vocab.article_iri(doc))
    quads = []
    for start, names in sorted(sentence_entities.items()):
        names = sorted(set(names))
        if not names:
            continue
        s = ox.NamedNode(sentence_iri(doc, start, vocab))
        quads += [ox.Quad(s, TYPE, K.Sentence, g), ox.Quad(s, DERIVED_FROM, g, g), ox.Quad(s, K.start, _int(start), g)]
        quads += [ox.Quad(s, K.mentions, _entity(n, vocab), g) for n in names]
    return quads


def merge_same_iri(entities: Iterable[Entity]) -> list[Entity]:
    """One entity per IRI: two canonical names with the same slug ("U.S." and "US") would
    otherwise give one IRI two labels and two mention counts. The most mentioned
    name stays the label; the others become aliases.

    >>> a = Entity("U.S.", "GPE", ("U.S.",), "e:us", 19, ("d1",))
    >>> b = Entity("US", "GPE", ("US",), "e:us", 13, ("d2",))
    >>> m = merge_same_iri([a, b])[0]
    >>> m.name, m.aliases, m.mentions, m.docs
    ('U.S.', ('U.S.', 'US'), 32, ('d1', 'd2'))
    """
    groups: dict[str, list[Entity]] = {}
    for e in entities:
        groups.setdefault(e.iri, []).append(e)
    merged = []
    for group in groups.values():
        if len(group) == 1:
            merged.append(group[0])
            continue
        group.sort(key=lambda e: (-e.mentions, e.name))
        head = group[0]
        aliases = sorted({a for e in group for a in e.aliases} | {e.name for e in group})
        merged.append(Entity(head.name, head.type, tuple(aliases), head.iri, sum(e.mentions for e in group),
                             tuple(sorted({d for e in group for d in e.docs})),
                             tuple(dict.fromkeys(r for e in group for r in e.roles))))
    return merged


def entity_groups(entities: Iterable[Entity], vocab: Vocabulary) -> Iterator[list[ox.Quad]]:
    """The shared graph ``kg:entities``, one list of quads per entity (with its role nodes)."""
    K = _terms(vocab)
    Q = ox.Quad
    g = K.entities
    for e in merge_same_iri(entities):
        iri = nn(e.iri)
        group = [Q(iri, TYPE, nn(TYPE_CLASSES.get(e.type, vocab.KG.Entity)), g),
                 Q(iri, K.entityType, ox.Literal(e.type), g),
                 Q(iri, LABEL, ox.Literal(e.name), g),
                 Q(iri, PREF_LABEL, ox.Literal(e.name), g),
                 Q(iri, K.mentionCount, _int(e.mentions), g)]
        group += [Q(iri, ALT_LABEL, ox.Literal(a), g) for a in e.aliases if a != e.name]
        group += [Q(iri, K.mentionedIn, nn(vocab.article_iri(d)), g) for d in e.docs]
        for role in e.roles:
            role_iri = nn(vocab.ROLE[_digest(e.name, role.role, role.of)])
            group += [Q(iri, HAS_OCCUPATION, role_iri, g),
                      Q(role_iri, TYPE, ROLE, g),
                      Q(role_iri, ROLE_NAME, ox.Literal(role.role), g)]
            if role.of:
                group.append(Q(role_iri, K.roleOf, _entity(role.of, vocab), g))
        yield group


def entity_quads(entities: Iterable[Entity], vocab: Vocabulary) -> list[ox.Quad]:
    """Entity descriptions in the shared graph: type, label, aliases, mentions, articles, roles."""
    return [q for group in entity_groups(entities, vocab) for q in group]


def article_quads(article: Article, triples: Sequence[Triple], vocab: Vocabulary,
                  sentence_entities: Mapping[int, Iterable[str]] | None = None) -> list[ox.Quad]:
    """Everything in one article's named graph (metadata, statements, evidence, sentences)."""
    quads = article_metadata_quads(article, vocab)
    quads += triple_quads(triples, vocab)
    if sentence_entities:
        quads += sentence_quads(article.id, sentence_entities, vocab)
    return quads


def graph_quads(articles: Iterable[Article], triples: Iterable[Triple], entities: Iterable[Entity],
                vocab: Vocabulary | None = None,
                sentence_entities: Mapping[str, Mapping[int, Iterable[str]]] | None = None) -> Iterator[ox.Quad]:
    """Every quad of the graph: article graphs, then the shared entity and statement graphs."""
    vocab = vocab or Vocabulary()
    entities = list(entities)
    names = {e.name for e in entities}
    by_doc: dict[str, list[Triple]] = defaultdict(list)
    triples = list(triples)
    for t in triples:
        by_doc[t.doc].append(t)
    for article in articles:
        yield from article_quads(article, by_doc.get(article.id, ()), vocab, (sentence_entities or {}).get(article.id))
    yield from entity_quads(entities, vocab)
    yield from statement_quads(triples, vocab, names)


def to_store(articles, triples, entities, vocab: Vocabulary | None = None, sentence_entities=None,
             store: ox.Store | None = None) -> ox.Store:
    """The whole graph in an Oxigraph store (a new in-memory one unless ``store`` is given)."""
    store = store if store is not None else ox.Store()
    store.extend(graph_quads(articles, triples, entities, vocab, sentence_entities))
    return store


def store_to_dataset(store: ox.Store, vocab: Vocabulary | None = None):
    """An rdflib ``Dataset`` copy of an Oxigraph store (for code that wants rdflib)."""
    from rdflib import Dataset

    ds = Dataset()
    (vocab or Vocabulary()).bind(ds)
    ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    return ds


def to_rdf(articles: Iterable[Article], triples: Iterable[Triple], entities: Iterable[Entity],
           vocab: Vocabulary | None = None, sentence_entities=None):
    """The whole graph as an rdflib ``Dataset`` (named graphs per article)."""
    return store_to_dataset(to_store(articles, triples, entities, vocab, sentence_entities), vocab)


def sentence_entities(analyses, resolution) -> dict[str, dict[int, set[str]]]:
    """Per article, per sentence start: the canonical entities its mentions resolved to."""
    out: dict[str, dict[int, set[str]]] = {}
    for a in analyses:
        doc = a.article.id
        per_sentence: dict[int, set[str]] = defaultdict(set)
        for m in a.mentions:
            name = resolution.entity_at(doc, m.start)
            if name:
                per_sentence[m.sent_start].add(name)
        out[doc] = dict(per_sentence)
    return out
