"""The entity network read back from the RDF graph: nodes and edges for drawing.

Reading from the graph (not from the build's records) means ``kg viz`` draws
exactly what a file or store holds. Every query is written with the
namespaces of :mod:`kg.graph.vocab`, so a change of the model shows up here as
a change of one prefix or property.

Nodes are the entities of the shared ``kg:entities`` graph plus one small node
per distinct literal object ("talks"); edges are the ``rdf:Statement`` s whose
subject is an entity. :class:`Link` s join two entities that a sentence relates,
whether or not a statement names both (:func:`entity_links`): the entity network
that centrality, communities, paths and the overview page are computed on.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import unquote

import pyoxigraph as ox

from ..graph.source import open_graph
from ..graph.vocab import DCTERMS, PROV, RDF, RDFS, SDO, SKOS
from ..terms import Vocabulary

LITERAL_TYPE = "LITERAL"


def _prefixes(vocab: Vocabulary) -> str:
    pairs = (("kg", vocab.KG), ("rdf", RDF), ("rdfs", RDFS), ("skos", SKOS), ("schema", SDO),
             ("prov", PROV), ("dcterms", DCTERMS))
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in pairs)


ENTITY_QUERY = """SELECT ?e ?label ?type ?mentions WHERE {{
  GRAPH <{entities}> {{ ?e rdfs:label ?label ; kg:entityType ?type . OPTIONAL {{ ?e kg:mentionCount ?mentions }} }}
}}"""

ALIAS_QUERY = """SELECT ?e ?alias WHERE {{ GRAPH <{entities}> {{ ?e skos:altLabel ?alias }} }}"""

ROLE_QUERY = """SELECT ?e ?name ?of WHERE {{
  GRAPH <{entities}> {{ ?e schema:hasOccupation ?role . ?role schema:roleName ?name .
    OPTIONAL {{ ?role kg:roleOf ?of }} }}
}}"""

MENTIONED_QUERY = """SELECT ?e ?article WHERE {{ GRAPH <{entities}> {{ ?e kg:mentionedIn ?article }} }}"""

ARTICLE_QUERY = """SELECT ?article ?id ?title WHERE {{
  GRAPH ?g {{ ?article dcterms:identifier ?id . OPTIONAL {{ ?article dcterms:title ?title }} }}
}}"""

# A statement is described once in kg:statements; its evidence sits in each article's graph.
# Named graphs are matched explicitly: over the union default graph Oxigraph repeats a triple
# once per graph holding it, and the joins multiply the copies (9 M rows instead of 43 k on BBC).
STATEMENT_QUERY = """SELECT ?stmt ?s ?p ?o ?kind ?negated ?modality ?speaker ?sentence ?relText ?article ?time ?timeEnd ?timeText
WHERE {{
  GRAPH <{statements}> {{
    ?stmt a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL {{ ?stmt kg:kind ?kind }}
    OPTIONAL {{ ?stmt kg:negated ?negated }}
    OPTIONAL {{ ?stmt kg:modality ?modality }}
    OPTIONAL {{ ?stmt prov:wasAttributedTo ?speaker }}
  }}
  GRAPH ?g {{ ?stmt kg:evidence ?ev . ?ev kg:sentence ?sentence ; kg:relationText ?relText ; prov:wasDerivedFrom ?article .
    OPTIONAL {{ ?ev kg:time ?time }} OPTIONAL {{ ?ev kg:timeText ?timeText }} OPTIONAL {{ ?ev kg:timeEnd ?timeEnd }} }}
}}"""
# Three flat OPTIONALs, not one nested group: Oxigraph evaluates the nested form so slowly that on
# the whole BBC store (85,835 rows) this query ran for over ten minutes; flat, it takes ~17 s.
# A time counts only with its text, as the nested group required (see network_from_store).

# The three ways a sentence relates two entities (see :func:`entity_links`), one row per pair and article.
CO_MENTION_QUERY = """SELECT ?a ?b ?article (COUNT(DISTINCT ?sentence) AS ?n) WHERE {{
  GRAPH ?g {{ ?sentence a kg:Sentence ; prov:wasDerivedFrom ?article ; kg:mentions ?a, ?b }}
  FILTER(STR(?a) < STR(?b))
}} GROUP BY ?a ?b ?article"""
SPEECH_QUERY = """SELECT ?a ?b ?article (COUNT(DISTINCT ?st) AS ?n) WHERE {{
  GRAPH <{statements}> {{ ?st prov:wasAttributedTo ?a . {{ ?st rdf:subject ?b }} UNION {{ ?st rdf:object ?b }} }}
  GRAPH ?g {{ ?st kg:evidence ?ev . ?ev prov:wasDerivedFrom ?article }}
  FILTER(?a != ?b)
}} GROUP BY ?a ?b ?article"""
RELATION_QUERY = """SELECT ?a ?b ?article ?p (COUNT(DISTINCT ?st) AS ?n) WHERE {{
  GRAPH <{statements}> {{ ?st rdf:subject ?a ; rdf:object ?b ; rdf:predicate ?p . FILTER(isIRI(?b)) }}
  GRAPH ?g {{ ?st kg:evidence ?ev . ?ev prov:wasDerivedFrom ?article }}
  FILTER(?a != ?b)
}} GROUP BY ?a ?b ?article ?p"""


@dataclass
class Node:
    id: str
    label: str
    type: str
    mentions: int = 1
    is_literal: bool = False
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # "president of United States"
    articles: list[str] = field(default_factory=list)  # article ids
    community: int | None = None


@dataclass
class Edge:
    id: str
    source: str
    target: str
    relation: str
    kind: str = "fact"  # kg:kind: fact, speech (a speech act: its object is what was said), copula …
    negated: bool = False
    modality: str | None = None
    speaker: str | None = None
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (article id, sentence)
    written: set[str] = field(default_factory=set)
    # when its sentences say it happened: (ISO value, a range as start/end; as written; article id)
    times: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        """The ids of the articles that report this fact, in order of first evidence."""
        return list(dict.fromkeys(a for a, _ in self.evidence))


LINK_KINDS = ("relation", "speech", "co-mention")


@dataclass
class Link:
    """Two entities related by sentences, one link per pair and kind (see :func:`entity_links`).

    ``source`` → ``target`` is the statement's direction (relation), the speaker → the entity
    spoken of (speech), or the two names in IRI order (co-mention). ``weight`` counts the
    statements, once per article that reports each (relation, speech), or the sentences (co-mention).
    """

    source: str
    target: str
    kind: str
    weight: int = 0
    articles: list[str] = field(default_factory=list)
    relations: dict[str, int] = field(default_factory=dict)  # relation name -> statements (relation links)


@dataclass
class Network:
    nodes: dict[str, Node]
    edges: dict[str, Edge]
    # How many entities / statements the whole graph holds (before --focus / --max-nodes).
    total_nodes: int | None = None
    total_edges: int | None = None
    articles: dict[str, str] = field(default_factory=dict)  # article id -> title
    links: list[Link] = field(default_factory=list)  # entity to entity, between the nodes above


def _value(term) -> str | None:
    return None if term is None else term.value


def _select(store: ox.Store, vocab: Vocabulary, query: str, union: bool = False):
    text = _prefixes(vocab) + query.format(entities=vocab.ENTITIES_GRAPH, statements=vocab.STATEMENTS_GRAPH)
    return store.query(text, use_default_graph_as_union=union)


def _article_ids(store: ox.Store, vocab: Vocabulary) -> tuple[dict[str, str], dict[str, str]]:
    """(article IRI -> id, id -> title) from the articles' Dublin Core metadata."""
    ids: dict[str, str] = {}
    titles: dict[str, str] = {}
    for row in _select(store, vocab, ARTICLE_QUERY):
        ids[row["article"].value] = row["id"].value
        titles.setdefault(row["id"].value, _value(row["title"]) or "")
    return ids, titles


