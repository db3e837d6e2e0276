"""The precision audit (bench/audit.py) on the five sample articles: draws are fixed by their seed,
the judging sheet hides the confidence, and the score is exact on a hand-made verdicts file."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT


def _audit():
    spec = importlib.util.spec_from_file_location("bench_audit", ROOT / "bench" / "audit.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_audit"] = module
    spec.loader.exec_module(module)
    return module


audit = _audit()


@pytest.fixture(scope="module")
def build_dir(seed_build, tmp_path_factory) -> Path:
    """What `audit.py build --examples` leaves: the build's outputs and sample.json."""
    from kg.export import export
    from kg.output import write_jsonl

    out = tmp_path_factory.mktemp("audit-build")
    export(seed_build.store, out / "graph.trig", "trig", seed_build.vocab)
    write_jsonl(out / "triples.jsonl", seed_build.triples)
    write_jsonl(out / "entities.jsonl", seed_build.entities)
    files = sorted(p for p in EXAMPLES.iterdir() if p.is_file())
    (out / "sample.json").write_text(json.dumps({"files": [p.name for p in files],
                                                 "paths": [str(p) for p in files]}), encoding="utf-8")
    return out


def _draw(build_dir, tmp_path, kind, n, seed, name):
    audit.main(["draw", "--build", str(build_dir), "--kind", kind, "--n", str(n), "--seed", str(seed),
                "--out", str(tmp_path / name)])
    return (tmp_path / f"{name}.md").read_text(encoding="utf-8"), audit.read_jsonl(tmp_path / f"{name}.key.jsonl")


@pytest.mark.parametrize("kind,n", [("triples", 12), ("negated", 5), ("edges", 2), ("entities", 8)])  # the seeds: 3 plain entity edges at the 0.75 gate
def test_draw_is_fixed_by_its_seed_and_the_sheet_hides_the_confidence(build_dir, tmp_path, kind, n):
    sheet, key = _draw(build_dir, tmp_path, kind, n, 7, "a")
    again, key_again = _draw(build_dir, tmp_path, kind, n, 7, "b")
    _other, key_other = _draw(build_dir, tmp_path, kind, n, 8, "c")
    assert sheet == again and key == key_again
    header, items = key[0]["_header"], key[1:]
    assert header["kind"] == kind and header["seed"] == 7 and len(items) == n
    assert [i["id"] for i in items] == [f"{audit.ID_PREFIX[kind]}{k:03d}" for k in range(1, n + 1)]
    assert all(f"## {i['id']}" in sheet for i in items)
    if kind != "entities":
        assert items != key_other[1:]
    # the key keeps the confidence; the sheet shows nothing of it
    if kind in ("triples", "negated", "edges"):
        assert all(isinstance(i["confidence"], float) for i in items)
    lowered = sheet.lower()
    assert "confidence" not in lowered and "corroboration" not in lowered
    if kind == "negated":
        assert all(i["negated"] and i["kind"] != "speech" for i in items)
    if kind == "triples":
        assert all(i["sentence"].splitlines()[0] in sheet for i in items)
    if kind == "edges":
        assert all(i["evidence"] and i["evidence"][0]["sentence"].splitlines()[0] in sheet for i in items)
    if kind == "entities":
        assert all(i["contexts"] for i in items)


def test_entity_context_is_the_sentence_of_the_mention():
    text = "Lt. Gen. Eyal Zamir met Mr. Smith in Washington. He left on Monday.\n\nThen Zamir spoke."
    entity = {"name": "Eyal Zamir", "aliases": ["Lt. Gen. Eyal Zamir", "Zamir"], "docs": ["a"]}
    contexts = audit.entity_contexts(entity, {"a": text}, {})
    assert contexts == [
        {"article": "a", "alias": "Lt. Gen. Eyal Zamir", "sentence": "Lt. Gen. Eyal Zamir met Mr. Smith in Washington."},
        {"article": "a", "alias": "Zamir", "sentence": "Then Zamir spoke."}]


def test_context_before_is_the_two_sentences_a_pronoun_may_point_back_to():
    text = "Lord Drayson gave £500,000. This followed an earlier gift. He was made a lord by Mr. Blair."
    start = text.index("He was")
    assert audit.context_before(text, start) == "Lord Drayson gave £500,000. This followed an earlier gift."
    assert audit.context_before(text, start, sentences=1) == "This followed an earlier gift."
    # the first sentence of an article has none, and an abbreviation ends no sentence
    assert audit.context_before(text, 0) == ""
    assert audit.context_before("Mr. Blair left. He said so.", 16, sentences=1) == "Mr. Blair left."


