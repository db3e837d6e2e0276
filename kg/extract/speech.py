"""Reported speech: who said it, and the speech act itself.

* Indirect: a reporting verb with a clausal complement ("Trump said Iran
  seeks talks") → the speech act (Trump — say — "Iran seeks talks") and the
  content (Iran — seek — talks) with ``speaker`` = Trump.
* Direct, speaker after the quote ("“We will respond,” Trump told
  reporters.") — the quote parses as the complement (or the reporting
  clause as a ``parataxis`` of the quote's verb); both are handled.
* "according to X" on a clause makes X its speaker (no speech act).
* "deny that X" negates the content X.
* Two misparses of "X said/denied N V…" are read back as reported speech:
  :func:`content_conj` and :func:`inverted_report`.
"""
from __future__ import annotations

from ..docview import doc_tokens, has_dep, once_per_token, with_dep
from ..lexicon import DOUBLE_QUOTES, FUTURE_AUX, HONORIFICS
from ..nlp import sentence_of
from ..records import PERSON_LIKE
from .misreadings import verb_lemma

# The verbs of saying, thinking and showing, in one table: every list of them in kg reads it. A verb's
# uses (a lemma may have several):
#   report    its clause is someone's words or thoughts, a speech act ("Trump said Iran seeks talks"): REPORTING
#   quote     its indirect report names the speaker of a quotation that follows ("Mr Kinnock added that Y.
#             "History demonstrates …""): SAYING (quotes.report_before); verbs of saying, not of thinking
#   carry     as a comma-set participle it carries a report on ("…, adding that Y"): REPORTING_PARTICIPLES
#   evidence  a thing as its subject bears out a clause ("the figures show that Y"): EVIDENTIAL (is_evidence)
VERB_USES = {  # each verb once, under all its uses
    # verbs of saying: each names a following quotation's speaker and carries a report on as a participle
    "report quote carry": """say tell add argue claim insist warn explain stress note predict estimate admit reply
        declare state deny maintain emphasise emphasize concede acknowledge repeat reiterate affirm assure reassure""",
    "report quote carry evidence": "confirm",
    "report evidence": "suggest indicate reveal show",
    "report": """accuse signal assert threaten announce report write believe think allege respond ask urge promise
        vow pledge contend testify recall agree disclose complain caution hint fear hope expect know find conclude
        rule forecast reckon decide clarify boast joke quip sneer retort scoff protest lament point feel suspect
        speculate specify intimate comment observe""",
    "evidence": "prove demonstrate mean highlight",
    # "…," he continued: a quotation's own reporting word, never a report ("continued to rise")
    "quote": "continue",
    # "…, citing rising costs": the reasons given for a reported act, an object and no clause
    "carry": "cite",
}


def verbs_for(use: str) -> frozenset[str]:
    """The lemmas of :data:`VERB_USES` that have ``use`` (report, quote, carry, evidence)."""
    return frozenset(v for uses, verbs in VERB_USES.items() if use in uses.split() for v in verbs.split())


REPORTING = verbs_for("report")
DENIAL = frozenset({"deny", "dispute", "reject", "dismiss", "refute", "rebut"})
FIRST_PERSON = frozenset({"i", "me", "myself"})  # singular: in a quote, the speaker
FIRST_PLURAL = frozenset({"we", "us"})  # in a quote, the speaker (or the body they speak for)
# verbs whose subject acts or speaks: a thing ("his comments") cannot refuse or apologise
AGENTIVE = frozenset("""refuse decline accept agree vow promise pledge insist apologise apologize admit deny add say tell urge
announce confirm warn threaten accuse blame defend praise criticise criticize dismiss reject welcome express call
reveal reply respond argue explain claim maintain concede acknowledge stress emphasise emphasize""".split())
# nouns of people, one or many: they can act and speak ("the man", "his neighbour", "fans")
PEOPLE_NOUNS = frozenset("""official spokesman spokeswoman spokesperson people player fan manager chief leader minister
president member worker voter critic analyst expert lawyer source man woman person boy girl child parent mother father
wife husband son daughter friend neighbour patient victim suspect witness resident driver passenger customer owner
doctor nurse teacher pupil student soldier officer""".split())
# nouns of people or of bodies that act and speak ("the company", "police")
AGENT_NOUNS = PEOPLE_NOUNS | frozenset("""company firm government group club party team board council union bank ministry
department committee country state authority police court agency organisation organization side management staff
family""".split())


@once_per_token
def is_reporting(verb) -> bool:
    """Whether ``verb`` is a verb of saying, reporting or believing.

    "The court ruled that the government could not sue" reports a ruling; "ruled out a
    return" (particle "out") is no report but a hedge (modality.ATTITUDE).
    """
    lemma = verb_lemma(verb)
    if lemma in LEAD_INS:
        return goes_on_speaking(verb)
    if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False  # "pointed out that Y" reports; "pointed to Y" does not
    if lemma in DECIDING and not decides_that(verb):
        return False
    if lemma == "comment" and not voices_words(verb):
        return False
    if lemma == "find" and finds_a_state(verb):
        return False
    return lemma in REPORTING and not is_free_relative_report(verb)


def finds_a_state(verb) -> bool:
    """"find" with a small clause, an object and a participle after it: what someone comes upon or ends up in,
    not a finding they report. "Anglers and fishermen could find themselves prosecuted under plans to crack down
    on animal cruelty" (nobody is quoted: the anglers say nothing), "O'Gara missed the twice-taken conversion and
    the visitors found themselves trailing once again", "You find trade unions fighting change". A clause with a
    tense of its own is a finding ("the inquiry found the firm had broken the rules", "found that …")."""
    return any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i and c.tag_ in {"VBG", "VBN"}
               and any(g.dep_ in {"nsubj", "nsubjpass"} and g.i < c.i for g in c.children)
               and not any(g.dep_ in {"aux", "auxpass", "mark"} for g in c.children)
               for c in verb.children)


def is_going_on(verb) -> bool:
    """"…, he went on", "…, he continued": "go on" or "continue" with the clause it says before it, a report like
    "…, he added" ("New Labour had failed on school discipline because it had not implemented serious reforms …,
    he went on" is Mr Milburn's claim). Not "went on to win", "the talks went on for hours", "prices continued
    to rise" (no clause said)."""
    return ((verb.lemma_.lower() == "continue" or any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children))
            and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
            and not any(c.dep_ in {"xcomp", "dobj", "prep"} for c in verb.children))


# verbs that report someone's words only as they go on speaking: "…, he went on" (is_going_on), "He continued:
# “Smith reached …”", "She went on: “What I would like to see …”" (leads_a_quotation) — never "Sales continued to rise"
LEAD_INS = frozenset({"continue", "go"})


def goes_on_speaking(verb) -> bool:
    """"continue" or "go on" as a verb of saying: after the clause said (:func:`is_going_on`) or before a
    quotation it leads in (:func:`leads_a_quotation`)."""
    return verb_lemma(verb) in LEAD_INS and (is_going_on(verb) or leads_a_quotation(verb))


def leads_a_quotation(verb) -> bool:
    """Whether "continue" or "go on" leads in a quotation: its clausal complement opens with a quotation
    mark right after a colon that follows the verb (or its "on"), so the quotation is the subject's words.

    'Dr Greenspan … He continued: "Smith reached far beyond the insights of his predecessors …"' —
    Greenspan's words; 'She went on: "What I would like to see is there being a body which actually
    looked at the figures …"' — Ms Roche's. Not "The talks went on: …" without a quotation, nor "go"
    without "on", nor "continued to rise".
    """
    last = verb
    if verb_lemma(verb) == "go":
        last = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "on" and c.i == verb.i + 1), None)
        if last is None:
            return False
    doc = verb.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != ":" or doc[last.i + 2].text not in DOUBLE_QUOTES:
        return False
    return any(c.dep_ == "ccomp" and c.i > last.i + 2 and c.left_edge.i <= last.i + 3 for c in verb.children)


def voices_words(verb) -> bool:
    """Whether "comment" gives someone's words ("Station manager Steve Taylor commented: “Listeners
    can …”", "…,” commented Jamelia"), not only that they spoke or kept silent: "Akamai declined to
    comment", "Microsoft did not comment", "He commented on the report" say nothing more."""
    if verb.dep_ == "xcomp" or any(c.dep_ == "neg" for c in verb.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in {"on", "about"} for c in verb.children)


# verbs that report a finding only with a that-clause: "decided where runways should be" asks
DECIDING = frozenset({"decide"})
WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})


def decides_that(verb) -> bool:
    """Whether a verb of deciding has a that-clause (a finding it reports), not a wh-clause (a
    question it settles).

    "Once the courts decided that the VCR in itself was not an illegal technology": the courts'
    finding. "Politicians should not decide where runways should be": no finding is reported.
    """
    return any(c.dep_ == "ccomp" and c.left_edge.tag_ not in WH_TAGS
               and not any(g.dep_ == "mark" and g.lower_ in {"whether", "if"} for g in c.children)
               for c in verb.children)


FREE_RELATIVE_WORDS = frozenset({"whatever", "what", "whichever"})


def is_free_relative_report(verb) -> bool:
    """A verb of saying whose object is a fronted "whatever"/"what": a free relative, no report of
    the clause the parser hung on it.

    "“We will fight tooth and nail to stop him whatever his offer says": the offer says
    nothing of the fighting; the fighting is the speaker's.
    """
    return any(c.dep_ == "dobj" and c.lower_ in FREE_RELATIVE_WORDS and c.i < verb.i for c in verb.children)


def reported_clause(verb):
    """The verb heading the clause ``verb`` reports (its ``ccomp``), or ``None``."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}:
            return c
    return None


def quote_head(verb):
    """For a reporting clause written after a quote as ``parataxis`` ("…, Trump said"), or inside it
    between commas ("The economy, he said, will not recover"), the quote's verb."""
    if verb.dep_ == "parataxis" and verb.head.pos_ in {"VERB", "AUX"} and (verb.head.i < verb.i or is_parenthetical(verb)):
        return verb.head
    return None


# nouns of a norm: "according to a strict code of honour" says how something is done, not who says so
NORMS = frozenset("code rule law plan schedule script principle tradition instruction guideline procedure formula "
                  "regulation".split())


# attribution() and modality.spoken_here() walk up the heads of every predicate: the clauses above
# are asked again for each clause below them, so their answers are kept (on the view token).
@once_per_token
def according_to(verb):
    """The X of "according to X" attached to ``verb``, or ``None``; not a norm followed.

    "Warez groups, which began to surface in the early 1990s, operate according to a strict code
    of honour": the code is how they operate, no speaker.
    """
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ == "to":
                    for p in g.children:
                        if p.dep_ == "pobj" and p.lemma_.lower() not in NORMS:
                            return p
    return None


