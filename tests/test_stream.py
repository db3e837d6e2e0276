"""A store updated in place (issue 23): adds and removes in several orders against full builds, the one
documented difference (a later article does not revisit an earlier one), kg check and --repair."""
from __future__ import annotations

import pytest
from pyoxigraph import NamedNode

from kg.graph.store import open_store
from kg.graph.stream import STATE_FILE
from kg.graph.sync import add_analyses, check_store, remove_articles


def nquads(path) -> list[str]:
    return sorted(str(q) for q in open_store(path))


def full_build(path, analyses) -> list[str]:
    add_analyses(path, analyses)
    return nquads(path)


def analyses_by_id(folder, articles: dict[str, str]) -> dict:
    """Each article (file name → text) written into ``folder`` and built once: its analysis by article id."""
    from kg.builder import build_graph

    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return {a.article.id: a for a in build_graph([folder / name for name in articles]).analyses}


def test_adds_and_removes_in_several_orders_equal_full_builds(seed_build, tmp_path):
    analyses = sorted(seed_build.analyses, key=lambda a: a.article.id)
    everything = full_build(tmp_path / "full", analyses)
    for name, batches in (("one by one", [[a] for a in analyses]),
                          ("reversed", [[a] for a in reversed(analyses)]),
                          ("two then three", [analyses[3:], analyses[:3]])):
        store = tmp_path / name
        for batch in batches:
            add_analyses(store, batch)
        assert (store / STATE_FILE).is_file()
        assert nquads(store) == everything, name
    gone = [analyses[1].article.id, analyses[3].article.id]
    summary = remove_articles(tmp_path / "one by one", gone)
    assert summary["removed"] == 2 and summary["entities re-decided"] > 0  # updated in place, not rebuilt
    rest = [a for a in analyses if a.article.id not in gone]
    assert nquads(tmp_path / "one by one") == full_build(tmp_path / "three", rest)
    assert check_store(tmp_path / "one by one") == ([], None)


@pytest.fixture(scope="module")
def blair(tmp_path_factory):
    """Two real articles: one names "Mr Blair" only, the other "Tony Blair", both beside Gordon Brown
    and Jack Straw (the company by which a lone surname joins the one person of that surname)."""
    return analyses_by_id(tmp_path_factory.mktemp("blair"), {
        "a.txt": "Blair meets Brown\n\nMr Blair met Gordon Brown and Jack Straw in London on Monday. "
                 "Blair said the talks had gone well.\n",
        "b.txt": "Talks in London\n\nTony Blair met Gordon Brown and Jack Straw in Downing Street. "
                 "Tony Blair said the budget would pass.\n"})


def entity_labels(path) -> set[str]:
    query = "SELECT ?l WHERE { GRAPH <https://kg.example/ns#entities> { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } }"
    return {row["l"].value for row in open_store(path).query(query)}


def test_a_new_articles_lone_surname_joins_the_stored_person(blair, tmp_path):
    full = full_build(tmp_path / "full", list(blair.values()))
    add_analyses(tmp_path / "s", [blair["b"]])
    add_analyses(tmp_path / "s", [blair["a"]])
    assert "Blair" not in entity_labels(tmp_path / "s") and "Tony Blair" in entity_labels(tmp_path / "s")
    assert nquads(tmp_path / "s") == full


def test_a_later_article_does_not_revisit_an_earlier_one_and_repair_restores_the_full_build(blair, tmp_path):
    """The documented difference: "Mr Blair" of the earlier article stays an entity of its own (stale),
    where a full build joins it to Tony Blair; kg check says so and --repair gives the full build's graph."""
    full = full_build(tmp_path / "full", list(blair.values()))
    assert "Blair" not in entity_labels(tmp_path / "full")
    add_analyses(tmp_path / "s", [blair["a"]])
    add_analyses(tmp_path / "s", [blair["b"]])
    assert "Blair" in entity_labels(tmp_path / "s")
    assert nquads(tmp_path / "s") != full
    found, done = check_store(tmp_path / "s")
    assert done is None and len(found) == 1
    assert "2 of 5 entities differ from a full build" in found[0] and "'Blair', 'Tony Blair'" in found[0]
    found, done = check_store(tmp_path / "s", repair=True)
    assert "every article re-resolved" in done
    assert nquads(tmp_path / "s") == full
    assert check_store(tmp_path / "s") == ([], None)


