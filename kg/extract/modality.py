"""Frames: what stands above a clause and keeps it from being a plain fact.

A clause is a fact of the article only when nothing above it frames it. Each
construction below is a small pure function over spaCy tokens; :func:`frame`
walks up from a predicate and combines them into who the content is
attributed to, whether that speaker denies it, and its modality:

==========================  ============================================================
construction                example → frame of the content
==========================  ============================================================
denied content noun         "Lawyers denied allegations they had planted the device"
                            → they — plant — device, by Lawyers, negated
denial complement           "Howard dismissed claims that …", "X denied (that) Y"
                            → by X, negated
content noun                "a report that the firm has failed to win a contract"
                            → modality ``reportedly`` (claims, rumours …),
                            ``allegedly``, ``belief``, ``hope``, ``fear`` …
condition                   "If the record does make the top spot, it will be …"
                            → both clauses ``conditional`` ("unless" too)
question                    "Asked if she was a member …", "whether Y", a clause
                            ending in "?" → ``question``
attitude                    "Redford wants the festival to encompass …", "did not
                            rule out raising rates" → ``wish``, ``plan``, ``possible``
passive report              "X was told that Y", "It is understood that Y" → no
                            speaker (the subject did not say it); hedged verbs
                            give ``reportedly``
failed factive              "Disney failed to tell investors that it employed …"
                            → the content stays a fact of the article
==========================  ============================================================

Negation itself (not, never, no longer; "not … until", "not only … but") is
in polarity.py; who said a quote across sentences is in quotes.py.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..docview import once_per_token, span_tokens, with_dep
from ..lexicon import DOUBLE_QUOTES, FUTURE_AUX, PREVENTING
from ..nlp import sentence_of, span_text
from ..timenorm import MONTHS, WEEKDAYS
from .attitudes import (NEG_RAISING, certainty_copula, feeling_of, heard_report, intent_of, is_obliged_certainty, is_any_doubt_denied, is_doubt_denied, is_doubted,
                        is_called_wrong, is_heard_clause, is_impersonal, is_rejected_alternative, necessity_of)
from .misreadings import PREPOSITIONAL_CONTROL, is_stranded_auxiliary, verb_lemma
from .polarity import (NEGATION_CANCELLING, is_bare_conjunct, is_counterfactual_not, is_plainly_joined, negation_tokens,
                       shares_negation)
from .quotes import in_quotation
from .relative import relative_object
from .spans import finite_governor, is_finite_after_infinitive
from .speech import (ADDRESSING, DENIAL, SPECULATING, FIRST_PERSON, FIRST_PLURAL, according_to, attribution, content_conj, inverted_report, inverted_subject, is_object_taken, writers_aside,
                     is_reporting, is_set_off_relative, reporter_conj,
                     finite_word, reported_clause, reporters_act, reporting_parataxis, tense_of)

CONDITION_MARKS = frozenset({"if", "unless"})
# verbs and adjectives whose if/whether complement is an (indirect) question
QUESTION_HEADS = frozenset("""ask wonder question query know see check decide doubt sure unsure clear unclear determine
investigate examine consider tell say debate discuss inquire enquire""".split())
# nouns whose complement clause is content, not a fact, and its modality when no one denies it
CONTENT_NOUNS = {
    "claim": "reportedly", "report": "reportedly", "rumour": "reportedly", "rumor": "reportedly",
    "suggestion": "reportedly", "speculation": "reportedly", "assertion": "reportedly", "talk": "reportedly",
    "story": "reportedly", "comment": "reportedly", "remark": "reportedly", "statement": "reportedly",
    "assurance": "reportedly", "reassurance": "reportedly", "insistence": "reportedly", "argument": "reportedly", "announcement": "reportedly",
    "opinion": "belief", "allegation": "allegedly", "accusation": "allegedly", "charge": "allegedly",
    "idea": "belief", "notion": "belief", "theory": "belief", "belief": "belief", "view": "belief",
    "impression": "belief", "suspicion": "belief", "perception": "belief", "conviction": "belief",
    "hope": "hope", "wish": "hope", "fear": "fear", "concern": "fear", "worry": "fear", "doubt": "doubt",
    "expectation": "expectation", "prediction": "expectation", "forecast": "expectation",
    "possibility": "possible", "prospect": "possible", "chance": "possible", "risk": "possible",
    "likelihood": "likely", "plan": "plan", "proposal": "plan", "intention": "plan", "promise": "promise",
    "pledge": "promise", "guarantee": "promise", "threat": "threat", "warning": "threat", "question": "question",
}
# verbs through which a noun's content is voiced by the verb's subject ("X made claims that Y")
VOICING = frozenset("make repeat voice express raise air reiterate issue publish spread deny reject dismiss".split())
# verbs whose complement is wanted, planned or held possible, not done
ATTITUDE = {"want": "wish", "wish": "wish", "hope": "hope", "plan": "plan", "intend": "plan", "aim": "plan",
            "seek": "wish", "try": "wish", "attempt": "wish", "expect": "expectation", "fear": "fear",
            "doubt": "doubt", "propose": "plan", "prefer": "wish", "need": "wish",
            "rule": "possible", "exclude": "possible", "bet": "expectation"}
# verbs of demanding: their clause ("It has also demanded that shareholders be consulted", "The chancellor has
# demanded all government departments make similar savings") or the content of their object ("demanded
# assurances that the evidence … was not gained under torture") is wanted, not done; an infinitive stays
# the verb's own ("demanded to know why the deal had collapsed": it did)
DEMANDING = frozenset({"demand", "request", "urge", "recommend"})
# speech verbs whose complement is presupposed true: not saying it leaves it a fact
FACTIVE_SPEECH = frozenset("tell inform disclose reveal mention admit acknowledge notify report know realise realize".split())
# verbs that say or imply their content; negated, they leave it nobody's claim ("it does not mean that X")
# (and of showing or securing: "that will not guarantee that the directive will become law", "the tests did not
# prove that the drug works": what they would show or secure is nobody's claim when they do not)
IMPLYING = frozenset("mean imply suggest indicate signal guarantee ensure prove show demonstrate establish".split())
NEGATIVE_IMPLICATIVE = frozenset({"fail", "refuse", "decline", "neglect"})
# passive reports that hedge ("it is understood that", "X is said to") rather than assert
DOCUMENTS = frozenset(CONTENT_NOUNS) | {"statement", "article", "document", "study", "survey", "poll", "paper"}
HEDGED_PASSIVE = frozenset("""understand think believe expect say report rumour rumor claim allege fear suggest
suppose presume consider estimate""".split())
# passives that forecast the infinitive after them, as "is expected to" does: "Queens Park Rangers keeper Chris
# Day is set to join Preston on a month's loan", "Robbie Weir is poised to join Sunderland", "Sideways is tipped
# to do well at Sunday's Oscars" (what is expected, not done; the active "Campese has tipped Wales to win" is
# Campese's own act); a forecast's own verbs: "Economic growth is forecast to slow to 2%", "The company is predicted
# to post a loss", "Sales are projected to rise by 5%" (a forecast, not what happened)
FORECAST_PASSIVE = frozenset({"expect", "set", "poise", "tip", "forecast", "predict", "project"})


@dataclass(frozen=True)
class Frame:
    """What frames a clause: its speaker token, whether the speaker denies it, its modality."""

    speaker: object = None
    denied: bool = False
    modality: str | None = None

    def __iter__(self):
        return iter((self.speaker, self.denied, self.modality))


def mark_of(verb) -> str | None:
    """The subordinating word of a clause ("if", "whether", "unless"), lowercased, or ``None``."""
    mark = with_dep(verb.lefts, ("mark",))
    return mark.lower_ if mark is not None else None


@once_per_token
def is_condition(clause) -> bool:
    """An if/unless clause that sets a condition, or a clause of time to come (:func:`is_future_time`).

    "If the record does make the top spot, it will be …": *make* is a condition.
    "even if" (concession) and "as if" (manner) are not; nor is an if-clause that
    is the question of "ask", "wonder" …, see :func:`is_question_clause`.
    """
    if is_future_time(clause) or is_habitual_time(clause):
        return True
    if clause.dep_ != "advcl" or mark_of(clause) not in CONDITION_MARKS:
        return False
    mark = next(c for c in clause.children if c.dep_ == "mark")
    before = clause.doc[mark.i - 1].lower_ if mark.i > 0 else ""
    if before in {"even", "as"} or any(c.dep_ == "advmod" and c.lower_ == "even" for c in clause.children):
        return False
    return not is_question_clause(clause)


# words that open a clause of time; before a verb in the present it is a time to come
FUTURE_TIME_MARKS = frozenset({"when", "once", "whenever"})


def is_future_time(clause) -> bool:
    """A when/once clause in the present tense hung on a verb in the future: English writes a time
    to come in the present, so the clause has not happened and what depends on it is foreseen,
    not asserted — a condition. "When ID cards become mandatory, the data collected will not be
    protected by the Data Protection Act"; "Once several high-profile legal cases against
    file-sharers are resolved this year, firms will be very keen to try and make money from P2P
    technology". Fronted only: after its verb it more often dates a fixed event ("The film will be
    shown when it opens in May"). Not a habit or a past ("When he was Home Secretary, he tried …",
    "When prices rise, demand falls"), nor a question ("When will it open?")."""
    marks = {c.lower_ for c in clause.children if c.dep_ in {"mark", "advmod"} and c.i < clause.i} & FUTURE_TIME_MARKS
    if clause.dep_ != "advcl" or not marks or clause.i > clause.head.i and "once" not in marks:
        return False
    group = [clause] + [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if not any(t.tag_ in {"VBZ", "VBP"} for t in group) or any(t.tag_ in {"VBD", "MD"} for t in group):
        return False
    if is_dated(clause):
        return False
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.head.children):
        return True
    return clause.i > clause.head.i and is_once_after_an_act_to_come(clause)


HABIT_TIME_MARKS = frozenset({"when", "whenever"})


def is_habitual_time(clause) -> bool:
    """A when/whenever clause in the present tense hung on a verb that is no future: it says in which
    case something holds, whenever that case comes, and asserts no event of its own — a condition. "When
    hardcore gamers are not playing Halo, they are …" (nobody said they are not playing it); "I can't keep my
    eyes off the Premiership on television when I'm at home"; "When your serve isn't good it throws the rest
    of your game off". A time to come is :func:`is_future_time`'s; after a verb in the future or an
    infinitive the clause more often dates a fixed event ("Parliament will examine the issue next year when
    it debates a new bill", "are expected to be big hits when they are unleashed later this month"), and so
    does a calendar date (:func:`is_dated`). Not a past ("When he was Home Secretary, he tried …"; nor one hung on a
    verb in the past, :func:`is_past_clause`), nor a
    question ("When will it open?": no adverbial clause). Written after its verb, the clause is a condition of its
    own content only (:func:`consequent_condition`): the parse often hangs it on a verb before the one it
    qualifies ("has long been open to the public …, with visitors able to phone ahead when they want to view
    particular items"). Nor the writer's narrative present (:func:`is_narrated_present`: a live report, a film's
    plot)."""
    if clause.dep_ != "advcl" or clause.head.pos_ not in {"VERB", "AUX"}:
        return False
    when = next((c for c in clause.children if c.dep_ in {"mark", "advmod"} and c.lower_ in HABIT_TIME_MARKS
                 and c.i < clause.i), None)
    if when is None or (when.is_title and when.i > sentence_of(when).start and not when.doc[when.i - 1].is_punct):
        return False  # (a title's word: "citing his best-known hit When a Man Loves a Woman")
    if is_narrated_present(clause):
        return False  # "when Roddick fires a forehand … wide, Nadal pumps his fist": both happened
    group = [clause] + [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if not any(t.tag_ in {"VBZ", "VBP"} for t in group) or any(t.tag_ in {"VBD", "MD"} for t in group):
        return False
    if clause.lemma_.lower() == "come" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children):
        return False  # "when it comes to the decisions that the government are making": a topic, no case
    head = clause.head
    if any(c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or c.lower_ == "to") for c in head.children):
        return False
    if is_past_clause(head) and not is_plain_present(clause):
        return False  # "When we put the surveillance cameras in, a lot of people were very unhappy": a past event
    return not is_dated(clause)


# verbs whose past is written as their present: a "when" clause of these on a verb in the past is a past event
SAME_PAST = frozenset("""put cut set hit let shut cost hurt quit spread bet cast burst split upset read shed bid
broadcast forecast beat""".split())


def is_plain_present(clause) -> bool:
    """Whether a clause's tense is a present no past is written as: "-s" ("when he sees"), "am", "are", "is", or a
    plain form whose past differs ("when people use a search engine"). Hung on a verb in the past it reports a
    habit with no backshift ("too often when people use a search engine it was like …": still a case, not one
    event); "when we put the surveillance cameras in" ("put" is its own past) is a past event, and so is "The same
    thing happened when I refereed Chelsea against West Ham" ("refereed" tagged a present)."""
    word = finite_word(clause)
    if word.tag_ == "VBZ" or word.lower_ in {"am", "are", "'m", "'re", "’m", "’re"}:
        return True
    # (never "-ed": "when I refereed Chelsea …" is a past the tagger read as a present)
    return word.tag_ == "VBP" and not word.lower_.endswith("ed") and word.lower_ not in SAME_PAST


def is_narrated_present(clause) -> bool:
    """A when-clause of the writer's own words (no quotation, :func:`kg.extract.quotes.in_quotation`) whose subject
    is someone or something the text tells of (not :func:`is_generic_case`), hung on a verb in the present tense:
    the writer narrates in the present — a live report, a film's plot — and "when" dates one event. "A fortunate
    net cord helps the Spaniard on his way and when Roddick fires a forehand cross court shot wide to lose his
    serve, Nadal pumps his fist in celebration" (he did; both asserted). Not a speaker's habit ("… when I'm at
    home": inside a quotation), not a case of anyone ("When your serve isn't good it throws the rest of your
    game off"), not on a forecast or an act to come ("Michael Howard is likely to want to capitalise further on
    the spat when he goes head-to-head with the prime minister": "is" no verb of an event; "transferring that
    freshness into positive results when the referee signals the start of the game": no tense)."""
    head = clause.head
    return (head.pos_ == "VERB" and tense_of(finite_word(head)) == "present" and not in_quotation(clause)
            and not is_generic_case(clause))


# subjects that stand for anyone: "when you …", "when someone …"
GENERIC_PRONOUNS = frozenset("you one anyone anybody someone somebody everyone everybody nobody".split())


def is_generic_case(clause) -> bool:
    """Whether a clause's subject stands for anyone of a kind, not for someone the text tells of: "you" or "your"
    X ("When your serve isn't good it throws the rest of your game off too"), a bare plural ("When hardcore
    gamers are not playing Halo, they are …", "when prices rise"), an indefinite or "every" noun ("when a
    player is sent off"). Not a name, a pronoun of a person or a thing told of, or a definite noun ("when
    Roddick fires a forehand …", "when he settles in the UK", "When the ceremony is over")."""
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return False
    if subj.lower_ in GENERIC_PRONOUNS or any(c.dep_ == "poss" and c.lower_ == "your" for c in subj.children):
        return True
    if subj.pos_ != "NOUN":
        return False
    dets = [c.lower_ for c in subj.children if c.dep_ in {"det", "poss"}]
    return (subj.tag_ == "NNS" and not dets) or (bool(dets) and dets[0] in {"a", "an", "any", "every", "each"})


def is_past_clause(verb) -> bool:
    """A verb in the past tense, or one whose auxiliary is: a "when" clause hung on it shares its tense, whatever
    its own verb's form says ("When we put the surveillance cameras in, a lot of people were very unhappy": "put"
    read as a present, the event a past one)."""
    return tense_of(finite_word(verb)) == "past"


def is_once_after_an_act_to_come(clause) -> bool:
    """A "once" clause written after a verb of an act still to come — an infinitive ("is expected to begin",
    "intends to seek") or a verb after a modal ("would consider"): the act waits on the clause, which has not
    happened either. "Shooting on Casino Royale is expected to begin once Campbell has finished work on The
    Legend of Zorro" (Campbell has not finished it); "Arsene Wenger would consider signing Adrian Mutu once the
    striker has served his drugs ban", "intends to seek $20bn in damages … once the sale finally goes through".
    Unlike "when", "once" after its verb dates no fixed event. Not a habit ("what the virus does once it has
    infected a computer")."""
    head = clause.head
    chain = [head] + [c for c in head.children if c.dep_ == "xcomp" and c.i < clause.i]  # "intends to seek … once"
    while chain[-1].dep_ == "xcomp" and len(chain) < 6:  # "would consider signing Adrian Mutu once …"
        chain.append(chain[-1].head)
    return any(v.tag_ == "VB" and any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in v.children)
               for v in chain)


CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)


def is_dated(clause) -> bool:
    """Whether a clause carries its own calendar date — a year, a month or a weekday: it dates a
    scheduled event, not a condition. "When the new stadium opens in 2006, it will hold 60,000
    fans"; not "When ID cards become mandatory, …" (no date: whether and when is open)."""
    return any(t.ent_type_ in {"DATE", "TIME"} and (t.lower_ in CALENDAR_WORDS or YEAR.fullmatch(t.text))
               for t in clause.subtree)


YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


# participles that set a supposition: "assuming that Nokia retains its market share, …"
SUPPOSING = frozenset({"assuming", "supposing", "provided", "providing"})


@once_per_token
def is_proviso(clause) -> bool:
    """A condition written without "if": "as long as" / "so long as", "in case", "assuming /
    provided / providing (that)". Its content is supposed, not asserted.

    "WMC … has no objection in principle to being bought out … - as long as the price is right";
    "they told me I could have a licence as long as I raced sidecars"; "an insurance policy in
    case something does go wrong"; "assuming that Nokia retains its market share in handsets, it
    is estimating …". Not a duration: "would stay in existence for as long as there were
    security bugs" (there were).
    """
    doc = clause.doc
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i), None)
    if clause.dep_ == "advcl" and mark is not None and mark.lower_ == "as" and mark.i >= 2:
        if doc[mark.i - 1].lower_ == "long" and doc[mark.i - 2].lower_ in {"as", "so"}:
            return not (mark.i >= 3 and doc[mark.i - 3].lower_ == "for")
    if any(c.dep_ == "prep" and c.lower_ == "in" and c.i < clause.i
           and any(g.dep_ == "pobj" and g.lower_ == "case" and g.i == c.i + 1 for g in c.children)
           for c in clause.children):
        return True  # "in case something does go wrong" (the parser hangs "in case" on the clause)
    head = clause.head
    return (clause.dep_ in {"ccomp", "pcomp"} and head.lower_ in SUPPOSING and head.i < clause.i
            and head.dep_ in {"advcl", "prep", "csubj"})


