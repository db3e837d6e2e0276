"""The canned queries on a store built by ``bench/stream.py`` (issue 23: ≤ 0.2 s median at the largest size).

Times each canned query, with the BBC parameters of ``bench/sparql.py`` (the recombined corpus names
the same people; article-facts takes one of its own articles, ``--article``), on the store as it
stands: median of ``--runs`` runs, rows fully read. Prints a Markdown table: wall seconds, and the
CPU seconds of this process (Oxigraph answers in the calling thread, so on a busy machine the CPU
time is what the wall time would be on a quiet one), with the load average before and after.

    python bench/stream_sparql.py /tmp/kg-stream/store --runs 5
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sparql import query_texts  # noqa: E402

from kg.graph.store import open_store  # noqa: E402
from kg.query import bind_params, graph_prefixes, load_query  # noqa: E402

TARGET = 0.2


def time_query(store, text: str, prefixes: dict, runs: int) -> tuple[float, float, int]:
    """Median wall and CPU seconds of ``runs`` runs, and the number of rows."""
    walls, cpus, count = [], [], 0
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        count = sum(1 for _ in store.query(text, use_default_graph_as_union=True, prefixes=prefixes))
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--queries", nargs="+", metavar="NAME", help="time only these canned queries")
    parser.add_argument("--article", default="r00296", help="article-facts' article (default: one of the recombined corpus)")
    args = parser.parse_args(argv)
    base = json.loads((args.store / "kg-store.json").read_text())["base"]
    store = open_store(args.store)
    texts = {name: text for name, (text, _plain) in query_texts(base).items()}
    texts["article-facts"] = bind_params(load_query("article-facts")[0], {"article": args.article})
    load_before = os.getloadavg()[0]
    print(f"{args.store}, median of {args.runs} runs, load average {load_before:.1f} at the start\n")
    print("| query | rows | wall s | CPU s |\n| --- | ---: | ---: | ---: |")
    over = []
    for name, text in texts.items():
        if args.queries and name not in args.queries:
            continue
        wall, cpu, rows = time_query(store, text, graph_prefixes(base), args.runs)
        over += [name] if wall > TARGET else []
        print(f"| {name} | {rows:,} | {wall:.3f} | {cpu:.3f} |", flush=True)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end; over {TARGET} s (wall): {', '.join(over) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