def is_parenthetical(clause) -> bool:
    """A clause set off by commas on both sides: ", he added," in "But, he added, those keen … will not accept …"
    (or its reporting word and speaker, :func:`is_inverted_aside`)."""
    doc = clause.doc
    first, last = clause.left_edge, clause.right_edge
    left = first if first.text == "," else (doc[first.i - 1] if first.i > 0 else None)
    right = last if last.text == "," else (doc[last.i + 1] if last.i + 1 < len(doc) else None)
    return left is not None and right is not None and left.text == "," and right.text == "," or is_inverted_aside(clause)


def is_inverted_aside(verb) -> bool:
    """A reporting word right after a comma with its speaker after it, closed by a comma, whatever words
    before the first comma the parser hung on it: "But in some cases, said the report, people were able to
    watch …" (*in some cases* hangs on *said*); "More significantly, argues the report, broadband is …"."""
    doc = verb.doc
    speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if speaker is None or verb.i == 0 or doc[verb.i - 1].text != "," or not is_reporting(verb):
        return False
    after = speaker.right_edge.i + 1
    if doc[after - 1].text == ",":  # (the parser may hang the closing comma on the name: "Also, said Mr Flynn, Vodafone …")
        return after < sentence_of(verb).end - 1
    return after < sentence_of(verb).end - 1 and doc[after].text == ","


def lent_subject(report):
    """The subject of the clause a parenthetical report interrupts, which the parser hung on the
    reporting word, or ``None``: "The tone of the campaign, said Mr Milburn, would be more
    conversational than rhetorical" — the tone would be, Mr Milburn said it; "The answer, says Prof
    Brewer, is wi-fi"."""
    if report.dep_ != "parataxis" or not is_inverted_aside(report):
        behind = (subject_behind_speaker(c) for c in report.children if c.dep_ == "ccomp" and c.i > report.i)
        return next((s for s in behind if s is not None and s.i < report.i), None)
    before = next((c for c in report.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < report.i), None)
    if before is None or report.doc[before.right_edge.i + 1].text != "," or before.right_edge.i + 2 != report.i:
        return None
    return before


# the tags of a reporting verb written after its words and before its speaker: "…, claims his agent."
INVERTED_REPORT_TAGS = frozenset({"VBZ", "VBD", "VBP"})


@once_per_token
def speaker_read_as_object(verb):
    """The speaker of a report written after its words ("…, claims his agent.") whom the parser made the object of
    the reporting verb, or ``None``: "Liverpool winger Harry Kewell is struggling to recover … and may not recover
    until March, claims his agent" (no *— claims — his agent*: the agent claims it, and the words were nobody's);
    "Around 23 million Britons will miss out on …, predicts the report by telecoms giant BT" (the parse coordinated
    *predicts* with the words: *Britons — predicts — the report*). The verb, finite and with no subject, follows a
    comma; its words come before it (a complement, or the clause it is coordinated with, no "and" between); the
    object runs from the verb to the end of the sentence. Not an act with an object of its own ("…, and warned
    investors": "and"), nor "claims an audience of more than a billion people" (a subject of its own)."""
    if verb.pos_ != "VERB" or verb.tag_ not in INVERTED_REPORT_TAGS or verb.i < 2 or not is_reporting(verb):
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != "," or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    end = sentence_of(verb).end
    after = [t for t in doc[obj.right_edge.i + 1:end]]
    if not after or not all(t.is_punct for t in after) or not any(t.text in {".", "!", "?"} for t in after):
        return None
    words_before = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    if not words_before and verb.dep_ == "conj" and verb.head.i < verb.i:
        words_before = not any(t.dep_ == "cc" and t.head.i == verb.head.i for t in doc[verb.head.i + 1:verb.i])
    return obj if words_before else None


@once_per_token  # (see according_to)
def reporting_parataxis(verb):
    """The reporting clause that says who said ``verb``'s clause, as a ``parataxis`` of it, or ``None``.

    After the clause: "Iran is not winning, Trump said". Inside it, between commas: "But, he
    added, those keen to use a mobile will not accept any old handset"; "The economy, he said,
    will not recover". Not a report with its own complement ("…; he said it would").
    """
    for c in verb.children:
        if (c.dep_ == "parataxis" and is_reporting(c) and reported_clause(c) is None
                and (c.i > verb.i or is_parenthetical(c))):
            return c
    inverted = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and speaker_read_as_object(c) is not None),
                    None)
    if inverted is not None:
        return inverted  # "… may not recover until March, claims his agent" (parsed as coordinated)
    closing = (report_closing_a_coordination(verb) or report_closing_after_a_comma(verb)
               or report_closing_as_relative(verb))
    if closing is not None:
        return closing  # "A, but B, the IMF has said": A is the IMF's as well as B
    return quote_tail_conj(verb)


def report_closing_after_a_comma(verb):
    """A reporting clause that ends the sentence after a comma, which the parser made a conjunct or a complement
    of the clause it reports (``verb``), else ``None``. "Deaths in custody have reached "shocking" levels, a
    committee of MPs and peers has warned" (*warned* a ``conj`` of *reached*); "Some parliamentarians and church
    leaders are also siding with the Media Council, Uganda's New Vision newspaper reports" (*reports* a ``ccomp``
    of *siding*). The report has its subject right after the comma, no object or clause of its own, and nothing
    but punctuation after it; no "and"/"but" joins it to ``verb`` ("The firm cut 500 jobs, and analysts said …",
    "…, and warned investors" are acts of their own)."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ not in {"conj", "ccomp"} or c.i < verb.i or not is_reporting(c) or c.tag_ not in INVERTED_REPORT_TAGS | {"VBN"}:
            continue
        if any(g.dep_ in {"dobj", "xcomp", "ccomp", "dative", "prep", "advcl"} for g in c.children):
            continue
        subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
        if subj is None or subj.left_edge.i < 1 or doc[subj.left_edge.i - 1].text != ",":
            continue
        if any(g.dep_ in {"cc", "preconj"} and verb.i < g.i < c.i for g in verb.children):
            continue
        if any(not t.is_punct for t in doc[c.i + 1:sentence_of(c).end]):
            continue
        if doc[subj.left_edge.i - 2].text in DOUBLE_QUOTES:
            continue  # (a quotation's tail report: quote_tail_conj)
        return c
    return None


# the tags of a relative pronoun or adverb: "a charge which the administration denies" is a relative clause indeed
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def is_report_read_as_relative(verb) -> bool:
    """Whether ``verb`` is a reporting clause closing the sentence after a comma that the parser hung as a relative
    clause (``relcl``) on a noun of the clause it reports. "Apple has sold more than six million iPods … and has an
    87% share of the market for portable digital music players, market research firm NPD Group has reported"
    (*reported* a relative clause of *share*); "… despite a rise in output, business lobby group the CBI says" (the
    title *business lobby group* read as an apposition of *rise*, *says* its relative clause); "BMW is preparing to
    enter the market for car-style people carriers, the firm's chief has told BBC News". The report has its own
    subject right after the comma (or after a title written before it), no relative word, no object but the one it
    is told to, no clause of its own, and nothing but punctuation after it. A real relative clause has its noun
    after the comma: ", a charge the company denies", "…, which he denies"."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or not is_reporting(verb) or verb.lemma_.lower() in DENIAL:
        return False
    if verb.tag_ not in INVERTED_REPORT_TAGS and not (verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children)):
        return False
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or any(t.tag_ in RELATIVE_TAGS for t in verb.subtree):
        return False
    if any(c.dep_ in {"ccomp", "xcomp", "advcl", "conj", "attr", "acomp", "oprd", "prt"} for c in verb.children):
        return False  # (a clause of its own, or a phrasal verb: "the blogging world found out")
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children) and verb_lemma(verb) not in ADDRESSING | {"tell"}:
        return False  # (an object of its own: "…, the figures the ONS reported"; the addressee of "told BBC News" is not)
    if any(not t.is_punct for t in doc[verb.right_edge.i + 1:sentence_of(verb).end]):
        return False
    noun = verb.head
    start = subj.left_edge.i
    if noun.dep_ == "appos" and noun.i < start and noun.left_edge.i > 0 and doc[noun.left_edge.i - 1].text == ",":
        title = doc[noun.left_edge.i:start]  # "business lobby group the CBI": the title before the name
        if all(t.pos_ in {"NOUN", "PROPN", "ADJ", "DET", "PUNCT"} and t.text != "," for t in title):
            noun, start = noun.head, noun.left_edge.i
    if start < 2 or doc[start - 1].text != "," or doc[start - 2].text in DOUBLE_QUOTES:
        return False  # (a quotation's tail report: quote_tail_conj)
    return noun.i < start


def report_closing_as_relative(verb):
    """The report closing the sentence of ``verb``, a sentence's main verb, that the parser read as a relative
    clause of one of its nouns (:func:`is_report_read_as_relative`), else ``None``: its speaker said all of it."""
    if verb.head.i != verb.i or is_reporting(verb):
        return None  # (a report of its own: "Then, says Mr Kotamaraja, the blogging world found out")
    return next((t for t in verb.subtree if t.dep_ == "relcl" and is_report_read_as_relative(t)), None)


def report_closing_a_coordination(verb):
    """The reporting verb that closes a sentence of two coordinated clauses, when the parser made it a conjunct of
    the first (``verb``) with the second as its complement, else ``None``: the report covers both. "The Liberian
    economy started to grow in 2004, but "sustained and deep reform efforts" are needed to ensure long term growth,
    the International Monetary Fund (IMF) has said" → the growth is the IMF's statement too; "Some of the projects may
    be allowed to start work again with the proper permits, but others would be cancelled, he said". Only a report
    written after both clauses, its subject before it and nothing but punctuation after it, with the "but"/"and"
    of the first clause between the two: "The firm cut 500 jobs and said profits would fall" (the report's clause
    after it) reports nothing of the first."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "conj" or c.i < verb.i or not is_reporting(c):
            continue
        content = reported_clause(c)
        subj = next((g for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
        if content is None or subj is None or not verb.i < content.i < subj.i < c.i:
            continue
        if any(not t.is_punct for t in doc[c.i + 1:sentence_of(c).end]):
            continue
        if any(g.dep_ == "cc" and verb.i < g.i < content.left_edge.i for g in verb.children):
            return c
    return None




def quote_tail_conj(verb):
    """A reporting clause after a closing quotation mark that the parser coordinated with the
    quote's first clause, or ``None``.

    "Mr Brown's Budget was not about what was good for the country, but "all about the
    interests of the Labour party," the Tory leader said …": *said* hangs on *was* as a
    ``conj``; it has no clause of its own, and a quotation mark stands right before its
    subject (or before *said* in "…," said the Tory leader).
    """
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "conj" or c.i < verb.i or not is_reporting(c) or reported_clause(c) is not None:
            continue
        if any(g.dep_ in {"dobj", "xcomp", "ccomp"} for g in c.children):
            continue
        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if subj is None:
            continue
        first = min(subj.left_edge.i, c.i)
        before = doc[first - 1] if first > 0 else None
        comma = doc[first - 2] if first > 1 else None
        if before is not None and before.text in DOUBLE_QUOTES and comma is not None and comma.text in {",", "!", "?"}:
            return c
    return None


def report_of_a_hung_clause(clause):
    """The reporting verb whose content ``clause`` is, when the parser hung the that-clause on the
    verb's object or on the noun after its "in", else ``None``.

    "Mr Hain told BBC Radio Four's Today programme that Mr Howard's stance … was putting the
    country at risk", "an investigation by the UK's Office of Fair Trading concluded in a 2002
    report that retailers … needed to make pricing more transparent": the clause has a subject and
    "that" of its own, so it is no relative of the noun ("the programme that he presents") but what
    was told or concluded. Not a denial's (its noun's content is denied, modality.py), nor after "to":
    "ministers must respond in Parliament to claims that Y" — the claims are not the ministers'."""
    if clause.dep_ != "acl" or not any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in clause.children):
        return None
    if not has_dep(clause.children, ("nsubj", "nsubjpass", "expl")):
        return None
    noun = clause.head
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "in":
        verb = noun.head.head
    else:
        return None
    if verb.pos_ not in {"VERB", "AUX"} or not is_reporting(verb) or verb_lemma(verb) in DENIAL:
        return None
    return verb


