"""Polarity, attribution and the pronoun speakers of negated rows (issue 16, session 12): real BBC sentences of
the dev pool (../shared/corpora/bbc-news), the exact triple kept and what must not be written."""
from __future__ import annotations

import pytest

from extract_helpers import extractions, resolved


def rows(text, nlp):
    """(subject, relation as written, relation lemma, object, negated, modality, speaker) of each
    extraction of ``text``."""
    return [(e.subject.text, e.relation, e.relation_lemma, e.object.text if e.object else None, e.negated,
             e.modality, e.speaker.text if e.speaker else None) for e in extractions(nlp, text)]


def resolved_rows(text, nlp):
    """(subject, subject entity, relation, object, negated, speaker entity) of each resolved triple of ``text``
    read as one article."""
    return [(t.subject, t.subject_entity, t.relation, t.object, t.negated, t.attributed_to)
            for t in resolved(nlp, text)]


# Each row: a real BBC sentence, the reading kg must make and one it must not (None: no such row).
READS = [
    # ---------------------------------------------------------------- "no N but to V": the one thing left to do
    # sport/sfa-awaits-report-over-mikoliunas: Dallas had to send him off
    ("Rangers' boss Alex McLeish accepted referee Dallas had no option but to send Prso off.",
     ("referee Dallas", "had no option but to send off", "have no option but to send off", "Prso", False, None, None),
     ("referee Dallas", "had", "have", "option", True, None, None)),
    # negative (sport/wenger-rules-out-new-keeper): "no plans to" (no "but") stays a denial
    ("And Wenger has no immediate plans to recall former England Under-21 international Stuart Taylor from his loan "
     "spell at Leicester.",
     ("Wenger", "has", "have", "immediate plans to recall former England Under-21 international Stuart Taylor from "
      "his loan spell at Leicester", True, None, None),
     ("Wenger", "has", "have", "immediate plans to recall former England Under-21 international Stuart Taylor from "
      "his loan spell at Leicester", False, None, None)),
    # ---------------------------------------------------------------- "cannot fail but V": V happens
    # entertainment/levy-takes-whitbread-novel-prize
    ('The judges called it "an impressive and readable piece of scholarship, which cannot fail but leave the reader '
     'moved and intrigued by this most tragic and likeable of queens".',
     ("an impressive and readable piece of scholarship", "leave", "leave", "the reader moved and intrigued by this most "
                                                                           "tragic and likeable of queens", False, None, None),
     ("an impressive and readable piece of scholarship", "can not fail", "fail", "the reader moved and intrigued by this "
                                                                                "most tragic and likeable of queens", True, "can", None)),
    # ---------------------------------------------------------------- a hedge after "…, so" is not the first clause's
    # tech/latest-opera-browser-gets-vocal: the browser does not work well with it, no "likely" about that
    ("But the browser does not yet work well with screen reader software often used by blind people, so its "
     "accessibility features are more likely to appeal to those with some residual vision.",
     ("the browser", "does not yet work well with", "work with", "screen reader software often used by blind people",
      True, None, None),
     ("the browser", "does not yet work well with", "work with", "screen reader software often used by blind people",
      True, "likely", None)),
    # negative: the clause after it keeps its own likelihood
    ("But the browser does not yet work well with screen reader software often used by blind people, so its "
     "accessibility features are more likely to appeal to those with some residual vision.",
     ("its accessibility features", "are more likely to appeal to", "be likely to appeal to",
      "those with some residual vision", False, "likely", None),
     None),
    # ---------------------------------------------------------------- an extent the negation falls on
    # business/disaster-claims-less-than-10bn: they had a short time, not no obligation
    ("But insurers have not had long to assess the economic impact of the damage and reports of more casualties and "
     "destruction are still coming through.",
     ("insurers", "have not had long to assess", "have to assess",
      "the economic impact of the damage", True, None, None),  # (the reports are the next clause's subject: s16)
     ("insurers", "have not had to assess", "have to assess",
      "the economic impact of the damage", True, None, None)),
    # entertainment/scissor-sisters-triumph-at-brits (a reader's comment): he comes, not close
    ("What about all the REAL artists out there over the last 25 years - the list is endless, but Robbie Williams "
     "doesn't even come close.",
     ("Robbie Williams", "does n't even come close", "come", None, True, None, None),
     ("Robbie Williams", "does n't even come", "come", None, True, None, None)),
    # ---------------------------------------------------------------- an adjective's phrase read to its end
    # politics/labour-in-constituency-race-row
    ("Ashok Vishwanathan of Operation Black Vote, which aims to increase ethnic minorities' participation in the "
     "political process and their representation, said the result again showed all-women shortlists were not "
     "effective in getting minority women selected.",
     ("all-women shortlists", "were not", "be", "effective in getting minority women selected", True, None,
      "Ashok Vishwanathan of Operation Black Vote"),
     ("all-women shortlists", "were not", "be", "effective in getting", True, None,
      "Ashok Vishwanathan of Operation Black Vote")),
    # ---------------------------------------------------------------- "…, he went on": a report
    # politics/more-reforms-ahead-says-milburn: the claim of Oliver Letwin (named two sentences before), not the writer's
    ("New Labour had failed on school discipline because it had not implemented serious reforms so that teachers "
     "could run schools, and which would give parents choice, he went on.",
     ("it", "had not implemented", "implement", "serious reforms", True, None, "he"),
     ("it", "had not implemented", "implement", "serious reforms", True, None, None)),
    # negative (politics/kennedy-criticises-unfair-taxes): "went on to V" says what he did next
    ("The chancellor went on to put up National Insurance contributions after the election.",
     ("The chancellor", "went on to put up", "go on to put up", "National Insurance contributions", False, None,
      None),
     None),
    # ---------------------------------------------------------------- a do-supported conjunct of an infinitive
    # tech/finding-new-homes-for-old-phones: they do not have the income (no wish of it)
    ("Older mobile phones are proving particularly useful in poorer nations where people want to use a mobile and "
     "keep in touch with friends and family but do not have the income to buy the most up to date model.",
     ("people", "do not have", "have", "the income to buy the most up to date model", True, None, None),
     ("people", "do not have", "have", "the income to buy the most up to date model", True, "wish", None)),
    # negative: the infinitive's own conjuncts stay wished
    ("Older mobile phones are proving particularly useful in poorer nations where people want to use a mobile and "
     "keep in touch with friends and family but do not have the income to buy the most up to date model.",
     ("people", "want to keep in touch with", "want to keep in touch with", "friends", False, "wish", None),
     ("people", "want to keep in touch with", "want to keep in touch with", "friends", False, None, None)),
]