@once_per_token
def is_even_if(clause) -> bool:
    """An "even if" clause: a concession whose own content is supposed, not asserted.

    "I'm getting a little more depth, even if I don't hit a perfect return": the main clause
    holds whatever happens (no condition on it, see :func:`is_condition`), but the
    if-clause itself is a supposition: *not hit a perfect return* gets ``conditional``.
    """
    if clause.dep_ != "advcl" or mark_of(clause) != "if":
        return False
    mark = next(c for c in clause.children if c.dep_ == "mark")
    before = clause.doc[mark.i - 1].lower_ if mark.i > 0 else ""
    return before == "even" or any(c.dep_ == "advmod" and c.lower_ == "even" for c in clause.children)


INVERTING = frozenset({"had", "were", "should"})
INVERSION_TRIGGERS = frozenset({"never", "rarely", "seldom", "nor", "neither", "only", "little", "hardly", "so", "not",
                                "scarcely", "barely", "no", "such"})


@once_per_token
def is_inverted_condition(clause) -> bool:
    """A condition written by inversion, without "if": "had X (not) done", "were X to", "should X".

    "But Mr Kosslick says more would be coming had the Academy Awards not been brought forward
    to 27 February": the awards were brought forward; the "not" is counterfactual, nothing is
    denied. A question ("Had he seen it?") is no condition.
    """
    if clause.pos_ not in {"VERB", "AUX"}:
        return False
    subj = with_dep(clause.children, ("nsubj", "nsubjpass"))
    if subj is None or subj.left_edge.i == 0 or in_direct_question(clause):
        return False
    aux = clause.doc[subj.left_edge.i - 1]
    if aux.lower_ not in INVERTING or aux.i == sentence_of(aux).start:
        return False  # (a sentence-initial "Had they …" is as often a question as a condition)
    if aux.doc[aux.i - 1].lower_ in INVERSION_TRIGGERS:
        return False  # "Never had he seen such a crowd", "nor had he": inverted, asserted
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in aux.children):
        return False  # "He had four nominations going into the ceremony": "had" is his own verb
    return aux.head.i == clause.i or clause.head.i == aux.i


@once_per_token
def consequent_condition(verb):
    """The if-clause attached to ``verb`` when ``verb`` is the consequent of a condition.

    "If the Indian deals go ahead, it will give Holcim a major presence": *give*
    holds only under the condition. A speech act is not: "Pezeshkian warned of a more
    severe response if Israel continues its aggression" was said unconditionally.
    """
    if is_reporting(verb):
        return None
    # and the if-clause the parse hung on an auxiliary standing for a verb left out, glued onto ``verb``:
    # "If we defend in the Championship like we did we'll not get another point" (misreadings.py)
    stranded = [g for a in verb.children if is_stranded_auxiliary(a) for g in a.children]
    return next((c for c in [*verb.children, *stranded] if is_condition(c) and not (c.i > verb.i and is_habitual_time(c))
                 and not is_across_quote(c, verb)), None) or fronted_condition(verb)


def is_across_quote(clause, verb) -> bool:
    """Whether a quotation mark stands between a clause and a verb it would condition (the one the parse hung it
    on, or a verb coordinated with that one): the clause is inside the quotation and the verb outside (or the
    other way round), and it conditions nothing of the verb's.
    '"When we talk about innovation …, we have to think more like this, but faster," Mr Donofrio told the BBC
    News website': he told it, whatever the when-clause says. A pair of marks between quotes a phrase and crosses
    nothing ("help alleviate a labour shortage in "Old Europe" once its population comes of age")."""
    doc = clause.doc
    lo, hi = (clause.right_edge.i + 1, verb.i) if clause.i < verb.i else (verb.i + 1, clause.left_edge.i)
    return sum(t.text in DOUBLE_QUOTES for t in doc[lo:hi]) % 2 == 1  # (a pair is a phrase quoted inside: "Old Europe")


def fronted_condition(verb):
    """A fronted if-clause the parse hung inside another clause before ``verb`` (the clause set off before
    it by a comma opens with "If"), or ``None``: ``verb`` is still its consequent.

    "If England had half the innate attacking exuberance Wales have produced in this championship, they would
    not be contemplating the debris of three consecutive defeats": the parse hangs "If England had …" on
    *produced*, itself a clause of *contemplating*; nothing is denied of a fact, England's defeats are the
    writer's supposition's other side (no denial row)."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "advcl" or c.i > verb.i or not any(t.text == "," for t in doc[c.right_edge.i + 1:verb.i]):
            continue
        first = doc[c.left_edge.i]
        if first.lower_ in CONDITION_MARKS and first.dep_ == "mark" and is_condition(first.head):
            return first.head
    return None


SUPPOSING_MODALS = frozenset({"would", "could", "might"})


def is_without_supposition(verb) -> bool:
    """A "would/could/might" verb with a "without X" of its own: X's absence supposed, the verb its
    consequence — a counterfactual, no fact nor denial. "We're paying tribute to James Honeyman-Scott and
    Pete Farndon, without whom we would not have been here" (they are here); "he would not be able to leave his
    home without being accompanied by a security firm" (he may, accompanied). Not without a modal ("He left
    without paying": he left)."""
    if not any(c.dep_ == "aux" and c.lower_ in SUPPOSING_MODALS for c in verb.children):
        return False
    chain = [verb]
    while len(chain) < 4:  # "would not be able to leave … without": be → able → leave
        nxt = next((c for c in chain[-1].children if c.dep_ in {"xcomp", "acomp"}), None)
        if nxt is None:
            break
        chain.append(nxt)
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
               for v in chain for c in v.children)


@once_per_token
def is_question_clause(clause) -> bool:
    """An indirect question: a whether-clause, or an if-clause complementing a verb of asking.

    "Asked if she was a member of the group, …", "expressed doubts over whether
    Speegle added anything": the clause asks, it asserts nothing.
    """
    mark = mark_of(clause)
    if mark == "whether":
        return True
    if mark != "if":
        return False
    head = clause.head
    if clause.dep_ in {"ccomp", "pcomp", "csubj"}:
        return True
    # "we'll see if it works" asks; a fronted "If we don't, we'll see what happens" is a condition,
    # and so is an if-clause away from the verb ("are considered vital for Turkey if it is to …")
    return (clause.left_edge.i == head.i + 1
            and (head.lemma_.lower() in QUESTION_HEADS or head.lower_ in QUESTION_HEADS))


SINGLE_OPEN = frozenset("'‘")
SINGLE_CLOSE = frozenset("'’")


@once_per_token
def in_single_quotes(verb) -> bool:
    """Whether ``verb`` sits between single quotation marks in its sentence: someone's words
    cited in a headline ("Greek sprinters 'won't run again'") or quoted inside a quote ("The
    logical answer was 'we don't sell any'"). An apostrophe inside or after a word ("won't",
    "players' club", "drum 'n' bass" before the verb) opens nothing.
    """
    sent = sentence_of(verb)
    at = verb.idx - sent.start_char
    marks, open_after, last_close = single_quote_marks(sent)
    before = bisect_left(marks, at)  # the marks before the verb
    return before > 0 and open_after[before - 1] and last_close >= at + len(verb.text)


SINGLE_MARK = re.compile("['‘’]")


