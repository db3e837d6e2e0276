"""Passive voice: "Strikes were launched by Israel" → Strikes — were launched by — Israel.

A passive is read as written, patient first, in the graph as in the CaRB
line: its predicate is "be launched by" with an agent, "be launched"
without one. Putting the agent first under a passive relation ("Israel —
were launched by — Strikes") reads backwards to every reader, and an
active rewrite of the verb group ("will be whittled down by" → "will
whittle down") is not what the sentence wrote. An agentive passive is
marked ``passive`` on the extraction.

A past participle with no auxiliary of its own is a passive too when the
clause around it makes it one (:func:`is_bare_passive_participle`): the
relation keeps "be" ("be thrown out of", not "throw out of").
"""
from __future__ import annotations

from ..docview import has_dep, with_dep
from ..nlp import sentence_of
from .subordinate import clause_opened_by_preposition


# verbs whose passive keeps a second object: "He's given a chance", "She was offered a contract"
DITRANSITIVE = frozenset("give offer hand grant award send show lend owe promise deny cost pay bring teach".split())


def is_passive(verb) -> bool:
    """A passive predicate: a passive auxiliary or subject, or a bare past participle that can only be a
    passive ("the attack launched by …", :func:`is_bare_passive_participle`); not a perfect whose "has"
    is written "'s" (:func:`is_contracted_perfect`)."""
    if is_contracted_perfect(verb):
        return False
    for c in verb.children:
        if c.dep_ in {"auxpass", "nsubjpass", "csubjpass"}:
            return True
    if is_participle_with_agent(verb):
        return True
    # "allegations they had planted the device": a perfect ("had planted") is active
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return not (is_main_verb_read_as_participle(verb) or is_verb_of_stranded_subject(verb))
    return is_bare_passive_participle(verb) or is_participle_read_as_past(verb) or is_set_off_participle_read_as_verb(verb)


def is_participle_with_agent(verb) -> bool:
    """A past participle with a "by" agent of its own and no auxiliary: a passive wherever the parse hung it —
    "With Arsenal hit by injuries and suspension, …" (Arsenal — be hit by — injuries, not "Arsenal — hit"),
    "with hundreds of thousands of buildings and small boats destroyed by the waves", "Using Braille for
    speeches, and briefed by his officials on tape, he …". Not a perfect ("has won by …" takes no agent), nor a
    participle with a clause of its own, read with its clause ("Asked by the documentary makers why he had lied
    about his leadership ambitions, Mr Kilroy-Silk said …": a question put to him, speech.py)."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
        return False
    if any(c.dep_ in {"aux", "auxpass", "ccomp", "xcomp", "csubj"} for c in verb.children):
        return False
    if verb.dep_ == "pcomp":
        return True  # "with X hit by Y": the absolute participle
    # a participle joined to another participle of no finite clause ("Using …, and briefed by …"); not one joined to
    # a finite verb, which may be an active past the tagger read as a participle ("He also had a hand in the game's
    # only try, finished superbly by Williams")
    head = verb.head
    return (verb.dep_ == "conj" and head.dep_ != "ROOT" and head.tag_ in {"VBN", "VBG", "VBD"}
            and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in head.children))


def is_contracted_perfect(verb) -> bool:
    """A past participle after "'s" that is "has", which the parser read as a passive "is": "he's won some
    very big games" (he has won them: "win", not "be won"), "it's got nothing to do with …", "He's still got
    to overcome the reluctance …", "He's given us 12 years service". A passive takes no direct object unless
    its verb takes two, and then keeps only one ("He's given a chance" may be either, and stays a passive);
    "got" after "'s" is always "has got", and so is a verb with no passive ("He's been a tremendous colleague",
    "he's come up with a way …") or an -ing ("He's been responding well"); a pronoun object of a verb that
    takes two ("He's never told me he made an entry …", s29 judged start-a N018, "told" tagged a past) is the
    hearer, which a passive never keeps. A participle
    with no object keeps the parser's reading: "It's set up for a pretty good showdown", "she's signed to"
    are passives."""
    if verb.tag_ not in {"VBN", "VBD", "VBG"} or not any(c.dep_ == "auxpass" and c.lower_ in {"'s", "’s"} for c in verb.children):
        return False
    if verb.tag_ == "VBG":
        return True  # "He's been responding well to treatment": a passive's verb is a participle, never an -ing
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.lemma_.lower() in {"get"} | NO_PASSIVE:
        return True
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if len(objects) > 1:
        return True  # "He's given us 12 years service": a passive keeps one object of two
    if any(c.dep_ == "dobj" and c.lower_ in RECIPIENT_PRONOUNS for c in verb.children):
        return True  # "He's never told me he made an entry …": a passive of "tell" keeps the words, not the hearer
    return any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() not in DITRANSITIVE


# verbs that have no passive: after "'s" their participle is a perfect ("He's been a tremendous colleague", "he's
# come up with a way to …", "It's become a real problem")
NO_PASSIVE = frozenset({"be", "become", "come", "happen", "arrive", "occur", "emerge"})
# pronouns that are the hearer or receiver of a verb that takes two objects, never the one a passive keeps
RECIPIENT_PRONOUNS = frozenset({"me", "us", "him", "them"})


# past tenses that are also the past participle, of verbs that are not regular ("-ed")
SAME_PAST_PARTICIPLE = frozenset("""made said paid sold held kept left lost won built sent spent brought bought caught
taught thought found told cut put set hit shut led met read heard meant bound fed laid sought struck""".split())


def is_participle_read_as_past(verb) -> bool:
    """A reduced relative whose participle the tagger read as a past tense: written right after the noun it
    describes, which is an argument of the sentence's own verb, with no subject, auxiliary or object of its
    own, it is a passive of that noun. "Money raised from the sale will go towards the RCA's … Fund" → Money
    — be raised from — the sale (not "Money — raised from —": the money raised nothing); "A short statement
    about Lord Goldsmith's position presented in a written parliamentary answer … did not suggest this" →
    the position — be presented in — the answer. Only a form that is also the participle ("raised", "made";
    not "grew"). Not on a noun that is the sentence's root, whose verb the parse lost
    (:func:`is_main_verb_read_as_participle`), nor a past with an object ("a car crash left West with his
    jaw wired shut")."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.i < head.i or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if head.dep_ == "ROOT" or not (verb.lower_.endswith("ed") or verb.lower_ in SAME_PAST_PARTICIPLE):
        return False
    if sentence_of(verb).root.pos_ not in {"VERB", "AUX"} or is_verb_of_stranded_subject(verb):
        return False  # a parse that lost the sentence's verb ("… the singer named celebrity tabloids …, In Touch …")
    return not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "expl", "dobj", "ccomp", "mark", "attr", "acomp",
                              "dative", "xcomp", "oprd"} for c in verb.children)


