"""The README's pictures of the network, taken in headless Chromium from pages the code makes now.

    python docs/screenshots.py                          # builds 150 BBC articles from ../shared (~2 min)
    python docs/screenshots.py --graph DIR/graph.trig   # a graph built already

Writes into docs/: ``graph.png`` (the sample articles' network with a hover card),
``overview.png`` (the page of the larger graph as it opens), ``focus.png`` (after a search for
``--focus``, with the entity's panel) and ``serve.png`` (``kg serve``'s query page answering the
``said-about`` query). ``make screenshots`` runs it.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
VIEWPORT = {"width": 1280, "height": 800}


def _bench(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def large_graph(path: Path | None):
    """The store of ``path``, else of 150 BBC articles (bench/audit.py's sample, seed 19)."""
    from kg.builder import build_graph
    from kg.graph.source import open_graph

    if path is not None:
        return open_graph(path).store
    corpus = SHARED / "corpora" / "bbc-news"
    if not corpus.is_dir():
        sys.exit(f"{corpus} is absent: give a built graph with --graph DIR/graph.trig")
    print("building 150 BBC articles (30 per topic, seed 19)…", flush=True)
    return build_graph(_bench("audit").pick_sample(corpus, 30, 19)).store


def open_page(browser, url: str):
    page = browser.new_context(viewport=VIEWPORT).new_page()
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:", "http://127.0.0.1"))
               else r.abort())
    page.goto(url)
    return page


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, help="a built graph (graph.trig or a store folder) for the larger pictures")
    parser.add_argument("--focus", default="Tony Blair", help="the entity searched for in focus.png")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from kg.builder import build_graph
    from kg.query import bind_params, load_query
    from kg.serve import make_server
    from kg.viz import network_from_store, write_html

    work = Path(tempfile.mkdtemp(prefix="kg-shots-"))
    seed = write_html(network_from_store(build_graph([ROOT / "examples" / "articles"]).store), work / "seed.html",
                      "Seed articles")
    store = large_graph(args.graph)
    large = write_html(network_from_store(store), work / "graph.html", "150 BBC articles" if args.graph is None else "Knowledge graph")
    viz = _bench("viz")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=viz.CHROMIUM_ARGS, headless=True)
        page = open_page(browser, seed.as_uri())
        page.wait_for_function("window.kgStabilisedMs !== undefined", timeout=60_000)
        viz.show_a_hover_card(page)
        page.screenshot(path=str(args.out / "graph.png"))

        page = open_page(browser, large.as_uri())
        page.wait_for_function("window.kgStabilisedMs !== undefined", timeout=60_000)
        page.screenshot(path=str(args.out / "overview.png"))
        page.fill("#kg-search", args.focus)
        page.press("#kg-search", "Enter")
        page.wait_for_function("window.kgDraws >= 2 && !document.getElementById('kg-panel').hidden", timeout=60_000)
        page.screenshot(path=str(args.out / "focus.png"))

        server = make_server(store, port=0, title="150 BBC articles" if args.graph is None else "Knowledge graph")
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            page = open_page(browser, server.url)
            page.fill("#query", bind_params(load_query("said-about")[0], {"entity": args.focus}))
            page.click("#run")
            page.wait_for_selector("#results table tbody tr", timeout=60_000)
            page.screenshot(path=str(args.out / "serve.png"))
        finally:
            server.shutdown()
            server.server_close()
        browser.close()
    for name in ("graph", "overview", "focus", "serve"):
        print(f"wrote {args.out / name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