@lru_cache(maxsize=32)  # (the verbs of one sentence are read together; a Span key keeps its Doc)
def single_quote_marks(sent) -> tuple[tuple[int, ...], tuple[bool, ...], int]:
    """The single quotation marks of ``sent`` (a spaCy ``Span``), read once for every verb in
    it: ``(marks, open_after, last_close)`` — the character positions of the quote and
    apostrophe characters in the sentence, whether a quotation is open after each, and the
    position of the last closing mark (-1: none).

    "Sprinters 'won't run'": open after the ``'`` before *won't*; the apostrophe of *won't*
    neither opens nor closes; the last mark closes.

    >>> from kg.nlp import load_pipeline
    >>> single_quote_marks(load_pipeline()("Sprinters 'won't run'")[:])
    ((10, 14, 20), (True, True, False), 20)
    """
    text = span_text(sent)

    def opens(i):
        return text[i] in SINGLE_OPEN and (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalnum()

    def closes(i):
        return (text[i] in SINGLE_CLOSE and i > 0 and (text[i - 1].isalnum() or text[i - 1] in ".,!?")
                and (i + 1 == len(text) or not text[i + 1].isalnum()))

    marks, open_after, opened, last_close = [], [], False, -1
    for m in SINGLE_MARK.finditer(text):
        i = m.start()
        if closes(i):
            last_close = i
        if opens(i):
            opened = True
        elif opened and closes(i):
            opened = False
        marks.append(i)
        open_after.append(opened)
    return tuple(marks), tuple(open_after), last_close


@once_per_token
def in_direct_question(verb) -> bool:
    """Whether ``verb`` sits in a clause that ends with a question mark.

    "“Do they want to change positions with us?” …": *want* is asked, not said.
    The first sentence-final mark after the verb decides; a quotation mark in
    between means the question is someone else's words ("Holmes asked: “Will I …?”").
    """
    sent = sentence_of(verb)
    return asked_after(sent)[verb.i - sent.start]


@lru_cache(maxsize=32)  # (the verbs of one sentence are read together; a Span key keeps its Doc)
def asked_after(sent) -> tuple[bool, ...]:
    """For each token of ``sent`` (a spaCy ``Span``), whether the first sentence-final mark after
    it is a question mark with no quotation mark before it (:func:`in_direct_question`), read
    once per sentence from its end.

    >>> from kg.nlp import load_pipeline
    >>> asked_after(next(load_pipeline()("Will they come? He left.").sents))
    (True, True, True, False)
    """
    answers, answer = [], False
    for tok in reversed(span_tokens(sent)):
        answers.append(answer)  # decided by the tokens after ``tok``
        if tok.text in DOUBLE_QUOTES:
            answer = False
        elif tok.text in {".", "!", "?", "…"} or tok.text.endswith("?"):
            answer = tok.text.endswith("?")
        elif answer and opens_question(tok):
            answer = False  # the statement before ", but why …?" is not asked
    return tuple(reversed(answers))


# words that join a statement to a question after it: "…, but why target the airlines?"
QUESTION_JOINS = frozenset({"but", "so", "and"})
WH_WORDS = frozenset("why how what who where when which".split())
INVERTED_AUX = frozenset("is are was were can could will would do does did should has have".split())


def opens_question(tok) -> bool:
    """A comma and "but"/"so"/"and" before a question of its own (a wh-word or an inverted auxiliary):
    what comes before is a statement.

    "Of course we applaud humanitarian initiatives, but why target the airlines?": the applauding
    is said, only the targeting is asked; "He wants to play for Martin O'Neill, but does Martin
    O'Neill want to play him?" too. ``tok`` is the comma.
    """
    doc = tok.doc
    if tok.text != "," or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in QUESTION_JOINS:
        return False
    opening = next((t for t in doc[sentence_of(tok).start:tok.i] if not t.is_punct), None)
    if opening is None or is_question_word(opening):
        return False  # "Will the minister resign, and who will replace him?": both asked
    first = doc[tok.i + 2]
    if first.lower_ in WH_WORDS:
        return True
    # an inverted auxiliary has its subject right after it ("but does Martin O'Neill want …")
    return is_question_word(first) and tok.i + 3 < len(doc) and doc[tok.i + 3].pos_ in {"PRON", "PROPN", "NOUN", "DET"}


# adverbs that open a direct question when an auxiliary follows them before its subject
QUESTION_ADVERBS = frozenset({"why", "how", "where", "when"})


@once_per_token
def is_wh_question(clause) -> bool:
    """A direct question opened by "why", "how", "where" or "when" and an inverted auxiliary, whatever
    mark ends it (a quotation often ends it with a comma): "“… so why can't we just stop the game and get
    the decision right,” said Jol" — stopping the game is asked, proposed, not said to happen; "Why was
    not the pensions minister in Parliament …"; "Why not try a foreign policy of compassion". Not an
    indirect question ("explained why he had left") nor a relative ("the reason why we can't"): no
    inversion."""
    wh = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ in QUESTION_ADVERBS and c.i < clause.i),
              None)
    if wh is None:
        return False
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subj is None:  # "why not try …"
        return (wh.lower_ == "why" and clause.tag_ == "VB"
                and any(c.dep_ == "neg" and c.i == wh.i + 1 for c in clause.children))
    after = clause.doc[wh.i + 1]
    inverted = after.i == clause.i and clause.pos_ == "AUX" or (after.head.i == clause.i and after.dep_ in {"aux", "auxpass"})
    return inverted and after.i < subj.i


def is_question_word(tok) -> bool:
    """A wh-word or an auxiliary that can open a question ("why", "does")."""
    return tok.lower_ in WH_WORDS or (tok.lower_ in INVERTED_AUX and tok.pos_ == "AUX")


@once_per_token
def content_noun(clause):
    """The noun whose content ``clause`` is ("claims that Y", "allegations they had planted …"), or ``None``.

    A relative clause ("the claims that he made", "claims which emerged") is not
    content: it has a gap the noun fills. A reporting participle ("a report
    claiming he warned …") passes its noun on.
    """
    noun = clause.head
    if clause.dep_ not in {"acl", "relcl", "ccomp"} or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.lemma_.lower() not in CONTENT_NOUNS:
        return None
    if clause.dep_ == "acl" and clause.tag_ in {"VBG", "VBN"} and is_reporting(clause):
        return noun
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"}), None)
    if subj is None or subj.tag_ in {"WDT", "WP"} or (subj.lower_ == "that" and subj.i < clause.i and subj.i == noun.i + 1):
        return None
    if mark_of(clause) == "that":
        return None if is_cleft_remainder(clause) else noun
    if clause.dep_ == "relcl" and relative_object(clause, []) is not None:
        return None  # "the claims he made (last year)": the noun is the missing object
    objects = {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "prep", "agent", "dative"}
    if not any(c.dep_ in objects for c in clause.children) and clause.pos_ != "AUX":
        return None
    return noun


