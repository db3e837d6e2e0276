"""Tokens that read each attribute from spaCy once per Doc.

spaCy's ``Token`` is a view onto the Doc's C array: every ``doc[i]``, ``token.head`` or
``token.children`` makes a new Python object, and every ``token.dep_`` / ``lower_`` / ``text`` /
``lemma_`` decodes its string from the StringStore again. kg's rules ask these millions of times
per hundred articles (a walk up the heads asks ~25 questions at each head), which cost more than
the rules themselves.

:func:`doc_tokens` gives the Doc's tokens once as :class:`ViewToken` objects: real spaCy tokens
(a subclass: equal to, and hashed like, the plain token at the same index; every spaCy method
works), whose ``i``, ``head``, ``children`` and strings are read for the whole Doc at once
(``Doc.to_array``), whose other attributes are read from spaCy at first use and then kept, and
whose relations (``head``, ``children``, ``lefts``, ``rights``, ``left_edge``, ``right_edge``,
``conjuncts``, ``subtree``) are the same view tokens. A rule that starts from them stays on them; one given a plain token
works as before. The Doc must not change while its view is in use (kg never edits a parsed Doc).

How a view token differs from spaCy's ``Token``:

* identity: the same token is the same object (``tokens[0].head is tokens[1]``; the root's
  ``head`` *is* the root), where spaCy makes a new object at each access;
* ``children``, ``lefts``, ``rights``, ``subtree`` and ``conjuncts`` are tuples, not generators
  (``next(t.children)`` fails; ``bool(t.children)`` is False for a leaf);
* values are read once: a Doc edited after its view was made (``doc.ents = …``, ``retokenize``) is not
  seen by the view; call :func:`forget` after such an edit;
* it is read-only: setting any attribute (``lemma_``, ``ent_type_``, ``head`` or a misspelt name)
  raises ``AttributeError`` — spaCy's setters would write only to the view, not to the Doc;
* once its view is dropped (:data:`_KEEP` views are kept per thread), a token still held reads through
  spaCy: its relations are then plain spaCy tokens (equal, not identical, to the view's).

>>> from kg.nlp import load_pipeline
>>> doc = load_pipeline()("Israel struck Iran.")
>>> tokens = doc_tokens(doc)
>>> [t.dep_ for t in tokens], tokens[0].head is tokens[1], tokens[1].children
(['nsubj', 'ROOT', 'dobj', 'punct'], True, (Israel, Iran, .))
>>> tokens[0] == doc[0], [t.text for t in span_tokens(doc[1:3])]
(True, ['struck', 'Iran'])
"""
from __future__ import annotations

import functools
import threading
from bisect import bisect_right

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_ALPHA, IS_PUNCT, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.tokens import Span, Token

# read for every token when a view is made, from one ``Doc.to_array``: strings, then the rest
_EAGER = (("text", ORTH), ("lower_", LOWER), ("lemma_", LEMMA), ("pos_", POS), ("tag_", TAG), ("dep_", DEP),
          ("ent_type_", ENT_TYPE), ("idx", IDX), ("is_alpha", IS_ALPHA), ("is_punct", IS_PUNCT),
          ("ent_iob_", ENT_IOB), ("whitespace_", SPACY))
_STRING_COLUMNS = 7
_IOB = Token.iob_strings()
_LAZY = ("orth_", "norm_", "shape_", "text_with_ws", "is_upper", "is_lower", "is_title", "is_digit", "like_num",
         "is_sent_start", "sent_start", "is_space", "is_stop", "lower", "orth", "dep", "pos", "tag", "lemma", "ent_type")
_UNSET = object()  # no answer kept yet (:func:`once_per_token`)
_KEEP = 8  # views kept: the rules of one paragraph reach back at most a few Docs


class _ReadOnce:
    """A Token attribute read through spaCy at first access, then kept in the token's ``__dict__``
    (which Python reads before this non-data descriptor)."""

    def __init__(self, name: str):
        self.name, self.read = name, getattr(Token, name).__get__

    def __get__(self, token, owner=None):
        if token is None:
            return self
        value = token.__dict__[self.name] = self.read(token)
        return value


