"""Entity types from evidence, session 21 (issue 17, wrong-type class), on real BBC sentences of the pool.

A one-word name the model read as a person with no evidence a reader takes for a person is written as no entity
(entities.person_without_evidence); a name read as a body that the text calls "he" twice is a person
(entities.person_by_its_pronouns). Each row gives the texts resolved together, the type of every name it settles
(``None``: no entity), with the negative cases a rule must not touch.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts


def typed(ents, name: str) -> str | None:
    return ents[name].type if name in ents else None


TYPES = [
    # -- a one-word "person" with no person evidence is no entity (entities.person_without_evidence)
    pytest.param(  # sport/newcastle-line-up-babayaro.txt: a club read as a person
        ["Babayaro has been in the Premiership since 1997 when he moved to Chelsea for £2.25m from Anderlecht."],
        {"Anderlecht": None}, id="moved to Chelsea from Anderlecht"),
    pytest.param(  # tech/microsoft-launches-its-own-search.txt: a product read as a person
        ["For its direct answer feature, Microsoft is calling on its Encarta encyclopaedia to provide answers to "
         "questions about definitions, facts, calculations, conversions and solutions to equations."],
        {"Encarta": None, "Microsoft": "ORG"}, id="its Encarta encyclopaedia"),
    pytest.param(  # entertainment/brits-debate-over-urban-music.txt (s20 blind verdict: MOBO awards, not a person)
        ["They are both 10 times better than Joss Stone and both of them have won Urban Music Awards and i think "
         "Mobos , but why not Brits????"],
        {"Mobos": None, "Joss Stone": "PERSON"}, id="won Urban Music Awards and i think Mobos"),
    pytest.param(  # negative: listed beside persons named in full (entertainment/eurovision-greats-to-do-battle.txt)
        ["Past Eurovision performers include Abba, Celine Dion, Bucks Fizz, Nana Mouskouri, Lulu and Julio Iglesias."],
        {"Lulu": "PERSON", "Nana Mouskouri": "PERSON"}, id="Nana Mouskouri, Lulu and Julio Iglesias"),
    pytest.param(  # negative: a he stands for it; a title; a surname of a person named in full; a man's noun
        ["Aragones was fined on Wednesday. He said he would appeal.",
         "Mr Jobs unveiled the Mac Mini on Tuesday.",
         "Rafael Nadal reached the final. Organisers said Nadal would play on Sunday.",
         "Introducing the band, Springsteen mocked Bono as the man who \"single-handedly pioneered the Irish mullet\"."],
        {"Aragones": "PERSON", "Jobs": "PERSON", "Rafael Nadal": "PERSON", "Bono": "PERSON"},
        id="he, Mr Jobs, Nadal, Bono as the man"),
    pytest.param(  # negative: the his/he after it (entertainment/fantasy-book-wins-hollywood-deal.txt;
        # the his's first candidate is the book, which the model reads as a person)
        ["Michelle Paver's Wolf Brother, a fantasy set 6,000 years ago, is the first in a planned series of "
         "six books. Film studio Fox has bought the rights for around $4m (£2.13m) for Scott's company Scott "
         "Free to develop. The director said he was \"thrilled\" with the project. \"Wolf Brother is an "
         "enchanting book,\" he said. Paver, who lives in London and previously worked as a lawyer, began "
         "writing the book in 1982 while studying biochemistry at Oxford University.\n\nShe was an established "
         "author of love stories when she turned the work-in-progress into a children's novel. It was "
         "published in 2004, with Paver earning an advance of $5m (£2.8m) - the highest sum ever paid for a "
         "debut children's book. Wolf Brother tells the story of Torak, a 12-year-old hunter who lives in the "
         "forest. After his father is killed he teams up with a wolf cub and sets out to rid the forest of an "
         "evil force."],
        {"Torak": "PERSON"}, id="the story of Torak ... his father"),
    pytest.param(  # negative: a team sheet's line has no verb (sport/hearts-2-1-livingston.txt)
        ["Meldrum, McNamee, Bahoken (Stanic 45), Deloumeaux, Strong, Dair, Easton."],
        {"Meldrum": "PERSON", "Dair": "PERSON", "Easton": "PERSON"}, id="a team sheet"),
    # -- a name read as a body that the text calls "he" is a person (entities.person_by_its_pronouns)
    pytest.param(  # sport/european-medal-chances-improve.txt (s20 blind verdict: read ORG)
        ["Phillips Idowu lit up the field events, not only with his hair, but also with his leap of 17.30m, which "
         "puts him at the top of the world rankings."],
        {"Phillips Idowu": "PERSON"}, id="Phillips Idowu ... his hair"),
    pytest.param(  # negative: a description after "the" (sport/lewis-francis-eyeing-world-gold.txt), a body of "its"
        ["Mark Lewis-Francis says his Olympic success has made him determined to bag World Championship 100m gold "
         "in 2005.\n\nThe 22-year-old pipped Maurice Greene on the last leg of the 4x100m relay in Athens to take top "
         "honours for Team GB. But individually, the Birchfield Harrier has yet to build on his World Junior "
         "Championship win four years ago. \"The gold medal in Athens has made me realise that I can get to the top "
         "level and I want to get there again. It can happen, I don't see why not,\" he said."],
        {"Birchfield Harrier": "ORG"}, id="the Birchfield Harrier ... his win"),
    pytest.param(  # negative: a body its "it" stands for keeps its type
        ["Shell is to pay $1m to the ex-finance chief who stepped down after the firm over-stated its reserves. Shell "
         "said the pay-off was in line with Ms Boynton's contract. She was leaving anyway."],
        {"Shell": "ORG"}, id="Shell ... its reserves"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_entity_types_s21(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, *texts)
    got = {name: typed(ents, name) for name in expected}
    assert got == expected, sorted((e.name, e.type) for e in ents.values())


def test_a_body_named_by_its_last_word_is_never_made_a_person_by_pronouns(nlp):
    # tech/blogger-grounded-by-her-airline.txt (session 21 blind audit: "Delta Airlines" written PERSON): the her and
    # she around the airline are the blogger's; a name ending in a body's word (entities.person_by_its_pronouns) stays
    # a body, while the blogger stays a person
    passage = (
        'Blogger grounded by her airline\n\n'
        'A US airline attendant is fighting for her job after she was suspended over postings on her blog, or online diary.\n\n'
        'Queen of the Sky, otherwise known as Ellen Simonetti, evolved into an anonymous semi-fictional account of life in the sky. But after she posted pictures of herself in uniform, Delta Airlines suspended her indefinitely without pay. Ms Simonetti was told her suspension was a result of "inappropriate" images. Delta Airlines declined to comment.\n\n'
        '"I was really shocked, I had no warning," Ms Simonetti told BBC News Online. "I never thought I would get in trouble because of the blog. I thought if they had a problem, someone would have said something before taking action." The issue has highlighted concerns amongst the growing blogging community about conflicts of interest, employment law and free speech on personal websites. Ms Simonetti was suspended on 25 September pending an investigation and has since lodged a complaint with the US Equal Employment Opportunity Commission (EEOC). A spokesperson for Delta Airlines told BBC News Online: "All I can tell you is we do not discuss internal employee issues with the media." She added she could not say whether a similar situation over personal websites had occurred in the past.'
    )
    ents, _, _ = resolve_texts(nlp, passage)
    assert typed(ents, "Delta Airlines") == "ORG"
    assert typed(ents, "Ellen Simonetti") == "PERSON"
