"""A work's noun that is a verb too, read as the verb before the work's title (issues 16 and 17).

"hit" names a song, a film or a show before its title ("the 1986 hit She's Gotta Have It", "cartoon hit The
Incredibles won best animated feature"); the tagger reads it as the verb "hit" and the parse gives the words before
it as a subject and the title as an object: "the Right Thing — hit — She's Gotta Have It", "cartoon — hit — The
Incredibles", "the US horror — hit — Boogeyman". The words a noun phrase has before its head tell the noun: a verb
"hit" follows its subject ("European losses hit GM's profits", "The UK-wide action hit Jobcentres"), an auxiliary,
"to", a relative pronoun or a hyphen ("injury-hit Newcastle"); the noun follows a number, a possessive, a
determiner, a preposition, an adjective, or the nouns of a phrase that is itself an object.
"""
from __future__ import annotations

import re

from .. import lexicon
from ..lexicon import REPORTING_FORMS
from ..nlp import sentence_of

# Works' nouns that are verbs too.
WORK_VERB_NOUNS = frozenset({"hit"})
# Prepositions before a noun phrase ("for hit Hey Ya!", "of hit US cartoon The Simpsons"); not the subordinators
# "after", "as", "before", "since" ("after European losses hit GM's profits").
PHRASE_PREPOSITIONS = frozenset("of for in from with including like by on at into about among".split())
# Verbs whose object may be a clause with no "that": a noun phrase after them may be its subject ("said the strike
# hit services").
CLAUSE_LEMMAS = frozenset("say tell add think believe fear show mean suggest expect feel know hope warn claim admit "
                          "insist argue note reveal report predict see hear find".split())
# Small words inside a title between its capitalised words: "Genie in a Bottle", "Ring of Fire" — not "from" and
# "by", which after a work's title name its source or maker ("hit Shrek 2 from DreamWorks").
TITLE_SMALL_WORDS = lexicon.TITLE_SMALL_WORDS - {"from", "by"}
_CLITICS = frozenset({"'s", "'", "n't", "'re", "'ll", "'ve", "'m"})  # "She's Gotta Have It", "Boys Don't Cry"
_DECADE = re.compile(r"^'?\d+s$")  # "Martika's 1980s hit Toy Soldiers"


def _hyphened(t) -> bool:
    """``t`` ends a hyphened word: "injury-hit", "scandal-hit"."""
    doc = t.doc
    return t.i >= 1 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_


def _opens_a_noun(t) -> bool:
    """A word after which only a noun phrase goes on: a number, a possessive, a determiner, a preposition, an
    adjective."""
    return (t.tag_ in {"CD", "PRP$", "POS", "DT", "JJ", "JJS", "JJR"} or bool(_DECADE.match(t.text))
            or t.tag_ == "IN" and t.lower_ in PHRASE_PREPOSITIONS)


def _governs_a_phrase(t) -> bool:
    """A preposition or a verb that takes a noun phrase, not a clause: "of the country hit Ring of Fire", "include
    the US horror hit Boogeyman", "was the Dreamworks hit Shrek 2"."""
    if t.tag_ == "IN":
        return t.lower_ in PHRASE_PREPOSITIONS
    return t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() not in CLAUSE_LEMMAS and t.lower_ not in REPORTING_FORMS


def title_end(tok) -> int:
    """Where the capitalised title after the word ``tok`` ends (exclusive): its capitalised words, numbers, clitics and
    the small words between capitalised ones ("hit Genie in a Bottle", "hit She's Gotta Have It", "hit Shrek 2",
    "film Flight of the Phoenix")."""
    doc, end = tok.doc, sentence_of(tok).end
    j = tok.i + 1
    while j < end:
        if doc[j].text[:1].isupper() or j > tok.i + 1 and (doc[j].like_num or doc[j].lower_ in _CLITICS):
            j += 1
            continue
        k = j  # small words between capitalised ones: "Flight of the Phoenix", "Genie in a Bottle"
        while k < end and k > tok.i + 1 and doc[k].lower_ in TITLE_SMALL_WORDS and k - j < 2:
            k += 1
        if k == j or k >= end or not doc[k].text[:1].isupper():
            break
        j = k
    if j < end and doc[j].text in {"!", "?"} and (j + 1 == end or not doc[j + 1].is_sent_start):
        j += 1  # "hit Hey Ya!" inside its sentence
    return j


def _title_then_verb(tok) -> bool:
    """The capitalised words after ``tok`` run to the sentence's own verb: "cartoon hit The Incredibles won best
    animated feature", "Top TV cult hit Little Britain has triumphed over The Office"."""
    doc, end = tok.doc, sentence_of(tok).end
    j = title_end(tok)
    return j < end and j > tok.i + 1 and doc[j].tag_ in {"VBD", "VBZ", "VBP", "MD"}


