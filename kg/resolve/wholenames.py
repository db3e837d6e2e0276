"""Names with "and", "of" or "the" inside, which the small model cuts in two (issue 17).

"the teen comedy Harold and Kumar Get The Munchies" comes out as "Harold" and "Kumar Get",
"Toshiba Elevator and Building Systems" as "Toshiba Elevator and" and "Building Systems",
"the Economic Commission for Latin America and the Caribbean (ECLAC)" as three names.
Each function takes the entity spans of a sentence's document and returns them with the
pieces of one name made one span (``spacy.tokens.Span``); the names are not typed here
beyond what the construction says (a title after a work noun is a work).
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from .names import acronym_written_as_a_word, is_first_name, is_junk, name_key
from ..lexicon import HONORIFICS, PLACE_KINDS, PRONOUNS
from ..docview import doc_tokens, span_tokens
from ..nlp import doc_text, sentence_of, span_text
from .gazetteer import gazetteer_place, shipped
from ..timenorm import MONTHS, WEEKDAYS
from .nametypes import EVENT_HEADS, LEAGUE_HEADS, ORG_HEADS
from .roles import PERSON_NOUNS, TITLE_HEADS

# Last words of a body that a "for" or "of" phrase of its name follows: "the UN Office for the Coordination of …".
BODY_HEADS = frozenset("office commission committee council agency department ministry institute centre board".split())

# Last words of a body of members, named after who its members are: "the Professional Footballers' Association".
MEMBERS_BODY_HEADS = frozenset("""
association federation union guild alliance forum congress confederation society league council committee club
institute trust fund party
""".split())

TYPED = "kg:typed"  # kb_id of a span whose label the text's evidence gave (it weighs more in an entity's vote)

# Singular nouns of a work before its title: "the teen comedy Harold and Kumar Get The Munchies", "single Black
# and White Town" (the plural ones start lists: "the films Ray and Sideways").
WORK_NOUNS = frozenset("""
film movie album single song track show programme series sitcom drama musical novel book play comedy thriller
documentary biopic ballet opera game remake sequel
""".split())
# Small words inside a title: "Flight of the Phoenix", "Harold and Kumar Get The Munchies".
TITLE_GLUE = frozenset({"and", "&", "of", "the", "a", "an", "to"})
JOINING = frozenset({"and", "&"})
# Marks after which a capital opens a quotation or a clause, not a name's inside.
_OPENERS = frozenset({'"', "“", "‘", "'", "(", ":"})


def _capital(t) -> bool:
    return t.text[:1].isupper() and (t.is_alpha or t.like_num or "'" in t.text)


def _replace(ents: list, start: int, end: int, label: str, doc, kb_id: str = "") -> list:
    """``ents`` with the spans inside [start, end) replaced by one span of ``label``."""
    inside = [e for e in ents if e.start < end and e.end > start]
    kept = [e for e in ents if not (e.start < end and e.end > start)]
    start = min([start] + [e.start for e in inside])
    end = max([end] + [e.end for e in inside])
    return sorted(kept + [Span(doc, start, end, label=label, kb_id=kb_id)], key=lambda e: e.start)


def title_end(doc, start: int, stop: int, ents: list, lower_glue: bool = True) -> int:
    """Where a title that starts at ``start`` ends: capitalised words and the small words between them.

    The title never runs into a person's full name after "and" ("the film Ray and Jamie Foxx") nor past
    the sentence (``stop``); without ``lower_glue`` only capitalised small words join ("Number Of The Beast"
    and "Erasure" stay two).
    """
    end = start
    i = start
    starts = {e.start: e for e in ents}
    while i < stop:
        t = doc[i]
        if _capital(t):
            i += 1
            end = i
            continue
        if t.lower_ in TITLE_GLUE and (lower_glue or not t.is_lower) and i + 1 < stop and _capital(doc[i + 1]):
            nxt = starts.get(i + 1)
            if t.lower_ in JOINING and nxt is not None and nxt.label_ == "PERSON" and len(nxt) > 1 \
                    and is_first_name(nxt[0].text):
                break  # a full name after "and"; a lone first name is the title's ("comedy Will and Grace")
            i += 1
            continue
        if t.lower_ in {"of", "with"} and t.is_lower and lower_glue and i + 2 < stop and doc[i + 1].lower_ == "the" \
                and doc[i + 1].is_lower and _capital(doc[i + 2]):
            i += 2  # "Shaun of the Dead", "Top of the Pops", "Christmas with the Kranks"
            continue
        break
    return end


def work_titles(ents: list, doc) -> list:
    """A title written after its singular work noun is one work, "and" and "the" included:
    "Two other new entries ... and the teen comedy Harold and Kumar Get The Munchies, debuted outside the top
    10" → "Harold and Kumar Get The Munchies" (WORK_OF_ART); "The album follows single Black and White Town".

    Only where the title holds a small word the model cut at ("and", "of", "the" …) or the model read no name
    there at all ("suburban series Desperate Housewives"); "the film Ray, which won" is left to the model; "the films Ray and Sideways" (a plural noun) is a list; a run before a noun modifies
    it ("a single Labour and Tory voter").
    """
    out = list(ents)
    for t in doc_tokens(doc):
        if not (t.is_lower and t.lower_ in WORK_NOUNS and (t.tag_ in {"NN", "JJ"} or _noun_read_as_verb(t))
                and t.i + 1 < len(doc) and _capital(doc[t.i + 1])):
            continue
        start = t.i + 1
        if doc[start].is_sent_start:
            continue
        if t.tag_ == "JJ" and t.i > 0 and doc[t.i - 1].lower_ in {"a", "an"}:
            continue  # "a single Labour and Tory voter": the adjective
        stop = sentence_of(doc[start]).end
        end = title_end(doc, start, stop, out)
        glued = end + 1 < stop and doc[end].text == ":" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and _capital(doc[end + 1])
        if glued:  # "music show CD:UK": one title written round a colon with no space
            end = title_end(doc, end + 1, stop, out)
        glue = [w for w in doc[start:end] if w.lower_ in TITLE_GLUE and w.is_lower or glued]
        if end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN":
            continue  # "the show Hollywood actors watch": the run modifies a noun
        if glue or _unread_title(doc, start, end, out):
            out = _replace(out, start, end, "WORK_OF_ART", doc, TYPED)
    return out


def _noun_read_as_verb(t) -> bool:
    """A work noun the tagger read as a plural's verb after a singular noun, which no such verb can follow: "Huw
    Stephens has been one half of the Thursday night show Bethan and Huw in Wales" ("show" VBP after "night": the
    noun). "Polls show Labour and the Tories level" (a plural before it) keeps its verb."""
    return t.tag_ == "VBP" and t.i > 0 and t.doc[t.i - 1].tag_ in {"NN", "NNP"} and t.doc[t.i - 1].is_alpha


def _unread_title(doc, start: int, end: int, ents: list) -> bool:
    """A title of one to four capitalised words the model left without a label, after its work noun: "with
    suburban series Desperate Housewives named best TV comedy show", "Animated movie Robots has opened at the top
    of the US box office chart" (no word of it in a name; not a pronoun or a function word: "the film I saw")."""
    if not 1 <= end - start <= 4 or any(e.start < end and e.end > start for e in ents):
        return False
    return all(t.pos_ in {"PROPN", "NOUN", "ADJ", "NUM"} or t.like_num for t in doc[start:end])


