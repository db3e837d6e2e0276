"""Capitalised common words the model read as names, found with the whole article in view.

Two constructions recur in news and need the article, not the sentence, to be seen:

- a word capitalised only because it opens a sentence (or sits in a headline), which the
  article writes in lower case elsewhere and never capitalised inside a sentence: "*Party*
  strategists claim …" beside "the party's candidates"; "*Operators* could also send …"
  beside "cable operators";
- an acronym the article defines as a lower-case phrase: "ultra-wideband technology (*UWB*)",
  "gross domestic product (*GDP*)" — a common term, not a body;
- a department word the model cut off an office: "The *Culture* Secretary said …", "the *Home*
  Secretary's plans";
- a name behind a lower-case prefix, which makes a word about it: "accused of *anti-Semitism*",
  "an *anti-Tory* vote", "*pre-Budget* report";
- a common noun capitalised by its place before a person's name: "*Veteran* Martinez wins Thai title";
- an acronym used as a count noun: "was made an *OBE* in 2001", "have all been awarded *MBEs*", "a *QC*,
  Christopher Greenwood" — a kind of honour, job or thing, not a body;
- a noun of one person by nation after a determiner: "*The Spaniard* won 6-3 6-4", "the 25-year-old *Scot*" — a
  man or a woman the article named before, not the country.

Their mentions are dropped (or, for the last, the noun cut off) before resolution (:func:`drop_common_words`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..lexicon import DEMONYM_NOUNS
from ..records import UNLABELLED, Mention
from .entities import demonym_of_a_country
from .gazetteer import shipped
from .names import gender_of_first_name, is_first_name
from .placenames import is_place
from .rolenouns import GENDER_OF_NOUN, OWNED_ROLES
from .roles import DEPARTMENT_WORDS, PERSON_NOUNS, TITLE_HEADS, TITLE_MODIFIERS, is_department_word

_OPENERS = frozenset('"“‘\'(')
_PARENTHESISED = re.compile(r"\(([A-Z]{2,6})s?\)")
_WORD = re.compile(r"[\w'’-]+")


def _opens_sentence(m: Mention, text: str) -> bool:
    """The mention is the first word of its sentence or of a quotation, or stands in a headline."""
    return m.headline or all(c in _OPENERS or c.isspace() for c in text[m.sent_start:m.start])


@lru_cache(maxsize=256)
def _pattern(word: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")


def opens_a_sentence(text: str, offset: int) -> bool:
    """The word at ``offset`` is the first of its sentence, line or quotation: only spaces, quote
    marks and brackets lie between it and a sentence end, a colon, a line end or the text's start."""
    i = offset  # walked back, not sliced: the text before may be a 20 MB article
    while i and text[i - 1] in " \t\"“‘'(":
        i -= 1
    return not i or text[i - 1] in ".!?:\n"


_RUN = re.compile(r"[\w-]+")


