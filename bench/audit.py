"""The precision audit: a fixed BBC sample, random samples to judge blind, and their score.

Issues 16 and 17 measure the graph by what a careful reader judges correct. This script makes
that repeatable (see bench/README.md, "Precision audit", and bench/audit_rubric.md):

    python bench/audit.py build --corpus ../shared/corpora/bbc-news --per-topic 30 --seed 16 --out DIR
    python bench/audit.py build --examples --out DIR          # the five sample articles
    python bench/audit.py figures DIR                          # the automatic figures of a build again
    python bench/audit.py draw --build DIR --kind triples --n 100 --seed 1 --out SHEET
    python bench/audit.py score --key SHEET.key.jsonl --verdicts VERDICTS.jsonl
    python bench/audit.py diff --before B1 --after A1 [--before B2 --after A2] --kind triples --n 60 --seed 14 --out PREFIX
    python bench/audit.py changed --before B1 --after A1 --kind triples     # every changed item, to read

``build`` runs ``kg build`` (this checkout's, ``python -m kg`` with the running interpreter)
on exactly the sampled files and records them, with the git commit, in DIR/sample.json; then
prints figures that need no judging (self-loops, bare pronoun subjects …).
``draw`` writes SHEET.md (what a judge reads: no confidence, nothing that hints at a verdict)
and SHEET.key.jsonl (the full items, for ``score``).
``score`` gives precision with a 95 % Wilson interval, counts per error class and, where the
items carry a confidence, the calibration table.
``diff`` is the changed-items audit: two builds of the same articles (before and after a change)
share most of their items, so random draws of each mostly judge what did not change. It draws
the triples (or entities) found in only one of the two builds, ``--n`` of each side, mixes them so
a judge cannot tell the side, and writes PREFIX-a.md, PREFIX-b.md … with their keys; ``score`` of
such a key gives the precision of the removed and of the written items, and the change they make.

Standard library plus kg's own dependencies (pyoxigraph for the RDF side) only.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.resolve.denials import is_denial  # noqa: E402
EXAMPLES = ROOT / "examples" / "articles"
DEFAULT_BASE = "https://kg.example/"
KINDS = ("triples", "negated", "edges", "entities")
ID_PREFIX = {"triples": "T", "negated": "N", "edges": "E", "entities": "ENT"}

# A subject that is one of these words, with no entity, says nothing about the world by itself.
BARE_PRONOUNS = frozenset("""
i me you he him she her it we us they them one
this that these those there here
who whom whose which what whoever whatever
itself himself herself themselves ourselves myself yourself
""".split())

# The error classes of bench/audit_rubric.md, in the order a judge tries them.
TRIPLE_CLASSES = ("self-loop", "trivial", "pronoun-unresolved", "misparse", "not-asserted-as-fact",
                  "attribution-wrong", "negation-wrong", "wrong-subject", "wrong-object", "wrong-relation",
                  "wrong-entity-link")
ENTITY_CLASSES = ("non-entity", "over-merge", "junk-name", "wrong-type", "bad-canonical-name", "split-evident",
                  "wrong-role")

# Calibration buckets: (label, low inclusive, high exclusive).
BUCKETS = (("<0.5", float("-inf"), 0.5), ("0.5-0.6", 0.5, 0.6), ("0.6-0.7", 0.6, 0.7),
           ("0.7-0.8", 0.7, 0.8), ("0.8-0.9", 0.8, 0.9), (">=0.9", 0.9, float("inf")))


# --------------------------------------------------------------------------- reading a build

def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_jsonl(path: Path, rows) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def sample_info(build: Path) -> dict:
    path = build / "sample.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def base_iri(build: Path) -> str:
    return sample_info(build).get("base") or DEFAULT_BASE


def is_bare_pronoun(triple: dict) -> bool:
    """A subject that is a bare pronoun ("it", "they", "this" …) resolved to no entity."""
    return not triple.get("subject_entity") and triple.get("subject", "").strip().casefold() in BARE_PRONOUNS


def is_self_loop(triple: dict) -> bool:
    return bool(triple.get("subject_entity")) and triple.get("subject_entity") == triple.get("object_entity")


def is_asserted(triple: dict) -> bool:
    """What kg writes as a plain edge: not negated, not attributed, not hedged, not a speech act."""
    return (not triple.get("negated") and triple.get("attributed_to") is None and triple.get("modality") is None
            and triple.get("kind") != "speech")


def is_denial_row(triple: dict) -> bool:
    """The rows of the ``denials`` canned query (kg.resolve.denials.is_denial): negations of something
    about a known party, not speech acts, questions, conditions, unowned quotes or hedges."""
    fields = {"kind": "fact", "modality": None, "attributed_to": None, "subject_entity": None,
              "object_entity": None, "object": "", "relation_lemma": ""} | triple
    return is_denial(SimpleNamespace(**fields))


def _graph_file(build: Path) -> Path:
    for name in ("graph.trig", "graph.ttl"):
        if (build / name).is_file():
            return build / name
    raise SystemExit(f"{build}: no graph.trig or graph.ttl")


def load_graph(path: Path):
    import pyoxigraph as ox

    fmt = ox.RdfFormat.TRIG if path.suffix == ".trig" else ox.RdfFormat.TURTLE
    store = ox.Store()
    store.bulk_load(path=str(path), format=fmt)
    return store


def _value(term) -> str | None:
    return None if term is None else term.value


def plain_edges(build: Path, graph_file: Path | None = None):
    """The distinct plain entity → entity edges of the graph (what the HTML draws between entity nodes):
    ``ent:S rel:P ent:O`` in any graph, with the labels a reader sees."""
    base = base_iri(build)
    store = load_graph(graph_file or _graph_file(build))
    query = f"""
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT DISTINCT ?s ?p ?o ?sl ?pl ?ol WHERE {{
      ?s ?p ?o .
      FILTER(isIRI(?o) && STRSTARTS(STR(?s), "{base}entity/") && STRSTARTS(STR(?p), "{base}rel/")
             && STRSTARTS(STR(?o), "{base}entity/"))
      OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?o rdfs:label ?ol }} OPTIONAL {{ ?p rdfs:label ?pl }}
    }}"""
    edges = {}
    for row in store.query(query, use_default_graph_as_union=True):
        key = (row["s"].value, row["p"].value, row["o"].value)
        if key not in edges:
            edges[key] = {"subject_iri": key[0], "relation_iri": key[1], "object_iri": key[2],
                          "subject": _value(row["sl"]) or key[0].rsplit("/", 1)[-1],
                          "relation": _value(row["pl"]) or key[1].rsplit("/", 1)[-1].replace("_", " "),
                          "object": _value(row["ol"]) or key[2].rsplit("/", 1)[-1]}
    return [edges[k] for k in sorted(edges)], store


def edge_evidence(store, edge: dict, base: str) -> tuple[list[dict], float | None, int | None]:
    """The evidence of a plain edge: the asserted statements with its subject, relation and object,
    their evidence sentences (article, sentence, the phrase as written, confidence)."""
    query = f"""
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX kg: <{base}ns#>
    SELECT ?st ?conf ?corr ?ev ?art ?sentence ?stext ?rtext ?otext ?econf ?start WHERE {{
      ?st rdf:subject <{edge['subject_iri']}> ; rdf:predicate <{edge['relation_iri']}> ;
          rdf:object <{edge['object_iri']}> ; kg:negated false .
      FILTER NOT EXISTS {{ ?st prov:wasAttributedTo ?who }}
      FILTER NOT EXISTS {{ ?st kg:modality ?m }}
      FILTER NOT EXISTS {{ ?st kg:kind "speech" }}
      OPTIONAL {{ ?st kg:confidence ?conf }} OPTIONAL {{ ?st kg:corroboration ?corr }}
      ?st kg:evidence ?ev .
      ?ev prov:wasDerivedFrom ?art ; kg:sentence ?sentence .
      OPTIONAL {{ ?ev kg:subjectText ?stext }} OPTIONAL {{ ?ev kg:relationText ?rtext }}
      OPTIONAL {{ ?ev kg:objectText ?otext }} OPTIONAL {{ ?ev kg:confidence ?econf }}
      OPTIONAL {{ ?ev kg:start ?start }}
    }}"""
    evidence, seen, confidence, corroboration = [], set(), None, None
    for row in store.query(query, use_default_graph_as_union=True):
        if row["conf"] is not None:
            confidence = max(confidence or 0.0, float(row["conf"].value))
        if row["corr"] is not None:
            corroboration = max(corroboration or 0, int(row["corr"].value))
        if row["ev"].value in seen:
            continue
        seen.add(row["ev"].value)
        evidence.append({"article": row["art"].value.rsplit("/", 1)[-1], "sentence": row["sentence"].value,
                         "subject_text": _value(row["stext"]), "relation_text": _value(row["rtext"]),
                         "object_text": _value(row["otext"]),
                         "confidence": float(row["econf"].value) if row["econf"] is not None else None,
                         "start": int(row["start"].value) if row["start"] is not None else 0})
    evidence.sort(key=lambda e: (e["article"], e["start"], e["relation_text"] or ""))
    return evidence, confidence, corroboration


# --------------------------------------------------------------------------- automatic figures

def figures(build: Path) -> dict:
    """Figures of a build that need no judging."""
    triples = read_jsonl(build / "triples.jsonl")
    entities = read_jsonl(build / "entities.jsonl")
    edges, _store = plain_edges(build)
    n = len(triples)
    bare = [t for t in triples if is_bare_pronoun(t)]
    bare_asserted = [t for t in bare if is_asserted(t)]
    asserted = [t for t in triples if is_asserted(t)]
    loops = [t for t in triples if is_self_loop(t)]
    loop_edges = [e for e in edges if e["subject_iri"] == e["object_iri"]]
    return {
        "articles": len({t["doc"] for t in triples}),
        "triples": n,
        "entities": len(entities),
        "self-loop triples": len(loops),
        "self-loop triples asserted": sum(1 for t in loops if is_asserted(t)),
        "plain entity->entity edges": len(edges),
        "self-loop edges": len(loop_edges),
        "bare-pronoun subject triples": len(bare),
        "bare-pronoun subject share": round(len(bare) / n, 4) if n else 0.0,
        "bare-pronoun subject asserted": len(bare_asserted),
        "bare-pronoun share of asserted": round(len(bare_asserted) / len(asserted), 4) if asserted else 0.0,
        "negated triples (denials rows)": sum(1 for t in triples if is_denial_row(t)),
        "bare pronouns": Counter(t["subject"].strip().casefold() for t in bare).most_common(8),
    }


def print_figures(build: Path, label: str = "") -> dict:
    figs = figures(build)
    print(f"automatic figures{' (' + label + ')' if label else ''}: {build}")
    for key, value in figs.items():
        if key == "bare pronouns":
            value = ", ".join(f"{w} {c}" for w, c in value)
        elif key.endswith("share") or key.endswith("of asserted"):
            value = f"{value * 100:.1f} %"
        print(f"  {key:<32} {value}")
    return figs


# --------------------------------------------------------------------------- build

def pick_sample(corpus: Path, per_topic: int, seed: int) -> list[Path]:
    """``per_topic`` files of each topic folder: the sorted list of the folder's .txt files,
    sampled by ``random.Random(seed)`` (one generator, topics in sorted order)."""
    rng = random.Random(seed)
    files = []
    for topic in sorted(p for p in corpus.iterdir() if p.is_dir()):
        names = sorted(p for p in topic.iterdir() if p.is_file() and p.suffix == ".txt")
        files += sorted(rng.sample(names, min(per_topic, len(names))))
    return files


def git_commit(root: Path = ROOT) -> dict:
    def git(*args):
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True).stdout.strip()

    return {"commit": git("rev-parse", "HEAD"), "describe": git("log", "-1", "--format=%h %s"),
            "dirty": bool(git("status", "--porcelain", "--untracked-files=no"))}


def cmd_build(args) -> int:
    out = Path(args.out)
    if args.examples:
        files = sorted(p for p in EXAMPLES.iterdir() if p.is_file())
        corpus, label = EXAMPLES, "sample articles"
    else:
        corpus = Path(args.corpus)
        if not corpus.is_dir():
            raise SystemExit(f"{corpus}: no such corpus folder")
        files = pick_sample(corpus, args.per_topic, args.seed)
        label = f"{args.per_topic} per topic, seed {args.seed}"
    out.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "kg", "build", *map(str, files), "--out", str(out), "--base", args.base]
    if args.workers:
        command += ["--workers", str(args.workers)]
    if args.min_confidence is not None:  # 0: every asserted reading is a plain edge (all the gate's candidates)
        command += ["--min-confidence", str(args.min_confidence)]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    sys.stderr.write(done.stdout[-3000:])
    if done.returncode not in (0, 1) or not (out / "triples.jsonl").is_file():  # 1: some input unreadable
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"kg build failed ({done.returncode})")
    info = {"corpus": str(corpus), "examples": bool(args.examples), "per_topic": args.per_topic, "seed": args.seed,
            "base": args.base, "min_confidence": args.min_confidence, "files": [str(f.relative_to(corpus)) if f.is_relative_to(corpus) else str(f) for f in files],
            "paths": [str(f.resolve()) for f in files], "git": git_commit(), "seconds": round(seconds, 1),
            "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    (out / "sample.json").write_text(json.dumps(info, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"built {len(files)} articles ({label}) at {info['git']['describe'][:60]}"
          f"{' (dirty)' if info['git']['dirty'] else ''} in {seconds:.0f} s")
    print_figures(out, label)
    return 0


def cmd_figures(args) -> int:
    for build in args.builds:
        print_figures(Path(build))
    return 0


# --------------------------------------------------------------------------- draw

def _article_texts(build: Path) -> dict[str, str]:
    """Article id → text (as kg read it), for the entity contexts."""
    paths = sample_info(build).get("paths") or []
    if not paths:
        return {}
    try:
        from kg.ingest import read_articles

        return {a.id: a.text for a in read_articles(paths)}
    except Exception:  # kg's reader changed: fall back to the files themselves
        return {Path(p).stem: Path(p).read_text(encoding="utf-8", errors="replace") for p in paths}


def _aliases(build: Path) -> dict[str, list[str]]:
    """Entity name → its aliases, from the build's entities.jsonl."""
    path = build / "entities.jsonl"
    return {e["name"]: e.get("aliases") or [] for e in read_jsonl(path)} if path.exists() else {}


