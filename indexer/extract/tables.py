"""Tables printed in committee papers: header rows, body rows and the scale their money is in.

A table arrives as one paragraph whose lines are its rows, cells separated by tabs (or, from
flattened PDF layout, a label among numbers: "10.392 (0.471) Business Development 4.001").
Header rows are the rows above the first row of figures; a header printed over two or three
rows ("Balance" / "1 April 2016" / "£m") is joined column by column. One-cell sub-heading rows
("ASCH Committee") and rows with neither label nor figure are not body rows; a block of
"Label:<tab>value" lines (a report's cover) is not a table.

`extract_tables` applies the families of forms kept beside this module: `columns` (cells put back
under their headers), `flat` (tables a PDF flattened, over several paragraphs and page breaks) and
`payments` (payments and invoice lists, as tables or lines); the scale and currency a table's
headers or caption name come from `amounts`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from indexer.extract.amounts import CELL_RE, YEARISH_RE, currency_of, is_figure, scale_of
from indexer.extract.columns import (
    figure_positions,
    filled,
    is_ragged,
    merge_unit_cells,
    place_over_figures,
    realign,
    snap,
)
from indexer.extract.flat import FlatTable, flat_cells, flat_tables, is_footer
from indexer.extract.payments import is_payments, payment_lines_table, tidy, totals_row
from models.domain import Paragraph, Table
from models.ids import table_id

_UNIT_CELL_RE = re.compile(
    r"^(?:[£$€]\s?'?0{3}s?|[£$€]\s?m|[£$€]\s?k|US\$|[£$€]|%|[£$€]m\s?%|no\.?|number|GBP|USD|EUR"
    r"|\((?:[£$€]|US\$|GBP|USD|EUR)?\s?(?:'?000'?s?|m|k)?\))$", re.I)
# Headers that name the label column, strongest first ('Provider' over 'Area', 'Risk name' over 'Service').
_LABEL_HEADER_WORDS = ("payee", "supplier", "paid to", "provider", "recipient", "creditor", "vendor", "name",
                       "title", "area", "measure", "indicator", "department", "directorate", "service",
                       "scheme", "item", "category", "description", "saving")


def is_number(cell: str) -> bool:
    """True for a cell that prints one figure ('1,234', '(0.471)', '8.4%', '+35.4'), not a year or a code."""
    return is_figure(cell)


def _is_header_cell(cell: str) -> bool:
    """True for cells a header row may hold: words, years ('2016/17'), units ('£m')."""
    cell = cell.strip()
    return not cell or not CELL_RE.match(cell) or bool(YEARISH_RE.match(cell)) or bool(_UNIT_CELL_RE.match(cell))


def table_rows(text: str, min_rows: int = 2) -> list[list[str]] | None:
    """The rows of a table paragraph (tab-separated or flattened), or None when it is not a table."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not re.fullmatch(r"[-\t\s]+", ln)]
    tabbed = [ln for ln in lines if "\t" in ln]
    if len(tabbed) >= min_rows and len(tabbed) * 2 >= len(lines):
        return [_trim([c.strip() for c in ln.split("\t")]) for ln in lines]
    flat = [flat_cells(ln) for ln in lines]
    if sum(f is not None for f in flat) >= min_rows and sum(f is not None for f in flat) * 2 >= len(lines):
        return [f if f is not None else [ln.strip()] for f, ln in zip(flat, lines, strict=True)]
    return None


def _trim(cells: list[str]) -> list[str]:
    """Cells without empty trailing ones and without leftover markup ('<i>', '<u>')."""
    cells = [re.sub(r"</?[a-z]+>", "", c).strip() for c in cells]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _filled(row: list[str]) -> int:
    return sum(bool(c) for c in row)


def _density(row: list[str], width: int) -> float:
    return sum(bool(c) for c in row) / max(width, 1)


def split_header(rows: list[list[str]]) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """(caption rows, header rows, body rows): headers are the dense rows above the first figures,
    with the rows of units or years under them ('£m', '2016/17'); a sub-heading right above the
    first figures ('Services to users') labels the body, not the header."""
    first_body = next((i for i, r in enumerate(rows) if not all(_is_header_cell(c) for c in r)), len(rows))
    if first_body == len(rows):  # a table of words: its first row is the header
        n = 1
        while n < len(rows) and is_unit_row(rows[n]):
            n += 1
        return [], rows[:n], rows[n:]
    if first_body == 0:
        return [], [], rows
    width = max(_filled(r) for r in rows)  # columns in use: tabs may also stand for gaps
    block = rows[:first_body]
    dense = [_density(r, width) >= 0.5 or len([c for c in r if c]) >= 3 for r in block]
    end = len(block)
    while end > 1 and is_group_row(block[end - 1]) and any(dense[:end - 1]):
        end -= 1  # sub-headings of the body
    start = max((i for i in range(end) if dense[i]), default=end - 1)
    taken, cells = 1, _filled(block[start])
    while start > 0 and taken < 3:
        if dense[start - 1] and _filled(block[start - 1]) * 2 >= cells:
            start, taken = start - 1, taken + 1
        elif start > 1 and dense[start - 2] and is_group_row(block[start - 1]):
            start -= 1  # a one-cell row between header rows ('Scheme Name') is part of the header
        else:
            break
    return block[:start], block[start:end], rows[end:]


