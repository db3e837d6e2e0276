"""Pronoun coreference within one article: salience, parallelism, binding, gender.

Each pronoun gets an ordered list of candidate antecedents (indices into the
article's mention list); the cross-article resolver picks the first whose
settled type fits (:func:`pronoun_entity`), since only it knows that "Trump",
labelled ORG here, is a person.

he/him/his, she/her follow a salience model in the manner of Lappin and Leass
(1994), on what the parse gives (:mod:`kg.resolve.mentions`):

- the article's named mentions are grouped into local referents
  (:func:`local_referents`: "Kurt" and "Kurt Busch" are one);
- a referent's salience is the sum over its mentions before the pronoun —
  named ones and pronouns already resolved to it — of a weight for the
  mention's role (:func:`mention_weight`: a subject weighs more than an
  object, a possessor or a noun inside another noun phrase less), halved at
  every sentence boundary back (:func:`salience`);
- role parallelism: a subject pronoun prefers a referent last seen as a
  subject, an object pronoun one seen as an object (:func:`parallel_bonus`);
- recency inside the sentence: the name nearest before the pronoun in its
  own sentence gets a bonus (:data:`NEAREST_BONUS`), so a name just written
  outweighs a chain of earlier mentions;
- binding: a pronoun is never a co-argument of its antecedent ("Gilbert
  introduces *him*": not Gilbert; :func:`bound_out`), a reflexive always is;
  nor is a subject or object pronoun a person named in the words it
  c-commands ("I can't imagine *him* leaving without breaking Jackie
  Milburn's record": not Milburn; :func:`commands_the_name`);
- gender: a referent whose first name, title or earlier pronouns say "m"
  never takes "she" (:func:`gender_clash`);
- cataphora: a pronoun in a fronted phrase refers to the named subject of the
  main clause after it ("In *his* list …, Robert Christgau named …");
- a referent too faint (one oblique mention three sentences back) is no
  antecedent: the pronoun stays unresolved (:data:`MIN_SALIENCE`).

they/them/their → organisations, countries and groups of its own sentence and
the one before; none when a plural common noun competes ("officials …
their"); the resolver keeps it only if they all are one entity.
who/which/that → the mention covering the noun the relative clause modifies.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from ..extract.informative import QUANTIFIER_WORDS
from ..lexicon import HONORIFICS, PERSONAL, PLURAL
from ..records import GROUP_TYPES, PERSON_LIKE, ROLE, SENTENCE_CAPITAL, UNLABELLED, Mention
from .gazetteer import shipped
from .names import gender_of_first_name, is_first_name, name_key
from .namespans import EVENT_ONLY_HEADS, MONTHS
from .nametypes import ORG_HEADS
from .placenames import place_size
from .rolenouns import GENDER_OF_NOUN, ROLE_WORDS
from .roles import TITLE_HEADS, TITLE_MODIFIERS, is_department_word, word
from .wholenames import BODY_HEADS
from .samenames import insert_mentions, written_again

FEMININE = {"she", "her", "hers", "herself"}
PLURAL_TITLE_WORDS = HONORIFICS | TITLE_HEADS  # "Lords", "Ministers", "Judges": is_plural_title_name
REFLEXIVE = {"himself", "herself", "themselves"}
MAX_CANDIDATES = 8
_SUBJECT = {"nsubj", "nsubjpass"}

# Lappin & Leass salience factors (recency 100 is in every weight)
ROLE_WEIGHT = {"subj": 80, "obj": 50, "iobj": 40, "obl": 40, "loc": 40, "poss": 0, "nmod": 0, "other": 20}
HEAD_EMPHASIS = 80  # not inside another noun phrase
NON_ADVERBIAL = 50  # not the object of a preposition
PARALLEL_BONUS = 150  # GAP dev: 35 (Lappin & Leass) 62.6, 100 63.2, 150 with DECAY 0.3 64.8
CATAPHOR_BONUS = 300
NOT_A_PERSON_FACTOR = 0.5  # a referent no mention labels PERSON (the small model's ORG/GPE persons)
MIN_SALIENCE = 15.0
BIG_PLACE = 100_000  # an unlabelled first name that is also the name of a place this large is the place
NEAREST_BONUS = 200  # the nearest name of the pronoun's own sentence (GAP dev: 50 66.0, 120 67.1, 200 67.4, 300 67.5)
DECAY = 0.3  # per sentence boundary (GAP dev: 0.65 61.8, 0.5 62.6, 0.35 63.8, 0.25 64.0)


_NOT_A_PERSON_WORD = frozenset("""
of the and for bank committee council university college school party church club league union company
corporation group association institute agency ministry department office court army navy force forces
team fc united city county state states republic kingdom news times post review journal tribune records
government parliament senate congress assembly police commission authority federation airport stadium park
road street hospital museum bridge river island lake mount northern southern eastern western
against without with from into radio television tv
""".split()) | BODY_HEADS  # "the International Rugby Board confirmed that he …": he is no board
# (a preposition inside a name, like its "of" and "for", is a body's or a work's, never a person's: "local group
# Victims and Citizens Against Crime said he should not be working behind bars" — he is C-Murder, not the group;
# "League Against Cruel Sports", "Reporters Without Borders", "Children With Leukaemia"; a broadcaster's word is a
# station's: "Arnesen told BBC Radio Five Live. "There is only one thing that made him resign …"" — him is Santini)


def _known_place(text: str) -> bool:
    """The shipped gazetteer knows the name as a place or group ("America", "U.S.", "Israel")."""
    hit = shipped().lookup(text)
    return hit is not None and hit[1] in {"GPE", "LOC", "NORP", "FAC"}


def could_be_person(text: str) -> bool:
    """A name the small model labelled ORG or GPE that may still be a person's (a place the
    gazetteer knows, "America", never is: :func:`_known_place`).

    >>> could_be_person("Agostino Brenzoni"), could_be_person("Bank of England"), could_be_person("Transportation Committee")
    (True, False, False)
    >>> could_be_person("Citizens Against Crime")
    False

    Nor a name whose last word names a body (:data:`~kg.resolve.nametypes.ORG_HEADS`: Airlines, Motors, Records,
    Foundation …; :func:`ends_in_a_body_word`).
    """
    words = name_key(text).split()
    return (0 < len(words) <= 4 and not any(w in _NOT_A_PERSON_WORD or not w.isalpha() for w in words)
            and not ends_in_a_body_word(text))


def ends_in_a_body_word(name: str) -> bool:
    """A name of two words or more whose last word names a body (:data:`~kg.resolve.nametypes.ORG_HEADS`) is a
    firm's, a club's or an institution's, never one he or she stands for, whatever the model labelled it.

    "Queen of the Sky, otherwise known as Ellen Simonetti, … But after *she* posted pictures of herself in uniform,
    *Delta Airlines* suspended her": she is Ellen Simonetti, not the airline her clause is fronted before. A one-word
    name is left alone ("Trust" may be a surname), and so is a name the model labels PERSON (:func:`may_be_a_person`).

    >>> ends_in_a_body_word("Delta Airlines"), ends_in_a_body_word("Island Records"), ends_in_a_body_word("Virgin")
    (True, True, False)
    >>> ends_in_a_body_word("Ellen Simonetti"), ends_in_a_body_word("Tony Blair")
    (False, False)
    """
    words = name_key(name).split()
    return len(words) > 1 and words[-1] in ORG_HEADS


@functools.lru_cache(maxsize=65536)
def may_be_a_person(name: str, entity_type: str | None) -> bool:
    """An entity he/she may stand for: a PERSON, or an ORG/GPE the small model mistyped whose name reads
    like a person's — never a place or body the gazetteer knows, nor a name with a word like "Party",
    "United" or "Government" (the "He" of a football report is no stadium or club).

    >>> may_be_a_person("Donald Trump", "PERSON"), may_be_a_person("Hartwig", "GPE")
    (True, True)
    >>> may_be_a_person("Manchester United", "ORG"), may_be_a_person("Conservative Party", "ORG")
    (False, False)
    >>> may_be_a_person("Netherlands", "GPE"), may_be_a_person("Anfield", "FAC")
    (False, False)
    """
    if is_plural_title_name(name) or is_plural_acronym(name):
        return False
    if entity_type == "PERSON":
        return True
    if entity_type not in PERSON_LIKE or holds_an_acronym(name):
        return False
    if entity_type == "NORP" and not gender_of_first_name(name.split()[0]):
        return False  # "Republican", "Democrats", "Afrikaner": groups, unless a first name says otherwise
    return could_be_person(name) and not _known_body(name) and place_size(name) < BIG_PLACE


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_ACRONYM = re.compile(r"[A-Z]{3,}|[A-Z]{2}")


def holds_an_acronym(name: str) -> bool:
    """A name the model did not type PERSON that is, or holds, an acronym: a body, a title or an
    honour ("BBC Television", "BBC Sport", "KGB", "MEP", "OBE", "DJ"), never one "he" or "she".

    "A year after *BBC Television* began, *he* was seen reciting humorous poems": he is Cyril
    Fletcher; "*He* plans to stand in the next general election" is the *MEP* Kilroy-Silk, not "MEP".
    A two-letter word counts only alone: "JK Rowling" may still be a person the model mistyped.

    >>> holds_an_acronym("BBC Television"), holds_an_acronym("MEP"), holds_an_acronym("DJ")
    (True, True, True)
    >>> holds_an_acronym("JK Rowling"), holds_an_acronym("Edu"), holds_an_acronym("Phillips Idowu")
    (False, False, False)
    """
    words = name.split()
    return any(_ACRONYM.fullmatch(w) and (len(w) > 2 or len(words) == 1) for w in words)


def is_plural_acronym(name: str) -> bool:
    """An acronym in the plural names many (internet providers, MPs), never one "he" or "she".

    '"*ISPs* need to enhance the broadband experience …," *he* added': he is the analyst quoted.

    >>> is_plural_acronym("ISPs"), is_plural_acronym("MPs"), is_plural_acronym("IBM"), is_plural_acronym("Mps")
    (True, True, False, False)
    """
    return _PLURAL_ACRONYM.fullmatch(name.strip()) is not None


def is_plural_title_name(name: str) -> bool:
    """A name whose last word is a title in the plural: a body of people, never one "he" or "she".

    "Mr Clarke has been forced to replace the regime … after *Law Lords* ruled it illegal. He
    has opted for a system of control orders": he is Mr Clarke, not the Law Lords.

    >>> is_plural_title_name("Law Lords"), is_plural_title_name("Lord Falconer"), is_plural_title_name("Chiefs")
    (True, False, True)
    """
    last = name_key(name).rsplit(" ", 1)[-1]
    return len(last) > 3 and last.endswith("s") and last[:-1] in PLURAL_TITLE_WORDS




def _known_body(text: str) -> bool:
    """The shipped gazetteer knows the name (a place, a group, a body: anything it lists is no person)."""
    hit = shipped().lookup(text)
    return hit is not None and hit[1] not in {None, "PERSON"}


def first_name_gender(m: Mention, surnames: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The gender a name's first word gives, whatever the model's label.

    "Henrietta Anne Hoare" (typed ORG): "f"; a character named by first name
    alone, "Sid", is "m", so "Belle points out that Sid fancies Dolly, *she* …"
    never takes Sid. A lone word needs the PERSON label: "Israel" (GPE) has no gender;
    and it must not be the surname of a full name of the article (``surnames``,
    :func:`surnames_of`): "The UK's Andrea *Arnold* … *Arnold* said as she accepted the
    prize" — Arnold is her surname, no man's first name.
    """
    words = m.text.split()
    if len(words) > 1 and m.label in PERSON_LIKE or len(words) == 1 and m.label == "PERSON" \
            and name_key(m.text) not in surnames:
        return gender_of_first_name(words[0])
    return None  # "Israel" alone, a country, is no man named Israel


