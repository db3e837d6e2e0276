"""Canonical entities across the articles of a build.

One pass over all mentions, near-linear in their number:

1. each named mention gets a key (:func:`~kg.resolve.names.name_key`); the
   gazetteer maps aliases and demonyms to one key ("U.S.", "America" → united states);
2. a lone surname joins the person's full name written nearest before it in
   its own article ("Van Persie" → "Robin van Persie"); in an article without
   one, only the one person of the build whose role it carries ("President
   Bush"); a first name alone joins the one full name of its article that
   starts with it; a name the gazetteer knows as a place never does ("Israel"
   ≠ "Israel Katz"); one word of an organisation of the article stands for it
   ("Forest" → "Nottingham Forest");
3. an acronym joins its expansion when only one name of the build expands it
   ("WSJ" → "The Wall Street Journal");
4. the type of each entity is settled: gazetteer, then titles (a titled mention
   is a person), then the votes of its mentions;
5. pronouns take the first candidate of :mod:`~kg.resolve.coref` whose entity
   fits (a person for he/she, a group for they, only when unambiguous).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..lexicon import FAITHS, HONORIFICS, PERSONAL
from ..records import ROLE, UNLABELLED, Entity, Mention, Role
from ..terms import Vocabulary
from .coref import FEMININE, IT_WORDS, pronoun_entity
from .gazetteer import Gazetteer, country_and_office
from .names import (FIRM_ENDS, LEGAL_FORMS, PARENT_LINES, PARTICLES, acronym, acronym_written_as_a_word, clean_surface, firm_stem, gender_of_first_name, generation, PET_FORMS, pet_form_of,
                    is_first_name, is_initial, is_surname_key, name_key, strip_the, surname_of)
from .kindcues import NOT_PERSON_LAST, VENUE_HEADS
from .namespans import MONTHS, PLACE_CLUBS, is_club
from .nametypes import AWARD_HEADS, EVENT_HEADS, LAW_HEADS, LEAGUE_HEADS, ORG_HEADS, ORG_WORDS, PRESS_TITLE_ENDS
from .placenames import is_continent, is_country_or_region, is_place, place_size
from .roles import FEMALE_MARKS, FIRST_NAME_TITLES, MALE_MARKS, TITLE_HEADS, TITLE_MODIFIERS, word
from .samenames import UNLABELLED_LABELS, cut_to_a_known_name, names_read_outside_headlines

UNREAD = UNLABELLED_LABELS  # a name written again that the model did not read (kg.resolve.samenames): no vote
UNREAD_INSIDE = UNLABELLED  # ... capitalised inside its sentence
PLACE_TYPES = {"GPE", "LOC", "FAC", "NORP"}


@dataclass
class Resolution:
    """Canonical entities and where each mention went."""

    entities: list[Entity]
    # per article: sorted mention starts, and the (end, entity name) of each
    votes: dict[str, Counter] = field(default_factory=dict)  # entity name → its mentions' spaCy labels
    _starts: dict[str, list[int]] = field(default_factory=dict)
    _spans: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    # per article: pronoun mention index → index of the mention it was resolved to (kg mentions)
    antecedents: dict[str, dict[int, int]] = field(default_factory=dict)
    # what a store keeps to update entities in place (kg.graph.stream): entity name → its named
    # mentions (article-id then text order), group key → entity name, the keys that absorbed a
    # lone surname or first name
    members: dict[str, list[Mention]] = field(default_factory=dict)
    roots: dict[str, str] = field(default_factory=dict)
    joined: set[str] = field(default_factory=set)
    merged: set[str] = field(default_factory=set)  # names of entities that two place entities became (kg.places)
    # per article: where a mention the resolver cut to a name the build knows starts → the cut mention
    # (kg.resolve.samenames.cut_to_a_known_name), so that `kg mentions` lists what was resolved
    cut: dict[str, dict[int, Mention]] = field(default_factory=dict)

    def entity_at(self, doc: str, offset: int) -> str | None:
        """The canonical name of the mention covering ``offset`` in article ``doc``."""
        starts = self._starts.get(doc)
        if not starts:
            return None
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return None
        end, name = self._spans[doc][i]
        return name if offset < end else None

    def mention_at(self, doc: str, offset: int) -> tuple[int, int] | None:
        """Where the mention covering ``offset`` in article ``doc`` starts (its title included) and ends."""
        starts = self._starts.get(doc)
        if not starts:
            return None
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0 or offset >= self._spans[doc][i][0]:
            return None
        return starts[i], self._spans[doc][i][0]

    def by_name(self) -> dict[str, Entity]:
        return {e.name: e for e in self.entities}

    def renamed(self, entities: list[Entity], names: Mapping[str, str]) -> "Resolution":
        """The same resolution with ``entities`` in place of its own, and every mention of an entity
        named in ``names`` going to the entity named by its value (kg.places joins two names of one place)."""
        votes: dict[str, Counter] = defaultdict(Counter)
        for name, counter in self.votes.items():
            votes[names.get(name, name)].update(counter)
        spans = {doc: [(end, names.get(name, name)) for end, name in row] for doc, row in self._spans.items()}
        members: dict[str, list[Mention]] = defaultdict(list)
        for name, ms in self.members.items():
            members[names.get(name, name)].extend(ms)
        roots = {root: names.get(name, name) for root, name in self.roots.items()}
        return Resolution(entities, dict(votes), self._starts, spans, self.antecedents, dict(members), roots, self.joined,
                          self.merged | set(names.values()), self.cut)


class _UnionFind:
    """A union-find where joining ``a`` into ``b`` keeps ``b``'s representative (the key whose
    gazetteer entry and length decide the group's fate, step 4 of :func:`resolve_entities`).

    The representative is the root of its set: ``a``'s root goes under ``b``'s, and paths are
    compressed as they are walked. (networkx's ``UnionFind`` did this with a map from its own
    roots to ours; importing networkx cost each run ~0.3 s.)

    >>> uf = _UnionFind()
    >>> uf.union("blair", "tony blair"); uf.union("tony blair", "mr blair")
    >>> uf.find("blair"), uf.find("tony blair"), uf.find("brown")
    ('mr blair', 'mr blair', 'brown')
    """

    def __init__(self):
        self._parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self._parent
        root = x
        while root in parent:
            root = parent[root]
        while x != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        """Join ``a`` into ``b`` (``b``'s representative stays the representative)."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self._parent[root_a] = root_b


def _gazetteer(aliases) -> Gazetteer:
    if isinstance(aliases, Gazetteer):
        return aliases
    return Gazetteer.with_aliases(aliases)


def _name_written_again(m: Mention, here: set, votes: Mapping[str, Counter], gazetteer: Gazetteer) -> str | None:
    """The key of a capitalised run the model did not read (:mod:`kg.resolve.samenames`) when it writes a
    name again: a name its article reads elsewhere ("*Chargers* defensive tackle …" under "Chargers' (ORG)"),
    or, capitalised inside its sentence, a name of two words or more that another article of the
    build reads, never as a person ("… offered the post of *Surgeon General*", read ORG elsewhere).
    A capital that only opens a sentence, or one word alone ("Club", "Run" of a headline), needs its
    own article.
    """
    key = _base_key(m, gazetteer)
    if key in here:
        return key
    if m.label == UNREAD_INSIDE and " " in key and key in votes and not votes[key]["PERSON"]:
        return key
    return None


# articles that must write a plural the model never read after "the" for it to be a group's name
GROUP_NAME_ARTICLES = 2


def groups_named_after_the(mentions_by_doc: Mapping[str, Sequence[Mention]], votes: Mapping[str, Counter],
                           gazetteer: Gazetteer) -> set[str]:
    """Keys of the one-word capitalised plurals the model never read that the build writes after "the" inside a
    sentence in :data:`GROUP_NAME_ARTICLES` articles or more: a team's, a band's or a party's name ("In a surprising
    move …, *the Sixers* fired Jim O'Brien"; "*The Sixers* made a power move this offseason, firing head coach Jim
    O'Brien"; "they were pipped at the post by *the Scarlets* in the final game"). The capital inside the sentence is
    no sentence's, the "the" no part of a person's name, and two reports writing it so are no one writer's habit.
    Not a name the model reads somewhere in the build (its own key settles it), one the gazetteer knows or lists as
    a common word, an acronym ("the MPs") nor a word of a longer name ("the Six *Nations*": a capital before it
    makes no "the" before it)."""
    docs: dict[str, set[str]] = defaultdict(set)
    for doc, mentions in mentions_by_doc.items():
        for m in mentions:
            word = m.text
            if m.label != UNREAD_INSIDE or m.headline or m.the_name is not False or " " in word \
                    or not word.isalpha() or not word[:1].isupper() or not word[1:].islower() \
                    or not word.endswith("s") or word.endswith("ss"):
                continue
            key = _base_key(m, gazetteer)
            if key and key not in votes and not gazetteer.lookup_key(key) and not gazetteer.is_common(word):
                docs[key].add(doc)
    return {key for key, found in docs.items() if len(found) >= GROUP_NAME_ARTICLES}


def _join_country_abbreviations(mentions_by_doc: Mapping[str, Sequence[Mention]], keys: dict[str, list[str | None]],
                                votes: dict[str, Counter], forms: dict[str, Counter], gazetteer: Gazetteer) -> None:
    """A body or office of two words or more written after a country's abbreviation ("U.S. Surgeon General",
    "US Surgeon General") and the same name written without it in an article that writes it so too, names that
    country, or shares a name with an article writing the abbreviation (the same story: "Obama … Surgeon General"
    beside "Obama … U.S. Surgeon General"), are one name: the country's ("United States Surgeon General").

    The bare name elsewhere stays itself: "the Court of Appeal" of a report on the hunting ban is not the "US
    Court of Appeal" of an article on the Beastie Boys; nor a name written with two countries. Only a name the
    model reads as a body, or leaves unlabelled, with or without the abbreviation: not a person or a place
    ("British Virgin Islands" is not "Virgin Islands"), nor an event or a work ("the US Open Championship" is not
    "the Open Championship" at St Andrews). A demonym ("Irish Rugby Football Union") is no
    abbreviation: the Irish union is not England's Rugby Football Union.
    """
    prefixed: dict[str, set[str]] = defaultdict(set)  # bare key → the country keys it is written with
    written_in: dict[str, set[str]] = defaultdict(set)  # bare key → the articles writing it with a country
    for doc, mentions in mentions_by_doc.items():
        for i, m in enumerate(mentions):
            if m.is_pronoun or keys[doc][i] is None and m.label != UNREAD_INSIDE:
                continue
            split = country_and_office(m.text, gazetteer)
            if split is None:
                continue
            bare = name_key(split[1])
            read_as = {t for t, n in votes.get(bare, Counter()).items() if n} | ({m.label} - set(UNREAD))
            if " " in bare and read_as <= {"ORG"}:  # a body; not an event or a work ("US Open Championship")
                _rekey(keys[doc], i, m, name_key(f"{split[0]} {split[1]}"), votes, forms)
                prefixed[bare].add(name_key(split[0]))
                written_in[bare].add(doc)
    if not prefixed:
        return
    names_of = {doc: {k for k in keys[doc] if k and not gazetteer.lookup_key(k)} for doc in set().union(*written_in.values())}
    for doc, row in keys.items():
        if not any(key in prefixed for key in row):
            continue
        countries = {name_key(hit[0]) for key in row if key and (hit := gazetteer.lookup_key(key)) and hit[1] == "GPE"}
        here_names = {k for k in row if k and not gazetteer.lookup_key(k)}
        for i, key in enumerate(row):
            if not key or key not in prefixed or len(prefixed[key]) != 1:
                continue
            company = here_names - {key}
            here = prefixed[key] & countries or (
                prefixed[key] if doc in written_in[key] or any(company & names_of[d] for d in written_in[key]) else set())
            if here:
                _rekey(row, i, mentions_by_doc[doc][i], f"{next(iter(here))} {key}", votes, forms)


# the words that say what kind of name a name is ("Convention", "Council", "Cup"): a name of the initials and one
# of them alone is cut from a longer name ("the revised UN Convention on Seafarers' Identity Documents")
_KIND_WORDS = AWARD_HEADS | EVENT_HEADS | LAW_HEADS | LEAGUE_HEADS | ORG_HEADS | ORG_WORDS


def _spelled_prefix_of(forms: Mapping[str, Counter]) -> dict[str, str]:
    """Key of a name whose first words a name of the build writes as their initials → that name's key:
    "Indian Naval Ship Sukanya" → "INS Sukanya" (:func:`_join_spelled_prefixes`)."""
    short: dict[tuple[str, str], list[str]] = defaultdict(list)  # (initials, rest of the name) → keys
    for key, written in forms.items():
        words = key.split(" ")
        if len(words) < 2 or not written:
            continue
        first = written.most_common(1)[0][0].split(" ")[0]
        if 2 <= len(first) <= 5 and first.isalpha() and first.isupper() \
                and any(len(w) >= 4 and w not in _KIND_WORDS for w in words[1:]):
            short[(words[0], " ".join(words[1:]))].append(key)
    out: dict[str, str] = {}
    if not short:
        return out
    for key, written in forms.items():
        words = key.split(" ")
        surface = written.most_common(1)[0][0].split(" ") if written else []
        for n in range(2, min(5, len(words) - 1) + 1):
            if not all(w[:1].isupper() for w in surface[:n]):
                break
            found = short.get(("".join(w[0] for w in words[:n]), " ".join(words[n:])), [])
            if len(found) == 1:
                out[key] = found[0]
                break
    return out


def _join_spelled_prefixes(keys: dict[str, list[str | None]], votes: dict[str, Counter], forms: dict[str, Counter]
                           ) -> None:
    """A name whose first words another name of the build writes as their initials is that name: "*Indian
    Naval Ship Sukanya*, deployed on anti-piracy patrols in the Gulf of Aden" is the "INS Sukanya" of the other
    reports. The words spelt out must be capitalised and their initials the other name's first word, written in
    capitals ("INS"); the rest of the two names is the same and has a word of four letters or more that is
    no kind word (:data:`_KIND_WORDS`: "the revised UN Convention on Seafarers' Identity Documents", cut to "UN
    Convention", is not the "United Nations Convention" on refugees), and no other name of the build shortens
    to the same initials and rest. "GTA San Andreas" is "Grand Theft Auto: San Andreas".
    """
    _rename_keys(keys, votes, forms, _spelled_prefix_of(forms))


def plural_spelling(key: str) -> str:
    """A long name's key with a plural "s" taken off each word but the last, where writers disagree on it.

    >>> plural_spelling("academy of motion pictures arts and sciences")
    'academy of motion picture art and sciences'
    >>> plural_spelling("disasters emergency committee")
    'disaster emergency committee'
    >>> plural_spelling("the rolling stones")  # the last word decides what is named: the Rolling Stone is a magazine
    'the rolling stones'
    """
    words = key.split()
    return " ".join([w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words[:-1]]
                    + words[-1:])


def _join_plural_spellings(keys: dict[str, list[str | None]], votes: dict[str, Counter], forms: dict[str, Counter]
                           ) -> None:
    """Two names of three words or more, not persons', that differ only by a plural "s" on a word before the last
    are one name written two ways: "the Academy of Motion *Pictures* Arts and Sciences" (entertainment/aviator-creator-
    in-oscars-snub.txt) and "the Academy of Motion *Picture* Arts and Sciences"; "the *Disasters* Emergency
    Committee" and "the *Disaster* Emergency Committee". The form written more often gives the key. A plural on the
    last word names something else: "Rolling Stone" (a magazine) is not "the Rolling Stones", a "Golden Globe"
    (an award) is not "the Golden Globes" (its ceremony).
    """
    spellings: dict[str, list[str]] = defaultdict(list)
    for key, counter in votes.items():
        if key.count(" ") >= 2 and counter and not _mostly_person(counter):
            spellings[plural_spelling(key)].append(key)
    into: dict[str, str] = {}
    for same in spellings.values():
        if len(same) > 1:
            main = max(same, key=lambda k: (sum(forms[k].values()), -len(k), k))
            into.update({k: main for k in same if k != main})
    _rename_keys(keys, votes, forms, into)


def _rename_keys(keys: dict[str, list[str | None]], votes: dict[str, Counter], forms: dict[str, Counter],
                 into: dict[str, str]) -> None:
    """Every name key in ``into`` rewritten to its target: in the mentions' keys, and with its votes and written
    forms added to the target's."""
    if not into:
        return
    for row in keys.values():
        for i, key in enumerate(row):
            if key in into:
                row[i] = into[key]
    for key, target in into.items():
        votes[target].update(votes.pop(key, Counter()))
        forms[target].update(forms.pop(key, Counter()))


_BRAND_TYPES = frozenset({"ORG", "PRODUCT"})


def brand_singular(key: str, votes: Mapping[str, Counter], gazetteer: Gazetteer) -> str | None:
    """The key of the brand or body a one-word plural key is the plural of, when the build or the gazetteer holds it
    as a firm or a product: "rolls-royces" → "rolls-royce", "playstations" → "playstation", "smses" → "sms". Not a
    person's ("Blairs"), a work's or an event's name ("Wasps" is no film "Wasp", "Oscars" no award "Oscar")."""
    if " " in key or len(key) < 4 or not key.endswith("s") or key.endswith("ss"):
        return None
    for singular in (key[:-1], key[:-2] if key.endswith("es") else None):
        if not singular:
            continue
        hit = gazetteer.lookup_key(singular)
        counter = votes.get(singular)
        if hit:
            if hit[1] in _BRAND_TYPES and not (counter and _mostly_person(counter)):
                return name_key(hit[0])
        elif counter and sum(counter.values()) and counter.most_common(1)[0][0] in _BRAND_TYPES \
                and not counter["PERSON"] and not counter["WORK_OF_ART"] and not counter["EVENT"]:
            return singular
    return None


def _join_plural_brands(mentions_by_doc: Mapping[str, Sequence[Mention]], keys: dict[str, list[str | None]],
                        votes: dict[str, Counter], forms: dict[str, Counter], gazetteer: Gazetteer) -> None:
    """A brand's plural written for its products is the brand, no entity of its own: "a significant increase in sales
    of *Rolls-Royces* on the continent" (business/bmw-drives-record-sales-in-asia.txt), "its next generation of
    *PlayStations*", "these *SMSes*" (:func:`brand_singular`). Not a plural after "the", which names a team, a
    family or a ceremony ("the Blues", "the Blairs", "the Oscars"), nor one read as other than a firm or a product
    (a person, an event: "Baftas" is the ceremony, not the academy "Bafta"), nor one that speaks or names a noun
    in apposition in its article: products say nothing and are no one's name, a body is ("*Segas* said the IAAF
    appeal was 'expected'"; "Greek athletic's governing body, *Segas*": the federation, not the brand Sega's
    consoles)."""
    for doc, mentions in mentions_by_doc.items():
        row = keys[doc]
        speaking = {row[i] for i, m in enumerate(mentions) if (m.speaks or m.dep == "appos") and row[i]}
        into: dict[str, str] = {}
        for i, m in enumerate(mentions):
            key = row[i]
            if not key or m.label not in _BRAND_TYPES or m.the_name is not None or m.headline or key in speaking:
                continue  # a person, a ceremony ("at this year's Baftas": not the academy Bafta), a work, a speaker
            singular = brand_singular(key, votes, gazetteer)
            if singular is None or singular == key:
                continue
            into[key] = singular
            votes[key][m.label] -= _weight(m)
            forms[key][m.text] -= 1
            _rekey(row, i, m, singular, votes, forms)
        for i, m in enumerate(mentions):  # the same plural the model left unread there goes with it (no entity of no type)
            if row[i] in into and m.label in UNREAD:
                forms[row[i]][m.text] -= 1
                _rekey(row, i, m, into[row[i]], votes, forms)


def defined_acronyms(mentions: Sequence[Mention], row: Sequence[str | None], gazetteer: Gazetteer | None = None
                     ) -> dict[str, str]:
    """Acronym key → the key of the name it is written in brackets after, in one article.

    "the work of the Office of the Deputy Prime Minister (ODPM) and the Department for Constitutional
    Affairs (DCA)": the article defines DCA, so its "DCA" is that department even where the build holds
    another name with the same initials (which leaves the build-wide join of :func:`_link_acronyms` undecided).
    Only a name right before the bracket ("Name (ACR)": two characters between) whose initials spell the
    acronym in order (:func:`kg.resolve.review.is_acronym_of`), an article opening the sentence not counted ("*The
    Business Software Alliance (BSA)* warned that …", beside another article's "Building Societies Association
    (BSA)"), nor the country's abbreviation before a national body (:func:`country_and_office`: "the *US Federal
    Trade Commission (FTC)*"); never a person. The acronym is written in capitals, or as a word the way the BBC
    writes the ones it pronounces (:func:`acronym_written_as_a_word`: "the figures were prepared by the
    Association of Leading Visitor Attractions (Alva)").
    """
    from .review import is_acronym_of  # review reads names and roles only; imported late to keep layers plain
    found: dict[str, str] = {}
    for i in range(1, len(mentions)):
        short, long = mentions[i], mentions[i - 1]
        if not row[i] or not row[i - 1] or short.is_pronoun or long.is_pronoun or short.start - long.end != 2:
            continue
        if long.label == "PERSON" or not (short.text.replace(".", "").isupper() or acronym_written_as_a_word(short.text)):
            continue
        name = strip_the(long.text)
        if not is_acronym_of(short.text, name):
            national = country_and_office(name, gazetteer) if gazetteer is not None else None
            if national is None or not is_acronym_of(short.text, national[1]):
                continue
        found.setdefault(row[i], row[i - 1])
    return found


def _join_defined_acronyms(mentions_by_doc: Mapping[str, list[Mention]], keys: dict[str, list[str | None]],
                           votes: dict[str, Counter], forms: dict[str, Counter], gazetteer: Gazetteer
                           ) -> dict[str, set[str]]:
    """Each article's acronyms it defines in brackets take its name's key there (:func:`defined_acronyms`), and
    its name's reading where they were read as a person: an acronym written as a word often is ("Elspa" after "the
    Entertainment and Leisure Software Publishers Association (Elspa)"), which must not outvote the body it stands
    for.

    Returns acronym key → the articles that defined it: they still write both the acronym and its name, which
    the build-wide join of a two-letter acronym asks for ("EA" of another article joins Electronic Arts).
    """
    defined_in: dict[str, set[str]] = defaultdict(set)
    for doc, row in keys.items():
        mentions = mentions_by_doc[doc]
        defined = defined_acronyms(mentions, row, gazetteer)
        labels = {k: m.label for m, k in zip(mentions, row) if k in defined.values() and m.label not in UNREAD}
        for i, key in enumerate(row):
            if key in defined and defined[key] != key:
                m = mentions[i]
                label = labels.get(defined[key])
                if label and m.label == "PERSON":  # a body's acronym is no person; its other readings stay
                    m = mentions[i] = replace(m, label=label)
                _rekey(row, i, m, defined[key], votes, forms)
                defined_in[key].add(doc)
    return defined_in


def _rekey(row: list[str | None], i: int, m: Mention, key: str, votes: dict[str, Counter], forms: dict[str, Counter]
           ) -> None:
    """Give mention ``i`` of an article ``key``, its vote and its surface form going with it."""
    row[i] = key
    if m.label not in UNREAD:
        votes[key][m.label] += _weight(m)
    forms[key][m.text] += 1


def _base_key(m: Mention, gazetteer: Gazetteer) -> str:
    """A mention's key, the gazetteer's canonical key when it lists the name.

    A titled person named like a place keeps the title in the key: "Baroness
    Scotland" is not Scotland.
    """
    key = gazetteer.key(_singular_acronym(m.text))
    hit = gazetteer.lookup_key(key)
    if hit and m.honorific and hit[1] in PLACE_TYPES:
        return name_key(f"{m.honorific} {m.text}")
    return name_key(hit[0]) if hit else key


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")


def _singular_acronym(text: str) -> str:
    """An acronym's plural as the acronym: "PCs" (personal computers) is "PC", never the union "PCS" that its key
    would otherwise be ("the Public and Commercial Services Union (PCS)" beside "home PCs").

    >>> _singular_acronym("PCs"), _singular_acronym("PCS"), _singular_acronym("Macs")
    ('PC', 'PCS', 'Macs')
    """
    return text[:-1] if _PLURAL_ACRONYM.fullmatch(text) else text


def split_honorific(m: Mention) -> Mention:
    """A mention whose text starts with an honorific, as if the title had been read: "Mr Davies" → "Davies", Mr.

    Names recovered outside the model's entities keep their honorific in the text
    ("Mr Davies", "Gen Pinochet", "Professor Curtice"); without it they join the full
    name of their article like any titled surname. "Mrs Howard" keeps her gender, so
    she does not join Michael Howard.
    """
    if m.is_pronoun or m.honorific:
        return m
    words = m.text.split()
    if len(words) < 2 or word(words[0]) not in HONORIFICS or not words[1][:1].isupper():
        return m
    rest = m.text[len(words[0]):].lstrip()
    title = word(words[0])
    gender = m.gender or ("m" if title in MALE_MARKS else "f" if title in FEMALE_MARKS else None)
    return replace(m, text=rest, honorific=words[0], gender=gender, label="PERSON", written=m.written or m.text,
                   span_start=m.span_start if m.span_start is not None else m.start, start=m.end - len(rest))


def office_not_name(m: Mention) -> bool:
    """A peer's or an office's style with no name in it: "the Lord Chancellor's Department", "the Lord Mayor".

    After the honorific come only words of an office ("Chancellor", "Chief Justice"), so the
    mention names an office, not a person; "Baroness Royall", "Lord Kinnock" are names.
    """
    words = [word(w) for w in m.text.split()]
    return bool(m.honorific) and bool(words) and all(w in TITLE_HEADS or w in TITLE_MODIFIERS for w in words)


def _person_keys(votes: Mapping[str, Counter], gazetteer: Gazetteer) -> dict[str, Counter]:
    """Surname → Counter of multi-word person keys with that surname (by mention count).

    The surname keeps its particle and hyphen: "robin van persie" is filed under
    "van persie", "robert kilroy-silk" under "kilroy-silk".
    """
    by_surname: dict[str, Counter] = defaultdict(Counter)
    for key, counter in votes.items():
        if " " in key and (_mostly_person(counter) or _person_read_as_place(key, counter)) \
                and not gazetteer.lookup_key(key) and not _particle_surname(key):
            surname = surname_of(key)
            if surname != key:
                by_surname[surname][key] = sum(counter.values())
    return by_surname


def _particle_surname(key: str) -> bool:
    """A particle and a surname, no first name before them: "De Marigny" (of Roland de Marigny) is the surname, not a
    full name whose surname "Marigny" is. A particle that is also a first name opens a full name ("Ben Kay")."""
    return is_surname_key(key) and " " in key and not is_first_name(key.split()[0])


WORK_LABELS = {"WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}


def _mostly_person(counter: Counter) -> bool:
    """A name read as a person at least as often as anything else; a tie with a place or a body counts
    ("Ludovico Nitoglia" read GPE as often as PERSON), a tie with a work does not ("Mary Poppins")."""
    top = max(counter.values())
    return counter["PERSON"] == top and not any(counter[label] == top for label in WORK_LABELS)


def _person_read_as_place(key: str, counter: Counter) -> bool:
    """A full name the model read only as a place that no place bears, opened by a first name: a person.

    "says Deutsche Bank's *Simon Champion*" (read GPE): his entity settles as a person
    (:func:`unknown_place_type`), so his "Mr Champion" further on joins him. Not a place GeoNames
    knows ("Santa Fe", "George Town") or whose words make a place ("Lagan Valley"), nor one whose last
    word is a street's or a venue's ("Victoria Street", "Charlotte Street", "Sydney Harbour", "Lincoln Center").
    """
    words = key.split()
    return not counter["PERSON"] and counter.most_common(1)[0][0] in {"GPE", "LOC"} and len(words) in (2, 3) \
        and is_first_name(words[0]) and not place_size(key) and not PLACE_WORDS & set(words) \
        and words[-1] not in STREET_AND_VENUE_HEADS


def _names_of_an_honoured_surname(mentions_by_doc: Mapping[str, Sequence[Mention]], keys: Mapping[str, Sequence[str | None]],
                                  by_surname: Mapping[str, Counter], gazetteer: Gazetteer) -> set[str]:
    """Full names opened by a first name, which the model read as a work, a product or a body, whose surname the
    same article writes after an honorific: the person the honorific names.

    "\"What we are proposing is a civic commons,\" Will Davies, senior research fellow at the IPPR told the BBC
    News website" (read WORK_OF_ART) and "Mr Davies" further on; "recruiting Darleen Druyun" (WORK_OF_ART) and
    "Ms Druyun is currently serving a nine month sentence". The full name joins its "Mr"/"Ms" mentions and settles
    PERSON. Not a name no "Mr X" follows ("Vera Drake", the film), nor one whose last word no surname is ("Warner
    Bros", "Charlotte Street", "Lincoln Center"), a place GeoNames knows or a name of the gazetteer.
    """
    persons = {k for fulls in by_surname.values() for k in fulls}
    out: set[str] = set()
    for doc, row in keys.items():
        mentions = mentions_by_doc[doc]
        honoured = {key for m, key in zip(mentions, row) if key and " " not in key and m.honorific}
        alone = {key for m, key in zip(mentions, row) if key and " " not in key and m.label == "PERSON" and not m.headline}
        if not honoured and not alone:
            continue
        for key in set(row):
            if not key or key in persons or key in out or " " not in key or is_surname_key(key):
                continue
            words = key.split()
            if len(words) not in (2, 3) or words[-1] in STREET_AND_VENUE_HEADS or PLACE_WORDS & set(words) \
                    or place_size(key) or gazetteer.lookup_key(key):
                continue
            # a second full name for a surname the build's persons bear would leave its lone mentions elsewhere
            # with two candidates ("Mo Cheeks" beside "Maurice Cheeks"): only a surname no person of the build bears
            if surname_of(key) in honoured and is_first_name(words[0]) \
                    or surname_of(key) in alone and surname_of(key) not in by_surname \
                    and _surname_read_as_a_person(key, words, mentions, row):
                out.add(key)
    return out


def _surname_read_as_a_person(key: str, words: Sequence[str], mentions: Sequence[Mention], row: Sequence[str | None]) -> bool:
    """A two-word name the model read only as a body or a place, with no evidence in the text, whose last word the
    same article writes alone as a person: the person. "Lleyton Hewitt gave himself the perfect preparation … with
    victory over Ivo Minar" (read ORG) and "Minar won the next five" (PERSON); "taking advice from British sprint
    icon Linford Christie" (ORG) and "Christie" — first names kg's lists lack.

    Not a name with a place's word ("Real Madrid", "Neath-Swansea Ospreys"), nor a body's or a firm's last word
    ("Aston Villa", "Lehman Brothers"), nor one a mention was typed by the text ("Developer Valve"), nor a work's ("Vera Drake" beside a
    "Drake" read as a person).
    """
    if len(words) != 2 or not all(w[:1].isalpha() for w in words) \
            or any(place_size(part) for part in re.split(r"[- ]", " ".join(words)) if part) \
            or words[-1] in ORG_WORDS or words[-1] in ORG_HEADS or words[-1] in FIRM_ENDS:
        return False  # "Real Madrid", "Neath-Swansea Ospreys" (a team named after its towns, "Ospreys" read PERSON)
    ms = [m for m, k in zip(mentions, row) if k == key]
    return bool(ms) and all(m.label in {"ORG", "GPE", "LOC", "FAC", "NORP"} and not m.typed and not m.title
                            and m.text.split()[0][:1].isupper() for m in ms)


def _may_be_surname(key: str, counter: Counter) -> bool:
    """A lone name that may join a person: not mostly read as a place."""
    top = counter.most_common(1)[0][0]
    return counter["PERSON"] > 0 or top not in PLACE_TYPES


def _nearest(i: int, positions: Sequence[tuple[int, str]]) -> str | None:
    """The key of the full name written last before mention ``i``, else the first after it.

    "Within an article the most recent compatible full name wins": in "Tony
    Blair … Cherie Blair … Blair said", the last "Blair" is Cherie Blair.
    """
    before = [key for j, key in positions if j < i]
    if before:
        return before[-1]
    return positions[0][1] if positions else None


def _surname_in_article(i: int, m: Mention, fulls: Sequence[tuple[int, str]]) -> str | None:
    """The full name a lone surname stands for in its own article: the nearest compatible one."""
    fits = [(j, key) for j, key in fulls if _gender_fits(m, key) and not _generation_clash(m, key)]
    return _nearest(i, fits)


def _place_surname_in_article(i: int, m: Mention, key: str, fulls_here: Mapping[str, list]) -> str | None:
    """A surname that is also a place's or a people's name, written after "Mr"/"Ms"/"Dr", is the person of its
    article with that surname: "Finance Minister Sue Essex said …" and "Ms Essex said: …"; "Mike German, leader of
    the Liberal Democrats …" and "Mr German said …"; "Oliver Irish" and "Mr Irish".

    Such a mention keeps its honorific in its key ("ms essex", so that "Baroness Scotland" is not Scotland,
    :func:`_base_key`), which no lone-surname join reads. Not a peer's style ("Lady Essex", "Lord Derby" name a
    title taken from a place, not a surname), nor one whose gender the full name's first name contradicts.
    """
    words = key.split()
    if not m.honorific or len(words) != 2 or word(m.honorific) not in HONORIFICS or word(m.honorific) in PEER_TITLES \
            or word(words[0]) != word(m.honorific):
        return None
    fits = [(j, full) for j, full in fulls_here.get(words[1], ())
            if full != key and word(full.split()[0]) not in HONORIFICS and _gender_fits(m, full)]
    return _nearest(i, fits) if len({full for _j, full in fits}) == 1 else None


def _generation_clash(m: Mention, key: str) -> bool:
    """"Bush Snr" does not join "George W Bush"; "George Bush Snr" and "George Bush" keep apart."""
    return generation(name_key(m.text)) != generation(key) if generation(name_key(m.text)) else False


def _surname_by_role(titles: set[str], fulls: Counter, roles_of: Mapping[str, set[str]]) -> str | None:
    """A lone surname of an article without the full name joins the one person whose role it carries.

    "President Bush" joins "George W Bush" when he alone of the build's Bushes
    is written "president"; a bare "Blair" with no title joins nobody.
    """
    if not titles:
        return None
    found = [key for key in fulls if roles_of.get(key, set()) & titles]
    return found[0] if len(found) == 1 else None


def _join_short_names(mentions_by_doc: Mapping[str, Sequence[Mention]], keys: dict[str, list[str | None]],
                      votes: Mapping[str, Counter], gazetteer: Gazetteer) -> set[str]:
    """Rewrite the keys of lone surnames, first names and short club names to their full names.

    Returns the full-name keys that absorbed a surname or first name (they are persons).
    """
    by_surname = _person_keys(votes, gazetteer)
    for key in _names_of_an_honoured_surname(mentions_by_doc, keys, by_surname, gazetteer):
        by_surname[surname_of(key)][key] = sum(votes[key].values())
    persons = {k for fulls in by_surname.values() for k in fulls}
    roles_of: dict[str, set[str]] = defaultdict(set)
    for doc, row in keys.items():
        for m, key in zip(mentions_by_doc[doc], row):
            if key in persons and m.title:
                roles_of[key].add(m.title)
    # a common first name standing alone ("John") is no surname; it may join a full name as a first name
    lone = {k: _may_be_surname(k, votes[k]) for k in votes
            if k in by_surname and is_surname_key(k) and not gazetteer.lookup_key(k)}
    docs_of = _articles_of_keys(keys)
    # a lone surname's one full name of the build, and the one-word names read as persons (no company)
    one_full = {k: _distinct_fulls(by_surname[k]) for k in lone}
    lone_full = {k: fulls[0] for k, fulls in one_full.items() if len(fulls) == 1}
    persons_alone = {k for k in votes if " " not in k and _mostly_person(votes[k])}
    joined: set[str] = set()
    written = {doc: list(row) for doc, row in keys.items()}  # each mention's own key, before any join
    for doc, row in keys.items():
        mentions = mentions_by_doc[doc]
        _join_longer_names(row, mentions, persons, joined)
        fulls_here: dict[str, list[tuple[int, str]]] = defaultdict(list)
        firsts_here: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for j, key in enumerate(row):
            if key in persons:
                fulls_here[surname_of(key)].append((j, key))
                firsts_here[key.split()[0]].append((j, key))
        said_of = pronoun_genders(mentions, row)
        titles_here: dict[str, set[str]] = defaultdict(set)
        for m, key in zip(mentions, row):
            if key in lone and m.title:
                titles_here[key].add(m.title)
        # a titled surname ("Mr Howard") keeps the person it first named in the article: a second full name with that
        # surname written in passing ("the strategist helped Australia's PM, John Howard, win four elections") does
        # not take the next "Mr Howard appointed Mr Crosby" from Michael Howard, of whom the article writes
        titled_before: dict[tuple[str, str], str] = {}
        for i, key in enumerate(row):
            if key and " " in key and key in persons and not is_surname_key(key):
                target = _place_surname_in_article(i, mentions[i], key, fulls_here)
                if target and not gazetteer.kept_apart(key, target):
                    row[i] = target
                    joined.add(target)
                continue
            if not key or " " in key and not is_surname_key(key):
                continue
            m = mentions[i]
            if m.gender is None and len(said_of.get(key, ())) == 1:
                m = replace(m, gender=next(iter(said_of[key])))  # "Ure … she": not her father Colin McGregor Ure
            if m.text.isupper() and len(m.text) <= 5:  # an acronym is no surname or first name: "QC", "DJ", "MSN"
                continue
            target = None
            if _first_name_title(m):  # "Harry" written after "Prince": the article's "Prince Harry"
                target = _titled_first_name(key, fulls_here.get(key, ()))
            elif key in lone:
                # "Charles" is Ray Charles's surname in his article; a first name elsewhere
                target = _surname_in_article(i, m, fulls_here.get(key, ()))
                honoured = (key, word(m.honorific)) if m.honorific else None
                if honoured in titled_before and titled_before[honoured] != target \
                        and any(full == titled_before[honoured] for _j, full in fulls_here.get(key, ())):
                    target = titled_before[honoured]  # (_titled_surname_keeps_its_person)
                elif honoured is not None and target is not None:
                    titled_before.setdefault(honoured, target)
                if target is None and not fulls_here.get(key) and gender_of_first_name(key) is None:
                    target = _surname_by_role(titles_here.get(key, set()), by_surname[key], roles_of)
                    if target is None and lone[key] and len(one_full[key]) == 1:
                        target = _surname_by_context(doc, set(row), one_full[key][0], docs_of, gazetteer,
                                                     lone_full, persons_alone, key if m.label == "PERSON" or m.honorific else None,
                                                     short=key)
            if target is None and " " not in key and key in firsts_here and not _surname_honorific(m):
                target = _first_name_in_article(key, _first_name_fulls(i, firsts_here[key], row), fulls_here, votes, gazetteer)
            elif target is None and " " not in key and not _surname_honorific(m):
                pets = _pet_form_fulls(key, firsts_here)
                target = _first_name_in_article(key, pets, fulls_here, votes, gazetteer) if pets else None
            if target is None and key in firsts_here and _family_name_first(m, key, fulls_here):
                target = _nearest(i, firsts_here[key]) if len({k for _j, k in firsts_here[key]}) == 1 else None
            if target is None and " " not in key and key not in fulls_here and _may_be_surname(key, votes[key]):
                target = _surname_without_its_particle(i, m, key, fulls_here)
            if target and _gender_fits(m, target) and not gazetteer.kept_apart(key, target):
                row[i] = target
                joined.add(target)
        _join_event_short_forms(row, votes, gazetteer)
        _join_work_short_forms(row, votes, gazetteer)
        _join_law_short_forms(row, mentions, votes)
        _join_club_short_forms(row, mentions, votes, gazetteer, docs_of)
    _join_peers_across_articles(mentions_by_doc, keys, written, persons, gazetteer, joined)
    _join_body_short_forms_across(mentions_by_doc, keys, votes, gazetteer, lone_full, persons_alone)
    return joined


# A peer's title with his surname names one man ("Lord Goldsmith"); a peeress's one woman ("Baroness Thatcher",
# "Lady Thatcher"). The rank words a peer is written with stand for one title.
PEER_TITLES = {"lord": "lord", "baron": "lord", "viscount": "viscount", "earl": "earl", "lady": "lady",
               "baroness": "lady", "viscountess": "viscountess", "countess": "countess"}


def _peer_title(m: Mention) -> str | None:
    """The peerage title a lone surname is written with ("*Lord* Goldsmith" → "lord"), or None; not a title before
    a first name ("Lady Diana", :func:`_first_name_title`)."""
    title = PEER_TITLES.get(word(m.honorific)) if m.honorific else None
    return title if title and not _first_name_title(m) else None


def _join_peers_across_articles(mentions_by_doc: Mapping[str, Sequence[Mention]], keys: dict[str, list[str | None]],
                                written: Mapping[str, Sequence[str | None]], persons: set[str], gazetteer: Gazetteer,
                                joined: set[str]) -> None:
    """A peer written by title and surname alone ("The Attorney General, *Lord Goldsmith*, has so far issued no
    instructions to police") is the one person the build's other articles name in full and call by that title
    ("Peter Goldsmith" … "Lord Goldsmith said"): a peerage names one person, so the title is the evidence
    that a bare surname lacks. Only what an article writing the full name joined counts, and only one full name
    per title and surname ("Lord Brown" never joins Gordon Brown, whom no article calls so). The article's other
    mentions of the bare surname go with it ("Lord Goldsmith … Goldsmith said"), so that it keeps one entity.
    """
    titled: dict[tuple[str, str], set[str]] = defaultdict(set)  # (title, surname key) → the full names it joined
    for doc, row in keys.items():
        here = set(written[doc])
        for m, own, key in zip(mentions_by_doc[doc], written[doc], row):
            title = _peer_title(m)
            if title and own and " " not in own and key != own and key in here and key in persons:
                titled[(title, own)].add(key)
    if not titled:
        return
    for doc, row in keys.items():
        found: dict[str, str] = {}  # surname key → the full name its title gives, in this article
        for m, own, key in zip(mentions_by_doc[doc], written[doc], row):
            title = _peer_title(m)
            if title and own and key == own and len(fulls := titled.get((title, own), ())) == 1:
                full = next(iter(fulls))
                if _gender_fits(m, full) and not gazetteer.kept_apart(own, full):
                    found.setdefault(own, full)
        for i, (m, own, key) in enumerate(zip(mentions_by_doc[doc], written[doc], row)):
            if own in found and key == own and _gender_fits(m, found[own]):
                row[i] = found[own]
                joined.add(found[own])


def _distinct_fulls(fulls) -> list[str]:
    """The full names of one surname, a team sheet's initialled form counted with the one full name of the build it
    abbreviates ("l dallaglio" with "lawrence dallaglio", which :func:`_join_initials_across_articles` joins): a lone
    "Dallaglio" of another article's line-up still has one full name to join."""
    longs = [k for k in fulls if not is_initial(k.split()[0])]
    shorts = [k for k in fulls if is_initial(k.split()[0]) and [f[0] for f in longs].count(k[0]) != 1]
    return longs + shorts


def pronoun_genders(mentions: Sequence[Mention], row: Sequence[str | None]) -> dict[str, set[str]]:
    """The genders of the he/she pronouns the article's own reading gave each one-word name key.

    "*Ure* was the daughter of civil engineer Colin McGregor Ure and Edith Swinburne. *She* went to
    the independent Mount School": {"ure": {"f"}}, so the lone "Ure" is not her father. Only what
    this article says: a name's pronouns elsewhere do not count.
    """
    out: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.is_pronoun and m.antecedent is not None and m.text.lower() in PERSONAL:
            key = row[m.antecedent]
            if key and " " not in key:
                out[key].add("f" if m.text.lower() in FEMININE else "m")
    return out


def _join_longer_names(row: list[str | None], mentions: Sequence[Mention], persons: set[str], joined: set[str]) -> None:
    """A person's shorter full name or initialled name joins the one longer name of its article.

    "Marie Leroi" → "Armand Marie Leroi"; "L Nitoglia" → "Ludovico Nitoglia" (the initial
    fits the first name). Done before lone surnames, so that they join the longer name too.
    """
    fulls = [(j, key) for j, key in enumerate(row) if key in persons]
    for i, key in enumerate(row):
        if not key or " " not in key or is_surname_key(key):
            continue
        longer = None
        if key in persons:
            longer = _longer_name_in_article(key, fulls)
        first, _, rest = key.partition(" ")
        if longer is None and len(first) == 1 and " " not in rest:
            found = {full for _, full in fulls if full.endswith(" " + rest) and full.startswith(first) and full != key}
            longer = found.pop() if len(found) == 1 else None
        if longer and _gender_fits(mentions[i], longer):
            row[i] = longer
            joined.add(longer)


def _titled_first_name(key: str, fulls: Sequence[tuple[int, str]]) -> str | None:
    """The article's one "Prince Harry" or "Crown Prince Frederik" for a "Harry" written with the title."""
    found = {full for _, full in fulls if word(full.split()[0]) in FIRST_NAME_TITLES | {"crown"}}
    return found.pop() if len(found) == 1 else None


def _longer_name_in_article(key: str, fulls: Sequence[tuple[int, str]]) -> str | None:
    """The one longer full name of the article that ends with this one: "Marie Leroi" → "Armand Marie Leroi".

    The longer name adds one first name ("Armand"), never a job word the model took in
    ("Broadcaster Chris Evans").

    Not "George Bush" → "George W Bush" (the key drops middle initials, so the two are one key
    already), nor a name two longer names end with.
    """
    found = {full for _, full in fulls if full.endswith(" " + key) and len(full.split()) == len(key.split()) + 1
             and is_first_name(full.split()[0]) or with_middle_names(full, key)}
    return found.pop() if len(found) == 1 else None


def with_middle_names(full: str, key: str) -> bool:
    """Whether ``full`` is the two-word name ``key`` with first names between ("Margaret Thatcher" …
    "Margaret Hilda Thatcher was born in Grantham"), as obituaries and court reports write it once.

    >>> with_middle_names("margaret hilda thatcher", "margaret thatcher"), with_middle_names("anthony john charles meyer", "anthony meyer")
    (True, True)
    >>> with_middle_names("margaret thatcher", "margaret thatcher"), with_middle_names("john smith jones", "john jones")
    (False, False)
    """
    long_words, words = full.split(), key.split()
    return (len(words) == 2 and len(long_words) > 2 and long_words[0] == words[0] and long_words[-1] == words[-1]
            and all(is_first_name(w) for w in long_words[1:-1]))


CONTEXT_EVIDENCE = 2  # names an article must share with a person's own articles for its lone surname to join him
SPREAD = 3  # a name in more than this many times a body's own articles is written everywhere (_everyones_company)
IN_THE_NEWS = 3  # other articles naming a person in full that make one name of his close company enough


def _surname_by_context(doc: str, here: set, full: str, docs_of: Mapping[str, set[str]], gazetteer: Gazetteer,
                        lone_full: Mapping[str, str] | None = None, persons_alone: set[str] | frozenset = frozenset(),
                        surname: str | None = None, short: str | None = None) -> str | None:
    """A lone surname joins the build's only person with that surname when its article shares his company.

    "Trump", in an article that never writes "Donald Trump", joins him when the
    article also names two of the people or bodies named beside him elsewhere
    ("Putin", "Pezeshkian"); countries and other gazetteer names do not count.
    A squad list's "Brown" in a rugby report shares nothing with Gordon Brown's
    articles and stays apart. A one-word name counts when it is a body's ("CNN",
    "Chargers"), not a bare name of a person (``persons_alone``); another lone surname of
    the article counts through its own one full name (``lone_full``): "Obama … Gupta" is
    company Barack Obama keeps where Sanjay Gupta is written beside him.

    A lone surname the build writes mostly beside the full name elsewhere is his (:func:`_written_beside_him`).

    A person the build names in full in three other articles or more is in the news: one
    name of his close company is enough (:func:`_close_company`): "On Saturday, Cheeks was
    fired as head coach of the Philadelphia 76ers" joins Maurice Cheeks, whom the other
    articles naming the 76ers name too. His articles, for that closeness, are those that write him in full
    and those that write the ``short`` form alone (the lone surname, a club's last word): a headline "Obama
    nominates new surgeon general: MacArthur "genius grant" fellow Regina Benjamin" joins Barack Obama,
    whose nominee's other reports write him in full or as "President Obama" (:func:`_his_articles`).
    """
    theirs = docs_of.get(full, set()) - {doc}
    if not theirs:
        return None
    if surname is not None and _written_beside_him(docs_of.get(surname, set()) - {doc}, theirs):
        return full
    shared = 0
    near = _his_articles(doc, full, short, docs_of)
    for key in here:
        if not key or key == full or gazetteer.lookup_key(key):
            continue
        company = key
        if is_surname_key(key):
            other = (lone_full or {}).get(key)
            if other is not None:
                if other == full or not docs_of.get(other, set()) & theirs:
                    continue
                company = other
            elif key in persons_alone or lone_full is None or not docs_of[key] & theirs:
                continue
        elif not docs_of[key] & theirs:
            continue
        shared += 1
        if shared >= CONTEXT_EVIDENCE or len(theirs) >= IN_THE_NEWS and _close_company(docs_of[company] - {doc}, near):
            return full
    return None


def _his_articles(doc: str, full: str, short: str | None, docs_of: Mapping[str, set[str]]) -> set[str]:
    """The other articles that write a person or body in full or by the short form being joined ("Obama",
    "Chargers"), against which a name of the article is his close company (:func:`_close_company`).

    A name written in most of the articles that say "President Obama" and in few that write "Barack Obama"
    ("Regina Benjamin": the reports of her nomination mostly write him by his surname) is his company all
    the same; the short form's articles count only there, never as the articles that name him in full
    (``theirs``), which alone say whether he is in the news (:data:`IN_THE_NEWS`).
    """
    theirs = docs_of.get(full, set()) - {doc}
    return theirs | (docs_of.get(short, set()) - {doc}) if short else theirs


def _written_beside_him(its_docs: set[str], theirs: set[str]) -> bool:
    """The bare surname is written in two other articles or more, and in at least half of them beside the full
    name: the build's "Bush" is George W Bush's surname ("The Bush administration's apparent unwillingness to
    intervene", read as a person, joins him where the other articles writing "Bush" name him in full). Only for
    a mention read as a person (:func:`_surname_by_context`'s ``surname``): "a hearing in Houston" is a city,
    not the John Houston of two UKIP reports."""
    return len(its_docs) >= 2 and 2 * len(its_docs & theirs) >= len(its_docs)


def _close_company(its_docs: set[str], theirs: set[str]) -> bool:
    """A name written beside a person in most of the other articles that name it: "76ers" is Maurice Cheeks's
    close company where each article naming the team names him; a name written everywhere ("BBC", read in
    articles about all sorts of people) is nobody's."""
    return 2 * len(its_docs & theirs) >= len(its_docs)


def _surname_honorific(m: Mention) -> bool:
    """"Mr Howard", "Lord Falconer": the name after such an honorific is a surname, never a first name.

    "Sir Alex" and "Dame Kelly" are first names (:data:`~kg.resolve.roles.FIRST_NAME_TITLES`).
    """
    return bool(m.honorific) and not _first_name_title(m)


def _first_name_fulls(i: int, fulls: Sequence[tuple[int, str]], row: Sequence[str | None]) -> set[str]:
    """The full names a first name alone at mention ``i`` may stand for: the article's full names that start with it,
    or, where two people of the article share the first name, the one written last before it when the article names
    it more than any other written before (in full or by surname).

    "O'Leary put pen to paper after deals were sorted for his right-hand men Roy Aitken and Steve McGregor … Roy and
    *Steve* …" — only Steve McGregor is written before; Steve Bruce comes later in the article. "Ken Livingstone …
    British hostage Ken Bigley … a dispute between Ken Livingstone and a reporter … *Ken* doesn't think he's got
    anything to say sorry for": Ken Livingstone, named last and most. Where the nearest is not the one named most,
    no one.
    """
    every = {key for _j, key in fulls}
    if len(every) == 1:
        return every
    before = [key for j, key in fulls if j < i]
    if not before:
        return set()
    named = {key: sum(k == key or k == surname_of(key) for k in row) for key in set(before)}
    nearest = before[-1]
    return {nearest} if all(named[nearest] > n for key, n in named.items() if key != nearest) else set()


def _pet_form_fulls(key: str, firsts_here: Mapping[str, list]) -> set[str]:
    """The full names of an article a first name alone stands for when it is their first name's short or pet form,
    or the full form of a pet form they are written with (:data:`~kg.resolve.names.PET_FORMS`): Moyes on Thomas
    Gravesen, "I speak to *Tommy* regularly and we know where we are at"; "Stephen Jones … *Steve*'s range". Empty
    unless exactly one person of the article bears such a first name ("Chris" beside Christopher Dean and
    Christian Vieri is neither), and where a full name of the article starts with the word itself (that one is
    meant, :func:`_first_name_fulls`).
    """
    if key in firsts_here:
        return set()
    found = {full for first, at in firsts_here.items() if pet_form_of(key, first) or pet_form_of(first, key)
             for _j, full in at}
    return found if len(found) == 1 else set()


def _surname_without_its_particle(i: int, m: Mention, key: str, fulls_here: Mapping[str, list]) -> str | None:
    """A lone surname written without the particle of the one person of its article whose surname has one: "Roland de
    Marigny … De Marigny … *Marigny* kicked the conversion" (sport/italy-8-38-wales.txt), "Walter van der Vijver …
    *Vijver*" — the nearest such full name, as for any lone surname. Not where two people of the article bear
    surnames ending so, nor a word that is some person's own surname there ("Persie" is not written; "Bergh" beside
    "Albert van den Bergh" and a "John Bergh" stays apart).
    """
    fulls = [(j, full) for surname, at in fulls_here.items() if " " in surname and surname.split()[0] in PARTICLES
             and surname.split()[-1] == key for j, full in at if not is_surname_key(full)]
    return _surname_in_article(i, m, fulls) if len({full for _j, full in fulls}) == 1 else None


def _family_name_first(m: Mention, key: str, fulls_here: Mapping[str, list]) -> bool:
    """A name after "Mr"/"Ms" that opens a full name of the article, ends none and is no first name: the family name,
    which Chinese and Korean names write first. "said Wang Yan, an official from the Beijing Municipal Commission …
    *Mr Wang*, who is in charge of collecting car parking fees"; "Kim Yungmin … Mr Kim". Not "Mr Howard" beside
    Howard Flight (a first name: Michael Howard, of another article, is meant).
    """
    return _surname_honorific(m) and " " not in key and not fulls_here.get(key) and not is_first_name(key)


def _first_name_in_article(key: str, fulls: set[str], fulls_here: Mapping[str, list], votes: Mapping[str, Counter],
                           gazetteer: Gazetteer) -> str | None:
    """A first name alone ("Bob") joins the one full name of its article that starts with it ("Bob Marley").

    Not when two people of the article share it ("David Beckham", "David Blaine"; but see
    :func:`_first_name_fulls`), when it is also a surname there, or when it names a place ("Jordan"). The
    model's place reading of a first name no place bears is no place: "I feel I have an advantage (over *Serena*)"
    (read GPE) is Serena Williams of the article.
    """
    if len(fulls) != 1 or key in fulls_here or gazetteer.lookup_key(key):
        return None
    counter = votes.get(key)
    if counter and counter.most_common(1)[0][0] in PLACE_TYPES and counter["PERSON"] == 0 \
            and (place_size(key) or not is_first_name(key)):
        return None
    full = next(iter(fulls))
    if is_regional_arm(full, gazetteer):
        return None  # "Diageo" is the firm, not "Diageo North America", its arm the model read as a person
    return full


def is_regional_arm(full: str, gazetteer: Gazetteer) -> bool:
    """Whether a name key is a name followed by a country, continent or region — "diageo north america", "sony
    europe", "vodafone uk" — which names a firm's regional arm, never a person, so that its first word alone
    ("Diageo said …") is the firm itself and does not join it as a person's first name would ("Bob" → "Bob
    Marley").

    >>> g = Gazetteer.default()
    >>> is_regional_arm("diageo north america", g), is_regional_arm("vodafone uk", g), is_regional_arm("bob marley", g)
    (True, True, False)
    """
    words = full.split(" ")
    if len(words) < 2:
        return False
    rest = " ".join(words[1:])
    hit = gazetteer.lookup_key(rest)
    return is_country_or_region(rest) or (hit is not None and hit[1] in {"GPE", "LOC"})


def _join_club_short_forms(row: list[str | None], mentions: Sequence[Mention], votes: Mapping[str, Counter],
                           gazetteer: Gazetteer, docs_of: Mapping[str, set[str]] | None = None) -> None:
    """One word of a multi-word organisation of the article stands for it: "Forest" → "Nottingham Forest".

    "Villa" → "Aston Villa", "Milan" → "AC Milan", "Bank" → "Bank of England", "Cairn" → "Cairn Energy": the
    short form is the last word of exactly one organisation named in the article,
    or its head noun before "of", or a firm's own name before the words saying what kind of firm it is
    (:func:`firm_stem`), when the short form is not read as a place ("London" stays
    apart from "London Stock Exchange"); an acronym never does ("BBC" is not
    "BBC Radio 4"). A firm's own name is not its arm or label ("EMI" is not "EMI Music": PARENT_LINES), nor
    one of two firms of the article it begins ("Apple" beside Apple Records and Apple Computer).
    """
    orgs = {k for k in row if k and " " in k and (gazetteer.lookup_key(k) or (None, None))[1] in {"ORG", None}
            and (votes[k].most_common(1)[0][0] == "ORG" or (gazetteer.lookup_key(k) or (None, None))[1] == "ORG")}
    if not orgs:
        return
    firsts: dict[str, set[str]] = defaultdict(set)
    lasts: dict[str, set[str]] = defaultdict(set)
    firms: dict[str, set[str]] = defaultdict(set)
    stems: dict[str, set[str]] = defaultdict(set)  # first word → every organisation of the article it begins
    for k in orgs:
        words = k.split()
        stems[words[0]].add(k)
        if len(words) >= 3 and words[1] == "of":  # the head noun: "Bank of England"
            firsts[words[0]].add(k)
        elif len(words) >= 2 and not {"of", "for", "in"} & set(words):  # not "University of Michigan"
            lasts[words[-1]].add(k)
            if firm_stem(words) and words[-1] not in PARENT_LINES:
                firms[firm_stem(words)].add(k)
    # "Apple" beside Apple Records and Apple Computer, "Reliance" beside Reliance Energy and Reliance Industries:
    # the name alone may be either firm, or their parent
    firms = {stem: ks for stem, ks in firms.items() if stems[stem] == ks}
    opened = {stem: next(iter(ks)) for stem, ks in stems.items() if len(ks) == 1 and _opens_a_firm(next(iter(ks)), gazetteer)}
    for i, key in enumerate(row):
        if not key or " " in key or gazetteer.lookup_key(key):
            continue
        top = votes[key].most_common(1)[0][0]
        if top == "PERSON" and votes[key]["ORG"] == 0:
            continue
        if top in PLACE_TYPES:  # "Angola" is not "Radio Angola"
            if (club := _club_of_its_town(key, mentions[i], lasts, gazetteer)) and not gazetteer.kept_apart(key, club):
                row[i] = club
            continue
        if mentions[i].text.isupper():  # "BBC" ≠ "BBC One"; "RSA" is "RSA Security"
            targets = firms.get(key, set())
        else:
            targets = lasts.get(key, set()) | firsts.get(key, set()) | firms.get(key, set())
            if not targets and top == "ORG" and key in opened and _named_in_full_before(key, opened[key], row, mentions) \
                    and not _a_name_of_its_own(key, opened[key], docs_of or {}):
                targets = {opened[key]}  # "Asahi Breweries" … "Asahi is predicting profits to rise"
        if len(targets) == 1 and not gazetteer.kept_apart(key, next(iter(targets))):
            row[i] = next(iter(targets))


def _named_in_full_before(key: str, full: str, row: Sequence[str | None], mentions: Sequence[Mention]) -> bool:
    """The article names the body in full before it writes its first word alone, the headline aside
    (:func:`_in_the_headline`): "US insurer
    *Marsh* cuts 2,500 jobs" over "… at US insurance broker *Marsh & McLennan* … *Marsh* posted a …"; not "*Fiat*
    is to stop making six-cylinder engines … *Fiat* is to close the Fiat Powertrain plant", a parent named before
    its arm. The full name counts where the article's body writes it ("Microsoft's Outlook and Outlook Express
    e-mail programs" in one sentence is two programs)."""
    first_full = next((j for j, k in enumerate(row) if k == full and not _in_the_headline(mentions[j])), None)
    first_short = next((j for j, (k, m) in enumerate(zip(row, mentions)) if k == key and not _in_the_headline(m)), len(row))
    return first_full is not None and first_full < first_short


def _a_name_of_its_own(key: str, full: str, docs_of: Mapping[str, set[str]]) -> bool:
    """The build writes the first word alone in an article that never names the longer body: a body of its own
    ("Apple" in reports that never name the Apple Mac), or a word that stands for another ("United" for
    Manchester United)."""
    return bool(docs_of.get(key, set()) - docs_of.get(full, set()))


def _in_the_headline(m: Mention) -> bool:
    """A mention in the article's title: a title-cased line, or its first sentence ("US insurer Marsh cuts 2,500
    jobs")."""
    return m.headline or m.sent_start == 0


# Last words of a body's part or arm, whose first word alone names the whole ("the Army Board" … "the Army", "the
# Treasury Select Committee" … "the Treasury", "the Apple Developer Connection" … "Apple").
PART_HEADS = LEAGUE_HEADS | frozenset("""
board connection index panel unit department ministry office agency authority service services centre center
institute foundation trust fund union party group network programme initiative bureau court tribunal executive
""".split())


def _opens_a_firm(full: str, gazetteer: Gazetteer) -> bool:
    """Whether a body's first word alone, read as a body after the article has named it in full, is that body:
    "Shares in *Asahi Breweries* …" then "*Asahi* is predicting profits to rise 50%", "*Cranfield University*
    experts" then "an expert at *Cranfield*", "*Borussia Dortmund*" then "*Borussia* officials met the banks".
    Only the one organisation of the article the word opens (:func:`_join_club_short_forms`), named before it;
    not a name with "of"/"for"/"and" ("Forum for the Future"), a firm's regional arm ("Nintendo Europe"), arm or
    label ("EMI Music": PARENT_LINES) or part ("the Army Board": PART_HEADS), nor a name whose first word is a big
    city ("Singapore Airlines", "London Stock Exchange") or a people ("the Ugandan Media Council")."""
    words = full.split()
    first = words[0]
    return (len(words) >= 2 and not {"of", "for", "in", "and", "&", "the"} & set(words)
            and words[-1] not in PARENT_LINES | PART_HEADS and not is_regional_arm(full, gazetteer)
            and gazetteer.lookup_key(first) is None and place_size(first) < BIG_CITY and first.isalpha()
            and not demonym_of_a_country(first.title()))


def _club_of_its_town(key: str, m: Mention, lasts: Mapping[str, set[str]], gazetteer: Gazetteer) -> str | None:
    """The one football club of the article whose name ends with a town's name, where the town is not written as a
    place: "Ferguson fears Milan cutting edge … AC Milan … It is the vast experience of the Milan side that
    concerns him" (Milan read GPE) is AC Milan; "It's expected of *Madrid* to get through" beside Real Madrid.

    Only a club of the gazetteer's football clubs, not a mention where places are ("a trip to Milan", ``role``
    "loc"), nor "Angola" beside Radio Angola (no club).
    """
    if m.role == "loc" or m.place_modifier:
        return None
    clubs = {k for k in lasts.get(key, ()) if is_club(gazetteer.lookup_key(k))}
    return clubs.pop() if len(clubs) == 1 else None


def _event_of(key: str, votes: Mapping[str, Counter], gazetteer: Gazetteer) -> bool:
    """The key names an event: the gazetteer's type, else the reading most of its mentions give."""
    hit = gazetteer.lookup_key(key)
    return hit[1] == "EVENT" if hit else bool(votes[key]) and votes[key].most_common(1)[0][0] == "EVENT"


def _join_event_short_forms(row: list[str | None], votes: Mapping[str, Counter], gazetteer: Gazetteer) -> None:
    """The last word of the one multi-word event the article names stands for it: "storming to double gold on the
    track at the Olympic Games … after a poor start to the *Games*", "Slovakia clinched the Hopman Cup … Slovakia
    won the *Cup* on their first appearance in 1998" — one event, not a second entity "Games" (nor the gazetteer's
    bare "Games", which then means whichever Games the article is about).

    Only a word read as an event (or as no person and no place) and the last word of exactly one event of the
    article ("the Cup" beside the FA Cup and the World Cup stays apart), never from a name with "of", "for" or "in"
    in it ("Festival of Britain").
    """
    lasts: dict[str, set[str]] = defaultdict(set)
    for k in {k for k in row if k and " " in k}:
        words = k.split()
        if not {"of", "for", "in"} & set(words) and _event_of(k, votes, gazetteer) and not _month_and_word(k):
            lasts[words[-1]].add(k)
    if not lasts:
        return
    for i, key in enumerate(row):
        short = key.split()[-1] if key and _month_and_word(key) else key  # "the August Games": the Games in August
        if not short or " " in short or len(lasts.get(short, ())) != 1 or not (votes[key] or gazetteer.lookup_key(key)):
            continue
        hit = gazetteer.lookup_key(key)
        kind = hit[1] if hit else votes[key].most_common(1)[0][0]
        if kind == "PERSON" or kind in PLACE_TYPES or hit and kind != "EVENT":
            continue
        target = next(iter(lasts[short]))
        if not gazetteer.kept_apart(key, target):
            row[i] = target


def _join_work_short_forms(row: list[str | None], votes: Mapping[str, Counter], gazetteer: Gazetteer) -> None:
    """The last word of the one multi-word work (WORK_OF_ART) the article names stands for it: the headline
    "*Housewives* lift Channel 4 ratings" over "The debut of US television hit Desperate Housewives has helped lift
    Channel 4's January audience share" is the show, not a second entity "Housewives" (read ORG).

    Only a word no other multi-word name of the article ends, read as no person and no place, unknown to the gazetteer
    and no place GeoNames knows ("Little Britain" and "Britain" stay apart, and so do a club named after its town,
    "Leeds", and a work read into "Outgoing Leeds chairman Gerald Krasner"), and a work with no "of", "for", "in" or
    "and" in its name.
    """
    lasts: dict[str, set[str]] = defaultdict(set)
    others: set[str] = set()
    for k in {k for k in row if k and " " in k}:
        words = k.split()
        hit = gazetteer.lookup_key(k)
        work = hit[1] == "WORK_OF_ART" if hit else bool(votes[k]) and votes[k].most_common(1)[0][0] == "WORK_OF_ART"
        if work and not {"of", "for", "in", "and"} & set(words):
            lasts[words[-1]].add(k)
        else:
            others.add(words[-1])
    if not lasts:
        return
    for i, key in enumerate(row):
        if not key or " " in key or len(lasts.get(key, ())) != 1 or key in others or not votes[key] \
                or gazetteer.lookup_key(key) or is_place(key):
            continue
        kind = votes[key].most_common(1)[0][0]
        if kind == "PERSON" or kind in PLACE_TYPES:
            continue
        target = next(iter(lasts[key]))
        if not gazetteer.kept_apart(key, target):
            row[i] = target


# The head words of a law whose short form after "the" names no law of its own: "the Bill", "the Act".
_SHORT_LAW_KEYS = frozenset({"bill", "act"})


def _join_law_short_forms(row: list[str | None], mentions: Sequence[Mention], votes: Mapping[str, Counter]) -> None:
    """A law's head word alone after "the" stands for the one law of the article it ends: "Labour MPs voted in
    favour of the Gambling Bill … when *the Bill* is debated in the Commons" is the Gambling Bill. Where the article
    names no such law, or two, "the Bill" ("the Act") names no law of its own: no entity — not one "Bill" for every
    bill of the build (the s20 blind audit's over-merge "Bill": the Criminal Justice Bill of one article and the
    Prevention of Terrorism Bill of another).

    Only a mention read as a law after a lower-case "the" (``the_name`` False; a man named Bill is never written "the
    Bill"), or after a sentence's first "The", which only joins (the ITV drama "The Bill" may open a sentence); a head
    word other than "Bill" and "Act" ("the Treaty", "the Constitution") only joins its law.
    """
    laws: dict[str, set[str]] = defaultdict(set)
    for k in {k for k in row if k and " " in k}:
        last = k.split()[-1]
        if last in LAW_HEADS and votes[k] and votes[k].most_common(1)[0][0] in {"LAW", "WORK_OF_ART", "ORG"}:
            laws[last].add(k)
    into: dict[str, str | None] = {}  # head word's key → the law it stands for here (None: no law)
    for i, key in enumerate(row):
        m = mentions[i]
        if not key or key not in LAW_HEADS or m.label != "LAW" or m.text.lower() != key:
            continue
        opens = m.the_name is None and m.start - m.sent_start == 4  # "The Bill now faces opposition from peers"
        if m.the_name is not False and not opens:
            continue
        targets = laws.get(key, set())
        if len(targets) == 1:
            into[key] = next(iter(targets))
        elif key in _SHORT_LAW_KEYS and not opens:
            into.setdefault(key, None)
    for i, key in enumerate(row):  # and so does the head word the model left unread ("against the spirit of the new Act")
        if key in into and mentions[i].text.lower() == key and mentions[i].label in UNREAD | {"LAW"}:
            row[i] = into[key]


def _month_and_word(key: str) -> bool:
    """A month and one word: "august games", an event named by the month it is held in."""
    words = key.split()
    return len(words) == 2 and words[0] in MONTHS


def _body_short_forms(votes: Mapping[str, Counter], gazetteer: Gazetteer) -> dict[str, set[str]]:
    """One word → the multi-word organisations of the build it may stand for: their last word ("Chargers" →
    "San Diego Chargers"), or their head noun before "of" ("Bank" → "Bank of England"), as
    :func:`_join_club_short_forms` reads them in one article."""
    out: dict[str, set[str]] = defaultdict(set)
    for key, counter in votes.items():
        if " " not in key or not counter or counter.most_common(1)[0][0] != "ORG":
            continue
        hit = gazetteer.lookup_key(key)
        if hit and hit[1] != "ORG":
            continue
        words = key.split()
        if len(words) >= 3 and words[1] == "of":
            out[words[0]].add(key)
        elif not {"of", "for", "in", "and"} & set(words):
            out[words[-1]].add(key)
    return out



def _join_initials_across_articles(votes: Mapping[str, Counter], uf: "_UnionFind", gazetteer: Gazetteer,
                                   docs_of: Mapping[str, set[str]]) -> None:
    """A team sheet's initial and surname joins the one full name of the build with that initial and surname when
    another article names the same side: "N Mas, S Marconnet, D Yachvili …" (sport/france-v-wales-sat) are Nicolas
    Mas, Sylvain Marconnet and Dimitri Yachvili of the squad news (sport/harinordoquy-suffers-france-axe). The
    evidence is the pair of articles: at least two of one article's initials find their one full name in the
    other. Not "S Jones" of a Wales side and Simon Jones of a Dublin laboratory (no other name of that side in
    the laboratory's article), nor a surname two full names of the build share with the initial ("R Williams":
    Robbie and Robin).
    """
    full: dict[tuple[str, str], list[str]] = defaultdict(list)
    initials: list[tuple[str, str, str]] = []
    for key, counter in votes.items():
        words = key.split(" ")
        if len(words) < 2 or gazetteer.lookup_key(key):
            continue
        if is_initial(words[0]):  # (a key: no dots, lower case)
            initials.append((key, words[0], " ".join(words[1:])))
        elif len(words[0]) > 2 and _mostly_person(counter):
            full[(words[0][0], " ".join(words[1:]))].append(key)
    pairs: list[tuple[str, str]] = []
    support: Counter = Counter()
    for key, letter, surname in initials:
        found = full.get((letter, surname), [])
        if len(found) != 1 or gazetteer.kept_apart(key, found[0]):
            continue
        pairs.append((key, found[0]))
        for a in docs_of.get(key, ()):
            for b in docs_of.get(found[0], ()):
                if a != b:
                    support[(a, b)] += 1
    for key, name in pairs:
        if any(support[(a, b)] >= 2 for a in docs_of.get(key, ()) for b in docs_of.get(name, ()) if a != b):
            uf.union(key, name)


def one_letter_more(short: str, long: str) -> bool:
    """``long`` is ``short`` with one letter written in: "Raite" / "Rait", "Phillips" / "Philips"; never one
    letter for another ("Terry" / "Perry").

    >>> one_letter_more("rait", "raite"), one_letter_more("philips", "phillips"), one_letter_more("terry", "perry")
    (True, True, False)
    """
    if len(long) != len(short) + 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1:]


# names the articles of a pet form and of the full form must share when no article writes both: one more than
# a lone surname's (:data:`CONTEXT_EVIDENCE`), for two given names are weaker evidence than one
PET_FORM_EVIDENCE = 3
SPELLING_MIN = 4  # letters of the shorter surname: "Rait"; never a two- or three-letter one ("Li" / "Lin")


def _join_spelling_variants_across_articles(votes: Mapping[str, Counter], uf: "_UnionFind", gazetteer: Gazetteer,
                                            keys: Mapping[str, Sequence[str | None]],
                                            docs_of: Mapping[str, set[str]]) -> None:
    """A person's name spelt with one letter more in other articles is the same person when the two spellings
    keep the same company: "Duncan Raite" of two reports of a climbing accident on Mount Cook is the "Duncan Rait"
    of four others, which name Robert Buckley and Mount Sefton as they do; "BPI chairman Peter Jameson" is the
    Peter Jamieson of two other reports on the BPI's charts. Both read as persons, the same first name,
    one surname the other with one letter written in (:func:`one_letter_more`), never in one article together
    (an article writing both names two people), and the articles of each share at least
    :data:`CONTEXT_EVIDENCE` other names, gazetteer names (countries, cities) aside. Not "John Terry" / "John
    Perry" (a letter for another), nor two spellings whose articles share nothing.
    """
    by_first: dict[str, list[str]] = defaultdict(list)
    for key, counter in votes.items():
        words = key.split(" ")
        if len(words) != 2 or not counter or not _mostly_person(counter) or gazetteer.lookup_key(key):
            continue
        if is_first_name(words[0]) and words[1].isalpha() and len(words[1]) >= SPELLING_MIN:
            by_first[words[0]].append(key)
    for first, names in by_first.items():
        for a in names:
            for b in names:
                if not one_letter_more(a.split(" ")[1], b.split(" ")[1]):
                    continue
                docs_a, docs_b = docs_of.get(a, set()), docs_of.get(b, set())
                if not docs_a or not docs_b or docs_a & docs_b or gazetteer.kept_apart(a, b):
                    continue
                around_a = {k for d in docs_a for k in keys[d] if k and k not in (a, b) and not gazetteer.lookup_key(k)}
                around_b = {k for d in docs_b for k in keys[d] if k and k not in (a, b) and not gazetteer.lookup_key(k)}
                if len(around_a & around_b) >= CONTEXT_EVIDENCE:
                    uf.union(a, b)


def _join_pet_forms_across_articles(votes: Mapping[str, Counter], uf: "_UnionFind", gazetteer: Gazetteer,
                                    keys: Mapping[str, Sequence[str | None]], docs_of: Mapping[str, set[str]]) -> None:
    """A person written with the short or pet form of his given name in some articles and the full form in
    others is one person when the two names keep the same company: "the Philly Sixers canned Jim O'Brien and
    quickly hired *Mo Cheeks*" is the Maurice Cheeks whom the other reports of the 76ers name; "Liberal Democrat
    Treasury spokesman *Vince Cable*" the Vincent Cable of the Lib Dems' budget reports. Both read as persons,
    the same surname, one given name a pet form of the other (:func:`~kg.resolve.names.pet_form_of`), and the
    articles of each share at least :data:`CONTEXT_EVIDENCE` other names, gazetteer names (countries,
    cities) aside, as :func:`_join_spelling_variants_across_articles` asks; an article writing both names
    counts as company of itself. Not "Jim Morrison" of the Doors and the footballer James Morrison: their
    reports share nobody.
    """
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key, counter in votes.items():
        words = key.split(" ")
        if len(words) != 2 or not counter or gazetteer.lookup_key(key):
            continue
        if words[1].isalpha() and len(words[1]) > 2 and (words[0] in PET_FORMS or _mostly_person(counter)):
            by_surname[words[1]].append(key)
    for names in by_surname.values():
        for a in names:
            for b in names:
                if not pet_form_of(a.split(" ")[0], b.split(" ")[0]) or not _mostly_person(votes[b]) \
                        or gazetteer.kept_apart(a, b):
                    continue
                docs_a, docs_b = docs_of.get(a, set()), docs_of.get(b, set())
                if not docs_a or not docs_b:
                    continue
                around_a = {k for d in docs_a for k in keys[d] if k and k not in (a, b) and not gazetteer.lookup_key(k)}
                around_b = {k for d in docs_b for k in keys[d] if k and k not in (a, b) and not gazetteer.lookup_key(k)}
                if docs_a & docs_b or len(around_a & around_b) >= PET_FORM_EVIDENCE:
                    uf.union(a, b)


def _articles_of_keys(keys: dict[str, list]) -> dict[str, set[str]]:
    """Name key → the articles whose mentions carry it (``keys``: article → each mention's key or None)."""
    docs_of: dict[str, set[str]] = defaultdict(set)
    for doc, row in keys.items():
        for key in row:
            if key:
                docs_of[key].add(doc)
    return docs_of


def _join_body_short_forms_across(mentions_by_doc: Mapping[str, Sequence[Mention]], keys: dict[str, list[str | None]],
                                  votes: Mapping[str, Counter], gazetteer: Gazetteer, lone_full: Mapping[str, str],
                                  persons_alone: set[str]) -> None:
    """A one-word name of a body in an article that never writes the full name joins the one organisation of
    the build that it shortens, when the article keeps that body's company (:func:`_surname_by_context`).

    "Williams was the third *Chargers* player arrested since 2000" joins "San Diego Chargers": the article
    names Jamal Williams and the California Highway Patrol, whom the San Diego Chargers' reports name; a BBC
    report's "*Villa* were beaten" joins Aston Villa when it names Villa's players. The short form must stand
    for one organisation only ("United" is Manchester, Newcastle or Leeds United: it joins none), must be
    read as a body (never a person's or a place's name, an acronym, a gazetteer name), and the company is
    other names, never countries or cities.
    """
    short_forms = _body_short_forms(votes, gazetteer)
    if not short_forms:
        return
    docs_of = _articles_of_keys(keys)
    for doc, row in keys.items():
        here = set(row)
        for i, key in enumerate(row):
            m = mentions_by_doc[doc][i]
            if key is None and m.label == UNREAD_INSIDE and " " not in m.text:  # "*Chargers* defensive tackle …"
                key = _base_key(m, gazetteer)
            elif not key or votes[key].most_common(1)[0][0] != "ORG":
                continue
            if " " in key or len(short_forms.get(key, ())) != 1 or m.text.isupper() or gazetteer.lookup_key(key):
                continue
            target = next(iter(short_forms[key]))
            if target in here or gazetteer.kept_apart(key, target) or place_size(m.text):  # "Bath": a city, a club
                continue
            if _keeps_body_company(doc, here - {key}, target, docs_of, gazetteer, lone_full, persons_alone, short=key):
                row[i] = target


def _keeps_body_company(doc: str, here: set, target: str, docs_of: Mapping[str, set[str]], gazetteer: Gazetteer,
                        lone_full: Mapping[str, str], persons_alone: set[str], short: str | None = None) -> bool:
    """The article keeps the company of a body the build names in full (:func:`_join_body_short_forms_across`).

    Named in full in two other articles or more, the body's company is read as a lone surname's
    (:func:`_surname_by_context`), without the short form itself and the names written everywhere
    (:func:`_everyones_company`): "the *Premiership* should have a winter break", in a football report naming
    BBC Sport and Newcastle, is not rugby's Zurich Premiership, whose reports name them now and then. Named in one other article only, any two names that article shares
    prove little ("Parliament" in a report naming Tony Blair and Saddam Hussein is not the European
    Parliament of another report naming them too): each shared name must be close company, written beside
    the body in at least half of the other articles that name it (:func:`_close_company`): "Academy" in an
    Oscars report naming Leonardo DiCaprio and Martin Scorsese, whom the one article naming the Academy of
    Motion Picture Arts and Sciences names too.
    """
    theirs = docs_of.get(target, set()) - {doc}
    if len(theirs) >= 2:
        here = {key for key in here if key and not _everyones_company(docs_of.get(key, set()) - {doc}, theirs)}
        return _surname_by_context(doc, here, target, docs_of, gazetteer, lone_full, persons_alone, short=short) is not None
    close = [key for key in here if key and key != target and not gazetteer.lookup_key(key)
             and docs_of[key] & theirs and _close_company(docs_of[key] - {doc}, theirs)]
    return len(close) >= CONTEXT_EVIDENCE


def _everyones_company(its_docs: set[str], theirs: set[str]) -> bool:
    """A name written in many more articles than a body's own, and beside it in fewer than half of them, is
    nobody's company in particular: "BBC Sport", "Europe", "the World Cup" beside the Zurich Premiership in 2 of
    its 8 reports and in 40 others. A name in half of the body's reports is its company however widely it is
    written ("Google" beside Ask Jeeves); one written in few more reports than the body is too ("Heineken Cup")."""
    return len(its_docs) > SPREAD * len(theirs) and 2 * len(its_docs & theirs) < len(theirs)


def _first_name_title(m: Mention) -> bool:
    """"Prince Charles", "Sir Elton": the name after the title is a first name.

    A royal title is written with a capital: "comeback king Fowler" is a surname.
    """
    words = {word(w) for w in f"{m.title or ''} {m.honorific or ''}".split()} & FIRST_NAME_TITLES
    if not words or m.honorific and word(m.honorific) in words or not m.written:
        return bool(words)
    return any(w[:1].isupper() and word(w) in words for w in m.written.split())


def _gender_fits(m: Mention, full_key: str) -> bool:
    """"Mrs Howard" does not join "Michael Howard"."""
    other = gender_of_first_name(full_key.split()[0])
    return not (m.gender and other and m.gender != other)


def _link_acronyms(forms: Mapping[str, Counter], votes: Mapping[str, Counter], uf: _UnionFind,
                   gazetteer: Gazetteer, docs_of: Mapping[str, set[str]],
                   keys: dict[str, list[str | None]] | None = None) -> None:
    """Join "WSJ" to "The Wall Street Journal" when exactly one name of the build expands it.

    The expansion is a proper-name phrase, its initials in order: never a list
    of names ("Barkley, Beattie, Christophers" is not the BBC), a person with an
    initial ("C Jones" is not "CJ"), and a two-letter acronym only when one
    article writes both ("EA" is not "Enterprise Act" elsewhere).

    A longer acronym that no article writes beside its expansion joins it only in the articles that share a name
    with the expansion's (:func:`_acronym_in_company`): the initials alone prove little across articles —
    "the ABC network", "a cow infected with mad cow disease (BSE)", "a new medium-sized Cadillac BLS" are not
    the Aldridge Browhills Conservatives, the Bombay Stock Exchange or the Brooklyn Law School other articles
    name.
    """
    expansions: dict[str, set[str]] = defaultdict(set)
    for key, counter in forms.items():
        if " " in key and votes[key].most_common(1)[0][0] != "PERSON":
            for form in counter:
                if "," in form or any(len(w.strip(".")) == 1 for w in form.split()):
                    continue
                short = acronym(form)
                if len(short) >= 2:
                    expansions[short.lower()].add(key)
    for key, counter in forms.items():
        if " " in key or key not in expansions or gazetteer.lookup_key(key):
            continue
        if not any(f.replace(".", "").isupper() for f in counter):
            continue
        targets = {uf.find(k) for k in expansions[key]}
        if len(targets) > 1 and keys is not None:
            _acronym_beside_its_expansion(key, expansions[key], keys, docs_of, gazetteer)
        if len(targets) == 1:
            target = targets.pop()
            if gazetteer.kept_apart(key, target):
                continue
            if not docs_of.get(key, set()) & docs_of.get(target, set()):
                if len(key) > 2 and keys is not None:  # "EA" is not "Enterprise Act" unless one article writes both
                    _acronym_in_company(key, target, keys, docs_of, gazetteer)
                continue
            uf.union(key, target)


def written_by_its_initials(name: str, ms: Sequence[Mention]) -> bool:
    """A name the article also writes as its initials, a body's way: "technology giant *Hewlett Packard*" and "firms
    such as *HP*" — no he or she stands for it ("The job of firms such as HP now, *she* said": she is Carly Fiorina,
    named before). A person's name is not written so in the news."""
    short = acronym(name)
    return len(short) >= 2 and any(not m.is_pronoun and m.text.replace(".", "") == short for m in ms)


def _acronym_beside_its_expansion(key: str, expansions: set[str], keys: dict[str, list[str | None]],
                                  docs_of: Mapping[str, set[str]], gazetteer: Gazetteer) -> None:
    """An acronym that several names of the build expand takes, in each article, the one expansion that article
    writes: "The job of firms such as *HP* now …" beside "technology giant *Hewlett Packard*" (other articles name
    Hampden Park and Hylands Park), "*TI*'s Voip business" beside Texas Instruments (others: The Incredibles, Trade
    and Industry). An article that writes none of them, or two, keeps the acronym apart."""
    for doc in sorted(docs_of.get(key, ())):
        there = [k for k in sorted(expansions) if doc in docs_of.get(k, ()) and not gazetteer.kept_apart(key, k)]
        if len(there) == 1:
            keys[doc] = [there[0] if k == key else k for k in keys[doc]]


def _acronym_in_company(key: str, target: str, keys: dict[str, list[str | None]], docs_of: Mapping[str, set[str]],
                        gazetteer: Gazetteer) -> None:
    """An acronym that no article writes beside its one expansion takes it in each article that shares a name
    with the articles writing the expansion (gazetteer names do not count): "the *PSG* striker" in a report on
    Nicolas Anelka joins Paris St Germain, which another Anelka report names; the "ABC" of a report on US
    television shares no one with the Aldridge Browhills Conservatives' article and stays apart."""
    theirs = docs_of.get(target, set())
    for doc in sorted(docs_of.get(key, ())):
        row = keys[doc]
        if any(k and k not in (key, target) and not gazetteer.lookup_key(k) and docs_of[k] - {doc} & theirs
               for k in set(row)):
            keys[doc] = [target if k == key else k for k in row]


def _apply_same(gazetteer: Gazetteer, uf: _UnionFind) -> dict[str, str]:
    """The user's ``same`` lines: their forms become one entity (root key → the name the line gives).

    ``same<TAB>Tottenham Hotspur<TAB>Spurs|THFC`` joins every mention keyed so,
    whatever the resolver decided; a form a ``different`` line keeps apart stays out.
    """
    names: dict[str, str] = {}
    for name, keys in gazetteer.same:
        head = keys[0]
        for key in keys[1:]:
            if not gazetteer.kept_apart(head, key) and not gazetteer.kept_apart(uf.find(key), head):
                uf.union(key, head)
        names[uf.find(head)] = name
    return names


def _entity_type(ms: list[Mention], gazetteer_type: str | None, joined_person: bool) -> str:
    """The type of an entity: the gazetteer's, a person's when a title or a full name says so, else the votes
    of its mentions, where only mentions typed by evidence in the text vote when there are any
    ("a spokesman for Crossrail", ORG, outvotes three bare PERSON readings of "Crossrail"). A title that
    bodies hold as well ("Market leader Nintendo", "Russian crude producer Yukos") neither makes a person
    nor votes while other mentions do."""
    if gazetteer_type:
        return gazetteer_type
    if joined_person and not _body_by_its_evidence(ms) \
            or any(m.honorific or m.title and m.title not in BODY_TITLES for m in ms):
        return "PERSON"
    votes: Counter = Counter()
    read = [m for m in ms if m.label not in UNREAD] or list(ms)
    # a title a body holds too ("Market leader Nintendo", "oil producer Yukos") says nothing of the kind
    read = [m for m in read if m.title not in BODY_TITLES] or read
    by_evidence = [m for m in read if m.typed or _firm_by_its_name(m)]
    for m in by_evidence or read:  # the text's evidence outvotes the model's bare readings
        votes[m.label] += _weight(m)
    best = max(votes.values())
    evidenced = [m.label for m in ms if m.typed and votes[m.label] == best]
    if evidenced:  # ties: the reading the text's evidence gave ("the film Wasp" beside a headline's PERSON)
        return evidenced[0]
    if place := place_on_a_tie([label for label, n in votes.items() if n == best], ms):
        return place  # then a place's reading where it is written as a place ("his life in Buenos Aires")
    for label in ("PERSON", "ORG", "GPE"):  # then the more specific reading
        if votes.get(label) == best:
            return label
    return votes.most_common(1)[0][0]


def place_on_a_tie(tied: Sequence[str], ms: Sequence[Mention]) -> str | None:
    """Of readings tied in an entity's vote, the place's (GPE or LOC) when a mention read so is written where places
    are ("in", "at", "near" …) and GeoNames knows the name: "Tevez grew tired of his life in *Buenos Aires*" (GPE)
    beside "Once it shared with Buenos Aires the same melancholy air" (ORG); "the Cosafa Cup final against Angola on
    Saturday in *Lusaka*" beside "at Lusaka's Independence stadium" (ORG). A body named after its town is typed so
    by the text's evidence, which settles ties before this.
    """
    if len(tied) < 2:
        return None
    places = [label for label in tied if label in {"GPE", "LOC"}
              and any(m.label == label and m.role == "loc" for m in ms)]
    return places[0] if len(places) == 1 and place_size(ms[0].text) else None


def _body_by_its_evidence(ms: Sequence[Mention]) -> bool:
    """A name and its short form the model read as a person's full name and surname, which the text types a body
    and nothing types a person: "a takeover by France's Pernod Ricard … while Pernod shares in Paris slipped 1.2%"
    ("Pernod shares": ORG by evidence). No mention has a title, an honorific, a gender or a person's evidence, and no
    name of the group opens with a first name ("James Dyson … Dyson shares" stays the man)."""
    return any(m.typed and m.label == "ORG" for m in ms) \
        and not any(m.title or m.honorific or m.gender or m.typed and m.label == "PERSON" for m in ms) \
        and not any(" " in m.text and is_first_name(m.text.split()[0]) for m in ms)


def _firm_by_its_name(m: Mention) -> bool:
    """A firm's name that says it is a firm, read as a body: "Shares in *Cairn Energy* have jumped 6%" — evidence
    that outvotes the model's bare PERSON readings of the short "Cairn" joined to it."""
    words = m.text.split()
    return m.label == "ORG" and len(words) >= 2 and words[-1].lower() in FIRM_ENDS


# Titles a body holds as well as a person: "Russian oil producer Yukos", "market leader Nokia".
BODY_TITLES = frozenset({"producer", "leader"})


BIG_CITY = 200_000  # a city this large is the place its name means, where nothing in the text makes it a person


def place_not_person(name: str, ms: Sequence[Mention], surnames: set[str]) -> bool:
    """A name the model read as a person that is a place of GeoNames, with nothing in the text making it a person.

    "Mr Kennedy … visits Manchester, Liverpool …", "Manchester wins Labour conference": the small
    model reads "Manchester" as a person, though one of its mentions is written "in Manchester".
    The place wins when one mention sits where places do ("in", "at", "near" …), or the name is a
    country, a US state, a capital or a city of over 200,000 people. Never a name a person of the
    build bears as a surname ("Kennedy", a district of Bogotá, is Charles Kennedy), a first name
    ("Charlotte") or a name written with a title or typed a person by the text.
    """
    if name_key(name) in surnames or is_first_name(name.split()[0]):
        return False
    if any(m.title or m.honorific or m.typed and m.label == "PERSON" for m in ms):
        return False
    size = place_size(name)  # not "Bono", an old name of Bonn
    return size > 0 and (size >= BIG_CITY or any(m.role == "loc" for m in ms))


# Words that make a name a place's whatever GeoNames says: "The Kyrgyz Republic", "Lagan Valley".
PLACE_WORDS = frozenset("""
republic kingdom islands island isles valley county province state states emirate emirates territory territories
region coast bay river lake mountains hills forest strip bank gulf sea ocean peninsula heights
""".split())


# The last word of a street's, a square's or a venue's name ("Victoria Street", "Adelaide Oval"), which no
# surname is: with a first name before it the name is still a place (:func:`_person_read_as_place`);
# kindcues' last words of no person's name ("Opera House") and venue heads ("Lincoln Center") included.
STREET_AND_VENUE_HEADS = NOT_PERSON_LAST | VENUE_HEADS | frozenset(
    "street road avenue lane square park harbour harbor oval station line".split())


OTHER_READINGS = frozenset({"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def unknown_place_type(name: str, ms: Sequence[Mention]) -> str | None:
    """The type of a name the model read as a place that no place bears and no mention sits where places do.

    GeoNames does not know it, no mention follows "in", "at", "near" …, and no mention was typed a place by
    the text: the model's GPE is a guess from the look of an unknown capitalised word ("Yugansk was sold",
    "BT said"). The other reading its mentions got wins ("Myskina" read once as a person); with none, a
    name that acts, as a subject or an owner ("Gazprom's bid"), is a body (ORG). A place GeoNames lacks
    but the text puts somewhere or its words make a place stays ("in nearby Pengam", "Aceh province", "The
    Kyrgyz Republic"); one starting with a first name is a person ("Seamus").
    """
    words = name.lower().split()
    if place_size(name) or any(w in PLACE_WORDS for w in words) \
            or any(m.role == "loc" or m.typed and m.label in PLACE_TYPES for m in ms):
        return None  # "The Kyrgyz Republic", "Lagan Valley"
    if is_first_name(name.split()[0]):
        return "PERSON"  # "Seamus", read as a place in a sports report
    others: Counter = Counter()
    for m in ms:
        if m.label in OTHER_READINGS:  # not a capitalised run no label covers ("NAME?", kg.resolve.mentions)
            others[m.label] += _weight(m)
    if others:
        return others.most_common(1)[0][0]
    return "ORG" if any(m.role in {"subj", "poss"} for m in ms) else None


def _weight(m: Mention) -> int:
    """A mention's vote on its entity's type: three when a title typed it, two for other evidence in the
    text ("the film Wasp"), else one: "Beirut shares" in a headline does not outvote three plain "Beirut"."""
    return 3 if (m.title or m.honorific) else 2 if m.typed else 1


def _canonical_name(ms: list[Mention], gazetteer_name: str | None) -> str:
    if gazetteer_name:
        return gazetteer_name
    forms: Counter = Counter()
    for text, n in Counter(m.text for m in ms).items():  # each distinct text made a name once (a hub has thousands)
        forms[_display(text)] += n
    forms.pop("", None)
    if not forms:
        return strip_the(ms[0].text)
    name = max(forms, key=lambda f: (len(f.split()), -_initials(f), not _PLURAL_ACRONYM.fullmatch(f),
                                     not _plural_of_a_form(f, forms), forms[f], sum(c.isupper() for c in f), f))
    return f"The {name}" if _the_is_written(ms, name) else name


def _plural_of_a_form(form: str, forms: Mapping[str, int]) -> bool:
    """A one-word plural of another form written at least as often: "Rolls-Royces" beside "Rolls-Royce" (a brand's
    plural joined to it, :func:`_join_plural_brands`) does not name it; "Democrats" written more often than
    "Democrat" does."""
    if " " in form or not form.endswith("s"):
        return False
    singular = next((f for f in (form[:-1], form[:-2] if form.endswith("es") else "") if f and f in forms), None)
    return singular is not None and forms[form] <= forms[singular]


def _initials(form: str) -> int:
    """How many words of a name are initials: "Kelly Holmes" names her better than the team sheets' "K Holmes",
    however many lines list her so."""
    return sum(is_initial(w) and w[:1].isupper() for w in form.split()[:-1])


def _the_is_written(ms: list[Mention], name: str) -> bool:
    """The name keeps the capital "The" its article writes inside a sentence, as a reader writes it ("Liverpool
    band The Coral", "screen versions of The A-Team", "Spanish movie The Sea Inside"), unless its mentions follow
    a lower-case "the" as often ("the Academy Awards" beside one "The Academy Awards")."""
    written = sum(m.the_name is True and _display(m.text) == name for m in ms)
    return written > 0 and written >= sum(m.the_name is False for m in ms)


def _display(text: str) -> str:
    """A surface form as a name: no leading "the", honorific, possessive or dangling dash.

    >>> _display("Gen Pervez Musharraf's"), _display("Mike Leigh -")
    ('Pervez Musharraf', 'Mike Leigh')
    """
    words = clean_surface(strip_the(text)).split()
    while len(words) > 1 and word(words[0]) in HONORIFICS and not words[1].islower():  # not "Lord of the Rings"
        words.pop(0)
    return " ".join(words)


def _gender(ms: list[Mention]) -> str | None:
    votes = Counter(m.gender for m in ms if m.gender)
    return votes.most_common(1)[0][0] if votes else None


def resolve_entities(
    mentions_by_doc: Mapping[str, Sequence[Mention]],
    vocab: Vocabulary | None = None,
    aliases: Gazetteer | str | Path | None = None,
) -> Resolution:
    """Group mentions into canonical entities.

    ``mentions_by_doc`` maps an article id to its mentions in text order
    (pronoun candidates are indices into that list). ``aliases`` is a
    :class:`Gazetteer` or the path of a user aliases file added to the shipped one.
    """
    vocab = vocab or Vocabulary()
    gazetteer = _gazetteer(aliases)
    mentions_by_doc = {doc: person_by_its_short_form([split_honorific(m) for m in ms], gazetteer)
                       for doc, ms in mentions_by_doc.items()}
    known = names_read_outside_headlines(mentions_by_doc)  # a headline's run-together name, cut to one of these
    cut: dict[str, dict[int, Mention]] = defaultdict(dict)
    for doc, ms in mentions_by_doc.items():
        for i, m in enumerate(ms):
            if (c := cut_to_a_known_name(m, known)) is not m:
                ms[i] = cut[doc][m.span_start if m.span_start is not None else m.start] = c

    # 1. keys, label votes and surface forms per key
    keys: dict[str, list[str | None]] = {}
    votes: dict[str, Counter] = defaultdict(Counter)
    forms: dict[str, Counter] = defaultdict(Counter)
    for doc, mentions in mentions_by_doc.items():
        row: list[str | None] = []
        for m in mentions:
            key = None if m.is_pronoun or m.label in UNREAD or office_not_name(m) or gazetteer.is_common(m.text) \
                else _base_key(m, gazetteer)
            if key:
                votes[key][m.label] += _weight(m)
                forms[key][m.text] += 1
            row.append(key or None)
        keys[doc] = row
    groups = groups_named_after_the(mentions_by_doc, votes, gazetteer)
    for doc, mentions in mentions_by_doc.items():  # names the model did not read, written again
        here = set(keys[doc])
        for i, m in enumerate(mentions):
            if m.label in UNREAD and (key := _name_written_again(m, here, votes, gazetteer)):
                keys[doc][i] = key
                forms[key][m.text] += 1
            elif m.label in UNREAD and groups and (key := _base_key(m, gazetteer)) in groups:
                mentions[i] = m = replace(m, label="ORG")  # a group's name: the only reading it gets
                keys[doc][i] = key
                votes[key][m.label] += _weight(m)
                forms[key][m.text] += 1

    _join_plural_spellings(keys, votes, forms)  # "Motion Picture(s) Arts and Sciences"
    _join_plural_brands(mentions_by_doc, keys, votes, forms, gazetteer)  # "sales of Rolls-Royces"
    _join_country_abbreviations(mentions_by_doc, keys, votes, forms, gazetteer)  # "U.S. Surgeon General"
    _join_spelled_prefixes(keys, votes, forms)  # "Indian Naval Ship Sukanya" = "INS Sukanya"
    defined_in = _join_defined_acronyms(mentions_by_doc, keys, votes, forms, gazetteer)  # "the Department for … Affairs (DCA)"

    # 2. lone surnames and first names → full names, with evidence from their own article
    joined = _join_short_names(mentions_by_doc, keys, votes, gazetteer)

    # 3. acronyms
    uf = _UnionFind()
    docs_of = _articles_of_keys(keys)
    for key, docs in defined_in.items():
        docs_of[key] |= docs
    _link_acronyms(forms, votes, uf, gazetteer, docs_of, keys)
    _join_initials_across_articles(votes, uf, gazetteer, docs_of)
    _join_spelling_variants_across_articles(votes, uf, gazetteer, keys, docs_of)
    _join_pet_forms_across_articles(votes, uf, gazetteer, keys, docs_of)
    same_name = _apply_same(gazetteer, uf)

    # 4. group, drop headline-only fragments, settle names and types
    groups: dict[str, list[Mention]] = defaultdict(list)
    for doc, mentions in mentions_by_doc.items():
        for m, key in zip(mentions, keys[doc]):
            if key:
                groups[uf.find(key)].append(m)
    name_of: dict[str, str] = {}
    type_of: dict[str, str] = {}
    surnames = set(_person_keys(votes, gazetteer))
    members: dict[str, list[Mention]] = defaultdict(list)
    vouched = persons_by_their_company(mentions_by_doc)
    for root, ms in groups.items():
        settled = settle_group(root, ms, gazetteer, root in joined, surnames, same_name.get(root))
        if settled is None or settled[1] == "PERSON" and not (root in joined or gazetteer.lookup_key(root)) \
                and person_without_evidence(settled[0], ms, surnames, vouched):
            continue
        name, type_ = settled
        name_of[root] = name
        members[name].extend(ms)
        type_of.setdefault(name, type_)

    def entity_of_key(key: str | None) -> str | None:
        return name_of.get(uf.find(key)) if key else None

    def role_owner(surface: str | None) -> str | None:
        if not surface:
            return None
        key = _base_key(Mention("", surface, "", 0, 0), gazetteer)
        owner = entity_of_key(key)
        if owner is not None and type_of.get(owner) in NO_OWNER_TYPES:  # "Vera Drake star Imelda Staunton"
            return None
        return owner or (gazetteer.lookup_key(key) or (None,))[0]

    gender_of = {name: _gender(ms) for name, ms in members.items()}
    for name, ms in members.items():
        if type_of[name] != "PERSON" and written_by_its_initials(name, ms):
            gender_of[name] = "n"  # no he/she stands for it

    # 5. pronouns and the span index
    resolution = Resolution([])
    pronoun_hits: Counter = Counter()
    said_of: dict[str, Counter] = defaultdict(Counter)  # per entity: its he/she pronouns (True) and others (False)
    for doc, mentions in mentions_by_doc.items():
        row = keys[doc]
        named = [entity_of_key(k) for k in row]
        spans = []
        chosen = resolution.antecedents[doc] = {}
        # the article's it/its and he/she agree (coref.called_it): what an "it" is, no he/she is, and
        # what a he/she is, no "it" is — it/its first, for the things; then he/she; then the rest
        things = {name for m in mentions if m.is_pronoun and m.text.lower() in IT_WORDS
                  for name in (pronoun_entity(m, named, type_of, gender_of)[0],) if name and type_of.get(name) != "PERSON"}
        persons: set[str] = set()
        labels = [x.label for x in mentions]
        order = sorted(range(len(mentions)), key=lambda i: not (mentions[i].is_pronoun and mentions[i].text.lower() in PERSONAL))
        for i in order:
            m = mentions[i]
            if m.is_pronoun:
                name, j = pronoun_entity(m, named, type_of, gender_of, things, persons, labels)
                if j is not None and name:
                    chosen[i] = j
                    if m.text.lower() in PERSONAL:
                        persons.add(name)
            else:
                name = named[i]
            if not name:
                continue
            if m.is_pronoun:
                pronoun_hits[name] += 1
                if m.text.lower() in PERSONAL or m.text.lower() in THING_PRONOUNS:
                    said_of[name][m.text.lower() in PERSONAL] += 1
            start = m.span_start if m.span_start is not None else m.start
            spans.append((start, m.end, name))
        spans.sort()
        resolution._starts[doc] = [s for s, _, _ in spans]
        resolution._spans[doc] = [(e, n) for _, e, n in spans]

    for name, ms in members.items():
        if person_by_its_pronouns(name, type_of[name], ms, said_of[name], gazetteer):
            type_of[name] = "PERSON"
    entities = [entity_record(name, type_of[name], ms, len(ms) + pronoun_hits[name], {m.doc for m in ms}, role_owner, vocab)
                for name, ms in members.items()]
    resolution.entities = sorted(entities, key=lambda e: (-e.mentions, e.name))
    resolution.votes = {name: Counter(m.label for m in ms if m.label not in UNREAD) for name, ms in members.items()}
    resolution.members, resolution.roots, resolution.joined = dict(members), name_of, joined
    resolution.cut = dict(cut)
    return resolution


# Readings of a two-word name the model gives persons it does not know ("Cristian Stoica" WORK_OF_ART, "Vera
# Zvonareva" FAC, "Pepito Elhorga" GPE); a name the text types so by its own words keeps its reading.
NOT_PERSON_READINGS = frozenset({"WORK_OF_ART", "FAC", "PRODUCT", "GPE", "LOC", "ORG", "EVENT", "NORP"})
_NAME_WORD = re.compile(r"[A-Z][a-z]*[A-Z]?[a-z]+(?:['-][A-Za-z]+)*")


def person_by_its_short_form(ms: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """An article's mentions, with a two-word name the model read as no person relabelled PERSON where the same
    article writes that person again by the surname alone, as a person ("The FCC was looking into 50 shows, including
    those by "shock jock" *Howard Stern* and two New York DJs. Stern recently announced he was leaving": the full
    name read WORK_OF_ART, "Stern" a person — a he stands for it, or it has a title, an honorific or a gender), or by
    the initial and the surname ("Kirwan has recalled the experienced *Cristian Stoica* at centre" (WORK_OF_ART) and
    the team sheet's "C Stoica"): a reader takes the two for one man. The full name then joins its surname.

    Not a name the gazetteer knows ("South Korea" beside a "S Korea" read PERSON), none whose last word is a body's,
    a street's or a venue's ("Lincoln Center"), none the text types by its own words ("the film Vera Drake", whose
    heroine "Drake" is a person), and a surname alone needs a person's evidence: the model's bare PERSON reading of
    "Lynch" makes no person of "Merrill Lynch".
    """
    vouched = {c for m in ms if m.is_pronoun and m.text.lower() in PERSONAL
               for c in ((m.antecedent,) if m.antecedent is not None else m.candidates[:1])}
    surnames: set[str] = set()
    initialled: set[str] = set()
    for i, m in enumerate(ms):
        if m.is_pronoun or m.label != "PERSON":
            continue
        words = m.text.split()
        if len(words) == 1 and (m.title or m.honorific or m.gender or i in vouched):
            surnames.add(m.text)
        elif len(words) == 2 and re.fullmatch(r"[A-Z]\.?", words[0]) and _NAME_WORD.fullmatch(words[1]):
            initialled.add(f"{words[0][0]} {words[1]}")
    if not surnames and not initialled:
        return ms
    out = list(ms)
    for i, m in enumerate(ms):
        if m.is_pronoun or m.label not in NOT_PERSON_READINGS or m.typed:
            continue
        words = m.text.split()
        if len(words) != 2 or not all(_NAME_WORD.fullmatch(w) for w in words):
            continue
        first, last = words
        if not (last in surnames or f"{first[0]} {last}" in initialled):
            continue
        if last.lower() in ORG_HEADS | ORG_WORDS | FIRM_ENDS | STREET_AND_VENUE_HEADS | PLACE_WORDS \
                or gazetteer.lookup(m.text) or any(x.text == m.text and x.typed for x in ms):
            continue
        out[i] = replace(m, label="PERSON", typed=True)
    return out


# Pronouns no person is called: "it", "they", "which" (a body's, a group's or a thing's).
THING_PRONOUNS = frozenset("it its itself they them their theirs themselves which".split())


def person_by_its_pronouns(name: str, type_: str, ms: Sequence[Mention], pronouns: Counter, gazetteer: Gazetteer) -> bool:
    """A name the model read as a body or a place that the text goes on to call "he" or "she" is a person: "*Phillips
    Idowu* lit up the field events, not only with his hair, but also with his leap of 17.30m, which puts him at the
    top of the world rankings" (read ORG) — the reader's evidence for a person.

    Two he/she/his/her at least resolved to it, no it/its/they/which, no mention typed a body or a place by the text's
    own words, none written after "the", no gazetteer entry, and no last word that names a body ("Delta Airlines
    suspended her … Delta Airlines declined to comment … She has also claimed": her and she are the blogger, not the
    airline): "Arsenal … he" is a misresolved pronoun, not a person. Nor a name the model read as a body more often
    than a he/she stands for it and never as a person: "Sony, Microsoft and Nintendo are all expected to release new
    machines … Sony is thought to have a similar vision for PS3" (five readings as a body) keeps them against two
    "he" of the games executive quoted around it, misresolved to it; "Mutu" (five readings as a body, one as a
    person, five "he") is a person.
    """
    if type_ not in {"ORG", "GPE", "NORP", "FAC", "PRODUCT"} or pronouns[True] < 2 or pronouns[False]:
        return False
    if sum(1 for m in ms if m.label == "ORG") > pronouns[True] and not any(m.label == "PERSON" for m in ms):
        return False
    if name.split()[-1].casefold() in ORG_HEADS:
        return False
    if gazetteer.lookup_key(name_key(name)) or any(m.typed and m.label != "PERSON" or m.the_name is not None for m in ms):
        return False  # "the Birchfield Harrier has yet to build on his … win": a description of a man, no name
    return True


def persons_by_their_company(mentions_by_doc: Mapping[str, Sequence[Mention]]) -> set[tuple[str, int]]:
    """The named mentions (article, start) a reader takes for a person by what is around them: the referent of
    a he/she/his/her (its candidates read as persons: the first may be a work the model read so, "Wolf Brother tells
    the story of Torak … After his father is killed"), a "who" or a person's noun ("As for Kenenisa Bekele, he was well beaten", "Springsteen mocked
    Bono as the man who …"), a name listed right beside a
    person's full name ("Past Eurovision performers include … Nana Mouskouri, Lulu and Julio Iglesias": a comma, a
    semicolon or "and" between, in the same sentence), or a name in a list of three persons or more (a line-up:
    "Kay, Parr, McGee, Rennick, Weston, Millar, Pattison")."""
    out: set[tuple[str, int]] = set()
    for doc, ms in mentions_by_doc.items():
        named = [m for m in ms if not m.is_pronoun]
        for m in ms:
            if m.is_pronoun and (m.text.lower() in PERSONAL | WHO or m.label == ROLE):
                found = [c for c in m.candidates if not ms[c].is_pronoun and ms[c].label == "PERSON"]
                found += [m.antecedent] if m.antecedent is not None else []
                out.update((doc, ms[i].start) for i in found)
        run: list[Mention] = []
        for m in named + [None]:
            if m is not None and run and run[-1].sent_start == m.sent_start and 2 <= m.start - run[-1].end <= 6:
                run.append(m)  # ", ", "; ", " and ", ", and "
                continue
            people = [x for x in run if x.label == "PERSON"]
            if len(people) == len(run) >= 3 or any(len(x.text.split()) >= 2 for x in people):
                out.update((doc, x.start) for x in people)
            run = [m] if m is not None else []
    return out


# Where a name stands as a clause's subject, its predicate, an owner or in apposition ("Farrell is pencilled in to
# play …", "He's considered the Eminem of Argentina", "a musical Rubik's cube", "his wife Sandra, daughter Larissa
# and stepson Sholto"): a reader takes an unknown name there for a person as the model did.
PERSON_PLACES = frozenset({"nsubj", "nsubjpass", "attr", "oprd", "poss", "appos"})
WHO = frozenset({"who", "whom", "whose"})


def person_without_evidence(name: str, ms: Sequence[Mention], surnames: set[str], vouched: set[tuple[str, int]]) -> bool:
    """A one-word name the model read as a person with nothing a reader takes for a person: no title, honorific
    or first name, it says nothing and is no clause's subject or owner ("a musical Rubik's cube"), no he/she
    stands for it, it is listed beside no person and stands in a clause (a team sheet's line has no verb:
    "Meldrum, McNamee, Bahoken (Stanic 45), Deloumeaux"), and no person of the build bears it as a surname. The small model reads most unknown capitalised words
    so: clubs ("a Uefa Cup exit at the hands of Auxerre"), firms ("Konami's Pro Evo"), products ("Xbox 2
    (codename Xenon)"), awards ("won Urban Music Awards and i think Mobos"), films in a list ("Lost in
    Translation, … and 21 Grams") — a type no reader can defend, so the name is written as no entity rather than
    as a wrong person.

    A name with two words or more is left alone (first names kg does not know: "Andrey Zvyagintsev"), and so is
    a group kg joined a surname to, or one the gazetteer knows.
    """
    words = name.split()
    if len(words) != 1 or not name[:1].isupper() or is_first_name(name) or name_key(name) in surnames:
        return False
    return not any(m.title or m.honorific or m.gender or m.speaks or m.typed or m.dep in PERSON_PLACES
                   or m.verb is None or (m.doc, m.start) in vouched for m in ms)


# Kinds of entity a role is never "of" (a role's owner is a body or a place): "*Vera Drake* star Imelda Staunton",
# "*Friends* actor Matthew Perry" — the work she stars in, not a body she works for; an adjective of a people or a
# party that names no country ("*Palestinian* leader Mahmoud Abbas", "*Democratic* Senator Kent Conrad"; "Iranian"
# is Iran's and resolves to it).
NO_OWNER_TYPES = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE", "NORP"})


def settle_group(root: str, ms: Sequence[Mention], gazetteer: Gazetteer, joined_person: bool, surnames: set[str],
                 same_name: str | None = None) -> tuple[str, str] | None:
    """The name and type of the entity a group of mentions (keyed ``root``) makes, or ``None`` when it makes
    none (a multi-word name written only in headlines): step 4 of :func:`resolve_entities`.

    ``ms`` in article-id then text order (ties go to what is written first); ``joined_person``: the key
    absorbed a lone surname or first name; ``surnames``: the surnames of the build's persons;
    ``same_name``: the name a ``same`` line of the aliases file gives.
    """
    hit = gazetteer.lookup_key(root) or gazetteer_entry_of_a_member(ms, gazetteer)
    if not hit and all(m.headline for m in ms) and len(root.split()) > 1:
        return None
    name = same_name or _canonical_name(list(ms), hit[0] if hit else None)
    if word(root.split()[0]) in HONORIFICS and " " in root:  # "Baroness Scotland", apart from Scotland
        name = next((f"{m.honorific} {m.text}" for m in ms if m.honorific), name)
    type_ = _entity_type(list(ms), hit[1] if hit else None, joined_person)
    if type_ == "PERSON" and not hit and (firm_not_person(name, ms) or arm_not_person(name, ms)
                                          or not joined_person and group_by_its_plural_verb(name, ms)):
        type_ = "ORG"
    elif type_ == "PERSON" and not hit and not joined_person and place_not_person(name, ms, surnames):
        type_ = "GPE"
    elif type_ == "GPE" and not hit:
        type_ = unknown_place_type(name, ms) or type_
    elif type_ == "ORG" and not hit and (country_not_body(name, ms) or city_not_body(name, ms)):
        type_ = "GPE"
    elif type_ in THING_READINGS and not hit and country_not_thing(name, type_, ms):
        type_ = "GPE"
    elif type_ == "LAW" and not hit and place_not_law(name):
        type_ = "GPE"
    elif type_ == "FAC" and not hit and person_not_building(name, ms):
        type_ = "PERSON"
    if type_ in {"PERSON", "NORP", "ORG"} and not hit and compass_part_of_a_place(name, ms):
        type_ = "LOC"  # "North Devon landowner Giles Bradshaw" (read as a person)
    elif type_ == "PERSON" and not hit and charity_not_person(name, ms):
        type_ = "ORG"
    elif type_ != "NORP" and not hit and followers_of_a_name(name, ms):
        type_ = "NORP"
    elif type_ == "NORP" and not hit and place_not_people(name, ms):
        type_ = "GPE"
    if not hit and (name.lower() in FAITHS or type_ not in {"NORP", "GPE", "LOC"} and demonym_of_a_country(name)):
        type_ = "NORP"  # a religion: "a film accusing Islam of promoting violence against women" (read ORG); a nation
    elif not hit and county_by_its_ending(name, ms):
        type_ = "LOC"
    elif type_ == "LOC" and not hit and country_not_area(name):
        type_ = "GPE"
    elif type_ == "GPE" and not hit and area_of_a_place(name):
        type_ = "LOC"
    if type_ != "ORG" and not hit and firm_by_its_legal_form(name):
        type_ = "ORG"  # "festival organisers Big Day Out Ltd" (read EVENT): the firm, not its festival
    return name, type_


def firm_by_its_legal_form(name: str) -> bool:
    """A name of two words or more that ends in a company's legal form ("Ltd", "Limited", "plc", "Inc", "LLC",
    "Corp", "GmbH") is a firm (ORG), whatever the model read: "Geoff Ellis, CEO of festival organisers *Big Day Out
    Ltd*" (read EVENT, after its festival), "John Wyver, from TV producer *Illuminations Television Limited*" (read
    PERSON). Not a one-word name ("Limited" alone), nor a "Corps" ("the Peace Corps")."""
    words = name.replace(".", "").split()
    return len(words) >= 2 and words[-1].lower() in LEGAL_FORMS


def group_by_its_plural_verb(name: str, ms: Sequence[Mention]) -> bool:
    """A name typed a person that its article makes the whole subject of a verb in the plural is a club, a band or a
    firm (ORG), as British English writes them: "*Bath* have signed their former scrum-half Andy Williams" — the
    later mentions of a name the model read once as a person ("a great affection for Bath") take that reading,
    whatever their own clause says (:func:`kg.resolve.coref.recover_names`); no person "have signed". One word
    only, with no title, honorific, gender or person's evidence in the text: a person's full name closing a
    coordination the parse missed is that verb's subject too ("Arash Sigarchi and *Mojtaba Saminejad* are both in
    prison in Iran", where "Mojtaba" is no first name kg knows), and clubs of two words or more say what they are
    ("Sale Sharks", "Leeds Rhinos")."""
    if len(name.split()) > 1:
        return False
    if any(m.title or m.honorific or m.gender or m.typed and m.label == "PERSON" for m in ms):
        return False
    return any(m.plural and not m.is_pronoun for m in ms)


def gazetteer_entry_of_a_member(ms: Sequence[Mention], gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """The gazetteer's entry for a group whose key the gazetteer does not list but one of whose names it does: "The
    numbers were also boosted by the release of the PS2-only game *Grand Theft Auto: San Andreas*" … "*GTA San
    Andreas* has sold …" — the group is keyed by the unlisted "GTA San Andreas", and the entry's type (WORK_OF_ART)
    was lost to the model's readings of "San Andreas" (LOC). Only one entry among the group's names; a titled name
    is its own ("Baroness Scotland" is not Scotland)."""
    entries = {hit for m in ms if not m.is_pronoun and not m.honorific
               and (hit := gazetteer.lookup_key(gazetteer.key(m.text)))}
    return next(iter(entries)) if len(entries) == 1 else None


def country_not_area(name: str) -> bool:
    """A country's or a US state's own name the model read as an area (LOC) is the country (GPE): "Ivory Coast",
    whose last word is a place's. A continent stays an area ("Africa", "North America")."""
    return is_country_or_region(name) and not is_continent(name)


# Words of a part of a place: "west London", "north-west London", "South Wales".
COMPASS = frozenset("""
north south east west north-west north-east south-west south-east northwest northeast southwest southeast central
""".split())


def area_of_a_place(name: str) -> bool:
    """A compass word before a big place's name is an area of it (LOC), not a town or a country: "RAF Northolt, west
    London", "North Africa", "South Wales". A lower-case compass word is always a part; a capital one
    only where no place bears the whole name ("South Africa", "North Korea", "South Shields" and "East London", a
    South African city, stay places)."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in COMPASS or place_size(" ".join(words[1:])) < BIG_CITY:
        return False  # not "the West Bank" (a territory, though a hamlet is called "Bank")
    return words[0].islower() or not is_place(name)


def compass_part_of_a_place(name: str, ms: Sequence[Mention]) -> bool:
    """A capitalised compass word before a county's, a region's or a country's name is a part of that place (LOC),
    whatever the model read: "*North Devon* landowner Giles Bradshaw was put in touch with the Middle Way Group"
    (read as a person), "the *West Lothian* question" (read as a people).

    The rest must be a place GeoNames knows as a country or a first-order region, or a county by its ending
    (":func:`county_by_its_ending`": "-shire"), and the whole name no town of its own (not "West Ham", "North
    Shields": a club, a town); never a name written with an honorific or a title, or typed a body by the text's
    evidence ("North Wales Police" ends as a body and is none of these).
    """
    words = name.split()
    if len(words) != 2 or words[0].lower() not in COMPASS or not words[0][:1].isupper() or is_place(name):
        return False
    rest = words[1]
    if not (is_country_or_region(rest) or rest.lower().endswith("shire") and len(rest) > 6 or rest.lower() in COUNTY_NAMES):
        return False
    return not any(m.honorific or m.title or m.typed and m.label == "ORG" for m in ms)


# Counties of Britain and Ireland with no "-shire" that a compass word divides: "North Devon", "West Sussex".
COUNTY_NAMES = frozenset("""
devon cornwall somerset dorset kent essex sussex surrey norfolk suffolk cumbria northumberland durham lothian antrim
down tyrone fermanagh armagh londonderry cork kerry galway mayo donegal yorkshire lancashire
""".split())


# Last words of a charity's or an appeal's name, no person's: "Christian Aid", "Comic Relief".
CHARITY_ENDS = frozenset({"aid", "relief"})


def charity_not_person(name: str, ms: Sequence[Mention]) -> bool:
    """A name typed a person because a first name opens it, that ends as a charity's does, is a body (ORG):
    "*Christian Aid* condemned the move, saying it would see almost a million jobs in Bangladesh alone being axed".
    No person's surname is "Aid" or "Relief"; a name written with an honorific or a title stays a person. One with no
    first name is left as read: an appeal's concert is an event ("Saturday's Tsunami Aid")."""
    words = name.split()
    return len(words) == 2 and words[-1].lower() in CHARITY_ENDS and words[-1][:1].isupper() and is_first_name(words[0]) \
        and not any(m.honorific or m.title for m in ms)


def followers_of_a_name(name: str, ms: Sequence[Mention]) -> bool:
    """One capitalised word made of a name and "-ites" names a political faction or a sect, a people (NORP), never a
    place or a body: "the last stand of the *Thatcherites*" (read as a place), "Blairites", "Brownites".

    Not a place GeoNames knows ("the Dolomites"), nor a word capitalised only because it opens its sentence
    ("Websites"): one mention must stand inside its sentence.
    """
    return " " not in name and name.endswith("ites") and len(name) > 7 and name[:1].isupper() and name[1:].islower() \
        and not is_place(name) and any(m.start > m.sent_start for m in ms)


TOWN = 10_000  # a place this large is the place its name means where every mention is written where places are


def place_not_people(name: str, ms: Sequence[Mention]) -> bool:
    """A town's or a country's own name the model read as a people (NORP), every mention written where places are
    ("in", "at", "near" …), is the place (GPE): "At 3GSM in *Cannes* everyone went music mad". A people's word is
    written as an adjective or a plural, seldom after "in"; a place of fewer than 10,000 people ("in French" is a
    language), a nation's adjective ("Sri Lankan") and a name typed a people by the text's evidence stay."""
    if demonym_of_a_country(name) or any(m.typed and m.label == "NORP" for m in ms):
        return False
    return (is_country_or_region(name) or place_size(name) >= TOWN) and all(m.role == "loc" for m in ms)


def firm_not_person(name: str, ms: Sequence[Mention]) -> bool:
    """A name typed a person whose last word says it is a firm, a body (ORG): "Small firms such as Blinkx, Copernic,
    Enfish *X1 Technologies* and X-Friend", "built by the US-registered Albanian *Macedonian Bulgarian Oil
    Corporation* (AMBO)" — capitalised runs the model left unlabelled, read as persons. No person's name ends in
    "Technologies", "Corporation", "Group", "Cruises" (:data:`~kg.resolve.names.FIRM_ENDS`), nor in a paper's or a
    magazine's last word (:data:`~kg.resolve.nametypes.PRESS_TITLE_ENDS`: "he is quoted as saying by Germany's
    *Manger Magazin*", read as a person) unless the text's own words type it a person ("Anshuman Magazine, managing
    director, of CB Richard Ellis"); a name opened by a first name or written with an honorific stays a person ("Rob
    Da Bank", a DJ; "Greg Rusedski fell to Jim Courier").
    """
    words = name.split()
    if len(words) < 2 or not words[-1][:1].isupper() or is_first_name(words[0]) or any(m.honorific for m in ms):
        return False
    last = words[-1].lower()
    return last in FIRM_ENDS or last in PRESS_TITLE_ENDS and not any(m.typed and m.label == "PERSON" for m in ms)


# Last words of a firm's or a body's arm for a market: "Diageo North America", "Lycos Europe", "T-Mobile USA", "AOL UK"
# (continents besides, :func:`~kg.resolve.placenames.is_continent`). A country's own name ends persons' names too
# ("Jools Holland", "Chris England"), these no person's.
MARKET_ENDS = frozenset({"uk", "us", "usa", "asia pacific", "asia-pacific", "latin america", "emea"})


def arm_not_person(name: str, ms: Sequence[Mention]) -> bool:
    """A name typed a person that is a firm's or a body's name and the market it serves, a body (ORG): "said *Diageo
    North America* president Ivan Menezes" (the model's person), "Lycos Europe", "T-Mobile USA". No person's name
    ends in a continent or "UK"/"USA"; one opened by a first name or written with an honorific or a title stays a
    person, and a place of its own ("South America", "Central Asia") is no firm.
    """
    words = name.split()
    if len(words) < 2 or is_first_name(words[0]) or not words[0][:1].isupper() or is_place(name) \
            or any(m.honorific or m.title for m in ms):
        return False
    return any(_a_market(" ".join(words[k:])) and not is_place(" ".join(words[:k])) and words[k - 1].lower() not in COMPASS
               for k in range(1, len(words)))


def _a_market(tail: str) -> bool:
    return tail.lower() in MARKET_ENDS or is_continent(tail)


def _demonym_stems(name: str) -> list[str]:
    """The country names a nation's adjective may be made from by the regular endings: "Sri Lankan" (Sri Lanka + n),
    "Fijian" (+ an), "Egyptian", "Italian" (y → ian), "Canadian" (a → ian), "Nepalese", "Chinese" (a → ese), "Iraqi"."""
    stems = []
    if name.endswith("n"):
        stems.append(name[:-1])
    if name.endswith("an"):
        stems.append(name[:-2])
    if name.endswith("ian"):
        stems += [name[:-3], name[:-3] + "y", name[:-3] + "a"]
    if name.endswith("ese"):
        stems += [name[:-3], name[:-3] + "a"]
    if name.endswith("i"):
        stems.append(name[:-1])
    return [s for s in stems if len(s) >= 4]


def demonym_of_a_country(name: str) -> bool:
    """A nation's adjective made from a country's name that the gazetteer does not list, read as a person or a body:
    a people (NORP), as the nations the gazetteer lists are ("Kenyan"): "Sanjaya Senanayake works for *Sri Lankan*
    television", "the tsunami destroyed much of the *Sri Lankan* coast" (read PERSON), "four *Ugandan* NGOs".

    Only a country's or a region's own name before the ending (GeoNames, :func:`~kg.resolve.placenames.
    is_country_or_region`), never a name that is a place itself ("Oman"), a lower-case word, or a name of more than
    two words; a person's name ending so ("Mark Cuban") is no country's. One the model read as a place is left to the
    places, which join it to its country ("the Sri Lankan authorities' initial estimates": an alias of Sri Lanka).
    """
    words = name.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and w.isalpha() for w in words) or is_place(name):
        return False
    return any(is_country_or_region(stem) for stem in _demonym_stems(name))


def county_by_its_ending(name: str, ms: Sequence[Mention]) -> bool:
    """A one-word name ending in "-shire" is a county (LOC, docs/model.md: a British county is a LOC), whatever the
    model read: "the Lanarkshire town of Airdrie", "Pembrokeshire" (the shipped lexicon lists the English ones).
    Not a name written with an honorific or a title (a peer's style), nor the bare word "Shire"."""
    return " " not in name and len(name) > 6 and name.lower().endswith("shire") and name[:1].isupper() \
        and not any(m.honorific or m.title for m in ms)


def country_not_body(name: str, ms: Sequence[Mention]) -> bool:
    """A country's own name the model read as a body, with nothing in the text making it one: the country (GPE).

    "one from Mauritius and one from Malaysia", "the Maldives", "an EU demand for Turkey to recognise Cyprus", and a
    nation's team, which the graph's conventions type as the nation: "played for Ireland against Samoa", "a 3-2 win
    over Cameroon's Cotonsport Garoua". Not a name a mention was typed a body by the text's evidence, nor a country
    whose name a club bears ("Monaco are also in the race": namespans.PLACE_CLUBS).
    """
    return is_country_or_region(name) and name.lower() not in PLACE_CLUBS \
        and not any(m.typed and m.label == "ORG" for m in ms)


# Readings of a thing, not of a body, a person or a place: a country's own name read so is the country.
THING_READINGS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "FAC"})


def country_not_thing(name: str, type_: str, ms: Sequence[Mention]) -> bool:
    """A country's own name the model read as a thing (a product, a work, an event, a building), with nothing in
    the text making it one: the country (GPE). "The deal to open formal talks with Ankara came despite an EU
    demand for Turkey to recognise *Cyprus*" (read PRODUCT), "the internationally recognised southern part of
    Cyprus". Not a name a mention was typed so by the text's evidence ("the musical Oklahoma!"), nor a town or a
    city (a city's name is a film's or a fair's more often: "Casablanca", "Cannes"), nor a club's.
    """
    return is_country_or_region(name) and name.lower() not in PLACE_CLUBS \
        and not any(m.typed and m.label == type_ for m in ms)


# Last words of a building's, a street's or a venue's name besides STREET_AND_VENUE_HEADS: "the Roosevelt Hotel",
# "the Alex Theater", "Madison Avenue".
BUILDING_ENDS = STREET_AND_VENUE_HEADS | frozenset("""
hotel theater palace castle tower towers gate gardens garden boulevard plaza mall church abbey college school prison
hospital airport stadium arena ground club bar cafe restaurant memorial international break
""".split()) | ORG_WORDS


def person_not_building(name: str, ms: Sequence[Mention]) -> bool:
    """A person's full name the model read as a building (FAC), written where persons are: "his role in *Bernardo
    Bertolucci*'s Last Tango in Paris" (an owner), "Tess Daly will host the programme" (a subject).

    Two or three words, the first a first name, no last word of a building, a street, a venue or a body
    (:data:`BUILDING_ENDS`: "the Roosevelt Hotel", "Madison Avenue"), no place GeoNames knows, no mention after
    "the" ("the Santiago Bernabeu", "the Beverly Hilton") nor where places are ("at Stanley Park"); one mention a
    subject or an owner at least.
    """
    words = name.split()
    if not 2 <= len(words) <= 3 or not is_first_name(words[0]) or words[-1].lower() in BUILDING_ENDS or is_place(name):
        return False
    if any(m.the_name is not None or m.role == "loc" for m in ms):
        return False
    return any(m.role in {"subj", "poss"} or m.dep in {"nsubj", "nsubjpass", "poss"} for m in ms)


def place_not_law(name: str) -> bool:
    """A place's own name the model read as a law, no word of a law in it, is the place (GPE): "Bath" read LAW in
    a sentence of its rugby club's match, where no other reading of it is given ("the Bath Act" keeps its Act)."""
    return is_place(name) and not any(w in LAW_HEADS for w in name.lower().split())


def city_not_body(name: str, ms: Sequence[Mention]) -> bool:
    """A big city's own name the model read as a body, written only where places are ("in", "at", "near" …), with
    nothing in the text making it a body: the city (GPE). "CeBit fever has taken over Hanover" aside, "the
    exhibition in Hanover".

    Only a city of over 200,000 people (a firm or a club named after a town is rarely one), never a town a club
    bears ("a 2-0 win at Reading": namespans.PLACE_CLUBS), nor a name a mention was typed a body by evidence.
    """
    return place_size(name) >= BIG_CITY and name.lower() not in PLACE_CLUBS \
        and all(m.role == "loc" and not (m.typed and m.label == "ORG") for m in ms)


def written_alias(m: Mention) -> str | None:
    """The name as written before it, as an alias: with its honorific ("Mr Blair", "Sir Clive Woodward" of "boss
    Sir Clive Woodward"), never with a role word, which is a title, no name ("Chancellor Gordon Brown said",
    "Tory leader Michael Howard", "host Jonathan Ross": the alias is then the name alone)."""
    if not m.written:
        return None
    if m.title:
        return f"{m.honorific} {m.text}" if m.honorific else None
    return m.written


def entity_record(name: str, type_: str, ms: Sequence[Mention], mentions: int, docs, role_owner, vocab: Vocabulary) -> Entity:
    """The :class:`~kg.records.Entity` of a settled group: aliases and roles read off its named mentions ``ms``,
    ``mentions`` counted with its pronouns, ``docs`` its articles; ``role_owner(surface)`` names the
    entity a role belongs to ("Iranian" → Iran)."""
    aliases_ = {m.text for m in ms} | {a for m in ms if (a := written_alias(m))}
    role_docs: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    if type_ == "PERSON":
        for m in ms:
            if m.title:
                role_docs[(m.title, role_owner(m.role_of))].add(m.doc)
    for (title, of), in_docs in list(role_docs.items()):
        owned = [key for key in role_docs if key[0] == title and key[1] is not None]
        if of is None and owned:  # "Prime Minister Netanyahu" is the role "Israeli Prime Minister" gave
            del role_docs[(title, of)]
            if len(owned) == 1:
                role_docs[owned[0]] |= in_docs
    roles = {Role(title, of, len(in_docs)) for (title, of), in_docs in role_docs.items()}
    return Entity(name, type_, tuple(sorted(aliases_)), str(vocab.entity_iri(name)), mentions, tuple(sorted(docs)),
                  tuple(sorted(roles, key=lambda r: (r.role, r.of or ""))))
