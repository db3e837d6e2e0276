"""Entity types from evidence, session 20 (issue 17, wrong-type class), on real BBC sentences of the pool.

Each row gives one or more articles (texts resolved together) and the type of every name it settles, with the
negative cases a rule must not touch. Every positive row fails at main 64a09ab.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts


def typed(ents, name: str) -> str | None:
    return ents[name].type if name in ents else None


TYPES = [
    # -- the author of a survey (kindcues.author_of_a_study)
    pytest.param(  # tech/france-starts-digital-terrestrial.txt (read as a person)
        ["A recent survey by Mediametrie found that 70% of people interviewed were aware of DTT, and 25% were planning "
         "to buy a digital receiver."],
        {"Mediametrie": "ORG"}, id="a recent survey by Mediametrie"),
    pytest.param(  # tech/microsoft-sets-sights-on-spyware.txt (Earthlink read as a person; s19 blind verdict)
        ["A recent survey by Earthlink and Webroot found that 90% of PCs are infested with the surreptitious software "
         "and that, on average, each one is harbouring 28 separate spyware programs."],
        {"Earthlink": "ORG", "Webroot": "ORG"}, id="a survey by Earthlink and Webroot"),
    pytest.param(  # negative: a place a figure comes from (business/dollar-hovers-around-record-lows.txt), a person
        ["Disappointing business figures from Chicago triggered the US currency's weakness on Thursday.",
         "A report by Professor Smith found that the scheme had failed."],
        {"Chicago": "GPE", "Smith": "PERSON"}, id="figures from Chicago, a report by Professor Smith"),
    # -- a body before its own people (kindcues.body_before_its_people)
    pytest.param(  # politics/hunt-demo-at-labour-meeting.txt (read as an event by "War"; s19 blind verdict)
        ["Fathers 4 Justice, pensioners' rights activists and Stop the War campaigners were also expected to "
         "demonstrate during the three-day conference which starts on Friday."],
        {"Stop the War": "ORG", "Fathers 4 Justice": "ORG"}, id="Stop the War campaigners"),
    pytest.param(  # negative: a man's spokesman, a war that is no campaign
        ["Tony Blair was in Sheffield on Friday. A Blair spokesman said the visit had been a success.",
         "Veterans of the Gulf War met in London on Friday."],
        {"Tony Blair": "PERSON", "Gulf War": "EVENT"}, id="a Blair spokesman, the Gulf War"),
    # -- a club named for its town (kindcues.club_named_for_its_town)
    pytest.param(  # sport/coach-ranieri-sacked-by-valencia.txt (read GPE; s19 blind verdict)
        ["Things began well but the Spanish champions extended their winless streak to six after losing to Racing "
         "Santander last weekend. That defeat was then followed by a Uefa Cup exit at the hands of Steaua Bucharest."],
        {"Steaua Bucharest": "ORG"}, id="a Uefa Cup exit at the hands of Steaua Bucharest"),
    pytest.param(  # sport/wenger-keeping-faith-with-almunia.txt (read LOC)
        ['Wenger said: "You don\'t think I would take out one goalkeeper for just one game, do you?" Wenger insists he '
         "has complete faith in the 27-year-old Spaniard, who was signed last summer from Celta Vigo as back-up to "
         "Jens Lehmann."],
        {"Celta Vigo": "ORG", "Jens Lehmann": "PERSON"}, id="signed from Celta Vigo"),
    pytest.param(  # negative: places of their own in a football paragraph
        ["The striker flew from Kuala Lumpur to Greater Manchester on Friday to join the club."],
        {"Kuala Lumpur": "GPE", "Greater Manchester": "LOC"}, id="Kuala Lumpur, Greater Manchester"),
    # -- a person's name after a noun of a person (nametypes.person_after_a_person_noun)
    pytest.param(  # business/electrolux-to-export-europe-jobs.txt (read ORG)
        ['"It looks pretty grim," said Swedish trades union official Ulf Carlsson. "What are we going to end up '
         'producing in Sweden?"'],
        {"Ulf Carlsson": "PERSON", "Sweden": "GPE"}, id="union official Ulf Carlsson"),
    pytest.param(  # negative: a place after a person's noun (a misreading, but no person's name)
        ["The home of union official Newcastle was searched."],
        {"Newcastle": "GPE"}, id="official Newcastle"),
    # -- a malicious program read as a body (kindcues.malware_by_its_noun)
    pytest.param(  # s19 blind verdict, seed 58 (tech: read ORG)
        ["The program that installs itself is called the Hackarmy trojan and it tries to recruit PCs into so-called "
         "'bot networks that are often used to distribute spam mail messages or to launch attacks across the web."],
        {"Hackarmy": "PRODUCT"}, id="called the Hackarmy trojan"),
    pytest.param(  # negative: a firm's laboratory, a firm's worm (no naming verb)
        ["Computer users were warned on Friday. Staff at the Kaspersky virus laboratory said the software spread by "
         "e-mail.", "The Skype worm spread quickly through computers on the internet."],
        {"Kaspersky": "ORG", "Skype": "ORG"}, id="the Kaspersky virus laboratory, the Skype worm"),
    # -- a device's last word (nametypes.head_word_label)
    pytest.param(  # s19 blind verdict, seed 57 (tech: read ORG)
        ["Apple's iPod was launched in October 2001, but the portable music player market has been growing steadily "
         "since the launch of the Creative Nomad Jukebox in mid-2000."],
        {"Creative Nomad Jukebox": "PRODUCT", "Apple": "ORG"}, id="the launch of the Creative Nomad Jukebox"),
    pytest.param(  # negative: a golfer named so
        ["Gary Player won the Masters three times."], {"Gary Player": "PERSON"}, id="Gary Player"),
    # -- a hunt named for its country (nametypes.head_word_label)
    pytest.param(  # politics/minister-defends-hunting-ban-law.txt (read as a work)
        ['But Penny Little, who monitored the Bicester Hunt in Oxfordshire, said she had witnessed "gratuitous, '
         'spiteful killing of foxes".'],
        {"Bicester Hunt": "ORG", "Penny Little": "PERSON"}, id="the Bicester Hunt in Oxfordshire"),
    pytest.param(  # negative: a person whose surname is Hunt
        ["Nicky Hunt signed a new contract with Bolton on Friday."], {"Nicky Hunt": "PERSON"}, id="Nicky Hunt"),
    # -- a town read as a person (nametypes.town_read_as_a_person)
    pytest.param(  # politics/bnp-leader-nick-griffin-arrested.txt (read as a person)
        ["Police said they had arrested a number of people. Two men, both from Keighley, were arrested in September on "
         "suspicion of conspiracy to commit criminal damage and possession of a firearm."],
        {"Keighley": "GPE"}, id="two men, both from Keighley"),
    pytest.param(  # politics/police-probe-bnp-mosque-leaflet.txt (read as a person)
        ["He said space was limited in the current mosque and on some occasions Muslims had to travel to Llanelli for "
         "cultural events."],
        {"Llanelli": "GPE", "Muslims": "NORP"}, id="had to travel to Llanelli"),
    pytest.param(  # negative: a person's surname after "to", a club after "to" in a rugby paragraph
        ["Gordon Brown has written to the party. A letter to Brown from the unions was published on Friday.",
         "The 31-year-old former Dublin milkman moved from Leinster to Toulouse in 2003 and immediately picked up a "
         "Heineken Cup winner's medal."],
        {"Gordon Brown": "PERSON", "Toulouse": "ORG"}, id="a letter to Brown, moved to Toulouse"),
    # -- a company's last word (nametypes.head_word_label)
    pytest.param(  # sport/balco-case-trial-date-pushed-back.txt (read LOC): the long name of an acronym
        ["The trial date for the Bay Area Laboratory Cooperative (Balco) steroid distribution case has been "
         "postponed."],
        {"Bay Area Laboratory Cooperative": "ORG"}, id="the Bay Area Laboratory Cooperative"),
    pytest.param(  # s19 blind verdict, seed 58 (read as a law)
        ["Well at the Gielgud, lost out in the best supporting role category to Amanda Harris, who played Emilia in "
         "Othello for the Royal Shakespeare Company."],
        {"Royal Shakespeare Company": "ORG", "Amanda Harris": "PERSON"}, id="for the Royal Shakespeare Company"),
    pytest.param(  # negative: an album named with "Company" (entertainment/grammys-honour-soul-star-charles.txt)
        ["Charles' last album, Genius Loves Company, a collection of duets that has sold more than two million "
         "copies, was named album of the year and best pop vocal album."],
        {"Genius Loves Company": "WORK_OF_ART"}, id="Genius Loves Company"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_entity_types_s20(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, *texts)
    got = {name: typed(ents, name) for name in expected}
    assert got == expected, sorted((e.name, e.type) for e in ents.values())
