"""Relations inside noun phrases: apposition, possession and titles.

* Apposition: "Marco Rubio, the Secretary of State," → Marco Rubio — be — the Secretary of State;
* Possessive: "Iran's supreme leader" → Iran — have — supreme leader;
* Title before a name: "President Donald Trump" → Donald Trump — be — President;
* Place after a noun: "the Helmut Newton Foundation in Berlin" → the Helmut Newton Foundation — be in — Berlin.

These are ``kind`` "appos", "poss" and "title"; their relation is not
written in the sentence, so ``relation`` is the implied "be" (tenseless:
the sentence gives no tense to an apposition) or "has".
"""
from __future__ import annotations

from ..lexicon import COURTESY_TITLES, HONORIFICS, TIME_NOUNS
from ..timenorm import MONTHS, WEEKDAYS
from ..docview import span_root, span_tokens
from ..nlp import sentence_of, span_ents, span_text
from ..records import Extraction
from .confidence import score
from . import informative
from .informative import is_anaphoric_apposition, is_conversion
from .speech import AGENT_NOUNS, is_report_read_as_relative, is_reported_subject_read_as_apposition, swallowed_addressee
from .subjects import time_before_name_end
from .passive import DITRANSITIVE
from .misreadings import is_headline_line, is_apposition_across_phrase, is_name_modifying_noun, is_contrasted_noun, is_unset_off_apposition, is_of_object, is_stray_number, is_subject_read_as_apposition, split_premodifier_before
from .spans import _same_entity, block, crosses_aside, is_leading_split_piece, is_lower_case_name, kept_tokens, make_argument, np_argument, np_bounds, titled_name, NP_DROP, CONJ_DROP

NAMED = informative.NAMED - {"LAW"}  # the nominal readings have never counted a law as a name


def _extraction(sent, offset, subject, relation, lemma, obj, kind, confidence, uninformative=None):
    return Extraction(subject=subject, relation=relation, relation_lemma=lemma, object=obj, sentence=span_text(sent),
                      sent_start=offset + sent.start_char, sent_end=offset + sent.end_char,
                      confidence=confidence, kind=kind, uninformative=uninformative)


