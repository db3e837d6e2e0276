"""Attribution that follows the speaker (issue 16, session 7): a quotation after an indirect report is
the reporter's; a reporting participle hung on a reported clause is the reporter's; evidence inside a
report ("X said the figures showed that Y") is no speaker. Real BBC sentences."""
from __future__ import annotations

from extract_helpers import extractions


def _rows(exs):
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None, e.negated, e.modality,
             e.speaker.text if e.speaker else None, e.kind) for e in exs]


def _article_rows(nlp, text):
    from kg.extract.quotes import attribute_quotes
    return _rows(attribute_quotes(text, extractions(nlp, text)))


KINNOCK = ("Mr Kinnock added that the second factor behind his acceptance of the peerage was his appointment as "
           "chairman of the British Council. \"History demonstrates that it's immensely useful for the British "
           "Council to have its chairman in the House of Lords and that was a conclusive factor.\"")


def test_quotation_after_an_indirect_report_is_the_reporters(nlp):
    rows = _article_rows(nlp, KINNOCK)
    assert ("the British Council", "have", "its chairman in the House of Lords", False, "wish", "Mr Kinnock",
            "fact") in rows
    # the reporter's own speech act is no part of the quotation
    assert ("Mr Kinnock", "add", "the second factor behind his acceptance of the peerage was his appointment as "
            "chairman of the British Council", False, None, None, "speech") in rows


def test_quotation_after_a_narrative_or_denied_report_names_nobody(nlp):
    # the sentence before reports nothing: the quotation keeps no speaker
    rows = _article_rows(nlp, "The shop closed on Monday. \"History demonstrates that it's immensely useful for "
                              "the British Council to have its chairman in the House of Lords.\"")
    assert [spk for s, p, *_, spk, _ in rows if p == "have"] == [None]
    # a report that says nothing ("did not say") gives no speaker to what follows
    rows = _article_rows(nlp, "Mr Kinnock did not say that the peerage was a reward. \"History demonstrates that "
                              "it's immensely useful for the British Council to have its chairman in the House of "
                              "Lords.\"")
    assert [spk for s, p, *_, spk, _ in rows if p == "have"] == [None]


def test_quotation_with_its_own_speaker_keeps_it(nlp):
    rows = _article_rows(nlp, "Mr Kinnock said the peerage was no reward. \"We have made the right decision for the "
                              "council,\" said Lord Smith.")
    assert [spk for s, p, *_, spk, _ in rows if p == "make"] == ["Lord Smith"]


def test_reporting_participle_on_a_reported_clause_is_the_reporters(nlp):
    rows = _rows(extractions(nlp, "Trade and Industry Secretary Patricia Hewitt said people would not be forced to "
                                  "work longer than they wanted, saying the default age was not a statutory, "
                                  "compulsory retirement age."))
    assert ("the default age", "be", "a statutory, compulsory retirement age", True, None,
            "Trade and Industry Secretary Patricia Hewitt", "copula") in rows
    assert not any(s == "people" and kind == "speech" for s, *_, kind in rows)
    assert not any(spk == "people" for *_, spk, _ in rows)


def test_reporting_participle_after_a_parenthetical_relative_is_the_main_subjects(nlp):
    rows = _rows(extractions(nlp, "Unions criticised the possible move - which may affect cabin and maintenance "
                                  "staff - saying Qantas was profitable."))
    assert ("Qantas", "be", "profitable", False, None, "Unions", "copula") in rows
    assert not any(spk == "the possible move" for *_, spk, _ in rows)


def test_participle_of_a_restrictive_relative_stays_its_own(nlp):
    # no dash or report: the report, not the day, suggests it
    rows = _rows(extractions(nlp, "Labour's focus on the economy came on the day a new report was published by "
                                  "the Institute of Fiscal Studies, suggesting that household incomes have fallen "
                                  "for the first time in years."))
    assert [(s, spk) for s, p, *_, spk, _ in rows if p == "fall for"] == [("household incomes", "a new report")]


