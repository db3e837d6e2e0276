"""CaRB scorer (the official default matching) and our extractor on the CaRB dev split.

Usage (from the repo root)::

    python bench/carb.py                      # run kg's extractor on dev.txt and score it
                                              # (= kg extract --sentences dev.txt --tokenized --format carb)
    python bench/carb.py --system out.tsv     # score a system output (CaRB tab format)
    python bench/carb.py --openie5            # score the OpenIE-5 reference output
    python bench/carb.py --out ours.tsv       # also keep our system output

The scoring follows ../shared/bench/carb/README.md (a reimplementation of
dair-iitd/CaRB's ``carb.py`` with ``binary_linient_tuple_match``):

* tuples are made binary (arguments after the first joined into one object);
* relation, subject and object are compared as whitespace-token multisets;
* a gold relation with ``said``/``told``/``added``/``adds``/``says`` also tries
  the system tuple with subject and object swapped;
* every distinct system confidence is a threshold; recall takes each gold
  tuple's best match, precision pairs gold and system tuples one-to-one,
  greedily by precision;
* F1 is the best over thresholds, AUC the trapezoid under (R, P) plus (0, 1).
"""
from __future__ import annotations

import argparse
import string
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CARB_DIR = ROOT.parent / "shared" / "bench" / "carb"

SAID_RELATIONS = ("said", "told", "added", "adds", "says")
FORMS_OF_BE = ("be", "is", "am", "are", "was", "were", "been", "being")
PTB_ESCAPES = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_PUNCT = set(string.punctuation)


@dataclass
class Tuple:
    """One (relation; arg1, arg2, ...) extraction with its confidence."""

    relation: str
    args: list[str] = field(default_factory=list)
    confidence: float = 1.0


# --------------------------------------------------------------------------- readers

def normalize_sentence(sentence: str) -> str:
    """The key sentences are matched on: no spaces, PTB brackets restored, no ASCII punctuation."""
    s = sentence.replace(" ", "")
    for esc, ch in PTB_ESCAPES.items():
        s = s.replace(esc, ch)
    return "".join(ch for ch in s if ch not in _PUNCT)


