"""Copula, apposition, possessive and title relations (issue 10)."""
from __future__ import annotations

from extract_helpers import extractions


def _by_kind(nlp, text, kind):
    return [(e.subject.text, e.relation, e.relation_lemma, e.object.text) for e in extractions(nlp, text) if e.kind == kind]


def test_copula(nlp):
    assert _by_kind(nlp, "Abbas Araghchi is Iran's foreign minister.", "copula") == [
        ("Abbas Araghchi", "is", "be", "Iran's foreign minister")]


def test_negated_copula(nlp):
    [e] = [e for e in extractions(nlp, "The United States is not involved in the strikes.")]
    assert (e.subject.text, e.relation, e.negated) == ("The United States", "is not involved in", True)


def test_apposition(nlp):
    text = "Marco Rubio, the Secretary of State, urged Israel to remain prepared."
    assert _by_kind(nlp, text, "appos") == [("Marco Rubio", "be", "be", "the Secretary of State")]
    # the apposition is not in the subject of the clause
    clause = [e for e in extractions(nlp, text) if e.kind == "fact"][0]
    assert clause.subject.text == "Marco Rubio"


def test_possessive(nlp):
    assert _by_kind(nlp, "Iran's supreme leader rejected the offer.", "poss") == [("Iran", "has", "have", "supreme leader")]


def test_pronoun_possessors_are_left_out(nlp):
    assert _by_kind(nlp, "Trump praised his team.", "poss") == []


def test_title_before_a_name(nlp):
    assert _by_kind(nlp, "President Donald Trump warned of a more severe response.", "title") == [
        ("Donald Trump", "be", "be", "President")]
    assert _by_kind(nlp, "Mr. Smith resigned.", "title") == []


def test_place_after_a_noun(nlp):
    assert _by_kind(nlp, "The exhibit premiered at the Helmut Newton Foundation in Berlin.", "place") == [
        ("the Helmut Newton Foundation", "be in", "be in", "Berlin")]
    assert _by_kind(nlp, "The exhibit premiered at the foundation in January.", "place") == []
