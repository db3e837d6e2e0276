"""The gazetteer: canonical names, types and aliases of well-known entities.

The package ships ``kg/data/gazetteer.tsv``; a user file given with
``--aliases FILE`` (same format, see docs/aliases.md) adds entries or
overrides them. Each line is ``canonical<TAB>TYPE<TAB>alias|alias|...``;
``#`` starts a comment, the type may be left empty. A line starting with
``same`` or ``different`` is a directive on merges (docs/aliases.md):
``same<TAB>NAME<TAB>form|form`` makes the forms one entity named NAME,
``different<TAB>NAME<TAB>form|form`` keeps NAME apart from each form;
``place<TAB>NAME<TAB>GEONAMES_ID`` pins a place name to a GeoNames feature (``-``: to none),
which :mod:`kg.places` obeys; ``common<TAB>WORD<TAB>form|form`` says the forms are a common term (a kind of
technology, a genre: "DRM", "VoIP"), never an entity.

>>> g = Gazetteer.default()
>>> g.lookup("U.S.")
('United States', 'GPE')
>>> g.lookup("the Islamic Republic")
('Iran', 'GPE')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .names import name_key, strip_the


class AliasFileError(ValueError):
    """A line of an aliases file that cannot be read (the message names file and line)."""


DIRECTIVES = ("same", "different", "place", "common")


@dataclass
class Gazetteer:
    """Alias key → (canonical name, type or None), and the user's ``same`` / ``different`` directives."""

    entries: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    same: list[tuple[str, list[str]]] = field(default_factory=list)  # (name, keys of the forms that are one entity)
    apart: dict[str, set[str]] = field(default_factory=dict)  # key → keys never joined with it
    exact: set[str] = field(default_factory=set)  # keys with middle initials kept ("george w bush"), named by a different line
    places: dict[str, int | None] = field(default_factory=dict)  # place-name key → pinned GeoNames id (None: no place)
    common: set[str] = field(default_factory=set)  # keys of common terms written like names ("DRM"): no entity

    def key(self, text: str) -> str:
        """The matching key of ``text``; its middle initials kept when a ``different`` line needs them.

        >>> g = Gazetteer().read("different\\tGeorge W Bush\\tGeorge Bush")
        >>> g.key("George W. Bush"), g.key("George Bush"), Gazetteer().key("George W. Bush")
        ('george w bush', 'george bush', 'george bush')
        """
        if self.exact:
            full = name_key(text, keep_initials=True)
            if full in self.exact:
                return full
        return name_key(text)

    def add_same(self, name: str, forms: list[str]) -> None:
        """``same NAME FORM|FORM``: the forms are one entity, named NAME."""
        self.same.append((name, [self.key(f) for f in [name, *forms]]))

    def add_different(self, name: str, forms: list[str]) -> None:
        """``different NAME FORM|FORM``: no entity holds NAME and one of the forms together."""
        for form in [name, *forms]:
            full = name_key(form, keep_initials=True)
            if full != name_key(form):
                self.exact.add(full)
        a = self.key(name)
        for form in forms:
            b = self.key(form)
            self.apart.setdefault(a, set()).add(b)
            self.apart.setdefault(b, set()).add(a)

    def kept_apart(self, a: str | None, b: str | None) -> bool:
        """True when a ``different`` line forbids joining keys ``a`` and ``b``."""
        return bool(self.apart) and a is not None and b in self.apart.get(a, ())

    def add(self, canonical: str, type_: str | None, aliases: list[str]) -> None:
        for alias in [canonical, *aliases]:
            key = name_key(alias)
            if key:
                self.entries[key] = (canonical, type_ or None)

    def lookup(self, text: str) -> tuple[str, str | None] | None:
        return self.entries.get(name_key(text))

    def is_common(self, text: str) -> bool:
        """``text`` is a common term a ``common`` line lists: a kind of technology written in capitals, no name.

        >>> shipped().is_common("DRM"), shipped().is_common("digital rights management"), shipped().is_common("GSM")
        (True, True, False)
        """
        return bool(self.common) and name_key(text) in self.common

    def lookup_key(self, key: str) -> tuple[str, str | None] | None:
        return self.entries.get(key)

    def read(self, text: str, source: str = "<aliases>") -> "Gazetteer":
        """Add the entries of a gazetteer file's ``text``; bad lines raise :class:`AliasFileError`."""
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.rstrip("\n").split("\t")]
            if cells[0] in DIRECTIVES:
                self._directive(cells, source, number, line)
                continue
            if len(cells) < 2 or not cells[0]:
                raise AliasFileError(f"{source}:{number}: expected 'canonical<TAB>TYPE<TAB>alias|alias', got {line.strip()!r}")
            aliases = [a.strip() for a in cells[2].split("|")] if len(cells) > 2 else []
            self.add(cells[0], cells[1].upper() or None, [a for a in aliases if a])
        return self

    def _directive(self, cells: list[str], source: str, number: int, line: str) -> None:
        forms = [f.strip() for f in cells[2].split("|") if f.strip()] if len(cells) > 2 else []
        if cells[0] == "common":
            if len(cells) < 2 or not cells[1]:
                raise AliasFileError(f"{source}:{number}: expected 'common<TAB>word<TAB>form|form', got {line.strip()!r}")
            for form in [cells[1], *forms]:
                self.common.add(name_key(form))
                self.entries.pop(name_key(form), None)
            return
        if cells[0] == "place":
            if len(cells) < 3 or not cells[1] or not (cells[2].isdigit() or cells[2] == "-"):
                raise AliasFileError(f"{source}:{number}: expected 'place<TAB>name<TAB>GeoNames id (or -)', got {line.strip()!r}")
            self.places[name_key(cells[1])] = int(cells[2]) if cells[2].isdigit() else None
            return
        if len(cells) < 3 or not cells[1] or not forms:
            raise AliasFileError(f"{source}:{number}: expected '{cells[0]}<TAB>name<TAB>form|form', got {line.strip()!r}")
        (self.add_same if cells[0] == "same" else self.add_different)(cells[1], forms)

    @classmethod
    def default(cls) -> "Gazetteer":
        """The shipped gazetteer (a fresh copy)."""
        return cls(dict(_shipped().entries), common=set(_shipped().common))

    @classmethod
    def with_aliases(cls, path: str | Path | None) -> "Gazetteer":
        """The shipped gazetteer plus the user's aliases file at ``path`` (if any)."""
        gazetteer = cls.default()
        if path is not None:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise AliasFileError(f"{path}: cannot read aliases file: {getattr(exc, 'strerror', None) or exc}") from exc
            gazetteer.read(text, str(path))
        return gazetteer


