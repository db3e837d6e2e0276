"""Misreadings: constructions the small parser reads into a wrong relation or a wrong pair.

Each function names one construction, with a BBC sentence the blind audit of the graph's
entity → entity edges judged wrong (issue 16). They are read back where the reading is made
(kg.extract.clauses, kg.extract.nominal):

* spelling of a lemma: "is hoping to join" → hope, not hop (:func:`verb_lemma`);
* a particle with its own preposition: "will be up against X" (:func:`particle_with_preposition`,
  :func:`folded_words`), "are made up of X" (:func:`preposition_on_particle`);
* alternatives: "will play X or Y" asserts neither pair (:func:`offers_alternatives`);
* a capitalised verb inside a name: "include Stop Stansted Expansion" (:func:`is_name_word`);
* a participle after the first item of a list: "X, starring Y, and Z" (:func:`modified_conjuncts`);
* a place after the object of "of": "the success of X in France" (:func:`is_of_object`).
"""
from __future__ import annotations

import re

from ..docview import doc_tokens, once_per_token, with_dep
from ..lexicon import DOUBLE_QUOTES, REPORTING_FORMS, TIME_NOUNS
from ..nlp import sentence_of
from .confidence import LIGHT_VERBS
from .passive import passive_complement_child
from .worknouns import work_title_end_after

ALTERNATIVE = "alternative"  # the modality of a reading whose object is one of several alternatives
DISJUNCTIONS = frozenset({"or", "nor"})
# a one-syllable stem of consonant, vowel, consonant doubles its last letter before -ing/-ed
# ("hop" → "hopping"), so a single one means a silent "e" was dropped ("hoping" → "hope")
_SHORT_STEM = re.compile(r"^[^aeiouy]*[aeiou][bcdfgklmnprstvz]$")
# endings that take "-es" in the third person ("goes", "fixes", "passes", "watches"): any other verb
# written lemma + "es" is lemma + "e" + "s" ("hopes" is "hope", never "hop")
_SIBILANT_OR_O = ("s", "x", "z", "ch", "sh", "o")
_DOUBLED_E = re.compile(r"([bdgklmnprt])\1e$")
PARTICLES = frozenset({"up", "out", "down", "off", "away", "back", "in", "on"})


PLURAL_PRONOUNS = frozenset({"we", "they", "i", "you"})


def is_disagreeing_conjunct(verb, subj) -> bool:
    """A verb in "-s" joined to another that takes, through the conjunction, a subject it cannot agree
    with: the parse joined it to the wrong verb. "The PPI's estimate is higher because it excludes people
    who have died before they reach 65 years of age and also takes into account ongoing improvements" (the
    estimate takes them into account, not "they"); "The service … will mean users can download MP3s in
    seconds and offers TV-quality video streaming" (the service offers it, not the users). Only a plural
    common noun, a plural pronoun or two nouns joined by "and"; a name may be either ("Mercedes faces fierce
    competition … and but hopes to revive its fortunes")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBZ" or subj is None or subj.i > verb.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children):
        return False
    return (subj.tag_ == "NNS" and not subj.ent_type_ or subj.lower_ in PLURAL_PRONOUNS
            or any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} for c in subj.children)
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in subj.children))


NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def is_participle_read_as_conjunct(verb) -> bool:
    """A past participle right after a noun that the parser joined to the sentence's verb as a conjunct, with no
    "and", comma or subject between them: a reduced relative that describes the noun before it, not a second
    predicate of the verb's subject. "The production will be a hybrid of text, physical theatre, music and spectacle
    never previously seen on this scale" (the spectacle was never seen, not the production); "It was made in 2003
    and released in 2004" (with its "and") is a conjunct."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.i > verb.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass", "cc"} for c in verb.children):
        return False
    if any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
        return False
    k = verb.i - 1
    while k > verb.head.i and verb.doc[k].head.i == verb.i and verb.doc[k].dep_ in {"neg", "advmod"}:
        k -= 1
    return k > verb.head.i and verb.doc[k].tag_ in NOUN_TAGS


def is_distance_of_a_clause(noun) -> bool:
    """A length of time written right before the "after"/"before" of a clause: it says how long after (or before)
    that clause's event the main clause's came, not when the clause's verb happened, nor anything alone. "The news
    comes a week after GM pulled out of an agreement to buy Fiat" (the parser hung "a week" on "pulled"): no *GM —
    pulled out of — an agreement | a week*; "It published a picture … moments after he was killed": no *It —
    published — a picture | moments*. "He left London's Capital FM this year after 17 years" keeps "this year"
    ("after" a preposition), and so does a time that names when: "quit last week after he was told …"."""
    if noun.dep_ not in {"npadvmod", "tmod"}:
        return False
    if not (any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in {"a", "an"}) for c in noun.children)
            or noun.tag_ == "NNS" and not any(c.dep_ in {"det", "amod", "poss"} for c in noun.children)):
        return False  # (a length: "a week", "16 years", "moments"; not "last week", "this year")
    doc = noun.doc
    k = noun.right_edge.i + 1
    if k >= len(doc) or doc[k].lower_ not in {"after", "before"} or doc[k].dep_ != "mark":
        return False
    clause = doc[k].head
    return clause.i == noun.head.i or clause.head.i == noun.head.i


def is_stranded_auxiliary(aux) -> bool:
    """An auxiliary that stands for a verb left out ("like we did", "but we couldn't"), which the parser
    hung on the next clause's verb: it has a subject of its own, and that verb has another. "If we defend
    in the Championship like we did we'll not get another point" → we — 'll not get — another point (not
    "did 'll not get"); "we couldn't and as far as I know, the papers had the same result" → the papers —
    had — the same result (no "could"). An emphatic "do" with its verb's subject keeps its place: "And
    everyone does, indeed, expect Gordon Brown to do just that" (the verb has no subject of its own)."""
    if aux.dep_ != "aux" or aux.i > aux.head.i:
        return False
    own = [c for c in aux.children if c.dep_ in {"nsubj", "nsubjpass"}]
    theirs = [c for c in aux.head.children if c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"}]
    return bool(own) and bool(theirs) and all(o.i != t.i for o in own for t in theirs)


@once_per_token
def verb_lemma(tok) -> str:
    """The lemma of a verb, three spelling slips of the rule lemmatiser mended.

    "Hong Kong is hoping to join Japan" → hope (spaCy: "hop": the stem of a one-syllable
    consonant-vowel-consonant verb doubles before -ing, "hopping", so "hoping" keeps a silent
    "e"); "is now targetting playing for Wales" → target (spaCy: "targette": a doubled consonant
    before -ing is no part of the lemma); "The government hopes that …" → hope (spaCy: "hop": a
    third person in -es is the lemma + "es" only after s, x, z, ch, sh or o: "goes", "fixes").
    "stopping" → stop, "opening" → open, "watches" → watch stay as they were."""
    lemma = tok.lemma_.lower()
    form = tok.lower_
    if form == lemma + "es" and not lemma.endswith(_SIBILANT_OR_O):
        return lemma + "e"  # "The government hopes that …" (spaCy: "hop"), "scares", "rates", "copes"
    for suffix in ("ing", "ed"):
        if form.endswith(suffix) and len(form) > len(suffix) + 1:
            stem = form[: -len(suffix)]
            if lemma == stem and _SHORT_STEM.match(stem):
                return stem + "e"
            if _DOUBLED_E.search(lemma) and stem == lemma[:-1]:
                return lemma[:-2]
    return lemma


def particle_with_preposition(tok) -> bool:
    """A particle the parser read as an adverb of the verb, carrying the preposition of the
    verb's object: "Ian MacNeil, Jean Kalman and Paul Arditti will be up against Hildegard
    Bechtler, for Iphigenia at Aulis" → MacNeil — will be up against — Hildegard Bechtler (not
    "will be for Iphigenia at Aulis", the play Bechtler is shortlisted for). So does the "close" of
    a near miss (:data:`NEAR_MISS`): "Henry came close with a header" → came close with — a header (not
    "Henry — came" and nothing), "Chelsea came close to scoring twice"."""
    return (tok.dep_ == "advmod" and tok.lower_ in _PREPOSITION_CARRIERS and tok.i > tok.head.i
            and any(c.dep_ == "prep" and c.i == tok.i + 1 for c in tok.children))


# the adverb of a near miss or a shortfall, which the relation needs ("came close to scoring", "went close before
# half time"; "fell short of the government's hopes", "have fallen short of offering simple denials": not "fell")
NEAR_MISS = frozenset({"close", "short"})

# adverbs of place or distance that carry the preposition of the verb's argument: "The party's four new designs steer
# clear of the Fagin or flying pig images" (not "steer — flying pig images", the opposite), "Lorenzo Amoruso is moving
# closer to fitness", "Asahi is coming late to the market" (not "Asahi — is coming" and nothing). Not "ahead of" nor
# "prior to", which mostly say when (test_extract_constructions: "comes ahead of a meeting")
PLACING_ADVERBS = frozenset({"clear", "closer", "nearer", "late"})
_PREPOSITION_CARRIERS = PARTICLES | NEAR_MISS | PLACING_ADVERBS  # (one set, not a union per token)


def preposition_on_particle(tok):
    """The preposition the parser hung on a verb's particle (``prt``) rather than on the verb: the
    verb's object goes through it, and the particle stays in the relation. "British TV pictures are
    made up of 625 lines and about 700 pixels" → be made up of — 625 lines (the parse hangs "of" on
    "up", and the object was lost: "are made up" and nothing). ``None`` for a particle with no
    preposition right after it ("He gave up smoking"), or one written away from its verb, where "up to"
    is one preposition ("He presided over a net fall in jobs up to last November's election")."""
    if tok.dep_ != "prt" or tok.i != tok.head.i + 1:
        return None
    return next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1), None)


def folded_words(prep, obj_start: int) -> list:
    """The words a prepositional object folds into the relation as written: the preposition, with
    the word that follows it when the object starts after both ("is up against Blanchett" → up,
    against; "warned of a harsh response" → of). The lemma keeps the prepositions among them
    ("be up against", not "be up"). The "both" or "either" that opens a coordinated object is the object's, no word of
    the relation: "Goodrem, known in both Britain and Australia" → be known in (not "be known in both"), "Middlesbrough
    were drawn away against either Swindon or Notts County"."""
    doc = prep.doc
    degree = prep_degree(prep)
    if not prep.i < obj_start <= prep.i + 2:
        return degree + [prep]
    return degree + [t for t in doc[prep.i:obj_start] if not (t.dep_ == "preconj" and t.lower_ in {"both", "either"})
                     and not t.is_punct]  # (nor a quote mark opening the object: "will be decided on "the economy …"")


# how far or how long: the degree of a preposition of place or time, written right before it
PREP_DEGREES = frozenset({"far", "long", "way", "shortly", "soon"})  # ("well", "close": HOW_WELL)


# the places of a field that are no number: "finished top of their group", "came bottom in"
FIELD_PLACES = frozenset({"top", "bottom", "last", "runner-up"})


def is_place_in_field(tok) -> bool:
    """An ordinal or a place word said of how a competitor finished, written as an adverb between the verb
    and its preposition: "finished second to Paula Radcliffe", "finished third behind the Swede", "finished
    top of their group". The relation needs it: without it the phrase says something else ("finished to",
    "finished behind")."""
    return tok.dep_ == "advmod" and (tok.lower_ in FIELD_PLACES or (tok.ent_type_ == "ORDINAL" and tok.is_lower))


def prep_degree(prep) -> list:
    """The degree word of a preposition, right before it and hung on it or on its verb ("far behind", "long
    after", "well ahead of", "that far behind"): a negation falls on it, so the relation keeps it. "Mourinho said his side were not far behind
    Barcelona": they are behind, not far — never *his side — were not behind — Barcelona*. So does a place in a
    field (:func:`is_place_in_field`): "The 29-year-old has finished second to Paula Radcliffe" → has finished
    second to (never "has finished to"); "Sotherton finished third behind the Swede" (not "finished behind")."""
    doc = prep.doc
    if prep.i < 1:
        return []
    before = doc[prep.i - 1]
    if (before.dep_ != "advmod" or (before.lower_ not in PREP_DEGREES and not is_place_in_field(before))
            or before.head.i not in {prep.i, prep.head.i}
            or any(c.lower_ not in {"that", "so", "too", "very", "as"} for c in before.children)):
        return []
    return list(before.subtree)  # "that far behind him"


# (and adverbs of where to, which the relation needs as much: "Fortune headed home after 23 minutes" → headed home
# after, never "headed after"; "returned home from hospital")
LEAD_PARTICLES = PARTICLES | {"ahead", "over", "through", "around"} | {"home", "abroad", "overseas", "together", "apart"}
# how well an act went, written between the verb and its preposition: the relation needs it
HOW_WELL = frozenset({"well", "badly", "poorly", "strongly", "better", "worse", "best"}) | NEAR_MISS | frozenset(
    {"favourably", "unfavourably", "favorably", "unfavorably", "dismally", "miserably"})  # ("compared unfavourably with")
# adverbs that take "of" themselves, besides those in -ly: "regardless of the cost"
ADVERBS_OF = frozenset({"regardless", "irrespective"})


