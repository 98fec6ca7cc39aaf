"""Periods: the financial periods and dates councils print in headers, captions and sentences."""
import pytest

from indexer.extract.periods import header_period, period_of


@pytest.mark.parametrize("text, period", [
    ("Variance @ P10", "P10"), ("Forecast at Period 10", "Period 10"), ("Period 2 (May) 2016-17", "Period 2 (May) 2016-17"),
    ("Outturn Q3", "Q3"), ("Q1 2024/25 results", "Q1 2024/25"), ("At Quarter 3 of 2024-25", "Quarter 3 of 2024-25"),
    ("Forecast November 2024-25", "November 2024-25"), ("Budget 2016/17", "2016/17"), ("FY 2023-24 Adopted", "FY 2023-24"),
    ("Fiscal Year 2022-23", "Fiscal Year 2022-23"), ("Mar 17", "Mar 17"), ("June 2024", "June 2024"),
    ("Balance 31-Mar-17", "31-Mar-17"), ("31/3/2016", "31/3/2016"), ("Opening Balance 01/04/24", "01/04/24"),
    ("as at 31st March 2025", "31st March 2025"), ("Balance at June 30, 2022", "June 30, 2022"),
    ("Target", None), (None, None), ("Policy 5", None),
])
def test_period_of(text, period):
    assert period_of(text) == period


def test_a_bare_year_is_a_period_in_a_header_only():
    assert header_period("2023 Adopted Budget") == "2023"
    assert period_of("2023 Adopted Budget") is None
    assert header_period("Budget") is None
