"""kg.docview: view tokens answer exactly as spaCy's own tokens do, and relations stay in the view."""
from __future__ import annotations

import pytest

from kg.docview import _EAGER, _LAZY, _MADE, ViewToken, doc_tokens, forget, span_root, span_tokens

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
        for name in [name for name, _ in _EAGER] + list(_LAZY) + ["i", "doc", "head", "left_edge", "right_edge"]:
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


def test_a_dropped_token_reads_what_its_view_had_made_through_spacy(nlp):
    """The attributes _make_view writes are plain class attributes of ViewToken (a fast read from the token's
    dict); a token whose view was dropped answers each of them as spaCy's own token does."""
    doc = nlp(TEXT)
    view = doc_tokens(doc)
    assert all(ViewToken.__dict__[name] is None for name in _MADE)
    for i in range(10):
        doc_tokens(nlp(f"Sentence number {i} is here."))
    for plain, token in zip(doc, view):
        assert type(token) is not ViewToken and isinstance(token, ViewToken) and token == plain
        for name in _MADE:
            assert getattr(token, name) is not None
            if name == "children":
                assert list(token.children) == list(plain.children)
            else:
                assert getattr(token, name) == getattr(plain, name), (plain.text, name)


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


def test_a_rule_once_per_token_is_asked_once_per_view_token(nlp):
    """kg.docview.once_per_token: the answer is kept on the view token; a plain token asks the rule each time."""
    from kg.docview import once_per_token
    from kg.extract.speech import is_reporting

    asked = []

    @once_per_token
    def reports(token):
        asked.append(token.i)
        return is_reporting(token)

    doc = nlp(TEXT)
    view = doc_tokens(doc)
    said, told = view[2], next(t for t in view if t.text == "told")
    assert [reports(t) for t in (said, said, told, told, view[0])] == [True, True, True, True, False]
    assert asked == [2, told.i, 0]
    assert reports(doc[2]) and reports(doc[2]) and asked[-2:] == [2, 2]  # spaCy's own token: asked each time
    assert reports.__name__ == "reports" and reports.__wrapped__ is not None


def test_a_kept_answer_is_the_rules_on_every_token(nlp):
    """The shared rules give the same answers through the view (kept) as on spaCy's tokens (asked)."""
    from kg.extract import attitudes, modality, speech
    from kg.extract.misreadings import verb_lemma

    rules = (verb_lemma, speech.is_reporting, speech.is_inverted_reporter, speech.inverted_report,
             speech.according_to, speech.reporting_parataxis, speech.continued_report, speech.content_conj,
             modality.is_condition, modality.in_direct_question, modality.consequent_condition,
             modality.in_single_quotes, modality.is_stranded_condition, modality.negated_belief, modality.is_proviso,
             modality.is_even_if, modality.purpose_of, modality.attitude_of, modality.evidence_frame,
             modality.is_question_clause, modality.unclaimed, modality.spoken_here, modality.content_noun,
             attitudes.is_heard_clause, attitudes.heard_report, attitudes.necessity_of, attitudes.feeling_of,
             attitudes.is_rejected_alternative, attitudes.is_counterfactual_comparison)
    doc = nlp("If the deal goes ahead, it will give Holcim a presence. By contrast, says Mr Cox, the Mac mini is "
              "almost disposable. According to police, the man was worried that he would lose. Greek sprinters "
              "'won't run again' unless they are cleared, and he did not believe they had to go. "
              '"Will they come?" ' + TEXT)
    view = doc_tokens(doc)
    for rule in rules:
        for _ in range(2):  # the second time from what the view token kept
            assert [rule(t) for t in view] == [rule(t) for t in doc], rule.__name__
    word = {t.text: t for t in reversed(view)}  # (the first token of each text)
    assert modality.is_condition(word["goes"]) and modality.consequent_condition(word["give"]) is word["goes"]
    assert modality.consequent_condition(word["goes"]) is None
    assert speech.is_inverted_reporter(word["Cox"]) and speech.according_to(word["was"]) is word["police"]
    assert modality.in_single_quotes(word["run"]) and not modality.in_single_quotes(word["cleared"])
    assert modality.in_direct_question(word["come"]) and not modality.in_direct_question(word["said"])