def is_group_row(row: list[str]) -> bool:
    """A row of one cell of words and no figures: a sub-heading ('Purchase of Care') or a caption."""
    filled = [c for c in row if c]
    return len(filled) == 1 and not is_number(filled[0]) and bool(re.search(r"[^\W\d_]", filled[0]))


def is_unit_row(row: list[str]) -> bool:
    """A row of units and years only ('£m  £m  %', '2016/17  2017/18'): part of the header above it."""
    tokens = [t for c in row for t in c.split()]
    return bool(tokens) and all(YEARISH_RE.match(t) or _UNIT_CELL_RE.match(t) for t in tokens)


def _is_filler(row: list[str]) -> bool:
    """A row with neither a figure nor a label: empty, dashes, units or years only."""
    return not any(is_number(c) for c in row) and \
        all(not c or is_unit_row([c]) or not re.search(r"[^\W\d_]{2}", c) for c in row)


def body_rows(body: list[list[str]]) -> list[list[str]]:
    """The body without filler rows and, in a table of figures, without its sub-heading rows."""
    figures = any(is_number(c) for r in body for c in r)
    return [r for r in body if not _is_filler(r) and not (figures and is_group_row(r))]


def is_key_value(rows: list[list[str]]) -> bool:
    """A block of 'Label:<tab>value' lines without figures (a report's cover), not a table: every
    row of two cells or more is a pair, most of them with the label ending in ':'."""
    pairs = [f for f in ([c for c in r if c] for r in rows) if len(f) > 1]
    keyed = [f for f in pairs if f[0].rstrip().endswith(":")]
    return bool(pairs) and all(len(f) == 2 for f in pairs) and len(keyed) * 2 > len(pairs) \
        and not any(is_number(c) for r in rows for c in r)


def join_headers(header_rows: list[list[str]]) -> list[str]:
    """Header rows joined column by column: 'Balance' over '1 April 2016' -> 'Balance 1 April 2016'."""
    width = max((len(r) for r in header_rows), default=0)
    return [" ".join(r[i] for r in header_rows if i < len(r) and r[i]).strip() for i in range(width)]


def label_column(headers: list[str], body: list[list[str]]) -> int | None:
    """The column naming each row: a header saying so ('Risk name', 'Expenditure Area'), else the
    first column of words."""
    for word in _LABEL_HEADER_WORDS:
        for i, h in enumerate(headers):
            if re.search(rf"(?i)\b{word}", h) and _wordy(body, i):
                return i
    width = max((len(r) for r in body), default=0)
    return next((i for i in range(width) if _wordy(body, i)), None)


def _wordy(body: list[list[str]], col: int) -> bool:
    """True when most filled cells of a column are words of more than two characters."""
    cells = [r[col] for r in body if col < len(r) and r[col]]
    words = [c for c in cells if not is_number(c) and re.search(r"[A-Za-z]{3}", c)]
    return bool(cells) and len(words) * 2 >= len(cells)


CONTINUE_WITHIN = 6  # paragraphs of explanation a table's later rows may follow, in the same section


def extract_tables(doc_id: str, paragraphs: list[Paragraph]) -> list[Table]:
    """Every table of a document (tab-separated rows, flattened PDF rows, payments lines) as a Table
    with joined headers, body rows, scale and currency; a flattened table printed over several
    paragraphs (a row each, a page break between) is a Table per paragraph with the same headers.

    A table broken over several paragraphs (a page break, blank lines between rows) keeps the
    headers, caption and scale of its first part when the later parts have none of their own; so
    does a lone row printed a few paragraphs below it in the same section, after an explanation.
    A line of figures only right below a table is its totals row.
    """
    tables: list[Table] = []
    last: tuple[Table, Paragraph] | None = None
    flat = {n: (t, rows) for t in flat_tables(paragraphs) for n, rows in t.rows.items()}
    held: Paragraph | None = None  # tabbed header rows printed apart from their table
    for n, p in enumerate(paragraphs):
        ident = table_id(doc_id, len(tables) + 1)
        if n in flat:
            table = _flat_table(ident, p, *flat[n])
        else:
            p = _under(held, p)
            table = _payments(ident, paragraphs, n) or _tab_table(ident, p, last)
        held = p if table is None and _header_only(p) else None
        if table is None:
            continue
        if n + 1 < len(paragraphs) and n not in flat and n + 1 not in flat:  # a flattened table has its own
            _add_totals(table, p, paragraphs[n + 1])
        tables.append(table)
        last = (table, p)
    return tables


def _header_only(p: Paragraph) -> bool:
    """A tabbed paragraph of header cells only ('31/3/2015<tab>31/3/2016', '£<tab>£')."""
    return "\t" in p.text and all(_is_header_cell(c) for ln in p.text.splitlines() for c in ln.split("\t"))


