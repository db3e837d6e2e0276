"""`kg mentions`: the mention contract on the sample articles (README "Output contracts")."""
from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES, run_kg

FIELDS = ["doc", "start", "end", "text", "entity", "type", "how", "label", "sentence_start", "antecedent_start"]


@pytest.fixture(scope="module")
def mentions():
    result = run_kg("mentions", EXAMPLES, "--format", "jsonl", "--workers", "1")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_every_line_has_the_contract_fields(mentions):
    assert mentions and all(list(m) == FIELDS for m in mentions)
    assert {m["how"] for m in mentions} >= {"name", "alias", "surname", "pronoun", "relative", "unresolved"}


def test_the_he_of_a_hand_checked_sentence_carries_donald_trump(mentions):
    # 003: "The president pointed to recent success brokered between India and Pakistan.
    #       He claimed he achieved a cease-fire …"
    doc = "003_caebdc2807292438"
    text = (EXAMPLES / f"{doc}.txt").read_text(encoding="utf-8")
    at = text.index("He claimed he achieved")
    he = next(m for m in mentions if m["doc"] == doc and m["start"] == at)
    assert (he["text"], he["entity"], he["type"], he["how"]) == ("He", "Donald Trump", "PERSON", "pronoun")
    antecedent = next(m for m in mentions if m["doc"] == doc and m["start"] == he["antecedent_start"])
    assert antecedent["entity"] == "Donald Trump" and antecedent["start"] < at


def test_surnames_and_aliases_say_how(mentions):
    trump = next(m for m in mentions if m["text"] == "Trump" and m["entity"] == "Donald Trump")
    assert trump["how"] == "surname"
    us = next(m for m in mentions if m["text"] == "U.S.")
    assert (us["entity"], us["how"]) == ("United States", "alias")


def test_an_unresolved_pronoun_is_listed_without_entity(mentions):
    assert any(m["how"] == "unresolved" and m["entity"] is None and m["label"] == "PRON" for m in mentions)


def test_tsv_has_a_header(tmp_path):
    out = tmp_path / "m.tsv"
    result = run_kg("mentions", EXAMPLES / "000_e7fa4d2bf25a9973.txt", "--format", "tsv", "-o", out, "--workers", "1")
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").splitlines()[0] == "doc\tstart\tend\ttext\tentity\ttype\thow"
