"""What kind of thing a name is, from the phrase around it (issue 17; kg/resolve/kindcues.py and the
name's own words), on real BBC sentences: each case asserts the canonical name and type a user reads in
entities.jsonl, and the negative cases keep the model's reading where the construction is absent.
"""
from __future__ import annotations

import pytest

from kg.records import Mention
from kg.resolve.entities import unknown_place_type
from kg.resolve.kindcues import kind_by_copula
from test_entities import resolve_texts
from test_entity_types import holder, typed

KINDS = [
    pytest.param(  # politics/ (the Middle Way Group and Defra)
        "North Devon landowner Giles Bradshaw was put in touch with the Middle Way Group, of which Mr Opik is a "
        "co-chairman, after he had been in contact with the rural affairs ministry, Defra. He had asked whether "
        "his technique of using his four dogs to frighten off deer and foxes would be outlawed under the Hunting Act.",
        {"Defra": "ORG", "Giles Bradshaw": "PERSON"}, id="a name in apposition to a ministry is a body"),
    pytest.param("The 36-year-old, who has 54 caps, was Llanelli's player of the season in 2001/2, but has battled "
                 "injury for the last two of his seven years at Stradey.", {"Llanelli": "ORG"},
                 id="a place's player is its club"),
    pytest.param("And world number three Roddick dropped a set to Korean player Hyung-Taik Lee, before pulling out a "
                 "6-3 3-6 6-2 win in San Jose, California.", {"Korean": "NORP", "Roddick": "PERSON"},
                 id="a nationality's player stays a nationality"),
    pytest.param(
        "The Jacksonville, Florida-based firm has total debts of $1.87bn.", {"Jacksonville": "GPE"},
        id="a place in apposition to a firm stays a place"),
    pytest.param("Her version of Giselle, all lightness and grace, is still considered to be among the finest ever.",
                 {"Giselle": "WORK_OF_ART"}, id="her version of a name is a work"),
    pytest.param("Farrell is pencilled in to play the role of Crockett in a film version of 1980s police drama "
                 "Miami Vice.", {"Crockett": "PERSON", "Farrell": "PERSON"}, id="the role someone plays is a character"),
    pytest.param("Born in 1942 in Tredegar to a miner father and nurse mother, he attended Lewis Boys' School in "
                 "nearby Pengam, known then as the \"Eton of the valleys\".",
                 {"Pengam": "GPE", "Lewis Boys' School": "ORG"},
                 id="nearby makes a place and a group's possessive stays in a name"),
    pytest.param("There are ports of PC and arcade classics such as Space Invaders, Lunar Lander and Bejewelled.",
                 {"Lunar Lander": "WORK_OF_ART", "Space Invaders": "WORK_OF_ART"}, id="classics such as are games"),
    pytest.param("By contrast, almost a third are interested in listening to music on a portable player such as "
                 "an iPod.", {"iPod": "PRODUCT"}, id="a portable player such as is a device"),
    pytest.param("England coach Andy Robinson said players such as Jason Robinson would be rested.",
                 {"Jason Robinson": "PERSON"}, id="players such as are people"),
    pytest.param("After spending several years at the Players Theatre in London, she made her film debut in 1963 "
                 "in Tom Jones, directed by Tony Richardson.", {"Tom Jones": "WORK_OF_ART", "London": "GPE"},
                 id="a name directed by someone is a film"),
    pytest.param("Tom Jones, the Welsh singer, said he would tour again next year.", {"Tom Jones": "PERSON"},
                 id="a singer named Tom Jones stays a person"),
    pytest.param("Dani Barnes came fourth in the 1500m and she was the highest finisher for Team GB. Holmes helped "
                 "erase the gloom hanging over Team GB after their biggest medal hope dropped out.",
                 {"Team GB": "ORG"}, id="a name starting with Team is a team"),
    pytest.param("Such is the success of The Da Vinci Code in France, special tours have been organised, "
                 "including the Louvre museum and the Saint Sulpice Church.",
                 {"Saint Sulpice Church": "FAC"}, id="a saint's church is a building"),
    pytest.param("The Archbishop of Canterbury will preside at the service in St George's Chapel.",
                 {"St George's Chapel": "FAC"}, id="a saint's possessive stays in the building's name"),
    pytest.param("The Catholic Church said it would not comment.", {"Catholic Church": "ORG"},
                 id="a church without a saint is a body"),
    pytest.param("The British-born presenter is in London to speak at a fundraising dinner for the United Jewish "
                 "Israel Appeal.", {"United Jewish Israel Appeal": "ORG"}, id="an appeal is a body"),
    pytest.param("The 21-year-old Blues prop is the only uncapped player in Wales' Six Nations squad, gaining a "
                 "chance in the absence of Ospreys loose-head Duncan Jones.",
                 {"Ospreys": "ORG", "Duncan Jones": "PERSON", "Wales": "GPE"}, id="a rugby position makes a club"),
    pytest.param("Ray star Jamie Foxx is clear favourite in the best actor category while Million Dollar Baby's Hilary "
                 "Swank is tipped to win the best actress prize.", {"Ray": "WORK_OF_ART", "Jamie Foxx": "PERSON"},
                 id="a name read as a person before star and a full name is the film"),
    pytest.param("The duo kept Phoenix Nights creator Peter Kay at number two and The Office star Ricky Gervais in third "
                 "place.", {"Phoenix Nights": "WORK_OF_ART", "Peter Kay": "PERSON"}, id="a show before its creator"),
    pytest.param("Almost Here, the duet from former Westlife star Brian McFadden and Delta Goodrem, went in at number "
                 "three.", {"Westlife": "ORG", "Brian McFadden": "PERSON"}, id="a band before star stays a band"),
    pytest.param("The tournament was not commissioned by the International Tennis Federation (ITF) or the Women's "
                 "Tennis Association (WTA).", {"Women's Tennis Association": "ORG"},
                 id="a group's possessive is a word of the name"),
]


@pytest.mark.parametrize("text, types", KINDS)
def test_the_phrase_around_a_name_says_what_it_is(nlp, text, types):
    ents, _, _ = resolve_texts(nlp, text)
    for name, type_ in types.items():
        assert typed(ents, name) == type_, (name, {n: e.type for n, e in ents.items()})


