"""A store updated in place: the resolution state kept beside the database (issue 23).

A full build resolves the entities of all its articles at once (:mod:`kg.resolution`). A store that
takes a few hundred articles a day cannot do that at every update: it would cost in proportion to
the store. So ``DIR/resolution.sqlite`` (SQLite from the standard library: one file, transactions,
indexed tables updated row by row, nothing to install or serve) keeps what an update needs:

* ``entity`` — each entity's state: its group keys, a *summary* of its named mentions (each
  distinct mention with its count and where it is first written), its articles, pronoun hits, the
  entity record last written, its place and the places written beside it;
* ``root`` — group key → entity (how a new article's entities find the stored ones);
* ``contrib`` — what each article gave each entity (so removing an article takes it back);
* ``article`` — per article the entities at each mention span and its statements' triples;
* ``stmt``, ``skey``, ``pred`` — statement → its triples in each article and what they add up to there
  (best confidence, plain edge or not, its earliest triple, the statements it reports), the claim a
  statement makes (to find contradictions), relation → lemmas: the shared graph ``kg:statements``
  updated statement by statement, without reading every article of a widely reported statement.

An update (:func:`update`) resolves the new articles among themselves with the build's resolver
(the same rules, :func:`kg.resolve.resolve_entities`), then joins each of their entities to the stored
entity with the same group key or the same name, and re-decides only the entities it touched: name,
type, aliases, roles (:func:`kg.resolve.entities.settle_group`, :func:`~kg.resolve.entities.entity_record`
over the mention summary, which those functions read exactly as the mentions themselves) and place
(:func:`kg.places.locate.place_of`). Only the graphs of the articles added, removed, or naming an entity
that is gone or merged are rewritten, and only the statements and entity descriptions they touch. An
entity's IRI is minted once, from the name it is first written with (``EntityState.iri_name``), and
the triples an update writes name entities that way (:func:`refer`): a rename writes the entity's
description only. An entity whose type or organisation changed gets its new description; its stored
articles keep the triples read with the type and organisation they were written with (noted in table
``stale``, checked by :func:`stale_articles`): rewriting them made an update's cost grow with the store.

What differs from a full build, and why (docs/scale.md gives the figures): a full build decides every
mention with the evidence of all articles; an update decides a new article's mentions with that
article's evidence and joins them to stored entities by key and name. So a later article never
revisits an earlier one's decisions (a lone "Blair" joined or not to "Tony Blair", a pronoun), two
stored entities a new article shows to be one stay two, two place entities found to be one place
are not merged, titles naming a country do not count as the context of a place, and a type flip (or organisation change)
leaves the triples of the stored articles read with the former type; an entity renamed since it was
first written keeps the IRI of its first name (a full build slugs the final name). ``kg check
--store DIR`` says whether the store differs from a full build, and ``--repair`` (or ``kg build
--store DIR --full``) re-resolves everything and writes the full build's answer.
"""
from __future__ import annotations

import pickle
import sqlite3
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from ..places.features import feature_by_id
from ..places.locate import PEOPLE_TYPES, PLACE_TYPES, candidates, place_of
from ..records import ArticleAnalysis, Entity, Mention, Triple
from ..resolution import resolve_new_articles
from ..resolve import Gazetteer, Resolution, resolve_triples
from ..resolve.entities import _base_key, entity_record, settle_group
from ..resolve.names import surname_of
from ..resolve.speakers import speakers_organisations
from ..terms import Vocabulary
from .diff import _for_statements, graph_diff, remove_quads
from .ntext import nn
from .rdf import (ENTITY_REF, _statement_term, article_quads, content_hash_quad, entity_groups, sentence_entities)

STATE_FILE = "resolution.sqlite"
SCHEMA_VERSION = 4  # the layout of the tables below (3: triples name entities by the name their IRI was minted from;
#                     4: each statement's evidence summed per article, _sums)
# layouts an existing state is brought to in place (the new columns are filled when first read)
_UPGRADES = {3: ["ALTER TABLE stmt ADD COLUMN conf REAL", "ALTER TABLE stmt ADD COLUMN plain INTEGER",
                 "ALTER TABLE stmt ADD COLUMN first INTEGER", "ALTER TABLE stmt ADD COLUMN reports TEXT"]}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS entity (id INTEGER PRIMARY KEY, name TEXT UNIQUE, state BLOB);