def is_set_off_participle_read_as_verb(verb) -> bool:
    """A participle set off by commas after the subject, which the parser read as the clause's verb, the
    clause's own verb as its conjunct: "Wimbledon champion Maria Sharapova, seeded fourth, drew a qualifier
    in the first round" → Sharapova — be seeded fourth (she was seeded; she drew the qualifier); "The
    34-year-old American, seeded eighth, made a poor start". English sets no comma between a subject and its
    verb: the form after that comma, when a finite verb with no subject of its own follows it after another
    comma, is a participle describing the subject. Only a form that is also the participle ("seeded";
    not "grew"), with no auxiliary or object of its own."""
    if verb.tag_ not in {"VBD", "VBN"} or not (verb.lower_.endswith("ed") or verb.lower_ in SAME_PAST_PARTICIPLE):
        return False
    if has_dep(verb.children, ("aux", "auxpass", "dobj", "ccomp", "xcomp", "dative", "attr", "acomp", "oprd")):
        return False
    subj = with_dep(verb.lefts, ("nsubj",))
    doc = verb.doc
    if subj is None or any(c.dep_ == "appos" for c in subj.children) or doc[verb.i - 1].text != ",":
        return False
    if subj.right_edge.i not in {verb.i - 2, verb.i - 1}:  # (the parse may hang the comma on the subject)
        return False
    for c in verb.children:
        if (c.dep_ == "conj" and c.i > verb.i and c.tag_ in {"VBD", "VBZ", "VBP"} and doc[c.i - 1].text == ","
                and not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
                and all(t.dep_ != "cc" for t in doc[verb.i + 1:c.i])):
            return True
    return False


AMOUNT_TYPES = frozenset({"PERCENT", "MONEY", "CARDINAL", "QUANTITY"})


