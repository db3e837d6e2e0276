"""Readings that are no fact about the world (issue 16: "every triple is a fact about the world,
or it is not emitted as one").

Each function names one construction whose readings a careful reader judged wrong or empty far
more often than right on the BBC dev sample (bench/README.md, issue 16). The extraction is still
made (it is a fair Open IE reading of the sentence, CaRB scores it), but it carries the name of
the construction in ``Extraction.uninformative`` and kg.resolve.triples does not turn it into a
triple.
"""
from __future__ import annotations

import re

from ..docview import doc_tokens, span_root, span_tokens
from ..lexicon import FINITE_TAGS, PREVENTING, TIME_NOUNS
from ..nlp import sentence_of
from .misreadings import NAMING_VERBS, _named_object
from .modality import complement_noun, content_noun
from .polarity import negation_tokens
from .relative import is_dated_by, is_relative_pronoun
from .spans import QUOTES, is_finite_after_infinitive, is_score, is_unit_suffix
from .speech import is_reporting
from .subjects import is_clause_of_fact

NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})

# Words that stand for an unnamed set of people or things ("Many use the sites", "Both are
# looking to Russia", "anyone complained").
QUANTIFIER_WORDS = frozenset("""
many most some others few several all both none each any either neither another every no
anyone anybody anything everyone everybody everything someone somebody something nobody nothing
""".split())
# Determiners that make a noun generic ("any phone", "each participating machine", "all parts",
# "no one"): said of every such thing, not of one in the world. ("Some net service firms began
# blocking access", "Many people use the sites" are left: some did.)
GENERIC_DETERMINERS = frozenset({"any", "every", "each", "all", "no"})

# Nouns that stand for something said or done earlier in the text, naming nothing by themselves:
# "The move follows News Corp's decision", "His comments come after …", "The news triggered …".
SHELL_NOUNS = frozenset("""
move moves news word words comment comments remark remarks action actions step steps decision trend factor
thing things matter issue problem problems situation development idea way fact case point result change
changes measure measures announcement warning criticism claims claim this that
""".split())


def has_name(tokens) -> bool:
    """Whether any of ``tokens`` is (part of) a named entity or a proper noun."""
    return any(t.ent_type_ in NAMED or t.pos_ == "PROPN" for t in tokens)


def phrase(head) -> list:
    """The tokens of ``head``'s noun phrase without its clauses (what the argument shows)."""
    drop = {"relcl", "acl", "appos", "advcl", "ccomp", "conj", "cc", "parataxis"}
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in drop)
    return out


def is_vague_subject(subj) -> bool:
    """A subject that names no one: a quantifier standing alone ("Both are looking to Russia and
    China", "Neither has yet tabled a formal bid"), a generic noun ("each participating machine
    only sends …", "any phone equipped with an IR port"), a count of a pronoun ("almost 13 million
    of these were able to access the internet") or a generic "your" ("Your computer can now help
    solve …"). Not when a name is part of it ("Some of Microsoft's rivals")."""
    words = phrase(subj)
    if has_name(words):
        return False
    if subj.lower_ in QUANTIFIER_WORDS:
        return True
    if any(c.dep_ in {"det", "amod", "predet"} and c.lower_ in GENERIC_DETERMINERS for c in subj.children if c.i < subj.i):
        return True
    if any(c.dep_ == "poss" and c.lower_ == "your" for c in subj.children):
        return True
    # "13 million of these", "some of them": a count of a pronoun
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return (subj.pos_ == "NUM" or subj.lower_ in QUANTIFIER_WORDS) and pobj is not None and pobj.pos_ == "PRON"


# words that stand for a noun said before when "the" is all they have: "The other is airports", "the latter"
ELLIPTICAL_HEADS = frozenset("""other latter former rest remainder same first second third last latest next final""".split())


def is_elliptical_subject(subj) -> bool:
    """A subject that is "the" and a word standing for a noun said before, and nothing else: "The other is
    airports, a source of controversy …", "The first will be a version of its Need for Speed racing game", "The
    same does not hold for a patent", "The rest could be a potential audience …", "with the rest attributed to
    made-made events". Like a bare pronoun it names nothing a reader can find in the reading (the blind audits'
    "especially one", "the figure — was — 29 %": trivial). A noun of its own or an "of" phrase says what is meant
    ("the first half", "the rest of the squad") and stays."""
    if subj.lower_ not in ELLIPTICAL_HEADS or subj.ent_type_ in NAMED:
        return False
    return (any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
            and all(c.dep_ in {"det", "punct"} for c in subj.children))


def is_generic_plural(noun) -> bool:
    """A plural common noun with no determiner, possessive or number names a kind, not things in
    the world: "We are totally committed to continuing to grow jobs in Australia" (not "jobs — be
    in — Australia"), "factories in the Far East are able to make …", "Some web users in Canada"
    ("the factories in Wuhan", "two plants in Ohio", "its stores in Britain" are things)."""
    before = [t for c in noun.lefts for t in c.subtree] + [noun]
    return noun.tag_ == "NNS" and not has_name(before) and not any(
        c.dep_ in {"det", "poss", "nummod", "predet"} and c.lower_ not in QUANTIFIER_WORDS for c in noun.children)


WH_WORDS = frozenset({"what", "whatever", "which", "whose", "who", "whom"})


def is_wh_argument(tok) -> bool:
    """A subject or object that is, or is owned by, a wh-word left from a free relative or a
    question: "only what was in newspapers", "less than what the Tories were offering" (not
    "the Tories — were offering — what"), "a rival whose shares fell". After a name "whose" is
    the name's ("GM, whose own European operations are losing money")."""
    if tok.lower_ in WH_WORDS:
        return True
    owner = next((c for c in tok.children if c.dep_ in {"poss", "det"} and c.lower_ in WH_WORDS), None)
    if owner is None:
        return False
    # "GM, whose own European operations are losing money": the name's own (a fact about GM)
    clause = tok.head
    return not (owner.lower_ == "whose" and clause.dep_ == "relcl" and has_name([clause.head]))


# the clause heads a wh-gap reaches up to: a clause of its own (a report's content, a relative, an adverbial one)
_CLAUSE_DEPS = frozenset({"ccomp", "relcl", "advcl", "csubj", "pcomp", "ROOT", "conj"})


def opens_with_object_gap(verb) -> bool:
    """Whether ``verb``, read with no object, is in a clause that opens with "what", "which" or "whatever" standing
    for its object, which the parse hung elsewhere: "The Top Ten Essentials list predicts what gadget-lovers are
    likely to covet this year" (not "gadget-lovers — are likely to covet —", an empty reading that says they covet).
    Not a wh-word that is the clause's subject ("what happened next") or a determiner ("which firms won")."""
    clause = verb
    for _ in range(4):
        if clause.dep_ in _CLAUSE_DEPS or clause.head is clause:
            break
        clause = clause.head
    first = clause.doc[clause.left_edge.i]
    return (first.lower_ in {"what", "which", "whatever", "whichever"} and first.i < verb.i
            and first.dep_ not in {"nsubj", "nsubjpass", "det", "csubj"} and first.head.i != verb.i)


def is_bare_infinitive(rel) -> bool:
    """A predicate read from a to-infinitive with no finite verb of its own (its first word is
    "to"): "the best time for us to increase fuel prices", "I don't want the fans to think …",
    "an avenue for people to have a say". What is to be done is not asserted as done; the
    governing verb reads it as its object (``rel``: the relation's tokens)."""
    return bool(rel) and rel[0].lower_ == "to" and rel[0].dep_ == "aux"


# the verbs that are auxiliaries or a copula, and say nothing by themselves with no object
AUXILIARY_LEMMAS = frozenset({"be", "have", "do"})


def is_bare_auxiliary(rel) -> bool:
    """A relation of nothing but auxiliaries, a copula and a negation (``rel``: its tokens), read with no
    object: what the clause says was left out by the parse or by the writer, and the reading says nothing a
    reader can check. "Its shares are down 20% since the announcement" → not "Its shares — are —" (the parse
    hung "down 20%" on nothing the reading takes); "By Monday's close, the Jakarta Stock Exchange was down
    2.1%"; "We're here today to show …" → not "We — 're —"; an elliptical "I haven't" → not "I — have n't"."""
    return bool(rel) and all(t.lemma_.lower() in AUXILIARY_LEMMAS or t.tag_ == "MD" or t.dep_ == "neg"
                             or t.lower_ in {"n't", "not"} for t in rel)


# Complements a verb's reading must not lose: an unread one leaves "He — went on", "he — have admitted".
COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})


def lost_complement(verb) -> bool:
    """An empty reading (no object, no further argument) of a verb that has a complement the
    reading did not take: "She then went on (to take the overall prize)", "he and The Game have
    admitted (drug dealing)", a verb of saying whose words were not found ("…, observed Jack
    Boorman"). The reading says something else than the sentence."""
    from .speech import is_reporting

    if is_reporting(verb) or any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children):
        return True  # (a subject after its verb: "…, observed Jack Boorman", the words are before it)
    if object_after_alternative(verb) is not None:
        return True
    if likeness_clause(verb) is not None:
        return True
    return any(c.dep_ in COMPLEMENTS or (c.dep_ == "advcl" and c.i > verb.i and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)) for c in verb.children)


# Verbs of appearance: what they say is in their "like" / "as if" clause.
APPEARANCE_VERBS = frozenset({"look", "seem", "sound", "feel", "appear", "smell", "taste"})