def surnames_of(mentions: list[Mention]) -> set[str]:
    """The last words (name keys) of the article's full names of persons: a lone word among them is a
    surname written alone, whatever first name it also is ("Andrea Arnold … Arnold", "Clive Owen … Owen").

    >>> sorted(surnames_of([Mention("d", "Andrea Arnold", "PERSON", 0, 13), Mention("d", "UK", "GPE", 20, 22)]))
    ['arnold']
    """
    return {name_key(m.text).rsplit(" ", 1)[-1] for m in mentions
            if not m.is_pronoun and m.label in PERSON_LIKE and " " in m.text.strip()}


def mention_weight(m: Mention) -> float:
    """Lappin & Leass weight of one mention: recency + role + head-noun + non-adverbial emphasis.

    "*Rivera* sang the part" (subject): 100 + 80 + 80 + 50 = 310; "studied with
    *Bernard Leach*" (object of a preposition): 100 + 40 + 80 = 220;
    "*Simon*'s class" (possessor): 100.
    """
    role = m.role or "other"
    w = 100 + ROLE_WEIGHT.get(role, 20)
    if role not in {"poss", "nmod"}:
        w += HEAD_EMPHASIS
    if role not in {"obl", "loc", "poss", "nmod"}:
        w += NON_ADVERBIAL
    return w


@dataclass
class Referent:
    """Mentions of one thing in an article, as far as the article's own names tell."""

    mentions: list[int] = field(default_factory=list)  # indices, in text order (named and pronouns)
    keys: set[str] = field(default_factory=set)
    person: bool = False  # some mention is labelled PERSON or has a title
    maybe_person: bool = False  # or some mention reads like a person's name (could_be_person)
    gender: dict[str, float] = field(default_factory=dict)  # votes: "m"/"f" → weight
    plural: bool = False  # some mention is the whole subject of a verb in the plural (:func:`is_a_group`)

    def known_gender(self) -> str | None:
        if not self.gender:
            return None
        best = max(self.gender, key=self.gender.get)
        return best if self.gender[best] > 2 * self.gender.get("f" if best == "m" else "m", 0) else None


def is_a_relative_after(lone: Mention, full: Mention) -> bool:
    """A man's or woman's full name written after the lone surname it shares, in its sentence, names a
    relative, not them.

    "*Ure* was the daughter of civil engineer *Colin McGregor Ure*": the passage's Ure is not her
    father (nor "Johnson was born … to George C. Johnson"), so her later "she" can be Ure. Not when
    the full name's first name has no known gender, a title gives the lone surname the full name's
    gender ("Mr Blair … Tony Blair"), or the two are sentences apart (a title line "Melzer shocks
    Agassi", then "… by Jurgen Melzer": one man).
    """
    gender = gender_of_first_name(full.text.split()[0])
    return gender is not None and lone.sent_start == full.sent_start and lone.gender != gender


def local_referents(mentions: list[Mention]) -> list[int | None]:
    """The local referent of each named mention (None for pronouns): same name, or a part of a full name.

    "Kurt Busch … Kurt … Busch" are one referent; a lone name that two full
    names of the article share ("Maria" with Maria Herrera and Maria Lopez)
    joins the most recent of them.
    """
    out: list[int | None] = []
    by_key: dict[str, int] = {}
    by_part: dict[str, int] = {}  # a word of a multi-word person name → its latest referent
    last_of: dict[str, Mention] = {}  # name key → its latest mention
    next_id = 0
    for m in mentions:
        if m.is_pronoun:
            out.append(None)
            continue
        key = name_key(m.text)
        words = key.split()
        rid = by_key.get(key)
        if rid is None and len(words) == 1:
            rid = by_part.get(key)
        if rid is None and len(words) > 1 and m.label in PERSON_LIKE:
            rid = next((by_key[w] for w in (words[-1], words[0]) if w in by_key
                        and not (w == words[-1] and is_a_relative_after(last_of[w], m))), None)
        if rid is None:
            rid, next_id = next_id, next_id + 1
        by_key[key] = rid
        last_of[key] = m
        if len(words) > 1 and m.label in PERSON_LIKE:
            for w in words:
                by_part[w] = rid
        out.append(rid)
    return out


def salience(ref: Referent, mentions: list[Mention], sentence_of: list[int], k: int) -> float:
    """Sum of the weights of the referent's mentions before ``mentions[k]``, halved per sentence back."""
    s = sentence_of[k]
    total = 0.0
    for j in ref.mentions:
        if j >= k:
            break
        back = s - sentence_of[j]
        if back <= 6:
            total += mention_weight(mentions[j]) * DECAY ** back
    return total


def parallel_bonus(ref: Referent, mentions: list[Mention], sentence_of: list[int], k: int) -> float:
    """Role parallelism: the referent's latest mention (this sentence or the one before) has the pronoun's role."""
    p = mentions[k]
    last = max((j for j in ref.mentions if j < k), default=None)
    if last is None or sentence_of[k] - sentence_of[last] > 1:
        return 0.0
    return PARALLEL_BONUS if mentions[last].role == p.role and p.role in {"subj", "obj", "iobj"} else 0.0


TOPIC_BONUS = 150


def first_line_person(refs: dict[int, Referent], mentions: list[Mention], sentence_of: list[int]) -> int | None:
    """The one person (or name that may be a person's) the article's first line names: a news headline's
    subject ("Ex-PM Lord Callaghan dies aged 92"); None when it names none or several."""
    first = [rid for rid, r in refs.items() if r.maybe_person
             and any(sentence_of[j] == 0 and not mentions[j].is_pronoun for j in r.mentions)]
    return first[0] if len(first) == 1 else None


def topic_bonus(ref: Referent, mentions: list[Mention], sentence_of: list[int], k: int) -> float:
    """The article's topic (:func:`first_line_person`) goes on as the referent of a subject he/she that opens
    its sentence's names when a he/she of the sentence before, not its subject, stands for it (centering's
    "continue"), over that sentence's subject named by name.

    "Ex-PM Lord Callaghan dies aged 92" … "Prime Minister Tony Blair called *him* a "giant" of the Labour
    movement. *He* held each of the major offices …": him is Lord Callaghan, and so is He, not Blair.
    """
    p = mentions[k]
    if p.dep not in _SUBJECT:  # not "After *her* family flees the country"
        return 0.0
    j = k - 1
    while j >= 0 and sentence_of[j] == sentence_of[k]:
        if not mentions[j].is_pronoun:
            return 0.0  # "Matilda develops a scheme …, and … she levitates": a name of its own sentence first
        j -= 1
    feminine = p.text.lower() in FEMININE
    s = sentence_of[k] - 1
    return TOPIC_BONUS if any(mentions[j].is_pronoun and sentence_of[j] == s and mentions[j].role != "subj"
                              and (mentions[j].text.lower() in FEMININE) == feminine for j in ref.mentions) else 0.0


def after_an_office(m: Mention) -> bool:
    """A he/she that goes on about a person the sentence before named by an office alone ("*The Gunners manager*
    refused to comment … And *he* would not be drawn"): the mentions point it at that office's noun, before its
    own sentence (kg.resolve.mentions.role_subject_before)."""
    return m.refers_at is not None and m.refers_at < m.sent_start and m.text.lower() in {"he", "she"}


def office_holder_topic(k: int, mentions: list[Mention], refs: dict[int, Referent], topic: int | None) -> int | None:
    """The mention of the article's topic (:func:`first_line_person`) that he/she ``k``, after an office
    (:func:`after_an_office`), stands for, or None. An office written with no name re-names the person the
    article is about far more often than the name written last: "Wenger rules out new keeper" … "*The Gunners
    manager* refused to comment on the difficult start that 27-year-old Almunia has made … And *he* would not
    be drawn" → Wenger; "Choose hope over fear - Kennedy" … "the Liberal Democrat leader said … *He* said his
    party …" → Kennedy. With no person in the first line ("Pakistani women 'must not hide'" … "*the Pakistani
    president* met Prime Minister Tony Blair … *He* is due to visit"), or one neither a first name, title or
    honorific nor the article's earlier he/she show a person of the pronoun's gender ("Lib Dems stress Budget trust gap", the model's PERSON; "London's most
    senior police officer has said" … "*The spokesman* declined to comment … *He* said"), the pronoun stays
    unresolved."""
    if topic is None:
        return None
    ref = refs[topic]
    named = [j for j in ref.mentions if j < k and not mentions[j].is_pronoun]
    want = "f" if mentions[k].text.lower() in FEMININE else "m"
    if not named or gender_clash(ref, mentions[k].text.lower()) or is_a_group(ref):
        return None
    if ref.known_gender() != want and not any((mentions[j].gender or first_name_gender(mentions[j])) == want
                                              for j in named):
        return None  # a person of the pronoun's gender by a name ("Arsene Wenger", "Mr Blair") or by the he/she
        # already read as the person ("Trump … he"), not "Lib Dems" read PERSON
    return named[-1]


