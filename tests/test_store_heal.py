"""The store heals (issue 19): a build or a remove killed at several moments of its write leaves a
marker; the next write, or `kg check --store DIR --repair`, re-syncs the store from its saved
analyses, and the store then holds exactly the sorted N-Quads of a clean build."""
from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from conftest import ROOT, run_kg

# Runs a store write in a child process that dies (os._exit, like a kill -9) at the K-th call of
# one of the write's steps: the K-th chunk handed to the bulk loader, or the K-th removal of quads.
KILLER = r"""
import os, pickle, sys
import kg.graph.stream as stream
import kg.graph.sync as sync

step, k, op, store, data = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
calls = [0]

def dying(original):
    def wrapper(*args, **kwargs):
        calls[0] += 1
        if calls[0] == k:
            os._exit(9)
        return original(*args, **kwargs)
    return wrapper

sync.BulkWriter.__init__.__defaults__ = (200,)  # small chunks: many moments to die at
if step == "load":
    sync.BulkWriter._send = dying(sync.BulkWriter._send)
else:  # a full write's removals, or an update in place's (kg.graph.stream)
    sync.remove_quads = dying(sync.remove_quads)
    stream.remove_quads = dying(stream.remove_quads)
with open(data, "rb") as fh:
    payload = pickle.load(fh)
if op == "add":
    sync.add_analyses(store, payload)
else:
    sync.remove_articles(store, payload)
"""


def quads(store) -> list[str]:
    import pyoxigraph as ox

    db = ox.Store.read_only(str(store / "oxigraph"))
    try:
        return sorted(db.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines())
    finally:
        del db


@pytest.fixture(scope="module")
def seeds(seed_build, tmp_path_factory):
    from kg.graph.sync import add_analyses

    root = tmp_path_factory.mktemp("heal")
    analyses = list(seed_build.analyses)
    data = root / "analyses.pickle"
    data.write_bytes(pickle.dumps(analyses))
    add_analyses(root / "clean-all", analyses)
    add_analyses(root / "clean-less", analyses[1:])
    return analyses, data, quads(root / "clean-all"), quads(root / "clean-less")


def killed(step: str, k: int, op: str, store, data) -> None:
    proc = subprocess.run([sys.executable, "-c", KILLER, step, str(k), op, str(store), str(data)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 9, f"the write finished before its step {step} #{k}: {proc.stderr}"


@pytest.mark.parametrize("k", [1, 2, 5])
def test_a_killed_build_is_healed_by_the_next_build(seeds, tmp_path, k):
    from kg.graph.sync import add_analyses

    analyses, data, clean_all, _ = seeds
    add_analyses(tmp_path / "s", analyses[:2])
    killed("load", k, "add", tmp_path / "s", data)
    assert (tmp_path / "s" / "kg-store.writing").exists()
    summary = add_analyses(tmp_path / "s", analyses)
    assert "re-synced" in summary["repaired"]
    assert quads(tmp_path / "s") == clean_all
    assert not (tmp_path / "s" / "kg-store.writing").exists()


def test_kg_check_finds_a_killed_build_and_repairs_it(seeds, tmp_path):
    from kg.graph.sync import add_analyses

    analyses, data, clean_all, _ = seeds
    add_analyses(tmp_path / "s", analyses[:2])
    assert run_kg("check", "--store", tmp_path / "s").returncode == 0
    killed("load", 2, "add", tmp_path / "s", data)
    found = run_kg("check", "--store", tmp_path / "s")
    assert found.returncode == 1 and "did not finish" in found.stdout, found.stdout + found.stderr
    assert "--repair" in found.stderr and len(found.stderr.splitlines()) == 1
    repaired = run_kg("check", "--store", tmp_path / "s", "--repair")
    assert repaired.returncode == 0 and "repaired" in repaired.stdout, repaired.stderr
    assert run_kg("check", "--store", tmp_path / "s").returncode == 0
    # the articles parsed before the kill were saved: the repaired store is the clean build of all of them
    assert quads(tmp_path / "s") == clean_all


@pytest.mark.parametrize("k", [1, 3])
def test_a_killed_remove_is_repaired_then_retried(seeds, tmp_path, k):
    from kg.graph.sync import add_analyses, remove_articles

    analyses, _, clean_all, clean_less = seeds
    add_analyses(tmp_path / "s", analyses)
    gone = tmp_path / "gone.pickle"
    gone.write_bytes(pickle.dumps([analyses[0].article.id]))
    killed("remove", k, "remove", tmp_path / "s", gone)
    repaired = run_kg("check", "--store", tmp_path / "s", "--repair")
    assert repaired.returncode == 0, repaired.stderr
    assert quads(tmp_path / "s") in (clean_all, clean_less)  # before the remove, or after it
    if quads(tmp_path / "s") == clean_all:  # the retried remove is not refused
        remove_articles(tmp_path / "s", [analyses[0].article.id])
    assert quads(tmp_path / "s") == clean_less


def test_check_of_a_mistyped_store_creates_nothing(tmp_path):
    proc = run_kg("check", "--store", tmp_path / "nothing")
    assert proc.returncode == 1 and "not a kg store" in proc.stderr
    assert not (tmp_path / "nothing").exists()


def test_a_full_disk_mid_write_is_healed_by_the_next_build(seeds, tmp_path, monkeypatch):
    import errno

    from kg.graph import sync
    from kg.graph.sync import add_analyses

    analyses, _, clean_all, _ = seeds
    add_analyses(tmp_path / "s", analyses[:2])
    sent = [0]
    original = sync.BulkWriter._send

    def full_disk(writer):
        sent[0] += 1
        if sent[0] == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(writer)

    with monkeypatch.context() as patch:
        patch.setattr(sync.BulkWriter.__init__, "__defaults__", (200,))  # small chunks: a write of several
        patch.setattr(sync.BulkWriter, "_send", full_disk)
        with pytest.raises(OSError):
            add_analyses(tmp_path / "s", analyses)
    assert (tmp_path / "s" / "kg-store.writing").exists()
    add_analyses(tmp_path / "s", analyses)  # the disk has room again
    assert quads(tmp_path / "s") == clean_all
