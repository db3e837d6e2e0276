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
