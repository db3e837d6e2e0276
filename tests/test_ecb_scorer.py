"""bench/ecb.py: MUC, B³, CEAF-e and CoNLL F1 on tiny hand-made partitions (values computed by hand)."""
from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT


def _ecb():
    spec = importlib.util.spec_from_file_location("bench_ecb", ROOT / "bench" / "ecb.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_ecb"] = module
    spec.loader.exec_module(module)
    return module


KEY = [{1, 2, 3}, {4, 5}]
RESPONSE = [{1, 2}, {3, 4, 5}]


def test_muc_by_hand():
    # key: {1,2,3} is cut in 2 parts (3-2=1 link kept), {4,5} whole (1): 2 of 3 links; the same the other way
    assert _ecb().muc(KEY, RESPONSE) == pytest.approx((2 / 3, 2 / 3, 2 / 3))


def test_b_cubed_by_hand():
    # recall per mention: 2/3, 2/3, 1/3, 1, 1 -> 11/15; precision: 1, 1, 1/3, 2/3, 2/3 -> 11/15
    assert _ecb().b_cubed(KEY, RESPONSE) == pytest.approx((11 / 15, 11 / 15, 11 / 15))


def test_ceaf_e_by_hand():
    # phi4({1,2,3},{1,2}) = 4/5, phi4({4,5},{3,4,5}) = 4/5: best alignment 1.6 over 2 key and 2 response clusters
    assert _ecb().ceaf_e(KEY, RESPONSE) == pytest.approx((0.8, 0.8, 0.8))


def test_conll_is_the_mean_of_the_three():
    s = _ecb().conll(KEY, RESPONSE)
    assert s["CoNLL"] == pytest.approx((200 / 3 + 220 / 3 + 80) / 3)


def test_every_mention_alone():
    ecb = _ecb()
    key, alone = [{1, 2, 3}], [{1}, {2}, {3}]
    assert ecb.muc(key, alone) == (0.0, 0.0, 0.0)
    assert ecb.b_cubed(key, alone) == pytest.approx((1 / 3, 1.0, 0.5))
    # phi4({1,2,3},{i}) = 2/4; one of them aligned: R = 0.5/1, P = 0.5/3, F = 0.25
    assert ecb.ceaf_e(key, alone) == pytest.approx((0.5, 1 / 6, 0.25))


def test_assignment_is_optimal_and_one_to_one():
    ecb = _ecb()
    assert ecb._max_assignment([[1, 2], [2, 1]]) == 4
    assert ecb._max_assignment([[0.5], [0.9]]) == 0.9
    assert ecb._max_assignment([[0.5, 0.4, 0.1]]) == 0.5
    assert ecb._max_assignment([[0.9, 0.8], [0.85, 0.1]]) == pytest.approx(1.65)


def test_detokenize_and_head():
    ecb = _ecb()
    text, where = ecb.detokenize({0: ["The", "host", ",", "Hugh", "Jackman", "."], 1: ["He", "said", "it", "."]})
    assert text == "The host, Hugh Jackman.\nHe said it."
    assert text[where[(0, 4)]:].startswith("Jackman") and text[where[(1, 0)]:].startswith("He")
    words = ["the", "president", "of", "France", "spoke"]
    m = ecb.GoldMention(0, "d", 0, (0, 1, 2, 3), "the president of France", "c", "HUM")
    assert ecb.head_index(m, words) == 1


def test_link_errors_list_the_split_chains_and_the_wrong_merges():
    ecb = _ecb()
    g = ecb.GoldMention
    gold = [g(1, "d1", 0, (0,), "Chargers", "c1", "HUM"), g(2, "d2", 0, (0,), "San Diego Chargers", "c1", "HUM"),
            g(3, "d3", 0, (0,), "Chargers", "c1", "HUM"), g(4, "d4", 0, (0,), "Post", "c2", "HUM"),
            g(5, "d5", 0, (0,), "Washington Post", "c3", "HUM")]
    entity_of = {1: "San Diego Chargers", 2: "San Diego Chargers", 3: None, 4: "Washington Post", 5: "Washington Post"}
    lines = ecb.link_errors(gold, entity_of, 5)
    assert lines[:4] == ["missed links (a gold chain in several kg entities, or in one with mentions at none: '-'):",
                         "  chain c1 (3)", f"    {'San Diego Chargers':40} {2:3}: Chargers@d1; San Diego Chargers@d2",
                         f"    {'-':40} {1:3}: Chargers@d3"]
    assert lines[4:] == ["missed mentions (a gold chain at no kg entity at all: a detection loss):",
                         "wrong links (a kg entity holding several gold chains):",
                         "  Washington Post: c2 ['Post'] | c3 ['Washington Post']"]


def test_a_chain_kg_never_found_is_a_detection_loss_not_a_missed_link():
    # review 7b §7: no mention of c1 has a kg entity: it was listed as split, with a single part "-"
    ecb = _ecb()
    g = ecb.GoldMention
    gold = [g(1, "d1", 0, (0,), "the quake", "c1", "HUM"), g(2, "d2", 0, (0,), "the earthquake", "c1", "HUM"),
            g(3, "d3", 0, (0,), "Post", "c2", "HUM")]
    lines = ecb.link_errors(gold, {1: None, 2: None, 3: "Washington Post"}, 5)
    assert lines == ["missed links (a gold chain in several kg entities, or in one with mentions at none: '-'):",
                     "missed mentions (a gold chain at no kg entity at all: a detection loss):",
                     "  chain c1 (2): the quake@d1; the earthquake@d2",
                     "wrong links (a kg entity holding several gold chains):"]


def test_a_negative_number_of_errors_is_one_clear_error(capsys):
    ecb = _ecb()
    with pytest.raises(SystemExit) as exit_:
        ecb.main(["--errors", "-1"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "argument --errors: N must be 0 or more, not -1" in err and "Traceback" not in err


def test_a_document_kg_counts_once_takes_its_twins_entities():
    # ECB+ dev 21_8ecb is 21_12ecb word for word: kg keeps one article, the twin's mentions are the same offsets
    ecb = _ecb()
    mentions = [{"doc": "a", "start": 0, "end": 6, "entity": "Police"}]
    texts = {"a": "Police said.", "b": "Police said.", "c": "Other text."}
    assert ecb.copy_for_duplicates(texts, mentions) == mentions + [{"doc": "b", "start": 0, "end": 6, "entity": "Police"}]
    # a document kg kept (it has mentions of its own) is left as it is, and a different text takes nothing
    both = mentions + [{"doc": "b", "start": 0, "end": 6, "entity": "X"}]
    assert ecb.copy_for_duplicates(texts, both) == both
