"""SPARQL benchmark: the canned queries on the BBC corpus, Oxigraph store vs rdflib in memory.

Builds the corpus into an on-disk store (``kg build --store``), then times
every canned query (median of ``--runs`` runs, results fully read) on the
store and on rdflib's in-memory ``Dataset`` holding the same quads, in the
same run. rdflib runs in a child process so a query that takes too long can
be stopped (``--rdflib-timeout``). rdflib does not parse ``LATERAL``: where a
canned query uses it, rdflib runs the query's SPARQL 1.1 form
(``kg/queries/sparql11/``, proven to give the same rows by the tests).

    python bench/sparql.py                        # ../shared/corpora/bbc-news
    python bench/sparql.py --corpus DIR --store /tmp/bbc-store --runs 5
    python bench/sparql.py --store /tmp/bbc-store --no-rdflib --queries said-about entity-profile
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.builder import update_store  # noqa: E402
from kg.graph.store import open_store  # noqa: E402
from kg.query import bind_params, canned_queries, graph_prefixes, load_query, portable_query, with_prefixes  # noqa: E402

# Parameters for the BBC corpus (2004-2005 news): people and places it is about.
BBC_PARAMS = {
    "who-said": {"entity": "Tony Blair"},
    "entity-actions": {"entity": "Tony Blair"},
    "said-about": {"entity": "Tony Blair"},
    "entity-profile": {"entity": "Tony Blair"},
    "relations-between": {"a": "Tony Blair", "b": "Gordon Brown"},
    "denials": {"entity": "Tony Blair"},
    "hedged": {"modality": "could"},
    "corroborated": {},
    "contradictions": {},
    "roles": {"entity": "Tony Blair"},
    "top-entities": {},
    "co-mentioned": {"entity": "Tony Blair"},
    "article-facts": {"article": "abortion-not-a-poll-issue-blair"},
    "timeline": {"entity": "Tony Blair"},
    "places": {"place": "London"},
    "located-in": {"country": "GB"},
}


def query_texts(base: str) -> dict[str, tuple[str, str]]:
    """Each canned query with its BBC parameters bound: the shipped text (Oxigraph) and its
    SPARQL 1.1 form where the shipped one uses LATERAL, which rdflib does not parse."""
    out = {}
    for name in canned_queries():
        params = BBC_PARAMS.get(name, {})
        out[name] = (bind_params(load_query(name)[0], params), bind_params(portable_query(name), params))
    return out


def time_oxigraph(store, text: str, prefixes: dict, runs: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        count = sum(1 for _ in store.query(text, use_default_graph_as_union=True, prefixes=prefixes))
        times.append(time.perf_counter() - start)
    return statistics.median(times), count


def _rdflib_worker(nquads: str, conn) -> None:
    """Load rdflib once, then run each query in a forked copy of this process (the loaded
    Dataset is shared copy-on-write), killed at the time limit: a slow query costs its
    time limit, not a reload of the whole corpus."""
    import os
    import pickle
    import select
    import signal

    from rdflib import Dataset

    start = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(data=nquads, format="nquads")
    del nquads
    conn.send(("loaded", time.perf_counter() - start, len(ds)))
    while True:
        job = conn.recv()
        if job is None:
            return
        text, runs, timeout = job
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the query runs here
            os.close(read_end)
            try:
                times, count = [], 0
                for _ in range(runs):
                    t = time.perf_counter()
                    count = sum(1 for _ in ds.query(text))
                    times.append(time.perf_counter() - t)
                payload = ("done", statistics.median(times), count)
            except Exception as exc:  # rdflib engine bugs are results too
                payload = ("error", None, f"{type(exc).__name__}: {exc}"[:80])
            with os.fdopen(write_end, "wb") as out:
                out.write(pickle.dumps(payload))
            os._exit(0)
        os.close(write_end)
        if select.select([read_end], [], [], timeout * runs)[0]:
            with os.fdopen(read_end, "rb") as result:
                data = result.read()
            os.waitpid(pid, 0)
            conn.send(pickle.loads(data))
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(read_end)
            conn.send(("timeout", None, None))


class RdflibRunner:
    """rdflib in a child process that loads the graph once (see :func:`_rdflib_worker`)."""

    def __init__(self, nquads: str):
        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_rdflib_worker, args=(nquads, child), daemon=True)
        self.proc.start()
        _tag, self.load_seconds, self.triples = self.conn.recv()

    def run(self, text: str, runs: int, timeout: float):
        self.conn.send((text, runs, timeout))
        tag, seconds, count = self.conn.recv()
        if tag == "timeout":
            return None, None
        return (seconds, count) if tag == "done" else ("error", count)

    def close(self):
        self.conn.send(None)
        self.proc.join(10)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc-news")
    parser.add_argument("--store", type=Path, default=None, help="store folder (default: a temporary one)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rdflib-runs", type=int, default=3)
    parser.add_argument("--rdflib-timeout", type=float, default=60.0, help="seconds per rdflib run before giving up")
    parser.add_argument("--no-rdflib", action="store_true")
    parser.add_argument("--queries", nargs="+", metavar="NAME", help="time only these canned queries")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no such corpus folder (--corpus)", file=sys.stderr)
        return 2
    store_dir = args.store or Path(tempfile.mkdtemp(prefix="kg-sparql-")) / "store"

    start = time.perf_counter()
    summary = update_store(store_dir, [args.corpus])
    build_seconds = time.perf_counter() - start
    print(f"build into {store_dir}: {build_seconds:.1f} s; {summary}", flush=True)

    store = open_store(store_dir)
    base = (store_dir / "kg-store.json").exists() and __import__("json").loads((store_dir / "kg-store.json").read_text())["base"]
    prefixes = graph_prefixes(base)
    texts = query_texts(base)
    if args.queries:
        unknown = sorted(set(args.queries) - set(texts))
        if unknown:
            print(f"no canned query named {', '.join(unknown)} (kg query --list)", file=sys.stderr)
            return 2
        texts = {name: texts[name] for name in args.queries}

    # Oxigraph first, before rdflib's multi-GB process exists: its memory would push the store's
    # files out of the page cache and time the disk instead of the engine
    timed = {name: time_oxigraph(store, text, prefixes, args.runs) for name, (text, _plain) in texts.items()}
    rdflib = None
    if not args.no_rdflib:
        from pyoxigraph import RdfFormat

        nquads = store.dump(format=RdfFormat.N_QUADS).decode("utf-8")
        rdflib = RdflibRunner(nquads)
        del nquads
        print(f"rdflib Dataset: {rdflib.triples} triples loaded in {rdflib.load_seconds:.0f} s", flush=True)

    rows = []
    for name, (text, plain) in texts.items():
        ox_median, ox_rows = timed[name]
        rl_median = rl_rows = None
        if rdflib is not None:
            rl_median, rl_rows = rdflib.run(with_prefixes(plain, base or None), args.rdflib_runs, args.rdflib_timeout)
        rows.append((name, ox_median, ox_rows, rl_median, rl_rows))
        rl_text = ("timed out" if rdflib is not None and rl_median is None else
                   f"error {rl_rows}" if rl_median == "error" else
                   f"{rl_median:.3f} s ({rl_rows} rows)" if rl_median is not None else "-")
        print(f"{name:<18} oxigraph {ox_median:.3f} s ({ox_rows} rows)   rdflib {rl_text}", flush=True)
    if rdflib is not None:
        rdflib.close()

    print()
    print(f"Store: {summary.get('quads')} quads, {summary.get('added')} articles, built in {build_seconds:.0f} s"
          + (f"; rdflib Dataset: {rdflib.triples} triples loaded in {rdflib.load_seconds:.0f} s" if rdflib and rdflib.load_seconds else ""))
    print()
    print("| query | Oxigraph store (median) | rows | rdflib in memory (median) | rows | rdflib / Oxigraph |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, ox_median, ox_rows, rl_median, rl_rows in rows:
        if rl_median == "error":
            rl_cell, ratio, rl_rows = "fails", "-", rl_rows.split(":")[0]
        elif rl_median is None:
            rl_cell, ratio = (f"> {args.rdflib_timeout:.0f} s" if rdflib is not None else "-"), "-"
        else:
            rl_cell, ratio = f"{rl_median:.3f} s", f"{rl_median / max(ox_median, 1e-6):.0f}×"
        print(f"| {name} | {ox_median:.3f} s | {ox_rows} | {rl_cell} | {rl_rows if rl_rows is not None else '-'} | {ratio} |")
    slow = [r[0] for r in rows if r[1] > 0.2]
    print()
    print("every canned query ≤ 0.2 s on the store" if not slow else f"over 0.2 s on the store: {', '.join(slow)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
