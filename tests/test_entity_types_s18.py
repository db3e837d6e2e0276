"""Entity types from evidence, session 18 (issue 17, wrong-type class: one-mention names typed by the small model
alone), on real BBC sentences of ../shared/corpora/bbc-news.

Each row gives one or more articles (texts resolved together) and the type of every name it settles, with the
negative cases a rule must not touch. Every positive row fails at main af95b9a.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts


def typed(ents, name: str) -> str | None:
    return ents[name].type if name in ents else None


TYPES = [
    # -- the other side of a players' contest whose one side is a person (nametypes.opponent_of_a_player)
    pytest.param(  # sport/henman-to-face-saulnier-test.txt (both read ORG)
        ["Local favourite Lleyton Hewitt will meet France's Arnaud Clement, while defending champion and world number "
         "one Roger Federer faces Fabrice Santoro."],
        {"Arnaud Clement": "PERSON", "Fabrice Santoro": "PERSON", "France": "GPE"}, id="Hewitt will meet Clement"),
    pytest.param(  # sport/gb-select-holmes-for-double-bid.txt (read ORG)
        ["Kelly Sotherton has been invited by championship organisers to compete against Carolina Kluft in the "
         "pentathlon."],
        {"Carolina Kluft": "PERSON"}, id="compete against Kluft"),
    pytest.param(  # negative: a meeting and a deal are no players' contest; two clubs stay clubs
        ["Tony Blair will meet Sinn Fein next week.", "Mikhail Khodorkovsky faces Gazprom in court.",
         "Roger Federer will play Hamas, he said.",
         "Chelsea beat Barcelona 2-1 in the Champions League, with goals from Frank Lampard and Damien Duff."],
        {"Sinn Fein": "ORG", "Hamas": "ORG", "Chelsea": "ORG"}, id="no contest between players"),
    # -- malicious programs listed after "the" before their noun (kindcues.malware_by_its_noun)
    pytest.param(  # tech/cyber-crime-booms-in-2004.txt (both read as persons)
        ["One high-profile arrest was that of German teenager Sven Jaschen who confessed to be behind the Netsky and "
         "Sasser virus families."],
        {"Netsky": "PRODUCT", "Sasser": "PRODUCT", "Sven Jaschen": "PERSON"}, id="the Netsky and Sasser virus families"),
    # -- a firm's arm for a market (entities.arm_not_person)
    pytest.param(  # business/diageo-to-buy-us-wine-firm.txt (read as a person)
        ['"The US wine market represents a growth opportunity for Diageo, with favourable demographic and consumption '
         'trends," said Diageo North America president Ivan Menezes.'],
        {"Diageo North America": "ORG", "Ivan Menezes": "PERSON"}, id="Diageo North America president"),
    pytest.param(  # negative: a person whose surname is a country's name, a region of a continent
        ["Jools Holland said he was delighted with the show.", "Temperatures in Central Asia fell sharply."],
        {"Jools Holland": "PERSON", "Central Asia": "LOC"}, id="Jools Holland, Central Asia"),
    # -- a building's last word no surname is, though a first name opens the name (kindcues.building_by_its_head)
    pytest.param(  # entertainment/slater-to-star-in-broadway-play.txt (read ORG, then a person by its first name)
        ["Preview performances of The Glass Menagerie will begin at New York's Ethel Barrymore Theatre on Thursday."],
        {"Ethel Barrymore Theatre": "FAC", "The Glass Menagerie": "WORK_OF_ART"}, id="the Ethel Barrymore Theatre"),
    pytest.param(  # negative: a player whose surname is a building's word
        ["England full-back Wayne Bridge was injured in the second half."], {"Wayne Bridge": "PERSON"},
        id="Wayne Bridge"),
    # -- a name that says or believes something of "he" or "she" (nametypes.person_by_what_it_says)
    pytest.param(  # sport/safin-plays-down-wimbledon-hopes.txt, entertainment/director-nair-s-vanity-project.txt,
        # sport/stam-spices-up-man-utd-encounter.txt, sport/kluft-impressed-by-sotherton-form.txt (each read ORG)
        ['After losing in round one last year, Safin said he had "given up" on Wimbledon and winning his second Grand '
         'Slam title has not changed his mind.',
         "Nair said that she jumped at the chance to work on the film, which she has - controversially - made in a "
         "Bollywood style.",
         "But Ferguson insisted he sold the defender because the transfer fee was too good to refuse for a player past "
         "his prime.",
         'Sotherton finished third behind the Swede in Athens, and Kluft said: "I knew about her, she\'s a great girl."'],
        {"Safin": "PERSON", "Nair": "PERSON", "Ferguson": "PERSON", "Kluft": "PERSON", "Wimbledon": "EVENT"},
        id="Safin said he had"),
    pytest.param(  # negative: a country says it of its man (business/israel-looks-to-us-for-bank-chief.txt); clubs
        ["The US says he will not have to give up US citizenship to do so.",
         "Wasps said he would miss the game against Leicester with a knee injury.",
         "Arsenal said he would be out for a month."],
        {"United States": "GPE", "Wasps": "ORG", "Arsenal": "ORG"}, id="the US says he, Wasps said he"),
    # -- a name with an age in commas after it (nametypes.person_by_age)
    pytest.param(  # sport/thanou-desperate-to-make-return.txt (Thanou read ORG)
        ["Thanou, 30, was provisionally suspended for missing a test before the Olympics, but the decision was "
         "overturned."],
        {"Thanou": "PERSON"}, id="Thanou, 30,"),
    pytest.param(  # negative: a year after a town is no age; a country keeps its type
        ["The first store opened in Leeds, 1884, and the second in Kenya, 12 years later."],
        {"Leeds": "GPE", "Kenya": "GPE"}, id="Leeds, 1884,"),
    # -- a name listed with people named in full, one of them run on from a noun (nametypes.person_among_people)
    pytest.param(  # sport/o-driscoll-gregan-lead-aid-stars.txt ("Cobus Visagie" read ORG)
        ["He will join fellow Springboks John Smit, Cobus Visagie and Victor Matfield in the South pack."],
        {"Cobus Visagie": "PERSON", "Victor Matfield": "PERSON"}, id="Springboks John Smit, Cobus Visagie"),
    # -- a story's character after its noun (namespans.TYPE_BEFORE)
    pytest.param(  # entertainment/holmes-wins-2004-top-tv-moment.txt ("Dot" read as a people)
        ["Long-running soap EastEnders won the best popular drama moment title when character Dot confided in Den "
         "Watts that she was unwell."],
        {"Dot": "PERSON", "EastEnders": "WORK_OF_ART"}, id="character Dot"),
    # -- a religion is its believers' group (entities.settle_group, lexicon.FAITHS)
    pytest.param(  # entertainment/dutch-watch-van-gogh-s-last-film.txt, politics/guantanamo-man-suing-government.txt
        ["Earlier this year, Van Gogh made a film accusing Islam of promoting violence against women.",
         "Mr Mubanga said he had been in Afghanistan and Pakistan to study Islam."],
        {"Islam": "NORP", "Van Gogh": "PERSON"}, id="Islam"),
    # -- a nation's adjective made from a country's name the gazetteer lacks (entities.demonym_of_a_country)
    pytest.param(  # entertainment/uganda-bans-vagina-monologues.txt (read ORG)
        ["She said the play is being produced and performed by Ugandan women and it is not being forced on them. The "
         "four Ugandan NGOs organising the play intended to raise money to campaign to stop violence against women."],
        {"Ugandan": "NORP"}, id="four Ugandan NGOs"),
    pytest.param(  # negative: one read as a place stays an alias of its country (business/tsunami-slows-sri-lanka-s-growth.txt)
        ["Sri Lanka's president has launched a reconstruction drive worth $3.5bn by appealing for peace. The IMF said "
         "that the Sri Lankan authorities' initial estimates have put the physical damage at $1.3 to $1.5bn."],
        {"Sri Lanka": "GPE", "Sri Lankan": None}, id="the Sri Lankan authorities"),
    pytest.param(  # negative: a person whose surname is a nation's adjective
        ["Dallas Mavericks owner Mark Cuban was fined by the league."], {"Mark Cuban": "PERSON"}, id="Mark Cuban"),
]


@pytest.mark.parametrize("texts,expected", TYPES)
def test_entity_types_s18(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, *texts)
    got = {name: typed(ents, name) for name in expected}
    assert got == expected, sorted((e.name, e.type) for e in ents.values())


# Readings a rule must not give: (texts, {name: the type it must not have}).
NOT_TYPES = [
    pytest.param(  # a firm in a paragraph of no players' contest, its subject a person
        ["Mikhail Khodorkovsky faces Gazprom in court."], {"Gazprom": "PERSON"}, id="faces Gazprom"),
    pytest.param(  # a club beaten in a team sport's paragraph, though its manager is the subject
        ["Jose Mourinho beat Sporting Braga 2-1 in the league, his side's fifth win."],
        {"Sporting Braga": "PERSON"}, id="a manager beat a club"),
    pytest.param(  # "A Windows virus": no "the" opens the list; a firm before "bug" is the firm's
        ["A Windows and Linux virus was found.", "Users of the Microsoft and Netcraft bug trackers complained."],
        {"Linux": "PRODUCT", "Netcraft": "PRODUCT"}, id="no the, a firm's bug"),
]


@pytest.mark.parametrize("texts,forbidden", NOT_TYPES)
def test_entity_types_s18_not(nlp, texts, forbidden):
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, label in forbidden.items():
        assert typed(ents, name) != label, (name, sorted((e.name, e.type) for e in ents.values()))
