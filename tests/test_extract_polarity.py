"""Polarity and attribution as a reader means them (issue 16): denials, conditions, questions,
hedged content, "not … until", "not only … but". Sentences from the BBC corpus
(../shared/corpora/bbc-news), not from the news-truth dev cases.

Each test asserts the exact reading and what must not be asserted: a triple is asserted
as a plain fact when it has no speaker, no modality and is not negated.
"""
from __future__ import annotations

from extract_helpers import extractions


def _rows(nlp, text):
    """(subject, relation_lemma, object, negated, modality, speaker, kind) of every extraction."""
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None, e.negated, e.modality,
             e.speaker.text if e.speaker else None, e.kind) for e in extractions(nlp, text)]


def _plain(rows):
    """The (subject, lemma, object) the sentence would assert as plain facts."""
    return {(s, p, o) for s, p, o, neg, mod, spk, kind in rows if not neg and mod is None and spk is None}


def test_denied_reports_are_the_deniers_negated_claim(nlp):
    rows = _rows(nlp, "But the firm denied reports it was withdrawing completely from Iraq.")
    assert ("the firm", "deny", "reports it was withdrawing completely from Iraq", False, None, None, "speech") in rows
    assert ("it", "withdraw from", "Iraq", True, None, "the firm", "fact") in rows
    assert ("it", "withdraw from", "Iraq") not in _plain(rows)


def test_rejected_claims_that_are_negated_and_attributed(nlp):
    rows = _rows(nlp, "Serena Williams has angrily rejected claims that she and sister Venus are a declining force in tennis.")
    assert ("she", "be", "a declining force in tennis", True, None, "Serena Williams", "copula") in rows
    assert not any(p == "be" and o == "a declining force in tennis" for _, p, o in _plain(rows))


def test_rejected_the_idea_inside_reported_speech(nlp):
    # the example: the content of "rejected the idea that" is denied by the one who rejects it
    rows = _rows(nlp, "But Mr Howard said he rejected the idea that the Tories and BNP appealed to the same voting instincts.")
    assert ("the Tories", "appeal to", "the same voting instincts", True, None, "he", "fact") in rows
    assert ("the Tories", "appeal to", "the same voting instincts") not in _plain(rows)


def test_denied_report_claiming_negates_for_the_denier(nlp):
    rows = _rows(nlp, "The Conservatives' campaign director has denied a report claiming he warned Michael Howard "
                      "the party could not win the next general election.")
    warned = [r for r in rows if r[1] == "warn"]
    assert warned == [("he", "warn", "the party could not win the next general election", True, None,
                       "The Conservatives' campaign director", "speech")]
    # the report's own claim is not negated by the denial of what it claims
    assert ("a report", "claim", "he warned Michael Howard the party could not win the next general election",
            False, None, None, "speech") in rows


def test_relative_clause_on_a_content_noun_is_not_content(nlp):
    # "the claims he made": the noun is the object of "made", nothing is denied or hedged
    rows = _rows(nlp, "He repeated the claims he made last year.")
    assert ("he", "make", "the claims", False, None, None, "fact") in rows


def test_content_of_a_report_is_hedged(nlp):
    rows = _rows(nlp, "Shares in Irish oil company Petrel Resources have lost more than 50% of their value on a report "
                      "that the firm has failed to win a contract in Iraq.")
    assert ("the firm", "fail to win contract in", "Iraq", False, "reportedly", None, "fact") in rows
    assert not any(p.startswith("fail to win") for _, p, _ in _plain(rows))


def test_if_condition_and_its_consequent_are_conditional(nlp):
    rows = _rows(nlp, "If we do that, they will indemnify us,\" he said.")
    assert ("we", "do", "that", False, "conditional", "he", "fact") in rows
    assert ("they", "indemnify", "us", False, "conditional", "he", "fact") in rows


def test_even_if_is_not_a_condition(nlp):
    rows = _rows(nlp, "Even if the deal collapses, the firm will survive.")
    assert ("the firm", "survive", None, False, None, None, "fact") in rows


def test_asked_if_is_a_question_not_the_interviewees_claim(nlp):
    rows = _rows(nlp, "Asked whether a rescue was on the cards, Mr Alencar replied: \"No, I don't think so.\"")
    assert ("a rescue", "be on", "the cards", False, "question", None, "fact") in rows
    assert not any(s == "a rescue" for s, _, _ in _plain(rows))


def test_whether_clause_of_doubts_is_a_question(nlp):
    rows = _rows(nlp, "But Julie Howell, digital policy manager at the RNIB, expressed doubts over whether Speegle and "
                      "similar sites added anything to blind people's experience of the web.")
    assert ("Speegle and similar sites", "add", "anything", False, "question", None, "fact") in rows
    assert ("Speegle and similar sites", "add", "anything") not in _plain(rows)


def test_direct_question_asserts_nothing(nlp):
    rows = _rows(nlp, "\"Will I have as much commitment, desire and energy to go through a major championship?\" "
                      "Holmes asked in the New Year.")
    assert ("I", "have", "as much commitment, desire and energy", False, "question", None, "fact") in rows
    assert ("Holmes", "ask in", "the New Year", False, None, None, "fact") in rows


def test_not_until_is_not_a_negation(nlp):
    rows = _rows(nlp, "But the acceptance of the interface did not truly begin until the concept was developed for use "
                      "by Apple in its pioneering Lisa computer.")
    assert ("the acceptance of the interface", "begin", None, False, None, None, "fact") in rows
    # a plain "not … before" stays a negation
    rows = _rows(nlp, "The acceptance of the interface did not truly begin in 1980.")
    assert ("The acceptance of the interface", "begin in", "1980", True, None, None, "fact") in rows


def test_not_only_but_is_not_a_negation(nlp):
    rows = _rows(nlp, "The result is a game which requires not only a thirst for speed but a working knowledge of physics.")
    assert not any(neg for _, _, _, neg, _, _, _ in rows)


def test_wanting_is_not_doing(nlp):
    rows = _rows(nlp, "Redford wants the festival to encompass viewpoints.")
    assert ("the festival", "encompass", "viewpoints", False, "wish", None, "fact") in rows
    assert ("the festival", "encompass", "viewpoints") not in _plain(rows)


def test_not_ruling_out_is_a_negated_rule_out_and_its_content_possible(nlp):
    rows = _rows(nlp, "Siemens did not rule out an earlier date.")
    assert rows == [("Siemens", "rule out", "an earlier date", True, None, None, "fact")]


def test_it_is_understood_hedges_without_a_speaker(nlp):
    rows = _rows(nlp, "It is understood no deal was offered in that meeting.")
    assert ("no deal", "be offered in", "that meeting", False, "reportedly", None, "fact") in rows


def test_failing_to_tell_leaves_the_content_a_fact(nlp):
    rows = _rows(nlp, "Disney failed to tell investors that between 1999 and 2001 it employed three adult children "
                      "of three then directors.")
    assert ("it", "employ", "three adult children of three then directors", False, None, None, "fact") in rows


def test_nested_speech_act_keeps_its_speaker(nlp):
    rows = _rows(nlp, "BNP leader Nick Griffin told the Independent he expected some BNP voters to switch to the Tories.")
    assert ("he", "expect", "some BNP voters to switch to the Tories", False, None,
            "BNP leader Nick Griffin", "speech") in rows


def test_coordinated_verb_group_does_not_lend_its_object(nlp):
    # "has been in America … but has not ruled out a return": "been" does not take "a return"
    rows = _rows(nlp, "Chambers has been in America learning American football but has not ruled out a return to the track.")
    assert not any(p.startswith("be return") for _, p, *_ in rows)
    assert ("Chambers", "rule out return to", "the track", True, None, None, "fact") in rows


def test_no_object_negates_the_predicate(nlp):
    rows = _rows(nlp, "Nearly two-thirds of all firms polled for the survey have no plans to offshore their call centres.")
    # the object keeps its infinitive: "have no plans" alone is not what the survey found
    assert [r for r in rows if r[1] == "have"] == [
        ("Nearly two-thirds of all firms polled for the survey", "have", "plans to offshore their call centres", True, None,
         None, "fact")]
    # a negative subject stays as written, not a negated predicate
    assert _rows(nlp, "No one was hurt.") == [("No one", "be hurt", None, False, None, None, "fact")]


def test_reported_clause_parsed_as_a_conjunct_is_the_denied_content(nlp):
    rows = _rows(nlp, "The attorney general has denied his statement to Parliament about the legality of the Iraq war "
                      "was drafted by Downing Street officials.")
    assert ("his statement", "be drafted by", "Downing Street officials", True, None, "The attorney general", "fact") in rows
    assert not any(p == "be drafted by" and not neg for _, p, _, neg, *_ in rows)


def test_report_parsed_as_a_complement_of_its_content(nlp):
    rows = _rows(nlp, "Mr Knapman rejected the idea Mr Kilroy-Silk posed a threat to UKIP.")
    assert ("Mr Kilroy-Silk", "pose threat to", "UKIP", True, None, "Mr Knapman", "fact") in rows
    assert ("Mr Knapman", "reject", "the idea", False, None, None, "fact") in rows


def _article_rows(nlp, text):
    from kg.extract.quotes import attribute_quotes
    exs = attribute_quotes(text, extractions(nlp, text))
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None, e.negated, e.modality,
             e.speaker.text if e.speaker else None, e.kind) for e in exs]