def test_an_entity_the_shown_sentences_do_not_name_is_shown_where_it_was_named_last():
    text = ("Mike Tindall joined Bath in 1997. He is fit again. Gloucester play on Sunday. "
            "The coach was pleased. \"I can play from then,\" he said.")
    start = text.index('"I can')
    item = {"subject_entity": "Mike Tindall", "object_entity": None, "attributed_to": "Mike Tindall",
            "start": start, "sentence": text[start:], "before": audit.context_before(text, start)}
    assert audit.where_named(item, text, {"Mike Tindall": ["Tindall"]}) == [
        {"entity": "Mike Tindall", "sentence": "Mike Tindall joined Bath in 1997."}]
    # named in the shown sentences: nothing more; never named before the item: nothing
    item["before"] = "Tindall said he was fit."
    assert audit.where_named(item, text, {"Mike Tindall": ["Tindall"]}) == []
    later = '"I can play from then," he said. Gloucester won.'
    item = {"subject_entity": "Gloucester", "start": 0, "sentence": later.split(" Gloucester")[0], "before": ""}
    assert audit.where_named(item, later, {}) == []


def test_a_speaker_named_only_after_the_item_is_shown_in_the_next_sentence():
    text = ('Nirvana released the album in 1991. "The song was not about heroin. It was never pretty. It was all in '
            'the lyrics," said Cobain biographer Charles Cross. Fans agreed.')
    start = text.index('"The song')
    sentence = '"The song was not about heroin.'
    item = {"subject_entity": None, "object_entity": None, "attributed_to": "Charles Cross",
            "start": start, "sentence": sentence, "before": audit.context_before(text, start)}
    assert audit.where_named(item, text, {}) == [
        {"entity": "Charles Cross", "where": "next",
         "sentence": 'It was never pretty. It was all in the lyrics," said Cobain biographer Charles Cross.'}]
    # only the speaker, at most three sentences of the same paragraph, nothing when the shown sentences name him
    assert audit.where_named(dict(item, attributed_to=None, subject_entity="Charles Cross"), text, {}) == []
    later = '"The song was not about heroin." Fans agreed. It rained. They left. Charles Cross said so.'
    assert audit.where_named(dict(item, start=0, before=""), later, {}) == []
    later = '"The song was not about heroin."\nCharles Cross said so.'
    assert audit.where_named(dict(item, start=0, before=""), later, {}) == []
    assert audit.where_named(dict(item, before="Charles Cross spoke."), text, {}) == []


def test_sheets_show_the_context_before_an_item_when_there_is_one(build_dir, tmp_path):
    sheet, key = _draw(build_dir, tmp_path, "triples", 12, 7, "ctx")
    items = key[1:]
    with_context = [i for i in items if i["before"]]
    assert with_context
    for item in with_context:
        assert item["before"].splitlines()[-1] in sheet
        assert item["before"] not in item["sentence"]


def test_figures_count_self_loops_and_bare_pronoun_subjects(build_dir):
    figs = audit.figures(build_dir)
    triples = audit.read_jsonl(build_dir / "triples.jsonl")
    assert figs["articles"] == 5 and figs["triples"] == len(triples) > 100
    assert figs["self-loop triples"] == sum(1 for t in triples
                                            if t["subject_entity"] and t["subject_entity"] == t["object_entity"])
    assert 0 < figs["plain entity->entity edges"] and figs["self-loop edges"] <= figs["plain entity->entity edges"]
    assert figs["bare-pronoun subject triples"] == sum(
        1 for t in triples if not t["subject_entity"] and t["subject"].strip().lower() in audit.BARE_PRONOUNS)
    assert audit.is_bare_pronoun({"subject": "They", "subject_entity": None})
    assert not audit.is_bare_pronoun({"subject": "They", "subject_entity": "Iran"})
    assert not audit.is_bare_pronoun({"subject": "Iran", "subject_entity": None})


def test_sample_is_the_seeded_draw_of_each_sorted_topic_folder(tmp_path):
    for topic in ("sport", "business"):
        (tmp_path / topic).mkdir()
        for k in range(10):
            (tmp_path / topic / f"{k:02d}.txt").write_text("x", encoding="utf-8")
    (tmp_path / "README.md").write_text("not a topic", encoding="utf-8")
    picked = audit.pick_sample(tmp_path, 3, 16)
    assert picked == audit.pick_sample(tmp_path, 3, 16) and len(picked) == 6
    assert [p.parent.name for p in picked] == ["business"] * 3 + ["sport"] * 3
    import random
    rng = random.Random(16)
    expected = sorted(rng.sample(sorted((tmp_path / "business").iterdir()), 3))
    expected += sorted(rng.sample(sorted((tmp_path / "sport").iterdir()), 3))
    assert picked == expected


