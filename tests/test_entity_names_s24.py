"""Names of issue 17 (session 24, names): one node per real referent — first names, family names written first,
a town's name that stands for its club, a person's name the model ran on into a work. Real sentences of the
development pool (/work/pool); each test asserts the exact entities made and what must not be made."""
from __future__ import annotations

from test_entities import resolve_texts


def test_a_first_name_two_people_share_joins_the_one_written_before_it(nlp):
    """The s24 blind audit's split-evident "Steve" (sport/o-leary-agrees-new-villa-contract.txt): "Roy and Steve"
    follow "Roy Aitken and Steve McGregor"; Steve Bruce, named later in the article, is not written before it."""
    entities, _, _ = resolve_texts(
        nlp,
        "O'Leary put pen to paper after deals were sorted for his right-hand men Roy Aitken and Steve McGregor. "
        "\"It was important to me Roy and Steve, an integral part of my team, should stay for the same time,\" O'Leary "
        "said on Thursday ahead of signing his new deal. Mellberg spoke of his dislike of Villa's rivals ahead of the "
        "match, which Steve Bruce's side won 2-1.")
    assert "Steve" not in entities and "Roy" not in entities, sorted(entities)
    assert "Steve" in entities["Steve McGregor"].aliases, entities["Steve McGregor"].aliases
    assert "Steve" not in entities["Steve Bruce"].aliases, entities["Steve Bruce"].aliases


def test_a_first_name_after_two_full_names_that_share_it_joins_the_nearest_only_if_named_most(nlp):
    """politics/boris-opposes-mayor-apology.txt: Ken Livingstone and Ken Bigley are both written before "Ken doesn't
    think he's got anything to say sorry for"; Ken Livingstone is named last before it and most (the article is about
    him): the first name is his — it was an entity "Ken" of its own with 11 mentions, his pronouns among them. The
    negative case: where the nearest Ken is not the one named most (the hostage, named once, as the mayor is), the
    first name joins neither."""
    opening = ("Ken Livingstone should \"stick to his guns\" and not apologise for his \"Nazi\" comment to a Jewish "
               "reporter, Tory MP Boris Johnson has insisted. However, Mr Johnson, who was forced to apologise last "
               "year for an article in the magazine he edits about Liverpudlians grieving over the death of British "
               "hostage Ken Bigley, said Mr Blair \"should butt out of\" the row. ")
    entities, _, _ = resolve_texts(
        nlp,
        opening + "\"It's a dispute between Ken Livingstone and a reporter on the Evening Standard. Ken doesn't think "
        "he's got anything to say sorry for and if that's really his feeling, then I think that he should stick to his "
        "guns,\" he said.",
        opening + "\"But here's old Ken - he's been crass, he's been insensitive,\" he said.")
    assert "Ken" in entities["Ken Livingstone"].aliases and "Ken" not in entities["Ken Bigley"].aliases, entities["Ken Livingstone"]
    assert set(entities["Ken"].docs) == {"t1"}, entities.get("Ken")


def test_a_first_name_read_as_a_place_no_place_bears_joins_its_full_name(nlp):
    """sport/hantuchova-in-dubai-last-eight.txt: "(over Serena)" read GPE was an entity "Serena" of its own; no place
    is called Serena, so it is Serena Williams. A first name that is a place stays apart ("Jordan")."""
    entities, _, _ = resolve_texts(
        nlp,
        "Daniela Hantuchova moved into the quarter-finals of the Dubai Open, after beating Elene Likhotseva of Russia "
        "7-5 6-4, and now faces Serena Williams. \"I feel I have an advantage (over Serena) because I have already "
        "played two matches on these courts,\" she said.")
    assert "Serena" not in entities, sorted(entities)
    assert "Serena" in entities["Serena Williams"].aliases, entities["Serena Williams"].aliases


def test_a_family_name_written_first_joins_its_full_name(nlp):
    """business/beijingers-fume-over-parking-fees.txt: "Wang Yan" then "Mr Wang" three times made two persons, "Wang
    Yan" and "Wang" (a Chinese name writes the family name first; after "Mr" a name is a surname). The negative case
    (politics/tories-reject-rethink-on-axed-mp.txt): "Mr Howard" is not Howard Flight — Howard is a first name."""
    entities, _, _ = resolve_texts(
        nlp,
        "\"The price differences between indoor and outdoor lots are unreasonable,\" said Wang Yan, an official from "
        "the Beijing Municipal Commission for Development and Reform quoted in the state-run China Daily newspaper. "
        "Mr Wang, who is in charge of collecting car parking fees, said his team would be looking at adjusting parking "
        "prices to close the gap.",
        "Sacked MP Howard Flight's local Conservative association has insisted he will not be its candidate at the "
        "general election. At a news conference, Mr Howard insisted he had played by the party's rules.")
    assert "Wang" not in entities, sorted(entities)
    assert "Mr Wang" in entities["Wang Yan"].aliases, entities["Wang Yan"].aliases
    assert "Mr Howard" not in entities["Howard Flight"].aliases, entities["Howard Flight"].aliases


