"""Triples and entities → RDF quads (the model of docs/model.md).

* one named graph per article (``art:<id>``) with the article's metadata
  (Dublin Core / schema.org, its content hash), the evidence of its
  statements (``stmt kg:evidence ev``), its plain edges and the entities each
  sentence mentions;
* the shared graph ``kg:entities`` with labels, aliases, types, mention
  counts and roles;
* the shared graph ``kg:statements`` describing each statement once: subject,
  predicate, object, negation, modality, speaker, confidence (best evidence)
  and corroboration (how many distinct articles support it with evidence that
  passes the plain-edge gate: 0 when every reading is below ``--min-confidence``);
* every triple is an ``rdf:Statement`` with negation, modality,
  ``prov:wasAttributedTo`` and one evidence node per sentence (PROV-O). The
  statement IRI hashes subject, predicate, object, negation, modality and
  speaker, so the same fact read in several articles is one statement;
* a plain edge ``subject rel:<lemma> object`` only for what the article itself
  asserts (not negated, not attributed, not hedged) with a confidence at or
  above the threshold (``--min-confidence``, kg.extract.confidence.asserts_plainly);
  a speech act links its
  speaker to the statement it reports (``speaker rel:say <statement>``).

A quad is built as N-Quads text, the line ``<s> <p> <o> <g>`` that
``str(pyoxigraph.Quad)`` gives (so it compares equal to a quad read back from a
store): text is ~10x cheaper to make than pyoxigraph terms (an ``ox.Quad`` costs
2 µs, and the BBC corpus has 2.5 M quads) and goes to Oxigraph's bulk loader as
it is. The text of terms is :mod:`kg.graph.ntext`.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

import pyoxigraph as ox

from ..extract.confidence import asserts_plainly
from ..records import Article, Entity, Triple, merged_roles
from ..terms import KG_TERMS, Vocabulary
from .ntext import (ALT_LABEL, ATTRIBUTED_TO, DERIVED_FROM, HAS_OCCUPATION, LABEL, OBJECT, PREDICATE, PREF_LABEL,
                    ROLE, ROLE_NAME, STATEMENT, SUBJECT, TYPE, XSD_DATE, _bool, _decimal, _digest, _int,
                    iri, literal, nn, nquads)
from .geo import geo_quads
from .vocab import DCTERMS, RDF, SDO, TYPE_CLASSES, XSD


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _Terms:
    """The IRIs the quads use, as text made once per base IRI.

    Looking a term up through a namespace object for every quad cost more than
    building the quad (a million lookups for the BBC corpus).
    """

    def __init__(self, vocab: Vocabulary):
        nn(vocab.base)  # a base that is no IRI fails here, not in the bulk loader
        self.vocab = vocab
        for name in KG_TERMS:  # every declared kg: term, as text
            setattr(self, name, iri(vocab.KG[name]))
        self.statements, self.entities = iri(vocab.STATEMENTS_GRAPH), iri(vocab.ENTITIES_GRAPH)
        self.statement_ns, self.evidence_ns = str(vocab.STMT), str(vocab.EVID)
        self.sentence_ns = str(vocab.KG) + "sentence-"


@lru_cache(maxsize=16)
def _terms_for(base: str) -> _Terms:
    return _Terms(Vocabulary(base))


def _terms(vocab: Vocabulary) -> _Terms:
    return _terms_for(vocab.base)


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


# A store updated in place (kg.graph.stream) names an entity in the triples it writes by this mark and
# the name its IRI was minted from ("\x1fGeorge Bush" for the entity labelled George W Bush): the
# slug ignores the mark, so the IRI is the one minted first; names as keys drop it (:func:`plain_name`).
ENTITY_REF = "\x1f"


def plain_name(name: str | None) -> str | None:
    """A name without the mark of :data:`ENTITY_REF` (what is hashed into statement and role IRIs)."""
    return name[1:] if name and name[0] == ENTITY_REF else name


def statement_key(triple: Triple, vocab: Vocabulary) -> tuple:
    subject = vocab.entity_iri(triple.subject_entity) if triple.subject_entity else triple.subject.casefold()
    obj = vocab.entity_iri(triple.object_entity) if triple.object_entity else triple.object.casefold()
    return (subject, triple.relation_lemma, obj, triple.negated, triple.modality, plain_name(triple.attributed_to))


def _statement_digest(key: tuple) -> str:
    return _digest(*key)


def _evidence_digest(triple: Triple, key: tuple) -> str:
    return _digest(triple.doc, triple.start, triple.end, *key)


def statement_iri(triple: Triple, vocab: Vocabulary):
    """The stable IRI of a triple's statement: the same fact gives the same IRI in every article."""
    return vocab.STMT[_statement_digest(statement_key(triple, vocab))]


