"""The on-disk store: incremental adds, unchanged re-builds, replaced and removed articles, the lock."""
from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest

from conftest import run_kg
from kg.graph.rdf import content_hash
from kg.graph.saved import analysis_from_json, analysis_to_json
from kg.graph.store import StoreLocked, open_store, store_lock
from kg.graph.sync import add_analyses, remove_articles
from kg.terms import Vocabulary

V = Vocabulary()


def quads(path) -> set:
    store = open_store(path)
    return set(store)


def ask(path, query: str) -> bool:
    return bool(open_store(path).query(query, use_default_graph_as_union=True, prefixes=V.prefixes()))


def by_id(seed_build):
    return {a.article.id: a for a in seed_build.analyses}


def test_saved_analyses_read_back_equal(seed_build):
    for analysis in seed_build.analyses:
        assert analysis_from_json(analysis_to_json(analysis)) == analysis


def test_store_holds_the_same_graph_as_an_in_memory_build(seed_build, tmp_path):
    summary = add_analyses(tmp_path / "s", seed_build.analyses)
    assert summary["added"] == 5
    assert quads(tmp_path / "s") == set(seed_build.store)


def test_rebuilding_the_same_articles_changes_nothing(seed_build, tmp_path):
    add_analyses(tmp_path / "s", seed_build.analyses)
    before = quads(tmp_path / "s")
    summary = add_analyses(tmp_path / "s", seed_build.analyses)
    assert summary == {"added": 0, "replaced": 0, "unchanged": 5, "quads": len(before)}
    assert quads(tmp_path / "s") == before


def test_rewriting_an_unchanged_graph_touches_no_quad(seed_build, tmp_path):
    from kg.graph.store import open_store_for_writing
    from kg.graph.sync import write_graph

    add_analyses(tmp_path / "s", seed_build.analyses)
    summary = write_graph(open_store_for_writing(tmp_path / "s"), seed_build.analyses, V)
    assert (summary["articles changed"], summary["quads added"], summary["quads removed"]) == (0, 0, 0)


def test_adding_articles_one_by_one_equals_adding_them_together(seed_build, tmp_path):
    first, *rest = seed_build.analyses
    add_analyses(tmp_path / "one", [first])
    assert ask(tmp_path / "one", f'ASK {{ art:{first.article.id} kg:contentHash "{content_hash(first.article)}" }}')
    add_analyses(tmp_path / "one", rest)
    add_analyses(tmp_path / "all", seed_build.analyses)
    assert quads(tmp_path / "one") == quads(tmp_path / "all")


def test_removing_an_article_equals_never_adding_it(seed_build, tmp_path, monkeypatch):
    # every reading corroborates (a possessive's confidence is under the default plain-edge gate)
    monkeypatch.setenv("KG_MIN_CONFIDENCE", "0")
    analyses = by_id(seed_build)
    gone = "001_782b71356e619918"
    add_analyses(tmp_path / "s", seed_build.analyses)
    # "Iran is not winning this war" is read in 000 and 001: two supporting articles before
    assert ask(tmp_path / "s", """ASK { ?st rdf:object "this war" ; kg:corroboration 2 }""")
    summary = remove_articles(tmp_path / "s", [gone])
    assert summary["removed"] == 1
    add_analyses(tmp_path / "four", [a for i, a in analyses.items() if i != gone])
    assert quads(tmp_path / "s") == quads(tmp_path / "four")
    store = open_store(tmp_path / "s")
    assert ox.NamedNode(str(V.article_iri(gone))) not in set(store.named_graphs())
    assert not ask(tmp_path / "s", f"ASK {{ ?x kg:mentionedIn art:{gone} }}")
    assert ask(tmp_path / "s", """ASK { ?st rdf:object "this war" ; kg:corroboration 1 }""")
    # statements only the removed article supported are gone, with their evidence
    assert not ask(tmp_path / "s", f"""ASK {{ ?st a rdf:Statement FILTER NOT EXISTS {{ ?st kg:evidence ?ev }} }}""")
    assert not ask(tmp_path / "s", f"ASK {{ ?x prov:wasDerivedFrom art:{gone} }}")


def test_changed_content_replaces_the_article_graph(seed_build, tmp_path):
    analyses = by_id(seed_build)
    add_analyses(tmp_path / "s", seed_build.analyses)
    old = analyses["002_f0a1a3e0a714795d"]
    changed = dataclasses.replace(old, article=dataclasses.replace(old.article, text=old.article.text + "\n\nUpdated."),
                                  extractions=old.extractions[:1])
    summary = add_analyses(tmp_path / "s", [changed])
    assert (summary["added"], summary["replaced"]) == (0, 1)
    g = f"art:{old.article.id}"
    assert ask(tmp_path / "s", f'ASK {{ GRAPH {g} {{ {g} kg:contentHash "{content_hash(changed.article)}" }} }}')
    assert not ask(tmp_path / "s", f'ASK {{ {g} kg:contentHash "{content_hash(old.article)}" }}')
    evidence = open_store(tmp_path / "s").query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ ?ev a kg:Evidence ; prov:wasDerivedFrom {g} }}", use_default_graph_as_union=True,
        prefixes=V.prefixes())
    assert int(next(evidence)["n"].value) == 1


def test_a_second_writer_fails_with_a_clear_message(seed_build, tmp_path):
    with store_lock(tmp_path / "s"):
        with pytest.raises(StoreLocked, match="being written by kg pid"):
            add_analyses(tmp_path / "s", seed_build.analyses[:1])
        cli = run_kg("remove", "--store", tmp_path / "s", "000_e7fa4d2bf25a9973")
        assert cli.returncode == 2 and "being written" in cli.stderr
    assert add_analyses(tmp_path / "s", seed_build.analyses[:1])["added"] == 1  # lock released