def test_a_town_that_stands_for_its_club_joins_the_club_of_its_article(nlp):
    """sport/ferguson-fears-milan-cutting-edge.txt wrote "AC Milan" once and "Milan" (read GPE) nine times: an entity
    "Milan" apart from AC Milan; sport/beckham-relief-as-real-go-through.txt "Madrid" beside Real Madrid, which also
    took the city of another article. The town where places are written stays the town (business/alfa-romeos-to-get-
    gm-engines.txt, "the Fiat Powertrain plant at Arese near Milan")."""
    entities, _, _ = resolve_texts(
        nlp,
        "Manchester United manager Sir Alex Ferguson said his side's task against AC Milan would not be made any "
        "easier by the absence of Andriy Shevchenko. \"It's a loss (to Milan), but it could be worse if they didn't "
        "have such quality to bring in,\" Ferguson said. Ferguson said Milan's front line would still represent a "
        "formidable challenge for his defenders.",
        "David Beckham expressed his relief at Real Madrid's passage to the Champions League knockout phase. Beckham "
        "said: \"It's expected of Madrid to get through, but it's a relief for the club and players to have won.\"",
        "The unions claim Fiat is to close the Fiat Powertrain plant at Arese near Milan and instead source "
        "six-cylinder engines from General Motors.")
    assert "Milan" in entities["AC Milan"].aliases and set(entities["AC Milan"].docs) == {"t0"}, entities["AC Milan"]
    assert "Madrid" in entities["Real Madrid"].aliases, entities["Real Madrid"].aliases
    assert entities["Milan"].type == "GPE" and set(entities["Milan"].docs) == {"t2"}, entities["Milan"]
    assert "Madrid" not in entities, sorted(entities)


def test_a_person_run_on_into_the_work_after_for_is_the_person(nlp):
    """The s24 blind audit's junk name "Luc Bondy for Cruel" (entertainment/west-end-to-honour-finest-shows.txt): the
    model ran the director's name on into the play he is shortlisted for. A body's name keeps its "for" ("Transport
    for London", "the Department for Education and Skills")."""
    entities, _, _ = resolve_texts(
        nlp,
        "The best director shortlist includes Luc Bondy for Cruel and Tender, Simon McBurney for Measure for Measure, "
        "and Rufus Norris for Festen.",
        "A Department for Education and Skills spokeswoman said the money had been well spent.")
    assert entities["Luc Bondy"].type == "PERSON", sorted(entities)
    assert not any(" for " in name for name in entities if entities[name].type == "PERSON"), sorted(entities)
    assert "Department for Education and Skills" in entities, sorted(entities)


def test_a_surname_written_without_its_particle_joins_the_one_person_who_bears_it(nlp):
    """sport/italy-8-38-wales.txt: the line-up's "R de Marigny" left a person "Marigny" apart from Roland de Marigny
    ("De Marigny" twice); business/1m-payoff-for-former-shell-boss.txt: "Walter van der Vijver" with a "Vijver" read
    as a product. "De Marigny" is a surname, no full name with surname "Marigny". Names opened by a particle that is
    a first name stay full names ("Ben Kay", "B Kay" of the England line-up)."""
    entities, _, _ = resolve_texts(
        nlp,
        "But a clever high kick from Henson almost brought a try for Hal Luscombe when Roland de Marigny and Ludovico "
        "Nitoglia made a hash of claiming it as the ball bounced into touch. Jones was unable to convert and De Marigny "
        "then hit the upright with a penalty attempt for Italy.\n\n"
        "Italy: R de Marigny; Mirco Bergamasco, W Pozzebon, A Masi, L Nitoglia; L Orquera, A Troncon; A Lo Cicero, "
        "F Ongaro, M Castrogiovanni, S Dellape, M Bortolami (capt), A Persico, Mauro Bergamasco, S Parisse.",
        "The revelation that Shell had inflated its reserves led to the resignation of its chairman, Sir Phil Watts, "
        "and production chief Walter van der Vijver.",
        "France twice turned over England ball at the breakdown early on as the home side struggled to generate "
        "forward momentum, one Ben Kay charge apart.\n\nEngland: J Robinson (capt); M Cueto, J Noon, O Barkley, "
        "J Lewsey; C Hodgson, H Ellis; G Rowntree, S Thompson, P Vickery; D Grewcock, B Kay; J Worsley, L Moody, "
        "M Corry.")
    assert "B Kay" in entities["Ben Kay"].aliases and "B Kay" not in entities, sorted(entities)
    assert "Marigny" not in entities and "De Marigny" not in entities, sorted(entities)
    assert {"De Marigny", "Roland de Marigny"} <= set(entities["Roland de Marigny"].aliases), entities["Roland de Marigny"]
    assert "Vijver" not in entities, sorted(entities)
    assert entities["Walter van der Vijver"].type == "PERSON", sorted(entities)


def test_a_member_of_a_band_before_his_name_is_no_part_of_it(nlp):
    """entertainment/police-praise-courageous-ozzy.txt: "the same fate as late Beatle George Harrison" made a person
    "Beatle George Harrison" (7 mentions): one member of The Beatles, the gazetteer's band. A word whose plural names
    no band stays ("Saint Bernard Software" is no person)."""
    entities, _, _ = resolve_texts(
        nlp,
        "The heavy metal star said he could have met the same fate as late Beatle George Harrison, who was repeatedly "
        "stabbed in a break-in in 1999. Harrison survived the attack.")
    assert "Beatle George Harrison" not in entities, sorted(entities)
    assert entities["George Harrison"].type == "PERSON", sorted(entities)
    assert "Harrison" in entities["George Harrison"].aliases, entities["George Harrison"].aliases
