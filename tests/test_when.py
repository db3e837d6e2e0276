"""When: article dates from every source, time expressions in sentences, time on statements (issue 20)."""
from __future__ import annotations

import json

import pytest

from kg.extract import extract_doc
from kg.ingest import read_articles
from kg.problems import ProblemLog
from kg.timeclause import add_times
from kg.timenorm import article_date, normalise

MONDAY = "2025-06-16"  # the date of the first sample article (examples/articles/000_…)


def _read(tmp_path, name: str, content: str):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    problems = ProblemLog()
    return list(read_articles([path], problems)), problems


# --------------------------------------------------------------------------- article dates

def test_jsonl_dates_are_normalised_and_a_non_date_is_left_undated(tmp_path):
    lines = [{"id": "a", "text": "Israel struck Iran.", "date": "2025-06-16"},
             {"id": "b", "text": "Iran struck back.", "date": "June 16, 2025"},
             {"id": "c", "text": "Talks began.", "date": "2025-06-16T09:30:00Z"},
             {"id": "d", "text": "Talks stalled.", "date": "soon"},
             {"id": "e", "text": "Talks ended."}]
    articles, problems = _read(tmp_path, "news.jsonl", "\n".join(json.dumps(x) for x in lines))
    assert [a.date for a in articles] == ["2025-06-16", "2025-06-16", "2025-06-16T09:30:00+00:00", None, None]
    assert [(n.line, "not a date" in n.message) for n in problems.notes] == [(4, True)]
    assert not problems  # an unreadable date skips nothing


def test_html_article_published_time_gives_the_date(tmp_path):
    page = ('<html><head><meta property="article:published_time" content="2025-06-16T14:03:00+00:00">'
            '<title>Talks</title></head><body><p>Israel struck Iran on Friday.</p>'
            '<p><time datetime="2024-01-01">An older story</time></p></body></html>')
    [article], _ = _read(tmp_path, "page.html", page)
    assert article.date == "2025-06-16T14:03:00+00:00"
    assert "Israel struck Iran on Friday." in article.text


def test_html_json_ld_date_published_and_a_single_time_element(tmp_path):
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},
                                                       {"@type": "NewsArticle", "datePublished": "2025-06-13"}]}
    page = (f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
            '<body><p>Israel struck Iran.</p></body></html>')
    [article], _ = _read(tmp_path, "ld.html", page)
    assert article.date == "2025-06-13"
    assert "datePublished" not in article.text  # the script is metadata, not text
    page = '<html><body><time datetime="2025-06-14T08:00">Saturday</time><p>Iran struck back.</p></body></html>'
    [article], _ = _read(tmp_path, "time.html", page)
    assert article.date == "2025-06-14T08:00:00"


def test_html_page_listing_times_of_other_stories_has_no_date(tmp_path):
    page = ('<html><body><p>Iran struck back.</p><ul><li><time datetime="2025-06-01">1 June</time></li>'
            '<li><time datetime="2025-05-20">20 May</time></li></ul></body></html>')
    [article], _ = _read(tmp_path, "list.html", page)
    assert article.date is None


def test_txt_front_matter_date_line_and_yaml_block(tmp_path):
    [article], _ = _read(tmp_path, "a.txt", "Date: June 16, 2025\n\nTalks\n\nIsrael struck Iran.")
    assert (article.date, article.title) == ("2025-06-16", "Talks")
    # offsets still point into the file: the front matter is blanked, not cut
    assert article.text.index("Israel struck Iran.") == (tmp_path / "a.txt").read_text().index("Israel struck Iran.")
    [article], _ = _read(tmp_path, "b.md", "---\ntitle: Strikes\ndate: 2025-06\nauthor: x\n---\nIsrael struck Iran.")
    assert (article.date, article.title) == ("2025-06", "Strikes")
    assert "author" not in article.text and "Israel struck Iran." in article.text


def test_txt_without_a_date_gets_none(tmp_path):
    [article], problems = _read(tmp_path, "c.txt", "Talks\n\nOn Friday Israel struck Iran. Dates matter: June 16.")
    assert article.date is None
    assert not problems.notes


def test_front_matter_date_without_a_year_is_not_invented(tmp_path):
    [article], problems = _read(tmp_path, "d.txt", "Date: June 16\n\nIsrael struck Iran.")
    assert article.date is None
    assert len(problems.notes) == 1


