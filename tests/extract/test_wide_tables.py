"""Tables and figures over a small invented pack in the spirit of the wide corpus: a parish's payments
annex and invoices, a community council's balances, a county's flattened monitoring tables over a
page break, a record of decision's contract table, a parish's variance explanation, a US agenda's
warrants and budget. Paragraphs are built directly, one per block as a segmenter would give them
(and the flattened rows a paragraph a line, as PDFs often come)."""
from indexer.extract.figures import extract_figures
from indexer.extract.tables import extract_tables
from models.domain import Paragraph

PACK = [
    # an English parish's payments annexed to its minutes (tabs as gaps)
    ("PAYMENTS OCTOBER 2022",
     "\tDate\t\t\tPayee\t\t\tDescription\t\tChq #\t\tTotal\t\tNet\t\tVAT\n"
     "\t04/10/2022\t\t\tGH\t\tHedge cutting\t\t\t200811\t\t240.00\t\t200.00\t\t40.00\n"
     "\t\t\t\tGreen Hedges Ltd\n"
     "\t\t04/10/2022\t\t\tHMRC\t\t\tPAYE, NIC\t\t\t\t\t180.20\t\t180.20\t\t0.00\n"
     "\t\t\t\t\t\t\t\t\t\t\t0.00\t\t0.00\n"),
    ("PAYMENTS OCTOBER 2022", "420.20 380.20 40.00"),
    # a Dales parish's invoices in a minute
    (None, "12. Invoices\nThe invoices were tabled and authorised for payment:\n"
           "\uf0b7 P Dawson (strimmer line) - £18.00 (including VAT of £3.00)\n\uf0b7 Village Hall - £60.00"),
    # a Scottish community council's treasurer's report
    (None, "The Treasurer’s Account stood at £912.40, and the Project Account’s balance was £2,045.10."),
    # a county's monitoring report, flattened, one line a paragraph, over a page break
    (None, "All figures in £m"),
    (None, "Directorate Revenue Revenue Revenue %"),
    (None, "Page 7 of 60 Budget Forecast Variance Variance"),
    (None, "Adults & Communities 412.5 430.1 +17.6 +4.3%"),
    (None, "Place & Economy 150.2 147.9 -2.3 -1.5%"),
    (None, "Page 8 of 60"),
    (None, "Overall Position 562.7 578.0 + 15.3 +2.7%"),
    (None, "The overall position is an overspend of £15.3m."),
    # the same report's reserves, three header lines with dates
    (None, "All figures in £m"),
    (None, "Opening Forecast Projected"),
    (None, "Balance Contribution Balance"),
    (None, "01/04/24 / Drawdown 31/03/25"),
    (None, "General Reserve -38.0 6.5 -31.5"),
    (None, "Smoothing Reserve -120.4 10.2 -110.2"),
    # a record of decision
    ("Financial Implications", "Provider\tArea\tContract End Date\tContract value per Annum\n"
                               "Harbour House\tDover\t31/03/2026\t£118,250.50\nTotals\t\t\t£118,250.50"),
    # a parish's explanation of variances
    ("Variances", "31/3/2022\t31/3/2023\n£\t\t£\nBox 4 Staff Costs\t\t\t\t\t4,210\t\t6,020"),
    ("Variances", "The variance is explained by a new clerk's contract."),
    ("Variances", "Box 6 Other Payments\t\t\t\t12,880\t\t10,415"),
    # a US city's agenda
    ("CONSENT CALENDAR", "Approve Warrant Register No. 14 totaling $612,904.33."),
    ("Budget Summary", "Fund\tFY 2022-23 Adopted ($)\tFY 2022-23 Revised ($)\nGeneral Fund\t18,400,000\t18,950,000"),
]


def pack():
    return [Paragraph(id=f"00000000wide.p{n:04d}", document_id="00000000wide", seq=n, text=text, start=0,
                      end=len(text), part="minutes", section=section) for n, (section, text) in enumerate(PACK, 1)]


def found():
    paras = pack()
    tables = extract_tables("00000000wide", paras)
    return tables, extract_figures(tables, paras)


def cell(figs, label, column):
    (f,) = [f for f in figs if f.label == label and f.column == column]
    return f.text, f.value, f.unit, f.period


def test_payments_annex():
    _, figs = found()
    assert cell(figs, "GH Green Hedges Ltd", "Total") == ("240.00", 240.0, "GBP", "OCTOBER 2022")
    assert cell(figs, "HMRC", "Net") == ("180.20", 180.2, "GBP", "OCTOBER 2022")
    assert cell(figs, "Total", "VAT") == ("40.00", 40.0, "GBP", "OCTOBER 2022")
    assert not [f for f in figs if f.column == "Chq #"]


def test_invoices_and_balances():
    _, figs = found()
    assert cell(figs, "P Dawson", "Amount")[:3] == ("£18.00", 18.0, "GBP")
    assert cell(figs, "P Dawson", "VAT")[:3] == ("£3.00", 3.0, "GBP")
    assert [(f.label, f.value) for f in figs if f.paragraph_id == "00000000wide.p0004"] == [
        ("Treasurer’s Account", 912.4), ("Project Account’s balance", 2045.1)]


def test_county_tables_over_a_page_break():
    tables, figs = found()
    assert cell(figs, "Adults & Communities", "Revenue Variance") == ("+17.6", 17.6e6, "GBP", None)
    assert cell(figs, "Place & Economy", "% Variance") == ("-1.5%", -1.5, "%", None)
    assert cell(figs, "Overall Position", "Revenue Variance")[:2] == ("+ 15.3", 15.3e6)
    assert cell(figs, "General Reserve", "Opening Balance 01/04/24") == ("-38.0", -38e6, "GBP", "01/04/24")
    assert cell(figs, "Smoothing Reserve", "Forecast Contribution / Drawdown")[:2] == ("10.2", 10.2e6)
    assert cell(figs, "Smoothing Reserve", "Projected Balance 31/03/25")[3] == "31/03/25"
    assert not any("Page" in h for t in tables for h in t.headers)
    # each row cites its own paragraph
    assert {f.paragraph_id for f in figs if f.label == "Overall Position"} == {"00000000wide.p0011"}


def test_contract_table_and_variances():
    _, figs = found()
    assert cell(figs, "Harbour House", "Contract value per Annum")[:3] == ("£118,250.50", 118250.5, "GBP")
    assert cell(figs, "Totals", "Contract value per Annum")[:2] == ("£118,250.50", 118250.5)
    assert cell(figs, "Box 4 Staff Costs", "31/3/2023") == ("6,020", 6020.0, "GBP", "31/3/2023")
    assert cell(figs, "Box 6 Other Payments", "31/3/2022") == ("12,880", 12880.0, "GBP", "31/3/2022")


def test_us_agenda_in_dollars():
    _, figs = found()
    (warrant,) = [f for f in figs if f.paragraph_id == "00000000wide.p0023"]
    assert (warrant.label, warrant.value, warrant.unit) == ("Warrant Register No 14", 612904.33, "USD")
    assert cell(figs, "General Fund", "FY 2022-23 Revised") == ("18,950,000", 18950000.0, "USD", "FY 2022-23")


def test_no_table_from_prose():
    tables, _ = found()
    table_paragraphs = {t.paragraph_id[-2:] for t in tables}
    assert not table_paragraphs & {"04", "05", "06", "07", "10", "12", "13", "14", "15", "16", "21", "23"}
