"""Subjects, session 19 (issue 16): readings that name nothing — a bare pronoun object left unresolved, even in
someone's words (unless it is what the speakers say they themselves do); the clause of an "as far as he was aware"
hedge; a pseudo-cleft's "What they say — is — …"; a participle that only says which people are meant ("people
making over £100,000"). Real sentences of the pool, with the reading made and the one that must not be."""
from __future__ import annotations

from extract_helpers import kept, resolved


def facts(nlp, text):
    """(subject, relation as written, object, object entity, speaker) of the resolved triples of ``text``."""
    return [(t.subject, t.relation, t.object, t.object_entity, t.attributed_to) for t in resolved(nlp, text)]


def test_a_bare_pronoun_object_in_someone_s_words_is_no_triple(nlp):
    # sport (Ancelotti on United): "them" resolves to nothing — the claim is his, about his side and no one named
    read = facts(nlp, 'Milan coach Carlo Ancelotti said: "They have great quality in attack, they use the wings a '
                      'lot and we will have to make sure we stop them."')
    assert not any(obj == "them" for _s, _r, obj, _e, _b in read)
    # politics (ID cards): what the sources say Michael Howard tried to introduce is "them", nothing named
    read = facts(nlp, "Sources within the Conservative Party told the BBC Michael Howard has always been in favour of "
                      "ID cards, and tried to introduce them when he was Home Secretary.")
    assert not any(obj == "them" for _s, _r, obj, _e, _b in read)


def test_what_a_speaker_says_of_their_own_act_keeps_its_pronoun_object(nlp):
    # negative, entertainment (Brookside, news-truth dev-a046): his claim about himself stays
    read = facts(nlp, "Phil Redmond, now chairman of Mersey TV, told Tessa Jowell he would run it with its current "
                      "remit intact for the next 10 years.")
    assert ("he", "would run", "it", None, "Phil Redmond") in read


def test_a_resolved_first_person_object_stays(nlp):
    # negative, sport (Yelling): "me" is the speaker, resolved — the reading stays, hers
    read = facts(nlp, '"Winning the European cross country title meant so much to me," said Yelling.')
    assert any(obj == "me" and ent is not None and by is not None for _s, _r, obj, ent, by in read)


def test_the_clause_of_an_as_far_as_hedge_is_no_reading(nlp):
    # politics (hunting ban): no "he — was — aware"; the reported killing stays his claim
    text = ('People had turned out "to show en masse that the Hunting Act was a bad law", he said adding that '
            'foxes and other animals had been killed "legally" as far as he was aware.')
    assert not any(rel == "was" and obj == "aware" for _s, rel, obj, _m in kept(nlp, text))
    # business (Fiat): no "we — are — aware"; the hedged denial is still read
    text = ("As far as we are aware, the Agnelli family, which indirectly controls at least 30% of Fiat, has not "
            "given a firm public indication that it wants to sell the auto business.")
    read = kept(nlp, text)
    assert not any(obj == "aware" for _s, _r, obj, _m in read)
    assert any(subj == "the Agnelli family" and rel == "has not given" for subj, rel, _o, _m in read)


def test_a_pseudo_cleft_subject_is_no_reading(nlp):
    # tech (net attacks): "What we want to do — is — …" announces what follows; the copula reading is not kept
    text = ('"What we want to do is help net service firms communicate with each other and then push the attacks '
            'further and further back around the world to their source," said Mr Pollard.')
    assert not any(subj.startswith("What") for subj, _r, _o, _m in kept(nlp, text))
    # negative, tech (China's net): a free relative before a verb of its own is a subject like any other
    text = "What people can do on the net is also limited by aspects of Chinese life."
    assert any(subj == "What people can do on the net" for subj, _r, _o, _m in kept(nlp, text))


def test_a_reflexive_of_a_named_subject_stays(nlp):
    # negative, sport (Safin): "himself" is Safin — the reading names him, it stays
    read = facts(nlp, "And after losing the first set 6-1 to Lleyton Hewitt in Sunday's final, Safin said he began "
                      "to doubt himself again.")
    assert any(obj == "himself" for _s, _r, obj, _e, _b in read)


def test_a_pseudo_cleft_focusing_a_noun_phrase_stays(nlp):
    # negative, sport (Serena Williams): the effort is what the reading is about
    assert ("What makes me happy", "is", "the effort", None) in kept(nlp, '"What makes me happy is the effort."')


def test_a_participle_saying_which_people_is_no_event(nlp):
    # tech (RIAA): the campaign sues people suspected of sharing music — no "people — be suspected of — …"
    text = ("Through the Recording Industry Association of America (RIAA), it has pursued an aggressive campaign "
            "through the courts to sue people suspected of sharing copyrighted music.")
    assert not any(subj == "people" for subj, _r, _o, _m in kept(nlp, text))
    # politics (hunting ban): "most people living in the countryside" say which people were concerned
    text = ("He said most people living in the countryside were more concerned with issues like the economy, the "
            "health service and their children's future than hunting.")
    assert not any(rel == "be living in" for _s, rel, _o, _m in kept(nlp, text))


def test_counted_people_doing_something_stay(nlp):
    # negative, entertainment (Andrea Arnold): a thousand people watched her film — an event she tells
    text = ('"I felt so privileged to have a thousand people watching my film on the biggest screen I\'ve ever '
            'seen," says Arnold.')
    assert ("a thousand people", "be watching", "my film", None) in kept(nlp, text)


def test_a_what_clause_said_to_be_something_stays(nlp):
    # negative, sport (Spanish press on Rooney): an adjective after the copula is a predication, no pseudo-cleft
    text = '"What the boy in the Bernabeu did was odd... Rooney seemed intent to kick any Spanish player."'
    assert any(subj == "What the boy in the Bernabeu did" and obj == "odd" for subj, _r, obj, _m in kept(nlp, text))


def test_a_demonstrative_object_of_the_speaker_s_own_act_is_no_triple(nlp):
    # business (oil prices): "that" points at the talk, even in what the speaker says of himself
    read = facts(nlp, '"Long term I think we\'re headed to $30-35 but I don\'t think we\'re doing that yet," said Mr '
                      "Cooper.")
    assert not any(obj == "that" for _s, _r, obj, _e, _b in read)
