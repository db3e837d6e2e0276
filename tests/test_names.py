"""Names are data, never code (issue 19): file names and ids that are not UTF-8, too long, full of
control characters or Rich markup; folders with the same file name twice, links out of the
folder, the same article twice; a bad --base; a mistyped store. Each gives one line, loses nothing."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import run_kg

LONG_ID = "x" * 300
CHINESE = "以色列对伊朗发动袭击以色列对伊朗发动袭击以色列对伊朗发动袭击以色" * 1  # 31 characters, 93 bytes
STORY = "{} said on Monday that Israel struck Iran.\n"


def _lines(proc) -> list[str]:
    return [line for line in proc.stderr.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def names_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("names")
    d = root / "in"
    (d / "a").mkdir(parents=True)
    (d / "b").mkdir()
    os.mkdir(os.fsencode(d) + b"/caf\xe9")  # a folder and a file whose names are cp1252, not UTF-8
    Path(os.fsdecode(os.fsencode(d) + b"/caf\xe9/caf\xe9.txt")).write_text(STORY.format("Macron"), encoding="utf-8")
    Path(os.fsdecode(os.fsencode(d) + b"/bad\x81\x8d.txt")).write_text(STORY.format("Blinken"), encoding="utf-8")
    (d / "evil\x1b[31mred\x07.txt").write_text(STORY.format("Abbas"), encoding="utf-8")
    (d / "[bold red]bracket.txt").write_text(STORY.format("Sunak"), encoding="utf-8")
    (d / (CHINESE * 2 + ".txt")).write_text(STORY.format("Xi Jinping"), encoding="utf-8")  # 186 bytes of name
    (d / "records.jsonl").write_text(json.dumps({"id": LONG_ID, "text": STORY.format("Guterres")}) + "\n"
                                     + json.dumps({"id": "ctl\x1b]0;title\x07id\n", "text": STORY.format("Erdogan")}) + "\n",
                                     encoding="utf-8")
    (d / "a" / "index.html").write_text(f"<p>{STORY.format('Hamas')}</p>", encoding="utf-8")
    (d / "b" / "index.html").write_text(f"<p>{STORY.format('Qatar')}</p>", encoding="utf-8")
    (d / "utf16.txt").write_bytes(STORY.format("Netanyahu").encode("utf-16-le"))
    (d / "copy-one.txt").write_text(STORY.format("Trump"), encoding="utf-8")
    (d / "copy-two.txt").write_text(STORY.format("Trump"), encoding="utf-8")
    outside = root / "secret"
    outside.mkdir()
    (outside / "passwd.txt").write_text("root said the secret was out.\n", encoding="utf-8")
    (d / "link.txt").symlink_to(outside / "passwd.txt")
    (d / "linked-folder").symlink_to(outside)
    store, out = root / "store", root / "out"
    proc = run_kg("build", d, "--store", store, "--out", out, "--workers", "1")
    return d, root, store, out, proc


def _docs(out: Path) -> set[str]:
    return {json.loads(line)["doc"] for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()}


def test_every_name_is_built_and_nothing_is_lost(names_build):
    _, _, store, out, proc = names_build
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    docs = _docs(out)
    expected = {"café", "bad\ufffd\ufffd", "evil[31mred", "[bold red]bracket", CHINESE * 2, LONG_ID, "ctl]0;titleid",
                "a/index", "b/index", "utf16", "copy-one"}
    assert expected <= docs, expected - docs
    assert "link" not in docs and "passwd" not in docs and "copy-two" not in docs
    # the store holds the same articles, the long ids whole, their analyses under hashed names
    from kg.graph.saved import ANALYSES_DIR
    from kg.graph.source import open_graph

    graph = open_graph(store)
    ids = {row["id"].value for row in graph.store.query(
        "SELECT ?id WHERE { ?a a <https://schema.org/NewsArticle> ; <http://purl.org/dc/terms/identifier> ?id }",
        use_default_graph_as_union=True)}
    assert ids == docs
    names = [p.name for p in (store / ANALYSES_DIR).iterdir()]
    assert len(names) == len(docs) and all(len(n.encode()) <= 255 for n in names)


def test_names_are_shown_escaped_on_one_line_each(names_build):
    d, _, _, _, proc = names_build
    lines = _lines(proc)
    assert "\x1b" not in proc.stderr and "\x07" not in proc.stderr
    assert all(line.startswith("kg: ") for line in lines), lines
    assert f"kg: {d}/caf\\xe9/caf\\xe9.txt: file name is not UTF-8: read as cp1252" in lines
    assert f"kg: {d}/bad\\x81\\x8d.txt: file name is not UTF-8: read as UTF-8 with unreadable bytes replaced" in lines


def test_folders_links_and_copies(names_build):
    d, root, _, _, proc = names_build
    lines = _lines(proc)
    assert f"kg: {d}/a/index.html: another file is also named 'index': its id is 'a/index'" in lines
    assert f"kg: {d}/link.txt: a link out of the folder - skipped (kg build --follow-links reads it)" in lines
    assert f"kg: {d}/linked-folder: a link out of the folder - skipped (kg build --follow-links reads it)" in lines
    assert f"kg: {d}/copy-two.txt: the same text as {d}/copy-one.txt - counted once" in lines
    assert f"kg: {d}/utf16.txt: decoded as UTF-16 LE (no BOM)" in lines


def test_follow_links_reads_them(tmp_path):
    outside = tmp_path / "elsewhere.txt"
    outside.write_text(STORY.format("Merkel"), encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "here.txt").symlink_to(outside)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "there.txt").write_text(STORY.format("Scholz"), encoding="utf-8")
    (tmp_path / "in" / "folder").symlink_to(tmp_path / "other")
    (tmp_path / "other" / "loop").symlink_to(tmp_path / "in")  # a loop ends
    from kg.ingest import read_articles
    from kg.problems import ProblemLog

    assert [a.id for a in read_articles([tmp_path / "in"], ProblemLog())] == []
    assert [a.id for a in read_articles([tmp_path / "in"], ProblemLog(), follow_links=True)] == ["there", "here"]
    assert [a.id for a in read_articles([tmp_path / "in" / "here.txt"], ProblemLog())] == ["here"]  # named: read


def test_a_bracketed_path_is_one_plain_line(tmp_path):
    proc = run_kg("query", "no/[/bold]such.trig", "SELECT * WHERE { ?s ?p ?o }")
    assert proc.returncode in (1, 2)
    assert proc.stderr.strip() == "kg: no/[/bold]such.trig: no such graph file"


def test_a_bad_base_is_one_line_and_saves_nothing(tmp_path):
    proc = run_kg("build", "--base", "not an iri", "--store", tmp_path / "s", "--workers", "1")
    assert proc.returncode == 2
    assert _lines(proc) == ["kg: Invalid value for '--base': base IRI 'not an iri' is not an absolute IRI "
                            "(like https://example.org/kg/) (kg build --help)"]
    assert not (tmp_path / "s").exists()


def test_remove_with_a_mistyped_store_creates_nothing(tmp_path):
    proc = run_kg("remove", "some-article", "--store", tmp_path / "no-such-store")
    assert proc.returncode != 0 and len(_lines(proc)) == 1 and "not a kg store" in proc.stderr
    assert not (tmp_path / "no-such-store").exists()


def test_usage_errors_are_one_line_exit_2():
    for args in (["nosuch"], ["build", "--nope"], ["remove"]):
        proc = run_kg(*args)
        assert proc.returncode == 2, args
        assert len(_lines(proc)) == 1 and _lines(proc)[0].startswith("kg: "), proc.stderr


def test_a_read_only_output_folder_is_one_line_exit_1(tmp_path, seed_build):
    if os.geteuid() == 0:
        target = Path("/proc/kg-cannot-write-here")  # root writes anywhere but /proc
    else:
        target = tmp_path / "ro" / "out"
        target.parent.mkdir()
        target.parent.chmod(0o500)
    article = tmp_path / "one.txt"
    article.write_text(STORY.format("Obama"), encoding="utf-8")
    proc = run_kg("build", article, "--out", target, "--workers", "1")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(_lines(proc)) == 1 and _lines(proc)[0].startswith("kg: "), proc.stderr