CREATE TABLE IF NOT EXISTS root (key TEXT PRIMARY KEY, entity INTEGER) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS contrib (entity INTEGER, doc TEXT, sigs BLOB, PRIMARY KEY (entity, doc)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS contrib_doc ON contrib (doc);
CREATE TABLE IF NOT EXISTS article (id TEXT PRIMARY KEY, spans BLOB, triples BLOB) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stmt (iri TEXT, doc TEXT, triples BLOB, conf REAL, plain INTEGER, first INTEGER, reports TEXT,
                                 PRIMARY KEY (iri, doc)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS stmt_doc ON stmt (doc);
CREATE TABLE IF NOT EXISTS skey (key TEXT, iri TEXT, PRIMARY KEY (key, iri)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pred (iri TEXT, lemma TEXT, n INTEGER, PRIMARY KEY (iri, lemma)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS surname (s TEXT, key TEXT, PRIMARY KEY (s, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS place (gid INTEGER, entity INTEGER, PRIMARY KEY (gid, entity)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stale (doc TEXT PRIMARY KEY, entity INTEGER) WITHOUT ROWID;
"""


def aliases_digest(aliases) -> str:
    """What the state records of the aliases file it was resolved with (its text's hash; "" for none)."""
    import hashlib

    if aliases is None or not Path(aliases).is_file():
        return ""
    return hashlib.sha256(Path(aliases).read_bytes()).hexdigest()


def _dump(value) -> bytes:
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _load(data: bytes):
    return pickle.loads(zlib.decompress(data))


def summary_form(m: Mention) -> Mention:
    """A named mention without where it stands: what the entity-level rules read of it. Equal forms
    are counted once with their number, so an entity named in 5,000 articles keeps a few dozen untitled forms (as it keeps
    one count per article in ``EntityState.docs``). A titled
    mention keeps its article: a role counts the articles that write its title."""
    return replace(m, doc=m.doc if m.title else "", start=0, end=0, sent_start=0, antecedent=None, span_start=None, verb=None,
                   refers_at=None, candidates=(), cataphor=None, controller=None, matrix=None)


@dataclass
class EntityState:
    """What the store keeps of one entity to re-decide it when an update touches it."""

    root: str  # the group key it is settled by (the first written, as in a full build)
    roots: set[str] = field(default_factory=set)
    forms: dict[Mention, list] = field(default_factory=dict)  # summary form → [count, (doc, start) first written]
    docs: dict[str, int] = field(default_factory=dict)  # article → named mentions there
    pronouns: dict[str, int] = field(default_factory=dict)  # article → pronouns resolved to it there
    joined: bool = False  # its key absorbed a lone surname or first name
    fixed_name: str | None = None  # two place entities merged by a full build: the name that merge gave
    record: Entity | None = None  # as last written, without its articles
    first_place: int | None = None  # GeoNames id chosen by prominence alone (what it is as context for others)
    around: Counter = field(default_factory=Counter)  # other place entity id → articles shared with it
    organisation: str | None = None  # the one organisation a person speaks for (kg.resolve.speakers)
    iri_name: str | None = None  # the name its IRI was minted from when first written (never changes)

    def mentions(self) -> list[Mention]:
        """The summary unfolded in the order a full build meets the mentions (what decides its ties)."""
        ordered = sorted(self.forms.items(), key=lambda kv: kv[1][1])
        return [m for m, (count, _first) in ordered for _ in range(count)]

    def add(self, doc: str, ms: Sequence[Mention], pronouns: int) -> list:
        """Add an article's named mentions and pronoun hits; returns the article's contribution."""
        mine: dict[Mention, list] = {}
        for m in ms:
            form = summary_form(m)
            seen = mine.setdefault(form, [0, m.start])
            seen[0] += 1
            entry = self.forms.setdefault(form, [0, (doc, m.start)])
            entry[0] += 1
            entry[1] = min(entry[1], (doc, m.start))
        if ms:
            self.docs[doc] = self.docs.get(doc, 0) + len(ms)
        if pronouns:
            self.pronouns[doc] = self.pronouns.get(doc, 0) + pronouns
        return [(form, n, start) for form, (n, start) in mine.items()] + [("pronouns", pronouns)]


class State:
    """The resolution state of a store: ``DIR/resolution.sqlite``."""

    def __init__(self, path: Path):
        self.path = Path(path) / STATE_FILE
        self.db = sqlite3.connect(self.path)
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        while version in _UPGRADES and self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'stmt'").fetchone():
            for sql in _UPGRADES[version]:
                self.db.execute(sql)
            version += 1
            self.db.execute(f"PRAGMA user_version = {version}")
            self.db.commit()
        if version != SCHEMA_VERSION:
            # another layout (or none): the state is made again from a full resolution (usable() is false)
            for (table,) in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
                self.db.execute(f"DROP TABLE {table}")
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        # a page cache of up to 128 MB (default 2 MB): an update reads and writes rows all over the state's
        # tables (a statement's rows are keyed by its hash), and at 20,000 articles the state is ~400 MB
        self.db.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-131072;" + _SCHEMA)
        self._entities: dict[int, EntityState] = {}
        self._names: dict[int, str] = {}
        self._dirty: set[int] = set()
        self._new_names: dict[str, int] = {}  # entities made in this update, not yet written

    # --- the meta table: is the state the one of the store? ---
    def get(self, key: str) -> str | None:
        row = self.db.execute("SELECT v FROM meta WHERE k = ?", (key,)).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str | None) -> None:
        if value is None:
            self.db.execute("DELETE FROM meta WHERE k = ?", (key,))
        else:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def usable(self, aliases=None) -> bool:
        """Does the state describe the store (written by a complete full or incremental write, with the
        same aliases file: another one changes how every name is keyed)?"""
        return self.get("complete") == "yes" and (self.get("aliases") or "") == aliases_digest(aliases)

    def close(self) -> None:
        self.db.close()

    # --- entities, loaded once per update and written back at the end ---
    def entity(self, eid: int) -> EntityState:
        if eid not in self._entities:
            name, data = self.db.execute("SELECT name, state FROM entity WHERE id = ?", (eid,)).fetchone()
            self._entities[eid], self._names[eid] = _load(data), name
        return self._entities[eid]

    def name(self, eid: int) -> str:
        self.entity(eid)
        return self._names[eid]

    def by_name(self, name: str) -> int | None:
        eid = self._new_names.get(name)
        if eid is not None and self._names.get(eid) == name:
            return eid
        row = self.db.execute("SELECT id FROM entity WHERE name = ?", (name,)).fetchone()
        if row is None or (row[0] in self._names and self._names[row[0]] != name):  # renamed in this update
            return None
        return row[0]

    def by_root(self, key: str) -> int | None:
        row = self.db.execute("SELECT entity FROM root WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def new_entity(self, name: str, state: EntityState) -> int:
        eid = self.db.execute("INSERT INTO entity (name, state) VALUES (?, ?)", (f"\x00{id(state)}", b"")).lastrowid
        self._entities[eid], self._names[eid] = state, name
        self._new_names[name] = eid
        self._dirty.add(eid)
        return eid

    def flush_entities(self) -> None:
        # names are unique: free every changed name before writing the new ones
        for eid in self._dirty:
            self.db.execute("UPDATE entity SET name = ? WHERE id = ?", (f"\x00{eid}", eid))
        for eid in self._dirty:
            state, name = self._entities.get(eid), self._names.get(eid)
            if state is None or name is None:
                self.db.execute("DELETE FROM entity WHERE id = ?", (eid,))
            else:
                self.db.execute("UPDATE entity SET name = ?, state = ? WHERE id = ?", (name, _dump(state), eid))
        self._dirty.clear()
        self._new_names.clear()

    def all_names(self) -> "_Names":
        return _Names(self)


class _Names:
    """``name in names``: is it a stored entity's name (what the statements graph asks of a speaker)."""

    def __init__(self, state: State):
        self.state = state

    def __contains__(self, name) -> bool:
        return name.startswith(ENTITY_REF) or self.state.by_name(name) is not None


# ---------------------------------------------------------------------------------------------
# the state of a full build

def record_full(state: State, resolution: Resolution, triples_by_doc: Mapping[str, list[Triple]], vocab: Vocabulary,
                analysed: Iterable[str] = (), aliases=None) -> None:
    """Replace the state by the one of a full build: ``resolution`` of every stored article (ids
    ``analysed``) and the statement triples of each (:func:`kg.graph.sync._for_statements`)."""
    db = state.db
    for table in ("entity", "root", "contrib", "article", "stmt", "skey", "pred", "surname", "place", "stale", "meta"):
        db.execute(f"DELETE FROM {table}")
    state._entities.clear(), state._names.clear(), state._dirty.clear(), state._new_names.clear()
    entities = resolution.entities
    ids: dict[str, int] = {}
    first_root: dict[str, str] = {}
    for root, name in resolution.roots.items():
        first_root.setdefault(name, root)
    named_in: dict[tuple[str, str], int] = Counter()
    for name, ms in resolution.members.items():
        for m in ms:
            named_in[(m.doc, name)] += 1
    spans_of: dict[str, list] = {}
    pron: dict[tuple[str, str], int] = Counter()
    for doc, starts in resolution._starts.items():
        row = resolution._spans[doc]
        spans_of[doc] = [(s, e, n) for s, (e, n) in zip(starts, row)]
        for n, count in Counter(n for _, n in row).items():
            pron[(doc, n)] = count - named_in.get((doc, n), 0)
    organisations = speakers_organisations(entities)
    roots_of: dict[str, set[str]] = defaultdict(set)
    for r, n in resolution.roots.items():
        roots_of[n].add(r)
    pronoun_docs: dict[str, set[str]] = defaultdict(set)
    for d, n in pron:
        pronoun_docs[n].add(d)
    for e in entities:
        ms = resolution.members.get(e.name, [])
        roots = roots_of.get(e.name, set())
        root = first_root.get(e.name) or (next(iter(roots)) if roots else e.name.casefold())
        st = EntityState(root=root, roots=roots, joined=root in resolution.joined, iri_name=e.name)
        if e.name in resolution.merged:
            st.fixed_name = e.name
        by_doc: dict[str, list[Mention]] = defaultdict(list)
        for m in ms:
            by_doc[m.doc].append(m)
        contribs = []
        for doc in sorted(set(by_doc) | pronoun_docs.get(e.name, set())):
            contribs.append((doc, st.add(doc, by_doc.get(doc, ()), pron.get((doc, e.name), 0))))
        st.record = replace(e, docs=())
        st.organisation = organisations.get(e.name)
        if e.type in PLACE_TYPES or e.type in PEOPLE_TYPES:
            options = candidates(e)
            first = place_first(options)
            st.first_place = first
        eid = state.new_entity(e.name, st)
        ids[e.name] = eid
        if e.type == "PERSON":
            db.executemany("INSERT OR IGNORE INTO surname VALUES (?, ?)", [(surname_of(r), r) for r in roots if " " in r])
        if e.type in PLACE_TYPES and e.geo is not None:
            db.execute("INSERT OR IGNORE INTO place VALUES (?, ?)", (e.geo.geonames_id, eid))
        db.executemany("INSERT INTO contrib VALUES (?, ?, ?)", [(eid, d, _dump(c)) for d, c in contribs])
        db.executemany("INSERT OR REPLACE INTO root VALUES (?, ?)", [(r, eid) for r in roots])
    # the places written beside each place entity
    places_in: dict[str, list[int]] = defaultdict(list)
    for e in entities:
        if e.type in PLACE_TYPES:
            for doc in e.docs:
                places_in[doc].append(ids[e.name])
    for doc, pids in places_in.items():
        _count_around(state, pids, +1)
    for doc in set(spans_of) | set(triples_by_doc) | set(analysed):
        spans = [(s, e, ids[n]) for s, e, n in spans_of.get(doc, ()) if n in ids]
        triples = [refer(t, lambda name: ENTITY_REF + name if name in ids else None) for t in triples_by_doc.get(doc, [])]
        _record_article(state, doc, spans, sorted(places_in.get(doc, ())), triples, vocab)
    state.flush_entities()
    state.set("complete", "yes")
    state.set("aliases", aliases_digest(aliases if not isinstance(aliases, Gazetteer) else None))
    db.commit()


def refer(t: Triple, ref) -> Triple:
    """``t`` with its entities (subject, object, a speaker that is an entity) named as ``ref`` names
    them: by the name their IRI was minted from, so that a later rename leaves the article's graph,
    its statements and their IRIs as they are (``ref(name)`` is None for a name that is no entity's)."""
    def named(name):
        return (ref(name) or name) if name else name

    return replace(t, subject_entity=named(t.subject_entity), object_entity=named(t.object_entity),
                   attributed_to=named(t.attributed_to))


def place_first(options) -> int | None:
    """The GeoNames id a place entity's candidates give by prominence alone (its part in others' context)."""
    from ..places.choose import choose

    feature, _ = choose(options[0], (), options[1])
    return feature.id if feature is not None else None


def _count_around(state: State, place_ids: Sequence[int], sign: int) -> set[int]:
    """Count (or take back, ``sign`` -1) one article's place entities as written beside each other."""
    touched = set()
    for pid in place_ids:
        st = state.entity(pid)
        for other in place_ids:
            if other != pid:
                st.around[other] += sign
                if st.around[other] <= 0:
                    del st.around[other]
        state._dirty.add(pid)
        touched.add(pid)
    return touched


def _record_article(state: State, doc: str, spans: list, places: list[int], triples: list[Triple], vocab: Vocabulary) -> None:
    """Keep an article's entity spans, the place entities counted as its context, its statement triples,
    and index its statements."""
    state.db.execute("INSERT OR REPLACE INTO article VALUES (?, ?, ?)", (doc, _dump((spans, places)), _dump(triples)))
    state.db.execute("DELETE FROM stale WHERE doc = ?", (doc,))  # read now with every entity's current type
    K = _terms(vocab)
    # per statement, its triples in this article (and, for a speech act, the reported readings of its
    # sentence, which say what it reports), numbered by their place in the article
    content: dict[int, list] = defaultdict(list)
    for i, t in enumerate(triples):
        if t.kind != "speech" and t.attributed_to:
            content[t.start].append((i, t))
    by_statement: dict[str, list] = defaultdict(list)
    terms = [_statement_term(t, K) for t in triples]
    for i, t in enumerate(triples):
        by_statement[terms[i]].append((i, t))
        if t.kind == "speech":
            by_statement[terms[i]] += content.get(t.start, [])
    state.db.executemany("INSERT OR REPLACE INTO stmt VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [(stmt, doc, _dump(items), *_sums(stmt, items, lambda i, t: terms[i]))
                          for stmt, items in by_statement.items()])
    state.db.executemany("INSERT OR IGNORE INTO skey VALUES (?, ?)", {(_claim(t, vocab), _statement_term(t, K)) for t in triples})
    for lemma, n in Counter(t.relation_lemma for t in triples).items():
        state.db.execute("INSERT INTO pred VALUES (?, ?, ?) ON CONFLICT (iri, lemma) DO UPDATE SET n = n + ?",
                         (_relation_term(lemma, vocab), lemma, n, n))


def _sums(stmt: str, items: Sequence[tuple[int, Triple]], term_of) -> tuple[float, int, int, str]:
    """What a statement's triples in one article add up to, as :func:`kg.graph.rdf.statement_groups`
    adds them: the best confidence, whether one passes the plain-edge gate, where the earliest
    (:func:`kg.graph.rdf._earliest`, the first written on a tie) stands in ``items``, and the
    statements its speech acts report there (newline-separated). ``items``: the statement's
    ``(place in the article, triple)`` with, after a speech act, the reported readings of its sentence
    (:func:`_record_article`); ``term_of(i, t)`` the statement of one."""
    from ..extract.confidence import asserts_plainly
    from .rdf import _earliest

    own = [(i, t, n) for n, (i, t) in enumerate(items) if term_of(i, t) == stmt]
    best, plain, first, seen = 0.0, 0, None, None
    reports = set()
    for i, t, n in sorted(own, key=lambda x: x[0]):
        best = max(best, float(t.confidence))
        plain = plain or int(asserts_plainly(t.confidence))
        if seen is None or _earliest(t) < seen:
            first, seen = n, _earliest(t)
        if t.kind == "speech":  # what it reports: the last reading of its sentence attributed to a speaker
            said = [(j, c) for j, c in items if c.kind != "speech" and c.attributed_to and c.start == t.start]
            if said:
                j, c = max(said, key=lambda x: x[0])
                reports.add(term_of(j, c))
    return best, plain, first, "\n".join(sorted(reports))


def _forget_article(state: State, doc: str, vocab: Vocabulary) -> tuple[list, list[int], list[Triple]] | None:
    """Take an article's spans, places and triples out of the state (returned, or None if it had none)."""
    row = state.db.execute("SELECT spans, triples FROM article WHERE id = ?", (doc,)).fetchone()
    if row is None:
        return None
    (spans, places), triples = _load(row[0]), _load(row[1])
    state.db.execute("DELETE FROM article WHERE id = ?", (doc,))
    state.db.execute("DELETE FROM stale WHERE doc = ?", (doc,))
    state.db.execute("DELETE FROM stmt WHERE doc = ?", (doc,))
    for lemma, n in Counter(t.relation_lemma for t in triples).items():
        state.db.execute("UPDATE pred SET n = n - ? WHERE iri = ? AND lemma = ?", (n, _relation_term(lemma, vocab), lemma))
    state.db.execute("DELETE FROM pred WHERE n <= 0")
    return spans, places, triples


def _relation_term(lemma: str, vocab: Vocabulary) -> str:
    from .rdf import _relation

    return _relation(lemma, vocab)


def _terms(vocab: Vocabulary):
    from .rdf import _terms as terms

    return terms(vocab)


def _claim(t: Triple, vocab: Vocabulary) -> str:
    """What a statement claims, whoever says it and however hedged: statements with the same claim
    contradict each other when one is negated (see :func:`kg.graph.rdf._contradictions`)."""
    from .rdf import _node

    return "\x1f".join((_node(t.subject_entity, t.subject, vocab), t.relation_lemma, _node(t.object_entity, t.object, vocab)))


# ---------------------------------------------------------------------------------------------
# an update

def _take_back(state: State, doc: str, touched: set[int], before: dict[int, set[str]]) -> None:
    """Take back what article ``doc`` gave each entity (its mentions, pronouns, presence)."""
    rows = state.db.execute("SELECT entity, sigs FROM contrib WHERE doc = ?", (doc,)).fetchall()
    for eid, data in rows:
        st = state.entity(eid)
        if doc in st.docs:
            before.setdefault(eid, set()).add(doc)
        refirst = []
        for item in _load(data):
            if item[0] == "pronouns":
                st.pronouns.pop(doc, None)
                continue
            form, n, _start = item
            entry = st.forms.get(form)
            if entry is None:
                continue
            entry[0] -= n
            if entry[0] <= 0:
                del st.forms[form]
            elif entry[1][0] == doc:
                refirst.append(form)
        st.docs.pop(doc, None)
        if refirst:  # the form was first written in this article: where is it written first now?
            for form in refirst:
                st.forms[form][1] = (chr(0x10FFFF), 0)
            for other, blob in state.db.execute("SELECT doc, sigs FROM contrib WHERE entity = ? AND doc != ?", (eid, doc)):
                for item in _load(blob):
                    if item[0] != "pronouns" and item[0] in st.forms and st.forms[item[0]][1][0] > other:
                        st.forms[item[0]][1] = min(st.forms[item[0]][1], (other, item[2]))
        state._dirty.add(eid)
        touched.add(eid)
    state.db.execute("DELETE FROM contrib WHERE doc = ?", (doc,))


def update(state: State, store: ox.Store, vocab: Vocabulary, added: Sequence[ArticleAnalysis], gone: Iterable[str],
           gazetteer: Gazetteer, writer, load_saved) -> dict:
    """Bring the store and its state up to date after adding ``added`` (new or changed articles) and
    removing the articles ``gone``; ``load_saved(ids)`` gives the saved analyses of stored articles
    whose graphs must be written again. Returns the summary figures."""
    added = sorted(added, key=lambda a: a.article.id)
    gone = sorted(set(gone))
    changed = set(gone) | {a.article.id for a in added}
    touched: set[int] = set()
    before: dict[int, set[str]] = {}  # entity → changed articles it was named in before the update
    old_triples: dict[str, list[Triple]] = {}
    around_touched: set[int] = set()
    for doc in sorted(changed):
        forgotten = _forget_article(state, doc, vocab)
        if forgotten is not None:
            _spans_, places, old_triples[doc] = forgotten
            around_touched |= _count_around(state, [p for p in places if _exists(state, p)], -1)
        _take_back(state, doc, touched, before)
    for doc in gone:
        store.remove_graph(nn(vocab.article_iri(doc)))

    # the new articles among themselves, then joined to the stored entities
    local = resolve_new_articles(added, vocab, gazetteer) if added else Resolution([])
    roots_of: dict[str, list[str]] = defaultdict(list)
    for root, name in local.roots.items():
        roots_of[name].append(root)
    named_in: Counter = Counter()
    by_doc: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for name, ms in local.members.items():
        for m in ms:
            by_doc[(name, m.doc)].append(m)
            named_in[(m.doc, name)] += 1
    pron: Counter = Counter()
    for doc, row in local._spans.items():
        for n, count in Counter(n for _, n in row).items():
            pron[(doc, n)] = count - named_in.get((doc, n), 0)
    eid_of: dict[str, int] = {}
    contribs: dict[tuple[int, str], list] = defaultdict(list)
    override = _stored_surnames(state, local, roots_of, gazetteer)
    for (name, doc), eid in override.items():
        st = state.entity(eid)
        contribs[(eid, doc)] += st.add(doc, by_doc.pop((name, doc), ()), pron.pop((doc, name), 0))
        st.joined = True
        state._dirty.add(eid)
        touched.add(eid)
    docs_of_name: dict[str, set[str]] = defaultdict(set)  # the articles each local entity is in (named or pronoun)
    for n, d in by_doc:
        docs_of_name[n].add(d)
    for (d, n), count in pron.items():
        if count:
            docs_of_name[n].add(d)
    for name in local.members:
        roots = roots_of.get(name, [])
        found = [e for e in (state.by_root(r) for r in roots) if e is not None and _exists(state, e)]
        same = state.by_name(name)
        eid = found[0] if found else same
        if eid is None:
            eid = state.new_entity(name, EntityState(root=roots[0] if roots else name.casefold()))
        st = state.entity(eid)
        for r in roots:
            if r not in st.roots and state.by_root(r) is None:
                state.db.execute("INSERT OR REPLACE INTO root VALUES (?, ?)", (r, eid))
                st.roots.add(r)
        st.joined = st.joined or any(r in local.joined for r in roots)
        for doc in sorted(docs_of_name.get(name, ())):
            contribs[(eid, doc)] += st.add(doc, by_doc.get((name, doc), ()), pron.get((doc, name), 0))
        eid_of[name] = eid
        state._dirty.add(eid)
        touched.add(eid)
    for (eid, doc), items in contribs.items():
        pronouns = sum(i[1] for i in items if i[0] == "pronouns")
        forms = [i for i in items if i[0] != "pronouns"]
        state.db.execute("INSERT OR REPLACE INTO contrib VALUES (?, ?, ?)", (eid, doc, _dump(forms + [("pronouns", pronouns)])))

    # re-decide the touched entities
    dirty_docs: set[str] = set()
    old_records: dict[int, Entity | None] = {}
    new_records: dict[int, Entity | None] = {}
    same_name = {keys[0]: name for name, keys in gazetteer.same}

    def role_owner(surface: str | None) -> str | None:
        if not surface:
            return None
        key = _base_key(Mention("", surface, "", 0, 0), gazetteer)
        eid = state.by_root(key)
        if eid is not None and _exists(state, eid):
            return state.name(eid)
        return (gazetteer.lookup_key(key) or (None,))[0]

    surnames = _Surnames(state)
    for eid in sorted(touched):
        st = state.entity(eid)
        old_records[eid] = st.record
        ms = st.mentions()
        settled = settle_group(st.root, ms, gazetteer, st.joined, surnames, same_name.get(st.root)) if ms else None
        if settled is None:
            new_records[eid] = None
            dirty_docs |= set(st.docs) | set(st.pronouns)
            continue
        name, type_ = settled
        name = st.fixed_name or name
        record = entity_record(name, type_, ms, sum(st.docs.values()) + sum(st.pronouns.values()), (), role_owner, vocab)
        new_records[eid] = record
    # names are one entity each: a re-decided name that another entity holds joins them (as a full build does)
    moved: dict[int, int] = {}
    _join_same_names(state, new_records, old_records, moved, dirty_docs)
    for eid in sorted(touched):
        record = new_records.get(eid)
        st = state.entity(eid)
        if record is not None and record.type in PLACE_TYPES | PEOPLE_TYPES:
            first = place_first(candidates(record))
            if first != st.first_place:
                around_touched |= set(st.around)
            st.first_place = first
            around_touched.add(eid)
    # the new articles' place entities count as each other's context
    spans_of: dict[str, list] = {}
    places_of: dict[str, list[int]] = {}
    def final(eid: int) -> int:
        while eid in moved:
            eid = moved[eid]
        return eid

    for doc, starts in local._starts.items():
        spans_of[doc] = [(s, e, final(override.get((n, doc)) or eid_of[n])) for s, (e, n) in zip(starts, local._spans[doc])
                         if (n, doc) in override or n in eid_of]
    for a in added:
        doc = a.article.id
        places = sorted({eid for _, _, eid in spans_of.get(doc, ()) if eid in new_records and new_records[eid] is not None
                         and new_records[eid].type in PLACE_TYPES and doc in state.entity(eid).docs})
        places_of[doc] = places
        around_touched |= _count_around(state, places, +1)
    pins = gazetteer.places
    for eid in sorted(around_touched):
        if not _exists(state, eid):
            continue
        st = state.entity(eid)
        record = new_records[eid] if eid in new_records else st.record
        if record is None or not (record.type in PLACE_TYPES or record.type in PEOPLE_TYPES):
            continue
        # the places written beside it, each once: how a place is chosen depends on which places are
        # around it, not how often (kg.places.choose), and a hub's neighbours are counted in thousands
        around = {}
        if record.type in PLACE_TYPES or record.type in PEOPLE_TYPES:
            for other, n in sorted(st.around.items()):
                if _exists(state, other):
                    o = state.entity(other)
                    orec = new_records.get(other, o.record)
                    if orec is not None and orec.type in PLACE_TYPES and o.first_place is not None:
                        around.setdefault(o.first_place, feature_by_id(o.first_place))
        around = list(around.values())
        geo = place_of(record, candidates(record), around, pins)
        if eid not in new_records:
            old_records[eid] = st.record
        new_records[eid] = replace(record, geo=geo)

    _join_places(state, new_records, old_records, moved, dirty_docs, vocab)
    # an entity's IRI is minted once, from the name it is first written with: a new name is a new label
    for eid, record in new_records.items():
        if record is not None:
            st = state.entity(eid)
            if st.iri_name is None:
                st.iri_name = record.name
            new_records[eid] = replace(record, iri=vocab.entity_iri(st.iri_name))

    # what changed in each entity: an entity that is gone has its articles written again. A new name
    # does not (the IRI stays, above), nor a new type or a new organisation (the body a person speaks
    # for: whose "we" his quotes are): its stored articles keep the triples read with the type and
    # organisation it had when they were written (their reading is in the triples, not in the graph's
    # terms) and are noted as stale, which ``kg check`` reports and ``--repair`` mends (docs/scale.md:
    # type flips of nearly tied entities, and the organisation changes they cause, would otherwise
    # rewrite all their articles at every update, a cost that grows with the store: 144 articles of
    # one coach whose club's type flipped, in one update of 100 at 20,000 stored articles)
    organisations = speakers_organisations([r for r in new_records.values() if r is not None] + _role_targets(state, new_records))
    flipped: dict[str, int] = {}
    for eid, record in new_records.items():
        st = state.entity(eid) if _exists(state, eid) else None
        old = old_records.get(eid)
        org = organisations.get(record.name) if record is not None else None
        if st is not None and old is not None and record is None:
            dirty_docs |= set(st.docs) | set(st.pronouns)
        elif st is not None and old is not None and (old.type != record.type or st.organisation != org):
            flipped.update(dict.fromkeys(set(st.docs) | set(st.pronouns), eid))
        if st is not None:
            st.organisation = org
    dirty_docs -= changed
    state.db.executemany("INSERT OR IGNORE INTO stale VALUES (?, ?)",
                         sorted((d, e) for d, e in flipped.items() if d not in dirty_docs and d not in changed))

    # write the articles' graphs
    records = _Records(state, new_records)
    written = removed = 0
    triples_of: dict[str, list[Triple]] = {}
    stored_again = load_saved(sorted(dirty_docs)) if dirty_docs else []
    for a in list(added) + list(stored_again):
        doc = a.article.id
        if doc in spans_of:
            spans = spans_of[doc]
        else:
            row = state.db.execute("SELECT spans FROM article WHERE id = ?", (doc,)).fetchone()
            spans, places = _load(row[0]) if row else ([], [])
            places_of[doc] = places
            old_triples.setdefault(doc, _load(state.db.execute("SELECT triples FROM article WHERE id = ?", (doc,)).fetchone()[0]) if row else [])
            _forget_article(state, doc, vocab)
        live = [(s, e, final(eid)) for s, e, eid in spans if records.name(final(eid)) is not None]
        resolution = records.resolution(doc, live)
        ref = records.refs(live)
        triples = [refer(t, ref) for t in resolve_triples([a], resolution)]
        triples_of[doc] = [_for_statements(t) for t in triples]
        sentences = {start: {ref(n) or n for n in names}
                     for start, names in (sentence_entities([a], resolution).get(doc) or {}).items()}
        quads = article_quads(a.article, triples, vocab, sentences)
        graph = nn(vocab.article_iri(doc))
        plus, minus = graph_diff(store, graph, quads)
        remove_quads(store, minus)
        removed += len(minus)
        hash_quad = content_hash_quad(a.article, vocab)
        if hash_quad in plus:
            plus.discard(hash_quad)
            writer.add_last(hash_quad)
        writer.add(plus)
        written += bool(plus or minus)
        _record_article(state, doc, live, places_of.get(doc, []), triples_of[doc], vocab)

    removed += _write_entities(state, store, vocab, old_records, new_records, before, changed, set(moved.values()), writer)
    for eid, record in new_records.items():
        state.db.execute("DELETE FROM place WHERE entity = ?", (eid,))
        if record is not None and record.type in PLACE_TYPES and record.geo is not None:
            state.db.execute("INSERT OR IGNORE INTO place VALUES (?, ?)", (record.geo.geonames_id, eid))
        if record is None:
            _drop_entity(state, eid)
        else:
            st = state.entity(eid)
            st.record = replace(record, docs=())
            state._names[eid] = record.name
            if record.type == "PERSON" and " " in st.root:
                state.db.execute("INSERT OR IGNORE INTO surname VALUES (?, ?)", (surname_of(st.root), st.root))
    removed += _write_statements(state, store, vocab, old_triples, triples_of, writer)
    state.flush_entities()
    return {"articles changed": written + len(gone), "quads added": writer.count, "quads removed": removed,
            "entities re-decided": len(new_records), "articles rewritten for them": len(dirty_docs),
            "articles left stale": len(set(flipped) - dirty_docs - changed)}


def _exists(state: State, eid: int) -> bool:
    try:
        state.entity(eid)
    except TypeError:  # no such row
        return False
    return state._names.get(eid) is not None


def _drop_entity(state: State, eid: int) -> None:
    st = state.entity(eid)
    state.db.execute("DELETE FROM root WHERE entity = ?", (eid,))
    state.db.execute("DELETE FROM contrib WHERE entity = ?", (eid,))
    for other in st.around:
        if _exists(state, other):
            state.entity(other).around.pop(eid, None)
            state._dirty.add(other)
    state._names[eid] = None
    state._dirty.add(eid)


class _Surnames:
    """``key in surnames``: a stored person's multi-word key has this surname (kg.resolve.entities.place_not_person)."""

    def __init__(self, state: State):
        self.state = state

    def __contains__(self, key) -> bool:
        return self.state.db.execute("SELECT 1 FROM surname WHERE s = ? LIMIT 1", (key,)).fetchone() is not None


def _join_same_names(state: State, new_records: dict, old_records: dict, moved: dict[int, int], dirty_docs: set[str]) -> None:
    """A touched entity re-decided to a name another entity holds is that entity (a full build keys
    entities by name): its mentions, articles and keys move there, and the joined one is re-decided."""
    holders: dict[str, int] = {}
    for eid in sorted(new_records):
        record = new_records[eid]
        if record is None:
            continue
        other = holders.get(record.name)
        if other is None:
            stored = state.by_name(record.name)
            other = stored if stored is not None and stored != eid and stored not in new_records else None
        if other is None:
            holders[record.name] = eid
            continue
        keep, lose = other, eid
        dirty_docs |= set(state.entity(lose).docs) | set(state.entity(lose).pronouns)
        _move(state, lose, keep)
        moved[lose] = keep
        old_records.setdefault(keep, state.entity(keep).record)
        new_records[lose] = None
        new_records[keep] = record if new_records.get(keep) is None else new_records[keep]
        holders[record.name] = keep


def _move(state: State, lose: int, keep: int) -> None:
    """Move entity ``lose``'s mentions, articles, pronouns and keys into ``keep``."""
    a, b = state.entity(lose), state.entity(keep)
    for form, (n, first) in a.forms.items():
        entry = b.forms.setdefault(form, [0, first])
        entry[0] += n
        entry[1] = min(entry[1], first)
    for doc, n in a.docs.items():
        b.docs[doc] = b.docs.get(doc, 0) + n
    for doc, n in a.pronouns.items():
        b.pronouns[doc] = b.pronouns.get(doc, 0) + n
    b.roots |= a.roots
    b.joined = b.joined or a.joined
    state.db.execute("UPDATE root SET entity = ? WHERE entity = ?", (keep, lose))
    for doc, data in state.db.execute("SELECT doc, sigs FROM contrib WHERE entity = ?", (lose,)).fetchall():
        row = state.db.execute("SELECT sigs FROM contrib WHERE entity = ? AND doc = ?", (keep, doc)).fetchone()
        merged = _load(data) + (_load(row[0]) if row else [])
        state.db.execute("INSERT OR REPLACE INTO contrib VALUES (?, ?, ?)", (keep, doc, _dump(merged)))
    state.db.execute("DELETE FROM contrib WHERE entity = ?", (lose,))
    a.forms, a.docs, a.pronouns, a.roots = {}, {}, {}, set()
    state._dirty |= {lose, keep}



def _role_targets(state: State, records: Mapping[int, Entity | None]) -> list[Entity]:
    """The stored records of the entities the roles of ``records`` name (their types decide who speaks for whom)."""
    names = {r.of for rec in records.values() if rec is not None for r in rec.roles if r.of}
    found = []
    for name in sorted(names):
        eid = state.by_name(name)
        if eid is not None and eid not in records and state.entity(eid).record is not None:
            found.append(state.entity(eid).record)
    return found


class _Records:
    """The current record of each entity an article names (re-decided in this update, else stored)."""

    def __init__(self, state: State, new_records: Mapping[int, Entity | None]):
        self.state, self.new = state, new_records
        self._new_names = {r.name: eid for eid, r in new_records.items() if r is not None}

    def refs(self, spans: Sequence[tuple[int, int, int]]):
        """name → how the triples of an article with entities at ``spans`` name it (:data:`ENTITY_REF`
        and the name its IRI was minted from), for its entities and those their roles name; None for
        a name that is no entity's."""
        eids = {self.name(eid): eid for _, _, eid in spans}

        def ref(name: str | None) -> str | None:
            if not name:
                return None
            eid = eids.get(name)
            if eid is None:
                eid = self._new_names.get(name)
            if eid is None:
                eid = self.state.by_name(name)
            if eid is None or not _exists(self.state, eid) or self.record(eid) is None:
                return None
            return ENTITY_REF + (self.state.entity(eid).iri_name or self.name(eid))
        return ref

    def record(self, eid: int) -> Entity | None:
        if eid in self.new:
            return self.new[eid]
        if not _exists(self.state, eid):
            return None
        return self.state.entity(eid).record

    def name(self, eid: int) -> str | None:
        record = self.record(eid)
        return record.name if record is not None else None

    def resolution(self, doc: str, spans: Sequence[tuple[int, int, int]]) -> Resolution:
        """What :func:`kg.resolve.resolve_triples` reads for article ``doc``: where its entities are,
        their records, and the records of the bodies their roles name."""
        ids = sorted({eid for _, _, eid in spans})
        mine = [self.record(eid) for eid in ids]
        by_name = {r.name: r for r in mine if r is not None}
        for r in list(by_name.values()):
            for role in r.roles:
                if role.of and role.of not in by_name:
                    eid = self.state.by_name(role.of)
                    other = self.record(eid) if eid is not None else None
                    if other is not None:
                        by_name[other.name] = other
        resolution = Resolution(list(by_name.values()))
        resolution._starts[doc] = [s for s, _, _ in spans]
        resolution._spans[doc] = [(e, self.name(eid)) for _, e, eid in spans]
        return resolution


def _write_statements(state: State, store: ox.Store, vocab: Vocabulary, old: Mapping[str, list[Triple]],
                      new: Mapping[str, list[Triple]], writer) -> int:
    """Bring ``kg:statements`` up to date for the statements the changed articles had or have, and for
    the negated statements making the same claim (their contradictions may change). Returns the quads
    removed. Each statement's group is computed from what its triples add up to in each article
    (:func:`_sums`, kept per article) and its earliest triple, read from its first article only: a
    statement reported by many articles costs one row each, not their triples."""
    from .rdf import _contradictions, _count, statement_group

    K = _terms(vocab)
    direct = {_statement_term(t, K) for ts in (*old.values(), *new.values()) for t in ts}
    mates: set[str] = set()
    for claim in {_claim(t, vocab) for ts in (*old.values(), *new.values()) for t in ts}:
        mates |= {iri for (iri,) in state.db.execute("SELECT iri FROM skey WHERE key = ?", (claim,))}
    mates -= direct
    first: dict[str, Triple] = {}
    summed: dict[str, tuple] = {}
    for iri in sorted(direct | mates):
        rows = _statement_rows(state, iri, K)
        if not rows:
            continue
        doc, items, _conf, _plain, at, _reports = rows[0]  # the earliest triple is in the first article (doc first)
        first[iri] = (items if items is not None else _load(state.db.execute(
            "SELECT triples FROM stmt WHERE iri = ? AND doc = ?", (iri, doc)).fetchone()[0]))[at][1]
        summed[iri] = (max(0.0, *(r[2] for r in rows)), sum(bool(r[3]) for r in rows), len(rows),
                       {c for r in rows if r[5] for c in r[5].split("\n")})
    contradicts = _contradictions(first, vocab)
    graph = nn(vocab.STATEMENTS_GRAPH)
    names = state.all_names()
    removed = 0
    for iri in sorted(direct | {m for m in mates if m in first and first[m].negated}):
        if iri not in first:
            removed += _sync_subject(store, iri, set(), graph, writer)
            state.db.execute("DELETE FROM skey WHERE iri = ?", (iri,))
            continue
        best, plain, count, reports = summed[iri]
        want = set(statement_group(iri, first[iri], best, plain, count, sorted(reports), contradicts.get(iri, ()), vocab, names))
        removed += _sync_subject(store, iri, want, graph, writer)
    # a relation is labelled with the least of its lemmas
    lemmas = {t.relation_lemma for ts in (*old.values(), *new.values()) for t in ts}
    from .ntext import LABEL, literal

    g = "<" + vocab.STATEMENTS_GRAPH + ">"
    for predicate in sorted({_relation_term(lemma, vocab) for lemma in lemmas}):
        row = state.db.execute("SELECT min(lemma) FROM pred WHERE iri = ? AND n > 0", (predicate,)).fetchone()
        want = {f"{predicate} {LABEL} {literal(row[0])} {g}"} if row and row[0] is not None else set()
        removed += _sync_subject(store, predicate, want, graph, writer)
    return removed


def _statement_rows(state: State, iri: str, K) -> list[tuple]:
    """A statement's rows, by article: (doc, its items when read here or None, best confidence, plain,
    place of its earliest triple in the items, reports). Rows kept before layout 4 have no sums yet:
    they are summed from their triples here, once, and kept."""
    rows = []
    for doc, conf, plain, at, reports in state.db.execute(
            "SELECT doc, conf, plain, first, reports FROM stmt WHERE iri = ? ORDER BY doc", (iri,)).fetchall():
        items = None
        if conf is None:
            items = _load(state.db.execute("SELECT triples FROM stmt WHERE iri = ? AND doc = ?", (iri, doc)).fetchone()[0])
            conf, plain, at, reports = _sums(iri, items, lambda i, t: _statement_term(t, K))
            state.db.execute("UPDATE stmt SET conf = ?, plain = ?, first = ?, reports = ? WHERE iri = ? AND doc = ?",
                             (conf, plain, at, reports, iri, doc))
        rows.append((doc, items, conf, plain, at, reports))
    return rows


def _sync_subject(store: ox.Store, subject: str, want: set[str], graph, writer) -> int:
    """Make ``subject`` (an IRI term) have exactly the quads ``want`` in ``graph``; returns the quads removed."""
    old = {str(q) for q in store.quads_for_pattern(nn(subject[1:-1]), None, None, graph)}
    remove_quads(store, old - want)
    writer.add(want - old)
    return len(old - want)


def _write_entities(state: State, store: ox.Store, vocab: Vocabulary, old_records: Mapping[int, Entity | None],
                    new_records: Mapping[int, Entity | None], before: Mapping[int, set[str]], changed: set[str],
                    absorbed: set[int], writer) -> int:
    """Bring ``kg:entities`` up to date for the re-decided entities: their descriptions by difference,
    their articles (``kg:mentionedIn``) by the changed articles only, all of it when the IRI changed."""
    from .ntext import iri as term
    from .rdf import _article
    graph = nn(vocab.ENTITIES_GRAPH)
    g = "<" + vocab.ENTITIES_GRAPH + ">"
    removed = 0
    K = _terms(vocab)
    ref = _Records(state, new_records).refs(())

    def described(record: Entity | None) -> Entity | None:  # the bodies its roles name, by their IRIs
        if record is None or not any(r.of for r in record.roles):
            return record
        return replace(record, roles=tuple(replace(r, of=ref(r.of) or r.of) if r.of else r for r in record.roles))

    for eid in sorted(new_records):
        old, new = described(old_records.get(eid)), described(new_records[eid])
        st = state.entity(eid)
        if old is not None and (new is None or old.iri != new.iri or eid in absorbed):  # gone, renamed or grown by a join: all of it again
            subjects = {q.split(" ", 1)[0] for group in entity_groups([old], vocab) for q in group}
            for subject in subjects:
                quads = {str(q) for q in store.quads_for_pattern(nn(subject[1:-1]), None, None, graph)}
                remove_quads(store, quads)
                removed += len(quads)
            old = None
        if new is None:
            continue
        if old is None:
            writer.add(set(q for group in entity_groups([replace(new, docs=tuple(sorted(st.docs)))], vocab) for q in group))
            continue
        want = {q for group in entity_groups([replace(new, docs=())], vocab) for q in group}
        had = {q for group in entity_groups([old], vocab) for q in group}
        remove_quads(store, had - want)
        removed += len(had - want)
        writer.add(want - had)
        s = term(new.iri)
        was = before.get(eid, set())
        now = {d for d in changed if d in st.docs}
        writer.add([f"{s} {K.mentionedIn} {_article(doc, vocab)} {g}" for doc in now - was])
        gone = {f"{s} {K.mentionedIn} {_article(doc, vocab)} {g}" for doc in was - now}
        remove_quads(store, gone)
        removed += len(gone)
    return removed


def _stored_surnames(state: State, local: Resolution, roots_of: Mapping[str, list[str]], gazetteer: Gazetteer) -> dict:
    """(local entity name, article) → stored entity, for a lone surname of a new article that a full build
    would join to the store's one person of that surname, by the company it keeps
    (:func:`kg.resolve.entities._surname_by_context`: "Trump" in an article naming Putin and Pezeshkian,
    as Donald Trump's stored articles do)."""
    from ..resolve.entities import _surname_by_context
    from ..resolve.names import gender_of_first_name, is_surname_key

    in_doc: dict[str, set[str]] = defaultdict(set)
    for name, ms in local.members.items():
        for m in ms:
            in_doc[m.doc].add(name)
    local_docs: dict[str, set[str]] = defaultdict(set)
    for doc, names in in_doc.items():
        for name in names:
            for root in roots_of.get(name, ()):
                local_docs[root].add(doc)
    local_fulls = {surname_of(r) for r in local.roots if " " in r}

    class DocsOf(dict):
        def __missing__(self, key):
            eid = state.by_root(key)
            docs = set(state.entity(eid).docs) if eid is not None and _exists(state, eid) else set()
            self[key] = docs | local_docs.get(key, set())
            return self[key]

        def get(self, key, default=None):
            return self[key]

    docs_of = DocsOf()
    found = {}
    for doc, names in sorted(in_doc.items()):
        here = {r for n in names for r in roots_of.get(n, ())}
        for name in sorted(names):
            roots = roots_of.get(name, [])
            if len(roots) != 1 or " " in roots[0] or roots[0] in local_fulls:
                continue
            key = roots[0]
            if not is_surname_key(key) or gazetteer.lookup_key(key) or gender_of_first_name(key) is not None:
                continue
            if not any(m.label == "PERSON" for m in local.members[name]):
                continue
            fulls = [k for (k,) in state.db.execute("SELECT key FROM surname WHERE s = ? LIMIT 2", (key,))]
            if len(fulls) != 1 or fulls[0] in here:
                continue
            eid = state.by_root(fulls[0])
            if eid is None or not _exists(state, eid):
                continue
            if _surname_by_context(doc, here, fulls[0], docs_of, gazetteer):
                found[(name, doc)] = eid
    return found


def differences(state: State, analyses, vocab: Vocabulary, aliases=None) -> list[str]:
    """How the store's entities differ from those a full build of the same ``analyses`` gives (one line
    each; empty: none): what ``kg check`` reports after updates in place."""
    from ..resolution import resolve_articles

    full = resolve_articles(analyses, vocab, aliases)
    want = {e.name: e for e in full.entities}
    have: dict[str, Entity] = {}
    names: dict[int, str] = {}
    for eid, name, data in state.db.execute("SELECT id, name, state FROM entity"):
        st = _load(data)
        if st.record is not None:
            have[st.record.name] = replace(st.record, docs=tuple(sorted(st.docs)))
            names[eid] = st.record.name
    differ = sorted(n for n in set(want) | set(have) if want.get(n) != have.get(n))
    moved = 0
    for doc, data in state.db.execute("SELECT id, spans FROM article"):
        spans, _places = _load(data)
        mine = [(s, e, names.get(eid)) for s, e, eid in spans]
        theirs = [(s, e, n) for s, (e, n) in zip(full._starts.get(doc, ()), full._spans.get(doc, ()))]
        moved += mine != theirs
    stale = len(stale_articles(state, analyses))
    if not differ and not moved and not stale:
        return []
    shown = ", ".join(repr(n) for n in differ[:5])
    return [f"updated in place: {len(differ)} of {len(want)} entities differ from a full build of the saved analyses"
            f"{' (' + shown + ')' if shown else ''}, {moved} article(s) have mentions resolved otherwise"
            + (f", {stale} article(s) were read with an entity type or organisation that has changed since" if stale else "")]


def stale_articles(state: State, analyses) -> list[str]:
    """The stored articles whose triples differ from those their entities' current types give: of the
    articles noted stale (written before an entity they name changed type or organisation, :func:`update`), those
    whose triples read again now come out otherwise. ``analyses``: the saved analyses (packed or not)."""
    noted = [doc for (doc,) in state.db.execute("SELECT doc FROM stale ORDER BY doc")]
    if not noted:
        return []
    wanted = set(noted)
    records = _Records(state, {})
    found = []
    for packed in analyses:
        doc = getattr(packed, "article_id", None) or packed.article.id
        if doc not in wanted:
            continue
        a = packed.unpack() if hasattr(packed, "unpack") else packed
        row = state.db.execute("SELECT spans, triples FROM article WHERE id = ?", (doc,)).fetchone()
        if row is None:
            continue
        (spans, _places), stored = _load(row[0]), _load(row[1])
        live = [(s, e, eid) for s, e, eid in spans if records.name(eid) is not None]
        ref = records.refs(live)
        now = [_for_statements(refer(t, ref)) for t in resolve_triples([a], records.resolution(doc, live))]
        if now != stored:
            found.append(doc)
    return found


def _join_places(state: State, new_records: dict, old_records: dict, moved: dict[int, int], dirty_docs: set[str],
                 vocab: Vocabulary) -> None:
    """Two place entities resolved to one GeoNames feature are one entity (:func:`kg.places.locate._merge`:
    named as GeoNames names it when one of them is written so, else by the most mentioned)."""
    from ..places.locate import _merge

    for eid in sorted(new_records):
        record = new_records.get(eid)
        if record is None or record.type not in PLACE_TYPES or record.geo is None:
            continue
        others = [o for (o,) in state.db.execute("SELECT entity FROM place WHERE gid = ?", (record.geo.geonames_id,))
                  if o != eid and o not in moved and _exists(state, o)]
        others = [o for o in others if (new_records.get(o, state.entity(o).record) is not None
                                        and new_records.get(o, state.entity(o).record).geo is not None
                                        and new_records.get(o, state.entity(o).record).geo.geonames_id == record.geo.geonames_id)]
        if not others:
            continue
        group = {o: new_records.get(o, state.entity(o).record) for o in [eid, *others]}
        full = {o: replace(r, docs=tuple(sorted(state.entity(o).docs))) for o, r in group.items()}
        ranked = sorted(full.values(), key=lambda e: (-(e.mentions), e.name))  # the order a full build meets them in
        one = _merge(ranked, ranked[0].geo, vocab)
        keep = next(o for o, r in full.items() if r.name == one.name)
        for lose in group:
            if lose != keep:
                dirty_docs |= set(state.entity(lose).docs) | set(state.entity(lose).pronouns)
                old_records.setdefault(lose, state.entity(lose).record)
                _move(state, lose, keep)
                moved[lose] = keep
                new_records[lose] = None
        old_records.setdefault(keep, state.entity(keep).record)
        state.entity(keep).fixed_name = one.name
        new_records[keep] = replace(one, docs=())
