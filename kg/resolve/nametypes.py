"""Types a name's own words and its sentence give it, where the small model's label is unreliable (issue 17).

en_core_web_sm types films, shows, awards and competitions as whatever their words
look like ("Hotel Rwanda" FAC, "The Aviator" ORG, "Wasp" PERSON, "Euro 2004" LAW,
"Zurich Premiership" GPE). Each function reads one construction and returns a
spaCy label or None; :func:`evidence_label` tries them in order. Where nothing in
the text settles it, the model's label stands (and the votes of the entity's other
mentions decide, :func:`kg.resolve.entities.resolve_entities`).

Conventions (docs/model.md): an award or prize ("Silver Bear", "the Grammy") is a
WORK_OF_ART, as in OntoNotes, spaCy's training data; a ceremony or competition
("the MTV Europe Awards", "Euro 2004", "the FA Cup") is an EVENT; a league is an ORG.
"""
from __future__ import annotations

import re

from ..docview import doc_tokens, span_root, span_tokens
from ..lexicon import DEMONYM_NOUNS, HONORIFICS
from ..extract.quotes import SAYING
from ..nlp import doc_ents, sentence_of, span_text
from .gazetteer import _shipped, shipped
from .kindcues import (BODY_NOUNS, BODY_ONLY_HEADS, CASTING_VERBS, SCREEN_PARAGRAPH_WORDS, GAME_PLURALS, KIND_OF_NOUN, NOT_PERSON_LAST, PEOPLE_PLURALS, THEATRE_HEADS,
                       VENUE_HEADS, WORK_NOUNS, WORK_PLURALS, _list_noun, _team_sport_paragraph, club_in_a_contest,
                       is_finite_include, subject_of_include,
                       body_before_its_people, game_after_its_noun, kind_label)
from .names import FIRM_ENDS, is_first_name, is_initial, name_key
from .placenames import is_british_town, is_country_or_region, is_place, place_size
from .roles import PERSON_NOUNS, TITLE_HEADS

# Words of an entertainment sentence ("Scorsese's The Aviator ... the Oscars"): a person's possession is a work there.
SCREEN_WORDS = frozenset({"oscar", "oscars", "premiere", "starring", "directed", "box", "bafta", "baftas", "golden"}) | WORK_NOUNS | WORK_PLURALS
# Words of a sentence about the stage: "during rehearsals for Jules Massenet's Manon", "Alan Bennett's The History
# Boys was the big winner in the straight theatre categories".
STAGE_WORDS = frozenset("theatre theatres stage rehearsal rehearsals production".split())
# Verbs and nouns that take a work after "in": "starred in Hotel Rwanda", "roles in Closer and Hotel Rwanda".
IN_A_WORK = frozenset({"star", "appear", "role", "part", "cameo", "appearance", "starring", "performance"})
# Lower-case nouns after a name that make it an award: "the Golden and Silver Bear awards", "Grammy nominations".
AWARD_AFTER = frozenset("award awards prize prizes trophy nomination nominations nominee nominees gong gongs".split())
# Last words of a name that make it an event, an award or a law.
EVENT_HEADS = frozenset("""
cup championship championships olympics games tournament marathon festival awards open prix rally derby war wars
expo show fair week classic masters trophy conference sevens indoors
""".split())
AWARD_HEADS = frozenset("award prize medal".split())
# Last words of a newspaper's title that no event, place or person ends in (a body, ORG; "Times", "Post" and "Mail"
# end films and songs too): "the Sydney Morning Herald", "The Wall Street Journal", "the Daily Telegraph".
PRESS_HEADS = frozenset("herald telegraph gazette tribune chronicle journal courier inquirer".split())
# The same and the last words of a magazine's, a news service's or a weblog's title, English and the continent's,
# that no person's name ends in: "Germany's Manager Magazin", "Scripting News", "the Sueddeutsche Zeitung".
PRESS_TITLE_ENDS = PRESS_HEADS | frozenset("news times magazine magazin zeitung zeitschrift gazzetta".split())
# Last words of a military unit (ORG): "the Queen's Lancashire Regiment", "the Parachute Regiment".
UNIT_HEADS = frozenset("regiment battalion fusiliers".split())
LAW_HEADS = frozenset("""
act bill law treaty convention directive charter constitution amendment code protocol accord accords agreement
regulation regulations rules resolution statute doctrine
""".split())
# Plural last words that make a group named by the model NORP a party: "the ruling Social Democrats".
PARTY_PLURALS = frozenset("democrats republicans socialists liberals conservatives greens unionists nationalists".split())
# Singular nouns that name a person's office or job (kg.resolve.roles.TITLE_HEADS, read here without importing it).
LEAGUE_HEADS = frozenset("premiership league division federation association council committee commission".split())
# Last words of a company's or a club's name: "Leadplex Inc", "Creative Labs", "Barnet Harriers", "Crawley AC".
ORG_HEADS = frozenset("""
inc incorporated llc ltd plc corp corporation co ag gmbh holdings labs laboratories harriers ac fc rfc afc aac
motors airlines airways studios records pictures telecom communications technologies networks systems foundation
trust institute society agency authority union party magazine appeal fund ministry department
""".split())
# Last words of a firm's or a troupe's name that a work's title may end in too ("Genius Loves Company", an album): a
# body's only where the model read a place, a people, a building or a product ("the Royal Shakespeare Company",
# "the Bay Area Laboratory Cooperative").
COMPANY_HEADS = frozenset("company cooperative co-operative".split())
# Last words of a device's name, singular: "the Creative Nomad Jukebox", "Windows Media Player", "a Nikon Digital
# Camera" (a maker's plural is a body: "the Players Theatre"; "TV" ends channels' names).
DEVICE_HEADS = frozenset("jukebox player camera walkman console handset laptop".split())
# Compass words that open a county's or a hunt's country: "the South Shropshire Hunt", "the East Kent Hunt".
COMPASS_WORDS = frozenset("north south east west central mid upper lower".split())
# Last words of a club after its town: "Birmingham City", "Leyton Orient", "Plymouth Argyle".
CLUB_ENDS = frozenset("city united rovers athletic wanderers albion town argyle orient rangers hotspur".split())
# Words ending a name that make it an organisation or a place, never a person ("Charlotte Church" is a person).
ORG_WORDS = frozenset("""
united city town rovers athletic wanderers albion county forest villa fc rfc park street road hall house
hospital university college school bank group council party airport station square trust fund association
institute league union club committee commission corporation company inc plc ltd foundation records research
investment investments capital partners holdings international media entertainment studios systems technologies
communications python
""".split())
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _words(ent) -> list:
    return [t for t in span_tokens(ent) if t.is_alpha or t.like_num]


# Last words of a place by the sea that end no person's or body's name: "Pearl Harbour", "the Dardanelles Straits",
# "the Channel Islands" (not "Bay" or "Lake", surnames too: Michael Bay, Ricki Lake).
SEA_HEADS = frozenset("harbour harbor peninsula strait straits gulf ocean sea islands isles archipelago".split())


# The word a mountain's name opens with, written out or cut ("Mount Cook", "Mt Cook", "Mt. Everest").
MOUNTAIN_WORDS = frozenset({"mount", "mt"})


def mountain_by_its_first_word(ent) -> str | None:
    """A name of two words that opens with "Mount" or "Mt" names a mountain (LOC), whatever the model read: "An
    Australian climber who survived two nights stuck on *Mount Cook*" (read LOC), "on New Zealand's *Mt Cook*" (read
    ORG), "a small hut on *Mount Sefton*" (read FAC). Not a longer name ("Mount Sinai Hospital", a body; "Mt Cook
    National Park", a park), nor a name the model read as a place already (a town: "Mount Pleasant", GPE).
    """
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) != 2 or ent.label_ in {"GPE", "LOC"}:
        return None
    first, rest = words
    if first.text.rstrip(".").lower() not in MOUNTAIN_WORDS or not first.text[:1].isupper():
        return None
    return "LOC" if rest.is_alpha and rest.text[:1].isupper() and not rest.is_upper else None


def head_word_label(ent) -> str | None:
    """The type the last word of a multi-word name gives it, or a league's or a body's head word written alone.

    "the Prevention of Terrorism Bill" (LAW), "the FA Cup", "the MTV Europe Awards",
    "Euro 2004" (a name and a year: EVENT; "the Terrorism Act 2000" stays a LAW), "the Booker Prize" (WORK_OF_ART), "Zurich
    Premiership", "Barnet Harriers", "Leadplex Inc", a town's club: "from Birmingham City", a paper: "the Sydney Morning
    Herald", a military unit: "the Queen's Lancashire Regiment" (ORG). A person's name is never retyped ("Jeff Cup"
    stays as the model read it when it starts with a first name); nor is a name the model read as a work, but a unit
    and a body's last word no person's or title's name ends in (:data:`BODY_ONLY_HEADS`: "The Making Decisions
    Alliance", read as a work; "Lawyers' Christian Fellowship", read as a person). A place by the sea
    (:data:`SEA_HEADS`: "Pearl Harbour", read as a person) is an area (LOC), a work of its name not ("Small Island").
    """
    words = _words(ent)
    if len(words) >= 2 and words[-1].lower_ in UNIT_HEADS and words[-1].text[:1].isupper() and ent.label_ != "ORG":
        return "ORG"  # "in the custody of the Queen's Lancashire Regiment" (read as a work)
    if len(words) >= 2 and words[-1].lower_ in BODY_ONLY_HEADS and words[-1].text[:1].isupper() \
            and ent.label_ in {"WORK_OF_ART", "PERSON", "PRODUCT", "NORP"}:
        return "ORG"  # "The Making Decisions Alliance, which includes the Alzheimer's Society …" (read as a work)
    if len(words) >= 2 and words[-1].lower_ in SEA_HEADS and words[-1].text[:1].isupper() \
            and ent.label_ in {"PERSON", "ORG", "FAC", "PRODUCT", "NORP"}:
        return "LOC"  # "the war's Pacific battles, including Guadalcanal and Pearl Harbour" (read as a person)
    if len(words) >= 2 and words[-1].text == "Hunt" and ent.label_ != "ORG" and not _starts_with_first_name(words) \
            and all(w.lower_ in COMPASS_WORDS or is_place(w.text) for w in words[:-1] if w.lower_ != "the"):
        return "ORG"  # "Penny Little, who monitored the Bicester Hunt in Oxfordshire" (read as a work): a hunt's club
    if len(words) == 1 and words[0].lower_ in LEAGUE_HEADS and words[0].text[:1].isupper() \
            and ent.label_ in {"GPE", "LOC", "PERSON", "NORP", "FAC"}:
        return "ORG"  # "the club are still in a respectable 12th place in the Premiership table" (read as a person)
    if ent.label_ == "WORK_OF_ART" and len([w for w in words if w.lower_ != "the"]) >= 2 and words[-1].lower_ in {"act", "bill"} \
            and words[-1].text[:1].isupper() and _the_or_an_owner_before(ent):
        return "LAW"  # "the government's Gambling Bill", "The Freedom of Information Act" (read as works)
    if len(words) < 2 or ent.label_ == "WORK_OF_ART":
        return None
    last = words[-1].lower_
    if last in PRESS_HEADS and words[-1].text[:1].isupper() and ent.label_ not in {"ORG", "PERSON"}:
        return "ORG"  # "the Sydney Morning Herald" (read as an event), "the Wall Street Journal"
    if _YEAR.match(last) and words[-2].text[:1].isupper() and words[-2].is_alpha and ent.label_ != "PERSON":
        before = words[-2].lower_  # "the Terrorism Act 2000", "the Guardian First Book Award 2004"
        return "LAW" if before in LAW_HEADS else "WORK_OF_ART" if before in AWARD_HEADS else "EVENT"
    if not words[-1].text[:1].isupper():
        return None
    if last in LAW_HEADS and ent.label_ != "PERSON":
        return "LAW"
    if ent.label_ != "PERSON" and any(w.lower_ in LAW_HEADS and w.text[:1].isupper() and nxt.lower_ in {"on", "of"}
                                      for w, nxt in zip(ent, ent[1:])):
        return "LAW"  # "the United Nations Convention on Human Rights", "the Treaty of Rome"
    if last in AWARD_HEADS:
        return "WORK_OF_ART"
    if last == "show" and _programme_show(words):
        return "WORK_OF_ART"  # "the Benny Hill Show", "the Tonight Show" (read as events); not "the Geneva Motor Show"
    if last in EVENT_HEADS and ent.label_ not in {"PRODUCT"}:
        return "WORK_OF_ART" if _listed_as_a_game(ent) else "EVENT"  # "the IRB Sevens", "the European Indoors"
    if last in LEAGUE_HEADS and ent.label_ in {"GPE", "LOC", "PERSON", "NORP", "FAC"}:
        return "ORG"
    if last in CLUB_ENDS and ent.label_ in {"GPE", "LOC", "PERSON", "NORP", "FAC"} and is_place(" ".join(w.text for w in words[:-1])) \
            and not is_place(" ".join(w.text for w in words)):
        return "ORG"  # "from Birmingham City", "Plymouth Argyle"; not "Mexico City", "Cape Town" (places of their own)
    if last in ORG_HEADS and ent.label_ in {"GPE", "LOC", "PERSON", "NORP", "FAC", "PRODUCT"} \
            and not (ent.label_ == "PERSON" and _starts_with_first_name(words)):
        return "ORG"  # "Barnet Harriers", "Leadplex Inc"; not a person named like one ("Rachel Trust")
    if last in DEVICE_HEADS and ent.label_ in {"ORG", "GPE", "LOC", "FAC", "NORP", "PERSON"} \
            and not _starts_with_first_name(words) and not shipped().lookup(ent.text):
        return "PRODUCT"  # "the launch of the Creative Nomad Jukebox in mid-2000" (read ORG); not "Gary Player"
    if last in COMPANY_HEADS and ent.label_ in {"GPE", "LOC", "NORP", "FAC", "PRODUCT", "LAW"}:
        return "ORG"  # "Emilia in Othello for the Royal Shakespeare Company" (read as a law)
    if last in PARTY_PLURALS and ent.label_ == "NORP":
        return "ORG"  # "the ruling Social Democrats" (a party), not "Democrats" alone (its members)
    return None


# Words of a broadcast's hour or day that name a programme when "Show" follows: "the Tonight Show", "The Late Show".
PROGRAMME_TIMES = frozenset("tonight late daily breakfast morning evening weekend".split())


def _programme_show(words) -> bool:
    """The words of a name ending in "Show" are a programme's: its host's name or a broadcast's hour before "Show" —
    "an original advertising print from the Benny Hill Show", "Carson, who hosted the Tonight Show for 30 years" (both
    read as events, as "Show" ends a trade fair's name). Not a fair, named after its place or its trade ("the Geneva
    Motor Show", "the Consumer Electronics Show"): the words before "Show" are one to three capitalised words, the
    first a first name and no place, or a single word of the hour."""
    before = [w for w in words[:-1] if w.lower_ != "the"]
    if not before or len(before) > 3 or not all(w.is_alpha and w.text[:1].isupper() for w in before):
        return False
    if len(before) == 1 and before[0].lower_ in PROGRAMME_TIMES:
        return True
    return is_first_name(before[0].text) and not is_place(before[0].text) and not shipped().lookup(before[0].text)


def _the_or_an_owner_before(ent) -> bool:
    """The name opens with "the", or "the" or an owner's possessive stands before it, lower-case adjectives between:
    "The Freedom of Information Act", "the federal Can-Spam Act", "the government's Gambling Bill" — a law's name is
    written so; a film's or a show's alone ("in Sister Act", "a fan of Kill Bill")."""
    if ent[0].lower_ == "the":
        return True
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i -= 1
    return i >= 0 and (doc[i].lower_ == "the" or doc[i].tag_ == "POS")


def _listed_as_a_game(ent) -> bool:
    """"versions of titles, such as Colin McRae Rally": a game named after an event is listed as a game."""
    noun = _list_noun(ent)
    return noun is not None and noun.lower_ in GAME_PLURALS


def _starts_with_first_name(words) -> bool:
    return is_first_name(words[0].text)


# Singular nouns of a man or a woman, no body's: "Rinat Akhmetov, the country's richest man", "Viktor Pinchuk,
# son-in-law of former-President Kuchma".
KIN_NOUNS = frozenset("""
man woman father mother son daughter wife husband brother sister widow widower nephew niece uncle aunt cousin
grandson granddaughter grandfather grandmother billionaire millionaire tycoon
""".split())