def joined_by_trailing_and(ents: list, doc) -> list:
    """A name the model ended with "and" or "of", followed straight away by another name: one name.

    "president of manufacturer Toshiba Elevator and Building Systems which installed the lifts" → "Toshiba
    Elevator and Building Systems" (the model's span "Toshiba Elevator and" says it read one name, and the
    second part ends as a firm's name does). Two works ("roles in Closer and Hotel Rwanda") and two names
    with "and" outside both ("Britain and France") stay two.
    """
    out = list(ents)
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        if a.end == b.start and len(a) > 1 and a[-1].lower_ in {"and", "&", "of"} and a.label_ == b.label_ == "ORG" \
                and b[-1].lower_ in ORG_HEADS:
            out[i:i + 2] = [Span(doc, a.start, b.end, label="ORG")]
            continue
        i += 1
    return out


def capitalised_and_titles(ents: list, doc) -> list:
    """A run of capitalised words with a capitalised "And" or "Of" inside it is one title: "Hide And Seek,
    which was knocked off the top of the US box office by Boogeyman" → "Hide And Seek" (a work, where the
    model read a person or a place).

    Not in a headline or a title-cased line, where every word has a capital.
    """
    out = list(ents)
    for t in doc_tokens(doc):
        if t.text not in {"And", "Of"} or t.is_sent_start or t.i + 1 >= len(doc) or not _capital(doc[t.i + 1]):
            continue
        sent = sentence_of(t)
        if _mostly_capitals(sent):
            continue
        start = t.i
        while start - 1 >= sent.start and _capital(doc[start - 1]):
            start -= 1
        if start == t.i:
            continue
        end = title_end(doc, t.i + 1, sent.end, out, lower_glue=False)
        labels = {e.label_ for e in out if e.start < end and e.end > start}
        label = "ORG" if "ORG" in labels else "WORK_OF_ART"
        out = _replace(out, start, end, label, doc)
    return out


# Prepositions and "Or" whose capital inside a sentence says they are a title's words: "Tears In Heaven", "films In
# The Name Of The Father", "With Or Without You", "Maroon 5's album Songs About Jane", "The World According to Bex".
TITLE_PREPOSITIONS = frozenset("""
In On At Into For From With To By Without Under Over Upon Through About Against Between After Before Beyond Behind
Like Across Inside Outside Around Among According Or
""".split())
# Marks after which a capital opens a clause or an aside, not a title: a dash, a semicolon, an ellipsis.
_CLAUSE_MARKS = _OPENERS | frozenset({"-", "–", "—", ";", "…", "...", "[", "/"})


def capitalised_preposition_titles(ents: list, doc) -> list:
    """A preposition written with a capital inside a sentence is a word of a title the model cut there: the
    capitalised words around it are one title. "Day-Lewis has competed four times at the Berlin Film Festival, with
    films In The Name Of The Father (1994), The Crucible (1997) …" → "In The Name Of The Father" (the model read
    "The Name Of The Father"); "the title song from For Your Eyes Only" (not "Your Eyes Only").

    The label is the model's where it read one kind of name inside ("services like TiVo To Go let people transfer
    …": a product), else a work. Only where the model read a name inside the run (no title is made of capitals
    alone); a preposition opens a title only after a lower-case word or a comma ("films In The Name …"), not at
    the start of a sentence, after a quotation mark, a colon or a dash ('he said: "In Wales the civil service …'),
    nor in a line of capitals. "And" and "Of" are :func:`capitalised_and_titles`'.
    """
    out = list(ents)
    for t in doc_tokens(doc):
        if t.text not in TITLE_PREPOSITIONS or t.is_sent_start or t.i + 1 >= len(doc) or not _capital(doc[t.i + 1]):
            continue
        before = doc[t.i - 1]
        if before.text in _CLAUSE_MARKS:
            continue
        sent = sentence_of(t)
        start = t.i
        while start - 1 >= sent.start and _capital(doc[start - 1]) and doc[start - 1].is_alpha:
            start -= 1
        if start == t.i and not (before.is_lower and before.is_alpha or before.text == ","):
            continue  # "… in 1994. In The …": a sentence the splitter missed
        if _person_before(out, start, t.i):
            continue  # "Roger Michell For Enduring Love": a person's name ends at the preposition
        end = title_end(doc, t.i + 1, sent.end, out, lower_glue=False)
        inside = [e for e in out if e.start < end and e.end > start]
        if not inside or any(e.start < start or e.end > end for e in inside) or _capitals_line(sent):
            continue  # nothing read as a name here, or a name that runs past the title's edge
        if len(inside) == 1 and inside[0].start == start and inside[0].end == end:
            continue  # read whole already
        labels = {e.label_ for e in inside}
        label = next((k for k in ("ORG", "PRODUCT", "EVENT", "FAC") if labels == {k}), "WORK_OF_ART")
        out = _replace(out, start, end, label, doc)  # "services like TiVo To Go" keeps the product's label
    return out


def _person_before(ents: list, start: int, end: int) -> bool:
    """The capitalised words [start, end) before a capitalised preposition are a person's full name the model
    read, opening with a first name: "Mike Leigh will compete … with Shane Meadows for Dead Man's Shoes, Roger
    Michell For Enduring Love and My Summer Of Love director Pawel Pawlikowski" — Roger Michell is the director
    (of "Enduring Love"), not a word of a title "Roger Michell For Enduring Love". A title that opens with a
    first name ("Harry Potter and the …") is read whole by the model or starts with "The"."""
    return any(e.label_ == "PERSON" and e.start == start and e.end == end and len(e) > 1
               and is_first_name(e[0].text) for e in ents)


# Last words of a law's name: "the Mental Capacity Bill", "the Enterprise Act".
_LAW_ENDS = frozenset({"Bill", "Act"})


def law_names(ents: list, doc) -> list:
    """A name the model ended one word before a capitalised "Bill" or "Act" is a law's name with it: "The government
    is making last minute changes to the Mental Capacity Bill" → "Mental Capacity Bill" (LAW; the model read "the
    Mental Capacity" as a body, and "Bill" alone was then taken for a man's first name).

    Not a first name opening a person's name ("US President Bill Clinton": a capitalised word follows "Bill"),
    not after a person, nor in a line of capitals.
    """
    out = list(ents)
    for ent in list(out):
        end = ent.end
        if end >= len(doc) or doc[end].text not in _LAW_ENDS or ent.label_ in {"PERSON", "NORP", "LAW"}:
            continue
        sent = sentence_of(ent)
        if end + 1 < sent.end and doc[end + 1].text[:1].isupper() or _capitals_line(sent):
            continue  # "… Bill Clinton": a first name
        if any(e.start == end and len(e) > 1 for e in out):
            continue  # the model read a longer name from "Bill" on
        out = _replace(out, ent.start, end + 1, "LAW", doc, TYPED)  # ("Bill" read alone as a person goes in)
    return out


# Numbers written as capitalised words inside a sentence open a name: "the Six Nations", "The Two Towers".
_NUMBER_WORDS = frozenset("Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Hundred Thousand".split())