def test_a_group_possessive_leaves_no_fragment(nlp):
    ents, _, _ = resolve_texts(nlp, KINDS[-1].values[0])
    assert holder(ents, "Tennis Association") == []
    ents, _, _ = resolve_texts(nlp, "ABC News' Rachel Scott reported from Washington.")
    assert typed(ents, "Rachel Scott") == "PERSON"  # a broadcaster's possessive still ends at the person


WHOLE = [
    pytest.param("Two other new entries, a remake of the 1965 film Flight of the Phoenix, and the teen comedy Harold "
                 "and Kumar Get The Munchies, debuted outside the top 10.",
                 {"Harold and Kumar Get The Munchies": "WORK_OF_ART", "Flight of the Phoenix": "WORK_OF_ART"},
                 ["Harold", "Kumar Get"], id="a title after its work noun keeps its and"),
    pytest.param("The album follows single Black and White Town, which reached number six.",
                 {"Black and White Town": "WORK_OF_ART"}, ["White Town"], id="a single's title keeps its and"),
    pytest.param("The film Ray and Jamie Foxx were praised by the critics.", {"Jamie Foxx": "PERSON"},
                 ["Ray and Jamie Foxx"], id="a title never runs into a person after and"),
    pytest.param("He has recently starred in hit US comedy Will and Grace as the husband of Grace, played by Debra "
                 "Messing.", {"Will and Grace": "WORK_OF_ART", "Debra Messing": "PERSON"}, ["Will"],
                 id="a lone first name after and is the title's"),  # entertainment/connick-jr-to-lead-broadway-show.txt
    pytest.param("Hide And Seek, which was knocked off the top of the US box office by Boogeyman last month, fell one "
                 "place.", {"Hide And Seek": "WORK_OF_ART"}, ["Seek"], id="a capitalised And joins a title"),
    pytest.param("In at number three was Iron Maiden for the Number Of The Beast and Erasure entered the chart at "
                 "four.", {"Number Of The Beast": "WORK_OF_ART"}, ["Number Of The Beast and Erasure"],
                 id="a lower-case and after a title-cased title ends it"),
    pytest.param("\"The certification of our elevators as world record-holders by the authoritative Guinness World "
                 "Records is a great honour for us,\" said Masayuki Shimono, president of manufacturer Toshiba "
                 "Elevator and Building Systems which installed the lifts.",
                 {"Toshiba Elevator and Building Systems": "ORG"}, ["Building Systems"],
                 id="a name the model ended with and runs on"),
    pytest.param("Marks and Spencer said sales fell, while Britain and France agreed.", {"United Kingdom": "GPE", "France": "GPE"},
                 ["Britain and France"], id="two names with and between them stay two"),
    pytest.param("Nevertheless, the Economic Commission for Latin America and the Caribbean (ECLAC) still forecasts "
                 "growth of 4% for 2005.", {"Economic Commission for Latin America and the Caribbean": "ORG"},
                 ["Economic Commission", "Caribbean"], id="an acronym in brackets spells the whole name"),
    pytest.param("He told US TV show 60 Minutes that Revenge of the Sith would be the darkest and most violent of the "
                 "series.", {"Revenge of the Sith": "WORK_OF_ART"}, ["Sith"], id="capitalised words and of the before a name"),
    pytest.param("He met the President of the United States on Monday.", {"United States": "GPE"},
                 ["President of the United States"], id="an office of a place is no title of a work"),
    pytest.param("\"Hundreds of thousands of livelihoods have gone,\" said Jan Egeland, head of the UN Office for the "
                 "Coordination of Humanitarian Affairs.", {"UN Office for the Coordination of Humanitarian Affairs": "ORG"},
                 ["Coordination of Humanitarian Affairs", "UN Office"], id="an office for a body's remit is one body"),
    pytest.param("The Gunners travel to St James' Park on Wednesday, with Newcastle 14th in the Premiership after a "
                 "troubled season.", {"St James' Park": "FAC"}, ["Park"], id="a saint's possessive names a place"),
    pytest.param("Joining Vera Drake and Dead Man's Shoes in the running for best film are My Summer of Love, climbing "
                 "documentary Touching the Void and zombie comedy Shaun of the Dead.",
                 {"Shaun of the Dead": "WORK_OF_ART"}, ["Shaun"], id="a title keeps its of the"),
    pytest.param("Rounding out the top five was animated fable The Polar Express, starring Tom Hanks, and festive "
                 "comedy Christmas with the Kranks.", {"Christmas with the Kranks": "WORK_OF_ART", "Tom Hanks": "PERSON"},
                 ["Kranks", "Christmas"], id="a title keeps its with the"),
    pytest.param("New York-born Aguilera reached number one in the UK with her debut hit Genie in a Bottle in October "
                 "1999.", {"Genie in a Bottle": "WORK_OF_ART", "Aguilera": "PERSON"}, ["Bottle", "Genie"],
                 id="a title's last word read as a place, after in a"),
    pytest.param("Ray director Taylor Hackford, responsible for the classic 1982 film An Officer and a Gentleman, has "
                 "also received an Oscar nomination in the best director category.",
                 {"An Officer and a Gentleman": "WORK_OF_ART", "Taylor Hackford": "PERSON"}, ["Gentleman", "Officer"],
                 id="a title's last word read as a body, after and a"),
    pytest.param("Bittersweet comedy Sideways won best adapted screenplay while the original screenplay prize went to "
                 "Eternal Sunshine of the Spotless Mind.", {"Eternal Sunshine of the Spotless Mind": "WORK_OF_ART"},
                 ["Spotless Mind", "Eternal Sunshine"], id="a title's two halves read as a body and a building"),
    pytest.param("But Entertainment Weekly's Dave Karger maintained the Oscars only generated excitement outside the "
                 "industry when a blockbuster, such as Titanic or Lord of the Rings, was nominated.",
                 {"Lord of the Rings": "WORK_OF_ART"}, ["Rings", "of the Rings"], id="Lord opens a title with no name after it"),
    pytest.param("Liberal Democrat leader Charles Kennedy said: \"When I was first elected in 1983 as the youngest MP, he "
                 "was the \"Father of the House\" and as such took a very keen interest in my early days in Parliament.",
                 {"Charles Kennedy": "PERSON"}, ["Father of the House"],
                 id="a person's noun before of the is an honour without a work's noun"),
    pytest.param("Action comedy Man of the House, starring Tommy Lee Jones as a Texas ranger assigned to protect a "
                 "cheerleader squad, came in at fifth with $9m (£4.6m).",
                 {"Man of the House": "WORK_OF_ART", "Tommy Lee Jones": "PERSON"}, ["House"],
                 id="a person's noun opens a title after a work's noun"),
    pytest.param("Manchester United manager Sir Alex Ferguson said he has no regrets after his second-string side lost "
                 "3-0 away at Fenerbahce in the Champions League.", {"Champions League": "EVENT"},
                 ["Fenerbahce in the Champions League"], id="a competition after in the ends no title"),
    pytest.param("BBC correspondent Simon Hall at Postbridge on Dartmoor in the West Country said 2,000 people had "
                 "turned out to welcome the hunt.", {"Simon Hall": "PERSON"}, ["Dartmoor in the West Country"],
                 id="a place after in the ends no title"),
    pytest.param("The Globes also honour the best in television, with suburban series Desperate Housewives named best "
                 "TV comedy show.", {"Desperate Housewives": "WORK_OF_ART"}, [],
                 id="a title the model did not read after its work noun"),
    pytest.param("Animated movie Robots has opened at the top of the US and Canada box office chart, taking $36.5m "
                 "(£19m) on its first weekend on release.", {"Robots": "WORK_OF_ART", "Canada": "GPE"}, [],
                 id="a one-word title the model did not read after its work noun"),
]


