"""Places resolved to GeoNames features (issue 21): what a reader checks in entities.jsonl.

The ids are GeoNames' (https://www.geonames.org/<id>): Tehran 112931, Haifa 294801, Tel Aviv 293397,
Israel 294640, Iran 130758, the United States 6252001, Canada 6251999, Washington, D.C. 4140963 (the
English town of Washington is 2634715), Georgia the country 614540 and the US state 4197000.
"""
from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES, run_kg
from kg.analysis import analyse_articles
from kg.builder import resolve_analyses
from kg.places import locate_places
from kg.records import Article, Entity, Role
from kg.resolve import AliasFileError, Gazetteer
from kg.resolve.entities import Resolution
from kg.terms import Vocabulary

SEED_PLACES = {
    "Tehran": 112931, "Haifa": 294801, "Tel Aviv": 293397, "Israel": 294640, "Iran": 130758,
    "United States": 6252001, "Canada": 6251999, "Washington": 4140963,
}


def place(name: str, *docs: str, type_: str = "GPE", aliases: tuple[str, ...] = (), mentions: int = 1, roles=()) -> Entity:
    return Entity(name, type_, aliases or (name,), f"ent:{name}", mentions, docs or ("a",), tuple(roles))


def located(*entities: Entity, aliases: Gazetteer | None = None) -> dict[str, Entity]:
    return {e.name: e for e in locate_places(Resolution(list(entities)), Vocabulary(), aliases).entities}


def geo_id(entity: Entity) -> int | None:
    return entity.geo.geonames_id if entity.geo else None


# -- the sample articles -------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed(seed_build):
    return {e.name: e for e in seed_build.entities}


@pytest.mark.parametrize("name,geonames_id", SEED_PLACES.items())
def test_seed_places_resolve_to_their_geonames_ids(seed, name, geonames_id):
    assert geo_id(seed[name]) == geonames_id


def test_tehran_has_its_coordinates_and_country(seed):
    geo = seed["Tehran"].geo
    assert (round(geo.lat, 2), round(geo.lon, 2), geo.country, geo.feature) == (35.69, 51.42, "IR", "P.PPLC")


def test_washington_is_the_us_capital_and_one_entity_with_washington_dc(seed):
    washington = seed["Washington"]
    assert washington.geo.country == "US" and geo_id(washington) != 2634715  # not the English town
    assert {"Washington", "DC", "D.C."} <= set(washington.aliases)
    assert "Washington, D.C." not in seed  # the same place, the same entity
    assert washington.iri == str(Vocabulary().entity_iri("Washington"))


def test_seed_names_the_data_does_not_hold_stay_unresolved(seed):
    for name in ("Middle East", "Red Sea", "Gulf", "Alberta"):
        assert seed[name].geo is None, name
    assert seed["Donald Trump"].geo is None and seed["Arab"].geo is None


def test_entities_jsonl_has_geo_for_places_and_null_otherwise():
    proc = run_kg("entities", EXAMPLES / "000_e7fa4d2bf25a9973.txt")
    assert proc.returncode == 0, proc.stderr
    rows = {e["name"]: e for e in map(json.loads, proc.stdout.splitlines())}
    assert rows["Tehran"]["geo"]["geonames_id"] == 112931
    assert set(rows["Tehran"]["geo"]) >= {"geonames_id", "lat", "lon", "country"}
    assert rows["Haifa"]["geo"]["country"] == "IL"
    assert rows["Donald Trump"]["geo"] is None


# -- a reader's choice among the places a name can mean -------------------------------------

def test_georgia_beside_tbilisi_is_the_country():
    places = located(place("Georgia", "a"), place("Tbilisi", "a"))
    assert geo_id(places["Georgia"]) == 614540 and places["Georgia"].geo.how == "context"


def test_georgia_beside_atlanta_is_the_us_state():
    places = located(place("Georgia", "a"), place("Atlanta", "a"))
    assert geo_id(places["Georgia"]) == 4197000 and places["Georgia"].geo.country == "US"


def test_georgia_alone_is_undecidable_and_stays_unresolved():
    assert located(place("Georgia", "a"))["Georgia"].geo is None


def test_context_comes_from_the_entitys_own_articles_only():
    places = located(place("Georgia", "a"), place("Atlanta", "b"))
    assert places["Georgia"].geo is None


def test_springfield_alone_stays_unresolved():
    assert located(place("Springfield"))["Springfield"].geo is None


def test_a_name_no_place_bears_stays_unresolved():
    assert located(place("Narnia"))["Narnia"].geo is None


def test_country_name_is_the_country_not_a_town_once_called_so():
    assert geo_id(located(place("Egypt"))["Egypt"]) == 357994


def test_an_old_or_foreign_name_of_a_big_city_resolves_a_nickname_does_not():
    assert geo_id(located(place("Kiev"))["Kiev"]) == 703448  # Kyiv's alternate name, a capital
    assert located(place("Twickenham"))["Twickenham"].geo is None  # Huntsville, Alabama's old name