def likeness_clause(verb):
    """The "like …" / "as if …" / "as though …" clause a verb of appearance takes, or ``None``: "Rooney looked
    like he might have sealed the result" (s28 judged confirm-a T011), "It looks as if a new dark age is coming".
    The verb read alone (*Rooney — looked —*) says nothing of what the sentence says."""
    if verb.lemma_.lower() not in APPEARANCE_VERBS:
        return None
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < verb.i:
            continue
        marks = [g.lower_ for g in c.children if g.dep_ == "mark" and g.i < c.i]
        if "like" in marks or ("as" in marks and ("if" in marks or "though" in marks)):
            return c
    return None


def adverb_with_phrase(verb):
    """The adverb right after ``verb`` that takes a phrase of its own, or ``None``: "We can't get ahead of
    ourselves" — under a negation it is what is denied, and the verb read alone says the opposite (no *We —
    can't get —*). An asserted verb keeps its reading ("US crude stocks have improved ahead of winter")."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is None or nxt.head.i != verb.i or nxt.dep_ != "advmod" or nxt.pos_ != "ADV":
        return None
    return nxt if any(c.dep_ == "prep" and c.i == nxt.i + 1 for c in nxt.children) else None


def manner_participle(verb):
    """An -ing clause written right after ``verb`` (past its adverbs or particles only), with no subject or
    opening word of its own, or ``None``: it says how the act is done, and under a negation it is what is denied.
    "I am not going to go around telling lies about how I feel" (he will go on, not lying): no *I — am not going
    to go —*. Not after a comma ("did not play, citing injury")."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "advcl" or c.tag_ != "VBG" or c.i < verb.i:
            continue
        if any(g.dep_ in {"nsubj", "nsubjpass", "mark"} or g.tag_ == "WRB" for g in c.children if g.i < c.i):
            continue
        if all(t.head.i == verb.i and t.dep_ in {"advmod", "prt"} for t in doc[verb.i + 1:c.left_edge.i]):
            return c
    return None


def object_after_alternative(verb):
    """The verb joined to ``verb`` by "or"/"nor" (or a list ending in one) that takes the object both share, or
    ``None``: "Satellite customers without PVR cannot pause, rewind or fast forward their programmes" — the
    first verb's object comes after the last, so the first read alone lost it (no *Satellite customers — can not
    pause —*). Not "did not resign but quit politics" (no "or"), nor a phrase after a preposition ("did not
    resign or apologise for the remarks": he did not resign, an act of its own)."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "conj" or c.i < verb.i or any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
            continue
        if not any(t.lower_ in {"or", "nor"} for t in doc[verb.i + 1:c.right_edge.i]):
            continue
        last = c
        while True:
            nxt = next((g for g in last.children if g.dep_ == "conj" and g.i > last.i), None)
            if nxt is None:
                break
            last = nxt
        if any(g.dep_ == "dobj" and g.i > last.i for g in last.children):
            return last
    return None


def is_shell_subject(subj) -> bool:
    """A subject that only points back to something said before: "The move follows News Corp's
    decision", "His comments come as …", "The news triggered the share price weakness". The
    noun is a shell (move, news, comments …) with only a determiner or possessive pronoun; a
    name, modifier or complement makes it a thing of its own ("the Tories' move", "the
    decision to marry", "the new rules")."""
    if subj.lower_ not in SHELL_NOUNS or subj.pos_ not in {"NOUN", "PRON", "DET"}:
        return False
    return all(c.dep_ in {"det", "poss"} and c.pos_ in {"DET", "PRON"} for c in subj.children)


def is_restrictive_relative(verb) -> bool:
    """A restrictive relative clause on an unnamed noun says what kind of thing the noun is, not a
    fact about the world: "the service we provide", "enthusiasts who want to share tips",
    "the opportunities that ICT can bring", "everything that I have worked for", "the best money
    can buy". A clause set off by a comma on a name is a fact and stays ("Mr Livingstone, who
    once worked as a restaurant critic"; "Garden State, which he wrote")."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.pos_ in {"VERB", "AUX"}:
        cur = cur.head  # "which he wrote, directed and starred in"
    if cur.dep_ != "relcl":
        return False
    noun = cur.head
    if has_name([noun]):
        return False
    if content_noun(cur) is not None or complement_noun(cur) is not None:
        return False  # no relative: the content of "suggestions he wanted to leave" (modality.py)
    if noun.lemma_.lower() in TIME_NOUNS or noun.ent_type_ in {"DATE", "TIME"}:
        return False  # the time of an event: "The last time he topped the charts was …"
    own = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if own is not None and own.pos_ == "PROPN" and own.ent_type_ in NAMED:
        return False  # a named actor's act: "a $900m loan that Yugansk had secured on its assets"
    doc = verb.doc
    between = doc[noun.i + 1:cur.left_edge.i]
    return not any(t.text in {",", "(", "-", "–", "—"} for t in between)


# Pronouns that may resolve to an entity (kg.resolve.coref): "he refused to apologise" is his act.
RESOLVABLE = frozenset({"he", "she", "it", "they", "i", "we"})


def is_empty_reading(verb, objects, extra, subj) -> bool:
    """A clause read with nothing but a subject and an intransitive verb says nothing by itself
    when the subject names nothing: "His comments come after …", "You know, …", "goals are
    scored", "The action came after …". With a name, or a pronoun that may resolve to one, it
    stays an event ("Scholl was arrested", "The Sydney Olympics ended", "he refused to apologise"), but for
    news's "X comes as/after …" (:func:`is_timing_come`)."""
    if objects or extra:
        return False
    if is_timing_come(verb):
        return True
    if has_name(phrase(subj)):
        return False
    return not (subj.pos_ == "PRON" and subj.lower_ in RESOLVABLE)


def is_timing_come(verb) -> bool:
    """"Come" with nothing but the clause it comes as, after or when: the news's way to relate a report to the
    events around it, no event of its subject. "The sale of the Lacroix label comes as many fashion houses are
    struggling to make money", "Microsoft's announcement about spyware comes after it bought small New York
    software firm Giant Company Software", "And Ireland's chance came when Argentina's number eight Gonzalo Longo
    was yellow carded" — no "The sale of the Lacroix label — comes" (the clause is read on its own). Not a clause
    with no word that opens it: "I will have to get through and come back stronger"."""
    return (verb.lemma_.lower() == "come" and not any(c.dep_ in {"prt", "acomp", "oprd", "xcomp"} for c in verb.children)
            and any(c.dep_ == "advcl" and c.i > verb.i and any(g.dep_ == "mark" or g.tag_ == "WRB" for g in c.children)
                    for c in verb.children))


def adjective_complement_end(adj, span_end: int) -> int | None:
    """Where a copula's adjective object must end (a token index) when its phrase stops before the
    clause that completes it: "Chelsea physio Mike Banks was hopeful" (… that Robben could return
    at some point in March), "The double-Olympic champion is still undecided" (… about whether to
    compete in her first European Indoors in Madrid): cut there, the reading says only a mood.
    ``span_end`` is the token index where the object ends now; ``None`` when it is whole ("the
    potential for profit is huge", "remains highly critical of aspects of British sprinting").
    An "as … as" comparison needs its second half ("growth is never going to be as strong" (… as
    it could be)): :func:`is_equative`, and so does a comparative's "than" ("the results were slightly
    better" (… than analysts had anticipated)): :func:`is_comparison`. A phrase the object already began is
    read to its end: "all-women shortlists were not effective in getting minority women selected" (not
    "effective in getting")."""
    if adj.dep_ != "acomp" or adj.pos_ != "ADJ":
        return None
    ends = [set_off_clause_start(c.doc, c.i, c.right_edge.i + 1) for c in adj.children if c.right_edge.i >= span_end and (
        c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children))
        or (c.dep_ == "advcl" and is_equative(adj, c)) or is_comparison(adj, c) or is_for_to_infinitive(c))]
    ends += [c.right_edge.i + 1 for c in adj.head.children
             if c.left_edge.i == span_end and c.i > adj.i and is_for_to_infinitive(c)]
    return max(ends) if ends else None


def is_for_to_infinitive(clause) -> bool:
    """A "for X to V" infinitive with its own subject (an adverbial clause of the parse), which completes an
    adjective written right before it: "I'd be very happy for Mike Leigh to win" (not "I — 'd be — very happy",
    s27 judged start-b T069: happy only if he wins), "The public are reluctant for the state to fund parties",
    "the changeover is simply too difficult for them to master". The parse hangs it on the adjective or on the
    copula (:func:`adjective_complement_end` asks it of either, right after the object)."""
    kids = list(clause.children)
    return (clause.dep_ == "advcl" and clause.tag_ == "VB"
            and any(c.dep_ == "mark" and c.lower_ == "for" and c.i == clause.left_edge.i for c in kids)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids))


SET_OFF_MARKS = frozenset({",", "-", "–", "—", "--"})


def set_off_clause_start(doc, start: int, end: int) -> int:
    """Where the tokens ``[start, end)`` end before a relative clause set off by a comma or a dash, which adds to
    its noun and is no part of the phrase that completes a word: "The survey is more upbeat than official figures
    - which suggest that manufacturing is in recession - but …" → "more upbeat than official figures" (the
    figures suggest it, the survey does not); ``end`` when there is none."""
    for k in range(start + 1, end - 1):
        if doc[k].text in SET_OFF_MARKS and doc[k + 1].tag_ in {"WDT", "WP", "WP$"}:
            return k
    return end


