"""The tour notebook runs from top to bottom, offline, on the project's kernel, and prints what
its kept outputs show: ``python tests/test_notebook.py --update`` (``make docs``) runs it again and
keeps the fresh outputs."""
from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def _text(output) -> str:
    if "text" in output:
        return output["text"]
    data = output.get("data", {})
    return data.get("text/plain") or data.get("text/html") or ""


def shown(nb) -> list[list[tuple[str, str]]]:
    """What each code cell shows: (output type, text), an object's address in its repr elided."""
    return [[(o["output_type"], re.sub(r"0x[0-9a-f]+", "0x…", _text(o))) for o in cell.outputs]
            for cell in nb.cells if cell.cell_type == "code"]


def execute(folder: Path) -> nbformat.NotebookNode:
    """Run the notebook in ``folder/notebooks`` (beside a copy of examples/), as a reader does."""
    work = folder / "notebooks"
    work.mkdir(parents=True, exist_ok=True)
    if not (folder / "examples").exists():
        shutil.copytree(ROOT / "examples", folder / "examples")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(work)}}).execute()
    return nb


@pytest.mark.timeout(600)
def test_explore_notebook_runs_and_shows_its_kept_outputs(tmp_path):
    kept = shown(nbformat.read(NOTEBOOK, as_version=4))
    nb = execute(tmp_path)
    assert not any(o.get("output_type") == "error" for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    fresh = shown(nb)
    stale = [i for i, (k, f) in enumerate(zip(kept, fresh)) if k != f]
    assert not stale, f"code cells {stale} print something else than the notebook shows (run `make docs`)"
    everything = "\n".join(text for cell in fresh for _, text in cell)
    assert "KnowledgeGraph 5 articles" in everything
    assert "Donald Trump → " in everything  # a path between two people
    assert (tmp_path / "notebooks" / "out" / "explore.html").stat().st_size > 100_000
    assert "@prefix stmt:" in (tmp_path / "notebooks" / "out" / "graph.ttl").read_text(encoding="utf-8")


def main() -> int:
    """Run the notebook and keep its fresh outputs."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        nb = execute(Path(folder))
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        for output in cell.get("outputs", []):  # an address differs every run: kept elided, no diff
            plain = output.get("data", {}).get("text/plain")
            if plain:
                output["data"]["text/plain"] = re.sub(r"0x[0-9a-f]+", "0x…", plain if isinstance(plain, str) else "".join(plain))
    nbformat.write(nb, NOTEBOOK)
    print(f"rewrote the outputs of {NOTEBOOK.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python tests/test_notebook.py --update   (run the notebook and keep its outputs)")
    sys.exit(main())
