"""The mention contract: every mention the resolver used, with its entity and how it got there.

``kg mentions PATH… --format jsonl`` prints one :class:`ResolvedMention` per
line, in article and text order. ``how`` says why the mention carries its
entity:

- ``name``: its text is the entity's name (case, "the" and possessive aside);
- ``alias``: another form of the name that the gazetteer or the user's aliases
  file gives, or a form the entity's mentions share a key with;
- ``surname``: a lone surname (or first name) joined to a full name;
- ``acronym``: an acronym joined to its expansion;
- ``pronoun``: a he/she/they pronoun resolved to an earlier mention
  (``antecedent_start`` is where that mention starts);
- ``relative``: who/which/that, the noun its clause modifies;
- ``role``: a headline's role noun ("Driver", "Coach", "Woman") given to the one person the
  article gives that role or gender (``antecedent_start`` is where that person's mention starts);
- ``unresolved``: a pronoun left without an entity (``entity`` is null).

Named mentions that no entity kept (a headline fragment) are not listed.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..records import ROLE, ArticleAnalysis, _Record
from .entities import Resolution
from .gazetteer import Gazetteer
from .names import acronym, name_key


@dataclass(frozen=True, slots=True)
class ResolvedMention(_Record):
    """One line of ``kg mentions --format jsonl`` (README "Output contracts")."""

    doc: str
    start: int
    end: int
    text: str
    entity: str | None
    type: str | None
    how: str
    label: str  # spaCy's label of this mention ("PRON" for pronouns)
    sentence_start: int
    antecedent_start: int | None = None  # pronouns: where the mention they were resolved to starts


def _named_how(text: str, entity: str, aliases_of: dict[str, tuple[str, ...]], gazetteer: Gazetteer) -> str:
    """How a named mention reached its entity (see the module docstring).

    >>> _named_how("Trump", "Donald Trump", {}, Gazetteer.default())
    'surname'
    >>> _named_how("WSJ", "The Wall Street Journal", {}, Gazetteer.default())
    'acronym'
    """
    key, target = name_key(text), name_key(entity)
    if key == target:
        return "name"
    if gazetteer.lookup_key(key):
        return "alias"
    words = target.split()
    if " " not in key and len(words) > 1 and key in words:
        return "surname"
    forms = (entity, *aliases_of.get(entity, ()))
    if " " not in key and any(acronym(f).lower() == key for f in forms if " " in f):
        return "acronym"
    return "alias"


# The relative pronouns (kg.resolve.mentions.RELATIVE), whose ``refers_at`` is the noun their clause modifies; a
# he/she/they with one points at what the text gives it instead ("He [Leigh]", "As for Scotland, they", an office).
RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that"})


def resolved_mentions(analyses: Iterable[ArticleAnalysis], resolution: Resolution,
                      gazetteer: Gazetteer | None = None) -> Iterator[ResolvedMention]:
    """The mentions of every article with the entity the resolution gave each."""
    gazetteer = gazetteer or Gazetteer.default()
    entities = resolution.by_name()
    aliases_of = {e.name: e.aliases for e in resolution.entities}
    for analysis in analyses:
        doc = analysis.article.id
        mentions = analysis.mentions
        chosen = resolution.antecedents.get(doc, {})
        cut = resolution.cut.get(doc, {})
        titles = _title_runs(mentions)
        for i, m in enumerate(mentions):
            if m.label != ROLE:  # (a role noun may start where a cut run's title did: "*Coach* Maurice Cheeks Hires")
                m = cut.get(m.span_start if m.span_start is not None else m.start, m)  # a headline's run cut to a name the build knows: "Hire *Maurice Cheeks*"
            entity = resolution.entity_at(doc, m.start)
            antecedent = None
            if m.label == ROLE:
                j = chosen.get(i)
                if j is None or entity is None:
                    continue  # unresolved, or the running text's: evidence for a headline's, not a mention
                how, antecedent = "role", mentions[j].start
            elif m.is_pronoun:
                if m.refers_at is not None and m.text.lower() in RELATIVE_WORDS:
                    how = "relative" if entity else "unresolved"
                else:
                    how = "pronoun" if entity else "unresolved"
                    j = chosen.get(i)
                    antecedent = mentions[j].start if j is not None and entity else None
            elif entity is None or _word_of_a_title(m, entity, titles, resolution, doc):
                continue
            else:
                how = _named_how(m.text, entity, aliases_of, gazetteer)
            e = entities.get(entity) if entity else None
            yield ResolvedMention(doc, m.start, m.end, m.text, entity, e.type if e else None, how, m.label,
                                  m.sent_start, antecedent)


def _title_runs(mentions) -> list[tuple[int, int, int]]:
    """Where each titled name's title runs (``span_start`` up to the name) and where the name starts."""
    return [(m.span_start, m.start, m.start) for m in mentions
            if not m.is_pronoun and m.span_start is not None and m.span_start < m.start]


def _word_of_a_title(m, entity: str, titles: list[tuple[int, int, int]], resolution: Resolution, doc: str) -> bool:
    """A capitalised word of a title before a name, which the resolver kept as no name of its own but which lies in
    the titled name's span: "*Shadow* home secretary David Davis welcomed his apology" listed "Shadow" as an alias
    of David Davis; "*Prince* Alwaleed's hotel investments" "Prince" as one of Alwaleed's. A name inside a title
    that has an entity of its own ("*Foreign Ministry* spokesperson Esmail Baghaei") is listed."""
    return any(a <= m.start and m.end <= b and resolution.entity_at(doc, name) == entity for a, b, name in titles)


MENTION_TSV_FIELDS = ("doc", "start", "end", "text", "entity", "type", "how")

__all__ = ["ResolvedMention", "resolved_mentions", "MENTION_TSV_FIELDS"]