def is_cleft_remainder(clause) -> bool:
    """The that-clause of an it-cleft, set off by a comma and parsed onto a noun of the focus.

    "It was because he had rejected previous Lib Dem proposals, such as scrapping the New Deal,
    that Britain's economy was successful, claimed Mr Brown": the success is Mr Brown's claim, not
    a rejected proposal.
    """
    sent = sentence_of(clause)
    words = [t for t in span_tokens(sent) if not t.is_punct and not t.is_quote]
    if len(words) < 2 or words[0].lower_ != "it" or words[1].lemma_.lower() != "be":
        return False
    mark = next(c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that")
    return mark.i > 0 and clause.doc[mark.i - 1].text == ","


def complement_noun(clause):
    """The noun a that-clause completes ("the fact that he is a Democrat"), of any meaning, or ``None``.

    Such a clause is a predicate of its own; :func:`content_noun` says whether the noun
    frames it ("claims that …") or not ("the fact that …").
    """
    noun = clause.head
    if clause.dep_ not in {"acl", "relcl", "ccomp"} or noun.pos_ not in {"NOUN", "PROPN"} or mark_of(clause) != "that":
        return None
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    return noun if subj is not None and subj.tag_ not in {"WDT", "WP"} else None


def governing_verb(noun):
    """The verb a content noun is the object of, through conjoined nouns ("denied the claims and reports")."""
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head
    return None


def predicated_content(clause):
    """The content noun a copula equates with ``clause``, or ``None``: "The hope is that the new
    system will cut waiting times", "The fear is that the economy will slow" — the clause is hoped
    or feared, not asserted (:data:`CONTENT_NOUNS`). Not "The problem is that …" (no such noun)."""
    head = clause.head
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if clause.dep_ != "ccomp" or marks != {"that"} or head.lemma_.lower() != "be" or head.i > clause.i:
        return None  # (nor a "whilst"/"if" clause the parser hung there with the "that")
    noun = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    return noun if noun is not None and noun.lemma_.lower() in CONTENT_NOUNS else None


def noun_frame(noun, subject_of) -> Frame:
    """The frame a content noun puts on its clause.

    "Baros denied suggestions he wanted to leave …" → by Baros, denied.
    "on a report that the firm has failed to win a contract" → ``reportedly``.
    "Mr Blair's claim that …" → by Mr Blair.
    """
    verb = governing_verb(noun)
    if verb is not None and verb.lemma_.lower() in DENIAL and noun.dep_ != "nsubjpass":
        if is_withheld_denial(verb):
            return Frame(None, False, "unclaimed")
        return Frame(subject_of(verb), True, None)
    speaker = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
    if speaker is None and verb is not None and verb.lemma_.lower() in VOICING:
        speaker = subject_of(verb)
    if verb is not None and is_demanded(verb):
        return Frame(speaker, False, "wish")
    return Frame(speaker, False, None if is_doubt_denied(noun) else CONTENT_NOUNS[noun.lemma_.lower()])


# content nouns that carry what others say, not what the one who talks about them says
HEARSAY = frozenset("claim report rumour rumor suggestion speculation talk story allegation accusation charge".split())
# verbs through which their subject takes such a claim up as theirs ("Mr Brown confirmed reports that …")
ENDORSING = VOICING | frozenset("confirm back support echo endorse accept make give offer lodge level bring file".split())


def is_hearsay(noun) -> bool:
    """A claim, report, rumour or allegation no one is named for (no possessor, not voiced by the verb it
    is the object of): its content is the claim of whoever made it, not of a speaker above who talks
    about the claim.

    "He suggested the claim that Lord Falconer and Lady Morgan had drafted the answer were the result of a
    mis-transcription" → *Lord Falconer — had drafted — the answer*, ``reportedly``, by nobody (Lord
    Goldsmith says the claim is a mistake, he does not make it); "Mr Howard knows that risks accusations that
    … he would slash public services" → not Mr Howard's. Not "Mr Brown confirmed reports that …" (his now),
    nor "Mr Mallon's claim that …" (his: noun_frame).
    """
    if noun.lemma_.lower() not in HEARSAY or any(c.dep_ == "poss" for c in noun.children):
        return False
    verb = governing_verb(noun)
    return verb is None or verb.lemma_.lower() not in ENDORSING


def through_reporting_participle(verb, top) -> bool:
    """Whether the way up from ``verb`` to ``top`` passes a comma-set reporting participle: the denier's
    own next words, hung by the parser inside what is denied ("Mr Balls rejected the allegation that Mr
    Brown had been sidelined in the election campaign, saying he was playing a "different" role": Balls
    says it), not a report the denial is about. Such a clause is therefore not made "unclaimed" by
    :func:`frame`; its speaker is the participle's subject, the denier (speech.denial_of_content):
    "he — was playing — a "different" role", said by Mr Balls."""
    tok = verb
    for _ in range(10):
        if tok.i == top.i or tok.head.i == tok.i:
            return False
        if tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].text == "," and is_reporting(tok):
            return True
        tok = tok.head
    return False


def is_withheld_denial(verb) -> bool:
    """A verb of denying that is itself negated or failed: no denial, and its content is nobody's
    claim. "reporters suggested Mr Brown had pointedly failed to deny claims he had once told Mr Blair
    …" (Brown does not deny it, nor does anyone here say it happened); "did not deny reports that Y"."""
    return is_negated_verb(verb) or is_refused(verb)


def is_demanded(verb) -> bool:
    """A content noun that a verb of demanding or wanting takes as object: its content is wanted, not
    reported. "Home Affairs spokesman Mark Oaten also demanded assurances that the evidence against the men
    was not gained under torture" (a wish, not a report that it was not); "Juninho wants assurances that he
    will return to O'Neill's first-team plans"."""
    lemma = verb.lemma_.lower()
    return lemma in DEMANDING or ATTITUDE.get(lemma) == "wish"


# nouns of a ground for believing: "evidence that Y", "signs that Y", "an indication that Y"
EVIDENCE_NOUNS = frozenset({"evidence", "sign", "indication", "signal", "proof"})
# verbs that read something as a sign: "was taken / seen / interpreted as a sign that Y"
READING_AS = frozenset({"see", "take", "interpret", "read", "view", "regard", "hail"})


@once_per_token
def evidence_frame(clause) -> str | None:
    """The modality a ground-for-belief noun puts on its that-clause, or ``None``.

    Missing or denied grounds leave the content nobody's claim (``unclaimed``): "the Pentagon …
    said there was no evidence that any British detainee was tortured or abused", "They haven't
    come up with any evidence that US companies are being harmed", "the Agnelli family … has not
    given a firm public indication that it wants to sell the auto business". A sign someone reads
    is their reading (``belief``): "The appointment … was taken as a sign that more sell-offs were
    on the way". A sign the writer gives ("In a sign that blogs are playing an increasingly key
    part …") is left as written.
    """
    noun = clause.head
    if clause.dep_ not in {"acl", "ccomp", "relcl"} or noun.lemma_.lower() not in EVIDENCE_NOUNS:
        return None
    if mark_of(clause) != "that" or not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children):
        return None
    if is_ground_missing(noun):
        return "unclaimed"
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_.lower() in READING_AS:
        return "belief"
    return None