class _Related(_ReadOnce):
    """A Token relation (``left_edge``, ``lefts`` …) as the Doc's view tokens, read at first access
    and kept; several tokens come as a tuple. Also what an eager attribute falls back on once its
    view is dropped (:func:`_drop`)."""

    def __init__(self, name: str, many: bool = False):
        super().__init__(name)
        self.many = many

    def __get__(self, token, owner=None):
        if token is None:
            return self
        found = self.read(token)
        tokens = _views().get(token.doc)
        if tokens is None or tokens[token.i] is not token:  # its view was dropped: spaCy's own, not kept
            return found
        value = tuple(tokens[t.i] for t in found) if self.many else tokens[found.i]
        token.__dict__[self.name] = value
        return value


class _Side(_Related):
    """``lefts`` / ``rights`` of a view token: its children before / after it, cut from the children
    tuple the view already holds (spaCy's walk makes a Token per child, and this one view token per
    child again); read through spaCy, as :class:`_Related`, once its view was dropped."""

    def __init__(self, name: str):
        super().__init__(name, many=True)
        self.left = name == "lefts"

    def __get__(self, token, owner=None):
        if token is None:
            return self
        kept = token.__dict__
        children = kept.get("children")
        if children is None:  # its view was dropped (:func:`_drop`)
            return super().__get__(token, owner)
        i = kept["i"]
        value = kept[self.name] = tuple([c for c in children if c.i < i] if self.left else [c for c in children if c.i > i])
        return value


class _Subtree(_ReadOnce):
    """``subtree`` of a view token as a tuple of view tokens in spaCy's order (each left child's
    subtree, the token, each right child's subtree), made from the view's children and kept: spaCy's
    recursive generators make a Token per word at every level, and the rules ask a clause's subtree
    again for each phrase in it. Read through spaCy once its view was dropped."""

    def __get__(self, token, owner=None):
        if token is None:
            return self
        kept = token.__dict__
        if "children" not in kept:  # its view was dropped (:func:`_drop`)
            return self.read(token)
        words = []
        for child in token.lefts:
            words.extend(child.subtree)
        words.append(token)
        for child in token.rights:
            words.extend(child.subtree)
        value = kept["subtree"] = tuple(words)
        return value


class ViewToken(Token):
    """A spaCy ``Token`` of :func:`doc_tokens`: its attributes read once, its relations view tokens.

    What :func:`_make_view` writes into every token (:data:`_MADE`: the strings and flags of :data:`_EAGER`,
    ``i``, ``doc``, ``head``, ``children``) is read from the token's ``__dict__`` through a plain class attribute
    (:data:`_MADE_HERE`), not a descriptor: Python specialises such a read (~25 ns) but not one that finds a
    descriptor in the class first (~100 ns), and the rules read these attributes millions of times. The
    class attribute only hides spaCy's own (a data descriptor, which the ``__dict__`` would not override); a
    token whose view was dropped becomes a :class:`_DroppedToken`, which reads them through spaCy again."""

    lefts = _Side("lefts")
    rights = _Side("rights")
    left_edge = _Related("left_edge")
    right_edge = _Related("right_edge")
    conjuncts = _Related("conjuncts", many=True)
    subtree = _Subtree("subtree")

    def __setattr__(self, name, value):
        raise AttributeError(f"view tokens are read-only: set {name!r} on the Doc's own token (doc[i]), "
                             f"then call kg.docview.forget(doc)")

    def __delattr__(self, name):
        raise AttributeError(f"view tokens are read-only: cannot delete {name!r}")


class _DroppedToken(ViewToken):
    """A view token whose view was dropped (:func:`_drop`): what :func:`_make_view` had written is read
    through spaCy again at first access (relations as spaCy's own tokens), as a lazy attribute is."""

    head = _Related("head")
    children = _Related("children", many=True)


_MADE = tuple(name for name, _ in _EAGER) + ("i", "doc", "head", "children")  # what _make_view writes into every token
_MADE_HERE = None  # the class attribute of each name of _MADE on ViewToken: never read while the view lives

