"""Subjects, session 16 (issue 16): a triple's subject is one noun phrase of its own clause — never words run
over a clause boundary, never a clause cut from the word that makes it a subject, never a time glued to a
name, never a title cut from the name after it (kg/extract/subjects.py, kg/extract/clauses.py). Real
sentences of the pool, with the reading made (a fact: a triple of the graph) and the one that must not be."""
from __future__ import annotations

import pytest

from extract_helpers import extractions


def facts(nlp, text):
    """(subject, relation_lemma, object) of the readings that become triples (no ``uninformative`` mark)."""
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None)
            for e in extractions(nlp, text) if e.uninformative is None]


SUBJECTS = [
    # (id, sentence, a triple made, a triple that must not be made)
    ("subordinate-clause-inside-the-subject",  # tech (bittorrent): no comma after the "when" clause
     "When big files were being shared moderation systems were key, said Mr Pouwelse.",
     ("Mr Pouwelse", "say", "When big files were being shared moderation systems were key"),
     ("When big files were being shared moderation systems", "be", "key")),
    ("finite-clause-read-as-clausal-subject",  # politics (Howard on police commissioners)
     'Mr Howard said the authorities were not "providing the local accountability that we want to see" and that '
     "elected police commissioners would be more visible.",
     ("the authorities", "provide", "the local accountability"),
     ('the authorities were not "providing the local accountability', "be", "more visible")),
    ("finite-clause-read-as-clausal-subject-conjunct",  # the same sentence: its conjunct is no subject either
     'Mr Howard said the authorities were not "providing the local accountability that we want to see" and that '
     "elected police commissioners would be more visible.",
     None, ("that elected police commissioners", "be", "more visible")),
    ("finite-clause-after-a-comma-read-as-subject",  # politics (Brown's first Budget, quoted)
     'He added: "I would like to be able to do more, and over time I am sure we will be able to do more, but at the '
     "start, we have got to recognise there is a limit to what we can do in one go, in our first Budget.",
     ("we", "be able to do", "more"), ("at the start, we have got to recognise", "be", "a limit to what we can do in one go")),
    ("a-subject-conjunct-before-a-clause-keeps-its-reading",  # negative, tech (China net cafes): each subject alone
     "Laws on net cafe opening hours and who can use them were introduced in 2002 following a fire at one cafe that "
     "killed 25 people.",
     ("Laws on net cafe opening hours", "be introduced in", "2002"), None),
    ("an-if-clause-around-a-gerund-subject",  # negative, entertainment (Franz Ferdinand): "if" is not the subject's
     '"I don\'t know if having tea with politicians is always a good idea."',
     None, ("if having tea with politicians", "be", "a good idea")),
    ("a-wh-clause-subject-stays",  # negative, politics: a real clausal subject
     '"What we are proposing is a civic commons," said Ms Jowell.',
     ("What we are proposing", "be", "a civic commons"), None),
    ("a-gerund-subject-stays",  # negative, tech
     "Finding information of our own computers is becoming as difficult as it is to find the relevant webpage "
     "amongst the billions that exist.",
     ("Finding information of our own computers", "become",
      "as difficult as it is to find the relevant webpage amongst the billions that exist"), None),
    ("whether-clause-subject-keeps-whether",  # politics (Blair on his future): the clause is no assertion
     "Whether he still had something to offer, he said, was a judgement for people to make.",
     ("Whether he still had something to offer", "be", "a judgement for people to make"),
     ("he still had something to offer", "be", "a judgement for people to make")),
    ("weekday-before-a-courtesy-title",  # politics (Straw on the EU arms embargo)
     "Britain has been more cautious on the issue, but on Wednesday Mr Straw said he also wanted it to end.",
     ("Mr Straw", "say", "he also wanted it to end"), ("Wednesday Mr Straw", "say", "he also wanted it to end")),
    ("preposition-and-weekday-before-a-title",  # business (Ukraine renationalisation)
     "But on Wednesday Prime Minister Yulia Tymoshenko said the government was planning to renationalise 3,000 firms.",
     ("Yulia Tymoshenko", "be", "Prime Minister"), ("Yulia Tymoshenko", "be", "on Wednesday Prime Minister")),
    ("time-adverb-before-a-name",  # politics (licensing plans)
     "Earlier Tony Blair defended the plans against criticism from one of his own backbenchers.",
     ("Tony Blair", "defend", "the plans against criticism from one of his own backbenchers"),
     ("Earlier Tony Blair", "defend", "the plans against criticism from one of his own backbenchers")),
    ("a-paper-named-for-a-day-stays",  # negative, business: the day is the paper's name
     "The Sunday Telegraph said the LSE's plan was further evidence it wants to retain tight control over its destiny.",
     ("The Sunday Telegraph", "say", "the LSE's plan was further evidence it wants to retain tight control over its "
                                     "destiny"), None),
    ("title-before-a-name-typed-as-a-law",  # entertainment (People's Choice awards)
     "Film sequel Shrek 2 took three prizes - voted top animated movie, top film comedy and top sequel.",
     ("Shrek 2", "take", "top sequel"), ("Film sequel", "take", "top sequel")),
    ("title-before-a-name-typed-as-a-place",  # politics headline
     "Ex-PM Lord Callaghan dies aged 92",
     None, ("Ex-PM", "die", "aged 92")),
    ("fronted-participle-of-an-inverted-be",  # entertainment (Harry Potter DVD review)
     "Gone are the warm, bright colours found in the two earlier films, Alfonso Cuaron brings in a bleak and cold feel "
     "that is simply gorgeous - and looks even better here than in the cinema.",
     ("the warm, bright colours", "be found in", "the two earlier films"),
     ("Gone", "be", "the warm, bright colours")),
    ("a-gerund-subject-before-its-verb-stays",  # negative, tech (mobile games)
     "Winning gives cash for upgrades.", ("Winning", "give cash for", "upgrades"), None),
    ("participle-tagged-as-past-after-its-noun-stays",  # negative, entertainment (Berlin festival)
     "A South African film version of Bizet's tragic opera Carmen shot in Cape Town in the Xhosa language has also "
     "premiered at the Berlin Festival.",
     ("A South African film version of Bizet's tragic opera Carmen shot in Cape Town in the Xhosa language",
      "premier at", "the Berlin Festival"), None),
    ("clause-inside-a-prepositional-phrase-stays",  # negative, tech (China net use)
     "Government restrictions on how much advertising can appear on television means that the net is a source of many "
     "commercial messages Chinese people would not see anywhere else.",
     ("Government restrictions on how much advertising can appear on television", "mean",
      "the net is a source of many commercial messages Chinese people would not see anywhere else"), None),
    ("first-name-read-as-a-modal",  # entertainment (Brit awards)
     "Will Young won the best single prize for Your Game.",
     ("Will Young", "win", "the best single prize for Your Game"), ("Young", "win", "the best single prize for Your Game")),
    ("first-name-read-as-a-modal-before-a-speaker",  # tech (IPPR "civic commons")
     '"What we are proposing is a civic commons," Will Davies, senior research fellow at the IPPR told the BBC News '
     "website.",
     ("Will Davies", "be", "senior research fellow at the IPPR"), ("Davies", "be", "senior research fellow at the IPPR")),
    ("linking-adverb-opening-the-sentence",  # politics (council tax for pensioners)
     "Instead households where council tax payers are over 65 would get a rebate covering half their bill, up to a "
     "maximum of £500.",
     ("households", "get", "a rebate covering half their bill"), ("Instead households", "get", "a rebate covering half their bill")),
    ("linking-adverb-before-a-name",  # politics (asylum)
     'Meanwhile Mark Oaten, Liberal Democrat home affairs spokesman, said: "This is another worrying step in the war '
     'of words over asylum and immigration between Labour and the Conservatives."',
     ("Mark Oaten", "be", "Liberal Democrat home affairs spokesman"),
     ("Meanwhile Mark Oaten", "be", "Liberal Democrat home affairs spokesman")),
    ("sure-of-make-sure",  # tech (Suprnova)
     "By contrast moderators on Suprnova made sure files being shared were high quality.",
     ("files", "be", "high quality"), ("sure files", "be", "high quality")),
    ("sure-without-make-stays",  # negative, entertainment (Oscars): "pretty sure" opens no subject
     "\"I'm pretty sure this is the year of The Aviator, though my own choice would be Sideways,\" said the Observer's "
     "Philip French.",
     ("this", "be", "the year of The Aviator"), None),
    ("reporting-participle-read-as-clausal-subject",  # business (WTO report; the brief's "adding such seismic changes")
     "It added that the impact of the changes for workers most affected by the shake-up had not been considered, adding "
     'such seismic changes to policy should "put the interests of poor people first - rather than simply aiming to '
     'liberalise markets at any cost".',
     None, ("adding such seismic changes to policy", "put", "the interests of poor people")),
    ("reporting-participle-read-as-clausal-subject-of-a-denial",  # politics (Brown and Blair)
     "The prime minister denied all that as well, repeating his insistence that it was inconceivable the economy and "
     "the chancellor would not be at the centre of the election campaign.",
     None, ("repeating his insistence that it was inconceivable", "be at", "the centre of the election campaign")),
    ("a-gerund-subject-of-the-main-verb-stays",  # negative, tech (Apple mini): the sentence's own verb
     "If you don't already have a monitor etc, adding them to the package sees the value for money begin to dwindle.",
     ("adding them to the package", "see", "the value for money begin to dwindle"), None),
    ("a-free-relative-subject-stays",  # negative, politics (adult literacy)
     '"Employers and business leaders have repeatedly voiced concern over the number of school-leavers without these '
     'basic skills, but all the government have offered is more talk."',
     ("all the government have offered", "be", "more talk"), None),
    ("a-gerund-subject-after-a-comma-stays",  # negative, tech (spam): no verb of saying
     '"Without casting aspersions, those likely to respond to these kind of adverts will be invariably hoping that \'one '
     "thing leads to another' but aside from the fact that these mails are bogus, clicking on any link within a spam "
     'mail can lead to a whole host of unwanted problems," said Alyn Hockey, Clearswift\'s director of research.',
     ("clicking on any link within a spam mail", "lead to", "a whole host of unwanted problems"), None),
    ("name-split-off-its-own-phrase-stays",  # negative, business: one phrase, no second clause
     "Shares in struggling German football club Borussia Dortmund slipped on Monday despite the club agreeing a "
     "rescue plan with creditors on Friday.",
     ("Shares in struggling German football club Borussia Dortmund", "slip on", "Monday"), None),
]