def test_quotation_over_two_sentences_is_the_speakers(nlp):
    rows = _article_rows(nlp, "\"We have to be careful about consumer confusion. There is a massive education process "
                              "to go through,\" said Mr Binks.")
    assert ("We", "have to be", "careful about consumer confusion", False, None, "Mr Binks", "copula") in rows


def test_next_quotation_continues_the_previous_speaker(nlp):
    rows = _article_rows(nlp, "\"The single biggest reason people went online before this year was price,\" he said. "
                              "\"The number one reason now is convenience.\"")
    assert ("The number one reason", "be", "convenience", False, None, "he", "copula") in rows


def test_a_narrative_sentence_between_quotations_breaks_the_chain(nlp):
    rows = _article_rows(nlp, "\"Prices are rising,\" he said. The shop closed on Monday. \"Nobody came.\"")
    assert ("The shop", "close on", "Monday", False, None, None, "fact") in rows
    assert all(spk is None for s, *_, spk, _ in rows if s == "Nobody")


def test_scare_quotes_take_no_speaker(nlp):
    # a quoted word is no quotation: the clause is the reporter's ("he said"), read whole and negated
    rows = _article_rows(nlp, "He was not \"forcing\" anyone to go, he said. \"Places should be there.\"")
    assert ("He", "force", "anyone", True, None, "he", "fact") in rows
    assert not any(mod == "quoted" for *_, mod, _, _ in rows)


def test_the_fact_that_is_a_fact(nlp):
    rows = _rows(nlp, "This is despite the fact that silicon is a much better amplifier of light pulses than the form "
                      "of the material used in fibre optic cables.")
    assert ("silicon", "be", "a much better amplifier of light pulses than the form of the material", False, None, None,
            "copula") in rows


def test_a_thing_does_not_refuse_the_reporter_does(nlp):
    rows = _rows(nlp, "The mayor said his comments would not affect the 2012 Olympic bid and added that his "
                      "determination to stand up for what he believed in may impress bid chiefs.")
    assert ("The mayor", "add", "his determination to stand up for what he believed in may impress bid chiefs",
            False, None, None, "speech") in rows
    assert ("his comments", "affect", "the 2012 Olympic bid", True, "would", "The mayor", "fact") in rows
    assert not any(s == "his comments" and p == "add" for s, p, *_ in rows)


def test_denied_gerund_is_the_deniers_negated_claim(nlp):
    rows = _rows(nlp, "It denies having any role, but offices have had to close across the region.")
    assert ("It", "have", "any role", True, None, "It", "fact") in rows
    assert ("It", "have", "any role") not in _plain(rows)
    # the rest of the sentence is not denied
    assert ("offices", "have to close across", "the region", False, None, None, "fact") in rows


def test_is_thought_to_is_a_hedge(nlp):
    rows = _rows(nlp, "Sony is thought to be preparing pre-packaged movies and music for the PSP.")
    assert [(s, o, neg, mod) for s, _, o, neg, mod, _, _ in rows] == [
        ("Sony", "pre-packaged movies and music for the PSP", False, "reportedly")]


def _resolved(nlp, text):
    from kg.analysis import analyse_articles
    from kg.builder import resolve_analyses
    from kg.records import Article
    from kg.terms import Vocabulary
    triples, _, _ = resolve_analyses(list(analyse_articles([Article("t0", text)], nlp)), Vocabulary())
    return [(t.subject, t.subject_entity, t.relation_lemma, t.object, t.negated, t.attributed_to, t.kind) for t in triples]


def test_a_quoted_we_is_its_speaker(nlp):
    rows = _resolved(nlp, "\"We can only do so much with the position we are in today with manufacturers,\" said "
                          "Mr Oudendijk.")
    assert ("We", "Oudendijk", "do", "so much", False, "Oudendijk", "fact") in rows
    # never a plain fact of an unknown "we"
    assert not [r for r in rows if r[0] == "We" and r[5] is None]


def test_a_speech_act_inside_reported_speech_keeps_its_speaker(nlp):
    rows = _resolved(nlp, "Dr Smith told the Reuters news agency that he expected Sony to sell about 10 million PSPs.")
    assert [r for r in rows if r[2] == "expect"] == [
        ("he", "Smith", "expect", "Sony to sell about 10 million PSPs", False, "Smith", "speech")]


def test_the_speakers_apposition_after_a_two_sentence_quote_is_not_quoted(nlp):
    # the second sentence starts inside the quotation opened in the first: "Lian Chia Liang, economist
    # at JP Morgan Chase" is the reporter's words, asserted; the quoted words are the speaker's
    rows = _resolved(nlp, "\"I am surprised at the weak fourth quarter number. The main drag came from electronics,\" "
                          "said Lian Chia Liang, economist at JP Morgan Chase.")
    from kg.analysis import analyse_articles
    from kg.builder import resolve_analyses
    from kg.records import Article
    from kg.terms import Vocabulary
    text = ("\"I am surprised at the weak fourth quarter number. The main drag came from electronics,\" "
            "said Lian Chia Liang, economist at JP Morgan Chase.")
    triples, _, _ = resolve_analyses(list(analyse_articles([Article("t0", text)], nlp)), Vocabulary())
    appos = [t for t in triples if t.kind == "appos"]
    assert appos and all(t.modality is None and t.attributed_to is None for t in appos)
    assert ("The main drag", None, "come from", "electronics", False, "Lian Chia Liang", "fact") in rows


def test_speaker_between_commas_inside_the_clause(nlp):
    # "X, he said, Y": the reporting clause sits inside what it reports
    rows = _rows(nlp, "Currently, Mr Sullivan said, search sites did not do a very good job of describing the information.")
    assert ("search sites", "do", "a very good job of describing the information", True, None, "Mr Sullivan", "fact") in rows
    assert ("Mr Sullivan", "say", "Currently search sites did not do a very good job of describing the information",
            False, None, None, "speech") in rows
    assert not any(s == "search sites" for s, _, _ in _plain(rows))
    assert not any(p == "say" and kind == "fact" for _, p, *_, kind in rows)  # no speakerless "said" of its own


def test_a_comma_clause_that_reports_nothing_gives_no_speaker(nlp):
    # a parenthetical that is no reporting verb ("…, for example, …") attributes nothing
    rows = _rows(nlp, "The plan, officials hope, will not cost jobs.")
    assert all(spk != "The plan" for *_, spk, _ in rows)
    rows = _rows(nlp, "Prices, however, did not fall.")
    assert ("Prices", "fall", None, True, None, None, "fact") in rows


def test_no_plans_to_keeps_what_is_not_planned(nlp):
    rows = _rows(nlp, "Arsenal boss Arsene Wenger says he has no plans to sign a new goalkeeper during the January transfer window.")
    assert ("he", "have", "plans to sign a new goalkeeper during the January transfer window", True, None,
            "Arsenal boss Arsene Wenger", "fact") in rows
    assert not any(o == "plans" for _, _, o, *_ in rows)


def test_couldnt_help_but_is_no_negation(nlp):
    # "couldn't help but return" says he returned
    rows = _rows(nlp, "Critics said the director couldn't help but return to his old ways.")
    assert ("the director", "return to", "his old ways", False, None, "Critics", "fact") in rows
    assert not any(p == "help" for _, p, *_ in rows)
    assert not any(neg for _, _, _, neg, *_ in rows)


def test_negation_falls_on_degree_and_manner_adverbs(nlp):
    # "did not go far enough": the reforms went, not far enough; "had not played well": they played
    rows = [(s, rel, o, neg) for s, rel, o, neg, *_ in
            [(e.subject.text, e.relation, e.object.text if e.object else None, e.negated)
             for e in extractions(nlp, "Critics argue that these moves do not go far enough.")]]
    assert ("these moves", "do not go far enough", None, True) in rows
    rows = [(e.subject.text, e.relation, e.negated, e.speaker.text if e.speaker else None)
            for e in extractions(nlp, "France coach Bernard Laporte admitted his side had not played well.")]
    assert ("his side", "had not played well", True, "France coach Bernard Laporte") in rows
    assert not any(r == "had not played" for _, r, *_ in rows)
    # no negation: the manner adverb of an objectless verb is read once, as the relation's own
    # (misreadings.completing_adverb), not as a negation's focus
    assert [e.relation for e in extractions(nlp, "Bell played well.")] == ["played well"]
    assert [e.negated for e in extractions(nlp, "Bell played well.")] == [False]


def test_elided_do_says_nothing(nlp):
    # VP ellipsis: "in a way Old Labour never did" is no triple "Old Labour — never did — a way"
    rows = _rows(nlp, "New Labour has lost people's confidence in a way Old Labour never did.")
    assert not any(p == "do" for _, p, *_ in rows)
    assert ("New Labour", "lose", "people's confidence", False, None, None, "fact") in rows
    # a "do" with an object stays
    assert ("You", "do deals over", "jobs", True, None, None, "fact") in _rows(nlp, "You don't do deals over jobs.")


def test_try_and_is_one_predicate_with_one_polarity(nlp):
    # colloquial "try and V" is "try to V": the V is attempted (here: not even that), not done
    found = extractions(nlp, "The band did not try and make a mature album.")
    rows = [(e.subject.text, e.relation, e.object.text if e.object else None, e.negated) for e in found]
    assert rows == [("The band", "did not try and make", "a mature album", True)]
    assert not any(e.relation == "make" and not e.negated for e in found)  # no plain "made an album"


