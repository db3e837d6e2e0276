"""Entity types from evidence, session 26 (issue 17, the wrong-type class), on real BBC sentences of the pool.

A river's, a loch's or a mountain's name opened by its feature's word is a place (nametypes.feature_by_its_first_word);
a name a day or a period owns, read as a person, is an event (nametypes.event_of_its_day); a British county
and its compass point is a parliamentary seat (kindcues.constituency_name); a people's adjective before an alphabet,
a script or a language names the language, which kg keeps no entity for (kindcues.is_language_use); a name named or voted best film,
musical or album is that work (nametypes.work_named_best); a one-word name listed with
people named in full is a surname (nametypes.surname_among_people). Each row gives the texts of one article
and the type of every name it settles (``None``: no entity), with the negative cases the rules must not touch.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts
from test_entity_types_s22 import typed


TYPES = [
    # -- a natural feature's word opens its name (nametypes.feature_by_its_first_word)
    pytest.param(  # entertainment/neeson-in-bid-to-revive-theatre.txt (read ORG)
        ["The Lyric began 50 years ago but the doors opened at its present site on the Stranmillis embankment "
         "overlooking the River Lagan in 1968."],
        {"River Lagan": "LOC"}, id="overlooking the River Lagan"),
    pytest.param(  # negative: a room named after a river is no river (business, the Savoy's sale)
        ["Fairmont said it planned to invest $48m (£26m) in renovating parts of the Savoy including the River Room "
         "and suites with views over the River Thames."],
        {"River Room": None, "River Thames": "LOC"}, id="the Savoy including the River Room"),
    # -- a name a day owns is an event held that day (nametypes.event_of_its_day)
    pytest.param(  # entertainment/top-stars-join-us-tsunami-tv-show.txt (read PERSON)
        ["Andy Garcia, Lucy Liu, Natalie Portman and Jay Leno are also among the new names for Saturday's Tsunami "
         "Aid."],
        {"Tsunami Aid": "EVENT", "Jay Leno": "PERSON"}, id="Saturday's Tsunami Aid"),
    pytest.param(  # negative: a person a year "owns" only modifies a noun (a report on US indecency fines)
        ["Last year's Janet Jackson 'wardrobe malfunction' encouraged the FCC to impose tougher rules, but the US "
         "Congress adjourned last year without agreeing on a new level of fines."],
        {"Janet Jackson": "PERSON"}, id="Last year's Janet Jackson 'wardrobe malfunction'"),
    # -- a British county and its compass point is a seat (kindcues.constituency_name)
    pytest.param(  # politics/lib-dems-target-the-student-vote.txt ("Surrey South West" read PERSON, "Dorset West" ORG)
        ["The seats where the Lib Dems say student votes can swing the election for them are: Bristol West, Cardiff "
         "Central, Leeds North West, Cambridge, Manchester Gorton, Sheffield Central, Oxford East, Newcastle-upon-Tyne "
         "Central, Liverpool Riverside, Holborn and St Pancras, Oldham East and Saddleworth, Manchester Withington, "
         "Islington South and Finsbury, Birmingham Yardley, Surrey South West, Taunton, Orpington, Haltemprice and "
         "Howden, Eastbourne, Isle of Wight, Dorset West, Bournemouth East, Wells, Canterbury, Cities of London and "
         "Westminster, Bournemouth West, Westmorland and Lonsdale."],
        {"Surrey South West": "GPE", "Dorset West": "GPE", "Bristol West": "GPE"}, id="Surrey South West, Dorset West"),
    pytest.param(  # negative: a person whose surname is a compass point (a Grammy awards report)
        ["Kanye West dominated the rap categories, winning best rap song for Jesus Walks and best rap album for The "
         "College Dropout."],
        {"Kanye West": "PERSON"}, id="Kanye West dominated the rap categories"),
    # -- a people's adjective before an alphabet or a language names the language: no entity (kindcues.is_language_use)
    pytest.param(  # tech/domain-system-opens-door-to-scams.txt ("Latin" read NORP)
        ["So, for example, website PayPal could now be coded using a mixture of the Latin alphabet and the Russian "
         "alphabet."],
        {"Latin": None, "PayPal": "ORG"}, id="the Latin alphabet"),
    pytest.param(  # negative: a continent's adjective names no one language (a report on web domain names)
        ["So-called ASCII codes are used to represent European languages but for other languages a hybrid of a system "
         "called Unicode is used."],
        {"European": "NORP"}, id="European languages"),
    # -- a name named best film, musical … is that work (nametypes.work_named_best)
    pytest.param(  # entertainment/bennett-play-takes-theatre-prizes.txt (read ORG)
        ["The Producers was named best musical, Victoria Hamilton was best actress for Suddenly Last Summer and "
         "Festen's Rufus Norris was named best director."],
        {"Producers": "WORK_OF_ART", "Victoria Hamilton": "PERSON", "Rufus Norris": "PERSON"}, id="The Producers was named best musical"),
    pytest.param(  # a report on the Los Angeles critics' prizes (read GPE)
        ["Quirky comedy Sideways was named the best film of the year by the Los Angeles Film Critics Association."],
        {"Sideways": "WORK_OF_ART"}, id="Sideways was named the best film"),
    pytest.param(  # negative: a band named best in a performer's category stays a band (the MTV Europe awards)
        ["R&B singer Usher won best male and best album for Confessions, while UK rock band Muse were named best "
         "alternative act and best British artists."],
        {"Muse": "ORG", "Usher": "PERSON"}, id="Muse were named best alternative act"),
    # -- a one-word name listed with people named in full is a surname (nametypes.surname_among_people)
    pytest.param(  # entertainment/bafta-to-hand-out-movie-honours.txt (read ORG)
        ["His co-star Natalie Portman is up against Blanchett, Heather Craney, Julie Cristie and Meryl Streep in the "
         "best supporting actress category."],
        {"Blanchett": "PERSON", "Meryl Streep": "PERSON"}, id="up against Blanchett, Heather Craney"),
    pytest.param(  # sport/dallaglio-his-own-man-to-the-end.txt (read ORG)
        ["The likes of Matt Dawson, Jonny Wilkinson, Phil Vickery and Hill have all been mentioned as contenders for "
         "Dallaglio's role as captain."],
        {"Hill": "PERSON", "Jonny Wilkinson": "PERSON"}, id="Phil Vickery and Hill"),
    pytest.param(  # negative: a band listed with singers in a sentence about music (a poll of new acts)
        ["In last year's survey, Keane were followed by Franz Ferdinand, Razorlight and Joss Stone in the top five - "
         "all of whom were virtually unknown outside the music industry at that point."],
        {"Razorlight": "ORG"}, id="Franz Ferdinand, Razorlight and Joss Stone"),
    pytest.param(  # negative: a firm its officers are listed after (business, a French market watchdog)
        ["AMF has begun proceedings against Vivendi, its chief executive Jean-Rene Fourtou and chief operating officer "
         "Jean-Bernard Levy."],
        {"Vivendi": "ORG"}, id="against Vivendi, its chief executive"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_entity_types_s26(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, "\n\n".join(texts))
    got = {name: typed(ents, name) for name in expected}
    assert got == expected, sorted((e.name, e.type) for e in ents.values())
