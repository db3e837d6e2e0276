"""bench/calibrate.py: judged items are matched to today's readings, a changed-item sheet's items
take the seed of their article, a reading judged on two sheets counts once, and the held-out fit
scores each seed with weights fitted on the others."""
from __future__ import annotations

import importlib.util
import json
import sys
from types import SimpleNamespace

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))  # calibrate.py imports audit.py as a sibling
_spec = importlib.util.spec_from_file_location("bench_calibrate", ROOT / "bench" / "calibrate.py")
calibrate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(calibrate)

def reading(doc: str, subject: str, relation: str, obj: str, edge: bool = False) -> dict:
    return {"doc": doc, "start": 0, "subject": subject, "relation": relation, "object": obj, "edge": edge,
            "confidence": 0.7}


def sheet(path, items: list[dict], verdicts: list[bool]) -> str:
    rows = [{"_header": {"kind": "triples"}}] + [dict(i, id=f"T{n:03d}", kind_of_item="triples")
                                                  for n, i in enumerate(items, 1)]
    path.with_suffix(".key.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    path.with_suffix(".verdicts.jsonl").write_text(
        "\n".join(json.dumps({"id": f"T{n:03d}", "correct": v, "class": None}) for n, v in enumerate(verdicts, 1)) + "\n",
        encoding="utf-8")
    return str(path)


def item(doc: str, subject: str, relation: str, obj: str) -> dict:
    return {"doc": doc, "start": 0, "subject": subject, "relation": relation, "object": obj}


def test_sheets_and_changed_item_sheets_join_todays_readings_once(tmp_path):
    r1, r2 = tmp_path / "r1.jsonl", tmp_path / "r2.jsonl"
    calibrate.write_jsonl(r1, [reading("wales", "Henson", "sent", "Luscombe", edge=True)])
    calibrate.write_jsonl(r2, [reading("chelsea", "Chelsea", "beat", "Arsenal"), reading("chelsea", "Duff", "got", "Thatcher")])
    base = sheet(tmp_path / "base1", [item("wales", "Henson", "sent", "Luscombe")], [False])
    final = sheet(tmp_path / "final1", [item("wales", "Henson", "sent", "Luscombe"),
                                        item("wales", "Henson", "sent", "Williams")], [True, True])  # a reading kg no longer makes
    diff = sheet(tmp_path / "diff", [item("chelsea", "Chelsea", "beat", "Arsenal")], [True])
    args = SimpleNamespace(readings=[f"1={r1}", f"2={r2}"], sheets=[f"1={base},{final}"], diff_sheets=[diff])
    items = calibrate.load(args)
    assert [(i["seed"], i["reads"][0][2], i["reads"][0][4], i["correct"]) for i in items] == [
        (1, "Henson", "Luscombe", False),  # judged on two sheets: counted once, the first verdict
        (2, "Chelsea", "Arsenal", True),   # a changed-item sheet's item: its article's seed
    ]
    assert items[0]["reading"]["edge"] and not items[1]["reading"]["edge"]


def test_folds_hold_out_a_seed_and_its_articles():
    items = [{"seed": 1, "reads": [("a", 0, "", "", "")]}, {"seed": 2, "reads": [("a", 0, "", "", "")]},
             {"seed": 2, "reads": [("b", 0, "", "", "")]}]
    train, test = calibrate.folds(items, 1)
    # an article judged in both seeds stays in the test fold only
    assert test == items[:1] and train == items[2:]


def test_tradeoff_reports_the_share_of_right_items_a_threshold_drops():
    import numpy as np

    table = calibrate.tradeoff(np.array([0.9, 0.85, 0.7, 0.6]), np.array([1.0, 0.0, 1.0, 1.0]), thresholds=(0.8,))
    assert table.splitlines()[-1] == "| 0.80 | 1/2 | 50.0 % | 2 | 0 | 67 % |"


def test_calibration_error_weighs_each_buckets_gap_by_its_items():
    import numpy as np

    # 0.6-0.7: mean 0.65, 1 of 2 right (gap 0.15); 0.8-0.9: mean 0.85, 2 of 2 right (gap 0.15)
    assert calibrate.calibration_error(np.array([0.65, 0.65, 0.85, 0.85]), np.array([1, 0, 1, 1])) == pytest.approx(0.15)
    # confidences that match the judged shares in every bucket: no error
    assert calibrate.calibration_error(np.array([0.5, 0.5, 1.0, 1.0]), np.array([1, 0, 1, 1])) == pytest.approx(0.0)


def test_a_missing_sheet_is_one_line_naming_it(tmp_path, capsys):
    readings = tmp_path / "r1.jsonl"
    calibrate.write_jsonl(readings, [reading("wales", "Henson", "sent", "Luscombe")])
    missing = tmp_path / "nope"
    assert calibrate.main(["fit", "--readings", f"1={readings}", "--sheets", f"1={missing}"]) == 2
    err = capsys.readouterr().err
    assert err == f"bench/calibrate.py: {missing}.key.jsonl: No such file or directory\n"
