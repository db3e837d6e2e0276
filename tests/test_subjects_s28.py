"""Subjects, session 28 (issue 16, `subjects`): a list the sentence names as a whole is one subject (or object), never
one member read as if alone. Real sentences of the BBC pool, with the reading made and the one that must not be."""
from __future__ import annotations

from extract_helpers import readings

from kg.extract.spans import is_the_only_ones


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
