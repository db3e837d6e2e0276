"""Subjects, session 18 (issue 16): who said it — a speaker written after its reporting verb is the speaker,
whatever word of the reported words the parse also hung on that verb as a subject (kg/extract/subjects.py).
Real sentences of the pool, with the reading made and the one that must not be."""
from __future__ import annotations

import pytest

from extract_helpers import extractions


def said(nlp, text):
    """(speaker, relation as written, what is said) of the speech readings of ``text`` that are kept."""
    return [(e.subject.text, e.relation, e.object.text) for e in extractions(nlp, text)
            if e.kind == "speech" and e.uninformative is None]


def speakers(nlp, text):
    """The speaker each non-speech reading of ``text`` is attributed to."""
    return {e.speaker.text if e.speaker else None for e in extractions(nlp, text) if e.kind != "speech"}


SPEAKERS_AFTER = [
    # (id, sentence, a speech reading made, a speech reading that must not be made)
    ("quotation-then-said-name",  # sport (Scotland's hooker): the name at the quote's end is no speaker
     '"The obvious choice is Dawson" said Guscott.',
     ("Guscott", "said", "The obvious choice is Dawson"), ("Dawson", "said", "The obvious choice is")),
    ("said-the-report-after-a-list",  # tech (broadband and TV): the countries listed say nothing
     "The threat to TV was greatest in countries where broadband was on the up, in particular the UK, France "
     "and Spain, said the report.",
     ("the report", "said", "The threat to TV was greatest in countries where broadband was on the up, in "
      "particular the UK, France and Spain"),
     ("the UK", "said", "The threat to TV was greatest in countries where broadband was on the up")),
    ("warned-economist-after-an-apposition",  # business (German jobless): "five million unemployed" warn nothing
     '"Be prepared for a nasty figure for January 2005, about five million unemployed on a non-seasonally adjusted '
     'basis," warned HVB Group economist Andreas Rees.',
     ("HVB Group economist Andreas Rees", "warned", "Be prepared for a nasty figure for January 2005, about five "
      "million unemployed on a non-seasonally adjusted basis"), None),
    ("adverb-before-says-is-not-reported",  # tech (IPTV): "too" is the report's, not the words reported
     'But IPTV could be used for home-monitoring, "pet cams", localised news services, and local authority TV, '
     'too says BT.',
     ("BT", "says", 'IPTV could be used for home-monitoring, "pet cams", localised news services, and local '
      "authority TV"), ("pet cams", "says", "IPTV could be used for home-monitoring")),
]


@pytest.mark.parametrize("text, made, not_made", [r[1:] for r in SPEAKERS_AFTER], ids=[r[0] for r in SPEAKERS_AFTER])
def test_the_speaker_after_the_reporting_verb_says_it(nlp, text, made, not_made):
    read = said(nlp, text)
    assert made in read
    assert not_made is None or not_made not in read


def test_the_reported_clause_takes_the_speaker_after_the_verb(nlp):
    # tech (broadband and TV): "The threat to TV was greatest" is the report's claim, not the UK's
    assert speakers(nlp, "The threat to TV was greatest in countries where broadband was on the up, in particular "
                         "the UK, France and Spain, said the report.") == {"the report"}


def test_a_pronoun_after_said_is_its_report_s_subject(nlp):
    # negative, sport (Edu, a typo in the article): "he" after "said" is not made the speaker over Wenger
    read = said(nlp, "Last month Wenger said he we was hopeful Edu would sign a new deal and played down "
                     "suggestions that the lure of a club like Real Madrid would be too strong for Edu.")
    assert not any(s == "he" for s, _, _ in read)


def test_a_parenthetical_report_keeps_its_reading(nlp):
    # negative, tech (wireless in schools): the aside's speaker was already right, and stays so
    assert said(nlp, "The answer, says Prof Brewer, is wi-fi.") == [("Prof Brewer", "says", "The answer is wi-fi")]


def test_a_report_split_by_its_inverted_speaker_keeps_both_halves(nlp):
    # business (Turkey and the EU): what Mr Sener insisted opens before "insisted"; read with the sentence before it
    read = said(nlp, 'By 2014, one in four Turks - or about 18 million people - will be aged 14 or less. "A literate '
                     'and qualified Turkish population," insisted Mr Sener, "will make a positive impact on the EU."')
    assert ("Mr Sener", "insisted", "A literate and qualified Turkish population will make a positive impact on "
            "the EU") in read
    assert not any(s.startswith("A literate") for s, _, _ in read)


def kept(nlp, text):
    """(subject, relation_lemma, object) of the readings of ``text`` that become triples (no ``uninformative`` mark)."""
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None)
            for e in extractions(nlp, text) if e.uninformative is None]