for _name in _MADE:
    setattr(ViewToken, _name, _MADE_HERE)
    if _name not in _DroppedToken.__dict__:
        setattr(_DroppedToken, _name, _ReadOnce(_name))
for _name in _LAZY:
    setattr(ViewToken, _name, _ReadOnce(_name))


_local = threading.local()  # per thread (a Dask worker may analyse in several): Doc → its tokens, oldest first
_WORDS: dict[int, str] = {}  # StringStore key → string, decoded once (the keys are hashes of the strings), shared by threads
_WORDS_KEPT = 200_000  # at most: emptied when full (a stream of articles brings new words without end), ~30 MB


def doc_tokens(doc) -> tuple[ViewToken, ...]:
    """The tokens of ``doc`` as :class:`ViewToken` objects, made once per Doc (like ``tuple(doc)``)."""
    try:
        views = _local.views  # (:func:`_views` inline: ~400,000 calls per 300 articles)
    except AttributeError:
        views = _views()
    tokens = views.get(doc)
    if tokens is None:
        tokens = views[doc] = _make_view(doc)
        if len(views) > _KEEP:
            _drop(views, next(iter(views)))
    return tokens


def forget(doc) -> None:
    """Drop ``doc``'s view (if this thread has one), e.g. after the Doc was edited: the next
    :func:`doc_tokens` reads it again. kg never edits a parsed Doc."""
    views = _views()
    if doc in views:
        _drop(views, doc)


def _views() -> dict:
    """This thread's views."""
    views = getattr(_local, "views", None)
    if views is None:
        views = _local.views = {}
    return views


def span_tokens(span) -> tuple[ViewToken, ...]:
    """The tokens of a Span (a sentence, a phrase) from :func:`doc_tokens` (like ``tuple(span)``)."""
    return doc_tokens(span.doc)[span.start:span.end]


def span_root(span) -> ViewToken:
    """``span.root`` (a name's or a sentence's syntactic head) from :func:`doc_tokens`, kept per span end
    on the span's first view token: the rules ask the root of the same sentence or name again and again
    (~17,000 calls for ~3,100 spans per 80 pool articles), and spaCy finds it by a walk over the span's
    tokens and makes a Token for it at each call."""
    tokens = doc_tokens(span.doc)
    start, end = span.start, span.end
    if start >= end:
        return tokens[span.root.i]  # (spaCy's answer for an empty span)
    kept = tokens[start].__dict__
    roots = kept.get(_ROOTS)
    if roots is None:
        roots = kept[_ROOTS] = {}
    root = roots.get(end)
    if root is None:
        root = roots[end] = tokens[span.root.i]
    return root


_ROOTS = f"{__name__}.span_root()"  # (no attribute has such a name)


def char_span(doc, start_char: int, end_char: int):
    """``doc.char_span(start_char, end_char, alignment_mode="expand")``: the Span of the tokens the
    characters ``[start_char, end_char)`` touch (a start on a token's trailing space begins at the next
    token), ``None`` when either end is outside the text. Found by bisection on the view's token
    offsets: spaCy's makes a Token per look at a token (~5 per call; ~65,000 calls per 300 articles,
    each argument read back into its tokens). Kept per pair of offsets on the Doc's first view token, as
    :func:`span_root` keeps roots (two in three calls ask again: an argument is read back by several
    checks), so the same offsets give the same Span object while the view lives: read it, do not set
    its attributes.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Israel struck Iran on Friday.")
    >>> char_span(doc, 7, 18).text, char_span(doc, 6, 12).text, char_span(doc, 0, 99)
    ('struck Iran', 'struck', None)
    """
    tokens = doc_tokens(doc)
    if not tokens:
        return None
    kept = _kept_char_spans(doc)
    key = (start_char, end_char)
    span = kept.get(key, _UNSET)
    if span is _UNSET:
        span = kept[key] = _char_span(doc, tokens, start_char, end_char)
    return span


