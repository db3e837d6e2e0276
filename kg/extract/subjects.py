"""Subjects a reader can check (issue 16): the words given as a triple's subject are one noun phrase of
the clause whose predicate the triple reads, never a run of words across a clause boundary.

Each function names one construction the small parser misreads into a wrong subject, with a BBC
sentence from the pool; kg.extract.clauses asks them where a predicate's subject is read:

* a subject that runs over a clause boundary: a subordinate clause opening the subject, or a second
  subject inside its words (:func:`subject_across_clause`);
* a finite clause with a subject of its own read as the clausal subject of the next verb
  (:func:`is_clause_read_as_subject`);
* a clausal subject cut from the word that opens it ("Whether he still had something to offer … was a
  judgement": :func:`clause_subject_opener`);
* a predicate word fronted before "be" read as its subject ("Gone were the screaming girls …":
  :func:`is_fronted_predicate_word`);
* a comma-set reporting participle read as the clausal subject of the verb of its report ("…, adding such
  seismic changes to policy should put …": :func:`is_reporting_participle_read_as_subject`);
* a first name the tagger read as a modal ("Will Young won the best single prize": :func:`is_name_read_as_modal`);
* a time said before a name glued into the name's phrase ("on Wednesday Prime Minister Yulia Tymoshenko
  said …", "Earlier Tony Blair defended …": :func:`time_before_name_end`), a linking adverb opening the
  sentence ("Instead households where …": :func:`linking_adverb_end`) and the "sure" of "make sure"
  (:func:`make_sure_end`).
"""
from __future__ import annotations

from ..docview import doc_tokens, span_tokens
from ..lexicon import DOUBLE_QUOTES, FINITE_TAGS, HONORIFICS
from ..nlp import sentence_of
from ..timenorm import WEEKDAYS
from .speech import AGENT_NOUNS, DASHES, REPORTING_PARTICIPLES, is_reporting

# conjunctions and wh-adverbs that open a subordinate clause ("When big files were being shared …")
SUBORDINATING = frozenset({"when", "whenever", "while", "whilst", "if", "although", "though", "because", "since",
                           "after", "before", "until", "unless", "whereas", "once", "where"})
# adverbs of time that open a sentence: said of the event, never part of the name after them
TIME_ADVERBS = frozenset({"earlier", "later", "now", "then", "meanwhile", "yesterday", "today", "tonight", "recently",
                          "previously", "subsequently"})
# adverbs that link a sentence to the one before: said of the whole clause, never a word of its subject
LINKING_ADVERBS = frozenset({"meanwhile", "instead", "however", "nevertheless", "nonetheless", "furthermore", "moreover",
                             "meantime", "besides", "also", "earlier", "later", "yesterday", "today", "previously"})
# the predicate words that open an inverted "be" clause ("Gone are the days …", "Missing from the squad is …")
FRONTED_WORDS = frozenset({"gone", "missing", "absent", "present", "included", "attached", "enclosed", "lost", "lacking"})
# words that head a clause with no relative pronoun, a noun phrase: "all the government have offered is more talk"
FREE_RELATIVES = frozenset({"all", "everything", "anything", "something", "nothing"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# words that open a clause that can be a subject: "That he resigned is clear", "Whether he stays is …",
# "What we are proposing is …"
CLAUSE_OPENERS = frozenset({"that", "whether", "if", "what", "whatever", "who", "whoever", "how", "why", "when",
                            "where", "which"})


def subject_across_clause(span, subj_tok, verb) -> bool:
    """Whether the subject words ``span`` (read for ``subj_tok``, the subject of ``verb``) run over a
    clause boundary, so that no reading of the subject is one noun phrase of ``verb``'s clause:

    - the words open with a subordinate clause the parser hung inside the noun phrase: "When big files
      were being shared moderation systems were key, said Mr Pouwelse" gives no "When big files were
      being shared moderation systems — be — key";
    - the words hold a second subject, of a verb among them, or of ``verb`` itself with a finite verb
      between the two: "Critics of the land reform policy claim president Hugo Chavez is behaving like a
      dictator" gives no "Critics of the land reform policy claim president Hugo Chavez — behave like — a
      dictator" (the critics claim it of Chavez). A name the parse split off the phrase it ends is no
      second clause: "Shares in struggling German football club Borussia Dortmund slipped on Monday".

    Only a noun subject: a clause as subject ("What we are proposing is …") has its own subject.
    A relative clause the phrase keeps ("those who have made …") is the noun's own, and so is a clause
    inside one of its prepositional phrases ("Government restrictions on how much advertising can appear
    on television mean …") or a participle the parser gave a subject ("Minority ethnic led (Mel)
    production companies face barriers": no verb group)."""
    if subj_tok.pos_ not in {"NOUN", "PROPN", "NUM"} or len(span) < 2:
        return False
    words = span_tokens(span)
    ids = set(range(span.start, span.end))
    first = words[0]
    if (first.lower_ in SUBORDINATING and first.dep_ in {"mark", "advmod"} and first.head.i in ids
            and first.head.pos_ in {"VERB", "AUX"}):
        return True
    for tok in words:
        if tok.i == subj_tok.i or tok.dep_ not in SUBJECT_DEPS:
            continue
        if any(a.dep_ in {"relcl", "acl"} and a.i in ids for a in tok.ancestors):
            continue  # the noun's own relative clause
        inner = tok.head
        if (inner.i in ids and inner.pos_ in {"VERB", "AUX"} and inner.dep_ in {"amod", "compound", "nmod", "conj", "appos"}
                and any(c.dep_ in {"aux", "auxpass"} for c in inner.children)):
            return True  # a clause with its own verb group inside the phrase ("… moderation systems")
        lo, hi = sorted((tok.i, subj_tok.i))
        if tok.head.i == verb.i and any(t.tag_ in FINITE_TAGS for t in words if lo < t.i < hi):
            return True  # two subjects of the verb with a finite verb between: two clauses
    return False


# nouns whose only content is the clause after them: "the fact" names nothing until "that shops do not open"
FACT_NOUNS = frozenset({"fact"})


def is_clause_of_fact(noun, clause) -> bool:
    """A clause with a subject of its own written right after "the fact", with or without "that": what the fact
    is, never a relative clause ("the fact Turkey is a Muslim country does not mean it should be barred", "the fact
    that shops do not open is an important part of making them special", "the fact she could still win"). The
    parse hangs it as ``acl`` or ``relcl``, with or without anything after its verb; either way "the fact" alone
    says nothing. Not a relative pronoun's clause ("a fact which surprised him")."""
    if noun.lemma_.lower() not in FACT_NOUNS or clause.dep_ not in {"acl", "relcl"} or clause.i < noun.i:
        return False
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i < clause.i), None)
    return subj is not None and subj.tag_ not in {"WDT", "WP"} and subj.lower_ != "that"