def made_clear(clause):
    """The verb "make" of "X made (it) clear that Y", a report of X's, when ``clause`` is its that-clause, else
    ``None``. "But a letter from Holyrood's Chamber Office chief Ken Hughes also made clear that Mr McLetchie did
    not need to list any of the clients …" (what the letter says), "But the agency made it clear that the improved
    rating did not mean that the risks were a thing of the past", "The minister made clear that the government
    would not back down". The parse hangs the clause on "clear" (advcl, csubj) or on "make" beside it. Not "made
    clear progress" (no that-clause), nor "it is clear that" (no one makes it clear)."""
    head = clause.head
    if not any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in clause.children):
        return made_clear_without_that(clause)
    if head.lemma_.lower() == "clear" and head.dep_ in {"ccomp", "oprd", "acomp"} and head.i < clause.i:
        make = head.head
    elif any(c.lemma_.lower() == "clear" and c.dep_ in {"ccomp", "oprd", "acomp"} and c.i < clause.i
             for c in head.children):
        make = head
    else:
        return None
    return make if make.lemma_.lower() == "make" and make.pos_ == "VERB" else None


def made_clear_without_that(clause):
    """The verb "make" of "X made (it) clear Y" with no "that", when ``clause`` (with a subject of its own) is Y,
    else ``None`` (:func:`made_clear`). "Mr Kennedy made it clear he was determined to counter that accusation",
    "The prime minister has made it clear he has no plans to change the law" (the parse hangs the clause on
    "clear" right before it), "But Mr Snow made clear exchange rates had not been on the agenda" (on "make", the
    "clear" read as a modifier of the clause's first noun). Not "made clear progress" (no clause), nor a clause
    further on ("made it clear from the start, when he was …")."""
    if not has_dep(clause.children, ("nsubj", "nsubjpass", "expl")):
        return None
    head, doc = clause.head, clause.doc
    if (head.lemma_.lower() == "clear" and head.dep_ in {"ccomp", "oprd", "acomp"} and clause.dep_ in {"ccomp", "advcl", "csubj"}
            and clause.left_edge.i == head.i + 1):
        make = head.head
    elif (clause.dep_ == "ccomp" and head.i + 1 < clause.i and doc[head.i + 1].lower_ == "clear"
          and doc[head.i + 1].dep_ == "amod" and clause.left_edge.i == head.i + 1):
        make = head
    else:
        return None
    return make if make.lemma_.lower() == "make" and make.pos_ == "VERB" else None


def quoted_speaker(verb):
    """The person a report quotes: the object of "quoted X as saying" ("“It's above all a question of
    sovereignty,” Reuters quoted a central bank official as saying" → a central bank official;
    "… discussions with MCI, Reuters quoted sources as saying" → sources), whose words the clause
    is — not the agency's. ``None`` for any other verb."""
    if verb.pos_ != "VERB" or verb_lemma(verb) != "quote":
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ in {"pcomp", "pobj"} and is_reporting(g)
                                                                 for g in c.children) for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def attribution(verb, subject_of):
    """``(speaker_token, denied)`` for a clause verb inside reported speech, else ``(None, False)``.

    Walks up the heads of ``verb``: the first clausal-complement edge onto a
    reporting verb gives the speaker (that verb's subject, found with
    ``subject_of``); "according to X" and a reporting ``parataxis`` child
    ("…, Trump said") attribute the clause they are attached to.
    """
    child = verb
    depth = 0
    path = set()  # the clauses walked through: the reporting clause itself reports nothing of its own
    below = None  # the clause walked up from
    while depth < 8:
        path.add(child.i)
        reporter = next((c for c in child.children if is_inverted_reporter(c) or is_speaker_read_as_subject(c)), None)
        if reporter is not None:
            return reporter, False  # "By contrast, says Mr Cox, the Mac mini is almost disposable"
        acc = according_to(child)
        if acc is not None and child.pos_ in {"VERB", "AUX"}:
            own = own_words_reporter(child, below, subject_of)
            if own is not None:
                return own, child.lemma_.lower() in DENIAL  # "According to Mr Peston the prime minister said: "…""
            return acc, False
        c = reporting_parataxis(child)
        if c is not None and c.i not in path:
            subj = subject_of(c)
            if subj is not None:
                return subj, c.lemma_.lower() in DENIAL
        head = child.head
        if head is child:
            break
        following = next_speakers_report(child)
        if following is not None:  # "The Tories say … and Labour says Y": Y is Labour's, and Labour's saying no Tory's
            child = following
            depth += 1
            continue
        if continued_report(child) or goes_on_after_speaker(child) or is_words_read_as_adverbial(child):
            subj = subject_of(head)
            if subj is not None:
                return subj, False  # "X denied A, but B": B is X's, not denied
        report = report_of_a_hung_clause(child)
        if report is not None and subject_of(report) is not None:
            return subject_of(report), False  # "Mr Hain told BBC Radio Four's Today programme that Y"
        report = made_clear(child)
        if report is not None and subject_of(report) is not None:
            return subject_of(report), False  # "a letter from … Ken Hughes also made clear that Y"
        if child.dep_ == "ccomp" and quoted_speaker(head) is not None:
            return quoted_speaker(head), False  # "…, Reuters quoted sources as saying": the sources'
        if child.dep_ == "ccomp" and repeated_report_quote(head) is not None:
            child = head  # 'Laws said: "…," he said': the quotation's ", he said" repeats Laws's report
            depth += 1
            continue
        if child.dep_ == "ccomp" and is_reporting(head) and is_bracketed_away(head, child):
            break  # "How much longer Mr Brown will continue in the job is not clear (he once said …)"
        inner = colon_reporter(child, head)
        if inner is not None and subject_of(inner) is not None:
            return subject_of(inner), inner.lemma_.lower() in DENIAL  # "… reports that Anelka told a French magazine: "I …""
        if child.dep_ == "ccomp" and is_reporting(head) and not is_object_taken(head, child):
            subj = subject_of(head) or gerund_reporter(head, subject_of)
            if subj is not None and is_obliged_knowing(head):
                # "Recipients … should know that the FBI does not …," the FBI said: the FBI's words, not the recipients'
                return attribution(head, subject_of)
            if subj is not None:
                if (subj.lower_ in FIRST_PERSON or subj.lower_ in FIRST_PLURAL or is_evidence(subj, head)
                        or verb_lemma(head) in SHOWING):
                    # "Trump said, “… I'd say Iran is not winning”": the quoted "I" is the outer speaker;
                    # "“We all know slavery existed in our country …,” William Harrison … said": "we" too;
                    # "Dr Nielsen said the success of sites … showed that Y": Y is Dr Nielsen's reading
                    outer, _ = attribution(head, subject_of)
                    if outer is not None:
                        subj = outer
                    elif is_evidence(subj, head) and is_quoted(head):
                        return None, False  # the reading of the quotation's speaker, named in another sentence
                return subj, head.lemma_.lower() in DENIAL
        below = child
        child = head
        depth += 1
    return None, False


# what someone should know, hope or believe (an exhortation, not the attitude of its subject); not KNOWING below
OBLIGED_ATTITUDES = frozenset("know realise realize understand remember recognise recognize appreciate accept believe hope".split())
OBLIGING_MODALS = frozenset({"should", "must", "ought"})


