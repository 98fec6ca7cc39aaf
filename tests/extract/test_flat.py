"""Flattened PDF tables: header lines split per column, page footers, wrapped labels, rows by paragraph."""
import pytest

from indexer.extract.figures import extract_figures
from indexer.extract.flat import classify, flat_cells, split_header
from indexer.extract.tables import extract_tables
from models.domain import Paragraph


def para(text, seq=1, section=None, number=None):
    return Paragraph(id=f"abc123abc123.p{seq:04d}", document_id="abc123abc123", seq=seq, text=text,
                     start=0, end=len(text), part="report", section=section, number=number)


def paragraphs(*texts):
    return [para(t, seq) for seq, t in enumerate(texts, 1)]


def tables_and_figures(paras):
    tables = extract_tables("abc123abc123", paras)
    return tables, extract_figures(tables, paras)


# A county's monitoring report: a two-line header, the page footer run into its second line,
# the rows after the page break, signed figures, another footer between rows.
COUNTY = ("All figures in £m",
          "Division Revenue Revenue Revenue %",
          "Page 4 of 40 Budget Forecast Variance Variance",
          "Highways & Transport 210.4 215.0 +4.6 +2.2%",
          "Libraries, Arts & Archives 12.0 11.1 -0.9 -7.5%",
          "Corporate Budgets -3.0 0.5 + 3.5 -116.7%",
          "Page 5 of 40",
          "Total 219.4 226.6 +7.2 +3.3%")


@pytest.mark.parametrize("split", [False, True])
def test_a_county_table_as_one_paragraph_or_a_paragraph_a_line(split):
    paras = paragraphs(*COUNTY) if split else [para("\n".join(COUNTY))]
    tables, figs = tables_and_figures(paras)
    assert {tuple(t.headers) for t in tables} == {
        ("Division", "Revenue Budget", "Revenue Forecast", "Revenue Variance", "% Variance")}
    assert all(t.caption == "All figures in £m" and t.scale == 1e6 for t in tables)
    assert [r[0] for t in tables for r in t.rows] == [
        "Highways & Transport", "Libraries, Arts & Archives", "Corporate Budgets", "Total"]
    assert [(f.column, f.text, f.value, f.unit) for f in figs if f.label == "Corporate Budgets"] == [
        ("Revenue Budget", "-3.0", -3e6, "GBP"), ("Revenue Forecast", "0.5", 0.5e6, "GBP"),
        ("Revenue Variance", "+ 3.5", 3.5e6, "GBP"), ("% Variance", "-116.7%", -116.7, "%")]
    if split:  # a Table per paragraph of rows, each citing its own paragraph
        assert [t.paragraph_id[-2:] for t in tables] == ["04", "05", "06", "08"]
        assert len({f.paragraph_id for f in figs}) == 4


# A district's budget book: one header line whose columns end in their units, a header repeated
# after the page break, a label wrapped around its figures, a total printed without its label.
DISTRICT = ("Service Budget 2024/25 £000 Actual £000 Variance £000",
            "Waste Collection 4,120 4,388 268",
            "Planning, Building &",
            "1,950 1,802 (148)",
            "Control",
            "Service Budget 2024/25 £000 Actual £000 Variance £000",
            "Leisure Centres (including",
            "2,400 2,515 115",
            "Swimming Pools)",
            "8,470 8,705 235")


def test_a_district_table_with_unit_headers_wrapped_labels_and_a_total():
    tables, figs = tables_and_figures(paragraphs(*DISTRICT))
    assert tables[0].headers == ["Service", "Budget 2024/25 £000", "Actual £000", "Variance £000"]
    assert [r for t in tables for r in t.rows] == [
        ["Waste Collection", "4,120", "4,388", "268"], ["Planning, Building & Control", "1,950", "1,802", "(148)"],
        ["Leisure Centres (including Swimming Pools)", "2,400", "2,515", "115"], ["Total", "8,470", "8,705", "235"]]
    assert [(f.label, f.column, f.value, f.period) for f in figs][:3] == [
        ("Waste Collection", "Budget 2024/25", 4.12e6, "2024/25"), ("Waste Collection", "Actual", 4.388e6, None),
        ("Waste Collection", "Variance", 0.268e6, None)]


@pytest.mark.parametrize("texts, rows", [
    # a county's reserves table: the label runs on below the row's figures
    (("Reserve Balance Drawdown Balance", "Total Earmarked Reserves -314.6 26.9 -287.7",
      "Total General Fund & -357.6 34.0 -323.6", "Earmarked Reserves", "Schools -58.6 1.0 -57.6"),
     [["Total Earmarked Reserves", "-314.6", "26.9", "-287.7"],
      ["Total General Fund & Earmarked Reserves", "-357.6", "34.0", "-323.6"], ["Schools", "-58.6", "1.0", "-57.6"]]),
    # a US city's budget, a label wrapped inside its parenthesis
    (("Department Budget Actual", "Public Works (including 1,200 1,150", "Streets)", "Library 300 310"),
     [["Public Works (including Streets)", "1,200", "1,150"], ["Library", "300", "310"]]),
])
def test_a_row_label_running_on_below_its_figures(texts, rows):
    tables, _ = tables_and_figures(paragraphs(*texts))
    assert [r for t in tables for r in t.rows] == rows


