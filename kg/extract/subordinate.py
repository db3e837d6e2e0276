"""Conjunctions read as prepositions: "as", "after", "since" … opening a clause of its own, which the small
parser hangs on the verb before them as a prepositional phrase, its object the clause's subject. Neither the
phrase nor the clause is then an argument of that verb (kg.extract.clauses, kg.extract.passive)."""
from __future__ import annotations

from ..docview import with_dep
from ..lexicon import FINITE_TAGS
from ..nlp import sentence_of

# conjunctions that open a clause of their own, which the parser may read as prepositions
CLAUSE_CONJUNCTIONS = frozenset({"as", "after", "before", "since", "until", "till", "while", "once"})


def clause_opened_by_preposition(prep):
    """The verb of the clause that ``prep``, a conjunction the parser read as a preposition, opens, its "object"
    that verb's subject, else ``None``: the verb is finite, written right after the object's phrase (only adverbs,
    "not" or auxiliaries between) and has no subject of its own. "The worst of the attack now seems to be over as
    a search conducted on the morning of the 22 December produced only 1,440 hits" (no "seems to be over as — a
    search", and "produced …" is no complement of "seems"); "Euronext - formed after the Brussels, Paris and
    Amsterdam exchanges merged -" (no "be formed after — the Brussels"); "also suffered as an expected last minute
    shopping rush never materialised". The looser sibling of :func:`kg.extract.clauses.clause_after_preposition`,
    which also gives that verb its subject: this one only keeps the phrase and the clause off the verb they hang
    on. A verb with a subject of its own is another reading ("firms such as Apple have seen …"); two nouns joined
    by "and" may end one clause and open the next ("an estimated five million Freeview set-top boxes sold since
    the launch and prices have fallen considerably"), and so may an object and an apposition with no comma before
    the verb its clause hangs on ("while David Miliband is seen as a key Blair lieutenant his brother Ed is …")."""
    if prep.dep_ != "prep" or prep.lower_ not in CLAUSE_CONJUNCTIONS:
        return None
    obj = with_dep(prep.children, ("pobj",))
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or is_pair_before_verb(obj):
        return None
    doc, end = prep.doc, sentence_of(prep).end
    i = obj.right_edge.i + 1
    while i < end and doc[i].dep_ in {"advmod", "neg"} and doc[i].tag_ in {"RB", "RBR"}:
        i += 1
    if i >= end or doc[i].tag_ not in FINITE_TAGS:
        return None
    verb = doc[i].head if doc[i].dep_ in {"aux", "auxpass"} else doc[i]
    if verb.i < i or verb.pos_ not in {"VERB", "AUX"} or verb in obj.subtree or verb.i == prep.head.i:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return None
    if verb in prep.ancestors and any(t.dep_ == "appos" and doc[t.left_edge.i - 1].text not in {",", "-", "("}
                                      for t in obj.subtree):
        return None  # the verb's subject hid in the object: "is seen as a key Blair lieutenant his brother Ed is …"
    return verb


def clauses_opened_on(verbs) -> set:
    """The token indices of the clauses' verbs that conjunctions read as prepositions of ``verbs`` open
    (:func:`clause_opened_by_preposition`), with the prepositions': none is an argument of ``verbs``."""
    out = set()
    for v in verbs:
        for c in v.children:
            if c.dep_ == "prep" and (opened := clause_opened_by_preposition(c)) is not None:
                out |= {c.i, opened.i}
    return out


def is_pair_before_verb(noun) -> bool:
    """Nouns whose last is joined by a word "and"/"or"/"but" of its own: the last may open the next clause as its
    subject, the others ending this one ("sold since the launch and prices have fallen considerably", "are known
    as zombies or 'bots and collections of them are called 'bot nets"); a list whose "and" lies inside its last
    phrase is one phrase ("after the Brussels, Paris and Amsterdam exchanges merged")."""
    doc = noun.doc
    return any(c.left_edge.i > 0 and doc[c.left_edge.i - 1].dep_ == "cc" for c in noun.conjuncts)
