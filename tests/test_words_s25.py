"""Non-entities and fragments of issue 17 (session 25, words): a piece of a longer name the model read as a name of
its own. Real sentences of the development pool (/work/pool); each test asserts the exact entities made and what
must not be made."""
from __future__ import annotations

from test_entities import resolve_texts


def test_a_venue_named_after_a_first_name_is_one_name(nlp):
    """A hall, a shop or a school named after someone by first name alone, cut at its possessive: the s25 judged
    split-evident "Jack" (a person) of politics/howard-truanted-to-play-snooker.txt is "Jack's Snooker Hall", a
    building; the saint before a first name goes with it (politics/blair-joins-school-sailing-trip.txt)."""
    entities, _, _ = resolve_texts(
        nlp,
        "Mr Howard said his time at Jack's Snooker Hall in Llanelli in the 1950s had not done him \"any lasting "
        "damage\".")
    assert entities["Jack's Snooker Hall"].type == "FAC", sorted(entities)
    assert "Jack" not in entities, sorted(entities)
    assert entities["Howard"].type == "PERSON", sorted(entities)
    assert entities["Llanelli"].type == "GPE", sorted(entities)


def test_a_saints_school_is_one_name(nlp):
    """A school named after a saint, cut at its possessive into a person "St Egwin" (politics/blair-joins-school-
    sailing-trip.txt): one name, a body."""
    entities, _, _ = resolve_texts(
        nlp,
        "Mr Blair, looking a little windswept, joined two girls from St Egwin's Middle School in Evesham and an "
        "instructor for a trip in the Wayfarer dinghy, closely followed by a boat full of photographers.")
    assert entities["St Egwin's Middle School"].type == "ORG", sorted(entities)
    assert "St Egwin" not in entities and "Egwin" not in entities, sorted(entities)
    assert entities["Blair"].type == "PERSON", sorted(entities)


def test_a_venue_by_its_owner_alone_is_the_venue(nlp):
    """The venue's short form, its owner's possessive ending a phrase ("clashed cues at Jack's."), is the venue the
    article named in full: the s25 judged split-evident "Jack" (politics/howard-truanted-to-play-snooker.txt). A
    person's possessive before a noun ("Mr Howard's fellow Welshman") stays the person's."""
    entities, _, _ = resolve_texts(
        nlp,
        "Mr Howard said his time at Jack's Snooker Hall in Llanelli in the 1950s had not done him \"any lasting "
        "damage\". Mr Howard's fellow Welshman Ray Reardon won the snooker world championship six times. It is not "
        "known whether the two of them ever clashed cues at Jack's.")
    assert "Jack" not in entities, sorted(entities)
    assert entities["Jack's Snooker Hall"].type == "FAC", sorted(entities)
    assert entities["Howard"].type == "PERSON" and entities["Ray Reardon"].type == "PERSON", sorted(entities)


def test_a_place_or_a_body_keeps_its_venue_apart(nlp):
    """The negative cases: a town's or a firm's venue ("Manchester's Trafford Centre", business/christmas-shoppers-
    flock-to-tills.txt; "Hollywood's Kodak Theatre", entertainment) is no one name "X's … Centre": the owner is no
    first name, and stays an entity of its own."""
    entities, _, _ = resolve_texts(
        nlp,
        "A spokesman for Manchester's Trafford Centre said it was \"the biggest Christmas to date\" with sales up 5%.",
        "The Oscars will take place at Hollywood's Kodak Theatre on 27 February.")
    assert "Manchester" in entities and "Hollywood" in entities, sorted(entities)
    assert not any(name.endswith("'s Trafford Centre") or name.endswith("'s Kodak Theatre") for name in entities), \
        sorted(entities)


def test_a_first_name_the_article_names_again_stays_a_person(nlp):
    """The negative case of the owner: where the article writes the first name alone elsewhere ("Jack said …"), it
    names a person, who stays an entity of his own (the hall is read whole here by the model)."""
    entities, _, _ = resolve_texts(
        nlp,
        "Jack said he still ran the place. Mr Howard said his time at Jack's Snooker Hall in Llanelli in the 1950s "
        "had not done him \"any lasting damage\".")
    assert entities["Jack"].type == "PERSON", sorted(entities)
