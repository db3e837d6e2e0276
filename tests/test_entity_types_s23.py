"""Entity types from evidence, session 23 (issue 17, wrong-type class), on real BBC sentences of the pool.

A title before a noun of its makers or its actors and a person's full name is the film or the show, in a paragraph
about the screen even where the model read it as a body (kindcues.work_before_its_cast). Each row gives the texts of
one article, the type of every name it settles (``None``: no entity), with the negative cases the rules must not touch.

A name the model read as a body right after a job noun ("chief executive", "design engineer") is its holder, a person
(nametypes.person_after_a_person_noun); a speaker right after "said", whom the parse makes the subject of the report's
plural verb, is no club (kindcues.body_by_plural_verb). A given name the pronoun resolver genders
(kg/data/first_names.txt) starts a person's name as the Census names do (kg/data/first_names.tsv): a two-word name it
starts, read as a body, is a person (namespans.context_label). Of readings tied in an entity's vote, a place's wins
where a mention read so is written as a place ("in Lusaka") and GeoNames knows the name (entities.place_on_a_tie).
The big firms of the corpus's years are in the shipped gazetteer (kg/data/gazetteer.tsv), and two names the model cut
a gazetteer's name into are one even where it read one of them as a person (namespans.merge_adjacent).
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts
from test_entity_types_s22 import typed


TYPES = [
    # -- a work before its maker's or its actor's noun (kindcues.work_before_its_cast)
    pytest.param(  # entertainment/casino-royale-is-next-bond-movie.txt ("Kill Bill" read PERSON)
        ["Producers say no decision has yet been made on who will become the seventh actor, including Niven, to play "
         "Bond on film. Kill Bill director Quentin Tarantino had talked of wanting to take on the Casino Royale "
         "project, and said he had spoken to Brosnan about it."],
        {"Kill Bill": "WORK_OF_ART", "Quentin Tarantino": "PERSON"}, id="Kill Bill director Quentin Tarantino"),
    pytest.param(  # entertainment/farrell-due-to-make-us-tv-debut.txt ("Friends" read ORG)
        ["Other film stars to have appeared in Scrubs include Heather Graham, while Friends actor Matthew Perry has "
         "guest-starred and directed an episode of the show."],
        {"Friends": "WORK_OF_ART", "Matthew Perry": "PERSON"}, id="Friends actor Matthew Perry"),
    pytest.param(  # entertainment/indie-film-nominations-announced.txt ("Cold Mountain" read ORG)
        ["The winners of the awards will be chosen by a jury chaired by Cold Mountain director Anthony Minghella and "
         "including actresses Cate Blanchett and Helena Bonham-Carter."],
        {"Cold Mountain": "WORK_OF_ART", "Anthony Minghella": "PERSON"}, id="Cold Mountain director Anthony Minghella"),
    pytest.param(  # negative: a body's director, in a paragraph about the screen or not (entertainment/berlin-hails-
        # european-cinema.txt, sport/wenger-signs-new-deal.txt)
        ["Festival director Dieter Kosslick says this strong showing signals \"a new consciousness for European "
         "films\".",
         "Meanwhile, Arsenal director Danny Fiszman is looking for Wenger to stay beyond 2008."],
        {"Arsenal": "ORG", "Danny Fiszman": "PERSON", "Dieter Kosslick": "PERSON", "Festival": None},
        id="Arsenal director Danny Fiszman"),
    pytest.param(  # negative: a band's star stays a band ("star" is a body's people's noun too;
        # entertainment/eminem-beats-elvis-to-number-one.txt)
        ["Almost Here, the duet from former Westlife star Brian McFadden and Delta Goodrem, went in at number three."],
        {"Westlife": "ORG", "Brian McFadden": "PERSON"}, id="Westlife star Brian McFadden"),
    # -- a person after a job noun; a speaker after "said" (nametypes.person_after_a_person_noun,
    # kindcues.body_by_plural_verb)
    pytest.param(  # entertainment/hundreds-vie-for-best-film-oscar.txt ("Takuo Miyagishima" read ORG)
        ["Meanwhile, design engineer Takuo Miyagishima will be awarded an Oscar at the Scientific and Technical Awards "
         "Dinner on 12 February 2005."],
        {"Takuo Miyagishima": "PERSON"}, id="design engineer Takuo Miyagishima"),
    pytest.param(  # tech/hotspot-users-gain-free-net-calls.txt ("Magnus McEwen-King" read ORG)
        ["\"Skype's success at spreading the world about internet telephony is well-known and we are delighted to be "
         "offering free access to Skype users in our hotspots,\" commented Broadreach chief executive Magnus "
         "McEwen-King."],
        {"Magnus McEwen-King": "PERSON", "Broadreach": "ORG", "Skype": "ORG"}, id="chief executive Magnus McEwen-King"),
    pytest.param(  # business/europe-blames-us-over-weak-dollar.txt (read PERSON, then ORG by its "plural" verb "were")
        ["The European ministers' comments, said Junya Tanase of JPMorgan Chase bank in Tokyo, were \"generally too "
         "weak to produce a market reaction\"."],
        {"Junya Tanase": "PERSON"}, id="said Junya Tanase of JPMorgan Chase, were"),
    pytest.param(  # negative: a club by its plural verb (sport/rovers-reject-third-ferguson-bid.txt)
        ["Blackburn have rejected a third bid from Rangers for Scotland captain Barry Ferguson, BBC Sport has learnt."],
        {"Blackburn": "ORG", "Barry Ferguson": "PERSON"}, id="Blackburn have rejected"),
    # -- given names of European news (kg/data/first_names.tsv)
    pytest.param(  # sport/2004-an-irish-athletics-year.txt (both read ORG)
        ["Once the track and field action began in Athens, a familiar pattern of underachievement emerged although "
         "Alistair Cragg's performance in being the only athlete from a European nation to qualify for the 5,000m "
         "final did offer hope for the future.",
         "As the summer ended, stalwarts Catherina McKiernan and Dermot Donnelly hung up their competitive spikes."],
        {"Alistair Cragg": "PERSON", "Dermot Donnelly": "PERSON", "Catherina McKiernan": "PERSON"},
        id="Alistair Cragg's performance"),
    pytest.param(  # negative: a firm named after people stays a firm (business/enron-bosses-in-168m-payout.txt)
        ["Enron's shareholders are still seeking damages from a long list of other big name defendants including the "
         "financial institutions JP Morgan Chase, Citigroup, Merrill Lynch and Credit Suisse First Boston."],
        {"Merrill Lynch": "ORG", "Citigroup": "ORG"}, id="Merrill Lynch stays a firm"),
    # -- a place's reading on a tie (entities.place_on_a_tie)
    pytest.param(  # sport/tevez-an-argentine-in-brazil.txt (GPE "in Buenos Aires", ORG "shared with Buenos Aires")
        ["Hounded by the press, Tevez grew tired of his life in Buenos Aires.",
         "Once it shared with Buenos Aires the same melancholy air of a city of Italian immigrants."],
        {"Buenos Aires": "GPE", "Tevez": "PERSON"}, id="his life in Buenos Aires"),
    pytest.param(  # sport/zambia-confident-and-cautious.txt (GPE "in Lusaka", ORG "Lusaka's Independence stadium");
        # negative: the country stays a country
        ["Zambia's technical director, Kalusha Bwalya is confident and cautious ahead of the Cosafa Cup final against "
         "Angola on Saturday in Lusaka.",
         "That victory for Angola also marked a first defeat in 14 years for Zambia at Lusaka's Independence stadium, "
         "where Saturday's game is being played."],
        {"Lusaka": "GPE", "Zambia": "GPE", "Kalusha Bwalya": "PERSON"}, id="on Saturday in Lusaka"),
    # -- big firms in the gazetteer; "Sony" + "Ericsson" one name (namespans.merge_adjacent)
    pytest.param(  # tech/looks-and-music-to-drive-mobiles.txt ("Ericsson" read PERSON, "Sony" ORG)
        ["Sony Ericsson just released its Walkman branded mobile phone, the W800, which combines a digital music "
         "player with up to 30 hours' battery life, and a two megapixel camera."],
        {"Sony Ericsson": "ORG", "Ericsson": None, "Sony": None}, id="Sony Ericsson just released"),
    pytest.param(  # tech/microsoft-takes-on-desktop-search.txt (read as a work), business/profits-slide-at-india-s-dr-
        # reddy.txt (read PERSON)
        ["Search giant Google launched its desktop search tool in October, while Yahoo is planning to release "
         "similar software in January.",
         "It also lost a key court case in March 2004, banning it from selling a version of Pfizer's popular "
         "hypertension drug Norvasc in the US."],
        {"Yahoo": "ORG", "Google": "ORG", "Pfizer": "ORG"}, id="Yahoo is planning, Pfizer's drug"),
    pytest.param(  # negative: the brewer's cup stays a competition (sport/wilkinson-fit-to-face-edinburgh.txt)
        ["And the 25-year-old fly-half will start Saturday's Heineken Cup match at Murrayfield on the bench."],
        {"Heineken": None}, id="Heineken Cup match"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_entity_types_s23(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, "\n\n".join(texts))
    got = {name: typed(ents, name) for name in expected}
    assert got == expected, sorted((e.name, e.type) for e in ents.values())
