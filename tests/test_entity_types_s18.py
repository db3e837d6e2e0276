"""Entity types from evidence, session 18 (issue 17, wrong-type class: one-mention names typed by the small model
alone), on real BBC sentences from /work/pool.

Each row gives one or more articles (texts resolved together) and the type of every name it settles, with the
negative cases a rule must not touch. Every positive row fails at main af95b9a.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts


def typed(ents, name: str) -> str | None:
    return ents[name].type if name in ents else None


TYPES = [
    # -- the other side of a players' contest whose one side is a person (nametypes.opponent_of_a_player)
    pytest.param(  # sport/henman-to-face-saulnier-test.txt (both read ORG)
        ["Local favourite Lleyton Hewitt will meet France's Arnaud Clement, while defending champion and world number "
         "one Roger Federer faces Fabrice Santoro."],
        {"Arnaud Clement": "PERSON", "Fabrice Santoro": "PERSON", "France": "GPE"}, id="Hewitt will meet Clement"),
    pytest.param(  # sport/gb-select-holmes-for-double-bid.txt (read ORG)
        ["Kelly Sotherton has been invited by championship organisers to compete against Carolina Kluft in the "
         "pentathlon."],
        {"Carolina Kluft": "PERSON"}, id="compete against Kluft"),
    pytest.param(  # negative: a meeting and a deal are no players' contest; two clubs stay clubs
        ["Tony Blair will meet Sinn Fein next week.", "Mikhail Khodorkovsky faces Gazprom in court.",
         "Roger Federer will play Hamas, he said.",
         "Chelsea beat Barcelona 2-1 in the Champions League, with goals from Frank Lampard and Damien Duff."],
        {"Sinn Fein": "ORG", "Hamas": "ORG", "Chelsea": "ORG"}, id="no contest between players"),
]


@pytest.mark.parametrize("texts,expected", TYPES)
def test_entity_types_s18(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, *texts)
    got = {name: typed(ents, name) for name in expected}
    assert got == expected, sorted((e.name, e.type) for e in ents.values())


# Readings a rule must not give: (texts, {name: the type it must not have}).
NOT_TYPES = [
    pytest.param(  # a firm in a paragraph of no players' contest, its subject a person
        ["Mikhail Khodorkovsky faces Gazprom in court."], {"Gazprom": "PERSON"}, id="faces Gazprom"),
    pytest.param(  # a club beaten in a team sport's paragraph, though its manager is the subject
        ["Jose Mourinho beat Sporting Braga 2-1 in the league, his side's fifth win."],
        {"Sporting Braga": "PERSON"}, id="a manager beat a club"),
]


@pytest.mark.parametrize("texts,forbidden", NOT_TYPES)
def test_entity_types_s18_not(nlp, texts, forbidden):
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, label in forbidden.items():
        assert typed(ents, name) != label, (name, sorted((e.name, e.type) for e in ents.values()))
