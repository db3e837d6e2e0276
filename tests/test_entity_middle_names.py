"""A person's name and the same name with middle names in one article are one person (issue 17,
same-article splits): obituaries and court reports write the whole name once ("Margaret Hilda Thatcher
was born in Grantham"). Two names whose words between are not first names stay apart."""
from __future__ import annotations

from test_entities import resolve_texts

OBITUARY = ("Margaret Thatcher, who led the Conservatives to three election victories, has co-operated with the author. "
            "Margaret Hilda Thatcher was born in Grantham in 1925. Mrs Thatcher became prime minister in 1979.")
SON = OBITUARY + " Her son Mark Thatcher was in South Africa."


def test_middle_names_join_the_article_s_person(nlp):
    entities, _, _ = resolve_texts(nlp, OBITUARY)
    people = [e for e in entities.values() if e.type == "PERSON" and "Thatcher" in e.name]
    assert len(people) == 1, sorted(entities)
    assert {"Margaret Thatcher", "Margaret Hilda Thatcher", "Mrs Thatcher"} <= set(people[0].aliases)


def test_another_first_name_stays_apart(nlp):
    """Her son "Mark Thatcher" shares her surname but not her first name: a person of his own."""
    entities, _, _ = resolve_texts(nlp, SON)
    assert "Mark Thatcher" in entities and "Mark Thatcher" not in entities["Margaret Hilda Thatcher"].aliases
    assert "Margaret Thatcher" in entities["Margaret Hilda Thatcher"].aliases
