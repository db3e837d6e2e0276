"""Walking a corpus folder reads its articles, not its README or licence."""
from kg.ingest import read_articles
from kg.problems import ProblemLog


def test_folder_walk_skips_readme_license_and_hidden_files(tmp_path):
    (tmp_path / "README.md").write_text("# About this corpus\n\nTwo articles.", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("MIT", encoding="utf-8")
    (tmp_path / ".draft.txt").write_text("Not yet.", encoding="utf-8")
    (tmp_path / "sport").mkdir()
    (tmp_path / "sport" / "cup.txt").write_text("Arsenal won the cup.", encoding="utf-8")
    (tmp_path / "news.md").write_text("Israel struck Iran.", encoding="utf-8")
    problems = ProblemLog()
    assert [a.id for a in read_articles([tmp_path], problems)] == ["news", "cup"]
    assert not problems


def test_a_readme_named_on_the_command_line_is_read(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("Israel struck Iran.", encoding="utf-8")
    assert [a.id for a in read_articles([readme], ProblemLog())] == ["README"]


def test_bbc_corpus_holds_2095_articles(bbc_dir):
    assert sum(1 for _ in read_articles([bbc_dir], ProblemLog())) == 2095
