"""Figures from tables and prose: values normalised, labels, columns and periods."""
import pytest

from indexer.extract.figures import extract_figures, label_at, period_of, prose_figures
from indexer.extract.tables import extract_tables
from models.domain import Paragraph


def para(text, seq=1, section=None):
    return Paragraph(id=f"abc123abc123.p{seq:04d}", document_id="abc123abc123", seq=seq, text=text,
                     start=0, end=len(text), part="report", section=section)


def figures_of(*paras):
    paras = list(paras)
    return extract_figures(extract_tables("abc123abc123", paras), paras)


def cells(figures):
    return [(f.label, f.column, f.text, f.value, f.unit, f.period) for f in figures]


def test_money_table_in_millions():
    figs = figures_of(para("Expenditure Area\tBudget 2016/17 £m\tVariance £m\tVariance %\n"
                           "Revised Net Expenditure\t250.392\t(1.091)\t-4.3%"))
    assert cells(figs) == [
        ("Revised Net Expenditure", "Budget 2016/17", "250.392", 250392000.0, "GBP", "2016/17"),
        ("Revised Net Expenditure", "Variance", "(1.091)", -1091000.0, "GBP", None),
        ("Revised Net Expenditure", "Variance %", "-4.3%", -4.3, "%", None),
    ]
    assert figs[0].table_id == "abc123abc123.t001" and figs[0].paragraph_id == "abc123abc123.p0001"


def test_money_table_in_thousands_with_label_in_the_middle():
    figs = figures_of(para("Previous Variance £ 000\tDepartment\tFinal Budget £ 000\tVar as a % of budget\n"
                           "(501)\tStrategic Commissioning\t(35,643)\t0.81%",
                           section="Summary Financial Position as at Period 3 2024/25"))
    assert cells(figs) == [
        ("Strategic Commissioning", "Previous Variance", "(501)", -501000.0, "GBP", "Period 3 2024/25"),
        ("Strategic Commissioning", "Final Budget", "(35,643)", -35643000.0, "GBP", "Period 3 2024/25"),
        ("Strategic Commissioning", "Var as a % of budget", "0.81%", 0.81, "%", "Period 3 2024/25"),
    ]


def test_performance_table_counts_and_percentages_with_month_periods():
    figs = figures_of(para("Measure\tMar 16\tMar 17\tTarget\n"
                           "Admissions per 100,000 population (65+ years)\t623\t633\t573\n"
                           "% people still at home\t90.7%\t94.2%\t90.0%"))
    assert cells(figs)[:3] == [
        ("Admissions per 100,000 population (65+ years)", "Mar 16", "623", 623.0, "count", "Mar 16"),
        ("Admissions per 100,000 population (65+ years)", "Mar 17", "633", 633.0, "count", "Mar 17"),
        ("Admissions per 100,000 population (65+ years)", "Target", "573", 573.0, "count", None),
    ]
    assert cells(figs)[4] == ("% people still at home", "Mar 17", "94.2%", 94.2, "%", "Mar 17")


def test_row_without_label_continues_the_row_above():
    figs = figures_of(para("Measure\tApr 16\n% in paid employment\t3.3%\n\t71 / 2127"))
    assert [f.label for f in figs] == ["% in paid employment"]  # '71 / 2127' is not one figure


@pytest.mark.parametrize("text, expected", [
    ("The forecast outturn at Period 10 for the 2016-17 Revenue Budget of an overspend of £9.629m;",
     [("£9.629m", 9629000.0, "GBP", "overspend", "Period 10")]),
    ("Savings of £30m are planned.", [("£30m", 30000000.0, "GBP", "Savings", None)]),
    ("The Budget announced £2bn additional funding for social care.",
     [("£2bn", 2e9, "GBP", "funding", None)]),
    ("A grant of £1,234 was paid.", [("£1,234", 1234.0, "GBP", "grant", None)]),
    ("Reviews were at 77.3% in June 2024.", [("77.3%", 77.3, "%", "Reviews", "June 2024")]),
    ("This includes the release of (£6.557m) of funding.", [("(£6.557m)", -6557000.0, "GBP", "release", None)]),
    ("Council tax rose by 4.8%, incorporating a 3% rise for the precept in Q1 2024/25.",
     [("4.8%", 4.8, "%", "Council tax rose", "Q1 2024/25"), ("3%", 3.0, "%", "rise", "Q1 2024/25")]),
    ("There are 15 homes and 2016/17 budgets.", []),
    ("Spend fell by -2.3% while income rose 5-10%.", [("-2.3%", -2.3, "%", "Spend fell", None), ("10%", 10.0, "%", None, None)]),
])
def test_prose_figures(text, expected):
    assert [(f.text, f.value, f.unit, f.label, f.period) for f in prose_figures(para(text))] == expected