def number_word_names(ents: list, doc) -> list:
    """A number written as a capitalised word inside a sentence, then a name: one name. "But he then missed the
    entire 2004 Six Nations campaign while recuperating from surgery" → "Six Nations" (the model read a number "Six"
    and a body "Nations").

    Not the first word of a sentence or a quotation, nor in a line of capitals ("Two Firms Merge").
    """
    out = list(ents)
    for name in list(out):
        if name.start == 0 or not name[0].text[:1].isupper():
            continue
        t = doc[name.start - 1]
        if t.text not in _NUMBER_WORDS or t.is_sent_start or doc[t.i - 1].text in _CLAUSE_MARKS \
                or any(e.start <= t.i < e.end for e in out) or _capitals_line(sentence_of(t)):
            continue
        out = _replace(out, t.i, name.end, name.label_, doc, name.kb_id_)
    return out


def _digits(t) -> bool:
    """A number in figures that is no year ("The 1965 Fender Stratocaster was used by the musician": a guitar made
    in 1965, not a title "1965 Fender Stratocaster")."""
    return t.text.isdigit() and not (len(t.text) == 4 and 1800 <= int(t.text) <= 2100)


def number_titles(ents: list, doc) -> list:
    """A title that opens with a number in figures, which the model reads as a quantity and cuts the name after:

    - a capitalised "The" inside a sentence, a number and capitalised words: "Among the overlooked films were
      Hobson's Choice, Dirty Harry, The 39 Steps, The Searchers and King Kong" → "The 39 Steps" (a work; the model
      read a number "39", and "Steps" became a person);
    - a number and a capitalised word right before a name: "He made a cameo appearance in 24 Hour Party People"
      → "24 Hour Party People" (the model read a time "24 Hour" and a person "Party People").

    Not at a sentence's start, after a quotation mark, a colon or a dash, nor in a line of capitals; a number before
    a name with no capitalised word between is a count or a year ("three Labour MPs", "the 2005 Brit Awards"), and
    a month or a weekday after the number makes a date ("24 March Labour …")."""
    out = list(ents)
    for t in doc_tokens(doc):
        if not _digits(t) or t.i + 1 >= len(doc) or t.i == 0:
            continue
        nxt = doc[t.i + 1]
        if not (_capital(nxt) and nxt.is_alpha) or nxt.text.lower() in MONTHS or nxt.text.lower() in WEEKDAYS:
            continue
        sent = sentence_of(t)
        before = doc[t.i - 1]
        if before.text == "The" and not before.is_sent_start and before.i > sent.start \
                and doc[before.i - 1].text not in _CLAUSE_MARKS:
            start = before.i  # "films were …, The 39 Steps, The Searchers"
        elif t.i + 2 < len(doc) and any(e.start == t.i + 2 for e in out) and not any(e.start <= t.i + 1 < e.end for e in out):
            start = t.i  # "24 Hour Party People": a capitalised word between the number and the name
        else:
            continue
        if _capitals_line(sent):
            continue
        end = title_end(doc, t.i + 1, sent.end, out, lower_glue=False)
        inside = [e for e in out if e.start < end and e.end > start]
        if any(e.start < start or e.end > end for e in inside):
            continue  # a name that runs past the title's edge
        if end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN":
            continue  # "by The 3 Mobile shop": the run modifies a noun
        labels = {e.label_ for e in inside}
        label = next((k for k in ("ORG", "EVENT", "FAC") if labels == {k}), "WORK_OF_ART")
        out = _replace(out, start, end, label, doc)
    return out


def _capitals_line(sent) -> bool:
    """A line of capitalised words, where a capital says nothing: fewer than two lower-case words of four letters
    or more ("Best British Single: Will Young - Your Game"). A sentence that lists titles has capitals on most of
    its words but still writes its verbs and nouns in lower case ("with films In The Name Of The Father (1994),
    The Crucible (1997) …"), so :func:`_mostly_capitals` would pass it by."""
    return sum(w.is_alpha and w.is_lower and len(w) > 3 for w in span_tokens(sent)) < 2


def _initials(tokens) -> str:
    return "".join(t.text[0] for t in tokens if _capital(t) and t.is_alpha)


def acronym_expansions(ents: list, doc) -> list:
    """A name followed by its acronym in brackets takes in the words the acronym spells: "the Economic
    Commission for Latin America and the Caribbean (ECLAC)" → one name, not "Economic Commission",
    "Latin America" and "Caribbean".

    Only when the initials of the capitalised words from the name to the bracket spell the acronym exactly
    ("Latin America (LA)" after "the Economic Commission for" does not).
    """
    out = list(ents)
    for t in doc_tokens(doc):
        if t.text != "(" or t.i + 2 >= len(doc) or doc[t.i + 2].text != ")":
            continue
        acronym = doc[t.i + 1].text
        if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym[:1].isupper()):
            continue
        first = next((e for e in reversed(out) if e.end <= t.i and e.start >= sentence_of(t).start and e.label_ == "ORG"
                      and _initials(e) and acronym.upper().startswith(_initials(e).upper())), None)
        if first is None or first.end == t.i:
            continue
        between = doc[first.end:t.i]
        if not all(_capital(w) or w.lower_ in TITLE_GLUE | {"for", "on", "in"} for w in between):
            continue
        if _initials(doc[first.start:t.i]).upper() == acronym.upper():
            out = _replace(out, first.start, t.i, first.label_, doc)
    return out


# Small words an acronym's letters skip inside the name it stands for: "Court of Arbitration for Sport (CAS)".
_ACRONYM_GLUE = frozenset({"of", "for", "and", "&", "the", "on", "in", "de"})


def _acronym_word(t) -> bool:
    """A word in brackets that may be an acronym: capitals ("LSE", "AK") or, as the BBC writes the acronyms it
    pronounces, a capital and small letters ("Alva", "Sepa")."""
    text = t.text
    return t.is_alpha and 2 <= len(text) <= 6 and text.isupper() or acronym_written_as_a_word(text)


def _spells(tokens, acronym: str) -> bool:
    """The capitalised words of ``tokens`` (small words and a leading "the" skipped, a possessive allowed) are
    exactly the letters of ``acronym``, in order."""
    words = [t for t in tokens if t.is_alpha]
    if not words or not words[0].text[:1].isupper() and words[0].lower_ != "the":
        return False
    if words[0].lower_ == "the":
        words = words[1:]
    if any(not w.text[:1].isupper() and w.lower_ not in _ACRONYM_GLUE for w in words):
        return False
    capitals = [w for w in words if w.text[:1].isupper()]
    return len(capitals) >= 2 and "".join(w.text[0] for w in capitals).upper() == acronym.upper()


def _spelled_run(doc, bracket: int, acronym: str) -> int | None:
    """Where the words right before ``bracket`` that ``acronym`` spells begin (:func:`_spells`), the nearest such
    start, within the sentence; None if no run of capitalised and small words there spells it."""
    lo = sentence_of(doc[bracket]).start
    i = bracket - 1
    while i >= lo:
        t = doc[i]
        if not (_capital(t) and t.is_alpha or t.lower_ in _ACRONYM_GLUE or t.text in {"'", "’", "-"}
                or t.tag_ == "POS"):
            break
        if t.text[:1].isupper() and t.is_alpha and _spells(doc[i:bracket], acronym):
            return i
        i -= 1
    return None


def spelled_in_brackets_after(ent) -> bool:
    """The span is followed by an acronym in brackets that spells all of it (:func:`_spells`): "the Lawyers'
    Christian Fellowship (LCF)"."""
    doc, end = ent.doc, ent.end
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and _acronym_word(doc[end + 1]) \
        and _spells(ent, doc[end + 1].text)


