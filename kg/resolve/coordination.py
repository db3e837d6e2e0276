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
from .kindcues import PEOPLE_PLURALS
from .roles import PERSON_NOUNS
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


SET_SIZES = {"pair": 2, "duo": 2, "couple": 2, "both": 2, "two": 2, "trio": 3, "three": 3}


def set_size(tok) -> int | None:
    """How many persons a subject that names a set of them just named stands for: "the pair", "the duo", "the
    couple", "the trio", "both", "the two", "both men", "the two players", "the three women" (a person noun counted
    by "both" or "the" and a number: :data:`~kg.resolve.roles.PERSON_NOUNS`); else ``None``. Only the bare set: not
    "the pair's lawyers" (no subject), "the two firms" (not persons), "a pair of boots", "the couple's home"."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    kids = [c for c in tok.children if c.dep_ != "punct"]
    low = tok.lower_
    if low == "both" and not kids:
        return 2  # "Both have denied the charges"
    det = [c for c in kids if c.dep_ in {"det", "predet"}]
    nums = [c for c in kids if c.dep_ == "nummod"]
    if len(det) + len(nums) != len(kids) or len(det) != 1:
        return None
    if tok.lemma_.lower() in {"pair", "duo", "couple", "trio"} and not nums and det[0].lower_ == "the":
        return SET_SIZES[tok.lemma_.lower()]  # "the pair"
    if low in {"two", "three"} and tok.pos_ == "NUM" and det[0].lower_ == "the":
        return SET_SIZES[low]  # "the two"
    if tok.tag_ != "NNS" or not (tok.lemma_.lower() in PERSON_NOUNS or low in PEOPLE_PLURALS):
        return None
    if det[0].lower_ == "both" and not nums:
        return 2  # "both men"
    if det[0].lower_ == "the" and len(nums) == 1 and nums[0].lower_ in {"two", "three"}:
        return SET_SIZES[nums[0].lower_]  # "the two men"
    return None


def coordinated_persons(pronoun) -> list:
    """The persons' name heads a subject "they" stands for: the last coordination of persons' names
    in its sentence before it or in the sentence before, with nothing between that "they" could stand
    for instead (:func:`could_be_they`); else [].

    "Kenteris and Thanou dramatically withdrew from last summer's Olympics … The pair then spent four
    days in a hospital, claiming they had been injured" → Kenteris, Thanou. Not "The Tigers stormed
    22-6 ahead … through tries from Lewis Moody, Geordan Murphy and Martin Corry. European champions
    Wasps fought back …, and they were level" (Wasps).

    A set noun ("the pair", "both men": :func:`set_size`) names as many persons as the coordination
    has, up to :data:`SET_REACH` sentences back, with no one else named between
    (:func:`could_be_the_set`): "New Yorker William Trowbridge and Texan Michael Chicoine have pleaded
    guilty to charges that they infringed copyright … The two men faced charges following raids"; and as the
    same set named so before ("… The pair face jail terms").
    """
    size = set_size(pronoun)
    if (pronoun.lower_ != "they" and size is None) or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    doc = pronoun.doc
    start = sentence_of(pronoun).start
    for _ in range(1 if size is None else SET_REACH):
        if start > 0:
            start = sentence_of(doc[start - 1]).start
    window = span_tokens(doc[start:pronoun.i])
    people = []
    after = pronoun.i
    for tok in reversed(window):
        people = person_coordination(tok)
        if people:
            after = people[-1].right_edge.i + 1
            break
        if size is not None and tok.dep_ in {"nsubj", "nsubjpass"} and set_size(tok) == size:
            people = coordinated_persons(tok)  # "… The two men faced charges … The pair face jail terms"
            after = tok.i + 1
            break
    if not people:
        return []
    if size is not None:
        return people if size == len(people) and not any(
            could_be_the_set(tok, people, size) for tok in doc[after:pronoun.i]) else []
    if any(could_be_they(tok, pronoun) for tok in doc[after:pronoun.i]):
        return []
    return people


SET_REACH = 3  # sentences back a set noun may reach for the persons it names


def could_be_the_set(tok, people: list, size: int) -> bool:
    """A word between the coordinated persons and a set noun naming them that the set may mean instead: another
    person's name ("Mr Smith, 57, whose retirement was announced by … Alan Smith …. Both men …"), a plural noun of
    people ("the sprinters"), or another coordination of as many names ("tests in Tel Aviv and Chicago … the
    pair"). Not the persons named again, nor the plain things in between ("… have pleaded guilty to charges that
    they infringed copyright … The two men faced charges", "jail terms of up to five years and a $250,000 fine")."""
    names = {t.text for p in people for t in p.subtree if t.ent_type_ == "PERSON"}  # "Kostas Kenteris" … "Kenteris"
    if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and tok.text not in names:
        return True
    if tok.tag_ == "NNS" and (tok.lemma_.lower() in PERSON_NOUNS or tok.lower_ in PEOPLE_PLURALS) and not is_set_noun(tok):
        return True
    return (tok.pos_ == "PROPN" and tok.ent_type_ and tok.dep_ != "conj" and any(c.dep_ == "cc" for c in tok.children)
            and len(tok.conjuncts) + 1 == size)