def is_name(tok) -> bool:
    """A proper name: a proper noun that is (part of) a named entity."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in NAMED


def is_acronym_of(short, long) -> bool:
    """"CENTR" and "Council of European National Top Level Domain Registries": the initials match."""
    text = short.text
    if not (2 <= len(text) <= 8 and text.isupper() and text.isalpha()):
        return False
    initials = "".join(t.text[0] for t in long.subtree if t.text[:1].isupper())
    return text in initials or initials.startswith(text[:2]) and all(ch in initials for ch in text)


def two_names(head, tok) -> bool:
    """An apposition of two names is a list the parser misread ("Kenteris and fellow sprinter
    Katerina Thanou", "Kerr (Cameron 87)"), unless one is the other's acronym ("CENTR, the Council
    of European National Top Level Domain Registries")."""
    if any(c.dep_ == "nummod" for c in tok.children):
        return True  # a line-up: "Scotland (Samuel 63)"
    if not (is_name(head) and is_name(tok)):
        return False
    return not (is_acronym_of(head, tok) or is_acronym_of(tok, head))


# Nouns that name what a whole clause is or does: "…, a charge the company denies", "…, a move which …",
# "…, an achievement which saw her named …", "…, a position shared by …", "…, a record figure".
CLAUSE_COMMENTS = frozenset("""move step charge claim allegation accusation decision blow measure development sign
result ruling rise fall increase cut change achievement feat record position view sentiment stance feeling
milestone first boost setback success failure level total""".split())


def comments_on_clause(tok) -> bool:
    """An apposition that comments on the whole clause before it, not on the noun it follows:
    "Victims groups accusing it of trying to escape its responsibilities, a charge the company
    denies" (not "Victims groups — be — a charge"), "… from 34 cents, a move which should enable
    it to …", "… won Olympic gold in Athens, an achievement which saw her named Belgian
    sportswoman of the year" (not "Athens — be — an achievement"); with no clause of its own, when
    it ends the sentence: "the gap … widened to more than $60bn, a record figure"."""
    if tok.lemma_.lower() not in CLAUSE_COMMENTS:
        return False
    return any(c.dep_ in {"relcl", "acl"} for c in tok.children) or ends_sentence(tok)


def is_second_object(head, tok) -> bool:
    """A verb's second object that the parser made an apposition of the first: "desperate to give
    former academy director Wigley, who replaced Paul Sturrock …, every chance to succeed" — the
    chance is what he gives Wigley, not what Wigley is (not "Wigley — be — every chance")."""
    verb = head.head
    return (head.dep_ in {"dobj", "dative"} and verb.pos_ == "VERB" and verb.lemma_.lower() in DITRANSITIVE
            and tok.pos_ == "NOUN" and not any(c.dep_ == "dobj" and c.i != head.i for c in verb.children))


def ends_sentence(tok) -> bool:
    """Whether nothing but punctuation follows ``tok``'s phrase in its sentence."""
    return all(t.is_punct for t in tok.doc[tok.right_edge.i + 1:sentence_of(tok).end])


def is_list_item(tok) -> bool:
    """An "apposition" followed by "and"/"or" and another noun is an item of a list: "power for the
    computers, the communications equipment and the cabin lights" (not "… — be — the
    communications equipment")."""
    return any(c.dep_ == "cc" for c in tok.children) and any(c.dep_ == "conj" for c in tok.children)


def is_list_of_likes(tok) -> bool:
    """An "apposition" that goes on into a list, of the same kind of word as the noun before it (two
    names, or two common nouns): the first items of a list, not one thing named twice. "Morrisons,
    Woolworths, House of Fraser, Marks & Spencer and Big Food all said …" (not "Woolworths — be —
    Morrisons"), "the real opposition, the valid opposition, the effective opposition or the authentic
    opposition", "Syndol analgesic, Meltus cough medicine, Sauber compression hosiery and …". A name
    with its description stays one, list or not: "Otis Ferry, the 22-year-old son of rock star Bryan
    Ferry and Luke Tomlinson" (Otis Ferry — be — the son …), "his wife Sandra, daughter Larissa and
    stepson Sholto"."""
    return any(c.dep_ == "conj" for c in tok.children) and tok.text[:1].isupper() == tok.head.text[:1].isupper()


def runs_on_as_a_list(tok) -> bool:
    """An "apposition" that is one item of a list the parser read as a chain of appositions, seen by the list's shape:
    items set off by commas with an "and"/"or" before the last, or an item that goes on to a conjunct after a
    comma. "Mr Blair said the two leaders had talked about Afghanistan, the wider war on terror, the situation in the
    Middle East and the ongoing dispute over Kashmir" (not "Afghanistan — be — the wider war on terror"), "Music,
    images, e-mails, and texts are being hoarded on mobiles", "had tremendous audio, using Dolby Digital, a decent
    storyline, instant playability and impressive physics" (not "Dolby Digital — be — a decent storyline"). No
    "and" closes a name's role and what its body is ("Hans Reckers, a board member of Germany's central bank, the
    Bundesbank,"), a number is an age ("Stephen, 57,"), a role goes on into its own departments ("Andrew
    Thompson, the BBC's head of development, new media and sports news"), and names after a description are the
    list of its own phrase ("Southcorp, the global winemaker behind the Penfolds, Lindemans and Rosemount
    brands")."""
    if tok.pos_ == "NUM" or tok.like_num or not _set_off_by_comma(tok):
        return False
    head = tok.head
    chain = [c for c in head.children if c.dep_ == "appos" and c.i != tok.i and _set_off_by_comma(c) and not c.like_num]
    chain += [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and _set_off_by_comma(c) and not c.like_num]
    if chain:
        return any(c.dep_ == "cc" and c.lower_ in {"and", "or"} and c.i > tok.i for n in [head, tok] + chain for c in n.children)
    return not is_role_noun(tok) and any(c.dep_ == "conj" and c.i > tok.i and tok.doc[c.left_edge.i - 1].text == ","
                                         and c.pos_ == tok.pos_ for c in tok.children)


def _set_off_by_comma(tok) -> bool:
    return tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


def in_verbless_list(tok) -> bool:
    """Nouns side by side in a sentence with no verb are a list (a team sheet, a specification),
    not an apposition: "A 2.6ghz Intel Celeron chip, 40 gigabyte hard drive, 256mb, combined CD
    burner/DVD player." (not "40 gigabyte hard drive — be — combined CD burner/DVD player")."""
    return span_root(sentence_of(tok)).pos_ not in {"VERB", "AUX"}


def bare_proper_nouns(head, tok) -> bool:
    """Two proper nouns side by side with no determiner, which the model did not tag as names, are
    a list or a team sheet, not one thing: "D Cossins (Birchfield Harriers)", "A Goode, O Smith"
    ("Marco Rubio, the Secretary of State" has its determiner)."""
    return (head.pos_ == tok.pos_ == "PROPN" and not any(c.dep_ == "det" for c in tok.children)
            and not (is_acronym_of(head, tok) or is_acronym_of(tok, head)))


def across_colon(head, tok) -> bool:
    """A colon between the two nouns marks a heading or a title, not an apposition: "DVD review:
    Harry Potter and the Prisoner of Azkaban", "Robin Hood: Prince of Thieves"."""
    lo, hi = sorted((head.i, tok.i))
    return any(t.text == ":" for t in head.doc[lo:hi])


def titles_the_next_name(tok) -> bool:
    """A noun set off after a name that titles the name written right after it: the next item of a
    list, not a second name of the first: "Gazprom, its unit Gazpromneft, Rosneft and …" (not
    "Gazprom — be — its unit"; "Gazpromneft — be — its unit" is read), "Mr Law, from voluntary body
    Alcohol Focus Scotland". "Marco Rubio, the Secretary of State," has no name after its title."""
    return tok.pos_ == "NOUN" and titled_name(tok) is not None


# adverbs that pick out part of a set: "G7 nations, in particular the US", "some six million people,
# mainly Jews", "Several jurisdictions, notably the state of California"
FOCUS_ADVERBS = frozenset("""particularly especially notably mainly mostly largely chiefly principally primarily
predominantly specifically""".split())


def names_a_part(tok) -> bool:
    """An "apposition" opened by an adverb that picks out part of the set before it names some of
    them, not the set itself: "which G7 nations, in particular the US, have blamed" (not "the US —
    be — G7 nations"), "Between 1.1 and 1.5 million people, mainly Jews, were killed". Only the
    apposition's first word counts: an adverb of degree inside it is no focus ("Ken Livingstone,
    London's largely independent mayor", "Eurotunnel, a mainly British company" are facts)."""
    first = tok.doc[tok.left_edge.i]
    return first.lower_ in FOCUS_ADVERBS or (first.lower_ == "in" and first.i + 1 < tok.i and first.nbor().lower_ == "particular")


def one_of_a_number(head, tok) -> bool:
    """A single name set off after a counted plural is one of them, the first of a list: "suing four
    companies - Gazprom, its unit Gazpromneft, Rosneft and …" (not "Gazprom — be — four
    companies"); a number set off after a plural counts some of them: "The owners - two from
    Taiwan, two from China …". "The champions, Arsenal," has no number."""
    if head.tag_ == "NNS" and tok.pos_ == "NUM":
        return True  # "The owners - two from Taiwan, two from China …": how many of them, not what they are
    counted = any(c.dep_ == "nummod" and c.lower_ not in {"one", "1"} for c in head.children)
    return counted and head.tag_ == "NNS" and tok.tag_ in {"NN", "NNP"}


def apposed_conjunct(head, tok):
    """The conjunct of ``head`` that a singular apposition set off after a coordination describes: the
    last one before it, which the parser did not hang it on. "according to the research by the
    Licensed Taxi Drivers Association and Pointsec, a mobile-data backup firm" — Pointsec is the firm,
    not the association; "Otis Ferry, the 22-year-old son of rock star Bryan Ferry and Luke Tomlinson, 27," —
    Luke Tomlinson is 27. ``head`` itself when no conjunct comes between; a plural apposition may
    describe them all ("Lightbody and McClelland, both students") and stays on ``head``, and so does a
    name written right after two coordinated titles ("Radcliffe's best friend and fellow distance runner
    Liz Yelling": both are hers; but "The Killers and dance act The Prodigy" — The Prodigy is the act)."""
    before = tok.doc[tok.left_edge.i - 1]
    set_off = before.text in {",", "—", "–"} or (before.text == "-" and before.i > 0 and before.doc[before.i - 1].whitespace_)
    if (tok.tag_ not in {"NN", "NNP", "CD"} or (tok.tag_ == "CD" and any(tok.children))  # "X and Y, two of …": both
            or (head.pos_ == "NOUN" and not set_off)):
        return head
    last = head
    while True:
        nxt = next((c for c in last.children if c.dep_ == "conj" and last.i < c.i < tok.i), None)
        if nxt is None:
            break
        last = nxt
    if last is head or set_off or (last.pos_ == "NOUN" and tok.pos_ == "PROPN" and tok.left_edge.i == last.i + 1):
        return last
    return head


def describes_the_coordination(head, tok) -> bool:
    """A plural apposition set off after coordinated nouns, which the parser hangs on the first of them, describes
    them all: "Heineken and Carlsberg, two of the world's largest brewers, have reported falling profits" (never
    "Heineken — be — two of the world's largest brewers"), "energy and telecoms, two of the strongest sectors in
    Pakistan", "EADS and BAE Systems, the European defence and aerospace firms which own Airbus". Plural is a plural
    noun or a counted "two of …", "both …"; a singular one describes the last conjunct (:func:`apposed_conjunct`:
    "Deutsche Bank and Gazpromneft, a former unit of … Gazprom"), a bare number a person's age ("Prince Charles, 56,
    and Mrs Parker Bowles, 57")."""
    before = [c for c in head.conjuncts if head.i < c.i < tok.i]
    start = tok.left_edge.i
    if tok.head.i != head.i or not before or start < 2 or tok.doc[start - 1].text not in {",", "-", "–", "—"}:
        return False
    if np_bounds(before[-1], names=False)[1] != start - 1 or not any(c.dep_ == "cc" and c.lower_ == "and" for t in [head, *before]
                                                       for c in t.children):
        return False  # right after the last conjunct, joined by "and": not a list item ("relief agencies, aid agencies, …")
    return tok.tag_ in {"NNS", "NNPS"} or (tok.tag_ == "CD" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children))


