"""The tour notebook runs from top to bottom, offline, on the project's kernel."""
from __future__ import annotations

import shutil

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def _text(output) -> str:
    if "text" in output:
        return output["text"]
    data = output.get("data", {})
    return data.get("text/html") or data.get("text/plain") or ""


@pytest.mark.timeout(600)
def test_explore_notebook_runs_top_to_bottom(tmp_path):
    work = tmp_path / "notebooks"
    work.mkdir()
    shutil.copy(NOTEBOOK, work / NOTEBOOK.name)
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    nb = nbformat.read(work / NOTEBOOK.name, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(work)}}).execute()
    outputs = {i: "".join(_text(o) for o in cell.outputs) for i, cell in enumerate(nb.cells) if cell.cell_type == "code"}
    assert not any(o.get("output_type") == "error" for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    everything = "\n".join(outputs.values())
    assert "KnowledgeGraph 5 articles" in everything
    who_said = next(o for i, o in outputs.items() if "who-said" in nb.cells[i].source)
    assert "Donald Trump" in who_said
    assert (work / "out" / "explore.html").stat().st_size > 100_000
    assert "@prefix stmt:" in (work / "out" / "graph.ttl").read_text(encoding="utf-8")
