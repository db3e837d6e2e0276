"""Negation and modality of a predicate.

Negation: "not"/"n't"/"never" (dep ``neg``), "no longer", "no one"/"nobody"
subjects are left alone; "deny that X" negates the reported X (speech.py,
modality.py). Not negations: "not only … but" (a correlative), "not until T"
and "not … until T" (the event happens, later), the "or not" of "whether … or not".
Modality: modal auxiliaries ("may", "could", "should" …) and hedging adverbs
or adjectives ("reportedly", "possibly", "it is possible that …").
"""
from __future__ import annotations

from ..docview import once_per_token
from ..lexicon import FUTURE_AUX
from ..nlp import sentence_of
from .attitudes import has_comparative, is_counterfactual_comparison
from .misreadings import is_manner_ly
from .spans import QUOTES, is_do_support

MODALS = {"may": "may", "might": "might", "could": "could", "should": "should", "would": "would",
          "must": "must", "can": "can", "ca": "can", "shall": "shall", "ought": "should"}
HEDGES = {"reportedly": "reportedly", "allegedly": "allegedly", "possibly": "possible", "perhaps": "possible",
          "maybe": "possible", "probably": "likely", "likely": "likely", "apparently": "apparently",
          "supposedly": "allegedly", "potentially": "possible", "unlikely": "unlikely"}
HEDGE_ADJ = {"possible": "possible", "likely": "likely", "unlikely": "unlikely", "probable": "likely"}
# adjectives of certainty that forecast the infinitive after them ("The SFA is certain to come down hard on
# Mikoliunas", "Brown now looks certain to add to his tally", "scrum-half Richard Wigglesworth looks set to play on the
# wing", the tagger's adjective "set"; modality.FORECAST_PASSIVE has its participle): a prediction, as "likely to" is; not a
# hedge on a that-clause ("make sure that …", "I'm sure that …" are no forecast of it)
FORECAST_ADJ = {"certain": "likely", "sure": "likely", "set": "expectation", "poised": "expectation",
                "favourite": "expectation", "favorite": "expectation"}  # "Morgan Freeman is favourite to take …"


def is_correlative_not(tok) -> bool:
    """"not only … but", "not just … but also", "is not just about fun; it also …": a "not" that
    adds, it does not negate.

    "The Tories not only lost the seat but came third": *lost* is not negated. "Mobile gaming
    is not just about fun; it also represents one key element of …": it is about fun, and more.
    "not just yet" is "not yet", a negation.
    """
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ not in FOCUS_WORDS:
        return is_focus_after_verb(tok)
    after = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
    if nxt.lower_ == "just" and after is not None and after.lower_ == "yet":
        return False
    return not is_modal_denial(tok)


FOCUS_WORDS = frozenset({"only", "just", "merely", "simply", "solely"})


def is_focus_after_verb(tok) -> bool:
    """A "not" whose "only/just/simply" comes after the verb, with a "but" the verb coordinates later: "We don't
    need simply to increase GDP, but to improve its structure" (they need to increase it, and more), as "not only
    … but" is. Not without the "but" ("we don't need simply more money": denied)."""
    verb = tok.head
    if tok.dep_ != "neg" or tok.i > verb.i:
        return False
    focus = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in FOCUS_WORDS and c.i > verb.i), None)
    return focus is not None and any(c.dep_ == "cc" and c.lower_ == "but" and c.i > focus.i for c in verb.children)


def is_modal_denial(tok) -> bool:
    """A "not just / not simply" after a modal with no "but" to follow: the act itself is denied.
    "The UK could not simply refuse to hear an asylum case", "we can't just sleepwalk into the
    future" — not "would not just be a talking shop but would deliver radical new thinking"."""
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.head.children):
        return False
    end = sentence_of(tok).end
    return not any(t.lower_ == "but" for t in tok.doc[tok.i + 2:end])


def is_correlative_focus(tok) -> bool:
    """The "just" (only, merely …) of a "not just" that adds (:func:`is_correlative_not`): without its
    "not" it would say the opposite, so it is no word of the relation or the object. "Apple's iPod
    isn't just a music player" → *Apple's iPod — is — a music player*, never *just a music player*."""
    return tok.i > 0 and tok.doc[tok.i - 1].dep_ == "neg" and is_correlative_not(tok.doc[tok.i - 1])


def is_alternative_not(tok) -> bool:
    """The "not" of "… or not": the other alternative of a whether/if question, no negation of the
    verb the parser hangs it on.

    "I'm not sure if I want to stay or not because the club have let the situation go on this
    far": the club have let it go on; only "not sure" is negated.
    """
    return (tok.lower_ == "not" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "or") or is_elliptical_not(tok)


def is_elliptical_not(tok) -> bool:
    """A "not" written after a noun at the end of its clause: the negation of a repetition the sentence leaves
    out ("… with some people jailed and others not": the others were not jailed), no negation of the verb the
    parser hangs it on (s21 blind audit: "about a third of Asbos were breached - with some people jailed and
    others not" gave "were breached not with"). A "not" after a verb or an auxiliary ("I hope not", "he did not")
    is no such word."""
    doc = tok.doc
    if tok.lower_ != "not" or tok.i == 0 or tok.i < tok.head.i:
        return False
    before = doc[tok.i - 1]
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return before.pos_ in {"NOUN", "PROPN", "PRON"} and (after is None or after.is_punct)


# the words opening a time or a circumstance that a "not" right before them falls on: "but not until / not
# before X" (X happened, first), "but not when making calls" (they make them)
FOCUSED_OPENERS = frozenset({"until", "till", "before", "when", "while", "if"})


def is_focused_not(tok) -> bool:
    """"not until T", "but not before X", "but not when X": the "not" belongs to the time or the
    circumstance, not to the event.

    "…, where Federer triumphed, but not until Ljubicic had stretched him all the
    way": Ljubicic did stretch him. "Roger Federer added the Dubai Championship trophy to his long
    list of successes - but not before he was given a test by Ivan Ljubicic": he was given one.
    "Labour says it avoids those on TPS lists when telephoning people about membership or fundraising
    but not when making "voter identification" calls": it makes them (and does not avoid them then).
    ("did not leave before midnight", the "not" away from its "before", stays a negation; "and not
    because they are under some sort of financial pressure" denies the reason, and is left as it reads.)
    """
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in FOCUSED_OPENERS