def test_sample_articles_dates():
    dates = {a.id[:3]: a.date for a in read_articles(["examples/articles"], ProblemLog())}
    assert dates == {"000": MONDAY, "001": None, "002": None, "003": None, "004": None}


@pytest.mark.parametrize("raw, expected", [
    ("2025-06-16", "2025-06-16"), ("June 2025", "2025-06"), ("2025", "2025"), ("16 June 2025", "2025-06-16"),
    ("Mon, 16 Jun 2025 10:00:00 GMT", "2025-06-16T10:00:00+00:00"), ("16/06/2025", "2025-06-16"),
    ("06/07/2025", None), ("June 16", None), ("yesterday", None), ("2025-02-30", None), ("n/a", None)])
def test_article_date_forms(raw, expected):
    assert article_date(raw) == expected


# --------------------------------------------------------------------------- expressions

@pytest.mark.parametrize("text, date, future, value, how", [
    ("on Friday", MONDAY, False, "2025-06-13", "relative"),
    ("on Monday", MONDAY, False, "2025-06-16", "relative"),  # the article's own day, not a week before
    ("on Friday", MONDAY, True, "2025-06-20", "relative"),  # "will meet on Friday"
    ("yesterday", MONDAY, False, "2025-06-15", "relative"),
    ("last week", MONDAY, False, "2025-06-09/2025-06-15", "relative"),
    ("earlier this month", MONDAY, False, "2025-06", "relative"),
    ("last March", MONDAY, False, "2025-03", "relative"),
    ("in December", MONDAY, False, "2024-12", "relative"),  # the latest December on or before the article
    ("since Friday", MONDAY, False, "2025-06-13/2025-06-16", "relative"),
    ("between June 13 and 16", MONDAY, False, "2025-06-13/2025-06-16", "relative"),
    ("June 18, 2025", None, False, "2025-06-18", "absolute"),
    ("on December 11, 2024", MONDAY, False, "2024-12-11", "absolute"),
    ("in 2004", None, False, "2004", "absolute"),
    ("in the 1990s", None, False, "1990/1999", "absolute"),
    ("on Friday", None, False, None, "unresolved"),  # no article date: no anchor
    ("June 12", None, False, None, "unresolved"),  # no year, no article date
    ("on the 61st day", MONDAY, False, None, "unresolved"),  # not 1961, not a date at all
    ("in recent weeks", MONDAY, False, None, "unresolved"),
    ("in 2003-04", None, False, "2003/2004", "absolute"),  # a financial year, not April 2003
    ("in 2000-1", None, False, "2000/2001", "absolute"),  # not January 2000 (judged BBC sample, row 43)
    ("in 1999-00", None, False, "1999/2000", "absolute"),
    ("in the fourth quarter of 2004", None, False, "2004-10/2004-12", "absolute"),
    ("in the 1980s and 1990s", None, False, "1980/1999", "absolute"),
    ("last year", MONDAY, False, "2024", "relative"),
    ("in the last year", MONDAY, False, None, "unresolved"),  # the twelve months before, not 2024
])
def test_time_expressions(text, date, future, value, how):
    result = normalise(text, date, future=future)
    assert (result.text, result.value, result.how) == (text, value, how)


@pytest.mark.parametrize("text", ["for sixty days", "sixty days", "60-day", "years", "before Friday",
                                  "after June 12", "through Sunday", "two years"])
def test_durations_and_bounds_give_no_time(text):
    assert normalise(text, MONDAY) is None


# --------------------------------------------------------------------------- clauses of real sentences

def _times(nlp, sentence: str, date: str | None) -> dict[str, tuple]:
    """subject → (time text, value, how) of each timed extraction of ``sentence``."""
    doc = nlp(sentence)
    return {e.subject.text: (e.time.text, e.time.value, e.time.how)
            for e in add_times(doc, extract_doc(doc), 0, date) if e.time is not None}


