"""Names of issue 17 (session 22, names): words of a longer name read as names of their own. Real sentences of the
development pool (/work/pool); each test asserts the exact entities made and what must not be made."""
from __future__ import annotations

from test_entities import resolve_texts


def test_a_coordinated_department_before_an_office_is_no_entity(nlp):
    """A coordination of department words before an office ("Culture, Media and Sport Secretary") names one
    department of a title, not bodies or places (the s21 blind audit's non-entities "Culture" GPE and "Media" ORG of
    politics/game-warnings-must-be-clearer.txt; "Trade and Industry" ORG of politics/lib-dems-unveil-women-s-manifesto
    .txt; "Work" PERSON of politics/what-really-divides-the-parties.txt, which took a "he"). The holder stays, and so
    does a department, made whole where the model cut it at its coordination ("the Department for Culture, Media and
    Sport" of entertainment/brookside-creator-s-channel-4-bid.txt, read "Department for Culture", "Media", "Sport"; "A
    Department for Media, Culture and Sport spokeswoman" of entertainment/musicians-to-tackle-us-red-tape.txt), and a person before a
    coordinated office ("Ms Jamieson and First Minister Jack McConnell")."""
    entities, _, _ = resolve_texts(
        nlp,
        "Her call was backed by Culture, Media and Sport Secretary Tessa Jowell who said: \"You wouldn't let your child "
        "watch the Texas Chainsaw Massacre.\"",
        "In September, Trade and Industry Secretary Patricia Hewitt said she would like to see longer paid paternity "
        "leave.",
        "Along with Work and Pensions Secretary Alan Johnson and Minister for Work Jane Kennedy, he then went on to tear "
        "into the Tory plans.",
        "A spokesman for the Department for Culture, Media and Sport said there were no plans to sell the channel.",
        "A Department for Media, Culture and Sport spokeswoman said: \"We're aware that people are experiencing "
        "problems.\"",
        "Last week Ms Jamieson and First Minister Jack McConnell met supporters' representatives.")
    for piece in ("Culture", "Media", "Sport", "Trade and Industry", "Trade", "Industry", "Work", "Work and Pensions"):
        assert piece not in entities, (piece, sorted(entities))
    for person in ("Tessa Jowell", "Patricia Hewitt", "Alan Johnson", "Jamieson", "Jack McConnell"):
        assert entities[person].type == "PERSON", (person, sorted(entities))
    assert entities["Department for Culture, Media and Sport"].type == "ORG", sorted(entities)
    assert entities["Department for Media, Culture and Sport"].type == "ORG", sorted(entities)
    assert "Department for Media" not in entities, sorted(entities)


def _links(triples, words):
    return [(t.subject_entity, t.object_entity) for t in triples if words in t.subject or words in (t.object or "")]


def test_a_coordinated_argument_links_to_neither_conjunct(nlp):
    """An argument that joins two entities' names with "and" names them together: no edge goes to one of them (the
    s21 blind audit's wrong-entity-link "Sri Lanka and the Maldives are the two countries …" linked to Sri Lanka,
    business/asia-quake-increases-poverty-risk.txt; business/jp-morgan-admits-us-slavery-links.txt "Citizens Bank and
    Canal Bank are the two lenders"; sport/federer-joins-all-time-greats.txt "she battled past Davenport and Serena
    Williams", linked to Serena Williams). A name with a people's adjective and "and" before it keeps its link ("British
    and Irish Lions coach Clive Woodward says", sport/lions-blow-to-world-cup-winners.txt), as does one with common
    nouns ("Singer and TV presenter McFadden was the show's first female winner",
    entertainment/jungle-tv-show-ratings-drop-by-4m.txt). "And Clive Owen and Sophie Okonedo both got nominated"
    (entertainment/vera-drake-leads-uk-oscar-hopes.txt) was linked to Clive Owen alone."""
    _, _, triples = resolve_texts(
        nlp,
        "Sri Lanka and the Maldives are the two countries the ADB fears are most at risk of suffering lasting economic "
        "damage from the tsunami. Sri Lanka's government has estimated reconstruction costs at nearly $3bn.",
        "Citizens Bank and Canal Bank are the two lenders that were identified.",
        "Wimbledon was a more refreshing affair as Sharapova captivated SW19, showing nerves of steel as she battled "
        "past Davenport and Serena Williams to take the title.",
        "British and Irish Lions coach Clive Woodward says he is unlikely to select any players not involved in next "
        "year's RBS Six Nations Championship.",
        "Singer and TV presenter McFadden was the show's first female winner.",
        "And Clive Owen and Sophie Okonedo both got nominated for supporting roles in Closer and Hotel Rwanda "
        "respectively.")
    assert _links(triples, "Sri Lanka and the Maldives") == [(None, None)], _links(triples, "Sri Lanka and")
    assert _links(triples, "Citizens Bank and Canal Bank") == [(None, None)], _links(triples, "Citizens Bank")
    assert all(o is None for _, o in _links(triples, "Davenport and Serena Williams")), _links(triples, "Davenport")
    assert _links(triples, "Davenport and Serena Williams"), [(t.subject, t.object) for t in triples]
    assert ("Clive Woodward", None) in _links(triples, "Lions coach Clive Woodward"), _links(triples, "Woodward")
    assert _links(triples, "McFadden") and all(s and "McFadden" in s for s, _ in _links(triples, "McFadden")), \
        _links(triples, "McFadden")
    assert _links(triples, "Clive Owen and Sophie Okonedo") == [(None, None)], _links(triples, "Clive Owen")


def test_a_proper_noun_tag_does_not_make_a_sentence_capital_a_name(nlp):
    """A word capitalised only because it opens a sentence, which the article writes in lower case and never with its
    capital inside a sentence, is no name even where the tagger read a proper noun and a "he" follows it (the s21
    blind audit's non-entity "Change" PERSON of politics/labour-s-eu-propaganda.txt, beside "climate change"). A
    surname that opens a sentence and is written nowhere in lower case stays a person ("Springer helped launch …
    he said", tests/test_coref.py), and so does a name the article writes with a first name ("Mike Hobday, from the
    League Against Cruel Sports", politics/minister-defends-hunting-ban-law.txt)."""
    entities, _, triples = resolve_texts(
        nlp,
        "Africa and climate change would also feature highly. For the Liberal Democrats, Sir Menzies Campbell said the "
        "UK should not ignore the need to reform the EU Common Agricultural Policy. Change was particularly important "
        "for developing countries wanting access to markets, he argued.",
        "Mike Hobday, from the League Against Cruel Sports, said video evidence of the law being broken would be passed "
        "onto police.")
    assert "Change" not in entities, sorted(entities)
    assert not [t for t in triples if t.subject_entity == "Change" or t.object_entity == "Change"]
    assert entities["Mike Hobday"].type == "PERSON", sorted(entities)
