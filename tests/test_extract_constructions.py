"""Constructions the small parser misreads, found in the blind audit of session 4 and counted in the
BBC corpus before a rule was written (issue 16, session 5): real BBC sentences, the exact reading
and what must not be read."""
from __future__ import annotations

import pytest

from extract_helpers import extractions, find, triples

# the system BT announced, with the clause that says what it does (informative.is_identifying_clause)
W_SYSTEM = "an early warning system which will alert BT customers if there is unusual activity on their phone bills"


def informative(nlp, text):
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None)
            for e in extractions(nlp, text) if not e.uninformative]


# ---------------------------------------------------------------- a verb conjoined with no "and"

def test_an_asyndetic_conjunct_takes_the_object_before_it_as_subject(nlp):
    text = ("The study, which claims to be the most in-depth so far conducted, found 60% of women in the film "
            "industry hold degrees, compared with 39% of men.")
    got = triples(nlp, text)
    assert ("60% of women", "hold", "degrees") in got
    assert ("The study", "hold", "degrees") not in got


def test_an_asyndetic_conjunct_with_no_object_before_it_is_not_read(nlp):
    text = ("He advised consumers to give shops a little more time than usual to fulfil orders given that online "
            "buying is proving so popular.")
    assert not [t for t in triples(nlp, text) if t[0] == "He" and t[1].startswith("be")]


def test_a_coordinated_verb_keeps_its_subject(nlp):
    # negative: a comma and "and" make a real coordination; the subject is shared
    text = ("The 31-year-old won the race in 2002 on her marathon debut, defended her title 12 months later and "
            "will now seek a third title in the 17 April race.")
    got = triples(nlp, text)
    assert ("The 31-year-old", "defend", "her title") in got
    assert ("The 31-year-old", "seek third title in", "the 17 April race") in got


# ---------------------------------------------------------------- a particle before the preposition

def test_a_particle_before_the_preposition_stays_in_the_relation(nlp):
    text = "Cinematographer John Mathieson, who was nominated for Gladiator in 2001, is also up for The Phantom of the Opera."
    [e] = find(nlp, text, "be up for")
    assert (e.subject.text, e.relation, e.object.text) == ("Cinematographer John Mathieson", "is up for",
                                                          "The Phantom of the Opera")
    assert not find(nlp, text, "be for")
    text = "The sale went ahead in December and Yugansk was sold to a little-known shell company."
    assert ("The sale", "go ahead in", "December") in triples(nlp, text)
    assert ("The sale", "go in", "December") not in triples(nlp, text)


def test_a_preposition_with_no_particle_is_read_alone(nlp):
    # negative: nothing between the verb and its preposition
    text = ("Collins was sixth in the Olympic final in Athens but is hoping for a better result at the World "
            "Championships in Finland this summer.")
    assert [e.relation for e in find(nlp, text, "hope for")] == ["is hoping for"]


# ---------------------------------------------------------------- the adverb that completes a verb

def test_an_objectless_verb_keeps_the_adverb_that_completes_it(nlp):
    got = informative(nlp, "Share prices in London, Frankfurt and Paris also closed higher.")
    assert ("Share prices in London, Frankfurt and Paris", "close higher", None) in got
    got = [(e.subject.text, e.relation) for e in extractions(nlp, "Xhosa works brilliantly, it's such a musical language.")]
    assert ("Xhosa", "works brilliantly") in got and ("Xhosa", "works") not in got
    text = "Sotherton finished third in the Olympic heptathlon in Athens, where the Swede took gold."
    assert [e.relation for e in find(nlp, text, "finish third")] == ["finished third"]


def test_an_adverb_of_place_or_a_list_of_ranks_is_not_the_verbs(nlp):
    # negative: "ahead of" says when, not how; "fourth and fifth" go to two subjects in turn
    text = "Mr Schroeder's intervention comes ahead of a meeting of the 12 Eurozone finance ministers on Monday."
    assert not [e for e in extractions(nlp, text) if "ahead" in e.relation]
    text = "Butler and Yelling finished fourth and fifth as Australian world champion Johnson romped to victory."
    assert [e.relation for e in extractions(nlp, text) if e.subject.text == "Butler"] == ["finished"]


# ---------------------------------------------------------------- figures that say nothing

def test_an_amount_in_another_currency_is_no_fact(nlp):
    text = "The demand for $280bn (£155bn) - filed by the Clinton administration in 1999 - was rejected in a 2-1 decision."
    [e] = [e for e in extractions(nlp, text) if e.kind == "appos"]
    assert (e.subject.text, e.object.text, e.uninformative) == ("$280bn", "£155bn", "amount conversion")
    text = "At the end of 2003, the market was worth 10.6m euros (£7.36m)."
    assert all(e.uninformative for e in extractions(nlp, text) if e.kind == "appos")


