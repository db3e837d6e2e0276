"""Relative and participial clauses: the noun they modify fills a missing argument.

* "officials who confirmed the reports" → officials — confirm — reports
  (the relative pronoun stands for the noun it modifies);
* "a match which Keibler lost" → Keibler — lose — a match (the noun is the object);
* "people living in Tehran", "the attack launched by Israel" (``acl``
  participles) → the noun is the subject (a passive one for "launched").
"""
from __future__ import annotations

from ..lexicon import DATED_NOUNS
from .spans import NAME_TYPES, is_disjunction
from .speech import PEOPLE_NOUNS, finite_word, is_report_read_as_relative
from .subjects import noun_before_dashed_aside

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


# "what" never stands for a noun before it: "no idea what their partner's number was" is a question
# the noun is about, which the parser may hang on the noun as a relative clause
FREE_WH = frozenset({"what", "whatever"})


def is_relative_pronoun(token) -> bool:
    """"who", "which", "that" standing for the noun a relative clause modifies; never "what"
    (:func:`is_embedded_question_word`)."""
    if is_embedded_question_word(token):
        return False
    return token.tag_ in {"WDT", "WP"} or (token.lower_ == "that" and token.head.dep_ == "relcl")


def is_embedded_question_word(token) -> bool:
    """The "what" of a question or free relative that the parser hung on a noun as a relative clause:
    English has no relative "what" after a noun, so it stands for no antecedent.

    "Most (62%) said they had no idea what their partner's number was": they had no idea of it; never
    *their partner's number — was — idea*, the noun put in the place of "what"."""
    return token.lower_ in FREE_WH


def antecedent(verb):
    """The noun a relative/participial clause headed by ``verb`` modifies, or ``None``; after a
    quantity, the noun counted (:func:`counted_noun`)."""
    if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in NOMINAL:
        noun = (thing_before_which(verb.head, verb) or owner_of_persons_clause(verb.head, verb)
                or setting_owner(verb.head, verb) or verb.head)
        word = relative_word(verb)
        if word is not None:  # "The Incredibles - now in its fourth week in the charts - which took …" (subjects.py)
            noun = noun_before_dashed_aside(word, noun) or noun
        return counted_noun(noun, verb) or noun
    return None


def relative_word(verb):
    """The relative pronoun that opens the relative clause ``verb`` ("which", "that", "who"), else ``None``."""
    first = verb.doc[verb.left_edge.i]
    return first if verb.dep_ == "relcl" and first.head.i == verb.i and is_relative_pronoun(first) else None


def thing_before_which(noun, verb):
    """The noun written right before a "which" clause that the parse hung on a person further back:
    "which" never stands for a person. "Rachel Harker, spokeswoman for Hypertag which makes the
    technology" → Hypertag makes it, not Rachel Harker; "John Binks, director of GfK, which monitors global
    consumer markets" → GfK. Only a noun of the person's own phrase, right before the relative word or its
    comma; else ``None``."""
    word = relative_word(verb)
    if word is None or word.lower_ != "which" or not (noun.ent_type_ == "PERSON" or noun.lower_ in {"he", "she"}):
        return None
    before = verb.doc[word.i - 1]
    if before.text == "," and word.i > 1 and noun.ent_type_ == "PERSON":
        before = verb.doc[word.i - 2]  # "John Binks, director of GfK, which monitors …": GfK
        if before.dep_ != "pobj":
            return None  # (not a conjunct of the person's own list: "He-Man and Transformers, which were …")
    while before.dep_ == "compound" and before.head.i > before.i:
        before = before.head
    if before.i == noun.i or before.pos_ not in {"NOUN", "PROPN"} or not noun.left_edge.i <= before.i <= noun.right_edge.i:
        return None
    return before if before.ent_type_ != "PERSON" or before.dep_ == "pobj" else None


