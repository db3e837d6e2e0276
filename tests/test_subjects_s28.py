"""Subjects, session 28 (issue 16, `subjects`): a list the sentence names as a whole is one subject (or object), never
one member read as if alone; a he/she is not a name its own sentence sets apart from it, nor a speaker of the other
gender. Real sentences of the BBC pool, with
the reading made and the one that must not be."""
from __future__ import annotations

from extract_helpers import readings, resolved

from kg.extract.spans import is_the_only_ones
from kg.resolve.mentions import fronted_for
from kg.resolve.triples import speaker_of_the_other_gender


def read(nlp, text):
    return [(s, r, o) for s, r, o, *_ in readings(nlp, text)]


# -- "X and Y are the only …": the copula names the whole set ------------------------------------------------------

def test_coordinated_subjects_of_the_only_ones_are_one_subject(nlp):
    # entertainment/spark-heads-world-booker-list
    got = read(nlp, "McEwan and Margaret Atwood are the only nominees to have previously won the main Booker Prize.")
    assert ("McEwan and Margaret Atwood", "are", "the only nominees to have previously won the main Booker Prize") in got
    assert not any(s in {"McEwan", "Margaret Atwood"} for s, _r, _o in got)  # neither is "the only nominees" alone
    # tech/mobiles-rack-up-20-years-of-use
    got = read(nlp, "Cellnet and Vodafone were the only mobile phone operators in the UK.")
    assert ("Cellnet and Vodafone", "were", "the only mobile phone operators in the UK") in got
    assert not any(s == "Vodafone" for s, _r, _o in got)
    # sport/a-year-to-remember-for-irish
    got = read(nlp, "Those two reverses and the 35-17 flop against France, were the only dark patches in an otherwise "
                    "excellent 12 months.")
    assert ("Those two reverses and the 35-17 flop against France", "were",
            "the only dark patches in an otherwise excellent 12 months") in got
    assert not any(s == "the 35-17 flop against France" for s, _r, _o in got)


def test_the_only_ones_named_as_a_list_are_one_object(nlp):
    # tech/hollywood-campaign-hits-websites (judged wrong in s27: T008, T059, T021, T028)
    got = read(nlp, "The only parts that would keep going, said the operators of the Suprnova site, were the "
                    "discussion forums and net chat channels.")
    assert ("The only parts that would keep going", "were", "the discussion forums and net chat channels") in got
    assert ("The only parts that would keep going", "were", "the discussion forums") not in got
    assert ("The only parts that would keep going", "were", "net chat channels") not in got


def test_a_list_without_the_only_ones_still_splits(nlp):
    # what is said of each stays one triple each: "Seven London-based companies and an eighth Paris firm have been
    # given up to 30 days" (entertainment/spears-seeks-aborted-tour-payment), and a copula with no "only"
    got = read(nlp, "Doris Lessing and Ian McEwan have also been nominated.")
    assert ("Doris Lessing", "have also been nominated", None) in got or any(s == "Doris Lessing" for s, _r, _o in got)
    assert any(s == "Ian McEwan" for s, _r, _o in got)
    got = read(nlp, "Cellnet and Vodafone were popular mobile phone operators in the UK.")
    assert any(s == "Vodafone" for s, _r, _o in got)
    assert not any(s == "Cellnet and Vodafone" for s, _r, _o in got)
    # "only" elsewhere is no set: "The only Ireland player offering a real threat was O'Driscoll", "only a problem"
    doc = nlp("The only Ireland player offering a real threat was O'Driscoll, and it was his break that set up the try.")
    assert not any(is_the_only_ones(t) for t in doc)
    doc = nlp('"A lot of people thought that design and usability was only a temporary problem because broadband was '
              'taking off," he said.')  # tech/a-decade-of-good-website-design
    assert not any(is_the_only_ones(t) for t in doc)


# -- a he/she whose own sentence says who it is not, or whom it goes on about ----------------------------------------

CUNNINGHAM = (  # politics/jack-cunningham-to-stand-down
    "Jack Cunningham to stand down\n\n"
    "Veteran Labour MP and former Cabinet minister Jack Cunningham has said he will stand down at the next election.\n\n"
    "One of the few Blair-era ministers to serve under Jim Callaghan, he was given the agriculture portfolio when "
    "Labour regained power in 1997.")