def test_a_title_written_with_figures_stays_an_apposition(nlp):
    # negative: "06/05" is the film's name, not a score
    text = "The film 06/05 will become available on the internet on Wednesday."
    got = [(e.subject.text, e.object.text, e.uninformative) for e in extractions(nlp, text) if e.kind == "appos"]
    assert got == [("The film", "06/05", None)]


def test_a_score_after_a_name_is_no_part_of_it(nlp):
    got = triples(nlp, "Sprem, the Croatian 13th seed, saw off Russia's Elena Likhovtseva 6-3 6-2.")
    assert ("Sprem", "see off", "Russia's Elena Likhovtseva") in got
    assert ("Sprem", "see off", "Russia's Elena Likhovtseva 6-3") not in got
    text = "Martinez, 32, beat Shinobu Asagoe 6-4 6-4 and 18-year-old Mirza beat Jelena Kostanic 6-7 (7-2) 6-4 6-1."
    assert ("18-year-old Mirza", "beat", "Jelena Kostanic") in triples(nlp, text)


def test_a_score_that_is_the_whole_phrase_stays(nlp):
    # negative: "at 2-0" is when; the odds are the object
    text = "\"Forest played with a lot of players behind the ball in the first half, but at 2-0 they were dead and buried.\""
    [e] = [e for e in extractions(nlp, text) if e.subject.text == "they" and e.relation == "were"]
    assert [a.text for a in e.extra] == ["at 2-0"]
    got = [e.object.text for e in extractions(nlp, "Bookmakers have offered odds of 10/1 for all Presley's 18 hits to go back to number one.")
           if e.subject.text == "Bookmakers"]
    assert got == ["odds of 10/1"]


# ---------------------------------------------------------------- a plural noun read as a verb

def test_a_plural_noun_after_a_name_is_no_verb(nlp):
    text = ("Hollywood stars Kevin Spacey and Kate Bosworth attended the British premiere of new film, Beyond the Sea, "
            "in London's Leicester Square on Thursday.")
    got = triples(nlp, text)
    assert ("Kevin Spacey", "attend", "the British premiere of new film") in got
    assert not [t for t in got if t[0] == "Hollywood"]
    text = ("BBC hits Little Britain and Strictly Come Dancing are among numerous British shows nominated for the "
            "prestigious Golden Rose television awards.")
    assert not [t for t in triples(nlp, text) if t[0] == "BBC"]


def test_a_verb_of_the_same_form_stays_a_verb(nlp):
    # negative: a clause after "claims" is what is claimed; "plans to" with a real subject
    got = triples(nlp, "Lewsey claims he touched it down and was in full control.")
    assert ("Lewsey", "claim", "he touched it down and was in full control") in got
    got = triples(nlp, "BSkyB plans to ship its first generation set-top boxes, to receive HDTV broadcasts, in time for Christmas.")
    assert ("BSkyB", "plan to ship", "its first generation set-top boxes") in got


# ---------------------------------------------------------------- a noun that needs its clause

def test_a_vague_or_bare_noun_keeps_the_clause_that_says_which(nlp):
    got = triples(nlp, "Mr Milburn told Today that Labour wanted policies which encouraged increased social mobility in Britain.")
    assert ("Labour", "want", "policies which encouraged increased social mobility in Britain") in got
    assert ("Labour", "want", "policies") not in got
    text = ("Children's charities have reacted with alarm, saying the policy amounts to forcible removal and may not "
            "guarantee the safety of those affected.")
    assert ("the policy", "guarantee", "the safety of those affected") in triples(nlp, text)
    got = triples(nlp, "He has never hidden the fact that he is a Democrat.")
    assert ("He", "hide", "the fact that he is a Democrat") in got


def test_a_noun_set_off_by_a_comma_keeps_no_clause(nlp):
    # negative: a comma-set relative adds to the noun; the object stays the noun
    got = triples(nlp, "Stern will join the Sirius subscription service, which is not governed by US regulators, next year.")
    assert ("Stern", "join", "the Sirius subscription service") in got


# ---------------------------------------------------------------- a word of the name is no title

def test_a_first_name_or_an_opening_adjective_is_no_title(nlp):
    text = "Other nominees in the best actress category include Charlize Theron for Monster."
    assert not [e for e in extractions(nlp, text) if e.kind == "title"]
    assert not [e for e in extractions(nlp, "Defiant Matt Williams insists Scotland can beat Italy.") if e.kind == "title"]


