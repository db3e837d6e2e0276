"""The README's console examples are what the code prints: each ``$ command`` of a ```` ```console ````
block is run (in a copy of examples/, in order, so ``kg build`` makes the ``out/`` the others read)
and its output compared with the lines below it. Elisions are marked, and only these match
anything:

* ``…`` inside a line: any text on that line ("seconds      …", ``"confidence": …``);
* a line that is only ``…``: any number of lines (rows left out).

``python tests/test_readme.py --update`` (``make docs``) rewrites the outputs from a fresh run,
keeping every marked elision that still matches.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
ELLIPSIS = "…"
COLUMNS = "120"  # the terminal width the examples are shown at


def examples(text: str) -> list[tuple[int, str, list[str]]]:
    """(line number of the command, command, expected output lines) of every ``$`` line of the console blocks."""
    found, block, command = [], None, None
    for number, line in enumerate(text.splitlines()):
        if block is None:
            if line.strip() == "```console":
                block = True
            continue
        if line.strip() == "```":
            block, command = None, None
            continue
        if line.startswith("$ "):
            command = (number, line[2:], [])
            found.append(command)
        elif command is not None:
            command[2].append(line)
    return found


def line_pattern(expected: str) -> re.Pattern:
    return re.compile(".*?".join(re.escape(part) for part in expected.split(ELLIPSIS)))


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` is ``expected`` up to its marked elisions."""
    if not expected:
        return not actual
    head, rest = expected[0], expected[1:]
    if head.strip() == ELLIPSIS:
        return any(matches(rest, actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and bool(line_pattern(head).fullmatch(actual[0])) and matches(rest, actual[1:])


def updated(expected: list[str], actual: list[str]) -> list[str]:
    """``actual``, with the lines of ``expected`` whose elisions still match it, and its last ``…`` line
    (rows left out) kept at the same place."""
    out = []
    for i, line in enumerate(expected):
        if line.strip() == ELLIPSIS:
            return out + ([line] if len(actual) > len(out) else [])
        if len(out) >= len(actual):
            return out
        out.append(line if line_pattern(line).fullmatch(actual[len(out)]) else actual[len(out)])
    return out + actual[len(out):]


def run_examples(workdir: Path) -> list[tuple[int, str, list[str], list[str]]]:
    """Run every example in ``workdir``; (line, command, expected, actual) for each."""
    shutil.copytree(ROOT / "examples", workdir / "examples")
    env = {**os.environ, "COLUMNS": COLUMNS, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    results = []
    for number, command, expected in examples(README.read_text(encoding="utf-8")):
        done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=workdir, env=env, capture_output=True,
                              text=True, timeout=600)
        actual = (done.stdout + done.stderr).rstrip("\n").splitlines()
        results.append((number, command, expected, actual))
    return results


def test_readme_console_examples_print_what_the_readme_shows(tmp_path):
    wrong = [f"README.md line {n + 1}: $ {c}\n--- README\n" + "\n".join(e) + "\n--- printed\n" + "\n".join(a)
             for n, c, e, a in run_examples(tmp_path) if not matches(e, a)]
    assert not wrong, "\n\n".join(wrong) + "\n\n(run `make docs` to rewrite them)"


def test_elisions_are_the_only_freedom():
    assert matches(["seconds  …"], ["seconds  2.27"])
    assert not matches(["seconds  2.27"], ["seconds  2.30"])
    assert matches(["a", "…"], ["a", "b", "c"]) and not matches(["a", "b"], ["a", "b", "c"])
    assert not matches(["a", "…"], ["x", "b"])
    assert updated(["a", "n …", "…"], ["a", "n 3", "x", "y"]) == ["a", "n …", "…"]
    assert updated(["a", "n 2"], ["a", "n 3", "x"]) == ["a", "n 3", "x"]


def main() -> int:
    """Rewrite the README's console outputs from a fresh run."""
    lines = README.read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as work:
        results = run_examples(Path(work))
    for number, command, expected, actual in reversed(results):
        new = updated(expected, actual)
        lines[number + 1:number + 1 + len(expected)] = new
        print(f"line {number + 1}: $ {command[:70]}: {'unchanged' if new == expected else 'rewritten'}")
    README.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python tests/test_readme.py --update   (rewrite the README's console outputs)")
    sys.exit(main())
