"""Names of issue 17 (session 23, names): names the model cut into pieces of their own. Real sentences of the
development pool (/work/pool); each test asserts the exact entities made and what must not be made."""
from __future__ import annotations

from test_entities import resolve_texts, subject_entity


def test_a_title_cut_at_its_possessive_is_one_name(nlp):
    """A title or a band named as someone's thing ("X's Y"), whose owner and thing the article writes nowhere else,
    is one name: the s23 blind audit's split-evident "Mandolin" of entertainment/vera-drake-leads-uk-oscar-hopes.txt
    ("Captain Corelli's Mandolin", read as a person "Corelli" and a work "Mandolin"); "The Devil's Advocate"
    (entertainment/keanu-reeves-given-hollywood-star.txt, read as nothing); "Destiny's Child" (entertainment/
    usher-leads-soul-train-shortlist.txt, read as a person "Destiny" and a work "Child")."""
    entities, _, _ = resolve_texts(
        nlp,
        "Gemma Jackson, who has also worked on Bridget Jones's Diary and Iris, is up for art direction while costume "
        "designer Alexandra Byrne, whose previous films have included Captain Corelli's Mandolin and Elizabeth, is in "
        "the running.",
        "Reeves first found fame in the teen comedy Bill and Ted's Excellent Adventure, and went on to combine such "
        "blockbusters as Speed, The Devil's Advocate and the Matrix series, with smaller films including My Own "
        "Private Idaho.",
        "Beyonce, Prince, Destiny's Child, Jill Scott and New Edition all received two nominations each.")
    assert entities["Captain Corelli's Mandolin"].type == "WORK_OF_ART", sorted(entities)
    assert any(name in entities for name in ("The Devil's Advocate", "Devil's Advocate")), sorted(entities)
    assert "Destiny's Child" in entities, sorted(entities)
    for piece in ("Mandolin", "Corelli", "Child", "Destiny", "Advocate", "Devil"):
        assert piece not in entities, (piece, sorted(entities))
    for person in ("Gemma Jackson", "Alexandra Byrne", "Jill Scott"):
        assert entities[person].type == "PERSON", (person, sorted(entities))


def test_an_owner_named_as_a_body_or_a_person_keeps_his_thing_apart(nlp):
    """The negative cases: a firm's product ("Microsoft's Outlook e-mail program", tech/warning-over-tsunami-aid-
    website.txt; "Sony's Qrio", tech/hitachi-unveils-fastest-robot.txt), a person's work ("Josh Groban's Closer",
    entertainment/usher-leads-billboard-nominations.txt), a film the article names alone again ("Martin Scorsese's
    Aviator … it will beat Aviator", entertainment/us-afflicted-with-awards-fatigue.txt) and a title that goes on
    ("the Hitchhiker's Guide to the Galaxy Adventure Game") are no one name "X's Y"."""
    entities, _, _ = resolve_texts(
        nlp,
        "Another tsunami-related e-mail is also circulating that carries the Zar worm which tries to spread via the "
        "familiar route of Microsoft's Outlook e-mail program.",
        "Its makers claim that it is almost four times as fast as Sony's Qrio, which became the first robot to run "
        "last year.",
        "Maroon5 and OutKast are also up for artist of the year, while OutKast's Speakerboxxx/The Love Below is a "
        "finalist for Billboard 200 album of the year, alongside Josh Groban's Closer.",
        "\"Clint Eastwood's Million Dollar Baby affected people emotionally, which is why it will beat Aviator, which "
        "was about technical artistry not feelings,\" Mr Karger said. And Mr Goodridge said best film and director "
        "were between Martin Scorsese's Aviator and Million Dollar Baby.",
        "The BBC collected three awards, including best online entertainment for the Hitchhiker's Guide to the Galaxy "
        "Adventure Game.")
    for fused in ("Microsoft's Outlook", "Sony's Qrio", "Josh Groban's Closer", "Martin Scorsese's Aviator",
                  "Hitchhiker's Guide"):
        assert fused not in entities, (fused, sorted(entities))
    for name in ("Microsoft", "Sony", "Josh Groban", "Martin Scorsese"):
        assert name in entities, (name, sorted(entities))