def test_a_title_word_before_a_name_stays_a_title(nlp):
    # negative: "President", a common-noun title
    got = triples(nlp, "President Bush focused on the fact that two million jobs have been created.", kinds={"title"})
    assert got == [("Bush", "be", "President")]
    got = triples(nlp, "Record producer Terry Melcher, who was behind hits by the Byrds, has died.", kinds={"title"})
    assert got == [("Terry Melcher", "be", "Record producer")]


# ---------------------------------------------------------------- a participle alone

def test_a_participle_with_nothing_of_its_own_is_no_fact(nlp):
    text = "Statistics released last week showed that stockpiles of oil products in the US had risen."
    [e] = [e for e in extractions(nlp, text) if e.relation == "be released"]
    assert e.uninformative == "bare participle"
    text = "He was found dead in the bath of his Paris apartment and died from heart problems, aggravated by alcohol."
    # with its agent the participle says something of the noun it follows (a passive: kg/extract/passive.py)
    got = [(e.subject.text, e.relation_lemma, e.object.text if e.object else None) for e in extractions(nlp, text)
           if e.relation.startswith("be aggravated") and not e.uninformative]
    assert got == [("heart problems", "be aggravated by", "alcohol")]


def test_a_participle_with_an_object_stays(nlp):
    # negative: what the participle does to something is read
    text = "Melcher also worked closely with his mother, producing The Doris Day Show."
    got = [(e.subject.text, e.relation, e.object.text, e.uninformative) for e in extractions(nlp, text)
           if e.relation == "be producing"]
    assert got == [("Melcher", "be producing", "The Doris Day Show", None)]


# ---------------------------------------------------------------- an "it" that stands for a clause

def test_it_standing_for_the_clause_after_its_noun_is_no_fact(nlp):
    got = [(e.subject.text, e.relation, e.object.text, e.uninformative)
           for e in extractions(nlp, "And I think it will be a while before we see him again.") if e.kind == "copula"]
    assert got == [("it", "will be", "a while", "expletive it")]
    text = "The Scottish Executive said ministers would be notified but it would not be common practice to sign approval."
    assert all(e.uninformative == "expletive it" for e in extractions(nlp, text) if e.subject.text == "it")


def test_it_with_a_noun_of_its_own_stays(nlp):
    # negative: a referring "it" and its noun's own relative clause
    got = [(e.subject.text, e.object.text, e.uninformative) for e in extractions(nlp, "It was a betrayal.")]
    assert got == [("It", "a betrayal", None)]
    text = "It is a classic whodunit, which centres on a global conspiracy surrounding the Holy Grail mythology."
    assert ("It", "a classic whodunit", None) in [(e.subject.text, e.object.text, e.uninformative)
                                                  for e in extractions(nlp, text)]


# ---------------------------------------------------------------- something unnamed somewhere

def test_an_indefinite_noun_somewhere_is_no_fact(nlp):
    text = "However, Nestle's profits margins were helped by a strong performance in the Americas and China."
    got = [(e.subject.text, e.object.text, e.uninformative) for e in extractions(nlp, text) if e.kind == "place"]
    assert got and all(why == "vague subject" for _, _, why in got)


def test_a_named_or_definite_thing_somewhere_stays(nlp):
    # negative: a definite, named thing and its place
    text = "Details of the chip will be released at the International Solid State Circuits Conference in San Francisco."
    got = [(e.subject.text, e.object.text, e.uninformative) for e in extractions(nlp, text) if e.kind == "place"]
    assert got == [("the International Solid State Circuits Conference", "San Francisco", None)]


# ---------------------------------------------------------------- session 6: a title's name before its own verb

def test_a_titled_name_before_its_verb_stays_in_the_subject(nlp):
    text = "Fifth seed Carlos Moya was the first big name to fall at the Australian Open as he went down to fellow Spaniard Guillermo Garcia-Lopez on Monday."
    got = [(e.subject.text, e.relation, e.object.text) for e in extractions(nlp, text) if e.kind == "copula"]
    assert got == [("Fifth seed Carlos Moya", "was", "the first big name to fall at the Australian Open")]
    text = "Ireland coach Eddie O'Sullivan appears to have done that quite successfully in the run-up to this season's Six Nations Championship."
    assert [e.subject.text for e in find(nlp, text, "appear to do")] == ["Ireland coach Eddie O'Sullivan"]
    assert not [e for e in extractions(nlp, text) if e.subject.text == "Ireland coach"]


