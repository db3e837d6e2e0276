"""The library API: build a graph from Python and work with it.

>>> import kg
>>> graph = kg.build(["examples/articles/000_e7fa4d2bf25a9973.txt"])
>>> graph.entity("Trump").name
'Donald Trump'
>>> graph.query("SELECT ?type WHERE { ?e rdfs:label 'Donald Trump' ; kg:entityType ?type }").rows
[['PERSON']]
"""
from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .builder import BuildResult, build_graph
from .terms import DEFAULT_BASE
from .problems import ProblemLog
from .records import Entity, Triple


@dataclass(frozen=True)
class QueryResult:
    """A SPARQL SELECT/ASK answer: column names and rows of strings (renders as a table in notebooks)."""

    columns: list[str]
    rows: list[list[str]]

    def records(self) -> list[dict[str, str]]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.records())

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>" for row in self.rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    def __str__(self) -> str:
        from .query import plain_table

        return plain_table(self.columns, self.rows)


class KnowledgeGraph:
    """A built knowledge graph: its records, and the RDF graph to query, draw and export."""

    def __init__(self, result: BuildResult):
        self._result = result

    @property
    def triples(self) -> list[Triple]:
        return self._result.triples

    @property
    def entities(self) -> list[Entity]:
        return self._result.entities

    @property
    def articles(self):
        return self._result.articles

    @property
    def problems(self) -> ProblemLog:
        return self._result.problems

    def summary(self) -> dict:
        return self._result.summary()

    def entity(self, name: str) -> Entity | None:
        """The entity with this canonical name, or whose aliases include it."""
        for e in self.entities:
            if e.name == name:
                return e
        return next((e for e in self.entities if name in e.aliases), None)

    @property
    def store(self):
        """The graph in an in-memory Oxigraph store (pyoxigraph), for SPARQL."""
        return self._result.store

    def query(self, sparql: str, **params: str) -> QueryResult:
        """Run SPARQL over the union of all article graphs.

        ``sparql`` is query text, a ``.rq`` file or the name of a canned query
        (``graph.query("who-said", entity="Donald Trump")``); keyword arguments
        fill its parameters, escaped as literals. The graph's prefixes
        (``kg:``, ``ent:``, ``rel:``, ``schema:`` …) are predeclared.
        """
        from .query import load_query, result_rows, run_query

        text, _name = load_query(sparql)
        result = run_query(self.store, text, vocab=self._result.vocab, params=params)
        columns, rows = result_rows(result)
        return QueryResult(columns, rows)

    def to_networkx(self, include_literals: bool = False):
        """The entity network as a networkx ``MultiDiGraph``."""
        from .networkx_view import to_networkx

        return to_networkx(self.store, self._result.vocab, include_literals=include_literals)

    def to_html(self, path: str | Path | None = None, **options) -> str:
        """The interactive HTML network; written to ``path`` when given. Returns the page."""
        from .viz import network_from_store, render_html
        from .output import write_text

        page = render_html(network_from_store(self.store, self._result.vocab), **options)
        if path is not None:
            write_text(path, page)
        return page

    def to_map(self, path: str | Path | None = None, title: str = "Knowledge graph") -> str:
        """The places resolved to GeoNames on a world map (self-contained HTML); written to ``path``
        when given. Returns the page."""
        from .output import write_text
        from .viz.map import map_from_store

        page = map_from_store(self.store, self._result.vocab, title)
        if path is not None:
            write_text(path, page)
        return page

    def serialize(self, format: str = "turtle") -> str:
        """The graph as text: turtle (union), trig, nquads, ntriples, jsonld or graphml."""
        from .export import serialize

        return serialize(self.store, format, self._result.vocab).decode("utf-8")

    def __repr__(self) -> str:
        s = self.summary()
        return f"<KnowledgeGraph {s['articles']} articles, {s['triples']} triples, {s['entities']} entities>"


def build(paths: Iterable[str | Path] | str | Path | None = None, *, model: str | None = None,
          base: str = DEFAULT_BASE, strict: bool = False) -> KnowledgeGraph:
    """Build the knowledge graph of ``paths`` (files, folders; default: the sample articles)."""
    from .ingest import default_articles_dir

    if paths is None:
        paths = [default_articles_dir()]
    elif isinstance(paths, (str, Path)):
        paths = [paths]
    return KnowledgeGraph(build_graph(list(paths), model=model, base=base, problems=ProblemLog(strict=strict)))
