"""The on-disk store (`kg build --store DIR`) under faults: a killed build, two builds at once."""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT, run_kg
from kg.graph.store import LOCK_FILE, open_store

ARTICLE_GRAPHS = ("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                  "FILTER(STRSTARTS(STR(?g), 'https://kg.example/article/')) }")


def _article_graphs(path: Path) -> int:
    return int(next(iter(open_store(path).query(ARTICLE_GRAPHS)))["n"].value)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A store holding the five sample articles, and an input of ten (the five plus five new ids)."""
    root = tmp_path_factory.mktemp("store")
    proc = run_kg("build", "--store", root / "seed-store")
    assert proc.returncode == 0, proc.stderr
    bigger = root / "bigger"
    bigger.mkdir()
    for seed in sorted(EXAMPLES.iterdir()):
        shutil.copy(seed, bigger / seed.name)
        # a copy with other text: the same text twice is one article (issue 19)
        (bigger / f"copy-{seed.name}").write_text(seed.read_text(encoding="utf-8") + "\n\nA copy.\n", encoding="utf-8")
    return root / "seed-store", bigger


def _start(args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", *map(str, args)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _wait_for(condition, proc, timeout=300.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if condition():
            return True
        time.sleep(0.002)
    return False


def _holds_lock(store: Path, proc) -> bool:
    lock = store / LOCK_FILE
    return lock.exists() and lock.read_text().strip() == f"kg pid {proc.pid}"


@pytest.mark.parametrize("moment", ["reading", "writing"])
def test_a_killed_store_build_leaves_the_store_intact_and_usable(seeded, tmp_path, moment):
    seed_store, bigger = seeded
    store = tmp_path / "store"
    shutil.copytree(seed_store, store)
    before = set(open_store(store))
    proc = _start(["build", bigger, "--store", store])
    try:
        if moment == "reading":
            assert _wait_for(lambda: _holds_lock(store, proc), proc)
            time.sleep(1.0)
        else:  # the new articles' analyses are saved just before the graph is written
            assert _wait_for(lambda: len(list((store / "analyses").rglob("*"))) > len(list((seed_store / "analyses").rglob("*"))), proc)
        assert proc.poll() is None, "the build ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert before <= set(open_store(store))  # nothing of the previous graph lost, and the store opens
    assert _article_graphs(store) >= 5
    # the lock died with the build; the next build completes the store
    again = run_kg("build", bigger, "--store", store)
    assert again.returncode == 0, again.stderr
    assert _article_graphs(store) == 10
    query = run_kg("query", store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv")
    assert query.returncode == 0 and int(query.stdout.split()[1]) > 0, query.stderr


def test_two_builds_into_one_store_the_second_fails_clearly_or_waits(seeded, tmp_path):
    _, bigger = seeded
    store = tmp_path / "store"
    first = _start(["build", bigger, "--store", store])
    try:
        assert _wait_for(lambda: _holds_lock(store, first), first)
        second = run_kg("build", bigger, "--store", store)
        waiter = _start(["build", bigger, "--store", store, "--wait", "600"])
        assert first.poll() is None, "the first build finished too soon for this test"
    finally:
        first.wait(timeout=600)
    out, err = waiter.communicate(timeout=600)
    assert first.returncode == 0, first.stderr.read()
    assert second.returncode == 2
    assert second.stderr.strip() == (f"kg: {store}: the store is being written by kg pid {first.pid}; "
                                     "wait for it to finish (or pass --wait SECONDS)")
    assert waiter.returncode == 0, err
    assert "unchanged" in out and _article_graphs(store) == 10
