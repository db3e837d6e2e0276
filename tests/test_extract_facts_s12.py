"""Wrong objects, subjects and readings that are no fact (issue 16, session 12, `facts`): constructions
found by reading a random draw of a pool build (bench/README.md, "Session 12 (facts)"). Real BBC sentences
from ../shared/corpora/bbc-news: the exact triple read, and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, triples

SWALLOWED_ADDRESSEES = [
    # whom a verb of telling addressed, parsed as the first words of the reported clause's subject
    ("name-then-name", "Sources within the Conservative Party told the BBC Michael Howard has always been in favour "
                       "of ID cards, and tried to introduce them when he was Home Secretary.",
     ("Michael Howard", "try to introduce", "them"),
     ("the BBC Michael Howard", "try to introduce", "them")),
    ("name-then-noun", "A senior defence official told the BBC lessons were being learned.",
     ("A senior defence official", "tell", "lessons were being learned"),
     ("A senior defence official", "tell", "the BBC lessons were being learned")),
    ("object-then-clause", "Mr Lammy told BBC News Labour MPs would not get a free vote as the law was being "
                           "strengthened, not changed.",
     ("Labour MPs", "get", "a free vote"),
     ("BBC News Labour MPs", "get", "a free vote")),
    # no title read off the addressee
    ("no-title", "Sources within the party told the BBC Mr Howard had always been in favour of ID cards, and tried "
                 "to introduce them when he was Home Secretary.",
     ("Mr Howard", "be in favour of", "ID cards"),
     ("Howard", "be", "BBC")),
    # negative: the parse that has the addressee as the verb's own object keeps it there
    ("own-object", "Founding member Geoff Barrow told BBC 6 Music the record was well on the way to being "
                   "completed.",
     ("Founding member Geoff Barrow", "tell", "the record was well on the way to being completed"),
     ("Founding member Geoff Barrow", "tell", "record was well on the way to being completed")),
    ("possessive", "Lord Falconer told BBC Radio 4's Today programme it was impossible for some elderly people to "
                   "go to court to give evidence.",
     ("Lord Falconer", "tell", "it was impossible for some elderly people to go to court to give evidence"), None),
]


@pytest.mark.parametrize("name,text,made,wrong", SWALLOWED_ADDRESSEES, ids=[c[0] for c in SWALLOWED_ADDRESSEES])
def test_the_addressee_of_tell_is_no_part_of_the_reported_subject(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


APPOSED_CONJUNCTS = [
    # a singular apposition set off after a coordination describes its last conjunct
    ("firm", "This has left Londoners, or those travelling by cab in the capital, as the world's best at losing "
             "laptops, according to the research by the Licensed Taxi Drivers Association and Pointsec, a "
             "mobile-data backup firm.",
     ("Pointsec", "be", "a mobile-data backup firm"),
     ("the Licensed Taxi Drivers Association", "be", "a mobile-data backup firm")),
    ("age", "Those charged included Otis Ferry, the 22-year-old son of rock star Bryan Ferry and Luke Tomlinson, 27, "
            "a close friend of princes William and Harry.",
     ("Luke Tomlinson", "be", "27"),
     ("Bryan Ferry", "be", "27")),
    ("dash", "Many of those nominated for Oscars including DiCaprio, Foxx and Staunton - an Oscar nominee for her "
             "performance in Vera Drake - have also been nominated for Baftas.",
     ("Staunton", "be", "an Oscar nominee for her performance in Vera Drake"),
     ("DiCaprio", "be", "an Oscar nominee for her performance in Vera Drake")),
    ("title-before-name", "Brit Award winners Keane and The Streets are among the main attractions, while The Killers "
                          "and dance act The Prodigy are also on the bill.",
     ("The Prodigy", "be", "dance act"),
     ("The Killers", "be", "The Prodigy")),
    # negative: two titles coordinated before one name are both that name's
    ("two-titles", "Radcliffe's best friend and fellow distance runner Liz Yelling revealed the 30-year-old is "
                   "already aware she will be exposing herself to more public scrutiny in New York.",
     ("Liz Yelling", "be", "Radcliffe's best friend"),
     ("Liz Yelling", "be", "fellow distance runner")),
    # negative: the apposition right after the first name stays on it
    ("first", "Those charged included Otis Ferry, the 22-year-old son of rock star Bryan Ferry and Luke Tomlinson, 27, "
              "a close friend of princes William and Harry.",
     ("Otis Ferry", "be", "the 22-year-old son of rock star"), None),
]


@pytest.mark.parametrize("name,text,made,wrong", APPOSED_CONJUNCTS, ids=[c[0] for c in APPOSED_CONJUNCTS])
def test_an_apposition_after_a_coordination_describes_its_last_conjunct(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text, kinds={"appos"}), made, wrong)


PLACES_OF_NO_FACT = [
    # a place after a noun owned by a pronoun, a ranked noun or a time is no fact of where a thing is
    ("pronoun-owner", "British actress Imelda Staunton has again been recognised for her role in Vera Drake, winning "
                      "best actress, while Liam Neeson won best actor for Kinsey.",
     None, ("her role", "be in", "Vera Drake")),
    ("rank", "Italy's Illva Saronno has agreed to buy 33% of Changyu, the largest wine maker in China.",
     None, ("the largest wine maker", "be in", "China")),
    ("time", "Similar measures are being brought in at the same time in Scotland.",
     None, ("the same time", "be in", "Scotland")),
    # negative: a thing that is somewhere, owned by a name, and a hyphenated word that is no rank
    ("named-owner", "Five public sector unions will hold private talks with Deputy Prime Minister John Prescott at "
                    "Labour's spring conference in Gateshead.",
     ("Labour's spring conference", "be in", "Gateshead"), None),
    # session 18: a thing no name qualifies is nowhere the graph can use (tests/test_places_s18.py)
    ("unnamed", "Legislation to introduce the top-up fees in England is not due to take effect until autumn 2006 and "
                "students who start before then will not have to pay additional fees at all.",
     None, ("the top-up fees", "be in", "England")),
]


@pytest.mark.parametrize("name,text,made,wrong", PLACES_OF_NO_FACT, ids=[c[0] for c in PLACES_OF_NO_FACT])
def test_no_place_fact_for_an_owned_ranked_or_time_noun(nlp, name, text, made, wrong):
    from extract_helpers import extractions
    facts = [(e.subject.text, e.relation_lemma, e.object.text) for e in extractions(nlp, text)
             if e.kind == "place" and e.uninformative is None]
    assert_reads(facts, made, wrong)


HYPHENED_TITLES = [
    # a hyphened title the parse split into subjects of their own ends at the name
    ("reporting", "Mr Howard will host a news conference at the party's London HQ every morning, Tory co-chairman "
                  "Liam Fox said.",
     ("co-chairman Liam Fox", "say", "Mr Howard will host a news conference at the party's London HQ every morning"),
     ("Tory co-chairman", "say", "Mr Howard will host a news conference at the party's London HQ every morning")),
    # negative: a title parsed whole keeps its name as it was
    ("whole", "Later at their poster launch Tory co-chairman Liam Fox said his party would exploit opportunities to "
              "show how \"juvenile\" the prime minister and chancellor were.",
     ("Tory co-chairman Liam Fox", "say",
      "his party would exploit opportunities to show how \"juvenile\" the prime minister and chancellor were"), None),
]


@pytest.mark.parametrize("name,text,made,wrong", HYPHENED_TITLES, ids=[c[0] for c in HYPHENED_TITLES])
def test_a_split_hyphened_title_ends_at_its_name(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)
