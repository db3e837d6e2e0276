"""Entity types from evidence, session 14 (issue 17, wrong-type class), on real BBC sentences from ../shared/corpora/bbc-news.

Each row gives one or more articles (texts resolved together) and the type of every name it settles, with the
negative cases a rule must not touch (None: no entity of that name). Every positive row fails at main e78a27c.
"""
from __future__ import annotations

import pytest

from test_entities import resolve_texts


def typed(ents, name: str) -> str | None:
    return ents[name].type if name in ents else None


IRELAND_SQUAD = (  # sport/ireland-call-up-uncapped-campbell.txt (Leinster, Munster and Connacht read as persons)
    "Munster and Leinster have 12 and 11 players in the squad respectively while Jackman is the sole Connacht "
    "representative.\n\n"
    "S Best (Ulster), S Byrne (Leinster), R Corrigan (Leinster), L Cullen (Leinster), S Easterby (Llanelli), A Foley "
    "(Munster), J Hayes (Munster), M Horan (Munster), B Jackman (Connacht), D Leamy (Munster).")
ITALY_SQUAD = (  # sport/dal-maso-in-to-replace-bergamasco.txt (Calvisano, Treviso, Agen read as persons)
    "R de Marigny (Parma); Mirco Bergamasco (Stade Francais), C Stoica (Montpellier), A Masi (Viadana), L Nitoglia "
    "(Calvisano); L Orquera (Padova), A Troncon (Treviso); A Lo Cicero (L'Aquilla), F Ongaro (Treviso), "
    "M Castrogiovanni (Calvisano), S Dellape (Agen), M Bortolami (Narbonne, capt), A Persico (Agen), D dal Maso "
    "(Treviso), S Parisse (Treviso).")

FEYENOORD = ('"It could help. If we get through and have another European tie it may encourage players to stay at least '
     'until the end of the season," he said. "If we manage to get through it shows how well the club\'s '
     'progressing. "They have to think whether they are going to get other clubs like that should they decide to '
     'move on." A win for Robertson\'s side against Ferencvaros would put them through to the last 32 if Basle fail'
     ' to beat Feyenoord. "It\'s very much the player\'s prerogative but the fact that we\'ve been playing European '
     'football for the last three or four years is obviously an incentive," added Robertson. "But we want players '
     'who want to play for the football club, who are committed and a run in Europe always helps a little bit." '
     'With the game being played at Murrayfield instead of Tynecastle because of Uefa regulations, Robertson sees '
     'both positive and negative aspects to the change of venue.')  # sport/robertson-out-to-retain-euro-lure.txt
ESPANYOL = ('Fernando Torres gave Athletico an ideal start with a goal in the first minute. Ronaldino wasted a second-'
     'half chance to equalise for Barca when he put a penalty wide, but Torres made no such mistake with a last-'
     "minute spot-kick. The defeat, coupled with Real Madrid's 4-0 win over Espanyol on Saturday, reduces Barca's "
     'lead to four points. Former Everton midfielder Thomas Gravesen scored his first goal for Real in the '
     'comfortable victory at the Bernabeu. Zinedine Zidane had opened the scoring before Raul bagged a brace. '
     'Gravesen, who replaced Zidane, completed the scoring in the 84th minute with a low shot. David Beckham, '
     'watched by Sven-Goran Eriksson, came off in the 67th minute with a shoulder injury but should be fit for '
     "England's game against Holland. England team-mate Michael Owen came on for Raul after 76 minutes with the "
     'game already won. Real have now won six consecutive Primera Liga games since coach Wanderley Luxemburgo took'
     ' charge.')  # sport/barcelona-title-hopes-hit-by-loss.txt
GLOUCESTER = ('And with Phil Vickery sidelined for at least six weeks with a broken arm and Julian White out with a neck '
     'injury, Bell could make his England debut. Bell, 30, had set his sights on an international career with '
     'Wales. But last December, the International Rugby Board confirmed that he could only be eligible for England'
     ' as he had travelled on tour with them in 1998. England coach Andy Robinson could take a gamble and call '
     'inexperienced Sale Sharks prop Andrew Sheridan into his front row. But Sheridan favours the loosehead side '
     'of the scrum and a more likely scenario is for uncapped Bell - who was among the tryscorers when England A '
     'beat France A 30-20 nine days ago - to be drafted in. Robinson also has an injury worry over centre Olly '
     "Barkley, who withdrew from Bath's starting line-up to face Gloucester last weekend.")  # sport/bell-set-for-england-debut.txt