PREVENTED = [
    # (id, sentence, a triple made, a triple that must not be made): what a verb of preventing keeps from happening
    ("stop-x-doing",  # tech (spam): the order stops the sending; the spammers do not send
     "The court order stops the spammers sending e-mail and freezes assets prior to a hearing on a permanent injunction.",
     ("The court order", "freeze", "assets"), ("the spammers", "send", "e-mail")),
    ("able-to-stop-x-doing-in-a-report",  # politics (casinos): the casinos are kept out, they do not come
     "He added that local authorities would still be able to stop new casinos coming to their areas.",
     None, ("new casinos", "come to", "their areas")),
    ("preventing-x-doing",  # politics (women at work): women do not reach it
     "Ms Hewitt also announced a new drive to help women who want to work in male dominated sectors, saying sexism at "
     "work was still preventing women reaching their full potential.",
     None, ("women", "reach", "their full potential")),
    ("could-not-prevent-x-doing",  # negative, sport (Chelsea): not prevented, so his side did lose
     "The Czech international came on as a substitute after 74 minutes but could not prevent his side losing 3-2 to "
     "Chelsea after extra-time.",
     ("his side", "lose to", "Chelsea"), None),
    ("did-not-stop-x-doing",  # negative, politics (the Budget): it did not stop him, so he used it
     "Labour may have abolished hunting - but that didn't stop Chancellor Gordon Brown using his Budget to fire both "
     "barrels at some of the opposition parties' core election foxes.",
     ("Chancellor Gordon Brown", "use", "his Budget"), None),
]


@pytest.mark.parametrize("text, made, not_made", [r[1:] for r in PREVENTED], ids=[r[0] for r in PREVENTED])
def test_what_a_verb_of_preventing_keeps_from_happening_is_no_fact(nlp, text, made, not_made):
    read = kept(nlp, text)
    assert made is None or made in read
    assert not_made is None or not_made not in read


def test_leading_to_after_a_clause_is_the_event_s_result(nlp):
    # business (tobacco in China): the row followed the statement; the Administration did not say it led to one
    text = ("The State Tobacco Monopoly Administration said a week later that it had not approved the deal, leading to "
            "an embarrassing public row.")
    read = kept(nlp, text)
    assert not any(r == "lead to" for _, r, _ in read)
    assert ("it", "approve", "the deal") in read  # (negated, the Administration's claim: the report itself stays)


def test_a_quoted_you_object_names_no_one(nlp):
    # politics (Labour's poster): "you" is any voter; the Tories' con of "you" is no triple, the rest of the report stays
    from extract_helpers import resolved

    triples = resolved(nlp, 'Labour campaign spokesman Fraser Kemp said the poster had been misunderstood. "Concern has '
                            'been expressed and clearly we have to take those views on board but I would emphasise that '
                            'if you see the posters, the common theme... is that the Tories are trying to con you."')
    assert not any(t.object == "you" for t in triples)
    assert any(t.subject == "we" and t.relation_lemma == "have to take" for t in triples)


EXPLETIVE_IT = [
    # (id, text, a reading that must not be kept): an "it" standing for the infinitive after "be" + adjective/noun
    ("too-early-to-predict",  # entertainment (UK film production): "It" predicts nothing
     'It was "too early" to predict whether the downward trend in UK production would continue throughout 2005, the '
     'UK Film Council said.',
     ("It", "to predict whether")),
    ("great-fun-to-look-back",  # entertainment (Scottish music): the presenter's "it" is no thing that took note
     'BBC Radio Scotland presenter Vic Galloway, who has been involved in the project, said it had been "great fun" '
     "to look back at Scotland's musical heritage and take note of up-and-coming Scottish acts.",
     ("it", "had been to take note of")),
    ("straightforward-to-deploy",  # tech (UWB): "it — would be — quite straight-forward" says nothing
     "By contrast a preliminary Ofcom report found that it would be quite straight-forward to deploy UWB without "
     "causing problems for those that already use it.",
     ("it", "would be")),
]


@pytest.mark.parametrize("text, not_kept", [r[1:] for r in EXPLETIVE_IT], ids=[r[0] for r in EXPLETIVE_IT])
def test_an_it_standing_for_an_infinitive_is_no_subject(nlp, text, not_kept):
    read = [(e.subject.text, e.relation) for e in extractions(nlp, text) if e.uninformative is None]
    assert not_kept not in read


def test_an_it_said_of_a_thing_before_a_tough_adjective_stays(nlp):
    # negative: "it is easy to use" says the thing is easy; only a whole clause after the adjective is what "it" stands
    # for (the function alone: the parser gives this short sentence no reading of "it")
    from kg.extract.subjects import extraposed_infinitive

    doc = nlp("The new phone is light and it is easy to use.")
    it = next(t for t in doc if t.lower_ == "it")
    assert extraposed_infinitive(it) is None
    doc = nlp("Such sums mean it will be difficult for anyone to start a new game studio, said Mr Walsh.")
    it = next(t for t in doc if t.lower_ == "it")
    assert extraposed_infinitive(it) is not None


def test_prompting_after_a_clause_is_the_event_s_result(nlp):
    # business (eurozone rates): the officials' talk prompted the fears, not the officials themselves
    read = kept(nlp, "Eurozone interest rates are at 2%, but senior officials at the rate-setting European Central Bank "
                     "are beginning to talk about the threat of inflation, prompting fears that interest rates may rise.")
    assert not any(r == "prompt" for _, r, _ in read)


