"""What kind of thing a name is, read from the noun phrase around it (issue 17).

The small model types a bare name by its look: a ministry written "Defra" or a village
"Pengam" reads as a person, a ballet "Giselle" as an organisation. The sentence often
says what it is: "the rural affairs ministry, Defra", "in nearby Pengam", "her version
of Giselle". Each function reads one such construction and returns a spaCy label or None;
:func:`kg.resolve.nametypes.evidence_label` tries them after the rules of the name's own
words.
"""
from __future__ import annotations

from .names import is_first_name
from .placenames import is_place

# Singular nouns of a body a name can stand in apposition to: "the rural affairs ministry, Defra".
BODY_NOUNS = frozenset("""
ministry department agency regulator watchdog body firm company group charity bank club team side band party
union authority council organisation organization operator broadcaster network retailer airline carrier publisher
developer maker manufacturer supermarket insurer lender brewer newspaper magazine website label studio
""".split())
# Nouns whose "of" names a work: "her version of Giselle", "a remake of Flight of the Phoenix".
WORK_OF_NOUNS = frozenset("adaptation remake staging revival rendition sequel prequel".split())
# Nouns whose "of" names a character: "to play the role of Crockett".
CHARACTER_NOUNS = frozenset("role part character".split())
CASTING_VERBS = frozenset("play take land win get star cast reprise".split())
# Nouns whose "of" names a place: "the village of Pengam", "the state of Texas".
PLACE_NOUNS = frozenset("village town city hamlet suburb district province state county region island".split())
# Plural nouns before a list of games or works: "arcade classics such as Space Invaders, Lunar Lander".
GAME_PLURALS = frozenset("games classics titles".split())
# Nouns before a list of devices: "a portable player such as an iPod", "gadgets like the PSP".
DEVICE_NOUNS = frozenset("device devices gadget gadgets console consoles handset handsets phone phones".split())
PLAYER_KINDS = frozenset("portable music mp3 dvd media digital video cd audio".split())
# Participles that credit a work: "in Tom Jones, directed by Tony Richardson".
CREDIT_VERBS = frozenset("directed starring co-starring scripted".split())


def _not_a_person_name(ent) -> bool:
    """No first name starts it and no title typed it: a rule may retype it."""
    return not (ent.label_ == "PERSON" and len(ent) > 1 and is_first_name(ent[0].text))


def body_in_apposition(ent) -> str | None:
    """A name in apposition to a body's noun is that body (ORG): "the rural affairs ministry, Defra",
    "Lycos, the internet firm".

    Only a singular noun of a body; a person's name ("Giles Bradshaw, the firm's founder") and a place
    GeoNames knows ("The Jacksonville, Florida-based firm") never.
    """
    if ent.label_ in {"ORG", "WORK_OF_ART", "EVENT", "LAW"} or not _not_a_person_name(ent) or is_place(ent.text):
        return None  # "The Jacksonville, Florida-based firm": the place stays
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    return "ORG" if any(n.tag_ == "NN" and n.lower_ in BODY_NOUNS for n in nouns) else None


