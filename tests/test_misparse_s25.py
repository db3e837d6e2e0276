"""Misparses and negations of session 25 (issue 16): readings the parse hung on the wrong word, negations that
spread past their clause. Every sentence is from the BBC pool (/work/pool), each rule with the case it must still
read."""
from __future__ import annotations

from extract_helpers import extractions


def kept(nlp, text):
    """(subject, relation as written, object, negated) of every reading kg keeps as a fact (no ``uninformative``)."""
    return [(e.subject.text, e.relation, e.object.text if e.object else None, e.negated)
            for e in extractions(nlp, text) if e.uninformative is None and e.kind != "speech"]


def test_clauses_spliced_before_a_negated_belief_are_not_denied(nlp):
    # modality.is_clause_spliced_before: he did sign the deal; only "he'd do that" is what Wardle does not think
    read = kept(nlp, '"He was an academy kid here, he\'s just signed a new four-year deal, I don\'t think he\'d do '
                     'that unless he wanted to play for Manchester City Football Club."')
    assert ("he", "'s just signed", "a new four-year deal", False) in read
    assert ("He", "was", "an academy kid", False) in read
    assert ("he", "'s just signed", "a new four-year deal", True) not in read
    assert ("he", "'d do", "that", True) in read  # the belief's own content stays denied
    # a belief with its content after it denies that content as before
    read = kept(nlp, "I don't think it will make much difference.")
    assert ("it", "will make", "much difference", True) in read


def test_a_participle_after_a_noun_is_no_conjunct_of_the_verb(nlp):
    # misreadings.is_participle_read_as_conjunct: the spectacle was never seen on this scale, not the production
    read = kept(nlp, '"The production will be a hybrid of text, physical theatre, music and spectacle never '
                     'previously seen on this scale," he said.')
    assert not any(s == "The production" and "seen" in r for s, r, _, _ in read)
    assert ("The production", "will be", "a hybrid of text, physical theatre, music and spectacle", False) in read
    # a participle joined by "and" shares the subject
    read = kept(nlp, "The film was made in 2003 and released in 2004.")
    assert ("The film", "be released in", "2004", False) in read


def further(nlp, text, lemma):
    """The further arguments of the kept readings of ``lemma``."""
    return [[a.text for a in e.extra] for e in extractions(nlp, text) if e.uninformative is None and e.relation_lemma == lemma]


def test_a_time_phrase_opened_by_earlier_keeps_its_words(nlp):
    # subjects.time_before_noun_end: "earlier this month" is the verb's time, not "month" (s25 dev audit T078)
    assert further(nlp, "The agency earlier this month shut down fbi.gov accounts, used to communicate with the public, "
                        "because of a security breach.", "shut down") == [["earlier this month"]]
    assert ["earlier this year"] in further(nlp, "Nintendo released its new DS console earlier this year and has "
                                                 "already raised shipment targets for the device by 40%.", "release")
    # a noun after the date still loses the date that opens the sentence
    read = kept(nlp, "Earlier this month figures showed that job creation is still weak.")
    assert ("job creation", "is", "weak", False) in read


def test_a_preposition_stranded_after_its_relative_pronoun_joins_the_relation(nlp):
    # clauses.stranded_preposition: "which … hoping for" — the parse made "which" the object of "for"
    read = kept(nlp, "Mr Gates made no announcement about the next generation Xbox games console, which many gadget "
                     "lovers had been hoping for.")
    assert ("many gadget lovers", "had been hoping for", "Xbox games console", False) in read
    assert further(nlp, "Mr Gates made no announcement about the next generation Xbox games console, which many "
                        "gadget lovers had been hoping for.", "hope for") == [[]]
    # a relative clause whose preposition has its own object keeps it as a further argument
    read = kept(nlp, "Zach Braff won the award for Garden State, which he wrote, directed and starred in.")
    assert ("he", "starred in", "Garden State", False) in read


def test_a_length_of_time_before_after_or_before_measures_the_clause(nlp):
    # misreadings.is_distance_of_a_clause: "a week" says when the news came, not when GM pulled out
    text = "The news comes a week after GM pulled out of an agreement to buy Fiat."
    assert further(nlp, text, "pull out of") == [[]]
    assert ("GM", "pulled out of", "an agreement to buy Fiat", False) in kept(nlp, text)
    # a time that names when stays the verb's
    assert ["last week", "after being told in advance of Sir Alan's findings"] in further(
        nlp, "Mr Blunkett quit as home secretary last week after being told in advance of Sir Alan's findings.", "quit as")


def test_the_alternative_after_not_x_but_is_affirmed(nlp):
    # polarity.affirmed_alternative: "not because of X, but from Y" says it is from Y, and X is no argument of it
    text = ("The perpetuation of the perceived terrorist threat is not because of what the 'alleged' terrorists are "
            "doing, but from our own government.")
    assert ("The perpetuation of the perceived terrorist threat", "is from", "our own government", False) in kept(nlp, text)
    assert further(nlp, text, "be from") == [[]]
    assert not any(neg for _, _, _, neg in kept(nlp, text))
    # the negated alternative stays denied
    read = kept(nlp, "The cost overshoot is not in Barclays Capital but in the UK bank.")
    assert ("The cost overshoot", "is not in", "Barclays Capital", True) in read


def speakers(nlp, text):
    """(subject, relation as written, speaker) of every kept reading that is no speech act."""
    return [(e.subject.text, e.relation, e.speaker.text if e.speaker else None)
            for e in extractions(nlp, text) if e.uninformative is None and e.kind != "speech"]


def test_what_someone_should_know_is_not_their_claim(nlp):
    # speech.is_obliged_knowing: the FBI says it does not send such e-mails; the recipients claim nothing
    read = speakers(nlp, '"Recipients of this or similar solicitations should know that the FBI does not engage in the '
                         'practice of sending unsolicited e-mails to the public in this manner," the FBI said in a '
                         'statement.')
    assert ("the FBI", "does not engage in", "the FBI") in read
    assert not any(spk and spk.startswith("Recipients") for _, _, spk in read)
    # what someone should believe is the words of the one who says so
    read = speakers(nlp, '"The people who were still doubting us should now believe that we were totally innocent," '
                         'she said.')
    assert ("we", "were", "she") in read
    # a plain "knows" is still its subject's report
    read = [(e.subject.text, e.relation, e.kind) for e in extractions(
        nlp, 'A lawyer for the victims, Eduardo Contreras, told Reuters news agency: "This demonstrates that the horrors '
             'of the Pinochet dictatorship are not a mystery to anyone and that the whole world knows his victims '
             'deserve reparations.')]
    assert ("the whole world", "knows", "speech") in read
