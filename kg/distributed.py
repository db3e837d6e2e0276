"""Parsing on a Dask cluster: batches of articles go to the workers, compact records come back.

``kg build --dask tcp://HOST:PORT`` reads the articles here, sends them in
batches of :data:`~kg.pipeline.ARTICLES_PER_TASK` to the cluster, where each
worker process loads the spaCy pipeline once (it is cached per process) and
returns :class:`~kg.records.ArticleAnalysis` records. Resolution and the
graph are then built here exactly as in a local build, so the graph is the same.

The workers must be able to import ``kg`` (install it, with the same spaCy
model, in the workers' environment).

>>> from dask.distributed import LocalCluster                        # doctest: +SKIP
>>> cluster = LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1")  # doctest: +SKIP
>>> analyses = list(analyse_on_dask(articles, cluster.scheduler_address))        # doctest: +SKIP
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .pipeline import ARTICLES_PER_TASK, analyse_batch, batched, ordered_results
from .records import Article, ArticleAnalysis

CONNECT_TIMEOUT = "10s"


class DaskUnavailable(RuntimeError):
    """Dask is not installed or the scheduler cannot be reached."""


def connect(address: str):
    """A ``dask.distributed.Client`` for the scheduler at ``address`` (``tcp://host:port``)."""
    try:
        from dask.distributed import Client
    except ImportError as exc:
        raise DaskUnavailable("--dask needs dask.distributed: pip install 'kg[scale]'") from exc
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def worker_slots(client) -> int:
    """How many tasks the cluster runs at once (its worker threads)."""
    return max(1, sum(client.nthreads().values()))


def analyse_on_dask(articles: Iterable[Article], address: str, model: str | None = None,
                    per_task: int = ARTICLES_PER_TASK) -> Iterator[ArticleAnalysis]:
    """Every article's analysis, computed on the cluster at ``address``, in input order.

    At most two batches per worker thread are in flight, so articles are
    read only as fast as the cluster parses them.
    """
    client = connect(address)
    try:
        window = 2 * worker_slots(client)
        # pure=False: two equal batches are still two tasks (no key collision, no caching)
        yield from ordered_results(lambda batch: client.submit(analyse_batch, batch, model, pure=False),
                                   batched(articles, per_task), window)
    finally:
        client.close()
