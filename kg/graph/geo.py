"""Where a place entity is, as quads of ``kg:entities`` (docs/model.md, "Places").

A place resolved to a GeoNames feature is ``owl:sameAs`` the feature's IRI, with its WGS84 point
(``geo:lat``, ``geo:long``, W3C Basic Geo), the ISO 3166-1 code of its country (``kg:countryCode``;
a country also ``kg:countryCodeAlpha3``), GeoNames' feature code and why it was chosen. A people
named by a demonym is no place: it is linked to its country with ``dcterms:spatial``.

>>> from kg.records import Entity, Geo
>>> tehran = Entity("Tehran", "GPE", ("Tehran",), "https://kg.example/entity/tehran", 13, ("a",),
...                 geo=Geo(112931, 35.69439, 51.42151, "IR", "Tehran", "P.PPLC", 7153309, "26", "only"))
>>> for q in geo_quads(tehran, Vocabulary()): print(q.split(" ", 1)[1].rsplit(" ", 1)[0])
<http://www.w3.org/2002/07/owl#sameAs> <https://sws.geonames.org/112931/>
<http://www.w3.org/2003/01/geo/wgs84_pos#lat> "35.69439"^^<http://www.w3.org/2001/XMLSchema#decimal>
<http://www.w3.org/2003/01/geo/wgs84_pos#long> "51.42151"^^<http://www.w3.org/2001/XMLSchema#decimal>
<https://kg.example/ns#countryCode> "IR"
<https://kg.example/ns#featureCode> "P.PPLC"
<https://kg.example/ns#placeResolution> "only"
"""
from __future__ import annotations

from ..records import Entity
from ..terms import Vocabulary
from .ntext import XSD_DECIMAL, iri, literal
from .vocab import DCTERMS, GEO, OWL

SAME_AS, LAT, LONG, SPATIAL = iri(OWL.sameAs), iri(GEO.lat), iri(GEO.long), iri(DCTERMS.spatial)
PEOPLE_TYPES = frozenset({"NORP"})


def geonames_iri(geonames_id: int) -> str:
    """The IRI of a GeoNames feature (GeoNames' own form, with the trailing slash).

    >>> geonames_iri(112931)
    'https://sws.geonames.org/112931/'
    """
    return f"https://sws.geonames.org/{int(geonames_id)}/"


def _coordinate(value: float) -> str:
    """A coordinate as an xsd:decimal in Oxigraph's canonical form (five decimals: a metre)."""
    text = f"{float(value):.5f}".rstrip("0").rstrip(".")
    return '"' + ("0" if text in ("", "-0") else text) + '"^^' + XSD_DECIMAL


def _alpha3(code: str) -> str | None:
    from ..places.features import countries  # the data is read only for a graph that has a country

    return (countries().get(code) or {}).get("iso3")


def geo_quads(entity: Entity, vocab: Vocabulary) -> list[str]:
    """The quads (in ``kg:entities``) saying where ``entity`` is; none when it has no ``geo``."""
    geo = entity.geo
    if geo is None:
        return []
    K = vocab.KG
    s, g = iri(entity.iri), iri(vocab.ENTITIES_GRAPH)
    people = entity.type in PEOPLE_TYPES
    quads = [f"{s} {SPATIAL if people else SAME_AS} {iri(geonames_iri(geo.geonames_id))} {g}"]
    if not people and geo.lat is not None and geo.lon is not None:
        quads += [f"{s} {LAT} {_coordinate(geo.lat)} {g}", f"{s} {LONG} {_coordinate(geo.lon)} {g}"]
    if geo.country:
        quads.append(f"{s} {iri(K.countryCode)} {literal(geo.country)} {g}")
        if geo.feature == "A.PCLI" and not people and (alpha3 := _alpha3(geo.country)):
            quads.append(f"{s} {iri(K.countryCodeAlpha3)} {literal(alpha3)} {g}")
    if geo.feature and not people:
        quads.append(f"{s} {iri(K.featureCode)} {literal(geo.feature)} {g}")
    if geo.how:
        quads.append(f"{s} {iri(K.placeResolution)} {literal(geo.how)} {g}")
    return quads
