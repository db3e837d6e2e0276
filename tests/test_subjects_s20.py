"""Subjects, session 20 (issue 16): a subject is a whole noun phrase or the reading goes — "the fact" keeps the
clause that says what the fact is, and a coordinated clausal subject whose verb has no words of its own is one
subject. Real sentences of the pool, with the reading made and the one that must not be."""
from __future__ import annotations

from extract_helpers import extractions, resolved


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


def test_the_fact_is_that_keeps_its_clause(nlp):
    # negative, politics (Mr Nattrass): "The fact is that …" has no clause of its own, so the clause after the copula
    # is not cut from anything: it is read on its own (the copula "The fact — is that — …" only labels it, and goes:
    # tests/test_informative_s28.py)
    read = kept(nlp, 'Mr Nattrass said: "The fact is that the EU benefits Germany but it does not benefit Britain."')
    assert ("the EU", "benefits", "Germany") in read
    assert not any(s == "The fact" for s, _r, _o in read)


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


def facts(nlp, text):
    """(subject, relation as written, object) of the resolved triples of ``text``."""
    return [(t.subject, t.relation, t.object) for t in resolved(nlp, text)]


def test_a_which_clause_after_a_list_of_titles_is_the_last_title_s(nlp):
    # entertainment (Casino Royale): the credits list three films; "which starred" is said of the last
    read = facts(nlp, "His film credits include Edge of Darkness, Vertical Limit and Beyond Borders, which starred "
                      "Angelina Jolie and Clive Owen.")
    assert ("Beyond Borders", "starred", "Clive Owen") in read
    assert not any(r == "starred" and s != "Beyond Borders" for s, r, _o in read)


def test_a_participle_after_a_list_is_the_last_conjunct_s(nlp):
    # entertainment (The Magic Roundabout): the BBC filmed Five Children and It, not Thunderbirds
    read = facts(nlp, "Recent years have seen a less-than-successful adaptation of the 1960s puppet show Thunderbirds "
                      "and a moderately successful version of E Nesbit's Five Children and It, previously filmed by the "
                      "BBC in 1991.")
    assert any(r == "be filmed by" and s.endswith("Five Children and It") for s, r, _o in read)
    assert not any(r == "be filmed by" and "Thunderbirds" in s for s, r, _o in read)


def test_a_plural_which_clause_after_a_list_is_said_of_all(nlp):
    # negative, tech (search tools): "which have both released" shows the plural — both released them
    read = facts(nlp, "Some of the latest to update their search systems are Ask Jeeves and Blinkx, which have both "
                      "released a series of utilities that try to help people get more from the web.")
    subjects = {s for s, r, _o in read if "released" in r}
    assert "Blinkx" in subjects and any(s.endswith("Jeeves") for s in subjects)


def test_a_which_of_what_a_clause_implies_has_no_noun_subject(nlp):
    # sport (Claxton): "which" is her preparing only for the hurdles, not the campaign
    read = kept(nlp, "For the first time, Claxton has only been preparing for a campaign over the hurdles - which could "
                     "explain her leap in form.")
    assert not any(r == "could explain" for _s, r, _o in read)
    assert any(s == "Claxton" and r == "has only been preparing for" for s, r, _o in read)
    # business (petrol prices): the scramble follows from the refinery issues, not from Texas
    read = kept(nlp, 'Ed Silliere, analyst at Energy Merchant, added: "Gasoline is up because of the refinery issues in '
                     'Texas, which means there will be a scramble for product in the (US) Gulf Coast."')
    assert not any(s == "Texas" and r == "means" for s, r, _o in read)


def test_a_which_that_means_a_noun_phrase_stays(nlp):
    # negative, politics (Opus Dei): the name means its translation
    read = kept(nlp, 'Her links to Opus Dei, which means "Work of God" in Latin, have provoked controversy.')
    assert any(s == "Opus Dei" and r == "means" for s, r, _o in read)
    # negative, politics (terror laws): the orders would mean house arrest
    read = kept(nlp, 'It proposes "control orders", which would mean house arrest in the most serious cases.')
    assert any(r == "would mean" and o == "house arrest" for _s, r, o in read)


def test_a_which_clause_hung_on_a_person_is_said_of_a_thing(nlp):
    # tech (displays): "which" never stands for a person — GfK monitors the markets, not John Binks
    read = facts(nlp, '"The UK is the largest display market in Europe," according to John Binks, director of GfK, '
                      'which monitors global consumer markets.')
    assert ("GfK", "monitors", "global consumer markets") in read
    assert not any(s == "John Binks" and r == "monitors" for s, r, _o in read)
    # entertainment (jazz sale): the trumpet is expected to fetch it, not Dizzy Gillespie
    read = facts(nlp, "Among the instruments in the sale will be a trumpet which belonged to Dizzy Gillespie, which is "
                      "expected to fetch around $500,000 (£267,000), as well as JJ Johnson's trombone.")
    assert any(s == "a trumpet" and r == "is expected to fetch" for s, r, _o in read)
    assert not any(s == "Dizzy Gillespie" and r == "is expected to fetch" for s, r, _o in read)
    # entertainment (tsunami gigs): the gig raised the money, not one of its stars
    read = facts(nlp, "It follows a Cardiff gig starring Eric Clapton, Keane and Jools Holland, which raised more than "
                      "£1.25m.")
    assert any(s == "a Cardiff gig" and r == "raised" for s, r, _o in read)
    assert not any(r == "raised" and s in {"Eric Clapton", "Keane", "Jools Holland"} for s, r, _o in read)


def test_a_plural_which_after_two_titles_stays_with_both(nlp):
    # negative, entertainment (remakes): "which were" is said of both cartoons; the comma rule for a person's
    # phrase ("John Binks, director of GfK, which …") does not take the list's last conjunct alone
    read = facts(nlp, "He-Man and Transformers, which were cartoon favourites in the 1980s, will soon receive their "
                      "own costly makeovers.")
    subjects = {s for s, r, _o in read if r == "were"}
    assert {"He-Man", "Transformers"} <= subjects


def test_a_which_said_of_each_of_a_list_stays_with_the_list(nlp):
    # negative, entertainment (Kasabian): "respectively" says it of each single, never of the last one alone
    read = facts(nlp, "Signed to the RCA record label, Kasabian tested the water with two singles, Club Foot and LSF, "
                      "which reached numbers 19 and 10 in the UK singles chart respectively.")
    assert not any(s == "LSF" and r == "reached" for s, r, _o in read)
    assert any(s.startswith("two singles") and r == "reached" for s, r, _o in read)


def test_the_fact_before_a_cleft_that_keeps_its_reading(nlp):
    # negative, entertainment (Mira Nair): "it was … the fact that he was born in India … - that gave him …"
    read = kept(nlp, '"As I got older and read it, I think it was Thackeray\'s clarity - his clear-sightedness about his '
                     'own society, the fact that he was born in India but came to England as a young man - that gave him '
                     'the eyes of an outsider, and yet he was an insider."')
    assert any(s.startswith("the fact that he was born in India") and r == "gave" for s, r, _o in read)