def test_score_precision_classes_and_calibration(tmp_path):
    confidences = [0.3, 0.45, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99]
    key = [{"_header": {"kind": "triples", "seed": 1}}]
    key += [{"id": f"T{k:03d}", "confidence": c} for k, c in enumerate(confidences, start=1)]
    correct = [False, False, True, False, True, True, False, True, True, True, True, True]
    verdicts = [{"id": f"T{k:03d}", "correct": ok, "class": None if ok else "trivial", "note": ""}
                for k, ok in enumerate(correct, start=1)]
    verdicts[3]["class"] = "negation-wrong"
    verdicts[6]["class"] = "made-up-class"
    verdicts.append({"id": "T999", "correct": True})
    (tmp_path / "k.jsonl").write_text("".join(json.dumps(r) + "\n" for r in key), encoding="utf-8")
    (tmp_path / "v.jsonl").write_text("".join(json.dumps(r) + "\n" for r in verdicts[1:]), encoding="utf-8")

    result = audit.score(audit.read_jsonl(tmp_path / "k.jsonl"), audit.read_jsonl(tmp_path / "v.jsonl"))
    assert (result["items"], result["judged"], result["correct"], result["precision"]) == (12, 11, 8, 0.7273)
    assert result["wilson95"] == [0.4344, 0.9025]
    assert result["missing"] == ["T001"] and result["unknown"] == ["T999"]
    assert result["classes"] == {"made-up-class": 1, "negation-wrong": 1, "trivial": 1}
    assert result["classes_not_in_rubric"] == ["made-up-class"]
    assert result["calibration"] == [
        {"bucket": "<0.5", "n": 1, "correct": 0, "precision": 0.0},
        {"bucket": "0.5-0.6", "n": 1, "correct": 1, "precision": 1.0},
        {"bucket": "0.6-0.7", "n": 2, "correct": 1, "precision": 0.5},
        {"bucket": "0.7-0.8", "n": 2, "correct": 1, "precision": 0.5},
        {"bucket": "0.8-0.9", "n": 2, "correct": 2, "precision": 1.0},
        {"bucket": ">=0.9", "n": 3, "correct": 3, "precision": 1.0}]
    text = audit.render_score(result)
    assert "8 of 11 judged correct = 72.7 % (95 % Wilson 43.4–90.2 %)" in text
    assert "| 0.6-0.7 | 2 | 1 | 50.0 % |" in text


def test_wilson_interval():
    assert audit.wilson(46, 80) == pytest.approx((0.4657, 0.6774), abs=1e-4)
    assert audit.wilson(0, 0) == (0.0, 0.0)
    assert audit.wilson(10, 10)[1] == pytest.approx(1.0)


@pytest.fixture()
def changed_build(build_dir, tmp_path) -> Path:
    """The seed build after a pretend change: three triples gone, one triple's object rewritten,
    one entity retyped."""
    after = tmp_path / "after"
    after.mkdir()
    for name in ("sample.json", "graph.trig"):
        (after / name).write_bytes((build_dir / name).read_bytes())
    triples = audit.read_jsonl(build_dir / "triples.jsonl")
    kept = triples[3:]
    kept[0] = dict(kept[0], object=kept[0]["object"] + " again")
    audit.write_jsonl(after / "triples.jsonl", kept)
    entities = audit.read_jsonl(build_dir / "entities.jsonl")
    entities[0] = dict(entities[0], type="WORK_OF_ART" if entities[0]["type"] != "WORK_OF_ART" else "ORG")
    audit.write_jsonl(after / "entities.jsonl", entities)
    return after


