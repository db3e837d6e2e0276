"""What kind of thing a name is, read from the noun phrase around it (issue 17).

The small model types a bare name by its look: a ministry written "Defra" or a village
"Pengam" reads as a person, a ballet "Giselle" as an organisation. The sentence often
says what it is: "the rural affairs ministry, Defra", "in nearby Pengam", "her version
of Giselle". Each function reads one such construction and returns a spaCy label or None;
:func:`kg.resolve.nametypes.evidence_label` tries them after the rules of the name's own
words.
"""
from __future__ import annotations

from ..lexicon import DEMONYM_NOUNS, HONORIFICS, PLACE_KINDS
from ..docview import doc_tokens, span_root, span_tokens
from ..extract.quotes import SAYING
from ..nlp import sentence_of, span_text
from .gazetteer import shipped
from .names import is_first_name
from .roles import TITLE_HEADS, word
from .placenames import is_british_town, is_country_or_region, is_place, place_size

# Singular nouns of a body a name can stand in apposition to: "the rural affairs ministry, Defra".
BODY_NOUNS = frozenset("""
ministry department agency regulator watchdog body firm company group charity bank club team side band party
union authority council organisation organization operator broadcaster network retailer airline carrier publisher
developer maker manufacturer supermarket insurer lender brewer newspaper magazine website blog label studio
""".split())
# Nouns whose "of" names a work: "her version of Giselle", "a remake of Flight of the Phoenix".
WORK_OF_NOUNS = frozenset("adaptation remake staging revival rendition sequel prequel episode episodes premiere".split())
# Nouns whose "to" names a work: "the sequel to Grand Theft Auto Vice City".
WORK_TO_NOUNS = frozenset("sequel prequel".split())
# Nouns whose "of" names a character: "to play the role of Crockett".
CHARACTER_NOUNS = frozenset("role part character".split())
CASTING_VERBS = frozenset("play take land win get star cast reprise".split())
# Nouns whose "of" names a place: "the village of Pengam", "the state of Texas".
PLACE_NOUNS = PLACE_KINDS
# Plural nouns before a list of games or works: "arcade classics such as Space Invaders, Lunar Lander".
GAME_PLURALS = frozenset("games classics titles".split())
# Nouns that name a work: "the film Hotel Rwanda", "coming-of-age tale Thumbsucker", "the Evil Dead movies".
WORK_NOUNS = frozenset("""
film movie album single song track show programme series sitcom drama soap musical novel book play tale comedy
thriller documentary biopic opera ballad hit anthem cartoon
""".split())
WORK_PLURALS = frozenset(w + "s" for w in WORK_NOUNS) | {"series", "comedies", "documentaries"}
# Plural nouns of works that open a list of titles, besides WORK_PLURALS: "blockbusters such as Saving Private Ryan".
LISTED_WORK_PLURALS = WORK_PLURALS | frozenset("blockbusters".split())
# Nouns before a list of devices and programs: "a portable player such as an iPod", "gadgets like the PSP", "browsers
# such as Firefox", "freely available programs such as Ad-Aware and Spybot" (a TV programme is a "programme" here).
DEVICE_NOUNS = frozenset("device devices gadget gadgets console consoles handset handsets phone phones browser browsers"
                         " program programs".split())
PLAYER_KINDS = frozenset("portable music mp3 dvd media digital video cd audio".split())
# Plural nouns before a list of medicines: "painkillers such as Vioxx" (not "brands": "its confectionery brands -
# including Cadbury, Trident and Halls" names the firm's own brand, which is its name too).
MEDICINE_PLURALS = frozenset("drugs painkillers medicines treatments".split())
# Plural nouns before a list of towns: "fishing ports like Peterhead or Fraserburgh".
PLACE_PLURALS = frozenset("towns cities ports villages suburbs".split())
# Plural nouns before a list of malicious programs: "viruses such as Gaobot, Spybot and Randex".
MALWARE_PLURALS = frozenset("viruses worms trojans".split())
# Participles that credit a work: "in Tom Jones, directed by Tony Richardson".
CREDIT_VERBS = frozenset("directed starring co-starring scripted".split())
# A film's verb of its cast after "which": "Beyond Borders, which starred Angelina Jolie".
STARRED = frozenset("starred stars".split())
# Words after "starring" that make the name before it the actor, not the film: "Spike Lee, starring in seven Lee films".
ACTING_AS = frozenset("in as alongside opposite".split())


def _not_a_person_name(ent) -> bool:
    """No first name starts it and no title typed it: a rule may retype it."""
    return not (ent.label_ == "PERSON" and len(ent) > 1 and is_first_name(ent[0].text))


# What a noun says the name beside it is: "the rural affairs ministry, Defra", "a Windows virus called Bofra".
# Not "show": "CTIA, a wireless show" is a trade show.
KIND_OF_NOUN = {
    **dict.fromkeys(BODY_NOUNS, "ORG"),
    **dict.fromkeys("film movie album single song track programme series sitcom drama docu-drama novel book "
                    "comedy thriller documentary ballet opera musical painting poem duet ballad anthem game debut".split(), "WORK_OF_ART"),
    **dict.fromkeys("virus worm trojan program software browser console handset phone device chip processor gadget "
                    "satellite spacecraft probe hub router laptop camera robot car aircraft drug painkiller".split(), "PRODUCT"),
    **dict.fromkeys("exhibition festival tournament competition conference summit".split(), "EVENT"),
    **dict.fromkeys("village town city port suburb".split(), "GPE"),
}
NAMING_VERBS = frozenset("called named dubbed entitled titled".split())
# Nouns that give a kind only to the name they are "called": "a new report called Rags To Riches To Rags",
# "the peer-to-peer system called BitTorrent", "a technology called Visual Radio", "an officially recognised
# mathematical speed test called Linpack" (a benchmark, read ORG), "a built-in application called Pictochat" (read
# PERSON), "a blog called Dogs without Borders", "a bar called Underground"; in apposition they name bodies too ("the
# Tube system, London Underground", "the Hutton report").
KIND_OF_NAMED_NOUN = {
    "report": "WORK_OF_ART", "blog": "WORK_OF_ART", "weblog": "WORK_OF_ART", "podcast": "WORK_OF_ART",
    **dict.fromkeys("system technology test benchmark format standard protocol application".split(), "PRODUCT"),
    **dict.fromkeys("bar pub restaurant nightclub".split(), "FAC"),
}


def _kind_noun(t, kinds=KIND_OF_NOUN) -> str | None:
    """The label a singular noun gives the name it describes, hyphened nouns read whole ("docu-drama")."""
    doc = t.doc
    text = t.lower_
    if t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 2].whitespace_ and not doc[t.i - 1].whitespace_:
        text = f"{doc[t.i - 2].lower_}-{text}"
    return kinds.get(text) if t.tag_ == "NN" else None


def kind_by_apposition(ent) -> str | None:
    """A name in apposition to a noun of a kind is of that kind: "the rural affairs ministry, Defra" (ORG),
    "The exhibition, Fonetography, will feature images" (EVENT), "Supervolcano, a docu-drama about a volcanic
    eruption" (WORK_OF_ART).

    Only a singular noun; a person's name ("Giles Bradshaw, the firm's founder") and a place GeoNames knows
    ("The Jacksonville, Florida-based firm") never.
    """
    if ent.label_ == "LAW" or not _not_a_person_name(ent) or is_place(ent.text):
        return None
    root = span_root(ent)
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    labels = [_kind_noun(n) for n in nouns]
    label = next((lb for lb in labels if lb), None)
    return label if label and label != ent.label_ and _retypes_a_title(ent, label) else None


def _retypes_a_title(ent, label: str) -> bool:
    """A name read as a work or an event takes only a body's or a place's kind from its noun: "a New York-based trade
    group called The Travel Partnership" (read as a work, ORG); a work's noun or a product's leaves it as read."""
    return ent.label_ not in {"WORK_OF_ART", "EVENT"} or label in {"ORG", "GPE"}


def kind_by_naming(ent) -> str | None:
    """A name after "called", "named", "dubbed" is of the kind of the noun so named: "A Windows virus called
    Bofra is turning infected machines into distributors" (PRODUCT), "a village called …" (GPE).

    "a man called Smith" (no noun of a kind) stays as read. "report" and "system" give a kind here only
    (:data:`KIND_OF_NAMED_NOUN`): "a report called Rags To Riches To Rags", "the system called BitTorrent".
    """
    doc = ent.doc
    if ent.start == 0 or ent.label_ == "LAW" or not _not_a_person_name(ent):
        return None
    verb = doc[ent.start - 1]
    if verb.lower_ not in NAMING_VERBS or verb.head.i == verb.i or verb.head.i > verb.i:
        return None
    label = _kind_noun(verb.head) or _kind_noun(verb.head, KIND_OF_NAMED_NOUN)
    return label if label and label != ent.label_ and _retypes_a_title(ent, label) else None


