"""Every entity that changed between two builds' entities.jsonl (name, type, aliases, mentions), to read.

    python bench/entity_diff.py BEFORE_DIR AFTER_DIR

Entities are matched by IRI; lines start with GONE, NEW or CHG (before => after). Standard library only.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def load(build: Path) -> dict[str, dict]:
    """The entities of ``build``/entities.jsonl by IRI."""
    path = build / "entities.jsonl"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        sys.exit(f"{path}: cannot read: {exc.strerror or exc}")
    out = {}
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
            out[record["iri"]] = record
        except (json.JSONDecodeError, KeyError, TypeError):
            sys.exit(f"{path}:{number}: not an entity record")
    return out


def show(e: dict) -> str:
    return f"{e['name']} {e['type']} {sorted(e['aliases'])} {e['mentions']}"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    before, after = load(Path(argv[0])), load(Path(argv[1]))
    print(f"entities {len(before)} -> {len(after)}")
    for iri in sorted(set(before) | set(after)):
        a, b = before.get(iri), after.get(iri)
        if a and b and show(a) != show(b):
            print(f"CHG  {show(a)} => {show(b)}  {a['docs'][:2]}")
        elif a and not b:
            print(f"GONE {show(a)}  {a['docs'][:2]}")
        elif b and not a:
            print(f"NEW  {show(b)}  {b['docs'][:2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
