"""Relations that keep their preposition (issue 16, session 23, `subjects`): real BBC sentences (the engineers'
pool), the exact reading made and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, readings


def spo(nlp, text):
    """(subject, relation, object) of each reading of ``text``."""
    return [r[:3] for r in readings(nlp, text)]


IDIOMS = [
    # a bare noun and the "to" the parse made the verb's dative: one predicate, the object after "to"
    ("paid-tribute", "Souness also paid tribute to Laurent Robert, who was at the heart of much of United's attacking "
                     "play.",
     ("Souness", "also paid tribute to", "Laurent Robert"),
     ("Souness", "also paid", "tribute")),
    ("giving-evidence", "Mr Cook, who is giving evidence to the Power inquiry into voter turnout rates, told BBC Radio "
                        "4's Today Programme it was not fair to blame the public.",
     ("Mr Cook", "is giving evidence to", "the Power inquiry"),
     ("Mr Cook", "is giving", "evidence")),
    ("set-light", "A poem written by Hendrix two weeks after his infamous appearance at the Monterey Festival where he "
                  "set light to his guitar went for £10,000.",
     ("he", "set light to", "his guitar"),
     ("he", "set", "light")),
    # negative: a noun with words of its own stays the object, its "to" an argument
    ("gave-the-money", "The charity gave the money to the victims of the floods.",
     ("The charity", "gave", "the money"),
     ("The charity", "gave the money to", "the victims of the floods")),
    # negative: the same noun after the preposition is a repetition (the sample article 001), not the phrase's object
    ("chance-after-chance", "It comes after Iran's leaders were given chance after chance to negotiate in good faith.",
     ("Iran's leaders", "were given", "chance"),
     ("Iran's leaders", "were given chance after", "chance to negotiate in good faith")),
]


@pytest.mark.parametrize("name,text,made,wrong", IDIOMS, ids=[c[0] for c in IDIOMS])
def test_bare_noun_and_its_dative_preposition(nlp, name, text, made, wrong):
    assert_reads(spo(nlp, text), made, wrong)


COMPOUNDS = [
    # a preposition of three words ("in favour of", "in line with", "in the wake of"): the relation takes it whole,
    # the object is what follows it
    ("in-favour-of", "MPs voted in favour of the Prevention of Terrorism Bill after Mr Clarke agreed to key changes - "
                     "but Labour's majority was reduced to 14.",
     ("MPs", "voted in favour of", "the Prevention of Terrorism Bill"),
     ("MPs", "voted in", "favour of the Prevention of Terrorism Bill")),
    ("in-line-with", "Shell said the pay-off was in line with Ms Boynton's contract.",
     ("the pay-off", "was in line with", "Ms Boynton's contract"),
     ("the pay-off", "was in", "line with Ms Boynton's contract")),
    ("in-the-wake-of", "Investigations carried out in the wake of Ms Hughes' resignation found more than 7,000 people "
                       "had entered the UK under the business visa scheme for Romanian and Bulgarian \"entrepreneurs\".",
     ("Investigations", "carried out in the wake of", "Ms Hughes' resignation"),
     ("Investigations", "carried out in", "the wake of Ms Hughes' resignation")),
    ("as-part-of", "Another Great Britain international, Louise Damen, finished third as part of the contingent "
                   "representing England.",
     ("Another Great Britain international", "finished third as part of", "the contingent"),
     ("Another Great Britain international", "finished third as", "part of the contingent")),
    # nor a light noun's preposition: the loan stays the object (business, Turkey's new lira)
    ("light-noun", "Turkey had to turn to the International Monetary Fund for financial assistance, accepting a $18bn "
                   "loan in return for pushing through a wide-ranging austerity programme.",
     ("Turkey", "be accepting", "a $18bn loan in return for pushing through a wide-ranging austerity programme"),
     ("Turkey", "be accepting a $ 18bn loan in", "return for pushing through a wide-ranging austerity programme")),
    # negative: a bare "in line" with no "with" after it is no such preposition, and stays as it was
    ("no-compound", "He stood in line for hours.",
     ("He", "stood in", "line"),
     None),
]


@pytest.mark.parametrize("name,text,made,wrong", COMPOUNDS, ids=[c[0] for c in COMPOUNDS])
def test_preposition_of_three_words(nlp, name, text, made, wrong):
    assert_reads(spo(nlp, text), made, wrong)


STRANDED = [
    # the noun's only verb is the "participle" the parse hung on it: its subject is a subject of nothing else
    # (tech, the MIT Media Lab: "it" is the subject of "is thought")
    ("fed-into", "Many concepts fed into science, engineering, and psychology as well as technology, but it is thought "
                 "too few of the ideas were commercially viable in the near-term.",
     ("Many concepts", "fed into", "science"),
     ("Many concepts", "be fed into", "science")),
    # politics (Kennedy on unfair taxes; judged blind in session 23's start sample: a passive reversed)
    ("discriminated", "On pensions, Mr Kennedy said it was a \"scandal\" that the system discriminated against women who "
                      "had missed making National Insurance payments when they were having children.",
     ("the system", "discriminated against",
      "women who had missed making National Insurance payments when they were having children"),
     ("the system", "be discriminated against",
      "women who had missed making National Insurance payments when they were having children")),
    # negative: a participle on its verb's one subject stays a passive
    ("saved-in", "Sites saved in this way can be arranged in folders and have notes attached to them to explain why they "
                 "were saved.",
     ("Sites", "be saved in", "this way"),
     ("Sites", "saved in", "this way")),
    ("aimed-at", "Games aimed at \"casual players\" are set to be even bigger in 2005, according to industry experts.",
     None,
     ("Games", "aimed at", "casual players")),
]


@pytest.mark.parametrize("name,text,made,wrong", STRANDED, ids=[c[0] for c in STRANDED])
def test_past_tense_of_a_stranded_subject(nlp, name, text, made, wrong):
    assert_reads(spo(nlp, text), made, wrong)