def test_a_name_that_opens_a_clause_is_no_title(nlp):
    # negative: "announced" is BT's verb, not the initiative's: BT is the subject of a relative clause
    text = "The second initiative BT announced is an early warning system which will alert BT customers if there is unusual activity on their phone bills."
    got = [(e.subject.text, e.object.text) for e in extractions(nlp, text) if e.kind == "copula"]
    assert ("The second initiative", W_SYSTEM) in got
    assert not [g for g in got if g[0].startswith("The second initiative BT")]


# ---------------------------------------------------------------- session 6: appositions that are list items

def test_a_noun_that_titles_the_next_name_is_no_apposition_of_the_name_before(nlp):
    text = ("Yukos is currently suing four companies - Gazprom, its unit Gazpromneft, Rosneft and the shell company "
            "which won the bidding - for their part in Yugansk's disposal.")
    got = [(e.subject.text, e.object.text, e.uninformative) for e in extractions(nlp, text) if e.kind == "appos"]
    assert ("Gazpromneft", "its unit", None) in got
    assert ("Gazprom", "its unit", None) not in [g for g in got]
    assert not [g for g in got if g[0] == "Gazprom" and g[2] is None]  # one of four companies, not all four


def test_an_apposition_with_no_name_after_it_stays(nlp):
    # negative: "the IMF's managing director" names no one after it: Rodrigo de Rato is what it says he is
    text = ("Rodrigo de Rato, the IMF's managing director, said the loan agreement would help to improve Turkish "
            "economic prospects by cutting its debt and stimulating growth.")
    got = [(e.subject.text, e.object.text, e.uninformative) for e in extractions(nlp, text) if e.kind == "appos"]
    assert got == [("Rodrigo de Rato", "the IMF's managing director", None)]


# ---------------------------------------------------------------- session 6: the reporter's own act after a report

def test_the_reporters_own_act_is_no_part_of_what_he_said(nlp):
    text = "At his weekly press conference on Tuesday, Mr Livingstone said his comments were not racist and refused to apologise."
    [said] = find(nlp, text, "say")
    assert said.object.text == "his comments were not racist"
    assert ("Mr Livingstone", "refuse to apologise", None) in triples(nlp, text)
    text = "Mourinho added that the match was entertaining for a goalless draw and insisted his team could still reach the final."
    assert [e.object.text for e in find(nlp, text, "add")] == ["the match was entertaining for a goalless draw"]


def test_a_verb_of_the_reported_clause_stays_in_it(nlp):
    # negative: "accused" is the voices', in another tense than "think": it stays in what is thought
    text = ("\"I think many voices are being shut down or accused of being unpatriotic if they want to express another "
            "point of view.")
    [think] = find(nlp, text, "think")
    assert think.object.text.startswith("many voices are being shut down or accused of being unpatriotic")


# ---------------------------------------------------------------- session 6: a name cut off its title noun

def test_the_name_a_noun_titles_stays_with_it(nlp):
    text = "The three group winners will then join title holders Angola for the last of the mini-tournaments in August, where the winners will be crowned."
    [join] = find(nlp, text, "join")
    assert (join.object.text, [a.text for a in join.extra]) == ("title holders Angola", ["for the last of the mini-tournaments", "in August"])
    text = "In 1995 he directed an episode of the medical drama ER and has also appeared in Alias."
    assert [e.object.text for e in find(nlp, text, "direct")] == ["an episode of the medical drama ER"]
    text = "U2, who have won three prestigious Grammy Awards for their hit Vertigo, are stubbornly clinging to their status as one of the biggest bands in the world."
    assert [[a.text for a in e.extra] for e in find(nlp, text, "win")] == [["for their hit Vertigo"]]


def test_a_name_after_a_noun_that_is_no_title_of_it_stays_out(nlp):
    # negative: the subject of a contact clause, and the first of a list of names
    text = ("On his website, Brown wrote: \"I think the reason Angels and Demons is raising eyebrows right now is that "
            "it opens some Vatican closets most people don't even know exist.")
    assert [e.subject.text for e in extractions(nlp, text) if e.relation == "is that"] == ["the reason"]
    text = "Technology firms Sony, Philips, Matsushita and Samsung are developing a common way to stop people pirating digital music and video."
    assert [e.subject.text for e in find(nlp, text, "develop")] == ["Technology firms"]


# ---------------------------------------------------------------- session 6: amounts and counts set off after a noun

