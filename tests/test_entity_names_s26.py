"""Names of issue 17 (session 26, names): one node per real referent — a titled surname that is also a place's or a
people's name joins the person its article names in full. Real sentences of the development pool (/work/pool); each
test asserts the exact entities made and what must not be made."""
from __future__ import annotations

from test_entities import resolve_texts


def test_a_titled_surname_named_like_a_place_is_the_person_named_in_full(nlp):
    """politics/council-tax-rise-reasonable.txt: "Finance Minister Sue Essex" and "Ms Essex" were two persons, "Sue
    Essex" and "Ms Essex" (the blind audit's junk name "Ms Essex", a split inside one article): "Ms Essex" keeps its
    honorific in its key so that it is not the county, and no surname join read it. So were "Mike German" and "Mr
    German" of the same article."""
    entities, _, _ = resolve_texts(
        nlp,
        "Finance Minister Sue Essex said it was a \"good deal\" for local government. On Monday, a delegation of north "
        "Wales councils visited Ms Essex to lobby for increased funds. Mike German, leader of the Liberal Democrats in "
        "the assembly, claimed that one in three homes were still likely to face council tax rises due to rebanding. "
        "Mr German said: \"I know from my discussions with Welsh Liberal Democrat council leaders that they are doing "
        "their utmost.\"")
    assert "Ms Essex" not in entities and "Mr German" not in entities, sorted(entities)
    assert {"Ms Essex", "Sue Essex"} <= set(entities["Sue Essex"].aliases), entities["Sue Essex"].aliases
    assert entities["Sue Essex"].type == "PERSON"
    assert "Mr German" in entities["Mike German"].aliases, entities["Mike German"].aliases
    assert "Essex" not in {e.name for e in entities.values() if e.type != "PERSON"}


def test_a_titled_place_name_without_a_full_name_stays_apart(nlp):
    """Negative cases: "Baroness Scotland" is no Scotland and, with no "Patricia Scotland" in the article, nobody
    else; a titled surname whose gender the full name contradicts ("Mr Essex" beside "Sue Essex") joins nobody."""
    entities, _, _ = resolve_texts(
        nlp,
        "Home Office minister Baroness Scotland said the plans would be published next month. Scotland will not be "
        "covered by the new law.",
        "Finance Minister Sue Essex said it was a \"good deal\" for local government. Her husband, Mr Essex, declined "
        "to comment.")
    assert "Baroness Scotland" in entities and "Baroness Scotland" not in entities.get("Scotland", entities["Baroness Scotland"]).aliases[1:]
    assert "Mr Essex" not in entities.get("Sue Essex").aliases, entities["Sue Essex"].aliases


def test_a_stations_programme_after_its_possessive_is_the_programme(nlp):
    """sport/owen-determined-to-stay-in-madrid.txt: "on BBC Radio Five Live's Sportsweek" made a work "Five Live's
    Sportsweek" (the blind audit's junk name, start-a ENT059: a possessive in the name; the programme is
    Sportsweek). The owner "Five Live" ends the longer name "BBC Radio Five Live" written before the span: the
    possessive is the station's, no word of a title."""
    entities, _, _ = resolve_texts(
        nlp,
        "- Listen to the full interview with Garry Richardson on BBC Radio Five Live's Sportsweek at 0900 GMT on "
        "Sunday.")
    assert not any("'s" in name for name in entities), sorted(entities)
    assert "Sportsweek" in entities, sorted(entities)


def test_a_title_with_a_possessive_inside_stays_one(nlp):
    """Negative cases: a title whose owner is a word of it stays whole when no name runs into it ("his role in Dead
    Man's Shoes", "its 2001 predecessor, Ocean's Eleven")."""
    entities, _, _ = resolve_texts(
        nlp,
        "Considine was nominated for his role in Dead Man's Shoes, which he co-wrote with director Shane Meadows.",
        "The film is a sequel to its 2001 predecessor, Ocean's Eleven, which took $450m worldwide.")
    assert "Dead Man's Shoes" in entities and "Shoes" not in entities, sorted(entities)
    assert "Ocean's Eleven" in entities and "Eleven" not in entities, sorted(entities)
