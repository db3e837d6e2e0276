"""kg.docview: view tokens answer exactly as spaCy's own tokens do, and relations stay in the view."""
from __future__ import annotations

import pytest

from kg.docview import _EAGER, _LAZY, ViewToken, doc_tokens, forget, span_root, span_tokens

# a real BBC paragraph: reported speech, a quote, names, a number, a hyphenated word, brackets
TEXT = ('Mr Howard said he rejected the idea that the Tories and BNP appealed to the same voting instincts. '
        '"It is a non-negotiable point," he told the BBC\'s Today programme (on Radio 4) on Friday, '
        'adding that £480m had been spent.')


def test_every_attribute_is_spacys(nlp):
    doc = nlp(TEXT)
    view = doc_tokens(doc)
    assert len(view) == len(doc)
    for plain, token in zip(doc, view):
        assert token == plain and hash(token) == hash(plain)
        for name in [name for name, _ in _EAGER] + list(_LAZY) + ["i", "head", "left_edge", "right_edge"]:
            assert getattr(token, name) == getattr(plain, name), (plain.text, name)
            assert type(getattr(token, name)) is type(getattr(plain, name)) or name in {"head", "left_edge", "right_edge"}
        for name in ("children", "lefts", "rights", "subtree", "ancestors", "conjuncts"):
            assert list(getattr(token, name)) == list(getattr(plain, name)), (plain.text, name)


def test_relations_are_the_views_own_tokens(nlp):
    doc = nlp(TEXT)
    view = doc_tokens(doc)
    said = view[2]
    assert said.text == "said" and said.dep_ == "ROOT"
    assert said.head is said  # the root is its own head (spaCy's answer is an equal, new Token)
    assert all(child.head is said for child in said.children)
    assert all(child is view[child.i] for token in view for child in token.children)
    assert view[0].head is view[1] and view[1].head is said  # Mr -> Howard -> said
    assert doc_tokens(doc) is view  # made once per Doc


def test_span_tokens_are_the_spans_words(nlp):
    doc = nlp(TEXT)
    first = next(iter(doc.sents))
    assert [t.text for t in span_tokens(first)] == [t.text for t in first]
    assert span_tokens(doc[3:5]) == doc_tokens(doc)[3:5]
    assert span_tokens(doc[0:0]) == ()
    tories = next(ent for ent in doc.ents if ent.text == "Tories")
    assert span_root(tories) is doc_tokens(doc)[tories.root.i]
    assert [t.text for t in span_root(tories).conjuncts] == ["BNP"]  # "the Tories and BNP"


def test_a_dropped_view_still_answers(nlp):
    """A token held after its Doc's view was dropped (eight newer Docs viewed) reads through spaCy again."""
    doc = nlp(TEXT)
    token = doc_tokens(doc)[2]
    for i in range(10):
        doc_tokens(nlp(f"Sentence number {i} is here."))
    assert token.dep_ == "ROOT" and token.head == token and [c.text for c in token.children] == \
        [c.text for c in doc[2].children]


def test_a_dropped_token_does_not_bring_its_view_back(nlp):
    """Review 7b §4: a relation of a dropped token made its Doc a view again and dropped the oldest live one."""
    from kg.docview import _views

    doc = nlp(TEXT)
    token = doc_tokens(doc)[0]
    live = [nlp(f"Sentence number {i} is here.") for i in range(10)]
    views = [doc_tokens(d) for d in live]
    assert doc not in _views() and live[2] in _views()
    head, children = token.head, list(token.children)
    assert head == doc[0].head and children == list(doc[0].children)
    assert not isinstance(head, ViewToken)  # spaCy's own token, not one of a rebuilt view
    assert doc not in _views() and all(d in _views() for d in live[2:])
    assert doc_tokens(live[2]) is views[2]  # the oldest live view is still the same view


def test_a_view_token_is_read_only(nlp):
    """Review 7b §5: spaCy's setters on a view token wrote only to the view; now any setting fails loudly."""
    doc = nlp("Apple hired Tim Cook in Cupertino.")
    token = doc_tokens(doc)[0]
    for name, value in [("lemma_", "banana"), ("ent_type_", "PERSON"), ("head", doc[1]), ("is_sent_start", False),
                        ("foo", 1)]:
        with pytest.raises(AttributeError, match="view tokens are read-only"):
            setattr(token, name, value)
    with pytest.raises(AttributeError, match="read-only"):
        del token.lemma_
    assert token.lemma_ == doc[0].lemma_ == "Apple" and token.ent_type_ == doc[0].ent_type_


def test_forget_reads_an_edited_doc_again(nlp):
    doc = nlp("Apple hired Tim Cook in Cupertino.")
    tokens = doc_tokens(doc)
    doc.ents = []
    assert tokens[0].ent_type_ != doc[0].ent_type_ == ""  # a view reads its Doc once
    forget(doc)
    assert doc_tokens(doc) is not tokens and doc_tokens(doc)[0].ent_type_ == ""


def test_threads_keep_their_own_views(nlp):
    """A Dask worker may analyse in several threads: each reads its own views, none drops another's."""
    from concurrent.futures import ThreadPoolExecutor

    docs = list(nlp.pipe([TEXT] * 12))

    def read(doc):
        return [(t.dep_, t.head.i, [c.i for c in t.children]) for t in doc_tokens(doc)]

    expected = [(t.dep_, t.head.i, [c.i for c in t.children]) for t in docs[0]]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(read, docs * 5)) == [expected] * 60
