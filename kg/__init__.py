"""kg: build one knowledge graph from news articles.

>>> import kg
>>> graph = kg.build("examples/articles/000_e7fa4d2bf25a9973.txt")
>>> graph.entity("Donald Trump").type
'PERSON'

The library API lives in :mod:`kg.api`; it is imported on first use so that
``kg --help`` does not pay for spaCy and rdflib.
"""
__version__ = "0.1.0"
__all__ = ["build", "KnowledgeGraph", "QueryResult", "Article", "Entity", "Role", "Triple", "__version__"]

_API = {"build", "KnowledgeGraph", "QueryResult"}
_RECORDS = {"Article", "Entity", "Role", "Triple"}


def __getattr__(name):
    if name in _API:
        from . import api

        return getattr(api, name)
    if name in _RECORDS:
        from . import records

        return getattr(records, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
