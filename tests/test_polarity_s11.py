"""Polarity and attribution (issue 16, session 11): real BBC sentences of the dev pool (../shared/corpora/bbc-news), the
exact triple kept and what must not be written."""
from __future__ import annotations

import pytest

from extract_helpers import extractions


def rows(text, nlp):
    """(subject, relation as written, relation lemma, object, negated, modality, speaker) of each
    extraction of ``text``."""
    return [(e.subject.text, e.relation, e.relation_lemma, e.object.text if e.object else None, e.negated,
             e.modality, e.speaker.text if e.speaker else None) for e in extractions(nlp, text)]


# Each row: a real BBC sentence, the reading kg must make and one it must not (None: no such row).
READS = [
    # ---------------------------------------------------------------- "but not before X": X happened
    # sport/dogged-federer-claims-dubai-crown
    ("World number one Roger Federer added the Dubai Championship trophy to his long list of successes - but not "
     "before he was given a test by Ivan Ljubicic.",
     ("he", "was given a test by", "be given test by", "Ivan Ljubicic", False, None, None),
     ("he", "not was given a test by", "be given test by", "Ivan Ljubicic", True, None, None)),
    # business/eu-aiming-to-fix-wine-labelling: a future "not" away from its "before" and a date is "not until"
    # (session 27, polarity.is_held_off: they will be published, in 2006; the relation keeps its "not" as written);
    # a past one still denies ("we certainly did not see that before 2001": tests/test_negation_s27.py)
    ("The regulation is not expected until 2005 and the first reports under this scheme will not be published "
     "before 2006.",
     ("the first reports under this scheme", "will not be published before", "be published before", "2006", False,
      None, None),
     ("the first reports under this scheme", "will be published before", "be published before", "2006", False,
      None, None)),
    # politics/labour-faces-cold-calls-inquiry: "but not when X": they make the calls
    ('Labour says it avoids those on TPS lists when telephoning people about membership or fundraising but not when '
     'making "voter identification" calls.',
     ("it", "making", "make", '"voter identification" calls', False, None, "Labour"),
     ("it", "not making", "make", '"voter identification" calls', True, None, "Labour")),
    # ---------------------------------------------------------------- a manner adverb under a negation
    # politics/tutu-s-guantanamo-release-call: they use their power, not arbitrarily
    ('"The rule of law is in order to ensure that those who have power don\'t use their power arbitrarily and every '
     'person retains their human rights until you have proven conclusively that so-and-so is in fact guilty."',
     ("those who have power", "do n't use arbitrarily", "use", "their power", True, "purpose", None),
     ("those who have power", "do n't use", "use", "their power", True, "purpose", None)),
    # entertainment/arthur-hailey-king-of-the-bestsellers: under "not … until" too (he did take it up)
    ("He wanted to be a writer from an early age, but did not take it up professionally until his mid-thirties, "
     "when he was inspired to write his first screenplay while on a return flight to Toronto.",
     ("He", "did not take up professionally", "take up", "it", False, None, None),
     ("He", "did not take up", "take up", "it", False, None, None)),
    # ---------------------------------------------------------------- "I don't think there is any doubt that Y"
    # sport/jamieson-issues-warning-to-bigots: she is sure they have seen them
    ('Praising Celtic and Rangers for their efforts, she said: "I don\'t think there is any doubt that we have seen '
     'some positive moves from the clubs."',
     ("we", "have seen", "see", "some positive moves from the clubs", False, None, "I"),
     ("we", "have seen", "see", "some positive moves from the clubs", True, "doubt", "I")),
    # ---------------------------------------------------------------- what is demanded is wanted, not done
    # business/standard-life-concern-at-lse-bid
    ("It has also demanded that shareholders be consulted about the proposed acquisition, and whether the operator "
     "of the Frankfurt stock exchange should return $500m (£266m) to shareholders instead.",
     ("shareholders", "be consulted about", "be consulted about", "the proposed acquisition", False, "wish", None),
     ("shareholders", "be consulted about", "be consulted about", "the proposed acquisition", False, None, None)),
    # politics/guantanamo-pair-s-passport-ban: the content of "assurances" he demands is no one's report
    ("Home Affairs spokesman Mark Oaten also demanded assurances that the evidence against the men was not gained "
     "under torture.",
     ("the evidence against the men", "was not gained under", "be gained under", "torture", True, "wish", None),
     ("the evidence against the men", "was not gained under", "be gained under", "torture", True, "reportedly",
      None)),
    # ---------------------------------------------------------------- "told X Y V": Y is the clause's subject
    # business/venezuela-identifies-idle-farms: the documents do not guarantee it, not the news agency
    ('Agriculture minister Arnoldo Marquez told Reuters news agency the site\'s documents "do not guarantee that this '
     'is a private land".',
     ("the site's documents", "do not guarantee that", "guarantee", "this is a private land", True, None,
      "Agriculture minister Arnoldo Marquez"),
     ("Reuters news agency", "do not guarantee that", "guarantee", "this is a private land", True, None,
      "Agriculture minister Arnoldo Marquez")),
    # ---------------------------------------------------------------- the reporter's next report, any tense
    # politics/boris-opposes-mayor-apology: Livingstone says it, not "his comments"
    ("Labour's Mr Livingstone has said his comments may have been offensive but were not racist, and said earlier "
     "this week he would not apologise even if Mr Blair asked.",
     ("he", "would not apologise", "apologise", None, True, "would", "Labour's Mr Livingstone"),
     ("he", "would not apologise", "apologise", None, True, "would", "his comments")),
    # ---------------------------------------------------------------- "have not V-ed X and V Y": V is present
    # politics/malik-rejects-all-black-mp-lists: they welcome the debate
    ('"We haven\'t ruled out all-black shortlists and welcome a debate in the party about this," he said.',
     ("We", "welcome a debate in", "welcome debate in", "the party", False, None, "he"),
     ("We", "welcome a debate in", "welcome debate in", "the party", True, None, "he")),
    # ---------------------------------------------------------------- what a denied report says someone said
    # politics/tory-expert-denies-defeat-warning: nobody here says the party could not win
    ("The Conservatives' campaign director has denied a report claiming he warned Michael Howard the party could "
     "not win the next general election.",
     ("the party", "could not win", "win", "the next general election", True, "unclaimed", None),
     ("the party", "could not win", "win", "the next general election", True, "could", "he")),
    # negative (politics/galloway-plea-for-hostage-release): the denied report's own content stays his denial
    ("He denied an earlier report that he planned to make a direct appeal to the kidnappers via the Al-Jazeera "
     "Arabic television channel.",
     ("he", "planned to make a direct appeal to", "plan to make direct appeal to", "the kidnappers", True, None,
      "He"),
     ("he", "planned to make a direct appeal to", "plan to make direct appeal to", "the kidnappers", False, None,
      "He")),
    # ---------------------------------------------------------------- "failed to deny claims that Y": no denial
    # politics/labour-seeks-to-quell-feud-talk
    ("Downing Street cited that comment when reporters' suggested Mr Brown had pointedly failed to deny claims he "
     "had once told Mr Blair: \"There is nothing you could ever say to me now that I could ever believe\".",
     ("he", "had once told", "tell", "Mr Blair", False, "unclaimed", "reporters"),
     ("he", "had once told", "tell", "Mr Blair", True, None, "Mr Brown")),
    # ---------------------------------------------------------------- "let's hope": no one the graph can name
    # politics/terror-powers-expose-tyranny (a reader's letter)
    ("Let's hope the BBC doesn't get gagged for letting people express their views.",
     ("the BBC", "does n't get gagged for", "be gagged for", "letting people express their views", True, "hope",
      None),
     ("the BBC", "does n't get gagged for", "be gagged for", "letting people express their views", True, "hope",
      "'s")),
    # ---------------------------------------------------------------- a gerund after "be" + adjective: no chain
    # entertainment/oscar-host-rock-to-keep-it-clean
    ("\"I've been on TV and been funny not cursing,\" he said during an interview for CBS network's 60 Minutes show.",
     ("I", "been", "be", "funny", False, None, "he"),
     ("I", "been not cursing", "be curse", "funny", True, None, "he")),
]


