"""Subjects, session 20 (issue 16): a subject is a whole noun phrase or the reading goes — "the fact" keeps the
clause that says what the fact is, and a coordinated clausal subject whose verb has no words of its own is one
subject. Real sentences of the pool, with the reading made and the one that must not be."""
from __future__ import annotations

from extract_helpers import extractions


def kept(nlp, text):
    """(subject, relation as written, object) of the readings of ``text`` that are kept."""
    return [(e.subject.text, e.relation, e.object.text if e.object else None)
            for e in extractions(nlp, text) if e.uninformative is None]


def test_the_fact_keeps_its_clause_as_subject(nlp):
    # politics (Turkey and the EU): a clause with no "that", hung on "fact"
    read = kept(nlp, 'Leaving a Brussels summit Mr Blair said "the fact Turkey is a Muslim country does not mean it '
                     'should be barred".')
    assert ("the fact Turkey is a Muslim country", "does not mean", "it should be barred") in read
    assert not any(s == "the fact" for s, _r, _o in read)
    # business (shop opening on holidays): an intransitive clause after "that"
    read = kept(nlp, 'Usdaw general secretary John Hannett added: "Christmas Day and New Year\'s Day are special days '
                     'for everyone in Scotland and the fact that shops do not open is an important part of making them '
                     'special."')
    assert any(s == "the fact that shops do not open" and r == "is" for s, r, _o in read)
    assert not any(s == "the fact" for s, _r, _o in read)


def test_the_fact_whose_clause_does_not_reach_its_verb_is_no_subject(nlp):
    # business (UK economy): "so well" was hung on "suggests", so the fact's clause stops short of its verb
    read = kept(nlp, '"The fact that other services components are doing so well suggests to me that we are back to '
                     'trend (growth) and I am not particularly concerned about any further slowdown," said Ross Walker, '
                     'UK economist at RBS Financial Markets.')
    assert not any(s.lower().startswith("the fact") and r == "suggests" for s, r, _o in read)
    # negative: the speaker's own words stay, and so does "we — are back to — trend"
    assert any(r == "are back to" for _s, r, _o in read)
    # entertainment (Cosby): the fact's clause and a second clause glued onto "had had further contact with"
    read = kept(nlp, "He also said that the fact the woman waited a year before coming forward, and she had had "
                     "further contact with Cosby during that time, were also factors in his decision.")
    assert not any(s.lower().startswith("the fact") and "contact" in r for s, r, _o in read)


def test_the_fact_is_that_stays(nlp):
    # negative, politics (Mr Nattrass): "The fact is that …" has no clause of its own: the copula reading stays
    read = kept(nlp, 'Mr Nattrass said: "The fact is that the EU benefits Germany but it does not benefit Britain."')
    assert any(s == "The fact" for s, _r, _o in read)


def test_a_clausal_subject_with_a_bare_conjunct_is_one_subject(nlp):
    # business (tsunami): "up and running" — "running" has nothing of its own
    read = kept(nlp, "Getting companies and business up and running also may play a vital role in helping "
                     "communities recover from the weekend's events.")
    assert any(s == "Getting companies and business up and running" and r == "may play" for s, r, _o in read)
    assert not any(s in {"running", "Getting companies and business up"} for s, _r, _o in read)


def test_conjoined_clausal_subjects_with_their_own_words_still_split(nlp):
    # negative, politics (hunting): each gerund has its own object, each is a subject
    read = kept(nlp, "Although hunting with dogs is now a criminal offence, exercising hounds, chasing a scent trail and "
                     "flushing out foxes to be shot are still legal.")
    subjects = {s for s, r, _o in read if r == "are"}
    assert "exercising hounds" in subjects and "chasing a scent trail" in subjects


def test_the_fact_before_a_cleft_that_keeps_its_reading(nlp):
    # negative, entertainment (Mira Nair): "it was … the fact that he was born in India … - that gave him …"
    read = kept(nlp, '"As I got older and read it, I think it was Thackeray\'s clarity - his clear-sightedness about his '
                     'own society, the fact that he was born in India but came to England as a young man - that gave him '
                     'the eyes of an outsider, and yet he was an insider."')
    assert any(s.startswith("the fact that he was born in India") and r == "gave" for s, r, _o in read)