def is_comparison(word, phrase) -> bool:
    """A comparative and the "than" phrase or clause that says what it is compared with: "The results
    were slightly better than analysts had anticipated", "its reserves were 20% smaller than previously
    thought", "the support was much less than they had been hoping for" — without it, "slightly better"
    says better than before, which the sentence does not say. ``word``: the comparative (tagged JJR or RBR, or
    a word with "more"/"less" before it, or "other": "will serve no purpose, other than to deflect flak from
    Labour's MPs", never "no purpose, other"); ``phrase``: a clause or phrase hung on it that opens with "than".
    Not "rather than", which offers an alternative ("spent on public services rather than tax cuts")."""
    doc = word.doc
    comparative = word.tag_ in {"JJR", "RBR"} or word.lower_ == "other" or any(c.dep_ == "advmod" and c.lower_ in {"more", "less"} and c.i < word.i
                                                    for c in word.children)
    return (comparative and phrase.i > word.i and phrase.dep_ in {"advcl", "prep", "xcomp"}
            and doc[phrase.left_edge.i].lower_ == "than" and phrase.left_edge.i > word.i)


def is_equative(adj, clause) -> bool:
    """An "as ADJ as …" comparison: the adjective's "as" before it and the clause's "as" after it
    ("as strong as it could be"); without its second half "as strong" says nothing."""
    return (any(c.lower_ == "as" and c.i < adj.i for c in adj.children)
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in clause.children))


def is_anaphoric_apposition(obj_tok, obj_text: str) -> bool:
    """An apposition or title that only restates the kind of thing named: "The airline, SpiceJet,"
    → not "SpiceJet — be — The airline"; an initial ("G Warburton" → not "Warburton — be — G")."""
    words = obj_text.split()
    if len(words) == 1 and len(obj_text.strip(".")) == 1:
        return True
    return (len(words) == 2 and words[0].lower() in {"the", "this", "that"} and obj_tok.pos_ == "NOUN"
            and not any(c.dep_ in {"amod", "compound", "prep"} for c in obj_tok.children))


AMOUNTS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})


# a figure as written: "280bn", "7.36m", "1,000", "2.5%"; a score: "6-4", "7/5"
FIGURE = re.compile(r"^[$£€¥]?\d[\d.,]*(?:bn|m|k|tn|%)?$", re.IGNORECASE)
CURRENCIES = frozenset("""euro euros yen yuan dollar dollars pound pounds rupee rupees rupiah won franc francs rouble
roubles ruble rubles peso pesos rand krona kronor krone kroner shekel shekels dinar dinars""".split())


def is_amount(tok) -> bool:
    """A number or an amount ("£1.1bn", "20 trillion rupiah"), also when the parser gave the figure
    no number tag ("$280bn" read as a noun), hung it beside its currency ("10.6m euros") or made
    the unit the tokenizer split off its head ("$80m (£43m)")."""
    if tok.ent_type_ in AMOUNTS or tok.like_num or tok.pos_ == "NUM" or FIGURE.match(tok.text) or is_unit_suffix(tok):
        return True  # (the unit: "$80m (£43m)" split as "$", "80", "m" is no "m — be — £43m")
    if tok.lower_ in CURRENCIES and any(FIGURE.match(t.text) for t in tok.doc[max(sentence_of(tok).start, tok.i - 2):tok.i]):
        return True
    return any(t.ent_type_ in AMOUNTS or t.like_num for t in tok.lefts for t in t.subtree)


def is_conversion(a, b) -> bool:
    """Two amounts side by side are one amount in two units, not a fact: "20 trillion rupiah
    ($2.2bn; £1.1bn)" → not "20 trillion rupiah — be — £1.1bn"; "The demand for $280bn
    (£155bn)" → not "$280bn — be — £155bn"; nor are the set scores of a match: "Jelena
    Kostanic 6-7 7-2 6-4" → not "Jelena Kostanic 6-7 — be — 7-2"."""
    return (is_amount(a) and is_amount(b)) or (is_score(b) and any(is_score(t) for t in a.subtree if not b.left_edge.i <= t.i <= b.right_edge.i))


RANKS = frozenset({"first", "second", "third", "last", "next", "only"})
# Nouns of intent, attempt or decision, which say nothing without the act they are about: "Plans
# (to extend paid maternity leave)", "the decision (to marry)", "a bid (to buy the LSE)".
INTENT_NOUNS = frozenset("""
plan proposal bid attempt effort decision move call pledge promise offer threat failure refusal right chance
opportunity need desire ambition aim goal campaign push drive scheme intention determination willingness ability
deal agreement order request permission plea appeal demand vote
""".split())
# Nouns of a capacity, a means or a duty, which say next to nothing without the act they are for: "has
# the potential (to transmit hundreds of megabits of data per second)", "lacked the power (to block the
# deal)", "have a responsibility (to help tackle the problem)" (unlike a thing had, "has a partnership to
# develop the Sakhalin 5 petroleum field").
CAPACITY_NOUNS = frozenset("""
potential power capacity capability means strength skill skills talent experience quality qualities courage nerve
confidence authority licence license freedom resources funds budget option duty obligation responsibility requirement
""".split())
CLAUSE_ARGS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "prep", "oprd", "dative", "auxpass"})


# heads that name nobody and nothing until a clause says which: "those affected", "people making
# music", "one thing all the unions are agreed on", "the relative with whom Giuseppe planned to stay"
VAGUE_HEADS = frozenset("""those these one ones people person anyone anybody someone somebody something anything
everything nothing thing things kind sort type relative relatives""".split())
TENDENCY_NOUNS = frozenset("tendency ability willingness right chance time power".split())


def is_defined_by_its_clause(noun, clause) -> bool:
    """A noun that says which one only with the restrictive clause right after it (no comma): a
    vague head ("the safety of those affected", "We have lots of people making music on old
    school stuff", "Mrs Maguire was the relative with whom Giuseppe planned to stay"), a bare
    plural ("Labour wanted policies which encouraged increased social mobility"), or a noun of
    tendency with its to-infinitive ("he strongly disapproved of the growing tendency to censor live
    broadcasts"), or a noun said of all or none of a kind ("BMW is to recall all cars equipped
    with a faulty diesel fuel-injection pump", "any voter who refuses to be inked will not receive
    the ballot": not all cars, not any voter). A named or fully determined noun keeps its own
    meaning ("the reports which emerged on Monday")."""
    if clause.dep_ not in {"relcl", "acl"} or clause.i < noun.i or noun.ent_type_:
        return False
    if any(t.is_punct for t in noun.doc[noun.i + 1:clause.left_edge.i]):
        return False  # "…, which": it adds to the noun, it does not define it
    if is_pronoun_read_as_word(noun):
        return clause.dep_ == "relcl"  # "reflects all that he has achieved", "is the one that looks likeliest to …"
    if noun.pos_ not in {"NOUN", "PRON"}:
        return False
    lemma = noun.lower_ if noun.pos_ == "PRON" else noun.lemma_.lower()
    if lemma in VAGUE_HEADS or noun.lower_ in VAGUE_HEADS:
        return True
    if lemma in TENDENCY_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return True
    if (is_quantified(noun) or is_denied_kind(noun)) and is_marked_restriction(clause):
        return True
    return (noun.tag_ == "NNS" and clause.dep_ == "relcl"
            and not any(c.dep_ in {"det", "poss", "nummod", "amod", "compound"} for c in noun.children))


def is_pronoun_read_as_word(noun) -> bool:
    """A pronoun whose clause the vague heads miss (it is no noun, or the tagger read it as a number): "all" standing alone ("The award reflects all that
    he has achieved"), "the one"/"the ones" ("Murray is the one that looks likeliest to take over Tim's
    mantle"). Not "all" before its noun or with "of" ("all of them"), nor "one" counting a noun."""
    if noun.lower_ == "all":
        return noun.pos_ in {"DET", "PRON"} and noun.dep_ in NOMINAL_DEPS and not any(c.dep_ in {"prep", "det"} for c in noun.children)
    return (noun.lower_ in {"one", "ones"} and noun.pos_ == "NUM" and noun.dep_ in NOMINAL_DEPS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children))


NOMINAL_DEPS = frozenset({"dobj", "attr", "pobj", "nsubj", "nsubjpass", "conj", "oprd", "dative"})


def is_restricting_participle(noun, clause) -> bool:
    """A bare plural and the participle clause right after it (no comma), which says which of the
    kind are meant: "The number of women buying programs to protect PCs … rose by 11.2%" (not the
    number of women), "Viruses written to make headlines … are also getting rarer" (not all
    viruses), "uncertainties associated with the general election". A determined or modified noun
    names its referent without it ("the men arrested on Monday"), and a clause after a comma only
    adds to the noun."""
    if clause.dep_ != "acl" or clause.tag_ not in {"VBG", "VBN"} or clause.i < noun.i:
        return False
    if noun.tag_ != "NNS" or noun.ent_type_ or any(c.dep_ in {"det", "poss", "nummod", "amod", "compound"}
                                                    for c in noun.children):
        return False
    return clause.left_edge.i == noun.i + 1 and not any(c.dep_ == "aux" for c in clause.children)


def is_quantified(noun) -> bool:
    """A noun with a determiner that speaks of all or none of its kind: "all cars", "every
    customer", "any voter", "no deals"."""
    return any(c.dep_ in {"det", "predet"} and c.lower_ in GENERIC_DETERMINERS for c in noun.children if c.i < noun.i)


def is_denied_kind(noun) -> bool:
    """An indefinite object of a negated verb: what is denied is a kind, and the clause after the
    noun says which ("I haven't heard a bad word said against Trevor": he has heard words, none
    said against Trevor; "we have not got an offer that is acceptable at this moment")."""
    return (noun.dep_ in {"dobj", "attr"} and noun.head.pos_ in {"VERB", "AUX"} and bool(negation_tokens(noun.head))
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children if c.i < noun.i))