def is_obliged_knowing(verb) -> bool:
    """A verb of knowing that someone should, must or needs to do: the one who should know claims nothing, what
    they should know is the words of whoever says so. '"Recipients of this or similar solicitations should know that
    the FBI does not engage in the practice of sending unsolicited e-mails …," the FBI said' (the FBI's claim);
    "Mr MacDonell said that the first minister should know by now that if he said things which were "off the mark",
    they were bound to "come back and bite him"" (MacDonell's); '"The people who were still doubting us should now
    believe that we were totally innocent," she said' (hers). "He knows that Y" reports what he knows."""
    if verb_lemma(verb) not in OBLIGED_ATTITUDES:
        return False
    if any(c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"need", "have"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_quoted(verb) -> bool:
    """Whether ``verb`` stands inside a quotation opened before it in its paragraph (its Doc): a mark opens or
    closes by its shape, or a straight one by its side. A quoted "This evidence shows Y" is its speaker's reading of the
    evidence: '"This evidence shows Mr Kenteris was never asked to submit to a test …' is the words of Kenteris's
    lawyer, whose "said:" opens the quotation a paragraph before (kg.extract.quotes gives them to him), never the
    claim of "this evidence"."""
    inside = False
    for t in doc_tokens(verb.doc)[:verb.i]:
        if t.text in {"“", "``"}:
            inside = True
        elif t.text in {"”", "''"}:
            inside = False
        elif t.text == '"':  # (by its side, as kg.extract.quotes.quote_spans reads it: '"We …. "Yet …' opens twice)
            inside = (t.i == 0 or bool(t.doc[t.i - 1].whitespace_)) and not t.whitespace_
        elif "\n" in t.text or "\n" in t.whitespace_:
            inside = False  # (a quotation carried into the next paragraph opens again there)
    return inside


def own_words_reporter(report, below, subject_of):
    """The subject of a reporting verb that "according to X" frames, for the words it reports (``below``, the
    clause the walk came up from): whose words they are, as X tells it. "According to Mr Peston the prime
    minister said: "Help me to get through the year and I will then stand down."" → the "I" is the prime
    minister's, not Mr Peston's; "According to the Financial Times, chief operating officer Peter Chernin said
    that News Corp is …". ``None`` for the report itself (no clause below) and for a clause of the report that
    is not what it says (an "after …" clause)."""
    if below is None or below.dep_ not in {"ccomp", "xcomp", "parataxis"} or not is_reporting(report):
        return None
    return subject_of(report)


def colon_reporter(clause, head):
    """The reporting verb right before the colon that opens a quotation ``clause``, when the parser hung the
    quotation on an earlier reporting verb ``head`` whose report that verb is: the quotation is the inner
    speaker's. "The News of the World reports that Anelka told a French magazine: "I either decide to win titles
    or to have an easy life."" → the "I" is Anelka, not the paper; "Mr Peston's book claimed that Mr Brown told
    Mr Blair: "…"". Else ``None``."""
    if clause.dep_ != "ccomp" or not is_reporting(head) or clause.i < head.i:
        return None
    doc, k = clause.doc, clause.left_edge.i
    while k > head.i and doc[k].text in DOUBLE_QUOTES:
        k -= 1
    if k <= head.i or doc[k].text != ":" or k - 1 <= head.i:
        return None
    inner = doc[k - 1]
    while inner.i != head.i and not (inner.pos_ in {"VERB", "AUX"} and is_reporting(inner)):
        if inner.head.i == inner.i:
            return None
        inner = inner.head
    if inner.i == head.i or inner.right_edge.i != k - 1 or inner.i < head.i:
        return None
    return inner


def is_bracketed_away(report, clause) -> bool:
    """A reporting verb inside brackets opened after ``clause``: the bracket's aside reports what it holds, never
    the sentence before it, which the parser may hang on it. "How much longer Mr Brown will continue in the job
    is not clear (he once said there are two types of chancellor …)": the writer says it is not clear; Mr Brown
    said what follows in the bracket."""
    doc = report.doc
    between = doc[clause.right_edge.i + 1:report.i]
    opened = [t for t in between if t.text == "("]
    return bool(opened) and not any(t.text == ")" and t.i > opened[-1].i for t in between)


EVIDENTIAL = verbs_for("evidence")  # a thing bears out a clause: "the figures show that Y"


def is_evidence(subj, verb) -> bool:
    """A thing (a common noun, no name, no body that speaks) as the subject of a verb by which
    evidence bears out a clause: inside someone's report, the clause is that speaker's reading.

    "Dr Nielsen said the success of sites such as Google, Amazon, eBay and Yahoo showed that close
    attention to design and user needs was important": Dr Nielsen says it, the success is his
    evidence. "The survey showed that Y" on its own stays the survey's (no outer speaker); "Mr
    Brown said the company had confirmed that Y" keeps the company, a body that speaks.
    """
    return (verb_lemma(verb) in EVIDENTIAL and subj.pos_ == "NOUN" and subj.ent_type_ not in PERSON_LIKE
            and subj.lemma_.lower() not in AGENT_NOUNS)

# verbs by which anyone, a person too, bears a clause out by deeds, not words: "X said Mr Blair had shown he could
# rouse the party's grassroots" is X's reading of what Mr Blair did (s21 blind row: "the claim is Katrina Bull's,
# attributed to Tony Blair"); on its own ("Mr Blair has shown he can …") the clause stays the shower's
SHOWING = frozenset({"show", "prove", "demonstrate"})

RELATIVE_WORDS = frozenset({"who", "which", "whose", "whom"})


# modals of what may or will be, not what is: the future auxiliaries of lexicon.FUTURE_AUX (curly "’ll" and
# the "wo" of "won't" too) but "shall", which secures (modality.SECURING_MODALS)
SPECULATING = frozenset({"would", "could", "may", "might", "should", "must", "can"}) | (FUTURE_AUX - {"shall"})


def is_comma_relative(clause) -> bool:
    """A relative clause set off by a comma (or a dash) before its relative word, telling what
    happens or happened: "Adams, who died in 2001, …" adds to the noun, it does not pick it out.
    Not a judgement ("the tax, which is unfair, …"), an estimate ("which could cost up to £100m")
    or a report of its own ("Pullman, who had told him that …"): those are the speaker's."""
    if not is_set_off_relative(clause) or is_reporting(clause):
        return False
    return not (clause.lemma_.lower() == "be" and any(c.dep_ == "acomp" for c in clause.children))


def is_set_off_relative(clause) -> bool:
    """A relative clause set off by a comma (or a dash) before its relative word, with no modal of
    speculation: it tells something of a noun already picked out ("its banking system, which is
    weighed down by billions of dollars of unpaid loans"), not of one still to be ("satisfactory
    deals, which will tie them to the club")."""
    first = clause.left_edge
    if not (clause.dep_ == "relcl" and first.lower_ in RELATIVE_WORDS and first.i > 0
            and clause.doc[first.i - 1].text in {",", "-", "–", "—"}):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in SPECULATING for c in clause.children)


def is_past_background(clause) -> bool:
    """An after/since clause in the past tense hung on a verb that is not past: the event it dates
    from is told, not part of what is hoped or held now. "Allardyce hopes Candela's arrival will
    relieve Bolton's injury crisis after defender Nicky Hunt limped out injured"; "Sir Alex
    Ferguson said he has no regrets after his second-string side lost 3-0". Not "he was delighted
    after his side won" (both past: what he felt then, his); not causal "since" ("Brown said he
    will resign since the party betrayed him": his reason, his claim); not a clause about the one
    the report is about, named again or as a pronoun ("Police said a man is being questioned after
    he attacked two officers": the allegation stays the police's)."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and (c.lower_ == "after" or c.lower_ == "since" and is_perfect(clause.head))
                                         for c in clause.children):
        return False
    if clause.tag_ != "VBD" and not any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in clause.children):
        return False
    head = clause.head
    group = [head] + [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    return not any(t.tag_ == "VBD" for t in group) and not is_about_the_reported_subject(clause)


def is_perfect(verb) -> bool:
    """A verb in the perfect ("have spent"), the tense a "since" of time goes with: "authorities have
    spent more than £3bn since Labour won power" (time), not "he will resign since the party
    betrayed him" (reason)."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def is_about_the_reported_subject(clause) -> bool:
    """Whether the subject of an after-clause is a pronoun, or the subject of the clause it hangs
    on named again: "Jones is being held after *he* shot his neighbour" — what Jones did is the
    point of the report, not background to it."""
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.tag_ == "PRP":
        return True
    outer = next((c for c in clause.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return outer is not None and outer.lower_ == subj.lower_


def writers_aside(verb) -> bool:
    """A clause the writer adds to someone's reported words: a comma-set relative clause inside
    indirect speech, a past event a present or future claim is dated from (:func:`is_past_background`),
    or a clause describing the source of "according to X".

    "The executor said that Adams, who died in 2001, would have been "delighted" with the choice":
    that Adams died in 2001 is the article's background, not the executor's claim; "according to
    figures collected by the Interactive Media in Retail Group which represents web retailers": the
    group represents retailers, the figures say nothing of it. Inside a quotation ("“The company,
    which employs 500 people, …,” Mr Smith said") the relative clause is the speaker's own words.
    """
    child, aside, depth = verb, None, 0
    while child.head.i != child.i and depth < 12:
        head = child.head
        if aside is None and child.dep_ == "ccomp" and is_reporting(head):
            return False  # reported inside the aside: "Pullman, who had told him that the Authority could …"
        if aside is None and (is_comma_relative(child) or is_past_background(child)):
            aside = child
        if child.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according" and child.i != verb.i:
            return True  # (inside the phrase naming the source)
        if aside is not None and child.dep_ == "ccomp" and is_reporting(head) and head.i < aside.i:
            sent = sentence_of(verb)
            return not any(t.text in DOUBLE_QUOTES for t in verb.doc[sent.start:aside.left_edge.i])
        child, depth = head, depth + 1
    return False


# verbs of knowing or believing: what follows them after "but" is not more of what someone said
KNOWING = frozenset("know think believe reckon hope fear expect doubt realise realize show find feel suspect".split())


@once_per_token
def is_inverted_reporter(subj) -> bool:
    """The speaker of a parenthetical "…, said X, …" whom the parser made the subject of the clause
    it reports.

    "By contrast, says Mr Cox, the Mac mini is almost disposable": *Mr Cox* hangs on *is* as a
    second subject; he says it, the Mac mini is the subject.
    """
    if subj.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    doc, first, last = doc_tokens(subj.doc), subj.left_edge.i, subj.right_edge.i
    comma = last if doc[last].text == "," else last + 1  # (the parser may hang the comma on the name)
    if first < 2 or comma >= len(doc) or doc[comma].text != "," or doc[first - 2].text != ",":
        return False
    verb = doc[first - 1]
    if not is_reporting(verb) or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i > last for c in subj.head.children)


# what may stand before a parenthetical report that reports what follows its speaker: an opening adverbial
# ("Often,", "On a larger scale,", "If Steam proves effective …,"), never the reported words themselves
OPENER_DEPS = frozenset({"advmod", "prep", "advcl", "npadvmod", "punct", "cc", "mark", "intj"})


def reporter_right_before(noun):
    """The reporting verb written right before ``noun``'s phrase and right after a comma ("…, said *Mr
    Trainor*, …"), with no subject of its own after it, or ``None``."""
    doc = doc_tokens(noun.doc)
    k = noun.left_edge.i - 1
    if k < 1 or doc[k - 1].text != ",":
        return None
    verb = doc[k]
    if verb.pos_ != "VERB" or not is_reporting(verb) or any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > verb.i
                                                            and c.i != noun.i for c in verb.children):
        return None
    return verb


def reports_what_follows(report) -> bool:
    """A parenthetical reporting verb with only an opening adverbial before it: what it reports comes after its
    speaker. "On a larger scale, said Mr Trainor, improvements … can reduce …", "Currently, says Dr Paniccia,
    telecommunications equipment … is very expensive". Not "…, said Ben Wood, principal analyst at Gartner"
    (its words come before it), nor a report the parser hung on the clause before it."""
    if report.head.i < report.i:
        return False
    return all(c.dep_ in OPENER_DEPS for c in report.children if c.i < report.i)