def test_a_pair_whose_side_the_article_writes_alone_unlabelled_is_two_names(nlp):
    """"X and Y" read as one body, where the article writes Y alone as a body and X alone where the model left it
    unlabelled, is two bodies: business/yukos-loses-us-bankruptcy-battle.txt made one entity "Gazprom and Rosneft"
    that took Rosneft's own mentions as aliases. A name with "and" inside that the article never writes in pieces
    stays whole ("the Department for Education and Skills")."""
    entities, _, _ = resolve_texts(
        nlp,
        "The US court's jurisdiction had been challenged by Deutsche Bank and Gazpromneft, a former unit of Russian gas "
        "monopoly Gazprom which is due to merge with Rosneft. Analysts said the ability of Gazprom and Rosneft to "
        "trade freely overseas had been stifled while the ownership of Yugansk remained unclear.",
        "A Department for Education and Skills spokeswoman said the money had been well spent. The Department for "
        "Education and Skills said it would publish the figures.")
    assert "Gazprom and Rosneft" not in entities, sorted(entities)
    assert entities["Gazprom"].type == "ORG" and entities["Rosneft"].type == "ORG", sorted(entities)
    assert "Department for Education and Skills" in entities and "Skills" not in entities, sorted(entities)


def test_a_name_that_modifies_a_made_thing_is_no_link_of_the_argument(nlp):
    """An argument about a thing a body makes or measures, its name a modifier before the noun, names the thing, not
    the body: "The Institute for Supply Management (ISM) index fell to 55.3" (business/slowdown-hits-us-factory-growth
    .txt, linked to the institute), "Office of National Statistics data are accurate" (politics/uk-needs-true-
    immigration-data.txt), "download the Band Aid single from iTunes" (entertainment/itunes-now-selling-band-aid-song
    .txt, linked to the band). The link stays for someone speaking for the body ("A Department for Education and
    Skills spokeswoman said", politics/e-university-disgraceful-waste.txt) and a word that is no such noun ("money the
    UK alone is owed", business/no-uk-apology-for-colonial-past.txt)."""
    _, _, triples = resolve_texts(
        nlp,
        "The Institute for Supply Management (ISM) index fell to 55.3 in February, from an adjusted 56.4 in January.",
        "Sir Andrew Green, chairman of the organisation, says there is no need for an independent body because Office "
        "of National Statistics data are accurate.",
        "Band Aid 20 is number one. Ipod owners can now download the Band Aid single from iTunes after Apple reached "
        "agreement with the charity.",
        "A Department for Education and Skills spokeswoman said the venture had been \"ambitious and ground-breaking, "
        "but take-up had not been \"sufficient to continue with the project\".",
        "The UK has already cancelled its bilateral debts - money the UK alone is owed - with the world's poorest "
        "nations including Tanzania.")
    assert subject_entity(triples, "The Institute", "The Institute for Supply Management (ISM) index") is None
    assert subject_entity(triples, "Sir Andrew", "Office of National Statistics data") is None
    objects = [t.object_entity for t in triples if t.object == "the Band Aid single from iTunes"]
    assert objects == [None], [(t.subject, t.object, t.object_entity) for t in triples]
    assert subject_entity(triples, "A Department", "A Department for Education and Skills spokeswoman") \
        == "Department for Education and Skills"
    assert subject_entity(triples, "The UK has", "the UK alone") == "United Kingdom"


def test_a_possessive_name_ending_in_a_body_word_is_a_body(nlp):
    """A name cut at its possessive whose last word is a body's ("Club") is a body, not a work: ECB+ 21_5ecb (CC BY
    3.0, bench/ecb.py) "a fatal hit and run outside a Sam's Club store in Bloomington" (read as a person "Sam"
    before the possessive rule, then as a work "Sam's Club")."""
    entities, _, _ = resolve_texts(
        nlp, "The man police say is behind a fatal hit and run outside a Sam's Club store in Bloomington, now faces a "
             "murder charge.")
    assert entities["Sam's Club"].type == "ORG", sorted(entities)
    assert "Sam" not in entities, sorted(entities)


def test_a_possessive_that_opens_a_longer_title_joins_nothing(nlp):
    """The negative cases GAP (bench/gap.py, development-389 and -1211) showed: the first half of a title of two
    possessives ("Joanna's Husband and David's Wife", a novel) and an abbreviation opening a longer name ("Bach's St.
    Matthew Passion") are no name "X's Y"; Bach stays a person."""
    entities, _, _ = resolve_texts(
        nlp,
        "Her novels include Life Sentences (1982), Joanna's Husband and David's Wife (1986), and Home Free in 1991.",
        "He gives as an example the general pause in the middle of the chorus in Bach's St. Matthew Passion.")
    for fused in ("Joanna's Husband", "Bach's St"):
        assert fused not in entities, (fused, sorted(entities))
    assert entities["Bach"].type == "PERSON", sorted(entities)