# words of place or time a degree word turns into nearness: "not far behind", "not long after", "not far away"
NEAR_AFTER_DEGREE = frozenset({"ahead", "away", "ago", "off"})


def is_degree_not(tok) -> bool:
    """A "not" written before "far" or "long" and a preposition of place or time: it says near or soon, it
    denies nothing. "Bailey … doubts Greg Rusedski will be that far behind him" aside, "Arsenal are not far
    behind them" (they are behind, closely: the relation keeps "not far behind", not negated); "It came not
    long after the Expediency Council … blessed Mr Khatami's policy" (it came, soon after). Not "did not go
    far" (no preposition: the extent is denied, :func:`negation_focus`)."""
    doc = tok.doc
    if tok.lower_ != "not" or tok.i + 2 >= len(doc):
        return False
    degree, after = doc[tok.i + 1], doc[tok.i + 2]
    return (degree.lower_ in {"far", "long"} and degree.dep_ == "advmod"
            and (after.tag_ == "IN" or after.lower_ in NEAR_AFTER_DEGREE))


def is_deferred(verb) -> bool:
    """"not … until T" on ``verb``: the event is placed later, not denied.

    "The film … was not broadcast on television until the early 1990s": it was
    broadcast, in the early 1990s. Fronted too: "until image quality increases more,
    people will not be interested in printing out pictures at kiosks" (they will be, then).
    The relation keeps its words as written; only the flag changes.
    """
    if has_until(verb) or is_held_off(verb):
        return True
    return any(has_until(act) for act in noun_infinitives(verb))


# nouns of a stretch of time a "for" phrase measures: "for another year or so", "for some time to come"
SPAN_NOUNS = frozenset({"year", "month", "week", "day", "season", "time", "while", "decade", "hour"})
# verbs that look ahead, as "will" does: "is not expected in London before December 2006"
EXPECTING = frozenset({"expect", "anticipate"})


def is_held_off(verb) -> bool:
    """A future negated up to a date or over a stretch of time: "not before D" or "not for another year" is
    "not until", the event comes later (:func:`is_deferred`).

    "The DVD disks and the gear to play them will not be out for another year or so" (they will be out, in a
    year: the blind audit's N022); "the first reports under this scheme will not be published before 2006";
    "The musical is not expected in London before December 2006"; "I do not anticipate ruling on it before next
    Tuesday". Only a future ("will", "shall") or a verb of expecting over ``verb`` or the verb it completes: a past
    ("we certainly did not see that before 2001") or a condition ("if he is not offered a new deal before the end
    of the season") keeps its negation, as does a "for" of a purpose or a party ("will not play for England").
    """
    heads = [verb] + ([verb.head] if verb.dep_ in {"xcomp", "ccomp"} else [])
    if not any(any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in h.children) or h.lemma_.lower() in EXPECTING
               for h in heads):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"before", "for"} or prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if prep.lower_ == "before" and noun.ent_type_ == "DATE":
                return True
            if prep.lower_ == "for" and noun.lemma_.lower() in SPAN_NOUNS and any(
                    d.dep_ in {"det", "amod", "nummod"} and d.lower_ not in {"the", "this", "that", "his", "her", "its",
                                                                          "their", "our", "my", "your"}
                    for d in noun.children):
                return True
    return False


def has_until(verb) -> bool:
    """Whether ``verb`` takes an "until"/"till" phrase or clause of its own."""
    for c in verb.children:
        if c.lower_ in {"until", "till"} and c.dep_ in {"prep", "mark"}:
            return True
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in {"until", "till"} for g in c.children):
            return True
    return False


def noun_infinitives(verb) -> list:
    """The to-infinitives hung on ``verb``'s object or attribute, or on the noun of its prepositional phrase: "will
    have no chance to throw out the exchange's management until May", "Fifa is not in a position to make any
    comment on the matter until the English FA have informed us" — what the "not"/"no" holds off until then
    (:func:`is_deferred`: they will have the chance in May, Fifa will comment once informed)."""
    nouns = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.i > verb.i for g in c.children if g.dep_ == "pobj"]
    return [a for n in nouns for a in n.children
            if a.dep_ in {"acl", "relcl"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in a.children)]


# verbs whose denial before "but V" asserts V: "couldn't help but return", "cannot fail but leave the reader moved"
HELP_BUT = frozenset({"help", "fail"})


# the dependencies of a degree word an "as … as" comparison sets after its verb: "is not firing as
# ferociously as usual" (advmod), "was not as strong as could be expected" (acomp)
COMPARED_DEPS = frozenset({"advmod", "acomp", "attr", "npadvmod"})