def subject_behind_speaker(verb):
    """The subject of a reported clause that the parser gave to the speaker of the parenthetical report before
    it, or ``None``. The speaker is the one who says; the clause's own subject is either the noun after the
    speaker's comma, which the parser made the speaker's apposition, or the noun before the report, which it
    made the report's subject:

    "On a larger scale, said Mr Trainor, improvements in the way that voltage regulators are made can reduce
    the amount of power lost as heat" → the improvements can reduce it (Mr Trainor says so), not *Mr Trainor —
    can reduce —*; "Often, said Mr Pearson, this sensitive information was invisible"; "The problem they face,
    said Shailendra Jain, head of MMS firm Adamind, is educating people …" → the problem is. A true apposition
    of the speaker is closed by its own comma ("…, said Shailendra Jain, head of MMS firm Adamind, is …")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    speaker = with_dep(verb.lefts, ("nsubj", "nsubjpass"))
    if speaker is None or speaker.pos_ != "PROPN":
        return None
    report = reporter_right_before(speaker)
    if report is None or verb not in list(report.subtree) or report.i > verb.i:
        return None
    doc = doc_tokens(verb.doc)
    appos = next((c for c in speaker.children if c.dep_ == "appos" and speaker.i < c.i < verb.i
                  and doc[c.left_edge.i - 1].text == ","), None)
    if appos is None:
        return None
    if doc[appos.right_edge.i + 1].text != ",":
        if reports_what_follows(report) and appos.pos_ in {"NOUN", "PROPN"}:
            return appos  # the noun after the comma runs on into the clause: its subject
        return None
    lent = next((c for c in report.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < report.i), None)
    if lent is not None and doc[lent.right_edge.i + 1].text == "," and lent.right_edge.i + 2 == report.i \
            and all(doc[k].head.i == verb.i for k in range(appos.right_edge.i + 2, verb.i)):
        return lent
    return None


def is_speaker_read_as_subject(subj) -> bool:
    """Whether ``subj`` is the speaker of a parenthetical report that the parser made the subject of the
    clause it reports (:func:`subject_behind_speaker`)."""
    return subj.dep_ in {"nsubj", "nsubjpass"} and subject_behind_speaker(subj.head) is not None


def is_reported_subject_read_as_apposition(tok) -> bool:
    """Whether the "apposition" ``tok`` of a speaker written after a parenthetical report that reports what
    follows is the subject of the reported words, not a second name of the speaker: "Currently, says Dr
    Paniccia, telecommunications equipment … is very expensive" (no *Dr Paniccia — be — telecommunications
    equipment*). "…, said Ben Wood, principal analyst at research firm Gartner" keeps its apposition."""
    if tok.dep_ != "appos" or tok.head.pos_ != "PROPN" or tok.i < tok.head.i:
        return False
    doc = doc_tokens(tok.doc)
    if doc[tok.left_edge.i - 1].text != ",":
        return False
    report = reporter_right_before(tok.head)
    if report is None or not reports_what_follows(report):
        return False
    end = tok.right_edge.i + 1
    return end >= len(doc) or doc[end].text != ","  # (a second name of the speaker is closed by its comma)


# subordinators by which the words after a report's speaker go on with what is said ("…, said Mr X, because …")
GOING_ON_MARKS = frozenset({"because", "though", "although", "so"})


def goes_on_after_speaker(clause) -> bool:
    """A clause the parser hung on a report written after its words and its speaker, which goes on with the
    words: "Incidents like this happen, said Mr Thiemann, because when banks start using Windows cash machines
    they also change the networking technology …" (his explanation); "Delivering programmes over broadband offers
    clear public value, says the BBC, because it gives people more control"; "A typical episode of 24 was
    downloaded by about 100,000 people globally, said the report, and an estimated 20,000 of those were from
    within the UK". Not the speaker's own doing after his name ("…, said Mr X, speaking at …": no subject of its
    own, or a "when" of the writer's), nor what the writer sets against his words with "but" ("…, said Mr Ross,
    but the test revealed that …"), nor a named party ("…, and Tory Dominic Grieve branded …")."""
    report = clause.head
    if clause.dep_ not in {"advcl", "conj"} or clause.i < report.i or report.pos_ != "VERB" or not is_reporting(report):
        return False
    words = reported_clause(report)
    speaker = next((c for c in report.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if words is None or speaker is None or words.right_edge.i >= min(report.i, speaker.i) or speaker.i > clause.i:
        return False
    own = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if own is None or own.pos_ == "PROPN" or own.i < speaker.right_edge.i:
        return False
    doc = clause.doc
    if clause.dep_ == "advcl":
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in GOING_ON_MARKS), None)
        return mark is not None and mark.i > 0 and doc[mark.i - 1].text == ","
    return any(c.dep_ == "cc" and c.lower_ == "and" and speaker.right_edge.i < c.i < clause.i
               and doc[c.i - 1].text == "," for c in report.children)


def is_words_read_as_adverbial(clause) -> bool:
    """The words before a reporting clause at a sentence's end that the parser read as an adverbial clause of
    the reporting verb: a finite clause with a subject of its own and no subordinator, then a comma and the
    speaker. "As a telecoms company, BT is moving to a content distribution strategy, Andrew Burke, chief of BT's
    new Entertainment unit told the IPTV World Forum" (blind s19 end audit: Burke's claim with no speaker). Not
    "When the bill was published, ministers said …" (a subordinator: the writer's time), nor a participle ("Asked
    about the plans, he said …")."""
    report = clause.head
    if clause.dep_ != "advcl" or clause.i > report.i or report.pos_ != "VERB" or not is_reporting(report):
        return False
    if any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ in {"WRB"}) for c in clause.children):
        return False
    if clause.tag_ not in {"VBZ", "VBP", "VBD", "MD"} and not any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP", "VBD", "MD"}
                                                                  for c in clause.children):
        return False
    own = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    speaker = next((c for c in report.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < report.i), None)
    if own is None or speaker is None or speaker.i < clause.i:
        return False
    doc = clause.doc
    end = clause.right_edge.i if doc[clause.right_edge.i].text == "," else clause.right_edge.i + 1
    return end < len(doc) and doc[end].text == "," and speaker.left_edge.i == end + 1


@once_per_token
def continued_report(verb) -> bool:
    """A clause joined by "but" (or "but that") after a report's complement, coordinated with the
    reporting verb by the parser: the report goes on.

    "Dr Gibbons said he accepted there was a problem, but his job now was to build on the
    foundations put in place by his predecessor"; "He said the discrepancy was only in the
    paperwork, but that money had indeed been transferred on 14 December". A clause with no
    subject of its own is the reporter's next act ("said … but refused to …"), and so is a report
    of its own, and a clause about a named party ("The Ospreys and Scarlets say they are happy …,
    but the Dragons have expressed disappointment").
    """
    report = verb.head
    if verb.dep_ != "conj" or not is_reporting(report) or is_reporting(verb) or verb.lemma_.lower() in DENIAL:
        return False
    if verb_lemma(report) in KNOWING:
        return False  # "Nobody knows how many …, but it is clear that …": knowing says nothing more
    content = reported_clause(report)
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if content is None or content.i > verb.i or subj is None:
        return False
    if subj.pos_ == "PROPN":
        return False  # "Mr Blair said … but Tory Dominic Grieve branded …": another party, the reporter's contrast
    if is_reporters_present(report, verb):
        return False
    return (any(c.dep_ == "cc" and c.lower_ == "but" and content.i < c.i < verb.i for c in report.children)
            or any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
            or is_backshifted_and_clause(verb, report, content))


# the modals a past report shifts its content's "will", "can", "may", "shall" into
PAST_MODALS = frozenset({"would", "could", "might", "should"})
# the pronouns by which a reporter goes on about itself or what it reported on
REPORTER_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})


def is_backshifted_and_clause(verb, report, content) -> bool:
    """Whether ``verb``, a clause with a subject of its own that the parser coordinated with "and" to a
    report in the past after the report's complement, is shifted back into the report's time as its
    complement is: a past modal ("would", "could") or a past perfect ("had been"). The report goes on:
    "LG Group has said any package should reflect …, and it would not accept an unfair burden" (LG's
    refusal, not the writer's fact; after a perfect report, also "and it will not accept …", a pronoun's
    "will"); "He said nothing had changed in respect of his work with the law firm
    and it was a matter he would have to discuss …" is left alone (a plain past may be the writer's next
    event: "It accused the firm of …, and the courts sent in bailiffs"). Not a report in the present
    ("says … and the talks will …"), nor across a quotation opened after the report."""
    if not any(c.dep_ == "cc" and c.lower_ == "and" and content.right_edge.i < c.i < verb.i for c in report.children):
        return False
    perfect = report.tag_ == "VBN" and finite_word(report).lemma_ == "have"
    if tense_of(finite_word(report)) != "past" and not perfect:
        return False  # ("has said": a perfect report shifts back too)
    if opens_a_quote_between(report, verb):
        return False
    group = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if not group:
        return False
    first = group[0]
    if first.lower_ in PAST_MODALS:
        return True
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if perfect and first.lower_ in {"will", "wo"} and subj is not None and subj.lower_ in REPORTER_PRONOUNS:
        return True  # "LG Group has said …, and it will not accept an unfair burden": after a perfect report, unshifted
    return first.lemma_ == "have" and first.tag_ == "VBD" and any(
        t.tag_ == "VBN" for t in group[1:] + [verb])