def test_evidence_inside_a_report_is_not_the_speaker(nlp):
    rows = _rows(extractions(nlp, "Dr Nielsen said the success of sites such as Google, Amazon, eBay and Yahoo showed "
                                  "that close attention to design and user needs was important."))
    assert ("close attention to design and user needs", "be", "important", False, None, "Dr Nielsen", "copula") in rows
    assert not any(spk and spk.startswith("the success") for *_, spk, _ in rows)
    # on its own the evidence is the source; a body that speaks stays the speaker
    rows = _rows(extractions(nlp, "The survey showed that most firms were not ready."))
    assert ("most firms", "be", "ready", True, None, "The survey", "copula") in rows


def _triple_rows(exs):
    """The rows that become triples (no uninformative reading), with negation and modality."""
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None, e.negated, e.modality)
            for e in exs if e.uninformative is None]


def test_negated_object_keeps_the_restrictive_clause_the_negation_falls_on(nlp):
    rows = _triple_rows(extractions(nlp, "\"I haven't heard a bad word said against Trevor, which, considering he has "
                                         "a pretty tough guy reputation, is, to me, impressive.\""))
    assert ("I", "hear", "a bad word said against Trevor", True, None) in rows
    # no word was said against him: the participle asserts nothing, and the bare "a bad word" is not what was denied
    assert not any(p == "say against" for s, p, *_ in rows)
    assert ("I", "hear", "a bad word", True, None) not in rows
    rows = _triple_rows(extractions(nlp, "\"We have not got an offer that is acceptable at this moment.\""))
    assert ("We", "get", "an offer that is acceptable at this moment", True, None) in rows


def test_a_particular_or_comma_set_object_keeps_its_clause_apart(nlp):
    # "the house" is a particular thing: the relative clause says which (no denial of its own)
    rows = _triple_rows(extractions(nlp, "He did not buy the house that his father built."))
    assert ("He", "buy", "the house that his father built", True, None) in rows
    assert ("his father", "build", "the house", True, None) not in rows
    # a clause set off by a comma adds to the object, it does not restrict it
    rows = _triple_rows(extractions(nlp, "He has not made any offer, which the board had expected."))
    assert ("He", "make", "any offer", True, None) in rows
    # an asserted verb: the object keeps the clause that says which offer
    rows = _triple_rows(extractions(nlp, "We have got an offer that is acceptable at this moment."))
    assert ("We", "get", "an offer that is acceptable at this moment", False, None) in rows


def test_the_relative_clause_read_itself_keeps_its_antecedent_as_object(nlp):
    rows = _triple_rows(extractions(nlp, "\"This is a position that Unison cannot accept and will oppose.\""))
    assert ("Unison", "accept", "a position", True, "can") in rows


def test_content_of_a_denied_noun_is_framed_not_restricted(nlp):
    # "no guarantees the system will even prevent piracy": the clause is the guarantee's content (modality.py)
    rows = _triple_rows(extractions(nlp, "They say there are no guarantees the system will even prevent piracy."))
    assert ("the system", "prevent", "piracy", False, "promise") in rows


def test_so_that_clause_of_an_act_to_come_is_its_aim(nlp):
    rows = _triple_rows(extractions(nlp, "More video links will also be made available so that witnesses do not have "
                                         "to enter courtrooms."))
    assert ("witnesses", "have to enter", "courtrooms", True, "purpose") in rows
    assert ("witnesses", "have to enter", "courtrooms", True, None) not in rows


