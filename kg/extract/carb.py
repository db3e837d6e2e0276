"""CaRB system output: ``sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2[...]``.

One line per extraction, the sentence exactly as given (docs/contracts.md). The
tuple is (relation; subject, object, *extra), a passive in surface order
as everywhere ("Strikes; were launched by; Israel"); a subject-only clause
has no object field.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..records import Extraction
from . import extract_doc


def carb_tuple(ex: Extraction) -> tuple[str, list[str]]:
    """``(relation, [arg1, arg2, ...])`` of an extraction, in CaRB's order."""
    args = [ex.subject.text] + ([ex.object.text] if ex.object is not None else [])
    args += [a.text for a in ex.extra]
    return ex.relation, args


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def carb_lines_for_doc(sentence: str, doc, facts_only: bool = False) -> list[str]:
    """The CaRB lines of one input sentence from its parse (duplicates dropped); ``facts_only``:
    without the readings marked as no fact about the world (``Extraction.uninformative``, which
    never become triples), to see what that filter costs in recall."""
    lines, seen = [], set()
    for ex in extract_doc(doc):
        if facts_only and ex.uninformative is not None:
            continue
        rel, args = carb_tuple(ex)
        args = [_clean(a) for a in args]
        rel = _clean(rel)
        if not rel or not args or not args[0]:
            continue
        key = (rel, tuple(args))
        if key in seen:
            continue
        seen.add(key)
        lines.append("\t".join([sentence, f"{ex.confidence:.4f}", rel, *args]))
    return lines


def carb_lines_for_docs(sentences: Iterable[str], docs: Iterable, facts_only: bool = False) -> Iterator[str]:
    """CaRB lines for parallel iterables of sentences and their parses."""
    for sentence, doc in zip(sentences, docs):
        yield from carb_lines_for_doc(sentence, doc, facts_only)


def tokenized_docs(nlp, sentences: Iterable[str]) -> Iterator:
    """``Doc``s for already tokenized sentences (tokens separated by spaces, as in CaRB and
    OIE2016): the given tokens are kept, so arguments are made of the benchmark's tokens."""
    from spacy.tokens import Doc

    for s in sentences:
        words = s.split()
        yield Doc(nlp.vocab, words=words) if words else nlp.make_doc(s)


def carb_lines(sentences: Iterable[str], nlp=None, batch_size: int = 64, tokenized: bool = False) -> Iterator[str]:
    """Parse each sentence (one per item, as given) and yield its CaRB lines.

    ``tokenized``: the sentences are already tokenized (tokens separated by
    spaces); spaCy then parses those tokens instead of re-tokenizing.

    >>> [line.split("\\t")[2:] for line in carb_lines(["Israel struck Iran ."])]
    [['struck', 'Israel', 'Iran']]
    """
    from ..nlp import load_pipeline

    nlp = nlp or load_pipeline()
    sentences = [s.rstrip("\r\n") for s in sentences]
    inputs = tokenized_docs(nlp, sentences) if tokenized else sentences
    docs = nlp.pipe(inputs, batch_size=batch_size)
    yield from carb_lines_for_docs(sentences, docs)
