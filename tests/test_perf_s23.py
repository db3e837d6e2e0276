"""Session 23 perf: the same output with less work (each change byte-identical on pool builds)."""
from spacy.attrs import ORTH

from kg.nlp import UNIT_ABBREVIATIONS, load_pipeline


def test_unit_period_is_one_exception_overwritten_not_a_new_table():
    """split_unit_periods overwrites the "m." exception with the two tokens the affix rules make ("m", "."): the
    tokenizer's other 1,345 exceptions stay as the model ships them and are not checked and loaded again (a new
    ``tokenizer.rules`` table cost ~0.2 CPU s at every load)."""
    ours, shipped = load_pipeline().tokenizer.rules, load_pipeline(plain=True).tokenizer.rules
    assert UNIT_ABBREVIATIONS == ("m.",)
    assert ours["m."] == [{ORTH: "m"}, {ORTH: "."}]
    assert shipped["m."] == [{ORTH: "m."}]
    assert {k: v for k, v in ours.items() if k != "m."} == {k: v for k, v in shipped.items() if k != "m."}


def test_full_stop_after_millions_is_a_token_and_ends_the_sentence():
    # business pool: "Analysts say the unit sell could sell for up to £350m. WPP in recent years has also bought …"
    doc = load_pipeline()("Analysts say the unit sell could sell for up to £350m. WPP in recent years has also bought "
                          "firms such as Grey Global.")
    words = [t.text for t in doc]
    assert words[words.index("350"):words.index("350") + 4] == ["350", "m", ".", "WPP"]
    assert [s.text for s in doc.sents][0] == "Analysts say the unit sell could sell for up to £350m."


def test_other_abbreviations_stay_whole():
    # negative: "p.m." and "Mr." are exceptions of their own, not a unit after an amount
    words = [t.text for t in load_pipeline()("The vote closed at 3 p.m. on Friday, Mr. Blair said.")]
    assert "p.m." in words and "Mr." in words and "m" not in words