def adverb_taking_of(prep, rel_ids: set) -> list:
    """The adverb right before "of" that the "of" belongs to, with its own degree words, when the parser hung the
    "of" on the verb: "Rival camps operating entirely independently of each other" → be operating entirely
    independently of — each other (s24 blind audit: never "be operating of", words glued from two phrases); "Iran's
    application must be treated independently of political issues". A verb's own "of" after a sentence adverb
    stays the verb's alone ("warned yesterday of …" has no adverb in -ly); a focusing adverb is no such word
    ("particularly of")."""
    doc = prep.doc
    if prep.lower_ != "of" or prep.i < 1:
        return []
    adverb = doc[prep.i - 1]
    form = adverb.lower_
    if (adverb.dep_ != "advmod" or adverb.head.i not in {prep.i, prep.head.i} or adverb.i <= prep.head.i
            or adverb.i in rel_ids or not (is_manner_ly(form) or form in ADVERBS_OF)):
        return []
    words = list(adverb.subtree)
    return words if words[-1].i == adverb.i and all(t.dep_ == "advmod" for t in words) else []


def particles_before(prep, rel_ids: set) -> list:
    """Objectless particles written between a verb and the preposition of its object, which the
    parser hung on the verb as words of their own: the relation needs them. "Cinematographer John
    Mathieson is also up for The Phantom of the Opera" → is up for (not "is for": nominated, not
    in favour); "we will be in for a torrid time" → will be in for; "the changes would have to go
    ahead in April" → go ahead in. Particles already in the relation (``rel_ids``, "stepped down
    from") are not repeated; a particle with an object of its own ("up the hill") is none. So is
    an adverb of how well it went (``HOW_WELL``): "Sideways is tipped to do well at Sunday's Oscars"
    → be tipped to do well at (not "do at"); "Nestle … had performed strongly in Africa and Asia"."""
    taking_of = adverb_taking_of(prep, rel_ids)
    if taking_of:
        return taking_of  # "operating entirely independently of each other"
    doc, out, k = prep.doc, [], prep.i - 1
    while k > prep.head.i and doc[k].head.i == prep.head.i and doc[k].lower_ in LEAD_PARTICLES | HOW_WELL \
            and doc[k].dep_ in {"prep", "advmod", "prt"} and not any(True for _ in doc[k].children) and k not in rel_ids:
        out.insert(0, doc[k])
        k -= 1
    between = doc[prep.head.i + 1:out[0].i] if out else []
    return out if out and all(t.i in rel_ids or (t.head.i == prep.head.i and t.dep_ in {"advmod", "neg"}) for t in between) else []


# adverbs that say how, or how far, an act without object went: "works brilliantly", "closed
# higher", "came fourth", "played well" (not a sentence adverb: "reportedly", "also", "already")
COMPLETING_ADVERBS = frozenset("""well badly ahead home together apart alone abroad overseas hard fast short
clear free loose open shut""".split())
NOT_COMPLETING = frozenset("""only really actually probably possibly reportedly apparently allegedly recently currently
previously finally eventually initially originally already early immediately clearly certainly obviously simply
especially particularly mainly largely nearly hardly barely merely likely""".split())


def is_manner_ly(form: str) -> bool:
    """A lower-case adverb in -ly that says how something is done, not a sentence, time or degree adverb
    (:data:`NOT_COMPLETING`): "works brilliantly" (:func:`completing_adverb`), "don't use their power
    arbitrarily" (polarity.is_manner_adverb).

    >>> is_manner_ly("brilliantly"), is_manner_ly("reportedly"), is_manner_ly("only"), is_manner_ly("ugly")
    (True, False, False, False)
    """
    return form.endswith("ly") and len(form) > 4 and form not in NOT_COMPLETING


# adverbs of which way a price or a figure moved, read with the amount the parser hung on them
MOVEMENT_ADVERBS = frozenset({"up", "down"})


def movement_amount(adv):
    """The amount of an "up"/"down" after a verb, which says how far a figure moved: "Beirut's benchmark
    BLOM stock index closed down 7.9% at 642.80", "Elan finished down $18.90 at $8" → the "7.9%", "$18.90"
    (the parser hung it, and the "at" of where the figure stood, on the adverb); else ``None``. The
    adverb then belongs to the relation and its lemma ("closed down", "close down": clauses.relation_tokens,
    clauses.lemma_of), and the amount and the adverb's phrases are the verb's further arguments, not lost with it."""
    if adv.dep_ != "advmod" or adv.lower_ not in MOVEMENT_ADVERBS or adv.i != adv.head.i + 1:
        return None
    amount = next((c for c in adv.children if c.dep_ == "npadvmod" and c.i > adv.i), None)
    if amount is None or not (amount.like_num or any(g.dep_ == "nummod" for g in amount.children)):
        return None
    return amount


def completing_adverb(verb, rel_ids: set) -> list:
    """The adverb right after a verb read with no object that completes what the clause says, with
    its own degree words: "Xhosa works brilliantly" → works brilliantly (not the bare "Xhosa —
    works"); "Share prices in London also closed higher" → closed higher; "Dean Macey came fourth"
    → came fourth; "He played much better than me" → played much better. ``rel_ids``: the
    relation's tokens (the adverb follows the last). Empty for a sentence adverb ("He resigned
    reportedly"), a list of alternatives ("finished fourth and fifth"), an adverb with its own
    "of" phrase ("comes ahead of the summit": where, not how) or none."""
    last = max(rel_ids)
    for adv in verb.children:
        if adv.dep_ == "acomp" and adv.i == last + 1 and is_completing_word(adv):
            return [adv]  # "the tapes went missing in December": the participle the parser read as a verb
        if adv.dep_ != "advmod" or adv.i <= last or any(c.dep_ in {"conj", "cc"} or c.lower_ == "of" for c in adv.children):
            continue
        words = [t for t in adv.subtree if t.i <= adv.i]
        if words[0].i != last + 1:
            return []
        form = adv.lower_
        if (adv.tag_ in {"RBR", "JJR"} or adv.ent_type_ == "ORDINAL" or form in COMPLETING_ADVERBS
                or is_manner_ly(form) or is_completing_word(adv)):
            return words
        return []
    return []


# plural nouns of news writing that are also the -s form of a verb: "Hollywood stars", "BBC hits"
PLURAL_NOUN_VERBS = frozenset("""stars hits plans shows claims calls talks cuts moves reports fears hopes bids deals
sales rises falls needs costs wins""".split())


# ... of which the verb takes a clause: "Lewsey claims he touched it down" is a clause
CLAUSE_TAKING = frozenset("claims hopes fears reports shows plans needs calls".split())


def is_plural_noun_read_as_verb(tok) -> bool:
    """A plural noun after a bare name or noun that the parser read as the verb of a clause, seen
    by what the clause cannot be: "Hollywood stars Kevin Spacey and Kate Bosworth attended the
    British premiere" (a clause with its own subject after "stars"), "BBC hits Little Britain and
    Strictly Come Dancing are among numerous British shows" (a plural verb conjoined to a singular
    one with no subject of its own), "But UK plans for an International Finance Facility … have
    not been agreed" (the "verb" is the subject). No "Hollywood — star — Kevin Spacey"; "It stars
    actress Nathalie Press" and "Nissan … plans to bring out its first model" stay clauses."""
    if tok.tag_ != "VBZ" or tok.lower_ not in PLURAL_NOUN_VERBS or tok.i == 0:
        return False
    subj = tok.doc[tok.i - 1]
    if subj.dep_ != "nsubj" or subj.head.i != tok.i or subj.pos_ not in {"NOUN", "PROPN"} \
            or any(c.dep_ in {"det", "poss", "nummod", "amod"} for c in subj.children):
        return False
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        return True
    for c in tok.children:
        if (c.dep_ == "ccomp" and c.i > tok.i and tok.lower_ not in CLAUSE_TAKING
                and any(g.dep_ == "nsubj" and g.left_edge.i == tok.i + 1 for g in c.children)):
            return True
        if c.dep_ == "conj" and c.tag_ == "VBP" and not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children):
            return True
    return False


FRAME_MARKS = frozenset({"before", "until", "till", "when", "since", "that", "if"})
# nouns of an "it is … that/to …" frame: "It is a shame that …", "only a matter of time until …";
# with another noun a relative clause may be the noun's own ("It is a classic whodunit, which …")
FRAME_NOUNS = frozenset("""time shame pity matter while surprise wonder mistake blessing disgrace relief miracle
honour privilege coincidence""".split())


def is_expletive_noun_frame(be) -> bool:
    """An "it" standing for a clause that follows a copula and its noun: "I think it will be a while
    before we see him again", "it would not be common practice to sign approval", "it was time for
    the public to hear the truth", "It is a shame that he has gone". The reading "it — will be — a
    while" says nothing (the blind audit: trivial), whoever "it" is taken for; the clause is read on
    its own. A referring "it" with a noun alone, or with the noun's own relative clause, stays ("It
    was a betrayal", "It is a classic whodunit, which centres on a global conspiracy")."""
    if be.lemma_ != "be" or not any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in be.children):
        return False
    attr = next((c for c in be.children if c.dep_ == "attr" and c.i > be.i), None)
    if attr is None or attr.pos_ != "NOUN" or attr.ent_type_:
        return False
    for c in attr.children:
        if c.dep_ in {"acl", "relcl"} and c.i > attr.i and (
                attr.lemma_.lower() in FRAME_NOUNS
                or any(g.dep_ in {"aux", "mark"} and g.lower_ in {"to", "for"} for g in c.children)):
            return True  # "it was time for the public to hear …", "a huge undertaking to update …"
    return any(c.dep_ in {"advcl", "ccomp"} and c.i > attr.i
               and any(g.dep_ == "mark" and g.lower_ in FRAME_MARKS for g in c.children) for c in be.children)


def offers_alternatives(span) -> bool:
    """A noun phrase of alternatives joined by "or"/"nor": the sentence asserts one of them, not
    each. "Agassi will play France's Olivier Patience or Germany's Rainer Schuettler" → neither
    "Agassi — play — Schuettler" nor "… — Patience" is asserted; "Blanchett and Streep" is no
    alternative. ``span``: the object's tokens. An "or" inside a clause of the object offers the clause's
    alternatives, not the object's: "the Court of Appeal backed the Home Office's powers to hold them without
    limit or charge" asserts the powers (:func:`is_inside_clause_of`)."""
    return any(t.dep_ == "cc" and t.lower_ in DISJUNCTIONS and t.head.pos_ in {"NOUN", "PROPN"}
               and not is_inside_clause_of(t.head, span) for t in span)


def is_inside_clause_of(tok, span) -> bool:
    """Whether a verb of ``span`` stands between ``tok`` and the span's head: ``tok`` is a word of a clause
    the phrase holds ("powers (to hold them without limit or charge)")."""
    start, end = span[0].i, span[-1].i + 1
    node = tok
    while node.head.i != node.i and start <= node.head.i < end:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return True
    return False


def is_name_word(verb) -> bool:
    """A capitalised verb inside a named entity, not opening the sentence: a word of the name,
    not a clause. "Groups challenging the plans include Stop Stansted Expansion" gives no
    "Groups — stop — Stansted Expansion"; "Stop the war, he said" (first word) stays a verb."""
    return (verb.text[:1].isupper() and verb.i > sentence_of(verb).start and verb.ent_type_ != ""
            and not verb.doc[verb.i - 1].is_punct)


def modified_conjuncts(clause, nouns: list) -> list:
    """The conjoined nouns a participle or relative clause modifies: those written before it.
    "Films include Gus Van Sant's Finding Forrester, starring Sean Connery, and classics such as
    Mary Poppins, Star Wars …" → Finding Forrester stars Sean Connery, Star Wars does not. A
    clause after the whole list ("X and Y, both starring Z") keeps every noun."""
    if clause.dep_ not in {"acl", "relcl"}:
        return nouns
    return [n for n in nouns if n.i < clause.i] or nouns


def is_of_object(noun) -> bool:
    """A name that is the object of "of" after a common noun, and not a body or a place (which
    are somewhere): a place after it belongs to the whole phrase. "Such is the success of The Da
    Vinci Code in France" — the success is in France, not the book (no "The Da Vinci Code — be
    in — France"); "owner of Liffe in London" and "the Helmut Newton Foundation in Berlin" stay,
    and so does a common noun, an event that takes place somewhere ("on the sidelines of the G7
    summit in Canada": the summit is in Canada)."""
    of = noun.head
    return (noun.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" and noun.pos_ == "PROPN"
            and noun.ent_type_ not in {"ORG", "FAC", "GPE", "LOC"})


def subject_across_colon(subj, verb) -> bool:
    """A subject the parser took from before a colon for a verb after it: the colon splits a
    title, the verb's subject is the part after it. "Michael Howard: No More Mr Nasty is being
    shown on BBC2" gives no "Michael Howard — is being shown on — BBC2" (the film is shown);
    "Mr Howard said: we will win" has its subject before the verb and the colon after it."""
    lo, hi = sorted((subj.i, verb.i))
    return subj.i < verb.i and any(t.text == ":" for t in doc_tokens(subj.doc)[lo + 1:hi])


AMOUNTS = frozenset({"MONEY", "QUANTITY", "PERCENT", "ORDINAL"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "on"})


def skips_an_amount(verb, prep) -> bool:
    """An amount between the verb and the preposition of its prepositional reading: the amount is
    what the verb takes, the parser hung it elsewhere. "The Aviator, which has taken $90m (£48m)
    in the US" gives no "The Aviator — take in — the US" (a box-office take, not a visit);
    "decathlete Dean Macey, who came fourth in Athens" no "Dean Macey — come in — Athens";
    "Collins ran in Birmingham" keeps "run in", and a recipient stays one: "Sandra Bullock has
    donated $1m (£525,000) to The American Red Cross" → donate to."""
    return prep.lower_ in PLACE_PREPOSITIONS and any(t.ent_type_ in AMOUNTS for t in verb.doc[verb.i + 1:prep.i])


