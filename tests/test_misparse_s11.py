"""Misparses of session 11 (issue 16): readings the small parser's tree makes that are no reading of the
sentence. Every sentence is from the BBC pool (../shared/corpora/bbc-news), each rule with the case it must still read."""
from __future__ import annotations

from extract_helpers import extractions, triples


def _appos(nlp, text):
    return [(e.subject.text, e.object.text) for e in extractions(nlp, text) if e.kind == "appos"]


def test_a_noun_after_not_is_a_contrast_not_an_apposition(nlp):
    # misreadings.is_contrasted_noun: no "decisions — be — politicians"
    text = 'Liberal Democrat home affairs spokesman Mark Oaten said: "We believe it should be the judge that takes decisions, not politicians."'
    assert _appos(nlp, text) == []
    # the contrast leaves the subject whole, without its "not"
    read = triples(nlp, "Opponents say only judges, not politicians, should be able to order detention of UK citizens.")
    assert ("only judges", "be able to order", "detention of UK citizens") in read
    assert not any(s.endswith("not") for s, _, _ in read)
    # an apposition of its own stays
    text = ('"I agree that we do not need to cut supply if the prices are as much as this," Fathi Bin Shatwan, '
            "Libya's oil minister, told Reuters.")
    assert ("Fathi Bin Shatwan", "Libya's oil minister") in _appos(nlp, text)


def test_a_number_without_its_comma_is_no_apposition(nlp):
    # misreadings.is_stray_number: a year in brackets, the number of a name
    assert _appos(nlp, "Wheels (1971), The Moneychangers (1975) and Overload (1979) followed.") == []
    text = "The Commodore 64, launched in 1982, was one of the first affordable home PCs."
    assert _appos(nlp, text) == []
    assert ("The Commodore 64", "be", "one of the first affordable home PCs") in triples(nlp, text)
    # an age set off by commas stays
    assert ("Hynde", "53") in _appos(nlp, '"We are a tribute band," said Hynde, 53.')


def test_a_head_noun_read_as_verb_ends_its_phrase(nlp):
    # misreadings.is_head_noun_read_as_verb: "hit" is the noun the phrase is about
    read = triples(nlp, "Morgan Spurlock earned the directing award for Super Size Me, which became an international box office hit.")
    assert ("Super Size Me", "become", "an international box office hit") in read
    assert ("Super Size Me", "become", "an international box office") not in read
    assert triples(nlp, "O'Connell rejects Lions rumours") == [("O'Connell", "reject", "Lions rumours")]
    # a participle after a name stays out of it
    read = triples(nlp, "The lawsuit was filed on Friday after Qwest Communications, which had an earlier offer for MCI "
                        "rejected, said it would submit an improved bid.")
    assert ("Qwest Communications", "have earlier offer for", "MCI") in read


def test_an_object_past_a_clause_of_its_own_is_not_the_verbs(nlp):
    # misreadings.after_own_clause: the list goes on inside the "as" clause
    text = ("Expectations that a rebound in the dollar would halt the oil price rise were not immediately borne out on "
            "Wednesday morning, as oil prices carried on upwards as the dollar strengthened against the euro, the pound and the yen.")
    read = triples(nlp, text)
    assert not any(o in {"the pound", "the yen"} for _, _, o in read)
    assert ("the dollar", "strengthen against", "the euro") in read
    # a list of objects after a prepositional phrase of the verb stays the verb's
    text = ("Actors that failed to win for their iconic roles included Al Jolson in the Jazz Singer (1927), Humphrey Bogart in "
            "Casablanca (1944), Gene Kelly in Singing in the Rain (1952) and Henry Fonda in 12 Angry Men (1957).")
    assert ("Actors that failed to win for their iconic roles", "include", "Al Jolson") in triples(nlp, text)


def test_two_nouns_with_a_singular_verb_are_one_subject(nlp):
    # misreadings.is_one_thing_named_twice: the novel "Angels and Demons", not "Angels" and "Demons"
    text = ("Angels and Demons was written before The Da Vinci Code, which has sold more than 20 million copies worldwide, "
            "and been translated into more than 40 languages, since it was released in 2003.")
    read = triples(nlp, text)
    assert ("Angels and Demons", "be written before", "The Da Vinci Code") in read
    assert not any(s in {"Angels", "Demons"} for s, _, _ in read)
    # a plural verb keeps two subjects
    read = triples(nlp, "Liverpool and Millwall have been charged by the Football Association over crowd trouble during "
                        "their Carling Cup match on 26 October.")
    assert ("Liverpool", "be charged by", "the Football Association") in read
    assert ("Millwall", "be charged by", "the Football Association") in read


def test_a_number_in_words_in_brackets_stays_an_apposition(nlp):
    text = "With the help of her grandmother Madea (one of three roles played by Perry), she plots revenge."
    assert ("Madea", "one of three roles") in _appos(nlp, text)


def _facts(nlp, text):
    """The readings that may become triples (not marked uninformative)."""
    return [(e.subject.text, e.relation_lemma, e.object.text if e.object else None)
            for e in extractions(nlp, text) if e.uninformative is None]


def test_a_bare_conjunct_of_a_nouns_infinitive_is_no_fact(nlp):
    # clauses.shares_unasserted_infinitive: no "the possibility — see — …", "the chance — test — his skills"
    text = "\"They like the possibility to create their own content and see what's going on in the area.\""
    assert not any(s == "the possibility" for s, _, _ in _facts(nlp, text))
    assert any(e.subject.text == "the possibility" and e.uninformative == "infinitive's conjunct" for e in extractions(nlp, text))
    text = "Robson also admitted he would relish the chance to get back into management and test his skills against Mourinho."
    assert not any(s == "the chance" for s, _, _ in _facts(nlp, text))
    # a conjunct of a verb's own infinitive is still read
    read = _facts(nlp, "Home Secretary Charles Clarke wants to introduce a points system for economic migrants and increase "
                       "deportations of failed asylum seekers.")
    assert ("Home Secretary Charles Clarke", "want to increase", "deportations of failed asylum seekers") in read


def test_a_head_noun_read_as_verb_is_what_the_argument_stands_for(nlp):
    # "UK Oscar hopes" is about the hopes: no link of the object to the Oscars (no edge "Vera Drake — lead — Oscar")
    from extract_helpers import resolved
    [t] = [t for t in resolved(nlp, "Vera Drake leads UK Oscar hopes") if t.relation_lemma == "lead"]
    assert (t.object, t.object_entity) == ("UK Oscar hopes", None)
    assert t.subject_entity is not None  # the name the argument is stays linked