def _of_object(ent, preposition: str = "of"):
    """The noun whose "of" the name is the object of ("version" in "her version of Giselle"), or None."""
    root = span_root(ent)
    if root.dep_ != "pobj" or root.head.lower_ != preposition or root.head.head.pos_ != "NOUN":
        return None
    return root.head.head


def work_of_a_version(ent) -> str | None:
    """The object of "an adaptation of", "a remake of", "episodes of", "the premiere of", "her version of", "the
    sequel to" is a work (WORK_OF_ART): "Her version of Giselle, all lightness and grace, is still considered among
    the finest ever", "was in London's Leicester Square for the UK premiere of Polar Express".

    "version" only with a person's possessive ("her", "his"): "a new version of Windows" is software.
    A person's name is never a work ("an adaptation of Dickens").
    """
    if ent.label_ in {"PERSON", "GPE", "LOC", "NORP", "WORK_OF_ART", "EVENT", "LAW"}:
        return None
    sequel = _of_object(ent, "to")  # "Gangster-themed GTA San Andreas is the sequel to Grand Theft Auto Vice City"
    if sequel is not None and sequel.lower_ in WORK_TO_NOUNS:
        return "WORK_OF_ART"
    noun = _of_object(ent)
    if noun is None:
        return None
    if noun.lower_ in WORK_OF_NOUNS:
        return "WORK_OF_ART"
    if noun.lower_ == "version" and any(c.dep_ == "poss" and c.lower_ in {"her", "his", "their"} for c in noun.children):
        return "WORK_OF_ART"
    return None


def character_of_a_role(ent) -> str | None:
    """The name a role is "of", where someone plays it, is a character (PERSON): "Farrell is pencilled in to
    play the role of Crockett in a film version of Miami Vice".

    Not the role of a body or a country: "Britain's role of mediator", "the role of the UN" (no playing verb).
    """
    if ent.label_ in {"PERSON", "GPE", "LOC", "NORP"} or is_place(ent.text):
        return None
    noun = _of_object(ent)
    if noun is None or noun.lower_ not in CHARACTER_NOUNS:
        return None
    played = noun.dep_ == "dobj" and noun.head.lemma_.lower() in CASTING_VERBS
    return "PERSON" if played else None


def place_by_its_noun(ent) -> str | None:
    """A name a place noun or "nearby" marks is a place (GPE): "Lewis Boys' School in nearby Pengam",
    "the village of Pengam", "the state of Texas".

    Not a body "of" a place noun's name: "the club of the year" has no name; a PERSON written with a first
    name stays ("the city of Charlotte" is a city all the same, so only titled persons keep theirs).
    """
    if ent.label_ in {"GPE", "LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART"}:
        return None
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in {"nearby", "neighbouring", "neighboring"} and before.head.i in range(ent.start, ent.end):
        return "GPE"
    noun = _of_object(ent)
    if noun is not None and noun.lower_ in PLACE_NOUNS and any(c.lower_ == "the" for c in noun.children):
        return "GPE"
    return None


def is_finite_include(t) -> bool:
    """A finite "include", whose subject names the kind of the list after it: "Inbev brands include Bass, Stella
    Artois, Hoegaarden and Staropramen", "The nominated films include Ray, Sideways …" (not "including", which
    opens a list of its own after its noun)."""
    return t.lemma_ == "include" and t.tag_ in {"VBP", "VBZ", "VBD"}


def subject_of_include(t):
    """The subject of an "include" (:func:`is_finite_include`): "Inbev *brands* include Bass, …", or None."""
    return next((c for c in t.children if c.dep_ == "nsubj"), None)


def _list_noun(ent):
    """The noun before "such as", "like" or "including" whose list holds the name, or the subject of "include" before
    it ("Inbev brands include Bass, …"), or None.

    A name after "by" inside the list is no item of it but an item's maker: "50 shows, including those by "shock
    jock" Howard Stern" (a presenter, not a show)."""
    doc = ent.doc
    trigger = False
    for t in reversed(doc_tokens(doc)[sentence_of(ent).start:ent.start]):
        if not trigger and t.lower_ == "by":
            return None
        if not trigger and is_finite_include(t):  # "The nominated films include Ray, Sideways …"
            subject = subject_of_include(t)
            return subject if subject is not None and subject.pos_ == "NOUN" else None
        if t.lower_ in {"as", "like", "including"}:
            trigger = True
        elif t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"}:
            return None  # not a participle inside an earlier item: "the Windows-based Creative Zen …, the Samsung Yepp"
        elif trigger and t.pos_ == "NOUN":
            return t
        elif trigger and t.lower_ not in {"such", ",", "-"}:
            return None
    return None


def listed_game_or_device(ent) -> str | None:
    """A name listed after games, works or devices is a game or a work (WORK_OF_ART) or a device (PRODUCT): "ports
    of PC and arcade classics such as Space Invaders, Lunar Lander and Bejewelled"; "nominated for such films as
    Raging Bull and Goodfellas", "blockbusters such as Saving Private Ryan, Forrest Gump and Ghost" (a work named
    like a person too); "a portable player such as an iPod".

    "There are also versions of titles, such as Colin McRae Rally, that you typically find on PCs" (a game, though
    the model and its last word read an event).
    "player" counts only as a device ("portable", "music", "mp3" …): "players such as Beckham" are people.
    Medicines, brands and malicious programs are products (PRODUCT): "sold under brand names such as Celebrex and
    Vioxx", "viruses such as Gaobot, Spybot and Randex".
    A place GeoNames knows or a nation stays as read ("games in cities such as Leeds"); a town listed after "towns",
    "ports" … is a place (GPE): "fishing ports like Peterhead or Fraserburgh".
    """
    if ent.label_ in {"NORP", "LAW", "WORK_OF_ART"} or is_place(span_text(ent)):
        return None
    noun = _list_noun(ent)
    if noun is None:
        return None
    if noun.lower_ in LISTED_WORK_PLURALS and noun.tag_ == "NNS":
        return "WORK_OF_ART"  # a film named like a person is a film here: "blockbusters such as … Forrest Gump"
    if not _not_a_person_name(ent):
        return None
    if noun.lower_ in GAME_PLURALS:
        return "WORK_OF_ART"
    is_player = noun.lemma_.lower() == "player" and any(c.lower_ in PLAYER_KINDS for c in noun.children)
    if (noun.lower_ in DEVICE_NOUNS or is_player) and ent.label_ != "PRODUCT":
        return "PRODUCT"
    if noun.lower_ in PLACE_PLURALS and ent.label_ not in {"GPE", "LOC", "FAC"}:
        return "GPE"  # "fishing ports like Peterhead or Fraserburgh" (read PERSON)
    if noun.lower_ in MALWARE_PLURALS and not _known_body(ent.text):
        return "PRODUCT"  # "the code for viruses such as Gaobot, Spybot and Randex"
    brand_names = noun.lower_ == "names" and any(c.lower_ == "brand" for c in noun.children)
    if (noun.lower_ in MEDICINE_PLURALS or brand_names) and ent.label_ != "PRODUCT":
        return "PRODUCT"  # "sold under brand names such as Celebrex and Vioxx", "painkillers such as Vioxx"
    return None


def work_by_its_credits(ent) -> str | None:
    """A name followed by "directed by", "starring" is a film or a show (WORK_OF_ART): "she made her film
    debut in 1963 in Tom Jones, directed by Tony Richardson"; so is one a comma and "which starred" follow: "His film
    credits include Edge of Darkness, Vertical Limit and Beyond Borders, which starred Angelina Jolie" (read PERSON),
    "The first film to win was Wings, which starred Clara Bow" (read ORG). Set off by a comma, the film may be the
    sentence's subject ("The Producers, starring Nathan Lane and Lee Evans, is up for best musical", read PERSON) and a
    name read as a place that no gazetteer knows may be one ("she followed Salaam Bombay! with Mississippi Masala,
    starring Denzel Washington", read GPE).

    Not the subject of a verb without a comma ("Tom Jones directed by example", hardly), nor an actor: "starring in",
    "starring as" after a person ("He frequently collaborated with director Spike Lee, starring in seven Lee films");
    "Tom Jones, who starred in …" has no participle and stays a person.
    """
    if ent.label_ in {"WORK_OF_ART", "EVENT", "LAW", "NORP"}:
        return None
    if ent.label_ in {"GPE", "LOC"} and (is_place(ent.text) or is_country_or_region(ent.text) or shipped().lookup(ent.text)):
        return None
    doc = ent.doc
    comma = ent.end < len(doc) and doc[ent.end].text == ","
    i = ent.end + (1 if comma else 0)
    if comma and i + 2 < len(doc) and doc[i].lower_ == "which" and doc[i + 1].lower_ in STARRED:
        return "WORK_OF_ART"  # "Wings, which starred Clara Bow"
    if i + 1 >= len(doc) or doc[i].lower_ not in CREDIT_VERBS or not comma and span_root(ent).dep_ in {"nsubj", "nsubjpass"}:
        return None
    if doc[i].lower_ in {"starring", "co-starring"} and doc[i + 1].lower_ in ACTING_AS:
        return None  # "director Spike Lee, starring in seven Lee films": the actor
    return "WORK_OF_ART" if doc[i].lower_ != "directed" or doc[i + 1].lower_ == "by" else None


