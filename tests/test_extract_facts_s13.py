"""Wrong subjects, objects and relations of plain edges (issue 16, session 13, `facts`): constructions the
blind edge audit named, found again in ../shared/corpora/bbc-news (bench/README.md, "Session 13 (facts)"). Real BBC
sentences from ../shared/corpora/bbc-news: the exact triple read, and the reading that must not be made."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, triples

LIST_RELATIVES = [
    # a singular relative clause after a list is said of the list's last name, not of every name
    ("was", "Glasgow group Franz Ferdinand won two prizes, as did Keane and Joss Stone, who was voted best urban act "
            "by digital TV viewers.",
     ("Joss Stone", "be voted best urban act by", "digital TV viewers"),
     ("Keane", "be voted best urban act by", "digital TV viewers")),
    ("provides", "The move left the group with three core divisions: gaming, Hard Rock and Deluxe Films, which provides "
                 "technical services to Hollywood studios.",
     ("Deluxe Films", "provide", "technical services"),
     ("Hard Rock", "provide", "technical services")),
    # negative: a plural verb is said of them all
    ("plural", "Sony, IBM and Toshiba, who have been working on the Cell processor for three years, will unveil the "
               "chip at a technology conference.",
     ("IBM", "work on", "the Cell processor"), None),
    ("plural-first", "Sony, IBM and Toshiba, who have been working on the Cell processor for three years, will unveil "
                     "the chip at a technology conference.",
     ("Sony", "work on", "the Cell processor"), None),
]


@pytest.mark.parametrize("name,text,made,wrong", LIST_RELATIVES, ids=[c[0] for c in LIST_RELATIVES])
def test_a_singular_relative_after_a_list_is_its_last_names(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


RESPECTIVELY = [
    # a "respectively" the parse hung inside a phrase still pairs the lists: no conjunct alone
    ("in-phrase", "And Clive Owen and Sophie Okonedo both got nominated for supporting roles in Closer and Hotel Rwanda "
                  "respectively.",
     ("Clive Owen and Sophie Okonedo", "be nominated for", "supporting roles in Closer and Hotel Rwanda respectively"),
     ("Clive Owen", "be nominated for", "supporting roles in Closer and Hotel Rwanda respectively")),
    # negative: one inside a relative clause pairs that clause's lists only
    ("own-clause", "It plans to split into AZ Fly and AZ Services, which will handle air and ground services "
                   "respectively.",
     ("It", "plan to split into", "AZ Fly and AZ Services"), ("It", "plan to split into", "AZ Fly")),
]


@pytest.mark.parametrize("name,text,made,wrong", RESPECTIVELY, ids=[c[0] for c in RESPECTIVELY])
def test_respectively_inside_a_phrase_pairs_the_lists(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


def _modality(nlp, text, subject, lemma):
    from extract_helpers import extractions
    return [e.modality for e in extractions(nlp, text) if e.subject.text == subject and e.relation_lemma == lemma]


FORECASTS = [
    # a forecast written as "certain/sure to" or "is set/poised/tipped to" is no plain fact
    ("certain", "The SFA is certain to come down hard on Mikoliunas after Southampton's David Prutton was banned for "
                "10-games on Wednesday by the English FA for shoving referee Alan Wiley.",
     "The SFA", "be certain to come down on", "likely"),
    ("set", "Queens Park Rangers keeper Chris Day is set to join Preston on a month's loan.",
     "Queens Park Rangers keeper Chris Day", "be set to join", "expectation"),
    ("poised", "Larne's teenage star Robbie Weir is poised to join Sunderland after turning down a move to Stoke City.",
     "Robbie Weir", "be poised to join", "expectation"),
    ("tipped", "Sideways is tipped to do well at Sunday's Oscars, with five nominations.",
     "Sideways", "be tipped to do well at", "expectation"),
    ("looks-set", "John Payne and Chris Rhys Jones come into the centres while scrum-half Richard Wigglesworth looks "
                  "set to play on the wing.",
     "scrum-half Richard Wigglesworth", "look set to play on", "expectation"),
    # negative: the active "tip" is the tipster's own act, and "make sure that" forecasts nothing
    ("active-tip", "Campese has tipped Wales to win both the Six Nations and Grand Slam come the end of the tournament.",
     "Campese", "tip", None),
    ("make-sure", "Departments responsible for administering EU funds need to make sure that they're doing everything "
                  "possible to weed out improper spending.",
     "they", "do", "purpose"),
]


@pytest.mark.parametrize("name,text,subject,lemma,modality", FORECASTS, ids=[c[0] for c in FORECASTS])
def test_a_forecast_is_no_plain_fact(nlp, name, text, subject, lemma, modality):
    assert _modality(nlp, text, subject, lemma) == [modality]


CHART_PLACES = [
    # "to number one" that the tagger read as an infinitive "to number": the place is the relation's or the object
    ("after-object", "Eminem beats Elvis to number one",
     ("Eminem", "beat to number one", "Elvis"), ("Eminem", "beat", "Elvis")),
    ("intransitive", "She was honoured with a string of posthumous awards and her single More Than A Woman went to "
                     "number one in the UK.",
     ("her single More Than A Woman", "go to", "number one in the UK"), ("her single More Than A Woman", "go", None)),
    ("no-verb", "\"I'd only be pleased in terms of what it meant for sales if it got to number one,\" he added.",
     ("it", "get to", "number one"), ("it", "get to number", None)),
    # negative: "going to number one" is where the album went, no "be going to" forecast
    ("going", "The stadium-filling, anthemic sound was U2's aim from the start, and their third album, War, saw them "
              "make the breakthrough on both sides of the Atlantic, going to number one in the UK and 12 in the US.",
     ("their third album", "go to", "number one in the UK"), ("their third album", "go to number", "one")),
]


@pytest.mark.parametrize("name,text,made,wrong", CHART_PLACES, ids=[c[0] for c in CHART_PLACES])
def test_a_chart_place_read_as_an_infinitive(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


OWNED_INSIDE_NAMES = [
    # "the <name>'s noun" the parse hung inside the name: the phrase is the noun's, no edge to the body
    ("predictions", "Mr Howard pointed to the Institute for Fiscal Studies' predictions that Labour will need to "
                    "increase taxes to cover an £11bn gap in its spending plans.",
     "the Institute for Fiscal Studies' predictions", None),
    ("course", "Fletcher has recently graduated from the University of East Anglia's creative writing course.",
     "the University of East Anglia's creative writing course", None),
    # negative: the name alone is the body
    ("the-body", "Mr Howard pointed to the Institute for Fiscal Studies.",
     "the Institute for Fiscal Studies", "Institute for Fiscal Studies"),
]


@pytest.mark.parametrize("name,text,obj,entity", OWNED_INSIDE_NAMES, ids=[c[0] for c in OWNED_INSIDE_NAMES])
def test_a_noun_owned_inside_a_name_is_the_argument_head(nlp, name, text, obj, entity):
    from extract_helpers import resolved
    assert [t.object_entity for t in resolved(nlp, text) if t.object == obj] == [entity]


NAMED_AFTER_A_COMMA = [
    # a naming participle set off after a noun, read as a past tense of the main clause: the noun is named so
    ("codenamed", "Microsoft is saving the official unveiling of the Xbox 2, codenamed Xenon, for the E3 show in May "
                  "and the device could be on shop shelves by November.",
     ("the Xbox 2", "be codenamed", "Xenon"), ("Microsoft", "codename", "Xenon")),
    ("called", "It is launching a test service to allow people to publish blogs, or online journals, called MSN Spaces.",
     ("online journals", "be called", "MSN Spaces"), ("online journals", "call", "MSN Spaces")),
]


@pytest.mark.parametrize("name,text,made,wrong", NAMED_AFTER_A_COMMA, ids=[c[0] for c in NAMED_AFTER_A_COMMA])
def test_a_naming_participle_after_a_comma_names_the_noun(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


def test_a_naming_verb_after_and_is_the_subjects_act(nlp):
    # negative: "…, and named that The Chateau" is the band's own act
    text = "The band took over an abandoned Victorian courtroom and jail instead, and named that The Chateau."
    assert not any(lemma.startswith("be named") for _s, lemma, _o in triples(nlp, text))


def test_a_naming_participle_needs_the_name_after_it(nlp):
    # negative: "voted for by the public" names nothing; the clause after it stays Westlife's
    text = ("Westlife won the award for best Irish pop act, voted for by the public, beating former member Brian "
            "McFadden.")
    read = triples(nlp, text)
    assert ("Westlife", "beat", "former member Brian McFadden") in read
    assert ("best Irish pop act", "beat", "former member Brian McFadden") not in read


MAIN_VERBS_READ_AS_PARTICIPLES = [
    # the one verb of a sentence, read as a participle on its subject: a past tense, active
    ("aside", "Natasha Bedingfield - in the running for best British female and best pop act - performed with her "
              "brother Daniel for the first time at Wednesday's event.",
     ("Natasha Bedingfield", "perform with", "her brother Daniel"),
     ("Natasha Bedingfield", "be performed with", "her brother Daniel")),
    ("relative", "The 18-year-old Mirza, who got a wild card entry into the Australian Open in Melbourne, lost to "
                 "Williams 1-6,4-6 in the third round.",
     ("The 18-year-old Mirza", "lose to", "Williams 1-6,4-6"), ("The 18-year-old Mirza", "be lost to", "Williams 1-6,4-6")),
    # negative: a "by" agent, a participle-only form, a headline keep the passive
    ("agent", "Wipro is majority owned by India's richest man Azim Premji.",
     ("Wipro", "be owned by", "India's richest man Azim Premji"), ("Wipro", "own by", "India's richest man Azim Premji")),
    ("headline", "Japanese mogul arrested for fraud",
     ("Japanese mogul", "be arrested for", "fraud"), ("Japanese mogul", "arrest for", "fraud")),
]


@pytest.mark.parametrize("name,text,made,wrong", MAIN_VERBS_READ_AS_PARTICIPLES, ids=[c[0] for c in MAIN_VERBS_READ_AS_PARTICIPLES])
def test_a_main_verb_read_as_a_participle_is_active(nlp, name, text, made, wrong):
    assert_reads(triples(nlp, text), made, wrong)


PAIRING_WORDS = [
    # the "both"/"either" that opens a coordinated object is no word of the relation as written
    ("both", "Goodrem, known in both Britain and Australia for her role as Nina Tucker in TV soap Neighbours, also "
             "performed a duet with boyfriend Brian McFadden.",
     ("Goodrem", "be known in", "Britain"), ("Goodrem", "be known in both", "Britain")),
    ("either", "Middlesbrough were drawn away against either Swindon or Notts County, while Spurs entertain Brighton at "
               "White Hart Lane.",
     ("Middlesbrough", "were drawn away against", "Swindon or Notts County"),
     ("Middlesbrough", "were drawn away against either", "Swindon or Notts County")),
]


@pytest.mark.parametrize("name,text,made,wrong", PAIRING_WORDS, ids=[c[0] for c in PAIRING_WORDS])
def test_a_pairing_word_is_no_word_of_the_relation(nlp, name, text, made, wrong):
    from extract_helpers import extractions
    read = [(e.subject.text, e.relation, e.object.text if e.object else None) for e in extractions(nlp, text)]
    assert_reads(read, made, wrong)
