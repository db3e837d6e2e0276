"""Clauses: one extraction per predicate, with every argument the parse gives it.

The engine reads each verb (and each copula) of a sentence:

* relation = the verb with its auxiliaries, negation and particles as
  written ("may be seeking", "did not win"), with subject-control
  complements chained in ("is seeking to negotiate");
* subject = its ``nsubj``; missing subjects come from the first conjunct
  ("Trump confirmed … and said …"), the modified noun of a relative or
  participial clause (relative.py), or the governing clause of a
  participle ("…, offering to mediate");
* object = the direct object, attribute or complement; else a clausal
  complement (reported speech, speech.py); else the first prepositional
  object with its preposition folded into the relation ("taught at");
* extra = the other prepositional phrases and bare noun modifiers
  ("on Thursday", "this year"), in sentence order.

A bare or indefinite common-noun object followed by a preposition is
folded into the relation ("launched strikes on" + "Iran's main nuclear
facility") so the graph predicate is compact. Conjoined subjects and
objects give one extraction each; passives are handled in passive.py.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..docview import char_span, doc_tokens, has_dep, once_per_token, span_root, span_tokens, with_dep
from ..nlp import sentence_of, span_text
from ..records import Argument, Extraction
from . import passive as passive_mod
from .confidence import score
from .frames import (RELATIVE_SUBJECTS, cleft_focus, impersonal_report, is_adjective_frame, is_adverbial_focus,
                     is_cleft_frame, is_elided_verb)
from .worknouns import is_work_noun_read_as_verb
from .misreadings import (ALTERNATIVE, NEAR_MISS, is_up_until, is_participle_read_as_conjunct, is_distance_of_a_clause, is_headline_line, addressee_clause, adjective_content, headline_clause_after_conjunction, headline_subject_after_conjunction, is_inverted_participle_copula, is_title_participle, is_compound_participle, is_effort_participle, is_preposition_read_as_participle, is_participle_after_a_time, is_noun_read_as_verb_before_its_clause, is_noun_read_as_verb_in_object_place, subject_before_its_clause, participle_aside_close, verb_above_infinitive, is_absolute_with, is_article_read_as_subject, is_future_going_left_alone, is_detached_score, opponent_before_score, is_disagreeing_conjunct, is_stranded_auxiliary, is_split_premodifier, is_shifted_predicate, made_clear_clause, shifted_predicate, object_complement, direction_after_object, object_control_infinitive, prepositional_controller, asked_clause_end, has_own_complement, is_object_control, clause_object_end, completing_adverb, movement_amount, folded_words, prep_degree,
                           is_apposition_after_phrase, is_expletive_noun_frame, is_head_noun_read_as_verb, is_noun_read_as_present_verb, is_name_word,
                           is_existential_noun_read_as_subject, is_noun_after_open_aside, is_one_thing_named_twice, is_plural_noun_read_as_verb, is_possessed_gerund,
                           modified_conjuncts,
                           object_after_recipient, offers_alternatives, particle_with_preposition, passive_complement, preposition_on_particle,
                           particles_before, preposition_read_as_modifier, is_rank_read_as_verb, named_after_comma, regarded_as, as_phrase_end, result_phrase, shared_governor, subject_after_verb_read_as_modifier, skips_an_amount, skips_a_completing_word, is_thanks_to, subject_across_colon, subject_in_opening_phrase,
                           verb_lemma)
from ..lexicon import DOUBLE_QUOTES, FINITE_TAGS, ONE_CHARACTER_QUOTES, TIME_NOUNS, TITLE_SMALL_WORDS
from .informative import (WH_WORDS, is_bare_auxiliary, is_bare_infinitive, opens_with_object_gap, is_denied_restriction, is_empty_reading, is_negated_restriction, is_restrictive_relative,
                          is_result_participle, has_subject_read_as_object, is_shell_subject, is_clause_label_copula, is_vague_subject, is_wh_argument, lost_complement, likeness_clause, manner_participle, needed_clause_end, adverb_with_phrase,
                          opens_next_clause, is_prevented_event, is_as_far_as_hedge, is_pseudo_cleft, is_gerund_after_copula,
                          is_generic_people_participle, is_birth_name, is_result_adjective_without_object, is_focus_fragment,
                          is_elliptical_subject)
from .modality import (WH_WORDS as QUESTION_WORDS, complement_noun, content_noun, denied_content, frame, is_passive_report,
                       pseudo_coordinated)
from .nominal import DITRANSITIVE, is_role_noun_read_as_verb
from .polarity import (FORECAST_ADJ, HEDGE_ADJ, NEGATIVE_ADVERBS, OWN_CLAUSE_DEPS, affirmed_alternative, is_yet_to, asserting_idiom, denied_content_end, denied_purpose, only_choice, forecast_of, help_but, is_alternative_not, is_correlative_focus,
                       is_correlative_not, is_deferred, is_infinitive_not, is_negated, is_negated_comparison, is_focused_not, modality_of,
                       negation_focus, negation_tokens, negative_determiner, outcome_modal, shared_modal, shares_negation,
                       shares_infinitive_negation)
from .relative import (agreeing_antecedent, place_of_where_clause, antecedent, described_subject, listed_antecedent, is_relative_pronoun, is_unasserted_infinitival, person_from,
                       relative_object)
from .subordinate import clauses_opened_on
from .spans import (COLLECTIVE_VERBS, lost_prepositional_object, is_in_cut_title, is_collective_name, aside_bounds, aside_end, crosses_aside, is_denied_pair, NAME_TYPES, RELATIVE_HEADS, block, clause_bounds, conjuncts,
                    entity_at, finite_governor, is_finite_after_infinitive, is_percent, is_unit_suffix, make_argument,
                    is_spaced_dash, is_pretokenised, np_argument, np_bounds, starts_a_clause, titled_one_name, with_prep)
from .subjects import (BACKSHIFTED, noun_conjunct_subject, backshifted_report_speaker, is_fact_cut_from_its_verb, extraposed_infinitive, speaker_after_report, reported_words_before, reported_words_end, clause_subject_opener, gerund_subject_after_of, gerund_subject_in_complement, gerund_clause_of, is_dangling_participle, ranked_clause_verb, is_clause_read_as_subject, is_fronted_predicate_word, is_name_read_as_modal,
                       is_reporting_participle_read_as_subject, is_participle_read_as_subject, is_which_of_a_clause, subject_across_clause)
from .speech import (CLAUSE_TAKING, DENIAL, PEOPLE_NOUNS, report_cut_from_its_clause, is_report_cut_from_its_clause, subject_left_in_object, name_swallowed_by_opening, speaker_read_as_object, content_conj, repeated_report_quote, is_present_plural_read_as_base, participle_reporter, inverted_subject, is_inverted_reporter, is_object_taken, is_reporting,
                     is_inverted_aside, is_next_report, finite_word, lent_subject, subject_behind_speaker, next_speakers_report, quote_head,
                     reported_clause, reporter_conj, tense_of)

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
CORE_OBJECTS = frozenset({"dobj", "attr", "acomp", "oprd", "dative"})
REL_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
PREDICATE_POS = frozenset({"VERB", "AUX"})
LIGHT_DETS = frozenset({"a", "an"})
MAX_CONJ = 4
CLEFT_WORDS = RELATIVE_SUBJECTS | {"it"}  # subjects that stand for a cleft's focus


def has_word(text: str) -> bool:
    """Whether an argument has a letter or digit (not a stray "’s" or "-")."""
    return any(map(str.isalnum, text)) and not (len(text) <= 2 and not text[:1].isalnum())


# --------------------------------------------------------------------------- predicates

def is_predicate(tok) -> bool:
    """A verb or a copula heading a clause (not an auxiliary, not a chained complement)."""
    if tok.pos_ not in PREDICATE_POS or tok.dep_ in {"aux", "auxpass"} or not (tok.text[:1].isalpha() or is_contracted_copula(tok)):
        return False
    if tok.i >= 2:
        tokens = doc_tokens(tok.doc)  # (not tok.doc[…]: a Token made and its text decoded per look)
        if tokens[tok.i - 1].text == "-" and not tokens[tok.i - 2].whitespace_:
            return False  # the tail of a hyphenated word the tokenizer split ("de - escalate")
    if is_split_prefix(tok):
        return False
    if tok.dep_ == "conj" and getattr(pseudo_coordinated(tok.head), "i", None) == tok.i:
        return False  # "try and make": chained into "try" (modality.py)
    if is_elided_verb(tok):
        return False  # "in a way Old Labour never did": VP ellipsis says nothing by itself (frames.py)
    if help_but(tok) is not None:
        return False  # "he couldn't help but return": what he did is the verb after "but" (polarity.py)
    if is_split_progressive(tok):
        return False
    if (is_noun_in_coordination(tok) or is_plural_noun_read_as_verb(tok) or is_noun_read_as_verb(tok)
            or is_noun_after_open_aside(tok) or is_head_noun_read_as_verb(tok) or is_noun_read_as_present_verb(tok) or is_role_noun_read_as_verb(tok)
            or is_rank_read_as_verb(tok) or is_noun_read_as_verb_before_its_clause(tok)
            or is_noun_read_as_verb_in_object_place(tok) or is_work_noun_read_as_verb(tok)):
        return False
    if tok.dep_ == "xcomp" and tok.tag_ == "VBG" and opens_a_quote(tok.head, tok):
        return False  # "He said: "Signing a new contract just rubber-stamps …"": the quote's subject
    if tok.pos_ == "AUX" and tok.dep_ not in {"ROOT", "conj", "ccomp", "relcl", "advcl", "xcomp", "parataxis"}:
        # a copula is a predicate as the content of a noun ("claims that she and Venus are a declining force",
        # "the fact that he is a Democrat")
        return tok.dep_ == "acl" and (content_noun(tok) is not None or complement_noun(tok) is not None)
    if tok.dep_ == "conj" and tok.head.dep_ == "xcomp" and prepositional_controller(tok.head) is not None:
        return False  # "called on British firms not to simply cut and run": what they are asked, no act (misreadings.py)
    if tok.dep_ == "xcomp" and (is_chained(tok) or any(c.dep_ in {"dobj", "dative"} for c in tok.head.children)
                                or is_complement_of_attribute(tok) or prepositional_controller(tok) is not None):  # ("the third Conservative MP to defect …")
        # chained into its governor, or an object-control complement ("urged Israel to remain
        # prepared"): what was urged is not asserted, it stays an argument of the governor
        return False
    return True


def is_split_prefix(tok) -> bool:
    """The prefix of a hyphenated verb the tokenizer split, which the parser made the verb: "and
    co-operate with continuing investigations", "stars re-recorded We Are the World". The parse
    of such a word is no reading of it (not "Monsanto — co"); the clause is left unread."""
    doc = tok.doc
    return (tok.i + 2 < len(doc) and len(tok.text) <= 4 and tok.whitespace_ == "" and doc[tok.i + 1].text == "-"
            and doc[tok.i + 1].whitespace_ == "" and doc[tok.i + 2].is_alpha)


def is_plainly_finite(verb) -> bool:
    """A verb whose form is not a base form: "hits", "has hit", "went" (not "put" or "cut",
    whose past is their base form)."""
    if verb.tag_ == "VBZ":
        return True
    if verb.tag_ == "VBN":
        return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return verb.tag_ == "VBD" and verb.lower_ != verb.lemma_.lower()


def is_noun_in_coordination(tok) -> bool:
    """A noun the parser read as a verb conjoined to the clause, between "and"/"or" and the noun
    after it: "has hit sales at Swiss food and drink giant Nestle" — "drink" is a noun like
    "food", not a verb ("… costs — drink — giant Nestle"). Seen by the mismatch: a base form
    with no subject, auxiliary or "to" of its own, conjoined to a finite or participle verb,
    right after a conjunction that follows a noun."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ != "VB" or not is_plainly_finite(head):
        return False
    if any(c.dep_ in SUBJECTS or c.dep_ in {"aux", "auxpass"} for c in tok.children):
        return False
    doc = tok.doc
    return (tok.i >= 2 and doc[tok.i - 1].dep_ == "cc" and doc[tok.i - 1].head.i == tok.head.i
            and doc[tok.i - 2].pos_ == "NOUN")


def is_split_progressive(tok) -> bool:
    """A progressive "is … setting out" whose "is" the parser made the predicate, the -ing verb its
    adverbial clause: "Tim Collins is on Thursday setting out a new scheme" is no "Tim Collins — is
    on — Thursday"; the -ing verb is read ("be setting out")."""
    if tok.lemma_ != "be" or any(c.dep_ in CORE_OBJECTS for c in tok.children):
        return False
    doc = tok.doc
    return any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > tok.i and not any(g.dep_ == "mark" for g in c.children)
               and not any(doc[k].is_punct for k in range(tok.i + 1, c.i)) for c in tok.children)


def is_contracted_copula(tok) -> bool:
    """"they're not in a better position", "I'm sure": a contracted "are"/"am" heading its clause
    ("'s" stays out: "it's fair to say" is no statement by "it")."""
    return tok.pos_ == "AUX" and tok.lemma_ == "be" and tok.lower_ in {"'re", "’re", "'m", "’m"}


def is_chained(xcomp) -> bool:
    """A subject-control complement read into its governor's relation ("seeking to negotiate")."""
    head = xcomp.head
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children)
    gerund = xcomp.tag_ == "VBG" and not any(c.dep_ in {"aux", "auxpass"} for c in xcomp.children)
    if gerund and head.lemma_.lower() in DENIAL:
        return False  # "denied faking a crash": what is denied is its own (negated) claim, modality.py
    if gerund and any(c.dep_ in {"acomp", "attr"} and c.i < xcomp.i for c in head.children):
        return False  # "been funny not cursing": how he was funny, no "been cursing" (nor "been not cursing")
    if to and is_complement_of_attribute(xcomp):
        return False  # "He is the third Conservative MP to defect to Labour": no "is to defect"
    helped = xcomp.tag_ == "VB" and xcomp.i == head.i + 1 and head.lemma_.lower() == "help"
    # ("could help wipe out waiting lists": help takes its verb bare, the relation "could help wipe out")
    return (xcomp.dep_ == "xcomp" and head.pos_ in PREDICATE_POS and xcomp.i > head.i and (to or gerund or helped)
            and not opens_a_quote(head, xcomp) and not is_rank_read_as_verb(xcomp) and past_aside(xcomp) is None
            and not any(c.dep_ in {"dobj", "nsubj"} for c in xcomp.children if c.i < xcomp.i)
            and not any(c.dep_ in {"dobj", "dative"} for c in head.children) and prepositional_controller(xcomp) is None)


def is_complement_of_attribute(xcomp) -> bool:
    """A to-infinitive the parser hung on "be", written right after the verb's attribute or adjective: the
    attribute's complement, never a "be to V" of the subject. "He is the third Conservative MP to defect to
    Labour since 1997" (*He — is — the third Conservative MP to defect …*, not *He — is to defect — the third
    Conservative MP*); "Weitz … admitted he would not be many people's first choice to direct the films";
    "Kevin Morgan is probably favourite to replace Thomas at full-back" (*is favourite to replace — Thomas*).
    "The creator of Buffy … is to take on a new female superhero" (no attribute) stays "is to take on"."""
    head = xcomp.head
    if head.lemma_ != "be" or xcomp.dep_ != "xcomp" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in xcomp.children):
        return False
    attribute = next((c for c in head.children if c.dep_ in {"attr", "acomp"} and head.i < c.i < xcomp.i), None)
    return attribute is not None and attribute.right_edge.i + 1 == xcomp.left_edge.i


def opens_a_quote(verb, clause) -> bool:
    """Whether a colon or an opening quotation mark stands between ``verb`` and a later ``clause``:
    "He said: "Signing a new contract just rubber-stamps my desire …"" — "Signing" begins his
    words; it is no complement chained to "said" (not "He — said Signing — a new contract")."""
    doc = verb.doc
    return any(t.text == ":" or (t.text in {'"', "“", "``", "‘"} and doc[t.i - 1].whitespace_ and not t.whitespace_)
               for t in doc[verb.i + 1:clause.left_edge.i + 1])


def chain(verb) -> list:
    """``verb`` and the complements chained to it: [seeking, negotiate]."""
    out = [verb]
    cur = verb
    aside = aside_bounds(verb)
    while len(out) < 4:
        course = course_complement(cur) if cur.pos_ in PREDICATE_POS else None
        if course is not None:  # (before the parse's "be to V": "was on course to break")
            out.extend(course)
            cur = course[-1]
            continue
        nxt = chained_complement(cur)
        nxt = nxt if nxt is not None else pseudo_coordinated(cur)  # "didn't try and make" (modality.py)
        if nxt is not None and aside is not None and nxt.i > aside[1]:
            break  # "the Kyoto treaty - which aims to cut emissions - branding it …": "branding" is no aim (:func:`past_aside`)
        if nxt is None and cur.pos_ in PREDICATE_POS:
            adjective = adjective_complement(cur)
            if adjective is not None:
                out.extend(adjective)
                cur = adjective[1]
                continue
        if nxt is None:
            break
        out.append(nxt)
        cur = nxt
    return out