def is_main_verb_read_as_participle(verb) -> bool:
    """The past tense of a sentence's one verb, which the parse read as a participle on its subject (the
    sentence's root is then the subject noun): "Natasha Bedingfield - in the running for best British
    female and best pop act - performed with her brother Daniel for the first time at Wednesday's event"
    (she performed; not "be performed with"); "The 18-year-old Mirza, who got a wild card entry …, lost to
    Williams 1-6,4-6 in the third round"; "Imports gained by 13%" (an amount after "by" is no agent). Not a
    participle with a "by" agent ("Wipro is majority owned by India's richest man Azim Premji", "the novel
    worm spotted recently by Spamhaus routes junk …"), nor a form that is a participle only ("Kodak film
    taken from the remains"), nor one whose phrase ends before the sentence does, the verb after it read as
    a noun ("The honour, awarded since 1986, honours figures in cinema …"), nor a heading ("Subs Not Used:") or a
    headline ("Labour accused of 'EU propaganda'", :func:`~kg.extract.clauses.is_headline_passive`)."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if verb.i < head.i or verb.lower_.endswith(("en", "wn", "ne")):
        return False  # ("taken", "shown", "done": no past tense)
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    doc = verb.doc
    end = sentence_of(verb).end
    if doc[end - 1].text not in {".", "!", "?"}:
        return False  # a headline leaves out the "is/was" of its passive: "Japanese mogul arrested for fraud"
    if (verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":") or any(not t.is_punct for t in doc[verb.right_edge.i + 1:end]):
        return False
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None or not (obj.like_num or obj.ent_type_ in AMOUNT_TYPES):
                return False
    return True


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def is_verb_of_stranded_subject(verb) -> bool:
    """The past tense of a clause's verb which the parse read as a participle on its subject, the subject itself
    hung on a word that is no verb or on a verb that has a subject of its own: the subject has no verb but this one.
    "Many concepts fed into science, engineering, and psychology as well as technology, but it is thought too few of
    the ideas were commercially viable" → Many concepts — fed into — science (the concepts fed into it; "it" is the
    subject of "is thought"), never "be fed into"; "it was a "scandal" that the system discriminated against
    women who …" → the system — discriminated against — women (not "be discriminated against", the system being
    the one discriminated against). Only a form that is also the past ("-ed", "fed"), with no auxiliary, subject,
    object or "by" agent of its own ("The man arrested on Friday is believed to …" keeps its passive: the man is
    the only subject of "is believed"), in a sentence, not a headline."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or verb.i < noun.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if noun.dep_ not in {"nsubj", "nsubjpass"} or not (verb.lower_.endswith("ed") or verb.lower_ in SAME_PAST_PARTICIPLE):
        return False
    governor = noun.head
    if governor.pos_ in {"VERB", "AUX"} and not any(c.dep_ in SUBJECT_DEPS and c.i != noun.i for c in governor.children):
        return False  # the noun is its verb's one subject: a participle describing it
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "dobj", "agent"} or (c.dep_ == "prep" and c.lower_ == "by")
           for c in verb.children):
        return False
    if any(t.i != verb.i and t.tag_ in {"VBD", "VBZ", "VBP"} and t.dep_ not in {"aux", "auxpass"}
           and not any(c.dep_ in SUBJECT_DEPS for c in t.children) for t in verb.subtree):
        return False  # the verb the noun lacks is further on: "security systems built-in to cash machines meant …"
    doc = verb.doc
    return doc[sentence_of(verb).end - 1].text in {".", "!", "?", '"', "'", "”"}


def is_bare_passive_participle(verb) -> bool:
    """A past participle with no auxiliary and no direct object that only a passive reading fits
    (a perfect always writes its "have"):

    * an adverbial participle clause: "Gronkjaer … was sarcastically applauded when taken off against
      Everton" → Gronkjaer — be taken off against — Everton (not "take off against": he was taken
      off); "Set in South Wales, the film is about …" → be set in;
    * a participle conjoined to a passive, sharing its auxiliary: "Buhecha … was found guilty … and
      sentenced at Harrow Crown Court" → be sentenced at (not "sentence at");
    * the participle of a small clause after see/get, or after a "have" with a subject of its own
      (:func:`is_small_clause_participle`): "which saw The Game thrown out of 50 Cent's rap collective
      G-Unit" → The Game — be thrown out of — G-Unit.

    Not a past tense the tagger read as a participle: one with a direct object ("I was fully involved
    … and personally finalised, and of course approved, the answer") or in a list of verbs ("which he
    wrote, directed and starred in"); nor a verb of asking with its question ("Asked whether a rescue
    was on the cards, Mr Alencar replied": the report keeps its own reading). An adverbial
    participle right after a noun describes that noun, whose passive it is (:func:`noun_it_follows`):
    the clause reader gives it that noun as subject, never the main clause's."""
    if verb.tag_ != "VBN" or has_dep(verb.children, ("aux", "auxpass", "dobj", "ccomp")):
        return False
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
    head = verb.head
    if verb.dep_ == "advcl":
        return not own_subject and not any(c.dep_ == "conj" for c in verb.children)
    if verb.dep_ == "conj":
        if not own_subject and is_conjunct_of_bare_passive(verb):
            return True  # "Primer, written and directed by Shane Carruth"
        return (not own_subject and any(c.dep_ == "auxpass" and c.lower_ not in {"'s", "’s"} for c in head.children)
                and not any(c.dep_ == "conj" and c.i > verb.i and any(g.dep_ == "dobj" for g in c.children)
                            for c in head.children))
    return own_subject and is_small_clause_participle(verb)


