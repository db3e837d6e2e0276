"""Negated triples (issue 16, session 18, `negated`): real BBC sentences of the corpus
(../shared/corpora/bbc-news, articles outside the audits), the exact reading kg must make and the one it must
not."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, readings

# Each row: a real sentence, the reading (subject, relation, object, negated, modality, speaker) kg must make
# and one it must not (None: no such row).
READS = [
    # ---------------------------------------------------------------- a present when-clause is a condition
    # sport (Andy Roddick's serve): a case that recurs, no event of its own, nor is its consequence a fact
    ("When your serve isn't good it throws the rest of your game off too.",
     ("it", "throws off", "the rest of your game", False, "conditional", None),
     ("it", "throws off", "the rest of your game", False, None, None)),
    # sport (a footballer at home): the negated row holds only when he is at home
    ("\"I can't keep my eyes off the Premiership on television when I'm at home.",
     ("I", "'m at", "home", False, "conditional", None),
     ("I", "'m at", "home", False, None, None)),
    # negative: after a verb in the future the when-clause dates a fixed event, asserted
    ("Parliament will examine the issue next year when it debates a new bill about public inquiries.",
     ("Parliament", "will examine", "the issue", False, None, None),
     ("Parliament", "will examine", "the issue", False, "conditional", None)),
    # negative: a when-clause in the past happened
    ("When she was eight, her mother took a decision which changed her life.",
     ("her mother", "took", "a decision which changed her life", False, None, None),
     ("her mother", "took", "a decision which changed her life", False, "conditional", None)),
    # negative (session 18, lead): a when-clause hung on a verb in the past narrates a past event, whatever its own
    # verb's form ("put" read as a present; pool seeds 4000/4001, blind: judged wrong as conditional)
    ("When we put the surveillance cameras in, a lot of people were very unhappy about the fact that there was a "
     "system watching them.",
     ("we", "put in", "the surveillance cameras", False, None, None),
     ("we", "put in", "the surveillance cameras", False, "conditional", None)),
    # negative: a when-clause inside a quotation conditions nothing outside it (the parse hangs it on the quote's
    # verb, and the reporting verb is that verb's conjunct)
    ("\"When we talk about innovation and creating real value in the 21st Century, we have to think more like this, "
     "but faster,\" Mr Donofrio told the BBC News website, after giving the Royal Academy of Engineering 2004 Hinton "
     "Lecture.",
     ("Mr Donofrio", "told", "the BBC News website", False, None, None),
     ("Mr Donofrio", "told", "the BBC News website", False, "conditional", None)),
    # negative: a phrase quoted inside the sentence crosses no quotation: the time to come still conditions the verb
    ("Turkey could also help alleviate a labour shortage in \"Old Europe\" once its population comes of age.",
     ("Turkey", "could also help alleviate a labour shortage in", "Old Europe", False, "conditional", None),
     ("Turkey", "could also help alleviate a labour shortage in", "Old Europe", False, "could", None)),
    # ---------------------------------------------------------------- "had never met or spoken to": both denied
    # entertainment (Jackson trial): she had never spoken to the star either
    ("Jackson's defence questioned Ms Kite's credibility, pointing that she worked for the singer's team for less "
     "than a week before being fired, and had never met or spoken to the star.",
     ("she", "spoken to", "the star", True, None, None),
     ("she", "spoken to", "the star", False, None, None)),
    # ---------------------------------------------------------------- "not necessarily" hedges, it does not deny
    # tech (art search): possibly not appealing — the "not" stays, the row carries the hedge
    ("He thinks the dominance of text-based searching is not necessarily appealing to the majority of online "
     "shoppers.",
     ("the dominance of text-based searching", "is not necessarily appealing to", "the majority of online shoppers",
      True, "possible", "He"),
     ("the dominance of text-based searching", "is not necessarily appealing to", "the majority of online shoppers",
      True, None, "He")),
    # negative: a plain "not" is a denial with no hedge
    ("\"I'm not interested in the publicity.",
     ("I", "'m not", "interested in the publicity", True, None, None),
     ("I", "'m not", "interested in the publicity", True, "possible", None)),
    # ---------------------------------------------------------------- "not without" is a negated "be without"
    # tech (Windows cash machines): not (the move was without risks) — session 19: the blind judge of pool seeds
    # 4000/4001 read "was not without controversy" right when negated, wrong when not (the lemma is "be without")
    ("Todd Thiemann, spokesman for anti-virus firm Trend Micro, said the move to Windows in cash machines was not "
     "without risks.",
     ("the move to Windows in cash machines", "was not without", "risks", True, None, "Todd Thiemann"),
     ("the move to Windows in cash machines", "was not without", "risks", False, None, "Todd Thiemann")),
    # ---------------------------------------------------------------- "without X, Y would not": a supposition
    # entertainment (the Pretenders): they are here; "would not have been here" is what their absence would mean
    ("\"We're paying tribute to James Honeyman-Scott and Pete Farndon, without whom we would not have been here,\" "
     "she said, referring to the premature deaths of two of the band's guitarists from drug overdoses.",
     ("we", "would not have been here", None, True, "conditional", "she"),
     ("we", "would not have been here", None, True, "would", "she")),
    # entertainment (Pete Doherty's bail): he may leave, accompanied
    ("He was told he would not be able to leave his home without being accompanied by a security firm.",
     ("he", "would not be able to leave", "his home", True, "conditional", None),
     ("he", "would not be able to leave", "his home", True, "would", None)),
    # ---------------------------------------------------------------- "no chance to X until T": X comes, later
    # business (Deutsche Boerse): the investors will have their chance in May; the object keeps its "no"
    ("Deutsche Boerse investors unhappy with its London Stock Exchange bid will have no chance to throw out the "
     "exchange's management until May, Reuters says.",
     ("Deutsche Boerse investors unhappy with its London Stock Exchange bid", "will have",
      "no chance to throw out the exchange's management until May", False, None, "Reuters"),
     ("Deutsche Boerse investors unhappy with its London Stock Exchange bid", "will have",
      "chance to throw out the exchange's management until May", True, None, "Reuters")),
    # sport (Fifa and the FA): Fifa will comment once the FA has informed it
    ("\"Fifa is not in a position to make any comment on the matter until the English FA have informed us of their "
     "disciplinary decision and the relevant information associated with it,\" said a Fifa spokesman.",
     ("Fifa", "is not in", "a position to make any comment on the matter until the English FA have informed us of "
      "their disciplinary decision", False, None, "a Fifa spokesman"),
     ("Fifa", "is not in", "a position to make any comment on the matter until the English FA have informed us of "
      "their disciplinary decision", True, None, "a Fifa spokesman")),
    # negative: "no plans to X" with no "until" is denied
    ("Nintendo said it had no plans to sell the media adapter outside Japan.",
     ("it", "had", "plans to sell the media adapter outside Japan", True, None, "Nintendo"),
     ("it", "had", "no plans to sell the media adapter outside Japan", False, None, "Nintendo")),
    # ---------------------------------------------------------------- a negation falls on the purpose or manner
    # tech (hi-tech thieves): they produce programs, not to show off — the denied row keeps its purpose
    ("No longer do virus writers produce programs to show off their technical prowess to rivals in the underground "
     "world of malware authors.",
     ("virus writers", "No longer do produce",
      "programs to show off their technical prowess to rivals in the underground world of malware authors", True,
      None, None),
     ("virus writers", "No longer do produce", "programs", True, None, None)),
    # sport (Mike Tindall's club): he wants to go into the Six Nations, not worrying (the parse: a participle on
    # the noun)
    ("\"Mike does not want to go into the Six Nations worrying about where he will be playing his club rugby next "
     "season,\" Alli told the Guardian newspaper.",
     ("Mike", "does not want to go into",
      "the Six Nations worrying about where he will be playing his club rugby next season", True, None, "Alli"),
     ("Mike", "does not want to go into", "the Six Nations", True, None, "Alli")),
    # negative: an asserted verb keeps its object; the purpose is no part of it
    ("On Monday, a delegation of north Wales councils visited Ms Essex to lobby for increased funds.",
     ("a delegation of north Wales councils", "visited", "Ms Essex", False, None, None),
     ("a delegation of north Wales councils", "visited", "Ms Essex to lobby for increased funds", False, None, None)),
    # negative: an infinitive after "enough" is the degree's, and the row stays as read
    ("Almost 70% of those asked in a poll said that net firms are not doing enough to protect people.",
     ("net firms", "are not doing", "enough", True, None, "Almost 70% of those asked in a poll"),
     ("net firms", "are not doing", "enough to protect people", True, None, "Almost 70% of those asked in a poll")),
    # ---------------------------------------------------------------- whose claim: the reporter's present
    # entertainment (Harry Potter): the writer says she has given no hints, not Rowling
    ("She also previously revealed that a character will be killed in the sixth book, but she has given no hints as "
     "to who it might be.",
     ("she", "has given", "hints", True, None, None),
     ("she", "has given", "hints", True, None, "She")),
    # negative: a "but" clause in the report's past tense goes on with the report
    ("Dr Gibbons said he accepted there was a problem, but his job now was to build on the foundations put in place "
     "by his predecessor.",
     ("his job", "now was to build on", "the foundations", False, None, "Dr Gibbons"),
     ("his job", "now was to build on", "the foundations", False, None, None)),
]


@pytest.mark.parametrize("text,made,wrong", READS, ids=[r[0][:40] for r in READS])
def test_reads(nlp, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


def test_negated_restriction_read_as_subject(nlp):
    """entertainment (Glastonbury's ID cards): "Fans not wanting to carry the entrance card" says which fans may
    show a passport; nobody said fans do not want to carry it (the parse: a clausal subject whose subject is
    *Fans*). The fans' reading stays."""
    from extract_helpers import extractions

    text = ("Fans not wanting to carry the entrance card could present their passport or driving licence instead, "
            "he added.")
    rows = {(e.subject.text, e.relation, e.object.text if e.object else None): e.uninformative
            for e in extractions(nlp, text)}
    assert rows[("Fans", "not wanting to carry", "the entrance card")] == "negated restriction"
    assert rows[("Fans not wanting to carry the entrance card", "could present", "their passport")] is None


def test_named_subject_of_a_negated_participle_stays(nlp):
    """negative: a named subject is no restriction ("With Jonny Wilkinson not playing …" says he is not)."""
    from kg.extract.informative import is_restriction_read_as_subject

    doc = nlp("Fans not wanting to carry the entrance card could present their passport.")
    assert is_restriction_read_as_subject(doc[2])
    doc = nlp("Wilkinson not playing at the moment is a blow for England.")
    wanting = next(t for t in doc if t.lower_ == "playing")
    assert not is_restriction_read_as_subject(wanting)


def _uninformative(nlp, text):
    from extract_helpers import extractions

    return {(e.subject.text, e.relation, e.object.text if e.object else None): e.uninformative
            for e in extractions(nlp, text)}


def test_negated_reading_that_lost_its_complement(nlp):
    """A negated row whose verb lost what completes it is no row: "can't get ahead of ourselves" (an adverb with
    its own phrase, what the "not" falls on), "cannot pause, rewind or fast forward their programmes" (the object the list shares after
    "or"), "not going to go around telling lies" (the manner the "not" falls on)."""
    rows = _uninformative(nlp, "\"We can't get ahead of ourselves,\" he said.")
    assert rows[("We", "ca n't get", None)] == "denied manner"
    rows = _uninformative(nlp, "Satellite customers without PVR cannot pause, rewind or fast forward their programmes.")
    assert rows[("Satellite customers without PVR", "can not pause", None)] == "lost complement"
    rows = _uninformative(nlp, '"I know I put a lot of pressure on myself because of what I said, and I felt I needed a '
                               'big performance, but I am not going to go around telling lies about how I feel."')
    assert rows[("I", "am not going to go", None)] == "denied manner"


def test_negated_reading_that_is_whole_stays(nlp):
    """negative: a participle after a comma is a clause of its own ("were not racist, arguing …": the "not" does
    not fall on it); "will not keep or attract their vote" reads the shared object, and both rows stay."""
    from kg.extract.informative import manner_participle

    doc = nlp("Earlier this week, Mr Howard said his party's plans to cut immigration were not racist, arguing they "
              "would make the asylum system fairer for genuine refugees.")
    were = next(t for t in doc if t.lower_ == "were")
    assert any(c.lower_ == "arguing" and c.dep_ == "advcl" for c in were.children)
    assert manner_participle(were) is None
    rows = _uninformative(nlp, "Oil prices have fallen heavily for a second day, closing at three-month lows after news "
                               "that US crude stocks have improved ahead of winter.")
    assert rows[("US crude stocks", "have improved", None)] is None  # asserted: "ahead of winter" is a time
    rows = _uninformative(nlp, "\"Political parties must wake up to the fact that unless they address the demands and "
                               "concerns of older people they will not keep or attract their vote.")
    assert rows[("they", "will not keep", "their vote")] is None
