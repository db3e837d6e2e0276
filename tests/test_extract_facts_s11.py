"""Wrong objects and subjects (issue 16, session 11, `facts`): constructions found by reading random
triples of pool builds (bench/README.md, "Session 11 (facts)"). Real BBC sentences from ../shared/corpora/bbc-news:
the exact triple read, and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, extractions, triples

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
     ("Nokia and Canada-based wireless communication products company Sierra Wireless", "agree to work together on",
      "High Speed Downlink Packet Access"),
     ("Nokia", "agree to work together on", "High Speed Downlink Packet Access")),
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


TITLES_OF_ONE_NAME = [
    # two titles coordinated before one name: the name with its nearer title, not the first title alone
    ("compound-name", "German football club and former European champion Borussia Dortmund has warned it will go "
                      "bankrupt if rescue talks with creditors fail.",
     ("former European champion Borussia Dortmund", "warn", "it will go bankrupt if rescue talks with creditors fail"),
     ("German football club", "warn", "it will go bankrupt if rescue talks with creditors fail")),
    ("apposed-name", "\"GM reported solid overall results in 2004, despite challenging competitive conditions in many "
                     "markets around the globe,\" GM chairman and chief executive Rick Wagoner said in a statement.",
     ("Rick Wagoner", "say", "GM reported solid overall results in 2004"),
     ("chief executive", "say", "GM reported solid overall results in 2004")),
    ("singer-and-actor", "Singer and actor Harry Connick Jr is to star in a Broadway revival of 1950s hit musical The "
                         "Pajama Game.",
     ("actor Harry Connick Jr", "be to star in", "a Broadway revival of 1950s"),
     ("Singer", "be to star in", "a Broadway revival of 1950s")),
    # negative: a first conjunct with a determiner is someone else ("the player himself and his captain")
    ("two-people", "The player himself and his captain Jason Robinson have both said that the clash with Peel was "
                   "accidental.",
     ("The player", "say", "the clash with Peel was accidental"),
     ("his captain Jason Robinson", "say", "the clash with Peel was accidental")),
]


@pytest.mark.parametrize("name,text,made,wrong", TITLES_OF_ONE_NAME, ids=[c[0] for c in TITLES_OF_ONE_NAME])
def test_two_titles_of_one_name_are_that_name(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


def test_the_speaker_of_two_titles_is_the_name(nlp):
    text = ("German football club and former European champion Borussia Dortmund has warned it will go bankrupt if "
            "rescue talks with creditors fail.")
    speakers = {e.speaker.text for e in extractions(nlp, text) if e.speaker is not None}
    assert speakers == {"former European champion Borussia Dortmund"}


FINITE_AFTER_INFINITIVE = [
    # a finite verb the parse coordinated with an infinitive is the next act of the clause above
    ("campaign-saw", "The Stop Murder Music campaign saw protesters picket gigs, resulted in Sizzla's UK tour being "
                     "cancelled in November, forced Mobo award organisers to drop artists from nominations and saw "
                     "Beenie Man dropped from an MTV show in August.",
     ("The Stop Murder Music campaign", "see", "Beenie Man dropped from an MTV show in August"),
     ("Mobo award organisers", "see", "Beenie Man dropped from an MTV show in August")),
    ("forced-ends", "The Stop Murder Music campaign saw protesters picket gigs, resulted in Sizzla's UK tour being "
                    "cancelled in November, forced Mobo award organisers to drop artists from nominations and saw "
                    "Beenie Man dropped from an MTV show in August.",
     ("The Stop Murder Music campaign", "force", "Mobo award organisers to drop artists from nominations"),
     ("The Stop Murder Music campaign", "force", "Mobo award organisers to drop artists from nominations and saw "
                                                 "Beenie Man dropped from an MTV show in August")),
    # negative: a past that is also the base form ("beat") goes on with the infinitive
    ("base-form-past", "\"Mr Brown will lay out his credentials as a reforming chancellor determined to take on and beat "
                       "the Asian tiger economies which increasingly dominate world trade,\" our correspondent said.",
     ("our correspondent", "say", "Mr Brown will lay out his credentials as a reforming chancellor determined to take "
                                  "on and beat the Asian tiger economies which increasingly dominate world trade"),
     ("our correspondent", "say", "Mr Brown will lay out his credentials as a reforming chancellor determined to take "
                                  "on")),
    # negative: no "and", no coordination of acts ("to put it bluntly, washed up")
    ("no-and", "\"Without this deal May would have been, to put it bluntly, washed up,\" said Kurt Barnard, president "
               "of Barnard's Retail Consulting Group.",
     ("Kurt Barnard", "say", "Without this deal May would have been, to put it bluntly, washed up"),
     ("Kurt Barnard", "say", "Without this deal May would have been, to put it bluntly")),
]


@pytest.mark.parametrize("name,text,made,wrong", FINITE_AFTER_INFINITIVE, ids=[c[0] for c in FINITE_AFTER_INFINITIVE])
def test_a_finite_verb_after_an_infinitive_goes_with_the_clause_above(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


def test_a_gerund_subject_keeps_its_object(nlp):
    text = ("Making games for future consoles will require more graphic artists and more money, an industry conference "
            "has been told.")
    read = triples(nlp, text)
    assert_reads(read, ("Making games for future consoles", "require", "more money"), ("Making", "require", "more money"))


def test_a_gerund_with_words_of_its_own_takes_no_later_subject(nlp):
    text = ("\"Realising I would be unable to play this season, the club and I agreed to end my contract early,\" said "
            "Hodges.")
    subjects = {s for s, lemma, _ in triples(nlp, text) if lemma == "agree to end"}
    assert not any(s.startswith("Realising") for s in subjects)