def is_fact_cut_from_its_verb(span, subj_tok, verb) -> bool:
    """Whether the subject words ``span``, a "fact" with its clause (:func:`is_clause_of_fact`),
    stop short of ``verb``: a word between them that is no auxiliary or negation of the verb belongs to the
    clause the parse cut, or to another clause, so the reading is no noun phrase and its verb. "The fact that
    other services components are doing so well suggests to me that we are back to trend" gives no "The fact
    — suggests — …" ("so well" was hung on "suggests"), "the fact the woman waited a year before coming
    forward, and she had had further contact with Cosby during that time, were also factors" no "the fact —
    had had further contact with — Cosby". A fact whose clause runs to its verb stays: "the fact that shops do
    not open — is — an important part …"; so does "The fact is that …" (no clause of its own)."""
    if not len(span) or subj_tok.i > verb.i or not any(is_clause_of_fact(subj_tok, c) for c in subj_tok.children):
        return False
    doc = subj_tok.doc
    return any(not t.is_punct and not (t.head.i == verb.i and (t.dep_ in {"aux", "auxpass", "neg"} or is_cleft_that(t, verb)))
               for t in doc[span[-1].i + 1:verb.i])


def is_cleft_that(tok, verb) -> bool:
    """The "that" (or "which") of a cleft or a relative clause, subject of ``verb``, written between a subject the
    reading gives it and the verb: "it was Thackeray's clarity - …, the fact that he was born in India but came to
    England as a young man - that gave him the eyes of an outsider"."""
    return tok.dep_ in {"nsubj", "nsubjpass"} and (tok.lower_ == "that" or tok.tag_ in {"WDT", "WP"})


def is_clause_read_as_subject(subj_tok) -> bool:
    """A finite clause with a subject of its own and no word that makes a clause a subject ("that",
    "whether", a wh-word) which the parser made the clausal subject of the verb after it: the two are
    clauses side by side, neither is the other's subject. "Mr Howard said the authorities were not
    "providing the local accountability that we want to see" and that elected police commissioners would
    be more visible" gives no "the authorities were not providing the local accountability — would be —
    more visible" (nor its conjunct "that elected police commissioners — would be —"); "… but at the start,
    we have got to recognise there is a limit" no "at the start, we have got to recognise — is — a limit".
    A noun with a participle after it that the model tagged as a past tense is a noun phrase ("A South
    African film version of Bizet's tragic opera Carmen shot in Cape Town in the Xhosa language has also
    premiered at the Berlin Festival", "Anyone acquainted with the city … will relish …": no auxiliary, no
    object). A real clausal subject stays: "What we are proposing is a civic commons", "Whether he still had
    something to offer was a judgement for people to make", "What is clear from his statement today is that
    …", "Finding information … is becoming …", and so does a noun read as a verb with nothing of its own
    after it ("The chart rundown is no longer the only point of the programme")."""
    clause = subj_tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in {"csubj", "csubjpass"}:
        return False
    for verb in {clause, subj_tok}:
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return False
        if not (any(c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in verb.children)
                or (verb.tag_ in FINITE_TAGS and any(c.dep_ in {"dobj", "ccomp", "attr"} for c in verb.children))):
            return False  # a participle after its noun: "A South African film version of … Carmen shot in Cape Town"
        if verb.right_edge.i == verb.i and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            return False  # a noun read as a verb: "The chart rundown is no longer …"
        if any(t.tag_ in {"WDT", "WP", "WRB"} or (t.lower_ in CLAUSE_OPENERS and t.dep_ == "mark") or t.lower_ in FREE_RELATIVES
               for t in verb.doc[verb.left_edge.i:verb.i]):
            return False  # "What is clear …", "… but all the government have offered is more talk"
    return True


def clause_subject_opener(subj_tok):
    """The word that opens ``subj_tok``'s clausal subject ("whether", "that"), which the subject keeps,
    else ``None``: without it the clause reads as asserted. "Whether he still had something to offer, he
    said, was a judgement for people to make" → "Whether he still had something to offer — be — a
    judgement for people to make", not "he still had something to offer — be — …"; "That he resigned was
    clear" → "That he resigned". A noun subject has none ("The fact that he resigned …"), and an "if" the
    parser hung on a gerund subject opens the clause around it, not the subject: "I don't know if having tea
    with politicians is always a good idea"."""
    if subj_tok.dep_ not in {"csubj", "csubjpass"}:
        return None
    first = subj_tok.left_edge
    if first.lower_ in {"whether", "that"} and first.dep_ == "mark" and first.head.i == subj_tok.i:
        return first
    return None


def time_before_name_end(head, start: int) -> int:
    """The first token of ``head``'s phrase ``[start, …)`` after a time the sentence opens with, which the
    parser hung on the name after it: a weekday, a time adverb or a preposition with a weekday ("on
    Wednesday"). "But on Wednesday Prime Minister Yulia Tymoshenko said …" → "Prime Minister Yulia
    Tymoshenko" (the speaker, and no title "on Wednesday Prime Minister"); "on Monday Mr Sullivan named Mr
    Ebbers" → "Mr Sullivan"; "Earlier Tony Blair defended the plans" → "Tony Blair". ``start`` itself when
    the phrase is no name, or the day belongs to it: "Tuesday's meeting", "Sunday Times journalist John
    Smith" (a paper's name: a weekday alone is cut only before a courtesy title or a peerage)."""
    if head.pos_ != "PROPN" or head.ent_type_ in {"DATE", "TIME"}:
        return start
    doc, k = head.doc, start
    while k < head.i:
        tok = doc[k]
        if tok.dep_ == "prep" and tok.i == tok.left_edge.i and tok.right_edge.i < head.i and all(
                t.lower_ in WEEKDAYS or t.dep_ == "det" for t in doc[tok.i + 1:tok.right_edge.i + 1]):
            k = tok.right_edge.i + 1  # "on Wednesday"
        elif (tok.lower_ in WEEKDAYS and tok.ent_type_ == "DATE" and tok.dep_ in {"compound", "npadvmod", "nmod"}
              and doc[k + 1].lower_.rstrip(".") in HONORIFICS):
            k += 1  # "Monday Mr Sullivan" (not "Sunday Times journalist X": a paper's name)
        elif tok.lower_ in TIME_ADVERBS and tok.tag_ in {"RB", "RBR"} and tok.dep_ in {"advmod", "compound", "npadvmod"}:
            k += 1  # "Earlier Tony Blair", "Meanwhile Mark Oaten"
        elif tok.is_punct and k > start:
            k += 1
        else:
            break
    if k == start or k >= head.i or not doc[k].is_title:
        return start
    return k


