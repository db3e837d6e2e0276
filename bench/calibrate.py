"""Fit the calibration of ``confidence`` (kg.extract.confidence) on the blind audit's verdicts.

A judged item (a triple, negated triple or plain edge of an earlier audit, with the judge's
verdict) says whether one reading of one sentence was right. The readings this checkout makes
of the same sentences are matched to it by article, sentence offset and the subject, relation
and object as written; only readings kg still makes count (a verdict on a reading kg no longer
makes says nothing about today's output). Each matched reading gets today's features
(kg.extract.confidence.reading_features), and a logistic regression is fitted on some article
seeds and reported on another (held out by article seed):

    # 1. today's readings of each audited sample, with their features (parses the articles again)
    python bench/calibrate.py readings --build /tmp/edges-b16 --out /tmp/edges-r16.jsonl
    # 2. join the judged sheets (their article seed is the build's) and fit / report
    python bench/calibrate.py fit --readings 16=/tmp/edges-r16.jsonl 17=/tmp/edges-r17.jsonl 18=/tmp/edges-r18.jsonl \\
        --sheets 16=/work/audits/base-triples,... [--diff-sheets /work/audits/s7diff/s7diff-tr-a ...] \\
        --test-seed 18 --features score,entities,...

A changed-item sheet (``--diff-sheets``) judges items of two seeds' builds: each item gets the seed
whose readings hold its article. The commands and figures of the last refit: bench/README.md,
"Session 8 (calib)".

Standard library, numpy (a spaCy dependency) and kg itself.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit import BUCKETS, bucket_of, read_jsonl, write_jsonl  # noqa: E402


# --------------------------------------------------------------------------- today's readings

def readings(build: Path, workers: int = 1) -> list[dict]:
    """Every reading kg emits today for the articles of ``build`` (its sample.json), with its features."""
    from kg.builder import build_graph
    from kg.extract.quotes import quote_spans
    from kg.records import to_json_dict
    from kg.resolve.triples import to_triple

    info = json.loads((build / "sample.json").read_text(encoding="utf-8"))
    result = build_graph(info["paths"], workers=workers)
    emitted = {(t.doc, t.start, t.subject, t.relation, t.object) for t in result.triples}
    types = {e.name: e.type for e in result.resolution.entities}
    rows = []
    for analysis in result.analyses:
        quotes = quote_spans(analysis.article.text)
        for ex in analysis.extractions:
            t = to_triple(analysis.article.id, ex, result.resolution, types, quotes)
            if (t.doc, t.start, t.subject, t.relation, t.object) not in emitted:
                continue
            rows.append({"doc": t.doc, "start": t.start, "subject": t.subject, "relation": t.relation,
                         "object": t.object, "subject_entity": t.subject_entity, "object_entity": t.object_entity,
                         "subject_type": types.get(t.subject_entity), "object_type": types.get(t.object_entity),
                         "relation_lemma": t.relation_lemma,
                         "kind": t.kind, "negated": t.negated, "modality": t.modality,
                         "attributed_to": t.attributed_to, "confidence": t.confidence,
                         "edge": edge_candidate(t), "extraction": to_json_dict(ex)})
    return rows


def extraction_of(row: dict):
    """The Extraction a reading row keeps (``to_json_dict`` of it), as a record again."""
    from kg.records import Argument, Extraction

    e = dict(row["extraction"])
    arg = lambda a: None if a is None else Argument(**a)  # noqa: E731
    e.update(subject=arg(e["subject"]), object=arg(e["object"]), speaker=arg(e["speaker"]),
             extra=tuple(arg(a) for a in e["extra"]))
    return Extraction(**e)


def features(row: dict) -> dict[str, float]:
    """Today's features of a reading row (kg.extract.confidence.reading_features)."""
    from kg.extract.confidence import reading_features

    if "_features" not in row:
        row["_features"] = reading_features(extraction_of(row), row["subject_entity"], row["object_entity"])
    return row["_features"]


def edge_candidate(t) -> bool:
    """Whether a triple would be a plain entity → entity edge at threshold 0 (kg.graph.rdf)."""
    return (t.kind != "speech" and not t.negated and t.attributed_to is None and t.modality is None
            and bool(t.subject_entity) and bool(t.object_entity))


# --------------------------------------------------------------------------- judged items

