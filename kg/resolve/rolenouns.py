"""Role nouns that stand for a person: a headline's "Driver", "Coach", "Woman".

A title-cased headline names its people by what they are ("Sixers Hire Maurice
Cheeks as Head *Coach*", "*Woman* Killed In Queens Hit-And-Run, *Driver*
Charged", "CHARGERS' *RECEIVER* ARRESTED"). Each such word becomes a mention
with the label :data:`~kg.records.ROLE` (a pronoun-like mention: no name of its
own), resolved in :func:`kg.resolve.coref.resolve_roles` to the person the
article gives that role.

The article's evidence is read here, per paragraph, as more ROLE mentions that
point at a name (``refers_at``): "San Diego Chargers wide *receiver* Vincent
Jackson", "Jamal Williams, the defensive *tackle* for …", "Maurice Cheeks was
introduced as the 21st head *coach*". Those body mentions never carry an entity
themselves (a copula's "X is the coach" would become a self-loop).
"""
from __future__ import annotations

from ..docview import doc_tokens
from ..nlp import doc_text, sentence_of
from ..records import ROLE, Mention
from ..segment import is_headline, line_of
from .roles import PERSON_NOUNS, TITLE_HEADS

# What a news headline calls a person whose name the article gives below (besides TITLE_HEADS).
HEADLINE_ROLES = TITLE_HEADS | frozenset("""
driver receiver tackle quarterback climber mountaineer suspect gunman accountant pilot doctor nurse teacher
student soldier officer firefighter hostage survivor witness victim""".split())
# "general" is a rank before a name or part of an office ("Surgeon General"), "head" a word before a title
# ("Head Coach"), "star"/"fan"/"friend" describe more often than they name: never a person of their own.
NOT_A_ROLE = frozenset({"general", "head", "star", "fan", "friend", "chief", "chair", "keeper"})
FEMALE_NOUNS = frozenset("woman girl mother grandmother wife daughter sister lady widow".split())
MALE_NOUNS = frozenset("man boy father grandfather husband son brother widower".split())
GENDER_OF_NOUN = {**{w: "f" for w in FEMALE_NOUNS}, **{w: "m" for w in MALE_NOUNS}}
ROLE_WORDS = (HEADLINE_ROLES | PERSON_NOUNS) - NOT_A_ROLE
# Roles a team's, band's or firm's name is written before, with the holder's name after ("*Chargers* defensive tackle
# Jamal Williams", "*Gunners* boss Arsene Wenger"): not a title's first word ("head") nor a rank ("general").
OWNED_ROLES = HEADLINE_ROLES - {"head", "general"}


def headline_role(t, named: list[tuple[int, int]], offset: int) -> bool:
    """A capitalised role noun of a headline that ends its noun phrase ("Head *Coach*", "Oscars *Host*",
    "DRUNK *DRIVER*"), not "*Man* Utd" (a name's word, for a gender noun) nor "*Head* Coach"."""
    low = t.lower_
    if low not in ROLE_WORDS and low not in GENDER_OF_NOUN or not t.text[:1].isupper():
        return False
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.lower_ in ROLE_WORDS | GENDER_OF_NOUN.keys():
        return False  # "Head Coach": the last word names the role
    start = offset + t.idx
    inside = any(a <= start < b for a, b in named)
    return not (inside and low in GENDER_OF_NOUN)  # "Man City": a word of a name


def named_before_as(t, named: list[tuple[int, int]], offset: int) -> int | None:
    """"Sixers Hire *Maurice Cheeks* as Head Coach", "*Ellen DeGeneres* Set As Oscars Host": the offset of the
    name written last before the "as" that opens the role's phrase, in the role's sentence. Where the model ran
    that name on into a longer one that takes in the "as" ("5 Thoughts on Why the Academy Picked Ellen DeGeneres
    As", read a work of art: ECB+ 2_11ecbplus), the offset of the name's word right before the "as", which the
    name the article's text gives covers once the headline is read again
    (:func:`kg.resolve.coref.reread_headline_names`); :func:`kg.resolve.coref.resolve_roles` takes a name it falls
    inside only if that is a person's."""
    sent = sentence_of(t)
    k = t.i - 1
    while k >= sent.start and t.doc[k].lower_ != "as" and (t.doc[k].text[:1].isupper() or t.doc[k].lower_ in {"the", "a", "an"}):
        k -= 1
    if k < sent.start or t.doc[k].lower_ != "as":
        return None
    at = offset + t.doc[k].idx
    before = [(a, b) for a, b in named if b <= at and a >= offset + sent.start_char]
    if before:
        return max(before)[0]
    last = t.doc[k - 1] if k > sent.start else None
    if last is not None and last.pos_ == "PROPN" and any(a <= offset + last.idx < b for a, b in named):
        return offset + last.idx  # a name the model ran on into the "as" ("… Picked *Ellen DeGeneres As* Oscar Host")
    return None


def described_name(t):
    """The name a role noun describes in running text, or None.

    "San Diego Chargers wide *receiver* Vincent Jackson" (a compound before the name),
    "Jamal Williams, the defensive *tackle* for the Chargers" and "the *driver*, Vishwanand
    Subryan" (apposition), "Maurice Cheeks was officially introduced as the 21st head *coach*"
    and "the Sixers hired Mo Cheeks as *coach*" (the "as" phrase of the name's verb),
    "Cheeks is the new *coach*" (a copula).
    """
    head = t.head
    if t.dep_ == "compound" and head.pos_ == "PROPN":
        return head
    if t.dep_ == "appos" and head.pos_ == "PROPN":
        return head
    for c in t.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            return c
    if t.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in {"VERB", "AUX"}:
        verb = head.head
        for deps in (("dobj",), ("nsubjpass", "nsubj")):
            found = [c for c in verb.children if c.dep_ in deps]
            if found:
                return found[0] if found[0].pos_ == "PROPN" else None
    if t.dep_ == "attr" and head.lemma_ == "be":
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        return subj[0] if subj and subj[0].pos_ == "PROPN" else None
    return None


def role_mentions(doc, doc_id: str, offset: int, named: list[Mention]) -> list[Mention]:
    """The role nouns of ``doc``: a headline's, and the running text's that describe a name."""
    spans = [(m.span_start if m.span_start is not None else m.start, m.end) for m in named if not m.is_pronoun]
    text = doc_text(doc)
    out = []
    for t in doc_tokens(doc):
        low = t.lower_
        if low not in ROLE_WORDS and low not in GENDER_OF_NOUN:
            continue
        base = dict(doc=doc_id, text=t.text, label=ROLE, start=offset + t.idx, end=offset + t.idx + len(t),
                    sent_start=offset + sentence_of(t).start_char, is_pronoun=True, dep=t.dep_)
        if is_headline(line_of(text, t.idx, t.idx + len(t))):
            if headline_role(t, spans, offset):
                out.append(Mention(**base, headline=True, refers_at=named_before_as(t, spans, offset),
                                   gender=GENDER_OF_NOUN.get(low)))
        elif low in ROLE_WORDS and t.pos_ == "NOUN" and (name := described_name(t)) is not None:
            at = offset + name.idx
            if any(a <= at < b for a, b in spans):
                out.append(Mention(**base, refers_at=at))
    return out


__all__ = ["role_mentions", "described_name", "headline_role", "named_before_as", "ROLE_WORDS", "GENDER_OF_NOUN",
           "OWNED_ROLES"]