def is_ground_missing(noun) -> bool:
    """Whether an evidence noun is denied: "no evidence", "little evidence", "not … any evidence",
    "has not given … an indication"."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    if any(c.dep_ == "amod" and c.lower_ in {"little", "scant"} for c in noun.children):
        return True
    verb = noun.head
    while verb.dep_ in {"prep", "pobj", "dobj", "attr"} and verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.pos_ in {"VERB", "AUX"} and is_negated_verb(verb)


def denied_content(noun):
    """The content clause of a noun a denial verb takes as object, or ``None``.

    "Lawyers for the pair denied allegations they had planted the device": the
    speech act is (Lawyers — deny — "allegations they had planted the device").
    """
    verb = governing_verb(noun)
    if verb is None or verb.lemma_.lower() not in DENIAL or noun.dep_ != "dobj":
        return None
    return next((c for c in noun.children if content_noun(c) == noun), None)


def is_passive_report(verb) -> bool:
    """A reporting verb in the passive: its subject heard it, did not say it.

    "X was told that Y", "Asked if Y, X said …", "It is understood that Y".
    """
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"} and not any(c.dep_ == "aux" for c in verb.children)


def is_unsaid_factive(verb) -> bool:
    """A factive speech verb that was not performed: its content is still true.

    "Disney failed to tell investors that … it employed three adult children":
    the employing is a fact of the article, not Disney's claim.
    """
    if verb.lemma_.lower() not in FACTIVE_SPEECH:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in NEGATIVE_IMPLICATIVE


def is_negated_verb(verb) -> bool:
    """Whether ``verb`` itself carries a negation ("did not say", "never claimed")."""
    return bool(negation_tokens(verb))


@once_per_token
def negated_belief(head) -> bool:
    """A negated verb of believing, in the present, over a that-clause: the negation belongs to
    the content.

    "I don't think it will make much difference" → it — make — much difference, negated,
    attributed to I (as "I think it will not"). A past belief is often one proved wrong:
    "Sometimes I didn't believe I could get to a final and now I am here" (he did). Not so a
    past belief reported in the past, where the tense is the report's (:func:`is_backshifted`):
    "Souness said he did not think beating the record would have any bearing on his decision"
    is his "I don't think it will".
    """
    if head.lemma_.lower() not in NEG_RAISING or not is_negated_verb(head):
        return False
    past = head.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in head.children)
    return not past or is_backshifted(head)


def is_clause_spliced_before(clause, belief) -> bool:
    """A clause written before a negated belief that has its own content after it, set off by a comma: a
    statement of its own in a run of clauses, not what the belief denies.

    "He was an academy kid here, he's just signed a new four-year deal, I don't think he'd do that unless he
    wanted to play for Manchester City" (the parser hangs the first two clauses on "think"): he did sign the
    deal; only "he'd do that" is what the speaker does not think. "It won't work, I don't think" (no content
    after the belief) keeps its negation.
    """
    return (clause.dep_ == "ccomp" and clause.i < belief.i
            and any(t.text == "," for t in clause.doc[clause.right_edge.i + 1:belief.i])
            and any(c.dep_ == "ccomp" and c.i > belief.i for c in belief.children))


def is_backshifted(verb) -> bool:
    """``verb`` is the content of a report in the past, so its past tense is the report's, not a past
    of its own: "he did not think" in "Mr Stanley said he did not think that the trick would mean
    e-mail meltdown" (what he said was "I don't think …"). A content clause (``ccomp``) of a verb of
    saying in the simple past.
    """
    report = verb.head
    return verb.dep_ == "ccomp" and report is not verb and report.tag_ == "VBD" and is_reporting(report)


def is_modifier_clause(clause) -> bool:
    """A relative or adverbial clause inside reported content: presupposed, not what is denied.

    "I don't think you can rely on his judgement when it comes to the decisions that the
    government are making": the government are making decisions; only the relying is denied.
    A content noun's clause ("denied allegations they had planted …") is the content itself.
    """
    return clause.dep_ in {"relcl", "acl", "advcl"} and content_noun(clause) is None and not is_condition(clause)


@once_per_token
def unclaimed(head) -> bool:
    """A negated or refused verb of saying, implying or accepting over a that-clause: its content is
    nobody's claim.

    "Mr Brown did not say that taxes would rise", "it does not mean that we will see thousands
    of additional students": no one says taxes will rise or students will come. Refused or declined
    (:func:`is_refused`): "However, Mr Kosslick refused to accept that widespread opposition to the Iraq
    war had turned audiences against Hollywood imports" (he will not grant it, and no one here says it),
    "declined to confirm that it had sold the plant". Not factive verbs ("did not know that X", "failed
    to tell investors that X": X stays a fact, see :func:`is_unsaid_factive`), not present beliefs
    (:func:`negated_belief`); a past one is ("Sometimes I didn't believe I could get to a final and now I
    am here"), and "did not deny that X" is no denial of X either.
    """
    lemma = head.lemma_.lower()
    if lemma in FACTIVE_SPEECH or negated_belief(head) or not (is_negated_verb(head) or is_refused(head)
                                                                or negation_above(head) is not None):
        return False
    return is_reporting(head) or lemma in IMPLYING or lemma in DENIAL or lemma in ACCEPTING


def negation_above(verb):
    """The negated verb that ``verb`` is the to-infinitive of, or a bare conjunct of such an infinitive or of a
    negated verb, else ``None``: the act of ``verb`` is denied with it, as its own "not" would deny it.

    "I'm not going to sit here and say we have sorted the problem" (*say* under "not going to"), "We don't
    want to rest on our laurels and say we have achieved anything yet", "That's not to say we have made a
    decision", "it has yet to show me it can create a rival product": nobody says the content
    (:func:`unclaimed`). Not a conjunct with a subject or a tense of its own, or after "but" ("The Conservatives
    are yet to unveil their plans but said in November they would …", "Labour have said the party's sums do not
    add up and claim it would cut frontline services"), nor under a negation that asserts the act ("did not
    hesitate to say that Y").
    """
    while True:
        if verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            head = verb.head
        elif verb.dep_ == "conj" and verb.tag_ == "VB" and is_bare_conjunct(verb) and is_plainly_joined(verb):
            head = verb.head
            if is_negated_verb(head) and not (shares_negation(verb) and reporter_conj(verb) is None):
                return None  # "the party's sums do not add up and claim it would cut services": they claim it
        else:
            return None
        if head.pos_ not in {"VERB", "AUX"} or head.lemma_.lower() in NEGATION_CANCELLING:
            return None
        if is_negated_verb(head):
            return head
        verb = head


# verbs of granting a claim: "did not accept that Y", "refused to accept that Y" leave Y nobody's claim
ACCEPTING = frozenset({"accept"})


def is_refused(verb) -> bool:
    """``verb`` is the infinitive of a refusal or failure: "refused to accept that Y", "declined to confirm
    that Y" (the act is not done, as when negated)."""
    return (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in NEGATIVE_IMPLICATIVE
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def aside_frame(relative, subject_of, below: Frame) -> Frame:
    """The frame of a relative clause set off by a comma (speech.is_set_off_relative): its speaker is
    the one who speaks above it (unless it names its own), but no wish, plan, condition, question or
    content noun above it is its modality — it tells what the writer (or speaker) takes for given
    about a noun already picked out, and a denial above does not negate it.

    "China is trying to clean up its banking system, which is weighed down by billions of dollars of
    unpaid loans" → its banking system — is weighed down by — billions …, a fact, no ``wish``;
    "Turkmenistan is also trying to strike a similar deal with Russia, which is not so dependent on its
    gas" → Russia — is not — so dependent …, negated, no ``wish``.
    """
    if below.speaker is not None:
        return below
    governor = next((a for a in relative.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    above = frame(governor, subject_of) if governor is not None else Frame()
    return Frame(above.speaker, False, below.modality)


@once_per_token
def attitude_of(clause) -> str | None:
    """The attitude a verb of wanting, planning or ruling out puts on its complement.

    "Redford wants the festival to encompass viewpoints" → ``wish``; "The Fed did not
    rule out raising rates" → ``possible``. Chained complements ("plans to buy") keep the
    framing word in their relation instead.
    """
    head = clause.head
    if clause.dep_ not in {"ccomp", "xcomp", "pcomp", "dobj"} or head.pos_ not in {"VERB", "AUX"}:
        return None
    if clause.dep_ == "dobj" and clause.tag_ != "VBG":
        return None
    lemma = verb_lemma(head)
    if lemma == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children):
        return None
    if lemma in DEMANDING and clause.dep_ == "ccomp":
        return "wish"
    return ATTITUDE.get(lemma)


@once_per_token
def is_stranded_condition(verb) -> bool:
    """A sentence's main verb marked "if"/"unless": a condition whose consequent the parser hung
    elsewhere (or the writer left unsaid).

    "And if even the smallest thing doesn't feel right when you are preparing to race a
    marathon, 10 miles down the road it will hit you like a brick wall": *feel* is the root, with
    "if" on it; nothing is asserted about the smallest thing (nor of "even if" content, supposed).
    """
    return verb.dep_ == "ROOT" and mark_of(verb) in CONDITION_MARKS


# verbs whose that-clause is the outcome they secure: "to ensure that …", "to make sure that …"
SECURING = frozenset({"ensure", "guarantee", "prove"})


@once_per_token
def purpose_of(clause) -> str | None:
    """``purpose`` for the that-clause of an infinitive of securing: an aim, not a fact.

    "the pact - designed to ensure that countries in the euro zone do not borrow too much";
    "looking at how to make sure that legal aid is not abused": nobody says the countries do
    not borrow, only that it is the aim. A finite "ensured that" ("the database ensured that
    traffic left them with spare capacity") reports an outcome and frames nothing. So does a gerund of
    securing after a preposition (:func:`is_aim_gerund`): "For many economists and analysts they are about
    ensuring Europe doesn't become a global economic laggard".
    """
    if clause.dep_ != "ccomp":
        return None
    head = clause.head
    if head.lower_ in {"sure", "certain"} and head.head.lemma_.lower() == "make":
        head = head.head
    elif head.lemma_.lower() not in SECURING:
        return None
    return "purpose" if any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) or is_aim_gerund(head) else None


def is_aim_gerund(verb) -> bool:
    """A gerund after a preposition that names an aim, not a means or an outcome: "are about ensuring …", "should
    focus on making sure they are not nuclear strikes", "is committed to ensuring our patients receive the care
    …", "a useful way of ensuring that people don't casually think I am available". Not "by ensuring" (the means
    of an act: "won by ensuring that Arsenal did not score"), nor "succeeded in ensuring" (done)."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.pos_ != "ADP":
        return False
    prep = verb.head
    return prep.lower_ != "by" and not (prep.lower_ == "in" and prep.head.lemma_.lower() == "succeed")


def is_so_that_purpose(clause) -> bool:
    """A "so that" clause giving the aim of an act still to come or going on (a modal or "to" on
    the act, or its "-ing" form): the aim, not a fact.

    "More video links will also be made available so that witnesses do not have to enter
    courtrooms": nobody says witnesses no longer enter them; "we are making it tough so that it
    never breaks". Elsewhere the clause may tell a result and stays as written: "Prices were
    falling so that many firms went bust" (:func:`tells_a_past_result`), "the thresholds for
    tax credits do not move in line with these increases so that all that happens is that …", "The
    directive changed so that it excludes software patenting".

    A lone "so" is the same aim when the clause says what the act will let happen (its own "can" or
    "could") and no comma sets it off as a consequence: "He challenged the Treasury to open up its
    books so the National Audit Office can report on the government's performance" (blind s18 end
    audit: *the National Audit Office — can report on — …* as a plain "can", wrong), "the BoE is
    calling for faster delivery of data so it can make more effective policy decisions"; not "…
    does not require the use of any nerves, so people with stroke could use the cap" (a result).
    """
    if clause.dep_ != "advcl":
        return False
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    enabling = is_so_enabling(clause, marks)
    if marks[-2:] != ["so", "that"] and not enabling:
        return False
    head = clause.head
    if any(c.dep_ == "neg" for c in head.children):
        return False  # (nobody acts not to: "do not move … so that all that happens is …")
    if enabling:
        return True  # (whatever the act's tense: "Many people … give up one of their daily meals so they can afford …")
    if tells_a_past_result(clause):
        return False
    return head.tag_ == "VBG" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in SECURING_MODALS
                                     for c in head.children)


ENABLING_MODALS = frozenset({"can", "ca", "could"})


def is_so_enabling(clause, marks: list) -> bool:
    """A clause opened by a lone "so" (no "that") with its own "can"/"could", not set off by a comma
    and not negated: "… to open up its books so the National Audit Office can report on …", "Nintendo
    is releasing an adapter for its DS handheld console so it can play music and video" (what the act is
    to make possible), against "…, so people with stroke could use the cap" and "I've played more
    games than any other outfield players this season so I can't be regarded as being a kid" (what
    follows from it)."""
    if marks[-1:] != ["so"] or not any(c.dep_ == "aux" and c.lower_ in ENABLING_MODALS for c in clause.children):
        return False
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    so = next(c for c in reversed(list(clause.children)) if c.dep_ == "mark" and c.lower_ == "so")
    return so.i > 0 and not clause.doc[so.i - 1].is_punct


def tells_a_past_result(clause) -> bool:
    """A "so that" clause in the simple past with no modal tells what happened, not an aim:
    "Prices were falling so that many firms went bust" (against "… so that it can …", "… so
    that witnesses do not have to …")."""
    return clause.tag_ == "VBD" and not any(c.dep_ == "aux" and c.lower_ in SECURING_MODALS for c in clause.children)


SECURING_MODALS = SPECULATING | {"shall", "to"}


def is_for_to_clause(clause) -> bool:
    """A "for X to V" clause: something called for, wanted or needed, not done.

    "Final appeals are being made for the government not to ditch the reform plan for England's
    secondary schools": the government has ditched nothing yet; the clause is what is asked.
    """
    if clause.dep_ != "advcl":
        return False  # ("the best time for us to increase fuel prices" qualifies a noun: facts' informative.py)
    return (any(c.dep_ == "mark" and c.lower_ == "for" and c.i < clause.i for c in clause.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children))


def is_asked_of(clause) -> bool:
    """An infinitive with a subject of its own hung on a preposition of asking (:data:`PREPOSITIONAL_CONTROL`):
    what someone is asked to do, not what they do.

    "Rival local club Manchester City has pleaded with visiting fans not to protest inside its ground" — the
    parse makes "fans" the subject of "protest" under "with"; nobody says the fans do not protest (blind s26:
    *visiting fans — not to protest inside — its ground*, a plain negated fact, wrong). ``wish``, like "urged
    fans not to protest". Not a gerund ("pleaded with fans by writing …"), nor another verb's preposition.
    """
    if clause.dep_ != "pcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    prep = clause.head
    return prep.pos_ == "ADP" and prep.lower_ in PREPOSITIONAL_CONTROL.get(prep.head.lemma_.lower(), ())


# nouns of intent whose infinitive says what is meant, tried, promised, called for or made possible, not done,
# and the modality they give the clauses inside it ("his plan to make people do community service")
INTENDED = {**dict.fromkeys("""plan proposal scheme intention aim goal ambition decision move bid attempt effort
campaign push drive deal agreement vote""".split(), "plan"),
            **dict.fromkeys("promise pledge vow".split(), "promise"), "threat": "threat",
            **dict.fromkeys("call demand request plea appeal".split(), "wish")}
# (not a chance, an opportunity or a right: taken or exercised, what they are to is done — "residents who have
# exercised their right to have their details left off the list", "took his chance to make it 2-0")


# how a clause hangs from the one above when it is that clause's content
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "conj"})