def judged(sheet: str) -> list[dict]:
    """The items of SHEET.key.jsonl with their verdicts (SHEET.verdicts.jsonl): for an edge, one
    entry per evidence reading (the verdict is the edge's)."""
    keys = read_jsonl(Path(sheet + ".key.jsonl"))
    verdicts = {v["id"]: v for v in read_jsonl(Path(sheet + ".verdicts.jsonl"))}
    out = []
    for item in keys:
        v = verdicts.get(item.get("id"))
        if v is None or v.get("correct") is None:
            continue
        base = {"sheet": Path(sheet).name, "id": item["id"], "correct": bool(v["correct"]), "class": v.get("class")}
        if item.get("kind_of_item") == "edges":
            reads = [(e["article"], e["start"], e["subject_text"], e["relation_text"], e["object_text"])
                     for e in item["evidence"]]
            out.append(dict(base, kind_of_item="edges", reads=reads))
        else:
            reads = [(item["doc"], item["start"], item["subject"], item["relation"], item["object"])]
            out.append(dict(base, kind_of_item=item.get("kind_of_item"), reads=reads))
    return out


def join(items: list[dict], rows: list[dict]) -> list[dict]:
    """Each judged item with today's reading(s) of it; items kg no longer reads are dropped.
    An edge's features are those of its most confident evidence reading."""
    index = defaultdict(list)
    for r in rows:
        index[(r["doc"], r["start"], r["subject"], r["relation"], r["object"])].append(r)
    out = []
    for item in items:
        found = [r for key in item["reads"] for r in index.get(tuple(key), [])]
        if item["kind_of_item"] == "edges":
            found = [r for r in found if r["edge"]]
        if not found:
            continue
        best = max(found, key=lambda r: r["confidence"])
        out.append(dict(item, reading=best))
    return out


# --------------------------------------------------------------------------- the model

def design(items: list[dict], names: list[str]) -> np.ndarray:
    return np.array([[1.0] + [float(features(i["reading"])[n]) for n in names] for i in items])


def fit_logistic(X: np.ndarray, y: np.ndarray, l2: float = 1.0, iterations: int = 50,
                 offset: np.ndarray | None = None) -> np.ndarray:
    """Logistic regression by Newton's method, L2 ``l2`` on every weight but the intercept;
    ``offset``: a fixed part of each item's log-odds (cues whose weight is not refitted)."""
    w = np.zeros(X.shape[1])
    offset = np.zeros(X.shape[0]) if offset is None else offset
    penalty = np.eye(X.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(X @ w + offset)))
        gradient = X.T @ (p - y) + penalty @ w
        hessian = (X.T * (p * (1 - p))) @ X + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict(X: np.ndarray, w: np.ndarray, offset: np.ndarray | None = None) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(X @ w + (0.0 if offset is None else offset))))


def fixed_offset(items: list[dict], fixed: dict[str, float]) -> np.ndarray:
    """Each item's log-odds from the cues kept at a fixed weight (``--fixed NAME=WEIGHT``)."""
    return np.array([sum(w * float(features(i["reading"])[n]) for n, w in fixed.items()) for i in items])


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def brier(p: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean((p - y) ** 2))


def table(p, y) -> list[tuple[str, int, float, int]]:
    """Calibration table: bucket → (n, mean confidence, judged correct)."""
    rows = []
    for label, _lo, _hi in BUCKETS:
        idx = [k for k in range(len(p)) if bucket_of(p[k]) == label]
        if idx:
            rows.append((label, len(idx), float(np.mean([p[k] for k in idx])), int(sum(y[k] for k in idx))))
    return rows


def calibration_error(p, y) -> float:
    """Expected calibration error: over the buckets of :func:`table`, the gap between the mean
    confidence and the share judged correct, weighted by the bucket's items (0 is perfect).

    >>> round(calibration_error(np.array([0.65, 0.65, 0.85, 0.85]), np.array([1, 0, 1, 1])), 3)
    0.15
    """
    rows = table(p, y)
    n = sum(r[1] for r in rows)
    return sum(count * abs(mean - ok / count) for _label, count, mean, ok in rows) / n if n else 0.0


def render_table(rows) -> str:
    lines = ["| confidence | n | mean confidence | judged correct |", "| --- | --- | --- | --- |"]
    for label, n, mean, ok in rows:
        lines.append(f"| {label} | {n} | {mean:.2f} | {ok} ({ok / n * 100:.0f} %) |")
    return "\n".join(lines)


