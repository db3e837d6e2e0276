"""Merge review: the entities of a build most likely wrong, each with its reason.

Used by ``kg entities --suspicious`` (a person fixes what it lists with the
``same`` / ``different`` directives of an aliases file, docs/aliases.md) and by
``bench/entity_scan.py`` (counts over a whole entity list).

>>> e = Entity("BBC", "ORG", ("BBC", "Barkley, Beattie, Christophers"), "", 4, ("a",))
>>> [r for r in reasons(e)]
['alias shares no word with the name: Barkley, Beattie, Christophers']
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..lexicon import HONORIFICS
from ..records import Entity
from .gazetteer import Gazetteer, country_and_office
from .names import PARTICLES, firm_stem, fold, gender_of_first_name, name_key, pet_form_of, surname_of
from .roles import FEMALE_MARKS, MALE_MARKS, TITLE_HEADS, TITLE_MODIFIERS, word

SHORT_NAME = 3  # a name this short with many mentions is worth a look
MANY_MENTIONS = 10
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,6}$")


def bare_name(alias: str) -> list[str]:
    """The words of an alias without leading titles, honorifics or a possessive.

    >>> bare_name("Prime Minister Tony Blair's"), bare_name("Mr Brown")
    (['Tony', 'Blair'], ['Brown'])
    """
    words = re.sub(r"(?:['’]s?)$", "", alias.strip()).split()
    while len(words) > 1 and (word(words[0]) in HONORIFICS or word(words[0]) == "the" or word(words[0]) in TITLE_HEADS
                              or word(words[0]) in TITLE_MODIFIERS or words[0][:1].islower()):
        words.pop(0)
    return words


def first_name(alias: str) -> str | None:
    """The first name of a person's alias, or None (a lone surname, an initial).

    >>> first_name("Sir Alex Ferguson"), first_name("Ferguson"), first_name("G Brown")
    ('alex', None, None)
    """
    words = bare_name(alias)
    if len(words) < 2 or fold(words[0]) in PARTICLES:
        return None
    first = fold(words[0]).strip(".")
    return first if len(first) > 1 and first.isalpha() else None


def first_names(entity: Entity) -> list[str]:
    """Distinct first names written in a person's aliases, one of a pair kept when one starts the other or is
    the other's pet form (:func:`~kg.resolve.names.pet_form_of`: "Dave" of "David" is one first name).

    >>> first_names(Entity("Jones", "PERSON", ("Marion Jones", "Steve Jones", "Jones"), "", 3, ()))
    ['marion', 'steve']
    >>> first_names(Entity("David Collins", "PERSON", ("David Collins", "Dave Collins"), "", 2, ()))
    ['dave']
    >>> first_names(Entity("Armand Marie Leroi", "PERSON", ("Armand Marie Leroi", "Marie Leroi"), "", 2, ()))
    ['armand']
    """
    if entity.type != "PERSON":
        return []
    bare = [" ".join(bare_name(a)).casefold() for a in entity.aliases]
    # "Marie Leroi" beside "Armand Marie Leroi": a middle name written first is no second first name
    aliases = [a for a, b in zip(entity.aliases, bare) if not any(o != b and o.endswith(" " + b) for o in bare)]
    names = sorted({f for f in map(first_name, aliases) if f}, key=len)
    kept: list[str] = []
    for n in names:
        if not any(n.startswith(k) or pet_form_of(k, n) or pet_form_of(n, k) for k in kept):
            kept.append(n)
    return sorted(kept)


def initials(text: str) -> str:
    """Upper-case initials of a name's words ("Bank of England" → "BOE"), hyphens splitting.

    >>> initials("British National Party"), initials("Bank of England")
    ('BNP', 'BOE')
    """
    return "".join(w[0] for w in re.split(r"[\s\-]+", text) if w and w[0].isalpha()).upper()


def is_acronym_of(short: str, long: str) -> bool:
    """True when ``short`` spells the initials of ``long``'s words in order, small words optional.

    >>> is_acronym_of("LSE", "London Stock Exchange"), is_acronym_of("BoE", "Bank of England")
    (True, True)
    >>> is_acronym_of("BBC", "Barkley, Beattie, Christophers"), is_acronym_of("CJ", "C Jones")
    (False, False)
    """
    if "," in long and not re.search(r"\b(?:of|for|the)\b", long):  # a list of names, not "Ministry of Economy, Trade and Industry"
        return False
    words = [w for w in re.split(r"[\s\-]+", long) if w and w[0].isalpha()]
    if any(len(w.strip(".")) == 1 for w in words):  # "C Jones" is a person with an initial, not an expansion
        return False
    target = short.replace(".", "").upper()

    def spell(i: int, j: int) -> bool:
        if j == len(target):
            return all(not w[0].isupper() for w in words[i:])
        if i == len(words):
            return False
        w = words[i]
        if w[0].upper() == target[j] and spell(i + 1, j + 1):
            return True
        return not w[0].isupper() and spell(i + 1, j)

    return len(words) > 1 and spell(0, 0)


def _long_forms(entity: Entity, gazetteer: Gazetteer) -> list[str]:
    """The entity's name and its aliases of two words or more, each also without an opening country."""
    forms = [entity.name] + [a for a in entity.aliases if " " in a.strip()]
    return forms + [split[1] for form in forms if (split := country_and_office(form, gazetteer))]


