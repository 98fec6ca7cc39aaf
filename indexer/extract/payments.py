"""Payments and invoice lists: who was paid, for what, how much, by which cheque, with what VAT.

Councils print them as tables (Date, Payee, Description, Chq #, Total, Net, VAT ...) or as lines,
one payment each, in several styles (invented examples):

    Acme Mowers Ltd        Grass cutting (June)        £ 450.00      cells apart by wide gaps
    R Smith (hedge trimming) - £62.03 (including VAT of £10.34)    payee, (what), amount, VAT
    HMRC – PAYE and NI – £263.94                                 parts apart by dashes
    Chq 100234  Village Hall Trust  Hall hire  £35.00            a cheque or invoice number first
    12/08/2019  Zeta Office Supplies  Paper  $58.10              a date first

Each payment is a row whose label is the payee. In a table, a payee or description wrapped onto
the next row joins its row, rows of nothing but zeros are filler, and a line of figures with no
label right below the table is its totals row ('Total').
"""
from __future__ import annotations

import re

from indexer.extract.amounts import is_figure, read_cell
from indexer.extract.columns import DATE_RE, kind
from models.domain import Paragraph

PAYEE_HEADER_RE = re.compile(r"\b(?:payee|supplier|paid\s+to|recipient|creditor|vendor|provider|name)\b", re.I)
AMOUNT_HEADER_RE = re.compile(r"\b(?:amount|total|net|gross|vat|cost|value|paid)\b|[£$€]", re.I)
TOTAL_LABEL = "Total"
PENCE_RE = re.compile(r"[-(]?(?:US\$|[£$€])?\s?\d[\d,]*\.\d\d\)?")
TOTAL_RE = re.compile(r"^(?:grand\s+|sub[-\s]?)?totals?\b", re.I)

_AMOUNT = r"(?:US\$|[£$€]|GBP|USD|EUR)\s*\d[\d,]*(?:\.\d{1,2})?"
AMOUNT_RE = re.compile(_AMOUNT)
# Bullets as word processors and PDFs leave them, Symbol-font private-use ones included.
BULLET_RE = re.compile(r"^(?:[-•·▪◦●*➢✓\uf0b7\uf0a7\uf076\uf0d8]|\d{1,3}[.)]|\(?[a-z][.)])\s+")
SEP_RE = re.compile(r"\t+|\s{2,}|\s+[-–—]\s+|:\s+")
# The VAT a line names after its amount: '(including VAT of £10.34)', '(VAT £24.00)', '(£2.00 VAT)'.
VAT_RE = re.compile(
    rf"\(\s*(?:(?:including|incl?\.?|inc\.?|plus|\+)\s+)?(?:VAT\s+(?:of\s+)?(?P<vat>{_AMOUNT})|(?P<vat2>{_AMOUNT})\s+VAT)\s*\)",
    re.I)
LINE_RE = re.compile(rf"^(?P<head>\S.*?)(?:{SEP_RE.pattern}|(?<=\))\s+)(?P<amount>{_AMOUNT})\s*(?P<tail>\([^)]*\))?\s*[.;,]?$",
                     re.I)
REF_RE = re.compile(r"^(?:(?:chq|cheque|inv|invoice|ref|bacs|dd|so)\.?\s*(?:no\.?\s*)?#?\s*\d{2,}|#?\d{5,})$", re.I)
# Words a sentence ends on before a sum ('stands at - £5,000'), never a payee or what was bought.
NOT_PAYEE_END_RE = re.compile(r"\b(?:at|of|to|for|by|is|was|be|are|were|stands|stood|totalled|totalling|"
                              r"totaled|totaling|remain|remains|amounting|approximately|about|circa|costing)$", re.I)
MAX_HEAD_WORDS = 14
MAX_INTRO_LINES = 3  # lines above a list of payments in its paragraph: an item heading, an introduction
NOTE_RE = re.compile(r"^\([^()]*\)\.?$")  # '(cheque payable to the Village Hall)' between payments  # a payment's payee and description are short; longer is a sentence with a sum in it
LINE_HEADERS = ("Date", "Ref", "Payee", "Description", "Amount", "VAT")


