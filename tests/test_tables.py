"""Tables: header rows, body rows, label column and scale, on small literal tables."""
import pytest

from indexer.tables import extract_tables, flat_cells, is_number, label_column, scale_of, table_rows
from models.domain import Paragraph


def para(text, seq=1, section=None):
    return Paragraph(id=f"abc123abc123.p{seq:04d}", document_id="abc123abc123", seq=seq, text=text,
                     start=0, end=len(text), part="report", section=section)


def table(text, section=None):
    found = extract_tables("abc123abc123", [para(text, section=section)])
    assert len(found) == 1, found
    return found[0]


def test_one_header_row():
    t = table("Expenditure Area\tBudget 2016/17 £m\tForecast Outturn £m\tVariance £m\n"
              "Total Net Expenditure\t250.392\t264.946\t14.554\n"
              "Revised Net Expenditure\t250.392\t254.791\t4.399")
    assert t.id == "abc123abc123.t001" and t.paragraph_id == "abc123abc123.p0001"
    assert t.headers == ["Expenditure Area", "Budget 2016/17 £m", "Forecast Outturn £m", "Variance £m"]
    assert t.rows[1] == ["Revised Net Expenditure", "250.392", "254.791", "4.399"]
    assert t.scale == 1e6


def test_two_header_rows_are_joined_column_by_column():
    t = table("\tBalance\tP13 Final Usage\tBalance\n\t01-Apr-16\t2016/17\t31-Mar-17\n\t£m\t£m\t£m\n"
              "Doubtful Debts provision\t3.121\t1.036\t4.157")
    assert t.headers == ["", "Balance 01-Apr-16 £m", "P13 Final Usage 2016/17 £m", "Balance 31-Mar-17 £m"]
    assert t.rows == [["Doubtful Debts provision", "3.121", "1.036", "4.157"]]


def test_header_row_of_years_and_caption_rows_above():
    t = table("Risk Register - County Council\n"
              "Performance Measure:\t2023/24\tApr\tMay\n"
              "Employment and training\tActual\t2024\t2024\n"
              "Number of adults supported\t756\t591\t613")
    assert t.headers == ["Performance Measure: Employment and training", "2023/24 Actual", "Apr 2024", "May 2024"]
    assert t.caption == "Risk Register - County Council"


def test_scale_in_thousands_with_a_space_and_section_caption():
    t = table("Final Budget £ 000\tDepartment\tActual £ 000\n(35,643)\tStrategic Commissioning\t(16,944)",
              section="Summary Financial Position as at Period 3 2024/25")
    assert t.scale == 1000.0
    assert t.caption == "Summary Financial Position as at Period 3 2024/25"


@pytest.mark.parametrize("text, scale", [
    ("Budget £m", 1e6), ("Amount (£000)", 1000.0), ("£'000", 1000.0), ("£ 000", 1000.0), ("Target", 1.0),
    ("£ millions", 1e6),
])
def test_scale_of(text, scale):
    assert scale_of(text) == scale


def test_a_table_of_words_has_its_first_row_as_header():
    t = table("Risk ID\tRisk Category\tMovement\nA03 Very High\tCompliance\tScore improving")
    assert t.headers == ["Risk ID", "Risk Category", "Movement"]
    assert t.rows == [["A03 Very High", "Compliance", "Score improving"]]


def test_flattened_rows():
    assert flat_cells("10.392 (0.471) Business Development 4.001 3.635 (0.365)") == \
        ["10.392", "(0.471)", "Business Development", "4.001", "3.635", "(0.365)"]
    assert flat_cells("Hired Transport 6.672 6.572 (0.100) (1.50%) 0.000")[0] == "Hired Transport"
    assert flat_cells("The Committee met on 5 May.") is None
    t = table("Older People 110.926 113.515 2.589\nMental Health 13.545 13.863 0.318")
    assert t.rows[1] == ["Mental Health", "13.545", "13.863", "0.318"]


def test_prose_and_key_value_lines_are_not_tables():
    assert table_rows("The Committee NOTED the report.\nIt was agreed.") is None
    assert table_rows("Report title:\tRisk Management") is None


def test_continued_table_keeps_its_headers():
    paras = [para("Service\tRisk name\tScore\nFinance\tFailure to meet savings\t20", seq=1),
             para("Finance\tFailure to recruit\t16", seq=2)]
    first, second = extract_tables("abc123abc123", paras)
    assert second.headers == ["Service", "Risk name", "Score"]
    assert second.id == "abc123abc123.t002"


def test_label_column_by_header_then_by_words():
    body = [["C", "Finance", "RM1", "Failure to meet savings", "20"]]
    assert label_column(["", "Service", "Risk number", "Risk name", "Score"], body) == 3
    assert label_column([], [["8.325", "(0.312)", "Business Development", "7.611"]]) == 2
    assert label_column([], [["1C(1A)", "The proportion of people", "90.9"]]) == 1


@pytest.mark.parametrize("cell, expected", [
    ("1,234", True), ("(35,643)", True), ("-0.471", True), ("8.4%", True), ("2.185 (one-off)", True),
    ("86.3% 334 / 387", True), ("2016/17", False), ("2024", False), ("RM13926", False), ("N/A", False),
    ("31/03/2018", False), ("", False),
])
def test_is_number(cell, expected):
    assert is_number(cell) is expected