def is_reporters_present(report, verb) -> bool:
    """A clause in the present after a report in the past, joined to the reporting verb with no "that": the
    report's tense would have shifted it back ("his job now was …"), so the present is the reporter's own time —
    the reporter goes on, not the speaker. "She also previously revealed that a character will be killed in the
    sixth book, but she has given no hints as to who it might be": the writer says she has given none (no
    *she — has given — hints* by her)."""
    if report.tag_ != "VBD" or any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    if any(t.text in DOUBLE_QUOTES for t in verb.doc[report.i:verb.i]):
        return False  # (a quotation goes on in its own tense)
    group = [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    return any(t.tag_ in {"VBZ", "VBP"} for t in group) and not any(t.tag_ in {"VBD", "MD"} for t in group)


# verbs that judge someone for what they said: "accused X of claiming …", "praised X for saying …"
JUDGING = frozenset("""accuse criticise criticize blame attack condemn praise thank congratulate applaud slam rebuke
fault chide mock ridicule berate castigate""".split())


# the labels of a name the parse can swallow into a phrase that opens the sentence
SWALLOWED_NAME_LABELS = frozenset({"PERSON", "ORG"})


@once_per_token
def name_swallowed_by_opening(verb):
    """The head of the reporter's name that the parser made the last word of a phrase opening the sentence, no
    comma between them, or ``None``: "In a speech to the Foreign Policy Centre Mr Straw said …" (the parse: *to
    the Foreign Policy Centre Mr Straw*, and "said" with no subject — the content was nobody's), "At the Consumer
    Electronics Show in Las Vegas Microsoft boss Bill Gates said Xbox 2 would be …", "Speaking in Harrogate Mr
    Kennedy said: …" (the participle read as the subject). The name is the run of proper nouns right before the
    reporting verb, from its last title ("Mr", "Lord" …) or as the entity recogniser ends it at the verb; the phrase
    holds more than the name ("In Britain said" has no name of its own). Not with a subject of its own ("At home he
    said …"), nor a comma before the verb ("In a statement, Google said …": the parse finds Google)."""
    if verb.pos_ != "VERB" or not is_reporting(verb) or verb.i == 0:
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"}]
    if any(c.dep_ != "csubj" or c.tag_ != "VBG" for c in subjects):
        return None  # (a participle opening the sentence, "Speaking in Harrogate", is no subject)
    doc = verb.doc
    last = doc[verb.i - 1]
    if last.pos_ != "PROPN":
        return None
    start = sentence_of(verb).start
    opener = next((c for c in verb.children if c.i < verb.i and c.left_edge.i == start and c.right_edge.i == verb.i - 1
                   and (c.dep_ == "prep" or c.dep_ in {"csubj", "advcl"} and c.tag_ == "VBG")), None)
    if opener is None or any(t.text in {",", ";", ":"} or t.text in DOUBLE_QUOTES for t in doc[start:verb.i]):
        return None
    k = last.i
    while k - 1 > opener.i and doc[k - 1].pos_ == "PROPN":
        k -= 1
    name_start = next((t.i for t in reversed(doc[k:last.i]) if t.text.rstrip(".").lower() in HONORIFICS), None)
    if name_start is None:
        ent = next((e for e in doc.ents if e.end == verb.i and e.label_ in SWALLOWED_NAME_LABELS), None)
        if ent is None or ent.start < k:
            return None
        name_start = ent.start
    if name_start <= opener.i + 1 or doc[name_start - 1].tag_ in {"DT", "PRP$", "POS"}:
        return None  # ("In Britain said …", "at the Microsoft said …": the phrase's own noun)
    return last


def swallowed_name_start(head):
    """The first token of the name :func:`name_swallowed_by_opening` found, if ``head`` is its head, else ``None``:
    the speaker is "Mr Straw", not "the Foreign Policy Centre Mr Straw"."""
    doc = head.doc
    if head.pos_ != "PROPN" or head.i + 1 >= len(doc) or doc[head.i + 1].pos_ != "VERB":
        return None
    verb = doc[head.i + 1]
    if name_swallowed_by_opening(verb) is None:
        return None
    k = head.i
    while doc[k - 1].pos_ == "PROPN":
        k -= 1
    titled = next((t.i for t in reversed(doc[k:head.i]) if t.text.rstrip(".").lower() in HONORIFICS), None)
    if titled is not None:
        return titled
    ent = next((e for e in doc.ents if e.end == verb.i and e.label_ in SWALLOWED_NAME_LABELS), None)
    return ent.start if ent is not None else None


def gerund_reporter(verb, subject_of):
    """The speaker of a reporting gerund after a preposition ("after claiming …"): the subject of
    the clause the preposition hangs on — or the one it judges ("accused the party of claiming it
    would spend less": the party claimed it) — or ``None``.

    "Newcastle boss Graeme Souness has reopened his dispute with Craig Bellamy after claiming
    the Welshman was "not good enough" for the Magpies": Souness claimed it.
    """
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return None
    if verb.head.lower_ == "as":
        # "Israeli media quoted officials as saying Washington appears closer": the officials
        # said it, not the media; the gerund after "as" reports the governor's object
        return quoted_person(verb.head.head)
    governor = verb.head.head
    if governor.pos_ not in {"VERB", "AUX"}:
        return None
    judged = next((c for c in governor.children if c.dep_ == "dobj"), None)
    if judged is not None and verb_lemma(governor) in JUDGING:
        # "Mr Smith criticised the government for claiming the EU constitution would make …": the
        # government claimed it; Mr Smith criticised the claim
        return judged
    return subject_of(governor)


def quoted_person(governor):
    """The one "quoted as saying", or ``None``: in the passive "Louis Michel, was quoted as saying
    that it was key to bring aid", "with Mr Dixon quoted as saying that the carrier could no longer
    afford to remain “all-Australian”" (not the company whose warning the clause hangs on); in the
    active, the object: "Israeli media quoted officials as saying Washington appears closer"."""
    if governor.lemma_.lower() != "quote":
        return None
    quoted = next((c for c in governor.children if c.dep_ == "dobj"), None)
    return quoted or next((c for c in governor.children if c.dep_ in {"nsubjpass", "nsubj"}), None)


def is_object_taken(report, clause) -> bool:
    """A clause parsed as the complement of a later verb that has an object of its own: the verb
    does not report it.

    "… James Ford, pleaded guilty to her murder and was jailed for at least 15 years - it would
    have been longer had he denied the charge": *pleaded* hangs on *denied* as a complement, but
    what he would have denied is the charge, and he pleaded guilty.
    """
    if clause.i > report.i or speaker_read_as_object(report) is not None:
        return False  # ("…, claims his agent": the object is the speaker)
    if is_joined_before(report, clause):
        return True
    if report.lemma_.lower() in ADDRESSING or not any(c.dep_ == "dobj" for c in report.children):
        return False
    # a quotation closing between them is the quote and its reporting clause ("“…,” Trump told reporters")
    return not any(t.text in DOUBLE_QUOTES for t in report.doc[clause.right_edge.i:report.i])


# words that join a clause to the next as its sequel: "X, so he asked …" reports nothing of X
CONNECTIVES = frozenset("so and but then yet therefore thus hence".split())


def is_joined_before(report, clause) -> bool:
    """A clause before a reporting verb joined to it by a connective ("so", "and", "but" …): the
    next event, not the words of the report.

    "Mr Curry is not a computer programmer, so he asked others to create one for him": the
    parser hangs *is* on *asked* as its complement, but he asked others for software; that he is
    no programmer is the writer's. "…, he said" has nothing between the clause and its report.
    """
    between = report.doc[clause.right_edge.i + 1:report.i]
    return any(t.lower_ in CONNECTIVES and t.head.i == report.i and t.dep_ in {"cc", "advmod"} for t in between)


# verbs of saying whose object is the one spoken to: "“We will respond,” Trump told reporters"
ADDRESSING = frozenset("tell inform warn assure reassure remind ask urge notify advise promise brief".split())


@once_per_token
def swallowed_addressee(noun):
    """Where the name of whom a verb of telling addressed ends, when the parser read it as the first
    words of the reported clause's subject (``None`` otherwise): "Sources within the Conservative
    Party told the BBC Michael Howard has always been in favour of ID cards" — the BBC is told, and
    the subject is Michael Howard, not "the BBC Michael Howard"; "Ms Kelly told the BBC progress had
    been made", "Mr Lammy told BBC News Labour MPs would not get a free vote". Only when the verb has
    no object of its own ("told Reuters news agency the site's documents …" is parsed right) and the
    name is followed by the subject's own words, not by a noun it modifies ("told the Labour party
    conference delegates …" names no addressee)."""
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        verb = noun.head.head
        if noun.head.dep_ != "ccomp" or noun.head.i < noun.i or any(c.dep_ in {"dobj", "dative", "iobj"} for c in verb.children):
            return None
    elif noun.dep_ == "dobj":  # the parser's one object, the subject of the clause after it (content_conj)
        verb = noun.head
        if not any(c.i > noun.i and content_conj(c) is noun for c in verb.children if c.dep_ in {"ccomp", "conj"}):
            return None
    else:
        return None
    if verb.lemma_.lower() not in ADDRESSING or noun.left_edge.i != verb.i + 1:
        return None
    doc = noun.doc
    first = doc[noun.left_edge.i]
    if first.dep_ == "det" and first.lower_ == "the" and first.i + 1 < noun.i:
        first = doc[first.i + 1]
    if first.ent_iob_ != "B" or first.ent_type_ not in {"ORG", "PERSON", "GPE", "WORK_OF_ART"}:
        return None
    end = first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end > noun.i:
        return None
    after = doc[end]
    if after.is_punct or after.tag_ == "POS":
        return None  # "told the BBC's Today programme …", "told the BBC, …"
    if not (after.ent_iob_ == "B" or after.i == noun.i or (after.head.i == noun.i and after.dep_ != "compound")
            or (after.head.i == noun.i and after.pos_ == "PROPN")):
        return None
    return end


# verbs that take a clause as their object without reporting it: what is secured, shown, learnt or regretted
# ("new plans will ensure fosterers' allowances would be as fair as possible"; content_conj)
CLAUSE_TAKING = frozenset("""ensure guarantee prove demonstrate establish mean imply learn realise realize regret
understand recognise recognize notice""".split())


def is_finite_be(verb) -> bool:
    """A finite "be" heading a clause ("was", "is", "are"): never a noun, so the clause is plain without an
    auxiliary ("had learned military force was not the only way": *was* heads what he learned)."""
    return verb.lemma_ == "be" and verb.tag_ in {"VBD", "VBZ", "VBP"}


@once_per_token
def subject_left_in_object(verb):
    """The object of a verb that takes a clause (a verb of saying, denying or :data:`CLAUSE_TAKING`) that is
    really the subject of ``verb``: a finite verb with no subject, opening word or "to" of its own, written right
    after that object's phrase, which the parser hung higher up (an adverbial clause, a conjunct) once the
    subject was a list. "He promises to ensure frontline professionals, parents and patients make the key
    decisions rather than Whitehall "bureaucrats"" → the professionals, parents and patients make them, and
    that is what he promises to ensure (not "He — promises to ensure — frontline professionals"). ``None``
    when a comma or another word stands between them, or the verb's number is not the object's ("ensured
    the players make", not "ensured the player make")."""
    if (verb.dep_ not in {"advcl", "conj"} or verb.tag_ not in {"VBP", "VBZ", "VBD"}
            or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass", "mark", "aux", "auxpass"}
                   for c in verb.children if c.i < verb.i)
            or verb.left_edge.i != verb.i):
        return None
    governors = [verb.head] + [x for x in verb.head.subtree if x.dep_ == "xcomp" and x.i < verb.i]
    for gov in governors:
        if not (is_reporting(gov) or gov.lemma_.lower() in DENIAL or verb_lemma(gov) in CLAUSE_TAKING):
            continue
        obj = next((c for c in gov.children if c.dep_ == "dobj" and c.right_edge.i + 1 == verb.i), None)
        if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
            continue
        plural = obj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in obj.children)
        if verb.tag_ == "VBP" and not plural or verb.tag_ == "VBZ" and plural:
            return None
        return obj
    return None


