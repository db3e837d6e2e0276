"""Names of issue 17 (session 30, names): an office written as a capitalised run ("The Culture Secretary said …",
"Prime Minister's Questions") is no person a he/she after it can make. Real sentences of the development pool
(/work/pool30); each test asserts the exact entities made and what must not be made."""
from __future__ import annotations

from test_entities import resolve_texts, subject_entity


BLAIR = (
    "Blair to face trust issue head on\n\n"
    "Tony Blair says he will be facing the issue of trust and his own integrity head on during the election campaign. "
    "In answer to a question from 22-year-old Liverpool student David Dunne about concerns over the prime minister's "
    "personal integrity, Mr Blair said talking was the only answer. The \"worst thing in politics\" was that the "
    "electorate only got \"little snatches of policy\" from things like Prime Minister's Questions and the news "
    "headlines. This was why he wanted to \"get out of the 30 seconds on the news,\" he added.")


def test_an_office_before_he_is_no_person(nlp):
    """politics/blair-to-face-trust-issue-head-on.txt and jowell-confirms-casino-climbdown.txt: a capitalised run the
    model left unlabelled ("Prime Minister" of "Prime Minister's Questions", "The Culture Secretary said …") was made a
    person because a he/she followed it, so entities "Prime Minister" and "Secretary" took the pronouns of Tony Blair
    and Tessa Jowell. An office is no person's name: the he is Blair, and no such entity is made."""
    entities, _, triples = resolve_texts(
        nlp, BLAIR,
        "Jowell confirms casino climbdown\n\nTessa Jowell has announced plans to limit the number of new casinos in "
        "the UK to 24. It puts an end to plans for up to 40 super casinos. The Culture Secretary said the move showed "
        "she listened to critics who feared an explosion in gambling.")
    assert "Prime Minister" not in entities and "Secretary" not in entities, sorted(entities)
    assert subject_entity(triples, "This was why he wanted", "he") == "Tony Blair"
    assert not any(t.subject_entity == "Secretary" for t in triples), [t for t in triples if t.subject == "she"]