def test_table_paragraphs_are_not_read_again_as_prose():
    figs = figures_of(para("Area\tBudget £m\nOlder People\t£103.677"), para("An overspend of £4.399m.", seq=2))
    assert [(f.text, f.table_id is not None) for f in figs] == [("£103.677", True), ("£4.399m", False)]
    assert figs[0].value == 103.677  # an explicit '£' in a cell is read as printed, not scaled


@pytest.mark.parametrize("text, period", [
    ("Variance @ P10", "P10"), ("Budget 2016/17", "2016/17"), ("Quarter 1 2024/25 results", "Quarter 1 2024/25"),
    ("Period 2 (May) 2016-17", "Period 2 (May) 2016-17"), ("Balance 31-Mar-17", "31-Mar-17"),
    ("Jan 17", "Jan 17"), ("Target", None), (None, None),
])
def test_period_of(text, period):
    assert period_of(text) == period


@pytest.mark.parametrize("text, label", [
    ("Norfolk will receive £18.561m in grant.", "grant"),
    ("Norfolk will receive £18.561m in 17/18.", "receive"),
    ("an overspend of £9.629m", "overspend"),
])
def test_label_after_a_verb(text, label):
    start = text.index("£")
    end = text.index("m", start) + 1
    assert label_at(text, start, end) == label


def test_table_split_by_a_sub_heading_keeps_its_columns_and_scale():
    figs = figures_of(para("Final Budget £ 000\tDepartment\tVar as a % of budget\n"
                           "\t\tASCH Reserves\n"
                           "(12,158)\tRevenue Reserves\t0.01%"))
    assert cells(figs) == [
        ("Revenue Reserves", "Final Budget", "(12,158)", -12158000.0, "GBP", None),
        ("Revenue Reserves", "Var as a % of budget", "0.01%", 0.01, "%", None),
    ]


def test_column_is_the_header_without_its_unit_and_keeps_the_period():
    figs = figures_of(para("Service\tBudget 2017/18 £m\tForecast £m\tVariance %\nHighways\t12.500\t13.000\t4.0%"))
    assert [(f.column, f.value, f.unit, f.period) for f in figs] == [
        ("Budget 2017/18", 12.5e6, "GBP", "2017/18"), ("Forecast", 13e6, "GBP", None), ("Variance %", 4.0, "%", None)]


@pytest.mark.parametrize("text, section, expected", [
    # a US budget: the currency in the header
    ("Fund\tAmount ($)\tChange %\nGeneral Fund\t1,250,000\t-2.5%", None,
     [("General Fund", "Amount", 1250000.0, "USD"), ("General Fund", "Change %", -2.5, "%")]),
    # an Irish council: euros in thousands named by the caption
    ("Division\tBudget 2024\tSpend 2024\nRoads\t5,100\t4,950", "All figures in €000",
     [("Roads", "Budget 2024", 5.1e6, "EUR"), ("Roads", "Spend 2024", 4.95e6, "EUR")]),
])
def test_table_currency_from_header_or_caption(text, section, expected):
    figs = figures_of(para(text, section=section))
    assert [(f.label, f.column, f.value, f.unit) for f in figs] == expected


@pytest.mark.parametrize("paper, unit", [
    ("Payment of $33,600.00 was approved for signs.", "USD"),  # a US agenda writes dollars
    ("The precept of £12,000 was set.", "GBP"),  # an English parish writes pounds
])
def test_plain_money_columns_take_the_papers_currency(paper, unit):
    figs = figures_of(para("Payee\tNet\tVAT\nAcme Paving\t120.00\t24.00"), para(paper, seq=2))
    assert [(f.column, f.value, f.unit) for f in figs if f.table_id] == [("Net", 120.0, unit), ("VAT", 24.0, unit)]