def chained_complement(verb):
    """Subject-control complement (xcomp chain): "Iran is seeking to negotiate" → the "negotiate"
    of "seeking", read into one relation "is seeking to negotiate" (:func:`is_chained`), else ``None``."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in PREDICATE_POS and is_chained(c)), None) \
        or went_on_to(verb)


def went_on_to(verb):
    """The infinitive of an aspectual "go on to", which the parser hung on "go on" as an adverbial clause:
    "Its winners often go on to win Oscars" → Its winners — go on to win — Oscars (not "go on" with its
    complement lost, nor "go on — Oscars"); "Kuznetsova went on to give Dementieva another Grand Slam final
    thrashing". ``None`` for "go on" alone ("the talks went on until midnight") or a purpose clause of
    another verb ("he went to Paris to study")."""
    on = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "on"), None)
    if verb.lemma_.lower() != "go" or on is None:
        return None  # ("Work is going on across the music business … to make sure": "to" not after "on")
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.tag_ == "VB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 == on.i + 1 for a in c.children)
                 and not any(a.dep_ in {"nsubj", "nsubjpass", "mark"} for a in c.children)), None)


def adjective_complement(verb):
    """Adjective with a to-complement after a verb: "Labour is likely to win" → ``(likely, win)``,
    both read into the relation "is likely to win" ("may be able to shut out"); else ``None``."""
    adj = next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    if adj is None or adj.i <= verb.i:
        return None
    x = next((c for c in adj.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
              and any(g.lower_ == "to" for g in c.children)), None)
    if x is None:  # "is probably favourite to replace Thomas": the parse hung the infinitive on "is"
        x = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > adj.i
                  and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) and is_complement_of_attribute(c)),
                 None)
    return (adj, x) if x is not None else None


# "on course to", "on track to", "on target to": the way to a result not yet reached
COURSE_NOUNS = frozenset({"course", "track", "target"})


def course_complement(verb):
    """"be on course / on track to V": ``(on, course, V)``, all read into the relation "was on course to break"
    (s28 judged start-a T006: "Lagat was on course to break El Guerrouj's record" gave *was to break*, a schedule,
    and "Qantas is on track to top its target" gave *is on — track*); else ``None``. The infinitive, with no subject
    or opening word of its own, is written right after the bare noun (the parse hangs it on the verb or on the noun);
    "was on the golf course to relax" is a place."""
    if verb.lemma_.lower() not in {"be", "remain", "stay", "look", "seem", "appear", "keep"}:
        return None
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > verb.i), None)
    noun = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
    if noun is None or noun.lower_ not in COURSE_NOUNS or noun.n_lefts or noun.i != on.i + 1:
        return None
    x = next((c for c in [*verb.children, *noun.children] if c.dep_ in {"xcomp", "advcl", "acl"} and c.tag_ == "VB"
              and c.left_edge.i == noun.i + 1 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
              and not any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children)), None)
    return (on, noun, x) if x is not None else None


PARTICLE_ADVERBS = frozenset({"down", "up", "out", "off", "back", "away", "forward", "behind", "ahead", "apart", "high"})


def is_particle(tok) -> bool:
    """A particle the parser read as an adverb, right after its verb and with nothing of its own:
    "… and stepped down" → relation "stepped down" (not "He — stepped"); or as a preposition
    (:func:`is_objectless_particle`: "but Hearts held on")."""
    if is_up_until(tok):
        return False  # "had been winning the race up until last week": no "win up" (misreadings.py)
    return ((tok.dep_ == "prt" and not is_after_verb_phrase(tok))
            or (tok.dep_ == "advmod" and tok.lower_ in PARTICLE_ADVERBS and tok.i == tok.head.i + 1
                and not any(True for _ in tok.children)) or is_objectless_particle(tok)
            or is_particle_after_object(tok))


# an adverb and the preposition after it that make one preposition, whatever verb is before them
ADVERB_PREPOSITIONS = frozenset({("apart", "from"), ("ahead", "of"), ("up", "to"), ("up", "until"), ("up", "till")})


def is_particle_after_object(tok) -> bool:
    """A particle the parser read as an adverb, written right after its verb's object and with nothing of its own:
    the verb's particle, which the relation needs ("turn the clock back" is to undo progress, *turn the clock*
    is not: "a hidebound Tory party, which he said would turn the clock back with spending cuts", s29 judged
    start-b T065 → would turn back — the clock; "has since paid the £180 back"). Only when the verb has no particle
    of its own and one object, not after a participle ("sent Luscombe streaking away": the adverb is the run's),
    and not the first word of a compound preposition whose object the parse hung on the verb ("cut duties apart
    from widening the tax base": no *cut apart*)."""
    if tok.dep_ != "advmod" or tok.lower_ not in PARTICLE_ADVERBS or any(True for _ in tok.children):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and (tok.lower_, nxt.lower_) in ADVERB_PREPOSITIONS:
        return False
    verb = tok.head
    if verb.pos_ != "VERB" or any(c.dep_ == "prt" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].i > tok.i or objects[0].right_edge.i + 1 != tok.i:
        return False
    # (not after a participle, the object's or read as a second object: "Henson sent Luscombe streaking away")
    return not any(t.pos_ in {"VERB", "AUX"} or t.tag_ == "VBG" for t in tok.doc[objects[0].left_edge.i:tok.i]) \
        and not belongs_to_object(tok)


# nouns of a way or a move, and of a stretch of time, that an adverb of direction after them postmodifies
# ("a step forward", "the way back", "a kick ahead"; "a couple of years back", "the months ahead")
PATH_NOUNS = frozenset("way road path route step stride leap kick look glance journey".split())
SPAN_NOUNS = frozenset("year years month months week weeks day days decade decades century centuries".split())


def belongs_to_object(tok) -> bool:
    """An adverb of direction written after the verb's object that is the object's own, not the verb's
    particle: after a noun of a way or a move ("Diminutive wing Shane Williams fielded a kick ahead and danced
    past the onrushing Andrea Masi": no *fielded ahead*; "was unable to find a way back", "take the next step
    forward"), after a stretch of time ("a new Captain Pugwash cartoon made a couple of years back": years
    ago), or the noun "back", after a possessive and maybe an adjective ("placing an arm on Mr Brown's back", "fused
    all my lower back"). The verb's particle follows whoever or whatever it moves ("put Newcastle ahead",
    "pegged them back", "turn the clock back", "put a case forward")."""
    last = tok.doc[tok.i - 1]
    if tok.lower_ == "back" and (last.tag_ in {"POS", "PRP$"} or (
            last.tag_ in {"JJ", "JJR"} and tok.i > 1 and tok.doc[tok.i - 2].tag_ in {"POS", "PRP$"})):
        return True  # the body's back ("too much away", "each other down" are no noun)
    word = last.lower_
    return (word in PATH_NOUNS and last.tag_ == "NN") or (word in SPAN_NOUNS and tok.lower_ in {"back", "ahead"})


def is_after_verb_phrase(prt) -> bool:
    """A particle the parser hung on the verb, written after a prepositional phrase of the verb: an adverb
    of that phrase, no particle ("Nalbandian had never come back from two sets down to win a match": he came
    back from two sets down, never *come down back from — two sets*). A particle follows its verb or the
    verb's object ("took the lights down"), never a phrase of the verb's own. (After an object and a phrase the
    phrase may be the object's: "The latest news sent shares in GW Pharma up 8.5p" keeps "sent up".)"""
    verb = prt.head
    if any(c.dep_ == "dobj" and c.i < prt.i for c in verb.children):
        return False  # "sent shares in GW Pharma up 8.5p": the phrase may be the object's
    return any(t.dep_ == "prep" and t.right_edge.i < prt.i and (t.head.i == verb.i or (t.head.head.i == verb.i
                                                                and t.head.dep_ == "advmod"))
               for t in prt.doc[verb.i + 1:prt.i])


# words that end a phrasal verb at the end of its clause ("held on", "step in", "went under")
CLAUSE_END_PARTICLES = frozenset("""on in over off out up down back away along around round through by about ahead
behind across past apart aside together forward under""".split())


def is_objectless_particle(tok) -> bool:
    """A preposition the parser gave no object (or an adverb), right after its verb at the end of a
    clause: the verb's particle, which the relation needs. "Craig Easton headed in a controversial goal after an
    hour but Hearts held on" → Hearts — held on (not "Hearts — held", a different verb); "Lula has
    decided to step in", "Henry's quick free-kick flew in, which angered …", "has long been frowned
    on". Not a preposition stranded by a relative or a wh-word, whose object is written before it
    ("Garden State, which he wrote, directed and starred in", "what he was looking at": clauses.
    stranded_preposition_object), nor one with words after it ("held on to win") but a reason or a clause
    (:func:`opens_reason`)."""
    if tok.dep_ not in {"prep", "advmod"} or tok.lower_ not in CLAUSE_END_PARTICLES or tok.i != tok.head.i + 1 \
            or any(True for _ in tok.children):
        return False
    verb, doc = tok.head, tok.doc
    if verb.pos_ not in {"VERB", "AUX"} or relative_antecedent(verb) is not None:
        return False
    sent = sentence_of(tok)
    if any(t.tag_ in {"WP", "WDT"} for t in doc[sent.start:verb.i]):
        return False  # ("the club which he played for", "what he was looking at")
    return tok.i + 1 >= sent.end or doc[tok.i + 1].is_punct or doc[tok.i + 1].dep_ == "cc" or opens_reason(doc[tok.i + 1])


def opens_reason(tok) -> bool:
    """A word that opens a reason or an adverbial clause after a verb's particle, which ends the verb's phrase as a
    comma would: "This renewed interest has come about because of the realisation that …" → has come about (not
    "has come", another verb); "the deal fell through when …". Not a preposition with an object of its own ("held on
    to win", "came in as a substitute")."""
    return tok.lower_ == "because" or (tok.dep_ == "mark" and tok.head.i > tok.i and tok.head.dep_ == "advcl")


def relation_tokens(verbs) -> list:
    """The verbs of a chain with their auxiliaries, negation and particles, in sentence order."""
    parts = []
    for v in verbs:
        parts.append(v)
        parts.extend(verb_group(v))
        parts.extend(negation_words(v))
        parts.extend(preverbal_adverbs(v))
        if pseudo_coordinated(v) is not None:
            parts.append(v.doc[v.i + 1])  # the "and" of "try and make"
        if shifted_predicate(v) is not None:
            parts.append(v.doc[v.i + 1])  # "cut short Monday night's show" (misreadings.py)
        parts.extend(c for c in v.children if movement_amount(c) is not None)  # "were down 8.51% to 10.75p"
    parts.extend(w for v in verbs[1:] for w in wh_infinitive_word(v))
    if any(negation_tokens(v) for v in verbs) or shares_negation(verbs[0]):
        # "had not played well" (polarity.py); a conjunct denied with its verb too: "I won't take any risks and
        # come back too soon" → did not come back too soon (he will come back, later), never a bare "come back"
        parts.extend(t for v in verbs for t in negation_focus(v))
    seen, out = set(), []
    for t in sorted(parts, key=lambda t: t.i):
        if t.i not in seen:
            seen.add(t.i)
            out.append(t)
    return out


WH_ADVERBS = frozenset({"how", "where", "when", "why", "whether"})


def wh_infinitive_word(verb) -> list:
    """The wh-adverb opening an infinitive in a verb chain: it belongs to the relation, whose
    meaning it changes. "And she did not know where to go fossil-hunting" → did not know where to
    go (not "did not know to go"); "players … are learning how to emerge on the right side of the
    scoreline" → are learning how to emerge. A wh-object ("know what to do") is an argument."""
    return [c for c in verb.children if c.dep_ in {"advmod", "mark"} and c.lower_ in WH_ADVERBS and c.i < verb.i
            and any(a.lower_ == "to" and a.dep_ == "aux" and c.i < a.i for a in verb.children)]


def verb_group(verb) -> list:
    """Auxiliaries, negation and particles of a verb, as written: "Iran may not be giving up" →
    may, not, be, up; not an auxiliary after the verb, nor the "not" of "not until", of a
    correlative "not just … but" or of "… or not" (polarity.py)."""
    return [c for c in verb.children if (c.dep_ in REL_DEPS or is_particle(c)) and not (c.dep_ == "aux" and c.i > verb.i)
            and not is_stranded_auxiliary(c)  # ("like we did we'll not get": misreadings.py)
            and not (c.dep_ == "prt" and is_after_verb_phrase(c)) and not is_up_until(c)
            and not is_name_read_as_modal(c)  # "Will Young won …" (subjects.py)
            and not (c.dep_ == "neg" and (is_focused_not(c) or is_correlative_not(c) or is_alternative_not(c)))]


def negation_words(verb) -> list:
    """The negating words of a verb ("not", "never", the "longer" of "no longer": polarity.py) with
    the "no" of "no longer": "he was no longer playing" → longer, no (put in order by the caller); the
    "hardly" of "hardly ever" with its "ever"."""
    parts = []
    for n in negation_tokens(verb):
        parts.append(n)
        parts.extend(g for g in n.children if g.lower_ == "no" or g.lower_ in NEGATIVE_ADVERBS)
    return parts


def preverbal_adverbs(verb) -> list:
    """Adverbs written inside the verb group ("also noted", "has often said", "probably saw")."""
    first = with_dep(verb.children, SUBJECTS)
    subj = first.i if first is not None else -1
    first_aux = min((c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < verb.i), default=verb.i - 1)
    return [c for c in verb.children if c.dep_ == "advmod" and c.pos_ == "ADV" and subj < c.i < verb.i and c.i >= first_aux
            and c.tag_ not in {"WRB"} and not any(True for _ in c.children) and not is_correlative_focus(c)
            and not c.doc[c.i + 1].is_punct and not (c.i > 0 and c.doc[c.i - 1].is_punct)]


def lemma_of(verbs) -> str:
    """The normalised predicate: lemmas of the chain with "to" and particles ("seek to negotiate", "give up"),
    and the "not" of an infinitive, which a denial of the whole does not carry ("decided not to play for" →
    "decide not to play for"; "did not decide to play for" is "decide to play for", negated);
    each passive verb of the chain keeps "be" and its participle: "is thought to be made" → "be thought to
    be made" (not "think to be made"), "was forced to resign" → "be forced to resign"."""
    words = []
    if len(verbs) > 1 and any(is_yet_to(c) for c in verbs[0].children):
        verbs = verbs[1:]  # "has yet to reveal" → "reveal", denied (polarity.is_yet_to): no "have to reveal", an obligation
    for k, v in enumerate(verbs):
        if k and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            words.extend(w.lower_ for w in wh_infinitive_word(v))  # "know where to go"
            # "has vowed not to campaign for" → "vow not to campaign for" (the vow is made); "choose never to click"
            words.extend(c.lower_ for c in v.children if is_infinitive_not(c, verbs))
            words.append("to")
        if passive_mod.is_passive(v) or (k == 0 and named_after_comma(v) is not None):  # ("the Xbox 2, codenamed Xenon")
            words.extend(["be", v.lower_])
        elif is_habitual_used(v, verbs[k + 1] if k + 1 < len(verbs) else None):
            words.append("used")  # "Jelena Dokic, who used to compete for Australia" → "used to compete for", not "use"
        elif is_have_got_to(v):
            words.append("have")  # "He's still got to overcome …" → "have to overcome", as "has to overcome" reads
        else:
            words.extend(c.lower_ for c in v.children if is_near_miss(c))  # "almost took the lead through Quashie"
            words.append(verb_lemma(v))
        words.extend(c.lower_ for c in v.children if is_particle(c))
        # the way a figure moved, which relation_tokens writes: "were up 0.5%" → "be up", "closed down 7.9%" → "close down"
        words.extend(c.lower_ for c in v.children if movement_amount(c) is not None)
        if shifted_predicate(v) is not None:
            words.append(v.doc[v.i + 1].lower_)  # "cut short", "make clear" (misreadings.py)
    return " ".join(words)


def is_have_got_to(verb) -> bool:
    """The "got" of "have got to" + verb, which says what must be done, as "have to" does: "He's still got to
    overcome the reluctance of other finance ministers" → have to overcome (not "get to overcome": he is not
    allowed to, he must); "We've got to go back to technology". Not "got to" a place or point ("We've got to
    the point where …"), whose "to" is a preposition, nor "got to know" (came to know: "I've got to know him")."""
    if verb.lower_ != "got" or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() in {"have", "be"} and c.i < verb.i for c in verb.children):
        return False
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.lower_ != "to" or nxt.tag_ != "TO":
        return False  # (the infinitive's "to", not a preposition)
    after = verb.doc[nxt.i + 1] if nxt.i + 1 < len(verb.doc) else None
    return after is None or after.lemma_.lower() != "know"


# adverbs that say an act came close and did not happen; verbs of multiplying keep the act ("revenue nearly tripled")
NEAR_MISS_ADVERBS = frozenset({"almost", "nearly"})
MULTIPLYING = frozenset({"double", "treble", "triple", "quadruple", "halve"})


def is_near_miss(adverb) -> bool:
    """An "almost"/"nearly" written right before its verb, which says the act did not happen, so the relation
    keeps it: "Pompey … almost took the lead through Quashie" → almost take lead through (not "take lead through",
    an edge Pompey — Quashie of a goal never scored); "Drogba almost headed Chelsea in front", "Mr Fischer …
    almost emigrated there". Not a verb of multiplying ("The firm's revenue nearly tripled": it tripled, nearly),
    nor an adverb of an amount or another word ("almost 13 million", "almost certainly")."""
    verb = adverb.head
    return (adverb.dep_ == "advmod" and adverb.lower_ in NEAR_MISS_ADVERBS and adverb.i < verb.i
            and verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() not in MULTIPLYING
            and all(verb.doc[k].pos_ in {"ADV", "AUX", "PART"} for k in range(adverb.i + 1, verb.i)))


def is_habitual_used(verb, complement) -> bool:
    """The past habitual "used to V": "Jelena Dokic, who used to compete for Australia" says what she did
    once, not what she used (lemma "used to compete for", not "use to compete for"). A "used" with an
    object, a passive or no infinitive chained to it is the verb "use" ("was used to pay for T-shirts",
    "used his to accidentally send")."""
    return (verb.lower_ == "used" and complement is not None and complement.tag_ == "VB"
            and not any(c.dep_ in {"dobj", "auxpass", "aux"} for c in verb.children))


# --------------------------------------------------------------------------- subjects

def subject_of(verb, depth: int = 0):
    """The subject token of ``verb``: its own, or inherited (conjunct, relative, participle, control);
    in an it-cleft the focus ("it was Radcliffe who managed …" → Radcliffe, frames.py)."""
    return _kept_subject(verb) if depth == 0 else _subject_or_focus(verb, depth)


@once_per_token
def _kept_subject(verb):
    """:func:`subject_of` a verb asked from the top (depth 0), kept on its view token: the readings, the
    frame walk up the heads and the speech rules ask it again about the same verb (a third of the calls
    on 78 pool articles)."""
    return _subject_or_focus(verb, 0)


def _subject_or_focus(verb, depth: int):
    subj = _subject_of(verb, depth)
    if subj is not None and subj.lower_ in CLEFT_WORDS:
        # "it" of the cleft's copula, or "who" of the clause that is its complement
        frame = subj.head.head if subj.lower_ in RELATIVE_SUBJECTS else subj.head
        if frame.i != verb.i and frame.pos_ in PREDICATE_POS:
            focus = cleft_focus(frame)
            if focus is not None:
                # "it was not until Hotel … that Hollywood came calling": an adverbial focus is no subject
                return focus if focus.dep_ == "attr" else None
    return subj


def _subject_child(verb, misplaced):
    """The first subject child of ``verb`` that is its own: not a reporter written after the clause, not the subject
    it lends a coordinated clause, not a relative's ``misplaced`` one (a loop: :func:`~kg.docview.with_dep`)."""
    for c in verb.children:
        if c.dep_ in SUBJECTS and not is_inverted_reporter(c) and lent_subject(verb) is not c and c is not misplaced:
            return c
    return None


def _subject_of(verb, depth: int = 0):
    if depth > 6:
        return None
    swallowed = name_swallowed_by_opening(verb) or speaker_read_as_object(verb)
    if swallowed is not None:
        return swallowed  # "In a speech to the Foreign Policy Centre Mr Straw said …", "…, claims his agent" (speech.py)
    misplaced = misplaced_relative(verb)  # "…, which competitors say give …": the competitors say
    own = subject_after_verb_read_as_modifier(verb) or speaker_after_report(verb) or subject_behind_speaker(verb) or \
        _subject_child(verb, misplaced)
    if own is not None and own.head is verb and report_cut_from_its_clause(verb) is not None:
        # "growth figures showing Malaysia's economy expanded 7.1%": the economy expanded (speech.py)
        return next(c for c in report_cut_from_its_clause(verb).children if c.dep_ == "dobj")
    if own is None:
        own = next((lent_subject(c) for c in verb.children if c.dep_ == "parataxis" and lent_subject(c) is not None), None)
    if own is not None and is_lets(own, verb):
        return None
    if own is not None:
        headline = headline_subject_after_conjunction(verb, own)
        if headline is not None:
            return headline  # "Safety alert as GM recalls cars" → GM (misreadings.py)
        finite = verb.tag_ in FINITE_TAGS or has_dep(verb.children, ("aux", "auxpass"))
        return ((finite and named_apposition(own)) or titled_subject(verb, own) or pronoun_subject_after(verb, own)
                or relative_subject(verb, own))
    if verb.dep_ in {"ccomp", "conj"} and verb.head.i < verb.i and subject_before_its_clause(verb.head) is not None:
        return subject_before_its_clause(verb.head)  # "Airbus head Noel Forgeard is now set to …" (misreadings.py)
    aside = past_aside(verb)
    if aside is not None:  # "Wilson has twice tried to resurrect Factory - which lasted … - but conceded …"
        if verb.dep_ == "xcomp":
            return None  # (a complement of the interrupted clause's verb: its frame is not read here)
        interrupted = interrupted_subject(verb.head, aside, depth)
        if interrupted is not None:
            return interrupted
    reported = subject_reported_in_relative(verb)
    if reported is not None:
        return reported  # "…subsidies, which competitors say give Russian businesses an unfair advantage"
    before = subject_before_in_phrase(verb)
    if before is not None:
        return before  # "… were affected as civil servants in Wales joined the UK-wide strike"
    opened = subject_in_opening_phrase(verb)
    if opened is not None:
        return opened  # "In common with many carriers, Air Jamaica, …, has been hit" (misreadings.py)
    on_aux = subject_on_auxiliary(verb)
    if on_aux is not None:
        return on_aux
    dep = verb.dep_
    named = named_after_comma(verb)
    if named is not None:
        return named  # "the Xbox 2, codenamed Xenon," (misreadings.py)
    if content_conj(verb) is not None:
        return content_conj(verb)  # "denied his statement … was drafted by …" (speech.py)
    if inverted_subject(verb) is not None:
        return inverted_subject(verb)  # "Knapman rejected the idea X posed a threat and queried …"
    if reporter_conj(verb) is not None:
        return _subject_of(reporter_conj(verb), depth + 1)  # "said his comments were … and refused to …"
    if is_asyndetic_conjunct(verb):
        return object_before(verb)  # "found 60% of women … hold degrees": the women hold them
    if is_finite_after_infinitive(verb):
        governor = finite_governor(verb.head)
        if governor is not None:  # "forced the organisers to drop artists … and saw Beenie Man dropped"
            return _subject_of(governor, depth + 1)
    if dep == "conj" and verb.head.pos_ in PREDICATE_POS:
        if is_participle_read_as_conjunct(verb):
            return None  # "… music and spectacle never previously seen on this scale": the spectacle's (misreadings.py)
        if is_plural_noun_read_as_verb(verb.head):
            return None  # "BBC hits Little Britain and … are among …": no "BBC — are among —"
        noun = noun_conjunct_subject(verb)
        if noun is not None:
            return noun  # "… will support U2 … - but U2 were not nominated" (subjects.py)
        inherited = subject_in_object(verb) or _subject_of(verb.head, depth + 1)
        if is_disagreeing_conjunct(verb, inherited):
            return agreeing_subject_above(verb) or inherited  # "… before they reach 65 … and also takes …"
        return inherited
    if dep == "advcl" and subject_in_object(verb) is not None:
        return subject_in_object(verb)  # "… to The American Red Cross and actor Leonardo DiCaprio pledged …"
    spender = spending_verb(verb)
    if spender is not None:
        return _subject_of(spender, depth + 1)
    ranked = ranked_clause_verb(verb)
    if ranked is not None:  # "… with seven victories, followed by the UK": the country ranks first (subjects.py)
        return _subject_of(ranked, depth + 1)
    own = gerund_subject_after_of(verb)
    if own is not None:  # "a photograph of Prince Harry wearing a swastika armband" (subjects.py)
        return own
    own = gerund_subject_in_complement(verb)
    if own is not None:  # "Older attacks relied on users not spotting the fact …" (subjects.py)
        return own
    if dep in {"relcl", "acl"}:
        return modified_noun_subject(verb)
    reporter = participle_reporter(verb)
    if reporter is not None:
        return _subject_of(reporter, depth + 1)  # "X said Y had forced Z, adding that …": X adds it
    noun = passive_mod.noun_it_follows(verb)
    if noun is None or is_time_or_amount(noun):  # "grew 2.6% overall last year - fuelled by …": the growth was
        noun = participle_of_noun_before(verb)
    if noun is not None:
        return noun  # "… his keenness to play a part in the poll, expected in May": the poll is expected
    if is_participle_clause(verb):
        above = verb_above_infinitive(verb)
        if above is not None:  # "missed a glorious chance to throw Newcastle a lifeline, shooting over" (misreadings.py)
            return _subject_of(above, depth + 1)
        return _subject_of(verb.head, depth + 1) if verb.head.pos_ in PREDICATE_POS else None
    if dep == "xcomp" and verb.head.pos_ in PREDICATE_POS:
        obj = controlling_object(verb)
        return obj if obj is not None else subject_of(verb.head, depth + 1)
    return None


SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})


def agreeing_subject_above(verb):
    """The subject of a verb in "-s" joined by the parse to a verb whose subject it cannot agree with
    (misreadings.is_disagreeing_conjunct): the subject of the verb whose conjunction ("and", "but") the parse
    kept, else the first subject above, in the clauses that hold the verb, that is one thing; ``None`` when
    there is none. "The PPI's estimate is higher because it excludes people who have died before they reach 65
    years of age and also takes into account ongoing improvements in life expectancy" → it (the estimate) takes
    them into account, not "they"; "The service … will mean users can download MP3s in seconds and offers
    TV-quality video streaming" → the service offers it; "The firms want to make a system that ensures files play
    on the hardware they make but also thwarts illegal copying" → the system (the "but" is the "ensures"')."""
    doc = verb.doc
    k = verb.i - 1
    while k > 0 and doc[k].dep_ in {"advmod", "neg"}:
        k -= 1
    heads = []
    if doc[k].dep_ == "cc" and doc[k].head.i != verb.head.i and doc[k].head.pos_ in PREDICATE_POS:
        heads.append(doc[k].head)
    head = verb.head
    for _ in range(6):
        if head.head.i == head.i or head.dep_ not in {"conj", "ccomp", "xcomp", "advcl", "relcl", "dobj", "pobj", "prep"}:
            break
        head = head.head
        heads.append(head)
    for head in heads:
        if head.pos_ not in PREDICATE_POS or head.i > verb.i:
            continue
        subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or subj.i > verb.i:
            continue
        if subj.tag_ in {"WDT", "WP"} and head.dep_ == "relcl":
            subj = head.head  # the relative's noun: "a system that ensures …"
        if subj.lower_ in SINGULAR_PRONOUNS or (subj.tag_ in {"NN", "NNP"} and not any(c.dep_ == "conj" for c in subj.children)):
            return subj
    return None


def is_lets(subj, verb) -> bool:
    """The "'s" (us) of "let's" as the subject the parser gives the verb after it: the writer and the
    reader together, nobody the graph can name. "Let's hope the BBC doesn't get gagged for letting people
    express their views" is a hope with no speaker (not one of "'s"); "Let us hope not". Only the
    imperative: a "let" with a subject of its own lets "us" act ("the club let us choose": we choose)."""
    return (subj.lower_ in {"'s", "’s", "us"} and subj.i > 0 and subj.doc[subj.i - 1].lemma_.lower() == "let"
            and verb.head.lemma_.lower() == "let" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.head.children))


SPENDING = frozenset({"spend", "waste", "invest", "devote"})


def spending_verb(verb):
    """The verb of spending whose object a gerund hangs on, else ``None``: "Employers have spent
    billions of pounds propping up their final salary pensions" — the employers prop them up, not
    the pounds (not "pounds — be propping up — …"); "spent three years building it"."""
    if verb.dep_ not in {"acl", "advcl"} or verb.tag_ != "VBG" or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    noun = verb.head
    for _ in range(4):
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head
            continue
        break
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in SPENDING:
        return noun.head
    return None


APPOSED_NAMES = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC"})


def named_apposition(subj):
    """The name set off by commas after a common-noun subject, which is who or what the subject
    is: "The director of the film, Vinod Pande, says the movie is not offensive" → Vinod Pande
    says it (the role stays in "Vinod Pande — be — The director of the film"); "Some years ago the
    Marvel hero, Northstar, came out of the closet"; '"…," said his wife, Sheila.'. ``None`` for anything else: a name with words
    of its own ("waste …, normally Germany or Japan, under armed guard"), a list, no closing comma."""
    if subj.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if any(c.dep_ == "poss" and c.ent_type_ in {"ORG", "GPE", "NORP"} for c in subj.children):
        return None  # an office of a body ("Radio 1's controller, Andy Parfitt, said: "We …"): its "we" is the body's
    return apposed_name(subj)


def apposed_name(noun):
    """The name set off by commas (or a closing dash) right after a common noun, which is who or what
    the noun is (:func:`named_apposition`); also the noun a relative clause after the name modifies:
    "Edinburgh-based developer, Rockstar, which is behind the GTA titles" → Rockstar is behind them.
    ``None`` for anything else."""
    if noun.pos_ != "NOUN":
        return None
    doc = noun.doc
    for c in noun.children:
        if c.dep_ != "appos" or c.i < noun.i or c.pos_ != "PROPN" or c.ent_type_ not in APPOSED_NAMES:
            continue
        first, last = c.left_edge.i, c.right_edge.i
        closed = last + 1 < len(doc) and (doc[last + 1].text in {",", "-", "–", "—"} or (
            doc[last + 1].text == "." and last + 2 >= sentence_of(c).end))  # "…," said his wife, Sheila.
        if doc[first - 1].text != "," or not closed:
            return None
        if any(t.dep_ in {"conj", "cc", "advmod", "prep", "relcl", "acl", "nummod"} for t in doc[first:last + 1]):
            return None
        return c
    return None


# types the small model also gives a name after its title: "Film sequel Shrek 2 took three prizes" (LAW), "Ex-PM Lord
# Callaghan dies aged 92" (GPE); the parse's second subject of one verb settles it is the subject's name
MISTYPED_NAMES = frozenset({"GPE", "LAW"})


def titled_subject(verb, subj):
    """The name written right after a common-noun subject that the parser made a second subject of
    the same verb: it is the subject, the noun its title ("The late US legend Elvis Presley is likely
    to score his third UK number one single" → Elvis Presley, not "The late US legend"; "Spanish
    fifth seed Tommy Robredo secured his semi-final place"; set off: "One member of the Bank's Monetary
    Policy Committee (MPC) - Paul Tucker - voted to raise rates"; a hyphened title the parse split, "Tory
    co-chairman Liam Fox said", :func:`is_hyphen_piece`; a name the model typed as a law or a place, "Film
    sequel Shrek 2 took three prizes" → Shrek 2, not "Film sequel"). ``None`` otherwise, and when the
    name ends a phrase of the noun's own, whose last word the parse split off: "Shares in Elan and
    Biogen Idec plunged", "Critics of the land reform policy claim president Hugo Chavez is …"."""
    if subj.pos_ != "NOUN":
        return None
    name = next((c for c in verb.children if c.dep_ == subj.dep_ and c.i > subj.i and not is_hyphen_piece(c)), None)
    if (name is None or name.pos_ != "PROPN" or name.ent_type_ not in APPOSED_NAMES | MISTYPED_NAMES
            or not all(is_hyphen_piece(t) for t in subj.doc[subj.right_edge.i + 1:name.left_edge.i]) or name.conjuncts):
        return None  # (a list of names after a plural: "Technology firms Sony, Philips, … are developing …")
    if ends_in_its_own_phrase(subj):
        return None  # the name ends the noun's own phrase: "Shares in Elan and Biogen Idec plunged" (not Idec)
    return name


# Personal pronouns that are a clause's subject as written (not "it": "it" may be a phrase's own word, "the
# Make It Happen campaign").
SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})


def pronoun_subject_after(verb, subj):
    """A personal pronoun the parse made a second subject of ``verb``, after a phrase fronted before it that the parse
    also made the verb's subject: the pronoun is the subject, the phrase says when or what of ("This season for the
    first time *we* have been able to play with the favourites' tag" → we, not "This season"; "But this financial
    year, because of "volatility in the oil market", *he* said the duty would be frozen" → he). A pronoun is never a
    title or apposition of the phrase before it. ``None`` when ``subj`` is itself a pronoun or no pronoun follows
    it before the verb, and for a pronoun glued to the word after it: "South Korean film director Im Kwon-Taek has
    received an honorary Golden Bear" (the tokenizer's "I" of "Im")."""
    if subj.pos_ == "PRON" or subj.tag_ == "PRP":
        return None
    return next((c for c in verb.children if c.dep_ == subj.dep_ and subj.i < c.i < verb.i and c.tag_ == "PRP"
                 and c.lower_ in SUBJECT_PRONOUNS and c.whitespace_), None)  # (not the "I" of "Im Kwon-Taek")


