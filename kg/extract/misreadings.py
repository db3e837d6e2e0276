"""Misreadings: constructions the small parser reads into a wrong relation or a wrong pair.

Each function names one construction, with a BBC sentence the blind audit of the graph's
entity → entity edges judged wrong (issue 16). They are read back where the reading is made
(kg.extract.clauses, kg.extract.nominal):

* spelling of a lemma: "is hoping to join" → hope, not hop (:func:`verb_lemma`);
* a particle with its own preposition: "will be up against X" (:func:`particle_with_preposition`,
  :func:`folded_words`);
* alternatives: "will play X or Y" asserts neither pair (:func:`offers_alternatives`);
* a capitalised verb inside a name: "include Stop Stansted Expansion" (:func:`is_name_word`);
* a participle after the first item of a list: "X, starring Y, and Z" (:func:`modified_conjuncts`);
* a place after the object of "of": "the success of X in France" (:func:`is_of_object`).
"""
from __future__ import annotations

import re

ALTERNATIVE = "alternative"  # the modality of a reading whose object is one of several alternatives
DISJUNCTIONS = frozenset({"or", "nor"})
# a one-syllable stem of consonant, vowel, consonant doubles its last letter before -ing/-ed
# ("hop" → "hopping"), so a single one means a silent "e" was dropped ("hoping" → "hope")
_SHORT_STEM = re.compile(r"^[^aeiouy]*[aeiou][bcdfgklmnprstvz]$")
_DOUBLED_E = re.compile(r"([bdgklmnprt])\1e$")
PARTICLES = frozenset({"up", "out", "down", "off", "away", "back", "in", "on"})


def verb_lemma(tok) -> str:
    """The lemma of a verb, two spelling slips of the rule lemmatiser mended.

    "Hong Kong is hoping to join Japan" → hope (spaCy: "hop": the stem of a one-syllable
    consonant-vowel-consonant verb doubles before -ing, "hopping", so "hoping" keeps a silent
    "e"); "is now targetting playing for Wales" → target (spaCy: "targette": a doubled consonant
    before -ing is no part of the lemma). "stopping" → stop, "opening" → open stay as they were."""
    lemma = tok.lemma_.lower()
    form = tok.lower_
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
    "will be for Iphigenia at Aulis", the play Bechtler is shortlisted for)."""
    return (tok.dep_ == "advmod" and tok.lower_ in PARTICLES and tok.i > tok.head.i
            and any(c.dep_ == "prep" and c.i == tok.i + 1 for c in tok.children))


def folded_words(prep, obj_start: int) -> list:
    """The words a prepositional object folds into the relation as written: the preposition, with
    the word that follows it when the object starts after both ("is up against Blanchett" → up,
    against; "warned of a harsh response" → of). The lemma keeps the prepositions among them
    ("be up against", not "be up")."""
    doc = prep.doc
    return list(doc[prep.i:obj_start]) if prep.i < obj_start <= prep.i + 2 else [prep]


def offers_alternatives(span) -> bool:
    """A noun phrase of alternatives joined by "or"/"nor": the sentence asserts one of them, not
    each. "Agassi will play France's Olivier Patience or Germany's Rainer Schuettler" → neither
    "Agassi — play — Schuettler" nor "… — Patience" is asserted; "Blanchett and Streep" is no
    alternative. ``span``: the object's tokens."""
    return any(t.dep_ == "cc" and t.lower_ in DISJUNCTIONS and t.head.pos_ in {"NOUN", "PROPN"} for t in span)


def is_name_word(verb) -> bool:
    """A capitalised verb inside a named entity, not opening the sentence: a word of the name,
    not a clause. "Groups challenging the plans include Stop Stansted Expansion" gives no
    "Groups — stop — Stansted Expansion"; "Stop the war, he said" (first word) stays a verb."""
    return (verb.text[:1].isupper() and verb.i > verb.sent.start and verb.ent_type_ != ""
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
    return subj.i < verb.i and any(t.text == ":" for t in subj.doc[lo + 1:hi])


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


def is_possessed_gerund(verb) -> bool:
    """An -ing word owned by a possessive: a noun, not a clause. "Mr Fuller was the creative drive
    behind Pop Idol and its US offspring American Idol" gives no "Mr Fuller — be offspring —
    American Idol"; "Melcher also worked closely with his mother, producing The Doris Day Show"
    stays a clause."""
    if verb.tag_ != "VBG" or any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    k = verb.i - 1
    while k >= verb.sent.start and verb.doc[k].pos_ in {"PROPN", "NOUN", "ADJ"}:
        k -= 1
    return k >= verb.sent.start and verb.doc[k].tag_ in {"PRP$", "POS"}


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
    comp = next((c for c in verb.children if c.dep_ in {"oprd", "attr", "dobj"} and verb.i < c.i < by_tok.i), None)
    if comp is None:
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
    compatriot Ronaldo — him (not "Real Madrid — view — Adriano"); ``None`` for another verb or no
    "as" ("Parry joined Liverpool as chief executive" keeps "join — Liverpool")."""
    if verb.lemma_.lower() not in REGARD_VERBS or obj.dep_ != "dobj":
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i
                 and any(g.dep_ == "pobj" for g in c.children)), None)
