"""Titles and roles written around a person's name.

"Iranian President Masoud Pezeshkian" → title "president" of "Iranian";
"Iran's supreme leader, Ayatollah Ali Khamenei" → "supreme leader" of "Iran";
"Revolutionary Guard commander Gen. Hossein Salami" → "commander" of
"Revolutionary Guard" (honorific "Gen."); "Secretary of State Marco Rubio" →
"secretary of state", of nothing.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import HONORIFICS
from ..nlp import sentence_of

# The head word of an office or function ("minister", "leader").
TITLE_HEADS = frozenset("""
president minister secretary leader commander chief director spokesperson spokesman spokeswoman envoy
ambassador governor mayor senator chancellor premier king queen prince princess pope ceo chairman
chairwoman chair speaker judge coach manager editor founder boss captain emir sultan president-elect
lawmaker congressman congresswoman adviser advisor head mp mep attorney-general general
striker defender midfielder goalkeeper keeper winger full-back centre-back skipper player manager
producer singer actor actress presenter host author writer novelist playwright comedian guitarist
drummer frontman rapper musician designer analyst economist archbishop bishop cardinal commissioner
lawyer barrister solicitor detective inspector superintendent constable treasurer chef officer star
cinematographer screenwriter composer choreographer photographer journalist historian campaigner referee
sprinter jockey batsman bowler cyclist swimmer boxer golfer fly-half scrum-half flanker hooker backbencher co-star
""".split())
# Jobs written as an abbreviation before a name ("Capital Radio DJ Margherita Taylor") or in the plural for people
# ("MSPs", "GPs", "DJs"); before a name only where a full name follows: "DJ Shadow" is a stage name.
JOB_ABBREVIATIONS = frozenset({"msp", "gp", "dj"})
# singular nouns of people: an "it" is none of them ("the 60-year-old actor said …")
PERSON_NOUNS = TITLE_HEADS | frozenset("""
man woman boy girl person child baby father mother son daughter wife husband brother sister friend fan
victim official spokesman spokeswoman spokesperson teenager youngster veteran
""".split())

# Words that refine a title before its head ("prime", "foreign", "supreme").
TITLE_MODIFIERS = frozenset("""
prime foreign defense defence interior finance deputy vice supreme special former acting senior top
military intelligence health home justice trade economy economic education energy environment culture
transport shadow junior national security executive managing assistant associate state treasury
opposition party army navy police communications press chief-executive first interim caretaker joint
""".split())
# Words of a government department that name no body alone, beside the title modifiers ("Home", "Culture", "Health"):
# "*Economics* Minister Aburizal Bakrie", "the *Pensions* Secretary", "*Agriculture* Minister".
DEPARTMENT_WORDS = frozenset("""
economics industry pensions welfare science sport sports tourism agriculture fisheries employment development media
arts environment constitutional regions planning housing
""".split())
# ... and words that stand only in a coordinated department ("*Work* and Pensions Secretary", "Environment, *Food* and
# *Rural Affairs*", "Education and *Skills*").
_COORDINATED_DEPARTMENT_WORDS = frozenset("work pensions skills food rural affairs commerce families nationality".split())
_ALL_DEPARTMENT_WORDS = TITLE_MODIFIERS | DEPARTMENT_WORDS | _COORDINATED_DEPARTMENT_WORDS


def is_department_word(word: str) -> bool:
    """A word of a government department's name: "Culture", "Media", "Trade", "Pensions" (any case)."""
    return word.lower() in _ALL_DEPARTMENT_WORDS


MALE_MARKS = frozenset("mr sir lord baron king prince emperor sultan emir sheikh ayatollah congressman spokesman chairman frontman".split())
FEMALE_MARKS = frozenset("mrs ms miss dame lady baroness queen princess congresswoman spokeswoman chairwoman actress".split())
# Titles written with a first name ("Prince Charles", "Sir Elton"): kept in the name, never a surname.
FIRST_NAME_TITLES = frozenset("prince princess king queen pope emperor sultan emir sheikh sir dame".split())
_OF_TITLES = frozenset({"secretary", "chief", "minister", "head", "director", "president", "leader", "commander", "governor", "speaker"})