def _article_id(iri: str, ids: dict[str, str]) -> str:
    return ids.get(iri) or unquote(iri.rsplit("/", 1)[-1])


def _entity_nodes(store: ox.Store, vocab: Vocabulary, ids: dict[str, str]) -> dict[str, Node]:
    nodes: dict[str, Node] = {}
    for row in _select(store, vocab, ENTITY_QUERY):
        mentions = int(row["mentions"].value) if row["mentions"] is not None else 1
        nodes[row["e"].value] = Node(row["e"].value, row["label"].value, row["type"].value, mentions)
    labels = {iri: n.label for iri, n in nodes.items()}
    for row in _select(store, vocab, ALIAS_QUERY):
        if row["e"].value in nodes:
            nodes[row["e"].value].aliases.append(row["alias"].value)
    for row in _select(store, vocab, ROLE_QUERY):
        if row["e"].value in nodes:
            of = _value(row["of"])
            role = row["name"].value + (f" of {labels.get(of, of.rsplit('/', 1)[-1])}" if of else "")
            nodes[row["e"].value].roles.append(role)
    for row in _select(store, vocab, MENTIONED_QUERY):
        if row["e"].value in nodes:
            nodes[row["e"].value].articles.append(_article_id(row["article"].value, ids))
    for node in nodes.values():
        node.aliases.sort()
        node.roles.sort()
        node.articles.sort()
    return nodes


