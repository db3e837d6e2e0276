"""A quoted "we" is its speaker's organisation when the speaker holds a role in exactly one (issue 16:
"I"/"we" inside a quote are its speaker, or the speaker's organisation for "we")."""
from __future__ import annotations

from kg.analysis import analyse_articles
from kg.builder import resolve_analyses
from kg.records import Article
from kg.terms import Vocabulary


def resolved(nlp, text):
    analyses = list(analyse_articles([Article("t0", text)], nlp))
    triples, entities, _ = resolve_analyses(analyses, Vocabulary())
    return triples, {e.name: e for e in entities}


def test_quoted_we_of_a_club_manager_is_the_club(nlp):
    triples, entities = resolved(nlp, "\"We will not sell our best players,\" said Arsenal manager Arsene Wenger.")
    assert [(r.role, r.of) for r in entities["Arsene Wenger"].roles] == [("manager", "Arsenal")]
    sell = [t for t in triples if t.relation_lemma == "sell"]
    assert [(t.subject, t.subject_entity, t.negated, t.attributed_to) for t in sell] == [
        ("We", "Arsenal", True, "Arsene Wenger")]


def test_quoted_we_of_a_speaker_with_no_organisation_is_the_speaker(nlp):
    # no role: "we" stays the speaker; "I" is always the speaker, never the organisation
    triples, _ = resolved(nlp, "\"We will not sell our best players and I will not leave,\" said Rick Parry.")
    assert {(t.subject, t.subject_entity) for t in triples if t.relation_lemma in {"sell", "leave"}} == {
        ("We", "Rick Parry"), ("I", "Rick Parry")}


def test_it_and_we_of_an_unnamed_spokesman_are_the_body_he_speaks_for(nlp):
    triples, _ = resolved(nlp, "A spokesman for Microsoft said it would not comment on the report.")
    comment = [t for t in triples if t.relation_lemma.startswith("comment")]
    assert [(t.subject, t.subject_entity, t.negated, t.attributed_to) for t in comment] == [
        ("it", "Microsoft", True, "A spokesman for Microsoft")]
    triples, _ = resolved(nlp, "\"In the end we could not agree,\" an EU spokesman told the Reuters agency.")
    assert [(t.subject, t.subject_entity) for t in triples if t.relation_lemma == "agree"] == [("we", "European Union")]


def test_it_of_a_speaker_who_speaks_for_no_body_stays_unknown(nlp):
    # a fan of Microsoft does not speak for it: the "it" is not Microsoft (and, unresolved, is no fact)
    triples, _ = resolved(nlp, "A fan of Microsoft said it would not comment on the report.")
    assert not any(t.subject_entity == "Microsoft" for t in triples if t.relation_lemma.startswith("comment"))


def test_quoted_we_of_a_speaker_described_as_a_spokesman_is_the_body(nlp):
    triples, _ = resolved(nlp, "\"Do we have an ability to influence what happens? We think we do,\" said Mike Lake, "
                               "a Yukos spokesman.")
    think = [t for t in triples if t.relation_lemma == "think"]
    assert [(t.subject, t.subject_entity, t.attributed_to) for t in think] == [("We", "Yukos", "Mike Lake")]
    # described as something that speaks for no body ("a Yukos shareholder"): "we" stays the speaker
    triples, _ = resolved(nlp, "\"We think we do,\" said Mike Lake, a Yukos shareholder.")
    assert [(t.subject, t.subject_entity) for t in triples if t.relation_lemma == "think"] == [("We", "Mike Lake")]


def test_a_quoted_i_with_no_speaker_found_names_nobody(nlp):
    triples, _ = resolved(nlp, "\"I think Wall Street has gotten a bit ahead of eBay this quarter and for the 2005 year.")
    get = [t for t in triples if t.relation_lemma == "get"]
    assert get == []  # (s19) someone's words whose speaker is not found are no one's claim: not written
    assert not any(t.attributed_to == "I" for t in triples)
    # with the speaker named, the words are his
    triples, _ = resolved(nlp, "\"I think Wall Street has gotten a bit ahead of eBay this quarter and for the 2005 "
                               "year,\" said Jeff Matthews.")
    assert [(t.subject, t.attributed_to, t.modality) for t in triples if t.relation_lemma == "get"] == [
        ("Wall Street", "Jeff Matthews", None)]