def team_named_team(ent) -> str | None:
    """A name that starts with "Team" is a team (ORG): "the highest finisher for Team GB"."""
    words = [t for t in ent if t.is_alpha]
    if ent.label_ == "ORG" or len(words) < 2 or words[0].text != "Team" or not words[1].text[:1].isupper():
        return None
    return "ORG"


# Last words of a building's name: "Westminster Abbey", "the Millennium Stadium", "Heathrow Airport".
BUILDING_HEADS = frozenset("cathedral abbey chapel mosque synagogue basilica minster stadium arena airport bridge dam".split())
# Last words of a stage's or a concert hall's name, which the model reads as a body (ORG): "the Palace Theatre",
# "Carnegie Hall" — a venue is a building (FAC, bench/audit_rubric.md), whatever company plays there.
THEATRE_HEADS = frozenset("theatre theater hall".split())
# Last words of a venue that the model reads as the event held there: "the Scottish Exhibition and Conference Centre".
VENUE_HEADS = BUILDING_HEADS | frozenset("centre center hall theatre".split())
# Of those, the words no person's surname is ("Wayne Bridge", "Simon Hall", "Charlotte Church" are people): a name
# ending in one is the building though a first name opens it, "the Ethel Barrymore Theatre".
NO_SURNAME_BUILDING_HEADS = frozenset("cathedral abbey basilica stadium arena airport theatre theater centre center".split())


def building_by_its_head(ent) -> str | None:
    """A name ending in a building's word is the building (FAC): "the Millennium Stadium", "Westminster Abbey",
    a ground or a park the model read as a place, a body or a person: "rejected a move to Goodison Park", "two
    venues - Hylands Park in Essex and Weston Park in Staffordshire" (a park it read as a region, LOC, stays), and
    "Church" after a saint: "the Saint Sulpice Church", "St Mary's Church"; a venue the model read as an
    event: "A super-casino in Glasgow could be located at Ibrox or the Scottish Exhibition and Conference Centre".

    "the Catholic Church" and "the Church of England" (bodies) and "Charlotte Church" (a singer) stay as read; a first
    name opens a building's name only before a word no surname is (:data:`NO_SURNAME_BUILDING_HEADS`: "the Ethel
    Barrymore Theatre", read as a person; "Wayne Bridge" stays a player).
    """
    words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
    if ent.label_ == "EVENT" and len(words) >= 2 and words[-1].lower_ in VENUE_HEADS and words[-1].text[:1].isupper():
        return "FAC"  # "the Scottish Exhibition and Conference Centre": no event ends with its venue's word
    if ent.label_ in {"FAC", "EVENT", "WORK_OF_ART", "LAW"} or len(words) < 2 or not words[-1].text[:1].isupper():
        return None
    last = words[-1].lower_
    if ent.label_ == "PERSON" and last in NO_SURNAME_BUILDING_HEADS:
        return "FAC"  # "at the Ethel Barrymore Theatre in New York" (read as a person: a first name opens it)
    if not _not_a_person_name(ent) or ent.label_ == "PERSON" and is_first_name(words[0].text):
        return None
    if last in BUILDING_HEADS:
        return "FAC"
    if last in THEATRE_HEADS and not (last == "hall" and is_first_name(words[0].text)):
        return "FAC"  # "performing at Carnegie Hall", "the Palace Theatre" (read ORG); not "Simon Hall"
    if last == "park" and ent.label_ != "LOC" and word(words[0].text) not in HONORIFICS \
            and not (ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in TITLE_HEADS):
        return "FAC"  # "a move to Goodison Park", "two venues - Hylands Park"; not "Mr Park", "Linkin Park singer"
    if last == "church" and words[0].lower_ in {"st", "saint"}:
        return "FAC"
    return None


def saints_place(ent) -> str | None:
    """A saint's possessive before a capitalised noun names a place, never the saint (FAC): "The Gunners travel
    to St James' Park on Wednesday", "St Enoch's Shopping Centre". A body so named stays one ("St Mary's
    Hospital" read ORG); "St James" alone is left as read.
    """
    words = [t for t in ent if t.lower_ != "the"]
    if ent.label_ in {"ORG", "FAC", "GPE", "LOC"} or len(words) < 4 or words[0].lower_.rstrip(".") not in {"st", "saint"}:
        return None
    pos = next((i for i, t in enumerate(words) if t.tag_ == "POS" or t.text in {"'", "’", "'s", "’s"}), None)
    if pos is None or pos + 1 >= len(words) or not words[pos + 1].text[:1].isupper():
        return None
    return "FAC"


# Verbs whose object is a language ("speaks fluent French") and verbs done "in" one ("sings in Welsh").
LANGUAGE_OBJECT_VERBS = frozenset("speak learn teach understand".split())
IN_A_LANGUAGE_VERBS = frozenset("speak write sing publish broadcast translate dub subtitle".split())
# Nouns of a tongue's writing or speech, after which a people's adjective names the language: "the Latin alphabet",
# "the Catalan language", "Thai subtitles".
WRITING_NOUNS = frozenset("alphabet alphabets script scripts language languages dialect dialects subtitles".split())
# Adjectives of a continent or a region of peoples, which name no one tongue: "European languages", "African languages".
REGION_ADJECTIVES = frozenset("African American Asian European Western Eastern Oriental Nordic Scandinavian Balkan Caribbean Arab".split())


def is_language_use(ent) -> bool:
    """A one-word name used as a language, which kg keeps no entity for (spaCy's LANGUAGE is not among
    kg's entity types): a gloss, "Veritas - Latin for truth"; "speaks fluent French"; "sings in Welsh";
    "translated into German"; a people's adjective (read NORP) before an alphabet, a script or a language: "coded using a
    mixture of the Latin alphabet and the Russian alphabet" (not a continent's: "European languages").

    Not a people or a place in other roles: "French troops", "talking to BT in Belfast", "the French said",
    "Chelsea, Arsenal for example"; nor a work written: "he helped write Kokomo for the Beach Boys".
    """
    if len(ent) != 1 or ent.label_ not in {"NORP", "ORG", "GPE", "LANGUAGE", "PERSON"}:
        return False
    doc = ent.doc
    t = ent[0]
    if t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "for" and doc[t.i + 2].is_lower and doc[t.i + 2].pos_ == "NOUN" \
            and doc[t.i + 2].lower_ not in {"example", "instance", "now", "sure"} \
            and t.i > 0 and doc[t.i - 1].text in {"-", ",", "–"} \
            and (t.i + 3 >= len(doc) or doc[t.i + 3].is_punct):
        return True  # "Veritas - Latin for truth."
    head = t.head
    if t.dep_ == "dobj" and head.lemma_.lower() in LANGUAGE_OBJECT_VERBS:
        return True  # "speaks fluent French"
    if t.dep_ in {"amod", "compound"} and head.i == t.i + 1 and head.lower_ in WRITING_NOUNS and ent.label_ == "NORP" \
            and t.text not in REGION_ADJECTIVES and not t.lower_.endswith("s"):
        return True  # "a mixture of the Latin alphabet and the Russian alphabet"
    return t.dep_ == "pobj" and head.lower_ in {"in", "into"} and head.head.lemma_.lower() in IN_A_LANGUAGE_VERBS \
        and not is_place(t.text)  # "talking to BT in Belfast"


# Last words of a parliamentary seat: "Bristol South", "Leeds North West", "Cardiff Central".
SEAT_WORDS = frozenset("north south east west central".split())


