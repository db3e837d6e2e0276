"""Arbitrary Unicode through ingest cleaning, extraction and resolution: no exception, well-formed records."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.builder import resolve_analyses
from kg.graph import Vocabulary, to_rdf
from kg.ingest import clean_text
from kg.output import jsonl_lines
from kg.pipeline import analyse_articles
from kg.records import Article, Entity, Triple

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
