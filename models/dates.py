"""Dates as councils print them: 'Monday, 06 March 2017', '4 July 2016', '31/03/2018'."""
from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

DATE_RE = re.compile(
    r"\b(?P<d>\d{1,2})(?i:st|nd|rd|th)?\s+(?P<m>[A-Za-z]{3,9})\.?,?\s+(?P<y>(?:19|20)\d{2})\b"
)
US_DATE_RE = re.compile(r"\b(?P<m>[A-Za-z]{3,9})\s+(?P<d>\d{1,2})(?i:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b")
NUMERIC_DATE_RE = re.compile(r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)?\d{2})\b")


def _make(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The first date written in `text`, as ISO yyyy-mm-dd, or None."""
    for rx in (DATE_RE, US_DATE_RE):
        for m in rx.finditer(text or ""):
            month = MONTHS.get(m.group("m").lower())
            if month:
                iso = _make(int(m.group("y")), month, int(m.group("d")))
                if iso:
                    return iso
    m = NUMERIC_DATE_RE.search(text or "")
    if m:
        y = int(m.group("y"))
        return _make(y + 2000 if y < 100 else y, int(m.group("m")), int(m.group("d")))
    return None


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