def test_a_preposition_whose_object_went_elsewhere_does_not_dangle(nlp):
    # when the parse puts a preposition's object outside the phrase ("… any more episodes of reality TV
    # show The Osbournes", "show" read as a verb), the phrase ends before the preposition
    from kg.extract.spans import block
    doc = nlp("His family will not make any more episodes of the show.")
    episodes = next(t for t in doc if t.text == "episodes")
    keep = {t.i for t in episodes.subtree} - {t.i for t in doc if t.text in {"the", "show"}}
    start, end = block(episodes, keep)
    assert doc[start:end].text == "any more episodes"
    full = {t.i for t in episodes.subtree}
    assert doc[slice(*block(episodes, full))].text == "any more episodes of the show"


def test_adverbial_cleft_with_not_until_asserts_the_event(nlp):
    # "it was not until 2003 … that the big clubs came calling": they came, in 2003; the parse hangs
    # the subject on "came" (read as an auxiliary of "calling")
    rows = _rows(nlp, "It was not until 2003, after his first title, that the big clubs came calling.")
    assert ("the big clubs", "call", None, False, None, None, "fact") in rows  # relation "came calling"
    assert not any(neg for _, _, _, neg, *_ in rows)
    assert not any(s.lower() == "it" for s, *_ in rows)


def test_expletive_it_before_an_adjective_and_a_clause_is_no_triple(nlp):
    # "it is not surprising that …": the clause is read on its own, "it — is not — surprising" is nothing
    rows = _rows(nlp, "It is not surprising that thousands of fans have complained.")
    assert ("thousands of fans", "complain", None, False, None, None, "fact") in rows
    assert not any(s == "It" for s, *_ in rows)
    rows = _rows(nlp, "It is not clear whether the striker will play on Saturday.")
    assert not any(s == "It" for s, *_ in rows)
    assert ("the striker", "play on", "Saturday", False, "question", None, "fact") in rows
    # a referring "it" with no clause stays
    assert _rows(nlp, "It is not cheap.") == [("It", "be", "cheap", True, None, None, "copula")]


def test_cannot_wait_is_eagerness_not_a_negation(nlp):
    rows = _rows(nlp, "The new signing said he cannot wait to make his debut.")
    assert not any(neg for _, p, _, neg, *_ in rows if p.startswith("wait"))
    # a plain negated "wait" stays negated
    assert any(neg for _, p, _, neg, *_ in _rows(nlp, "The board did not wait for the report.") if p.startswith("wait"))


def test_negation_falls_on_badly(nlp):
    found = extractions(nlp, "Arrese said the Spaniard had not played badly.")
    assert [(e.subject.text, e.relation, e.negated) for e in found if e.kind != "speech"] == [
        ("the Spaniard", "had not played badly", True)]


def test_not_just_adds_it_does_not_negate(nlp):
    rows = _rows(nlp, '"Mobile gaming is not just about fun; it also represents one key element of a rich mobile '
                      'entertainment experience for consumers."')
    assert ("Mobile gaming", "be about", "fun", False, None, None, "fact") in rows
    assert not any(neg for _, _, _, neg, *_ in rows)
    # "not just yet" is "not yet": still a negation
    assert _rows(nlp, "The deal is not just yet finished.") == [("The deal", "be finished", None, True, None, None, "fact")]


def test_even_if_clause_is_supposed_its_main_clause_asserted(nlp):
    rows = _rows(nlp, "On my returns, I was standing in more and I am getting a little more depth, even if I do not "
                      "hit a perfect return.")
    assert ("I", "hit", "a perfect return", True, "conditional", None, "fact") in rows
    assert ("I", "get", "a little more depth", False, None, None, "fact") in rows  # no condition on it
    assert ("I", "hit", "a perfect return") not in _plain(rows)


def test_content_noun_keeps_the_quotes_speaker(nlp):
    # "worries that …" gives the modality; the speaker after the quote still said it
    rows = _rows(nlp, '"It sparked worries that steel makers might not be able to increase product prices further," '
                      'explained Kazuhiro Takahashi of Daiwa Securities SMBC.')
    assert ("steel makers", "be able to increase", "product prices", True, "might",
            "Kazuhiro Takahashi of Daiwa Securities SMBC", "fact") in rows
    assert not any(p == "be able to increase" and spk is None for _, p, _, _, _, spk, _ in rows)


def test_rulings_assurances_and_forecasts_are_reported_speech(nlp):
    rows = _rows(nlp, "The three-judge panel in the District of Columbia's Court of Appeals ruled on Friday that the US "
                      "government could not sue the firms under the anti-racketeering laws.")
    assert ("the US government", "sue", "the firms", True, "could",
            "The three-judge panel in the District of Columbia's Court of Appeals", "fact") in rows
    rows = _rows(nlp, "In Serbia, for example, both Christian and Islamic leaders assured their populations that its use "
                      "was not contrary to religion.")
    assert ("its use", "be", "contrary to religion", True, None, "Christian and Islamic leaders", "copula") in rows
    rows = _rows(nlp, "The figures prompted some analysts to forecast that the Bank of England will almost certainly "
                      "raise rates this year.")
    assert ("the Bank of England", "raise", "rates", False, None, "some analysts", "fact") in rows
    assert ("the Bank of England", "raise", "rates") not in _plain(rows)
    # "ruled out" is no ruling: a hedge, no speech act
    rows = _rows(nlp, "The Fed did not rule out raising rates.")
    assert rows == [("The Fed", "rule out raise", "rates", True, None, None, "fact")]


def test_that_clause_of_ensure_to_is_an_aim(nlp):
    rows = _rows(nlp, "The chancellor said that the EU's planned changes in the growth and stability pact - designed to "
                      "ensure that countries in the euro zone do not borrow too much - would force Britain to run a "
                      "budget surplus of 1% over the economic cycle.")
    assert ("countries in the euro zone", "borrow", None, True, "purpose", "The chancellor", "fact") in rows
    rows = _rows(nlp, 'Mr Blair said the government was also looking at "how to make sure that legal aid is not abused '
                      'with actions against doctors and others".')
    assert ("legal aid", "be abused with", "actions against doctors and others", True, "purpose", "Mr Blair",
            "fact") in rows
    # a finite "ensured that" reports an outcome: no aim
    rows = _rows(nlp, "The statement issued by Lycos also said that the centralised database it used ensured that "
                      "traffic to the target sites left them with 5% spare capacity.")
    assert not any(mod == "purpose" for _, _, _, _, mod, _, _ in rows)


def test_dont_think_negates_the_belief(nlp):
    rows = _rows(nlp, "Obviously we'll have to wait and see, but I don't think it will make much difference.")
    assert ("it", "make", "much difference", True, None, "I", "fact") in rows
    assert ("it", "make", "much difference", False, None, "I", "fact") not in rows


def test_what_is_not_meant_or_not_said_is_nobodys_claim(nlp):
    rows = _rows(nlp, '"However, it does not mean that we will see thousands of additional students from England '
                      'studying here."')
    assert ("we", "see", "thousands of additional students from England studying here", False, "unclaimed", None,
            "fact") in rows  # (what is seen is the students studying here: session 17's small clauses)
    assert not any(p == "study" for s, p, o in _plain(rows))
    assert not any(p == "see" for s, p, o in _plain(rows))
    rows = _rows(nlp, "Agreeing to pay compensation did not mean that the eighteen firms involved were admitting any "
                      "guilt, the FSA added.")
    assert not any(p == "admit" for s, p, o in _plain(rows))
    assert not any(p == "admit" and spk is not None for _, p, _, _, _, spk, _ in rows)
    # a factive verb keeps its content a fact: "did not know that X" — X is true
    rows = _rows(nlp, "He did not know that the firm had been sold.")
    assert ("the firm", "be sold", None) in _plain(rows)


def test_what_is_not_guaranteed_or_shown_is_nobodys_claim(nlp):
    """business/euronext-joins-bid-battle-for-lse.txt: "However, Euronext said it could not guarantee "at this stage"
    that a firm offer would be made for LSE" — the offer is neither a fact nor Euronext's claim; a verb of showing
    or securing that is not negated keeps its content as it was."""
    rows = _rows(nlp, 'However, Euronext said it could not guarantee "at this stage" that a firm offer would be made '
                      'for LSE.')
    offer = [r for r in rows if r[0] == "a firm offer"]
    assert offer and all(m == "unclaimed" and spk is None for _, _, _, _, m, spk, _ in offer)
    rows = _rows(nlp, "The figures do not show that the economy is recovering.")
    assert not any(p == "recover" for s, p, o in _plain(rows))
    rows = _rows(nlp, "The figures show that the economy is recovering.")
    assert not any(r[0] == "the economy" and r[4] == "unclaimed" for r in rows)


def test_a_relative_clause_inside_denied_content_is_not_denied(nlp):
    rows = _rows(nlp, 'Mr Brown said: "To be honest I don\'t think you can rely on his judgement on this matter when it '
                      'comes to the decisions that the government are making.')
    assert ("you", "rely on", "his judgement", True, "can", "I", "fact") in rows
    assert ("the government", "make", "the decisions", False, None, "I", "fact") in rows
    assert ("the government", "make", "the decisions", True, None, "I", "fact") not in rows