def _topics(build: Path) -> dict[str, str]:
    info = sample_info(build)
    return {Path(f).stem: (Path(f).parent.name if Path(f).parent.name not in ("", ".") else "")
            for f in info.get("files", [])}


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n+")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|St|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Gov|Sen|Rep|Rev|Jr|Sr|"
                           r"Snr|Jnr|Inc|Co|Corp|Ltd|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                           r"|\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z])\.[\"'”’)]*\s+$")


def _sentence_ends(text: str, lo: int, hi: int):
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if m.group().startswith("\n") or not _ABBREVIATION.search(text, max(0, m.start() - 12), m.end()):
            yield m


def sentence_around(text: str, start: int, end: int, spans=()) -> str:
    """The sentence of ``text`` holding ``text[start:end]``: kg's own sentence when one of ``spans``
    (sentence offsets of the article's triples) holds it, else a plain splitter's."""
    for lo, hi in spans:
        if lo <= start and end <= hi:
            return text[lo:hi].strip()
    left = 0
    for m in _sentence_ends(text, 0, start):
        left = m.end()
    right = next((m.start() for m in _sentence_ends(text, end, len(text))), len(text))
    return text[left:right].strip()


def context_before(text: str, start: int, sentences: int = 2) -> str:
    """The ``sentences`` sentences of ``text`` before offset ``start`` (a plain splitter's; at most the
    paragraph's start when a blank line comes first): what a judge needs to read a pronoun or a speaker."""
    head = text[:start].rstrip()
    bounds = [0] + [m.end() for m in _sentence_ends(head, 0, len(head))]
    return head[bounds[max(0, len(bounds) - sentences)]:].strip()