def is_payments(headers: list[str]) -> bool:
    """Whether a table's headers are a payments list's: a payee column and an amount column."""
    return any(PAYEE_HEADER_RE.search(h) for h in headers) and any(AMOUNT_HEADER_RE.search(h) for h in headers)


def tidy(rows: list[list[str]]) -> list[list[str]]:
    """A payments table's rows with wrapped rows joined to the row above and zero filler dropped."""
    out: list[list[str]] = []
    for row in rows:
        if out and is_wrapped(row):
            out[-1] = _join(out[-1], row)
        elif not is_zero_filler(row):
            out.append(row)
    return out


def is_wrapped(row: list[str]) -> bool:
    """A row of words only (no figure, no date): the rest of a payee or description wrapped onto it."""
    cells = [c for c in row if c]
    return bool(cells) and all(kind(c) == "word" for c in cells) and not TOTAL_RE.match(cells[0])


def is_zero_filler(row: list[str]) -> bool:
    """A row with no words and no figure but zero ('0.00  0.00'): a blank line of a ledger."""
    cells = [c for c in row if c]
    return bool(cells) and all(is_figure(c) for c in cells) and all(read_cell(c).value == 0 for c in cells)


def _join(row: list[str], wrapped: list[str]) -> list[str]:
    width = max(len(row), len(wrapped))
    row, wrapped = row + [""] * (width - len(row)), wrapped + [""] * (width - len(wrapped))
    return [" ".join(c for c in (a, b) if c) for a, b in zip(row, wrapped, strict=True)]


def totals_row(line: str, rows: list[list[str]], label_col: int | None) -> list[str] | None:
    """A line of figures only below a table, as its totals row: 'Total' in the label column and the
    figures under the money columns (those of amounts with pence, else of figures) left to right."""
    figures = line.split()
    if len(figures) < 2 or not all(is_figure(f) for f in figures):
        return None
    money = [i for i in _figure_columns(rows) if i != label_col]
    if len(figures) > len(money) + 1 or not money:
        return None
    width = max(max(len(r) for r in rows), money[-1] + 1)
    out = [""] * width + [""] * max(0, len(figures) - len(money))
    for i, figure in zip(money + [width], figures, strict=False):
        out[i] = figure
    if label_col is not None:
        out[label_col] = TOTAL_LABEL
    return out


def pence_columns(rows: list[list[str]]) -> list[int]:
    """Columns most of whose cells are amounts with pence ('144.00', '1,024.00'): money in a ledger."""
    width = max((len(r) for r in rows), default=0)
    return [i for i in range(width) if _share(rows, i, lambda c: PENCE_RE.fullmatch(c))]


def _share(rows: list[list[str]], col: int, test) -> bool:
    cells = [r[col] for r in rows if col < len(r) and r[col]]
    return bool(cells) and sum(bool(test(c)) for c in cells) * 2 > len(cells)


def _figure_columns(rows: list[list[str]]) -> list[int]:
    """Columns of amounts with pence ('144.00') where there are some, else columns of figures."""
    width = max(len(r) for r in rows)
    return pence_columns(rows) or [i for i in range(width) if _share(rows, i, is_figure)]


def payment_line(line: str) -> dict[str, str] | None:
    """A line that records one payment, as {header: cell}; None for any other line."""
    m = LINE_RE.match(BULLET_RE.sub("", line.strip()))
    head = m.group("head") if m else ""
    if not m or len(head.split()) > MAX_HEAD_WORDS or NOT_PAYEE_END_RE.search(head) or AMOUNT_RE.search(head):
        return None  # a sentence, or a row of several amounts
    cells = [c.strip() for c in SEP_RE.split(m.group("head")) if c.strip()]
    out: dict[str, str] = {}
    while len(cells) > 1 and (DATE_RE.match(cells[0]) or REF_RE.match(cells[0])):
        key = "Date" if DATE_RE.match(cells[0]) else "Ref"
        out[key] = cells.pop(0)
    payee, what = _payee_and_what(cells)
    if not payee or is_figure(payee):
        return None
    out.update({"Payee": payee, "Description": what, "Amount": m.group("amount")})
    vat = VAT_RE.search(m.group("tail") or "")
    if vat:
        out["VAT"] = vat.group("vat") or vat.group("vat2")
    return {k: v for k, v in out.items() if v}


