"""Resolved entities → where they are: each place entity gets the GeoNames feature it names.

Runs after entity resolution (:func:`kg.resolve.resolve_entities`) and reads only
its result:

1. every GPE, LOC and FAC entity gets its candidates, the features one of its
   names can mean (:func:`~kg.places.features.features_named`; the canonical
   name first, its aliases when that names nothing); a NORP entity only the
   country of a demonym ("Palestinians" → Palestine);
2. a first choice, by prominence alone (:func:`~kg.places.choose.choose`);
3. the final choice, with the places first chosen in the entity's articles as
   its context, and the places that titles name there ("Georgian President" →
   Georgia);
4. two entities that name one feature are one place and become one entity
   ("Washington" and "Washington, D.C."), named as GeoNames names it when one
   of them is, else by the one mentioned most.

A ``place`` line in the user's aliases file pins a name to a GeoNames id, or to
none with ``-`` (docs/aliases.md).

>>> from kg.records import Entity
>>> from kg.resolve.entities import Resolution
>>> res = Resolution([Entity("Georgia", "GPE", ("Georgia",), "ent:georgia", 2, ("a",)),
...                   Entity("Atlanta", "GPE", ("Atlanta",), "ent:atlanta", 1, ("a",))])
>>> [(e.name, e.geo.geonames_id, e.geo.feature, e.geo.how) for e in locate_places(res).entities]
[('Georgia', 4197000, 'A.ADM1', 'context'), ('Atlanta', 4180439, 'P.PPL', 'only')]
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..records import Entity, Geo, merged_roles
from ..resolve.entities import Resolution
from ..resolve.gazetteer import Gazetteer
from ..resolve.names import name_key
from ..terms import Vocabulary
from .choose import choose
from .features import Feature, feature_by_id, features_named, names_matching, place_key

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
PEOPLE_TYPES = frozenset({"NORP"})


def _pinned(entity: Entity, pins: Mapping[str, int | None]) -> tuple[bool, Feature | None, int | None]:
    """(pinned?, the pinned feature, the pinned id) for the first of the entity's names the user pinned."""
    for name in (entity.name, *entity.aliases):
        key = name_key(name)
        if key in pins:
            gid = pins[key]
            return True, feature_by_id(gid) if gid is not None else None, gid
    return False, None, None


def _fits(entity_type: str, f: Feature) -> bool:
    """What a spaCy type may be: a people or a facility (a building, a stadium, an airport) no
    town ("Villa Park" is Aston Villa's ground, not the town in Illinois), a LOC (a region, a
    sea, a planet) no town either ("Jupiter")."""
    if entity_type in PEOPLE_TYPES or entity_type == "FAC":
        return f.is_country
    if entity_type == "LOC":
        return not f.is_city
    return True


def candidates(entity: Entity) -> tuple[tuple[Feature, ...], frozenset[int]]:
    """The features an entity's names can mean (by its canonical name, else by its aliases) that
    its type allows, and the ids of those named by an alternate name only.

    >>> [f.name for f in candidates(Entity("Palestinians", "NORP", ("Palestinians",), "", 1, ()))[0]]
    []
    >>> [f.name for f in candidates(Entity("Palestinian", "NORP", ("Palestinian",), "", 1, ()))[0]]
    ['Palestinian Territory']
    >>> candidates(Entity("Jupiter", "LOC", ("Jupiter",), "", 1, ()))
    ((), frozenset())
    """
    found = names_matching(entity.name)
    if not found:
        seen: dict[int, tuple[Feature, bool]] = {}
        for alias in entity.aliases:
            if place_key(alias) != place_key(entity.name):
                seen.update((f.id, (f, own)) for f, own in names_matching(alias) if not seen.get(f.id, (f, False))[1])
        found = tuple(seen.values())
    found = tuple((f, own) for f, own in found if _fits(entity.type, f))
    return tuple(f for f, _ in found), frozenset(f.id for f, own in found if not own)


def _role_places(entities: Iterable[Entity], by_name: Mapping[str, Entity]) -> dict[str, list[Feature]]:
    """Per article, the countries that titles name there and that are no place entity ("Georgian President")."""
    out: dict[str, list[Feature]] = defaultdict(list)
    for e in entities:
        for role in e.roles:
            if role.of and role.of not in by_name:
                feature, _ = choose(features_named(role.of), ())
                if feature is not None:
                    for doc in e.docs:
                        out[doc].append(feature)
    return out