@lru_cache(maxsize=2)
def _words_of(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Every word of the text (a run of letters, digits and hyphens), and those of them written
    somewhere that does not open a sentence: read once per article, not once per mention (a 20 MB
    article has hundreds of thousands of mentions)."""
    words, inside = set(), set()
    for hit in _RUN.finditer(text):
        word = hit.group()
        words.add(word)
        if word not in inside and not opens_a_sentence(text, hit.start()):  # (asked once a word is known inside)
            inside.add(word)
    return frozenset(words), frozenset(inside)


def _written(word: str, text: str) -> bool:
    """``word`` stands in the text as a word of its own (not inside a longer word)."""
    if _RUN.fullmatch(word):
        return word in _words_of(text)[0]
    return _pattern(word).search(text) is not None


def capitalised_inside_a_sentence(word: str, text: str) -> bool:
    """``word`` is written with its capital somewhere not at a sentence's or a line's start: a name."""
    if _RUN.fullmatch(word):
        return word in _words_of(text)[1]
    return any(not opens_a_sentence(text, hit.start()) for hit in _pattern(word).finditer(text))


def is_sentence_capital(m: Mention, text: str) -> bool:
    """A one-word mention capitalised only by its position, that the article writes in lower case.

    "*Party* strategists believe …" in an article with "the party's candidates": no entity. "Labour"
    (the gazetteer knows it), "Brown" written inside another sentence ("Gordon Brown") and words never
    written in lower case stay names. A plural noun the model left unlabelled ("*Podcasts* rely on his
    technology", with "4,300 podcasts" elsewhere) goes too, so the "He" after it is not read as its name; and so
    does one the tagger took for a proper noun: "*Change* was particularly important for developing countries wanting
    access to markets, he argued." (politics/labour-s-eu-propaganda.txt, beside "climate change"; the s21 blind
    audit's non-entity "Change", made a person by the "he" after it).
    """
    word = m.text
    if m.is_pronoun or " " in word or not word.isalpha() or word.isupper() or not word[:1].isupper():
        return False
    if m.label == UNLABELLED and _CAPITAL_AFTER.match(text, m.end):
        return False  # "*Athletics* Kenya (AK) issued the ban", "*Lord* Bingham said": the first word of a longer name
    if not _opens_sentence(m, text) or shipped().lookup(word):
        return False
    return _written(word.lower(), text) and not capitalised_inside_a_sentence(word, text)


_PREFIXED = re.compile(r"(?:anti|pro|non|post|pre|pan|un|trans)-[A-Z][\w-]*(?: [A-Z][\w-]*)*")
# The same prefixes written with a capital, which a sentence's first word takes: one word alone is no name either
# ("*Non-EU* exports rose", "*Pan-European* …"); a longer name keeps its capital ("Anti-Slavery International").
_PREFIXED_WORD = re.compile(r"(?:Anti|Non|Pan|Un|Trans)-[A-Z][\w]*")


def is_prefixed_word(m: Mention) -> bool:
    """A word made of a lower-case prefix and a name: "*anti-Semitism*", "*anti-Tory*", "*pre-Budget*" — an
    attitude or a time about a name, no entity; so is a prefixed name of several words: "pending possible
    *non-Champions League* football", "the fresh shoots of *post-World Cup* recovery", "a *pan-European* licence",
    "*un-British*", "*trans-Atlantic* differences"; one such word written with a capital is none either ("*Non-EU*
    imports fell", business). "Anti-Slavery International" (a capital and a longer name) is a name."""
    return not m.is_pronoun and (_PREFIXED.fullmatch(m.text) is not None or _PREFIXED_WORD.fullmatch(m.text) is not None)


_NEXT_WORD = re.compile(r"\s+([A-Z][a-z-]+)")
_OFFICE_WORDS = TITLE_MODIFIERS | DEPARTMENT_WORDS  # (one set, not a union per mention)


def is_department_of_an_office(m: Mention, text: str) -> bool:
    """A one-word mention that is the department word of an office written after it: "The *Culture*
    Secretary said the move showed …", "the *Home* Secretary's plans", "*Economics* Minister Aburizal Bakrie has
    reportedly said" (business/indonesia-declines-debt-freeze.txt) — no entity (the office is a title).

    "Home Office" and "Culture Secretary Tessa Jowell" (a person's title, read as such) are not touched:
    only a capitalised title word follows.
    """
    if m.is_pronoun or " " in m.text or m.text.lower() not in _OFFICE_WORDS:
        return False
    nxt = _NEXT_WORD.match(text, m.end)
    return nxt is not None and nxt.group(1).lower() in TITLE_HEADS


# Heads of an office whose department is a coordination: "Culture, Media and Sport *Secretary*", "Work and Pensions
# *spokeswoman*", "Commerce and Industry *Minister*".
_OFFICE_HEADS = frozenset({"secretary", "minister", "spokesman", "spokeswoman", "spokesperson"})
_DEPARTMENT_RUN = re.compile(r"(?:(?:,|\s+and|\s+&)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*\s+("
                             + "|".join(sorted(_OFFICE_HEADS)) + "|" + "|".join(h.title() for h in sorted(_OFFICE_HEADS))
                             + r")\b")


# A department's name up to a coordination that goes on: "the Department for Culture, " before "Media and Sport".
_DEPARTMENT_BEFORE = re.compile(r"\b(?:Department|Ministry) (?:for|of) (?:the )?([A-Z][a-z]+(?:(?:,| and| &) [A-Z][a-z]+)*)"
                                r"(?:,| and| &) $")


def is_coordinated_department(m: Mention, text: str) -> bool:
    """A mention that is one or more department words of a coordinated office written after it: "Her call was
    backed by *Culture*, *Media* and Sport Secretary Tessa Jowell" (politics/game-warnings-must-be-clearer.txt:
    "Culture" GPE and "Media" ORG), "*Trade and Industry* Secretary Patricia Hewitt", "Work and Pensions Secretary
    Alan Johnson" — the coordination names one department, and the office is a title: no entity.

    Every word of the run up to the office head (secretary, minister, spokesman …) must be a department word
    (:func:`kg.resolve.roles.is_department_word`): "Wales and Lions captain Gareth
    Thomas" (two teams) and "Cardiff and Northern Ireland Minister" are not touched, nor a department written
    whole ("the Department for Culture, Media and Sport" is one name: its pieces "Media" and "Sport" are no entities,
    and :func:`kg.resolve.namespans.department_coordination` makes the name whole).
    """
    if m.is_pronoun or not m.text[:1].isupper():
        return False
    words = [w for w in re.split(r"[\s,]+", m.text) if w and w not in {"and", "&"}]
    if not words or not all(map(is_department_word, words)):
        return False
    inside = _DEPARTMENT_BEFORE.search(text, max(0, m.start - 80), m.start)
    if inside is not None and all(is_department_word(w) for w in re.split(r"[\s,]+", inside.group(1)) if w and w not in {"and", "&"}):
        return True  # "the Department for Culture, *Media* and *Sport*": a word of the department's whole name
    run = _DEPARTMENT_RUN.match(text, m.end)
    if run is None:
        return False
    between = [w for w in re.split(r"[\s,]+", run.group(0)) if w and w not in {"and", "&"}][:-1]
    if not between and " and " not in m.text and "," not in m.text and " & " not in m.text:
        return False  # one word before its office: is_department_of_an_office
    return all(is_department_word(w) for w in between)


def _long_form(short: str, words: list[str]) -> list[str] | None:
    """The words before a parenthesised acronym that spell it (Schwartz & Hearst 2003): each letter of
    ``short`` found in order, reading backwards, the first one at the start of a word."""
    letters = short.lower()
    text = " ".join(words).lower()
    i, k = len(text) - 1, len(letters) - 1
    while k >= 0:
        while i >= 0 and (text[i] != letters[k] or (k == 0 and i > 0 and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        k -= 1
    start = text.rfind(" ", 0, i + 1) + 1
    return text[start:].split() and " ".join(words)[start:].split()


def common_acronyms(text: str) -> set[str]:
    """Acronyms the article defines as a lower-case phrase: "ultra-wideband technology (UWB)" → {"UWB"}.

    "the Office for National Statistics (ONS)" defines a name: its words are capitalised.
    """
    out = set()
    for hit in _PARENTHESISED.finditer(text):
        short = hit.group(1)
        words = _WORD.findall(text[max(0, hit.start() - 120):hit.start()])[-(len(short) + 4):]
        long_form = _long_form(short, words)
        if long_form and all(w[:1].islower() for w in long_form):
            out.add(short)
    return out


_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}s")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:a|an|A|An)\s+$")
# Dependencies of a word that modifies the noun after it ("an *REM* spokesman", "a *TUC* report"): a name there.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})


def is_count_noun_acronym(m: Mention, text: str) -> bool:
    """An acronym used as a count noun, a kind and not a body: the head of an indefinite noun phrase ("Playschool
    … was made an *OBE* in 2001", "He becomes an *OBE*.", "with the involvement of … a *QC*, Christopher
    Greenwood"), or a plural ("have all been awarded *MBEs*", "a video player for *PCs*", "*DJs* from the US").

    A body's acronym never takes "a" as a noun of its own: before a noun it is a name ("an *REM* spokesman", "a
    *CPS* spokesperson", "an *FA* investigation"), and so is a name the gazetteer knows ("a *US* rapper").
    """
    if m.is_pronoun or m.headline:
        return False
    word = m.text
    if _PLURAL_ACRONYM.fullmatch(word):
        return not shipped().lookup(word)
    if not _ACRONYM.fullmatch(word) or m.dep in _MODIFIER_DEPS or shipped().lookup(word):
        return False
    return _INDEFINITE_BEFORE.search(text, max(0, m.start - 8), m.start) is not None


_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|one|fellow|this|that|another)\s+(?:[a-z0-9][\w-]*\s+){0,3}$", re.I)
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def is_person_by_nation(m: Mention, text: str) -> bool:
    """A noun of one person by nation after a determiner (``lexicon.DEMONYM_NOUNS``: "Spaniard", "Scot", "Welshman",
    "Briton"): "Carlos Moya … *The Spaniard* won 6-3 6-4", "the 25-year-old *Scot*", "a *Briton*" — a person, whom
    the article named before; no mention of Spain, Scotland or the United Kingdom, whose alias it became. Not before
    a name ("the Welshman Gareth Thomas" is his name's mention), not a plural ("the struggling Scots": a team, which
    the graph types as its nation), nor an adjective ("the Scottish Executive").
    """
    if m.is_pronoun or " " in m.text or m.text.lower() not in DEMONYM_NOUNS:
        return False
    if _CAPITAL_AFTER.match(text, m.end):
        return False
    return _DETERMINER_BEFORE.search(text[max(0, m.start - 60):m.start]) is not None


# A demonym of one person: the "-an", "-ian", "-i" forms ("Kenyan", "Belgian", "Israeli") are count nouns as well as
# adjectives; the "-ese", "-ish", "-ch" ones after "the" name a whole people ("the Japanese", "the British", "the Dutch").
_SINGULAR_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|i)")
# Dependencies of a noun phrase's head: the demonym is the noun itself, not a modifier ("the Russian government").
_HEAD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj", "dative", "ROOT"})
# "the", "this", "that" and lower-case words only ("the 34-year-old", "the youngest"; not "the Australian and Canadian
# dollar", where the demonym is a modifier the parse hung on another)
_DEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z0-9][\w-]*\s+){0,3}$")