def test_a_row_whose_first_figure_was_read_as_a_paragraph_number():
    paras = [para("Area Budget Actual", 1), para("Parks 1.5 1.7", 2), para("Cemeteries &", 3),
             para("1.9", 4, number="2.1"), para("Crematoria", 5), para("Museums 0.4 0.5", 6)]
    tables, _ = tables_and_figures(paras)
    assert [r for t in tables for r in t.rows] == [["Parks", "1.5", "1.7"], ["Cemeteries & Crematoria", "2.1", "1.9"],
                                                   ["Museums", "0.4", "0.5"]]


@pytest.mark.parametrize("line, n, split", [
    ("Budget Forecast Variance", 3, ("", ["Budget", "Forecast", "Variance"])),
    ("Directorate Revenue Revenue Revenue %", 4, ("Directorate", ["Revenue", "Revenue", "Revenue", "%"])),
    ("Adopted FY 2023 Amended FY 2023", 2, ("", ["Adopted FY 2023", "Amended FY 2023"])),
    ("Service Budget £m Actual £m", 2, ("Service", ["Budget £m", "Actual £m"])),
    ("Budget 2024/25 £m Outturn £m", 2, ("", ["Budget 2024/25 £m", "Outturn £m"])),
    ("Adopted $ Revised $", 2, ("", ["Adopted $", "Revised $"])),
    ("All figures in £m", 4, None),
    ("01/04/24 / Drawdown 31/03/25", 3, ("", ["01/04/24", "/ Drawdown", "31/03/25"])),
    ("The table below shows the position", 3, None),
])
def test_split_header(line, n, split):
    assert split_header(line, n) == split


@pytest.mark.parametrize("line, kind", [
    ("Highways & Transport 210.4 215.0 +4.6 +2.2%", "row"),
    ("2,400 2,515 115", "figures"),
    ("Page 5 of 40", "footer"),
    ("Budget Forecast Variance", "text"),
    ("K. TENTATIVE AGENDA November 23, 2022", "text"),  # a US agenda's date, not a row
    ("The forecast assumes that savings of 19.1 will be delivered to the end of the financial year.", "prose"),
])
def test_classify(line, kind):
    assert classify(line).kind == kind


@pytest.mark.parametrize("line", [
    "The deficit has increased 103.4 29.5 due to pressures in",  # prose that a PDF ran into a row
    "Meeting ID: 895 9359 3580 and Passcode: 996267",
])
def test_prose_with_figures_is_no_row(line):
    assert classify(line).kind != "row"


def test_flat_cells_keep_a_plus_with_its_figure():
    assert flat_cells("Directorates Position 1,432.3 1,455.6 + 23.3 +1.6%") == [
        "Directorates Position", "1,432.3", "1,455.6", "+ 23.3", "+1.6%"]


def test_us_agenda_lines_with_dates_and_ids_make_no_table():
    paras = paragraphs("K. TENTATIVE AGENDA November 23, 2022", "L. ADJOURNMENT TO November 23, 2022",
                       "December 14, 2022 December 28, 2022 January 11, 2023")
    assert extract_tables("abc123abc123", paras) == []


def test_a_sub_heading_of_words_above_the_rows_is_no_header():
    # a sub-heading right above the first row names no column: no unit, year or column word
    tables, _ = tables_and_figures(paragraphs("Older People Services", "Home Care 12.1 13.0 0.9",
                                              "Day Care 3.2 3.0 -0.2"))
    assert {tuple(t.headers) for t in tables} == {()}


def test_lines_the_segmenter_took_for_headings_come_back_from_the_sections():
    # a short header line and the total row were taken for headings: they survive as `section`
    paras = [para("Budget Forecast Variance", 1, section="Revenue Revenue Revenue"),
             para("Parks & Open Spaces 10.5 11.0 +0.5", 2, section="Parks & Open Spaces 10.5 11.0 +0.5"),
             para("Libraries 4.0 3.8 -0.2", 3, section="Libraries 4.0 3.8 -0.2"),
             para("The service has an overspend of £0.3m.", 4, section="Total 14.5 14.8 +0.3")]
    tables, figs = tables_and_figures(paras)
    assert {tuple(t.headers) for t in tables} == {("", "Revenue Budget", "Revenue Forecast", "Revenue Variance")}
    assert all(t.caption is None for t in tables)  # a row taken for a heading is no caption
    assert [(f.label, f.column, f.text, f.paragraph_id[-2:]) for f in figs if f.label == "Total"] == [
        ("Total", "Revenue Budget", "14.5", "03"), ("Total", "Revenue Forecast", "14.8", "03"),
        ("Total", "Revenue Variance", "+0.3", "03")]  # cited with the table, not the prose below
    assert [(f.text, f.label) for f in figs if f.paragraph_id.endswith("04")] == [("£0.3m", "overspend")]
