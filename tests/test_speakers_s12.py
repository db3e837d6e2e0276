"""Who said it (issue 16, session 12, `speakers`): constructions that name a quotation's speaker or
leave it unknown, each on a real passage of the BBC pool (../shared/corpora/bbc-news, cut to the sentences that matter):
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
    return [t for t in triples if t.subject == subject and relation_lemma in {t.relation_lemma, t.relation}]


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


# entertainment/redford-s-vision-of-sundance
REDFORD = ("Robert Redford's Sundance Film Festival has grown into the largest showcase of independent film in the US.\n\n"
           "While Redford wishes the festival to be a forum for dissent, the profile of the audience is fairly "
           "monolithic. Educated, middle class and predominantly white Americans comes Sundance, with views from the "
           "same end of the political spectrum - anti-war and socially liberal. But Redford knows this and started the "
           "Sundance TV Channel in an effort to reach a wider audience. \"When you look at the films here, what we are "
           "presenting is very much egalitarian. And it's about good films and good story-telling be it African "
           "America, Asian, women, gay, lesbian. \"Sooner or later we will do away with those stereotypical labels and "
           "people will say 'it's just a film by so-and so'.\"")
# sport/lions-blow-to-world-cup-winners (negative: the quotation names the one the sentence before is about)
WOODWARD = ("As a result, Woodward stressed his Lions group might not be dominated by players from England and Ireland "
            "and held out hope for the struggling Scots. \"Scotland's recent results have not been that impressive but "
            "there have been some excellent individual performances. \"Eddie in particular told me how tough they had "
            "made it for Australia and I will take on board their opinions.\" And Scotland forward Simon Taylor looks "
            "certain to get the call, provided he recovers from knee and tendon problems. \"I took lessons from 2001 in "
            "that they did make a mistake in taking Lawrence Dallaglio when he wasn't fit and went on the trip. \"Every "
            "player has to be looked at on their own merits and Simon Taylor is an outstanding player and I have no "
            "doubts that if he gets back to full fitness he will be on the trip.\"")


def test_a_quotation_after_a_sentence_about_its_speaker(nlp):
    # "But Redford knows this and started … "When you look at the films here, …"": Redford's words (was quoted)
    triples = triples_of(nlp, REDFORD)
    found = find(triples, "we", "will do away with")
    assert ("those stereotypical labels", "Robert Redford", "Robert Redford") in {
        (t.object, t.subject_entity, t.attributed_to) for t in found}
    assert all(t.modality != "quoted" for t in triples if t.attributed_to == "Robert Redford")


def test_a_quotation_that_names_the_one_before_is_not_theirs(nlp):
    # "… Simon Taylor looks certain to get the call … "… Simon Taylor is an outstanding player …"": not Taylor's
    triples = triples_of(nlp, WOODWARD)
    assert not [t for t in triples if t.attributed_to == "Simon Taylor"]
    # (s19) with no speaker found, the quotation's words are no one's claim and are not written (were "quoted")
    assert find(triples, "Simon Taylor", "be") == []


# sport/england-claim-dubai-sevens-glory (negative: a reporting clause the parse did not read names the speaker)
FRIDAY = ("Mike Friday's England side matched their opponents for pace, power and skill in the final and led 19-7 at "
          "half-time. But Neumi Nanuku and Marika Vakacegu touched down for Fiji, only for a needless trip by Tuidriva "
          "Bainivalu on Geoff Appleford to allow England to run down the clock. \"To be honest, England have wanted to "
          "win in Dubai for a very long time now, and the people here have wanted us to win for just as long,\" said "
          "Friday.")


def test_a_quotation_with_an_unread_reporting_clause_is_not_the_one_before(nlp):
    # '"…," said Friday': Mike Friday's words, never Neumi Nanuku's, the subject of the sentence before
    triples = triples_of(nlp, FRIDAY)
    assert not [t for t in triples if t.attributed_to in {"Neumi Nanuku", "Marika Vakacegu"}]
