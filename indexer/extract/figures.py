"""Figures: every number of a table, and the money and percentages written in paragraphs.

A figure keeps its text as printed and a normalised value: '(35,643)' in a £000 table is
-35,643,000 GBP; '9.629' in a £m table is 9,629,000 GBP; '+35.4' is 35.4; '$85K' is 85,000
USD; '77.3%' is 77.3 %. A table figure names its row label, its column (the header without its
money unit: 'Budget 2017/18', not 'Budget 2017/18 £m') and the period its column, or else the
table's caption, names. A plain number is money when its column or table gives a scale or a
currency ('Amount ($)', 'All figures in £m') or its header names money ('Net', 'VAT', 'Cost'),
in the currency the table names or else the one the paper writes most; otherwise a count.
Figures written in sentences are read by `indexer.extract.prose`.
"""
from __future__ import annotations

import re

from indexer.extract.amounts import GBP, column_name, currency_of, document_currency, read_cell, scale_of
from indexer.extract.payments import is_payments, pence_columns
from indexer.extract.periods import header_period, period_of
from indexer.extract.prose import label_at, prose_figures
from indexer.extract.tables import is_number, label_column
from models.domain import Figure, Paragraph, Table

__all__ = ["extract_figures", "label_at", "period_of", "prose_figures", "table_figures"]

# Headers of columns that hold money even when no '£' or scale is printed (payments lists, budgets).
MONEY_HEADER_RE = re.compile(
    r"\b(?:amount|net|gross|vat|cost|costs|price|value|budget|forecast|outturn|spend|spent|expenditure|"
    r"income|balance|payments?|paid|receipts?|salary|grant|precept|fees?|sum|total)\b", re.I)
COUNT_HEADER_RE = re.compile(r"\b(?:number|no\.|nos|rate|count|score|people|days|hours|%)", re.I)
# Columns of references, not quantities: 'Chq #', 'Cheque No', 'Invoice No.', 'Ref', 'PO number', 'Voucher'.
IDENTIFIER_HEADER_RE = re.compile(
    r"^(?:chq|cheque|check|inv|invoice|ref|reference|voucher|receipt|po|order|transaction|account|a/c|minute)\b"
    r"|(?:\bno\.?|#|\bnumber|\bref(?:erence)?|\bid|\bcode)\s*$", re.I)


def _column_unit(header: str, table: Table, currency: str, ledger: bool = False) -> tuple[str, float]:
    """(unit, scale) a column gives its plain numbers: money in the column's or table's scale and
    currency ('ledger': a payments list's column of amounts with pence), '%', or a count."""
    if re.search(r"%|\bper\s?cent", header, re.I):
        return "%", 1.0
    unit = currency_of(header) or table.currency or currency
    scale = scale_of(header)
    if scale != 1.0 or currency_of(header):
        return unit, scale
    if COUNT_HEADER_RE.search(header):
        return "count", 1.0
    if ledger or table.scale != 1.0 or currency_of(table.caption) or MONEY_HEADER_RE.search(header):
        return unit, table.scale
    return "count", 1.0


def table_figures(table: Table, currency: str = GBP) -> list[Figure]:
    """A figure for every numeric cell of a table, named by its row label and column header;
    `currency` is the paper's, for money the table names no currency for."""
    out: list[Figure] = []
    label_col = label_column(table.headers, table.rows)
    ledger = set(pence_columns(table.rows)) if is_payments(table.headers) else set()
    last_label = None
    for row in table.rows:
        label = _row_label(row, label_col) or last_label
        last_label = label
        for i, cell in enumerate(row):
            header = table.headers[i] if i < len(table.headers) else ""
            amount = read_cell(cell) if i != label_col and not IDENTIFIER_HEADER_RE.search(header) else None
            if not amount:
                continue
            value, unit = amount.value, amount.unit
            if not unit:
                unit, scale = _column_unit(header, table, currency, i in ledger)
                value *= scale
            out.append(Figure(text=cell.strip(), value=value, unit=unit, label=label, column=column_name(header),
                              period=header_period(header) or period_of(table.caption),
                              paragraph_id=table.paragraph_id, table_id=table.id))
    return out


def _row_label(row: list[str], label_col: int | None) -> str | None:
    """A row's label: the cell of the label column, else its first cell of words."""
    if label_col is not None and label_col < len(row) and row[label_col] and not is_number(row[label_col]):
        return row[label_col]
    return next((c for c in row if c and not is_number(c) and re.search(r"[A-Za-z]", c)), None)


def extract_figures(tables: list[Table], paragraphs: list[Paragraph]) -> list[Figure]:
    """Figures of every table, then those written in the paragraphs that are not tables."""
    currency = document_currency([p.text for p in paragraphs])
    figures = [f for t in tables for f in table_figures(t, currency)]
    table_paras = {t.paragraph_id for t in tables}
    figures.extend(f for p in paragraphs if p.id not in table_paras for f in prose_figures(p))
    return figures