def compared_degree(verb):
    """The degree word of an equality comparison "as X as Y" after ``verb``, or None.

    Under a negation the comparison is what falls short, not the event: "Roddick's serve is not
    firing as ferociously as usual" (it fires, less fiercely); "the growth in new jobs was not as
    strong as could be expected" (it grew, less than that); "had not boosted revenues as much as it
    hoped"; "We don't have as much hedging benefit in the second half as we had in the first". The
    degree word ``X`` (an adjective or adverb after the verb, or the "much"/"many" of its object) has
    an "as" before it, and the standard ``Y`` opens with an "as" after it in the verb's clause. Not
    "so far as to V", nor "was not seen as a threat" (no degree word), nor "did not have as many
    hobbies" (no standard written: "as well" may be "also"). The degree may be a participle the verb's
    infinitive reports: "Beattie, 27, is not believed to be as seriously hurt as some reports have
    suggested" (he is believed to be less hurt), or the verb's own passive participle: "Maybe I wasn't as
    driven by politics as I thought I was" (he was driven by it, less).
    """
    degrees = [c for c in verb.children if c.i > verb.i and c.dep_ in COMPARED_DEPS and c.pos_ in {"ADJ", "ADV"}]
    degrees += [a for c in verb.children if c.dep_ in {"dobj", "attr"} for a in c.children
                if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i < c.i]
    degrees += [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBN"]  # "believed to be as seriously hurt as"
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        degrees.append(verb)  # the passive participle is the degree: "I wasn't as driven by politics as I thought I was"
    doc = verb.doc
    for c in degrees:
        if not any(a.dep_ == "advmod" and a.lower_ == "as" and a.i < c.i for a in c.children):
            continue
        if any(doc[i].lower_ == "as" and doc[i].dep_ in {"mark", "prep"} for i in range(c.i + 1, verb.right_edge.i + 1)):
            return c
    return None


def is_negated_comparison(verb) -> bool:
    """A negation that falls on an "as … as" comparison (:func:`compared_degree`): the event is not
    denied, it fell short of a standard. Neither a denial nor the plain fact: the triple keeps the
    comparison in its relation or object and is not negated (the rubric's "a negative inside a
    comparison"), with the modality ``comparison`` so that it is never a plain edge."""
    return bool(negation_tokens(verb)) and compared_degree(verb) is not None


def help_but(verb):
    """The verb after "cannot help but" ("he couldn't help but return to his old ways") or "cannot fail but"
    ("The judges called it "an impressive and readable piece of scholarship, which cannot fail but leave the
    reader moved …"": it leaves the reader moved), or ``None``."""
    if verb.lemma_.lower() not in HELP_BUT or not any(c.dep_ == "neg" for c in verb.children):
        return None
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.lower_ != "but":
        return None
    return next((c for c in verb.children if c.dep_ in {"conj", "xcomp", "advcl"} and c.i > nxt.i and c.pos_ == "VERB"), None)


def is_cannot_wait(verb) -> bool:
    """"can't wait to", "cannot wait for": eagerness, not a negation.

    "I cannot wait to get started": he is eager to start; no one denies anything ("I can hardly wait" neither).
    """
    return (verb.lemma_.lower() == "wait" and any(c.dep_ == "neg" or c.lower_ in NEGATIVE_ADVERBS for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ in {"can", "ca", "could"} for c in verb.children))


def is_cannot_help(verb) -> bool:
    """"cannot help but V", "could not help V-ing": the "not" says the event happened.

    "it seems that he couldn't help but return to his old ways": he returned; "she could not
    help laughing": she laughed. No negation of *help* (a reader sees none) and none of the event.
    """
    if verb.lemma_.lower() not in HELP_BUT or not any(c.dep_ == "neg" for c in verb.children):
        return False
    return help_but(verb) is not None or (verb.lemma_.lower() == "help"
                                          and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in verb.children))


# adverbs that deny as "not" does, by degree: "he hardly ever watched the Oscars", "search is hardly a new
# phenomenon" ("barely" is not one: "barely survived" says it survived)
NEGATIVE_ADVERBS = frozenset({"hardly", "scarcely"})
# a clause of time after "hardly/scarcely": "Hardly had he arrived when the row began" (both happened)
IMMEDIACY_MARKS = frozenset({"when", "before", "than"})


def is_negative_adverb(tok) -> bool:
    """"hardly" or "scarcely" on a verb (or the "ever" of "hardly ever"): a denial, as "not" or "never" is.

    "The 40-year-old comedian … said … that he hardly ever watched the Oscars": he (almost) never watched
    them, so *he — watched — the Oscars* is negated; "But search is hardly a new phenomenon": it is not
    new. Not "scarcely had X V-ed when Y": the two events followed at once, both happened.
    """
    if tok.dep_ != "advmod" or tok.lower_ not in NEGATIVE_ADVERBS and not (
            tok.lower_ == "ever" and any(g.dep_ == "advmod" and g.lower_ in NEGATIVE_ADVERBS for g in tok.children)):
        return False
    verb = tok.head
    return not any(c.dep_ == "advcl" and any(m.dep_ in {"mark", "advmod"} and m.lower_ in IMMEDIACY_MARKS
                                             for m in c.children) for c in verb.children)


def is_yet_to(tok) -> bool:
    """The "yet" of "has yet to V" / "is yet to V": the act has not happened (so far), a denial as "has not V-ed" is.

    "Telewest has yet to reveal pricing for the new box": it has not revealed it; "Defra is yet to begin its
    planned review": it has not begun (never *Defra — is to begin —*, a plan). The "yet" hangs on the "have"/"be"
    and the infinitive's "to" follows it at once. Not "yet" as a conjunction or an adverb elsewhere ("and yet
    they have to pay", "the best yet").
    """
    if tok.lower_ != "yet" or tok.dep_ != "advmod" or tok.head.lemma_.lower() not in {"have", "be"}:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (nxt is not None and nxt.lower_ == "to" and nxt.dep_ == "aux" and nxt.head.dep_ == "xcomp"
            and nxt.head.head.i == tok.head.i)


COUNTERFACTUAL_AUX = frozenset({"had", "were"})
SUPPOSING_AUX = frozenset({"would", "could", "might", "'d"})
# words before an inverted auxiliary that make it an asserted inversion, not a condition ("Never had he …", "nor had he")
ASSERTED_INVERSION = frozenset({"never", "rarely", "seldom", "nor", "neither", "only", "little", "hardly", "so", "not",
                                "scarcely", "barely", "no", "such"})


@once_per_token
def is_counterfactual_not(verb) -> bool:
    """The "not" of a condition written by inversion with "had" or "were": what it supposes away happened.

    '"Had England's kickers not been so bad, the position in the Six Nations would be very different now"'
    (they were so bad), "more would be coming had the Academy Awards not been brought forward to 27 February"
    (they were brought forward): nothing is denied. The sentence must supply the consequent's "would",
    "could" or "might"; not "should X not" (an open condition: "should talks not succeed"), a question
    ("Had he not seen it?"), nor an asserted inversion ("Never had he not …", "nor had they").
    """
    if is_past_counterfactual_if(verb):
        return True
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subj is None or subj.i > verb.i or subj.left_edge.i == 0:
        return False
    aux = verb.doc[subj.left_edge.i - 1]
    if aux.lower_ not in COUNTERFACTUAL_AUX or not (aux.i == verb.i or aux.head.i == verb.i or verb.head.i == aux.i):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in aux.children if aux.i != verb.i):
        return False  # "He had not …": "had" is its own subject's
    if aux.i > 0 and verb.doc[aux.i - 1].lower_ in ASSERTED_INVERSION:
        return False
    if not any(c.dep_ == "neg" and c.i > subj.i for c in verb.children):
        return False
    sent = sentence_of(verb)
    if any(t.text == "?" for t in sent):
        return False
    return any(t.dep_ == "aux" and t.lower_ in SUPPOSING_AUX and not (verb.left_edge.i <= t.i <= verb.right_edge.i)
               for t in sent)