def intended_by(clause) -> str | None:
    """The modality a noun of intent puts on what is inside its infinitive, or ``None``.

    "Mr Lim … outlined his plan to make people do community service instead of paying taxes": the
    infinitive itself says nothing (clauses.says_nothing_itself), and no more do the clauses it
    holds — nobody is doing community service, it is planned (``plan``); so with a pledge or a vow
    (``promise``), a call, demand or plea (``wish``). Not after a rank ("the first woman to say that
    …": she said it; relative.is_unasserted_infinitival), not a failure or a refusal (their content
    is not done, a negation this frame does not give). :func:`frame` asks it only of a clause reached
    through complements (:data:`COMPLEMENT_DEPS`): not of an adjunct hung inside the infinitive ("defended
    the decision to honour both men, with a spokesperson saying: …" — the spokesperson spoke), nor of what
    a verb of :data:`PREVENTING` keeps from happening ("in an effort to prevent the US heading further into
    the red").
    """
    if clause.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    noun = clause.head
    if noun.pos_ != "NOUN" or any(c.lower_ in {"first", "second", "third", "last", "next", "only"}
                                  or c.tag_ in {"JJS", "RBS"} for c in noun.children if c.i < noun.i):
        return None
    return INTENDED.get(noun.lemma_.lower())


# verbs by which a plan says what it holds: "Other plans include letting …", "The proposals would see …"
PROVIDING = frozenset({"include", "involve", "see"})
# nouns of a plan that provides for what its verb's clause says (with :data:`INTENDED`'s plans)
PLAN_NOUNS = frozenset({"idea", "option", "recommendation"})


def planned_content(clause) -> str | None:
    """``plan`` for a clause a plan is said to hold, or ``None``.

    "Other plans include letting maternity pay be given to fathers": no father has been given it, it is
    planned (blind s20: *maternity pay — be given — to fathers* read as a fact); "The proposals would see
    the retirement age raised to 67" (it has not been raised). The clause is the complement of "include",
    "involve" or "see" whose subject is a noun of a plan (:data:`INTENDED`, :data:`PLAN_NOUNS`). Not the
    complement of another subject ("The figures include selling …" — what was sold is counted, done), nor
    a noun object ("The plans include a new stadium": no clause, nothing framed)."""
    if clause.dep_ not in {"xcomp", "ccomp"} or clause.pos_ not in {"VERB", "AUX"}:
        return None
    head = clause.head
    if head.lemma_.lower() not in PROVIDING or head.pos_ not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    lemma = subj.lemma_.lower()
    if INTENDED.get(lemma) == "plan" or lemma in PLAN_NOUNS:
        return "plan"
    return None


# verbs whose "and" joins an infinitive, not a second event: "try and make" is "try to make"
PSEUDO_COORDINATING = frozenset({"try"})


def pseudo_coordinated(verb):
    """The verb after "try and" ("we didn't try and make a really sort of mature album"), or ``None``.

    Colloquial "try and V" means "try to V": the making is attempted (here not even that), not
    done. The relation reads "didn't try and make", one predicate with one polarity.
    """
    if verb.lemma_.lower() not in PSEUDO_COORDINATING:
        return None
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "and":
        return None
    nxt = doc[verb.i + 2]
    return nxt if nxt.dep_ == "conj" and nxt.head.i == verb.i and nxt.pos_ == "VERB" else None


def is_document(token) -> bool:
    """A speaker that is a text, not a person ("a report claiming …", "a statement saying …")."""
    return token is not None and token.lemma_.lower() in DOCUMENTS


