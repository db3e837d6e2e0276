"""Time on statements (issue 20), measured on a corpus: how many triples carry a time expression,
how many got a normalised date, what the time reading costs, and a sample to judge.

    python bench/when.py                                  # every 4th BBC article (~520), one process
    python bench/when.py --every 1 --sample 50 --seed 1 --out /work/audits/when-s1   # judge sheet

The cost is measured where it is paid: the time spent in ``kg.timeclause.add_times`` (finding
and normalising the time expressions of a parsed paragraph) against the whole analysis of the
same articles (spaCy parse, extraction, mentions), in one process. The judge sheet (``--out``)
holds the drawn triples with a resolved time: sentence, expression, value, article; it is written
outside the repository (the BBC text never enters it) as ``DIR.tsv``, with a ``verdict`` column
to fill (``ok`` / ``wrong``, and why).
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--every", type=int, default=4, help="read every Nth article of the sorted corpus (default 4)")
    parser.add_argument("--sample", type=int, default=0, help="draw this many triples with a resolved time to judge")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None, help="judge sheet path prefix (outside the repository)")
    args = parser.parse_args(argv)

    from kg import analysis, timeclause
    from kg.builder import RecordsSink
    from kg.ingest import iter_files, read_articles
    from kg.problems import ProblemLog

    files = list(iter_files([args.corpus], ProblemLog()))[::args.every]
    spent = [0.0]
    real_add_times = timeclause.add_times

    def timed_add_times(*a, **k):
        start = time.perf_counter()
        try:
            return real_add_times(*a, **k)
        finally:
            spent[0] += time.perf_counter() - start

    analysis.add_times = timed_add_times  # the name analysis.py calls
    sink = RecordsSink()
    start = time.perf_counter()
    for result in analysis.analyse_articles(read_articles(files, ProblemLog())):
        sink.add(result)
    analysed = time.perf_counter() - start
    built = sink.finish()
    triples = built.triples
    how = Counter(t.time_resolution for t in triples if t.time_text)
    with_time = sum(how.values())
    resolved = how["absolute"] + how["relative"]
    print(f"articles {len(built.articles)}  (every {args.every}th of {args.corpus.name}); "
          f"dated articles {sum(1 for a in built.articles if a.date)}")
    print(f"triples {len(triples)}  with a time expression {with_time} ({with_time / max(len(triples), 1):.1%})  "
          f"normalised to a date {resolved} ({resolved / max(with_time, 1):.1%} of them): "
          + ", ".join(f"{k} {v}" for k, v in how.most_common()))
    print(f"analysis {analysed:.1f} s, of which time expressions {spent[0]:.2f} s ({spent[0] / analysed:.2%})")
    if args.sample:
        pool = [t for t in triples if t.time]
        drawn = random.Random(args.seed).sample(pool, min(args.sample, len(pool)))
        sheet = Path(f"{args.out}.tsv") if args.out else None
        rows = [{"n": i + 1, "doc": t.doc, "time_text": t.time_text, "time": t.time, "how": t.time_resolution,
                 "triple": f"{t.subject} | {t.relation} | {t.object}", "sentence": t.sentence, "verdict": ""}
                for i, t in enumerate(drawn)]
        if sheet:
            sheet.parent.mkdir(parents=True, exist_ok=True)
            with sheet.open("w", encoding="utf-8", newline="") as f:
                writer = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter="\t")
                writer.writeheader()
                writer.writerows(rows)
            print(f"judge sheet: {sheet} ({len(rows)} triples of {len(pool)} with a resolved time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
