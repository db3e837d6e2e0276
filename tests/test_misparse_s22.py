"""Misparses of session 22 (issue 16): readings glued from a phrase the parser split — an "-ing" word inside a
noun compound read as a participle, an apposition hung on a noun across another phrase, a name that modifies the
noun after it read as its apposition. Every sentence is from the BBC pool (/work/pool) or last session's blind
audit, each rule with the case it must still read."""
from __future__ import annotations

from extract_helpers import extractions


def facts(nlp, text, kinds=None):
    """(subject, relation_lemma, object) of every reading kg keeps as a fact (no ``uninformative`` label)."""
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None) for e in extractions(nlp, text)
            if e.uninformative is None and (kinds is None or e.kind in kinds)]


def test_an_ing_word_inside_a_noun_compound_is_no_participle(nlp):
    # misreadings.is_compound_participle: "the England starting line-up" is a line-up, not Wilkinson starting one
    read = facts(nlp, "He has been a regular in the England starting line-up ever since, played in all three Lions "
                      "Tests in 2001 and all but one of England's games in the 2003 World Cup.")
    assert not any(lemma == "start" for _, lemma, _ in read)
    assert ("He", "be", "a regular") in read
    read = facts(nlp, "His career breakthrough came in 1982 when he won first prize at the Gino Marinuzzi conducting "
                      "competition in Italy.")
    assert not any(lemma == "conduct" for _, lemma, _ in read)
    assert ("he", "win", "first prize") in read
    # a participle after a common noun, even a bare one, or after a name with no article, stays a clause
    read = facts(nlp, "That has led to an energy crunch, with demand outstripping supply.")
    assert ("demand", "outstrip", "supply") in read
    read = facts(nlp, "The company announced earlier in January that it was releasing security tools to clean up PCs "
                      "harbouring viruses and spyware.")
    assert ("PCs", "harbour", "viruses") in read
    read = facts(nlp, "Lopez appeared at the Grammy awards on Sunday, singing a duet with her third husband Marc Anthony.")
    assert ("Lopez", "sing", "a duet") in read


def test_an_apposition_across_another_phrase_is_no_second_name(nlp):
    # misreadings.is_apposition_across_phrase: the oligarchs are the business leaders, not the charges
    read = facts(nlp, "The charges are seen by supporters as politically motivated and part of a drive by Russian "
                      "President Vladimir Putin to rein in the country's super-rich business leaders, the so-called "
                      "oligarchs.", kinds={"appos"})
    assert ("The charges", "be", "the so-called oligarchs") not in read
    read = facts(nlp, "Its electoral roll fell by 17.5% in a year - the biggest dip in the UK.", kinds={"appos"})
    assert read == []
    # words of the noun's own phrase between it and its apposition: still a second name
    read = facts(nlp, "Kenenisa Bekele of Ethiopia - the reigning world long and short course champion - was never "
                      "troubled by any of the opposition, winning leisurely in 30.26.", kinds={"appos"})
    assert ("Kenenisa Bekele of Ethiopia", "be", "the reigning world long and short course champion") in read
    read = facts(nlp, "Chile, the biggest copper producer in the world, is now analyzing ways to keep prices stable.",
                 kinds={"appos"})
    assert ("Chile", "be", "the biggest copper producer in the world") in read


def test_a_name_before_its_noun_is_no_apposition(nlp):
    # misreadings.is_name_modifying_noun: Great Britain is not the captain; the captain is Farrell
    read = facts(nlp, "Leicester say they will not be rushed into making a bid for Andy Farrell should the Great "
                      "Britain rugby league captain decide to switch codes.", kinds={"appos"})
    assert not any(o == "rugby league captain" for _, _, o in read)
    read = facts(nlp, "But Labour former minister Jack Cunningham accused Lord Butler of basing his comments on the "
                      "first eight months of the incoming Labour administration.", kinds={"appos"})
    assert ("Labour", "be", "former minister") not in read
    # a noun with its own article after a name, or set off by a comma, is still the name's
    read = facts(nlp, "Theresa May, shadow secretary for the family, told BBC Radio 4's Today programme that the "
                      "plans were inadequate.", kinds={"appos"})
    assert ("Theresa May", "be", "shadow secretary for the family") in read


def test_a_possessive_role_with_no_holder_named_is_possessive_noise(nlp):
    # nominal.names_no_holder: every country has a justice minister, every team players (s21 blind audit: trivial)
    def poss(text):
        return [(e.subject.text, e.object.text) for e in extractions(nlp, text) if e.kind == "poss" and e.uninformative is None]
    assert poss("Scotland's justice minister has warned bigoted soccer fans that she wants to hit them \"where it hurts "
                "most\" by banning them from matches.") == []
    assert poss("England's players made a point of wearing anti-racism t-shirts when training before their friendly "
                "against Spain in Madrid last month.") == []
    # the holder named in the role's phrase or right after it: who holds it is the fact
    assert poss("Merck's head of research Peter Kim said that it withdrew Vioxx \"based on the information that was "
                "available to us at the time\".") == [("Merck", "head of research Peter Kim")]
    assert poss("After the ABC television program earlier this month, Jones' lawyer Richard Nicholls said: \"Marion has "
                "steadfastly maintained her position throughout.\"") == [("Jones", "lawyer")]
