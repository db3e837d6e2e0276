"""Entity types from evidence, session 15 (issue 17, wrong-type class), on real BBC sentences of the corpus
(../shared/corpora/bbc-news; three rows read a whole article of it and skip where it is absent).

Each row gives one or more articles (texts resolved together) and the type of every name it settles, with the
negative cases a rule must not touch (None: no entity of that name). Every positive row fails at main 5e64ee8.
"""
from __future__ import annotations

import pytest

from conftest import SHARED
from test_entities import resolve_texts


class Article(str):
    """A whole article of the BBC corpus (``topic/name.txt`` under ../shared/corpora/bbc-news), read when
    the test runs: absent, the test skips with the path it wanted."""

    def read(self) -> str:
        path = SHARED / "corpora" / "bbc-news" / self
        if not path.is_file():
            pytest.skip(f"{path} is absent: the BBC corpus lives in ../shared beside the clone")
        return path.read_text(encoding="utf-8")


def typed(ents, name: str) -> str | None:
    return ents[name].type if name in ents else None


TYPES = [
    pytest.param(  # negative: sport/scrum-half-williams-rejoins-bath.txt: a team named after its towns stays a body,
        # apart from its nickname read as a person
        [Article("sport/scrum-half-williams-rejoins-bath.txt")],
        {"Neath-Swansea Ospreys": "ORG", "Andy Williams": "PERSON"}, id="the Neath-Swansea Ospreys stay a team"),
    # -- a prize's category for a work, "best <work noun> for X" (nametypes.work_of_an_award)
    pytest.param(  # entertainment/grammys-honour-soul-star-charles.txt, outkast-win-at-mtv-europe-awards.txt (read ORG)
        ["Usher's other victories were for best contemporary R&B album for Confessions and best rap/sung collaboration "
         "for Yeah!, featuring Lil Jon and Ludacris.",
         "R&B singer Usher won best male and best album for Confessions, while UK rock band Muse were named best "
         "alternative act and best British artists."],
        {"Confessions": "WORK_OF_ART", "Usher": "PERSON", "Muse": "ORG"}, id="best album for Confessions"),
    pytest.param(  # entertainment/goodrem-wins-top-female-mtv-prize.txt (read ORG)
        ["As well as best female, Goodrem also took home the Pepsi Viewers Choice Award, whilst Green Day bagged the "
         "prize for best rock video for American Idiot."],
        {"American Idiot": "WORK_OF_ART", "Goodrem": "PERSON"}, id="best rock video for American Idiot"),
    pytest.param(  # negative: entertainment/… a performer's category's "for" names the performer
        ["The Chicago Film Critics Association (CFCA) named it winner in five categories including best film and best "
         "actor for Paul Giamatti."],
        {"Paul Giamatti": "PERSON"}, id="best film and best actor for Paul Giamatti"),
    # -- a nominee's work, after "for" or in brackets, in a sentence of a film, stage or music prize
    #    (nametypes.work_of_a_nominee)
    pytest.param(  # entertainment/west-end-to-honour-finest-shows.txt (read GPE, PERSON)
        ["Meanwhile, Richard Griffiths, who plays Hector in The History Boys at the National Theatre, will battle it out "
         "for the best actor award with Douglas Hodge (Dumb Show) and Stanley Townsend (Shining City).",
         "Festen is also shortlisted in the best designer category where Ian MacNeil, Jean Kalman and Paul Arditti will "
         "be up against Hildegard Bechtler, for Iphigenia at Aulis, and Paul Brown, for False Servant."],
        {"Shining City": "WORK_OF_ART", "Stanley Townsend": "PERSON", "Douglas Hodge": "PERSON",
         "Iphigenia": "WORK_OF_ART", "False Servant": "WORK_OF_ART", "Paul Brown": "PERSON"}, id="nominees' works"),
    pytest.param(  # negative: entertainment/triple-triumph-for-little-britain.txt: a broadcaster in brackets after
        # a show, not after a nominee, stays a body
        ["Catherine Tate, from The Catherine Tate Show, was also nominated for the same award, but she did walk away "
         "with best comedy newcomer, over James McAvoy from Shameless (Channel 4) and Julian Barratt and Noel Fielding "
         "from The Mighty Boosh (BBC Three)."],
        {"BBC Three": "ORG", "James McAvoy": "PERSON"}, id="a show's broadcaster in brackets"),
    # -- kinds of thing: a browser listed after "browsers such as" (kindcues.listed_game_or_device), a medicine after
    #    "medicine" (namespans.TYPE_BEFORE), a military unit and a paper by their last words (nametypes.head_word_label)
    pytest.param(  # tech/firefox-browser-takes-on-microsoft.txt (Amaya read PERSON)
        [Article("tech/firefox-browser-takes-on-microsoft.txt")],
        {"Amaya": "PRODUCT", "Safari": "PRODUCT"}, id="browsers such as Amaya"),
    pytest.param(  # business/astrazeneca-hit-by-drug-failure.txt (read PERSON)
        ["AstraZeneca had hoped to pitch its Iressa drug against rival medicine Tarceva."],
        {"Tarceva": "PRODUCT", "AstraZeneca": "ORG"}, id="rival medicine Tarceva"),
    pytest.param(  # politics/iraqis-win-death-test-case-probe.txt (read WORK_OF_ART)
        ["He was allegedly beaten to death while in the custody of the Queen's Lancashire Regiment."],
        {"Lancashire Regiment": "ORG"}, id="the Queen's Lancashire Regiment"),
    pytest.param(  # tech/cyber-crime-booms-in-2004.txt (read GPE)
        ["By contrast, said Mr Hogan, the code for viruses such as Gaobot, Spybot and Randex were commonly held and many "
         "groups work on them to produce new variants at the same time."],
        {"Gaobot": "PRODUCT", "Spybot": "PRODUCT", "Hogan": "PERSON"}, id="viruses such as Gaobot"),
    # -- a name joined to a work the lexicon knows is a work (nametypes.kind_of_a_known_partner)
    pytest.param(  # tech/ultimate-game-award-for-doom-3.txt (read LAW, then PRODUCT)
        ["Only released last week, it was closely followed by Halo 2 and Half-Life 2, which are expected to be big hits "
         "when they are unleashed later this month."],
        {"Halo 2": "WORK_OF_ART"}, id="Halo 2 and Half-Life 2"),
    # -- a big city read as a body, written only where places are (entities.city_not_body)
    pytest.param(  # entertainment/bbc-to-pour-aps9m-into-new-comedy.txt (read ORG)
        ["Similar positions will also be created in the other departments, with the new commissioning editor for "
         "documentaries based in Bristol and the daytime commissioning editor in Birmingham."],
        {"Bristol": "GPE", "Birmingham": "GPE"}, id="based in Bristol"),
    # -- a seat a member of a parliament is "for", towns listed after "ports like" (kindcues.seat_of_a_member,
    #    kindcues.listed_game_or_device)
    pytest.param(  # politics/profile-gordon-brown.txt (read PERSON)
        ["Entering Westminster, he came to share an office with the newly elected MP for Sedgefield, Tony Blair."],
        {"Sedgefield": "GPE", "Tony Blair": "PERSON"}, id="the MP for Sedgefield"),
    pytest.param(  # politics/former-ni-minister-scott-dies.txt (read ORG)
        ["Sir Nicholas was replaced as the member for Kensington and Chelsea by the flamboyant Alan Clark, after being "
         "deselected by his constituency in December 1996."],
        {"Kensington": "GPE", "Alan Clark": "PERSON"}, id="the member for Kensington"),
    pytest.param(  # politics/mps-assess-scots-fishing-industry.txt (read PERSON)
        ["The aim is that fishing ports like Peterhead or Fraserburgh would be allocated a quota and local people would "
         "decide how to fish it."],
        {"Fraserburgh": "GPE"}, id="ports like Fraserburgh"),
    pytest.param(  # negative: politics/…: a spokesman is for a body, not a seat
        ["A spokesman for the Department for Culture, Media and Sport said there were no plans to sell the channel."],
        {"Department for Culture, Media and Sport": "ORG"}, id="a spokesman for a body"),
    # -- a two-word name read as a body whose last word the article writes alone as a person
    #    (entities._surname_read_as_a_person)
    pytest.param(  # sport/hewitt-overcomes-wobble-in-sydney.txt ("Ivo Minar" read ORG, "Minar" PERSON)
        [Article("sport/hewitt-overcomes-wobble-in-sydney.txt")],
        {"Ivo Minar": "PERSON", "Minar": None, "Lleyton Hewitt": "PERSON", "Australian Open": "EVENT"}, id="Ivo Minar"),
    # -- "the premiere of", "the sequel to" a work (kindcues.work_of_a_version)
    pytest.param(  # entertainment/hanks-greeted-at-wintry-premiere.txt (read ORG)
        ["Hollywood star Tom Hanks was in London's Leicester Square for the UK premiere of Polar Express."],
        {"Polar Express": "WORK_OF_ART", "Tom Hanks": "PERSON"}, id="the premiere of Polar Express"),
    pytest.param(  # tech/slim-playstation-triples-sales.txt (read ORG)
        ["Gangster-themed GTA San Andreas is the sequel to Grand Theft Auto Vice City which previously held the record "
         "for the fastest-selling video game ever."],
        {"Grand Theft Auto Vice City": "WORK_OF_ART"}, id="the sequel to Grand Theft Auto Vice City"),
    # -- a title with a capital "The" after its author's possessive, plural last word and all (nametypes.work_titled_the)
    pytest.param(  # entertainment/richard-and-judy-choose-top-books.txt (read ORG)
        ["This year's winner, Alice Sebold's The Lovely Bones, sold over one million."],
        {"The Lovely Bones": "WORK_OF_ART", "Alice Sebold": "PERSON"}, id="Alice Sebold's The Lovely Bones"),
    pytest.param(  # entertainment/famed-music-director-viotti-dies.txt (read GPE): a composer's work on the stage
        ["He fell into a coma after suffering a stroke during rehearsals for Jules Massenet's Manon last week."],
        {"Manon": "WORK_OF_ART", "Jules Massenet": "PERSON"}, id="Jules Massenet's Manon"),
    pytest.param(  # negative: entertainment/…: a band with a plural name, nobody's possession, stays a body
        ["The Bravery played their first gig in 2003 and have since supported bands including The Libertines, "
         "Interpol and Echo and the Bunnymen."],
        {"The Libertines": "ORG"}, id="The Libertines stay a band"),
    # -- a compass word before a place is an area of it (entities.area_of_a_place); a country read LOC is a country
    pytest.param(  # politics/guantanamo-four-questioned.txt (read GPE)
        ["The detainees were immediately arrested under Section 41 of the Terrorism Act 2000 when they landed at RAF "
         "Northolt, west London, on Tuesday."],
        {"west London": "LOC"}, id="west London"),
    pytest.param(  # politics/uk-troops-on-ivory-coast-standby (read LOC: its last word is a place's)
        ["Downing Street has confirmed British troops are on standby in case they need to help evacuate several "
         "hundred UK citizens from Ivory Coast."],
        {"Ivory Coast": "GPE", "Downing Street": "ORG"}, id="Ivory Coast"),
    pytest.param(  # negative: countries and cities whose own names start with a compass word stay places
        ["Mr Abbasi, 23, from Croydon, south London, was taken to Guantanamo Bay after being captured in Afghanistan "
         "in 2001.",  # politics/guantanamo-four-questioned.txt
         "About 280,000 jobs a year have been created in South Africa since 2000 but unemployment remains high, "
         "currently close to 30%.",  # business/…
         "He suggests so-called rogue states such as Iran and North Korea are less of a problem than \"failed and "
         "failing states\", which are more likely to be a source of nuclear materials."],  # politics/…
        {"London": "GPE", "Croydon": "GPE", "South Africa": "GPE", "North Korea": "GPE"}, id="South Africa stays a country"),
]


@pytest.mark.parametrize("texts, types", TYPES)
def test_types_from_evidence_s15(nlp, texts, types):
    ents, _, _ = resolve_texts(nlp, *(t.read() if isinstance(t, Article) else t for t in texts))
    for name, expected in types.items():
        assert typed(ents, name) == expected, (name, typed(ents, name), sorted((e.name, e.type) for e in ents.values()))
