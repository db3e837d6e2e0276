"""A "they" that stands for the persons of a coordination ("X and Y … they").

"The Oscar-winning star took action against Jamie Fawcett and Ben McDonald … Lawyers for the pair
denied allegations *they* had planted the device": they are Fawcett and McDonald. The graph has no
entity for the two together, so a triple whose subject is such a "they" is read once per person
(kg.resolve.triples), as a clause whose subject is the coordination already is ("Fawcett and McDonald
planted the device" gives two triples). Found on the parse, when the pronoun's mention is made
(kg.resolve.mentions): :func:`coordinated_persons`.
"""
from __future__ import annotations

from ..docview import span_tokens
from ..extract.modality import CONTENT_NOUNS
from ..nlp import sentence_of
from .speakers import ADVOCATES, MOUTHPIECES

GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
# nouns that name the persons just coordinated as one set: "the pair", "the duo", "the couple"
SET_NOUNS = frozenset({"pair", "duo", "couple", "trio", "both"})
# people who speak for others: what "lawyers for the pair" deny is about the pair ("… they had planted")
REPRESENTATIVES = ADVOCATES | MOUTHPIECES
RIVAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr", "appos"})


def is_person_name(tok) -> bool:
    """The head word of a person's name: "McDonald" of "Ben McDonald"."""
    return tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and tok.dep_ != "compound"


CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr"})


def is_clause_argument(root) -> bool:
    """Whether the coordination ``root`` heads is an argument of a clause: its subject or object, or
    the object of a preposition on its verb ("took action against Jamie Fawcett and Ben McDonald").
    Not persons named inside another noun's phrase, which a "they" after it rarely means ("Luke
    Tomlinson, 27, a close friend of princes William and Harry. They were charged …": the protesters),
    nor examples of a group ("such influential figures as Martin Johnson and Lawrence Dallaglio",
    "the all-party group, including … Robin Cook and Tony Wright …": the group)."""
    if root.dep_ in CORE_DEPS:
        return True
    return (root.dep_ == "pobj" and root.head.head.pos_ in {"VERB", "AUX"}
            and root.head.lower_ not in {"as", "including", "like"})


def person_coordination(root) -> list:
    """The persons of the coordination ``root`` heads, if it joins only persons' names with "and"
    ("Mr Blair and Mr Brown", "Ceri Sweeney, Gareth Cooper, Ian Gough and Kevin Morgan"); else [].
    Not a list that goes on with other things ("Liggett Group and Brown and Williamson")."""
    if root.dep_ == "conj" or not is_person_name(root) or not is_clause_argument(root):
        return []
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in root.children):
        return []
    people = sorted([root, *root.conjuncts], key=lambda t: t.i)  # "X, Y and Z", in text order
    return people if len(people) >= 2 and all(is_person_name(t) for t in people) else []


def is_set_noun(tok) -> bool:
    """"the pair", "the duo", "both": the persons just coordinated, named as one set."""
    return tok.lemma_.lower() in SET_NOUNS


def holds(tok, pronoun) -> bool:
    """Whether ``pronoun`` lies in the phrase or clause ``tok`` heads."""
    return tok.left_edge.i <= pronoun.i <= tok.right_edge.i


def speaks_for_the_set(noun, pronoun) -> bool:
    """Representatives "for" the set, whose words hold the pronoun: "Lawyers for the pair denied
    allegations they had planted the device" — what they deny is about the pair."""
    if noun.lemma_.lower() not in REPRESENTATIVES or not holds(noun.head, pronoun):
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"for", "of"} and any(is_set_noun(g) for g in c.children)
               for c in noun.children)


def could_be_they(tok, pronoun) -> bool:
    """A word between the coordination and the pronoun that "they" may stand for instead: a group's
    name ("Wasps", "France") or a plural common noun ("the settling directors"). Not a noun the
    persons are named by again ("the pair"), a content noun whose clause holds the pronoun
    ("allegations that they had violated …"), nor representatives speaking for the set
    (:func:`speaks_for_the_set`)."""
    if tok.ent_type_ in GROUP_LABELS and tok.pos_ in {"PROPN", "NOUN"}:
        return True
    if tok.tag_ != "NNS" or tok.ent_type_ or tok.dep_ not in RIVAL_DEPS or is_set_noun(tok):
        return False
    if tok.lemma_.lower() in CONTENT_NOUNS and holds(tok, pronoun):
        return False
    return not speaks_for_the_set(tok, pronoun)


def coordinated_persons(pronoun) -> list:
    """The persons' name heads a subject "they" stands for: the last coordination of persons' names
    in its sentence before it or in the sentence before, with nothing between that "they" could stand
    for instead (:func:`could_be_they`); else [].

    "Kenteris and Thanou dramatically withdrew from last summer's Olympics … The pair then spent four
    days in a hospital, claiming they had been injured" → Kenteris, Thanou. Not "The Tigers stormed
    22-6 ahead … through tries from Lewis Moody, Geordan Murphy and Martin Corry. European champions
    Wasps fought back …, and they were level" (Wasps).
    """
    if pronoun.lower_ != "they" or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    sent = sentence_of(pronoun)
    doc = pronoun.doc
    start = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    window = span_tokens(doc[start:pronoun.i])
    people = []
    for tok in reversed(window):
        people = person_coordination(tok)
        if people:
            break
    if not people:
        return []
    after = people[-1].right_edge.i + 1
    if any(could_be_they(tok, pronoun) for tok in doc[after:pronoun.i]):
        return []
    return people
