"""Choosing among the places a name may mean, as a reader would.

A reader takes "Georgia" beside "Tbilisi" for the country and beside "Atlanta"
for the US state; "Washington" alone for the US capital, not the English town;
"Springfield" alone for nothing in particular. So each candidate gets a score:

* its prominence: ``log10`` of its population, one more for a national capital
  (capitals stand for their governments in the news);
* the places read around it (the other places of its articles): two points
  when one lies inside it or it lies inside one ("Atlanta" in Georgia, the US
  state), one when one is in its country, half a point when one is in a
  neighbouring country — the best of these, not their sum (ten US towns around
  do not outweigh a country);

and the best candidate is taken only when it leads the next by a whole point
(ten times the weight): a place the data cannot decide stays unresolved.

>>> from .features import features_named
>>> best = lambda name, *around: choose(features_named(name), [f for n in around for f in features_named(n)[:1]])
>>> best("Georgia", "Tbilisi")[0].feature, best("Georgia", "Atlanta")[0].feature
('A.PCLI', 'A.ADM1')
>>> best("Georgia")
(None, 'ambiguous')
>>> best("Washington")[0].id
4140963
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from .features import Feature, neighbours

MARGIN = 1.0  # the lead (in log10 population units) a candidate needs to be chosen
BIG_CITY = 100_000  # a state that shares its name with a city this large of its own country is written "X state"


def prominence(f: Feature) -> float:
    """``log10`` of the population, plus one for a national capital.

    >>> from .features import features_named
    >>> round(prominence(features_named("Tehran")[0]), 2)
    7.85
    """
    return math.log10(max(f.population, 1)) + (1.0 if f.feature == "P.PPLC" else 0.0)


def contains(outer: Feature, inner: Feature) -> bool:
    """``inner`` lies inside ``outer`` (a city in its state or country, a state in its country,
    a country in its continent).

    >>> from .features import features_named
    >>> contains(features_named("Israel")[0], features_named("Haifa")[0])
    True
    """
    if outer.id == inner.id:
        return False
    if outer.is_country:
        return inner.country == outer.country and not inner.is_country
    if outer.is_state:
        return inner.is_city and inner.country == outer.country and inner.admin1 == outer.admin1
    if outer.is_continent:
        return inner.continent == outer.continent and not inner.is_continent
    return False


def support(candidate: Feature, around: Iterable[Feature]) -> float:
    """How well the places read around a candidate fit it: the best fit of one of them (module docstring).

    >>> from .features import features_named
    >>> georgia = features_named("Georgia")
    >>> [support(g, features_named("Atlanta")) for g in georgia]
    [0.0, 2.0]
    """
    score = 0.0
    for other in around:
        if other.id == candidate.id:
            continue
        if contains(candidate, other) or contains(other, candidate):
            return 2.0
        if candidate.country and other.country == candidate.country:
            score = 1.0
        elif candidate.country and other.country in neighbours(candidate.country):
            score = max(score, 0.5)
    return score


def _written_as_city(candidates: Sequence[Feature], around: Sequence[Feature]) -> list[Feature]:
    """Drop a US state that shares its name with a big city or capital of its own country ("Washington",
    "New York"), unless a place read around lies in the state and not in that city."""
    kept = []
    for f in candidates:
        if f.is_state:
            city = next((c for c in candidates if c.is_city and c.country == f.country
                         and (c.population >= BIG_CITY or c.feature == "P.PPLC")), None)
            if city and not any(contains(f, o) and o.id != city.id for o in around):
                continue
        kept.append(f)
    return kept


def choose(candidates: Sequence[Feature], around: Sequence[Feature]) -> tuple[Feature | None, str]:
    """The feature a reader would take among ``candidates``, given the places ``around`` it, and why.

    Returns ``(feature, how)``: ``how`` is ``only`` (one candidate), ``prominence`` (it leads by
    population or as a capital), ``context`` (the places around decided), or, with no feature,
    ``unknown`` (no candidate) or ``ambiguous`` (none leads by :data:`MARGIN`).
    """
    candidates = _written_as_city(candidates, around)
    if not candidates:
        return None, "unknown"
    if len(candidates) == 1:
        return candidates[0], "only"
    base = {f.id: prominence(f) for f in candidates}
    ranked = sorted(candidates, key=lambda f: -(base[f.id] + support(f, around)))
    first, second = ranked[0], ranked[1]
    lead = base[first.id] + support(first, around) - base[second.id] - support(second, around)
    if lead < MARGIN:
        return None, "ambiguous"
    by_prominence = base[first.id] - max(base[f.id] for f in candidates if f.id != first.id) >= MARGIN
    return first, "prominence" if by_prominence else "context"
