"""Issue 23's Done-when in one command: adding 100 articles at 2,000 and at 20,000 stored articles and
alone, removing 10 at both sizes, each in a fresh process, from stores made beforehand.

``bench/stream.py`` grows a store from 2,000 to 20,000 articles in updates of 1,000 (hours on this
machine). This bench times the same operations on two stores prepared once (``--prepare``) and copied
for every run, so that the table takes minutes and can be re-run on a quiet machine:

* ``DIR/2000``: a full build of the corpus's first 2,000 articles (by id);
* ``DIR/20000``: a copy of a store grown to 20,000 articles by ``bench/stream.py`` (``--from``), with
  the 100 articles to add taken out if it holds them, its state brought to the code's layout and
  every statement summed (what its next update would otherwise do on the way: untimed here);
* the 100 articles to add: the corpus's last 100 (by id) that neither store holds; the 10 to remove:
  spread over each store.

Each run copies both stores, then (each in a fresh process, as ``bench/stream.py``) adds the 100 to an
empty store, to the 2,000 and to the 20,000 store, and removes 10 from each. It prints the median
of ``--runs`` runs of wall seconds and of the process's CPU seconds (all its threads: on a shared
machine the wall time follows the load, the CPU time much less), and the Done-when ratios.

    nice -n 19 python bench/stream_done.py --prepare --from /tmp/kg-stream/store-20k   # once, ~10 min
    python bench/stream_done.py --runs 3                                             # the table, ~5 min quiet
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from stream import in_child  # noqa: E402
from stream_corpus import WORK, load_analyses  # noqa: E402

ADD, REMOVE, SMALL = 100, 10, 2000


def stored_ids(store: Path) -> list[str]:
    """The articles a store's state holds, by id."""
    db = sqlite3.connect(f"file:{store / 'resolution.sqlite'}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in db.execute("SELECT id FROM article"))
    finally:
        db.close()


def spread(ids: list[str], n: int) -> list[str]:
    """``n`` ids spread evenly over ``ids``."""
    return [ids[i * (len(ids) // n) + 3] for i in range(n)]


def prepare(work: Path, out: Path, source: Path) -> None:
    """Make ``out/2000``, ``out/20000`` and ``out/plan.json`` (what to add and remove)."""
    from kg.graph.stream import State, _statement_rows, _terms
    from kg.graph.store import store_base
    from kg.graph.sync import add_analyses, remove_articles
    from kg.terms import DEFAULT_BASE, Vocabulary

    analyses = sorted(load_analyses(work), key=lambda a: a.article_id)
    out.mkdir(parents=True, exist_ok=True)
    big = out / "20000"
    shutil.rmtree(big, ignore_errors=True)
    started = time.perf_counter()
    shutil.copytree(source, big, symlinks=True)
    held = set(stored_ids(big))
    # the batch: the corpus's last 100 articles (by id); the 20,000 store gives back those it holds (untimed)
    first = {a.article_id for a in analyses[:SMALL]}
    batch = list(reversed([a for a in reversed(analyses) if a.article_id not in first][:ADD]))
    inside = [a.article_id for a in batch if a.article_id in held]
    if inside:
        remove_articles(big, inside)
    # bring the state to this code's layout and sum every statement now: an update would do it on the way
    state = State(big)
    if not state.usable():
        raise SystemExit(f"{big}: its state is not usable in place (another layout): run one update on it first")
    K = _terms(Vocabulary(store_base(big) or DEFAULT_BASE))
    for iri in [i for (i,) in state.db.execute("SELECT DISTINCT iri FROM stmt WHERE conf IS NULL")]:
        _statement_rows(state, iri, K)
    state.db.commit()
    state.close()
    print(f"20,000 store: {len(stored_ids(big)):,} articles, made from {source} in {time.perf_counter() - started:.0f} s",
          flush=True)
    small = out / str(SMALL)
    shutil.rmtree(small, ignore_errors=True)
    started = time.perf_counter()
    ids = {b.article_id for b in batch}
    add_analyses(small, [a.unpack() for a in analyses if a.article_id not in ids][:SMALL])
    print(f"2,000 store: a full build in {time.perf_counter() - started:.0f} s", flush=True)
    (out / "batch.pkl").write_bytes(pickle.dumps(batch))
    plan = {"add": [a.article_id for a in batch],
            "remove": {str(SMALL): spread(stored_ids(small), REMOVE), "20000": spread(stored_ids(big), REMOVE)}}
    (out / "plan.json").write_text(json.dumps(plan, indent=1), encoding="utf-8")


def one_run(out: Path, plan: dict) -> dict:
    """One run: the adds and removes, each in a fresh process, on fresh copies of the stores."""
    found = {}
    empty = out / "run-empty"
    shutil.rmtree(empty, ignore_errors=True)
    found["alone"] = in_child("add", empty, str(out / "batch.pkl"), count=False)
    shutil.rmtree(empty, ignore_errors=True)
    for size in (str(SMALL), "20000"):
        copy = out / f"run-{size}"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(out / size, copy, symlinks=True)
        os.sync()  # the copy's gigabytes written out now, not during the timed calls (their fsyncs would wait)
        found[f"add {size}"] = in_child("add", copy, str(out / "batch.pkl"), count=False)
        found[f"remove {size}"] = in_child("remove", copy, json.dumps(plan["remove"][size]), count=False)
        shutil.rmtree(copy, ignore_errors=True)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=WORK, help=f"the corpus work folder (default {WORK})")
    parser.add_argument("--dir", type=Path, default=None, help="where the prepared stores are (default WORK/done-when)")
    parser.add_argument("--prepare", action="store_true", help="make the two stores and the plan (once)")
    parser.add_argument("--from", dest="source", type=Path, default=None,
                        help="with --prepare: a store grown to 20,000 articles by bench/stream.py")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    out = args.dir or args.work / "done-when"
    if args.prepare:
        if args.source is None:
            parser.error("--prepare needs --from STORE (a store grown to 20,000 articles by bench/stream.py)")
        prepare(args.work, out, args.source)
    if not (out / "plan.json").is_file():
        raise SystemExit(f"{out}: no prepared stores (run with --prepare --from STORE first)")
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    runs = []
    for n in range(args.runs):
        runs.append(one_run(out, plan))
        shown = ", ".join(f"{k} {v['seconds']:.1f} s (CPU {v['cpu']:.1f})" for k, v in runs[-1].items())
        print(f"run {n + 1}: {shown}; load {os.getloadavg()[0]:.1f}", flush=True)

    def median(key, field):
        return statistics.median(r[key][field] for r in runs)

    print(f"\nmedian of {len(runs)} runs, each operation in a fresh process (load now {os.getloadavg()[0]:.1f}):\n")
    print(f"| | add {ADD}: s (CPU s) | remove {REMOVE}: s (CPU s) | peak MB (add) | articles rewritten / left stale (add) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    print(f"| {ADD} alone into an empty store | {median('alone', 'seconds'):.2f} ({median('alone', 'cpu'):.2f}) | | "
          f"{median('alone', 'peak_mb'):.0f} | |")
    for size in (str(SMALL), "20000"):
        s = runs[0][f"add {size}"]["summary"]
        print(f"| at {len(stored_ids(out / size)):,} stored | {median(f'add {size}', 'seconds'):.2f} ({median(f'add {size}', 'cpu'):.2f}) | "
              f"{median(f'remove {size}', 'seconds'):.2f} ({median(f'remove {size}', 'cpu'):.2f}) | "
              f"{median(f'add {size}', 'peak_mb'):.0f} | {s.get('articles rewritten for them', '?')} / "
              f"{s.get('articles left stale', s.get('articles left with a changed type', '?'))} |")
    print()
    for field, name in (("seconds", "wall"), ("cpu", "CPU")):
        big, small, alone = median("add 20000", field), median(f"add {SMALL}", field), median("alone", field)
        remove = median("remove 20000", field)
        print(f"{name}: add at 20,000 / at 2,000 = {big / small:.2f} (Done-when <= 1.5: {'met' if big / small <= 1.5 else 'NOT met'}); "
              f"add at 20,000 / alone = {big / alone:.2f} (<= 3: {'met' if big / alone <= 3 else 'NOT met'}); "
              f"remove 10 at 20,000 = {remove:.2f} s (< 10 s: {'met' if remove < 10 else 'NOT met'})")
    print("\nNot in the times: loading the gazetteer, GeoNames index and place sizes, once per process "
          f"({min(v['warm'] for r in runs for v in r.values()):.1f}-{max(v['warm'] for r in runs for v in r.values()):.1f} s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