def is_denied_restriction(clause) -> bool:
    """A clause restricting a kind that a negation denies (:func:`is_denied_kind`, or a "no"
    object): it asserts nothing of its own. "I haven't heard a bad word said against Trevor" says
    no word was said against him; "He would make no deals that prop up either party"."""
    noun = clause.head
    if clause.dep_ not in {"relcl", "acl"} or not is_defined_by_its_clause(noun, clause):
        return False
    return is_denied_kind(noun) or (noun.dep_ in {"dobj", "attr"} and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children) and not content_noun(clause))


def is_negated_restriction(clause) -> bool:
    """A participle with "not" right after an unnamed noun: it says which ones are meant, like a
    restrictive relative (:func:`is_restrictive_relative`), and asserts nothing of its own. "Virtually
    anything not nailed to the floor can be interacted with" — no *anything — not nailed to — the
    floor*; "Fans not wanting to carry the entrance card could present their passport". A name is not
    restricted: "With Jonny Wilkinson not playing at the moment …" says he is not playing."""
    if clause.tag_ not in {"VBG", "VBN"}:
        return False
    if clause.dep_ == "csubj":
        return is_restriction_read_as_subject(clause)
    if clause.dep_ != "acl":
        return False
    noun = clause.head
    neg = next((c for c in clause.children if c.dep_ == "neg" and c.i < clause.i), None)
    return neg is not None and neg.i == noun.i + 1 and not has_name([noun])


def is_restriction_read_as_subject(clause) -> bool:
    """The same restriction parsed as a clausal subject whose own subject is the noun: "Fans not wanting to
    carry the entrance card could present their passport" (the parse: *Fans* the subject of *wanting*, that
    clause the subject of *present*). A participle with no auxiliary, its "not" right after an unnamed noun
    that opens the clause, says which fans, and no *Fans — not wanting to carry — the entrance card*."""
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < clause.i), None)
    neg = next((c for c in clause.children if c.dep_ == "neg" and c.i < clause.i), None)
    if subj is None or neg is None or neg.i != subj.i + 1 or neg.i + 1 != clause.i:
        return False
    return (subj.pos_ in {"NOUN", "PROPN"} and not has_name([subj]) and clause.left_edge.i == subj.left_edge.i
            and not any(c.dep_ in {"aux", "auxpass"} for c in clause.children))


def is_marked_restriction(clause) -> bool:
    """A clause that shows it modifies the noun before it: opened by a relative word ("every
    keystroke that users make", "any company that buys its assets") or a participle or
    to-infinitive with no subject ("all cars equipped with …", "any evidence to do it with"), and
    no verb conjoined in it. A clause with none of these after a quantified noun is often the next
    clause misread ("If you don't have any chances you have to think of other things")."""
    if any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for c in clause.children):
        return False
    if has_relative_word(clause):
        return True
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children):
        return False
    # (an "acl" tagged VBD is a participle the tagger misread: "a bad word said against Trevor")
    return (clause.tag_ in {"VBN", "VBG"} or (clause.dep_ == "acl" and clause.tag_ == "VBD")
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children))


def is_gapless_contact_clause(clause) -> bool:
    """A finite clause read as a relative with no relative word and its object filled, also in its
    to-infinitive: no gap for the noun, so the next clause misread ("negative stereotypes of Muslims
    are on the increase we feel that Sky … has a responsibility", "If you don't have any chances you
    have to think of other things"); not a to-infinitive itself ("a lawsuit to prevent online
    leaks") nor one with its gap ("the positive campaign the party hoped to stage")."""
    if clause.dep_ != "relcl" or has_relative_word(clause) or any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    infinitives = [c for c in clause.children if c.dep_ == "xcomp"]
    return (has_filled_object(clause) or any(has_filled_object(v) for v in infinitives)
            or (clause.lemma_ == "have" and any(has_filled_object(v, prep=True) for v in infinitives)))


def has_filled_object(verb, prep: bool = False) -> bool:
    """Whether ``verb`` has its object or clause written out (with ``prep``, also a preposition with
    its noun: after the modal "have to", "think of other things" leaves no gap)."""
    return any((c.dep_ in {"dobj", "ccomp"} and not is_relative_pronoun(c))
               or (prep and c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children)) for c in verb.children)


def has_relative_word(clause) -> bool:
    """Whether ``clause`` opens with a relative word: "that", "which", "who", "where", "in which"."""
    doc = clause.doc
    first = doc[clause.left_edge.i]
    return (first.tag_ in {"WDT", "WP", "WP$", "WRB"} or first.lower_ == "that"
            or (first.dep_ == "prep" and doc[first.i + 1].tag_ in {"WDT", "WP"}))


def needs_its_clause(noun, clause) -> bool:
    """Whether ``noun`` means little without ``clause`` (a clause modifying it): "the way people
    use the internet", "fears that up to 300 jobs would be moved", "only the second to be
    nominated for a Golden Bear Award", "the oldest person ever to be named best director",
    "Plans to extend paid maternity leave" (a noun of intent and its to-infinitive)."""
    if noun.lemma_.lower() == "way" and clause.dep_ == "relcl":
        return True
    framed = content_noun(clause)
    if framed is not None and framed.i == noun.i and clause.dep_ == "acl":
        return True  # "was made before allegations (he fast-tracked a visa …)"
    if is_clause_of_fact(noun, clause):
        return True  # "the fact Turkey is a Muslim country", "the fact that shops do not open"
    completed = complement_noun(clause)
    if completed is not None and completed.i == noun.i and any(c.dep_ in CLAUSE_ARGS for c in clause.children):
        # a whole clause, no gap ("a battle that Yahoo is currently winning" is a relative); "the
        # fact" alone says nothing ("He has never hidden the fact that he is a Democrat")
        return True
    if is_defined_by_its_clause(noun, clause) or is_restricting_participle(noun, clause):
        return True
    if is_absolute_participle(noun, clause) or is_time_of_its_clause(noun, clause):
        return True
    to_infinitive = clause.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if to_infinitive and noun.lemma_.lower() in INTENT_NOUNS:
        return True  # "Plans to extend paid maternity leave … should be prominent"
    if is_forecast_for(noun, clause):
        return True  # "Three Degrees star Sheila Ferguson is the favourite to be evicted from …"
    if to_infinitive and is_capacity_for(noun, clause):
        return True  # "The technology has the potential to transmit hundreds of megabits of data per second"
    if to_infinitive and not any(c.dep_ in COMPLEMENTS for c in clause.children):
        return True  # the noun is what is to be done: "he has an enormous contribution to make", "no case to answer"
    if to_infinitive and noun.lower_ == "enough" and noun.i + 1 == clause.left_edge.i:
        # an amount measured by what it is for: "Phone companies are not doing enough to warn customers about
        # internet "rogue-dialling" scams" (they do something, not enough for that), never a bare "not doing — enough"
        return True
    ranked = noun.lower_ in RANKS or any(c.lower_ in RANKS or c.tag_ == "JJS" for c in noun.children if c.i < noun.i)
    return ranked and (any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) or is_ranking_clause(noun, clause))


def is_ranking_clause(noun, clause) -> bool:
    """A relative clause or participle right after a noun ranked by an ordinal, "only" or a superlative (no comma
    between), which says in what it ranks: cut before it, the noun ranks in nothing. "2005 is the first year a
    dedicated World Dramatic and Documentary competition is being held" (not *2005 — is — the first year*),
    "Brentford are the only sides left from outside the top two divisions" (not *… — are — the only sides*). A
    clause with no gap for the noun is the next clause misread (:func:`is_gapless_contact_clause`), a participle
    with its own subject or auxiliary is no modifier, and a clause the parse cut short is no end for an object
    (:func:`ends_whole`: "the first 30-minute comedy series that the channel has picked up since the Sex | And The
    City drew to …" keeps *the first 30-minute comedy series*)."""
    if clause.left_edge.i != noun.i + 1 or clause.i < noun.i or not ends_whole(clause):
        return False
    if noun.doc[clause.left_edge.i].lower_ == "when" or any(c.lower_ == "next" for c in noun.children if c.i < noun.i):
        return False  # a time and what happens in it: "can be resolved over the next year when … players start to come out"
    if clause.dep_ == "relcl":
        return not is_gapless_contact_clause(clause)
    return (clause.dep_ == "acl" and clause.tag_ in {"VBN", "VBG"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in clause.children))


# nouns of who is tipped for something: what they are tipped for is their infinitive ("favourite to win …")
FORECAST_NOUNS = frozenset({"favourite", "favorite", "frontrunner", "front-runner", "contender", "candidate", "choice"})


def is_forecast_for(noun, clause) -> bool:
    """A noun of who is tipped (``FORECAST_NOUNS``) with the to-infinitive right after it, which says what for:
    "Three Degrees star Sheila Ferguson is the favourite to be evicted from ITV's I'm A Celebrity" (not "is — the
    favourite", a favourite of nobody knows what), "John McCririck was 1/3 favourite to be evicted on Monday", "the
    obvious choice to replace Thomas". The parse hangs the infinitive on the noun as a relative or a modifier."""
    return (noun.lemma_.lower() in FORECAST_NOUNS and clause.dep_ in {"acl", "relcl"} and clause.left_edge.i == noun.i + 1
            and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i for c in clause.children))