def test_for_example_is_no_argument(nlp):
    """"Ricin, for example, is a dangerous poison" (politics/terror-powers-expose-tyranny) has no "for
    example" argument; "for instance" is no object of the verb it hangs on
    (politics/campaign-cold-calls-questioned); any other "for" phrase stays ("is still waiting for the approval
    of …", business/absa-and-barclays-talks-continue)."""
    ricin = [e for e in extractions(nlp, "Ricin, for example, is a dangerous poison but it is not a weapon of mass "
                                         "destruction.") if e.subject.text == "Ricin"]
    assert ricin and all(a.text != "for example" for e in ricin for a in e.extra)
    calls = rows("The parties say they can stick to the rules by ensuring that their calls are not marketing - for "
                 "instance by asking about people's voting intentions.", nlp)
    assert not [r for r in calls if r[3] == "instance"]
    assert ("Barclays", "is still waiting for", "wait for", "the approval of South Africa's banking and competition "
            "authorities", False, None, "the group") in rows(
        "But the group said Barclays is still waiting for the approval of South Africa's banking and competition "
        "authorities to make a formal offer.", nlp)


@pytest.mark.parametrize("text,made,wrong", READS, ids=[r[1][2] + "-" + str(k) for k, r in enumerate(READS)])
def test_reads(nlp, text, made, wrong):
    read = rows(text, nlp)
    assert made in read
    assert wrong is None or wrong not in read
