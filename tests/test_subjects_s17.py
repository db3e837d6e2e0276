"""Subjects, session 17 (issue 16): a triple's subject is one whole phrase of its own clause — a clause read
as a subject keeps its whole clause (kg/extract/subjects.py). Real sentences of the pool, with the reading made
(a fact: a triple of the graph) and the one that must not be."""
from __future__ import annotations

import pytest

from extract_helpers import extractions


def facts(nlp, text):
    """(subject, relation_lemma, object) of the readings that become triples (no ``uninformative`` mark)."""
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None)
            for e in extractions(nlp, text) if e.uninformative is None]


SUBJECTS = [
    # (id, sentence, a triple made, a triple that must not be made)
    ("infinitive-subject-keeps-its-purpose-clause",  # sport (McClaren on the Uefa Cup): "to need a win" is another need
     '"To need a win to finish top is fantastic, but it is going to be a tough one," McClaren said.',
     ("To need a win to finish top", "be", "fantastic"), ("To need a win", "be", "fantastic")),
    ("infinitive-subject-keeps-its-clausal-object",  # tech (Honda's Asimo): "To get" alone is no subject
     "To get the robot running for the first time was not an easy process as it involved Asimo making an accurate "
     "leap and absorbing the impact of landing without slipping or spinning.",
     ("To get the robot running for the first time", "be", "an easy process"), ("To get", "be", "an easy process")),
    ("gerund-subject-keeps-its-object-relative-clause",  # tech (junk mail): the messages with a link, not all mail
     "For instance, said Mr Hogan, filtering out e-mail messages that contain a web link can stop about 75% of spam.",
     ("filtering out e-mail messages that contain a web link", "stop", "about 75% of spam"),
     ("filtering out e-mail messages", "stop", "about 75% of spam")),
    ("gerund-subject-keeps-its-clause",  # tech (next generation net): "making" alone is no subject
     "Standards are vital to something as complex as the net, and making sure standards are open and can work with "
     "across networks is a big task.",
     ("making sure standards are open and can work with across networks", "be", "a big task"),
     ("making", "be", "a big task")),
    ("coordinated-gerund-subjects-stay-apart",  # negative, politics (hunting ban): each conjunct its own subject
     "Although hunting with dogs is now a criminal offence, exercising hounds, chasing a scent trail and flushing out "
     "foxes to be shot are still legal.",
     ("chasing a scent trail", "be", "legal"), ("exercising hounds, chasing a scent trail", "be", "legal")),
]


@pytest.mark.parametrize("text, made, not_made", [r[1:] for r in SUBJECTS], ids=[r[0] for r in SUBJECTS])
def test_the_subject_is_one_whole_phrase_of_its_clause(nlp, text, made, not_made):
    read = facts(nlp, text)
    assert made is None or made in read
    assert not_made is None or not_made not in read


PASSIVES = [
    # (id, sentence, a triple made, a triple that must not be made): a participle joined to a passive one
    ("conjunct-of-a-reduced-relative-passive",  # entertainment (Sundance): the film did not direct
     "The top Grand Jury prize at this year's festival went to low budget sci-fi thriller Primer, written and "
     "directed by Shane Carruth.",
     ("low budget sci-fi thriller Primer", "be directed by", "Shane Carruth"),
     ("low budget sci-fi thriller Primer", "direct", None)),
    ("passive-shares-the-agent-of-its-conjunct",  # entertainment (Sideways): written by him too
     "Sideways is written and directed by Alexander Payne, who directed the 2002 hit About Schmidt.",
     ("Sideways", "be written by", "Alexander Payne"), None),
    ("passive-with-a-phrase-of-its-own-keeps-to-itself",  # negative: arrested in Paris, not by the police
     "He was arrested in Paris and questioned by police.",
     ("He", "be questioned by", "police"), ("He", "be arrested by", "police")),
]


@pytest.mark.parametrize("text, made, not_made", [r[1:] for r in PASSIVES], ids=[r[0] for r in PASSIVES])
def test_a_passive_participle_keeps_its_patient_subject(nlp, text, made, not_made):
    read = facts(nlp, text)
    assert made is None or made in read
    assert not_made is None or not_made not in read


def test_a_clausal_subject_leaves_the_sentence_s_condition(nlp):
    # negative, tech (peer-to-peer ads): the "if" clause the parser hung on the infinitive is no part of the subject
    read = facts(nlp, '"If you put the legality issues aside, not to advertise here would mean missing out on a '
                      'valuable audience," he added.')
    assert any(s == "not to advertise here" for s, _, _ in read)
    assert not any(s.startswith("you put") for s, _, _ in read)