def is_person_by_demonym(m: Mention, text: str) -> bool:
    """A country's demonym heading a definite noun phrase, one person the report named before: "*The Kenyan*, who was
    second when Newcastle hosted the race last year, was in front from the outset", "The 34-year-old *American*, who had
    been struggling with a hip injury, stormed to a 6-4 6-3 win", "And *the Belgian*, who has slipped to eight in the
    world, faces …" — a runner or a player, no mention of Kenya, the United States or Belgium (whose alias it became,
    merging the person into the country). Only a country's demonym (the gazetteer's, or one made from a country's
    name: not "the total collection held in *the Bodleian*", which the model reads as a people) in its count-noun
    forms ("-an", "-i": :data:`_SINGULAR_DEMONYM`); not a modifier ("the Russian government", "the Indian market": the
    head is the noun after it), a name after it ("the American Express"), a plural ("the Kenyans", a team), or a
    whole people ("the French")."""
    if m.is_pronoun or " " in m.text or _SINGULAR_DEMONYM.fullmatch(m.text) is None or m.dep not in _HEAD_DEPS:
        return False
    hit = shipped().lookup(m.text)
    if not (hit and hit[1] == "GPE" and hit[0] != m.text or demonym_of_a_country(m.text)):  # not "the Bodleian"
        return False
    if _CAPITAL_AFTER.match(text, m.end):
        return False
    return _DEFINITE_BEFORE.search(text[max(0, m.start - 60):m.start]) is not None


