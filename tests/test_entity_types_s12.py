"""Entity types from evidence, session 12 (issue 17, wrong-type class), on real BBC sentences from ../shared/corpora/bbc-news.

Each row gives one or more articles (texts resolved together) and the type of every name it settles, with the
negative cases a rule must not touch (None: no entity of that name).
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts


def typed(ents, name: str) -> str | None:
    return ents[name].type if name in ents else None


TYPES = [
    # -- the name an award or a nomination is "for" is the work it honours
    pytest.param(  # entertainment/global-release-for-japan-hit-film.txt (the model reads "Spirited Away" GPE)
        ["Miyazaki won an Oscar earlier this year for Spirited Away, Japan's first Academy Award for nearly 50 years."],
        {"Spirited Away": "WORK_OF_ART"}, id="an Oscar for a film"),
    pytest.param(  # entertainment/british-stars-denied-major-oscars.txt (read ORG)
        ["Leigh had previously received three Oscar nominations for Secrets and Lies and Topsy Turvy."],
        {"Topsy Turvy": "WORK_OF_ART"}, id="nominations for a film"),
    pytest.param(  # entertainment/the-producers-scoops-stage-awards.txt (read PERSON): nominated for a play
        ["It also won best actor for Richard Griffiths, who beat his Harry Potter film co-star Michael Gambon, "
         "nominated for Endgame, as well as Jonathan Pryce and Ben Whishaw."],
        {"Endgame": "WORK_OF_ART", "Richard Griffiths": "PERSON", "Michael Gambon": "PERSON"}, id="nominated for a play"),
    pytest.param(  # negative: entertainment/low-budget-film-wins-cesar.txt: a prize for a person set in apposition
        ["L'Esquive earned a Cesar prize for its director, Tunisian-born Abdellatif Kechiche, and its young star, the "
         "18-year-old actress Sara Forestier."],
        {"Abdellatif Kechiche": "PERSON"}, id="a prize for a director stays a person"),
    pytest.param(  # negative: entertainment/british-stars-denied-major-oscars.txt: nominated for the awards themselves
        ["Among other British talent nominated for Oscars, composer Andrew Lloyd Webber and lyricist Charles Hart were "
         "nominated for best original song."],
        {"Oscars": "ORG", "Andrew Lloyd Webber": "PERSON"}, id="nominated for Oscars is no work"),
    # -- a title whose words make a clause
    pytest.param(  # entertainment/blair-buys-copies-of-new-band-aid.txt (read ORG)
        ["In 1985, a group of high-profile American stars known as USA For Africa came together to record their own "
         "fund-raising single, We Are The World."],
        {"We Are The World": "WORK_OF_ART", "USA For Africa": "ORG"}, id="a single named by a clause"),
    pytest.param(  # tech/the-force-is-strong-in-battlefront.txt (read ORG)
        ["Locations include the frozen wastes of Hoth, the ice planet from The Empire Strikes Back, complete with "
         "massive mechanical AT-ATs on the march."],
        {"The Empire Strikes Back": "WORK_OF_ART"}, id="a film named by a clause"),
    pytest.param(  # negative: politics/parties-build-up-poll-war-chests.txt, entertainment/blair-buys-copies-of-new-band-aid.txt
        ["The UK Independence Party, which lost its main donor Paul Sykes amid the row over Robert Kilroy-Silk's bid "
         "for the leadership last autumn, took in £63,081.",
         "But music fans in the US are still able to access the song and download it on Band Aid 20's official website."],
        {"Paul Sykes": "PERSON", "Band Aid": "ORG"}, id="a last word tagged a verb makes no clause"),
    # -- "hit musical X": the noun the model read as an adjective
    pytest.param(  # entertainment/abba-reunite-for-musical-premiere.txt (read PERSON)
        ["The original stars of Swedish pop quartet Abba have reunited for the home premiere of hit musical Mamma Mia! "
         "which is based on the band's songs."],
        {"Mamma Mia": "WORK_OF_ART"}, id="hit musical Mamma Mia"),
    pytest.param(  # negative: entertainment/us-composer-recreates-bach-score.txt: "musical" of a possessor
        ["Rifkin likened the challenge to a \"musical Rubik's cube\"."],
        {"Rubik": "PERSON"}, id="a musical Rubik's cube"),
    # -- a name read as a people that stands alone as a thing's name
    pytest.param(  # business/french-suitor-holds-lse-meeting.txt (the model reads "Clearstream" NORP)
        ["Meanwhile, LSE shareholders fear that Deutsche Boerse's control over its Clearstream unit - the clearing house "
         "that processes securities transactions - would create a monopoly situation. This would weaken the position of "
         "shareholders when negotiating lower transaction fees for share dealings. LSE and Euronext do not have control "
         "over their clearing and settlement operations, a situation which critics say is more transparent and "
         "competitive. The German group's ownership of Clearstream has been seen as the main stumbling block to a "
         "London-Frankfurt merger. Commentators believe Deutsche Boerse, which has now formally asked German authorities "
         "to approve its plan to buy the LSE, may offer to sell Clearstream to gain shareholder approval."],
        {"Clearstream": "ORG", "Germany": "GPE"}, id="a body read as a people"),
    pytest.param(  # negative: politics/uk-helps-raped-rwandan-women.txt: peoples stay NORP
        ["About 800,000 Tutsis and moderate Hutus were killed by Hutu militias after the assassination of an ethnic "
         "Hutu leader."],
        {"Hutus": "NORP", "Tutsis": "NORP"}, id="peoples stay"),
    pytest.param(  # negative: tech/losing-yourself-in-online-gaming.txt: a people's noun after a numeral
        ["Nearly most of South Koreans are addicted to online games, and one Korean died because of the lack of food "
         "and water he had through playing online games."],
        {"Korean": "NORP"}, id="one Korean stays a people"),
    # -- the Houses of Parliament (shipped lexicon)
    pytest.param(  # politics/…: "the Commons" read NORP, apart from "the House of Lords"
        ["The government is expected to win Wednesday's vote in the Commons, but faces a battle in the House of Lords.",
         "Mr Blair's refusal to accept the Tories' sunset clause proposals means that the government faces concerted "
         "opposition from all sides in the Lords."],
        {"House of Commons": "ORG", "House of Lords": "ORG", "Commons": None, "Lords": None}, id="the Commons and the Lords"),
    pytest.param(  # negative: politics/anti-terror-plan-faces-first-test.txt: the Law Lords are their own body
        ["The new powers, designed to replace the existing laws and meet the Law Lords' concerns, would apply to British "
         "as well as foreign terror suspects."],
        {"Law Lords": "ORG", "House of Lords": None}, id="the Law Lords stay apart"),
]


@pytest.mark.parametrize("texts, types", TYPES)
def test_types_from_evidence_s12(nlp, texts, types):
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, expected in types.items():
        assert typed(ents, name) == expected, (name, typed(ents, name), sorted((e.name, e.type) for e in ents.values()))