RANKINGS = [
    # (id, sentence, a triple made, a triple that must not be made): ", followed by X" ranks the clause's subject
    ("ranking-participle-on-a-phrase-of-the-predicate",  # entertainment (Eurovision): the country, not the victories
     "Ireland has been the most successful country in the show's history with seven victories, followed by the UK, "
     "France and Luxembourg with five each.",
     ("Ireland", "be followed by", "the UK"), ("seven victories", "be followed by", "the UK")),
    ("ranking-participle-on-a-prepositional-phrase",  # entertainment (singles chart): the band, not the song
     "Destiny's Child also slipped one place to four with Lose My Breath, followed by Girls Aloud at five with the "
     "Children in Need record I'll Stand By You.",
     ("Destiny's Child", "be followed by", "Girls Aloud"), ("Lose My Breath", "be followed by", "Girls Aloud")),
    ("ranking-participle-on-the-subject-stays",  # negative, entertainment (albums chart): the album itself ranks
     "U2's How to Dismantle a Bomb remains at number one for a third week in a row, followed by Williams' Greatest Hits.",
     ("How to Dismantle a Bomb", "be followed by", "Williams' Greatest Hits"), None),
    ("following-noun-without-comma-stays",  # negative, politics (royal wedding): a ceremony followed by a service
     "The wedding will be a civil ceremony followed by a service of prayer and dedication in St George's Chapel.",
     ("a civil ceremony", "be followed by", "a service of prayer and dedication in St George's Chapel"),
     ("The wedding", "be followed by", "a service of prayer and dedication in St George's Chapel")),
]


@pytest.mark.parametrize("text, made, not_made", [r[1:] for r in RANKINGS], ids=[r[0] for r in RANKINGS])
def test_a_ranking_participle_ranks_the_clause_s_subject(nlp, text, made, not_made):
    read = facts(nlp, text)
    assert made is None or made in read
    assert not_made is None or not_made not in read


GERUNDS = [
    # (id, sentence, a triple made, a triple that must not be made): "N1 of N2 V-ing": the -ing clause is N2's
    ("gerund-clause-after-of-is-the-noun-s",  # politics (Prince Harry): Harry wore it, not the photograph
     "A photograph of Prince Harry wearing a swastika armband and German desert uniform at the party appears in "
     "Thursday's Sun newspaper.",
     ("Prince Harry", "wear", "a swastika armband"), ("A photograph of Prince Harry", "wear", "a swastika armband")),
    ("gerund-clause-after-of-a-clip",  # entertainment (The Doors): Morrison appeared in the film
     "Historians in Florida have discovered a 40-year-old clip of a clean-cut Jim Morrison appearing in a "
     "promotional film for his university.",
     ("a clean-cut Jim Morrison", "appear in", "a promotional film for his university"),
     ("a 40-year-old clip of a clean-cut Jim Morrison", "appear in", "a promotional film for his university")),
    ("participle-after-by-stays-the-noun-s",  # negative, entertainment (Berlin festival): the feature competes
     "Sometimes in April is a feature by Raoul Peck competing for the festival's coveted Golden and Silver Bear awards.",
     ("a feature by Raoul Peck", "compete for", "the festival's coveted Golden and Silver Bear awards"),
     ("Raoul Peck", "compete for", "the festival's coveted Golden and Silver Bear awards")),
    ("participle-whose-object-is-the-noun-after-of",  # negative, sport (IAAF): the forum allows the stakeholders
     '"Nothing was decided to change things - it was more to have a forum of the stakeholders allowing them to '
     'express themselves," said an IAAF spokesman.',
     None, ("the stakeholders", "allow", "them to express themselves")),
]


@pytest.mark.parametrize("text, made, not_made", [r[1:] for r in GERUNDS], ids=[r[0] for r in GERUNDS])
def test_a_gerund_clause_after_of_has_its_own_subject(nlp, text, made, not_made):
    read = facts(nlp, text)
    assert made is None or made in read
    assert not_made is None or not_made not in read


def speakers(nlp, text):
    """(subject, relation_lemma, speaker) of every reading."""
    return [(e.subject.text, e.relation_lemma, e.speaker.text if e.speaker else None) for e in extractions(nlp, text)]


def test_a_quote_framed_by_according_to_is_its_own_speaker_s(nlp):
    # politics (Peston's book): the quoted "I" is the prime minister, who said it; Peston only tells it
    read = speakers(nlp, 'According to Mr Peston the prime minister said: "Help me to get through the year and I will '
                         'then stand down."')
    assert ("I", "stand down", "the prime minister") in read
    assert ("I", "stand down", "Mr Peston") not in read
    # the report itself stays Mr Peston's account
    assert ("the prime minister", "say", "Mr Peston") in read
    # negative: a plain "according to" with no reporting verb keeps its source
    assert ("the company", "make", "the report") in speakers(nlp, "According to the report, the company made a loss.")


