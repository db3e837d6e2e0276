"""Subjects, session 29 (issue 16, `subjects`): a plural apposition set off after coordinated nouns describes them
all, never the first conjunct alone. Real sentences of the BBC pool, with the reading made and the one that must
not be."""
from __future__ import annotations

from extract_helpers import triples


def appos(nlp, text):
    return triples(nlp, text, kinds={"appos"})


# -- "X and Y, two of the …": the apposition describes the coordination ----------------------------------------------

def test_plural_apposition_after_a_coordination_describes_them_all(nlp):
    # business/karachi-stocks-hit-historic-high (judged wrong at the s28 confirmation: T086 "energy — be — two of …")
    got = appos(nlp, "Pakistanis are now hoping that energy and telecoms, two of the strongest sectors in Pakistan, "
                     "draw some of the Arab money to the KSE.")
    assert ("energy and telecoms", "be", "two of the strongest sectors in Pakistan") in got
    assert ("energy", "be", "two of the strongest sectors in Pakistan") not in got
    # business/brewers-profits-lose-their-fizz
    got = appos(nlp, "Heineken and Carlsberg, two of the world's largest brewers, have reported falling profits after "
                     "beer sales in western Europe fell flat.")
    assert ("Heineken and Carlsberg", "be", "two of the world's largest brewers") in got
    assert ("Heineken", "be", "two of the world's largest brewers") not in got
    # a plural noun: business/eu-us-seeking-deal-on-air-dispute
    got = appos(nlp, "EADS and BAE Systems, the European defence and aerospace firms which own Airbus, welcomed "
                     "Mr Mandelson's announcement.")
    assert ("EADS and BAE Systems", "be", "the European defence and aerospace firms") in got
    assert ("EADS", "be", "the European defence and aerospace firms") not in got


def test_singular_apposition_after_a_coordination_stays_on_its_conjunct(nlp):
    # business/ukraine-trims-privatisation-check: the richest man is Akhmetov alone
    got = appos(nlp, "It was sold in June 2004 to a consortium that included Viktor Pinchuk, son-in-law of "
                     "former-President Kuchma, and Rinat Akhmetov, the country's richest man, for $800m.")
    assert ("Rinat Akhmetov", "be", "the country's richest man") in got
    assert not any(" and " in s for s, _r, _o in got)
    # politics/royal-couple-watch-nation-s-mood: ages, one each
    got = appos(nlp, "On Thursday night, Prince Charles, 56, and Mrs Parker Bowles, 57, hosted a dinner at Windsor "
                     "Castle.")
    assert not any(" and " in s for s, _r, _o in got)
