"""Who said it and what was denied (issue 16, session 14, `speakers`): each construction on a real passage of
the BBC pool (../shared/corpora/bbc-news, cut to the sentences that matter), the exact triple with its speaker, polarity and
modality, and the reading that must not be given."""
from __future__ import annotations

from kg.analysis import analyse_articles
from kg.builder import resolve_analyses
from kg.records import Article
from kg.terms import Vocabulary


def triples_of(nlp, text: str):
    analyses = list(analyse_articles([Article("t0", text)], nlp))
    triples, _, _ = resolve_analyses(analyses, Vocabulary())
    return triples


def rows(triples, sentence_part: str):
    return [(t.subject, t.relation, t.object, t.negated, t.modality, t.attributed_to)
            for t in triples if sentence_part in t.sentence]


# --- what a noun of intent's infinitive holds is intended, not done (modality.intended_by)

# politics/poll-idols-face-first-hurdles
LIM = ("'Poll Idols' face first hurdles\n\nVote For Me - ITV1's Pop Idol style talent contest for would-be politicians - "
       "finally hits our screens this week.\n\nMr Lim later reduced the panel to fits of giggles as he outlined his plan to "
       "make people do community service instead of paying taxes.\n")


def test_a_plans_inner_clause_is_planned(nlp):
    # "his plan to make people do community service": nobody does community service, it is his plan (was a plain fact)
    assert [r for r in rows(triples_of(nlp, LIM), "community service") if r[0] == "people"] == [
        ("people", "do", "community service", False, "plan", None)]


def test_after_a_rank_the_infinitive_is_done(nlp):
    # negative: "the first man to say that …" said it; a failure or refusal is no plan
    from kg.extract.modality import intended_by
    doc = nlp("He was the first man to say that the plan would fail. His refusal to make them pay was criticised. "
              "He set out a plan to make them pay.")
    first, refusal, plan = ([t for t in sent if t.lower_ in {"say", "make"}][0] for sent in doc.sents)
    assert intended_by(first) is None
    assert intended_by(refusal) is None
    assert intended_by(plan) == "plan"


# --- "no X or Y" denies both: no alternative (clauses.extract_predicate)

# business/us-blogger-fired-by-her-airline
SIMONETTI = ("US blogger fired by her airline\n\nA US airline attendant suspended over \"inappropriate images\" on her blog "
             "has been fired.\n\nMs Simonetti told the BBC News website she had received no warning or further "
             "explanation when she was suspended on 25 September.\n")

# sport/agassi-… (a disjunction asserted: one of them)
AGASSI = "Agassi will play France's Olivier Patience or Germany's Rainer Schuettler in the second round.\n"


def test_a_negated_disjunction_is_no_alternative(nlp):
    # "had received no warning or further explanation": both denied, modality none (was `alternative`)
    found = [r for r in rows(triples_of(nlp, SIMONETTI), "no warning") if r[1] == "had received"]
    assert found == [("she", "had received", "warning or further explanation", True, None, "Simonetti")]


def test_an_asserted_disjunction_stays_an_alternative(nlp):
    found = [r for r in rows(triples_of(nlp, AGASSI), "Agassi") if r[1] == "will play"]
    assert found and all(r[4] == "alternative" and not r[3] for r in found)


# --- a claim no one is named for is not the claim of the one who talks about it (modality.is_hearsay)

# politics/goldsmith-denies-war-advice-claim
GOLDSMITH = ("Goldsmith denies war advice claim\n\nThe attorney general has denied his statement to Parliament about the "
             "legality of the Iraq war was drafted by Downing Street officials.\n\n\"No other minister or official was "
             "involved in any way.\" He suggested the claim that Lord Falconer and Lady Morgan had drafted the answer were "
             "the result of a mis-transcription of his evidence to the Butler Inquiry into pre-war intelligence.\n")

# politics/mallon-wades-into-ne-vote-battle (negative: the claim names its maker)
MALLON = ("Mallon wades into NE vote battle\n\nMiddlesbrough mayor Ray Mallon has backed the Yes campaign.\n\nGraham Robb, "
          "spokesman for North East Says No, said the Yes campaign's decision to get personal dragged the campaign \"into "
          "the gutter\". And he hit back at Mr Mallon's claim that an assembly would improve transport links in the "
          "region.\n")


def test_a_claim_talked_about_is_not_the_talkers(nlp):
    # Goldsmith says the claim is a mis-transcription: the drafting is reported, nobody's claim here (was by Goldsmith)
    found = [r for r in rows(triples_of(nlp, GOLDSMITH), "He suggested the claim") if r[1] == "had drafted"]
    assert found == [("Lord Falconer", "had drafted", "the answer", False, "reportedly", None),
                     ("Lady Morgan", "had drafted", "the answer", False, "reportedly", None)]


