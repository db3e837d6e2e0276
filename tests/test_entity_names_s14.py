"""Names and roles of issue 17 (session 14, names): prefixes a role keeps, names that own a role, … Real sentences of
../shared/corpora/bbc-news (the BBC corpus' non-audit articles); each test asserts the exact role, name or merge made and what must
not be asserted."""
from __future__ import annotations

from kg.records import Role
from test_entities import resolve_texts


def _roles(entity) -> set[tuple[str, str | None]]:
    return {(r.role, r.of) for r in entity.roles}


def test_a_hyphened_prefix_is_part_of_the_role(nlp):
    """business/wipro-beats-forecasts-once-again.txt: "said vice-chairman Vivek Paul" — a vice-chairman, not the
    chairman; sport/real-in-talks-over-gravesen-move.txt: "vice-president Emilio Butragueno";
    politics/fox-attacks-blair-s-tory-lies.txt: "Tory co-chairman Liam Fox"; politics/howard-denies-split-over-id-
    cards.txt: "Tory ex-minister Douglas Hogg" is a former minister. Prefixes written as words stay as they were
    ("Deputy Prime Minister John Prescott")."""
    entities, _, _ = resolve_texts(
        nlp,
        '"We have to get that under control," said vice-chairman Vivek Paul.',
        "Real Madrid general manager Arrigo Sacchi is the driving force behind the move, convincing vice-president "
        "Emilio Butragueno and new coach Wanderley Luxemburgo that Gravesen is the right man for the Bernabeu.",
        "Tory co-chairman Liam Fox was speaking after Mr Blair told Labour members the Tories offered a \"hard right "
        "agenda\".",
        "Tory ex-minister Douglas Hogg said he opposed the plans for ID cards.",
        "Five public sector unions met Deputy Prime Minister John Prescott.")
    assert {r for r, _ in _roles(entities["Vivek Paul"])} == {"vice-chairman"}
    assert {r for r, _ in _roles(entities["Emilio Butragueno"])} == {"vice-president"}
    assert {r for r, _ in _roles(entities["Liam Fox"])} == {"co-chairman"}
    assert {r for r, _ in _roles(entities["Douglas Hogg"])} == {"former minister"}
    assert {r for r, _ in _roles(entities["John Prescott"])} == {"deputy prime minister"}
    for name in ("Vivek Paul", "Emilio Butragueno", "Liam Fox"):  # the office they do not hold
        assert not {r for r, _ in _roles(entities[name])} & {"chairman", "president"}


def test_a_prefixed_office_of_a_country_keeps_its_country(nlp):
    """A vice-president is an office of the country a demonym names, like the president ("Iranian President"):
    "Brazilian vice-president Jose Alencar" is vice-president of Brazil, not a Brazilian by nationality only. A
    firm's chair is not: business/unilever-shake-up-as-profit-slips.txt: "Dutch co-chairman Antony Burgmans will take on the role of
    non-executive chairman" chairs Unilever, not the Netherlands."""
    entities, _, _ = resolve_texts(
        nlp, "Brazilian vice-president Jose Alencar said the deal was good for Brazil.",
        "Dutch co-chairman Antony Burgmans will take on the role of non-executive chairman.")
    assert Role("vice-president", "Brazil") in entities["Jose Alencar"].roles
    assert _roles(entities["Antony Burgmans"]) == {("co-chairman", None)}


def test_a_name_before_the_role_owns_it(nlp):
    """politics/ministers-lose-slopping-out-case.txt: "Scottish National Party Justice Minister Kenny MacAskill" —
    "National" and "Party" are words of the party's name, which owns the office: a justice minister of the Scottish
    National Party, not a "national party justice minister" of nothing. "UK Foreign Secretary Jack Straw" keeps
    both his office's words and its country."""
    entities, _, _ = resolve_texts(
        nlp,
        '"It was a fiasco," Scottish National Party Justice Minister Kenny MacAskill said.',
        "UK Foreign Secretary Jack Straw said the embargo should stay.")
    assert _roles(entities["Kenny MacAskill"]) == {("justice minister", "Scottish National Party")}
    assert _roles(entities["Jack Straw"]) == {("foreign secretary", "United Kingdom")}


