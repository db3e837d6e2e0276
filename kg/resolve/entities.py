"""Canonical entities across the articles of a build.

A first resolver: mentions whose normalised text is equal are one entity,
named by its longest surface form; pronouns join their antecedent.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..graph.vocab import Vocabulary
from ..records import Entity, Mention, Role

_LEADING_THE = re.compile(r"^the\s+", re.I)
_POSSESSIVE = re.compile(r"[’']s?$")


def normalise(text: str) -> str:
    """The matching key of a surface form: no leading "the", no possessive, case-folded.

    >>> normalise("the United States's")
    'united states'
    """
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", text.strip()))
    return " ".join(text.split()).casefold()


@dataclass
class Resolution:
    """Canonical entities and where each mention went."""

    entities: list[Entity]
    # per article: sorted mention starts, and the (end, entity name) of each
    _starts: dict[str, list[int]] = field(default_factory=dict)
    _spans: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

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


def resolve_entities(mentions_by_doc: Mapping[str, Sequence[Mention]], vocab: Vocabulary | None = None) -> Resolution:
    """Group mentions into canonical entities.

    ``mentions_by_doc`` maps an article id to its mentions in text order
    (pronoun antecedents are indices into that list).
    """
    vocab = vocab or Vocabulary()
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mentions in mentions_by_doc.values():
        for m in mentions:
            if not m.is_pronoun:
                groups[normalise(m.text)].append(m)
    name_of_key: dict[str, str] = {}
    entities: list[Entity] = []
    for key, ms in groups.items():
        if not key:
            continue
        forms = Counter(m.text for m in ms)
        name = max(forms, key=lambda f: (len(f.split()), forms[f], f))
        name_of_key[key] = name
        label = Counter(m.label for m in ms).most_common(1)[0][0]
        roles = tuple(sorted({Role(m.title, m.role_of) for m in ms if m.title}, key=lambda r: (r.role, r.of or "")))
        entities.append(Entity(name, label, tuple(sorted(forms)), str(vocab.entity_iri(name)), len(ms),
                               tuple(sorted({m.doc for m in ms})), roles))
    resolution = Resolution(sorted(entities, key=lambda e: (-e.mentions, e.name)))
    for doc, mentions in mentions_by_doc.items():
        spans = []
        for m in mentions:
            target = m
            if m.is_pronoun:
                if m.antecedent is None:
                    continue
                target = mentions[m.antecedent]
            name = name_of_key.get(normalise(target.text))
            if name:
                spans.append((m.start, m.end, name))
        spans.sort()
        resolution._starts[doc] = [s for s, _, _ in spans]
        resolution._spans[doc] = [(e, n) for _, e, n in spans]
    return resolution
