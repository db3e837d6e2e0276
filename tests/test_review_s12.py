"""Session 12 review (the open items of session 11's review): each mended rule with its construction on a real
sentence and the negative case. Every sentence is from the BBC pool (../shared/corpora/bbc-news)."""
from __future__ import annotations

from extract_helpers import readings as rows
from kg.extract.attitudes import is_any_doubt_denied
from kg.extract.speech import denial_of_content


def test_only_a_doubt_is_denied_by_any(nlp):
    # item 1: a negated "any N" denies N; only when N is a doubt does the holder become sure
    # (entertainment/how-the-academy-awards-flourished: the nominations are not received, no certainty)
    doc = nlp("While many of the biggest films and movie-makers have been honoured by the Academy, there is still "
              "surprise at those that did not receive any nominations that later went on to become classics.")
    assert not is_any_doubt_denied(next(t for t in doc if t.lower_ == "nominations"))
    # (the doubt itself, "I don't think there is any doubt that …": test_review_s11)


def test_a_participle_after_a_denied_content_is_the_deniers(nlp):
    # item 5 (speech.denial_of_content): "rejected the allegation that Y, saying Z": the rejecter says Z
    # (business/golden-rule-intact-says-ex-aide)
    read = rows(nlp, 'Mr Balls rejected the allegation that Mr Brown had been sidelined in the election campaign, '
                     'saying he was playing a "different" role to the one he played in the last two elections.')
    assert ("he", "was playing", 'a "different" role', False, None, "Mr Balls") in read
    assert any(r[:2] == ("Mr Balls", "be saying") for r in read)
    # not Mr Brown's words, and not a saying of his
    assert not any(r[0] == "Mr Brown" and r[1] == "be saying" for r in read)
    assert not any(r[5] == "Mr Brown" for r in read)
    # the allegation stays what Mr Balls denies
    assert ("Mr Brown", "had been sidelined in", "the election campaign", True, None, "Mr Balls") in read
    read = rows(nlp, "He rejected speculation that Mr Brown was considering becoming Foreign Secretary, saying his "
                     "recent travels had been linked to efforts to boost international development.")
    assert ("his recent travels", "had been linked to", "efforts to boost international development", False, None,
            "He") in read


def test_the_content_of_a_noun_no_denial_takes_has_no_denier(nlp):
    # item 5's negative: a that-clause of a noun that a verb of demanding takes is no denied content
    # (politics/guantanamo-pair-s-passport-ban)
    doc = nlp("Home Affairs spokesman Mark Oaten also demanded assurances that the evidence against the men was not "
              "gained under torture.")
    clause = next(t for t in doc if t.lower_ == "gained")
    assert clause.dep_ == "acl" and denial_of_content(clause) is None
    doc = nlp("Mr Balls rejected the allegation that Mr Brown had been sidelined in the election campaign.")
    assert denial_of_content(next(t for t in doc if t.lower_ == "sidelined")).lower_ == "rejected"


def test_a_there_be_noun_joined_to_the_next_subject_is_not_its_subject(nlp):
    # item 7 (misreadings.is_existential_noun_read_as_subject): the parse gives "there was" no noun and
    # "answer and the area" the second "was" (politics/campaign-cold-calls-questioned)
    read = rows(nlp, 'The spokesman said there was "no yes or no" answer and the area was "pretty grey".')
    assert ("the area", "was", "pretty grey", False, None, "The spokesman") in read
    assert not any("answer" in r[0] and r[2] == "pretty grey" for r in read)
    # the negative: two roles of one person with a singular verb stay one subject (sport/edgy-agassi-struggles-past-dent)
    read = rows(nlp, "The top seed and defending champion was leading 6-3 5-2 when Nieminen pulled out with an "
                     "abdominal injury.")
    assert any(r[0] == "The top seed and defending champion" and r[1] == "was leading" for r in read)
    assert not any(r[0] in {"The top seed", "defending champion"} for r in read)


def test_an_imperative_let_us_has_no_subject_but_a_let_with_its_own_keeps_its_object(nlp):
    # item 13 (clauses.is_lets): "Let us hope not" — nobody the graph can name hopes it
    # (politics/nhs-waiting-time-target-is-cut; the pool's "let us" + verb are all imperative)
    read = rows(nlp, "But let us not forget two thirds of those waiting for treatment now are waiting less than six "
                     "months, and these targets affect the small minority of patients in Wales that are waiting far "
                     "too long.")
    assert not any(r[0] == "us" for r in read)
    # a "let" with a subject of its own is no "let's": "he hasn't let us down" (sport/moya-emotional-at-davis-cup-win) stays his negated act
    read = rows(nlp, "It was his opportunity and he hasn't let us down.")
    assert ("he", "has n't let down", "us", True, None, None) in read

