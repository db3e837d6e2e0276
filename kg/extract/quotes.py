"""Quotations across sentences and paragraphs: who said each quoted sentence.

The parse attributes a quote to the reporting verb of its own sentence
(speech.py). A quotation often runs over several sentences, or paragraphs, and
names its speaker once, before or after:

    "I am surprised at the weak fourth quarter number. The main drag came from
    electronics," said Lian Chia Liang, economist at JP Morgan Chase.

    "They cannot speak to us about blips," Mourinho said. "Do they want to change
    positions with us? …

Every sentence of a quotation is its speaker's; a quotation that names no speaker
and follows (or precedes) another one with only its reporting clause in between
continues it. This works on the article text and the extractions alone (character
offsets), after all paragraphs are read, so a quote carried over a paragraph break
keeps its speaker.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from ..docview import doc_tokens
from ..lexicon import PRONOUNS, REPORTING_FORMS
from ..nlp import doc_text
from .speech import AGENTIVE, FIRST_PERSON, FIRST_PLURAL, PEOPLE_NOUNS, REPORTING, SPECULATING, verbs_for

OPEN = frozenset("“")
CLOSE = frozenset("”")
STRAIGHT = '"'
OPENERS_BEFORE = frozenset(" \t\n([{—–-/")
_MARK_OR_LINE_END = re.compile("[\n\"“”]")
MAX_CHAIN = 4  # a speakerless quotation inherits across at most this many neighbours


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans ``[start, end)`` of the quotations in ``text`` (inside the marks).

    Curly marks open and close; a straight ``"`` opens when it follows a space (or the
    start) and is followed by a non-space, else closes. A quotation opened again
    before it closes ends there; one left open ends with its line (BBC style: a quote
    continued in the next paragraph reopens it; a quote left unclosed by a typo stops there).

    >>> quote_spans('He said: "We will. Soon," and left. "Yes')
    [(10, 24), (37, 40)]
    """
    spans: list[tuple[int, int]] = []
    start = None
    n = len(text)
    for hit in _MARK_OR_LINE_END.finditer(text):  # only the marks and line ends, not every character
        i, ch = hit.start(), hit.group()
        if ch == "\n":
            if start is not None:  # a line end ends it (a continued quote reopens with a mark)
                spans.append((start, i))
                start = None
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        opening = ch in OPEN or (ch == STRAIGHT and before in OPENERS_BEFORE and not after.isspace())
        if opening:
            if start is not None:
                spans.append((start, i))
            start = i + 1
        elif start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, n))
    return [(s, e) for s, e in spans if e > s]


def in_quotation(t) -> bool:
    """``t`` lies inside a quotation of its paragraph (:func:`quote_spans`: the marks read by their side, not by
    their parity, a quotation left open running to its line end), a speaker's words, not the writer's:
    "… "The first time I served again was Sunday. When your serve isn't good it throws the rest of your game
    off too."" — *serve* is inside. Read once per paragraph (its Doc)."""
    doc = t.doc
    inside = doc.user_data.get("kg_quoted")
    if inside is None:
        spans = quote_spans(doc_text(doc))  # (in order and apart: the last one starting at or before a token holds it, or none does)
        starts = [s for s, _ in spans]
        inside = [(k := bisect_right(starts, u.idx) - 1) >= 0 and u.idx < spans[k][1] for u in doc_tokens(doc)]
        doc.user_data["kg_quoted"] = inside
    return inside[t.i]


def is_quotation(text: str, span: tuple[int, int]) -> bool:
    """A quoted sentence or clause, not a quoted word ("was not “forcing” anyone"):
    it ends with punctuation, or runs over a sentence end."""
    inner = text[span[0]:span[1]].rstrip()
    return bool(inner) and (inner[-1] in ",.?!:;…" or any(m in inner for m in (". ", "? ", "! ")))


def is_blank(text: str) -> bool:
    """Only marks and blanks: no letter or digit."""
    return not any(ch.isalnum() for ch in text)


# The most characters between a quotation and the reporting words right beside it ("…,” he said",
# 'He went on: "…'): one or two words and their punctuation. Both tests below are asked of every
# extraction for every quotation without a speaker; reading the text between the two, however far
# apart, made a 20 MB article quadratic.
NEAR_QUOTE = 200


def is_bare_report(text: str, span: tuple[int, int], ex) -> bool:
    """A reporting clause right after a quotation that the parse left without an object:
    "“The single biggest reason … was price,” he said." (the quote parsed on its own)."""
    if ex.object is not None or not is_reporting_lemma(ex.relation_lemma) or ex.subject.start < span[1]:
        return False
    if ex.subject.start - span[1] > NEAR_QUOTE:  # not right after it: never read the text between
        return False
    between = "".join(ch if ch.isalnum() else " " for ch in text[span[1]:ex.subject.start]).split()
    return len(between) <= 1 and all(w.lower() in REPORTING_FORMS for w in between)


