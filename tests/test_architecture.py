"""The structure of the house: the base IRI travels with a graph, the store remembers what it was
built with, a build parses each article once, the layers hold and `kg --help` stays light."""
from __future__ import annotations

import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT, run_kg

OTHER_BASE = "https://other.example/kg/"


@pytest.fixture(scope="module")
def other_base_store(seed_build):
    """The seed graph written with another base IRI (from the seed build's analyses: no re-parse)."""
    from kg.builder import resolve_analyses
    from kg.graph.rdf import sentence_entities, to_store
    from kg.terms import Vocabulary

    vocab = Vocabulary(OTHER_BASE)
    triples, entities, resolution = resolve_analyses(seed_build.analyses, vocab)
    return to_store(seed_build.articles, triples, entities, vocab, sentence_entities(seed_build.analyses, resolution))


def graphml_nodes(data: bytes) -> int:
    import io

    import networkx as nx

    return nx.read_graphml(io.BytesIO(data)).number_of_nodes()


def test_graphml_of_a_graph_built_with_another_base_has_every_node(seed_build, other_base_store):
    from kg.export import serialize
    from kg.terms import Vocabulary

    default = graphml_nodes(serialize(seed_build.store, "graphml", seed_build.vocab))
    assert default > 40
    assert graphml_nodes(serialize(other_base_store, "graphml", Vocabulary(OTHER_BASE))) == default
    assert graphml_nodes(serialize(other_base_store, "graphml")) == default  # the base read off the graph


def test_kg_export_graphml_of_a_file_built_with_another_base(seed_build, other_base_store, tmp_path):
    from kg.export import export

    trig = export(other_base_store, tmp_path / "graph.trig", "trig")
    done = run_kg("export", trig, "-o", tmp_path / "g.graphml")
    assert done.returncode == 0, done.stderr
    from kg.networkx_view import to_networkx

    expected = to_networkx(seed_build.store).number_of_nodes()
    assert graphml_nodes((tmp_path / "g.graphml").read_bytes()) == expected > 40


def test_knowledge_graph_to_networkx_uses_its_base(tmp_path):
    import kg

    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(sorted(EXAMPLES.iterdir())[0], one)
    default, other = kg.build(one), kg.build(one, base=OTHER_BASE)
    assert other.to_networkx().number_of_nodes() == default.to_networkx().number_of_nodes() > 5


def test_kg_serve_store_draws_the_network_of_a_store_with_another_base(seed_build, tmp_path):
    import requests

    from kg.graph.sync import add_analyses
    from test_push import free_port, stop_process, wait_for_port

    add_analyses(tmp_path / "s", seed_build.analyses, base=OTHER_BASE)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(tmp_path / "s"), "--port", str(port)],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_port(port, process, seconds=60)
        page = requests.get(f"http://127.0.0.1:{port}/graph", timeout=120).text
    finally:
        stop_process(process)
    assert '"label": "Donald Trump"' in page and OTHER_BASE + "entity/donald-trump" in page


def _entity_names(store_dir: Path) -> set[str]:
    from kg.graph.store import open_store

    rows = open_store(store_dir).query("SELECT ?n WHERE { GRAPH ?g { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?n ;"
                                       " <https://kg.example/ns#entityType> ?t } }")
    return {r["n"].value for r in rows}


def test_kg_remove_keeps_the_names_of_the_stores_aliases_file(seed_build, tmp_path):
    from kg.graph.sync import add_analyses, remove_articles

    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("The Commander In Chief\tPERSON\tDonald Trump|Trump|President Trump\n", encoding="utf-8")
    add_analyses(tmp_path / "s", seed_build.analyses, aliases=aliases)
    assert "The Commander In Chief" in _entity_names(tmp_path / "s")
    aliases.unlink()  # the store keeps its own copy
    gone = sorted(a.article.id for a in seed_build.analyses)[-1]
    done = run_kg("remove", "--store", tmp_path / "s", gone)
    assert done.returncode == 0, done.stderr
    names = _entity_names(tmp_path / "s")
    assert "The Commander In Chief" in names and "Donald Trump" not in names
    # and a later build without --aliases resolves with the store's copy too
    remove_articles(tmp_path / "s", [sorted(a.article.id for a in seed_build.analyses)[0]])
    assert "The Commander In Chief" in _entity_names(tmp_path / "s")


