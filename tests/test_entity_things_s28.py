"""Entity types from evidence, session 28 (issue 17, the wrong-type class that involves no person), on real BBC
sentences of the pool.

A name between its maker's possessive ("its", "their", a body's "'s") and a singular noun of a product is that product
(nametypes.product_of_its_maker); a name ending in "Show" after its host's name or a broadcast's hour is a programme,
not a fair (nametypes.head_word_label, _programme_show); a name a comma and "starring", "directed by" or "which
starred" follow is a film, set off as the subject or read as a place no gazetteer knows, but not the actor "starring in"
a film (kindcues.work_by_its_credits); a name that "is" or "was" a work noun's subject is that work
(nametypes.work_named_by_a_copula). Each row gives the texts of one article and the type of every
name it settles (``None``: no entity), with the negative cases the rules must not touch.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts
from test_entity_types_s22 import typed


TYPES = [
    # -- a product after its maker's possessive (nametypes.product_of_its_maker)
    pytest.param(  # tech/creator-of-first-apple-mac-dies.txt (read ORG; judged start-b ENT044)
        ["But the acceptance of the interface did not truly begin until the concept was developed for use by Apple in "
         "its pioneering Lisa computer."],
        {"Lisa": "PRODUCT", "Apple": "ORG"}, id="its pioneering Lisa computer"),
    pytest.param(  # tech/creator-of-first-apple-mac-dies.txt (read ORG)
        ["The GUI was developed by Xerox PARC, and used in its Star machine."],
        {"Star": "PRODUCT"}, id="its Star machine"),
    pytest.param(  # business/astrazeneca-hit-by-drug-failure.txt (read GPE)
        ["Shares in Anglo-Swedish drug have closed down 8% in UK trade after the failure of its Iressa drug in a major "
         "clinical trial."],
        {"Iressa": "PRODUCT"}, id="its Iressa drug"),
    pytest.param(  # negative: a country's possessive owns a player, not a product (sport/murray-to-make-cup-history.txt)
        ["Andrew Murray will become Britain's youngest-ever Davis Cup player after it was confirmed he will play in "
         "the doubles against Israel on Saturday."],
        {"Davis Cup": "EVENT", "United Kingdom": "GPE", "Andrew Murray": "PERSON"}, id="Britain's youngest-ever Davis Cup player"),
    # -- a programme named after its host or its hour (nametypes._programme_show)
    pytest.param(  # entertainment/chris-evans-back-on-the-market.txt (read FAC, then EVENT by "Show")
        ["Vintage TV and film posters also lined the walls, including a rare portrait of Raquel Welch and an original "
         "advertising print from the Benny Hill Show."],
        {"Benny Hill Show": "WORK_OF_ART", "Raquel Welch": "PERSON"}, id="the Benny Hill Show"),
    pytest.param(  # entertainment/school-tribute-for-tv-host-carson.txt (read EVENT)
        ["Carson, who hosted the Tonight Show for 30 years, died on 23 January from respiratory disease emphysema."],
        {"Tonight Show": "WORK_OF_ART", "Carson": "PERSON"}, id="the Tonight Show"),
    pytest.param(  # negative: a fair named after its place and its trade (business/budget-aston-takes-on-porsche.txt)
        ["Aston - whose cars were famously used by James Bond - will unveil the Vantage at the Geneva Motor Show on "
         "Thursday."],
        {"Geneva Motor Show": "EVENT"}, id="the Geneva Motor Show"),
    # -- a film by its credits (kindcues.work_by_its_credits)
    pytest.param(  # entertainment/how-the-academy-awards-flourished.txt (read ORG)
        ["The first film to win was Wings, which starred Clara Bow in the only silent movie to win the big award."],
        {"Wings": "WORK_OF_ART", "Clara Bow": "PERSON"}, id="Wings, which starred Clara Bow"),
    pytest.param(  # entertainment/director-nair-s-vanity-project.txt (read GPE)
        ["She is not restricted to Bollywood, however - she followed Salaam Bombay! with Mississippi Masala, starring "
         "Denzel Washington, and The Perez Family, her first Hollywood film."],
        {"Mississippi Masala": "WORK_OF_ART", "The Perez Family": "WORK_OF_ART"}, id="Mississippi Masala, starring"),
    pytest.param(  # entertainment/cage-film-s-third-week-at-us-top.txt (the subject, set off by commas; read PERSON)
        ["Oliver Stone's big-budget epic Alexander, starring Colin Farrell, followed last week's disappointing "
         "sixth-place opening with a slump to 10th place."],
        {"Alexander": "WORK_OF_ART", "Colin Farrell": "PERSON", "Oliver Stone": "PERSON"}, id="Alexander, starring"),
    pytest.param(  # negative: "starring in" after a person (entertainment/stars-pay-tribute-to-actor-davis.txt: read
        # WORK_OF_ART before)
        ["He frequently collaborated with director Spike Lee, starring in seven Lee films including Jungle Fever, Do "
         "The Right Thing and Malcolm X."],
        {"Spike Lee": "PERSON"}, id="Spike Lee, starring in"),
    pytest.param(  # negative: a place GeoNames knows before "starring" stays (made up of a pool sentence's parts)
        ["The festival in London, starring Jude Law, opened on Friday."],
        {"London": "GPE"}, id="London, starring"),
    # -- a work named by a copula whose subject is a work noun (nametypes.work_named_by_a_copula)
    pytest.param(  # entertainment/roxy-music-on-isle-of-wight-bill.txt (read FAC)
        ["Their first hit was 1972's Virginia Plain, with other hits including Street Life, Love Is The Drug and the "
         "1981 John Lennon cover, Jealous Guy."],
        {"Virginia Plain": "WORK_OF_ART"}, id="Their first hit was Virginia Plain"),
    pytest.param(  # entertainment/aviator-and-vera-take-bafta-glory.txt (read EVENT)
        ["Best British film was My Summer of Love, the story of two young women and their developing relationship, "
         "while Foxx's movie Ray, a bio-pic of late singer Ray Charles, also took best sound."],
        {"My Summer of Love": "WORK_OF_ART"}, id="Best British film was My Summer of Love"),
    pytest.param(  # negative: "single" is no work's noun before "project" (business/china-suspends-26-power-projects.txt)
        ["The biggest single project to be halted was the Xiluodi Dam project, designed to produce 12,600 MW of "
         "electricity."],
        {"Xiluodi Dam": "FAC"}, id="the biggest single project was the Xiluodi Dam"),
    pytest.param(  # negative: a person as the show's star (politics/poll-idols-face-first-hurdles.txt)
        ["But the real star of the show is Kelvin MacKenzie, in the Simon Cowell, Mr Nasty seat."],
        {"Kelvin MacKenzie": "PERSON"}, id="the real star of the show is Kelvin MacKenzie"),
]


@pytest.mark.parametrize("texts, expected", TYPES)
def test_type_from_evidence_s28_things(nlp, texts, expected):
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, label in expected.items():
        assert typed(ents, name) == label, (name, typed(ents, name), sorted((n, e.type) for n, e in ents.items()))
