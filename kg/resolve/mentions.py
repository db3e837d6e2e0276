"""Mentions of entities in a parsed paragraph: named entities and pronouns.

Named mentions carry the title written before them (:mod:`kg.resolve.roles`);
fragments that name nothing are dropped (:func:`kg.resolve.names.is_junk`).
Relative pronouns ("who", "which") point at the noun their clause modifies.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..docview import char_span, doc_tokens, has_dep, span_root, span_tokens, with_dep
from ..extract.informative import QUANTIFIER_WORDS
from ..extract.quotes import in_quotation
from ..extract.speech import REPORTING, goes_on_speaking
from ..lexicon import FINITE_TAGS, HONORIFICS, PLURAL, PRONOUNS
from ..nlp import doc_ents, doc_text, sentence_of, span_text
from ..records import GROUP_TYPES, SENTENCE_CAPITAL, UNLABELLED, Mention
from ..segment import is_headline, line_of
from .coordination import coordinated_persons, set_size
from .gazetteer import shipped
from .names import FIRM_ENDS, clean_surface, gender_of_first_name, is_first_name, is_junk
from .nametypes import ORG_WORDS, body_of_a_job
from .pairs import NAME_ENDS
from .placenames import is_place
from .namespans import (TYPED, body_from_demonym, countries_named_with_and, squad_sheet, extra_spans, football_paragraph, is_adjective,
                        is_capitalised_modifier, is_clock_zone, is_compass_adjective, is_month, is_plural_role, is_role_phrase,
                        known_name_before_preposition, list_types, national_bodies, name_goes_on_before_the,
                        merge_adjacent, fused_pieces, span_label, strip_demonym, strip_descriptor_before_person,
                        strip_leading_verb, strip_trailing_common_nouns, titles_with_contractions, trim_edges,
                        station_after_a_broadcaster, vessel_spans, widen_name)
from .rolenouns import OWNED_ROLES, role_mentions
from .speakers import MOUTHPIECES, OFFICE_HEADS
from .roles import PERSON_NOUNS, TITLE_HEADS, TITLE_MODIFIERS, is_department_word, title_of, word
from .kindcues import NOT_PERSON_LAST, is_language_use
from .wholenames import BODY_HEADS, MEMBERS_BODY_HEADS, spelled_in_brackets_after, whole_names

# spaCy labels that name things a news graph is about.
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
RELATIVE = {"who", "whom", "whose", "which", "that"}
_TITLED_LABELS = {"PERSON", "ORG"}  # a title before a country is an adjective: "chief US economist"
# Plural nouns of people whose possessive is a word of a body's name: "the Women's Tennis Association".
GROUP_POSSESSORS = frozenset("""
women men children people ladies boys girls gentlemen workers farmers teachers nurses doctors veterans pensioners
consumers mothers parents writers artists citizens soldiers seamen miners
""".split())


def _after_possessive(ent):
    """The part of an entity after an inner possessive ("ABC News’ Rachel Scott" → "Rachel Scott").

    A group's or a saint's possessive is a word of the name, never its owner: "the Women's Tennis
    Association", "St George's Chapel"; so is one whose acronym in brackets after it spells the whole ("the
    *Lawyers' Christian Fellowship (LCF)*").
    """
    if spelled_in_brackets_after(ent):
        return ent
    for t in reversed(span_tokens(ent)[:-1]):
        if t.tag_ == "POS" or t.text in {"’", "'"}:
            before = ent.doc[t.i - 1] if t.i > ent.start else None
            if before is not None and (before.lower_ in GROUP_POSSESSORS or before.i > ent.start
                                       and ent.doc[before.i - 1].lower_ in {"st", "st.", "saint"}):
                return ent  # "the Women's Tennis Association", "St George's Chapel"
            if _members_body(ent, before, t):
                return ent  # "the British Bankers' Association"
            tail = ent.doc[t.i + 1:ent.end]
            if _possessive_inside_name(ent, t, tail):
                return ent
            return tail
    return ent


def _members_body(ent, before, pos) -> bool:
    """A plural possessive inside a body's name is a word of the name, not the body's owner: "a survey from the
    *British Bankers' Association*, which said approvals were at a five-month low", "the Professional Footballers'
    Association", "the League Managers' Association" (each its own body, not one "Association"). The possessor
    is a plural (a capitalised word in -s with the bare apostrophe), and the name ends as a body of members does,
    or the possessor is a plural of people by what they do ("the *Critics' Circle* named Rebecca Lenkiewicz its most
    promising playwright", "the *Theatregoers' Choice Awards*", "a deal struck with *Canadian Actors' Equity*").
    Not a person's or a firm's possessive before another name: "ABC News' Rachel Scott", "Mike Nichols' Closer",
    "the Bank's Monetary Policy Committee" (a singular owner: the Bank of England's committee), nor a team's before
    its competition ("hurt in an innocuous challenge with Alan Shearer during the Londoners' FA Cup defeat")."""
    if ent.label_ == "PERSON" or pos.text not in {"'", "’"} or pos.i + 1 >= ent.end:
        return False
    if before is None or not (before.is_alpha and before.text[:1].isupper() and before.lower_.endswith("s")
                              and len(before) > 3):
        return False
    tail = ent.doc[pos.i + 1:ent.end]
    if not all(t.text[:1].isupper() for t in tail if t.is_alpha):
        return False
    if any(t.is_upper and len(t) > 1 for t in tail) or tail[-1].lower_ in _COMPETITION_ENDS:
        return False  # a team's competition: "the Londoners' FA Cup defeat", "Rangers' Champions League campaign"
    return tail[-1].lower_ in MEMBERS_BODY_HEADS and ent.label_ in {"ORG", "FAC"} \
        or _AGENT_PLURAL.search(before.lower_) is not None and not is_first_name(tail[0].text)


# Last words of a competition a team plays in: after a team's possessive it is the team's, no word of a body's name.
_COMPETITION_ENDS = frozenset("""
cup league premiership championship championships trophy open tournament games final finals derby series sevens
""".split())
# Plurals of nouns of people by what they do, whose possessive names a body, a prize or a circle of them: "the
# Critics' Circle", "the Theatregoers' Choice Awards", "Canadian Actors' Equity".
_AGENT_PLURAL = re.compile(r"(?:ers|ors|ics|ists|ians|ees)$")


# Last words of a place named after its owner's first name: "Jack's Snooker Hall".
_VENUE_ENDS = frozenset("hall bar cafe club restaurant pub shop store garage theatre".split())


def _possessive_inside_name(ent, pos, tail) -> bool:
    """The possessive is a word of the name: a title ("his role in Dead Man's Shoes": a work whose last part
    is one word, unless the owner ends a longer name written before the span, :func:`_ends_a_longer_name`) or a place
    a first name owns ("Jack's Snooker Hall").
    Not "ABC News' Rachel Scott", "Martin Scorsese's The Aviator", "her role in Mike Nichols' Closer" (the
    owner, then another name)."""
    if not tail or tail[0].lower_ in {"the", "a", "an"} or tail[-1].is_upper:
        return False
    owner = ent.doc[ent.start:pos.i]
    if _office_holders_body(ent, owner, tail) or _title_of_an_unnamed_owner(ent, pos, owner, tail):
        return True
    if _feast_day(ent, tail):
        return True
    if ent.label_ == "WORK_OF_ART" and len(tail) == 1 and tail[0].is_alpha:
        # "Mike Nichols' Closer": a director's film; "BBC Radio Five Live's Sportsweek": a station's programme
        return not (len(owner) > 1 and is_first_name(owner[0].text) or _ends_a_longer_name(ent))
    return ent.label_ in {"FAC", "ORG"} and len(owner) == 1 and is_first_name(owner[0].text) \
        and tail[-1].lower_ in _VENUE_ENDS


# The last word of a feast or holiday named after its owner: "New Year's Eve", "Mother's Day", "Burns' Night".
_FEAST_ENDS = frozenset({"day", "eve", "night"})


def _feast_day(ent, tail) -> bool:
    """A day named after what it celebrates, read as one event: "the most money taken on *New Year's Eve*, when it
    made $12.2m, and *New Year's Day*, when it took $18m" — the possessive is a word of the holiday's name, not an
    owner before a day "Eve" or "Day" (two non-entities)."""
    return ent.label_ == "EVENT" and len(tail) == 1 and tail[0].lower_ in _FEAST_ENDS and tail[0].text[:1].isupper()


# Letters written after a person's full name that are no part of it: an honour or a rank at the bar (held by persons
# only) and a member's seat (which also follows a seat's name: "Manchester Central MP").
_HONOUR_LETTERS = frozenset("qc kc obe mbe cbe kbe dbe".split())
_MEMBER_LETTERS = frozenset("mp mep msp".split())


def _letters_after_a_name(name) -> bool:
    """The span ends with post-nominal letters after a person's full name: "Ken Macdonald *QC*, who sits on the
    SGC", "Philippe Sands *QC* told the court" (read as a body), "Andrew Tyrie *MP*". The name is the words before
    them (a person), while the span keeps them: a relative clause the parse hangs on "QC" still finds its name.
    A member's letters only after a first name ("Manchester Central MP", read as a person, is a seat's member, no
    name of one); never a name of one word ("Labour MP")."""
    if len(name) < 3 or not name[-1].is_upper or not all(t.is_alpha and t.text[:1].isupper() for t in name[:-1]):
        return False
    letters = name[-1].text.lower()
    if letters in _HONOUR_LETTERS:
        return True
    return letters in _MEMBER_LETTERS and is_first_name(name[0].text)


def _member_described(name) -> bool:
    """A member's seat or party and the letters, no name: after a determiner ("Tony Lloyd, *the Manchester Central
    MP*, whose constituency includes …", "the Labour MP for Birkenhead") or a body or place alone before them
    ("*Labour MPs* were angry", "*Tory MEP* …"), which the model read as a person."""
    letters = name[-1].text[:-1] if name[-1].text.endswith("s") else name[-1].text
    if len(name) < 2 or letters.lower() not in _MEMBER_LETTERS or not letters.isupper():
        return False
    k = name.start - 1
    if k >= 0 and name.doc[k].lower_ in {"the", "a", "an", "this", "that", "its", "their"}:
        return True
    before = name[:-1].text
    return shipped().lookup(before) is not None or is_place(before)


def _title_of_an_unnamed_owner(ent, pos, owner, tail) -> bool:
    """A name the model read whole as "X's Y", whose owner X is named nowhere else in its paragraph, is one title:
    "leaving Dead Man's Shoes, Harry Potter and the Prisoner of Azkaban and Shaun of the Dead" (not a body
    "Shoes"), "its 2001 predecessor, Ocean's Eleven" (not "Eleven") — a title's owner is a word of the title.

    Not where the owner is a person's first name ("Mike Leigh's Vera Drake"), an acronym or a number ("BBC Radio
    4's Today"), a place, a name the gazetteer knows, or a name the paragraph writes apart from this possessive
    ("Kurt Barnard, president of Barnard's Retail Consulting Group": Barnard's firm); nor a person read whole, nor
    a second name after the possessive ("ABC News' Rachel Scott"); nor a thing of two or more words after the
    possessive, which has a name of its own that the owner gives or sings: "Stevie Wonder will receive Billboard's
    Century Award" (the magazine's award, "Century Award"), "Usher's Caught Up" (a single of the singer's)."""
    if ent.label_ == "PERSON" or pos.lower_ not in {"'s", "’s"} or not 1 <= len(owner) <= 2 or len(tail) != 1:
        return False
    if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in list(owner) + list(tail)):
        return False
    if is_first_name(owner[0].text) or is_place(owner.text) or shipped().lookup(owner.text) or _ends_a_longer_name(ent):
        return False
    return doc_text(ent.doc).count(owner.text) == 1


def _ends_a_longer_name(ent) -> bool:
    """The span opens right after a capitalised word inside its sentence: its owner is the last part of a longer name
    written there, a name in its own right, not a word of a title — "on BBC Radio *Five Live's Sportsweek* at 0900 GMT"
    (the station's programme "Sportsweek", not a work "Five Live's Sportsweek")."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.text[:1].isupper() and before.is_alpha and not before.is_sent_start


def _office_holders_body(ent, owner, tail) -> bool:
    """A body named after the office that holds it: "A spokeswoman for the *Information Commissioner's Office* said"
    (politics/labour-faces-cold-calls-inquiry.txt), "The Prince's Trust", "Queen's Club" — the owner's last word is an
    office (``roles.TITLE_HEADS``), no person's name, and the name ends as a body's does (``BODY_HEADS``,
    ``ORG_WORDS``). Not "Mike Leigh's Vera Drake", "Cherie Blair's Matrix Chambers" (a person owns it)."""
    return ent.label_ in {"ORG", "FAC"} and bool(owner) and owner[-1].lower_ in TITLE_HEADS \
        and owner[-1].text[:1].isupper() and all(t.text[:1].isupper() for t in tail) \
        and (tail[-1].lower_ in BODY_HEADS or tail[-1].lower_ in ORG_WORDS)


# A law's head words that name one law alone only as its short form, after "the": "the Bill", "the Act".
SHORT_LAW_WORDS = frozenset({"Bill", "Act"})


def _law_head_after_the(ent) -> bool:
    """The span is "Bill" or "Act" alone after a lower-case "the": a law's short form ("perhaps as *the Bill* passes
    through the two Houses", read PERSON), never a man named Bill ("the Bill Gates Foundation" is longer). A sentence's
    first "The" says nothing ("The Bill has been axed by ITV": the drama), :func:`kg.resolve.nametypes` reads it."""
    words = [t for t in span_tokens(ent) if t.lower_ != "the"]
    if len(words) != 1 or words[0].text not in SHORT_LAW_WORDS:
        return False
    return words[0].i > 0 and ent.doc[words[0].i - 1].text == "the"


def _named(ent, doc_id: str, offset: int, title_tokens: set[int], doc_text: str) -> Mention | None:
    if ent.label_ not in ENTITY_LABELS or title_tokens.issuperset(range(ent.start, ent.end)):
        return None
    doc = ent.doc
    label = ent.label_
    typed = ent.kb_id_ == TYPED
    tail = _after_possessive(ent)
    if tail is not ent:
        if len(tail) == 2 and gender_of_first_name(tail[0].text) and tail[-1].lower_ not in NOT_PERSON_LAST:
            label = "PERSON"  # "ABC News’ Rachel Scott"; not "Lawyers' Christian Fellowship" (a body's last word)
        ent = tail
    headline = is_headline(line_of(doc_text, ent.start_char, ent.end_char))
    if _law_head_after_the(ent):
        label, typed = "LAW", True  # "as the Bill passes through the two Houses" (read PERSON): a bill
    title = title_of(ent) if label in _TITLED_LABELS and not shipped().lookup(span_text(ent)) else None
    if title and _capitalised_job_word(ent, title):
        title = None  # "Twin Peaks and Star Trek": a name's word, and no person's name (a person's opens no job word)
        label = "WORK_OF_ART" if label == "PERSON" else label
    if title and (_rank_of_a_firm(ent, title) or _saints_possessive(ent, title) or _office_word_of_a_body(ent, title)
                  or _firm_after_a_title_word(ent, title)):
        title = None
    name = doc[title.name_start:ent.end] if title else ent
    text = clean_surface(span_text(name))  # (Span.text: a Token made per word)
    if _member_described(name):
        return None
    if _letters_after_a_name(name):  # "Ken Macdonald QC": the name without its letters, the span with them
        text = clean_surface(name[:-1].text)
        label = "PERSON"
    if is_junk(text) or word(text) in HONORIFICS:  # "Mr" alone names nobody
        return _headline_run(ent, doc_id, offset, text) if headline else None
    role_of, written, span_start, gender = None, None, None, None
    if title and (title.role or title.honorific):
        label = "PERSON"
        title_tokens.update(range(title.start, title.name_start))
        written = clean_surface(doc[title.start:ent.end].text.rsplit(",", 1)[-1])  # apposition: the name as written
        span_start = offset + doc[title.start].idx
        role_of = title.owner.text if title.owner is not None else None
        gender = title.gender
    if label == "PERSON" and gender is None and len(name) > 1:
        gender = gender_of_first_name(name[0].text)
    root = span_root(ent)
    role, verb = clause_role(root)
    return Mention(doc_id, text, label, offset + name.start_char, offset + name.end_char, offset + sentence_of(ent).start_char,
                   title=title.role if title else None, role_of=role_of, written=written, span_start=span_start,
                   honorific=title.honorific if title else None, gender=gender, dep=root.dep_, headline=headline,
                   role=role, verb=offset + verb.idx if verb is not None else None,
                   quoted=in_quotes(root), typed=typed, speaks=speaks_outside_quotes(root, role, verb),
                   the_name=None if headline or label == "PERSON" else _the_inside_sentence(name),
                   plural=not headline and takes_a_plural_verb(root),
                   addressed=role in {"obj", "iobj"} and is_saying(verb),
                   place_modifier=label in _PLACE_LABELS and modifies_a_thing(root),
                   aside=named_aside(root, role), eponym=label == "PERSON" and is_eponym(root),
                   fronted_for=offset + he.idx if (he := fronted_for(root)) is not None else None)


# nouns of a government or a time called after the person at its head: "the Attlee government", "the Blair years"
EPONYM_HEADS = frozenset("""government administration cabinet regime era year years presidency premiership reign
leadership ministry""".split())


def is_eponym(t) -> bool:
    """A person's name written only as the modifier of a government or a period called after them: "After serving as a
    junior minister in the *Attlee* government, he became chancellor of the exchequer" (he is Jim Callaghan, the
    article's subject, never Attlee, who is not in the sentence as a person at all); "in the Blair government", "the
    Thatcher years". Not the name of a person acting ("Attlee formed a government"), nor one before a noun of an act
    of theirs ("a Henry goal": :data:`EPONYM_HEADS` only)."""
    head = t.head
    return (t.dep_ == "compound" and head.i > t.i and head.pos_ == "NOUN"
            and head.lemma_.lower() in EPONYM_HEADS)


# how the parse hangs a phrase set before a clause's subject that says who the subject is or what it does
_FRONTED_DEPS = frozenset({"advcl", "npadvmod", "dep", "appos", "oprd"})


def fronted_for(t):
    """The he/she subject of the clause that a phrase holding the name at ``t`` is set before, when the phrase says
    who that subject is or what it does, so that the name is someone else; else None.

    "*One of the few Blair-era ministers to serve under Jim Callaghan*, he was given the agriculture portfolio": he
    is the minister (Jack Cunningham), never Callaghan, whom the minister served under; "Speaking on BBC One's
    Breakfast with Frost, he said …": he speaks, Frost is where; "The son of actress Doris Day, he helped write
    Kokomo". The phrase is a participle or an infinitive with no subject of its own, whose subject is the he, or a
    noun phrase in apposition to it, opening the sentence. Not a name that is the subject of a clause inside the
    phrase ("The way *John* is looking at things, he is aiming …": he may be John), nor the phrase's own head ("here's
    old *Ken* - he's been crass": he is Ken), nor one in a phrase of a preposition ("Following the fascination with
    the writing of Salam Pax, he began a regular column": he is Salam Pax)."""
    cur = t
    while cur.head.i != cur.i:
        if cur.pos_ in {"VERB", "AUX"} and any(c.dep_ in _SUBJECT_DEPS | {"expl", "csubj"} for c in cur.children):
            return None  # a clause with a subject of its own: the name may be anyone of it
        head = cur.head
        subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS and c.i > cur.i), None)
        if head.pos_ in {"VERB", "AUX"} and (cur.dep_ in _FRONTED_DEPS or cur.dep_ == "nsubj" and subject is not None):
            # (a noun phrase set before the subject may be read as a second subject: "The son of actress Doris Day, he")
            if (cur.i == t.i or subject is None or subject.lower_ not in {"he", "she"} or cur.right_edge.i >= subject.i
                    or not (cur.tag_ in {"VBG", "VBN"} or cur.pos_ in {"NOUN", "PROPN", "NUM"}
                            or any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children))
                    or any(u.dep_ not in {"punct", "cc", "advmod"} for u in t.doc[sentence_of(t).start:cur.left_edge.i])):
                return None
            return subject
        cur = head
    return None


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# nouns of people who act for the place named before them ("the England squad … they", "US officials said they")
ACTING_FOR_A_PLACE = frozenset("""
side squad team players camp coach manager pack government officials authorities ministers minister forces troops
army police administration leaders leader diplomats negotiators delegation president spokesman spokeswoman
""".split()) | BODY_HEADS | MEMBERS_BODY_HEADS


