"""Resolving a set of analysed articles: the one place a build wires resolution.

Every sink of a build resolves here — the records and files of ``kg build --out`` and
``kg.build()`` (:class:`kg.builder.RecordsSink`) as well as the store of ``kg build
--store``, ``kg remove`` and ``kg check --repair`` (:func:`kg.graph.sync.write_graph`) —
so the same articles give the same entities whichever way they are built: cross-article
entity resolution (:mod:`kg.resolve.entities`), then places located
(:mod:`kg.places`), both with the user's aliases file.

Resolution breaks some ties by the order in which it meets mentions (two labels
voted for equally, two genders), so it sees the articles in the order of their
ids: the entities do not depend on the order the articles were given in, or
added to a store in.

>>> from kg.records import Article, ArticleAnalysis, Mention
>>> def seen(doc, label):
...     return ArticleAnalysis(Article(doc, "Wimbledon."), 1, (), (Mention(doc, "Wimbledon", label, 0, 9),))
>>> [e.type for e in resolve_articles([seen("b", "FAC"), seen("a", "EVENT")]).entities]
['EVENT']
>>> [e.type for e in resolve_articles([seen("a", "EVENT"), seen("b", "FAC")]).entities]
['EVENT']
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .places import resolve_entities_and_places
from .records import ArticleAnalysis, PackedAnalysis
from .resolve import Gazetteer, Resolution, resolve_entities
from .terms import Vocabulary


def resolve_articles(analyses: Iterable[ArticleAnalysis | PackedAnalysis], vocab: Vocabulary | None = None,
                     aliases: Gazetteer | str | Path | None = None) -> Resolution:
    """Cross-article resolution of the mentions of every article in ``analyses`` (packed or not:
    only their mentions are read), in article-id order: entities, then places.

    ``aliases`` is a :class:`~kg.resolve.Gazetteer` or the path of a user aliases file
    (docs/aliases.md), added to the shipped one.
    """
    ordered = sorted(analyses, key=lambda a: a.article_id)
    return resolve_entities_and_places({a.article_id: a.mentions for a in ordered}, vocab or Vocabulary(), aliases)


def resolve_new_articles(analyses: Iterable[ArticleAnalysis | PackedAnalysis], vocab: Vocabulary | None = None,
                         aliases: Gazetteer | str | Path | None = None) -> Resolution:
    """The entities of articles added to a store in place (:mod:`kg.graph.stream`), resolved among
    themselves in article-id order; their places are decided there, with the stored articles as context."""
    ordered = sorted(analyses, key=lambda a: a.article_id)
    gazetteer = aliases if isinstance(aliases, Gazetteer) else Gazetteer.with_aliases(aliases)
    return resolve_entities({a.article_id: a.mentions for a in ordered}, vocab or Vocabulary(), gazetteer)
