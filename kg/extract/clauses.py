"""Subject–verb–object clauses: the first extractor over the dependency parse.

Handles a verb with its auxiliaries, particles and negation ("may be
seeking", "did not win"), a nominal subject, and a direct object, an
attribute or a prepositional object.
"""
from __future__ import annotations

from ..records import Argument, Extraction

SUBJECTS = {"nsubj", "nsubjpass"}
OBJECTS = {"dobj", "attr", "oprd"}
MODALS = {"may", "might", "could", "should", "would", "must", "can"}


def span_argument(token, offset: int, is_clause: bool = False) -> Argument:
    """The argument headed by ``token``: its subtree minus leading/trailing punctuation."""
    tokens = [t for t in token.subtree]
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        tokens = [token]
    doc = token.doc
    span = doc[tokens[0].i : tokens[-1].i + 1]
    return Argument(span.text, offset + span.start_char, offset + span.end_char, offset + token.idx, is_clause)


def relation_tokens(verb) -> list:
    """The verb with its auxiliaries, negation and particles, in sentence order."""
    parts = [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg", "prt"}]
    return sorted(parts, key=lambda t: t.i)


def extract_clauses(sent, offset: int = 0) -> list[Extraction]:
    """One extraction per verb with a subject and an object in ``sent``."""
    out: list[Extraction] = []
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if not subjects:
            continue
        obj = next((c for c in verb.children if c.dep_ in OBJECTS), None)
        rel = relation_tokens(verb)
        if obj is None:
            prep = next((c for c in verb.children if c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children)), None)
            if prep is None:
                continue
            obj = next(g for g in prep.children if g.dep_ == "pobj")
            rel = rel + [prep]
        negated = any(t.dep_ == "neg" for t in rel)
        modality = next((t.lower_ for t in rel if t.lower_ in MODALS), None)
        lemma = " ".join([verb.lemma_.lower()] + [t.lower_ for t in rel if t.dep_ in {"prt", "prep"}])
        out.append(
            Extraction(
                subject=span_argument(subjects[0], offset),
                relation=" ".join(t.text for t in rel),
                relation_lemma=lemma,
                object=span_argument(obj, offset),
                sentence=sent.text,
                sent_start=offset + sent.start_char,
                sent_end=offset + sent.end_char,
                negated=negated,
                modality=modality,
                confidence=0.5,
            )
        )
    return out