def test_a_claim_with_its_maker_stays_his(nlp):
    found = [r for r in rows(triples_of(nlp, MALLON), "Mallon's claim") if r[0] == "an assembly"]
    assert [r[5] for r in found] == ["Ray Mallon"]


def test_a_claim_confirmed_is_the_confirmers(nlp):
    from kg.extract.modality import is_hearsay
    doc = nlp("Yahoo confirmed reports that it would buy the firm. Yahoo faced reports that it would buy the firm.")
    confirmed, faced = ([t for t in sent if t.lower_ == "reports"][0] for sent in doc.sents)
    assert not is_hearsay(confirmed)
    assert is_hearsay(faced)


# --- a "they" is no place named as where something is or happens (coref.is_setting)

# entertainment/u2-s-desire-to-be-number-one
U2 = ("U2's desire to be number one\n\nU2, who have won three prestigious Grammy Awards for their hit Vertigo, are "
      "stubbornly clinging to their status as one of the biggest bands in the world.\n\nThe music must be inspired and "
      "appeal across generations. And U2 have it in spades, and keep churning it out. Their new album, How To Dismantle An "
      "Atomic Bomb, comes 28 years after the schoolfriends got together in Dublin and 17 years after The Joshua Tree "
      "cemented their place on the all-time rock A-list.\n\nThey may have lost some of the edginess and raw, youthful "
      "force that propelled them to the top, but they have lost none of the desire or ability to craft songs and albums.\n")

# politics/nhs-waiting-time-target-is-cut
HUTT = ("NHS waiting time target is cut\n\nHospital waiting times for patients in Wales are to be cut, but not to the "
        "same extent as those in England.\n\nMeanwhile, the latest monthly waiting list figures showed the total number of "
        "people waiting more than 18 months as an inpatient in Wales has fallen by 9.8%. Statistics to the end of November "
        "showed a decline since October from 785 to 708. The number waiting over 12 months also fell from 7,613 to 6,630, "
        "or 12.9%. Ms Hutt said they were \"excellent figures\".\n")

# politics/clarke-to-press-on-with-id-cards (negative: a group that acts stays the they)
TORIES = ("Clarke to press on with ID cards\n\nNew Home Secretary Charles Clarke has vowed to plough on with plans for ID "
          "cards despite a call for him to \"pause for thought\" from Charles Kennedy.\n\nEarlier this week the Tories "
          "announced they would back the government's plans although Michael Howard was forced to deny the shadow cabinet "
          "was split over its decision.\n\nThey had decided to support the plans as the police said they would help fight "
          "terror, crime and illegal immigration.\n")


def entities_of(triples, relation: str):
    return [t.subject_entity for t in triples if t.relation == relation]


def test_they_is_no_town_where_something_happened(nlp):
    # "got together in Dublin … They may have lost some of the edginess": the band, never Dublin (was Dublin)
    assert "Dublin" not in entities_of(triples_of(nlp, U2), "may have lost")


def test_they_is_no_country_a_figure_is_of(nlp):
    # "… as an inpatient in Wales has fallen … Ms Hutt said they were "excellent figures"": not Wales (was Wales)
    assert "Wales" not in entities_of(triples_of(nlp, HUTT), "were")


def test_they_is_still_the_group_that_speaks(nlp):
    assert entities_of(triples_of(nlp, TORIES), "had decided to support") == ["Conservative Party"]


# sport/owen-set-for-skipper-role: Owen of Scotland, Wales' next opponents
OWEN = ("Owen set for skipper role\n\nOwen admitted the Grand Slam had been mentioned within the squad but that no-one was "
        "getting carried away with the three victories over England, Italy and France. \"We can't get ahead of "
        "ourselves,\" he said. \"We have a massive game next up and we are just looking forward to preparing for that. "
        "\"Scotland are improving all the time. Like us they did well in France and were unlucky not to get a win. "
        "\"Against Ireland they played fantastically well in the first 15 minutes before falling away. \"They are "
        "probably going on a similar journey to the one we have been on in the last couple of years.\"\n")


def test_they_is_none_of_its_own_verbs_objects(nlp):
    # "Against Ireland they played fantastically well": they (Scotland) are not Ireland (was Ireland); "Like us they
    # did well in France" stays Scotland
    (analysis,) = analyse_articles([Article("t0", OWEN)], nlp)
    ms = analysis.mentions
    antecedent = {OWEN[max(0, m.start - 16):m.start]: ms[m.antecedent].text if m.antecedent is not None else None
                  for m in ms if m.is_pronoun and m.text.lower() == "they"}
    assert antecedent["Against Ireland "] != "Ireland"
    assert antecedent["he time. Like us "[-16:]] == "Scotland"


# politics/visa-row-mandarin-made-sir-john, business/fed-chief-warning-on-us-deficit: what hangs in an infinitive of
# intent without being its content keeps its own reading
VISA = ("Visa row mandarin made Sir John\n\nDowning Street defended the decision to honour both men, with a spokesperson "
        "saying: \"You have to look at their whole career.\"\n")
