"""Misparses of session 24 (issue 16): readings the parse hung on the wrong word. Every sentence is from the BBC
pool (/work/pool), each rule with the case it must still read."""
from __future__ import annotations

from extract_helpers import extractions


def facts(nlp, text, kinds=None):
    """(subject, relation_lemma, object) of every reading kg keeps as a fact (no ``uninformative`` label)."""
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None) for e in extractions(nlp, text)
            if e.uninformative is None and (kinds is None or e.kind in kinds)]


def extras(nlp, text, subject):
    """The further arguments of each kept reading of ``subject``."""
    return [[a.text for a in e.extra] for e in extractions(nlp, text)
            if e.uninformative is None and e.subject.text == subject]


def test_a_participle_set_off_by_commas_keeps_to_its_commas(nlp):
    # misreadings.participle_aside_close (s24 blind audit T054): the accounts were shut down because of the breach
    text = ("The agency earlier this month shut down fbi.gov accounts, used to communicate with the public, because of "
            "a security breach.")
    read = facts(nlp, text)
    assert ("fbi.gov accounts", "be used to communicate with", "the public") in read
    assert ["because of a security breach"] not in extras(nlp, text, "fbi.gov accounts")
    # a participle whose comma closes before the sentence's verb keeps its own phrase
    text = "The MDA IV, released in the summer, is an upgrade to the company's existing smartphone, the 2.5G/wi-fi MDA III."
    assert ("The MDA IV", "be released in", "the summer") in facts(nlp, text)


def test_a_participle_after_a_time_is_not_the_time_s(nlp):
    # misreadings.is_participle_after_a_time: an hour is not accompanied by aides
    read = facts(nlp, "Staff were surprised when the Prime Minister walked into HMV at 0900 GMT, accompanied by aides "
                      "and local police.")
    assert not any(s == "0900 GMT" for s, _, _ in read)
    assert ("the Prime Minister", "walk into", "HMV") in read
    # a participle after another noun is that noun's, set off by commas or not
    read = facts(nlp, "The MDA IV, released in the summer, is an upgrade to the company's existing smartphone.")
    assert ("The MDA IV", "be released in", "the summer") in read
    read = facts(nlp, "Infinity Broadcasting, which is owned by Viacom, paid cumulative fines totalling $1.7m (£907,000) "
                      "in 1995 to settle FCC violations by Stern.")
    assert ("cumulative fines", "total", "$1.7m") in read


def test_a_noun_read_as_verb_before_its_name_s_clause(nlp):
    # misreadings.is_noun_read_as_verb_before_its_clause: "head" is Forgeard's title, and Forgeard the subject of "is set"
    read = facts(nlp, "Airbus head Noel Forgeard is now set to replace Mr Camus, bringing the company's power struggle "
                      "to an end.")
    assert ("Airbus", "head", "Noel Forgeard") not in read
    assert any(s == "Noel Forgeard" and o == "Mr Camus" for s, _, o in read)
    # a verb whose object is followed by a clause with its own subject stays a verb
    read = facts(nlp, "Mr Sands told Newsnight the government had prepared a legal team to be able to defend its case.",
                 kinds={"speech"})
    assert any(s == "Mr Sands" and lemma == "tell" for s, lemma, _ in read)


def test_an_adverb_before_of_takes_the_of(nlp):
    # misreadings.adverb_taking_of (s24 blind audit T049): never "be operating of" nor "must be treated of"
    read = facts(nlp, "The fact that he used an article in the Guardian newspaper to set out what he believed "
                      "\"should\" be in the manifesto has only added to the impression of rival camps operating entirely "
                      "independently of each other.")
    assert not any(lemma == "operate of" for _, lemma, _ in read)
    assert ("rival camps", "operate entirely independently of", "each other") in read
    read = facts(nlp, "Carlo Trojan said Iran's application \"must be treated independently of political issues\".")
    assert ("Iran's application", "be treated independently of", "political issues") in read
    # an adverb of how it went belongs to the relation as "well" does: comparing unfavourably is no comparing
    read = facts(nlp, "Mercedes' profits over the period compared unfavourably with 2003's 784m euro figure and were "
                      "well below analyst expectations of 374m euros.")
    assert ("Mercedes' profits over the period", "compare unfavourably with", "2003's 784m euro figure") in read
    # a verb's own "of" keeps its reading
    read = facts(nlp, "In August it warned of annual losses of £6m, blaming delays in signing new contracts and tough "
                      "conditions in the software industry.")
    assert any(lemma == "warn of" and o.startswith("annual losses") for _, lemma, o in read)