def test_counts_stay_counts():
    figs = figures_of(para("Indicator\tNumber of visits\tTarget\nLibraries\t1,204\t1,100"))
    assert [(f.column, f.unit) for f in figs] == [("Number of visits", "count"), ("Target", "count")]


@pytest.mark.parametrize("row, values", [
    ("Adult Services 586.1 621.6 +35.4 +6.0%", [586.1e6, 621.6e6, 35.4e6, 6.0]),  # a county's flattened PDF
    ("Corporate Budgets -2.4 0.2 + 2.6 -107.5%", [-2.4e6, 0.2e6, 2.6e6, -107.5]),
    ("Libraries\t(35.6)\t–1.2\t+0.4\t(3.1%)", [-35.6e6, -1.2e6, 0.4e6, -3.1]),  # a district's tab table
])
def test_signed_values_keep_their_sign(row, values):
    figs = figures_of(para(f"Area\tBudget £m\tForecast £m\tVariance £m\tVariance %\n{row}\n{row}"))
    assert [f.value for f in figs][:4] == values
    assert figs[3].text in ("+6.0%", "-107.5%", "(3.1%)")


@pytest.mark.parametrize("text, expected", [
    ("The annual base rent increases to $49,466.72 with 5% increases.",
     [("$49,466.72", 49466.72, "USD"), ("5%", 5.0, "%")]),
    ("A grant of €5,000 was awarded; the EUR 1,200 balance carries forward.",
     [("€5,000", 5000.0, "EUR"), ("EUR 1,200", 1200.0, "EUR")]),
    ("A sum of US$2.5 million and a $85K study.", [("US$2.5 million", 2.5e6, "USD"), ("$85K", 85000.0, "USD")]),
])
def test_prose_money_in_dollars_and_euros(text, expected):
    assert [(f.text, f.value, f.unit) for f in prose_figures(para(text))] == expected


def test_a_currency_in_one_header_makes_no_other_column_money():
    figs = figures_of(para("Programme\tCost ($)\tTarget\nSidewalk repair\t45,000\t12"))
    assert [(f.column, f.unit) for f in figs] == [("Cost", "USD"), ("Target", "count")]


@pytest.mark.parametrize("text, expected", [
    # a Scottish community council's treasurer's report
    ("The Treasurer’s Account stood at £714.99, including the annual grant of £630. The Project "
     "Account’s balance was £1338.32.",
     [("£714.99", "Treasurer’s Account"), ("£630", "annual grant"), ("£1338.32", "Project Account’s balance")]),
    # an English parish's finance minute
    ("The current account balance is £12,345.67 and the deposit account holds £5,000.",
     [("£12,345.67", "current account balance"), ("£5,000", "deposit account")]),
    ("The Community Council’s funds now stand at £1,250.40 in the bank.", [("£1,250.40", "Community Council’s funds")]),
    # US agendas: registers, claims and contracts
    ("Approve Warrant Register No. 23 totaling $1,578,861.59.", [("$1,578,861.59", "Warrant Register No 23")]),
    ("A RESOLUTION ALLOWING CERTAIN CLAIMS AND DEMANDS IN THE SUM OF $1,578,861.59.",
     [("$1,578,861.59", "CERTAIN CLAIMS AND DEMANDS")]),
    ("Overspends in Growth & Transport (+£6.3m) and Corporately Held Budgets (+£2.6m).",
     [("+£6.3m", "Growth & Transport"), ("+£2.6m", "Corporately Held Budgets")]),
    ("Award the contract to Loftin Construction, Inc. in the amount of $33,600.00; and authorize the Mayor.",
     [("$33,600.00", "Loftin Construction Inc")]),
    ("Warrants effective December 1, 2022 in the amount of $1,039,372.07", [("$1,039,372.07", "Warrants effective")]),
])
def test_prose_balances_and_amounts_are_labelled_by_what_they_measure(text, expected):
    assert [(f.text, f.label) for f in prose_figures(para(text))] == expected


@pytest.mark.parametrize("text, period", [
    ("Bank balances as at 31 March: Current account £2,310.55.", "31 March"),
    ("The Clerk reported a balance of £3,456.78 at 30 June 2023.", "30 June 2023"),
    ("Warrants effective December 1, 2022 in the amount of $1,039,372.07", "December 1, 2022"),
])
def test_a_balance_takes_the_date_its_sentence_names(text, period):
    assert [f.period for f in prose_figures(para(text))] == [period]
