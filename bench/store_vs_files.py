"""Do the store and the files of one build hold the same graph? (issue 18)

Loads a ``kg build --store`` folder and a ``graph.trig`` of ``kg build --out`` into Oxigraph and
compares their quads as N-Quads lines; prints the counts and the first differing lines (``S`` only
in the store, ``F`` only in the files). Exit status 1 when they differ.

    kg build ../shared/corpora/bbc-news --store S --out O --workers 1     # one build, both sinks
    python bench/store_vs_files.py S O/graph.trig
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg.graph.store import open_store  # noqa: E402


def quad_lines(store: ox.Store) -> set[str]:
    """Every quad of ``store`` as its N-Quads line (without the final dot)."""
    return {str(q) for q in store}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path, help="a kg build --store folder")
    parser.add_argument("trig", type=Path, help="the graph.trig of kg build --out")
    parser.add_argument("--show", type=int, default=20, help="differing lines to print (default 20)")
    args = parser.parse_args(argv)
    in_store = quad_lines(open_store(args.store))
    files = ox.Store()
    files.load(path=str(args.trig), format=ox.RdfFormat.TRIG)
    in_files = quad_lines(files)
    differing = sorted(in_store ^ in_files)
    print(f"store {len(in_store):,} quads, files {len(in_files):,} quads, {len(differing):,} lines in one and not the other")
    for line in differing[:args.show]:
        print(("S " if line in in_store else "F ") + line)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
