"""Entity types from evidence, session 25 (issue 17, wrong-type and non-entity classes), on real BBC sentences of the pool.

A name under "by" in a list is an item's maker, not an item (kindcues._list_noun); a venue ending in "Centre" is a
building though a first name opens it (kindcues.NO_SURNAME_BUILDING_HEADS); a team a contest's verb and its particle
take is a club ("saw off Feyenoord", kindcues._contest_verb); a British town the model read as a body where a
preposition of place holds it is the town (nametypes.town_read_as_a_body); a first name alone listed with people is
a person (nametypes.first_name_among_people); a name that owns a company's founder, shareholders or subsidiary is a
company (nametypes.body_of_its_founder); a list a plural noun "includes" is a list of its kind; a band's "debut" in
apposition and a song or album a band owns in a sentence about the charts are works; acronyms of a job, seat, honour, device or format are common nouns (the
gazetteer's ``common`` lines). Each row gives the texts of one article and the type of every name it settles
(``None``: no entity), with the negative cases the rules must not touch.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts
from test_entity_types_s22 import typed


TYPES = [
    # -- a name after "by" inside a list is an item's maker (kindcues._list_noun)
    pytest.param(  # a Viacom indecency-fines report of the pool (read WORK_OF_ART)
        ['The FCC was looking into 50 shows, including those by "shock jock" Howard Stern and two New York DJs. '
         'Stern recently announced he was leaving Viacom.'],
        {"Howard Stern": "PERSON", "Stern": None, "DJs": None}, id="shows including those by Howard Stern"),
    pytest.param(  # negative: works listed after their noun stay works
        ["Scorsese has been nominated for such films as Raging Bull and Goodfellas."],
        {"Raging Bull": "WORK_OF_ART"}, id="such films as Raging Bull"),
    # -- a venue ending in "Centre" (kindcues.building_by_its_head)
    pytest.param(  # tech/evil-twin-fear-for-wireless-net.txt (read PERSON: "Dana" is a first name)
        ["Dr Nobles is due to speak about wireless cybercrime at the Science Museum's Dana Centre in London on "
         "Thursday."],
        {"Dana Centre": "FAC", "London": "GPE"}, id="the Science Museum's Dana Centre"),
    pytest.param(  # negative: a rugby centre before his name (sport/bell-set-for-england-debut.txt)
        ["Robinson also has an injury worry over centre Olly Barkley, who withdrew from Bath's starting line-up to "
         "face Gloucester last weekend."],
        {"Olly Barkley": "PERSON"}, id="centre Olly Barkley"),
    # -- a team a contest's verb with its particle takes (kindcues._in_a_contest)
    pytest.param(  # sport/downing-injury-mars-uefa-victory.txt (read GPE)
        ["Middlesbrough manager Steve McClaren said the club's Uefa Cup campaign goes on. Boro face Sporting Lisbon "
         "for a place in the quarter-finals after the Portuguese side saw off Feyenoord on Thursday."],
        {"Feyenoord": "ORG"}, id="the Portuguese side saw off Feyenoord"),
    pytest.param(  # negative: a tennis player seen off stays a person (sport/classy-henman-makes-winning-start.txt)
        ["The world number one beat Gaston Gaudio 5-7 6-1 6-4, before Andre Agassi saw off Chilean Olympic gold "
         "medalist Nicolas Massu 6-1 7-6 (7-4)."],
        {"Nicolas Massu": "PERSON", "Andre Agassi": "PERSON"}, id="Agassi saw off Massu"),
    # -- a British town read as a body where a preposition of place holds it (nametypes.town_read_as_a_body)
    pytest.param(  # politics/lord-scarman-93-dies-peacefully.txt (read ORG)
        ["During the following three days of disturbances that spread to the Midlands, Merseyside, Bristol and "
         "Leeds, nearly 400 people were injured and buildings and vehicles were set alight."],
        {"Bristol": "GPE", "Leeds": "GPE"}, id="spread to … Bristol and Leeds"),
    pytest.param(  # politics/labour-s-core-support-takes-stock.txt (read ORG)
        ['Tony Martin, of Burnley, said: "He is the first leader who has won us two terms. This bloke has delivered '
         'for us."'],
        {"Burnley": "GPE", "Tony Martin": "PERSON"}, id="Tony Martin, of Burnley"),
    pytest.param(  # negative: a town is its club in a football paragraph (an FA Cup draw report)
        ["A number of Premiership teams face difficult away games against Championship sides on the weekend of 8/9 "
         "January. Third-placed Everton visit Plymouth, Liverpool travel to Burnley, Crystal Palace go to "
         "Sunderland."],
        {"Burnley": "ORG"}, id="Liverpool travel to Burnley"),
    # -- a first name alone listed with people (nametypes.first_name_among_people)
    pytest.param(  # entertainment/dirty-den-s-demise-seen-by-14m.txt (read ORG)
        ["Den died after being confronted by Zoe, Chrissie and Sam in the Queen Vic."],
        {"Zoe": "PERSON", "Sam": "PERSON"}, id="confronted by Zoe, Chrissie and Sam"),
    pytest.param(  # negative: places listed with places stay places (a report on the EU budget)
        ["The UK, France, Germany, Austria, the Netherlands and Sweden want the EU budget to be capped."],
        {"Austria": "GPE", "Sweden": "GPE"}, id="a list of countries"),
    # -- a company that owns a founder, shareholders or a subsidiary (nametypes.body_of_its_founder)
    pytest.param(  # business/orange-colour-clash-set-for-court.txt (read PRODUCT)
        ["A row over the colour orange could hit the courts after mobile phone giant Orange launched action against "
         "a new mobile venture from Easyjet's founder."],
        {"Easyjet": "ORG", "Orange": "ORG"}, id="Easyjet's founder"),
    pytest.param(  # an Enron settlement report
        ["The deal is the fourth major settlement negotiated by lawyers who filed a class action on behalf of Enron's "
         "shareholders almost three years ago."],
        {"Enron": "ORG"}, id="Enron's shareholders"),
    pytest.param(  # negative: the founder named keeps his reading (a Yukos report)
        ["The company's founder and ex-chief executive, Mikhail Khodorkovsky, is in jail on trial for tax evasion and "
         "fraud."],
        {"Mikhail Khodorkovsky": "PERSON"}, id="the company's founder, Mikhail Khodorkovsky"),
    # -- acronyms of a job, seat, honour, device or format (gazetteer `common` lines)
    pytest.param(  # a report on an MSP's interests (MSP read ORG)
        ["Mr McLetchie received advice from the clerk to the standards committee. The MSP had been a partner for "
         "Tods Murray which has a client opposing the development."],
        {"MSP": None, "McLetchie": "PERSON"}, id="The MSP had been a partner"),
    pytest.param(  # a postal-votes fraud hearing (QC read ORG)
        ["Deputy High Court Judge Richard Mawrey, QC told the hearing at the Birmingham and Midlands Institute the case "
         "could have potentially serious consequences."],
        {"QC": None, "Richard Mawrey": "PERSON"}, id="Richard Mawrey, QC"),
    pytest.param(  # a report on gadgets (DVR read ORG); negative: a body's acronym stays a body
        ["The trend for gadgets and technologies, such as digital video recorders (DVR), broadband, and "
         "video-on-demand will continue across Europe, the BBC said."],
        {"DVR": None, "BBC": "ORG"}, id="digital video recorders (DVR)"),
    # -- a list a plural noun "includes" (kindcues._list_noun, nametypes.body_in_a_list)
    pytest.param(  # a report on Inbev buying a Russian brewer (read PERSON and GPE)
        ["Inbev brands include Bass, Stella Artois, Hoegaarden and Staropramen."],
        {"Bass": "PRODUCT", "Stella Artois": "PRODUCT", "Staropramen": "PRODUCT"}, id="brands include Bass"),  # beers (s27)
    pytest.param(  # a report on Sony's mini PlayStation (read ORG)
        ["The 24 games for the mini console include Ape Academy, Formula One, Wipeout Pure and Fired Up."],
        {"Ape Academy": "WORK_OF_ART", "Wipeout Pure": "WORK_OF_ART"}, id="games include Ape Academy"),
    pytest.param(  # negative: "including" still opens a list of its own (business/lacroix-label-bought-by-us-firm.txt)
        ["Paris-based LVMH has been selling non-core businesses and focusing on its most profitable labels including "
         "Moet & Chandon champagne and Louis Vuitton. The Paris-based firm has been shedding non-core businesses and "
         "focusing on its most profitable brands including Moet & Chandon champagne and Louis Vuitton."],
        {"Louis Vuitton": "ORG"}, id="brands including Louis Vuitton"),
    # -- a one-word name read as a place, listed with people (nametypes.first_name_among_people)
    pytest.param(  # a report on the MTV Europe awards ("Eminem" read GPE)
        ["In the international categories, Morrissey beat Eminem, Usher and Robbie Williams to best male while PJ "
         "Harvey pipped Kylie Minogue."],
        {"Eminem": "PERSON", "Robbie Williams": "PERSON"}, id="beat Eminem, Usher and Robbie Williams"),
    pytest.param(  # negative: a band read as a body, listed with people, stays a body (a reader's comment on the Brits)
        ["Good luck to Joss Stone, let's celebrate her victory - let's also question why, with artists so successful "
         "and talented as Jamelia, Lemar, Kanye West, Dizzee Rascal, Alicia Keys and Outkast - we didn't see them win."],
        {"Kanye West": "PERSON", "Joss Stone": "PERSON"}, id="artists as … and Outkast"),
    # -- a band's debut, a song or album a band owns in the charts (kindcues.KIND_OF_NOUN, nametypes._possessed_work)
    pytest.param(  # a Manic Street Preachers report (read PERSON)
        ["But Edwards replaced Flicker in time for the band's self-financed debut, Suicide Alley, after designing the "
         "record's artwork."],
        {"Suicide Alley": "WORK_OF_ART"}, id="the band's debut, Suicide Alley"),
    pytest.param(  # a report on US download charts (read ORG)
        ["Green Day's Boulevard of Broken Dreams is currently number two in Billboard's pop chart, and tops its digital "
         "chart."],
        {"Boulevard of Broken Dreams": "WORK_OF_ART"}, id="Green Day's Boulevard of Broken Dreams"),
    pytest.param(  # negative: a chart's own name before its noun is no song (a report on US download charts)
        ["Digital sales in the US are already used to compile Billboard's Hot Digital Sales chart."],
        {"Hot Digital Sales": None}, id="Billboard's Hot Digital Sales chart"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_entity_types_s25(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, "\n\n".join(texts))
    got = {name: typed(ents, name) for name in expected}
    assert got == expected, sorted((e.name, e.type) for e in ents.values())
