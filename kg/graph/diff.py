"""The quads a store write adds and removes: one graph's difference, removals, and what the shared
graph ``kg:statements`` keeps of a triple. Used by a full write (:mod:`kg.graph.sync`) and an update
in place (:mod:`kg.graph.stream`)."""
from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable

import pyoxigraph as ox

from ..records import Triple
from .ntext import as_quads


def graph_diff(store: ox.Store, graph: ox.NamedNode, quads: Iterable[str],
               known_empty: bool = False) -> tuple[set[str], set[str]]:
    """The quad lines (see :mod:`kg.graph.rdf`) to add to and remove from ``graph`` so that it
    holds exactly ``quads``."""
    new = set(quads)
    if known_empty and not store.contains_named_graph(graph):
        return new, set()
    old = {str(q) for q in store.quads_for_pattern(None, None, None, graph)}
    return new - old, old - new


def remove_quads(store: ox.Store, quads: set[str]) -> None:
    """Remove quad lines from the store."""
    for quad in as_quads(quads):
        store.remove(quad)


def _for_statements(t: Triple) -> Triple:
    """What the shared graph ``kg:statements`` needs of a triple, held until every article is
    written: no sentence, surface relation or extra arguments, no argument text where an entity
    stands for it, repeated strings shared (BBC: the write's peak 364 -> 333 MB)."""
    def shared(text):
        return sys.intern(text) if text else text

    return dataclasses.replace(
        t, sentence="", relation="", args=(), end=0, doc=shared(t.doc), kind=shared(t.kind),
        relation_lemma=shared(t.relation_lemma), modality=shared(t.modality), attributed_to=shared(t.attributed_to),
        subject_entity=shared(t.subject_entity), object_entity=shared(t.object_entity),
        subject="" if t.subject_entity else t.subject, object="" if t.object_entity else t.object)
