"""Wrong objects, relations and links of triples and plain edges (issue 16, session 14, `facts`): constructions
found in ../shared/corpora/bbc-news builds (bench/README.md, "Session 14 (facts)"). Real BBC sentences from ../shared/corpora/bbc-news: the exact
triple read, and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, resolved, triples

PARTICLE_PREPOSITIONS = [
    # the preposition the parse hung on the particle carries the verb's object
    ("made-up-of", "British TV pictures are made up of 625 lines and about 700 pixels.",
     ("British TV pictures", "be made up of", "625 lines"), ("British TV pictures", "be made up", None)),
    # negative: a particle with no preposition after it keeps its own object
    ("ruled-out", "The minister ruled out an early election.", ("The minister", "rule out", "an early election"), None),
]


@pytest.mark.parametrize("name,text,made,wrong", PARTICLE_PREPOSITIONS, ids=[c[0] for c in PARTICLE_PREPOSITIONS])
def test_a_preposition_on_a_particle_carries_the_object(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


SHARED_HEADS = [
    # "X and Y's N": the noun both own is the object, not the first name
    ("possessive", "The Morpeth Harrier led from the end of the first lap and ended Mike Skinner and Andrew Baddeley's "
                   "hopes with a surge in the lasp lap.",
     ("The Morpeth Harrier", "end", "Mike Skinner and Andrew Baddeley's hopes with a surge in the lasp lap"),
     ("The Morpeth Harrier", "end", "Mike Skinner")),
    # "the X and Y Ns": two finals, not Wimbledon itself
    ("head-noun", "Roche, a former Davis Cup player for Australia, won the French Open, reached the Wimbledon and US "
                  "Open finals and won five Wimbledon doubles titles with John Newcombe.",
     ("Roche", "reach", "the Wimbledon and US Open finals"), ("Roche", "reach", "the Wimbledon")),
    ("list", "The Daily and Sunday Telegraph newspapers are axing 90 journalist jobs - 17% of their editorial staff.",
     ("The Daily and Sunday Telegraph newspapers", "ax", "90 journalist jobs"), ("The Daily", "ax", "90 journalist jobs")),
    # negatives: a possessor that is no name, a second noun with its own determiner: two referents
    ("not-a-name", "He met Smith and his wife's lawyer.", ("He", "meet", "Smith"), None),
    ("owners-own", "The drafting of the new rules was led by the Mobile Entertainment Forum and the UK's phone firms.",
     ("The drafting of the new rules", "be led by", "the Mobile Entertainment Forum"), None),
    ("names-own", "Christmas Day and New Year's Day are special days for everyone in Scotland.",
     ("Christmas Day", "be", "special days for everyone in Scotland"), None),
    ("own-determiner", "Roche reached the Wimbledon final and the US Open semi-finals.",
     ("Roche", "reach", "the Wimbledon final"), None),
]


@pytest.mark.parametrize("name,text,made,wrong", SHARED_HEADS, ids=[c[0] for c in SHARED_HEADS])
def test_a_name_that_shares_its_conjuncts_head_is_no_argument_alone(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


def test_a_shared_possessive_links_no_entity(nlp):
    rows = [t for t in resolved(nlp, "The Morpeth Harrier led from the end of the first lap and ended Mike Skinner and "
                                     "Andrew Baddeley's hopes with a surge in the last lap.") if t.relation_lemma == "end"]
    assert rows and all(t.object_entity is None for t in rows)


CLAUSE_END_PARTICLES = [
    # a preposition with no object right after its verb at the clause's end is the verb's particle
    ("held-on", "Craig Easton headed in a controversial goal after an hour but Hearts held on.",
     ("Hearts", "hold on", None), ("Hearts", "hold", None)),
    ("flew-in", "The keeper was organising his defensive wall when Henry's quick free-kick flew in, which angered the "
                "home fans.",
     ("Henry's quick free-kick", "fly in", None), ("Henry's quick free-kick", "fly", None)),
    ("frowned-on", "The use of electronic devices in the Commons chamber has long been frowned on.",
     ("The use of electronic devices in the Commons chamber", "be frowned on", None), None),
    # negative: a preposition a relative clause strands takes the noun the clause is about
    ("stranded", "Scrubs star Zach Braff won the award for best first feature for Garden State, which he wrote, directed "
                 "and starred in.",
     ("he", "star in", "Garden State"), None),
]


@pytest.mark.parametrize("name,text,made,wrong", CLAUSE_END_PARTICLES, ids=[c[0] for c in CLAUSE_END_PARTICLES])
def test_an_objectless_preposition_at_a_clause_end_is_a_particle(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


def test_the_singular_national_is_a_person_not_the_country(nlp):
    rows = resolved(nlp, "Argentina's Guillermo Coria reached the final. The unseeded Argentine, who won the tournament "
                         "two years ago, now plays Spain's Albert Montanes.")
    plays = [t for t in rows if t.relation_lemma == "play"]
    assert plays and plays[0].object_entity == "Albert Montanes"
    assert all(t.subject_entity != "Argentina" for t in plays)


def test_the_nations_collective_keeps_its_link(nlp):
    rows = resolved(nlp, "Ireland play Italy on Saturday. The Irish beat Italy in Dublin last year.")
    assert [t.subject_entity for t in rows if t.relation_lemma == "beat"] == ["Ireland"]


EXCLUDED_CONJUNCTS = [
    # "X and not Y": the predicate is said of X only
    ("and-not", "The Labour Party will hold its 2006 autumn conference in Manchester and not Blackpool, it has been "
                "confirmed.",
     ("The Labour Party", "hold", "its 2006 autumn conference in Manchester"), ("The Labour Party", "hold", "not Blackpool")),
    ("but-not", "If the account holds money gifted by friends and relatives - but not parents - any interest earned from "
                "the savings account may be taxed.",
     ("money", "be gifted by", "relatives"), ("money", "be gifted by", "not parents")),
]


@pytest.mark.parametrize("name,text,made,wrong", EXCLUDED_CONJUNCTS, ids=[c[0] for c in EXCLUDED_CONJUNCTS])
def test_a_conjunct_excluded_with_not_is_no_argument(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


def test_an_excluded_conjunct_draws_no_edge(nlp):
    rows = resolved(nlp, "The Labour Party will hold its 2006 autumn conference in Manchester and not Blackpool, it has "
                         "been confirmed.")
    assert not [t for t in rows if t.object_entity == "Blackpool"]


def test_a_national_after_a_or_an_is_a_person(nlp):
    rows = resolved(nlp, "Both exchanged prisoners earlier this month, with Egypt handing back an Israeli who has served "
                         "eight years in prison after being convicted for spying.")
    handed = [t for t in rows if t.relation_lemma == "hand back"]
    assert handed and handed[0].subject_entity == "Egypt" and handed[0].object_entity is None


LANGUAGES = [
    # a nationality adjective after "in", a possessive or "simplified" names a language, not the country
    ("in", "The musical, which was a hit in London, will be performed in Swedish next year.", "be performed in", None),
    ("simplified", "Google launched a version in simplified Chinese last year.", "launch version in", None),
    # negatives: a people after "the", a country's own name after "in"
    ("the-people", "The French want the embargo lifted.", "want", "France"),
    ("the-country", "The band will tour in Japan next year.", "tour in", "Japan"),
]


@pytest.mark.parametrize("name,text,lemma,entity", LANGUAGES, ids=[c[0] for c in LANGUAGES])
def test_a_language_is_no_country(nlp, name, text, lemma, entity):
    rows = [t for t in resolved(nlp, text) if t.relation_lemma == lemma]
    assert rows
    ends = [t.subject_entity if name == "the-people" else t.object_entity for t in rows]
    assert ends == [entity] * len(rows)


CALLED_ON = [
    # "call on X to V": the one called on is never the object of the act they are called on to do. A reading
    # "X — call on to V — Y" (e09676a) was judged wrong by the blind judges of session 14 on every row they
    # saw ("has called on to reduce — the food industry" reads as the industry being reduced). Nor is the act the
    # caller's (session 27: "Director Shami Chakrabarti — called to practise — what it preaches" says she
    # practises it): the one called on and what they are to do make one clause object, as after "forced".
    ("prep", "Mr Cable called on Mr Brown to open up the government's books to the auditors.",
     ("Mr Cable", "call on", "Mr Brown to open up the government's books to the auditors"),
     ("Mr Cable", "call to open up", "the government's books")),
    ("not-to", "Christian Aid has called on British firms not to simply cut and run.",
     ("Christian Aid", "call on", "British firms not to simply cut and run"), ("Christian Aid", "call not to cut", None)),
    # negative: "on" with a day, and no infinitive right after it
    ("a-day", "The union called on Thursday for urgent changes to the law.", None, ("The union", "call on to", "Thursday")),
]


@pytest.mark.parametrize("name,text,made,wrong", CALLED_ON, ids=[c[0] for c in CALLED_ON])
def test_the_one_called_on_is_not_the_object_of_the_act(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


NEAR_MISSES = [
    # the "close" of a near miss carries the verb's preposition and stays in the relation
    ("close-with", "Henry came close with a header in the first half.",
     ("Henry", "come close with", "a header in the first half"), ("Henry", "come", None)),
    ("close-to", "I think we came close to concluding a deal in the summer but it didn't happen.",
     ("we", "come close to", "concluding a deal in the summer"), ("we", "come", None)),
    ("close-before", "The impressive Mikoliunas twice went close before half time.",
     ("The impressive Mikoliunas", "go close before", "half time"), ("The impressive Mikoliunas", "go before", "half time")),
    # negative: "close to" after a copula is where something is
    ("copula", "The house is close to the station.", ("The house", "be", "close to the station"), None),
]


@pytest.mark.parametrize("name,text,made,wrong", NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_a_near_miss_keeps_its_close(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


AMPERSAND_NAMES = [
    # "X & Y" is one name, however the parser coordinated it: no argument "X", none "Y"
    ("in-a-list", "Other firms that have been seen as would-be suitors include Kimberly-Clark, Johnson & Johnson, and "
                  "private equity investors.",
     ("Other firms", "include", "Johnson & Johnson"), ("Other firms", "include", "Johnson")),
    ("subject", "Deloitte & Touche has also been banned from taking on new clients.",
     ("Deloitte & Touche", "be banned from", "taking on new clients"), ("Deloitte", "be banned from", "taking on new clients")),
    ("possessive", "Standard & Poor's upgraded Russia's credit rating.",
     ("Standard & Poor's", "upgrade", "Russia's credit rating"), ("Standard", "upgrade", "Russia's credit rating")),
    # negative: an "and" after the name still joins two subjects
    ("and-after", "Marks & Spencer and Tesco reported strong sales over Christmas.",
     ("Tesco", "report strong sales over", "Christmas"), None),
]


@pytest.mark.parametrize("name,text,made,wrong", AMPERSAND_NAMES, ids=[c[0] for c in AMPERSAND_NAMES])
def test_a_name_joined_by_an_ampersand_is_one_argument(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)