# verbs whose object "thanks" is thanks given ("said thanks to the fans", "gave thanks to God")
THANKING_VERBS = frozenset("say give offer express send extend pass owe".split())


def is_thanks_to(tok) -> bool:
    """The "thanks" of "thanks to X" (because of X), which the parser reads as a noun, the verb's object or its
    modifier, with the "to" a phrase of the verb: no object and no word of one. "The firm avoided bankruptcy
    thanks to a $4.5bn bail-out" → The firm — avoided — bankruptcy | thanks to a $4.5bn bail-out (not "bankruptcy
    thanks"); "DVDs will be harder to copy thanks to new anti-piracy measures" (not "will be harder to copy —
    thanks"). Not thanks given: "said thanks to the fans"."""
    doc = tok.doc
    return (tok.lower_ == "thanks" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"
            and not (tok.head.pos_ in {"VERB", "AUX"} and tok.head.lemma_.lower() in THANKING_VERBS))


def skips_a_completing_word(verb, prep) -> bool:
    """A word of the verb's own predicate between the verb and the preposition of its prepositional reading:
    a comparative or "-fold" adverb ("Oil pushed higher too on Monday", "Sales of legally-downloaded songs grew
    tenfold in 2004") or a participle complement the parser read as a verb ("the tapes went missing in
    December"). The verb says what happened only with that word, and the phrase after it says when or where:
    no "Oil — pushed on — Monday", "the tapes — went in — December" (clauses.prepositional_object; the word
    joins the relation, :func:`completing_adverb`). A sentence or manner adverb between them is no such word
    ("Collins also ran in Birmingham" → ran in, "worked closely with his mother" → worked with), and a phrase
    that is no time stays the object ("make the network work better in the presence of intermittency"), as does
    one set off by a comma ("could be achieved earlier, by 2008-09")."""
    obj = with_dep(prep.children, ("pobj",))
    if obj is None or obj.ent_type_ not in {"DATE", "TIME"} or verb.doc[prep.i - 1].is_punct:
        return False
    return any(verb.i < c.i < prep.i and is_completing_word(c) for c in verb.children)


TIME_COMPARATIVES = frozenset({"earlier", "later", "sooner", "longer"})


def is_completing_word(tok) -> bool:
    """A comparative or "-fold" adverb of a verb ("pushed higher", "grew tenfold"), or its participle
    complement ("went missing"): part of what the verb says (:func:`skips_a_completing_word`)."""
    if tok.dep_ == "advmod":  # (a comparative of time says when: "an all-time low reached earlier in November")
        return ((tok.tag_ in {"RBR", "JJR"} and tok.lower_ not in TIME_COMPARATIVES)
                or (tok.lower_.endswith("fold") and tok.is_alpha and len(tok) > 4))
    return tok.dep_ == "acomp" and tok.tag_ in {"VBG", "VBN"} and not any(c.dep_ in {"dobj", "prep"} for c in tok.children)


def is_possessed_gerund(verb) -> bool:
    """An -ing word owned by a possessive: a noun, not a clause. "Mr Fuller was the creative drive
    behind Pop Idol and its US offspring American Idol" gives no "Mr Fuller — be offspring —
    American Idol"; "Melcher also worked closely with his mother, producing The Doris Day Show"
    stays a clause."""
    if verb.tag_ != "VBG" or any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    k = verb.i - 1
    while k >= sentence_of(verb).start and verb.doc[k].pos_ in {"PROPN", "NOUN", "ADJ"}:
        k -= 1
    return k >= sentence_of(verb).start and verb.doc[k].tag_ in {"PRP$", "POS"}


def shared_governor(verb, chain_of) -> list:
    """The verbs governing an infinitive that ``verb`` is conjoined to, when ``verb`` has no subject
    or "to" of its own: they govern it too. "Turkish-Austrian consortium TAV was chosen to build
    and run Tehran's new Imam Khomeini International Airport" → run is read "was chosen to run"
    (the army closed the airport: TAV never ran it), not the asserted "TAV — run — airport".
    ``chain_of``: the chain of a verb (kg.extract.clauses.chain). Empty when there is none:
    "The performer had been asked to tone his act down … but ignored this request" keeps
    "ignored" (a past tense, no infinitive)."""
    first = verb.head
    if (verb.dep_ != "conj" or verb.tag_ != "VB" or first.dep_ != "xcomp" or verb.i < first.i
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children)
            or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)):
        return []
    governor = first.head
    while governor.dep_ == "xcomp" and governor.head.i != governor.i:
        governor = governor.head  # "is expected to be asked to …": the whole chain
    verbs = chain_of(governor)
    return verbs[:next((k for k, v in enumerate(verbs) if v.i == first.i), len(verbs))]


def passive_complement(verb, by_tok) -> list:
    """The object complement of a passive written before its agent, which the relation needs: "He
    was made a lord by Tony Blair last year" → "was made a lord by" (not "He — was made by — Tony
    Blair"); "The Mac mini has been welcomed by Apple fans" has none."""
    comp = passive_complement_child(verb)  # (and "described as "idle speculation" by")
    if comp is None or comp.i >= by_tok.i:
        return []
    words = [t for t in comp.subtree if t.i < by_tok.i]
    return list(verb.doc[words[0].i:words[-1].i + 1]) if words else []


def object_after_recipient(core: list):
    """The direct object that follows a recipient (``dative``): what the verb gives, read as its
    object rather than the recipient. "Venezuelan president Hugo Chavez has offered China
    wide-ranging access to the country's oil reserves" → Chavez — has offered — wide-ranging
    access … (not "Chavez — offer — China"); ``None`` when the first object is no recipient
    ("Israel struck Iran")."""
    if not core or core[0].dep_ != "dative":
        return None
    return next((c for c in core[1:] if c.dep_ == "dobj"), None)


# verbs that say how someone regards someone or something: "X views Y as Z" is about Z
REGARD_VERBS = frozenset("""view see regard consider describe brand label hail portray rate dismiss class depict
characterise characterize paint tout bill""".split())


def regarded_as(verb, obj):
    """The "as" phrase of a verb of regard, which the relation needs: "Real Madrid view him as a
    natural replacement for compatriot Ronaldo" → Real Madrid — view as a natural replacement for
    compatriot Ronaldo — him (not "Real Madrid — view — Adriano"); also an adjective: "Parry sees
    the new ground as crucial to Liverpool's future" → see as crucial to Liverpool's future (not
    "Parry — sees — the new ground"); ``None`` for another verb or no "as" ("Parry joined Liverpool
    as chief executive" keeps "join — Liverpool")."""
    if verb.lemma_.lower() not in REGARD_VERBS or obj.dep_ != "dobj":
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i
                 and any(g.dep_ == "pobj" or g.pos_ == "ADJ" for g in c.children)), None)
    if prep is not None:
        return prep
    # the "as" of a quoted phrase the parser read as a clause: "described qualification for the Champions League
    # as the "be all and end all"" (a mark of the quoted words' "be")
    return next((m for c in verb.children if c.dep_ == "advcl" and c.i > obj.i for m in c.children
                 if m.dep_ == "mark" and m.lower_ == "as" and m.i == c.left_edge.i
                 and any(t.text in DOUBLE_QUOTES for t in c.subtree)), None)


def as_phrase_end(as_tok) -> int:
    """Where the "as" phrase of :func:`regarded_as` ends (a token index, exclusive)."""
    return (as_tok.head if as_tok.dep_ == "mark" else as_tok).right_edge.i + 1


def is_apposition_after_phrase(obj) -> bool:
    """A "direct object" set off by a comma after a prepositional phrase of its verb: an apposition
    to that phrase's noun, which the parser hung on the verb. "Hollywood is preparing for the biggest
    night in the film world's calendar, the 77th Academy Awards, on Sunday" → the Awards are that
    night (Hollywood — prepare for — the biggest night …, not "Hollywood — prepare — 77th Academy
    Awards"); "Capriati also decided against competing in the Australian Open warm-up event, the
    Sydney International"; "Argentina defaulted on its debt three years ago, the biggest sovereign
    default in modern history". Not an item of a list, which has conjuncts of its own ("included Al
    Jolson in the Jazz Singer (1927), Humphrey Bogart in Casablanca (1944), … and Henry Fonda").
    After a clause of the verb with its own subject, list or not, the "object" goes on that clause:
    "Expectations … were not immediately borne out on Wednesday morning, as oil prices carried on upwards
    as the dollar strengthened against the euro, the pound and the yen" (no "Expectations … — were not
    borne out — the pound"), "Statistics … showed that stockpiles of oil products in the US had risen, an
    indication that …" (:func:`after_own_clause`)."""
    if is_summary_after_dash(obj):
        return True  # (set off by a dash: "increased by 296,000 to 28.52 million - the highest figure since 1971")
    if obj.dep_ != "dobj":
        return False
    verb, start = obj.head, obj.left_edge.i
    if start < 1 or obj.doc[start - 1].text != ",":
        return False
    if after_own_clause(verb, start):
        return True
    return not any(c.dep_ in {"conj", "cc"} for c in obj.children) and any(
        c.dep_ == "prep" and verb.i < c.i < start for c in verb.children)


DASHES = frozenset({"-", "–", "—", "--"})


def is_summary_after_dash(obj) -> bool:
    """A "direct object" or attribute set off by a spaced dash after another complement of its verb: a phrase that
    sums up or names what comes before the dash, which the parser hung on the verb. "The number of people in work
    increased by 296,000 to 28.52 million - the highest figure since records began in 1971" (not "… — increased —
    the highest figure"); "Mr Howard said nearly 160,000 people were settling in the UK every year - the size of a
    city like Peterborough"; "It is in the midst of cutting 12,000 jobs - one fifth of the European total". Not the
    dash that closes an aside, after which the verb's own object comes ("there is always - beyond the pure enjoyment
    of the tale - a message to learn"), nor a phrase right after its verb."""
    if obj.dep_ not in {"dobj", "attr"}:
        return False
    verb, start, doc = obj.head, obj.left_edge.i, obj.doc
    if start < 2 or not verb.i < start or doc[start - 1].text not in DASHES or not doc[start - 1].whitespace_ \
            or not doc[start - 2].whitespace_:
        return False
    sent = sentence_of(obj)
    before = sum(1 for t in doc[sent.start:start - 1] if t.text in DASHES and t.whitespace_ and doc[t.i - 1].whitespace_)
    if before % 2:
        return False  # (the dash closes an aside)
    return any(verb.i < c.i < start - 1 and (c.dep_ in {"prep", "dobj", "attr", "acomp", "dative", "oprd"}
                                             or (c.dep_ == "advmod" and any(g.dep_ == "prep" for g in c.children)))
               for c in verb.children if c.i != obj.i)


def after_own_clause(verb, start: int) -> bool:
    """Whether a clause of ``verb`` with a subject of its own (adverbial, complement or conjoined)
    stands between the verb and the word at ``start``: what follows it past a comma is no argument
    of ``verb`` (:func:`is_apposition_after_phrase`)."""
    return any(c.dep_ in {"advcl", "ccomp", "conj"} and verb.i < c.i < start
               and any(g.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for g in c.children) for c in verb.children)


def is_noun_after_open_aside(tok) -> bool:
    """A noun the parser read as its subject's verb, written inside the aside the subject opens with a
    comma, between a common noun and a name: "Merle Kilgore, co-writer of the country hit Ring of
    Fire, has died" ("hit" is the song, not "Merle Kilgore — hit — Ring of Fire"), "But Tindall, who
    recently signed for Bath's west-country rivals Gloucester, told Rugby Special …" (not "Tindall —
    rivals — Gloucester"). Only a form a noun shares (the bare verb or its -s form): a speech verb
    after an aside whose closing comma was left out stays one ("Joshua Osagie, a cocoa farmer from
    Edo state told Reuters", "…, a Lufthansa spokesman tells the BBC")."""
    doc = tok.doc
    if tok.tag_ not in {"VBZ", "VBD", "VBP"} or tok.lower_ not in {tok.lemma_.lower(), tok.lemma_.lower() + "s"}:
        return False
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i), None)
    if subj is None or doc[subj.i + 1].text != "," or doc[tok.i - 1].pos_ != "NOUN" or tok.i + 1 >= len(doc):
        return False
    name = doc[tok.i + 1]
    if not (name.text[:1].isupper() and any(c.dep_ == "dobj" and c.left_edge.i == name.i for c in tok.children)) \
            or tok.lower_ in REPORTING_FORMS:
        return False
    return any(c.dep_ in {"appos", "relcl", "acl"} and subj.i < c.i < tok.i and c.left_edge.i < tok.i - 1 <= c.right_edge.i
               for c in subj.children)


def subject_in_opening_phrase(verb):
    """The subject of ``verb`` that the parser made an apposition of the last noun of a phrase opening
    the sentence, the comma that closes the phrase read as the opening of an aside: "In common with
    many carriers, Air Jamaica, with debts of $560m (£291m), has been hit by high fuel costs" → Air
    Jamaica has been hit (not "Air Jamaica — be — many carriers"); "On the provincial front, Leinster,
    for second year in succession, blew it"; "In response to Dr Gibbons' comments, Ieuan Wyn Jones,
    leader of the Plaid Cymru group in the assembly, said: …". ``None`` when the verb has a subject
    of its own, or for an apposition without its comma ("Since her 1988 debut feature Salaam Bombay!
    …, Nair has become …"), going on into a list ("In his new book, Lawless World, Philippe Sands,
    …") or picking out part of the noun's set ("Between 1.1 and 1.5 million people, mainly Jews, were
    killed": the people were)."""
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children):
        return None
    start = sentence_of(verb).start
    for top in verb.children:
        if top.dep_ != "prep" or top.left_edge.i != start or top.i > verb.i:
            continue
        for tok in top.subtree:
            noun = tok.head
            if (tok.dep_ == "appos" and noun.dep_ == "pobj" and noun.i < tok.i < verb.i and tok.pos_ in {"NOUN", "PROPN"}
                    and tok.doc[tok.left_edge.i - 1].text == ","
                    and not any(c.dep_ == "conj" or (c.dep_ == "advmod" and c.i < tok.i) for c in tok.children)):
                return tok
    return None