def is_work_noun_read_as_verb(tok) -> bool:
    """A work's noun (:data:`WORK_VERB_NOUNS`) the tagger read as a verb, right before a capitalised title: "Lee has
    made more than 25 films, including … Summer of Sam and 1986 hit She's Gotta Have It", "best song for hit Hey
    Ya!", "the worldwide stage hit Art", "In other awards, cartoon hit The Incredibles won best animated feature".

    Read as the noun after a word that only opens a noun phrase (a number, a possessive, a determiner, a
    preposition, an adjective), or after the nouns of a phrase that a preposition or a verb governs ("of US
    television hit Desperate Housewives") or whose title runs on to the sentence's verb. A verb stays a verb after
    its subject, an auxiliary, "to" or a relative pronoun ("European losses hit GM's profits", "a man who hit Dr
    Dre", "the biggest thing to hit New Zealand"), in a hyphened word ("injury-hit Newcastle"), and after a noun
    phrase that may be a clause's subject ("The UK-wide action hit Jobcentres, benefit agencies …")."""
    if tok.lower_ not in WORK_VERB_NOUNS or tok.pos_ != "VERB" or tok.i == 0 or _hyphened(tok):
        return False
    doc = tok.doc
    sent = sentence_of(tok)
    if tok.i + 1 >= sent.end or not doc[tok.i + 1].text[:1].isupper():
        return False
    before = doc[tok.i - 1]
    if before.i < sent.start:
        return False
    if _opens_a_noun(before):
        return True
    if before.tag_ not in {"NN", "NNP"} and not (before.tag_ in {"NNS", "NNPS"} and before.text[:1].isupper()):
        return False  # "Low-cost airlines hit Eurotunnel": a plural noun is the verb's subject
    i = before.i
    while i - 1 >= sent.start and (doc[i - 1].tag_ in {"NN", "NNP", "NNPS", "JJ", "CD"} or doc[i - 1].text == "-"
                                   or doc[i - 1].tag_ == "VBN" and doc[i - 1].dep_ == "amod"):
        i -= 1  # the phrase's other modifiers: "the US horror", "animated Hollywood", "the worldwide stage"
    opener = doc[i - 1] if i - 1 >= sent.start else None
    if opener is not None and opener.tag_ in {"PRP$", "POS"}:
        return True  # "with her debut hit Genie in a Bottle"
    if opener is not None and opener.tag_ == "DT":
        opener = doc[opener.i - 1] if opener.i - 1 >= sent.start else None
    if opener is not None and _governs_a_phrase(opener):
        return True
    return _title_then_verb(tok)


def work_title_end_after(doc, end: int) -> int:
    """Where a noun phrase that ends at ``end`` (exclusive) ends when its head, a work's noun, was read as a verb
    before its title (:func:`is_work_noun_read_as_verb`): "staging the worldwide stage hit Art", not "… stage";
    "Top TV cult hit Little Britain has triumphed", not "Top TV cult — has triumphed"."""
    if not 0 < end < len(doc) or not is_work_noun_read_as_verb(doc[end]):
        return end
    return title_end(doc[end])


# Nouns of works whose title may follow them with no comma ("Jude Law film Closer", "the play The Vagina
# Monologues"); "hit" is read above, and "show", "track", "single" are as often a trade show's, a running track's or
# an adjective's.
TITLED_WORK_NOUNS = frozenset("""
film movie album song musical novel book play comedy thriller documentary biopic drama sitcom series opera ballad
""".split())
# Model labels of a first word after a work's noun that make it no title: a person, a people or a place ("the song
# Britons would most like played", "the film Jude Law stars in"), a time or an amount.
_NOT_TITLE_LABELS = frozenset("PERSON NORP GPE LOC DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY".split())


def titled_work_end(doc, end: int) -> int:
    """Where a noun phrase that ends at ``end`` (exclusive) on a work's noun ends when the work's title follows the
    noun with no comma, which the parser hung elsewhere (as the subject of the verb after it, or its own
    apposition): "Jude Law film Closer made its debut at number six" (not "Jude Law film — made — its debut"),
    "Veteran actress Jane Russell, who starred in Hughes' 1943 film The Outlaw", "US audiences were won over by his
    new thriller Hide and Seek". The title is the run of capitalised words (and the small words between them) after
    the noun; ``end`` stays where the word after the noun is no title's: a person's, a people's or a place's name
    ("the song Britons would most like played"), a pronoun ("the song I wrote"), a plural, a time or a number, or
    a sentence's first word."""
    if not 0 < end < len(doc):
        return end
    noun, first = doc[end - 1], doc[end]
    sent = sentence_of(noun)
    if noun.tag_ != "NN" or noun.lower_ not in TITLED_WORK_NOUNS or end >= sent.end or not noun.whitespace_:
        return end
    if not (first.is_alpha and first.text[:1].isupper()) or first.tag_ in {"PRP", "NNS", "NNPS"} \
            or first.ent_type_ in _NOT_TITLE_LABELS or first.is_sent_start:
        return end
    if first.dep_ in {"nsubj", "nsubjpass"} and first.head.dep_ == "relcl" and first.head.head.i == noun.i:
        return end  # a relative clause with no "that": "the song Britons would most like played at their funeral"
    title = title_end(noun)
    return title if title > end else end
