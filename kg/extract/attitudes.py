"""Attitudes, alternatives and hearsay that keep a clause from being a plain fact.

Small pure functions over spaCy tokens, one per construction, used by :func:`kg.extract.modality.frame`
(who a clause is attributed to, its modality) and by polarity.py (whether a "not" denies):

==============================  ==========================================================
construction                    example → frame of the content
==============================  ==========================================================
adjective of necessity          "It is important we don't end up in the situation …", "it is
                                better that local people … run hospitals", "it is time the world
                                discovered the truth" → ``wish``
adjective of certainty          "not everyone is convinced that selling IMF gold is the best
                                way forward" → ``doubt``; "I am sure Y" → Y by I; "He is clear
                                the ads will not be …" → by He ("it is clear that Y": no holder);
                                "Ministers had to be sure Y" → ``wish``, not the ministers' belief
adjective of feeling            "The Green Party is concerned thousands of residents may not be
                                able to vote" → ``fear`` by the Green Party; "hopeful" → ``hope``
adjective of intent             "The band is determined the album will be released this year"
                                → ``plan`` by the band; "keen that Y" → ``wish``
rejected alternative            "… too much stock rather than demand wasn't there" → ``unclaimed``
heard, not said                 "Yukos lied to a US court …, the court has heard" → ``reportedly``
                                (and "X was told that Y", modality.py)
counterfactual comparison       "I couldn't have asked to play better" → no denial
denied doubt                    "I am in no doubt that the BNP are not needed" → no ``doubt``
saying called wrong             "It was simply wrong to suggest that information on Prozac was
                                missing" → denied by whoever calls it wrong (modality.py)
==============================  ==========================================================
"""
from __future__ import annotations

from ..docview import doc_tokens, once_per_token
from .speech import OBLIGING_MODALS, REPORTING

# adjectives of necessity: "it is important (that) Y" asks for Y, it does not say Y is so
NECESSITY_ADJ = frozenset("important vital essential crucial necessary imperative critical better best preferable".split())
# adjectives of certainty: "X is convinced (that) Y" is X's belief, not the article's fact
CERTAINTY_ADJ = frozenset("sure certain convinced confident adamant positive clear satisfied".split())
# adjectives of worry or hope over a clause: "X is concerned (that) Y" is what X fears, not a fact
FEELING_ADJ = {"concerned": "fear", "worried": "fear", "anxious": "fear", "fearful": "fear", "nervous": "fear",
               "hopeful": "hope", "optimistic": "hope"}
# adjectives of intent over a clause: "X is determined (that) Y" is what X means to bring about, not a fact
INTENT_ADJ = {"determined": "plan", "keen": "wish", "eager": "wish", "desperate": "wish"}
# subjects that hold nothing: "it is clear that Y", "this is certain" assert Y themselves
IMPERSONAL = frozenset({"it", "this", "that", "there", "what", "which"})
# verbs linking a holder to an adjective of certainty ("is sure", "feels confident"; not "make sure")
COPULAS = frozenset({"be", "feel", "seem", "remain", "appear", "sound"})
# subjects that hold a belief nobody (or not everyone) holds
NEGATIVE_HOLDERS = frozenset({"nobody", "noone", "none"})
# verbs whose subject heard the report, not made it: "…, the court has heard"
HEARING = frozenset({"hear"})
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
# words that call a saying false: "it is wrong to suggest (that) Y", "Mr Howard was wrong to say Y" deny Y ("unfair to
# say" blames the saying, it does not deny what is said)
FALSE_WORDS = frozenset("""wrong untrue false incorrect inaccurate mistaken misleading nonsense rubbish absurd
ridiculous ludicrous preposterous laughable""".split())
# verbs of holding a view that such a word can call false, besides the verbs of saying: "wrong to assume that Y"
VIEW_VERBS = frozenset("think believe assume imply".split())
COUNTERFACTUAL_MODALS = frozenset({"could", "would", "might", "ca"})


def adjective_over(clause, words):
    """The adjective of ``words`` a that-clause complements, on the adjective itself or on its
    copula ("is … important we don't …"), or ``None``."""
    if clause.dep_ != "ccomp":
        return None
    head = clause.head
    if head.lower_ in words:
        return head
    if head.lemma_.lower() == "be":
        return next((c for c in head.children if c.dep_ == "acomp" and c.lower_ in words), None)
    return None


