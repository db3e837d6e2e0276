"""Session 24 perf: the same output with less work (each change compared call by call with the code it replaced)."""
import kg.extract.quotes as quotes
from kg.analysis import analyse_articles
from kg.records import Article

# a quotation that names no speaker, after a narrative sentence (no report before it, none after it)
PARAGRAPH = 'The count in district {i} was late. "We will publish the figures on day {i}."'


def _lead_in_asks(nlp, monkeypatch, paragraphs: int) -> tuple[int, list]:
    """How often quote_speakers asks whether an extraction is a quotation's bare report, over an article of
    ``paragraphs`` paragraphs, and the speakers of the quotations' own words."""
    asked, bare_report = [0], quotes.is_bare_report

    def counted(*args):
        asked[0] += 1
        return bare_report(*args)

    monkeypatch.setattr(quotes, "is_bare_report", counted)
    text = "\n\n".join(PARAGRAPH.format(i=i) for i in range(paragraphs))
    [analysis] = list(analyse_articles([Article("q", text)], nlp))
    speakers = [e.speaker for e in analysis.extractions if e.subject.text == "We"]
    assert len(speakers) == paragraphs
    return asked[0], speakers


def test_each_quotation_asks_only_the_extractions_near_it(nlp, monkeypatch):
    """A quotation with no speaker of its own asked every extraction of the article whether it was its bare
    report or lead-in ("…,” he said", 'He went on: "…'), though only one within quotes.NEAR_QUOTE characters can
    be: a 20 MB article (~40,000 quotations, 6,600 extractions) spent 170 of its 190 CPU seconds there. Twice the
    paragraphs now ask about twice as often (4x when every extraction was asked), and the speakers are the same."""
    once, speakers = _lead_in_asks(nlp, monkeypatch, 20)
    twice, more_speakers = _lead_in_asks(nlp, monkeypatch, 40)
    assert 0 < once and twice < 2.5 * once, (once, twice)
    # negative: a narrative sentence before a quotation names no speaker of it
    assert speakers == [None] * 20 and more_speakers == [None] * 40
