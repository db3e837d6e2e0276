"""Bad input through `kg build`: one line on stderr naming the file (and line), the rest built, exit 1.

One build runs over a folder of bad files beside good ones (the bad files are
made in tmp_path, never committed); each test then checks the exact line the
tool printed for its input and that the good articles reached the outputs.
"""
from __future__ import annotations

import json
import re

import pytest

from conftest import run_kg

GOOD = "Israel launched strikes on Iran.\n"
SUFFIXES = ".htm, .html, .jsonl, .markdown, .md, .ndjson, .text, .txt"
LONG_SENTENCE = " ".join(["the minister said that Israel struck Iran,"] * 715) + " officials said."  # 5,006 tokens


def _jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    d = root / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.md").write_bytes(b" \n\n\t\n")
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (d / "noise.txt").write_bytes(bytes(b for b in range(1, 256)) * 8)  # binary without a NUL byte
    (d / "plain.txt").write_text("Donald Trump praised Israel.\n", encoding="utf-8")
    (d / "bom.txt").write_bytes("\ufeffBOM headline\n\nNetanyahu thanked Trump.\n".encode("utf-8"))
    (d / "latin.txt").write_bytes("Le café a fermé.\n\nMacron criticised Israel.\n".encode("cp1252"))
    (d / "undecodable.txt").write_bytes(b"Abbas met Blinken in Ramallah" + b"\x81\x8d" + b" on Monday.\n")
    (d / "records.jsonl").write_text(
        '{"id": "rec-1", "text": "Iran attacked Israel."}\n'
        '{"id": "rec-2", "text": "broken\n'
        '{"id": "rec-3", "title": "no text here"}\n'
        '{"id": "rec-1", "text": "A second record with the first id."}\n'
        '{"id": "rec-5", "text": 42}\n'
        '["not", "an", "object"]\n'
        '{"id": "rec-7", "text": "Trump said that Iran seeks talks."}\n', encoding="utf-8")
    (d / "a").mkdir()
    (d / "b").mkdir()
    (d / "a" / "same.txt").write_text("Hamas freed hostages.\n", encoding="utf-8")
    (d / "b" / "same.txt").write_text("Qatar hosted the talks.\n", encoding="utf-8")
    (d / "long.txt").write_text(LONG_SENTENCE + "\n", encoding="utf-8")
    (d / "hostile.txt").write_text(
        "Israel struck Iran 🚀🔥 and 👨‍👩‍👧 fled.\u0007\u0000\n\n"
        "ישראל תקפה את איראן. إسرائيل هاجمت إيران.\u202e evil \u202c\n\n"
        "Trump met Netanyahu\u200b in Washington.\u0085\r\n", encoding="utf-8")
    empty_dir = root / "nothing-here"
    empty_dir.mkdir()
    (empty_dir / "notes.csv").write_text("a,b\n", encoding="utf-8")
    missing = root / "missing.txt"
    out = root / "out"
    proc = run_kg("build", d, empty_dir, missing, "--out", out)
    return d, empty_dir, missing, out, proc


def _lines(proc):
    return proc.stderr.splitlines()


def test_exit_code_is_1_and_the_summary_counts_what_was_skipped(bad_build):
    d, _, _, out, proc = bad_build
    assert proc.returncode == 1, proc.stderr
    skipped = int(re.search(r"skipped\s+(\d+)", proc.stdout).group(1))
    problem_lines = [line for line in _lines(proc) if line.endswith("skipped") or "no such file" in line
                     or "holds no articles" in line]
    assert skipped == len(problem_lines) == 12
    assert "Traceback" not in proc.stderr


def test_every_stderr_line_is_one_kg_line_naming_a_file(bad_build):
    d, empty_dir, missing, _, proc = bad_build
    for line in _lines(proc):
        assert line.startswith(f"kg: {d}") or line.startswith(f"kg: {empty_dir}") or line.startswith(f"kg: {missing}"), line