JOIN_RELATIVES = False  # measured: joining "who" to its noun cost 0.4 GAP F1
OWN_SUBJECT_BONUS = 1000  # all but decisive: the clause's own subject


def own_subject_bonus(p: Mention, same_sentence: list[Mention]) -> float:
    """A possessive pronoun prefers the subject of its own clause.

    "Lane herself stated that Kylie loves *her* sister": her is Kylie, the
    subject of "loves", not Lane, however often Lane was named before.
    """
    if p.dep != "poss" or p.verb is None:
        return 0.0
    verbs = {p.verb, p.controller} - {None}  # "Louise finishes writing her journal": Louise writes
    return OWN_SUBJECT_BONUS if any(c.verb in verbs and c.role == "subj" for c in same_sentence) else 0.0


REPORTER_BONUS = 300
CONJUNCT_BONUS = 2000  # "Patricia and her husband": decisive, over the clause's own subject too


def reporter_bonus(p: Mention, theirs: list[Mention], relatives: list[Mention] = ()) -> float:
    """The subject of a reported clause prefers the subject of the verb that reports it.

    "British Prime Minister Keir Starmer told reporters *he*'s raised …": he
    is Starmer, who told, rather than someone named before. Where that subject is a
    relative "who", the name it stands for (:func:`reports_through_who`).
    """
    if p.matrix is None:
        return 0.0
    return REPORTER_BONUS if (any(c.verb == p.matrix and c.role == "subj" for c in theirs)
                              or reports_through_who(p, theirs, relatives)) else 0.0


def reports_through_who(p: Mention, theirs: list[Mention], relatives: list[Mention]) -> bool:
    """Whether the verb reporting pronoun ``p``'s clause has a relative "who" for its subject that stands for one of
    ``theirs`` (a referent's names): "It is also a debut nomination for Staunton, 49, *who* told BBC News 24 *she* had
    not thought the film would appeal to Academy voters" — she is Staunton, who told it, not the actress named in the
    sentence before. ``relatives``: the "who" mentions of ``p``'s sentence before it."""
    at = [r.refers_at for r in relatives if r.verb == p.matrix and r.role == "subj"]
    return any(c.start <= a < c.end for c in theirs if not c.is_pronoun for a in at)


def relatives_before(k: int, mentions: list[Mention], sentence_of: list[int]) -> list[Mention]:
    """The relative "who" mentions of mention ``k``'s sentence before it (each knows the noun it stands for)."""
    return [mentions[j] for j in range(k - 1, -1, -1) if sentence_of[j] == sentence_of[k]
            and mentions[j].is_pronoun and mentions[j].refers_at is not None and mentions[j].text.lower() == "who"]


def reporting_group(k: int, mentions: list[Mention], unnamed: set[int] = frozenset(),
                    bodies: frozenset[str] | set[str] = frozenset()) -> tuple[int, ...]:
    """it/its → the organisation or country that reports or owns it, and only then.

    "Lloyds of London told the Financial Times *it* expected …" → Lloyds of
    London (the subject of the reporting verb); "Barclays said *its* profits
    rose" → Barclays (the subject of its own clause). Any other "it" (a thing,
    an event, "it is understood") is left alone.
    """
    p = mentions[k]
    same = [i for i in range(k - 1, -1, -1) if mentions[i].sent_start == p.sent_start]
    if p.matrix is not None:
        want = p.matrix
    elif p.dep == "poss":
        want = p.verb
    elif p.speaks and not p.quoted:
        return the_one_organisation(k, mentions, unnamed, bodies=bodies)
    else:
        return ()
    found = tuple(i for i in same if not mentions[i].is_pronoun and mentions[i].label in PERSON_LIKE
                  and mentions[i].verb == want and mentions[i].role == "subj")[:1]
    return tuple(i for i in found if not is_titled(mentions[i]))


def is_titled(m: Mention) -> bool:
    """A name written with a person's title or honorific ("Finance Minister Sue Essex", "Mr Smith") is a person's,
    whom an "it" never stands for: "Finance Minister *Sue Essex* said *it* was a "good deal" for local government"
    — it is the settlement, not the minister (her first name gives the model no gender to go by)."""
    return bool(m.title or m.honorific)


def the_one_organisation(k: int, mentions: list[Mention], unnamed: set[int] = frozenset(),
                         sentences: int = 3, bodies: frozenset[str] | set[str] = frozenset()) -> tuple[int, ...]:
    """"…," *it* said: the organisation named in this sentence or the two before, if only one is.

    "In a statement from Lycos Europe …, the company denied any fault. "…," *it*
    said.": Lycos Europe. Two organisations (or none) in reach, or a capitalised
    subject the model left unlabelled (``unnamed``: sentence starts; "Barclays and
    Lloyds issued …" with Barclays missed): no answer. A name the model labelled otherwise
    here but the article shows a body (``bodies``, :func:`body_names`) is an organisation in reach too. One
    that is told something (:attr:`Mention.addressed`) is not what says it: "The administrator told *BBC News
    Online* that the costs of restructuring would be too high … *It* said it was hopeful that it could save some
    110 jobs" — It is the administrator, no organisation named.
    """
    starts: list[int] = [mentions[k].sent_start]
    found: dict[str, int] = {}
    for i in range(k - 1, -1, -1):
        c = mentions[i]
        if not starts or starts[-1] != c.sent_start:
            starts.append(c.sent_start)
        if len(starts) > sentences:
            break
        if c.sent_start in unnamed:
            return ()
        if not c.is_pronoun and not c.headline and not c.addressed and (c.label == "ORG" or name_key(c.text) in bodies):
            found.setdefault(name_key(c.text), i)
    return tuple(found.values()) if len(found) == 1 else ()


def body_names(mentions: list[Mention]) -> set[str]:
    """The names (name keys) the article shows to be a body, whatever label the model gave one mention of them:
    labelled ORG by one of its mentions and given no person's first name or title by any, or the noun a "which"
    stands for ("Laura Ashley, *which* is due to issue its next trading statement").

    "Third-quarter sales rose 34% to 20.9bn rupees. One problem identified by *Wipro* was the high turnover of
    its staff. *It* said that 90% of employees …": Wipro (labelled PERSON there, ORG in the headline's sentence
    and twice below) is an organisation in reach, so "It" is not the one ORG named before it ("ASK", of the
    analyst's firm ASK-Raymond James); "Ms Tan has been … chief executive of Metrojaya … Laura Ashley, which is
    due to issue its next trading statement …, has … been hit by reports of poor sales. In October last year,
    *it* announced the closure of one of its two Welsh factories": not Metrojaya.
    """
    labelled_org: set[str] = set()
    a_person: set[str] = set()
    for m in mentions:
        if not m.is_pronoun:
            key = name_key(m.text)
            if m.label == "ORG":
                labelled_org.add(key)
            if m.gender or m.title or m.honorific or first_name_gender(m):
                a_person.add(key)
    out = labelled_org - a_person
    for m in mentions:
        if m.is_pronoun and m.text.lower() == "which" and m.refers_at is not None:
            j = covering(mentions, m.refers_at)
            if j is not None and mentions[j].label in PERSON_LIKE:
                out.add(name_key(mentions[j].text))
    return out


def bound_out(p: Mention, c: Mention) -> bool:
    """Binding (principle B): a non-reflexive pronoun is not a co-argument of its antecedent.

    "When Maurice arrives, Gilbert introduces *him*": him and Gilbert are
    arguments of one verb, so him is not Gilbert. A possessive pronoun ("Gilbert
    loves *his* work") and a mention inside another phrase are not bound out.
    """
    if p.dep == "poss" or p.text.lower() in REFLEXIVE or p.verb is None:
        return False
    if p.controller is not None and c.verb == p.controller and c.role == "subj":
        return True  # "Darla explains the backstory to Jenny, telling *her* …": Darla tells, so her is not Darla
    return c.verb == p.verb and c.role in {"subj", "obj", "iobj", "obl"}


def commands_the_name(p: Mention, c: Mention) -> bool:
    """Binding (principle C): a he/him/she/her is not a person named in the words it c-commands after it.

    "I can't imagine *him* leaving without breaking Jackie Milburn's scoring record": him is not Milburn,
    though Milburn was the subject of the sentence before ("Milburn scored 200 league and cup goals …, while
    Shearer currently has 187"); "… *he* nearly left The Dell … for Paul Went": he is not Paul Went. A
    possessive, or a name after the pronoun's clause ("just as *he* is about to catch Jerry, …, causing Tom to
    slip": he may be Tom), is not bound out (:attr:`Mention.commands_to`).
    """
    return p.commands_to is not None and not c.is_pronoun and p.end <= c.start < p.commands_to


def is_a_group(ref: Referent) -> bool:
    """A referent the article makes the subject of a verb in the plural ("*Corinthians* have not qualified",
    :attr:`Mention.plural`) is a group, never a he or she, unless the model labels it a person or a title or a
    first name says it is one ("Mr Smith", "Kelly Holmes": a misread verb then says nothing).

    "Tevez … He can also say farewell to the Copa Libertadores, South America's Champions League. Corinthians
    have not qualified. Indeed, *he* will have a long wait for a worthwhile match": he is Tevez, not the club.
    """
    return ref.plural and not ref.person and not ref.gender