@pytest.mark.parametrize("text, made, not_made", [r[1:] for r in SUBJECTS], ids=[r[0] for r in SUBJECTS])
def test_the_subject_is_one_phrase_of_its_clause(nlp, text, made, not_made):
    read = facts(nlp, text)
    assert made is None or made in read
    assert not_made is None or not_made not in read


KEPT = [
    # negative cases of the clause-as-subject check (pool sentences): a wh-clause subject, a noun read as a verb
    # (s19: "What is clear from his statement today is that …", a pseudo-cleft before a clause, is no reading now;
    # the wh-clause subject of a noun phrase stays)
    ('"What makes me happy is the effort."', "What makes me happy"),
    ('"The chart rundown is no longer the only point of the programme," says Ross.', "The chart rundown"),
]


@pytest.mark.parametrize("text, subject", KEPT)
def test_a_real_clausal_subject_is_kept(nlp, text, subject):
    assert any(s == subject for s, _, _ in facts(nlp, text))


def test_a_first_name_read_as_a_modal_leaves_the_relation(nlp):
    # entertainment (Brit awards): the relation is "won", not "Will won"
    read = [(e.subject.text, e.relation) for e in extractions(nlp, "Will Young won the best single prize for Your Game.")]
    assert ("Will Young", "won") in read and not any(rel.startswith("Will") for _, rel in read)
    # the negative case: a question's modal stays a modal ("Will Young win?": a base form after it)
    read = [(e.subject.text, e.relation, e.modality) for e in extractions(nlp, "Will Young win the prize?")]
    assert ("Young", "Will win", "question") in read