def test_a_full_rebuild_gives_the_full_builds_answer(blair, tmp_path):
    full = full_build(tmp_path / "full", list(blair.values()))
    add_analyses(tmp_path / "s", [blair["a"]])
    add_analyses(tmp_path / "s", [blair["b"]])
    summary = add_analyses(tmp_path / "s", list(blair.values()), full=True)  # kg build --store S --full
    assert summary["unchanged"] == 2
    assert nquads(tmp_path / "s") == full


def test_another_aliases_file_re_resolves_every_article(blair, tmp_path):
    """An aliases file changes how every name is keyed: the build after it resolves everything, not in place."""
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("same\tTony Blair\tBlair\n", encoding="utf-8")
    add_analyses(tmp_path / "s", [blair["b"]])
    in_place = add_analyses(tmp_path / "s", [blair["a"]])
    assert "entities re-decided" in in_place
    add_analyses(tmp_path / "t", [blair["b"]])
    summary = add_analyses(tmp_path / "t", [blair["a"]], aliases=aliases)
    assert "entities re-decided" not in summary and summary["entities"] > 0


def test_a_type_flip_writes_the_entity_not_its_stored_articles_and_kg_check_reads_them_again(seed_build, tmp_path):
    """Truth Social's type changes when the fourth sample article adds its votes: the update writes the
    entity's description, not the first article's graph (noted stale); kg check reads that article
    again with today's types and finds its triples unchanged. Where they would change (here: the state's
    copy of its triples made to differ), kg check says so and --repair writes the full build's graph."""
    import sqlite3

    from kg.graph.stream import _dump

    analyses = sorted(seed_build.analyses, key=lambda a: a.article.id)
    store = tmp_path / "s"
    summaries = [add_analyses(store, [a]) for a in analyses]
    flip = summaries[3]
    assert flip["articles left stale"] == 1 and flip["articles rewritten for them"] == 0
    query = ("SELECT ?t WHERE { GRAPH <https://kg.example/ns#entities> { ?e <http://www.w3.org/2000/01/rdf-schema#label> "
             "'Truth Social' ; <https://kg.example/ns#entityType> ?t } }")
    assert [row["t"].value for row in open_store(store).query(query)] == ["ORG"]
    db = sqlite3.connect(store / STATE_FILE)
    assert [doc for (doc,) in db.execute("SELECT doc FROM stale")] == [analyses[0].article.id]
    assert nquads(store) == full_build(tmp_path / "full", analyses)
    assert check_store(store) == ([], None)  # read again: the same triples with either type

    db.execute("UPDATE article SET triples = ? WHERE id = ?", (_dump([]), analyses[0].article.id))
    db.commit()
    db.close()
    found, done = check_store(store)
    assert done is None and "1 article(s) were read with an entity type or organisation that has changed since" in found[0]
    found, done = check_store(store, repair=True)
    assert "every article re-resolved" in done
    assert nquads(store) == full_build(tmp_path / "full2", analyses)
    assert check_store(store) == ([], None)


@pytest.fixture(scope="module")
def bush(tmp_path_factory):
    """Two real articles: the first names "George Bush" twice, the second "George W Bush" three times, so
    the entity's name becomes George W Bush once the second is read."""
    return analyses_by_id(tmp_path_factory.mktemp("bush"), {
        "a.txt": "Bush visits Europe\n\nGeorge Bush arrived in Brussels on Monday. George Bush said "
                 "the alliance with Europe was strong.\n",
        "b.txt": "Bush budget\n\nGeorge W Bush sent his budget to Congress. George W Bush said spending "
                 "would be cut, and George W Bush asked for more money for defence.\n"})


def entity_iris(path, label) -> list[str]:
    query = ("SELECT ?e WHERE { GRAPH <https://kg.example/ns#entities> { ?e <http://www.w3.org/2000/01/rdf-schema#label> "
             f"'{label}' }} }}")
    return [row["e"].value for row in open_store(path).query(query)]


def article_graph(path, doc) -> set[str]:
    return {str(q) for q in open_store(path).quads_for_pattern(None, None, None, NamedNode(f"https://kg.example/article/{doc}"))}