# (sentence, article date, subject, expected (text, value, how)); from the sample articles
SENTENCES = [
    ("The remarks come days after Israel launched a massive aerial assault on Iran on Friday, killing several "
     "top military commanders.", MONDAY, "Israel", ("on Friday", "2025-06-13", "relative")),
    ("US President Donald Trump on Monday suggested that Iran may be seeking negotiations to de-escalate the "
     "escalating conflict with Israel.", MONDAY, "US President Donald Trump", ("on Monday", "2025-06-16", "relative")),
    ("Posting on his social media platform, Truth Social, Trump said on Sunday that \u201cIran and Israel should make "
     "a deal.\u201d", MONDAY, "Trump", ("on Sunday", "2025-06-15", "relative")),
    ("For his part, Iranian President Masoud Pezeshkian on Saturday warned of a \u201cmore severe and powerful "
     "response\u201d if Israel continues its aggression.", MONDAY, "Iranian President Masoud Pezeshkian",
     ("on Saturday", "2025-06-14", "relative")),
    ("Iran says that over 224 civilians have been killed in the Israeli attacks since Friday.", MONDAY,
     "over 224 civilians", ("since Friday", "2025-06-13/2025-06-16", "relative")),
    ("On June 16, 2025, President Donald Trump reported at the G7 summit that Iran wishes to engage in "
     "discussions.", None, "President Donald Trump", ("On June 16, 2025", "2025-06-16", "absolute")),
    ("(COMBO) This combination of pictures created on June 18, 2025 shows (L to R) US President Donald Trump during "
     "a press conference at the White House in Washington, DC, on February 4, 2025; and a handout picture provided "
     "by the office of Iran's Supreme Leader Ayatollah Ali Khamenei on December 11, 2024 of him addressing "
     "supporters in Tehran.", None, "This combination of pictures created on June 18, 2025", ("on February 4, 2025", "2025-02-04", "absolute")),
    ("President Donald Trump, who confirmed the reports Monday, didn\u2019t mince words.", None,
     "President Donald Trump", ("Monday", None, "unresolved")),
    ("\u201cIran and Israel should make a deal, and will make a deal,\u201d Trump wrote Sunday on Truth Social.", None,
     "Trump", ("Sunday", None, "unresolved")),
    ("Israeli Prime Minister Benjamin Netanyahu suggested Saturday that Israel\u2019s campaign against Iran would "
     "intensify.", None, "Israeli Prime Minister Benjamin Netanyahu", ("Saturday", None, "unresolved")),
]


