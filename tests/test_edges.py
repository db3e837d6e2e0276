"""Entity → entity plain edges a reader can trust (issue 16, kg/extract/misreadings.py): real BBC
sentences whose edge the blind audit judged wrong, the exact reading made now and the edge that
must not be drawn."""
from __future__ import annotations

from extract_helpers import resolved
from kg.graph.rdf import is_asserted


def spo(triples):
    return [(t.subject, t.relation_lemma, t.object) for t in triples]


def edges(triples):
    """The asserted readings between two entities (the plain-edge candidates, before the gate)."""
    return [(t.subject_entity, t.relation_lemma, t.object_entity) for t in triples
            if t.kind != "speech" and is_asserted(t) and t.subject_entity and t.object_entity]


def lemmas(nlp, text):
    from kg.extract import extract_doc

    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else "") for e in extract_doc(nlp(text))]


def test_a_dropped_silent_e_is_put_back_in_the_lemma(nlp):
    # sport: "Hong Kong is hoping to join Japan as co-host of the 2011 Rugby World Cup."
    read = lemmas(nlp, "Hong Kong is hoping to join Japan as co-host of the 2011 Rugby World Cup.")
    assert ("Hong Kong", "hope to join", "Japan") in read
    assert not [r for r in read if r[1].startswith("hop ")]


def test_a_doubled_consonant_is_no_part_of_the_lemma(nlp):
    # sport: "… but is now targetting playing for Wales in the 2008 European Championships."
    read = lemmas(nlp, "Giggs admits he had briefly considered retirement from the international game, but is now "
                       "targetting playing for Wales in the 2008 European Championships.")
    assert ("Giggs", "target play for", "Wales") in read
    assert not [r for r in read if "targette" in r[1]]


def test_verb_lemma_leaves_regular_forms_alone(nlp):
    from kg.extract.misreadings import verb_lemma

    doc = nlp("They were stopping the match and opening the gates while visiting fans hoped.")
    assert [verb_lemma(t) for t in doc if t.pos_ == "VERB"] == ["stop", "open", "visit", "hope"]


def test_a_particle_keeps_the_preposition_of_its_object(nlp):
    # entertainment: "His co-star Natalie Portman is up against Blanchett, Heather Craney, …"
    read = lemmas(nlp, "His co-star Natalie Portman is up against Blanchett, Heather Craney, Julie Cristie and "
                       "Meryl Streep in the best supporting actress category.")
    assert ("His co-star Natalie Portman", "be up against", "Heather Craney") in read
    assert not [r for r in read if r[1] == "be up"]


def test_a_line_up_pairs_each_nominee_with_the_rival_not_the_rivals_play(nlp):
    # entertainment: "… where Ian MacNeil, Jean Kalman and Paul Arditti will be up against Hildegard
    # Bechtler, for Iphigenia at Aulis, and Paul Brown, for False Servant."
    read = lemmas(nlp, "Festen is also shortlisted in the best designer category where Ian MacNeil, Jean Kalman and "
                       "Paul Arditti will be up against Hildegard Bechtler, for Iphigenia at Aulis, and Paul Brown, "
                       "for False Servant.")
    assert ("Paul Arditti", "be up against", "Hildegard Bechtler") in read
    assert not [r for r in read if r[1] == "be for"]  # Bechtler's play, not Arditti's


def test_alternatives_assert_no_pair(nlp):
    # sport: "Agassi will play France's Olivier Patience or Germany's Rainer Schuettler - the man he beat in
    # the 2003 final - in the next round."
    triples = resolved(nlp, "Agassi will play France's Olivier Patience or Germany's Rainer Schuettler - the man he "
                            "beat in the 2003 final - in the next round.")
    [play] = [t for t in triples if t.relation_lemma == "play"]
    assert (play.object, play.modality) == ("France's Olivier Patience or Germany's Rainer Schuettler", "alternative")
    assert not [e for e in edges(triples) if e[1] == "play"]