@dataclass(frozen=True, slots=True)
class Title:
    """What is written before a name: role words, honorifics, the owner and where it starts."""

    role: str | None  # "prime minister"
    honorific: str | None  # "Gen."
    owner: object | None  # the spaCy Span that owns the role ("Iranian", "Iran")
    start: int  # token index where the title begins
    name_start: int  # token index where the name itself begins

    @property
    def gender(self) -> str | None:
        words = set((self.role or "").split()) | {word(self.honorific or "")}
        return "m" if words & MALE_MARKS else "f" if words & FEMALE_MARKS else None


def word(text: str) -> str:
    """A token's text as a lexicon key: lower case, no dots.

    >>> word("Gen.")
    'gen'
    """
    return text.lower().replace(".", "").replace("’", "'")


def _skip_honorifics(doc, i: int, lo: int) -> tuple[int, list[str]]:
    """Walk left over honorifics ("Lt. Gen.") ending before token ``i``; return the new start."""
    found = []
    while i - 1 >= lo:
        t = doc[i - 1]
        if word(t.text) in HONORIFICS and t.text[:1].isupper():
            found.append(t.text)
            i -= 1
        elif t.text == "." and i - 2 >= lo and word(doc[i - 2].text) in HONORIFICS:
            found.append(doc[i - 2].text + ".")
            i -= 2
        else:
            break
    return i, found[::-1]


# Prefixes joined to an office by a hyphen that make it another office: a "vice-president" is not the president,
# a "co-chairman" shares the chair, an "under-secretary" serves a secretary, an "ex-minister" is one no longer.
ROLE_PREFIXES = frozenset("vice co deputy under sub joint assistant acting interim pro ex".split())
_HYPHENS = frozenset({"-", "‐", "‑"})


def _hyphen_prefix(doc, i: int, lo: int) -> str | None:
    """The prefix joined by a hyphen to the title word at token ``i``: "Real Madrid *vice*-president Emilio
    Butragueno", "Conservative *co*-chairman Liam Fox", "*Under*-Secretary of State"; "former" for "ex-" ("Tory
    *ex*-minister Douglas Hogg"). None for no such prefix ("Lib Dem-run council leader")."""
    if i - 2 < lo or doc[i - 1].text not in _HYPHENS or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    prefix = word(doc[i - 2].text)
    return ("former" if prefix == "ex" else prefix) if prefix in ROLE_PREFIXES else None


def _inside_a_name(doc, k: int, head: int) -> bool:
    """Token ``k`` continues a name of several words that ends before the title's head ``head``: "Scottish
    *National Party* Justice Minister Kenny MacAskill" — "National" and "Party" are the party's name, which owns
    the role ("justice minister"), not words of the role."""
    t = doc[k]
    return t.ent_iob_ == "I" and t.ent_type_ != "PERSON" and any(doc[x].ent_iob_ != "I" for x in range(k + 1, head + 1))


def _office_before_general(doc, i: int, lo: int) -> bool:
    """The noun an office's post-positive "General" follows, which the office is named by: "New York *Attorney*
    General Eliot Spitzer", "*Auditor* General Sir John Bourn", "*Solicitor* General Harriet Harman" — an attorney
    general, no general (a rank). Not a country or a people before a general ("US General Tommy Franks")."""
    if i - 1 < lo:
        return False
    t = doc[i - 1]
    return t.is_alpha and t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ not in {"GPE", "NORP", "PERSON", "LOC"} \
        and word(t.text) not in TITLE_MODIFIERS and word(t.text) not in HONORIFICS


def _role_before(doc, i: int, lo: int) -> tuple[int, list[str]]:
    """Walk left over a title ending before token ``i`` ("Secretary of State", "prime minister"), with the prefix a
    hyphen joins to its first word ("vice-president", "co-chairman")."""
    words: list[str] = []
    if i - 3 >= lo and doc[i - 2].lower_ == "of" and word(doc[i - 3].text) in _OF_TITLES and doc[i - 1].text[:1].isupper():
        words = [word(doc[i - 3].text), "of", word(doc[i - 1].text)]
        i -= 3
    elif i - 1 >= lo and word(doc[i - 1].text) in TITLE_HEADS and not doc[i - 1].tag_.startswith("VB"):  # "Chelsea host Arsenal"
        words = [word(doc[i - 1].text)]
        i -= 1
    else:
        return i, []
    head = i + len(words) - 1
    if words == ["general"] and _office_before_general(doc, i, lo):
        words.insert(0, word(doc[i - 1].text))
        i -= 1
    while i - 1 >= lo:
        prefix = _hyphen_prefix(doc, i, lo)
        if prefix is not None:
            if prefix == "former":
                words.insert(0, "former")
            else:
                words[0] = f"{prefix}-{words[0]}"
            i -= 2
            continue
        w = word(doc[i - 1].text)
        if w not in TITLE_MODIFIERS and w not in TITLE_HEADS or _inside_a_name(doc, i - 1, head):
            break
        if doc[i - 1].ent_type_ and doc[i - 1].ent_type_ in {"NORP", "GPE", "ORG"} and w not in TITLE_MODIFIERS:
            break
        words.insert(0, w)
        i -= 1
    return i, words


