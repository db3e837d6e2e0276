"""Every triple is a fact about the world (issue 16): real BBC sentences, the exact triple read
and what must not be asserted. Resolution-stage rules (kg/resolve/triples.py) and extraction rules
(kg/extract: clefts, expletive "it", possessive noise, clause boundaries)."""
from __future__ import annotations

from kg.analysis import analyse_articles
from kg.builder import resolve_analyses
from kg.records import Article
from kg.resolve.triples import BARE_PRONOUNS
from kg.terms import Vocabulary


def resolved(nlp, *texts):
    """The triples and entities of small articles (one per text), resolved together."""
    analyses = list(analyse_articles([Article(f"t{i}", t) for i, t in enumerate(texts)], nlp))
    triples, entities, _ = resolve_analyses(analyses, Vocabulary())
    return triples, {e.name: e for e in entities}


def spo(triples):
    return [(t.subject, t.relation_lemma, t.object) for t in triples]


# -- self-loops: a title or alias beside a name is the entity's description, not an edge -------------

def test_a_title_before_a_name_is_a_role_not_a_self_loop(nlp):
    # sport/... "Home Secretary Charles Clarke said ministers had kept to their pledge to review the law."
    triples, entities = resolved(nlp, "Home Secretary Charles Clarke said ministers had kept to their pledge "
                                      "to review the law.")
    assert ("Home Secretary Charles Clarke", "say", "ministers had kept to their pledge to review the law") in spo(triples)
    # not asserted: Charles Clarke — be — Home Secretary [Charles Clarke]
    assert not [t for t in triples if t.subject_entity and t.subject_entity == t.object_entity]
    assert {"role": "home secretary", "of": None} in [{"role": r.role, "of": r.of} for r in entities["Charles Clarke"].roles]


def test_a_reflexive_object_is_no_self_loop(nlp):
    # sport: "Britain's Jason Gardener had been expected to defend his 60m title in Erfurt but instead he
    # will save himself for a competition in Leipzig on Sunday."
    triples, _ = resolved(nlp, "Britain's Jason Gardener had been expected to defend his 60m title in Erfurt but "
                               "instead he will save himself for a competition in Leipzig on Sunday.")
    assert not [t for t in triples if t.relation_lemma == "save"]  # Jason Gardener — save — himself [Jason Gardener]
    assert [(t.subject, t.relation, t.object) for t in triples if t.object == "his 60m title"] == [
        ("Britain's Jason Gardener", "had been expected to defend", "his 60m title")]


def test_a_birth_name_is_no_edge_from_a_person_to_herself(nlp):
    # GAP development-233 / a GAP passage (Wikipedia): "Hall was born Shirley Grossman in Philadelphia, Pennsylvania in 1922"
    triples, _ = resolved(nlp, "Shirley Hall was a singer. Hall was born Shirley Grossman in Philadelphia, Pennsylvania in 1922. "
                               "She was born a Catholic.")
    assert not [t for t in triples if t.object_entity == "Shirley Grossman"]  # not: Shirley Hall — be born — Shirley Grossman
    assert [(t.subject_entity, t.relation_lemma, t.object) for t in triples if t.object == "a Catholic"] == [
        ("Shirley Hall", "be born", "a Catholic")]  # a creed is no name: it stays


# -- bare pronoun subjects: unresolved, and not emitted ----------------------------------------------

def test_an_unresolved_demonstrative_subject_is_not_emitted(nlp):
    # business: "That prompted the withdrawal of tycoon Steve Morgan, who got frustrated by failed bids ..."
    triples, _ = resolved(nlp, "That prompted the withdrawal of tycoon Steve Morgan, who got frustrated by failed bids.")
    assert ("That", "prompt", "the withdrawal of tycoon Steve Morgan") not in spo(triples)
    assert not [t for t in triples if t.subject_entity is None and t.subject.casefold() in BARE_PRONOUNS]


def test_an_existential_there_is_not_a_subject(nlp):
    # politics: "There would be 385 MSCPs, including 270 elected members, 87 appointed members and 16 bishops."
    triples, _ = resolved(nlp, "There would be 385 MSCPs, including 270 elected members, 87 appointed members and 16 bishops.")
    assert not [t for t in triples if t.subject == "There"]


