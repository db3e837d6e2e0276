"""Arguments that stop where their clause stops (issue 16, session 15): the wrong-object and
wrong-subject classes of the blind audits. Real BBC sentences (the engineers' pool): the exact
reading made, and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, readings

NEXT_REPORTS = [
    # the writer's next report, with a subject of its own, in the report's tense: what the first
    # speaker said ends before it, and the second report is not the first speaker's
    ("own-subject", "The Tories say the Lib Dems would make people pay more tax and Labour says the party's sums do "
                    "not add up.",
     ("The Tories", "say", "the Lib Dems would make people pay more tax", False, None, None),
     ("The Tories", "say", "the Lib Dems would make people pay more tax and Labour says the party's sums do not add up",
      False, None, None)),
    ("own-subject-not-the-first-speakers", "The Tories say the Lib Dems would make people pay more tax and Labour says "
                                           "the party's sums do not add up.",
     ("Labour", "says", "the party's sums do not add up", False, None, None),
     ("Labour", "says", "the party's sums do not add up", False, None, "The Tories")),
    ("own-subject-other-tense", "Mr Blair recently said the UK would only participate in EU-wide measures where it was "
                                "in UK interests but the Tories say he is surrendering a key veto.",
     ("the Tories", "say", "he is surrendering a key veto", False, None, None),
     ("the Tories", "say", "he is surrendering a key veto", False, None, "Mr Blair")),
    # the same verb of saying again, in another tense, sharing the reporter's subject
    ("said-again", "The EC says the Council of Ministers will adopt a draft version that was agreed upon last May but "
                   "said it would review \"all aspects of the directive\".",
     ("The EC", "says", "the Council of Ministers will adopt a draft version that was agreed upon last May", False, None,
      None),
     ("The EC", "says", "the Council of Ministers will adopt a draft version that was agreed upon last May but said it "
                        "would review \"all aspects of the directive\"", False, None, None)),
    ("has-said-and-said", "Mr Livingstone has said his comments may have been offensive to some, and said earlier this "
                          "week he would not apologise.",
     ("Mr Livingstone", "has said", "his comments may have been offensive to some", False, None, None),
     ("Mr Livingstone", "has said", "his comments may have been offensive to some, and said earlier this week he would "
                                    "not apologise", False, None, None)),
    # negative: a report in another tense may be part of what was said; left to the parse's reading
    ("other-tense", "Human rights groups say the code of conduct is not legally binding - but Mr Straw said it would be "
                    "given legal force by the laws of many EU countries.",
     ("Human rights groups", "say", "the code of conduct is not legally binding", False, None, None),
     ("it", "would be given legal force by", "the laws of many EU countries", False, "would", "Human rights groups")),
    # negative: a second "that" clause of the same report is part of what was said
    ("and-that", "Responding to the LSE's rebuff, Deutsche Boerse - whose market capitalisation is more than £3bn - said "
                 "it believed it could show its proposal offered benefits, and that it still hoped to make a cash bid.",
     ("it", "still hoped to make", "a cash bid", False, None, "Deutsche Boerse"),
     ("it", "still hoped to make", "a cash bid", False, None, None)),
    # negative: another verb of saying, with its own subject, may be part of what was said
    ("other-verb", "A party official said there was only scattered evidence of the Tories breaking the rules but people "
                   "had complained every day about Labour.",
     ("people", "had complained about", "Labour", False, None, "A party official"),
     ("A party official", "said", "there was only scattered evidence of the Tories breaking the rules", False, None,
      None)),
    # negative: the same verb again, but no finite verb of the reporter's
    ("saying-not-said", "He says he was not \"German-bashing\" but saying peace was the EU's founding aim.",
     ("He", "says", "he was not \"German-bashing\" but saying peace was the EU's founding aim", False, None, None),
     ("He", "says", "he was not \"German-bashing\"", False, None, None)),
    # negative: inside a quotation opened after the report, the speaker's words go on
    ("inside-a-quote", "Benitez said: \"I said to Steven that I was sure he wanted to stay here and he said 'I do'.",
     ("he", "said", "I do", False, None, "Benitez"),
     ("he", "said", "I do", False, None, None)),
]


@pytest.mark.parametrize("text,made,wrong", [case[1:] for case in NEXT_REPORTS], ids=[case[0] for case in NEXT_REPORTS])
def test_next_report_ends_the_reported_clause(nlp, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


RELATIVE_ANTECEDENTS = [
    # "which" never stands for a person: the noun right before it is meant
    ("which-not-a-person", "\"We started with infra-red because there are a huge number IR phones out there,\" said "
                           "Rachel Harker, spokeswoman for Hypertag which makes the technology fitted to the posters.",
     ("Hypertag", "makes", "the technology fitted to the posters", False, None, None),
     ("Rachel Harker", "makes", "the technology fitted to the posters", False, None, None)),
    # a name needs no "that" clause to say which: the clause is said of the noun the name is the setting of
    ("that-not-the-setting", "A bruising 55-3 defeat followed for Wales in Hamilton in 2003 as Hansen built towards the "
                             "World Cup, but in Australia it was a remarkable performance against the All Blacks that "
                             "gave his side renewed hope.",
     ("a remarkable performance against the All Blacks", "gave", "renewed hope", False, None, None),
     ("the All Blacks", "gave", "renewed hope", False, None, None)),
    # negative: after "of" the clause may be about the name
    ("that-after-of", "Briton's growing love of phones has also led to the creation of the Mobile Equipment National "
                      "Database that lets you register the unique ID number of your phone so it can be returned to you "
                      "in the event of it being lost or stolen.",
     ("the Mobile Equipment National Database", "lets", "you register the unique ID number of your phone", False, None,
      None),
     ("the creation of the Mobile Equipment National Database", "lets", "you register the unique ID number of your phone",
      False, None, None)),
]


@pytest.mark.parametrize("text,made,wrong", [case[1:] for case in RELATIVE_ANTECEDENTS],
                         ids=[case[0] for case in RELATIVE_ANTECEDENTS])
def test_relative_antecedent(nlp, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


CLAUSES_AFTER_A_CONJUNCTION = [
    # a conjunction the parser read as a preposition opens a clause: its "object" is that clause's subject
    ("as-clause", "A range of services in Wales were affected as civil servants in Wales joined the UK-wide strike.",
     ("civil servants in Wales", "joined", "the UK-wide strike", False, None, None),
     ("A range of services in Wales", "were affected as", "civil servants in Wales", False, None, None)),
    ("after-clause", "Sources familiar with the deal said that negotiations between the two companies sped up after May's "
                     "chairman and chief executive Gene Kahn resigned in January.",
     ("negotiations between the two companies", "sped up", None, False, None, "Sources familiar with the deal"),
     ("negotiations between the two companies", "sped up after", "chief executive Gene Kahn", False, None,
      "Sources familiar with the deal")),
    # negative: no finite verb after the phrase, a preposition
    ("as-a-role", "He has worked as election strategist for any number of Republicans as well and, more recently, "
                  "politicians from Mexico to Uruguay.",
     ("He", "has worked as", "election strategist for any number of Republicans", False, None, None), None),
    ("as-part-of", "Pension payments were halted and bank accounts frozen as part of austerity measures introduced by "
                   "the government to deal with the country's massive debts.",
     ("bank accounts", "frozen as part of", "austerity measures", False, None, None), None),
]


@pytest.mark.parametrize("text,made,wrong", [case[1:] for case in CLAUSES_AFTER_A_CONJUNCTION],
                         ids=[case[0] for case in CLAUSES_AFTER_A_CONJUNCTION])
def test_clause_after_a_conjunction(nlp, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


WHOLE_ARGUMENTS = [
    # a common noun the tagger took for a name still titles the name after it
    ("mistagged-title", "The Mary Poppins musical has been masterminded by theatre impresario Sir Cameron Mackintosh and "
                        "directed by Richard Eyre with choreography by Matthew Bourne.",
     ("The Mary Poppins musical", "has been masterminded by", "theatre impresario Sir Cameron Mackintosh", False, None,
      None),
     ("The Mary Poppins musical", "has been masterminded by", "theatre impresario", False, None, None)),
    ("mistagged-title-reading", "The Mary Poppins musical has been masterminded by theatre impresario Sir Cameron "
                                "Mackintosh and directed by Richard Eyre with choreography by Matthew Bourne.",
     ("Sir Cameron Mackintosh", "be", "theatre impresario", False, None, None),
     ("theatre impresario", "be", "Sir Cameron Mackintosh", False, None, None)),
    # a noun of capacity says next to nothing without the infinitive it is for
    ("capacity-for", "The technology has the potential to transmit hundreds of megabits of data per second.",
     ("The technology", "has", "the potential to transmit hundreds of megabits of data per second", False, None, None),
     ("The technology", "has", "the potential", False, None, None)),
    ("duty-for", "Organisations such as BT have a responsibility to help tackle the problem, said Mr Hosford.",
     ("Organisations such as BT", "have", "a responsibility to help tackle the problem", False, None, "Mr Hosford"),
     ("Organisations such as BT", "have", "a responsibility", False, None, "Mr Hosford")),
    # negative: a noun of a thing (no determiner) leaves the infinitive to the verb, its purpose
    ("thing-not-capacity", "The government has encouraged construction of new electricity generating capacity to solve "
                           "chronic energy shortages which forced many factories onto part-time working last year.",
     ("The government", "has encouraged", "construction of new electricity generating capacity", False, None, None),
     None),
    # negative: a verb of using takes the infinitive as its purpose, not as part of the object
    ("used-for", "The cardinal used a Christmas message to denounce the war in Iraq as a \"terrible\" waste of money.",
     ("The cardinal", "used", "a Christmas message", False, None, None),
     ("The cardinal", "used", "a Christmas message to denounce the war in Iraq as a \"terrible\" waste of money", False,
      None, None)),
    # a counted predicate names the coordinated subjects together
    ("counted-group", "Jet Airways and Air Sahara are the two companies that will benefit initially.",
     ("Jet Airways and Air Sahara", "are", "the two companies that will benefit initially", False, None, None),
     ("Air Sahara", "are", "the two companies that will benefit initially", False, None, None)),
    ("counted-group-lenders", "Citizens Bank and Canal Bank are the two lenders that were identified.",
     ("Citizens Bank and Canal Bank", "are", "the two lenders that were identified", False, None, None),
     ("Canal Bank", "are", "the two lenders that were identified", False, None, None)),
    # a personal pronoun takes no words before it: the phrase before it is no part of the subject
    ("bare-pronoun", "\"People want portability,\" she said, \"and with peer-to-peer they have 100% portability.\"",
     ("they", "have", "100% portability", False, None, "she"),
     ("peer-to-peer they", "have", "100% portability", False, None, "she")),
    # negative: "both winners" is said of each
    ("both-each", "Mike Leigh and Imelda Staunton were both winners at the 2004 Evening Standard British Film Awards.",
     ("Imelda Staunton", "were", "both winners", False, None, None), None),
]


@pytest.mark.parametrize("text,made,wrong", [case[1:] for case in WHOLE_ARGUMENTS], ids=[case[0] for case in WHOLE_ARGUMENTS])
def test_whole_arguments(nlp, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


def test_complement_of_an_infinitive_on_a_noun_is_no_fact(nlp):
    """"a responsibility to help tackle the problem": the responsibility tackles nothing."""
    from extract_helpers import extractions
    text = "Organisations such as BT have a responsibility to help tackle the problem, said Mr Hosford."
    read = {(e.subject.text, e.relation, e.uninformative) for e in extractions(nlp, text)}
    # (since session 24 "help tackle" is one relation, and no reading of the responsibility is made at all)
    assert not any(s == "a responsibility" and why is None for s, _, why in read)
    assert ("Organisations such as BT", "have", None) in read


def test_plain_pronoun_takes_no_words_before_it(nlp):
    """Only a personal pronoun used as one is cut to itself: not a reflexive set after a name, nor a
    pronoun quoted as a word with its own determiner."""
    from kg.extract.spans import is_plain_pronoun

    def word(text, w):
        return next(t for t in nlp(text) if t.text == w)

    assert is_plain_pronoun(word("\"People want portability,\" she said, \"and with peer-to-peer they have 100% "
                                 "portability.\"", "they"))
    assert not is_plain_pronoun(word("Mr Bez - himself a former executive at rival Porsche - said the new car was the "
                                     "company's \"most affordable car ever and makes the brand accessible\".", "himself"))
    assert not is_plain_pronoun(word("\"Broadband is putting the 'me' in media as it shifts power from institutions and "
                                     "into the hands of the individual,\" said John Craig.", "me"))
