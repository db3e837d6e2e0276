"""ECB+ entity coreference within and across news articles: kg's cross-document resolution, scored.

Usage (from the repo root)::

    python bench/ecb.py                         # run kg on the ECB+ dev topics and score it
    python bench/ecb.py --floor head            # the same-head floor (mentions with the same head word)
    python bench/ecb.py --mentions m.jsonl      # keep (or reuse) kg's mentions
    python bench/ecb.py --errors 20             # also the 20 largest split chains and the wrong merges (named)

Protocol (../shared/bench/ecbplus/README.md): every document is an article of ONE
build (its sentences one per line, tokens re-joined with ordinary spacing), with
no topic information; each gold entity mention takes the entity kg's mention
contract (``kg mentions --format jsonl``) gives at its head word, and a mention
kg maps to no entity stays alone. A document whose text is another's word for word
is one article to kg (it is counted once): its mentions take that article's entities. The clustering of the gold mentions is scored
with the CoNLL-2012 measures, MUC, B³ and CEAF-e, and their mean (CoNLL F1),
all documents as one cross-document "document"; on all mentions and on the
"named" ones (HUM/NON/LOC mentions whose head word is capitalised).

The scorer (:func:`muc`, :func:`b_cubed`, :func:`ceaf_e`) follows Pradhan et
al. (2014), "Scoring coreference partitions of predicted mentions: a reference
implementation"; with gold mentions key and response hold the same mentions.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "bench" / "ecbplus"
NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "]", "}", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "%", "''", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}
HEAD_STOP = {"of", "in", "at", "on", "for", "from", "with", "by", "to", ",", "who", "which", "that", "(", "-", "--", "'s", "as"}

Clusters = list[set]


# --------------------------------------------------------------------------- the CoNLL measures

def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def muc(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """MUC (Vilain et al. 1995): links. Recall = Σ(|K| − |partitions of K by the response|) / Σ(|K| − 1)."""
    def side(gold: Clusters, other: Clusters) -> float:
        where = {m: i for i, c in enumerate(other) for m in c}
        num = den = 0
        for c in gold:
            parts = {where.get(m, ("alone", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num / den if den else 0.0
    r, p = side(key, response), side(response, key)
    return r, p, _f1(p, r)


def b_cubed(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """B³ (Bagga & Baldwin 1998): per mention, the overlap of its key and response clusters."""
    def side(gold: Clusters, other: Clusters) -> float:
        where = {m: c for c in other for m in c}
        total = sum(len(c) for c in gold)
        num = sum(len(c & where.get(m, {m})) / len(c) for c in gold for m in c)
        return num / total if total else 0.0
    r, p = side(key, response), side(response, key)
    return r, p, _f1(p, r)


def ceaf_e(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """CEAF-e (Luo 2005): the best one-to-one alignment of clusters by φ4 = 2|K∩R| / (|K|+|R|)."""
    best = _best_alignment(key, response)
    r = best / len(key) if key else 0.0
    p = best / len(response) if response else 0.0
    return r, p, _f1(p, r)


def _best_alignment(key: Clusters, response: Clusters) -> float:
    """Maximum total φ4 over one-to-one cluster pairings, solved per connected component."""
    where = defaultdict(list)
    for j, c in enumerate(response):
        for m in c:
            where[m].append(j)
    edges: dict[int, dict[int, float]] = defaultdict(dict)
    for i, k in enumerate(key):
        for j in {j for m in k for j in where[m]}:
            edges[i][j] = 2 * len(k & response[j]) / (len(k) + len(response[j]))
    seen_k: set[int] = set()
    total = 0.0
    for start in list(edges):
        if start in seen_k:
            continue
        ks, rs, todo = {start}, set(), [("k", start)]
        while todo:
            side, x = todo.pop()
            if side == "k":
                for j in edges[x]:
                    if j not in rs:
                        rs.add(j)
                        todo.append(("r", j))
            else:
                for i in (i for i in edges if x in edges[i]):
                    if i not in ks:
                        ks.add(i)
                        todo.append(("k", i))
        seen_k |= ks
        ks_l, rs_l = sorted(ks), sorted(rs)
        weights = [[edges[i].get(j, 0.0) for j in rs_l] for i in ks_l]
        total += _max_assignment(weights)
    return total


def _max_assignment(weights: list[list[float]]) -> float:
    """Maximum-weight one-to-one assignment (Hungarian algorithm with potentials, rectangular)."""
    n, m = len(weights), len(weights[0]) if weights else 0
    if n == 0 or m == 0:
        return 0.0
    transpose = n > m
    if transpose:
        weights = [list(col) for col in zip(*weights)]
        n, m = m, n
    inf = float("inf")
    cost = [[-w for w in row] for row in weights]
    u, v, p, way = [0.0] * (n + 1), [0.0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return sum(weights[p[j] - 1][j - 1] for j in range(1, m + 1) if p[j])


def conll(key: Clusters, response: Clusters) -> dict:
    """MUC, B³, CEAF-e (recall, precision, F1 in %) and their F1 mean, the CoNLL F1."""
    out = {}
    for name, fn in (("MUC", muc), ("B3", b_cubed), ("CEAF-e", ceaf_e)):
        r, p, f = fn(key, response)
        out[name] = {"R": 100 * r, "P": 100 * p, "F1": 100 * f}
    out["CoNLL"] = sum(out[n]["F1"] for n in ("MUC", "B3", "CEAF-e")) / 3
    return out


# --------------------------------------------------------------------------- ECB+ data

@dataclass(frozen=True)
class GoldMention:
    id: int
    doc: str
    sent: int
    tokens: tuple[int, ...]
    text: str
    chain: str
    type: str
    head: int = -1  # index of the head word in the sentence (head_index)


def read_corpus(path: Path) -> dict[str, dict[int, list[str]]]:
    """doc → sentence → tokens."""
    docs: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 4:
            continue
        docs[parts[0]][int(parts[1])].append(parts[3])
    return docs


def read_mentions(path: Path) -> list[GoldMention]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [GoldMention(i, m["doc_id"], int(m["sent_id"]), tuple(m["tokens_number"]), m["tokens_str"],
                        m["coref_chain"], m["mention_type"]) for i, m in enumerate(raw)]


def detokenize(sentences: dict[int, list[str]]) -> tuple[str, dict[tuple[int, int], int]]:
    """The article text (one sentence per line, ordinary spacing) and each (sentence, token)'s offset."""
    text, where = [], {}
    pos = 0
    for s in sorted(sentences):
        line = ""
        for t, word in enumerate(sentences[s]):
            if line and word not in NO_SPACE_BEFORE and line.split(" ")[-1] not in NO_SPACE_AFTER:
                line += " "
            where[(s, t)] = pos + len(line)
            line += word
        text.append(line)
        pos += len(line) + 1
    return "\n".join(text), where


