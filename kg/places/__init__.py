"""Places: resolved entities → GeoNames features (ids, points, ISO country codes), offline.

:func:`locate_places` reads an entity resolution and gives each place entity its
:class:`~kg.records.Geo`; :mod:`kg.places.features` holds the shipped data,
:mod:`kg.places.choose` how a reader picks among the places a name can mean.
:func:`resolve_entities_and_places` is what a build runs: entities, then places.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from ..records import Mention
from ..resolve import Gazetteer, Resolution, resolve_entities
from ..terms import Vocabulary
from .locate import PLACE_TYPES, geo_counts, locate_places


def resolve_entities_and_places(mentions_by_doc: Mapping[str, Sequence[Mention]], vocab: Vocabulary | None = None,
                                aliases: Gazetteer | str | Path | None = None) -> Resolution:
    """:func:`kg.resolve.resolve_entities`, then :func:`locate_places` with the same aliases file
    (its ``place`` lines pin names to GeoNames ids)."""
    gazetteer = aliases if isinstance(aliases, Gazetteer) else Gazetteer.with_aliases(aliases)
    return locate_places(resolve_entities(mentions_by_doc, vocab, gazetteer), vocab, gazetteer)


__all__ = ["locate_places", "resolve_entities_and_places", "geo_counts", "PLACE_TYPES"]
