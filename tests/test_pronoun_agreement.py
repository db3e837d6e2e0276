"""Pronouns left unresolved rather than given the wrong entity (issue 16/17, session 11 `pronouns`).

Each rule on a real passage of the BBC pool (../shared/corpora/bbc-news): the pronoun's exact entity, or that it stays
unresolved, and the negative case.
"""
from __future__ import annotations

from kg.analysis import analyse_articles
from kg.builder import resolve_analyses
from kg.records import Article, Mention
from kg.resolve.coref import called_it, first_name_gender, is_quantifier, people_of_a_place, surnames_of
from kg.terms import Vocabulary

OSCARS = (  # entertainment/british-stars-denied-major-oscars
    "Despite three nominations, Mike Leigh's Vera Drake failed to take the director or screenplay awards and there "
    "was no prize for star Imelda Staunton. Kate Winslet also lost to best actress Hilary Swank, while Clive Owen and "
    "Sophie Okonedo failed to win best supporting actor awards. The UK's Andrea Arnold won the short film award for "
    "her gritty drama Wasp.\n\n"
    "Arnold, who presented children's television shows Number 73 and Motormouth in the 1980s, said it was \"totally "
    "overwhelming\" to win. Wasp tells the story of a single mother living on the breadline, beating films by fellow "
    "UK nominees Gary McKendry and Ashvin Kumar.\n\n"
    "\"Everyone worked extremely hard - they know who they are,\" Arnold said as she accepted the prize.")


def entity_of(nlp, text: str, at: str, nth: int = 0) -> str | None:
    """The entity of the mention that starts the ``nth`` occurrence of phrase ``at`` in ``text``."""
    analyses = list(analyse_articles([Article("t", text)], nlp))
    _, _, resolution = resolve_analyses(analyses, Vocabulary())
    i = -1
    for _ in range(nth + 1):
        i = text.index(at, i + 1)
    return resolution.entity_at("t", i)


# -- a surname written alone is no first name -----------------------------------------------------

def test_a_womans_surname_that_is_a_mans_first_name_gives_no_gender(nlp):
    assert entity_of(nlp, OSCARS, "her gritty") == "Andrea Arnold"  # was Sophie Okonedo: "Arnold" read as a man
    assert entity_of(nlp, OSCARS, "she accepted") == "Andrea Arnold"  # was Ashvin Kumar


def test_a_lone_first_name_still_gives_its_gender():
    arnold = Mention("d", "Arnold", "PERSON", 0, 6)
    assert first_name_gender(arnold) == "m"  # "Arnold" alone, no full name ends with it: a man's first name
    assert first_name_gender(arnold, surnames_of([Mention("d", "Andrea Arnold", "PERSON", 10, 23)])) is None
    assert first_name_gender(Mention("d", "Andrea Arnold", "PERSON", 10, 23), {"arnold"}) is None  # Andrea: no gender
    assert surnames_of([Mention("d", "Arnold", "PERSON", 0, 6)]) == set()


# -- a quantifier is no person, and a "they" after one stays unresolved ----------------------------

KHODORKOVSKY = (  # business/russia-gets-investment-blessing
    "The Yukos saga is the most high-profile of the political risks to which Ms Hessel alludes. The company's "
    "founder and ex-chief executive, Mikhail Khodorkovsky, is in jail on trial for tax evasion and fraud. Many "
    "believe the real motive for his prosecution is that he threatened to use his wealth to set up a political "
    "alternative to President Vladimir Putin.")


def test_a_quantifier_subject_is_no_person_for_he(nlp):
    assert entity_of(nlp, KHODORKOVSKY, "he threatened") == "Mikhail Khodorkovsky"  # was "Many", typed PERSON
    assert entity_of(nlp, KHODORKOVSKY, "Many") is None
    assert is_quantifier("Many") and not is_quantifier("Springer")


def test_they_after_a_quantifier_subject_stays_unresolved(nlp):
    assert entity_of(nlp, OSCARS, "they know") is None  # was United Kingdom ("The UK's Andrea Arnold")
    assert entity_of(nlp, OSCARS, "they are") is None