def tradeoff(p, y, thresholds=(0.3, 0.4, 0.5, 0.6, 0.7, 0.8)) -> str:
    """Kept / dropped judged items at each threshold, and the share of the right ones dropped."""
    lines = ["| threshold | kept (correct / n) | precision kept | dropped correct | dropped wrong | right lost |",
             "| --- | --- | --- | --- | --- | --- |"]
    right = max(int(y.sum()), 1)
    for th in thresholds:
        keep = p >= th
        kc, kn = int(y[keep].sum()), int(keep.sum())
        dc, dw = int(y[~keep].sum()), int((~keep).sum() - y[~keep].sum())
        lines.append(f"| {th:.2f} | {kc}/{kn} | {kc / kn * 100 if kn else 0:.1f} % | {dc} | {dw} | {dc / right * 100:.0f} % |")
    return "\n".join(lines)


# --------------------------------------------------------------------------- commands

def _pairs(values: list[str]) -> list[tuple[int, str]]:
    out = []
    for v in values:
        seed, _, rest = v.partition("=")
        out += [(int(seed), p) for p in rest.split(",") if p]
    return out


def load(args) -> list[dict]:
    """The judged items of ``--sheets`` (their article seed given) and ``--diff-sheets`` (changed-item
    sheets of two seeds: an item's seed is that of the readings of its article), matched to today's
    readings; one verdict per reading of a seed (the same reading judged on a base and a final sheet
    counts once, its first verdict)."""
    rows = {seed: read_jsonl(Path(path)) for seed, path in _pairs(args.readings)}
    items = []
    for seed, sheet in _pairs(args.sheets):
        for item in join(judged(sheet), rows[seed]):
            items.append(dict(item, seed=seed))
    seed_of = {}
    for seed, seed_rows in rows.items():
        for r in seed_rows:
            seed_of.setdefault(r["doc"], seed)
    for sheet in getattr(args, "diff_sheets", None) or []:
        for item in judged(sheet):
            seed = seed_of.get(item["reads"][0][0])
            if seed is not None:
                items += [dict(i, seed=seed) for i in join([item], rows[seed])]
    seen, out = set(), []
    for item in items:
        key = (item["seed"], item["kind_of_item"] == "edges", tuple(tuple(r) for r in item["reads"]))
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def cmd_readings(args) -> int:
    rows = readings(Path(args.build), args.workers)
    write_jsonl(Path(args.out), rows)
    print(f"{len(rows)} readings, {sum(r['edge'] for r in rows)} edge candidates → {args.out}")
    return 0


def folds(items: list[dict], test_seed: int) -> tuple[list[dict], list[dict]]:
    """Train on the other article seeds, test on ``test_seed``; an article judged in both stays in
    the test fold only."""
    test = [i for i in items if i["seed"] == test_seed]
    test_docs = {key[0] for i in test for key in i["reads"]}
    train = [i for i in items if i["seed"] != test_seed and not any(k[0] in test_docs for k in i["reads"])]
    return train, test


def _y(items: list[dict]) -> np.ndarray:
    return np.array([i["correct"] for i in items], dtype=float)


def cmd_fit(args) -> int:
    items = load(args)
    names = [n for n in args.features.split(",") if n]
    seeds = sorted({i["seed"] for i in items}) if args.test_seed is None else [args.test_seed]
    n_of = lambda seed: sum(i["seed"] == seed for i in items)  # noqa: E731
    print(f"judged items matched to today's readings: {len(items)} "
          f"({', '.join(f'seed {s}: {n_of(s)}' for s in seeds)})")
    tested, p_all, current = [], [], []
    for seed in seeds:  # held out by article seed
        train, test = folds(items, seed)
        w = fit_logistic(design(train, names), _y(train), args.l2, offset=fixed_offset(train, args.fixed))
        p = predict(design(test, names), w, fixed_offset(test, args.fixed))
        print(f"test seed {seed}: train {len(train)}, test {len(test)}, held-out log loss "
              f"{log_loss(p, _y(test)):.3f} (today's confidence "
              f"{log_loss(np.array([i['reading']['confidence'] for i in test]), _y(test)):.3f}, "
              f"constant {log_loss(np.full(len(test), _y(train).mean()), _y(test)):.3f})")
        tested += test
        p_all.append(p)
        current += [i["reading"]["confidence"] for i in test]
    p, y, current = np.concatenate(p_all), _y(tested), np.array(current)
    print(f"\nheld-out ({len(y)} judged items): brier {brier(p, y):.3f} log loss {log_loss(p, y):.3f}; "
          f"today's confidence brier {brier(current, y):.3f} log loss {log_loss(current, y):.3f}")
    print(f"expected calibration error (by bucket): {calibration_error(p, y):.3f}; "
          f"today's confidence {calibration_error(current, y):.3f}")
    print(render_table(table(p, y)))
    print("today's confidence on the same items:")
    print(render_table(table(current, y)))
    edges = np.array([i["reading"]["edge"] for i in tested])
    if edges.any():
        print(f"\nplain-edge candidates (judged edges + asserted entity → entity triples): {int(edges.sum())}, "
              f"{int(y[edges].sum())} judged correct")
        print(render_table(table(p[edges], y[edges])))
        print(tradeoff(p[edges], y[edges], args.thresholds))
        print("today's confidence:")
        print(tradeoff(current[edges], y[edges], args.thresholds))
    w = fit_logistic(design(items, names), _y(items), args.l2, offset=fixed_offset(items, args.fixed))
    for name in args.fixed:
        on = [i for i in items if features(i["reading"])[name]]
        print(f"fixed cue {name}: weight {args.fixed[name]}, {len(on)} judged items show it, "
              f"{sum(i['correct'] for i in on)} correct")
    print("\nweights fitted on all seeds:", json.dumps({"intercept": round(float(w[0]), 3),
                                                       **{n: round(float(x), 3) for n, x in zip(names, w[1:])},
                                                       **args.fixed}))
    return 0