def head_index(m: GoldMention, words: list[str]) -> int:
    """The head word of a mention: the last word before a preposition, comma or relative pronoun.

    "the president of France" → president; "Hugh Jackman" → Jackman.
    """
    tokens = list(m.tokens)
    cut = tokens
    for k, t in enumerate(tokens):
        if k > 0 and words[t].lower() in HEAD_STOP:
            cut = tokens[:k]
            break
    return cut[-1]


def is_named(m: GoldMention, words: list[str]) -> bool:
    return m.type in {"HUM", "NON", "LOC"} and words[head_index(m, words)][:1].isupper()


def key_clusters(mentions: list[GoldMention]) -> Clusters:
    by: dict[str, set] = defaultdict(set)
    for m in mentions:
        by[m.chain].add(m.id)
    return list(by.values())


def response_clusters(mentions: list[GoldMention], entity_of: dict[int, str | None]) -> Clusters:
    by: dict[str, set] = defaultdict(set)
    for m in mentions:
        e = entity_of.get(m.id)
        by[e if e else f"alone {m.id}"].add(m.id)
    return list(by.values())


# --------------------------------------------------------------------------- kg through `kg mentions`

def run_kg(texts: dict[str, str], kg: str, workers: int = 1) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="kg-ecb-") as tmp:
        src = Path(tmp) / "ecb.jsonl"
        src.write_text("".join(json.dumps({"id": d, "text": t}) + "\n" for d, t in texts.items()), encoding="utf-8")
        out = Path(tmp) / "mentions.jsonl"
        subprocess.run(f"{kg} mentions {src} --format jsonl --workers {workers} -o {out}", shell=True, check=True)
        return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]


def copy_for_duplicates(texts: dict[str, str], kg_mentions: list[dict]) -> list[dict]:
    """kg's mentions, plus those of each article kg counted once for a document whose text is word for word
    another's (ECB+ dev has one: 21_8ecb = 21_12ecb), under the duplicate's id: the same text at the same
    offsets, so the same entities.

    >>> copy_for_duplicates({"a": "X", "b": "X"}, [{"doc": "a", "start": 0}])
    [{'doc': 'a', 'start': 0}, {'doc': 'b', 'start': 0}]
    """
    kept = {m["doc"] for m in kg_mentions}
    first: dict[str, str] = {}
    extra = []
    for doc, text in texts.items():
        original = first.setdefault(text, doc)
        if original != doc and doc not in kept:
            extra += [{**m, "doc": doc} for m in kg_mentions if m["doc"] == original]
    return kg_mentions + extra