def bad_acronyms(entity: Entity, gazetteer: Gazetteer | None = None) -> list[str]:
    """Acronym aliases that are not the initials of the entity's name or of another alias of it."""
    gazetteer = gazetteer or Gazetteer.default()
    long_forms = _long_forms(entity, gazetteer)
    out = []
    for alias in entity.aliases:
        short = re.sub(r"(?:['’]s?)$", "", alias.strip()).replace(".", "")
        if not _ACRONYM.match(short) or name_key(short) == name_key(entity.name):
            continue
        hit = gazetteer.lookup(short)
        if hit and hit[0] == entity.name:
            continue
        if not any(is_acronym_of(short, form) or firm_stem(name_key(form).split()) == short.lower()
                   for form in long_forms):  # "SSL" of "SSL International": the firm's own name
            out.append(alias)
    return out


def foreign_aliases(entity: Entity, gazetteer: Gazetteer | None = None) -> list[str]:
    """Aliases sharing no word with the entity's name (gazetteer aliases, acronyms and a person's first name's pet
    form excepted)."""
    gazetteer = gazetteer or Gazetteer.default()
    name_words = set(name_key(entity.name).split())
    out = []
    for alias in entity.aliases:
        key = name_key(" ".join(bare_name(alias)))
        if not key or set(key.split()) & name_words:
            continue
        hit = gazetteer.lookup_key(key)
        if hit and hit[0] == entity.name:
            continue
        first = name_key(entity.name).split()[0]
        if entity.type == "PERSON" and " " not in key and (pet_form_of(key, first) or pet_form_of(first, key)):
            continue  # "Steve" of Stephen Jones: his first name's pet form (kg.resolve.entities._pet_form_fulls)
        short = alias.replace(".", "").strip()
        if _ACRONYM.match(short) and any(is_acronym_of(short, form) for form in _long_forms(entity, gazetteer)):
            continue
        out.append(alias)
    return out


def reasons(entity: Entity, gazetteer: Gazetteer | None = None, votes: Mapping[str, int] | None = None) -> list[str]:
    """Why an entity may be wrong (empty: nothing seen)."""
    gazetteer = gazetteer or Gazetteer.default()
    out = []
    names = first_names(entity)
    if len(names) > 1:
        out.append("aliases with different first names: " + ", ".join(names))
    bad = bad_acronyms(entity, gazetteer)
    if bad:
        out.append("acronym alias that is not the name's initials: " + ", ".join(bad))
    foreign = [a for a in foreign_aliases(entity, gazetteer) if a not in bad]
    if foreign:
        out.append("alias shares no word with the name: " + ", ".join(foreign))
    if votes:
        total = sum(votes.values())
        agree = votes.get(entity.type, 0)
        if total >= 3 and agree * 2 < total:
            out.append(f"type {entity.type} has {agree} of {total} mention votes: "
                       + ", ".join(f"{k} {v}" for k, v in sorted(votes.items(), key=lambda kv: -kv[1])))
    if len(name_key(entity.name).replace(" ", "")) <= SHORT_NAME and entity.mentions >= MANY_MENTIONS \
            and not gazetteer.lookup(entity.name):
        out.append(f"very short name with {entity.mentions} mentions")
    return out