def read_gold(path: Path) -> dict[str, list[Tuple]]:
    """Gold tuples by sentence (stripped); ``C: `` context fields dropped."""
    gold: dict[str, list[Tuple]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            data = line.strip().split("\t")
            if len(data) < 2:
                continue
            text, rel = data[0].strip(), data[1].strip()
            args = [a.strip() for a in data[2:] if "C: " not in a]
            gold.setdefault(text, []).append(Tuple(rel, args, 1.0))
    return gold


def read_system(lines) -> dict[str, list[Tuple]]:
    """System tuples from CaRB tab format: sentence, confidence, relation, args..."""
    out: dict[str, list[Tuple]] = {}
    for line in lines:
        if not line.strip():
            continue
        data = line.strip().split("\t")
        if len(data) < 3:
            continue
        text, conf, rel = data[:3]
        out.setdefault(text, []).append(Tuple(rel, list(data[3:]), float(conf)))
    return out


def _inner(s: str) -> str:
    return s[s.index("(") + 1 : s.index(",List(")]


def read_openie5(path: Path) -> dict[str, list[Tuple]]:
    """OpenIE-5's own output format, read the way CaRB's OpenieFiveReader reads it."""
    out: dict[str, list[Tuple]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            data = line.strip().split("\t")
            if len(data) < 6 or not all(data[2:5]):
                continue
            arg1, rel = _inner(data[2]), _inner(data[3])
            args = [_inner(s) for s in data[4].strip().split(");")]
            text = data[5]
            if data[1]:
                ctx = _inner(data[1])
                if not (arg1 + " " + rel).startswith(ctx):
                    arg1 = ctx + " " + arg1
            out.setdefault(text, []).append(Tuple(rel, [arg1] + args, float(data[0])))
    return out


# --------------------------------------------------------------------------- matching

def _overlap(gold_words: list[str], predicted_words: list[str]) -> int:
    """Multiset overlap; removes the matched words from ``predicted_words``."""
    n = 0
    for w in gold_words:
        if w in predicted_words:
            n += 1
            predicted_words.remove(w)
    return n


def lenient_match(ref: Tuple, ex: Tuple) -> tuple[float, float]:
    """Token-level (precision, recall) of system tuple ``ex`` against gold ``ref``."""
    predicted = ex.relation.split()
    gold = ref.relation.split()
    p_num, p_den = 0, len(predicted)
    r_num, r_den = 0, len(gold)
    matched = _overlap(gold, predicted)
    if "be" in predicted:
        for form in FORMS_OF_BE:
            if form in gold:
                matched += 1
                predicted.remove("be")
                break
    if matched == 0:
        return (0.0, 0.0)
    p_num += matched
    r_num += matched
    for i, arg in enumerate(ref.args):
        gold = arg.split()
        r_den += len(gold)
        if len(ex.args) <= i:
            if i < 2:
                return (0.0, 0.0)
            continue
        predicted = ex.args[i].split()
        p_den += len(predicted)
        m = _overlap(gold, predicted)
        p_num += m
        r_num += m
    return (p_num / p_den if p_den else 0.0, r_num / r_den if r_den else 0.0)


def _binary(t: Tuple, swap: bool = False) -> Tuple:
    if len(t.args) >= 2:
        args = [t.args[0], " ".join(t.args[1:])]
        if swap:
            args = [args[1], args[0]]
        return Tuple(t.relation, args, t.confidence)
    return t


def binary_lenient_match(ref: Tuple, ex: Tuple) -> tuple[float, float]:
    """CaRB's default ``binary_linient_tuple_match``: binarised, said-type relations also tried swapped."""
    r = _binary(ref)
    straight = lenient_match(r, _binary(ex))
    if not any(v in ref.relation for v in SAID_RELATIONS):
        return straight
    return max(straight, lenient_match(r, _binary(ex, swap=True)))


# --------------------------------------------------------------------------- scoring

@dataclass
class Score:
    auc: float
    precision: float
    recall: float
    f1: float
    threshold: float
    thresholds: int
    gold_tuples: int
    gold_sentences: int
    extractions: int


def score(gold: dict[str, list[Tuple]], system: dict[str, list[Tuple]]) -> Score:
    """CaRB's ``Benchmark.compare`` with the default matcher."""
    gold = {normalize_sentence(k): v for k, v in gold.items()}
    system = {normalize_sentence(k): v for k, v in system.items()}
    thresholds = sorted({ex.confidence for exs in system.values() for ex in exs})
    index = {c: i for i, c in enumerate(thresholds)}
    n = len(thresholds)
    p, pl, r, rl = [0.0] * n, [0] * n, [0.0] * n, [0] * n
    scored = 0
    for sent, golds in gold.items():
        preds = system.get(sent, [])
        scored += len(preds)
        scores = [[binary_lenient_match(g, e) for e in preds] for g in golds]
        prev_c = 0
        for conf in sorted(e.confidence for e in preds):
            c = index[conf]
            if c + 1 <= prev_c:
                continue
            cols = [j for j, e in enumerate(preds) if e.confidence >= conf]
            recall_num = sum(max((row[j][1] for j in cols), default=0) for row in scores)
            precision_num = 0.0
            used_rows: set[int] = set()
            used_cols: set[int] = set()
            for _ in range(min(len(scores), len(cols))):
                best, bi, bj = -1.0, -1, -1
                for i in range(len(scores)):
                    if i in used_rows:
                        continue
                    row = scores[i]
                    for j in cols:
                        if j not in used_cols and row[j][0] > best:
                            best, bi, bj = row[j][0], i, j
                used_rows.add(bi)
                used_cols.add(bj)
                precision_num += best
            for k in range(prev_c, c + 1):
                p[k] += precision_num
                pl[k] += len(cols)
                r[k] += recall_num
                rl[k] += len(scores)
            prev_c = c + 1
        for k in range(prev_c, n):
            rl[k] += len(scores)
    precs = [a / b if b > 0 else 1.0 for a, b in zip(p, pl)]
    recs = [a / b if b > 0 else 0.0 for a, b in zip(r, rl)]
    f1s = [2 * a * b / (a + b) if a + b > 0 else 0.0 for a, b in zip(precs, recs)]
    if not f1s:
        return Score(0.0, 0.0, 0.0, 0.0, 0.0, 0, sum(map(len, gold.values())), len(gold), 0)
    best = max(range(n), key=lambda k: (f1s[k], -k))
    # trapezoid under the (R, P) points in threshold order, closed by (R=0, P=1)
    xs, ys = recs + [0.0], precs + [1.0]
    auc = abs(sum((xs[k + 1] - xs[k]) * (ys[k + 1] + ys[k]) / 2 for k in range(len(xs) - 1)))
    return Score(auc, precs[best], recs[best], f1s[best], thresholds[best], n,
                 sum(map(len, gold.values())), len(gold), scored)


# --------------------------------------------------------------------------- CLI

def run_extractor(sentences: list[str], facts_only: bool = False) -> tuple[list[str], float, float]:
    """Our CaRB lines for ``sentences``, the bare-parse seconds and the parse+extract seconds
    (``facts_only``: only the readings that may become triples, kg.extract.carb)."""
    sys.path.insert(0, str(ROOT))
    from kg.extract.carb import carb_lines_for_docs, tokenized_docs
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    list(nlp.pipe(tokenized_docs(nlp, sentences[:20])))  # warm-up
    t0 = time.perf_counter()
    # dev.txt is tokenized (README): parse its tokens, as `kg extract --tokenized` does
    docs = list(nlp.pipe(tokenized_docs(nlp, sentences), batch_size=64))
    parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    lines = list(carb_lines_for_docs(sentences, docs, facts_only))
    extract = time.perf_counter() - t0
    return lines, parse, parse + extract


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--carb-dir", type=Path, default=DEFAULT_CARB_DIR, help="folder with dev.txt and gold_dev.tsv")
    ap.add_argument("--system", type=Path, help="score this CaRB tab-format system output")
    ap.add_argument("--openie5", action="store_true", help="score the OpenIE-5 reference output")
    ap.add_argument("--out", type=Path, help="write our system output here")
    ap.add_argument("--facts-only", action="store_true",
                    help="score only the readings that may become triples (not those marked uninformative); "
                         "the recall guard is the default run")
    args = ap.parse_args(argv)
    if not (args.carb_dir / "gold_dev.tsv").is_file():
        print(f"CaRB data not found in {args.carb_dir} (use --carb-dir)", file=sys.stderr)
        return 2
    gold = read_gold(args.carb_dir / "gold_dev.tsv")
    speed = None
    if args.openie5:
        system = read_openie5(args.carb_dir / "openie5_dev_output.txt")
    elif args.system:
        system = read_system(args.system.read_text(encoding="utf-8").splitlines())
    else:
        sentences = [s.rstrip("\n") for s in (args.carb_dir / "dev.txt").read_text(encoding="utf-8").splitlines()]
        lines, parse, total = run_extractor(sentences, args.facts_only)
        speed = (len(sentences) / parse, len(sentences) / total)
        if args.out:
            args.out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        system = read_system(lines)
    s = score(gold, system)
    print(f"AUC {s.auc:.3f}  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
          f"(threshold {s.threshold:.4f}; {s.thresholds} thresholds, {s.gold_tuples} gold tuples "
          f"in {s.gold_sentences} sentences, {s.extractions} scored extractions)")
    if speed:
        print(f"speed: bare spaCy {speed[0]:.0f} sentences/s, spaCy+extraction {speed[1]:.0f} sentences/s "
              f"(ratio {speed[1] / speed[0]:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