def _char_span(doc, tokens, start_char: int, end_char: int):
    """:func:`char_span` found, not read from the view: bisection on the token offsets."""
    starts = _token_starts(doc)
    last = tokens[-1]
    size = last.idx + len(last.text) + len(last.whitespace_)
    if not (0 <= start_char < size and 0 < end_char <= size):
        return None
    start = bisect_right(starts, start_char) - 1
    end = bisect_right(starts, end_char - 1)
    first = tokens[start]
    if start_char == first.idx + len(first.text):
        start += 1  # (spaCy's "expand": a token's trailing space is not part of it)
    return Span(doc, start, end)  # (as spaCy makes it: an end before the start raises IndexError)


@functools.lru_cache(maxsize=_KEEP)
def _token_starts(doc) -> tuple[int, ...]:
    """The character offset of each token of ``doc``."""
    return tuple([t.idx for t in doc_tokens(doc)])


def once_per_token(rule):
    """A rule of one token (``rule(token)``, pure: its answer depends only on the parsed Doc) whose
    answer is kept on a view token, so that every module asking it again about the same token —
    the walk up the heads of each verb below it, the reporting tests of speech and modality —
    reads the first answer. A plain spaCy token (or anything else) is answered by the rule each
    time. The answer is kept with the token's other attributes: per thread (views are) and until
    the view is dropped (:func:`forget`). Use it as a decorator::

        @once_per_token
        def is_reporting(verb) -> bool: ...

    The wrapper is a plain function (a class with ``__call__`` cost ~0.2 µs more per call: the rules
    are asked ~850,000 times per 300 articles, about half of them first questions, so a missing answer
    is found with ``dict.get``, not a raised ``KeyError``).

    >>> from kg.nlp import load_pipeline
    >>> asked = []
    >>> @once_per_token
    ... def verb_lemma_of(token):
    ...     asked.append(token.i)
    ...     return token.lemma_
    >>> tokens = doc_tokens(load_pipeline()("Israel struck Iran."))
    >>> verb_lemma_of(tokens[1]), verb_lemma_of(tokens[1]), asked
    ('strike', 'strike', [1])
    """
    key = f"{rule.__module__}.{rule.__qualname__}()"  # (no attribute has such a name)

    def kept_rule(token):
        if type(token) is not ViewToken:  # only a view token keeps answers (a plain Token has no __dict__)
            return rule(token)
        kept = token.__dict__
        answer = kept.get(key, _UNSET)  # (no KeyError raised and caught: half the calls are first questions)
        if answer is _UNSET:
            answer = kept[key] = rule(token)
        return answer

    kept_rule.rule, kept_rule.key = rule, key
    return functools.update_wrapper(kept_rule, rule)


def once_per_doc(rule):
    """A rule of one Doc (``rule(doc)``, pure: its answer depends only on the parsed Doc) whose answer is
    kept with the Doc's view (on its first view token, as :func:`span_root` keeps roots), so that every
    phrase of a paragraph asking it reads the first answer; read again once the view is dropped
    (:func:`forget`). An empty Doc has no view token to keep it on: answered each time. Use it as a
    decorator::

        @once_per_doc
        def spaced_dashes(doc) -> tuple[int, ...]: ...

    >>> from kg.nlp import load_pipeline
    >>> asked = []
    >>> @once_per_doc
    ... def verbs_of(doc):
    ...     asked.append(len(doc))
    ...     return tuple(t.i for t in doc_tokens(doc) if t.pos_ == "VERB")
    >>> doc = load_pipeline()("Israel struck Iran.")
    >>> verbs_of(doc), verbs_of(doc), asked
    ((1,), (1,), [4])
    """
    key = f"{rule.__module__}.{rule.__qualname__}()"  # (no attribute has such a name)

    def kept_rule(doc):
        tokens = doc_tokens(doc)
        if not tokens:
            return rule(doc)
        kept = tokens[0].__dict__
        answer = kept.get(key, _UNSET)
        if answer is _UNSET:
            answer = kept[key] = rule(doc)
        return answer

    kept_rule.rule, kept_rule.key = rule, key
    return functools.update_wrapper(kept_rule, rule)