@dataclass(frozen=True)
class SurnameSplit:
    """A lone surname entity and a full-name person of the same article left apart."""

    doc: str
    surname: str  # the lone-surname entity's name
    full: str  # the full-name entity's name


def surname_splits(entities: Iterable[Entity]) -> list[SurnameSplit]:
    """Articles where a lone surname ("Kilroy-Silk") and a person with that surname stay two entities.

    >>> es = [Entity("Robert Kilroy-Silk", "PERSON", (), "", 2, ("a",)), Entity("Kilroy-Silk", "ORG", (), "", 3, ("a", "b"))]
    >>> surname_splits(es)
    [SurnameSplit(doc='a', surname='Kilroy-Silk', full='Robert Kilroy-Silk')]
    """
    entities = list(entities)
    full_by_doc: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in entities:
        key = name_key(e.name)
        if e.type == "PERSON" and len(key.split()) >= 2:
            sur = surname_of(key)
            if sur != key:
                for doc in e.docs:
                    full_by_doc[doc, sur].append(e.name)
    gazetteer = Gazetteer.default()
    out = []
    for e in entities:
        key = name_key(e.name)
        if e.type in {"GPE", "LOC", "NORP"} or gazetteer.lookup_key(key):  # a place, a band named after a person
            continue
        for doc in e.docs:
            for full in full_by_doc.get((doc, key), ()):
                if full != e.name and not _other_gender(e, full):
                    out.append(SurnameSplit(doc, e.name, full))
    out += middle_name_splits(entities)
    return sorted(out, key=lambda s: (s.doc, s.surname, s.full))


def middle_name_splits(entities: Iterable[Entity]) -> list[SurnameSplit]:
    """Articles where a person's name and the same name with middle names ("Sir Anthony Meyer", "Sir
    Anthony John Charles Meyer was born …") stay two entities.

    >>> es = [Entity("Anthony Meyer", "PERSON", (), "", 2, ("a",)), Entity("Anthony John Charles Meyer", "PERSON", (), "", 1, ("a",)),
    ...       Entity("Anthony Charles Lynton Blair", "PERSON", (), "", 1, ("b",))]
    >>> middle_name_splits(es)
    [SurnameSplit(doc='a', surname='Anthony Meyer', full='Anthony John Charles Meyer')]
    """
    persons = [e for e in entities if e.type == "PERSON"]
    short = {(doc, name_key(e.name)): e.name for e in persons if len(name_key(e.name).split()) == 2 for doc in e.docs}
    out = []
    for e in persons:
        words = name_key(e.name).split()
        if len(words) < 3:
            continue
        for doc in e.docs:
            found = short.get((doc, f"{words[0]} {words[-1]}"))
            if found:
                out.append(SurnameSplit(doc, found, e.name))
    return out


def _other_gender(lone: Entity, full: str) -> bool:
    """The lone surname is written with an honorific of the other sex than the full name's first name: "Mrs
    Howard" (Sandra) beside "Michael Howard" are two people, no split."""
    marks = {word(a.split()[0]) for a in lone.aliases if len(a.split()) > 1}
    gender = gender_of_first_name(full.split()[0])
    return gender == "m" and bool(marks & FEMALE_MARKS) or gender == "f" and bool(marks & MALE_MARKS)


def suspicious(entities: Iterable[Entity], gazetteer: Gazetteer | None = None,
               votes: Mapping[str, Mapping[str, int]] | None = None) -> list[tuple[Entity, list[str]]]:
    """Entities with at least one reason, most mentioned first; lone surnames split from a full name too."""
    gazetteer = gazetteer or Gazetteer.default()
    entities = list(entities)
    found: dict[str, list[str]] = defaultdict(list)
    for e in entities:
        found[e.name].extend(reasons(e, gazetteer, (votes or {}).get(e.name)))
    for split in surname_splits(entities):
        found[split.surname].append(f"lone surname apart from {split.full} in article {split.doc}")
    by_name = {e.name: e for e in entities}
    out = [(by_name[n], r) for n, r in found.items() if r]
    return sorted(out, key=lambda er: (-er[0].mentions, er[0].name))


__all__ = ["reasons", "suspicious", "surname_splits", "first_names", "bad_acronyms", "is_acronym_of", "SurnameSplit"]