@pytest.mark.parametrize("text, types, absent", WHOLE)
def test_a_name_with_and_or_of_inside_is_one_name(nlp, text, types, absent):
    ents, _, _ = resolve_texts(nlp, text)
    for name, type_ in types.items():
        assert typed(ents, name) == type_, (name, {n: e.type for n, e in ents.items()})
    for name in absent:
        assert name not in ents, (name, sorted(ents))


NAMED_KINDS = [
    pytest.param("A Windows virus called Bofra is turning infected machines into distributors of its malicious code.",
                 {"Bofra": "PRODUCT"}, id="a virus called X is a product"),
    pytest.param("The exhibition, Fonetography, will feature images taken by photographers David Bailey, Rankin and "
                 "Nan Goldin.", {"Fonetography": "EVENT", "David Bailey": "PERSON"}, id="an exhibition in apposition"),
    pytest.param("Some analysts think Motorola may save the launch for CTIA, a wireless show in America the following "
                 "week.", {"CTIA": "ORG"}, id="a trade show in apposition stays as read"),
    pytest.param("He now lives in a village called Croxley near Watford.", {"Croxley": "GPE", "Watford": "GPE"},
                 id="a village called X is a place"),
    pytest.param("According to figures gathered by the Pew researchers, the average user spends about 43 minutes per "
                 "month carrying out 34 separate searches. The group's members met with Sky executives on Tuesday.",
                 {"BSkyB": "ORG"}, id="Sky is the broadcaster BSkyB"),
]


@pytest.mark.parametrize("text, types", NAMED_KINDS)
def test_a_noun_naming_a_name_says_what_it_is(nlp, text, types):
    ents, _, _ = resolve_texts(nlp, text)
    for name, type_ in types.items():
        assert typed(ents, name) == type_, (name, {n: e.type for n, e in ents.items()})


def test_a_language_is_no_entity_but_its_people_and_places_stay(nlp):
    ents, _, _ = resolve_texts(nlp, "He plans to stand in the next general election but refused to confirm he is "
                                    "setting up a new political party called Veritas - Latin for truth.")
    assert "Veritas" in ents and holder(ents, "Latin") == []
    ents, _, _ = resolve_texts(nlp, "She speaks fluent French and sings in Welsh.")
    assert holder(ents, "French") == [] and holder(ents, "Welsh") == []
    ents, _, _ = resolve_texts(nlp, "French troops arrived in Wales on Monday. Chelsea, Arsenal for example, have won.")
    assert typed(ents, "Wales") == "GPE" and typed(ents, "Arsenal") == "ORG" and holder(ents, "French")
    ents, _, _ = resolve_texts(nlp, "From talking to BT in Belfast, I believe that they will shortly be giving out a free "
                                    "application. The son of actress Doris Day, he helped write Kokomo for the Beach Boys.")
    assert typed(ents, "Belfast") == "GPE" and typed(ents, "Doris Day") == "PERSON"
    assert typed(ents, "Kokomo") != "PERSON"  # a song the model reads as a person, with no person's evidence


PERSON_AND_SEAT_KINDS = [
    pytest.param("Other winners included Paddy Considine, who was crowned best actor for his role in the film.",
                 {"Paddy Considine": "PERSON"}, id="a first name read as a body is a person"),
    pytest.param("Veteran presenter Bruce Forsyth and Tess Daly will host the programme, which follows hot on the "
                 "heels of the current Saturday night series Strictly Come Dancing.",
                 {"Tess Daly": "PERSON", "Bruce Forsyth": "PERSON"}, id="coordinated with a person is a person"),
    pytest.param("US hip-hop star Kanye West rose to prominence by producing songs for artists such as Jay-Z and "
                 "Alicia Keys.", {"Alicia Keys": "PERSON", "Kanye West": "PERSON"},
                 id="listed after artists is a person and Kanye is no seat"),
    pytest.param("Participation at constituency level ranged from 69% in Kensington and Chelsea down to 10% in "
                 "Bristol South and Leeds Central and 8% in Nottingham North and Sheffield Brightside.",
                 {"Bristol South": "GPE", "Leeds Central": "GPE", "Nottingham North": "GPE"},
                 id="a British town and a compass word is a seat"),
]


@pytest.mark.parametrize("text, types", PERSON_AND_SEAT_KINDS)
def test_a_person_or_a_seat_by_the_sentence(nlp, text, types):
    ents, _, _ = resolve_texts(nlp, text)
    for name, type_ in types.items():
        assert typed(ents, name) == type_, (name, {n: e.type for n, e in ents.items()})


