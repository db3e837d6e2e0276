"""A news stream into one store (issue 23): what adding 100 articles and removing 10 cost as the store grows.

Reads the analyses of the recombined corpus (``bench/stream_corpus.py``: 20,000 distinct articles made
of the BBC corpus's paragraphs, parsed once; nothing of it in the repository), then:

1. builds the first size into a new store in one go (a full build: every article resolved at once);
2. grows the store to each size in daily batches of ``--batch`` articles (updates in place);
3. at each size, in a fresh process each: adds the next ``--add`` articles, then removes ``--remove``
   articles spread over the store; prints the seconds, the process's peak memory and the store's
   size on disk per article (database, saved analyses, resolution state);
4. once: the same ``--add`` articles built alone into an empty store.

Times leave out parsing (the analyses are made beforehand; parsing costs the same at every size) and
what every process pays once whatever the store's size (loading the gazetteer and the GeoNames index:
printed apart; a long-running writer pays it once).
A size the corpus has no analyses for yet is reported as missing, never estimated. Beside each time,
the process's CPU seconds (all its threads): on a machine shared with other work the wall time follows
the load, the CPU time much less.

    nice -n 19 python bench/stream.py --sizes 2000,10000,20000
"""
from __future__ import annotations

import argparse
import json
import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from stream_corpus import WORK, load_analyses  # noqa: E402

_CHILD = """
import json, pickle, sys, time
sys.path.insert(0, {root!r})
from kg.graph.sync import add_analyses, remove_articles
what, store, arg = sys.argv[1], sys.argv[2], sys.argv[3]
# what every process pays once, whatever the store's size: the gazetteer, the GeoNames index, place sizes
started = time.perf_counter()
from kg.places.features import names_matching
from kg.resolve.gazetteer import Gazetteer
from kg.resolve.placenames import place_size
Gazetteer.with_aliases(None), names_matching("London"), place_size("London")
warm = time.perf_counter() - started
if what == "add":
    analyses = [a.unpack() for a in pickle.load(open(arg, "rb"))]
    started, cpu = time.perf_counter(), time.process_time()
    summary = add_analyses(store, analyses)
else:
    ids = json.loads(arg)
    started, cpu = time.perf_counter(), time.process_time()
    summary = remove_articles(store, ids)
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
# the process's own peak (VmHWM; ru_maxrss would keep the peak of the parent it was forked from)
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")) / 1024
if "quads" not in summary and {count!r}:  # an update in place does not count the whole store (O(store)): counted here, untimed
    from kg.graph.store import open_store
    summary["quads"] = len(open_store(store))
print(json.dumps({{"seconds": seconds, "cpu": cpu, "warm": warm, "peak_mb": peak, "load": __import__("os").getloadavg()[0],
                  "summary": summary}}))
"""