def with_dep(tokens, deps):
    """The first of ``tokens`` (a token's ``children``, ``lefts`` …) whose dependency label is in ``deps``, else
    ``None``: ``next((c for c in tokens if c.dep_ in deps), None)`` without a generator. Python 3.11 closes a
    generator left suspended by throwing ``GeneratorExit`` into its frame (~120,000 times per 80 pool articles, each
    ``any``/``next`` over a genexpr that stops early), and makes a generator and its frame at each call: ~3x this loop.

    >>> from kg.nlp import load_pipeline
    >>> tokens = doc_tokens(load_pipeline()("Israel struck Iran."))
    >>> with_dep(tokens[1].children, ("nsubj", "nsubjpass")), with_dep(tokens[1].rights, ("nsubj",))
    (Israel, None)
    """
    for t in tokens:
        if t.dep_ in deps:
            return t
    return None


def has_dep(tokens, deps) -> bool:
    """Whether one of ``tokens`` has a dependency label in ``deps``: ``any(c.dep_ in deps for c in tokens)``
    without a generator (:func:`with_dep`)."""
    for t in tokens:
        if t.dep_ in deps:
            return True
    return False


@once_per_doc
def _kept_char_spans(doc) -> dict:
    """The Spans :func:`char_span` has found in ``doc``, by their pair of offsets: filled as they are asked,
    kept with the view as every per-Doc answer is."""
    return {}


def _make_view(doc) -> tuple[ViewToken, ...]:
    """The view tokens of ``doc`` with their index, head, children and the strings of :data:`_EAGER`."""
    vocab, n = doc.vocab, len(doc)
    tokens = tuple([ViewToken(vocab, doc, i) for i in range(n)])
    if not n:
        return tokens
    heads = doc.to_array(HEAD).astype("int64").tolist()  # offsets from the token, signed
    columns = doc.to_array([attr for _, attr in _EAGER]).T.tolist()
    strings, (idx, alpha, punct, iob, space) = columns[:_STRING_COLUMNS], columns[_STRING_COLUMNS:]
    words = _words(vocab, strings)
    rows = zip(*[[words[key] for key in column] for column in strings])
    children: dict[int, list] = {}
    for i, tok, offset, row in zip(range(n), tokens, heads, rows):
        d = tok.__dict__
        d["i"], d["doc"], d["head"] = i, doc, tokens[i + offset]
        d["text"], d["lower_"], d["lemma_"], d["pos_"], d["tag_"], d["dep_"], d["ent_type_"] = row  # as in _EAGER
        d["idx"], d["is_alpha"], d["is_punct"] = idx[i], alpha[i] == 1, punct[i] == 1
        d["ent_iob_"], d["whitespace_"] = _IOB[iob[i]], " " if space[i] else ""
        if offset:
            children.setdefault(i + offset, []).append(tok)
    for i, tok in enumerate(tokens):
        tok.__dict__["children"] = tuple(children.get(i, ()))
    return tokens


def _words(vocab, columns: list[list[int]]) -> dict[int, str]:
    """The strings of the StringStore keys in ``columns``, decoded once: from :data:`_WORDS`, which
    learns the new ones and is emptied first when it would hold more than :data:`_WORDS_KEPT` (this
    Doc's own strings are in the dict returned, so another thread emptying it takes nothing away)."""
    words, new, known = {}, {}, _WORDS.get
    for key in set().union(*columns):
        word = known(key)
        if word is None:
            word = new[key] = vocab.strings[key]
        words[key] = word
    if new:
        if len(_WORDS) + len(new) > _WORDS_KEPT:
            _WORDS.clear()
        _WORDS.update(new)
    return words


def _drop(views: dict, doc) -> None:
    """Forget ``doc``'s view and clear what its tokens kept: they point at each other (head,
    children), a cycle only the garbage collector would otherwise free. A token still held
    somewhere reads through spaCy again, and its relations are spaCy's own tokens: it does not
    make its Doc a view again (which would drop a live one)."""
    for tok in views.pop(doc):
        tok.__dict__.clear()
        object.__setattr__(tok, "__class__", _DroppedToken)  # (ViewToken's own __setattr__ refuses)
