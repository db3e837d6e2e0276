"""The RDF graph: vocabulary, model and store."""
from .rdf import add_article, add_entities, add_triples, is_asserted, statement_iri, to_rdf
from .vocab import DEFAULT_BASE, Vocabulary, slug

__all__ = ["to_rdf", "add_article", "add_triples", "add_entities", "is_asserted", "statement_iri",
           "Vocabulary", "slug", "DEFAULT_BASE"]