def test_a_past_disbelief_is_nobodys_claim(nlp):
    rows = _rows(nlp, '"Sometimes I didn\'t believe I could get to a final and now I am here.')
    assert ("I", "get to", "a final", False, "unclaimed", None, "fact") in rows
    assert not any(p == "get to" and (neg or spk is not None) for _, p, _, neg, _, spk, _ in rows)
    # in the present the disbelief is a belief in the opposite
    rows = _rows(nlp, "Tony Blair does not believe abortion should be an election issue, arguing it is a matter for "
                      "individual conscience.")
    assert ("abortion", "be", "an election issue", True, "should", "Tony Blair", "copula") in rows


def test_a_disbelief_reported_in_the_past_is_a_belief_in_the_opposite(nlp):
    # the report's past tense shifts "I don't think" to "he did not think": the same negated belief
    rows = _rows(nlp, "However 60% said they did not think the lawsuits against song swappers would benefit musicians "
                      "and songwriters.")
    assert ("the lawsuits against song swappers", "benefit", "musicians", True, "would", "they", "fact") in rows
    assert not any(p == "benefit" and (mod == "unclaimed" or not neg) for _, p, _, neg, mod, _, _ in rows)
    # (a past disbelief that no report shifts stays nobody's claim: test_a_past_disbelief_is_nobodys_claim)


def test_an_infinitive_left_to_the_context_is_no_triple(nlp):
    rows = _rows(nlp, '"Mourinho reminds everyone but he doesn\'t have to because he has created a wonderful '
                      'atmosphere where everybody is playing and laughing every day.')
    assert ("he", "create", "a wonderful atmosphere where everybody is playing and laughing every day", False, None, None,
            "fact") in rows
    assert not any(p == "have" for _, p, *_ in rows)  # not "he — does not have — to"
    rows = _rows(nlp, '"I have never in response to any of that modified a policy I believed to be right and I don\'t '
                      'intend to now.')
    assert not any(p.startswith("intend") for _, p, *_ in rows)  # not "I — do not intend to — now"
    # an infinitive with its verb stays
    assert _rows(nlp, "I don't intend to resign.") == [("I", "intend to resign", None, True, None, None, "fact")]


def test_had_x_not_is_a_counterfactual_condition(nlp):
    rows = _rows(nlp, "But Mr Kosslick says more would be coming had the Academy Awards not been brought forward to "
                      "27 February.")
    # (they were brought forward: the "not" of the supposition denies nothing, polarity.is_counterfactual_not)
    assert ("the Academy Awards", "be brought forward to", "27 February", False, "conditional", "Mr Kosslick", "fact") in rows
    assert not any(mod is None for _, p, _, _, mod, _, _ in rows if p == "be brought forward to")
    # a plain "had" before its subject in a question is no condition
    rows = _rows(nlp, "Had the Academy Awards not been brought forward to 27 February?")
    assert not any(mod == "conditional" for _, _, _, _, mod, _, _ in rows)


def test_a_capital_no_inside_a_sentence_is_a_title(nlp):
    rows = _rows(nlp, "Knight and drum 'n' bass star Roni Size have released No More in a bid to reduce gun use among "
                      "young people.")
    assert ("Knight and drum 'n' bass star Roni Size", "release", "No More", False, None, None, "fact") in rows
    assert not any(neg for _, _, _, neg, *_ in rows)
    # a lower-case "no" still negates
    assert ("Lord Falconer", "play", "part", True, None, None, "fact") in _rows(
        nlp, "Lord Falconer and Baroness Morgan played no part in drafting the answer.")


def test_a_reporting_clause_coordinated_after_a_quote_names_its_speaker(nlp):
    rows = _rows(nlp, 'Mr Brown\'s Budget was not about what was good for the country, but "all about the interests of '
                      'the Labour party," the Tory leader said after mockingly welcoming the chancellor back to the '
                      'election campaign.')
    assert ("Mr Brown's Budget", "be about", "what was good for the country", True, None, "the Tory leader",
            "fact") in rows
    # the reporting clause itself is nobody's report
    assert not any(s == "the Tory leader" and spk is not None for s, _, _, _, _, spk, _ in rows)
    # an ordinary "and said" has its own clause: the first event is the article's
    rows = _rows(nlp, "He won the race and said he was happy.")
    assert ("He", "win", "the race", False, None, None, "fact") in rows


def test_fronted_until_defers_the_event(nlp):
    rows = _rows(nlp, "But the report suggests that until image quality increases more, people will not be interested "
                      "in printing out pictures at kiosks.")
    assert ("people", "be", "interested in printing out pictures at kiosks", False, None, "the report", "copula") in rows
    assert not any(neg for _, _, _, neg, *_ in rows)


def test_i_dont_think_so_gives_no_triple(nlp):
    rows = _rows(nlp, 'Asked whether a rescue was on the cards, Mr Alencar replied: "No, I don\'t think so.')
    assert not any(p == "think" for _, p, *_ in rows)
    rows = _rows(nlp, '"It can happen, I don\'t see why not," he said.')
    assert not any(p == "see" for _, p, *_ in rows)
    assert ("It", "happen", None, False, "can", "he", "fact") in rows
    # a belief with its content stays
    assert ("I", "think", "it will make much difference", True, None, None, "speech") in _rows(
        nlp, "Obviously we'll have to wait and see, but I don't think it will make much difference.")


def test_words_in_single_quotes_are_cited_not_asserted(nlp):
    # a headline's claim: whose, the headline does not say
    assert _rows(nlp, "Greek sprinters 'won't run again'") == [
        ("Greek sprinters", "run", None, True, "quoted", None, "fact")]
    # words quoted inside a quotation are not its speaker's
    rows = _rows(nlp, "\"The logical answer was 'we don't sell any', so they had to wait until the next morning to do "
                      "the testing,\" said Carlos Saldarriaga.")
    assert ("we", "sell", "any'", True, "quoted", None, "fact") in rows
    assert not any(p == "sell" and spk is not None for _, p, _, _, _, spk, _ in rows)
    # an apostrophe is no quotation mark
    assert _rows(nlp, "The players' club won the cup.") == [("The players' club", "win", "the cup", False, None, None,
                                                             "fact")]


def test_a_quoted_we_who_knows_passes_the_content_to_the_speaker(nlp):
    rows = _rows(nlp, '"We all know slavery existed in our country, but it is quite different to see how our history '
                      'and the institution of slavery were intertwined," JP Morgan chief executive William Harrison said '
                      'in the letter.')
    assert ("slavery", "exist in", "our country", False, None, "JP Morgan chief executive William Harrison",
            "fact") in rows
    assert not any(spk == "We" for *_, spk, _ in rows)
    # outside a quote, a reporting "we" is the speaker
    rows = _rows(nlp, "We know the firm has lost money.")
    assert ("the firm", "lose", "money", False, None, "We", "fact") in rows


def test_had_with_its_own_subject_is_no_inversion(nlp):
    rows = _rows(nlp, "He had four nominations going into the ceremony, with seven artists nominated in three categories.")
    assert not any(mod == "conditional" for _, _, _, _, mod, _, _ in rows)


def test_a_title_in_title_case_is_no_negated_clause(nlp):
    rows = _rows(nlp, "A Grand Don't Come for Free beat Keane's Hope and Fears in second place with Franz Ferdinand's "
                      "self-titled album third, in the Q magazine poll.")
    assert not any(p == "come for" for _, p, *_ in rows)
    assert not any(neg for _, _, _, neg, *_ in rows)
    # a clause in ordinary case keeps its negation
    assert _rows(nlp, "A grand doesn't come for free.") == [("A grand", "come", None, True, None, None, "fact")]


def test_whatever_x_says_reports_nothing(nlp):
    rows = _rows(nlp, '"We will fight tooth and nail to stop him whatever his offer says.')
    assert ("We", "fight", "tooth", False, None, None, "fact") in rows
    assert not any(spk == "his offer" for *_, spk, _ in rows)
    assert not any(kind == "speech" for *_, kind in rows)
    # a plain report keeps its speaker
    assert ("the firm", "fight", "the bid", False, None, "He", "fact") in _rows(nlp, "He says the firm will fight the bid.")


def test_a_counterfactual_denial_with_its_own_object_denies_nothing_else(nlp):
    rows = _rows(nlp, "In July this year Amanda Champion's killer, James Ford, pleaded guilty to her murder and was "
                      "jailed for at least 15 years - it would have been longer had he denied the charge.")
    assert ("he", "deny", "the charge", False, "conditional", None, "fact") in rows
    assert not any(neg for _, _, _, neg, *_ in rows)  # he pleaded guilty and was jailed
    assert not any(kind == "speech" for *_, kind in rows)
    # a negative inversion is asserted
    rows = _rows(nlp, "The crowd cheered, and never had he seen such a thing.")
    assert ("he", "see", "such a thing", True, None, None, "fact") in rows


def test_a_for_to_clause_is_asked_for_not_done(nlp):
    rows = _rows(nlp, "Final appeals are being made for the government not to ditch the reform plan for England's "
                      "secondary schools put forward by the Tomlinson report.")
    assert any(s == "the government" and p == "ditch" and neg and mod == "wish"
               for s, p, _, neg, mod, _, _ in rows)
    assert not any(p == "ditch" for _, p, _ in _plain(rows))
    # a plain "to" infinitive of purpose with no "for" subject is no wish
    assert ("He", "vote for", "the bill", False, None, None, "fact") in _rows(nlp, "He voted for the bill.")