def coordination_argument(head, tok, offset: int):
    """The coordination headed by ``head`` as one argument, up to the apposition ``tok`` set off after it
    (:func:`describes_the_coordination`): "energy and telecoms"."""
    start, end = np_bounds(head, split_conj=False, names=False)
    end = min(end, tok.left_edge.i)
    while end - 1 > head.i and (head.doc[end - 1].is_punct or head.doc[end - 1].dep_ == "cc"):
        end -= 1
    return make_argument(head.doc, start, end, head, offset)


def phrase_end_noun(head, tok):
    """The noun ending the phrase written right before the apposition ``tok``, set off by a comma or a dash, that
    ``tok`` describes rather than ``head``, the noun the parser hung it on, else ``None``: the object of a
    preposition that ends an earlier apposition of ``head`` ("John Palmer, political director at the European
    Policy Centre, a Brussels-based think-tank" → the European Policy Centre is the think-tank, not John Palmer;
    "Hans Reckers, a board member of Germany's central bank, the Bundesbank"), or, after a common noun, the name
    of its own prepositional phrase ("the overall impact on Asia's largest stock market, Japan's Nikkei" → the
    market is the Nikkei). A role is the person's ("Tony Blair, leader of the Labour Party, the prime minister"),
    a person's name after a common noun's phrase names the noun ("A lawyer for the victims, Eduardo Contreras,",
    "his counterpart on the DCA committee, Alan Beith,"), also where the model does not read the name as a person
    ("The director of the film, Vinod Pande, says …": a role noun's phrase), and a name after a person's phrase is
    no description of it."""
    doc = tok.doc
    start = tok.left_edge.i
    if start < 2 or doc[start - 1].text not in {",", "-", "–", "—"} or is_role_noun(tok) or head.i > tok.i:
        return None
    last = doc[start - 2]
    while last.dep_ in {"compound", "flat"} and last.head.i > last.i:
        last = last.head
    if last.dep_ != "pobj" or last.pos_ not in {"NOUN", "PROPN"} or last.right_edge.i != start - 2 or last.i == head.i:
        return None
    phrase = last.head.head  # the noun of the preposition
    earlier = phrase
    while earlier.dep_ == "pobj" and earlier.head.head.i != head.i:
        earlier = earlier.head.head
    if earlier.dep_ == "appos" and earlier.head.i == head.i and earlier.i < tok.i and not earlier.like_num:
        return last  # the first apposition's phrase: "political director at the European Policy Centre"
    if (phrase.i == head.i and head.pos_ == "NOUN" and tok.pos_ == "PROPN" and head.ent_type_ != "PERSON"
            and tok.ent_type_ != "PERSON" and not is_role_noun(head)):
        return last
    return None