def test_a_cut_title_is_no_owner(nlp):
    """entertainment/hobbit-picture-four-years-away.txt: "Lord of the Rings director Peter Jackson" — the model cut
    "Rings" out of the film's title; it is no body he directs for. "Bank of England governor Mervyn King", read
    whole, keeps its bank."""
    entities, _, _ = resolve_texts(
        nlp,
        "Lord of the Rings director Peter Jackson has said that it will be up to four years before he starts work on "
        "a film version of The Hobbit.",
        "Bank of England governor Mervyn King said rates would have to rise.")
    assert _roles(entities["Peter Jackson"]) == {("director", None)}
    assert _roles(entities["Mervyn King"]) == {("governor", "Bank of England")}


def test_a_person_by_nation_is_no_mention_of_the_country(nlp):
    """sport/man-utd-through-after-exeter-test.txt: "Giggs had a golden chance …, but the Welshman dragged a
    left-foot effort badly wide" — the Welshman is Giggs, not Wales; sport/gb-select-holmes-for-double-bid.txt:
    "where the Swede took gold" (Carolina Kluft); sport/classy-henman-makes-winning-start.txt: "But the Briton
    regained his composure" (Henman). None is an alias of its country, nor a triple's link to it. The plural of a
    team ("the struggling Scots", the nation by the graph's conventions) and a demonym before a name stay as
    they were."""
    entities, _, triples = resolve_texts(
        nlp,
        "Just before the break Giggs had a golden chance to double the advantage, but the Welshman dragged a "
        "left-foot effort badly wide from 10 yards. Wales play France next week.",
        "Sotherton finished third in the Olympic heptathlon in Athens, where the Swede took gold. Sweden won "
        "seven medals.",
        "Henman made an impressive start to the year. But the Briton regained his composure to win the next two "
        "games. Britain has no other player in the draw.",
        "Woodward held out hope for the struggling Scots. Welshman Jimmy Watkins scored.")
    assert "Welshman" not in entities["Wales"].aliases
    assert "Swede" not in entities["Sweden"].aliases
    assert "Briton" not in entities["United Kingdom"].aliases
    assert "Scots" in entities["Scotland"].aliases and "Jimmy Watkins" in entities
    welshman = [t for t in triples if t.subject == "the Welshman"]
    assert welshman and all(t.subject_entity != "Wales" for t in welshman)


def test_letters_after_a_name_are_no_part_of_it(nlp):
    """politics/terror-detainees-win-lords-appeal.txt: "Ben Emmerson QC, representing seven of the detainees, said"
    is Ben Emmerson (the entity was "Ben Emmerson QC"); politics/goldsmith-denies-war-advice-claim.txt: "a book
    published this week by Philippe Sands QC, a member of Cherie Blair's Matrix Chambers" — a person;
    politics/mps-demand-budget-leak-answers.txt: "Tory frontbencher Andrew Tyrie MP demanded". The span keeps the
    letters (a relative "who" the parse hangs on them finds its name); a seat's "Manchester Central MP"
    (business/man-utd-to-open-books-to-glazer.txt) and "Labour MP" are no names of persons."""
    entities, _, _ = resolve_texts(
        nlp,
        "Ben Emmerson QC, representing seven of the detainees, said the men had already been in custody for nearly "
        "three years. Mr Emmerson said the ruling was historic.",
        "The claims were made in a book published this week by Philippe Sands QC, a member of Cherie Blair's Matrix "
        "Chambers.",
        "In the Commons, Tory frontbencher Andrew Tyrie MP demanded an immediate ministerial statement.",
        "Tony Lloyd, the Manchester Central MP, whose constituency includes the club's Old Trafford ground, has "
        "pledged to take the matter to Tony Blair.")
    assert {"Ben Emmerson", "Mr Emmerson"} <= set(entities["Ben Emmerson"].aliases)
    assert entities["Philippe Sands"].type == "PERSON"
    assert "Andrew Tyrie" in entities
    assert not any(name.endswith((" QC", " MP")) for name in entities), sorted(entities)
    assert not any(a.endswith((" QC", " MP")) for e in entities.values() for a in e.aliases)
    assert "Manchester Central" not in entities or entities["Manchester Central"].type != "PERSON"