def test_build_into_a_store_and_files_parses_each_article_once(tmp_path, monkeypatch):
    import kg.builder
    from kg.builder import FilesSink, run
    from kg.graph.sync import StoreSink

    real = kg.builder.analyse
    parsed: Counter = Counter()

    def counting(articles, *args, **kwargs):
        for analysis in real(articles, *args, **kwargs):
            parsed[analysis.article.id] += 1
            yield analysis

    monkeypatch.setattr(kg.builder, "analyse", counting)
    store_summary, result = run([EXAMPLES], [StoreSink(tmp_path / "s"), FilesSink(tmp_path / "out")], workers=1)
    assert len(parsed) == 5 and set(parsed.values()) == {1}
    assert store_summary["added"] == 5 and len(result.articles) == 5
    assert {p.name for p in (tmp_path / "out").iterdir()} >= {"graph.trig", "graph.html", "triples.jsonl"}
    # a second build: the store wants nothing new, the files still get every article, each parsed once
    parsed.clear()
    store_summary, result = run([EXAMPLES], [StoreSink(tmp_path / "s"), FilesSink(tmp_path / "out")], workers=1)
    assert store_summary["unchanged"] == 5 and store_summary["added"] == 0
    assert len(parsed) == 5 and set(parsed.values()) == {1}
    # the store alone parses nothing it already holds
    parsed.clear()
    [store_summary] = run([EXAMPLES], [StoreSink(tmp_path / "s")], workers=1)
    assert store_summary["unchanged"] == 5 and not parsed


def test_kg_help_loads_no_rdf_library():
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "kg", "--help"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "kg.cli" in loaded
    heavy = {m for m in loaded if m.split(".")[0] in ("rdflib", "pyoxigraph", "spacy", "pyshacl", "networkx")}
    assert not heavy, sorted(heavy)[:10]


def test_import_contracts_hold():
    """The layers of docs/architecture.md, checked by import-linter (contracts in pyproject.toml)."""
    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        pytest.fail("import-linter is not installed: pip install -e '.[test]'")
    done = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_import_cycle_in_kg():
    import grimp
    import networkx as nx

    graph = grimp.build_graph("kg")
    imports = nx.DiGraph([(m, i) for m in graph.modules for i in graph.find_modules_directly_imported_by(m)])
    cycles = [sorted(c) for c in nx.strongly_connected_components(imports) if len(c) > 1]
    assert not cycles


KG_TERM = __import__("re").compile(r"\bkg:([A-Za-z_]\w*)(?![\w-])")


def _kg_terms_in(path: Path) -> set[str]:
    return set(KG_TERM.findall(path.read_text(encoding="utf-8")))


def test_shapes_docs_and_queries_use_only_declared_kg_terms():
    from kg.terms import KG_TERMS

    sources = [ROOT / "kg" / "graph" / "shapes.ttl", ROOT / "docs" / "model.md", ROOT / "README.md",
               *sorted((ROOT / "kg" / "queries").rglob("*.rq"))]
    for path in sources:
        unknown = _kg_terms_in(path) - set(KG_TERMS)
        assert not unknown, f"{path.relative_to(ROOT)} uses undeclared kg: terms {sorted(unknown)}"


def test_every_declared_kg_term_is_documented_and_shaped():
    from kg.terms import KG_TERMS

    assert set(KG_TERMS) <= _kg_terms_in(ROOT / "docs" / "model.md")
    graphs = {"entities", "statements"}  # graph names, not properties or classes
    assert set(KG_TERMS) - graphs <= _kg_terms_in(ROOT / "kg" / "graph" / "shapes.ttl")


