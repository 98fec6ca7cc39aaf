"""Payments and invoice lists, as tables and as lines, in the styles of several councils (invented)."""
import pytest

from indexer.extract.figures import extract_figures
from indexer.extract.payments import payment_line, payment_rows, totals_row
from indexer.extract.tables import extract_tables
from models.domain import Paragraph


def para(text, seq=1, section=None, part="minutes"):
    return Paragraph(id=f"abc123abc123.p{seq:04d}", document_id="abc123abc123", seq=seq, text=text,
                     start=0, end=len(text), part=part, section=section)


def extract(*paras):
    paras = list(paras)
    tables = extract_tables("abc123abc123", paras)
    return tables, extract_figures(tables, paras)


# An English parish's ledger annexed to its minutes: tabs as gaps, a payee wrapped onto the next row,
# a description wrapped too, blank rows of 0.00, the totals printed below with no label.
PARISH_LEDGER = (
    "\tDate\t\t\tPayee\t\t\tDescription\t\tChq #\t\tTotal\t\tNet\t\tVAT\n"
    "\t03/06/2023\t\t\tAB\t\tMowing\t\t\t100412\t\t180.00\t\t150.00\t\t30.00\n"
    "\t\t\t\tAbbey Mowers\n"
    "\t\t03/06/2023\t\t\tParish Clerk\t\t\tSalary\t\t\t\t\t612.40\t\t612.40\t\t0.00\n"
    "\t03/06/2023\t\t\tCounty Assoc\t\tCouncillor\t\t\t100413\t\t45.00\t\t45.00\t\t0.00\n"
    "\t\t\t\t\t\t\t\tTraining\n"
    "\t\t\t\t\t\t\t\t\t\t\t0.00\t\t0.00\n"
    "\t\t\t\t\t\t\t\t\t\t\t0.00\t\t0.00\n")


def test_a_parish_ledger_with_wrapped_payees_filler_and_totals():
    tables, figs = extract(para(PARISH_LEDGER, 1, section="JUNE 2023"), para("837.40 807.40 30.00", 2))
    (t,) = tables
    assert t.headers == ["Date", "Payee", "Description", "Chq #", "Total", "Net", "VAT"]
    assert [r[1] for r in t.rows] == ["AB Abbey Mowers", "Parish Clerk", "County Assoc", "Total"]
    assert t.rows[2][2] == "Councillor Training"
    assert [(f.label, f.column, f.value, f.unit, f.period) for f in figs if f.label == "AB Abbey Mowers"] == [
        ("AB Abbey Mowers", "Total", 180.0, "GBP", "JUNE 2023"), ("AB Abbey Mowers", "Net", 150.0, "GBP", "JUNE 2023"),
        ("AB Abbey Mowers", "VAT", 30.0, "GBP", "JUNE 2023")]  # the cheque number is no figure
    assert [(f.column, f.text) for f in figs if f.label == "Total"] == [
        ("Total", "837.40"), ("Net", "807.40"), ("VAT", "30.00")]


def test_a_us_warrant_register_in_dollars():
    # a US city's register of demands: vendor, check number, amount in dollars
    text = ("Vendor\tCheck No.\tDescription\tAmount\n"
            "Pacific Paving Inc\t10452\tStreet resurfacing\t$12,500.00\n"
            "Valley Water District\t10453\tWater service\t$1,204.17\n"
            "Total\t\t\t$13,704.17")
    _, figs = extract(para(text))
    assert [(f.label, f.column, f.value, f.unit) for f in figs] == [
        ("Pacific Paving Inc", "Amount", 12500.0, "USD"), ("Valley Water District", "Amount", 1204.17, "USD"),
        ("Total", "Amount", 13704.17, "USD")]


@pytest.mark.parametrize("line, payment", [
    # cells set apart by wide gaps (a Cumbrian parish)
    ("Hill & Dale Joinery      Oak for bench\t\t\t   £   52.00",
     {"Payee": "Hill & Dale Joinery", "Description": "Oak for bench", "Amount": "£   52.00"}),
    # payee, what it was for in brackets, amount, VAT (a Yorkshire Dales parish)
    ("\uf0b7 R Smith (fuel for mower) - £48.10 (including VAT of £8.02)",
     {"Payee": "R Smith", "Description": "fuel for mower", "Amount": "£48.10", "VAT": "£8.02"}),
    ("• Village Hall Trust – hall hire – £35.00",
     {"Payee": "Village Hall Trust", "Description": "hall hire", "Amount": "£35.00"}),
    ("Chq 100234  Came & Co  Insurance renewal  £1,234.56 (VAT £0.00)",
     {"Ref": "Chq 100234", "Payee": "Came & Co", "Description": "Insurance renewal", "Amount": "£1,234.56",
      "VAT": "£0.00"}),
    ("12/08/2024  Zeta Office Supplies  Paper  $58.10",
     {"Date": "12/08/2024", "Payee": "Zeta Office Supplies", "Description": "Paper", "Amount": "$58.10"}),
    ("Clerk's salary: €812.40", {"Payee": "Clerk's salary", "Amount": "€812.40"}),
])
def test_payment_lines(line, payment):
    assert payment_line(line) == payment


