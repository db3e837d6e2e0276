"""Pronouns given the wrong referent (issues 16/17, session 22 `pronouns`).

Each rule on a real passage of the BBC pool (or of session 21's blind audit): the pronoun's exact entity (or that it
stays unresolved), and the negative case.
"""
from __future__ import annotations

from test_pronoun_agreement import entity_of

from kg.resolve.coref import could_be_person, ends_in_a_body_word, may_be_a_person

BLOGGER = (  # tech/blogger-grounded-by-her-airline (session 21 blind audit, seed 62 T039: she → Delta Airlines)
    "Blogger grounded by her airline\n\n"
    "A US airline attendant is fighting for her job after she was suspended over postings on her blog, or online "
    "diary.\n\n"
    "Queen of the Sky, otherwise known as Ellen Simonetti, evolved into an anonymous semi-fictional account of life "
    "in the sky. But after she posted pictures of herself in uniform, Delta Airlines suspended her indefinitely "
    "without pay. Ms Simonetti was told her suspension was a result of \"inappropriate\" images. Delta Airlines "
    "declined to comment.")


# -- a name ending in a body's word is no he/she, in a fronted clause either ----------------------

def test_a_fronted_she_is_not_the_body_of_the_main_clause(nlp):
    assert entity_of(nlp, BLOGGER, "she posted") == "Ellen Simonetti"  # was Delta Airlines
    assert entity_of(nlp, BLOGGER, "her indefinitely") == "Ellen Simonetti"
    assert entity_of(nlp, BLOGGER, "Delta Airlines suspended") == "Delta Airlines"  # the airline stays itself


def test_a_fronted_pronoun_still_takes_the_person_after_it(nlp):
    text = ("Greg Kot of the Chicago Tribune perceived formula production. "
            "In his list for The Barnes & Noble Review, Robert Christgau named The Truth About Love a dud.")
    assert entity_of(nlp, text, "his list") == "Robert Christgau"
    text = ("Greg Kot of the Chicago Tribune perceived formula production. "
            "In her list for The Barnes & Noble Review, Robert Christgau named The Truth About Love a dud.")
    assert entity_of(nlp, text, "her list") != "Robert Christgau"  # a man's first name: her is not him


def test_body_word_names_are_no_persons():
    assert ends_in_a_body_word("Delta Airlines") and ends_in_a_body_word("Island Records")
    assert not could_be_person("Delta Airlines") and not may_be_a_person("Delta Airlines", "ORG")
    assert not ends_in_a_body_word("Trust") and not ends_in_a_body_word("Ellen Simonetti")
    assert could_be_person("Tods Murray")  # a firm named like a person: not this rule's
    assert may_be_a_person("Delta Airlines", "PERSON")  # the model's PERSON label is kept


# -- a body's name apposed inside a role's "of" phrase is no speaker -------------------------------

ELSPA = (  # tech/game-warnings-must-be-clearer (pool; He → ELSPA, the body labelled PERSON)
    "Ahead of Sunday's meeting in London, Ms Hewitt said she was proud of the UK's \"vibrant games industry\" but was "
    "concerned too many children were playing games which should only be sold to adults. Roger Bennett, head of "
    "gaming industry body ELSPA, said banning violent games would be wrong. He said: \"We don't want to go down that "
    "route. We have seen that the government is supportive of the industry.\"")


def test_a_body_named_inside_a_role_phrase_is_not_the_speaker(nlp):
    assert entity_of(nlp, ELSPA, "He said") == "Roger Bennett"  # was ELSPA
    from kg.resolve.mentions import clause_role
    doc = nlp("Roger Bennett, head of gaming industry body ELSPA, said banning violent games would be wrong.")
    assert clause_role(next(t for t in doc if t.text == "ELSPA"))[0] == "nmod"  # was subj: a speaker of "said"
    assert clause_role(next(t for t in doc if t.text == "Bennett"))[0] == "subj"


def test_an_apposition_of_the_subject_itself_keeps_its_role(nlp):
    from kg.resolve.mentions import clause_role
    doc = nlp("Phoebe Thomas played Cheryl Cassidy, Pauline's friend.")
    assert clause_role(next(t for t in doc if t.text == "Cassidy"))[0] == "obj"
    doc = nlp("The head of the company, Roger Bennett, said sales fell.")  # after a comma: the head's own name
    assert clause_role(next(t for t in doc if t.text == "Bennett"))[0] == "subj"


# -- an "it" never stands for a titled person ------------------------------------------------------

ESSEX = (  # politics/council-tax-rise-reasonable (pool; it → Sue Essex)
    "Council tax rise 'reasonable'\n\n"
    "Welsh councils should set their taxes at \"reasonable levels\" after being given an average funding increase "
    "of 6%, says the assembly government.\n\n"
    "Finance Minister Sue Essex said it was a \"good deal\" for local government. The £3.2bn settlement includes "
    "the \"full\" £7.4m from the UK Treasury announced by Chancellor Gordon Brown.")


def test_it_is_no_titled_person(nlp):
    assert entity_of(nlp, ESSEX, "it was a") is None  # was Sue Essex: the settlement is the good deal


def test_it_still_takes_the_body_that_reports_it(nlp):
    # business/microsoft-seeking-spyware-trojan; business/borussia-dortmund-near-bust (pool)
    text = ("Earlier this week, Microsoft said it would buy anti-virus software maker Sybari Software to improve its "
            "security in its Windows and e-mail software.")
    assert entity_of(nlp, text, "it would buy") == "Microsoft"
    text = "Rival Sony has said it will launch its first handheld console, the PSP, in the US and Europe."
    assert entity_of(nlp, text, "it will launch") == "Sony"


def test_a_name_apposed_to_the_subject_itself_stays_the_subject(nlp):
    # business/rescue-hope-for-borussia-dortmund (pool): the parser hangs "Molsiris" on "one", the subject
    text = ("On 14 March, one of these creditors - property investment fund Molsiris which owns the club's stadium - "
            "holds its AGM at which it will discuss the rescue plan.")
    assert entity_of(nlp, text, "its AGM") == "Molsiris"