def _statement_term(triple: Triple, K: "_Terms", key: tuple | None = None) -> str:
    """:func:`statement_iri` as a term (``key``: the triple's :func:`statement_key`, when known)."""
    return "<" + K.statement_ns + _statement_digest(key or statement_key(triple, K.vocab)) + ">"


def _statement_and_evidence(triple: Triple, K: "_Terms") -> tuple[str, str]:
    """:func:`statement_iri` and the IRI of the triple's evidence node as terms, the key computed once."""
    key = statement_key(triple, K.vocab)
    return _statement_term(triple, K, key), "<" + K.evidence_ns + _evidence_digest(triple, key) + ">"


def _sentence(doc: str, start: int, K: "_Terms") -> str:
    """The IRI term of the sentence of article ``doc`` that starts at ``start``."""
    return "<" + K.sentence_ns + _digest(doc, start) + ">"


@lru_cache(maxsize=1 << 17)
def _entity_for(name: str, base: str) -> str:
    return iri(_terms_for(base).vocab.entity_iri(name))


@lru_cache(maxsize=1 << 14)
def _relation_for(lemma: str, base: str) -> str:
    return iri(_terms_for(base).vocab.relation_iri(lemma))


@lru_cache(maxsize=1 << 14)
def _article_for(article_id: str, base: str) -> str:
    return iri(_terms_for(base).vocab.article_iri(article_id))


def _entity(name: str, vocab: Vocabulary) -> str:
    return _entity_for(name, vocab.base)


def _relation(lemma: str, vocab: Vocabulary) -> str:
    return _relation_for(lemma, vocab.base)


def _article(article_id: str, vocab: Vocabulary) -> str:
    return _article_for(article_id, vocab.base)


def _node(name: str | None, text: str, vocab: Vocabulary) -> str:
    return _entity(name, vocab) if name else literal(text)


def _speaker_node(name: str, entity_names, vocab: Vocabulary) -> str:
    # attributed_to holds a canonical entity name when the speaker resolved, else the text.
    return _entity(name, vocab) if entity_names is None or name in entity_names else literal(name)


def content_hash_quad(article: Article, vocab: Vocabulary) -> str:
    """The quad of the article's content hash, in its graph (a store writes it last)."""
    g = _article(article.id, vocab)
    return f"{g} {_terms(vocab).contentHash} {literal(content_hash(article))} {g}"


def article_metadata_quads(article: Article, vocab: Vocabulary) -> list[str]:
    """The article node: type, identifier, Dublin Core / schema.org metadata, content hash."""
    g = _article(article.id, vocab)

    def about(predicate, value: str) -> str:
        return f"{g} {iri(predicate)} {value} {g}"

    quads = [about(RDF.type, iri(SDO.NewsArticle)), about(DCTERMS.identifier, literal(article.id)),
             content_hash_quad(article, vocab)]
    if article.title:
        quads += [about(DCTERMS.title, literal(article.title)), about(SDO.headline, literal(article.title))]
    if article.date:
        date = time_literal(article.date)
        quads += [about(DCTERMS.date, date), about(SDO.datePublished, date)]
    if article.url:
        quads.append(about(SDO.url, literal(article.url)))
    if article.source:
        quads += [about(DCTERMS.source, literal(article.source)), about(SDO.publisher, literal(article.source))]
    return quads


_TIME_TYPES = {4: iri(XSD.gYear), 7: iri(XSD.gYearMonth), 10: XSD_DATE}