def edges_left(sheets: list[str], build: Path) -> dict:
    """The blind-judged edges of SHEETS (their .key.jsonl + .verdicts.jsonl) that ``build`` still
    draws unchanged (same subject, relation and object IRIs), and those it no longer draws."""
    from audit import plain_edges

    drawn = {(e["subject_iri"], e["relation_iri"], e["object_iri"]) for e in plain_edges(build)[0]}
    out = {"kept": [], "gone": []}
    for item in (i for sheet in sheets for i in judged(sheet) if i["kind_of_item"] == "edges"):
        key = next(k for k in read_jsonl(Path(f"{sheet_of(item, sheets)}.key.jsonl")) if k.get("id") == item["id"])
        where = "kept" if (key["subject_iri"], key["relation_iri"], key["object_iri"]) in drawn else "gone"
        out[where].append(dict(item, edge=f"{key['subject']} — {key['relation']} — {key['object']}"))
    return out


def sheet_of(item: dict, sheets: list[str]) -> str:
    return next(s for s in sheets if Path(s).name == item["sheet"])


def cmd_edges_left(args) -> int:
    result = edges_left(args.sheets, Path(args.build))
    for item in result["gone"]:
        print(f"  gone ({'right' if item['correct'] else 'wrong: ' + str(item['class'])}): {item['edge']}")
    for where in ("kept", "gone"):
        items = result[where]
        print(f"{where}: {sum(i['correct'] for i in items)}/{len(items)} judged right")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="bench/calibrate.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("readings", help="today's readings of an audited sample, with their features")
    r.add_argument("--build", required=True, help="a bench/audit.py build (its sample.json names the articles)")
    r.add_argument("--out", required=True)
    r.add_argument("--workers", type=int, default=1)
    r.set_defaults(func=cmd_readings)
    f = sub.add_parser("fit", help="fit on some article seeds, report on another")
    f.add_argument("--readings", nargs="+", required=True, help="SEED=READINGS.jsonl")
    f.add_argument("--sheets", nargs="+", required=True, help="SEED=SHEET,SHEET (paths without .key.jsonl)")
    f.add_argument("--diff-sheets", nargs="*", default=[],
                   help="changed-item sheets (paths without .key.jsonl); each item's seed is its article's")
    f.add_argument("--test-seed", type=int, default=None, help="report on this seed only (default: each in turn)")
    f.add_argument("--thresholds", type=lambda v: [float(x) for x in v.split(",")],
                   default=[0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8])
    f.add_argument("--features", default="score")
    f.add_argument("--l2", type=float, default=1.0)
    f.add_argument("--fixed", type=lambda v: {n: float(x) for n, _, x in (p.partition("=") for p in v.split(",") if p)},
                   default={}, help="NAME=WEIGHT,… cues kept at a fixed weight (too few judged items to refit them)")
    f.set_defaults(func=cmd_fit)
    e = sub.add_parser("edges-left", help="which blind-judged edges a build still draws, and their verdicts")
    e.add_argument("--sheets", nargs="+", required=True, help="edge sheets (paths without .key.jsonl)")
    e.add_argument("--build", required=True, help="a bench/audit.py build of the same articles")
    e.set_defaults(func=cmd_edges_left)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except OSError as error:  # a missing sheet, readings file or build: one line, no traceback
        print(f"bench/calibrate.py: {error.filename}: {error.strerror}", file=sys.stderr)
        return 2
    except (json.JSONDecodeError, KeyError) as error:
        print(f"bench/calibrate.py: not a readings file, key or verdicts file of bench/audit.py ({error!r})",
              file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