def is_conjunct_of_bare_passive(verb) -> bool:
    """A past participle joined by "and"/"or" to a passive participle that describes the noun before it (a
    reduced relative, no auxiliary): a passive too, of the same noun. "The top Grand Jury prize … went to low
    budget sci-fi thriller Primer, written and directed by Shane Carruth" → Primer — be directed by — Shane
    Carruth (not "Primer — directed —", the film as the director); "a private, non-profit media enterprise
    owned and operated by the nation's 349 public television stations". Not a past tense the tagger read as a
    participle in a list of verbs ("which he wrote, directed and starred in": :func:`is_bare_passive_participle`
    rules out a conjunct with an object of its own)."""
    head = verb.head
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and head.tag_ == "VBN" and head.dep_ == "acl"
            and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "dobj"} for c in head.children)
            and not is_main_verb_read_as_participle(head))


def shared_agent(verb):
    """``(by_token, agent_noun)`` that a passive participle shares with the passive joined to it, when it has
    no words of its own between the two: "written and directed by Shane Carruth" → written by Shane Carruth
    too; "was suspended and sued by his employers"; else ``(None, None)``. A participle with an object or a
    phrase of its own keeps to itself ("was arrested in Paris and questioned by police")."""
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"), None)
    if conj is None or not any(c.dep_ in {"cc"} for c in verb.children):
        return None, None
    if any(c.dep_ not in {"cc", "conj", "punct", "advmod", "auxpass", "aux", "nsubjpass", "neg"} for c in verb.children):
        return None, None
    if any(c.i > verb.i and c.dep_ not in {"cc", "conj", "punct"} for c in verb.children):
        return None, None
    for c in conj.children:
        if c.dep_ == "agent":
            agent = next((g for g in c.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return c, agent
    return None, None


def noun_it_follows(verb):
    """The noun an adverbial past participle is written right after (or after a dash that follows
    it), else ``None``: the parser hung a reduced relative on the main verb, but the participle
    modifies that noun, which is its patient, and the main clause's subject is not. "In the ruling
    handed down this week by Judge James Kleinberg, Apple can now …" → the ruling — be handed down
    by — James Kleinberg (not Apple); "in the light of evidence gathered against him by the US" →
    evidence — be gathered against — him (not "his British passport"); "its domestic airline market
    - previously dominated by state-run carrier Indian Airlines"."""
    if (verb.dep_ != "advcl" or verb.tag_ != "VBN"
            or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"} for c in verb.children)):
        return None
    doc, k = verb.doc, verb.i - 1
    while k >= 0 and doc[k].pos_ == "ADV" and doc[k].head.i == verb.i:  # "previously dominated"
        k -= 1
    if k >= 0 and doc[k].text in {"-", "–", "—"}:
        k -= 1
    if k < 0 or doc[k].pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = doc[k]
    while noun.dep_ == "compound" and noun.i < noun.head.i <= k:
        noun = noun.head
    return noun


def is_small_clause_participle(verb) -> bool:
    """The participle of "see/get/have + object + participle", a passive: "saw The Game thrown out of",
    "to help get it shut down", "Newcastle then had Lee Bowyer sent off". Not a bare infinitive
    after "see" ("has seen an amazing array of talent come into the mainstream"), nor an inverted or
    perfect "had/having" with no subject of its own ("a travesty had Angels not won", "having each
    dealt with problematic parts")."""
    head = verb.head
    if verb.dep_ not in {"ccomp", "xcomp"} or head.i > verb.i or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = head.lemma_.lower()
    if lemma == "see":
        return verb.lower_ != verb.lemma_.lower()
    if lemma == "have":
        return (any(c.dep_ == "nsubj" for c in head.children) or head.dep_ in {"conj", "xcomp"}
                or any(c.lower_ == "to" for c in head.children))
    return lemma == "get"


def agent_of(verb):
    """``(by_token, agent_noun)`` of a passive verb ("by Israel"), or ``(None, None)``; also the
    agent the parse hung on the passive's complement (:func:`agent_on_complement`)."""
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return c, g
    by, agent = agent_on_complement(verb)
    if agent is None:
        by, agent = shared_agent(verb)  # "written and directed by Shane Carruth"
    return by, agent


def passive_complement_child(verb):
    """The first child after a passive's verb that is its complement: a retained object or object
    predicate ("was voted best urban act", "has been branded a "disgraceful waste"") or its "as"
    ("have been described as "idle speculation""; not an "as" that opens a clause, "were published as another survey
    by property website Rightmove said …": subordinate.py), or a preposition whose object the parse hung the
    passive's agent on (:func:`agent_on_prepositional_object`); else ``None``. One judgement for
    :func:`passive_complement_head` and misreadings.passive_complement."""
    comp = next((c for c in verb.children if c.i > verb.i and (c.dep_ in {"oprd", "attr", "dobj"}
                                                                or (c.dep_ == "prep" and c.lower_ == "as"
                                                                    and clause_opened_by_preposition(c) is None))), None)
    return comp if comp is not None else agent_on_prepositional_object(verb)[0]


# nouns whose "by" names their maker, not the passive's agent: "is based on the novel by Graham Greene"
MADE_BY_NOUNS = frozenset("""film movie album single song track show programme series play novel book tale opera
poem painting portrait sculpture score symphony work piece story article report study survey paper column letter
biography memoir photograph picture photo design version rendition recording remix production adaptation""".split())


def agent_on_prepositional_object(verb):
    """``(prep, by_token)`` when the parse hung a passive's "by" agent on the object of a preposition
    written between the verb and the "by": "Leigh was presented with his winner's statuette by Timothy
    Spall" (Spall presented it; the statuette is no "statuette by Timothy Spall"), "the show, which has
    been overtaken in popularity by independent radio's Hit 40 UK rundown", "Mr Brown was joined at the
    launch by John Prescott"; else ``(None, None)``. The noun keeps its own "by" when a reader takes it
    as its doer or maker: an indefinite noun that the "by" introduces ("was injured in a wild tackle by
    the Saints' midfield man", "should be entitled to a trial by jury"), a work ("is based on the novel
    by …", :data:`MADE_BY_NOUNS`); a time or an amount after "by" is none ("by 14 March", "by 5%")."""
    if (not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
            or any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children)):
        return None, None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i), None)
    if prep is None or prep.lower_ in {"as", "by", "of", "than"} or any(c.dep_ in {"dobj", "oprd", "attr"} for c in verb.children):
        return None, None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"} or noun.lemma_.lower() in MADE_BY_NOUNS:
        return None, None
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return None, None
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i), None)
    agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    if agent is None or agent.pos_ not in {"NOUN", "PROPN"} or agent.like_num:
        return None, None
    if agent.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}:
        return None, None
    if any(c.dep_ in {"prep", "acl", "relcl"} and prep.i < c.i < by.i for c in noun.children):
        return None, None  # "at the launch of the campaign by …": the "by" may be the nearer noun's
    if any(c.dep_ == "conj" and any(g.dep_ == "prep" and g.lower_ == "by" for g in c.children) for c in agent.children):
        return None, None  # "amid much fanfare by Apple and great excitement by Apple watchers": nouns with their own "by"
    return prep, by


