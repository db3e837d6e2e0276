"""Subjects and pronouns, session 26 (issue 16, `subjects`): a pronoun the parse shows cannot be the name it was
given stays unresolved, and its reading names no one. Real passages of the BBC pool, with the reading made and the
one that must not be."""
from __future__ import annotations

from extract_helpers import resolved
from test_pronoun_agreement import entity_of

from kg.resolve.mentions import small_clause_taker

# -- an "it" written as the subject of a tenseless complement is the complement-taker's object --------

CHINA = (  # politics/straw-backs-ending-china-embargo
    "Foreign Secretary Jack Straw has said he expects the European Union to lift its arms embargo on China in the "
    "next six months.\n\n"
    "China has in the past said it sees the weapons ban as politically driven, and does not want it lifted in order "
    "to buy more weapons.")

LIB_DEMS = (  # politics/lib-dems-stress-budget-trust-gap
    "The Lib Dems have said council tax is unfair because it does not take account of people's ability to pay. "
    "The Lib Dems want it replaced with a local income tax.")


def facts(nlp, text):
    return [(t.subject, t.subject_entity, t.relation, t.object) for t in resolved(nlp, text)]


def test_an_it_in_a_small_clause_is_not_the_subject_of_the_verb_taking_it(nlp):
    assert entity_of(nlp, CHINA, "it lifted") is None  # was China: China does not want *itself* lifted
    read = facts(nlp, CHINA)
    assert not any(s == "it" and e == "China" and r == "lifted" for s, e, r, _o in read)
    assert entity_of(nlp, LIB_DEMS, "it replaced") is None  # was the Lib Dems (the tagger's "replaced": a past tense)
    assert not any(r.startswith("replaced") and e == "Liberal Democrats" for _s, e, r, _o in facts(nlp, LIB_DEMS))


def test_an_it_with_a_tense_of_its_own_may_still_be_the_speaker(nlp):
    # the same sentence: "said it sees" is a clause with a tense; there it is China
    assert entity_of(nlp, CHINA, "it sees") == "China"
    assert ("it", "China", "sees", "the weapons ban as politically driven") in facts(nlp, CHINA)
    doc = nlp("Absa also announced that it expects to see earnings grow by 20-25% in its current financial year.")
    assert small_clause_taker(next(t for t in doc if t.text == "it")) is None


def test_the_complements_that_make_a_small_clause(nlp):
    def taker(text):
        doc = nlp(text)
        found = small_clause_taker(next(t for t in doc if t.lower_ == "it"))
        return found.lemma_ if found is not None else None

    # tech (Raskin): a participle; sport (Zenden): a "to" infinitive; entertainment (Oscars): a bare infinitive
    assert taker("Although Mr Raskin drove the team that created the Macintosh he did not stay at Apple to see it "
                 "released.") == "see"
    assert taker('"We didn\'t expect it to be that one-sided," said Zenden.') == "expect"
    assert taker("Los Angeles floods in 1938 saw it put back a week.") == "see"
    # a clause with a modal or a tense is no small clause
    assert taker("IBM said it would start producing the chip in early 2005.") is None
    assert taker("Sony recently announced it would be using the technology in its next generation of PlayStations.") \
        is None


# -- a personal pronoun after a fronted phrase the parse also made the verb's subject is the subject ------

def kept(nlp, text):
    from extract_helpers import extractions
    return [(e.subject.text, e.relation, e.object.text if e.object else None)
            for e in extractions(nlp, text) if e.uninformative is None]


def test_a_pronoun_after_a_fronted_time_is_the_subject(nlp):
    # sport/o-gara-revels-in-ireland-victory: "This season" is when, not who
    read = kept(nlp, '"This season for the first time we have been able to play with the favourites\' tag," he said.')
    assert ("we", "have been able to play with", "the favourites' tag") in read
    assert not any(s.startswith("This season") for s, _r, _o in read)
    # politics/petrol-duties-frozen-brown-says
    read = kept(nlp, 'But this financial year, because of "volatility in the oil market", he said the duty would be '
                     'frozen.')
    assert ("he", "said", "the duty would be frozen") in read
    assert not any(s == "this financial year" for s, _r, _o in read)


def test_a_name_after_a_title_is_still_the_subject_and_a_pronoun_subject_stays(nlp):
    from kg.extract.clauses import pronoun_subject_after
    read = kept(nlp, "Spanish fifth seed Tommy Robredo secured his semi-final place.")
    assert ("Tommy Robredo", "secured", "his semi-final place") in read  # the title rule, unchanged
    doc = nlp("He said Mr Straw was naive.")
    said = next(t for t in doc if t.text == "said")
    assert pronoun_subject_after(said, next(t for t in doc if t.text == "He")) is None


def test_a_pronoun_the_tokenizer_cut_from_a_name_is_no_subject(nlp):
    # entertainment/berlin-honours-s-korean-director: "Im" is read as "I" + "m"
    read = kept(nlp, "South Korean film director Im Kwon-Taek has received an honorary Golden Bear at the Berlin Film "
                     "Festival.")
    assert not any(s == "I" for s, _r, _o in read)
    assert any(r == "has received" and o == "an honorary Golden Bear" for _s, r, o in read)