def _owner_before(doc, i: int, lo: int):
    """The entity that owns a title starting at token ``i``: "Iranian …", "Iran's …"."""
    j = i - 1
    if j >= lo and doc[j].tag_ == "POS":
        j -= 1
    if j < lo:
        return None
    if not doc[j].ent_type_:  # an acronym the model did not label: "IDF Chief of Staff"
        t = doc[j]
        return doc[j:j + 1] if t.is_upper and 2 <= len(t) <= 6 and t.is_alpha else _known_body_before(doc, j, lo)
    known = _known_body_before(doc, j, lo, {"ORG"})
    if known is not None and len(known) > 1:  # "*Liberal Democrat* leader Charles Kennedy", the model's "Democrat"
        return known
    for ent in doc.ents:
        if ent.start <= j < ent.end and ent.end == j + 1 and ent.label_ in {"NORP", "GPE", "ORG", "LOC"}:
            return None if _end_of_a_longer_name(ent, lo) else ent
    return _known_body_before(doc, j, lo)  # "Labour" read inside a work "Labour MP"


def _end_of_a_longer_name(ent, lo: int) -> bool:
    """The entity is the end of a longer capitalised name the model cut at its "of (the)": "*Lord of the* Rings
    director Peter Jackson" — "Rings" is a word of the film's title, not what the director works for. "Bank of
    England governor Mervyn King" read whole is no such cut."""
    doc, k = ent.doc, ent.start - 1
    if k >= lo and doc[k].lower_ in {"the", "a"}:
        k -= 1
    return k - 1 >= lo and doc[k].lower_ == "of" and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha


# Offices held for a country or a body: "Iranian President" is the president of Iran. Other titles
# (professions: "British director", "Scottish striker"; a firm's chair: "Dutch co-chairman Antony Burgmans" of
# Unilever) take a demonym as nationality, not as their "of".
OFFICES = frozenset("""
president minister secretary leader commander chief spokesperson spokesman spokeswoman envoy ambassador governor
mayor senator chancellor premier king queen prince princess pope emir sultan speaker general head mp mep lawmaker
congressman congresswoman adviser advisor attorney-general president-elect
coach manager captain boss
""".split())


# Positions in a team: a town or a country before them names the team ("Newcastle striker Craig Bellamy", "England
# midfielder Frank Lampard"), unlike before other professions ("UK actress Kate Beckinsale").
TEAM_POSITIONS = frozenset("""
striker defender midfielder goalkeeper keeper winger full-back centre-back skipper player fly-half scrum-half flanker
hooker prop lock batsman bowler
""".split())


def is_nationality(owner, role_words: list[str]) -> bool:
    """A demonym adjective before a profession gives nationality, not an owner: "British director Mike Leigh"; so
    does a country or a town before a profession that is no team's position: "UK actress Kate Beckinsale", "fellow
    UK star Kate Winslet", "its Paris lawyer, Emmanuel Gaillard" — where they are from, not what they work for.

    "Iranian President Masoud Pezeshkian" keeps Iran: a president is an office of a country; "England midfielder
    Frank Lampard" keeps England (its team).
    """
    words = [w.rsplit("-", 1)[-1] if w.split("-", 1)[0] in ROLE_PREFIXES else w for w in role_words]  # vice-president
    head = next((w for w in reversed(words) if w != "of"), "")
    if head in OFFICES or set(words) & OFFICES:
        return False
    adjective = len(owner) == 1 and (owner[0].tag_ == "JJ" or getattr(owner, "label_", "") == "NORP")
    return adjective or getattr(owner, "label_", "") in {"GPE", ""} and head not in TEAM_POSITIONS \
        and _known_place(owner.text)