def passive_complement_head(verb):
    """The complement a passive keeps after its verb: a retained object or object predicate
    ("was voted best urban act", "has been branded a "disgraceful waste""), or the noun or gerund of
    its "as" ("have been described as "idle speculation"", "is quoted as saying"); else ``None``."""
    c = passive_complement_child(verb)
    if c is not None and c.dep_ == "prep":
        return next((g for g in c.children if g.dep_ in {"pobj", "pcomp"}), None)
    return c


def agent_on_complement(verb):
    """The passive's "by" agent that the parse hung on the complement written before it:
    "Joss Stone, who was voted best urban act by digital TV viewers" — the viewers voted, the act
    is no "act by digital TV viewers"; "A failed government scheme … has been branded a
    "disgraceful waste" by MPs"; "Reports … have been described as "idle speculation" by Downing
    Street". ``(by_token, agent_noun)`` or ``(None, None)``. Only on a passive's complement, which
    names what the subject is called or given: a prepositional object keeps its own "by" ("was
    injured in a wild tackle by the Saints' midfield man", "is based on a novel by …")."""
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None, None
    prep, by = agent_on_prepositional_object(verb)
    if by is not None:
        return by, next(g for g in by.children if g.dep_ == "pobj")
    comp = passive_complement_head(verb)
    if comp is None:
        return None, None
    for c in comp.children:
        if c.dep_ == "prep" and c.lower_ == "by" and c.i > comp.i:
            agent = next((g for g in c.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return c, agent
    return None, None