def gender_clash(ref: Referent, word: str) -> bool:
    """The referent's gender (first names, titles, earlier pronouns) is not the pronoun's."""
    g = ref.known_gender()
    return g is not None and g != ("f" if word in FEMININE else "m")


def quote_speaker(k: int, mentions: list[Mention], sentence_of: list[int], referent_of) -> int | None:
    """The referent who speaks the quotation holding pronoun ``k``: the subject of a verb of saying
    outside quotation marks in the pronoun's sentence (nearest first), else in the two sentences
    before (a quotation running on after "He added:"), there the first who speaks, whose report holds the
    others' ("Mr Howard said Mr Blunkett had complained he had inherited a "giant mess" … The Tory leader
    went on: "*He* doesn't stop there …"": Howard speaks, he is Blunkett). ``referent_of``: mention index →
    referent id.

    A speaker says "I", so a "he" or "him" in his own words is someone else: "Boss Steve Bruce had
    said that he would be happy to let the Danish international go … He added: “I'm not going to
    say the decision to let *him* go is down to the fans' reaction”": him is not Bruce.
    """
    if not mentions[k].quoted:
        return None
    s = sentence_of[k]
    same, before = [], None
    for j in range(k - 1, -1, -1):
        if s - sentence_of[j] > 2:
            break
        if mentions[j].speaks and not mentions[j].quoted:
            if sentence_of[j] == s:
                same.append((k - j, j))
            elif before is None or sentence_of[j] == sentence_of[before]:
                before = j  # the first speaker of that sentence: "Mr Howard said Mr Blunkett had complained …"
    for j in range(k + 1, len(mentions)):
        if sentence_of[j] != s:
            break
        if mentions[j].speaks and not mentions[j].quoted and not mentions[j].is_pronoun:
            same.append((j - k, j))
    speaker = min(same)[1] if same else before
    return referent_of(speaker) if speaker is not None else None


def spoken_of(k: int, mentions: list[Mention], sentence_of: list[int], resolved_to: dict[int, int]) -> set[int]:
    """The referents that a pronoun speaker ``k`` ("…,” *he* said") talks about in the third person in
    the quotation before it, in its sentence: the speaker is none of them.

    "“Everyone would be incredibly surprised if *he* didn't win,” he said": the one who
    would win is not the one who says so. Also in the sentences before, where the quotation runs on into
    the pronoun's sentence (:func:`quotation_run_before`): "Noel Dempsey … said Mr Ahern had been “very
    committed” to the project. “*He* is, I know, very disappointed it has come to this. At the time it
    seemed to be the right thing to do,” *he* said": Dempsey speaks, not Ahern.
    """
    p = mentions[k]
    if not p.speaks or p.quoted:
        return set()
    reach = sentence_of[k]
    if p.reports_from is not None and p.reports_from - p.sent_start <= 2:  # the quotation opens the sentence
        reach -= quotation_run_before(k, mentions, sentence_of)
    return {resolved_to[j] for j in range(k - 1, -1, -1) if reach <= sentence_of[j] <= sentence_of[k]
            and mentions[j].quoted and j in resolved_to}


def named_in_the_quotation(k: int, mentions: list[Mention], sentence_of: list[int], ref_of: list[int | None]) -> set[int]:
    """The referents that a pronoun speaker ``k`` names in the third person in what he says in his own
    sentence: the quotation, before ("“…,” *he* said") or after ("*He* added: “…”") the pronoun, or
    the report before a "…, *he* said" (:attr:`Mention.reports_from`). A speaker calls himself "I", so
    he is none of them.

    "“… a clear choice between Mr Blair who will waste more and tax more and the Conservative party
    …,” *he* said" (the Tory leader, not Mr Blair); "“I think Sean's situation is to do with the sheer
    number of games we're playing,” *he* said" (Sculthorpe on Sean Long); "Mr Blair has failed to
    tackle these problems, *he* claimed" (Michael Howard).
    """
    p = mentions[k]
    if not p.speaks or p.quoted:
        return set()
    s = sentence_of[k]  # mentions are in text order: the sentence's own are one run
    own = range(bisect.bisect_left(sentence_of, s), bisect.bisect_right(sentence_of, s))
    named = {ref_of[j] for j in own if not mentions[j].is_pronoun and ref_of[j] is not None
             and (mentions[j].quoted or p.reports_from is not None and p.reports_from <= mentions[j].start and j < k)}
    return named | named_earlier_in_the_quotation(p, own.start, mentions, sentence_of, ref_of)


QUOTATION_RUN = 3  # sentences a quotation closed by "…,” he said" may run back over


def named_earlier_in_the_quotation(p: Mention, first: int, mentions: list[Mention], sentence_of: list[int],
                                   ref_of: list[int | None]) -> set[int]:
    """The referents named in the sentences of a quotation that runs on into the sentence of a "…,” *he*
    said" (``p``; its report opens its sentence): the sentences before it whose mentions are all inside
    quotation marks, back to one that is not (or :data:`QUOTATION_RUN` of them). The speaker is none of them.

    "After the match, Keane accused Vieira of starting the row. “Patrick Vieira is 6ft 4in and having a go at
    Gary Neville. So I said, 'have a go at me',” *he* said": he is Keane, not Vieira. Not when the sentence
    before has a name outside the quotation marks ("“…,” said Ferguson. “…,” *he* said": a new quotation).
    Likewise a pronoun that opens its sentence and leads in the next quotation: "“Kirkcaldy, the birthplace
    in 1723 of Adam Smith … “I am led to ponder …” *He* continued: “…”" — not Kirkcaldy (Greenspan).
    """
    opens = p.start - p.sent_start <= 2  # "*He* continued: “…”" right after a quotation: the same voice goes on
    if not opens and (p.reports_from is None or p.reports_from - p.sent_start > 2):  # '"So I said …," he said'
        return set()
    found: set[int] = set()
    j = first - 1
    for _ in range(QUOTATION_RUN):
        if j < 0:
            break
        s = sentence_of[j]
        run = []
        while j >= 0 and sentence_of[j] == s:
            run.append(j)
            j -= 1
        if not all(mentions[i].quoted for i in run):
            break
        found.update(ref_of[i] for i in run if not mentions[i].is_pronoun and ref_of[i] is not None)
    return found


SPEAKER_BONUS = 200


def last_speaker(k: int, mentions: list[Mention], sentence_of: list[int], referent_of) -> int | None:
    """For a he/she that speaks ("…,” *he* said", "*He* asked …") outside quotation marks, the referent
    who spoke last: the subject of a verb of saying outside quotes in the pronoun's sentence or the one
    before it, or before the sentences of a quotation that runs on up to the pronoun
    (:func:`quotation_run_before`: "Mr Brown said: “To be honest I don't think … ” “Mr Blair and I are
    making exactly the same decisions …” “We are determined to go on with the Gershon reforms.” *He*
    also said that …": Brown). A speaker goes on speaking: "Mr Cable said people did not know whether to believe the
    chancellor … “We cannot have a continuation of a situation where the chancellor sets his own tests
    …” *He* asked what the government had to hide": Cable, not the chancellor his quotation talks
    about."""
    if mentions[k].quoted or not mentions[k].speaks:
        return None
    reach = sentence_of[k] - 1 - quotation_run_before(k, mentions, sentence_of)
    for j in range(k - 1, -1, -1):
        if sentence_of[j] < reach:
            return None
        if mentions[j].speaks and not mentions[j].quoted:
            return referent_of(j)
    return None


def quotation_run_before(k: int, mentions: list[Mention], sentence_of: list[int]) -> int:
    """How many sentences right before the sentence of mention ``k`` are all quotation (every mention in
    them inside quotation marks), up to :data:`QUOTATION_RUN`: the words of one speaker running on."""
    run, j = 0, k - 1
    while j >= 0 and sentence_of[j] == sentence_of[k]:
        j -= 1
    while j >= 0 and run < QUOTATION_RUN:
        s, quoted = sentence_of[j], True
        while j >= 0 and sentence_of[j] == s:
            quoted = quoted and mentions[j].quoted
            j -= 1
        if not quoted:
            break
        run += 1
    return run


def _personal_candidates(k: int, mentions: list[Mention], sentence_of: list[int], refs: dict[int, Referent],
                         ref_of: list[int | None], excluded: frozenset[int] | set[int] = frozenset(),
                         speaker: int | None = None, topic: int | None = None,
                         narrated_at: dict[str, int] | None = None) -> list[tuple[float, int, int]]:
    """(score, referent id, mention index to point at) for he/she pronoun ``k``, best first; never one
    of ``excluded``: the referent who speaks the quotation the pronoun is in (:func:`quote_speaker`), or
    those a pronoun speaker talks about (:func:`spoken_of`); ``speaker`` (:func:`last_speaker`) gets
    :data:`SPEAKER_BONUS`; ``topic`` (:func:`first_line_person`) may get :data:`TOPIC_BONUS`; nor, for a
    narrator's pronoun, one named before it only inside quotation marks (:func:`named_only_in_quotations`;
    ``narrated_at``: :func:`narrated_names`)."""
    p = mentions[k]
    word = p.text.lower()
    scored = []
    cataphor_ref = conjunct_ref = None
    if p.cataphor is not None:
        j = next((i for i in range(len(mentions)) if mentions[i].start <= p.cataphor < mentions[i].end
                  and not mentions[i].is_pronoun), None)
        if j is not None and j > k:
            cataphor_ref = ref_of[j]
        elif j is not None:
            conjunct_ref = ref_of[j]  # "Patricia and her husband" (kg.resolve.mentions.conjoined_name)
    relatives = relatives_before(k, mentions, sentence_of) if p.matrix is not None else []
    nearest = next((j for j in range(k - 1, -1, -1) if sentence_of[j] == sentence_of[k] and not mentions[j].is_pronoun
                    and mentions[j].role != "loc" and ref_of[j] in refs), None)
    for rid, ref in refs.items():
        if rid in excluded:
            continue
        before = [j for j in ref.mentions if j < k]
        if rid == cataphor_ref:
            j = next(i for i in ref.mentions if mentions[i].start <= p.cataphor < mentions[i].end)
            scored.append((CATAPHOR_BONUS + salience(ref, mentions, sentence_of, k), rid, j))
            continue
        if not before or not ref.maybe_person or gender_clash(ref, word) or is_a_group(ref):
            continue
        named_before = [j for j in before if not mentions[j].is_pronoun and mentions[j].role != "loc"
                        and not mentions[j].eponym  # "in the Attlee government, he …" (kg.resolve.mentions.is_eponym)
                        and mentions[j].fronted_for != p.start]  # "One of the … ministers to serve under Jim Callaghan, he"
        if not named_before or (p.narrated and mentions[named_before[-1]].quoted  # (the latest first: cheap)
                                and named_only_in_quotations(p, [mentions[j] for j in named_before], narrated_at or {})):
            continue
        if word in REFLEXIVE:
            if not any(mentions[j].verb == p.verb and mentions[j].role == "subj" for j in before):
                continue
        elif any(bound_out(p, mentions[j]) for j in before if sentence_of[j] == sentence_of[k]):
            continue
        if p.commands_to is not None and any(commands_the_name(p, mentions[j]) for j in ref.mentions if j > k):
            continue
        score = salience(ref, mentions, sentence_of, k) + parallel_bonus(ref, mentions, sentence_of, k)
        if rid == topic:
            score += topic_bonus(ref, mentions, sentence_of, k)
        if nearest is not None and nearest in ref.mentions:
            score += NEAREST_BONUS
        score += reporter_bonus(p, [mentions[j] for j in before], relatives)
        if rid == speaker:
            score += SPEAKER_BONUS
        score += own_subject_bonus(p, [mentions[j] for j in before if sentence_of[j] == sentence_of[k]])
        if rid == conjunct_ref:
            score += CONJUNCT_BONUS
        if not ref.person:
            score *= NOT_A_PERSON_FACTOR
        if score < MIN_SALIENCE:
            continue
        scored.append((score, rid, named_before[-1]))
    scored.sort(key=lambda x: (-x[0], -x[2]))
    return scored


