"""Attribution (issue 16, session 27): what someone is asked to do is a request, never their act nor a plain fact.
Real BBC sentences from the development pool."""
from __future__ import annotations

from extract_helpers import readings


def test_called_on_someone_to_act_is_no_act_of_the_caller(nlp):
    read = readings(nlp, 'Director Shami Chakrabarti called on the government to "practise what it preaches" and either '
                         'free or charge 12 detainees at Belmarsh and Woodhill prisons.')
    assert ("Director Shami Chakrabarti", "called on", 'the government to "practise what it preaches" and either free '
            "or charge 12 detainees at Belmarsh and Woodhill prisons", False, None, None) in read
    assert not any(r[1].startswith("called to") for r in read)  # she practises nothing
    read = readings(nlp, "In an open letter, he called on them not to turn the election into a competition about who "
                         "can most effectively frighten voters about terrorism, asylum, and crime.")
    assert ("he", "called on", "them not to turn the election into a competition about who can most effectively "
            "frighten voters about terrorism, asylum, and crime", False, None, None) in read
    assert not any("turn" in r[1] for r in read)


def test_appealed_to_someone_to_act(nlp):
    read = readings(nlp, "Police have appealed to witnesses to come forward.")
    assert ("Police", "have appealed to", "witnesses to come forward", False, None, None) in read
    assert not any("come" in r[1] for r in read)


def test_what_one_is_called_on_to_do_and_its_second_verb_are_no_act_of_the_caller(nlp):
    read = readings(nlp, "Christian Aid has called on British firms not to simply cut and run.")
    assert ("Christian Aid", "has called on", "British firms not to simply cut and run", False, None, None) in read
    assert [r for r in read if r[0] == "Christian Aid"] == [read[0]]  # no "has called to run"


def test_called_on_read_as_a_particle(nlp):
    read = readings(nlp, "The Countryside Alliance called on hunt supporters to meet as normal, but vowed to stay within "
                         "the law.")
    assert ("The Countryside Alliance", "called on", "hunt supporters to meet as normal", False, None, None) in read
    assert ("The Countryside Alliance", "called on", "to meet as normal", False, None, None) not in read


def test_a_day_after_call_on_is_no_one_called_on(nlp):
    read = readings(nlp, "The union called on Monday to scrap the tax.")
    assert ("The union", "called to scrap", "the tax", False, None, None) in read


def test_what_fans_are_pleaded_with_not_to_do_is_a_wish(nlp):
    read = readings(nlp, "Rival local club Manchester City has pleaded with visiting fans not to protest inside its "
                         "ground when the two teams play a televised match on Sunday.")
    assert ("visiting fans", "not to protest inside", "its ground", True, "wish", None) in read
    assert ("visiting fans", "not to protest inside", "its ground", True, None, None) not in read
    # the "when" clause inside the plea is the sentence's own statement, not what is asked (pool seeds 11002 + 11003,
    # judged blind at 1aaa42a: "the two teams — play — a televised match" with a wish was wrong)
    assert ("the two teams", "play", "a televised match", False, None, None) in read
    assert ("the two teams", "play", "a televised match", False, "wish", None) not in read


def test_a_report_in_a_relative_clause_after_a_comma_is_about_the_noun_before(nlp):
    read = readings(nlp, "In his speech, Mr Blair contrasted a reformed Labour party, which had learned to occupy the "
                         "political centre ground, with a hidebound Tory party, which he said would turn the clock back "
                         "with spending cuts.")
    assert ("a hidebound Tory party", "would turn back", "the clock", False, "would", "he") in read
    read = readings(nlp, "The government is cracking down on so-called latifundios, or large rural estates, which it "
                         "says are lying idle.")
    assert ("large rural estates", "are lying", "idle", False, None, "it") in read


def test_a_relative_report_after_a_participle_phrase_or_the_wrong_kind_of_noun_is_left_alone(nlp):
    # "which" may stand for the posters, not Mr Howard; "who" is no court
    read = readings(nlp, 'Labour withdrew campaign posters featuring Mr Howard, which critics claimed were "anti-Semitic".')
    assert not any(r[0] == "Mr Howard" and r[1] == "were" for r in read)
    read = readings(nlp, "The SEC filed civil fraud charges in a Boston Federal court against James Tambone, who it says "
                         "headed CFD's sales operations.")
    assert not any("court" in r[0] and r[1] == "headed" for r in read)


def test_a_relative_word_the_parse_hung_inside_the_report_is_still_the_subject(nlp):
    read = readings(nlp, "But the plans involve changing the VAT system, which the party says often makes it too "
                         "expensive to renovate existing buildings.")
    assert ("the VAT system", "often makes", "it too expensive to renovate existing buildings", False, None,
            "the party") in read
    assert ("the party", "often makes", "it too expensive to renovate existing buildings", False, None, None) not in read