def is_past_counterfactual_if(verb) -> bool:
    """A negated past perfect "if X had not V-ed" whose consequent is a perfect "would/could/might have V-ed":
    the past that did not happen is the negation's, so X did V.

    "if prices had not been cut across the sector, Christmas sales … would have been far worse" (prices were
    cut); "We would have lost if Smith had not scored". Not an if-clause whose consequent has no perfect: "said
    that if the deal had not been signed by Friday, it would collapse" is a report's back-shifted open condition.
    """
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children):
        return False
    if not any(c.dep_ == "neg" for c in verb.children) or not any(
            c.dep_ in {"aux", "auxpass"} and c.lower_ == "had" for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return True  # the spoken "had not have V-ed": '"If he hadn't have walked off the stage, they would still be clapping"'
    aux = [c.lower_ for c in verb.head.children if c.dep_ == "aux"]
    return any(a in SUPPOSING_AUX for a in aux) and "have" in aux


# verbs of a state a comparative completes: "has never been easier", "had never looked stronger"
LINKING_VERBS = frozenset({"be", "look", "feel", "seem", "sound"})


def is_never_surpassed(verb) -> bool:
    """"has never been easier", "had never looked stronger", "I have never felt better": a perfect "never" with a
    comparative and no standard ("than …") says the state is now at its best; the state holds, nothing is denied
    (the rubric's "a negative inside a comparison"; the past of :func:`attitudes.is_unsurpassable_state`).

    'Julia Eccleshare … said children's literature had "never looked stronger" in the prize's 20 years': it looks
    strong. Not "he has never been higher than tenth" (a standard is written: the comparison is denied), nor "had
    never been seen" (no comparative), nor "was never better" (no perfect: a past that stays denied).
    """
    if verb.lemma_.lower() not in LINKING_VERBS or not any(c.lower_ == "never" for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    degrees = [c for c in verb.children if c.dep_ in {"acomp", "attr", "advmod", "prep"} and c.i > verb.i
               and has_comparative(c)]
    return bool(degrees) and not any(t.lower_ == "than" for c in degrees for t in c.subtree)


def is_negation_undone(verb) -> bool:
    """A "not" of ``verb`` that denies nothing: "can't help but", "can't wait to" (:func:`is_cannot_help`,
    :func:`is_cannot_wait`), a counterfactual comparison ("couldn't be happier") or condition ("had X not …",
    :func:`is_counterfactual_not`), a "never" that is a superlative ("has never been easier",
    :func:`is_never_surpassed`). Asked by :func:`negation_tokens` and :func:`is_negated` alike."""
    return (is_cannot_help(verb) or is_cannot_wait(verb) or is_counterfactual_comparison(verb)
            or is_counterfactual_not(verb) or is_never_surpassed(verb))


@once_per_token  # (asked again of the same verb by the relation, the readings and the frame walk: 55 % repeats)
def negation_tokens(verb) -> tuple:
    """The negating children of ``verb``: "not", "never", "hardly"/"scarcely" (:func:`is_negative_adverb`), the
    "yet" of "has yet to" (:func:`is_yet_to`) and "no longer" (a tuple: the answer is kept)."""
    if is_negation_undone(verb):
        return ()
    out = []
    for c in verb.children:
        if c.dep_ == "neg" and (is_correlative_not(c) or is_focused_not(c) or is_alternative_not(c) or is_degree_not(c)):
            continue
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in {"never", "not"}) or is_negative_adverb(c) or is_yet_to(c):
            out.append(c)
        elif c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            out.append(c)
    return tuple(out)


# verbs whose negation asserts their infinitive: "did not hesitate to say that Y" said it; "did not fail to
# mention that Y" mentioned it
NEGATION_CANCELLING = frozenset({"hesitate", "fail", "forget", "neglect", "refuse", "decline"})


def shares_infinitive_negation(verb) -> bool:
    """A bare conjunct of a to-infinitive whose governing verb is negated: denied with it, as the infinitive is.

    "The club is not going to sell him and buy a replacement" (it is not going to buy one), "He did not want to
    stay and fight the case", "Chelsea have yet to officially confirm or deny the meeting" (they have not denied
    it), "I'm not going to sit here and say we have sorted the problem". The relation already reads "is not going
    to buy"; only the flag was lost (:func:`shares_negation` asks the infinitive, which has no "not" of its own).
    Not after "but" ("did not want to stay but left"), nor under a negated "be" ("It is simply not acceptable
    for the rest of the world to stand by and have …": the "not" is the adjective's), nor under a negation that
    asserts the act ("did not hesitate to stand up and say …").
    """
    if verb.dep_ != "conj" or verb.tag_ != "VB" or not is_bare_conjunct(verb):
        return False
    infinitive = verb.head
    if infinitive.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return False
    governor = infinitive.head
    # (a "not … until" on the chain holds the conjunct off with it: "Until we change our whole approach …, we
    # cannot begin to meet our positive obligations … and meet our duty of care to them")
    if (governor.pos_ != "VERB" or governor.lemma_.lower() in NEGATION_CANCELLING | {"be"}
            or not negation_tokens(governor) or is_deferred(governor) or is_deferred(infinitive)):
        return False
    return is_plainly_joined(verb)


# verbs that pass a negation on to their infinitive: "he seems not to care" = "he does not seem to care",
# "MAB's intention was not to empower the Tories" = the intention was not that
RAISING = frozenset({"seem", "appear", "happen", "tend", "prove", "be"})


def is_infinitive_not(tok, verbs) -> bool:
    """A "not" before the to-infinitive of a chain whose first verb is asserted: it belongs to the
    infinitive, written in the relation, and the triple is no denial.

    "The 40-year-old comic has already promised not to swear live on air during the show": he
    promised; "comic — has already promised not to swear during — the show" is not negated.
    "He seems not to care" passes the negation on (a raising verb): negated.
    """
    verb = tok.head
    if tok.dep_ != "neg" or tok.i > verb.i or verb.dep_ != "xcomp" or verb.head not in verbs:
        return False
    return (any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.head.lemma_.lower() not in RAISING)


def is_negated(tokens) -> bool:
    """Whether the relation tokens (and their ``neg`` children) deny the relation."""
    return any(((t.dep_ == "neg" and not is_correlative_not(t) and not is_focused_not(t) and not is_alternative_not(t)
                 and not is_degree_not(t)
                 and not is_negation_undone(t.head))
                or (t.lower_ == "never" and not is_never_surpassed(t.head))
                or (is_negative_adverb(t) and t in negation_tokens(t.head)) or is_yet_to(t)
                or (t.lower_ == "longer" and any(g.lower_ == "no" for g in t.children)))
               for t in tokens)


# verbs of wanting and liking: with "will" before them a forecast of someone's mind, never a fixed event
FORECAST_VERBS = frozenset({"want", "wish", "like", "love", "mind", "care", "relish", "fancy"})


def forecast_of(tokens) -> str | None:
    """``expectation`` for a forecast written in the verb group ``tokens``: "be going to"
    ("Mainstream radio stations were not going to play this kind of music", "Microsoft and Intel are
    not going to sit around"), "will" before a verb of wanting or liking ("Holmes will not want to
    needlessly suffer the indignity of being beaten") or a future perfect (:func:`is_future_perfect`).
    What someone expects, not what happened or what is fixed: "Wales will play France on Saturday" and
    "is going to London" stay asserted."""
    for a, b in zip(tokens, tokens[1:]):
        if a.lower_ == "going" and a.tag_ == "VBG" and b.lower_ == "to" and b.pos_ == "PART":
            return "expectation"
    if (any(t.dep_ == "aux" and t.lower_ in FUTURE_AUX for t in tokens)
            and any(t.pos_ == "VERB" and t.lemma_.lower() in FORECAST_VERBS for t in tokens)):
        return "expectation"
    if is_future_perfect(tokens):
        return "expectation"
    return None


def is_future_perfect(tokens) -> bool:
    """A future perfect, "will have" and a past participle, in the verb group ``tokens``: a guess at what is
    done by now or will be done by a time to come, never a fixed event. "Two tries against Newcastle will have
    boosted his chances", "The positive thing to take from Paula's Olympics it that she will have learned a lot",
    "Although the percentage of Britons without home access will have fallen slightly, …". Not "will have to"
    ("applicants will have to send proof": an obligation, "have" its verb) nor "will have a scan"."""
    for a, b, c in zip(tokens, tokens[1:], tokens[2:]):
        if (a.dep_ == "aux" and a.lower_ in FUTURE_AUX and b.dep_ == "aux" and b.lemma_.lower() == "have"
                and b.tag_ == "VB" and c.tag_ == "VBN"):
            return True
    return False


def modality_of(tokens, verb) -> str | None:
    """The modal or hedge on a predicate: a modal auxiliary among ``tokens``, a hedging
    adverb on ``verb``, or a governing "it is possible/likely that …"."""
    for t in tokens:
        if t.dep_ in {"aux", "auxpass"} and t.lower_ in MODALS:
            return MODALS[t.lower_]
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in HEDGES:
            return HEDGES[c.lower_]
    if is_not_necessarily(verb):
        return "possible"
    head = verb.head
    if verb.dep_ == "csubj" or verb.dep_ == "ccomp" and not is_clause_before(verb):
        if head.lemma_ == "be":
            for c in head.children:
                if c.dep_ in {"acomp", "attr"} and c.lower_ in HEDGE_ADJ:
                    return HEDGE_ADJ[c.lower_]
        if verb.dep_ == "ccomp" and head.lower_ in HEDGE_ADJ:
            return HEDGE_ADJ[head.lower_]
    return None


def is_not_necessarily(verb) -> bool:
    """A "not necessarily" on ``verb`` (or on the adjective its "be" takes): a hedge, no denial — it may or
    may not be so. "He thinks the dominance of text-based searching is not necessarily appealing to the
    majority of online shoppers" (possibly not appealing: modality ``possible``, the "not" kept)."""
    words = list(verb.children) + [g for c in verb.children if c.dep_ == "acomp" for g in c.children]
    return any(t.dep_ == "advmod" and t.lower_ == "necessarily" and t.i > 0 and t.doc[t.i - 1].dep_ == "neg"
               for t in words)


def affirmed_alternative(obj, verb):
    """The "but" of "not X but Y" when ``obj`` is its "Y", else ``None``: what a negation puts in X's place is
    affirmed, not denied. "The problem is not money but time" → *The problem — is — time*, not denied; "The
    perpetuation of the perceived terrorist threat is not because of what the 'alleged' terrorists are doing, but
    from our own government" → *… — is from — our own government* (and "because of …", the X, is no argument of
    it). ``obj``: the head of the reading's object, a conjunct after "but" of a word after the negation, or the
    noun of a phrase of ``verb`` written after its "but". Not "not only X but also Y" (whose "not" is no negation:
    :func:`is_correlative_not`), nor "neither X nor Y"."""
    neg = next((c for c in verb.children if c.dep_ == "neg"), None)
    if obj is None or neg is None:
        return None
    if obj.dep_ == "conj":
        first = obj.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if neg.i > first.i or not any(t.i == verb.i for t in first.ancestors):
            return None
        return next((c for c in obj.head.children if c.dep_ == "cc" and c.lower_ == "but" and c.i < obj.i), None)
    if obj.dep_ == "pobj" and obj.head.dep_ == "prep" and obj.head.head.i == verb.i:
        prep = obj.head
        return next((c for c in verb.children if c.dep_ == "cc" and c.lower_ == "but" and neg.i < c.i < prep.i), None)
    return None


def is_clause_before(verb) -> bool:
    """A clause the parser made the complement of a later verb, before it and set off by a comma: a
    clause of its own, not what a hedge after it is said of ("But the browser does not yet work well with
    screen reader software often used by blind people, so its accessibility features are more likely to
    appeal to those with some residual vision": the first clause is no likelihood; "it is likely (that) X"
    has X after "likely"; "The bank will not raise rates, it is likely" hedges it)."""
    head = verb.head
    return (verb.i < head.i and any(t.text == "," for t in verb.doc[verb.right_edge.i + 1:head.i])
            and not any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in head.children))


OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass"})


def is_bare_conjunct(verb) -> bool:
    """A verb in its base form with no subject or auxiliary of its own ("have", "attend", "put" in
    "must do X, have Y, attend Z"; the tagger often says VBP or VBD for these), not "features"."""
    return (verb.pos_ == "VERB" and verb.tag_ in {"VB", "VBP", "VBD"} and verb.lower_ == verb.lemma_.lower()
            and not any(c.dep_ in OWN_CLAUSE_DEPS for c in verb.children))


def is_alternative_participle(verb) -> bool:
    """A participle joined by "or"/"nor" to a participle, with no subject or auxiliary of its own: it
    stands under the first one's "have"/"be" and its negation. "she … had never met or spoken to the star"
    (she had never spoken to the star); "has not been charged or released". An "and" may join a second act
    that happened ("had not been charged and was released" has its own auxiliary; "and" is left alone)."""
    head = verb.head
    return (verb.pos_ == "VERB" and verb.tag_ in {"VBN", "VBG"} and head.tag_ == verb.tag_
            and any(c.dep_ in {"aux", "auxpass"} for c in head.children)
            and not any(c.dep_ in OWN_CLAUSE_DEPS for c in verb.children)
            and any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} and head.i < c.i < verb.i for c in head.children))


def shared_modal(verb) -> str | None:
    """The modal auxiliary a bare infinitive shares with the verb it is coordinated with, or ``None``.

    "She must also do 100 hours community service, have drug treatment, attend Narcotics
    Anonymous and pay a fine": she must attend and must pay (a sentence, not what she did); "A
    Tory government would sort out the shambles of immigration, put patients before statistics
    and bring discipline to schools". A conjunct with its own subject or auxiliary ("… will
    arrive and they may stay") or in a finite form ("The engine can give direct answers … and
    features tools") says its own. ("will" is no modality: a future stated as such is asserted.)
    """
    if verb.dep_ != "conj" or not is_bare_conjunct(verb):
        return None
    head = verb.head
    while head.dep_ == "conj" and is_bare_conjunct(head):
        head = head.head  # "do X, have Y, attend Z": the chain's first verb carries the modal
    if head.pos_ not in {"VERB", "AUX"} or is_cannot_help(head):
        return None  # ("couldn't help but return": he returned)
    return next((MODALS[c.lower_] for c in head.children
                 if c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS and c.i < head.i), None)