def narrated_names(mentions: list[Mention]) -> dict[str, int]:
    """The offset where each name (:func:`~kg.resolve.names.name_key`) is first written outside quotation
    marks, by any mention of the article, a name candidate too ("*Prince* earned more than any other pop
    star in 2004", a name the model did not label): read once per article."""
    out: dict[str, int] = {}
    for m in mentions:
        if not m.is_pronoun and not m.quoted:
            out.setdefault(name_key(m.text), m.start)
    return out


def named_only_in_quotations(p: Mention, named: list[Mention], narrated_at: dict[str, int]) -> bool:
    """Whether a narrator's he/she (``p``, outside every quotation of its paragraph) would take a
    referent whose names before it (``named``) are all inside quotation marks, and written by no
    mention outside them before ``p`` (``narrated_at``: :func:`narrated_names`): the reporter names in
    their own voice whom they call "he", so a name that only a speaker said is not the narrator's he.

    '"But I have a lot of confidence in me that I will be the same *Juan Carlos* as I was before …"
    The 25-year-old Spaniard joins a top field … as *he* looks to add to just two wins in 2005': he is
    Ferrero, who says it, not the "Juan Carlos" of his words. A he inside a quotation may be a name of
    the quotation ("“Ruud is the best striker in Europe. *He* …”"): not this rule's.
    """
    return (p.narrated and all(m.quoted for m in named)
            and not any(narrated_at.get(name_key(m.text), p.start) < p.start for m in named))


def is_addressee(c: Mention, speaking_verbs: set[int | None]) -> bool:
    """The one a speaker tells (``speaking_verbs``: the verbs of saying whose subjects speak,
    :attr:`Mention.speaks`): the medium or person the words are said to is not what a "they" in them
    stands for, and a group named before it is no safer a guess ("Mike Hobday, of the League Against
    Cruel Sports, told BBC News: “… if they continue to chase foxes …”"): the "they" stays unresolved.
    "Edu told *BBC Sport*: “If they had really wanted to sign they should have come up with an offer
    …”" — they are Arsenal, not the BBC."""
    return c.role in {"obj", "iobj"} and c.verb is not None and c.verb in speaking_verbs


def _plural_candidates(k: int, mentions: list[Mention], sentence_starts: list[int]) -> tuple[int, ...]:
    """they/them/their: named groups of its own sentence and the one before (subjects first, then nearest),
    never a place named as where something is or happens (:func:`is_setting`)."""
    m = mentions[k]
    if m.ambiguous:
        return ()
    s = bisect.bisect_left(sentence_starts, m.sent_start)
    window = sentence_starts[max(0, s - 1):s + 1][::-1]
    by_sentence: dict[int, list[int]] = {start: [] for start in window}
    told = {c.verb for c in mentions[:k] if c.speaks and c.sent_start >= window[-1]}
    for i in range(k - 1, -1, -1):
        c = mentions[i]
        if c.sent_start < window[-1]:
            break
        if (not c.is_pronoun and c.label in GROUP_TYPES and c.sent_start in by_sentence and not c.headline
                and not is_setting(c) and not c.place_modifier and not is_co_argument(m, c)
                and not (c.sent_start != m.sent_start and is_aside_before(c))):
            if is_addressee(c, told):
                return ()  # the words are about someone the reader is not shown here: no guess
            by_sentence[c.sent_start].append(i)
    out: list[int] = []
    for start in window:
        out.extend(sorted(by_sentence[start], key=lambda i: (mentions[i].dep not in _SUBJECT, -i)))
    return tuple(out[:MAX_CANDIDATES])


def is_aside_before(c: Mention) -> bool:
    """A group named in the sentence before a "they" only as a possessor or inside a phrase of a preposition: that
    sentence is about something of it, and a "they" that goes on from it goes on with what it is about. "Shares in
    *Saudi Arabia's* National Company for Cooperative Insurance (NCCI) soared on their first day of trading in Riyadh.
    ¶ *They* were trading 84% above the offer price": the shares, not Saudi Arabia; "Experts studying the seas off
    *Scotland's* west coast have already forecast more devastating weather … ¶ *They* predicted that damaging storms
    will become more frequent": the experts. Not a group named as a subject or an object there ("the Conservatives
    insisted they would hold ministers to account … ¶ *They* said …"), as the owner of the subject ("It comes after
    *Iran's* leaders were given chance after chance to negotiate in good faith. Now, … *they*'re scrambling to reset
    the board": Iran) or before a noun of its team ("the current *Blues* team"), nor one named in the pronoun's own
    sentence (:attr:`Mention.aside`)."""
    return c.aside


def is_setting(c: Mention) -> bool:
    """A place named in a place phrase ("in Dublin", "in the US": :func:`kg.resolve.mentions.clause_role`'s
    ``loc``, as he/she never take it either): where something is or happens, not a group a "they" stands for.
    "… 28 years after the schoolfriends got together in Dublin … *They* may have lost some of the edginess" is
    U2; "Those who
    had a ticket for the show in Glasgow … The band's spokesman said that *they* would review their remaining
    dates" is not Glasgow; "Ms Hutt said *they* were "excellent figures"" (the waiting-list figures of Wales) is
    not Wales. (A club after "at" is lost with them: "I was settled at Manchester United, but *they* wanted to sell
    me".)"""
    return c.role == "loc"


def is_co_argument(p: Mention, c: Mention) -> bool:
    """Binding for "they"/"them" (as :func:`bound_out` for he/she): a name that is an object of the pronoun's own
    verb is someone else. "*Against Ireland* they played fantastically well in the first 15 minutes" (Michael Owen of
    his own side): they are not Ireland. A possessive "their" may be its own clause's subject's ("Ireland are going for
    *their* first Grand Slam")."""
    return (p.dep != "poss" and p.verb is not None and c.verb == p.verb
            and c.role in {"obj", "iobj", "obl", "loc"})


# what an "it" may stand for: anything named but a person
THING_TYPES = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})


def thing_named_at(mentions: list[Mention], offset: int | None) -> int | None:
    """The named mention at the noun an "it" stands for (``Mention.refers_at``): "*Sideways* … honours
    it has already picked up"; None for a common noun ("the event"). Whether the name is a person is
    settled later, on its entity's type (:func:`pronoun_entity`): the model labels many firms PERSON."""
    return covering(mentions, offset) if offset is not None else None


def covering(mentions: list[Mention], offset: int) -> int | None:
    """Index of the named mention whose span (title included) covers ``offset``."""
    for i, c in enumerate(mentions):
        if not c.is_pronoun and (c.span_start if c.span_start is not None else c.start) <= offset < c.end:
            return i
    return None




def recover_names(mentions: list[Mention]) -> list[Mention]:
    """Keep an unlabelled capitalised run only where the article names it as a person; drop the rest.

    "Iranian President Masoud Pezeshkian … *Pezeshkian* condemned the U.S.":
    the second Pezeshkian, which the small model left outside any entity, is a
    word of a person's full name in the same article, so it becomes a PERSON
    mention (and "he said" after it can find him). A run that is the subject of
    a verb reporting what "it" did is an organisation ("*Disney* failed to tell
    investors that it employed …"). A run whose words name no person of the
    article ("Dumped", "Rock") is dropped, unless the shipped gazetteer lists
    it under that name ("England", :func:`_gazetteer_name`) or an honorific
    opens it ("Dr Dre", :func:`_titled`).
    """
    words: set[str] = set()
    for m in mentions:
        if m.label == "PERSON" and not m.is_pronoun:
            key = name_key(m.text)
            words.add(key)
            if " " in key and not city_and_word(m.text):
                words.update(w for w in key.split() if len(w) > 1)
    reported_by_it = {m.matrix for m in mentions if m.text.lower() == "it" and m.matrix is not None}
    out = []
    for m in join_cut_names(mentions):
        if m.label not in {UNLABELLED, SENTENCE_CAPITAL}:
            out.append(m)
        elif m.label == UNLABELLED and _event_first_named(m.text):
            out.append(replace(m, label="EVENT"))  # "The play won three Olivier Awards", not a person "Olivier"
        elif name_key(m.text) in words or _titled(m.text) or m.label == UNLABELLED and _first_named(m.text):
            out.append(replace(m, label="PERSON"))
        elif (known := _gazetteer_name(m.text)) is not None:
            out.append(replace(m, label=known))  # "*England* went in at half-time …": the model missed a known name
        elif m.role == "subj" and m.verb in reported_by_it and m.label == UNLABELLED:
            out.append(replace(m, label="ORG"))  # "Disney failed to tell investors that it employed …"
            # (not "*Lawyers* for news organisations said it was …": a common word, capitalised by its place)
        elif m.role in {"subj", "poss"} and not is_plural_acronym(m.text) and not _quoted_capital(m) \
                and not is_quantifier(m.text) and not names_an_office(m.text) and _only_person_before_he(m, mentions):
            out.append(replace(m, label="PERSON"))
    return out