def is_subject_read_as_apposition(tok) -> bool:
    """Whether the "apposition" ``tok`` is the subject of the clause after a phrase opening the sentence
    (:func:`subject_in_opening_phrase`): "In common with many carriers, Air Jamaica, …, has been hit …"."""
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subject = subject_in_opening_phrase(verb) if tok.dep_ == "appos" and verb is not None else None
    return subject is not None and subject.i == tok.i


def is_contrasted_noun(tok) -> bool:
    """An "apposition" after "not": the noun the sentence sets against the one before it, not a second
    name of it. "We believe it should be the judge that takes decisions, not politicians" (no
    "decisions — be — politicians"); "Opponents say only judges, not politicians, should be able to
    order detention"; the verbless headline "Abortion not a poll issue - Blair" (no "Abortion — be — a
    poll issue", which it denies). "Sir Ian Blair, the Metropolitan Police commissioner" stays."""
    doc = tok.doc
    first = tok.left_edge
    return tok.dep_ == "appos" and (first.lower_ == "not" or (first.i > 0 and doc[first.i - 1].lower_ in {"not", "n't"}))


def is_stray_number(tok) -> bool:
    """A bare number the parser made an apposition without the comma that sets off an age ("Scholl,
    21, was arrested"): a year or score in brackets ("Wheels (1971), The Moneychangers (1975) and
    Overload (1979) followed", "Airport (1968) arguably remains Hailey's best-loved work", a
    replacement's minute "Hodgson for Edwards (77)") or the number of a name ("The Commodore 64, launched
    in 1982"). No "The Moneychangers — be — 1975"; "Hynde, 53" stays an age, and a common noun's number
    stays its name ("The film 06/05 will become available on the internet": the film is called 06/05)."""
    if tok.dep_ != "appos" or tok.pos_ != "NUM" or not tok.text[:1].isdigit() \
            or any(c.dep_ not in {"punct", "quantmod", "prep"} for c in tok.children):
        return False  # (a number in words is a noun phrase: "her grandmother Madea (one of three roles played by Perry)")
    first = tok.left_edge
    before = tok.doc[first.i - 1].text if first.i > 0 else ""
    if before in {"(", "["}:
        return True
    return before != "," and tok.head.pos_ == "PROPN"  # (a common noun's number names it: "The film 06/05")


def _score_start(tok):
    """The first number of the score "6-0" that ``tok`` is a number of, else ``None``."""
    doc = tok.doc
    if not tok.like_num or not tok.text[:1].isdigit():
        return None
    if tok.i >= 2 and doc[tok.i - 1].text in {"-", "–"} and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_ \
            and doc[tok.i - 2].like_num:
        return doc[tok.i - 2]
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text in {"-", "–"} and not tok.whitespace_ and not doc[tok.i + 1].whitespace_ \
            and doc[tok.i + 2].like_num:
        return tok
    return None


def is_detached_score(verb, obj) -> bool:
    """A score ("6-0", "7-6") the parser made the object of a verb it does not follow: the score of a match
    whose opponent or other sets come between, never what the verb acts on. "The 2002 champion Thomas
    Johansson fought back to beat Peter Luczak 7-6 (7-5) 4-6 6-3 4-6 6-0" (not "Johansson — fought back —
    6-0"); "after the Argentine beat Potito Starace 6-1 7-6 (7-5)" (not "the Argentine — beat — 7-6"). A
    score right after its verb (past an adverb or a particle) is its object: "Spain lead 1-0", "Chelsea
    won 2-0"."""
    first = _score_start(obj)
    if first is None or first.i < verb.i:
        return False
    return any(not (t.dep_ in {"advmod", "prt", "neg"} or t.is_punct) for t in verb.doc[verb.i + 1:first.i])


def opponent_before_score(verb, mods: list):
    """The name a verb with no object left (its score detached, :func:`is_detached_score`) acts on, which the
    parser hung on it as a bare noun modifier before the score: "after the Argentine beat Potito Starace 6-1
    7-6 (7-5)" → the Argentine — beat — Potito Starace. Else ``None`` (a time: "beat them last week 2-0")."""
    scores = [c for c in verb.children if c.dep_ in {"dobj", "npadvmod"} and is_detached_score(verb, c)]
    if not scores:
        return None
    return next((m for m in mods if m.pos_ == "PROPN" and m.ent_type_ not in {"DATE", "TIME"} and m.dep_ == "npadvmod"
                 and verb.i < m.i < min(s.i for s in scores)), None)


def is_head_noun_read_as_verb(tok) -> bool:
    """The last word of a noun phrase that the tagger read as a verb, with nothing of its own (no
    subject, no object, no word at all), right after the object's noun and before the end of the
    sentence or a punctuation mark: the phrase's head noun. "Super Size Me, which became an
    international box office hit." (not "Super Size Me — became — an international box office"),
    the headlines "Vera Drake leads UK Oscar hopes", "O'Connell rejects Lions rumours", "Fed warns of
    more US rate rises". A past form after a name is its participle ("which had an earlier offer for
    MCI rejected"); a verb with words of its own stays a verb ("after the … exchanges merged
    to form …")."""
    if tok.pos_ != "VERB" or tok.tag_ not in {"VBZ", "VBP", "VBD"} or tok.i == 0 or len(tok) < 3 \
            or tok.dep_ in {"ROOT", "conj", "aux", "auxpass", "nsubj", "nsubjpass", "dobj", "pobj"} \
            or any(c.dep_ != "punct" for c in tok.children):
        return False
    doc = tok.doc
    noun = doc[tok.i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"dobj", "pobj", "attr"} or noun.head.i == tok.i \
            or (noun.pos_ == "PROPN" and tok.tag_ == "VBD"):
        return False
    return tok.i + 1 == sentence_of(tok).end or doc[tok.i + 1].is_punct


def is_noun_read_as_verb_in_object_place(tok) -> bool:
    """A noun the tagger read as a present or past tense, which the parser left in the place of a verb's object, a
    copula's attribute or a preposition's object, and to which it gave the words before it as a subject: "Subscribers
    will be able to use the service to make free evening and weekend calls to any UK landline" (not "free evening and
    weekend — calls to — any UK landline"), "A merger between MCI and Qwest would be the fifth billion-dollar
    telecoms deal since October" (not "the fifth billion-dollar telecoms — deal since — October"). A clause is never
    a direct object: the parse gives one in that place as a complement (``ccomp``); one opened by "that", "if" …
    stays a clause ("is bleakly ironic given that discrimination often lies at the heart of …"). A headline whose first noun the
    parse made its root keeps its verb ("Jungle TV show ratings drop by 4m")."""
    if tok.pos_ != "VERB" or tok.tag_ not in {"VBZ", "VBP", "VBD"} or tok.dep_ not in {"dobj", "attr", "pobj"} \
            or tok.head.pos_ not in {"VERB", "AUX", "ADP"}:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i for c in tok.children) \
        and not any(c.dep_ == "mark" for c in tok.children)  # a clause: "given that discrimination often lies at …"


def is_owned_inside_name(tok, name) -> bool:
    """The noun a name owns ("X's noun") that the parse hung inside the name, as the object of the name's own
    "of"/"for": "Mr Howard pointed to the Institute for Fiscal Studies' predictions" (the parse: "Institute
    for [Fiscal Studies' predictions]"), "Fletcher has recently graduated from the University of East Anglia's
    creative writing course", "Launching the Department for Constitutional Affairs' plan". The phrase is about
    the predictions, the course, the plan: the noun is its head, and no edge goes to the body."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.ent_type_ or tok.i <= name.i:
        return False
    if not any(c.dep_ == "poss" and c.ent_type_ and c.i < tok.i for c in tok.children):
        return False
    cur = tok
    for _ in range(6):  # up the name's own prepositional phrases to the name
        cur = cur.head
        if cur.i == name.i:
            return True
        if not cur.ent_type_ or cur.dep_ not in {"prep", "pobj"}:
            return False
    return False


def is_noun_read_as_present_verb(tok) -> bool:
    """A noun the tagger read as a present-tense verb (tagged VBZ or VBP) right after the noun it ends the
    phrase of: a present tense has a subject, and this one has none of its own, no auxiliary and no "and" that
    would coordinate it with an earlier verb, and the noun before it is no subject. "Once Google started
    "Tindall, who recently signed for Bath's west-country rivals Gloucester, told …", "nominated for a best
    supporting actress gong for her role in …". Not a verb with
    its subject ("England lock Danny Grewcock": the parse's subject, read as it is), nor a capitalised word. A
    subject before a relative clause set off by a comma that runs on to the noun is none: that clause closes
    with a comma before its subject's verb ("Portman, who has been nominated for … gong for her role …, joins").
    """
    if tok.tag_ not in {"VBZ", "VBP"} or tok.pos_ != "VERB" or tok.i == 0 or len(tok) < 3 or not tok.text.islower() \
            or tok.dep_ in NOMINAL_DEPS:
        return False  # (a word the parse reads as a noun all the same: "the way podcasts work")
    doc = tok.doc
    noun = doc[tok.i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ in {"nsubj", "nsubjpass", "ROOT"} or noun.head.i == tok.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} and not is_open_aside_before(c, tok) for c in tok.children):
        return False
    # (words before the noun are the sentence's, which the parse hung on its misread verb: "But Tindall, who …")
    if any(c.dep_ not in NOUN_WORDS and not (c.dep_ in {"dobj", "compound"} and c.pos_ == "PROPN")
           for c in tok.children if c.dep_ not in {"nsubj", "nsubjpass"} and c.i > noun.i):
        return False  # a verb's own words: "the UN Economic Commission for Europe predicts that …", "speaks volumes"
    return not (tok.dep_ == "conj" and any(c.dep_ == "cc" and tok.head.i < c.i < tok.i for c in tok.head.children))


NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "compound", "amod", "aux", "auxpass", "poss"})
# the words a noun read as a verb may have of its own: a preposition's phrase, an apposition, punctuation ("a best
# supporting actress gong for her role in …"); a name after it is the phrase's ("rivals Gloucester")
NOUN_WORDS = frozenset({"prep", "appos", "punct"})


def is_open_aside_before(subj, tok) -> bool:
    """Whether ``subj`` has a relative clause set off by a comma that runs on, with no closing comma, to the word
    right before ``tok``: ``tok`` is then inside that clause, not its subject's verb ("Tindall, who recently
    signed for Bath's west-country rivals Gloucester, told …")."""
    doc = subj.doc
    return any(c.dep_ == "relcl" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," and c.right_edge.i == tok.i - 1
               for c in subj.children)


def head_noun_end_after(doc, end: int) -> int:
    """Where a noun phrase that ends at ``end`` (exclusive) ends when its head noun was read as a verb
    (:func:`is_head_noun_read_as_verb`): "an international box office hit", not "… box office"; or read as a
    present verb (:func:`is_noun_read_as_present_verb`), with the name the parse made its object right after
    it ("Bath's west-country rivals Gloucester")."""
    if not 0 < end < len(doc):
        return end
    if (title := work_title_end_after(doc, end)) != end:
        return title  # "the worldwide stage hit Art" (kg.extract.worknouns)
    tokens = doc_tokens(doc)
    if is_head_noun_read_as_verb(tokens[end]):
        return end + 1
    if is_noun_read_as_present_verb(tokens[end]):
        noun = tokens[end]
        end += 1
        while end < len(doc) and tokens[end].pos_ == "PROPN" and tokens[end].head.i in {noun.i, end + 1, end + 2}:
            end += 1
        return end
    return end


def is_one_thing_named_twice(subj) -> bool:
    """A subject of two nouns joined by "and" whose verb is singular ("is", "was", "has", an -s form):
    one thing, a title or a person named by two roles, not two subjects. "Angels and Demons was
    written before The Da Vinci Code" (the novel, not "Angels — be written before — …" and "Demons —
    …"), "Harry Potter and the Prisoner of Azkaban, runner-up in the poll, was the choice of the
    Bafta experts", "The founder and former boss of Parmalat has apologised to investors". A plural
    verb keeps them two: "Liverpool and Millwall have been charged by the Football Association"."""
    if subj.dep_ not in {"nsubj", "nsubjpass"} or subj.i > subj.head.i:
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in subj.children) or not any(c.dep_ == "conj" for c in subj.children):
        return False
    if is_existential_noun_read_as_subject(subj):
        return False
    verb = subj.head
    first = min([verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}], key=lambda t: t.i)
    return first.tag_ == "VBZ" or first.lower_ == "was"


def is_existential_noun_read_as_subject(subj) -> bool:
    """The noun of a "there + be" that the parser made the first subject of the next clause, joined by
    "and" to that clause's own subject: "The spokesman said there was "no yes or no" answer and the area
    was "pretty grey"" — the parse gives "there was" no noun and "answer and the area" the second
    "was"; only the area is "pretty grey". ``subj`` is the first conjunct; a "there + be" with a noun
    of its own ("there was a report and the area was …") leaves the subject as it is."""
    verb = subj.head
    be = verb.head
    return (subj.dep_ in {"nsubj", "nsubjpass"} and verb.dep_ in {"ccomp", "conj"} and be.i < subj.i < verb.i
            and be.lemma_ == "be" and any(c.dep_ == "expl" and c.lower_ == "there" for c in be.children)
            and not any(c.dep_ in {"attr", "nsubj", "acomp"} for c in be.children)
            and any(c.dep_ == "conj" for c in subj.children))


