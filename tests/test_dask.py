"""A build whose parsing runs on a real Dask cluster (two worker processes on loopback)."""
from __future__ import annotations

import pytest

from kg.builder import build_graph
from kg.graph.rdflib_view import dataset_to_store

from conftest import EXAMPLES

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed (pip install 'kg[scale]')")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address=None)
    try:
        yield cluster
    finally:
        cluster.close()


@pytest.fixture(scope="module")
def dask_build(dask_cluster):
    return build_graph([EXAMPLES], dask=dask_cluster.scheduler_address)


def quads(result) -> set[str]:
    return {str(q) for q in dataset_to_store(result.dataset)}


def test_dask_build_equals_the_single_process_build(dask_build, seed_build):
    assert [a.id for a in dask_build.articles] == [a.id for a in seed_build.articles]
    assert dask_build.sentences == seed_build.sentences
    assert dask_build.triples == seed_build.triples
    assert dask_build.entities == seed_build.entities
    assert len(dask_build.triples) > 0 and len(dask_build.entities) > 0


def test_dask_build_gives_the_same_rdf_graph(dask_build, seed_build):
    ours, reference = quads(dask_build), quads(seed_build)
    assert len(ours) > 100
    assert ours == reference


def test_the_work_really_ran_on_the_workers(dask_cluster):
    from dask.distributed import Client

    from kg.analysis import analyse_batch
    from kg.ingest import read_articles
    from kg.problems import ProblemLog

    articles = list(read_articles([EXAMPLES], ProblemLog()))[:2]
    with Client(dask_cluster.scheduler_address, set_as_default=False) as client:
        future = client.submit(analyse_batch, articles, pure=False)
        analyses = future.result()
        who = client.who_has(future)
    assert [a.article.id for a in analyses] == [a.id for a in articles]
    assert any(who.values())  # the result lives on a worker, not in this process
