"""Attribution (issue 16, session 8): the verbs of saying in one table; real BBC sentences."""
from __future__ import annotations

from collections import Counter

from kg.extract import quotes, speech


def test_every_verb_of_saying_is_written_once():
    counts = Counter(v for verbs in speech.VERB_USES.values() for v in verbs.split())
    assert [v for v, n in counts.items() if n > 1] == []


def test_the_lists_of_verbs_of_saying_read_the_one_table():
    assert quotes.SAYING == speech.verbs_for("quote")
    assert speech.REPORTING == speech.verbs_for("report")
    assert speech.REPORTING_PARTICIPLES == speech.verbs_for("carry")
    assert speech.EVIDENTIAL == speech.verbs_for("evidence")
    # a verb of thinking reports, but names no quotation's speaker and carries no report on
    assert "think" in speech.REPORTING and "think" not in quotes.SAYING | speech.REPORTING_PARTICIPLES
    # evidence only: "the figures mean that Y" is no speech act
    assert "mean" in speech.EVIDENTIAL and "mean" not in speech.REPORTING


def _rows(exs):
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None, e.negated, e.modality,
             e.speaker.text if e.speaker else None) for e in exs]


def test_coordinated_speakers_each_say_the_content(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "The dollar regained some lost ground against most major currencies on Wednesday "
                                  "after South Korea and Japan denied they were planning a sell-off."))
    denied = [r for r in rows if r[1] == "plan"]
    assert denied == [("they", "plan", "a sell-off", True, None, "South Korea"),
                      ("they", "plan", "a sell-off", True, None, "Japan")]


def test_a_list_inside_the_speakers_prepositional_phrase_is_one_speaker(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "A spokesman for the Department for Culture, Media and Sport said there were no "
                                  "plans to sell the channel."))
    assert [r[5] for r in rows if r[1] == "be"] == ["A spokesman for the Department for Culture"]


def test_hopes_is_the_verb_hope(nlp):
    from extract_helpers import extractions
    text = ("The government hopes that the new currency will cement the country's economic progress, two weeks "
            "after EU leaders set a date for the start of Turkey's accession talks.")
    rows = _rows(extractions(nlp, text))
    assert ("the new currency", "cement", "the country's economic progress", False, "hope", "The government") in rows
    # not the reporter's plain fact
    assert ("the new currency", "cement", "the country's economic progress", False, None, None) not in rows


def test_a_third_person_in_es_after_a_sibilant_or_o_keeps_its_lemma(nlp):
    from kg.extract.misreadings import verb_lemma
    for text, form, lemma in [
            ("Opec closely watches global stocks to ensure that there is not an excessive supply in the market.",
             "watches", "watch"),
            ("\"This deal goes a long way to restoring the market faith in Phytopharm's pipeline after the Pfizer "
             "exit,\" said analyst Erling Refsum at Nomura.", "goes", "go"),
            ("The government hopes that the new currency will cement the country's economic progress.",
             "hopes", "hope")]:
        verb = next(t for t in nlp(text) if t.lower_ == form)
        assert verb_lemma(verb) == lemma


ID_CARDS = ("When ID cards become mandatory, the data collected will not be protected by the Data Protection Act, and "
            "will be readily available to people like GCHQ, with no control by the person whose ID is being checked.")


def test_a_fronted_when_clause_in_the_present_makes_the_future_conditional(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, ID_CARDS))
    assert ("the data", "be protected by", "the Data Protection Act", True, "conditional", None) in rows
    assert ("ID cards", "become", "mandatory", False, "conditional", None) in rows
    # not the writer's plain statement that the data will not be protected
    assert ("the data", "be protected by", "the Data Protection Act", True, None, None) not in rows


def test_a_when_clause_in_the_past_is_no_condition(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "When she was eight, her mother took a decision which changed her life."))
    assert ("her mother", "take", "a decision which changed her life", False, None, None) in rows
    assert ("she", "be", "eight", False, None, None) in rows


def test_a_past_event_a_hope_is_dated_from_is_the_writers(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "Allardyce hopes Candela's arrival will relieve Bolton's injury crisis after defender "
                                  "Nicky Hunt limped out injured during Oldham's 1-0 win against Oldham in the FA Cup on "
                                  "Sunday."))
    assert ("Candela's arrival", "relieve", "Bolton's injury crisis", False, "hope", "Allardyce") in rows
    assert ("defender Nicky Hunt", "limp out", None, False, None, None) in rows
    assert ("defender Nicky Hunt", "limp out", None, False, None, "Allardyce") not in rows


def test_a_past_event_a_past_claim_is_dated_from_stays_the_speakers(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "But he said that the papers documenting the transaction were not drawn up till weeks "
                                  "after Yukos made its bankruptcy application on 14 December, and then backdated."))
    assert ("Yukos", "make", "its bankruptcy application", False, None, "he") in rows


# review 8a item 1: an after-clause about the reported subject, or a causal "since", stays the speaker's