def is_hyphen_piece(tok) -> bool:
    """A hyphen written inside a word, which the parser may read as a word of its own: the "-" of "Tory
    co-chairman Liam Fox said" (subjects "co", "-" and "Fox": the title ends at the name, Liam Fox)."""
    doc = tok.doc
    return tok.text == "-" and tok.i > 0 and doc[tok.i - 1].whitespace_ == "" and tok.whitespace_ == ""


def ends_in_its_own_phrase(noun) -> bool:
    """Whether the last word of ``noun``'s phrase is in a prepositional phrase of its own: a name the
    parse split off right after it ends that phrase ("Shares in Elan and Biogen | Idec plunged",
    "Shares in struggling German football club Borussia | Dortmund slipped")."""
    last = noun.right_edge.i
    return any(c.dep_ == "prep" and c.left_edge.i <= last <= c.right_edge.i for c in noun.children)


def gerund_object(verb, subj):
    """The object of a gerund subject that the parse made a second subject of ``verb``, else ``None``:
    "Making games for future consoles will require more graphic artists and more money" → the
    subject is "Making games for future consoles", not "Making"."""
    if subj.dep_ != "csubj" or subj.tag_ != "VBG" or subj.right_edge.i != subj.i:
        return None  # (a gerund with words of its own: "Realising I would be unable to play this season, the club …")
    obj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.i), None)
    if obj is None or obj.left_edge.i != subj.i + 1 or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return obj


def split_off_name(verb, subj):
    """The name the parse made a second subject of ``verb`` right after the phrase of ``subj`` that it
    ends (:func:`ends_in_its_own_phrase`), else ``None``: the subject's phrase goes on to it. Also a
    gerund subject's object (:func:`gerund_object`)."""
    obj = gerund_object(verb, subj)
    if obj is not None:
        return obj
    name = next((c for c in verb.children if c.dep_ == subj.dep_ and c.i > subj.i), None)
    if name is None or name.left_edge.i != subj.right_edge.i + 1 or not ends_in_its_own_phrase(subj):
        return None
    if any(t.text.endswith((".", "!", "?")) for t in subj.doc[name.left_edge.i - 1:name.i]):
        return None  # a sentence the splitter missed ends before the name: "… the women's 200m. Fraser became …"
    return name


def relative_subject(verb, subj):
    """Relative pronoun subject: "the strikes which hit Iran" → the subject of "hit" is "the
    strikes" (the noun the relative clause modifies); any other own subject is itself. Also across a
    report inside the relative clause (:func:`reported_relative`): "a bill which critics claim would
    legalise euthanasia" → a bill (what the critics say of it)."""
    if is_relative_pronoun(subj) and verb.dep_ == "relcl":
        return described_antecedent(verb, agreeing=True)
    report = reported_relative(verb, subj)
    if report is not None:
        return antecedent(report)
    return subj


def reported_relative(verb, subj):
    """The reporting verb of a restrictive relative clause whose relative pronoun is the subject of
    what is reported: "proposals which the Tories say would save more than £4.3bn", "a bill which
    critics claim would legalise euthanasia" — the parse hangs "which" on the reported verb; the
    relative clause is "the Tories say", the noun it modifies the subject of "would save". Else
    ``None``. After a comma only when the parse's noun is no word inside a participle's phrase
    (:func:`is_inside_participle_phrase`), where the relative word as often stands for a noun further
    back ("the pictured Tory leader swinging a pocket watch on a chain, which critics said echoed …
    Shylock"; "campaign posters featuring Mr Howard, which critics claimed were "anti-Semitic""); a noun of
    the clause itself is the one meant: "… but not to North Korea, which he said had a terrible rights
    record", "the New Deal welfare-to-work scheme, which they claimed would lead to an increase of almost
    300,000 in unemployment" (the claim was read with the subject "which" and lost)."""
    report = verb.head
    if (verb.dep_ != "ccomp" or report.dep_ != "relcl" or not is_relative_pronoun(subj)
            or not subj.i < report.i or not is_reporting(report)):
        return None
    if subj.i > 0 and subj.doc[subj.i - 1].text in {"-", "–", "—", "("}:
        return None
    if subj.i > 0 and subj.doc[subj.i - 1].text == "," and (
            subj.i != report.left_edge.i or is_inside_participle_phrase(report.head)
            or not is_fit_for_relative_word(report.head, subj)):
        return None
    return report


def is_fit_for_relative_word(noun, word) -> bool:
    """Whether "who" or "which" can stand for ``noun``: "who" for a person, a people or a body ("Chelsea, who …"),
    "which" for no person. "charges in a Boston Federal court against James Tambone, who it says headed CFD's sales
    operations" — the parse's court is no "who"."""
    person = noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PEOPLE_NOUNS or noun.pos_ == "PRON"
    if word.lower_ == "who":
        return person or noun.ent_type_ in {"ORG", "NORP"}
    return not person


# how a noun hangs inside a larger noun phrase
NOUN_PHRASE_DEPS = frozenset({"pobj", "prep", "conj", "appos", "compound", "dobj", "nmod"})


def is_inside_participle_phrase(noun) -> bool:
    """Whether ``noun`` is a word of the phrase of a participle or relative clause that modifies another noun
    ("a pocket watch on a chain" after "swinging", "Mr Howard" after "featuring"): a relative clause after it and
    its comma may be the larger noun's, not this one's."""
    tok = noun
    while tok.dep_ in NOUN_PHRASE_DEPS and tok.head.i != tok.i:
        tok = tok.head
        if tok.dep_ in {"acl", "relcl"}:
            return True
    return False


def misplaced_relative(report):
    """The relative pronoun that opens a relative clause of report ("which critics say …", "who she claims …")
    when the parse made it a second subject of the reporting verb beside the one who reports, else ``None``:
    the pronoun is the subject of what is reported. "Russia's energy price subsidies, which competitors say
    give Russian businesses an unfair advantage" → the competitors say it (not *Russia's energy price
    subsidies — say —*), of the subsidies; "two paparazzi photographers who she claims left her fearful",
    "unnamed individuals who we believe stole our trade secrets", "The public interest, which the government
    claims justifies non-publication". Both subjects before the verb, the pronoun first."""
    if report.dep_ != "relcl" or not is_reporting(report):
        return None
    subjects = [c for c in report.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) == 1 and subjects[0].i < report.i:
        return stranded_relative(report)
    if len(subjects) < 2 or not is_relative_pronoun(subjects[0]) or not subjects[1].i < report.i:
        return None
    return subjects[0]


def reports_its_relative(report) -> bool:
    """A relative clause of report whose relative pronoun is the subject of what is reported, the parse right:
    "BA will now suspend the Saudi flights - which it says will remain "under constant review" - from 27 March",
    "I welcome this report which I hope will lead to more doors being opened". What is reported has its subject
    before the one who reports, so the report's object would be a clause with no subject (*it — says — will remain
    "under constant review"*); what is reported is read with the noun (:func:`reported_relative`). Not a report
    whose clause has a subject of its own ("the man who said he would resign")."""
    if report.dep_ != "relcl" or not is_reporting(report):
        return False
    return any(c.dep_ in {"ccomp", "xcomp"} and any(s.dep_ in {"nsubj", "nsubjpass"} and is_relative_pronoun(s) and s.i < report.i
                                                    for s in c.children)
               for c in report.children)


def stranded_relative(report):
    """The relative pronoun that opens a relative clause of report when the parse hung it as the subject of a word
    deep inside the reported clause and left the clause's verb without one, else ``None``: "the VAT system, which the
    party says often makes it too expensive to renovate existing buildings" — "which" on "expensive", "makes" read
    with the party as its subject (*the party — often makes — it too expensive …*); the VAT system makes it so, as
    the party says. Only a pronoun written first in the relative clause, before the one who reports."""
    word = report.doc[report.left_edge.i]
    if not is_relative_pronoun(word) or word.dep_ not in {"nsubj", "nsubjpass"} or word.head.i == report.i:
        return None
    complement = next((c for c in report.children if c.dep_ in {"ccomp", "xcomp"} and c.i > report.i
                       and not any(g.dep_ in SUBJECTS for g in c.children)), None)
    if complement is None or not complement.left_edge.i <= word.head.i <= complement.right_edge.i:
        return None
    return word


def subject_reported_in_relative(verb):
    """The noun a relative clause of report is about, as the subject of the clause reported, when the parse
    hung the relative pronoun on the reporting verb (:func:`misplaced_relative`) and left the reported verb with
    no subject of its own: "…subsidies, which competitors say give Russian businesses an unfair advantage" →
    the subsidies give it (the competitors' claim); else ``None``."""
    report = verb.head
    if verb.dep_ not in {"ccomp", "xcomp"} or misplaced_relative(report) is None:
        return None
    return described_antecedent(report)


def subject_on_auxiliary(verb):
    """Subject hung on a verb read as an auxiliary: "it was not until Hotel … that Hollywood came
    calling" — the parse gives "Hollywood" to "came"; it is the subject of "calling". Else ``None``."""
    for aux in (c for c in verb.children if c.dep_ in {"aux", "auxpass"}):
        subj = next((c for c in aux.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            return subj
    return None


def modified_noun_subject(verb):
    """Relative or participial clause without a subject: "the strikes launched by Israel" → "the
    strikes" (relative.py); ``None`` when the modified noun is the clause's object instead
    ("tourism which it lost")."""
    if relative_object(verb, []) is not None:
        return None
    return described_antecedent(verb)


def described_antecedent(verb, agreeing: bool = False):
    """The noun a relative or participial clause modifies (:func:`antecedent`), or the subject that
    noun describes after a copula (:func:`described_subject`: "Findlay is a Londoner who has chosen
    to represent Trinidad" → Findlay), or the name set off after it (:func:`apposed_name`:
    "Edinburgh-based developer, Rockstar, which is behind the GTA titles" → Rockstar). With
    ``agreeing`` (a relative pronoun subject), the noun the clause's verb agrees with
    (:func:`agreeing_antecedent`)."""
    noun = antecedent(verb)
    if noun is None:
        return None
    name = apposed_name(noun)
    if name is not None:
        return name
    if agreeing:
        noun = agreeing_antecedent(person_from(noun, verb), verb)
    noun = listed_antecedent(noun, verb)  # "Vertical Limit and Beyond Borders, which starred …": Beyond Borders
    return described_subject(noun) or noun


def past_aside(verb) -> tuple[int, int] | None:
    """The dashes of the aside (:func:`spans.aside_bounds`) that ``verb``'s head is written in when ``verb``, a
    verb of the parse's coordination, complement or adverbial clause with no subject of its own, comes after the
    aside's closing dash, else ``None``: the parse ran the aside on into the clause it interrupts, whose verb
    ``verb`` is. "Wilson has twice tried to resurrect Factory - which lasted for 14 years before folding - but
    conceded these efforts had been …" (Wilson conceded it, not Factory); "So far the US has refused to sign up
    to the Kyoto treaty - which aims to cut emissions - branding it politically motivated" (the US brands it)."""
    if verb.dep_ not in {"conj", "xcomp", "advcl"} or verb.head.i > verb.i or verb.head.pos_ not in PREDICATE_POS:
        return None
    if has_dep(verb.children, SUBJECTS):
        return None  # ("… - some of the football was fantastic - but we just didn't finish them off": its own)
    aside = aside_bounds(verb.head)
    if aside is None or verb.i <= aside[1]:
        return None
    # right after the closing dash, or only its own "but", auxiliary or adverb between: "- but conceded", not
    # "- branding it politically motivated and not based on science" (a verb of the clause after the dash)
    return aside if all(t.head.i == verb.i or t.dep_ == "cc" for t in verb.doc[aside[1] + 1:verb.i]) else None


def interrupted_subject(tok, aside: tuple[int, int], depth: int = 0):
    """The subject of the clause that the aside holding ``tok`` interrupts (:func:`past_aside`), else ``None``:
    a subject the aside's verb took from before the opening dash ("Mercedes-Benz's woes - its profits slid to
    just 20m euros - obscured …"); the subject of the verb an adverbial aside hangs on ("Boeing apologised … -
    although it claimed … - and pledged …"); the noun a relative aside hangs on when it is a subject ("The US
    division - whose marques include Dodge and Jeep - transformed …") or the content a clause-taking verb took
    as its object ("he admitted the value of the cause - proceeds of the match will go to … - easily won him
    over"); else the subject of the verb whose object it is ("Wilson has twice tried to resurrect Factory - which
    lasted … - but conceded …")."""
    top = tok
    while top.head.i != top.i and aside[0] < top.head.i < aside[1]:
        top = top.head
    before = next((c for c in top.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < aside[0]), None)
    if before is not None:
        return before
    held = interrupted_word(top, aside)
    if held is None:
        return None
    while held.pos_ in PREDICATE_POS:
        subject = _subject_of(held, depth + 1)
        if subject is not None or held.dep_ not in {"advcl", "xcomp"} or held.head.i == held.i:
            return subject
        held = held.head  # "set a new world mark of 4.88m to break her own record - which she set … - and beat …"
    while held.dep_ == "pobj" and held.head.dep_ == "prep" and held.head.head.pos_ in {"NOUN", "PROPN"}:
        held = held.head.head  # "the value of the cause - …": the phrase's head noun
    if held.dep_ in {"nsubj", "nsubjpass", "ROOT"}:
        return held
    if held.dep_ != "dobj" or held.head.pos_ not in PREDICATE_POS:
        return None
    if is_reporting(held.head) or verb_lemma(held.head) in CLAUSE_TAKING:
        return held  # (the content: "admitted the value of the cause … easily won him over")
    return _subject_of(held.head, depth + 1)


def interrupted_word(top, aside: tuple[int, int]):
    """The word before the opening dash of ``aside`` that the aside hangs on, ``top`` being the aside's highest
    word (:func:`interrupted_subject` climbs to it), a noun or a verb of the clause the aside interrupts (a
    relative clause's antecedent: "Factory" of "Factory - which lasted …"; the verb of an adverbial aside:
    "apologised" of "Boeing apologised publicly for the affair - although it claimed … -"), else ``None``."""
    held = top.head
    while held.dep_ == "appos" and held.head.i < held.i:
        held = held.head  # "Japanese carmaker Nissan - in which …"
    return held if held.i < aside[0] and held.pos_ in {"NOUN", "PROPN"} | PREDICATE_POS else None


def within_aside(p: Predicate, args: list, offset: int) -> list:
    """Arguments that keep to the aside set off by dashes (:func:`spans.aside_bounds`) the predicate's verb is
    written in: each ends before the closing dash, and none starts after it (the clause the aside interrupts goes
    on there). "Japanese carmaker Nissan - in which Renault owns a 44% stake - contributed 1.7bn euros in net
    income" → *Renault — owns — a 44% stake* (never "a 44% stake - contributed 1.7bn euros …"); "pushed back a
    preliminary evidentiary hearing - which was due to take place on Wednesday - until 6 June" (no "until 6
    June" of the hearing's). For a verb after the aside whose head is in it (:func:`past_aside`), no argument
    inside the aside: "The US division - whose marques include Dodge and Jeep - transformed …" (no "Jeep")."""
    doc = p.doc
    inside = aside_bounds(p.verb)
    if inside is None:
        before = past_aside(p.verb)
        if before is None:
            return args
        lo, hi = offset + doc[before[0]].idx, offset + doc[before[1]].idx
        return [a for a in args if not lo <= a.start < hi]
    return cut_at(doc, args, inside[1], offset)


def within_participle_aside(p: Predicate, args: list, offset: int) -> list:
    """Arguments of a passive participle set off by commas after a noun that keep inside its commas
    (:func:`misreadings.participle_aside_close`): what follows the closing comma is the sentence's. "The agency
    earlier this month shut down fbi.gov accounts, used to communicate with the public, because of a security
    breach" → *fbi.gov accounts — be used to communicate with — the public* (s24 blind audit: not "… because of a
    security breach", the reason the accounts were shut down)."""
    close = participle_aside_close(p.verb)
    return args if close is None else cut_at(p.doc, args, close.i, offset)


def before_aside(p: Predicate, subjects: list, offset: int) -> list:
    """The subjects of a verb after an aside (:func:`past_aside`), each ending before the aside's opening dash:
    "he admitted the value of the cause - proceeds of the match will go to aiding victims of the tsunami - easily
    won him over" → *the value of the cause — won over — him* (not "the value of the cause - proceeds of the
    match")."""
    aside = past_aside(p.verb)
    return subjects if aside is None else cut_at(p.doc, subjects, aside[0], offset)


def without_open_dash(p: Predicate, arg: Argument) -> Argument:
    """A phrase object cut before a spaced dash inside it that no second dash closes: what follows such a dash is
    a comment on the clause or an apposition to it, never the rest of the phrase. "Congress authorising an $800bn
    rise in what the US can owe - taking the total to $8.2 trillion" → "an $800bn rise in what the US can owe";
    "Interest-sensitive industries will feel pain immediately - sectors such as housing, …" → "pain
    immediately"; "the PMI number remained above 50 - indicating expansion in the sector" → "50". A clause object
    (what was said) and a dash closed inside the phrase ("A - B - C") are left whole."""
    if arg.is_clause or is_pretokenised(p.sent):  # (a text given in tokens spaces every hyphen: "free - lance")
        return arg
    span = char_span(p.doc, arg.start - p.offset, arg.end - p.offset)
    if span is None:
        return arg
    dashes = [t.i for t in span_tokens(span) if is_spaced_dash(t) and t.i > span.start]
    if len(dashes) % 2 == 0:
        return arg
    cut = cut_at(p.doc, [arg], dashes[0], p.offset)
    return cut[0] if cut else arg


# nouns with which a writer comments on the whole clause before them: "…, a move that …", "…, a claim denied by …"
COMMENT_NOUNS = frozenset("""move claim claims charge charges allegation allegations accusation accusations suggestion
assertion step decision view""".split())


def without_comment_on_clause(p: Predicate, arg: Argument) -> Argument:
    """What was said cut before the writer's comment on it, a noun phrase set off by a comma at its end that
    sums the clause up and says something of it: "City experts say there is a £10bn "black hole" in the public
    finances, a claim denied by the chancellor" → City experts — say — there is a £10bn "black hole" in the public
    finances (s25 dev judged T040: the chancellor's denial is no part of what the experts say); "US mortgage company
    Fannie Mae should restate its earnings, a move that is likely to put a billion-dollar dent in its accounts,
    watchdogs have said". Only "a/an" + a noun of comment (:data:`COMMENT_NOUNS`) with its own clause."""
    if not arg.is_clause:
        return arg
    span = char_span(p.doc, arg.start - p.offset, arg.end - p.offset)
    if span is None:
        return arg
    tokens = doc_tokens(p.doc)
    for t in tokens[span.start:span.end]:
        if t.text != "," or t.i <= span.start or t.i + 2 >= span.end:
            continue
        det, noun = tokens[t.i + 1], tokens[t.i + 2]
        if (det.lower_ in {"a", "an"} and (noun.lemma_.lower() in COMMENT_NOUNS or noun.lower_ in COMMENT_NOUNS)
                and noun.head.i < noun.i and any(c.dep_ in {"relcl", "acl"} and c.i > noun.i for c in noun.children)):
            end = t.i
            while end > span.start + 1 and tokens[end - 1].is_punct and tokens[end - 1].text not in CLOSING_MARKS:
                end -= 1
            whole = p.doc[span.start:end]
            text = span_text(whole)
            if text.count("(") != text.count(")"):
                return arg
            return make_argument(p.doc, span.start, end, span_root(whole), p.offset, is_clause=True)
    return arg


# marks that close what they follow, kept at the end of a cut phrase: "… to the World Trade Organisation (WTO)"
CLOSING_MARKS = frozenset({")", "]", '"', "”", "'", "’"})


def cut_at(doc, args: list, dash: int, offset: int) -> list:
    """``args`` ending before token ``dash``: cut there when they run across it, gone when they start after it."""
    close = offset + doc[dash].idx
    end_of = dash
    out = []
    for a in args:
        if a.start >= close:
            continue
        if a.end <= close:
            out.append(a)
            continue
        span = char_span(doc, a.start - offset, a.end - offset)
        if span is None:
            out.append(a)
            continue
        end = end_of
        while end > span.start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
            end -= 1
        if end > span.start:
            out.append(make_argument(doc, span.start, end, span_root(doc[span.start:end]), offset, is_clause=a.is_clause))
    return out


def is_participle_clause(verb) -> bool:
    """Participle clause without a subordinator, whose subject is its governor's: "Qatar spoke
    to both sides, offering to mediate" → Qatar — offering to — mediate."""
    return verb.dep_ == "advcl" and verb.tag_ in {"VBG", "VBN"} and not any(c.dep_ == "mark" for c in verb.children)


RANKING_PARTICIPLES = frozenset({"follow"})  # "at 26.2%, followed by Yorkshire": the subject ranks first


def participle_of_noun_before(verb):
    """The noun a passive participle clause set off by a comma right after it describes, when the
    parser hung the clause on the main verb, else ``None``: "Columbia Distributor was part of
    FleetBoston, bought by BOA last year" — FleetBoston was bought, not Columbia Distributor; "at
    the Game Developers Conference, held last week in San Francisco, James Cameron revealed …" —
    the conference was held there. Not a noun inside the subject ("Garcia-Lopez, ranked 106 in
    the world, dominated"), a time or amount ("closed up 23 points to 6661.89 on Thursday, fuelled
    by …": the rise was), or a ranking ("…, followed by Yorkshire"), or when the main clause goes on
    from the participle (:func:`main_clause_goes_on_from`)."""
    if (verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.lemma_.lower() in RANKING_PARTICIPLES
            or any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in verb.children)
            or main_clause_goes_on_from(verb)):
        return None
    doc, start = verb.doc, verb.left_edge.i
    if start < 2 or doc[start - 1].text != "," or verb.head.pos_ not in PREDICATE_POS:
        return None
    noun = doc[start - 2]
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i >= start or noun.dep_ in {"nsubj", "nsubjpass", "appos"}:
        return None
    if is_time_or_amount(noun) or is_bare_idiom_noun(noun):
        return None
    subj = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.left_edge.i <= noun.i <= subj.right_edge.i:
        return None
    return noun


def is_bare_idiom_noun(noun) -> bool:
    """A singular common noun with no word of its own after a preposition of the verb, which makes a
    set phrase with it, not a thing a participle after it could describe: "Bernie Ebbers is currently
    on trial, accused of overseeing an $11bn fraud" (Ebbers is accused, not the trial), "a VW camper
    van trundled into view, decked out in …", "is, of course, bound by the Data Protection Act". Not
    after a noun's preposition: "in an enormous period of change, mainly motivated by the potential
    of IT" (the change is motivated)."""
    return (noun.tag_ == "NN" and noun.dep_ == "pobj" and noun.head.head.pos_ in PREDICATE_POS
            and not any(c.dep_ in {"det", "poss", "nummod", "amod", "compound"} for c in noun.children))


def is_time_or_amount(noun) -> bool:
    """A time or an amount, which a participle after it does not describe: "closed up 23 points to
    6661.89 on Thursday, fuelled by …", "grew 2.6% overall last year - fuelled by …" (the rise was),
    "rose to $935.8m from $648.4m, boosted by growth at PayPal" (the "m" split off its number)."""
    return (noun.ent_type_ in TIMES | {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"} or noun.lemma_.lower() in TIME_NOUNS
            or is_unit_suffix(noun))


def main_clause_goes_on_from(participle) -> bool:
    """A finite verb conjoined to a comma-set participle after the comma that closes it: the
    sentence's own next verb, so the participle sits inside the main clause and describes its
    subject: "Mr Smith left the court, surrounded by reporters, and got into a car" (Smith got into
    the car, not the court). A to-infinitive there tells nothing of whom the participle describes
    ("asked a friend, Matthew Rick, also known as Shady Backflash, to put on …"), nor does a
    relative clause ("an agreement with the EU, reached in 1992, which limits …")."""
    doc = participle.doc
    return any(c.i > participle.i and c.dep_ == "conj" and c.tag_ in FINITE_TAGS
               and any(t.text == "," for t in doc[participle.i:c.left_edge.i]) for c in participle.children)


def controlling_object(verb):
    """Object control of an open complement: "Washington urged Israel to remain prepared" → Israel
    is the subject of "remain" — only when the object comes before the complement; else ``None``."""
    return next((c for c in verb.head.children if c.dep_ in {"dobj", "dative"} and c.i < verb.i), None)


def next_clause_subject(noun):
    """The verb whose subject ``noun`` really is, when the parser joined it to the object before it:
    "Rangers were beginning to dominate the midfield and Vignal, collecting a knock back from
    Fernando Ricksen, broke the deadlock" — Vignal broke the deadlock; Rangers did not dominate
    Vignal; "Clubs have taken action in the past to ban troublesome fans and supporters' groups
    expressed their desire …" — the groups expressed it. ``noun`` is the last conjunct of an
    object, and the next verb conjoined to the clause (or to the clause its own is a complement or
    adverbial of) has no subject and no "and" of its own; only punctuation and a participle clause
    lie between."""
    if noun.dep_ != "conj" or not any(c.dep_ == "cc" for c in noun.head.children if c.i < noun.i):
        return None
    verb = verb_right_after(noun)
    if verb is not None:
        return verb
    obj = noun.head
    while obj.dep_ == "conj":
        obj = obj.head
    if any(c.dep_ == "conj" and c.i > noun.i for c in noun.children):
        return None
    gov = object_governor(obj)
    if gov is None:
        return None
    heads = [gov]
    while heads[-1].dep_ in {"xcomp", "advcl", "ccomp"} and heads[-1].head.pos_ in PREDICATE_POS and len(heads) < 4:
        heads.append(heads[-1].head)
    for head in heads:
        verb = next((c for c in head.children if c.dep_ == "conj" and c.i > noun.i and c.pos_ in PREDICATE_POS), None)
        if verb is not None and verb.pos_ == "AUX" and not agrees(noun, verb):
            return None
        if verb is None:
            continue
        if any(c.dep_ in SUBJECTS or (c.dep_ == "cc" and c.i < verb.i) for c in verb.children):
            return None
        if any(c.dep_ == "cc" and noun.i < c.i < verb.i for c in head.children):
            return None
        between = range(noun.right_edge.i + 1, verb.i)
        inside = {t.i for h in heads for c in h.children if c.dep_ == "advcl" for t in c.subtree}
        if all(noun.doc[i].is_punct or i in inside for i in between):
            return verb
        return None
    return None


# conjunctions of time or reason that the parser also reads as prepositions ("after the match", "as captain")
SUBORDINATORS = frozenset({"as", "after", "before", "since", "until", "till", "once"})


@once_per_token
def clause_after_preposition(prep):
    """The verb of the clause that ``prep``, a conjunction the parser read as a preposition, opens:
    its object is that verb's subject, no object of the verb ``prep`` hangs on. "A range of services in
    Wales were affected as civil servants in Wales joined the UK-wide strike" → the civil servants
    joined it (not "were affected as — civil servants in Wales"); "negotiations between the two
    companies sped up after May's chairman and chief executive Gene Kahn resigned in January". Only a
    finite verb written right after the object's phrase, with no subject of its own, that agrees
    with it; else ``None`` ("worked as election strategist for any number of Republicans as well",
    "frozen as part of austerity measures introduced by the government": no finite verb)."""
    if prep.dep_ != "prep" or prep.lower_ not in SUBORDINATORS:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or (obj.conjuncts and not is_titles_of_one_name(obj)):
        return None  # (a list: "are known as zombies or 'bots and collections of them are called 'bot nets")
    doc, after = prep.doc, obj.right_edge.i + 1
    if after < sentence_of(obj).end and doc[after].text == "," and any(c.dep_ == "appos" and c.i < after for c in obj.children):
        after += 1  # the object's apposition set off by commas: "after Carlos Ghosn, its highly successful boss, takes"
    if after >= sentence_of(obj).end or doc[after].tag_ not in FINITE_TAGS or doc[after].dep_ == "ROOT":
        return None
    verb = doc[after].head if doc[after].dep_ in {"aux", "auxpass"} else doc[after]
    if verb.pos_ not in PREDICATE_POS or verb.i < after or verb.left_edge.i < after or verb.dep_ not in {"advcl", "conj"}:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children) or not agrees(obj, verb):
        return None
    return verb


def is_titles_of_one_name(noun) -> bool:
    """Two titles coordinated before one name, one person: "May's chairman and chief executive Gene
    Kahn" (not a list of two)."""
    conj = noun.conjuncts
    return (noun.pos_ == "NOUN" and len(conj) == 1 and conj[0].i > noun.i and conj[0].pos_ == "PROPN"
            and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in conj[0].children))


