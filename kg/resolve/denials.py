"""Denials: the negated statements a reader would list as "what was denied, by whom".

A negated triple stays in triples.jsonl and in the statements as it was read;
the ``denials`` canned query (queries/denials.rq) and the audit's ``negated``
draw (bench/audit.py) list only those that deny something of a known party:

* not a speech act ("he did not say" is the act, its content is the claim);
* not about an unknown party: the subject or object is a bare pronoun (or a
  quantifier: "many", "most") left without an entity ("You can't just run a
  model", "it didn't happen"), or the speaker is one ("They also allege that …"
  with "they" unresolved);
* not hypothetical or unowned: a question or a condition asserts nothing
  ("if the government were not to accept this ruling"), words in quotation
  marks whose speaker was not found (modality ``quoted``) and what someone did not
  say or did not mean (modality ``unclaimed``: "it does not mean that X") are
  nobody's denial;
* not a hedge: "did not rule out a strike", "cannot exclude" keep a possibility
  open (the rubric's "could not rule out" is no negation of the event).

The SPARQL of queries/denials.rq spells out the same test over the graph; a test
builds a store and checks that both agree.
"""
from __future__ import annotations

from ..records import Triple
from .triples import BARE_PRONOUNS

# a quantifier standing alone names no one either: "Many will not let a machine connect", "most were not"
QUANTIFIERS = frozenset({"many", "most", "some", "others", "few", "several", "all", "both", "none", "each", "any",
                         "either", "neither", "another"})
# an indefinite pronoun names no one: "something's got to be not right with you", "I defy anyone to
# … suggest to me the people on it aren't …" (anyone as speaker)
INDEFINITES = frozenset({"something", "anything", "nothing", "everything", "someone", "anyone", "everyone",
                         "somebody", "anybody", "everybody", "nobody"})
UNKNOWN = BARE_PRONOUNS | QUANTIFIERS | INDEFINITES

# modalities under which a negation denies nothing (kg.extract.modality, kg.resolve.triples.QUOTED)
NOT_ASSERTED = frozenset({"question", "conditional", "quoted", "unclaimed"})
# relation lemmas whose negation is a hedge: "did not rule out raising rates" leaves it possible
HEDGING_VERBS = ("rule out", "ruled out", "exclude", "excluded")


def is_unknown(text: str | None, entity: str | None) -> bool:
    """A bare pronoun, quantifier or indefinite that resolved to no entity ("you", "it", "they", "many",
    "anyone").

    >>> is_unknown("you", None), is_unknown("Many", None), is_unknown("We", "Yukos"), is_unknown("the Fed", None)
    (True, True, False, False)
    >>> is_unknown("something", None), is_unknown("anyone", None)
    (True, True)
    """
    return entity is None and text is not None and text.strip().casefold() in UNKNOWN


def is_hedged_negation(lemma: str) -> bool:
    """"did not rule out", "cannot exclude": a negated relation that keeps a possibility open.

    >>> is_hedged_negation("rule out raise"), is_hedged_negation("be ruled out"), is_hedged_negation("rule")
    (True, True, False)
    """
    words = lemma.split()
    if words[:1] == ["be"]:
        words = words[1:]
    return any(" ".join(words).startswith(verb) for verb in HEDGING_VERBS)


def is_denial(triple: Triple) -> bool:
    """Whether a triple is a row of the ``denials`` query: a negation (or a denial) of something
    about a known party, asserted by the article or by a known speaker.

    >>> t = Triple("d", "Iran is not winning this war, Trump said.", "Iran", "Iran", "is not winning", "win",
    ...            "this war", None, True, None, "Donald Trump", 0.6, 0, 40)
    >>> is_denial(t)
    True
    >>> from dataclasses import replace
    >>> is_denial(replace(t, subject="it", subject_entity=None)), is_denial(replace(t, modality="conditional"))
    (False, False)
    """
    if not triple.negated or triple.kind == "speech":
        return False
    if is_unknown(triple.subject, triple.subject_entity) or is_unknown(triple.object, triple.object_entity):
        return False
    if triple.attributed_to is not None and triple.attributed_to.strip().casefold() in UNKNOWN:
        return False
    return triple.modality not in NOT_ASSERTED and not is_hedged_negation(triple.relation_lemma)