def test_a_list_joined_by_and_is_no_alternative(nlp):
    # the same construction with "and": each pair is asserted
    triples = resolved(nlp, "Agassi will play Olivier Patience and Rainer Schuettler in the next round.")
    assert [t.modality for t in triples if t.relation_lemma == "play"] == [None, None]


def test_a_capitalised_verb_inside_a_name_is_no_clause(nlp):
    # politics: "Groups challenging the plans include Stop Stansted Expansion, …"
    read = lemmas(nlp, "Groups challenging the plans include Stop Stansted Expansion, Heathrow anti-noise "
                       "campaigners HACAN Clearskies and the London boroughs of Hillingdon and Wandsworth.")
    assert ("Groups", "challenge", "the plans") in read
    assert not [r for r in read if r[1] == "stop"]


def test_a_participle_after_the_first_item_of_a_list_modifies_that_item(nlp):
    # entertainment: "Films on ITV1 include Gus Van Sant's Finding Forrester, starring Sean Connery, and
    # classics such a Mary Poppins, Star Wars and The Good, the Bad and the Ugly."
    read = lemmas(nlp, "Films on ITV1 include Gus Van Sant's Finding Forrester, starring Sean Connery, and classics "
                       "such a Mary Poppins, Star Wars and The Good, the Bad and the Ugly.")
    assert [r for r in read if r[1] == "star"] == [("Gus Van Sant's Finding Forrester", "star", "Sean Connery")]


def test_a_place_after_the_object_of_of_is_not_where_that_object_is(nlp):
    # entertainment: "Such is the success of The Da Vinci Code in France, special tours have been organised …"
    read = lemmas(nlp, "Such is the success of The Da Vinci Code in France, special tours have been organised to "
                       "trace Langdon's footsteps.")
    assert not [r for r in read if r[1] == "be in"]
    # a body after "of" is still where the sentence puts it (business: "Paris-based Euronext, owner of Liffe
    # in London, has also said it is interested in bidding for LSE.")
    assert ("Liffe", "be in", "London") in lemmas(nlp, "Paris-based Euronext, owner of Liffe in London, has also said "
                                                       "it is interested in bidding for LSE.")
    # a name modified by the place itself still is there
    assert ("the Helmut Newton Foundation", "be in", "Berlin") in lemmas(
        nlp, "The photographs will go on show at the Helmut Newton Foundation in Berlin next year.")
    # an event named by a common noun after "of" takes place there (the sample article on the G7)
    assert ("the G7 summit", "be in", "Canada") in lemmas(
        nlp, "Speaking on the sidelines of the G7 summit in Canada, Trump said Iran wanted to talk.")


def test_a_subject_before_a_colon_is_not_the_subject_of_the_title_after_it(nlp):
    # politics: "- Michael Howard: No More Mr Nasty is being shown on BBC2 on Saturday 12 February at 2005 GMT."
    read = lemmas(nlp, "- Michael Howard: No More Mr Nasty is being shown on BBC2 on Saturday 12 February at 2005 GMT.")
    assert not [r for r in read if r[0] == "Michael Howard"]
    # a speaker before "said:" keeps his speech act
    read = lemmas(nlp, "Mr Howard said: \"We will cut taxes.\"")
    assert ("Mr Howard", "say", "We will cut taxes") in read


def test_an_amount_before_the_preposition_is_what_the_verb_takes(nlp):
    # entertainment: "… is The Aviator, which has taken $90m (£48m) in the US, although takings in the UK …"
    read = lemmas(nlp, "The biggest box office hitter among this year's nominees is The Aviator, which has taken $90m "
                       "(£48m) in the US, although takings in the UK have reached only £7m so far.")
    assert not [r for r in read if r[1] == "take in"]
    # sport: "… the return of injury-hit decathlete Dean Macey, who came fourth in Athens."
    read = lemmas(nlp, "And Backley's departure was balanced by the return of injury-hit decathlete Dean Macey, who "
                       "came fourth in Athens.")
    assert not [r for r in read if r[1] == "come in"]
    # entertainment: "Actress Sandra Bullock has donated $1m (£525,000) to The American Red Cross and …"
    read = lemmas(nlp, "Actress Sandra Bullock has donated $1m (£525,000) to The American Red Cross.")
    assert ("Actress Sandra Bullock", "donate to", "The American Red Cross") in read
    # sport: "Collins ran in Birmingham at the 2003 World Indoor Championships."
    assert ("Collins", "run in", "Birmingham") in lemmas(nlp, "Collins ran in Birmingham at the 2003 World Indoor "
                                                               "Championships.")


