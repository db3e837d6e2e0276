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
from importlib import resources

_LEADING_THE = re.compile(r"^the\s+", re.I)
_POSSESSIVE = re.compile(r"(?:[’']s?|[’'])$")
_FUNCTION_END = {"of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "&"}

# First names whose gender the pronoun resolver may rely on (a small, editable list).
MALE_NAMES = frozenset("""
donald joe joseph benjamin vladimir masoud marco keir abbas ali hossein esmail amos steve steven eyal david
israel john james robert michael william richard charles thomas christopher daniel matthew mark paul andrew
george kenneth edward brian ronald anthony kevin jason gary tony gordon boris rishi nick nicholas jeremy
ed ian peter simon alan alex alexander barack bill jim tom mike jack harry henry jacques nicolas emmanuel
recep xi mohammed mohammad muhammad ahmed hassan ebrahim mahmoud ismail yahya hamid kim volodymyr sergei
sergey dmitry olaf friedrich justin narendra shehbaz imran hakan ayatollah rodrigo lula luiz javier pedro
wayne thierry arsene jose sven roman alastair rupert martin stephen philip patrick sean kofi ariel yitzhak
naftali yair benny gideon yoav herzi
""".split())
FEMALE_NAMES = frozenset("""
hillary kamala nancy theresa margaret angela ursula giorgia jacinda liz elizabeth mary patricia jennifer
linda barbara susan jessica sarah karen lisa nancy betty helen sandra donna carol ruth sharon michelle
laura emily kate catherine diana anne ann victoria charlotte tessa cherie ruth rachel hannah golda
condoleezza madeleine nikki kristi tulsi marine annalena kaja christine nicola yvette harriet ruth
""".split())


def fold(text: str) -> str:
    """ASCII-folded, case-folded text with curly quotes made straight."""
    text = text.replace("’", "'").replace("‘", "'")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()


def name_key(text: str) -> str:
    """The matching key of a name: no leading "the", possessive, dots or middle initials.

    >>> name_key("The Wall Street Journal")
    'wall street journal'
    >>> name_key("Israel’s")
    'israel'
    """
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", text.strip()))
    words = fold(text).replace(".", "").replace("-", " ").split()
    if len(words) > 2:  # "donald j trump" → "donald trump"
        words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    return " ".join(words)


def clean_surface(text: str) -> str:
    """A mention's text without a possessive or dangling punctuation.

    >>> clean_surface("Mike Leigh -"), clean_surface("Cherie Blair's"), clean_surface("Lib Dems '")
    ('Mike Leigh', 'Cherie Blair', 'Lib Dems')
    """
    text = text.strip().strip("-–—'’\"“” ,")
    text = _POSSESSIVE.sub("", text).strip().strip("-–—'’\"“” ,")
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
    if len(bare) < 2 or not any(c.isalpha() for c in bare):
        return True
    if not any(c.isupper() for c in bare):
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


def gender_of_first_name(first: str) -> str | None:
    """"m", "f" or None for a first name.

    >>> gender_of_first_name("Donald"), gender_of_first_name("Theresa"), gender_of_first_name("Alex X")
    ('m', 'f', None)
    """
    word = fold(first)
    if word in MALE_NAMES:
        return "m"
    if word in FEMALE_NAMES:
        return "f"
    return _first_names().get(word)


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