def test_a_rename_keeps_the_iri_and_leaves_the_earlier_articles_graph(bush, tmp_path):
    """A later article gives George Bush a fuller name: the label changes, the IRI minted when the entity was
    first written does not, and the first article's graph is not written again. A full build names the IRI
    after the final name: kg check says the entity differs, --repair gives the full build's graph."""
    full = full_build(tmp_path / "full", list(bush.values()))
    assert entity_iris(tmp_path / "full", "George W Bush") == ["https://kg.example/entity/george-w-bush"]
    store = tmp_path / "s"
    add_analyses(store, [bush["a"]])
    before = article_graph(store, "a")
    assert "<https://kg.example/entity/george-bush>" in " ".join(before)
    summary = add_analyses(store, [bush["b"]])
    assert summary["articles rewritten for them"] == 0
    assert entity_iris(store, "George W Bush") == ["https://kg.example/entity/george-bush"]
    assert entity_iris(store, "George Bush") == []
    assert article_graph(store, "a") == before
    assert "<https://kg.example/entity/george-w-bush>" not in " ".join(nquads(store))  # b names the same IRI
    found, done = check_store(store)
    assert done is None and "1 of" in found[0] and "'George W Bush'" in found[0]
    found, done = check_store(store, repair=True)
    assert nquads(store) == full


def test_the_fuller_name_first_gives_the_full_builds_iri(bush, tmp_path):
    """The negative case: when the fuller name comes first, the entity is never renamed and the store is
    the full build's."""
    full = full_build(tmp_path / "full", list(bush.values()))
    add_analyses(tmp_path / "s", [bush["b"]])
    add_analyses(tmp_path / "s", [bush["a"]])
    assert nquads(tmp_path / "s") == full


@pytest.fixture(scope="module")
def buck(tmp_path_factory):
    """Three real articles: Bruce Buck speaks for Chelsea in the first ("We will win", said as Chelsea's
    chairman), the second makes him a director of Rolls-Royce too (two organisations: his "we" is his own
    in a full build), the third names him Chelsea's chairman again."""
    return analyses_by_id(tmp_path_factory.mktemp("buck"), {
        "a.txt": 'Chelsea win again\n\nChelsea chairman Bruce Buck said: "We will win the league this '
                 'season." The club beat Arsenal on Saturday.\n',
        "b.txt": "Engines sold\n\nRolls-Royce director Bruce Buck said the company would sell more "
                 "engines. Bruce Buck spoke in London on Monday.\n",
        "c.txt": "Chelsea sign striker\n\nChelsea chairman Bruce Buck welcomed the new striker at "
                 "Stamford Bridge on Friday.\n"})


def test_an_organisation_change_leaves_the_stored_article_stale_and_repair_mends_it(buck, tmp_path):
    """Bruce Buck's organisation goes from Chelsea to none when the second article is added: the first
    article's graph (its "we" read as Chelsea) is not written again but noted stale; kg check reads it
    again and reports it, --repair writes the full build's graph (his "we" his own)."""
    import sqlite3

    full = full_build(tmp_path / "full", [buck["a"], buck["b"]])
    store = tmp_path / "s"
    add_analyses(store, [buck["a"]])
    summary = add_analyses(store, [buck["b"]])
    assert summary["articles rewritten for them"] == 0 and summary["articles left stale"] == 1
    assert [doc for (doc,) in sqlite3.connect(store / STATE_FILE).execute("SELECT doc FROM stale")] == ["a"]
    assert nquads(store) != full
    found, done = check_store(store)
    assert done is None and "1 article(s) were read with an entity type or organisation that has changed since" in found[0]
    check_store(store, repair=True)
    assert nquads(store) == full


def test_the_same_organisation_again_leaves_nothing_stale(buck, tmp_path):
    """The negative case: the third article names him Chelsea's chairman again; his organisation stays
    Chelsea, nothing is stale and the store is the full build's."""
    full = full_build(tmp_path / "full", [buck["a"], buck["c"]])
    add_analyses(tmp_path / "s", [buck["a"]])
    summary = add_analyses(tmp_path / "s", [buck["c"]])
    assert summary["articles left stale"] == 0 and summary["articles rewritten for them"] == 0
    assert nquads(tmp_path / "s") == full


