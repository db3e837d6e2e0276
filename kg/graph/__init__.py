"""The RDF graph: vocabulary, model and store."""
from .rdf import (article_quads, content_hash, entity_quads, graph_quads, is_asserted, statement_iri,
                  store_to_dataset, to_rdf, to_store)
from .vocab import DEFAULT_BASE, Vocabulary, slug

__all__ = ["to_rdf", "to_store", "graph_quads", "article_quads", "entity_quads", "content_hash", "is_asserted",
           "statement_iri", "store_to_dataset", "Vocabulary", "slug", "DEFAULT_BASE"]