@lru_cache(maxsize=1)
def shipped() -> Gazetteer:
    """The shipped gazetteer, one shared instance (read-only: never add to it; :meth:`Gazetteer.default`
    is a fresh copy to add to). The rules ask it about names thousands of times per hundred articles.

    >>> shipped().lookup("U.S.")[1], shipped().lookup("Bono"), shipped() is shipped()
    ('GPE', None, True)
    """
    return Gazetteer(_shipped().entries, common=_shipped().common)


@lru_cache(maxsize=1)
def _shipped() -> Gazetteer:
    text = resources.files("kg.data").joinpath("gazetteer.tsv").read_text(encoding="utf-8")
    return Gazetteer().read(text, "kg/data/gazetteer.tsv")


_PLACE_TYPES = frozenset({"GPE", "LOC"})


def gazetteer_place(word: str, peoples: bool = False) -> bool:
    """A word the shipped gazetteer lists as a place by its own name ("England", "Wales" inside "the Police
    Federation of England and Wales"; not "English" or "Britain", other names it gives a place), or, with
    ``peoples``, any word it lists for a place or a people ("Australian" before a name: "Australian Johnson").
    The one gazetteer test of place words (:func:`kg.resolve.links.is_place_word`, :mod:`kg.resolve.wholenames`).
    """
    hit = shipped().lookup(word)
    if hit is None:
        return False
    if peoples:
        return hit[1] in _PLACE_TYPES or hit[1] == "NORP"
    return hit[1] in _PLACE_TYPES and name_key(hit[0]) == name_key(word)


_COUNTRY_ABBREVIATION = re.compile(r"^((?:[A-Z]\.\s?){2,3}|[A-Z]{2,3}(?=\s))\s*(.+)$")


def country_and_office(text: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """A name written after a country's abbreviation: (the country, the rest of the name).

    >>> country_and_office("U.S. Surgeon General", Gazetteer.default())
    ('United States', 'Surgeon General')
    >>> country_and_office("U. S. Surgeon General", Gazetteer.default())
    ('United States', 'Surgeon General')
    >>> country_and_office("BBC Radio Four", Gazetteer.default()) is None  # BBC is no country
    True
    """
    found = _COUNTRY_ABBREVIATION.match(strip_the(text).strip())
    if not found:
        return None
    hit = gazetteer.lookup_key(name_key(found.group(1).replace(" ", "")))
    return (hit[0], found.group(2)) if hit and hit[1] == "GPE" else None
