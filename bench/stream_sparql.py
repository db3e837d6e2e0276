"""The canned queries on a store built by ``bench/stream.py`` (issue 23: ≤ 0.2 s median at the largest size).

Times each canned query, with the BBC parameters of ``bench/sparql.py`` (the recombined corpus names
the same people), on the store as it stands: median of ``--runs`` runs, rows fully read.

    python bench/stream_sparql.py /tmp/kg-stream/store --runs 5
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sparql import query_texts, time_oxigraph  # noqa: E402

from kg.graph.store import open_store  # noqa: E402
from kg.query import graph_prefixes  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--queries", nargs="+", metavar="NAME", help="time only these canned queries")
    args = parser.parse_args(argv)
    base = json.loads((args.store / "kg-store.json").read_text())["base"]
    store = open_store(args.store)
    texts = query_texts(base)
    slow = []
    for name, (text, _plain) in texts.items():
        if args.queries and name not in args.queries:
            continue
        median, rows = time_oxigraph(store, text, graph_prefixes(base), args.runs)
        slow += [name] if median > 0.2 else []
        print(f"{name:<20} {median:.3f} s ({rows} rows)", flush=True)
    print(f"over 0.2 s: {', '.join(slow) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
