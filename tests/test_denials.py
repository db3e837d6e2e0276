"""The denials a reader would list (issue 16): the ``denials`` query and kg.resolve.denials agree,
and rows that deny nothing of a known party are not among them."""
from __future__ import annotations

from dataclasses import replace

from kg.graph.rdf import to_store
from kg.query import load_query, run_query, term_text
from kg.records import Article, Entity, Triple
from kg.resolve.denials import is_denial

IRI = "https://kg.example/entity/"
ENTITIES = [Entity("Iran", "GPE", ("Iran",), IRI + "iran", 1, ("a",)),
            Entity("Donald Trump", "PERSON", ("Donald Trump",), IRI + "donald-trump", 1, ("a",)),
            Entity("National Union of Journalists", "ORG", ("NUJ",), IRI + "nuj", 1, ("a",))]
BASE = Triple("a", '"Iran is not winning this war," Trump said.', "Iran", "Iran", "is not winning", "win",
              "this war", None, True, None, "Donald Trump", 0.6, 0, 44)
ROWS = {
    "kept: Iran is not winning this war (Trump)": BASE,
    "kept: the article's own negation": replace(BASE, relation="did not win", attributed_to=None, object="the vote"),
    # "“You can't just run a model,” said Serge Troeber": generic "you", no entity
    "dropped: bare you": replace(BASE, subject="you", subject_entity=None, relation="ca n't just run",
                                 relation_lemma="run", object="a model"),
    # "But in the end we could not put it on": the object is an unresolved "it"
    # "Many will not let a machine connect …": a quantifier alone names no one
    "dropped: bare quantifier": replace(BASE, subject="Many", subject_entity=None, relation="will not let",
                                        relation_lemma="let", object="a machine"),
    "dropped: bare it object": replace(BASE, relation="could not put on", relation_lemma="put on", object="it"),
    # "They also allege that areas of the ranch are not being used …": "they" resolved to nobody
    "dropped: pronoun speaker": replace(BASE, subject="areas of the ranch", subject_entity=None, attributed_to="They",
                                        relation_lemma="use for"),
    # "If the government were not to accept this ruling, …"
    "dropped: condition": replace(BASE, modality="conditional"),
    "dropped: question": replace(BASE, modality="question", relation_lemma="apply"),
    "dropped: quoted, speaker unknown": replace(BASE, modality="quoted", attributed_to=None, relation_lemma="be"),
    # "The National Union of Journalists … did not rule out a strike": a hedge, not a denial
    "dropped: did not rule out": replace(BASE, subject="it", subject_entity="National Union of Journalists",
                                         relation="did not rule out", relation_lemma="rule out", object="a strike",
                                         attributed_to="National Union of Journalists"),
    # "… to be not right with you": an indefinite pronoun names no one either
    "dropped: bare something": replace(BASE, subject="something", subject_entity=None, relation="'s got to be not",
                                       relation_lemma="be got to be", object="right with you"),
    # "I defy anyone to … suggest to me the people on it aren't to some degree dysfunctional"
    "dropped: indefinite speaker": replace(BASE, subject="the people on it", subject_entity=None,
                                           attributed_to="anyone", relation_lemma="be to"),
    # "However, it does not mean that we will see thousands of additional students …": nobody's claim
    "dropped: unclaimed": replace(BASE, modality="unclaimed", attributed_to=None, relation_lemma="see"),
    "dropped: speech act": replace(BASE, kind="speech", relation_lemma="say", negated=True),
    "dropped: not negated": replace(BASE, negated=False, relation_lemma="lose"),
}


def test_is_denial_keeps_negations_about_known_parties_only():
    assert {name for name, t in ROWS.items() if is_denial(t)} == {n for n in ROWS if n.startswith("kept")}


def test_denials_query_lists_exactly_the_rows_is_denial_keeps():
    store = to_store([Article("a", BASE.sentence)], list(ROWS.values()), ENTITIES)
    result = run_query(store, load_query("denials")[0])
    names = [v.value for v in result.variables]
    found = {(term_text(s["subject"]), term_text(s["relation"]), term_text(s["object"])) for s in result}
    assert "speaker" in names
    assert found == {("Iran", "win", "this war"), ("Iran", "win", "the vote")}
    assert found == {(t.subject_entity or t.subject, t.relation_lemma, t.object_entity or t.object)
                     for t in ROWS.values() if is_denial(t)}


def test_denials_query_names_the_same_unknown_parties_as_the_python():
    import re

    from kg.resolve.denials import UNKNOWN
    text = load_query("denials")[0]
    pattern = text[text.index('BIND(CONCAT('):text.index("AS ?bare)")]
    assert set(re.findall(r"[a-z]+", pattern)) == set(UNKNOWN)
