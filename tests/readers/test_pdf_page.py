"""A ruled table's cells wrapped onto a row of their own, joined back to their row (corpus.pdf_page)."""
from corpus.pdf_page import merge_continuation_rows


def test_an_english_parish_payments_list():
    rows = [["Power", "Date", "Payee", "Description", "Chq #", "Total"],
            ["4", "11/08/2019", "MC", "Audit", "400367", "144.00"],
            ["", "", "McCash", "", "", ""],
            ["4", "11/09/2019", "HAPTC", "Member", "", "50.00"],
            ["", "", "", "Training", "", ""],
            ["1", "11/09/2019", "Coopers", "Grass cutting", "", "1228.80"]]
    assert merge_continuation_rows(rows) == [
        ["Power", "Date", "Payee", "Description", "Chq #", "Total"],
        ["4", "11/08/2019", "MC McCash", "Audit", "400367", "144.00"],
        ["4", "11/09/2019", "HAPTC", "Member Training", "", "50.00"],
        ["1", "11/09/2019", "Coopers", "Grass cutting", "", "1228.80"]]


def test_a_us_warrant_register_with_a_vendor_name_wrapped():
    rows = [["Check", "Vendor", "Description", "Amount"],
            ["10234", "Southern California", "Electricity, City", "$1,204.50"],
            ["", "Edison", "Hall", ""]]
    assert merge_continuation_rows(rows)[1] == ["10234", "Southern California Edison", "Electricity, City Hall",
                                                "$1,204.50"]


def test_rows_of_their_own_stay():
    rows = [["Heading", "Budget", "Forecast", "Variance"],
            ["Highways", "", "", ""],  # a row heading in the first column
            ["Repairs", "100", "120", "20"],
            ["", "", "130", ""],  # a figure is never a continuation
            ["", "", "", "note"],  # the row above leaves that cell empty
            ["Total", "100", "250", "20"]]
    assert merge_continuation_rows(rows) == rows
