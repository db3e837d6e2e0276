"""bench/resolution.py times cross-article resolution on the analyses saved beside a store."""
from __future__ import annotations

import importlib.util

from conftest import ROOT


def _bench():
    spec = importlib.util.spec_from_file_location("bench_resolution", ROOT / "bench" / "resolution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_resolution_is_timed_on_the_saved_analyses_of_a_store(seed_build, tmp_path, capsys):
    from kg.graph.sync import add_analyses

    add_analyses(tmp_path / "store", seed_build.analyses)
    bench = _bench()
    figures = bench.time_resolution(tmp_path / "store", repeat=2)
    assert figures["articles"] == len(seed_build.analyses) == 5
    assert figures["mentions"] == sum(len(a.mentions) for a in seed_build.analyses)
    assert figures["entities"] == len(seed_build.resolution.entities)
    assert 0 < figures["best"] <= figures["median"]
    assert bench.main(["--store", str(tmp_path / "store"), "--repeat", "1"]) == 0
    assert "5 articles" in capsys.readouterr().out
    # a folder without saved analyses is one clear line, not a traceback
    (tmp_path / "empty").mkdir()
    try:
        bench.time_resolution(tmp_path / "empty", repeat=1)
    except SystemExit as exc:
        assert "no saved analyses" in str(exc)
    else:
        raise AssertionError("an empty folder was timed")