def _judged_names(names: list[str]) -> list[str]:
    """The names worth looking for: two letters or more."""
    return [n for n in names if n and len(n) > 1]


def _as_word(name: str) -> str:
    """A pattern for ``name`` as whole words."""
    return r"(?<!\w)" + re.escape(name) + r"(?!\w)"


def _names_it(text: str, names: list[str]) -> bool:
    return any(re.search(_as_word(n), text) for n in names)


def named_earlier(text: str, start: int, names: list[str], shown: str) -> str:
    """The last sentence of ``text`` before offset ``start`` that names the entity (any of ``names``),
    when ``shown`` (the sentence and its context) names it nowhere: where a judge checks a speaker or a
    link the item's own sentences do not give ("Mr Smith" linked to Alan Smith, named ten lines above).
    Empty when ``shown`` names it or the article does not before ``start``."""
    names = _judged_names(names)
    if not names or _names_it(shown, names):
        return ""
    hits = [m.start() for n in names for m in re.finditer(_as_word(n), text[:start])]
    if not hits:
        return ""
    last = max(hits)
    return sentence_around(text, last, last + 1)


def named_next(text: str, end: int, names: list[str], shown: str, sentences: int = 3) -> str:
    """The sentences right after offset ``end`` (the item's sentence's end), up to the first that names
    the entity, when ``shown`` does not name it: a speaker named after a quotation the splitter cut in
    sentences ('"The band wasn't always pretty. This is not Nirvana unplugged. It's Nirvana unedited,"
    said Cobain biographer Charles Cross.'). At most ``sentences`` sentences of the same paragraph; empty
    otherwise."""
    names = _judged_names(names)
    if not names or _names_it(shown, names):
        return ""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    cut = end
    for _ in range(sentences):
        nxt = next((m for m in _sentence_ends(text, cut + 1, line_end)), None)
        cut = nxt.start() if nxt is not None else line_end
        if _names_it(text[end:cut], names):
            return text[end:cut].strip()
        if nxt is None:
            break
    return ""


def _where_named_label(named: dict) -> str:
    return "right after it" if named.get("where") == "next" else "earlier in the article"


def item_entities(item: dict) -> list[str]:
    """The entities a triple's sheet names (subject, object, speaker), once each, in that order."""
    names = [item.get("subject_entity"), item.get("object_entity"), item.get("attributed_to")]
    return [n for i, n in enumerate(names) if n and n not in names[:i]]


def where_named(item: dict, text: str, aliases: dict[str, list[str]]) -> list[dict]:
    """For each entity of ``item`` its own sentences do not name, the last earlier sentence that does; for
    its speaker named only after it, the next sentence (``"where": "next"``)."""
    shown = (item.get("before") or "") + " " + item["sentence"]
    found = []
    for name in item_entities(item):
        names = [name, *aliases.get(name, [])]
        sentence = named_earlier(text, item["start"], names, shown)
        if sentence:
            found.append({"entity": name, "sentence": sentence})
        elif name == item.get("attributed_to"):
            sentence = named_next(text, item["start"] + len(item["sentence"]), names, shown)
            if sentence:
                found.append({"entity": name, "sentence": sentence, "where": "next"})
    return found