def appositions(sent, offset: int = 0) -> list[Extraction]:
    """"X, the Y," → (X; is; the Y); the name comes first when only the apposition is a name.
    Two names side by side are no apposition (:func:`two_names`)."""
    out = []
    for tok in span_tokens(sent):
        if tok.dep_ != "appos" or (tok.ent_iob_ == "I" and _same_entity(tok, tok.head)) or tok.head.pos_ not in {"NOUN", "PROPN"} or tok.pos_ not in {"NOUN", "PROPN", "NUM"}:
            continue
        if (two_names(tok.head, tok) or across_colon(tok.head, tok) or comments_on_clause(tok)
                or is_second_object(tok.head, tok) or titles_the_next_name(tok) or is_subject_read_as_apposition(tok)
                or is_contrasted_noun(tok) or is_stray_number(tok) or is_unset_off_apposition(tok)
                or is_reported_subject_read_as_apposition(tok) or is_apposition_across_phrase(tok)
                or is_name_modifying_noun(tok) or is_leading_split_piece(tok) or is_object_of_bare_preposition(tok)
                or any(c.dep_ == "relcl" and is_report_read_as_relative(c) for c in tok.children)):
            continue  # (the last: the title of a closing report's speaker, ", business lobby group the CBI says")
        head = apposed_conjunct(tok.head, tok)
        head = phrase_end_noun(head, tok) or head  # "…, political director at the European Policy Centre, a … think-tank
        if head.pos_ not in {"NOUN", "PROPN"}:
            continue
        a, b = head, tok
        if (head.pos_ == "NOUN" or is_lower_case_name(head)) and tok.pos_ == "PROPN":
            a, b = tok, head  # (a common noun tagged as a name: "theatre impresario Sir Cameron Mackintosh")
        subj, obj = np_argument(a, offset, names=False), np_argument(b, offset, names=False)
        if a is head and describes_the_coordination(head, tok):
            subj = coordination_argument(head, tok, offset)  # "Heineken and Carlsberg, two of the … brewers"
        if is_headline_verb_read_as_title(sent.doc, b.left_edge.i, b.right_edge.i + 1):
            continue  # "Hodgson shoulders England blame": no "England — be — Hodgson shoulders"
        if not any(ch.isalnum() for ch in subj.text) or not any(ch.isalnum() for ch in obj.text) or subj.text == obj.text:
            continue  # "Cynthia Cooper — be — -": a hyphen the parser read as a noun
        why = ("restates a kind" if is_anaphoric_apposition(b, obj.text) else
               "amount conversion" if is_conversion(a, b) else
               "list" if (is_list_item(tok) or is_list_of_likes(tok) or runs_on_as_a_list(tok) or bare_proper_nouns(head, tok)
                          or in_verbless_list(tok)
                          or one_of_a_number(head, tok)) else
               "part of a set" if names_a_part(tok) else None)
        out.append(_extraction(sent, offset, subj, "be", "be", obj, "appos", score("appos", sent=sent, obj_len=len(obj.text.split())),
                               why))
    return out


def is_object_of_bare_preposition(tok) -> bool:
    """An "apposition" written right after a preposition the parser left with no object: the noun is that
    preposition's object, the phrase goes on, and it names no one. "Lisa Power, head of policy at Aids charity the
    Terrence Higgins Trust said …" gives no "Lisa Power — be — Aids charity" (she heads policy at the charity)."""
    start = tok.left_edge.i
    if start == 0:
        return False
    prep = tok.doc[start - 1]
    return prep.dep_ == "prep" and prep.pos_ == "ADP" and not any(True for _ in prep.children) and prep.head.i < prep.i


NOT_OWNERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "next", "only", "top", "leading"})


def is_ranking(owned) -> bool:
    """"the world's biggest games publisher", "Europe's second largest producer": a superlative or a
    rank says where the thing stands, not what the possessor has."""
    return any((t.tag_ in {"JJS", "RBS"} or t.lower_ in RANKS or t.ent_type_ == "ORDINAL") and not is_hyphen_part(t)
               for t in owned.children if t.i < owned.i)


def is_hyphen_part(tok) -> bool:
    """A word joined by a hyphen to the next: "top" of "the top-up fees" is no rank."""
    doc = tok.doc
    return tok.whitespace_ == "" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"


