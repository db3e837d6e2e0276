"""Attribution (issue 16, session 26): content that is an intent, a requirement or someone else's report, never a
plain fact or the wrong speaker's. Real BBC sentences from the development pool."""
from __future__ import annotations

from extract_helpers import readings


def test_what_someone_is_determined_on_is_their_plan(nlp):
    read = readings(nlp, "Wales coach Mike Ruddock is determined that his team will not go into their shells after "
                         "their promising start to the championship.")
    assert ("his team", "will not go into", "their shells", True, "plan", "Wales coach Mike Ruddock") in read
    assert ("his team", "will not go into", "their shells", True, None, None) not in read


def test_a_reason_inside_the_intended_clause_is_not_intended(nlp):
    read = readings(nlp, 'On Monday, Mr Blair\'s spokesman said: "The prime minister is determined that he will get on '
                         'with the business of government because he believes that what people want."')
    assert ("he", "will get on with", "the business of government", False, "plan", "The prime minister") in read
    believes = [r for r in read if r[1] == "believes that"]
    assert believes and all(r[4] is None and r[5] == "Mr Blair's spokesman" for r in believes)


def test_determined_without_that_is_a_plan_too(nlp):
    read = readings(nlp, "He is determined the ground will only be built on an affordable basis and will not make "
                         "future Liverpool management hostages to the new stadium.")
    assert ("the ground", "will only be built on", "an affordable basis", False, "plan", "He") in read
    assert ("the ground", "will only be built on", "an affordable basis", False, None, None) not in read


def test_the_verb_determine_is_no_intent(nlp):
    read = readings(nlp, "The court determined that the merger was illegal.")
    assert not any(r[4] == "plan" for r in read)
    read = readings(nlp, "It was determined that the fire had started in the kitchen.")
    assert ("the fire", "had started in", "the kitchen", False, None, None) in read


def test_what_someone_must_be_sure_of_is_a_requirement_not_their_belief(nlp):
    read = readings(nlp, 'Ministers had to be sure local government could deliver without "unreasonable council tax '
                         'increases", he added.')
    made = [r for r in read if r[1] == "could deliver without"]
    assert [r[5] for r in made] == ["he"]  # the one who added it, never "Ministers"
    read = readings(nlp, '"We will look in great detail at any contribution to this, because we need to be sure we can '
                         'provide free personal care and nursing care for our older people into the future."')
    assert ("we", "can provide", "free personal care", False, "wish", None) in read
    # a belief held is still its holder's
    read = readings(nlp, "He is sure the figures are right.")
    assert ("the figures", "are", "right", False, None, "He") in read


def test_a_backshifted_clause_after_and_goes_on_with_the_report(nlp):
    read = readings(nlp, "LG Group has said any package should reflect the responsibilities of each firm, and it would "
                         "not accept an unfair burden.")
    assert ("it", "would not accept", "an unfair burden", True, "would", "LG Group") in read
    read = readings(nlp, "LG Group has said any package should reflect the responsibilities of each firm, and it will "
                         "not accept an unfair burden.")
    assert ("it", "will not accept", "an unfair burden", True, None, "LG Group") in read
    assert ("it", "will not accept", "an unfair burden", True, None, None) not in read
    # a noun's "will" after a perfect report may be the writer's news
    read = readings(nlp, "The club has said the deal is done, and the player will join on Monday.")
    assert ("the player", "will join on", "Monday", False, None, None) in read
    # a plain past after "and" may be the writer's next event: left as the parse reads it
    read = readings(nlp, "It accused the firm of using a web of offshore firms to avoid its tax liabilities, and the "
                         "courts sent in bailiffs to freeze Yukos accounts and seize Yugansk.")
    assert not any(r[5] == "It" for r in read if r[0] == "the courts")
