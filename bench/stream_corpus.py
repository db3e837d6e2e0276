"""The stream benchmark's corpus: 20,000 distinct articles recombined from the BBC corpus's paragraphs (issue 23).

Nothing of it enters the repository: the articles and their analyses are written to a work folder
(default ``/tmp/kg-stream``). How an article is made (seeded, so the corpus is the same every time):

* pick a BBC category (business, entertainment, politics, sport, tech) in proportion to its articles;
* pick one of its articles as the lead: the new article takes its title and first paragraph;
* add further paragraphs drawn from other articles of the same category, so many that the new
  article has as many paragraphs as a BBC article of that category drawn at random;
* a paragraph list already made is drawn again (so the 20,000 articles are distinct).

Parsing 20,000 articles one by one would take hours on this machine, yet they hold only the
~15,000 distinct paragraphs of the BBC corpus. So each distinct paragraph is parsed once by spaCy
(``nlp.pipe``, kept as ``Doc`` bytes in ``docs.sqlite``), and each article's analysis is made from
its paragraphs' ``Doc``\\ s by :func:`kg.analysis.analyse_parsed` — the function a build runs on the
``Doc``\\ s it parses, so the analyses are those a build would make. Analyses are saved packed, 500
to a file (``analyses/00000.pkl`` …), and a run picks up where an interrupted one stopped.

    nice -n 19 python bench/stream_corpus.py ../shared/corpora/bbc-news --articles 20000
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import sqlite3
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ingest import read_articles  # noqa: E402
from kg.records import PackedAnalysis  # noqa: E402
from kg.segment import iter_article_paragraphs, split_paragraphs  # noqa: E402

WORK = Path("/tmp/kg-stream")
CHUNK = 500
SEED = 23


def make_corpus(bbc: Path, count: int, seed: int = SEED) -> list[dict]:
    """``count`` distinct articles (JSON records: id, title, text) recombined from the BBC paragraphs."""
    by_category: dict[str, list] = defaultdict(list)
    for article in read_articles([bbc]):
        category = Path(article.source_path or "").parent.name
        paragraphs = [p.text for p in split_paragraphs(article.text)]
        if paragraphs:
            by_category[category].append((article.title, paragraphs))
    categories = sorted(by_category)
    weights = [len(by_category[c]) for c in categories]
    rng = random.Random(seed)
    seen: set[tuple] = set()
    records = []
    while len(records) < count:
        category = rng.choices(categories, weights)[0]
        pool = by_category[category]
        lead = rng.randrange(len(pool))
        size = len(pool[rng.randrange(len(pool))][1])
        picked = [(lead, 0)]
        while len(picked) < size:
            other = rng.randrange(len(pool))
            if other != lead:
                place = (other, rng.randrange(len(pool[other][1])))
                if place not in picked:
                    picked.append(place)
        if tuple(picked) in seen:
            continue
        seen.add(tuple(picked))
        text = "\n\n".join(pool[i][1][j] for i, j in picked)
        records.append({"id": f"r{len(records):05d}", "title": pool[lead][0], "text": text})
    return records


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def parse_paragraphs(articles, db: sqlite3.Connection, nlp) -> None:
    """Parse every distinct paragraph of ``articles`` not yet in ``db`` once, keeping its ``Doc`` as bytes."""
    db.execute("CREATE TABLE IF NOT EXISTS doc (key TEXT PRIMARY KEY, bytes BLOB)")
    have = {k for (k,) in db.execute("SELECT key FROM doc")}
    todo: dict[str, str] = {}
    for article in articles:
        for paragraph in iter_article_paragraphs(article):
            key = _key(paragraph.text)
            if key not in have:
                todo[key] = paragraph.text
    print(f"{len(have):,} paragraphs parsed before, {len(todo):,} to parse", flush=True)
    started, done = time.time(), 0
    items = list(todo.items())
    for i in range(0, len(items), 256):
        batch = items[i:i + 256]
        docs = nlp.pipe([t for _, t in batch], batch_size=64)
        db.executemany("INSERT INTO doc VALUES (?, ?)", [(k, d.to_bytes()) for (k, _), d in zip(batch, docs)])
        db.commit()
        done += len(batch)
        print(f"  parsed {done:,}/{len(items):,} paragraphs, {time.time() - started:.0f} s", flush=True)


def analyse_from_docs(articles, db: sqlite3.Connection, nlp, out: Path) -> None:
    """Each article's analysis from its paragraphs' parsed ``Doc``\\ s (:func:`kg.analysis.analyse_parsed`),
    saved packed in files of ``CHUNK`` articles; files already written are kept."""
    from spacy.tokens import Doc

    from kg.analysis import analyse_parsed

    out.mkdir(parents=True, exist_ok=True)
    started = time.time()
    for n in range(0, len(articles), CHUNK):
        path = out / f"{n // CHUNK:05d}.pkl"
        if path.exists():
            continue
        packed = []
        for article in articles[n:n + CHUNK]:
            parsed = []
            for paragraph in iter_article_paragraphs(article):
                (data,) = db.execute("SELECT bytes FROM doc WHERE key = ?", (_key(paragraph.text),)).fetchone()
                parsed.append((paragraph, Doc(nlp.vocab).from_bytes(data)))
            packed.append(PackedAnalysis.pack(analyse_parsed(article, parsed)))
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.rename(path)
        print(f"  analysed {min(n + CHUNK, len(articles)):,}/{len(articles):,} articles, {time.time() - started:.0f} s", flush=True)


def load_analyses(work: Path = WORK, count: int | None = None) -> list[PackedAnalysis]:
    """The first ``count`` packed analyses of the corpus (all when None), in article order."""
    found: list[PackedAnalysis] = []
    for path in sorted((work / "analyses").glob("*.pkl")):
        found += pickle.loads(path.read_bytes())
        if count is not None and len(found) >= count:
            break
    if count is not None and len(found) < count:
        raise SystemExit(f"{work}: only {len(found):,} analyses made, {count:,} asked (run bench/stream_corpus.py)")
    return found[:count] if count is not None else found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bbc", type=Path, help="the BBC corpus folder (../shared/corpora/bbc-news)")
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--work", type=Path, default=WORK, help=f"work folder (default {WORK})")
    args = parser.parse_args(argv)
    if not args.bbc.is_dir():
        print(f"{args.bbc}: no such folder (the BBC corpus)", file=sys.stderr)
        return 2
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = args.work / "corpus.jsonl"
    if not corpus.exists():
        records = make_corpus(args.bbc, args.articles)
        tmp = corpus.with_suffix(".tmp")
        tmp.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        tmp.rename(corpus)
    articles = list(read_articles([corpus]))
    print(f"{corpus}: {len(articles):,} articles", flush=True)
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    db = sqlite3.connect(args.work / "docs.sqlite")
    parse_paragraphs(articles, db, nlp)
    analyse_from_docs(articles, db, nlp, args.work / "analyses")
    return 0


if __name__ == "__main__":
    sys.exit(main())
