"""GAP (gendered ambiguous pronouns): kg's pronoun resolution, scored.

Usage (from the repo root)::

    python bench/gap.py                          # run kg on gap-development.tsv and score it
    python bench/gap.py --answers out.tsv        # also keep kg's answers (ID<TAB>A<TAB>B)
    python bench/gap.py --system out.tsv         # score an answer file
    python bench/gap.py --floor often            # the "name that occurs more often" floor
    python bench/gap.py --errors 20              # print 20 wrong rows with their mentions

Protocol (../shared/bench/gap/README.md): each passage is one article of ONE
build (a JSON Lines file given to ``kg mentions``); the answer for A (B) is
TRUE when the pronoun at ``Pronoun-offset`` has an entity and it is the entity
of the mention of the name at ``A-offset`` (``B-offset``): the mention covering
that offset, else the one overlapping most of the name (a title before it). kg is read through the
``kg mentions --format jsonl`` contract only.

Scoring (the authors' scorer, re-implemented): every row gives two binary
decisions; precision, recall and F1 over all decisions, overall and for the
masculine and feminine rows apart; bias = F1(feminine) / F1(masculine). A row
without an answer counts its gold TRUE decisions as misses.
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TSV = ROOT.parent / "shared" / "bench" / "gap" / "gap-development.tsv"
MASCULINE = {"he", "him", "his", "himself"}
FEMININE = {"she", "her", "hers", "herself"}


@dataclass(frozen=True)
class Row:
    """One GAP example: a passage, a pronoun and two candidate names with gold decisions."""

    id: str
    text: str
    pronoun: str
    pronoun_offset: int
    a: str
    a_offset: int
    a_coref: bool
    b: str
    b_offset: int
    b_coref: bool

    @property
    def gender(self) -> str:
        """'F' or 'M', from the pronoun."""
        return "F" if self.pronoun.lower() in FEMININE else "M"


def _bool(value: str) -> bool:
    value = value.strip().upper()
    if value not in {"TRUE", "FALSE"}:
        raise ValueError(f"expected TRUE or FALSE, not {value!r}")
    return value == "TRUE"


def read_gold(path: Path) -> list[Row]:
    """The rows of a GAP tsv file (header line first)."""
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows.append(Row(rec["ID"], rec["Text"], rec["Pronoun"], int(rec["Pronoun-offset"]),
                            rec["A"], int(rec["A-offset"]), _bool(rec["A-coref"]),
                            rec["B"], int(rec["B-offset"]), _bool(rec["B-coref"])))
    return rows


def read_answers(path: Path) -> dict[str, tuple[bool, bool]]:
    """A system answer file: ``ID<TAB>A<TAB>B`` lines (TRUE/FALSE); a header line is skipped."""
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3 or parts[0] == "ID":
            continue
        out[parts[0]] = (_bool(parts[1]), _bool(parts[2]))
    return out


def write_answers(path: Path, answers: dict[str, tuple[bool, bool]]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for rid, (a, b) in answers.items():
            fh.write(f"{rid}\t{str(a).upper()}\t{str(b).upper()}\n")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return 100.0 * self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return 100.0 * self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: list[Row], answers: dict[str, tuple[bool, bool]]) -> dict:
    """P/R/F1 (%) overall ('O'), masculine ('M') and feminine ('F'), and bias F1(F)/F1(M)."""
    counts = {"O": Counts(), "M": Counts(), "F": Counts()}
    for row in gold:
        sys_a, sys_b = answers.get(row.id, (False, False))
        for got, want in ((sys_a, row.a_coref), (sys_b, row.b_coref)):
            for c in (counts["O"], counts[row.gender]):
                if got and want:
                    c.tp += 1
                elif got:
                    c.fp += 1
                elif want:
                    c.fn += 1
    out = {k: {"P": c.precision, "R": c.recall, "F1": c.f1, "tp": c.tp, "fp": c.fp, "fn": c.fn}
           for k, c in counts.items()}
    out["bias"] = counts["F"].f1 / counts["M"].f1 if counts["M"].f1 else 0.0
    return out


# --------------------------------------------------------------------------- kg through `kg mentions`

def covering(mentions: list[dict], offset: int, pronoun: bool) -> dict | None:
    """The mention (pronoun or named) whose span covers ``offset``; the shortest when several do."""
    hits = [m for m in mentions if m["start"] <= offset < m["end"] and (m["how"] in PRONOUN_HOWS) == pronoun]
    return min(hits, key=lambda m: m["end"] - m["start"]) if hits else None


def naming(mentions: list[dict], offset: int, name: str) -> dict | None:
    """The named mention of the gold name written at ``offset``: the one covering its first character, else
    the one overlapping most of it ("*Sir* Bowyer Worsley", "Mrs Tapili": kg's mention starts after the title)."""
    hit = covering(mentions, offset, pronoun=False)
    if hit is not None:
        return hit
    end = offset + len(name)
    overlap = [m for m in mentions if m["how"] not in PRONOUN_HOWS and m["start"] < end and offset < m["end"]]
    return max(overlap, key=lambda m: min(end, m["end"]) - max(offset, m["start"])) if overlap else None


PRONOUN_HOWS = {"pronoun", "unresolved", "speaker"}


def answers_from_mentions(rows: list[Row], mentions: list[dict]) -> dict[str, tuple[bool, bool]]:
    """TRUE for A (B) when the pronoun's entity is the entity of the mention at A's (B's) offset."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for m in mentions:
        by_doc[m["doc"]].append(m)
    out = {}
    for row in rows:
        ms = by_doc.get(row.id, [])
        p = covering(ms, row.pronoun_offset, pronoun=True)
        ent = p["entity"] if p else None
        a = naming(ms, row.a_offset, row.a)
        b = naming(ms, row.b_offset, row.b)
        out[row.id] = (bool(ent) and a is not None and a["entity"] == ent,
                       bool(ent) and b is not None and b["entity"] == ent)
    return out


def run_kg(rows: list[Row], kg: str, workers: int = 1) -> list[dict]:
    """Every passage as one article of one build; the mentions ``kg mentions`` prints."""
    with tempfile.TemporaryDirectory(prefix="kg-gap-") as tmp:
        src = Path(tmp) / "gap.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps({"id": row.id, "text": row.text}) + "\n")
        out = Path(tmp) / "mentions.jsonl"
        cmd = f"{kg} mentions {src} --format jsonl --workers {workers} -o {out}"
        subprocess.run(cmd, shell=True, check=True)
        return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


def floor_often(rows: list[Row]) -> dict[str, tuple[bool, bool]]:
    """The floor: TRUE for the one of A, B whose text occurs more often in the passage (A on ties)."""
    out = {}
    for row in rows:
        a, b = row.text.count(row.a), row.text.count(row.b)
        out[row.id] = (a >= b, b > a)
    return out


def print_score(s: dict, label: str) -> None:
    print(f"{label}: overall P {s['O']['P']:.1f} R {s['O']['R']:.1f} F1 {s['O']['F1']:.1f} | "
          f"M F1 {s['M']['F1']:.1f} | F F1 {s['F']['F1']:.1f} | bias {s['bias']:.3f}")


def print_errors(rows: list[Row], answers, mentions: list[dict], limit: int) -> None:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for m in mentions:
        by_doc[m["doc"]].append(m)
    shown = 0
    for row in rows:
        got = answers.get(row.id, (False, False))
        if got == (row.a_coref, row.b_coref):
            continue
        shown += 1
        if shown > limit:
            break
        p = covering(by_doc[row.id], row.pronoun_offset, True)
        print(f"--- {row.id} {row.pronoun}@{row.pronoun_offset} gold A={row.a_coref} B={row.b_coref} got {got}")
        print(f"    A={row.a!r} B={row.b!r} pronoun -> {p and p['entity']} ({p and p['how']})")
        lo = max(0, row.pronoun_offset - 300)
        print("    " + row.text[lo:row.pronoun_offset] + "[[" + row.pronoun + "]]" + row.text[row.pronoun_offset + len(row.pronoun):row.pronoun_offset + 80])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tsv", type=Path, default=DEFAULT_TSV, help="GAP file (default: the development split)")
    ap.add_argument("--kg", default=f"{sys.executable} -m kg", help="how to run kg")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--system", type=Path, help="score this answer file instead of running kg")
    ap.add_argument("--answers", type=Path, help="write kg's answers here")
    ap.add_argument("--mentions", type=Path, help="read (if it exists) or write kg's mentions JSON Lines here")
    ap.add_argument("--floor", choices=["often"], help="score a floor instead of kg")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong rows")
    args = ap.parse_args(argv)

    rows = read_gold(args.tsv)
    mentions: list[dict] = []
    if args.system:
        answers, label = read_answers(args.system), str(args.system)
    elif args.floor:
        answers, label = floor_often(rows), "floor: more often"
    else:
        started = time.perf_counter()
        if args.mentions and args.mentions.exists():
            mentions = [json.loads(x) for x in args.mentions.read_text(encoding="utf-8").splitlines() if x.strip()]
        else:
            mentions = run_kg(rows, args.kg, args.workers)
            if args.mentions:
                args.mentions.write_text("".join(json.dumps(m) + "\n" for m in mentions), encoding="utf-8")
        answers, label = answers_from_mentions(rows, mentions), f"kg ({time.perf_counter() - started:.0f} s)"
        if args.answers:
            write_answers(args.answers, answers)
    print_score(score(rows, answers), f"{label} on {args.tsv.name} ({len(rows)} rows)")
    if args.errors and mentions:
        print_errors(rows, answers, mentions, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