def constituency_name(ent) -> str | None:
    """A town GeoNames knows followed by compass words is a parliamentary seat (GPE): "down to 10% in Bristol
    South and Leeds Central and 8% in Nottingham North", "Leeds North West".

    Only a British town, or a county the gazetteer lists (seats are a British way of naming: "Surrey South West", read
    PERSON, "Dorset West", read ORG): not "Kanye West" (Kanye is a town of Botswana), nor a person whose first name is
    a town, nor a body's name that goes on ("the European Central Bank": the compass word must end the name).
    """
    words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
    if ent.label_ in {"GPE", "LOC"} or len(words) < 2 or len(words) > 3 or not all(t.text[:1].isupper() for t in words):
        return None
    k = next((i for i, t in enumerate(words) if t.lower_ in SEAT_WORDS), None)
    if k is None or k == 0 or any(t.lower_ not in SEAT_WORDS for t in words[k:]):
        return None
    town = " ".join(t.text for t in words[:k])
    if not (is_british_town(town) or (shipped().lookup(town) or ("", ""))[1] == "LOC") or is_first_name(words[0].text):
        return None
    return "GPE"


# Nouns of a member of a parliament whose "for" names a seat: "the newly elected MP for Sedgefield".
SEAT_HOLDERS = frozenset("mp mps mep meps msp msps am ams mla mlas td tds member".split())


def seat_of_a_member(ent) -> str | None:
    """The name a member of a parliament or an assembly is "for" is a seat, a place (GPE): "the newly elected MP for
    Sedgefield, Tony Blair" (read PERSON), "the former Conservative MP for Kensington and Chelsea" (read ORG), "a GP
    in Blaengwynfi … before becoming AM for Aberavon" (a Welsh Assembly Member's seat, read PRODUCT).

    Not a person's full name ("MP for Tony Blair" is no English), nor a name the text typed.
    """
    if ent.label_ in {"GPE", "LOC", "NORP", "EVENT", "LAW", "WORK_OF_ART"} or not _not_a_person_name(ent):
        return None
    top = span_root(ent)
    while top.dep_ == "conj" and top.head.i != top.i:  # "for Kensington and Chelsea"
        top = top.head
    if top.dep_ != "pobj" or top.head.lower_ != "for":
        return None
    holder = top.head.head
    return "GPE" if holder.lower_ in SEAT_HOLDERS and holder.pos_ in {"NOUN", "PROPN"} else None


# Plural nouns of people before a list of names: "artists such as Jay-Z and Alicia Keys".
PEOPLE_PLURALS = frozenset("""
artists singers stars actors actresses players musicians rappers writers authors directors presenters hosts
politicians ministers celebrities names winners nominees
""".split())
# Last words of a body's name that end no person's name (no surname) and no title: "The Making Decisions Alliance"
# (read as a work), "Lawyers' Christian Fellowship" (read as a person, after the first name "Christian"), "the
# European Sports Journalists Association awards", "Labour's ruling National Executive Committee".
BODY_ONLY_HEADS = frozenset("""
alliance partnership coalition consortium association committee commission federation confederation fellowship
""".split())
# Last words that end a body's, a place's or a work's name, never a person's ("Jackson Five", "Warner Bros").
NOT_PERSON_LAST = frozenset("""
five four three bros brothers sisters boys girls show awards award cup project plan avenue hills court opera house
company society fleet auxiliary prerogative international marathon festival
""".split()) | BODY_ONLY_HEADS


def _person_shaped(ent) -> bool:
    """Two or three capitalised words, the first a first name, none a body's, a work's or a place's word:
    "Alicia Keys", "Tess Daly" (not "Warner Bros", "the Jackson Five", "Billy Elliot the Musical")."""
    words = [t for t in span_tokens(ent) if t.is_alpha]
    if not 2 <= len(words) <= 3 or len(words) != len(ent) or not all(t.text[:1].isupper() and not t.is_upper for t in words):
        return False
    return is_first_name(words[0].text) and words[-1].lower_ not in NOT_PERSON_LAST and not is_place(ent.text)


def _people_list_noun(ent) -> bool:
    """The name is listed after a plural noun of people: "artists such as Jay-Z and Alicia Keys"."""
    doc = ent.doc
    trigger = False
    for t in reversed(doc_tokens(doc)[sentence_of(ent).start:ent.start]):
        if t.lower_ in {"as", "including", "like"}:
            trigger = True
        elif t.pos_ in {"VERB", "AUX"}:
            return False
        elif trigger and t.pos_ == "NOUN":
            return t.lower_ in PEOPLE_PLURALS
    return False


def person_by_company(ent) -> str | None:
    """A name shaped like a person's (a first name and a surname) that the model read as something else is a
    person where the sentence treats it as one (PERSON):

    - a relative "who" after it: "Other winners included Paddy Considine, who was crowned best actor";
    - coordinated with a person's name: "Veteran presenter Bruce Forsyth and Tess Daly will host the programme";
    - listed after a plural noun of people: "producing songs for artists such as Jay-Z and Alicia Keys".

    Films named after their heroes stay works where nothing says so ("Billy Elliot", "Vera Drake"), and a
    band's name after "the" or with a plural end ("the Beastie Boys", "the Jackson Five") never turns.
    """
    if ent.label_ == "PERSON":
        return None
    if not _person_shaped(ent):
        return None
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ == "the":
        return None
    nxt = ent.end + (1 if ent.end < len(doc) and doc[ent.end].text == "," else 0)
    if nxt < len(doc) and doc[nxt].lower_ == "who" and doc[nxt].dep_ in {"nsubj", "nsubjpass"}:
        return "PERSON"
    root = span_root(ent)
    partners = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    for p in partners:
        if p.ent_type_ == "PERSON" and p.i not in range(ent.start, ent.end):
            span = next((e for e in doc.ents if e.start <= p.i < e.end), None)
            if span is not None and len(span) >= 2 and is_first_name(span[0].text):
                return "PERSON"
    return "PERSON" if _people_list_noun(ent) else None


COPULAS = frozenset("be become remain name vote crown".split())


def kind_by_copula(ent) -> str | None:
    """The subject of "is a …", "was named best …" is of the kind of the noun it is called: "The Aviator is a
    gorgeous movie" (WORK_OF_ART), "Little Britain was named best comedy" (WORK_OF_ART), "Valve is a
    games developer" (ORG).

    Only a singular noun of :data:`KIND_OF_NOUN`, never a name shaped like a person's ("Tom Jones is a
    musical legend") nor a place GeoNames knows ("Cardiff is a city").
    """
    root = span_root(ent)
    if root.dep_ not in {"nsubj", "nsubjpass"} or root.head.lemma_.lower() not in COPULAS:
        return None
    if ent.label_ in {"WORK_OF_ART", "EVENT", "LAW"} or not _not_a_person_name(ent) or _person_shaped(ent) \
            or is_place(ent.text):
        return None
    nouns = [c for c in root.head.children if c.dep_ in {"attr", "oprd"}]
    label = next((lb for lb in (_kind_noun(n) for n in nouns) if lb), None)
    return label if label and label != ent.label_ else None


def acronym_after_its_name(ent) -> str | None:
    """An acronym in brackets right after the name it abbreviates is of that name's kind: "the Academy of Motion
    Pictures Arts and Sciences (Ampas) has done it for them", "the World Anti-Doping Agency (Wada)" (ORG),
    where the model reads a short mixed-case word as a person or a place.

    Only when its letters spell the name's initials in order ("the International Tennis Federation (ITF)");
    a person's name before brackets ("Tony Blair (TB)") gives nothing.
    """
    from .review import is_acronym_of  # review reads names and roles only; imported late to keep layers plain
    doc = ent.doc
    if len(ent) != 1 or ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return None
    name = next((e for e in doc.ents if e.end == ent.start - 1), None)
    if name is None or name.label_ in {"PERSON", "NORP", "DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "TIME"}:
        return None
    if not is_acronym_of(ent.text, name.text):
        return None
    return name.label_ if name.label_ != ent.label_ else None


# Plural-agreeing verb forms after a singular name: "Blackburn have rejected", "Black Sabbath are", "Chelsea were".
PLURAL_VERB_TAGS = frozenset({"VBP"})


def body_by_plural_verb(ent) -> str | None:
    """A name the model read as a person whose verb agrees in the plural is a club, a band or a team (ORG), as
    British English writes them: "Blackburn have rejected a third bid from Rangers", "Black Sabbath are one of
    Britain's most successful heavy rock bands", "St Helens have been strongly linked with a move for …".

    Never a person: not a name in a coordination ("Kathy Butler and Hayley Yelling were"), nor one starting
    with a first name or an honorific ("Mr Makower"), nor a subject after its verb ("Also in the running are
    … Napoleon Dynamite"), nor a possessive ("Blair's … were"), nor the speaker right after a verb of saying, whom
    the parse makes the subject of the report's verb ("The European ministers' comments, said *Junya Tanase* of
    JPMorgan Chase bank in Tokyo, were 'generally too weak …'").
    """
    if ent.label_ != "PERSON":
        return None
    root = span_root(ent)
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].pos_ == "VERB" and doc[ent.start - 1].lemma_.lower() in SAYING:
        return None
    if root.dep_ not in {"nsubj", "nsubjpass"} or any(c.dep_ == "conj" for c in root.children) \
            or any(t.lower_ in {"and", "&", ","} for t in ent) or _listed(ent):
        return None  # a coordination the parse missed: "their two children Emily, 16, and Pelham, 14 were pleased"
    if is_country_or_region(ent.text):
        return None  # a country's team keeps the country's type ("Mauritius take on Madagascar")
    verb = root.head
    if verb.i < ent.end or verb.pos_ not in {"VERB", "AUX"}:
        return None
    first = min([verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}], key=lambda t: t.i)
    if not (first.tag_ in PLURAL_VERB_TAGS or first.lower_ == "were" and not is_unreal_were(first, verb)) \
            or first.i < ent.end:
        return None
    words = [t for t in ent if t.is_alpha]
    if not words or len(words) > 1 and is_first_name(words[0].text) or words[0].lower_.rstrip(".") in HONORIFICS \
            or ent.end < len(doc) and doc[ent.end].tag_ == "POS":
        return None  # "David Davis … were" (a list the parse cut); a lone "Chelsea were" is the club
    return "ORG"


