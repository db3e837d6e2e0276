"""Seconds of cross-article entity resolution on a corpus, and its share of the build (issue 17:
"resolution stays fast: report its seconds on the whole BBC corpus before and after").

Resolution reads only the articles' mentions, so it is timed on analyses saved beside a store
(`kg build --store DIR` writes them): the store is built once (or given with --store), then
``kg.resolution.resolve_articles`` runs --repeat times on those analyses in this process; the best
and the median are printed with the build's own seconds. To compare two checkouts on the same
analyses, run each one's script with the same --store.

    python bench/resolution.py                                # builds the BBC corpus into --cache once
    python bench/resolution.py --store /tmp/kg-res/store      # times only, on a store's analyses
    python bench/resolution.py --corpus DIR --limit 300 --repeat 5
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news"


def build_store(corpus: Path, store: Path, workers: int) -> float:
    """``kg build CORPUS --store STORE`` in a child process; its wall seconds."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store),
                           "--workers", str(workers)], cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in (0, 1):  # 1: some file was skipped, the build still counts
        raise SystemExit(f"kg build failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return time.perf_counter() - started


def time_resolution(store: Path, repeat: int) -> dict:
    """Resolve the analyses saved beside ``store`` ``repeat`` times: their counts and the seconds."""
    sys.path.insert(0, str(ROOT))
    from kg.graph.saved import all_saved_analyses
    from kg.resolution import resolve_articles

    analyses, unreadable = all_saved_analyses(store)
    if not analyses:
        raise SystemExit(f"{store}: no saved analyses (build it with kg build --store)")
    seconds, cpu = [], []
    for _ in range(repeat):
        wall0, cpu0 = time.perf_counter(), time.process_time()
        resolution = resolve_articles(analyses)
        seconds.append(time.perf_counter() - wall0)
        cpu.append(time.process_time() - cpu0)
    mentions = sum(len(a.mentions) for a in analyses)
    return {"articles": len(analyses), "mentions": mentions, "unreadable": len(unreadable),
            "entities": len(resolution.entities), "best": min(seconds), "median": statistics.median(seconds),
            "cpu best": min(cpu)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--store", type=Path, help="a store folder with saved analyses (not built again)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/kg-resolution-bench"),
                        help="where the corpus is built when --store is not given")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    build_seconds = None
    store = args.store
    if store is None:
        if not args.corpus.is_dir():
            print(f"{args.corpus}: no corpus here (give --corpus or --store)", file=sys.stderr)
            return 2
        store = args.cache / "store"
        if not (store / "analyses").is_dir():
            build_seconds = build_store(args.corpus, store, args.workers)
    figures = time_resolution(store, args.repeat)
    print(f"analyses of {store}: {figures['articles']} articles, {figures['mentions']} mentions "
          f"→ {figures['entities']} entities" + (f" ({figures['unreadable']} unreadable)" if figures["unreadable"] else ""))
    print(f"resolution: best {figures['best']:.2f} s, median {figures['median']:.2f} s of {args.repeat} "
          f"(CPU best {figures['cpu best']:.2f} s)")
    if build_seconds is not None:
        print(f"the build (kg build --store, {args.workers} workers): {build_seconds:.1f} s; "
              f"resolution is {figures['best'] / build_seconds:.1%} of it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