def owner_of_persons_clause(noun, verb):
    """The noun whose relative or participial clause names the person a "which" clause was hung on, else ``None``:
    "which" never stands for a person, and the clause that names the person is said of that noun. "a trumpet which
    belonged to Dizzy Gillespie, which is expected to fetch around $500,000" → the trumpet is expected to fetch it;
    "It follows a Cardiff gig starring Eric Clapton, Keane and Jools Holland, which raised more than £1.25m" → the
    gig raised it. Up from the person through its own phrase only (conjuncts, prepositions, the clause's object);
    not a noun of an "of" phrase, which may be the owner's own ("the novel of the same name written by journalist S
    Hussain Zaidi, which looks at …": the novel, not the name)."""
    word = relative_word(verb)
    if word is None or word.lower_ != "which" or noun.ent_type_ != "PERSON":
        return None
    cur = noun
    for _ in range(8):
        head = cur.head
        if cur.dep_ in {"relcl", "acl"}:
            if head.pos_ != "NOUN" or head.ent_type_ == "PERSON" or (head.dep_ == "pobj" and head.head.lower_ == "of"):
                return None
            return head if head.i < noun.i else None
        if head.i == cur.i or cur.dep_ not in {"conj", "pobj", "prep", "agent", "dobj", "attr", "compound", "appos", "dative"}:
            return None
        cur = head
    return None


def setting_owner(noun, verb):
    """The common noun whose place, match or setting a name gives, when a "that" clause right after the
    name is said of that noun: a name needs no "that" clause to say which one it is. "a remarkable
    performance against the All Blacks that gave his side renewed hope" → the performance gave it;
    "victory at Celtic Park that moves them three points clear", "a tackle on Scholes that was a
    potential leg-breaker". Not after "of", whose name the clause may well be about ("the creation of the
    Mobile Equipment National Database that lets you register"), nor a name after a verb ("shown at the
    European Film Market that runs alongside it"); else ``None``."""
    word = relative_word(verb)
    if word is None or word.lower_ != "that" or noun.pos_ != "PROPN" or noun.ent_type_ not in NAME_TYPES:
        return None
    if (noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ == "of" or not noun.i < word.i
            or any(t.is_punct for t in noun.doc[noun.i + 1:word.i])):
        return None
    owner = noun.head.head
    return owner if owner.pos_ == "NOUN" and owner.i < noun.i else None


# Nouns that count or portion out the noun of their "of" phrase.
PARTITIVES = frozenset("""number numbers lot lots majority minority proportion share percentage half third quarter
rest bulk part dozens hundreds thousands millions""".split())


PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you"})


def described_subject(noun):
    """The subject a copula's predicate noun describes, which a relative or participial clause on
    that noun is about, else ``None``: "Findlay is a Londoner who has chosen to represent Trinidad"
    → Findlay chose it ("a Londoner" names no one); "Futurelab is a non-profit organisation looking
    at ways of using technology" → Futurelab looks at them. Only a name or a personal pronoun as the
    subject ("It is a film that …", "The problem is a law that …" keep the noun), and not under a
    negated copula ("He is not a man who gives up": he does not give up, the clause does not say).
    The other way round, a clause on the subject is about the name it is (:func:`identifying_name`)."""
    cop = noun.head
    if noun.dep_ == "nsubj":
        return identifying_name(noun)
    if noun.dep_ != "attr" or cop.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in cop.children):
        return None
    subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.pos_ == "PROPN" or subj.ent_type_ in NAME_TYPES or subj.lower_ in PERSONAL_SUBJECTS):
        return None
    if next(c for c in cop.children if c.dep_ == "attr") is not noun or not is_plain_copula_subject(subj, cop):
        return None  # a second predicate noun, or a subject cut off its copula: misparses
    return subj


def identifying_name(noun):
    """The name a copula says a common-noun subject is, which a relative or participial clause on
    that subject is about, else ``None``: "The only Ireland player offering a real threat was
    O'Driscoll" → O'Driscoll offered it; "The player who staked the biggest claim … was Gavin
    Henson". Not a class ("one in six cars sold by the BMW group was a Mini": the cars sold are not
    the Mini), nor under a negation ("A skeleton found by the River Severn is not Edwards")."""
    cop = noun.head
    if noun.pos_ != "NOUN" or cop.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in cop.children):
        return None
    name = next((c for c in cop.children if c.dep_ in {"attr", "acomp"}), None)  # (a name read as "acomp")
    if (name is None or name.i < noun.i or not (name.pos_ == "PROPN" or name.ent_type_ in NAME_TYPES)
            or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in name.children)):
        return None
    return name