def named_aside(t, role: str) -> bool:
    """A name that its sentence names only as what something belongs to, or inside a phrase of a preposition: the
    sentence is about something of it ("Shares in *Saudi Arabia's* National Company …", "Experts studying the seas
    off *Scotland's* west coast", "a potential wooden spoon match against *Italy*"). Not a phrase of the verb's own
    ('"Don't you care about *the Inuit*?" … "I don't care about them"'), nor the owner of the subject
    ("*Iran's* leaders were given chance after chance": the leaders act for Iran) nor a name before a noun of
    people acting for it ("the current *Blues* team", :data:`ACTING_FOR_A_PLACE`)."""
    if t.dep_ == "poss":
        return t.head.dep_ not in _SUBJECT_DEPS
    if t.dep_ == "compound":
        return t.head.pos_ == "NOUN" and t.head.lemma_.lower() not in ACTING_FOR_A_PLACE
    return role == "nmod"  # "the buy-out *of Aer Lingus*"; not a verb's own phrase ("care about *the Inuit*")


def modifies_a_thing(t) -> bool:
    """A place's name that modifies a common noun of no body of people acting for it: the noun's referent (the
    economy, the voters, the home) is what the sentence is about, not the place, so a "they" after it is never the
    place. "*Consumers'* confidence in the state of the *US* economy is at its highest for five months and *they*
    are optimistic about 2005": they are the consumers, not the United States; "older *UK* voters … 69% of
    over-55s say *they* always vote"; "his *Malibu* home … since *they* ceased to be a couple". Not "the England
    squad", "US officials" (:data:`ACTING_FOR_A_PLACE`), nor a place that is the name's own word.
    """
    head = t.head
    return t.dep_ == "compound" and head.i != t.i and head.pos_ == "NOUN" and not head.ent_type_ \
        and head.lemma_.lower() not in ACTING_FOR_A_PLACE and head.lower_ not in ACTING_FOR_A_PLACE


