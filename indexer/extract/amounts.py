"""Amounts as councils print them: currencies, signs, scales, and the units in column headers.

Forms are data: `CURRENCY_SIGNS` and `CURRENCY_CODES` name the currency of '£', '$', 'US$', '€',
'GBP', 'USD', 'EUR'; `MULTIPLIERS` the scale words ('m', 'bn', 'million', 'K'); `SCALE_FORMS`
the captions and headers that put a whole table or column in thousands or millions ('£000',
'£m', '$ in thousands', 'All figures in £m'). A cell keeps its sign: '-43.0', '(35,643)',
'+35.4', '+ 23.3' and '-107.5%' are read with it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

GBP, USD, EUR = "GBP", "USD", "EUR"
CURRENCIES = (GBP, USD, EUR)
# Signs printed before an amount, longest first so that 'US$' wins over '$'.
CURRENCY_SIGNS = {"US$": USD, "$": USD, "£": GBP, "€": EUR}
CURRENCY_CODES = {"GBP": GBP, "USD": USD, "EUR": EUR}
CURRENCY_WORDS = {"pounds": GBP, "pound": GBP, "sterling": GBP, "dollars": USD, "dollar": USD,
                  "euros": EUR, "euro": EUR}
MULTIPLIERS = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "mn": 1e6, "mil": 1e6,
               "k": 1e3, "thousand": 1e3}

_SIGN = r"(?:US\$|\$|£|€)"
_CODE = r"(?:GBP|USD|EUR)"
CURRENCY_RE = re.compile(rf"(?:{_SIGN}|\b{_CODE}\b)")
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_MULT = r"bn|billion|million|mn|mil|m|k"

# A figure as printed in a cell: '1,234', '(35,643)', '-0.471', '+ 23.3', '8.4%', '£2.5m', '$85K',
# 'USD 1,000', '€5,000', '2.185 (one-off)', '86.3% 334 / 387'.
CELL_RE = re.compile(
    rf"^(?P<neg>[-−–]|\()?\s*(?P<plus>\+)?\s*(?P<cur>{_SIGN}|{_CODE}\s)?\s*(?P<neg2>[-−–])?\s*"
    rf"(?P<num>{_NUM})\s?(?P<mult>{_MULT})?\s?(?P<pct>%)?\s*\)?(?:\s+(?:\(.*\)|\d+\s*/\s*\d+))?\s*$",
    re.I,
)
YEARISH_RE = re.compile(r"^(?:19|20)\d{2}(?:[-/]\d{2,4})?$")

# Headers and captions that put money in thousands or millions, in any of the three currencies.
_CUR_OPT = rf"(?:{_SIGN}|{_CODE})?\s?"
SCALE_FORMS = (
    (1000.0, rf"{_SIGN}\s?'?000s?\b|{_SIGN}\s?k\b|{_SIGN}\s?thousands?\b|\({_CUR_OPT}'?000'?s?\)"
             rf"|\b{_CODE}\s?'?000s?\b|\bin\s+thousands\b|\bthousands\s+of\s+(?:pounds|dollars|euros)\b"),
    (1e6, rf"{_SIGN}\s?m\b|{_SIGN}\s?millions?\b|{_SIGN}\s?mn\b|\b{_CODE}\s?m\b|\bin\s+millions\b"
          rf"|\bmillions\s+of\s+(?:pounds|dollars|euros)\b|\({_CUR_OPT}m\)"),
)
_SCALE_RES = tuple((scale, re.compile(form, re.I)) for scale, form in SCALE_FORMS)
# The unit part of a column header, taken off its name: 'Budget 2017/18 £m' -> 'Budget 2017/18'.
HEADER_UNIT_RE = re.compile(
    rf"\s*(?:\(\s*(?:{_SIGN}|{_CODE})?\s?(?:'?000'?s?|m|k|millions?|thousands?)?\s*\)"
    rf"|(?:{_SIGN}|\b{_CODE}\b)\s?(?:'?000'?s?\b|m\b|k\b|mn\b|millions?\b|thousands?\b)?"
    rf"|\bin\s+(?:thousands|millions)\b)\s*",
    re.I,
)


@dataclass(frozen=True)
class Amount:
    """A printed figure read: its value before any table scale, and its unit (a currency, '%' or '')."""

    value: float
    unit: str  # GBP | USD | EUR | % | '' (a plain number: the column or table says what it is)


def currency_of(text: str | None) -> str | None:
    """The currency a header, caption or cell names: 'Amount ($)' -> 'USD', '£m' -> 'GBP', else None."""
    m = CURRENCY_RE.search(text or "")
    if not m:
        return None
    return CURRENCY_SIGNS.get(m.group(0)) or CURRENCY_CODES[m.group(0).upper()]


def scale_of(text: str | None) -> float:
    """The multiplier a heading or caption gives money: '£000' -> 1000, '£m', '$ in millions' -> 1e6, else 1."""
    for scale, form in _SCALE_RES:
        if form.search(text or ""):
            return scale
    return 1.0


def is_figure(cell: str | None) -> bool:
    """True for a cell that prints one figure ('1,234', '(0.471)', '+35.4', '$85K'), not a year or a code."""
    cell = (cell or "").strip()
    return bool(CELL_RE.match(cell)) and not YEARISH_RE.match(cell)


def read_cell(cell: str) -> Amount | None:
    """A figure cell read with its sign, scale word and currency: '(0.471)' -> -0.471, '$85K' -> 85000 USD."""
    m = CELL_RE.match(cell.strip())
    if not m or not is_figure(cell):
        return None
    value = float(m.group("num").replace(",", ""))
    if m.group("neg") or m.group("neg2"):
        value = -value
    if m.group("pct"):
        return Amount(value, "%")
    mult = (m.group("mult") or "").lower()
    value *= MULTIPLIERS.get(mult, 1.0)
    if m.group("cur"):
        return Amount(value, currency_of(m.group("cur")) or GBP)
    return Amount(value, GBP if mult else "")


def column_name(header: str | None) -> str | None:
    """A column's name without its money unit: 'Budget 2017/18 £m' -> 'Budget 2017/18', 'Amount ($)' ->
    'Amount'; '%' stays ('% Variance'); a header that is only a unit ('£m') names nothing."""
    name = re.sub(r"\s+", " ", HEADER_UNIT_RE.sub(" ", header or "")).strip(" -–:")
    return name or None


# Money written in a sentence: '£9.629m', '(£6.557m)', '-£1.2m', '$49,466.72', 'US$5,000', '$1.2 million',
# '$85K', 'USD 1,000', '€5,000', 'EUR 2,000'; or a number followed by its currency: '5,000 euros', '300 GBP'.
PROSE_MONEY_RE = re.compile(
    rf"(?P<open>\()?(?P<neg>[-−])?(?P<plus>\+)?\s?(?:(?P<cur>{_SIGN}|\b{_CODE}\s?)\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:\s?(?P<mult>bn|billion|m|million|mn|k|thousand)\b)?"
    rf"|(?<![\d.,])(?!(?:19|20)\d\d\s)(?P<num2>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<mult2>million|billion|thousand)?\s"
    rf"(?P<cur2>{_CODE}\b|pounds\b|dollars\b|euros\b))(?(open)\)?)",
    re.I,
)


def read_money(m: re.Match) -> Amount:
    """The amount a PROSE_MONEY_RE match prints, signed where '-' or a closed '(...)' says so ('(+£6.3m)' is plus)."""
    num, mult, cur = m.group("num") or m.group("num2"), m.group("mult") or m.group("mult2"), \
        m.group("cur") or m.group("cur2")
    value = float(num.replace(",", "")) * MULTIPLIERS.get((mult or "").lower(), 1.0)
    if m.group("neg") or (m.group("open") and not m.group("plus") and m.group(0).endswith(")")):
        value = -value
    word = CURRENCY_WORDS.get(cur.strip().lower())
    return Amount(value, word or currency_of(cur) or GBP)


def document_currency(texts: list[str]) -> str:
    """The currency a paper mostly writes ('$' in a US agenda), for plain figures; GBP when it names none."""
    counts = {c: 0 for c in CURRENCIES}
    for text in texts:
        for m in CURRENCY_RE.finditer(text):
            counts[currency_of(m.group(0)) or GBP] += 1
    best = max(CURRENCIES, key=lambda c: counts[c])
    return best if counts[best] else GBP