# People named by the office, post or tie they hold to someone: "Microsoft's security chief",
# "Iran's supreme leader", "Blair's wife". (kg.resolve.roles reads the same roles off names.)
ROLE_NOUNS = frozenset("""
president minister secretary leader commander chief director spokesperson spokesman spokeswoman envoy
ambassador governor mayor senator chancellor premier king queen prince princess pope ceo chairman chairwoman
chair speaker judge coach manager editor founder co-founder boss captain head adviser advisor lawyer solicitor
owner executive official officer striker defender midfielder goalkeeper keeper winger skipper player
singer guitarist drummer frontman presenter host author producer analyst economist economists strategist
wife husband son daughter father mother brother sister partner girlfriend boyfriend fiancee widow
family friend rival team-mate colleague successor predecessor deputy assistant
""".split())


def is_role_noun(owned) -> bool:
    """A person named by a role or tie ("leader", "ex-head", "wife"): what "X's Y" says X has."""
    word = owned.lower_.split("-")[-1]
    return owned.lower_ in ROLE_NOUNS or word in ROLE_NOUNS or owned.lemma_.lower() in ROLE_NOUNS


_AGENT_ENDINGS = ("er", "or", "ist")


def is_role_noun_read_as_verb(tok) -> bool:
    """A role noun of the agent kind ("defender", "striker", "producer") between the name of a country,
    club or body and a person's name, which the tagger read as the verb of a clause: "France defender
    Gallas and Ireland winger Duff both picked up their injuries" gives no "France — defender — Gallas".
    Not a role noun that is also a verb of that frame ("Arsenal host Chelsea", "Wales captain …": no agent
    ending), nor between two people ("Henman partners Murray")."""
    doc = tok.doc
    if tok.tag_ not in {"VBP", "VBZ", "VB"} or not tok.lower_.endswith(_AGENT_ENDINGS + ("ers", "ors", "ists")) \
            or not is_role_noun(tok) or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return (before.pos_ == "PROPN" and before.ent_type_ in {"GPE", "NORP", "ORG"} and before.head.i == tok.i
            and after.pos_ == "PROPN" and after.ent_type_ == "PERSON")


def says_possession(tok) -> bool:
    """Whether "X's Y" says X has Y: X is a name (not "a collector's box", "last year's
    tournament"), and Y is a role or tie held to X ("Microsoft's security chief", "Iran's supreme
    leader"), not a thing, act or quality, which is possessive noise in a graph ("Gary Neville's
    cross", "Van Nistelrooy's absence", "Britain's right to govern itself"), no name ("Britain's
    Jason Gardener") and no ranking ("Europe's second largest producer")."""
    owned = tok.head
    if tok.pos_ != "PROPN" or tok.ent_type_ in NOT_OWNERS or not tok.ent_type_:
        return False
    return owned.pos_ != "PROPN" and not is_ranking(owned) and not is_ranked_by_degree(owned) and is_role_noun(owned)


def is_ranked_by_degree(owned) -> bool:
    """A superlative inside the words before a role, one :func:`is_ranking` does not see: it modifies the role's
    adjective ("London's most senior police officer", "Nissan's most senior Japan-based executive") or is joined to
    it by a hyphen ("the Labour Party's longest-serving prime minister", "the UK's best-selling author"). Like a
    rank, it says where the holder stands, not what the possessor has: "London — has — most senior police
    officer" is possessive noise. The possessor's own words never count."""
    return any(w.tag_ in {"JJS", "RBS"} for child in owned.children if child.i < owned.i and child.dep_ != "poss"
               for w in child.subtree if w.i < owned.i)


def of_phrase(noun) -> set[int]:
    """The tokens of an "of" phrase right after ``noun`` ("head of internal accounting"), which
    completes a role; other prepositional phrases stay out."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
    return kept_tokens(of, NP_DROP) if of is not None else set()


def possessives(sent, offset: int = 0) -> list[Extraction]:
    """"Iran's supreme leader" → (Iran; has; supreme leader); pronoun possessors and possessives
    that say no possession (:func:`says_possession`) are left out."""
    out = []
    for tok in span_tokens(sent):
        if tok.dep_ != "poss" or tok.pos_ not in {"PROPN", "NOUN"} or tok.head.pos_ not in {"NOUN", "PROPN"}:
            continue
        if not says_possession(tok):
            continue
        owner = tok.head
        keep = kept_tokens(owner, NP_DROP | {"poss", "prep"}, CONJ_DROP)
        keep |= of_phrase(owner)  # "WorldCom's ex-head of internal accounting"
        start, end = block(owner, keep)
        subj = np_argument(tok, offset)
        obj = make_argument(sent.doc, start, end, owner, offset)
        why = ("said by the apposition" if is_apposed_role(owner) else
               "possessive noise" if is_unnamed_kind_of_tie(owner, keep) else None)
        out.append(_extraction(sent, offset, subj, "has", "have", obj, "poss", score("poss", sent=sent, obj_len=len(obj.text.split())),
                               why))
    return out


# ties every person or body has some of: "X has family" says nothing of X
KIN_GROUPS = frozenset({"family", "relatives", "friends"})


def is_unnamed_kind_of_tie(owned, kept: set) -> bool:
    """A role or tie in the plural, or "family", with no name and no number: every firm has lawyers and rivals, every
    country leaders, every person a family, so "X — has — Y" is possessive noise (blind s29 start audit: "the backing
    of Curtis's family" gave *Curtis — has — family*, trivial; "eight of Alitalia's rivals", "China's leaders see …",
    "a spokesman for Yukos' US lawyers"). One named or counted stays ("Michael's partner Anselmo Feleppa", "the
    couple's two children"), and so does a single role ("Mrs Quinn's two-year-old son")."""
    if owned.tag_ != "NNS" and owned.lower_ not in KIN_GROUPS:
        return False
    words = [t for t in owned.doc if t.i in kept]
    return not any(t.pos_ in {"PROPN", "NUM"} or t.ent_type_ for t in words)


def is_apposed_role(owned) -> bool:
    """A role set off beside the name of the one who holds it: "Rodrigo de Rato, the IMF's managing
    director, said …", "UKIP's leader, Roger Knapman, has said …". The apposition says who holds it
    ("Rodrigo de Rato — be — the IMF's managing director"); "the IMF — has — managing director" adds
    nothing to it. "Iran's supreme leader rejected the offer" names no holder: the role is the fact."""
    if owned.dep_ == "appos" and owned.head.pos_ == "PROPN":
        return True
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > owned.i for c in owned.children) and titled_name(owned) is None