POSSESSIVE_NAMES = [
    pytest.param("Other winners included Paddy Considine, who was crowned best actor for his role in Dead Man's Shoes.",
                 {"Dead Man's Shoes": "WORK_OF_ART"}, ["Shoes", "Dead Man"], id="a title keeps its possessive"),
    pytest.param("Shane Meadows' Dead Man's Shoes picked up the best film award, beating Shaun of the Dead.",
                 {"Dead Man's Shoes": "WORK_OF_ART", "Shane Meadows": "PERSON"}, ["Dead Man"],
                 id="the rest of a title after the model's possessive"),
    pytest.param("St Fintian's High School says it is clearly identified in the video, while McFadden never went there.",
                 {"St Fintian's High School": "ORG"}, ["St Fintian"], id="a saint's school"),
    pytest.param("Mr Howard said his time at Jack's Snooker Hall in Llanelli in the 1950s had not done him \"any lasting "
                 "damage\".", {"Jack's Snooker Hall": "FAC"}, ["Snooker Hall"], id="a first name's hall"),
    pytest.param("Portman, who has been nominated for a best supporting actress gong for her role in Mike Nichols' "
                 "Closer, joins a growing list of stars set to bestow an award.", {"Closer": "WORK_OF_ART"},
                 ["Mike Nichols' Closer"], id="a director's possessive is no word of the film"),
    pytest.param("Festive listeners requested classic songs, with Britons requesting the Royal Scots Dragoon Guards' "
                 "Amazing Grace and their continental counterparts opting for Mozart.",
                 {"Royal Scots Dragoon Guards": "ORG"}, ["Royal Scots Dragoon Guards' Amazing"],
                 id="a possessive before another name"),
]


@pytest.mark.parametrize("text, types, absent", POSSESSIVE_NAMES)
def test_a_possessive_inside_a_name_stays_in_it(nlp, text, types, absent):
    ents, _, _ = resolve_texts(nlp, text)
    for name, type_ in types.items():
        assert typed(ents, name) == type_, (name, {n: e.type for n, e in ents.items()})
    for name in absent:
        assert name not in ents, (name, sorted(ents))


def test_kinds_from_is_a_and_from_words_of_a_club_or_a_venue(nlp):
    doc = nlp("Million Dollar Baby has seven nominations. The Aviator is a gorgeous movie.")
    aviator = next(e for e in doc.ents if e.text == "Aviator")  # the model reads ORG; the copula makes a work
    assert aviator.label_ == "ORG" and kind_by_copula(aviator) == "WORK_OF_ART"
    ents, _, _ = resolve_texts(nlp, "Million Dollar Baby has seven nominations. The Aviator is a gorgeous movie.")
    assert typed(ents, "The Aviator") == "WORK_OF_ART"  # (the shipped lexicon names it too)
    ents, _, _ = resolve_texts(nlp, "Tom Jones is a musical legend.")
    assert typed(ents, "Tom Jones") == "PERSON"
    ents, _, _ = resolve_texts(nlp, "Jesper Gronkjaer has agreed a move to Atletico Madrid from Birmingham City. "
                                    "He flew to Mexico City.")
    assert typed(ents, "Birmingham City") == "ORG" and typed(ents, "Mexico City") == "GPE"
    ents, _, _ = resolve_texts(nlp, "A super-casino in Glasgow could be located at Ibrox or the Scottish Exhibition "
                                    "and Conference Centre.")
    assert typed(ents, "Scottish Exhibition and Conference Centre") == "FAC"


def test_an_unknown_place_that_acts_is_a_body(nlp):
    """The model's GPE for a word no place bears, with no mention where places are (entities.unknown_place_type)."""
    yugansk = [Mention("a", "Yugansk", "GPE", 0, 7, role="subj")]  # "Yugansk was auctioned to help pay off …"
    assert unknown_place_type("Yugansk", yugansk) == "ORG"
    ents, _, _ = resolve_texts(nlp, "Yugansk was auctioned to help pay off $27.5bn (£14.5bn) in unpaid taxes.")
    assert holder(ents, "Yugansk") == ["Yuganskneftegas"] and typed(ents, "Yuganskneftegas") == "ORG"  # the lexicon's
    # bbc-news business/yukos-unit-fetches-9bn-at-auction: "Gazprom" read GPE, and written again where the model
    # left it unlabelled ("NAME?", kg.resolve.mentions.UNLABELLED): that is no type
    gazprom = [Mention("a", "Gazprom", "GPE", 0, 7, role="subj"), Mention("a", "Gazprom", "NAME?", 50, 57, role="obj")]
    assert unknown_place_type("Gazprom", gazprom) == "ORG"
    assert unknown_place_type("Pengam", [Mention("a", "Pengam", "GPE", 0, 6, role="loc")]) is None
    ents, _, _ = resolve_texts(nlp, "Sony will enter the market later this year with its PlayStation Portable, while "
                                    "start-up companies Gizmondo and Tapwave Zodiac are also offering hybrid devices.")
    assert typed(ents, "Gizmondo") == "ORG"
    ents, _, _ = resolve_texts(nlp, "More than 45,000 people were surveyed by digital TV station Music Choice.")
    assert typed(ents, "Music Choice") == "ORG"
    # a place GeoNames lacks stays one where its words or its sentence make it a place
    ents, _, _ = resolve_texts(nlp, "Kyrgyzstan's opposition said the vote was flawed. The Kyrgyz Republic has a "
                                    "population of five million.")
    assert typed(ents, "Kyrgyzstan") == "GPE"
    ents, _, _ = resolve_texts(nlp, "Born in 1942 in Tredegar to a miner father and nurse mother, he attended Lewis "
                                    "Boys' School in nearby Pengam.")
    assert typed(ents, "Pengam") == "GPE" and typed(ents, "Tredegar") == "GPE"


def test_a_game_listed_after_titles_and_a_classic_are_works(nlp):
    ents, _, _ = resolve_texts(nlp, "There are also versions of titles, such as Colin McRae Rally, that you typically "
                                    "find on PCs and consoles.")
    assert typed(ents, "Colin McRae Rally") == "WORK_OF_ART"
    ents, _, _ = resolve_texts(nlp, "Jackson, who is currently filming a remake of Hollywood classic King Kong, said he "
                                    "thought that the sale would cast further uncertainty on the project.")
    assert typed(ents, "King Kong") == "WORK_OF_ART" and typed(ents, "Hollywood") == "GPE"
    ents, _, _ = resolve_texts(nlp, "Britain's Paula Radcliffe won the London Marathon, and the Colin McRae Rally "
                                    "team said it was pleased.")
    assert typed(ents, "London Marathon") == "EVENT"


def test_an_acronym_in_brackets_is_of_its_names_kind(nlp):
    ents, _, _ = resolve_texts(nlp, "The situation remains unclear as the tournament was not commissioned by the World "
                                    "Anti-Doping Agency (Wada), the International Tennis Federation (ITF) or the WTA.")
    assert typed(ents, "Wada") == "ORG" or holder(ents, "Wada") == ["World Anti-Doping Agency"]
    ents, _, _ = resolve_texts(nlp, "Mr Blair (TB) and his wife arrived in Rome on Monday.")
    assert typed(ents, "Blair") == "PERSON"