def entities_at_heads(gold: list[GoldMention], offsets, kg_mentions: list[dict]) -> dict[int, str | None]:
    """The entity of the kg mention covering each gold mention's head word (None when none does)."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for m in kg_mentions:
        by_doc[m["doc"]].append(m)
    out = {}
    for g in gold:
        at = offsets[g.doc][(g.sent, g.head)]
        hit = [m for m in by_doc[g.doc] if m["start"] <= at < m["end"] and m["entity"]]
        out[g.id] = min(hit, key=lambda m: m["end"] - m["start"])["entity"] if hit else None
    return out


def link_errors(mentions: list[GoldMention], entity_of: dict[int, str | None], top: int) -> list[str]:
    """The links kg misses and the ones it makes wrongly, as lines to read: each gold chain kg splits (largest
    first) with the kg entity of each part ("-" for mentions at no kg entity); each gold chain none of whose
    mentions kg gives an entity (a detection loss, not a linking one); then each kg entity holding mentions of
    several gold chains."""
    by_chain: dict[str, list[GoldMention]] = defaultdict(list)
    by_entity: dict[str, list[GoldMention]] = defaultdict(list)
    for m in mentions:
        by_chain[m.chain].append(m)
        if entity_of.get(m.id):
            by_entity[entity_of[m.id]].append(m)
    found = [ms for ms in by_chain.values() if any(entity_of.get(m.id) for m in ms)]
    unfound = [ms for ms in by_chain.values() if not any(entity_of.get(m.id) for m in ms)]
    lines = ["missed links (a gold chain in several kg entities, or in one with mentions at none: '-'):"]
    split = [ms for ms in found if len({entity_of.get(m.id) or f"- {m.id}" for m in ms}) > 1]
    for ms in sorted(split, key=len, reverse=True)[:top]:
        parts: dict[str, list[str]] = defaultdict(list)
        for m in ms:
            parts[entity_of.get(m.id) or "-"].append(f"{m.text}@{m.doc}")
        lines.append(f"  chain {ms[0].chain} ({len(ms)})")
        lines += [f"    {e[:40]:40} {len(xs):3}: {'; '.join(xs[:8])}" for e, xs in parts.items()]
    lines.append("missed mentions (a gold chain at no kg entity at all: a detection loss):")
    for ms in sorted(unfound, key=len, reverse=True)[:top]:
        lines.append(f"  chain {ms[0].chain} ({len(ms)}): {'; '.join(f'{m.text}@{m.doc}' for m in ms[:8])}")
    lines.append("wrong links (a kg entity holding several gold chains):")
    for e, ms in sorted(by_entity.items(), key=lambda x: -len(x[1])):
        chains = defaultdict(set)
        for m in ms:
            chains[m.chain].add(m.text)
        if len(chains) > 1:
            lines.append(f"  {e}: " + " | ".join(f"{c} {sorted(t)[:3]}" for c, t in chains.items()))
    return lines


def _count(value: str) -> int:
    """A whole number >= 0 (``--errors``): argparse turns the ValueError into one error line."""
    n = int(value)
    if n < 0:
        raise argparse.ArgumentTypeError(f"N must be 0 or more, not {value}")
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--kg", default=f"{sys.executable} -m kg")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--mentions", type=Path, help="read (if it exists) or write kg's mentions JSON Lines here")
    ap.add_argument("--floor", choices=["head", "text", "alone"], help="score a floor instead of kg")
    ap.add_argument("--errors", type=_count, default=0, metavar="N",
                    help="also print the N largest gold chains kg splits, the N largest it never finds, "
                         "and kg's wrong merges (named mentions)")
    args = ap.parse_args(argv)

    corpus = read_corpus(args.dir / "ECB_Dev_corpus.txt")
    texts, offsets = {}, {}
    for doc, sentences in corpus.items():
        texts[doc], offsets[doc] = detokenize(sentences)
    gold = read_mentions(args.dir / "ECB_Dev_Entity_gold_mentions.json")
    words = {(d, s): ws for d, ss in corpus.items() for s, ws in ss.items()}
    gold = [replace(g, head=head_index(g, words[(g.doc, g.sent)])) for g in gold]
    started = time.perf_counter()
    if args.floor == "head":
        entity_of, label = {g.id: words[(g.doc, g.sent)][g.head].lower() for g in gold}, "floor: same head"
    elif args.floor == "text":
        entity_of, label = {g.id: g.text.lower() for g in gold}, "floor: same text"
    elif args.floor == "alone":
        entity_of, label = {}, "floor: every mention alone"
    else:
        if args.mentions and args.mentions.exists():
            kg_mentions = [json.loads(x) for x in args.mentions.read_text(encoding="utf-8").splitlines() if x.strip()]
        else:
            kg_mentions = run_kg(texts, args.kg, args.workers)
            if args.mentions:
                args.mentions.write_text("".join(json.dumps(m) + "\n" for m in kg_mentions), encoding="utf-8")
        kg_mentions = copy_for_duplicates(texts, kg_mentions)
        entity_of, label = entities_at_heads(gold, offsets, kg_mentions), f"kg ({time.perf_counter() - started:.0f} s)"
    named = [g for g in gold if is_named(g, words[(g.doc, g.sent)])]
    for subset, ms in (("all mentions", gold), ("named mentions", named)):
        s = conll(key_clusters(ms), response_clusters(ms, entity_of))
        print(f"{label} — {subset} ({len(ms)}): CoNLL F1 {s['CoNLL']:.1f} | MUC {s['MUC']['F1']:.1f} "
              f"B3 {s['B3']['F1']:.1f} CEAF-e {s['CEAF-e']['F1']:.1f}")
    if args.errors:
        print("\n".join(link_errors(named, entity_of, args.errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