def test_the_kg_namespace_is_closed():
    from kg.terms import Vocabulary

    kg = Vocabulary().KG
    assert kg.inSentence == "https://kg.example/ns#inSentence"
    with pytest.raises(AttributeError, match="kg:inSentense is not a declared term"):
        kg.inSentense
    with pytest.raises(KeyError):
        kg["subjectTxt"]


def _wimbledon(doc: str, label: str):
    """An article that mentions Wimbledon once, read by the model as ``label``."""
    from kg.records import Article, ArticleAnalysis, Mention

    return ArticleAnalysis(Article(doc, "Wimbledon."), 1, (), (Mention(doc, "Wimbledon", label, 0, 9),))


def test_records_and_store_resolve_alike_whatever_the_order_of_the_articles(tmp_path):
    """Two articles vote for two labels of one name: the tie goes the same way in the files of
    `kg build --out` (input order) as in the store (which holds its articles by id)."""
    from kg.builder import RecordsSink
    from kg.graph.store import open_store
    from kg.graph.sync import add_analyses

    given = [_wimbledon("b-later", "FAC"), _wimbledon("a-first", "EVENT")]
    sink = RecordsSink()
    for analysis in given:
        sink.add(analysis)
    assert [(e.name, e.type) for e in sink.finish().entities] == [("Wimbledon", "EVENT")]
    sink = RecordsSink()
    for analysis in reversed(given):
        sink.add(analysis)
    assert [(e.name, e.type) for e in sink.finish().entities] == [("Wimbledon", "EVENT")]
    add_analyses(tmp_path / "s", given)
    rows = open_store(tmp_path / "s").query("SELECT ?t WHERE { GRAPH ?g { ?e <https://kg.example/ns#entityType> ?t } }")
    assert [r["t"].value for r in rows] == ["EVENT"]
    assert "FAC" not in {r["t"].value for r in rows}


def _sorted_quads(store) -> list[str]:
    return sorted(str(q) for q in store)


def test_a_store_and_the_files_of_one_build_write_the_same_quads_whatever_the_order(tmp_path):
    """Two articles state one fact, one writing "The war", the other "the war": the statement's text
    is the earliest article's by id ("a-second"), in the files of `kg build --out` (which take the
    articles in the order given) and in the store (which holds them by id), whichever comes first."""
    import pyoxigraph as ox

    from kg.builder import FilesSink, run
    from kg.graph.store import open_store
    from kg.graph.sync import StoreSink

    (tmp_path / "z-first.txt").write_text("War in the north\n\nThe war destroyed the city.\n", encoding="utf-8")
    (tmp_path / "a-second.txt").write_text("A city remembers\n\nIn 1945, the war destroyed the city.\n", encoding="utf-8")
    given = [tmp_path / "z-first.txt", tmp_path / "a-second.txt"]
    quads = []
    for n, paths in enumerate((given, given[::-1])):
        run(paths, [StoreSink(tmp_path / f"s{n}"), FilesSink(tmp_path / f"out{n}")], workers=1)
        files = ox.Store()
        files.load(path=str(tmp_path / f"out{n}" / "graph.trig"), format=ox.RdfFormat.TRIG)
        quads += [_sorted_quads(open_store(tmp_path / f"s{n}")), _sorted_quads(files)]
    assert quads[0] and all(q == quads[0] for q in quads)
    subjects = {q.split(" ", 2)[2] for q in quads[0] if "#subject> " in q and "ns#statements>" in q}
    assert subjects == {'"the war" <https://kg.example/ns#statements>'}  # not "The war" of z-first


def test_entity_resolution_is_wired_in_one_place():
    """Only kg.resolution calls the resolution of a set of articles (entities, then places): every
    sink resolves through it (a store updated in place resolves its new articles' entities there too)."""
    import ast

    callers: dict[str, set] = {"resolve_entities": set(), "resolve_entities_and_places": set()}
    for path in (ROOT / "kg").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(node.func, "id", getattr(node.func, "attr", None)) if isinstance(node, ast.Call) else None
            if name in callers:
                callers[name].add(path.relative_to(ROOT).as_posix())
    assert callers == {"resolve_entities": {"kg/places/__init__.py", "kg/resolution.py"},
                       "resolve_entities_and_places": {"kg/resolution.py"}}


