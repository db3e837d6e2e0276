"""Subjects, session 30 (issue 16, `subjects`): a set noun that names the persons just coordinated ("the pair",
"the duo", "the two men", "both men") is read once per person, as a coordinated "they" is — never a subject with no
entity, and never persons it cannot mean. Real sentences of the BBC pool, with the reading made and the one that
must not be."""
from __future__ import annotations

from extract_helpers import resolved

from kg.resolve.triples import is_the_set_or_they


def subjects_of(nlp, text, lemma):
    return sorted((t.subject, t.subject_entity) for t in resolved(nlp, text) if t.relation_lemma == lemma)


# sport/iaaf-to-rule-on-greek-sprint-pair
DUO = ("Greek sprinters Kostas Kenteris and Katerina Thanou are expected to find out on Wednesday if they will be "
       "banned for missing drugs tests this summer.\n\nKenteris and Thanou could be suspended for up to two years. The duo withdrew from the Olympics after missing "
       "a test but claimed they had suffered a motorcycle crash.")
# tech/us-peer-to-peer-pirates-convicted
TWO_MEN = ("New Yorker William Trowbridge and Texan Michael Chicoine have pleaded guilty to charges that they "
           "infringed copyright by illegally sharing music, movies and software. The two men faced charges following "
           "raids in August on suspected pirates by the FBI.")
# politics/labour-s-election-love-in
PAIR = ("If press reports are to be believed, Alan Milburn and Gordon Brown have been at each other's throats over the "
        "contents of Labour's next election manifesto. But the pair were all smiles on Tuesday morning, as they "
        "joined John Prescott to unveil Labour's latest poster campaign.")


def test_the_duo_is_each_of_the_coordinated_persons(nlp):
    got = subjects_of(nlp, DUO, "withdraw from")
    assert got == [("The duo", "Katerina Thanou"), ("The duo", "Kostas Kenteris")]


def test_the_two_men_are_each_of_the_coordinated_persons(nlp):
    got = subjects_of(nlp, TWO_MEN, "face")
    assert got == [("The two men", "Michael Chicoine"), ("The two men", "William Trowbridge")]
    assert ("The two men", None) not in got


def test_the_pair_two_sentences_on_is_still_the_persons(nlp):
    got = subjects_of(nlp, PAIR, "be")
    assert ("the pair", "Alan Milburn") in got and ("the pair", "Gordon Brown") in got
    assert ("the pair", None) not in got


def test_a_set_of_another_size_is_not_the_coordination(nlp):
    # three persons named: "the pair" is not them (nor two of them)
    got = subjects_of(nlp, "Tony Blair, Gordon Brown and John Prescott met on Monday. The pair denied a rift.", "deny")
    assert got == [("The pair", None)]


def test_a_set_of_firms_is_no_person(nlp):
    # business/peugeot-deal-boosts-mitsubishi (shape): two bodies, not persons
    got = subjects_of(nlp, "Sony and Philips signed a deal. The two firms said they expect a final agreement.", "say")
    assert all(e is None for _s, e in got)


def test_another_person_named_between_keeps_the_set_unresolved(nlp):
    got = subjects_of(nlp, "Tony Blair and Gordon Brown met on Monday. John Prescott said nothing. "
                           "Both men denied a rift.", "deny")
    assert all(e is None for _s, e in got)


def test_only_the_whole_set_phrase_is_the_set():
    assert is_the_set_or_they("The pair", "pair") and is_the_set_or_they("both men", "men")
    assert is_the_set_or_they("they", "they") and not is_the_set_or_they("they and their lawyers", "they")
    assert not is_the_set_or_they("lawyers for the pair", "lawyers")