@pytest.fixture(scope="module")
def economy(tmp_path_factory):
    """Three real articles whose statements are shared: the same report in two ("Tony Blair said the economy
    was strong"), and a denial of its content in the third (a contradiction)."""
    analyses = analyses_by_id(tmp_path_factory.mktemp("economy"), {
        "a.txt": "Blair upbeat\n\nTony Blair said the economy was strong. Gordon Brown agreed on Monday.\n",
        "b.txt": "Budget day\n\nTony Blair said the economy was strong. The budget will be published on Wednesday.\n",
        "c.txt": "Doubts\n\nMichael Howard said on Tuesday that the economy was not strong.\n"})
    return [analyses[doc] for doc in sorted(analyses)]


def statements_graph(path) -> list[str]:
    return sorted(str(q) for q in open_store(path).quads_for_pattern(None, None, None, NamedNode("https://kg.example/ns#statements")))


def test_statements_reported_by_several_articles_are_summed_per_article(economy, tmp_path):
    """kg:statements written from each statement's sums per article (best confidence, corroboration, the
    articles reporting it, what a speech act reports, contradictions) equals a full build's, in several orders
    of adds and removes, and from a state whose sums are not made yet (a layout 3 store: summed when read)."""
    import sqlite3

    everything = full_build(tmp_path / "full", economy)
    graph = " ".join(statements_graph(tmp_path / "full"))
    assert '"2"^^<http://www.w3.org/2001/XMLSchema#integer>' in graph and "#contradicts>" in graph and "#reports>" in graph
    for name, batches in (("one by one", [[a] for a in economy]), ("reversed", [[a] for a in reversed(economy)])):
        store = tmp_path / name
        for batch in batches:
            add_analyses(store, batch)
        assert nquads(store) == everything, name
    db = sqlite3.connect(tmp_path / "reversed" / STATE_FILE)
    db.execute("UPDATE stmt SET conf = NULL, plain = NULL, first = NULL, reports = NULL")  # as an upgraded layout 3
    db.commit()
    db.close()
    remove_articles(tmp_path / "reversed", [economy[0].article.id])
    assert nquads(tmp_path / "reversed") == full_build(tmp_path / "rest", economy[1:])
    remove_articles(tmp_path / "one by one", [economy[2].article.id])
    assert nquads(tmp_path / "one by one") == full_build(tmp_path / "rest2", economy[:2])


def test_kg_check_compact_keeps_every_quad_and_says_what_it_did(blair, tmp_path):
    """After updates in place an operator compacts the store (queries slow until then): the same
    quads after as before, and one line that says so; a folder that is no store gets one clear line."""
    from conftest import run_kg

    store = tmp_path / "s"
    add_analyses(store, [blair["b"]])
    add_analyses(store, [blair["a"]])
    before = nquads(store)
    done = run_kg("check", "--store", store, "--compact")
    assert done.returncode == 0, done.stderr
    assert f"{store}: consistent" in done.stdout and f"{store}: compacted in " in done.stdout
    assert nquads(store) == before
    plain = run_kg("check", "--store", store)
    assert "compacted" not in plain.stdout
    # a store that is not consistent is not compacted, and the command says so
    saved = sorted((store / "analyses").glob("*.json"))
    saved[0].rename(tmp_path / saved[0].name)
    skipped = run_kg("check", "--store", store, "--compact")
    assert skipped.returncode == 1 and "Traceback" not in skipped.stderr + skipped.stdout
    assert "not compacted: the store is not consistent (add --repair)" in skipped.stdout
    assert "compacted in" not in skipped.stdout
    missing = run_kg("check", "--store", tmp_path / "nowhere", "--compact")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr + missing.stdout
    assert "not a kg store" in missing.stderr + missing.stdout


def test_kg_check_prints_a_long_store_path_on_one_line(blair, tmp_path):
    """A script greps `kg check`'s lines: a store path longer than the 80 columns rich assumes for a
    pipe stays on its one line ("<store>: consistent"), never broken where the console would wrap."""
    from conftest import run_kg

    store = tmp_path / ("a-store-folder-with-a-long-name-" * 4) / "s"
    add_analyses(store, [blair["b"]])
    done = run_kg("check", "--store", store)
    assert done.returncode == 0, done.stderr
    assert len(f"{store}: consistent") > 80
    assert done.stdout.splitlines() == [f"{store}: consistent"]
