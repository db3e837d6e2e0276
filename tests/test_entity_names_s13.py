"""Names of issue 17 (session 13, names): aliases without role words, … Real sentences of /work/pool (the BBC
corpus' non-audit articles); each test asserts the exact name made and what must not be made or merged."""
from __future__ import annotations

from test_entities import resolve_texts


def test_role_word_is_no_alias(nlp):
    """politics/whitehall-cuts-ahead-of-target.txt: "Chancellor Gordon Brown said …" gives the alias "Gordon Brown"
    and "Mr Brown", never "Chancellor Gordon Brown"; sport/umaga-ready-for-lions.txt: "Lions boss Sir Clive
    Woodward" keeps the honorific ("Sir Clive Woodward") but not the role word."""
    entities, _, _ = resolve_texts(
        nlp,
        "Chancellor Gordon Brown said 12,500 jobs had gone while 7,800 were being moved out of the South East. He plans "
        "to axe 104,000 jobs to free up money for education, health, defence, housing and overseas aid. Unions oppose "
        "the plans but Mr Brown said £2bn savings had already been made and more jobs had been cut than had been "
        "expected at this stage.",
        "Lions boss Sir Clive Woodward is set to announce his squad for the June-July tour next month.")
    brown = entities["Gordon Brown"]
    assert {"Gordon Brown", "Mr Brown"} <= set(brown.aliases)
    assert "Chancellor Gordon Brown" not in brown.aliases and "Chancellor Gordon Brown" not in entities
    assert ("chancellor", None) in {(r.role, r.of) for r in brown.roles}  # the role stays a role
    woodward = entities["Clive Woodward"]
    assert "Sir Clive Woodward" in woodward.aliases
    assert not any(a.lower().startswith("boss") or "Lions boss" in a for a in woodward.aliases)
