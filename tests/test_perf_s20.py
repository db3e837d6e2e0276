"""Answers kg keeps on a Doc's view tokens (kg.docview) so that a rule asking again reads the first answer:
they must be spaCy's answers, the same object while the view lives, and read again once it is forgotten."""
from __future__ import annotations

import pytest

from kg.docview import char_span, doc_tokens, forget
from kg.nlp import load_pipeline, sentence_of

# a pool sentence (business) with a dash aside, two sentences in one paragraph
TEXT = ("But Deutsche Bank - itself a target of a Yukos lawsuit - said documents had been backdated. "
        "Shares in the bank fell 2% on Friday.")


@pytest.fixture()
def doc():
    return load_pipeline()(TEXT)


def test_char_span_is_spacys_expanded_span_and_kept(doc):
    for start, end in [(4, 17), (5, 12), (0, 3), (3, 9), (20, 60), (len(TEXT) - 7, len(TEXT))]:
        ours = char_span(doc, start, end)
        assert (ours.start, ours.end) == (lambda s: (s.start, s.end))(doc.char_span(start, end, alignment_mode="expand"))
        assert char_span(doc, start, end) is ours  # asked again: the kept Span
    assert char_span(doc, 4, 17).text == "Deutsche Bank"


def test_char_span_outside_the_text_is_none_and_kept_as_none(doc):
    assert char_span(doc, 0, len(TEXT) + 5) is None
    assert char_span(doc, -1, 3) is None
    assert char_span(doc, 0, len(TEXT) + 5) is None  # (a kept None, not a Span made on the second call)


def test_char_span_is_read_again_after_forget(doc):
    first = char_span(doc, 4, 17)
    forget(doc)
    again = char_span(doc, 4, 17)
    assert again is not first and (again.start, again.end) == (first.start, first.end)


def test_char_span_of_an_empty_doc_is_none():
    assert char_span(load_pipeline()(""), 0, 1) is None


def test_sentence_of_a_view_token_is_spacys_and_kept(doc):
    tokens = doc_tokens(doc)
    for token in tokens:
        assert sentence_of(token) == doc[token.i].sent
        assert sentence_of(token) is sentence_of(token)
    assert sentence_of(tokens[-2]).text == "Shares in the bank fell 2% on Friday."
    assert sentence_of(tokens[0]).text.startswith("But Deutsche Bank")


def test_sentence_of_plain_tokens_and_spans_is_unchanged(doc):
    # a plain spaCy Token or a Span keeps nothing (no __dict__): still answered, each time
    assert sentence_of(doc[3]).text.startswith("But Deutsche Bank")
    assert sentence_of(doc[-3:-1]).text == "Shares in the bank fell 2% on Friday."
    assert not hasattr(doc[3], "__dict__")


def test_sentence_of_a_forgotten_view_token_is_still_its_sentence(doc):
    token = doc_tokens(doc)[-2]
    sentence_of(token)
    forget(doc)  # its kept answers cleared with the view
    assert sentence_of(token).text == "Shares in the bank fell 2% on Friday."
    assert sentence_of(doc_tokens(doc)[1]).text.startswith("But Deutsche Bank")