def time_before_noun_end(head, start: int) -> int:
    """The first token of ``head``'s phrase ``[start, …)`` after a date the parser made the phrase's first words,
    when the date is the sentence's: its preposition stands bare before it, or it opens with "earlier"/"later".
    "Earlier this month figures showed that job creation is still weak" → "figures" (not "this month figures");
    "while on Tuesday production at BP's Texas City refinery was taken down" → "production at BP's Texas City
    refinery"; "On Monday school inspection chief David Bell, accused …" → "school inspection chief David Bell".
    ``start`` itself when the date is the phrase's own ("the 2004 election", "Tuesday's meeting", "Christmas
    shopping was strong": no bare preposition before it), and when the phrase is the date itself, whose noun
    ``head`` ends it: "Mr Brown first proposed the idea earlier this week" → "earlier this week" (not "week")."""
    doc = doc_tokens(head.doc)  # (indexed and sliced as the Doc is)
    if start >= head.i or (head.ent_type_ == "DATE" and head.ent_iob_ == "I"):
        return start
    k = start
    if doc[k].lower_ in {"earlier", "later"} and doc[k].tag_ == "RBR":
        k += 1  # "Earlier this month figures"
    elif start < 1 or not (doc[start - 1].dep_ == "prep" and not any(True for _ in doc[start - 1].children)):
        return start  # (no bare preposition: the date is the phrase's own)
    if k >= head.i or doc[k].ent_type_ != "DATE":
        return start
    first = k
    while k < head.i and doc[k].ent_type_ == "DATE" and (k == first or doc[k].ent_iob_ != "B"):
        k += 1
    if k > head.i or doc[k].is_punct or any(t.dep_ == "case" for t in doc[first:k]):
        return start
    if head.ent_type_ == "DATE" and head.ent_iob_ != "B":
        return start  # the date is the phrase itself: "shut down fbi.gov accounts earlier this month" keeps "earlier this month"
    return k


def is_fronted_predicate_word(subj_tok, verb) -> bool:
    """A bare adjective or past participle written before "be", with the noun phrase after the verb: the
    sentence is inverted, the word is what the noun phrase is, not who or what it is about. "Gone were the
    screaming girls to which Simpson had become accustomed" gives no "Gone — be — the screaming girls …"
    (the girls were gone); "Gone are the warm, bright colours found in the two earlier films". A gerund
    subject is a noun phrase ("Winning gives cash for upgrades") and stays. The model tags a capitalised
    first word as a name, so the words that open such an inversion are known by form (:data:`FRONTED_WORDS`)."""
    fronted = subj_tok.tag_ in {"VBN", "JJ", "JJR", "JJS"} or (subj_tok.lower_ in FRONTED_WORDS and not subj_tok.ent_type_)
    return (fronted and subj_tok.i < verb.i and verb.lemma_ == "be"
            and all(c.dep_ in {"advmod", "punct"} for c in subj_tok.children)
            and any(c.dep_ == "attr" and c.i > verb.i for c in verb.children))


def is_name_read_as_modal(aux) -> bool:
    """A capitalised modal written right before its verb's subject, where the verb after it cannot follow a
    modal (a past or present tense, or another finite auxiliary): the first name of the subject, which the
    tagger read as "will". "Will Young won the best single prize for Your Game" → "Will Young — won — the
    best single prize" (not "Young — Will won — …"); '"…," Will Davies, senior research fellow at the IPPR
    told the BBC News website'; "Will Smith's first romantic comedy, Hitch, has topped the North American box
    office"; "Personally I wanted Will Young to win". A question keeps its modal: "Will Young win?" (a base
    form after it)."""
    if aux.tag_ != "MD" or aux.dep_ != "aux" or not aux.is_title or aux.i + 1 >= len(aux.doc):
        return False
    verb, after = aux.head, aux.doc[aux.i + 1]
    if not after.is_title or verb.i <= aux.i:
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.i <= after.i <= c.right_edge.i for c in verb.children):
        return False
    return verb.tag_ in {"VBD", "VBZ"} or any(c.dep_ in {"aux", "auxpass"} and c.i != aux.i and c.tag_ in {"VBD", "VBZ", "VBP", "TO"}
                                              for c in verb.children)


def linking_adverb_end(head, start: int) -> int:
    """The first token of ``head``'s phrase ``[start, …)`` after an adverb that opens the sentence and links it
    to the one before, which the parser hung on the subject: "Instead households where council tax payers are
    over 65 would get a rebate" → "households where …" (not "Instead households"); "Meanwhile Mark Oaten,
    Liberal Democrat home affairs spokesman, said …" → "Mark Oaten". Only the sentence's first word: inside
    a sentence such a word may be the noun's own ("the also-rans")."""
    doc = head.doc
    tok = doc_tokens(doc)[start]
    if start >= head.i or tok.lower_ not in LINKING_ADVERBS or tok.tag_ not in {"RB", "RBR"} or head.tag_ in {"VBG", "VBN"}:
        return start  # (an inverted clause keeps its words: "Also not featuring in the proposals is …")
    if not all(doc[i].is_punct or doc[i].dep_ == "cc" for i in range(sentence_of(tok).start, start)):
        return start
    k = start + 1
    while k < head.i and doc[k].is_punct:
        k += 1
    return k


def make_sure_end(head, start: int) -> int:
    """The first token of ``head``'s phrase after the "sure" (or "certain") of "make sure", which the parser made
    an adjective of the subject of the clause after it: "By contrast moderators on Suprnova made sure files
    being shared were high quality" → "files being shared — were — high quality" (not "sure files"); "make
    sure music reproduction was as good as possible". A "sure" of the noun's own stays ("a sure sign")."""
    tokens = doc_tokens(head.doc)
    tok = tokens[start]
    if (start < head.i and tok.lower_ in {"sure", "certain"} and start > 0 and tokens[start - 1].lemma_.lower() == "make"
            and tok.dep_ in {"amod", "advmod"}):
        return start + 1
    return start