FA_CUP_DRAW = (
    'A number of Premiership teams face difficult away games against Championship sides on the weekend of 8/9'
    ' January. Third-placed Everton visit Plymouth, Liverpool travel to Burnley, Crystal Palace go to '
    'Sunderland, Fulham face Carling Cup semi-finalists Watford, Bolton meet Ipswich, while Aston Villa were '
    'drawn against Sheffield United. Premiership strugglers Norwich, Blackburn, West Brom are away at West '
    'Ham, Cardiff and Preston North End respectively. Southampton visit Northampton, having already beaten '
    'the League Two side in the Carling Cup earlier this season. Middlesbrough were drawn away against either'
    ' Swindon or Notts County, while Spurs entertain Brighton at White Hart Lane.')  # sport/yeading-face-newcastle-in-fa-cup.txt
PARTY_CONFERENCES = (
    'For years the main political parties have rotated between Blackpool, Bournemouth and Brighton. And the '
    'news the much larger annual conference is not to gather in Blackpool will be seen as a blow in the '
    'coastal resort. In 1998 the party said it would not return to Blackpool but did so in 2002. The '
    'following year Bournemouth hosted the event before the party signed a two year deal for Brighton to host'
    ' the autumn conference.')  # politics/labour-chooses-manchester.txt
HOWARD_IN_BRIGHTON = (
    '"He\'s not finished yet," whispered the Conservative Party person as your reporter attempted to slip '
    "quietly from the hall. And indeed he wasn't. Michael Howard had already broken away from the printed "
    "text of his speech, at his party's spring conference in Brighton, to deliver a smart rebuff to Peter "
    'Hain\'s description of him as an "attack mongrel", claiming such personal abuse meant Labour was '
    '"rattled" by the Tory challenge. And here he was again, moving to the front of the stage as the party '
    'faithful rose to their feet in applause, to make a personal, ad-libbed appeal to them to go out and '
    'fight for victory. "One day you will be able to tell your children and grandchildren as I will tell '
    "mine, 'I was there. I did my bit. I played my part. I helped to win that famous election - the election "
    'that transformed our country for the better\'." The speech, which was peppered with references to Mr '
    'Howard\'s humble beginnings as the "child of immigrants", had been introduced by his son Nick, a trainee '
    'vicar, who praised his father\'s honesty. "I always know where I am with him because all my life he has '
    'meant what he has said to me," he said. Mr Howard was also joined on stage by his wife Sandra, daughter '
    'Larissa and stepson Sholto.')  # politics/howard-s-unfinished-business.txt
IRELAND_PANEL = (  # sport/ireland-call-up-uncapped-campbell.txt (a quotation and the panel's backs)
    "\"I played with guys like Brian O'Driscoll and Denis Hickie back in my school days in Leinster so I do know a "
    "few of them although not that well.\n\n"
    "T Bowe (Ulster), K Campbell (Ulster), G D'Arcy (Ulster), G Dempsey (Leinster), G Duffy (Harlequins), G Easterby "
    "(Leinster), D Hickie (Leinster), A Horgan (Munster), S Horgan (Leinster), D Humphreys (Ulster), K Maggs (Ulster), "
    "G Murphy (Leicester), B O'Driscoll, (Leinster), R O'Gara (Munster), S Payne (Munster), P Stringer (Munster).")
IRELAND_LINE_UP = (  # sport/o-driscoll-out-of-scotland-game.txt
    ": Murphy, Horgan, TBC, D'Arcy, Hickie, O'Gara, Stringer, Corrigan, Byrne, Hayes, O'Kelly, O'Connell, S Easterby, "
    "O'Connor, Foley.")