def is_capacity_for(noun, clause) -> bool:
    """A noun of capacity, means or duty (``CAPACITY_NOUNS``) with its determiner and the infinitive
    right after it: "has the potential (to transmit …)", "have a responsibility (to help tackle the
    problem)". Not the noun of a thing, with no determiner: "encouraged construction of new electricity
    generating capacity (to solve chronic energy shortages)" — the infinitive is the encouraging's
    purpose."""
    return (noun.lemma_.lower() in CAPACITY_NOUNS and clause.left_edge.i == noun.i + 1
            and any(c.dep_ in {"det", "poss"} and c.i < noun.i for c in noun.children))


def is_absolute_participle(noun, clause) -> bool:
    """A "with" phrase whose noun has its own participle right after it: the participle is what the
    phrase says of the noun ("With so much time spent in the spotlight, Holmes has increasingly
    dropped hints …", "Umaga will meet O'Driscoll, with the Irish captain leading the Northern
    Hemisphere side"); cut, "with so much time" says nothing."""
    return (clause.dep_ == "acl" and clause.tag_ in {"VBG", "VBN"} and clause.i > noun.i
            and noun.dep_ == "pobj" and noun.head.lower_ in {"with", "without"}
            and not any(t.is_punct for t in noun.doc[noun.i + 1:clause.left_edge.i]))


def is_time_of_its_clause(noun, clause) -> bool:
    """A time noun that the clause right after it dates: "We hope the excitement will create an even
    bigger buzz by the time we open in London", "at a time when blockbuster titles offer only a fresh
    lick of paint" — cut, "by the time" says when nothing happens. A named date says when on its own,
    and a clause whose subject is the relative pronoun is about something else ("I read an article
    the other day which suggested …": the article suggested it)."""
    return (noun.ent_type_ not in {"DATE", "TIME"} and clause.dep_ == "relcl" and is_dated_by(noun, clause)
            and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.tag_ not in {"WDT", "WP"} and c.lower_ != "that"
                    for c in clause.children))


def needed_clause_end(span, verb, adjacent: bool = False) -> int | None:
    """Where an object must end (a token index) when its phrase stops before the clause that gives
    it its meaning: "Search engines are key to the way" (… people use the internet), "Unions …
    have reportedly expressed fears" (… that up to 300 jobs would be moved to London), "The film
    is only the second" (… to be nominated for a Golden Bear Award): cut there, the reading says
    something else. ``None`` when the object is whole, or its clause only adds to it ("the
    reports which emerged on Monday"). ``verb`` is the predicate the object belongs to: never its
    own clause, nor one it is inside ("a battle that Yahoo is currently winning" → Yahoo — win — a battle).
    With ``adjacent`` (a subject), only a clause right after the phrase: in "A three-judge panel of
    the court held in 2003 that the band had abided by …" the that-clause is what was held."""
    ends = [restriction_end(c) for t in span_tokens(span) for c in t.children
            if c.dep_ in {"relcl", "acl"} and c.i >= span.end and not c.left_edge.i <= verb.i <= c.right_edge.i
            and (not adjacent or c.left_edge.i == span.end)
            and (needs_its_clause(t, c) or (not adjacent and is_identifying_clause(t, c)))
            and not ends_cut(c)]
    ends += [end for end in (adjective_complement_end(t, span.end) for t in span_tokens(span)) if end is not None]
    # (a "than" the parse hung on the verb completes the object's comparative: "Sony BMG is now manufacturing
    # 5,000 more copies of each single than originally planned")
    ends += [c.right_edge.i + 1 for t in span_tokens(span) for m in t.children
             if m.dep_ == "amod" and (m.tag_ == "JJR" or m.lower_ == "other")
             for c in verb.children if c.left_edge.i == span.end and is_comparison(m, c)]
    ends += [c.right_edge.i + 1 for t in span_tokens(span) if t.dep_ == "amod" for c in t.children
             if c.left_edge.i == span.end and is_comparison(t, c)]  # "no purpose, other than to deflect flak"
    completed = indefinite_pronoun_end(span, verb)
    if completed is not None:
        ends.append(completed)
    if not adjacent:
        ends += [restriction_end(c) for c in verb_infinitives_of_object(span, verb)]
        ends += [end for end in (small_clause_end(t, span.end, verb) for t in span_tokens(span)) if end is not None]
        reported = reported_clause_end(span, verb)
        if reported is not None:
            ends.append(reported)
        denied = denied_adjunct_end(span, verb)
        if denied is not None:
            ends.append(denied)
    return max(ends) if ends else None


# nouns whose to-infinitive is what they are of, even where the parse hangs it on the verb: the intents
# and a few of the capacities (not a means such as "funds", "skills": "used funds to buy …" is a purpose)
INFINITIVE_NOUNS = INTENT_NOUNS | frozenset("power authority duty obligation responsibility licence license freedom potential "
                                            "capacity capability courage nerve".split())


def verb_infinitives_of_object(span, verb) -> list:
    """The to-infinitive written right after an object whose noun of intent or duty (:data:`INFINITIVE_NOUNS`)
    it completes, which the parse hung on the verb as an adverbial clause (a purpose): "Labour peer Lord Dubs'
    Succession to the Crown Bill aims to end the right of male heirs to succeed to the crown" gave … — aims to
    end — the right of male heirs (all their rights, s27 judged start-b T031), "The government has resisted
    calls to publish the full advice" … — has resisted — calls, "the Court of Appeal backed the Home Office's
    powers to hold them without limit or charge" … — backed — the Home Office's powers. Only an infinitive
    with no subject or conjunction of its own that opens right where the object ends, hung on the verb the
    noun is the object of; never a means ("learn skills to get new jobs"), nor a clause the object is inside."""
    if not len(span):
        return []
    noun = span_root(span)
    if noun.dep_ not in {"dobj", "attr"} or noun.lemma_.lower() not in INFINITIVE_NOUNS or noun.head.i == noun.i:
        return []
    doc = span.doc
    return [c for c in noun.head.children
            if c.dep_ == "advcl" and c.tag_ == "VB" and c.left_edge.i == span.end and doc[span.end].lower_ == "to"
            and doc[span.end].head.i == c.i and doc[span.end].dep_ == "aux"
            and not any(g.dep_ in {"mark", "nsubj", "nsubjpass"} for g in c.children)
            and not c.left_edge.i <= verb.i <= c.right_edge.i and not ends_cut(c)]


INDEFINITE_PRONOUNS = frozenset({"nothing", "something", "anything", "everything"})


def indefinite_pronoun_end(span, verb) -> int | None:
    """Where an object that is an indefinite pronoun must end (a token index) when the adjective or the "but"
    phrase written right after it, which says what the pronoun is, was hung on the verb or cut off: "The
    Russian said she did nothing wrong by taking the medicine" (not *she — did — nothing*), "his demands are
    anything but excessive" (not *… — are — anything*), "the two leaders do nothing but fight it out" (not
    *… — do — nothing*). ``None`` when nothing such follows: "He did something else after the whistle" keeps
    its "else" already; "they did nothing, but …" is another clause."""
    root = span_root(span)
    doc = span.doc
    if root.lower_ not in INDEFINITE_PRONOUNS or span.end >= len(doc) - 1 or root.i != span.end - 1:
        return None
    after = doc[span.end]
    if after.tag_ in {"JJ", "JJR"} and after.head.i in {root.i, verb.i} and after.dep_ in COMPLETING_ADJECTIVE_DEPS:
        return after.i + 1 if after.right_edge.i < after.i else after.right_edge.i + 1
    if after.lower_ != "but" or doc[span.end + 1].is_punct:
        return None
    # (the parse hangs what follows "but" on it, on the pronoun or on the verb)
    parts = [c for h in (after, root, verb) for c in h.children
             if c.i > after.i and c.left_edge.i == after.i + 1 and c.dep_ in {"pcomp", "pobj", "amod", "acomp", "conj", "xcomp"}]
    return max(c.right_edge.i for c in parts) + 1 if parts else None


COMPLETING_ADJECTIVE_DEPS = frozenset({"advmod", "amod", "acomp", "oprd", "dep", "xcomp", "ccomp"})


def denied_adjunct_end(span, predicate) -> int | None:
    """Where an object must end (a token index) when a negation falls on the purpose or manner written right
    after it: "No longer do virus writers produce programs to show off their technical prowess to rivals" (they
    produce programs, not to show off), "Mike does not want to go into the Six Nations worrying about where he
    will be playing" (he wants to go, not worrying) — cut before it, the negated row denies the act itself. A
    to-infinitive or an -ing clause the parse hung on the object's verb, with no subject or opening word of its
    own and no comma before it, run into the object; ``None`` when the verb is not denied or nothing follows
    (``predicate``: never the clause's own reading)."""
    root = span_root(span)  # (a view token: its verb's negations are kept, asked again by the relation and the frame)
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if root.dep_ not in {"dobj", "pobj", "attr"} or verb.pos_ not in {"VERB", "AUX"} or not is_denied_chain(verb):
        return None
    if any(t.lower_ in {"enough", "too"} for t in span_tokens(span)):
        return None  # (the degree's own infinitive, not a purpose: "are not doing enough to protect people")
    # (the parse may hang the -ing clause on the object's noun: "the Six Nations worrying about …")
    for c in list(verb.children) + [a for a in root.children if a.dep_ == "acl" and a.tag_ == "VBG"]:
        if c.dep_ not in {"advcl", "acl"} or c.left_edge.i != span.end or c.left_edge.i <= predicate.i <= c.right_edge.i:
            continue
        if any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children if g.i < c.i):
            continue
        purpose = c.tag_ == "VB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        if purpose or (c.tag_ == "VBG" and c.left_edge.i == c.i):
            return c.right_edge.i + 1
    return None