def takes_a_plural_verb(t) -> bool:
    """A name that is the whole subject of a verb in the plural present ("have", "are", "do", or an auxiliary of
    them: never a past "were", which a singular "if he were" also takes): a club, a band or a firm read as a
    group, in the British way, never one person a "he" or "she" stands for.

    "*Corinthians* have not qualified. Indeed, *he* will have a long wait for a worthwhile match": he is
    Tevez, not the club. Not a name joined to another ("Kenteris and Thanou have …": the subject is both),
    nor one inside a longer subject ("Corinthians fans have invaded …": the name is no subject), nor a past the
    tagger read as a present (GAP: "Marc later *overheard* Nico and her boyfriend scheming", :func:`_plural_present`).
    """
    if t.dep_ != "nsubj" or any(c.dep_ in {"conj", "cc"} for c in t.children):
        return False
    verb = t.head
    if _plural_present(verb):
        return True
    return any(c.dep_ == "aux" and _plural_present(c) and c.i < verb.i for c in verb.children) \
        and not any(c.dep_ == "aux" and c.i < verb.i and c.tag_ in {"MD", "VBZ", "VBD"} for c in verb.children)


def _plural_present(verb) -> bool:
    """"are", "have" or "do" tagged plural present: a form that is plural by itself ("is", "has", "does" are the
    singular's), where a main verb tagged so may be a past the tagger misread ("Marc later *overheard* Nico":
    VBP)."""
    return verb.tag_ == "VBP" and verb.lower_ in _PLURAL_PRESENT


_PLURAL_PRESENT = frozenset({"are", "'re", "’re", "have", "'ve", "’ve", "do"})


# What may stand before a sentence's or a quotation's first word: its capital "The" says nothing of a name.
_BEFORE_A_CAPITAL = frozenset('" “ ” ‘ ’ \' ( [ : ; - – — . ! ? …'.split())


def _the_inside_sentence(name) -> bool | None:
    """True where a capital "The" written inside a sentence opens the name: a title's or a band's word the article
    keeps ("Liverpool band The Coral", "screen versions of The A-Team", "Spanish movie The Sea Inside"), also where
    the model left it out of the span ("Wheels (1971), The Moneychangers (1975)"); False after a lower-case "the"
    ("the Academy Awards"); else None. Not a sentence's or a quotation's first word ("The Law Society dubbed …",
    '"The BNP has tried …'), nor before an acronym ("The BBC's …")."""
    doc = name.doc
    the = name[0] if name[0].lower_ == "the" else doc[name.start - 1] if name.start > 0 else None
    if the is None or the.lower_ != "the":
        return None
    if the.text == "the":
        return False
    if the.is_sent_start or the.i == 0 or the.i + 1 >= len(doc):
        return None
    first = doc[the.i + 1]
    before = doc[the.i - 1]
    return before.text not in _BEFORE_A_CAPITAL and not before.is_quote and not before.is_space \
        and not (first.is_upper and len(first) > 1) \
        and first.text[:1].isupper()


def _headline_run(ent, doc_id: str, offset: int, text: str) -> Mention | None:
    """A title-cased headline's span the model ran past its names ("5 Thoughts on *Why the Academy Picked Ellen
    DeGeneres As* Oscar Host", WORK_OF_ART, ended by "As"): no name itself, but an unlabelled run that
    :func:`kg.resolve.coref.reread_headline_names` cuts to the names the article's text gives (Ellen DeGeneres),
    and drops when it holds none."""
    if not any(c.isupper() for c in text):
        return None
    return Mention(doc_id, text, UNLABELLED, offset + ent.start_char, offset + ent.end_char,
                   offset + sentence_of(ent).start_char, dep=span_root(ent).dep_, headline=True)


def speaks_outside_quotes(t, role: str, verb) -> bool:
    """A name outside quotation marks that is the subject of a verb of saying: the speaker of the
    quotation around it ("Boss *Steve Bruce* had said …", "“…,” said *Bruce*")."""
    return role == "subj" and is_saying(verb) and not in_quotes(t)


def is_saying(verb) -> bool:
    """A verb of saying, or "continue"/"go on" as one ("He continued: “…”", "…, he went on": speech.goes_on_speaking)."""
    return verb is not None and (verb.lemma_.lower() in REPORTING or goes_on_speaking(verb))


_RANK_ADJECTIVES = frozenset({"general", "major"})


def _saints_possessive(ent, title) -> bool:
    """"St James' Park", "St George's Chapel": a saint's name with a possessive inside a longer name is no
    honorific before a person's name."""
    return (title.honorific or "").lower().rstrip(".") in {"st", "saint"} and any(t.tag_ == "POS" for t in ent)


def _rank_of_a_firm(ent, title) -> bool:
    """"General Motors", "General Electric", read as one organisation by the model: "General" is a word of
    the firm's name, not a rank before a surname (as in "General Pinochet", which the model reads as a person)."""
    return (ent.label_ == "ORG" and title.start == ent.start and ent.doc[title.start].lower_ in _RANK_ADJECTIVES
            and (title.name_start == ent.end - 1 or word(ent[-1].text) in FIRM_ENDS))  # "General Motors Acceptance Corp"


def _firm_after_a_title_word(ent, title) -> bool:
    """A firm's name the model read as one organisation, after a word that is a person's title too: "Vivendi advisor
    *Deutsche Bank* was also the subject of a complaint" — the title is the bank's, no person's, and the name ends
    in a word that says it is a firm. "Labour leader Tony Blair" (a person's name) keeps its title."""
    return ent.label_ == "ORG" and not title.honorific and len(ent) >= 2 and ent[-1].text[:1].isupper() \
        and word(ent[-1].text) in FIRM_ENDS


def _office_word_of_a_body(ent, title) -> bool:
    """"the fledgling Premier League", read as one organisation by the model: "Premier" is a word of the body's
    name, not an office before a surname, when what it leaves is one word that ends a body's name ("League",
    "Party", "Council"). Not "Premier Wen Jiabao" (the model reads the person), nor an honorific ("Mr Park")."""
    return (ent.label_ == "ORG" and not title.honorific and title.start == ent.start and title.name_start == ent.end - 1
            and ent[-1].lower_ in NAME_ENDS)


# Nouns of a job or a trade that a news text writes in lower case before a name ("Hollywood star Tom Cruise", "England
# coach Andy Robinson"), unlike an office ("President Bush"): written with a capital inside a sentence, they are a
# word of a name.
JOB_WORDS = frozenset("star boss striker winger singer actor actress coach player".split())


def _capitalised_job_word(ent, title) -> bool:
    """A job's noun written with a capital inside a sentence, opening a name of one more word, is that name's word:
    "Other American shows which won praise were The X-Files, I Love Lucy, Twin Peaks and Star Trek" → "Star Trek"
    (not a person "Trek" whose job is star); "classics such a Mary Poppins, Star Wars and …". Not the first word
    of a sentence or a quotation ("Star striker Thierry Henry …"), a person's full name after it, nor a line of
    capitals."""
    t = ent.doc[title.start]
    if title.honorific or title.start != ent.start or t.lower_ not in JOB_WORDS or not t.text[:1].isupper() \
            or t.is_sent_start or t.i > 0 and ent.doc[t.i - 1].text in _BEFORE_A_CAPITAL:
        return False
    rest = ent.doc[title.name_start:ent.end]
    return len(rest) == 1 and not is_first_name(rest[0].text) and not is_headline(line_of(doc_text(ent.doc),
                                                                                          ent.start_char, ent.end_char))


def named_mentions(doc, doc_id: str, offset: int = 0) -> list[Mention]:
    """Named-entity mentions of ``doc`` (article-level offsets), titles read, junk dropped."""
    out: list[Mention] = []
    title_tokens: set[int] = set()
    text = doc_text(doc)  # spaCy joins the tokens anew on every .text: read it once
    # persons first, so a title's words ("Defense" in "Defense Minister Israel Katz") are known before other entities
    for ent in sorted(name_spans(doc, doc_id), key=lambda e: (e.label_ != "PERSON", e.start)):
        m = _named(ent, doc_id, offset, title_tokens, text)
        if m is not None:
            out.append(m)
    return [m for m in out if not _inside_title(m, doc, offset, title_tokens)]