# Words that put a clause in a condition or a wish, where "were" is the subjunctive, not a plural.
UNREAL_MARKS = frozenset("if unless though".split())
WISH_VERBS = frozenset("wish".split())


def is_unreal_were(were, verb) -> bool:
    """ "were" is the subjunctive of a condition or a wish, which any subject takes, not plural agreement: "If
    Rooney were fit, he would play", "if Blair were to resign", "as if Brown were already leader", "I wish
    Rooney were here", "Were Rooney fit, …" (inverted).
    """
    doc = were.doc
    if were.i + 1 < len(doc) and doc[were.i + 1].lower_ == "to":
        return True  # "if Blair were to resign"
    clause = [verb, were]
    if any(c.dep_ == "mark" and c.lower_ in UNREAL_MARKS for t in clause for c in t.children):
        return True
    if verb.dep_ == "ccomp" and verb.head.lemma_ in WISH_VERBS:
        return True
    start = sentence_of(were).start
    return were.i == start or doc[start].lower_ == "were"  # "Were Rooney fit, he would play"


def _listed(ent) -> bool:
    """The name is an item of a list the parse may have missed: "and" or "or" before it, a comma after it,
    or a comma between items before it ("Need for Speed, Fifa football, Burnout were just a few"); not a comma
    that closes a phrase before the clause ("Formed … in the late 1960s, Black Sabbath are …")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in {"and", "&", "or"} or ent.end < len(doc) and doc[ent.end].text == ",":
        return True
    if before is None or before.text != ",":
        return False
    items = [t for t in doc[sentence_of(ent).start:ent.start - 1] if t.text == "," and t.i > 0 and doc[t.i - 1].text[:1].isupper()]
    return len(items) >= 1 and doc[ent.start - 2].text[:1].isupper() or len(items) >= 2


# Nouns of a malicious program after its name: "the MyDoom bug", "the Hackarmy trojan", "the Bofra virus".
MALWARE_NOUNS = frozenset("virus worm trojan bug".split())


def _known_body(text: str) -> bool:
    """The shipped gazetteer lists the name as a body ("Microsoft")."""
    hit = shipped().lookup(text)
    return hit is not None and hit[1] == "ORG"


def malware_by_its_noun(ent) -> str | None:
    """A name between "the" and a noun of a malicious program is that program (PRODUCT): "offshoots of the MyDoom
    bug", "the program … is called the Hackarmy trojan", "download the Bofra virus".

    Only after "the", which may open a list of such names: "behind the *Netsky* and *Sasser* virus families" (both read
    as persons). "A Windows virus" is a virus for Windows, not Windows. Never a name the model or the
    gazetteer reads as a body: "the Netcraft bug", "the Microsoft worm" are the firm's bug and worm. A name the
    model read as a people or a place is the program only before "virus", "worm" or "trojan" in an article about
    computers (:func:`malware_named_like_a_body`).
    """
    doc = ent.doc
    if ent.label_ == "PRODUCT" or _known_body(span_text(ent)):
        return None
    noun = _malware_noun_after(ent)
    if noun is None:
        return None
    if noun != ent.end:
        return "PRODUCT" if ent.label_ == "PERSON" and _the_before_a_list(doc, ent.start) else None
    if ent.label_ in {"NORP", "GPE", "LOC"}:
        return malware_named_like_a_body(ent)
    if ent.label_ == "ORG":  # "The Microsoft worm spread quickly": the firm's worm, as far as the article says
        return _named_malware(ent)  # "is called the Hackarmy trojan": a name given to the program
    the = ent[0].lower_ == "the" or ent.start > 0 and doc[ent.start - 1].lower_ == "the" \
        or ent.label_ == "PERSON" and _the_before_a_list(doc, ent.start)
    return "PRODUCT" if the else None


def _malware_noun_after(ent) -> int | None:
    """The index of the noun of a malicious program after the name (:data:`MALWARE_NOUNS`): right after it ("the
    Bofra virus"), or after the names joined to it by "and" or "or" ("the *Netsky* and Sasser virus families")."""
    doc = ent.doc
    i = ent.end
    if i < len(doc) and doc[i].lower_ in MALWARE_NOUNS:
        return i
    if i >= len(doc) or doc[i].lower_ not in {"and", "or"}:
        return None
    i += 1
    while i < len(doc) and i - ent.end <= 4 and doc[i].is_alpha and doc[i].text[:1].isupper():
        i += 1
    return i if i > ent.end + 1 and i < len(doc) and doc[i].lower_ in MALWARE_NOUNS else None


def _the_before_a_list(doc, start: int) -> bool:
    """A "the" opens the list of names whose last or first starts at token ``start``: "the Netsky and *Sasser* virus
    families", "the *Netsky* and Sasser virus families" — names of one or two capitalised words, joined by "and", "or"
    or commas."""
    if start > 0 and doc[start - 1].lower_ == "the":
        return True
    i, joined = start - 1, False
    while i >= 0 and start - i <= 8 and (doc[i].text in {",", "and", "or"} or doc[i].is_alpha and doc[i].text[:1].isupper()):
        joined = joined or doc[i].text in {",", "and", "or"}
        i -= 1
    return joined and i >= 0 and doc[i].lower_ == "the" and doc[i + 1].text[:1].isupper()


# Nouns of a computer program's infection, not a bug of a firm's software: "the Welchia worm", "the MyDoom virus".
PROGRAM_MALWARE_NOUNS = frozenset("virus worm trojan".split())
# Words of an article about computers, where "the X virus" is a program, not a disease ("the Aids virus").
COMPUTER_WORDS = frozenset("""
computer computers pc pcs software program programs email windows internet web website websites hackers handset
handsets
""".split())


# Words of an article about video games, where "the game X" is a game and not a match ("after the game Wenger said").
GAMING_WORDS = frozenset("""
console consoles gamer gamers gaming xbox playstation ps2 nintendo gamecube psp joystick multiplayer
""".split())
# Nouns right before a video game's name: "the game Manhunt", "the Xbox game Halo 2", "PlayStation 2 title
# Singstar", "GameCube bongo rhythm game Donkey Konga", "Sega's launch title Project Rub".
GAME_NOUNS = frozenset("game title".split())


def _about_video_games(doc) -> bool:
    """The article speaks of consoles, gamers or gaming (:data:`GAMING_WORDS`)."""
    return any(t.lower_ in GAMING_WORDS for t in doc_tokens(doc))


def game_after_its_noun(ent) -> str | None:
    """A name right after "game" or "title" in an article about video games is a game (WORK_OF_ART, docs/model.md):
    "after the game Manhunt was blamed by the parents" (read as a person), "The Xbox game Halo 2, released on 11
    November" (read as a law), "won by PlayStation 2 title Singstar" (read as a body).

    Not in an article about no video game, where a game is a match ("After the game Wenger said …"), nor a name
    opened by a first name ("the game Peter Molyneux designed"), one the gazetteer or GeoNames knows ("the game
    Microsoft …"), a word in capitals ("graphics rendering, game AI, and how objects behave"), or "title" as a
    rank ("the title HRH Duchess of Cornwall"): only a noun of games in the article.
    """
    doc = ent.doc
    if ent.start == 0 or ent.label_ == "WORK_OF_ART":
        return None
    noun = doc[ent.start - 1]
    if noun.lower_ not in GAME_NOUNS or noun.tag_ != "NN" or not _about_video_games(doc):
        return None
    words = [t for t in ent if t.is_alpha]
    if not words or is_first_name(words[0].text) or shipped().lookup(ent.text) or is_place(ent.text):
        return None
    if len(ent) == 1 and ent[0].is_upper:
        return None  # "it handles graphics rendering, game AI, and how objects behave": a technology's letters
    return "WORK_OF_ART"


def malware_named_like_a_body(ent) -> str | None:
    """A name between "the" (and an adjective: "the original Cabir worm") and "virus", "worm" or "trojan", that
    the model read as a people or a place, is the malicious program (PRODUCT) in an article about computers: "an
    infection by the Welchia worm" (read NORP), "The original Cabir worm came to light in mid-June 2004" (read GPE).
    A name read as a body stays one: "The Microsoft worm spread quickly" may be the firm's worm, and one typed
    mention would retype the firm of every article — unless a naming verb gives it (:func:`_named_malware`).

    Never a name the gazetteer or GeoNames knows ("the Brazil virus"), an acronym ("the HIV
    virus"), nor a "bug" ("the Netcraft bug" is the firm's), nor where nothing in the article is about computers.
    """
    doc = ent.doc
    if doc[ent.end].lower_ not in PROGRAM_MALWARE_NOUNS or ent.text.isupper() or is_place(ent.text) \
            or shipped().lookup(ent.text):
        return None
    i = ent.start - 1
    if ent[0].lower_ != "the":
        while i > 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower and ent.start - i <= 2:
            i -= 1  # "the original Cabir worm", "the new Cabir strains"
        if i < 0 or doc[i].lower_ != "the":
            return None
    if not any(t.lower_ in COMPUTER_WORDS for t in doc) and not any(w in doc.text.lower() for w in ("anti-virus", "e-mail")):
        return None  # spaCy cuts "anti-virus" and "e-mail" at the hyphen
    return "PRODUCT"


# Nouns whose "of" names the work someone made: "Seth MacFarlane, the creator of Family Guy".
CREATOR_NOUNS = frozenset("creator co-creator".split())


def work_of_its_creator(ent) -> str | None:
    """The name a creator is "of" is a work (WORK_OF_ART): "the animated series American Dad, made by Seth
    MacFarlane, the creator of Family Guy".

    Not a character named like a person ("the creator of Sherlock Holmes"), nor a place.
    """
    if ent.label_ in {"WORK_OF_ART", "GPE", "LOC", "NORP", "EVENT", "LAW"} or _person_shaped(ent) or is_place(ent.text):
        return None
    noun = _of_object(ent)
    return "WORK_OF_ART" if noun is not None and noun.lower_ in CREATOR_NOUNS else None


# Nouns of the people of a film or a show between its title and a person's full name: "Ray star Jamie Foxx".
CAST_NOUNS = frozenset("star co-star actor actress creator".split())
# ... and of the people who make it: "Kill Bill director Quentin Tarantino", "Three Kings film-maker David O Russell".
# A body has directors too ("BBC director Greg Dyke"): these only in a paragraph about the screen.
MAKER_NOUNS = frozenset("director film-maker filmmaker screenwriter".split())
# Of both, the nouns no body's people go by, which retype a name read as a body in a paragraph about the screen:
# "Friends actor Matthew Perry", "Cold Mountain director Anthony Minghella" (not "Westlife star Brian McFadden").
SCREEN_ONLY_NOUNS = MAKER_NOUNS | frozenset("actor actress".split())
# Every noun between a title and a person's full name.
SCREEN_PEOPLE_NOUNS = CAST_NOUNS | MAKER_NOUNS
# Words of a paragraph about films and shows.
SCREEN_PARAGRAPH_WORDS = WORK_NOUNS | WORK_PLURALS | frozenset("""
oscar oscars actor actors actress actresses cinema screen screening hollywood bollywood starring starred
""".split())


def hyphened_word(t) -> str:
    """The lower-case word a token starts, hyphened parts joined: "loose-head" from "loose", "-", "head"."""
    doc = t.doc
    parts, i = [t.lower_], t.i
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        parts.append(doc[i + 2].lower_)
        i += 2
    return "-".join(parts)


def _screen_paragraph(doc) -> bool:
    """A word of films and shows is a noun or a verb of the paragraph: "the film", "Oscar-winning", "starring"."""
    return any(t.lower_ in SCREEN_PARAGRAPH_WORDS for t in doc_tokens(doc))


def work_before_its_cast(ent) -> str | None:
    """A name the model read as a person (or an unknown place) right before a noun of a show's people and a
    person's full name is the film or the show (WORK_OF_ART): "with Ray star Jamie Foxx a dead cert to win",
    "Troy actress Diane Kruger"; before a noun of its makers in a paragraph about the screen too: "*Kill Bill*
    director Quentin Tarantino had talked of wanting to take on the Casino Royale project", "directed by *Three
    Kings* film-maker David O Russell".

    Not a name read as a body ("Westlife star Brian McFadden", "Chelsea star Joe Cole" keep ORG) but before an
    actor's or a maker's noun in a paragraph about the screen ("*Friends* actor Matthew Perry has guest-starred",
    "a jury chaired by *Cold Mountain* director Anthony Minghella"), never a body the gazetteer knows ("BBC director
    Greg Dyke"); not a place ("Hollywood star"), a nation, nor a full name ("Brad Pitt co-star").
    """
    if ent.label_ not in {"PERSON", "FAC", "PRODUCT", "GPE", "LOC", "ORG"} or not _not_a_person_name(ent) \
            or is_place(ent.text) or ent.label_ == "PERSON" and len(ent) > 1 and _person_shaped(ent):
        return None
    doc = ent.doc
    i = ent.end
    if i >= len(doc) or not doc[i].is_lower:
        return None
    noun = hyphened_word(doc[i])
    n = 2 * noun.count("-") + 1  # its tokens: "film", "-", "maker"
    if noun not in SCREEN_PEOPLE_NOUNS or i + n + 1 >= len(doc):
        return None
    if (noun in MAKER_NOUNS or ent.label_ == "ORG") and not (noun in SCREEN_ONLY_NOUNS and _screen_paragraph(doc)
                                                            and not _known_body(ent.text)):
        return None
    cast = doc[i + n: i + n + 2]
    return "WORK_OF_ART" if all(t.ent_type_ == "PERSON" and t.text[:1].isupper() for t in cast) \
        and is_first_name(cast[0].text) else None


# Words between the two sides of a fixture, as match reports write them: "Arsenal v Stoke", "Worcester v Sale (Fri)".
# Not "versus", which opposes anything ("the 1980s Betamax versus VHS war").
FIXTURE_WORDS = frozenset({"v", "v."})


def _match_separator_after(doc, i: int) -> int:
    """The length of the fixture's "v" or the result's score ("27", "-", "27") that starts at token ``i``, else 0."""
    if i >= len(doc):
        return 0
    if doc[i].lower_ in FIXTURE_WORDS:
        return 1
    if i + 2 < len(doc) and doc[i].text.isdigit() and doc[i + 1].text in {"-", "–"} and doc[i + 2].text.isdigit() \
            and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        return 3
    return 0


def _match_separator_before(doc, i: int) -> int:
    """The length of the fixture's "v" or the result's score that ends right before token ``i``, else 0."""
    if i >= 1 and doc[i - 1].lower_ in FIXTURE_WORDS:
        return 1
    if i >= 3 and _match_separator_after(doc, i - 3) == 3:
        return 3
    return 0


def side_of_a_match(ent) -> str | None:
    """A name on either side of a fixture's "v" or a result's score, a capitalised name on the other side, is a team
    (ORG): the draw's lines "Northampton v Southampton", "Oldham v Man City", and the result lines "Hearts 2-1
    Livingston", "Newcastle 27-27 Gloucester" (towns and clubs the model reads as places or persons).

    A country keeps its type (a nation's team is written with the nation's name: "Ireland 21-19 Argentina",
    "France v Italy"), as does a name of the gazetteer (England, Wales); a score after one name only is no result
    line ("Davenport beat Zheng 6-2 7-5"), and a name of the fixture the model read as a person stays one when it
    starts with a first name (a tennis draw: "Tim Henman v Andy Roddick"); "Betamax versus VHS" is no fixture.
    """
    if ent.label_ not in {"PERSON", "GPE", "LOC", "NORP", "FAC"} or is_country_or_region(ent.text) \
            or _known_place(ent.text) or not _not_a_person_name(ent):
        return None
    doc = ent.doc
    k = _match_separator_after(doc, ent.end)
    if k and ent.end + k < len(doc) and doc[ent.end + k].text[:1].isupper() and doc[ent.end + k].is_alpha:
        return "ORG"
    k = _match_separator_before(doc, ent.start)
    if k and ent.start - k - 1 >= 0 and doc[ent.start - k - 1].text[:1].isupper() and doc[ent.start - k - 1].is_alpha:
        return "ORG"
    return None


# Words of a team sport's paragraph: a town's name in a match's frame there is its club (:func:`club_in_a_contest`).
TEAM_SPORT_WORDS = frozenset("""
club clubs striker midfielder defender goalkeeper footballer football premiership league fixture kick-off
manager goal goals penalty penalties half-time relegation uefa line-up
rugby try tries scrum scrum-half fly-half flanker prop hooker lock winger full-back lineout heineken
cricket batsman bowler wicket innings
""".split())
# Nouns of a match that a team is the object of ("a 17-16 win over Bath", "a clash with Gloucester", "the game
# against Newport", "a 2-0 defeat at home to Atletico Madrid") and nouns of a team a possessive club owns ("Bath's
# starting line-up", "Leicester's record 83-10 win").
CONTEST_NOUNS = frozenset("""
win wins victory victories defeat defeats draw loss losses game games match matches clash clashes tie ties replay
derby fixture encounter triumph
""".split())
TEAM_NOUNS = frozenset("line-up side squad team bench players".split()) | CONTEST_NOUNS
# Prepositions after a match noun or verb that name the other team.
CONTEST_PREPS = frozenset("against over to with by".split())
CLUB_TOWN = 40_000  # a name read as a person is a club's town only when GeoNames knows a town this large by it
# Words of a kind of place that are no club when written alone: "the Republic's only victory" (of Ireland).
PLACE_KIND_WORDS = frozenset("republic kingdom union states islands".split())
# Verbs whose object or subject is a team in a match report: "fail to beat Feyenoord", "Spurs entertain Brighton",
# "Leicester beat Bath", "the Portuguese side saw off Feyenoord" (a verb and its particle: CONTEST_PHRASAL_VERBS).
CONTEST_VERBS = frozenset("beat defeat face host entertain visit thrash edge overcome outplay".split())
CONTEST_PHRASAL_VERBS = frozenset({("see", "off"), ("knock", "out"), ("dump", "out")})


def _contest_verb(verb) -> bool:
    """``verb`` reports a match between the teams it takes: "beat", "face", and a verb with its particle: "saw off",
    "knocked out"."""
    lemma = verb.lemma_.lower()
    return lemma in CONTEST_VERBS or any((lemma, c.lower_) in CONTEST_PHRASAL_VERBS for c in verb.children if c.dep_ == "prt")


def club_in_a_contest(ent) -> str | None:
    """A town's name the model read as a person or a place, where a team sport's report puts a team — in a match
    against another or as the owner of a side — is its club (ORG): "fractured the radius in his right forearm
    during Gloucester's 17-16 win over *Bath*", "Barkley withdrew from *Bath*'s team", "if Basle fail to beat
    *Feyenoord*", "a 2-0 defeat at home to *Atletico Madrid*", "Sunday's game against *Newport*".

    Only in a paragraph with a word of a team sport (:data:`TEAM_SPORT_WORDS`); never a country or a region (a
    nation's team is typed as the nation, docs/model.md), a place the gazetteer knows (England, Wales), nor a name
    opened by a first name; a name read as a person must be a place GeoNames knows (a tennis player beaten by
    another, "beat Ljubicic", stays a person), and so must one read as a law or a product ("his club side,
    Gloucester, beat Bath 17-16", Bath read LAW). Not a place a match is played at ("in Cardiff", "at Kingsholm").
    """
    if ent.label_ in {"LAW", "PRODUCT"} and not is_place(ent.text):
        return None
    if ent.label_ not in {"PERSON", "GPE", "LOC", "NORP", "FAC", "LAW", "PRODUCT"} or len(ent) > 3 \
            or is_country_or_region(ent.text) \
            or _known_place(ent.text) or not _not_a_person_name(ent) or is_first_name(ent[0].text):
        return None
    if ent.label_ == "PERSON" and not (place_size(ent.text) >= CLUB_TOWN or len(ent) > 1 and is_place(ent[-1].text)) \
            or not all(t.text[:1].isupper() for t in ent if t.is_alpha) or ent.text.lower() in PLACE_KIND_WORDS:
        return None  # "Robertson's side" (a manager's; a town of 33,000), "the Republic's only victory" (a nation)
    if not _in_a_contest(ent) or ent.label_ == "PERSON" and span_root(ent).dep_ == "nsubj":
        return None  # "Davenport beat Zheng": a player read as a person stays one as a subject
    return "ORG" if _team_sport_paragraph(ent.doc) else None


def _team_sport_paragraph(doc) -> bool:
    """A word of a team sport (:data:`TEAM_SPORT_WORDS`) is a noun of the paragraph: "a try", "the league"; not
    "I will try to" (a verb), nor a tennis report's "semi-final" or "fans", which are any sport's."""
    return any(t.pos_ in {"NOUN", "PROPN"} and t.lower_ in TEAM_SPORT_WORDS for t in doc_tokens(doc))


def _in_a_contest(ent) -> bool:
    """The name is a team of a match its sentence reports (:func:`club_in_a_contest`)."""
    root = span_root(ent)
    head = root.head
    if root.dep_ == "pobj" and (head.head.lemma_.lower(), head.lower_) in CONTEST_PHRASAL_VERBS:
        return True  # "the Portuguese side saw off Feyenoord": the particle parsed as a preposition
    if root.dep_ == "pobj" and head.lower_ in CONTEST_PREPS:
        owner = head.head
        return owner.pos_ == "NOUN" and owner.lemma_.lower() in CONTEST_NOUNS \
            or owner.pos_ == "VERB" and _contest_verb(owner)
    if root.dep_ == "dobj" or root.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in head.children):
        return head.pos_ in {"VERB", "AUX"} and _contest_verb(head)
    if root.dep_ == "poss" and head.pos_ == "NOUN":  # a person's "side" is a manager's: only a club owns it
        return head.lemma_.lower() in (CONTEST_NOUNS if ent.label_ == "PERSON" else TEAM_NOUNS)
    return False


