"""The RDF graph: its quads (:mod:`~kg.graph.rdf`, their text in :mod:`~kg.graph.ntext`), the
on-disk store (:mod:`~kg.graph.store`, :mod:`~kg.graph.saved`, :mod:`~kg.graph.sync`), opening a
built graph (:mod:`~kg.graph.source`), its SHACL shapes (:mod:`~kg.graph.validate`) and an
rdflib copy (:mod:`~kg.graph.rdflib_view`).

Each name is imported from the module it lives in; the package itself loads nothing, so
importing :mod:`kg.graph.vocab` loads no RDF library.
"""
