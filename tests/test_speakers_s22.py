"""Speakers, session 22 (issue 16: whose claim, hedges, polarity): real paragraphs of the pool."""
from __future__ import annotations

from extract_helpers import readings, resolved

from kg.extract.quotes import READERS_COMMENT, commentary_start, speaks_in_first_person

# politics (minimum wage, s21 blind rows): the news report, then readers' comments ("Have your say") that say "I"
NEWS = ("Minimum wage increased to £5.05\n\n"
        "The minimum wage will rise in October, benefiting more than 1m people, the government has announced.\n\n"
        "A further increase in the adult rate to £5.35 an hour is provisionally scheduled for October 2006.\n\n"
        "The Liberal Democrats' economics spokesman Vincent Cable said he supported the move to raise the minimum "
        "wage.\n\n"
        "A £3 per hour minimum wage was introduced last October for 16 to 17-year-olds, but apprentices are exempt.\n\n")
COMMENTS = ("It's still not good enough! I got a part time Job at 16 when I was doing my A-levels in an attempt to get "
            "a little money saved for Uni.\n\n"
            "I now earn a 6 figure salary. I did that through hard work and getting off my backside. A minimum wage "
            "just makes people complacent.\n\n"
            "The timing cannot be coincidental. This is blatant electioneering and should be exposed as such.\n\n"
            'As usual, the public have short memories when it comes to voting for "the greatest".\n\n'
            "Phil Collins doesn't deserve awards for all the good songs he wrote?\n")


def reading(triples, lemma, subject=None):
    [t] = [t for t in triples if t.relation_lemma == lemma
           and subject in {None, t.subject if isinstance(t.subject, str) else t.subject.text}]
    return t


def analysed(nlp, text):
    """The extractions of ``text`` read as one article, before resolution (quotations and comments marked)."""
    from kg.analysis import analyse_articles
    from kg.records import Article

    [analysis] = analyse_articles([Article("t0", text)], nlp)
    return analysis.extractions


def test_readers_comments_are_their_words_not_facts(nlp):
    ex = analysed(nlp, NEWS + COMMENTS)
    made = reading(ex, "make")  # a reader's opinion, after "I now earn …": no fact of the graph
    assert (made.subject.text, made.object.text, made.speaker, made.uninformative) == (
        "A minimum wage", "people complacent", None, READERS_COMMENT)
    timing = reading(ex, "be", "The timing")  # "The timing cannot be coincidental": the next reader's
    assert (timing.subject.text, timing.relation, timing.uninformative) == ("The timing", "can not be", READERS_COMMENT)
    # not in the graph; the report before the comments stays the writer's account
    triples = resolved(nlp, NEWS + COMMENTS)
    assert not [t for t in triples if t.subject in {"A minimum wage", "The timing", "the public"}]
    # negative: a reader's question already says it is no fact, and stays as it was
    question = reading(triples, "deserve")
    assert (question.subject, question.negated, question.modality) == ("Phil Collins", True, "question")
    introduced = reading(triples, "be introduced for")
    assert (introduced.subject, introduced.modality, introduced.attributed_to) == (
        "A £3 per hour minimum wage", None, None)


def test_one_first_person_paragraph_or_a_column_is_no_commentary(nlp):
    # negative: a single paragraph in the first person (a reporter's aside) leaves the article a report
    one = NEWS + ("I now earn a 6 figure salary. I did that through hard work and getting off my backside. A minimum "
                  "wage just makes people complacent.\n")
    assert commentary_start(one) is None
    assert reading(resolved(nlp, one), "make").modality is None  # (the reading stays, as on main)
    # negative: a column, its writer's "I" from the first paragraphs on (sport, s21 blind rows' article), states its
    # facts in the same voice: left as it is
    column = ("Athens memories soar above lows\n\n"
              "Obviously, there's no getting away from the differing fortunes of Kelly Holmes and Paula Radcliffe. But "
              "I want to remind people that there were other successes.\n\n"
              "One of my favourite Olympic moments was Kelly's success in the 800m.\n\n"
              "Mourinho has won the biggest club prize of all, the Champions League.\n\n"
              "I think it was a great year.\n")
    assert commentary_start(column) is None


def test_a_quoted_or_titled_i_is_not_the_writers():
    # entertainment (BAFTA): the "my" and "I" are inside her quotation
    assert not speaks_in_first_person('Asked whether she was nervous about her best actress nomination she said: '
                                      '"It\'s out of my hands, there\'s nothing I can do."')
    # entertainment (jungle show, Elvis): an "I" of a title
    assert not speaks_in_first_person("Before joining I'm a Celebrity, he had signed up to play Jack in Jack and the "
                                      "Beanstalk in Birmingham.")
    assert not speaks_in_first_person("The finale of ITV1's I'm a Celebrity... Get Me Out of Here drew an average of "
                                      "10.9m viewers.")
    assert not speaks_in_first_person("A Fool Such As I would become the third.")
    # sport (a columnist, s21 blind row): the writer's own "my"
    assert speaks_in_first_person("One of my favourite Olympic moments was Kelly's success in the 800m.")


