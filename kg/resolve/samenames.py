"""A name written again where the small model did not label it.

The model labels a name in one sentence and misses it in the next — most often at the
start of a sentence or in a title-cased headline, where a capital proves nothing:
"*Chargers* defensive tackle Jamal Williams was arrested" after the headline
"Chargers' Jamal Williams arrested"; "*Queens* hit and run leaves woman dead" above
"… killed a woman in Queens". :func:`kg.resolve.coref.recover_names` keeps such a run
when it is a person's name of the article; :func:`written_again` keeps the others that
may be a name written again (a body, a place, a work of this article, or a name
capitalised inside its sentence that another article reads), and the cross-article
resolver keeps those whose name it knows (:func:`kg.resolve.entities._name_written_again`).
"""
from __future__ import annotations

from collections import Counter, defaultdict
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..records import CANDIDATE_LABELS, UNLABELLED, Mention
from .names import name_key

UNLABELLED_LABELS = CANDIDATE_LABELS  # capitalised runs no entity label covers (kg.records)


def article_names(mentions: Sequence[Mention]) -> dict[str, str]:
    """Key → label of every name the model labelled in the article, persons aside: the label most of its
    mentions carry (the first of them on a tie), so that one misreading does not spread; a name any
    mention reads as a person is left out.

    >>> ms = [Mention("d", "Chargers", "ORG", 0, 8), Mention("d", "Jamal Williams", "PERSON", 11, 25)]
    >>> article_names(ms)
    {'chargers': 'ORG'}
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if m.is_pronoun or m.label in UNLABELLED_LABELS:
            continue
        key = name_key(m.text)
        if key:
            votes[key][m.label] += 1
    # a name the article ever reads as a person ("Mutu", PERSON and ORG) is left to the person rules
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items() if not counter["PERSON"]}


def written_again(candidates: Sequence[Mention], kept: Sequence[Mention]) -> list[Mention]:
    """The unlabelled capitalised runs of ``candidates`` that :func:`kg.resolve.coref.recover_names` did not
    keep (``kept``) and that may write a name again, for the cross-article resolver to settle
    (:func:`kg.resolve.entities._name_written_again`):

    - a run that writes, whole, a name the article labels (not a person's): "*Chargers* defensive
      tackle Jamal Williams …" under the headline "Chargers' (ORG) Jamal Williams arrested";
      "Blackpool" is not "Blackpool Hotel Association";
    - a run capitalised inside its sentence, which another article may name ("… as *Surgeon
      General*"), unless it is the title written just before a person's name ("*General Manager*
      Billy King");
    - one capitalised plural written just before a person's full name, the team the person plays for
      (:func:`owner_before_a_person`): "*Chargers* Jamal Williams arrested for DUI".

    They keep their unlabelled label: the model did not read them, so they never vote on an
    entity's type, and they are added after the pronouns are resolved (:func:`insert_mentions`):
    a name written again must not draw "he" to a budget or a record label.
    """
    names = article_names(kept)
    taken = {(m.start, m.end) for m in kept}
    named = [m for m in kept if not m.is_pronoun]
    person_starts = {m.start for m in named if m.label == "PERSON"}
    full_starts = {m.start for m in named if m.label == "PERSON" and " " in m.text.strip()}
    return [m for m in candidates if m.label in UNLABELLED_LABELS and (m.start, m.end) not in taken
            and (owner_before_a_person(m, full_starts) or not piece_of_a_longer_name(m, named)
                 and (names.get(name_key(m.text)) is not None
                      or m.label == UNLABELLED and not _title_before_a_person(m, person_starts)))]


def owner_before_a_person(m: Mention, full_starts: set[int]) -> bool:
    """One capitalised plural written just before a person's full name is the team or body the person belongs to,
    not a title nor a piece of the name: "*Chargers* Jamal Williams arrested for DUI" (ECB+ 35_8ecbplus). A title
    is singular ("*Coach* Jim O'Brien", "*General Manager* Billy King")."""
    word = m.text.strip()
    return m.label == UNLABELLED and " " not in word and word.endswith("s") and not word.endswith("ss") \
        and any(m.end < start <= m.end + 1 for start in full_starts)


def piece_of_a_longer_name(m: Mention, named: Sequence[Mention]) -> bool:
    """A run written against another name, one space between: a piece of a longer name the model cut
    ("Keanu *Reeves*", "Swiss *Re*"), not the name it repeats. Not a run of two words or more after a person's
    full name (:func:`after_a_full_name`)."""
    return any((0 <= m.start - n.end <= 1 and not after_a_full_name(m, n)) or 0 <= n.start - m.end <= 1 for n in named)


def after_a_full_name(m: Mention, person: Mention) -> bool:
    """A capitalised run of two words or more written right after a person's name of two words or more starts a
    name of its own: a full name ends with the surname, and what a title line runs into it is the next name.

    "Barack Obama to Name Dr. Sanjay Gupta *Surgeon General*: Onion headline or actual news?" (ECB+ 34_13ecb):
    the office, which other articles name, not a piece of Sanjay Gupta. Not one word ("Keanu *Reeves*" cut after
    a first name, "John Smith *Jr*"), nor after a one-word name ("Swiss *Re*").
    """
    return person.label == "PERSON" and " " in person.text.strip() and " " in m.text.strip() \
        and m.start >= person.end


def _title_before_a_person(m: Mention, person_starts: set[int]) -> bool:
    """A run written just before a person's name is the person's title: "*General Manager* Billy King"."""
    return any(m.end < start <= m.end + 2 for start in person_starts)


def names_read_outside_headlines(mentions_by_doc: Mapping[str, Sequence[Mention]]) -> dict[str, str]:
    """Surface → label of every name of two words or more the model read in running text somewhere in the
    build (the label most of its readings carry): the names a title-cased headline may run into the words
    around it (:func:`cut_to_a_known_name`).

    >>> ms = {"a": [Mention("a", "Maurice Cheeks", "PERSON", 0, 14), Mention("a", "Cheeks", "PERSON", 30, 36)],
    ...       "b": [Mention("b", "Hire Maurice Cheeks", "PERSON", 0, 19, headline=True)]}
    >>> names_read_outside_headlines(ms)
    {'Maurice Cheeks': 'PERSON'}
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    for mentions in mentions_by_doc.values():
        for m in mentions:
            if not m.is_pronoun and not m.headline and m.label not in UNLABELLED_LABELS and " " in m.text \
                    and m.text[:1].isupper():
                votes[m.text][m.label] += 1
    return {text: counter.most_common(1)[0][0] for text, counter in votes.items()}


MAX_RUN_WORDS = 12  # a headline span longer than this is no name run (a quoted title, a whole line)


def cut_to_a_known_name(m: Mention, known: Mapping[str, str]) -> Mention:
    """A title-cased headline's mention, or a capitalised run the model left unlabelled, that holds a name of two
    words or more the build reads in running text, with other words around it, is that name.

    In a title-cased line the small model runs a name into the verbs and nouns beside it: "Philadelphia 76ers
    Fire Coach Jim O'Brien, *Hire Maurice Cheeks*", "*San Diego Chargers Defensive Tackle* Faces DUI Charges",
    "*Sixers Hire Maurice Cheeks* as Head Coach". :func:`kg.resolve.coref.reread_headline_names` cuts such a
    mention to a name its own article's text reads; this cuts it to one the build reads elsewhere when the
    article's text does not (a short report under a headline naming the coach it hired). The longest such
    name wins ("San Diego Chargers", not "San Diego"); it takes the label the build reads it with. In running
    text only a run that ends with the name is cut ("*Former Downing Street* communications chief"): capitals
    after a name make a longer one ("San Francisco Ballet", "Motor Neurone Disease"); in a headline, so do they
    after a place ("*San Francisco Giants Sign* Barry Bonds" holds the team, not the city). A mention written in
    running text the model labelled stays as it is, and so does a run that holds no known name.
    """
    if m.is_pronoun or not (m.headline or m.label in UNLABELLED_LABELS) or m.text in known:
        return m
    words = [(w.start(), w.group()) for w in _WORDS.finditer(m.text)]
    if len(words) > MAX_RUN_WORDS:
        return m
    best: tuple[int, int, int] | None = None  # (words, start, end) of the longest known name
    for i in range(len(words)):
        for j in range(i + 2, len(words) + 1):
            if j - i == len(words) or not m.headline and j < len(words):
                continue  # the whole mention; in running text, a name with more capitals after it ("San Francisco Ballet")
            a, b = words[i][0], words[j - 1][0] + len(words[j - 1][1])
            piece = m.text[a:b].rstrip(".,:;")
            if piece in known and j < len(words) and known[piece] in {"GPE", "LOC"}:
                continue  # a place with capitals after it in a headline: a body of that place ("San Francisco Giants Sign")
            if piece in known and (best is None or j - i > best[0]):
                best = (j - i, a, a + len(piece))
    if best is None:
        return m
    _, a, b = best
    name = m.text[a:b]
    return replace(m, text=name, label=known[name], start=m.start + a, end=m.start + b, span_start=None,
                   written=None, title=None, honorific=None, headline=False)


_WORDS = re.compile(r"\S+")


def insert_mentions(mentions: Sequence[Mention], extra: Sequence[Mention]) -> list[Mention]:
    """``mentions`` and ``extra`` in text order, each pronoun's candidate and antecedent indices moved to match."""
    if not extra:
        return list(mentions)
    tagged = sorted([(m.start, 0, i, m) for i, m in enumerate(mentions)] + [(m.start, 1, -1, m) for m in extra],
                    key=lambda x: (x[0], x[1]))
    new_index = {i: k for k, (_, _, i, _) in enumerate(tagged) if i >= 0}
    out = []
    for _, _, _, m in tagged:
        if m.is_pronoun and (m.candidates or m.antecedent is not None):
            m = replace(m, candidates=tuple(new_index[j] for j in m.candidates),
                        antecedent=new_index[m.antecedent] if m.antecedent is not None else None)
        out.append(m)
    return out


__all__ = ["article_names", "written_again", "insert_mentions", "names_read_outside_headlines", "cut_to_a_known_name"]