# prepositions of a phrase that says what a verb made of its object or where it took it
RESULT_PREPOSITIONS = frozenset({"to", "into"})
# verbs whose object is a companion: "X joins Y in/on …" says X does or is what Y does or is
COMPANION_VERBS = frozenset({"join", "accompany"})
# entity types a phrase may name and still be a state or place the object is brought to ("into second")
_RANKS = frozenset({"ORDINAL", "CARDINAL", ""})
_AMOUNTS = AMOUNTS | {"DATE", "TIME"}


def _named_object(obj) -> bool:
    """Whether an object is a name or a personal pronoun (what a plain edge links; not "anything"), or a
    noun with its name in apposition ("his new band Fightstar"), not a common noun alone nor an amount
    ("made $1.6bn")."""
    if obj.ent_type_ in _AMOUNTS:
        return False
    return (obj.pos_ == "PROPN" or obj.tag_ == "PRP" or obj.ent_type_ not in _RANKS
            or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in obj.children))


def _noun_end(noun):
    """The last token of a noun with the words written after it that are its own ("number one"), not a
    phrase or clause hung on it."""
    ends = [c.right_edge.i for c in noun.children if c.i > noun.i and c.dep_ in {"nummod", "compound", "amod", "npadvmod"}]
    return noun.doc[max([noun.i] + ends)]


def _phrase_after(verb, obj):
    """The verb's prepositional phrase written right after the object's whole phrase, with its object
    (``(prep, pobj or pcomp)``), else ``None``."""
    end = obj.right_edge.i
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == end + 1), None)
    if prep is None:
        return None
    comps = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    return (prep, comps[-1]) if comps else None  # the last: "to a goalless draw" (two "objects")


def is_rank_read_as_verb(tok) -> bool:
    """The "number" of a chart place ("to number one") that the tagger read as a verb after "to" (an
    infinitive "to number" with "one" as its object): "Eminem beats Elvis to number one", "a stunning
    run of form after Wimbledon taking her to number one ahead of Amelie Mauresmo"."""
    doc = tok.doc
    return (tok.lower_ == "number" and tok.pos_ == "VERB" and 0 < tok.i < len(doc) - 1
            and doc[tok.i - 1].lower_ == "to" and doc[tok.i + 1].like_num)


def rank_after(verb, obj):
    """The chart place written right after a named object, which the parse read as an infinitive
    (:func:`is_rank_read_as_verb`): ``(to, one)`` of "beats Elvis to number one", else ``None``."""
    if not _named_object(obj):
        return None
    end = obj.right_edge.i
    rank = next((c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.i == end + 2 and is_rank_read_as_verb(c)), None)
    return (verb.doc[end + 1], verb.doc[rank.i + 1]) if rank is not None else None


def result_phrase(verb, obj):
    """The phrase after a named object that says what the verb made of it or where it took it, which the
    relation needs: "Hinckley United, who held Brentford to a goalless draw on Sunday" → held to a goalless
    draw (not "Hinckley United — hold — Brentford"); "Stan Varga headed Celtic into the lead"; "Pompey
    stretched Arsenal to the limit"; "edging Fraser into second"; "Charlie Simpson took his new band
    Fightstar to the stage". Also a companion's phrase (:data:`COMPANION_VERBS`): "He joins Jonny
    Wilkinson, Tim Stimpson and Paul Grayson in achieving that target" → joins in achieving (they all
    achieved it; not "He — join — Jonny Wilkinson"), and the state a person joins another in: "The Borders
    flanker … joins Donnie Macfadyen and Allister Hogg on the sidelines" (all three injured); where a
    verb of putting or taking put its object (:data:`~kg.extract.confidence.LIGHT_VERBS`, take: "He kept
    Madonna in second place"; not with a particle: "Mauritius take on Madagascar in a double-header"). ``(prep,
    last token)`` of the phrase the relation takes, else ``None``: not a place or body named after "to"
    ("loan Mladenovic to Real Sociedad", an edge of its own), nor a plain join of a club or firm ("Mido
    joined Tottenham in an 18-month loan deal", "Parry joined Liverpool as chief executive")."""
    found = (rank_after(verb, obj) or _phrase_after(verb, obj)) if obj.dep_ == "dobj" else None
    if found is None:
        return None
    if found[0].dep_ == "aux":
        return found  # "beats Elvis to number one"
    prep, comp = found
    lemma, form = verb.lemma_.lower(), prep.lower_
    if comp.dep_ == "pcomp" and comp.tag_ == "VBG":
        # "joins X in achieving that target": what they do together ("head X in scoring" is no such verb)
        return (prep, comp) if lemma in COMPANION_VERBS | {"follow"} and form in {"in", "on"} else None
    if not _named_object(obj) or comp.dep_ != "pobj" or comp.ent_type_ not in _RANKS or comp.pos_ == "PROPN":
        return None
    if form == "in" and comp.lower_ == "front" and not any(True for _ in comp.children):
        return prep, comp  # "headed Celtic in front"
    if lemma in LIGHT_VERBS | {"take"} and form in {"in", "on", "at"} and not any(c.dep_ == "prt" for c in verb.children):
        return prep, _noun_end(comp)  # "put Milburn in charge", "plans to take the show on tour": where it was put
    if not (comp.ent_type_ or any(t.dep_ in {"det", "poss", "nummod"} or t.ent_type_ in {"ORDINAL", "CARDINAL"}
                                  for t in verb.doc[prep.i + 1:comp.i])):
        return None  # a bare noun is the name's own phrase: "chairing the Power Inquiry into political disengagement"
    if form in RESULT_PREPOSITIONS:
        return prep, _noun_end(comp)
    if (lemma in COMPANION_VERBS and form in {"in", "on"} and obj.ent_type_ == "PERSON"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in comp.children)):
        return prep, _noun_end(comp)  # "joins X on the sidelines", "in the treatment room"
    return None


def preposition_read_as_modifier(obj):
    """A "past" the tagger read as a noun or adjective of the verb's object, written right after the verb:
    the preposition of a verb of moving. "Ivan Helguera headed past keeper Antonio Doblas to seal victory"
    → Ivan Helguera — head past — keeper Antonio Doblas (not "head — past keeper Antonio Doblas": the ball
    went past him). The "past" token, else ``None`` ("the past decade", "his past record" stay nouns)."""
    first = obj.left_edge
    if obj.dep_ != "dobj" or first.lower_ != "past" or first.dep_ not in {"compound", "amod", "nmod"} or first.i == obj.i:
        return None
    return first if first.i == obj.head.i + 1 and obj.head.pos_ == "VERB" else None


def subject_after_verb_read_as_modifier(verb):
    """The nearer of two subjects the parser gave one verb when a past tense between them was read as a
    modifier of the second: "Mr Straw, visiting Beijing, noted arms embargoes applied to China, Burma and
    Zimbabwe" (noted: a modifier of "embargoes") → arms embargoes — apply to — China (the embargoes apply;
    not "Mr Straw — apply to — China"). ``None`` when the verb has one subject."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    if len(subjects) < 2:
        return None
    first, near = subjects[0], subjects[-1]
    return near if any(t.tag_ == "VBD" and t.dep_ == "amod" and t.head.i == near.i
                       for t in verb.doc[first.i + 1:near.i]) else None


# verbs that name, call or elect their object something (Levin's "dub" and "appoint" classes): "X called Y Z"
# says what X called Y; "X — call — Y" alone says nothing true
NAMING_VERBS = frozenset("call dub brand label term nickname name vote elect crown proclaim declare appoint".split())


# verbs that take someone and something as two objects ("handed Chelsea victory", "cost them billions"): two
# objects of theirs are two phrases, never one split
_TWO_OBJECT_VERBS = frozenset("""give offer hand grant award send show lend owe promise deny cost pay bring teach
earn tell ask buy save allow wish get leave charge fine make consider deem""".split())
# words that open a noun phrase of their own: the second of two objects starting with one is its own phrase
_PHRASE_OPENERS = frozenset({"DT", "PDT", "PRP", "PRP$", "WDT", "WP", "WP$", "IN", "RB", "CD", "CC", "TO"})


def is_split_premodifier(tok) -> bool:
    """A noun phrase the parser split into two direct objects of one verb: the first, written right before
    the second's phrase with nothing of its own after its noun, is that phrase's premodifier, not an object
    of its own. "Earlier British costume designer Sandy Powell … who won the costume design Oscar" → won —
    the costume design Oscar (not "the costume", with "design Oscar" a second object); "Honda wins China
    copyright ruling" → wins — China copyright ruling (not "Honda — wins — China"); "Usher leads Billboard
    nominations"; "Blair hails Turkey-EU talks deal"; "to keep any disillusioned core Labour voters in the
    fold". Not two objects of a verb that takes someone and something ("cost them billions", "handed
    Chelsea victory") or an object and what it is made ("made Beckham captain"), nor of a naming verb
    ("would name a documentary its best film", "named Smith captain"), nor a second phrase with its own
    determiner, possessive, number, pronoun or adverb ("need practical help not just pledges of money"),
    nor a word the tokenizer split at a hyphen ("e-mail")."""
    return split_object_after(tok) is not None


def split_object_after(tok):
    """The object whose premodifier ``tok`` is (:func:`is_split_premodifier`), else ``None``."""
    if tok.dep_ != "dobj" or tok.pos_ not in {"NOUN", "PROPN"} or tok.right_edge.i != tok.i:
        return None
    head, doc = tok.head, tok.doc
    if tok.i + 1 >= len(doc) or not tok.whitespace_ or doc[tok.i + 1].text == "-":
        return None
    if head.lemma_.lower() in _TWO_OBJECT_VERBS or head.lemma_.lower() in NAMING_VERBS:
        return None
    second = next((c for c in head.children if c.dep_ == tok.dep_ and c.i > tok.i), None)
    if second is None or second.left_edge.i != tok.i + 1 or second.pos_ not in {"NOUN", "PROPN"}:
        return None
    opener = doc[tok.i + 1]
    if opener.tag_ in _PHRASE_OPENERS or opener.is_punct or any(c.dep_ in {"det", "poss", "predet", "nummod"}
                                                                 for c in second.children):
        return None
    return second


def is_unset_off_apposition(tok) -> bool:
    """An "apposition" of two common nouns written side by side, with no comma, dash or bracket between its
    head and it: no second name for the head but one phrase the parser split ("Lord Walker of Gestingthorpe,
    the one law lord to oppose the appeal", "The Wales Students rugby side has become a casualty", "his debut in
    the mass participation 10km race") or two phrases glued where a comma was left out ("a key Blair
    lieutenant his brother Ed"). Never *lord — be — the one law* (nominal.appositions)."""
    head = tok.head
    return (tok.dep_ == "appos" and _is_common_noun(tok) and _is_common_noun(head) and head.i < tok.i
            and tok.left_edge.i == head.i + 1 and tok.doc[head.i + 1].text[:1].isalnum())


def _is_common_noun(tok) -> bool:
    """A common noun, or a lower-case word the tagger read as a name ("the one law lord")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)


def continues_its_head(tok) -> bool:
    """An unset-off apposition (:func:`is_unset_off_apposition`) that opens with no determiner or possessive of
    its own: the rest of its head's phrase ("the one law lord", "the mass participation 10km race"), kept in it
    (spans.kept_tokens); not a phrase of its own ("a key Blair lieutenant his brother Ed")."""
    return is_unset_off_apposition(tok) and not any(c.dep_ in {"det", "poss", "predet"} for c in tok.children)


def split_premodifier_before(head):
    """The object right before ``head`` that is the premodifier of ``head``'s phrase
    (:func:`is_split_premodifier`), else ``None``: "the costume" before "design Oscar"."""
    if head.dep_ != "dobj" or head.left_edge.i == 0:
        return None
    before = head.doc[head.left_edge.i - 1]
    second = split_object_after(before) if before.head.i == head.head.i else None
    return before if second is not None and second.i == head.i else None


def named_after_comma(verb):
    """The noun a naming participle set off by a comma right after it names, when the parser read the
    participle as a past tense joined to the main verb, else ``None``: "Microsoft is saving the official
    unveiling of the Xbox 2, codenamed Xenon, for the E3 show in May" → the Xbox 2 — be codenamed — Xenon
    (not "Microsoft — codename — Xenon"); "people to publish blogs, or online journals, called MSN Spaces".
    Only a verb of naming (:data:`NAMING_VERBS`, codename) with no subject, auxiliary or conjunction of its
    own: "…, and called it a disgrace" is the subject's own act."""
    if (verb.dep_ not in {"conj", "advcl"} or verb.tag_ not in {"VBN", "VBD"} or verb.i < 2
            or verb.lemma_.lower() not in NAMING_VERBS and verb.lemma_.lower() != "codename"):
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != "," or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "cc", "mark"} for c in verb.children):
        return None
    if not any(c.dep_ in {"dobj", "oprd", "attr"} and c.left_edge.i == verb.i + 1 for c in verb.children):
        return None  # the name right after it; not "best Irish pop act, voted for by the public, beating …"
    noun = doc[verb.i - 2]
    if noun.pos_ == "NUM" and noun.dep_ == "nummod":
        noun = noun.head  # "the Xbox 2"
    while noun.dep_ == "compound" and noun.i < noun.head.i < verb.i:
        noun = noun.head
    return noun if noun.pos_ in {"NOUN", "PROPN"} and noun.head.i != verb.i else None