def test_a_speaker_named_by_nationality_is_the_person_not_the_country(nlp):
    triples, _ = resolved(nlp, "Robbie Keane, skipper for the night, echoed his manager's sentiments on the last-eight "
                               "match. \"We knew it was going to be difficult with the conditions,\" the Irishman said.")
    said = [t for t in triples if t.relation_lemma == "say"]
    assert [(t.subject, t.subject_entity) for t in said] == [("the Irishman", "Robbie Keane")]
    assert not any(t.attributed_to == "Ireland" or t.subject_entity == "Ireland" for t in triples)
    # a country that speaks is the country
    triples, _ = resolved(nlp, "The US has also announced that Australian Mamdouh Habib will be released without "
                               "charge from Camp Delta.")
    assert {t.attributed_to for t in triples if t.relation_lemma.startswith("be released")} == {"United States"}


def test_a_quoted_i_with_no_speaker_found_writes_nothing_whatever_the_modal(nlp):
    # (s19: was kept as "quoted" with no speaker; the blind judges call such rows attribution-wrong)
    triples, _ = resolved(nlp, "\"I just don't think Labour voters in these sort of seats could resist the temptation to "
                               "use their votes effectively to remove a Conservative.\"")
    assert [t for t in triples if t.relation_lemma == "resist"] == []


def test_a_person_named_by_nationality_is_not_the_country(nlp):
    triples, _ = resolved(nlp, "In the year that has seen Andrew Murray emerge as Britain's great new hope, Connors "
                               "rejected suggestions that the Scot might be put under too much pressure too soon.")
    put = [t for t in triples if t.relation_lemma == "be put under"]
    assert [(t.subject, t.subject_entity, t.negated, t.attributed_to) for t in put] == [
        ("the Scot", None, True, "Connors")]
    assert not any(t.subject_entity == "Scotland" for t in triples)


def test_he_in_the_report_of_an_unnamed_office_holder_is_that_person(nlp):
    triples, _ = resolved(nlp, "Martin Mubanga was released in January. The home secretary said he would not be "
                               "launching an investigation and that the media reports were not \"well informed\".")
    launch = [t for t in triples if t.relation_lemma == "launch"]  # ("he" written as the speaker: session 18)
    assert [(t.subject, t.subject_entity, t.negated, t.attributed_to) for t in launch] == [
        ("The home secretary", None, True, "The home secretary")]
    # a lawyer speaks for a client: "he" stays the client
    triples, _ = resolved(nlp, "Martin Mubanga was released in January. His lawyer said he would sue the government.")
    assert [(t.subject_entity, t.attributed_to) for t in triples if t.relation_lemma == "sue"] == [
        ("Martin Mubanga", "His lawyer")]


def test_a_he_resolved_to_a_thing_is_no_speaker(nlp):
    # coref resolves this "he" to the UMD (a product): a product says nothing
    triples, _ = resolved(nlp, "Sony launched the UMD format for films in December. \"We actually believe people who "
                               "buy the UMD would not have bought it on DVD,\" he said.")
    # … and no speaker before it can be this "he" (Sony is no person), so whose words these are is unknown:
    # the quotation's content is nobody's known claim and is not written (kg.resolve.triples.has_bare_pronoun_speaker)
    assert [t for t in triples if t.relation_lemma == "buy"] == []
    assert not any("UMD" in (t.attributed_to, t.subject_entity) for t in triples)
    assert [(t.subject_entity, t.relation_lemma) for t in triples if t.relation_lemma == "launch"] == [("Sony", "launch")]
    # a "he" resolved to a person speaks as that person
    triples, _ = resolved(nlp, "Ken Kutaragi launched the UMD format in December. \"We believe people will buy the films,\" "
                               "he said.")
    assert {t.attributed_to for t in triples if t.relation_lemma == "buy"} == {"Ken Kutaragi"}