BIG_TOWN = 100_000


def city_and_word(text: str) -> bool:
    """A big city's name and one word after it, read as a person, names a firm, not a man whose surname the
    word is: "*Munich Re* and Swiss Re, the world's two biggest reinsurers" — "Swiss Re" after it holds no
    person "Re". A city's name that is also a first name ("Paris Hilton", "Jordan Henderson") stays a person's.

    >>> city_and_word("Munich Re"), city_and_word("Paris Hilton"), city_and_word("Tony Blair")
    (True, False, False)
    """
    words = text.split()
    return len(words) == 2 and place_size(words[0]) >= BIG_TOWN and not is_first_name(words[0])


def is_quantifier(text: str) -> bool:
    """A quantifier or indefinite standing alone, capitalised by its place: an unnamed set of people, never
    a person a he/she could stand for. "*Many* believe the real motive for his prosecution is that he
    threatened to use his wealth …": he is Mikhail Khodorkovsky, named the sentence before, not "Many".

    >>> is_quantifier("Many"), is_quantifier("Everyone"), is_quantifier("Springer")
    (True, True, False)
    """
    return text.strip().lower() in QUANTIFIER_WORDS


def reread_headline_names(mentions: list[Mention]) -> list[Mention]:
    """A headline mention, or a capitalised run the model left unlabelled, that holds a name the article's
    text names is that name (or those names).

    In a title-cased line the small model runs names into the words around them:
    "*Ellen DeGeneres Returns* to Host the Oscars", "*Sixers Hire Maurice Cheeks* as Head
    Coach", "The Doctor Is (Finally) In: *Obama To Nominate Regina Benjamin*". Where the
    text below names "Ellen DeGeneres" (or "Obama" and "Regina Benjamin"), the mention is
    cut to those names, with their labels; a run that holds no such name is left as it is, and so is a run of
    running text that is a longer name than the one it holds (:func:`_longer_name_than_found`: "the *Golden Globe*").
    """
    body: dict[str, str] = {}
    persons: set[str] = set()  # names the article's text reads as a person's at least once
    for m in mentions:
        if not m.is_pronoun and not m.headline and m.label not in {UNLABELLED, SENTENCE_CAPITAL}:
            body.setdefault(m.text, m.label)
            if m.label == "PERSON":
                persons.add(m.text)
    if not body:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.is_pronoun or not (m.headline or m.label in {UNLABELLED, SENTENCE_CAPITAL}) or m.text in body:
            out.append(m)
            continue
        found = _names_within(m.text, body)
        if not found or _longer_name_than_found(m, found, body, persons):
            out.append(m)
            continue
        for at, name in found:
            out.append(replace(m, text=name, label=body[name], start=m.start + at, end=m.start + at + len(name),
                               span_start=None, written=None, title=None))
    return sorted(out, key=lambda x: x.start)


def _longer_name_than_found(m: Mention, found: list[tuple[int, str]], body: dict[str, str], persons: set[str]) -> bool:
    """A capitalised run of running text (no headline) that holds a name of a thing the article writes (no
    person's anywhere in it) and another capitalised word, no honorific or title, which does not open the sentence: the
    run is one longer name, not that name with a word run into it. "Swank, who previously won the *Golden Globe* and
    Oscar" (under "a five-time Globe winner") is no "Globe"; "a gig at *Sheffield Arena*" no "Sheffield"; "the
    *Israeli Cup*" no "Israeli"; "storage specialists *BridgeHead Software*" no "Software" (a headline's common word).
    Read as before: a person's name inside the run ("*Amit Yoran*", "*Model Caprice*": the person the article names),
    a body's name with more words after it ("*The Tate Gallery* unsuccessfully tried to buy …" under "the Tate
    managed to raise £12.5m": the body), a word capitalised by its place ('"*Against Wales*, which is different …'),
    a title before a name ("*Welsh Health Minister*").

    >>> body, persons = {"Globe": "ORG", "Tate": "ORG", "Yoran": "PERSON", "Wales": "GPE", "Welsh": "NORP"}, {"Yoran"}
    >>> _longer_name_than_found(Mention("d", "Golden Globe", "NAME?", 40, 52, 0), [(7, "Globe")], body, persons)
    True
    >>> _longer_name_than_found(Mention("d", "Tate Gallery", "NAME?", 40, 52, 0), [(0, "Tate")], body, persons)
    False
    >>> _longer_name_than_found(Mention("d", "Amit Yoran", "NAME?", 40, 50, 0), [(5, "Yoran")], body, persons)
    False
    >>> _longer_name_than_found(Mention("d", "Against Wales", "NAME?", 1, 14, 0), [(8, "Wales")], body, persons)
    False
    >>> _longer_name_than_found(Mention("d", "Welsh Health Minister", "NAME?", 40, 61, 0), [(0, "Welsh")], body, persons)
    False
    """
    if m.headline or any(name in persons for _, name in found):
        return False
    rest = list(m.text)
    for at, name in found:
        rest[at:at + len(name)] = " " * len(name)
    bodies_end = max((at + len(name) for at, name in found if body[name] == "ORG"), default=None)
    for hit in re.finditer(r"\S+", "".join(rest)):
        w = hit.group()
        if hit.start() == 0 and m.start - m.sent_start <= 1:
            continue  # the sentence's (or its quotation's) first word: capitalised by its place
        if bodies_end is not None and hit.start() > bodies_end:
            continue  # "Tate Gallery": more of the body's own name
        if w[:1].isupper() and not (word(w) in HONORIFICS or word(w) in ROLE_WORDS or word(w) in TITLE_MODIFIERS
                                    or is_department_word(w)):
            return True
    return False


def _names_within(text: str, names: dict[str, str]) -> list[tuple[int, str]]:
    """The names of ``names`` written as whole words in ``text``, longest first, not overlapping.

    >>> _names_within("Obama To Nominate Regina Benjamin", {"Obama": "PERSON", "Regina Benjamin": "PERSON", "Nom": "ORG"})
    [(0, 'Obama'), (18, 'Regina Benjamin')]
    """
    taken: list[tuple[int, int]] = []
    found = []
    for name in sorted(names, key=len, reverse=True):
        if name not in text:
            continue  # most names are not in it: no pattern to build (hundreds a run, re's cache thrashes)
        for hit in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            a, b = hit.span()
            if not any(a < y and x < b for x, y in taken):
                taken.append((a, b))
                found.append((a, name))
    return sorted(found)


def names_run_on(mentions: list[Mention]) -> list[Mention]:
    """A name the model ran into the start of the next one, or cut a word short, read again with the names the
    article writes elsewhere: the mention and the capitalised run written right after it hold, at their end, a
    name of two words or more the article writes (labelled in its text, or a run of its own); what comes before
    that name in the mention is a name of the article too (two names run together) or the rest of this name.

    "*Regina Benjamin U. S. Surgeon* General nominee" (ECB+ 34_11ecbplus, PERSON, above "… his nominee for U. S.
    Surgeon General, Regina Benjamin") is Regina Benjamin and U. S. Surgeon General; "Dr. Regina Benjamin to be *US
    Surgeon* General" under "… to Serve as Surgeon General" is US Surgeon General. Not two names the article
    writes apart that only stand side by side ("Tony Blair *Labour*": the second name starts with the run), nor
    a mention that is itself a name of the article.
    """
    names: dict[str, str] = {}
    written: dict[str, int] = defaultdict(int)
    for m in mentions:
        if m.is_pronoun or m.label == ROLE:
            continue
        written[m.text] += 1
        if not m.headline and m.label not in {UNLABELLED, SENTENCE_CAPITAL}:
            names.setdefault(m.text, m.label)
        elif m.label == UNLABELLED and len(m.text.split()) > 1:
            names.setdefault(m.text, m.label)  # a run of its own ("… to Serve as Surgeon General")
    out = list(mentions)
    k = 0
    while k + 1 < len(out):
        m, run = out[k], out[k + 1]
        if m.is_pronoun or m.label in {ROLE, UNLABELLED, SENTENCE_CAPITAL} or run.label not in {UNLABELLED, SENTENCE_CAPITAL} \
                or run.start - m.end != 1 or written[m.text] > 1 or not m.start < run.sent_start <= m.end and run.sent_start != m.sent_start:
            k += 1
            continue
        text = f"{m.text} {run.text}"
        ends = [n for n in names if len(n.split()) > 1 and text.endswith(n) and len(text) - len(n) < len(m.text)
                and (len(text) == len(n) or text[len(text) - len(n) - 1] == " ")]
        if not ends:
            k += 1
            continue
        name = max(ends, key=len)
        at = len(text) - len(name)
        before = text[:at].strip()
        if not before:
            parts = [(0, name)]
        elif before in names and names[before] not in {UNLABELLED, SENTENCE_CAPITAL}:
            parts = [(0, before), (at, name)]  # two names run together
        else:
            parts = [(0, text)]  # the name cut a word short: the mention goes on over the run
        label = {p: (m.label if p == text or p not in names or names[p] in {UNLABELLED, SENTENCE_CAPITAL} else names[p])
                 for _, p in parts}
        new = [replace(m, text=p, label=label[p], start=m.start + a, end=m.start + a + len(p),
                       span_start=None if a else m.span_start, written=None, title=None if a else m.title,
                       headline=False) for a, p in parts]
        out[k:k + 2] = new
        k += len(new)
    return out


