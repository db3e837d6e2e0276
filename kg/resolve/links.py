"""Whether an argument's entity names it: the link of a triple's subject or object to an entity.

A triple's argument links to the entity of the mention at its head word
(:meth:`kg.resolve.entities.Resolution.entity_at`). That mention may name less
than the argument does, and then the entity is someone or something else:

* the name goes on after the mention: "Andre 3000" is not the Andre of the
  article, "Tony Hawk's Underground 2" not the game Underground
  (:func:`name_goes_on_after`);
* the name modifies a made or measured thing written after it: "the ISM index" is no institute
  (:func:`name_modifies_a_thing`);
* the name begins before the mention: "Lockheed Martin" is no Martin,
  "Universities Scotland" is not Scotland (:func:`name_begins_before`);
* the argument is a noun with a name in its prepositional phrase: "shares in
  state construction companies Adhi Karya" are not Adhi Karya
  (:func:`head_noun_before_a_preposition`);
* a person or people named by their nationality: "an unruly Irishman", "his
  fellow American", "250 million Indians" are people, not the country
  (:func:`names_nationals`; "the Irishman" is
  :func:`kg.resolve.speakers.is_person_by_nationality`);
* an entity whose name runs on into a date: "Commons on Monday" (:func:`names_a_time`);
* a person's name after "a/an": "a Londoner" is some Londoner (:func:`names_a_kind_of_person`);
* names given as alternatives: "Kate Winslet or Natalie Portman" is neither one (:func:`names_alternatives`);
* names given together: "Sri Lanka and the Maldives" is not Sri Lanka alone (:func:`names_a_coordination`).

Such an argument keeps its words and gets no entity: a triple with an end no
entity names draws no edge between entities.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..extract.confidence import is_headline
from ..lexicon import COUNT_WORDS, HONORIFICS
from ..records import Argument
from ..timenorm import MONTHS, WEEKDAYS
from .commonwords import capitalised_inside_a_sentence, opens_a_sentence
from .entities import PLACE_TYPES
from .gazetteer import Gazetteer, gazetteer_place
from .names import is_first_name
from .roles import TITLE_HEADS, TITLE_MODIFIERS
from .speakers import COUNTRY_TYPES, NATIONALITY_NOUNS, head_word

# Words that may stand before a name in an argument without being part of it ("the", "his fellow").
NAME_LEADERS = frozenset("""
the a an his her its their our my your this that these those fellow another neither either both every each
""".split())
_NEXT_WORD = re.compile(r" (\S+)")
_LAST_WORD = re.compile(r"(\S+) $")


def name_goes_on_after(text: str, argument: Argument, mention_start: int, mention_end: int, entity: str) -> bool:
    """The argument's name goes on past the mention at its head: the next word, written after one
    space, is a number or a capitalised word that is no honorific ("Mr") and no word of the
    ``entity``'s own name; or a one-word mention goes on with "of" or "to" and a capitalised word
    (:func:`title_goes_on`).

    Construction: a name with a number or a further capitalised word that the mention left out.
    "Their double CD album Speakerboxxx/The Love Below, which saw Andre 3000 and Big Boi each produce
    one disc" — the mention "Andre" names another Andre, not Andre 3000; "Metal Slug 3" is not the
    series Metal Slug. "told the BBC Mr Howard …" is a misparse, not a longer name.
    """
    if mention_end >= argument.end:
        return False
    found = _NEXT_WORD.match(text, mention_end, argument.end)
    if found is None:
        return False
    word = found.group(1)
    if word.casefold() in _words(entity):
        return False
    if word.isdigit() or (word[:1].isupper() and word.casefold().rstrip(".") not in HONORIFICS):
        return True
    return title_goes_on(text[mention_start:mention_end], text[mention_end:argument.end], entity)


_OF_A_NAME = re.compile(r" (?:of|to) (?:the |The )?[A-Z]")


def title_goes_on(mention: str, after: str, entity: str) -> bool:
    """A one-word mention is the first word of a title or name that goes on with "of" or "to" and a
    capitalised word ("Shaun of the Dead", "A Tribute to Heroes", "the Archbishop of Canterbury",
    "Hearts of Oak"), unless its entity is a longer name that holds it ("Prince of Wales" → Prince
    Charles). "in" and "for" start a place or a purpose as often ("Paula in Athens", "Idowu for Euro
    gold") and are left alone.

    Construction: "Merle Kilgore, co-writer of the country hit Ring of Fire, has died" — "Ring of
    Fire" is no link to an entity "Ring".
    """
    words = mention.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) != 1 or not _OF_A_NAME.match(after):
        return False
    return not (words[0].casefold() in _words(entity) and len(entity.split()) > 1)


def _words(name: str) -> set[str]:
    return {w.casefold() for w in name.split()}


@lru_cache(maxsize=4096)
def is_place_word(word: str) -> bool:
    """A word the shipped gazetteer knows as a place or a people ("Australian", "German", "England")."""
    return gazetteer_place(word, peoples=True)


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return Gazetteer.default()


def name_begins_before(text: str, argument: Argument, mention_start: int, mention_end: int, entity: str,
                       entity_type: str | None, type_at: Callable[[int], str | None]) -> bool:
    """The argument's name begins before a one-word mention at its head.

    The word before it, written one space before, is capitalised and none of a title ("Chancellor"),
    an honorific ("Mr"), a determiner ("The"), an initial or acronym ("G", "US"), a possessive
    ("Arsenal's"), a compound ("US-based"), a place or people ("Australian Johnson", "Inner
    Mongolia Yili") or a word of the ``entity``'s own name ("Menatep Group"). ``type_at`` gives the
    type of the entity named at an offset, if any: a brand before its product keeps the link ("the
    Honda Accura"), a name before a person's surname does not ("Lockheed Martin"); a word that names
    nothing begins the name, unless it may be the first name of a person the entity names only by
    the surname ("Ma'a Nonu" → Nonu; "Drury Lane" is not Nathan Lane). A headline capitalises
    freely ("Edgy Agassi struggles past Dent"), so does a sentence's first word ("Model Caprice"):
    it begins a name only if the article writes it capitalised inside a sentence too; a first name
    before a person's surname is theirs ("Tory Dominic Grieve" → Grieve).

    Construction: a two-word name of which the mention is the last word. "Boeing was sued by
    Lockheed Martin after its rival accused it of industrial espionage" — the mention "Martin" is
    no Martin; "Universities Scotland, which represents university principals, claimed …" is a body,
    not Scotland.
    """
    if mention_start <= argument.start or " " in text[mention_start:mention_end].strip():
        return False
    found = _LAST_WORD.search(text, argument.start, mention_start)
    if found is None:
        return False
    word = found.group(1)
    key = word.casefold().rstrip(".")
    if not (word[:1].isupper() and word[:1].isalpha() and len(word) > 1 and not word.isupper()
            and not word.endswith(("'s", "’s", "'", "’", ",")) and not re.search(r"-[a-z]", word)
            and key not in HONORIFICS and key not in TITLE_HEADS and key not in TITLE_MODIFIERS
            and key not in NAME_LEADERS and key not in _words(entity) and not is_place_word(word)):
        return False
    if is_headline(argument_sentence(text, argument)):
        return False
    if opens_a_sentence(text, found.start(1)) and not capitalised_inside_a_sentence(word, text):
        return False  # "Model Caprice", "Developer Valve", "Just Chepkemei": a capital of the position
    if is_first_name(word) and not (entity_type == "PERSON" and " " in entity):
        return False  # "Tory Dominic Grieve" → Grieve
    before = type_at(found.start(1))
    if before in PLACE_TYPES:
        return False
    if before is not None:
        return entity_type == "PERSON"
    if entity_type == "PERSON":
        return " " in entity
    return True


# Common nouns of a thing a body or a band makes or measures, which a name before them only modifies: "the ISM
# index", "Office of National Statistics data", "the Band Aid 20 song".
MADE_THING_NOUNS = frozenset("""
index data figures statistics report survey study poll song single album record film movie video show programme
series book novel website site game deal bid offer scheme proposal proposals plan plans strategy policy budget
""".split())
_NOUN_AFTER_A_NAME = re.compile(r"(?: \([A-Z][\w.&-]*\))? ([a-z][a-z-]*)(?=$|[,;:]| (?:of|in|for|from|at|on|with|to|by)\b)")


def name_modifies_a_thing(text: str, argument: Argument, mention_end: int) -> bool:
    """The name at the argument's head only modifies the common noun of a made or measured thing written after it,
    which the argument is about (:data:`MADE_THING_NOUNS`; the noun ends the argument or a preposition follows it).

    Construction: a body's or a band's name as a noun's modifier. "The Institute for Supply Management (ISM) index
    fell to 55.3 in February" — the index fell, not the institute; "because Office of National Statistics data are
    accurate"; "the Band Aid 20 song will sell 300,000 copies". Not a body's own kind or someone speaking for it
    ("the Labour party", "a Department for Education and Skills spokeswoman"), nor a word that is no such noun
    ("the UK alone is owed").
    """
    found = _NOUN_AFTER_A_NAME.match(text, mention_end, argument.end)
    return found is not None and found.group(1) in MADE_THING_NOUNS


def mention_is_not_the_argument(text: str, argument: Argument, mention: tuple[int, int] | None, entity: str,
                             entity_type: str | None, type_at: Callable[[int], str | None]) -> bool:
    """The mention at the argument's head is only part of the name the argument writes
    (:func:`name_goes_on_after`, :func:`name_begins_before`) or sits in the phrase of the noun the
    argument is about (:func:`head_noun_before_a_preposition`): its ``entity`` (of ``entity_type``)
    does not name the argument. ``mention``: where that mention starts and ends; ``type_at``: the type of
    the entity named at an offset, if any."""
    if mention is None or argument.is_clause:
        return False
    start, end = mention
    return (name_goes_on_after(text, argument, start, end, entity)
            or name_modifies_a_thing(text, argument, end)
            or name_begins_before(text, argument, start, end, entity, entity_type, type_at)
            or head_noun_before_a_preposition(text, argument, start))


_TIME_IN_NAME = re.compile(r"\b(?:(?:on|in|at|until|since) (?:the )?|(?:earlier|later) (?:this|last|next) )(?:"
                           + "|".join(d for d in WEEKDAYS + MONTHS if d != "sunday")
                           + r"|Christmas|Easter|New Year|Boxing Day|weekend|year|week|month)\b", re.I)


def names_a_time(entity: str) -> bool:
    """An entity whose name runs on into a time phrase: the name of no thing, glued by the name
    finder to the date after it. "He tore a pectoral muscle against the Ospreys on Boxing Day" →
    "Ospreys on Boxing Day"; "when the Bill is debated in the Commons on Monday" → "Commons on
    Monday"; "Onimusha 3 earlier this year". An edge to it would draw a date as a thing. Not "on
    Sunday", the title of Sunday papers ("The Mail on Sunday", "Scotland on Sunday")."""
    return bool(_TIME_IN_NAME.search(entity))


def names_a_kind_of_person(argument: Argument, entity_type: str | None) -> bool:
    """An argument that names some person by a name after "a/an": a kind of person, or someone like
    the one named, not that person. "Findlay is a Londoner who has chosen to represent Trinidad and
    Tobago" → the edge "Londoner — choose to represent — Trinidad" is no fact about an entity; "a new
    Beckham". Things named after "a" ("won an Oscar", "uses a Vauxhall Astra") are no persons and keep
    their link."""
    words = argument.text.split()
    return (entity_type == "PERSON" and not argument.is_clause and len(words) > 1
            and words[0].casefold() in {"a", "an"} and words[-1][:1].isupper())


_NAME_RUN = r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*"
_ALTERNATIVES = re.compile(rf"({_NAME_RUN}) (?:or|nor) (?:the |Mr |Mrs |Ms |Dr )?({_NAME_RUN})")


def names_alternatives(argument: Argument, entity: str) -> bool:
    """An argument that names two or more things as alternatives, the entity being one of them:
    "Heather Craney could be outdone by Kate Winslet or Natalie Portman" says one of them would, not
    which, so no edge goes to Kate Winslet; "neither the English Democrats nor the New Party". An "or"
    after a comma renames rather than offers a choice ("organised by the European Broadcasting Union,
    or EBU" keeps its link), and a name written with "or" in it is one name ("The Goat or, Who is
    Sylvia?"). The entity's last word must be a word of one side, so an "X or Y" elsewhere in a long
    argument does not unlink its head."""
    if argument.is_clause or " or " in entity or " nor " in entity or not entity.split():
        return False
    last = entity.split()[-1]
    return any(last in side.split() for match in _ALTERNATIVES.finditer(argument.text) for side in match.groups())


_AND_AFTER = re.compile(r",? (?:and|&) ")
_AND_BEFORE = re.compile(r"(\S),? (?:and|&) ((?:\S+ ){0,2})$")
_WORD_START = re.compile(r"\S+")
# Entity types whose mention may stand beside "and" as a modifier, not a conjunct ("British and Irish Lions").
_MODIFIER_TYPES = frozenset({"NORP", "LANGUAGE"})


def names_a_coordination(text: str, argument: Argument, mention: tuple[int, int] | None, entity: str,
                         entity_at: Callable[[int], str | None], type_at: Callable[[int], str | None],
                         mention_at: Callable[[int], tuple[int, int] | None]) -> bool:
    """An argument that coordinates the name at its head with another entity's name by "and" (or "&", or a comma of
    a list that "and" ends): it names both together, and an edge to one of them says of it alone what the sentence
    says of the pair. "Sri Lanka and the Maldives are the two countries the ADB fears are most at risk"
    (business/asia-quake-increases-poverty-risk.txt) is not Sri Lanka's; "Clive Owen and Sophie Okonedo got
    nominated", "its stars Hilary Swank and Morgan Freeman won", "winger Tommy Bowe and flanker Denis Leamy".

    The other conjunct is the mention of another entity written right after the "and" (up to two words between:
    "the", "flanker", "DJ partner") or ending right before it, inside the argument. Not a modifier's name ("British
    and Irish Lions coach Clive Woodward": a people's adjective), not common nouns beside the name ("Singer and TV
    presenter McFadden", "Local singer and songwriter Missy Higgins"), not a name written with "and" ("Trinidad and
    Tobago", "Marks and Spencer" — one mention), nor "and" elsewhere in the argument ("Shares in Elan and Biogen
    Idec": its head is the shares)."""
    if mention is None or argument.is_clause or " and " in entity or "&" in entity:
        return False
    start, end = mention
    if not (argument.start <= start and end <= argument.end):
        return False

    def other(offset: int, lo: int, hi: int) -> bool:
        """Another entity's mention at ``offset``, lying between ``lo`` and ``hi`` (not across the "and")."""
        name, span = entity_at(offset), mention_at(offset)
        return (name is not None and name != entity and span is not None and lo <= span[0] and span[1] <= hi
                and type_at(offset) not in _MODIFIER_TYPES)

    after = _AND_AFTER.match(text, end, argument.end)
    if after is not None:
        words = list(_WORD_START.finditer(text, after.end(), argument.end))[:3]
        if any(other(w.start(), after.end(), argument.end) for w in words):
            return True
    if text[end:end + 2] == ", " and " and " in text[end:argument.end]:
        nxt = _WORD_START.search(text, end + 2, argument.end)  # "Iraq, Iran and Syria": a list
        if nxt is not None and other(nxt.start(), end + 2, argument.end):
            return True
    before = _AND_BEFORE.search(text, argument.start, start)
    return before is not None and other(before.start(1), argument.start, before.start(1) + 1)


def argument_sentence(text: str, argument: Argument) -> str:
    """The line of ``text`` that holds the argument (a headline is a line of its own)."""
    start = text.rfind("\n", 0, argument.start) + 1
    end = text.find("\n", argument.end)
    return text[start:end if end >= 0 else len(text)]


_NOUN_THEN_PREPOSITION = re.compile(
    r"(?:(?:the|a|an|some|many|most|its|their|his|her|\S+'s)\s+)?([A-Za-z]+)\s+(?:in|by|between|among|of|for|from)\s", re.I)


def head_noun_before_a_preposition(text: str, argument: Argument, mention_start: int) -> bool:
    """The argument is a common noun with a prepositional phrase, and the mention at its head sits in
    that phrase: the parse took the name for the head, but the argument is about the noun.

    Construction: "Shares in storage and delivery firm Exel rose …", "Research by technology firms
    Earthlink and Webroot found …", "shares in state construction companies Adhi Karya and Semen Gresik
    have jumped" — the shares, not Adhi Karya (blind s6final28 T031). The noun is no title ("minister
    of sport Jaime Lissavetzky") and no name ("Bank of England governor Mervyn King").
    """
    if mention_start <= argument.start:
        return False
    found = _NOUN_THEN_PREPOSITION.match(text, argument.start, mention_start)
    if found is None:
        return False
    noun = found.group(1)
    key = noun.casefold()
    if key in TITLE_HEADS or key in TITLE_MODIFIERS or key in HONORIFICS:
        return False
    if noun[:1].isupper() and (not opens_a_sentence(text, found.start(1)) or capitalised_inside_a_sentence(noun, text)):
        return False  # a name: "Bank of England", "Republic of Ireland"
    return True


_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'-]*")


def headline_names_another_place(text: str, argument: Argument, entity: str,
                                 type_at: Callable[[int], str | None], entity_at: Callable[[int], str | None]) -> bool:
    """The argument stands in a headline (a line without sentence punctuation) that names another
    country or place besides the argument's own entity: a sport result, where a plural nationality is the
    team and the headline has dropped its "the".

    Construction: "Italians stun Scotland in Rome", "Scots crash to defeat in Rome" — the team of Italy,
    of Scotland; "Britons fed up with net service" names no other place and stays people.
    """
    line_start = text.rfind("\n", 0, argument.start) + 1
    line = argument_sentence(text, argument)
    if not is_headline(line):
        return False
    for word in _CAPITALISED_WORD.finditer(line):
        offset = line_start + word.start()
        if argument.start <= offset < argument.end:
            continue
        if type_at(offset) in PLACE_TYPES | COUNTRY_TYPES and entity_at(offset) not in (None, entity):
            return True
    return False


def is_count(word: str) -> bool:
    """A number word or figure counting a group of people: "22", "Twenty-two", "dozen" — not a
    population ("10 million Mexicans live in the US": the people, as the country's name for them).
    Not spaCy's ``like_num``, which takes "million", "first" and "1,000" too."""
    if word.isdecimal():
        return len(word) <= 3
    number, hyphen, rest = word.partition("-")
    return number.casefold() in COUNT_WORDS and (not hyphen or bool(re.fullmatch(r"\w+", rest)))


def names_nationals(argument: Argument, entity: str, entity_type: str | None,
                    in_a_result_headline: bool = False) -> bool:
    """An argument that names people of a country, not the country it resolved to.

    Construction: a person's nationality as a noun after a determiner ("an unruly Irishman", "his
    fellow American", "one Spaniard") or alone ("Briton wins short film Oscar"), or a plural of it
    not after "the" ("250 million Indians", "many Britons", "predominantly white Americans", "Britons
    lead Europe"), or a small group of them counted ("Twenty-two Maori", "three Swiss"). "The Irish",
    "the struggling Scots" (a team, a nation) keep their link, as does a plural in a headline that names
    another place (``in_a_result_headline``, "Italians stun Scotland in Rome": headlines drop "the"),
    the country's own name ("the UK") and its adjective ("US troops").

    "Instead, Prof Reddy decided to think of those 250 million Indians as a potential market" —
    Indians are people, not India.
    """
    if entity_type not in COUNTRY_TYPES or argument.is_clause:
        return False
    words = argument.text.split()
    head = head_word(argument)
    if not words or words[-1] != head or not head[:1].isupper() or head.isupper():
        return False
    before = words[-2].casefold() if len(words) > 1 else ""
    if is_count(before):
        return True  # "Twenty-two Maori … formed the New Zealand Native Team": 22 players, not the Maori people
    word = head.casefold()
    if word in {w.casefold() for w in entity.split()}:
        return False
    if word.endswith("s") and not word.endswith("ss"):
        return words[0].casefold() != "the" and not in_a_result_headline  # "the (struggling) Scots": the team
    if not before:
        return word in NATIONALITY_NOUNS or word.endswith(("man", "woman"))
    if words[0].casefold() == "the":
        return is_one_national(word)
    return is_one_national(word) and words[0].casefold() in NAME_LEADERS  # "an unruly Irishman", "an Israeli"


def is_one_national(word: str) -> bool:
    """A singular noun of nationality after "the" (or "a", "an", "his fellow") names one person, never the
    country: "The unseeded Argentine, who won the tournament two years ago, now plays Spain's Albert Montanes"
    (a player, not Argentina), "the New Zealander said", "the Spaniard", "with Egypt handing back an Israeli
    who has served eight years in prison". The nation's own collective
    forms ("the Irish", "the Dutch", "the French", "the Swiss", "the Japanese") end otherwise and keep
    their link, as does a plural ("the Scots": names_nationals). ``word`` is casefolded."""
    return word.endswith(("man", "woman", "an", "er", "ine", "i")) or word in NATIONALITY_NOUNS


# words that stand before a language's name in an argument ("my French", "simplified Chinese")
LANGUAGE_LEADERS = frozenset("""my his her its our your their simplified traditional fluent broken perfect
good native""".split())


@lru_cache(maxsize=4096)
def is_demonym(word: str) -> bool:
    """A word the shipped gazetteer knows as a people's and not as a place's ("Swedish", not "Japan")."""
    return gazetteer_place(word, peoples=True) and not gazetteer_place(word, peoples=False)


def names_a_language(text: str, argument: Argument, entity_type: str | None) -> bool:
    """An argument that names a language by its nationality adjective, not the country it resolved
    to: the object of "in" ("The musical will be performed in Swedish"), or after a possessive or a
    word of how it is written or spoken ("he was practising my Portuguese", "Google launched a
    version in simplified Chinese" — no edge Google → China). Not a people or a team ("the French
    want the embargo lifted", "the Irish beat Italy"): no "the"; not a place ("in Japan", "in Mali": the
    gazetteer knows no people of that name, :func:`is_demonym`)."""
    if entity_type not in COUNTRY_TYPES or argument.is_clause:
        return False
    words = argument.text.split()
    if not words or not words[-1][:1].isupper() or words[-1].isupper() or not is_demonym(words[-1]) \
            or not words[-1].casefold().endswith(("ish", "ese", "ch", "an", "ic", "i")):
        return False
    if len(words) > 1:
        return len(words) == 2 and words[0] in LANGUAGE_LEADERS
    return text[max(0, argument.start - 4):argument.start].casefold() == " in "