def test_a_titled_speaker_whose_name_is_a_place_is_no_place(nlp):
    triples, _ = resolved(nlp, "\"Sony prizes the robot highly,\" said Mr Irish.")
    assert {t.attributed_to for t in triples if t.relation_lemma == "prize"} == {"Mr Irish"}
    assert not any("Ireland" in (t.attributed_to, t.subject_entity) for t in triples)


def test_an_office_the_article_names_one_holder_of_is_that_person(nlp):
    # politics/clarke-plans-migrant-point-scheme (blind s6final28 T067: "he" of "The home secretary said" had no entity)
    text = ("Home Secretary Charles Clarke unveiled the plans on Monday. The home secretary said, by 2008, he wanted "
            "everyone given a visa and entering the UK to have their fingerprints taken.")
    triples, _ = resolved(nlp, text)
    wanted = [(t.subject, t.subject_entity, t.relation_lemma, t.attributed_to) for t in triples if t.relation_lemma == "want"]
    assert wanted == [("he", "Charles Clarke", "want", "Charles Clarke")]


def test_an_office_that_changed_hands_is_not_its_old_holder(nlp):
    # review 8a item 3: Blunkett left the office before "the home secretary said"
    text = ("Home Secretary David Blunkett resigned in December and was replaced by Charles Clarke. The home "
            "secretary said on Monday that he would not launch an inquiry.")
    triples, _ = resolved(nlp, text)
    launch = [(t.subject, t.subject_entity, t.negated, t.attributed_to) for t in triples if t.relation_lemma == "launch"]
    assert launch == [("The home secretary", None, True, "The home secretary")]
    # the negative case: the article titles the new holder after the change, and he says it
    text = ("Home Secretary David Blunkett resigned in December. Home Secretary Charles Clarke met police chiefs on "
            "Monday. The home secretary said he would not launch an inquiry.")
    triples, _ = resolved(nlp, text)
    launch = [(t.subject, t.subject_entity, t.negated, t.attributed_to) for t in triples if t.relation_lemma == "launch"]
    assert launch == [("he", "Charles Clarke", True, "Charles Clarke")]
    # politics/eu-rules-won-t-stop-uk-spending: a former holder holds the office no more
    text = "The chancellor said he would cut taxes. Ex-Conservative chancellor Ken Clarke disagreed."
    triples, _ = resolved(nlp, text)
    assert [(t.subject_entity, t.attributed_to) for t in triples if t.relation_lemma == "cut"] == [
        (None, "The chancellor")]
    # politics/guantanamo-man-suing-government: the one holder titled after the speaker is the speaker
    text = ("The home secretary said he would not launch an inquiry. Home Secretary Charles Clarke told the BBC "
            "he was sure.")
    triples, _ = resolved(nlp, text)
    launch = [(t.subject_entity, t.attributed_to) for t in triples if t.relation_lemma == "launch"]
    assert launch == [("Charles Clarke", "Charles Clarke")]


def test_an_office_two_persons_of_the_article_hold_names_neither(nlp):
    text = ("Chancellor Gordon Brown met German Chancellor Gerhard Schroeder in Berlin. The chancellor said he was "
            "providing an extra £1bn for the talks.")
    triples, _ = resolved(nlp, text)
    providing = [t for t in triples if t.relation_lemma == "provide"]
    assert providing and all(t.attributed_to == "The chancellor" for t in providing)
    assert not any(t.subject_entity in {"Gordon Brown", "Gerhard Schroeder"} for t in providing)


def test_a_trade_is_no_office_its_holder_is_the_article_s_subject(nlp):
    # entertainment/police-praise-courageous-ozzy: "the singer" is Osbourne, not "singer Elton John" of the article
    text = ("Singer Elton John sent his best wishes. Osbourne grabbed an intruder at his home. The singer said he was "
            "glad the intruders were not hurt.")
    triples, _ = resolved(nlp, text)
    assert not any(t.attributed_to == "Elton John" or t.subject_entity == "Elton John" for t in triples
                   if t.relation_lemma in {"be", "hurt"})