# -- it-clefts: the focus is the subject, "it — be — X" says nothing ------------------------------------

def extracted(nlp, text):
    from kg.extract import extract_doc

    return extract_doc(nlp(text))


def test_it_cleft_gives_the_focus_as_subject(nlp):
    # sport: "While Holmes left Athens as the star of Team GB, it was Radcliffe who carried expectations
    # before the August Games."
    exs = extracted(nlp, "While Holmes left Athens as the star of Team GB, it was Radcliffe who carried expectations "
                         "before the August Games.")
    got = [(e.subject.text, e.relation_lemma, e.object.text if e.object else None) for e in exs]
    assert ("Radcliffe", "carry", "expectations") in got
    assert ("it", "be", "Radcliffe") not in got
    assert not [e for e in exs if e.subject.text.casefold() in {"it", "who"}]


def test_it_cleft_focus_is_the_subject_of_a_participle_too(nlp):
    # politics: "But it was Mr Milburn who took centre stage, speaking of the "positive campaign" ..."
    exs = extracted(nlp, "But it was Mr Milburn who took centre stage, speaking of the positive campaign the party "
                         "hoped to stage.")
    got = [(e.subject.text, e.relation_lemma, e.object.text if e.object else None) for e in exs]
    assert ("Mr Milburn", "take", "centre stage") in got
    assert ("Mr Milburn", "speak of", "the positive campaign the party hoped to stage") in got
    assert ("it", "be", "Mr Milburn") not in got


def test_a_plain_copula_with_a_relative_clause_is_no_cleft(nlp):
    # tech: "It is a battle that Yahoo is currently winning, he believes." ("it" refers back: no cleft)
    exs = extracted(nlp, "It is a battle that Yahoo is currently winning, he believes.")
    got = [(e.subject.text, e.relation_lemma, e.object.text if e.object else None) for e in exs]
    assert ("It", "be", "a battle that Yahoo is currently winning") in got
    assert ("Yahoo", "win", "a battle") in got


# -- impersonal reports: "it" is no speaker ----------------------------------------------------------

def test_it_is_understood_that_hedges_the_content(nlp):
    # business: "It is understood that the board also considered Anil's resignation and asked him to
    # reconsider his decision."
    exs = extracted(nlp, "It is understood that the board also considered Anil's resignation and asked him to "
                         "reconsider his decision.")
    got = [(e.subject.text, e.relation_lemma, e.object.text if e.object else None, e.modality, e.speaker) for e in exs
           if e.kind != "poss"]
    assert got == [("the board", "consider", "Anil's resignation", "reportedly", None),
                   ("the board", "ask", "him to reconsider his decision", "reportedly", None)]  # (has_own_complement)


def test_it_was_revealed_that_asserts_the_content_without_a_speaker(nlp):
    # sport: "... sacked the striker on grounds of gross misconduct after it was revealed that he had
    # failed a drug test."
    exs = extracted(nlp, "Chelsea sacked the striker on grounds of gross misconduct after it was revealed that he "
                         "had failed a drug test.")
    failed = [e for e in exs if e.relation_lemma == "fail"]
    assert [(e.subject.text, e.object.text, e.modality, e.speaker, e.kind) for e in failed] == [
        ("he", "a drug test", None, None, "fact")]
    # not a speech act by "it"
    assert not [e for e in exs if e.subject.text == "it"]


def test_a_passive_verb_does_not_share_the_object_of_its_conjunct(nlp):
    # sport: "Chelsea decided to act before his case was heard and sacked the striker ..."
    exs = extracted(nlp, "Chelsea decided to act before his case was heard and sacked the striker.")
    heard = [e for e in exs if e.relation_lemma == "be heard"]
    assert [(e.subject.text, e.object) for e in heard] == [("his case", None)]  # not "was heard — the striker"


# -- pronouns of the speaker in indirect speech ---------------------------------------------------------

def test_it_in_what_an_organisation_says_is_the_organisation(nlp):
    # business: "In a long-awaited filing, Nortel said it had made $434m (£231m), compared to the
    # previously reported $732m."
    triples, _ = resolved(nlp, "In a long-awaited filing, Nortel said it had made $434m (£231m), compared to the "
                               "previously reported $732m.")
    made = [t for t in triples if t.relation_lemma == "make"]
    assert [(t.subject, t.subject_entity, t.object, t.attributed_to) for t in made] == [
        ("it", "Nortel", "$434m", "Nortel")]
    # not: "it" — make — $434m as an unattributed fact
    assert not [t for t in triples if t.subject == "it" and not t.attributed_to]