_COMPLEMENT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def object_complement(verb, obj, obj_end: int):
    """The words a verb of naming (:data:`NAMING_VERBS`) says its named object is, written right after the
    object's phrase (``obj_end``: the token after it), which the relation needs: "Tory Shadow Chancellor
    Oliver Letwin called Labour "a brilliant machine for talking about things"" → Oliver Letwin — called "a
    brilliant machine for talking about things" — Labour (not "Letwin — call — Labour"); "Viewers of … MTV
    Base voted Stone the winner in the best urban act category" → voted the winner; "dubbing Mr Brown "Sir
    Wastealot"". ``obj``: the object's head. ``(start, end)`` token indices of the complement, else ``None``: none after a preposition
    ("England named Matt Stevens in the starting line-up") or for another verb."""
    doc = verb.doc
    if (verb.lemma_.lower() not in NAMING_VERBS or obj.dep_ not in {"dobj", "oprd"} or not _named_object(obj)
            or obj_end >= sentence_of(verb).end):
        return None
    if doc[obj_end].text in DOUBLE_QUOTES:
        close = next((k for k in range(obj_end + 1, min(obj_end + 12, sentence_of(verb).end)) if doc[k].text in DOUBLE_QUOTES), None)
        return (obj_end + 1, close) if close is not None and close > obj_end + 1 else None
    end, last = obj_end, None
    while end < sentence_of(verb).end and (doc[end].text in DOUBLE_QUOTES or (doc[end].text == "-" and last is not None) or (
            doc[end].pos_ in _COMPLEMENT_POS and doc[end].ent_type_ not in {"DATE", "TIME"})):
        last = end if doc[end].pos_ in _COMPLEMENT_POS else last
        end += 1
    # (a quoted word inside: "called Camp Delta a "major human-rights scandal"")
    return (obj_end, last + 1) if last is not None and doc[last].pos_ in {"NOUN", "PROPN", "ADJ"} else None


# comparatives that say where a verb moved its object: "push prices higher", "driving the dollar lower"
DIRECTION_COMPARATIVES = frozenset({"higher", "lower"})


def direction_after_object(verb, obj) -> list:
    """The comparative written right after a direct object's phrase that says where the verb moved it, with its
    degree words, which the relation needs: "Heavy stockpiles could help force prices lower when demand eases" →
    could help force lower — prices (start-a T032: the bare "force — prices" loses the direction); "the red ink …
    is widely seen as a key factor driving the dollar lower"; "Mr Elgindy then drove share prices lower by spreading negative publicity".
    The words (degree adverbs, then "higher"/"lower"), else empty: not a comparative with its own "than" phrase
    ("paying staff less than its rivals do"), nor one hung on another word."""
    if obj.dep_ != "dobj":
        return []
    doc, i = verb.doc, obj.right_edge.i + 1
    start = i
    while i < sentence_of(verb).end and doc[i].tag_ == "RB" and doc[i].dep_ == "advmod":
        i += 1
    if i >= sentence_of(verb).end:
        return []
    word = doc[i]
    if word.lower_ not in DIRECTION_COMPARATIVES or word.tag_ not in {"JJR", "RBR"} or word.head.i not in {verb.i, obj.i}:
        return []
    if any(c.i > word.i for c in word.children) or any(doc[k].head.i not in {word.i, verb.i} for k in range(start, i)):
        return []
    return list(doc[start:i + 1])


def object_control_infinitive(verb, obj):
    """The infinitive a named object is told, urged, forced or tipped to do, written right after it, which
    the relation needs: "Former Australian wing David Campese has told England to stop whingeing" →
    David Campese — told to stop — England (not "Campese — tell — England"); "Tony Blair has urged Ken
    Livingstone to apologise"; "Campese has tipped Wales to win both the Six Nations and Grand Slam". The
    infinitive's verb token, else ``None``: a purpose clause hung on the verb is none ("using his Budget to
    fire both barrels": an adverbial, not the object's complement), nor is an infinitive after a phrase."""
    if obj.dep_ != "dobj" or not _named_object(obj):
        return None
    end = obj.right_edge.i
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.left_edge.i == end + 1
                 and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == end + 1 for a in c.children)
                 and not any(a.dep_ == "nummod" for a in c.children)), None)  # ("beats Elvis to number one")


# verbs whose object does what the infinitive after it says (object control: Levin's force, order, urge and
# advise verbs, and tipping a winner) — "forced Yukos to sell off", "urged Egypt to remove obstacles", "backed
# New Zealand to win"; after any other verb an infinitive is its subject's own purpose ("visited Kenya to
# highlight the plight", "beat Australia to reach the final", "used his Budget to fire both barrels"; "leave" is
# no verb of the list: "Bellamy left Newcastle to join Celtic", as three of the pool's four "left X to V")
OBJECT_CONTROL = frozenset("""force compel oblige coerce pressure pressurise pressurize push press drive prompt cause
get induce persuade convince tempt entice encourage inspire motivate spur urge exhort implore beg beseech ask request
require order command instruct direct tell warn advise caution remind counsel invite challenge dare allow permit
enable empower authorise authorize entitle help assist train teach appoint elect choose select nominate pick hire
recruit commission trust tip back fancy forbid prohibit lead""".split())
# verbs whose object is no participant of theirs but the subject of the infinitive (exceptional case marking):
# "wants Blair to resign" is no "want to resign — Blair", the wanted thing is the whole clause; "had shown
# themselves to be dishonest" no "show to be — themselves"
OBJECT_RAISING = frozenset("""want expect need like love prefer wish intend mean believe consider judge suppose show
prove find reveal declare deem reckon know""".split())


# verbs that ask or count on the object of their preposition to do what the infinitive after it says: "called on
# the government to release men …", "appealed to witnesses to come forward", "pleaded with visiting fans not to protest"
PREPOSITIONAL_CONTROL = {"call": frozenset({"on", "upon"}), "appeal": frozenset({"to"}), "plead": frozenset({"with"}),
                         "rely": frozenset({"on"}), "count": frozenset({"on"}), "depend": frozenset({"on"})}
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def prepositional_controller(infinitive):
    """The object of a preposition of asking that does what ``infinitive`` says, when the parse hung the
    infinitive on the verb: "Director Shami Chakrabarti called on the government to "practise what it preaches"" —
    the government is to practise it; Chakrabarti did not, and the relation is no "called to practise" (blind
    s27 pool: every such reading wrong). Else ``None``: not a day ("The union called on Monday to scrap the
    tax": no one it called on), nor an infinitive that is no part of the phrase's end ("appealed to the
    court in May to …")."""
    if infinitive.dep_ != "xcomp" or infinitive.tag_ != "VB":
        return None
    verb = infinitive.head
    preps = PREPOSITIONAL_CONTROL.get(verb.lemma_.lower())
    if preps is None:
        return None
    to = next((a for a in infinitive.children if a.dep_ == "aux" and a.lower_ == "to"), None)
    if to is None:
        return None
    for prep in verb.children:
        if prep.dep_ not in {"prep", "prt"} or prep.lower_ not in preps or not verb.i < prep.i < to.i:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lower_ in WEEKDAYS or obj.ent_type_ in {"DATE", "TIME"}:
            return None
        between = obj.doc[obj.right_edge.i + 1:to.i]
        return obj if all(t.text in DOUBLE_QUOTES or t.dep_ == "neg" for t in between) else None
    return None


def is_object_control(verb) -> bool:
    """Whether ``verb`` makes its object the doer of an infinitive after it ("Russia forced Yukos to sell off
    Yuganskneftegas": Yukos sells), rather than the infinitive being the subject's own purpose ("Gordon Brown
    visited Kenya to highlight the plight of …": Brown highlights it). A small closed lexicon of verbs of
    causing, commanding, asking, allowing and tipping (:data:`OBJECT_CONTROL`, :data:`OBJECT_RAISING`).

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Russia forced Yukos to sell it. Brown visited Kenya to highlight it.")
    >>> is_object_control(doc[1]), is_object_control(doc[8])
    (True, False)
    """
    lemma = verb.lemma_.lower()
    return lemma in OBJECT_CONTROL or lemma in OBJECT_RAISING


def has_own_complement(infinitive) -> bool:
    """Whether the infinitive after a named object has words of its own after it — an object, a phrase, a
    clause, another verb — which the relation "forced to sell off" would leave out: "Russia forced Yukos to
    sell off Yuganskneftegas" (read "Russia — forced to sell off — Yukos", it says Yukos was sold), "warned the
    BBC to steer away from the story", "told England to stop whingeing". Not "urged Ken Livingstone to
    apologise" (an infinitive alone, or with a bare adverb or particle, reads into the relation). An object
    of the raising kind ("wants Blair to resign") always makes one clause: :data:`OBJECT_RAISING`.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Russia forced Yukos to sell off Yuganskneftegas. Tony Blair urged Ken Livingstone to apologise.")
    >>> has_own_complement(doc[4]), has_own_complement(doc[14])
    (True, False)
    """
    if infinitive.head.lemma_.lower() in OBJECT_RAISING:
        return True
    return any(c.i > infinitive.i and c.dep_ not in {"punct", "neg"}
               and not (c.dep_ in {"prt", "advmod"} and not any(True for _ in c.children)) for c in infinitive.children)


# subordinators that open an adverbial clause of its own at the end of an object's infinitive
_SUBORDINATORS = frozenset("while whilst as because although though whereas when since if unless after before".split())


def clause_object_end(infinitive) -> int:
    """Where the clause object "Yukos to sell off Yuganskneftegas" ends (one past its last token): the
    infinitive's subtree, up to a clause set off at its end by a comma or opened by a subordinator, which is
    said of the whole sentence, not what the object was made to do: "Yahoo chose Google to power its search
    facility while it concentrated on its web portal business" → "Google to power its search facility";
    "forced Gerrard to publicly make the decision for himself, which I think is the right thing to do" →
    "Gerrard to publicly make the decision for himself".

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Yahoo chose Google to power its search facility while it concentrated on its portal.")
    >>> doc[clause_object_end(doc[4]) - 1].text
    'facility'
    """
    doc = infinitive.doc
    end = infinitive.right_edge.i + 1
    for t in infinitive.subtree:
        if t.i <= infinitive.i or t.dep_ not in {"advcl", "relcl"}:
            continue
        first = t.left_edge.i
        if doc[first - 1].text == "," or (doc[first].dep_ == "mark" and doc[first].lower_ in _SUBORDINATORS):
            end = min(end, first)
    while end - 1 > infinitive.i and doc[end - 1].is_punct and doc[end - 1].text not in DOUBLE_QUOTES:
        end -= 1
    return end


def asked_clause_end(infinitive) -> int:
    """Where what someone is called on to do ends (:func:`prepositional_controller`): the clause object's end
    (:func:`clause_object_end`), before a phrase set off by a comma at its end, which tells where or how the
    call was made: "Christian Aid has called on British firms not to simply "cut and run" but look after their
    workers, in a new report called Rags To Riches To Rags" → "British firms not to … look after their workers"."""
    doc = infinitive.doc
    end = clause_object_end(infinitive)
    for t in infinitive.subtree:
        if t.i > infinitive.i and t.dep_ == "prep" and t.i < end and doc[t.i - 1].text == "," and t.right_edge.i + 1 >= end:
            end = t.i - 1
            break
    while end - 1 > infinitive.i and doc[end - 1].is_punct and doc[end - 1].text not in DOUBLE_QUOTES:
        end -= 1
    return end


# adjectives that stand before a determiner inside their own noun phrase ("such a success", "quite a game",
# "half the players", "many a time"), and those of a time before a possessive ("last year's title")
_PREDETERMINERS = frozenset("such quite half many what all both rather last next past previous early late".split())
# adjectives of "make … clear" written before the clause made clear ("did not make clear intelligence … was
# thin"); "make sure/certain" is subjects.make_sure_end's
_MADE_CLEAR = frozenset({"clear", "plain", "sure"})
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MADE_CLEAR_CLAUSES = frozenset({"ccomp", "csubj"})
# what the parse calls an adjective of a verb's secondary predicate hung on the verb ("cut short", "set free")
_PREDICATE_DEPS = frozenset({"advmod", "acomp", "oprd", "ccomp", "xcomp", "dep"})


def made_clear_clause(adj):
    """The clause after the "clear" of "made clear that …", which the parser hung on the adjective or on the
    verb beside it: "a letter … also made clear that Mr McLetchie did not need to list any of the clients" →
    "need"; "He made clear that he would not stand again" → "stand". ``None`` when there is none."""
    own = next((c for c in adj.children if c.dep_ in _MADE_CLEAR_CLAUSES and c.i > adj.i), None)
    if own is not None:
        return own
    return next((c for c in adj.head.children if c.dep_ == "ccomp" and c.i > adj.i and c is not adj), None)