def name_spans(doc, doc_id: str = "") -> list:
    """The entities of ``doc`` as names (:mod:`kg.resolve.namespans`): lists cut into names, demonyms
    and adjectives set aside, types read from context, and the names the model missed."""
    ents = doc_ents(doc)  # spaCy builds the tuple anew at each access
    football = football_paragraph(doc, ents)
    spans = vessel_spans(doc)
    if spans:  # a ship's name is the name there, whatever the model read across it
        ships = {i for s in spans for i in range(s.start, s.end)}
        ents = tuple(e for e in ents if not ships.intersection(range(e.start, e.end)))
    ents = station_after_a_broadcaster(ents)
    roles: set[int] = set()
    for ent in merge_adjacent(whole_names([e for e in ents if e.label_ in ENTITY_LABELS], doc)):
        if is_adjective(ent) or is_capitalised_modifier(ent) or is_compass_adjective(ent):
            continue
        ent = body_from_demonym(ent) or ent
        for piece in fused_pieces(ent):
            if is_month(piece) or is_clock_zone(piece) or is_language_use(piece) or is_plural_role(piece) \
                    or _law_word_after_a_noun(piece):
                continue
            if is_role_phrase(piece):  # "the Manchester Central MP": no name, and none the missed-name rules read
                roles.update(range(piece.start, piece.end))
                continue
            piece = widen_name(strip_demonym(strip_descriptor_before_person(strip_trailing_common_nouns(
                known_name_before_preposition(strip_leading_verb(trim_edges(piece)))))))
            if piece is None:  # a piece of a longer name ("Fools" of "Only Fools and Horses")
                continue
            label, strong = span_label(piece, football)
            if label and (label != piece.label_ or strong and piece.kb_id_ != TYPED):
                # strong evidence that agrees with the model's label counts as evidence too: "drugs group Eli Lilly"
                # (read ORG) outvotes "Eli Lilly is launching …" (ORG, which the first-name rule makes a person)
                piece = Span(doc, piece.start, piece.end, label=label, kb_id=TYPED if strong else "")
            spans.append(piece)
    covered = {i for s in spans for i in range(s.start, s.end)} | roles
    return titles_with_contractions(doc, squad_sheet(list_types(countries_named_with_and(national_bodies(
        spans + [s for s in extra_spans(doc, covered, ents) if not is_month(s) and not is_role_phrase(s)])))))




def _inside_title(m: Mention, doc, offset: int, title_tokens: set[int]) -> bool:
    span = char_span(doc, m.start - offset, m.end - offset)  # (spaCy's doc.char_span(…, alignment_mode="expand"))
    return span is not None and m.written is None and title_tokens.issuperset(range(span.start, span.end))


def _plural_rival(t) -> bool:
    """A plural common noun heads a subject or object earlier in the pronoun's sentence or the one before,
    a person is joined by "and" to another person or noun there (:func:`_coordinated_person`; in the sentence
    before only when no group is named in the pronoun's own before it: "Injured Rio Ferdinand and Sol Campbell
    were both left out of the squad. Terry, the captain of Chelsea as *they* push for the Premiership title" is
    Chelsea), a quantifier subject (:func:`_quantifier_subject`), or what an existential "there are" introduces
    ("There are serious challenges ahead from the falling dollar and … the UK housing market. But *they* have
    not been confronted": the challenges, not the UK)."""
    sent = sentence_of(t)
    doc = t.doc
    lo = sent.start
    if lo > 0:
        lo = sentence_of(doc[lo - 1]).start
    own_group = None
    for u in doc_tokens(doc)[lo:t.i]:
        rival = _rival_word(u)
        if rival == "noun":
            return True
        if rival == "persons":
            if u.i >= sent.start:
                return True
            if own_group is None:
                own_group = any(w.ent_type_ in GROUP_TYPES for w in doc[sent.start:t.i])
            if not own_group:
                return True
    return False


def _rival_word(u) -> str | None:
    """What a word of a sentence is that a "they" after it may stand for rather than a named group
    (:func:`_plural_rival`): "noun" (a plural common noun, a quantifier subject), "persons" (a person joined
    to another person or a noun), or None."""
    if u.tag_ == "NNS" and not u.ent_type_ and u.dep_ in _RIVAL_DEPS or _quantifier_subject(u) or _demonstrative_set(u):
        return "noun"
    return "persons" if _coordinated_person(u) else None


def _quantifier_subject(u) -> bool:
    """A quantifier or indefinite pronoun that is itself a subject: a set of people or things the article does
    not name, which a "they" after it may well mean. '"*Everyone* worked extremely hard - *they* know who they
    are," Arnold said' — they are her crew, not the United Kingdom of "The UK's Andrea Arnold". Not a
    quantifier before a noun ("Some 37 countries", "Both clubs": det)."""
    return u.dep_ in _SUBJECT_DEPS and u.lower_ in QUANTIFIER_WORDS


def _demonstrative_set(u) -> bool:
    """"those"/"these" heading a noun phrase of their own (not a determiner): people or things the article picks
    out by what it says of them, which a "they" after them may well mean. "*Those* who had a ticket for the show in
    Glasgow are being advised to retain their ticket stub so *they* can attend the new date": the ticket holders,
    not REM (nor Glasgow). Not "those figures" (a determiner: the plural noun is the rival then)."""
    return u.lower_ in {"those", "these"} and u.dep_ in _RIVAL_DEPS


def _coordinated_person(u) -> bool:
    """A person's name joined by "and" to another person's, or to a noun: "Mr Blair and Mr Brown could only
    deal with the media frenzy by continuing to say *they* would not allow a row": they are the two, no group;
    "Gibson and his Icon Productions partner Bruce Davey said *they* would not be campaigning": not Icon
    Productions; "X and his gang … they": not the city they worked in."""
    return (u.dep_ == "conj" and "PERSON" in (u.ent_type_, u.head.ent_type_) and u.pos_ in _NAMING
            and u.head.pos_ in _NAMING and any(c.dep_ == "cc" and c.lower_ == "and" for c in u.head.children))


_NAMING = frozenset({"PROPN", "NOUN"})


_RIVAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr"})


_POSSESSIVE = frozenset({"his", "her", "their"})
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
_OBJECT_DEPS = {"dobj", "obj", "attr", "oprd"}
_NOUNISH = {"NOUN", "PROPN", "PRON", "NUM"}
_QUOTES = "\"“”"
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "into", "within"})


def clause_role(t):
    """The grammatical role of the noun phrase headed by ``t`` and the verb whose clause holds it.

    Roles: ``subj``, ``obj``, ``iobj``, ``loc`` (object of a place preposition:
    "a clinic *in Darwin*", a place rather than a person), ``obl`` (object of
    another preposition on a verb), ``nmod`` (inside another noun phrase: "the wife *of Simon*",
    "the *Howard Hughes* biopic"),
    ``poss`` ("*Simon's* class"), ``other``. A conjunct or apposition takes
    the role of the phrase it belongs to: in "Phoebe Thomas played Cheryl
    Cassidy, Pauline's friend", Cheryl Cassidy is ``obj`` of "played".
    """
    while t.dep_ in {"conj", "appos", "compound", "flat", "det"} and t.head.i != t.i:
        if t.dep_ in {"compound", "det"}:  # "the *Howard Hughes* biopic": the span's root is "the" or a compound
            return "nmod", _verb_of(t)
        if _in_brackets(t):  # "Valerie Alston (*Joanne Whalley-Kilmer*)": an aside, no participant
            return "nmod", _verb_of(t)
        if names_the_object_before(t):  # "head of gaming industry body *ELSPA*": the body's name
            return "nmod", _verb_of(t)
        if (holder := holder_of_the_role_before(t)) is not None:  # "Head of … at the Institute, *Name*, said"
            t = holder
            continue
        t = t.head
    dep = t.dep_
    if dep == "poss":
        role = "poss"
    elif dep in _SUBJECT_DEPS:
        role = "subj"
    elif dep in _OBJECT_DEPS:
        role = "obj"
    elif dep == "dative":
        role = "iobj"
    elif dep == "pobj" and t.head.lower_ in _LOCATIVE:
        role = "loc"
    elif dep == "pobj":
        role = "nmod" if t.head.head.pos_ in _NOUNISH and t.head.head.i != t.head.i else "obl"
    else:
        role = "other"
    return role, _verb_of(t)


def holder_of_the_role_before(t):
    """The role noun whose holder a person's name is, when the parser hung the name, set off by a comma, on the
    last noun of the role's own phrase, or None: "Head of developmental genetics at the National Institute of
    Medical Research, Professor Robin *Lovell-Badge*, said he had witnessed …" (the name hangs on "Institute", a
    place of "at": the name is the head's holder, the subject of "said", and "he" is him); "The director of the
    film, Vinod Pande, says …". Not a name hung on the role noun itself (an apposition already takes its role),
    nor after a phrase of a noun that names no person ("the overall impact on Asia's largest stock market,
    Japan's Nikkei"), and only for the subject's role noun: "Gilbert de Clare was the son of Gilbert de Clare, 7th
    *Earl* of Gloucester" (an attribute) stays as the parse has it."""
    doc = t.doc
    start = t.left_edge.i
    if t.dep_ != "appos" or t.pos_ != "PROPN" or t.head.dep_ != "pobj" or start < 2 or doc[start - 1].text != ",":
        return None
    noun = t.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i != noun.head.i:
        noun = noun.head.head
    if (noun.i >= start or noun.pos_ not in {"NOUN", "PROPN"} or noun.ent_type_ or word(noun.text) not in PERSON_NOUNS
            or noun.dep_ not in _SUBJECT_DEPS):  # (a sentence's first word may be read PROPN: "*Head* of …")
        return None
    return noun


def names_the_object_before(t) -> bool:
    """An apposition the parser hung on a noun with that noun's prepositional phrase between them, right after
    the phrase's common noun: it names that noun, inside the phrase, no participant of the verb. "Roger Bennett,
    head of gaming industry body *ELSPA*, said banning violent games would be wrong. He said: …": ELSPA is the
    body, no subject of "said" (He is Bennett). Only where the noun it hangs on is itself an apposition (a role
    written beside a name: "Roger Bennett, *head* of …"): "one of these creditors - property investment fund
    *Molsiris* which owns the club's stadium - holds its AGM" names the subject (its is Molsiris). Not after a name
    ("President of France *Jacques Chirac*": the title's own), nor after a comma ("the head of the body, *Roger
    Bennett*")."""
    if t.dep_ != "appos" or t.i == 0 or t.head.dep_ != "appos":
        return False
    before = t.doc[t.i - 1] if t.left_edge.i == t.i else t.doc[t.left_edge.i - 1]
    return (before.dep_ == "pobj" and before.pos_ == "NOUN" and before.head.dep_ == "prep"
            and before.head.head.i == t.head.i and t.head.i < before.i)


def _in_brackets(t) -> bool:
    """``t`` is an apposition written in brackets right after its head's phrase: "threaten Valerie Alston
    (*Joanne Whalley-Kilmer*), a juror" names who plays her, an aside."""
    if t.dep_ != "appos":
        return False
    before = t.doc[t.left_edge.i - 1] if t.left_edge.i > 0 else None
    return before is not None and before.text == "("