FED = ("Fed chief warning on US deficit\n\nHe also urged Congress to reinstate lapsed rules that require tax cuts and "
       "spending to be offset elsewhere in the budget in an effort to prevent the US heading further into the red.\n")


def test_an_adjunct_inside_the_infinitive_is_not_planned(nlp):
    # "the decision to honour both men, with a spokesperson saying: …": the spokesperson spoke (was `plan`)
    found = [r for r in rows(triples_of(nlp, VISA), "spokesperson") if r[1] == "saying"]
    assert found and all(r[4] is None for r in found)


def test_what_an_effort_prevents_is_not_planned(nlp):
    # "in an effort to prevent the US heading further into the red": the US heading into the red is no plan
    found = [r for r in rows(triples_of(nlp, FED), "into the red") if r[0] == "the US"]
    assert all(r[4] != "plan" for r in found)  # (since session 18 what is prevented is no triple at all)


# --- "those who …" is what a they after it may mean (mentions._demonstrative_set)

# entertainment/rem-concerts-blighted-by-illness
REM = ("REM concerts blighted by illness\n\nUS rock band REM have been forced to cancel concerts after bass player Mike "
       "Mills was taken to hospital suffering from \"severe flu-like symptoms\".\n\nThe band were forced to cut short "
       "Monday night's show in Sheffield, and have cancelled Tuesday's Glasgow date. Mills could \"hardly stand up, let "
       "alone play\", said an REM spokesman, who added he is now \"resting\" in hospital. The remainder of the band "
       "played a short acoustic set on Monday. Tuesday's gig has been rescheduled for 15 June. Those who had a ticket for "
       "the show in Glasgow are being advised to retain their ticket stub so they can attend the new date.\n")


def pronoun_antecedents(nlp, text: str, word: str):
    (analysis,) = analyse_articles([Article("t0", text)], nlp)
    ms = analysis.mentions
    return [ms[m.antecedent].text if m.antecedent is not None else None
            for m in ms if m.is_pronoun and m.text == word]


def test_they_after_those_who_is_no_name(nlp):
    # "Those who had a ticket … so they can attend the new date": the ticket holders, not REM (was REM, and Glasgow
    # before the place rule)
    assert pronoun_antecedents(nlp, REM, "they") == [None]


def test_those_as_a_determiner_is_no_rival():
    from kg.resolve.mentions import _demonstrative_set
    from kg.nlp import load_pipeline
    doc = load_pipeline()("Those figures were excellent. Those who had a ticket can attend.")
    assert [_demonstrative_set(t) for t in doc if t.lower_ == "those"] == [False, True]


# --- "neither X nor Y" denies the predicate of both (clauses.neither_dropped)

# business/mg-rover-china-tie-up-delayed, politics/blair-moves-to-woo-jewish-voters, business/air-passengers-win-…
ROVER = "MG Rover China tie-up 'delayed'\n\nNeither Rover nor Shanghai Automotive commented on the reports.\n"
TORY_COMMENT = ("Blair moves to woo Jewish voters\n\nNeither the Conservatives nor the Liberal Democrats wished to comment "
                "on Mr Blair's words.\n")
ERAA = ("Air passengers win new EU rights\n\nThe European Regions Airline Association (ERAA) claims that neither airlines "
        "nor consumers were consulted over the changes.\n")


def test_neither_nor_subjects_are_denied(nlp):
    # "Neither Rover nor Shanghai Automotive commented": no comment (was a plain "commented on")
    # each is denied on its own row (session 15, spans.is_denied_pair; was one subject "Rover nor Shanghai Automotive")
    assert [r for r in rows(triples_of(nlp, ROVER), "Neither Rover") if r[1] == "commented on"] == [
        ("Rover", "commented on", "the reports", True, None, None),
        ("Shanghai Automotive", "commented on", "the reports", True, None, None)]
    found = [(t.subject_entity, t.negated) for t in triples_of(nlp, TORY_COMMENT) if t.relation.startswith("wished")]
    assert found == [("Conservative Party", True), ("Liberal Democrats", True)]  # (was: the Conservatives wished to comment)


def test_neither_nor_inside_a_claim_is_denied_there(nlp):
    found = [r for r in rows(triples_of(nlp, ERAA), "neither airlines") if r[1] == "were consulted over"]
    assert found == [(subject, "were consulted over", "the changes", True, None, "European Regions Airline Association")
                     for subject in ("airlines", "consumers")]


def test_neither_without_nor_is_left_alone(nlp):
    # negative: "neither side could have qualified" (no "nor": not this construction)
    from kg.extract.spans import is_denied_pair
    doc = nlp("But neither side could have qualified. The firm makes neither cars nor lorries.")
    side, cars = (t for t in doc if t.lower_ in {"side", "cars"})
    assert not is_denied_pair(side) and is_denied_pair(cars)
