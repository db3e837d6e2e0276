"""Arbitrary Unicode through ingest cleaning, extraction and resolution: no exception, well-formed records."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.analysis import analyse_articles
from kg.builder import resolve_analyses
from kg.graph.rdflib_view import to_rdf
from kg.ingest import clean_text
from kg.output import jsonl_lines
from kg.records import Article, Entity, Triple
from kg.terms import Vocabulary

# Real words mixed with any code point (controls, surrogates, RTL, emoji, combining marks),
# so the parser sees sentences and entities, not only noise.
WORDS = st.sampled_from(["Israel", "struck", "Iran", "Donald Trump", "said", "he", "talks", ".", ",", '"', "\\",
                         "\n", "\n\n", "<script>", '"""', "ישראל", "إيران", "🚀", "👨\u200d👩\u200d👧", "\u202e", "\x00"])
TEXT = st.lists(st.one_of(WORDS, st.text(min_size=1, max_size=12)), min_size=0, max_size=40).map(" ".join)


def _well_formed_triple(t: Triple, articles: dict[str, Article]) -> None:
    article = articles[t.doc]
    assert 0 <= t.start <= t.end <= len(article.text)
    assert article.text[t.start:t.end] == t.sentence
    assert t.subject and t.relation and t.relation_lemma
    assert isinstance(t.negated, bool) and 0 <= t.confidence <= 1
    for name in (t.subject_entity, t.object_entity, t.attributed_to):
        assert name is None or isinstance(name, str) and name


def _well_formed_entity(e: Entity, articles: dict[str, Article]) -> None:
    assert e.name and e.type and e.iri.startswith("https://kg.example/entity/")
    assert e.mentions >= 1 and set(e.docs) <= set(articles)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TEXT, min_size=1, max_size=3))
def test_arbitrary_text_gives_well_formed_records(nlp, texts):
    articles = {f"doc{i}": Article(f"doc{i}", clean_text(t)) for i, t in enumerate(texts)}
    analyses = list(analyse_articles(articles.values(), nlp))
    assert [a.article.id for a in analyses] == list(articles)
    assert all(a.error is None for a in analyses), [a.error for a in analyses]
    vocab = Vocabulary()
    triples, entities, _ = resolve_analyses(analyses, vocab)
    for t in triples:
        _well_formed_triple(t, articles)
    for e in entities:
        _well_formed_entity(e, articles)
    # and every record can be written: JSON Lines (valid UTF-8, one object per line) and RDF
    for line in jsonl_lines([*triples, *entities]):
        assert line.endswith("\n") and line.count("\n") == 1
        json.loads(line.encode("utf-8"))
    to_rdf(list(articles.values()), triples, entities, vocab).serialize(format="nquads", encoding="utf-8")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_text_leaves_only_encodable_printable_text(text):
    cleaned = clean_text(text)
    cleaned.encode("utf-8")  # no lone surrogates
    assert not any(ch in cleaned for ch in "\x00\x07\x1b\r\x85\u202e\u2028\ufeff")
    assert clean_text(cleaned) == cleaned


# -- names are data (issue 19): any file name, any id ----------------------------------------

FILE_NAME = st.binary(min_size=1, max_size=120).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_")).filter(
    lambda b: b not in (b".", b".."))
ID = st.one_of(st.text(max_size=400), st.sampled_from(["x" * 300, "以色列" * 40, "[bold]x[/bold]", "a\x1b[31m\n", " "]))


def _terminal_safe(text: str) -> bool:
    """No control character, line break, lone surrogate or bidi override reaches the terminal."""
    import unicodedata

    return not any(unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                   for ch in text)


def _check_id(article_id: str) -> None:
    import pyoxigraph as ox

    from kg.graph.saved import analysis_file
    from kg.problems import printable

    assert article_id and article_id == article_id.strip()
    article_id.encode("utf-8")  # no lone surrogates
    assert not any(ch in article_id for ch in "\x00\x07\x1b\n\r\t\u202e")
    assert len(analysis_file(__import__("pathlib").Path("s"), article_id).name.encode()) <= 255
    ox.NamedNode(Vocabulary().article_iri(article_id))
    assert _terminal_safe(printable(article_id))


@settings(max_examples=150, deadline=None)
@given(names=st.lists(FILE_NAME, min_size=1, max_size=4, unique_by=lambda b: b.lower()))
def test_any_file_name_gives_a_clean_unique_id_and_one_printable_line(names):
    import io
    import os
    import tempfile

    from pathlib import Path

    from kg.ingest import is_article_file, read_articles
    from kg.problems import ProblemLog

    with tempfile.TemporaryDirectory() as folder:
        made = 0
        for i, name in enumerate(names):
            try:
                with open(os.fsencode(folder) + b"/" + name + b".txt", "w", encoding="utf-8") as fh:
                    fh.write(f"Story {i}: Israel struck Iran.\n")
                made += is_article_file(Path(os.fsdecode(name + b".txt")))  # not hidden, not a README
            except OSError:  # a name the file system refuses (too long)
                continue
        stream = io.StringIO()
        articles = list(read_articles([folder], ProblemLog(stream=stream)))
        assert len(articles) == made
        assert len({a.id for a in articles}) == made
        for a in articles:
            _check_id(a.id)
            a.source_path.encode("utf-8")
        for line in stream.getvalue().splitlines():
            assert line.startswith("kg: ") and _terminal_safe(line), line


@settings(max_examples=150, deadline=None)
@given(ids=st.lists(ID, min_size=1, max_size=4))
def test_any_jsonl_id_gives_a_clean_id_and_a_savable_analysis(ids):
    import io
    import tempfile
    from pathlib import Path

    from kg.graph.saved import analysis_file, save_analysis
    from kg.ingest import read_articles
    from kg.problems import ProblemLog
    from kg.records import ArticleAnalysis

    with tempfile.TemporaryDirectory() as folder:
        lines = [json.dumps({"id": i, "text": f"Story {n}: Israel struck Iran."}) for n, i in enumerate(ids)]
        (Path(folder) / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        stream = io.StringIO()
        articles = list(read_articles([folder], ProblemLog(stream=stream)))
        assert articles  # duplicates (after cleaning) are skipped, the first kept
        for a in articles:
            _check_id(a.id)
            save_analysis(Path(folder) / "store", ArticleAnalysis(a, 1, (), ()))
            assert analysis_file(Path(folder) / "store", a.id).is_file()
        for line in stream.getvalue().splitlines():
            assert line.startswith("kg: ") and _terminal_safe(line), line


def test_a_superscript_digit_after_a_name_is_no_minute(nlp):
    """"Israel ¹" (a footnote mark): str.isdigit() is true of "¹" but int() refuses it; the name-span rule
    that strips a goal minute ("Bellamy 72") must read only decimal digits. Found by the test above."""
    analyses = list(analyse_articles([Article("doc0", clean_text("Israel ¹ ?")), Article("doc1", "Bellamy 72 scored.")], nlp))
    assert [a.error for a in analyses] == [None, None]
