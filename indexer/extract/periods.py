"""Financial periods and dates that name what a figure is for, as councils print them.

`PERIOD_FORMS` is the data: one regular expression per form, tried together (the leftmost match
wins, and at one position the earlier form). A column header, a table caption or the sentence
around a figure names its period: 'Period 10 2016-17', 'Q3', 'Quarter 1 2024/25', 'November
2024-25', '2016/17', 'FY 2023-24', 'Mar 17', 'June 2024', '31-Mar-17', '31/3/2016', 'Opening
Balance 01/04/24', '31st March 2025', 'June 30, 2022', 'as at 31 March' (-> '31 March'). A column header may also be a bare year
('2023'), which in a sentence is too loose to be a period. Periods are kept as printed.
"""
from __future__ import annotations

import re

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
YEAR = r"(?:19|20)\d{2}"
FY = rf"{YEAR}[-/](?:{YEAR}|\d{{2}})"  # '2016-17', '2024/25', '2016/2017'

PERIOD_FORMS = (
    ("quarter", rf"\b(?:Q[1-4]|Quarter\s+[1-4])\b(?:\s+(?:of\s+)?{FY}\b|\s+{YEAR}\b)?"),
    ("budget period", rf"\b(?:Period|Pd|P)\s?\d{{1,2}}\b(?:\s*\(?{MONTH}\)?)?(?:\s+{FY}\b|\s+{YEAR}\b)?"),
    ("fiscal year", rf"\b(?:FY|Fiscal\s+Year|Financial\s+Year)\s?(?:{FY}|{YEAR}|\d{{2}})\b"),
    ("month of a financial year", rf"\b{MONTH}\s+{FY}\b"),
    ("day month year", rf"\b\d{{1,2}}(?:st|nd|rd|th)?[-\s]{MONTH}[-\s,]\s?(?:{YEAR}|\d{{2}})\b"),
    ("month day, year", rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR}\b"),
    ("balance date", rf"\bas\s+(?:at|of)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:,?\s+{YEAR}\b)?"),
    ("numeric date", rf"\b\d{{1,2}}/\d{{1,2}}/(?:{YEAR}|\d{{2}})\b"),
    ("month year", rf"\b{MONTH}[-\s'’]{{1,2}}(?:{YEAR}|\d{{2}})\b"),
    ("year end", rf"\b(?:year\s+end|outturn)\s+{FY}\b"),
    ("financial year", rf"\b{FY}\b"),
)
PERIOD_RE = re.compile("|".join(f"(?:{form})" for _, form in PERIOD_FORMS), re.I)
BARE_YEAR_RE = re.compile(rf"\b{YEAR}\b")
AS_AT_RE = re.compile(r"^as\s+(?:at|of)\s+", re.I)


def period_of(text: str | None) -> str | None:
    """The financial period a header, caption or sentence names: 'Period 10', 'Q1 2024/25', 'Mar 17'."""
    m = PERIOD_RE.search(text or "")
    return AS_AT_RE.sub("", m.group(0)).strip() if m else None


def header_period(header: str | None) -> str | None:
    """The period a column header names, a bare year included: 'Budget 2023' -> '2023'."""
    found = period_of(header)
    if found:
        return found
    m = BARE_YEAR_RE.search(header or "")
    return m.group(0) if m else None