def test_an_ing_word_after_a_possessive_is_a_noun(nlp):
    # entertainment: "Mr Fuller was the creative drive behind Pop Idol and its US offspring American Idol."
    read = lemmas(nlp, "Mr Fuller was the creative drive behind Pop Idol and its US offspring American Idol.")
    assert not [r for r in read if "offspr" in r[1]]
    # entertainment: "Melcher also worked closely with his mother, producing The Doris Day Show and …"
    assert ("Melcher", "produce", "The Doris Day Show") in lemmas(
        nlp, "Melcher also worked closely with his mother, producing The Doris Day Show and helping to run her "
             "charitable activities.")


def test_an_infinitive_conjoined_to_another_keeps_their_governor(nlp):
    # business: "Turkish-Austrian consortium TAV was chosen to build and run Tehran's new Imam Khomeini
    # International Airport - but the army closed it just hours after it opened in May 2004."
    read = lemmas(nlp, "Turkish-Austrian consortium TAV was chosen to build and run Tehran's new Imam Khomeini "
                       "International Airport - but the army closed it just hours after it opened in May 2004.")
    assert ("Turkish-Austrian consortium TAV", "be chosen to run", "Tehran's new Imam Khomeini International Airport") in read
    assert not [r for r in read if r[1] == "run"]
    # a conjoined verb with its own subject is its own clause
    read = lemmas(nlp, "TAV was chosen to build the airport and the army closed it.")
    assert ("the army", "close", "it") in read


def test_a_passive_keeps_its_object_complement_before_the_agent(nlp):
    # politics: "He was made a lord by Tony Blair last year." (Lord Drayson)
    read = lemmas(nlp, "He was made a lord by Tony Blair last year.")
    assert read == [("He", "be made lord by", "Tony Blair")]
    assert [r for r in read if r[1] == "be made by"] == []
    # tech: a passive with no complement is read as before
    assert ("The Mac mini", "be welcomed by", "Apple fans") in lemmas(nlp, "The Mac mini has been welcomed by Apple fans.")


def test_a_recipient_before_the_direct_object_is_not_what_is_given(nlp):
    # business: "Venezuelan president Hugo Chavez has offered China wide-ranging access to the country's oil reserves."
    triples = resolved(nlp, "Venezuelan president Hugo Chavez has offered China wide-ranging access to the country's "
                            "oil reserves.")
    assert ("Venezuelan president Hugo Chavez", "offer", "wide-ranging access to the country's oil reserves") in spo(triples)
    assert not [e for e in edges(triples) if e[2] == "China"]
    # a direct object alone is still the object (politics: "Israel struck Iran.")
    assert ("Israel", "strike", "Iran") in lemmas(nlp, "Israel struck Iran.")


def test_a_verb_of_regard_keeps_its_as_phrase(nlp):
    # sport: "Real Madrid view him as a natural replacement for compatriot Ronaldo." (Adriano)
    read = lemmas(nlp, "Real Madrid view him as a natural replacement for compatriot Ronaldo.")
    assert ("Real Madrid", "view as natural replacement for compatriot ronaldo", "him") in read
    assert not [r for r in read if r[1] == "view"]
    # sport: "Parry joined Liverpool as chief executive in July 1998 …": joining is no regard
    assert ("Parry", "join", "Liverpool") in lemmas(nlp, "Parry joined Liverpool as chief executive in July 1998 from "
                                                          "a similar role at the Premier League.")