def test_they_without_a_quantifier_subject_still_takes_its_group(nlp):
    text = ("Mike Ruddock paid tribute to his Wales side after they came from 15-6 down to beat France 24-18 in the "
            "Six Nations.")  # sport/wales-coach-elated-with-win
    assert entity_of(nlp, text, "they came") == "Wales"


# -- the accusative subject of a small clause is not its taker's subject ---------------------------

CLAPTON = (  # entertainment/u2-stars-enter-rock-hall-of-fame
    "Joining the ceremony at New York's Waldorf Astoria were legendary R&B star Bo Diddley, who performed with Eric "
    "Clapton and Robbie Robertson.\n\n"
    "Clapton, alongside BB King, also introduced fellow guitarist Buddy Guy and recalled seeing him play as a "
    "teenager in England.")


def test_him_of_a_small_clause_is_not_the_subject_who_sees_him(nlp):
    assert entity_of(nlp, CLAPTON, "him play") == "Buddy Guy"  # was Eric Clapton, who recalled seeing him
    assert entity_of(nlp, CLAPTON, "him play") != "Eric Clapton"


def test_a_nominative_subject_of_a_complement_is_still_the_one_who_says_it(nlp):
    # negative: "he" (not "him") heads a finite reported clause, and is free to be the reporter
    text = ("Mr Kinnock said he thought about the decision for \"quite a long time\" because he had long had "
            "reservations about the Lords.")  # politics/kinnock-to-urge-reform-in-lords
    assert entity_of(nlp, text, "he thought") == "Kinnock"


# -- the article's it/its and he/she agree -------------------------------------------------------

SHELL = (  # business/1m-payoff-for-former-shell-boss
    "$1m payoff for former Shell boss\n\n"
    "Shell is to pay $1m (£522,000) to the ex-finance chief who stepped down from her post in April 2004 after the "
    "firm over-stated its reserves.\n\n"
    "Judy Boynton finally left the firm on 31 December, having spent the intervening time as a special advisor to "
    "chief executive Jeroen van der Veer. In January 2004, Shell told shocked investors that its reserves were 20% "
    "smaller than previously thought. Shell said the pay-off was in line with Ms Boynton's contract. She was leaving "
    "\"by mutual agreement to pursue other career opportunities\", the firm said in a statement. The severance "
    "package means she keeps long-term share options, but fails to collect on a 2003 incentive plan since the firm "
    "has failed to meet the targets included in it.")


def test_what_the_article_calls_it_is_no_she(nlp):
    assert entity_of(nlp, SHELL, "She was") == "Judy Boynton"  # was Shell
    assert entity_of(nlp, SHELL, "she keeps") != "Shell"
    assert entity_of(nlp, SHELL, "her post") is None  # was Shell: no woman is named before it
    assert entity_of(nlp, SHELL, "its reserves") == "Shell"  # negative: the firm's own "its" stays


def test_what_the_article_calls_she_is_no_it(nlp):
    assert entity_of(nlp, OSCARS, "it was \"totally") is None  # was Andrea Arnold ("said it was … overwhelming")
    assert called_it("Shell", "ORG", {"Shell"}) and not called_it("Bat", "PERSON", {"Bat"})


# -- "they" after people: a coordination with a person, the paragraph before, a demonym -------------

JUDGES = (  # politics/iraqis-win-death-test-case-probe
    "Ministry of Defence lawyers argued the UK-controlled area of southern Iraq was outside European jurisdiction. "
    "But Lord Justice Rix and Mr Justice Forbes ruled that UK jurisdiction could extend to a UK-run prison, but did "
    "not apply \"to the total territory of another state\". They said as Mr Mousa was in custody when he died, his "
    "case came within the UK's jurisdiction.")
GIBSON = (  # entertainment/no-ads-for-passion-oscar-campaign
    "Producer Mel Gibson will not be using paid advertisements to promote The Passion of the Christ to voters in "
    "next year's Academy Awards.\n\n"
    "Gibson and his Icon Productions partner Bruce Davey said they would not be campaigning in print, radio or TV for "
    "success at the Oscars in February.")