@once_per_token
def spoken_here(verb) -> bool:
    """Whether ``verb`` carries its own speaker: "according to X" or a reporting
    parataxis ("…, Trump said"), the edges speech.py attributes by."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    return according_to(verb) is not None or reporting_parataxis(verb) is not None


def hedged_raising(verb) -> str | None:
    """"X is thought / understood / said / believed / expected to Y": a hedge on Y with no speaker.

    "The US firm is thought to be offering about $2bn" → ``reportedly``; "is expected to", "is set / poised /
    tipped to" (:data:`FORECAST_PASSIVE`) → ``expectation``. The relation keeps its words ("is thought to be offering").
    """
    lemma = verb.lemma_.lower()
    if (lemma not in HEDGED_PASSIVE and lemma not in FORECAST_PASSIVE) or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ == "prt" for c in verb.children):
        return None  # "was set up to provide …": a phrasal verb of its own
    if not any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in verb.children):
        return None
    return "expectation" if lemma in FORECAST_PASSIVE else "reportedly"


def frame(verb, subject_of) -> Frame:
    """Who ``verb``'s clause is attributed to, whether denied, and its modality.

    Starts from reported speech (speech.py: the first reporting verb above) and
    refines it walking up the heads. The innermost speech edge names the speaker;
    a denial there (or above a document's words: "denied a report claiming …")
    makes the denier the speaker and negates; a condition, question, content noun
    or attitude gives the modality (the innermost wins).
    """
    report = reporters_act(verb)
    if report is not None:  # "X said his comments were not racist and refused to apologise" / ", adding that …"
        return frame(report, subject_of)
    governor = finite_governor(verb.head) if is_finite_after_infinitive(verb) else None
    if governor is not None:  # "wanted to stay at the club and signed a new deal": no wish of the signing
        return frame(governor, subject_of)
    speaker, denied = attribution(verb, subject_of)
    modality = "question" if in_direct_question(verb) else hedged_raising(verb)
    if writers_aside(verb):  # "said that Adams, who died in 2001, would have been …": the writer's
        return Frame(None, False, modality)
    if modality is None and (is_inverted_condition(verb) or is_counterfactual_not(verb) or is_without_supposition(verb)):
        modality = "conditional"  # "… it would have been longer had he denied the charge"
    spoken = False  # a speech edge below the current level already named the speaker
    child, depth, below = verb, 0, None
    other_clause = False  # passed through an adverbial clause of its own ("while …", "because …")
    complements = True  # come up through complements only, none of a verb of preventing (:func:`intended_by`)
    presupposed = False  # passed through a relative or adverbial clause: a denial above does not negate it
    while depth < 10:
        if modality is None and child.pos_ in {"VERB", "AUX"} and is_wh_question(child):
            modality = "question"  # "… why can't we just stop the game and get the decision right," said Jol
        inverted = inverted_report(child) if child.pos_ in {"VERB", "AUX"} else None
        if inverted is not None and below is not None and below.i == inverted.i:
            inverted = None  # the reporting clause itself
        if inverted is not None and below is not None and below.dep_ == "conj" and inverted_subject(below) is not None:
            break  # "… and queried why …": the reporter's next act, not what was reported
        if inverted is not None and not spoken:
            # "Mr Knapman rejected the idea Mr Kilroy-Silk posed a threat" (parsed the other way round)
            said_by = subject_of(inverted)
            obj = next((c for c in inverted.children if c.dep_ == "dobj"), None)
            if inverted.lemma_.lower() in DENIAL and (obj is None or obj.lemma_.lower() in CONTENT_NOUNS):
                return Frame(said_by, True, modality)
            if is_reporting(inverted) and obj is None:
                speaker, denied, spoken = said_by, False, True
        if spoken_here(child):
            spoken = True
        if not spoken and (is_heard_clause(child) or child.pos_ in {"VERB", "AUX"} and heard_report(child)):
            # "…, the court has heard": a claim someone made, not the hearer's
            speaker, denied, spoken, modality = None, False, True, modality or "reportedly"
        if (modality is None and child.pos_ in {"VERB", "AUX"} and consequent_condition(child) is not None
                and not other_clause and not is_across_quote(consequent_condition(child), verb)):
            # (not into another adverbial clause: "while trust has eroded, talks could yield results if …")
            modality = "conditional"
        head = child.head
        if is_set_off_relative(child) and head.i != child.i:
            return aside_frame(child, subject_of, Frame(speaker if spoken else None, False, modality))
        if head.i == child.i:
            if modality is None and is_stranded_condition(child):
                modality = "conditional"
            break
        if modality is None and (is_condition(child) or is_even_if(child) or is_inverted_condition(child)
                                 or is_proviso(child)):
            modality = "conditional"
        elif modality is None and child.dep_ in {"ccomp", "pcomp", "advcl", "csubj"} and is_question_clause(child):
            modality = "question"
        elif modality is None and not other_clause and attitude_of(child) is not None:
            # (not into "when he was Home Secretary" under "tried to introduce them")
            modality = attitude_of(child)
        elif modality is None and purpose_of(child) is not None:
            modality = purpose_of(child)
        elif modality is None and is_so_that_purpose(child):
            modality = "purpose"
        elif modality is None and necessity_of(child) is not None:
            modality = necessity_of(child)
        if modality is None and (is_for_to_clause(child) or is_asked_of(child) and not other_clause):
            # (not into an adverbial clause of its own: "pleaded with fans not to protest … when the two teams play
            # a televised match on Sunday" asks nothing of the match, which the sentence states)
            modality = "wish"
        if modality is None and child.i != verb.i and complements:
            modality = intended_by(child)  # "his plan to make people do community service": planned, not done
        if modality is None and complements:
            modality = planned_content(child)  # "Other plans include letting maternity pay be given to fathers"
        if modality is None and is_rejected_alternative(child):
            modality = "unclaimed"
        copula = certainty_copula(child)
        if copula is not None and not spoken and is_obliged_certainty(copula):
            modality = modality or "wish"  # "Ministers had to be sure Y, he added": a requirement, no belief
        elif copula is not None and not spoken:
            holder = subject_of(copula)
            spoken = True
            if is_doubted(copula, holder):
                speaker, denied, modality = None, False, modality or "doubt"
            elif (holder is not None and not is_impersonal(holder)
                  and not (speaker is not None and holder.lower_ in FIRST_PERSON | FIRST_PLURAL)):
                speaker, denied = holder, False  # (a quoted "I am sure …" keeps the quote's speaker)
        # (an intent is held as a feeling is, "is determined Y" — but not into a reason of its own: "is determined that
        # he will get on with the business of government because he believes …" does not intend the belief)
        feeling = feeling_of(child) or (None if other_clause else intent_of(child))
        if feeling is not None:
            copula, feared = feeling
            holder = subject_of(copula)
            if is_doubted(copula, holder):
                modality = modality or "unclaimed"  # "not worried that Y": nobody fears Y
            else:
                modality = modality or feared
                if not spoken and holder is not None and not (speaker is not None and holder.pos_ == "PRON"):
                    # (a reported "he was concerned …" keeps the reporter's speaker the pronoun names)
                    speaker, denied = holder, False
            spoken = True
        if modality is None:
            modality = evidence_frame(child)
        # (not into an adverbial clause of its own: "My concern is that, whilst Labour will take a
        # constructive approach …, right-wing parties … will exploit this" — Labour's approach is not feared)
        noun = content_noun(child) or (None if other_clause else predicated_content(child))
        if noun is not None and not (child.i == verb.i and child.dep_ == "acl" and is_reporting(verb)
                                     and mark_of(verb) != "that"):
            # (a report's own "claiming" is its speech act, framed by nothing; a that-clause whose
            # verb can report, "denied accusations that he threatened Neville", is the noun's content)
            f = noun_frame(noun, subject_of)
            if f.denied and f.speaker is not None and (not spoken or is_document(speaker)):
                return Frame(f.speaker, not presupposed, modality)
            if f.denied and f.speaker is not None and not through_reporting_participle(verb, child):
                # what someone is said to have said, in a report that is denied: nobody's claim ("has denied
                # a report claiming he warned Michael Howard the party could not win")
                return Frame(None, False, modality or "unclaimed")
            if not spoken and f.speaker is not None:
                speaker, denied, spoken = f.speaker, False, True
            elif not spoken and is_hearsay(noun):
                speaker, denied, spoken = None, False, True  # "X suggested the claim that Y was …": not X's claim
            modality = modality or f.modality
            if is_any_doubt_denied(noun):
                presupposed = True  # the "not" above denies the doubt, not the content (attitudes.py)
        if (child.dep_ in {"xcomp", "pcomp"} and head.lemma_.lower() in DENIAL and not spoken
                and not any(g.lower_ == "to" and g.dep_ == "aux" for g in child.children)):
            said_by = subject_of(head)  # "He denied being involved in the attack"
            if said_by is not None:
                return Frame(said_by, True, modality)
        if ((child.dep_ == "ccomp" or content_conj(child) is not None) and head.pos_ in {"VERB", "AUX"}
                and not is_object_taken(head, child)):
            lemma = head.lemma_.lower()
            said_by = subject_of(head)
            if not spoken and unclaimed(head):
                return Frame(None, False, modality or "unclaimed")
            if lemma in DENIAL and said_by is not None and (not spoken or is_document(speaker)):
                return Frame(said_by, not presupposed, modality)
            if not spoken and is_called_wrong(head):  # "said it was wholly wrong to suggest that Y": Y denied
                judge, _ = attribution(head, subject_of)
                return Frame(judge, not presupposed, modality) if judge is not None else Frame(
                    None, False, modality or "unclaimed")
            if (not spoken and said_by is not None and negated_belief(head)
                    and not is_clause_spliced_before(child, head)):
                return Frame(said_by, not presupposed, modality)
            if (is_reporting(head) or lemma in HEDGED_PASSIVE) and not spoken:
                spoken = True
                if is_passive_report(head) or is_unsaid_factive(head):
                    if speaker is not None and said_by is not None and speaker.i == said_by.i:
                        speaker, denied = None, False
                    if is_passive_report(head) and (lemma in HEDGED_PASSIVE or lemma in ADDRESSING):
                        modality = modality or "reportedly"  # "X was told that Y": someone's claim
        if child.dep_ == "advcl" and not is_condition(child):
            other_clause = True
        presupposed = presupposed or is_modifier_clause(child)
        complements = complements and child.dep_ in COMPLEMENT_DEPS and head.lemma_.lower() not in PREVENTING
        below, child = child, head
        depth += 1
    if in_single_quotes(verb) and (speaker is None or any(t.text in DOUBLE_QUOTES for t in span_tokens(sentence_of(verb)))):
        # cited words: a headline's claim whose speaker it does not name, or words quoted inside a
        # quotation ("The logical answer was 'we don't sell any'") — no one here said them
        return Frame(None, False, modality or "quoted")
    return Frame(speaker, denied, modality)