def test_it_inside_a_quote_is_not_the_speaker(nlp):
    # "“It’s painful for both parties,” …": "it" in a quote is anything
    triples, _ = resolved(nlp, "“It is a difficult time,” Microsoft said.")
    assert not [t for t in triples if t.subject == "It" and t.subject_entity]


def test_it_in_a_quote_opened_in_the_sentence_before_is_not_the_speakers(nlp):
    # sport/moya-suffers-shock-loss: the quotation opens one sentence before "It": the sentence alone
    # shows no open quote, the article does; "it" is what Moya talks about, not Moya, and unresolved
    text = ('Moya said: "I was playing well before I came here. It was the perfect preparation but '
            'something was wrong today."')
    triples, _ = resolved(nlp, text)
    assert not [t for t in triples if t.subject == "It"]  # not: It — was — the perfect preparation (by Moya)
    # the negative case: "it" of indirect speech outside quotes stays the speaker's claim
    triples, _ = resolved(nlp, "In a long-awaited filing, Nortel said it had made $434m (£231m), compared to the "
                               "previously reported $732m.")
    assert [(t.subject, t.subject_entity) for t in triples if t.relation_lemma == "make"] == [("it", "Nortel")]


# -- noun-phrase relations that say nothing: possessive noise, two names side by side -------------------

def nominal(nlp, text, kinds=("poss", "appos", "title")):
    return [(e.subject.text, e.relation_lemma, e.object.text) for e in extracted(nlp, text) if e.kind in kinds]


def test_a_superlative_after_a_possessive_is_a_ranking_not_a_possession(nlp):
    # tech: "Electronic Arts, the world's biggest games publisher, had 9 games in the top 20."
    got = nominal(nlp, "Electronic Arts, the world's biggest games publisher, had 9 games in the top 20.")
    assert got == [("Electronic Arts", "be", "the world's biggest games publisher")]  # not: the world — have — …
    # business: "Denmark is Europe's second largest producer of feta after Greece ..."
    assert nominal(nlp, "Denmark is Europe's second largest producer of feta after Greece.", ("poss",)) == []


def test_a_possessive_of_a_time_or_a_common_noun_is_no_possession(nlp):
    # sport: "... the surface had been speeded up since last year's tournament following complaints ..."
    assert nominal(nlp, "Pollard said the surface had been speeded up since last year's tournament.", ("poss",)) == []
    # politics: "The men's solicitor Matthew Knight, said that at no time had it occurred to the men ..."
    assert ("The men", "have", "solicitor") not in nominal(nlp, "The men's solicitor Matthew Knight, said that at no "
                                                              "time had it occurred to the men.", ("poss",))


def test_a_named_possessor_still_has_what_it_has(nlp):
    # tech: "Sony's PlayStation Portable" is a name; "Iran's supreme leader" style: a role of a name
    assert nominal(nlp, "Microsoft's security chief said the flaw was fixed.", ("poss",)) == [
        ("Microsoft", "have", "security chief")]


def test_two_names_side_by_side_are_a_list_not_an_apposition(nlp):
    # sport: "Bullock, Duff, Wilson, Ritchie, Archibald, Scotland (Samuel 63), Brebner, Kerr (Cameron 87), ..."
    assert nominal(nlp, "Bullock, Duff, Wilson, Ritchie, Archibald, Scotland (Samuel 63), Brebner, Kerr (Cameron 87), "
                        "Robson, Crawford, Grady.", ("appos",)) == []
    # tech: "CENTR, the Council of European National Top Level Domain Registries, agrees." (an acronym)
    assert nominal(nlp, "CENTR, the Council of European National Top Level Domain Registries, agrees.", ("appos",)) == [
        ("CENTR", "be", "the Council of European National Top Level Domain Registries")]