def test_an_ing_clause_after_a_chance_to_do_something_is_the_clause_s_subject_s(nlp):
    # misreadings.verb_above_infinitive: the chance did not shoot, Jenas did
    read = facts(nlp, "Jermaine Jenas then missed a glorious chance to throw Newcastle a lifeline, shooting over from "
                      "just eight yards out from Shola Ameobi's cross.")
    assert not any(s == "a glorious chance" for s, _, _ in read)
    assert any(s == "Jermaine Jenas" and lemma.startswith("shoot") for s, lemma, _ in read)
    # another noun may do what its infinitive says and the "-ing" verb too; an "-ing" clause on a finite verb stays
    # its subject's
    read = facts(nlp, "In April 2014, Zane, along with friend Derek Stevens, announced a Kickstarter to fund a 50th "
                      "anniversary Furthur Bus Trip, offering donors a chance to ride the famous bus.")
    assert any(s == "a Kickstarter" and lemma == "offer" for s, lemma, _ in read)
    read = facts(nlp, "Fox has changed this plan, launching new shows in May instead of June.")
    assert ("Fox", "launch", "new shows") in read


def appositions_of(nlp, text):
    return [(e.subject.text, e.object.text) for e in extractions(nlp, text) if e.kind == "appos" and e.uninformative is None]


def test_a_list_read_as_a_chain_of_appositions_is_a_list(nlp):
    # nominal.runs_on_as_a_list: items set off by commas with "and" before the last are a list, no X — be — Y
    read = appositions_of(nlp, "Mr Blair said the two leaders had talked about Afghanistan, the wider war on terror, the "
                               "situation in the Middle East and the ongoing dispute over Kashmir.")
    assert not any(s == "Afghanistan" for s, _ in read)
    read = appositions_of(nlp, "Halo stood out from a crowd of similar titles - it was graphically impressive, had "
                               "tremendous audio, using Dolby Digital, a decent storyline, instant playability and "
                               "impressive physics.")
    assert ("Dolby Digital", "a decent storyline") not in read
    read = appositions_of(nlp, "Music, images, e-mails, and texts are being hoarded on mobiles, cameras laptops and PDAs "
                               "(Personal Digital Assistants), a Toshiba study found.")
    assert ("Music", "images") not in read
    # a role and what its body is, a role with its own departments, an age: no list
    read = appositions_of(nlp, "But, Hans Reckers, a board member of Germany's central bank, the Bundesbank, said that "
                               "cash trading should also remain in Frankfurt.")
    assert ("Hans Reckers", "a board member of Germany's central bank") in read
    read = appositions_of(nlp, "\"Britain is now broadband Britain,\" said Duncan Ingram, BT's managing director, "
                               "broadband and internet services.")
    assert ("Duncan Ingram", "BT's managing director, broadband and internet services") in read


def test_an_apposition_after_a_phrase_s_last_name_is_that_name_s(nlp):
    # nominal.phrase_end_noun: the think-tank is the European Policy Centre, not John Palmer
    read = appositions_of(nlp, "\"It's very ambitious,\" said John Palmer, political director at the European Policy "
                               "Centre, a Brussels-based think-tank.")
    assert ("John Palmer", "a Brussels-based think-tank") not in read
    assert ("the European Policy Centre", "a Brussels-based think-tank") in read
    assert ("John Palmer", "political director at the European Policy Centre") in read
    read = appositions_of(nlp, "However, the overall impact on Asia's largest stock market, Japan's Nikkei, was slight.")
    assert ("Japan's Nikkei", "Asia's largest stock market") in read
    # a person's name after a role's phrase names the role's holder
    read = appositions_of(nlp, "But his counterpart on the DCA committee, Alan Beith, said it should be delayed.")
    assert ("Alan Beith", "his counterpart on the DCA committee") in read
    read = appositions_of(nlp, "A lawyer for the victims, Eduardo Contreras, told Reuters news agency the whole world "
                               "knows his victims deserve reparations.")
    assert ("Eduardo Contreras", "A lawyer for the victims") in read


def test_a_date_of_the_sentence_is_no_word_of_the_subject(nlp):
    # subjects.time_before_noun_end: a bare "on" or an "earlier" shows the date is the sentence's
    read = facts(nlp, "Earlier this month figures showed that job creation is still weak, while consumer confidence is "
                      "subdued.")
    assert not any(s == "this month figures" for s, _, _ in read)
    read = facts(nlp, "Elsewhere, a refinery in Houston was closed due to mechanical problems, while on Tuesday "
                      "production at BP's Texas City refinery was taken down for a short time.")
    assert any(s == "production at BP's Texas City refinery" for s, _, _ in read)
    read = facts(nlp, "Nationwide said that in January house prices went up by 0.4% on the month and by 12.6% on a year "
                      "earlier.")
    assert any(s == "house prices" and lemma == "go up by" for s, lemma, _ in read)
    # a date that is the phrase's own stays
    read = facts(nlp, "Christmas shopping was strong, the retailer said.")
    assert ("Christmas shopping", "be", "strong") in read
