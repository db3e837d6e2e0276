"""Names of issue 17 (session 20, names): pieces of longer titles. Real sentences of the
development pool (/work/pool); each test asserts the exact name made and what must not be made."""
from __future__ import annotations

from test_entities import resolve_texts


def _aliases(entities, name):
    return set(entities[name].aliases) if name in entities else set()


def test_a_piece_joined_to_a_title_by_of_or_with_is_no_entity(nlp):
    """A name joined by "of", "on", "with", "for" or "into" to a capitalised word no entity holds is a piece of a
    longer title or name (the s19 blind audit's "Pinks" of "Madonna of the Pinks", "Information Society" of "World
    Summit on the Information Society"): entertainment/indie-film-nominations-announced.txt "her role in Girl with a
    Pearl Earring" (no "Girl"), entertainment/west-end-to-honour-finest-shows.txt "such as The Darling Buds of May"
    and "her role in Notes on Falling Leaves", entertainment/hollywood-ready-for-oscars-night.txt "Goodfellas and Gangs
    of New York" (no city). Not a name after a person's name ("Ashok Vishwanathan of Operation Black Vote"), a place
    ("the Herald-Mail of Hagerstown"), a title of office ("the Mayor of London"), before a person's full name ("wrote
    Ring of Fire with June Carter Cash"), nor a station a song is on ("Angels on Radio 1")."""
    entities, _, _ = resolve_texts(
        nlp,
        "A rare US nominee, Scarlett Johansson, is among this year's best actress contenders for her role in Girl with "
        "a Pearl Earring.",
        "Ferris - best known for her television roles in programmes such as The Darling Buds of May - has made the "
        "shortlist for her role in Notes on Falling Leaves, at the Royal Court Theatre.",
        "Scorsese has never won the best director prize, despite four previous nominations for films including Raging "
        "Bull, Goodfellas and Gangs of New York.",
        "Ashok Vishwanathan of Operation Black Vote, which aims to increase ethnic minorities' participation in the "
        "political process and their representation, said the result again showed all-women shortlists were not "
        "effective in getting minority women selected.",
        "\"While Wal-Mart sets high standards, it would not be possible to eliminate every image, word or topic that an "
        "individual might find objectionable,\" Wal-Mart spokesman Guy Whitcomb told the Herald-Mail of Hagerstown.",
        "Mr Livingstone, the Mayor of London, said he would not apologise.",
        "He then wrote Ring of Fire with June Carter Cash, which was about her unrequited love for Johnny Cash.",
        "I heard Angels on Radio 1 this morning when I was driving to work.")
    for piece in ("Girl", "Darling Buds", "The Darling Buds", "Notes", "New York"):
        assert piece not in entities, (piece, sorted(entities))
    assert "Scarlett Johansson" in entities and "Royal Court Theatre" in entities, sorted(entities)
    assert "Operation Black Vote" in entities, sorted(entities)
    assert "Herald-Mail" in entities, sorted(entities)
    assert "London" in entities, sorted(entities)
    assert "Ring of Fire" in entities and "Radio 1" in entities, sorted(entities)


def test_a_body_name_runs_on_through_for_of_on(nlp):
    """tech/global-digital-divide-narrowing.txt: "But a spokesman for the UN's World Summit on the Information Society
    said …" — one body (the s19 blind audit's fragment "Information Society"); tech/humanoid-robot-learns-how-to-run:
    "the United Nations Economic Commission for Europe predicts …" (no place Europe inside); business: "the Royal Bank
    of Scotland". Not where the name runs on past an "and" ("the UN Economic Commission for Latin America and the
    Caribbean" is left as read), nor a body and the day after "on" ("The Electoral Commission on Thursday said …")."""
    entities, _, _ = resolve_texts(
        nlp,
        "But a spokesman for the UN's World Summit on the Information Society said the digital divide remained very "
        "real.",
        "Robots can fulfil serious functions in society and the United Nations Economic Commission for Europe predicts "
        "that the worldwide market for industrial robots will swell from 81,000 units in 2003 to 106,000 in 2007.",
        "The Electoral Commission on Thursday said it was satisfied the question was fair.")
    assert "World Summit on the Information Society" in entities, sorted(entities)
    assert "Information Society" not in entities and "World Summit" not in entities, sorted(entities)
    assert "United Nations Economic Commission for Europe" in entities, sorted(entities)
    assert "Europe" not in entities, sorted(entities)
    assert "Electoral Commission" in entities, sorted(entities)
