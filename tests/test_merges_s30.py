"""Session 30, merges: two names fused by "and" into one entity are two (issue 17, over-merge)."""
from __future__ import annotations

from kg.records import Mention as M
from kg.resolve.pairs import split_fused_pairs
from test_entities import resolve_texts


def test_two_surnames_of_persons_named_in_full_are_two_persons(nlp):
    # entertainment/little-britain-two-top-comic-list.txt
    ents, _, _ = resolve_texts(
        nlp,
        "Little Britain stars Matt Lucas and David Walliams have been named the most powerful people in TV comedy, "
        "in a poll by listings magazine Radio Times. Lucas and Walliams won numerous awards for Little Britain in "
        "2004, including National Television, Royal Television Society and British Comedy awards.",
    )
    assert not [n for n in ents if " and " in n]
    assert "Lucas" in ents["Matt Lucas"].aliases and "Walliams" in ents["David Walliams"].aliases


def test_a_fused_pair_of_surnames_is_cut_into_two_persons():
    text = "Little Britain stars Matt Lucas and David Walliams have been named. Lucas and Walliams won awards."
    ms = [M("d", "Matt Lucas", "PERSON", 21, 31), M("d", "David Walliams", "PERSON", 36, 50),
          M("d", "Lucas and Walliams", "ORG", 68, 86)]
    assert [text[m.start:m.end] for m in ms] == [m.text for m in ms]
    out = split_fused_pairs(ms, text)
    assert [(m.text, m.label) for m in out[2:]] == [("Lucas", "PERSON"), ("Walliams", "PERSON")]
    assert [text[m.start:m.end] for m in out] == [m.text for m in out]
    # inside a quotation the pair is left as read (its persons would take the quote's he/she: see the report)
    quoted = [*ms[:2], M("d", "Lucas and Walliams", "ORG", 68, 86, quoted=True)]
    assert [m.text for m in split_fused_pairs(quoted, text)][2:] == ["Lucas and Walliams"]


def test_two_surnames_split_only_where_the_article_names_two_persons():
    # a firm named after its founders is not written beside two persons of those surnames
    text = "Marks and Spencer said sales fell. Stuart Rose runs Marks and Spencer."
    fused = [M("d", "Marks and Spencer", "ORG", 0, 17), M("d", "Stuart Rose", "PERSON", 35, 46),
             M("d", "Marks and Spencer", "ORG", 52, 69)]
    assert [text[m.start:m.end] for m in fused] == [m.text for m in fused]
    assert [m.text for m in split_fused_pairs(fused, text)] == [m.text for m in fused]
    # one person's surname twice is no pair of persons
    text = "Matt Lucas and Lucas"
    fused = [M("d", "Matt Lucas", "PERSON", 0, 10)]
    assert [m.text for m in split_fused_pairs(fused, text)] == ["Matt Lucas"]


def test_two_names_with_the_same_head_word_are_two(nlp):
    # politics/mps-quiz-aides-over-royal-income.txt
    ents, _, _ = resolve_texts(
        nlp,
        "Aides from the Duchy of Lancaster and Duchy of Cornwall will appear before the Commons Public Accounts "
        "Committee. The Duchy of Lancaster provides the Queen's private income, while the Duchy of Cornwall provides "
        "Prince Charles' annual income.",
    )
    assert not [n for n in ents if " and " in n]
    assert "Duchy of Lancaster" in ents and "Duchy of Cornwall" in ents


def test_a_body_of_x_and_y_keeps_its_name():
    # the same head word must open both sides, each two words or more
    text = "the Department of Trade and Industry said"
    body = M("d", "Department of Trade and Industry", "ORG", 4, 36)
    assert text[body.start:body.end] == body.text
    assert split_fused_pairs([body], text) == [body]


def test_a_pair_written_twice_is_two_where_each_side_is_written_alone(nlp):
    # entertainment/aviator-creator-in-oscars-snub.txt: "Million Dollar Baby" alone is left unread by the model
    ents, _, _ = resolve_texts(
        nlp,
        "Up to three producers can be named per film but the studios behind The Aviator and Million Dollar Baby "
        "failed to trim their credits. The Aviator's nominated producers are Michael Mann and Graham King. The "
        "eligible names for The Aviator and Million Dollar Baby were decided by a committee on Wednesday. The "
        "decision also saw Clint Eastwood get his third personal nomination for Million Dollar Baby.",
    )
    assert not [n for n in ents if " and " in n]
    assert "Million Dollar Baby" in ents


def test_a_title_with_and_whose_sides_are_not_written_alone_stays_one():
    text = "his film Hide and Seek opened. In Hide and Seek, De Niro plays a widower."
    title = M("d", "Hide and Seek", "WORK_OF_ART", 9, 22)
    again = M("d", "Hide and Seek", "WORK_OF_ART", 34, 47)
    assert text[title.start:title.end] == text[again.start:again.end] == title.text
    assert split_fused_pairs([title, again], text) == [title, again]


def test_a_hyphenated_second_name_after_such_as_is_cut(nlp):
    # business/profits-stall-at-china-s-lenovo.txt
    ents, _, _ = resolve_texts(
        nlp,
        "But Western firms such as Dell and Hewlett-Packard are also mounting a more solid fight for market share.",
    )
    assert "Dell and Hewlett-Packard" not in ents
    assert "Hewlett-Packard" in ents and "Dell" in ents
