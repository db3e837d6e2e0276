"""Misparses of session 23 (issue 16): readings the parse hung on the wrong word — a "which" after a date read as
said of the date. Every sentence is from the BBC pool (/work/pool), each rule with the case it must still read."""
from __future__ import annotations

from extract_helpers import extractions


def facts(nlp, text, kinds=None):
    """(subject, relation_lemma, object) of every reading kg keeps as a fact (no ``uninformative`` label)."""
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None) for e in extractions(nlp, text)
            if e.uninformative is None and (kinds is None or e.kind in kinds)]


def test_a_which_after_a_date_is_said_of_the_clause(nlp):
    # subjects.is_which_after_a_date: the bail-out gave control to the creditors, not January 2004
    read = facts(nlp, "The firm avoided bankruptcy thanks to a $4.5bn bail-out in January 2004, which gave control to "
                      "the creditors.")
    assert not any(s == "January 2004" for s, _, _ in read)
    assert any(s == "The firm" and lemma == "avoid" for s, lemma, _ in read)
    read = facts(nlp, "This compares with $1.354 to the euro in late trading in New York on Friday, which was then a "
                      "record low.")
    assert ("Friday", "be", "a record low") not in read
    read = facts(nlp, "ITV also unveiled their festive season on Tuesday, which includes Stephen Fry in a remake of "
                      "Tom Brown's Schooldays.")
    assert not any(s == "Tuesday" for s, _, _ in read)
    assert ("ITV", "unveil", "their festive season") in read
    # what a date is, and what it saw, stay said of it; a "which" after a noun that is no date stays the noun's
    read = facts(nlp, "The film opened in 1999, which was also the year the band split.")
    assert ("1999", "be", "the year") in read
    read = facts(nlp, "Profits rose in 2004, which saw a record harvest.")
    assert ("2004", "see", "a record harvest") in read
    read = facts(nlp, "The Charles Manson murders, which saw the deaths of actress Sharon Tate and four of her friends, "
                      "shocked the US.")
    assert any(s == "The Charles Manson murders" and lemma == "see" for s, lemma, _ in read)


def test_in_order_to_is_no_argument(nlp):
    # clauses.is_in_order_to: the purpose is no object of the verb ("a car — works in — order to win races …")
    read = facts(nlp, "Players will have to understand how a car works in order to win races and the knowledge of "
                      "physics and engineering that they gather along the way will be done in a way that no text "
                      "book can teach.")
    assert not any(o and o.startswith("order") for _, _, o in read)
    read = facts(nlp, "Mr Hasson said the industry was predicting that developments costs and teams were likely to "
                      "need to double in order to cope with the demands of the new machines.")
    assert not any(o and o.startswith("order") for _, _, o in read)
    # written before its verb it is no object, and the clause keeps its reading
    read = facts(nlp, '"The [Lisbon] vision is a compelling one, but in order to do it society has to change," said '
                      'Paul Hofheinz of the Lisbon Council, a Brussels-based citizen action group.')
    assert any(s == "society" and lemma == "have to change" for s, lemma, _ in read)
    # an "order" with no clause of its own is a noun like any other
    read = facts(nlp, "The Australian Open organisers said the seeds would be placed in order of their world ranking.")
    assert any(lemma.startswith("be place") and o and o.startswith("order") for _, lemma, o in read)


def test_an_ing_verb_after_the_effort_someone_has_is_not_the_noun_s(nlp):
    # misreadings.is_effort_participle: the one who has the trouble or does the job does the "-ing" verb
    read = facts(nlp, '"It was an extraordinary time making the film and I can\'t believe what has happened this '
                      'morning," she said.')
    assert ("an extraordinary time", "make", "the film") not in read
    read = facts(nlp, "Hip-hop and rap are actually quite popular in the Spanish-speaking world, but local artists are "
                      "having trouble marketing their work abroad.")
    assert ("trouble", "market", "their work") not in read
    read = facts(nlp, "The government has enough problems funding schools and health services.")
    assert not any(s == "enough problems" for s, _, _ in read)
    # a noun that does the "-ing" verb stays its subject; a noun spent is the spender's
    read = facts(nlp, "Tony Blair has had the chance to tackle the problems facing Britain and has failed, Michael "
                      "Howard has said.")
    assert ("the problems", "face", "Britain") in read
    read = facts(nlp, "They can be called up for a total of 16 training days in addition to the recognised "
                      "international weeks for each of the years leading up to the next World Cup.")
    assert ("the years", "be lead up to", "the next World Cup") in read or any(
        s == "the years" and o == "the next World Cup" for s, _, o in read)
    read = facts(nlp, "Employers have spent billions of pounds propping up their final salary pensions.")
    assert any(s == "Employers" and o == "their final salary pensions" for s, _, o in read)
