"""Putting cells under their column headers when the tabs do not line them up.

Text taken from PDFs and word processors marks cells with tabs, but not always one tab per
column: a header may be printed over the figures only ('31/3/2015<tab>31/3/2016' above
'Staff Costs<tab><tab><tab>3,508<tab><tab>5,356'), carry its units as cells of their own
('Budget 2017/18<tab>£m<tab>Forecast<tab>£m'), or a payments list may use tabs as gaps, so that
each row's cells drift a tab or two from the header above them. These functions restore the
columns: unit cells join the header before them, a header as wide as the figure columns is
placed over them, and the cells of a ragged table are snapped to the nearest header of their
kind (figure, date, word) in order.
"""
from __future__ import annotations

import re

from indexer.extract.amounts import YEARISH_RE, is_figure

UNIT_ONLY_RE = re.compile(r"^(?:[£$€]|US\$|GBP|USD|EUR)\s?(?:'?000'?s?|m|k|mn|bn)?$|^\((?:[£$€]|US\$)\s?(?:'?000'?s?|m|k)?\)$",
                          re.I)
DATE_RE = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})$")
# A label column's header printed at the start of the first figure column's ('Expenditure Area Budget').
LABEL_HEAD_RE = re.compile(
    r"^(?P<label>(?:[A-Z][\w/&'’-]*\s+){0,2}(?:Area|Service|Services|Department|Directorate|Division|"
    r"Description|Name|Item|Category|Scheme|Fund|Account|Payee|Supplier|Provider))\s+(?P<rest>\S.*)$")
# A header cell that names figures: it holds a unit, a year or a date ('Budget 2017/18 £m', '31/3/2016').
FIGURE_HEADER_RE = re.compile(r"[£$€%]|\b(?:19|20)\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|^(?:GBP|USD|EUR)$")
# The kind of cell a header names: dates, figures (amounts, cheque numbers) or words.
HEADER_KINDS = tuple((name, re.compile(form, re.I)) for name, form in (
    ("date", r"\b(?:date|cleared|paid\s+on|issued)\b"),
    ("figure", r"\b(?:amount|net|gross|vat|total|cost|value|chq|cheque|no\.?|number)\b|[£$€#]"),
    ("word", r"\b(?:payee|supplier|description|details|name|purpose|narrative|paid\s+to)\b"),
))
DROP_COST = 3  # what leaving a stray cell ('+', a tick) out of the columns costs, in tab positions
DROP_FIGURE_COST = 8  # a figure is left out only when no column can take it
KIND_COST = 2  # what putting a cell under a column of another kind costs


def kind(cell: str) -> str:
    """What a cell holds: 'figure', 'date', 'word' or 'other' (a tick, a code)."""
    cell = cell.strip()
    if DATE_RE.match(cell):
        return "date"
    if is_figure(cell) or YEARISH_RE.match(cell):
        return "figure"
    return "word" if re.search(r"[A-Za-z]{2}", cell) else "other"


def filled(row: list[str]) -> list[int]:
    """Positions of a row's non-empty cells."""
    return [i for i, c in enumerate(row) if c]


def merge_unit_cells(row: list[str], width: int) -> list[str]:
    """A header row with more cells than the table has columns, its units printed as cells of their
    own: the cells up to each unit ('Variance', '@P4', '£m') become one header, at the place of the
    first; cells after the last unit stay as they are."""
    if len(filled(row)) <= width or not any(_ends_in_unit(c) for c in row):
        return row
    out, group = list(row), []
    for i in filled(row):
        group.append(i)
        if _ends_in_unit(row[i]):
            out[group[0]] = " ".join(row[j].strip() for j in group)
            for j in group[1:]:
                out[j] = ""
            group = []
    return out


def _ends_in_unit(cell: str) -> bool:
    """'£m', 'Variance £m': one unit, at the end ('£m £m £m' is a row of units, not a header's end)."""
    words = cell.split()
    return bool(words) and bool(UNIT_ONLY_RE.match(words[-1])) and sum(bool(UNIT_ONLY_RE.match(w)) for w in words) == 1


def figure_positions(body: list[list[str]]) -> list[int]:
    """The positions holding a figure in some body row, left to right."""
    return sorted({i for r in body for i, c in enumerate(r) if is_figure(c)})


def place_over_figures(header_rows: list[list[str]], body: list[list[str]]) -> list[list[str]]:
    """Header rows that name the figure columns only, as many cells as there are figure columns but
    not over them (those off them hold a unit, year or date), moved over them; a label header at the
    start of the first one split off."""
    positions = figure_positions(body)
    if not positions or not header_rows:
        return header_rows
    out = []
    for row in header_rows:
        cells = [row[i] for i in filled(row)]
        off = [row[i] for i in filled(row) if i not in positions]
        if len(cells) != len(positions) or not off or not all(FIGURE_HEADER_RE.search(c) for c in off):
            out.append(row)  # it fits, or a cell off the figures names the labels ('Summary')
            continue
        placed = [""] * (positions[-1] + 1)
        for pos, cell in zip(positions, cells, strict=True):
            placed[pos] = cell
        out.append(_split_label_head(placed, body))
    return out