def subject_before_in_phrase(verb):
    """The object of the conjunction read as a preposition (:func:`clause_after_preposition`) that is
    ``verb``'s subject, else ``None``: "… were affected as civil servants in Wales joined the UK-wide
    strike" → civil servants; "Nissan has named a lifetime employee to run its operations after Carlos Ghosn,
    its highly successful boss, takes charge at Renault" → Carlos Ghosn (the preposition hung on the first
    verb's complement, the object's apposition between; not "Nissan — takes charge at — Renault")."""
    head = verb.head
    if verb.dep_ not in {"advcl", "conj"} or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    # (on the verb before it, or on a complement of that verb: "has named a lifetime employee to run its operations
    # after Carlos Ghosn … takes charge at Renault")
    preps = [c for c in head.children if c.dep_ == "prep" and c.i < verb.i]
    preps += [c for x in head.children if x.dep_ in {"xcomp", "ccomp"} and head.i < x.i < verb.i
              for c in x.children if c.dep_ == "prep" and c.i < verb.i]
    # (or on a noun of the verb's phrase: "were initially hindered by technical teething problems as Simpson's
    # guitar amplifier failed to work" → the amplifier, spans.subordinator_in_phrase)
    preps += [t for t in doc_tokens(verb.doc)[head.i + 1:verb.i] if t.dep_ == "prep" and t.head.pos_ in {"NOUN", "PROPN"}]
    for prep in preps:
        clause = clause_after_preposition(prep)
        if clause is not None and clause.i == verb.i:
            return next(c for c in prep.children if c.dep_ == "pobj")
    return None


def verb_right_after(noun):
    """The finite verb written right after the phrase of ``noun`` (the last conjunct of an object)
    that has no subject of its own and agrees with it: ``noun`` is its subject, whatever the parser
    hung the verb on. "Actress Sandra Bullock has donated $1m (£525,000) to The American Red Cross
    and actor Leonardo DiCaprio pledged a "sizable" aid contribution to Unicef" (DiCaprio pledged;
    Bullock donated nothing to him); "Leigh was presented with his winner's statuette by Timothy
    Spall and Staunton's award was announced by Patrick Stewart"."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    if after >= sentence_of(noun).end or doc[after].tag_ not in FINITE_TAGS:
        return None
    first = doc[after]
    verb = first.head if first.dep_ in {"aux", "auxpass"} else first
    if verb.pos_ not in PREDICATE_POS or verb.i < first.i or verb.dep_ not in {"conj", "advcl"}:
        return None  # (a complement: "who feel Mr Blair and the Liberal Democrats take their votes" — both take)
    if len(noun.conjuncts) > 1:
        return None  # a list of three or more is one subject ("recruitment costs, advertising costs, … and the strain … will not be")
    if any(c.dep_ in SUBJECTS for c in verb.children) or not agrees(noun, verb):
        return None
    if noun.head.pos_ == "NOUN" and noun.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in noun.children):
        return None  # two titles of one name: "after May's chairman and chief executive Gene Kahn resigned"
    return verb


def object_governor(obj):
    """The predicate whose object ``obj`` is, directly or through the phrase it completes: the verb
    of a direct object ("dominate the midfield"), of a preposition's object ("training in Holland"),
    of a complement's ("may be wild about the Oscars", "was one of DOD's leaders"), else ``None``."""
    if obj.dep_ not in {"dobj", "pobj", "attr"}:
        return None
    tok = obj
    for _ in range(5):
        if tok.dep_ not in {"dobj", "pobj", "attr", "acomp", "oprd", "prep"}:
            return None
        tok = tok.head
        if tok.pos_ in PREDICATE_POS:
            return tok
    return None


def agrees(noun, verb) -> bool:
    """Whether ``noun`` can be the subject of the first finite word of ``verb``'s group in number:
    "officials has been made" cannot (that subject is the whole "insulting the president and
    officials")."""
    first = min([c for c in verb.children if c.dep_ in {"aux", "auxpass"}] + [verb], key=lambda t: t.i)
    coordinated = noun.dep_ == "conj" and noun.head.dep_ == "conj"  # "cinema-goers and the public are"
    if first.tag_ == "VBZ":
        return noun.tag_ in {"NN", "NNP"} and not coordinated
    if first.tag_ == "VBP":
        return noun.tag_ in {"NNS", "NNPS"} or coordinated or is_collective_name(noun)  # "as Arsenal have lost" (spans.py)
    return True


def without_correlative_focus(p, arg):
    """``arg`` without the "just" (only …) of a "not just" that adds, which it opens
    (polarity.is_correlative_focus): "Apple's iPod isn't just a music player" → "a music player"."""
    span = char_span(p.doc, arg.start - p.offset, arg.end - p.offset)
    if span is None or len(span) < 2 or not is_correlative_focus(span[0]):
        return arg
    head = next((t for t in span if t.idx + p.offset == arg.head), span_root(span[1:]))
    return make_argument(p.doc, span.start + 1, span.end, head, p.offset, is_clause=arg.is_clause)


def with_lost_prepositional_object(p, arg):
    """``arg`` run on over the object its last preposition lost to the parse (spans.lost_prepositional_object):
    "the prime minister was less rough with Mr Kennedy than he had been with Mr Howard" → object "less rough with
    Mr Kennedy than he had been with Mr Howard", not a phrase ending on "with"."""
    span = char_span(p.doc, arg.start - p.offset, arg.end - p.offset)
    if span is None or arg.is_clause:
        return arg
    noun = lost_prepositional_object(p.doc, span.start, span.end)
    if noun is None:
        return arg
    head = next((t for t in span if t.idx + p.offset == arg.head), span_root(span))
    return make_argument(p.doc, span.start, noun.i + 1, head, p.offset)


def without_next_subject(p, arg):
    """``arg`` cut before the subject of the next clause the parser joined to it (:func:`next_subject_start`)."""
    span = char_span(p.doc, arg.start - p.offset, arg.end - p.offset)
    if span is None:
        return arg
    end = next_subject_start(p.doc, span.start, span.end, whole_clauses=arg.is_clause)
    if end >= span.end:
        return arg
    head = span_root(p.doc[span.start:end]) if not any(span.start <= t.i < end and t.idx + p.offset == arg.head for t in span) else None
    head = head if head is not None else next(t for t in span if t.idx + p.offset == arg.head)
    return make_argument(p.doc, span.start, end, head, p.offset, is_clause=arg.is_clause)


def next_subject_start(doc, start: int, end: int, whole_clauses: bool = False) -> int:
    """Where a phrase of tokens ``[start, end)`` ends before a noun in it that is the subject of the
    next clause (:func:`next_clause_subject`): "may be wild about the Oscars [but cinema-goers and
    the TV-viewing public are sick …]", "was one of DOD's leaders [but his lawyer … told …]";
    ``end`` when there is none. With ``whole_clauses`` (the phrase is a clause, what was said), a
    clause whose verb is inside the phrase is part of it ("Search engines are about discovering
    information … and RSS is the ideal way …," he said)."""
    tokens = doc_tokens(doc)
    for y in tokens[start:end]:
        if y.dep_ == "conj" and y.pos_ in {"NOUN", "PROPN", "PRON"} and next_clause_subject(y) is not None:
            if whole_clauses and next_clause_subject(y).i < end:
                continue
            cut = contrasted_run(y).left_edge.i
            while cut > start and (tokens[cut - 1].dep_ == "cc" or tokens[cut - 1].is_punct):
                cut -= 1
            return cut if cut > start else end
    return end


def subject_in_object(verb):
    """The object conjunct that is the subject of ``verb`` (:func:`next_clause_subject`), else ``None``."""
    if verb.dep_ not in {"conj", "advcl"} or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    for y in reversed(doc_tokens(doc)[verb.head.i + 1:verb.i]):
        if y.dep_ == "conj" and y.pos_ in {"NOUN", "PROPN", "PRON"}:
            found = next_clause_subject(y)
            if found is not None and found.i == verb.i:
                return contrasted_run(y)
    return None


def own_conjuncts(obj) -> list:
    """The conjuncts of an object (:func:`conjuncts`) without those that are the next clause's
    subject (:func:`next_clause_subject`, :func:`contrasted_run`): "training in Holland [and
    Ferguson said …]" → Holland."""
    conj = conjuncts(obj)
    subject = next((contrasted_run(o) for o in conj if next_clause_subject(o) is not None), None)
    return conj if subject is None else [o for o in conj if o.i < subject.i]


def contrasted_run(noun):
    """The first of the nouns joined to ``noun`` after a "but", which together are the next clause's
    subject: "wild about the Oscars but cinema-goers and the TV-viewing public are sick of …" →
    "cinema-goers" (with its conjunct "the TV-viewing public"); ``noun`` when no "but" opens them."""
    first = noun
    while first.head.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        first = first.head
    opens = any(c.dep_ == "cc" and c.lower_ == "but" and c.i < first.i for c in first.head.children)
    return first if first is not noun and opens else noun


def is_asyndetic_conjunct(verb) -> bool:
    """A verb the parser conjoined to the finite verb before it with no "and", "or" or punctuation
    between: no coordination, but the clause of the noun phrase right before it, which the parser
    made the first verb's object. "The study found 60% of women in the film industry hold
    degrees" — the women hold them, not the study; "He also dismissed claims government plans to
    get 50% of young people into university would devalue degrees" — he devalues nothing. A
    participle or infinitive read as the main verb keeps its subject ("Firms signing up for the
    system include MCI", "Other celebrities to walk out of a reality show include …")."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in PREDICATE_POS or any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    if head.tag_ in {"VBG", "VBN", "VB"} and not any(c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in head.children):
        return False
    between = verb.doc[head.i + 1:verb.i]
    return verb.left_edge.i > head.i and not any(t.dep_ in {"punct", "cc", "preconj"} for t in between)


def object_before(verb):
    """The object of the verb before an asyndetic conjunct (:func:`is_asyndetic_conjunct`) that ends
    right before it, or before a prepositional phrase hung on that verb, its subject ("found 60% of
    women in the film industry | hold degrees"), else
    ``None``: no subject can be told ("He advised consumers to give shops more time … given that
    online buying is proving so popular" — not "He — is proving — so popular")."""
    head, doc = verb.head, verb.doc
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None:
        return None
    # a phrase the parser hung on the first verb may lie between: "60% of women | in the film industry | hold"
    between = {t.i for t in doc[obj.right_edge.i + 1:verb.left_edge.i]}
    hung = {t.i for c in head.children if c.dep_ == "prep" and obj.i < c.i < verb.i for t in c.subtree}
    return obj if between <= hung else None


def inherited(verb) -> bool:
    return not has_dep(verb.children, SUBJECTS)


# --------------------------------------------------------------------------- arguments

def prep_object(prep):
    """The object of a preposition (``pobj``, or a ``pcomp`` clause), or ``None``; a second
    preposition the parser made a ``pcomp`` is part of the first ("will miss the game because of
    injury" → "injury", not the bare "of")."""
    for c in prep.children:
        if c.dep_ in {"pobj", "pcomp"} and not (c.pos_ == "ADP" and not any(True for _ in c.children)):
            return c
    for c in prep.children:  # "because of X", "ahead of X", "due to X"; "came close to scoring" (misreadings.NEAR_MISS)
        if c.dep_ == "prep" and c.i == prep.i + 1:
            return next((g for g in c.children if g.dep_ == "pobj" or (g.dep_ == "pcomp" and prep.lower_ in NEAR_MISS)), None)
    return None


def verb_arguments(verbs):
    """Core objects, a clausal complement, prepositional phrases and noun modifiers of a chain."""
    core, clause, preps, mods, xcomps = [], None, [], [], []
    in_chain = {v.i for v in verbs}
    opened = clauses_opened_on(verbs)  # "seems to be over as a search conducted on … produced …" (subordinate.py)
    for v in verbs:
        for c in v.children:
            if c.i in in_chain or c.i in opened:
                continue
            dep = c.dep_
            if is_shifted_predicate(c):  # "made clear that …": the clause is the object, "clear" the relation's
                made = made_clear_clause(c)
                if clause is None and made is not None:
                    clause = made
                continue
            if dep in CORE_OBJECTS:
                obj = core_object_token(v, c)
                if obj is not None:
                    core.append(obj)
                told = addressee_clause(v, c)
                if clause is None and told is not None:  # "told a Labour Party gathering that …" (misreadings.py)
                    clause = told
            elif clause is None and is_clausal_complement(v, c):
                clause = c
            elif clause is None and subject_left_in_object(c) is not None:
                clause = c  # "ensure frontline professionals, parents and patients make the key decisions" (speech.py)
            elif is_for_example(c):
                continue
            elif dep == "prep" and clause_after_preposition(c) is not None:
                continue  # "were affected as civil servants in Wales joined …": a clause of its own
            elif dep == "prep" and headline_clause_after_conjunction(c) is not None:
                continue  # "Google shares fall as staff sell": a clause of its own (misreadings.py)
            elif (dep == "prep" and c.lower_ != "according") or particle_with_preposition(c):
                obj = prep_object(c)
                if obj is not None:
                    preps.append((c, obj))
            elif (inner := preposition_on_particle(c)) is not None:  # "are made up of 625 lines" (misreadings.py)
                obj = prep_object(inner)
                if obj is not None:
                    preps.append((inner, obj))
            elif dep in {"xcomp", "advcl"} and is_rank_read_as_verb(c):
                if not any(o.dep_ == "dobj" for o in v.children):  # (after an object, its result: result_phrase)
                    preps.append((c.doc[c.i - 1], c))  # "went to number one": "to" and the chart place (misreadings.py)
            elif is_noun_modifier(c):
                mods.append(c)
            elif (amount := movement_amount(c)) is not None:  # "closed down 7.9% at 642.80" (misreadings.py)
                mods.append(amount)
                preps.extend((g, o) for g in c.children if g.dep_ == "prep" and g.lower_ != "by" and (o := prep_object(g)) is not None)
                # (no "by" of measure: "sales were down 3.7% by revenue to HK$6.31bn" — no "were down by — revenue")
            elif dep == "xcomp" and not is_chained(c):
                xcomps.append(c)
    tail = verbs[-1]
    if not core and clause is None and (opponent := opponent_before_score(tail, mods)) is not None:
        core.append(opponent)  # "beat Potito Starace 6-1 7-6" (misreadings.py)
        mods.remove(opponent)
    if not core and clause is None and not passive_mod.is_passive(tail):
        core.extend(shared_object(tail))
    core.sort(key=lambda t: t.i)
    preps.sort(key=lambda p: p[0].i)
    return core, clause, preps, mods, xcomps


# nouns of "for example", "for instance": a phrase that gives what it governs as an example, no argument
EXAMPLE_NOUNS = frozenset({"example", "instance"})


def is_for_example(prep) -> bool:
    """The "for example" / "for instance" hung on a verb: it says the clause is an example, it is no
    argument of the verb. "their calls are not marketing - for instance by asking about people's
    voting intentions" (not "their calls — are not marketing for — instance"); "Ricin, for example,
    is a dangerous poison" (no "for example" argument)."""
    if prep.dep_ != "prep" or prep.lower_ != "for":
        return False
    kids = list(prep.children)
    return len(kids) == 1 and kids[0].lower_ in EXAMPLE_NOUNS and not any(True for _ in kids[0].children)


def is_in_order_to(prep) -> bool:
    """The "in order to" (or "in order that") of a purpose hung on a verb: it says what the verb's event is for, it
    is no object of the verb (a further argument only). "Players will have to understand how a car works in order to win races" (not "a
    car — works in — order to win races …"); "costs and teams were likely to need to double in order to cope with
    the demands of the new machines" (no "… double in — order to cope …"). An "order" with no clause of its own
    is a noun like any other ("The shops were in order", "in order of size")."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lower_ != "order" or obj.i != prep.i + 1:
        return False
    return any(c.dep_ in {"acl", "relcl", "ccomp", "advcl"} and c.i > obj.i
               and any(g.dep_ in {"aux", "mark"} and g.lower_ in {"to", "that"} for g in c.children) for c in obj.children)


def core_object_token(verb, obj):
    """The token standing for a core object (direct object, attribute, complement) of ``verb``:
    a relative pronoun object stands for the modified noun ("tourism which it lost" → it — lose —
    tourism); ``None`` for a verb read as object, the unit split off a number ("$480m"), or the "that" of an adverbial focus ("it was
    only after the break that Chelsea scored": "that" is no object)."""
    if (obj.pos_ in {"VERB", "AUX"} and not is_noun_read_as_verb(obj)) or is_stray_unit(obj):
        return None
    if is_thanks_to(obj):  # "avoided bankruptcy thanks to a bail-out": the noun before it is the object (misreadings.py)
        return next((c for c in obj.children if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}), None)
    if is_apposition_after_phrase(obj):
        return None  # "preparing for the biggest night …, the 77th Academy Awards" (misreadings.py)
    if is_detached_score(verb, obj):
        return None  # "beat Potito Starace 6-1 7-6": the score is no object (misreadings.py)
    if is_split_premodifier(obj):
        return None  # "won the costume design Oscar": "the costume" is no object of its own (misreadings.py)
    if is_shifted_predicate(obj):
        return None  # "made clear the government would not back down": "clear" is the making's (misreadings.py)
    if is_relative_pronoun(obj) and antecedent(verb) is not None:
        if is_adverbial_focus(antecedent(verb)):
            return None
        return antecedent(verb)
    return obj


def is_stray_unit(obj) -> bool:
    """The unit split off a number that the parser made an object of its own: the "m" of "$480m"
    (the number is the same object) or of a range's last number, whose phrase carries it: "aims
    to save between £190m and £265m" (not "aims to save — m")."""
    if not is_unit_suffix(obj):
        return False
    number = obj.doc[obj.i - 1]
    return number.dep_ == obj.dep_ or (number.dep_ == "conj" and number.head.dep_ == "pobj")


def is_noun_read_as_verb(tok) -> bool:
    """A plural noun the tagger read as a verb though the parser made it a direct object, with the
    words of a noun phrase before it and no argument of its own: "the Academy handed out plaster Oscar
    statuettes during WWII" (not "handed out during — WWII"), "he hosted illegal, pirate radio
    shows in the Dutch capital"."""
    return (tok.dep_ == "dobj" and tok.tag_ == "VBZ" and tok.lower_.endswith("s")
            and any(c.dep_ in {"compound", "amod", "det", "poss", "nummod"} for c in tok.children)
            and not any(c.dep_ in {"dobj", "nsubj", "ccomp", "xcomp", "attr", "dative"} for c in tok.children))


def is_clausal_complement(verb, c) -> bool:
    """Clausal complement (``ccomp``) after the verb, or before a reporting verb: "Trump said Iran
    seeks talks" → "Iran seeks talks"; not a clause another word of the verb takes (speech.py)."""
    if c.dep_ == "xcomp" and c.i > verb.i and is_reporting(verb) and opens_a_quote(verb, c):
        return True  # "He said: "Signing a new contract …"": the quoted words (:func:`opens_a_quote`)
    return c.dep_ == "ccomp" and (c.i > verb.i or is_reporting(verb)) and not is_object_taken(verb, c)


def is_noun_modifier(c) -> bool:
    """Bare noun modifier of a verb (``npadvmod``/``tmod``): "Israel struck Iran this week" → "this week";
    not a title or name before the subject that the parser hung on the verb (:func:`is_title_before_subject`)."""
    return (c.dep_ in {"npadvmod", "tmod"} and c.pos_ in {"NOUN", "PROPN", "NUM"} and not is_title_before_subject(c)
            and not (is_thanks_to(c) and not any(g.dep_ == "prep" for g in c.children))
            and not is_distance_of_a_clause(c))  # "comes a week after GM pulled out of …" (misreadings.py)
    # (a "thanks" whose "to" the parse hung on the verb is read with that phrase: misreadings.is_thanks_to)


TIMES = frozenset({"DATE", "TIME"})


def is_title_before_subject(c) -> bool:
    """A noun before the verb that belongs to the subject, not to the verb: the subject's title
    ("Controversial DJ Howard Stern has been dropped from four US radio stations" — "Controversial
    DJ" is no further argument of "dropped") or a titled name coordinated with it ("Wales centre
    Sonny Parker and number eight Ryan Jones will miss …"). A time stays ("Yesterday, …", "This week")."""
    verb = c.head
    if c.i > verb.i or c.lemma_.lower() in TIME_NOUNS or any(t.ent_type_ in TIMES for t in c.subtree):
        return False
    subj = next((g for g in verb.children if g.dep_ in {"nsubj", "nsubjpass"} and g.i > c.i), None)
    if subj is not None and subj.pos_ == "PROPN" and subj.left_edge.i == c.right_edge.i + 1:
        return True
    return any(t.pos_ == "PROPN" and t.ent_type_ in NAME_TYPES for t in c.subtree)


def shared_object(verb) -> list:
    """Object shared by conjoined verbs: "regulators may sell or merge hundreds of thrifts" → the
    "hundreds" of "merge" is also what "sell" takes — when the later verb has no subject, auxiliary
    or negation of its own (not "has been in America … but has not ruled out a return"), ``verb``
    is no passive (caller: "before his case was heard and sacked the striker") and nothing of
    ``verb``'s own stands between the two verbs: "The Morpeth Harrier led from the end of the first
    lap and ended Mike Skinner and Andrew Baddeley's hopes" (not "led — Mike Skinner"); "she appeared
    in BBC mini-series The Cazalets and played Mrs Potts" (not "appeared — Mrs Potts"). Down a series
    of three or more verbs whose middle ones have nothing of their own: "Pompey chased, harried and
    unsettled a Chelsea side" → chased — a Chelsea side (:func:`is_bare_link`)."""
    for c in verb.children:
        if (c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in SUBJECTS for g in c.children)
                and verb.pos_ == "VERB" and not any(g.dep_ in {"aux", "neg"} for g in c.children)
                and not has_own_phrase_before(verb, c)):
            objects = [g for g in c.children if g.dep_ == "dobj" and not is_split_premodifier(g)]
            return objects or (shared_object(c) if is_bare_link(c) else [])
    return []


def is_bare_link(verb) -> bool:
    """A verb in the middle of a series of conjoined verbs with nothing of its own but the comma, the
    conjunction and the next verb: "harried" of "Pompey chased, harried and unsettled a Chelsea side",
    which shares the last verb's object with the verbs before it."""
    return (any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children)
            and all(c.dep_ in {"cc", "punct", "conj"} for c in verb.children))