def test_new_york_is_the_city_and_mexico_the_country():
    assert geo_id(located(place("New York"))["New York"]) == 5128581
    assert geo_id(located(place("Mexico"))["Mexico"]) == 3996063  # not Mexico City, whose alternate name it is


def test_the_uk_nations_resolve():
    places = located(place("Scotland", "a"), place("Wales", "a"), place("Edinburgh", "a"))
    assert (geo_id(places["Scotland"]), geo_id(places["Wales"]), geo_id(places["Edinburgh"])) == (2638360, 2634895, 2650225)


def test_a_facility_or_a_region_is_no_town_of_the_same_name():
    places = located(place("Villa Park", type_="FAC"), place("Jupiter", type_="LOC"), place("Europe", type_="LOC"))
    assert places["Villa Park"].geo is None and places["Jupiter"].geo is None
    assert geo_id(places["Europe"]) == 6255148


def test_a_small_foreign_town_in_a_story_set_elsewhere_stays_unresolved():
    # the only Kinross kg holds is in South Africa; beside Edinburgh the story's is Scotland's
    assert located(place("Kinross", "a"), place("Edinburgh", "a"))["Kinross"].geo is None
    assert located(place("Kinross"))["Kinross"].geo.country == "ZA"  # alone, the one there is


def test_a_demonym_links_a_people_to_its_country_and_is_not_merged_with_it():
    places = located(place("Palestinian", "a", type_="NORP"), place("Palestine", "a"))
    assert geo_id(places["Palestinian"]) == geo_id(places["Palestine"]) == 6254930
    assert places["Palestinian"].geo.how == "demonym"
    assert located(place("Kurds", type_="NORP"))["Kurds"].geo is None  # a people with no country


def test_a_country_named_in_a_role_is_context():
    # "Birmingham" alone: the English city (1.2 M) does not outweigh Alabama's (0.2 M) tenfold
    assert located(place("Birmingham"))["Birmingham"].geo is None
    # beside "British Prime Minister Keir Starmer" (a role of the United Kingdom, no place entity here)
    starmer = Entity("Keir Starmer", "PERSON", ("Keir Starmer",), "", 1, ("a",), (Role("prime minister", "United Kingdom"),))
    places = located(place("Birmingham", "a"), starmer)
    assert geo_id(places["Birmingham"]) == 2655603 and places["Birmingham"].geo.country == "GB"
    assert places["Keir Starmer"].geo is None


def test_people_and_organisations_get_no_place():
    places = located(place("Jordan Henderson", type_="PERSON"), place("Paris Saint-Germain", type_="ORG"))
    assert all(e.geo is None for e in places.values())


# -- news sentences, end to end ---------------------------------------------------------------

def resolve_texts(nlp, *texts: str, aliases=None) -> dict[str, Entity]:
    analyses = list(analyse_articles([Article(f"t{i}", t) for i, t in enumerate(texts)], nlp))
    _, entities, _ = resolve_analyses(analyses, Vocabulary(), aliases)
    return {e.name: e for e in entities}


def test_georgia_in_news_sentences(nlp):
    country = resolve_texts(nlp, "Thousands of protesters marched through Tbilisi on Sunday as Georgia's "
                                 "parliament passed the bill.")
    state = resolve_texts(nlp, "Storms hit Atlanta overnight, and the governor of Georgia declared an emergency.")
    assert geo_id(country["Georgia"]) == 614540
    assert geo_id(state["Georgia"]) == 4197000


# -- pins in the aliases file ----------------------------------------------------------------

def test_a_place_line_pins_a_name_to_a_geonames_id():
    gazetteer = Gazetteer().read("place\tGeorgia\t614540\nplace\tSpringfield\t4250542\n")
    places = located(place("Georgia"), place("Springfield"), aliases=gazetteer)
    assert geo_id(places["Georgia"]) == 614540 and places["Georgia"].geo.how == "pinned"
    assert (geo_id(places["Springfield"]), places["Springfield"].geo.admin1) == (4250542, "IL")


def test_a_place_line_with_a_dash_keeps_a_name_unresolved():
    gazetteer = Gazetteer().read("place\tTehran\t-\n")
    assert located(place("Tehran"), aliases=gazetteer)["Tehran"].geo is None


def test_a_bad_place_line_names_file_and_line():
    with pytest.raises(AliasFileError, match="pins.tsv:2"):
        Gazetteer().read("# pins\nplace\tGeorgia\tthe country\n", "pins.tsv")


def test_kg_entities_obeys_a_place_pin(tmp_path):
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("place\tHaifa\t-\n", encoding="utf-8")
    proc = run_kg("entities", EXAMPLES / "000_e7fa4d2bf25a9973.txt", "--aliases", aliases)
    assert proc.returncode == 0, proc.stderr
    rows = {e["name"]: e for e in map(json.loads, proc.stdout.splitlines())}
    assert rows["Haifa"]["geo"] is None and rows["Tehran"]["geo"]["geonames_id"] == 112931


# -- the graph: identifiers, shapes, canned queries -------------------------------------------