def modifies_a_noun(name) -> bool:
    """A name used as a modifier of the noun after it ("Former Liverpool manager Gerard Houllier",
    "the BBC Radio 4 programme"): the words before it modify that noun, they are no title of the
    name (not "Liverpool — be — Former")."""
    return name.dep_ in {"compound", "nmod", "amod"} and name.head.i > name.i and name.head.pos_ in {"NOUN", "PROPN"}


def is_name_part(title) -> bool:
    """A single capitalised word before a name that the parser read as its title but which is a
    word of the name or of the sentence: a first name the model left out ("include Charlize Theron
    for Monster"), a word of a title ("Amazing Grace", "Oxford English Dictionary") or an opening
    adjective ("Defiant Matt Williams", "First Mark Cueto was judged offside"). A title word
    ("President Bush", "Lord Woolf") or an acronym ("DJ Lisa I'Anson") stays a title."""
    if len(title) != 1:
        return False
    word = title[0]
    return (word.pos_ in {"PROPN", "ADJ"} and word.is_title and word.ent_type_ not in {"NORP"}
            and not word.lower_.endswith(("man", "woman", "ian", "ese"))  # "Dutchman Arnoud Okken", "Brazilian Ronaldo"
            and word.lower_.rstrip(".") not in HONORIFICS and word.lower_ not in TITLE_WORDS)


# plural titles of the ones who win, hold or make something ("Grammy Award winners U2", "holders Liverpool"), and
# endings of nouns of people ("specialists", "comedians")
PLURAL_TITLES = frozenset("""winner holder champion nominee finalist contender challenger maker owner investor
shareholder rival favourite star member partner director""".split())
AGENT_ENDINGS = ("ist", "ian")


def is_headline_verb_read_as_title(doc, start: int, end: int) -> bool:
    """Words before a name that a headline opens with, whose second word is the headline's verb in "-s" the
    tagger read as a plural noun: "Jones files Conte lawsuit" (Jones files a lawsuit; Conte is no "Jones files"),
    "Woodward eyes Brennan for Lions", "McClaren targets Champions League", "Hodgson shoulders England blame",
    "Spirit awards hail Sideways". A plural of people or of bodies titles the name ("Premiership leaders
    Chelsea", "Grammy Award winners U2", "Aviation firms …")."""
    sent = sentence_of(doc[start])
    if start != sent.start or end - start < 2 or not is_headline_line(sent):
        return False
    second = doc[start + 1]
    if second.tag_ not in {"NNS", "VBZ"} or not second.lower_.endswith("s") or not doc[start].text[:1].isupper():
        return False
    lemma = second.lemma_.lower()
    return lemma not in AGENT_NOUNS | ROLE_NOUNS | PLURAL_TITLES and not lemma.endswith(AGENT_ENDINGS)


def titles(sent, offset: int = 0) -> list[Extraction]:
    """"President Donald Trump" → (Donald Trump; is; President), "rugby union team Ammanford RFC" →
    (Ammanford RFC; is; rugby union team): nouns written before a name describe what it is."""
    out = []
    doc = sent.doc
    for ent in span_ents(sent):
        if ent.label_ not in NAMED or modifies_a_noun(span_root(ent)):
            continue
        head = span_root(ent)
        if swallowed_addressee(head) is not None:
            continue  # "told the BBC Michael Howard has …": the BBC is told, no title (speech.py)
        if split_premodifier_before(head) is not None:
            continue  # "won the costume design Oscar": one phrase the parser split in two, no title (misreadings.py)
        title = [c for c in head.children if c.i < ent.start and c.lower_.rstrip(".") not in COURTESY_TITLES and (
            (c.dep_ == "compound" and c.pos_ in {"PROPN", "NOUN"}) or (c.dep_ == "amod" and (c.is_title or c.is_upper)))]
        if not title or is_name_part(title):
            continue
        start = min(t.left_edge.i for t in title)
        end = ent.start
        if start >= end or any(doc[i].is_punct for i in range(start, end)):
            continue
        start, end = title_bounds(doc, start, end)
        if is_headline_verb_read_as_title(doc, start, end):
            continue  # "Jones files Conte lawsuit": no "Conte — be — Jones files"
        timed = time_before_name_end(head, start)
        if start < timed < end:
            start = timed  # "on Wednesday Prime Minister Yulia Tymoshenko" → "Prime Minister" (subjects.py)
        office = office_of_field(doc, start, ent)
        if office is not None:
            start = office.left_edge.i  # "Bath director of rugby Jack Rowell": the title is "Bath director of rugby"
        subj = make_argument(doc, ent.start, ent.end, head, offset)
        obj = make_argument(doc, start, end, title[-1], offset)
        why = ("restates a kind" if is_anaphoric_apposition(title[-1], obj.text) else
               "no title" if is_no_title(doc[start:end], ent) else None)
        out.append(_extraction(sent, offset, subj, "be", "be", obj, "title", score("title", sent=sent, obj_len=3), why))
    return out