def _verb_of(t):
    """The nearest verb (or auxiliary heading a clause) above ``t``, or None."""
    while t.head.i != t.i:
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t
    return t if t.pos_ in {"VERB", "AUX"} else None


def controller_verb(verb):
    """The verb whose subject is also the subject of ``verb``, a participle or infinitive without its own.

    "Darla explains the backstory to Jenny, *telling* her that …": "telling"
    has no subject; it hangs on "explains", whose subject Darla does the
    telling. None when ``verb`` has a subject or hangs on no verb.
    """
    if has_dep(verb.children, _SUBJECT_DEPS) or verb.dep_ not in {"advcl", "xcomp", "conj"}:
        return None
    head = verb.head
    return head if head.i != verb.i and head.pos_ in {"VERB", "AUX"} else None


_ACCUSATIVE = frozenset({"him", "her"})


def exceptional_binder(verb):
    """The verb whose subject a "him"/"her" written as the subject of ``verb``, a bare or infinitive
    complement, may not be (binding: the accusative subject of a small clause is in its taker's domain).

    "Clapton, alongside BB King, also introduced fellow guitarist Buddy Guy and recalled seeing *him*
    play as a teenager": him (subject of "play") hangs on "seeing", controlled by "recalled", whose
    subject is that of "introduced" — Clapton, so him is Buddy Guy. None when no verb above has a subject,
    when the clause has its own complementizer ("resisted calls *for* him to name the day": him may be Mr
    Blair), or when that subject is no name or pronoun ("his *acceptance* … will allow him to help": him may
    be the man whose acceptance it is).
    """
    v = verb
    for _ in range(5):
        if v.head.i == v.i or v.dep_ not in {"ccomp", "xcomp", "advcl", "conj", "pcomp"} \
                or any(c.dep_ == "mark" for c in v.children):
            return None
        v = v.head
        if v.pos_ not in {"VERB", "AUX"}:
            return None
        subject = next((c for c in v.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            return v if subject.pos_ in {"PROPN", "PRON"} else None
    return None


# Verbs whose object a bare infinitive or a participle can follow as its predicate: "saw *it* happen",
# "want *it* lifted", "had *it* recorded", "keep *it* blogged" (a "to" infinitive may follow any verb:
# "forced it to cut", "expect it to fall").
BARE_COMPLEMENT_TAKERS = frozenset("""see watch hear feel notice make let have help get want need like prefer keep
leave find""".split())
# ... of those, the ones after which the tagger's past tense is a participle ("want it replaced"); after the others
# it may be a tense ("saw it was", "found it rose")
WANTING = frozenset("want need like prefer have get keep".split())


def small_clause_taker(t):
    """The verb of which an "it" written as the subject of a complement with no tense of its own is the object,
    else None: by binding, such an "it" is never that verb's subject (which would be "itself"). "China has in the
    past said it sees the weapons ban as politically driven, and does not want *it* lifted": it is the ban, not
    China; "The Lib Dems want *it* replaced with a local income tax" (council tax, not the Lib Dems); "we expect
    *it* to fall plumb in electioneering time". The complement is a "to" infinitive, or a bare infinitive or a
    participle after a verb that takes one (:data:`BARE_COMPLEMENT_TAKERS`; the tagger reads "want it replaced"
    as a past tense too: :data:`WANTING`); never a clause with a tense, an auxiliary of tense or a complementizer
    ("Absa said *it* expects …", "Sony said it would …": there it may well be the speaker). The pronoun is then
    left unresolved: the parse does not say what it stands for."""
    verb = t.head
    if t.dep_ not in _SUBJECT_DEPS or verb.dep_ not in {"ccomp", "xcomp"} or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ == "mark" or c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in verb.children):
        return None
    taker = verb.head
    lemma = taker.lemma_.lower()
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return taker
    if verb.tag_ in {"VB", "VBN"} and lemma in BARE_COMPLEMENT_TAKERS or verb.tag_ == "VBD" and lemma in WANTING:
        return taker
    return None


def matrix_verb(verb):
    """The reporting verb (with its own subject) of a reported clause.

    "Lloyds of London told the Financial Times *it expected* …": "expected"
    is the complement of "told", whose subject is Lloyds; "Barclays has
    declined to comment, saying it does not respond …": "saying" has no
    subject, so the climb goes on to "declined". None when ``verb`` heads no
    reported clause.
    """
    if verb.dep_ not in {"ccomp", "advcl", "conj"}:
        return None
    head = verb.head if verb.dep_ != "conj" else verb.head.head
    for _ in range(4):
        if any(c.dep_ in _SUBJECT_DEPS for c in head.children):
            return head
        if head.dep_ not in {"xcomp", "advcl", "conj"} or head.head.i == head.i:
            return None
        head = head.head
    return None


def in_quotes(t) -> bool:
    """``t`` lies inside a quotation of its paragraph, the marks read by their side
    (kg.extract.quotes.quote_spans: a straight mark after a space opens, one glued after a word
    closes), not by their parity: the BBC text leaves a quotation unclosed where it ran on into
    a paragraph of its own ("… 'This is touch and go.' It was out of my range … He was confident
    and fancied it. "There were no questions …" — the next opening mark starts a new one), and a
    parity count then puts the rest of the paragraph, "… as well," *Jones* said', inside quotes,
    so the speaker is never found. Read once per paragraph."""
    return in_quotation(t)


def quoted_in_sentence(t) -> bool:
    """``t`` follows an opening quotation mark in its own sentence, or its sentence runs on a quotation
    opened before and closes it after ``t``: inside a quotation that its sentence shows. Counted in the
    sentence, not the paragraph, so that one mark left unclosed earlier ("However, Mr Hayman said: "It
    would be totally unacceptable … 'I'm very sorry'.") does not put the rest of the paragraph inside
    quotes ("*He* said that police should …", "“We have simply stated a fact,” *he* said"). A sentence
    that runs on a quotation and closes it is inside (:func:`closes_a_quotation_after`): "… Dolores M
    Troiani, said her client was likely to sue. "I think that's the only avenue open to her. *She* felt,
    as we did, that it's a very strong case."" — she is the client, not the lawyer who speaks."""
    doc = t.doc
    mark = next((u for u in reversed(doc_tokens(doc)[sentence_of(t).start:t.i]) if _is_quote_mark(u)), None)
    if mark is None:
        return closes_a_quotation_after(t)
    if mark.text in _CLOSING_MARKS:
        return False
    return mark.text in _OPENING_MARKS or _opens(mark)


_OPENING_MARKS = frozenset({"“", "``", "`"})  # the small model cuts a LaTeX-style `` into two ` tokens
_CLOSING_MARKS = frozenset({"”", "''"})


def _is_quote_mark(u) -> bool:
    return u.text in _QUOTES or u.text in _OPENING_MARKS or u.text in _CLOSING_MARKS


def _opens(mark) -> bool:
    """A straight mark opens when nothing is glued after it and it stands at the start or after a space:
    '*"*It is …' opens, '… to switch,*"* he said' closes."""
    doc = mark.doc
    return mark.whitespace_ == "" and (mark.i == sentence_of(mark).start or doc[mark.i - 1].whitespace_ != "")


def closes_a_quotation_after(t) -> bool:
    """The first quotation mark after ``t`` in its sentence closes a quotation: the sentence runs on a
    quotation opened before it ('*She* felt, as we did, that it's a very strong case and she was
    telling the truth."'). Not a sentence whose next mark opens one ('*He* said: "We …'), nor a straight
    mark standing apart ('*He* said one laptop could be " very important …"': a typo, no closing).
    """
    mark = next((u for u in doc_tokens(t.doc)[t.i + 1:sentence_of(t).end] if _is_quote_mark(u)), None)
    if mark is None or mark.text in _OPENING_MARKS:
        return False
    return mark.text in _CLOSING_MARKS or t.doc[mark.i - 1].whitespace_ == ""


def _person_like(t) -> bool:
    """A proper name the small model may have labelled PERSON, ORG, GPE or not at all."""
    return t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or (t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_)


def cataphor_subject(t):
    """The named subject of the main clause that a pronoun in a fronted phrase refers ahead to.

    "In *his* list for The Barnes & Noble Review, Robert Christgau named …":
    "his" sits in a phrase before the main verb's subject, which is a person
    named after it; that subject is returned (a token), else None.
    """
    root = span_root(sentence_of(t))
    subj = with_dep(root.children, _SUBJECT_DEPS)
    if subj is None or subj.i <= t.i or not _person_like(subj):
        return None
    a = t
    while a.head.i != a.i and a.head.i != root.i:
        a = a.head
    if a.i == root.i or a.dep_ not in {"prep", "advcl", "npadvmod", "advmod"} or a.i > subj.i:
        return None
    return subj


def conjoined_name(t):
    """The name a possessive's noun phrase is coordinated with, just before it: "X and *her* Y".

    "Davies continued to support both *Patricia* and *her* husband Arthur": her is Patricia, the
    conjunct written right before "her husband" (in a list, "Krystyna Izbicki, *Anna Zofia* and *her*
    son Jozef", the nearest one). None when that conjunct is no name ("the minister and his wife")
    or the possessive's noun is no conjunct ("Patricia met her husband").
    """
    if t.dep_ != "poss" or t.head.dep_ != "conj":
        return None
    noun = t.head
    before = [c for c in noun.conjuncts if c.i < noun.i]
    if not before:
        return None
    name = max(before, key=lambda c: c.i)
    return name if name.pos_ == "PROPN" and _person_like(name) else None


# verbs whose "it" subject may stand for a clause after them ("it is understood that", "it took Vodafone
# nine years to", "it looks likely that", "when it came to choosing")
_EXTRAPOSING = frozenset("be seem appear look remain become take come make matter help emerge happen".split())
_CLAUSAL = frozenset({"ccomp", "xcomp", "csubj"})


def is_extraposed_it(t) -> bool:
    """An "it" subject standing for a clause after its verb, no thing at all: "*It* is difficult to say
    whether …", "*it* was time for the London mayor to say sorry", "*It* is understood that …", "if *it* is
    made clear that he is not wanted"."""
    verb = t.head
    if verb.lemma_.lower() not in _EXTRAPOSING:
        return False
    after = [c for c in verb.children if c.i > t.i]
    return any(c.dep_ in _CLAUSAL or c.dep_ in {"acomp", "attr", "npadvmod", "oprd"} and any(
        g.dep_ in _CLAUSAL or g.dep_ == "prep" and g.lower_ == "for" or is_that_clause(g) for g in c.children)
        for c in after)


def is_that_clause(clause) -> bool:
    """A clause opened by "that" that the parse hung on an adjective as an adverbial one: the clause an
    extraposed "it" stands for in "if *it* is made clear that he is not wanted" (clear —oprd→ made, the clause
    —advcl→ clear)."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


# what is said of an act or a state of affairs, never of a firm or a country: "so *it* is totally unnecessary",
# "WMC said *it* was an undervaluation" (the offer)
_EVENT_ADJECTIVES = frozenset("""
necessary unnecessary important essential vital crucial possible impossible likely unlikely clear unclear true untrue
false wrong fair unfair ridiculous absurd disgraceful outrageous unacceptable inevitable unfortunate regrettable
premature inappropriate pointless shocking
""".split())
_EVENT_NOUNS = frozenset("""
mistake error shame disgrace scandal pity outrage insult travesty nonsense farce undervaluation overvaluation
""".split())
_COPULAS = frozenset("be seem appear look sound remain become".split())
# verbs only an event or a state of affairs is the subject of: "… a lot of chances to put me in his team but *it*
# hasn't happened" (the putting, not the player who says it)
_EVENT_VERBS = frozenset("happen occur".split())


def stands_for_an_event(t) -> bool:
    """An "it" subject that stands for an act, a state of affairs or nothing at all, never for a firm, a country
    or a thing named before it: the subject of a copula whose adjective or noun judges an act ("so *it* is
    totally unnecessary", "*it* was a mistake", :data:`_EVENT_ADJECTIVES`, :data:`_EVENT_NOUNS`), a bare "*it*
    seems" set in a sentence, "when/if *it* comes to …", or the subject of "happen"/"occur" (:data:`_EVENT_VERBS`:
    "The manager has had a lot of chances to put me in his team but *it* hasn't happened" — not the speaker).

    '"Qantas announced a record profit last year and is on course this year for an even greater profit so *it*
    is totally unnecessary."': it is the offshoring, not Qantas; "WMC said *it* was an undervaluation": the
    offer; "Tinseltown, *it* seems, likes nothing more than …"; "if *it* came to a bidding war". Not "Argonaut
    warned that *it* was low on cash" (an adjective said of a firm).
    """
    verb = t.head
    if t.dep_ != "nsubj" or verb.i == t.i:
        return False
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma in _COPULAS:
        if any(c.dep_ == "acomp" and c.lemma_.lower() in _EVENT_ADJECTIVES for c in kids):
            return True
        if any(c.dep_ == "attr" and c.lemma_.lower() in _EVENT_NOUNS for c in kids):
            return True
        if lemma in {"seem", "appear"} and not any(c.dep_ in {"acomp", "attr", "xcomp", "ccomp", "prep"} for c in kids):
            return True  # "Tinseltown, it seems, likes …"
    if lemma == "come" and any(c.dep_ == "prep" and c.lower_ == "to" for c in kids) \
            and any(c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "if", "where"} for c in kids):
        return True
    if lemma in _EVENT_VERBS and not any(c.dep_ in {"dobj", "xcomp"} for c in kids):
        return True
    return is_it_takes_to(verb)


# what an "it takes X to V" measures: a time, a sum, or an act done by someone ("a brilliant tackle by Jagielka")
_AMOUNT_ENTS = frozenset({"DATE", "TIME", "MONEY"})
_TIME_WORDS = frozenset("second minute hour day week month year season decade while time".split())


def is_it_takes_to(verb) -> bool:
    """"It took a superb Girvan Dempsey tackle to prevent …", "it needed a desperate clearance by Kenny's legs to save
    the Blades", "it would take two or three months to recover", "It took him another two years to graduate": an "it"
    of "take"/"need" whose object is a time, a sum or an act done by someone, with an infinitive after it, stands for
    the act the infinitive names, no team or firm named before. Not "It took the action to try to prevent …" nor "it
    needs creditors' backing for the offer to avoid …" (a firm's act and a firm's need: no amount, no doer)."""
    if verb.lemma_.lower() not in {"take", "need"}:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or not any(c.dep_ in {"xcomp", "advcl", "ccomp", "acl", "relcl"} and c.i > obj.i
                              and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                              for c in [*verb.children, *obj.children]):
        return False
    by_someone = any(c.dep_ == "prep" and c.lower_ == "by" and (c.head.i == obj.i or c.i == obj.right_edge.i + 1)
                     for c in [*obj.children, *verb.children])
    amount = any(t.ent_type_ in _AMOUNT_ENTS for t in obj.subtree) or obj.lemma_.lower() in _TIME_WORDS
    return by_someone or amount and verb.lemma_.lower() == "take"


def _thing_subject(subj) -> bool | None:
    """Whether a subject token can be what a later "it" stands for: True for one thing (a name, or a
    singular common noun), False for a person, a group or a plural, None for a pronoun. A name the
    model labels PERSON passes: the small model labels many firms so ("Yukos argued that since it had
    …"), and the name's settled type decides (kg.resolve.coref.pronoun_entity)."""
    low = subj.lower_
    if subj.pos_ == "PRON":
        return None
    if subj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subj.children) or low in PERSON_NOUNS:
        return False
    return subj.pos_ in {"NOUN", "PROPN"}


