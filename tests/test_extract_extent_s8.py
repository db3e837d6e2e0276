"""Arguments of the right extent (issue 16, session 8): constructions of the wrong-object and
wrong-subject verdicts of the blind audits, counted in the BBC corpus before the rule was written.
Real BBC sentences, the exact triple read and what must not be read."""
from __future__ import annotations

from extract_helpers import triples

# the system BT announced, with the clause that says what it does (informative.is_identifying_clause)
W_SYSTEM = "an early warning system which will alert BT customers if there is unusual activity on their phone bills"


# ---------------------------------------------------------------- a bare plural and the participle that says which

def test_a_bare_plural_subject_keeps_its_participle(nlp):
    text = ("The number of women buying programs to protect PCs from virus, spam and spyware attacks rose by "
            "11.2% each year between 2002 and 2004.")
    got = triples(nlp, text)
    assert ("The number of women buying programs to protect PCs from virus, spam and spyware attacks", "rise by",
            "11.2%") in got
    assert ("The number of women", "rise by", "11.2%") not in got


def test_a_bare_plural_object_keeps_its_participle(nlp):
    text = ("The only thing blighting business optimism this year will be uncertainties associated with the "
            "general election, BDO said.")
    got = triples(nlp, text)
    assert ("The only thing blighting business optimism this year", "be",
            "uncertainties associated with the general election") in got
    assert ("The only thing blighting business optimism this year", "be", "uncertainties") not in got


def test_a_determined_noun_needs_no_participle(nlp):
    # negative: "the papers" names its referent; the participle is read on its own
    text = ("But he said that the papers documenting the transaction were not drawn up till weeks after Yukos made "
            "its bankruptcy application on 14 December, and then backdated.")
    got = triples(nlp, text)
    assert ("the papers", "be drawn up till", "weeks") in got
    assert not [t for t in got if t[0].startswith("the papers documenting")]


def test_a_participle_after_a_comma_is_no_restriction(nlp):
    # negative: "…, issuing a statement" is Reyes's act, not part of which reports
    text = ("Before the story surfaced, Reyes had moved to play down reports linking him with the Spanish giants, "
            "issuing a statement through Arsenal describing the speculation as \"flattering\".")
    got = triples(nlp, text)
    assert ("Reyes", "move to play down", "reports linking him with the Spanish giants") in got
    assert not [t for t in got if t[0] == "Reyes" and "issuing" in (t[2] or "")]


def test_a_verb_in_the_other_number_ends_the_relative_clause(nlp):
    text = ("At its most malign, spyware watches everything that people do with their PC and steals login "
            "information and other personal data.")
    got = triples(nlp, text)
    assert ("spyware", "watch", "everything that people do with their PC") in got
    assert not [t for t in got if t[0] == "spyware" and "steals" in (t[2] or "")]


def test_a_participle_in_the_other_form_ends_the_restriction(nlp):
    text = ("But this year the focus has been on blogs which cast a critical eye over news events, often writing "
            "about issues ignored by the big media or offering an eye-witness account of events.")
    got = triples(nlp, text)
    assert ("blogs", "write about", "issues ignored by the big media") in got
    assert not [t for t in got if "offering" in (t[2] or "")]


# ---------------------------------------------------------------- the reporter's next act after a reported modal clause

def test_a_finite_verb_after_a_reported_modal_is_the_reporter_s_act(nlp):
    got = triples(nlp, "In 1998 the party said it would not return to Blackpool but did so in 2002.")
    assert ("the party", "say", "it would not return to Blackpool") in got
    assert ("the party", "do in", "2002") in got
    assert ("the party", "say", "it would not return to Blackpool but did so in 2002") not in got


def test_a_verb_of_the_mind_after_a_reported_thing_is_the_reporter_s(nlp):
    got = triples(nlp, "Argentina fears that rising demand could spark another crisis and wants to prevent it by "
                       "signing this deal.")
    assert ("Argentina", "want to prevent", "it") in got
    assert ("rising demand", "want to prevent", "it") not in got


def test_a_verb_after_and_a_reported_modal_stays_reported(nlp):
    # negative (review 8a item 2): after "and" the reported subject goes on
    got = triples(nlp, "The minister says the law will come into force in April and covers all firms in Britain.")
    assert ("the law", "cover", "all firms") in got
    assert ("The minister", "cover", "all firms") not in got
    got = triples(nlp, "The club said the striker would miss Saturday's game and needed surgery on his knee.")
    assert ("the striker", "need", "surgery") in got
    assert ("The club", "need", "surgery") not in got
    assert ("The club", "say", "the striker would miss Saturday's game") not in got