def is_reporting_lemma(lemma: str) -> bool:
    return lemma.split(" ")[0] in REPORTING


LEAD_IN_LEMMAS = frozenset({"continue", "go on"})  # speech.LEAD_INS as relation lemmas: "He went on: “…”"


def is_bare_lead_in(text: str, span: tuple[int, int], ex) -> bool:
    """A reporting clause right before a quotation, closed by a colon, that the parse left without an
    object: 'He went on: "Giving evidence is a nerve-wracking experience, especially when you're a
    victim.' (the quotation parsed as a sentence of its own). Only the subject and the reporting word
    ("He added", "She went on") stand before the colon; "He told BBC Sport:" has its object."""
    if ex.object is not None or ex.subject.is_clause or ex.subject.end > span[0]:
        return False
    if span[0] - ex.subject.end > NEAR_QUOTE:  # not right before it: never copy the text between
        return False
    if not (is_reporting_lemma(ex.relation_lemma) or ex.relation_lemma in LEAD_IN_LEMMAS):
        return False
    before = text[ex.subject.end:span[0]].rstrip()
    if not before.endswith(("\"", "“")) or not before[:-1].rstrip().endswith(":"):
        return False
    words = before[:-1].rstrip()[:-1].split()
    return 0 < len(words) <= 2 and all(w.isalpha() for w in words)


def is_addressed_lead_in(text: str, span: tuple[int, int], ex) -> bool:
    """A reading "X told Y" right before a quotation, closed by a colon after its addressee, that the parse read
    as a plain act with the quotation a sentence of its own: 'Eminem told the crowd: "D12 finally won an award, thank
    you very much."', 'As he told journalists: "I am not interested in what goes in and out of newspapers.' — X
    says the quotation to Y. Only a verb of speaking to someone (:data:`ADDRESSING_LEMMAS`) whose object, a noun
    phrase, ends at the colon."""
    obj = ex.object
    if (obj is None or obj.is_clause or ex.kind != "fact" or ex.relation_lemma not in ADDRESSING_LEMMAS
            or ex.subject.end > obj.start or obj.end > span[0] or span[0] - obj.end > NEAR_QUOTE):
        return False
    before = text[obj.end:span[0]].rstrip()
    return before.endswith(("\"", "“")) and before[:-1].strip() == ":"


ADDRESSING_LEMMAS = frozenset({"tell", "assure", "warn", "remind", "inform"})


def quote_speakers(text: str, extractions) -> dict[tuple[int, int], object]:
    """Each quotation span → the speaker :class:`~kg.records.Argument` that said it.

    A span's own speaker is the subject of a speech act whose clausal object starts
    inside the span while the subject is outside it ("…,” said Lian Chia Liang").
    A quotation with none takes its neighbour's when only that neighbour's reporting
    sentence (or nothing) lies between them.
    """
    spans = [s for s in quote_spans(text) if is_quotation(text, s)]
    own: dict[int, tuple[object, object]] = {}  # span index → (speaker, speech act)
    # Each quotation asks only the extractions at offsets near it (:func:`offset_index`), first in the
    # extractions' order as when every one was asked: a 20 MB article has ~40,000 quotations.
    clausal_speech = offset_index(extractions, lambda ex: ex.object.start if ex.kind == "speech" and ex.object is not None
                                  and ex.object.is_clause else None)
    subject_starts = offset_index(extractions, lambda ex: ex.subject.start)
    subject_ends = offset_index(extractions, lambda ex: ex.subject.end)
    object_ends = offset_index(extractions, lambda ex: ex.object.end if ex.object is not None else None)
    for k, (s, e) in enumerate(spans):
        first = min((i for i in within(clausal_speech, s, e - 1) if not s <= extractions[i].subject.start < e), default=None)
        if first is not None:
            own[k] = (extractions[first].subject, extractions[first])
    for k, (s, e) in enumerate(spans):
        if k not in own:
            # the three readings below hold only of an extraction within NEAR_QUOTE of the quotation
            near = sorted(set(within(subject_starts, e, e + NEAR_QUOTE)) | set(within(subject_ends, s - NEAR_QUOTE, s))
                          | set(within(object_ends, s - NEAR_QUOTE, s)))
            act = next((ex for ex in map(extractions.__getitem__, near) if is_bare_report(text, (s, e), ex)
                        or is_bare_lead_in(text, (s, e), ex) or is_addressed_lead_in(text, (s, e), ex)), None)
            if act is not None:
                own[k] = (act.subject, act)
    found = {k: v[0] for k, v in own.items()}
    chain_neighbours(text, spans, own, found)
    reports = saying_reports(extractions)
    for k, span in enumerate(spans):
        if k not in found:
            act = report_before(text, span, extractions, spans, reports)
            if act is not None:
                found[k] = act.subject
                own[k] = (act.subject, None)
    chain_neighbours(text, spans, own, found)
    return {spans[k]: speaker for k, speaker in found.items()}


