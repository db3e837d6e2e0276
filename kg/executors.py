"""Where articles are analysed: this process, a pool of worker processes, or a Dask cluster.

Every executor takes an iterable of articles and yields their analyses in
input order, with a bounded number of batches in flight, so articles are read
from disk only as fast as they are parsed. :func:`kg.pipeline.analyse` picks one.

``analyse_on_dask`` sends batches of :data:`ARTICLES_PER_TASK` articles to the
cluster, where each worker process loads the spaCy pipeline once (it is cached
per process) and returns :class:`~kg.records.ArticleAnalysis` records; the
workers must be able to import ``kg`` (install it, with the same spaCy model,
in the workers' environment).
"""
from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from .analysis import analyse_batch
from .nlp import check_pipeline
from .records import Article, ArticleAnalysis

# Articles per task sent to a worker process or a Dask worker: large enough that the
# per-task cost (pickling, scheduling: ~5 ms on Dask) is noise (a BBC task parses
# ~1.5 s), small enough that the workers finish together (the last task runs alone)
# and that a few dozen articles are shared between workers at all.
ARTICLES_PER_TASK = 16
CONNECT_TIMEOUT = "10s"


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last one shorter).

    >>> list(batched(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def ordered_results(submit, batches: Iterable[list], window: int) -> Iterator:
    """Submit each batch with ``submit(batch) -> future`` keeping at most ``window`` in
    flight, and yield every result of every batch in submission order.

    Bounded in-flight work is what keeps a build's memory flat: articles are
    read from disk only as fast as the workers parse them.
    """
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _pool_context():
    import multiprocessing

    # fork starts workers at once, and a pipeline this process already loaded (an API
    # user's, a notebook's) is inherited instead of loaded again.
    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _worker_init() -> None:
    """A pool worker forgets the parent's locks and dies with the parent (Linux), so a killed
    build leaves neither a locked store nor orphan workers parsing on."""
    from .output import release_inherited_locks

    release_inherited_locks()
    if sys.platform == "linux":
        import ctypes
        import signal

        try:
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def analyse_parallel(articles: Iterable[Article], model: str | None = None, workers: int = 2,
                     per_task: int = ARTICLES_PER_TASK) -> Iterator[ArticleAnalysis]:
    """Like :func:`analyse_articles`, on ``workers`` processes; analyses come back in input order.

    Each worker parses whole batches of articles and returns compact
    :class:`ArticleAnalysis` records (never Docs), so the parent only reads
    files and collects records.
    """
    from concurrent.futures import ProcessPoolExecutor

    check_pipeline(model)  # fail early on a missing model, without loading it here: each worker loads its own
    with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context(), initializer=_worker_init) as pool:
        yield from ordered_results(lambda batch: pool.submit(analyse_batch, batch, model),
                                   batched(articles, per_task), window=2 * workers)


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