@once_per_token
def content_conj(verb):
    """The object that is really the subject of ``verb``, when the parser coordinated a reported
    clause with its reporting verb ("and" missing), else ``None``.

    "The attorney general has denied his statement to Parliament … was drafted by Downing
    Street officials": *drafted* is parsed as a conjunct of *denied*; its subject is
    *statement*, and the clause is what was denied. The same with the clause parsed as a
    complement missing its subject: "France coach Bernard Laporte accepted his side had not
    played well" (*side* is the object of *accepted*). Of two objects of "tell", the one right before the
    clause: "told Reuters news agency the site's documents "do not guarantee …"" (the documents do not).
    """
    head = verb.head
    if (verb.dep_ not in {"conj", "ccomp"} or head.pos_ not in {"VERB", "AUX"}
            or not (is_reporting(head) or head.lemma_.lower() in DENIAL
                    or verb.dep_ == "ccomp" and verb_lemma(head) in CLAUSE_TAKING)):
        return None
    if has_dep(verb.children, ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")):
        return None  # ("told BBC News Online that selling Argonaut was the only way": a clausal subject)
    if any(c.dep_ == "mark" and c.i < verb.i for c in verb.children):
        return None  # (what comes before its "that" is no part of the clause)
    if not (any(c.dep_ in {"aux", "auxpass"} and c.i < verb.i for c in verb.children) or is_finite_be(verb)):
        return None
    # after "tell", the last object before the clause: "Arnoldo Marquez told Reuters news agency the site's
    # documents "do not guarantee …"" (the parser's two objects: the one told, then the clause's subject)
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    obj = (objects[-1] if head.lemma_.lower() == "tell" else objects[0]) if objects else None
    if obj is None:
        return None
    between = verb.doc[obj.right_edge.i + 1:verb.left_edge.i]
    if any(t.is_punct or t.dep_ == "cc" for t in between) or any(c.dep_ == "cc" and obj.i < c.i < verb.i for c in head.children):
        return None
    if any(c.dep_ == "acl" and c.tag_ == "VBG" and is_reporting(c) for c in obj.children):
        return None  # "rejected that idea saying intercept evidence is …": the clause is what "saying" says
    return obj


@once_per_token
def inverted_report(verb):
    """The reporting (or denying) verb parsed as a complement *before* ``verb`` although ``verb``
    is what it reports, else ``None``.

    "Mr Knapman rejected the idea Mr Kilroy-Silk posed a threat to UKIP": the parser
    makes *posed* the root and *rejected* its complement; the threat is the rejected idea. The same
    inside a concessive clause, the report read as the clause of its content: "While he said the Oscar
    voting panel were not "snubbing" Moore's film, he thought …" (his claim, no fact of the writer's).
    """
    subj = with_dep(verb.children, ("nsubj", "nsubjpass"))
    if subj is None:  # (a subject the parse hung on the auxiliary: "the … panel were not "snubbing" …")
        subj = next((g for c in verb.children if c.dep_ in {"aux", "auxpass"} for g in c.children
                     if g.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return None
    for c in verb.children:
        if ((c.dep_ == "ccomp" or c.dep_ == "advcl" and is_concessive(c)) and c.i < subj.i
                and (is_reporting(c) or c.lemma_.lower() in DENIAL)
                and any(g.dep_ == "nsubj" for g in c.children) and reported_clause(c) is None
                and c.right_edge.i + 1 == subj.left_edge.i):
            return c
    return None


# the marks of a clause conceded before the main one: "While he said …, he thought …", "although Baros insisted …"
CONCESSIVE_MARKS = frozenset({"while", "although", "though", "whereas"})


def is_concessive(clause) -> bool:
    """An adverbial clause opened by "while", "although", "though" or "whereas"."""
    return any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in clause.children)


def inverted_subject(verb):
    """The reporter as the subject of a verb coordinated with an inverted report's content.

    "Mr Knapman rejected the idea Mr Kilroy-Silk posed a threat to UKIP and queried why …":
    *queried* hangs on *posed* in the parse, but its subject is Mr Knapman.
    """
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    report = inverted_report(verb.head)
    if report is None:
        return None
    return next((c for c in report.children if c.dep_ == "nsubj"), None)


# participles of what a noun shows or claims, which take a clause with no "that" ("data showing the economy grew")
CLAUSE_SHOWING = frozenset("show suggest indicate reveal claim say confirm predict prove signal".split())


@once_per_token
def report_cut_from_its_clause(verb):
    """The reporting "-ing" participle after a noun whose object the parser cut from the clause it reports, and whose
    noun it made that clause's subject, else ``None``: "the central bank released growth figures showing Malaysia's
    economy expanded 7.1% in 2004" (the economy expanded; the figures show it), "the move was ill-timed given data
    showing the Australian economy grew just 0.1%", "with sources claiming such a step may still be weeks away". The
    object runs right up to the verb (or its first auxiliary) with no comma between: "A US government claim accusing
    the country's biggest tobacco companies of covering up the effects of smoking has been thrown out" keeps its
    subject ("accuse" takes no clause), and so do "recent figures from the Land Registry - showing a big drop in sales … - suggested …" and
    "The firm, reporting its first annual results …, said …" (set off)."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ in {"aux", "auxpass"}:
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
    if subj is None:
        return None
    start = min([verb.i] + [c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < verb.i])
    for part in subj.children:
        if (part.dep_ == "acl" and part.tag_ == "VBG" and subj.i < part.i < start
                and verb_lemma(part) in CLAUSE_SHOWING and not part.doc[part.i - 1].is_punct):
            obj = next((c for c in part.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.right_edge.i + 1 == start and not any(
                    c.dep_ in {"ccomp", "xcomp"} for c in part.children):
                return part
    return None


def is_report_cut_from_its_clause(participle) -> bool:
    """The participle of :func:`report_cut_from_its_clause` ("growth figures showing Malaysia's economy expanded"):
    its reading ("growth figures — be showing — Malaysia's economy") has its clause cut off and is no fact."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG":
        return False
    verb = participle.head.head
    return participle.head.dep_ in {"nsubj", "nsubjpass"} and report_cut_from_its_clause(verb) is participle


REPORTING_PARTICIPLES = verbs_for("carry")  # "…, adding that …", "…, saying …", "…, arguing …"
DASHES = frozenset({"-", "–", "—"})


def participle_reporter(verb):
    """The reporting verb whose subject says a comma-set reporting participle that the parser
    hung on a verb inside the report's complement (or inside a relative clause set off by
    dashes), else ``None``: the reporter goes on speaking.

    "Krispy Kreme said accounting errors had forced the move, adding that its board of directors
    made the decision …": Krispy Kreme adds it, not the accounting errors; "Patricia Hewitt said
    people would not be forced to work longer …, saying the default age was not a statutory …
    retirement age": Hewitt; "He denied fathers' activists had forced the changes, telling the
    BBC …": he tells it. But when the reported clause tells an act that someone who can speak did,
    the participle is that person's: "Police said the man had attacked his wife, telling her he
    would kill her" — the man tells her (:func:`reports_a_speakers_act`) — except "adding", which
    goes on with the report itself: "He said Mr Blair had spoken with 'such sincerity', adding: …"
    is his. "Unions criticised the possible move - which may affect cabin and
    maintenance staff - saying Qantas was profitable": the unions; "Mr Balls rejected the allegation that
    Mr Brown had been sidelined …, saying he was playing a "different" role": Mr Balls
    (:func:`denial_of_content`). A participle after a
    restrictive relative ("… a new report was published by the IFS, suggesting that …") is the
    relative clause's own; one inside a quotation opened after the report is the quoted
    speaker's own words (:func:`opens_a_quote_between`).
    """
    if (verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in REPORTING_PARTICIPLES
            or verb.i == 0 or verb.doc[verb.i - 1].text not in DASHES | {","}
            or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children)):
        return None
    head = verb.head
    if (head.dep_ == "ccomp" and head.head.i < head.i and is_reporting(head.head)
            and not opens_a_quote_between(head.head, verb)
            and (verb.lemma_.lower() == "add" or not reports_a_speakers_act(head))):
        return head.head
    denial = denial_of_content(head)
    if denial is not None and not opens_a_quote_between(denial, verb):
        return denial  # "rejected the allegation that Mr Brown had been sidelined …, saying …": the rejecter
    if head.dep_ == "relcl" and verb.doc[verb.i - 1].text in DASHES and head.left_edge.i > 0:
        opened = verb.doc[head.left_edge.i - 1].text in DASHES
        noun = head.head
        if opened and noun.dep_ in {"dobj", "pobj", "nsubj"} and noun.head.pos_ in {"VERB", "AUX"}:
            return noun.head if noun.dep_ != "pobj" else noun.head.head
    return None


def is_thing(subj) -> bool:
    """Whether a subject is a thing that cannot act or speak: a common noun, no person, body or
    place named, not a noun of people ("accounting errors", "his comments"; not "the man", "police")."""
    return subj.pos_ == "NOUN" and not subj.ent_type_ and subj.lemma_.lower() not in AGENT_NOUNS


def denial_of_content(clause):
    """The verb of denying whose object noun ``clause`` is the that-content of, else ``None``: "Mr Balls
    rejected the allegation that Mr Brown had been sidelined in the election campaign" → rejected. A
    comma-set participle hung on such a clause goes on with the denier's words, as after a denied
    that-clause (:func:`participle_reporter`): what is denied is no act its subject did. Not a
    relative clause ("rejected the claims that he made"), nor a noun that is not the denial's object."""
    if clause.dep_ != "acl" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    noun = clause.head
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.head.i > noun.i:
        return None
    return noun.head if verb_lemma(noun.head) in DENIAL else None


def reports_a_speakers_act(content) -> bool:
    """Whether a reported clause tells an act that its subject, one who can speak, did: a subject
    that is no thing (:func:`is_thing`), an active verb, no negation or modal and a report that
    does not deny it. "Prosecutors said Smith had written to the victim, …" — yes; "Hewitt said
    people would not be forced to work longer …" (a passive that did not happen) and "He denied
    fathers' activists had forced the changes" — no."""
    inner = next((c for c in content.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if inner is None or inner.dep_ != "nsubj" or is_thing(inner) or verb_lemma(content.head) in DENIAL:
        return False
    reporter = next((c for c in content.head.children if c.dep_ == "nsubj"), None)
    if reporter is not None and may_be_the_reporter(inner, reporter):
        return False
    return not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in SPECULATING for c in content.children)


def may_be_the_reporter(pronoun, reporter) -> bool:
    """Whether a personal pronoun inside a report may stand for the reporter: "Mr Temko said *he*
    blamed …" (one person, "he"); not "Police said *he* had attacked …" (a body is no "he")."""
    low = pronoun.lower_
    if low in {"he", "she"}:
        return reporter.tag_ in {"NNP", "PRP"} and reporter.lower_ not in {"they", "we"} or (
            reporter.tag_ == "NN" and reporter.lemma_.lower() in PEOPLE_NOUNS)
    if low in {"they", "we"}:
        return reporter.tag_ in {"NNS", "NNPS"} or reporter.lower_ in {"they", "we"}
    return False


def reporter_conj(verb):
    """The reporting verb whose subject ``verb`` shares, when the parser coordinated ``verb``
    with the reported clause instead of with the report, else ``None``.

    "Mr Livingstone said his comments were not racist and refused to apologise": *refused*
    hangs on *were*, but comments do not refuse; Mr Livingstone did, and it is no part of
    what he said. Only for a verb whose subject must act (``AGENTIVE``) and a reported subject
    that is a thing: a common noun, no named entity, not a group or person that could act.
    """
    if verb.dep_ != "conj" or verb.i < verb.head.i:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    aside = aside_reporter(verb)
    if aside is not None:
        return aside
    content = verb.head
    while content.dep_ == "conj" and content.head.i < content.i and content.head.pos_ in {"VERB", "AUX"}:
        content = content.head  # "said his comments may have been offensive but were not racist, and said …"
    report = content.head
    if content.dep_ != "ccomp" or not is_reporting(report) or report.i > content.i:
        return None
    inner = next((c for c in content.children if c.dep_ in {"nsubj", "nsubjpass"}), None) or content_conj(content)
    outer = next((c for c in report.children if c.dep_ == "nsubj"), None)
    if inner is None or outer is None:
        return None
    if is_reports_tense_outside_the_group(verb, content, report) or is_next_report(verb, report):
        return report
    if is_present_plural_read_as_base(verb, report) and is_next_report(verb, report, plural=True) and is_thing(inner):
        return report
    if verb.lemma_.lower() not in AGENTIVE | MINDING or not is_thing(inner):
        return None  # (a thing neither acts nor minds: "knows a repeat … is not on the agenda and expects a real test")
    return report


# the pronouns a quotation's own reporting clause repeats its speaker with (", he said")
REPEATING_PRONOUNS = frozenset({"he", "she", "they", "it"})


def repeated_report_quote(verb):
    """The quoted clause of a report that repeats the report it is hung on: a speaker named before a colon
    and a quotation, then the quotation's own ", he said" after it, which the parser made the first report's
    clause and the quotation its own. "For the Lib Dems David Laws said: "The chancellor will no doubt tell us
    today how wonderfully the economy is doing," he said" → what Laws said is the quotation (never "… is
    doing," he said"), and "he said" is no second speech act. The quoted clause's head, else ``None``: not a
    report of someone else's ("Blair said: "…," Brown said" names a speaker), nor one with no quotation
    closing before its pronoun ("He said she said she was leaving")."""
    if verb.dep_ != "ccomp" or verb.head.i > verb.i or not is_reporting(verb) or not is_reporting(verb.head):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    quote = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if subj is None or quote is None or subj.lower_ not in REPEATING_PRONOUNS or not quote.right_edge.i < subj.i < verb.i:
        return None
    doc = verb.doc
    closing = doc[quote.right_edge.i + 1:subj.i]
    opening = doc[verb.head.i + 1:quote.left_edge.i]
    # (the first report's own words may come before the quotation: whom it was told to, "Mr Johnson told Today: "…")
    own = {t.i for c in verb.head.children if c.i != verb.i and c.i > verb.head.i for t in c.subtree}
    if not (any(t.text in DOUBLE_QUOTES for t in closing) and all(t.is_punct for t in closing)
            and any(t.text in DOUBLE_QUOTES for t in opening) and all(t.is_punct or t.i in own for t in opening)):
        return None
    return quote


def next_speakers_report(verb):
    """The report whose reported clause the parser ran on into ``verb``, the same verb of saying or
    believing again, finite, with a subject of its own and the report's auxiliary if either has one
    (any tense: "Mr Blair recently said the UK would only participate in EU-wide measures where it was in
    UK interests but the Tories say he is surrendering a key veto"): the writer's next report, no part
    of what was reported. "The Tories say the Lib Dems would make people pay more tax
    and Labour says the party's sums do not add up" — what the Tories say ends at "tax", and Labour's
    saying is not theirs. Not inside a quotation opened after the report (the speaker's words go on),
    not a second clause of the report ("said it believed it could show its proposal offered benefits,
    and that it still hoped to make a cash bid"), not another verb ("A party official said there was
    only scattered evidence of the Tories breaking the rules but people had complained every day about
    Labour": what the official said), not a participle ("He says he was not "German-bashing" but saying
    peace was the EU's founding aim"), not after a report of a wish. ``None`` otherwise."""
    if verb.dep_ != "conj" or verb.i < verb.head.i or not is_reporting(verb):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(c.dep_ == "mark" for c in verb.children):
        return None  # ("said it believed X, and that it still hoped Y": a second clause of the same report)
    content = verb.head
    while content.dep_ == "conj" and content.head.i < content.i and content.head.pos_ in {"VERB", "AUX"}:
        content = content.head
    report = content.head
    if content.dep_ != "ccomp" or not is_reporting(report) or report.i > content.i or verb_lemma(report) in WISHING:
        return None
    if opens_a_quote_between(report, verb) or verb_lemma(verb) != verb_lemma(report):
        return None  # (another verb may be reported: "A party official said there was only scattered evidence …
        # but people had complained every day about Labour")
    if tense_of(finite_word(verb)) is None or finite_word(verb).lemma_ != finite_word(report).lemma_:
        return None
    return report


def tense_of(word) -> str | None:
    """"present" (says, say, has), "past" (said, had) or ``None`` (a base form, a participle, a modal)
    for the word that carries a verb group's tense (:func:`finite_word`)."""
    return {"VBZ": "present", "VBP": "present", "VBD": "past"}.get(word.tag_)


def aside_reporter(verb):
    """The reporting clause set between a reported clause and ``verb``, a verb of speaking or stance
    with no subject coordinated after it, else ``None``: the reporter goes on. "The cross-Channel
    truck market is improving, Eurotunnel said, but warned that it was not benefiting …" — the parser
    hangs "warned" on "improving"; Eurotunnel warned, not the market. Only for ``AGENTIVE`` verbs, so a
    non-agentive verb after the aside ("Sales rose, the firm said, and are expected to rise again") is
    left to the parse, which does not cover it: kg reads "the firm — be expected to rise", not the sales."""
    if verb_lemma(verb) not in AGENTIVE:
        return None
    content = verb.head
    return next((c for c in content.children if c.dep_ == "parataxis" and content.i < c.i < verb.i
                 and is_reporting(c) and reported_clause(c) is None and report_subject(c) is not None
                 and any(t.dep_ == "cc" for t in verb.doc[c.right_edge.i + 1:verb.i])), None)


def is_reports_tense_outside_the_group(verb, content, report) -> bool:
    """Whether ``verb``, a finite verb with no subject coordinated with a reported clause under a
    modal, is in the report's own tense: a finite verb cannot share the modal, so it is the
    reporter's next act, not part of what was reported. "In 1998 the party said it would not
    return to Blackpool but did so in 2002" (not "would … did"). A past verb after a past
    auxiliary may share the clause's subject ("Spears claimed that other magazines were approached
    with the pictures but chose to contact her instead": the magazines chose), so only a modal,
    and only when the verb is the reporter's kind of act: a contrast that comes back to the reported
    act ("but did so"), a verb of speaking or stance (``AGENTIVE``: "said he would not respond … and
    promised to hail …"), a clause about the reporter himself ("Holmes has hinted she will not run
    … and is undecided"), or a verb of the mind after a thing ("fears rising demand could spark
    another crisis and wants to prevent it"). Otherwise the clause's subject goes on ("The minister
    says the law will come into force in April and covers all firms": the law covers them)."""
    if verb.tag_ not in {"VBD", "VBZ"} or content.tag_ != "VB" or opens_a_quote_between(report, verb):
        return False  # (inside a quotation the speaker's words go on: no act of the reporter is told there)
    if not (is_contrast_echo(verb, content) or verb_lemma(verb) in AGENTIVE or may_be_the_reporter(inner_subject(content), report_subject(report))
            or verb_lemma(verb) in MINDING and is_thing(inner_subject(content))):
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "MD" and c.i < content.i for c in content.children):
        return False
    aux = next((c for c in report.children if c.dep_ in {"aux", "auxpass"} and c.i < report.i), None)
    return (aux or report).tag_ == verb.tag_


# reports of a wish or fear: a verb coordinated with their clause is more of what is wished ("We hope
# they are warm towards it and don't say this is the wrong time": they don't say it)
WISHING = frozenset({"hope", "fear", "expect", "wish", "want"})


def is_present_plural_read_as_base(verb, report) -> bool:
    """Whether ``verb``, tagged as a base form with no auxiliary of its own, is written as the present plural of
    a report ``report`` in that tense: the base form and the present plural are one word, and the tagger reads a
    verb coordinated inside a clause with a modal as the base form that shares it ("the Tories say the issue of
    super-casinos should be decided in Scotland and believe the executive is shirking its responsibility":
    "believe" tagged as after "should")."""
    return (verb.tag_ == "VB" and finite_word(report).tag_ == "VBP" and report.lemma_.lower() != "be"
            and verb.lower_ == verb.lemma_.lower() and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children))


