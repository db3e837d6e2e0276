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

A name that is only an alternate name of a place counts half a point less ("New York" is
the city's alternate name, the state's own), and when a name is nothing but alternate names,
only a capital, a city of a million or a place the story's other places lie in or around is
taken ("Kiev" is Kyiv; "Twickenham", Huntsville's old name, is not Huntsville). A town under
100,000 people that nothing around supports, in a story set elsewhere, is left unresolved:
kg's data holds the world's towns of 15,000 and more, so the story's own Kinross is missing and
the South African one would be a guess.

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
ALTERNATE = 0.5  # what a match by an alternate name costs
MILLION = 1_000_000  # a place this large (or a capital) may be named by an alternate name alone
SMALL_TOWN = 100_000  # a town under this size needs support from the places around it when there are any


def prominence(f: Feature, alternate: bool = False) -> float:
    """``log10`` of the population, plus one for a national capital named by its own name (a capital
    stands for its government as "Washington", not as "Mexico"), less :data:`ALTERNATE` for a match
    by an alternate name.

    >>> from .features import features_named
    >>> round(prominence(features_named("Tehran")[0]), 2)
    7.85
    """
    if alternate:
        return math.log10(max(f.population, 1)) - ALTERNATE
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


def _lies_with(f: Feature, around: Iterable[Feature]) -> bool:
    return any(contains(f, o) or contains(o, f) for o in around)


def choose(candidates: Sequence[Feature], around: Sequence[Feature],
           alternate: frozenset[int] = frozenset()) -> tuple[Feature | None, str]:
    """The feature a reader would take among ``candidates``, given the places ``around`` it, and why.

    ``alternate``: the ids of the candidates the name matched by an alternate name only.
    Returns ``(feature, how)``: ``how`` is ``only`` (one candidate), ``prominence`` (it leads by
    population or as a capital), ``context`` (the places around decided), or, with no feature,
    ``unknown`` (no candidate), ``ambiguous`` (none leads by :data:`MARGIN`) or ``unsupported``
    (a small town the places around do not support).
    """
    candidates = _written_as_city(candidates, around)
    if candidates and all(f.id in alternate for f in candidates):
        candidates = [f for f in candidates if f.feature == "P.PPLC" or f.population >= MILLION or _lies_with(f, around)]
    if not candidates:
        return None, "unknown"
    base = {f.id: prominence(f, f.id in alternate) for f in candidates}
    ranked = sorted(candidates, key=lambda f: -(base[f.id] + support(f, around)))
    first = ranked[0]
    if len(ranked) > 1:
        second = ranked[1]
        lead = base[first.id] + support(first, around) - base[second.id] - support(second, around)
        if lead < MARGIN:
            return None, "ambiguous"
    if around and first.is_city and first.population < SMALL_TOWN and support(first, around) == 0:
        return None, "unsupported"
    if len(ranked) == 1:
        return first, "only"
    by_prominence = base[first.id] - max(base[f.id] for f in candidates if f.id != first.id) >= MARGIN
    return first, "prominence" if by_prominence else "context"
