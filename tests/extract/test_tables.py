"""Tables: header rows, body rows, label column and scale, on small literal tables."""
import pytest

from indexer.extract.tables import (
    extract_tables,
    flat_cells,
    is_key_value,
    is_number,
    label_column,
    scale_of,
    table_rows,
)
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


def test_sub_heading_rows_keep_the_table_whole_and_stay_out_of_the_body():
    t = table("Budget £ 000\tDepartment\tActual £ 000\n"
              "\tASCH Committee\n"
              "(35,643)\tStrategic Commissioning\t(16,944)\n"
              "\tASCH Reserves\n"
              "(12,158)\tRevenue Reserves\t-")
    assert t.headers == ["Budget £ 000", "Department", "Actual £ 000"]
    assert t.rows == [["(35,643)", "Strategic Commissioning", "(16,944)"], ["(12,158)", "Revenue Reserves", "-"]]
    assert t.scale == 1000.0


def test_one_cell_row_between_header_rows_is_part_of_the_header():
    t = table("Summary\t2016/17\t2017/18\n\tCurrent Budget\tDraft Budget\nScheme Name\n\t£m\t£m\n"
              "Elm Road Community Hub\t0.800\t0.000")
    assert t.headers == ["Summary Scheme Name", "2016/17 Current Budget £m", "2017/18 Draft Budget £m"]
    assert t.rows == [["Elm Road Community Hub", "0.800", "0.000"]]


def test_a_row_of_units_joins_the_header_and_group_rows_are_skipped():
    t = table("Summary\tBudget\tOutturn\tVariance\t\tVariance at Period 10\n"
              "\t£m\t£m\t£m\t%\t£m\n"
              "Services to users\n"
              "Purchase of Care\n"
              "Older People\t103.677\t111.914\t8.328\t7.95%\t8.625")
    assert t.headers == ["Summary", "Budget £m", "Outturn £m", "Variance £m", "%", "Variance at Period 10 £m"]
    assert t.rows == [["Older People", "103.677", "111.914", "8.328", "7.95%", "8.625"]]
    assert t.scale == 1e6


def test_a_table_of_words_takes_its_rows_of_years_into_the_header():
    t = table("Scheme\tFunding\tFunding\n\t2016/17\t2017/18\nElm Road\tCapital grant\tBorrowing")
    assert t.headers == ["Scheme", "Funding 2016/17", "Funding 2017/18"]
    assert t.rows == [["Elm Road", "Capital grant", "Borrowing"]]


def test_rows_without_label_or_figures_are_dropped():
    t = table("Area\tBudget £m\tOutturn £m\nOlder People\t1.000\t2.000\n\t-\t-\n–\t\t–\n\t£m\t%\n"
              "Mental Health\t3.000\t4.000")
    assert t.rows == [["Older People", "1.000", "2.000"], ["Mental Health", "3.000", "4.000"]]


def test_key_value_cover_is_not_a_table():
    paras = [para("Adult Social Care Committee\nItem No 9.\nReport title:\tFinance Outturn Report\n"
                  "Date of meeting:\t19 June 2017\nResponsible Director\tJames Bullion")]
    assert extract_tables("abc123abc123", paras) == []
    assert is_key_value([["Report title:", "Risk"], ["Date of meeting:", "19 June 2017"]])
    assert not is_key_value([["Budget:", "2.5"], ["Outturn:", "3.1"]])
    assert not is_key_value([["Officer Name:", "Tel No:", "Email address:"], ["Jo Bloggs", "01603 223960", "jo@x"]])


@pytest.mark.parametrize("text, label", [
    # a county's record of decision: the provider names the row, not the area it serves
    ("Provider\tArea\tContract End Date\tContract value per Annum\nHarbour House\tDover\t31/03/2026\t£120,000.00", 0),
    # a US city's contract list
    ("Department\tVendor\tAmount\nPublic Works\tPacific Paving Inc\t$12,500.00", 1),
])
def test_label_column_prefers_payee_provider_and_vendor_headers(text, label):
    t = table(text)
    assert label_column(t.headers, t.rows) == label


@pytest.mark.parametrize("text", [
    # a district's budget table broken over two pages: footer, then the header printed again
    "Service\tBudget £000\tActual £000\nParks\t120\t118\nPage 3 of 12\nService\tBudget £000\tActual £000\n"
    "Museums\t80\t91",
    # a US city's table with its header repeated on the next page and no footer
    "Department\tAdopted\tRevised\nParks\t$120,000\t$118,000\nDepartment\tAdopted\tRevised\n"
    "Museums\t$80,000\t$91,000",
])
def test_a_table_over_a_page_break_is_one_table_without_its_repeated_header(text):
    t = table(text)
    assert [r[0] for r in t.rows] == ["Parks", "Museums"]
