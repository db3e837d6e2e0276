"""Entity types from evidence, session 30 (issue 17, the wrong-type class), on real BBC sentences of the pool.

A name the model read as a person that a relative "which" right after it stands for is no person: a body (ORG), or,
in a sentence about films, shows or records, the work (WORK_OF_ART) (nametypes.thing_before_which). Each row gives
the texts of one article and the type of every name it settles (``None``: no entity), with the negative cases the
rules must not touch. A name before a noun of a computer or a camcorder is that product (PRODUCT), as before a
console's or a phone's (nametypes.PRODUCT_AFTER).
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts
from test_entity_types_s22 import typed


TYPES = [
    # -- a "which" after a name read as a person (nametypes.thing_before_which)
    pytest.param(  # business/mixed-christmas-for-us-retailers.txt (read PERSON)
        ["One discount retailer to fare well in December was Costco Wholesale, which continued a recent run of upbeat "
         "results with a better-than-expected 8% jump in same store sales."],
        {"Costco Wholesale": "ORG"}, id="was Costco Wholesale, which continued"),
    pytest.param(  # entertainment/court-halts-mark-morrison-album.txt (read PERSON): a label in a sentence of records
        ["But Mr Campbell said he learned that Morrison planned to release the album through Jet Star, which is "
         "advertising it on its website."],
        {"Jet Star": "ORG"}, id="through Jet Star, which is advertising"),
    pytest.param(  # entertainment/animation-charms-japan-box-office.txt
        ["Howl's Moving Castle is the follow-up to Miyazaki's Spirited Away, which won best animation at last year's "
         "Oscars."],
        {"Spirited Away": "WORK_OF_ART"}, id="Spirited Away, which won best animation"),
    pytest.param(  # negative: the clause is the role's, and Billy a first name (entertainment/tough-schedule-delays-elliot-show.txt)
        ["Three boys will rotate the demanding role of ballet dancer Billy, which requires them to sing, dance and act."],
        {"Billy": "PERSON"}, id="role of ballet dancer Billy, which"),
    pytest.param(  # negative: the clause is the duo's (entertainment/byrds-producer-melcher-dies-at-62.txt)
        ["Earlier in his career, Melcher had hits as part of duo called Bruce & Terry, with future Beach Boy Bruce "
         "Johnston, which evolved into the Rip Chords group."],
        {"Melcher": "PERSON"}, id="Beach Boy Bruce Johnston, which evolved"),
    pytest.param(  # negative: a part an actor plays (entertainment/fry-set-for-role-in-hitchhiker-s.txt)
        ["Hollywood star Malkovich will play religious cult leader Humma Kavula, which was especially created by Adams "
         "for the new film."],
        {"Humma Kavula": "PERSON"}, id="play cult leader Humma Kavula, which"),
    # -- a product by the noun after it (nametypes.PRODUCT_AFTER: computer, laptop, camcorder)
    pytest.param(  # tech/sony-wares-win-innovation-award.txt (read WORK_OF_ART; judged s29 confirm-b ENT004/5)
        ["Other Sony products that helped included the Vaio W1 desktop computer and the RA-104 media server."],
        {"Vaio W1": "PRODUCT", "Sony": "ORG"}, id="the Vaio W1 desktop computer"),
    pytest.param(  # negative: a place before the noun (tech/us-cyber-security-chief-resigns.txt)
        ["The man making sure US computer networks are safe and secure has resigned after only a year in his post."],
        {"United States": "GPE"}, id="US computer networks"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_type_from_evidence_s30(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, label in expected.items():
        assert typed(ents, name) == label, (name, typed(ents, name), sorted((n, e.type) for n, e in ents.items()))


def test_beach_boy_is_no_body(nlp):
    """The person's name a "which" follows for the phrase before it keeps no body's type."""
    ents, _, _ = resolve_texts(nlp, "Earlier in his career, Melcher had hits as part of duo called Bruce & Terry, with "
                                    "future Beach Boy Bruce Johnston, which evolved into the Rip Chords group.")
    assert all(e.type != "ORG" for n, e in ents.items() if "Johnston" in n)