def time_literal(value: str) -> str:
    """An ISO 8601 date at its precision as a typed literal: xsd:date, xsd:gYearMonth, xsd:gYear,
    or xsd:dateTime with a time; a plain string when it is none of them.

    >>> [time_literal(v).split("#")[-1] for v in ("2025-06-13", "2025-06", "2025", "2025-06-13T09:00:00+00:00")]
    ['date>', 'gYearMonth>', 'gYear>', 'dateTime>']
    """
    if _ISO_DATE.match(value[:10]) and len(value) > 10 and value[10] == "T":
        return literal(value, iri(XSD.dateTime))
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return literal(value, _TIME_TYPES[len(value)])
    return literal(value)


def time_quads(t: Triple, ev: str, K: "_Terms", g: str) -> list[str]:
    """The time of an evidence's clause: ``kg:time`` (and ``kg:timeEnd`` for a range) as typed
    literals, ``kg:timeText`` as written, ``kg:timeResolution``; nothing when it has none."""
    if not t.time_text:
        return []
    quads = [f"{ev} {K.timeText} {literal(t.time_text)} {g}",
             f"{ev} {K.timeResolution} {literal(t.time_resolution or 'unresolved')} {g}"]
    if t.time:
        start, _, end = t.time.partition("/")
        quads.append(f"{ev} {K.time} {time_literal(start)} {g}")
        if end:
            quads.append(f"{ev} {K.timeEnd} {time_literal(end)} {g}")
    return quads


def _one_per_evidence(triples: Iterable[Triple], K: _Terms) -> list[tuple[Triple, str, str]]:
    """The triples with one per evidence node, with their statement and evidence terms: the same
    fact read twice in one sentence (two readings of one clause) keeps its most confident reading,
    in first-seen order."""
    best: dict[str, tuple[Triple, str, str]] = {}
    for t in triples:
        stmt, evidence = _statement_and_evidence(t, K)
        if evidence not in best or t.confidence > best[evidence][0].confidence:
            best[evidence] = (t, stmt, evidence)
    return list(best.values())


def speech_reports(said: Iterable[tuple[Triple, str]]) -> list[tuple[Triple, str, str]]:
    """Each speech act with the statement it reports: ``(speech triple, its statement, the
    reported statement)``. ``said`` holds ``(triple, statement)`` pairs; the reported statement
    is the one read in the same sentence and attributed to a speaker (the last such reading),
    and a speech act is never itself the content of another.
    """
    content_of_sentence: dict[tuple, str] = {}
    speech: list[tuple[Triple, str]] = []
    for t, stmt in said:
        if t.kind == "speech":
            speech.append((t, stmt))
        elif t.attributed_to:
            content_of_sentence[(t.doc, t.start)] = stmt
    return [(t, stmt, content_of_sentence[(t.doc, t.start)]) for t, stmt in speech
            if (t.doc, t.start) in content_of_sentence]


