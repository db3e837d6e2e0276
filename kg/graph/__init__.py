"""The RDF graph: its quads (:mod:`~kg.graph.rdf`), the on-disk store (:mod:`~kg.graph.store`),
opening a built graph (:mod:`~kg.graph.source`) and its SHACL shapes (:mod:`~kg.graph.validate`).

Names are imported on first use, so importing :mod:`kg.graph.vocab` loads no RDF library.
"""
from __future__ import annotations

_FROM = {
    "rdf": ("to_store", "graph_quads", "article_quads", "entity_quads", "content_hash", "is_asserted",
            "statement_iri"),
    "rdflib_view": ("to_rdf", "store_to_dataset", "dataset_to_store"),
    "vocab": ("Vocabulary", "slug", "DEFAULT_BASE"),
}
__all__ = [name for names in _FROM.values() for name in names]


def __getattr__(name: str):
    from importlib import import_module

    for module, names in _FROM.items():
        if name in names:
            return getattr(import_module(f"{__name__}.{module}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
