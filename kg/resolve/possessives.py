"""Possessive marks inside names: "*Jack's Snooker Hall*", "*Dead Man's Shoes*", "*St Fintian's High School*".

The small model ends many names at a possessive mark or cuts a name after it, as if the words before
it were an owner ("ABC News' Rachel Scott"). A possessive is a word of a work's or a place's name when
neither side of it is a name of its own.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..lexicon import HONORIFICS
from .names import is_first_name
from .namespans import ORG_WORDS, shipped
from .placenames import is_place
from .roles import TITLE_HEADS, TITLE_MODIFIERS, word

_SAINTS = frozenset({"st", "saint"})


def _known(text: str) -> bool:
    return bool(shipped().lookup(text)) or is_place(text)


def possessive_in_the_name(owner, tail) -> bool:
    """The possessive between ``owner`` and ``tail`` is a word of one name: "*Jack's Snooker Hall*",
    "*Dead Man's Shoes*" (a film), "*St James' Park*".

    The owner is a saint, a lone first name or words that are no name of a person or a body; a name the
    gazetteer or the place index knows, "the …" ("the Jackson Five's I Want You Back"), a one-word name
    ("Climax's Action studio"), a person's full name or a name with an acronym or a number ("Radio 4's PM")
    owns what follows, as does anything before a name of its own (a person's first name, a known name, an
    acronym, a title starting with a pronoun): "the BBC's Louisa Lim", "Iran's Foreign Ministry".
    """
    if not len(owner) or not len(tail) or not any(t.text[:1].isupper() for t in tail):
        return False
    if is_first_name(tail[0].text) or tail[0].tag_ in {"PRP", "DT"} or _known(tail.text) \
            or any(t.is_upper and len(t) > 1 or t.like_num for t in tail):
        return False
    if word(owner[0].text) in _SAINTS and len(owner) > 1:
        return True
    if owner[0].lower_ == "the" or _known(owner.text) or any(t.is_upper and len(t) > 1 or t.like_num for t in owner):
        return False
    return is_first_name(owner[0].text) if len(owner) == 1 else not is_first_name(owner[0].text)


def _free_name_word(t) -> bool:
    """A capitalised word no entity holds that is no title, honorific or first name."""
    w = word(t.text)
    return (t.is_alpha and t.text[:1].isupper() and not t.ent_type_ and w not in TITLE_HEADS
            and w not in TITLE_MODIFIERS and w not in HONORIFICS)


def _title_cased(sent) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) > 1 and sum(t.text[:1].isupper() for t in words) > 0.6 * len(words)


def name_after_possessive(ent) -> Span:
    """A name that the model ended at its possessive mark, with the capitalised words after the mark:
    "*St Fintian's* High School" → "St Fintian's High School" (ORG), "*Dead Man's* Shoes" → "Dead Man's
    Shoes".

    Only where both sides are no names of their own (:func:`possessive_in_the_name`), and never for a
    person's possessive ("Brown's Budget", "Howard's Tory Party"): a saint's name is no person here. A
    headline, where every word has a capital, stays as it is.
    """
    doc = ent.doc
    if len(ent) < 2 or ent[-1].tag_ != "POS" and ent[-1].text not in {"'", "’"}:
        return ent
    owner = doc[ent.start:ent.end - 1]
    saint = word(owner[0].text) in _SAINTS and len(owner) > 1
    if ent.label_ == "PERSON" and not saint:
        return ent
    end, sent = ent.end, ent.sent
    while end < sent.end and _free_name_word(doc[end]):
        end += 1
    if end == ent.end or _title_cased(sent) or not possessive_in_the_name(owner, doc[ent.end:end]):
        return ent
    label = "ORG" if saint or word(doc[end - 1].text) in ORG_WORDS else ent.label_
    return Span(doc, ent.start, end, label=label)
