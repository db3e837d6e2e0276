"""Objects that are one whole phrase of their own clause (issue 16, session 17, `objects`): the wrong-object
class of the blind audits. Real BBC sentences (the engineers' pool): the exact reading made, and the reading
that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, readings

REPEATED_REPORTS = [
    # a quotation's own ", he said" after "X said: "…"": what X said ends at the closing quote, and the
    # pronoun's "said" is no second speech act; the quotation's words are X's
    ("said-colon-he-said", "For the Lib Dems David Laws said: \"The chancellor will no doubt tell us today how "
                           "wonderfully the economy is doing,\" he said.",
     ("the Lib Dems David Laws", "said", "The chancellor will no doubt tell us today how wonderfully the economy is "
                                         "doing", False, None, None),
     ("the Lib Dems David Laws", "said", "The chancellor will no doubt tell us today how wonderfully the economy is "
                                         "doing,\" he said", False, None, None)),
    ("no-second-act", "For the Lib Dems David Laws said: \"The chancellor will no doubt tell us today how "
                      "wonderfully the economy is doing,\" he said.",
     ("The chancellor", "will tell", "how wonderfully the economy is doing", False, None, "the Lib Dems David Laws"),
     ("he", "said", "The chancellor will no doubt tell us today how wonderfully the economy is doing", False, None,
      "the Lib Dems David Laws")),
    ("added-colon-she-said", "Kisrty Williams, for the Lib Dems, added: \"If the underlying policy is going to "
                             "continue, then changing the minister will serve no purpose, other than to deflect flak "
                             "from Labour's MPs,\" she said.",
     ("Kisrty Williams, for the Lib Dems", "added", "If the underlying policy is going to continue, then changing the "
                                                    "minister will serve no purpose, other than to deflect flak from "
                                                    "Labour's MPs", False, None, None),
     ("she", "said", "If the underlying policy is going to continue, then changing the minister will serve no purpose, "
                     "other than to deflect flak from Labour's MPs", False, None, "Kisrty Williams, for the Lib Dems")),
    # negative: a report of what another person said, no quotation closing before its subject, stays a report
    ("report-of-a-report", "Mr Blair said Mr Brown had told him he would stay.",
     ("Mr Blair", "said", "Mr Brown had told him he would stay", False, None, None),
     None),
    # negative: a quotation whose reporting clause follows it with no report before stays the quotation's
    ("quote-then-said", "\"The chancellor will no doubt tell us today how wonderfully the economy is doing,\" he said.",
     ("he", "said", "The chancellor will no doubt tell us today how wonderfully the economy is doing", False, None, None),
     None),
]


@pytest.mark.parametrize("name,text,made,wrong", REPEATED_REPORTS, ids=[c[0] for c in REPEATED_REPORTS])
def test_repeated_report(nlp, name, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


COMPARISONS = [
    # a comparative object keeps the "than" that says what it is compared with
    ("than-clause", "The results were slightly better than analysts had anticipated.",
     ("The results", "were", "slightly better than analysts had anticipated", False, None, None),
     ("The results", "were", "slightly better", False, None, None)),
    ("than-participle", "It said its reserves were 20% smaller than previously thought.",
     ("its reserves", "were", "20% smaller than previously thought", False, None, "It"),
     ("its reserves", "were", "20% smaller", False, None, "It")),
    ("than-stranded", "However, wine makers and farmers said the support was much less than they had been hoping for.",
     ("the support", "was", "much less than they had been hoping for", False, None, "wine makers"),
     ("the support", "was", "much less", False, None, "wine makers")),
    ("than-on-the-verb", "Record company Sony BMG is now manufacturing 5,000 more copies of each single than originally "
                         "planned to meet demand.",
     ("Record company Sony BMG", "is now manufacturing", "5,000 more copies of each single than originally planned to "
                                                         "meet demand", False, None, None),
     ("Record company Sony BMG", "is now manufacturing", "5,000 more copies of each single", False, None, None)),
    # the clause of the comparison, which leaves out what is compared, is no reading of its own
    ("than-clause-no-reading", "He said the US dollar will be stronger than it is today.",
     ("the US dollar", "will be", "stronger than it is today", False, None, "He"),
     ("it", "is", None, False, None, "He")),
    # "than" is no preposition of a light verb's noun
    ("no-fold-than", "He scored more goals than anyone else last season.",
     ("He", "scored", "more goals than anyone else last season", False, None, None),
     ("He", "scored more goals than", "anyone else last season", False, None, None)),
    # "other" keeps its "than" as well: never an object ending on "other"
    ("other-than", "He would make no predictions other than that he expected the Lib Dems to increase both their "
                   "votes and their Commons seats at the election.",
     ("He", "would make", "predictions other than that he expected the Lib Dems to increase both their votes and "
                          "their Commons seats at the election", True, "would", None),
     ("He", "would make", "predictions other", True, "would", None)),
    ("other-than-infinitive", "Changing the minister will serve no purpose, other than to deflect flak from Labour's MPs.",
     ("Changing the minister", "will serve", "purpose, other than to deflect flak from Labour's MPs", True, None, None),
     ("Changing the minister", "will serve", "purpose, other", True, None, None)),
    # negative: a "than" clause with a clause of its own is read (he expected it)
    ("than-clause-with-clause", "He would make no predictions other than that he expected the Lib Dems to increase "
                                "both their votes and their Commons seats at the election.",
     ("he", "expected", "the Lib Dems to increase both their votes and their Commons seats at the election", False,
      None, None),
     None),
    # negative: "more than" inside the phrase already stays
    ("more-than-inside", "More than 50 million people own a mobile in the UK.",
     ("More than 50 million people", "own a mobile in", "the UK", False, None, None),
     None),
]


@pytest.mark.parametrize("name,text,made,wrong", COMPARISONS, ids=[c[0] for c in COMPARISONS])
def test_comparison(nlp, name, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


REPORTERS_NEXT_ACT = [
    # "X say A and believe B": the present plural of the report, tagged as the base form after A's modal, is
    # the reporters' next report; what they say ends before it and what they believe is no "should"
    ("say-and-believe", "But the Scottish National Party and the Tories say the issue of super-casinos should be "
                        "decided in Scotland and believe the executive is shirking its responsibility.",
     ("the Tories", "say", "the issue of super-casinos should be decided in Scotland", False, None, None),
     ("the Tories", "say", "the issue of super-casinos should be decided in Scotland and believe the executive is "
                           "shirking its responsibility", False, None, None)),
    ("believe-theirs", "But the Scottish National Party and the Tories say the issue of super-casinos should be "
                       "decided in Scotland and believe the executive is shirking its responsibility.",
     ("the Tories", "believe", "the executive is shirking its responsibility", False, None, None),
     ("the issue of super-casinos", "believe", "the executive is shirking its responsibility", False, "should",
      "the Tories")),
    ("argue-no-modal", "Critics say the plan would cost too much and argue that it would not work.",
     ("Critics", "argue that", "it would not work", False, None, None),
     ("Critics", "argue that", "it would not work", False, "would", None)),
    # the reporters' next act shares no negation of the clause they reported
    ("claim-not-negated", "Labour and the Liberal Democrats say the party's sums do not add up and claim it would cut "
                          "frontline services.",
     ("Labour", "claim", "it would cut frontline services", False, None, None),
     ("Labour", "claim", "it would cut frontline services", True, None, None)),
    # negative: a verb a thing can do, coordinated in the reported clause, stays what was reported
    ("thing-verb-stays", "Ministers say the rules would protect consumers and allow firms to compete.",
     ("the rules", "allow", "firms to compete", False, "would", "Ministers"),
     ("Ministers", "allow", "firms to compete", False, None, None)),
]


@pytest.mark.parametrize("name,text,made,wrong", REPORTERS_NEXT_ACT, ids=[c[0] for c in REPORTERS_NEXT_ACT])
def test_reporters_next_act(nlp, name, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


CONJUNCTIONS_READ_AS_PREPOSITIONS = [
    # a conjunction the parse read as a preposition of the object's noun opens a clause: the object ends
    # before it, and the clause's verb has the conjunction's object for its subject
    ("as-in-the-object", "Unfortunately, the band were initially hindered by technical teething problems as Simpson's "
                         "guitar amplifier failed to work.",
     ("the band", "were initially hindered by", "technical teething problems", False, None, None),
     ("the band", "were initially hindered by", "technical teething problems as Simpson's guitar amplifier", False,
      None, None)),
    ("as-clause-subject", "Unfortunately, the band were initially hindered by technical teething problems as Simpson's "
                          "guitar amplifier failed to work.",
     ("Simpson's guitar amplifier", "failed to work", None, False, None, None),
     None),
    # negative: "as" with no verb after its noun stays a preposition of the phrase
    ("as-no-clause", "He worked as election strategist for any number of Republicans as well.",
     ("He", "worked as", "election strategist for any number of Republicans", False, None, None),
     None),
]


@pytest.mark.parametrize("name,text,made,wrong", CONJUNCTIONS_READ_AS_PREPOSITIONS,
                         ids=[c[0] for c in CONJUNCTIONS_READ_AS_PREPOSITIONS])
def test_conjunction_read_as_preposition(nlp, name, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


PARTICLES_OF_PLACE = [
    # an adverb of where to, between the verb and its preposition, stays in the relation
    ("headed-home", "Fortune headed home after 23 minutes before Ronaldo scored when Nigel Martyn parried Paul Scholes' "
                    "free-kick.",
     ("Fortune", "headed home after", "23 minutes", False, None, None),
     ("Fortune", "headed after", "23 minutes", False, None, None)),
    ("returned-home", "She returned home from hospital on Monday.",
     ("She", "returned home from", "hospital", False, None, None),
     ("She", "returned from", "hospital", False, None, None)),
]


@pytest.mark.parametrize("name,text,made,wrong", PARTICLES_OF_PLACE, ids=[c[0] for c in PARTICLES_OF_PLACE])
def test_particle_of_place(nlp, name, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


SMALL_CLAUSES = [
    # what is kept, left or found is the object in the state the participle or adjective after it says
    ("kept-pinned", "Ireland kept the visitors pinned in their own half for long periods.",
     ("Ireland", "kept", "the visitors pinned in their own half for long periods", False, None, None),
     ("Ireland", "kept", "the visitors", False, None, None)),
    ("kept-pinned-own-reading", "Ireland kept the visitors pinned in their own half for long periods.",
     ("the visitors", "be pinned in", "their own half", False, None, None),
     None),
    ("leaves-facing", "The ruling leaves the company facing a huge bill.",
     ("The ruling", "leaves", "the company facing a huge bill", False, None, None),
     ("The ruling", "leaves", "the company", False, None, None)),
    ("kept-unchanged", "The firm kept prices unchanged.",
     ("The firm", "kept", "prices unchanged", False, None, None),
     ("The firm", "kept", "prices", False, None, None)),
    # negative: after another verb the participle only says which one
    ("arrested-wearing", "Police arrested a man wearing a mask.",
     ("Police", "arrested", "a man", False, None, None),
     ("Police", "arrested", "a man wearing a mask", False, None, None)),
]


@pytest.mark.parametrize("name,text,made,wrong", SMALL_CLAUSES, ids=[c[0] for c in SMALL_CLAUSES])
def test_small_clause(nlp, name, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


NOUNS_READ_AS_VERBS = [
    # a noun tagged as a present verb with no subject of its own ends the object's phrase, and is no predicate
    ("rivals-name", "But Tindall, who recently signed for Bath's west-country rivals Gloucester, told Rugby Special he "
                    "would be fit.",
     ("Tindall", "recently signed for", "Bath's west-country rivals Gloucester", False, None, None),
     ("Tindall", "recently signed for", "Bath's west-country", False, None, None)),
    ("gong-no-predicate", "Portman, who has been nominated for a best supporting actress gong for her role in Mike "
                          "Nichols' Closer, joins a growing list of stars.",
     ("Portman", "has been nominated for", "a best supporting actress gong", False, None, None),
     ("Portman", "gong for", "her role in Mike Nichols' Closer", False, None, None)),
    # negative: a present verb with its subject stays a verb, and so does one with words of its own
    ("verb-with-clause", "Robots can fulfil serious functions in society and the United Nations Economic Commission for "
                         "Europe predicts that the worldwide market for industrial robots will swell.",
     ("the United Nations Economic Commission for Europe", "predicts that", "the worldwide market for industrial robots "
                                                                           "will swell", False, None, None),
     ("Robots", "can fulfil serious functions in", "the United Nations Economic Commission for Europe predicts", False,
      "can", None)),
    ("noun-read-as-noun", "Because of the way podcasts work, based on RSS, the latest podcasts which people can select "
                          "mean that they are ready-made targets.",
     ("the way podcasts work", "be based on", "RSS", False, None, None),
     None),
    ("verb-with-subject", "Wales coach Mike Ruddock says England lock Danny Grewcock needs to review his actions.",
     ("Wales coach Mike Ruddock", "says", "England lock Danny Grewcock needs to review his actions", False, None, None),
     None),
    ("coordinated-verb", "Ministers say the rules would protect consumers and allow firms to compete.",
     ("the rules", "allow", "firms to compete", False, "would", "Ministers"),
     None),
]


@pytest.mark.parametrize("name,text,made,wrong", NOUNS_READ_AS_VERBS, ids=[c[0] for c in NOUNS_READ_AS_VERBS])
def test_noun_read_as_verb(nlp, name, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


CLAUSE_OBJECTS_OF_PREPOSITIONS = [
    # the clause a preposition governs starts where its clause does: no word is both the relation's and the object's
    ("after-being", "Greek sprinter Katerina Thanou says she is eager to compete again after being cleared of missing a "
                    "drugs test by an independent Greek tribunal.",
     ("she", "is eager to compete after", "being cleared of missing a drugs test by an independent Greek tribunal",
      False, None, "Greek sprinter Katerina Thanou"),
     ("she", "is eager to compete after being", "being cleared of missing a drugs test by an independent Greek tribunal",
      False, None, "Greek sprinter Katerina Thanou")),
    ("of-adverb", "Executives are suspected of wrongly using 417m yuan of company funds.",
     ("Executives", "are suspected of", "wrongly using 417m yuan of company funds", False, None, None),
     ("Executives", "are suspected of wrongly", "wrongly using 417m yuan of company funds", False, None, None)),
    ("upon-subject", "The nation's recovery depends upon it continuing its economic life.",
     ("The nation's recovery", "depends upon", "it continuing its economic life", False, None, None),
     ("The nation's recovery", "depends upon it", "it continuing its economic life", False, None, None)),
    # negative: a plain gerund object is as it was
    ("of-gerund", "He was accused of taking bribes.",
     ("He", "was accused of", "taking bribes", False, None, None),
     None),
]


@pytest.mark.parametrize("name,text,made,wrong", CLAUSE_OBJECTS_OF_PREPOSITIONS,
                         ids=[c[0] for c in CLAUSE_OBJECTS_OF_PREPOSITIONS])
def test_clause_object_of_preposition(nlp, name, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


def test_no_quote_mark_in_the_relation(nlp):
    read = readings(nlp, 'The election will be decided on "the economy stupid".')
    assert [r[1] for r in read if r[0] == "The election"] == ["will be decided on"]


STRANDED_PREPOSITIONS = [
    # a clause left with its preposition at the end by a gap ends on it, never on the bare verb
    ("hoping-for", "However, wine makers and farmers said the support was much less than they had been hoping for.",
     ("wine makers", "said", "the support was much less than they had been hoping for", False, None, None),
     ("wine makers", "said", "the support was much less than they had been hoping", False, None, None)),
    ("vote-on", "\"It's the issues we are going to ask Muslims to vote on,\" said Dr Tamimi.",
     ("Dr Tamimi", "said", "It's the issues we are going to ask Muslims to vote on", False, None, None),
     ("Dr Tamimi", "said", "It's the issues we are going to ask Muslims to vote", False, None, None)),
    # negative: a preposition after a noun, its object gone, still dangles
    ("noun-of", "Fans wanted any more episodes of.",
     ("Fans", "wanted", "any more episodes", False, None, None),
     ("Fans", "wanted", "any more episodes of", False, None, None)),
]


@pytest.mark.parametrize("name,text,made,wrong", STRANDED_PREPOSITIONS, ids=[c[0] for c in STRANDED_PREPOSITIONS])
def test_stranded_preposition(nlp, name, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


WHEN_CLAUSES = [
    # a "when" clause the parse hung on a noun that is no time says when the verb's act happens: no part of the object
    ("when-after-thing", "Mutu faces a ban of between six months and two years when the Football Association decides on "
                         "his punishment.",
     ("Mutu", "faces", "a ban of between six months and two years", False, None, None),
     ("Mutu", "faces", "a ban of between six months and two years when the Football Association decides on his "
                       "punishment", False, None, None)),
    # negative: after a time it says which time
    ("when-after-time", "The 56-year-old takes over at a time when the national side is in the doldrums.",
     ("The 56-year-old", "takes over at", "a time when the national side is in the doldrums", False, None, None),
     ("The 56-year-old", "takes over at", "a time", False, None, None)),
]


@pytest.mark.parametrize("name,text,made,wrong", WHEN_CLAUSES, ids=[c[0] for c in WHEN_CLAUSES])
def test_when_clause(nlp, name, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


def test_a_naming_verbs_complement_is_read_once(nlp):
    # the relation takes what a name or pronoun is called; the object does not take it again
    read = readings(nlp, "Some people are oversensitive and might call them racist for it.")
    assert ("Some people", "might call racist", "them", False, "might", None) in read
    assert not [r for r in read if r[2] == "them racist for it"]


def test_repeated_report_after_an_addressee(nlp):
    # "X told Y: "…," he said": the quotation is what X told, the addressee before it no part of it
    read = readings(nlp, "Mr Johnson told Today: \"It's perfectly true that I got into the grovelling game myself and "
                         "when I apologised there were some things that I felt I ought to say sorry for ... there were "
                         "also other things I didn't think I should apologise for,\" he said.")
    assert ("Mr Johnson", "told", "It's perfectly true that I got into the grovelling game myself and when I apologised "
            "there were some things that I felt I ought to say sorry for ... there were also other things I didn't "
            "think I should apologise for", False, None, None) in read
    assert not [r for r in read if r[0] == "he" and r[1] == "said"]


def kept(nlp, text):
    """(subject, relation, object) of the extractions of ``text`` that are kept as facts (no uninformative reason)."""
    from kg.extract import extract_doc

    return [(e.subject.text, e.relation, e.object.text if e.object else None) for e in extract_doc(nlp(text))
            if not e.uninformative]


def test_an_object_the_parse_gave_with_no_word_is_no_reading(nlp):
    # the headline's quoted title was read as a quote mark for an object: no "SA — unveils —"
    assert ("SA", "unveils", None) not in kept(nlp, "SA unveils 'more for all' budget")


def test_a_wh_word_opening_the_clause_is_its_object(nlp):
    read = kept(nlp, "The list predicts what gadget-lovers are likely to covet this year.")
    assert ("The list", "predicts", "what gadget-lovers are likely to covet this year") in read
    assert ("gadget-lovers", "are likely to covet", None) not in read
    # negative: a verb with no object of its own in a clause with no wh-word stays
    assert ("Ronaldo", "scored", None) in kept(nlp, "Fortune gave United the lead before Ronaldo scored.")
