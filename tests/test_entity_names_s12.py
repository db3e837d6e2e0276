"""Names of issue 17 (session 12, names): an acronym used as a count noun is no entity, a demonym the model read
alone before an event's or a body's name opens that name. Real sentences of ../shared/corpora/bbc-news (the BBC corpus' non-audit
articles); each row asserts the entities made and the ones that must not be."""
from __future__ import annotations

import pytest

from test_entities import assert_names

# (article texts, names (or {name: type}) that must be entities, names that must not be entities)
ROWS = [
    pytest.param(  # sport/relay-squad-thrilled-with-honours.txt: an honour after "an" is a kind, no body
        ["Jason Gardener says being made an MBE in the New Year Honours List underlines the achievement of Great "
         "Britain's 4x100m relay squad at the Olympics.",
         "Gardener, Darren Campbell, Marlon Devonish and Mark Lewis-Francis have all been awarded MBEs after beating "
         "pre-race favourites USA to gold."],
        {"Jason Gardener": "PERSON", "Darren Campbell": "PERSON"}, {"MBE", "MBEs"}, id="an-honour-is-no-body"),
    pytest.param(  # politics/goldsmith-denies-war-advice-claim.txt: "a QC" is a barrister, not a body
        ["He said the answer had been prepared in his office with the involvement of Solicitor General Harriet Harman, "
         "two of his own officials, three Foreign Office officials, a QC, Christopher Greenwood and the then Lord "
         "Chancellor, Lord Irvine of Lairg."],
        {"Christopher Greenwood": "PERSON", "Foreign Office": "ORG"}, {"QC"}, id="a-qc-is-no-body"),
    pytest.param(  # politics/ukip-outspent-labour-on-eu-poll.txt: an acronym before a noun after "a" is the body
        ["But a UKIP spokesman said Labour and the Conservatives had spent £10m between them on the last general "
         "election."],
        {"UK Independence Party": "ORG"}, set(), id="a-body-before-a-noun-stays"),
    pytest.param(  # sport/hewitt-survives-nalbandian-epic.txt: the competition, not Australia and a stray "Open"
        ["Home favourite Lleyton Hewitt came through a dramatic five-set battle with Argentine David Nalbandian to "
         "reach the Australian Open semi-finals."],
        {"Australian Open": "EVENT", "David Nalbandian": "PERSON", "Argentina": "GPE"},
        {"Australia", "Argentine David Nalbandian"}, id="demonym-opens-a-competition"),
    pytest.param(  # politics/eu-china-arms-ban-to-be-lifted.txt: a demonym before a title stays the country's
        ["German Chancellor Gerhard Schroeder and French President Jacques Chirac have repeatedly called for the "
         "embargo to be lifted."],
        {"Gerhard Schroeder": "PERSON", "Jacques Chirac": "PERSON", "Germany": "GPE", "France": "GPE"},
        {"German Chancellor", "French President"}, id="demonym-before-a-title-stays"),
    pytest.param(  # entertainment/sideways-dominates-spirit-awards.txt: a subtitle with no article, a documentary
        ["Oscar-nominated euthanasia film The Sea Inside from Spain won best foreign film, while Metallica: Some Kind "
         "Of Monster was awarded best documentary."],
        {"Metallica: Some Kind Of Monster": "WORK_OF_ART"}, {"Metallica", "Some Kind Of Monster"},
        id="colon-title-without-an-article"),
    pytest.param(  # tech/big-war-games-battle-it-out.txt: a game's title, "of" inside it
        ["On a near-identical note, Medal of Honor: Pacific Assault does all it can to make you feel part of a "
         "tight-knit team and plum in the middle of all-out action."],
        {"Medal of Honor: Pacific Assault": "WORK_OF_ART"}, {"Medal", "Pacific Assault"}, id="colon-game-title"),
    pytest.param(  # sport/fit-again-betsen-in-france-squad.txt: a squad list after a colon is no title
        ["Forwards: Nicolas Mas, Sylvain Marconnet, Olivier Milloud, William Servat, Sebastien Bruno, Fabien Pelous, "
         "Jerome Thion, Gregory Lamboley, Serge Betsen, Julien Bonnaire, Sebastien Chabal, Yannick Nyanga."],
        {"Nicolas Mas": "PERSON", "Yannick Nyanga": "PERSON"}, {"Forwards: Nicolas Mas"}, id="squad-after-colon-is-no-title"),
]


@pytest.mark.parametrize("texts, made, not_made", ROWS)
def test_names(nlp, texts, made, not_made):
    assert_names(nlp, texts, made, not_made)