def join_cut_names(mentions: list[Mention]) -> list[Mention]:
    """An unlabelled run of first names written just before a person's name is the start of that name.

    "*Violet Winifred* Leslie Henry Anderson was from Blairgowrie": the small model
    labels only "Leslie Henry Anderson"; the two are one mention, "Violet Winifred
    Leslie Henry Anderson", not a second person.
    """
    out: list[Mention] = []
    skip = False
    for i, m in enumerate(mentions):
        if skip:
            skip = False
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (m.label == UNLABELLED and nxt is not None and nxt.label == "PERSON" and not nxt.is_pronoun
                and nxt.start == m.end + 1 and nxt.sent_start == m.sent_start and nxt.span_start is None
                and all(gender_of_first_name(w) for w in m.text.split())):
            out.append(replace(nxt, text=f"{m.text} {nxt.text}", start=m.start,
                               gender=nxt.gender or gender_of_first_name(m.text.split()[0])))
            skip = True
        else:
            out.append(m)
    return out


def _first_named(text: str) -> bool:
    """A run of at most three words opened by a first name the shipped list gives a gender: a person
    ("Lacking excitement in her social life, *Dolly* plans …", "Agitated, *Little Das* stomps …"),
    unless it is a month, a body the gazetteer knows or a place of 100,000 people or more
    ("Georgia", "Florence", "Charlotte" are places first).

    >>> _first_named("Teresa"), _first_named("Joel Smith"), _first_named("Victoria"), _first_named("April")
    (True, True, False, False)
    >>> _first_named("Dumped"), _first_named("Chelsea")
    (False, False)
    """
    words = text.split()
    return (0 < len(words) <= 3 and gender_of_first_name(words[0]) is not None and words[0].lower() not in MONTHS
            and not _known_body(text) and place_size(text) < BIG_PLACE)


def _event_first_named(text: str) -> bool:
    """A run of two or three words opened by a first name and ended by an event's last word that no surname is
    (``namespans.EVENT_ONLY_HEADS``: "Awards", "Cup", "Championships"): an event, no person — "The play won three
    *Olivier Awards*", "named the winners of the 2004 *Jesse Owens Awards*".

    >>> _event_first_named("Olivier Awards"), _event_first_named("Jesse Owens Awards"), _event_first_named("Alan Masters")
    (True, True, False)
    """
    words = text.split()
    return 2 <= len(words) <= 3 and gender_of_first_name(words[0]) is not None and words[-1][:1].isupper() \
        and words[-1].lower() in EVENT_ONLY_HEADS


def _titled(text: str) -> bool:
    """A capitalised run that starts with an honorific before a name: a person ("a man who hit *Dr Dre*").

    >>> _titled("Dr Dre"), _titled("Mrs Tapili"), _titled("Dr"), _titled("Doctor Who Confidential")
    (True, True, False, False)
    """
    words = text.split()
    return len(words) > 1 and word(words[0]) in HONORIFICS and words[1][:1].isupper()


def _gazetteer_name(text: str) -> str | None:
    """The type of a name the shipped gazetteer lists under that very name (not a demonym or other alias).

    >>> _gazetteer_name("England"), _gazetteer_name("British"), _gazetteer_name("Dumped")
    ('GPE', None, None)
    """
    hit = shipped().lookup(text)
    if hit is None or hit[1] not in {"GPE", "ORG", "LOC", "FAC"} or name_key(hit[0]) != name_key(text):
        return None
    return hit[1]


def _quoted_capital(m: Mention) -> bool:
    """A word capitalised only by its place, opening a quotation: the he/she after it is the speaker, who says
    nothing of the word ("\"*Surveys* we conducted recently confirmed that … our users want …,\" she said")."""
    return m.quoted and m.label == SENTENCE_CAPITAL


# Offices no surname is written like, that name their holder alone: "*The Speaker* chairs debates in the Commons".
_LONE_OFFICES = frozenset("""
secretary minister chancellor premier president spokesman spokeswoman spokesperson director chairman chairwoman
speaker mayor governor senator treasurer
""".split())


def names_an_office(text: str) -> bool:
    """A capitalised run that names an office, not its holder: an office word after the words of a portfolio, a
    place or a title ("*The Culture Secretary* said the move showed she listened to critics",
    politics/jowell-confirms-casino-climbdown.txt; "*The Planning Minister* didn't rule out …"; "things like *Prime
    Minister*'s Questions … he"), or one of the offices no surname is written like alone ("*The Speaker* chairs
    debates"). The he/she after it is the holder, named elsewhere or not at all — no person called "Secretary".
    Not a run opened by a first name ("Stephen King", "Alan Judge").

    >>> names_an_office("Culture Secretary"), names_an_office("Planning Minister"), names_an_office("Speaker")
    (True, True, True)
    >>> names_an_office("King"), names_an_office("Stephen King"), names_an_office("Springer")
    (False, False, False)
    """
    words = text.split()
    last = word(words[-1]) if words else ""
    if last not in TITLE_HEADS or gender_of_first_name(words[0]) is not None:
        return False
    return len(words) > 1 or last in _LONE_OFFICES


def _only_person_before_he(m: Mention, mentions: list[Mention]) -> bool:
    """An unlabelled subject that the next he/she (this sentence or the next) can only mean.

    "*Springer* helped launch the West End show … 'I wouldn't have written it,'
    he said.": no person is named between Springer and "he", nor before
    Springer in its sentence, so Springer is a person.
    """
    sentences = sorted({x.sent_start for x in mentions})
    i = sentences.index(m.sent_start)
    window = set(sentences[i:i + 2])
    for x in mentions:
        if x.sent_start not in window and x.start > m.start:
            return False
        if x.label == "PERSON" and not x.is_pronoun and (x.sent_start == m.sent_start or x.start > m.start):
            return False
        if x.start > m.start and x.is_pronoun and x.text.lower() in {"he", "she"}:
            return True
    return False


def resolve_pronouns(mentions: list[Mention]) -> list[Mention]:
    """Return ``mentions`` (in text order) with each pronoun's candidates and first guess filled.

    Names in headlines and unlabelled name candidates are settled first
    (:func:`reread_headline_names`, :func:`recover_names`); role nouns last, apart
    (:func:`resolve_roles`), so that they change nothing of the pronouns' reading.
    """
    roles = [m for m in mentions if m.label == ROLE]
    resolved = _resolve_personal([m for m in mentions if m.label != ROLE] if roles else mentions)
    return resolve_roles(resolved, roles) if roles else resolved


def _resolve_personal(mentions: list[Mention]) -> list[Mention]:
    # a name the model missed?
    unnamed = {m.sent_start for m in mentions if m.label in {UNLABELLED, SENTENCE_CAPITAL} and m.role == "subj"}
    read = reread_headline_names(names_run_on(list(mentions)))
    mentions = recover_names(read)
    again = written_again(read, mentions)  # joined after the pronouns: no antecedents
    sentence_starts = sorted({m.sent_start for m in mentions})
    sentence_of = [bisect.bisect_left(sentence_starts, m.sent_start) for m in mentions]
    ref_of = local_referents(mentions)
    refs: dict[int, Referent] = {}
    surnames = surnames_of(mentions)
    for i, rid in enumerate(ref_of):
        if rid is None or mentions[i].headline and not _headline_person(mentions[i]):
            continue
        ref = refs.setdefault(rid, Referent())
        ref.mentions.append(i)
        m = mentions[i]
        first = first_name_gender(m, surnames)
        ref.person = ref.person or m.label == "PERSON" or bool(m.title or m.honorific) or first is not None
        ref.maybe_person = ref.maybe_person or ref.person or (
            m.label in PERSON_LIKE and could_be_person(m.text) and not _known_place(m.text)
            and m.role not in {"obl", "loc", "nmod"})  # "a private investigator in Neptune": a place
        gender = m.gender or first
        if gender:
            ref.gender[gender] = ref.gender.get(gender, 0) + 3
        ref.plural = ref.plural or m.plural and not m.is_pronoun
    out: list[Mention] = []
    topic = first_line_person(refs, mentions, sentence_of)
    narrated_at = narrated_names(read)
    bodies = body_names(mentions)
    resolved_to: dict[int, int] = {}  # pronoun index → the referent it was resolved to
    for k, m in enumerate(mentions):
        if not m.is_pronoun:
            out.append(m)
            continue
        word = m.text.lower()
        if word in {"it", "its"}:
            cands = reporting_group(k, mentions, unnamed, bodies)
            if cands:
                out.append(replace(m, antecedent=cands[0], candidates=cands, refers_at=None))
            else:
                target = thing_named_at(mentions, m.refers_at)
                out.append(replace(m, antecedent=target, candidates=(target,) if target is not None else ()))
        elif after_an_office(m):
            target = office_holder_topic(k, mentions, refs, topic)
            if target is not None:
                resolved_to[k] = topic
                _join(refs[topic], k)
            out.append(replace(m, antecedent=target, candidates=(target,) if target is not None else ()))
        elif m.refers_at is not None:
            target = covering(mentions, m.refers_at)
            if JOIN_RELATIVES and target is not None and ref_of[target] in refs:
                _join(refs[ref_of[target]], k)  # "Allison MacKenzie, who follows … her mother": who is her
            out.append(replace(m, antecedent=target, candidates=(target,) if target is not None else ()))
        elif word in PERSONAL:
            referent_of = lambda j: ref_of[j] if ref_of[j] is not None else resolved_to.get(j)  # noqa: E731
            speaker = quote_speaker(k, mentions, sentence_of, referent_of)
            excluded = (spoken_of(k, mentions, sentence_of, resolved_to) | ({speaker} if speaker is not None else set())
                        | named_in_the_quotation(k, mentions, sentence_of, ref_of))
            scored = _personal_candidates(k, mentions, sentence_of, refs, ref_of, excluded,
                                          last_speaker(k, mentions, sentence_of, referent_of), topic, narrated_at)
            cands = tuple(j for _, _, j in scored[:MAX_CANDIDATES])
            if scored:
                resolved_to[k] = scored[0][1]
                ref = refs[scored[0][1]]
                _join(ref, k)
                g = "f" if word in FEMININE else "m"
                ref.gender[g] = ref.gender.get(g, 0) + 1
            out.append(replace(m, antecedent=cands[0] if cands else None, candidates=cands))
        elif word in PLURAL:
            cands = _plural_candidates(k, mentions, sentence_starts)
            out.append(replace(m, antecedent=cands[0] if cands else None, candidates=cands))
        else:
            out.append(m)
    return insert_mentions(out, again)