def entity_contexts(entity: dict, texts: dict[str, str], spans_by_doc: dict, limit: int = 2) -> list[dict]:
    """Up to ``limit`` sentences where the entity is named: other aliases and other articles first."""
    names = sorted({entity["name"], *entity.get("aliases", [])}, key=lambda a: (-len(a), a))
    candidates = []  # (doc, alias, start, end): the first mention of each alias in each article
    for doc in entity.get("docs", []):
        text = texts.get(doc)
        if text is None:
            continue
        taken: list[tuple[int, int]] = []
        for alias in names:  # longest first: "Eyal Zamir" inside "Lt. Gen. Eyal Zamir" is not its own mention
            for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    candidates.append((doc, alias, m.start(), m.end()))
                    taken.append((m.start(), m.end()))
                    break
    found: list[dict] = []
    for prefer in (lambda c: c[0] not in docs and c[1] not in aliases, lambda c: c[1] not in aliases,
                   lambda c: c[0] not in docs, lambda c: True):
        for c in candidates:
            docs = {f["article"] for f in found}
            aliases = {f["alias"] for f in found}
            if len(found) >= limit or (c[0], c[1]) in {(f["article"], f["alias"]) for f in found} or not prefer(c):
                continue
            found.append({"article": c[0], "alias": c[1],
                          "sentence": sentence_around(texts[c[0]], c[2], c[3], spans_by_doc.get(c[0], ()))})
    return found


def entity_roles(entity: dict, build: Path) -> list[str]:
    roles = []
    for r in entity.get("roles") or []:
        if isinstance(r, dict):
            roles.append(r.get("role", "") + (f" of {r['of']}" if r.get("of") else ""))
        else:
            roles.append(str(r))
    return roles


def with_judging_context(items: list[dict], build: Path, kind: str) -> list[dict]:
    """What a judge reads beside each item of ``build``: the two sentences before a triple's sentence
    (triples, negated), an entity's mentions in context and its roles (entities). In place; returns ``items``."""
    texts = _article_texts(build)
    if kind in ("triples", "negated"):
        aliases = _aliases(build)
        for item in items:
            text = texts.get(item["doc"])
            item["before"] = context_before(text, item["start"]) if text is not None else ""
            item["named_earlier"] = where_named(item, text, aliases) if text is not None else []
    elif kind == "entities":
        spans_by_doc = defaultdict(set)
        for t in read_jsonl(build / "triples.jsonl"):
            spans_by_doc[t["doc"]].add((t["start"], t["end"]))
        spans_by_doc = {doc: sorted(spans) for doc, spans in spans_by_doc.items()}
        for item in items:
            item["contexts"] = entity_contexts(item, texts, spans_by_doc)
            item["role_texts"] = entity_roles(item, build)
    return items


def edge_identity(edge: dict) -> tuple:
    """A plain edge as a judge sees it: its two entities and its relation."""
    return (edge["subject_iri"], edge["relation_iri"], edge["object_iri"])


def stable_rank(item: dict, kind: str, seed: int) -> str:
    """Where an item falls in a stable draw: a digest of the seed and of what the item is
    (:func:`triple_identity`, :func:`edge_identity`, :func:`entity_identity`), not of its place in
    the list, so an item two builds share falls at the same rank in both."""
    identity = {"edges": edge_identity, "entities": entity_identity}.get(kind, triple_identity)
    return hashlib.sha256(f"{seed}|{identity(item)!r}".encode("utf-8")).hexdigest()


class _StableDraw:
    """``rng.sample(range(len(pool)), k)`` and ``shuffle`` by :func:`stable_rank`: the ``k`` items of the
    lowest ranks, read in rank order. Two builds of the same articles then draw the same item wherever
    it is unchanged, so the sheets of a build before and after a change share every unchanged item and
    a judge's verdict on it carries over; only what the change wrote is new to judge."""

    def __init__(self, pool: list[dict], kind: str, seed: int):
        self.ranks = [stable_rank(item, kind, seed) for item in pool]

    def sample(self, indices, k: int) -> list[int]:
        return sorted(indices, key=self.ranks.__getitem__)[:k]


