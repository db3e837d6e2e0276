"""Opening a built graph: a graph file, a store folder, or a store already open, with its vocabulary.

Every reader (``kg query``, ``viz``, ``export``, ``validate``, ``serve``,
``push``, the networkx view) opens a graph here and gets the graph *and* the
:class:`~kg.terms.Vocabulary` it was written with: a store folder records its
base IRI, and a graph file tells it through its article IRIs. No reader falls
back on the default base when the graph says otherwise.

>>> from kg.builder import build_graph
>>> graph = open_graph(build_graph(["examples/articles/000_e7fa4d2bf25a9973.txt"], base="https://o.example/").store)
>>> graph.vocab.base
'https://o.example/'
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..terms import DEFAULT_BASE, STANDARD_PREFIXES, Vocabulary, base_of_article_iri

FORMATS_BY_SUFFIX = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


class GraphError(ValueError):
    """A graph that cannot be opened (missing, unreadable, not a store)."""


@dataclass(frozen=True)
class Graph:
    """An open graph: the Oxigraph store holding it and the vocabulary it is written in."""

    store: ox.Store
    vocab: Vocabulary
    path: Path | None = None

    @property
    def base(self) -> str:
        return self.vocab.base


_ARTICLE = (f"SELECT ?a ?id WHERE {{ GRAPH ?g {{ ?a a <{STANDARD_PREFIXES['schema']}NewsArticle> ; "
            f"<{STANDARD_PREFIXES['dcterms']}identifier> ?id }} }} LIMIT 1")


def graph_base(store: ox.Store) -> str | None:
    """The base IRI a graph was built with, read off one of its article IRIs (``None``: no article).

    >>> s = ox.Store()
    >>> s.add(ox.Quad(ox.NamedNode("https://o.example/article/a"), ox.NamedNode(
    ...     "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode("https://schema.org/NewsArticle"),
    ...     ox.NamedNode("https://o.example/article/a")))
    >>> s.add(ox.Quad(ox.NamedNode("https://o.example/article/a"), ox.NamedNode(
    ...     "http://purl.org/dc/terms/identifier"), ox.Literal("a"), ox.NamedNode("https://o.example/article/a")))
    >>> graph_base(s)
    'https://o.example/'
    """
    for row in store.query(_ARTICLE):
        return base_of_article_iri(row["a"].value, row["id"].value)
    return None


def load_file(path: Path) -> ox.Store:
    """A graph file loaded into an in-memory store."""
    if not path.exists():
        raise GraphError(f"{path}: no such graph file")
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise GraphError(f"{path}: unknown graph format (expected one of {', '.join(FORMATS_BY_SUFFIX)})")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise GraphError(f"{path}: not valid {fmt.name}: {exc}") from exc
    return store


def open_graph(source, base: str | None = None, *, read_only: bool = True) -> Graph:
    """Open ``source`` — a graph file, a ``kg build --store`` folder, a bare Oxigraph database
    folder, an ``ox.Store`` or a :class:`Graph` — with its vocabulary.

    ``base`` overrides the base IRI; otherwise it is the store's recorded base,
    else the one the graph's article IRIs were minted with, else the default.
    A store folder opens read-only unless ``read_only=False``.
    """
    if isinstance(source, Graph):
        return source if base is None else Graph(source.store, Vocabulary(base), source.path)
    if isinstance(source, ox.Store):
        return Graph(source, Vocabulary(base or graph_base(source) or DEFAULT_BASE))
    path = Path(source)
    if path.is_dir():
        from .store import StoreError, is_store, open_store, store_base

        if is_store(path):
            try:
                store = open_store(path, read_only=read_only)
            except StoreError as exc:
                raise GraphError(str(exc)) from exc
            return Graph(store, Vocabulary(base or store_base(path) or graph_base(store) or DEFAULT_BASE), path)
        if not (path / "CURRENT").is_file():  # RocksDB's marker: no Oxigraph database here either
            raise GraphError(f"{path}: not a kg store (no oxigraph/ folder; build one with kg build --store {path})")
        try:  # a database folder of its own (oxigraph load --location DIR)
            store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as exc:
            raise GraphError(f"{path}: not a kg store nor an Oxigraph database ({exc})") from exc
        return Graph(store, Vocabulary(base or graph_base(store) or DEFAULT_BASE), path)
    store = load_file(path)
    return Graph(store, Vocabulary(base or graph_base(store) or DEFAULT_BASE), path)