@once_per_token
def necessity_of(clause) -> str | None:
    """``wish`` for the that-clause of an adjective of necessity or preference, or of "it is
    (high) time": what is called for, not a fact.

    "It is important we don't end up in the situation where doctors … are confused about the
    law": nobody says we don't end up there; the speaker wants it so; "as it is better that local
    people, rather than officials, run hospitals" (they do not, yet). Not "it is clear that Y"
    (asserted).
    """
    return "wish" if adjective_over(clause, NECESSITY_ADJ) is not None or is_time_that(clause) else None


def is_time_that(clause) -> bool:
    """The clause of "it is (high / about) time (that) Y": Y has not happened, it is called for.

    "We have the evidence and it is time the world discovered the truth": the world has not.
    "It is the first time the team has won" (a determiner on *time*) is a fact.
    """
    noun = clause.head
    if clause.dep_ == "ccomp" and noun.lemma_.lower() == "be":  # (parsed as the copula's complement)
        noun = next((c for c in noun.children if c.dep_ == "attr"), noun)
    if clause.dep_ not in {"relcl", "acl", "ccomp"} or noun.lemma_.lower() != "time" or noun.dep_ != "attr":
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} or (c.dep_ == "amod" and c.lower_ != "high") for c in noun.children):
        return False
    be = noun.head
    return (be.lemma_.lower() == "be" and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in be.children)
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children))


def certainty_copula(clause, words=CERTAINTY_ADJ):
    """The verb whose subject is certain of ``clause`` ("X is convinced that Y" → *is*, or
    *convinced* read as a passive), or ``None``: not "make sure that Y" (an aim, modality.purpose_of).
    With ``words``, the same for other adjectives over a clause (:func:`feeling_of`).

    "not everyone is convinced that selling IMF gold is the best way forward": the selling is
    what some believe, not a fact.
    """
    adj = adjective_over(clause, words)
    if adj is None:
        return None
    if adj.lemma_.lower() == "be" or adj.pos_ in {"VERB", "AUX"} or any(c.dep_ in {"nsubj", "nsubjpass"}
                                                                         for c in adj.children):
        return adj
    return adj.head if adj.dep_ == "acomp" and adj.head.lemma_.lower() in COPULAS else None


@once_per_token
def feeling_of(clause):
    """``(copula, modality)`` when ``clause`` is what the copula's subject fears or hopes, else ``None``.

    "The Green Party is concerned thousands of residents may not be able to vote in Edinburgh's
    transport referendum": the residents' plight is the party's fear (``fear``, by the party), not
    a fact; "The club is hopeful the striker will be fit" → ``hope``. "concerned about X" has no
    clause and frames nothing.
    """
    copula = certainty_copula(clause, FEELING_ADJ)
    if copula is None or clause.i < copula.i:
        return None  # ("The public are worried about this, they are worried rightly": no content before)
    if copula.dep_ == "acomp" and copula.head.lemma_.lower() in COPULAS:
        copula = copula.head  # "is concerned" parsed as a participle: the holder is the copula's subject
    adj = copula if copula.lower_ in FEELING_ADJ else next(
        (c for c in copula.children if c.dep_ == "acomp" and c.lower_ in FEELING_ADJ), None)
    return (copula, FEELING_ADJ[adj.lower_]) if adj is not None else None


