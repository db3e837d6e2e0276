"""Misparses of session 20 (issue 16): readings glued from a misread parse — a gerund given the main clause's
subject though the noun before it is its own, a conjunction of a headline read as a preposition, a clause
opening with an "-ing" phrase read as the subject of the "were" after it. Every sentence is from the BBC pool
(/work/pool), each rule with the case it must still read."""
from __future__ import annotations

from extract_helpers import extractions, readings, triples


def test_a_gerund_after_the_noun_of_its_verbs_complement_has_that_noun_as_subject(nlp):
    # subjects.gerund_subject_in_complement: the users did not spot it, the attacks relied on that
    text = ("Older attacks relied on users not spotting the fact that the site they were visiting was fake, but more "
            "recent phishing e-mails simply try to steal details as soon as a message is opened.")
    read = readings(nlp, text)
    assert ("users", "not spotting", "the fact that the site they were visiting was fake", True, None, None) in read
    assert not any(subj == "Older attacks" and "spotting" in rel for subj, rel, *_ in read)
    # the preposition's object is the noun and its clause
    assert ("Older attacks", "rely on", "users not spotting the fact that the site they were visiting was fake") in triples(nlp, text)
    assert ("Older attacks", "rely on", "users") not in triples(nlp, text)
    read = triples(nlp, "Celtic were utterly dominant by this stage and Bellamy opened his scoring account for the club "
                        "after a fine move involving Aiden McGeady, Jackie McNamara and Maloney culminated in the Welshman "
                        "hammering the ball into the net.")
    assert ("the Welshman", "hammer", "the ball") in read
    assert ("a fine move", "hammer", "the ball") not in read
    assert ("a fine move", "culminate in", "the Welshman") not in read
    assert ("a fine move", "culminate in", "the Welshman hammering the ball into the net") in read
    read = readings(nlp, '"I was not counting on this being the end of the day for me.')
    assert ("I", "was not counting on", "this being the end of the day for me", True, None, None) in read
    # an object before the preposition: the subject's own saying
    read = triples(nlp, "And he again heaped praise on Mr Brown saying he was doing a great job, and would continue "
                        "doing it - although he would not commit to any job for Mr Brown after the election.")
    assert ("he", "say", "he was doing a great job") in read
    assert not any(subj == "Mr Brown" for subj, *_ in read)
    # after a verb whose complement is a place, a path, a recipient or a partner the "-ing" clause is the subject's
    read = triples(nlp, "CJ can interact with them using a simple system on the control pad.")
    assert not any(subj == "them" for subj, *_ in read)
    read = triples(nlp, "That happened when Lucy wrote to his Parliamentary office saying she believed he was her father.")
    assert not any(subj == "his Parliamentary office" for subj, *_ in read)
    read = triples(nlp, "Yukos claims that it is being punished for the political ambitions of its founder, Mikhail "
                        "Khodorkovsky, who is now in jail facing separate fraud charges.")
    assert ("Mikhail Khodorkovsky", "face", "separate fraud charges") in read
    read = triples(nlp, "In June, the Cabir virus was discovered that can hop from phone to phone using Bluetooth "
                        "short-range radio technology.")
    assert not any(subj == "phone" for subj, *_ in read)


def test_a_name_of_a_club_takes_a_plural_verb_after_a_conjunction_read_as_a_preposition(nlp):
    # spans.is_collective_name: "as Arsenal have lost" is a clause of Arsenal's, not "He — have lost"
    read = triples(nlp, "He began the season in superb form but has struggled to maintain his high standards as Arsenal "
                        "have gradually lost the Premiership initiative to Manchester United and Chelsea.")
    assert ("Arsenal", "lose", "the Premiership initiative") in read
    assert ("He", "lose", "the Premiership initiative") not in read
    assert ("He", "struggle to maintain", "his high standards") in read


def test_a_headline_conjunction_read_as_a_preposition_opens_a_clause(nlp):
    # misreadings.headline_clause_after_conjunction: GM recalls the cars, the safety alert does not
    read = triples(nlp, "Safety alert as GM recalls cars")
    assert ("GM", "recall", "cars") in read
    assert not any(subj.startswith("Safety alert") for subj, *_ in read)
    read = triples(nlp, "Final hunts held as ban looms")
    assert not any(lemma == "be held as" for _, lemma, _ in read)
    # a role after "as" has no verb after it
    assert ("Santini", "resign as", "Spurs manager") in triples(nlp, "Santini resigns as Spurs manager")
    assert ("Mobile TV", "be tipped as", "one") in triples(nlp, "Mobile TV tipped as one to watch")
    # in a sentence of the article, not its headline, the rule says nothing
    read = triples(nlp, "Urban as a genre is very broad.")
    assert ("Urban as a genre", "be", "very broad") in read


