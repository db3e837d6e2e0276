"""Names of issue 17 (session 30, names): an office written as a capitalised run ("The Culture Secretary said …",
"Prime Minister's Questions") is no person a he/she after it can make; a station's name the model cut after its
broadcaster's word ("BBC Radio" + "Five Live", "BBC Radio" + "Four") is one name, and a name holding
"Radio"/"TV"/"Television" is no antecedent of he/him. Real sentences of the development pool (/work/pool30); each
test asserts the exact entities made and what must not be made."""
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


ARNESEN = (
    "Arnesen denies rift with Santini\n\n"
    "Tottenham sporting director Frank Arnesen has denied that coach Jacques Santini resigned because of a clash of "
    "personalities at White Hart Lane.\n\n"
    "There had been newspaper speculation that Santini had felt undermined by Arnesen's role at the club. \"It is "
    "absolutely not true,\" Arnesen told BBC Radio Five Live. \"There is only one thing that made him resign and that "
    "is his own personal problems. \"He has talked to me recently and said this matter is absolutely for himself.\"")


def test_a_station_cut_after_its_broadcasters_word_is_one_name(nlp):
    """sport/arnesen-denies-rift-with-santini.txt and politics/short-attacks-us-over-tsunami-aid.txt: the model read
    "BBC Radio" + "Five Live" (a work) and "BBC Radio" + "Four" (a number), so at main one entity "BBC Radio" held
    both stations (judged over-merge) and "Five Live" was a WORK_OF_ART. Each station is now its own ORG."""
    entities, _, _ = resolve_texts(
        nlp, ARNESEN,
        "\"Only really the UN can do that job,\" she told BBC Radio Four's PM programme.")
    assert entities["BBC Radio Five Live"].type == "ORG", entities["BBC Radio Five Live"]
    assert entities["BBC Radio Four"].type == "ORG", entities["BBC Radio Four"]
    assert "BBC Radio" not in entities and "Five Live" not in entities, sorted(entities)


def test_a_broadcasters_name_whole_already_is_left_alone(nlp):
    """"told BBC Radio 4's Today programme" (the model reads the name whole) and "Virgin Radio will be the first
    station" (no capitalised word the broadcaster's word modifies) keep their names."""
    entities, _, _ = resolve_texts(
        nlp, "Mr Howard told BBC Radio 4's Today programme that the plans were sound. Virgin Radio will be the first "
             "station made available.")
    assert "BBC Radio 4" in entities and "Virgin Radio" in entities, sorted(entities)
    assert "BBC Radio 4's Today" not in entities, sorted(entities)


def test_a_station_is_no_antecedent_of_he(nlp):
    """The whole name "BBC Radio Five Live" reads like no body to coref (no "Radio" at its end), so "him" and "his"
    went to the station and the quotation's "He" was left unresolved; a name holding "Radio" is no person's: "He" is
    Santini, the one the quotation is about."""
    _, _, triples = resolve_texts(nlp, ARNESEN)
    assert subject_entity(triples, "\"He has talked to me", "He") == "Jacques Santini"