@pytest.mark.parametrize("text,made,wrong", READS)
def test_reads(text, made, wrong, nlp):
    read = rows(text, nlp)
    assert made in read
    assert wrong is None or wrong not in read


# business/dublin-hi-tech-labs-to-shut-down: the "he said" closing a two-sentence quotation is Dempsey, who spoke
# before it; the quotation's own "He" (Ahern) is not its speaker
DEMPSEY = ('Noel Dempsey, the government\'s communications minister, said Mr Ahern had been "very committed" to the '
           'project. "He is, I know, very disappointed it has come to this. At the time it seemed to be the right '
           'thing to do," he said. "Unfortunately the model is not a sustainable one in the current climate."')

# politics/brown-hits-back-in-blair-rift-row: "He also said" after Mr Brown's three quoted sentences is Brown, not the
# Gershon of "the Gershon reforms"
BROWN = ('Under the plans, unveiled in the Gershon report, some 84,000 civil servants jobs will be axed or changed and '
         'the savings ploughed back into frontline services. Mr Brown said: "To be honest I don\'t think you can rely '
         'on his [Mr Baume\'s] judgement on this matter when it comes to the decisions that the government are making. '
         '"Mr Blair and I are making exactly the same decisions on civil service reforms. We are determined to go on '
         'with the Gershon reforms." He also said that as Mr Baume was never present at meetings between himself and '
         'the prime minister, he was not in a position to judge. ')


def test_quotation_closed_by_he_said_is_the_last_speaker(nlp):
    read = resolved_rows(DEMPSEY, nlp)
    assert ("the model", None, "is not", "a sustainable one in the current climate", True, "Noel Dempsey") in read
    assert ("the model", None, "is not", "a sustainable one in the current climate", True, "Bertie Ahern") not in read
    assert ("he", "Noel Dempsey", "said", "At the time it seemed to be the right thing to do", False, None) in read


def test_speaker_after_a_quotation_of_three_sentences(nlp):
    read = resolved_rows(BROWN, nlp)
    assert ("Mr Baume", "Baume", "was never", "present at meetings between himself and the prime minister", True,
            "Brown") in read
    assert ("Mr Baume", "Baume", "was never", "present at meetings between himself and the prime minister", True,
            "Gershon") not in read