def office_of_field(doc, start: int, ent):
    """The office noun whose field are the words ``doc[start:ent.start]`` before a person's name: "Director of
    rugby Warren Gatland", "Shadow spokesman for sport Hugh Robertson", "Labour's deputy minister for women Jacqui
    Smith" — the parser hung the name on "of"/"for" and its field on the name, but the title is the whole office
    ("director of rugby"), never the field ("Warren Gatland — be — rugby"). ``None`` when the words are a title of
    their own or a kind of person the named one is ("a spokesman for Prime Minister Tony Blair", "the lawyer for singer Michael
    Jackson") or the name is no person's ("chief executive of mobile music firm Musiwave")."""
    head = span_root(ent)
    prep = head.head
    if (ent.label_ != "PERSON" or head.dep_ != "pobj" or prep.lower_ not in {"of", "for"} or prep.i != start - 1
            or prep.head.pos_ != "NOUN" or prep.head.lemma_.lower() not in ROLE_NOUNS):
        return None
    field = doc[start:ent.start]
    if any(t.is_title or t.is_upper or t.pos_ not in {"NOUN", "PROPN", "ADJ"} for t in field):
        return None  # ("Prime Minister", "France"): a title or a name of its own
    word = field[-1].lemma_.lower()
    if field[-1].tag_ != "NNS" and (word in ROLE_NOUNS | TITLE_WORDS | AGENT_NOUNS | PLURAL_TITLES or word.endswith(PERSON_ENDINGS)):
        return None  # a kind of person, who is named: "the lawyer for singer Michael Jackson" (not "minister for women")
    return prep.head


PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def title_bounds(doc, start: int, end: int) -> tuple[int, int]:
    """The words before a name that title it, without a courtesy title or peerage between them and
    the name ("Manchester United manager Sir Alex Ferguson" → "Manchester United manager", not
    "… manager Sir"; "Chairman Lord Holme" → "Chairman") and without a time set before them ("Last
    year actor Shane Richie" → "actor"). A title that is only such a word stays ("Lord Woolf")."""
    cut = end
    while cut - 1 > start and doc[cut - 1].lower_.rstrip(".") in STYLES:
        cut -= 1
    if doc[cut - 1].pos_ in {"NOUN", "PROPN"}:  # not "the Most" of "the Most Reverend Peter Smith"
        end = cut
    run = start
    while (run + 1 < end and doc[run].ent_type_ in {"DATE", "TIME"} and doc[run].ent_type_ != doc[end - 1].ent_type_
           and not doc[run + 1].is_title):  # ("Sunday Telegraph journalist": a paper's name)
        run += 1
    if run > start and is_time_adverbial(doc[start:run]):
        start = run
    return start, end


def is_time_adverbial(words) -> bool:
    """Words the model read as a date that say when ("Last year actor Shane Richie", "Monday's winner"),
    not a name that says what kind: a feast or a work's name alone ("Halloween writer Debra Hill dies":
    the film's writer; "Christmas number one singer") is capitalised and no day or month name."""
    return not all(t.is_title and t.lower_ not in WEEKDAYS and t.lower_ not in MONTHS for t in words)


# how a person is addressed, written between a title and the name: "Lions coach Sir Clive Woodward"
STYLES = COURTESY_TITLES | frozenset({"lord", "lady", "baroness"})


# words that say which part of a place, or when, not what the place is: "mainland Europe", "north London"
REGION_WORDS = frozenset("""north south east west northern southern eastern western north-east north-west south-east
south-west northeast northwest southeast southwest central mainland inner outer greater upper lower rural urban coastal
wartime pre-war post-war modern-day present-day""".split())


def is_no_title(words, ent) -> bool:
    """Words before a name that the parser read as its title but which say nothing of what it is:
    a part of a place ("mainland Europe" is no "Europe — be — mainland", "north London"), another
    name ("eBay UK", "BBC Radio Five Live", "the US District Court"; a nationality titles a person,
    "American Justin Gatlin", but is part of a body's or a place's name: "British Library"), a fixture ("Cyprus v
    Switzerland") or a relative's phrase ("the governing body, whose new chief executive Brian
    Barwick …")."""
    if any(t.tag_ in {"WP$", "WDT", "WP"} or t.lower_ in {"v", "vs", "v."} for t in words):
        return True
    if all(t.lower_ in REGION_WORDS for t in words) and (ent.label_ in {"GPE", "LOC"} or all(t.is_lower for t in words)):
        return True  # ("Teignmouth, south Devon": dev audit T052, whatever the model made of "Devon")
    if is_clause_read_as_title(words, ent):
        return True
    if all(t.ent_type_ in NAMED for t in words):
        if ent.label_ == "PERSON":  # "Liberal Democrat Paul Tyler" is one; "Sacha Baron Cohen" is one name
            return all(t.ent_type_ == "PERSON" for t in words)
        return any(t.ent_type_ != "NORP" for t in words) or ent.label_ in {"ORG", "GPE", "FAC", "LOC"}
    return False