def bracketed_acronyms(ents: list, doc) -> list:
    """A name and the acronym written in brackets after it, both read: "the London Stock Exchange (LSE) has said"
    (the model read the name but not the acronym in brackets, so the article's later "LSE" had no definition beside
    the London School of Economics), "*Athletics Kenya (AK)* issued the ban", "including *Internet Explorer (IE)*"
    (the model read the acronym alone: "Kenya", a place, or nothing before it), "The *Assistive Mouse Adapter (AMA)*"
    ("Mouse Adapter", a person).

    The name is the run of capitalised words (small words such as "of" between them) right before the bracket whose
    initials are exactly the acronym's letters (:func:`_spells`); never a person's name (nor a run a person's name
    opens). An acronym the model did not
    read takes the name's type; a name it did not read (or read in part) is made only where the model read the
    acronym, and takes its type (a body's where that is a person's), unless another name runs across its first
    word ("the North American Court of Arbitration for Sport (CAS)" is left as read).
    """
    out = list(ents)
    for t in doc_tokens(doc):
        if t.text != "(" or t.i == 0 or t.i + 2 >= len(doc) or doc[t.i + 2].text != ")" or not _acronym_word(doc[t.i + 1]):
            continue
        acronym = doc[t.i + 1]
        name = next((e for e in out if e.end == t.i), None)
        read = next((e for e in out if e.start <= acronym.i < e.end), None)
        if name is not None and name.label_ != "PERSON" and _spells(name, acronym.text):
            if read is None:
                out = sorted(out + [Span(doc, acronym.i, acronym.i + 1, label=name.label_)], key=lambda e: e.start)
            continue
        if read is None or len(read) != 1:
            continue
        start = _spelled_run(doc, t.i, acronym.text)
        if start is None or any(e.start < start < e.end or e.label_ == "PERSON" and e.start == start for e in out):
            continue
        if name is not None and name.start == start and name.label_ != "PERSON":
            continue  # read whole already
        label = "ORG" if read.label_ == "PERSON" else read.label_
        out = _replace(out, start, t.i, label, doc)
    return out


def _free_title_word(t) -> bool:
    """A capitalised word no entity holds that may open a title: not a title or an honorific ("President")."""
    return (_capital(t) and t.is_alpha and not t.ent_type_ and not t.is_sent_start
            and t.lower_ not in TITLE_HEADS and t.lower_ not in HONORIFICS)


# Small words between a title's words and its last name: "Revenge of the Sith", "Genie in a Bottle",
# "An Officer and a Gentleman" ("and" only before "a"/"an": "Plaid Cymru and the Liberal Democrats" are two).
_SMALL_TITLE_WORDS = frozenset({"of", "the", "a", "an", "in", "with", "on"})
_ARTICLES = frozenset({"the", "a", "an"})
# Labels the model gives a title's last words when it reads them alone: "the Lord of the Rings" → "Rings" (ORG),
# "Genie in a Bottle" → "Bottle" (GPE), "Eternal Sunshine of the Spotless Mind" → "Spotless Mind" (FAC).
_CUT_TITLE_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT"})
# Words that open the "X of the Y" name of a body, a place, an event or an office, not of a title.
_NOT_TITLE_OPENERS = BODY_HEADS | frozenset("""
party union league federation association society foundation trust fund church court house palace museum gallery
bank university college school hospital academy chamber parliament assembly army navy order friends
battle siege war day night year feast festival games
""".split())


# Last words of a name that is no title's end: "in the Champions League", "on the World Service".
_NOT_TITLE_ENDS = EVENT_HEADS | LEAGUE_HEADS | ORG_HEADS | PLACE_KINDS | frozenset("service country cup".split())
_CALENDAR = frozenset(MONTHS + WEEKDAYS)


def _title_glue(doc, ent, lo: int) -> int:
    """Where the small words before ``ent`` begin ("of the", "in a", "and a"), or ``ent.start`` if none."""
    i = ent.start
    while i - 1 >= lo and doc[i - 1].is_lower and (doc[i - 1].lower_ in _SMALL_TITLE_WORDS or doc[i - 1].lower_ == "and"
                                                   and doc[i].lower_ in {"a", "an"}):
        i -= 1
    return i


def _cut_title_end(ent) -> bool:
    """One or two capitalised words, no place, acronym, name the gazetteer knows or name ending in a body's,
    a competition's or a place's word ("the Champions League", "the World Service", "the West Country"): may be
    the end of a title."""
    words = [t for t in span_tokens(ent) if t.lower_ != "the"]
    return (ent.label_ in _CUT_TITLE_LABELS and 1 <= len(words) <= 2
            and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words)
            and words[-1].lower_ not in _NOT_TITLE_ENDS
            and not gazetteer_place(span_text(ent)) and not shipped().lookup(span_text(ent)))


def title_before_small_words(ents: list, doc) -> list:
    """Capitalised words no entity holds, then "of the", "the" or "of" before a name: one title, a work where the
    model read a person: "He told US TV show 60 Minutes that Revenge of the Sith would be the darkest" →
    "Revenge of the Sith" (WORK_OF_ART), not a person "Sith".

    Not after an office ("the President of the United States": a place keeps its name, "President" is a title),
    nor a place or a people ("Friends of the Earth" is left to the model), nor in a headline.
    """
    out = list(ents)
    for ent in list(out):
        if ent.label_ not in {"PERSON", "WORK_OF_ART"} or ent[0].lower_ == "the":
            continue
        i = ent.start
        glue = 0
        while i - 1 >= sentence_of(ent).start and doc[i - 1].lower_ in {"of", "the"} and doc[i - 1].is_lower:
            i -= 1
            glue += 1
        if not glue or i - 1 < sentence_of(ent).start or not _free_title_word(doc[i - 1]):
            continue
        start = i - 1
        while start - 1 >= sentence_of(ent).start and _free_title_word(doc[start - 1]):
            start -= 1
        if _mostly_capitals(sentence_of(ent)):
            continue
        out = _replace(out, start, ent.end, "WORK_OF_ART", doc)
    return out


def title_cut_before_small_words(ents: list, doc) -> list:
    """A title whose last words the model read alone as a body or a place, after "of the", "with the", "in a",
    "with a" or "and a": one title (WORK_OF_ART). "Ray director Taylor Hackford, responsible for the classic
    1982 film An Officer and a Gentleman" → "An Officer and a Gentleman", not a body "Gentleman"; "her debut
    hit Genie in a Bottle" (not a place "Bottle"), "a Titanic or a Lord of the Rings" ("Lord" opens it: no
    name follows it), "Eternal Sunshine of the Spotless Mind" (not "the Spotless Mind", a building).

    Not "in the"/"on the" ("Fenerbahce in the Champions League", "Dartmoor in the West Country"), a place,
    an acronym, a name the gazetteer knows or a competition's, body's or place's last word after the small
    words ("Women in the UK", "the SEC"), nor a body's, place's or event's noun before them ("the Office of
    the Deputy Prime Minister", "the Battle of the Bulge"), nor a headline.
    """
    out = list(ents)
    for ent in list(out):
        if not _cut_title_end(ent):
            continue
        sent = sentence_of(ent)
        i = _title_glue(doc, ent, sent.start)
        if i == ent.start or i - 1 < sent.start:
            continue
        small = {t.lower_ for t in doc[i:ent.start + (ent[0].lower_ == "the")]}
        indefinite = bool(small & {"a", "an"})
        if not (indefinite or "the" in small and small & {"of", "with"}):
            continue
        opener = doc[i - 1]
        left = next((e for e in out if e.start <= opener.i < e.end), None)
        if not _cut_title_opener(opener, left, indefinite) or _mostly_capitals(sent):
            continue
        start = left.start if left is not None else i - 1
        while start - 1 >= sent.start and _free_title_word(doc[start - 1]):
            start -= 1
        if start - 1 >= sent.start and doc[start - 1].text in {"The", "A", "An"} and not doc[start - 1].is_sent_start:
            start -= 1  # "the classic 1982 film An Officer and a Gentleman"
        out = _replace(out, start, ent.end, "WORK_OF_ART", doc)
    return out