def offset_index(extractions, offset) -> tuple[list[int], list[int]]:
    """The offsets ``offset(ex)`` of the extractions that have one (not ``None``), sorted, and the extractions'
    positions in the same order: the extractions at an offset within a window are then two bisections
    (:func:`within`).

    >>> from types import SimpleNamespace as Ex
    >>> offset_index([Ex(at=40), Ex(at=None), Ex(at=7)], lambda ex: ex.at)
    ([7, 40], [2, 0])
    """
    pairs = sorted((at, i) for i, ex in enumerate(extractions) if (at := offset(ex)) is not None)
    return [at for at, _ in pairs], [i for _, i in pairs]


def within(index: tuple[list[int], list[int]], lo: int, hi: int) -> list[int]:
    """The positions of the extractions of ``index`` (:func:`offset_index`) whose offset lies in ``[lo, hi]``.

    >>> within(([7, 40, 40, 90], [2, 0, 3, 1]), 10, 40)
    [0, 3]
    """
    offsets, positions = index
    return positions[bisect_left(offsets, lo):bisect_right(offsets, hi)]


# verbs of saying whose indirect report names the speaker of a quotation that follows it
SAYING = verbs_for("quote")


def inside_any(offset: int, spans) -> bool:
    """Whether ``offset`` lies in one of ``spans`` (sorted and apart, as :func:`quote_spans` gives them)."""
    k = bisect_right(spans, (offset, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def saying_reports(extractions) -> tuple[list[int], list[tuple[int, object]]]:
    """The indirect reports of saying among ``extractions`` that :func:`report_before` may take,
    sorted by where their sentence ends: (the ends, (position in ``extractions``, extraction))."""
    found = sorted(((ex.sent_end, i, ex) for i, ex in enumerate(extractions)
                    if ex.kind == "speech" and ex.object is not None and ex.object.is_clause and not ex.negated
                    and ex.modality is None and ex.relation_lemma.split(" ")[0] in SAYING),
                   key=lambda t: (t[0], t[1]))
    return [end for end, _, _ in found], [(i, ex) for _, i, ex in found]


def report_before(text: str, span: tuple[int, int], extractions, spans, reports=None):
    """The indirect report (a speech act of saying) in the sentence right before a quotation that
    names no speaker, or ``None``: the quotation gives the reported speaker's own words.

    "Mr Kinnock added that the second factor behind his acceptance of the peerage was his
    appointment as chairman of the British Council. "History demonstrates that it's immensely
    useful for the British Council to have its chairman in the House of Lords …"": Mr Kinnock's
    words. Of several speech acts in that sentence the outermost (the longest reported clause)
    speaks ("Dr Nielsen said the success of sites … showed that …": Dr Nielsen). A narrative
    sentence ("The shop closed on Monday.") or a denied or passive report ("X was told …")
    names nobody, nor does a report about what someone else did or said
    (:func:`reports_another_person`).
    """
    ends, items = reports if reports is not None else saying_reports(extractions)
    gap = span[0]  # only blanks between the report's sentence end and the quotation: it ends in [gap, span[0]]
    while gap > 0 and not text[gap - 1].isalnum():
        gap -= 1
    best = None
    for _, ex in sorted(items[bisect_left(ends, gap):bisect_right(ends, span[0])], key=lambda t: t[0]):
        obj = ex.object
        if inside_any(ex.subject.start, spans) or inside_any(obj.start, spans):
            continue  # (a quotation's own reporting clause, or a report inside a quotation)
        if best is None or obj.end - obj.start > best.object.end - best.object.start:
            best = ex
    return None if best is None or reports_another_person(text, best, extractions) else best


PRONOUN_WORDS = FIRST_PERSON | FIRST_PLURAL | PRONOUNS | frozenset(
    "you it everybody everyone nobody somebody someone anybody anyone".split())
BE_FORMS = frozenset("be been being is are was were".split())
# acts by which a person speaks to or reaches someone: "his neighbour had threatened him", "Smith had written to"
SPEECH_LIKE = REPORTING | AGENTIVE | frozenset("shout scream phone email".split())


def reports_another_person(text: str, report, extractions) -> bool:
    """Whether a report gives what another person than the reporter said or did to someone, or
    what was done to them: a noun of people or another name as the reported clause's subject,
    with a verb of saying or speaking to someone (:data:`SPEECH_LIKE`), or a passive. A quotation
    after it may be that person's (or a witness's) words, so it takes no speaker from the report:
    'Mr Smith said his neighbour had threatened him. "I will burn your house down."' (the
    neighbour's threat, not Mr Smith's); 'Police said a man had been arrested.' A pronoun ("Mr
    Kinnock said he …") is taken as the reporter; a state ("He said Mr Clarke had a real
    opportunity") or a modal ('Mr Livingstone "should have withdrawn the comment", said Mr Blair')
    is the reporter's view of the other person, and the reporter goes on in the quotation.
    """
    obj = report.object
    words = [w.lower() for w in "".join(ch if ch.isalnum() or ch in "-'" else " "
                                         for ch in text[obj.start:obj.head]).split()]
    if not words or any(w in SPECULATING for w in words):
        return False
    content = next((ex for ex in extractions if ex.subject.start == obj.start and ex.sent_start == report.sent_start
                    and ex is not report), None)
    if not (any(is_people_word(w) for w in words) or content is not None and is_other_name(text, content, report)):
        return False
    return words[-1] in BE_FORMS or content is not None and content.relation_lemma.split(" ")[0] in SPEECH_LIKE


def is_people_word(word: str) -> bool:
    """A noun of people, one or many ("neighbour", "men", "fans")."""
    return word in PEOPLE_NOUNS or word.endswith("s") and word[:-1] in PEOPLE_NOUNS or word in {"men", "women", "children"}


def is_other_name(text: str, content, report) -> bool:
    """Whether the subject of a reported clause is a name (a capitalised head word, no pronoun) that
    is not the reporter's: "Prosecutors said *Smith* had written to the victim"."""
    head = text[content.subject.head:content.subject.end].split()
    return (bool(head) and head[0][:1].isupper() and head[0] not in report.subject.text.split()
            and head[0].lower() not in PRONOUN_WORDS)


def chain_neighbours(text: str, spans, own, found) -> None:
    """Give a quotation with no speaker its neighbour's, when only the neighbour's reporting
    sentence (or nothing) lies between them (at most ``MAX_CHAIN`` steps); updates ``found``."""
    for _ in range(MAX_CHAIN):
        changed = False
        for k in range(len(spans)):
            if k in found:
                continue
            if k - 1 in found:
                act = own.get(k - 1, (None, None))[1]
                gap_start = max(spans[k - 1][1], act.sent_end if act is not None else 0)
                if is_blank(text[gap_start:spans[k][0]]):
                    found[k] = found[k - 1]
                    changed = True
                    continue
            if k + 1 in found:
                act = own.get(k + 1, (None, None))[1]
                gap_end = min(spans[k + 1][0], act.sent_start if act is not None else len(text))
                if is_blank(text[spans[k][1]:gap_end]):
                    found[k] = found[k + 1]
                    changed = True
        if not changed:
            break


def attribute_quotes(text: str, extractions) -> list:
    """The extractions with a speaker added to those said inside a quotation whose speaker
    is named elsewhere (the next or previous sentence, or another paragraph).

    Extractions that already have a speaker keep it; the speech act naming the
    speaker is outside its quotation and is left alone; words in single quotes inside
    the quotation (modality ``quoted``) are someone else's.
    """
    extractions = list(extractions)
    if STRAIGHT not in text and not (OPEN & set(text)):
        return extractions
    speakers = quote_speakers(text, extractions)
    if not speakers:
        return extractions
    out = []
    for ex in extractions:
        if ex.modality == "quoted":
            pass  # words quoted inside the quotation ('we don't sell any'): not its speaker's (modality.py)
        elif ex.speaker is None or ex.speaker.text.casefold() in FIRST_PERSON | FIRST_PLURAL:
            # nobody, or a quoted "I" ("… but I'd say Iran is not winning") or "we" ("We feel that it
            # is important … for Ukraine to be allowed into the WTO"): the quotation's speaker
            for (s, e), speaker in speakers.items():
                if s <= ex.subject.start < e and not s <= speaker.start < e:
                    ex = replace(ex, speaker=speaker)
                    break
        out.append(ex)
    return out


# The writer's own "I" outside any quotation: a capital I before a clitic or a lower-case word ("I think", "I'm
# sure", "I've"), a lower-case "my"/"me"/"myself" before a lower-case word or a punctuation mark. A capital word
# right before it inside its sentence makes it a title's or a name's ("World War I drama", "A Fool Such As I would
# …"); a capital word after it too ("I'm A Celebrity", "Before joining I'm a Celebrity", "Dating my Teenage Daughter").
_WRITERS_I = re.compile(r"\bI(?!['’]m[ \t]+(?:a|an|the)[ \t]+[A-Z])(?:['’](?:m|ve|d|ll))?[ \t]+[a-z]")
_WRITERS_MY = re.compile(r"\b(?:my|me|myself)\b(?=[ \t]+[a-z]|[.,;:!?])")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)[^\w\n]*$")
SENTENCE_OPENERS = frozenset(".!?:;\"“”(-–—")
COMMENTARY_PARAGRAPHS = 2  # paragraphs in the writer's first person that make an article's end readers' comments
REPORT_PARAGRAPHS = 5  # paragraphs of report (the headline counted) before them: a column says "I" sooner
READERS_COMMENT = "readers' comment"  # Extraction.uninformative of what a reader's comment states (mark_commentary)
# the modalities of the readings a comment states: none, or a bare modal ("The timing cannot be coincidental"); a
# frame (a question, a condition, a doubt, a wish …) already says the reading is no fact, and stays
STATED_MODALITIES = frozenset({None}) | SPECULATING


def speaks_in_first_person(line: str) -> bool:
    """Whether a paragraph's own words, outside its quotations, say "I", "me" or "my": a reader's comment or a
    columnist's paragraph, not a reporter's. "I now earn a 6 figure salary. I did that through hard work and getting
    off my backside." Not a quoted "I" ('she said: "It's out of my hands"'), nor an "I" of a title or a name
    ("ITV1's I'm A Celebrity... Get Me Out Of Here", "a World War I drama")."""
    spans = None
    for m in (*_WRITERS_I.finditer(line), *_WRITERS_MY.finditer(line)):
        i = m.start()
        if spans is None:
            spans = quote_spans(line)
        if inside_any(i, spans) or line[max(0, i - 1):i] in {"'", "‘"}:
            continue
        before = _WORD_BEFORE.search(line[max(0, i - 60):i])
        if before is not None and before.group(1)[:1].isupper():
            rest = line[max(0, i - 60):i][:before.start()].rstrip()
            if rest and rest[-1] not in SENTENCE_OPENERS:
                continue  # a capital word inside the sentence right before it: a title's "I" ("Such As I")
        return True
    return False


def commentary_start(text: str) -> int | None:
    """Where the readers' comments after an article's report start (a character offset), or ``None``: the first
    of at least :data:`COMMENTARY_PARAGRAPHS` paragraphs in which the writer says "I" (:func:`speaks_in_first_person`),
    after at least :data:`REPORT_PARAGRAPHS` paragraphs (the headline counted) that do not. From there on the
    paragraphs are readers' comments ("Have your say"): their words, never the reporter's account. A news report
    says "I" only inside quotations. A column, whose writer says "I" from its first paragraphs on ("One of my
    favourite Olympic moments was Kelly's success in the 800m"), is left as it is: it states facts in the same voice
    as its opinions."""
    first, count = None, 0
    for k, m in enumerate(re.finditer(r"[^\n]+", text)):
        if speaks_in_first_person(m.group()):
            if first is None:
                if k < REPORT_PARAGRAPHS:
                    return None
                first = m.start()
            count += 1
            if count >= COMMENTARY_PARAGRAPHS:
                return first
    return None


def mark_commentary(text: str, extractions) -> list:
    """The extractions with what the readers' comments after an article's report (:func:`commentary_start`) state
    in their writers' own words marked as no fact (``uninformative``, :data:`READERS_COMMENT`): a reader's words,
    whose writer the article does not name, never a triple. "A minimum wage just makes people complacent." (after
    "I now earn a 6 figure salary."), "The timing cannot be coincidental." (s21 blind rows: "commenter's opinion
    stated as plain fact"). Readings with a speaker ("Blair say's the economy is …": Blair's) or a frame
    (:data:`STATED_MODALITIES`: "Phil Collins doesn't deserve awards for all the good songs he wrote?" is a question)
    and the readers' speech acts, titles and appositions are left as they are."""
    extractions = list(extractions)
    start = commentary_start(text)
    if start is None:
        return extractions
    return [replace(ex, uninformative=READERS_COMMENT) if (ex.sent_start >= start and ex.kind in {"fact", "copula"}
                                                          and ex.speaker is None and ex.uninformative is None
                                                          and ex.modality in STATED_MODALITIES)
            else ex for ex in extractions]