def test_a_past_verb_after_a_reported_past_passive_stays_reported(nlp):
    # negative: the magazines chose, and it is part of what Spears claimed
    text = "Spears claimed that other magazines were approached with the pictures but chose to contact her instead."
    got = triples(nlp, text)
    assert ("Spears", "claim", "other magazines were approached with the pictures but chose to contact her "
                               "instead") in got
    assert ("Spears", "choose to contact", "her") not in got


def test_a_verb_inside_the_quotation_is_no_act_of_the_reporter(nlp):
    # negative: inside the quotation the speaker's words go on
    text = ("Eric Tveter said: \"We will make our PVR set-top box available later this year, putting a stop to "
            "missed soaps, interrupted films and arguments over which programmes to record.\"")
    got = triples(nlp, text)
    assert ("Eric Tveter", "say", "We will make our PVR set-top box available later this year, putting a stop to "
                                  "missed soaps, interrupted films and arguments over which programmes to record") in got


# ---------------------------------------------------------------- a subject's name set off by commas

def test_the_name_set_off_after_a_subject_is_the_subject(nlp):
    text = "The director of the film, Vinod Pande, says the movie is not offensive and has refused to withdraw it."
    got = triples(nlp, text)
    assert ("Vinod Pande", "say", "the movie is not offensive") in got
    assert ("Vinod Pande", "refuse to withdraw", "it") in got
    assert ("Vinod Pande", "be", "The director of the film") in got  # the role stays, as a description
    assert ("The director of the film", "say", "the movie is not offensive") not in got


def test_the_name_after_an_inverted_speaker_is_the_speaker(nlp):
    text = ("His greatest ambition was to see his name on a book and he certainly achieved that,\" said his wife, "
            "Sheila.")
    said = [t for t in triples(nlp, text) if t[1] == "say"]
    assert [t[0] for t in said] == ["Sheila"]


def test_a_set_off_name_with_words_of_its_own_is_no_subject(nlp):
    # negative: "normally Germany or Japan" names some places the waste goes to, not the waste
    text = ("In future, only highly-radioactive waste will be sent back to its country of origin, normally Germany "
            "or Japan, under armed guard.")
    got = triples(nlp, text)
    assert ("only highly-radioactive waste", "be sent back to", "its country of origin") in got
    assert not [t for t in got if t[0] in {"Germany", "Japan", "normally Germany or Japan"} and t[1] != "be"]


def test_a_name_after_its_title_is_the_subject_the_parser_doubled(nlp):
    text = ("The late US legend Elvis Presley is likely to score his third UK number one single in three weeks on "
            "Sunday, according to early sales figures.")
    subjects = {t[0] for t in triples(nlp, text) if t[1] == "be likely to score"}
    assert subjects == {"Elvis Presley"}  # not "The late US legend"


def test_a_name_that_opens_a_relative_clause_is_no_subject_of_the_main_verb(nlp):
    # negative: BT is the subject of "announced" (a relative the parser missed), not of "is"
    text = ("The second initiative BT announced is an early warning system which will alert BT customers if there "
            "is unusual activity on their phone bills.")
    got = triples(nlp, text)
    assert ("The second initiative", "be", W_SYSTEM) in got
    assert not [t for t in got if t[0] == "BT" and t[2] == W_SYSTEM]


# ---------------------------------------------------------------- a concession after a report is no part of it

def test_a_concession_after_a_comma_ends_what_was_said(nlp):
    text = ("Mr Negroponte said this was a not for profit venture, though he recognised that the manufacturers of "
            "the components would be making money.")
    got = triples(nlp, text)
    assert ("Mr Negroponte", "say", "this was a not for profit venture") in got
    assert not [t for t in got if t[1] == "say" and "though" in (t[2] or "")]


# ---------------------------------------------------------------- the last conjunct of an object is the next verb's subject

def test_an_object_conjunct_right_before_a_verb_is_its_subject(nlp):
    text = ("Actress Sandra Bullock has donated $1m (£525,000) to The American Red Cross and actor Leonardo DiCaprio "
            "pledged a \"sizable\" aid contribution to Unicef.")
    got = triples(nlp, text)
    assert ("Actress Sandra Bullock", "donate to", "The American Red Cross") in got
    assert ("actor Leonardo DiCaprio", "pledge", "a \"sizable\" aid contribution to Unicef") in got
    assert ("Actress Sandra Bullock", "donate to", "actor Leonardo DiCaprio") not in got


