"""Canonical entities across the articles of a build.

One pass over all mentions, near-linear in their number:

1. each named mention gets a key (:func:`~kg.resolve.names.name_key`); the
   gazetteer maps aliases and demonyms to one key ("U.S.", "America" → united states);
2. a lone surname joins the person's full name: the one in its own article,
   else the only one in the build ("Trump" → "Donald Trump"); a name the
   gazetteer knows as a place never does ("Israel" ≠ "Israel Katz");
3. an acronym joins its expansion when only one name of the build expands it
   ("WSJ" → "The Wall Street Journal");
4. the type of each entity is settled: gazetteer, then titles (a titled mention
   is a person), then the votes of its mentions;
5. pronouns take the first candidate of :mod:`~kg.resolve.coref` whose entity
   fits (a person for he/she, a group for they, only when unambiguous).
"""
from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..graph.vocab import Vocabulary
from ..records import Entity, Mention, Role
from .coref import pronoun_entity
from .gazetteer import Gazetteer
from .names import acronym, clean_surface, gender_of_first_name, name_key, strip_the
from .roles import FIRST_NAME_TITLES, HONORIFICS, word

GROUP_TYPES = {"ORG", "GPE", "NORP"}
PLACE_TYPES = {"GPE", "LOC", "FAC", "NORP"}
SURNAME_DOMINANCE = 10  # a lone surname joins the most frequent full name when it is this much more frequent


def normalise(text: str) -> str:
    """The matching key of a surface form: no leading "the", no possessive, case-folded.

    >>> normalise("the United States's")
    'united states'
    """
    return name_key(text)