def test_works_and_bands_named_like_people_stay_as_read(nlp):
    ents, _, _ = resolve_texts(nlp, "Def Jam signed artists including Run-DMC, The Beastie Boys and Public Enemy. "
                                    "The film even has a song composed by the director of the West End musical.")
    # a list after 'artists including' makes no person of a band the model read as a body (the model
    # reads no entity in 'The Beastie Boys' and 'Public Enemy' here: the assertion is on what it reads)
    assert typed(ents, "Run-DMC") == "ORG"
    ents, _, _ = resolve_texts(nlp, "The European Central Bank kept rates on hold, said Mr Trichet.")
    assert typed(ents, "European Central Bank") == "ORG"


AGREEMENT_LIST_AND_NOUN_KINDS = [
    pytest.param("St Helens have been strongly linked with a move for brilliant young forward Sonny Bill Williams, "
                 "and Sculthorpe said he would love the 19-year-old to come to Knowsley Road.",
                 {"St Helens": "ORG", "Sonny Bill Williams": "PERSON"}, id="a name with a plural verb is a club"),
    pytest.param("Formed by four teenage friends in the West Midlands in the late 1960s, Black Sabbath are one of "
                 "Britain's most successful heavy rock bands.", {"Black Sabbath": "ORG"},
                 id="a band with a plural verb is a body"),
    pytest.param("Britain's Kathy Butler and Hayley Yelling were no match for Benita Johnson in the 51st Cross "
                 "International Zornotza in Amorebieta, Spain.",
                 {"Kathy Butler": "PERSON", "Hayley Yelling": "PERSON"}, id="two people were stay people"),
    pytest.param("Mr Pound said his wife Maggie had been fully supportive and their two children Emily, 16, and "
                 "Pelham, 14 were pleased to have an older sister.", {"Pelham": "PERSON"},
                 id="a child listed with an age stays a person"),
    pytest.param("Bafana Bafana play the Seychelles before Mauritius take on Madagascar in a double-header on 26 "
                 "February.", {"Bafana Bafana": "ORG", "Mauritius": "GPE"},
                 id="a team with a plural verb is a body and a country stays a country"),
    pytest.param("Technology firms Sony, Philips, Matsushita and Samsung are developing a common way to stop people "
                 "pirating digital music and video.", {"Matsushita": "ORG", "Samsung": "ORG"},
                 id="names listed right after firms are bodies"),
    pytest.param("Seasoned film-makers Roger Michell, Mike Leigh and Pavel Pavlikowsky challenge them to the award.",
                 {"Roger Michell": "PERSON", "Pavel Pavlikowsky": "PERSON"}, id="film-makers are people"),
    pytest.param("They included a diamond wedding ring and two handmade wedding bands Ozzy gave her when they "
                 "renewed their vows two years ago.", {"Ozzy": "PERSON"},
                 id="the subject of a clause on wedding bands stays a person"),
    pytest.param("The Bofra family of viruses, which were originally thought to be offshoots of the MyDoom bug, can "
                 "infect machines running Windows 2000.", {"MyDoom": "PRODUCT"}, id="the X bug is a program",
                 marks=pytest.mark.xfail(strict=True, reason="the model reads MyDoom as ORG here, and a name read as a "
                                         "body keeps its type before a malware noun ('the Netcraft bug'): review 6 item 4")),
    pytest.param("Those clicking on the links will inadvertently download the Bofra virus which will then start "
                 "searching for new addresses to send itself to.", {"Bofra": "PRODUCT"}, id="the X virus is a program"),
    pytest.param("One of the new shows will be the animated series American Dad, made by Seth MacFarlane, the "
                 "creator of Family Guy.", {"Family Guy": "WORK_OF_ART", "Seth MacFarlane": "PERSON"},
                 id="the creator of a name is of a work"),
    pytest.param("Christian Aid has called on British firms not to simply \"cut and run\" but look after their "
                 "workers, in a new report called Rags To Riches To Rags.", {"Rags To Riches To Rags": "WORK_OF_ART"},
                 id="a report called a name is a work"),
    pytest.param("It is the latest network which uses the peer-to-peer system called BitTorrent to be hit by the "
                 "MPAA.", {"BitTorrent": "PRODUCT"}, id="a system called a name is a product"),
]


@pytest.mark.parametrize("text, types", AGREEMENT_LIST_AND_NOUN_KINDS)
def test_kinds_from_agreement_lists_and_nouns(nlp, text, types):
    ents, _, _ = resolve_texts(nlp, text)
    for name, type_ in types.items():
        assert typed(ents, name) == type_, (name, {n: e.type for n, e in ents.items()})


def test_a_virus_for_a_name_and_a_headline_keep_the_name(nlp):
    ents, _, _ = resolve_texts(nlp, "Beckham virus spotted on the net", "A Windows virus called Bofra is turning "
                                    "infected machines into distributors of its malicious code.")
    assert typed(ents, "Bofra") == "PRODUCT" and "Beckham" in ents and typed(ents, "Beckham") != "PRODUCT"
    ents, _, _ = resolve_texts(nlp, "The prize was accepted by Matt Groening, creator of The Simpsons, who also received "
                                    "an outstanding contribution award from scientist Stephen Hawking.")
    assert typed(ents, "Matt Groening") == "PERSON" and typed(ents, "Stephen Hawking") == "PERSON"


SUBJUNCTIVE_WERE = [
    pytest.param(("Rooney scored twice.", "Rooney was booked.", "If Rooney were fit, he would play."),
                 id="if X were: a condition"),
    pytest.param(("Blair was in Brussels.", "Blair said he would stay.",
                  "Labour would struggle if Blair were to resign before the election."), id="if X were to: a condition"),
    pytest.param(("Brown was at the Treasury.", "Brown spoke on Monday.",
                  "If Brown were to become prime minister, he would keep the post."), id="if X were to become"),
]


@pytest.mark.parametrize("texts", SUBJUNCTIVE_WERE)
def test_a_person_with_a_subjunctive_were_stays_a_person(nlp, texts):
    """ "were" in a condition is the subjunctive any subject takes, not the plural of a club or band."""
    ents, _, _ = resolve_texts(nlp, *texts)
    name = texts[0].split()[0]
    assert typed(ents, name) == "PERSON", {n: e.type for n, e in ents.items()}