def test_a_title_naming_another_entity_is_a_role_not_an_edge(nlp):
    # sport: "England forward Michael Owen has told the BBC he is happy in Spain ..."
    triples, _ = resolved(nlp, "England forward Michael Owen has told the BBC he is happy in Spain.")
    assert not [t for t in triples if t.kind in {"title", "appos"} and t.object_entity]  # not: Michael Owen — be — England
    assert [(t.subject, t.relation_lemma) for t in triples if t.kind == "speech"] == [("England forward Michael Owen", "tell")]


# -- confidence is a probability; plain edges only above the threshold ----------------------------------

def test_a_triple_below_the_threshold_is_a_statement_but_no_plain_edge(nlp, monkeypatch):
    from kg.extract.confidence import DEFAULT_MIN_CONFIDENCE
    from kg.graph.rdf import to_store
    from kg.terms import Vocabulary as V

    # politics: "Tory leader Michael Howard has accused Tony Blair of performing U-turns over rules on
    # using ..." — a confident reading (an edge) beside a possessive (a statement only)
    text = ("Tory leader Michael Howard has accused Tony Blair of performing U-turns. "
            "Mr Blair's spokesman rejected the claim.")
    analyses = list(analyse_articles([Article("a", text)], nlp))
    triples, entities, _ = resolve_analyses(analyses, V())
    got = {(t.subject_entity, t.relation_lemma, t.object): t.confidence for t in triples}
    accuse = got[("Michael Howard", "accuse", "Tony Blair")]
    has = got[("Tony Blair", "have", "spokesman")]
    assert has < DEFAULT_MIN_CONFIDENCE <= accuse

    def edges(floor):
        monkeypatch.setenv("KG_MIN_CONFIDENCE", str(floor))
        store = to_store([a.article for a in analyses], triples, entities, V())
        query = "SELECT ?p WHERE { GRAPH ?g { <%s> ?p ?o } FILTER(STRSTARTS(STR(?p), \"https://kg.example/rel/\")) }"
        return {str(r["p"].value).rsplit("/", 1)[1] for r in store.query(query % V().entity_iri("Michael Howard"))} | \
               {str(r["p"].value).rsplit("/", 1)[1] for r in store.query(query % V().entity_iri("Tony Blair"))}, store

    plain, store = edges(DEFAULT_MIN_CONFIDENCE)
    assert "accuse" in plain and "have" not in plain  # not: ent:tony-blair rel:have "spokesman"
    # every triple stays a statement with its confidence
    assert bool(store.query('ASK { ?st rdf:object "spokesman" ; kg:confidence ?c }', use_default_graph_as_union=True,
                            prefixes=V().prefixes()))
    plain, _ = edges(0.99)
    assert "accuse" not in plain


def test_build_min_confidence_sets_the_plain_edge_threshold(tmp_path):
    from conftest import run_kg

    # politics: "Tory leader Michael Howard has accused Tony Blair of performing U-turns ..."
    (tmp_path / "a.txt").write_text("Tory leader Michael Howard has accused Tony Blair of performing U-turns.\n")
    for floor, edge in (("0.5", True), ("1.0", False)):
        out = tmp_path / f"out{floor}"
        done = run_kg("build", tmp_path / "a.txt", "--out", out, "--workers", "1", "--min-confidence", floor)
        assert done.returncode == 0, done.stderr
        trig = (out / "graph.trig").read_text()
        assert ("ent:michael-howard rel:accuse ent:tony-blair" in trig) == edge
        assert '"accuse"' in trig  # the statement stays, whatever the threshold


# -- identity "be" between two entities, times as subjects, quotes without a speaker ------------------

def test_be_between_two_different_entities_is_no_triple(nlp):
    # sport: "Other candidates for the job include former Scotland midfielders Gordon Strachan and Gary
    # McAllister and Vogts' assistant Tommy Burns."
    triples, _ = resolved(nlp, "Other candidates for the job include former Scotland midfielders Gordon Strachan and "
                               "Gary McAllister and Vogts' assistant Tommy Burns.")
    assert not [t for t in triples if t.relation_lemma == "be" and t.object_entity]  # not: Strachan — be — Burns
    assert ("Other candidates for the job", "include", "Gary McAllister") in spo(triples)


