"""Session 15 (perf): the same answers, reached with less work.

- ``records.to_json_dict`` gives exactly ``dataclasses.asdict``'s dict without its deep copy;
- a build raises the collector's first threshold for its duration and puts it back (kg.analysis.fewer_collections);
- ``clauses.respectively_in_phrase`` and ``clauses.neither_dropped`` read the view's tokens and the Doc's text
  once instead of spaCy's Span (the same readings, the same negations).
"""
from __future__ import annotations

import gc
import json
from collections import namedtuple
from dataclasses import asdict, dataclass

import pytest

from kg.analysis import GC_THRESHOLD, fewer_collections
from kg.builder import build_graph
from kg.extract import extract_doc
from kg.extract.clauses import respectively_in_phrase
from kg.records import Role, to_json_dict


# ---------------------------------------------------------------- to_json_dict is asdict

def test_every_record_of_a_build_is_written_as_asdict_wrote_it():
    result = build_graph(["examples/articles"])
    records = list(result.triples) + list(result.entities) + [m for a in result.analyses for m in a.mentions][:200]
    assert len(records) > 300
    for record in records:
        mine, theirs = to_json_dict(record), asdict(record)
        assert mine == theirs
        assert json.dumps(mine, ensure_ascii=False) == json.dumps(theirs, ensure_ascii=False)


Pair = namedtuple("Pair", "a b")


@dataclass
class _Holder:
    value: object


@pytest.mark.parametrize("value", [Pair(1, "x"), {"a": (1, 2)}, {1, 2}, [Role("spokesman", "BBC", 2)],
                                   (None, True, 1.5, "é"), [[1, (2,)], []], Role("mayor", None, 1)])
def test_values_asdict_rebuilds_are_rebuilt_alike(value):
    mine, theirs = to_json_dict(_Holder(value))["value"], asdict(_Holder(value))["value"]
    assert mine == theirs and type(mine) is type(theirs)
    if isinstance(theirs, (list, tuple)):
        assert [type(v) for v in mine] == [type(v) for v in theirs]


def test_a_mutable_value_is_copied_not_shared():
    # negative: asdict deep-copies what it does not rebuild (a set); the dict must not hand out the record's own
    held = _Holder({"x": {1}})
    assert to_json_dict(held)["value"]["x"] is not held.value["x"]


# ---------------------------------------------------------------- the collector's threshold during a build

def test_the_threshold_is_raised_inside_and_put_back_after():
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] == max(GC_THRESHOLD, before[0])
        assert gc.get_threshold()[1:] == before[1:]
    assert gc.get_threshold() == before


def test_a_users_own_higher_threshold_is_left_alone():
    before = gc.get_threshold()
    try:
        gc.set_threshold(50_000, *before[1:])
        with fewer_collections():
            assert gc.get_threshold()[0] == 50_000
        assert gc.get_threshold()[0] == 50_000
    finally:
        gc.set_threshold(*before)


def test_the_threshold_is_put_back_when_the_block_fails():
    before = gc.get_threshold()
    with pytest.raises(ZeroDivisionError):
        with fewer_collections():
            1 / 0
    assert gc.get_threshold() == before


def test_a_build_leaves_the_threshold_as_it_found_it(monkeypatch):
    before = gc.get_threshold()
    seen = []
    import kg.builder

    original = kg.builder.analyse

    def watching(*args, **kwargs):
        seen.append(gc.get_threshold()[0])
        return original(*args, **kwargs)

    monkeypatch.setattr(kg.builder, "analyse", watching)
    build_graph(["examples/articles/000_e7fa4d2bf25a9973.txt"])
    assert seen == [max(GC_THRESHOLD, before[0])]
    assert gc.get_threshold() == before


# ---------------------------------------------------------------- the same readings from the view

def _triples(nlp, text):
    return [(e.subject.text, e.relation, e.object.text if e.object else None, e.negated) for e in extract_doc(nlp(text))]


def test_respectively_hung_on_a_phrase_still_pairs_the_lists(nlp):
    # pool: entertainment, "Clive Owen and Sophie Okonedo both got nominated for supporting roles in Closer and Hotel Rwanda respectively"
    doc = nlp("And Clive Owen and Sophie Okonedo both got nominated for supporting roles in Closer and Hotel Rwanda "
              "respectively.")
    verb = next(t for t in doc if t.lemma_ == "nominate")
    assert respectively_in_phrase([verb])
    subjects = {t[0] for t in _triples(nlp, doc.text) if "nominate" in t[1]}
    assert "Clive Owen and Sophie Okonedo" in subjects and "Clive Owen" not in subjects


def test_no_respectively_no_pairing(nlp):
    # negative: the same sentence without "respectively" is read conjunct by conjunct
    doc = nlp("And Clive Owen and Sophie Okonedo both got nominated for supporting roles in Closer.")
    verb = next(t for t in doc if t.lemma_ == "nominate")
    assert not respectively_in_phrase([verb])


def test_neither_nor_subject_negates_the_predicate(nlp):
    got = [t for t in _triples(nlp, "Neither Rover nor Shanghai Automotive commented on the reports.")
           if t[1] == "commented on"]
    assert any(t[0].startswith("Rover") for t in got) and all(t[3] for t in got)  # both denied (98eeb10 splits them)
    assert not any(t[0].startswith("Neither") for t in got)


def test_a_plain_pair_is_not_negated(nlp):
    # negative: "both … and" denies nothing
    got = _triples(nlp, "Both Rover and Shanghai Automotive commented on the reports.")
    assert got and not any(t[3] for t in got)


# ---------------------------------------------------------------- the Doc's text from the text it was parsed from

def test_the_text_a_doc_was_parsed_from_is_its_text(nlp):
    from kg.nlp import doc_text, parsed_from

    text = 'Mr Howard said he "rejected" the idea.\n  '  # trailing spaces and a line end are tokens too
    doc = nlp(text)
    assert doc.text == text
    parsed_from(doc, text)
    assert doc_text(doc) is text


def test_a_text_the_doc_was_not_parsed_from_is_refused(nlp):
    # negative: a shorter or longer text would cut every argument at the wrong place
    from kg.nlp import doc_text, parsed_from

    doc = nlp("Israel struck Iran on Friday.")
    with pytest.raises(ValueError):
        parsed_from(doc, "Israel struck Iran.")
    assert doc_text(doc) == "Israel struck Iran on Friday."


def test_every_paragraph_of_a_build_is_read_with_its_own_text():
    from kg.analysis import analyse_articles
    from kg.ingest import read_articles
    from kg.nlp import load_pipeline
    from kg.problems import ProblemLog

    articles = list(read_articles(["examples/articles"], ProblemLog()))
    analyses = list(analyse_articles(articles, load_pipeline()))
    assert analyses and not any(a.error for a in analyses)