def draw_items(build: Path, kind: str, n: int, seed: int, stable: bool = False) -> tuple[list[dict], int]:
    """A random sample (``random.Random(seed)``) of ``n`` items of ``kind``; and the population size.
    ``stable``: drawn by :func:`stable_rank` instead, and read in that order (see :class:`_StableDraw`)."""
    rng = random.Random(seed)
    prefix = ID_PREFIX[kind]
    if kind in ("triples", "negated"):
        triples = read_jsonl(build / "triples.jsonl")
        pool = [dict(t, line=i + 1) for i, t in enumerate(triples) if kind == "triples" or is_denial_row(t)]
        rng = _StableDraw(pool, kind, seed) if stable else rng
        picked = sorted(rng.sample(range(len(pool)), min(n, len(pool))))
        items = with_judging_context([pool[i] for i in picked], build, kind)
    elif kind == "edges":
        edges, store = plain_edges(build)
        pool = edges
        rng = _StableDraw(pool, kind, seed) if stable else rng
        picked = sorted(rng.sample(range(len(pool)), min(n, len(pool))))
        items = []
        base = base_iri(build)
        texts = _article_texts(build)
        aliases = _aliases(build)
        for i in picked:
            edge = dict(pool[i])
            edge["evidence"], edge["confidence"], edge["corroboration"] = edge_evidence(store, edge, base)
            for ev in edge["evidence"]:
                text = texts.get(ev["article"])
                known = text is not None and ev.get("start") is not None
                ev["before"] = context_before(text, ev["start"]) if known else ""
                ev["named_earlier"] = where_named(
                    {"subject_entity": edge["subject"], "object_entity": edge["object"], "start": ev["start"],
                     "sentence": ev["sentence"], "before": ev["before"]}, text, aliases) if known else []
            edge["self_loop"] = edge["subject_iri"] == edge["object_iri"]
            items.append(edge)
    elif kind == "entities":
        entities = read_jsonl(build / "entities.jsonl")
        pool = entities
        rng = _StableDraw(pool, kind, seed) if stable else rng
        picked = sorted(rng.sample(range(len(pool)), min(n, len(pool))))
        items = with_judging_context([dict(pool[i]) for i in picked], build, kind)
    else:
        raise SystemExit(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    # shuffle the order a judge reads them in (fixed by the seed), so neighbours are unrelated
    if stable:
        items.sort(key=lambda item: stable_rank(item, kind, seed))
    else:
        order = list(range(len(items)))
        random.Random(seed + 1).shuffle(order)
        items = [items[i] for i in order]
    for number, item in enumerate(items, start=1):
        item["id"] = f"{prefix}{number:03d}"
        item["kind_of_item"] = kind
    return items, len(pool)


def _show(value) -> str:
    return "—" if value in (None, "", [], ()) else str(value)


def _quote(text: str) -> str:
    return "\n".join("> " + line for line in (text or "").splitlines() or [""])


def render_sheet(items: list[dict], kind: str, header: dict, topics: dict[str, str]) -> str:
    """The judging sheet: every item with its id, its sentence(s) and fields. Never the confidence,
    the corroboration count or anything else that hints at a verdict."""
    def where(doc):
        return f"{doc}" + (f" ({topics[doc]})" if topics.get(doc) else "")

    what = {"triples": "triples (random sample of triples.jsonl)",
            "negated": "negated triples (rows of the `denials` query: negations and denials about a known party, not speech acts)",
            "edges": "entity → entity plain edges of the graph (what the graph draws as facts)",
            "entities": "entities (random sample of entities.jsonl)"}[kind]
    out = [f"# Audit sheet: {what}", "",
           f"{len(items)} items. Judge each one against its sentence(s) only, with `bench/audit_rubric.md`; the",
           "sentences shown before it are context for its pronouns and speakers, nothing else.",
           f"(section for {'entities' if kind == 'entities' else 'triples, negated triples and edges'}).",
           "Write one JSON line per item into a verdicts file:", "",
           '    {"id": "' + items[0]["id"] + '", "correct": true, "class": null, "note": ""}' if items else "",
           '    {"id": "...", "correct": false, "class": "<one class of the rubric>", "note": "why, in a few words"}',
           "", f"Build: {header.get('build')} · sample seed {header.get('seed')}", ""]
    for item in items:
        out += ["", f"## {item['id']}", ""]
        if kind in ("triples", "negated"):
            out += [f"article: {where(item['doc'])}", ""]
            if item.get("before"):
                out += ["before it (context only):", "", _quote(item["before"]), "", "the sentence:", ""]
            out += [_quote(item["sentence"]), ""]
            for named in item.get("named_earlier") or []:
                out += [f"where {named['entity']} is named {_where_named_label(named)} (context only):", "",
                        _quote(named["sentence"]), ""]
            out += [f"- subject: \"{item['subject']}\" — entity: {_show(item.get('subject_entity'))}",
                    f"- relation: \"{item['relation']}\" — lemma: {_show(item.get('relation_lemma'))}",
                    f"- object: \"{item['object']}\" — entity: {_show(item.get('object_entity'))}"]
            if item.get("args"):
                out.append(f"- further arguments: {' | '.join(map(str, item['args']))}")
            out += [f"- negated: {'yes' if item.get('negated') else 'no'}",
                    f"- modality: {_show(item.get('modality'))}",
                    f"- attributed to (speaker): {_show(item.get('attributed_to'))}",
                    f"- kind: {_show(item.get('kind'))}"]
        elif kind == "edges":
            out += [f"edge: **{item['subject']}** — {item['relation']} — **{item['object']}**", "",
                    f"evidence ({len(item['evidence'])} sentence{'s' if len(item['evidence']) != 1 else ''}):", ""]
            for k, ev in enumerate(item["evidence"][:3], start=1):
                out += [f"{k}. article: {where(ev['article'])}", ""]
                if ev.get("before"):
                    out += ["   before it (context only):", "", _quote(ev["before"]), "", "   the sentence:", ""]
                out += [_quote(ev["sentence"]), ""]
                for named in ev.get("named_earlier") or []:
                    out += [f"   where {named['entity']} is named {_where_named_label(named)} (context only):", "",
                            _quote(named["sentence"]), ""]
                out += [f"   read as: \"{_show(ev['subject_text'])}\" — \"{_show(ev['relation_text'])}\" — "
                        f"\"{_show(ev['object_text'])}\"", ""]
            if len(item["evidence"]) > 3:
                out.append(f"({len(item['evidence']) - 3} more evidence sentences not shown)")
        else:
            out += [f"entity: **{item['name']}**",
                    f"- type: {_show(item.get('type'))}",
                    f"- aliases: {_show('; '.join(item.get('aliases') or []))}",
                    f"- mentions: {item.get('mentions')} in {len(item.get('docs') or [])} article(s)",
                    f"- roles: {_show('; '.join(item.get('role_texts') or []))}", "", "in context:", ""]
            for ctx in item.get("contexts") or []:
                out += [f"- article {where(ctx['article'])}" + (f", as \"{ctx['alias']}\"" if ctx.get("alias") else "") + ":",
                        "", _quote(ctx["sentence"]), ""]
            if not item.get("contexts"):
                out.append("(no mention found in the article text)")
    return "\n".join(out).rstrip() + "\n"


def cmd_draw(args) -> int:
    build = Path(args.build)
    items, population = draw_items(build, args.kind, args.n, args.seed, stable=args.stable)
    header = {"build": str(build), "kind": args.kind, "n": len(items), "seed": args.seed, "stable": args.stable,
              "population": population, "git": sample_info(build).get("git")}
    stem = _stem(args.out)
    md, key = stem.with_name(stem.name + ".md"), stem.with_name(stem.name + ".key.jsonl")
    md.parent.mkdir(parents=True, exist_ok=True)
    md.write_text(render_sheet(items, args.kind, header, _topics(build)), encoding="utf-8")
    write_jsonl(key, [{"_header": header}] + items)
    print(f"drew {len(items)} of {population} {args.kind} (seed {args.seed}) → {md} and {key}")
    return 0


# --------------------------------------------------------------------------- carry (judged verdicts)

def sheet_blocks(md: str) -> tuple[str, dict[str, str]]:
    """A judging sheet cut into its header and each item's block (what a judge reads under
    ``## T001``), keyed by id, in the sheet's order."""
    parts = re.split(r"^## ([A-Z]+\d{3})\s*$", md, flags=re.M)
    return parts[0], {parts[i]: parts[i + 1].strip() for i in range(1, len(parts), 2)}


def carry_verdicts(old_md: str, old_verdicts: list[dict], new_md: str) -> tuple[list[dict], str]:
    """The verdicts of a judged sheet carried to a later sheet: an item of the new sheet whose block
    reads exactly as a judged item's block (same sentence, context and fields: the judge would see the
    same thing) takes that verdict under its new id, with ``carried_from``; the others make a sheet of
    their own (the same header, their count) for a new blind judge. Used with ``draw --stable``, which
    draws an unchanged item again after a change."""
    _head, old = sheet_blocks(old_md)
    judged = {v["id"]: v for v in old_verdicts if v.get("correct") is not None}
    verdict_of_block = {block: judged[i] for i, block in old.items() if i in judged}
    head, new = sheet_blocks(new_md)
    carried, left = [], []
    for i, block in new.items():
        if block in verdict_of_block:
            carried.append(dict(verdict_of_block[block], id=i, carried_from=verdict_of_block[block]["id"]))
        else:
            left.append(i)
    head = re.sub(r"^\d+ items\.", f"{len(left)} items.", head, count=1, flags=re.M)
    sheet = head.rstrip() + "\n" + "".join(f"\n\n## {i}\n\n{new[i]}" for i in left) + "\n"
    return carried, sheet


def _stem(path: str) -> Path:
    sheet = Path(path)
    return sheet.with_suffix("") if sheet.suffix == ".md" else sheet


def cmd_carry(args) -> int:
    old, new = _stem(args.judged), _stem(args.to)
    carried, sheet = carry_verdicts(old.with_name(old.name + ".md").read_text(encoding="utf-8"),
                                    read_jsonl(Path(args.verdicts)),
                                    new.with_name(new.name + ".md").read_text(encoding="utf-8"))
    out_verdicts, out_sheet = new.with_name(new.name + ".carried.jsonl"), new.with_name(new.name + "-new.md")
    write_jsonl(out_verdicts, carried)
    out_sheet.write_text(sheet, encoding="utf-8")
    left = len(sheet_blocks(sheet)[1])
    print(f"carried {len(carried)} verdicts → {out_verdicts}; {left} items left to judge → {out_sheet}")
    return 0


# --------------------------------------------------------------------------- diff (changed items)

def triple_identity(triple: dict) -> tuple:
    """What makes two triples of two builds the same reading: its place, its words and everything a
    judge reads beside them (negation, modality, speaker, entities)."""
    return (triple["doc"], triple["start"], triple["subject"], triple["relation"], triple["object"],
            bool(triple.get("negated")), triple.get("modality"), triple.get("attributed_to"),
            triple.get("subject_entity"), triple.get("object_entity"))


def entity_identity(entity: dict) -> tuple:
    """An entity as a judge sees it: its name, its type and its aliases."""
    return (entity["name"], entity.get("type"), tuple(sorted(entity.get("aliases") or [])))


def changed_items(before: Path, after: Path, kind: str) -> tuple[dict[str, list[dict]], dict[str, int]]:
    """The items of ``kind`` (triples or entities) in only one of two builds of the same articles, each
    with its ``side`` ("before": removed by the change, "after": written by it); and how many items each
    build holds."""
    name, identity = ("triples.jsonl", triple_identity) if kind == "triples" else ("entities.jsonl", entity_identity)
    rows = {"before": read_jsonl(before / name), "after": read_jsonl(after / name)}
    keys = {side: {identity(r) for r in rows[side]} for side in rows}
    changed = {side: [dict(r, side=side) for r in rows[side] if identity(r) not in keys[other]]
               for side, other in (("before", "after"), ("after", "before"))}
    return changed, {side: len(rows[side]) for side in rows}


def draw_changed(pairs: list[tuple[Path, Path]], kind: str, n: int, seed: int, sheets: int = 2):
    """Mixed sheets of changed items over several pairs of builds: ``n`` drawn at random from each side
    (every item when ``n`` is 0 or larger than the side), shuffled by ``seed`` so the side cannot be read
    off the order, and split into ``sheets`` sheets. Returns (sheets of items, header)."""
    if kind not in ("triples", "entities"):
        raise SystemExit(f"diff draws triples or entities, not {kind!r}")
    rng = random.Random(seed)
    pool = {"before": [], "after": []}  # (item, the build it is read from)
    totals = {"before": 0, "after": 0}
    for before, after in pairs:
        changed, sizes = changed_items(before, after, kind)
        for side, build in (("before", before), ("after", after)):
            pool[side] += [(item, build) for item in changed[side]]
            totals[side] += sizes[side]
    picked = []
    for side in ("before", "after"):
        take = len(pool[side]) if n <= 0 else min(n, len(pool[side]))
        picked += rng.sample(pool[side], take)
    rng.shuffle(picked)
    for item, build in picked:  # only the drawn items get their context (it reads the articles)
        with_judging_context([item], build, kind)
    picked = [item for item, _build in picked]
    size = math.ceil(len(picked) / max(1, sheets)) if picked else 0
    chunks = [picked[k:k + size] for k in range(0, len(picked), size)] if size else []
    prefix = ID_PREFIX[kind]
    for chunk in chunks:
        for number, item in enumerate(chunk, start=1):
            item["id"] = f"{prefix}{number:03d}"
            item["kind_of_item"] = kind
    header = {"kind": kind, "seed": seed, "changed": {side: len(pool[side]) for side in pool}, "totals": totals,
              "pairs": [[str(b), str(a)] for b, a in pairs]}
    return chunks, header


def cmd_diff(args) -> int:
    if len(args.before) != len(args.after):
        raise SystemExit("give one --after for every --before (the same articles built twice)")
    pairs = [(Path(b), Path(a)) for b, a in zip(args.before, args.after)]
    chunks, header = draw_changed(pairs, args.kind, args.n, args.seed, args.sheets)
    topics = {}
    for before, after in pairs:
        topics.update(_topics(before))
        topics.update(_topics(after))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    for letter, chunk in zip("abcdefghijklmnopqrstuvwxyz", chunks):
        sheet_header = dict(header, n=len(chunk), build=f"changed {args.kind} of two builds of the same articles")
        md, key = out.with_name(f"{out.name}-{letter}.md"), out.with_name(f"{out.name}-{letter}.key.jsonl")
        md.write_text(render_sheet(chunk, args.kind, sheet_header, topics), encoding="utf-8")
        write_jsonl(key, [{"_header": sheet_header}] + chunk)
        print(f"{md}: {sum(i['side'] == 'before' for i in chunk)} removed and "
              f"{sum(i['side'] == 'after' for i in chunk)} written {args.kind}, mixed")
    print(f"changed {args.kind}: {header['changed']['before']} only before, {header['changed']['after']} only after "
          f"(of {header['totals']['before']} and {header['totals']['after']})")
    return 0


def cmd_changed(args) -> int:
    """Every changed item of two builds, for reading (no sampling, no judging): grouped by article and
    sentence for triples ("-" only before, "+" only after), by name for entities."""
    changed, _sizes = changed_items(Path(args.before), Path(args.after), args.kind)
    out = []
    if args.kind == "triples":
        groups = defaultdict(list)
        for side in ("before", "after"):
            for t in changed[side]:
                groups[(t["doc"], t["start"], t["sentence"])].append(t)
        for (doc, _start, sentence), rows in sorted(groups.items()):
            out += [f"{doc}: {sentence}"]
            for t in sorted(rows, key=lambda t: t["side"] == "after"):
                marks = [m for m in ("negated" if t.get("negated") else "", t.get("modality") or "",
                                     f"by {t['attributed_to']}" if t.get("attributed_to") else "") if m]
                out.append(f"  {'-' if t['side'] == 'before' else '+'} {t['subject']} — {t['relation']} — {t['object']}"
                           + (f"  [{', '.join(marks)}]" if marks else ""))
    else:
        for side, mark in (("before", "-"), ("after", "+")):
            for e in sorted(changed[side], key=lambda e: e["name"]):
                out.append(f"{mark} {e['name']} ({e.get('type')}; {e.get('mentions')} mentions; aliases: "
                           f"{'; '.join(e.get('aliases') or []) or '—'})")
    out.append(f"{len(changed['before'])} only before, {len(changed['after'])} only after")
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def change_estimate(result_by_side: dict, header: dict) -> dict:
    """What a change did, from the judged precision of its removed and written items: the correct items
    it removed and wrote (precision × how many changed) and, for a precision P of the build before, the
    precision after: (P × total_before − removed_correct + written_correct) / total_after."""
    changed, totals = header.get("changed") or {}, header.get("totals") or {}
    estimate = {}
    for side in ("before", "after"):
        judged = result_by_side.get(side) or {}
        if judged.get("n") and changed.get(side) is not None:
            estimate[f"{side}_correct"] = round(judged["correct"] / judged["n"] * changed[side], 1)
    if {"before_correct", "after_correct"} <= estimate.keys() and totals.get("before") and totals.get("after"):
        estimate["delta_correct"] = round(estimate["after_correct"] - estimate["before_correct"], 1)
        estimate["delta_items"] = totals["after"] - totals["before"]
        estimate["precision_after_at"] = {
            f"{p:.2f}": round((p * totals["before"] - estimate["before_correct"] + estimate["after_correct"])
                              / totals["after"], 4) for p in (0.6, 0.7, 0.8, 0.9)}
    return estimate


# --------------------------------------------------------------------------- score

def wilson(correct: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """The 95 % Wilson score interval of ``correct`` out of ``n``."""
    if n == 0:
        return (0.0, 0.0)
    p = correct / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


def bucket_of(confidence: float) -> str:
    c = round(float(confidence), 6)
    for label, low, high in BUCKETS:
        if low <= c < high:
            return label
    return BUCKETS[-1][0]


def _classes(verdict: dict) -> list[str]:
    value = verdict.get("class")
    if value in (None, "", "null"):
        return []
    return [v.strip() for v in (value if isinstance(value, list) else str(value).split(",")) if v.strip()]


def score(key_rows: list[dict], verdicts: list[dict]) -> dict:
    """Precision (with its Wilson interval), error classes and the calibration table."""
    header = next((r["_header"] for r in key_rows if "_header" in r), {})
    items = {r["id"]: r for r in key_rows if "id" in r}
    by_id = {}
    for v in verdicts:
        by_id[str(v.get("id"))] = v
    unknown = sorted(i for i in by_id if i not in items)
    judged = [(items[i], by_id[i]) for i in items if i in by_id and by_id[i].get("correct") is not None]
    missing = sorted(i for i in items if i not in by_id or by_id[i].get("correct") is None)
    correct = sum(1 for _item, v in judged if v["correct"] is True)
    n = len(judged)
    classes = Counter(c for _item, v in judged if v["correct"] is not True for c in (_classes(v) or ["unclassified"]))
    known = ENTITY_CLASSES if header.get("kind") == "entities" else TRIPLE_CLASSES if header.get("kind") else ()
    odd = sorted(c for c in classes if known and c not in known and c != "unclassified")
    low, high = wilson(correct, n)
    result = {"kind": header.get("kind"), "items": len(items), "judged": n, "correct": correct,
              "precision": round(correct / n, 4) if n else None, "wilson95": [round(low, 4), round(high, 4)],
              "classes": dict(sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))),
              "missing": missing, "unknown": unknown, "classes_not_in_rubric": odd}
    with_conf = [(item, v) for item, v in judged if item.get("confidence") is not None]
    if with_conf:
        table = []
        for label, _low, _high in BUCKETS:
            rows = [v for item, v in with_conf if bucket_of(item["confidence"]) == label]
            ok = sum(1 for v in rows if v["correct"] is True)
            table.append({"bucket": label, "n": len(rows), "correct": ok,
                          "precision": round(ok / len(rows), 4) if rows else None})
        result["calibration"] = table
    if any("side" in item for item, _v in judged):
        by_side = {}
        for side in ("before", "after"):
            rows = [v for item, v in judged if item.get("side") == side]
            ok = sum(1 for v in rows if v["correct"] is True)
            by_side[side] = {"n": len(rows), "correct": ok, "precision": round(ok / len(rows), 4) if rows else None}
        result["by_side"] = by_side
        result["change"] = change_estimate(by_side, header)
    return result