def test_an_amount_whose_unit_the_tokenizer_split_is_no_apposition(nlp):
    text = "The singer banked $56.5m (£30.4m) from concerts, album and publishing sales with his Musicology tour and album."
    got = [(e.subject.text, e.object.text, e.uninformative) for e in extractions(nlp, text) if e.kind == "appos"]
    assert got == [("m", "£30.4m", "amount conversion")]
    assert ("The singer", "bank", "$56.5m") in triples(nlp, text)


def test_a_count_set_off_after_a_plural_is_no_apposition(nlp):
    text = ("The owners - two from Taiwan, two from China, one from Mauritius and one from Malaysia - left over the "
            "December holiday period without informing or paying their employees, he said.")
    got = [(e.subject.text, e.object.text) for e in extractions(nlp, text) if e.kind == "appos" and not e.uninformative]
    assert got == []


def test_an_age_set_off_after_a_name_stays(nlp):
    # negative: a number after one person is the age the sentence gives
    text = "Mr Sullivan, 42, has already pleaded guilty to fraud and will be sentenced following Mr Ebbers' trial."
    got = [(e.subject.text, e.object.text, e.uninformative) for e in extractions(nlp, text) if e.kind == "appos"]
    assert got == [("Mr Sullivan", "42", None)]


# ---------------------------------------------------------------- session 6: a role set off beside its holder

def test_a_role_beside_its_holders_name_is_said_by_the_apposition(nlp):
    text = ("Rodrigo de Rato, the IMF's managing director, said the loan agreement would help to improve Turkish "
            "economic prospects by cutting its debt and stimulating growth.")
    got = [(e.subject.text, e.object.text, e.uninformative) for e in extractions(nlp, text) if e.kind in {"poss", "appos"}]
    assert ("Rodrigo de Rato", "the IMF's managing director", None) in got
    assert ("the IMF", "managing director", "said by the apposition") in got


def test_a_role_with_no_holder_named_beside_it_stays(nlp):
    # negative: nobody is named beside the role, so the role is what the sentence says (session 22: blind judges
    # passed 11 of the 13 such readings a rule to drop them removed, so it was withdrawn)
    text = "Sri Lanka's president has launched a reconstruction drive worth $3.5bn (£1.8bn) by appealing for peace and national unity."
    got = [(e.subject.text, e.object.text, e.uninformative) for e in extractions(nlp, text) if e.kind == "poss"]
    assert got == [("Sri Lanka", "president", None)]


# ---------------------------------------------------------------- session 6: the next clause's subject joined to an object

def test_a_subject_joined_to_the_prepositional_object_before_it_starts_its_own_clause(nlp):
    text = 'The 28-year-old has been training in Holland and Ferguson said: "Ruud comes back on Tuesday and we need to assess how far on he is.'
    got = triples(nlp, text)
    assert ("The 28-year-old", "train in", "Holland") in got
    assert ("The 28-year-old", "train in", "Ferguson") not in got
    assert [e.subject.text for e in find(nlp, text, "say")] == ["Ferguson"]


def test_a_subject_joined_to_a_complement_starts_its_own_clause(nlp):
    text = ("US Customs claimed Mr Griffiths was one of DOD's leaders but his lawyer, Antony Townsden, told the BBC News "
            "website it was a laughable suggestion.")
    assert [e.object.text for e in find(nlp, text, "claim")] == ["Mr Griffiths was one of DOD's leaders"]
    assert [e.subject.text for e in find(nlp, text, "tell")] == ["his lawyer"]
    text = ('"Broadband and telephony are attractive to customers and BT wants to make sure it is in the first wave of '
            'services," said Ian Fogg, an analyst with Jupiter Research.')
    got = [(e.subject.text, e.relation, e.object.text) for e in extractions(nlp, text) if e.kind in {"copula", "fact"}]
    assert ("Broadband", "are", "attractive to customers") in got
    assert ("BT", "wants to make sure", "it is in the first wave of services") in got  # (misreadings.shifted_predicate)
    assert not [g for g in got if g[1].startswith("wants to make") and g[0] != "BT"]


def test_coordinated_objects_with_no_clause_after_them_stay(nlp):
    # negative: nothing follows the second object, and a subject that does not agree with the verb after it
    text = "Mr Mubanga said he had been in Afghanistan and Pakistan to study Islam."
    assert [e.object.text for e in find(nlp, text, "be in")] == ["Afghanistan", "Pakistan"]
    text = "He has powers for life, while insulting the president and officials has been made a criminal offence."
    assert not [e for e in extractions(nlp, text) if e.subject.text == "officials"]