def has_own_phrase_before(verb, conj) -> bool:
    """Whether ``verb`` has a phrase of its own (an object, a prepositional or adverbial phrase, a
    clause) between itself and its conjoined verb ``conj``: then the two do not share what follows; nor
    when an adverb after it completes it (:func:`is_completed_by_adverb`)."""
    return any(verb.i < g.i < conj.i and (g.dep_ not in {"cc", "punct", "advmod", "prt", "neg", "preconj"}
                                          or is_completed_by_adverb(verb, g))
               for g in verb.children)


# verbs of going whose particle makes a phrase that takes no object ("went out", "came back")
GOING = frozenset({"go", "come"})


def is_completed_by_adverb(verb, adverb) -> bool:
    """An adverb after ``verb`` that completes it as a phrase of its own, so that the object of the verb
    joined to it is not its object too: "hopefully we can go there and get the win" → no "we — can go — the
    win"; "in the last few games we've played well and …"; "went out and bought …", "came back and won …"
    (a particle of a verb of going). A particle of another verb may take the object ("picked up and threw
    the ball"), and an adverb before the verb is no phrase after it ("quickly bought and sold")."""
    if adverb.i < verb.i:
        return False
    if adverb.dep_ == "advmod":
        return adverb.pos_ == "ADV" or adverb.lower_ in {"there", "here", "home", "well"}
    return adverb.dep_ == "prt" and verb.lemma_.lower() in GOING


QUANTIFIERS = frozenset({"over", "about", "around", "nearly", "almost", "under", "roughly"})


def is_quantity(prep, pobj) -> bool:
    """"over 224 civilians", "about 30 others": a quantifying word the parser read as a preposition."""
    return prep.lower_ in QUANTIFIERS and pobj.dep_ == "pobj" and (
        pobj.pos_ == "NUM" or any(c.dep_ == "nummod" for c in pobj.children))


def light_fold(obj):
    """``(prep, pobj)`` when a bare or indefinite common-noun object is followed by its preposition
    ("launched strikes on …", "held talks with …"): the noun and preposition go into the relation. Not
    "than", which completes a comparative ("He scored more goals than anyone else": no "scored more goals than")."""
    if obj.dep_ != "dobj" or obj.pos_ != "NOUN" or obj.ent_iob_ != "O":
        return None
    if sum(1 for c in obj.children if c.dep_ in {"amod", "compound"}) > 1:
        return None
    if any(c.dep_ in {"poss", "nummod"} or (c.dep_ == "det" and c.lower_ not in LIGHT_DETS) for c in obj.children):
        return None
    for c in obj.children:
        if c.dep_ == "prep" and c.i > obj.i:
            if c.lower_ not in {"of", "than"} and not introduces_examples(c) and all(t.dep_ in {"amod", "compound"} for t in obj.doc[obj.i + 1:c.i]):
                pobj = prep_object(c)
                if pobj is not None and pobj.dep_ == "pobj" and compound_inner_preposition(c, pobj) is None:
                    return c, pobj
            break
    return idiom_preposition(obj)


# verbs that make a phrase with a bare noun and its preposition: "take care of", "take part in", "make fun of",
# "lose sight of", "keep pace with", "pay tribute to", "give evidence to", "set light to"
IDIOM_VERBS = frozenset({"take", "make", "lose", "keep", "gain", "catch", "pay", "give", "set"})


def idiom_preposition(obj):
    """``(prep, pobj)`` for a bare singular noun after a verb of :data:`IDIOM_VERBS` when the parse hung the
    preposition right after the noun on the verb: the verb, noun and preposition are one predicate.

    "I didn't take care of them all" → *I — did n't take care of — them* (never "did n't take — care", which
    says something else); "He did not take part in the vote" → did not take part in — the vote; so with the "to" the
    parse made the verb's dative: "Souness also paid tribute to Laurent Robert" → also paid tribute to — Laurent
    Robert (not "also paid — tribute"), "Mr Cook, who is giving evidence to the Power inquiry". Not a time or a
    number ("took office in January", "taking gold in 46.45"), nor a noun with its own words ("took the care"), nor
    an object the verb says something of ("might make integration into the EU difficult"), nor a noun repeated
    ("Iran's leaders were given chance after chance to negotiate" keeps *were given — chance*)."""
    verb, doc = obj.head, obj.doc
    if verb.lemma_.lower() not in IDIOM_VERBS or obj.tag_ != "NN" or any(True for _ in obj.children):
        return None
    nxt = doc[obj.i + 1] if obj.i + 1 < len(doc) else None
    if nxt is None or nxt.dep_ not in {"prep", "dative"} or nxt.head.i != verb.i or introduces_examples(nxt):
        return None
    pobj = prep_object(nxt)
    if (pobj is None or pobj.dep_ != "pobj" or pobj.ent_type_ in {"DATE", "TIME", "CARDINAL", "QUANTITY"}
            or pobj.tag_ == "CD" or pobj.lemma_.lower() in TIME_NOUNS or pobj.lower_ == obj.lower_):
        return None  # the same noun again is a repetition, not the phrase's object: "given chance after chance"
    if any(c.dep_ in OBJECT_PREDICATES and c.i > nxt.i for c in verb.children):
        return None  # the noun is an object with its own predicate: "might make integration into the EU difficult"
    return nxt, pobj


# what a verb says of its object after it: "make integration into the EU difficult", "made trade with China a
# sensitive political issue" (the parse's second dobj)
OBJECT_PREDICATES = frozenset({"dobj", "ccomp", "oprd", "acomp", "xcomp", "attr"})


EXAMPLE_PREPOSITIONS = frozenset({"like", "including"})


def introduces_examples(prep) -> bool:
    """A preposition that names examples of the noun before it ("such as", "like", "including"):
    the noun stays the object with its examples, not a light noun folded into the relation: "EA
    publishes blockbuster titles such as Fifa and John Madden" → EA — publish — blockbuster titles
    such as Fifa and John Madden (not "publishes blockbuster titles such as — Fifa")."""
    return prep.lower_ in EXAMPLE_PREPOSITIONS or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))


# --------------------------------------------------------------------------- constructions
#
# extract_predicate gathers what the parse gives a predicate (a Predicate), then asks each
# construction reader in READERS, in order, for the predicate's object; the first that applies
# gives the Reading. Each reader is one construction, with an example sentence.


@dataclass
class Predicate:
    """One predicate of a sentence and what the parse gives it (read-only for the readers)."""

    verb: object
    sent: object
    offset: int
    verbs: list
    passive: bool
    by_tok: object
    agent: object
    core: list
    clause: object
    preps: list
    mods: list
    xcomps: list
    rel: list

    @property
    def tail(self):
        return self.verbs[-1]

    @property
    def doc(self):
        return self.sent.doc

    @property
    def rel_words_base(self) -> list[str]:
        """The relation as written: the chain's verbs, auxiliaries, negation and particles."""
        return [t.text for t in self.rel]


@dataclass
class Reading:
    """What a construction reader makes of a predicate: its objects and how the relation reads."""

    construction: str
    objects: list
    kind: str = "fact"
    rel_words: list | None = None  # the relation's words when the construction adds to them
    lemma_suffix: str = ""  # words the construction adds to the lemma ("strikes on", "of")
    extra_preps: list | None = None  # the prepositional phrases left as extra arguments
    clause_tok: object = None  # the clausal object's head, when the object is a clause
    is_clause: bool = False
    negates: bool = False  # the object's "no" negates the predicate ("played no part")
    taken: range = range(0)  # tokens the relation took beyond the verb group ("called Labour "a brilliant machine"")


def passive_with_agent(p: Predicate) -> Reading | None:
    """Passive with a ``by`` agent, read as written: "The Mac mini has been welcomed by Apple fans"
    → The Mac mini — has been welcomed by (be welcomed by) — Apple fans.

    The objects stay empty here: the agent becomes the object when the
    extractions are made (passive.py)."""
    if not (p.passive and p.agent is not None):
        return None
    # (nor the complement the agent was hung on: "described as "idle speculation" by Downing Street")
    return Reading("passive", [], extra_preps=[(b, o) for b, o in p.preps
                                               if b is not p.by_tok and not b.left_edge.i <= p.by_tok.i <= b.right_edge.i])


def core_object(p: Predicate) -> Reading | None:
    """Direct object or copula complement: "Israel struck Iran" → Israel — strike — Iran;
    "Marco Rubio is the Secretary of State" → Marco Rubio — be — the Secretary of State.

    Not when a reporting verb also has a clausal complement ("told reporters Iran …"): that is speech."""
    if not p.core or (p.clause is not None and is_reporting(p.tail)):
        return None
    if p.clause is not None and (getattr(content_conj(p.clause) or subject_left_in_object(p.clause), "i", None) == p.core[0].i
                                 or p.clause.head.i == p.core[0].i):  # (the one told and what: addressee_clause)
        return None  # "will ensure fosterers' allowances would be as fair as possible": the clause is the object
    given = object_after_recipient(p.core)
    if given is not None:  # "offered China wide-ranging access": what is offered (misreadings.py)
        return Reading("dobj", [np_argument(given, p.offset)])
    first = p.core[0]
    denial = denied_object(p, first)
    if denial is not None:
        return denial
    idiom = asserting_no_object(p, first)
    if idiom is not None:
        return idiom
    as_prep = regarded_as(p.tail, first)
    folded = light_verb_object(p, first) if as_prep is None else None  # ("described qualification for … as …")
    if folded is not None:
        return folded
    copula = first.dep_ in {"attr", "acomp"}
    objects = [np_argument(o, p.offset) for o in own_conjuncts(first)[:MAX_CONJ]
               if not (o.i != first.i and starts_a_clause(o))]
    age = stated_age(first)
    if age is not None:  # "has died aged 91": the age, not a bare "aged"
        objects = [make_argument(p.doc, first.i, age.i + 1, first, p.offset)]
    if as_prep is not None:  # "view him as a natural replacement …" (misreadings.py)
        phrase = with_closing_quote(p.doc[as_prep.i:as_phrase_end(as_prep)])
        return Reading("dobj", objects, rel_words=p.rel_words_base + [phrase.text],
                       lemma_suffix=" ".join(t.lower_ for t in phrase if t.dep_ != "det"),
                       extra_preps=[x for x in p.preps if x[0].i != as_prep.i])
    past = preposition_read_as_modifier(first)
    if past is not None:  # "headed past keeper Antonio Doblas" (misreadings.py)
        return Reading("dobj", [make_argument(p.doc, past.i + 1, np_bounds(first)[1], first, p.offset)],
                       rel_words=p.rel_words_base + [past.text], lemma_suffix=past.lower_)
    own = own_conjuncts(first)  # (empty when the object is the next clause's subject: no complement then)
    named = object_complement(p.tail, first, np_bounds(own[-1])[1]) if own else None
    if named is not None:  # "called Labour "a brilliant machine …"", "voted Stone the winner" (misreadings.py)
        words = p.doc[named[0]:named[1]]
        return Reading("dobj", objects, rel_words=p.rel_words_base + [with_closing_quote(words).text],
                       lemma_suffix="".join(t.lower_ + t.whitespace_ for t in words
                                            if t.dep_ != "det" and t.text not in DOUBLE_QUOTES).strip(),
                       extra_preps=[x for x in p.preps if not named[0] <= x[0].i < named[1]], taken=range(*named))
    moved = direction_after_object(p.tail, first)
    if moved:  # "could help force prices lower" → could help force lower — prices (misreadings.py)
        return Reading("dobj", objects, rel_words=p.rel_words_base + [t.text for t in moved],
                       lemma_suffix=moved[-1].lower_, taken=range(moved[0].i, moved[-1].i + 1))
    told = object_control_infinitive(p.tail, first)
    if told is not None and not is_object_control(p.tail):
        # the subject's own purpose, no part of the relation: "Gordon Brown visited Kenya to highlight the
        # plight of …" → Gordon Brown — visited — Kenya (not "visited to highlight", session 15's blind judges)
        told = None
    if told is not None and has_own_complement(told):
        # the object and what it was made to do are one clause object, not a relation "forced to sell off" that
        # drops what was sold: "Russia — forced — Yukos to sell off Yuganskneftegas" (misreadings.py)
        start, end = first.left_edge.i, clause_object_end(told)
        return Reading("dobj", [make_argument(p.doc, start, end, told, p.offset, is_clause=True)], is_clause=True,
                       extra_preps=[x for x in p.preps if not start <= x[0].i < end])
    if told is not None:  # "has told England to stop whingeing" (misreadings.py)
        words = [p.doc[told.i - 1], told] + [c for c in told.children if is_particle(c)]
        return Reading("dobj", objects, rel_words=p.rel_words_base + [t.text for t in words],
                       lemma_suffix=" ".join(["to", verb_lemma(told)] + [t.lower_ for t in words[2:]]))
    result = result_phrase(p.tail, first)
    if result is not None:  # "held Brentford to a goalless draw", "joins X on the sidelines" (misreadings.py)
        phrase = p.doc[result[0].i:result[1].i + 1]
        noun = next((c for c in reversed(list(result[0].children)) if c.dep_ in {"pobj", "pcomp"}), result[1])
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > result[1].i), None)
        if of is not None:  # the noun's "of" completes it: "put Africa at the top of his agenda"
            phrase = p.doc[result[0].i:of.right_edge.i + 1]
        return Reading("dobj", objects, rel_words=p.rel_words_base + [phrase.text],
                       lemma_suffix="".join(t.lower_ + t.whitespace_ for t in phrase if t.dep_ != "det").strip(),
                       extra_preps=[x for x in p.preps if x[0].i != result[0].i])
    left = only_choice(first)
    if left is not None:  # "had no option but to send Prso off" (polarity.py)
        words = [t for t in p.doc[first.left_edge.i:left.i + 1] if t.text not in DOUBLE_QUOTES]
        words += [c for c in left.children if is_particle(c)]
        obj = next((c for c in left.children if c.dep_ == "dobj"), None)
        return Reading("dobj", [make_argument(p.doc, *np_bounds(obj), obj, p.offset)] if obj is not None else [],
                       rel_words=p.rel_words_base + [t.text for t in words],
                       lemma_suffix=" ".join(t.lower_ if t is not left else verb_lemma(t) for t in words))
    content = adjective_content(p.tail, first)
    if content is not None and len(objects) == 1:
        # "was adamant that Visual Radio should not be confused …": the adjective with its clause (misreadings.py)
        s, e = clause_bounds(content)
        contrast = contrast_clause_start(content)
        e = min(e, contrast) if contrast is not None else e
        return Reading("copula", [make_argument(p.doc, np_bounds(first)[0], e, first, p.offset)], kind="copula",
                       taken=range(s, e))
    completed = next((x for x in p.tail.children if first.dep_ == "attr" and is_complement_of_attribute(x)), None)
    if completed is not None and len(objects) == 1 and negative_determiner(first) is None:
        # "He is the third Conservative MP to defect to Labour since 1997": the attribute with its infinitive
        start = np_bounds(first)[0]
        return Reading("copula", [make_argument(p.doc, start, completed.right_edge.i + 1, first, p.offset)],
                       kind="copula", taken=range(completed.left_edge.i, completed.right_edge.i + 1))
    no = negative_determiner(first)
    negates = no is not None and len(objects) == 1 and objects[0].start == p.offset + no.idx
    if negates and any(is_deferred(v) for v in p.verbs):
        # "will have no chance to throw out the exchange's management until May": they will have it then
        # (polarity.is_deferred); the object keeps its "no", nothing is denied
        return Reading("copula" if copula else "dobj", objects, kind="copula" if copula else "fact")
    if negates:  # "played no part" → played (negated) part; "has no plans to quit Real Madrid" (polarity.py)
        purpose = denied_purpose(first)
        end = max(np_bounds(first)[1], purpose.right_edge.i + 1 if purpose is not None else 0,
                  denied_content_end(first) or 0)  # "had no doubt the prince's father … would …"
        objects = [make_argument(p.doc, no.i + 1, end, first, p.offset)]
    return Reading("copula" if copula else "dobj", objects, kind="copula" if copula else "fact", negates=negates)


def asserting_no_object(p: Predicate, first) -> Reading | None:
    """A verb + "no" + noun idiom that asserts (polarity.asserting_idiom): the idiom is the relation and
    what its preposition governs the object, not negated. "Gerrard has made no secret of his desire to be
    involved in Europe's premier club competition" → *Gerrard — has made no secret of — his desire to be
    involved in Europe's premier club competition*."""
    prep = asserting_idiom(first)
    if prep is None:
        return None
    obj = next(c for c in prep.children if c.dep_ in {"pobj", "pcomp"})
    if obj.dep_ == "pcomp":  # "had no hesitation in recommissioning the show"
        argument = make_argument(p.doc, obj.left_edge.i, obj.right_edge.i + 1, obj, p.offset)
    else:
        # "his wish to fight corruption", not "his wish"; "the fact that representing Great Britain has always
        # been a top priority", not "the fact"
        clause = denied_purpose(obj) or next((c for c in obj.children if c.dep_ == "acl" and c.i > obj.i
                                              and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
                                             None)
        start, end = np_bounds(obj)
        argument = make_argument(p.doc, start, max(end, clause.right_edge.i + 1 if clause is not None else 0),
                                 obj, p.offset)
    words = [t for t in p.doc[first.left_edge.i:prep.i + 1] if t.text not in DOUBLE_QUOTES]
    return Reading("dobj", [argument], rel_words=p.rel_words_base + [t.text for t in words],
                   lemma_suffix=" ".join(t.lower_ if t is not first else t.lemma_.lower() for t in words),
                   extra_preps=[x for x in p.preps if x[0].i != prep.i], taken=range(first.i, prep.right_edge.i + 1))


def stated_age(complement):
    """The number of an age given as "aged N" after a verb, where the parser made "aged" the verb's
    complement and hung the number elsewhere: "Veteran comedian and broadcaster Cyril Fletcher has
    died aged 91 at his home in Guernsey" → the object is "aged 91", not "aged" (blind s6final28
    T087); else ``None``."""
    doc = complement.doc
    if complement.lower_ != "aged" or complement.dep_ != "acomp" or complement.i + 1 >= len(doc):
        return None
    number = doc[complement.i + 1]
    return number if number.like_num else None


def is_age_number(tok) -> bool:
    """The number of a stated age (:func:`stated_age`): part of the object, no argument of its own."""
    return tok.i > 0 and tok.like_num and stated_age(tok.doc[tok.i - 1]) is not None


def denied_object(p: Predicate, first) -> Reading | None:
    """A denial whose object is a content noun with its clause: "But the firm denied reports it
    was withdrawing completely from Iraq" → the firm — deny — "reports it was withdrawing
    completely from Iraq", a speech act (the content is negated for the firm, modality.py)."""
    if denied_content(first) is None:
        return None
    start, end = clause_bounds(first)
    end = min(end, denier_participle_start(first, end))
    return Reading("speech", [make_argument(p.doc, start, end, first, p.offset, is_clause=True)],
                   kind="speech", is_clause=True)


def denier_participle_start(noun, end: int) -> int:
    """Where a denied content noun's phrase ends (a token index) before a comma-set participle of saying the parse
    hung inside its clause, which is the denier's next words (speech.participle_reporter), not what was denied: "Mr
    Balls rejected the allegation that Mr Brown had been sidelined in the election campaign, saying he was playing a
    "different" role …" → Mr Balls — rejected — "the allegation that Mr Brown had been sidelined in the election
    campaign" (his "saying …" is read on its own, his). ``end``: where the phrase ends now, returned when there is none."""
    doc = noun.doc
    starts = [t.left_edge.i for t in noun.subtree if t.i > noun.i and participle_reporter(t) is not None]
    if not starts:
        return end
    cut = min(starts)
    while cut > noun.i + 1 and doc[cut - 1].text in CLAUSE_BREAKS:
        cut -= 1
    return min(end, cut)


def light_verb_object(p: Predicate, first) -> Reading | None:
    """A bare or indefinite common-noun object and its preposition fold into the relation:
    "Israel launched strikes on Iran's main nuclear facility" → Israel — launch strikes on —
    Iran's main nuclear facility."""
    fold = light_fold(first)
    if fold is None:
        return None
    prep, pobj = fold
    doc = p.doc
    s, _ = np_bounds(first)
    words = p.rel_words_base + [doc[i].text for i in range(s, prep.i + 1)]
    suffix = " ".join(doc[i].lower_ for i in range(s, prep.i) if doc[i].dep_ != "det")
    return Reading("dobj", [np_argument(o, p.offset) for o in conjuncts(pobj)[:MAX_CONJ]], rel_words=words,
                   lemma_suffix=f"{suffix} {prep.lower_}", extra_preps=p.preps + folded_noun_phrases(first, prep))


def folded_noun_phrases(noun, prep) -> list:
    """The prepositional phrases of a noun folded into the relation written after the folded one: they say
    where or when what the noun names holds, and stay as arguments of the reading (the relation took the noun,
    its phrase is no object's). "Boeing continues to enjoy a dominance over Airbus in Japan" → continues to
    enjoy a dominance over — Airbus | in Japan (not a dominance over Airbus anywhere)."""
    out = []
    for c in noun.children:
        if c.dep_ == "prep" and c.i > prep.i:
            o = prep_object(c)
            if o is not None:
                out.append((c, o))
    return out


def clausal_complement(p: Predicate) -> Reading | None:
    """A clausal complement: reported speech ("Trump said Iran seeks talks" → Trump — say —
    "Iran seeks talks"), or a clause object of another verb ("He feared the talks would fail"). A
    passive report is what its subject heard, not a speech act of theirs ("Mr Blair was asked if the
    SAS had also been in the country": Mr Blair — was asked if — …, a fact, not Blair's words)."""
    tail = p.tail
    if p.clause is None or not (is_reporting(tail) or not any(is_object_phrase(p, x) for x in p.preps) or is_made_clear(p)):
        return None  # (a phrase of examples is no object: "won't allow any new tobacco factories to be built, including …")
    speech = is_reporting(tail) and not is_passive_report(tail)
    clause = repeated_report_quote(p.clause) or p.clause  # 'Laws said: "…," he said': the quotation (speech.py)
    s, e = clause_bounds(clause)
    contrast = contrast_clause_start(clause)
    e = min(e, contrast) if contrast is not None else e
    denied = denied_alternative_start(tail, clause)
    e = min(e, denied) if denied is not None else e
    reporters = reporters_conjunct_start(clause)
    e = min(e, reporters) if reporters is not None else e
    e = quotation_end(clause, s, e)
    e = reported_words_end(tail, s, e)  # '"The obvious choice is Dawson" said Guscott' (subjects.py)
    subject = content_conj(clause) or subject_left_in_object(clause)
    if subject is not None and subject.i < s:  # "accepted his side had not played well" (speech.py)
        s = np_bounds(subject)[0]
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i and c.lower_ in {"that", "whether", "if"}), None)
    words = None
    if mark is not None and (mark.i == p.rel[-1].i + 1 or keeps_question_mark(p.rel[-1], mark)):
        words = p.rel_words_base + [mark.text]
    elif mark is not None and mark.lower_ in {"if", "whether"} and p.rel[-1].i < mark.i < s:
        s = mark.i  # 'added: "If it wasn't so serious it would be funny."': the condition stays what was said
    content = make_argument(p.doc, s, e, clause, p.offset, is_clause=True)
    before = reported_words_before(tail, s)
    if before is not None:  # '"A literate … population," insisted Mr Sener, "will make …"' (subjects.py)
        content = Argument(f"{before.text} {content.text}", p.offset + before.start_char, content.end, content.head, True)
    return Reading("speech" if speech else "clause", [content],
                   kind="speech" if speech else "fact", rel_words=words, clause_tok=clause, is_clause=True)


def is_made_clear(p: Predicate) -> bool:
    """Whether the predicate's clause is what it makes clear or sure (misreadings.shifted_predicate), which is its
    object whatever phrase stands beside it: ""My job, along with all the other senior representatives, is to make
    sure that we pick the strongest possible team" → *is to make sure that — we pick the strongest possible team*
    (not an empty object beside "along with …")."""
    return any(is_shifted_predicate(c) and made_clear_clause(c) is p.clause for v in p.verbs for c in v.children)


def keeps_question_mark(last, mark) -> bool:
    """Whether the "whether" or "if" of a reported clause stays with its relation although words stand between
    them: the one asked, a time, an adverb. "Conservative Michael Fallon asked Mr Brown whether the Treasury had
    leaned on ONS" → *asked whether — the Treasury had leaned on ONS …* (an open question, never "asked — the
    Treasury had leaned on ONS"); "would not confirm however whether the new info cards ID system will be built
    into …"; "will find out "within a month" whether he is to be offered a new one-year deal". Not across a
    colon or the opening of a quotation ("added: "If it wasn't so serious …"": the "if" is the speaker's)."""
    if mark.lower_ not in {"whether", "if"} or mark.i <= last.i:
        return False
    between = doc_tokens(mark.doc)[last.i + 1:mark.i]
    return (not any(t.text == ":" for t in between)
            and sum(1 for t in between if t.text in OPENING_QUOTES | CLOSING_QUOTES) % 2 == 0)


OPENING_QUOTES = frozenset({'"', "“", "``"})
CLOSING_QUOTES = frozenset({'"', "”", "''"})