def is_reporting_participle_read_as_subject(subj_tok) -> bool:
    """A reporting participle set off by a comma ("…, adding …", "…, repeating …") that the parser made the
    clausal subject of the verb of what it reports: the participle carries the report on, its words are no
    subject. "It added that the impact of the changes … had not been considered, adding such seismic changes
    to policy should "put the interests of poor people first"" gives no "adding such seismic changes to policy
    — should put — the interests of poor people"; "The prime minister denied all that as well, repeating his
    insistence that it was inconceivable the economy and the chancellor would not be at the centre of the
    election campaign" no "repeating his insistence … — would not be at — the centre". A gerund subject that
    opens its clause stays ("… but aside from the fact that these mails are bogus, clicking on any link
    within a spam mail can lead to a whole host of unwanted problems": no verb of saying), and so does a gerund
    subject of the sentence's own verb, whatever the clause before the comma ("If you don't already have a
    monitor etc, adding them to the package sees the value for money begin to dwindle"): the participle is
    read as a subject only where the verb it is given to hangs on a verb before it (the report's)."""
    if subj_tok.dep_ not in {"csubj", "csubjpass"} or subj_tok.tag_ != "VBG":
        return False
    if subj_tok.lemma_.lower() not in REPORTING_PARTICIPLES:
        return False
    first = subj_tok.left_edge.i
    verb = subj_tok.head
    if verb.dep_ == "ROOT" or verb.head.i > first:
        return False  # the sentence's own verb: "If you don't already have a monitor etc, adding them to the package sees …"
    return first > 0 and subj_tok.doc[first - 1].text in {",", "-", "–", "—"}


# verbs of what a state of affairs implies: after ", which", said of the whole clause before
IMPLICATION_VERBS = frozenset({"mean", "explain"})


def is_which_of_a_clause(verb) -> bool:
    """A "which" set off by a comma or a dash whose verb says what the clause before it implies or explains: the
    "which" stands for that whole clause, never for the noun the parse hung it on. "For the first time, Claxton has
    only been preparing for a campaign over the hurdles - which could explain her leap in form" (her preparing so,
    not "a campaign over the hurdles — could explain — her leap"), "Gasoline is up because of the refinery issues in
    Texas, which means there will be a scramble for product" (not "Texas — means — …"), "new rules came into
    force, which meant some lenders were forced to withdraw mortgage products". A "mean" whose object is a noun
    phrase is said of its noun: "Her links to Opus Dei, which means "Work of God" in Latin", "It proposes "control
    orders", which would mean house arrest"; so is any "which" with no comma before it. After a date, any verb
    (:func:`is_which_after_a_date`)."""
    if verb.lemma_.lower() not in IMPLICATION_VERBS or set_off_which(verb) is None:
        return is_which_after_a_date(verb)
    return verb.lemma_.lower() == "explain" or any(c.dep_ == "ccomp" for c in verb.children)


def set_off_which(verb):
    """The "which" that is the subject of the relative clause ``verb`` and follows a comma or a dash, else ``None``."""
    if verb.dep_ != "relcl":
        return None
    which = verb.doc[verb.left_edge.i]
    if which.lower_ != "which" or which.head.i != verb.i or which.dep_ not in {"nsubj", "nsubjpass"} or which.i == 0:
        return None
    return which if verb.doc[which.i - 1].text in {",", *DASHES} else None


# the copula's nouns that say what a date was ("1999, which was the year the band split", "Sunday, which is a holiday")
DATE_NOUNS = frozenset("day days date year years holiday anniversary birthday deadline weekend month season eve".split())


def is_which_after_a_date(verb) -> bool:
    """A "which" set off by a comma after a date stands for what the clause before it says happened then: a day,
    a month or a year gives nothing, takes nothing and is no record low. "The firm avoided bankruptcy thanks to a
    $4.5bn bail-out in January 2004, which gave control to the creditors" (the bail-out gave it, not "January
    2004 — gave — control"); "the jobless total had reached 5.037 million in January, which takes the jobless rate
    to 12.1%"; "$1.354 to the euro … on Friday, which was then a record low". What a date is stays said of it
    ("in 1999, which was also the year the band split", "Sunday, which is Mother's Day"), and so does what it
    "saw" ("2004, which saw a record harvest")."""
    which = set_off_which(verb)
    if which is None or verb.head.ent_type_ not in {"DATE", "TIME"} or verb.lemma_.lower() == "see":
        return False
    return not (verb.lemma_.lower() == "be" and any(
        c.dep_ == "attr" and (c.ent_type_ in {"DATE", "TIME", "EVENT"} or c.lemma_.lower() in DATE_NOUNS)
        for c in verb.children))


def is_participle_read_as_subject(subj_tok) -> bool:
    """A participle that opens a phrase set off by a comma (or the sentence), whose object the parser read
    as a verb with the bare participle as its subject: "Addressing claims that the new law was unenforceable,
    Mr Michael told …" gives no "Addressing — claims that — the new law was unenforceable" (he addressed the
    claims); "The 34-year-old American … made a poor start, dropping serve early on" no "dropping — serve".
    Only a participle with no word of its own right before its "verb", which is no verb of the sentence's
    own: it hangs on a verb before it, or on one after it whose subject follows. A gerund subject of the
    sentence's verb stays ("clicking on any link … can lead to …" has words of its own; "Smoking kills" is
    the sentence's)."""
    if subj_tok.dep_ not in {"csubj", "nsubj", "csubjpass", "nsubjpass"} or subj_tok.tag_ != "VBG":
        return False
    verb = subj_tok.head
    if any(True for _ in subj_tok.children) or verb.i != subj_tok.i + 1 or verb.dep_ == "ROOT":
        return False
    if verb.head.i > verb.i and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.head.children):
        return False
    first = subj_tok.i
    return first == sentence_of(subj_tok).start or subj_tok.doc[first - 1].text in {",", "-", "–", "—", ";"}


def clausal_subject_head(head):
    """The verb of the clause that is a subject, when ``head`` heads one (a "csubj", or a conjunct of
    one: "Getting a simulated person to perform everyday activities … and having them described in a foreign
    language could be a powerful learning aid"), else ``None``."""
    verb = head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in {"csubj", "csubjpass"} or head.pos_ not in {"VERB", "AUX"}:
        return None
    return verb


