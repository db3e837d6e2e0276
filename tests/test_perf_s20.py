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


# --- answers read once per Doc (docview.once_per_doc): the spaced dashes aside_end counts, the quoted tokens

from bisect import bisect_right  # noqa: E402

from kg.docview import once_per_doc  # noqa: E402
from kg.extract.quotes import in_quotation, quote_spans  # noqa: E402
from kg.extract.spans import aside_end, is_pretokenised, is_spaced_dash, spaced_dashes  # noqa: E402
from kg.nlp import doc_text  # noqa: E402

# pool sentences with asides set off by dashes (one closed, one left open, a hyphen that is no dash) and quotations
DASHES = ("Fund manager Florian Hamm - Borussia Dortmund's largest investor - said the club's finances were sound. "
          "Sales rose - helped by a short-term rebate - and the firm said it means one thing - cut prices.")
QUOTES = ('He said: "We will look at it again. Soon," and left. Mr Smith added: "It is not over\n'
          'And it never will be," she said, with “curly marks” too.')


def _aside_end_as_written_before(head, start, end):
    tokens = doc_tokens(head.doc)
    sent = sentence_of(head)
    if sum(1 for t in tokens[sent.start:start] if is_spaced_dash(t)) % 2 == 0 or is_pretokenised(sent):
        return end
    return next((k for k in range(head.i + 1, end) if is_spaced_dash(tokens[k])), end)


def test_aside_end_reads_the_dashes_once_and_answers_as_before():
    doc = load_pipeline()(DASHES)
    tokens = doc_tokens(doc)
    assert [tokens[i].text for i in spaced_dashes(doc)] == ["-", "-", "-", "-", "-"]
    assert spaced_dashes(doc) is spaced_dashes(doc)  # kept with the view
    for head in tokens:
        for start in range(0, head.i + 1):
            for end in range(head.i + 1, len(doc) + 1):
                assert aside_end(head, start, end) == _aside_end_as_written_before(head, start, end), (head.i, start, end)


def test_aside_end_cuts_a_phrase_inside_an_aside_at_its_closing_dash():
    doc = load_pipeline()(DASHES)
    tokens = doc_tokens(doc)
    largest = next(t for t in tokens if t.text == "investor")
    # "Borussia Dortmund's largest investor - said …": the phrase opened after the first dash ends at the second
    assert tokens[aside_end(largest, 5, len(doc)) - 1].text == "investor"
    # a phrase before the aside is not cut ("Fund manager Florian Hamm")
    hamm = next(t for t in tokens if t.text == "Hamm")
    assert aside_end(hamm, 0, 12) == 12


def test_once_per_doc_keeps_an_answer_until_the_view_is_forgotten():
    asked = []

    @once_per_doc
    def words_of(doc):
        asked.append(1)
        return len(doc)

    doc = load_pipeline()("Israel struck Iran.")
    assert words_of(doc) == words_of(doc) == 4 and len(asked) == 1
    forget(doc)
    assert words_of(doc) == 4 and len(asked) == 2
    empty = load_pipeline()("")
    assert words_of(empty) == words_of(empty) == 0 and len(asked) == 4  # no view token to keep it on


def test_in_quotation_is_any_quote_span_holding_the_token():
    for text in (QUOTES, DASHES, '"Open quote never closed', 'Nothing quoted here.'):
        doc = load_pipeline()(text)
        spans = quote_spans(doc_text(doc))
        for token in doc_tokens(doc):
            assert in_quotation(token) == any(s <= token.idx < e for s, e in spans), (text, token.i)
    doc = load_pipeline()(QUOTES)
    assert [t.text for t in doc_tokens(doc) if in_quotation(t)][:3] == ["We", "will", "look"]
    assert not in_quotation(next(t for t in doc_tokens(doc) if t.text == "added"))