def _cut_title_opener(t, ent, indefinite: bool) -> bool:
    """The word before a title's small words: a free capitalised word, not a body's, place's or event's noun;
    after "a"/"an" an office's word too ("An Officer and a Gentleman"); "Lord" with no name after it ("a Lord of
    the Rings"). Before "of the" not a person's or an office's noun: "he was the "Father of the House"" is an
    honour, not a work (a work's noun before it makes it one by `work_titles`: "Action comedy Man of the House").
    Its own entity may be a person's first name after "a"/"an" ("Genie in a Bottle"), or a title's first words
    read as a body ("Eternal Sunshine" + "of the Spotless Mind")."""
    if t.lower_ in _NOT_TITLE_OPENERS or t.lower_ in PLACE_KINDS or t.lower_ in _CALENDAR or not _capital(t) \
            or not t.is_alpha or t.is_upper or len(t) < 2 or t.is_sent_start:
        return False
    if ent is not None:  # "Genie in a Bottle"; "Eternal Sunshine of the Spotless Mind"
        return ent.end == t.i + 1 and (ent.label_ == "PERSON" and len(ent) == 1 if indefinite
                                       else _cut_title_end(ent) and ent.label_ != "GPE")
    return t.lower_ == "lord" or indefinite or (t.lower_ not in PERSON_NOUNS and t.lower_ not in HONORIFICS)


# Last words of a body or a meeting whose name runs on through "for", "of" or "on" into the capitalised words after
# it: "the Medical Foundation for the Care of Victims of Torture", "the UN's World Summit on the Information Society".
RUN_ON_BODY_HEADS = BODY_HEADS | MEMBERS_BODY_HEADS | frozenset("foundation summit coalition campaign bank".split())


def body_for_body(ents: list, doc) -> list:
    """A body's name ending in an office's word, then "for" or "of" and a name the model began with "the": one body.
    "head of the UN Office for the Coordination of Humanitarian Affairs" → "UN Office for the Coordination of
    Humanitarian Affairs" (ORG). "the Ministry of Defence" is one span already; "Microsoft for the Xbox" stays two.

    So a body's or a meeting's name (:data:`RUN_ON_BODY_HEADS`) and the name after its "for"/"of"/"on": "the Medical
    Foundation for the Care of Victims of Torture", "the United Nations Economic Commission for Europe", "the UN's
    World Summit on the Information Society" (the s19 blind audit's fragment "Information Society") — one body, no
    place or second body inside. After "on" only a name begun with "the" and no place ("a resolution of the UN
    Security Council on Iraq": the country it is about).
    """
    out = list(ents)
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        if a.label_ == b.label_ == "ORG" and b.start == a.end + 1 and doc[a.end].lower_ in {"for", "of"} \
                and b[0].lower_ == "the" and a[-1].lower_ in BODY_HEADS or _runs_on(a, b, doc):
            out[i:i + 2] = [Span(doc, a.start, b.end, label="ORG")]
            continue
        i += 1
    return out


def _runs_on(a, b, doc) -> bool:
    """Body ``a``'s name runs on into ``b`` across "for", "of" or "on" (:func:`body_for_body`)."""
    if a.label_ != "ORG" or b.start != a.end + 1 or a[-1].lower_ not in RUN_ON_BODY_HEADS or len(a) < 2 \
            and not (a.start > 0 and doc[a.start - 1].lower_ == "the"):
        return False
    if is_junk(doc[a.start:b.end].text):
        return False  # a run of more than eight words is no name: the two stay as read
    if b.end + 1 < len(doc) and doc[b.end].lower_ in {"and", "&"} and doc[b.end + 1].text[:1].isupper() \
            or b.end + 2 < len(doc) and doc[b.end].lower_ in {"and", "&"} and doc[b.end + 1].lower_ == "the":
        return False  # "… Commission for Latin America and the Caribbean": a longer name than the two
    joint = doc[a.end].lower_
    if joint == "on":
        return b.label_ == "ORG" and b[0].lower_ == "the"
    return joint in {"for", "of"} and (b.label_ == "ORG" or b.label_ in {"GPE", "LOC"} and b[0].lower_ != "the")


# Last words of a school or a hospital (a body) after a saint's possessive; other last words make a place.
SCHOOL_HEADS = frozenset("school college academy university hospital hospice".split())
# Words of a sentence about a work, where "X's Y" written in capitals is one title ("his role in Dead Man's Shoes").
WORK_CUES = WORK_NOUNS | frozenset("""
films movies shows albums songs novels books plays role roles starred starring stars star directed director remake
oscar oscars bafta award awards actor actress
""".split())


def _free_capitals_after(doc, i: int, stop: int, ents: list) -> int:
    """Where a run of capitalised words that no entity holds, starting at ``i``, ends (``i`` for none)."""
    held = {k for e in ents for k in range(e.start, e.end)}
    end = i
    while end < stop and end - i < 3 and _capital(doc[end]) and doc[end].is_alpha and end not in held \
            and not doc[end].is_upper:
        end += 1
    return end


def possessive_titles(ents: list, doc) -> list:
    """A name the model ended at an inner possessive, with the rest of it written in capitals after: one name.

    - a saint's school, church or hall: "St Fintian's High School says it is clearly identified in the video"
      → "St Fintian's High School" (ORG; a church or a hall is a place, FAC);
    - a title in a sentence about works: "Shane Meadows' Dead Man's Shoes picked up the best film award",
      "Renee Zellweger starred in Bridget Jones's Diary" (WORK_OF_ART).

    Not a person's or a known body's possession ("Mr Blair's Cabinet", "ITV's Pop Idol", "her role in Mike
    Nichols' Closer", "told BBC Radio 4's World At One": the model read a person, the owner starts with a
    first name, is written in capitals or with a number, or the gazetteer knows it), nor a run before another name ("the Royal Scots Dragoon Guards' Amazing Grace"), nor a run that goes on as a modifier ("BBC's Newsnight
    programme"), nor in a headline.
    """
    out = list(ents)
    gazetteer = None
    for ent in list(out):
        if len(ent) < 2 or ent[-1].tag_ != "POS":
            continue
        sent = sentence_of(ent)
        if _mostly_capitals(sent):
            continue
        end = _free_capitals_after(doc, ent.end, sent.end, out)
        if end == ent.end or end < len(doc) and (doc[end].is_lower and doc[end].pos_ == "NOUN" or _capital(doc[end])):
            continue  # "BBC's Newsnight programme"; "the Royal Scots Dragoon Guards' Amazing Grace" (another name)
        if ent[0].lower_.rstrip(".") in {"st", "saint"}:
            label = "ORG" if doc[end - 1].lower_ in SCHOOL_HEADS else "FAC"
            out = _replace(out, ent.start, end, label, doc, TYPED)
            continue
        if gazetteer is None:
            from .gazetteer import Gazetteer
            gazetteer = Gazetteer.default()
        owner = [w for w in ent[:-1] if w.is_alpha]
        if ent.label_ == "PERSON" or gazetteer.lookup(doc[ent.start:ent.end - 1].text) \
                or owner and is_first_name(owner[0].text) or any(w.like_num or w.is_upper for w in ent[:-1]):
            continue  # "her role in Mike Nichols' Closer": a director's film; "BBC Radio 4's World At One" 
        if any(w.lower_ in WORK_CUES for w in span_tokens(sent)):
            out = _replace(out, ent.start, end, "WORK_OF_ART", doc, TYPED)
    return out