def clausal_subject_tokens(head, split_conj: bool) -> set[int] | None:
    """The words of a clause read as a subject: the whole clause, with its own infinitive of purpose, its
    clausal object and its object's relative clause, which a noun phrase would drop as clauses of their own.
    "To need a win to finish top is fantastic" → "To need a win to finish top — be — fantastic" (not "To
    need a win", another need); "filtering out e-mail messages that contain a web link can stop about 75% of
    spam" (not "filtering out e-mail messages"); "making sure standards are open … is a big task" (not
    "making"); "To get the robot running for the first time was not an easy process". Its conjuncts stay
    subjects of their own when the subject is split ("exercising hounds, chasing a scent trail and flushing
    out foxes to be shot are still legal"), and so does a clause the parser hung on it in parentheses or
    after a dash (``parataxis``), or a condition or time clause of the sentence (an ``advcl`` before it, or
    one opened by "if", "when" …: "If you put the legality issues aside, not to advertise here would mean
    missing out on a valuable audience" keeps "not to advertise here"). ``None`` when ``head`` is no
    clausal subject (a noun phrase)."""
    if clausal_subject_head(head) is None or not is_subject_clause_form(head):
        return None
    keep = {t.i for t in head.subtree}
    for c in head.children:
        if (c.dep_ in {"parataxis", "meta"} or (split_conj and c.dep_ in {"conj", "cc", "preconj"})
                or (c.dep_ == "advcl" and (c.i < head.i or any(g.dep_ == "mark" for g in c.children)))):
            keep -= {t.i for t in c.subtree}
    doc = head.doc
    for tok in head.subtree:  # a bracketed aside: "Staggering it (closing hours) will be a solution"
        first, last = tok.left_edge.i, tok.right_edge.i
        if tok.i != head.i and tok.i in keep and doc[first].text == "(":
            keep -= set(range(first, last + 1))
            if last + 1 < len(doc) and doc[last + 1].text == ")":
                keep.discard(last + 1)
    return keep


def is_subject_clause_form(verb) -> bool:
    """Whether a clause the parser read as a subject has the form of one: no subject of its own (an infinitive or
    a gerund: "To need a win …", "filtering out e-mail messages …"), a gerund with one ("him winning it is a
    joke"), or a clause opened by "that", "whether" or a wh-word ("What we are proposing is …"). A finite clause
    with a subject of its own and none of these is two clauses misread as one: "But any early attempts to do it -
    the UK's Home Choice started in 1992 - were thwarted by …" (the clause is an aside)."""
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children) or verb.tag_ == "VBG":
        return True
    first = verb.left_edge
    return first.lower_ in SUBJECT_CLAUSE_OPENERS or first.tag_ in {"WDT", "WP", "WP$"} or first.lower_ in FREE_RELATIVES


# words that open a finite clause that is a subject ("That he resigned …", "Whether he stays …", "What we …"); not
# "if", "when", "where", which open a condition or a time of the sentence
SUBJECT_CLAUSE_OPENERS = frozenset({"that", "whether", "what", "whatever", "who", "whoever", "how", "why", "which"})


RANKED_BY = frozenset({"follow"})  # ", followed by X": the one ranked before X is the clause's subject