def triple_quads(triples: Sequence[Triple], vocab: Vocabulary) -> list[str]:
    """What an article contributes about its triples, in its own graph: one evidence node
    per triple (``stmt kg:evidence ev``), the plain edges it asserts, and speech links.

    The statements themselves are described once, in the shared graph
    (:func:`statement_quads`): Oxigraph's union default graph does not
    de-duplicate, so a statement repeated in two article graphs would count
    twice in every join.
    """
    K = _terms(vocab)
    quads: list[str] = []
    said: list[tuple[Triple, str]] = []
    for t, stmt, ev in _one_per_evidence(triples, K):
        g = _article(t.doc, vocab)
        quads += [
            f"{stmt} {K.evidence} {ev} {g}",
            f"{ev} {TYPE} {K.Evidence} {g}",
            f"{ev} {DERIVED_FROM} {g} {g}",
            f"{ev} {K.sentence} {literal(t.sentence)} {g}",
            f"{ev} {K.inSentence} {_sentence(t.doc, t.start, K)} {g}",
            f"{ev} {K.relationText} {literal(t.relation)} {g}",
            f"{ev} {K.subjectText} {literal(t.subject)} {g}",
            f"{ev} {K.objectText} {literal(t.object)} {g}",
            f"{ev} {K.start} {_int(t.start)} {g}",
            f"{ev} {K.end} {_int(t.end)} {g}",
            f"{ev} {K.confidence} {_decimal(t.confidence)} {g}",
        ]
        quads += time_quads(t, ev, K, g)
        if t.kind == "speech" or t.attributed_to:
            said.append((t, stmt))
        if (t.kind != "speech" and is_asserted(t) and asserts_plainly(t.confidence) and t.subject_entity
                and (t.object_entity or t.object.strip())):
            # an intransitive reading ("Israel is doing very well") has no object to link to
            quads.append(f"{_entity(t.subject_entity, vocab)} {_relation(t.relation_lemma, vocab)} "
                         f"{_node(t.object_entity, t.object, vocab)} {g}")
    # A speech act links its speaker to the statement it reports, when that was read.
    for t, _stmt, content in speech_reports(said):
        if t.subject_entity and not t.negated:
            quads.append(f"{_entity(t.subject_entity, vocab)} {_relation(t.relation_lemma, vocab)} {content} "
                         f"{_article(t.doc, vocab)}")
    return quads


def statement_groups(triples: Iterable[Triple], vocab: Vocabulary, entity_names=None) -> Iterator[list[str]]:
    """The shared graph ``kg:statements``, one list of quads per subject (a statement or a relation).

    Every quad about one subject is in one group, so a store can bring the
    graph up to date subject by subject without holding all of it.
    """
    K = _terms(vocab)
    g = K.statements
    # the triple that writes each statement's text: the earliest evidence in article-id order
    # (:func:`_earliest`), so the files of a build and a store, which see articles in different
    # orders, write the same text ("South African President" / "South African president")
    first: dict[str, Triple] = {}
    best: dict[str, float] = {}
    # the supporting articles, those whose evidence passes the plain-edge gate (asserts_plainly): most
    # statements have one, kept as its id rather than a set
    docs: dict[str, str | set[str]] = {}
    # every article with evidence for it, whatever its confidence (what "how many articles report
    # this" means for a quotation, a denial or a hedge, which are never plain edges)
    reporting: dict[str, str | set[str]] = {}
    said: list[tuple[Triple, str]] = []
    for t in triples:
        stmt = _statement_term(t, K)
        seen = first.setdefault(stmt, t)
        if seen is not t and _earliest(t) < _earliest(seen):
            first[stmt] = t
        best[stmt] = max(best.get(stmt, 0.0), float(t.confidence))
        _add_doc(reporting, stmt, t.doc)
        if asserts_plainly(t.confidence):
            _add_doc(docs, stmt, t.doc)
        if t.kind == "speech" or t.attributed_to:
            said.append((t, stmt))
    reports: dict[str, set[str]] = defaultdict(set)
    for _t, stmt, content in speech_reports(said):
        reports[stmt].add(content)
    del said
    contradicts = _contradictions(first, vocab)
    relations: dict[str, str] = {}
    for stmt, t in first.items():
        predicate = _relation(t.relation_lemma, vocab)
        # lemmas that differ in spelling only ("set up", "set-up") name one relation: label it with the
        # least, whatever order they came in
        relations[predicate] = min(relations.get(predicate, t.relation_lemma), t.relation_lemma)
        yield statement_group(stmt, t, best[stmt], _count(docs.get(stmt)), _count(reporting[stmt]), reports.get(stmt, ()),
                              contradicts.get(stmt, ()), vocab, entity_names, predicate)
    for predicate, lemma in relations.items():
        yield [f"{predicate} {LABEL} {literal(lemma)} {g}"]