def person_by_apposition(ent, title_heads: frozenset) -> str | None:
    """A name in apposition with an office, a noun of a man or a woman (:data:`KIN_NOUNS`) or of standing
    (:data:`STANDING_NOUNS`) is a person: "Palaniappan Chidambaram, India's finance minister", "a consortium that
    included Viktor Pinchuk, son-in-law of former-President Kuchma, and Rinat Akhmetov, the country's richest man" (both
    read ORG), "Sweden's Carolina Kluft, the Olympic heptathlon champion" (read ORG).

    Only a singular noun: "Chelsea, the Premiership leaders" stays a club; and never a place or a name of the shipped
    lexicon, nor a people or a creed, after a noun of kin ("born Kerri Kenney in Westport, Connecticut, the daughter of
    Sharon", "Joseph's daughter Teresa (Taylor), a devout Catholic").
    """
    if ent.label_ == "PERSON":
        return None
    root = span_root(ent)
    offices = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos" and not (root.head.i < ent.start and _press_title(ent)):
        offices.append(root.head)
    if any(t.tag_ == "NN" and t.lower_ in title_heads for t in offices):
        return "PERSON"
    if ent.label_ == "NORP" or is_place(span_text(ent)) or shipped().lookup(span_text(ent)):
        return None  # "born Kerri Kenney in Westport, Connecticut, the daughter of Sharon": the parse hangs her on the
        # place; "Joseph's daughter Teresa (Taylor), a devout Catholic": a creed describes her
    return "PERSON" if any(t.tag_ == "NN" and (t.lower_ in KIN_NOUNS or t.lower_ in STANDING_NOUNS) for t in offices) else None


def _press_title(ent) -> bool:
    """A name of two words or more ending in a paper's, a magazine's or a weblog's word, set off after an office of
    a phrase: the phrase's noun is what it names — "He is also writer of the longest-running weblog on the net,
    *Scripting News*" (the parse hangs the name on "writer")."""
    words = _words(ent)
    return len(words) >= 2 and words[-1].text[:1].isupper() and words[-1].lower_ in PRESS_TITLE_ENDS


def law_without_law_word(ent) -> str | None:
    """A span the model labelled LAW with no word of a law in it: a product, most often.

    "the Next Generation Secure Computing Base" (PRODUCT); a LAW needs its Act,
    Bill, Treaty … ("the Human Rights Act" stays LAW). Not a name cut from a list read LAW: "its unwillingness to
    sign the Kyoto Protocol, Downing Street has indicated" (Downing Street is no product), nor a place's name
    ("his club side, Gloucester, beat Bath 17-16": a town, or its club, the other rules and the votes say which).
    """
    if ent.label_ != "LAW" or any(t.lower_ in LAW_HEADS for t in ent) or cut_from_a_list(ent) or is_place(ent.text):
        return None
    return "PRODUCT"


def cut_from_a_list(ent) -> bool:
    """The span is one name cut from a list the model read as one entity ("the Kyoto Protocol, Downing Street"):
    the model's label was given to the whole list, not to this name."""
    doc = ent.doc
    whole = next((e for e in doc.ents if e.start <= ent.start < e.end), None)
    return whole is not None and any(t.text in {",", "(", ";"} and not ent.start <= t.i < ent.end for t in whole)


def award_after(ent) -> str | None:
    """A name followed by "award(s)", "prize", "nomination(s)": the award (WORK_OF_ART).

    "the Golden and Silver Bear awards", "two Grammy nominations". Not an
    organisation that gives one: "the BBC award" names a broadcaster, and the
    gazetteer's organisations are left to it by :func:`evidence_label`'s caller; nor a name ended by a body's
    own word ("the European Sports Journalists Association awards", :data:`BODY_ONLY_HEADS`).
    """
    doc = ent.doc
    if ent.end >= len(doc) or ent.label_ in {"PERSON", "GPE", "NORP", "LOC"} or ent[-1].lower_ in BODY_ONLY_HEADS:
        return None
    after = doc[ent.end]
    return "WORK_OF_ART" if after.lower_ in AWARD_AFTER and after.is_lower else None


def _is_an_award(t) -> bool:
    """The token names an award: a lower-case award noun ("the £10,000 prize", "Oscar nominations") or the last
    word of an award the gazetteer lists ("an Oscar", "the Golden Globe")."""
    if t.is_lower:
        return t.lower_ in AWARD_AFTER
    hit = _lexicon_entry_of_name(t)
    return hit is not None and hit[1] == "WORK_OF_ART"


def _lexicon_entry_of_name(t):
    """The shipped lexicon's entry for the name a token ends, its compounds before it and numbers after it read
    with it ("Half - Life 2", "the Golden Globe"), else ``None``."""
    doc = t.doc
    start, end = t.i, t.i + 1  # the words of its name about it: "Half - Life 2"
    while start > 0 and doc[start - 1].head.i == t.i and doc[start - 1].dep_ in {"compound", "punct"} \
            and not doc[start - 1].is_space and doc[start - 1].text not in {",", "(", ")"}:
        start -= 1
    while end < len(doc) and doc[end].head.i == t.i and doc[end].dep_ in {"nummod", "compound", "flat"}:
        end += 1
    hit = shipped_lookup(doc[start:end].text)
    return hit


CATEGORY_OPENERS = frozenset("best most outstanding".split())


_AWARD_WORDS = AWARD_AFTER | AWARD_HEADS


def _names_an_award(words) -> bool:
    """The words name an award or its ceremony: "the Brit Awards", "the Mercury Music Prize", "Oscars",
    "a Golden Globe", or any name the gazetteer knows."""
    text = " ".join(t.text for t in words)
    return words[-1].lower_ in _AWARD_WORDS or shipped_lookup(text) is not None \
        or text.endswith("s") and shipped_lookup(text[:-1]) is not None


def work_of_an_award(ent) -> str | None:
    """A name an award or a nomination is "for" is the work it honours (WORK_OF_ART): "Miyazaki won an Oscar
    earlier this year for Spirited Away" (read GPE), "Leigh had previously received three Oscar nominations for
    Secrets and Lies and Topsy Turvy" (ORG), "Michael Gambon, nominated for Endgame".

    Not a person the award is for ("the best actor prize for Mike Leigh", "a nomination for Staunton": a first
    name, or one word the model read as a person), a category ("nominations for Best Solo Female", "award for
    Online Vendor of the year"), a place, a name the gazetteer knows ("nominated for Oscars") nor the owner of
    what is honoured ("award for United's first goal": the name is no object of "for").
    """
    if ent.label_ in {"WORK_OF_ART", "EVENT", "LAW", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL"}:
        return None
    tokens = doc_tokens(ent.doc)
    words = [t for t in tokens[ent.start:ent.end] if t.lower_ not in {"the", "a", "an"}]
    if not words or words[0].lower_ in CATEGORY_OPENERS or ent.start > 0 and tokens[ent.start - 1].lower_ in CATEGORY_OPENERS \
            or ent.end < len(tokens) and tokens[ent.end].lower_ == "of" or is_place(span_text(ent)) or _names_an_award(words):
        return None
    top = span_root(ent)
    while top.dep_ == "conj" and top.head.i != top.i:  # "for Secrets and Lies and Topsy Turvy"
        top = top.head
    if top.dep_ != "pobj" or top.head.lower_ != "for":
        return None  # not "a prize for its director, Abdellatif Kechiche" (an apposition)
    head = top.head.head
    if head.lemma_ == "nominate":  # one is nominated for a work, never for a person
        return None if ent.label_ == "PERSON" and len(ent) > 1 else "WORK_OF_ART"
    if ent.label_ == "PERSON":
        return None  # "a nomination for Staunton", "the prize for Mike Leigh"
    if head.pos_ == "VERB":  # "won an Oscar earlier this year for Spirited Away"
        won = next((c for c in head.children if c.dep_ == "dobj"), None)
        # "won best male and best album for Confessions": the prize's last conjunct is the one "for" belongs to
        # ("best film and best actor for Jamie Foxx" is no work's)
        last = max([won, *won.conjuncts], key=lambda c: c.i) if won is not None else None
        return "WORK_OF_ART" if last is not None and _is_a_work_category(last) or won is not None \
            and won.pos_ in {"NOUN", "PROPN"} and _is_an_award(won) else None
    if _is_a_work_category(head):
        return "WORK_OF_ART"
    return "WORK_OF_ART" if head.pos_ in {"NOUN", "PROPN"} and _is_an_award(head) else None


# Verbs that give a name a prize's category after them: "was named best musical", "was voted best comedy film".
NAMING_VERBS = frozenset("name vote crown".split())


def work_named_best(ent) -> str | None:
    """A name "named" or "voted" best film, musical, album … is that work (WORK_OF_ART): "*The Producers* was named
    best musical, Victoria Hamilton was best actress for Suddenly Last Summer" (read ORG), "Quirky comedy *Sideways*
    was named the best film of 2004" (read GPE).

    Not a performer named best in a performer's category ("Kelly was named best musical actress", "UK rock band
    *Muse* were named best alternative act"): the category's own noun decides."""
    if ent.label_ in {"WORK_OF_ART", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"}:
        return None
    root = span_root(ent)
    if root.dep_ != "nsubjpass" or root.head.lemma_ not in NAMING_VERBS:
        return None
    if any(t.i < ent.start and t.pos_ == "PROPN" and t.text[:1].isupper() for t in root.subtree):
        return None  # a name the model cut from its title: "Little *Britain* was named best comedy"
    category = next((c for c in root.head.children if c.dep_ in {"oprd", "attr", "xcomp"}), None)
    if category is None or category.lower_ not in WORK_CATEGORIES or not any(
            c.lower_ == "best" and c.dep_ in {"amod", "advmod"} for c in category.children):
        return None
    return "WORK_OF_ART"


# Nouns of a prize's category that name a work, not a performer: "best album", "best rock video", "best film".
WORK_CATEGORIES = frozenset("""
album single song track video record recording soundtrack film movie documentary show programme drama comedy
game novel book play musical collaboration
""".split())


def _is_a_work_category(t) -> bool:
    """The token is a prize's category for a work: a noun of a work after "best" ("for best contemporary R&B album
    for Confessions", "the prize for best rock video for American Idiot"). Not a performer's category ("best
    male", "best actress", "best group": its "for" may name the performer)."""
    return t.lower_ in WORK_CATEGORIES and t.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in CATEGORY_OPENERS for c in t.children)


def _top(t):
    """The phrase a token heads as a whole: up from a conjunct or an apposition."""
    while t.dep_ in {"conj", "appos"} and t.head.i != t.i:
        t = t.head
    return t


def work_by_syntax(ent) -> str | None:
    """A work named where the sentence wants a work (WORK_OF_ART).

    - in a list after "films such as", "films including", "shows like": "future
      successes such as Reservoir Dogs, The Blair Witch Project" (a success of the
      Sundance festival: the sentence's noun before the list is what counts);
    - the object of "include" whose subject is a work noun: "Other films … include Hustle & Flow";
    - after "for" on an award category: "won best short film for Wasp";
    - after "in" on "star", "appear", "role", "performance": "starred in Hotel Rwanda", "roles in Closer and
      Hotel Rwanda", "appears in coming-of-age tale Thumbsucker", "her performance in Vera Drake";
    - in apposition to a work noun: "his film, Hide and Seek", "Wasp, a short film";
    - after a person's possessive in a sentence about screen or books: "Martin Scorsese's The Aviator".

    A place is never a work ("appeared in London": a GeoNames place, read GPE, stays); a name read as a
    place that GeoNames does not know is one after "role in" ("his lead role in Deadwood").
    """
    if ent.label_ in {"NORP", "EVENT", "DATE"}:
        return None
    if ent.end < len(ent.doc) and ent.doc[ent.end].is_lower and ent.doc[ent.end].lemma_.lower() in WORK_NOUNS:
        return None  # "to star in Broadway play": the name only modifies the work
    root = span_root(ent)
    top = _top(root)
    head = top.head
    if ent.label_ in {"GPE", "LOC"}:  # a place GeoNames knows is no work; "his lead role in Deadwood" is
        in_a_work = top.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in IN_A_WORK
        return "WORK_OF_ART" if in_a_work and not is_place(ent.text) else _possessed_work(ent)
    if top.dep_ == "pobj":
        trigger = head.lower_
        if trigger in {"including", "like", "as"}:
            noun = head.head
            if trigger == "as" and noun.lower_ == "such":
                noun = noun.head
            if noun.lemma_.lower() in WORK_NOUNS or noun.lower_ in WORK_PLURALS or _list_after_work_noun(ent):
                return "WORK_OF_ART"
        if trigger == "in" and (head.head.lemma_.lower() in IN_A_WORK
                                or head.head.lemma_.lower() == "play" and any(c.dep_ == "dobj" for c in head.head.children)):
            return "WORK_OF_ART"
    if top.dep_ == "dobj" and head.lemma_ == "include" and any(
            c.dep_ in {"nsubj", "nsubjpass"} and (c.lemma_.lower() in WORK_NOUNS or c.lower_ in WORK_PLURALS)
            for c in head.children):
        return "WORK_OF_ART"
    if root.dep_ == "appos" and root.head.lemma_.lower() in WORK_NOUNS - {"show"} and root.head.pos_ == "NOUN":
        return "WORK_OF_ART"  # not "CTIA, a wireless show" (a trade show)
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in WORK_NOUNS - {"show"} for c in root.children):
        return "WORK_OF_ART"
    return _possessed_work(ent)


# Work nouns that name a work as the subject of "be" ("Their first hit was Virginia Plain"); not "track" (a running
# track's: "the star performance on the track was Sarah Claxton's win"), "show" (a trade show's), "single" ("the biggest
# single project was …"), "play".
COPULA_WORK_NOUNS = WORK_NOUNS - {"track", "show", "single", "play"}


def work_named_by_a_copula(ent) -> str | None:
    """A name that "is" or "was" a work noun's subject — the noun's value — is that work (WORK_OF_ART): "Their first hit
    was 1972's Virginia Plain, with other hits including Street Life" (read FAC), "Best British film was My Summer of
    Love, the story of two young women" (read EVENT), "The next cult TV show to be turned into a live action movie is Joe
    90" (read PRODUCT).

    Only a name the model read as a body, a place, a product or an event, not a person (the subject's "star" or "track"
    names people: "the real star of the show is Kelvin MacKenzie") nor a place GeoNames or the gazetteer knows."""
    if ent.label_ not in {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "NORP"}:
        return None
    root = span_root(ent)
    verb = root.head
    if root.dep_ != "attr" or verb.lemma_ != "be" or is_place(ent.text) or shipped().lookup(ent.text):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in COPULA_WORK_NOUNS:
        return None
    return "WORK_OF_ART"


def work_before_its_noun(ent) -> str | None:
    """"the Evil Dead movies", "the Harry Potter books": a name between "the" and a plural work noun is a work.

    A singular noun only for a name the model did not read as an organisation:
    "the Disney film" names a studio.
    """
    doc = ent.doc
    if ent.end >= len(doc) or ent.label_ in {"GPE", "NORP", "LOC"}:
        return None
    the = ent[0].lower_ == "the" or ent.start > 0 and doc[ent.start - 1].lower_ == "the"
    after = doc[ent.end]
    if not the or not after.is_lower:
        return None
    if after.lower_ in WORK_PLURALS or after.lower_ in WORK_NOUNS and ent.label_ not in {"ORG", "PERSON"}:
        return "WORK_OF_ART"
    return None


def _list_after_work_noun(ent) -> bool:
    """The name sits in a list that follows a plural work noun in its sentence ("films, including Heathers, …");
    not a list of people after it ("songs for artists such as Jay-Z and Alicia Keys")."""
    sent = sentence_of(ent)
    for t in reversed(list(ent.doc[sent.start:ent.start])):
        if t.pos_ in {"VERB", "AUX"} and t.lower_ not in {"including"} or t.lower_ in PEOPLE_PLURALS:
            return False
        if t.lower_ in WORK_PLURALS:
            return True
    return False


# Words of a sentence about the record charts: "Green Day's Boulevard of Broken Dreams is currently number two in
# Billboard's pop chart".
CHART_WORDS = frozenset("chart charts".split())


def _possessed_work(ent) -> str | None:
    """"Martin Scorsese's The Aviator", "Clint Eastwood's Million Dollar Baby" in a sentence about films, "Jules
    Massenet's Manon" (read GPE) in one about the stage ("during rehearsals for …"). Not a place ("Blair's Sedgefield").

    In a sentence about the record charts (:data:`CHART_WORDS`) the owner may be a band, whatever the model read it
    as: "Green Day's Boulevard of Broken Dreams is currently number two in Billboard's pop chart" (read ORG; "Green
    Day's" read as a date) — a song; but not a band's singer ("Green Day's Billie Joe Armstrong": a person's name), nor
    a chart's own name before its noun ("Billboard's Hot Digital Sales chart")."""
    doc = ent.doc
    i = ent.start
    if i < 2 or doc[i - 1].tag_ != "POS" or ent.label_ == "PERSON" and len(ent) > 1:
        return None
    if ent.label_ not in {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "PERSON", "GPE", "LOC", ""} \
            or ent.label_ in {"GPE", "LOC"} and is_place(ent.text):
        return None
    words = {t.lower_ for t in span_tokens(sentence_of(ent))}
    owner = doc[i - 2]
    if owner.ent_type_ == "PERSON":
        return "WORK_OF_ART" if words & (SCREEN_WORDS | STAGE_WORDS) else None
    if span_root(ent).dep_ == "compound":
        return None  # "Billboard's Hot Digital Sales chart": the chart's own name, modifying its noun
    band = owner.pos_ == "PROPN" and owner.ent_type_ not in {"GPE", "LOC", "NORP"} and not is_place(owner.text)
    chart = any(t.lower_ in CHART_WORDS and t.pos_ == "NOUN" for t in span_tokens(sentence_of(ent)))
    return "WORK_OF_ART" if band and chart and len([t for t in ent if t.is_alpha]) > 1 \
        and not is_first_name(ent[0].text) else None