def is_denied_chain(verb) -> bool:
    """Whether ``verb`` or a verb whose infinitive it is carries a negation of the act ("does not want to go"),
    not an infinitive's own ("opted not to call")."""
    for _ in range(4):
        if any(n.i + 1 < len(n.doc) and n.doc[n.i + 1].lower_ != "to" for n in negation_tokens(verb)):
            return True  # (not an infinitive's own "not": "opted not to call upon video evidence")
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


# verbs whose object and the participle or adjective after it are one small clause: what is kept, left, found,
# seen or had is the object in that state ("kept the visitors pinned in their own half", "kept prices unchanged")
SMALL_CLAUSE_VERBS = frozenset("""keep leave find see hear watch notice catch have get hold want need like prefer
render send""".split())


def small_clause_end(obj, span_end: int, predicate) -> int | None:
    """Where a direct object must end (a token index) when the participle or adjective written right after it
    says the state the verb keeps, leaves or finds it in, which the parse hung on the object (``acl``: "Ireland
    kept the visitors pinned in their own half for long periods", "The ruling leaves the company facing a huge
    bill") or on the verb (``oprd``: "The firm kept prices unchanged"): cut there, "kept — the visitors" and
    "kept — prices" say something else. ``span_end``: where the object ends now. ``None`` for another verb
    ("arrested a man wearing a mask": the participle only says which man, read as a restriction) or no such
    word, and never for the participle's own reading (``predicate``: "the visitors — be pinned in — their own
    half")."""
    verb = obj.head
    if obj.dep_ != "dobj" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    states = [c for c in obj.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"}] if verb.lemma_.lower() in SMALL_CLAUSE_VERBS else []
    if not (verb.lemma_.lower() in NAMING_VERBS and _named_object(obj)):  # (the relation takes what a name is
        # called: "If people want to call it urban" → want to call urban — it, misreadings.object_complement)
        states += [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in {"ADJ", "VERB"}]
    state = next((c for c in states if c.left_edge.i == span_end and not c.left_edge.i <= predicate.i <= c.right_edge.i), None)
    return state.right_edge.i + 1 if state is not None else None


# verbs of knowing and feeling that take a clause with no "that" ("forgets basic Human Rights were suspended")
CLAUSE_TAKERS = frozenset("""feel forget agree know realise realize find accept admit deny pretend suspect doubt assume
expect believe think fear hope guess reckon remember understand show prove ensure recognise recognize acknowledge
concede rule claim say insist argue suggest""".split())


def reported_clause_end(span, predicate) -> int | None:
    """Where the object of a verb of saying or knowing must end (a token index) when it is the subject of the clause
    the verb takes, with no "that", and the parse made it the verb's object and left the clause's verb with no subject:
    "the England skipper admitted another season of under-achievement would not be tolerated at the Bernabeu
    stadium" (not *… — admitted — another season of under-achievement*), "President Bush's advisers have repeatedly
    denied global warming is taking place", "Lord Falconer agreed the 1701 Act of Settlement, which governs the
    succession, was discriminatory" (a relative clause set off between commas is passed). ``None`` when the next
    word is no finite verb, or its verb has a subject of its own ("told reporters the deal was done")."""
    root = span_root(span)
    if object_verb_of_chain(root, predicate) is None:
        return None
    clause = clause_of_subject_read_as_object(root, span.end)
    if clause is None:
        return None
    words = [c for c in clause.children if c.i > clause.i and c.dep_ not in {"conj", "cc", "punct", "parataxis"}]
    return max([clause.i, *(c.right_edge.i for c in words)]) + 1


def object_verb_of_chain(obj, predicate):
    """The verb whose object ``obj`` is, when that verb is ``predicate`` or the last of the to-infinitives it
    takes ("was trying to ensure", "had to accept"), else ``None``: the relation of a chain is read from its first
    verb, and the object is the last one's. "the UK was trying to ensure future EU budgets were limited to 1% of
    Europe's economic output" (s29 judged cstart-b T081) → the object is what it tried to ensure, not *future EU
    budgets*."""
    verb = obj.head
    tok = verb
    while tok.i != predicate.i:
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            return None
        tok = tok.head
    return verb


def clause_of_subject_read_as_object(obj, end: int):
    """The verb of the clause whose subject is ``obj``, the object of a verb of saying or knowing (ending before the
    token ``end``), when the parse left that verb with no subject (:func:`reported_clause_end`), else ``None``."""
    verb = obj.head
    doc = obj.doc
    if obj.dep_ != "dobj" or verb.lemma_.lower() not in CLAUSE_TAKERS:
        return None
    at = end
    aside = next((c for c in obj.children if c.dep_ == "relcl" and c.left_edge.i == at + 1), None)
    if at + 1 < len(doc) and doc[at].text == "," and aside is not None and is_relative_pronoun(doc[at + 1]):
        at = aside.right_edge.i + 1  # ", which governs the succession,"
        if at >= len(doc) or doc[at].text != ",":
            return None
        at += 1
    if at >= len(doc) or doc[at].tag_ not in FINITE_TAGS:
        return None
    finite = doc[at]
    clause = finite.head if finite.dep_ in {"aux", "auxpass"} else finite
    if clause.i < at or clause.i == verb.i or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children):
        return None
    if is_inside_modifier_of(verb, clause):
        return None  # the clause whose subject the verb's clause describes: "the man who agreed the deal | was sacked"
    if clause.dep_ == "ccomp" and clause.head.i == verb.i:
        return None  # the verb's own clause, read with that subject as what is reported: "Aragones insisted the comments … were meant to motivate the player"
    return clause


def is_inside_modifier_of(verb, clause) -> bool:
    """Whether ``verb`` is in a relative or participle clause inside ``clause`` (on its way up to it): "The man who
    agreed the deal was sacked". A verb the parse hung on the clause itself is not ("the England skipper admitted
    another season … would not be tolerated": "admitted" under "tolerated")."""
    path = []
    tok = verb
    while tok.i != clause.i:
        if tok.head.i == tok.i:
            return False  # (the clause is not above the verb)
        path.append(tok)
        tok = tok.head
    return any(t.dep_ in {"relcl", "acl"} for t in path)


def has_subject_read_as_object(verb) -> bool:
    """Whether ``verb`` is the verb of a clause whose subject the parse made the object of the verb of saying or
    knowing before it (:func:`clause_of_subject_read_as_object`): its reading would take a subject from elsewhere.
    "Lord Falconer agreed the 1701 Act of Settlement, which governs the succession, was discriminatory" gives no
    *The Lord Chancellor — was — discriminatory*; "advisers have repeatedly denied global warming is taking place"
    no *President Bush's advisers — is taking — place*."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children):
        return False
    for obj in span_tokens(sentence_of(verb)):
        if obj.i >= verb.i:
            return False
        if obj.dep_ == "dobj" and obj.head.lemma_.lower() in CLAUSE_TAKERS:
            clause = clause_of_subject_read_as_object(obj, obj.right_edge.i + 1 if not any(
                c.dep_ == "relcl" for c in obj.children) else min(c.left_edge.i for c in obj.children if c.dep_ == "relcl") - 1)
            if clause is not None and clause.i == verb.i:
                return True
    return False


def is_identifying_clause(noun, clause) -> bool:
    """A clause right after an unnamed common noun, with no comma, that says which one is meant: an
    object cut before it says something else. "The Act bans the installation of software that takes
    control of another computer" (not all software), "Workers should not be placed in the situation
    where they are forced to choose …", "he had not seen "the slightest step" the Palestinians were
    working to end terror attacks", "The whole glory of John Peel was the fact he was not commited
    to one genre" (a contact clause with its own subject). A name says which on its own, a time
    noun is :func:`is_time_of_its_clause`'s, a clause after a comma or dash only adds to the noun
    ("the reports, which emerged on Monday"). Read for objects (:func:`needed_clause_end`)."""
    if clause.i < noun.i or noun.pos_ != "NOUN" or noun.ent_type_ or noun.lemma_.lower() in TIME_NOUNS:
        return False
    if noun.doc[clause.left_edge.i].lower_ == "when":
        # "when" relates a clause to a time, never to a thing: after another noun it is an adverbial clause of the
        # verb the parse hung on the noun ("Mutu faces a ban of between six months and two years when the Football
        # Association decides on his punishment": the object is "a ban of …", the clause says when)
        return False
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    if not (clause.dep_ == "relcl" or (clause.dep_ == "acl" and own_subject and clause.tag_ in {"VBD", "VBZ", "VBP", "VBN"})):
        return False
    between = noun.doc[noun.i + 1:clause.left_edge.i]
    if any(t.is_punct and t.text not in QUOTES for t in between):
        return False
    if own_subject and not has_relative_word(clause) and any(t.text not in QUOTES for t in between):
        return False  # a contact clause opens right after its noun: "a bid of substance and worth taking then between us we'd decide"
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if clause.doc[clause.left_edge.i].lower_ == "that" and subjects and subjects[0].lower_ != "that" \
            and is_report_setting(noun):
        return False  # "that" may open what was reported only when the clause has a subject of its own
    return ends_whole(clause) and not is_gapless_contact_clause(clause)


def is_report_setting(noun) -> bool:
    """Whether ``noun`` is where or when a report is made, in a phrase of a verb of saying that has
    no reported clause of its own: "President Donald Trump reported at the G7 summit that Iran
    wishes to engage in discussions" — the "that" clause is what he reported, though the parse may
    hang it on "summit" as a relative; not "said in a statement that …" parsed right (the verb has
    its clause), nor "bans the installation of software that …" (no verb of saying)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"}:
        return False
    verb = prep.head
    return is_reporting(verb) and not any(c.dep_ == "ccomp" for c in verb.children)


