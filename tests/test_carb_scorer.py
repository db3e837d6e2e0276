"""The CaRB scorer (bench/carb.py) reproduces the official figure for OpenIE-5 on dev."""
from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT


def _carb():
    spec = importlib.util.spec_from_file_location("bench_carb", ROOT / "bench" / "carb.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_carb"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def carb_dir(shared_dir):
    path = shared_dir / "bench" / "carb"
    if not (path / "gold_dev.tsv").is_file():
        pytest.skip(f"{path} is absent: CaRB dev data lives in ../shared/bench/carb")
    return path


def test_openie5_reference_figure(carb_dir):
    carb = _carb()
    s = carb.score(carb.read_gold(carb_dir / "gold_dev.tsv"), carb.read_openie5(carb_dir / "openie5_dev_output.txt"))
    assert (round(s.auc, 3), round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)) == (0.240, 0.526, 0.406, 0.458)
    assert s.auc == pytest.approx(0.24021044589892, abs=1e-9)
    assert s.f1 == pytest.approx(0.45810923859604, abs=1e-9)
    assert s.threshold == pytest.approx(0.17608865, abs=1e-7)
    assert (s.thresholds, s.gold_tuples, s.gold_sentences, s.extractions) == (676, 2548, 638, 1579)


def test_lenient_match_rules():
    carb = _carb()
    T = carb.Tuple
    # token overlap, binarised object
    assert carb.binary_lenient_match(T("launched", ["Israel", "strikes", "on Thursday"]),
                                     T("launched", ["Israel", "strikes on Thursday"])) == (1.0, 1.0)
    # an unmatched "be" counts for a gold form of be
    assert carb.binary_lenient_match(T("is", ["Rubio", "Secretary"]), T("be", ["Rubio", "Secretary"])) == (1.0, 1.0)
    # no relation overlap, or a missing object where gold has one: no match
    assert carb.binary_lenient_match(T("won", ["A", "B"]), T("lost", ["A", "B"])) == (0.0, 0.0)
    assert carb.binary_lenient_match(T("won", ["A", "B"]), T("won", ["A"])) == (0.0, 0.0)
    # said-type gold relations also try the swapped tuple
    assert carb.binary_lenient_match(T("said", ["Trump", "talks"]), T("said", ["talks", "Trump"])) == (1.0, 1.0)


def test_constant_confidence_auc():
    carb = _carb()
    T = carb.Tuple
    gold = {"A won B .": [T("won", ["A", "B"])], "C lost D .": [T("lost", ["C", "D"])]}
    system = {"A won B .": [T("won", ["A", "B"], 0.5)], "C lost D .": [T("lost", ["C", "E"], 0.5)]}
    s = carb.score(gold, system)
    assert s.auc == pytest.approx(s.recall * (1 + s.precision) / 2)
