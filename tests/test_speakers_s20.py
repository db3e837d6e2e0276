"""Speakers, session 20 (issue 16: whose claim): a parenthetical report ("…, said Mr X, …") whose speaker the
parser made the subject of the words he reports. Real sentences of the pool."""
from __future__ import annotations

from extract_helpers import readings


def test_speaker_read_as_subject_gives_the_clause_back_its_own(nlp):
    # tech (laptop batteries): the noun after the speaker's comma runs on into the clause: its subject
    read = readings(nlp, "On a larger scale, said Mr Trainor, improvements in the way that voltage regulators are "
                         "made can reduce the amount of power lost as heat and make a notebook more energy efficient.")
    assert ("improvements in the way that voltage regulators are made", "can reduce", "the amount of power", False,
            "can", "Mr Trainor") in read
    assert not any(subj == "Mr Trainor" for subj, *_ in read)  # no "Mr Trainor — can reduce —", no "— be — improvements"


def test_speaker_read_as_subject_after_a_condition(nlp):
    # tech (Steam): the same after an opening "if" clause
    read = readings(nlp, "If Steam proves effective at cutting the piracy of games to a minimum, said Mr Fahey, other "
                         "game makers may be tempted to set up copycat systems.")
    assert ("other game makers", "may be tempted to set up", "copycat systems", False, "may", "Mr Fahey") in read
    assert not any(subj == "Mr Fahey" for subj, *_ in read)


def test_subject_before_the_report_is_the_clauses(nlp):
    # tech (MMS): the noun before the report, which the parser made the report's subject, is the clause's; the
    # speaker's true apposition (closed by its comma) stays his
    read = readings(nlp, "The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating people "
                         "in how to send the multimedia messages using their funky handsets.")
    assert ("The problem", "is educating", "people", False, None, "Shailendra Jain") in read
    assert not any(subj.startswith("The problem") and rel == "said" for subj, rel, *_ in read)
    assert ("Shailendra Jain", "be", "head of MMS firm Adamind", False, None, None) in read


def test_a_speakers_apposition_after_his_words_stays(nlp):
    # negative, tech (Gartner): the words come before the report; the apposition is who the speaker is
    read = readings(nlp, "Camera phones are likely to prove an interesting battle ground at the show, said Ben Wood, "
                         "principal analyst at research firm Gartner.")
    assert ("Ben Wood", "be", "principal analyst at research firm Gartner", False, None, None) in read


def test_the_reported_subject_is_no_apposition_of_the_speaker(nlp):
    # tech (silicon lasers): the parser hung the clause inside the "apposition": no "Dr Paniccia — be — equipment"
    read = readings(nlp, "Currently, says Dr Paniccia, telecommunications equipment that amplifies the laser light "
                         "that travels down fibre optic cables is very expensive because of the exotic materials, such "
                         "as gallium arsenide, used to make it.")
    assert not any(subj == "Dr Paniccia" and rel == "be" for subj, rel, *_ in read)


KENTERIS = ('Kenteris\'s lawyer, Gregory Ioannidis, said: "The decision means Mr Kenteris has been exonerated of highly '
            'damaging and unfounded charges which have been extremely harmful for his career.\n\n'
            '"He has consistently maintained his innocence and this was substantiated by further evidence we were able '
            'to submit to the tribunal following its deliberations in January.\n\n'
            '"This evidence shows Mr Kenteris was never asked to submit to a test by the International Olympic '
            'Committee so he could not possibly have been guilty of deliberately avoiding one.\n')


def test_what_quoted_evidence_shows_is_the_quotations_speakers_reading(nlp):
    # sport (Greek sprinters): the lawyer's words a paragraph after his "said:", not the claim of "This evidence"
    from extract_helpers import resolved

    read = [(t.subject, t.relation, t.negated, t.attributed_to) for t in resolved(nlp, KENTERIS)]
    assert ("Mr Kenteris", "was never asked to submit to", True, "Gregory Ioannidis") in read
    assert not any(speaker == "This evidence" for *_, speaker in read)


def test_a_reason_after_the_speaker_goes_on_with_his_words(nlp):
    # tech (Windows cash machines): "because …" after "said Mr Thiemann" is his explanation, not the writer's fact
    read = readings(nlp, "Incidents like this happen, said Mr Thiemann, because when banks start using Windows cash "
                         "machines they also change the networking technology used to link the devices to their back "
                         "office computers.")
    assert ("banks", "start using", "Windows cash machines", False, "conditional", "Mr Thiemann") in read
    assert not any(speaker is None for subj, *_, speaker in read if subj == "banks")