def in_child(what: str, store: Path, arg: str, count: bool = True) -> dict:
    """Run one add or remove in a fresh process: its seconds, its peak memory, the store's summary
    (``count``: with the store's quads, counted after the timed call)."""
    done = subprocess.run([sys.executable, "-c", _CHILD.format(root=str(ROOT), count=count), what, str(store), arg],
                          capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{what} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _still_growing(work: Path) -> bool:
    """Has bench/stream_corpus.py written an analyses file in the last ten minutes?"""
    files = list((work / "analyses").glob("*.pkl"))
    return bool(files) and time.time() - max(f.stat().st_mtime for f in files) < 600


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6 if path.exists() else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=WORK, help=f"the corpus work folder (default {WORK})")
    parser.add_argument("--sizes", default="2000,10000,20000", help="stored articles at which to measure")
    parser.add_argument("--add", type=int, default=100)
    parser.add_argument("--remove", type=int, default=10)
    parser.add_argument("--batch", type=int, default=1000, help="articles per update while the store grows")
    parser.add_argument("--wait", action="store_true", help="wait for bench/stream_corpus.py to analyse the articles a size needs")
    args = parser.parse_args(argv)
    from kg.graph.sync import add_analyses

    sizes = [int(s) for s in args.sizes.split(",")]
    analyses = load_analyses(args.work)
    print(f"{len(analyses):,} analyses in {args.work}", flush=True)
    store = args.work / "store"
    shutil.rmtree(store, ignore_errors=True)
    batch_file = args.work / "batch.pkl"
    rows, alone = [], None
    count, taken, pending = 0, 0, []  # articles in the store, analyses used so far, removed ones to add again
    for size in sizes:
        need = size - count - len(pending) + taken + args.add
        while need > len(analyses) and args.wait > 0:  # the corpus is still being analysed: wait for it
            time.sleep(60)
            analyses = analyses + load_analyses(args.work)[len(analyses):]
            if need > len(analyses) and not _still_growing(args.work):
                break
        if need > len(analyses):
            rows.append((size, None))
            print(f"{size:,}: missing (only {len(analyses):,} analyses made)", flush=True)
            continue
        started = time.perf_counter()
        grow = pending + analyses[taken:taken + size - count - len(pending)]
        taken += len(grow) - len(pending)
        pending = []
        if count == 0:
            add_analyses(store, [a.unpack() for a in grow])
            print(f"full build of {size:,} articles: {time.perf_counter() - started:.0f} s", flush=True)
        else:
            for n in range(0, len(grow), args.batch):
                add_analyses(store, [a.unpack() for a in grow[n:n + args.batch]])
            print(f"grown to {size:,} articles in batches of {args.batch:,}: {time.perf_counter() - started:.0f} s", flush=True)
        count = size
        batch = analyses[taken:taken + args.add]
        taken += args.add
        batch_file.write_bytes(pickle.dumps(batch))
        if alone is None:
            empty = args.work / "empty"
            shutil.rmtree(empty, ignore_errors=True)
            alone = in_child("add", empty, str(batch_file))
            shutil.rmtree(empty, ignore_errors=True)
            print(f"{args.add} articles into an empty store: {alone['seconds']:.1f} s (CPU {alone['cpu']:.1f} s), {alone['peak_mb']:.0f} MB, "
                  f"load {alone['load']:.1f}", flush=True)
        added = in_child("add", store, str(batch_file))
        count += args.add
        in_store = analyses[:taken]
        pending = [in_store[i * (len(in_store) // args.remove)] for i in range(args.remove)]
        removed = in_child("remove", store, json.dumps([a.article_id for a in pending]))
        count -= args.remove
        parts = {name: size_mb(store / name) for name in ("oxigraph", "analyses")}
        parts["state"] = sum(f.stat().st_size for f in store.glob("resolution.sqlite*")) / 1e6
        rows.append((size, (added, removed, parts, count)))
        print(f"{size:,}: add {added['seconds']:.1f} s, CPU {added['cpu']:.1f} s ({added['peak_mb']:.0f} MB; {added['summary']}), "
              f"remove {removed['seconds']:.1f} s, CPU {removed['cpu']:.1f} s ({removed['peak_mb']:.0f} MB; {removed['summary']})",
              flush=True)
    print()
    print(f"| stored articles | add {args.add}: s (CPU s) | peak MB | remove {args.remove}: s (CPU s) | peak MB | "
          "store on disk per article, KB (database + analyses + state) | quads | load (1 min) |")
    print("| ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |")
    for size, found in rows:
        if found is None:
            print(f"| {size:,} | missing | | | | |")
            continue
        added, removed, parts, count = found
        per = {k: v * 1000 / count for k, v in parts.items()}
        print(f"| {size:,} | {added['seconds']:.1f} ({added['cpu']:.1f}) | {added['peak_mb']:.0f} | "
              f"{removed['seconds']:.1f} ({removed['cpu']:.1f}) | "
              f"{removed['peak_mb']:.0f} | {sum(per.values()):.0f} ({per['oxigraph']:.0f} + {per['analyses']:.0f} + {per['state']:.0f}) "
              f"| {removed['summary']['quads']:,} | {added['load']:.1f}, {removed['load']:.1f} |")
    if alone is not None:
        print(f"\n{args.add} articles alone into an empty store: {alone['seconds']:.1f} s (CPU {alone['cpu']:.1f} s), "
              f"peak {alone['peak_mb']:.0f} MB")
        warm = [r[1][0]["warm"] for r in rows if r[1]] + [r[1][1]["warm"] for r in rows if r[1]] + [alone["warm"]]
        print(f"not in the times above: loading the gazetteer, GeoNames index and place sizes, once per process: "
              f"{min(warm):.1f}-{max(warm):.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