# Offices of a state or a city, held by a party's member but never the party's own: "Labour prime minister",
# "Tory chancellor", "Republican senator". (A party's own posts take it as their owner: "Labour leader", "Lib Dem
# president", "Labour general secretary", "Tory shadow chancellor", "Labour MP".)
STATE_OFFICES = frozenset("""
prime premier chancellor minister senator governor mayor congressman congresswoman attorney-general
""".split())
# Parties whose name has no "Party" in it; US parties read as adjectives.
_PARTY_NAMES = frozenset({"liberal democrats", "plaid cymru", "sinn fein", "republican", "republicans", "democrat",
                          "democrats", "democratic"})


def is_party(owner) -> bool:
    """The owner of a role is a political party: "Labour", "Tory" (the shipped gazetteer's "… Party"), "Lib Dem",
    "Republican"."""
    from .gazetteer import shipped  # the gazetteer reads names; imported late to keep layers plain
    found = shipped().lookup(owner.text)
    name = (found[0] if found is not None else owner.text).casefold()
    return name.endswith(" party") or name in _PARTY_NAMES


def is_party_affiliation(owner, role_words: list[str]) -> bool:
    """A party before an office of the state says whose member holds it, not whose office it is: "former *Labour*
    prime minister Jim Callaghan" was prime minister of the UK, never "of Labour Party"; "*Tory* chancellor Ken
    Clarke", "*Republican* senator John McCain", "*Labour* Home Secretary David Blunkett". A party's own posts keep it:
    "Labour leader", "Tory shadow chancellor Oliver Letwin", "Labour general secretary", "Lib Dem president", and so
    does a minister's portfolio, which a party names in opposition too ("Scottish National Party Justice Minister
    Kenny MacAskill")."""
    if not is_party(owner) or "shadow" in role_words or "party" in role_words or "general" in role_words:
        return False
    words = [w for w in role_words if w != "former"]
    if words[-1:] == ["minister"] and len(words) > 1 and words[0] != "prime":
        return False  # a portfolio a party names in opposition too: "SNP Justice Minister Kenny MacAskill"
    return bool(set(words) & STATE_OFFICES) or words[-1:] == ["secretary"] and len(words) > 1 \
        or words[:2] == ["secretary", "of"]


def _known_place(text: str) -> bool:
    """A place the shipped lists know ("UK", "Paris"), not a name the model read as one ("Nirvana frontman Kurt
    Cobain": the band)."""
    from .gazetteer import shipped  # the gazetteer and the place lists read names; imported late to keep layers plain
    from .placenames import is_place
    found = shipped().lookup(text)
    return is_place(text) or found is not None and found[1] == "GPE"


def _former_before(doc, i: int, lo: int) -> bool:
    """"former Wales skipper Gary Speed", "Tory ex-minister Douglas Hogg": the office is no longer held."""
    if i - 1 >= lo and doc[i - 1].lower_ in {"former", "ex"}:
        return True
    return i - 2 >= lo and doc[i - 1].text in {"-", "‐"} and doc[i - 2].lower_ == "ex"


def _full_name_after(ent, i: int) -> bool:
    """Two capitalised words or more end ``ent`` after its token ``i``, a first name and a surname: "DJ *Margherita
    Taylor*", "DJ *Mike Read*"; not a stage name of one word ("DJ Shadow")."""
    rest = ent.doc[i + 1:ent.end]
    return len(rest) >= 2 and all(t.is_alpha and t.text[:1].isupper() for t in rest)


def _known_body_before(doc, j: int, lo: int, kinds=frozenset({"ORG", "NORP", "GPE"})):
    """A body the shipped gazetteer knows, ending at token ``j``, that the model left unlabelled or cut: "*Labour* MP
    Diane Abbot", "*Lib Dem* spokesman", "*UK Independence Party* leader Roger Knapman" (read "UK" + "Independence
    Party")."""
    from .gazetteer import shipped  # the gazetteer reads names; imported late to keep layers plain
    for n in (3, 2, 1):
        span = doc[j - n + 1:j + 1] if j - n + 1 >= lo else None
        if span is not None and all(t.is_alpha and t.text[:1].isupper() for t in span):
            found = shipped().lookup(span.text)
            if found is not None and found[1] in kinds:
                return span
    return None


