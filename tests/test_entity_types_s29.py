"""Entity types where a person is involved, session 29 (issue 17, the wrong-type class), on real BBC sentences of the
pool.

A name whose last word is a paper's, a magazine's or a weblog's (entities.PRESS_ENDS: "Magazin", "News", "Times",
"Zeitung", …) is no person, whatever the model or an apposition read (entities.firm_not_person); a person's name
opened by a first name stays a person.
Each row gives the texts of one article and the type of every name it settles, with the negative cases the rules
must not touch.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts
from test_entity_types_s22 import typed


TYPES = [
    # -- a paper's or a magazine's title is no person (entities.firm_not_person, PRESS_ENDS)
    pytest.param(  # business/borussia-dortmund-near-bust.txt (s28 confirmation sample: PERSON)
        ['"I demand better transparency," he is quoted as saying by Germany\'s Manger Magazin.'],
        {"Manger Magazin": "ORG", "Germany": "GPE"}, id="Germany's Manger Magazin"),
    pytest.param(  # tech/podcasters-look-to-net-money.txt (s28 start sample: PERSON, by the apposition to "writer")
        ["But Dave Winer is doubtful. He designed the format called RSS (Really Simple Syndication), which gives web "
         "users an easy way to keep updated automatically on sites they like. He is also writer of the "
         "longest-running weblog on the net, Scripting News."],
        {"Scripting News": "ORG", "Dave Winer": "PERSON"}, id="the weblog on the net, Scripting News"),
    pytest.param(  # negative: a person the apposition after the name types (business/india-seeks-to-boost-construction.txt)
        ['Anshuman Magazine, managing director, of CB Richard Ellis - an international real estate company - told the '
         'BBC this was "a big positive step."'],
        {"Anshuman Magazine": "PERSON"}, id="Anshuman Magazine, managing director,"),
    pytest.param(  # negative: a first name opens it (sport/henman-decides-to-quit-davis-cup.txt)
        ["Britain drew the USA and lost the tie when Greg Rusedski fell to Jim Courier in the deciding rubber."],
        {"Jim Courier": "PERSON", "Greg Rusedski": "PERSON"}, id="Greg Rusedski fell to Jim Courier"),
    # -- a name the model read as a body more often than a he/she stands for it (entities.person_by_its_pronouns)
    pytest.param(  # tech/what-s-next-for-next-gen-consoles.txt (s28 confirmation b: Sony PERSON, 16 mentions)
        ["The next generation of video games consoles are in development but what will the new machines mean "
         "for games firms and consumers? We may not know when they will be released, what they will be called "
         "or even what they will be able to do but one thing is certain - they are coming. Sony, Microsoft and "
         "Nintendo are all expected to release new machines in the next 18 months. The details of PlayStation "
         "3, Xbox 2 (codename Xenon) and Nintendo's so-called Revolution are still to be finalised but "
         "developers are having to work on titles for the new machines regardless.\n\n\"We know maybe what the "
         "PS3 will do, but we can only guess,\" said Rory Armes, studio general manager for video game giant "
         "Electronic Arts in Europe. \"It's a horrendous effort in the first year,\" he admitted. Microsoft had "
         "delivered development kits to EA, said Mr Armes, but he said the company was still waiting on Sony "
         "and Nintendo to send kits. Although the details may not be nailed down, Mr Armes said EA was "
         "beginning to get a sense of the capabilities of the new machines. \"The rumours are that PlayStation "
         "3 will have a little more under the hood [than Xbox 2],\" he said.\n\n\"Microsoft is obviously a "
         "software company first and foremost, while Sony has more experience in hardware. I think Sony will "
         "be able to push more into a box at cost.\"\n\nWhat is certain is that the new machines will provide "
         "great leaps in processing and graphical power. It is also likely that they will contain convergence "
         "technologies to make the machines more of an entertainment hub. At the Consumer Electronics Show in "
         "Las Vegas Microsoft boss Bill Gates said Xbox 2 would be part of his vision of the digital "
         "lifestyle. While short on detail, he painted a picture of a machine that would complement a PC and "
         "offer \"great video gaming but video gaming for a broader set of people, more communications, more "
         "media, more connectivity\". Sony is thought to have a similar vision for PS3 while Nintendo remain "
         "focused on a machine purely for games."],
        {"Sony": "ORG", "Rory Armes": "PERSON", "Bill Gates": "PERSON"}, id="Sony, Microsoft and Nintendo ... he said"),
    pytest.param(  # negative: a name the model read as a place, called "he" (tech/web-logs-aid-disaster-recovery.txt)
        ["They wanted to blog the tsunami and its aftermath. One Sri Lankan blogger in the group goes by the "
         "online name Morquendi. With internet service disrupted by the tsunami, Morquendi started sending SMS "
         "text messages via cell phone from the affected areas of Sri Lanka. \"We started publishing these "
         "SMSes,\" says Mr Gupta.\n\n\"Morquendi was describing scenes like 1,600 bodies washed up on a shore, and "
         "people burying, and burying and burying them. People digging holes with their hands. And this was "
         "coming through an SMS message. \"We didn't have visual accounts on radio or on TV, or in the print "
         "media.\" Soon, thousands of web users around the world were logging on to read Morquendi's first hand "
         "accounts. In one message, Morquendi wrote about a Sri Lankan woman who was running home with a "
         "friend when the wave hit. \"She was being swept away,\" Morquendi's message read. \"She grabbed a tree "
         "with one hand and her friend with the other. She says she watched the water pull her friend away.\" "
         "Mr Gupta says the power of Morquendi's text message blogs was palpable. \"He was running around, "
         "looking for friends, burying bodies, carrying bodies,\" Mr Gupta says of Morquendi. \"I can't even "
         "begin to imagine the psychological state he was in when he was sending us reports, and doing the "
         "relief work at the same time. \"He was caught between being a journalist and being a human being.\""],
        {"Morquendi": "PERSON"}, id="Morquendi ... he was running around"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_entity_types_s29(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, *texts)
    got = {name: typed(ents, name) for name in expected}
    assert got == expected, sorted((e.name, e.type) for e in ents.values())