def test_nouns_after_but_are_the_next_clauses_subject_together(nlp):
    text = ("The film world and media may be wild about the Oscars but cinema-goers and the TV-viewing public are sick "
            "of watching award ceremonies, according to some LA film critics.")
    got = [(e.subject.text, e.relation, e.object.text) for e in extractions(nlp, text) if e.kind == "copula"]
    assert ("The film world", "may be", "wild about the Oscars") in got
    assert ("cinema-goers", "are", "sick of watching award ceremonies") in got
    assert ("the TV-viewing public", "are", "sick of watching award ceremonies") in got
    assert not [g for g in got if g[1] == "are" and g[0] in {"The film world", "media"}]


# ---------------------------------------------------------------- session 6: a headline's passive

def test_a_past_form_in_a_headline_is_a_passive(nlp):
    got = [(e.subject.text, e.relation, e.relation_lemma, e.object.text) for e in extractions(nlp, "Pountney handed ban and fine")]
    assert got == [("Pountney", "be handed", "be handed", "ban"), ("Pountney", "be handed", "be handed", "fine")]
    got = [(e.subject.text, e.relation, e.object.text, e.passive) for e in extractions(nlp, "Rock star sued by ex-girlfriend")]
    assert got == [("Rock star", "be sued by", "ex-girlfriend", True)]
    got = [(e.subject.text, e.relation, e.object.text) for e in extractions(nlp, "Hanks greeted at wintry premiere")]
    assert got == [("Hanks", "be greeted at", "wintry premiere")]


def test_a_headline_past_with_a_single_object_stays_active(nlp):
    # negative (review6 #1): only a verb of giving keeps an object in the passive ("Pountney [was] handed
    # ban"); a verb that takes one object has none left, so these are active past-tense headlines
    got = [(e.subject.text, e.relation, e.relation_lemma, e.object.text) for e in extractions(nlp, "Google bought YouTube")]
    assert got == [("Google", "bought", "buy", "YouTube")]
    got = [(e.subject.text, e.relation, e.relation_lemma, e.object.text) for e in extractions(nlp, "Ferguson praised Rooney")]
    assert got == [("Ferguson", "praised", "praise", "Rooney")]
    assert not [e for e in extractions(nlp, "Israel attacked Iran") if e.relation.startswith("be ")]


def test_a_headline_in_the_present_or_a_sentence_stays_active(nlp):
    # negative: a present-tense headline, a form that is also the present, a question-word headline,
    # a sentence with a pronoun subject, and a body sentence (not at the article's start)
    # (the chart place is the relation's since session 13: misreadings.is_rank_read_as_verb)
    assert [e.relation for e in extractions(nlp, "Eminem beats Elvis to number one")] == ["beats to number one"]
    assert [e.relation for e in extractions(nlp, "Barclays profits hit record level")] == ["hit"]
    assert [e.relation for e in extractions(nlp, "How the Academy Awards flourished")] == ["flourished"]
    assert [e.relation for e in extractions(nlp, "He handed the ball to Smith")] == ["handed"]
    assert [e.relation for e in extractions(nlp, "Pountney handed ban and fine", offset=120)] == ["handed", "handed"]


# ---------------------------------------------------------------- session 6: a plural noun tagged as a verb in object place

def test_a_plural_object_tagged_as_a_verb_is_the_object(nlp):
    text = "In support of the war effort, the Academy handed out plaster Oscar statuettes during WWII."
    got = [(e.subject.text, e.relation, e.object.text, [a.text for a in e.extra]) for e in extractions(nlp, text)]
    assert got == [("the Academy", "handed out", "plaster Oscar statuettes", ["In support of the war effort", "during WWII"])]


def test_a_verb_in_object_place_with_an_object_of_its_own_stays_a_verb(nlp):
    # negative: "producing" heads its own object; it is no noun
    text = "The US seems to lag Europe in producing corporate social responsibility reports."
    assert [(e.subject.text, e.relation, e.object.text) for e in extractions(nlp, text)] == [("The US", "seems to lag", "Europe")]


# ---------------------------------------------------------------- session 7: the reporter's own act hung on the report

def _rows(nlp, text):
    return [(e.subject.text, e.relation, e.object.text if e.object else None, e.speaker.text if e.speaker else None)
            for e in extractions(nlp, text)]


def test_a_participle_of_saying_after_a_report_is_the_reporters(nlp):
    text = ("Krispy Kreme said accounting errors had forced the move, adding that its board of directors made the "
            "decision to restate its accounts on 28 December.")
    got = _rows(nlp, text)
    assert ("Krispy Kreme", "said", "accounting errors had forced the move", None) in got
    assert ("Krispy Kreme", "be adding that", "its board of directors made the decision to restate its accounts on "
            "28 December", None) in got
    assert not [r for r in got if r[0] == "accounting errors" and r[1] != "had forced"]