def _body_opening(ent):
    """The party or body a person's span opens with, before a title or a full name: "*Lib Dem* MP Lembit Opik",
    "Fellow *Lib Dem* Norman Baker said" (the model read one person) — a body the shipped gazetteer knows, not a
    word of the name. None for names that only start like a body ("Labour Party", "Green Day": nothing personal
    follows)."""
    from .gazetteer import shipped  # the gazetteer reads names; imported late to keep layers plain
    from .names import is_first_name
    doc = ent.doc
    starts = [ent.start]
    if doc[ent.start].is_sent_start and not is_first_name(doc[ent.start].text):
        starts.append(ent.start + 1)  # "Fellow Lib Dem Norman Baker said …": a word capitalised by its place
    for first in starts:
        for k in range(first + 1, min(first + 3, ent.end - 1)):
            found = shipped().lookup(doc[first:k].text)
            if found is None or found[1] not in {"ORG", "NORP"}:
                continue
            nxt = word(doc[k].text)
            titled = nxt in TITLE_HEADS or nxt in JOB_ABBREVIATIONS or nxt in HONORIFICS
            named = is_first_name(doc[k].text) and ent.end - k >= 2 \
                and all(t.is_alpha and t.text[:1].isupper() for t in doc[k:ent.end])
            if titled and ent.end - k >= 2 or named:
                return doc[first:k]
    return None


# A player's position in a team written as a bare word, which the model takes into a name when it opens a sentence.
FIELD_POSITIONS = frozenset("centre wing prop lock".split())


def _position_opening_a_sentence(ent, k: int) -> bool:
    """Token ``k`` is a team position opening the sentence, capitalised by its place, before a surname: "*Centre*
    Parker has only a slim chance of being involved", "*Prop* Jones ready for hard graft" — the position, no word of
    the name. Not inside a sentence ("… said Wing Chan"), nor the name's last word."""
    t = ent.doc[k]
    rest = ent.doc[k + 1:ent.end]
    return word(t.text) in FIELD_POSITIONS and t.is_title and t.is_sent_start and len(rest) >= 1 \
        and all(u.is_alpha and u.text[:1].isupper() for u in rest)


def title_of(ent) -> Title:
    """The title written before (or at the start of) a PERSON-like span ``ent``."""
    doc = ent.doc
    lo = sentence_of(ent).start
    name_start = ent.start
    honorifics: list[str] = []
    inner: list[str] = []
    body = _body_opening(ent)
    if body is not None:
        name_start = body.end
    while name_start < ent.end - 1:  # "Ayatollah Ali Khamenei", "President Trump" as one entity
        w = word(doc[name_start].text)
        if w in FIRST_NAME_TITLES:
            break
        if w in HONORIFICS:
            honorifics.append(doc[name_start].text)
        elif w in TITLE_HEADS or w in JOB_ABBREVIATIONS and doc[name_start].is_upper and _full_name_after(ent, name_start):
            inner.append(w)
        elif _position_opening_a_sentence(ent, name_start):
            inner.append(w)
        elif not (doc[name_start].text == "." and honorifics):
            break
        name_start += 1
    i, outer_hon = _skip_honorifics(doc, ent.start, lo)
    honorifics = outer_hon + honorifics
    i2, role_words = _role_before(doc, i, lo)
    if not role_words and i - 1 >= lo and doc[i - 1].text == ",":  # apposition: "Iran's supreme leader, Ali Khamenei"
        j, words = _role_before(doc, i - 1, lo)
        if words and (_owner_before(doc, j, lo) is not None or (j - 1 >= lo and doc[j - 1].lower_ == "the")):
            i2, role_words = j, words
    role_words = role_words + inner
    owner = _owner_before(doc, i2, lo) if role_words and body is None else body if role_words else None
    written_owner = owner
    if owner is not None and (is_nationality(owner, role_words) or is_party_affiliation(owner, role_words)):
        owner = None
    before = written_owner.start if written_owner is not None else i2
    if role_words and role_words[0] != "former" and _former_before(doc, before, lo):
        role_words = ["former", *role_words]
    start = i2 if role_words else i
    role = " ".join(role_words) or None
    honorific = " ".join(honorifics) or None
    return Title(role, honorific, owner, start, name_start)