def test_a_bodys_bug_and_a_system_in_apposition_stay_bodies(nlp):
    # the malware noun after a firm's name is the firm's bug, not a program named after it
    ents, _, _ = resolve_texts(nlp, "Netcraft said it had found the flaw.", "Netcraft is a web monitoring firm.",
                               "Users were warned about the Netcraft bug.")
    assert typed(ents, "Netcraft") == "ORG", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "The Microsoft worm spread quickly through e-mail.")
    assert typed(ents, "Microsoft") == "ORG", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "The Sony bug affected many players.")
    assert typed(ents, "Sony") == "ORG", {n: e.type for n, e in ents.items()}
    # "system" and "report" give a kind only to a name "called" so, not in apposition
    ents, _, _ = resolve_texts(nlp, "Passengers said the Tube system, London Underground, was the oldest in the world.")
    assert typed(ents, "London Underground") == "ORG", {n: e.type for n, e in ents.items()}


def test_the_last_item_of_a_list_with_a_plural_verb_stays_as_read(nlp):
    ents, _, _ = resolve_texts(nlp, "16 out of the top 20 titles were all follow-ups to established franchises or direct "
                                    "sequels to previously popular games. Halo, The Sims, Driver, Need for Speed, Fifa "
                                    "football, Burnout were just a few that proved as popular as the original titles.")
    assert "Burnout" in ents and typed(ents, "Burnout") != "ORG", {n: e.type for n, e in ents.items()}


def test_a_rival_read_as_an_adjective_is_still_a_body(nlp):
    ents, _, _ = resolve_texts(nlp, "Both Deutsche Boerse and rival Euronext held talks with the London market last "
                                    "week over a possible offer.")  # business/lse-sets-date-for-takeover-deal.txt
    assert typed(ents, "Euronext") == "ORG", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "Washington argues that if the embargo is lifted, it could lead to a buying spree "
                                    "for arms that China could use to threaten its diplomatic rival Taiwan.")
    assert typed(ents, "Taiwan") == "GPE", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "Jade Johnson edged out rival Kelly Sotherton with her last effort to claim the AAAs "
                                    "long jump title at the Norwich Union European Indoor trials.")
    assert typed(ents, "Kelly Sotherton") == "PERSON", {n: e.type for n, e in ents.items()}


PEOPLE_AMONG_PEOPLE = [
    pytest.param("And there was little to alarm them in the first 30 minutes as Chelsea - deprived of Arjen Robben and "
                 "Didier Drogba through injury - struggled to pose much of a threat.",
                 {"Arjen Robben": "PERSON", "Didier Drogba": "PERSON"}, id="a name coordinated with a player is a player"),
    pytest.param("Chelsea's John Terry and Wayne Bridge are also out, leaving coach Sven-Goran Eriksson with a real "
                 "problem for Wednesday's match at Villa Park. Injured Rio Ferdinand and Sol Campbell were both left out "
                 "of the squad, and Matthew Upson has already pulled out.", {"Rio Ferdinand": "PERSON", "Sol Campbell": "PERSON"}, id="Rio is no first name kg knows"),
]


@pytest.mark.parametrize("text, types", PEOPLE_AMONG_PEOPLE)
def test_a_name_coordinated_with_people_is_a_person(nlp, text, types):
    ents, _, _ = resolve_texts(nlp, text)
    for name, type_ in types.items():
        assert typed(ents, name) == type_, (name, {n: e.type for n, e in ents.items()})


def test_a_club_in_brackets_and_a_film_among_films_stay_as_read(nlp):
    # sport/harinordoquy-suffers-france-axe.txt: the model reads "Stade Toulousain" here (not in every squad line)
    ents, _, _ = resolve_texts(nlp, "Sylvain Marconnet (Stade Francais), Nicolas Mas (Perpignan), Olivier Milloud "
                                    "(Bourgoin), Sebastien Bruno (Sale/ENG), William Servat (Stade Toulousain), Fabien "
                                    "Pelous (Stade Toulousain, capt), Jerome Thion (Biarritz), Gregory Lamboley (Stade "
                                    "Toulousain), Serge Betsen (Biarritz), Julien Bonnaire (Bourgoin)")
    assert typed(ents, "Stade Toulousain") == "ORG", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "Last year's festival provided a platform for hits such as Open Water, Napoleon "
                                    "Dynamite, Garden State and Super-Size Me.")
    assert "Garden State" in ents and typed(ents, "Garden State") != "PERSON", {n: e.type for n, e in ents.items()}


def test_a_title_bodies_hold_too_makes_no_person(nlp):
    # tech/ds-aims-to-touch-gamers.txt: "Market leader" is no person's title
    ents, _, _ = resolve_texts(nlp, "The mobile gaming industry is set to explode in 2005 with a number of high-profile "
                                    "devices offering a range of gaming and other features such as movie and music "
                                    "playback. Market leader Nintendo, however, is releasing a handheld console that it "
                                    "says will revolutionise the way games are played.\n\nNintendo first launched its "
                                    "GameBoy console in 1989 and has dominated the market ever since.")
    assert typed(ents, "Nintendo") == "ORG", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "Byrds producer Melcher dies at 62\n\nRecord producer Terry Melcher, who was behind "
                                    "hits by the Byrds, Ry Cooder and the Beach Boys, has died aged 62.")
    assert typed(ents, "Terry Melcher") == "PERSON" and holder(ents, "Melcher") == ["Terry Melcher"]


def test_a_time_zone_after_a_clock_time_is_no_entity(nlp):
    # business/barclays-profits-hit-record-level.txt
    ents, _, _ = resolve_texts(nlp, "At 1405 GMT, shares in Barclays were trading down 0.67% at 590 pence.")
    assert holder(ents, "GMT") == [] and typed(ents, "Barclays") == "ORG", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "It would mean paid leave would be increased to nine months by 2007, Ms Hewitt told "
                                    "GMTV's Sunday programme.")
    assert holder(ents, "GMTV") != [], sorted(ents)  # a broadcaster named like a zone stays


def test_a_list_after_a_noun_of_bodies_ends_at_a_preposition(nlp):
    # business/bmw-drives-record-sales-in-asia.txt
    ents, _, _ = resolve_texts(nlp, "The luxury carmaker saw strong sales of its three marques - BMW, Mini and "
                                    "Rolls-Royce - in Asia last year after the launch of three new models.")
    assert typed(ents, "Mini") == "ORG" and typed(ents, "Asia") == "LOC", {n: e.type for n, e in ents.items()}