# verbs whose object clause is an outcome they bring about: "Their plan would see the House of Lords being renamed"
OUTCOME_VERBS = frozenset({"see", "mean"})


def outcome_modal(verb) -> str | None:
    """The modal of a verb of outcome ("see", "mean") that ``verb``'s clause is the object of: what "would see"
    or "could mean" happen is as unsure as the verb before it, not a fact. "Their plan would see the House of
    Lords being renamed the Second Chamber of Parliament" → the House of Lords — be renamed — … (would); "The
    move could see India invest up to $20bn in oil and gas projects" (could). ``None`` for a future stated as
    such ("The deal will see Gazprom return to majority state-ownership": "will" is no modality) or a clause
    with its own modal."""
    head = verb.head
    if verb.dep_ not in {"ccomp", "xcomp"} or head.lemma_.lower() not in OUTCOME_VERBS or head.i > verb.i:
        return None
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for c in verb.children):
        return None
    modal = next((c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS and c.i < head.i),
                 None)
    if modal is None:
        return None
    if head.lemma_.lower() == "see" and (modal not in SEEING_MODALS or not is_small_clause(verb)):
        return None  # what one can or could see is seen: "You could see he was moved", "can see that it's going to be"
    return MODALS[modal]


# the modals under which "see" brings an outcome about ("the deal would see …"), not a sight ("you can see …")
SEEING_MODALS = frozenset({"would", "could", "may", "might"})


def is_small_clause(verb) -> bool:
    """A clause with no tense of its own — a bare infinitive, an -ing or a past participle ("see India invest",
    "see donors making …", "see its workforce trimmed"), not a finite clause ("could see he was moved")."""
    return (verb.tag_ in {"VB", "VBG", "VBN"} and not any(c.dep_ == "mark" for c in verb.children)
            and not any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP", "VBD", "MD"} for c in verb.children))


# verbs whose simple past is spelt as their base form: after "did not X and", "cut" may be a past of its own
UNCHANGED_PAST = frozenset({"beat", "bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "fit", "forecast",
                            "hit", "hurt", "let", "offset", "put", "quit", "read", "reset", "rid", "set", "shed",
                            "shut", "slit", "split", "spread", "thrust", "undercut", "upset", "wed"})


def do_support(verb):
    """The "do"/"does"/"did" auxiliary carrying a negation on ``verb`` ("did not consult"), or ``None``."""
    return next((c for c in verb.children if is_do_support(c) and c.i < verb.i), None)


def is_own_finite_after_do(verb, head) -> bool:
    """A conjunct of a "do not"/"did not" verb that is a finite verb of its own, not a shared bare infinitive.

    "Owen did not start and hit the post twice": the tagger's VBD says *hit* happened. "Ministers did
    not consult unions and cut 400 jobs": after a past "did", a verb whose past is its base form
    ("cut", "put", "hit") joined by "and" reads as that past (an "or" keeps it under the negation:
    "did not consult unions or cut jobs"). "The firm does not make cars and sell them" shares it.
    """
    aux = do_support(head)
    if aux is None:
        return False
    if verb.tag_ != "VB":
        return True
    joined_by_or = any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in verb.children) or any(
        t.lower_ in {"or", "nor"} for t in verb.doc[head.i + 1:verb.i])
    return aux.tag_ == "VBD" and verb.lower_ in UNCHANGED_PAST and not joined_by_or


