"""Attribution (issue 16, session 30): a report closing the sentence that the parser read as a relative clause.
Real BBC sentences from the development pool."""
from __future__ import annotations

from extract_helpers import kept, readings


def test_a_closing_report_read_as_a_relative_clause_gives_the_whole_sentence_its_speaker(nlp):
    # s28/s29 judged edges E021, E027: the NPD Group's sales claim stated with no speaker
    text = ("Apple has sold more than six million iPods since the gadget was launched and has an 87% share of the market "
            "for portable digital music players, market research firm NPD Group has reported.")
    read = readings(nlp, text)
    assert ("Apple", "has sold", "more than six million iPods", False, None, "market research firm NPD Group") in read
    assert ("Apple", "has sold", "more than six million iPods", False, None, None) not in read
    # the report has no object of its own: not "NPD Group — has reported — the market"
    assert not any(r[1] == "has reported" and r[2] == "the market" for r in read)


def test_a_closing_report_to_someone(nlp):
    read = kept(nlp, "BMW is preparing to enter the market for car-style people carriers, the firm's chief has told BBC News.")
    assert ("BMW", "is preparing to enter", "the market", None) in read
    full = readings(nlp, "BMW is preparing to enter the market for car-style people carriers, the firm's chief has told BBC News.")
    assert ("BMW", "is preparing to enter", "the market", False, None, "the firm's chief") in full
    assert ("BMW", "is preparing to enter", "the market", False, None, None) not in full


def test_a_closing_report_after_its_speakers_title(nlp):
    # s29 judged start-a T039: the CBI's claim given with no speaker
    read = readings(nlp, "Rising fuel and materials costs are hitting confidence among the UK's small manufacturers despite "
                         "a rise in output, business lobby group the CBI says.")
    assert ("Rising fuel and materials costs", "are hitting confidence among", "the UK's small manufacturers", False, None,
            "the CBI") in read
    assert ("the CBI", "says", "business lobby group", False, None, None) not in read
    assert ("a rise in output", "be", "business lobby group", False, None, None) not in read  # the CBI's title


def test_a_real_relative_clause_after_a_comma_reports_only_itself(nlp):
    # the noun is after the comma ("a charge the company denies"): what the company denies is the charge
    read = readings(nlp, "Victims groups accused it of trying to escape its responsibilities by moving abroad, a charge the "
                         "company denies.")
    assert ("Victims groups", "accused", "it", False, None, None) in read
    assert ("the company", "denies", "a charge", False, None, None) in read
    read = readings(nlp, "Under the fiscal responsibility law, Mr Chidambaram has to trim the deficit by 0.3 percentage points "
                         "each year, a target he says he has now met for the current year.")
    assert ("Mr Chidambaram", "has to trim", "the deficit", False, None, None) in read


def test_a_report_inside_the_sentence_is_no_closing_report(nlp):
    read = readings(nlp, "Then, says Mr Kotamaraja, the blogging world found out.")
    assert not any(r[5] == "the blogging world" for r in read)


def test_a_future_perfect_is_a_guess_not_a_fact(nlp):
    # "will have" + a participle: what the writer supposes is done by now, or will be by a time to come
    read = readings(nlp, "Ollie Smith is the other outstanding candidate, and two tries against Newcastle will have "
                         "boosted his chances.")
    assert ("two tries against Newcastle", "will have boosted", "his chances", False, "expectation", None) in read
    assert ("two tries against Newcastle", "will have boosted", "his chances", False, None, None) not in read
    assert ("Ollie Smith", "is", "the other outstanding candidate", False, None, None) in read


def test_will_have_to_is_no_future_perfect(nlp):
    read = readings(nlp, "To get a certificate, applicants will have to send proof that they have a legal right to be "
                         "in the UK.")
    assert ("applicants", "will have to send", "proof that they have a legal right to be in the UK", False, None,
            None) in read


def test_finding_oneself_in_a_state_reports_nothing(nlp):
    # "find" + an object and a participle: what the anglers come upon, not a finding they report
    read = readings(nlp, "The prime minister found himself struggling to explain how a smaller, slower increase in "
                         "spending planned by the Tories compared to Labour's plans was a cut.")
    assert ("spending", "be planned by", "the Tories", False, None, None) in read
    assert not any(r[5] == "The prime minister" for r in read)
    read = readings(nlp, "Anglers and fishermen could find themselves prosecuted under plans to crack down on animal "
                         "cruelty, a committee of MPs has warned.")
    assert ("themselves", "prosecuted under", "plans to crack down on animal cruelty", False, None,
            "a committee of MPs") in read
    assert not any(r[5] in {"Anglers", "fishermen"} for r in read)


def test_a_finding_with_a_tense_of_its_own_is_reported(nlp):
    read = readings(nlp, "The inquiry found the company had broken the rules.")
    assert ("the company", "had broken", "the rules", False, None, "The inquiry") in read
