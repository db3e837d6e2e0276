"""kg's pipeline runs spaCy's attribute ruler and rule lemmatizer faster (kg.nlp.fastpipes.speed_up) and must give
every token the attributes spaCy's own components give it."""
from __future__ import annotations

import pytest

from kg.nlp import load_pipeline
from kg.nlp.fastpipes import _IndexedList

# real pool sentences that reach the ruler's rarer patterns: "let's" (a two-token pattern's second
# token), "gonna" (both tokens), "Gotta", "Y'all" (a REGEX token), "There are" (a dependency then a
# word), "I"/"you"/"it" as subject and object, auxiliaries, "but" as an adverb, spaces
SENTENCES = [
    '"Let\'s wait until we see how growth and employment bear up under the fourth quarter\'s energy price '
    'drag before concluding that the Fed has more work to do in 2005," said Avery Shenfeld.',
    '"I think it\'s gonna be a lot of lawyers sitting in a room trying to thrash out a deal before it will '
    'ever happen," said the New Zealander.',
    "Lee has made more than 25 films, including Jungle Fever, Do the Right Thing, Summer of Sam and 1986 hit "
    "She's Gotta Have It.",
    "C-Murder, a former member of rap group Tru, was filmed in his orange prison suit for the video for his "
    "Y'all Heard of Me single in a New Orleans jail.",
    "There are also questions over whether the Mac mini will work with very old peripherals, such as display, "
    "keyboard and mouse.",
    "VOTE   Was Germaine Greer right to leave Celebrity Big Brother?   Yes  No   Results are indicative",
    "You told me it was all but over, and I ain't gonna believe you until they've shown it to us.",
    "He didn't say whether he'd been told, but nothin' had changed since.",
    "There, he got a place and let them go: it was gon by then.",  # the first words of pairs, without the second
]


def _attributes(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]


@pytest.fixture(scope="module")
def both():
    return load_pipeline(), load_pipeline(plain=True)


def test_kg_pipeline_runs_the_faster_components_and_plain_does_not(both):
    fast, plain = both
    assert [type(p).__name__ for _, p in fast.pipeline][3:5] == ["FastAttributeRuler", "FastEnglishLemmatizer"]
    assert [type(p).__name__ for _, p in plain.pipeline][3:5] == ["AttributeRuler", "EnglishLemmatizer"]
    assert fast.pipe_names == plain.pipe_names


@pytest.mark.parametrize("text", SENTENCES)
def test_every_token_gets_spacys_own_attributes(both, text):
    fast, plain = both
    assert _attributes(fast(text)) == _attributes(plain(text))


def test_the_rare_patterns_are_reached(both):
    """The sentences above do reach what the comparison is about (else it would compare nothing)."""
    fast, _ = both
    lemmas = {t.text: t.lemma_ for t in fast(SENTENCES[6])}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to" and lemmas["ai"] == "be"
    doc = fast(SENTENCES[5])
    assert [t.pos_ for t in doc if t.is_space] and {t.pos_ for t in doc if t.is_space} == {"SPACE"}
    assert [t.pos_ for t in fast(SENTENCES[4])][:2] == ["PRON", "VERB"]  # "There are": expl + a form of be


def test_match_lists_are_spacys_matchers(both):
    """The ruler's matches themselves, (key, match id, start, end) sorted, are the Matcher's."""
    fast, _ = both
    ruler = fast.get_pipe("attribute_ruler")
    for text in SENTENCES:
        doc = fast.make_doc(text)
        for _, pipe in fast.pipeline[:3]:
            doc = pipe(doc)
        assert ruler.match(doc) == type(ruler).__mro__[1].match(ruler, doc)


def test_a_pattern_the_fast_reading_cannot_read_falls_back_to_spacy():
    """A pattern with an operator ("OP") is answered by spaCy's Matcher, and still right."""
    import spacy

    from kg.nlp.fastpipes import speed_up

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "old"}]], {"LEMMA": "VERYOLD"}, index=-1)
    speed_up(nlp)
    doc = nlp("a very very old house")
    assert type(ruler).__name__ == "FastAttributeRuler" and ruler.__dict__["_kg_compiled"] is False
    assert [t.lemma_ for t in doc][3] == "VERYOLD"


def test_a_negative_index_and_a_second_token_pattern_on_a_blank_pipeline():
    """Patterns of two tokens set the token their index names (-1: the last), and only where both match."""
    import spacy

    from kg.nlp.fastpipes import speed_up

    def pipeline():
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "gon"}, {"LOWER": {"IN": ["na"]}}]], {"LEMMA": "to"}, index=-1)
        ruler.add([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"})
        return nlp, ruler

    nlp, ruler = pipeline()
    speed_up(nlp)
    assert type(ruler).__name__ == "FastAttributeRuler"
    text = "gon na y all gon go na all"
    expected = ["", "to", "you", "", "", "", "", ""]
    assert [t.lemma_ for t in nlp(text)] == expected
    assert [t.lemma_ for t in pipeline()[0](text)] == expected  # spaCy's own


def test_the_lemma_index_answers_in_as_the_list_does():
    words = _IndexedList(["house", "buy", "be"])
    assert "buy" in words and "buys" not in words and list(words) == ["house", "buy", "be"]
    assert [] not in words  # an unhashable question gets the list's own answer
    lemmatizer = load_pipeline().get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    assert all(type(words) is _IndexedList for words in index.values())


def test_the_models_ruler_writes_each_token_once_and_in_spacys_order():
    """kg's ruler sets a token's attributes in one call (its rules set only POS, TAG, DEP, MORPH, LEMMA);
    where a pattern of two tokens and a pattern of one name the same token, the later key wins as in
    spaCy, whichever kind it is."""
    import spacy

    from kg.nlp.fastpipes import _compiled, speed_up

    ruler = load_pipeline().get_pipe("attribute_ruler")
    assert _compiled(ruler).merge

    def pipeline(two_first: bool, fast: bool):
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        two = ([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to", "POS": "PART"}, 1)
        one = ([[{"LOWER": "na"}]], {"LEMMA": "na", "POS": "INTJ"}, 0)
        for patterns, attrs, index in ((two, one) if two_first else (one, two)):
            ruler.add(patterns, attrs, index=index)
        if fast:
            speed_up(nlp)
            assert _compiled(ruler).merge
        return nlp

    text = "gon na na"
    for two_first, expected in ((True, ["na", "na"]), (False, ["to", "na"])):
        for fast in (True, False):
            doc = pipeline(two_first, fast)(text)
            assert [t.lemma_ for t in doc][1:] == expected
            assert [t.pos_ for t in doc][1:] == (["INTJ", "INTJ"] if two_first else ["PART", "INTJ"])


def test_a_ruler_that_sets_a_words_own_attribute_is_not_merged():
    """A rule that sets the word's NORM (the lexeme's, shared by every token of the word) is set match by
    match in spaCy's order (spaCy's set_annotations), and still right."""
    import spacy

    from kg.nlp.fastpipes import _compiled, speed_up

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "colour"}]], {"NORM": "color"})
    speed_up(nlp)
    doc = nlp("The colour of money")
    assert _compiled(ruler) is not False and not _compiled(ruler).merge
    assert [t.norm_ for t in doc][1] == "color"