# Words of a broadcaster's name: "the BBC's", "BBC One's", "BBC Radio 4's", "ITV1's", "Channel 4's", "GMTV's".
BROADCASTER_WORDS = frozenset("bbc itv channel radio tv television".split())


def _is_broadcaster(t) -> bool:
    low = t.lower_
    return low in BROADCASTER_WORDS or low.startswith(("bbc", "itv")) or t.is_upper and low.endswith("tv")


def _possessor_words(ent) -> list:
    """The capitalised words (and numbers: "Radio 4") of the name whose possessive stands right before ``ent``."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].tag_ != "POS":
        return []
    i, out = ent.start - 2, []
    while i >= sentence_of(ent).start and (doc[i].text[:1].isupper() or doc[i].like_num):
        out.append(doc[i])
        i -= 1
    return out


def programme_of_a_broadcaster(ent) -> str | None:
    """A name a broadcaster's possessive owns is one of its programmes (WORK_OF_ART): "Anais Faraj, an analyst at
    Nomura told the BBC's World Business Report", "Mr Blair told BBC Radio 4's Westminster Hour", "BBC One's
    Breakfast with Frost", "appearing on ITV's Celebrity Fit Club", "BBC2's Newsnight".

    Not its people ("the BBC's Paul Reynolds", "the BBC's Zubair Ahmed in Mumbai"), a place ("the BBC's Washington
    correspondent"), a body's name ("ITV's London Studios"), an event it covers ("the BBC's Olympics coverage"),
    nor a name before another noun than a programme's ("the BBC's World Affairs correspondent").
    """
    if ent.label_ in {"WORK_OF_ART", "EVENT", "LAW", "NORP", "DATE", "TIME"} or is_place(span_text(ent)):
        return None
    owner = _possessor_words(ent)
    if not owner or not any(_is_broadcaster(t) for t in owner):
        return None
    words = _words(ent)
    if not words or _starts_with_first_name(words) or words[-1].lower_ in ORG_HEADS or words[-1].lower_ in ORG_WORDS:
        return None
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.is_lower and after.pos_ == "NOUN" and after.lemma_.lower() not in WORK_NOUNS:
        return None
    if _broadcasters_person(ent, after):
        return None
    return "WORK_OF_ART"


def _broadcasters_person(ent, after) -> bool:
    """The broadcaster's name is one of its people: the model read it as a person's and it reports or stands where
    it reports from ("The BBC's Orla Guerin reports from Jerusalem", "Channel 4's Krishnan Guru-Murthy asked the
    minister", "the BBC's Zubair Ahmed in Mumbai"), or it says something ("The BBC's Humphrys said the licence fee
    was at risk") — a programme is not a speaker. A person-read name that is spoken to or listed stays a programme:
    "Speaking to the BBC's Westminster Hour on Sunday", "Channel 4's Supernanny and ITV1's Hell's Kitchen"."""
    root = span_root(ent)
    subject = root.dep_ in {"nsubj", "nsubjpass"}
    if ent.label_ == "PERSON" and (subject or after is not None and after.lower_ in {"in", "at", ","}):
        return True
    return subject and root.head.lemma_.lower() in SAYING


def work_with_a_subtitle(ent) -> str | None:
    """A name with a subtitle after a colon is a title (WORK_OF_ART): "The audio award was won by Call of Duty:
    Finest Hour", "Need for Speed: Underground 2", "Bridget Jones: The Edge of Reason". The colon must stand
    between capitalised words inside the name; a law or an event keeps its type."""
    if ent.label_ in {"WORK_OF_ART", "LAW", "EVENT"} or len(ent) < 3:
        return None
    inside = [t for t in ent[1:-1] if t.text == ":"]
    ok = any(ent.doc[t.i - 1].text[:1].isupper() or ent.doc[t.i - 1].like_num for t in inside) \
        and any(ent.doc[t.i + 1].text[:1].isupper() for t in inside)
    return "WORK_OF_ART" if ok else None


# Singular nouns of an event ("exhibition", "festival", "tournament", "conference" …: kindcues.KIND_OF_NOUN's).
EVENT_NOUNS = frozenset(noun for noun, label in KIND_OF_NOUN.items() if label == "EVENT")


def noun_after(ent, most: int, kinds) -> int:
    """The index of the word a name modifies: past at most ``most`` lower-case nouns and adjectives after
    ``ent`` that are not in ``kinds`` ("the Sydney International tennis *tournament*", "the Soccerex football
    business *forum*"); the caller asks what that word is.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("He withdrew from the Sydney International tennis tournament.")
    >>> name = doc[4:6]  # "Sydney International"
    >>> doc[noun_after(name, 2, {"tournament"})].text, doc[noun_after(name, 0, {"tournament"})].text
    ('tournament', 'tennis')
    """
    doc, i = ent.doc, ent.end
    while i < len(doc) and i - ent.end < most and doc[i].is_lower and doc[i].pos_ in {"NOUN", "ADJ"} \
            and doc[i].lower_ not in kinds:
        i += 1
    return i


def event_before_its_noun(ent) -> str | None:
    """A name before a noun of an event is that event (EVENT): "just weeks before the MacWorld conference in San
    Francisco", "withdrew from the Sydney International tennis tournament", "the Sundance festival was founded".

    Not the place it is held in or the body that holds it, which keep their types: "the London conference", "the
    Berlin film festival" (places GeoNames knows), "the G8 summit", "the Labour conference" (bodies the shipped
    lexicon knows), "the European Council summit" (a body's word ends the name); nor a nation or a person
    ("the Dutch festival", "an annual Shakespeare festival"); nor a body before a meeting it calls, which
    names no event: "a Sony press conference", "a Microsoft news conference".

    Nor a name the same article makes a doer elsewhere (:func:`_acts_elsewhere`): a company or a union holds
    conferences too — "Apple sold four million iPods … spoke at the Apple conference", "Nurses' union Unison
    said pay was too low. Delegates at the Unison conference voted …" keep their ORG.
    """
    if ent.label_ not in {"ORG", "LOC", "FAC", "PRODUCT"} or is_place(ent.text) or shipped_lookup(ent.text):
        return None
    words = _words(ent)
    if not words or words[-1].lower_ in ORG_HEADS or words[-1].lower_ in LEAGUE_HEADS:
        return None
    doc = ent.doc
    i = noun_after(ent, 2, EVENT_NOUNS)  # "the Sydney International tennis tournament"
    if i > ent.end and doc[i - 1].lower_ in CALLED_MEETING_WORDS:
        return None
    if not (i < len(doc) and doc[i].lower_ in EVENT_NOUNS and doc[i].tag_ == "NN"):
        return None
    return None if _acts_elsewhere(ent) else "EVENT"


def _acts_elsewhere(ent) -> bool:
    """The same name is the subject of a verb elsewhere in the article, as a body is and an event seldom:
    "Apple sold four million iPods", "Nurses' union Unison said pay was too low"."""
    for other in ent.doc.ents:
        if other.start != ent.start and other.text == ent.text and other[-1].dep_ in {"nsubj", "nsubjpass"} \
                and other[-1].head.pos_ in {"VERB", "AUX"}:
            return True
    return False


# Words making a meeting a body calls, not an event with a name: "a Sony press conference", "a Microsoft news conference".
CALLED_MEETING_WORDS = frozenset({"press", "news"})


_WEB_ADDRESS = re.compile(r"^[A-Za-z0-9][\w-]*(\.[\w-]+)*\.(com|net|org|co\.uk|org\.uk|tv|info)$", re.IGNORECASE)


def site_by_its_address(ent) -> str | None:
    """A name written as a web address is the site, a body (ORG): "can sign up via the Four-Kings, Jolt.co.uk and
    Painkiller tournament websites" (read as a place), "Amazon.com". Not a name of several words ("Whatsonstage.com
    Theatregoers' Choice Awards")."""
    words = [t for t in ent if not t.is_punct or t.text == "."]
    text = "".join(t.text for t in words)
    return "ORG" if ent.label_ != "ORG" and len(ent.text.split()) == 1 and _WEB_ADDRESS.match(text) else None


# Words of an article about films, books or records, where a name with a year in brackets after it is a work's.
WORK_YEAR_WORDS = frozenset("""
film films movie movies novel novels novelist book books album albums actor actors actress actresses oscar oscars
starring starred cinema hollywood
""".split())
_YEAR = re.compile(r"^(18|19|20)\d\d$")


def work_before_its_year(ent) -> str | None:
    """A name with a year in brackets right after it, in an article about films, books or records, is a work
    (WORK_OF_ART), the year its release: "Actors that failed to win for their iconic roles included … Humphrey Bogart
    in *Casablanca* (1944)" (read GPE), "Wheels (1971), *The Moneychangers* (1975) and Overload (1979) followed"
    (read PERSON), "with films In The Name Of The Father (1994), The Crucible (1997), *The Boxer* (1998)".

    Not a person named in full (a life's dates are two years: "(1920-2004)"), and only where the article has a word
    of films, books or records: a club or a city with a year is a winner's or a host's ("Athens (2004)")."""
    doc = ent.doc
    i = ent.end
    if ent.label_ in {"WORK_OF_ART", "EVENT", "LAW", "NORP", "DATE", "CARDINAL"} or i + 2 >= len(doc) \
            or doc[i].text != "(" or not _YEAR.match(doc[i + 1].text) or doc[i + 2].text != ")":
        return None
    if ent.label_ == "PERSON" and len(ent) > 1 and _starts_with_first_name(list(ent)):
        return None
    return "WORK_OF_ART" if any(t.lower_ in WORK_YEAR_WORDS for t in doc_tokens(doc)) else None


def evidence_label(ent) -> str | None:
    """The type the name's words or its sentence give it, or None (the model's label then stands)."""
    return (site_by_its_address(ent) or work_before_its_year(ent) or programme_of_a_broadcaster(ent) or work_with_a_subtitle(ent) or work_by_syntax(ent)
            or work_of_an_award(ent) or work_named_best(ent) or title_with_a_clause(ent)
            or work_before_its_noun(ent) or work_named_by_a_copula(ent) or game_after_its_noun(ent) or body_before_its_people(ent) or mountain_by_its_first_word(ent) or head_word_label(ent) or event_before_its_noun(ent) or kind_of_a_known_partner(ent)
            or law_without_law_word(ent)
            or place_before_based(ent) or town_before_its_region(ent) or initialled_person(ent) or no_person_shape(ent) or body_in_a_list(ent)
            or body_of_a_job(ent) or firm_after_its_trade(ent) or firm_of_a_country(ent) or thing_before_which(ent) or body_named_the(ent) or product_of_its_maker(ent) or model_of_a_maker(ent) or edition_of_a_product(ent) or work_or_product_after(ent) or work_after_a_comma(ent)
            or work_listed_after_its_noun(ent) or kind_label(ent) or work_titled_the(ent) or body_listed_after_its_noun(ent)
            or person_listed_after_people(ent)
            or person_among_people(ent) or law_after_the(ent) or body_after_the(ent) or work_of_a_nominee(ent) or work_of_a_performer_category(ent)
            or opponent_of_a_player(ent) or person_by_what_it_says(ent) or person_by_age(ent)
            or person_after_a_job_word(ent) or thing_read_as_a_people(ent) or person_after_a_person_noun(ent)
            or town_read_as_a_person(ent) or town_read_as_a_body(ent) or first_name_among_people(ent)
            or body_of_its_founder(ent) or feature_by_its_first_word(ent) or event_of_its_day(ent)
            or surname_among_people(ent) or place_before_its_division(ent))


# Last words of bodies and places that are no title's, besides the heads above: "The American Red Cross", "The British
# Museum", "The Salvation Army", "The Body Shop", "The Adam Smith Lecture", and of papers: "The Wall Street Journal".
_BODY_LAST_WORDS = frozenset("""
cross museum gallery library army navy police service services office bureau board court church exchange channel
orchestra choir brigade force forces guard mission lecture lectures shop warehouse market centre center
journal times post news herald telegraph guardian mail express mirror record observer independent economist
chronicle gazette tribune standard sun daily weekly inquirer courier dispatch
""".split())
# Opening marks after which a capital "The" may be a sentence's own: a quotation, a bracket, a dash, a colon.
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", "-", "–", "—", ":", ";"})


def work_titled_the(ent) -> str | None:
    """A name written with a capital "The" inside its sentence, two or more words after it, is a title (WORK_OF_ART):
    "said he would back a new musical, The Phantom of the Opera", "alongside The Blair Witch Project",
    "she was writing The Great American Songbook". Mid-sentence English writes a body's "the" in lower case ("the
    Electoral Commission"); a capital one is part of a title — a film's, a book's, a show's, an album's.

    Not a name that ends as a body, a building, an event, a law or an award does ("The Walt Disney Company", "The
    Yankee Group", "The American Red Cross", "The Palace Theatre", "The Adam Smith Lecture"), nor a plural last word, as bands are named ("The
    White Stripes", "The Foo Fighters"), nor a place or a name the gazetteer knows (its papers: "The Sunday
    Telegraph", "The Mail on Sunday"), nor a capital "The" opening the sentence, a quotation or a bracket.
    """
    if ent.label_ not in {"ORG", "PERSON", "NORP", "PRODUCT"}:
        return None
    doc = ent.doc
    the = ent[0] if ent[0].text == "The" else doc[ent.start - 1] if ent.start > 0 and doc[ent.start - 1].text == "The" else None
    if the is None or the.i == sentence_of(the).start or the.i > 0 and doc[the.i - 1].text in _OPENERS:
        return None
    words = [t for t in doc[the.i + 1:ent.end] if t.is_alpha or t.text[:1].isalnum()]
    if len(words) < 2 or not words[-1].text[:1].isupper() or any(t.text == "The" for t in words):
        return None  # "known as The Feedback and The Hype": two names (a band's) the model read as one
    last = words[-1].lower_
    heads = ORG_WORDS | ORG_HEADS | LEAGUE_HEADS | BODY_ONLY_HEADS | LAW_HEADS | EVENT_HEADS | AWARD_HEADS | VENUE_HEADS \
        | THEATRE_HEADS
    if last in heads or last in FIRM_ENDS or last in BODY_NOUNS or last in _BODY_LAST_WORDS \
            or words[-1].tag_ in {"NNS", "NNPS"} and len(words[-1]) > 3 and last.endswith("s") \
            and not _an_authors(the):
        return None
    name = doc[the.i:ent.end].text
    if shipped().lookup(name) or shipped().lookup(doc[the.i + 1:ent.end].text) or is_place(doc[the.i + 1:ent.end].text):
        return None
    return "WORK_OF_ART"


def _an_authors(the) -> bool:
    """A person's name in the possessive is written right before the title's "The": "This year's winner, Alice
    Sebold's The Lovely Bones, sold over one million" — a work of hers, even with a plural last word (a band's
    name is nobody's possession)."""
    doc = the.doc
    if the.i < 2 or doc[the.i - 1].lower_ not in {"'s", "'", "’s", "’"}:
        return False
    owner = doc[the.i - 2]
    return owner.ent_type_ == "PERSON" and doc[owner.i - 1].ent_type_ == "PERSON" if owner.i > 0 else False


def _after_the(ent) -> bool:
    """A lower-case "the" is written right before the name ("the Tate"), or "The" opens its sentence before a
    one-word name ("The Herald reported"). A capital "The" inside a sentence, or before a longer name at its
    start, may be a word of a title: "the author of The Da Vinci Code", "The Da Vinci Code is set in Paris"."""
    doc = ent.doc
    the = ent[0] if ent[0].lower_ == "the" and len(ent) > 1 else doc[ent.start - 1] if ent.start > 0 else None
    if the is None or the.lower_ != "the":
        return False
    return the.text == "the" or the.i == sentence_of(the).start and sum(t.is_alpha for t in ent if t.i != the.i) == 1


def _heads_its_phrase(ent) -> bool:
    """The name is its noun phrase, not a word before another noun: "the Herald reported", "the Herald's editor";
    not "the Blair government", "the Jackson trial" (a person's name modifying a noun)."""
    return span_root(ent).dep_ not in {"compound", "amod", "nmod", "npadvmod"}


def body_after_the(ent) -> str | None:
    """A name read PERSON by the model, written after "the" as a noun phrase of its own, is a body (ORG):
    "The Herald reported", "the Tate managed to raise £12.5m", "a consultant to the Tote", "an address to
    the Majlis". English writes no "the" before a person's name.

    Not a nation's person ("the Briton", "the Scot"), a title ("the Queen", "the Pope"), a comparison ("the
    Eminem of Argentina"), a family ("the Scholls", a plural of a surname), nor a name modifying a noun ("the
    Blair government").
    """
    if ent.label_ != "PERSON" or not _after_the(ent) or not _heads_its_phrase(ent):
        return None
    words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
    if not words or any(t.lower_ in DEMONYM_NOUNS or t.lower_ in TITLE_HEADS or t.lower_ in HONORIFICS
                        for t in words):
        return None
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ == "of":
        return None  # "the Eminem of Argentina"
    if len(words) >= 2 and is_first_name(words[0].text):
        return None  # a person's full name after "the" of a quoted nickname or a list
    last = words[-1].text
    if len(words) == 1 and words[0].lower_ in LAW_HEADS:
        return None  # "The Bill" outside a parliament's sentence: a bill or the ITV drama, left to law_after_the
    if last.lower() in EPITHET_HEADS or last.lower().endswith("bomber"):
        return None  # "the Yorkshire Ripper", "the Unabomber": a person's epithet
    if len(words) == 1 and _is_family_plural(last, doc):
        return None  # "the Scholls" beside "Jerry Scholl", "the Kennedys": a family
    return "ORG"


# Agent nouns of a person's epithet after "the": "the Yorkshire Ripper", "the Boston Strangler" (and any "-bomber":
# "the Unabomber"); whole words only, so "the Painkiller game" stays out.
EPITHET_HEADS = frozenset("ripper bomber strangler killer slayer butcher sniper stalker poisoner".split())


def _is_family_plural(word_text: str, doc) -> bool:
    """A surname in the plural, a family: "the Scholls" beside "Jerry Scholl" in the Doc, or a name in "-ys" after
    a consonant ("the Kennedys"), which English writes only for names (a common noun in "-y" makes "-ies")."""
    if not word_text.endswith("s"):
        return False
    stem = word_text[:-1]
    if any(e.label_ == "PERSON" and e[-1].text == stem for e in doc.ents):
        return True
    return len(stem) > 3 and stem.endswith("y") and stem[-2].lower() not in "aeiou"


# Words of a parliament's work that make "the Bill" a law: "peers voted 219 in favour of the Bill".
LEGISLATIVE_WORDS = frozenset("""
peer peers mp mps commons lords parliament parliamentary vote votes voted reading clause clauses amendment
amendments minister ministers government legislation law laws act home secretary opposition bill
""".split())


def law_after_the(ent) -> str | None:
    """"the Bill" (or "the Act") alone, read PERSON by the model: the bill the article is about (LAW):
    "peers voted 219 in favour of the Bill", "The Bill now faces opposition from peers". Not "Bill Clinton", nor
    "the Bill" in a sentence with no word of a parliament's work (the ITV drama)."""
    words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
    if ent.label_ == "PERSON" and _after_the(ent) and len(words) == 1 and words[0].lower_ in LAW_HEADS \
            and _heads_its_phrase(ent) and _in_legislative_sentence(ent):
        return "LAW"
    return None


def _in_legislative_sentence(ent) -> bool:
    """The sentence speaks of a parliament's work ("peers", "MPs", "vote", "amendment"), so "the Bill" is a bill,
    not the ITV police drama ("The Bill has been axed by ITV after 26 years")."""
    sent = sentence_of(ent[0])
    return any(t.lower_ in LEGISLATIVE_WORDS for t in span_tokens(sent) if not ent.start <= t.i < ent.end)


# Words after a letter that make a title, not an initialled name: "Q Magazine", "K Street".
NOT_SURNAMES = frozenset("magazine radio street road avenue plan day team force factor list file files".split())


def initialled_person(ent) -> str | None:
    """An initial and a surname is a person: "D Hickie", "S. Young", "N Buckfield" (PERSON), as line-ups
    and results tables write players, whatever the model read.

    Only one capital letter before one capitalised word that is not written in capitals, a place or a
    common title word: "BT Group", "S Africa", "Q Magazine", "T-Mobile" are no initialled names.
    """
    words = [t for t in ent if not t.is_punct or t.text.endswith(".")]
    if ent.label_ == "PERSON" or len(words) != 2 or not (is_initial(words[0].text) and words[0].text[:1].isupper()) or "-" in ent.text:
        return None  # "T-Mobile", "X-Box", "G-Unit"
    surname = words[1]
    if not (surname.is_alpha and surname.text[:1].isupper() and not surname.is_upper and len(surname) > 2):
        return None
    if surname.lower_ in ORG_HEADS or surname.lower_ in NOT_SURNAMES or surname.pos_ != "PROPN" \
            or is_country_or_region(surname.text):
        return None  # "S Africa", "Q Magazine"
    return "PERSON"


# Things a product or a technology is the base of: "Linux-based machine", "Windows-based PCs".
TECH_NOUNS = frozenset("""
machine machines software system systems computer computers pc pcs phone phones device devices server servers
service services platform platforms version versions game games program programs programme application
applications technology technologies network networks chip chips console consoles browser browsers tool tools
""".split())


def place_before_based(ent) -> str | None:
    """"Oxford-based Natural Motion", "the Bermuda-based reinsurers": the name before "-based" is a place (GPE).

    Not a technology: "the Linux-based machine", "Windows-based PCs" (the noun after it is a device).
    """
    doc = ent.doc
    i = ent.end
    if not (i + 1 < len(doc) and doc[i].text in {"-", "‐"} and doc[i + 1].lower_ == "based"):
        return None
    nxt = next((t for t in doc[i + 2:min(len(doc), i + 6)] if t.pos_ in {"NOUN", "PROPN"}), None)
    return None if nxt is not None and nxt.lower_ in TECH_NOUNS else "GPE"


# Prepositions that put a town somewhere: "a man from Camberley, Surrey", "founded in Idlewild, Texas".
TOWN_PREPOSITIONS = frozenset("in from near at outside".split())


def town_before_its_region(ent) -> str | None:
    """A name after "in", "from", "near", "at" or "outside" and before a comma and a county, a state or a country
    is a town (GPE): "A 19-year-old man from Camberley, Surrey, was arrested" (read ORG), "John Holliday, 37, a
    huntsman from Ledbury, Herefordshire" (ORG), as "in Blackpool, England". The region is a place the shipped
    lexicon or GeoNames knows as a country, a US state or an area (LOC), written last before a comma or the
    sentence's end ("Surrey," not "Surrey Police").

    A place GeoNames does not know, read as one, is so typed by the text ("The firm was founded in Idlewild, Texas":
    no body's name, :func:`kg.resolve.entities.unknown_place_type`). Not a building ("the Plaza Hotel, New York":
    a venue's or a body's last word), a name the lexicon knows, nor one opened by a first name GeoNames knows no
    place by.
    """
    doc = ent.doc
    if ent.label_ not in {"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "GPE", "LOC"} or ent.start == 0 \
            or doc[ent.start - 1].lower_ not in TOWN_PREPOSITIONS or len(ent) > 3:
        return None
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or not doc[ent.end + 1].text[:1].isupper():
        return None
    words = [t for t in ent if t.is_alpha]
    if not words or words[-1].lower_ in ORG_WORDS or words[-1].lower_ in VENUE_HEADS or shipped().lookup(ent.text) \
            or is_first_name(words[0].text) and not is_place(ent.text) \
            or ent.label_ in {"GPE", "LOC"} and is_place(ent.text):
        return None  # a place GeoNames knows, read as one, keeps its reading ("in South America, Italy, Spain")
    for end in (ent.end + 2, ent.end + 3):  # "Surrey", "New York"
        region = doc[ent.end + 1:end]
        if end > len(doc) or not all(t.text[:1].isupper() and t.is_alpha for t in region):
            break
        if end < len(doc) and doc[end].text not in {",", ".", ")", ";"}:
            continue
        if _listed_on(doc, end):
            return None  # "spread most widely in South America, Italy, Spain, Bulgaria and Hungary": a list
        hit = shipped().lookup(region.text)
        if hit and hit[1] in {"GPE", "LOC"} or is_country_or_region(region.text):
            return "GPE"
    return None


def _listed_on(doc, i: int) -> bool:
    """A comma at ``i`` goes on with a list of places: "…, Italy, Spain, Bulgaria and Hungary"."""
    return i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].text[:1].isupper() and doc[i + 2].text in {",", "and"} \
        and (is_place(doc[i + 1].text) or bool(shipped().lookup(doc[i + 1].text)))


def weak_evidence_label(ent) -> str | None:
    """A type the words around a name suggest but an organisation shares: "the Forbes award" names
    an award after the magazine, so it counts as one more vote, no more. A town's club in a match
    (:func:`kg.resolve.kindcues.club_in_a_contest`) is one vote too: the town of the same name in the
    entity's other articles ("the party's spring conference in Brighton") keeps its own votes."""
    return award_after(ent) or body_not_people(ent) or club_in_a_contest(ent)


ARGUMENT_DEPS = frozenset("nsubj nsubjpass dobj pobj dative conj appos poss attr".split())


def body_not_people(ent) -> str | None:
    """A name read as a people or a creed (NORP) that stands alone where a clause wants a thing, a singular
    proper noun with no article: "Developer Valve has rashly assumed …", "may offer to sell Clearstream",
    "A recent survey by Earthlink and Webroot found …" — a body (ORG), one plain vote.

    A people is written as an adjective ("Jewish leaders"), a plural ("Muslims") or with an article ("the
    Spaniard", "a Palestinian"); those readings keep their votes, so one bare "Muslim" does not move the
    entity of twenty adjectives. A plural the model tagged singular ("Hutus"), a creed in "-ism" ("Nazism"), a
    people's noun after a numeral ("one Korean died") and the surname of a person named in full in the same
    text ("Tommy Vesey … Vesey intends") stay; the gazetteer's demonyms are left to it.
    """
    if ent.label_ != "NORP" or len(ent) != 1:
        return None
    t = ent[0]
    doc = ent.doc
    if t.tag_ != "NNP" or t.dep_ not in ARGUMENT_DEPS or any(c.dep_ in {"det", "nummod"} for c in t.children) \
            or t.lower_.endswith(("s", "ism")) \
            or t.i > 0 and doc[t.i - 1].lower_ in {"the", "a", "an"}:
        return None
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == t.text for e in doc_ents(doc)):
        return None  # a surname of a person the text names in full ("Tommy Vesey … Vesey intends")
    return "ORG"



_NAME_PREFIXES = ("Mc", "Mac", "O'", "O’", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von")


def no_person_shape(ent) -> str | None:
    """A name no person is written as, read PERSON by the model: a number in it ("Xbox 2": PRODUCT; one word
    in capitals, "MI6", "BBC1": ORG), one word with a capital inside ("TfL", "GPRS", "PayPal": ORG).

    A person's initials or a surname with a prefix stay: "BB King", "PJ Harvey" (two words), "McGee",
    "MacRae", "O'Gara", "DiCaprio"; so does a full name the model ran on into the age after its comma ("Former All
    Saints singer Natalie Appleton,31, walked out of the show").
    """
    if ent.label_ != "PERSON":
        return None
    words = [t for t in ent if not t.is_punct]
    if any("," in t.text and any(c.isdigit() for c in t.text.split(",", 1)[1]) or t.i > ent.start and t.like_num
           and t.doc[t.i - 1].text == "," for t in words):
        return None  # "Natalie Appleton,31": an age after the name, no number of it
    if any(t.like_num or any(c.isdigit() for c in t.text) for t in words) and words[0].text[:1].isupper():
        return "ORG" if len(words) == 1 and words[0].text.isupper() else "PRODUCT"  # "MI6", "BBC1"; "Xbox 2"
    if len(words) != 1:
        return None
    text = words[0].text
    inner = any(c.isupper() for c in text[1:])
    if len(text) >= 2 and inner and not text.startswith(_NAME_PREFIXES) and "-" not in text:
        return "ORG"
    return None


CLAUSE_TAGS = frozenset({"PRP", "VBZ", "VBP", "VBD"})  # a personal pronoun, a finite verb


def title_with_a_clause(ent) -> str | None:
    """A capitalised name whose words make a clause — a personal pronoun or a finite verb inside it — is a
    title (WORK_OF_ART), not a body, a person or a place: "their own fund-raising single, We Are The World"
    (read ORG), "the way that Super Size Me is put together", "the ice planet from The Empire Strikes Back".

    Bodies named by a command keep their type ("Save the Children", "Vote No", "Take That": the base form of a
    verb is no finite verb); "I" counts for nothing ("World War I"), nor does a word in capitals ("US"), nor
    a last word the model tags a verb ("Band Aid", "Paul Sykes"), nor a name opened by a first name.
    """
    if ent.label_ in {"WORK_OF_ART", "EVENT", "LAW", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT",
                      "QUANTITY"}:
        return None
    words = [t for t in ent if t.is_alpha]
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words if len(t) > 3) or not words[0].text[:1].isupper():
        return None
    if is_first_name(words[0].text) or shipped_lookup(ent.text):
        return None  # "Paul Sykes", "Nick Van den Brul": a person the model tagged a verb in
    if _where_a_speaker_is_from(ent):
        return None  # "Jim Parton, from Families Need Fathers, said …": a campaign group
    pronoun = any(t.tag_ == "PRP" and t.text != "I" and not t.text.isupper() for t in words)
    verb = any(t.tag_ in CLAUSE_TAGS - {"PRP"} for t in words[1:-1])  # not a last word ("Band Aid")
    return "WORK_OF_ART" if pronoun or verb else None


def _where_a_speaker_is_from(ent) -> bool:
    """The name follows a person's name, a comma and "from": "Jim Parton, from Families Need Fathers, said the new
    proposals 'lacked compulsion'" — where the person comes from, a body or a place, no title."""
    doc, i = ent.doc, ent.start
    return i >= 3 and doc[i - 1].lower_ == "from" and doc[i - 2].text == "," \
        and any(e.label_ == "PERSON" and e.end == i - 2 for e in doc_ents(doc))


# Plural nouns before a list of bodies: "companies such as Nokia, Intel, Philips, Alcatel", "giants such as Kodak".
BODY_PLURALS = frozenset("""
companies firms groups giants marques retailers banks lenders insurers brewers carmakers makers manufacturers
publishers developers providers operators carriers airlines broadcasters networks clubs bands charities
organisations organizations agencies unions parties websites sites newspapers papers magazines studios labels
""".split())
# Plural nouns before a list of products sold under their names: "Its top brands include Newcastle Brown Ale, Foster's,
# John Smith's, Strongbow and Kronenbourg", "The owner of brands such as Dairy Milk, Dr Pepper and Snapple" (a brand
# is a product's name, PRODUCT; a carmaker's "marques" name its makers too, ORG).
BRAND_PLURALS = frozenset({"brands"})


def _kind_of_a_list(noun: str) -> str | None:
    """The type the plural noun before a list gives its items: a body's (ORG) or a brand's (PRODUCT), else None."""
    return "PRODUCT" if noun in BRAND_PLURALS else "ORG" if noun in BODY_PLURALS else None


def body_in_a_list(ent) -> str | None:
    """A name in a list after a plural noun of bodies: "companies such as Nokia, Intel, Philips, Alcatel",
    "photo giants such as Kodak", "sites, such as Pixagogo", "two Indian airlines - Air Deccan and Kingfisher" (ORG),
    or that such a noun "includes"; after "brands" the names are products (PRODUCT): "Inbev brands include Bass,
    Stella Artois, Hoegaarden and Staropramen" (beers, read as persons and places).

    The noun must come before the list in the same clause, with no verb between ("firms, including
    Boeing and Airbus"); people after "stars such as" stay as read.
    """
    if ent.label_ in {"ORG", "NORP", "EVENT", "LAW", "WORK_OF_ART"}:
        return None
    doc = ent.doc
    seen_trigger = False
    for t in reversed(doc_tokens(doc)[sentence_of(ent).start:ent.start]):
        if is_finite_include(t):  # "Inbev brands include Bass, Stella Artois and Staropramen"
            subject = subject_of_include(t)
            return _kind_of_a_list(subject.lower_) if subject is not None else None
        if t.lower_ in {"as", "including", "like"} or t.text in {"-", "–", "—", ":"}:
            seen_trigger = True
        elif t.pos_ in {"VERB", "AUX"} or t.pos_ == "ADP" and not seen_trigger:
            return None  # "three marques - BMW, Mini and Rolls-Royce - in Asia": the list ended before "in"
        elif seen_trigger and t.pos_ == "NOUN":  # the first noun before "such as": "politicians such as" is no body
            return _kind_of_a_list(t.lower_)
    return None


# Plural nouns of individual people whose list (person_listed_after_people) types any name in it as a person, not
# only one opening with a known first name (kindcues.person_by_company): no "hosts", "leaders", "analysts", "winners",
# which name clubs, firms and films too.
INDIVIDUAL_PLURALS = frozenset("""
authors writers novelists poets playwrights actors actresses singers rappers composers photographers comedians stars
artists players
""".split())
_LISTED_AS = frozenset({"as", "including", "like"})


def person_listed_after_people(ent) -> str | None:
    """A name in a list after a plural noun of individual people (:data:`INDIVIDUAL_PLURALS`) is a person, though no
    first name opens it: "the main classical authors like Cicero, *Virgil* and *Tacitus*" (read ORG), "a music scene
    dominated by US artists such as *Beyonce* and *Ashanti*" (read GPE, ORG), "key players like *Wilkinson*" (read
    ORG), "including actresses *Cate Blanchett* and Helena Bonham-Carter" (read ORG), "images taken by photographers
    David Bailey, *Rankin* and Nan Goldin" (read GPE).

    The noun stands before "such as"/"like"/"including" or a dash, or right before the list; only names, commas and
    "and" between. The name is one to three capitalised words, none in capitals, with no digit, "&" or plural end
    ("artists including Run-DMC", "artists Langlands & Bell", "the Stereophonics"), no place nor gazetteer name, and
    no modifier of a noun after it ("players like Middlesbrough winger Stewart Downing", "artists such as Argentina's
    Mustafa Yoda"). "players" after a lower-case compound are a trade's firms ("major technology players, such as
    Intel").
    """
    if ent.label_ not in {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"} or ent.start == 0:
        return None
    doc = ent.doc
    words = [t for t in ent if not (t.text == "-" and not t.whitespace_)]
    if not 1 <= len(words) <= 3 or not all(t.text[:1].isupper() and not t.is_upper and t.text.replace("'", "").isalpha()
                                           for t in words):
        return None
    if words[-1].tag_ == "NNPS" or words[-1].lower_ in NOT_A_PERSON_LAST or "the" in {words[0].lower_, doc[ent.start - 1].lower_} \
            or is_place(ent.text) or is_country_or_region(ent.text) or shipped().lookup(ent.text):
        return None
    if span_root(ent).dep_ in {"compound", "poss", "nmod", "amod"} or ent.end < len(doc) and doc[ent.end].tag_ == "POS":
        return None
    listed_as = False
    for t in reversed(doc_tokens(doc)[sentence_of(ent).start:ent.start]):
        if t.text[:1].isupper() or t.lower_ in _LIST_GLUE:
            continue
        if t.lower_ in _LISTED_AS or t.text in {"-", "–", "—", ":"} or t.lower_ == "such" and listed_as:
            listed_as = True
            continue
        if t.tag_ != "NNS" or t.lower_ not in INDIVIDUAL_PLURALS \
                or t.lower_ == "players" and any(c.dep_ == "compound" and c.is_lower for c in t.children):
            return None
        return "PERSON" if listed_as or doc[t.i + 1].text[:1].isupper() else None
    return None


# Plural nouns of a trade's people, written right before a firm's name as its kind: "according to oil industry analysts
# Douglas-Westwood", "said auditors Grant Thornton", "telecom analysts Ovum welcomed the move".
TRADE_PLURALS = frozenset("""
analysts consultants pollsters auditors brokers stockbrokers accountants bankers advisers advisors publishers
""".split())


def firm_after_its_trade(ent) -> str | None:
    """A name right after a plural noun of a trade's people is the firm of those people (ORG): "oil industry analysts
    Douglas-Westwood" (read as a person, "Douglas" being a first name), "telecom analysts Ovum welcomed the move"
    (read as a place), "analyst at brokers Jefferies" (read GPE), "said auditors Grant Thornton" — one person is
    no "analysts".

    Not a list of people after the plural ("analysts John Smith and Jane Doe said", "film-makers Roger Michell,
    Mike Leigh and Pavel Pavlikowsky": a comma, "and" or "&" with a capitalised word after the name), nor a
    plural that is no noun of the name (the object of a verb before it).
    """
    doc = ent.doc
    if ent.start == 0 or ent.label_ in {"LAW", "WORK_OF_ART", "EVENT"}:
        return None
    trade = doc[ent.start - 1]
    if trade.lower_ not in TRADE_PLURALS or trade.tag_ != "NNS" or not (
            trade.head.i in range(ent.start, ent.end) or span_root(ent).head.i == trade.i):
        return None
    k = ent.end
    if k + 1 < len(doc) and doc[k].text in {",", "and", "&"} and doc[k + 1].text[:1].isupper():
        return None  # "film-makers Roger Michell, Mike Leigh and …": people listed after their plural
    return "ORG"


def body_named_the(ent) -> str | None:
    """A plural name read as a people (NORP) written with a capital "The" inside a sentence is a body's name, a band's
    or a team's (ORG): "performances from … Brian McFadden with Delta Goodrem and *The Thrills* featuring Rolling Stones
    star Ronnie Wood", "samples of Five to One by *The Doors*". A people is written "the Mexicans", "the British".

    Not a "The" that opens the sentence, a quote, a bracket or a headline's clause ('"The Tories are …'), nor a
    people's word inside a longer title, which another capitalised word follows ("Andrew Taylor's The American Boy").
    """
    doc = ent.doc
    if ent.label_ != "NORP":
        return None
    the = ent[0] if ent[0].text == "The" else doc[ent.start - 1] if ent.start > 0 and doc[ent.start - 1].text == "The" else None
    if the is None or the.i == 0 or the.is_sent_start or the.i == sentence_of(ent).start:
        return None
    before = doc[the.i - 1]
    if not (before.is_alpha and before.is_lower or before.text == ","):
        return None  # a quote's, a bracket's or a line's first word
    if ent.end < len(doc) and doc[ent.end].text[:1].isupper():
        return None  # "Andrew Taylor's The American Boy": a title goes on
    words = [t for t in ent if t.text != "The"]
    if not words or any(t.lower_ in DEMONYM_NOUNS for t in words) or not words[-1].text.endswith("s") \
            or shipped().lookup(words[-1].text):
        return None  # a plural, as bands' and teams' names are; not a paper's title ("The Australian newspaper")
    return "ORG"


def _a_country(t) -> bool:
    """The token is a country's (or a US state's) name, written out or as the gazetteer knows it ("Britain", "US")."""
    if is_country_or_region(t.text):
        return True
    known = shipped().lookup(t.text)
    return bool(known) and known[1] == "GPE" and is_country_or_region(known[0])


def firm_of_a_country(ent) -> str | None:
    """A one-word name right after a country's possessive, that heads its own phrase and that no gazetteer knows as
    a place, is a firm of that country (ORG) where the model read a place, a people or a thing: "*Turkey's Everasia*
    is reported by Reuters to have won a contract" (read LOC), "France's Ubisoft, one of Europe's biggest video game
    publishers" (read GPE), "when Belgium's Interbrew bought Brazilian brewer Ambev" (read NORP), "India's Maruti
    sees profits jump" (read PRODUCT). A country's own places are in GeoNames ("Pakistan's Sindh province", "Britain's
    Lake District"), and what a noun after the name heads is that noun's ("London's BT tower", "Stockholm's Cirkus
    theatre", "Russia's Siberian coast").

    Not a person: a name the model read PERSON, a first name, or the surname of a person the text names in full
    ("Vera Zvonareva … Russia's Zvonareva struggled"), nor a people's adjective or plural ("Britain's Jewish
    community", "Britain's Asians").
    """
    doc = ent.doc
    words = [t for t in ent if t.lower_ != "the"]
    if ent.label_ not in {"GPE", "LOC", "NORP", "PRODUCT", "FAC"} or len(words) != 1 or ent.start < 2:
        return None
    t = words[0]
    if doc[ent.start - 1].tag_ != "POS" or not _a_country(doc[ent.start - 2]):
        return None
    if t.pos_ != "PROPN" or t.tag_ != "NNP" or t.dep_ in {"compound", "amod"} or not t.text[:1].isupper():
        return None
    if ent.end < len(doc) and doc[ent.end].is_lower and doc[ent.end].pos_ in {"NOUN", "PROPN"}:
        return None  # "London's BT tower", "Pakistan's Sindh province"
    if t.lower_ in DEMONYM_NOUNS or is_first_name(t.text) or is_place(t.text) or shipped().lookup(t.text):
        return None
    if any(u.text == t.text and u.i > 0 and is_first_name(doc[u.i - 1].text) and doc[u.i - 1].text[:1].isupper()
           for u in doc_tokens(doc)):
        return None  # "Vera Zvonareva … Russia's Zvonareva" (the model may have read the full name as nothing)
    return "ORG"


# Words of films, shows and records that say nothing of a work in a paragraph about firms: "a series of deals",
# "the single market", "hit by debts", "the motor show".
LOOSE_WORK_WORDS = frozenset("show shows series single singles hit hits play plays book books tale tales".split())


# Prepositions that hold a body where a work is rare: "release the album through Jet Star", "an analyst at …".
BODY_PREPOSITIONS = frozenset("through at with from for via".split())


def _about_works(ent) -> bool:
    """A noun or a verb of films, shows or records is written in the name's sentence ("the film", "the track", "box
    office", "starring", "the Berlin Film Festival"), besides the words that say as much of firms
    (:data:`LOOSE_WORK_WORDS`)."""
    doc = ent.doc
    tokens = doc_tokens(doc)
    sent = sentence_of(ent)
    return any(t.lower_ in SCREEN_PARAGRAPH_WORDS and t.lower_ not in LOOSE_WORK_WORDS and t.pos_ in {"NOUN", "PROPN", "VERB"}
               or t.lower_ == "box" and t.i + 1 < len(doc) and tokens[t.i + 1].lower_ == "office"
               for t in tokens[sent.start:sent.end])


def thing_before_which(ent) -> str | None:
    """A name the model read as a person that a relative "which" right after it stands for is no person — persons are
    "who" — but a body (ORG): "One discount retailer to fare well in December was *Costco Wholesale*, which continued a
    recent run of upbeat results", "a lifeline to *Jarvis*, which was weighed down by debts"; or, in a sentence about
    films, shows or records, the work (WORK_OF_ART): "the follow-up to Miyazaki's *Spirited Away*, which won best
    animation at last year's Oscars", "the track *Mosh*, which is a tirade against US President Bush" — but a name held
    by "through", "at", "with", "from", "for" or "via" stays a body ("release the album through *Jet Star*, which is
    advertising it on its website": a record label).

    The "which" is the subject of a relative clause the parse hangs on the name (", which" or "which" right after
    it). Not a name an "of" holds, nor one another noun's preposition holds with no comma before "which": the clause
    may be that noun's ("the demanding role of ballet dancer Billy, which requires them to sing", "an offer for
    Tindall which dwarfs Bath's deal"); nor a part an actor plays ("will play religious cult leader Humma Kavula,
    which was especially created by Adams"); nor a name with a first name before its last word ("with future Beach
    Boy Bruce Johnston, which evolved into …"), a place GeoNames knows ("Hereford, which …" is the town), nor one the
    gazetteer lists.
    """
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end >= len(doc):
        return None
    i = ent.end + (doc[ent.end].text == ",")
    if i >= len(doc) or doc[i].lower_ != "which" or doc[i].dep_ not in {"nsubj", "nsubjpass"}:
        return None
    root = span_root(ent)
    verb = doc[i].head
    if verb.dep_ != "relcl" or verb.head.i != root.i:
        return None
    if root.dep_ == "pobj" and (root.head.lower_ == "of" or root.head.head.pos_ in {"NOUN", "PROPN"} and i == ent.end):
        return None  # "the role of ballet dancer Billy, which …", "an offer for Tindall which …"
    if root.dep_ in {"dobj", "appos"} and (root.head.lemma_.lower() in CASTING_VERBS
                                         or root.head.head.lemma_.lower() in CASTING_VERBS):
        return None  # "will play religious cult leader Humma Kavula, which …": a character
    words = [t for t in ent if not t.is_punct]
    if not words or any(is_first_name(t.text) for t in words[:-1]) or is_place(ent.text) or shipped().lookup(span_text(ent)):
        return None
    held = root.head.lower_ if root.dep_ == "pobj" else None
    return "WORK_OF_ART" if held not in BODY_PREPOSITIONS and _about_works(ent) else "ORG"


# Jobs held at or for a body: "security expert at Energis", "a spokesman for Crossrail" (the job words of
# kg.resolve.roles.TITLE_HEADS, and these).
JOB_NOUNS = frozenset("expert architect engineer official executive employee worker researcher consultant source "
                      "figure staff".split())


def body_of_a_job(ent) -> str | None:
    """The name after a job and "at", "for" or "from" is the body the job is held at (ORG):
    "Malcolm Seagrave, security expert at Energis", "Jeremy de Souza, a spokesman for Crossrail",
    "a senior figure from BT".

    Not a name starting with a first name ("an adviser to Tony Blair", "spokesman for Tony Blair"),
    nor a place ("the ambassador at Washington"), nor a region a job is "for" ("World Bank country
    director for the West Bank"): those the model's label keeps.
    """
    root = span_root(ent)
    if ent.label_ in {"ORG", "NORP", "EVENT", "LAW", "WORK_OF_ART"} or root.dep_ != "pobj":
        return None
    prep = root.head
    job = prep.head
    if ent.start == 0 or ent.doc[ent.start - 1].i != prep.i and ent.doc[ent.start - 1].lower_ != "the":
        return None  # "editor at PC Pro": "Pro" is no name of its own
    if prep.lower_ not in {"at", "for", "from"} or job.pos_ != "NOUN" or not (
            job.lemma_.lower() in TITLE_HEADS or job.lemma_.lower() in JOB_NOUNS):
        return None
    if _starts_with_first_name([t for t in ent if t.is_alpha] or [ent[0]]) or is_place(ent.text):
        return None
    if prep.lower_ == "for" and ent.label_ in {"GPE", "LOC"}:
        return None  # "country director for the West Bank", "minister for Wales": a job for a region
    return "ORG"




# Nouns after a name that make it a work: "Former Holby City actor Jeremy Edwards".
WORK_AFTER = frozenset("actor actress actors cast episode episodes storyline viewers".split())
# Nouns after a name that make it a product: "the P-3 Orion maritime surveillance aircraft", "Windows XP home edition",
# "the Vaio W1 desktop computer", "Sony's tiny handheld VPC-C4 camcorder".
PRODUCT_AFTER = frozenset("""
aircraft jet jets fighter fighters plane planes helicopter console consoles handset handsets phone phones car cars
processor processors chip chips edition editions version versions software browser engine program programs
computer computers laptop laptops camcorder camcorders
""".split())
# Nouns after a name that make it a building or a site: "the Beverly Hilton hotel", "Heathrow airport".
FAC_AFTER = frozenset("hotel airport stadium arena theatre prison hospital cathedral palace racecourse dam refinery".split())


def work_or_product_after(ent) -> str | None:
    """The noun a name modifies says what it is: "Former Holby City actor" (a show: WORK_OF_ART),
    "the P-3 Orion maritime surveillance aircraft", "F-16 fighter jets" (PRODUCT), "the Beverly Hilton
    hotel" (FAC).

    Only after a name the model read as a person, a place or a work, never a place GeoNames knows
    ("a Hollywood actor"); a name read as a body only as :func:`_product_of_a_body` says.
    """
    doc = ent.doc
    if ent.label_ == "ORG":
        return _product_of_a_body(ent)
    if ent.label_ in {"NORP", "EVENT", "LAW"} or is_place(ent.text):
        return None
    i = ent.end
    while i < len(doc) and i - ent.end < 4 and (doc[i].is_lower and doc[i].pos_ in {"NOUN", "ADJ"} or _hyphen_inside(doc, i)) \
            and doc[i].lower_ not in WORK_AFTER | PRODUCT_AFTER | FAC_AFTER:
        i += 1  # "maritime surveillance", "the Outlook e-mail program"
    if i >= len(doc) or not doc[i].is_lower or doc[i].pos_ != "NOUN":
        return None
    if doc[i].lower_ in WORK_AFTER and ent.label_ != "PERSON":
        return "WORK_OF_ART"
    if doc[i].lower_ in FAC_AFTER and i == ent.end:
        return "FAC"
    return "PRODUCT" if doc[i].lower_ in PRODUCT_AFTER else None


def _hyphen_inside(doc, i: int) -> bool:
    """The token is the hyphen of a hyphened lower-case word: "e-mail", "anti-virus"."""
    return doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and doc[i - 1].is_lower and doc[i + 1].is_lower


def holder_of_an_office_of(ent) -> bool:
    """A name set off by a comma after "the <holder> of <a phrase>" names the holder, not the last noun of the
    phrase: "The director of the film, Vinod Pande, says the movie is not offensive" (a man, not a film), "The
    president of one of Mumbai's main Catholic organisations, Dolphy D'Souza, says …" (a man, not a body).

    The noun before the comma is the object of one or more "of" phrases that hang on a singular, lower-case noun of a
    person (:data:`HOLDER_NOUNS`: a title, a job, a person's noun); "the most controversial of his songs, Pump Up"
    (no person's noun) is left to the rules that read the noun before the comma.
    """
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != ",":
        return False
    t = doc[ent.start - 2]
    steps = 0
    while steps < 4 and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i < t.i:
        t = t.head.head  # "organisations" → "of" → "one" → "of" → "president"
        steps += 1
    return steps > 0 and t.tag_ == "NN" and t.is_lower and t.lower_ in HOLDER_NOUNS


def work_after_a_comma(ent) -> str | None:
    """A name set off by commas after a work noun is that work: "One of his most controversial songs,
    Pump Up, contains …" (WORK_OF_ART), whatever the parse hangs it on.

    Not a person who speaks after the comma: "the show, Jerry Springer said, …" (a verb follows); nor the holder of
    an office "of" the work: "The director of the film, Vinod Pande, says …" (:func:`holder_of_an_office_of`).
    """
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "," or doc[ent.end].text != ",":
        return None
    if holder_of_an_office_of(ent):
        return None
    noun = doc[ent.start - 2]
    if noun.pos_ != "NOUN" or not (noun.lemma_.lower() in WORK_NOUNS or noun.lower_ in WORK_PLURALS):
        return None
    return "WORK_OF_ART" if ent.label_ not in {"GPE", "LOC", "NORP"} else None


_LIST_GLUE = frozenset({",", "and", "&", "or"})


def work_listed_after_its_noun(ent) -> str | None:
    """A name in a list that follows a plural work noun straight away: "providing the hit singles Time Is
    Running Out, Hysteria, and Butterflies And Hurricanes" (WORK_OF_ART).

    Only names, commas and "and" may stand between the noun and the name; "the singles charts,
    where Elvis …" lists nothing.
    """
    doc = ent.doc
    if ent.label_ in {"NORP", "EVENT", "LAW", "WORK_OF_ART"} or _starts_with_first_name(ent) \
            or ent.end < len(doc) and doc[ent.end].pos_ in {"VERB", "AUX"}:
        return None  # "one of the shows Alan Titchmarsh left": the subject of a relative clause
    for t in reversed(doc_tokens(doc)[sentence_of(ent).start:ent.start]):
        if t.text[:1].isupper() or t.lower_ in _LIST_GLUE or t.text in {"'", "’"}:
            continue
        return "WORK_OF_ART" if t.lower_ in WORK_PLURALS and t.pos_ == "NOUN" else None
    return None


# Singular nouns of a product that a body's name before them, after "the" or "a", names: "the Cell processor".
BODY_PRODUCT_NOUNS = frozenset("processor chip console handset card engine browser aircraft".split())


# ... and after a maker's possessive: "its Microsoft's IPTV Edition software".
MAKERS_PRODUCT_NOUNS = BODY_PRODUCT_NOUNS | frozenset("software program".split())


# Singular nouns of a product a name before them, after its maker's possessive, is the model of: "its pioneering Lisa
# computer", "its Iressa drug".
OWNED_PRODUCT_NOUNS = frozenset("""
computer machine drug console handset phone processor chip software browser program laptop camera
""".split())
OWNER_DETERMINERS = frozenset({"its", "their"})


def product_of_its_maker(ent) -> str | None:
    """A name between its maker's possessive ("its", "their", a body's "'s") and a singular noun of a product is that
    product (PRODUCT): "the concept was developed for use by Apple in its pioneering *Lisa* computer" (read ORG;
    judged start-b ENT044), "The GUI was developed by Xerox PARC, and used in its *Star* machine" (read ORG), "the
    failure of its *Iressa* drug in a major clinical trial" (read GPE). Lower-case adjectives may stand between the
    possessive and the name ("its new", "its pioneering").

    Not a person (the maker's possessive owns no one's name before a product's noun: left as read), a place, a name of
    the gazetteer ("its Intel chips", a maker's), a name in capitals ("its PSP console" is read right already), nor a
    plural noun ("their Nokia phones")."""
    if ent.label_ not in {"ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART"}:
        return None
    doc = ent.doc
    words = [t for t in ent if t.lower_ != "the"]
    if ent.end >= len(doc) or not 1 <= len(words) <= 3 or words[0].i != ent.start:
        return None
    noun = doc[ent.end]
    if noun.lower_ not in OWNED_PRODUCT_NOUNS or noun.tag_ != "NN":
        return None
    if not all(t.text[:1].isupper() for t in words) or is_place(ent.text) or is_country_or_region(ent.text) \
            or shipped().lookup(ent.text):
        return None
    i = ent.start - 1
    while i >= 0 and doc[i].is_lower and doc[i].pos_ in {"ADJ", "VERB"} and doc[i].tag_ in {"JJ", "VBG", "VBN"} \
            and ent.start - i <= 2:
        i -= 1  # "its pioneering Lisa computer", "its new DS console"
    if i < 0:
        return None
    owner = doc[i]
    if owner.lower_ in OWNER_DETERMINERS and owner.tag_ == "PRP$":
        return "PRODUCT"
    if owner.tag_ == "POS" and i == ent.start - 1 and _makers_possessive(ent):
        return "PRODUCT"
    return None


def _product_of_a_body(ent) -> str | None:
    """A name read as a body between "the"/"a" and a singular product noun: "the Cell processor",
    "a Memory Mate card" (PRODUCT), or between a body's possessive and one: "The company intends its
    Microsoft's IPTV Edition software … to let telcos …". Not a maker's products ("Nokia handsets", plural),
    nor a name the gazetteer knows ("the BBC website"), nor a body's body ("Microsoft's research unit").
    """
    doc = ent.doc
    det = ent.start > 0 and doc[ent.start - 1].lower_ in {"the", "a", "an"} or ent[0].lower_ in {"the", "a"}
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is None or shipped_lookup(ent.text):
        return None
    if det and nxt.lower_ in BODY_PRODUCT_NOUNS or _makers_possessive(ent) and nxt.lower_ in MAKERS_PRODUCT_NOUNS:
        return "PRODUCT"
    return None


def _makers_possessive(ent) -> bool:
    """A body's possessive is written right before the name: "Microsoft's IPTV Edition", not "Tony Blair's"."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].tag_ != "POS":
        return False
    owner = next((e for e in doc_ents(doc) if e.end == ent.start - 1), None)
    return owner is not None and (owner.label_ == "ORG" or (shipped_lookup(owner.text) or (None, None))[1] == "ORG")


_BODY_ENDS = ORG_HEADS | ORG_WORDS | FIRM_ENDS | LEAGUE_HEADS | BODY_NOUNS  # last words of a body's name


def edition_of_a_product(ent) -> str | None:
    """A name whose first words are a product the shipped gazetteer lists is that product's edition, version or
    service (PRODUCT): "Windows XP Home" (read PERSON), "Windows 2000" (read EVENT), "Xbox Live" (read PERSON), "iPod
    Photo" (read ORG). A name the gazetteer knows whole keeps its type, and so does a body's name, ended by a body's word
    ("The Linux Foundation", "the Bluetooth Special Interest Group").
    """
    words = [t.text for t in ent if t.lower_ != "the"]
    if ent.label_ != "PRODUCT" and len(words) == 1 and _plural_of_a_product(words[0]):
        return "PRODUCT"  # "It affects Xboxes made before 23 October 2003" (read PERSON)
    if ent.label_ == "PRODUCT" or len(words) < 2 or shipped_lookup(ent.text) \
            or words[-1].lower() in _BODY_ENDS:
        return None  # "The Linux Foundation", "the Bluetooth Special Interest Group"
    for k in range(len(words) - 1, 0, -1):
        hit = shipped_lookup(" ".join(words[:k]))
        if hit:
            return "PRODUCT" if hit[1] == "PRODUCT" else None
    return None


def _plural_of_a_product(text: str) -> bool:
    """The word is the plural of a product the shipped gazetteer lists: "Xboxes", "PlayStations"."""
    for cut in (2, 1):
        if len(text) > cut + 2 and text.endswith("es"[2 - cut:]):
            hit = shipped_lookup(text[:-cut])
            if hit:
                return hit[1] == "PRODUCT"
    return False


# A model's code after its maker's name: "the BMW X5", "the iRiver PMC-100", "Airbus A380", "Archos AV400".
_MODEL_CODE = re.compile(r"^(?=.*\d)[A-Z]{1,4}-?\d{1,4}[a-z]?$")


def model_of_a_maker(ent) -> str | None:
    """A name whose last word is a model's code (capitals and digits) after a capitalised maker's name is the model
    (PRODUCT): "sports utility vehicles (SUVs), such as the BMW X5" (read ORG), "the Archos AV400 series",
    "Airbus A380".

    Not a team of a country or a town ("England U21", "Iceland U21"), a racing team ("Renault F1"), a name the
    model read as a person or a work, nor a longer name the code starts ("Enfish X1 Technologies": a firm).
    """
    doc = ent.doc
    words = [t for t in ent if t.lower_ != "the"]
    if ent.label_ in {"PRODUCT", "PERSON", "WORK_OF_ART", "EVENT", "LAW"} or len(words) < 2:
        return None
    code = ent.text.split()[-1]
    maker = [t for t in words if t.idx < ent.end_char - len(code)]
    if not _MODEL_CODE.match(code) or code.upper() in {"F1", "U21", "U19", "U20", "U23"} or not maker \
            or not all(t.text[:1].isupper() for t in maker) or is_place(maker[0].text) or is_country_or_region(maker[0].text):
        return None
    if ent.end < len(doc) and doc[ent.end].text[:1].isupper() and doc[ent.end].pos_ == "PROPN":
        return None
    return "PRODUCT"


def shipped_lookup(text: str):
    """The shipped gazetteer's entry for ``text`` (its cached entries, never copied)."""
    return _shipped().entries.get(name_key(text))


def _list_opening_noun(ent):
    """The word right before the list of capitalised names that holds ``ent`` ("firms" in "Technology firms Sony,
    Philips, Matsushita and Samsung"), or None at the sentence start."""
    tokens = doc_tokens(ent.doc)
    i = ent.start - 1
    while i >= sentence_of(ent).start and (tokens[i].text[:1].isupper() or tokens[i].text in {",", "and", "&", "-", "–", ":"}):
        i -= 1
    return tokens[i] if i >= sentence_of(ent).start else None


def body_listed_after_its_noun(ent) -> str | None:
    """Names listed right after a plural noun of bodies are bodies (ORG): "Technology firms Sony, Philips,
    Matsushita and Samsung are developing …", "start-up companies Gizmondo and Tapwave Zodiac", "developers
    Blizzard", "the big four state banks - Banque Misr, National Bank of Egypt …".

    Not the subject of a clause on the noun ("two handmade wedding bands Ozzy gave her"), nor people who
    make ("film-makers Roger Michell, Mike Leigh").
    """
    if ent.label_ in {"ORG", "NORP", "EVENT", "LAW", "WORK_OF_ART", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL",
                      "ORDINAL", "QUANTITY"}:
        return None
    noun = _list_opening_noun(ent)
    if noun is None or noun.tag_ != "NNS" or _kind_of_a_list(noun.lower_) is None \
            or noun.i > 0 and noun.doc[noun.i - 1].text == "-" and not noun.doc[noun.i - 1].whitespace_:
        return None  # "Seasoned film-makers Roger Michell, Mike Leigh": people who make
    if noun.i == ent.start - 2 and holder_of_an_office_of(ent):
        return None  # "The president of one of Mumbai's main Catholic organisations, Dolphy D'Souza, says"
    doc = ent.doc
    if noun.i == ent.start - 1 and ent.end < len(doc) and doc[ent.end].pos_ == "VERB":
        return None  # "wedding bands Ozzy gave her": a clause on the noun, no list
    return _kind_of_a_list(noun.lower_)


def _full_person(doc, i: int) -> bool:
    """Token ``i`` is in a PERSON name of two words or more that starts with a first name ("Didier Drogba"), or
    ends a first name and a surname the model ran a noun before ("fellow Springboks John Smit", read as one person);
    not a name particle ("Von Trapped")."""
    span = next((e for e in doc_ents(doc) if e.start <= i < e.end), None)
    if span is None or span.label_ != "PERSON" or len(span) < 2:
        return False
    first = span[0] if is_first_name(span[0].text) or i != span.end - 1 or i - 1 <= span.start else doc[i - 1]
    return is_first_name(first.text) and first.text not in {"Von", "Van", "De", "Di", "Da", "Du", "La", "Le", "Del"}


def person_among_people(ent) -> str | None:
    """A two-word name the model read as a body or a place, coordinated with people named in full, is a person
    (PERSON), where no first name known to kg starts it: "Chelsea - deprived of Arjen Robben and Didier Drogba
    through injury", "fellow Springboks John Smit, Cobus Visagie and Victor Matfield"; two initials may stand for
    the first name: "the Irish horse racing tycoons John Magnier and JP McManus" (read ORG).

    Not a work or a name listed after works ("hits such as Open Water, Napoleon Dynamite, Garden State"), a band
    after "the" ("beating the Beastie Boys, Jay-Z"), nor a body's name ("London Clubs International, Rank Group
    and Stanley Leisure").
    """
    words = [t for t in ent if t.is_alpha]
    if ent.label_ in {"WORK_OF_ART", "EVENT", "LAW", "NORP"} or len(words) != 2 or len(ent) != 2 \
            or not all(t.text[:1].isupper() and (not t.is_upper or k == 0 and len(t) == 2) for k, t in enumerate(words)) \
            or words[1].is_upper or is_place(ent.text):
        return None  # two initials may open it: "major shareholders John Magnier and JP McManus" (read ORG)
    last = words[-1].lower_
    if last in NOT_PERSON_LAST or last in ORG_WORDS or last in ORG_HEADS:
        return None
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in {"the", "("}:
        return None  # "Yannick Jauzion (Stade Toulousain)": a player's club in brackets
    noun = _list_noun(ent)
    if noun is not None and (noun.lower_ in WORK_PLURALS or noun.lower_ in GAME_PLURALS):
        return None
    root = span_root(ent)
    partners = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    partners = [p for p in partners if p.i not in range(ent.start, ent.end)]
    return "PERSON" if partners and all(_full_person(doc, p.i) for p in partners) else None


# Words of a sentence about prizes for films, plays and records: "The best director shortlist includes Luc Bondy for
# Cruel and Tender", "Fellow nominees include Imelda Staunton (Vera Drake)".
PRIZE_WORDS = frozenset("""
award awards prize prizes nominated nomination nominations nominee nominees shortlist shortlisted category categories
oscar oscars bafta baftas grammy grammys
""".split())
# Nouns of a creative prize's category (a sports prize names a player, a coach or a club).
CREATIVE_WORDS = frozenset("""
film films actor actress actors actresses director directors designer screenplay writer playwright play plays musical
album song single video drama comedy documentary theatre
""".split())


def _nominee_before(ent) -> bool:
    """A person's name is written right before the name, with "for" or an opening bracket between: "Rufus Norris
    for Festen", "Paul Brown, for False Servant", "Imelda Staunton (Vera Drake)", "Nicholas Hytner for The History
    Boys" (the title's "The" outside the name)."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 1 and doc[i].text == "The" and doc[i - 1].text == "for":
        i -= 1
    if i < 1 or doc[i].text not in {"for", "("}:
        return False
    if doc[i].text == "(" and (ent.end >= len(doc) or doc[ent.end].text != ")"):
        return False
    j = i - 1 if doc[i - 1].text != "," else i - 2
    if j < 1 or not all(t.is_alpha and t.text[:1].isupper() for t in (doc[j - 1], doc[j])):
        return False
    # the model's person, or a first name and a surname ("Stanley Townsend (Shining City)", read as a body)
    return doc[j].ent_type_ == "PERSON" and doc[j - 1].ent_type_ == "PERSON" or is_first_name(doc[j - 1].text)


def work_of_a_nominee(ent) -> str | None:
    """The name a nominee for a film, stage or music prize is listed with is the work (WORK_OF_ART): "The best director
    shortlist includes Luc Bondy for Cruel and Tender, Simon McBurney for Measure for Measure, and Rufus Norris for
    Festen" (read PERSON), "Fellow nominees include Imelda Staunton (Vera Drake), Natalie Press (My Summer of Love)".

    Only after a person named in full, in a sentence with a prize's word and a creative category's ("shortlist",
    "director"): a sports prize's nominee is listed with his club ("nominees include Frank Lampard (Chelsea)").
    Never a place, a name the gazetteer knows, or a name read as a person's full name; a film named like a person
    and read as a body is a work ("Imelda Staunton (Vera Drake)").
    """
    if ent.label_ in {"WORK_OF_ART", "EVENT", "LAW", "NORP"} or not _nominee_before(ent):
        return None
    words = [t for t in ent if t.is_alpha]
    if not words or ent.label_ == "PERSON" and len(words) >= 2 and _starts_with_first_name(words) \
            or is_place(ent.text) or shipped_lookup(ent.text):
        return None  # a person's full name, a place ("Jamie Foxx (US)") or a known body
    sent = sentence_of(ent)
    lowers = {t.lower_ for t in sent}
    return "WORK_OF_ART" if (lowers & PRIZE_WORDS or _names_a_category(sent)) and lowers & CREATIVE_WORDS else None


def _names_a_category(sent) -> bool:
    """The sentence names a prize's category: "best" and, at most one word on, a creative noun ("Best actress - Clare
    Higgins for Hecuba at the Donmar Warehouse", "best supporting actor", "Best theatre choreographer")."""
    tokens = list(sent)
    return any(t.lower_ in CATEGORY_OPENERS and any(u.lower_ in CREATIVE_WORDS or u.lower_ in PERFORMER_CATEGORIES
                                                    for u in tokens[k + 1:k + 3]) for k, t in enumerate(tokens))


# A performer's category of a film or stage prize, whose "for" names the performer or the work: "best actor for Paul
# Giamatti", "Liam Neeson won best actor for Kinsey".
PERFORMER_CATEGORIES = frozenset("actor actress actors actresses director directors choreographer designer".split())


def work_of_a_performer_category(ent) -> str | None:
    """A name a performer's category is "for" that the model did not read as a person is the work the performer was
    honoured for (WORK_OF_ART): "Liam Neeson won best actor for *Kinsey*" (read ORG), "Christian Slater best actor for
    One Flew Over the Cuckoo's Nest". The category's "for" names the performer as often ("best actor for Paul
    Giamatti", "best director for Mike Leigh"), and a surname alone the model reads as a body or a place ("best actor
    for *DiCaprio*", "best actor for *Cheadle*"): never a name read as a person, nor the last word of a person named
    in full in the article, nor a place GeoNames knows or a name the gazetteer knows, nor a work's owner ("best
    supporting actress for the RSC's All's Well That Ends Well")."""
    if ent.label_ in {"PERSON", "WORK_OF_ART", "EVENT", "LAW", "NORP"}:
        return None
    doc = ent.doc
    i = ent.start - 1
    if i >= 1 and doc[i].lower_ == "the":
        i -= 1
    if i < 2 or doc[i].lower_ != "for" or doc[i - 1].lower_ not in PERFORMER_CATEGORIES \
            or not any(t.lower_ in CATEGORY_OPENERS for t in doc[max(0, i - 3):i - 1]):
        return None
    if is_place(ent.text) or shipped_lookup(ent.text) or ent.end < len(doc) and doc[ent.end].tag_ == "POS":
        return None  # "best supporting actress for the RSC's All's Well That Ends Well": the work's owner
    last = ent[-1].text
    if any(e.label_ == "PERSON" and (len(e) > 1 and e[-1].text == last or e.text == ent.text) for e in doc_ents(doc)):
        return None  # "Don Cheadle … best actor for Cheadle"
    return "WORK_OF_ART"


# Verbs whose subject and object are the two sides of a contest between players: "Federer faces Santoro", "Mirza beat
# Kostanic", "Hewitt will meet Clement".
PLAYER_CONTEST_VERBS = frozenset("beat defeat face meet play thrash edge overcome outplay upset stun oust".split())
# Verbs whose "against"/"over"/"to" names the other side: "to compete against Carolina Kluft", "lost to Taylor Dent".
PLAYER_CONTEST_PREP_VERBS = PLAYER_CONTEST_VERBS | frozenset("compete lose race win".split())
# Nouns of a contest whose "against"/"over"/"to" names the other side: "his 7-5 6-3 win over Taylor Dent".
PLAYER_CONTEST_NOUNS = frozenset("win victory defeat loss match clash tie final semi-final encounter".split())
PERSON_PRONOUNS = frozenset("he she his her him".split())
# Labels of the model a player's name is read as, besides a person's.
NOT_PERSON_READINGS = frozenset({"ORG", "FAC", "LOC", "GPE", "NORP", "PRODUCT"})


def _a_person(t) -> bool:
    """The token names a person: the model's person ("Roger Federer", "Mirza") or a personal pronoun ("his win")."""
    return t.ent_type_ == "PERSON" or t.lower_ in PERSON_PRONOUNS


def _subject_of(verb):
    """The subject of ``verb``, or of the verb it is the infinitive or the conjunct of ("Sotherton has been invited
    to compete against …")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or verb.dep_ not in {"xcomp", "conj", "advcl"} or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _other_side(ent):
    """The token on the other side of the contest the name is one side of, else None: the subject of "beat", "faces",
    "compete against"; the object when the name is the subject; the owner of "his win over"."""
    root = span_root(ent)
    head = root.head
    if root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in PLAYER_CONTEST_VERBS:
        return _subject_of(head)
    if root.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in PLAYER_CONTEST_VERBS:
        return next((c for c in head.children if c.dep_ == "dobj"), None)
    if root.dep_ != "pobj" or head.lower_ not in {"against", "over", "to"}:
        return None
    owner = head.head
    if owner.pos_ == "VERB" and owner.lemma_.lower() in PLAYER_CONTEST_PREP_VERBS:
        return _subject_of(owner)
    if owner.pos_ == "NOUN" and owner.lemma_.lower() in PLAYER_CONTEST_NOUNS:
        return next((c for c in owner.children if c.dep_ == "poss"), None)
    return None


def opponent_of_a_player(ent) -> str | None:
    """A name read as a body, a place or a thing, the other side of a contest whose one side is a person, is a person
    (PERSON) where no team sport is played: "Roger Federer faces Fabrice Santoro", "Lleyton Hewitt will meet France's
    Arnaud Clement", "Kelly Sotherton has been invited … to compete against Carolina Kluft", "Mirza beat Jelena
    Kostanic", "his 7-5 6-3 win over Taylor Dent" (each read ORG by the model).

    The other side must be a person (the model's, or "he", "his" …): "Chelsea beat Barcelona" is two clubs; and the
    paragraph must speak of players' contests (a champion, a seed, a medal, a score: :func:`_a_players_paragraph`),
    for a minister meets a party and a firm beats a bank to a deal ("Tony Blair will meet Sinn Fein"). Never in a
    paragraph of a team sport (kindcues.TEAM_SPORT_WORDS: a manager's side beats a club), nor a place GeoNames knows,
    a country, a name of the shipped lexicon, an acronym, or a name whose last word is a body's, a club's or an
    event's ("Davis Cup", "Barnet Harriers").
    """
    if ent.label_ not in NOT_PERSON_READINGS:
        return None
    words = [t for t in ent if not (t.is_punct and t.text in {"-", "'"})]
    if not 1 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words):
        return None
    last = words[-1].lower_
    if last in ORG_HEADS or last in ORG_WORDS or last in FIRM_ENDS or last in EVENT_HEADS or last in NOT_PERSON_LAST \
            or last in CLUB_ENDS or is_place(ent.text) or is_country_or_region(ent.text) or shipped_lookup(ent.text):
        return None
    other = _other_side(ent)
    if other is None or not _a_person(other) or ent.start <= other.i < ent.end:
        return None
    doc = ent.doc
    return "PERSON" if _a_players_paragraph(doc) and not _team_sport_paragraph(doc) else None


# Words of a paragraph about a contest between players (tennis, athletics, golf …): "defending champion", "the
# Australian hardcourt championships", "the pentathlon", "the top seed".
PLAYERS_WORDS = frozenset("""
seed seeded seeds champion champions championship championships tournament medal medals pentathlon heptathlon
decathlon marathon sprint hurdles semi-final semi-finals quarter-final quarter-finals tie-break
""".split())
_SCORE = re.compile(r"^\d{1,2}-\d{1,2}$")


def _a_players_paragraph(doc) -> bool:
    """The paragraph speaks of a contest between players: a word of one (:data:`PLAYERS_WORDS`) or a score ("6-3",
    "7-5"), not of a meeting or a deal ("Tony Blair will meet Sinn Fein", "Gordon Brown beat Morgan Stanley to the
    deal")."""
    tokens = doc_tokens(doc)
    for i, t in enumerate(tokens):
        if t.lower_ in PLAYERS_WORDS or _SCORE.match(t.text):
            return True
        if t.text.isdigit() and i + 2 < len(tokens) and tokens[i + 1].text in {"-", "–"} and tokens[i + 2].text.isdigit() \
                and not t.whitespace_ and not tokens[i + 1].whitespace_:
            return True
    return False


# Verbs of believing whose clause tells what a person thinks, besides the verbs of saying (quotes.SAYING): "Safin said
# he had 'given up'", "The Spaniard believed he was talking to …".
BELIEVING = frozenset("believe think feel hope fear reveal".split())
# Subjects of what a person says of himself or of another: "Safin said he had …", "Kluft said: 'I knew about her'".
PERSONAL_SUBJECTS = frozenset({"he", "she", "i"})


def person_by_what_it_says(ent) -> str | None:
    """A name read as a body, a place or a thing that says or believes something of "he", "she" or "I", its subject, is
    a person (PERSON): "in round one last year, Safin said he had 'given up'", "Nair said that she jumped at the
    chance", "Ferguson insisted he sold the defender because …", "Kluft said: 'I knew about her'" (each read ORG). A
    body says "it" or "we" of itself.

    Never a country, a place of over 200,000 people or one the gazetteer knows ("The US says he will not have to
    give up …": a government of its man), a name of the shipped lexicon (clubs and firms: "Arsenal said he …"), a
    word in capitals ("The MEP said he was ashamed"), a name ending in a body's word, nor a plural, a club's name
    most often ("Wasps said he would miss the game", "Saracens", "Ospreys"; "Jones" is a singular proper noun).
    """
    if ent.label_ not in NOT_PERSON_READINGS:
        return None
    words = [t for t in ent if not (t.is_punct and t.text in {"-", "'"})]
    if not 1 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words):
        return None
    root = span_root(ent)
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in SAYING | BELIEVING:
        return None
    if not any(c.dep_ == "ccomp" and any(g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ in PERSONAL_SUBJECTS for g in c.children)
               for c in verb.children):
        return None
    last = words[-1].lower_
    if last in ORG_HEADS or last in ORG_WORDS or last in FIRM_ENDS or last in CLUB_ENDS or is_country_or_region(ent.text) \
            or place_size(ent.text) >= BIG_PLACE or shipped_lookup(ent.text):
        return None
    return None if words[-1].tag_ in {"NNS", "NNPS"} else "PERSON"  # "Wasps said he would miss the game": a club


def person_by_age(ent) -> str | None:
    """A name read as a body, a place or a thing with an age in commas after it is a person (PERSON), as news writes
    people: "Thanou, 30, and Kenteris, 31, missed the test" (Thanou read ORG), "a transfer fee for Mutu, 25, who may
    face a two-year suspension".

    Only a number of two digits between commas (or before the sentence's full stop): not a year ("Luton, 2004,"), a
    score or a sum; and never a country, a name of the shipped lexicon, a word in capitals, or a name ending in a body's
    word.
    """
    if ent.label_ not in NOT_PERSON_READINGS:
        return None
    doc = ent.doc
    words = [t for t in ent if not (t.is_punct and t.text in {"-", "'"})]
    if not 1 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words):
        return None
    i = ent.end
    if i + 2 >= len(doc) or doc[i].text != "," or not (doc[i + 1].text.isdigit() and len(doc[i + 1].text) == 2) \
            or doc[i + 2].text not in {",", "."}:
        return None
    last = words[-1].lower_
    if last in ORG_HEADS or last in ORG_WORDS or last in FIRM_ENDS or last in CLUB_ENDS or is_country_or_region(ent.text) \
            or shipped_lookup(ent.text):
        return None
    return "PERSON"


BIG_PLACE = 200_000  # a place this large says things through its people (entities.BIG_CITY)


def _known_kind(t) -> str | None:
    """The type the shipped lexicon gives the name a token ends (its compounds before it read with it): "Half-Life 2"
    (WORK_OF_ART), "the Xbox" (PRODUCT); only a work's or a product's."""
    hit = _lexicon_entry_of_name(t)
    return hit[1] if hit is not None and hit[1] in {"WORK_OF_ART", "PRODUCT"} else None


def kind_of_a_known_partner(ent) -> str | None:
    """A name joined by "and" or "or" to a work or a product the shipped lexicon knows is of its kind: "it was closely
    followed by Halo 2 and Half-Life 2" (read PRODUCT; a video game is a WORK_OF_ART, docs/model.md).

    Never a place, a name the gazetteer knows itself, or a name read as a person's full name ("Bill Gates and the
    Xbox"), nor a body the text names as one.
    """
    text = span_text(ent)
    if ent.label_ in {"NORP", "EVENT"} or is_place(text) or shipped_lookup(text):
        return None
    words = [t for t in span_tokens(ent) if t.is_alpha]
    if not words or ent.label_ == "PERSON" and len(words) >= 2 and _starts_with_first_name(words):
        return None
    root = span_root(ent)
    partners = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    kinds = {_known_kind(p) for p in partners if p.i not in range(ent.start, ent.end)} - {None}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    return kind if kind != ent.label_ else None


# Ends of a people's adjective or noun ("Brazilian", "Sudanese", "Israeli", "Danish"): such a word after a job noun is
# the job's nation ("a striker Brazilian fans love"), no name.
_PEOPLE_ENDS = ("an", "ans", "ese", "i", "is", "ish")


def person_after_a_job_word(ent) -> str | None:
    """A one-word name the model read as a people (NORP) right after a person's job noun is that person (PERSON):
    "joined by Slow Jamz, on which West collaborated with rapper *Twista*", "chart success from rapper
    *Verbalicious* and the Stereophonics" — a people's word follows no job noun in English, it precedes one
    ("Brazilian striker").

    The job noun is lower-case and one of the title words (``roles.TITLE_HEADS``: "rapper", "singer", "striker"; the
    model tags "rapper" an adjective there);
    not a people's word ("-an", "-ese", "-i", "-ish"; ``lexicon.DEMONYM_NOUNS``) nor a name of the gazetteer, and not
    a word a capitalised name follows ("coach Brazilian Luiz Felipe Scolari": the nation of the coach).
    """
    if ent.label_ != "NORP" or len(ent) != 1 or ent.start == 0:
        return None
    doc = ent.doc
    t, before = ent[0], doc[ent.start - 1]
    if not (before.is_lower and before.is_alpha and before.lower_ in TITLE_HEADS and before.tag_ in {"NN", "JJ"}):
        return None
    if not (t.is_alpha and t.text[:1].isupper() and not t.is_upper) or t.lower_.endswith(_PEOPLE_ENDS) \
            or t.lower_ in DEMONYM_NOUNS or shipped_lookup(t.text) or is_place(t.text):
        return None
    if ent.end < len(doc) and doc[ent.end].text[:1].isupper() and doc[ent.end].is_alpha:
        return None
    return "PERSON"


# Nouns a name read as a people modifies that say what the name is: "BBC Wales' Maniffesto programme", "Fantastic Four
# characters" (works), "Symbian phones" (a product), "Rover's Longbridge plant" (a site), "its Luxembourg-based
# Clearstream unit" (a body), "the Soccerex football business forum" (an event).
KIND_AFTER_A_PEOPLE = {
    **dict.fromkeys("programme programmes show series character characters comic comics".split(), "WORK_OF_ART"),
    **dict.fromkeys("phone phones handset handsets console consoles software browser processor chips".split(), "PRODUCT"),
    **dict.fromkeys("plant factory works".split() + sorted(FAC_AFTER), "FAC"),
    **dict.fromkeys("unit subsidiary division".split(), "ORG"),
    **dict.fromkeys("forum conference summit exhibition".split(), "EVENT"),
}
# Words of a faith's people, which end in no people's ending: "Muslim leaders", "Hindu festival", "Sikh temple".
FAITH_PEOPLE = frozenset("muslim muslims hindu hindus sikh sikhs jew jews".split())


def _a_peoples_word(t) -> bool:
    """A nation's or a faith's word: "Brazilian", "Sudanese", "Israeli", "Danish", "Islamic", "Buddhist", "Muslim",
    a demonym noun ("Scot", "Kiwi") or a name of the gazetteer."""
    low = t.lower_
    return low.endswith(_PEOPLE_ENDS + ("ic", "ist", "ists", "ism")) or low in DEMONYM_NOUNS or low in FAITH_PEOPLE \
        or bool(shipped_lookup(t.text))


def thing_read_as_a_people(ent) -> str | None:
    """A name the model read as a people (NORP) that modifies a noun of a kind is of that kind
    (:data:`KIND_AFTER_A_PEOPLE`): "an interview for BBC Wales' *Maniffesto* programme", "Lee co-created … and
    *Fantastic Four* characters" (WORK_OF_ART), "the Mosquito game for *Symbian* phones" (PRODUCT), "the future of
    Rover's *Longbridge* plant" (FAC), "its *Clearstream* unit" (ORG), "Speaking at the *Soccerex* football business
    forum" (EVENT; up to three lower-case nouns between).

    A people's word before a noun is the people's ("Japanese phones", "a Hindu festival", "the Catholic show"), so
    no name ending in one of :func:`_a_peoples_word` is retyped ("Roman Catholic"); nor a name of more than two
    words. A one-word town the model read
    as a people is typed by its noun as the site it names ("Longbridge plant").
    """
    if ent.label_ != "NORP" or len(ent) > 2 or _a_peoples_word(ent[-1]) or shipped_lookup(ent.text) \
            or not all(t.text[:1].isupper() for t in ent if t.is_alpha) or is_place(ent.text) and len(ent) > 1:
        return None
    doc = ent.doc
    i = noun_after(ent, 3, KIND_AFTER_A_PEOPLE)  # "the Soccerex football business forum"
    if i >= len(doc) or not doc[i].is_lower or doc[i].pos_ != "NOUN":
        return None
    return KIND_AFTER_A_PEOPLE.get(doc[i].lower_)


# Of the job nouns, those a person's name follows: "chief executive Magnus McEwen-King" (not "a source", "staff").
HOLDERS_JOB_NOUNS = JOB_NOUNS - {"source", "figure", "staff"}
# The nouns a holder's name follows (person_after_a_person_noun), united once here, not at every name
# Nouns of a person's standing, no job, written before the name as a job is: "Olympic heptathlon champion Carolina
# Kluft" (read ORG), "Welsh legend Mervyn Davies" (read ORG), "the story's hero Arthur Dent" (read ORG).
STANDING_NOUNS = frozenset("champion legend hero heroine".split())
HOLDER_NOUNS = PERSON_NOUNS | HOLDERS_JOB_NOUNS | STANDING_NOUNS
# Nouns of a person that a name written right after them never ends in: "union official Ulf Carlsson" (a man), while
# "the band Keane" or "broadcaster Channel 4" name bodies (no person's noun).
NOT_A_PERSON_LAST = ORG_WORDS | ORG_HEADS | FIRM_ENDS | NOT_PERSON_LAST | LEAGUE_HEADS | EVENT_HEADS


def person_after_a_person_noun(ent) -> str | None:
    """A name the model read as a body, a place or a thing, right after a lower-case noun of a person that it
    completes, is that person (PERSON): "said Swedish trades union official *Ulf Carlsson*" (read ORG), "with Kasabian
    songwriter/guitarist Sergio *Pizzorno*", "commented Broadreach chief executive *Magnus McEwen-King*", "design
    engineer *Takuo Miyagishima* will be awarded an Oscar" — a job or a person's noun is followed by its holder's name.

    The noun is singular and lower-case (``roles.PERSON_NOUNS``: "official", "singer", "coach"; :data:`JOB_NOUNS`
    but "source", "figure" and "staff": "executive", "engineer", "researcher"), the name's head
    (or the name hangs on it); the name is one to three capitalised words, the last no body's, club's or event's word
    ("spokesman for Crossrail" is no compound; "coach Ajax Amsterdam FC" ends in a body's word), no place, no name of
    the gazetteer ("chairman Microsoft"), and no word in capitals ("chief executive BT").
    """
    if ent.label_ not in {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"} or ent.start == 0:
        return None
    doc = ent.doc
    noun = doc[ent.start - 1]
    if not (noun.is_lower and noun.tag_ == "NN" and noun.lower_.split("/")[-1] in HOLDER_NOUNS):
        return None
    words = [t for t in ent if not t.is_punct]
    if not 1 <= len(words) <= 3 or not all(t.text[:1].isupper() and not t.is_upper and t.text.replace("'", "").isalpha()
                                           for t in words):
        return None
    if words[-1].lower_ in NOT_A_PERSON_LAST or is_place(ent.text) or any(is_place(t.text) for t in words) \
            or is_country_or_region(ent.text) or shipped_lookup(ent.text) or shipped().lookup(ent.text):
        return None
    root = span_root(ent)
    if noun.head.i in range(ent.start, ent.end) or root.head.i == noun.i:
        return "PERSON"
    return None


TOWN_SIZE = 40_000  # GeoNames' people of a town a person's surname is seldom the name of
# Prepositions of where someone is, goes or comes from, whose object a town is: "two men, both from Keighley", "had to
# travel to Llanelli", "the villages close to Bouira".
WHERE_PREPOSITIONS = frozenset("in from to near outside around at".split())


def town_read_as_a_person(ent) -> str | None:
    """A one-word name the model read as a person, the object of a preposition of place, that GeoNames knows as a
    town of 40,000 people or a British town, is that town (GPE): "Two men, both from *Keighley*, were arrested",
    "Muslims had to travel to *Llanelli* for cultural events", "Arnold, from *Dartford* in Kent".

    Never a first name, a name after a title or "Mr", the surname of a person the article names in full ("Gordon
    Brown … a letter to Brown"), a name another capitalised word follows ("in Bath Abbey"), nor in a team sport's
    paragraph, where a town's name is its club as often ("moved from Leinster to *Toulouse*", a club).
    """
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0 or not ent[0].is_alpha or is_first_name(ent.text):
        return None
    root = span_root(ent)
    prep = doc[ent.start - 1]
    if root.dep_ != "pobj" or root.head.i != prep.i or prep.lower_ not in WHERE_PREPOSITIONS:
        return None
    if ent.end < len(doc) and doc[ent.end].text[:1].isupper() and doc[ent.end].is_alpha:
        return None
    if not (place_size(ent.text) >= TOWN_SIZE or is_british_town(ent.text)):
        return None
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == ent.text for e in doc.ents) \
            or _team_sport_paragraph(doc):
        return None
    return "GPE"


def _first_conjunct(t):
    """The first item of the list ``t`` is in: "spread to the Midlands, Merseyside, *Bristol* and Leeds" → the item
    the preposition holds (a name after a comma is often parsed as the first one's apposition)."""
    while (t.dep_ == "conj" or t.dep_ == "appos" and t.pos_ == "PROPN") and t.head.i != t.i:
        t = t.head
    return t


def town_read_as_a_body(ent) -> str | None:
    """A one-word name the model read as a body, that is a British town of GeoNames, where a preposition of place
    holds it (or a list it holds) or a comma and "of" after a person's name give where the person lives, is that
    town (GPE): "disturbances that spread to the Midlands, Merseyside, *Bristol* and Leeds", "Tony Martin, of
    *Burnley*, said …".

    Never in a team sport's paragraph (a town's name is its club there: "Liverpool travel to Burnley"), a name the
    gazetteer knows, a name another capitalised word follows ("in Bristol Crown Court"), nor a town that is no British
    one ("a spokesman from Orange", a firm named like a French town)."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) != 1 or ent.start == 0 or not ent[0].is_alpha or is_first_name(ent.text):
        return None
    if not is_british_town(ent.text) or place_size(ent.text) < TOWN_SIZE or shipped().lookup(ent.text):
        return None
    if ent.end < len(doc) and doc[ent.end].text[:1].isupper() and doc[ent.end].is_alpha:
        return None
    root = span_root(ent)
    first = _first_conjunct(root)
    prep = first.head
    where = first.dep_ == "pobj" and prep.lower_ in WHERE_PREPOSITIONS
    dweller = (root.dep_ == "pobj" and prep.lower_ == "of" and ent.start >= 3 and doc[ent.start - 1].i == prep.i
               and doc[ent.start - 2].text == "," and doc[ent.start - 3].ent_type_ == "PERSON")
    if not (where or dweller) or _team_sport_paragraph(doc):
        return None
    return "GPE"


def _listed_with(ent) -> list:
    """The other items of the list the name ``ent`` is in (:func:`_first_conjunct`; a name after a comma is often
    parsed as the apposition of the one before): "confronted by *Zoe*, Chrissie and Sam" → Chrissie, Sam."""
    first = _first_conjunct(span_root(ent))
    items = [first] + [t for t in first.subtree if t.dep_ in {"conj", "appos"} and _first_conjunct(t).i == first.i]
    return [t for t in items if t.i not in range(ent.start, ent.end)]


def first_name_among_people(ent) -> str | None:
    """A one-word name that the model read as a body or a place, listed with people, is a person (PERSON): "Den
    died after being confronted by *Zoe*, Chrissie and Sam in the Queen Vic" (characters of a soap, "Zoe" read ORG);
    "Morrissey beat *Eminem*, Usher and Robbie Williams to best male" ("Eminem" read GPE).

    Only a first name kg knows, or a word read as a place (a band's name is read as a body as often: "Jamelia, Lemar,
    Kanye West … and *Outkast*" stays ORG), that is no place GeoNames or the gazetteer knows ("Jordan", "Victoria");
    and only where some other item of its list is a name the model read as a person and none is a name of another
    kind."""
    if ent.label_ not in {"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"} or len(ent) != 1 or not ent[0].is_alpha \
            or ent[0].is_upper or is_place(ent.text) or shipped().lookup(ent.text):
        return None
    if not (is_first_name(ent.text) or ent.label_ in {"GPE", "LOC"}):
        return None
    others = _listed_with(ent)
    if not any(t.ent_type_ == "PERSON" for t in others) or any(t.ent_type_ not in {"PERSON", ""} for t in others):
        return None
    return "PERSON"


# Nouns of what a company has and no person, band or work does: "a new mobile venture from *Easyjet*'s founder".
COMPANY_HAS_NOUNS = frozenset("""
founder founders co-founder co-founders shareholders shareholder subsidiary subsidiaries
""".split())


def body_of_its_founder(ent) -> str | None:
    """A one-word name that owns a company's founder, shareholders or subsidiary is that company (ORG): "a new mobile
    venture from *Easyjet*'s founder" (read as a product).

    Not a first name, a place ("Britain's shares"), a work, event, law or people, nor the surname of a person the
    article names in full."""
    if ent.label_ in {"ORG", "WORK_OF_ART", "EVENT", "LAW", "NORP"} or len(ent) != 1 or not ent[0].is_alpha:
        return None
    root = span_root(ent)
    noun = root.head
    if root.dep_ != "poss" or noun.pos_ != "NOUN" or noun.lower_ not in COMPANY_HAS_NOUNS:
        return None
    if is_first_name(ent.text) or is_place(ent.text) or is_country_or_region(ent.text):
        return None
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == ent.text for e in doc_ents(ent.doc)):
        return None
    return "ORG"


# First words of a river's or a lake's name: "the River Lagan", "Loch Lomond" (a mountain's: MOUNTAIN_WORDS).
FEATURE_WORDS = frozenset("river loch lough lake".split())


def feature_by_its_first_word(ent) -> str | None:
    """A river's, a loch's or a lake's name, its feature's word and one capitalised name, is a place (LOC, the rubric's
    "rivers"; :func:`mountain_by_its_first_word` reads a mountain's), whatever the model read: "the doors opened at its
    present site on the Stranmillis embankment overlooking *the River Lagan* in 1968" (read ORG), "REM's open air
    concert at Balloch Castle Country Park, on the banks of *Loch Lomond*" (read PERSON).

    Not a room, a valley or a city named after one ("the Savoy, including *the River Room*", "the Ohio River Valley",
    "Loch Ness West", a seat: a capitalised word follows), nor a club in a team sport's paragraph ("River Plate")."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) != 2 or ent.label_ in {"LOC", "GPE", "WORK_OF_ART", "EVENT", "LAW"}:
        return None
    feature, name = words
    if feature.lower_ not in FEATURE_WORDS or not feature.text[:1].isupper() or not name.is_alpha \
            or not name.text[:1].isupper() or name.is_upper:
        return None
    if name.lower_ in VENUE_HEADS or name.lower_ in ORG_WORDS or name.lower_ in ORG_HEADS \
            or name.lower_ in {"room", "valley", "island", "city", "district"}:
        return None
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].is_alpha and doc[ent.end].text[:1].isupper():
        return None
    return None if _team_sport_paragraph(doc) else "LOC"


# Words of a day or a period that own what is held in it: "Saturday's Tsunami Aid", "last year's Rugby Aid".
TIME_OWNERS = frozenset("monday tuesday wednesday thursday friday saturday sunday weekend night year week month".split())


# Lower-case nouns of a division a place is run or elected by, written after its name: "the Bordesley Green ward",
# "Officials in Cojedes state", "the Gilan area".
DIVISION_NOUNS = frozenset("ward constituency borough province state county district region area".split())


def place_before_its_division(ent) -> str | None:
    """A name right before a lower-case noun of a division is that place (GPE): "three other
    Birmingham councillors in the Bordesley Green ward" (read ORG), "he has decided not to stand in the Sedgefield
    constituency" (read PERSON), "Officials in Cojedes state said" (read PRODUCT), "sentenced by a revolutionary court
    in the Gilan area" (read ORG).

    Not a people's word ("the Welsh region"), a name of the gazetteer ("the Commons constituency of Bethnal Green": a
    body's), nor in a team sport's report, where an area is the penalty area ("the edge of the Chelsea area") and a
    region a club's ("the Ospreys region").
    """
    doc = ent.doc
    if ent.label_ not in {"ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"} or ent.end >= len(doc):
        return None
    noun = doc[ent.end]
    if noun.lower_ not in DIVISION_NOUNS or not noun.is_lower or noun.tag_ != "NN":
        return None
    words = [t for t in ent if t.lower_ != "the"]
    if not words or not all(t.is_alpha and t.text[:1].isupper() for t in words) \
            or any(t.lower_ in DEMONYM_NOUNS or t.lower_.endswith(("ish", "ese")) for t in words) \
            or shipped().lookup(ent.text) or _team_sport_paragraph(doc):
        return None
    return "GPE"


def event_of_its_day(ent) -> str | None:
    """A name a day or a period owns, read as a person, is an event held then (EVENT): "Andy Garcia, Lucy Liu, Natalie
    Portman and Jay Leno are also among the new names for *Saturday's Tsunami Aid*" (a television benefit). No day owns
    a person: where the name only modifies a noun ("last year's Janet Jackson incident") it is left alone."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.start < 2 or doc[ent.start - 1].lower_ not in {"'s", "’s"} \
            or doc[ent.start - 2].lower_ not in TIME_OWNERS:
        return None
    if ent.end < len(doc) and (doc[ent.end].pos_ in {"NOUN", "PROPN"} or doc[ent.end].text[:1].isupper()):
        return None
    root = span_root(ent)
    if root.dep_ in {"compound", "nmod", "amod"} or _starts_with_first_name([t for t in ent if t.is_alpha]):
        return None  # "Last year's Janet Jackson 'wardrobe malfunction'"
    return "EVENT"


# Words of a sentence about bands and records, where a one-word name listed with singers is as often a band's:
# "Keane were followed by Franz Ferdinand, Razorlight and Joss Stone".
MUSIC_WORDS = frozenset("""
band bands group groups album albums single singles song songs chart charts music gig gigs tour rock pop singer
singers rapper rappers act acts
""".split())


def surname_among_people(ent) -> str | None:
    """A one-word name the model read as a body or a place, listed with two or more people named in full, and with
    nothing else, is a person's surname (PERSON): "His co-star Natalie Portman is up against *Blanchett*, Heather
    Craney, Julie Cristie and Meryl Streep in the best supporting actress category" (read ORG), "The likes of Matt
    Dawson, Jonny Wilkinson, Phil Vickery and *Hill*" (read ORG).

    Not a place ("promoted the news in Edinburgh, Wales Secretary Peter Hain …"), a name the gazetteer knows, a body
    its people are listed after ("against Vivendi, its chief executive Jean-Rene Fourtou and …": a title or a
    determiner before them), nor a name in a sentence about bands and records, where a band is listed with singers as
    often ("Franz Ferdinand, *Razorlight* and Joss Stone")."""
    if ent.label_ not in {"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"} or len(ent) != 1 or not ent[0].is_alpha \
            or ent[0].is_upper or not ent[0].text[:1].isupper() or is_place(ent.text) or shipped().lookup(ent.text):
        return None
    doc = ent.doc
    others = _listed_with(ent)
    if len(others) < 2 or not all(_full_person(doc, t.i) for t in others):
        return None
    if any(c.dep_ in {"det", "poss", "amod"} or c.dep_ == "compound" and not c.text[:1].isupper()
           for t in others for c in t.children):
        return None
    if any(t.lower_ in MUSIC_WORDS for t in ent.sent):
        return None
    return "PERSON"

