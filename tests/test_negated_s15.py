"""Negated triples (issue 16, session 15, `negated`): real BBC sentences of the dev pool (../shared/corpora/bbc-news), the exact
reading kg must make and the one it must not."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, readings

# Each row: a real sentence, the reading (subject, relation, object, negated, modality, speaker) kg must make
# and one it must not (None: no such row).
READS = [
    # ---------------------------------------------------------------- "hardly", "scarcely": a denial by degree
    # entertainment/rock-is-oscars-host: he (almost) never watched them
    ("The 40-year-old comedian caused a furore when he said in an interview with US magazine Entertainment Weekly "
     "recently that he hardly ever watched the Oscars and labelled awards ceremonies \"idiotic\".",
     ("he", "hardly ever watched", "the Oscars", True, None, None),
     ("he", "watched", "the Oscars", False, None, None)),
    # tech: search is not new
    ("But search is hardly a new phenomenon.",
     ("search", "is hardly", "a new phenomenon", True, None, None),
     ("search", "is", "a new phenomenon", False, None, None)),
    # sport: he did not cover himself in glory
    ("His Newcastle team-mate Noon hardly covered himself in glory in his first major Test.",
     ("His Newcastle team-mate Noon", "hardly covered", "himself", True, None, None),
     ("His Newcastle team-mate Noon", "hardly covered", "himself", False, None, None)),
    # negative: "barely" says it happened, just ("have barely lost revenue" is no denial of a loss either way)
    ("Other investors barely blinked, and by 1300 GMT Carnival's shares in London were down a single penny.",
     ("Other investors", "barely blinked", None, False, None, None),
     ("Other investors", "barely blinked", None, True, None, None)),
    # negative: "can hardly wait" is eagerness, as "cannot wait" is
    ("I can hardly wait to see the film.",
     ("I", "can hardly wait to see", "the film", False, "can", None),
     ("I", "can hardly wait to see", "the film", True, "can", None)),
    # ---------------------------------------------------------------- "neither X nor Y": each denied on its own
    # politics/blair-moves-to-woo-jewish-voters
    ("Neither the Conservatives nor the Liberal Democrats wished to comment on Mr Blair's words.",
     ("the Liberal Democrats", "wished to comment on", "Mr Blair's words", True, None, None),
     ("the Conservatives nor the Liberal Democrats", "wished to comment on", "Mr Blair's words", True, None, None)),
    # business (a bank's lost tapes): "neither we nor they would make the statement lightly"
    ("\"We, with federal law authorities, have done a very robust, thorough investigation on this and neither we nor "
     "they would make the statement lightly that we believe those tapes to be lost,\" Alexandra Tower, a spokeswoman "
     "for the North Carolina-based bank, told Time magazine.",
     ("they", "would make", "the statement", True, "would", "Alexandra Tower"),
     ("we nor they", "would make", "the statement", True, "would", "Alexandra Tower")),
    # politics/will-tory-tax-cuts-lift-spirits: each is denied the saying, and neither is a speaker of what follows
    ("Neither Mr Howard nor Mr Letwin would say exactly how they would use that cash, although a cut in the basic "
     "rate seems unlikely.",
     ("Mr Letwin", "would say", "exactly how they would use that cash", True, "would", None),
     ("a cut in the basic rate", "seems", "unlikely", False, None, "Mr Letwin")),
    # negative: "neither" without "nor" is a determiner of one noun ("neither side could have qualified")
    ("But neither side could have qualified.",
     ("neither side", "could have qualified", None, False, "could", None),
     ("side", "could have qualified", None, True, "could", None)),
    # ---------------------------------------------------------------- a subject after a dash starts after it
    # sport/gerrard-… (Liverpool's chief executive): the response was the same; Steven is not for sale
    ("He said: \"They were looking for ways of saying they got more out of the deal for Fernando Morientes, but the "
     "response to Real Madrid was the same - Steven is not for sale.\"",
     ("Steven", "is not for", "sale", True, None, "He"),
     ("the same - Steven", "is not for", "sale", True, None, "He")),
    # tech (games' faces): the polygons do not sell it, not "the mouth - 5,000 polygons"
    ("\"It's the subtleties, the eyes, the mouth - 5,000 polygons doesn't really sell the emotion.",
     ("5,000 polygons", "does n't really sell", "the emotion", True, None, None),
     ("the mouth - 5,000 polygons", "does n't really sell", "the emotion", True, None, None)),
    # politics/vouchers-to-cut-winter-deaths: the clause after the dash starts with its subject, not its "and"
    ("The plan would boost energy conservation, says the party - and insulation could save £100 every year for "
     "pensioner households, so using the money more \"intelligently\" than at present.",
     ("insulation", "could save", "£100", False, "could", None),
     ("the party - and insulation", "could save", "£100", False, "could", None)),
    # negative: the head inside an aside the dashes close keeps the subject before it (business/alitalia-…)
    ("Both the Italian government and Alitalia have repeatedly denied that the money - part of a vital "
     "restructuring plan - is state aid.",
     ("the money - part of a vital restructuring plan", "is", "state aid", True, None, "Alitalia"),
     ("part of a vital restructuring plan", "is", "state aid", True, None, "Alitalia")),
    # ---------------------------------------------------------------- "take care of": verb, noun and preposition
    # sport (a tennis player's break points): he did not convert them, he did not "take" anything
    ("\"I felt like I had a lot of break chances, I didn't take care of them all, but I broke him four times and he "
     "only broke me once.",
     ("I", "did n't take care of", "them", True, None, None),
     ("I", "did n't take", "care", True, None, None)),
    ("They did not take advantage of the rule.",
     ("They", "did not take advantage of", "the rule", True, None, None),
     ("They", "did not take", "advantage", True, None, None)),
    # negative: an object the verb says something of keeps its own reading (business/leaders-meet-over-turkish-eu-bid)
    ("Some are worried that Turkey's large and rapidly growing population and low average income might make "
     "integration into the EU difficult.",
     ("low average income", "might make", "integration", False, "might", "Some"),
     ("low average income", "might make integration into", "the EU", False, "might", "Some")),
    # negative: a date after the noun is when, not part of the predicate
    ("He took office in January.",
     ("He", "took", "office", False, None, None),
     ("He", "took office in", "January", False, None, None)),
    # ---------------------------------------------------------------- a concessive report parsed under its content
    # entertainment/oscars-steer-clear-of-controversy: the analyst's claim, not the writer's fact
    ("While he said the Oscar voting panel were not \"snubbing\" Moore's film, he thought it was unlikely a "
     "documentary could ever seriously compete in a best film category.",
     ("the Oscar voting panel", "were not snubbing", "Moore's film", True, None, "he"),
     ("the Oscar voting panel", "were not snubbing", "Moore's film", True, None, None)),
    # negative: a concessive report with its own complement reports that, not the main clause
    ("But although Campese admitted he was surprised about their current predicament, he insisted England were "
     "\"no longer world class\".",
     ("England", "were no longer", "world class", True, None, "he"),
     ("England", "were no longer", "world class", True, None, "Campese")),
    # ---------------------------------------------------------------- the extent a shared negation falls on
    # sport (Robben's injury): he will come back, not too soon
    ("\"I won't take any risks and come back too soon.\"",
     ("I", "come back too soon", None, True, None, None),
     ("I", "come back", None, True, None, None)),
    # ---------------------------------------------------------------- a fronted "if" the parse hung elsewhere
    # sport (England's three defeats): a supposition's consequent, no denial of a fact
    ("If England had half the innate attacking exuberance Wales have produced in this championship, they would not "
     "be contemplating the debris of three consecutive defeats.",
     ("they", "would not be contemplating", "the debris of three consecutive defeats", True, "conditional", None),
     ("they", "would not be contemplating", "the debris of three consecutive defeats", True, "would", None)),
    # negative: a fronted concessive clause sets no condition
    ("Although the firm said it had not seen attacks, it did not rule them out.",
     ("it", "did not rule out", "them", True, None, None),
     ("it", "did not rule out", "them", True, "conditional", None)),
    # ---------------------------------------------------------------- "enough to V" keeps what it is enough for
    # tech (rogue-dialling scams): they do something, not enough to warn customers
    ("Phone companies are not doing enough to warn customers about internet \"rogue-dialling\" scams, according to "
     "premium phone line regulator Icstis.",
     ("Phone companies", "are not doing", "enough to warn customers about internet \"rogue-dialling\" scams", True, None,
      "premium phone line regulator Icstis"),
     ("Phone companies", "are not doing", "enough", True, None, "premium phone line regulator Icstis")),
]


@pytest.mark.parametrize("text,made,wrong", READS, ids=[r[0][:40] for r in READS])
def test_negated_reads(nlp, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


# ---------------------------------------------------------------- a quoted "we" is no place that modifies the body
# business (a bank's lost tapes): "a spokeswoman for the North Carolina-based bank" speaks for the bank
TAPES = ("Bank loses tapes\n\n\"We, with federal law authorities, have done a very robust, thorough investigation on this "
         "and neither we nor they would make the statement lightly that we believe those tapes to be lost,\" Alexandra "
         "Tower, a spokeswoman for the North Carolina-based bank, told Time magazine.\n")


def test_quoted_we_is_not_the_place_a_body_is_based_in(nlp):
    from extract_helpers import resolved

    made = [(t.subject, t.subject_entity, t.negated) for t in resolved(nlp, TAPES) if t.relation == "would make"]
    assert ("we", "Alexandra Tower", True) in made
    assert not any(entity == "North Carolina" for _, entity, _ in made)