def test_told_someone_then_a_colon_gives_the_quotation_its_speaker(nlp):
    # entertainment (MTV awards, s21 blind row: "Eminem's quote with no speaker"): the parse reads "told the crowd"
    # as a plain act and the quotation as a sentence of its own; the quotation is Eminem's
    triples = resolved(nlp, 'Eminem\'s group, D12, were surprise winners in the best hip-hop category.\n\n'
                            'Eminem told the crowd: "D12 finally won an award, thank you very much."\n')
    won = reading(triples, "win")
    assert (won.subject, won.object, won.attributed_to, won.modality) == ("D12", "an award", "Eminem", None)
    # politics (Straw): a colon inside the quotation
    triples = resolved(nlp, 'But the foreign secretary told the Commons foreign affairs committee: "Our position is '
                            'very clear: it is entirely justified and it is not for negotiation."\n')
    assert reading(triples, "be", "Our position").attributed_to == "the foreign secretary"


def test_told_someone_of_another_writer_keeps_that_writers_words(nlp):
    # negative: the quotation after "told the story of X, who wrote:" is X's, not the teller's (the object of "told"
    # does not end at the colon)
    triples = resolved(nlp, 'He told the story of his grandfather, who wrote: "The soldiers burned the village."\n')
    assert reading(triples, "burn").attributed_to == "his grandfather"


def test_a_report_closing_two_clauses_covers_the_first(nlp):
    # business (Liberia, s21 blind row: "IMF's statement given with no speaker"): the parse makes "has said" a
    # conjunct of "started" with the second clause its complement; the growth is the IMF's statement too
    read = readings(nlp, 'The Liberian economy started to grow in 2004, but "sustained and deep reform efforts" are '
                         'needed to ensure long term growth, the International Monetary Fund (IMF) has said.')
    assert ("The Liberian economy", "started to grow in", "2004", False, None, "the International Monetary Fund") in read
    # business (Yukos): the same shape with a modal first clause
    read = readings(nlp, "Some of the projects may be allowed to start work again with the proper permits, but others "
                         "would be cancelled, he said.")
    assert ("Some of the projects", "may be allowed to start", "work again with the proper permits", False, "may",
            "he") in read


def test_a_report_after_its_own_clause_reports_nothing_before(nlp):
    # negative: the report's clause follows it ("and said …"), or the report opens its own clause ("now it says …")
    read = readings(nlp, "The firm cut 500 jobs and said profits would fall.")
    assert ("The firm", "cut", "500 jobs", False, None, None) in read
    read = readings(nlp, "The firm cut 500 jobs last year, and now it says profits will fall.")
    assert ("The firm", "cut", "500 jobs", False, None, None) in read


def test_what_a_person_has_shown_is_the_reporters_reading(nlp):
    # politics (Labour's core support, s21 blind row: "the claim is Katrina Bull's, attributed to Tony Blair"):
    # Mr Blair showed it by what he did; that he could rouse the grassroots is her claim
    read = readings(nlp, "Katrina Bull, a prospective parliamentary candidate said Mr Blair had shown he could rouse "
                         "the party's grassroots.")
    assert ("he", "could rouse", "the party's grassroots", False, "could", "Katrina Bull") in read
    # negative: a verb of saying inside the report keeps its own speaker
    read = readings(nlp, "Katrina Bull said Mr Blair had claimed he could rouse the party's grassroots.")
    assert ("he", "could rouse", "the party's grassroots", False, "could", "Mr Blair") in read


def test_what_a_person_has_shown_on_its_own_stays_as_it_was(nlp):
    # negative: no report around it, the shower stays (as on main)
    read = readings(nlp, "Mr Blair has shown he can rouse the party's grassroots.")
    assert ("he", "can rouse", "the party's grassroots", False, "can", "Mr Blair") in read


def test_a_backshifted_clause_inside_a_carried_sentence_is_the_speakers(nlp):
    # tech (mobile music, s21 blind row: "Ms Milanesi's reported view with no speaker"): the relative clause in the
    # same "would" as the sentence that carries her report on
    read = readings(nlp, "Ms Milanesi said more models would likely be released in the coming year with hard drives. "
                         "But they would be more likely to compete with the smaller capacity music players that have "
                         "around four gigabyte storage capacity, which would not put too much strain on battery life.")
    assert ("around four gigabyte storage capacity", "would not put too much strain on", "battery life", True, "would",
            "Ms Milanesi") in read


def test_a_clause_not_in_the_backshifted_modal_stays_the_writers(nlp):
    # negative: the present-tense relative of the carried sentence is no backshifted report
    read = readings(nlp, "Ms Milanesi said more models would likely be released in the coming year with hard drives. "
                         "But they would be more likely to compete with the smaller capacity music players that have "
                         "around four gigabyte storage capacity, which would not put too much strain on battery life.")
    assert ("the smaller capacity music players", "have", "around four gigabyte storage capacity", False, None,
            None) in read