def test_a_time_is_not_somewhere(nlp):
    # business: "The meeting between Fiat boss Sergio Marchionne and GM's Rick Wagoner is due to take place
    # at 1330 GMT in Zurich, according to the Reuters news agency."
    triples, _ = resolved(nlp, "The meeting between Fiat boss Sergio Marchionne and GM's Rick Wagoner is due to take "
                               "place at 1330 GMT in Zurich, according to the Reuters news agency.")
    assert not [t for t in triples if t.subject == "1330 GMT"]  # not: 1330 GMT — be in — Zurich


def test_words_in_quotes_without_a_speaker_are_not_asserted(nlp):
    # entertainment: "... a BBC statement read. "Although his gestures were part of the rap culture, they had
    # gone beyond what is expected."" ("read" is no reporting verb: no speaker is found)
    triples, _ = resolved(nlp, '"The performer had been asked to tone his act down after rehearsal but ignored this '
                               'request during the live broadcast," a BBC statement read.')
    ignored = [t for t in triples if t.relation_lemma == "ignore"]
    assert ignored == []  # (s19) nobody's words are no one's claim: not written (was modality "quoted")
    # with its speaker found, the quote's content is attributed, not "quoted"
    triples, _ = resolved(nlp, '"The performer ignored this request," a BBC spokesman said.')
    assert [(t.subject, t.modality, t.attributed_to) for t in triples if t.relation_lemma == "ignore"] == [
        ("The performer", None, "a BBC spokesman")]


# -- readings that are no fact about the world (kg/extract/informative.py): still Open IE readings of
#    the sentence (marked ``uninformative``), never triples -------------------------------------------

def reasons(nlp, text):
    """(subject, relation_lemma, object) → why the extraction is no fact (None: it is one)."""
    return {(e.subject.text, e.relation_lemma, e.object.text if e.object else None): e.uninformative
            for e in extracted(nlp, text)}


def test_a_restrictive_relative_on_an_unnamed_noun_is_no_fact(nlp):
    # tech: what "enthusiasts" want is what the websites cater for, not a fact about anyone
    text = ("While many of the services are aimed at the amateur and casual digital photographer, other websites "
            "are geared up for enthusiasts who want to share tips and information.")
    assert reasons(nlp, text)[("enthusiasts", "want to share", "information")] == "restrictive relative"
    triples, _ = resolved(nlp, text)
    # the object keeps the clause that says which enthusiasts (informative.is_defined_by_its_clause)
    assert ("other websites", "be geared up for", "enthusiasts who want to share tips and information") in spo(triples)
    assert not [t for t in triples if t.subject == "enthusiasts"]


def test_a_relative_on_a_name_and_a_content_clause_stay_facts(nlp):
    # entertainment: a clause set off by a comma on a name says what he did
    triples, _ = resolved(nlp, "Zach Braff won the award for Garden State, which he wrote, directed and starred in.")
    assert [(t.subject_entity, t.object) for t in triples if t.relation_lemma == "write"] == [("Zach Braff", "Garden State")]
    # sport: "suggestions he wanted to leave" is the content of the suggestions (denied), no relative
    triples, _ = resolved(nlp, "Baros denied suggestions he wanted to leave the Millennium Stadium before the match.")
    assert [(t.subject_entity, t.object, t.negated, t.attributed_to) for t in triples if t.relation_lemma == "want to leave"] == [
        ("Baros", "the Millennium Stadium", True, "Baros")]


def test_a_quantifier_subject_names_no_one(nlp):
    # business: "Both" (two brewers of the sentence before) is no subject of a fact on its own
    triples, _ = resolved(nlp, "Both are looking to Russia and China to provide future growth as western European "
                               "markets are largely mature.")
    assert spo(triples) == [("western European markets", "be", "largely mature")]
    # tech: "some" of them did: a fact
    triples, _ = resolved(nlp, "Some net service firms began blocking access to the Lycos Europe site in protest at the action.")
    assert spo(triples) == [("Some net service firms", "begin block access to", "the Lycos Europe site")]


def test_a_shell_subject_points_back_and_asserts_nothing(nlp):
    # business: "The move follows News Corp's decision to register its business in the US."
    text = "The move follows News Corp's decision to register its business in the US."
    assert reasons(nlp, text)[("The move", "follow", "News Corp's decision to register its business in the US")] == "shell subject"
    assert resolved(nlp, text)[0] == []
    # politics: said of someone's comments by him, it is his claim and stays
    triples, _ = resolved(nlp, "Ken Livingstone said his comments were not racist and refused to apologise.")
    assert [(t.subject, t.object, t.negated, t.attributed_to) for t in triples if t.relation_lemma == "be"] == [
        ("his comments", "racist", True, "Ken Livingstone")]