def ranked_clause_verb(participle):
    """The verb of the clause whose subject a comma-set ranking participle ranks, when the parser hung the
    participle on the noun of one of that verb's prepositional phrases, else ``None``: the noun is what the
    ranked subject did or has, not what comes before the next in the ranking. "Ireland has been the most
    successful country in the show's history with seven victories, followed by the UK, France and Luxembourg
    with five each" → Ireland — be followed by — the UK (not "seven victories — be followed by — the UK");
    "Destiny's Child also slipped one place to four with Lose My Breath, followed by Girls Aloud at five";
    "Newcomers Keane came in third place for their August gig at the V Festival, followed by Maroon 5 and Snow
    Patrol". A noun that is the verb's own subject or object keeps its participle ("U2's How to Dismantle a
    Bomb remains at number one …, followed by Williams' Greatest Hits"; "a civil ceremony followed by a
    service", no comma)."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.lemma_.lower() not in RANKED_BY:
        return None
    doc, start = participle.doc, participle.left_edge.i
    if start < 1 or doc[start - 1].text != ",":
        return None
    noun = participle.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ in {"attr", "dobj", "pobj", "prep", "npadvmod"} and verb.head.i != verb.i:
        verb = verb.head  # "has been the most successful country … with seven victories"
    if verb.pos_ not in {"VERB", "AUX"} or verb.i > noun.i:
        return None
    return verb


GERUND_SUBJECT_PREPOSITIONS = frozenset({"of", "about"})
# nouns of amount, kind or part: "N of N2" is N2 counted or sorted, so the participle is N2's already
PART_NOUNS = frozenset("""type kind sort form number lot lots hundred hundreds thousand thousands million millions dozen dozens
host range variety group majority minority percentage proportion share population part total series couple pair
handful number rest half third quarter tens scores plenty bunch array set""".split())
AMOUNT_OR_TIME = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})


def gerund_subject_after_of(participle):
    """The noun that an "-ing" clause right after "N1 of N2" is said of, when the parser hung the clause on N1:
    N2, the subject the gerund clause has of its own ("a photograph of Prince Harry wearing a swastika armband"
    is a photograph of Harry wearing it), else ``None``. "Historians in Florida have discovered a 40-year-old clip
    of a clean-cut Jim Morrison appearing in a promotional film for his university" → Jim Morrison — be
    appearing in — a promotional film (not the clip); "stories about gamers spending 10 to 15 hours a day in
    front of some video games"; "only scattered evidence of the Tories breaking the rules". Not another
    preposition ("a feature by Raoul Peck competing for the festival's … awards", "an advert in the New York
    Times announcing …": the feature competes, the advert announces), not a comma between ("…, taking"), not an
    amount or a time ("a rise of 5% taking the total to …"), nor when the clause's own object pronoun is N2 ("a
    forum of the stakeholders allowing them to express themselves": the forum allows them), nor when N1 is itself
    in a prepositional phrase of the verb, where the clause may be the subject's ("Lead actress Laura Michelle
    Kelly soared over the heads of the audience holding the nanny's trademark umbrella")."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in participle.children):
        return None
    doc, k = participle.doc, participle.i - 1
    while k >= 0 and doc[k].dep_ in {"advmod", "neg"} and doc[k].head.i == participle.i:
        k -= 1  # "of him apparently exposing himself"
    if k < 0:
        return None
    noun = doc[k]
    if noun.dep_ != "pobj" or noun.pos_ not in {"NOUN", "PROPN"} or noun.like_num or noun.ent_type_ in AMOUNT_OR_TIME:
        return None
    prep = noun.head
    if prep.lower_ not in GERUND_SUBJECT_PREPOSITIONS or prep.head.i != participle.head.i:
        return None
    if prep.head.lemma_.lower() in PART_NOUNS or prep.head.like_num or prep.head.pos_ in {"NUM", "PRON", "DET"}:
        return None  # "hundreds of thousands of gamers living out …": the gamers already, counted
    if prep.head.dep_ == "pobj":
        return None  # "soared over the heads of the audience holding the nanny's umbrella": the verb's subject held it
    if any(refers_to(c, noun) for c in participle.subtree if c.dep_ in {"dobj", "dative", "pobj", "nsubj"} and c.i > participle.i):
        return None
    return noun


# verbs whose prepositional complement can be a gerund clause with a subject of its own ("relied on users not
# spotting …", "culminated in the Welshman hammering …", "led to the band abandoning …"); after any other verb the
# noun is a place, a path, a recipient or an instrument and the "-ing" clause is the subject's own ("can interact
# with them using a simple system", "wrote to his Parliamentary office saying …", "hop from phone to phone using …")
GERUND_COMPLEMENT_VERBS = {
    "on": frozenset({"rely", "depend", "count", "bank", "insist", "hinge", "rest"}),
    "upon": frozenset({"rely", "depend", "insist"}),
    "in": frozenset({"result", "culminate", "end"}),
    "to": frozenset({"lead", "object", "contribute"}),
    "about": frozenset({"worry", "complain", "talk", "think", "hear", "know", "joke"}),
    "of": frozenset({"approve", "disapprove", "hear", "speak", "dream", "think", "know"}),
}
GERUND_COMPLEMENT_PREPOSITIONS = frozenset(GERUND_COMPLEMENT_VERBS)


def gerund_subject_in_complement(participle):
    """The noun that an "-ing" clause written right after it, with no comma, is said of, when the parser hung
    the clause on the verb whose prepositional complement the noun is: the gerund has a subject of its own,
    so the verb's subject is not it. "Older attacks relied on users not spotting the fact that the site they were
    visiting was fake" → users — not spotting — the fact … (not "Older attacks — not spotting —"); "a fine
    move … culminated in the Welshman hammering the ball into the net" → the Welshman hammered it. Only a
    verb whose complement that can be (:data:`GERUND_COMPLEMENT_VERBS`: "CJ can interact with them using a simple
    system on the control pad" is CJ's using it), with no object before the preposition, not a time or an amount,
    not a report ("he again heaped praise on Mr Brown saying he was doing a great job" is the subject's saying),
    not a clause opened by "when/while …"."""
    if participle.dep_ not in {"advcl", "xcomp"} or participle.tag_ != "VBG" or is_reporting(participle):
        return None  # (a report is the subject's: "appealed for calm on television saying …")
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in {"aux", "auxpass", "mark", "expl"} or c.lower_ in SUBORDINATING
           for c in participle.children):
        return None  # (the parse may make "when" an adverb: "only faltering against Nalbandian when serving …")
    doc, k = participle.doc, participle.i - 1
    while k >= 0 and doc[k].dep_ in {"advmod", "neg"} and doc[k].head.i == participle.i:
        k -= 1  # "users not spotting"
    if k < 0 or participle.left_edge.i <= k:
        return None
    noun = doc[k]
    if (noun.dep_ != "pobj" or noun.pos_ not in {"NOUN", "PROPN", "PRON"} or noun.like_num
            or noun.ent_type_ in AMOUNT_OR_TIME or noun.tag_ == "PRP$"):
        return None
    prep, verb = noun.head, participle.head
    if prep.dep_ != "prep" or prep.lower_ not in GERUND_COMPLEMENT_PREPOSITIONS or prep.head.i != verb.i:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GERUND_COMPLEMENT_VERBS[prep.lower_] or verb.i > prep.i:
        return None
    if any(c.dep_ in {"dobj", "dative", "attr", "acomp", "oprd"} and c.i < prep.i for c in verb.children):
        return None  # "heaped praise on Mr Brown saying …": the praise is the object, the subject says it
    return noun


def gerund_clause_of(prep):
    """The "-ing" verb of the clause whose subject is the object of ``prep`` (:func:`gerund_subject_in_complement`),
    else ``None``: the preposition's complement is the whole clause, not the noun, so the reading takes the
    clause as its object. "Older attacks relied on users not spotting the fact that …" → Older attacks — rely on
    — users not spotting the fact … (not "— rely on — users"); "a fine move … culminated in the Welshman hammering
    the ball into the net" (not "a fine move — culminated in — the Welshman")."""
    if prep.dep_ != "prep" or prep.lower_ not in GERUND_COMPLEMENT_PREPOSITIONS:
        return None
    for c in prep.head.children:
        if c.tag_ == "VBG" and c.i > prep.i:
            own = gerund_subject_in_complement(c)
            if own is not None and own.head.i == prep.i:
                return c
    return None


