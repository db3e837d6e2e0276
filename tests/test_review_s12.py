"""Session 12 review (/work/review11a.md's open items): each mended rule with its construction on a real
sentence and the negative case. Every sentence is from the BBC pool (/work/pool)."""
from __future__ import annotations

from extract_helpers import extractions
from kg.extract.attitudes import is_any_doubt_denied
from kg.extract.speech import denial_of_content


def rows(nlp, text):
    """(subject, relation, object, negated, modality, speaker) of each extraction of ``text``."""
    return [(e.subject.text, e.relation, e.object.text if e.object else None, e.negated, e.modality,
             e.speaker.text if e.speaker else None) for e in extractions(nlp, text)]


def test_only_a_doubt_is_denied_by_any(nlp):
    # item 1: a negated "any N" denies N; only when N is a doubt does the holder become sure
    # (entertainment/how-the-academy-awards-flourished: the nominations are not received, no certainty)
    doc = nlp("While many of the biggest films and movie-makers have been honoured by the Academy, there is still "
              "surprise at those that did not receive any nominations that later went on to become classics.")
    assert not is_any_doubt_denied(next(t for t in doc if t.lower_ == "nominations"))
    # the doubt itself (sport/jamieson-issues-warning-to-bigots)
    doc = nlp('Praising Celtic and Rangers for their efforts, she said: "I don\'t think there is any doubt that we have '
              'seen some positive moves from the clubs."')
    assert is_any_doubt_denied(next(t for t in doc if t.lower_ == "doubt"))


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
