"""Throughput and memory of kg against bare spaCy on the same paragraphs, same model, same run.

Each configuration runs in a fresh subprocess; this parent samples the
resident memory of the subprocess and all its children (worker processes)
with psutil and keeps the peak. Configurations:

* ``bare``    — ``nlp.pipe`` over the paragraphs kg parses (the reference; ``n_process`` = workers)
* ``extract`` — what ``kg extract PATHS -o FILE --workers N`` runs (the CLI, in-process)
* ``build``   — what ``kg build PATHS --store DIR --workers N`` runs (the CLI, in-process):
  parse, resolve, write the on-disk Oxigraph store and the saved analyses
* ``build-files`` — what ``kg build PATHS --out DIR`` runs: the same graph written as files
  (Turtle, TriG, JSON Lines, HTML) from an in-memory store; not run by default

plus ``build`` with one worker on the first 500 and 1,000 articles for the memory growth.
Bare spaCy's time is what a user's script pays for the same texts: load the pipeline
(the same components as spaCy ships them, kg's ``load_pipeline(plain=True)``: kg's own runs
its attribute ruler and lemmatizer faster, ``kg.nlp.fastpipes``), read and cut the articles into kg's
paragraphs, ``nlp.pipe`` them (batches of 64, kg's batch; ``n_process`` = workers).
kg's configurations run as the CLI does, which loads, reads and parses the same way.
Imports are outside both clocks: bare imports what kg's configurations import before theirs
(``kg.builder`` and ``kg.cli``: spaCy, thinc and the pipeline's factories; until session 25 bare's clock
held those imports, ~0.6–0.9 CPU s that ``spacy.load`` made at first use, and kg's ratio read ~0.015
higher on 600 articles than on the same footing). Until session 6 bare's clock held the parse alone
(load ~0.5–1.5 s and reading outside it, kg's inside); that ratio is still printed
("bare's parse alone"), and so is the ratio of the CPU seconds of the two processes,
which a busy machine moves far less than the wall clock.

    python bench/throughput.py                                   # the whole corpus (~22 min on 2 cores)
    python bench/throughput.py --limit 200 --no-scaling          # a quick look
    python bench/throughput.py --corpus DIR --workers 1 2 --json out.json
    python bench/throughput.py --configs build --no-scaling --repeat 3   # the build ratio, median of 3

With ``--repeat N`` every configuration runs N times, the repeats interleaved so
that the machine's drift hits all configurations alike; the ratios compare the
runs of median time, the memory targets take the highest peak.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news"
SCALING_POINTS = (500, 1000)
SAMPLE_EVERY = 0.2  # seconds between memory samples
TREE_EVERY, PSS_EVERY = 5, 10  # samples between listings of the process tree, between PSS readings


# ---------------------------------------------------------------- in the child

def corpus_subset(corpus: Path, limit: int | None, into: Path) -> Path:
    """A folder of copies of the first ``limit`` articles in ingest order (the corpus itself when no
    limit). Copies, not links: kg skips links that lead out of an input folder (--follow-links)."""
    if not limit:
        return corpus
    sys.path.insert(0, str(ROOT))
    from kg.ingest import iter_files
    from kg.problems import ProblemLog

    into.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(iter_files([corpus], ProblemLog())):
        if i >= limit:
            break
        shutil.copyfile(path, into / f"{i:05d}_{path.name}")
    return into


def child(config: str, workers: int, corpus: Path, limit: int | None, model: str | None) -> dict:
    """Run one configuration here; its result with the CPU seconds it used, split between this
    process (with its threads: the writer and the bulk loader) and its worker processes."""
    import shutil

    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    before = os.times()
    try:
        result = run_child(config, workers, corpus, limit, model, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    after = os.times()  # worker processes are joined by now, so their time is in children_*
    result["cpu_main"] = after.user + after.system - before.user - before.system
    result["cpu_workers"] = (after.children_user + after.children_system
                             - before.children_user - before.children_system)
    return result


def run_child(config: str, workers: int, corpus: Path, limit: int | None, model: str | None, work: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    from kg.nlp import load_pipeline

    source = corpus_subset(corpus, limit, work / "articles")
    if config == "bare":
        import kg.builder  # noqa: F401  (as kg's configurations do before their clock: spaCy, thinc, the factories)
        import kg.cli  # noqa: F401
        from kg.ingest import read_articles
        from kg.problems import ProblemLog
        from kg.segment import article_paragraphs

        started = time.perf_counter()
        nlp = load_pipeline(model, plain=True)  # spaCy's components as shipped (kg.nlp.fastpipes is kg.s)
        load = time.perf_counter() - started
        articles = list(read_articles([source], ProblemLog()))
        paragraphs = [p.text for a in articles for p in article_paragraphs(a)]
        parsing = time.perf_counter()
        sentences = sum(sum(1 for _ in doc.sents) for doc in nlp.pipe(paragraphs, batch_size=64, n_process=workers))
        ended = time.perf_counter()
        return {"articles": len(articles), "sentences": sentences, "seconds": ended - started, "load": load,
                "parse_seconds": ended - parsing}

    import kg.builder
    from kg.cli import app

    captured = {}
    original = kg.builder.run

    def counting_run(paths, sinks, **kwargs):
        results = original(paths, sinks, **kwargs)
        captured.update(articles=sinks[0].stats.parsed, sentences=sinks[0].stats.sentences)
        return results

    kg.builder.run = counting_run
    args = {"extract": ["extract", str(source), "-o", str(work / "triples.jsonl")],
            "build": ["build", str(source), "--store", str(work / "store")],
            "build-files": ["build", str(source), "--out", str(work / "out")]}[config]
    args += ["--workers", str(workers)] + (["--model", model] if model else [])
    started = time.perf_counter()
    try:
        app(args, standalone_mode=False)
    except SystemExit as exc:  # typer.Exit(1) when some file was skipped; the run still counts
        if exc.code not in (0, 1, None):
            raise
    seconds = time.perf_counter() - started
    return {**captured, "seconds": seconds}


# ---------------------------------------------------------------- in the parent

def tree_memory(processes, full: bool = True) -> tuple[int, int]:
    """(RSS, PSS) in bytes of ``processes`` (PSS counts shared pages once; it reads
    ``/proc/PID/smaps``, so without ``full`` it is not read and given as 0)."""
    import psutil

    rss = pss = 0
    for p in processes:
        try:
            info = p.memory_full_info() if full else p.memory_info()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        rss += info.rss
        pss += getattr(info, "pss", info.rss) if full else 0
    return rss, pss


def run_config(config: str, workers: int, corpus: Path, limit: int | None, model: str | None) -> dict:
    """Run one configuration in a fresh subprocess; its result plus the peak memory of its process tree.

    The sampling runs on the same cores as the configuration, so it is kept cheap: the
    process tree (a scan of every process) is listed every second and PSS read every two,
    RSS every 0.2 s (sampling everything every 0.2 s cost 7 % of a core, enough to slow
    a configuration that keeps both cores busy by ~5 s).
    """
    import psutil

    command = [sys.executable, __file__, "--child", config, "--workers", str(workers), "--corpus", str(corpus)]
    command += (["--limit", str(limit)] if limit else []) + (["--model", model] if model else [])
    started = time.perf_counter()
    returncode, out, errors, peak_rss, peak_pss = run_sampled(command)
    if returncode != 0:
        raise SystemExit(f"{config} with {workers} worker(s) failed ({returncode}):\n{errors[-3000:]}")
    result = json.loads(out.strip().splitlines()[-1])
    return {"config": config, "workers": workers, "limit": limit, **result, "wall": time.perf_counter() - started,
            "peak_rss_mb": peak_rss / 2**20, "peak_pss_mb": peak_pss / 2**20}


def run_sampled(command: list[str]) -> tuple[int, str, str, int, int]:
    """Run ``command`` to its end, sampling the peak RSS and PSS of its process tree; its return code,
    stdout, stderr and the two peaks in bytes.

    The child writes into temporary files, not pipes: a child that reports more than a pipe holds
    (~64 KB: one "skipped" line per file of a corpus of symlinks) would block on its stderr while
    this parent, sampling, never reads it, and the run would hang.
    """
    import tempfile

    import psutil

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=err, text=True)
        handle = psutil.Process(proc.pid)
        peak_rss = peak_pss = 0
        tree = [handle]
        sample = 0
        while proc.poll() is None:
            if sample % TREE_EVERY == 0:
                try:
                    tree = [handle] + handle.children(recursive=True)
                except psutil.NoSuchProcess:
                    pass
            rss, pss = tree_memory(tree, full=sample % PSS_EVERY == 0)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            sample += 1
            time.sleep(SAMPLE_EVERY)
        out.seek(0)
        err.seek(0)
        return proc.returncode, out.read(), err.read(), peak_rss, peak_pss


def row(r: dict) -> str:
    label = f"{r['config']}" + (f" ({r['articles']} articles)" if r.get("limit") else "")
    return (f"| {label} | {r['workers']} | {r['articles']} | {r['sentences'] / r['seconds']:.1f} | "
            f"{r['articles'] / r['seconds']:.2f} | {r['seconds']:.1f} | {r['cpu_main']:.0f} + {r['cpu_workers']:.0f} | "
            f"{r['peak_rss_mb']:.0f} | {r['peak_pss_mb']:.0f} |")


def best_speedup(one: dict, many: dict, cores: int) -> float:
    """The most ``many`` could gain on ``one`` here: its CPU seconds spread evenly over
    ``cores`` busy cores (or its workers' own time, when that is longer) against ``one``'s time.

    >>> best_speedup({"seconds": 240}, {"cpu_main": 80, "cpu_workers": 200, "workers": 2}, 2)
    1.7142857142857142
    """
    floor = max((many["cpu_main"] + many["cpu_workers"]) / cores, many["cpu_workers"] / many["workers"])
    return one["seconds"] / floor


def typical(runs: list[dict]) -> dict:
    """The run of median time (the lower middle one of an even number).

    >>> typical([{"seconds": 3}, {"seconds": 1}, {"seconds": 2}])["seconds"]
    2
    """
    middle = statistics.median_low(r["seconds"] for r in runs)
    return next(r for r in runs if r["seconds"] == middle)


def report(results: list[dict], cores: int = 2) -> str:
    lines = ["| configuration | workers | articles | sentences/s | articles/s | seconds | CPU s (main + workers) | "
             "peak RSS MB | peak PSS MB |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    lines += [row(r) for r in results]
    repeats: dict = {}
    for r in results:  # the 500/1,000 memory runs are not repeats of the main runs
        if not r.get("scaling"):
            repeats.setdefault((r["config"], r["workers"]), []).append(r)
    full = {key: typical(runs) for key, runs in repeats.items()}
    if any(len(runs) > 1 for runs in repeats.values()):
        lines += ["", "Ratios below use the run of median time of each configuration: "
                  + "; ".join(f"{c} {w}w " + ", ".join(f"{r['seconds']:.1f}" for r in runs) + " s"
                              for (c, w), runs in repeats.items())]

    def rate(config, workers):
        r = full.get((config, workers))
        return r["sentences"] / r["seconds"] if r else None

    def parse_rate(workers):  # bare's parse alone (its clock before session 6)
        r = full.get(("bare", workers))
        return r["sentences"] / r["parse_seconds"] if r and "parse_seconds" in r else None

    def cpu_rate(config, workers):  # CPU seconds of the whole process tree (imports included in both)
        r = full.get((config, workers))
        return r["sentences"] / (r["cpu_main"] + r["cpu_workers"]) if r else None

    lines.append("")
    checks = [("extract / bare, 1 worker", rate("extract", 1), rate("bare", 1), 0.8),
              ("extract / bare's parse alone, 1 worker", rate("extract", 1), parse_rate(1), None),
              ("extract / bare in CPU seconds, 1 worker", cpu_rate("extract", 1), cpu_rate("bare", 1), None),
              ("build / bare, 1 worker", rate("build", 1), rate("bare", 1), 0.7),
              ("extract 2 workers / 1", rate("extract", 2), rate("extract", 1), 1.7),
              ("build 2 workers / 1", rate("build", 2), rate("build", 1), 1.7),
              ("bare 2 processes / 1 (reference)", rate("bare", 2), rate("bare", 1), None)]
    for name, a, b, target in checks:
        if a and b:
            verdict = "" if target is None else (" (target ≥ %.1f: %s)" % (target, "met" if a / b >= target else "MISSED"))
            lines.append(f"- {name}: {a / b:.2f}×{verdict}")
    for config in ("extract", "build"):
        one, two = full.get((config, 1)), full.get((config, 2))
        if one and two:
            lines.append(f"- {config} 2 workers / 1 at best on {cores} cores, from the CPU seconds of the 2-worker run "
                         f"({two['cpu_main']:.0f} main + {two['cpu_workers']:.0f} workers): "
                         f"{best_speedup(one, two, cores):.2f}×")
    builds = sorted((r for r in results if r["config"] == "build" and r["workers"] == 1), key=lambda r: r["articles"])
    if len(builds) > 1 and builds[0]["articles"] < builds[-1]["articles"]:
        first = max((r for r in builds if r["articles"] == builds[0]["articles"]), key=lambda r: r["peak_rss_mb"])
        last = max((r for r in builds if r["articles"] == builds[-1]["articles"]), key=lambda r: r["peak_rss_mb"])
        growth = last["peak_rss_mb"] / first["peak_rss_mb"] - 1
        lines.append(f"- build peak RSS {first['articles']} → {last['articles']} articles: {first['peak_rss_mb']:.0f} → "
                     f"{last['peak_rss_mb']:.0f} MB, {growth:+.0%} (target ≤ +10 %: {'met' if growth <= 0.10 else 'MISSED'})")
    peak = max((r["peak_rss_mb"] for r in results), default=0)
    lines.append(f"- highest peak RSS (process tree): {peak:.0f} MB (target ≤ 1024: {'met' if peak <= 1024 else 'MISSED'})")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of articles (default ../shared/corpora/bbc-news)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to run (default 1 2)")
    parser.add_argument("--configs", nargs="+", default=["bare", "extract", "build"], choices=["bare", "extract", "build", "build-files"])
    parser.add_argument("--scaling", type=int, nargs="*", default=list(SCALING_POINTS),
                        help="article counts of the extra 1-worker build runs for memory growth (default 500 1000; none: skip)")
    parser.add_argument("--no-scaling", action="store_true", help="skip the memory growth runs")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: kg's)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each configuration, interleaved (default 1)")
    parser.add_argument("--json", type=Path, default=None, help="also write the results as JSON")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.workers[0], args.corpus, args.limit, args.model)))
        return
    if not args.corpus.is_dir():
        raise SystemExit(f"{args.corpus}: no such corpus folder (give --corpus DIR)")
    try:
        load = os.getloadavg()
    except OSError:
        load = None
    print(f"corpus {args.corpus}, limit {args.limit or 'none'}, {os.cpu_count()} cores, load average at start {load}",
          flush=True)
    results = []
    for _ in range(args.repeat):
        for workers in args.workers:  # each worker count runs all configurations back to back, so load drifts hit them alike
            for config in args.configs:
                results.append(run_config(config, workers, args.corpus, args.limit, args.model))
                print(row(results[-1]), flush=True)
    if not args.no_scaling and "build" in args.configs:
        for point in args.scaling:
            if args.limit is None or point != args.limit:
                results.append({**run_config("build", 1, args.corpus, point, args.model), "scaling": True})
                print(row(results[-1]), flush=True)
    try:
        load = os.getloadavg()
    except OSError:
        pass
    print(f"\nload average at end {load}\n")
    print(report(results, os.cpu_count() or 1))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