# Ends of a people's noun or adjective ("Brazilians", "Palestinians", "Sudanese", "Israelis", "Danish"): a plural
# ending so is no club's nickname.
PEOPLE_ENDS = ("an", "ian", "ese", "i", "ish")


def side_by_its_nickname(ent) -> str | None:
    """A team's nickname, a capitalised plural after "the" that the model read as a people (NORP), is the club (ORG)
    in a team sport's paragraph: "his side, who are four places above *the Magpies* in the Premiership", "Jackie
    Milburn's club scoring record of 200 for the Magpies", "a 19-5 success over the Barbarians" — no nation's,
    faith's or party's word (docs/model.md: a club is ORG).

    Only where a word of a team sport is a noun of the paragraph (:data:`TEAM_SPORT_WORDS`); never a people's
    plural ("the Brazilians", "the Israelis": :data:`PEOPLE_ENDS`; "the Kiwis", "the Scots":
    :data:`~kg.lexicon.DEMONYM_NOUNS`), a plural of a place or a name the gazetteer lists ("the Netherlands"), a
    party's plural ("the Democrats"), nor a name read as anything but a people.
    """
    if ent.label_ != "NORP" or len(ent) > 2 or ent.start == 0 or ent.doc[ent.start - 1].lower_ != "the":
        return None
    last = ent[-1]
    text = last.text
    if not (text[:1].isupper() and text.isalpha() and text.endswith("s") and not text.endswith("ss")) \
            or last.tag_ not in {"NNPS", "NNP", "NNS"}:
        return None
    singular = text[:-3] + "y" if text.endswith("ies") else text[:-1]
    if singular.lower().endswith(PEOPLE_ENDS) or singular.lower() in DEMONYM_NOUNS or text.lower() in PARTY_WORDS \
            or is_place(ent.text) or is_place(singular) or shipped().lookup(ent.text) or shipped().lookup(singular):
        return None
    return "ORG" if _team_sport_paragraph(ent.doc) else None


