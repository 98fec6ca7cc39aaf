"""Figures: every number of a table, and the money and percentages written in paragraphs.

A figure keeps its text as printed and a normalised value: '(35,643)' in a £000 table is
-35,643,000 GBP; '9.629' in a £m table is 9,629,000 GBP; '£9.629m' in a sentence is 9,629,000
GBP; '77.3%' is 77.3 %. A table figure names its row and column and the period its column (or
caption) names; a figure from prose names the phrase before it ('overspend') and the period
its sentence names. Regular expressions only: this runs on every paragraph.
"""
from __future__ import annotations

import re

from indexer.extract.tables import NUMBER_RE, is_number, label_column, scale_of
from models.domain import Figure, Paragraph, Table

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
PERIOD_RE = re.compile(
    rf"\b(?:Q[1-4]|Quarter\s+[1-4])\s+(?:19|20)\d{{2}}(?:[-/]\d{{2,4}})?"
    rf"|\b(?:Period|Pd|P)\s?\d{{1,2}}\b(?:\s*\(?{_MONTH}\)?)?(?:\s+(?:19|20)\d{{2}}(?:[-/]\d{{2,4}})?)?"
    rf"|\b\d{{1,2}}[-\s]{_MONTH}[-\s](?:19|20)?\d{{2}}\b"
    rf"|\b{_MONTH}[-\s'’]{{1,2}}(?:19|20)?\d{{2}}\b"
    rf"|\b(?:19|20)\d{{2}}[-/]\d{{2,4}}\b"
    rf"|\b(?:year\s+end|outturn)\s+(?:19|20)\d{{2}}[-/]\d{{2,4}}\b",
    re.I,
)
MONEY_RE = re.compile(
    r"(?P<neg>\(|-|−)?\s?£\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<mult>bn|billion|m|million|mn|k|thousand)\b)?\)?",
    re.I,
)
PERCENT_RE = re.compile(r"(?P<neg>\(|-|−)?(?P<num>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)\)?", re.I)
MULTIPLIERS = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "mn": 1e6, "k": 1e3, "thousand": 1e3}
_STOP = {
    "of", "at", "is", "was", "were", "be", "been", "being", "by", "to", "totalling", "totalled", "total",
    "around", "approximately", "about", "some", "over", "under", "nearly", "almost", "a", "an", "the",
    "with", "and", "for", "from", "in", "on", "stood", "stands", "will", "would", "which", "that", "this",
    "its", "their", "our", "additional", "further", "extra", "estimated", "c", "circa", "just", "only",
    "per", "cent", "has", "have", "had", "are",
}


def period_of(text: str | None) -> str | None:
    """The financial period a header, caption or sentence names: 'Period 10', 'Q1 2024/25', 'Mar 17'."""
    m = PERIOD_RE.search(text or "")
    return m.group(0).strip() if m else None


def cell_value(cell: str) -> tuple[float, str] | None:
    """(value, unit) of a cell as printed, before the table's scale: '(0.471)' -> (-0.471, 'GBP'?)."""
    m = NUMBER_RE.match(cell.strip())
    if not m or not is_number(cell):
        return None
    value = float(m.group("num").replace(",", ""))
    if m.group("neg"):
        value = -value
    if m.group("pct"):
        return value, "%"
    if m.group("mult"):
        value *= MULTIPLIERS[m.group("mult").lower()]
    return value, "GBP" if m.group("cur") or m.group("mult") else ""


def _column_unit(header: str, table: Table) -> tuple[str, float]:
    """(unit, scale) a column gives its plain numbers: money in the column's or table's scale, '%', or count."""
    if re.search(r"%|\bper\s?cent", header, re.I):
        return "%", 1.0
    scale = scale_of(header)
    if scale != 1.0:
        return "GBP", scale
    if "£" in header or (table.scale != 1.0 and not re.search(r"\b(?:number|no\.|rate|count)\b", header, re.I)):
        return "GBP", table.scale
    return "count", 1.0


