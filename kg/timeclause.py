"""The time expression of a clause, read off spaCy's parse and normalised (:mod:`kg.timenorm`).

An extraction gets the time of its own clause: a DATE or TIME phrase (or a weekday, a month,
a year that the entity recogniser missed) that is an argument of the extraction's predicate —
"Israel launched a massive aerial assault on Iran **on Friday**", "Trump wrote **Sunday** on
Truth Social". A date inside another phrase does not date the clause ("Israel's June 12
assault left Iran reeling", "after the attacks of June 12"), nor one in a clause it reports
("Trump said Israel struck on Friday" dates the strike, not the saying).

Only sentences that hold a date-like entity or word are looked at, so the cost stays with the
few clauses that have a time.

>>> from kg.extract import extract_doc
>>> from kg.nlp import load_pipeline
>>> doc = load_pipeline()("Israel launched a massive aerial assault on Iran on Friday.")
>>> [(e.subject.text, e.time) for e in add_times(doc, extract_doc(doc), 0, "2025-06-16")]
[('Israel', TimeValue(text='on Friday', value='2025-06-13', how='relative'))]
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .docview import span_tokens
from .lexicon import FUTURE_AUX
from .nlp import doc_sents, doc_text, span_ents, span_text
from .records import Extraction, TimeValue
from .timenorm import MONTHS, WEEKDAYS, normalise

TIME_LABELS = {"DATE", "TIME"}
_DATE_WORD = re.compile(r"\b(" + "|".join(WEEKDAYS + MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|"
                        r"today|tonight|yesterday|tomorrow|week|weekend|month|year|ago|(?:1[5-9]|20)\d\d)\b", re.I)
_FUTURE_FRAMES = {"going", "set", "scheduled", "due", "expected", "slated", "poised", "plan", "plans", "planned"}


def may_hold_time(sent) -> bool:
    """True when a sentence has a DATE/TIME entity or a date-like word (the only sentences looked at).

    >>> from kg.nlp import load_pipeline
    >>> [may_hold_time(s) for s in load_pipeline()("Iran struck on Friday. Iran struck back.").sents]
    [True, False]
    """
    return any(e.label_ in TIME_LABELS for e in span_ents(sent)) or bool(_DATE_WORD.search(span_text(sent)))


def time_phrase(tok):
    """The tokens ``(first, last)`` of the time expression headed by ``tok``, or ``None``.

    The entity recogniser's DATE/TIME span when ``tok`` is in one; else, for a weekday, a month
    or a year it missed, the phrase ``tok`` heads.
    """
    if tok.ent_type_ in TIME_LABELS:
        start = tok.i
        while start > 0 and tok.doc[start].ent_iob_ == "I":
            start -= 1
        end = tok.i
        while end + 1 < len(tok.doc) and tok.doc[end + 1].ent_iob_ == "I":
            end += 1
        return tok.doc[start], tok.doc[end]
    word = tok.lower_.rstrip(".")
    if word in WEEKDAYS or word in MONTHS or (tok.like_num and re.fullmatch(r"(1[5-9]|20)\d\d", tok.text)
                                              and tok.dep_ == "pobj"):
        return tok.left_edge, tok.right_edge
    return None


def governing_preposition(tok):
    """The preposition whose object ``tok`` is ("on" of "on Friday"), or ``None``."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return tok.head
    return None


def is_future(verb) -> bool:
    """True when a predicate is future: "will meet", "'ll talk", "is going to strike", "talks set to begin"."""
    for v in (verb, verb.head if verb.dep_ in {"xcomp", "conj"} else None):
        if v is None:
            continue
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in FUTURE_AUX for c in v.children):
            return True
        if v is not verb and v.lower_ in _FUTURE_FRAMES:
            return True
    return False


def clause_time(tok, date: str | None) -> TimeValue | None:
    """The time of the clause whose argument is headed by ``tok``, normalised against the
    article's ``date``; ``None`` when the argument is no time of the event."""
    span = time_phrase(tok)
    if span is None:
        return None
    first, last = span
    prep = governing_preposition(tok)
    if prep is not None and prep.i < first.i:
        first = prep
    verb = prep.head if prep is not None else tok.head
    text = doc_text(tok.doc)[first.idx:last.idx + len(last.text)]
    return normalise(text, date, future=is_future(verb), preposition=prep.lower_ if prep is not None else "")


def time_of(ex: Extraction, tokens_at: dict, offset: int, date: str | None) -> TimeValue | None:
    """The first time expression among an extraction's further arguments (clauses aside), or its
    object when a preposition makes it one ("a sixth round was scheduled for late last week")."""
    prepositional_object = ex.object is not None and not ex.object.is_clause and ex.object.text[:1].islower()
    for arg in ex.extra + ((ex.object,) if prepositional_object else ()):
        if arg.is_clause:
            continue
        tok = tokens_at.get(arg.head - offset)
        if tok is None or (arg is ex.object and governing_preposition(tok) is None):
            continue
        value = clause_time(tok, date)
        if value is not None:
            return value
    return None


def add_times(doc, extractions: Sequence[Extraction], offset: int, date: str | None) -> list[Extraction]:
    """``extractions`` of ``doc`` (a paragraph at ``offset`` in its article) with the time of their
    clause set, where the clause has one."""
    timed_sents = [s for s in doc_sents(doc)[0] if may_hold_time(s)]
    if not timed_sents:
        return list(extractions)
    timed = {s.start_char + offset for s in timed_sents}
    tokens_at = {t.idx: t for s in timed_sents for t in span_tokens(s)}  # (an extraction's arguments lie in its sentence)
    out = []
    for ex in extractions:
        if ex.sent_start in timed and (ex.extra or ex.object is not None):
            value = time_of(ex, tokens_at, offset, date)
            if value is not None:
                ex = dataclasses.replace(ex, time=value)
        out.append(ex)
    return out