def _rival_object(verb, before: int) -> bool:
    """The verb has a direct object before offset ``before`` that could be the "it" as well as its
    subject: "Man United had turned down *the bid* because it was based on a high level of borrowing"."""
    return any(c.dep_ == "dobj" and c.i < before and _thing_subject(c) for c in verb.children)


def thing_before_it(matrix, verb, t) -> bool:
    """An "it" reported by a verb of saying without a subject of its own, whose clause hangs on one that has a
    thing as its object before the "it": the "it" may be that thing, so it is not the reporter. "In August
    2003 it emerged that producers Morgan Creek were shelving *Schrader's version of the film*, having
    complained *it* was not scary enough": it is the film, not Morgan Creek. Not for "Lloyds of London told
    the Financial Times it expected …" (told has its subject; its object is the one told), nor for an "it"
    no one reports ("Boeing has unveiled its new plane, as it tries to regain …": Boeing)."""
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING and verb.head.i != matrix.i
    return reported and matrix.lemma_.lower() not in REPORTING and _rival_object(matrix, t.i)


def as_for_topic(t):
    """The name an "As for X," phrase opening the clause sets up as its topic, which the clause's subject pronoun
    then is: "As for Kenenisa Bekele, he was well beaten by Markos Geneti" (he is Bekele, not the runner the
    sentence before named); "As for Scotland, they have struggled this decade". The name's token, else None —
    only the subject of the verb the phrase is hung on, and only a name ("As for the rest, they …" sets up no
    entity)."""
    verb = t.head
    if t.dep_ not in {"nsubj", "nsubjpass"} or verb.i < t.i:
        return None
    opener = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i < t.i), None)
    into = next((c for c in opener.children if c.dep_ == "prep" and c.lower_ == "for"), None) if opener else None
    name = next((c for c in into.children if c.dep_ == "pobj"), None) if into else None
    return name if name is not None and name.pos_ == "PROPN" else None


BRACKET_REACH = 6  # tokens an editor's "[…]" after a pronoun may hold


def bracketed_referent(t):
    """The word an editor's square brackets right after a pronoun say it stands for, or None.

    Quotations cut from their context name the pronoun's referent in brackets: 'Evening Standard film critic
    Derek Malcolm said: "*He* [*Leigh*] has never made a film that is better controlled …"' (he is Mike Leigh,
    not the Patrick Stewart named last); "you can rely on *his* [Mr *Baume*'s] judgement". The last proper noun
    inside the brackets, else their last noun ("when *they* [*employees*] do cross the line": a common noun,
    so the pronoun names no entity); None when no "[" follows the pronoun or no "]" closes it within
    :data:`BRACKET_REACH` tokens.
    """
    doc = t.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].text != "[":
        return None
    inside = []
    for u in doc[t.i + 2:min(len(doc), t.i + 2 + BRACKET_REACH)]:
        if u.text == "]":
            break
        inside.append(u)
    else:
        return None
    names = [u for u in inside if u.pos_ == "PROPN" or u.ent_type_ and u.text[:1].isupper()]
    nouns = [u for u in inside if u.pos_ in {"NOUN", "PROPN"}]
    return names[-1] if names else nouns[-1] if nouns else None


_OPENERS = frozenset({"cc", "punct", "advmod", "intj"})