@pytest.mark.parametrize("sentence, date, subject, expected", SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_time_of_real_sentences(nlp, sentence, date, subject, expected):
    assert _times(nlp, sentence, date).get(subject) == expected


def test_the_61st_day_is_not_a_year(nlp):
    times = _times(nlp, "\u201cI had sixty days, and on the 61st day, I said \u2018we don\u2019t have a deal.\u2019",
                   MONDAY)
    assert all(value is None for _, value, _ in times.values())
    assert ("on the 61st day", None, "unresolved") in times.values()


def test_a_date_inside_a_noun_phrase_does_not_date_the_clause(nlp):
    # the assault was on June 12; the leaving is not dated by it
    assert _times(nlp, "The plea comes after Israel\u2019s June 12 surprise assault left the Islamic Republic "
                       "reeling and exposed.", MONDAY) == {}


def test_a_reported_clause_keeps_its_own_time_not_the_saying(nlp):
    doc = nlp("Trump said on Sunday that Israel struck Iran on Friday.")
    timed = {(e.subject.text, e.time.value if e.time else None) for e in add_times(doc, extract_doc(doc), 0, MONDAY)}
    assert ("Trump", "2025-06-15") in timed and ("Israel", "2025-06-13") in timed
    assert ("Israel", "2025-06-15") not in timed


def test_a_sentence_without_a_time_gets_none(nlp):
    assert _times(nlp, "Israel struck Iran\u2019s main nuclear facility.", MONDAY) == {}


# --------------------------------------------------------------------------- triples

def test_sample_build_dates_the_strikes_on_friday(seed_build):
    timed = [t for t in seed_build.triples if t.time_text]
    strikes = [t for t in timed if t.doc.startswith("000") and t.subject_entity == "Israel" and t.time_text == "on Friday"]
    assert strikes and all((t.time, t.time_resolution) == ("2025-06-13", "relative") for t in strikes)
    # undated articles keep their weekdays unresolved, and never a value
    undated = [t for t in timed if t.doc.startswith(("001", "003"))]
    assert undated and all(t.time is None and t.time_resolution == "unresolved" for t in undated)
    # absolute dates in an undated article stand on their own
    assert any(t.doc.startswith("004") and t.time == "2024-12-11" and t.time_resolution == "absolute" for t in timed)
    assert all(t.time is None and t.time_text is None for t in seed_build.triples if not t.time_text)


# --------------------------------------------------------------------------- RDF and the timeline

def _rows(store, name: str, **params) -> list[dict]:
    from kg.query import load_query, run_query, term_text

    result = run_query(store, load_query(name)[0], params=params)
    names = [v.value for v in result.variables]
    return [{n: (term_text(s[n]) if s[n] is not None else None) for n in names} for s in result]


def test_evidence_carries_the_event_time_as_a_typed_literal_beside_the_publication_date(seed_build):
    from kg.query import run_query

    rows = list(run_query(seed_build.store, 'SELECT ?t ?published WHERE { ?ev kg:timeText "on Friday" ; '
                                            'kg:time ?t ; prov:wasDerivedFrom ?a . ?a dcterms:date ?published }'))
    assert rows
    assert {(r["t"].value, r["t"].datatype.value) for r in rows} == {
        ("2025-06-13", "http://www.w3.org/2001/XMLSchema#date")}
    assert {r["published"].value for r in rows} == {"2025-06-16"}
    # an unresolved time keeps its text and says so, with no kg:time
    unresolved = list(run_query(seed_build.store, 'SELECT ?ev WHERE { ?ev kg:timeResolution "unresolved" '
                                                  'FILTER NOT EXISTS { ?ev kg:time ?t } }'))
    assert unresolved
    assert not list(run_query(seed_build.store, 'SELECT ?ev WHERE { ?ev kg:timeResolution "unresolved" ; kg:time ?t }'))


def test_time_literals_take_the_datatype_of_their_precision():
    from kg.graph.rdf import time_literal

    assert time_literal("2025-06") == '"2025-06"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'
    assert time_literal("2004") == '"2004"^^<http://www.w3.org/2001/XMLSchema#gYear>'
    assert time_literal("June 2025") == '"June 2025"'  # not a date: no datatype claimed


def test_timeline_lists_dated_statements_in_order(seed_build):
    rows = _rows(seed_build.store, "timeline")
    times = [r["time"] for r in rows]
    assert times == sorted(times)
    assert times[0] == "2024-12-11" and "2025-06-13" in times
    strike = next(r for r in rows if r["timeText"] == "on Friday")
    assert (strike["subject"], strike["time"], strike["article"], strike["published"]) == (
        "Israel", "2025-06-13", "000_e7fa4d2bf25a9973", "2025-06-16")
    assert "on Friday" in strike["sentence"]
    assert all(r["time"] for r in rows)  # unresolved times are not on a timeline


def test_timeline_filters_by_entity_and_overlap_with_from_to(seed_build):
    rows = _rows(seed_build.store, "timeline", entity="Israel", **{"from": "2025-06-13", "to": "2025-06-14"})
    assert [(r["subject"], r["time"]) for r in rows] == [("Israel", "2025-06-13")]
    # a month overlaps its days; the range "since Friday" overlaps the Sunday after it
    june = _rows(seed_build.store, "timeline", **{"from": "2025-06", "to": "2025-06"})
    assert {r["time"] for r in june} >= {"2025-06-13", "2025-06-13/2025-06-16", "2025-06-16"}
    assert "2025-02-04" not in {r["time"] for r in june}
    sunday = _rows(seed_build.store, "timeline", **{"from": "2025-06-15", "to": "2025-06-15"})
    assert {r["time"] for r in sunday} == {"2025-06-15", "2025-06-13/2025-06-16", "2025-06-09/2025-06-15"}
    assert _rows(seed_build.store, "timeline", entity="nobody") == []


def test_timeline_by_an_alias_keeps_only_the_statements_naming_the_entity(seed_build):
    """"Trump" is an alias of Donald Trump: his dated statements, not every dated statement with no
    speaker (an unbound speaker in the alias check once matched anyone aliased "Trump")."""
    rows = _rows(seed_build.store, "timeline", entity="Trump")
    assert {(r["subject"], r["relation"], r["time"]) for r in rows} == {
        ("Donald Trump", "say", "2025-06-15"), ("Donald Trump", "suggest", "2025-06-16"),
        ("Donald Trump", "report at", "2025-06-16")}
    assert not any(r["subject"] == "a handout picture" for r in rows)


def test_shapes_refuse_a_time_that_is_no_typed_date(seed_build):
    import pyoxigraph as ox

    from kg.graph.validate import validate_store

    [row] = list(seed_build.store.query('PREFIX kg: <https://kg.example/ns#> SELECT ?ev ?g WHERE { '
                                        'GRAPH ?g { ?ev kg:timeText "on Friday" } }'))
    broken = ox.Store()
    broken.extend(q for q in seed_build.store if not (q.subject == row["ev"] and q.predicate.value.endswith("#time")))
    broken.add(ox.Quad(row["ev"], ox.NamedNode("https://kg.example/ns#time"), ox.Literal("Friday"), row["g"]))
    report = validate_store(broken)
    assert not report.conforms
    assert any(v.startswith(row["ev"].value) and "ns#time" in v for v in report.violations)


# --------------------------------------------------------------------------- command line: --date, --since, --until

@pytest.fixture(scope="module")
def trig(seed_build, tmp_path_factory):
    from kg.export import export
    from kg.terms import Vocabulary

    return export(seed_build.store, tmp_path_factory.mktemp("g") / "graph.trig", "trig", Vocabulary())


def test_date_option_dates_one_file_and_its_relative_times(tmp_path):
    from conftest import run_kg

    article = tmp_path / "strike.txt"
    article.write_text("Strikes\n\nIsrael launched strikes on Iran on Friday.\n", encoding="utf-8")
    dated = run_kg("extract", article, "--date", "June 16, 2025")
    assert dated.returncode == 0, dated.stderr
    rows = [json.loads(line) for line in dated.stdout.splitlines()]
    assert {(r["time"], r["time_text"], r["time_resolution"]) for r in rows if r["time_text"]} == {
        ("2025-06-13", "on Friday", "relative")}
    undated = [json.loads(line) for line in run_kg("extract", article).stdout.splitlines()]
    assert {(r["time"], r["time_resolution"]) for r in undated if r["time_text"]} == {(None, "unresolved")}
    folder = run_kg("extract", tmp_path, "--date", "2025-06-16")
    assert folder.returncode == 2 and "one article file" in folder.stderr and "Traceback" not in folder.stderr
    bad = run_kg("extract", article, "--date", "Friday")
    assert bad.returncode == 2 and "not a date with its year" in bad.stderr


def test_since_until_select_articles_by_their_date(tmp_path):
    from kg.ingest import Dates

    problems = ProblemLog()
    ids = [a.id[:3] for a in read_articles(["examples/articles"], problems, dates=Dates(since="2025-06"))]
    assert ids == ["000"]  # the four undated samples are left out, and said so
    assert any("4 article(s) undated" in n.message for n in problems.notes)
    assert [a.id for a in read_articles(["examples/articles"], ProblemLog(), dates=Dates(until="2025-06-15"))] == []


def test_query_since_until_bind_the_timeline_period(trig):
    from conftest import run_kg

    done = run_kg("query", trig, "timeline", "--since", "2025-06-15", "--until", "2025-06-15", "--format", "tsv")
    assert done.returncode == 0, done.stderr
    times = [line.split("\t")[0] for line in done.stdout.splitlines()[1:]]
    assert sorted(times) == ["2025-06-09/2025-06-15", "2025-06-13/2025-06-16", "2025-06-15"]
    other = run_kg("query", trig, "who-said", "--since", "2025-06-15")
    assert other.returncode != 0 and "no parameter 'from'" in other.stderr


def test_viz_since_until_draw_only_statements_dated_within(seed_build):
    from kg.graph.rdflib_view import dataset_to_store
    from kg.viz import dated_within, network_from_store

    network = network_from_store(dataset_to_store(seed_build.dataset))
    friday = dated_within(network, "2025-06-13", "2025-06-13")
    assert friday.edges and all(any(t[0].startswith("2025-06-1") for t in e.times) for e in friday.edges.values())
    assert any(t[1] == "on Friday" for e in friday.edges.values() for t in e.times)
    assert not any(t[1] == "on Sunday" and len(e.times) == 1 for e in friday.edges.values() for t in e.times)
    assert set(friday.nodes) == {end for e in friday.edges.values() for end in (e.source, e.target)}
    assert dated_within(network, "1990", "1999").edges == {}