def members_possessive_bodies(ents: list, doc) -> list:
    """A body of members whose possessive the model left out of its name: "because the Writers' Guild was striking
    at the time" → "Writers' Guild" (ORG; the model read a person "Guild", and "Writers" became a body of its own),
    "the Musicians' Union". The possessor is a capitalised plural with the bare apostrophe right before the name,
    in no name of its own, and the name ends as a body of members does (its last word).

    Not a singular owner ("the Bank's Monetary Policy Committee"), nor a plural before another kind of name
    ("the Londoners' FA Cup defeat" ends in no members' body), nor at the start of a headline line of capitals."""
    out = list(ents)
    held = {k for e in out for k in range(e.start, e.end)}
    for ent in list(out):
        if ent.start < 2 or ent[-1].lower_ not in MEMBERS_BODY_HEADS or not all(_capital(w) for w in ent if w.is_alpha):
            continue
        pos, owner = doc[ent.start - 1], doc[ent.start - 2]
        if pos.text not in {"'", "’"} or owner.i in held or pos.i in held or not (
                owner.is_alpha and owner.text[:1].isupper() and owner.lower_.endswith("s") and len(owner) > 3):
            continue
        start = owner.i
        while start - 1 >= 0 and doc[start - 1].is_alpha and _capital(doc[start - 1]) and start - 1 not in held \
                and not doc[start - 1].is_sent_start and doc[start - 1].text != "The":
            start -= 1  # "the Screen Actors' Guild"
        if _mostly_capitals(sentence_of(ent)):
            continue
        out = _replace(out, start, ent.end, "ORG", doc, TYPED)
    return out


# Heads of "X of Y" names and the kind they make: "the Treaty of Amsterdam", "the Palace of Westminster".
_OF_LAW_EVENT = {**dict.fromkeys("treaty act convention charter bill".split(), "LAW"),
                 **dict.fromkeys("battle siege festival".split(), "EVENT")}
_OF_PLACES = frozenset("house houses palace castle tower cathedral abbey church bridge hall museum gallery".split())
# Heads of a body's "X of Y" name: "the University of Surrey", "the Bank of Scotland".
_OF_BODIES = ORG_HEADS | SCHOOL_HEADS | frozenset("bank council court church board college society club".split())
# Nobility and quantities before "of": "the Duke of Edinburgh" is a person, "Millions of Indonesians" none.
_NOT_OF_NAME = frozenset("""
duke duchess earl count countess marquess viscount archduke
millions thousands hundreds dozens billions tens scores lots much many most some all none one two three half
part rest each any both several few
""".split())


def _of_name_head(t) -> bool:
    """A capitalised noun that may head an "X of Y" name: no title, honorific, nobility or quantity."""
    w = t.lower_
    return (t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.pos_ in {"NOUN", "PROPN"}
            and w not in TITLE_HEADS and w not in HONORIFICS and w not in _NOT_OF_NAME)


def of_names(ents: list, doc) -> list:
    """A capitalised noun, "of" and one capitalised word that the model cut in two are one name:
    "Morrisons, Woolworths, House of Fraser, Marks & Spencer …" → "House of Fraser" (ORG), not "House" and
    a place "Fraser"; "He signed the Treaty of Amsterdam" (LAW), not the city.

    Not a person's "of" ("Conchita Martinez of Spain", "King Abdullah of Jordan"), a title ("Secretary of
    Health") or nobility ("the Duke of Edinburgh"), a quantity ("Millions of Indonesians"), a longer name
    ("Royal Bank of Scotland", already one span), a people after "of", nor a headline.
    """
    out = list(ents)
    for of in doc_tokens(doc):
        if of.text != "of" or of.i == 0 or of.i + 1 >= len(doc):
            continue
        head, name = doc[of.i - 1], doc[of.i + 1]
        sent = sentence_of(of)
        if head.i < sent.start or name.i >= sent.end or not _of_name_head(head):
            continue
        if not (name.is_alpha and name.text[:1].isupper() and not name.is_upper) or name.ent_type_ in {"NORP", "PERSON"}:
            continue
        after = doc[name.i + 1] if name.i + 1 < sent.end else None
        if after is not None and (after.text[:1].isupper() or after.text in {"-", "‐", "'s", "’s", "'", "’"}):
            continue  # a longer name or a possessive: left to the other rules
        start = head.i - 1 if head.i - 1 >= sent.start and doc[head.i - 1].lower_ == "the" else head.i
        before = doc[start - 1] if start > sent.start else None
        if before is not None and (before.text[:1].isupper() and before.pos_ in {"PROPN", "NOUN"} or before.ent_type_
                                   or before.lower_ in {"a", "an"}):
            continue  # "an Act of Parliament": a kind of thing
        inside = [e for e in out if e.start <= name.i < e.end or e.start <= head.i < e.end]
        if not inside or any(sum(w.is_alpha and w.lower_ != "the" for w in e) > 1 or e.label_ in {"PERSON", "NORP"}
                             for e in inside):
            continue  # nothing the model read as a name, or a piece of a longer name already
        if _mostly_capitals(sent):
            continue
        labels = [e.label_ for e in inside if e.label_ not in {"GPE", "LOC"}]
        label = _OF_LAW_EVENT.get(head.lower_) or (labels[0] if labels else None) \
            or ("FAC" if head.lower_ in _OF_PLACES else "ORG" if head.lower_ in _OF_BODIES else "WORK_OF_ART")
        out = _replace(out, head.i, name.i + 1, label, doc)
    return out


# Last words of a body's name: a run after "and" that ends so is a second body ("… and Standard Trust Bank").
_AND_BODY_HEADS = BODY_HEADS | _OF_BODIES | frozenset("""
federation association academy school union authority commission committee council institute society
""".split())
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _gazetteer():
    return shipped()  # read only: the shared instance, not a fresh copy per word


def _is_place(t) -> bool:
    """A word read as a place, or one the gazetteer lists as a place ("England" inside "the Police Federation of England")."""
    return t.ent_type_ in _PLACE_LABELS or gazetteer_place(t.text)


def _mostly_capitals(sent) -> bool:
    """A headline or a title-cased line, where every word has a capital and a capital says nothing."""
    words = [w for w in span_tokens(sent) if w.is_alpha]
    return sum(w.text[:1].isupper() for w in words) > 0.6 * len(words)


def _and_run(doc, i: int, stop: int) -> int:
    """Where the run of up to three capitalised words starting at ``i`` ends (``i`` for none)."""
    end = i
    while end < stop and end - i < 3 and _capital(doc[end]) and doc[end].is_alpha:
        end += 1
    return end