def test_diff_draws_only_the_changed_items_mixed_and_blind(build_dir, changed_build, tmp_path):
    audit.main(["diff", "--before", str(build_dir), "--after", str(changed_build), "--kind", "triples",
                "--n", "60", "--seed", "3", "--sheets", "2", "--out", str(tmp_path / "d")])
    keys = [audit.read_jsonl(tmp_path / f"d-{x}.key.jsonl") for x in "ab"]
    header = keys[0][0]["_header"]
    items = [row for rows in keys for row in rows[1:]]
    before = audit.read_jsonl(build_dir / "triples.jsonl")
    assert header["changed"] == {"before": 4, "after": 1}  # the 3 removed + the old reading of the rewritten one
    assert header["totals"] == {"before": len(before), "after": len(before) - 3}
    assert sorted(i["side"] for i in items) == ["after", "before", "before", "before", "before"]
    written = next(i for i in items if i["side"] == "after")
    assert written["object"].endswith(" again") and written["sentence"] == before[3]["sentence"]
    assert all(audit.triple_identity(i) != audit.triple_identity(t) for i in items if i["side"] == "after" for t in before)
    for x, rows in zip("ab", keys):
        ids = [r["id"] for r in rows[1:]]
        assert len(ids) == len(set(ids))
        sheet = (tmp_path / f"d-{x}.md").read_text(encoding="utf-8")
        assert "side:" not in sheet and "only before" not in sheet and "only after" not in sheet
        assert "removed" not in sheet and "confidence" not in sheet
    # the same draw again: fixed by its seed
    audit.main(["diff", "--before", str(build_dir), "--after", str(changed_build), "--kind", "triples",
                "--n", "60", "--seed", "3", "--out", str(tmp_path / "e")])
    assert (tmp_path / "e-a.md").read_text(encoding="utf-8") == (tmp_path / "d-a.md").read_text(encoding="utf-8")


def test_diff_of_entities_and_the_change_estimate(build_dir, changed_build, tmp_path, capsys):
    audit.main(["diff", "--before", str(build_dir), "--after", str(changed_build), "--kind", "entities",
                "--n", "0", "--seed", "4", "--sheets", "1", "--out", str(tmp_path / "x")])
    rows = audit.read_jsonl(tmp_path / "x-a.key.jsonl")
    header, items = rows[0]["_header"], rows[1:]
    first = audit.read_jsonl(build_dir / "entities.jsonl")[0]
    assert [(i["side"], i["name"]) for i in sorted(items, key=lambda i: i["side"])] == [
        ("after", first["name"]), ("before", first["name"])]
    assert header["changed"] == {"before": 1, "after": 1}
    # the written entity judged right, the removed one wrong: one more correct entity, same count
    verdicts = [{"id": i["id"], "correct": i["side"] == "after", "class": None if i["side"] == "after" else "wrong-type"}
                for i in items]
    audit.write_jsonl(tmp_path / "v.jsonl", verdicts)
    capsys.readouterr()
    audit.main(["score", "--key", str(tmp_path / "x-a.key.jsonl"), "--verdicts", str(tmp_path / "v.jsonl")])
    text = capsys.readouterr().out
    assert "removed (only before): 0 of 1 correct (0.0 %)" in text
    assert "written (only after): 1 of 1 correct (100.0 %)" in text
    assert "(+1 correct, +0 items)" in text
    total = header["totals"]["before"]
    assert f"0.80: {(0.8 * total + 1) / total * 100:.1f} %" in text


def test_score_of_several_sheets_counts_each_sheet_once(tmp_path):
    for x, oks in (("a", [True, False]), ("b", [True, True, False])):
        key = [{"_header": {"kind": "triples"}}] + [{"id": f"T{k:03d}"} for k in range(1, len(oks) + 1)]
        audit.write_jsonl(tmp_path / f"{x}.key.jsonl", key)
        audit.write_jsonl(tmp_path / f"{x}.v.jsonl", [{"id": f"T{k:03d}", "correct": ok, "class": None if ok else "trivial"}
                                                     for k, ok in enumerate(oks, start=1)])
    result = audit.score(*audit._merged_sheets([str(tmp_path / "a.key.jsonl"), str(tmp_path / "b.key.jsonl")],
                                               [str(tmp_path / "a.v.jsonl"), str(tmp_path / "b.v.jsonl")]))
    assert (result["judged"], result["correct"], result["classes"]) == (5, 3, {"trivial": 2})


def test_changed_lists_every_changed_triple_under_its_sentence(build_dir, changed_build, capsys):
    audit.main(["changed", "--before", str(build_dir), "--after", str(changed_build), "--kind", "triples"])
    text = capsys.readouterr().out
    rewritten = audit.read_jsonl(build_dir / "triples.jsonl")[3]
    block = text.split(f"{rewritten['doc']}: {rewritten['sentence']}\n", 1)[1].split("\n")
    block = block[:next(i for i, line in enumerate(block) if not line.startswith("  "))]
    before = f"  - {rewritten['subject']} — {rewritten['relation']} — {rewritten['object']}"
    after = f"  + {rewritten['subject']} — {rewritten['relation']} — {rewritten['object']} again"
    assert any(line.startswith(before) and " again" not in line for line in block)
    assert any(line.startswith(after) for line in block)
    assert [line[2] for line in block] == sorted((line[2] for line in block), key=lambda mark: mark == "+")  # removed first
    assert text.rstrip().endswith("4 only before, 1 only after")


