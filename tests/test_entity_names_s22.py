"""Names of issue 17 (session 22, names): words of a longer name read as names of their own. Real sentences of the
development pool (/work/pool); each test asserts the exact entities made and what must not be made."""
from __future__ import annotations

from test_entities import resolve_texts


def test_a_coordinated_department_before_an_office_is_no_entity(nlp):
    """A coordination of department words before an office ("Culture, Media and Sport Secretary") names one
    department of a title, not bodies or places (the s21 blind audit's non-entities "Culture" GPE and "Media" ORG of
    politics/game-warnings-must-be-clearer.txt; "Trade and Industry" ORG of politics/lib-dems-unveil-women-s-manifesto
    .txt; "Work" PERSON of politics/what-really-divides-the-parties.txt, which took a "he"). The holder stays, and so
    does a department, made whole where the model cut it at its coordination ("the Department for Culture, Media and
    Sport" of entertainment/brookside-creator-s-channel-4-bid.txt, read "Department for Culture", "Media", "Sport"; "A
    Department for Media, Culture and Sport spokeswoman" of entertainment/musicians-to-tackle-us-red-tape.txt), and a person before a
    coordinated office ("Ms Jamieson and First Minister Jack McConnell")."""
    entities, _, _ = resolve_texts(
        nlp,
        "Her call was backed by Culture, Media and Sport Secretary Tessa Jowell who said: \"You wouldn't let your child "
        "watch the Texas Chainsaw Massacre.\"",
        "In September, Trade and Industry Secretary Patricia Hewitt said she would like to see longer paid paternity "
        "leave.",
        "Along with Work and Pensions Secretary Alan Johnson and Minister for Work Jane Kennedy, he then went on to tear "
        "into the Tory plans.",
        "A spokesman for the Department for Culture, Media and Sport said there were no plans to sell the channel.",
        "A Department for Media, Culture and Sport spokeswoman said: \"We're aware that people are experiencing "
        "problems.\"",
        "Last week Ms Jamieson and First Minister Jack McConnell met supporters' representatives.")
    for piece in ("Culture", "Media", "Sport", "Trade and Industry", "Trade", "Industry", "Work", "Work and Pensions"):
        assert piece not in entities, (piece, sorted(entities))
    for person in ("Tessa Jowell", "Patricia Hewitt", "Alan Johnson", "Jamieson", "Jack McConnell"):
        assert entities[person].type == "PERSON", (person, sorted(entities))
    assert entities["Department for Culture, Media and Sport"].type == "ORG", sorted(entities)
    assert entities["Department for Media, Culture and Sport"].type == "ORG", sorted(entities)
    assert "Department for Media" not in entities, sorted(entities)