def test_a_passive_after_an_object_conjunct_is_its_own(nlp):
    text = ("Leigh was presented with his winner's statuette by Timothy Spall and Staunton's award was announced by "
            "Patrick Stewart, during the glittering ceremony at The Savoy on Sunday night.")
    got = triples(nlp, text)
    # (the "by" is the passive's agent, hung on the statuette by the parse: passive.agent_on_prepositional_object)
    assert ("Leigh", "be presented with his winner's statuette by", "Timothy Spall") in got
    assert ("Staunton's award", "be announced by", "Patrick Stewart") in got
    assert ("Leigh", "be announced by", "Patrick Stewart") not in got


def test_a_verb_with_its_own_subject_takes_no_object_conjunct(nlp):
    # negative: "have begun" has its subject ("Hunts"); Wales stays inside it
    text = ("Hunts in England and Wales have begun on the last day that hunting with dogs is legal, with more due "
            "out later.")
    got = triples(nlp, text)
    assert ("Hunts in England and Wales", "begin on", "the last day") in got
    assert not [t for t in got if t[0] == "Wales"]


def test_a_list_before_a_verb_is_its_subject_whole(nlp):
    # negative: the whole list will not be covered; the reported words are not cut inside it
    text = ("\"While the majority of any salary costs may be covered by the government's statutory pay, recruitment "
            "costs, advertising costs, retraining costs and the strain on the company will not be,\" he said.")
    [said] = [t for t in triples(nlp, text) if t[1] == "say"]
    assert said[2].endswith("retraining costs and the strain on the company will not be")


def test_a_coordination_before_a_complement_verb_is_its_subject_whole(nlp):
    # negative: Mr Blair and the Liberal Democrats both take the votes for granted
    text = ("\"So I say to all those people from ethnic minorities who feel Mr Blair and the Liberal Democrats take "
            "their votes for granted - come join us,\" he will say.")
    [said] = [t for t in triples(nlp, text) if t[1] == "say"]
    assert "Mr Blair and the Liberal Democrats take their votes for granted" in said[2]


# ---------------------------------------------------------------- "respectively" pairs the conjuncts one to one

def test_respectively_keeps_the_conjoined_subjects_together(nlp):
    text = ("Munster and Leinster have 12 and 11 players in the squad respectively while Jackman is the sole "
            "Connacht representative.")
    got = triples(nlp, text)
    assert ("Munster and Leinster", "have", "12 and 11 players in the squad") in got
    assert ("Munster", "have", "12 and 11 players in the squad") not in got


def test_respectively_keeps_the_conjoined_objects_together(nlp):
    text = ("In the North West and Yorkshire and the Humber, Halifax said prices rose by 3% and 1.2% in the two "
            "regions respectively during the month.")
    got = triples(nlp, text)
    assert ("prices", "rise by", "3% and 1.2%") in got
    assert ("prices", "rise by", "3%") not in got


def test_conjuncts_without_respectively_are_read_one_by_one(nlp):
    # negative: no pairing, each conjunct does it
    text = ("Celtic's Henri Camara and Nacho Novo of Rangers have both been suspended for offences missed by the "
            "referee in a recent Old Firm game.")
    subjects = [t[0] for t in triples(nlp, text) if t[1] == "be suspended for"]
    assert subjects == ["Celtic's Henri Camara", "Nacho Novo of Rangers"]


def test_a_concession_inside_a_quotation_is_the_speaker_s(nlp):
    # negative: inside the quotation the speaker's words go on
    text = ("\"It'll be good for us to get an early idea of some of these guys, although a lot can change between "
            "now and June,\" Umaga said.")
    [said] = [t for t in triples(nlp, text) if t[1] == "say"]
    assert said[2].endswith("although a lot can change between now and June")


def test_two_titles_of_one_name_are_no_next_subject(nlp):
    # negative: "chairman and chief executive Gene Kahn" is one man; what was said is not cut inside it
    text = ("Sources familiar with the deal said that negotiations between the two companies sped up after May's "
            "chairman and chief executive Gene Kahn resigned in January.")
    [said] = [t for t in triples(nlp, text) if t[1] == "say"]
    assert said[2].endswith("Gene Kahn resigned in January")


def test_a_name_set_off_before_a_bare_participle_is_no_subject(nlp):
    # negative: "now legally adopted" is no clause of Stan Lee's
    got = triples(nlp, "He assumed the \"dumb name\", Stan Lee, now legally adopted.")
    assert not [t for t in got if t[0] == "Stan Lee" and t[1] != "be"]


def test_a_quoted_clause_keeps_the_next_clause_of_the_quotation(nlp):
    text = ("\"Search engines are about discovering information for the first time and RSS is the ideal way to keep "
            "track of and monitor those sites,\" he said.")
    got = triples(nlp, text)
    assert ("RSS", "be", "the ideal way to keep track of and monitor those sites") in got
    assert ("he", "say", "Search engines are about discovering information for the first time and RSS is the ideal "
                         "way to keep track of and monitor those sites") in got
