"""Domain patterns on tiny literal texts, through a span ruler on a blank English pipeline."""
from __future__ import annotations

import pytest
import spacy

from indexer.extract import patterns


@pytest.fixture(scope="module")
def ruler_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("span_ruler", config={"spans_key": None, "annotate_ents": True, "validate": True}
                 ).add_patterns(patterns.all_patterns())
    return nlp


def ents(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, expected", [
    ("Apologies from Mr B Borrett today", "Mr B Borrett"),
    ("Cllr Bill Borrett spoke", "Cllr Bill Borrett"),
    ("Ms Whitaker was elected", "Ms Whitaker"),
    ("Mrs S Gurney (Vice-Chair)", "Mrs S Gurney"),
    ("Cllr Phillip Duigan moved", "Cllr Phillip Duigan"),
    ("Councillor Jonathan Wheeler asked", "Councillor Jonathan Wheeler"),
    ("Mr R Parkinson-Hare agreed", "Mr R Parkinson-Hare"),
    ("Mrs J Brociek –Coulton", "Mrs J Brociek –Coulton"),
    ("Mr M Chenery of Horsbrugh", "Mr M Chenery of Horsbrugh"),
    ("Dr. J A Smith", "Dr. J A Smith"),
])
def test_person(ruler_nlp, text, expected):
    assert (expected, "PERSON") in ents(ruler_nlp, text)


def test_title_before_chairman_is_not_a_person(ruler_nlp):
    assert ents(ruler_nlp, "Thank you Mr Chairman") == []


@pytest.mark.parametrize("text", [
    "Executive Director of Adult Social Services", "Head of Democratic Services",
    "Finance Business Partner", "Director of Commissioning", "Assistant Director Social Work",
    "Assistant Director of Early Help and Prevention", "Chief Executive",
    "Cabinet Member for Adult Social Care", "Executive Director for Children's Services",
])
def test_role(ruler_nlp, text):
    assert ents(ruler_nlp, f"A report by the {text}.") == [(text, "ROLE")]


@pytest.mark.parametrize("text", [
    "Adult Social Care Committee", "Communities Select Committee", "Policy and Resources Committee",
    "Norfolk County Council", "South Norfolk District Council", "Nottingham City Council",
    "Norfolk and Suffolk NHS Foundation Trust", "James Paget University Hospitals NHS Foundation Trust",
    "CCG", "South Norfolk CCG", "Clinical Commissioning Groups", "Integrated Care Board",
    "Health and Wellbeing Board",
])
def test_org(ruler_nlp, text):
    assert ents(ruler_nlp, f"We wrote to the {text} today") == [(text, "ORG")]


def test_leading_article_is_not_part_of_a_committee(ruler_nlp):
    assert ents(ruler_nlp, "The Committee agreed. The Adult Social Care Committee noted.") == [
        ("Adult Social Care Committee", "ORG")]


@pytest.mark.parametrize("text, expected, label", [
    ("an overspend of £9.629m at year end", "£9.629m", "MONEY"),
    ("savings of £30 million over", "£30 million", "MONEY"),
    ("a budget of £2bn in", "£2bn", "MONEY"),
    ("costs £1,234 per week", "£1,234", "MONEY"),
    ("reduced by -£1.5m overall", "-£1.5m", "MONEY"),
    ("base rent of $49,466.72 with", "$49,466.72", "MONEY"),
    ("a budget of US$5,000 for", "US$5,000", "MONEY"),
    ("a sum of USD 1,000 for", "USD 1,000", "MONEY"),
    ("by $1.2 million to", "$1.2 million", "MONEY"),
    ("a $85K study", "$85K", "MONEY"),
    ("reduced by -$1.5m overall", "-$1.5m", "MONEY"),
    ("a grant of €5,000 from", "€5,000", "MONEY"),
    ("a budget of EUR 2,000 for", "EUR 2,000", "MONEY"),
    ("a levy of 5,000 euros on", "5,000 euros", "MONEY"),
    ("some 2 million dollars in", "2 million dollars", "MONEY"),
    ("rose to 77.3% from", "77.3%", "PERCENT"),
    ("about 5 per cent of", "5 per cent", "PERCENT"),
    ("the Period 10 2016-17 forecast", "Period 10 2016-17", "PERIOD"),
    ("at Period 2 (May) 2016-17 the", "Period 2 (May) 2016-17", "PERIOD"),
    ("the P10 position", "P10", "PERIOD"),
    ("for Quarter 1 2024/25 the", "Quarter 1 2024/25", "PERIOD"),
    ("in Q1 2024/25 we", "Q1 2024/25", "PERIOD"),
    ("the 2016-17 outturn", "2016-17", "PERIOD"),
    ("budget 2024/25 set", "2024/25", "PERIOD"),
    ("see minute 13.8 above", "minute 13.8", "MINUTE_REF"),
    ("under item 10 the", "item 10", "MINUTE_REF"),
    ("as in minute 22/18", "minute 22/18", "MINUTE_REF"),
])
def test_numbers_periods_refs(ruler_nlp, text, expected, label):
    assert ents(ruler_nlp, text) == [(expected, label)]


def test_bare_table_numbers_are_not_money_by_default(ruler_nlp):
    assert ents(ruler_nlp, "Purchase of care\t(35,643)\t1,234") == []


def test_table_money_patterns_tag_cells():
    nlp = spacy.blank("en")
    nlp.add_pipe("span_ruler", config={"spans_key": None, "annotate_ents": True}).add_patterns(
        patterns.table_money_patterns())
    assert ents(nlp, "Purchase of care\t(35,643)\t1,234") == [("(35,643)", "MONEY"), ("1,234", "MONEY")]


def test_every_pattern_function_is_documented_and_labelled():
    for fn in patterns.PATTERN_FUNCTIONS:
        assert fn.__doc__, fn.__name__
        rules = fn()
        assert rules and all(r["label"] in patterns.LABELS and r["pattern"] for r in rules), fn.__name__
