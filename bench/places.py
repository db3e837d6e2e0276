"""Place resolution on a build (issue 21): how many places resolve, and a sample to judge.

    python bench/places.py figures BUILD                 # share of place entities (and mentions) resolved
    python bench/places.py draw BUILD --n 50 --seed 21 --out SHEET   # SHEET.md to judge, SHEET.key.jsonl
    python bench/places.py score --key SHEET.key.jsonl --verdicts VERDICTS.jsonl

BUILD is a folder written by ``kg build`` (``bench/audit.py build`` makes the fixed BBC sample);
its ``sample.json``, when there, gives the article files the sheet quotes. A judge reads the sheet
(each resolved place with its GeoNames feature and the sentence it was read in) and writes one
line per item: ``{"id": "P01", "correct": true, "note": ""}`` — right place?
Standard library only.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter
from pathlib import Path

PLACE_TYPES = ("GPE", "LOC", "FAC")


def entities(build: Path) -> list[dict]:
    return [json.loads(line) for line in (build / "entities.jsonl").read_text(encoding="utf-8").splitlines() if line]


def figures(build: Path) -> dict:
    ents = entities(build)
    places = [e for e in ents if e["type"] in PLACE_TYPES]
    resolved = [e for e in places if e.get("geo")]
    mentions = sum(e["mentions"] for e in places)
    return {
        "place entities": len(places), "resolved": len(resolved),
        "resolved share": f"{100 * len(resolved) / max(len(places), 1):.1f} %",
        "place mentions": mentions, "mentions resolved": sum(e["mentions"] for e in resolved),
        "mention share": f"{100 * sum(e['mentions'] for e in resolved) / max(mentions, 1):.1f} %",
        "how": dict(Counter(e["geo"]["how"] for e in resolved).most_common()),
        "feature": dict(Counter(e["geo"]["feature"] for e in resolved).most_common()),
        "peoples linked to a country (NORP)": sum(1 for e in ents if e["type"] == "NORP" and e.get("geo")),
    }


def _article_paths(build: Path) -> dict[str, Path]:
    sample = build / "sample.json"
    paths = json.loads(sample.read_text(encoding="utf-8")).get("paths", []) if sample.exists() else []
    return {Path(p).stem: Path(p) for p in paths}


def _sentence(path: Path | None, aliases: list[str]) -> str:
    if path is None or not path.exists():
        return ""
    text = path.read_text(encoding="utf-8", errors="replace")
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if any(re.search(r"\b" + re.escape(a) + r"\b", sentence) for a in aliases):
            return " ".join(sentence.split())[:300]
    return ""


def draw(build: Path, n: int, seed: int, out: Path) -> None:
    resolved = sorted((e for e in entities(build) if e["type"] in PLACE_TYPES and e.get("geo")), key=lambda e: e["name"])
    random.Random(seed).shuffle(resolved)
    paths = _article_paths(build)
    lines = [f"# Places to judge: is this the place the article means? ({build.name}, seed {seed})", ""]
    keys = []
    for i, e in enumerate(resolved[:n], 1):
        g = e["geo"]
        item = f"P{i:02d}"
        where = ", ".join(x for x in (g.get("admin1"), g["country"]) if x)
        lines.append(f"## {item}. {e['name']} → {g['name']} ({g['feature']}, {where}) "
                     f"https://www.geonames.org/{g['geonames_id']}  [{g['lat']}, {g['lon']}]")
        for doc in e["docs"][:2]:
            if sentence := _sentence(paths.get(doc), e["aliases"]):
                lines.append(f"- [{doc}] {sentence}")
        lines.append("")
        keys.append({"id": item, "name": e["name"], "type": e["type"], "geo": g, "docs": e["docs"][:2]})
    out.with_suffix(".md").write_text("\n".join(lines), encoding="utf-8")
    out.with_suffix(".key.jsonl").write_text("".join(json.dumps(k) + "\n" for k in keys), encoding="utf-8")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson interval of k successes in n.

    >>> [round(x, 3) for x in wilson(49, 50)]
    [0.895, 0.996]
    """
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def score(key: Path, verdicts: Path) -> dict:
    items = {json.loads(line)["id"]: json.loads(line) for line in key.read_text(encoding="utf-8").splitlines() if line}
    judged = [json.loads(line) for line in verdicts.read_text(encoding="utf-8").splitlines() if line]
    right = sum(1 for v in judged if v["correct"])
    low, high = wilson(right, len(judged))
    wrong = [f"{items[v['id']]['name']} → {items[v['id']]['geo']['name']}: {v.get('note', '')}"
             for v in judged if not v["correct"]]
    return {"judged": len(judged), "right": right, "precision": f"{100 * right / max(len(judged), 1):.1f} %",
            "95 % interval": f"{100 * low:.1f}–{100 * high:.1f} %", "wrong": wrong}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    f = sub.add_parser("figures")
    f.add_argument("build", type=Path)
    d = sub.add_parser("draw")
    d.add_argument("build", type=Path)
    d.add_argument("--n", type=int, default=50)
    d.add_argument("--seed", type=int, default=21)
    d.add_argument("--out", type=Path, required=True)
    s = sub.add_parser("score")
    s.add_argument("--key", type=Path, required=True)
    s.add_argument("--verdicts", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "figures":
        result = figures(args.build)
    elif args.command == "draw":
        draw(args.build, args.n, args.seed, args.out)
        result = {"sheet": str(args.out.with_suffix(".md")), "key": str(args.out.with_suffix(".key.jsonl"))}
    else:
        result = score(args.key, args.verdicts)
    for name, value in result.items():
        print(f"  {name:36} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
