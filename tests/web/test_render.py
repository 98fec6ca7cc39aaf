"""webapp.render: what the pages do with document text and highlighter output."""
from __future__ import annotations

import pytest

from webapp.render import (
    cite_label,
    excerpt,
    highlight_terms,
    mark_span,
    number,
    query_terms,
    sanitise_highlight,
    table_rows,
    votes_text,
)


@pytest.mark.parametrize("html, safe", [
    ('a <mark class="match term0">Transport</mark> policy', "a <mark>Transport</mark> policy"),
    ("&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>",
     "&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ('<b onclick="x()">bold</b>', "&lt;b onclick=&#34;x()&#34;&gt;bold&lt;/b&gt;"),
    ("NCH&amp;C &pound; &#163; &#xA3;", "NCH&amp;C &amp;pound; £ £"),
    ("<mark>open", "<mark>open</mark>"),
    ("close</mark> <MARK>x</MARK>", "close <mark>x</mark>"),
    ("", ""),
    (None, ""),
])
def test_sanitise_highlight_keeps_only_mark(html, safe):
    assert str(sanitise_highlight(html)) == safe


def test_mark_span_marks_the_answer_inside_its_escaped_paragraph():
    text = "With 9 votes in favour, <b>2</b> against"
    assert str(mark_span(text, [5, 22])) == "With <mark>9 votes in favour</mark>, &lt;b&gt;2&lt;/b&gt; against"


@pytest.mark.parametrize("span, answer, marked", [
    (None, "9 votes", "With <mark>9 votes</mark> in favour"),
    ([40, 50], "in favour", "With 9 votes <mark>in favour</mark>"),
    ([3, 3], None, "With 9 votes in favour"),
    (None, "not there", "With 9 votes in favour"),
    (None, None, "With 9 votes in favour"),
])
def test_mark_span_falls_back_to_finding_the_answer(span, answer, marked):
    assert str(mark_span("With 9 votes in favour", span, answer)) == marked


def test_query_terms_drop_stopwords_and_go_longest_first():
    assert query_terms("What was the vote on the Transport policy?") == ["transport", "policy", "vote"]


def test_highlight_terms_marks_word_starts_and_escapes():
    assert str(highlight_terms("Transport <policy> and transported goods", "transport policy")) == (
        "<mark>Transport</mark> &lt;<mark>policy</mark>&gt; and <mark>transport</mark>ed goods")
    assert str(highlight_terms("a <b>", None)) == "a &lt;b&gt;"


def test_cite_label_in_the_councils_terms():
    c = {"committee": "Adult Social Care Committee", "meeting_date": "2017-03-06", "paragraph": "13.8",
         "item": "13", "page": None, "document": "Agenda pack", "url": "/documents/x#p1"}
    assert cite_label(c) == "Adult Social Care Committee, 6 March 2017, paragraph 13.8"
    assert cite_label({**c, "paragraph": None}) == "Adult Social Care Committee, 6 March 2017, item 13"
    assert cite_label(None) == ""


@pytest.mark.parametrize("votes, text", [
    ({"for": 9, "against": 2, "abstain": 4}, "9 for, 2 against, 4 abstentions"),
    ({"for": 7, "against": 1, "abstain": 1}, "7 for, 1 against, 1 abstention"),
    ({"for": None, "against": None, "abstain": None, "unanimous": True}, "unanimous"),
    ({"for": None, "against": None, "abstain": None, "outcome": "carried"}, "carried"),
    ({"for": 3, "against": 1, "abstain": None, "names": {"for": ["Chen", "Park", "Ruiz"], "against": ["Dale"]}},
     "3 for (Chen, Park, Ruiz), 1 against (Dale)"),
    ({"for": None, "against": None, "abstain": None, "outcome": "carried", "names": {"against": ["Councillor Shah"]}},
     "against: Councillor Shah"),
    ({"for": 4, "against": 0, "abstain": 1, "names": {"abstain": ["Mr. Burke"]}}, "4 for, 0 against, 1 abstention (Mr. Burke)"),
    (None, ""),
])
def test_votes_text(votes, text):
    assert votes_text(votes) == text


def test_table_rows_only_for_tab_separated_lines():
    assert table_rows("Area\tBudget\nTransport\t3.074\nTotal\t9.6") == [
        ["Area", "Budget"], ["Transport", "3.074"], ["Total", "9.6"]]
    assert table_rows("The Committee NOTED:\na) one;\nb) two") is None
    assert table_rows("one\tline") is None


@pytest.mark.parametrize("value, unit, text", [
    (9_629_000, "GBP", "£9.629m"), (100e6, "GBP", "£100m"), (350_000, "GBP", "£350k"),
    (-1250.5, "GBP", "-£1,250.5"), (0, "GBP", "£0"), (77.3, "%", "77.3%"), (1234, "count", "1,234"),
    (None, "GBP", ""), (49_466.72, "USD", "$49.5k"), (-1_578_861.59, "USD", "-$1.579m"), (5000, "EUR", "€5,000"),
])
def test_number(value, unit, text):
    assert number(value, unit) == text


def test_excerpt_keeps_the_lines_or_the_window_about_the_query():
    present = "Present:\nMr B Borrett (Chairman)\nMr Tim Adams\nMrs S Gurney (Vice-Chair)\nMr H Thirtle"
    assert excerpt(present, "gurney") == "Mrs S Gurney (Vice-Chair)"
    long = "word " * 100 + "Gurney proposed the motion. " + "more " * 100
    cut = excerpt(long, "Gurney", width=60)
    assert cut.startswith("… word") and "Gurney proposed the motion." in cut and cut.endswith(" …")
    assert len(cut) <= 64
    assert excerpt("short text", "gurney") == "short text"
    assert excerpt("no match " * 50, "gurney", width=20) == "no match no match …"