def shifted_predicate(verb):
    """The adjective of a verb's secondary predicate written before its object: it belongs to the relation,
    whose meaning it makes ("cut short", "made public", "set free", "make clear"), and the object starts
    after it. "The band were forced to cut short Monday night's show" → were forced to cut short — Monday
    night's show (not "cut — short Monday night's show"); "he did not cut short his holiday" → did not cut
    short — his holiday (not "did not cut — his holiday"); "did not make clear intelligence about claims … was
    "very thin"" → did not make clear — intelligence … was "very thin"; "BT wants to make sure it is in the
    first wave" → wants to make sure — it is in the first wave; "made clear that Mr McLetchie did not need to
    …" → made clear that — Mr McLetchie did not need to … (not "made — clear").

    The adjective is one word right after the verb, and either the parse hung it on the verb with a direct
    object after it, or on the object with the object's determiner or possessive after it (inside a noun
    phrase no adjective stands there), or it is the parse's complement of the clause after the verb, before
    that clause's subject, or it is "clear"/"plain" after "make" with the clause made clear after it. ``None``
    otherwise: "won last year's title", "is considering such a success", "offered standard 512K broadband",
    "Tories attack burglar 'U-turns'", "justifies non-publication", "said new rules would apply", "cut prices"."""
    doc = verb.doc
    k = verb.i + 1
    if k >= len(doc) or verb.pos_ not in {"VERB", "AUX"}:
        return None
    adj = doc_tokens(doc)[k]
    if adj.tag_ != "JJ" or adj.lower_ in _PREDETERMINERS:
        return None
    made_clear = verb.lemma_.lower() == "make" and adj.lower_ in _MADE_CLEAR
    if any(not (made_clear and c.dep_ in _MADE_CLEAR_CLAUSES and c.i > adj.i) for c in adj.children):
        return None
    host = adj.head
    if host.i == verb.i:  # "cut short his holiday", "set free the hostages": the parse's adverb or complement
        if adj.dep_ not in _PREDICATE_DEPS:
            return None  # (an object of its own: "justifies non-publication")
        if any(c.dep_ == "dobj" and c.i > adj.i and any(g.dep_ in {"det", "poss", "predet"} for g in c.children)
               for c in verb.children):
            return adj  # (the object's determiner after the adjective; not "attack burglar 'U-turns'")
        # "made clear that Mr McLetchie did not need to list …": the clause made clear is the object
        return adj if made_clear and made_clear_clause(adj) is not None else None
    if (adj.dep_ == "amod" and host.dep_ == "poss" and host.ent_type_ in {"DATE", "TIME"} and host.head.dep_ == "dobj"
            and host.head.head.i == verb.i):
        return adj  # "cut short Monday night's show": an adjective of a date is "last" or "next", no "short"
    if adj.dep_ == "amod" and host.dep_ == "dobj" and host.head.i == verb.i:
        if any(c.dep_ in {"det", "poss", "predet"} and c.i > adj.i for c in host.children):
            return adj  # "cut short his holiday", "made public the letter" (a number may follow: "standard 512K broadband")
        return None
    clause = host.head if adj.dep_ == "amod" and host.dep_ in _CLAUSE_SUBJECTS else host
    if clause.dep_ != "ccomp" or clause.head.i != verb.i:
        return None
    if adj.dep_ == "acomp" and host is clause:
        if any(c.dep_ in _CLAUSE_SUBJECTS and c.i > adj.i for c in clause.children):
            return adj  # "made clear the government would not back down"
        return None
    if adj.dep_ == "amod" and made_clear:
        return adj  # "did not make clear intelligence … was thin"
    return None


def is_shifted_predicate(tok) -> bool:
    """The adjective of :func:`shifted_predicate` ("short" of "cut short Monday night's show"): the relation's,
    no word of the object nor an object of its own."""
    if tok.tag_ != "JJ" or tok.i == 0:
        return False
    return getattr(shifted_predicate(doc_tokens(tok.doc)[tok.i - 1]), "i", None) == tok.i


def is_noun_for_infinitive(clause) -> bool:
    """A "for X to Y" infinitive the parser hung on a noun as an adverbial clause: the noun's complement, which
    says what the noun is of (an excuse, a need, a deadline for someone to do something), part of its phrase.
    "Today's ruling should not be an excuse for this administration to seek a weak settlement" → the object
    "an excuse for this administration to seek a weak settlement …" (not "should not be — an excuse", which
    says the ruling is no excuse at all); "There was no need for constitutional amendments to balance the
    budget". Not an infinitive without its own "for" subject ("persuaded the board to sell")."""
    if clause.dep_ != "advcl" or clause.head.pos_ != "NOUN" or clause.i < clause.head.i:
        return False
    kids = list(clause.children)
    return (any(c.dep_ == "mark" and c.lower_ == "for" for c in kids) and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids))


# conjunctions a headline writes before a clause of its own, which the parser reads as prepositions
HEADLINE_CONJUNCTIONS = frozenset({"as", "after", "before", "since", "until", "while"})


def is_headline_line(sent) -> bool:
    """A paragraph of one line with no full stop: an article's headline (or a caption)."""
    return sent.start == 0 and sent.end == len(sent.doc) and not any(t.text in {".", "!", "?", ":"} for t in sent)


def headline_clause_after_conjunction(prep):
    """The word that is the verb of the clause a headline opens with "as" (or "after", "since" …) when the
    parser read the conjunction as a preposition and its subject as the preposition's object, else ``None``:
    a headline says "X as Y does": "Safety alert as GM recalls cars" (GM recalls them; no "Safety alert as GM
    — recalls — cars"), "Google shares fall as staff sell" (no "Google shares — fall as — staff": the staff
    sell), "Final hunts held as ban looms" (no "be held as — ban"). The object is a name or a noun with no
    "a/an" ("Santini resigns as Spurs manager", "Mobile TV tipped as one to watch": a role, no verb after it)
    and the word right after its phrase is a finite verb, or a word the parser left unattached (the "sell")."""
    if prep.dep_ != "prep" or prep.lower_ not in HEADLINE_CONJUNCTIONS:
        return None
    sent = sentence_of(prep)
    if not is_headline_line(sent):
        return None
    obj = with_dep(prep.children, ("pobj",))
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or obj.right_edge.i + 1 >= sent.end:
        return None
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in obj.children) or prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such":
        return None
    after = prep.doc[obj.right_edge.i + 1]
    if after.tag_ in {"VBZ", "VBP", "VBD", "MD"} or after.dep_ == "dep" and after.head.i != obj.i:
        return after
    return None