def is_clause_read_as_title(words, ent) -> bool:
    """Words before a name that are no title but a clause's words, or a verb's: a title holds a noun at its end
    and no verb of a clause. "A viewer poll saw director Zhang Yimou's martial arts epic Hero emerge as the
    favourite" (no "Zhang Yimou — be — A viewer poll saw director": "saw" is the sentence's verb), "… paid tribute
    to … Ray Charles, who died last year, and thanked director Taylor Hackford" (the past tense joined by "and" is
    Foxx's verb), "Born Jocelyn Stoker, the Devon diva started her career …" (a participle, no title), the
    headline "Aviation firms eye booming India". A participle before a noun stays ("murdered fashion designer
    Gianni Versace", "Founding member Geoff Barrow")."""
    doc = words.doc
    if words[-1].tag_ in {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}:
        return True
    if any(t.tag_ == "VBD" or (t.pos_ == "VERB" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)) for t in words):
        return True
    first = words[0]
    root = ent.root
    return (first.tag_ in {"VBD", "VBN"} and first.i > 0 and doc[first.i - 1].lower_ in {"and", "but", "or"}
            and root.dep_ == "conj" and root.head.pos_ in {"VERB", "AUX"})


# capitalised words that are titles when written before a name
TITLE_WORDS = frozenset("""president senator judge justice professor prince princess princes king queen emperor pope
chancellor minister premier governor mayor chairman chief coach manager captain skipper bishop archbishop cardinal
general admiral colonel major sergeant inspector detective constable officer agent director producer actor actress
singer rapper star striker midfielder defender goalkeeper winger prop flanker centre veteran rookie champion
sheikh emir sultan ayatollah imam rabbi father brother sister saint st""".split())
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside"})
PLACES = frozenset({"GPE", "LOC", "FAC"})


def is_bare_mass_noun(noun) -> bool:
    """A singular common noun with no determiner is part of a verb's idiom, not a thing that is
    somewhere: "goes on sale in the US" (not "sale — be in — the US"), "went on trial in London"."""
    return noun.tag_ == "NN" and not any(c.dep_ in {"det", "poss", "nummod", "compound", "amod"} for c in noun.children)


def is_indefinite(noun) -> bool:
    """A noun with "a"/"an": something unnamed, so that where it is says nothing about anything in
    the graph: "Nestle's profits margins were helped by a strong performance in the Americas", "It
    will be a huge match for her in Australia", "Dr Gibbons, who was a GP in Blaengwynfi" (the blind
    and the dev audits: trivial). "the Helmut Newton Foundation in Berlin" is a thing somewhere."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)


def is_pronoun_owned(noun) -> bool:
    """A noun owned by a pronoun is somewhere only as its owner's, and names nothing on its own: "an Oscar
    nominee for her performance in Vera Drake", "his time at Jack's Snooker Hall", "she will make her
    comeback in the Sydney International", "I'm embarrassed with its allies in Europe" (not "her
    performance — be in — Vera Drake"); "the NHS in Wales", "Labour's spring conference in Gateshead" stay."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def is_unnamed(words) -> bool:
    """A noun phrase with no name in it is a thing only the sentence knows, and where it is tells the
    graph nothing: "the electoral roll in Northern Ireland", "the win at Stade de France", "the charts in
    the US", "chief economist at Gerrard" (blind audits: trivial). A named thing, or one a name
    qualifies, is somewhere: "the Consumer Electronics Show in Las Vegas", "the Siemens plant at
    Boscholt", "Afghanistan's envoy in Geneva"."""
    return not informative.has_name(words)


def locatives(sent, offset: int = 0) -> list[Extraction]:
    """"the Helmut Newton Foundation in Berlin", "four other countries in Europe" → (X; be in; Berlin):
    a noun modified by a locative preposition whose object is a named place. A kind or an unnamed
    set ("jobs in Australia", "Some web users in Canada") is read but is no fact (vague subject)."""
    out = []
    doc = sent.doc
    for tok in span_tokens(sent):
        if tok.dep_ != "prep" or tok.lower_ not in LOCATIVE or tok.head.pos_ not in {"NOUN", "PROPN"}:
            continue
        place = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if place is None or place.ent_type_ not in PLACES:
            continue
        noun = tok.head
        if noun.ent_type_ in NOT_OWNERS or any(c.ent_type_ in NOT_OWNERS or c.like_num for c in noun.children if c.i < noun.i):
            continue  # "at 1330 GMT in Zurich": a time is not somewhere
        if is_bare_mass_noun(noun) or is_of_object(noun) or crosses_aside(noun.i, tok.i, doc):
            continue  # ("the commission - which includes singer Bob Geldof - in London": the meeting is in London)
        keep = kept_tokens(noun, NP_DROP | {"prep"}, CONJ_DROP)
        start, end = block(noun, keep)
        subj = make_argument(doc, start, end, noun, offset)
        obj = np_argument(place, offset)
        rel = f"be {tok.lower_}"
        why = ("vague subject" if informative.is_vague_subject(noun) or informative.is_generic_plural(noun)
               or is_indefinite(noun) or is_pronoun_owned(noun) else
               "unnamed subject" if is_unnamed(doc[start:end]) else
               "domain of a rank" if is_ranking(noun) else  # "the best striker in Europe": where the rank holds
               "a time" if noun.lemma_.lower() in TIME_NOUNS else None)
        out.append(_extraction(sent, offset, subj, rel, rel, obj, "place", score("place", sent=sent, obj_len=3), why))
    return out
