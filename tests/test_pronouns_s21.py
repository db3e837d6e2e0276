"""Pronouns given the wrong referent (issues 16/17, session 21 `pronouns`).

Each rule on a real passage of the BBC pool: the pronoun's exact entity (or that it stays unresolved), and the
negative case.
"""
from __future__ import annotations

from test_pronoun_agreement import entity_of

TEVEZ = (  # sport/tevez-an-argentine-in-brazil
    "Corinthians fans have invaded the dressing room or ambushed the team coach to attack the players. Tevez, then, "
    "can kiss tranquillity goodbye. He can also say farewell to the Copa Libertadores, South America's Champions "
    "League. Corinthians have not qualified. Indeed, he will have a long wait for a worthwhile match. Next year's "
    "Brazilian Championship only gets underway at the end of April. Until then he will have to make do with the "
    "foolish Sao Paulo State Championship, an appalling waste of his talent.")




def mention_of(nlp, text: str, at: str):
    from kg.resolve.mentions import find_mentions
    doc = nlp(text)
    i = text.index(at)
    return next((m for m in find_mentions(doc, "t") if m.start == i), None)


# -- a name that takes a verb in the plural is a group, no he/she ---------------------------------

def test_a_name_with_a_plural_verb_is_no_he(nlp):
    assert entity_of(nlp, TEVEZ, "he will have a long") == "Tevez"  # was Corinthians
    assert entity_of(nlp, TEVEZ, "he will have to make") == "Tevez"  # was Corinthians


def test_plural_verb_marks_only_a_whole_subject(nlp):
    assert mention_of(nlp, TEVEZ, "Corinthians have not").plural
    fans = "Tevez joined the club. Until last week, Corinthians' fans have been waiting for him."
    assert not mention_of(nlp, fans, "Corinthians'").plural  # a possessor inside the subject, no subject
    both = "Kenteris and Thanou have denied missing the tests. Kenteris said he was innocent."
    assert not mention_of(nlp, both, "Kenteris and").plural  # one of two joined names: the subject is both
    one = "Kenteris has denied missing the tests. He said he was innocent."
    assert not mention_of(nlp, one, "Kenteris has").plural
    assert entity_of(nlp, one, "He said") == "Kenteris"
    gap = ("However, Marc later overheard Nico and her boyfriend scheming, and after initially refusing to believe "
           "him, Wilhelmina set a trap for Nico.")  # GAP development-1218: "overheard" tagged VBP, a past
    assert not mention_of(nlp, gap, "Marc").plural


# -- a body the model labelled otherwise here is an organisation in reach of "…, it said" -------------

WIPRO = (  # business/wipro-beats-forecasts-once-again
    "Wipro beats forecasts once again\n\n"
    "Wipro, India's third-biggest software firm, has reported a 60% rise in profit, topping market expectations.\n\n"
    "Net income in the last quarter was 4.3bn rupees ($98m; £52m), against 2.7bn a year earlier. Profit had been "
    "forecast to be 4.1bn rupees. Wipro offers services such as call centres to foreign clients and has worked for "
    "more than half of the companies on the Fortune 500 list. Wipro said demand was strong, allowing it to increase "
    "the prices it charged.\n\n"
    "\"On the face of it, the results don't look very exciting,\" said Apurva Shah, an analyst at ASK-Raymond James. "
    "\"But the guidance is positive and pricing going up is good news.\" Third-quarter sales rose 34% to 20.9bn "
    "rupees. One problem identified by Wipro was the high turnover of its staff. It said that 90% of employees at its "
    "business process outsourcing operations had had to be replaced. \"We have to get that under control,\" said "
    "vice-chairman Vivek Paul.")

LAURA_ASHLEY = (  # business/laura-ashley-chief-stepping-down
    "Laura Ashley chief stepping down\n\n"
    "Laura Ashley is parting company with its chief executive Ainum Mohd-Saaid.\n\n"
    "Since 2002, Ms Tan has been managing director and chief executive of Metrojaya, one of the largest retail "
    "groups in Malaysia. Laura Ashley, which is due to issue its next trading statement in the next few weeks, has "
    "in recent months been hit by reports of poor sales. In October last year, it announced the closure of one of "
    "its two Welsh factories.")

LYCOS = (  # the rule's own case: one organisation in reach, written as such
    "In a statement from Lycos Europe, the company denied any fault. \"We have done nothing wrong,\" it said.")


def test_a_body_labelled_a_person_here_is_an_organisation_in_reach(nlp):
    assert entity_of(nlp, WIPRO, "It said that 90%") != "ASK"  # the analyst's firm; It is Wipro, labelled PERSON here
    assert entity_of(nlp, LAURA_ASHLEY, "it announced") != "Metrojaya"  # Laura Ashley, "which …", is in reach too


def test_the_one_organisation_still_speaks(nlp):
    assert entity_of(nlp, LYCOS, "it said") == "Lycos Europe"


def test_body_names():
    from kg.records import Mention
    from kg.resolve.coref import body_names
    wipro = [Mention("d", "Wipro", "ORG", 0, 5), Mention("d", "Wipro", "PERSON", 10, 15),
             Mention("d", "Rick Wagoner", "ORG", 20, 32), Mention("d", "Rick Wagoner", "PERSON", 40, 52, gender="m")]
    assert body_names(wipro) == {"wipro"}  # Rick: a man's first name, no body whatever one label says


# -- the one told something is not the one that says it -----------------------------------------------