def resolve_roles(mentions: list[Mention], roles: list[Mention]) -> list[Mention]:
    """``mentions`` (pronouns resolved) with the role nouns put in, each pointing at the name it stands for.

    A role noun of the running text points at the name it describes (its
    ``refers_at``, :func:`kg.resolve.rolenouns.described_name`); so does a headline's
    written after "as" ("Sixers Hire *Maurice Cheeks* as Head Coach"). Any other
    headline role noun takes the one person the article gives that role:
    "CHARGERS' *RECEIVER* ARRESTED" / "San Diego Chargers wide receiver Vincent
    Jackson was arrested" (the body's "receiver" describes him alone), a headline's
    "President" where the article writes "President Obama". A "Woman" ("Woman Killed
    In Queens Hit-And-Run") is the article's one woman ("Raj Chohan … her car"), by the
    genders of names and of the he/she resolved to each person; a name the model mistyped ("Raj
    *Chohan*, 59, of Queens", read GPE) is a person when a he/she stands for it ("had just parked
    *her* car … when *she* was hit"). Two people with the role (or of the gender), or none: the word
    stays unresolved.
    """
    ref_of = local_referents(mentions)
    surnames = surnames_of(mentions)
    votes: dict[int, dict[str, float]] = defaultdict(dict)
    person: set[int] = set()
    for i, m in enumerate(mentions):
        target = m.antecedent if m.is_pronoun and m.text.lower() in PERSONAL else i
        rid = ref_of[target] if target is not None else None
        if rid is None or m.headline:
            continue
        gender = ("f" if m.text.lower() in FEMININE else "m") if m.is_pronoun else m.gender or first_name_gender(m, surnames)
        if gender:
            votes[rid][gender] = votes[rid].get(gender, 0) + 1
        if m.label == "PERSON" or m.title or m.honorific or is_said_of_a_person(m):
            person.add(rid)
    first_of: dict[int, int] = {}
    for i, rid in enumerate(ref_of):
        if rid is not None and not mentions[i].headline:
            first_of.setdefault(rid, i)
    read = [replace(r, antecedent=t, candidates=(t,)) if r.refers_at is not None
            and (t := covering(mentions, r.refers_at)) is not None
            and (not r.headline or _name_at(mentions[t], r.refers_at)) else r for r in roles]
    for k, r in enumerate(read):
        if not r.headline or r.antecedent is not None:
            continue
        word = r.text.lower()
        found: dict[int, int] = {}  # referent → the mention that shows its role
        if word in GENDER_OF_NOUN:
            for rid in person & first_of.keys():
                if Referent(gender=votes[rid]).known_gender() == GENDER_OF_NOUN[word]:
                    found[rid] = first_of[rid]
        else:
            for x in read:
                if not x.headline and x.text.lower() == word and x.antecedent is not None:
                    found.setdefault(ref_of[x.antecedent], x.antecedent)
            for j, x in enumerate(mentions):
                if not x.headline and not x.is_pronoun and x.title and x.title.lower().split()[-1] == word:
                    found.setdefault(ref_of[j], j)
        found.pop(None, None)
        if len(found) == 1:
            target = next(iter(found.values()))
            read[k] = replace(r, antecedent=target, candidates=(target,))
    merged = insert_mentions(mentions, [replace(r, antecedent=None, candidates=()) for r in read])
    at = {id(m): k for k, m in enumerate(merged)}
    position = iter(k for k, m in enumerate(merged) if m.label == ROLE)  # the role nouns, in text order
    for r in read:
        k = next(position)
        if r.antecedent is not None:
            t = at[id(mentions[r.antecedent])]
            merged[k] = replace(merged[k], antecedent=t, candidates=(t,))
    return merged


def _name_at(m: Mention, offset: int) -> bool:
    """A headline role's name: the mention that starts at ``offset``, or a person's that takes it in
    (:func:`kg.resolve.rolenouns.named_before_as`: "… Picked Ellen *DeGeneres* As Oscar Host"), never a longer
    run the model read as a work or a body."""
    return (m.span_start if m.span_start is not None else m.start) == offset or m.label == "PERSON"


def is_said_of_a_person(m: Mention) -> bool:
    """A resolved he/she/him/her (or his, hers, himself, herself): what it stands for is a person, whatever
    label the model gave the name ("Raj *Chohan*, 59, of Queens", GPE … "when *she* was hit").

    >>> is_said_of_a_person(Mention("d", "she", "PRON", 0, 3, is_pronoun=True, antecedent=0))
    True
    >>> is_said_of_a_person(Mention("d", "it", "PRON", 0, 2, is_pronoun=True, antecedent=0))
    False
    """
    return m.is_pronoun and m.antecedent is not None and m.text.lower() in PERSONAL


def _headline_person(m: Mention) -> bool:
    """A person a title-cased headline names in full, first name and all: a referent for the pronouns below
    ("Ellen DeGeneres to Host Oscars" / "*She* will make her second appearance as the show's emcee"), where
    most of a headline's runs are no name ("Driver Charged", read PERSON)."""
    return m.label == "PERSON" and len(m.text.split()) > 1 and first_name_gender(m) is not None


def _join(ref: Referent, k: int) -> None:
    """Count pronoun ``k`` as a mention of ``ref`` (its salience, its role for parallelism)."""
    ref.mentions.append(k)
    ref.mentions.sort()


def pronoun_entity(m: Mention, named: list[str | None], type_of, gender_of, things: frozenset[str] | set[str] = frozenset(),
                   persons: frozenset[str] | set[str] = frozenset(),
                   labels: list[str] | None = None) -> tuple[str | None, int | None]:
    """The entity a pronoun refers to and the index of the mention that gave it, or ``(None, None)``.

    he/she take the first candidate whose entity may be a person (the small
    model types many persons ORG or GPE; the ranking already prefers referents
    labelled PERSON) of a fitting gender; they takes its candidates' one group entity, if they agree.
    The article's other pronouns agree (:func:`called_it`): ``things``, the entities its it/its stand
    for, take no he/she; ``persons``, those its he/she stand for, no "it". ``labels``: the model's label of
    each mention, for "they" (:func:`people_of_a_place`).
    """
    word = m.text.lower()
    if m.label == ROLE:  # a headline's role noun; the running text's are evidence only (kg.resolve.rolenouns)
        i = m.antecedent
        name = named[i] if m.headline and i is not None else None
        return (name, i) if name and may_be_a_person(name, type_of.get(name)) else (None, None)
    if word in {"it", "its"} and m.refers_at is not None:  # the thing the parse gives (kg.resolve.mentions.it_antecedent)
        i = m.antecedent
        name = named[i] if i is not None else None
        return (name, i) if name and type_of.get(name) in THING_TYPES else (None, None)
    if m.refers_at is not None:
        return (named[m.antecedent], m.antecedent) if m.antecedent is not None else (None, None)
    if word in PERSONAL:
        want = "f" if word in FEMININE else "m"
        for i in m.candidates:
            name = named[i]
            if name and may_be_a_person(name, type_of.get(name)) and gender_of.get(name) in (None, want) \
                    and not called_it(name, type_of.get(name), things):
                return name, i
        return None, None
    if word in {"it", "its"}:  # the reporting subject: an organisation, or a "person" the model mistyped (Bat)
        i = m.candidates[0] if m.candidates else None
        name = named[i] if i is not None else None
        if name and (type_of.get(name) in GROUP_TYPES or type_of.get(name) == "PERSON" and not gender_of.get(name)
                     and name not in persons):
            return name, i
        return None, None
    if word in PLURAL:
        found = {named[i] for i in m.candidates if named[i] and type_of.get(named[i]) in GROUP_TYPES
                 and not people_of_a_place(labels[i] if labels else None, type_of.get(named[i]))}
        if len(found) == 1:
            name = found.pop()
            return name, next(i for i in m.candidates if named[i] == name)
    return None, None


def called_it(name: str, entity_type: str | None, things: frozenset[str] | set[str]) -> bool:
    """An entity the model did not type PERSON that an "it"/"its" of the same article stands for: a firm or a
    place, never what a he/she means. "Shell is to pay $1m (£522,000) to the ex-finance chief who stepped down
    … after the firm over-stated *its* reserves. … Shell said the pay-off was in line with Ms Boynton's
    contract. *She* was leaving …": she is Judy Boynton, not Shell (a one-word ORG that reads like a name).
    A PERSON-typed entity keeps its he/she whatever an "it" was given ("Arnold … said it was …").

    >>> called_it("Shell", "ORG", {"Shell"}), called_it("Shell", "ORG", set()), called_it("Bat", "PERSON", {"Bat"})
    (True, False, False)
    """
    return entity_type != "PERSON" and name in things


IT_WORDS = frozenset({"it", "its"})


def people_of_a_place(label: str | None, entity_type: str | None) -> bool:
    """A demonym (the model's NORP) whose entity is a country or city: the people, whom a "they" may mean, are
    not the place the graph links the word to. "*Greek* sprinters Kostas Kenteris and Katerina Thanou … ¶
    *They* were given provisional suspensions": not Greece; "only 25% of *Britons* said …, 22%, said *they*
    would be buying": not the United Kingdom. A party's people are its members ("Democrats", "Tories" → the
    party: kept).

    >>> people_of_a_place("NORP", "GPE"), people_of_a_place("NORP", "ORG"), people_of_a_place("GPE", "GPE")
    (True, False, False)
    """
    return label == "NORP" and entity_type == "GPE"