def test_a_party_opening_a_persons_span_owns_the_role(nlp):
    """politics/whitehall-shredding-increasing-tories.txt: "Fellow Lib Dem Norman Baker said …" was the person "Lib
    Dem Norman Baker"; politics/no-one-can-define-new-hunt-ban.txt: "Lib Dem MP Lembit Opik said …" was "Lib Dem MP
    Lembit Opik" — the party is no word of the name, it owns his seat; politics/malik-rejects-all-black-mp-lists.txt:
    "Labour MP Diane Abbot" is an MP of the Labour Party, a party the model left unlabelled. A name that only
    starts like a party stays whole ("Green Day"); a party's members are no person ("Labour MPs were angry")."""
    entities, _, _ = resolve_texts(
        nlp,
        'Fellow Lib Dem Norman Baker said the episode painted an "unflattering picture of the inner workings of '
        'government".',
        "Lib Dem MP Lembit Opik said ministers had invented a new category of hunting - chasing away - and asked how "
        "police were supposed to interpret the rules.",
        '"It took too long," Labour MP Diane Abbot, who backs Mr Phillips\' proposal of shortlists, said.',
        "Green Day played in London. Labour MPs were angry.")
    assert "Norman Baker" in entities and not any(n.startswith("Lib Dem") for n in entities)
    assert ("mp", "Liberal Democrats") in _roles(entities["Lembit Opik"])
    assert ("mp", "Labour Party") in _roles(entities["Diane Abbot"])
    assert entities["Green Day"].type == "ORG"
    assert not any(e.type == "PERSON" and "MP" in e.name for e in entities.values())


def test_a_work_or_a_home_town_owns_no_role(nlp):
    """A role's "of" is a body or a place the person works for: entertainment/bookmakers-back-aviator-for-oscar.txt:
    "Sideways star Thomas Hayden Church" stars in a film (WORK_OF_ART), which owns nothing;
    entertainment/tautou-to-star-in-da-vinci-film.txt: "UK actress Kate Beckinsale" is British, no actress of the
    United Kingdom (entertainment/bollywood-draws-global-stars.txt: "New Zealand actor Martin Henderson");
    business/yukos-owner-sues-russia-for-28bn.txt: "its Paris lawyer, Emmanuel Gaillard" practises
    there. A team's position keeps its town (sport/celtic-make-late-bid-for-bellamy.txt: "Newcastle striker Craig
    Bellamy"), an office its country ("US coach Patrick McEnroe"), a band the model read as a place its member
    (entertainment/disputed-nirvana-box-set-on-sale.txt: "the widow of Nirvana frontman Kurt Cobain")."""
    entities, _, _ = resolve_texts(
        nlp,
        "The favourite in that category is Sideways star Thomas Hayden Church. Sideways won five awards.",
        "UK actress Kate Beckinsale had been widely tipped as a possibility for the role alongside Vanessa Paradis and "
        "Juliette Binoche.",
        "Bollywood sweetheart Aishwarya Rai, recently seen in Bride and Prejudice alongside New Zealand actor Martin "
        "Henderson, is building her international career.",
        "According to its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling, the overall claim is based on that "
        "figure.",
        "Newcastle striker Craig Bellamy is discussing a possible short-term loan move to Celtic, BBC Sport "
        "understands. US coach Patrick McEnroe said the team was ready.",
        "It was blocked by Courtney Love, the widow of Nirvana frontman Kurt Cobain, who did not want unreleased song "
        "You Know You're Right on the box set. A box set featuring 68 unreleased Nirvana tracks has gone on sale.")
    assert _roles(entities["Thomas Hayden Church"]) == {("star", None)}
    assert _roles(entities["Kate Beckinsale"]) == {("actress", None)}
    assert _roles(entities["Martin Henderson"]) == {("actor", None)}  # a country of two words the gazetteer knows
    assert _roles(entities["Emmanuel Gaillard"]) == {("lawyer", None)}
    assert _roles(entities["Craig Bellamy"]) == {("striker", "Newcastle")}
    assert _roles(entities["Patrick McEnroe"]) == {("coach", "United States")}
    assert _roles(entities["Kurt Cobain"]) == {("frontman", "Nirvana")}  # a band the model read as a place


def test_an_office_named_before_its_general(nlp):
    """An office written with a post-positive "General" is named by the noun before it:
    business/lloyd-s-of-london-head-chides-fsa.txt: "raised by New York Attorney General Eliot Spitzer" (an attorney
    general, not a general), politics/more-to-do-on-adult-literacy.txt: "Auditor General Sir John Bourn said",
    politics/goldsmith-denies-war-advice-claim.txt: "with the involvement of Solicitor General Harriet Harman" (the
    model read "Solicitor General" as a body, which made a person "General" of the role "solicitor"). A general of a
    country stays a general ("US General Tommy Franks")."""
    entities, _, _ = resolve_texts(
        nlp,
        "Marsh & McLennan said last week it would pay $850m to settle charges, raised by New York Attorney General "
        "Eliot Spitzer in October.",
        'Auditor General Sir John Bourn said: "Higher levels of literacy and numeracy will benefit England."',
        "He said the answer had been prepared in his office with the involvement of Solicitor General Harriet Harman, "
        "two of his own officials and three Foreign Office officials.",
        "US General Tommy Franks said the war was over.")
    assert {r for r, _ in _roles(entities["Eliot Spitzer"])} == {"attorney general"}
    assert {r for r, _ in _roles(entities["John Bourn"])} == {"auditor general"}
    assert {r for r, _ in _roles(entities["Harriet Harman"])} == {"solicitor general"}
    assert "General" not in entities
    assert {r for r, _ in _roles(entities["Tommy Franks"])} == {"general"}