def test_a_quote_after_an_inner_report_s_colon_is_the_inner_speaker_s(nlp):
    # sport (Anelka): the paper reports that Anelka told a magazine the quoted words: "I" is Anelka
    read = speakers(nlp, 'The News of the World reports that Anelka told a French magazine: "I either decide to win '
                         'titles or to have an easy life.')
    assert ("I", "decide to win", "Anelka") in read
    assert not any(s == "I" and spk == "The News of the World" for s, _, spk in read)


def test_a_clausal_subject_leaves_a_bracketed_aside(nlp):
    # politics (pub closing hours): the bracket's gloss is no part of the subject, and an open bracket never ends it
    read = facts(nlp, '"Staggering it (closing hours) will be a solution if the infrastructure is there," he said.')
    assert ("Staggering it", "be", "a solution") in read
    assert not any("(" in s for s, _, _ in read)


def test_a_finite_clause_with_its_own_subject_is_not_extended_as_a_subject(nlp):
    # negative, tech (TV down the phone line): an aside with its own subject read as the subject clause stays as it was
    read = facts(nlp, "But any early attempts to do it - the UK's Home Choice started in 1992 - were thwarted by the lack "
                      "of a fast network.")
    assert not any(s.startswith("any early attempts to do it - ") for s, _, _ in read)


def test_a_gerund_clause_after_a_verb_s_phrase_is_not_given_to_the_noun_after_of(nlp):
    # negative, entertainment (Mary Poppins): the actress held the umbrella, not the audience
    read = facts(nlp, "Lead actress Laura Michelle Kelly soared over the heads of the audience holding the nanny's "
                      "trademark umbrella.")
    assert not any(s == "the audience" for s, _, _ in read)


ASIDES = [
    # (id, sentence, a triple made, a triple that must not be made): a relative clause after a dashed aside
    ("relative-after-a-dashed-aside",  # entertainment (box office): the film took the money, not the charts
     "The family adventure, starring Nicolas Cage, took $33.1m (£17.m), ahead of animated comedy The Incredibles - now "
     "in its fourth week in the charts - which took $24.1m (£12.7m).",
     ("The Incredibles", "take", None), ("the charts", "take", None)),
    ("who-after-a-dashed-aside",  # entertainment (radio): the next generation, not the daughter
     "And they are scared to death of the next generation - like my daughter who is 14 - who don't listen to radio.",
     ("the next generation", "listen to", "radio"), ("my daughter", "listen to", "radio")),
    ("which-is-no-person-before-the-aside",  # negative, business (Aer Lingus): "which" never goes to Bertie Ahern
     "That decision had followed an announcement by Irish Prime Minister Bertie Ahern - who is still considering the "
     "future of the airline - which ruled out a proposed management buy-out of Aer Lingus.",
     None, ("Irish Prime Minister Bertie Ahern", "rule out", "a proposed management buy-out of Aer Lingus")),
]


@pytest.mark.parametrize("text, made, not_made", [r[1:] for r in ASIDES], ids=[r[0] for r in ASIDES])
def test_a_relative_clause_after_a_dashed_aside_goes_on_about_the_noun_before_it(nlp, text, made, not_made):
    read = [(s, rel, o if made is None or made[2] is not None else None) for s, rel, o in facts(nlp, text)]
    assert made is None or made in read
    assert not_made is None or not_made not in read


def test_a_backshifted_sentence_carries_on_the_report_before_it(nlp):
    # tech (CES preview): the gaming forecast is the CEA's, not the writer's fact
    read = speakers(nlp, "The CEA predicted that there would be several key technology trends to watch in the coming "
                         "year. Gaming would continue to thrive, especially on mobile devices, and would reach out to "
                         "more diverse gamers such as women.")
    assert ("Gaming", "continue to thrive on", "The CEA") in read
    assert ("Gaming", "reach out to", "The CEA") in read


def test_a_would_after_a_quotation_is_not_carried_on(nlp):
    # negative, politics (Liam Fox): after a direct quotation the "would" is the writer's own account
    read = speakers(nlp, 'Dr Fox told BBC Radio: "If you are willing to lie about the reasons for going to war, I guess '
                         'you are going to lie about anything at all." He would not discuss reports the party repaid '
                         '£500,000 to Lord Ashcroft after he predicted an election defeat.')
    assert ("He", "discuss", None) in read