def _geo(feature: Feature, how: str) -> Geo:
    return Geo(feature.id, feature.lat, feature.lon, feature.country, feature.name, feature.feature,
               feature.population, feature.admin1, how)


def choose_places(entities: list[Entity], pins: Mapping[str, int | None] | None = None) -> dict[str, Geo]:
    """Entity name → its :class:`~kg.records.Geo`, for every entity a feature was chosen for."""
    pins = pins or {}
    by_name = {e.name: e for e in entities}
    places = [e for e in entities if e.type in PLACE_TYPES or e.type in PEOPLE_TYPES]
    options = {e.name: candidates(e) for e in places}
    first = {e.name: choose(options[e.name][0], (), options[e.name][1])[0] for e in places}
    around_doc: dict[str, list[tuple[str, Feature]]] = defaultdict(list)
    for e in places:
        if first[e.name] is not None and e.type in PLACE_TYPES:
            for doc in e.docs:
                around_doc[doc].append((e.name, first[e.name]))
    for doc, features in _role_places(entities, by_name).items():
        around_doc[doc].extend(("", f) for f in features)

    chosen: dict[str, Geo] = {}
    for e in places:
        around = [f for doc in e.docs for name, f in around_doc.get(doc, ()) if name != e.name]
        geo = place_of(e, options[e.name], around, pins)
        if geo is not None:
            chosen[e.name] = geo
    return chosen


def place_of(e: Entity, options: tuple[tuple[Feature, ...], frozenset[int]], around: list[Feature],
             pins: Mapping[str, int | None]) -> Geo | None:
    """Where a place entity is, given its :func:`candidates` and the places chosen first ``around`` it
    in its articles (step 3), unless the user pinned one of its names."""
    pinned, feature, gid = _pinned(e, pins)
    if pinned:
        if feature is not None:
            return _geo(feature, "pinned")
        return Geo(gid, None, None, None, how="pinned") if gid is not None else None
    feature, how = choose(options[0], around, options[1])
    return _geo(feature, "demonym" if e.type in PEOPLE_TYPES else how) if feature is not None else None


def _merge(group: list[Entity], geo: Geo, vocab: Vocabulary) -> Entity:
    """One entity for the entities that name one place: GeoNames' name if one is written so, else the most mentioned."""
    named = [e for e in group if place_key(e.name) == place_key(geo.name)]
    head = max(named or group, key=lambda e: (e.mentions, e.name))
    aliases = sorted({a for e in group for a in e.aliases})
    docs = sorted({d for e in group for d in e.docs})
    roles = sorted(merged_roles((r for e in group for r in e.roles), len(docs)), key=lambda r: (r.role, r.of or ""))
    return Entity(head.name, head.type, tuple(aliases), str(vocab.entity_iri(head.name)),
                  sum(e.mentions for e in group), tuple(docs), tuple(roles), geo)


def locate_places(resolution: Resolution, vocab: Vocabulary | None = None,
                  aliases: Gazetteer | None = None) -> Resolution:
    """``resolution`` with a ``geo`` on every entity resolved to a place, and the entities that name
    one place joined (see the module's docstring). ``aliases`` holds the user's ``place`` pins."""
    vocab = vocab or Vocabulary()
    geos = choose_places(resolution.entities, aliases.places if aliases else None)
    groups: dict[int, list[Entity]] = defaultdict(list)
    for e in resolution.entities:
        if e.name in geos and e.type in PLACE_TYPES:
            groups[geos[e.name].geonames_id].append(e)
    renames: dict[str, str] = {}
    merged: dict[str, Entity] = {}
    for gid, group in groups.items():
        if len(group) > 1:
            one = _merge(group, geos[group[0].name], vocab)
            merged[one.name] = one
            renames.update((e.name, one.name) for e in group if e.name != one.name)
    entities = []
    for e in resolution.entities:
        if e.name in renames:
            continue
        entities.append(merged.get(e.name) or (replace(e, geo=geos[e.name]) if e.name in geos else e))
    entities.sort(key=lambda e: (-e.mentions, e.name))
    return resolution.renamed(entities, renames)


def geo_counts(entities: Iterable[Entity]) -> Counter:
    """How many place entities (GPE, LOC, FAC) were resolved and how many were not.

    >>> geo_counts([Entity("Atlantis", "GPE", (), "", 1, ())])
    Counter({'unresolved': 1})
    """
    return Counter("resolved" if e.geo else "unresolved" for e in entities if e.type in PLACE_TYPES)