def test_an_ing_phrase_before_were_and_a_list_is_no_subject(nlp):
    # misreadings.is_inverted_participle_copula: the films rounded out the top ten
    read = triples(nlp, "Rounding out the top ten were In Good Company - starring Dennis Quaid and Scarlett Johansson - "
                        "Racing Stripes and Assault on Precinct 13.")
    assert not any(subj.startswith("Rounding") for subj, *_ in read)
    read = triples(nlp, "Making up the top 10 are Boulevard of Broken Dreams by Green Day, down three places to number "
                        "nine, and Out of Touch by Uniting Nations, also down three places to 10.")
    assert not any(subj.startswith("Making") for subj, *_ in read)
    # a predicate after "are", no list: the phrase is the subject
    read = triples(nlp, "Many believe using login details like usernames and passwords are simply not good enough "
                        "anymore though.")
    assert ("using login details like usernames and passwords", "be", "good enough") in read


def test_a_headline_verb_in_s_read_as_a_plural_noun_titles_no_name(nlp):
    # nominal.is_headline_verb_read_as_title: Jones files a lawsuit; Conte is no "Jones files"
    assert not any(kind == "title" for kind in (e.kind for e in extractions(nlp, "Jones files Conte lawsuit")))
    assert ("Brennan for Lions", "be", "Woodward eyes") not in triples(nlp, "Woodward eyes Brennan for Lions")
    assert ("England", "be", "Hodgson shoulders") not in triples(nlp, "Hodgson shoulders England blame")
    # a title in the singular stays
    read = triples(nlp, "McDonald's boss Bell dies aged 44")
    assert ("Bell", "be", "McDonald's boss") in read


def test_an_opening_ing_clause_of_looking_or_allowing_is_no_reading_of_a_thing(nlp):
    # subjects.is_dangling_participle: the writer looks into the future, file sharing does not
    read = triples(nlp, "Looking into P2P's future, file sharing is just the beginning for P2P networks, as far as Mr "
                        "Broes is concerned.")
    assert not any(lemma == "look into" for _, lemma, _ in read)
    assert ("file sharing", "be", "just the beginning for P2P networks") in read
    read = triples(nlp, "Allowing for changes in calculating statistics, the average number of people out of work was the "
                        "highest since 1990 - or a rate of 10.8%.")
    assert not any(lemma == "allow for" for _, lemma, _ in read)
    # a person speaks; a verb a thing can do stays
    read = triples(nlp, 'Speaking immediately after the game, Moyes said: "I don\'t think it was a sending-off, I have been '
                        'a centre-half in my time and I would have been ashamed to have gone down as easily as that.')
    assert ("Moyes", "speak after", "the game") in read
    read = triples(nlp, "Showing off its skills at the Science Museum, the unnamed robot had to select, approach, and ask "
                        "different children to pick up a parcel with a gift, moving it arm as a pointer and its camera as an eye.")
    assert ("the unnamed robot", "show off", "its skills at the Science Museum") in read


def test_a_verb_in_s_joined_to_the_wrong_verb_takes_the_subject_it_agrees_with(nlp):
    # clauses.agreeing_subject_above: the system thwarts copying, not the firms; the service offers streaming
    read = triples(nlp, "The firms want to make a system that ensures files play on the hardware they make but also "
                        "thwarts illegal copying.")
    assert ("a system", "thwart", "illegal copying") in read
    assert ("The firms", "thwart", "illegal copying") not in read
    read = triples(nlp, "The service comes with a hefty £39.99 monthly price tag but will mean users can download MP3s "
                        "in seconds and offers TV-quality video streaming.")
    assert any(subj.endswith("service") and lemma == "offer" for subj, lemma, _ in read)
    assert not any(subj == "users" and lemma == "offer" for subj, lemma, _ in read)
    # no singular subject above: still no reading ("Our security services … rakes over")
    read = extractions(nlp, "Our security services, behave like the detective who having decided that a certain person "
                            "is guilty, rakes over all kinds of obscure and flimsy evidence to try and prove it, while the "
                            "real villain gets away.")
    assert not any(e.relation_lemma == "rake over" and not e.uninformative for e in read)