def _payee_and_what(cells: list[str]) -> tuple[str, str]:
    """('R Smith', 'hedge trimming') from ['R Smith (hedge trimming)'] or ['R Smith', 'hedge trimming']."""
    first = cells[0]
    m = re.match(r"^(?P<payee>[^(]+?)\s*\((?P<what>[^)]*)\)$", first)
    if m:
        return m.group("payee").strip(" -–"), " ".join([m.group("what"), *cells[1:]]).strip()
    return first.strip(" -–"), " ".join(cells[1:])


def payment_rows(lines: list[str]) -> tuple[list[str], list[list[str]]] | None:
    """(headers, rows) of lines that are payments, each row under the headers its lines use;
    None unless at least one line is a payment and every other line is one too."""
    found = [payment_line(ln) for ln in lines]
    if not found or not all(found):
        return None
    headers = [h for h in LINE_HEADERS if any(h in f for f in found if f)]
    return headers, [[f.get(h, "") for h in headers] for f in found if f]


def payment_lines_table(paragraphs: list[Paragraph], n: int) -> tuple[str | None, list[str], list[list[str]]] | None:
    """(caption, headers, rows) of the payments paragraph n lists line by line ('Acme Ltd  Mowing
    £450.00'); the line introducing them ('Invoices received:', under an item heading) is the
    caption. A paragraph of one payment counts when a payment or an introduction ending in ':'
    stands right above or below it."""
    p = paragraphs[n]
    lines = [ln for ln in p.text.splitlines() if ln.strip()]
    lead = next((i for i, ln in enumerate(lines) if payment_line(ln)), len(lines))
    intro = _intro(lines[lead - 1]) if lead and lines[lead - 1].rstrip().endswith((":", ":-")) else None
    found = payment_rows(lines[lead:]) if lead <= MAX_INTRO_LINES and (intro or not lead) else None
    if not found or (len(found[1]) == 1 and not intro and not _payments_beside(paragraphs, n)):
        return None
    headers, rows = found
    return _intro(p.section) or intro or _intro_above(paragraphs, n), headers, rows


def _payments_beside(paragraphs: list[Paragraph], n: int) -> bool:
    """Whether a payment, or a line introducing payments, stands next to paragraph n (notes such as
    '(cheque payable to ...)' between are passed over)."""
    for step in (-1, 1):
        i = n + step
        while 0 <= i < len(paragraphs) and NOTE_RE.match(paragraphs[i].text.strip()):
            i += step
        if 0 <= i < len(paragraphs):
            text = paragraphs[i].text.strip()
            if payment_line(text.splitlines()[-1] if step < 0 else text.splitlines()[0]) or \
                    (step < 0 and text.endswith((":", ":-"))):
                return True
    return False


def _intro_above(paragraphs: list[Paragraph], n: int) -> str | None:
    """The nearest line above a run of payment paragraphs that introduces them ('Invoices received :-'),
    printed as a paragraph or kept as the section of the first payments."""
    for i in range(n - 1, max(-1, n - 12), -1):
        text = paragraphs[i].text.strip()
        if text.endswith((":", ":-")):
            return _intro(text)
        if not all(NOTE_RE.match(ln.strip()) or payment_line(ln) for ln in text.splitlines() if ln.strip()):
            return None
        if (paragraphs[i].section or "").rstrip().endswith((":", ":-")):
            return _intro(paragraphs[i].section)
    return None


def _intro(text: str | None) -> str | None:
    """An introduction as a caption: 'Invoices received  :-' -> 'Invoices received'."""
    return " ".join((text or "").rstrip(":- ").split()) or None