def test_the_good_articles_are_built(bad_build):
    _, _, _, out, _ = bad_build
    docs = {r["doc"] for r in _jsonl(out / "triples.jsonl")}
    assert {"good", "plain", "bom", "latin", "rec-1", "rec-7", "a/same", "b/same", "hostile"} <= docs
    assert all((out / name).stat().st_size > 0 for name in ("graph.ttl", "graph.trig", "entities.jsonl", "graph.html"))


def test_missing_path(bad_build):
    _, _, missing, _, proc = bad_build
    assert f"kg: {missing}: no such file or directory" in _lines(proc)


def test_folder_with_no_articles(bad_build):
    _, empty_dir, _, _, proc = bad_build
    assert f"kg: {empty_dir}: folder holds no articles ({SUFFIXES})" in _lines(proc)


def test_empty_file(bad_build):
    d, _, _, _, proc = bad_build
    assert f"kg: {d / 'empty.txt'}: empty file - skipped" in _lines(proc)
    assert f"kg: {d / 'blank.md'}: empty file (only whitespace) - skipped" in _lines(proc)


def test_binary_files(bad_build):
    d, _, _, _, proc = bad_build
    assert f"kg: {d / 'image.txt'}: binary file (PNG image), not text - skipped" in _lines(proc)
    noise = [line for line in _lines(proc) if line.startswith(f"kg: {d / 'noise.txt'}: ")]
    assert len(noise) == 1 and re.fullmatch(r".*: binary file \(\d+% control characters\), not text - skipped", noise[0])


def test_encodings_utf8_then_bom_then_cp1252_say_which_was_used(bad_build):
    d, _, _, out, proc = bad_build
    lines = _lines(proc)
    assert not any(str(d / "plain.txt") in line for line in lines)  # plain UTF-8: nothing to say
    assert f"kg: {d / 'bom.txt'}: decoded as UTF-8 with BOM" in lines
    assert f"kg: {d / 'latin.txt'}: not UTF-8 (byte 6), decoded as cp1252 (Windows-1252)" in lines
    triples = _jsonl(out / "triples.jsonl")
    assert any(t["doc"] == "latin" and t["subject"] == "Macron" for t in triples)
    assert any(t["doc"] == "bom" and t["subject"] == "Netanyahu" and t["start"] == len("BOM headline\n\n") for t in triples)


def test_undecodable_file(bad_build):
    d, _, _, _, proc = bad_build
    assert (f"kg: {d / 'undecodable.txt'}: cannot decode: not UTF-8, UTF-8 with BOM or cp1252 (byte 29: 0x81) - skipped"
            in _lines(proc))


def test_jsonl_broken_line_in_the_middle_is_reported_by_number_and_the_others_built(bad_build):
    d, _, _, out, proc = bad_build
    p = d / "records.jsonl"
    lines = _lines(proc)
    assert f"kg: {p}:2: broken JSON: Unterminated string starting at column 25 - line skipped" in lines
    assert f"kg: {p}:5: record's \"text\" is int, not a string - line skipped" in lines
    assert f"kg: {p}:6: a record must be a JSON object - line skipped" in lines
    docs = {r["doc"] for r in _jsonl(out / "triples.jsonl")}
    assert {"rec-1", "rec-7"} <= docs and not {"rec-2", "rec-3", "rec-5"} & docs


def test_record_without_text(bad_build):
    d, _, _, _, proc = bad_build
    assert f"kg: {d / 'records.jsonl'}:3: record has no \"text\" - line skipped" in _lines(proc)


def test_two_articles_with_the_same_id_name_both_sources(bad_build):
    d, _, _, out, proc = bad_build
    p = d / "records.jsonl"
    lines = _lines(proc)
    assert f"kg: {p}:4: duplicate article id 'rec-1' (first read from {p}:1) - skipped" in lines


def test_two_files_with_the_same_name_in_two_folders_are_both_read(bad_build):
    d, _, _, out, proc = bad_build
    lines = _lines(proc)
    for folder in "ab":
        assert f"kg: {d / folder / 'same.txt'}: another file is also named 'same': its id is '{folder}/same'" in lines
    docs = {t["doc"]: t["sentence"] for t in _jsonl(out / "triples.jsonl") if t["doc"].endswith("same")}
    assert "Hamas" in docs["a/same"] and "Qatar" in docs["b/same"]