CLARKE = (  # politics/clarke-plans-migrant-point-scheme
    "Clarke plans migrant point scheme\n\n"
    "Anyone planning to move to the UK will have to pass a test to prove they can contribute to the country, Home "
    "Secretary Charles Clarke has said.\n\n"
    "He is proposing a points system similar to Australia's but would avoid the quota system planned by the Tories. "
    "Mr Clarke, who will unveil his plans on Monday, said economic migration helped the UK but \"needed proper "
    "policing\". The Lib Dems say they will look at his plans, but Tory Liam Fox said his party offered a \"clear "
    "choice\" on the issue.\n\n"
    "The home secretary said, by 2008, he wanted everyone given a visa and entering the UK to have their fingerprints "
    "taken. Speaking on BBC One's Breakfast with Frost, he said \"economic migrants are of great value to this "
    "country\", but stressed that proper policing was needed.")

COSBY = (  # entertainment/no-charges-against-tv-s-cosby
    "Cosby's lawyer, Walter M Phillips Jr, said the comedian was pleased with the decision.\n\n"
    "He also said that the fact the woman waited a year before coming forward, and she had had further contact with "
    "Cosby during that time, were also factors in his decision.")


def subjects_of(nlp, text, relation):
    return {(t.subject, t.subject_entity) for t in resolved(nlp, text) if t.relation == relation}


def test_a_name_in_a_phrase_that_says_who_the_he_is_is_someone_else(nlp):
    # he is the minister who served under Callaghan, never Callaghan (was: he → Jim Callaghan)
    assert subjects_of(nlp, CUNNINGHAM, "was given") == {("he", "Jack Cunningham")}
    doc = nlp(CUNNINGHAM.split("\n\n")[-1])
    assert fronted_for(next(t for t in doc if t.text == "Callaghan")).text == "he"
    doc = nlp("The son of actress Doris Day, he helped write Kokomo for the Beach Boys, which was used in the movie "
              "Cocktail, earning a 1988 Golden Globe nomination.")  # entertainment/byrds-producer-melcher-dies-at-62
    assert fronted_for(next(t for t in doc if t.text == "Day")).text == "he"


def test_a_name_the_fronted_phrase_does_not_set_apart(nlp):
    def fronted(text, name):
        return fronted_for(next(t for t in nlp(text) if t.text == name))

    assert fronted('"But here\'s old Ken - he\'s been crass, he\'s been insensitive."', "Ken") is None  # he is Ken
    assert fronted('"The way John is looking at things, he is aiming to build his side around the experienced lads."',
                   "John") is None  # John is the subject of the phrase's own clause
    assert fronted("Following the fascination with the writing of Salam Pax - not his real name - he began a regular "
                   "column in The Guardian newspaper.", "Pax") is None  # a preposition's phrase: he is Salam Pax
    assert fronted("He told the BBC that after meeting Tony Blair he was hopeful.", "Blair") is None  # not fronted


def test_a_name_where_the_he_speaks_is_not_the_he(nlp):
    # "Speaking on BBC One's Breakfast with Frost, he said …": he speaks on the programme, he is not Frost (was: Frost)
    assert not any(s == "he" and e == "Frost" for s, e in subjects_of(nlp, CLARKE, "said"))
    doc = nlp(CLARKE.split("\n\n")[-1])
    assert fronted_for(next(t for t in doc if t.text == "Frost")).text == "he"


def test_a_she_in_what_a_man_reports_is_not_him(nlp):
    read = [(t.subject, t.subject_entity) for t in resolved(nlp, COSBY)]
    assert ("she", "Walter M Phillips Jr") not in read  # was: the woman's contact given to the lawyer who reports it
    assert not any(s == "she" for s, _e in read)  # a bare "she" is no one's fact
    assert speaker_of_the_other_gender("she", "He", "Walter M Phillips Jr")
    assert not speaker_of_the_other_gender("he", "He", "Walter M Phillips Jr")
    assert not speaker_of_the_other_gender("she", "Ms Hutt", "Jane Hutt")