def ends_whole(clause) -> bool:
    """Whether a restricting clause ends where an object can end: its last word (past a closing
    mark) is no opener of the next clause ("a number of core elements that include hip-hop, R&B,
    garage and into that obviously comes soul" ends on "that"), no word of a title running on past
    it ("the first 30-minute comedy series that the channel has picked up since the Sex And The City
    drew to …", "a one-disc version that has commentaries and a Making Of"), and no bare verb whose
    noun phrase the parse hung elsewhere ("the reaction to polling which suggests the public
    believe Labour and Tony Blair are the future"): cut there, the object stops mid-phrase."""
    doc = clause.doc
    last = doc[restriction_end(clause) - 1]
    while last.i > clause.i and last.is_punct and last.text not in QUOTES:
        last = doc[last.i - 1]  # "the same problem that has always existed - how many of us …"
    if opens_next_clause(last):
        return False
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is None or nxt.is_punct:
        return True
    if last.text[:1].isupper() and nxt.is_alpha and nxt.text[:1].isupper():
        return False
    return not (last.pos_ == "VERB" and nxt.pos_ in {"PROPN", "NOUN", "DET", "PRON", "NUM", "ADJ"})


def opens_next_clause(tok) -> bool:
    """A word that closes no phrase but opens the next clause, dropped from an object's end: a
    conjunction or subordinator ("things going on that | will make you …"), "then", a relative word."""
    return tok.dep_ in {"cc", "mark", "preconj"} or tok.lower_ in {"that", "then", "which", "who"}


def restriction_end(clause) -> int:
    """Where a restricting clause ends (a token index, exclusive): before a comma-set relative
    clause hung on its last noun ("a bad word said against Trevor, which, considering …,
    is … impressive" ends at "Trevor")."""
    doc = doc_tokens(clause.doc)  # (indexed and sliced as the Doc is)
    end = min([c.left_edge.i for c in clause.children if is_clause_of_its_own(clause, c)], default=clause.right_edge.i + 1)
    for t in doc[clause.i + 1:end]:
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.text == "," and nxt is not None and nxt.tag_ in {"WDT", "WP", "WP$"}:
            return t.i
    return end


# the opening words of a clause conceded to the main clause, never part of a relative one before it
CONCEDING_MARKS = frozenset({"although", "though", "whereas"})


def is_clause_of_its_own(clause, child) -> bool:
    """Whether ``child`` of a restricting clause goes on with another clause, not the restriction: a
    participle after a comma ("reports linking him with the Spanish giants, issuing a statement
    through Arsenal" — Reyes issued it), or a verb coordinated in the other participle or the other
    number ("issues ignored by the big media or offering an eye-witness account" — the blogs offer
    it; "spyware watches everything that people do with their PC and steals login information" —
    spyware steals it). A base form beside a present one is no sign ("names that look like … but
    lead users to fake sites": the tagger writes either)."""
    doc = clause.doc
    if child.i < clause.i or child.left_edge.i == 0:
        return False
    if child.dep_ == "advcl" and doc[child.left_edge.i - 1].text == ",":
        return True
    if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONCEDING_MARKS and m.i < child.i for m in child.children):
        return True  # a concession is the main clause's: "the label he founded in 1987 | although exact details are …"
    if child.dep_ == "conj" and any(g.dep_ in {"nsubj", "nsubjpass"} and not is_relative_pronoun(g) for g in child.children):
        return True  # a clause with its own subject: "the team which has conceded fewest goals … and they defend very well"
    if child.dep_ == "conj" and is_finite_after_infinitive(child):
        return True  # a finite verb no infinitive goes on with: "Tony Blair has had the chance to tackle the problems facing Britain | and has failed"
    if child.dep_ != "conj" or child.tag_ == clause.tag_:
        return False
    return {child.tag_, clause.tag_} in ({"VBG", "VBN"}, {"VBZ", "VBP"})


def ends_cut(clause) -> bool:
    """Whether the parse cut ``clause`` short: it ends on a conjoined verb with nothing of its own
    ("Tory proposals to cap the number of asylum seekers and process (all claims abroad) would not
    work": "all claims abroad" went elsewhere); run on to there, the argument would end mid-phrase."""
    last = clause.doc[clause.right_edge.i]
    return last.pos_ == "VERB" and last.dep_ == "conj" and not any(True for _ in last.children)


# Verbs whose participle after a clause says what the whole event led to: ", meaning …", ", making
# this his last budget", ", taking the number of people employed to 38.9 million".
RESULT_VERBS = frozenset({"mean", "make", "take", "leave", "bring", "push", "put", "cause", "lift", "drive", "lead", "prompt",
                          "spark", "trigger"})


def is_result_participle(verb) -> bool:
    """A participle clause after a comma that gives the result of the whole clause before it: its
    subject is that event, not the clause's subject: "Venus went out in the fourth round, meaning
    she has not gone further than the last eight" (not "Venus — be meaning — …"), "Mr Khatami's
    second term as president ends on 1 August, making this his last budget", "The State Tobacco Monopoly
    Administration said a week later that it had not approved the deal, leading to an embarrassing public row"
    (the saying led to it, nor is it the Administration's claim)."""
    doc = verb.doc
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in RESULT_VERBS
            and verb.i > verb.head.i and verb.i > 0 and doc[verb.i - 1].text == ","
            and not any(c.dep_ in {"mark", "nsubj", "aux"} for c in verb.children))


BIRTH_NAME_DEPS = frozenset({"dobj", "oprd", "attr"})


def is_birth_name(verb) -> bool:
    """"born" with a person's name as its object: the name its subject was given at birth, one referent
    under two names, no second participant ("She was born Lilian Alicia Marks in London in 1910" is no
    *Alicia Markova — be born — Lilian Alicia Marks*, an edge from a person to herself; "The singer, born
    Anton Corbijn, …"; "who was born John Smith in Leeds"). A people or creed is no name of the subject:
    "He was born a Catholic", "born Jewish" stay.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("She was born Lilian Alicia Marks in London in 1910. He was born a Catholic.")
    >>> [is_birth_name(t) for t in doc if t.lower_ == "born"]
    [True, False]
    """
    return verb.lower_ == "born" and any(
        c.dep_ in BIRTH_NAME_DEPS and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in verb.children)


# Verbs that say the keeping did not come off: "failed to prevent X doing Y" (X did it).
FAILING = frozenset({"fail", "unable"})


def is_prevented_event(verb) -> bool:
    """An -ing clause whose subject is what a verb of preventing acts on says what that verb keeps from
    happening, not what happens: "The court order stops the spammers sending e-mail" (no *the spammers —
    sending — e-mail*), "He added that local authorities would still be able to stop new casinos coming to
    their areas", "sexism at work was still preventing women reaching their full potential", "asked
    California's Superior court to stop Apple pursuing the sources". The clause is the verb's own (a
    complement with its subject, or a participle on the verb's object), or one conjoined with it. Under a
    negation the event did happen and stays: "that didn't stop her winning the Olympic 10,000m bronze
    medal", "could not prevent his side losing 3-2 to Chelsea", "failing to prevent their fans …"."""
    while verb.dep_ == "conj" and verb.head.tag_ == "VBG" and verb.tag_ == "VBG":
        verb = verb.head  # "to stop people pirating music and swapping films"
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.i < verb.i:
        preventer = verb.head.head
    elif verb.dep_ in {"ccomp", "xcomp"} and (any(c.dep_ == "nsubj" for c in verb.children) or any(
            c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children)):
        preventer = verb.head
    else:
        return False
    return preventer.lemma_.lower() in PREVENTING and not is_negated_prevention(preventer)


def is_negated_prevention(verb) -> bool:
    """Whether a verb of preventing is negated, or is the complement of a verb that says it failed, along
    the chain of verbs and adjectives it completes: "didn't stop", "could not prevent", "failing to
    prevent", "unable to stop"."""
    cur = verb
    for _ in range(4):
        if any(c.dep_ == "neg" for c in cur.children) or cur.lemma_.lower() in FAILING:
            return True
        if cur.dep_ not in {"xcomp", "acomp", "conj"}:
            return False
        cur = cur.head
    return False


def is_as_far_as_hedge(verb) -> bool:
    """The clause of an "as far as X is aware / knows / is concerned" hedge: it limits what the speaker vouches
    for and tells no event of its own. "foxes and other animals had been killed "legally" as far as he was
    aware" (blind s18 end audit: *he — was — aware*, trivial), "The company, as far as we're aware, has not
    broken the law", "As far as I know he has never been there". The parse hangs the clause on "far", itself
    an adverb of the clause it hedges, with an "as" before it and the clause's own "as" as its marker."""
    if verb.dep_ != "advcl" or verb.head.lower_ != "far":
        return False
    far = verb.head
    return (any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children)
            and any(c.lower_ == "as" and c.i < far.i for c in far.children))


