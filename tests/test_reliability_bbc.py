"""The whole BBC corpus (../shared/corpora/bbc-news, 2,095 articles) builds with zero crashes."""
from __future__ import annotations

import json
import re

import pytest

from conftest import run_kg


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_the_bbc_corpus_builds_with_zero_crashes(bbc_dir, tmp_path):
    articles = sorted(bbc_dir.rglob("*.txt")) + sorted(bbc_dir.rglob("*.md"))  # README.md is read as an article too
    out = tmp_path / "out"
    proc = run_kg("build", bbc_dir, "--out", out, timeout=3300)
    assert "Traceback" not in proc.stderr
    assert [line for line in proc.stderr.splitlines() if "extraction failed" in line or "skipped" in line] == []
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert int(re.search(r"articles\s+(\d+)", proc.stdout).group(1)) == len(articles)
    docs = {json.loads(line)["doc"] for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()}
    assert len(docs) > 0.95 * len(articles)  # nearly every article yields triples
