"""Entity types from evidence, session 17 (issue 17, wrong-type class: one-mention names typed by the small model
alone), on real BBC sentences from ../shared/corpora/bbc-news.

Each row gives one or more articles (texts resolved together) and the type of every name it settles, with the
negative cases a rule must not touch (None: no entity of that name). Every positive row fails at main 996e505.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts


def typed(ents, name: str) -> str | None:
    return ents[name].type if name in ents else None


TYPES = [
    # -- a body's own last word, which no person's name and no title ends in (nametypes.head_word_label, BODY_ONLY_HEADS)
    pytest.param(  # tech/progress-on-new-internet-domains.txt (read as a work: a capital "The" inside the sentence)
        ["It is backed by a New York-based trade group called The Travel Partnership. Icann said its early decision "
         "on the two domains was in response to the details."],
        {"The Travel Partnership": "ORG"}, id="a trade group called The Travel Partnership"),
    pytest.param(  # sport/roche-turns-down-federer-offer.txt (an award named after the body: read as the award)
        ["Federer was named Swiss sportsman of the year on Saturday, to add to the BBC overseas sportsman and European "
         "Sports Journalists Association awards he has already won."],
        {"European Sports Journalists Association": "ORG"}, id="the Association's awards"),
    pytest.param(  # politics/mps-to-debate-euthanasia-laws.txt: "Lawyers'" + a first name is no person; the name is
        # whole since session 27 (its acronym spells the possessive too: wholenames.spelled_in_brackets_after)
        ["The Christian Medical Fellowship (CMF) and Lawyers' Christian Fellowship (LCF) said the Mental Capacity Bill "
         "would allow euthanasia by the back door."],
        {"Christian Medical Fellowship": "ORG", "Lawyers' Christian Fellowship": "ORG", "Mental Capacity Bill": "LAW"},
        id="a Fellowship after a possessive"),
    pytest.param(  # negative: a work whose name ends otherwise stays a work; a person after a body's possessive stays
        ["Orange Prize winner Andrea Levy has seen her book Small Island win the Whitbread Novel of the Year Award.",
         '"There are no dollar buyers now, especially after the Chicago data yesterday," said ABN Amro\'s Paul '
         'Mackel.'],
        {"Small Island": "WORK_OF_ART", "Paul Mackel": "PERSON"}, id="a book, a dealer"),
    # -- a country's own name read as a thing (entities.country_not_thing)
    pytest.param(  # politics/turkey-deal-to-help-world-peace.txt (read PRODUCT)
        ["The deal to open formal talks with Ankara came despite an EU demand for Turkey to recognise Cyprus."],
        {"Cyprus": "GPE", "Turkey": "GPE"}, id="recognise Cyprus"),
    # -- countries that are no more, in the shipped lexicon (kg/data/gazetteer.tsv)
    pytest.param(  # sport/legendary-dutch-boss-michels-dies.txt, business/cuba-winds-back-economic-clock.txt (read ORG)
        ["However, he guided his side to the 1988 European Championship title with a 2-0 win over the Soviet Union in "
         "the final.",
         "Cuba's economy had staged a modest recovery during the mid 1990s as the collapse of the Soviet Union forced "
         "it to embrace foreign capital."],
        {"Soviet Union": "GPE"}, id="the Soviet Union"),
    # -- a place by the sea (nametypes.head_word_label, SEA_HEADS)
    pytest.param(  # tech/big-war-games-battle-it-out.txt (read as a person: "Pearl" is a first name)
        ["Its arenas are the war's Pacific battles, including Guadalcanal and Pearl Harbour. You play one character "
         "throughout, a raw and rather talkative US soldier."],
        {"Pearl Harbour": "LOC"}, id="Pearl Harbour"),
    # -- a game after "game" or "title" in an article about video games (kindcues.game_after_its_noun)
    pytest.param(  # tech/parents-face-video-game-lessons.txt (read as a person)
        ["Violent games have been hit by controversy after the game Manhunt was blamed by the parents of 14-year-old "
         "Stefan Pakeerah, who was stabbed to death in Leicester in February. Parents need to know what their "
         "children play on their consoles."],
        {"Manhunt": "WORK_OF_ART", "Leicester": "GPE"}, id="the game Manhunt"),
    pytest.param(  # tech/half-life-2-sweeps-bafta-awards.txt (read as a body and as a person)
        ["The originality award was won by PlayStation 2 title Singstar while the children's award went to GameCube "
         "bongo rhythm game Donkey Konga."],
        {"Singstar": "WORK_OF_ART", "Donkey Konga": "WORK_OF_ART"}, id="title Singstar"),
    # -- a firm after a plural noun of its trade's people (nametypes.firm_after_its_trade)
    pytest.param(  # business/indian-oil-firm-eyes-yukos-assets.txt (read as a person: "Douglas" is a first name)
        ["India produces about 793,000 barrels of oil per day (bpd), little changed since the start of the 1990s, "
         "according to oil industry analysts Douglas-Westwood."],
        {"Douglas-Westwood": "ORG", "India": "GPE"}, id="analysts Douglas-Westwood"),
    pytest.param(  # business/bt-offers-equal-access-to-rivals.txt (read LOC), astrazeneca-hit-by-drug-failure.txt (GPE)
        ['Telecom analysts Ovum welcomed the move, saying BT had "given a lot of ground".',
         '"We\'ve got risks on Crestor," said Nick Turner, analyst at brokers Jefferies.'],
        {"Ovum": "ORG", "Jefferies": "ORG", "Nick Turner": "PERSON"}, id="analysts Ovum, brokers Jefferies"),
    pytest.param(  # business/parmalat-sues-45-banks-over-crash.txt (read as a person)
        ["Parmalat has sued 45 banks. It has also gone after auditors Grant Thornton."],
        {"Grant Thornton": "ORG"}, id="auditors Grant Thornton"),
    pytest.param(  # negative: people listed after their plural (entertainment/indie-film-nominations-announced.txt)
        ["Seasoned film-makers Roger Michell, Mike Leigh and Pavel Pavlikowsky challenge them to the award."],
        {"Roger Michell": "PERSON", "Mike Leigh": "PERSON"}, id="film-makers listed"),
    # -- a firm's name and short form joined as a person's, typed a body by the text (entities._body_by_its_evidence)
    pytest.param(  # business/pernod-takeover-talk-lifts-domecq.txt (read as a person, "Pernod" as his surname)
        ["Shares in UK drinks and food firm Allied Domecq have risen on speculation that it could be the target of a "
         "takeover by France's Pernod Ricard. Pernod said it was seeking acquisitions but refused to comment on "
         "specifics. Allied Domecq shares in London rose 4% by 1200 GMT, while Pernod shares in Paris slipped 1.2%."],
        {"Pernod Ricard": "ORG", "Allied Domecq": "ORG"}, id="Pernod shares"),
    pytest.param(  # negative: a person named in full (entertainment/elvis-*.txt) stays one beside "Elvis fans"
        ["Elvis Presley has scored his 19th number one single in the UK charts with the re-release of Jailhouse Rock, "
         "27 years after his death. Elvis fans around the world have been marking the legendary singer's 70th "
         "birthday on Saturday."],
        {"Elvis Presley": "PERSON"}, id="Elvis fans"),
    # -- a place's name the model labelled LAW is no product (nametypes.law_without_law_word)
    pytest.param(  # sport/vickery-out-of-six-nations.txt (read LAW, then PRODUCT by evidence): the club of Bath here
        ["Vickery was injured as his club side, Gloucester, beat Bath 17-16 in the West country derby on Saturday."],
        {"Bath": "ORG", "Gloucester": "ORG"}, id="beat Bath 17-16"),
    pytest.param(  # negative: a LAW reading with no law word and no place stays a product (tech/…-trusted-computing)
        ['This will include what Microsoft, in a typical act of obscurantism, calls the "Next Generation Secure '
         'Computing Base", and it will give user-level programs access to the trusted computing hardware.'],
        {"Next Generation Secure Computing Base": "PRODUCT"}, id="a LAW read that is a product"),
    # -- a name in apposition with a noun of a man or a woman (nametypes.person_by_apposition, KIN_NOUNS)
    pytest.param(  # business/ukraine-steel-sell-off-illegal.txt (both read ORG)
        ["The consortium which won the auction for the mill was created by Viktor Pinchuk, son-in-law of "
         "former-President Leonid Kuchma, and Rinat Akhmetov, the country's richest man."],
        {"Viktor Pinchuk": "PERSON", "Rinat Akhmetov": "PERSON"}, id="the country's richest man"),
    pytest.param(  # negative: a place or a creed the parse hangs a noun of kin on (GAP development-1849, -140)
        ["Kenney-Silver was born Kerri Kenney in Westport, Connecticut, the daughter of Sharon (McGaughey) and Larry "
         "Kenney, an actor who is known for his classic voice-over work.",
         "The film also focuses on Catherine and Joseph's daughter Teresa (Taylor), a devout Catholic more similar to "
         "her superstitious grandmother."],
        {"Connecticut": "GPE", "Catholic": "NORP"}, id="Connecticut, the daughter"),
    pytest.param(  # negative: a firm in apposition with a body's noun stays one (tech/…-san-andreas-…)
        ["Edinburgh-based developer, Rockstar, which is behind the GTA titles, has seen San Andreas pull in an "
         "estimated £24m in gross revenues over the weekend."],
        {"Rockstar": "ORG"}, id="developer, Rockstar"),
    # -- a country whose name joins two names with "and" (namespans.countries_named_with_and)
    pytest.param(  # tech/text-messages-aid-disaster-recovery.txt ("Tobago" read ORG), sport/european-medal-chances-improve.txt
        ["Half a world away, in the Caribbean nation of Trinidad and Tobago, Taran Rampersad read Morquendi's messages.",
         "Findlay is a Londoner who has chosen to represent Trinidad and Tobago but has never run for them so he could "
         "still compete for Great Britain."],
        {"Trinidad and Tobago": "GPE", "Tobago": None, "Trinidad": None}, id="Trinidad and Tobago"),
    pytest.param(  # negative: two countries joined by "and" stay two (politics/woolf-murder-sentence-rethink.txt)
        ["There was an outcry three months ago when the Sentencing Guidelines Council - led by Lord Woolf - published "
         "its proposals for England and Wales."],
        {"England": "GPE", "Wales": "GPE", "England and Wales": None}, id="England and Wales"),
    # -- a town after "in"/"from" and before a comma and its county, state or country (nametypes.town_before_its_region)
    pytest.param(  # tech/dozens-held-over-id-fraud-site.txt (read ORG), politics/commons-hunt-protest-charges.txt (ORG)
        ["A 19-year-old man from Camberley, Surrey, was arrested by the National Hi-Tech Crime Unit but has been bailed.",
         "The other protesters are John Holliday, 37, a huntsman from Ledbury, Herefordshire, Robert Thame, 34, who "
         "plays polo with Princes Charles in Team Highgrove."],
        {"Camberley": "GPE", "Ledbury": "GPE", "Surrey": "LOC", "John Holliday": "PERSON"}, id="from Camberley, Surrey"),
    pytest.param(  # negative: a list of places after "in" (tech/virus-poses-as-christmas-e-mail.txt)
        ["The virus is thought to have spread most widely in South America, Italy, Spain, Bulgaria and Hungary."],
        {"South America": "LOC", "Italy": "GPE"}, id="in South America, Italy, Spain"),
    pytest.param(  # negative: a building before its city stays one (business/us-seeks-new-280bn-smoker-ruling.txt)
        ["Central to the government's case was a meeting in the Plaza Hotel, New York, on 15 December, 1953."],
        {"Plaza Hotel": "FAC", "New York": "GPE"}, id="the Plaza Hotel, New York"),
    # -- a person's full name read as a building, written as a subject or an owner (entities.person_not_building)
    pytest.param(  # entertainment/brando-rejected-godfather-role.txt (read FAC)
        ["The actor was nominated for an Oscar the following year for his role in Bernardo Bertolucci's Last Tango in "
         "Paris."],
        {"Bernardo Bertolucci": "PERSON"}, id="Bernardo Bertolucci's film"),
    pytest.param(  # negative: venues named after persons stay venues (entertainment/prodigy-join-v-festival-line-up.txt
        # and incredibles-win-animation-awards.txt)
        ["A month later at the V Festival, Prodigy will play at Weston Park on Saturday 20 August and Hylands Park on "
         "Sunday 21 August and the Chemical Brothers vice versa.",
         "Tom Kenny, who provides the voice for SpongeBob SquarePants, hosted Sunday's ceremony at the Alex Theater, "
         "Los Angeles."],
        {"Weston Park": "FAC", "Alex Theater": "FAC", "Tom Kenny": "PERSON"}, id="Weston Park, the Alex Theater"),
    # -- an age after a comma is no number of the name (nametypes.no_person_shape)
    pytest.param(  # entertainment/celebrities-get-to-stay-in-jungle.txt (read PRODUCT for the digits)
        ["Former All Saints singer Natalie Appleton,31, walked out of the show after learning she would face a fifth "
         "so-called Bushtucker Trial."],
        {"Natalie Appleton,31": "PERSON"}, id="an age after the name"),
    pytest.param(  # negative: a number that is the name's own stays a product's
        ["Microsoft has given game makers a glimpse of the new Xbox 2 console."],
        {"Xbox": "PRODUCT"}, id="Xbox 2"),
]


@pytest.mark.parametrize("texts,expected", TYPES)
def test_entity_types_s17(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, *texts)
    got = {name: typed(ents, name) for name in expected}
    assert got == expected, sorted((e.name, e.type) for e in ents.values())


# Readings a rule must not give: (texts, {name: the type it must not have}).
NOT_TYPES = [
    pytest.param(  # tech/technology-gets-the-creative-bug.txt: a technology's letters after "game", in a games article
        ["The game engine is the core component of a video game because it handles graphics rendering, game AI, and "
         "how objects behave and relate to each other in a game. Consoles and gamers will want more."],
        {"AI": "WORK_OF_ART"}, id="game AI"),
    pytest.param(  # politics/royal-couple-watch-nation-s-mood.txt: a title as a rank, in an article about no video game
        ["Mrs Parker Bowles will take the title HRH Duchess of Cornwall after a civil ceremony to be held at Windsor "
         "Castle."],
        {"HRH Duchess of Cornwall": "WORK_OF_ART"}, id="the title HRH Duchess"),
]


@pytest.mark.parametrize("texts,forbidden", NOT_TYPES)
def test_entity_types_s17_not(nlp, texts, forbidden):
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, label in forbidden.items():
        assert typed(ents, name) != label, (name, sorted((e.name, e.type) for e in ents.values()))