def role_subject_before(t):
    """The head noun of the sentence before's main subject when that is a person named by an office alone ("The
    Gunners manager", "the prime minister", "the spokesman") and a he/she opening the main clause of the next
    sentence goes on about it, else None: "… that 27-year-old Almunia has made to his career. *The Gunners
    manager* refused to comment on the difficult start … And *he* would not be drawn on whether Lehmann would
    return" — he is the manager (Wenger, named sentences before), not Almunia, the last name; "the Pakistani
    president met Prime Minister Tony Blair … *He* is due to visit …" — not Blair. The text names the office's
    holder nowhere near, so the pronoun is left to the common noun (no entity) rather than given to the name
    written last. Only an office a body has one holder of, or a mouthpiece (kg.resolve.speakers.OFFICE_HEADS,
    MOUTHPIECES): a trade or an epithet ("The actor began his film career …", "The 27-year-old winger …")
    re-names whom the article is about, and the he goes on with that person. Only a definite singular noun
    ("the", no name apposed or compounded to it: "Arsenal boss Arsene Wenger" names him), outside quotation
    marks.
    """
    if t.lower_ not in {"he", "she"} or t.dep_ not in _SUBJECT_DEPS or in_quotes(t) or quoted_in_sentence(t):
        return None
    sent = sentence_of(t)
    if t.head.i != sent.root.i or sent.start == 0 or any(u.dep_ not in _OPENERS for u in t.doc[sent.start:t.i]):
        return None
    before = sentence_of(t.doc[sent.start - 1])
    subj = next((c for c in before.root.children if c.dep_ in _SUBJECT_DEPS), None)
    if (subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or word(subj.text) not in OFFICE_HEADS | MOUTHPIECES
            or in_quotes(subj) or quoted_in_sentence(subj)):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None
    if any(c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" and c.i > subj.i for c in subj.children):
        return None  # "the manager, Arsene Wenger,": named
    return subj


def it_antecedent(t):
    """The head of the noun phrase an "it" or "its" stands for, as far as the parse gives it, or None.

    The subject of the nearest clause the pronoun's clause hangs on that can be a thing (a person, a
    group or a plural is passed over): "Road trip comedy *Sideways* has had more praise heaped on it …,
    adding to honours *it* has already picked up" → Sideways; "*The event* at the Kodak Theatre will be
    attended by 3,300 people, …, and organisers say they expect *it* will be watched …" → event (a
    common noun, so the pronoun stays without entity); none when that clause also has a direct object
    that could be it (:func:`_rival_object`). An "it" subject of its sentence's main clause
    (or an "its" of that subject: "The iPod holds … *Its* large storage") with no subject before it in the
    sentence: the main subject of the sentence before. None for an "it"
    that stands for a clause (:func:`is_extraposed_it`), one inside quotation marks, or when a person
    is all the parse gives ("Douglas added that *it* had been inspired by …").
    """
    if quoted_in_sentence(t) or in_quotes(t) or t.dep_ != "poss" and is_extraposed_it(t):
        return None
    verb = _verb_of(t)
    passed = False
    while verb is not None:
        subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS
                     and not c.left_edge.i <= t.i <= c.right_edge.i), None)
        if subj is not None and subj.i < t.i:
            thing = _thing_subject(subj)
            if thing:
                return None if _rival_object(verb, t.i) else subj
            passed = True
        if verb.head.i == verb.i:
            break
        verb = _verb_of(verb)
    sent = sentence_of(t)
    if passed or sent.start == 0 or not (_main_subject(t, sent) or t.dep_ == "poss" and _main_subject(t.head, sent)):
        return None
    before = sentence_of(t.doc[sent.start - 1])
    subj = next((c for c in span_root(before).children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is None or not _thing_subject(subj) or _rival_object(span_root(before), before.end):
        return None
    return subj


def _main_subject(t, sent) -> bool:
    """The subject of its sentence's main verb ("*It* rose 5%"; for a possessive "its", its noun: "The
    iPod holds 10,000 songs. *Its* large storage …")."""
    return t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == sent.root.i


def report_before(verb, subject):
    """The first token of what a speaking ``subject`` reports before it and its verb of saying, or None:
    "*Mr* Blair has failed to tackle these problems, he claimed"; "*The* problem with Mel Gibson's film,
    he believed, was …". Not "Mr Blunkett's own comments had prompted censure - he told refugees to get
    back home" (the parse hangs the clause before on "told", but what he told comes after it), nor
    "He said X". Of two clauses before, the nearer: 'Sean Long … has expressed doubts "*I* think …," he
    said'.
    """
    if verb is None or subject.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING:
        return None
    if verb.dep_ == "parataxis":
        return verb.head.left_edge if verb.head.i < subject.i else None
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i]
    if not before or any(c.dep_ in {"ccomp", "xcomp"} and c.i > subject.i for c in verb.children):
        return None
    i = subject.i - 1
    while i >= 0 and subject.doc[i].is_quote:  # '… by individuals," he added'
        i -= 1
    if i < 0 or subject.doc[i].text != ",":
        return None
    report = before[-1].left_edge
    return subject.doc[report.i + 1] if report.is_quote and report.i + 1 < subject.i else report


_NOT_COMMANDED = frozenset({"conj", "cc", "parataxis", "punct"})


def commanded_end(t):
    """The last token a subject or object pronoun c-commands after it: its verb's phrase, less the clauses
    conjoined to the verb, or ``None`` (a possessive, a pronoun in a prepositional phrase).

    "I can't imagine *him* leaving without breaking Jackie Milburn's scoring record": him commands up to
    "record", so a name written there is not him (binding, principle C: :func:`kg.resolve.coref.commands_the_name`).
    "Tom emerges from the cellar and just as *he* is about to catch Jerry, Nibbles defrosts the ice, causing Tom to
    slip": he commands "is about to catch Jerry" only; the main clause, and a clause conjoined to his verb, are
    out of his reach.
    """
    if t.dep_ not in {"nsubj", "nsubjpass", "dobj"} or t.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = t.head
    last = verb
    for child in verb.children:
        if child.i > t.i and child.dep_ not in _NOT_COMMANDED and child.right_edge.i > last.i:
            last = child.right_edge
    return last if last.i > t.i else None


def set_mention(t, persons: list, doc_id: str, offset: int = 0) -> Mention:
    """A subject that names as one set the persons just coordinated ("the pair", "both men": :func:`~kg.resolve.
    coordination.set_size`), as a pronoun with those persons and no antecedent of its own, so that its triples are
    read once per person, as a coordinated "they"'s are (kg.resolve.triples.coordinated_subjects): "Kenteris and
    Thanou … *The pair* then spent four days in a hospital" → Kenteris, Thanou."""
    return Mention(doc=doc_id, text=t.text, label="PRON", start=offset + t.idx, end=offset + t.idx + len(t),
                   sent_start=offset + sentence_of(t).start_char, is_pronoun=True, dep=t.dep_, role="subj",
                   persons=tuple(offset + p.idx for p in persons))


def pronoun_mentions(doc, doc_id: str, offset: int = 0) -> list[Mention]:
    """Third-person and relative pronouns of ``doc``, unresolved (see :mod:`kg.resolve.coref`)."""
    out = []
    for t in doc_tokens(doc):
        low = t.lower_
        if low not in PRONOUNS and low not in _POSSESSIVE and low not in RELATIVE and low not in {"it", "its"}:
            if t.dep_ in {"nsubj", "nsubjpass"} and set_size(t) and (persons := coordinated_persons(t)):
                out.append(set_mention(t, persons, doc_id, offset))
            continue  # most tokens: skip before reading the sentence, which spaCy computes per call
        base = dict(doc=doc_id, text=t.text, label="PRON", start=offset + t.idx, end=offset + t.idx + len(t),
                    sent_start=offset + sentence_of(t).start_char, is_pronoun=True, dep=t.dep_)
        if (low in PRONOUNS and t.pos_ == "PRON" or low in _POSSESSIVE and t.tag_ == "PRP$"
                or low == "it" and t.dep_ in {"nsubj", "nsubjpass"} or low == "its" and t.dep_ == "poss"):
            role, verb = clause_role(t.head if t.dep_ == "poss" else t)
            later = cataphor_subject(t) or conjoined_name(t)
            host = controller_verb(verb) if verb is not None else None
            if host is None and verb is not None and low in _ACCUSATIVE and t.dep_ == "nsubj":
                host = exceptional_binder(verb)
            matrix = matrix_verb(verb) if verb is not None and t.dep_ == "nsubj" else None
            if low == "it" and matrix is not None and thing_before_it(matrix, verb, t):
                matrix = None
            bound = low == "it" and small_clause_taker(t) is not None  # "does not want it lifted": not China
            if bound:
                matrix = None
            if low == "it" and stands_for_an_event(t):
                matrix = None
            thing = bracketed_referent(t)
            if thing is None:
                thing = role_subject_before(t)
            if thing is None and not bound:
                thing = (None if low == "it" and stands_for_an_event(t) else it_antecedent(t)) if low in {"it", "its"} \
                    else as_for_topic(t)
            out.append(Mention(**base, ambiguous=low in PLURAL and _plural_rival(t), role=role,
                               verb=offset + verb.idx if verb is not None else None,
                               quoted=(quoted := quoted_in_sentence(t)), narrated=not quoted and not in_quotes(t),
                               cataphor=offset + later.idx if later is not None else None,
                               controller=offset + host.idx if host is not None else None,
                               matrix=offset + matrix.idx if matrix is not None else None,
                               refers_at=offset + thing.idx if thing is not None else None,
                               speaks=t.dep_ == "nsubj" and is_saying(verb),
                               persons=tuple(offset + p.idx for p in coordinated_persons(t)),
                               reports_from=offset + report.idx if (report := report_before(verb, t)) is not None
                               else None,
                               commands_to=offset + end.idx + len(end) if low in PRONOUNS and (end := commanded_end(t))
                               is not None else None))
        elif low in RELATIVE and t.tag_ in {"WP", "WDT", "WP$"} and t.head.dep_ in {"relcl", "acl"} and t.head.head.i < t.i:
            noun = t.head.head
            role, verb = clause_role(t)
            out.append(Mention(**base, refers_at=offset + noun.idx, role=role,
                               verb=offset + verb.idx if verb is not None else None))
    return out


_RUN_POS = {"PROPN", "ADJ", "NOUN", "X"}


def unlabelled_names(doc, doc_id: str, offset: int = 0) -> list[Mention]:
    """Capitalised word runs that the model left outside every entity: possible names.

    The small model misses many later mentions of a person ("*Pezeshkian*
    condemned the U.S.", tagged ADJ, after "Iranian President Masoud
    Pezeshkian"). They are kept as candidates labelled :data:`UNLABELLED` (:data:`SENTENCE_CAPITAL`
    for a common word opening a sentence);
    :func:`kg.resolve.coref.recover_names` keeps those the article itself
    names as a person and drops the rest.
    """
    out: list[Mention] = []
    run: list = []
    text = doc_text(doc)

    def flush():
        while run and not run[-1].is_alpha:
            run.pop()
        named_body = any(_body_for_what(run[:k], run[k]) for k in range(1, len(run)))
        if run and (len(run) <= 4 or named_body and len(run) <= 8) and not _law_word_after_a_noun(run):
            span = doc[run[0].i:run[-1].i + 1]
            root = span_root(span)
            role, verb = clause_role(root)
            speaks = speaks_outside_quotes(root, role, verb)
            body = body_of_a_job(span)  # "security expert at Energis": a body, whatever else the article says
            if body is None and named_body:
                body = "ORG"  # "Commission for Racial Equality": a body by the form of its name
            label = body or _run_label(span, run)
            # "the Lib Dems plan to oppose *the Bill*", "inserted in the *Anti-Terrorism Bill*": a law, no candidate
            law = _law_head_after_the(span) or span[-1].text in SHORT_LAW_WORDS and span.start > 0 \
                and doc[span.start - 1].text == "the" and not name_goes_on_before_the(doc, span.start - 1, 0)
            out.append(Mention(doc_id, span.text, "LAW" if law else label, offset + span.start_char,
                               offset + span.end_char, offset + sentence_of(span).start_char, dep=root.dep_, role=role,
                               verb=offset + verb.idx if verb is not None else None, quoted=in_quotes(root),
                               typed=body is not None or law, speaks=speaks,
                               the_name=False if law or _one_word_after_the(span) else None,
                               headline=(headline := is_headline(line_of(text, span.start_char, span.end_char))),
                               plural=not headline and takes_a_plural_verb(root)))
        run.clear()

    for t in doc_tokens(doc):
        name_like = t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.pos_ in _RUN_POS and not t.ent_type_
        if name_like or (run and t.text in {"-", "‐"} and t.whitespace_ == "") or _body_for_what(run, t) \
                or _department_comma(run, t):
            run.append(t)
        else:
            flush()
    flush()
    return out


# Bodies named "X for/of Y" (besides BODY_HEADS): "the Campaign for Nuclear Disarmament", "the Society of Authors".
_FOR_BODY_HEADS = BODY_HEADS | frozenset("campaign society foundation association coalition alliance trust fund".split())


def _one_word_after_the(span) -> bool:
    """One capitalised word written right after a determiner "the", lower-case or opening the sentence: "In a
    surprising move …, *the Sixers* fired Jim O'Brien", "The *Sixers* made a power move this offseason" (the run's
    ``the_name`` is False: the "the" is no word of the name, :func:`_the_inside_sentence`). Not the first word of a
    longer name the run stops short of: "the *Critics*' Circle Theatre Awards", "the *Standards* and Privileges
    Committee", "the *Chronicles* of Riddick"; nor its last word after "of the" ("The Lord of the *Rings*"); nor a
    word that only modifies the noun after it ("the *Aids* epidemic")."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or span[0].dep_ in {"compound", "amod", "nmod"}:
        return False
    the = doc[span.start - 1]
    if not (the.text == "the" or the.text == "The" and the.is_sent_start):
        return False
    if the.i >= 2 and doc[the.i - 1].lower_ == "of" and doc[the.i - 2].text[:1].isupper():
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return nxt is None or not (nxt.tag_ == "POS" or nxt.text in {"'", "’"}
                               or nxt.lower_ in {"of", "and", "&", "for"} and after is not None and after.text[:1].isupper())


def _body_for_what(run, t) -> bool:
    """A lower-case "for"/"of" (and a "the" after it) between a body's capitalised head word and more capitals is a
    word of one name, which the model left unread: "*Commission for Racial Equality* chairman Trevor Phillips said
    asylum applications were down 40%" is the commission (not an organisation "Racial Equality" that owns him),
    "the Centre for the Study of …", "A *Department for Work and Pensions* spokeswoman said" (an "and" after the
    "for" phrase); such a run is a body by the form of its name. Not after any other word ("Labour for years",
    "Smith of Arsenal"), nor into a word glued to a hyphen ("the Coalition of Non-governmental Organizations" is
    left as read, not "Coalition of Non")."""
    if not run or not t.is_lower or t.lower_ not in {"for", "of", "the", "and"}:
        return False
    doc = t.doc
    if t.lower_ == "the":
        if run[-1].lower_ not in {"for", "of"}:
            return False
    elif t.lower_ == "and":
        if not any(w.lower_ in {"for", "of"} and w.is_lower for w in run) or not run[-1].text[:1].isupper():
            return False  # "Department for Work and Pensions": an "and" inside the name's "for" phrase only
    elif not (run[-1].lower_ in _FOR_BODY_HEADS and run[-1].text[:1].isupper()):
        return False
    k = t.i + 1
    if k < len(doc) and doc[k].lower_ == "the" and t.lower_ in {"for", "of"}:
        k += 1
    if k >= len(doc):
        return False
    nxt = doc[k]
    glued = k + 1 < len(doc) and doc[k + 1].text in {"-", "‐"} and not nxt.whitespace_
    return nxt.is_alpha and nxt.text[:1].isupper() and not nxt.ent_type_ and nxt.pos_ in _RUN_POS and not glued


def _department_comma(run, t) -> bool:
    """A comma between the department words of a department's name, which the model left unread: "A *Department for
    Media, Culture and Sport* spokeswoman said" (entertainment/musicians-to-tackle-us-red-tape.txt) is one body, not
    "Department for Media" and a "Culture". The run holds "Department"/"Ministry" + "for"/"of" and ends on a
    department word, and another capitalised department word follows (:func:`kg.resolve.roles.is_department_word`).
    Not a comma after any other name ("the Department of Health, Mr Reid said")."""
    if t.text != "," or not run or not is_department_word(run[-1].text) or t.i + 1 >= len(t.doc):
        return False
    nxt = t.doc[t.i + 1]
    return (any(a.lower_ in {"department", "ministry"} and b.lower_ in {"for", "of"} for a, b in zip(run, run[1:]))
            and nxt.is_alpha and nxt.text[:1].isupper() and is_department_word(nxt.text))


def _law_word_after_a_noun(run) -> bool:
    """A lone capitalised "Bill" or "Act" after a lower-case noun ends a law's name written in lower case, no first
    name: "The government had to push through its Serious and Organised Crime Bill and *ID cards Bill*" (not a man
    "Bill", whether the model read a person or nothing). Not after a noun of a person ("his son Bill said"), nor
    before a capitalised word ("Bill Gates")."""
    if len(run) != 1 or run[0].text not in {"Bill", "Act"} or run[0].i == 0:
        return False
    doc = run[0].doc
    before = doc[run[0].i - 1]
    after = doc[run[0].i + 1] if run[0].i + 1 < len(doc) else None
    return (before.is_lower and before.pos_ == "NOUN" and before.lower_ not in PERSON_NOUNS
            and before.lemma_ not in PERSON_NOUNS and (after is None or not after.text[:1].isupper()))


def _run_label(span, run) -> str:
    """The label of an unlabelled capitalised run: an organisation when a person's role hangs on it
    ("Chargers defensive lineman Jamal Williams", :func:`owns_a_person`), unless it is one singular
    common noun opening the sentence ("Festival director Dieter Kosslick", "Charity boss Gordon
    Lishman") or the end of a longer name ("*Arrested Development* star", "*X Factor* winner");
    else a mere candidate (:data:`SENTENCE_CAPITAL` or :data:`UNLABELLED`)."""
    capital = _capital_of_position(run)
    before = span.doc[span.start - 1] if span.start > sentence_of(span).start else None
    piece = before is not None and before.is_alpha and before.text[:1].isupper()  # "X *Factor* winner Steve Brookstein"
    if owns_a_person(span) and not (capital and run[0].tag_ == "NN") and not piece:
        return "ORG"
    return SENTENCE_CAPITAL if capital else UNLABELLED


def _capital_of_position(run) -> bool:
    """One word capitalised because it opens a sentence or a quotation, tagged a common noun or adjective:
    "*Lawyers* for news organisations said …", "*Plaudits* have been raining down on her". It may still be a
    surname the tagger took for a noun ("*Connors* said"): :func:`kg.resolve.coref.recover_names` never
    makes it an organisation."""
    t = run[0]
    opens = t.is_sent_start or t.i > 0 and t.doc[t.i - 1].text in {'"', "“", "‘", "'", "("}
    return len(run) == 1 and opens and t.pos_ in {"NOUN", "ADJ", "VERB"}


_OWNER_DEPS = {"compound", "poss", "nmod"}
_HEAD_OF_APPOSITION = {"nsubj", "nsubjpass", "dobj", "pobj"}


def _role_holder_in_apposition(root, between, person) -> bool:
    """The parse hung the person's name on the run as its apposition, across nothing but the words of a role
    (nouns and adjectives, the last a role): "*Chargers* defensive tackle Jamal Williams was arrested early Sunday"
    (ECB+ 35_5ecbplus: "Chargers" the passive subject, "Williams" its apposition) — the team the role is held in.
    Not a noun of people doing something to the person ("Reporters *covering* singer Michael Jackson": a verb)."""
    return person.dep_ == "appos" and person.head.i == root.i and len(between) > 0 \
        and all(t.is_lower and t.tag_ not in {"VBG", "VBD", "VBN", "IN", "CC", "DT"} for t in between) \
        and between[-1].lower_ in OWNED_ROLES


def owns_a_person(span) -> bool:
    """An unlabelled capitalised run written before a person's name, with only lower-case role words or a
    possessive mark between: the club, firm or body the person belongs to.

    "*Chargers* defensive lineman Jamal Williams", "*Chargers*' Jamal Williams": the small
    model labels neither "Chargers", but a name that a person's role hangs on is an
    organisation. A title word itself ("*Secretary* John Reid", "*Former* …") is not, nor
    the first words of a name the model cut short ("*Violet Winifred* Leslie Henry Anderson").
    """
    root = span_root(span)
    if root.pos_ not in {"PROPN", "NOUN"} or root.dep_ not in _OWNER_DEPS and root.dep_ not in _HEAD_OF_APPOSITION:
        return False
    if any(word(t.text) in TITLE_HEADS or word(t.text) in TITLE_MODIFIERS or word(t.text) in HONORIFICS for t in span):
        return False
    doc = span.doc
    i = span.end
    while i < len(doc) and i < span.end + 4 and not doc[i].ent_type_ and (doc[i].is_lower or doc[i].tag_ == "POS"):
        i += 1
    if i == span.end or i >= len(doc) or doc[i].ent_type_ != "PERSON" or sentence_of(doc[i]).start != sentence_of(span).start:
        return False  # nothing between: "*Violet Winifred* Leslie Henry Anderson" is one name cut short
    person = doc[i]
    while person.head.i != person.i and person.head.ent_type_ == "PERSON":
        person = person.head
    if root.dep_ not in _OWNER_DEPS:
        return _role_holder_in_apposition(root, doc[span.end:i], person)
    t = root
    while t.head.i != t.i and t.head.i <= person.i:  # the run hangs on the person's name, maybe through the role words
        t = t.head
        if t.i == person.i:
            return True
    return False


def find_mentions(doc, doc_id: str, offset: int = 0) -> list[Mention]:
    """Named, pronoun and possible unlabelled name mentions of ``doc``, in text order."""
    named = named_mentions(doc, doc_id, offset)
    spans = [(m.start, m.end) for m in named]  # a run inside a name found by kg.resolve.namespans is that name
    unlabelled = [u for u in unlabelled_names(doc, doc_id, offset) if not any(a < u.end and u.start < b for a, b in spans)]
    roles = role_mentions(doc, doc_id, offset, named)
    return sorted(named + pronoun_mentions(doc, doc_id, offset) + unlabelled + roles, key=lambda m: m.start)


__all__ = ["find_mentions", "named_mentions", "pronoun_mentions", "is_headline", "word"]
