"""How fast a large graph's HTML network opens and settles in headless Chromium.

    python bench/viz.py --graph /tmp/bbc-out/graph.trig                 # the page kg build writes
    python bench/viz.py --graph /tmp/bbc-out/graph.trig --max-nodes 300 # the 300 most connected, drawn whole
    python bench/viz.py --graph /tmp/bbc-out/graph.trig --components    # how connected the entity network is
    python bench/viz.py --screenshot docs/graph.png      # the seed graph, for the README

Build the BBC graph once first (several minutes):
``python -m kg build ../shared/corpora/bbc-news --out /tmp/bbc-out``.

Reports the Python side (read the graph, read the network back with SPARQL,
keep the N most connected entities, render the page) and, per browser run, the
wall time from navigation until the layout has stabilised and physics froze
(the page sets ``window.kgStabilisedMs``), with every non-``file:`` request
aborted and counted.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"]


def show_a_hover_card(page) -> None:
    """Zoom to the best-connected entity and hover its best-reported negated fact (else any fact)."""
    page.evaluate("""() => {
        const deg = {};
        kgViz.data.edges.forEach(e => { deg[e.from] = (deg[e.from] || 0) + 1; });
        const hub = Object.keys(deg).sort((a, b) => deg[b] - deg[a])[0];
        const es = kgViz.data.edges.filter(e => e.from === hub)
            .sort((a, b) => (b.negated - a.negated) || (b.articles.length - a.articles.length));
        network.moveTo({ position: network.getPositions([hub])[hub], scale: 1.1, animation: false });
        const p = network.canvasToDOM(network.body.edges[es[0].id].edgeType.getPoint(0.5));
        const r = document.getElementById('mynetwork').getBoundingClientRect();
        window.kgHoverAt = [r.left + p.x, r.top + p.y]; }""")
    page.wait_for_timeout(200)
    page.mouse.move(*page.evaluate("window.kgHoverAt"))
    page.wait_for_timeout(400)


def open_in_chromium(html: Path, runs: int, screenshot: Path | None = None, chromium: str = "/usr/bin/chromium"):
    """Seconds from navigation to a stabilised, frozen layout, one figure per run."""
    from playwright.sync_api import sync_playwright

    times, escaped = [], []

    def route(r):
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            escaped.append(r.request.url)
            r.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        for run in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            page = context.new_page()
            page.route("**/*", route)
            start = time.perf_counter()
            page.goto(html.as_uri(), wait_until="commit")
            page.wait_for_function("window.kgStabilisedMs !== undefined", timeout=120_000, polling=50)
            times.append(time.perf_counter() - start)
            counts = page.evaluate("[network.body.data.nodes.length, network.body.data.edges.length, window.kgLayoutMs]")
            print(f"  run {run + 1}: stabilised in {times[-1]:.2f} s (layout {counts[2] / 1000:.2f} s) "
                  f"— {counts[0]} nodes, {counts[1]} edges", flush=True)
            if screenshot is not None and run == 0:
                show_a_hover_card(page)
                screenshot.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(screenshot))
                print(f"  screenshot → {screenshot}")
            context.close()
        browser.close()
    return times, escaped


def component_figures(store) -> None:
    """The largest connected component of the entity network (kg.networkx_view) and the share of
    the entities named in two or more articles it holds: with statements only, then with every link."""
    import networkx as nx

    from kg.networkx_view import to_networkx
    from kg.viz import network_from_store

    network = network_from_store(store)
    graph = to_networkx(store)
    recurring = {i for i, n in network.nodes.items() if not n.is_literal and len(n.articles) >= 2}
    print(f"entities {graph.number_of_nodes():,}; named in >= 2 articles {len(recurring):,}")
    for label, kinds in (("statements only", {"relation"}), ("statements + speech + co-mention", {"relation", "speech", "co-mention"})):
        simple = nx.Graph()
        simple.add_nodes_from(graph)
        simple.add_edges_from((a, b) for a, b, k in graph.edges(data="kind") if k in kinds and a != b)
        largest = max(nx.connected_components(simple), key=len)
        isolated = sum(1 for n in simple if simple.degree(n) == 0)
        print(f"  {label}: {simple.number_of_edges():,} linked pairs; largest component {len(largest):,} entities "
              f"({len(largest) / len(simple):.1%}), holding {len(largest & recurring) / len(recurring):.1%} of the "
              f"recurring ones; isolated {isolated:,} ({isolated / len(simple):.1%})")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, help="a built graph (graph.trig); default: build the seed articles")
    parser.add_argument("--max-nodes", type=int, help="keep the N most connected entities and draw them whole "
                        "(default: the page kg build writes, an overview on a large graph)")
    parser.add_argument("--components", action="store_true", help="report how connected the entity network is, and stop")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--screenshot", type=Path, help="save a screenshot of the first run here")
    parser.add_argument("--budget", type=float, default=10.0, help="fail when the median exceeds this many seconds")
    args = parser.parse_args(argv)

    from kg.graph.rdflib_view import dataset_to_store
    from kg.graph.source import open_graph
    from kg.viz import network_from_store, select_view, write_html

    t0 = time.perf_counter()
    if args.graph:
        store = open_graph(args.graph).store
        source, max_nodes = str(args.graph), args.max_nodes
        if args.components:
            component_figures(store)
            return 0
    else:
        from kg.builder import build_graph

        store = dataset_to_store(build_graph([ROOT / "examples" / "articles"]).dataset)
        source, max_nodes = "the seed articles", None
    t1 = time.perf_counter()
    full = network_from_store(store)
    t2 = time.perf_counter()
    network = select_view(full, max_nodes=max_nodes)
    html = Path(tempfile.mkdtemp(prefix="kg-viz-bench-")) / "graph.html"
    write_html(network, html, "Knowledge graph" if args.graph else "Seed articles", overview=None if max_nodes else "auto")
    t3 = time.perf_counter()
    print(f"graph: {source} ({len(store)} quads); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  read graph {t1 - t0:.2f} s · network via SPARQL {t2 - t1:.2f} s "
          f"({len(full.nodes)} nodes, {len(full.edges)} edges) · select + render {t3 - t2:.2f} s")
    print(f"  page: {len(network.nodes)} nodes, {len(network.edges)} edges, {html.stat().st_size / 1e6:.2f} MB")
    times, escaped = open_in_chromium(html, args.runs, args.screenshot)
    median = statistics.median(times)
    print(f"median open → stabilised: {median:.2f} s (budget {args.budget:.0f} s); requests leaving the page: {len(escaped)}")
    return 0 if median <= args.budget and not escaped else 1


if __name__ == "__main__":
    sys.exit(main())
