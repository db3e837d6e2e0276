"""Entity types from evidence, session 16 (issue 17, wrong-type class: products and programs read as bodies,
people or places), on real BBC sentences from ../shared/corpora/bbc-news.

Each row gives one or more articles (texts resolved together) and the type of every name it settles, with the
negative cases a rule must not touch (None: no entity of that name). Every positive row fails at main c012e07.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts


def typed(ents, name: str) -> str | None:
    return ents[name].type if name in ents else None


TYPES = [
    # -- a malicious program named like a body, a people or a place (kindcues.malware_named_like_a_body)
    pytest.param(  # tech/concerns-over-windows-atms.txt (read NORP)
        ["In August of the same year, cash machines of two un-named banks were put out of action for hours following "
         "an infection by the Welchia worm. Incidents like this happen because banks use Windows software."],
        {"Welchia": "PRODUCT"}, id="the Welchia worm"),
    pytest.param(  # tech/fast-moving-phone-bugs-appear.txt (read ORG and GPE): a typed mention types them all
        ["The Cabir virus only affects high-end handsets running the Symbian Series 60 phone operating system. "
         "The original Cabir worm came to light in mid-June 2004 when it was sent to anti-virus firms as a "
         "proof-of-concept program. The risk of being infected by Cabir is low."],
        {"Cabir": "PRODUCT"}, id="the Cabir virus"),
    pytest.param(  # negative: no computer in the article, a virus is a disease's, and a firm's bug stays the firm
        ["The original Cabir worm came to light in mid-June 2004 in the soil of the valley, scientists said.",
         "Microsoft said the Netcraft bug had been fixed on its servers and was harmless to PCs."],
        {"Cabir": "GPE", "Netcraft": "ORG"}, id="no computer, no program"),
    # -- a model's code after its maker's name (nametypes.model_of_a_maker)
    pytest.param(  # business/bmw-reveals-new-models-pipeline.txt (read ORG)
        ["While in the US drivers tend to prefer sports utility vehicles (SUVs), such as the BMW X5 and its sibling X3, "
         "in Europe demand for crossover vehicles is likely to be considerable, Mr Panke said."],
        {"BMW X5": "PRODUCT", "United States": "GPE"}, id="the BMW X5"),
    pytest.param(  # negative: a country's team with its age code, a firm whose name goes on after the code
        ["Iceland U21 beat England Under-21 on Tuesday.",
         "Small firms such as Blinkx, Copernic, Enfish X1 Technologies and X-Friend offer tools that catalogue the "
         "contents of a PC."],
        {"Iceland U21": "ORG", "BMW": None}, id="Iceland U21 stays a team"),
    pytest.param(  # tech/microsoft-debuts-security-tools.txt (read ORG and GPE)
        ["On spyware freely available programs such as Ad-Aware and Spybot have become widely used by people keen to "
         "keep the latest variants at bay."],
        {"Ad-Aware": "PRODUCT", "Spybot": "PRODUCT"}, id="programs such as Ad-Aware and Spybot"),
    # -- an edition of a product the gazetteer lists (nametypes.edition_of_a_product)
    pytest.param(  # tech/rivals-of-the-aps400-apple.txt (read PERSON), tech/apple-ipod-family-expands-market.txt (ORG)
        ["The Mac mini comes with Windows XP Home, which is also the cheapest version of Windows.",
         "Apple's iPod Photo, which can store and display pictures, went on sale in October."],
        {"Windows XP Home": "PRODUCT", "iPod Photo": "PRODUCT"}, id="Windows XP Home, iPod Photo"),
    pytest.param(  # tech/xbox-power-cable-fire-fear.txt (read PERSON): the plural of a listed product is that product
        ["It affects Xboxes made before 23 October 2003 for all regions but mainland Europe - and consoles in that "
         "region made before 13 January 2004."],
        {"Xbox": "PRODUCT", "Xboxes": None}, id="Xboxes"),
    pytest.param(  # negative: a body named after a product keeps its body's word
        ["The Linux Foundation said it would help, and the Bluetooth Special Interest Group agreed."],
        {"Linux Foundation": "ORG", "Bluetooth Special Interest Group": "ORG"}, id="the Linux Foundation"),
    # -- a program after its maker's possessive (nametypes._product_of_a_body)
    pytest.param(  # tech/tv-s-future-down-the-phone-line.txt (read ORG)
        ["The company intends its Microsoft's IPTV Edition software, an end-to-end management and delivery platform, "
         "to let telcos to do exactly that, seamlessly."],
        {"IPTV Edition": "PRODUCT", "Microsoft": "ORG"}, id="Microsoft's IPTV Edition software"),
    pytest.param(  # negative: a person after a firm's possessive, and a body's unit
        ["Microsoft's Bill Gates said the firm's Mechanical Engineering Research Laboratory software was late."],
        {"Bill Gates": "PERSON", "Microsoft": "ORG"}, id="Microsoft's Bill Gates"),
    # -- devices listed after a participle inside an earlier item (kindcues._list_noun)
    pytest.param(  # tech/media-gadgets-get-moving.txt (read PERSON, ORG)
        ["Last year saw the emergence of portable media players, such as the Windows-based Creative Zen portable media "
         "player, the Samsung Yepp, the iRiver PMC-100, and the Archos AV400 series among others."],
        {"Creative Zen": "PRODUCT", "Samsung Yepp": "PRODUCT"}, id="the Samsung Yepp"),
    pytest.param(  # negative: a verb of the clause still ends the list's reach
        ["Consoles such as the Xbox were shown by Sony and Nintendo at the show in Las Vegas."],
        {"Sony": "ORG", "Nintendo": "ORG"}, id="a clause's verb ends the list"),
    # -- a program's noun after a hyphened word (nametypes.work_or_product_after), a device's noun in apposition
    #    (kindcues.kind_by_apposition)
    pytest.param(  # tech/microsoft-takes-on-desktop-search.txt (read PERSON)
        ["The software will search the desktop, the Internet Explorer browser and within the Outlook e-mail program."],
        {"Outlook": "PRODUCT"}, id="the Outlook e-mail program"),
    pytest.param(  # tech/chip-maker-backs-net-phone-calls.txt (read PERSON)
        ["The service will cost an extra £4 a month and will come with a free Livebox, the broadband hub which Wanadoo "
         "plans will be used in future to provide video-on-demand and home security services."],
        {"Livebox": "PRODUCT", "Wanadoo": "ORG"}, id="Livebox, the broadband hub"),
    pytest.param(  # negative: a place before a hyphened word and a program noun stays the place
        ["He said the Hollywood e-mail program was fine, and Tony Hall, the car maker's boss, agreed."],
        {"Hollywood": "GPE", "Tony Hall": "PERSON"}, id="a place's e-mail program"),
    # -- a big city's name and a word, read as a person, gives no surname to recover (coref.city_and_word)
    pytest.param(  # business/disaster-claims-less-than-10bn.txt ("Munich Re" read PERSON made "Re" of "Swiss Re" a
        # person of five mentions)
        ["Munich Re and Swiss Re, the world's two biggest reinsurers, have said exposure will be less than for other "
         "disasters. Swiss Re has said total claims are likely to be less than $10bn. Munich Re, the world's largest "
         "reinsurance company, said that its exposure is less than 100m euros."],
        {"Munich Re": "ORG", "Re": None}, id="Munich Re gives no person Re"),
    pytest.param(  # negative: a city's name that is a first name starts a person's name
        ["Director Sydney Pollack arrived at the party in Los Angeles. Pollack said he was tired."],
        {"Sydney Pollack": "PERSON", "Pollack": None}, id="Sydney Pollack"),
    # -- a band's singer after its name (namespans.context_label, BAND_AFTER)
    pytest.param(  # entertainment/show-over-for-mtv-s-the-osbournes.txt (read FAC)
        ["\"At the end of it I didn't like having cameras around the house all the time,\" the Black Sabbath singer told "
         "reporters at the MTV Europe Awards in Rome."],
        {"Black Sabbath": "ORG", "Rome": "GPE"}, id="the Black Sabbath singer"),
    pytest.param(  # negative: a town's singer, a genre opening the sentence
        ["Devon singer Joss Stone and rock band Muse won coveted Brit awards during the event's 25th anniversary.",
         "Pop singer Joss Stone won."],  # entertainment/brit-awards-for-devon-music-acts.txt
        {"Devon": "LOC", "Pop": None, "Joss Stone": "PERSON", "Muse": "ORG"}, id="the Devon singer"),
    # -- the last word of the article's one event stands for it (entities._join_event_short_forms)
    pytest.param(  # sport/britain-boosted-by-holmes-double.txt ("Games", read PERSON, was an entity of its own)
        ["Kelly Holmes finally fulfilled her potential by storming to double gold on the track at the Olympic Games. "
         "While Holmes left Athens as the star of Team GB, it was Radcliffe who carried expectations before the August "
         "Games. The 4x100m team grabbed some last-gasp glory for the British men's Olympic squad after a poor start to "
         "the Games. Holmes said the Games had changed her life."],
        {"Olympic Games": "EVENT", "Games": None, "August Games": None, "Kelly Holmes": "PERSON"}, id="the Games"),
    pytest.param(  # sport/johnson-edges-out-rival-sotherton.txt: the Games' adjective is no body or building of its own
        # ("Olympic", read FAC), it is the Games as "British" is the United Kingdom
        ["Although Sotherton's main aim in Madrid next month will be the pentathlon where she will take on Olympic "
         "heptathlon champion Carolina Kluft."],
        {"Olympic": None, "Olympic Games": "EVENT"}, id="Olympic"),
    pytest.param(  # negative: two Games in the article, the bare one is neither
        ["Kelly Holmes stormed to double gold at the Olympic Games in Athens. She will not run at the Commonwealth Games "
         "in Melbourne next year. Holmes said the Games had changed her life."],
        {"Olympic Games": "EVENT", "Commonwealth Games": "EVENT", "Games": "EVENT"}, id="two Games"),
]


@pytest.mark.parametrize("texts, types", TYPES)
def test_types_from_evidence_s16(nlp, texts, types):
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, expected in types.items():
        assert typed(ents, name) == expected, (name, typed(ents, name), sorted((e.name, e.type) for e in ents.values()))
