"""Readings that say nothing, session 28 (issue 16): a copula whose unnamed subject only labels the clause after
it ("The central problem is that …"). Real sentences of the pool, with the reading kept and the one that must not
be."""
from __future__ import annotations

from extract_helpers import kept


def test_a_clause_labelled_by_its_subject_is_read_on_its_own(nlp):
    # tech (games review): no "The central problem — is that — …"; the clause itself is the reading
    read = kept(nlp, "The central problem is that the gameplay just is not good enough.")
    assert not any(subj == "The central problem" for subj, _r, _o, _m in read)
    assert any(subj == "the gameplay" and obj == "good enough" for subj, _r, obj, _m in read)
    # politics (EU referendum): "The reality" only introduces what Neil O'Brien says
    read = kept(nlp, 'Neil O\'Brien said: "The reality is that the government doesn\'t want to discuss the EU '
                     'constitution ahead of the election."')
    assert not any(subj == "The reality" for subj, _r, _o, _m in read)
    assert any(subj == "the government" and "discuss" in rel for subj, rel, _o, _m in read)


def test_one_of_a_plural_label_is_read_on_its_own(nlp):
    # tech (mobile music): "One of the problems" labels the clause just as "The problem" would
    read = kept(nlp, "One of the problems is that mobiles are used just for storage and playback.")
    assert not any(subj == "One of the problems" for subj, _r, _o, _m in read)
    assert any(subj == "mobiles" for subj, _r, _o, _m in read)


def test_a_label_with_an_owner_stays(nlp):
    # negative, tech (IPv6): "Our first goal" says whose goal the clause is: the reading stays
    read = kept(nlp, '"Our first goal is that it should make no difference."')
    assert any(subj == "Our first goal" and rel == "is that" for subj, rel, _o, _m in read)


def test_a_misread_clause_after_a_named_subject_stays(nlp):
    # negative, entertainment (Broadway): the parse hangs "hit" as a clause of "is"; the named subject's reading stays
    read = kept(nlp, "Singer and actor Harry Connick Jr is to star in a Broadway revival of 1950s hit musical "
                     "The Pajama Game.")
    assert any(rel == "is to star in" for _s, rel, _o, _m in read)


def test_a_verb_coordinated_with_a_permitted_infinitive_is_not_asserted(nlp):
    # politics (Kilroy-Silk): neither party let him join them and take over: no "him — take over — …"
    read = kept(nlp, "Neither the English Democrats nor the New Party were interested in letting him join them and "
                     "take over their leadership.")
    assert not any(rel == "take over" for _s, rel, _o, _m in read)
    # tech (rifle range): people are let come to hunt and shoot; that they shoot is not said
    read = kept(nlp, "Mr Underwood also lets people come in person to the ranch to hunt and shoot game animals.")
    assert not any(subj == "people" and rel == "shoot" for subj, rel, _o, _m in read)
    # negative: what the one who lets does is read, with what he lets as its object
    assert any(subj == "Mr Underwood" and rel == "also lets" for subj, rel, _o, _m in read)


def test_a_copula_with_its_own_complement_is_no_label(nlp):
    # negative, education (Linux in schools): "at the pilot stage" is what the copula says; the clause after "and"
    # hung on it by the parse does not make "The project" a label
    read = kept(nlp, "The project is still at the pilot stage and EduVision staff are on the ground to attend to "
                     "teething problems with the Linux-based system.")
    assert any(subj == "The project" and obj == "the pilot stage" for subj, _r, obj, _m in read)
    # negative, entertainment (Gunpowder Plot archives): "is likely to feature in" says something of its own
    read = kept(nlp, "That document is likely to feature in the exhibition the archives will put on next year as part "
                     "of a series of events across London to mark the 400th anniversary of Guy Fawkes' conspiracy.")
    assert any(subj == "That document" and "feature in" in rel for subj, rel, _o, _m in read)