TYPES = [
    # -- a squad sheet's brackets: the player's club (namespans.squad_sheet)
    pytest.param([IRELAND_SQUAD], {"Leinster": "ORG", "Connacht": "ORG", "Munster": "ORG", "S Byrne": "PERSON",
                                   "J Hayes": "PERSON"}, id="an Irish squad's provinces"),
    pytest.param([ITALY_SQUAD], {"Calvisano": "ORG", "Treviso": "ORG", "Agen": "ORG", "Montpellier": "ORG",
                                 "Stade Francais": "ORG", "Troncon": "PERSON", "C Stoica": "PERSON"}, id="an Italian squad's clubs"),
    pytest.param(  # negative: sport/captains-lining-up-for-aid-match.txt: a sheet of nations keeps them nations
        ["L Dallaglio (England), B Cohen (England), A Rougerie (France), D Traille (France), F Pelous (France), "
         "R Ibanez (France), P de Villiers (France), B O'Driscoll (Ireland, capt), P O'Connell (Ireland), D Humphreys "
         "(Ireland), C Paterson (Scotland), C Cusiter (Scotland)."],
        {"England": "GPE", "France": "GPE", "Scotland": "GPE", "B Cohen": "PERSON"}, id="a sheet of nations"),
    pytest.param(  # negative: sport/gb-select-holmes-for-double-bid.txt: a bracket of more than one name is left
        ["D Garland (Channel Islands AC).\n\nJ McIlroy (Windsor, Slough, Eton and Hounslow AC), Jimmy Watkins "
         "(Cardiff AAC)."],
        {"Windsor": "GPE"}, id="a club named with commas"),
    # -- a line-up with its substitutes' brackets (namespans._has_substitute, squad_sheet)
    pytest.param(  # sport/hereford-1-1-doncaster.txt (the whole Doncaster line-up read as bodies)
        ["Rovers took the lead on 59 minutes as Michael McIndoe's corner found Adriano Rigoglioso, whose stunning "
         "volley soared into the top right of the net.\n\n"
         "Ingham, Mulligan, Fenton, Morley, Priet (Ryan 79), McIndoe, Ravenhill (Price 90), Rigoglioso, Tierney "
         "(Jackson 79), Beardsley, Coppinger. Subs Not Used: Warrington, Maloney."],
        {"Ingham": "PERSON", "Mulligan": "PERSON", "Tierney": "PERSON", "Beardsley": "PERSON", "Price": "PERSON",
         "Michael McIndoe": "PERSON"}, id="a line-up with substitutes"),
    # -- a town's club in a match's frame of a team sport's paragraph (kindcues.club_in_a_contest)
    pytest.param([FEYENOORD], {"Feyenoord": "ORG", "Robertson": "PERSON"}, id="fail to beat Feyenoord"),
    pytest.param([ESPANYOL], {"Espanyol": "ORG", "Netherlands": "GPE", "England": "GPE"}, id="a win over Espanyol"),
    pytest.param([GLOUCESTER], {"Gloucester": "ORG", "Olly Barkley": "PERSON"}, id="to face Gloucester"),
    pytest.param(  # negative: sport/classy-henman-makes-winning-start.txt: players beaten stay persons
        ['The British number one will next play Roger Federer at the Australian Open warm-up event on Friday. '
         'The world number one beat Gaston Gaudio 5-7 6-1 6-4, before Andre Agassi saw off Chilean Olympic '
         'gold medalist Nicolas Massu 6-1 7-6 (7-4). Andy Roddick beat Ivan Ljubicic, who replaced Paradorn '
         'Srichaphan, 6-1 6-4. Henman made an impressive start to the year, only faltering against Nalbandian '
         'when serving for the match at 5-4. But the Briton regained his composure to win the next two games '
         'for only his second win in six matches against the Argentine. "It\'s a great start to the year - just'
         ' what I was looking for," Henman told his website. "Over the years I\'ve found David very difficult '
         'to play against.'],
        {"Ivan Ljubicic": "PERSON", "Gaston Gaudio": "PERSON", "Nicolas Massu": "PERSON"}, id="tennis players beaten stay persons"),
    # -- a body's or a product's kind noun before a name (namespans.TYPE_BEFORE: think-tank, supplier, portal, drug)
    pytest.param(  # tech/broadband-fuels-online-change.txt (read PERSON; "think-tank" is three tokens)
        ["A quarter of broadband users in Britain regularly upload content and have personal sites, according to a "
         "report by UK think-tank Demos. It said that having an always-on, fast connection is changing the way people "
         "use the internet."],
        {"Demos": "ORG", "United Kingdom": "GPE"}, id="think-tank Demos"),
    pytest.param(  # business/ericsson-sees-earnings-improve.txt (read PERSON)
        ["Telecoms equipment supplier Ericsson has posted a rise in fourth quarter profits thanks to clients like "
         "Deutsche Telekom upgrade their networks."],
        {"Ericsson": "ORG", "Deutsche Telekom": "ORG"}, id="supplier Ericsson"),
    pytest.param(  # tech/screensaver-tackles-spam-websites.txt
        ["Internet portal Lycos has made a screensaver that endlessly requests data from sites that sell the goods and "
         "services mentioned in spam e-mail. Lycos hopes it will make the monthly bandwidth bills of spammers soar by "
         "keeping their servers running flat out."],
        {"Lycos": "ORG"}, id="portal Lycos"),
    pytest.param(  # business/shares-hit-by-ms-drug-suspension.txt (read PERSON)
        ["Shares in Elan and Biogen Idec plunged on Monday as the firms suspended sales of new multiple sclerosis drug "
         "Tysabri after a patient's death in the US."],
        {"Tysabri": "PRODUCT"}, id="drug Tysabri"),
    # -- medicines listed after "brand names such as" (kindcues.listed_game_or_device)
    pytest.param(  # business/us-regulator-to-rule-on-pain-drug.txt (Vioxx read PERSON; the firms stay bodies)
        ["The painkillers - called COX-2 inhibitors - are sold under brand names such as Celebrex and Vioxx. Vioxx was "
         "withdrawn from shops last year but Merck said it would consider selling it if it gets FDA approval.\n\n"
         "Pfizer is still selling its Celebrex and Bextra products, though investigations have suggested that they "
         "may also be harmful to the heart."],
        {"Vioxx": "PRODUCT", "Celebrex": "PRODUCT", "Merck": "ORG", "FDA": "ORG"}, id="brand names such as Vioxx"),
    # -- a capital "The" inside a sentence before a name of two or more words: a title (nametypes.work_titled_the)
    pytest.param(  # entertainment/…sundance…: (read ORG)
        ["During its 24-year history, the Sundance Film Festival has showcased successes such as Reservoir Dogs, The "
         "Blair Witch Project and The Full Monty."],
        {"The Blair Witch Project": "WORK_OF_ART", "Sundance Film Festival": "EVENT"}, id="The Blair Witch Project"),
    pytest.param(  # entertainment/…bafta…: (read ORG)
        ["Cinematographer John Mathieson, who was nominated for Gladiator in 2001, is also up for The Phantom of the "
         "Opera."],
        {"The Phantom of the Opera": "WORK_OF_ART", "John Mathieson": "PERSON"}, id="The Phantom of the Opera"),
    pytest.param(  # negative: tech/…gaming…, entertainment/…snoop…: a body's name keeps its type
        ["Analysing traffic will become increasingly important for service providers if they are to hold on to "
         "bandwidth-hungry gamers said Lindsay Schroth, an analyst with research firm The Yankee Group.",
         "The lawsuit names Snoop Dogg - real name Calvin Broadus - plus three associates, The Walt Disney Company and "
         "its parent company ABC Inc.",
         "Actress Sandra Bullock has donated $1m (£525,000) to The American Red Cross and actor Leonardo DiCaprio "
         "pledged a \"sizable\" aid contribution to Unicef.",
         # examples/articles/001_782b71356e619918.txt: a paper's title
         "According to The Wall Street Journal, Tehran has signaled through Arab intermediaries that it is open to "
         "peace talks with both Israel and the U.S., but only if Washington refrains from joining Israel's offensive "
         "strikes."],
        {"The Yankee Group": "ORG", "The Walt Disney Company": "ORG", "The American Red Cross": "ORG",
         "The Wall Street Journal": "ORG"},
        id="bodies named with The stay bodies"),
    # -- the shipped lexicon: grounds and London's airports by their bare names (kg/data/gazetteer.tsv)
    pytest.param(  # politics/at-a-glance-tory-health-checks.txt (Gatwick read PERSON)
        ["Recent medical checks were carried out on 175,000 people at Heathrow Airport and 10,000 at Gatwick."],
        {"Gatwick Airport": "FAC", "Heathrow Airport": "FAC", "Gatwick": None}, id="Gatwick"),
    pytest.param(  # sport/bell-set-for-england-debut.txt (Kingsholm read PERSON)
        ["He was due to have a hospital scan on Monday, while Gloucester centre Henry Paul, who started at fly-half "
         "against Bath, limped out at Kingsholm because of an ankle problem."],
        {"Kingsholm": "FAC", "Henry Paul": "PERSON"}, id="Kingsholm"),
    # -- an event's last word: rugby's sevens tournaments, athletics' indoor championships (nametypes.EVENT_HEADS)
    pytest.param(  # sport/…amor…: (Dubai Sevens read FAC)
        ["Amor, who will captain England in this season's opening IRB Sevens tournament, the Dubai Sevens, which start "
         "on Thursday, was delighted with his award."],
        {"Dubai Sevens": "EVENT", "England": "GPE"}, id="the Dubai Sevens"),
    pytest.param(  # sport/…claxton…: (read ORG)
        ["Claxton will see if her new training regime pays dividends at the European Indoors which take place on 5-6 "
         "March."],
        {"European Indoors": "EVENT"}, id="the European Indoors"),
    # -- a town's club is one vote: the town the entity's other articles name keeps its type (nametypes.weak_evidence_label)
    pytest.param([FA_CUP_DRAW, PARTY_CONFERENCES, HOWARD_IN_BRIGHTON], {"Brighton": "GPE", "Northampton": "ORG"},
                 id="Brighton the town outvotes its club"),
    # -- a team sheet's initialled name counts with the one full name it abbreviates (entities._distinct_fulls)
    pytest.param([IRELAND_PANEL, IRELAND_LINE_UP], {"Denis Hickie": "PERSON", "Hickie": None},
                 id="a line-up's surname joins the full name beside its initialled form"),
]


@pytest.mark.parametrize("texts, types", TYPES)
def test_types_from_evidence_s14(nlp, texts, types):
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, expected in types.items():
        assert typed(ents, name) == expected, (name, typed(ents, name), sorted((e.name, e.type) for e in ents.values()))