def test_an_allegation_after_the_reported_subject_stays_the_speakers(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "Police said a 34-year-old man is being questioned after he attacked two officers in "
                                  "Leeds."))
    assert ("he", "attack", "two officers", False, None, "Police") in rows
    assert ("he", "attack", "two officers", False, None, None) not in rows
    rows = _rows(extractions(nlp, "The prosecutor says Jones is being held after he shot his neighbour."))
    assert ("he", "shoot", "his neighbour", False, None, "The prosecutor") in rows
    assert ("he", "shoot", "his neighbour", False, None, None) not in rows


def test_a_causal_since_clause_stays_the_speakers(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "Gordon Brown said he will resign since the party betrayed him."))
    assert ("the party", "betray", "him", False, None, "Gordon Brown") in rows
    assert ("the party", "betray", "him", False, None, None) not in rows


def test_a_past_event_a_present_claim_is_dated_from_is_the_writers(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "Sir Alex Ferguson said he has no regrets after his second-string side lost 3-0."))
    assert ("he", "have", "regrets", True, None, "Sir Alex Ferguson") in rows
    assert ("his second-string side", "lose", None, False, None, None) in rows
    assert ("his second-string side", "lose", None, False, None, "Sir Alex Ferguson") not in rows


# review 8a items 9 and 10: one list of future auxiliaries; a dated when-clause is a scheduled event

def test_a_curly_ll_is_future_like_a_straight_one(nlp):
    from extract_helpers import extractions
    from kg import timeclause
    from kg.extract import modality
    from kg.lexicon import FUTURE_AUX
    assert "’ll" in FUTURE_AUX and modality.FUTURE_AUX is FUTURE_AUX and timeclause.FUTURE_AUX is FUTURE_AUX
    for ll in ("'ll", "’ll"):
        rows = _rows(extractions(nlp, f"When the law takes effect next year, it{ll} cost firms millions."))
        assert ("the law", "take", "effect", False, "conditional", None) in rows
        assert ("the law", "take", "effect", False, None, None) not in rows


def test_a_when_clause_with_its_own_date_is_no_condition(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "When the new stadium opens in 2006, it will hold 60,000 fans."))
    assert ("the new stadium", "open in", "2006", False, None, None) in rows
    assert ("the new stadium", "open in", "2006", False, "conditional", None) not in rows


def test_a_since_of_time_after_a_perfect_is_the_writers(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "The Tory leader said English local authorities have spent more than £3bn - or £140 per "
                                  "household - on asylum since Labour won power in 1997."))
    assert ("Labour", "win", "power", False, None, None) in rows
    assert ("Labour", "win", "power", False, None, "The Tory leader") not in rows


def test_a_clause_a_content_noun_is_equated_with_takes_its_modality(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "The fear is that the touch screen and voice recognition are treated as little more "
                                  "than gimmicks."))
    assert ("the touch screen and voice recognition", "be treated", "as little more than gimmicks", False, "fear",
            None) in rows
    assert ("the touch screen and voice recognition", "be treated", "as little more than gimmicks", False, None,
            None) not in rows


def test_a_clause_a_plain_noun_is_equated_with_stays_asserted(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "The reality is that the millions of downloaders represent a very attractive "
                                  "audience."))
    assert ("the millions of downloaders", "represent", "a very attractive audience", False, None, None) in rows


def test_the_wh_adverb_of_an_infinitive_stays_in_the_relation(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "And she did not know where to go fossil-hunting on the trip because she could not "
                                  "type \"fossils Norfolk\" into Google."))
    assert ("she", "know where to go", "fossil-hunting", True, None, None) in rows
    assert not any(r[1] == "know to go" for r in rows)
    # a chain with no wh-adverb keeps its relation
    rows = _rows(extractions(nlp, "Radcliffe decided only recently to run in the race."))
    assert ("Radcliffe", "decide to run in", "the race", False, None, None) in rows


def test_a_that_clause_hung_on_the_addressee_is_what_was_told(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "Tim Renner, the head of Universal Music Germany until last year, told BBC World "
                                  "Service's The Music Biz programme that the country's music industry was now "
                                  "struggling to survive."))
    assert ("the country's music industry", "struggle to survive", None, False, None, "Tim Renner") in rows
    assert ("the country's music industry", "struggle to survive", None, False, None, None) not in rows


def test_a_concessive_clause_inside_the_equated_clause_is_not_feared(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "My concern is that, whilst the Labour Party and the Conservative Party will take a "
                                  "constructive approach to the debate, right-wing political parties will exploit this."))
    assert [r[4] for r in rows if r[1] == "take constructive approach to"] == [None, None]


def test_a_that_clause_after_to_is_not_what_the_verb_tells(nlp):
    from extract_helpers import extractions
    rows = _rows(extractions(nlp, "The Tories say ministers must respond in Parliament to claims that the legal advice "
                                  "used to justify the Iraq war was drawn up at Number 10."))
    # (the Tories say ministers must respond to the claims; they do not make them: the claims' content is nobody's
    # here, modality.is_hearsay, session 14)
    assert ("the legal advice", "be drawn up at", "Number 10", False, "reportedly", None) in rows
    assert not any(r[5] == "ministers" for r in rows)
