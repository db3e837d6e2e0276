"""Wrong objects and subjects (issue 16, session 11, `facts`): constructions found by reading random
triples of pool builds (bench/README.md, "Session 11 (facts)"). Real BBC sentences from /work/pool:
the exact triple read, and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, triples

AGENTS_ON_COMPLEMENTS = [
    # the agent "by" the parse hung on a passive's complement is the passive's agent
    ("retained-object", "Glasgow group Franz Ferdinand won two prizes, as did Keane and Joss Stone, who was voted best "
                        "urban act by digital TV viewers.",
     ("Joss Stone", "be voted best urban act by", "digital TV viewers"),
     ("Joss Stone", "be voted", "best urban act by digital TV viewers")),
    ("quoted-complement", "A failed government scheme to offer UK university courses online has been branded a "
                          "\"disgraceful waste\" by MPs.",
     ("A failed government scheme to offer UK university courses online", "be branded disgraceful waste by", "MPs"),
     ("A failed government scheme to offer UK university courses online", "be branded",
      "a \"disgraceful waste\" by MPs")),
    ("as-complement", "Reports that Tony Blair is planning a snap general election for February 2005 have been "
                      "described as \"idle speculation\" by Downing Street.",
     ("Reports", "be described as idle speculation by", "Downing Street"),
     ("Reports", "be described as", "idle speculation\" by Downing Street")),
    ("as-gerund", "\"I demand better transparency,\" he is quoted as saying by Germany's Manger Magazin.",
     ("he", "be quoted as saying by", "Germany's Manger Magazin"),
     ("he", "be quoted as", "saying by Germany's Manger Magazin")),
    # the agent on the verb keeps the "as" phrase before it in the relation
    ("as-before-agent", "The Apple Powerbook 100 has been chosen as the greatest gadget of all time, by US magazine "
                        "Mobile PC.",
     ("The Apple Powerbook 100", "be chosen as greatest gadget of time by", "US magazine Mobile PC"),
     ("The Apple Powerbook 100", "be chosen by", "US magazine Mobile PC")),
    # negative: a prepositional object keeps its own "by" (the tackle, the novel are the agent's)
    ("prepositional-object", "Prutton has apologised publicly for his actions and to Arsenal's Robert Pires, who was "
                             "injured in a wild tackle by the Saints' midfield man.",
     ("Arsenal's Robert Pires", "be injured in", "a wild tackle by the Saints' midfield man"),
     ("Arsenal's Robert Pires", "be injured in wild tackle by", "the Saints' midfield man")),
    ("work-by", "Howl's Moving Castle is based on a children's fantasy novel by UK author Diana Wynne Jones.",
     ("Howl's Moving Castle", "be based on", "a children's fantasy novel by UK author Diana Wynne Jones"),
     ("Howl's Moving Castle", "be based on children's fantasy novel by", "UK author Diana Wynne Jones")),
]


@pytest.mark.parametrize("name,text,made,wrong", AGENTS_ON_COMPLEMENTS, ids=[c[0] for c in AGENTS_ON_COMPLEMENTS])
def test_the_agent_hung_on_a_passive_complement_is_the_agent(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


RECIPROCAL_SUBJECTS = [
    # coordinated subjects that act on each other or together are one subject
    ("met", "The band formed in 1994 when Lightbody and McClelland met as students at Dundee University.",
     ("Lightbody and McClelland", "meet as", "students at Dundee University"),
     ("McClelland", "meet as", "students at Dundee University")),
    ("together", "Nokia and Canada-based wireless communication products company Sierra Wireless recently agreed to "
                 "work together on High Speed Downlink Packet Access.",
     ("Nokia and Canada-based wireless communication products company Sierra Wireless", "agree to work on",
      "High Speed Downlink Packet Access"),
     ("Nokia", "agree to work on", "High Speed Downlink Packet Access")),
    ("united", "In his New Year message the Liberal Democrat leader said Labour and the Conservatives were united in "
               "relying on fear and \"populist scares\".",
     ("Labour and the Conservatives", "be united in", "relying on fear and \"populist scares"),
     ("Labour", "be united in", "relying on fear and \"populist scares")),
    ("clashed", "Labour and the Tories have clashed over tax and spending plans as the row over Gordon Brown's Budget "
                "turned into a full scale pre-election battle.",
     ("Labour and the Tories", "clash over", "tax and spending plans"),
     ("Labour", "clash over", "tax and spending plans")),
    # negative: a verb of meeting with an object of its own splits its subjects: each met them
    ("met-someone", "Last week Ms Jamieson and First Minister Jack McConnell met supporters' representatives from both "
                    "clubs to discuss the issue.",
     ("Ms Jamieson", "meet", "supporters' representatives from both clubs"),
     ("Ms Jamieson and First Minister Jack McConnell", "meet", "supporters' representatives from both clubs")),
]


@pytest.mark.parametrize("name,text,made,wrong", RECIPROCAL_SUBJECTS, ids=[c[0] for c in RECIPROCAL_SUBJECTS])
def test_reciprocal_subjects_stay_one(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)