def table_figures(table: Table) -> list[Figure]:
    """A figure for every numeric cell of a table, named by its row label and column header."""
    out: list[Figure] = []
    label_col = label_column(table.headers, table.rows)
    last_label = None
    for row in table.rows:
        label = _row_label(row, label_col) or last_label
        last_label = label
        for i, cell in enumerate(row):
            parsed = cell_value(cell) if i != label_col else None
            if not parsed:
                continue
            header = table.headers[i] if i < len(table.headers) else ""
            value, unit = parsed
            if not unit:
                unit, scale = _column_unit(header, table)
                value *= scale
            out.append(Figure(text=cell.strip(), value=value, unit=unit, label=label, column=header or None,
                              period=period_of(header) or period_of(table.caption),
                              paragraph_id=table.paragraph_id, table_id=table.id))
    return out


def _row_label(row: list[str], label_col: int | None) -> str | None:
    """A row's label: the cell of the label column, else its first cell of words."""
    if label_col is not None and label_col < len(row) and row[label_col] and not is_number(row[label_col]):
        return row[label_col]
    return next((c for c in row if c and not is_number(c) and re.search(r"[A-Za-z]", c)), None)


def phrase_before(text: str, start: int) -> str | None:
    """The short phrase a number measures: the words before it, back to a stop word ('an overspend of')."""
    prefix = re.split(r"[.;:,()\n]|£?\d[\d,.]*\w*", text[max(0, start - 100):start])[-1]
    return _last_words(re.findall(r"[A-Za-z][\w'’&-]*", prefix))


def phrase_after(text: str, end: int) -> str | None:
    """The words right after a number, when they say what it is ('a 3% rise', '£2bn funding')."""
    suffix = re.split(r"[.;:,()\n]|£?\d[\d,.]*\w*", text[end:end + 80])[0]
    words = re.findall(r"[A-Za-z][\w'’&-]*", suffix)
    while words and words[0].lower() in _STOP:
        words.pop(0)
    picked = []
    for w in words[:3]:
        if w.lower() in _STOP:
            break
        picked.append(w)
    return " ".join(picked) or None


def _last_words(words: list[str]) -> str | None:
    while words and words[-1].lower() in _STOP:
        words.pop()
    picked: list[str] = []
    while words and words[-1].lower() not in _STOP and len(picked) < 3:
        picked.insert(0, words.pop())
    return " ".join(picked) or None


def label_at(text: str, start: int, end: int) -> str | None:
    """What a figure in running text measures: the phrase before it, or after it when the one
    before is a verb ('will receive £18m', 'incorporating a 3% rise')."""
    before = phrase_before(text, start)
    if before and not _VERBISH_RE.search(before):
        return before
    return phrase_after(text, end) or before


_VERBISH_RE = re.compile(r"(?i)(?:ed|ing|receive|receives|include|includes|spend|spends|cost|costs|save|saves)$")


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    end = min((i for i in (text.find(". ", pos), text.find("\n", pos)) if i != -1), default=len(text))
    return text[start:end]


def prose_figures(p: Paragraph) -> list[Figure]:
    """Money ('£9.629m', '£2bn', '£1,234') and percentages ('77.3%') written in a paragraph."""
    out: list[Figure] = []
    text = p.text
    for m in MONEY_RE.finditer(text):
        value = float(m.group("num").replace(",", "")) * MULTIPLIERS.get((m.group("mult") or "").lower(), 1.0)
        if m.group("neg") and (m.group("neg") != "(" or m.group(0).endswith(")")):
            value = -value
        out.append(_prose_figure(p, m, value, "GBP"))
    for m in PERCENT_RE.finditer(text):
        value = float(m.group("num")) * (-1 if m.group("neg") and m.group(0).endswith(")") else 1)
        out.append(_prose_figure(p, m, value, "%"))
    return sorted(out, key=lambda f: text.find(f.text))


def _prose_figure(p: Paragraph, m: re.Match, value: float, unit: str) -> Figure:
    text = m.group(0).strip()
    if text.startswith("(") and not text.endswith(")"):
        text = text[1:].strip()
    return Figure(text=text, value=value, unit=unit, label=label_at(p.text, m.start(), m.end()),
                  period=period_of(_sentence_at(p.text, m.start())), paragraph_id=p.id)


def extract_figures(tables: list[Table], paragraphs: list[Paragraph]) -> list[Figure]:
    """Figures of every table, then those written in the paragraphs that are not tables."""
    figures = [f for t in tables for f in table_figures(t)]
    table_paras = {t.paragraph_id for t in tables}
    figures.extend(f for p in paragraphs if p.id not in table_paras for f in prose_figures(p))
    return figures
