"""The gazetteer: canonical names, types and aliases of well-known entities.

The package ships ``kg/data/gazetteer.tsv``; a user file given with
``--aliases FILE`` (same format, see docs/aliases.md) adds entries or
overrides them. Each line is ``canonical<TAB>TYPE<TAB>alias|alias|...``;
``#`` starts a comment, the type may be left empty.

>>> g = Gazetteer.default()
>>> g.lookup("U.S.")
('United States', 'GPE')
>>> g.lookup("the Islamic Republic")
('Iran', 'GPE')
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .names import name_key


class AliasFileError(ValueError):
    """A line of an aliases file that cannot be read (the message names file and line)."""


@dataclass
class Gazetteer:
    """Alias key → (canonical name, type or None)."""

    entries: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    def add(self, canonical: str, type_: str | None, aliases: list[str]) -> None:
        for alias in [canonical, *aliases]:
            key = name_key(alias)
            if key:
                self.entries[key] = (canonical, type_ or None)

    def lookup(self, text: str) -> tuple[str, str | None] | None:
        return self.entries.get(name_key(text))

    def lookup_key(self, key: str) -> tuple[str, str | None] | None:
        return self.entries.get(key)

    def read(self, text: str, source: str = "<aliases>") -> "Gazetteer":
        """Add the entries of a gazetteer file's ``text``; bad lines raise :class:`AliasFileError`."""
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.rstrip("\n").split("\t")]
            if len(cells) < 2 or not cells[0]:
                raise AliasFileError(f"{source}:{number}: expected 'canonical<TAB>TYPE<TAB>alias|alias', got {line.strip()!r}")
            aliases = [a.strip() for a in cells[2].split("|")] if len(cells) > 2 else []
            self.add(cells[0], cells[1].upper() or None, [a for a in aliases if a])
        return self

    @classmethod
    def default(cls) -> "Gazetteer":
        """The shipped gazetteer (a fresh copy)."""
        return cls(dict(_shipped()))

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
def _shipped() -> dict[str, tuple[str, str | None]]:
    text = resources.files("kg.data").joinpath("gazetteer.tsv").read_text(encoding="utf-8")
    return Gazetteer().read(text, "kg/data/gazetteer.tsv").entries