def is_nation_modifier(m: Mention, text: str) -> bool:
    """A noun of a person by nation or city used as a modifier of a common noun: "Safin relieved at *Aussie*
    recovery", "a *Kiwi* side" — a word of description, no entity. Not before a name ("Argentine David Nalbandian"
    names Argentina; :func:`is_person_by_nation` for "the Welshman")."""
    return (not m.is_pronoun and " " not in m.text and m.text.lower() in DEMONYM_NOUNS
            and m.dep in {"compound", "amod", "nmod"} and not _CAPITAL_AFTER.match(text, m.end))


# Common nouns of a government's parts, of its powers and of the law's officers, which a sentence capitalises as if they
# named a body: "the Government", "his Cabinet colleagues", "Police said", "the State", "the Court".
GENERIC_BODY_NOUNS = frozenset("government cabinet state court police administration opposition ministry".split())
_OF_A_NAME = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")


def is_generic_body_noun(m: Mention, text: str) -> bool:
    """A common noun of government written with a capital, alone: "The unions should be putting *the Government* under
    pressure for much more" (politics/minimum-wage-increased-to-aps5-05.txt), "He is understood to have made a series
    of criticisms about his *Cabinet* colleagues", "*Police* said the singer …" — the government, cabinet or police of
    whatever country the article is about, no name (the blind audit's non-entity "Government"). A longer name that
    opens with the word stays ("the Cabinet Office", "the Government of Wales Act", "State of Emergency": a capital or
    "of" + a capital follows), and so does a word the gazetteer knows as a name."""
    word = m.text
    if m.is_pronoun or " " in word or word.lower() not in GENERIC_BODY_NOUNS or not word[:1].isupper() or word.isupper():
        return False
    if _CAPITAL_AFTER.match(text, m.end) or _OF_A_NAME.match(text, m.end):
        return False
    return not shipped().lookup(word)