# Plurals of a party's or a creed's followers, no club's: "the Democrats", "the Greens".
PARTY_WORDS = frozenset("democrats republicans socialists liberals conservatives greens unionists nationalists tories "
                        "communists".split())
# Nouns of a settlement that a place's name follows: "the Argentine capital Buenos Aries", "the Thai capital, Bangkok".
SETTLEMENT_NOUNS = frozenset("capital city town village port".split())


def place_after_its_noun(ent) -> str | None:
    """A name right after a noun of a settlement that it stands beside is that place (GPE): "modelled on a square in
    the Argentine capital *Buenos Aries*, where mothers go to talk" (a misspelt capital the model read as an area,
    LOC, GeoNames cannot find), "the Thai capital, Bangkok".

    Only the model's readings of a place or a building (LOC, FAC): a body or a person after such a noun is written so
    too ("the city council", "Capital Radio", "the town's mayor Ken Livingstone"), and a noun with a capital is a
    name's own word ("Capital City").
    """
    if ent.label_ not in {"LOC", "FAC"} or ent.start == 0:
        return None
    doc = ent.doc
    i = ent.start - 1
    if doc[i].text == "," and i > 0:
        i -= 1
    noun = doc[i]
    if noun.lower_ not in SETTLEMENT_NOUNS or not noun.is_lower or noun.tag_ != "NN":
        return None
    root = span_root(ent)
    if root.head.i == noun.i or noun.head.i in range(ent.start, ent.end) or root.dep_ == "appos" and root.head.i == noun.i:
        return "GPE"
    return None


