"""Subjects, session 19 (issue 16): words in quotation marks whose speaker was not found are nobody's claim and
are not written (they were kept with modality "quoted"); the same words with their speaker found stay, attributed.
Real passages of the pool."""
from __future__ import annotations

from extract_helpers import resolved


def facts(nlp, text):
    """(subject, relation as written, object, modality, speaker) of the resolved triples of ``text``."""
    return [(t.subject, t.relation, t.object, t.modality, t.attributed_to) for t in resolved(nlp, text)]


PFEIFER = ('"Everything is going digital," Kirsten Pfeifer from the Consumer Electronics Association, told the BBC '
           "News website. The Consumer Electronics Show (CES) featured the pick of 2005's products. ")


def test_a_quotation_with_no_speaker_found_is_not_written(nlp):
    # tech (CES): the prediction opens a new quotation after the reporter's own sentence; no speaker is found
    read = facts(nlp, PFEIFER + '"Consumers are controlling what they want and technologies like HDTVs '
                                "[high-definition TVs], digital radio, and digital cameras will remain strong in 2005.")
    assert not any(subj == "digital radio" for subj, _r, _o, _m, _b in read)
    assert not any(mod == "quoted" for _s, _r, _o, mod, _b in read)
    # the speech of the first quotation, whose speaker is named, stays
    assert any(subj.startswith("Kirsten Pfeifer") and rel == "told" for subj, rel, _o, _m, _b in read)


def test_words_with_their_speaker_named_stay(nlp):
    # negative, tech (Christmas gadgets): named at the quotation's end, the words are his
    read = facts(nlp, '"The iPod mini is likely to be this year\'s Tracey Island," said Mr Irish.')
    assert ("The iPod mini", "is", "likely to be this year's Tracey Island", None, "Mr Irish") in read