def is_plain_copula_subject(subj, cop) -> bool:
    """A subject written before its copula with nothing set off between them ("Findlay, 25, is …" has
    its apposition inside the subject): not "What this is really about, believes Mr Blair, is the
    Tories spotting an opportunity", where the parse made Mr Blair the subject of "is"."""
    if cop.i < subj.i:
        return False
    set_off = any(t.text in {",", "-", "–", "—"} for t in subj.doc[subj.i + 1:cop.i])
    return not set_off or any(c.dep_ == "appos" for c in subj.children)


def agreeing_antecedent(noun, verb):
    """The noun a relative clause whose pronoun is its subject agrees with in number, when the parse
    hung the clause on a noun it does not agree with, else ``noun``: the nearest one along the "of"
    (or other prepositional) chain that joins them. "the expectations of the digital TV generation
    too, which expects good quality images" → the generation expects them; "a group of programmers
    which gets to see test versions" → the group; "the cynicism of experts who wonder whether …" →
    the experts. Only a verb that shows its number ("is", "has", "were", …: not "could", "said"), and
    a noun of the other number that the clause can reach; a singular noun of a group may take a plural
    verb ("his side, who are four places above") and keeps the clause unless a plural noun is in reach."""
    number = verb_number(verb)
    if number is None or noun_number(noun) in {number, None}:
        return noun
    return nearest_conjunct(noun, verb, number) or whole_list(noun, verb, number) or next(
        (n for n in reachable_nouns(noun, verb) if noun_number(n) == number), noun)


def whole_list(noun, verb, number: str):
    """The first name of a list of singular names that a plural relative clause set off right after the
    list is said of, when the parse hung the clause on the last name, else ``None``: "Irishmen JP McManus
    and John Magnier, who own a 29% stake in Manchester United" → both own it (not John Magnier alone);
    "Joss Stone and Franz Ferdinand, who were both up for three awards". Not when a conjunct is plural
    itself, which the clause may be about alone ("Cuban citizens, who receive money from overseas, and
    foreign visitors, who change dollars in Cuba"; "between government forces and the Tamil Tigers, who
    want a separate state")."""
    if number != "pl" or noun.dep_ != "conj" or not noun.i < verb.left_edge.i:
        return None
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    names = [first, *first.conjuncts]
    if first is noun or not all(n.tag_ == "NNP" for n in names) or any(map(is_disjunction, names)):  # (the first "is" plural: it has the conjuncts)
        return None
    if any(n.i > noun.i for n in names) or not all(t.is_punct for t in verb.doc[noun.i + 1:verb.left_edge.i]):
        return None
    return first


def nearest_conjunct(noun, verb, number: str):
    """The last conjunct of a list that a singular relative clause set off right after it modifies,
    when the parse hung the clause on the list's first word, else ``None``: "Glasgow group Franz
    Ferdinand won two prizes, as did Keane and Joss Stone, who was voted best urban act by digital TV
    viewers" → Joss Stone was voted it (not Keane); "three core divisions: gaming, Hard Rock and Deluxe
    Films, which provides technical services to Hollywood studios" → Deluxe Films. A plural verb
    ("Sony, IBM and Toshiba, who have been working on the Cell processor") is said of them all."""
    if number != "sg" or not noun.conjuncts or not noun.i < verb.i or any(map(is_disjunction, (noun, *noun.conjuncts))):
        return None  # ("a LCD or flat panel monitor which increases the upgrade cost": either, one argument)
    last = max(noun.conjuncts, key=lambda c: c.i)
    if last.i < noun.i or not last.right_edge.i < verb.left_edge.i:
        return None
    if noun_number(last) == "pl" and last.pos_ != "PROPN":
        return None  # (a name may be plural in form and one body: "Deluxe Films, which provides")
    between = verb.doc[last.right_edge.i + 1:verb.left_edge.i]
    return last if all(t.is_punct for t in between) else None


# words that say a clause of each member of a list, or of them together
SAID_OF_EACH = frozenset({"respectively", "both", "each", "all", "together", "jointly"})