# verbs of looking, weighing and speaking: what only a person does ("Looking into …", "Allowing for …")
MINDFUL_VERBS = frozenset({"look", "allow", "consider", "judge", "compare", "reflect", "assess", "speak", "talk",
                           "write", "think", "bear", "take"})
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "one"})
PERSON_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def is_dangling_participle(verb, subj) -> bool:
    """An "-ing" clause opening the sentence whose verb only a person does (looking, allowing for, speaking …),
    when the clause's subject is a thing: the writer looks and allows, not the subject, so no reading gives it
    the subject. "Looking into P2P's future, file sharing is just the beginning for P2P networks" (no "file
    sharing — be Looking into — P2P's future"); "Allowing for changes in calculating statistics, the average
    number of people out of work was the highest since 1990"; "Looking at the draw, it is anyone's trophy".
    A person, a body or a noun of people keeps it ("Speaking immediately after the game, Moyes said …")."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in MINDFUL_VERBS or subj is None:
        return False
    sent = sentence_of(verb)
    if verb.left_edge.i != sent.start or verb.i > subj.i or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if subj.lower_ in PERSONAL_PRONOUNS or subj.ent_type_ in PERSON_TYPES or subj.pos_ == "PROPN":
        return False
    if any(c.pos_ == "PROPN" or c.ent_type_ in PERSON_TYPES for c in subj.children):
        return False  # a title with its name: "the MDA's chairman Mike Short"
    return subj.lemma_.lower() not in AGENT_NOUNS and not any(c.dep_ == "conj" for c in subj.children)


def refers_to(pronoun, noun) -> bool:
    """A personal pronoun (not a reflexive) that could stand for ``noun`` by number: "them" for a plural, "him",
    "her" or "it" for a singular."""
    word = pronoun.lower_
    if word == "them":
        return noun.tag_ in {"NNS", "NNPS"}
    return word in {"him", "her", "it"} and noun.tag_ in {"NN", "NNP"}


MAX_ASIDE = 15  # tokens between the two dashes of an aside


def noun_before_dashed_aside(word, noun):
    """The noun before an aside set off by dashes, when a relative word ("which", "who") right after the closing
    dash was hung on a noun inside the aside (``noun``): the aside is a gloss, the relative clause goes on
    about the noun before it. "… ahead of animated comedy The Incredibles - now in its fourth week in the charts
    - which took $24.1m" → The Incredibles took it (not "the charts — took —"); "they are scared to death of the
    next generation - like my daughter who is 14 - who don't listen to radio" → the next generation. Else
    ``None``: a relative word with no dash before it, an aside that runs over a clause end, a noun the parse
    already put before the aside, or a person before a "which" (never a person: "an announcement by Irish Prime
    Minister Bertie Ahern - who is still considering the future of the airline - which ruled out …")."""
    doc = word.doc
    close = word.i - 1
    if close < 2 or doc[close].text not in DASHES:
        return None
    start = sentence_of(word).start
    k = close - 1
    while k > start and doc[k].text not in DASHES:
        if doc[k].text in {".", ";", ":", "?", "!"} or close - k > MAX_ASIDE:
            return None
        k -= 1
    if k <= start or doc[k].text not in DASHES or not k < noun.i < close:
        return None
    if noun.pos_ == "PROPN" or any(t.dep_ == "appos" and not k < t.head.i < close for t in doc[k + 1:close]):
        return None  # a name in the aside may be what it goes on about: "Rolf On Art - The Big Event - which saw …"
    before = doc[k - 1]
    while before.dep_ in {"compound", "flat"} and k > before.head.i > before.i:
        before = before.head
    if before.pos_ not in {"NOUN", "PROPN"}:
        return None
    if word.lower_ == "which" and before.ent_type_ == "PERSON":
        return None
    return before


# verbs of statement and forecast whose indirect report the next sentence can carry on in the reporter's
# backshifted "would/could/might"
CARRIED_REPORTS = frozenset({"say", "tell", "add", "predict", "claim", "argue", "warn", "insist", "explain", "suggest",
                             "forecast", "estimate", "believe", "think", "expect", "announce", "state", "stress"})
BACKSHIFTED = frozenset({"would", "could", "might"})
# verbs of speaking out whose backshifted denial is the writer's account of someone keeping quiet
# ("… would not comment on the reports"), no carried report
SPEAKING_OUT = frozenset("comment confirm say discuss disclose reveal elaborate speculate name specify".split())


def is_denied_act(verb) -> bool:
    """Whether a verb is denied by its own "not" or "never" or by a subject that names nobody: "would not
    comment", "Neither Downing Street nor the Labour Party would comment", "No one would comment", "nobody
    would say"."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return True
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in {"nobody", "none", "no-one"} or any(
        d.dep_ in {"det", "preconj"} and d.lower_ in {"neither", "no"} for d in c.children)) for c in verb.children)


def has_backshifted_aux(verb) -> bool:
    """Whether ``verb`` has "would", "could" or "might" as its auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ in BACKSHIFTED for c in verb.children)


def backshifted_report_speaker(verb):
    """The speaker of the indirect report in the sentence before, which a sentence in the reporter's own voice
    carries on with the backshifted "would", "could" or "might" of reported speech, else ``None``: the
    sentence tells what the speaker said would happen, it does not say it happens. "The CEA predicted that
    there would be several key technology trends to watch in the coming year. Gaming would continue to
    thrive, especially on mobile devices …" → Gaming — would continue to thrive on — mobile devices, by the
    CEA; "He said the site may see no reason to distribute content … Managing traffic could also be a good way
    to ensure …". A clause inside such a sentence in the same backshifted modal is the speaker's as well: "Ms
    Milanesi said more models would likely be released … But they would be more likely to compete with the smaller
    capacity music players …, which would not put too much strain on battery life" (s21 blind row: "Ms Milanesi's
    reported view with no speaker"). Only the main verb of a sentence with no quotation and no report of its own ("The US company
    said it … and would begin …" has its own), after a sentence whose main verb reports in the past ("said",
    "has said") a clause that is no quotation: after a quotation ('Dr Fox told BBC Radio: "…" He would not
    discuss reports …') the "would" is the writer's; after a report in the present ("says") a report goes on
    in "will". Nor a denied verb of speaking out (:data:`SPEAKING_OUT`), the writer's account of a silence: "Mr
    Milburn has repeatedly said the chancellor was key to the campaign and dismissed claims of a rift. Neither
    Downing Street nor the Labour Party would comment directly on the reports" (not Mr Milburn's claim)."""
    sent = sentence_of(verb)
    root = sent.root
    if not (verb.i == root.i or (verb.dep_ == "conj" and verb.head.i == root.i)):
        if not (has_backshifted_aux(verb) and has_backshifted_aux(root)):
            return None  # (a clause of the sentence in the same "would": "…, which would not put too much strain on …")
    if not any(c.dep_ == "aux" and c.lower_ in BACKSHIFTED for c in (*verb.children, *root.children)):
        return None
    if verb.lemma_.lower() in SPEAKING_OUT and is_denied_act(verb):
        return None  # the writer's account of a silence (:data:`SPEAKING_OUT`)
    doc = verb.doc
    if sent.start == 0 or any(t.text in DOUBLE_QUOTES for t in sent):
        return None
    if any(t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in CARRIED_REPORTS and any(c.dep_ == "ccomp" for c in t.children)
           for t in sent):
        return None  # a report of its own: "The Gateshead conference was told he would help …"
    before = sentence_of(doc[sent.start - 1])
    if any(t.text in DOUBLE_QUOTES for t in before):
        return None
    report = before.root
    if report.lemma_.lower() not in CARRIED_REPORTS or not any(c.dep_ == "ccomp" for c in report.children):
        return None
    past = report.tag_ == "VBD" or (report.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in report.children))
    if not past:
        return None
    return next((c for c in report.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"it", "there"}), None)