def body_of_x_and_y(ents: list, doc) -> list:
    """A body's name "… of/for X and Y" that the model ended at "X": one name, "and Y" included.

    "A Department for Education and Skills spokeswoman said …" → "Department for Education and Skills" (not
    "Department for Education" and "Skills"); "the Guildhall School of Speech and Drama", "the Police
    Federation of England and Wales" (two places after a place).

    Not a second name after "and": a person, a place after a word that is none, a name the gazetteer knows,
    a run ending as a body does ("the Bank of Africa and Standard Trust Bank"), a run going on in
    capitals or into a bracket; nor in a headline.
    """
    out = list(ents)
    for ent in list(out):
        if ent.label_ != "ORG" or len(ent) < 3 or ent.end + 1 >= len(doc):
            continue
        prep, x, conj = doc[ent.end - 2], doc[ent.end - 1], doc[ent.end]
        if prep.lower_ not in {"of", "for"} or not prep.is_lower or not (_capital(x) and x.is_alpha) \
                or conj.text != "and" or not any(t.lower_ in _AND_BODY_HEADS for t in ent[:-2]):
            continue
        sent = sentence_of(ent)
        end = _and_run(doc, conj.i + 1, sent.end)
        if end == conj.i + 1 or end < sent.end and (_capital(doc[end]) or doc[end].text in {"(", "-", "'s", "’s"}):
            continue
        run = doc[conj.i + 1:end]
        x_place = _is_place(x)
        if any(is_first_name(t.text) and not x_place or t.ent_type_ == "PERSON" and len(run) > 1 for t in run) \
                or run[-1].lower_ in _AND_BODY_HEADS or run[-1].lower_ in ORG_HEADS:
            continue  # "the University of California and Dan Gillmor"
        if x_place != all(_is_place(t) for t in run) or not x_place and _gazetteer().lookup(run.text):
            continue  # "the Bank of England and Barclays": a second name
        if _mostly_capitals(sent):
            continue
        out = _replace(out, ent.start, end, "ORG", doc)
    return out


def x_and_body(ents: list, doc) -> list:
    """A body's name "X and Y … Union" that the model began at "Y": one name, "X and" included.

    "the leader of the Public and Commercial Services Union said" → "Public and Commercial Services Union" (not
    "Commercial Services Union"); "the Track and Field Federation"; two demonyms before a team or a firm: "his
    British and Irish Lions touring party" → "British and Irish Lions" (not "Irish Lions" and the United Kingdom).

    X is one capitalised word no other name holds (or a demonym or an adjective the model read alone) and no first
    name; the name after "and" ends as a body does (X not opening the sentence, where its capital proves nothing),
    or starts with a demonym after a demonym ("British and Irish Lions coach Clive Woodward says"). Not two names ("Heineken Cup and Celtic League", "Labour and Liberal Democrat Party"), not a
    name the gazetteer knows after a word ("Schroeder and European Commission"), nor in a headline.
    """
    out = list(ents)
    gazetteer = None
    for ent in list(out):
        if ent.label_ != "ORG" or len(ent) < 2 or ent.start < 2 or not _capital(ent[0]) or ent[0].lower_ == "the":
            continue
        conj, x = doc[ent.start - 1], doc[ent.start - 2]
        sent = sentence_of(ent)
        if conj.text != "and" or x.i < sent.start or not (_capital(x) and x.is_alpha) or is_first_name(x.text):
            continue
        opening = x.i == sent.start or doc[x.i - 1].text in _OPENERS  # a capital that proves nothing
        before = doc[x.i - 1]
        if not opening and _capital(before) and before.is_alpha and before.lower_ != "the":
            continue
        held = [e for e in out if e.start <= x.i < e.end]
        if held and not (len(held[0]) == 1 and (held[0].label_ == "NORP" or x.tag_ == "JJ" or _common_word(x))):
            continue  # "Sony and Universal Music Group": two names; "Public" (an adjective) read as a body alone
        gazetteer = gazetteer or _gazetteer()
        demonyms = all((hit := gazetteer.lookup(t.text)) is not None and hit[1] in {"GPE", "NORP"}
                       and name_key(hit[0]) != t.lower_ for t in (x, ent[0]))
        common = held and _common_word(x) and not gazetteer.lookup(x.text)
        if not demonyms and (opening or held and not common or ent[-1].lower_ not in _AND_BODY_HEADS
                             or gazetteer.lookup(ent.text)):
            continue
        if _mostly_capitals(sent):
            continue
        out = _replace(out, x.i, ent.end, "ORG", doc)
    return out


def _common_word(t) -> bool:
    """A capitalised word its article also writes in lower case, a common word: "the leader of the *Public* and
    Commercial Services Union" beside "public servants", "public sector" (politics/whitehall-cuts-ahead-of-target.txt).
    A name is never written so ("Sony")."""
    low = t.lower_
    return low != t.text and re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", doc_text(t.doc)) is not None


# Words of a sentence about a named work that a colon title may stand in ("The Demos report, entitled …").
_COLON_TITLE_CUES = WORK_CUES | frozenset("report entitled titled called exhibition game sequel prequel".split())
_LEFT_GLUE = TITLE_GLUE - JOINING  # "The Lord of the Rings: …"; an "and" before a title joins two names
_SAYING_BEFORE = frozenset("told said says tells added adding telling wrote writes".split())


def _title_start(doc, end: int, lo: int) -> int:
    """Where a run of capitalised words (with small words between them) ending at ``end`` starts."""
    start = end
    i = end - 1
    while i >= lo:
        if _capital(doc[i]):
            start = i
            i -= 1
            continue
        j = i
        while j >= lo and doc[j].is_lower and doc[j].lower_ in _LEFT_GLUE:
            j -= 1
        if j == i or j < lo or not _capital(doc[j]):
            break  # "Chechnya and Shake Hands With The Devil: …": "and" ends the title
        i = j
    return start


def _subtitle_opener(t) -> bool:
    """A word that may open a subtitle with no article: capitalised, a word (not an initial, a pronoun or a first
    name, which open line-ups and quotations: "Ireland: G Murphy; …", "Scotland: Chris Paterson, …")."""
    return t.is_alpha and len(t) > 1 and t.text[:1].isupper() and not t.is_upper and t.lower_ not in PRONOUNS \
        and not is_first_name(t.text)


def _plain_subtitle(doc, start: int, colon: int, end: int, sent) -> bool:
    """A subtitle with no article is one of a title: two words or more, not closed by a line-up's ";" or "(",
    and a sign of a work — the sentence speaks of one ("film", "documentary", "exhibition"), a small word
    inside the title ("Call of Duty: Finest Hour", "Raphael: From Urbino to Rome") or a number in the subtitle
    ("Kill Bill: Volume 2"). Not an acronym before what it spells ("CSI: Crime Scene Investigation")."""
    if end - colon < 3 or end < len(doc) and doc[end].text in {";", "("} or start == sent.start and colon - start < 2:
        return False  # a line-up, or a label opening the sentence ("Result: Scotland 2 Moldova 0")
    if colon - start == 1 and doc[start].is_upper and doc[start].text == _initials(doc[colon + 1:end]):
        return False  # "CSI: Crime Scene Investigation": an acronym and what it spells, one name by its aliases
    return (any(t.lower_ in TITLE_GLUE - JOINING for t in doc[start:end] if t.i != colon)
            or any(t.like_num for t in doc[colon + 1:end]) or any(t.lower_ in _COLON_TITLE_CUES for t in span_tokens(sent)))


