"""Negative cases of session 11's rules that had no test (session 11's review): what each rule must
leave as it was. Every sentence is from the BBC pool (../shared/corpora/bbc-news)."""
from __future__ import annotations

from extract_helpers import readings as rows, triples
from kg.extract.attitudes import is_any_doubt_denied, is_doubt_denied


def test_any_doubt_with_no_negation_is_no_certainty(nlp):
    # attitudes.is_any_doubt_denied (item 1): only a "not" over "any doubt" makes it a certainty; a question
    # with "any doubt" and no negation is none (politics/prime-minister-s-questions: "But can anyone be in any doubt that …")
    doc = nlp("But can anyone be in any doubt that that announcement is just days away - an announcement coming in "
              "the week beginning 4 April for an election on 5 May is where the big money is in the Commons.")
    doubt = next(t for t in doc if t.lower_ == "doubt")
    assert not is_any_doubt_denied(doubt) and not is_doubt_denied(doubt)
    # the positive case (sport/jamieson-issues-warning-to-bigots)
    doc = nlp('Praising Celtic and Rangers for their efforts, she said: "I don\'t think there is any doubt that we have '
              'seen some positive moves from the clubs."')
    assert is_any_doubt_denied(next(t for t in doc if t.lower_ == "doubt"))


def test_a_denial_participle_hung_in_the_denied_content_is_not_made_unclaimed(nlp):
    # modality.through_reporting_participle (item 5): the exception to "what a denied report says is
    # nobody's claim" (business/golden-rule-intact-says-ex-aide). Only what the rule does is pinned: the
    # clause stays a plain, asserted one (its speaker, the denier: test_review_s12).
    read = rows(nlp, 'Mr Balls rejected the allegation that Mr Brown had been sidelined in the election campaign, '
                     'saying he was playing a "different" role to the one he played in the last two elections.')
    playing = [r for r in read if r[:3] == ("he", "was playing", 'a "different" role')]
    assert playing and all(r[3] is False and r[4] != "unclaimed" for r in playing)
    # the allegation itself stays what Mr Balls denies
    assert ("Mr Brown", "had been sidelined in", "the election campaign", True, None, "Mr Balls") in read


def test_an_infinitive_after_a_verb_of_demanding_stays_its_own(nlp):
    # modality.DEMANDING (item 6): only a that-clause or a content noun is wanted; "demanded to take" is done
    # (sport/jones-files-conte-lawsuit)
    read = rows(nlp, '"Mr Conte chose to make unsubstantiated allegations on television, while Marion Jones demanded '
                     'to take and then passed a lie detector examination.')
    assert ("Marion Jones", "demanded to take", "a lie detector examination", False, None, None) in read
    assert not any(r[4] == "wish" for r in read)
    # the that-clause of the same verb is a wish (tech/us-peer-to-peer-pirates-convicted)
    read = rows(nlp, "The piracy group called itself the Underground Network and membership of it demanded that users "
                     "share between one and 100 gigabytes of files.")
    assert ("users", "share between", "one and 100 gigabytes of files", False, "wish", None) in read


def test_a_common_nouns_number_stays_its_name(nlp):
    # misreadings.is_stray_number (item 9): "The film 06/05" is called 06/05, not a stray number
    # (entertainment/dutch-watch-van-gogh-s-last-film)
    text = ("The film 06/05 will become available on the internet on Wednesday and go on general release in Dutch "
            "cinemas in January.")
    read = triples(nlp, text)
    assert ("The film", "be", "06/05") in read
    assert ("The film 06/05", "become", "available on the internet") in read
