"""A quotation that names no speaker, right after a sentence about a person: that person's words.

News writes a person's words after a sentence that tells about them, without a reporting verb:

    But Redford knows this and started the Sundance TV Channel in an effort to reach a wider
    audience. "When you look at the films here, what we are presenting is very much egalitarian.

    Graham Barlow, editor of Mac Format, understandably has a rather partisan viewpoint. "It's just
    a Mac, but we should be very excited - it's revolutionary in its size …"

kg.extract.quotes finds a quotation's speaker in a reporting clause of its own, of a neighbour, or in
a report just before; a quotation none of those name was kept as nobody's words (modality
``quoted``: judged right in 3 of 20 blind rows). Here the speaker is the person (an entity typed
PERSON, named or a he/she resolved to one) that is the subject of the sentence right before the
quotation, when the quotation opens a sentence, that sentence holds no quotation of its own, and the
quotation (with the speakerless quotations that run on from it) never names that person: a quotation
that talks about someone is not theirs ("And Scotland forward Simon Taylor looks certain to get the
call … "… Simon Taylor is an outstanding player …"" is Woodward's, not Taylor's).
"""
from __future__ import annotations

from collections.abc import Callable

from ..extract.quotes import is_blank, is_quotation, quote_spans
from ..extract.speech import REPORTING
from ..lexicon import REPORTING_FORMS
from ..records import Argument

NO_SUBJECT_KINDS = frozenset({"title", "appos", "poss", "place"})  # readings of a noun phrase, no clause's subject


def speakerless_runs(text: str, spans: list[tuple[int, int]], extractions) -> list[list[int]]:
    """Runs of quotation spans (indices into ``spans``) that no extraction gives a speaker: each holds
    an extraction whose subject is inside it, none of them with a speaker, and neighbours of a run have
    only marks and blanks between them (one quotation carried over sentences or paragraphs)."""
    held: dict[int, bool] = {}  # span index → some extraction inside has a speaker
    k = 0
    for ex in sorted(extractions, key=lambda e: e.subject.start):
        while k < len(spans) and spans[k][1] <= ex.subject.start:
            k += 1
        if k < len(spans) and spans[k][0] <= ex.subject.start:
            held[k] = held.get(k, False) or ex.speaker is not None
    runs: list[list[int]] = []
    for k in sorted(i for i, spoken in held.items() if not spoken):
        if runs and runs[-1][-1] == k - 1 and is_blank(text[spans[k - 1][1]:spans[k][0]]):
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def sentence_before(text: str, at: int, extractions) -> list:
    """The extractions of the sentence that ends right before offset ``at`` (only blanks and marks
    between), in their order; [] when none does.

    The ends with only blanks up to ``at`` are the latest ones (an earlier end has a later sentence's
    words in between): they are found walking back from ``at``, reading each gap once, never the
    text from a far sentence to ``at`` (once per extraction and quotation, that was quadratic)."""
    ends = sorted({ex.sent_end for ex in extractions if ex.sent_end <= at}, reverse=True)
    blank_from, upto = None, at
    for end in ends:
        if not is_blank(text[end:upto]):
            break
        blank_from, upto = end, end
    if blank_from is None:
        return []
    best = max(ex.sent_start for ex in extractions if blank_from <= ex.sent_end <= at)
    return [ex for ex in extractions if ex.sent_start == best] if best is not None else []


REPORT_AFTER = 6  # words after a quotation's closing mark that may hold its reporting clause ("…," the lawsuit states)


def has_unread_report(text: str, span: tuple[int, int]) -> bool:
    """Whether a verb of saying follows the quotation in its own sentence, within :data:`REPORT_AFTER`
    words: '"To be honest, England have wanted to win in Dubai …," said Friday' (Mike Friday; the parse
    read no speech act), '"Apple has turned an open and interactive standard into an artifice …," the
    lawsuit states'. The quotation then has a speaker of its own that kg did not read: none is guessed."""
    tail = text[span[1]:span[1] + 200].split("\n", 1)[0]
    for end in ".!?":
        tail = tail.split(end + " ", 1)[0]
    for word in tail.split()[:REPORT_AFTER]:
        w = word.strip(",.;:!?\"“”'").lower()
        if w in REPORTING_FORMS or any(w.endswith(s) and w[:-len(s)] in REPORTING for s in ("s", "d", "ed", "es")):
            return True
    return False


def narrator(text: str, run: list[int], spans: list[tuple[int, int]], extractions, mentions,
             entity_at: Callable[[int], str | None], types: dict[str, str]) -> Argument | None:
    """The speaker of a speakerless quotation run: the subject of the sentence right before it, when
    that is a person the quotation does not name (see the module's docstring), else ``None``."""
    first, last = spans[run[0]], spans[run[-1]]
    if any(has_unread_report(text, spans[k]) for k in run):
        return None  # '"…," said Friday.': a reporting clause the parse did not read names someone else
    before = sentence_before(text, first[0], extractions)
    if not before:
        return None
    start, end = before[0].sent_start, before[0].sent_end
    if any(mark in text[start:end] for mark in ('"', "“", "”")):
        return None  # a sentence with a quotation of its own: its speaker, if any, is found by kg.extract.quotes
    subjects = [ex.subject for ex in before if ex.kind not in NO_SUBJECT_KINDS and not ex.subject.is_clause]
    if not subjects:
        return None
    subject = min(subjects, key=lambda a: a.start)
    person = entity_at(subject.head)
    if person is None or types.get(person) != "PERSON":
        return None
    if any(first[0] <= m.start < last[1] and entity_at(m.start) == person for m in mentions):
        return None  # the quotation talks about them: someone else's words
    return subject


def narrated_quotations(text: str, extractions, mentions, entity_at: Callable[[int], str | None],
                        types: dict[str, str]) -> list[tuple[tuple[int, int], Argument]]:
    """Each speakerless quotation span whose speaker is the person the sentence before it is about
    (:func:`narrator`), with that speaker, in text order."""
    if '"' not in text and "“" not in text:
        return []
    spans = [s for s in quote_spans(text) if is_quotation(text, s)]
    out = []
    for run in speakerless_runs(text, spans, extractions):
        speaker = narrator(text, run, spans, extractions, mentions, entity_at, types)
        if speaker is not None:
            out.extend((spans[k], speaker) for k in run)
    return out


def narrated_speaker(ex, narrated: list[tuple[tuple[int, int], Argument]]) -> Argument | None:
    """The narrated speaker of an extraction with none whose subject is inside a narrated quotation."""
    if ex.speaker is not None or ex.modality == "quoted":  # (words quoted inside the quotation: someone else's)
        return None
    return next((speaker for (s, e), speaker in narrated if s <= ex.subject.start < e), None)
