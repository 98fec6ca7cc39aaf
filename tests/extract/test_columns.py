"""Columns: cells put back under their headers where the tabs do not line them up."""
import pytest

from indexer.extract.columns import is_ragged, merge_unit_cells, place_over_figures, snap
from indexer.extract.figures import extract_figures
from indexer.extract.tables import extract_tables
from models.domain import Paragraph


def para(text, seq=1, section=None):
    return Paragraph(id=f"abc123abc123.p{seq:04d}", document_id="abc123abc123", seq=seq, text=text,
                     start=0, end=len(text), part="report", section=section)


def rows(text):
    return [line.split("\t") for line in text.splitlines()]


def test_unit_cells_join_the_header_before_them():
    # a county's pack: units stacked under each heading came out as cells of their own
    assert merge_unit_cells(["Budget 2017/18", "£m", "Forecast", "@P4", "£m", "Variance £m"], 4) == \
        ["Budget 2017/18 £m", "", "Forecast @P4 £m", "", "", "Variance £m"]
    # a US city: dollar signs as cells
    assert merge_unit_cells(["Adopted", "$", "Revised", "$"], 3) == ["Adopted $", "", "Revised $", ""]
    assert merge_unit_cells(["Area", "£m", "£m"], 3) == ["Area", "£m", "£m"]  # as many cells as columns


def test_a_header_over_the_figures_only_is_placed_over_them():
    body = rows("Staff Costs\t\t\t\t3,508\t\t5,356")
    assert place_over_figures([["31/3/2015", "31/3/2016"], ["£", "", "£"]], body) == [
        ["", "", "", "", "31/3/2015", "", "31/3/2016"], ["", "", "", "", "£", "", "£"]]
    # the label column's header printed at the start of the first figure column's
    assert place_over_figures([["Service Area Budget £m", "Actual £m"]], [["Libraries", "1.0", "2.0"]]) == [
        ["Service Area", "Budget £m", "Actual £m"]]


def test_a_header_that_names_the_labels_stays_where_it_is():
    header = ["Summary", "Budget", "Outturn", "", "Variance"]
    assert place_over_figures([header], [["Older People", "1.0", "2.0", "3%", "4.0"]]) == [header]


LEDGER = ("\tDate\t\tPayee\t\tNet\t\tVAT\n"
          "\t01/05/2024\t\t\tAcme Mowers\t\t120.00\t\t\t24.00\n"
          "\t\t02/05/2024\t\tParish Clerk\t\t\t300.00\t\t0.00\n")


def test_drifting_cells_snap_to_the_nearest_header_of_their_kind():
    header, *body = rows(LEDGER)
    assert is_ragged(header, body)
    assert snap(header, body) == (["Date", "Payee", "Net", "VAT"], [
        ["01/05/2024", "Acme Mowers", "120.00", "24.00"], ["02/05/2024", "Parish Clerk", "300.00", "0.00"]])


def test_an_aligned_table_is_not_ragged():
    header, *body = rows("Area\tBudget\tActual\nRoads\t1.0\t2.0\nParks\t3.0\t4.0")
    assert not is_ragged(header, body)


def test_a_row_below_an_explanation_keeps_the_headers_of_its_table():
    paras = [para("31/3/2015\t31/3/2016\n£\t\t£\nSection 4 Staff Costs\t\t\t\t\t3,508\t\t5,356", 1, "Variances"),
             para("The variance is explained by PAYE arrears.", 2, "Variances"),
             para("Section 6 All Other Payments\t\t\t\t13,342\t\t11,603", 3, "Variances")]
    tables = extract_tables("abc123abc123", paras)
    figs = extract_figures(tables, paras)
    assert [(f.label, f.column, f.value, f.unit, f.period) for f in figs if f.table_id] == [
        ("Section 4 Staff Costs", "31/3/2015", 3508.0, "GBP", "31/3/2015"),
        ("Section 4 Staff Costs", "31/3/2016", 5356.0, "GBP", "31/3/2016"),
        ("Section 6 All Other Payments", "31/3/2015", 13342.0, "GBP", "31/3/2015"),
        ("Section 6 All Other Payments", "31/3/2016", 11603.0, "GBP", "31/3/2016")]


def test_a_lone_row_in_another_section_is_no_continuation():
    paras = [para("Area\tBudget £m\nRoads\t1.0\nParks\t2.0", 1, "Finance"),
             para("Staffing costs rose.", 2, "Staffing"), para("Staff\t4", 3, "Staffing")]
    assert len(extract_tables("abc123abc123", paras)) == 1


@pytest.mark.parametrize("texts, expected", [
    # an English parish's variance explanation: dates and units each a paragraph above the row
    (["31/3/2015\t31/3/2016", "£\t\t£", "Section 4 Staff Costs\t\t\t\t\t3,508\t\t5,356"],
     [("31/3/2015", 3508.0, "GBP"), ("31/3/2016", 5356.0, "GBP")]),
    # a US city's budget summary
    (["\tFY 2022 Actual\tFY 2023 Adopted", "Police\t$1,200,400\t$1,350,000"],
     [("FY 2022 Actual", 1200400.0, "USD"), ("FY 2023 Adopted", 1350000.0, "USD")]),
])
def test_header_rows_a_paragraph_apart_from_their_rows(texts, expected):
    paras = [para(t, seq) for seq, t in enumerate(texts, 1)]
    tables = extract_tables("abc123abc123", paras)
    assert [t.paragraph_id for t in tables] == [paras[-1].id]
    assert [(f.column, f.value, f.unit) for f in extract_figures(tables, paras)] == expected