@pytest.mark.parametrize("line", [
    "RESOLVED: That the rent for the quarry should remain at £5.00 per annum.",
    "Overall, the budget stands at - £5,000.",
    "The Clerk confirmed that there is £1,114.71 left in the account.",
    "(cheque payable to the Village Hall)",
    "The precept was set at £12,000.",
    "Special Schools\t£23,010\t£24,118\t£25,902",  # a row of costs by year, not one payment
])
def test_sentences_with_a_sum_are_no_payments(line):
    assert payment_line(line) is None


def test_payment_rows_take_the_headers_their_lines_use():
    assert payment_rows(["A Jones - £10.00", "B Brown (stamps) - £6.60"]) == (
        ["Payee", "Description", "Amount"], [["A Jones", "", "£10.00"], ["B Brown", "stamps", "£6.60"]])
    assert payment_rows(["A Jones - £10.00", "The meeting closed at 9pm."]) is None


def test_an_invoice_list_under_an_introduction():
    text = ("The invoices were tabled and authorised for payment:\n"
            "\uf0b7 R Smith (fuel for mower) - £48.10 (including VAT of £8.02)\n"
            "\uf0b7 Parish Caretaker - £870.00")
    tables, figs = extract(para(text))
    (t,) = tables
    assert t.caption == "The invoices were tabled and authorised for payment"
    assert t.headers == ["Payee", "Description", "Amount", "VAT"]
    assert [(f.label, f.column, f.value, f.unit) for f in figs] == [
        ("R Smith", "Amount", 48.1, "GBP"), ("R Smith", "VAT", 8.02, "GBP"), ("Parish Caretaker", "Amount", 870.0, "GBP")]


def test_one_payment_per_paragraph_with_notes_between():
    paras = [para("Invoices received :-", 1), para("Hill & Dale Joinery      Oak for bench\t\t\t   £   52.00", 2),
             para("(cheque made payable to the joiner)", 3), para("Eden Print\t    Newsletter       £ 105.00", 4),
             para("The Councillors resolved to pay all of the above.", 5)]
    tables, figs = extract(*paras)
    assert [(t.paragraph_id, t.caption) for t in tables] == [
        ("abc123abc123.p0002", "Invoices received"), ("abc123abc123.p0004", "Invoices received")]
    assert [(f.label, f.value, f.paragraph_id) for f in figs] == [
        ("Hill & Dale Joinery", 52.0, "abc123abc123.p0002"), ("Eden Print", 105.0, "abc123abc123.p0004")]


def test_a_lone_payment_line_in_prose_is_no_table():
    tables, _ = extract(para("The Council agreed the new policy.", 1), para("Clerk's salary: £812.40", 2),
                        para("The meeting closed at 9pm.", 3))
    assert tables == []


def test_totals_row_puts_figures_under_the_money_columns():
    rows = [["Acme", "100301", "10.00", "2.00"], ["Bloggs", "100302", "20.00", "4.00"]]
    assert totals_row("30.00 6.00", rows, 0) == ["Total", "", "30.00", "6.00"]
    assert totals_row("Total 30.00", rows, 0) is None


def test_payments_a_segmenter_put_in_one_paragraph_under_their_introduction():
    # the introduction kept as the paragraph's section, two payments' lines in one paragraph with tabs,
    # a third payment a paragraph of its own below
    paras = [para("Hill & Dale Joinery      Oak for bench\t\t\t   £   52.00\n"
                  "Eden Print\t    Newsletter       £ 105.00", 1, section="Invoices received  :-"),
             para("Marsh Fixings              £  20.00", 2)]
    tables, figs = extract(*paras)
    assert [(t.caption, t.headers) for t in tables] == [
        ("Invoices received", ["Payee", "Description", "Amount"]), ("Invoices received", ["Payee", "Amount"])]
    assert [(f.label, f.value) for f in figs] == [("Hill & Dale Joinery", 52.0), ("Eden Print", 105.0),
                                                 ("Marsh Fixings", 20.0)]