ARGONAUT = (  # tech/games-maker-fights-for-survival
    "Argonaut called in administrators David Rubin & Partners on Friday to find a way to rescue the company from "
    "collapse. It spent the weekend going over the company's finances and concluded that the only way to save the "
    "business was to put it up for sale. The administrator told BBC News Online that the costs of restructuing would "
    "be too high, partly because of the overheads from the company's four premises across the UK. It said it was "
    "hopeful that it could save some 110 jobs by selling the business.")


def test_the_addressee_is_not_the_one_organisation_that_speaks(nlp):
    assert entity_of(nlp, ARGONAUT, "It said it was") is None  # was BBC News Online; It is the administrator
    assert mention_of(nlp, ARGONAUT, "BBC News Online").addressed
    lycos = "Lycos Europe told BBC News that it had done nothing wrong. \"We have done nothing wrong,\" it said."
    assert not mention_of(nlp, lycos, "Lycos Europe").addressed  # the teller speaks on


# -- a place that modifies a noun of no body acting for it is no "they" -----------------------------

CONSUMERS = (  # business/us-consumer-confidence-up
    "US consumer confidence up\n\n"
    "Consumers' confidence in the state of the US economy is at its highest for five months and they are optimistic "
    "about 2005, an influential survey says.")

GREY_VOTE = (  # politics/parties-warned-over-grey-vote
    "Parties warned over 'grey vote'\n\n"
    "Political parties cannot afford to take older UK voters for granted in the coming election, says Age Concern. "
    "A survey for the charity suggests 69% of over-55s say they always vote in a general election compared with just "
    "17% of 18 to 24 year olds.")


def test_a_place_modifying_a_noun_is_no_they(nlp):
    assert entity_of(nlp, CONSUMERS, "they are optimistic") is None  # was United States: they are the consumers
    assert entity_of(nlp, GREY_VOTE, "they always vote") is None  # was United Kingdom: the over-55s
    assert mention_of(nlp, CONSUMERS, "US economy").place_modifier


def test_a_place_modifying_its_team_is_still_they(nlp):
    squad = "Andy Robinson named the England side on Thursday, and they will face Ireland in Dublin."
    assert not mention_of(nlp, squad, "England side").place_modifier
    assert entity_of(nlp, squad, "they will") == "England"


# -- a group named before only as a possessor or in a phrase of a preposition is no "they" that goes on ---

SHARES = (  # business/saudi-ncci-s-shares-soar
    "Saudi NCCI's shares soar\n\n"
    "Shares in Saudi Arabia's National Company for Cooperative Insurance (NCCI) soared on their first day of trading "
    "in Riyadh.\n\n"
    "They were trading 84% above the offer price on Monday, changing hands at 372 riyals ($99; £53) after topping 400 "
    "early in the day.")

CONSERVATIVES = (  # politics/conservative-backing-for-id-cards
    "Despite giving their backing to ID cards, the Conservatives insisted they would hold ministers to account over "
    "the precise purpose of the scheme.\n\n"
    "They said they would also press Labour over whether objectives could be met.")


def test_a_possessor_before_is_no_they(nlp):
    assert entity_of(nlp, SHARES, "They were trading") is None  # was Saudi Arabia: they are the shares


def test_a_subject_before_is_still_they(nlp):
    assert entity_of(nlp, CONSERVATIVES, "They said") == "Conservative Party"


IRAN = (  # examples/articles/001_782b71356e619918 (the owner of the subject acts through it)
    "It comes after Iran's leaders were given chance after chance to negotiate in good faith.\n"
    "Now, only after losing their strategic upper hand, they're scrambling to reset the board, hoping America stays "
    "sidelined while Israel wipes out their nuclear infrastructure.")


def test_the_owner_of_the_subject_before_is_still_they(nlp):
    assert entity_of(nlp, IRAN, "they're scrambling") == "Iran"
    assert not mention_of(nlp, IRAN, "Iran's").aside
    assert mention_of(nlp, SHARES, "Saudi Arabia's").aside
    blues = "Desailly says there is no comparison between that side and the current Blues team."
    assert not mention_of(nlp, blues, "Blues").aside  # a noun of its team
    inuit = ("\"Don't you care about the Inuit?\", implored guitar-toting environmental campaigner Barry Lim. "
             "\"I don't care about them.")  # entertainment/poll-idols-face-first-hurdles: the verb's own phrase
    assert not mention_of(nlp, inuit, "Inuit").aside


# -- an "it" that a copula's judgement makes an act or a state of affairs is no firm -------------------

QANTAS = (  # business/qantas-considers-offshore-option
    "Unions reacted angrily to the reported disclosure, arguing that Qantas was profitable and did not need to take "
    "such action.\n\n"
    "\"Qantas announced a record profit last year and is on course this year for an even greater profit so it is "
    "totally unnecessary.\"")

WMC = (  # business/wmc-profits-up-amid-bid-criticism
    "It is currently arguing against an offer from Swiss Xstrata, which the firm raised to A$8.4bn last week after "
    "WMC said it was an undervaluation.")

ARGONAUT_CASH = (  # tech/games-maker-fights-for-survival
    "Argonaut warned that it was low on cash 10 days ago when its shares were suspended from trading on the London "
    "Stock Exchange.")


def test_an_it_judged_as_an_act_is_no_organisation(nlp):
    assert entity_of(nlp, QANTAS, "it is totally") is None  # was Qantas: it is the offshoring
    assert entity_of(nlp, WMC, "it was an undervaluation") is None  # was WMC: it is the offer


def test_an_it_said_of_a_firm_is_the_firm(nlp):
    assert entity_of(nlp, ARGONAUT_CASH, "it was low") == "Argonaut"