def _under(held: Paragraph | None, p: Paragraph) -> Paragraph:
    """The paragraph with the header rows printed right above it (a blank line apart) put on top."""
    if held is None or held.seq + 1 != p.seq or "\t" not in p.text:
        return p
    return replace(p, text=f"{held.text}\n{p.text}", section=p.section or held.section)


def _tab_table(ident: str, p: Paragraph, last: tuple[Table, Paragraph] | None) -> Table | None:
    """The tab-separated (or flattened) table a paragraph holds, continuing the table above it when
    it has no header of its own; None when it holds none."""
    adjacent = last is not None and last[1].seq + 1 == p.seq
    near = last is not None and p.seq - last[1].seq <= CONTINUE_WITHIN and p.section == last[1].section
    rows = table_rows(p.text, min_rows=1 if adjacent or near else 2)
    if not rows or is_key_value(rows):
        return None
    width = max(len(r) for r in rows)
    if last and (adjacent or near) and len(rows) == 1 and not _fits(rows[0], last[0], width, adjacent):
        return None
    table = _table(ident, p, rows)
    if not table.rows:
        return None
    if last and (adjacent or near) and not table.headers and _fits(rows[0], last[0], width, adjacent):
        _inherit(table, last[0])
    return table


def _flat_table(ident: str, p: Paragraph, flat: FlatTable, rows: list[list[str]]) -> Table:
    """The rows of a flattened table that one paragraph prints, under the table's headers."""
    section = p.section if p.section and p.section not in flat.lines else None  # a row taken for a heading is none
    table = Table(id=ident, paragraph_id=p.id, caption=section or flat.caption, headers=flat.headers, rows=rows)
    return _priced(table, flat.caption or "")


def _fits(row: list[str], above: Table, width: int, adjacent: bool) -> bool:
    """Whether a headless row continues the table above: as wide as it (right below it), or with as
    many figures as it has figure columns (a few paragraphs below)."""
    if adjacent and width == len(above.headers or (above.rows[0] if above.rows else [])):
        return True
    return len([c for c in row if is_number(c)]) == len(figure_positions(above.rows)) > 0


def _inherit(table: Table, first: Table) -> None:
    """A continued table takes the headers, scale, currency and caption of its first part."""
    table.headers, table.scale, table.currency = first.headers, first.scale, first.currency
    table.caption = table.caption or first.caption
    positions = figure_positions(first.rows)
    table.rows = [realign(r, positions) for r in table.rows]


def _add_totals(table: Table, p: Paragraph, below: Paragraph) -> None:
    """The paragraph right below a table's, when it is one line of figures, as the table's totals row."""
    lines = [ln for ln in below.text.splitlines() if ln.strip()]
    if len(lines) == 1 and table.rows and below.seq == p.seq + 1:
        row = totals_row(lines[0], table.rows, label_column(table.headers, table.rows))
        if row:
            table.rows.append(row)


def _payments(ident: str, paragraphs: list[Paragraph], n: int) -> Table | None:
    """The payments paragraph n lists line by line, as a table."""
    found = payment_lines_table(paragraphs, n)
    if found is None:
        return None
    caption, headers, rows = found
    return _priced(Table(id=ident, paragraph_id=paragraphs[n].id, caption=caption, headers=headers, rows=rows), "")


def _table(ident: str, p: Paragraph, rows: list[list[str]]) -> Table:
    """One table paragraph's rows split into caption, joined headers and body, with its scale and
    currency; the header repeated after a page break and page footers left out; cells put back under
    their headers where the tabs drifted; a payments list tidied."""
    caption_rows, header_rows, body = split_header(rows)
    body = [r for r in body if not _page_furniture(r, header_rows)]
    width = max((len(filled(r)) for r in body), default=0)
    header_rows = place_over_figures([merge_unit_cells(r, width) for r in header_rows], body)
    headers = join_headers(header_rows)
    if is_ragged(headers, body):
        headers, body = snap(headers, body)
    body = body_rows(tidy(body) if is_payments(headers) else body)
    caption = p.section or " ".join(c for r in caption_rows for c in r if c) or None
    return _priced(Table(id=ident, paragraph_id=p.id, caption=caption, headers=headers, rows=body),
                   " ".join(c for r in caption_rows for c in r))


def _page_furniture(row: list[str], header_rows: list[list[str]]) -> bool:
    """A row that a page break left in the table: the header printed again, or a page footer."""
    cells = [c for c in row if c]
    return any(cells == [c for c in h if c] for h in header_rows) or (len(cells) == 1 and is_footer(cells[0]))


def _priced(table: Table, above: str) -> Table:
    """The table with the scale and currency its headers, else its caption, name."""
    around = f"{table.caption or ''} {above}"
    table.scale = scale_of(" ".join(table.headers)) if any(table.headers) else 1.0
    if table.scale == 1.0:
        table.scale = scale_of(around)
    table.currency = currency_of(" ".join(table.headers)) or currency_of(around)
    return table