def test_each_step_is_imported_from_its_own_module():
    """One way to reach each function: the parsing stage's steps from kg.analysis, kg.executors and
    kg.segment (kg.pipeline only chooses the executor), the vocabulary from kg.terms, the rdflib
    round trip from kg.graph.rdflib_view; the modules that used to pass them on do not."""
    import kg.export
    import kg.graph
    import kg.graph.vocab
    import kg.pipeline

    assert kg.pipeline.__all__ == ["analyse"]
    for module, names in ((kg.export, ["dataset_to_store"]), (kg.graph, ["Vocabulary", "to_store", "to_rdf"]),
                          (kg.graph.vocab, ["Vocabulary", "slug", "DEFAULT_BASE", "KG_TERMS"])):
        assert not [n for n in names if hasattr(module, n)], module.__name__


def test_the_docs_that_kg_points_to_are_in_the_repository():
    """Docstrings and `--help` texts name documents of the repository only (once they named
    interfaces.md, design.md and field-notes.md, which it does not have)."""
    import re

    named = {m for path in (ROOT / "kg").rglob("*.py")
             for m in re.findall(r"(?<![\w./-])((?:[\w-]+/)*[\w-]+\.md)\b", path.read_text(encoding="utf-8"))}
    assert {"docs/contracts.md", "docs/aliases.md"} <= named
    assert not sorted(n for n in named if not (ROOT / n).is_file())
    help_text = run_kg("extract", "--help").stdout
    assert "docs/contracts.md" in help_text and "interfaces.md" not in help_text


def test_shared_word_lists_are_written_once():
    """The pronoun sets, honorifics, the finite verb tags and the double quotation marks are assigned in
    kg/lexicon.py only, and no module writes its own list of first names (they are kg/data/first_names.txt
    and .tsv); each list once had two or three copies with different contents (the quotation marks: a
    smaller set under the same name in clauses.py, now ONE_CHARACTER_QUOTES, itself written again in
    resolve/triples.py as DOUBLE_QUOTE_MARKS until both read lexicon's)."""
    import ast

    shared = {"PERSONAL", "PLURAL", "HONORIFICS", "COURTESY_TITLES", "FINITE_TAGS", "DOUBLE_QUOTES", "QUOTE_MARKS",
              "ONE_CHARACTER_QUOTES"}
    first_names = {"MALE_NAMES", "FEMALE_NAMES", "WORLD_FIRST_NAMES"}
    written: dict[str, set[str]] = {}
    for path in (ROOT / "kg").rglob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            for name in (t.id for t in targets if isinstance(t, ast.Name)):
                if name in shared | first_names:
                    written.setdefault(name, set()).add(path.relative_to(ROOT).as_posix())
    assert written == {name: {"kg/lexicon.py"} for name in shared - {"QUOTE_MARKS"}}


def test_the_readme_layout_and_the_architecture_page_name_every_module():
    """docs/architecture.md and the README's layout section describe the tree as it stands: each
    module and package of kg/ (and of kg/graph/, which has no stage of its own) is named in both."""
    import re

    modules = [p for p in (ROOT / "kg").iterdir() if p.suffix == ".py" and not p.name.startswith("__")
               or (p / "__init__.py").is_file()] + [p for p in (ROOT / "kg" / "graph").glob("*.py") if p.name != "__init__.py"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("\nLayout "):]
    layout = layout[:layout.index("\n* `docs/`")]
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for path in modules:
        name, rel = path.stem, path.relative_to(ROOT).with_suffix("").as_posix()
        assert re.search(rf"`{name}/?`", layout), f"the README's layout does not name kg/{path.name}"
        assert re.search(rf"`{name}`|{rel}\b|kg\.{name}\b", page), f"docs/architecture.md does not name {rel}"