def test_a_no_inside_an_infinitive_leaves_the_main_verb_asserted(nlp):
    rows = _rows(nlp, "IBM will continue to hold the 500 patents but it has pledged to seek no royalties from the "
                      "patents.")
    assert ("it", "pledge to seek", "no royalties from the patents", False, None, None, "fact") in rows
    assert not any(p == "pledge to seek" and neg for _, p, _, neg, *_ in rows)  # it did pledge
    # a "no" object of the main verb still negates it
    assert ("Lord Falconer", "play", "part", True, None, None, "fact") in _rows(
        nlp, "Lord Falconer played no part in drafting the answer.")


# --- session 4: wishes, conditions and reports a reader does not take as plain facts

def test_content_of_hoping_is_a_hope_of_the_speaker(nlp):
    # spaCy lemmatises "hoping" as "hop": the frame must still see "hope"
    rows = _rows(nlp, "I am hoping he doesn't walk out of the club like Michael Owen did for very little cash.")
    assert ("he", "walk out of", "the club", True, "hope", "I", "fact") in rows
    assert ("he", "walk out of", "the club") not in _plain(rows)


def test_stranded_if_clause_is_a_condition(nlp):
    # the parser makes the if-clause the root and hangs the consequent elsewhere
    rows = _rows(nlp, "And if even the smallest thing doesn't feel right when you are preparing to race a marathon, "
                      "10 miles down the road it will hit you like a brick wall.")
    assert ("even the smallest thing", "feel", "right", True, "conditional", None, "copula") in rows
    assert not any(s == "even the smallest thing" for s, _, _ in _plain(rows))


def test_an_ordinary_root_clause_is_no_condition(nlp):
    rows = _rows(nlp, "The use of \"invisible\" ink is not without its own problems.")
    # (no condition; "not without its own problems" reads negated, lemma "be without": judged right so, blind, on
    # pool seeds 4000/4001 in session 18, and wrong when not negated)
    assert ('The use of "invisible" ink', "be without", "its own problems", True, None, None, "fact") in rows


def test_that_clause_of_it_is_important_is_a_wish(nlp):
    rows = _rows(nlp, "It is important we don't end up in the situation where doctors and consultants are confused "
                      "about the law.")
    situation = "the situation where doctors and consultants are confused about the law"
    assert ("we", "end up in", situation, True, "wish", None, "fact") in rows
    assert ("we", "end up in", situation) not in _plain(rows)


def test_that_clause_of_it_is_clear_is_no_wish(nlp):
    # only adjectives of necessity call for their clause
    rows = _rows(nlp, "Nobody knows exactly how many Iraqis are out of work, but it is clear that the situation is dire.")
    assert ("the situation", "be", "dire", False, None, None, "copula") in rows


def test_after_claiming_credits_the_main_subject(nlp):
    rows = _rows(nlp, "Newcastle boss Graeme Souness has reopened his dispute with Craig Bellamy after claiming the "
                      "Welshman was \"not good enough\" for the Magpies.")
    assert ("the Welshman", "be", "good enough", True, None, "Newcastle boss Graeme Souness", "copula") in rows
    assert not any(s == "the Welshman" for s, _, _ in _plain(rows))


def test_quoted_as_saying_is_not_the_quoters_claim(nlp):
    # the gerund after "as" reports the words of the quoted officials, not of the media
    rows = _rows(nlp, "Israeli media quoted officials as saying Washington appears closer to potential military "
                      "action than it was a week ago.")
    assert not any(spk == "Israeli media" for *_, spk, _ in rows)
    assert ("Israeli media", "quote", "officials", False, None, None, "fact") in rows


def test_denied_accusation_whose_verb_can_report_is_denied(nlp):
    # "threaten" can report ("threatened that …"), but here it is the content of the accusations
    rows = _rows(nlp, "Arsenal captain Patrick Vieira had earlier denied accusations that he threatened Gary Neville "
                      "in the tunnel.")
    assert ("he", "threaten", "Gary Neville", True, None, "Arsenal captain Patrick Vieira", "fact") in rows
    assert ("he", "threaten", "Gary Neville") not in _plain(rows)
    # a report's own participle stays its speech act, framed by nothing
    rows = _rows(nlp, "A report claiming he warned the board was published on Monday.")
    assert not any(lemma == "claim" and neg for _, lemma, _, neg, *_ in rows)


def test_what_courts_decided_is_their_finding(nlp):
    rows = _rows(nlp, "Once the courts decided that the VCR in itself was not an illegal technology, the film studios "
                      "turned it into an extremely lucrative business.")
    assert ("the VCR in itself", "be", "an illegal technology", True, None, "the courts", "copula") in rows
    assert ("the film studios", "turn into extremely lucrative business", "it", False, None, None, "fact") in rows  # (result_phrase)


def test_deciding_a_wh_question_is_no_report(nlp):
    rows = _rows(nlp, "Politicians should not decide where runways should be.")
    assert rows == [("Politicians", "decide", "where runways should be", True, "should", None, "fact")]


def test_promising_not_to_is_an_asserted_promise(nlp):
    rows = _rows(nlp, "The 40-year-old comic has already promised not to swear live on air during the show.")
    assert rows == [("The 40-year-old comic", "promise not to swear during", "the show", False, None, None, "fact")]
    rel = [e.relation for e in extractions(nlp, "The 40-year-old comic has already promised not to swear live on "
                                                "air during the show.")]
    assert rel == ["has already promised not to swear during"]


def test_not_before_an_infinitive_of_be_negates(nlp):
    # a copula passes the negation on: the intention was not that
    rows = _rows(nlp, "But Dr Tamimi said MAB's intention was not to empower the Tories.")
    assert ("MAB's intention", "be to empower", "the Tories", True, None, "Dr Tamimi", "fact") in rows


def test_not_always_keeps_always_in_the_relation(nlp):
    es = [e for e in extractions(nlp, "The band wasn't always pretty, or always in tune.") if e.object.text == "pretty"]
    assert [(e.relation, e.negated) for e in es] == [("was n't always", True)]


def test_not_as_quick_as_keeps_the_degree_in_the_relation(nlp):
    text = ("I now have to recover in time for the next match because the body doesn't recover as quick as it used "
            "to, especially after two hours and 40 minutes.")
    es = [e for e in extractions(nlp, text) if e.subject.text == "the body"]
    # a negative inside an "as … as" comparison denies nothing (the body recovers, more slowly): the
    # relation keeps the comparison, not negated, modality "comparison" (session 13, polarity.compared_degree)
    assert [(e.relation, e.negated, e.modality) for e in es] == [
        ("does n't recover as quick as it used to after", False, "comparison")]
    assert not any(e.relation == "does n't recover after" for e in es)


# --- session 4: attitudes, alternatives and hearsay (kg/extract/attitudes.py)

def test_what_the_court_heard_is_hearsay(nlp):
    rows = _rows(nlp, "Russian oil firm Yukos lied to a US court in an attempt to stop the Russian government selling "
                      "off its key production unit, the court has heard.")
    assert ("Russian oil firm Yukos", "lie to", "a US court", False, "reportedly", None, "fact") in rows
    assert ("Russian oil firm Yukos", "lie to", "a US court") not in _plain(rows)


def test_what_a_hearer_was_told_is_hearsay(nlp):
    rows = _rows(nlp, "Witnesses saw them carrying several bags from their campaign office, which the men drove to a "
                      "warehouse on an industrial estate off Birch Road East, the court was told.")
    assert not any(s == "Witnesses" for s, _, _ in _plain(rows))
    assert not any(spk == "the court" for *_, spk, _ in rows)  # the court heard it, it did not say it


def test_what_a_body_says_in_parataxis_stays_its_claim(nlp):
    rows = _rows(nlp, "The service, launched in December and dubbed \"Otoku\" or \"bargain\", has had almost 900,000 "
                      "orders, Softbank said.")
    assert ("The service", "have", "almost 900,000 orders", False, None, "Softbank", "fact") in rows


def test_rejected_alternative_is_nobodys_claim(nlp):
    rows = _rows(nlp, "Mr Wolfson also said that disappointing pre-Christmas sales were \"more to do with the fact that "
                      "we went in with too much stock rather than (the fact that) demand wasn't there for the stock\".")
    assert ("demand", "be for", "the stock", True, "unclaimed", "Mr Wolfson", "fact") in rows
    # the cause he gives is his claim, not an alternative
    assert ("we", "go in", "the fact", False, None, "Mr Wolfson", "fact") in rows


def test_doubted_certainty_is_a_doubt(nlp):
    rows = _rows(nlp, "While debt relief seems to have jumped to the top of the global agenda, not everyone is "
                      "convinced that selling IMF gold is the best way forward.")
    assert ("selling IMF gold", "be", "the best way forward", False, "doubt", None, "copula") in rows
    assert ("selling IMF gold", "be", "the best way forward") not in _plain(rows)


def test_confident_that_is_the_holders_belief(nlp):
    rows = _rows(nlp, "Northern Ireland man James McIlroy is confident he can win his first major title at this "
                      "weekend's Spar European Indoor Championships in Madrid.")
    assert ("he", "win", "his first major title", False, "can", "Northern Ireland man James McIlroy", "fact") in rows


def test_make_sure_is_no_belief_of_its_subject(nlp):
    rows = _rows(nlp, "He said that police should make sure that responsible people who wanted a change could benefit "
                      "from more liberal legislation.")
    assert ("responsible people who wanted a change", "benefit from", "more liberal legislation", False, "could", "He",
            "fact") in rows
    assert not any(spk == "police" for *_, spk, _ in rows)