def listed_antecedent(noun, verb):
    """The last of a list that a "which" clause or a past participle set off by a comma right after it modifies,
    when its verb shows no number, else ``noun``: the nearest conjunct is what the clause says, never the whole
    list. "His film credits include Edge of Darkness, Vertical Limit and Beyond Borders, which starred Angelina
    Jolie and Clive Owen" → Beyond Borders starred them (not Edge of Darkness, nor Vertical Limit); "a
    less-than-successful adaptation of … Thunderbirds and a moderately successful version of E Nesbit's Five
    Children and It, previously filmed by the BBC in 1991" → the version was filmed by the BBC. A verb that shows
    its number keeps :func:`agreeing_antecedent`'s reading ("Sony, IBM and Toshiba, who have been working …": all
    three), and so does a "who" (people named together are often said together: "Keane and Joss Stone, who …")
    a clause with no comma before it, which restricts each ("the cars and trucks sold last year"), and one that
    says it of each or of them together ("two singles, Club Foot and LSF, which reached numbers 19 and 10 in the UK
    singles chart respectively")."""
    if verb_number(verb) is not None or verb.left_edge.i < 1 or verb.doc[verb.left_edge.i - 1].text != ",":
        return noun
    word = relative_word(verb)
    if word is not None and word.lower_ != "which":
        return noun
    if word is None and not (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return noun
    if any(t.lower_ in SAID_OF_EACH for t in verb.subtree):
        return noun  # "two singles, Club Foot and LSF, which reached numbers 19 and 10 … respectively": each
    return nearest_conjunct(noun, verb, "sg") or noun


def person_from(noun, verb):
    """The person a "who" clause describes when the parse hung it on the place or body that person
    comes from, else ``noun``: "Myskina will face eighth-seed Patty Schnyder from Switzerland, who
    defeated China's Li Na" → Schnyder defeated her (a country is no "who" here); "All people from
    outside the European Union who want to stay a year or more" → the people want to. A place or
    body alone keeps its clause ("Real will drop to third place, 11 points behind leaders Barcelona,
    who snatched a late 2-1 win"), and so does one after a thing ("the decision from the FA, who …")."""
    if noun.dep_ != "pobj" or noun.ent_type_ not in {"GPE", "LOC", "ORG"} \
            or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who" for c in verb.children):
        return noun
    preps, owner = [], noun.head
    while owner.pos_ == "ADP" and owner.dep_ in {"prep", "pcomp"}:
        preps.append(owner.lower_)
        owner = owner.head
    person = owner.ent_type_ == "PERSON" or owner.lemma_.lower() in PEOPLE_NOUNS
    return owner if "from" in preps and owner.pos_ in {"NOUN", "PROPN"} and person else noun


def verb_number(verb) -> str | None:
    """"sg" or "pl" as the finite word of ``verb``'s group shows it ("has been", "are", "expects"), else ``None``."""
    fin = finite_word(verb)
    if fin.tag_ == "VBZ" or fin.lower_ == "was":
        return "sg"
    if fin.tag_ == "VBP" or fin.lower_ == "were":
        return "pl"
    return None


EITHER_NUMBER = frozenset({"data", "media"})


def noun_number(noun) -> str | None:
    """"sg" or "pl" for a noun (a coordination is plural; a body's name is one: "Electronic Arts,
    which comes with a high price tag"), ``None`` for anything else, and for a noun of either number
    ("data which benefits", "data which show")."""
    if noun.lower_ in EITHER_NUMBER:
        return None
    if any(c.dep_ == "conj" for c in noun.children):
        return "pl"
    if noun.tag_ == "NNPS" and noun.ent_type_ in {"ORG", "PRODUCT", "WORK_OF_ART", "FAC"}:
        return "sg"
    if noun.tag_ in {"NNS", "NNPS"}:
        return "pl"
    if noun.tag_ in {"NN", "NNP"} or noun.lower_ == "one":
        return "sg"
    return None


def reachable_nouns(noun, verb) -> list:
    """The nouns a relative clause after ``noun`` may modify instead, nearest first: those of its own
    prepositional phrases written before the clause ("the expectations of the generation"), then the
    noun whose prepositional phrase ``noun`` ends ("a group of programmers")."""
    below, stack = [], [noun]
    while stack:
        tok = stack.pop()
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.i < verb.i):
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.i < verb.i and c.pos_ in NOMINAL):
                below.append(pobj)
                stack.append(pobj)
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    above = [head] if head is not None and head.pos_ in NOMINAL else []  # (one step: not "defences against software like Linux")
    return sorted(below, key=lambda t: -t.i) + above