def test_a_named_conference_is_an_event(nlp):
    # tech/ (supercomputer list), politics/mrs-howard-gets-key-election-role.txt
    ents, _, _ = resolve_texts(nlp, "It is presented at the International Supercomputer Conference in Pittsburgh.")
    assert typed(ents, "International Supercomputer Conference") == "EVENT", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "Mrs Howard made her debut speech at the Conservative Party Conference in "
                                    "Bournemouth last October.")
    assert typed(ents, "Conservative Party Conference") == "EVENT" and typed(ents, "Bournemouth") == "GPE", \
        {n: e.type for n, e in ents.items()}


def test_a_broadcasters_named_programme_is_a_work(nlp):
    # business/soaring-oil-hits-world-economy.txt, politics/ (Campbell's e-mail to Newsnight)
    ents, _, _ = resolve_texts(nlp, "\"There is a whiff of a sweetener in there,\" Anais Faraj, an analyst at Nomura "
                                    "told the BBC's World Business Report.")
    assert typed(ents, "World Business Report") == "WORK_OF_ART", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "Mr Campbell sent the missive by mistake to BBC2's Newsnight after it sought to "
                                    "question his role in Labour's controversial poster campaign.")
    assert typed(ents, "Newsnight") == "WORK_OF_ART", {n: e.type for n, e in ents.items()}
    # entertainment/ (a Bollywood film row): the broadcaster's correspondent stays a person
    ents, _, _ = resolve_texts(nlp, "The BBC's Zubair Ahmed in Mumbai says that the controversial film shows a priest "
                                    "in steamy scenes with a girl half his age.")
    assert typed(ents, "Zubair Ahmed") == "PERSON", {n: e.type for n, e in ents.items()}


def test_a_broadcasters_correspondent_is_not_its_programme(nlp):
    # review 7a, section 4: correspondents whose first names are not on the shipped list, named as in the corpus's
    # "the BBC's Paul Reynolds says …"; the model reads them as people and the programme rule must not retype them
    ents, _, _ = resolve_texts(nlp, "The BBC's Orla Guerin reports from Jerusalem that the talks have stalled.")
    assert typed(ents, "Orla Guerin") == "PERSON", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "Channel 4's Krishnan Guru-Murthy asked the minister about the war.")
    assert typed(ents, "Krishnan Guru-Murthy") == "PERSON", {n: e.type for n, e in ents.items()}
    # a surname alone that says something is a speaker, not a programme
    ents, _, _ = resolve_texts(nlp, "Mark Thompson defended the cuts. The BBC's Humphrys said the licence fee was at "
                                    "risk.")
    assert "Humphrys" in ents and typed(ents, "Humphrys") != "WORK_OF_ART", {n: e.type for n, e in ents.items()}
    # politics/kennedy-begins-pre-election-tour.txt: a programme the model read as a person, spoken to, stays a work
    ents, _, _ = resolve_texts(nlp, "Speaking to the BBC's Westminster Hour on Sunday, Mr Kennedy said the upcoming "
                                    "general election - widely tipped for 5 May - would be much more unpredictable "
                                    "than any others in \"recent experience\".")
    assert typed(ents, "Westminster Hour") == "WORK_OF_ART", {n: e.type for n, e in ents.items()}


def test_a_ground_or_a_park_is_a_place_not_a_band(nlp):
    # sport/rovers-reject-third-ferguson-bid.txt, entertainment/prodigy-join-v-festival-line-up.txt
    ents, _, _ = resolve_texts(nlp, "But the player is determined to return to Scotland and rejected a move to Goodison "
                                    "Park.")
    assert typed(ents, "Goodison Park") == "FAC", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "The event, which is in its 10th year, will be held at two venues - Hylands Park in "
                                    "Essex and Weston Park in Staffordshire on 20 and 21 August.")
    assert typed(ents, "Weston Park") == "FAC" and typed(ents, "Essex") == "LOC", {n: e.type for n, e in ents.items()}
    # entertainment/outkast-win-at-mtv-europe-awards.txt: a band's singer, no park
    ents, _, _ = resolve_texts(nlp, "Linkin Park singer Chester Bennington described their prize for best rock band as "
                                    "\"quite an honour\".")
    assert "Linkin Park" in ents and typed(ents, "Linkin Park") != "FAC", {n: e.type for n, e in ents.items()}


def test_a_hyphened_first_name_starts_a_person(nlp):
    # business/china-ripe-for-media-explosion.txt, sport/fit-again-betsen-in-france-squad.txt
    ents, _, _ = resolve_texts(nlp, "Leading China-watcher, and founder of the CGA consultancy Jeanne-Marie Gescher, "
                                    "agreed that the time was ripe for foreign media groups to tap China's huge media "
                                    "market potential.")
    assert typed(ents, "Jeanne-Marie Gescher") == "PERSON", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "The inexperienced Nicolas Mas, Jimmy Marlu and Jean-Philippe Grandclaude are also "
                                    "included in a 22-man squad.")
    assert typed(ents, "Jean-Philippe Grandclaude") == "PERSON", {n: e.type for n, e in ents.items()}


def test_a_person_cut_from_a_list_read_as_a_work_is_a_person(nlp):
    # entertainment/usher-leads-soul-train-shortlist.txt
    ents, _, _ = resolve_texts(nlp, "Beyonce, Prince, Destiny's Child, Jill Scott and New Edition all received two "
                                    "nominations each.")
    assert typed(ents, "Jill Scott") == "PERSON", {n: e.type for n, e in ents.items()}
    # entertainment/ (Bobby Darin biopic): titles among titles stay works
    ents, _, _ = resolve_texts(nlp, "The voice behind Mack the Knife, Dream Lover and Beyond the Sea, fought childhood "
                                    "illness to become one the biggest stars of the 1950s.")
    assert typed(ents, "Dream Lover") == "WORK_OF_ART", {n: e.type for n, e in ents.items()}


def test_a_name_cut_from_a_list_read_as_a_law_is_no_product(nlp):
    # politics/blair-pressing-us-on-climate.txt: "Downing Street" (the shipped lexicon's body), never a PRODUCT
    ents, _, _ = resolve_texts(nlp, "Tony Blair is pressing the US to cut greenhouse gases despite its unwillingness to "
                                    "sign the Kyoto Protocol, Downing Street has indicated.")
    assert typed(ents, "Downing Street") == "ORG" and typed(ents, "Kyoto Protocol") == "LAW", \
        {n: e.type for n, e in ents.items()}