def colon_titles(ents: list, doc) -> list:
    """A title with a subtitle after a colon is one work: "The Demos report, entitled Broadband Britain: The End Of
    Asymmetry?, was commissioned by net provider AOL" → "Broadband Britain: The End Of Asymmetry" (not "Broadband
    Britain" and an organisation "End Of Asymmetry"); "America: A Tribute to Heroes raised more than $150m"; "Other
    winners included Grand Theft Auto: San Andreas which took the Most Wanted for Christmas prize" (the model's
    span "Grand Theft Auto:" ran on to the colon, which says the title goes on: a subtitle of two words or more
    needs no other sign). A name never ends with its colon.

    The colon is glued to a capitalised run and followed by "The", "A" or "An" and more capitals; the subtitle
    holds a small word ("of", "to") or the sentence speaks of a work ("report", "film", "entitled"). Not a
    quotation introduced by a colon ("he told the BBC: The Government has …"), a line-up ("Replacements: A
    Titterrell (Sale Sharks)"), nor in a headline.
    """
    out = list(ents)
    for colon in doc_tokens(doc):
        if colon.text != ":" or colon.i == 0 or doc[colon.i - 1].whitespace_ or colon.i + 2 >= len(doc):
            continue
        article = doc[colon.i + 1]
        plain = article.text not in {"The", "A", "An"}  # "Metallica: Some Kind Of Monster" (no article)
        if plain and not _subtitle_opener(article) or not plain and not _capital(doc[colon.i + 2]):
            continue
        sent = sentence_of(colon)
        start = _title_start(doc, colon.i, sent.start)
        if start == colon.i or _mostly_capitals(sent):
            continue
        if start > sent.start and (doc[start - 1].lower_ in _SAYING_BEFORE or start - 2 >= sent.start
                                   and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ in _SAYING_BEFORE):
            continue  # "he told the BBC: The Government has …"
        end = title_end(doc, colon.i + 2, sent.end, out)
        if plain:  # "Call of Duty: Finest Hour and Hitman: Contracts won …": an "and" ends a subtitle with no article
            end = next((t.i for t in doc[colon.i + 1:end] if t.lower_ in JOINING), end)
        if end < len(doc) and doc[end].text in {"(", ","} and end - colon.i <= 3:
            continue  # "Replacements: A Titterrell (Sale Sharks), P Vickery …"
        read_on = any(e.end == colon.i + 1 and e.start < colon.i for e in out) and colon.i - start > 1 \
            and not (end < len(doc) and doc[end].text in {";", "("})  # the model's span ends with the colon
        if plain:
            if not (read_on and end - colon.i >= 3 or _plain_subtitle(doc, start, colon.i, end, sent)):
                continue
        else:
            glue = any(t.lower_ in TITLE_GLUE and t.is_lower for t in doc[colon.i + 2:end])
            if not glue and not any(t.lower_ in _COLON_TITLE_CUES for t in span_tokens(sent)):
                continue
        out = _replace(out, start, end, "WORK_OF_ART", doc)
    return [Span(doc, e.start, e.end - 1, label=e.label_, kb_id=e.kb_id_) if len(e) > 1 and e[-1].text == ":" else e
            for e in out]  # no name ends with its colon


# Last words of a place or an institution named by a nation's adjective: "the English Channel", "the British Library".
DEMONYM_HEADS = {**dict.fromkeys("channel sea ocean gulf strait straits isles riviera".split(), "LOC"),
                 **dict.fromkeys("library museum gallery".split(), "ORG")}


def demonym_headed_names(ents: list, doc) -> list:
    """A nation's adjective and a capitalised noun of a sea, a strait or an institution right after it are one name,
    where the model read the noun alone as a person or read nothing: "how the English Channel was now wider than the
    Atlantic" → "English Channel" (LOC; was a person "Channel", the "he" after it taken for him), "British Library
    gets wireless net" → "British Library" (ORG; was a person "Library").

    The adjective is a nation's the gazetteer knows (not the country's own name: "Britain Library" is none), the
    noun one word that ends the name (no capital after it: "the British Museum Act" is left as read)."""
    out = list(ents)
    tokens = doc_tokens(doc)
    for t in tokens:
        if t.i + 1 >= len(tokens) or not (t.is_alpha and t.text[:1].isupper()):
            continue
        noun = tokens[t.i + 1]
        label = DEMONYM_HEADS.get(noun.lower_)
        if label is None or not noun.text[:1].isupper() or t.i + 2 < len(tokens) and _capital(tokens[t.i + 2]):
            continue
        hit = shipped().lookup(t.text)
        if not hit or hit[1] not in {"GPE", "NORP"} or name_key(hit[0]) == name_key(t.text):
            continue
        inside = [e for e in out if e.start <= noun.i < e.end or e.start <= t.i < e.end]
        if any(len(e) > 1 or e.start == noun.i and e.label_ not in {"PERSON", label} for e in inside):
            continue  # read inside a longer name, or as another kind of name
        out = _replace(out, t.i, noun.i + 1, label, doc, TYPED)
    return out


# Last words of a daily paper whose Sunday edition is named "X on Sunday": "The Mail on Sunday", "the Independent on
# Sunday" (words no place or team ends in: "beat Scotland on Sunday" is a match).
_SUNDAY_PAPERS = frozenset("Mail Independent Express Mirror Telegraph".split())


def sunday_papers(ents: list, doc) -> list:
    """A daily paper's name and "on Sunday" after it are one name, the Sunday paper: "the go-ahead this month,
    according to The Mail on Sunday" → "The Mail on Sunday" (ORG; the model read "The Mail" and a date "Sunday", and
    "The Mail on Sunday's Financial Mail said …" then made the Mail one entity with its section "Financial Mail")."""
    out = list(ents)
    for ent in list(out):
        end = ent.end
        if ent[-1].text in _SUNDAY_PAPERS and end + 1 < len(doc) and doc[end].text == "on" and doc[end + 1].text == "Sunday":
            out = _replace(out, ent.start, end + 2, "ORG", doc, TYPED)
    return out


def all_names(ents: list, doc) -> list:
    """A capitalised "All" inside a sentence before a name is its first word: "Former All Saints singer Natalie
    Appleton" → "All Saints" (the band, not Southampton's "Saints"), "the All England Club", "the All Blacks".

    Not at the start of a sentence or a quotation ("All Blacks fans …" is left as read), nor in a headline.
    """
    out = list(ents)
    starts = {e.start: e for e in out}
    for t in doc_tokens(doc):
        if t.text != "All" or t.is_sent_start or t.i + 1 not in starts or doc[t.i - 1].text in _OPENERS:
            continue
        ent = starts[t.i + 1]
        if _mostly_capitals(sentence_of(t)):
            continue
        out = _replace(out, t.i, ent.end, ent.label_, doc, ent.kb_id_)
    return out


def whole_names(ents: list, doc) -> list:
    """The entity spans with the names of this module's constructions made whole."""
    for join in (acronym_expansions, bracketed_acronyms, joined_by_trailing_and, work_titles, capitalised_and_titles,
                 capitalised_preposition_titles, law_names, number_word_names, number_titles,
                 title_before_small_words, title_cut_before_small_words, body_for_body, possessive_titles, members_possessive_bodies, of_names,
                 body_of_x_and_y, x_and_body, colon_titles, all_names, demonym_headed_names, sunday_papers):
        ents = join(ents, doc)
    return ents
