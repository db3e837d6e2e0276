"""Entity types from evidence, session 24 (issue 17, wrong-type class), on real BBC sentences of the pool.

A name the model read once as a person takes that reading for every later mention it left unread
(coref.recover_names); a mention that is the whole subject of a verb in the plural ("Bath have signed") now says
so (Mention.plural), and a name so written, with nothing making it a person, is a club, a band or a firm
(entities.group_by_its_plural_verb). Each row gives the texts of one article and the type of every name it settles
(``None``: no entity), with the negative cases the rules must not touch.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts
from test_entity_types_s22 import typed


TYPES = [
    # -- a name written as the subject of a plural verb (entities.group_by_its_plural_verb)
    pytest.param(  # sport/scrum-half-williams-rejoins-bath.txt ("Bath" read PERSON twice, unread at "Bath have")
        ["Bath have signed their former scrum-half Andy Williams on a short-term deal from the Neath-Swansea Ospreys.",
         "With Martyn Wood's injury likely to keep him out until February, Bath need experienced back-up to Nick "
         "Walshe. \"He has been playing regular Heineken Cup and Celtic League rugby and he has a great affection for "
         "Bath,\" Rowell told Bath's official website."],
        {"Bath": "ORG", "Andy Williams": "PERSON", "Nick Walshe": "PERSON"}, id="Bath have signed"),
    pytest.param(  # negative: a country's team keeps the country's type, and the persons theirs
        # (sport/scotland-v-italy-sat.txt)
        ["Scotland have also made two changes, Simon Webster replacing Simon Danielli on the wing and Simon Taylor "
         "returning for his first Test in a year, for injured flanker Jason White."],
        {"Scotland": "GPE", "Simon Webster": "PERSON", "Simon Danielli": "PERSON", "Jason White": "PERSON"},
        id="Scotland have also made"),
    pytest.param(  # negative: a full name closing a coordination the parse missed (tech/global-blogger-action-day-
        # called.txt; "Mojtaba" is no first name kg knows)
        ["The month-old Committee to Protect Bloggers' is asking those with blogs to dedicate their sites on 22 February "
         "to the \"Free Mojtaba and Arash Day\". Arash Sigarchi and Mojtaba Saminejad are both in prison in Iran."],
        {"Mojtaba Saminejad": "PERSON", "Iran": "GPE"}, id="Arash Sigarchi and Mojtaba Saminejad are"),
    # -- a group keyed by a name the gazetteer lacks takes the entry of one of its names
    # (entities.gazetteer_entry_of_a_member)
    pytest.param(  # tech/slim-playstation-triples-sales.txt ("San Andreas" read LOC, "GTA San Andreas" ORG and LOC)
        ["The numbers were also boosted by the release of the PS2-only game Grand Theft Auto: San Andreas. "
         "Edinburgh-based developer, Rockstar, which is behind the GTA titles, has seen San Andreas pull in an "
         "estimated £24m in gross revenues over the weekend.",
         "Gangster-themed GTA San Andreas is the sequel to Grand Theft Auto Vice City which previously held the record "
         "for the fastest-selling video game ever.",
         "Mr Houlihan added that Sony had done well with the PS2, but it definitely helped that the release of San "
         "Andreas coincided with the slimline PS2 hitting the shelves. The sales figures also suggest that it may be a "
         "largely adult audience driving demand, since GTA San Andreas has an 18 certificate."],
        {"Grand Theft Auto: San Andreas": "WORK_OF_ART", "San Andreas": None, "GTA San Andreas": None, "Sony": "ORG"},
        id="GTA San Andreas"),
    pytest.param(  # negative: a titled name is its own, not the gazetteer's place (politics/blunkett-sorry-over-murder-
        # plan.txt)
        ["But speaking after the report was published, Home Office minister Baroness Scotland said: \"Murder is the "
         "most serious of crimes and we have no intention of abolishing the mandatory life sentence.\""],
        {"Baroness Scotland": "PERSON", "Scotland": None, "Home Office": "ORG"}, id="Baroness Scotland"),
    # -- a league's head word alone is its league (nametypes.head_word_label); the Champions League is a cup
    # competition (the shipped gazetteer, docs/model.md)
    pytest.param(  # sport/strachan-turns-down-pompey.txt ("Premiership" read PERSON; "he" then stood for it)
        ["The duo had gone five matches unbeaten until Sunday's 1-0 defeat at home to champions Arsenal, but the club "
         "are still in a respectable 12th place in the Premiership table."],
        {"Premiership": "ORG", "Arsenal": "ORG"}, id="12th place in the Premiership table"),
    pytest.param(  # sport/beckham-relief-as-real-go-through.txt ("Champions League" read ORG)
        ["David Beckham expressed his relief at Real Madrid's passage to the Champions League knockout phase.",
         "Real's finish as runners-up in their Champions League group means they cannot face his old club Manchester "
         "United in the next round."],
        {"Champions League": "EVENT", "Real Madrid": "ORG", "David Beckham": "PERSON"}, id="the Champions League"),
    # -- a work's noun the tagger read as an adjective of the name it heads (namespans.context_label)
    pytest.param(  # entertainment/hard-act-to-follow-for-outkast.txt ("Hey Ya" read PERSON, "single" ADJ)
        ["The double album - which saw the pair produce one disc each - topped the charts in the US at the same time "
         "as single Hey Ya! It took another track from the exponents of southern hip-hop - The Way You Move - to "
         "displace it from the top spot."],
        {"Hey Ya": "WORK_OF_ART"}, id="single Hey Ya"),
    pytest.param(  # entertainment/bollywood-dvd-fraudster-is-jailed.txt ("Mohabbatein" read PERSON: no entity)
        ["Buhecha was previously a legitimate distributor of Bollywood films, but was suspended and sued by his "
         "employers for dealing in illegal copies of Bollywood classic Mohabbatein."],
        {"Mohabbatein": "WORK_OF_ART"}, id="Bollywood classic Mohabbatein"),
    pytest.param(  # negative: the adjective of a noun after the name (tech/cebit-fever-takes-over-hanover.txt)
        ["A single AAA battery is said to last up to 30 hours."],
        {"AAA": "ORG"}, id="A single AAA battery"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_entity_types_s24(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, "\n\n".join(texts))
    got = {name: typed(ents, name) for name in expected}
    assert got == expected, sorted((e.name, e.type) for e in ents.values())