def statement_group(stmt: str, t: Triple, best: float, corroboration: int, article_count: int, reports: Iterable[str],
                    contradicts: Iterable[str], vocab: Vocabulary, entity_names=None, predicate: str | None = None) -> list[str]:
    """The quads of one statement in ``kg:statements`` (see :func:`statement_groups`), given what its
    evidence adds up to: ``t`` its earliest triple (:func:`_earliest`), ``best`` its best confidence,
    ``corroboration`` / ``article_count`` its articles passing the plain-edge gate / with any evidence,
    the statements it ``reports`` and those it ``contradicts``. A store updated in place keeps these
    per article and computes the group without reading every triple of a widely reported statement."""
    K = _terms(vocab)
    g = K.statements
    predicate = predicate or _relation(t.relation_lemma, vocab)
    group = [
        f"{stmt} {TYPE} {STATEMENT} {g}",
        f"{stmt} {SUBJECT} {_node(t.subject_entity, t.subject, vocab)} {g}",
        f"{stmt} {PREDICATE} {predicate} {g}",
        f"{stmt} {OBJECT} {_node(t.object_entity, t.object, vocab)} {g}",
        f"{stmt} {K.negated} {_bool(t.negated)} {g}",
        f"{stmt} {K.kind} {literal(t.kind)} {g}",
        f"{stmt} {K.confidence} {_decimal(best)} {g}",
        f"{stmt} {K.corroboration} {_int(corroboration)} {g}",
        f"{stmt} {K.articleCount} {_int(article_count)} {g}",
    ]
    if t.modality:
        group.append(f"{stmt} {K.modality} {literal(t.modality)} {g}")
    if t.attributed_to:
        group.append(f"{stmt} {ATTRIBUTED_TO} {_speaker_node(t.attributed_to, entity_names, vocab)} {g}")
    group += [f"{stmt} {K.reports} {content} {g}" for content in reports]
    group += [f"{stmt} {K.contradicts} {other} {g}" for other in contradicts]
    return group


def _earliest(t: Triple) -> tuple:
    """Where a triple's evidence stands, as a sort key: article id, offset, then the text written for
    its subject and object (none where an entity stands for them: a store keeps no such text)."""
    return (t.doc, t.start, "" if t.subject_entity else t.subject, "" if t.object_entity else t.object, t.kind)


def _add_doc(docs: dict[str, str | set[str]], stmt: str, doc: str) -> None:
    """Note that ``doc`` supports ``stmt`` (most statements have one article, kept as its id)."""
    seen = docs.setdefault(stmt, doc)
    if isinstance(seen, set):
        seen.add(doc)
    elif seen != doc:
        docs[stmt] = {seen, doc}


def _count(docs: str | set[str] | None) -> int:
    """How many articles: none, one (kept as its id) or a set of them."""
    return 0 if docs is None else len(docs) if isinstance(docs, set) else 1


def _contradictions(statements: Mapping[str, Triple], vocab: Vocabulary) -> dict[str, list[str]]:
    """Negated statement → the asserted statements with the same subject, relation and object
    (any speaker or modality; speech acts are not claims). Computed here because the
    equivalent SPARQL join over the whole store takes Oxigraph close to a minute on the BBC corpus."""
    def key(t: Triple) -> tuple:
        return (_node(t.subject_entity, t.subject, vocab), t.relation_lemma, _node(t.object_entity, t.object, vocab))

    asserted: dict[tuple, list[str]] = defaultdict(list)
    for stmt, t in statements.items():
        if not t.negated and t.kind != "speech":
            asserted[key(t)].append(stmt)
    return {stmt: asserted[key(t)] for stmt, t in statements.items() if t.negated and key(t) in asserted}


def statement_quads(triples: Iterable[Triple], vocab: Vocabulary, entity_names=None) -> list[str]:
    """Every statement, described once in the shared graph ``kg:statements``.

    ``rdf:subject/predicate/object``, ``kg:negated``, ``kg:modality``,
    ``prov:wasAttributedTo`` (the speaker, an entity IRI when it resolved),
    ``kg:reports`` (speech act → the statement it reports), ``kg:contradicts``
    (negated statement → the same claim asserted), ``kg:confidence`` (best
    evidence), ``kg:corroboration`` (distinct articles whose evidence passes the plain-edge
    gate, :func:`~kg.extract.confidence.asserts_plainly`; 0 when none does) and
    ``kg:articleCount`` (distinct articles with any evidence for it).
    ``entity_names`` tells which speakers are entities (``None``: all).
    """
    return [q for group in statement_groups(triples, vocab, entity_names) for q in group]