def is_own_present_after_perfect(verb, head) -> bool:
    """A base-form conjunct of a participle: a present verb of its own, no second participle under the
    same "have not" / "was not". "We haven't ruled out all-black shortlists and welcome a debate in the
    party about this": they welcome it (not "have not welcome"). "has not been charged or released" (two
    participles) shares the negation."""
    return head.tag_ == "VBN" and verb.tag_ in {"VB", "VBP"}


def shares_negation(verb) -> bool:
    """Whether a bare infinitive coordinated with a negated verb is denied with it.

    "The government could not pick and choose when to use the convention": it could not choose;
    "they will not keep or attract their vote". Not after "but" ("did not raise taxes, but put a
    lot of effort into enforcement"), nor a conjunct with its own subject or auxiliary, nor a finite
    verb after do-support ("Owen did not start and hit the post twice": see ``is_own_finite_after_do``).
    """
    if verb.dep_ != "conj" or not (is_bare_conjunct(verb) or is_alternative_participle(verb)):
        return False
    head = verb.head
    if head.pos_ not in {"VERB", "AUX"} or not negation_tokens(head):
        return False
    if is_own_finite_after_do(verb, head) or is_own_present_after_perfect(verb, head):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False  # "called on British firms not to simply cut and run": the "not" is the infinitive's
    return is_plainly_joined(verb)


def is_plainly_joined(conjunct) -> bool:
    """Whether nothing between a conjunct and the verb it is joined to turns it away from that verb's negation:
    no "but", "yet" or "instead" and no "not" of its own ("did not want to stay and fight", not "did not want to
    stay but left")."""
    return not any(t.lower_ in {"but", "yet", "instead"} or t.dep_ == "neg"
                   for t in conjunct.doc[conjunct.head.i + 1:conjunct.i])


def negative_determiner(noun):
    """The "no" opening an object noun phrase ("played no part"), or ``None``.

    "Lord Falconer and Baroness Morgan played no part in drafting the answer" reads as
    a negated *play* with the object "part": the negation moves from the determiner to
    the triple. A subject's "no" ("No one was hurt") stays where it is.
    """
    det = next((c for c in noun.children if c.dep_ == "det" and c.lower_ == "no" and c.i == noun.left_edge.i), None)
    if det is not None and (is_title_no(det) or in_committed_infinitive(noun) or is_idiomatic_no(noun)
                            or is_modifier_no(det)):
        return None
    return det if noun.dep_ in {"dobj", "attr"} else None


def is_modifier_no(det) -> bool:
    """A "no" that opens a compound modifier set off by quotation marks, no determiner of the noun it is
    hung on: "The Mac mini will appeal to PC users looking for an attractive, 'no fuss' computer" (a
    no-fuss computer; nothing is denied of the appeal). The quoted pair is "no" and one word before the
    noun; "no" alone in quotation marks ("a 'no' vote") is left as it is."""
    doc = det.doc
    noun = det.head
    if det.i < 1 or det.i + 3 > noun.i or doc[det.i - 1].text not in QUOTES:
        return False
    return doc[det.i + 2].text in QUOTES and doc[det.i + 1].head.i == noun.i and doc[det.i + 1].i < noun.i


# verb + "no" + noun idioms that state something done: "pleading no contest" is a plea
IDIOMATIC_NO = frozenset({("plead", "contest"), ("make", "bone"), ("make", "mistake")})


def is_idiomatic_no(noun) -> bool:
    """A "no" object that is part of an idiom, no negation of its verb.

    "She had back-to-back court appearances …, first pleading no contest to attacking a woman with
    a whisky bottle": she pleaded (no contest); "I make no bones about it": he says it openly.
    """
    return (noun.head.lemma_.lower(), noun.lemma_.lower()) in IDIOMATIC_NO


# verb + "no" + noun + preposition idioms that say the act was done, openly or readily: "has made no secret
# of his wish to fight corruption" (he said so openly), "had no hesitation in recommissioning the show" (she
# did so at once); the relation is the whole idiom, the object what its preposition governs, no denial
ASSERTING_NO = {("make", "secret"): "of", ("have", "hesitation"): "in",
                ("lose", "time"): "in", ("spare", "expense"): "in", ("spare", "effort"): "in"}


def asserting_idiom(noun):
    """The preposition completing a verb + "no" + noun idiom that asserts (``ASSERTING_NO``), or ``None``.

    "Mr Yushchenko … has made no secret of his wish to fight corruption": he made his wish plain, so the
    reading is *Mr Yushchenko — has made no secret of — his wish to fight corruption …*, not negated; never
    *has made — secret of his wish* denied. The preposition may hang on the noun or on the verb; without it
    ("made no secret", "had no hesitation") or with another noun ("made no announcement about") it is the
    plain "no" object (:func:`negative_determiner`)."""
    if noun.dep_ != "dobj" or not any(c.dep_ == "det" and c.lower_ == "no" and c.i == noun.left_edge.i
                                      for c in noun.children):
        return None
    wanted = ASSERTING_NO.get((noun.head.lemma_.lower(), noun.lemma_.lower()))
    if wanted is None:
        return None
    return next((c for c in list(noun.children) + list(noun.head.children)
                 if c.dep_ == "prep" and c.lower_ == wanted and c.i == noun.i + 1
                 and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)), None)


# nouns of knowing and showing whose "no" object means little without the question or statement it is
# about: "had no idea what …", "gave no indication about whether …", "had no doubt (that) …"
KNOWLEDGE_NOUNS = frozenset({"doubt", "idea", "indication", "sign", "clue", "suggestion", "evidence", "inkling",
                             "guarantee", "knowledge", "word", "explanation", "comment", "recollection"})