def speaker_after_report(verb):
    """The speaker written right after a reporting verb ('"…," said Guscott', "…, said the report") when the
    parse also hung a word of the reported words on that verb as a subject before it, else ``None``: the
    subject after the verb is the one who says, the noun before it belongs to what is said. '"The obvious
    choice is Dawson" said Guscott' → Guscott said it, not *Dawson — said —*; "The threat to TV was greatest
    in countries where broadband was on the up, in particular the UK, France and Spain, said the report" → the
    report said it (not the UK, France and Spain); '"Be prepared for a nasty figure …, about five million
    unemployed …," warned HVB Group economist Andreas Rees'. Only a subject that starts right after the verb
    (an inverted report: "…, too says BT" keeps its adverb before the verb), and only when the verb is no
    question's ("did he say" has its subject between the auxiliary and the verb)."""
    if not is_reporting(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    after = next((c for c in subjects if c.i > verb.i), None)
    if after is None or after.left_edge.i != verb.i + 1 or not any(c.i < verb.i for c in subjects):
        return None
    if after.pos_ not in {"NOUN", "PROPN"}:
        return None  # ("Wenger said he we was hopeful": a pronoun after "said" is its report's subject)
    return after


def reported_words_end(verb, start: int, end: int) -> int:
    """Where the words a reporting verb reports end (a token index, exclusive) when its speaker is written
    after it and the parse hung the last words of the report on the verb as a subject
    (:func:`speaker_after_report`): the report runs on to the verb. '"The obvious choice is Dawson" said
    Guscott' → Guscott said "The obvious choice is Dawson" (not "The obvious choice is"); "… that have
    educational elements said Mr Owen" (an adverb of the verb, "…, too says BT", is not reported). ``end`` otherwise, and when the words ``[start, end)`` are not
    before the verb."""
    if speaker_after_report(verb) is None or not start < end <= verb.i:
        return end
    doc = verb.doc
    last = max(c.right_edge.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i) + 1
    while last > end and (doc[last - 1].is_punct or doc[last - 1].dep_ == "cc"):
        last -= 1
    return max(end, last)


def reported_words_before(verb, start: int):
    """The words of a report split around its reporting verb that the parse hung on the verb as a subject
    before the reported clause (token span, or ``None``), when the speaker is written after the verb
    (:func:`speaker_after_report`): '"A literate and qualified Turkish population," insisted Mr Sener, "will
    make a positive impact on the EU"' → Mr Sener insisted "A literate and qualified Turkish population will
    make a positive impact on the EU" (not "will make a positive impact on the EU" alone)."""
    if speaker_after_report(verb) is None:
        return None
    before = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i and c.right_edge.i < start]
    if not before:
        return None
    doc = verb.doc
    first, last = min(c.left_edge.i for c in before), max(c.right_edge.i for c in before) + 1
    while first < last and (doc[first].is_punct or doc[first].dep_ == "cc"):
        first += 1
    while last > first and (doc[last - 1].is_punct or doc[last - 1].dep_ == "cc"):
        last -= 1
    return doc[first:last] if first < last else None


# adjectives whose "it … to VERB" may be said of a thing, the infinitive's object left out ("it is easy to use")
TOUGH_ADJECTIVES = frozenset({"easy", "hard", "difficult", "tough", "impossible", "simple", "straightforward",
                              "awkward", "cheap", "expensive", "fun", "nice", "pleasant", "safe", "dangerous"})
# what a to-infinitive has of its own when it is a whole clause, no gap for the thing "it" could be
OWN_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "nsubj", "dative", "oprd"})


def extraposed_infinitive(subj):
    """The to-infinitive an "it" subject of "be" and an adjective or noun stands for, else ``None``: the
    "it" is a placeholder, no referent, and no reading has it as subject. 'It was "too early" to predict
    whether the downward trend in UK production would continue', 'said it had been "great fun" to look back at
    Scotland's musical heritage and take note of …', "it would be quite straight-forward to deploy UWB" (not
    *It — to predict whether — …*, *it — had been to take note of — …*, *it — would be — quite
    straight-forward*: the "it" would even be resolved to the speaker). After an adjective that can say
    something of a thing ("easy", "hard" …) only an infinitive with a complement of its own is the clause "it"
    stands for (:func:`has_no_gap`): "it is easy to use" says the device is; "it is easy to get lost" is a clause."""
    if subj.lower_ != "it" or subj.dep_ not in {"nsubj", "expl"} or subj.head.lemma_ != "be":
        return None
    be = subj.head
    pred = next((c for c in be.children if c.dep_ in {"acomp", "attr"} and c.i > be.i), None)
    if pred is None:
        return None
    for inf in (*be.children, *pred.children):
        if (inf.i > pred.i and inf.dep_ in {"xcomp", "advcl", "ccomp", "acl", "relcl"} and inf.tag_ == "VB"
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in inf.children)):
            if pred.lemma_.lower() in TOUGH_ADJECTIVES and not has_no_gap(inf):
                return None
            return inf
    return None


def has_no_gap(inf) -> bool:
    """Whether a to-infinitive is a whole clause, with an object, a complement or a prepositional phrase with its
    noun of its own ("to look back at Scotland's musical heritage", "to get lost"), not one whose object is the
    thing "it" names ("it is easy to use", "it is hard to talk to")."""
    return any(c.dep_ in OWN_COMPLEMENTS or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children))
               for c in inf.children)


# the words a parse may set between a conjunct verb and the noun before it: "but U2 were not nominated"
VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def noun_conjunct_subject(verb):
    """The noun written right before a conjunct verb that the parse made a conjunct of the verb before, not the
    verb's subject: a noun joined to a verb by "and"/"but" is no conjunct of it, it opens a clause of its own and is
    that clause's subject. "Snow Patrol will support U2 on their European tour later this year - but U2 were not
    nominated for best Irish band and album" (U2 —conj→ support, nominated —conj→ support): U2 were not
    nominated, never Snow Patrol. Only a noun or a name with no dependents of its own but its determiner and
    modifiers and nothing between it and the verb but the verb's auxiliaries, negation and adverbs; else ``None``.
    """
    if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    doc = verb.doc
    k = verb.i - 1
    while k > verb.head.i and doc[k].dep_ in VERB_GROUP_DEPS and doc[k].head.i == verb.i:
        k -= 1
    noun = doc[k]
    if (k <= verb.head.i or noun.dep_ != "conj" or noun.head.i != verb.head.i
            or noun.pos_ not in {"NOUN", "PROPN"} or noun.tag_ == "NNS" and verb.tag_ == "VBZ"):
        return None
    if any(c.dep_ not in {"det", "amod", "compound", "poss", "nummod", "punct"} for c in noun.children):
        return None
    return noun