def test_what_the_writer_sets_against_the_words_with_but_is_not_the_speakers(nlp):
    # negative, tech (photo printing): "but the test revealed …" after "said Mr Ross" is the writer's contrast
    read = readings(nlp, "Some High Street photo shops can be the cheapest when it came to developing prints that were "
                         "6x4in, said Mr Ross, but the test revealed that images 7x5in and 8x10in in size were cheaper "
                         "to produce at home.")
    assert not any(speaker == "Mr Ross" for subj, *_, speaker in read if subj == "the test")


def test_made_clear_without_that_is_the_makers_claim(nlp):
    # business (G7): "made clear" with no "that": what Mr Snow made clear is his, not the writer's negated fact
    read = readings(nlp, "But Mr Snow made clear exchange rates had not been on the agenda.")
    assert ("exchange rates", "had not been on", "the agenda", True, None, "Mr Snow") in read
    # politics: "made it clear" with the clause hung on "clear"
    read = readings(nlp, "The prime minister has made it clear he has no plans to the change the law.")
    assert ("he", "has", "plans", True, None, "The prime minister") in read


def test_made_clear_progress_is_no_report(nlp):
    # negative: "clear" of a noun, no clause: nothing is reported
    read = readings(nlp, "The firm made clear progress on its targets last year.")
    assert all(speaker is None for *_, speaker in read)


def test_a_quotations_hedge_with_no_speaker_found_is_not_written(nlp):
    # business (Deloitte): the reporting verb is missing ('…," Mr Bootle.'), no speaker is found: a quotation's
    # "may not be" is no one's claim and is not written (blind s19 end audit: attribution-wrong)
    from extract_helpers import resolved

    text = ("Deloitte expects a series of interest rate cuts over the next two years.\n\n"
            '"Although 2005 may not be the year when things go completely wrong, it will probably mark the start of a '
            'more difficult period for the UK economy," Mr Bootle.\n')
    read = [(t.subject, t.relation, t.modality, t.attributed_to) for t in resolved(nlp, text)]
    assert not any(subj == "2005" for subj, *_ in read)


def test_the_reporters_own_hedge_quoting_a_phrase_stays(nlp):
    # negative, entertainment (Elvis tapes): the reporter's sentence quotes a phrase; its modal reading stays
    from extract_helpers import resolved

    text = ('Because the family does not own the copyright to the music, the tapes could only be sold for "personal '
            'enjoyment" and cannot be copied for commercial gain.\n')
    read = [(t.subject, t.relation, t.modality, t.attributed_to) for t in resolved(nlp, text)]
    assert ("the tapes", "could only be sold for", "could", None) in read


def test_quoted_evidence_in_a_paragraph_whose_quotation_opens_twice(nlp):
    # politics (New Year message): '"We watched … "Yet …' — BBC style opens the quotation again mid-paragraph; the
    # evidence sentence after it is still inside it: Mr Howard's reading, not "The last week"'s claim
    from extract_helpers import resolved

    text = ("The catastrophe was overshadowing the hopes for the future at this usually positive time of the year, "
            'Mr Howard said.\n\n"We watched the scenes of destruction with a sense of disbelief. "Yet Britain\'s '
            "response has shone a light on our nation's character. The last week has shown that the warm, caring "
            'heart of Britain beats as strong as ever."\n')
    read = [(t.subject, t.relation, t.attributed_to) for t in resolved(nlp, text)]
    assert ("the warm, caring heart of Britain", "beats", "Michael Howard") in read or (
        "the warm, caring heart of Britain", "beats", "Howard") in read
    assert not any(speaker == "The last week" for *_, speaker in read)


def test_a_parenthetical_report_whose_closing_comma_hangs_on_the_name(nlp):
    # tech (mobile content): the parser hung the comma after "Mr Flynn" on the name; the report is still set off,
    # and what follows it is his
    read = readings(nlp, "Also, said Mr Flynn, Vodafone has briefly cut off between eight and ten content sellers "
                         "flouting the rules.")
    assert ("Vodafone", "has briefly cut off", "between eight and ten content sellers", False, None, "Mr Flynn") in read


def test_words_before_the_speaker_read_as_an_adverbial_are_his(nlp):
    # tech (BT TV): the reported clause parsed as an adverbial of "told" — Burke's claim (blind s19 end audit)
    read = readings(nlp, "As a telecoms company, BT is moving to a content distribution strategy, Andrew Burke, chief "
                         "of BT's new Entertainment unit told the IPTV World Forum.")
    assert ("BT", "is moving to", "a content distribution strategy", False, None, "Andrew Burke") in read


def test_a_subordinate_clause_before_a_report_stays_the_writers(nlp):
    # negative: a "when" clause is the writer's time, not what the ministers said
    read = readings(nlp, "When the bill was published, ministers said it would cut costs.")
    assert ("the bill", "was published", None, False, None, None) in read