def render_score(result: dict) -> str:
    n, p = result["judged"], result["precision"]
    lines = [f"{result.get('kind') or 'items'}: {result['correct']} of {n} judged correct"
             + (f" = {p * 100:.1f} % (95 % Wilson {result['wilson95'][0] * 100:.1f}–{result['wilson95'][1] * 100:.1f} %)"
                if p is not None else "")]
    if result["missing"]:
        lines.append(f"not judged: {len(result['missing'])} ({', '.join(result['missing'][:10])}"
                     f"{' …' if len(result['missing']) > 10 else ''})")
    if result["unknown"]:
        lines.append(f"verdicts for ids not in the key (ignored): {', '.join(result['unknown'][:10])}")
    if result.get("classes_not_in_rubric"):
        lines.append(f"classes not in the rubric: {', '.join(result['classes_not_in_rubric'])}")
    if result["classes"]:
        lines.append("error classes:")
        lines += [f"  {name:<40} {count}" for name, count in result["classes"].items()]
    if result.get("calibration"):
        lines += ["calibration (confidence bucket → judged precision):", "",
                  "| confidence | n | correct | precision |", "| --- | --- | --- | --- |"]
        for row in result["calibration"]:
            prec = "—" if row["precision"] is None else f"{row['precision'] * 100:.1f} %"
            lines.append(f"| {row['bucket']} | {row['n']} | {row['correct']} | {prec} |")
    if result.get("by_side"):
        names = {"before": "removed (only before)", "after": "written (only after)"}
        for side, row in result["by_side"].items():
            prec = "—" if row["precision"] is None else f"{row['precision'] * 100:.1f} %"
            lines.append(f"{names[side]}: {row['correct']} of {row['n']} correct ({prec})")
        change = result.get("change") or {}
        if "delta_correct" in change:
            lines.append(f"the change: about {change['before_correct']:g} correct items removed, "
                         f"{change['after_correct']:g} written ({change['delta_correct']:+g} correct, "
                         f"{change['delta_items']:+d} items)")
            lines.append("precision after, for a precision before of "
                         + ", ".join(f"{p}: {v * 100:.1f} %" for p, v in change["precision_after_at"].items()))
    return "\n".join(lines) + "\n"


