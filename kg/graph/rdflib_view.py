"""The graph as rdflib objects, for code that wants rdflib (the build itself never loads it).

kg builds and queries its graphs with Oxigraph; these copy a graph into an
rdflib ``Dataset`` and back, through N-Quads.

>>> from kg.records import Article
>>> dataset = to_rdf([Article("a", "Hi.")], [], [])
>>> len(dataset_to_store(dataset)) == len(to_store([Article("a", "Hi.")], [], []))
True
"""
from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from ..records import Article, Entity, Triple
from ..terms import Vocabulary
from .rdf import to_store


def store_to_dataset(store: ox.Store, vocab: Vocabulary | None = None):
    """An rdflib ``Dataset`` copy of an Oxigraph store, the graph's prefixes bound."""
    from rdflib import Dataset

    ds = Dataset()
    (vocab or Vocabulary()).bind(ds)
    ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    return ds


def dataset_to_store(dataset) -> ox.Store:
    """An rdflib ``Dataset`` copied into an in-memory Oxigraph store (via N-Quads)."""
    store = ox.Store()
    store.bulk_load(dataset.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    return store


def to_rdf(articles: Iterable[Article], triples: Iterable[Triple], entities: Iterable[Entity],
           vocab: Vocabulary | None = None, sentence_entities=None):
    """The whole graph as an rdflib ``Dataset`` (named graphs per article)."""
    return store_to_dataset(to_store(articles, triples, entities, vocab, sentence_entities), vocab)
