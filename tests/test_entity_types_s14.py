"""Entity types from evidence, session 14 (issue 17, wrong-type class), on real BBC sentences from /work/pool.

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
]


@pytest.mark.parametrize("texts, types", TYPES)
def test_types_from_evidence_s14(nlp, texts, types):
    ents, _, _ = resolve_texts(nlp, *texts)
    for name, expected in types.items():
        assert typed(ents, name) == expected, (name, typed(ents, name), sorted((e.name, e.type) for e in ents.values()))