# Plural nouns of people by what they do: "Prosecutors", "Supporters", "Campaigners", "Analysts", "Residents"; not a
# people by nation ("Australians", "Kenyans": no "-ians", "-ans").
_PLURAL_AGENT = re.compile(r"[A-Z][a-z]{2,}(?:er|or|ist|ant|ent)s")


def is_plural_people_opener(m: Mention, text: str) -> bool:
    """A plural noun of people capitalised only because it opens its sentence or headline: "*Prosecutors* said he was
    motivated by wealth" (business/healthsouth-ex-boss-goes-on-trial.txt, read a person), "*Supporters* of the ban …" —
    people of a kind, no name (the blind audit's non-entity "Prosecutors"). :func:`is_sentence_capital` needs the word
    written in lower case elsewhere in the article; a noun of people (``roles.PERSON_NOUNS`` in the plural, or an agent
    noun in "-er", "-or", "-ist", "-ant", "-ent") needs no such sign. A word the article capitalises inside a sentence
    ("the Gunners", "the Wanderers"), that the gazetteer knows ("Rangers") or that modifies the noun after it
    ("*Chargers* defensive lineman Jamal Williams was arrested": a team) is a name; the noun heads its phrase."""
    word = m.text
    if m.is_pronoun or " " in word or not word.isalpha() or word.isupper() or not word[:1].isupper():
        return False
    lower = word.lower()
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1] if lower.endswith("s") else None
    if singular is None or not (singular in PERSON_NOUNS or _PLURAL_AGENT.fullmatch(word)):
        return False
    if not _opens_sentence(m, text) or shipped().lookup(word) or m.dep not in _HEAD_DEPS:
        return False  # "*Chargers* defensive lineman Jamal Williams": a team's name before its player's role
    return not capitalised_inside_a_sentence(word, text) and not is_owner_of_a_role(text, m.end)


_ROLE_AND_NAME = re.compile(r"((?:\s+[a-z][a-z-]*){1,3})\s+[A-Z][\w'’-]+\s+[A-Z]")


def is_owner_of_a_role(text: str, end: int) -> bool:
    """The word ending at ``end`` is written right before a role and its holder's full name, with no comma or verb
    between: what the role is held in, a team's or a firm's name — "*Chargers* defensive tackle Jamal Williams was
    arrested early Sunday" (ECB+ 35_5ecbplus), "*Gunners* boss Arsene Wenger". A plural noun of people is never
    written so: "Prosecutors said …", "Supporters of the ban …", "Reporters covering singer Michael Jackson".

    >>> is_owner_of_a_role("Chargers defensive tackle Jamal Williams was arrested", 8)
    True
    >>> is_owner_of_a_role("Reporters covering singer Michael Jackson", 9), is_owner_of_a_role("Prosecutors said Mr Ebbers", 11)
    (False, False)
    """
    hit = _ROLE_AND_NAME.match(text, end)
    if hit is None:
        return False
    *before, role = hit.group(1).split()
    return role in OWNED_ROLES and not any(w.endswith(("ing", "ed")) or w in _NOT_BEFORE_A_ROLE for w in before)


# Words between a plural and a role that make a phrase of the plural's own ("Reporters *covering* singer …" is
# caught by its "-ing")
_NOT_BEFORE_A_ROLE = frozenset("and or of for to with by as including like such than said say says".split())


# Nouns of a stretch of history that an ordinal makes a date: "the 18th Century", "the 21st Century".
PERIOD_NOUNS = frozenset({"century", "centuries", "millennium"})
_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                             r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
                             r"nineteenth|twentieth|twenty-first)[\s-]+$", re.I)


def is_ordinal_period(m: Mention, text: str) -> bool:
    """A century named by its ordinal: "The *18th Century* painting has remained in storage", "the term was popularised
    by the 18th Century satirist Jonathan Swift", "the Walkman of the 21st Century" — a time, no body or person "Century"
    (read ORG or PERSON). A name it opens stays ("Twentieth Century Fox": a capital follows)."""
    if m.is_pronoun or " " in m.text or m.text.lower() not in PERIOD_NOUNS or _CAPITAL_AFTER.match(text, m.end):
        return False
    return _ORDINAL_BEFORE.search(text[max(0, m.start - 20):m.start]) is not None