def quotation_end(clause, start: int, end: int) -> int:
    """Where the words of ``clause`` (tokens ``start``–``end``) end when they open with a quotation
    mark that closes before ``end`` on the whole clause: "he declared: "I get increasingly alarmed
    by what I read in the newspapers" before catching himself on" — what he declared ends at
    "newspapers"; the words after the quote are the writer's. A quoted phrase inside the clause
    ("Airlines fear that "extraordinary circumstances" may not include bad weather") does not end
    it: the clause's verb is outside the quote. ``end`` otherwise."""
    doc = clause.doc
    first = start - 1 if start > sentence_of(clause).start and doc[start - 1].text in OPENING_QUOTES else start
    if doc[first].text not in OPENING_QUOTES:
        return end
    close = next((k for k in range(first + 1, end) if doc[k].text in CLOSING_QUOTES), None)
    if close is None or not first < clause.i < close or all(doc[k].is_punct for k in range(close, end)):
        return end
    while close > start + 1 and doc[close - 1].is_punct:
        close -= 1
    return close


CONTRAST_MARKS = frozenset({"while", "whereas", "though", "although"})


def contrast_clause_start(verb) -> int | None:
    """Where a clause ends before the contrasting clause set after it with a comma, a token index
    (``None`` when there is none): "The EU expects the German deficit to fall to 2.9% of GDP
    next year from 3.9% this year, while France's is forecast to drop to 3%" — what the EU expects
    ends at "this year"; the "while" clause is a statement of its own (read on its own). A concession
    is as well: "Mr Negroponte said this was a not for profit venture, though he recognised that the
    manufacturers of the components would be making money". Not inside a quotation, where the
    speaker's words go on ("It'll be good for us …, although a lot can change between now and June,"
    Umaga said)."""
    doc = verb.doc
    ends = [c.left_edge.i - 1 for c in verb.children
            if c.dep_ == "advcl" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ in CONTRAST_MARKS for m in c.children)
            and any(g.dep_ in SUBJECTS for g in c.children) and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
            and not (any(m.lower_ in CONCESSIVE_MARKS for m in c.children if m.dep_ == "mark") and is_quoted(doc, c.i))]
    return min(ends) if ends else None


CONCESSIVE_MARKS = frozenset({"though", "although"})


def denied_alternative_start(verb, clause) -> int | None:
    """Where a denied clause ends before the "but" clause that says what is so instead (a token index), or
    ``None``: "The fear is not that they will steal money from our bank accounts but that they will instead
    steal something far more valuable …" → *The fear — is not that — they will steal money from our bank
    accounts*; the second clause is not denied (it is read on its own). Only under a negated verb."""
    if not negation_tokens(verb):
        return None
    for c in clause.children:
        if c.dep_ == "conj" and c.i > clause.i:
            cc = next((t for t in clause.children if t.dep_ == "cc" and t.lower_ == "but" and clause.i < t.i < c.i), None)
            if cc is not None:
                end = cc.i
                while end > clause.i + 1 and clause.doc[end - 1].is_punct:
                    end -= 1
                return end
    return None


def is_quoted(doc, i: int) -> bool:
    """Whether token ``i`` is inside double quotation marks opened in its sentence."""
    start = sentence_of(doc[i]).start
    return sum(1 for t in doc[start:i] if t.text in OPENING_QUOTES | CLOSING_QUOTES) % 2 == 1


def reporters_conjunct_start(clause) -> int | None:
    """Where a reported clause ends before a verb coordinated with it that is the reporter's own act
    (:func:`reporter_conj`), or a participle of saying hung on it (:func:`participle_reporter`), a
    token index (``None`` when there is none): "Mr Livingstone said his comments were not racist and
    refused to apologise" — what he said ends at "racist"; that he refused is no part of it (read on
    its own, with his subject); "Krispy Kreme said accounting errors had forced the move, adding
    that …" — what it said ends at "move"; the writer's next report (:func:`next_speakers_report`):
    "The Tories say the Lib Dems would make people pay more tax and Labour says …" ends at "tax"."""
    ends = [c.left_edge.i for c in clause.children if c.i > clause.i
            and (c.dep_ == "conj" and (is_reporters_act(c) or next_speakers_report(c) is not None)
                 or participle_reporter(c) is not None)]
    if not ends:
        return None
    doc, end = clause.doc, min(ends)
    while end > clause.i + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].text in CLAUSE_BREAKS):
        end -= 1  # (and the dash before it: "the figure is more likely to be under 3% - and fear tax rises")
    return end


# the punctuation between a reported clause and the reporter's next act: ", and", " - and"
CLAUSE_BREAKS = frozenset({",", "-", "–", "—", ";"})


def is_reporters_act(conj) -> bool:
    """Whether ``conj``, coordinated with a reported clause, is the reporter's act in the same tense
    as the report ("said … and refused", "says … and wants", "says … and has refused"), or the
    reporter's next report in any tense (:func:`is_next_report`: "The EC says the Council will adopt a
    draft version … but said it would review …"; a finite verb: "He says he was not "German-bashing" but
    saying peace was the EU's founding aim" is all what he says), not a verb of the reported clause
    ("think many voices are being shut down or accused …")."""
    report = reporter_conj(conj)
    return report is not None and (finite_tag(conj) == finite_tag(report) or is_present_plural_read_as_base(conj, report)
                                   or tense_of(finite_word(conj)) is not None and is_next_report(conj, report))


def finite_tag(verb) -> str:
    """The tag that carries the tense of ``verb``'s group: its first auxiliary's, else its own
    ("has refused" → VBZ, like "says"; "refused" → VBD)."""
    aux = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i), None)
    return (aux or verb).tag_


def quantity_object(p: Predicate, prep, pobj) -> Reading | None:
    """A quantifier the parser read as a preposition right after the verb: "Israel killed over
    224 civilians" → Israel — kill — over 224 civilians ("over" belongs to the number)."""
    if not (is_quantity(prep, pobj) and prep.i == p.tail.i + 1):
        return None
    return Reading("dobj", [with_prep(prep, pobj, p.offset)], extra_preps=[x for x in p.preps if x[0] is not prep])


def is_object_phrase(p: Predicate, x) -> bool:
    """Whether the prepositional phrase ``x`` (preposition, object) of the predicate can be its object: after the
    verb, and no time, reason, examples, purpose or absolute phrase ("…, with some people jailed": misreadings.py)."""
    return (x[0].i > p.tail.i and not is_time_adverbial(*x) and not is_reason_phrase(x[0]) and not is_examples_phrase(x[0])
            and not is_in_order_to(x[0]) and not is_absolute_with(x[0]))


def prepositional_object(p: Predicate) -> Reading | None:
    """The first prepositional phrase after the verb, its preposition folded into the relation:
    "Iran warned of a harsh response" → Iran — warn of — a harsh response. A fronted phrase
    ("For his part, …") stays an extra argument."""
    first = next((x for x in p.preps if is_object_phrase(p, x)), None) or inverted_place(p)
    if first is None:
        return None
    prep, pobj = first
    if skips_an_amount(p.tail, prep) or skips_a_completing_word(p.tail, prep):
        return None  # ("Oil pushed higher too on Monday": no "Oil — pushed on — Monday", misreadings.py)
    quantity = quantity_object(p, prep, pobj)
    if quantity is not None:
        return quantity
    doc = p.doc
    compound = compound_preposition(prep, pobj)
    compound_words = [] if compound is None else list(doc[prep.i:compound[0].i + 1])
    compound_ids = {t.i for t in compound_words}
    if compound is not None:  # "voted in favour of the Bill" → voted in favour of — the Bill
        pobj = compound[1]
    nominal = pobj.dep_ == "pobj" or is_rank_read_as_verb(pobj)  # ("went to number one", misreadings.py)
    # (a clause object starts where its clause does, words before its verb included: "eager to compete after —
    # being cleared of missing a drugs test", never "compete after being — being cleared …")
    obj_start = np_bounds(pobj, split_conj=False)[0] if nominal else clause_bounds(pobj)[0]
    rel_ids = {t.i for t in p.rel}
    folded = particles_before(prep, rel_ids)
    prep_words = prep_degree(prep) + compound_words if compound is not None else folded_words(prep, obj_start)
    folded += [t for t in prep_words if t.i not in rel_ids and t not in folded]  # ("done well in")
    words = p.rel_words_base + [t.lower_ if t.i < p.tail.i else t.text for t in folded]  # (a fronted "Among")
    # "from 1978 to 1981": a preposition hanging on the folded one stays an argument
    extra = [x for x in p.preps if x[0] is not prep]
    extra += [(c, prep_object(c)) for c in prep.children if c.dep_ == "prep" and prep_object(c) is not None]
    objects = ([np_argument(o, p.offset) for o in own_conjuncts(pobj)[:MAX_CONJ]]
               if nominal else [make_argument(doc, *clause_bounds(pobj), pobj, p.offset)])
    gerund = gerund_clause_of(compound[0] if compound is not None else prep) if nominal else None
    if gerund is not None:  # "relied on users not spotting the fact …": the noun and its clause (subjects.py)
        objects = [make_argument(doc, obj_start, clause_bounds(gerund)[1], pobj, p.offset, is_clause=True)]
    asked = next((x for x in p.xcomps if getattr(prepositional_controller(x), "i", None) == pobj.i), None) if nominal else None
    if asked is not None:  # "called on the government to release men …": the one asked and what (misreadings.py)
        objects = [make_argument(doc, obj_start, asked_clause_end(asked), pobj, p.offset, is_clause=True)]
        extra = [x for x in extra if not obj_start <= x[0].i < asked_clause_end(asked)]
    degree = {t.i for t in prep_degree(prep)}  # ("not far behind": the relation writes it, the lemma is "be behind")
    return Reading("prep", objects, rel_words=words, lemma_suffix=" ".join(t.lower_ for t in folded if (t.i <= prep.i or t.dep_ == "prep"
                                                                                                      or (t.i in compound_ids and t.dep_ != "det"))
                                                                            and t.i not in degree),
                   extra_preps=extra)


# fixed phrases of time that say when, never what the verb is about: (preposition, noun, determiner or None)
TIME_ADVERBIALS = frozenset({("at", "moment", "the"), ("for", "moment", "the"), ("at", "minute", "the"),
                             ("on", "time", None), ("in", "time", None), ("at", "present", None),
                             ("for", "now", None), ("until", "now", None), ("by", "now", None), ("till", "now", None)})


def is_time_adverbial(prep, pobj) -> bool:
    """A fixed phrase of time ("at the moment", "on time", "at present", "for now"): an argument saying
    when, never the object the preposition would fold into the relation. "With Jonny Wilkinson not playing
    at the moment due to injury …" → *Jonny Wilkinson — not playing* "at the moment", not *not playing at
    — the moment*; "the money could not be raised on time" → *could not be raised* "on time". Not "at
    the time of the attack" (a noun with its own modifier), nor "the moment he arrived"."""
    if pobj.dep_ != "pobj" or any(c.dep_ not in {"det"} for c in pobj.children):
        return False
    det = next((c.lower_ for c in pobj.children if c.dep_ == "det"), None)
    return (prep.lower_, pobj.lower_, det) in TIME_ADVERBIALS


# nouns that make one preposition with the preposition before them and the one after: "in favour of", "on behalf
# of", "as part of", "in line with" — (preposition before, noun) → the prepositions after it
COMPOUND_PREPOSITIONS = {
    ("in", "favour"): {"of"}, ("in", "favor"): {"of"}, ("in", "front"): {"of"}, ("in", "terms"): {"of"},
    ("in", "line"): {"with"}, ("in", "response"): {"to"}, ("in", "return"): {"for"}, ("in", "place"): {"of"},
    ("in", "spite"): {"of"}, ("in", "aid"): {"of"}, ("in", "honour"): {"of"}, ("in", "memory"): {"of"},
    ("in", "support"): {"of"}, ("in", "search"): {"of"}, ("in", "charge"): {"of"}, ("in", "danger"): {"of"},
    ("in", "addition"): {"to"}, ("in", "exchange"): {"for"}, ("in", "excess"): {"of"}, ("in", "view"): {"of"},
    ("in", "breach"): {"of"}, ("in", "pursuit"): {"of"}, ("in", "defiance"): {"of"}, ("in", "protest"): {"at", "against"},
    ("in", "accordance"): {"with"}, ("in", "comparison"): {"with", "to"}, ("in", "conjunction"): {"with"},
    ("in", "contrast"): {"to", "with"}, ("in", "relation"): {"to"}, ("in", "wake"): {"of"}, ("in", "face"): {"of"},
    ("in", "light"): {"of"}, ("in", "run-up"): {"to"}, ("on", "behalf"): {"of"}, ("on", "account"): {"of"},
    ("as", "part"): {"of"}, ("by", "way"): {"of"}, ("by", "means"): {"of"}, ("by", "virtue"): {"of"},
    ("at", "odds"): {"with"}, ("at", "expense"): {"of"}, ("for", "sake"): {"of"}, ("with", "exception"): {"of"},
    ("with", "regard"): {"to"}}
# the nouns of :data:`COMPOUND_PREPOSITIONS` written with "the": "in the wake of", "at the expense of"
COMPOUND_WITH_THE = frozenset({"wake", "face", "light", "run-up", "expense", "sake", "exception"})


def compound_inner_preposition(prep, pobj):
    """The last preposition of a preposition written in three words, which the parse reads as a preposition with a
    noun object ("in" — "favour", and "of the Bill" hung on the noun), else ``None``: "in favour of", "on behalf of",
    "in line with", "in the wake of" (:data:`COMPOUND_PREPOSITIONS`). The noun has no word of its own but "the"
    where the phrase is written so ("in a line", "in strong support of", "as a part of" are no such prepositions)."""
    after = COMPOUND_PREPOSITIONS.get((prep.lower_, pobj.lower_))
    if after is None or pobj.dep_ != "pobj" or pobj.i != prep.i + 1 + (pobj.lower_ in COMPOUND_WITH_THE):
        return None
    if any(c.dep_ != "prep" and not (c.dep_ == "det" and c.lower_ == "the" and pobj.lower_ in COMPOUND_WITH_THE)
           for c in pobj.children):
        return None
    inner = pobj.doc[pobj.i + 1] if pobj.i + 1 < len(pobj.doc) else None
    if inner is None or inner.lower_ not in after or inner.head.i != pobj.i or inner.dep_ != "prep":
        return None
    return inner


def compound_preposition(prep, pobj):
    """``(preposition, object)`` after a preposition written in three words (:func:`compound_inner_preposition`),
    else ``None``: the three words are one preposition of the relation, and the object is what comes after them.
    "MPs voted in favour of the Prevention of Terrorism Bill" → MPs — voted in favour of — the Prevention of
    Terrorism Bill (not *voted in — favour of the Prevention of Terrorism Bill*); "the event held in aid of the
    tsunami appeal"; "The deal is also in line with a 2004 directive"; "Investigations carried out in the wake of Ms
    Hughes' resignation". Nor is it a light noun's preposition (:func:`light_fold`): "accepting a $18bn loan in
    return for pushing through … reforms" keeps "a $18bn loan" as the object."""
    inner = compound_inner_preposition(prep, pobj)
    obj = prep_object(inner) if inner is not None else None
    return (inner, obj) if obj is not None and obj.dep_ == "pobj" else None


def is_reason_phrase(prep) -> bool:
    """"due to X", "owing to X", "because of X": the reason for the event, never its object ("not playing
    due to injury" is no *playing due to — injury*)."""
    nxt = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    if prep.lower_ == "to" and prep.i > 0 and is_thanks_to(prep.doc[prep.i - 1]):
        return True  # "thanks to X" (misreadings.py)
    return nxt is not None and ((prep.lower_ in {"due", "owing"} and nxt.lower_ == "to")
                                or (prep.lower_ == "because" and nxt.lower_ == "of"))


def is_examples_phrase(prep) -> bool:
    """An "including" phrase hung on a verb: it names examples of a noun of the clause (the subject's or the
    object's), never what the verb is done to or with, so its preposition is no word of the relation. "A number
    of solutions were tried, including having a colleague describe the maps …" → no *were tried including —
    having a colleague describe the maps*; "more than 20 other world leaders are expected to attend including
    French President Jacques Chirac" (no *are expected to attend including*)."""
    return prep.lower_ == "including"


def inverted_place(p: Predicate):
    """The fronted phrase of a bare "be" whose subject comes after it, which is what the subject is:
    "Among the biggest laggards, according to the report, are Greece and Italy" → Greece — be
    among — the biggest laggards (not "Greece — are" with nothing); "Among the other new products
    she showcased was the Digital Media Hub". ``(preposition, object)`` or ``None``."""
    verb = p.verb
    if len(p.verbs) != 1 or verb.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children):
        return None
    return next((x for x in p.preps if x[0].i < verb.i and x[0].head.i == verb.i), None)


def open_complement(p: Predicate) -> Reading | None:
    """An open complement not chained into the relation: "Washington urged Israel to remain
    prepared" → Washington — urge — "to remain prepared" (Israel is an extra argument)."""
    if not p.xcomps:
        return None
    x = p.xcomps[0]
    asked = prepositional_controller(x)
    if asked is not None:  # "called on hunt supporters to meet as normal" ("on" a particle): who is asked, and what
        return Reading("xcomp", [make_argument(p.doc, np_bounds(asked, split_conj=False)[0], asked_clause_end(x), x,
                                               p.offset, is_clause=True)])
    return Reading("xcomp", [make_argument(p.doc, *clause_bounds(x), x, p.offset, is_clause=True)])


def quote_before_reporting_verb(p: Predicate) -> Reading | None:
    """A reporting verb written after a quote, parsed as its ``parataxis``: "“We will respond,”
    Trump said" → Trump — say — "We will respond"; or between commas inside it: "The economy,
    Mr Brown said, will not recover this year" → Mr Brown — say — "The economy will not recover this year"."""
    tail = p.tail
    if not is_reporting(tail):
        return None
    q = quote_head(tail)
    if q is None:
        return None
    keep = {t.i for t in q.subtree} - {t.i for t in tail.subtree}
    s, e = block(q, keep)
    while s - 1 in keep and p.doc[s - 1].dep_ == "mark" and p.doc[s - 1].head.i != q.i:
        s -= 1  # "But, he said, if enough people sign up spamming websites could be forced …": the "if" stays
    content = make_argument(p.doc, s, e, q, p.offset, is_clause=True)
    if tail.i < q.i:  # "The economy, he said, will not recover": the words on both sides of the report
        # (the words before ", said the report," that the parser hung on the reporting word are the content's)
        before = (p.doc[min(q.left_edge.i, tail.left_edge.i):tail.i] if is_inverted_aside(tail)
                  else p.doc[q.left_edge.i:tail.left_edge.i])
        while len(before) and (before[-1].is_punct or before[-1].dep_ == "cc"):
            before = before[:-1]
        while len(before) and (before[0].is_punct or before[0].dep_ == "cc"):
            before = before[1:]
        if len(before):
            content = Argument(f"{before.text} {content.text}", p.offset + before.start_char, content.end,
                               content.head, True)
    return Reading("speech", [content], kind="speech", is_clause=True)


def stranded_preposition(verb):
    """A preposition left without its object at the end of a relative clause ("starred in", "looking
    at"): its object is the noun the clause modifies (:func:`relative_antecedent`), else ``None``. The relative
    pronoun the parser made its object, written before it, leaves it stranded too: "the next generation Xbox games
    console, which many gadget lovers had been hoping for" (*which* the ``pobj`` of *for*)."""
    return next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
                 and all(g.dep_ == "pobj" and g.i < c.i and is_relative_pronoun(g) for g in c.children)), None)


def relative_antecedent(verb):
    """The noun modified by the relative clause ``verb`` belongs to, through the verbs conjoined in it
    ("Garden State, which he wrote, directed and starred in" → Garden State), else ``None``."""
    cur = verb
    for _ in range(4):
        if cur.dep_ == "relcl":
            return antecedent(cur)
        if cur.dep_ not in {"conj", "advcl"} or cur.head.pos_ not in PREDICATE_POS:
            return None
        cur = cur.head
    return None


def stranded_preposition_object(p: Predicate) -> Reading | None:
    """A relative clause whose preposition is left at its end takes the modified noun as that
    preposition's object: "Zach Braff won the award for Garden State, which he wrote, directed and
    starred in" → he — starred in — Garden State (not "he — starred"); "a position we have been
    looking at" → we — have been looking at — a position."""
    prep = stranded_preposition(p.tail)
    noun = relative_antecedent(p.tail) if prep is not None else None
    if noun is None or p.clause is not None or any(c.i != noun.i and not is_relative_pronoun(c) for c in p.core):
        return None
    return Reading("prep", [np_argument(noun, p.offset)], rel_words=p.rel_words_base + [prep.text],
                   lemma_suffix=prep.lower_, extra_preps=[(pr, o) for pr, o in p.preps if pr.i != prep.i])


READERS = (passive_with_agent, stranded_preposition_object, core_object, clausal_complement, prepositional_object,
           open_complement)


def read_predicate(p: Predicate) -> Reading:
    """The first construction in READERS that applies (else none), then a quote before a
    reporting verb when that left no object."""
    reading = None
    for reader in READERS:
        reading = reader(p)
        if reading is not None:
            break
    reading = reading or Reading("none", [])
    if not reading.objects:
        quote = quote_before_reporting_verb(p)
        if quote is not None:
            quote.extra_preps = reading.extra_preps
            quote.rel_words = reading.rel_words
            quote.lemma_suffix = reading.lemma_suffix
            return quote
    return reading


def given_recipient(p: Predicate, reading: Reading):
    """The recipient of a verb of giving whose object is what is given (:func:`object_after_recipient`), kept
    as a further argument as "to the creditors" is ("gave control to the creditors"), else ``None``: "Jorge
    Andrade's early own goal gave Liverpool a 1-0 win" → *gave — a 1-0 win | Liverpool*, not a win given to
    nobody; "Chelsea and the Gunners endured a 2-2 stalemate on Sunday, giving United the chance to make up
    some ground" keeps United, the side the chance went to. Not a pronoun ("gives us a kind of life after
    death alternative": no bare "us" as an argument)."""
    if not p.core or p.core[0].dep_ != "dative" or p.core[0].pos_ == "PRON" or not reading.objects:
        return None
    given = object_after_recipient(p.core)
    if given is None or reading.objects[0].head != p.offset + given.idx:
        return None
    return p.core[0]


def extra_arguments(p: Predicate, reading: Reading) -> list[Argument]:
    """The arguments beyond subject and object, in sentence order: other prepositional phrases
    ("on Thursday"), noun modifiers ("this year"), further objects and open complements."""
    doc, offset = p.doc, p.offset
    extra: list[Argument] = []
    for prep, o in (p.preps if reading.extra_preps is None else reading.extra_preps):
        if crosses_aside(prep.i, prep.head.i, doc):
            continue  # "The Incredibles - now in its fourth week in the charts - which took …" (spans.crosses_aside)
        # a phrase cut before the clause that gives it its meaning runs on to its end ("in order to …")
        extra.append(with_needed_clause(p, with_prep(prep, o, offset)) if o.dep_ == "pobj"
                     else make_argument(doc, min(prep.i, clause_bounds(o)[0]), clause_bounds(o)[1], o, offset))
    for m in p.mods:
        if not is_age_number(m):  # (the object took it: "died aged 91")
            extra.append(with_needed_clause(p, np_argument(m, offset, split_conj=False)))  # "each time a file is shared"
    for c in (p.core if reading.kind == "speech" and reading.clause_tok is not None else p.core[1:]):
        if reading.clause_tok is not None and reading.clause_tok.head.i == c.i:  # the one told, without what
            start, end = np_bounds(c, split_conj=False)
            extra.append(make_argument(doc, start, min(end, reading.clause_tok.left_edge.i), c, offset))
            continue
        extra.append(np_argument(c, offset, split_conj=False))
    place = place_of_where_clause(p.verb)
    if place is not None:  # "In the Maldives, where 43% of the population already lives on …" (relative.py)
        extra.append(with_prep(*place, offset))
    recipient = given_recipient(p, reading)
    if recipient is not None:  # "gave Liverpool a 1-0 win" → gave — a 1-0 win | Liverpool
        extra.append(np_argument(recipient, offset, split_conj=False))
    for x in (p.xcomps[1:] if reading.construction == "xcomp" else p.xcomps):
        extra.append(make_argument(doc, *clause_bounds(x), x, offset, is_clause=True))
    extra = [a for a in extra if has_word(a.text) and not (reading.taken and p.doc[reading.taken.start].idx + offset <= a.start
                                                            < p.doc[reading.taken.stop - 1].idx + offset + len(p.doc[reading.taken.stop - 1]))]
    # a name a phrase took whole is no argument of its own too ("for their hit Vertigo", not "… | Vertigo")
    extra = [a for a in extra if not any(b is not a and b.start <= a.start and a.end <= b.end and b.text != a.text
                                         for b in extra)]
    return sorted(extra, key=lambda a: a.start)


# Verbs that allow, help, push or ask someone to do something, which is not thereby done.
ENABLING = frozenset("""allow enable help let permit empower compel force encourage persuade invite ask urge require
tell advise""".split())


def first_of_bare_conjuncts(verb):
    """The first verb of a coordination whose later verbs have no subject or auxiliary of their own, which they
    share: "let people watch and listen to films" → "watch" for "listen"; a verb with its own subject or
    auxiliary is its own clause ("let people watch films and they can …"), and so is a finite one ("forced Mobo
    award organisers to drop artists from nominations and saw Beenie Man dropped": the campaign saw it)."""
    while (verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in PREDICATE_POS and verb.head.i < verb.i
           and not any(c.dep_ in OWN_CLAUSE_DEPS for c in verb.children)):
        verb = verb.head
    return verb