def is_pseudo_cleft(verb, subj) -> bool:
    """A copula whose subject is a free relative with "what" and whose complement is a clause: the pseudo-cleft
    "What they say is you have got to give us powers …" (blind s18 end audit: *What they say — is — …*,
    trivial), "What really annoys me is that we are here in 2005", "What matters most is whether it is
    reformed". The subject only announces what the rest of the sentence says; the reading that says it is the
    clause after the copula. A noun phrase after the copula is the thing the reading is about and stays
    ("What makes me happy is the effort"). Not a "what"
    clause before another verb ("What users do with Blinkx shows that …"). The parse may read the clause after
    the copula as a verb of its own that takes the same subject ("What we want to do is help net service firms
    communicate …": no *What we want to do — help — …* either)."""
    if subj is None or subj.dep_ != "csubj" or subj.head.lemma_.lower() != "be":
        return False
    be = subj.head
    if any((c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN", "NUM"} or c.dep_ == "acomp") and c.i > be.i
           for c in be.children):
        # a noun phrase focused is what the reading is about ("What makes me happy is the effort"), and an adjective
        # says what the free relative is ("What the boy in the Bernabeu did was odd"): readings, both
        return False
    first = min((t for t in subj.subtree if not (t.is_punct or t.dep_ == "cc")), key=lambda t: t.i, default=subj)
    return first.lower_ in {"what", "whatever"}


def labelled_noun(subj):
    """The noun a subject labels its clause with: the subject itself, or the noun of "one of the …"
    ("One of the problems is that …")."""
    if subj.lower_ == "one":
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return noun if noun is not None and noun.pos_ == "NOUN" and noun.tag_ == "NNS" else None
    return subj if subj.pos_ == "NOUN" else None


def is_clause_label_copula(verb, subj) -> bool:
    """A copula whose subject is an unnamed noun and whose complement is a clause, which the noun only labels:
    "The fear is that the touch screen and voice recognition are treated as little more than gimmicks", "The reality
    is that with broadband connections, anybody can be the producer of content", "One of the problems is that
    mobiles are used just for storage" (blind s28 start audit: *The fear — is that — …*, trivial). The clause is
    read on its own (a fear's with the modality ``fear``, kg.extract.modality); "The fear — is that — …" says
    nothing more. A noun with an owner or a complement names whose view it is and stays ("His view is that …",
    "the fear of investors is that …"), as does a name ("Microsoft's argument is that …")."""
    if subj is None or subj.dep_ != "nsubj" or verb.lemma_.lower() != "be" or subj.head.i != verb.i:
        return False
    noun = labelled_noun(subj)
    if noun is None or has_name(subj.subtree):
        return False
    if any(c.dep_ in {"poss", "prep", "acl", "relcl", "compound"} for c in noun.children):
        return False
    if any(c.dep_ in COPULA_COMPLEMENTS for c in verb.children):
        # the copula says something of its own and the clause was hung on it by a misparse: "That document is likely
        # to feature in the exhibition the archives will put on", "The project is still at the pilot stage and
        # EduVision staff are on the ground", "Singer and actor Harry Connick Jr is to star in … hit musical"
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in {"VERB", "AUX"} for c in verb.children)


COPULA_COMPLEMENTS = frozenset({"acomp", "attr", "prep", "xcomp", "dobj", "oprd", "agent", "advcl"})


# adverbs that single out one part of what was named just before: "new music, especially up and coming acts"
FOCUS_ADVERBS = frozenset({"especially", "particularly", "notably", "chiefly", "mainly", "principally", "primarily"})


def is_focus_fragment(words) -> bool:
    """A subject (``words``: its tokens) that opens with "especially"/"particularly" … names no one: it is the tail
    of a list or an apposition that singles out part of a noun before it, which the reading lost. "… which explores
    new music, especially up and coming acts breaking through in Wales" (blind s29 start audit: *especially up and
    coming acts — be breaking through in — Wales*, trivial), "other technologies, particularly one known as
    Wap-push". A name singled out is a participant of its own and stays ("rivals, particularly Microsoft, …")."""
    words = [t for t in words if not t.is_punct]
    return bool(words) and words[0].lower_ in FOCUS_ADVERBS and not has_name(words)


# verbs that say what they make of an object with an adjective ("made the patch available", "rendered it useless")
RESULT_ADJECTIVE_VERBS = frozenset({"make", "render"})


def is_result_adjective_without_object(verb) -> bool:
    """"make"/"render" + an adjective with no object for the adjective to be said of: the object was moved away
    from the verb — gapped by a relative or by "as" ("One of the critical patches Microsoft has made available is …",
    "As I have always made clear, I set out …", blind s29 start audit: *I — have always made — clear*, trivial), or
    cut off by a quotation mark ("the ruling would 'make more difficult…'"). The reading says only that someone made
    something "clear" or "available". An object of its own stays ("made the patch available", "made clear his
    opposition", "made it clear that …"), as do a passive ("labelling can be made clearer") and an adjective with
    a complement of its own ("make sure that …", "made good on a promise")."""
    if verb.lemma_.lower() not in RESULT_ADJECTIVE_VERBS:
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False  # a passive participle: "websites are bombarded by requests … and rendered inaccessible"
    if any(c.dep_ in {"dobj", "dative", "nsubjpass", "auxpass", "ccomp"} and c.pos_ != "ADJ" for c in verb.children):
        return False
    adjectives = [c for c in verb.children if c.dep_ in {"acomp", "oprd", "ccomp", "xcomp"} and c.pos_ == "ADJ"
                  and c.i > verb.i]
    # the adjective alone (or with a degree word): any other word of its own is its object or clause, misparsed
    # ("made clear the UK would welcome …", "make travelling easier", "make clear that Chelsea has …")
    return bool(adjectives) and all(g.dep_ in {"advmod", "punct"} for a in adjectives for g in a.children)


# nouns of what is to be done or found, which a "be" + "-ing" form after them completes as a copula ("the challenge
# will be balancing …"), never as a progressive of their own act
TASK_NOUNS = frozenset("""challenge key aim goal task priority trick secret answer solution job objective intention mission
purpose dream option alternative step remedy""".split())
# nouns that do so only when a superlative, an ordinal or a clause says which one is meant ("the most satisfying element
# of the game is seeing …", "The problem they faced was converting …"); "the problem is getting worse" is an event
SINGLED_NOUNS = frozenset("""thing part element aspect feature problem difficulty question issue worry concern fear danger
risk point""".split())
SINGLING_WORDS = frozenset({"main", "only", "first", "next", "last", "real", "biggest", "hardest", "best", "toughest"})


def is_gerund_after_copula(verb) -> bool:
    """An "-ing" form after "is"/"was"/"will be" that completes the copula, not a progressive: the subject names a
    task, an aim or a part, and the "-ing" clause says what it is. "But the challenge will be balancing storage
    capacity with battery life …" (dev audit T026: the challenge balances nothing), "The key to any successful bid
    will be attracting the support of United's largest shareholders", "By far the most satisfying element of the
    game is seeing old favourites … resurrected" (T041), "The problem they faced … was converting this local
    feelgood factor into votes"; and a pseudo-cleft with an "-ing" clause ("What we're doing is introducing some
    simple guidelines …", T049: no *What we're doing — is introducing — …*). A progressive stays: "personal
    ambition is obstructing good government", "The economy is doing a bit better", "the problem is getting worse"
    (nothing singles the problem out), a form with no object ("the plan is working") and "going to"."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.tag_ == "VBG":
        cur = cur.head  # "is not simply tackling idleness but delivering full employment"
    if cur.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lemma_ == "be" and c.lower_ != "being" for c in cur.children):
        return False
    if cur.lemma_.lower() == "go":
        return False  # "the first goal was always going to be crucial": a future, read as one
    subj = next((c for c in cur.children if c.dep_ in {"nsubj", "csubj"} and c.i < cur.i), None)
    if subj is None:
        return False
    if subj.dep_ == "csubj":
        first = min((t for t in subj.subtree if not t.is_punct), key=lambda t: t.i, default=subj)
        return first.lower_ in {"what", "whatever"}
    if not any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep"} for c in cur.children):
        return False
    if subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    lemma = subj.lemma_.lower()
    if lemma in TASK_NOUNS:
        return True
    if lemma not in SINGLED_NOUNS:
        return False
    return any((c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in SINGLING_WORDS
                                      or any(g.dep_ == "advmod" and g.lower_ in {"most", "least"} for g in c.children)))
               or (c.dep_ == "relcl" and c.i > subj.i and not subj.doc[c.left_edge.i - 1].is_punct)
               for c in subj.children)


# heads that name people in general until a participle says which: "people making over £100,000", "those working on PCs"
GENERIC_PEOPLE = frozenset("people person those anyone anybody someone somebody everyone everybody".split())
# words before such a head that leave it generic ("many people", "young people", "most people")
GENERIC_PREMODIFIERS = QUANTIFIER_WORDS | {"more", "other", "ordinary", "young", "old", "older", "elderly"}


def is_generic_people_participle(verb) -> bool:
    """A participle right after a noun of people in general says which people are meant, not what anyone did:
    "a 50pc tax band for people making over £100,000" (blind s18 end audit: *people — be making — over
    £100,000*, trivial), "to sue people suspected of sharing copyrighted music", "Gamers, especially those
    working on PCs", "it would also protect young people planning a career in the music industry". Not when the
    noun is counted or determined ("a thousand people watching my film", "three coachloads of people", "these
    people"), nor after a comma (the clause then adds to the noun)."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBG", "VBN"} or any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children):
        return False
    noun = verb.head
    if noun.lower_ not in GENERIC_PEOPLE or noun.ent_type_ or verb.i < noun.i:
        return False
    if any(t.is_punct for t in noun.doc[noun.i + 1:verb.left_edge.i]):
        return False
    return all(c.lower_ in GENERIC_PREMODIFIERS or c.dep_ == "advmod" for c in noun.children if c.i < noun.i)