def test_a_sentence_of_5000_tokens_is_noted_and_parsed_in_pieces(bad_build):
    d, _, _, out, proc = bad_build
    assert (f"kg: {d / 'long.txt'}: 1 sentence(s) without an end, up to {len(LONG_SENTENCE) - 1:,} characters "
            f"at offset 0, parsed in pieces of at most 3,000") in _lines(proc)
    long = [t for t in _jsonl(out / "triples.jsonl") if t["doc"] == "long"]
    assert len(long) > 100 and all(len(t["sentence"]) <= 3000 for t in long)


def test_emoji_rtl_and_control_characters_are_built_without_a_word(bad_build):
    d, _, _, out, proc = bad_build
    assert not any(str(d / "hostile.txt") in line for line in _lines(proc))
    hostile = [t for t in _jsonl(out / "triples.jsonl") if t["doc"] == "hostile"]
    text = "".join(t["sentence"] for t in hostile)
    assert "🚀🔥" in text and "👨\u200d👩\u200d👧" in text  # emoji sequences kept whole (ZWJ kept)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u202a-\u202e]", text)
    assert any(t["subject"] == "Trump" and t["object"] == "Netanyahu" for t in hostile)
    names = {e["name"] for e in _jsonl(out / "entities.jsonl")}
    assert "Israel" in names


def test_strict_stops_at_the_first_problem_and_writes_nothing(tmp_path):
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    proc = run_kg("build", tmp_path, "--out", out, "--strict")
    assert proc.returncode == 1
    assert _lines(proc) == [f"kg: {tmp_path / 'a-empty.txt'}: empty file - skipped",
                            f"kg: stopped (--strict): {tmp_path / 'a-empty.txt'}: empty file - skipped"]
    assert not out.exists()


def test_a_note_alone_does_not_fail_the_build(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Le café a fermé.\n\nMacron criticised Israel.\n".encode("cp1252"))
    proc = run_kg("build", tmp_path, "--out", tmp_path / "out", "--strict")
    assert proc.returncode == 0, proc.stderr
    assert _lines(proc) == [f"kg: {tmp_path / 'latin.txt'}: not UTF-8 (byte 6), decoded as cp1252 (Windows-1252)"]
    assert re.search(r"skipped\s+0", proc.stdout)


def test_nothing_readable_is_one_line_and_exit_1(tmp_path):
    proc = run_kg("build", tmp_path / "nope.txt", "--out", tmp_path / "out")
    assert proc.returncode == 1
    assert _lines(proc) == [f"kg: {tmp_path / 'nope.txt'}: no such file or directory",
                            "kg: no article could be read; nothing written"]
    assert not (tmp_path / "out").exists()


def test_file_names_that_differ_only_in_characters_an_id_drops_give_two_ids(tmp_path):
    """b"\\x01\\xbc.txt" and b"\\xbc.txt" both clean to the id '¼', and so does the path of each in its
    folder: the second gets a suffix from its path (hypothesis found it in test_fuzz), and is read."""
    import io
    import os

    from kg.ingest import read_articles
    from kg.problems import ProblemLog

    for i, name in enumerate([b"\xbc", b"\x01\xbc"]):
        with open(os.fsencode(tmp_path) + b"/" + name + b".txt", "w", encoding="utf-8") as fh:
            fh.write(f"Story {i}: Israel struck Iran.\n")
    stream = io.StringIO()
    articles = list(read_articles([tmp_path], ProblemLog(stream=stream)))
    ids = sorted(a.id for a in articles)
    assert len(articles) == 2 and ids[0] == "¼" and re.fullmatch(r"¼-[0-9a-f]{8}", ids[1]), ids
    assert "duplicate article id" not in stream.getvalue()
    assert f"another file is also named '¼': its id is '{ids[1]}'" in stream.getvalue()