def _merged_sheets(keys: list[str], verdicts: list[str]) -> tuple[list[dict], list[dict]]:
    """Several judged sheets as one (ids made unique by the sheet's number; the first header)."""
    if len(keys) != len(verdicts):
        raise SystemExit("give one --verdicts for every --key")
    if len(keys) == 1:
        return read_jsonl(Path(keys[0])), read_jsonl(Path(verdicts[0]))
    key_rows, verdict_rows = [], []
    for number, (key, judged) in enumerate(zip(keys, verdicts), start=1):
        for row in read_jsonl(Path(key)):
            if "_header" in row:
                if number == 1:
                    key_rows.append(row)
            else:
                key_rows.append(dict(row, id=f"{number}:{row['id']}"))
        verdict_rows += [dict(v, id=f"{number}:{v.get('id')}") for v in read_jsonl(Path(judged))]
    return key_rows, verdict_rows


def cmd_score(args) -> int:
    result = score(*_merged_sheets(args.key, args.verdicts))
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n" if args.json else render_score(result))
    return 0


# --------------------------------------------------------------------------- command line

def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="bench/audit.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build the fixed sample with kg build and print the automatic figures")
    b.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "bbc-news"),
                   help="corpus with one folder per topic (default ../shared/corpora/bbc-news)")
    b.add_argument("--per-topic", type=int, default=30)
    b.add_argument("--seed", type=int, default=16)
    b.add_argument("--examples", action="store_true", help="the five sample articles (examples/articles) instead")
    b.add_argument("--out", required=True)
    b.add_argument("--base", default=DEFAULT_BASE)
    b.add_argument("--workers", type=int, default=None)
    b.add_argument("--min-confidence", type=float, default=None,
                   help="kg build's plain-edge gate (default: kg's own); 0 draws every candidate edge")
    b.set_defaults(func=cmd_build)

    f = sub.add_parser("figures", help="print the automatic figures of existing builds")
    f.add_argument("builds", nargs="+")
    f.set_defaults(func=cmd_figures)

    d = sub.add_parser("draw", help="draw a random sample to judge: SHEET.md and SHEET.key.jsonl")
    d.add_argument("--build", required=True)
    d.add_argument("--kind", required=True, choices=KINDS)
    d.add_argument("--n", type=int, required=True)
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--out", required=True, help="SHEET: writes SHEET.md and SHEET.key.jsonl")
    d.add_argument("--stable", action="store_true",
                   help="draw by a digest of each item (not its place in the list): builds before and after a "
                        "change then draw the same unchanged items, so their verdicts carry over")
    d.set_defaults(func=cmd_draw)

    c = sub.add_parser("diff", help="the changed-items audit: mixed sheets of what only one of two builds holds")
    c.add_argument("--before", action="append", required=True, help="a build before the change (repeatable)")
    c.add_argument("--after", action="append", required=True, help="the same articles built after it (repeatable)")
    c.add_argument("--kind", required=True, choices=("triples", "entities"))
    c.add_argument("--n", type=int, default=60, help="items drawn from each side (0: all)")
    c.add_argument("--seed", type=int, required=True)
    c.add_argument("--sheets", type=int, default=2, help="split the mixed items into this many sheets")
    c.add_argument("--out", required=True, help="PREFIX: writes PREFIX-a.md, PREFIX-a.key.jsonl, …")
    c.set_defaults(func=cmd_diff)

    g = sub.add_parser("changed", help="list every triple or entity in only one of two builds, for reading")
    g.add_argument("--before", required=True)
    g.add_argument("--after", required=True)
    g.add_argument("--kind", required=True, choices=("triples", "entities"))
    g.set_defaults(func=cmd_changed)

    k = sub.add_parser("carry", help="carry a judged sheet's verdicts to a later sheet's identical items")
    k.add_argument("--judged", required=True, help="SHEET judged before (SHEET.md)")
    k.add_argument("--verdicts", required=True, help="its verdicts")
    k.add_argument("--to", required=True, help="SHEET2 drawn later (--stable): writes SHEET2.carried.jsonl and SHEET2-new.md")
    k.set_defaults(func=cmd_carry)

    s = sub.add_parser("score", help="precision, error classes and calibration from a judged sheet")
    s.add_argument("--key", action="append", required=True, help="SHEET.key.jsonl (repeatable, with its --verdicts)")
    s.add_argument("--verdicts", action="append", required=True)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_score)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