def is_next_report(verb, report, plural: bool = False) -> bool:
    """Whether ``verb``, a verb of saying or believing with a clause of its own and no subject,
    coordinated by the parser with the clause ``report`` reports, is the reporter's next report: in the
    report's tense, not a verb a thing does (``EVIDENTIAL``: "said the decision dragged the campaign
    … and showed they were rattled" — the decision showed it), not inside a quotation opened after
    the report, not after a report of a wish.

    "He said some people were in "a sort of state of denial" … but predicted a more "receptive mood"
    would emerge soon": he predicted it, not the people; "Frank Field said the prime minister should
    sack Mr Brown, but did not believe Mr Blair was strong enough" — Field does not believe it.
    """
    if not is_reporting(verb) or verb_lemma(verb) in EVIDENTIAL or verb_lemma(report) in WISHING:
        return False
    if not any(c.dep_ == "ccomp" for c in verb.children) or opens_a_quote_between(report, verb):
        return False
    # (the same verb of saying again, whatever its tense: "Mr Livingstone has said his comments may have been
    # offensive but were not racist, and said earlier this week he would not apologise" — he said it)
    return (finite_word(verb).tag_ == finite_word(report).tag_ or verb_lemma(verb) == verb_lemma(report)
            or plural and is_present_plural_read_as_base(verb, report))


def finite_word(verb):
    """The word of a verb group that carries its tense: its first auxiliary, else the verb ("did not
    believe" → did, "predicted" → predicted)."""
    return next((c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i), verb)


# verbs of a mind: a thing does not do them ("Argentina fears rising demand could spark another crisis and wants to prevent it")
MINDING = KNOWING - {"show", "find"} | {"want", "wish", "intend", "plan"}


def inner_subject(content):
    """The subject of a reported clause, or ``None``."""
    return next((c for c in content.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def report_subject(report):
    """The subject of a reporting verb, or ``None``."""
    return next((c for c in report.children if c.dep_ == "nsubj"), None)


def is_contrast_echo(verb, content) -> bool:
    """Whether ``verb`` follows ``content`` after "but"/"yet" and takes up its act again, as the
    same verb or a pro-form "do": "said it would not return to Blackpool but did so in 2002"."""
    if not any(t.dep_ == "cc" and t.lower_ in {"but", "yet"} for t in content.doc[content.i + 1:verb.i]):
        return False
    return verb_lemma(verb) in {"do", verb_lemma(content)}




def opens_a_quote_between(report, verb) -> bool:
    """Whether a quotation opened after ``report`` is still open at ``verb``: 'Moya confirmed: "I'm
    donating my prize money …, hoping it makes some difference' — the participle is the quoted
    speaker's own words, not the reporter's act."""
    return sum(1 for t in report.doc[report.i + 1:verb.i] if t.text in DOUBLE_QUOTES) % 2 == 1


def reporters_act(verb):
    """The report whose speaker does ``verb``, when the parser put ``verb`` inside what was
    reported (:func:`reporter_conj`, :func:`participle_reporter`), else ``None``."""
    return reporter_conj(verb) or participle_reporter(verb)