def test_a_line_up_of_surnames_is_people(nlp):
    # sport/wasps-31-37-leicester.txt: the model read Smith and Rabeni as places, Chuter and Back as bodies
    ents, _, _ = resolve_texts(nlp, "Murphy; Rabeni, Smith, Gibson, Healey; Goode, Ellis; Rowntree, Chuter, White, "
                                    "M Johnson (capt), L Deacon; Moody, Back, Corry.")
    for name in ("Smith", "Rabeni", "Chuter", "Back", "Healey"):
        assert typed(ents, name) == "PERSON", (name, {n: e.type for n, e in ents.items()})
    # business/ (mobile phone makers): a list with a verb keeps its bodies
    ents, _, _ = resolve_texts(nlp, "Technology firms Sony, Philips, Matsushita and Samsung are developing a common way "
                                    "to stop people pirating digital music and video.")
    assert typed(ents, "Samsung") == "ORG" and typed(ents, "Philips") == "ORG", {n: e.type for n, e in ents.items()}


def test_a_name_before_a_noun_of_an_event_is_the_event(nlp):
    # tech/apple-sues-tiger-file-sharers.txt, sport/injury-sidelines-philippoussis.txt
    ents, _, _ = resolve_texts(nlp, "It comes just weeks before the MacWorld conference in San Francisco, used to "
                                    "showcase new products.")
    assert typed(ents, "MacWorld") == "EVENT" and typed(ents, "San Francisco") == "GPE", \
        {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "Mark Philippoussis withdrew from the Sydney International tennis tournament as "
                                    "expected on Sunday after suffering a groin injury during the Hopman Cup.")
    assert typed(ents, "Sydney International") == "EVENT", {n: e.type for n, e in ents.items()}
    # politics/uk-will-stand-firm-on-eu-rebate.txt: the body that meets keeps its type, as does the place
    ents, _, _ = resolve_texts(nlp, "The two-day European Council summit in Brussels begins on 16 December and is "
                                    "widely expected to be dominated by Turkey's membership bid.")
    assert typed(ents, "European Council") == "ORG", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "Speaking at the London conference he said: \"Generalised stereotypes of people "
                                    "past retirement age are a problem.\"")
    assert typed(ents, "London") == "GPE", {n: e.type for n, e in ents.items()}


def test_a_body_before_its_conference_stays_the_body(nlp):
    # review 7b: a company's or a union's own conference, or a press conference it calls, names no event
    ents, _, _ = resolve_texts(nlp, "Sony unveiled the new handheld at a Sony press conference in Tokyo.")
    assert typed(ents, "Sony") == "ORG" and not [n for n, e in ents.items() if e.type == "EVENT"], \
        {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "The new handheld was shown at a Sony press conference in Tokyo on Tuesday.")
    assert typed(ents, "Sony") == "ORG", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "Apple sold four million iPods in the quarter. Apple shares rose 5%. Chief "
                                    "executive Steve Jobs spoke at the Apple conference on Tuesday.")
    assert typed(ents, "Apple") == "ORG", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "Microsoft said its software was secure. Bill Gates told the Microsoft conference "
                                    "in Seattle that the firm would fight spam.")
    assert typed(ents, "Microsoft") == "ORG", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "Nurses' union Unison said pay was too low. Delegates at the Unison conference "
                                    "voted for a strike ballot.")
    assert typed(ents, "Unison") == "ORG", {n: e.type for n, e in ents.items()}


def test_a_title_with_a_subtitle_is_a_work(nlp):
    # entertainment/half-life-2-sweeps-bafta-awards.txt
    ents, _, _ = resolve_texts(nlp, "The audio award was won by Call of Duty: Finest Hour and Hitman: Contracts won the "
                                    "music award.")
    assert typed(ents, "Call of Duty: Finest Hour") == "WORK_OF_ART", {n: e.type for n, e in ents.items()}
    # sport/newcastle-27-27-gloucester.txt: a colon after a heading word makes no title of the names after it
    ents, _, _ = resolve_texts(nlp, "Replacements: Peel, Wilson, Thompson, Parling, Sititi, Charlton, Shaw.")
    assert not [n for n, e in ents.items() if e.type == "WORK_OF_ART"], {n: e.type for n, e in ents.items()}


def test_a_nations_adjective_or_a_places_market_makes_no_body(nlp):
    # tech/ (Workshare's research), business/hariri-killing-hits-beirut-shares.txt
    ents, _, _ = resolve_texts(nlp, "Sensitive information inadvertently leaked in documents includes confidential "
                                    "contractual terms, competitive information that rivals would be keen to see and "
                                    "special deals for key customers, said Andrew Pearson, European boss of Workshare "
                                    "which commissioned the research.")
    assert typed(ents, "European") == "NORP", {n: e.type for n, e in ents.items()}
    ents, _, _ = resolve_texts(nlp, "Hariri killing hits Beirut shares\n\nShares in Solidere, the Lebanese company "
                                    "founded by assassinated former prime minister Rafik Hariri, fell 15% in renewed "
                                    "trading in Beirut.")
    assert typed(ents, "Beirut") == "GPE", {n: e.type for n, e in ents.items()}
    # sport/ (Barbarians v New Zealand): a club's nickname before "coach" stays a body
    ents, _, _ = resolve_texts(nlp, "After the match, Barbarians coach Bob Dwyer warned that South African flanker "
                                    "Schalk Burger needed a proper off-season break to maintain his standards.")
    assert typed(ents, "Barbarians") == "ORG", {n: e.type for n, e in ents.items()}


def test_a_device_noun_before_such_as_types_the_listed_name_without_the_lexicon(nlp):
    # the iPod of "a portable player such as an iPod" is also in the shipped lexicon (kg/data/gazetteer.tsv):
    # the rule itself must still read the device from its list noun
    from spacy.tokens import Span
    from kg.resolve.kindcues import listed_game_or_device
    doc = nlp("By contrast, almost a third are interested in listening to music on a portable player such as an iPod.")
    ipod = next(t.i for t in doc if t.text == "iPod")
    assert listed_game_or_device(Span(doc, ipod, ipod + 1, label="ORG")) == "PRODUCT"
    # negative: "players such as" people
    doc = nlp("England coach Andy Robinson said players such as Jason Robinson would be rested.")
    jason = next(t.i for t in doc if t.text == "Jason")
    assert listed_game_or_device(Span(doc, jason, jason + 2, label="PERSON")) is None
