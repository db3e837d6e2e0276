"""Who a quoted "we" is: the speaker's organisation, when the speaker holds a role in exactly one.

Issue 16's rubric: "I"/"we" inside a quote are its speaker, or the speaker's organisation for
"we". "“We don't have a Titanic or a Lord of the Rings out there,” said Academy executive
director Bruce Davis": Bruce Davis holds a role of the Academy (entities.jsonl), and "we" is
the Academy. A speaker with roles in several organisations, or none, stays the referent of
"we" (kg.resolve.triples.speaker_as_first_person).
"""
from __future__ import annotations

from collections.abc import Iterable

from ..records import Entity

ORGANISATION_TYPES = frozenset({"ORG"})


def speakers_organisations(entities: Iterable[Entity]) -> dict[str, str]:
    """Entity name → the one organisation it holds a role of (roles naming no entity, or a place, do not count).

    >>> from kg.records import Role
    >>> davis = Entity("Bruce Davis", "PERSON", (), "", 1, (), (Role("executive director", "Academy"),))
    >>> academy = Entity("Academy", "ORG", (), "", 1, ())
    >>> speakers_organisations([davis, academy])
    {'Bruce Davis': 'Academy'}
    >>> blair = Entity("Tony Blair", "PERSON", (), "", 1, (), (Role("leader", "Labour"), Role("prime minister", "UK")))
    >>> speakers_organisations([blair, Entity("Labour", "ORG", (), "", 1, ()), Entity("Cabinet", "ORG", (), "", 1, ()),
    ...                         Entity("UK", "GPE", (), "", 1, ())])
    {'Tony Blair': 'Labour'}
    """
    entities = list(entities)
    types = {e.name: e.type for e in entities}
    out = {}
    for e in entities:
        if e.type != "PERSON":
            continue
        orgs = {r.of for r in e.roles if r.of is not None and r.of != e.name and types.get(r.of) in ORGANISATION_TYPES}
        if len(orgs) == 1:
            out[e.name] = orgs.pop()
    return out