def query_rows(store, name: str, **params) -> list[dict]:
    from kg.query import load_query, run_query, term_text

    result = run_query(store, load_query(name)[0], params=params)
    names = [v.value for v in result.variables]
    return [{n: term_text(s[n]) for n in names} for s in result]


def test_tehran_in_the_graph_is_the_geonames_feature_with_its_point(seed_build):
    from kg.query import run_query, term_text

    found = list(run_query(seed_build.store, """
        PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
        SELECT ?same ?lat ?long ?code WHERE { ?e rdfs:label "Tehran" ; owl:sameAs ?same ; geo:lat ?lat ;
                                               geo:long ?long ; kg:countryCode ?code }"""))
    assert [(term_text(r["same"]), term_text(r["lat"]), term_text(r["long"]), term_text(r["code"])) for r in found] == [
        ("https://sws.geonames.org/112931/", "35.69439", "51.42151", "IR")]


def test_countries_carry_both_iso_codes_and_unresolved_places_none(seed_build):
    from kg.query import run_query, term_text

    codes = {term_text(r["name"]): (term_text(r["a2"]), term_text(r["a3"])) for r in run_query(seed_build.store, """
        SELECT ?name ?a2 ?a3 WHERE { ?e rdfs:label ?name ; kg:countryCode ?a2 ; kg:countryCodeAlpha3 ?a3 }""")}
    assert codes["Iran"] == ("IR", "IRN") and codes["Israel"] == ("IL", "ISR") and codes["Canada"] == ("CA", "CAN")
    assert "Tehran" not in codes  # a city has its country's code, not a country's alpha-3
    unresolved = list(run_query(seed_build.store, """PREFIX owl: <http://www.w3.org/2002/07/owl#>
        SELECT ?s WHERE { ?e rdfs:label "Alberta" ; ?p ?s . FILTER(?p IN (owl:sameAs, kg:countryCode)) }"""))
    assert unresolved == []


def test_places_query_gives_tehran_its_statements_point_and_articles(seed_build):
    tehran = query_rows(seed_build.store, "places", place="Tehran")
    assert tehran and {(r["name"], r["lat"], r["long"], r["country"], r["geonames"]) for r in tehran} == {
        ("Tehran", "35.69439", "51.42151", "IR", "https://sws.geonames.org/112931/")}
    from kg.query import run_query, term_text

    plain = {tuple(term_text(r[k]) for k in ("s", "p", "o")) for r in run_query(seed_build.store, """
        SELECT DISTINCT ?s ?p ?o WHERE { ?e rdfs:label "Tehran" . { ?st rdf:subject ?e } UNION { ?st rdf:object ?e }
          ?st rdf:subject ?sub ; rdf:predicate ?pred ; rdf:object ?obj ; kg:kind ?kind . FILTER(?kind != "speech")
          ?pred rdfs:label ?p . OPTIONAL { ?sub rdfs:label ?sl } OPTIONAL { ?obj rdfs:label ?ol }
          BIND(COALESCE(?sl, STR(?sub)) AS ?s) BIND(COALESCE(?ol, STR(?obj)) AS ?o) }""")}
    assert {(r["subject"], r["relation"], r["object"]) for r in tehran} == plain
    assert all("Tehran" in (r["subject"], r["object"]) for r in tehran)
    assert all(r["articles"] for r in tehran)
    assert query_rows(seed_build.store, "places", place="Alberta") == []  # unresolved: no place rows
    everything = {r["name"] for r in query_rows(seed_build.store, "places")}
    assert {"Tehran", "Israel", "Iran", "Washington", "Canada"} <= everything
    assert not everything & {"Middle East", "Alberta", "Donald Trump"}


@pytest.mark.parametrize("country", ["IL", "il", "Israel"])
def test_located_in_gives_the_statements_of_sentences_naming_places_of_a_country(seed_build, country):
    found = query_rows(seed_build.store, "located-in", country=country)
    assert {r["code"] for r in found} == {"IL"}
    assert {"Haifa", "Tel Aviv", "Israel"} <= {r["place"] for r in found}
    haifa = [r for r in found if r["place"] == "Haifa"]
    assert all("Haifa" in r["sentence"] for r in haifa)


def test_the_seed_graph_with_places_conforms_and_a_bad_point_does_not(seed_build):
    import pyoxigraph as ox

    from kg.graph.validate import validate_store

    assert validate_store(seed_build.store).conforms
    broken = ox.Store()
    broken.extend(seed_build.store)
    tehran = ox.NamedNode("https://kg.example/entity/tehran")
    lat = ox.NamedNode("http://www.w3.org/2003/01/geo/wgs84_pos#lat")
    graph = ox.NamedNode("https://kg.example/ns#entities")
    for q in list(broken.quads_for_pattern(tehran, lat, None, graph)):
        broken.remove(q)
    broken.add(ox.Quad(tehran, lat, ox.Literal("135.7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")), graph))
    report = validate_store(broken)
    assert not report.conforms and any("wgs84_pos#lat" in v for v in report.violations)