def is_permitted_infinitive(verb) -> bool:
    """An infinitive with its own subject under the verb that causes, allows or helps it: "The phone
    will allow golf fans to improve their swing", "It will help scientists work out the safety
    requirements". What is allowed or helped is not asserted; it stays the governor's object
    ("The phone — will allow — golf fans to improve their swing"). So is a verb coordinated with it
    (:func:`first_of_bare_conjuncts`): "services which will let people watch and listen to films" give no
    "people — listen to — films"."""
    verb = first_of_bare_conjuncts(verb)
    if (verb.tag_ != "VB" or verb.dep_ not in {"ccomp", "xcomp"} or verb.head.pos_ not in PREDICATE_POS
            or verb.head.lemma_.lower() not in ENABLING):
        return False  # wants, hopes, expectations: their content is read with a modality (modality.py)
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    # "to improve", or bare ("help scientists work out"); not a modal clause ("they should go")
    return all(a.lower_ == "to" for a in aux) and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


def reports_a_fragment(verb) -> bool:
    """A reporting verb inside a free relative: "to tackle what he says are "crippling skills
    shortages"". Its clause lost its subject to "what"; "he — says — are crippling skills
    shortages" is a fragment, not what he said."""
    return is_reporting(verb) and any(
        c.dep_ == "ccomp" and c.i > verb.i and c.tag_ in {"VBZ", "VBP", "VBD"}
        and not any(g.dep_ in SUBJECTS and g.i > verb.i for g in c.children) for c in verb.children)


def defines_its_subject(verb, subj) -> bool:
    """The relative clause that defines a pronoun ("those who have made a supreme contribution to
    British film"): it is part of that argument wherever it is used (spans.RELATIVE_HEADS), and read
    on its own it says only "those who made X — made — X"."""
    return verb.dep_ == "relcl" and subj.lower_ in RELATIVE_HEADS and verb.head.i == subj.i


def is_elliptical(verb) -> bool:
    """A clause that leaves its predicate to the context, read with no argument at all: a modal or
    auxiliary standing alone ("… an experience as I can", "We crave success as much as he does",
    "saying most were not"), or the clause of a comparison ("as "dramatic" as Mr Renner believed").
    It says nothing by itself; the clause it is compared with is read on its own."""
    if verb.tag_ == "MD" or verb.lemma_ in {"do", "be", "have"}:
        return True
    return any(c.dep_ == "mark" and c.lower_ in {"as", "than"} for c in verb.children)


def is_than_clause(verb) -> bool:
    """The clause of a comparison after "than", which leaves out what is compared ("He said the US dollar will
    be stronger than it is today": it is [strong] today): with no object of its own, its time or place says
    nothing either ("Prices were higher than they were in March": no "they — were in — March"); a clause
    object is its own ("He would make no predictions other than that he expected the Lib Dems to increase …")."""
    return any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children)


def is_stranded_infinitive(verb) -> bool:
    """A verb whose infinitive is left to the context, ending on a bare "to": "he doesn't have to
    because …", "I don't intend to now". The elided verb carries the meaning; "he — does not
    have — to" and "I — do not intend to — now" say nothing (polarity, issue 16)."""
    if has_dep(verb.children, ("dobj", "ccomp", "attr", "acomp")):
        return False
    for c in verb.children:
        if (c.lower_ == "to" and c.tag_ in {"TO", "IN"} and c.i > verb.i
                and all(g.pos_ == "ADV" for g in c.children)
                and not any(t.pos_ in {"VERB", "AUX", "NOUN", "PROPN", "PRON", "NUM"} for t in c.subtree if t.i != c.i)):
            return True
    return False


def is_pro_form_report(verb) -> bool:
    """A verb of saying or believing whose content is a pro-form: "No, I don't think so", "I hope
    so", "I think not", "I don't see why not". The content is in the context (a question before); "I — do not think"
    alone says nothing."""
    if not (is_reporting(verb) or verb.lemma_.lower() in {"see", "guess", "suppose", "imagine"}):
        return False
    doc = verb.doc
    words = [t.lower_ for t in doc_tokens(doc)[verb.i + 1:min(verb.i + 3, sentence_of(verb).end)]]
    if words[:2] == ["why", "not"]:
        return True  # "It can happen, I don't see why not"
    if has_dep(verb.children, ("dobj", "ccomp", "xcomp", "attr")):
        return False
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ in {"so", "not", "otherwise"} and nxt.head.i == verb.i


def is_title_words(verb) -> bool:
    """A verb group written in title case inside a sentence: the words of a title, not a clause.

    "A Grand Don't Come for Free beat Keane's Hope and Fears": the album's title reads as
    "A Grand — Do n't Come for — Free", a negation no one made (polarity, issue 16)."""
    if not verb.text[:1].isupper() or verb.i == sentence_of(verb).start or verb.pos_ == "PROPN":
        return False
    before = verb.doc[verb.i - 1]
    if before.text in {'"', "“", "‘", "'", ":", "(", "-", "—"}:
        return False
    group = [c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < verb.i]
    if any(c.text[:1].isupper() and c.i > sentence_of(verb).start for c in group):
        return True
    return is_capitalised_run(verb)


def is_capitalised_run(verb) -> bool:
    """A capitalised verb inside a sentence, among capitalised words (the word after it, past a small
    word of a title, or its subject right before it): a song's, show's, game's or book's title the
    parser read as a clause — "The Welsh band, whose hits include Design For Life and If You Tolerate
    This" (not "You — Tolerate — This"), "the Beatles numbers Drive My Car", "Last year's big winner,
    Lost In Translation", "Halo, The Sims, Driver, Need for Speed, Fifa football, Burnout were just a
    few …" (not "Halo — Need for — Speed"), "Gawker, This Fish Needs a Bicycle, Wonkette". Not in a
    title-cased line, where every word has its capital (a headline)."""
    doc, sent = verb.doc, sentence_of(verb)
    if not any(t.is_alpha and t.is_lower and len(t) > 3 for t in span_tokens(sent)):
        return False  # a title-cased line: its verbs are verbs (one lower-case word is enough for a sentence:
        # "Why We Fight is due to be screened on BBC Four in March", "… are Gawker, This Fish Needs a Bicycle, …")
    k = verb.i + 1
    if k + 1 < sent.end and doc[k].lower_ in TITLE_SMALL_WORDS and doc[k].is_lower:
        k += 1  # "Need for Speed", "Meet the Fockers"
    nxt = doc[k] if k < sent.end else None
    return (nxt is not None and nxt.text[:1].isupper() and nxt.lower_ != "i") or (
        doc[verb.i - 1].text[:1].isupper() and doc[verb.i - 1].dep_ in {"nsubj", "nsubjpass"})


def is_bare_participle(verb, rel) -> bool:
    """A participle modifying a noun or clause with no auxiliary: "the strikes launched by Israel",
    "…, offering to mediate" — it reads with an implied copula (the strikes — be launched by — Israel)."""
    if verb is rel[0] and (passive_mod.is_participle_read_as_past(verb) or passive_mod.is_set_off_participle_read_as_verb(verb)):
        return True  # "Money raised from the sale will go …" (tagged a past tense)
    return (verb.dep_ in {"acl", "advcl"} and verb.tag_ in {"VBN", "VBG"} and verb is rel[0]
            and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children)
            and not passive_mod.is_main_verb_read_as_participle(verb)  # ("Natasha Bedingfield - … - performed with")
            and not passive_mod.is_verb_of_stranded_subject(verb))  # ("Many concepts fed into science …, but it is thought")


WH_OPENERS = QUESTION_WORDS | {"whose"}  # a headline opening with one is a question or a clause, not a passive


def is_headline_passive(verb, offset: int) -> bool:
    """A past form with no auxiliary in an article's headline: headlines write what happened in the
    present ("Eminem beats Elvis to number one") and leave out the "is/was" of a passive, so "Pountney
    handed ban and fine", "Hanks greeted at wintry premiere", "Rock star sued by ex-girlfriend" are
    passives (Pountney was handed a ban; not "Pountney — handed — fine"). The headline is the
    article's first line, with no full stop; not a question-word headline ("How the Academy Awards
    flourished"). A passive keeps a direct object only when its verb takes two ("Pountney [was] handed
    ban": the ban is the second object), so "Google bought YouTube", "Ferguson praised Rooney" stay
    active; and a form that is its own lemma is the present ("Barclays profits hit record level")."""
    sent = sentence_of(verb)
    if offset != 0 or sent.start != 0 or verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if any(t.text in {".", "!", "?", ":"} for t in span_tokens(sent)) or sent[0].lower_ in WH_OPENERS or sent.end != len(verb.doc):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or any(c.dep_ in {"aux", "auxpass", "nsubjpass", "expl"} for c in verb.children):
        return False  # (a headline names its subject: "He handed the ball to Smith" is a sentence)
    if not any(c.dep_ == "dobj" for c in verb.children):
        return True
    return verb.lemma_.lower() in DITRANSITIVE and verb.lower_ != verb.lemma_.lower()


def is_headline_fragment(p: Predicate, subj_tok, taken: set) -> bool:
    """A reading with nothing after its relation, of an article's headline (its first line, with no
    full stop), where the headline goes on after the relation or the subject comes after another
    verb: the parse lost what the headline says. "Henman overcomes rival Rusedski" (not "Henman —
    overcomes"), "Mac Mini heralds mini revolution", "Robben and Cole earn Chelsea win", "McCall
    earns Tannadice reprieve" (not "Tannadice — reprieve"). "German economy rebounds" ends with its
    verb and stays; ``taken``: the indices of the words the relation reads."""
    sent, doc = p.sent, p.doc
    if p.offset != 0 or sent.start != 0 or sent.end != len(doc) or any(t.text in {".", "!", "?", ":"} for t in span_tokens(sent)):
        return False
    if any(not t.is_punct and not (t.dep_ in {"advmod", "neg"} and t.head.i in taken) for t in doc[max(taken) + 1:sent.end]):
        return True  # (an adverb of the verb goes with it: "Greek sprinters 'won't run again'")
    return any(t.tag_ in {"VBZ", "VBP", "VBD"} for t in doc[sent.start:subj_tok.left_edge.i])


# --------------------------------------------------------------------------- extractions

def extract_predicate(verb, sent, offset: int = 0) -> list[Extraction]:
    """Every extraction of one predicate (one per subject × object conjunct)."""
    verbs = chain(verb)
    tail = verbs[-1]
    if says_nothing_itself(verb, tail):
        return []
    subj_tok = subject_of(verb)
    rel_obj = relative_object(verb, [])
    if subj_tok is None or defines_its_subject(verb, subj_tok) or subject_across_colon(subj_tok, verb):
        return []
    if is_dangling_participle(verb, subj_tok):
        return []  # "Looking into P2P's future, file sharing is …": the writer looks (subjects.py)
    if is_inverted_participle_copula(verb, subj_tok):
        return []  # "Rounding out the top ten were …": the list is the subject (misreadings.py)
    if is_title_participle(verb, subj_tok):
        return []  # "Defending champion and top seed Andy Roddick rallied …": a title (misreadings.py)
    if is_article_read_as_subject(subj_tok):
        return []  # "earning the family a reported $85m": no "a — reported —" (misreadings.py)
    if is_future_going_left_alone(verb, verbs):
        return []  # "what this election is going to be all about": no "is going — to be" (misreadings.py)
    headline_passive = is_headline_passive(verb, offset)
    passive = passive_mod.is_passive(verb) or passive_mod.is_passive(tail) or headline_passive
    by_tok, agent = passive_mod.agent_of(tail) if passive else (None, None)
    core, clause, preps, mods, xcomps = verb_arguments(verbs)
    if rel_obj is not None and not core and not is_adverbial_focus(rel_obj):
        core = [rel_obj]
    spoken_by = speaker_read_as_object(verb)
    if spoken_by is not None:  # "…, claims his agent.": the speaker, the subject above, no object (speech.py)
        core = [c for c in core if c.i != spoken_by.i]
        if clause is None:
            return []  # ("…, predicts the report by BT": its words are the clause it was coordinated with)
    rel = relation_tokens(verbs)
    p = Predicate(verb, sent, offset, verbs, passive, by_tok, agent, core, clause, preps, mods, xcomps, rel)

    negated, modality, speaker_tok = stance(p)
    if speaker_tok is not None and titled_one_name(speaker_tok) is not None:
        speaker_tok = titled_one_name(speaker_tok)  # "German football club and former European champion Borussia Dortmund"
    speaker = np_argument(speaker_tok, offset) if speaker_tok is not None else None

    reading = read_predicate(p)
    kind, construction, objects = reading.kind, reading.construction, reading.objects
    rel_words = reading.rel_words if reading.rel_words is not None else p.rel_words_base
    lemma = reading_lemma(p, reading)
    if headline_passive:  # "Pountney handed ban" → "be handed", as "Pountney was handed a ban" reads
        lemma = " ".join(["be", verb.lower_] + lemma.split()[1:])
    extra = extra_arguments(p, reading)
    if reading.negates:
        negated = not negated  # "played no part" (core_object)
    taken = {t.i for t in p.rel}  # the words the relation reads
    if not reading.objects and reading.rel_words is None and not (passive and agent is not None):
        adverb = completing_adverb(p.tail, {t.i for t in p.rel})
        if adverb:  # "Xhosa works brilliantly", "closed higher", "came fourth"
            rel_words = rel_words + [t.text for t in adverb]
            lemma = f"{lemma} {' '.join(t.lower_ for t in adverb)}"
            taken |= {t.i for t in adverb}
    if (not reading.objects and not extra or not p.core and p.clause is None and is_than_clause(verb)) and is_elliptical(verb):
        return []  # ("the US dollar will be stronger than it is today": no "it — is — today")

    if (is_bare_participle(verb, rel) or headline_passive
            or ((passive_mod.is_bare_passive_participle(verb) or passive_mod.is_participle_with_agent(verb)) and verb is rel[0])
            or (named_after_comma(verb) is not None and verb is rel[0])):
        rel_words = ["be"] + rel_words  # "and sentenced at" → "be sentenced at", as the lemma reads
    governors = shared_governor(verb, chain)
    if governors:  # "was chosen to build and run X": run is what TAV was chosen to do
        rel_words = [t.text for t in relation_tokens(governors)] + ["to"] + rel_words
        lemma = f"{lemma_of(governors)} to {lemma}"
    relation = " ".join(rel_words)
    sentence, s0, s1 = span_text(sent), offset + sent.start_char, offset + sent.end_char
    respective = is_respective(verbs)
    together = (respective or is_one_thing_named_twice(subj_tok)  # "Angels and Demons was written …" (misreadings.py)
                or is_reciprocal(verbs, p.core)  # "Lightbody and McClelland met"
                or names_them_together(verbs, p.core))  # "Jet Airways and Air Sahara are the two companies …"
    subject_nouns = modified_conjuncts(verb, conjuncts(subj_tok, split=not together))
    if len(subject_nouns) > 1 and is_existential_noun_read_as_subject(subj_tok):
        subject_nouns = subject_nouns[1:]  # "there was "no yes or no" answer and the area was …": the area (misreadings.py)
    subjects = [np_argument(t, offset, split_conj=not together) for t in subject_nouns[:MAX_CONJ]]
    opener = clause_subject_opener(subj_tok)
    if opener is not None and len(subjects) == 1:  # "Whether he still had something to offer … was …" (subjects.py)
        subjects = [make_argument(verb.doc, opener.i, char_span(verb.doc, subjects[0].start - offset, subjects[0].end - offset).end,
                                  subj_tok, offset)]
    cut_name = split_off_name(verb, subj_tok)
    if cut_name is not None and len(subjects) == 1:
        start, _ = np_bounds(subj_tok, split_conj=not together)
        subjects = [make_argument(verb.doc, start, cut_name.right_edge.i + 1, subj_tok, offset)]
    if passive and agent is not None:
        relation, lemma, objects = passive_agent_reading(p, rel_words, lemma)
    # a speech act inside someone's words ("…, Mike Lake said: we think we do") keeps that speaker
    nested = speaker_tok is not None and speaker_tok.i not in {t.i for t in conjuncts(subj_tok)}
    each_own = speakers_of_their_own(speaker_tok, subj_tok, kind)
    speakers = (None if each_own else co_speakers(speaker_tok, offset)) or [speaker]
    out = []
    subjects = [after_dash_of_other_phrase(p, with_needed_clause(p, a, adjacent=True), offset) for a in subjects
                if has_word(a.text)]
    objects = [with_lost_prepositional_object(p, without_comment_on_clause(p, without_open_dash(p, without_correlative_focus(
               p, without_next_subject(p, with_needed_clause(p, a)))))) for a in objects if has_word(a.text)]
    if respective and len(objects) > 1:
        objects = [joined_arguments(p, objects)]
    extra = [a for a in extra if not any(a.start < o.end and o.start < a.end for o in objects)]
    objects, extra = within_aside(p, objects, offset), within_aside(p, extra, offset)
    objects, extra = within_participle_aside(p, objects, offset), within_participle_aside(p, extra, offset)
    subjects = before_aside(p, subjects, offset)
    subjects, denied_pair = neither_dropped(p, subjects, offset)
    objects, denied_object = neither_dropped(p, objects, offset)
    if denied_pair or denied_object:
        negated = True  # "Neither the Conservatives nor the Liberal Democrats wished to comment": neither did
    uninformative = no_fact(p, reading, subj_tok, objects, extra, speaker, modality)
    # each subject on its own: "Laws on net cafe opening hours and who can use them were introduced" keeps the laws
    across = {a.start: subject_misread(p.doc, a, argument_head(p.doc, a, offset) or subj_tok, verb, offset) for a in subjects}
    if uninformative is None and subjects and all(is_focus_fragment(char_span(p.doc, a.start - offset, a.end - offset) or [])
                                                  for a in subjects):
        uninformative = "focus fragment"  # "new music, especially up and coming acts breaking …" (informative.py)
    if uninformative is None and is_in_cut_title(subj_tok):
        uninformative = "title cut off the sentence before"  # "… include Band Aid's | Do They Know It's Christmas?" (spans.py)
    if uninformative is None and is_fronted_predicate_word(subj_tok, verb):
        uninformative = "fronted predicate word"  # "Gone were the screaming girls …" (subjects.py)
    if uninformative is None and is_reporting_participle_read_as_subject(subj_tok):
        uninformative = "reporting participle read as subject"  # "…, adding such seismic changes … should put …"
    if uninformative is None and is_which_of_a_clause(verb):
        uninformative = "which of a whole clause"  # "… over the hurdles - which could explain her leap in form" (subjects.py)
    if uninformative is None and is_participle_read_as_subject(subj_tok):
        uninformative = "participle read as subject"  # "Addressing claims that …, Mr Michael told" (subjects.py)
    if uninformative is None and is_disagreeing_conjunct(verb, subj_tok):
        uninformative = "subject it does not agree with"  # "… before they reach 65 … and also takes into account" (misreadings.py)
    if uninformative is None and not objects and not extra and is_headline_fragment(p, subj_tok, taken):
        uninformative = "headline fragment"
    if uninformative is None and not objects and is_bare_auxiliary([p.doc[i] for i in sorted(taken)]):
        uninformative = "bare auxiliary"  # "Its shares are down 20% …" read as "Its shares — are —" (informative.py)
    if uninformative is None and shares_unasserted_infinitive(verb):
        uninformative = "infinitive's conjunct"  # "the chance to get back into management and test his skills"
    if uninformative is None and completes_unasserted_infinitive(verb):
        uninformative = "infinitive's complement"  # "a responsibility to help tackle the problem"
    if modality is None and not negated and any(offers_alternatives(char_span(p.doc, o.start - offset, o.end - offset) or [])
                                for o in objects if not o.is_clause):
        # "will play X or Y": one of them, neither pair asserted; negated, each pair is denied ("I have no
        # clothes or money on me", "had received no warning or further explanation"): no alternative
        modality = ALTERNATIVE
    for subj, obj, said_by in ((s, o, spk) for spk in speakers for s in subjects for o in (objects or [None])):
        conf = score("extra" if construction == "none" and extra else construction, sent=sent, inherited=inherited(verb), relative=verb.dep_ in {"relcl", "acl"},
                     rel_len=len(relation.split()), obj_len=len(obj.text.split()) if obj is not None else 0,
                     pronoun=subj_tok.pos_ == "PRON", n_extra=len(extra), clause_dep=verb.dep_)
        # "The problem is not money but time": the alternative after "but" is affirmed, its "not" and the denied
        # alternative's phrases go (polarity.py)
        but = (affirmed_alternative(argument_head(p.doc, obj, offset), verb)
               if negated and obj is not None and not obj.is_clause else None)
        written = relation if but is None else " ".join(w for w in relation.split() if w.lower() not in {"not", "n't", "never"})
        own_extra = extra if but is None else [a for a in extra if a.start > but.idx + offset]
        out.append(Extraction(subject=subj, relation=written, relation_lemma=lemma, object=obj, sentence=sentence,
                              sent_start=s0, sent_end=s1, negated=negated and but is None, modality=modality,
                              speaker=(subj if each_own else said_by) if kind != "speech" or nested else None,
                              confidence=conf, kind=kind,
                              extra=tuple(own_extra), passive=passive and agent is not None,
                              uninformative=uninformative or across.get(subj.start)))
    return out


def subject_misread(doc, arg, head, verb, offset: int) -> str | None:
    """Why the subject argument ``arg`` (headed by ``head``) of ``verb`` is no phrase of its clause
    (subjects.py), else ``None``; each subject of a predicate on its own: "Laws on net cafe opening hours and
    who can use them were introduced in 2002" keeps the laws."""
    if subject_across_clause(char_span(doc, arg.start - offset, arg.end - offset) or [], head, verb):
        return "subject across a clause"  # "When big files were being shared moderation systems were key"
    if is_clause_read_as_subject(head):
        return "clause read as subject"  # "the authorities were not providing … and … would be more visible"
    if is_fact_cut_from_its_verb(char_span(doc, arg.start - offset, arg.end - offset) or [], head, verb):
        return "fact cut from its clause"  # "The fact that … are doing so well suggests …" (subjects.py)
    return None


def argument_head(doc, arg, offset: int):
    """The token an :class:`Argument` names as its head (``None`` if its offset falls outside ``doc``)."""
    span = char_span(doc, arg.head - offset, arg.head - offset + 1)
    return span[0] if span is not None and len(span) else None


def _token_at(tokens, idx: int):
    """The token of ``tokens`` that starts at character ``idx``, else ``None`` (a loop: :func:`~kg.docview.with_dep`)."""
    for t in tokens:
        if t.idx == idx:
            return t
    return None


def neither_dropped(p: Predicate, args: list, offset: int) -> tuple[list, bool]:
    """``args`` with the "neither" of a :func:`~kg.extract.spans.is_denied_pair` argument left out (its predicate is negated
    instead: "Neither Rover nor Shanghai Automotive commented on the reports" → *Rover nor Shanghai Automotive —
    commented on — the reports*, negated), and whether there was one. Clausal objects are left as written."""
    out, found = [], False
    for a in args:
        span = None if a.is_clause else char_span(p.doc, a.start - offset, a.end - offset)
        words = span_tokens(span) if span else ()  # (view tokens: iterating the Span makes a Token per word)
        head = _token_at(words, a.head - offset)
        if head is not None and is_denied_pair(head):
            found = True
            if len(words) > 1 and words[0].lower_ == "neither":
                first = words[1]
                a = Argument(a.text[offset + first.idx - a.start:], offset + first.idx, a.end, a.head, a.is_clause)
        out.append(a)
    return out, found


def after_dash_of_other_phrase(p: Predicate, a: Argument, offset: int) -> Argument:
    """A subject whose head comes after a spaced dash, with no name before the dash: the words before it
    end another phrase (the parse ran them into the subject), the subject starts after it.

    "… but the response to Real Madrid was the same - Steven is not for sale" → *Steven — is not for — sale*
    (never "the same - Steven"); "It's the subtleties, the eyes, the mouth - 5,000 polygons doesn't really sell
    the emotion" → *5,000 polygons*. Not an aside before its head's name ("Fund manager Florian Hamm - Borussia
    Dortmund's largest investor - said": the name stays), nor a dash after the head ("the money - part of a
    vital restructuring plan - is state aid": the parse's head inside an aside the dashes close), nor a
    hyphen written apart inside a phrase (tokenised text: "Large cross - border deals numbered 51"): the phrase
    after the dash must open there (its head, or a determiner, number or possessive).
    """
    span = None if a.is_clause else char_span(p.doc, a.start - offset, a.end - offset)
    words = span_tokens(span) if span else ()
    head = _token_at(words, a.head - offset) if span else None
    if head is None:
        return a
    doc = p.doc
    dashes = [t for t in words if t.i < head.i and is_spaced_dash(t)]
    if not dashes or any(t.pos_ == "PROPN" for t in words if t.i < dashes[-1].i):
        return a
    if any(is_spaced_dash(t) for t in doc[head.i + 1:max(p.verb.i, head.i + 1)]):
        return a  # the head inside an aside closed before the verb: "the money - part of a … plan - is state aid"
    first = doc[dashes[-1].i + 1]
    if first.dep_ == "cc" and first.i < head.i:
        first = doc[first.i + 1]  # "says the party - and insulation could save £100": the clause's "and" is no word of it
    if first.i != head.i and first.dep_ not in PHRASE_OPENERS:
        return a  # a word inside the phrase, the dash a hyphen written apart ("Large cross - border deals", "State - owned BNL")
    return Argument(a.text[offset + first.idx - a.start:], offset + first.idx, a.end, a.head, a.is_clause)


# the words that open a noun phrase before its head: "- an argument", "- 5,000 polygons", "- his side"
PHRASE_OPENERS = frozenset({"det", "nummod", "poss", "predet"})