def denied_content_end(noun) -> int | None:
    """Where the question or statement a denied noun of knowing is about ends (``KNOWLEDGE_NOUNS``), or
    ``None``: a clause the parser hung on the verb right after the noun ("he had no doubt the prince's father
    and family would have much to say to him" — no "that"), or a preposition governing a clause ("The firms
    gave no indication about whether the iPod … were in mind": the "whether" is no object of its own). Without
    it the negated object says something else (*The firms — gave — indication*, *he — had — doubt*).
    Not a clause after a comma or a conjunction ("had no doubt, and said the bank would …": its own)."""
    if noun.lemma_.lower() not in KNOWLEDGE_NOUNS:
        return None
    after = noun.right_edge.i + 1
    for c in noun.head.children:
        if c.dep_ == "ccomp" and c.left_edge.i == after and c.i > noun.i:
            return c.right_edge.i + 1
    for c in noun.children:
        if c.dep_ == "prep" and c.i > noun.i and any(g.dep_ == "pcomp" and g.pos_ in {"VERB", "AUX"}
                                                     and any(m.dep_ == "mark" for m in g.children)
                                                     for g in c.children):
            return c.right_edge.i + 1
    return None


def in_committed_infinitive(noun) -> bool:
    """A "no" object of an infinitive under a verb that is not itself negated: the "no" belongs to
    the infinitive, the main verb stays asserted.

    "IBM … has pledged to seek no royalties from the patents": it pledged (not "did not pledge");
    the reading keeps the object as written, "it — has pledged to seek — no royalties from the
    patents".
    """
    verb = noun.head
    return (verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ == "neg" for c in verb.head.children))


def is_title_no(det) -> bool:
    """A capital "No" inside a sentence opens a title, it negates nothing.

    "Knight and drum 'n' bass star Roni Size have released No More in a bid to reduce gun
    use": they released a record called *No More*.
    """
    return det.text == "No" and det.i > sentence_of(det).start and det.doc[det.i - 1].text not in {'"', "“", "‘", "'", ":"}


def only_choice(noun):
    """The infinitive of "no N but to V" on a "no" object ``noun`` ("had no option but to send Prso off"),
    or ``None``: the one thing left to do, done or to be done; no denial of the verb that has the noun.

    "Rangers' boss Alex McLeish accepted referee Dallas had no option but to send Prso off": Dallas had to
    send him off (*referee Dallas — had no option but to send off — Prso*), never a negated *had option*.
    "has no plans to quit" (no "but") stays a denial (:func:`denied_purpose`).
    """
    if noun.dep_ != "dobj" or not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    after = noun.right_edge.i + 1
    while after < len(noun.doc) and noun.doc[after].text in QUOTES:
        after += 1  # 'Snow Patrol had "no other course of action" but to ask their co-founder … to leave'
    but = next((c for c in noun.head.children if c.dep_ in {"cc", "prep"} and c.lower_ == "but" and c.i == after), None)
    if but is None:
        return None
    after_but = list(but.children) + [c for c in noun.head.children if c.dep_ == "conj" and c.i == but.i + 2]
    return next((v for v in after_but if v.dep_ in {"pcomp", "xcomp", "conj"} and v.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)), None)


def denied_purpose(noun):
    """The to-infinitive completing a "no" object ("no plans to quit Real Madrid", "no case to
    answer"), or ``None``: without it the negated object says something else ("has no plans" alone
    is not what Owen said).
    """
    return next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.i > noun.i
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)


# adverbs of degree or manner a negation falls on: "had not played well" is not "had not played"
FOCUS_ADVERBS = frozenset({"well", "enough", "much", "fully", "entirely", "completely", "properly", "quite", "badly",
                           "poorly", "easily", "quickly", "necessarily", "always", "immediately", "straightaway",
                           "instantly",
                           # a place, time or repetition: "Radcliffe has never raced there before" (she has
                           # raced), "I do not think I will live again", "we cannot look at GDP alone"
                           "there", "here", "again", "then", "yet", "anymore", "alone",
                           # an extent: "Robbie Williams doesn't even come close" (he comes, not close), "insurers
                           # have not had long to assess the economic impact" (they had a short time)
                           "close", "long"})
# "straight away", "right away": a time the negation falls on, like "immediately"
AT_ONCE = frozenset({"straight", "right"})
DEGREE_WORDS = frozenset({"too", "enough", "so", "that", "very", "as"})


COMPARATIVE_WORDS = frozenset({"further", "farther"})  # tagged RB, not RBR, by the parser


def is_comparative(tok) -> bool:
    """A comparative adverb or adjective: "better", "more", "further"."""
    return tok.tag_ in {"RBR", "JJR"} or tok.lower_ in COMPARATIVE_WORDS


def is_manner_adverb(tok) -> bool:
    """An adverb in -ly that says how the act was done, written after its verb and not set off by a
    comma: under a negation it is what is denied. "to ensure that those who have power don't use their
    power arbitrarily" (they use it, not arbitrarily). Not a sentence or time adverb
    (misreadings.is_manner_ly: not "really", "currently", "only" …) nor ", sadly"."""
    form = tok.lower_
    return (tok.tag_ == "RB" and is_manner_ly(form)
            and not tok.doc[tok.i - 1].is_punct)


def negation_focus(verb) -> list:
    """The degree or manner adverb (with its own modifiers) after ``verb`` that a negation falls on.

    "France coach Bernard Laporte accepted his side had not played well": they played, not
    well; "the group were not trying to update their sound too much"; "reforms … do not go far
    enough"; "The band wasn't always pretty" (not-always is not never); a degree written as an
    adjective: "the body doesn't recover as quick as it used to" (it recovers, more slowly); a
    comparative: "she has not gone further than the last eight" (she went, as far as that).
    A time: "he was not planning to use the house arrest powers straight away" (he plans to, later),
    "had not returned to work immediately". A manner: "don't use their power arbitrarily"
    (:func:`is_manner_adverb`). The relation keeps these words (clauses.py) so that it
    says what was denied.
    """
    out = []
    for c in verb.children:
        if c.dep_ == "advmod" and c.i > verb.i and c.pos_ in {"ADV", "ADJ"} and (is_comparative(c) or
                c.lower_ in FOCUS_ADVERBS or is_manner_adverb(c) or any(g.dep_ == "advmod" and g.lower_ in DEGREE_WORDS for g in c.children)
                or (c.lower_ == "away" and any(g.lower_ in AT_ONCE for g in c.children))):
            out.extend(t for t in c.subtree if not t.is_punct)
    return out

