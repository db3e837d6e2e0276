"""Subjects, session 29 (issue 16, `subjects`): a plural apposition set off after coordinated nouns describes them
all, never the first conjunct alone. Real sentences of the BBC pool, with the reading made and the one that must
not be."""
from __future__ import annotations

from extract_helpers import resolved, triples


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


# -- a quotation's "we"/"it" when the pronoun that speaks was found only after the reading -------------------------

def test_we_of_a_body_speaking_as_it_is_that_body(nlp):
    # tech/row-brewing-over-peer-to-peer-ads (judged wrong at the s28 confirmation: T086 "We" with no entity)
    text = ("Row brewing over peer-to-peer ads\n\n"
            "\"You may be surprised to know that current advertisers on the most popular peer to peer service eDonkey "
            "who now steadfastly support copyright theft with real cash money include Nat West, Vodafone, O2, First "
            "Direct, NTL, and Renault,\" he said in an open letter to the British Phonographic Industry last month.\n\n"
            "He urged people to follow his lead and 'dump' brands associated with companies such as eDonkey. The BPI is "
            "equally quick to condemn established brands becoming bedfellows with peer to peer networks. 'Networks like "
            "eDonkey, Kazaa and Grokster facilitate illegal filesharing. The BPI strongly believes that any reputable "
            "company should look carefully at the support they are giving these networks through their advertising "
            "revenue,\" it said in a statement. \"Illegal file-sharers steal millions of pounds worth of music through "
            "these services. We are sure that the companies advertising on them would not put up with theft on such a "
            "scale from their own businesses,\" it said.")
    got = [(t.subject, t.subject_entity, t.attributed_to) for t in resolved(nlp, text) if t.subject == "We"]
    assert got and all(entity == speaker == "British Phonographic Industry" for _s, entity, speaker in got)
    assert not any(entity is None for _s, entity, _a in got)  # never a bare "we"
