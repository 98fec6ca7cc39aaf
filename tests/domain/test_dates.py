"""Dates as councils print them, found in reading order; numeric dates day or month first."""
import pytest

from models.dates import find_dates, parse_date, parse_day_month, undated_days, undated_months


@pytest.mark.parametrize("text, iso", [
    ("Monday, 06 March 2017 at 10:00am", "2017-03-06"),
    ("Thursday, 13th March, 2025 at 10.00 am", "2025-03-13"),
    ("WEDNESDAY, DECEMBER 14, 2022 6:30 p.m.", "2022-12-14"),
    ("held on 11th September 2019 AT 19.00", "2019-09-11"),
    ("October 10th 2019 at 7 p.m.", "2019-10-10"),
    ("3rd Mar 2021", "2021-03-03"),
    ("date: 2021-03-03", "2021-03-03"),
    ("Dated this 28th day of October 2022.", "2022-10-28"),
])
def test_worded_and_iso_dates(text, iso):
    assert parse_date(text) == iso


def test_numeric_dates_day_or_month_first():
    assert parse_date("11/08/2019") == "2019-08-11"
    assert parse_date("11/08/2019", dayfirst=False) == "2019-11-08"
    assert parse_date("17/1/2025") == "2025-01-17"
    assert parse_date("17/1/2025", dayfirst=False) is None


def test_dates_in_reading_order_each_read_once():
    found = find_dates("from 6 March 2017 to April 3, 2018, then 31/3/2019")
    assert [d.iso for d in found] == ["2017-03-06", "2018-04-03", "2019-03-31"]
    assert find_dates("March 2017 and 2017") == []


def test_a_date_printed_without_its_year():
    assert parse_day_month("June 6, 530pm", 2023) == "2023-06-06"
    assert parse_day_month("on Wednesday 13th September at 7 pm", 2017) == "2017-09-13"


@pytest.mark.parametrize("text, around, months", [
    ("Total external debt outstanding in November was £746.67m", "2025-01-30", {"2024-11"}),  # an English report
    ("13 police incidents had been reported in August.", "2019-09-03", {"2019-08"}),  # a Scottish minute
    ("The next meeting will be held on June 6 at City Hall.", "2023-05-16", {"2023-06"}),  # a US agenda
    ("The budget was set in February 2016.", "2016-07-11", set()),  # its year printed: find_dates reads it
    ("Members may attend; the hall is free.", "2019-09-03", set()),  # 'may' is no month
    ("in November", "", set()),  # no meeting date to place it by
])
def test_months_printed_without_their_year_are_placed_by_the_meeting(text, around, months):
    assert undated_months(text, around) == months


def test_days_printed_without_their_year_are_placed_by_the_meeting():
    assert undated_days("the Parish Council Meeting on 10th April (to be held in the Brace Room)", "2019-03-13") == {
        "2019-04-10"}
    assert undated_days("Meeting rescheduled to January 4", "2022-12-14") == {"2023-01-04"}
