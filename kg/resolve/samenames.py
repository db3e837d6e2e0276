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
from collections.abc import Sequence
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
      Billy King").

    They keep their unlabelled label: the model did not read them, so they never vote on an
    entity's type, and they are added after the pronouns are resolved (:func:`insert_mentions`):
    a name written again must not draw "he" to a budget or a record label.
    """
    names = article_names(kept)
    taken = {(m.start, m.end) for m in kept}
    named = [m for m in kept if not m.is_pronoun]
    person_starts = {m.start for m in named if m.label == "PERSON"}
    return [m for m in candidates if m.label in UNLABELLED_LABELS and (m.start, m.end) not in taken
            and not piece_of_a_longer_name(m, named)
            and (names.get(name_key(m.text)) is not None
                 or m.label == UNLABELLED and not _title_before_a_person(m, person_starts))]


def piece_of_a_longer_name(m: Mention, named: Sequence[Mention]) -> bool:
    """A run written against another name, one space between: a piece of a longer name the model cut
    ("Keanu *Reeves*", "Swiss *Re*"), not the name it repeats."""
    return any(0 <= m.start - n.end <= 1 or 0 <= n.start - m.end <= 1 for n in named)


def _title_before_a_person(m: Mention, person_starts: set[int]) -> bool:
    """A run written just before a person's name is the person's title: "*General Manager* Billy King"."""
    return any(m.end < start <= m.end + 2 for start in person_starts)


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


__all__ = ["article_names", "written_again", "insert_mentions"]
