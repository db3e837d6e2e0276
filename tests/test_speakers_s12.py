"""Who said it (issue 16, session 12, `speakers`): constructions that name a quotation's speaker or
leave it unknown, each on a real passage of the BBC pool (/work/pool, cut to the sentences that matter):
the exact triple with its attribution, and the reading that must not be asserted."""
from __future__ import annotations

from kg.analysis import analyse_articles
from kg.builder import resolve_analyses
from kg.records import Article
from kg.terms import Vocabulary


def triples_of(nlp, text: str):
    analyses = list(analyse_articles([Article("t0", text)], nlp))
    triples, _, _ = resolve_analyses(analyses, Vocabulary())
    return triples


def find(triples, subject: str, relation_lemma: str):
    return [t for t in triples if t.subject == subject and t.relation_lemma == relation_lemma]


# business/us-bank-boss-hails-genius-smith
GREENSPAN = ("US Federal Reserve chairman Alan Greenspan has given a speech at a Scottish church in honour of the "
             "pioneering economist, Adam Smith.\n\nHe said the philosopher was a \"towering contributor to the modern "
             "world\". \"Kirkcaldy, the birthplace in 1723 of Adam Smith and, by extension, of modern economics, is also "
             "of course, where your chancellor was reared. \"I am led to ponder to what extent the chancellor's renowned "
             "economic and financial skills are the result of exposure to the subliminal intellect-enhancing emanation in "
             "this area.\" He continued: \"Smith reached far beyond the insights of his predecessors to frame a global "
             "view of how market economics, just then emerging, worked. \"In so doing he supported changes in societal "
             "organisation that were to measurably enhance standards of living.\"")
# politics/bid-to-cut-court-witness-stress
FALCONER = ("Launching the Department for Constitutional Affairs' plan, Lord Falconer said: \"One of the top priorities "
            "will be a better deal for victims. \"The needs and safety of victims will be at the heart of the way trials "
            "are managed.\n\n\"Courts, judges, magistrates, prosecutors, police and victim support - all working together "
            "to ensure the rights of victims are put first, without compromising the rights of the defendant.\" He went "
            "on: \"Giving evidence is a nerve-wracking experience, especially when you're a victim. \"Yet with a will and "
            "with support it can be done.\"")
# business/us-industrial-output-growth-slows (negative: "continued to rise" leads no quotation)
OUTPUT = "US industrial production continued to rise in November, albeit at a slower pace than the previous month."


def test_continued_leads_in_a_quotation(nlp):
    # 'He continued: "Smith reached far beyond …"': Greenspan's words, not the article's (was modality quoted)
    found = find(triples_of(nlp, GREENSPAN), "Smith", "reach beyond")
    assert [(t.object, t.attributed_to, t.modality) for t in found] == [
        ("the insights of his predecessors", "Alan Greenspan", None)]
    said = [t for t in triples_of(nlp, GREENSPAN) if t.relation == "continued"]
    assert [(t.subject_entity, t.kind) for t in said] == [("Alan Greenspan", "speech")]


def test_went_on_leads_in_a_quotation(nlp):
    # 'He went on: "Giving evidence is a nerve-wracking experience …"': Lord Falconer's, not nobody's
    found = find(triples_of(nlp, FALCONER), "Giving evidence", "be")
    assert [(t.object, t.attributed_to, t.modality) for t in found] == [
        ("a nerve-wracking experience", "Falconer", None)]


def test_continued_to_is_no_speech(nlp):
    triples = triples_of(nlp, OUTPUT)
    assert not [t for t in triples if t.kind == "speech"]
    assert all(t.attributed_to is None for t in triples)