def drop_common_words(mentions: list[Mention], text: str) -> list[Mention]:
    """The article's mentions without the common words of this module's constructions."""
    acronyms = common_acronyms(text)
    common = shipped()  # its `common` lines: "DRM", "VoIP" (docs/aliases.md)
    return [without_opening_noun(m, text) for m in mentions
            if m.is_pronoun or not (m.text in acronyms or m.text.rstrip("s") in acronyms or common.is_common(m.text)
                                    or is_sentence_capital(m, text) or is_count_noun_acronym(m, text)
                                    or is_department_of_an_office(m, text) or is_coordinated_department(m, text)
                                    or is_prefixed_word(m)
                                    or is_person_by_nation(m, text) or is_person_by_demonym(m, text)
                                    or is_nation_modifier(m, text) or is_generic_body_noun(m, text)
                                    or is_plural_people_opener(m, text) or is_ordinal_period(m, text))]


# Words that open names of places and bodies as well as describe, and determiners: never cut off ("New York",
# "North Devon", "The Paris Club").
_NAME_OPENERS = frozenset("""
new old great royal grand big little upper lower united national international general central first last
north south east west northern southern eastern western saint st san santa los las el la le de du van von
the a an this that these those his her its their our my your
""".split())


# Nouns of people by what they do: "Rocker", "Rapper", "Sprinter", "Songwriter", "Cinematographer", "Novelist".
_AGENT_NOUN = re.compile(r"[a-z](?:er|or|ist)$")


def _surname_of_a_person(rest: str, text: str) -> bool:
    """``rest`` is written in the article after a first name: the surname of a person it names in full ("Pete
    Doherty" for "Doherty")."""
    return any(is_first_name(hit.group(1)) for hit in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(rest) + r"\b", text))


def without_opening_noun(m: Mention, text: str) -> Mention:
    """A person's name without the common noun its sentence or headline opens with: "*Veteran* Martinez wins Thai
    title" → "Martinez", "*Boss* Henk Addink blames the low growth rate" → "Henk Addink", "*Prop* Phil Vickery and
    lock Simon Shaw both return" → "Phil Vickery" (PERSON, whatever the model read).

    The noun is capitalised only by its place, never inside a sentence of the article, and the article writes it
    in lower case ("the veteran", "lock Simon Shaw"), a full name follows it ("Magistrate Lee Gilmore"), or it is a
    noun of people that is no word of kinship or sex (``roles.PERSON_NOUNS``: "*Teenager* Tait picked for England" →
    "Tait"; not "Boy George"), or a noun of what someone does before the surname of a person the article names in
    full, whatever the model read ("*Rocker* Doherty in on-stage fight" over "Pete Doherty, the singer of
    Babyshambles, …" → "Doherty", was a body "Rocker Doherty"). Not a
    first name itself ("Rose Tremain"), a word that opens names of places ("New", "North"), a determiner ("The
    Paris Club"), a place's or a gazetteer's name, nor a name of a body: only a name read as a person, or whose
    next word is a first name, loses its first word.
    """
    words = m.text.split(" ")
    if m.is_pronoun or len(words) < 2 or not words[0].isalpha() or words[0].isupper() or not words[0][:1].isupper():
        return m
    rest = words[1:]
    first_name = len(rest) > 1 and is_first_name(rest[0])  # "Magistrate Lee Gilmore"; not "Franz Ferdinand"
    noun = words[0]
    agent = _AGENT_NOUN.search(noun) is not None and _surname_of_a_person(" ".join(rest), text)
    if not (m.label == "PERSON" or first_name or agent) or not all(w[:1].isupper() for w in rest):
        return m
    if noun.lower() in _NAME_OPENERS or is_first_name(noun) or not _opens_sentence(m, text) \
            or shipped().lookup(m.text) or is_place(m.text) or agent and is_place(noun):
        return m
    if not (_written(noun.lower(), text) or first_name or agent
            or noun.lower() in PERSON_NOUNS and noun.lower() not in GENDER_OF_NOUN) \
            or capitalised_inside_a_sentence(noun, text):
        return m
    cut = len(noun) + 1
    gender = gender_of_first_name(rest[0]) if first_name else m.gender
    return replace(m, text=m.text[cut:], start=m.start + cut, label="PERSON", gender=gender,
                   written=m.written[cut:] if m.written and m.written.startswith(noun + " ") else m.written)