def relation_name(predicate_iri: str) -> str:
    """``https://kg.example/rel/meet_with`` → ``meet with``."""
    return unquote(predicate_iri.rsplit("/", 1)[-1]).replace("_", " ")


def network_from_store(store: ox.Store, vocab: Vocabulary | str | None = None) -> Network:
    """Entities (and literal objects) as nodes, statements whose subject is an entity as edges.

    ``vocab``: the graph's :class:`~kg.terms.Vocabulary` or base IRI (default: read off the graph,
    :func:`kg.graph.source.open_graph`).
    """
    vocab = vocab if isinstance(vocab, Vocabulary) else open_graph(store, vocab).vocab
    ids, titles = _article_ids(store, vocab)
    nodes = _entity_nodes(store, vocab, ids)
    labels = {iri: n.label for iri, n in nodes.items()}
    edges: dict[str, Edge] = {}
    seen_evidence: dict[str, set] = defaultdict(set)
    for row in _select(store, vocab, STATEMENT_QUERY):
        s, o = row["s"], row["o"]
        if not isinstance(s, ox.NamedNode) or s.value not in labels:
            continue
        if isinstance(o, ox.NamedNode) and o.value in labels:
            target = o.value
        elif isinstance(o, ox.Literal):
            target = "literal:" + o.value
            nodes.setdefault(target, Node(target, o.value, LITERAL_TYPE, 1, is_literal=True))
        else:
            continue
        stmt = row["stmt"].value
        edge = edges.get(stmt)
        if edge is None:
            speaker = row["speaker"]
            edge = edges[stmt] = Edge(
                stmt, s.value, target, relation_name(row["p"].value),
                kind=_value(row["kind"]) or "fact",
                negated=_value(row["negated"]) == "true",
                modality=_value(row["modality"]),
                speaker=labels.get(speaker.value, speaker.value) if speaker is not None else None,
            )
        article = _article_id(row["article"].value, ids)
        key = (article, row["sentence"].value)
        if key not in seen_evidence[stmt]:
            seen_evidence[stmt].add(key)
            edge.evidence.append(key)
        edge.written.add(row["relText"].value)
        if row["time"] is not None and row["timeText"] is not None:
            value = row["time"].value + ("/" + row["timeEnd"].value if row["timeEnd"] is not None else "")
            when = (value, row["timeText"].value, article)
            if when not in edge.times:
                edge.times.append(when)
    literal_articles: dict[str, set] = defaultdict(set)
    for edge in edges.values():
        if nodes[edge.target].is_literal:
            literal_articles[edge.target].update(edge.articles)
    for target, articles in literal_articles.items():
        nodes[target].articles = sorted(articles)
    return Network(nodes, edges, len(nodes), len(edges), titles, entity_links(store, vocab, set(labels), ids))


def entity_links(store: ox.Store, vocab: Vocabulary, entities: set[str], ids: dict[str, str]) -> list[Link]:
    """The pairs of ``entities`` that sentences relate, one :class:`Link` per pair and kind:

    * ``relation``: a statement has one as subject and the other as object ("Israel struck Iran");
    * ``speech``: a speaker is credited with a statement about the other ("Trump said Iran may be
      seeking talks": Donald Trump → Iran);
    * ``co-mention``: one sentence names both ("Blair and Brown face new rift claims").

    Statements alone leave most entities of a news corpus unconnected (the speaker of a quotation,
    the people a sentence lists); the three kinds together make one network of who appears with whom.
    """
    found: dict[tuple[str, str, str], Link] = {}
    for kind, query in (("relation", RELATION_QUERY), ("speech", SPEECH_QUERY), ("co-mention", CO_MENTION_QUERY)):
        for row in _select(store, vocab, query):
            a, b = row["a"], row["b"]
            if not (isinstance(a, ox.NamedNode) and isinstance(b, ox.NamedNode)) or a.value not in entities \
                    or b.value not in entities:
                continue
            link = found.setdefault((a.value, b.value, kind), Link(a.value, b.value, kind))
            count = int(row["n"].value)
            link.weight += count
            article = _article_id(row["article"].value, ids)
            if article not in link.articles:
                link.articles.append(article)
            if kind == "relation":
                name = relation_name(row["p"].value)
                link.relations[name] = link.relations.get(name, 0) + count
    links = sorted(found.values(), key=lambda k: (k.source, k.target, LINK_KINDS.index(k.kind)))
    for link in links:
        link.articles.sort()
    return links
