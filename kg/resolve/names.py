"""Names as matching keys: titles, a leading "the", possessives and dots set aside.

>>> name_key("the U.S.'s")
'us'
>>> name_key("Donald J. Trump")
'donald trump'
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from importlib import resources

_LEADING_THE = re.compile(r"^the\s+", re.I)
_POSSESSIVE = re.compile(r"(?:[’']s?|[’'])$")
_FUNCTION_END = {"of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "&"}
# Lower-case words that start a surname ("Robin van Persie", "Ludwig von Mises", "Abu Musab al-Zarqawi").
PARTICLES = frozenset("van von de der den da di du le la del della dos das ter ten al el bin ibn ben st".split())
# Father/son markers written after a name ("George Bush Snr", "Ken Griffey Jr").
GENERATIONS = frozenset("jr jnr junior sr snr senior ii iii".split())
# Letters written after a surname that are no part of it ("Philippe Sands QC", "Leadplex LLC").
POST_NOMINALS = frozenset("qc kc mp mep msp am obe mbe cbe kbe dbe phd md llc inc ltd plc".split())
_HYPHEN = re.compile(r"(?<=\w)[-‐‑](?=\w)")
# The generic word a name abbreviates before the rest of it: "Mt Cook" is "Mount Cook", "St Helens" "Saint Helens",
# "Ft Worth" "Fort Worth". Never the last word: "MT" alone is Montana, "Oxford St" a street.
ABBREVIATED_WORDS = {"mt": "mount", "st": "saint", "ft": "fort"}
_DASH = re.compile(r"\s[-‐‑–—]+\s|[–—]")

@functools.lru_cache(maxsize=16384)  # (pure; the same names are keyed again and again: ~6× per article)
def fold(text: str) -> str:
    """ASCII-folded, case-folded text with curly quotes made straight."""
    text = text.replace("’", "'").replace("‘", "'")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()


@functools.lru_cache(maxsize=16384)
def is_initial(word: str) -> bool:
    """A single letter, with or without its dot, standing for a first name: "K" of the team sheets' "K Holmes",
    "N." (and, in a lower-case key, "k"). Callers reading written text add the capital it needs.

    >>> [is_initial(w) for w in ("K", "N.", "k", "Ke", "4")]
    [True, True, True, False, False]
    """
    return len(word.rstrip(".")) == 1 and word[:1].isalpha()


@functools.lru_cache(maxsize=65536)  # (pure; asked ~160,000 times per 300 articles, mostly of names asked before)
def name_key(text: str, keep_initials: bool = False) -> str:
    """The matching key of a name: no leading "the", possessive, dots or middle initials.

    >>> name_key("The Wall Street Journal")
    'wall street journal'
    >>> name_key("Israel’s")
    'israel'
    >>> name_key("Mt. Cook"), name_key("Mount Cook"), name_key("MT"), name_key("St Helens"), name_key("Oxford St")
    ('mount cook', 'mount cook', 'mt', 'saint helens', 'oxford st')
    """
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", text.strip()))
    words = _DASH.sub(" ", _HYPHEN.sub("-", text)).replace(",", " ")
    words = fold(words).replace(".", "").split()
    if len(words) > 2 and not keep_initials:  # "donald j trump" → "donald trump"
        words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    for i in range(len(words) - 1):  # "Mt Cook" is written "Mount Cook" too; "MT" alone (Montana) stays
        words[i] = ABBREVIATED_WORDS.get(words[i], words[i])
    for i in range(len(words) - 1):  # "al Qaeda" is written "al-Qaeda" too
        if words[i] in {"al", "el"} and i + 1 < len(words):
            words[i:i + 2] = [f"{words[i]}-{words[i + 1]}", ""]
    return " ".join(w for w in words if w)


def surname_of(key: str) -> str:
    """The surname part of a person's key: the last word with its particles, no Jr/Snr.

    A hyphenated surname is one word of the key ("Robert Kilroy-Silk"), a
    particle starts it ("Robin van Persie" → "van persie").

    >>> surname_of("robin van persie"), surname_of("robert kilroy-silk"), surname_of("george bush snr")
    ('van persie', 'kilroy-silk', 'bush')
    >>> surname_of("brian o'driscoll"), surname_of("blair"), surname_of("philippe sands qc")
    ("o'driscoll", 'blair', 'sands')
    """
    words = key.split()
    while len(words) > 1 and (words[-1] in GENERATIONS or words[-1] in POST_NOMINALS):
        words.pop()
    if len(words) < 2:
        return " ".join(words)
    for i in range(1, len(words) - 1):
        if words[i] in PARTICLES:
            return " ".join(words[i:])
    return words[-1]


def generation(key: str) -> str | None:
    """"jr" or "snr" when a person's key ends with a father/son marker.

    >>> generation("george bush snr"), generation("george w bush")
    ('snr', None)
    """
    last = key.rsplit(" ", 1)[-1]
    if last not in GENERATIONS or " " not in key:
        return None
    return "jr" if last in {"jr", "jnr", "junior", "ii", "iii"} else "snr"


def is_surname_key(key: str) -> bool:
    """A key that can stand for a surname alone: one word, or a particle and its word.

    >>> is_surname_key("blair"), is_surname_key("van persie"), is_surname_key("tony blair")
    (True, True, False)
    """
    words = key.split()
    return len(words) == 1 or (len(words) >= 2 and words[0] in PARTICLES and surname_of("x " + key) == key)


def clean_surface(text: str) -> str:
    """A mention's text without a possessive or dangling punctuation, nor the full stop of a sentence the model
    ran into its last word ("… ranging from the 15th century to World War I." → "World War I"; "Jessica Taylor
    from Liberty-X." → "Liberty-X"). Dots inside the last word stay ("U.S.", "M.A.S.K.").

    >>> clean_surface("Mike Leigh -"), clean_surface("Cherie Blair's"), clean_surface("Lib Dems '")
    ('Mike Leigh', 'Cherie Blair', 'Lib Dems')
    >>> clean_surface("World War I."), clean_surface("the U.S."), clean_surface("Magic Torch....")
    ('World War I', 'the U.S.', 'Magic Torch')
    """
    text = text.strip().strip("-–—'’\"“” ,")
    text = _POSSESSIVE.sub("", text).strip().strip("-–—'’\"“” ,")
    last = text.rsplit(" ", 1)[-1].rstrip(".")
    if text.endswith(".") and last and "." not in last:
        text = text.rstrip(".")
    return text


def strip_the(text: str) -> str:
    """``text`` without a leading "the" (any case).

    >>> strip_the("The White House")
    'White House'
    """
    return _LEADING_THE.sub("", text.strip())


def is_junk(text: str) -> bool:
    """True for the fragments a small NER model emits that name nothing.

    >>> [is_junk(t) for t in ["’s", "2025", "the dead", "Group of", "G7", "al-Qaeda", "Iran"]]
    [True, True, True, True, False, False, False]
    """
    bare = _POSSESSIVE.sub("", strip_the(text)).strip()
    if len(bare) < 2 or not any(map(str.isalpha, bare)):
        return True
    if not any(map(str.isupper, bare)):
        return True
    words = bare.split()
    return words[-1].lower() in _FUNCTION_END or len(words) > 8


def acronym(text: str) -> str:
    """The acronym of a multi-word name: initials of its capitalised words.

    >>> acronym("The Wall Street Journal"), acronym("Israel Defense Forces"), acronym("Bank of England")
    ('WSJ', 'IDF', 'BE')
    """
    words = [w for w in re.split(r"[\s-]+", strip_the(text)) if w and w[0].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def acronym_written_as_a_word(text: str) -> bool:
    """An acronym written as a word, a capital and small letters ("Alva", "Nato", "Ampas"): one word of three to
    six letters. Whether it spells a name's initials is for the caller to check
    (:func:`kg.resolve.entities.defined_acronyms`, :func:`kg.resolve.wholenames.bracketed_acronyms`).

    >>> acronym_written_as_a_word("Alva"), acronym_written_as_a_word("Al"), acronym_written_as_a_word("Mc Ewan")
    (True, False, False)
    """
    return 3 <= len(text) <= 6 and text.isalpha() and text[0].isupper() and text[1:].islower()


def gender_of_first_name(first: str) -> str | None:
    """"m", "f" or None for a first name.

    >>> gender_of_first_name("Donald"), gender_of_first_name("Theresa"), gender_of_first_name("Alex X")
    ('m', 'f', None)
    """
    return _first_names().get(fold(first))


@functools.cache
def _first_names() -> dict[str, str]:
    """The shipped list of common first names (kg/data/first_names.txt): name → "m"/"f"."""
    out: dict[str, str] = {}
    gender = None
    text = resources.files("kg.data").joinpath("first_names.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("["):
            gender = line.strip("[]")
        elif line and not line.startswith("#") and gender:
            out.update((w, gender) for w in line.split())
    return out


@functools.cache
def first_names() -> dict[str, str]:
    """First name → "m"/"f" ("" for none) from kg/data/first_names.tsv: the 1990 US Census lists (public domain),
    then names common in world news that they lack."""
    text = resources.files("kg.data").joinpath("first_names.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            out[name] = gender
    return out


# A given name's common English short or pet forms ("Mo Cheeks" is Maurice Cheeks, "Vince Cable" Vincent Cable,
# "Ted Heath" Edward Heath): pet form → the full forms it shortens. Forms that are names of their own as often as
# short ones stay out ("Jack", "Harry", "Frank", "Will", "Ray").
PET_FORMS: dict[str, frozenset[str]] = {pet: frozenset(full.split()) for pet, full in {
    "andy": "andrew", "drew": "andrew", "tony": "anthony", "ben": "benjamin", "bill": "william", "billy": "william",
    "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert", "chris": "christopher christian",
    "dan": "daniel", "danny": "daniel", "dave": "david", "davy": "david", "ed": "edward edmund", "eddie": "edward",
    "ted": "edward", "fred": "frederick", "freddie": "frederick", "greg": "gregory", "jim": "james",
    "jimmy": "james", "jamie": "james", "jon": "jonathan", "joe": "joseph", "ken": "kenneth", "kenny": "kenneth",
    "larry": "lawrence", "mike": "michael", "mick": "michael", "mickey": "michael", "mo": "maurice mohammed",
    "matt": "matthew", "nick": "nicholas", "nicky": "nicholas", "pete": "peter", "phil": "philip phillip",
    "ron": "ronald", "ronnie": "ronald", "sam": "samuel", "steve": "stephen steven", "stevie": "stephen steven",
    "tom": "thomas", "tommy": "thomas", "tim": "timothy", "vince": "vincent", "alex": "alexander alexandra",
    "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine catherine kathryn", "cathy": "catherine",
    "kathy": "katherine kathryn", "sue": "susan", "jenny": "jennifer", "becky": "rebecca", "vicky": "victoria",
    "debbie": "deborah", "pat": "patrick patricia", "doug": "douglas", "jeff": "jeffrey",
    "geoff": "geoffrey", "gerry": "gerald gerard", "terry": "terence", "les": "leslie", "stan": "stanley",
}.items()}


def pet_form_of(pet: str, full: str) -> bool:
    """``pet`` is a short or pet form of the given name ``full`` (keys: lower case): "mo" of "maurice", "vince" of
    "vincent"; never the same name, nor two full names.

    >>> pet_form_of("mo", "maurice"), pet_form_of("vince", "vincent"), pet_form_of("tom", "timothy")
    (True, True, False)
    """
    return full in PET_FORMS.get(pet, ())


def is_first_name(text: str) -> bool:
    """True for a common first name ("Hayley", "Xavier").

    >>> is_first_name("Hayley"), is_first_name("Aston"), is_first_name("Snow")
    (True, False, False)
    """
    key = fold(text)
    return key in first_names()


# Last words of a firm's registered name that say its legal form: only a company is called so (kg.resolve.entities
# types such a name a firm whatever the model read).
LEGAL_FORMS = frozenset("ltd limited plc inc incorporated llc corp gmbh".split())
# Words after a firm's own name that say what kind of firm it is, which news drops after the first mention:
# "Cairn Energy" … "Cairn", "Mitsubishi Motors" … "Mitsubishi", "RSA Security" … "RSA" (kg.resolve.entities).
# "Limited" is not among them: they also decide which short name joins a longer one, and that was not measured for it.
FIRM_ENDS = (LEGAL_FORMS - {"limited"}) | frozenset("""
corporation co company ag holdings group international motor motors airlines
airways telecom telecommunications communications technologies technology networks systems software security energy
oil petroleum broadband electronics entertainment industries pharmaceuticals media records music bank cruises stores
foods brands insurance securities enterprises
""".split())


# Of those, the lines of business a group names its arms and labels by: after them the name alone is the
# parent ("EMI Music" … "EMI shares fell", "Shell Oil" … "Shell said", "Virgin Records" … "Virgin boss").
PARENT_LINES = frozenset("records music oil entertainment films".split())


def firm_stem(words: Sequence[str]) -> str | None:
    """The firm's own name before the words that say what kind of firm it is, when it is one word: "Cairn
    Energy" → "cairn" ("Shares in Cairn Energy have jumped 6% … Cairn said drilling …"), "Giant Company
    Software" → "giant", "SSL International" → "ssl". Not "Nintendo Europe" (a firm's branch), "Apple iPod"
    (its product), "London Marathon". ``words``: the name key's words, lower case."""
    if len(words) < 2 or not all(w in FIRM_ENDS for w in words[1:]):
        return None
    return words[0]