def test_they_after_persons_joined_by_and_stays_unresolved(nlp):
    assert entity_of(nlp, JUDGES, "They said") is None  # was United Kingdom: the two judges of the sentence before
    assert entity_of(nlp, GIBSON, "they would") is None  # was Icon Productions: Gibson and his partner


GREEKS = (  # sport/greek-pair-attend-drugs-hearing
    "Greek pair attend drugs hearing\n\n"
    "Greek sprinters Kostas Kenteris and Katerina Thanou have appeared before an independent tribunal which will "
    "decide if their bans should stand.\n\n"
    "They were given provisional suspensions by athletics' ruling body the IAAF in December for failing to take drugs "
    "tests before the Athens Olympics.")


def test_they_is_no_country_a_demonym_names(nlp):
    assert entity_of(nlp, GREEKS, "They were") is None  # was Greece: the two sprinters
    assert entity_of(nlp, GREEKS, "their bans") != "Greece"
    assert people_of_a_place("NORP", "GPE") and not people_of_a_place("NORP", "ORG")  # "the Tories … they": the party


# -- "the latter" / "the former" left without an entity name no one ---------------------------------

def test_the_latter_without_an_entity_is_not_written(nlp):
    from kg.resolve.triples import is_bare_pronoun
    text = ("Japanese banking battle at an end\n\n"
            "Japan's Sumitomo Mitsui Financial has withdrawn its takeover offer for rival bank UFJ Holdings, enabling "
            "the latter to merge with Mitsubishi Tokyo.")  # business/japanese-banking-battle-at-an-end
    analyses = list(analyse_articles([Article("t", text)], nlp))
    triples, _, _ = resolve_analyses(analyses, Vocabulary())
    assert not [t for t in triples if "the latter" in {t.subject.casefold(), t.object.casefold()}]
    assert is_bare_pronoun("The latter") and is_bare_pronoun("the former")
    assert not is_bare_pronoun("the former chancellor")  # negative: a former office holder is a description


# -- a speaker is none of those his quotation names, in its earlier sentences too -------------------

KEANE = (  # sport/highbury-tunnel-players-in-clear
    "Arsenal's Patrick Vieira had earlier denied accusations that he threatened Gary Neville before the game.\n\n"
    "After the match, Keane accused Vieira of starting the row. \"Patrick Vieira is 6ft 4in and having a go at Gary "
    "Neville. So I said, 'have a go at me',\" he said. \"If he wants to intimidate our players and thinks that Gary "
    "Neville is an easy target, I'm not having it.\"")


def test_the_speaker_of_a_quotation_is_none_it_named_in_its_first_sentence(nlp):
    assert entity_of(nlp, KEANE, "he said") == "Keane"  # was Patrick Vieira, named in the quotation's first sentence
    assert entity_of(nlp, KEANE, "he wants") == "Patrick Vieira"  # negative: the quotation's "he" may be Vieira


def test_a_quotation_after_a_name_outside_quotes_is_a_new_one(nlp):
    # negative: "…," said an FA statement. … ends that quotation; what it named does not bar the next speaker
    from kg.resolve.coref import named_earlier_in_the_quotation
    p = Mention("d", "he", "PRON", 50, 52, 40, is_pronoun=True, speaks=True, reports_from=None)
    assert named_earlier_in_the_quotation(p, 1, [Mention("d", "Vieira", "PERSON", 0, 6, 0, quoted=True), p],
                                          [0, 1], [0, None]) == set()  # no report before "he": "He said: …"



def test_him_of_a_for_clause_or_under_a_common_noun_subject_may_be_that_man(nlp):
    # negatives of the small-clause rule: its own complementizer, or a subject that is no name
    text = ("Mr Blair has so far resisted calls for him to name the day but all parties have stepped up campaigning "
            "recently.")  # politics/blair-prepares-to-name-poll-date
    assert entity_of(nlp, text, "him to") == "Blair"
    text = ("Neil Kinnock has said his acceptance of a seat in the House of Lords will allow him to help \"achieve "
            "further progress with substantial democratic reform.\"")  # politics/kinnock-to-urge-reform-in-lords
    assert entity_of(nlp, text, "him to") == "Neil Kinnock"
