"""A first name alone written as the short or pet form of one person's first name in its article is that person
(issue 17, split-evident; session 29, firstnames): "Tommy" for Thomas Gravesen, "Steve" for Stephen Jones. Real
sentences of the development pool (/work/pool29); each test asserts the entity made and what must not be made."""
from __future__ import annotations

from test_entities import resolve_texts

GRAVESEN = (
    "Real in talks over Gravesen move\n\n"
    "Real Madrid are closing in on a £2m deal for Everton's Thomas Gravesen after the Dane's agent travelled to Spain "
    "to hold talks about a move.\n\n"
    "Manager David Moyes has defiantly claimed that he expects Gravesen to still be at Everton when the transfer "
    "window closes at the end of January.\n\n"
    "Moyes said: \"I speak to Tommy regularly and we know where we are at. \"There's been no contact. We don't want "
    "to lose him.\"")


def test_a_pet_form_joins_the_one_person_of_its_first_name(nlp):
    """sport/real-in-talks-over-gravesen-move.txt: at main "Tommy" was an entity of its own (judged split-evident,
    start-b ENT055: Moyes's "Tommy" is Thomas Gravesen). It is now an alias of Thomas Gravesen."""
    entities, _, _ = resolve_texts(nlp, GRAVESEN)
    assert "Tommy" not in entities, sorted(entities)
    assert "Tommy" in entities["Thomas Gravesen"].aliases, entities["Thomas Gravesen"]


def test_a_pet_form_of_two_people_of_the_article_joins_neither(nlp):
    """The same sentences with a second Thomas in the article: "Tommy" may be either, and stays apart."""
    entities, _, _ = resolve_texts(nlp, GRAVESEN.replace(
        "Manager David Moyes", "Thomas Hitzlsperger said he would stay. Manager David Moyes"))
    assert "Tommy" not in entities["Thomas Gravesen"].aliases, entities["Thomas Gravesen"]
    assert "Thomas Hitzlsperger" not in entities or "Tommy" not in entities["Thomas Hitzlsperger"].aliases


def test_the_review_does_not_flag_a_first_names_pet_form(nlp):
    """bench/entity_scan.py's review: "Steve" of Stephen Jones (sport/wales-hails-new-superstar.txt) is his first
    name's pet form, no foreign alias; "Gavin" beside Stephen Jones would be."""
    from kg.records import Entity
    from kg.resolve.review import foreign_aliases

    jones = Entity(name="Stephen Jones", type="PERSON", aliases=("Jones", "Stephen Jones", "Steve"), iri="x",
                   mentions=3, docs=("d",), roles=(), geo=None)
    assert foreign_aliases(jones) == []
    other = Entity(name="Stephen Jones", type="PERSON", aliases=("Gavin", "Stephen Jones"), iri="x", mentions=2,
                   docs=("d",), roles=(), geo=None)
    assert foreign_aliases(other) == ["Gavin"]
