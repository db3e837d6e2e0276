"""Bounded loopback load test of ``kg serve``: C clients × N canned queries each, over real HTTP.

Starts ``kg serve GRAPH`` (or ``--store DIR``) on a free 127.0.0.1 port, then runs ``--clients``
threads, each sending ``--requests`` canned queries in turn (the shipped queries with the graph's
prefixes and parameters bound), over one keep-alive connection per client. Prints the errors
(any answer but 200, or a connection error), latency p50/p95/max, throughput, and the memory of
the server and its query processes (peak PSS sum: shared pages counted once; sampled every second). Traffic goes to loopback
only; the loop is bounded by count and by ``--deadline`` seconds; the server is stopped at the end.

    python bench/serve_load.py --graph /work/audits/base-build/graph.trig --params bbc
    python bench/serve_load.py                     # builds the seed articles first
"""
from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.query import bind_params, canned_queries, load_query, with_prefixes  # noqa: E402

SEED_PARAMS = {
    "who-said": {"entity": "Donald Trump"}, "entity-actions": {"entity": "Israel"},
    "relations-between": {"a": "Donald Trump", "b": "Israel"}, "denials": {"entity": "Donald Trump"},
    "hedged": {"modality": "could"}, "roles": {"entity": "Donald Trump"},
    "co-mentioned": {"entity": "Donald Trump"}, "said-about": {"entity": "Iran"},
    "entity-profile": {"entity": "Donald Trump"},
}


def params_for(kind: str) -> dict:
    if kind == "bbc":
        sys.path.insert(0, str(ROOT / "bench"))
        from sparql import BBC_PARAMS

        return BBC_PARAMS
    return SEED_PARAMS


def queries(kind: str) -> list[tuple[str, str]]:
    params = params_for(kind)
    out = []
    for name in canned_queries():
        text = load_query(name)[0]
        try:
            out.append((name, with_prefixes(bind_params(text, params.get(name, {})))))
        except Exception:  # a query that needs a parameter we do not have for this graph
            continue
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_pss(pid: int) -> int:
    """Memory of the server and its processes, pages shared between them counted once (PSS)."""
    import psutil

    total = 0
    try:
        parent = psutil.Process(pid)
        for p in [parent, *parent.children(recursive=True)]:
            try:
                total += p.memory_full_info().pss
            except psutil.NoSuchProcess:
                pass
    except psutil.NoSuchProcess:
        pass
    return total


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, help="graph file to serve (default: build the seed articles)")
    parser.add_argument("--store", type=Path, help="store folder to serve instead")
    parser.add_argument("--params", choices=("seed", "bbc"), default=None, help="canned query parameters")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=400, help="requests per client")
    parser.add_argument("--deadline", type=float, default=600, help="stop sending after this many seconds")
    parser.add_argument("--serve-args", default="", help="extra kg serve options, e.g. '--workers 2 --timeout 5'")
    args = parser.parse_args(argv)
    import requests

    tmp = tempfile.TemporaryDirectory(prefix="kg-load-")
    source = ["--store", str(args.store)] if args.store else [str(args.graph)] if args.graph else None
    if source is None:
        out = Path(tmp.name) / "out"
        subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "examples" / "articles"), "--out", str(out)],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        source = [str(out / "graph.trig")]
    kind = args.params or ("seed" if source[-1].startswith(tmp.name) else "bbc")
    work = queries(kind)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "kg", "serve", *source, "--port", str(port), *args.serve_args.split()],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if requests.get(url, params={"query": "ASK {}"}, timeout=30).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                print("the server did not start:", server.stderr.read() if server.poll() is not None else "timeout")
                return 1
            time.sleep(0.2)
        peak, stop = [0], threading.Event()

        def sample():
            while not stop.is_set():
                peak[0] = max(peak[0], tree_pss(server.pid))
                stop.wait(1.0)

        latencies: list[float] = []
        errors: list[str] = []
        by_query: dict[str, list[float]] = {name: [] for name, _ in work}
        lock = threading.Lock()
        end_by = time.monotonic() + args.deadline

        def client(k: int):
            session = requests.Session()
            for i in range(args.requests):
                if time.monotonic() > end_by:
                    with lock:
                        errors.append("deadline")
                    return
                name, text = work[(k + i) % len(work)]
                started = time.perf_counter()
                try:
                    response = session.post(url, data={"query": text}, timeout=60,
                                            headers={"Accept": "application/sparql-results+json"})
                    ok = response.status_code == 200
                    detail = f"{name}: HTTP {response.status_code} {response.text[:80]!r}"
                except requests.RequestException as exc:
                    ok, detail = False, f"{name}: {type(exc).__name__}"
                took = time.perf_counter() - started
                with lock:
                    latencies.append(took)
                    by_query[name].append(took)
                    if not ok:
                        errors.append(detail)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        started = time.perf_counter()
        threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
        stop.set()
        sampler.join()
        latencies.sort()

        def pct(p):
            return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

        print(f"kg serve {' '.join(source)} {args.serve_args}".strip())
        print(f"{args.clients} clients x {args.requests} requests = {len(latencies)} sent in {wall:.1f} s "
              f"({len(latencies) / wall:.0f} req/s), {len(work)} canned queries ({kind} parameters)")
        print(f"errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
        print(f"latency ms: p50 {pct(0.50):.1f}  p95 {pct(0.95):.1f}  max {latencies[-1] * 1000:.1f}")
        print(f"memory: peak PSS of the server and its query processes {peak[0] / 2**20:.0f} MB")
        for name, times in by_query.items():
            if times:
                print(f"  {name:<18} median {statistics.median(times) * 1000:7.1f} ms")
        return 1 if errors else 0
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
        tmp.cleanup()


if __name__ == "__main__":
    sys.exit(main())