def test_remove_of_an_unknown_article_is_refused(seed_build, tmp_path):
    add_analyses(tmp_path / "s", seed_build.analyses[:1])
    result = run_kg("remove", "--store", tmp_path / "s", "no-such-article")
    assert result.returncode == 2 and "no article 'no-such-article'" in result.stderr


def test_cli_rebuild_of_the_seeds_leaves_the_triple_count_unchanged(tmp_path):
    first = run_kg("build", "--store", tmp_path / "s")
    assert first.returncode == 0, first.stderr
    count = len(open_store(tmp_path / "s"))
    second = run_kg("build", "--store", tmp_path / "s")
    assert second.returncode == 0, second.stderr
    assert "unchanged              5" in second.stdout
    assert len(open_store(tmp_path / "s")) == count > 5000
    query = run_kg("query", tmp_path / "s", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g a schema:NewsArticle } }", "-f", "csv")
    assert query.stdout.splitlines() == ["n", "5"]


def test_a_build_interrupted_after_the_bulk_load_is_completed_by_the_next(seed_build, tmp_path, monkeypatch):
    """Quads go in through the (non-atomic) bulk loader and content hashes last: a build that dies
    between the two leaves articles without a hash and its marker, and the next build first
    re-syncs the store from the saved analyses (issue 19), then finds every article unchanged."""
    from kg.graph import sync as store_module

    def die_before_the_hashes(writer, kind, exc, tb):
        writer._send()
        writer._finish_loading()  # everything bulk-loaded, the hashes not written
        raise KeyboardInterrupt

    add_analyses(tmp_path / "clean", seed_build.analyses)
    first, *rest = seed_build.analyses
    add_analyses(tmp_path / "s", [first])
    with monkeypatch.context() as patch:
        patch.setattr(store_module.BulkWriter, "__exit__", die_before_the_hashes)
        with pytest.raises(KeyboardInterrupt):
            add_analyses(tmp_path / "s", rest)
    assert not ask(tmp_path / "s", f'ASK {{ ?a kg:contentHash "{content_hash(rest[0].article)}" }}')
    summary = add_analyses(tmp_path / "s", seed_build.analyses)
    assert (summary["added"], summary["unchanged"]) == (0, 5) and "re-synced" in summary["repaired"]
    assert quads(tmp_path / "s") == quads(tmp_path / "clean")


def test_packed_analyses_write_the_same_graph(seed_build, tmp_path):
    from kg.records import PackedAnalysis

    from kg.graph.store import open_store_for_writing
    from kg.graph.sync import write_graph

    packed = [PackedAnalysis.pack(a) for a in seed_build.analyses]
    assert [p.unpack() for p in packed] == seed_build.analyses
    store = open_store_for_writing(tmp_path / "s")
    write_graph(store, packed, V, new_ids={p.article_id for p in packed})
    assert set(store) == set(seed_build.store)


def test_cli_store_build_equals_the_in_memory_build(seed_build, tmp_path):
    # the CLI path: one worker process parses, articles are kept packed until the store is written
    result = run_kg("build", "--store", tmp_path / "s", "--workers", "1")
    assert result.returncode == 0, result.stderr
    assert quads(tmp_path / "s") == set(seed_build.store)


def test_leaving_a_store_sink_frees_the_database_for_the_next_writer(tmp_path):
    """The kg lock is released only after the Oxigraph database is closed: a build that waited
    for the lock opens the database at once (CI once saw 'IO error: While lock file … LOCK')."""
    import pyoxigraph as ox

    from kg.graph.store import DB_DIR
    from kg.graph.sync import StoreSink

    store = tmp_path / "store"
    with StoreSink(store) as sink:
        sink.finish()
    assert sink.store is None
    reopened = ox.Store(str(store / DB_DIR))  # raises if the sink still held the database
    assert len(reopened) == 0


def _opens_for_writing(store) -> bool:
    """Whether another writer could open the database now (this process holds no reference)."""
    from kg.graph.store import DB_DIR

    try:
        ox.Store(str(store / DB_DIR))
    except OSError as exc:
        assert "LOCK" in str(exc)
        return False
    return True


def test_a_refused_remove_frees_the_database_before_its_lock(seed_build, tmp_path):
    """`kg remove` of an unknown article raises a StoreError; while that error is still held (the
    command line prints it), a writer that waited for the kg lock opens the database: the
    traceback does not keep the store open."""
    from kg.graph.store import StoreError

    add_analyses(tmp_path / "s", seed_build.analyses[:1])
    with pytest.raises(StoreError, match="no article 'no-such-article'") as refused:
        remove_articles(tmp_path / "s", ["no-such-article"])
    assert refused.value.__traceback__ is not None  # the error is alive, and so is its traceback
    assert _opens_for_writing(tmp_path / "s")


def test_a_store_write_that_fails_frees_the_database_before_its_lock(seed_build, tmp_path, monkeypatch):
    """A build whose store write fails (a full disk) releases the database with the lock, not
    when its error is dropped."""
    from kg.graph import sync

    add_analyses(tmp_path / "s", seed_build.analyses[:1])

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sync, "write_graph", full_disk)
    monkeypatch.setattr(sync, "update_in_place", full_disk)  # the write of an update in place (kg.graph.stream)
    with pytest.raises(OSError, match="No space left") as failed:
        with sync.StoreSink(tmp_path / "s") as sink:
            sink.add(seed_build.analyses[1])
            sink.finish()
    assert failed.value.__traceback__ is not None
    assert _opens_for_writing(tmp_path / "s")