def test_couldnt_have_wished_for_a_better_start_is_no_denial(nlp):
    rows = _rows(nlp, "But I couldn't have wished for a better start in Madrid.")
    assert ("I", "wish for", "a better start in Madrid", False, "could", None, "fact") in rows


def test_couldnt_have_asked_for_better_is_no_denial(nlp):
    rows = _rows(nlp, "\"I'm extremely disappointed because I couldn't have asked to play better in my first two "
                      "matches,\" Raymond said.")
    assert ("I", "ask to play better in", "my first two matches", False, "could", "Raymond", "fact") in rows
    assert not any(neg for _, _, _, neg, *_ in rows)


def test_could_not_have_without_comparative_stays_negated(nlp):
    rows = _rows(nlp, "\"We actually believe people who buy the UMD would not have bought it on DVD,\" he said.")
    assert ("people who buy the UMD", "buy", "it", True, "would", "he", "fact") in rows


def test_reassurances_asked_for_are_not_asserted(nlp):
    rows = _rows(nlp, "\"But at that stage presumably ministers can ask hard questions and can ask for reassurances "
                      "that the patient is not a serious danger to the public or that any risk has been minimised.\"")
    assert ("the patient", "be", "a serious danger to the public", True, "reportedly", None, "copula") in rows


def test_not_further_than_keeps_the_comparison_in_the_relation(nlp):
    es = [e for e in extractions(nlp, "Venus went out in the fourth round, meaning she has not gone further than the "
                                      "last eight in her last five Grand Slam appearances.") if e.subject.text == "she"]
    assert [(e.relation, e.negated) for e in es] == [
        ("has not gone further than the last eight in her last five Grand Slam appearances", True)]


def test_pointed_out_that_reports(nlp):
    rows = _rows(nlp, "They also pointed out that more mergers are likely because the drug and healthcare industries "
                      "are fragmented and are under pressure to cut costs.")
    assert ("more mergers", "be", "likely", False, None, "They", "copula") in rows
    assert ("more mergers", "be", "likely") not in _plain(rows)


def test_points_to_is_no_reporting_verb(nlp):
    from kg.extract.speech import is_reporting

    doc = nlp("The IPPR report points to informal, small scale examples of such commons that already exist.")
    assert not is_reporting(next(t for t in doc if t.lower_ == "points"))
    doc = nlp("They also pointed out that more mergers are likely.")
    assert is_reporting(next(t for t in doc if t.lower_ == "pointed"))


def test_protested_that_reports(nlp):
    rows = _rows(nlp, "Many foreign firms had protested that the SEC was imposing an unfair burden.")
    assert ("the SEC", "impose", "an unfair burden", False, None, "Many foreign firms", "fact") in rows
    assert ("the SEC", "impose", "an unfair burden") not in _plain(rows)


def test_no_doubt_that_is_certainty_not_doubt(nlp):
    rows = _rows(nlp, "\"I am in no doubt that the BNP are not needed and not wanted here.\"")
    needed = [r for r in rows if r[0] == "the BNP" and r[1] == "be needed"]
    assert [(neg, mod) for _, _, _, neg, mod, _, _ in needed] == [(True, None)]


def test_expressed_doubts_that_stay_the_doubters(nlp):
    rows = _rows(nlp, "Cory Doctorow, European co-ordinator for the Electronic Frontier Foundation which campaigns for "
                      "consumers on many cyber-rights issues, expressed doubts that the Marlin system would achieve "
                      "its aims.")
    # (a "would" under the doubt is the doubt's hypothetical: modality "doubt", clauses.is_aim_of_modal)
    assert ("the Marlin system", "achieve", "its aims", False, "doubt", "Cory Doctorow", "fact") in rows


def test_it_cleft_remainder_is_no_content_of_a_noun_in_its_focus(nlp):
    rows = _rows(nlp, "It was because he had rejected previous Lib Dem proposals, such as scrapping the New Deal, that "
                      "Britain's economy was successful, claimed Mr Brown.")
    assert ("Britain's economy", "be", "successful", False, None, "Mr Brown", "copula") in rows
    assert not any(neg for _, _, _, neg, *_ in rows)



def test_but_clause_after_a_report_continues_it(nlp):
    rows = _rows(nlp, "Dr Gibbons said he accepted there was a problem, but his job now was to build on the foundations "
                      "put in place by his predecessor.")
    assert ("his job", "be to build on", "the foundations", False, None, "Dr Gibbons", "fact") in rows
    assert ("his job", "be to build on", "the foundations") not in _plain(rows)


def test_but_that_clause_after_a_report_continues_it(nlp):
    rows = _rows(nlp, "He said the discrepancy was only in the paperwork, but that money had indeed been transferred "
                      "on 14 December.")
    assert ("that money", "be transferred on", "14 December", False, None, "He", "fact") in rows


def test_reporters_next_act_without_a_subject_is_no_continued_report(nlp):
    rows = _rows(nlp, "Mr Livingstone said his comments were not racist and refused to apologise.")
    assert ("Mr Livingstone", "refuse to apologise", None, False, None, None, "fact") in rows


def test_according_to_a_norm_names_no_speaker(nlp):
    rows = _rows(nlp, "Warez groups, which began to surface in the early 1990s, operate according to a strict code of "
                      "honour.")
    assert ("Warez groups", "operate", None, False, None, None, "fact") in rows


def test_according_to_a_report_names_its_source(nlp):
    rows = _rows(nlp, "According to the Pensions Commission's report 12 million working people are not saving enough "
                      "for their retirement.")
    assert ("12 million working people", "save for", "their retirement", True, None,
            "the Pensions Commission's report", "fact") in rows


def test_but_clause_about_another_named_party_is_the_reporters(nlp):
    rows = _rows(nlp, "Mr Blair said he left \"without a stain on his character\" but Tory Dominic Grieve branded the way "
                      "Mr Blunkett's office operated as \"scandalous\".")
    assert ("he", "leave without", "a stain on his character", False, None, "Mr Blair", "fact") in rows
    assert not any(s == "Tory Dominic Grieve" and spk is not None for s, _, _, _, _, spk, _ in rows)


def test_parenthetical_says_x_is_the_speaker_not_a_subject(nlp):
    rows = _rows(nlp, "By contrast, says Mr Cox, the Mac mini is almost disposable.")
    assert ("the Mac mini", "be", "almost disposable", False, None, "Mr Cox", "copula") in rows
    assert not any(s == "Mr Cox" for s, *_ in rows)


def test_parenthetical_said_x_before_a_plural_subject(nlp):
    rows = _rows(nlp, "For instance, said Mr Makower, credit cards are rare in China partly because of fears people "
                      "have about getting in to debt.")
    assert ("credit cards", "be", "rare in China", False, None, "Mr Makower", "copula") in rows


def test_name_right_after_said_is_the_reported_subject(nlp):
    rows = _rows(nlp, "He said Mr Kilroy-Silk had made him deputy party leader of Veritas, Latin for truth.")
    assert any(s == "Mr Kilroy-Silk" and p == "make" and spk == "He" for s, p, _, _, _, spk, _ in rows)


def test_worried_that_is_the_holders_fear(nlp):
    rows = _rows(nlp, "But the UN refugees agency is worried the policy sends the wrong message to poorer countries "
                      "which receive the bulk of refugees.")
    assert ("the policy", "send", "the wrong message", False, "fear", "the UN refugees agency", "fact") in rows
    assert ("the policy", "send", "the wrong message") not in _plain(rows)


def test_concerned_that_content_is_not_a_plain_fact(nlp):
    rows = _rows(nlp, "Shani Rhys James is worried that the Arts Council of Wales may be taken over by the Welsh "
                      "Assembly Government.")
    assert ("the Arts Council of Wales", "be taken over by", "the Welsh Assembly Government", False, "may",
            "Shani Rhys James", "fact") in rows
    rows = _rows(nlp, "But the UK Internet Forum (UKIF) is concerned that the system will let scammers create fake sites "
                      "more easily.")
    assert ("the system", "let", "scammers create fake sites more easily", False, "fear", "the UK Internet Forum",
            "fact") in rows
    assert not any(p == "let" for _, p, _ in _plain(rows))


def test_hopeful_that_is_the_holders_hope(nlp):
    rows = _rows(nlp, "Chelsea physio Mike Banks was hopeful that Robben could return at some point in March.")
    assert ("Robben", "return at", "some point", False, "could", "Chelsea physio Mike Banks", "fact") in rows


def test_optimistic_that_is_the_holders_hope_not_a_fact(nlp):
    # business/argentina-closes-102-6bn-debt-swap.txt
    rows = _rows(nlp, "International lawsuits on behalf of aggrieved investors could follow but analysts are optimistic "
                      "that it will go through, despite the tough terms for bondholders.")
    # ("go through": the particle at the clause's end, clauses.is_objectless_particle)
    assert ("it", "go through despite", "the tough terms for bondholders", False, "hope", "analysts", "fact") in rows
    assert not any(p == "go through despite" for _, p, _ in _plain(rows))


def test_as_far_as_we_were_concerned_frames_nothing(nlp):
    # the idiom has no clause under "concerned": what follows is the speaker's own statement
    rows = _rows(nlp, "\"We had told Chelsea that as far as we were concerned he was not for sale and we didn't want "
                      "to sell him.")
    assert ("he", "be for", "sale", True, None, "We", "fact") in rows