def test_a_participle_of_result_stays_in_the_report(nlp):
    # negative: the market made the profits; China Daily said so
    text = ("China Daily said the market was currently enjoying steady growth, making more than 210bn yuan ($25.4bn) "
            "in pre-tax profits last year, almost double the figure in 2000.")
    [said] = find(nlp, text, "say")
    assert said.object.text.startswith("the market was currently enjoying steady growth, making more than 210bn yuan")
    assert [e.subject.text for e in find(nlp, text, "make")] == ["the market"]


def test_a_participle_inside_a_quote_is_the_quoted_speakers(nlp):
    # negative: after an opened quote the participle is the quoted words, not the reporter's act
    text = ("Moya confirmed afterwards: \"I'm donating my prize money from this tournament for the tsunami victims, "
            "hoping it makes some difference to their lives.")
    assert [(e.subject.text, e.speaker.text) for e in find(nlp, text, "hope")] == [("I", "Moya")]


def test_a_conjunct_in_the_reports_tense_through_its_auxiliary_is_the_reporters(nlp):
    text = ("Yukos claims its downfall was punishment for the political ambitions of its founder Mikhail Khodorkovsky "
            "and has vowed to sue any participant in the sale.")
    [claims] = find(nlp, text, "claim")
    assert claims.object.text == "its downfall was punishment for the political ambitions of its founder Mikhail Khodorkovsky"
    assert ("Yukos", "has vowed to sue", "any participant", None) in _rows(nlp, text)


# ---------------------------------------------------------------- session 7: a quantified noun and the clause that restricts it

def test_a_quantified_object_keeps_its_restrictive_clause(nlp):
    text = "BMW is to recall all cars equipped with a faulty diesel fuel-injection pump supplied by parts maker Robert Bosch."
    assert [e.object.text for e in find(nlp, text, "be to recall")] == [
        "all cars equipped with a faulty diesel fuel-injection pump supplied by parts maker Robert Bosch"]
    text = "The company and its main shareholders have vowed to go after any company that buys its assets, using all and every legal means."
    assert {e.object.text for e in find(nlp, text, "vow to go after")} == {"any company that buys its assets"}


def test_a_quantified_object_does_not_run_into_the_next_clause(nlp):
    # negative: no relative word, a subject of its own: the next clause, not a restriction
    text = ("\"If you don't have any chances you have to think of other things, but when you are creating so many "
            "chances as we are there is nothing you can say to the players.")
    assert [e.object.text for e in find(nlp, text, "have") if e.negated] == ["any chances"]


# ---------------------------------------------------------------- session 7: examples of the object ("such as", "like", "including")

def test_an_object_with_its_examples_is_not_folded_into_the_relation(nlp):
    text = "EA publishes blockbuster titles such as Fifa and John Madden, as well as video game versions of movies such as Harry Potter and the James Bond films."
    assert triples(nlp, text) == [("EA", "publish", "blockbuster titles such as Fifa and John Madden"),
                                  ("EA", "publish", "video game versions of movies such as Harry Potter and the James Bond films")]
    text = "Def Jam was founded in 1984 by Russell Simmons and producer Rick Rubin and signed artists including Run-DMC, The Beastie Boys and Public Enemy."
    assert ("Def Jam", "sign", "artists including Run-DMC, The Beastie Boys and Public Enemy") in triples(nlp, text)
    assert not [t for t in triples(nlp, text) if "including" in t[1]]


def test_a_light_object_with_its_preposition_is_still_folded(nlp):
    # negative: a light noun and a preposition that is no list of examples stay in the relation
    text = "Iran held talks with the European Union on Monday."
    assert [(t[1], t[2]) for t in triples(nlp, text)] == [("hold talks with", "the European Union")]


# ---------------------------------------------------------------- session 7: an apposition that names part of a set

def test_an_apposition_that_names_part_of_a_set_is_no_fact(nlp):
    text = "Between 1.1 and 1.5 million people, mainly Jews, were killed at Auschwitz."
    assert [(e.subject.text, e.object.text, e.uninformative) for e in extractions(nlp, text) if e.kind == "appos"] == [
        ("mainly Jews", "1.1 and 1.5 million people", "part of a set")]
    text = ("China is expected to face renewed pressure to abandon its fixed exchange rate, which G7 nations, in particular "
            "the US, have blamed for a surge in cheap Chinese exports.")
    assert [e.uninformative for e in extractions(nlp, text) if e.kind == "appos"] == ["part of a set"]