def _of_object(ent):
    """The noun whose "of" the name is the object of ("version" in "her version of Giselle"), or None."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.pos_ != "NOUN":
        return None
    return root.head.head


def work_of_a_version(ent) -> str | None:
    """The object of "an adaptation of", "a remake of", "her version of" is a work (WORK_OF_ART):
    "Her version of Giselle, all lightness and grace, is still considered among the finest ever."

    "version" only with a person's possessive ("her", "his"): "a new version of Windows" is software.
    A person's name is never a work ("an adaptation of Dickens").
    """
    if ent.label_ in {"PERSON", "GPE", "LOC", "NORP", "WORK_OF_ART", "EVENT", "LAW"}:
        return None
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


def _list_noun(ent):
    """The noun before "such as", "like" or "including" whose list holds the name, or None."""
    doc = ent.doc
    trigger = False
    for t in reversed(list(doc[ent.sent.start:ent.start])):
        if t.lower_ in {"as", "like", "including"}:
            trigger = True
        elif t.pos_ in {"VERB", "AUX"}:
            return None
        elif trigger and t.pos_ == "NOUN":
            return t
        elif trigger and t.lower_ not in {"such", ",", "-"}:
            return None
    return None


def listed_game_or_device(ent) -> str | None:
    """A name listed after games or devices is a game (WORK_OF_ART) or a device (PRODUCT): "ports of PC and
    arcade classics such as Space Invaders, Lunar Lander and Bejewelled"; "a portable player such as an iPod".

    "player" counts only as a device ("portable", "music", "mp3" …): "players such as Beckham" are people.
    A place GeoNames knows or a nation stays as read ("games in cities such as Leeds").
    """
    if ent.label_ in {"NORP", "EVENT", "LAW", "WORK_OF_ART"} or not _not_a_person_name(ent) or is_place(ent.text):
        return None
    noun = _list_noun(ent)
    if noun is None:
        return None
    if noun.lower_ in GAME_PLURALS:
        return "WORK_OF_ART"
    is_player = noun.lemma_.lower() == "player" and any(c.lower_ in PLAYER_KINDS for c in noun.children)
    if (noun.lower_ in DEVICE_NOUNS or is_player) and ent.label_ != "PRODUCT":
        return "PRODUCT"
    return None


def work_by_its_credits(ent) -> str | None:
    """A name followed by "directed by", "starring" is a film or a show (WORK_OF_ART): "she made her film
    debut in 1963 in Tom Jones, directed by Tony Richardson".

    Not the subject of a verb ("Tom Jones directed by example", hardly; "Tom Jones, who starred in …" has no
    participle and stays a person).
    """
    if ent.label_ in {"WORK_OF_ART", "EVENT", "LAW", "GPE", "LOC", "NORP"}:
        return None
    doc = ent.doc
    i = ent.end + (1 if ent.end < len(doc) and doc[ent.end].text == "," else 0)
    if i + 1 >= len(doc) or doc[i].lower_ not in CREDIT_VERBS or ent.root.dep_ in {"nsubj", "nsubjpass"}:
        return None
    return "WORK_OF_ART" if doc[i].lower_ != "directed" or doc[i + 1].lower_ == "by" else None


def team_named_team(ent) -> str | None:
    """A name that starts with "Team" is a team (ORG): "the highest finisher for Team GB"."""
    words = [t for t in ent if t.is_alpha]
    if ent.label_ == "ORG" or len(words) < 2 or words[0].text != "Team" or not words[1].text[:1].isupper():
        return None
    return "ORG"


# Last words of a building's name: "Westminster Abbey", "the Millennium Stadium", "Heathrow Airport".
BUILDING_HEADS = frozenset("cathedral abbey chapel mosque synagogue basilica minster stadium arena airport bridge".split())


def building_by_its_head(ent) -> str | None:
    """A name ending in a building's word is the building (FAC): "the Millennium Stadium", "Westminster Abbey",
    and "Church" after a saint: "the Saint Sulpice Church", "St Mary's Church".

    "the Catholic Church" and "the Church of England" (bodies) and "Charlotte Church" (a singer) stay as read.
    """
    words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
    if ent.label_ in {"FAC", "EVENT", "WORK_OF_ART", "LAW"} or len(words) < 2 or not words[-1].text[:1].isupper():
        return None
    if not _not_a_person_name(ent) or ent.label_ == "PERSON" and is_first_name(words[0].text):
        return None
    last = words[-1].lower_
    if last in BUILDING_HEADS:
        return "FAC"
    if last == "church" and words[0].lower_ in {"st", "saint"}:
        return "FAC"
    return None


def kind_label(ent) -> str | None:
    """The type one of this module's constructions gives the name, or None."""
    return (body_in_apposition(ent) or work_of_a_version(ent) or character_of_a_role(ent) or place_by_its_noun(ent)
            or listed_game_or_device(ent) or work_by_its_credits(ent) or team_named_team(ent)
            or building_by_its_head(ent))
