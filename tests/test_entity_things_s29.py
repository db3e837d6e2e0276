"""Entity types from evidence, session 29 (issue 17, the wrong-type class that involves no person), on real BBC
sentences of the pool.

A one-word name right after a country's possessive that no gazetteer knows as a place is a firm of that country
(nametypes.firm_of_a_country); a plural name read as a people with a capital "The" inside a sentence is a band's or a
team's name (nametypes.body_named_the); a name after a noun of a body ("industry body", "movement", "unit",
"developer", "publisher", "exchange") is that body (namespans.TYPE_BEFORE). Each row gives the texts of one article and the type of every name it settles
(``None``: no entity), with the negative cases the rules must not touch.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts
from test_entity_types_s22 import typed


TYPES = [
    # -- a firm after its country's possessive (nametypes.firm_of_a_country)
    pytest.param(  # business/irish-company-hit-by-iraqi-report.txt (read LOC; judged start-b ENT004)
        ["Turkey's Everasia is reported by Reuters to have won a contract to develop the Khurmala Dome field in the "
         "north of the country."],
        {"Everasia": "ORG", "Turkey": "GPE", "Reuters": "ORG"}, id="Turkey's Everasia"),
    pytest.param(  # business/eu-to-probe-alitalia-state-aid.txt (read GPE)
        ["The matter of possible state aid was brought to the Commission's attention by eight of Alitalia's rivals, "
         "including Germany's Lufthansa, British Airways and Spain's Iberia."],
        {"Iberia": "ORG", "Spain": "GPE", "Germany": "GPE"}, id="Spain's Iberia"),
    pytest.param(  # negative: a country's own place, which a noun after it heads (politics/straw-praises-kashmir-moves.txt)
        ["A bus link between Amritsar in India was also announced as well as a rail link between Rajasthan state and "
         "Pakistan's Sindh province."],
        {"Pakistan": "GPE", "Sindh": "GPE"}, id="Pakistan's Sindh province"),
    pytest.param(  # negative: a player the article names in full (sport/mauresmo-opens-with-victory-in-la.txt)
        ["Vera Zvonareva was the first to arrive. Mauresmo completed her first match in 54 minutes as Russia's "
         "Zvonareva struggled to return her serve."],
        {"Zvonareva": "PERSON", "Russia": "GPE"}, id="Russia's Zvonareva"),
    # -- a band named with a capital "The" (nametypes.body_named_the)
    pytest.param(  # entertainment/snow-patrol-feted-at-irish-awards.txt (read NORP; judged confirm-a ENT019)
        ["The 8,000 fans at the ceremony were treated to performances from US rapper Snoop Dogg, Brian McFadden with "
         "Delta Goodrem and The Thrills featuring Rolling Stones star Ronnie Wood."],
        {"The Thrills": "ORG", "Snoop Dogg": "PERSON"}, id="and The Thrills featuring"),
    pytest.param(  # entertainment/rapper-kanye-west-s-shrewd-soul.txt (read NORP)
        ["Incorporating samples of Five to One by The Doors and the Jackson Five's I Want You Back respectively, the "
         "hits were credited with reviving the art of sampling."],
        {"The Doors": "ORG"}, id="by The Doors"),
    pytest.param(  # negative: a people opening a quote (politics/ukip-mep-attacked-german-empire.txt)
        ['The documentary showed Mr Nattrass telling the meeting: "The Germans are the big losers here but they '
         'don\'t care."'],
        {"Germany": "GPE"}, id="The Germans are"),
    pytest.param(  # negative: a paper's title, no plural (business/qantas-considers-offshore-option.txt)
        ["Chief executive Geoff Dixon was quoted by The Australian newspaper as saying the carrier could no longer "
         "afford to remain all-Australian."],
        {"Geoff Dixon": "PERSON"}, id="The Australian newspaper"),
    # -- a body by the noun before it (namespans.TYPE_BEFORE: body, organisation, movement, unit, developer, publisher,
    # exchange)
    pytest.param(  # politics/game-warnings-must-be-clearer.txt (read PERSON)
        ["Roger Bennett, head of gaming industry body ELSPA, said banning violent games would be wrong."],
        {"ELSPA": "ORG", "Roger Bennett": "PERSON"}, id="gaming industry body ELSPA"),
    pytest.param(  # business/yukos-sues-four-firms-for-20bn.txt (read PRODUCT)
        ["The four companies named in the law suit are gas giant Gazprom, its unit Gazpromneft, investment company "
         "Baikal, and state oil firm Rosneft."],
        {"Gazpromneft": "ORG", "Rosneft": "ORG"}, id="its unit Gazpromneft"),
    pytest.param(  # entertainment/deal-to-ban-homophobic-reggae.txt (read PRODUCT)
        ["The deal was struck with Stop Murder Music, an umbrella group including OutRage!, the Black Gay Men's "
         "Advisory Group and Jamaican movement J-Flag."],
        {"J-Flag": "ORG"}, id="Jamaican movement J-Flag"),
    pytest.param(  # politics/kelly-trails-new-discipline-powers.txt (read PERSON)
        ['The minister also confirmed she received "spiritual support" from the Catholic movement Opus Dei.'],
        {"Opus Dei": "ORG"}, id="the Catholic movement Opus Dei"),
    pytest.param(  # negative: a person after the noun (politics/blunkett-tells-of-love-and-pain.txt)
        ["David Blunkett has spoken of his love for married publisher Kimberly Quinn for the first time."],
        {"Kimberly Quinn": "PERSON", "David Blunkett": "PERSON"}, id="married publisher Kimberly Quinn"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_type_from_evidence_s29_things(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, label in expected.items():
        assert typed(ents, name) == label, (name, typed(ents, name), sorted((n, e.type) for n, e in ents.items()))
