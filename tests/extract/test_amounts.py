"""Amounts: currencies, signs, scales and header units, on literal cells and headers."""
import pytest

from indexer.extract.amounts import (
    PROSE_MONEY_RE,
    Amount,
    column_name,
    currency_of,
    document_currency,
    is_figure,
    read_cell,
    read_money,
    scale_of,
)


@pytest.mark.parametrize("cell, amount", [
    ("1,234", Amount(1234.0, "")), ("(35,643)", Amount(-35643.0, "")), ("-43.0", Amount(-43.0, "")),
    ("+35.4", Amount(35.4, "")), ("+ 23.3", Amount(23.3, "")), ("– 0.8", Amount(-0.8, "")),
    ("-107.5%", Amount(-107.5, "%")), ("+6.0%", Amount(6.0, "%")),
    ("£222,127.44", Amount(222127.44, "GBP")), ("£ 48.00", Amount(48.0, "GBP")), ("-£1.2m", Amount(-1.2e6, "GBP")),
    ("$49,466.72", Amount(49466.72, "USD")), ("US$5,000", Amount(5000.0, "USD")), ("USD 1,000", Amount(1000.0, "USD")),
    ("$85K", Amount(85000.0, "USD")), ("$1.2 million", Amount(1.2e6, "USD")), ("($2,500)", Amount(-2500.0, "USD")),
    ("€5,000", Amount(5000.0, "EUR")), ("EUR 2,000.50", Amount(2000.5, "EUR")),
])
def test_read_cell_keeps_sign_scale_word_and_currency(cell, amount):
    assert read_cell(cell) == amount


@pytest.mark.parametrize("cell", ["2016/17", "2024", "31/03/2025", "RM13926", "N/A", "-", "", "Q3"])
def test_years_dates_codes_and_dashes_are_no_figures(cell):
    assert not is_figure(cell) and read_cell(cell) is None


@pytest.mark.parametrize("text, currency", [
    ("Amount ($)", "USD"), ("Cost US$", "USD"), ("All figures in £m", "GBP"), ("Grant €", "EUR"),
    ("Budget EUR", "EUR"), ("Total USD", "USD"), ("Budget 2024", None), (None, None),
])
def test_currency_of_a_header_or_caption(text, currency):
    assert currency_of(text) == currency


@pytest.mark.parametrize("text, scale", [
    ("All figures in £m", 1e6), ("$ in millions", 1e6), ("(€m)", 1e6), ("Budget ($000s)", 1000.0),
    ("Amounts in thousands", 1000.0), ("£'000", 1000.0), ("USD 000", 1000.0), ("Amount ($)", 1.0),
])
def test_scale_in_any_currency(text, scale):
    assert scale_of(text) == scale


@pytest.mark.parametrize("header, name", [
    ("Budget 2017/18 £m", "Budget 2017/18"), ("Final Budget £ 000", "Final Budget"), ("Amount ($)", "Amount"),
    ("Cost (£000s)", "Cost"), ("Grant € in thousands", "Grant"), ("Total USD", "Total"),
    ("Variance %", "Variance %"), ("% Variance", "% Variance"), ("Var as a % of budget", "Var as a % of budget"),
    ("£m", None), ("", None), ("Opening Balance 01/04/24", "Opening Balance 01/04/24"),
])
def test_column_name_drops_the_money_unit_only(header, name):
    assert column_name(header) == name


@pytest.mark.parametrize("text, printed, amount", [
    ("an overspend of £9.629m;", "£9.629m", Amount(9.629e6, "GBP")),
    ("the release of (£6.557m) of funding", "(£6.557m)", Amount(-6.557e6, "GBP")),
    ("Warrants in the amount of $1,039,372.07", "$1,039,372.07", Amount(1039372.07, "USD")),
    ("a budget of US$5,000 for signs", "US$5,000", Amount(5000.0, "USD")),
    ("increasing the sum by $1.2 million", "$1.2 million", Amount(1.2e6, "USD")),
    ("a $85K study", "$85K", Amount(85000.0, "USD")),
    ("a grant of €5,000 from the fund", "€5,000", Amount(5000.0, "EUR")),
    ("EUR 2,000 was paid", "EUR 2,000", Amount(2000.0, "EUR")),
    ("a levy of 300 euros", "300 euros", Amount(300.0, "EUR")),
    ("overspends in Highways (+£6.3m) and", "(+£6.3m)", Amount(6.3e6, "GBP")),
    ("underspends in Libraries (-£1.2m) and", "(-£1.2m)", Amount(-1.2e6, "GBP")),
])
def test_money_in_sentences(text, printed, amount):
    m = PROSE_MONEY_RE.search(text)
    assert m.group(0).strip() == printed and read_money(m) == amount


def test_a_year_before_a_currency_word_is_no_amount():
    assert PROSE_MONEY_RE.search("prices in 2019 dollars") is None


def test_document_currency_is_the_one_the_paper_writes_most():
    assert document_currency(["Award of $33,600.00 and $85,000", "a £5 fee"]) == "USD"
    assert document_currency(["A grant of €5,000."]) == "EUR"
    assert document_currency(["No money here."]) == "GBP"