def counted_noun(noun, verb):
    """"The number of holes considered "critical" is more than usual": a clause written after
    "number of holes" modifies the holes, not the number (the holes are considered critical)."""
    if noun.lemma_.lower() not in PARTITIVES:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"} and pobj.i < verb.i else None


def relative_object(verb, objects) -> object | None:
    """The antecedent as the object of a relative clause with its own subject and no object
    ("the reports [which] Trump confirmed" → reports), else ``None``."""
    if verb.dep_ != "relcl" or objects or is_report_read_as_relative(verb):
        return None  # (", market research firm NPD Group has reported.": the report of the whole sentence)
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or is_relative_pronoun(subj):
        return None
    if any(c.dep_ in {"dobj", "attr", "ccomp", "xcomp"} and not is_relative_pronoun(c) for c in verb.children):
        return None
    if verb.pos_ == "AUX" or any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in verb.children):
        return None  # "the city where he lived", "the man he is"
    noun = antecedent(verb)
    if noun is not None and is_when_relative(noun, verb):
        return None  # the time of the clause, not its object: "by the time we open in London" (not "we — open — the time")
    return noun


def is_when_relative(noun, verb) -> bool:
    """A time noun right before a relative clause that has its object, or whose verb takes no time
    as one, is the time of the clause, not its object: "by the time we open in London", "the day he
    left", "a time beyond which you can't have an abortion". A verb that spends or lives through a
    time has its gap there: "the worst season the club had endured in 20 years" (the club endured
    the season), "the time I spent with the players"."""
    return is_dated_by(noun, verb) and (verb.lemma_.lower() not in TIME_TAKING_VERBS
                                        or any(c.dep_ == "dobj" and not is_relative_pronoun(c) for c in verb.children))


def is_dated_by(noun, clause) -> bool:
    """A noun of a time right before a clause, which may date it: "the time we open", "at the point where
    they can compete", "the time I spent with the players" (a time noun also where the clause has its gap)."""
    return noun.lemma_.lower() in DATED_NOUNS and noun.i + 1 == clause.left_edge.i


# verbs whose object is a span of time: "the season the club had endured", "the time I spent", "the year we have had"
TIME_TAKING_VERBS = frozenset("spend endure enjoy have waste need suffer experience survive relish savour".split())


def is_infinitival(verb) -> bool:
    """"a plan to attack Iran": an infinitival modifier, read as intent, not as a fact."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


RANKS = frozenset({"first", "second", "third", "last", "next", "only"})


def is_unasserted_infinitival(verb) -> bool:
    """An infinitival relative or modifier says what a thing is for or could do, not what it did:
    "enough students to take the Lib Dems from second place", "hard matches to come", "no case to answer",
    "Compelling rogue states … to destroy their nuclear bombs". After a rank it is a fact ("the
    first woman to win the prize": she won it)."""
    if verb.dep_ not in {"acl", "relcl"} or not is_infinitival(verb):
        return False
    noun = verb.head
    return not any(c.lower_ in RANKS or c.tag_ in {"JJS", "RBS"} for c in noun.children if c.i < noun.i)


# prepositions of a place or an occasion that a "where" clause after their noun is set in
WHERE_PREPOSITIONS = frozenset({"in", "at", "on"})


def place_of_where_clause(verb):
    """The place a "where" relative clause is set in, written before it with its preposition: ``(preposition, noun)``,
    else ``None``. A reading of the clause needs it: "In the Maldives, where 43% of the population already lives on
    less than $2 a day, this could rise to half" (43% live on less than $2 a day in the Maldives, not everywhere),
    "The biggest decline was seen in Wales where prices fell by 6.2%", "Huisman Itrec is now setting up a factory in
    China, where costs are cheaper and its main customers are closer" (both clauses). Only after "in", "at" or "on":
    "sent shock waves through Italy, where …" and "was returning from China, where he had headed" set the clause in
    no place of the preposition's."""
    clause = verb
    if clause.dep_ == "conj" and clause.head.dep_ == "relcl":
        clause = clause.head
    if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return None
    noun = clause.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in WHERE_PREPOSITIONS or noun.i > clause.i or noun.ent_type_ in {"DATE", "TIME"}:
        return None  # (a date is no place: "in Birmingham on 18 February, where he will take on …" is the race's)
    return noun.head, noun
