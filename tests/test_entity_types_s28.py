"""Entity types where a person is involved, session 28 (issue 17, the wrong-type class), on real BBC sentences of the
pool.

A name set off by a comma after "the <holder> of <a phrase>" names the holder, not the last noun of the phrase
(nametypes.holder_of_an_office_of): the rules that read a work's or a body's noun right before the comma
(work_after_a_comma, body_listed_after_its_noun) leave it, and the office it stands in apposition to types it. A
name listed after a plural noun of individual people ("authors like", "artists such as", "actresses") is a person
though no known first name opens it (nametypes.person_listed_after_people).
Each row gives the texts of one article and the type of every name it settles, with the negative cases the rules
must not touch.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts
from test_entity_types_s22 import typed


TYPES = [
    # -- the holder of an office "of" a work or a body (nametypes.holder_of_an_office_of)
    pytest.param(  # entertainment/church-anger-over-bollywood-film.txt (read WORK_OF_ART: "the film, Vinod Pande,")
        ["The director of the film, Vinod Pande, says the movie is not offensive and has refused to withdraw it.",
         "But Mr Pande said that if the critics were to see the film they would not protest against it."],
        {"Vinod Pande": "PERSON"}, id="The director of the film, Vinod Pande,"),
    pytest.param(  # the same article (read ORG: "organisations, Dolphy D'Souza" as a list of bodies)
        ["The president of one of Mumbai's main Catholic organisations, Dolphy D'Souza, says the portrayal of an "
         "ordained priest as a man of loose moral character has hurt the religious sentiments of India's Catholic "
         "community."],
        {"Dolphy D'Souza": "PERSON", "Mumbai": "GPE"}, id="The president of one of Mumbai's ... organisations, Dolphy D'Souza,"),
    pytest.param(  # negative: a work after its noun with no holder's "of" (the rule's own example, tests/test_entity_types.py)
        ["One of his most controversial songs, Pump Up, contains the Jamaican patois lyrics."],
        {"Pump Up": "WORK_OF_ART"}, id="One of his most controversial songs, Pump Up,"),
    # -- a name listed after a plural noun of individual people (nametypes.person_listed_after_people)
    pytest.param(  # entertainment/da-vinci-code-is-lousy-history.txt (Virgil, Tacitus read ORG)
        ['"We have literally a hundred times more early manuscripts for the gospels and letters in the New Testament '
         'than we have for the main classical authors like Cicero, Virgil and Tacitus.'],
        {"Virgil": "PERSON", "Tacitus": "PERSON"}, id="classical authors like Cicero, Virgil and Tacitus"),
    pytest.param(  # entertainment/jamelia-s-return-to-the-top.txt (Beyonce read GPE, Ashanti ORG)
        ["It was her next single, Superstar, that really put her back on the map as one of Britain's most popular "
         "female R&B singers, holding her own in a music scene dominated by US artists such as Beyonce and Ashanti."],
        {"Beyonce": "PERSON", "Ashanti": "PERSON"}, id="US artists such as Beyonce and Ashanti"),
    pytest.param(  # negative: "players" of a trade are firms (tech/gates-opens-biggest-gadget-fair.txt)
        ["CES features several more key speeches from major technology players, such as Intel and Hewlett Packard, as "
         "well as parallel conference sessions on gaming, storage, broadband and the future of digital music."],
        {"Intel": "ORG", "Hewlett Packard": "ORG"}, id="major technology players, such as Intel and Hewlett Packard"),
    pytest.param(  # negative: bands among artists (entertainment/rapper-jay-z-becomes-label-boss.txt)
        ["Def Jam was founded in 1984 by Russell Simmons and producer Rick Rubin and signed artists including "
         "Run-DMC, The Beastie Boys and Public Enemy."],
        {"Run-DMC": "ORG", "Russell Simmons": "PERSON"}, id="artists including Run-DMC, The Beastie Boys"),
    pytest.param(  # negative: a club naming its player's noun (sport/time-to-get-tough-on-friendlies.txt)
        ["It looks like a good opportunity to try out players like Middlesbrough winger Stewart Downing or Crystal "
         "Palace striker Andy Johnson."],
        {"Middlesbrough": "ORG", "Stewart Downing": "PERSON"}, id="players like Middlesbrough winger Stewart Downing"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_type_from_evidence_s28(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, label in expected.items():
        assert typed(ents, name) == label, (name, typed(ents, name), sorted((n, e.type) for n, e in ents.items()))
