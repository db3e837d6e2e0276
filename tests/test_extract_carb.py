"""CaRB system output (kg extract --sentences FILE --format carb) and the JSON Lines of speech."""
from __future__ import annotations

from conftest import run_kg
from kg.extract.carb import carb_lines, carb_tuple
from kg.records import Argument, Extraction
from kg.resolve.triples import BARE_PRONOUNS


def test_carb_lines_keep_the_sentence_and_the_nary_tuple(nlp):
    sentence = "Israel launched strikes on Iran 's main nuclear facility on Thursday ."
    lines = list(carb_lines([sentence], nlp))
    fields = lines[0].split("\t")
    assert fields[0] == sentence
    assert 0 < float(fields[1]) < 1
    assert fields[2:] == ["launched strikes on", "Israel", "Iran 's main nuclear facility", "on Thursday"]


def test_carb_passive_keeps_the_surface_order(nlp):
    [line] = list(carb_lines(["Strikes were launched by Israel ."], nlp))
    assert line.split("\t")[2:] == ["were launched by", "Strikes", "Israel"]


def test_carb_tuple_of_a_subject_only_clause():
    arg = Argument("Iran", 0, 4, 0)
    ex = Extraction(arg, "retaliated", "retaliate", None, "Iran retaliated .", 0, 17)
    assert carb_tuple(ex) == ("retaliated", ["Iran"])


def test_cli_carb_format(tmp_path):
    src = tmp_path / "sentences.txt"
    src.write_text("Israel struck Iran .\nTrump said Iran seeks talks .\n", encoding="utf-8")
    result = run_kg("extract", "--sentences", src, "--format", "carb")
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [r[2:] for r in rows] == [
        ["struck", "Israel", "Iran"],
        ["said", "Trump", "Iran seeks talks"],
        ["seeks", "Iran", "talks"],
    ]
    assert rows[0][0] == "Israel struck Iran ."


def test_cli_carb_needs_sentences(tmp_path):
    result = run_kg("extract", "--format", "carb")
    assert result.returncode == 2
    assert "--sentences" in result.stderr


def test_seed_jsonl_has_speech_acts_and_attributed_content(seed_build):
    triples = seed_build.triples
    speech = [t for t in triples if t.kind == "speech"]
    attributed = [t for t in triples if t.attributed_to]
    assert speech and attributed
    # "Trump said ... Iran is not winning this war": the content is negated and attributed
    winning = [t for t in triples if t.relation_lemma == "win" and t.object == "this war"]
    assert winning and all(t.negated and t.attributed_to for t in winning)
    # every attributed content line has its speech act in the same sentence, or is quoted
    # (a quotation whose speaker is named in the sentence before or after, kg.extract.quotes),
    # unless the speaker is a pronoun that resolved to no entity (the speech act of an unknown
    # "he" is not emitted, kg/resolve/triples.py)
    acts = {(t.doc, t.start) for t in speech}
    assert all((t.doc, t.start) in acts for t in attributed
               if "according to" not in t.sentence and "as saying" not in t.sentence  # (no act of their own)
               and not any(q in t.sentence for q in '“”"')
               and t.attributed_to.casefold() not in BARE_PRONOUNS
               and not any(d in t.sentence for d in ("deny", "denies", "denied")))  # "Iran continues to deny seeking …"


def test_cli_tokenized_keeps_the_given_tokens(tmp_path):
    src = tmp_path / "sentences.txt"
    src.write_text("He called it `` a disaster '' .\n", encoding="utf-8")
    result = run_kg("extract", "--sentences", src, "--tokenized", "--format", "carb")
    assert result.returncode == 0, result.stderr
    fields = result.stdout.splitlines()[0].split("\t")
    assert fields[0] == "He called it `` a disaster '' ."
    assert fields[2:4] == ["called a disaster", "He"]  # (what a verb of naming names its object: misreadings.object_complement)
    assert all("`" not in f or "``" in f for f in fields[3:])  # `` stays one token
