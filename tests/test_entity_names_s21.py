"""Names of issue 17 (session 21, names): pieces of longer titles. Real sentences of the
development pool (/work/pool); each test asserts the exact name made and what must not be made."""
from __future__ import annotations

from test_entities import resolve_texts


def test_a_title_written_with_a_contraction_is_one_work(nlp):
    """A capitalised contraction inside a sentence is written only in a title; the names the model read inside it are
    pieces of it (the s20 blind audit's non-entity "Cry" of "Boys Don't Cry"):
    entertainment/controversial-film-tops-festival.txt "the Oscar-winning Boys Don't Cry" (read "Cry", PRODUCT),
    entertainment/brits-return-keane-to-number-one.txt "U2's latest single Sometimes You Can't Make It On Your Own"
    (read "You", PERSON), entertainment/chris-evans-back-on-the-market.txt "Channel 4's gameshow Don't Forget Your
    Toothbrush" (read nothing). Not a possessive ("Hilary Swank's leading role" keeps the actress), nor a contraction
    opening a sentence or a quotation ("It's a bit of a shock," she said), nor "I" ("I'm Jewish")."""
    entities, _, _ = resolve_texts(
        nlp,
        "Previous films to take the prize include the Oscar-winning Boys Don't Cry, which was about the true life story "
        "of murdered transsexual Brandon Teena.",
        "U2's latest single Sometimes You Can't Make It On Your Own took the top spot in the singles chart, ahead of "
        "Elvis.",
        "However, the ostentation of some of the items on sale painted a picture of the eccentricity that endeared him "
        "to the British public in shows such as Channel 4's gameshow Don't Forget Your Toothbrush.",
        "But her deliciously neurotic portrayal of surburban life turning sour was overlooked in favour of Hilary "
        "Swank's leading role in Boys Don't Cry.",
        "\"It's a bit of a shock,\" Swank said. It's Swank who won.")
    assert "Cry" not in entities and "You" not in entities, sorted(entities)
    assert entities["Boys Don't Cry"].type == "WORK_OF_ART", sorted(entities)
    assert entities["Sometimes You Can't Make It On Your Own"].type == "WORK_OF_ART", sorted(entities)
    assert "Don't Forget Your Toothbrush" in entities, sorted(entities)
    assert "Hilary Swank" in entities and "Brandon Teena" in entities and "U2" in entities, sorted(entities)
    assert not [n for n in entities if n.startswith("It's")], sorted(entities)


def test_the_bill_is_the_one_bill_its_article_names(nlp):
    """"the Bill" / "the Act" is the short form of the one bill or act its article names, and no entity where the
    article names none (the s20 blind audit's over-merge "Bill": the Criminal Justice Bill of one article and the
    Prevention of Terrorism Bill of another, one entity "Bill"): politics/jowell-rejects-las-vegas-jibe.txt ("critics
    of the Gambling Bill … when the Bill is debated"), politics/no-more-concessions-on-terror.txt ("MPs voted in favour
    of the Prevention of Terrorism Bill … The Bill now faces opposition from peers"), politics/mps-murder-sentence-
    concern.txt ("at a late stage of the Criminal Justice Bill": the model read "Bill", PERSON),
    politics/sport-betting-rules-in-spotlight.txt ("perhaps as the Bill passes through the two Houses": no bill
    named). Not a man named Bill ("Bill Clinton"), nor a name longer than the head ("the Bill Gates Foundation")."""
    entities, _, _ = resolve_texts(
        nlp,
        "The Secretary of State for Culture, Media and Sport, Tessa Jowell, has hit out at critics of the Gambling Bill. "
        "Ms Jowell will set out her position when the Bill is debated in the Commons on Monday.",
        "MPs voted in favour of the Prevention of Terrorism Bill after Mr Clarke agreed to key changes. The Bill now "
        "faces opposition from peers. On Monday, MPs voted 272-219 in favour of the Bill after key concessions from "
        "Mr Clarke.",
        "The measures passed into law virtually unnoticed after Mr Blunkett introduced them at a late stage of the "
        "Criminal Justice Bill.",
        "\"Symbolically, a higher penalty, perhaps as the Bill passes through the two Houses, might be appropriate.\"",
        "Mr Brown welcomed news that the Bill Gates Foundation and Norway would give more. Bill Clinton said it was "
        "right.")
    assert "Bill" not in entities, sorted(entities)
    assert "Bill" in entities["Gambling Bill"].aliases, entities["Gambling Bill"]
    assert "Bill" in entities["Prevention of Terrorism Bill"].aliases, entities["Prevention of Terrorism Bill"]
    assert entities["Criminal Justice Bill"].type == "LAW", sorted(entities)
    assert "Bill Gates Foundation" in entities and entities["Bill Clinton"].type == "PERSON", sorted(entities)