def test_an_owner_the_model_cut_or_read_as_a_people(nlp):
    """politics/brown-comes-out-shooting.txt: "As Liberal Democrat leader Charles Kennedy claimed" leads the Liberal
    Democrats (the model's "Democrat" was his "of"), politics/brown-targets-oaps-and-homebuyers.txt: "UK Independence
    Party leader Roger Knapman" his party (the model read "UK" and "Independence Party"); politics/abbas-will-not-tolerate-attacks.txt: "Palestinian
    leader Mahmoud Abbas" and business/bush-to-outline-toughest-budget.txt: "Democratic Senator Kent Conrad" hold
    no office "of" an adjective (a people, a party's word), while "Iranian President Mohammed Khatami" is Iran's.
    politics/hunt-demo-at-labour-meeting.txt: "Assistant Chief Constable David Warcup" and
    business/australia-rates-at-four-year-high.txt: "said Treasurer Peter Costello" — offices, no words of names."""
    entities, _, _ = resolve_texts(
        nlp,
        "As Liberal Democrat leader Charles Kennedy claimed, for most families the distinction between income tax and a "
        "tax on income is meaningless.",
        "Palestinian leader Mahmoud Abbas has said he will not tolerate attacks such as last Friday's suicide bombing.",
        "However, Democratic Senator Kent Conrad said the proposals exposed the country to huge financial commitments.",
        "Iranian President Mohammed Khatami condemned the sentence.",
        "But Assistant Chief Constable David Warcup has liaised with several protest groups.",
        '"The economy has been strong," said Treasurer Peter Costello.',
        "UK Independence Party leader Roger Knapman attacked the plans for pensioners.")
    assert _roles(entities["Charles Kennedy"]) == {("leader", "Liberal Democrats")}
    assert _roles(entities["Roger Knapman"]) == {("leader", "UK Independence Party")}
    assert _roles(entities["Mahmoud Abbas"]) == {("leader", None)}
    assert _roles(entities["Kent Conrad"]) == {("senator", None)}
    assert _roles(entities["Mohammed Khatami"]) == {("president", "Iran")}
    assert _roles(entities["David Warcup"]) == {("assistant chief constable", None)}
    assert _roles(entities["Peter Costello"]) == {("treasurer", None)}
    assert not any(n.startswith(("Constable", "Treasurer")) for n in entities)


def test_a_person_by_city_or_a_nation_word_as_modifier_is_no_entity(nlp):
    """sport/european-medal-chances-improve.txt: "Findlay is a Londoner who has chosen to represent Trinidad and
    Tobago" — a person by city, like "the Welshman"; sport/williams-battles-to-aussie-title.txt (its headline):
    "Williams battles to Aussie title", sport/all-black-magic-new-zealand-rugby.txt: "The game appealed to the Kiwi
    psyche", sport/isinbayeva-claims-new-world-best.txt: "Pole vaulter Yelena Isinbayeva" — a nation's word
    before a common noun describes it. None is an entity; the names around them stay, and a demonym before a
    name is still cut from it."""
    entities, _, _ = resolve_texts(
        nlp,
        "Findlay is a Londoner who has chosen to represent Trinidad and Tobago.",
        "Williams battles to Aussie title\n\nSerena Williams staged a remarkable recovery to beat Lindsay Davenport.",
        "The game appealed to the Kiwi psyche and quickly spread.",
        "Pole vaulter Yelena Isinbayeva broke her own indoor world record by clearing 4.89 metres in Lievin on "
        "Saturday. Welshman Jimmy Watkins scored.")
    for word in ("Londoner", "Aussie", "Kiwi", "Pole"):
        assert not any(word in e.aliases or name == word for name, e in entities.items()), word
    assert {"Serena Williams", "Lindsay Davenport", "Yelena Isinbayeva", "Jimmy Watkins"} <= set(entities)