@once_per_token
def intent_of(clause):
    """``(copula, modality)`` when ``clause`` is what the copula's subject is determined or keen to bring about,
    else ``None``.

    "The band is determined the album will be released this year": the release is the band's intent
    (``plan``, by the band), not a fact; "The government is keen that the talks should continue" → ``wish``.
    Not the verb of finding out ("The court determined that the merger was illegal": a ruling, reported as
    such), nor an impersonal finding ("It was determined that the fire had started in the kitchen"), nor
    a clause before the adjective.
    """
    adj = adjective_over(clause, INTENT_ADJ)
    if adj is None or clause.i < adj.i or adj.tag_ == "VBD":
        return None
    copula = certainty_copula(clause, INTENT_ADJ)
    if copula is None:
        return None
    if adj.pos_ == "VERB" and not any(c.dep_ in {"auxpass", "aux"} and c.lemma_ == "be" for c in adj.children):
        return None  # (an active verb: "has determined that Y")
    if copula.dep_ == "acomp" and copula.head.lemma_.lower() in COPULAS:
        copula = copula.head
    holder = next((c for c in copula.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if holder is None or is_impersonal(holder):
        return None
    return copula, INTENT_ADJ[adj.lower_]


def is_obliged_certainty(copula) -> bool:
    """Whether the certainty ``copula`` (:func:`certainty_copula`) is one its subject must, should or has to
    reach: a requirement, not a belief held. "Ministers had to be sure local government could deliver
    without "unreasonable council tax increases", he added" — the ministers are not sure of it, and what
    they must be sure of is the speaker's condition (``he``'s, with the modality ``wish``), no belief of
    theirs; "We need to be confident that the figures are right". "He is sure Y" is his belief."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in copula.children):
        return True
    return (copula.dep_ == "xcomp" and copula.head.lemma_.lower() in {"have", "need"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in copula.children))


def is_impersonal(holder) -> bool:
    """An empty holder: "It is clear that the deal …", "It is certain that …": nobody's belief,
    the writer's own statement."""
    return holder.lower_ in IMPERSONAL


def is_doubted(copula, holder) -> bool:
    """Whether a certainty is denied: "not everyone is convinced", "nobody is sure", "I am not sure".

    "not everyone is convinced that selling IMF gold is the best way forward" → ``doubt``.
    """
    if any(c.dep_ == "neg" for c in copula.children):
        return True
    if holder is None:
        return False
    return holder.lower_ in NEGATIVE_HOLDERS or any(c.dep_ in {"neg", "det"} and c.lower_ in {"not", "no"}
                                                    for c in holder.children)


@once_per_token
def is_rejected_alternative(clause) -> bool:
    """A clause offered as the alternative "rather than" / "instead of" rejects: nobody asserts it.

    "… more to do with the fact that we went in with too much stock rather than demand wasn't
    there for the stock": Mr Wolfson does not say demand was lacking, he says it was not the
    cause. The words can be a ``cc`` of the clause's conjunct or stand before the clause or the
    noun it completes ("rather than (the fact that) demand wasn't there").
    """
    words = [t.lower_ for t in doc_tokens(clause.doc)[max(clause.left_edge.i - 4, 0):clause.left_edge.i] if not t.is_punct][-2:]
    if words in (["rather", "than"], ["instead", "of"]):
        return True
    if clause.dep_ == "conj":
        return any(c.dep_ == "cc" and c.lower_ == "than" and any(g.lower_ == "rather" for g in c.children)
                   for c in clause.head.children if c.i < clause.i)
    return False


@once_per_token
def heard_report(verb) -> bool:
    """A reporting clause after ``verb`` whose subject heard the words, did not say them.

    "Russian oil firm Yukos lied to a US court in an attempt to stop the Russian government …,
    the court has heard": a claim made in court, not the court's, not a plain fact; so too
    "…, the court was told" (a passive report). "…, the court said" is the court's own.
    """
    for c in verb.children:
        if c.dep_ != "parataxis" or c.i < verb.i:
            continue
        lemma = c.lemma_.lower()
        if lemma in HEARING and not any(g.dep_ in {"dobj", "ccomp"} for g in c.children):
            return True
        if lemma in REPORTING and any(g.dep_ in {"auxpass", "nsubjpass"} for g in c.children):
            return True
    return False


# nouns of doubt or fear that a negative determiner or preposition turns into certainty
DOUBT_NOUNS = frozenset({"doubt", "question"})


def is_doubt_denied(noun) -> bool:
    """"no doubt that Y", "little doubt", "without (a) doubt", "beyond doubt": the holder is sure of Y.

    "I am in no doubt that the BNP are not needed and not wanted here": the speaker's claim,
    not a doubt.
    """
    if noun.lemma_.lower() not in DOUBT_NOUNS:
        return False
    if any(c.dep_ in {"det", "amod"} and c.lower_ in {"no", "little"} for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in {"without", "beyond"} or is_any_doubt_denied(noun)


# verbs of believing whose negation falls on the belief's content: "I don't think X" is "I think not X"
# (modality.negated_belief), "I don't think there is any doubt" (is_any_doubt_denied)
NEG_RAISING = frozenset("think believe expect suppose reckon imagine anticipate".split())


def is_any_doubt_denied(noun) -> bool:
    """"there isn't any doubt that Y", "I don't think there is any doubt that Y": the negation
    falls on the doubt, so the holder is sure of Y (and Y is not what is denied).

    "I don't think there is any doubt that we have seen some positive moves from the clubs"
    (Cathy Jamieson): she says they have seen them. Not "there is some doubt that Y" (a doubt), nor
    "any doubt" with no negation ("if there is any doubt that Y", a condition), nor a noun that is no
    doubt: "did not receive any nominations that later went on to become classics", "I don't think
    there is any evidence that Y" (the evidence is denied, and with it Y)."""
    if noun.lemma_.lower() not in DOUBT_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
        return False
    verb = noun.head
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    belief = verb.head
    return (verb.dep_ == "ccomp" and belief.lemma_.lower() in NEG_RAISING
            and any(c.dep_ == "neg" for c in belief.children))


@once_per_token
def is_heard_clause(clause) -> bool:
    """The that-clause of "hear": what someone else said, heard by the subject.

    "Russian oil firm Yukos lied to a US court …, the court has heard" (parsed with *heard* as
    the main verb): a claim made to the court → ``reportedly``, no speaker.
    """
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in HEARING


@once_per_token
def is_counterfactual_comparison(verb) -> bool:
    """A negated "could/would have V-ed" with a comparative: praise of what happened, no denial.

    "I'm extremely disappointed because I couldn't have asked to play better in my first two
    matches": she played as well as she could have wished; nothing is denied. "He could not have
    known" (no comparative) stays a negation.
    """
    aux = [c for c in verb.children if c.dep_ == "aux"]
    if not (any(a.lower_ in COUNTERFACTUAL_MODALS for a in aux) and any(a.lower_ == "have" for a in aux)):
        return is_unsurpassable_state(verb)
    chain = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    return any(has_comparative(g) for v in chain for g in v.children)


def is_unsurpassable_state(verb) -> bool:
    """"could not be happier", "couldn't be more frustrating", "things could not be worse": a "be" under a
    negated "could"/"can" with a comparative and no standard ("than …") says the state is at its utmost; the
    state holds, nothing is denied (the present of :func:`is_counterfactual_comparison`).

    'It couldn't be more frustrating as I was very happy with my form': it is very frustrating. Not "it couldn't
    be better than the original series" (a standard is written: the comparison is denied), nor "could not be
    sold" (no comparative), nor a "be" with no modal ("he is not happier").
    """
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in COUNTERFACTUAL_MODALS | {"can"} for c in verb.children):
        return False
    degrees = [c for c in verb.children if c.dep_ in {"acomp", "attr", "advmod"} and c.i > verb.i and has_comparative(c)]
    return any(not any(t.lower_ == "than" for t in c.subtree) for c in degrees)


def has_comparative(tok) -> bool:
    """A comparative word, itself, with "more"/"less" before it ("more unequivocal") or as the object of a
    preposition or its modifier: "better", "for more", "for a better start"."""
    if tok.tag_ in COMPARATIVE_TAGS:
        return True
    if tok.pos_ in {"ADJ", "ADV"} and any(a.dep_ == "advmod" and a.tag_ == "RBR" and a.lower_ in {"more", "less"}
                                         and a.i < tok.i for a in tok.children):
        return True  # "could not have been more unequivocal"
    return tok.dep_ == "prep" and any(o.tag_ in COMPARATIVE_TAGS or any(a.tag_ in COMPARATIVE_TAGS for a in o.children)
                                      for o in tok.children)


@once_per_token
def is_called_wrong(report) -> bool:
    """Whether a verb of saying or holding a view is the infinitive of a word that calls it false: what it
    says is denied by whoever calls it so (:func:`kg.extract.modality.frame`), never asserted.

    "It was simply wrong to suggest that information on Prozac was missing, or that important research data … were
    not available to doctors and regulators," the letter added: the letter says the data were available. "A
    spokesman for the Home Office said it was wholly wrong to suggest that the plan was to return children", "the
    home secretary said Mr Howard was wrong to say the law was biased in favour of burglars": denied by the
    spokesman, by the home secretary. Not "it is not wrong to say", nor "unfair to say" (:data:`FALSE_WORDS`).
    """
    if report.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in report.children):
        return False
    if report.lemma_.lower() not in REPORTING and report.lemma_.lower() not in VIEW_VERBS:
        return False
    word = report.head
    if word.lower_ not in FALSE_WORDS or word.dep_ not in {"acomp", "attr"}:
        return False
    return not any(c.dep_ == "neg" for c in (*word.children, *word.head.children))
