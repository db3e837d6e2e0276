"""The plain records every stage speaks: small frozen dataclasses.

The JSON Lines outputs of docs/contracts.md are these records serialised with
:func:`to_json_dict`. Add fields freely; never rename or drop one.

Character offsets (``start``/``end``, ``*_start``) are always relative to the
article's full ``text``.
"""
from __future__ import annotations

import functools
import operator
import pickle
import zlib
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, fields


class _Record:
    """Base of the records: pickles as a constructor call.

    Every analysis crosses a process boundary and is packed and unpacked once
    more in a store build; loading a slotted dataclass state field by field is
    half of that cost, calling the constructor is twice as fast.
    """

    __slots__ = ()

    def __reduce__(self):
        return type(self), field_values(type(self))[1](self)


@functools.cache
def field_values(cls) -> tuple[tuple[str, ...], Callable]:
    """A record class's field names, and a function giving a record's values in that order.

    >>> names, values = field_values(Role)
    >>> names, values(Role("president", "Iran", 3))
    (('role', 'of', 'articles'), ('president', 'Iran', 3))
    """
    names = tuple(f.name for f in fields(cls))
    get = operator.attrgetter(*names)
    return names, (get if len(names) > 1 else lambda record: (get(record),))


@dataclass(frozen=True, slots=True)
class Article(_Record):
    """One news article as read by :mod:`kg.ingest`.

    ``source_path`` is the file it came from (and ``line`` the JSON Lines line
    number), used in error messages; ``source`` is the publisher when known.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    source_path: str | None = None
    line: int | None = None
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Paragraph(_Record):
    """A blank-line separated block of an article, parsed on its own."""

    text: str
    start: int  # offset of the paragraph in the article text


@dataclass(frozen=True, slots=True)
class Argument(_Record):
    """An argument of an extraction: its text and where its head sits.

    ``head`` is the character offset of the argument's syntactic head token in
    the article; entity resolution maps it to a mention. ``is_clause`` marks a
    clausal object (the content of reported speech).
    """

    text: str
    start: int
    end: int
    head: int
    is_clause: bool = False


@dataclass(frozen=True, slots=True)
class TimeValue(_Record):
    """The time a clause gives its event (:mod:`kg.timenorm`): ``text`` as written ("on Friday"),
    ``value`` in ISO 8601 — a day ``2025-06-13``, a month ``2025-06``, a year ``2025`` or a range
    ``2025-06-13/2025-06-16`` — or ``None``, and ``how`` it was resolved: ``absolute``,
    ``relative`` (to the article's date) or ``unresolved``."""

    text: str
    value: str | None
    how: str


@dataclass(frozen=True, slots=True)
class Extraction(_Record):
    """One subject–relation–object reading of a sentence, before resolution.

    ``relation`` is the phrase as written ("may be seeking", "launched strikes
    on"), ``relation_lemma`` the compact normalised predicate of the graph
    ("seek", "launch strikes on", "seek to negotiate", "be killed in"): lemmas,
    no auxiliaries or negation, a light object noun and the preposition of the
    object folded in. ``object`` is the main argument ("Iran's main nuclear
    facility"); ``extra`` holds further n-ary arguments ("on Thursday") in
    sentence order. The CaRB tuple is (subject; relation; object; *extra).
    ``passive`` marks an agentive passive, read as written: "Strikes were
    launched by Israel" has subject Strikes, relation "were launched by",
    relation_lemma "be launched by", object Israel.
    ``speaker`` is the surface argument of the reporting verb for attributed
    content; ``kind`` is "fact", "speech" (the speech act, its object a clause),
    "copula", "appos", "poss" or "title".
    """

    subject: Argument
    relation: str
    relation_lemma: str
    object: Argument | None
    sentence: str
    sent_start: int
    sent_end: int
    negated: bool = False
    modality: str | None = None
    speaker: Argument | None = None
    confidence: float = 0.5
    kind: str = "fact"
    extra: tuple[Argument, ...] = ()
    passive: bool = False
    time: TimeValue | None = None  # the clause's time expression (kg.timeclause), when it has one
    # the construction that makes this reading no fact about the world (kg.extract.informative), or None:
    # still an Open IE reading of the sentence (CaRB), never a triple
    uninformative: str | None = None


# Labels of a capitalised run that no entity label covers (kg.resolve.mentions): a candidate, not yet an entity.
UNLABELLED = "NAME?"  # capitalised inside its sentence: kept only if the article names it as a person, or writes the name again
SENTENCE_CAPITAL = "NAME?^"  # one word whose capital is only its sentence's: kept only as a word of a name
CANDIDATE_LABELS = frozenset({UNLABELLED, SENTENCE_CAPITAL})
ROLE = "ROLE"  # a role noun standing for a person ("Driver" of a headline): kg.resolve.rolenouns
# entity labels of a body of people (a firm, a country, a nationality): what "they"/"it" of a group can name
GROUP_TYPES = frozenset({"ORG", "GPE", "NORP"})
PERSON_LIKE = GROUP_TYPES | {"PERSON"}  # labels that can be a person's: the small model often labels a person ORG or GPE


@dataclass(frozen=True, slots=True)
class Mention(_Record):
    """A mention of an entity in an article (a named entity or a pronoun).

    ``antecedent`` (pronouns only) is the index, in the article's mention
    list, of the named mention it was resolved to, or ``None``.
    ``title`` is a personal/official title written before the name.
    """

    doc: str
    text: str
    label: str
    start: int
    end: int
    sent_start: int = 0
    is_pronoun: bool = False
    antecedent: int | None = None
    title: str | None = None
    role_of: str | None = None  # surface text of the role's place/org ("Iranian" → Iran)
    written: str | None = None  # the name with its title as written ("US President Donald Trump")
    span_start: int | None = None  # where the title begins, when one is written before the name
    honorific: str | None = None  # "Gen.", "Ayatollah", "Mr"
    gender: str | None = None  # "m"/"f" from a title or first name, when known
    dep: str = ""  # dependency label of the mention's head ("nsubj" marks a subject)
    headline: bool = False  # the mention sits in a title-cased line without a verb's punctuation
    refers_at: int | None = None  # relative pronouns: offset of the noun the clause modifies; it/its: of the noun the parse gives; any pronoun: of the word an editor's "[…]" after it gives; he/she: of the office noun the sentence before's subject is ("The manager … He"), kg.resolve.mentions.role_subject_before
    candidates: tuple[int, ...] = ()  # pronouns: antecedent indices in order of preference
    ambiguous: bool = False  # they/their with a plural common noun nearby: leave unresolved
    role: str = ""  # grammatical role of the mention's noun phrase: subj, obj, iobj, obl, nmod, poss, other
    verb: int | None = None  # offset of the verb whose clause holds the mention (binding, parallelism)
    quoted: bool = False  # inside quotation marks
    narrated: bool = False  # pronouns: outside every quotation of their paragraph, the reporter's own voice
    cataphor: int | None = None  # pronouns in a fronted phrase: offset of the main clause's named subject after it
    controller: int | None = None  # pronouns in a subjectless participle or infinitive: the verb whose subject is its own
    matrix: int | None = None  # subject pronouns of a reported clause ("X told Y that it …"): the reporting verb
    typed: bool = False  # named mentions: the label comes from evidence in the text (context words), not the model alone
    the_name: bool | None = None  # named mentions: True where a capital "The" inside the sentence opens the name ("band The Coral"), False after a lower-case "the"
    speaks: bool = False  # the subject of a verb of saying ("…," it said); names: outside quotation marks
    persons: tuple[int, ...] = ()  # a "they" standing for coordinated persons ("X and Y … they"): their names' offsets
    reports_from: int | None = None  # speaking pronouns whose report comes before them ("X did Y, he said"): its start
    plural: bool = False  # named mentions: the whole subject of a verb in the plural ("Corinthians have not qualified")
    addressed: bool = False  # named mentions: the one a verb of saying is said to ("told *BBC News Online* that …")
    place_modifier: bool = False  # named places: the modifier of a noun of no body acting for it ("the *US* economy")
    aside: bool = False  # named mentions: named only as what something belongs to or in a prepositional phrase
    commands_to: int | None = None  # he/him/she/her, a verb's subject or object: where the words it c-commands end
    eponym: bool = False  # named persons: only what a government or an era is called after ("the *Attlee* government")
    fronted_for: int | None = None  # named mentions inside a phrase set before a he/she subject that says who that subject is or what it does ("*One of the few ministers to serve under Jim Callaghan*, he …"): that pronoun's offset


@dataclass(frozen=True, slots=True)
class ArticleAnalysis(_Record):
    """Everything the build keeps of one parsed article: compact, picklable.

    ``error`` is set (and the records are empty) when extraction crashed on
    this article; the build reports it as a problem and leaves the article out.
    """

    article: Article
    sentences: int
    extractions: tuple[Extraction, ...]
    mentions: tuple[Mention, ...]
    error: str | None = None

    # what a store build reads of an analysis, packed (PackedAnalysis) or not
    @property
    def article_id(self) -> str:
        return self.article.id

    def unpack(self) -> "ArticleAnalysis":
        return self


@dataclass(frozen=True, slots=True)
class PackedAnalysis(_Record):
    """An :class:`ArticleAnalysis` held as two compressed pickles, a twentieth of its size as objects.

    A store build keeps every article until entities are resolved across all
    of them; packed, 2,095 BBC articles take 10 MB instead of 186 MB. The
    mentions are packed apart because resolution reads all of them at once,
    while the rest (text, extractions) is unpacked one article at a time as
    its graph is written.

    >>> a = ArticleAnalysis(Article("x", "Hi."), 1, (), ())
    >>> packed = PackedAnalysis.pack(a)
    >>> packed.article_id, packed.unpack() == a
    ('x', True)
    """

    article_id: str
    packed_mentions: bytes
    packed_rest: bytes

    @classmethod
    def pack(cls, analysis: ArticleAnalysis) -> "PackedAnalysis":
        rest = (analysis.article, analysis.sentences, analysis.extractions, analysis.error)
        return cls(analysis.article.id, _pack(analysis.mentions), _pack(rest))

    @property
    def mentions(self) -> tuple[Mention, ...]:
        return _unpack(self.packed_mentions)

    def unpack(self) -> ArticleAnalysis:
        article, sentences, extractions, error = _unpack(self.packed_rest)
        return ArticleAnalysis(article, sentences, extractions, self.mentions, error)


def _pack(value) -> bytes:
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpack(data: bytes):
    return pickle.loads(zlib.decompress(data))


@dataclass(frozen=True, slots=True)
class Role(_Record):
    """A role an entity holds: ``{"role": "president", "of": "Iran", "articles": 3}``.

    ``articles`` counts the articles that write the title before the entity's name; it is not part
    of a role's identity (two records of one role compare equal whatever their counts).
    """

    role: str
    of: str | None = None
    articles: int = field(default=0, compare=False)


def merged_roles(roles: Iterable[Role], docs: int) -> tuple[Role, ...]:
    """The roles of entities joined into one, each once, its article counts summed and capped at
    ``docs`` (the joined entity's articles).

    >>> merged_roles([Role("president", "Iran", 2), Role("president", "Iran", 1), Role("cleric", None, 1)], 2)
    (Role(role='president', of='Iran', articles=2), Role(role='cleric', of=None, articles=1))
    """
    counts: dict[Role, int] = {}
    for role in roles:
        counts[role] = counts.get(role, 0) + role.articles
    return tuple(Role(r.role, r.of, min(n, docs)) for r, n in counts.items())


@dataclass(frozen=True, slots=True)
class Geo(_Record):
    """Where a place entity is: the GeoNames feature it was resolved to (docs/contracts.md).

    ``country`` is the ISO 3166-1 alpha-2 code of the country it lies in (its own for a
    country); ``feature`` GeoNames' class and code (``A.PCLI`` country, ``A.ADM1`` US state,
    ``P.PPLC`` capital, ``P.PPL`` city, ``L.CONT`` continent); ``how`` why this feature:
    ``only`` (the one the name can mean), ``prominence``, ``context`` (the places around it),
    ``pinned`` (the user's aliases file), ``demonym`` (a people's country).
    """

    geonames_id: int
    lat: float | None
    lon: float | None
    country: str | None
    name: str = ""
    feature: str = ""
    population: int = 0
    admin1: str | None = None
    how: str = ""


@dataclass(frozen=True, slots=True)
class Entity(_Record):
    """A canonical entity across all articles of a build (docs/contracts.md)."""

    name: str
    type: str
    aliases: tuple[str, ...]
    iri: str
    mentions: int
    docs: tuple[str, ...]
    roles: tuple[Role, ...] = ()
    geo: Geo | None = None


@dataclass(frozen=True, slots=True)
class Triple(_Record):
    """A resolved triple: the JSON Lines contract of ``kg extract`` (docs/contracts.md)."""

    doc: str
    sentence: str
    subject: str
    subject_entity: str | None
    relation: str
    relation_lemma: str
    object: str
    object_entity: str | None
    negated: bool
    modality: str | None
    attributed_to: str | None
    confidence: float
    start: int
    end: int
    kind: str = "fact"
    args: tuple[str, ...] = field(default=())
    time: str | None = None  # ISO 8601 day, month, year or start/end range of the clause's time expression
    time_text: str | None = None  # that expression as written ("on Friday")
    time_resolution: str | None = None  # absolute, relative (to the article's date) or unresolved


def to_json_dict(record) -> dict:
    """A record as a JSON-ready dict (tuples become lists, nested records dicts): ``dataclasses.asdict``
    without its deep copy of every string and number (asdict's copy was most of the time
    ``kg extract`` spent writing its lines; :func:`_json_value` gives the same dict).

    >>> to_json_dict(Role("president", "Iran", 3))
    {'role': 'president', 'of': 'Iran', 'articles': 3}
    """
    names, values = field_values(type(record))
    return dict(zip(names, map(_json_value, values(record))))


_PLAIN = (str, int, float, type(None))  # (bool is an int) immutable: asdict's deep copy of one is the value itself


def _json_value(value):
    """A field's value as ``dataclasses.asdict`` gives it: records as dicts, lists, tuples and dicts
    rebuilt with their items converted, any other object deep-copied; plain values as they are."""
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, _Record):
        return to_json_dict(value)
    if type(value) in (tuple, list):  # (not a named tuple: asdict rebuilds those field by field)
        return type(value)(map(_json_value, value))
    return asdict(_Box(value)).popitem()[1]  # (asdict's own rules for anything else: a dict, a set, an object)


@dataclass(frozen=True, slots=True)
class _Box:
    """One value, for :func:`_json_value` to hand to ``dataclasses.asdict``."""

    value: object