def test_an_empty_reading_without_a_name_says_nothing(nlp):
    # politics: "His words came as …": only the clause after "as" is a fact
    triples, _ = resolved(nlp, "His words came as Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster, backed "
                               "Mr Howard's stance and distanced himself from Labour.")
    assert ("Cardinal Cormac Murphy O'Connor", "back", "Mr Howard's stance") in spo(triples)
    assert not [t for t in triples if t.subject == "His words"]
    # entertainment: with a name the bare event is a fact
    triples, _ = resolved(nlp, "Scholl, 21, was arrested and beheaded with her brother, Hans, in 1943.")
    assert ("Scholl", "be arrested", "") in spo(triples)


def test_an_attitude_runs_on_to_its_clause(nlp):
    # sport: "Mike Banks — be — hopeful" says only a mood; what he is hopeful of belongs to it
    triples, _ = resolved(nlp, "Chelsea physio Mike Banks was hopeful that Robben could return at some point in March.")
    assert ("Chelsea physio Mike Banks", "be", "hopeful") not in spo(triples)
    assert ("Chelsea physio Mike Banks", "be", "hopeful that Robben could return at some point in March") in spo(triples)
    # sport: "undecided" alone is not what she is
    triples, _ = resolved(nlp, "The double-Olympic champion is still undecided about whether to compete in her first "
                               "European Indoors in Madrid.")
    assert spo(triples) == [("The double-Olympic champion", "be",
                             "undecided about whether to compete in her first European Indoors in Madrid")]
    # sport: an adjective with its complement stays
    triples, _ = resolved(nlp, "And the American remains highly critical of aspects of British sprinting.")
    assert spo(triples) == [("the American", "remain", "highly critical of aspects of British sprinting")]


def test_an_apposition_restating_a_kind_an_initial_or_a_conversion_is_no_fact(nlp):
    # business: "The airline, SpiceJet," does not make "SpiceJet — be — The airline"
    triples, _ = resolved(nlp, "The airline, SpiceJet, will also have the option to acquire 10 more aircraft.")
    assert ("SpiceJet", "be", "The airline") not in spo(triples)
    # business: one amount in three currencies
    triples, _ = resolved(nlp, "Heineken's net income fell to 537m euros ($701m; £371m) during 2004, from 798m euro a year ago.")
    assert spo(triples) == [("Heineken's net income", "fall to", "537m euros")]
    # tech: a specification with no verb is a list
    triples, _ = resolved(nlp, "A 2.6ghz Intel Celeron chip, 40 gigabyte hard drive, 256mb, combined CD burner/DVD player.")
    assert ("40 gigabyte hard drive", "be", "combined CD burner/DVD player") not in spo(triples)
    # sport: a team sheet: an initial is no title, a club in brackets no apposition
    triples, _ = resolved(nlp, "D Cossins (Birchfield Harriers), R Davenport (Gloucester AC), G Warburton (Cardiff AAC).")
    assert [t for t in triples if t.kind in {"appos", "title"}] == []
    # tech: an apposition that describes stays
    triples, _ = resolved(nlp, "Stuart Cohen, chief executive of US firm Open Source Development Labs, said the move "
                               "could mean a change in the way companies deal with patents.")
    assert ("Stuart Cohen", "be", "chief executive of US firm Open Source Development Labs") in spo(triples)


def test_an_object_runs_on_to_the_clause_it_needs(nlp):
    # tech: "key to the way" is not what search engines are
    triples, _ = resolved(nlp, "Search engines are key to the way people use the internet.")
    assert spo(triples) == [("Search engines", "be", "key to the way people use the internet")]
    # entertainment: "the second" alone would be a different fact; "the first South African feature" is whole
    triples, _ = resolved(nlp, "The film is the first South African feature in 25 years and only the second to be "
                               "nominated for a Golden Bear Award.")
    assert spo(triples) == [("The film", "be", "the first South African feature in 25 years"),
                            ("The film", "be", "only the second to be nominated for a Golden Bear Award")]


