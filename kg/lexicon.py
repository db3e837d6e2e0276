"""Word lists that more than one stage reads, each written once.

Plain Python at the bottom of the package, so extraction and resolution read the
same words. Keys are lower case without dots (``kg.resolve.roles.word``: "Gen." → "gen").
First names are data files, each read by one function: the names whose gender a
pronoun may rely on (kg/data/first_names.txt, ``kg.resolve.names.gender_of_first_name``)
and the names that may start a person's name (kg/data/first_names.tsv,
``kg.resolve.names.is_first_name``).

>>> "they" in PLURAL and "they" in PRONOUNS and "it" not in PRONOUNS
True
>>> COURTESY_TITLES < HONORIFICS
True
"""
from __future__ import annotations

# The tags of a tensed verb or a modal, the verb of a finite clause ("BT announced", "it is", "they say",
# "he may"): VBD past, VBZ and VBP present, MD modal.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

# Double quotation marks as spaCy's tokenizer writes them: straight, curly, and the `` '' of text typed
# the LaTeX way.
DOUBLE_QUOTES = frozenset({'"', "“", "”", "''", "``"})
# Those of one character, straight or curly: the marks whose pairing a sentence's text or tokens can count (the
# tokenizer's two-character `` and '' are not among them).
ONE_CHARACTER_QUOTES = frozenset({'"', "“", "”"})

# Auxiliaries of the future ("wo" is the parser's "wo" of "won't"; straight and curly "'ll").
FUTURE_AUX = frozenset({"will", "'ll", "’ll", "wo", "shall"})

# Third-person pronouns that stand for a person ("he said", "her decision").
PERSONAL = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
# ... and for a group ("they said", "their decision").
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
# The pronouns resolved to an entity ("it" is left alone: it rarely stands for one).
PRONOUNS = PERSONAL | PLURAL
# Possessives standing alone for what someone owns ("Alastair Campbell used his to … send"): never the owner.
INDEPENDENT_POSSESSIVES = frozenset({"his", "hers", "theirs", "mine", "yours", "ours"})

# Nouns of a time: kept out of titles and appositions ("This week, …"), never a restrictive relative's
# kind ("The last time he topped the charts was …").
TIME_NOUNS = frozenset({"time", "times", "day", "days", "week", "month", "year", "moment", "night", "season", "minute"})
# ... and the nouns a clause right after them may date ("by the time we open", "at the point we open" —
# no object gap, no argument cut before the clause); "point" and "stage" only so: "the stage where they
# can compete" is still a restrictive relative, no fact.
DATED_NOUNS = TIME_NOUNS | {"point", "stage"}

# Courtesy titles: "Mr Davies", "Sir Alex Ferguson", "Madam Speaker" — they say how a person is
# addressed, never what the person does (a title before a name that is not one of these is a role
# worth a fact: "President Donald Trump" → Donald Trump — be — President).
COURTESY_TITLES = frozenset("mr mrs ms miss dr sir dame mister madam".split())
# Honorifics: they mark a person but are not roles (courtesy titles, peerages, ranks, clergy, office holders'
# styles: "Gen. Hossein Salami", "Ayatollah Ali Khamenei", "Sen. John McCain").
HONORIFICS = COURTESY_TITLES | frozenset("""lord lady baroness baron gen lt col maj capt adm sgt rev reverend ayatollah
sheikh prof professor sen rep gov""".split())

# Nouns naming a person by nation ("Frenchman Cyril Saulnier", "Swede Joachim Johansson", "the Briton").
DEMONYM_NOUNS = frozenset("""
frenchman frenchwoman welshman welshwoman scotsman scotswoman scot englishman englishwoman irishman irishwoman
dutchman dutchwoman briton spaniard swede dane finn pole turk serb croat czech argentine kiwi aussie
dubliner londoner glaswegian mancunian liverpudlian geordie scouser cornishman yorkshireman ulsterman munsterman
leinsterman connachtman kerryman corkman parisian muscovite
""".split())  # (the last two lines: people by city or region, "the 25-year-old Dubliner")

# The names of the world's religions, which the graph types as their believers' group (NORP, docs/model.md and the
# audit rubric: "religious groups"): the small model reads "Islam" as a body. A creed in "-ism" ("Nazism") the
# model reads NORP already.
FAITHS = frozenset("""islam christianity judaism hinduism buddhism sikhism catholicism protestantism jainism taoism
shinto zoroastrianism""".split())

__all__ = ["PERSONAL", "PLURAL", "PRONOUNS", "INDEPENDENT_POSSESSIVES", "COURTESY_TITLES", "HONORIFICS", "PLACE_KINDS", "DEMONYM_NOUNS",
           "FAITHS", "PREVENTING"]

# Kinds of place: "the village of Pengam" (its "of" names a place), "Aceh province" (no word of the name).
PLACE_KINDS = frozenset("""village town city hamlet suburb area district province state county region island
islands""".split())

# Small counts written as words ("Twenty-two Maori", "a dozen"): a number of people, not a population
# ("10 million Mexicans"), so no "hundred"/"million"; kg.resolve.links.is_count.
COUNT_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen""".split())

# the small words a title-cased name or title leaves in lower case ("Need for Speed", "Meet the Fockers",
# "This Fish Needs a Bicycle")
TITLE_SMALL_WORDS = frozenset("of the a an and in on at to for with from by".split())
# Written forms of the commonest verbs of saying ("…,” said Mr Blair"; "…, a Lufthansa spokesman tells the BBC"):
# the words quotes allows between a quotation and its speaker, and the verbs misreadings never reads as nouns.
REPORTING_FORMS = frozenset("""said says told tells added adds asked asks insisted insists explained explains continued
warned warns admitted admits argued argues claimed claims replied replies noted notes stressed stresses""".split())

# Verbs of keeping something from happening ("stop X doing Y", "prevent X (from) doing Y", "in an effort to
# prevent the US heading further into the red", "try and avoid staff numbers spiralling out of control"): what
# they act on is kept from happening, not done (kg.extract.informative.is_prevented_event), nor planned when the
# verb is planned ("his plan to ban people smoking": kg.extract.modality.intended_by). Not "block" or "halt":
# their object's participle is more often a reduced relative ("Google began blocking infected sites searching
# for new victims": the sites were searching).
PREVENTING = frozenset("""prevent stop avoid deter bar ban prohibit forbid dissuade discourage hinder preclude
restrain""".split())