def test_so_that_clause_after_a_past_act_is_left_as_written(nlp):
    # a past change: the clause may tell its result
    rows = _triple_rows(extractions(nlp, "The directive changed so that it excludes software patenting."))
    assert ("it", "exclude", "software patenting", False, None) in rows
    # a negated state has no aim: "so that" tells the result
    rows = _triple_rows(extractions(nlp, "The thresholds for tax credits do not move in line with these increases so "
                                         "that employees tax credit support is reduced by the amount of the increase."))
    assert [m for s, p, o, n, m in rows if p == "be reduced by"] == [None]

    # a past progressive with a result in the simple past: what happened, not an aim (review 7a, 6)
    rows = _triple_rows(extractions(nlp, "Prices were falling so that many firms went bust."))
    assert ("many firms", "go", "bust", False, None) in rows
    assert not any(m == "purpose" for *_, m in rows)


def test_a_participle_of_saying_after_a_persons_reported_act_is_that_persons(nlp):
    # the reported person did the telling; the reporter reports it (review 7a, 1)
    for text, teller, lemma, said, reporter in [
            ("Police said the man had attacked his wife, telling her he would kill her.", "the man", "tell",
             "he would kill her", "Police"),
            ("Prosecutors said Smith had written to the victim, claiming that he owned the house.", "Smith", "claim",
             "he owned the house", "Prosecutors"),
            ("The doctor said the patient had phoned the surgery, saying he felt unwell.", "the patient", "say",
             "he felt unwell", "The doctor")]:
        rows = _rows(extractions(nlp, text))
        assert (teller, lemma, said, False, None, reporter, "speech") in rows
        assert not any(s == reporter and o == said for s, p, o, *_ in rows)
    # "adding" goes on with the report: the reporter adds it
    rows = _rows(extractions(nlp, "He said Mr Blair had spoken with \"such sincerity\", adding: \"He went beyond what "
                                  "we thought he would, he took time to listen to everyone.\""))
    assert [s for s, p, o, *_ in rows if p == "add"] == ["He"]
    # "he" may be the reporter himself: he goes on saying it
    rows = _rows(extractions(nlp, "Mr Temko said he blamed \"cock-up not conspiracy\", saying he did not detect "
                                  "inherent anti-Semitism in any of the parties' election campaigns."))
    assert ("Mr Temko", "say", "he did not detect inherent anti-Semitism in any of the parties' election campaigns",
            False, None, None, "speech") in rows


def test_quotation_after_a_report_of_another_persons_act_names_nobody(nlp):
    # the neighbour's threat, not Mr Smith's (review 7a, 2)
    rows = _article_rows(nlp, "Mr Smith said his neighbour had threatened him. \"I will burn your house down.\"")
    assert ("Mr Smith", "say", "his neighbour had threatened him", False, None, None, "speech") in rows
    assert not any(spk == "Mr Smith" for s, p, *_, spk, _ in rows if p == "burn down")
    rows = _article_rows(nlp, "Police said a man had been arrested. \"The shop was full of smoke and the owner was "
                              "screaming.\"")
    assert [spk for s, p, o, *_, spk, _ in rows if s == "The shop"] == [None]
    # the reporter's view of another person (a modal) goes on in the quotation: the reporter's words
    rows = _article_rows(nlp, "Mr Livingstone \"should have withdrawn the comment immediately\" once he realised the "
                              "journalist was Jewish, said Mr Blair. \"I'm sure that is what in truth he wants to do.\"")
    assert [spk for s, p, *_, spk, _ in rows if s == "I"] == ["Mr Blair"]


def test_coordinated_subjects_each_deny_their_own_act(nlp):
    rows = _rows(extractions(nlp, "Mr Afzal, Mr Islam and Mr Kazi deny conspiring to commit election fraud to deceive "
                                  "the returning officer."))
    assert ("Mr Kazi", "conspire to commit", "election fraud", True, None, "Mr Kazi", "fact") in rows
    assert not any(s == "Mr Kazi" and spk == "Mr Afzal" for s, *_, spk, _ in rows)
    # a content with its own subject keeps the report's speaker
    rows = _rows(extractions(nlp, "Blair and Brown said Labour would win."))
    assert [spk for s, p, *_, spk, _ in rows if p == "win"] == ["Blair"]
