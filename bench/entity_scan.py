"""Whole-list scan of a build's entities for the error classes of issue 17.

Reads ``entities.jsonl`` of a build (``kg build --out DIR`` or ``kg entities -o FILE``) and counts:

- persons whose aliases carry two different first names ("Marion Jones" and "Steve Jones");
- acronym aliases that are not the initials of the entity's name ("BBC" ← "Barkley, Beattie, Christophers");
- same-article surname splits: a lone surname entity and a person with that surname, both in one article;

and lists the 50 entities with most aliases, each with what :mod:`kg.resolve.review` finds suspicious
in it (judge them by hand: an over-merge is an entity whose aliases name two referents).

    python bench/entity_scan.py /work/audits/base-build            # a build folder or an entities.jsonl
    python bench/entity_scan.py --build-sample /tmp/sample-build     # build the fixed BBC sample first
    python bench/entity_scan.py DIR --json                           # the counts as one JSON object

The fixed sample is the audit's: 30 articles per topic folder of ../shared/corpora/bbc-news,
drawn with ``random.Random(16)`` from each folder's sorted file list.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.records import Entity, Role  # noqa: E402
from kg.resolve.gazetteer import Gazetteer  # noqa: E402
from kg.resolve.review import bad_acronyms, first_names, reasons, surname_splits  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news"
PER_FOLDER, SEED, TOP = 30, 16, 50


def sample_files(corpus: Path = CORPUS, per: int = PER_FOLDER, seed: int = SEED) -> list[Path]:
    """The fixed sample: ``per`` articles of each topic folder, one ``random.Random(seed)`` for all folders."""
    rng = random.Random(seed)
    files: list[Path] = []
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        files += rng.sample(sorted(folder.glob("*.txt")), per)
    return files


def build_sample(out: Path) -> Path:
    """``kg build`` of the fixed sample into ``out`` (its articles copied to a temporary folder)."""
    with tempfile.TemporaryDirectory() as tmp:
        for f in sample_files():
            target = Path(tmp) / f.parent.name
            target.mkdir(exist_ok=True)
            shutil.copy(f, target / f.name)
        subprocess.run([sys.executable, "-m", "kg", "build", tmp, "--out", str(out)], check=True, cwd=ROOT)
    return out


def read_entities(path: Path) -> list[Entity]:
    path = path / "entities.jsonl" if path.is_dir() else path
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out.append(Entity(d["name"], d["type"], tuple(d["aliases"]), d.get("iri", ""), d["mentions"],
                              tuple(d["docs"]), tuple(Role(r["role"], r.get("of")) for r in d.get("roles", []))))
    return out


def scan(entities: list[Entity]) -> dict:
    gazetteer = Gazetteer.default()
    two_first = [(e.name, first_names(e)) for e in entities if len(first_names(e)) > 1]
    acronyms = [(e.name, bad) for e in entities for bad in [bad_acronyms(e, gazetteer)] if bad]
    splits = surname_splits(entities)
    top = sorted(entities, key=lambda e: (-len(e.aliases), -e.mentions, e.name))[:TOP]
    return {
        "entities": len(entities),
        "two_first_names": len(two_first),
        "bad_acronyms": sum(len(b) for _, b in acronyms),
        "surname_splits": len(splits),
        "top_flagged": sum(1 for e in top if reasons(e, gazetteer)),
        "details": {
            "two_first_names": two_first,
            "bad_acronyms": acronyms,
            "surname_splits": [(s.doc, s.surname, s.full) for s in splits],
            "top": [(e.name, e.type, e.mentions, list(e.aliases), reasons(e, gazetteer)) for e in top],
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build", nargs="?", type=Path, help="A build folder (with entities.jsonl) or an entities.jsonl.")
    parser.add_argument("--build-sample", type=Path, metavar="DIR", help="Build the fixed BBC sample into DIR first and scan it.")
    parser.add_argument("--json", action="store_true", help="Print the counts and details as one JSON object.")
    args = parser.parse_args(argv)
    if args.build_sample:
        args.build = build_sample(args.build_sample)
    if not args.build:
        parser.error("give a build folder or --build-sample DIR")
    result = scan(read_entities(args.build))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    d = result["details"]
    print(f"entities {result['entities']}  two first names {result['two_first_names']}  "
          f"acronyms not initials {result['bad_acronyms']}  same-article surname splits {result['surname_splits']}  "
          f"flagged among the {TOP} with most aliases {result['top_flagged']}")
    for name, names in d["two_first_names"]:
        print(f"  two first names: {name}: {', '.join(names)}")
    for name, bad in d["bad_acronyms"]:
        print(f"  acronym not initials: {name} ← {', '.join(bad)}")
    for doc, surname, full in d["surname_splits"]:
        print(f"  surname split in {doc}: {surname} / {full}")
    print(f"-- the {TOP} entities with most aliases (judge each: one referent?)")
    for name, type_, mentions, aliases, why in d["top"]:
        flag = "  ?? " + "; ".join(why) if why else ""
        print(f"  {name} ({type_}, {mentions}): {' | '.join(aliases)}{flag}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # "entity_scan.py DIR | head": the reader closed the pipe; nothing more to say
        sys.stderr.close()
        sys.exit(0)