def _split_label_head(row: list[str], body: list[list[str]]) -> list[str]:
    """'Expenditure Area Budget 2017/18 £m' over the figures right of the labels: 'Expenditure Area'
    goes over the labels."""
    width = max(len(r) for r in body)
    label_col = next((i for i in range(width) if any(i < len(r) and kind(r[i]) == "word" for r in body)), None)
    after = next((i for i in range(label_col + 1, len(row)) if row[i]), None) if label_col is not None else None
    m = LABEL_HEAD_RE.match(row[after]) if after is not None else None
    if m is None or label_col >= len(row) or row[label_col]:
        return row
    row[label_col], row[after] = m.group("label"), m.group("rest")
    return row


def realign(row: list[str], positions: list[int]) -> list[str]:
    """A row whose figures sit a tab off the header's figure columns, with as many figures, moved under them."""
    own = [i for i, c in enumerate(row) if is_figure(c)]
    if own == positions or len(own) != len(positions):
        return row
    out = [("" if i in own else c) for i, c in enumerate(row)]
    out += [""] * (positions[-1] + 1 - len(out))
    for src, dst in zip(own, positions, strict=True):
        if out[dst]:
            return row  # a label sits there: leave the row as printed
        out[dst] = row[src]
    return out


def is_ragged(headers: list[str], body: list[list[str]]) -> bool:
    """Whether the body's cells drift off the header's columns: several fall under no header while a
    header next to them stands over nothing in that row."""
    named = set(filled(headers))
    if len(named) < 3:
        return False
    stray = sum(1 for r in body for i in filled(r)
                if i not in named and i > min(named) and any(j in named and not (j < len(r) and r[j])
                                                              for j in (i - 1, i + 1)))
    cells = sum(len(filled(r)) for r in body)
    return stray >= 2 and stray * 10 >= cells


def snap(headers: list[str], body: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """(headers, rows) of a ragged table with one column per named header, each row's cells
    assigned in order to the headers nearest them and of their kind; stray cells that are no
    figures left out (the table as it was when a figure would be)."""
    anchors = filled(headers)
    kinds = [_column_kind(headers[pos], body, pos) for pos in anchors]
    rows = [_snap_row(r, anchors, kinds) for r in body]
    if _figures(rows) != _figures(body):
        return headers, body  # snapping would lose figures: the header is not one of these columns
    return [headers[i] for i in anchors], rows


def _figures(rows: list[list[str]]) -> list[str]:
    return sorted(c for r in rows for c in r if is_figure(c))


def _column_kind(header: str, body: list[list[str]], pos: int) -> str | None:
    """The kind of cell a column holds: as its header names it ('Date', 'VAT', 'Payee'), else the
    kind most cells right under it are, or None when no row has a cell there."""
    for name, form in HEADER_KINDS:
        if form.search(header):
            return name
    found = [kind(r[pos]) for r in body if pos < len(r) and r[pos]]
    return max(set(found), key=found.count) if found else None


def _snap_row(row: list[str], anchors: list[int], kinds: list[str | None]) -> list[str]:
    """One row's cells put under the anchors by the cheapest order-keeping assignment."""
    cells = [(i, row[i]) for i in filled(row)]
    inf = float("inf")
    # best[c][a]: cheapest cost of placing the first c cells using only the first a anchors
    best = [[0.0] * (len(anchors) + 1)] + [[inf] * (len(anchors) + 1) for _ in cells]
    choice: dict[tuple[int, int], str] = {}
    for c, (pos, text) in enumerate(cells, 1):
        for a in range(len(anchors) + 1):
            options = []
            if a:
                cost = abs(pos - anchors[a - 1]) + (KIND_COST if kinds[a - 1] not in (None, kind(text)) else 0)
                options += [(best[c - 1][a - 1] + cost, "take"), (best[c][a - 1], "skip")]
            options.append((best[c - 1][a] + (DROP_FIGURE_COST if is_figure(text) else DROP_COST), "drop"))
            best[c][a], choice[(c, a)] = min(options, key=lambda o: o[0])
    out = [""] * len(anchors)
    c, a = len(cells), len(anchors)
    while c:
        step = choice[(c, a)]
        if step == "take":
            out[a - 1] = cells[c - 1][1]
        c, a = (c - 1, a - 1) if step == "take" else (c - 1, a) if step == "drop" else (c, a - 1)
    return out