def test_an_apposition_without_a_focusing_adverb_stays_a_fact(nlp):
    # negative: "the IMF's managing director" is what Rodrigo de Rato is
    text = "Rodrigo de Rato, the IMF's managing director, said growth would slow."
    assert [(e.subject.text, e.object.text, e.uninformative) for e in extractions(nlp, text) if e.kind == "appos"] == [
        ("Rodrigo de Rato", "the IMF's managing director", None)]


def test_an_adverb_of_degree_inside_an_apposition_is_no_focus(nlp):
    # negative (review 7a): "largely", "mainly" qualify the adjective, they pick out no part of a set
    text = "Ken Livingstone, London's largely independent mayor, attacked the plan."
    assert [(e.subject.text, e.object.text, e.uninformative) for e in extractions(nlp, text) if e.kind == "appos"] == [
        ("Ken Livingstone", "London's largely independent mayor", None)]
    text = "Eurotunnel, a mainly British company, reported a loss."
    assert [(e.subject.text, e.object.text, e.uninformative) for e in extractions(nlp, text) if e.kind == "appos"] == [
        ("Eurotunnel", "a mainly British company", None)]


# ---------------------------------------------------------------- session 7: a participle set off after a noun describes it

def test_a_participle_set_off_after_a_noun_describes_that_noun(nlp):
    text = ("In a pre-recorded video slot during Microsoft's keynote address at the Game Developers Conference, held "
            "last week in San Francisco, famed director James Cameron revealed he is making a game in tandem with his next film.")
    got = triples(nlp, text)
    assert ("the Game Developers Conference", "be held in", "San Francisco") in got
    assert not [t for t in got if t[0] == "famed director James Cameron" and t[1].startswith("hold")]
    text = "Mr Campbell has consistently made public his keenness to play a part in the poll, expected in May."
    assert ("the poll", "be expected in", "May") in triples(nlp, text)


def test_a_participle_after_a_time_or_a_ranking_is_the_subjects(nlp):
    # negative: after a time the participle says how the subject's event went; "followed by" ranks the subject
    text = "The ISEQ index of leading shares closed up 23 points to 6661.89 on Thursday, fuelled by strong growth in banking and financial stocks."
    assert [t[0] for t in triples(nlp, text) if t[1].startswith("be fuel")] == ["The ISEQ index of leading shares"]
    text = "U2's How to Dismantle a Bomb remains at number one for a third week in a row, followed by Williams' Greatest Hits."
    assert [t[0] for t in triples(nlp, text) if t[1].startswith("be follow")] == ["How to Dismantle a Bomb"]


def test_a_participle_the_main_clause_goes_on_from_is_the_subjects(nlp):
    # negative (review 7a): the sentence's next verb hangs on the participle: the participle and that verb are the subject's
    text = "Mr Smith left the court, surrounded by reporters, and got into a car."
    got = triples(nlp, text)
    assert ("Mr Smith", "get into", "a car") in got
    assert not [t for t in got if t[0] == "the court"]
    text = "The singer arrived at the premiere, accompanied by her husband, and posed for photographers."
    got = triples(nlp, text)
    assert ("The singer", "pose for", "photographers") in got
    assert not [t for t in got if t[0] == "the premiere"]


# ---------------------------------------------------------------- session 7: a stated age after "died"

def test_a_stated_age_is_the_whole_complement(nlp):
    text = "Legendary Dutch coach Rinus Michels, the man credited with developing \"total football\", has died aged 77."
    got = [(e.relation, e.object.text, [a.text for a in e.extra]) for e in find(nlp, text, "die")]
    assert got == [("has died", "aged 77", [])]


@pytest.mark.xfail(strict=True, reason="the apposition 'the man', not the name before it, is read as the one who died")
def test_the_one_who_died_aged_n_is_the_name_before_its_apposition(nlp):
    text = "Legendary Dutch coach Rinus Michels, the man credited with developing \"total football\", has died aged 77."
    assert [("Rinus Michels" in e.subject.text, "the man" in e.subject.text) for e in find(nlp, text, "die")] == [(True, False)]


def test_aged_without_a_number_after_it_is_left_as_it_was(nlp):
    # negative: no number right after "aged": stated_age joins nothing ("aged between" is no age)
    text = "He is aged between 20 and 30."
    assert not [e for e in extractions(nlp, text) if e.object.text.startswith("aged")]


def test_an_age_range_is_kept_whole(nlp):
    # "between" takes the whole range (spans.is_between_pair), not its lower bound "20"
    text = "He is aged between 20 and 30."
    assert [e.object.text.endswith("20 and 30") for e in extractions(nlp, text)] == [True]