@pytest.mark.parametrize("kind", ["triples", "entities"])
def test_a_stable_draw_draws_the_same_unchanged_items_from_a_changed_build(build_dir, changed_build, tmp_path, kind):
    """The paired audit: before and after a change, a stable draw shares every unchanged item it drew,
    so only what the change wrote is new to judge; the plain draw (by place in the list) does not."""
    def drawn(build, name, *stable):
        audit.main(["draw", "--build", str(build), "--kind", kind, "--n", "8", "--seed", "5",
                    "--out", str(tmp_path / name), *stable])
        rows = audit.read_jsonl(tmp_path / f"{name}.key.jsonl")[1:]
        identity = audit.triple_identity if kind == "triples" else audit.entity_identity
        return [identity(r) for r in rows]

    before, after = drawn(build_dir, "sb", "--stable"), drawn(changed_build, "sa", "--stable")
    assert before == drawn(build_dir, "sb2", "--stable")  # fixed by its seed
    changed = {"before", "after"}
    rows = {side: audit.read_jsonl((build_dir if side == "before" else changed_build)
                                   / ("triples.jsonl" if kind == "triples" else "entities.jsonl")) for side in changed}
    identity = audit.triple_identity if kind == "triples" else audit.entity_identity
    in_after = {identity(r) for r in rows["after"]}
    unchanged_before = [i for i in before if i in in_after]
    # every unchanged item drawn before is drawn after, in the same order; the rest are the changed ones
    assert [i for i in after if i in set(unchanged_before)] == unchanged_before
    assert len(set(after) - set(before)) == len(before) - len(unchanged_before)
    plain_before, plain_after = drawn(build_dir, "pb"), drawn(changed_build, "pa")
    if kind == "triples":  # three triples gone shift every place: the plain draw loses the pairing
        assert len(set(plain_before) & set(plain_after)) < len(set(before) & set(after))


def test_carry_keeps_the_verdict_of_every_item_a_later_stable_draw_shows_unchanged(build_dir, changed_build, tmp_path):
    """The session's before/after audit: the sheet drawn after a change takes the verdicts of the
    items that read exactly as judged ones; only the others go to a new judge, on a sheet of their own."""
    for build, name in ((build_dir, "before"), (changed_build, "after")):
        audit.main(["draw", "--build", str(build), "--kind", "triples", "--n", "8", "--seed", "5",
                    "--stable", "--out", str(tmp_path / name)])
    before_key = audit.read_jsonl(tmp_path / "before.key.jsonl")[1:]
    verdicts = [{"id": row["id"], "correct": k % 2 == 0, "class": None if k % 2 == 0 else "wrong-object", "note": ""}
                for k, row in enumerate(before_key)]
    verdicts[1]["correct"] = None  # not judged: nothing to carry
    audit.write_jsonl(tmp_path / "before.verdicts.jsonl", verdicts)

    audit.main(["carry", "--judged", str(tmp_path / "before"), "--verdicts", str(tmp_path / "before.verdicts.jsonl"),
                "--to", str(tmp_path / "after")])

    after_key = audit.read_jsonl(tmp_path / "after.key.jsonl")[1:]
    carried = audit.read_jsonl(tmp_path / "after.carried.jsonl")
    by_identity = {audit.triple_identity(row): row["id"] for row in before_key}
    verdict_of = {v["id"]: v for v in verdicts}
    expected = {row["id"]: by_identity[audit.triple_identity(row)] for row in after_key
                if audit.triple_identity(row) in by_identity
                and verdict_of[by_identity[audit.triple_identity(row)]]["correct"] is not None}
    assert expected and {v["id"]: v["carried_from"] for v in carried} == expected
    assert all(v["correct"] == verdict_of[v["carried_from"]]["correct"] for v in carried)
    new_sheet = (tmp_path / "after-new.md").read_text(encoding="utf-8")
    left = [row["id"] for row in after_key if row["id"] not in expected]
    assert left  # the unjudged item and the items the change wrote
    assert list(audit.sheet_blocks(new_sheet)[1]) == left
    assert f"\n{len(left)} items." in new_sheet
    rewritten = [row for row in after_key if row["object"].endswith(" again")]
    assert all(row["id"] in left for row in rewritten)  # a changed item is judged again, never carried