def _known_place(text: str) -> bool:
    """The shipped gazetteer lists the name as a place ("England", "Wales")."""
    hit = shipped().lookup(text)
    return hit is not None and hit[1] in {"GPE", "LOC"}


def kind_label(ent) -> str | None:
    """The type one of this module's constructions gives the name, or None."""
    return (acronym_after_its_name(ent) or person_by_company(ent) or body_by_plural_verb(ent)
            or malware_by_its_noun(ent) or work_of_its_creator(ent)
            or constituency_name(ent) or seat_of_a_member(ent) or kind_by_apposition(ent) or kind_by_copula(ent) or kind_by_naming(ent)
            or work_of_a_version(ent) or character_of_a_role(ent) or place_by_its_noun(ent)
            or listed_game_or_device(ent) or work_by_its_credits(ent) or team_named_team(ent)
            or building_by_its_head(ent) or saints_place(ent) or work_before_its_cast(ent) or side_of_a_match(ent)
            or side_by_its_nickname(ent) or place_after_its_noun(ent) or author_of_a_study(ent)
            or club_named_for_its_town(ent))


# Nouns of a study whose author, after "by" or "from", is a body when a bare one-word name: "A recent survey by
# Mediametrie found that 70% …", "a report by Jupiter Research".
STUDY_NOUNS = frozenset("survey surveys poll polls study studies report reports research analysis".split())


def author_of_a_study(ent) -> str | None:
    """A one-word name after a study's noun and "by" or "from" is the body that made it (ORG): "A recent survey by
    *Mediametrie* found that 70% of people …", "A recent survey by *Earthlink* and Webroot found that 90% of PCs …"
    (both read as persons) — a research firm, not a person, signs a survey in the news.

    Only one capitalised word the model read as a person, a place or a people, no first name ("a report from David
    James" stays a person), no place GeoNames or the gazetteer knows ("figures from Chicago", "estimates from
    India"), no acronym in capitals ("a report by UK …"), and only the study's own "by"/"from" (its head is the
    study's noun).
    """
    if ent.label_ not in {"PERSON", "GPE", "NORP", "LOC"} or len(ent) != 1 or ent.start < 2:
        return None
    t = ent[0]
    if not t.is_alpha or t.is_upper or not t.text[:1].isupper() or is_first_name(t.text) or is_place(t.text) \
            or _known_place(t.text) or is_country_or_region(t.text):
        return None
    root = span_root(ent)
    if root.dep_ == "conj":  # "a survey by Earthlink and *Webroot*": the first of the pair holds the "by"
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"by", "from"} or prep.i != root.i - 1:
        return None
    noun = prep.head
    return "ORG" if noun.pos_ == "NOUN" and noun.lower_ in STUDY_NOUNS else None


# Plural and singular nouns of a body's own people, written right after its name: "Stop the War campaigners",
# "Balco boss Victor Conte", "Rosneft spokesman", "WorldCom executives" — a person has aides and fans, not these.
BODY_PEOPLE_NOUNS = frozenset("""
spokesman spokeswoman spokesperson executives executive bosses boss staff employees shareholders campaigners
activists officials
""".split())


# Nouns of a campaign's people: a name before them is the campaign's body, even one named like a war or an event.
CAMPAIGN_PEOPLE_NOUNS = frozenset("campaigners activists protesters".split())


def body_before_its_people(ent) -> str | None:
    """A one-word name the model read as a person, right before a noun of a body's own people, is that body (ORG):
    "against *Balco* boss Victor Conte", "a *Rosneft* spokesman"; and so is any name before a campaign's people
    (:data:`CAMPAIGN_PEOPLE_NOUNS`), though its last word is an event's: "Fathers 4 Justice, pensioners' rights
    activists and *Stop the War* campaigners were also expected to demonstrate" (not a war: EVENT by "War").

    Never a name opened by a first name or a person's surname the article gives in full ("Tony Blair … a Blair
    spokesman"), a place ("Moscow officials", "England supporters"), a people ("Tory activists"), a product or a work
    whose members or staff they are ("Xbox Live members", "Big Brother spokeswoman"): the model's reading stands.
    """
    doc = ent.doc
    if ent.label_ not in {"EVENT", "ORG", "PERSON"} or ent.end >= len(doc):
        return None
    noun = doc[ent.end]
    if noun.lower_ not in BODY_PEOPLE_NOUNS or noun.pos_ != "NOUN" or not noun.is_lower:
        return None
    if ent.label_ != "PERSON" and noun.lower_ not in CAMPAIGN_PEOPLE_NOUNS:
        return None  # "Olympics officials", "Wimbledon spokesman": an event's own staff
    words = [t for t in ent if t.is_alpha]
    if not words or is_first_name(words[0].text) or is_place(ent.text) or _known_place(ent.text):
        return None
    if ent.label_ == "PERSON":
        if len(ent) != 1 or any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == ent.text for e in doc.ents):
            return None  # "Tony Blair … a Blair spokesman": the man's spokesman
    root = span_root(ent)
    if root.head.i == noun.i or noun.head.i in range(ent.start, ent.end):
        return "ORG"  # the noun's compound, or its head misread as a verb's object: "*Stop* the War campaigners"
    return "ORG" if root.head.i > noun.i and noun.head.i == root.head.i else None


# Words before a town that make it a place of its own, not a club's name: "New York", "Greater Manchester", "Old
# Trafford", "Central London".
PLACE_MODIFIERS = frozenset("""
new old greater upper lower inner outer central north south east west northern southern eastern western downtown
san santa st saint port fort mount lake
""".split())


def club_named_for_its_town(ent) -> str | None:
    """A name of two or three words that ends in a town GeoNames knows, whose other words are no place, read as a
    place in a team sport's paragraph, is a club named for its town (ORG): "a Uefa Cup exit at the hands of *Steaua
    Bucharest*" (read GPE), "Celta Vigo" (read LOC), as "Bayern Munich", "Dynamo Kiev", "Red Star Belgrade".

    Only a reading of a place (GPE, LOC, FAC): a name read as a person is a player ("Milan Baros") and one read as a
    body is one already. Never a place of its own (the whole name is a place: "Kuala Lumpur", "Stoke Newington"), a
    town after a word of a place's kind ("Greater Manchester", "Old Trafford", "North London": :data:`PLACE_MODIFIERS`),
    a first name, a country's or a region's last word ("Stade de France"), nor outside a team sport's paragraph
    ("Blunkett Sheffield trip", a headline's names).
    """
    if ent.label_ not in {"GPE", "LOC", "FAC"}:
        return None
    words = [t for t in ent if t.lower_ != "the"]
    if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return None
    town, rest = words[-1].text, words[:-1]
    if place_size(town) < CLUB_TOWN or is_country_or_region(town) or is_place(ent.text) or _known_place(ent.text):
        return None
    if any(t.lower_ in PLACE_MODIFIERS or is_place(t.text) or is_country_or_region(t.text) or _known_place(t.text)
           for t in rest) or is_first_name(rest[0].text) or shipped().lookup(" ".join(t.text for t in rest)):
        return None
    return "ORG" if _team_sport_paragraph(ent.doc) else None



def _named_malware(ent) -> str | None:
    """A name read as a body that a naming verb and "the" give to a malicious program is that program (PRODUCT): "The
    program that installs itself is called the *Hackarmy* trojan" — the verb names the program, not its maker.

    Only right after "called", "named" or "dubbed" and "the", before the noun that ends the phrase (not "the Sophos virus
    lab"), in an article about computers (:func:`malware_named_like_a_body`)."""
    doc = ent.doc
    i = ent.start - (0 if ent[0].lower_ == "the" else 1)
    if i < 1 or doc[i].lower_ != "the" or doc[i - 1].lower_ not in NAMING_VERBS:
        return None
    noun = ent.end
    if noun + 1 < len(doc) and doc[noun + 1].pos_ in {"NOUN", "PROPN"}:
        return None
    return malware_named_like_a_body(ent)
