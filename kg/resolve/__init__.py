"""Entity resolution: mentions → canonical entities; extractions → triples."""
from __future__ import annotations

from .coref import resolve_pronouns
from .entities import Resolution, resolve_entities
from .gazetteer import AliasFileError, Gazetteer
from .mentions import find_mentions
from .triples import resolve_triples

__all__ = ["find_mentions", "resolve_pronouns", "resolve_entities", "resolve_triples", "Resolution", "Gazetteer", "AliasFileError"]