def test_kept_answers_in_threads(nlp):
    """Each thread keeps the answers on its own views: four threads asking about the same texts agree."""
    from concurrent.futures import ThreadPoolExecutor

    from kg.extract.modality import in_direct_question
    from kg.extract.speech import is_reporting

    docs = list(nlp.pipe([TEXT, '"Will they come?" he asked.'] * 6))

    def read(doc):
        tokens = doc_tokens(doc)
        return [(is_reporting(t), in_direct_question(t), is_reporting(t)) for t in tokens]

    expected = [read(d) for d in docs[:2]]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(read, docs * 5)) == expected * 30


def test_the_decoded_words_are_bounded(nlp, monkeypatch):
    """The StringStore keys decoded once (kg.docview._WORDS) are emptied when they would pass the bound;
    the views made before and after read the right strings, in threads too."""
    from concurrent.futures import ThreadPoolExecutor

    import kg.docview as docview

    texts = [TEXT, "Apple hired Tim Cook in Cupertino.", "Israel struck Iran on Friday, officials said."] * 4
    docs = list(nlp.pipe(texts))
    keys = [set(doc.to_array([attr for _, attr in docview._EAGER[:docview._STRING_COLUMNS]]).ravel().tolist())
            for doc in docs]
    bound = max(len(k) for k in keys) + 5  # more than one Doc's strings, fewer than all three texts'
    assert len(set().union(*keys)) > bound
    monkeypatch.setattr(docview, "_WORDS_KEPT", bound)
    docview._WORDS.clear()

    def read(doc):
        forget(doc)
        return [(t.text, t.lemma_, t.dep_, t.ent_type_) for t in doc_tokens(doc)]

    expected = [[(t.text, t.lemma_, t.dep_, t.ent_type_) for t in doc] for doc in docs]
    assert [read(d) for d in docs] == expected
    assert 0 < len(docview._WORDS) <= bound
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(read, docs * 4)) == expected * 4
    assert 0 < len(docview._WORDS) <= bound


def test_lefts_and_rights_of_a_dropped_view_are_spacys(nlp):
    """Session 12: lefts/rights are cut from the view's children; a token whose view was dropped reads spaCy's."""
    doc = nlp(TEXT)
    token = doc_tokens(doc)[2]
    assert [t.i for t in token.lefts] == [t.i for t in doc[2].lefts] and token.lefts[0] is doc_tokens(doc)[1]
    for i in range(10):
        doc_tokens(nlp(f"Sentence number {i} is here."))
    assert [t.i for t in token.lefts] == [t.i for t in doc[2].lefts]
    assert [t.i for t in token.rights] == [t.i for t in doc[2].rights]


def test_an_answer_of_none_is_kept_too(nlp):
    """once_per_token keeps a falsy or None answer (a missing answer is told apart by a sentinel)."""
    from kg.docview import once_per_token

    asked = []

    @once_per_token
    def nothing(token):
        asked.append(token.i)
        return None

    view = doc_tokens(nlp(TEXT))
    assert [nothing(view[0]), nothing(view[0]), nothing(view[1])] == [None, None, None] and asked == [0, 1]


def test_kept_noun_phrase_bounds_are_the_rules(nlp):
    """spans.np_bounds kept on a view token per (split_conj, names) gives what the rule gives on spaCy's token."""
    from kg.extract.spans import _np_bounds, np_bounds
    from kg.nlp import token_entities

    doc = nlp(TEXT)
    view = doc_tokens(doc)
    for token in view:
        for split in (True, False):
            for names in (True, False):
                assert np_bounds(token, split, names) == np_bounds(token, split, names) == _np_bounds(doc[token.i], split, names)
    tories = view[9]
    assert tories.text == "Tories" and np_bounds(tories) == (8, 10) and np_bounds(tories, split_conj=False) == (8, 12)
    assert [e.text if e is not None else None for e in token_entities(doc)[8:12]] == [None, "Tories", None, "BNP"]


def test_char_span_is_spacys_expand(nlp):
    """docview.char_span gives what doc.char_span(…, alignment_mode="expand") gives, for every pair of
    offsets around a real paragraph (inside tokens, on spaces, outside the text, reversed)."""
    from kg.docview import char_span

    doc = nlp(TEXT)
    size = len(doc.text)
    for a in range(-1, size + 2, 3):
        for b in range(-1, size + 2, 5):
            try:
                want = doc.char_span(a, b, alignment_mode="expand")
                want = None if want is None else (want.start, want.end)
            except IndexError:
                want = "IndexError"
            try:
                got = char_span(doc, a, b)
                got = None if got is None else (got.start, got.end)
            except IndexError:
                got = "IndexError"
            assert got == want, (a, b)