def sentence_quads(doc: str, sentence_entities: Mapping[int, Iterable[str]], vocab: Vocabulary) -> list[str]:
    """Which entities each sentence of an article mentions (``kg:Sentence kg:mentions ent:X``).

    ``sentence_entities`` maps a sentence's start offset to canonical entity names.
    """
    K = _terms(vocab)
    g = _article(doc, vocab)
    quads = []
    for start, names in sorted(sentence_entities.items()):
        names = sorted(set(names))
        if not names:
            continue
        s = _sentence(doc, start, K)
        quads += [f"{s} {TYPE} {K.Sentence} {g}", f"{s} {DERIVED_FROM} {g} {g}", f"{s} {K.start} {_int(start)} {g}"]
        quads += [f"{s} {K.mentions} {_entity(n, vocab)} {g}" for n in names]
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
        docs = tuple(sorted({d for e in group for d in e.docs}))
        merged.append(Entity(head.name, head.type, tuple(aliases), head.iri, sum(e.mentions for e in group), docs,
                             merged_roles((r for e in group for r in e.roles), len(docs)),
                             next((e.geo for e in group if e.geo), None)))
    return merged


def entity_groups(entities: Iterable[Entity], vocab: Vocabulary) -> Iterator[list[str]]:
    """The shared graph ``kg:entities``, one list of quads per entity (with its role nodes)."""
    K = _terms(vocab)
    g = K.entities
    for e in merge_same_iri(entities):
        s = iri(e.iri)
        group = [f"{s} {TYPE} {iri(TYPE_CLASSES.get(e.type, vocab.KG.Entity))} {g}",
                 f"{s} {K.entityType} {literal(e.type)} {g}",
                 f"{s} {LABEL} {literal(e.name)} {g}",
                 f"{s} {PREF_LABEL} {literal(e.name)} {g}",
                 f"{s} {K.mentionCount} {_int(e.mentions)} {g}"]
        group += [f"{s} {ALT_LABEL} {literal(a)} {g}" for a in e.aliases if a != e.name]
        group += [f"{s} {K.mentionedIn} {_article(d, vocab)} {g}" for d in e.docs]
        for role in e.roles:
            role_iri = iri(vocab.ROLE[_digest(e.name, role.role, plain_name(role.of))])
            group += [f"{s} {HAS_OCCUPATION} {role_iri} {g}",
                      f"{role_iri} {TYPE} {ROLE} {g}",
                      f"{role_iri} {ROLE_NAME} {literal(role.role)} {g}"]
            if role.articles:
                group.append(f"{role_iri} {K.articleCount} {_int(role.articles)} {g}")
            if role.of:
                group.append(f"{role_iri} {K.roleOf} {_entity(role.of, vocab)} {g}")
        group += geo_quads(e, vocab)
        yield group


def entity_quads(entities: Iterable[Entity], vocab: Vocabulary) -> list[str]:
    """Entity descriptions in the shared graph: type, label, aliases, mentions, articles, roles."""
    return [q for group in entity_groups(entities, vocab) for q in group]


def article_quads(article: Article, triples: Sequence[Triple], vocab: Vocabulary,
                  sentence_entities: Mapping[int, Iterable[str]] | None = None) -> list[str]:
    """Everything in one article's named graph (metadata, statements, evidence, sentences)."""
    quads = article_metadata_quads(article, vocab)
    quads += triple_quads(triples, vocab)
    if sentence_entities:
        quads += sentence_quads(article.id, sentence_entities, vocab)
    return quads


def graph_quads(articles: Iterable[Article], triples: Iterable[Triple], entities: Iterable[Entity],
                vocab: Vocabulary | None = None,
                sentence_entities: Mapping[str, Mapping[int, Iterable[str]]] | None = None) -> Iterator[str]:
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
    store.load(nquads(graph_quads(articles, triples, entities, vocab, sentence_entities)), format=ox.RdfFormat.N_QUADS)
    return store


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