@dataclass
class Resolution:
    """Canonical entities and where each mention went."""

    entities: list[Entity]
    # per article: sorted mention starts, and the (end, entity name) of each
    _starts: dict[str, list[int]] = field(default_factory=dict)
    _spans: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    # per article: pronoun mention index → index of the mention it was resolved to (kg mentions)
    antecedents: dict[str, dict[int, int]] = field(default_factory=dict)

    def entity_at(self, doc: str, offset: int) -> str | None:
        """The canonical name of the mention covering ``offset`` in article ``doc``."""
        starts = self._starts.get(doc)
        if not starts:
            return None
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return None
        end, name = self._spans[doc][i]
        return name if offset < end else None

    def by_name(self) -> dict[str, Entity]:
        return {e.name: e for e in self.entities}


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: str, b: str) -> None:
        """Join ``a`` into ``b`` (``b``'s root stays the root)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


def _gazetteer(aliases) -> Gazetteer:
    if isinstance(aliases, Gazetteer):
        return aliases
    return Gazetteer.with_aliases(aliases)


def _base_key(m: Mention, gazetteer: Gazetteer) -> str:
    key = name_key(m.text)
    hit = gazetteer.lookup_key(key)
    return name_key(hit[0]) if hit else key


def _person_keys(votes: Mapping[str, Counter], gazetteer: Gazetteer) -> dict[str, Counter]:
    """Surname → Counter of multi-word person keys with that surname (by mention count)."""
    by_surname: dict[str, Counter] = defaultdict(Counter)
    for key, counter in votes.items():
        words = key.split()
        if len(words) >= 2 and counter.most_common(1)[0][0] == "PERSON" and not gazetteer.lookup_key(key):
            by_surname[words[-1]][key] = sum(counter.values())
    return by_surname


def _may_be_surname(key: str, counter: Counter) -> bool:
    """A lone name that may join a person of another article: not mostly read as a place."""
    top = counter.most_common(1)[0][0]
    return counter["PERSON"] > 0 or top not in PLACE_TYPES


def _surname_target(key: str, local: set[str], by_surname: Mapping[str, Counter], build_wide: bool) -> str | None:
    """The full-name key a lone surname stands for: the article's own, else the build's only one.

    ``build_wide`` is False for a surname whose mentions mostly read as a place:
    it may join a person of its own article only.
    """
    fulls = by_surname.get(key)
    if not fulls:
        return None
    here = [k for k in fulls if k in local]
    if len(here) == 1:
        return here[0]
    if here or not build_wide:
        return None
    ranked = fulls.most_common(2)
    if len(ranked) == 1 or ranked[0][1] >= SURNAME_DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return None


def _first_name_title(m: Mention) -> bool:
    """"Prince Charles", "Sir Elton": the name after the title is a first name."""
    return bool({word(w) for w in f"{m.title or ''} {m.honorific or ''}".split()} & FIRST_NAME_TITLES)


def _gender_fits(m: Mention, full_key: str) -> bool:
    """"Mrs Howard" does not join "Michael Howard"."""
    other = gender_of_first_name(full_key.split()[0])
    return not (m.gender and other and m.gender != other)


def _link_acronyms(forms: Mapping[str, Counter], votes: Mapping[str, Counter], uf: _UnionFind,
                   gazetteer: Gazetteer) -> None:
    """Join "WSJ" to "The Wall Street Journal" when exactly one name of the build expands it."""
    expansions: dict[str, set[str]] = defaultdict(set)
    for key, counter in forms.items():
        if " " in key and votes[key].most_common(1)[0][0] != "PERSON":
            for form in counter:
                short = acronym(form)
                if len(short) >= 2:
                    expansions[short.lower()].add(key)
    for key, counter in forms.items():
        if " " in key or key not in expansions or gazetteer.lookup_key(key):
            continue
        if not any(f.replace(".", "").isupper() for f in counter):
            continue
        targets = {uf.find(k) for k in expansions[key]}
        if len(targets) == 1:
            uf.union(key, targets.pop())


def _entity_type(ms: list[Mention], gazetteer_type: str | None, joined_person: bool) -> str:
    if gazetteer_type:
        return gazetteer_type
    if joined_person or any(m.title or m.honorific for m in ms):
        return "PERSON"
    votes = Counter(m.label for m in ms)
    best = max(votes.values())
    for label in ("PERSON", "ORG", "GPE"):  # ties: the more specific reading
        if votes.get(label) == best:
            return label
    return votes.most_common(1)[0][0]


def _canonical_name(ms: list[Mention], gazetteer_name: str | None) -> str:
    if gazetteer_name:
        return gazetteer_name
    forms = Counter(_display(m.text) for m in ms)
    forms.pop("", None)
    if not forms:
        return strip_the(ms[0].text)
    return max(forms, key=lambda f: (len(f.split()), forms[f], sum(c.isupper() for c in f), f))


def _display(text: str) -> str:
    """A surface form as a name: no leading "the", honorific, possessive or dangling dash.

    >>> _display("Gen Pervez Musharraf's"), _display("Mike Leigh -")
    ('Pervez Musharraf', 'Mike Leigh')
    """
    words = clean_surface(strip_the(text)).split()
    while len(words) > 1 and word(words[0]) in HONORIFICS:
        words.pop(0)
    return " ".join(words)


def _gender(ms: list[Mention]) -> str | None:
    votes = Counter(m.gender for m in ms if m.gender)
    return votes.most_common(1)[0][0] if votes else None


def resolve_entities(
    mentions_by_doc: Mapping[str, Sequence[Mention]],
    vocab: Vocabulary | None = None,
    aliases: Gazetteer | str | Path | None = None,
) -> Resolution:
    """Group mentions into canonical entities.

    ``mentions_by_doc`` maps an article id to its mentions in text order
    (pronoun candidates are indices into that list). ``aliases`` is a
    :class:`Gazetteer` or the path of a user aliases file added to the shipped one.
    """
    vocab = vocab or Vocabulary()
    gazetteer = _gazetteer(aliases)

    # 1. keys, label votes and surface forms per key
    keys: dict[str, list[str | None]] = {}
    votes: dict[str, Counter] = defaultdict(Counter)
    forms: dict[str, Counter] = defaultdict(Counter)
    for doc, mentions in mentions_by_doc.items():
        row: list[str | None] = []
        for m in mentions:
            key = None if m.is_pronoun else _base_key(m, gazetteer)
            if key:
                votes[key][m.label] += 3 if (m.title or m.honorific) else 1
                forms[key][m.text] += 1
            row.append(key or None)
        keys[doc] = row

    # 2. lone surnames → full names (decided per mention: the article's own person first)
    by_surname = _person_keys(votes, gazetteer)
    # a common first name standing alone ("John") may join a person of its own article only
    lone = {k: _may_be_surname(k, votes[k]) and gender_of_first_name(k) is None for k in votes
            if k in by_surname and " " not in k and not gazetteer.lookup_key(k)}
    joined: set[str] = set()
    for doc, row in keys.items():
        local = set(row)
        for i, key in enumerate(row):
            if key in lone and not _first_name_title(mentions_by_doc[doc][i]):
                target = _surname_target(key, local, by_surname, lone[key])
                if target and _gender_fits(mentions_by_doc[doc][i], target):
                    row[i] = target
                    joined.add(target)

    # 3. acronyms
    uf = _UnionFind()
    _link_acronyms(forms, votes, uf, gazetteer)

    # 4. group, drop headline-only fragments, settle names and types
    groups: dict[str, list[Mention]] = defaultdict(list)
    for doc, mentions in mentions_by_doc.items():
        for m, key in zip(mentions, keys[doc]):
            if key:
                groups[uf.find(key)].append(m)
    name_of: dict[str, str] = {}
    type_of: dict[str, str] = {}
    members: dict[str, list[Mention]] = defaultdict(list)
    for root, ms in groups.items():
        hit = gazetteer.lookup_key(root)
        if not hit and all(m.headline for m in ms) and len(root.split()) > 1:
            continue
        name = _canonical_name(ms, hit[0] if hit else None)
        name_of[root] = name
        members[name].extend(ms)
        type_of.setdefault(name, _entity_type(ms, hit[1] if hit else None, root in joined))

    def entity_of_key(key: str | None) -> str | None:
        return name_of.get(uf.find(key)) if key else None

    def role_owner(surface: str | None) -> str | None:
        if not surface:
            return None
        key = _base_key(Mention("", surface, "", 0, 0), gazetteer)
        return entity_of_key(key) or (gazetteer.lookup_key(key) or (None,))[0]

    gender_of = {name: _gender(ms) for name, ms in members.items()}

    # 5. pronouns and the span index
    resolution = Resolution([])
    pronoun_hits: Counter = Counter()
    for doc, mentions in mentions_by_doc.items():
        row = keys[doc]
        named = [entity_of_key(k) for k in row]
        spans = []
        chosen = resolution.antecedents[doc] = {}
        for i, m in enumerate(mentions):
            if m.is_pronoun:
                name, j = pronoun_entity(m, named, type_of, gender_of)
                if j is not None and name:
                    chosen[i] = j
            else:
                name = named[i]
            if not name:
                continue
            if m.is_pronoun:
                pronoun_hits[name] += 1
            start = m.span_start if m.span_start is not None else m.start
            spans.append((start, m.end, name))
        spans.sort()
        resolution._starts[doc] = [s for s, _, _ in spans]
        resolution._spans[doc] = [(e, n) for _, e, n in spans]

    entities = []
    for name, ms in members.items():
        aliases_ = {m.text for m in ms} | {m.written for m in ms if m.written}
        roles = {Role(m.title, role_owner(m.role_of)) for m in ms if m.title} if type_of[name] == "PERSON" else set()
        roles = {r for r in roles if r.of is not None or not any(o.role == r.role and o.of for o in roles)}
        entities.append(Entity(name, type_of[name], tuple(sorted(aliases_)), str(vocab.entity_iri(name)),
                               len(ms) + pronoun_hits[name], tuple(sorted({m.doc for m in ms})),
                               tuple(sorted(roles, key=lambda r: (r.role, r.of or "")))))
    resolution.entities = sorted(entities, key=lambda e: (-e.mentions, e.name))
    return resolution
