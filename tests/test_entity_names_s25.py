"""Names of issue 17 (session 25, names): one node per real referent — a body's first word alone after its full
name, two persons' surnames the model fused into one name. Real sentences of the development pool (/work/pool);
each test asserts the exact entities made and what must not be made."""
from __future__ import annotations

from test_entities import resolve_texts


def test_a_firms_first_word_after_its_full_name_is_the_firm(nlp):
    """business/japan-turns-to-beer-alternatives.txt: "Asahi Breweries" then "Asahi" twice made two bodies, "Asahi"
    and "Asahi Breweries" (a split the reader sees at once). The first word alone is the firm named in full before
    it."""
    entities, _, _ = resolve_texts(
        nlp,
        "Japan turns to beer alternatives\n\nNow, according to Asahi Breweries, the market for so-called \"beer-like\" drinks is set to grow 84% this "
        "year. Asahi is predicting profits to rise 50% in 2005 as it launches a drink based on soybean. But despite a "
        "record profit in 2004, Asahi is coming late to the market.")
    assert "Asahi" not in entities, sorted(entities)
    assert "Asahi" in entities["Asahi Breweries"].aliases, entities["Asahi Breweries"].aliases


def test_a_parents_name_written_before_its_arm_stays_the_parent(nlp):
    """business/alfa-romeos-to-get-gm-engines.txt: "Fiat" is written before "the Fiat Powertrain plant": the parent,
    not its arm (negative case); nor is a body's part the whole: "the Army Board" … "the Army"."""
    entities, _, _ = resolve_texts(
        nlp,
        "Fiat is to stop making six-cylinder petrol engines for its Alfa Romeo cars. Fiat is to close the Fiat "
        "Powertrain plant in Arese, near Milan. Fiat has yet to comment on the job cuts.",
        "The Army Board said it had reviewed the cases. The Army said the soldiers would not be charged.")
    assert "Fiat" in entities and "Fiat" not in entities.get("Fiat Powertrain", entities["Fiat"]).aliases[1:], sorted(entities)
    assert all("Fiat" not in e.aliases for name, e in entities.items() if name != "Fiat"), sorted(entities)
    assert all("Army" not in e.aliases for name, e in entities.items() if "Board" in name), sorted(entities)


def test_a_firms_first_word_in_the_headline_before_its_full_name(nlp):
    """business/us-insurer-marsh-cuts-2500-jobs.txt: the headline writes "Marsh", the first sentence "Marsh &
    McLennan", then "Marsh" again: one firm."""
    entities, _, _ = resolve_texts(
        nlp,
        "US insurer Marsh cuts 2,500 jobs\n\nUp to 2,500 jobs are to go at US insurance broker Marsh & McLennan in a "
        "shake up following bid-rigging allegations. Marsh posted a third quarter loss. Marsh chief executive Michael "
        "Cherkasky said the cuts were needed.")
    assert "Marsh" not in entities, sorted(entities)
    assert "Marsh" in entities["Marsh & McLennan"].aliases, entities["Marsh & McLennan"].aliases


def test_two_names_fused_by_or_are_two(nlp):
    """sport/redknapp-s-saints-face-pompey-tie.txt: "a home tie with either Hartlepool or Boston" was one ORG
    "Hartlepool or Boston" (a junk name, two clubs fused). "Or" between two names is a choice between two things."""
    entities, _, _ = resolve_texts(
        nlp,
        "Brentford boss Martin Allen remained cautious despite his side's favourable draw - a home tie with either "
        "Hartlepool or Boston. \"The best thing is, it's a home game.\"")
    assert not any(" or " in name for name in entities), sorted(entities)
    assert entities["Hartlepool"].type == "ORG" and "Boston" in entities, sorted(entities)


def test_an_alternative_title_with_or_stays_one(nlp):
    """entertainment/west-end-to-honour-finest-shows.txt: "The Goat, or Who is Sylvia?" is one play (negative
    case: a comma before "or", a question word after it); nor are words that are no names cut ("Now or Never")."""
    from collections import Counter

    from kg.records import Mention
    from kg.resolve.pairs import or_sides

    text = "Eddie Redmayne (The Goat, or Who is Sylvia?) won."
    m = Mention(doc="t", text="The Goat, or Who is Sylvia?", label="WORK_OF_ART", start=16, end=43)
    assert or_sides(m, {}, text) is None
    text = "Her single Now or Never entered the chart."
    m = Mention(doc="t", text="Now or Never", label="WORK_OF_ART", start=11, end=23)
    assert or_sides(m, {}, text) is None
    text = "a home tie with either Hartlepool or Boston."
    m = Mention(doc="t", text="Hartlepool or Boston", label="ORG", start=23, end=43)
    assert [(s.text, s.label, text[s.start:s.end]) for s in or_sides(m, {"boston": Counter({"ORG": 1})}, text)] == [
        ("Hartlepool", "ORG", "Hartlepool"), ("Boston", "ORG", "Boston")]
