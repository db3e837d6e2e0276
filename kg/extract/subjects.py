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

from ..lexicon import HONORIFICS
from ..nlp import sentence_of
from ..timenorm import WEEKDAYS
from .speech import REPORTING_PARTICIPLES

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
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
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
    ids = {t.i for t in span}
    first = span[0]
    if (first.lower_ in SUBORDINATING and first.dep_ in {"mark", "advmod"} and first.head.i in ids
            and first.head.pos_ in {"VERB", "AUX"}):
        return True
    for tok in span:
        if tok.i == subj_tok.i or tok.dep_ not in SUBJECT_DEPS:
            continue
        if any(a.dep_ in {"relcl", "acl"} and a.i in ids for a in tok.ancestors):
            continue  # the noun's own relative clause
        inner = tok.head
        if (inner.i in ids and inner.pos_ in {"VERB", "AUX"} and inner.dep_ in {"amod", "compound", "nmod", "conj", "appos"}
                and any(c.dep_ in {"aux", "auxpass"} for c in inner.children)):
            return True  # a clause with its own verb group inside the phrase ("… moderation systems")
        lo, hi = sorted((tok.i, subj_tok.i))
        if tok.head.i == verb.i and any(t.tag_ in FINITE_TAGS for t in span if lo < t.i < hi):
            return True  # two subjects of the verb with a finite verb between: two clauses
    return False


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
    tok = doc[start]
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
    doc = head.doc
    tok = doc[start]
    if (start < head.i and tok.lower_ in {"sure", "certain"} and start > 0 and doc[start - 1].lemma_.lower() == "make"
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