def is_respective(verbs) -> bool:
    """Whether the clause pairs its coordinated arguments one to one ("respectively"): each
    conjunct alone says something false. "Munster and Leinster have 12 and 11 players in the squad
    respectively" (not "Munster — have — 12 and 11 players"); "prices rose by 3% and 1.2% in the two
    regions respectively" (not "prices — rose by — 3%"). Also a "respectively" the parse hung inside a
    phrase of the clause (:func:`respectively_in_phrase`)."""
    return (any(c.dep_ == "advmod" and c.lower_ == "respectively" for v in verbs for c in v.children)
            or respectively_in_phrase(verbs))


# the dependencies that keep a word inside its clause's phrases (not a clause of its own)
PHRASE_DEPS = frozenset({"prep", "pobj", "pcomp", "dobj", "conj", "compound", "amod", "npadvmod", "advmod"})


def respectively_in_phrase(verbs) -> bool:
    """A "respectively" hung on a word of one of the clause's phrases, which pairs the clause's lists all
    the same: "And Clive Owen and Sophie Okonedo both got nominated for supporting roles in Closer and Hotel
    Rwanda respectively" (the parse hangs it on "supporting": not "Clive Owen — be nominated for — supporting
    roles in Closer and Hotel Rwanda respectively"). Not one inside a clause of its own ("…, which will handle
    air and ground services respectively": the relative clause pairs its own lists)."""
    sent = sentence_of(verbs[0])
    if "respectively" not in span_text(sent):  # (the Doc's text cut once; ``sent.text`` joins a Token per word)
        return False
    ids = {v.i for v in verbs}
    for tok in span_tokens(sent):
        if tok.lower_ != "respectively":
            continue
        cur = tok
        for _ in range(8):
            if cur.dep_ not in PHRASE_DEPS or cur.head is cur:
                break
            cur = cur.head
            if cur.i in ids:
                return True
    return False


# verbs whose coordinated subjects act on each other: "Lightbody and McClelland met" did not meet alone
RECIPROCAL_VERBS = COLLECTIVE_VERBS | frozenset("meet marry wed divorce clash collide".split())


def is_reciprocal(verbs, core) -> bool:
    """Whether the clause's coordinated subjects act together or on each other, one argument: "The
    band formed in 1994 when Lightbody and McClelland met as students at Dundee University" (not
    "McClelland — met as — students", alone), "Nokia and … Sierra Wireless recently agreed to work
    together on High Speed Downlink Packet Access", "Airbus and Boeing accuse each other". A verb of
    meeting or joining with no object of its own, or a clause that says "together", "each other",
    "one another". Split, each conjunct reads as if it acted alone."""
    for v in verbs:
        for c in v.children:
            if c.dep_ == "advmod" and c.lower_ == "together":
                return True
            objects = [c] if c.dep_ in CORE_OBJECTS else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
            if any(o.lower_ in {"other", "another"} and any(d.lower_ in {"each", "one"} for d in o.children)
                   for o in objects):
                return True
    return verbs[-1].lemma_.lower() in RECIPROCAL_VERBS and not core


# nouns of a group of people or things: "X and Y are a formidable pair"
GROUP_NOUNS = frozenset("pair duo trio quartet couple partnership".split())


def names_them_together(verbs, core) -> bool:
    """Whether a copula's predicate counts its coordinated subjects as a group, which no one of them
    is alone: "Jet Airways and Air Sahara are the two companies that will benefit initially" (not
    "Air Sahara — are — the two companies"), "X and Y are the pair who …". A counted plural noun or a
    noun of a group; not an age or a measure ("are 24 years old" is said of each)."""
    if verbs[-1].lemma_.lower() != "be" or len(core) != 1 or core[0].dep_ != "attr":
        return False
    noun = core[0]
    if noun.lemma_.lower() in GROUP_NOUNS:
        return True
    return noun.tag_ == "NNS" and any(c.dep_ == "nummod" and c.like_num and c.ent_type_ in {"CARDINAL", ""}
                                      for c in noun.children)


def joined_arguments(p: Predicate, args: list) -> Argument:
    """One argument from the first of ``args`` to the last (conjuncts read together)."""
    span = char_span(p.doc, args[0].start - p.offset, args[-1].end - p.offset)
    if span is None:
        return args[0]
    return make_argument(p.doc, span.start, span.end, p.doc[span.start:span.end].root, p.offset)


def co_speakers(speaker_tok, offset: int) -> list:
    """The coordinated subjects of a report, each a speaker of its content ("Universal and Warner
    Brothers said they would …": Universal says it, and so does Warner Brothers), or ``[]`` for a
    speaker alone. Not after a prepositional phrase of the first, whose noun the list may belong to
    ("A spokesman for the Department for Culture, Media and Sport said …": one spokesman), nor "neither X nor
    Y", who say nothing ("Neither Mr Howard nor Mr Letwin would say exactly how they would use that cash": the
    content is neither one's claim)."""
    if speaker_tok is None or speaker_tok.dep_ not in {"nsubj", "nsubjpass"} or is_denied_pair(speaker_tok):
        return []
    group = conjuncts(speaker_tok)
    if len(group) > 1 and any(c.dep_ == "prep" and c.i < group[1].i for c in speaker_tok.children):
        return []
    return [np_argument(t, offset) for t in group[:MAX_CONJ]] if len(group) > 1 else []


def speakers_of_their_own(speaker_tok, subj_tok, kind: str) -> bool:
    """Whether each of coordinated subjects speaks for itself: the speaker is the first of the
    very subjects of the content, as when they deny or promise what they did or will do.

    "Mr Afzal, Mr Islam and Mr Kazi deny conspiring to commit election fraud": Mr Kazi denies
    his own conspiring (Mr Kazi — conspiring to commit — election fraud, by Mr Kazi), not Mr Afzal.
    """
    if speaker_tok is None or kind == "speech":
        return False
    group = conjuncts(subj_tok)
    return len(group) > 1 and speaker_tok.i in {t.i for t in group}


def shares_unasserted_infinitive(verb) -> bool:
    """A bare verb conjoined to an infinitive that modifies a noun (:func:`is_unasserted_infinitival`),
    with no subject or auxiliary of its own: it shares that infinitive's "to", and says what the thing
    is for as much as the first verb does; its reading, with the noun as subject, is no fact. "Robson also
    admitted he would relish the chance to get back into management and test his skills against Mourinho"
    gives no "the chance — test — his skills"; "They like the possibility to create their own content and
    see what's going on in the area" no "the possibility — see — …". A conjunct of a verb's own
    infinitive is still read ("Charles Clarke wants to introduce a points system … and increase
    deportations of failed asylum seekers"), and so is one of an infinitive that
    :func:`~kg.extract.relative.is_unasserted_infinitival` reads as a fact (after a rank: "the first woman to
    win the prize")."""
    return (verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.i < verb.i
            and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "expl"} for c in verb.children)
            and is_unasserted_infinitival(verb.head))


def completes_unasserted_infinitive(verb) -> bool:
    """The bare or "to" infinitive that completes an infinitive modifying a noun
    (:func:`is_unasserted_infinitival`), with no subject of its own: it says what the thing is for, as
    the infinitive it completes does; its reading, with the noun as subject, is no fact. "Organisations
    such as BT have a responsibility to help tackle the problem" gives no "a responsibility — tackle —
    the problem". The complement of a verb's own infinitive is still read ("wants to help tackle …")."""
    return (verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.i < verb.i and is_unasserted_infinitival(verb.head)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children))


def says_nothing_itself(verb, tail) -> bool:
    """A predicate read as no clause of its own: an unasserted or permitted infinitive, a fragment
    of a free relative, a stranded infinitive, a pro-form report, title words, a cleft, an
    impersonal report or an adjective frame ("it was Radcliffe who …", "it is understood that
    …", "it is not clear whether …", frames.py), a quotation's ", he said" repeating the report before it
    (speech.repeated_report_quote). Each construction is named and exemplified
    by its own function."""
    if (is_unasserted_infinitival(verb) or is_permitted_infinitive(verb) or reports_a_fragment(verb)
            or is_stranded_infinitive(tail) or is_pro_form_report(tail) or is_title_words(verb) or is_name_word(verb)
            or is_possessed_gerund(verb) or repeated_report_quote(verb) is not None):
        return True
    return bool(is_cleft_frame(verb) or impersonal_report(verb)[0] or is_adjective_frame(verb))


def written_modality(p: Predicate) -> str | None:
    """Modality written in the verb group ("Iran may be seeking talks" → may, polarity.py), of
    the chain's last verb (a modal it shares with a verb it is coordinated with, unless it is the reporter's
    own act the parse coordinated with the reported clause: "say the issue should be decided in Scotland and
    believe …" — they believe, no "should"), or a hedging or forecasting adjective of the chain ("Labour is likely to win", "The SFA is
    certain to come down hard on Mikoliunas"), else ``None``."""
    return (modality_of(p.rel, p.verb) or (modality_of(p.rel, p.tail) if p.tail is not p.verb else None)
            or (shared_modal(p.verb) if reporter_conj(p.verb) is None else None) or outcome_modal(p.verb)
            or next((HEDGE_ADJ.get(v.lower_) or FORECAST_ADJ[v.lower_] for v in p.verbs
                     if v.pos_ == "ADJ" and (v.lower_ in HEDGE_ADJ or v.lower_ in FORECAST_ADJ)), None))


def first_conjunct(verb):
    """The first verb of a coordination ``verb`` is in: "it is understood that the board
    considered … and asked …" → "considered" (whose head is the report); ``verb`` itself otherwise."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


# frames of an attitude to what their clause says: feared, hoped, wanted, planned, expected, believed …
ATTITUDE_FRAMES = frozenset({"fear", "hope", "wish", "plan", "expectation", "belief", "doubt", "threat", "promise"})


def is_aim_of_modal(framed: str | None, modality: str | None) -> bool:
    """Whether a purpose or attitude frame says more than the modal written in its clause: in "so (that) the
    National Audit Office can report on …" the "can" is what the act is to make possible, and in "Fears that
    big donors can buy political favours have sparked calls for a limit" what is feared; a plain *can report
    on*, *can buy* reads as a fact about what they are able to do (blind s18 end audit: both wrong). A
    purpose (or a fear, a hope …) it is. A "could" stays under an attitude ("fears that the strike could
    spread": the possibility is what is feared, and "could" says it). A "would" under an attitude is the
    attitude's hypothetical, no modality of its own: "I doubt many PC lovers would seriously argue that …" is
    doubted (blind s20: *would argue* read as their argument), "Mr Blair's assessment is likely to be seen as a
    signal that replacing him would not bring an upsurge in fortunes" is what the signal is read as (a belief),
    "promised the party would cut taxes" a promise.

    >>> is_aim_of_modal("purpose", "can"), is_aim_of_modal("fear", "can"), is_aim_of_modal("fear", "could")
    (True, True, False)
    >>> is_aim_of_modal("purpose", "should"), is_aim_of_modal(None, "can")
    (False, False)
    >>> is_aim_of_modal("doubt", "would"), is_aim_of_modal("belief", "would"), is_aim_of_modal(None, "would")
    (True, True, False)
    """
    return ((framed == "purpose" and modality in {"can", "could"})
            or (framed in ATTITUDE_FRAMES and modality in {"can", "would"}))


def stance(p: Predicate):
    """``(negated, modality, speaker token)`` of a predicate: its negation ("did not win", unless
    deferred: "not until"), written modality, and the frame it is said in (modality.py: denials,
    conditions, questions …), else a forecast ("were not going to play", polarity.forecast_of). Impersonal report: "it was revealed that X" — X is asserted; "it is
    understood that X" — hedged, with no speaker (frames.py)."""
    # (a verb the parse coordinated with a reported clause that is the reporter's own act shares no negation of it:
    # "Labour and the Liberal Democrats say the party's sums do not add up and claim it would cut frontline services")
    negated = ((is_negated([t for t in p.rel if not is_infinitive_not(t, p.verbs)])
                or (shares_negation(p.verb) or shares_infinitive_negation(p.verb)) and reporter_conj(p.verb) is None)
               and not any(is_deferred(v) for v in p.verbs))
    compared = negated and any(is_negated_comparison(v) for v in p.verbs)  # "not as strong as expected"
    negated = negated and not compared
    modality = written_modality(p)
    speaker_tok, denied, framed = frame(p.verb, subject_of)
    reported = first_conjunct(p.verb)
    if speaker_tok is None and reported.dep_ in {"ccomp", "xcomp"} and misplaced_relative(reported.head) is not None:
        speaker_tok = subject_of(reported.head)  # "…subsidies, which competitors say give …": the competitors' claim
    if speaker_tok is None and modality in BACKSHIFTED:
        speaker_tok = backshifted_report_speaker(p.verb)  # "The CEA predicted that … Gaming would continue …" (subjects.py)
    # (cited words outrank the modal written in them: the headline "Pakistani women 'must not hide'" is someone's words)
    if framed in {"question", "conditional", "unclaimed", "quoted"} or modality is None or is_aim_of_modal(framed, modality):
        modality = framed or modality
    modality = modality or forecast_of(p.rel)  # (a frame's hope or belief says more: "hoping we are going to get …")
    modality = modality or ("comparison" if compared else None)
    content = first_conjunct(p.verb)
    impersonal, hedge = impersonal_report(content.head) if content.dep_ == "ccomp" else (False, None)
    if impersonal:
        modality = modality or hedge
        if speaker_tok is not None and speaker_tok.lower_ == "it" and speaker_tok.head.i == content.head.i:
            speaker_tok, denied = None, False
    negated = negated != denied if speaker_tok is not None and denied else negated
    return negated, modality, speaker_tok


def reading_lemma(p: Predicate, reading: Reading) -> str:
    """The normalised relation of a reading: the chain's lemma (:func:`lemma_of`) with the words the
    construction folds in ("Israel launched strikes on Iran" → "launch strikes on")."""
    lemma = lemma_of(p.verbs)
    if reading.lemma_suffix:
        lemma = f"{lemma} {reading.lemma_suffix}".replace("  ", " ")
    return lemma


def passive_agent_reading(p: Predicate, rel_words: list, lemma: str):
    """Passive agent, read as written, patient first (passive.py): "The Mac mini has been welcomed
    by Apple fans" → The Mac mini — has been welcomed by — Apple fans: ``(relation, lemma, objects)``."""
    complement = passive_complement(p.tail, p.by_tok)  # "was made a lord by" (misreadings.py)
    written = [p.doc[complement[0].i:complement[-1].i + 1].text] if complement else []  # (quotes as written)
    relation = " ".join(rel_words + written + [p.by_tok.text])
    objects = [np_argument(t, p.offset) for t in conjuncts(p.agent)[:MAX_CONJ]]
    folded = "".join(f"{'' if t.dep_ == 'case' else ' '}{t.lower_}" for t in complement if t.dep_ != "det" and not t.is_punct)
    return relation, f"{lemma}{folded} {p.by_tok.lower_}", objects


def is_noun_read_as_denied_verb(verb) -> bool:
    """A bare verb form the parse made the complement of "deny"/"reject"/"dismiss" …: those take a gerund, a
    clause or a noun, never a bare infinitive, so the word is a noun the parse read as a verb. The headlines
    "Howard denies split over ID cards" (the shadow cabinet's split, not Howard splitting), "Tories reject rethink
    on axed MP" (a rethink, not the Tories rethinking) gave the denier as the subject of a denied act. A gerund
    ("Kenteris denies faking road crash") or a clause with its own subject is what was denied, and stays."""
    return (verb.tag_ in {"VB", "VBP"} and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DENIAL
            and not any(c.dep_ in {"aux", "nsubj", "nsubjpass"} for c in verb.children))


def no_fact(p: Predicate, reading: Reading, subj_tok, objects, extra, speaker, modality) -> str | None:
    """The construction (kg.extract.informative) that makes this predicate's reading no fact about
    the world, or ``None`` (``speaker``: the argument it is attributed to, if any; ``modality``:
    the reading's). A speech act keeps its speaker whoever it is ("Many analysts say …"): what
    they say is attributed."""
    if is_restrictive_relative(p.verb):
        return "restrictive relative"
    if misplaced_relative(p.verb) is not None or reports_its_relative(p.verb):
        return "relative of report"  # "…, which competitors say give …": what they say is read with its subject
    if has_subject_read_as_object(p.verb):
        return "subject read as object"  # "agreed the Act, which …, was discriminatory": no "… — was — discriminatory"
    if is_denied_restriction(p.verb):
        return "denied restriction"  # "haven't heard a bad word said against Trevor": no word was
    if is_negated_restriction(p.verb):
        return "negated restriction"  # "anything not nailed to the floor": which things, no event
    if is_as_far_as_hedge(p.verb):
        return "hedge clause"  # "as far as he was aware": no "he — was — aware" (informative.py)
    if is_pseudo_cleft(p.verb, subj_tok):
        return "pseudo-cleft"  # "What they say is …": no "What they say — is — …" (informative.py)
    if is_clause_label_copula(p.verb, subj_tok):
        return "clause label"  # "The fear is that …": no "The fear — is that — …" (informative.py)
    if is_gerund_after_copula(p.verb):
        return "gerund after a copula"  # "the challenge will be balancing …": no progressive (informative.py)
    if is_result_adjective_without_object(p.tail):
        return "adjective without its object"  # "As I have always made clear, …": no "I — made — clear" (informative.py)
    if is_generic_people_participle(p.verb):
        return "generic participle"  # "a tax band for people making over £100,000" (informative.py)
    if is_compound_participle(p.verb):
        return "participle in a compound"  # "the England starting line-up": no "he — be starting — line-up" (misreadings.py)
    if is_preposition_read_as_participle(p.verb):
        return "preposition read as participle"  # "problems … at the moment concerning Gypsy sites" (misreadings.py)
    if is_effort_participle(p.verb, subj_tok):
        return "participle of the one who makes the effort"  # "did a lousy job playing my part" (misreadings.py)
    if is_report_cut_from_its_clause(p.verb):
        return "report cut from its clause"  # "growth figures showing Malaysia's economy expanded …" (speech.py)
    if is_participle_after_a_time(p.verb):
        return "participle after a time"  # "walked into HMV at 0900 GMT, accompanied by aides" (misreadings.py)
    if is_noun_read_as_denied_verb(p.verb):
        return "noun read as a denied verb"  # "Howard denies split over ID cards": no "Howard — split over —" denied
    if reading.kind != "speech" and (is_wh_argument(subj_tok) or any(is_wh_argument(o) for o in p.core)
                                     or any(o.text.lower() in WH_WORDS for o in objects)):
        return "wh-word"
    if not objects and (not extra and lost_complement(p.tail) or likeness_clause(p.tail) is not None):
        return "lost complement"  # (an adverbial is no complement: "To some, it sounds like a … world gone mad")
    if not objects and not extra and is_negated(p.rel) and (manner_participle(p.tail) is not None
                                                           or adverb_with_phrase(p.tail) is not None):
        return "denied manner"  # "I am not going to go around telling lies", "can't get ahead of ourselves"
    if not objects and reading.objects:
        return "object lost"  # the parse's object has no word: "SA unveils 'more for all' budget" (no "SA — unveils —")
    if not objects and not p.core and p.clause is None and opens_with_object_gap(p.tail):
        return "wh-word"  # "predicts what gadget-lovers are likely to covet" (informative.py)
    if is_result_participle(p.verb):
        return "result participle"
    if is_prevented_event(p.verb):
        return "prevented"  # "The court order stops the spammers sending e-mail" (informative.py)
    if is_birth_name(p.verb):
        return "birth name"  # "She was born Lilian Alicia Marks in London in 1910" (informative.py)
    if is_expletive_noun_frame(p.verb):
        return "expletive it"  # "it will be a while before we see him again"
    if subj_tok is not None and extraposed_infinitive(subj_tok) is not None:
        return "expletive it"  # 'It was "too early" to predict whether …' (subjects.py)
    if not objects and is_bare_participle(p.verb, p.rel) and not (p.passive and p.agent is not None):
        # "Statistics released last week showed …", "He … died from heart problems, aggravated by
        # alcohol" (the agent hung elsewhere): a participle alone says no more than its noun
        return "bare participle"
    if reading.kind == "speech":
        return None
    if is_bare_infinitive(p.rel) and modality in {None, "conditional"}:  # (a condition is no frame that reads it)
        return "bare infinitive"
    if is_vague_subject(subj_tok):
        return "vague subject"
    if is_elliptical_subject(subj_tok):
        return "elliptical subject"  # "The other is airports": no "The other — is — airports" (informative.py)
    if is_shell_subject(subj_tok) and speaker is None:
        return "shell subject"  # ("his comments were not racist", said he: his claim, kept)
    if reading.kind == "fact" and is_empty_reading(p.verb, objects, extra, subj_tok):
        return "empty reading"
    return None


SENTENCE_PUNCT = frozenset({".", ",", ";", ":", "!", "?"})


def glued_end(doc, end: int) -> int:
    """``end`` (a token index) moved past the pieces of a word the tokenizer split ("co - leader",
    "10 %"): a clause's last token is not always the last of its word."""
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text not in SENTENCE_PUNCT:
        end += 1
    return end


def date_end(doc, end: int) -> int:
    """``end`` (a token index) moved to the end of the date it stops inside: the parser may hang the
    year elsewhere ("This combination of pictures created on June 18, 2025 shows …": the clause
    ends at "18", the date at "2025")."""
    if 0 < end < len(doc) and doc[end - 1].ent_type_ in {"DATE", "TIME"} and doc[end].ent_iob_ == "I":
        ent = entity_at(doc[end])
        if ent is not None and ent.end <= sentence_of(doc[end]).end:
            return ent.end
    return end


def with_needed_clause(p: Predicate, obj: Argument, adjacent: bool = False) -> Argument:
    """The subject or object ``obj`` run on to the end of the clause it needs (kg.extract.informative.
    needed_clause_end): "He will become the oldest person" → "the oldest person ever to be named
    best director at the ceremony"; "Plans to extend paid maternity leave beyond six months should
    be prominent" → subject "Plans to extend …", not "Plans" (a subject's clause must follow it
    directly, ``adjacent``); unchanged when it is whole."""
    if obj.is_clause:
        return obj
    span = char_span(p.doc, obj.start - p.offset, obj.end - p.offset)
    end = needed_clause_end(span, p.verb, adjacent) if span is not None else None
    if end is None:
        return obj
    if adjacent:  # the next restriction right after the first: "Users running Windows XP that have applied the SP2
        # update are not vulnerable" (not all XP users are safe; the participle and the relative both restrict)
        more = needed_clause_end(p.doc[span.start:end], p.verb, adjacent)
        end = max(end, more) if more is not None else end
    head = _token_at(span_tokens(span), obj.head - p.offset)
    if head is None:  # (spaCy finds a span's root by a walk: not asked when the head is in the span)
        head = span_root(span)
    end = aside_end(head, span.start, end)  # ("the figures - revised after an audit which led to … - showed …")
    whole = p.doc[span.start:date_end(p.doc, glued_end(p.doc, end))]
    # nor a word that opens the next clause ("things going on that | will make you …")
    while len(whole) > 1 and ((whole[-1].is_punct and not is_percent(whole[-1]) and not closes_quote(whole)
                               and not closes_bracket(whole)) or opens_next_clause(whole[-1])):
        whole = whole[:-1]
    text = span_text(whole)
    if text.count("(") != text.count(")"):
        return obj  # the clause runs out of a bracket: "the fact that) demand wasn't there"
    whole = with_opening_quote(whole)
    return Argument(span_text(whole), p.offset + whole.start_char, p.offset + whole.end_char, obj.head, False)


def closes_quote(span) -> bool:
    """Whether ``span`` ends on the double quote that closes one opened inside it: the party that
    understood the "forgotten majority" keeps its last mark."""
    return span[-1].text in ONE_CHARACTER_QUOTES and sum(t.text in ONE_CHARACTER_QUOTES for t in span) % 2 == 0


def closes_bracket(span) -> bool:
    """Whether ``span`` ends on the bracket that closes one opened inside it, as a clause an object needs
    often does with an acronym or an aside: "Ministers are speeding up plans to put in place 25,000 community
    support officers (CSOs)" keeps its ")" and so its clause (cut there, the unbalanced bracket gave the bare
    "plans"); not a bracket opened before the span."""
    return span[-1].text == ")" and span.text.count("(") == span.text.count(")")


def with_closing_quote(span):
    """``span`` with the double quote written right after it when it holds that quote's opening mark
    alone: described her victory as "very productive" — the phrase closes the quote."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in ONE_CHARACTER_QUOTES and sum(t.text in ONE_CHARACTER_QUOTES for t in span) % 2:
        return doc[span.start:span.end + 1]
    return span


def with_opening_quote(span):
    """``span`` with the double quote written right before it when it holds that quote's closing
    mark alone: he had not seen "the slightest step" the Palestinians were working to … — the
    object opens with the quote."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].text in ONE_CHARACTER_QUOTES and sum(t.text in ONE_CHARACTER_QUOTES for t in span) % 2:
        return doc[span.start - 1:span.end]
    return span


def extract_clauses(sent, offset: int = 0) -> list[Extraction]:
    """One or more extractions per predicate of ``sent`` (a spaCy ``Span``), in sentence order.

    "Israel and Iran have been trading attacks." gives (Israel; have been trading; attacks) and
    (Iran; have been trading; attacks).
    """
    out: list[Extraction] = []
    for tok in span_tokens(sent):
        if is_predicate(tok):
            out.extend(extract_predicate(tok, sent, offset))
    return out