def test_person_clear_that_is_his_claim_it_is_clear_is_the_writers(nlp):
    rows = _rows(nlp, "He is clear the ads will not be the traditional \"in-your-face\" type familiar to commercial "
                      "radio now.")
    assert ("the ads", "be", "the traditional \"in-your-face\" type familiar to commercial radio", True, None, "He",
            "copula") in rows
    rows = _rows(nlp, "Nobody knows exactly how many Iraqis are out of work, but it is clear that the situation is dire.")
    assert ("the situation", "be", "dire") in _plain(rows)


def test_clause_before_so_and_a_reporting_verb_is_not_reported(nlp):
    # "X, so he asked others …": the parser hangs X on "asked" as its complement
    rows = _rows(nlp, "Mr Curry is not a computer programmer, so he asked others to create one for him.")
    assert ("Mr Curry", "be", "a computer programmer", True, None, None, "copula") in rows
    assert not any(kind == "speech" for *_, kind in rows)
    rows = _rows(nlp, "In the tunnel Wenger was criticising my players, calling them cheats, so I told him to leave them "
                      "alone and behave himself,\" Ferguson said on Saturday.")
    assert ("Wenger", "criticise", "my players", False, None, "Ferguson", "fact") in rows
    assert not any(p == "tell" and kind == "speech" for _, p, *_, kind in rows)


def test_statement_before_but_why_question_is_not_asked(nlp):
    rows = _rows(nlp, "\"Of course we applaud humanitarian initiatives, but why target the airlines?\" said Ulrich "
                      "Schulte-Strathaus, secretary general of the Association of European Airlines.")
    assert ("we", "applaud", "humanitarian initiatives", False, None, "Ulrich Schulte-Strathaus", "fact") in rows
    assert ("we", "target", "the airlines", False, "question", "Ulrich Schulte-Strathaus", "fact") in rows
    rows = _rows(nlp, "He wants to play for Martin O'Neill, but does Martin O'Neill want to play him?")
    assert ("He", "want to play for", "Martin O'Neill", False, None, None, "fact") in rows
    assert ("Martin O'Neill", "want to play", "him", False, "question", None, "fact") in rows


def test_two_questions_joined_by_and_are_both_asked(nlp):
    rows = _rows(nlp, "Why did the minister sack him, and who will replace him?")
    assert ("the minister", "sack", "him", False, "question", None, "fact") in rows


def test_or_not_of_an_alternative_negates_nothing(nlp):
    rows = _rows(nlp, "He told BBC Sport: \"I'm not sure if I want to stay or not because the club have let the "
                      "situation go on this far.")
    assert ("I", "be", "sure", True, "conditional", "He", "copula") in rows
    assert any(s == "the club" and p == "let" and not neg for s, p, _, neg, *_ in rows)
    rows = _rows(nlp, "A key factor for EU decision makers should be whether or not Turkey has met its economic criteria.")
    assert ("Turkey", "meet", "its economic criteria", False, "question", None, "fact") in rows
    assert not any(neg for _, _, _, neg, *_ in rows)


def test_reporters_stressed_is_not_the_reported_subjects(nlp):
    # "stressed" hangs on the reported "was" in the parse; a result does not stress, the firm does
    rows = _rows(nlp, "The firm said the result was below expectations but stressed that the majority of its UK projects "
                      "- which also include the White City redevelopment scheme in west London - were performing "
                      "strongly.")
    assert any(s == "its UK projects" and p == "include" for s, p, *_ in rows)
    assert not any(s == "the result" and p == "stress" for s, p, *_ in rows)
    assert not any(spk == "the result" for *_, spk, _ in rows)


def test_comma_relative_in_indirect_speech_is_the_writers_background(nlp):
    rows = _rows(nlp, "Afterwards, Dent said he rated US Open semi-finalist Johansson as a top contender at the "
                      "Australian Open, which starts on 17 January.")
    assert ("the Australian Open", "start on", "17 January", False, None, None, "fact") in rows
    rows = _rows(nlp, "But Nair said that her film had picked up on the way Thackeray - who was born in India but moved "
                      "to England as a young man - had seen the world.")
    assert ("Thackeray", "be born in", "India", False, None, None, "fact") in rows
    assert ("Thackeray", "move to", "England", False, None, None, "fact") in rows
    assert ("Thackeray", "see", "the world", False, None, "Nair", "fact") in rows  # (what her film picked up on)


def test_comma_relative_that_reports_or_is_quoted_stays_the_speakers(nlp):
    rows = _rows(nlp, "Weitz said he had visited Pullman, who had told him that the Authority could \"represent any "
                      "arbitrary establishment that curtails the freedom of the individual\".")
    assert ("the Authority", "represent", "any arbitrary establishment that curtails the freedom of the individual", False,
            "could", "Pullman", "fact") in rows
    rows = _rows(nlp, "\"The company, which employs 500 people, will not close the plant,\" Mr Smith said.")
    assert ("The company", "employ", "500 people", False, None, "Mr Smith", "fact") in rows


def test_clause_describing_the_source_of_according_to_is_not_its_claim(nlp):
    rows = _rows(nlp, "Almost half of the UK population now shop online according to figures collected by the Interactive "
                      "Media in Retail Group which represents web retailers.")
    assert ("the Interactive Media in Retail Group", "represent", "web retailers", False, None, None, "fact") in rows
    assert ("Almost half of the UK population", "shop", None, False, None, "figures", "fact") in rows


def test_claim_of_the_one_criticised_for_it_is_theirs(nlp):
    rows = _rows(nlp, "Mr Smith criticised the government for claiming the EU constitution would make Europe easier to "
                      "understand.")
    assert ("the EU constitution", "make", "Europe easier to understand", False, "would", "the government",
            "fact") in rows
    assert not any(spk == "Mr Smith" for *_, spk, _ in rows)
    rows = _rows(nlp, "He accused the party of claiming it would spend less.")
    assert ("it", "spend", "less", False, "would", "the party", "fact") in rows


def test_gerund_claim_after_a_preposition_stays_the_subjects(nlp):
    rows = _rows(nlp, "Newcastle boss Graeme Souness has reopened his dispute with Craig Bellamy after claiming the "
                      "Welshman was \"not good enough\" for the Magpies.")
    assert ("the Welshman", "be", "good enough", True, None, "Newcastle boss Graeme Souness", "copula") in rows
    rows = _rows(nlp, "Mr Straw was criticised for insisting the detentions would continue.")
    assert ("the detentions", "continue", None, False, "would", "Mr Straw", "fact") in rows


def test_it_is_better_that_is_wished_not_done(nlp):
    rows = _rows(nlp, "The Tories say the strategic health authorities are not needed as it is better that local people, "
                      "rather than officials, run hospitals and surgeries.")
    assert ("local people", "run", "hospitals", False, "wish", "The Tories", "fact") in rows


def test_it_is_time_that_is_called_for_the_first_time_is_a_fact(nlp):
    rows = _rows(nlp, "We have the evidence and it is time the world discovered the truth.")
    assert ("the world", "discover", "the truth", False, "wish", None, "fact") in rows
    assert ("the world", "discover", "the truth") not in _plain(rows)
    rows = _rows(nlp, "But with environmental issues still occupying our thoughts it is high time they made a comeback.")
    assert ("they", "make", "a comeback", False, "wish", None, "fact") in rows
    rows = _rows(nlp, "It is the first time Microsoft has launched a counterfeit product replacement scheme in the world, "
                      "the company told the BBC News website.")
    assert not any(mod == "wish" for _, _, _, _, mod, *_ in rows)


def test_a_modal_is_shared_by_the_bare_verbs_coordinated_with_it(nlp):
    # a court's order: she must attend, must pay — not what she did
    rows = _rows(nlp, "She must also do 100 hours community service, have drug treatment, attend Narcotics Anonymous "
                      "and pay a fine.")
    assert ("She", "attend", "Narcotics Anonymous", False, "must", None, "fact") in rows
    assert ("She", "pay", "a fine", False, "must", None, "fact") in rows
    assert not _plain(rows)


def test_a_finite_conjunct_or_one_with_its_own_subject_keeps_its_own_modality(nlp):
    rows = _rows(nlp, "The company may sell the unit and the buyers will keep the staff.")
    assert ("The company", "sell", "the unit", False, "may", None, "fact") in rows
    assert ("the buyers", "keep", "the staff") in _plain(rows)
    rows = _rows(nlp, "Hackers can build malicious playlist files which could crash the program and let them seize "
                      "control of the computer by inserting Trojan code.")
    assert ("malicious playlist files", "let", "them seize control of the computer by inserting Trojan code", False,
            "could", None, "fact") in rows


def test_a_negated_modal_is_shared_too_but_not_across_but(nlp):
    rows = _rows(nlp, "The government could not pick and choose when to use the convention, he said.")
    assert ("The government", "choose when to use", "the convention", True, "could", "he", "fact") in rows
    rows = _rows(nlp, "After Vladimir Putin became president in 2000, he did not raise taxes, but put a lot of effort "
                      "into enforcement.")
    assert ("he", "raise", "taxes", True, None, None, "fact") in rows
    assert ("he", "put", "a lot of effort", False, None, None, "fact") in rows