def test_a_particle_read_as_an_adverb_stays_in_the_relation(nlp):
    # politics: "… and stepped down" is no "He — stepped"
    text = ("Neil Kinnock was not expected to win the 1987 election, but was bitterly disappointed to lose the next one "
            "in 1992 to John Major, and stepped down.")
    got = [(t.subject, t.relation, t.relation_lemma) for t in resolved(nlp, text)[0] if t.object == ""]
    assert got == [("Neil Kinnock", "stepped down", "step down")]
    # a manner adverb is no particle, but completes a verb with no object (misreadings.completing_adverb)
    assert [t.relation for t in resolved(nlp, "Shares in Yahoo rose sharply.")[0]] == ["rose sharply"]


def test_a_bare_infinitive_is_not_asserted_as_done(nlp):
    # business: what the best time is for is not what was done
    text = ('"The (January to March) quarter of this year is the best time for us to increase fuel prices," said Sri '
            'Mulyani Indrawati.')
    assert reasons(nlp, text)[("us", "increase", "fuel prices")] == "bare infinitive"
    triples, _ = resolved(nlp, text)
    assert not [t for t in triples if t.relation_lemma == "increase"]
    # business: an expectation keeps its content, with its modality
    triples, _ = resolved(nlp, "Analysts had expected February's figure to be stronger than January's.")
    assert [(t.subject, t.object, t.modality) for t in triples if t.kind == "copula"] == [
        ("February's figure", "stronger than January's", "expectation")]


def test_a_wh_word_is_no_argument(nlp):
    # politics: not "the Tories — were offering — what"
    triples, _ = resolved(nlp, "Mr Brown's council tax rebate for pensioners was £300 less than what the Tories were "
                               "offering, Mr Howard said.")
    assert not [t for t in triples if t.object == "what"]
    assert ("Mr Brown's council tax rebate for pensioners", "be", "£300 less than what the Tories were offering") in spo(triples)
    # business: after a name "whose" is the name's
    triples, _ = resolved(nlp, "GM, whose own European operations are losing money, no longer wants to own the "
                               "unprofitable Fiat unit.")
    assert ("whose own European operations", "lose", "money") in spo(triples)


def test_an_empty_reading_that_lost_its_complement_is_no_fact(nlp):
    # business: "…, observed Jack Boorman"; ("She then went on to take the overall prize of Golden TV Moment" now
    # reads its complement: "go on to take", clauses.went_on_to)
    assert reasons(nlp, "She then went on to take the overall prize of Golden TV Moment.") == {
        ("She", "go on to take", "the overall prize of Golden TV Moment"): None}
    text = "Real losses have been suffered and somebody has to pay, observed Jack Boorman, adviser to the IMF."
    assert reasons(nlp, text)[("Jack Boorman", "observe", None)] == "lost complement"
    triples, _ = resolved(nlp, text)
    assert spo(triples) == [("Jack Boorman", "be", "adviser to the IMF")]


def test_an_object_runs_on_to_the_content_of_its_noun(nlp):
    # politics: "before allegations" alone says nothing of what was alleged
    triples, _ = resolved(nlp, "The interview with BBC Radio Sheffield was made before allegations he fast-tracked a "
                               "visa for Mrs Quinn's nanny.")
    assert ("The interview with BBC Radio Sheffield", "be made before",
            "allegations he fast-tracked a visa for Mrs Quinn's nanny") in spo(triples)
    assert ("The interview with BBC Radio Sheffield", "be made before", "allegations") not in spo(triples)


def test_a_result_participle_is_no_act_of_the_subject(nlp):
    # sport: what "meaning" says follows from Venus going out; Venus means nothing
    text = ("While Serena is through to the Australian Open semi-finals, Venus went out in the fourth round, meaning she "
            "has not gone further than the last eight in her last five Grand Slam appearances.")
    assert reasons(nlp, text)[("Venus", "mean", "she has not gone further than the last eight in her last five Grand "
                                               "Slam appearances")] == "result participle"
    assert not [t for t in resolved(nlp, text)[0] if t.relation_lemma == "mean"]
    # entertainment: a participle of what the subject did stays
    triples, _ = resolved(nlp, "Microsoft has entered the desktop search fray, releasing a test version of its tool.")
    assert ("Microsoft", "release", "a test version of its tool") in spo(triples)
