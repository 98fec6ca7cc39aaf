"""Dates as councils print them: 'Monday, 06 March 2017', '4 July 2016', 'March 3, 2021', '3rd Mar 2021',
'Thursday, 13th March, 2025', '03/03/2021', '2021-03-03', 'DECEMBER 6, 2022'.

Numeric dates are day first ('11/08/2019' is 11 August) unless the caller says the paper prints
them month first, as US papers do (`dayfirst=False`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(?P<m>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<d>\d{1,2})(?i:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d{2})\b"
DATE_RE = re.compile(rf"\b{_DAY}(?:\s+day\s+of)?\s+{_MONTH},?\s+{_YEAR}")
US_DATE_RE = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}")
NUMERIC_DATE_RE = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)?\d{2})\b(?!/)")
ISO_DATE_RE = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")
DAY_MONTH_RE = re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?!,?\s+(?:19|20)\d{{2}})")  # '13th September' (no year)
MONTH_DAY_RE = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+(?:19|20)\d{{2}})(?![:.]\d)")  # 'June 6' (no year)


@dataclass(frozen=True)
class DateMatch:
    """A date printed in a text: where it is and what it means."""

    start: int
    end: int
    iso: str


def _make(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _worded(m: re.Match) -> str | None:
    month = MONTHS.get(m.group("m").lower())
    return _make(int(m.group("y")), month, int(m.group("d"))) if month else None


def _numeric(m: re.Match, dayfirst: bool) -> str | None:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    y = y + 2000 if y < 100 else y
    return _make(y, b, a) if dayfirst else _make(y, a, b)


def find_dates(text: str, dayfirst: bool = True) -> list[DateMatch]:
    """Every full date (with its year) in `text`, in reading order."""
    text = text or ""
    found: list[DateMatch] = []
    for rx in (DATE_RE, US_DATE_RE):
        found += [DateMatch(m.start(), m.end(), iso) for m in rx.finditer(text) if (iso := _worded(m))]
    found += [DateMatch(m.start(), m.end(), iso) for m in ISO_DATE_RE.finditer(text)
              if (iso := _make(int(m.group("y")), int(m.group("m")), int(m.group("d"))))]
    found += [DateMatch(m.start(), m.end(), iso) for m in NUMERIC_DATE_RE.finditer(text)
              if (iso := _numeric(m, dayfirst))]
    found.sort(key=lambda d: (d.start, -d.end))
    out: list[DateMatch] = []
    for d in found:  # '6 March 2017' also reads as 'March 2017 ...': keep the first, longest reading
        if not out or d.start >= out[-1].end:
            out.append(d)
    return out


def parse_date(text: str, dayfirst: bool = True) -> str | None:
    """The first date written in `text`, as ISO yyyy-mm-dd, or None."""
    found = find_dates(text, dayfirst)
    return found[0].iso if found else None


def _days_without_year(text: str):
    """(month, day) of each date printed without its year ('13th September', 'June 6'), in reading order
    of the two forms."""
    for rx in (DAY_MONTH_RE, MONTH_DAY_RE):
        for m in rx.finditer(text or ""):
            month = MONTHS.get(m.group("m").lower())
            if month:
                yield month, int(m.group("d"))


def parse_day_month(text: str, year: int) -> str | None:
    """A date printed without its year ('13th September', 'June 6'), in the given year."""
    return next((iso for month, day in _days_without_year(text) if (iso := _make(year, month, day))), None)


BARE_MONTH_RE = re.compile(r"\b(?P<m>January|February|March|April|May|June|July|August|September|October|November"
                           r"|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
                           r"|DECEMBER)\b(?!,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d{2})")


def _nearest(month: int, around: date) -> tuple[int, int]:
    """(year, month) of the month named without its year that lies nearest the date a paper is about."""
    return min(((y, month) for y in (around.year - 1, around.year, around.year + 1)),
               key=lambda ym: abs((ym[0] - around.year) * 12 + ym[1] - around.month))


def undated_months(text: str, around: str) -> set[str]:
    """The months (yyyy-mm) a text names without their year ('in November', '10th April', 'June 6'), each
    taken in the year that puts it nearest `around` (the meeting's date, yyyy-mm-dd): a paper speaks of
    the months about its meeting."""
    try:
        day = parse_iso(around)
    except ValueError:
        return set()
    found = {MONTHS[m.group("m").lower()] for m in BARE_MONTH_RE.finditer(text or "")}
    return {"{:04d}-{:02d}".format(*_nearest(m, day)) for m in found}


def undated_days(text: str, around: str) -> set[str]:
    """The dates a text prints without their year ('10th April', 'June 6'), each in the year that puts it
    nearest `around`."""
    try:
        day = parse_iso(around)
    except ValueError:
        return set()
    isos = (_make(_nearest(month, day)[0], month, d) for month, d in _days_without_year(text))
    return {iso for iso in isos if iso}


WEEKDAY_BEFORE_RE = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?$")


def date_span(text: str, iso: str) -> tuple[int, int] | None:
    """Where `text` prints the date `iso` ('Tuesday 5th March', 'October 10th 2019', '20/12/2022'), with
    the weekday before it; None when it does not print it."""
    text = text or ""
    spans = [(d.start, d.end) for first in (True, False) for d in find_dates(text, first) if d.iso == iso]
    if not spans:
        year = int(iso[:4])
        for rx in (DAY_MONTH_RE, MONTH_DAY_RE):
            for m in rx.finditer(text):
                month = MONTHS.get(m.group("m").lower())
                if month and _make(year, month, int(m.group("d"))) == iso:
                    spans.append((m.start(), m.end()))
    if not spans:
        return None
    start, end = min(spans)
    before = WEEKDAY_BEFORE_RE.search(text[max(0, start - 16):start])
    return (start - len(before.group(0)) if before else start), end


def parse_iso(value: str) -> date:
    """A strict ISO date (yyyy-mm-dd); raises ValueError otherwise."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value or ""):
        raise ValueError(f"'{value}' is not an ISO date (yyyy-mm-dd)")
    return date.fromisoformat(value)


def long_date(iso: str | None) -> str | None:
    """'2017-03-06' -> '6 March 2017'."""
    if not iso:
        return None
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day} {d.strftime('%B')} {d.year}"
