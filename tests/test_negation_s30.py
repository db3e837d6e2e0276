"""Negated rows and their content, session 30 (issue 16). Sentences from the BBC development pool
(/work/pool30, /work/pool29); each rule with the case it must still read as before."""
from __future__ import annotations

from extract_helpers import readings


def test_what_someone_is_not_going_to_say_is_nobodys_claim(nlp):
    # modality.negation_above: the "not" on "going" denies the saying, so the content is no one's claim
    read = readings(nlp, 'Mr Boyd said the destruction of DOD was a great coup but he added: "I\'m not going to sit '
                         'here and say we have sorted the problem."')
    assert ("we", "have sorted", "the problem", False, "unclaimed", None) in read
    assert not any(r[1] == "have sorted" and r[4] is None for r in read)
    read = readings(nlp, '"That\'s not to say we have made a decision that we will go down that road, but I think it '
                         'is clearly something we have to explore."')
    assert ("we", "have made", "a decision that we will go down that road", False, "unclaimed", None) in read


def test_a_conjunct_under_a_negated_wish_says_nothing(nlp):
    read = readings(nlp, 'Weir told BBC Radio Five Live: "We don\'t want to rest on our laurels and say we have '
                         'achieved anything yet.')
    assert ("we", "have achieved", "anything", False, "unclaimed", None) in read


def test_a_claim_with_no_negation_over_it_keeps_its_speaker(nlp):
    # "did not hesitate to say" said it; a conjunct with a tense of its own ("… do not add up and claim …") is
    # the reporter's act of the subject the parser lost, not under the "not"
    read = readings(nlp, "He did not hesitate to say that the firm had sold the shares.")
    assert ("the firm", "had sold", "the shares", False, None, "He") in read
    read = readings(nlp, "Labour and the Liberal Democrats have said the party's sums do not add up and claim it "
                         "would cut frontline services.")
    assert ("it", "would cut", "frontline services", False, "would", "Labour") in read
    assert not any(r[1] == "would cut" and r[4] == "unclaimed" for r in read)
    read = readings(nlp, "The Conservatives are yet to unveil their manifesto plans but said in November they would "
                         "increase maternity pay.")
    assert ("they", "would increase", "maternity pay", False, "would", "The Conservatives") in read


def test_never_with_a_comparative_and_no_standard_is_a_superlative(nlp):
    # polarity.is_never_surpassed: s29 judged start-b N029 — literature looks strong, nothing is denied
    read = readings(nlp, "Julia Eccleshare, chair of the adult judging panel, said children's literature had \"never "
                         "looked stronger\" in the prize's 20 years.")
    assert ("children's literature", "had never looked", "stronger", False, None, "Julia Eccleshare") in read
    assert not any(r[0] == "children's literature" and r[3] for r in read)
    read = readings(nlp, "I have never felt better.")
    assert ("I", "have never felt", "better", False, None, None) in read


def test_never_with_a_standard_or_without_a_perfect_stays_denied(nlp):
    read = readings(nlp, "He has never been higher than tenth in the rankings.")
    assert ("He", "has never been", "higher than tenth", True, None, None) in read
    read = readings(nlp, "It was never better.")
    assert ("It", "was never", "better", True, None, None) in read
    read = readings(nlp, "He has never been seen again.")
    assert any(r[0] == "He" and r[3] for r in read)


def test_a_conjunct_of_a_denied_infinitive_is_denied_with_it(nlp):
    # polarity.shares_infinitive_negation: the relation read "is not going to buy" but was not negated
    read = readings(nlp, "The club is not going to sell him and buy a replacement.")
    assert ("The club", "is not going to buy", "a replacement", True, None, None) in read
    read = readings(nlp, "Chelsea have yet to officially confirm or deny the meeting, which would be in breach of "
                         "Premier League rule K3.")
    assert ("Chelsea", "have yet to deny", "the meeting", True, None, None) in read
    read = readings(nlp, 'Mr Boyd said the destruction of DOD was a great coup but he added: "I\'m not going to sit '
                         'here and say we have sorted the problem."')
    assert any(r[1] == "'m not going to say" and r[3] for r in read)


def test_a_conjunct_after_but_or_under_a_cancelled_negation_is_asserted(nlp):
    read = readings(nlp, "He did not want to stay but left the club.")
    assert ("He", "left", "the club", False, None, None) in read
    read = readings(nlp, "He did not hesitate to stand up and say the plan had failed.")
    assert ("He", "did not hesitate to say", "the plan had failed", False, None, None) in read
    read = readings(nlp, '"Until we change our whole approach to imprisoning vulnerable people we cannot begin to meet '
                         'our positive obligations under Article 2 of the European Convention on Human Rights and meet '
                         'our duty of care to them."')
    assert not any(r[2] in {"our duty of care", "our positive obligations"} and r[3] for r in read)