def headline_subject_after_conjunction(verb, subj):
    """The subject of ``verb`` a headline writes after "as" (…) inside the phrase the parser gave the verb as
    its subject (:func:`headline_clause_after_conjunction`), else ``None``: "Safety alert as GM recalls cars" →
    GM recalls them (not "Safety alert as GM"); "Final hunts held as ban looms" → the ban looms."""
    first = min([c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"}] + [verb], key=lambda t: t.i)
    for t in subj.subtree:
        after = headline_clause_after_conjunction(t) if t.dep_ == "prep" else None
        if after is not None and after.i == first.i:
            return next(c for c in t.children if c.dep_ == "pobj")
    return None


def is_inverted_participle_copula(verb, subj) -> bool:
    """A clause that opens with an "-ing" phrase and goes on "were/are" + a list: the phrase is the predicate
    fronted, the list the subject (a gerund subject takes "was/is"). "Rounding out the top ten were In Good
    Company - starring Dennis Quaid and Scarlett Johansson - Racing Stripes and Assault on Precinct 13" says
    the three films rounded it out; no reading has the phrase as its subject ("Rounding out the top ten —
    were In — Assault")."""
    if subj is None or subj.dep_ not in {"csubj", "csubjpass"} or subj.tag_ not in {"VBG", "VBN"} or subj.i > verb.i:
        return False
    if subj.left_edge.i != subj.i or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in subj.children):
        return False  # a clause of its own: "What both of us are actually concentrating on are the issues …"
    if any(c.dep_ in {"acomp", "neg"} for c in verb.children):
        return False  # a predicate after the verb, no list: "using login details … are simply not good enough"
    first = min([c for c in verb.children if c.dep_ in {"aux", "auxpass"}] + [verb], key=lambda t: t.i)
    return verb.lemma_.lower() == "be" and first.lower_ in {"were", "are", "'re"}


def is_article_read_as_subject(subj) -> bool:
    """An article the parser made a verb's subject: the word after it, an adjective-like participle ("a
    reported $85m", "A crushing 42-7 Kiwi triumph") or a noun set off by quotes ('The "pre-masters" include
    …'), was read as the verb. "earning the family a reported $85m (£46m)" gives no "a — reported — $85m";
    no reading has "a", "an" or "the" alone as its subject."""
    return subj is not None and subj.tag_ == "DT" and subj.lower_ in {"a", "an", "the"}


def is_future_going_left_alone(verb, verbs) -> bool:
    """"be going to" + a verb is a future of that verb, never a going: where the parse did not chain the
    infinitive (its object is a wh-word: "That's what this election is going to be all about", "which way they
    are going to vote", "Who are we going to target now?") no reading has "go" as its relation and the
    infinitive as its object ("this election — is going — to be all about"). ``verbs``: the chain read with
    ``verb``. "is going to London" and a chained "are going to play" stay."""
    if verb.lower_ != "going" or verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return False
    chained = {v.i for v in verbs}
    return any(c.dep_ == "xcomp" and c.i not in chained and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)


def is_title_participle(verb, subj) -> bool:
    """An "-ing" word opening the sentence with a bare noun after it, written straight before a name with no
    comma: a title of the name ("Defending champion", "Founding member", "Reigning champion"), not a clause
    the name does. "Defending champion and top seed Andy Roddick rallied to beat Sweden's Thomas Enqvist" says
    Roddick is the defending champion, not "Andy Roddick — be Defending — top seed". An opening clause has a
    determiner or a comma: "Launching the initiative Mr Clarke said …", "Defending the decision, the minister
    said …" stay clauses."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl", "amod"} or subj is None or not verb.text[:1].isupper():
        return False
    sent = sentence_of(verb)
    if verb.i != sent.start or subj.i < verb.i:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or any(c.dep_ not in {"dobj", "npadvmod"} for c in verb.children):
        return False
    nouns = [objects[0]] + [c for c in objects[0].children if c.dep_ == "conj"]
    if not all(n.tag_ == "NN" and n.ent_type_ == "" and not any(c.dep_ in {"det", "poss", "nummod", "prep", "acl", "relcl"}
                                                               for c in n.children) for n in nouns):
        return False  # "the initiative", "his title", "champion of Europe …"
    name = subj.left_edge
    return verb.right_edge.i + 1 == name.i and name.pos_ == "PROPN"


# subjects of an extraposed clause: "it is clear that …", "its is not clear that …" (a typing slip for "it's")
IMPERSONAL_SUBJECTS = frozenset({"it", "its", "this", "that"})


def adjective_content(verb, adjective):
    """The clause an adjective of stance takes, which the parser hung on the verb instead of on the
    adjective, else ``None``: "Reidar Wasenius, a senior project manager at Nokia, was adamant that Visual
    Radio should not be confused with the more traditional medium" → the clause of "confused": the object is
    "adamant that Visual Radio should not be confused with …" (as the parse gives it in "Wenger was
    confident his side would win"), never a bare "adamant" that loses what he was adamant about. Only a
    clause written right after the adjective ("was happy, the team was winning" has a comma between)."""
    if adjective.dep_ != "acomp" or adjective.pos_ != "ADJ" or adjective.head.i != verb.i or adjective.i < verb.i:
        return None
    if any(c.dep_ == "expl" or c.dep_ == "nsubj" and c.lower_ in IMPERSONAL_SUBJECTS for c in verb.children):
        return None  # "it is clear that …" is the writer's frame of the clause, read on its own (frames.py)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == adjective.right_edge.i + 1), None)
    if clause is None:
        return None
    first = clause.doc[clause.left_edge.i]  # it opens as a clause does: "that", "whether", a wh-word or its subject
    opens = (first.dep_ == "mark" or first.tag_ in {"WDT", "WP", "WRB"}
             or any(c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.i == first.i for c in clause.children))
    return clause if opens else None  # (not "The "run" he is now capable of is perhaps not quite up to …")


# verbs of telling someone something: what follows the one told with "that" is what they were told
TELLING = frozenset("tell inform warn assure reassure remind notify brief persuade convince".split())


def addressee_clause(verb, obj):
    """The "that"-clause the parser hung on the one told, which is what ``verb`` told them, else ``None``:
    "The prime minister has told a Labour Party gathering that the Tory policies would cause economic failure"
    → what he told is "the Tory policies would cause economic failure" (the gathering is whom he told it to,
    as in "has told reporters that …"), never "told — a Labour Party gathering that the Tory policies …";
    "told BBC Radio 4's Today programme that the government's plans were "inadequate"". Only a clause opened
    by "that" with a subject of its own: "told the story that he wrote" is a relative clause."""
    if verb_lemma(verb) not in TELLING or obj.dep_ not in {"dobj", "dative"} or obj.head.i != verb.i:
        return None
    return next((c for c in obj.children if c.dep_ in {"acl", "relcl", "ccomp"} and c.i > obj.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children)
                 and any(g.dep_ in {"nsubj", "nsubjpass", "expl"} and g.i < c.i for g in c.children)), None)


_ARTICLES = frozenset({"the", "a", "an"})


def is_up_until(tok) -> bool:
    """The "up" of "up until" / "up till", which the parser read as a particle of the verb or of the noun before
    it: it opens the time phrase. "Microsoft's Xbox had been winning the race up until last week" gave *had been
    winning up* (s28 judged confirm-a T041: "win up" glued from "up until"); "We have had rain up until the day
    before the show" gave the object *rain up*. No particle, and no word of the object."""
    doc = tok.doc
    return (tok.lower_ == "up" and tok.dep_ in {"prt", "advmod"} and tok.i + 1 < len(doc)
            and doc[tok.i + 1].lower_ in {"until", "till"} and not any(True for _ in tok.children))


def is_compound_participle(verb) -> bool:
    """An "-ing" word between a name and a noun of one noun phrase, which the parser read as a participle with its
    object: "He has been a regular in the England starting line-up ever since" (s21 blind audit: no "he — be
    starting — line-up"), "he won first prize at the Gino Marinuzzi conducting competition in Italy": the "-ing"
    word and the noun after it name one thing ("starting line-up", "conducting competition"), which the name only
    modifies. The name takes an article that is no part of it ("the England", "the Gino Marinuzzi": a name used as a
    modifier), and the noun after is a bare singular common noun written right after the "-ing" word. A participle
    after a common noun stays a clause, even a bare one ("with demand outstripping supply"), and so does one after a
    name with no article ("Lopez appeared at the Grammy awards on Sunday, singing a duet")."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i == 0 or not verb.text.islower():
        return False
    before = doc[verb.i - 1]
    if before.tag_ != "NNP" or before.ent_type_ not in {"GPE", "ORG", "PERSON", "NORP", "LOC", "EVENT"} \
            or verb.dep_ not in {"acl", "advcl", "amod"} or before.head.i == verb.i:
        return False  # (the name as the participle's subject: "If you have the National Assembly taking control")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return False
    obj = objects[0]
    if (obj.tag_ != "NN" or obj.left_edge.i != verb.i + 1 or obj.ent_type_
            or any(c.dep_ in {"det", "poss", "nummod", "amod", "predet"} for c in obj.children)
            or any(c.dep_ == "compound" and doc[c.i + 1].text != "-" for c in obj.children)):
        return False  # (a hyphened noun is one word: "line-up")
    dets = [c for c in before.children if c.dep_ in {"det", "poss"}]
    return len(dets) == 1 and dets[0].lower_ in _ARTICLES and dets[0].ent_iob_ == "O"


def is_apposition_across_phrase(tok) -> bool:
    """An "apposition" hung on a noun with words of another phrase between them: a second name sits right after
    its noun's own phrase, so a word between that is no part of that phrase (the noun's verb, another clause)
    shows the parser hung it on the wrong noun. "The charges are seen by supporters as politically motivated and
    part of a drive … to rein in the country's super-rich business leaders, the so-called oligarchs" (the
    oligarchs are the leaders: no "The charges — be — the so-called oligarchs"); "The global economy will slow in
    2005, the UNECE forecasts, …" (no "The global economy — be — the UNECE forecasts"). Words of the noun's own
    phrase may come between ("Robert Jackson, 58, MP for Wantage", "Andrew Hogg, spokesman for the Medical
    Foundation …, said"), and so may a bracket or a dash."""
    head = tok.head
    if tok.dep_ != "appos" or head.i > tok.i:
        return False
    doc = tok.doc
    own = {t.i for t in head.subtree}
    return any(not t.is_punct and t.i not in own for t in doc[head.i + 1:tok.left_edge.i])


def is_name_modifying_noun(tok) -> bool:
    """An "apposition" of a bare common noun written right after a name with no comma, dash or bracket: the name
    modifies the noun, one phrase the parser split ("Leicester say they will not be rushed into making a bid for
    Andy Farrell should the Great Britain rugby league captain decide to switch codes": no "the Great Britain — be
    — rugby league captain"; "may defend her indoor AAA 800m title"). A noun set off after a name is a second name
    ("Theresa May, shadow secretary for the family"), and a noun with its own article after a name is its epithet
    ("Wilbur the pig", "Buffy the Vampire Slayer")."""
    head = tok.head
    if tok.dep_ != "appos" or head.i > tok.i or head.pos_ != "PROPN" or tok.pos_ != "NOUN" or not tok.is_lower:
        return False
    doc = tok.doc
    first = tok.left_edge
    return (first.i == head.i + 1 and not first.is_punct and tok.right_edge.i == tok.i
            and not any(c.dep_ in {"det", "poss", "predet", "nummod"} for c in tok.children))


# "-ing" words that news prose writes as prepositions: "concerning"/"regarding" mean "about", and "following" /
# "considering" hung on a clause mean "after" / "given"
ABOUT_PARTICIPLES = frozenset({"concerning", "regarding"})
CLAUSE_PREPOSITIONS = frozenset({"following", "considering"})


def is_preposition_read_as_participle(verb) -> bool:
    """An "-ing" word written as a preposition, which the parser read as a participle: "There are two major problems
    in the planning system at the moment concerning Gypsy and traveller sites" (s21 audit: no "the moment — be
    concerning — Gypsy"), "The 25-year-old was only called into the squad … as cover following the enforced
    withdrawal of Upson" (after it: no "The 25-year-old — be following — the enforced withdrawal"). "Following" or
    "considering" that modifies a noun stays a participle ("Fans following the team were delighted"), and so does
    a verb with its own auxiliary ("We're following a roadmap")."""
    if verb.tag_ != "VBG" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if verb.lower_ in ABOUT_PARTICIPLES:
        return verb.dep_ in {"acl", "advcl", "prep"}
    return verb.lower_ in CLAUSE_PREPOSITIONS and verb.dep_ in {"advcl", "prep"}


ABSOLUTE_PREPOSITIONS = frozenset({"with", "without"})
_SET_OFF = frozenset({",", "-", "–", "—", ";"})


def is_absolute_with(prep) -> bool:
    """A "with" set off by a comma or a dash (or opening the sentence) that opens an absolute clause — a noun and
    what is true of it — which is never the verb's object (clauses.prepositional_object; it stays a further
    argument, whole): "about a third of Asbos were breached - with some people jailed and others not" (s21 blind
    audit: no "were breached with — some people jailed"), "That trend is predicted to continue, according to CEA
    analysts, with wholesale shipments of consumer technologies expected to grow by 11%" (s21: no "continue with —
    wholesale shipments"), "Stringer scooted over, with O'Gara landing the tricky conversion". The clause has its own subject ("some people jailed") or a
    participle after its noun (or after the noun of its "of" phrase). A "with" written straight after its verb stays an argument ("A gripping game
    … ended with the honours finishing even", "have never equated the Academy Awards with how much money a movie
    takes in"), and so does a set-off "with" and a plain noun ("…, with a new team")."""
    if prep.dep_ != "prep" or prep.lower_ not in ABSOLUTE_PREPOSITIONS:
        return False
    doc = prep.doc
    if not (prep.i == sentence_of(prep).start or doc[prep.i - 1].text in _SET_OFF):
        return False
    obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if obj is None:
        return False
    if obj.pos_ in {"VERB", "AUX"}:
        subject = next((c for c in obj.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < obj.i), None)
        return subject is not None and not any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} for t in doc[prep.i:obj.i])
    if obj.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    nouns = [obj] + [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"} and c.i > n.i for n in nouns for c in n.children)


# nouns of the time, effort or difficulty someone has in doing something ("had trouble adapting", "a lousy job playing")
EFFORT_NOUNS = frozenset("""time times job problem problems difficulty difficulties trouble fun hour hours day days week
weeks month months year years minute minutes decade spell""".split())
# verbs whose object is such a noun, had by the one who does the "-ing" verb (a noun spent is the spender's:
# clauses.spending_verb gives its "-ing" verb the spender as subject)
HAVING_VERBS = frozenset({"have", "do", "need"})


def is_effort_participle(verb, subj) -> bool:
    """An "-ing" verb after a noun of time, effort or difficulty that someone has, does or spends (or that an "it"
    is): the parse hung the "-ing" verb on the noun, whose doer is that someone, never the noun. "I did a lousy job
    playing my part" (no "a lousy job — be playing — my part"), "It was an extraordinary time making the film" (s23
    blind audit: no "an extraordinary time — be making — the film"), "his ministry was having difficulty hiring
    women", "Japan still has problems getting a viable banking system". A noun the sentence says is the doer stays
    it: "the problems facing Britain", "the three months ending 30 September", "the years leading up to the World
    Cup" (no having: the noun is the verb's subject). Only the reading whose subject ``subj`` is the noun."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.i > verb.i or subj is None or subj.i != verb.head.i:
        return False
    noun = verb.head
    if noun.lemma_.lower() not in EFFORT_NOUNS and noun.lower_ not in EFFORT_NOUNS:
        return False
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in HAVING_VERBS
    return noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and any(
        c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in noun.head.children)


# participles that name what they follow: "on 13 December, dubbed Black Monday" is said of the day
NAMING_PARTICIPLES = NAMING_VERBS | {"know", "designate", "mark"}


def is_participle_after_a_time(verb) -> bool:
    """A participle set off by a comma that the parser hung on the time just before it, which it cannot describe: a
    day or an hour is not accompanied, fuelled or followed. "Staff were surprised when the Prime Minister walked into
    HMV at 0900 GMT, accompanied by aides and local police" gives no "0900 GMT — be accompanied by — aides" (the
    Prime Minister was). Whom it describes the parse does not say, so it is not read. A participle that names the time
    stays ("on 13 December, dubbed Black Monday"), and so does one with no comma, which is the time's own: "The budget
    for the fiscal year starting on 21 March calls for …"."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBG"} or noun.i > verb.i or not is_time_word(noun):
        return False
    start = verb.left_edge.i
    return (start == verb.i and start > 0 and verb.doc[start - 1].text == "," and noun.i == start - 2
            and verb.lemma_.lower() not in NAMING_PARTICIPLES)


CLOCK_ZONES = frozenset({"GMT", "BST", "CET", "EST", "ET", "PST", "UTC"})


def is_time_word(noun) -> bool:
    """A date, a day, an hour or a word of time ("in 2005", "on Friday", "at 0900 GMT", "last season")."""
    return (noun.ent_type_ in {"DATE", "TIME"} or noun.lemma_.lower() in TIME_NOUNS
            or noun.text in CLOCK_ZONES and any(c.dep_ == "nummod" for c in noun.children))


def is_noun_read_as_verb_before_its_clause(tok) -> bool:
    """A noun between a name and a name that the tagger read as the verb of the sentence, seen by the clause after
    the second name, which has an auxiliary and no subject of its own: the "object" is that clause's subject. "Airbus
    head Noel Forgeard is now set to replace Mr Camus" gives no "Airbus — head — Noel Forgeard"; Forgeard is set to
    replace Camus (:func:`subject_before_its_clause`). A verb whose object is followed by its own clause's subject
    stays a verb ("BT told Ofcom it was ready"), and so does one with no clause after the name."""
    return subject_before_its_clause(tok) is not None


def subject_before_its_clause(tok):
    """The name the parse made the object of a noun read as a verb (:func:`is_noun_read_as_verb_before_its_clause`)
    and that is the subject of the clause after it, else ``None``: "Airbus head Noel Forgeard is now set to …" →
    Forgeard."""
    if tok.pos_ != "VERB" or tok.tag_ not in {"VBP", "VBZ", "VB"} or tok.i == 0 or not tok.is_lower:
        return None
    doc = tok.doc
    before = doc[tok.i - 1]
    if before.dep_ != "nsubj" or before.head.i != tok.i or before.pos_ != "PROPN":
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or obj.pos_ != "PROPN" or obj.left_edge.i != tok.i + 1 or obj.right_edge.i + 1 >= len(doc):
        return None
    first = doc[obj.right_edge.i + 1]
    clause = first.head if first.dep_ in {"aux", "auxpass"} else None
    if clause is None or clause.head.i != tok.i or clause.dep_ not in {"ccomp", "conj"} or clause.i <= first.i:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children):
        return None
    return obj


def participle_aside_close(verb):
    """The comma that closes a passive participle set off by commas after a noun, when the sentence goes on after
    it, else ``None``: "The agency … shut down fbi.gov accounts, used to communicate with the public, because of a
    security breach" → the comma after "the public". What follows it is the sentence's, not the participle's: the
    accounts were shut down because of the breach (:func:`within_participle_aside`)."""
    if verb.dep_ not in {"acl", "advcl"} or verb.tag_ != "VBN" or any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in verb.children):
        return None
    doc, start = verb.doc, verb.left_edge.i
    if start < 2 or doc[start - 1].text != "," or doc[start - 2].pos_ not in {"NOUN", "PROPN"}:
        return None
    close = next((c for c in verb.children if c.dep_ == "punct" and c.text == "," and c.i > verb.i), None)
    if close is None or close.i + 2 >= sentence_of(verb).end:
        return None
    return close


# nouns of a chance someone has to do something: the noun is never the one who does it
OPPORTUNITY_NOUNS = frozenset({"chance", "opportunity"})


def verb_above_infinitive(participle):
    """The verb of the clause a trailing "-ing" clause set off by a comma belongs to, when the parser hung it on the
    to-infinitive of a chance that clause's object is, else ``None``: the one who has the chance does the "-ing"
    verb, never the chance. "Jermaine Jenas then missed a glorious chance to throw Newcastle a lifeline, shooting
    over from just eight yards out" → Jenas shot over (not "a glorious chance — be shooting over from —"). Another
    noun may do what its infinitive says, and the "-ing" verb too ("announced a Kickstarter to fund a … Bus Trip,
    offering donors a chance to ride the famous bus": the Kickstarter offers it; "there were repeated attempts … to
    regain the throne, leading to severe uprisings"), and so may an object told to do it ("retained the investment
    banking firm … to act as its financial adviser, assisting in the evaluation …": the firm assists)."""
    infinitive = participle.head
    if (participle.dep_ != "advcl" or participle.tag_ != "VBG" or infinitive.i > participle.i
            or infinitive.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
            or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in infinitive.children)):
        return None
    doc, start, noun = participle.doc, participle.left_edge.i, infinitive.head
    if start < 1 or doc[start - 1].text != "," or noun.lemma_.lower() not in OPPORTUNITY_NOUNS or noun.dep_ != "dobj":
        return None
    return noun.head if noun.head.pos_ in {"VERB", "AUX"} else None
