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
