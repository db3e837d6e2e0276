"""bench/gap.py: the GAP scorer on a small hand-made file (figures computed by hand) and the answer rule."""
from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT


def _gap():
    spec = importlib.util.spec_from_file_location("bench_gap", ROOT / "bench" / "gap.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_gap"] = module
    spec.loader.exec_module(module)
    return module


HEADER = "ID\tText\tPronoun\tPronoun-offset\tA\tA-offset\tA-coref\tB\tB-offset\tB-coref\tURL\n"
ROWS = [  # id, pronoun, gold A, gold B
    ("r1", "he", "TRUE", "FALSE"),
    ("r2", "she", "FALSE", "TRUE"),
    ("r3", "her", "FALSE", "FALSE"),
    ("r4", "his", "FALSE", "TRUE"),
    ("r5", "She", "TRUE", "FALSE"),
]


@pytest.fixture()
def gold_file(tmp_path):
    path = tmp_path / "gold.tsv"
    text = "Ann met Bea. " + "x" * 10
    path.write_text(HEADER + "".join(f"{i}\t{text}\t{p}\t12\tAnn\t0\t{a}\tBea\t8\t{b}\thttp://x\n" for i, p, a, b in ROWS))
    return path


def test_scores_computed_by_hand(gold_file, tmp_path):
    gap = _gap()
    answers = tmp_path / "sys.tsv"
    # r1 right (tp); r2 says A (fp + fn); r3 no answer (nothing); r4 right (tp); r5 says both (tp + fp)
    answers.write_text("r1\tTRUE\tFALSE\nr2\tTRUE\tFALSE\nr4\tFALSE\tTRUE\nr5\tTRUE\tTRUE\n")
    s = gap.score(gap.read_gold(gold_file), gap.read_answers(answers))
    assert (s["O"]["tp"], s["O"]["fp"], s["O"]["fn"]) == (3, 2, 1)
    assert s["O"]["P"] == pytest.approx(60.0) and s["O"]["R"] == pytest.approx(75.0)
    assert s["O"]["F1"] == pytest.approx(200 / 3)
    assert s["M"]["F1"] == pytest.approx(100.0)  # r1, r4
    assert (s["F"]["P"], s["F"]["R"], s["F"]["F1"]) == pytest.approx((100 / 3, 50.0, 40.0))  # r2, r3, r5
    assert s["bias"] == pytest.approx(0.4)


def test_a_missing_row_counts_its_gold_as_misses(gold_file):
    gap = _gap()
    s = gap.score(gap.read_gold(gold_file), {})
    assert (s["O"]["tp"], s["O"]["fp"], s["O"]["fn"], s["O"]["F1"]) == (0, 0, 4, 0.0)


def test_answers_read_the_mention_contract(gold_file):
    gap = _gap()
    rows = gap.read_gold(gold_file)[:1]
    mentions = [
        {"doc": "r1", "start": 0, "end": 3, "entity": "Ann", "how": "name"},
        {"doc": "r1", "start": 8, "end": 11, "entity": "Bea", "how": "name"},
        {"doc": "r1", "start": 12, "end": 14, "entity": "Ann", "how": "pronoun"},
    ]
    assert gap.answers_from_mentions(rows, mentions) == {"r1": (True, False)}
    mentions[2] = {"doc": "r1", "start": 12, "end": 14, "entity": None, "how": "unresolved"}
    assert gap.answers_from_mentions(rows, mentions) == {"r1": (False, False)}


def test_a_name_written_with_a_title_is_read_from_the_mention_after_it(tmp_path):
    # GAP gives "Mrs Tapili" at the offset of "Mrs"; kg's mention "Tapili" starts after the title
    gap = _gap()
    path = tmp_path / "gold.tsv"
    text = "Ann met Mrs Tapili. Then she left."
    path.write_text(HEADER + f"t1\t{text}\tshe\t25\tAnn\t0\tFALSE\tMrs Tapili\t8\tTRUE\thttp://x\n")
    rows = gap.read_gold(path)
    mentions = [
        {"doc": "t1", "start": 0, "end": 3, "entity": "Ann", "how": "name"},
        {"doc": "t1", "start": 12, "end": 18, "entity": "Tapili", "how": "name"},
        {"doc": "t1", "start": 25, "end": 28, "entity": "Tapili", "how": "pronoun"},
    ]
    assert gap.answers_from_mentions(rows, mentions) == {"t1": (False, True)}
    mentions[1] = {"doc": "t1", "start": 30, "end": 34, "entity": "Tapili", "how": "name"}  # elsewhere: no overlap
    assert gap.answers_from_mentions(rows, mentions) == {"t1": (False, False)}