def claims(nlp, text):
    """(subject, relation_lemma, object, speaker) of the readings of ``text`` that are kept."""
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None, e.speaker.text if e.speaker else None)
            for e in extractions(nlp, text) if e.uninformative is None]


RELATIVES_OF_REPORT = [
    # (id, sentence, a claim made (subject, lemma, object, speaker), a reading that must not be kept (subject, lemma))
    ("which-competitors-say",  # business (Russia and the WTO): the subsidies give it, in the competitors' words
     "Some WTO members also dislike Russia's energy price subsidies, which competitors say give Russian businesses "
     "an unfair advantage.",
     ("Russia's energy price subsidies", "give", "an unfair advantage", "competitors"),
     ("Russia's energy price subsidies", "say")),
    ("which-the-government-claims",  # politics (the Iraq advice): the government claims it, the interest claims nothing
     '"The public interest, which the government claims justifies non-publication of the whole of the advice, can '
     'only be served now by the fullest disclosure.',
     ("The public interest", "justify", "non-publication of the whole of the advice", "the government"),
     ("The public interest", "claim")),
    ("who-we-believe",  # tech (Apple's lawsuit): the theft is Apple's belief, not a plain fact
     '"Apple has filed a civil complaint against unnamed individuals who we believe stole our trade secrets and posted '
     'detailed information about an unannounced Apple product on the internet.',
     ("unnamed individuals", "steal", "our trade secrets", "we"), ("unnamed individuals", "believe")),
]


@pytest.mark.parametrize("text, made, not_kept", [r[1:] for r in RELATIVES_OF_REPORT], ids=[r[0] for r in RELATIVES_OF_REPORT])
def test_a_relative_clause_of_report_is_the_reporter_s_claim_about_the_noun(nlp, text, made, not_kept):
    read = claims(nlp, text)
    assert made in read
    assert not any((s, r) == not_kept for s, r, _, _ in read)
    assert (made[0], made[1], made[2], None) not in read  # never a plain fact


def test_a_relative_clause_of_report_with_its_own_parse_keeps_its_reading(nlp):
    # negative, politics (euthanasia bill): the parse already hung "which" on what is reported; unchanged
    read = claims(nlp, 'MPs are preparing to debate a bill which critics claim would legalise euthanasia "by the back '
                       'door".')
    assert ("a bill", "would legalise", "euthanasia", "critics") in read or ("a bill", "legalise", "euthanasia", "critics") in read


def resolved_rows(nlp, text):
    """(subject, relation_lemma, attributed_to) of the triples of ``text`` read as one article."""
    from extract_helpers import resolved

    return [(t.subject, t.relation_lemma, t.attributed_to) for t in resolved(nlp, text)]


SPEAKERS_PRONOUNS = [
    # (id, text, a triple made (subject, lemma, speaker), a subject that must not be written for that lemma)
    ("the-club-said-it",  # sport (Glazer and United): "it" is the club, which names no entity here
     'Manchester United\'s board has agreed to open its books to Malcolm Glazer. In a statement, the club said it would '
     'allow Mr Glazer "limited due diligence" to give him the opportunity to take the proposal on to a formal bid.',
     ("the club", "allow", "the club"), ("it", "allow")),
    ("the-chancellor-has-said-he",  # politics (Brown and the poll): he is the chancellor, in both conjuncts
     "The chancellor has said he is focused on winning the poll and is due to join election supremo Alan Milburn for a "
     "Labour poster launch this week.",
     ("The chancellor", "be due to join", "The chancellor"), ("he", "be due to join")),
    ("a-spokesman-s-he-is-his-principal",  # negative, politics (a donor): the spokesman's "he" is the donor
     "His spokesman said it was highly unlikely he would give Labour more money, although he would remain a supporter "
     "and not fund the Conservatives.",
     None, ("His spokesman", "would remain")),
    ("the-paper-says-it",  # negative, business (Crossrail): the paper's "it" is the bill it writes about
     "The much delayed Crossrail Link Bill would provide for a fast cross-London rail link. The paper says it will go "
     "before the House of Commons on 23 February.",
     None, ("The paper", "go before")),
    ("claiming-that-it-after-an-object",  # negative, business (LSE): "it" is the offer, not the group
     "Last week, the group rejected a £1.3bn ($2.5bn) takeover offer from Deutsche Boerse, claiming that it undervalued "
     "the business.",
     None, ("the group", "undervalue")),
]


@pytest.mark.parametrize("text, made, not_made", [r[1:] for r in SPEAKERS_PRONOUNS], ids=[r[0] for r in SPEAKERS_PRONOUNS])
def test_a_described_speaker_s_own_pronoun_is_written_as_the_speaker(nlp, text, made, not_made):
    rows = resolved_rows(nlp, text)
    assert made is None or made in rows, rows
    assert not any((s, r) == not_made for s, r, _ in rows)