def test_a_finite_verb_after_did_not_keeps_its_own_polarity(nlp):
    # "did not X and hit/cut": a past of its own (tagged VBD, or a past spelt as its base), not a denial
    rows = _rows(nlp, "Owen did not start and hit the post twice.")
    assert ("Owen", "hit", "the post", False, None, None, "fact") in rows
    assert ("Owen", "hit", "the post", True, None, None, "fact") not in rows
    rows = _rows(nlp, "Ministers did not consult unions and cut 400 jobs.")
    assert ("Ministers", "consult", "unions", True, None, None, "fact") in rows
    assert ("Ministers", "cut", "400 jobs", False, None, None, "fact") in rows
    assert ("Ministers", "cut", "400 jobs", True, None, None, "fact") not in rows
    # an "or" keeps it under the negation; a form that can only be bare shares it
    rows = _rows(nlp, "Ministers did not consult unions or cut 400 jobs.")
    assert ("Ministers", "cut", "400 jobs", True, None, None, "fact") in rows
    rows = _rows(nlp, "The firm does not make cars and sell them.")
    assert ("The firm", "sell", "them", True, None, None, "fact") in rows


def test_beliefs_and_insinuations_are_the_holders_not_facts(nlp):
    # feel / speculate / intimate (that) Y: Y is the holder's view
    rows = _rows(nlp, "Mourinho intimated that United boss Sir Alex Ferguson influenced referee Neale Barry after the duo "
                      "walked down the tunnel together at half-time.")
    assert ("United boss Sir Alex Ferguson", "influence", "referee Neale Barry", False, None, "Mourinho", "fact") in rows
    assert ("United boss Sir Alex Ferguson", "influence", "referee Neale Barry") not in _plain(rows)
    rows = _rows(nlp, "They felt the timing was insensitive because the Black Watch was in the frontline in Iraq, "
                      "suffering casualties.")
    assert ("the timing", "be", "insensitive", False, None, "They", "copula") in rows
    rows = _rows(nlp, "Mike Prettejohn, Netcraft president, speculated that the blocking decision might have been taken "
                      "to cut costs, and traffic, in the run-up to the election on 2 November.")
    assert ("the blocking decision", "be taken on", "2 November", False, "might", "Mike Prettejohn", "fact") in rows


def test_comment_reports_words_only_when_it_gives_them(nlp):
    rows = _rows(nlp, 'Station manager Steve Taylor commented: "Listeners can interact with the radio station in a new way.')
    assert ("Listeners", "interact with", "the radio station", False, "can", "Station manager Steve Taylor", "fact") in rows
    # "declined to comment" is a plain fact of its own, no report that lost its words
    [declined] = [e for e in extractions(nlp, "Akamai declined to comment, saying it could not talk about customer websites.")
                  if e.relation_lemma == "decline to comment"]
    assert (declined.subject.text, declined.object, declined.negated, declined.uninformative) == ("Akamai", None, False, None)


def test_a_not_of_an_infinitive_is_not_shared_by_its_conjunct(nlp):
    rows = _rows(nlp, 'Christian Aid has called on British firms not to simply "cut and run" but look after their workers, '
                      "in a new report called Rags To Riches To Rags.")
    # (session 27: the one called on and what they are asked make the object; the not is theirs, no row negated)
    assert ("Christian Aid", "call on", 'British firms not to simply "cut and run" but look after their workers', False,
            None, None, "fact") in rows
    assert not any(r[3] for r in rows)


def test_a_quoted_we_that_reports_takes_the_quotations_speaker(nlp):
    # "we agreed that Y" in a quotation whose speaker is named a sentence before: Y is Mr Blair's words
    rows = _article_rows(nlp, "\"We agreed that in Afghanistan there is some cause for optimism about the progress that "
                              "has been made there,\" said Mr Blair. \"In respect of Iraq, we agreed that whatever the "
                              "issues of the past, the important thing now is to see the strategy through and ensure "
                              "that Iraq is capable of becoming a stable and democratic state.\"")
    assert ("Iraq", "be", "capable of becoming a stable and democratic state", False, None, "Mr Blair", "copula") in rows
    assert not [r for r in rows if r[5] is not None and r[5].casefold() == "we"]


def test_a_condition_without_if_is_supposed_not_asserted(nlp):
    rows = _rows(nlp, "WMC itself, however, has no objection in principle to being bought out, having spun off its "
                      "aluminium operations in 2002 to make itself a more tempting target - as long as the price is right.")
    assert ("the price", "be", "right", False, "conditional", None, "copula") in rows
    rows = _rows(nlp, "One thing that is for sure - assuming that Nokia retains its market share in handsets, it is "
                      "estimating that there will be 100 million Visual Radio-enabled mobile phones in circulation by "
                      "the end of 2006.")
    assert ("Nokia", "retain", "its market share in handsets", False, "conditional", None, "fact") in rows
    assert ("Nokia", "retain", "its market share in handsets") not in _plain(rows)


def test_for_as_long_as_is_a_duration_not_a_condition(nlp):
    rows = _rows(nlp, "The NISCC spokesman said the site and alerting service would stay in existence for as long as "
                      "there were security bugs on home computers and other gadgets.")
    assert ("there", "be", "security bugs on home computers and other gadgets", False, None, "The NISCC spokesman",
            "copula") in rows


def test_content_of_missing_evidence_is_nobodys_claim(nlp):
    rows = _rows(nlp, "But the Pentagon told BBC News US policy \"condemns and prohibits\" torture and said there was no "
                      "evidence that any British detainee was tortured or abused.")
    assert ("any British detainee", "be tortured", None, False, "unclaimed", "the Pentagon", "fact") in rows
    rows = _rows(nlp, "\"As far as we are aware, the Agnelli family, which indirectly controls at least 30% of Fiat, has not "
                      "given a firm public indication that it wants to sell the auto business.")
    assert ("it", "want to sell", "the auto business", False, "unclaimed", None, "fact") in rows
    assert ("it", "want to sell", "the auto business") not in _plain(rows)


def test_a_sign_read_by_others_is_their_reading_a_sign_the_writer_gives_stays(nlp):
    rows = _rows(nlp, "The appointment of Mahmoud Mohieldin, a reform-minded technocrat, to the new post of investment "
                      "minister in July was taken as a sign that more sell-offs were on the way.")
    assert ("more sell-offs", "be on", "the way", False, "belief", None, "fact") in rows
    rows = _rows(nlp, "And figures for retail volume outperformed measures of actual spending, an indication that consumers "
                      "are looking for bargains, and retailers are cutting their prices.")
    assert ("consumers", "look for", "bargains") in _plain(rows)


def test_a_negated_time_at_once_stays_in_the_relation(nlp):
    # he plans to use them, later: the negation falls on "straight away"
    [e] = [e for e in extractions(nlp, "He questioned why there was \"such a rush\" to introduce the legislation when "
                                       "Mr Clarke had indicated he was not planning to use the house arrest powers "
                                       "straight away.") if e.relation_lemma == "plan to use"]
    assert (e.subject.text, e.relation, e.object.text, e.negated) == (
        "he", "was not planning to use straight away", "the house arrest powers", True)
    [e] = [e for e in extractions(nlp, "Lord Falconer and Baroness Morgan played no part in drafting the answer.")
           if e.subject.text == "Lord Falconer"]
    assert (e.relation, e.negated) == ("played", True)


def test_pleading_no_contest_is_a_plea_not_a_negation(nlp):
    rows = _rows(nlp, "She had back-to-back court appearances in two separate cases in Los Angeles, first pleading no "
                      "contest to attacking a woman with a whisky bottle.")
    assert ("She", "plead", "no contest to attacking a woman with a whisky bottle", False, None, None, "fact") in rows
    assert not any(neg for _, _, _, neg, *_ in rows)


def test_a_he_speaker_is_not_the_subject_his_words_name(nlp):
    # the resolver read "he" as Diversity, the clause's own subject: a speaker calls himself "I"; the "he" that
    # reports it is none of the names it reports (kg.resolve.coref.named_in_the_quotation), so he is Mr Bell
    rows = _resolved(nlp, 'Mr Bell said Muslim, Jewish and Evangelical Christian schools must be "intolerant of '
                          'intolerance". Diversity "certainly must not mean segregated or separate", he said.')
    assert ("Diversity", "Diversity", "mean", "segregated or separate", True, "Bell", "fact") in rows
    assert not [r for r in rows if r[5] == "Diversity"]
    # a named denier controls his own clause: still his
    rows = _resolved(nlp, "Mr Jackson, 46, denies plying a boy with alcohol and molesting him.")
    assert ("Mr Jackson", "Jackson", "ply", "a boy", True, "Jackson", "fact") in rows


def test_who_is_quoted_as_saying_is_the_speaker(nlp):
    rows = _rows(nlp, "Last month, the company warned it may transfer as many as 7,000 jobs out Australia, with Mr Dixon "
                      "quoted as saying that the carrier could no longer afford to remain \"all-Australian\".")
    assert ("the carrier", "afford to remain", "all-Australian", True, "could", "Mr Dixon", "copula") in rows
    # the company's own warning stays the company's
    assert ("it", "transfer", "as many as 7,000 jobs", False, "may", "the company", "fact") in rows
    rows = _rows(nlp, "Israeli media quoted officials as saying Washington appears closer to the plan.")
    assert ("Washington", "appear closer to", "the plan", False, None, "officials", "fact") in rows  # (PLACING_ADVERBS)


def test_making_no_bones_is_saying_openly_not_a_negation(nlp):
    rows = _rows(nlp, "\"I would definitely want the job - I make no bones about it,\" Sculthorpe told BBC Sport.")
    assert ("I", "make", "no bones about it", False, None, "Sculthorpe", "fact") in rows
    assert not any(neg for _, _, _, neg, *_ in rows)
