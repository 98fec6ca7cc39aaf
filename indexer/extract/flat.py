"""Tables whose layout a PDF flattened: rows of a label among figures, headers as lines of words.

    All figures in £m                                   a caption naming the scale
    Directorate Revenue Revenue Revenue %               a header over two lines, one word a column,
    Page 5 of 54 Budget Forecast Variance Variance      with the page footer run into it
    Adult Social Care & Health 586.1 621.6 +35.4 +6.0%  rows (after a page break)
    Strategic Commissioning (Integrated &               a label wrapped around its figures
    22.1 23.2 +1.0
    Adults)

The lines may be one paragraph or a paragraph each (consecutive paragraphs, across page breaks).
A block of rows takes the header lines right above it, split into one header per figure column
(a word each, or words up to a unit: 'Budget 2017/18 £m') and joined column by column ('Revenue'
over 'Budget' -> 'Revenue Budget'); page footers ('Page 5 of 54') are dropped wherever they fall,
and a header repeated after a page break is not a row. A line of figures takes the label wrapped
around it; one left without a label at the end of the block is the 'Total'. A short line the
segmenter took for a section heading comes back from the section of the paragraph below it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.extract.amounts import YEARISH_RE, scale_of
from indexer.extract.columns import LABEL_HEAD_RE
from indexer.extract.payments import TOTAL_LABEL, payment_line
from models.domain import Paragraph

FLAT_TOKEN_RE = re.compile(r"^\(?[-−–+]?\s?(?:US\$|[£$€])?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?\)?$")
LONE_PLUS_RE = re.compile(r"(?<!\S)(\+)\s+(?=(?:US\$|[£$€])?\d)")
# Page footers and running page marks a PDF leaves inside a table: 'Page 5 of 54', '- 5 -', '5 | Page'.
FOOTER_RE = re.compile(r"^\s*(?:Page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+\s*\|\s*Page)\b\s*"
                       r"|\s*\b(?:Page\s+\d+(?:\s+of\s+\d+)?)\s*$", re.I)
# Header words that stand alone over a column: a unit, a year, '%', or a capitalised word.
HEADER_TOKEN_RE = re.compile(
    r"^(?:[/&–-] \S+|[£$€%]\S*|(?:19|20)\d{2}(?:[-/]\d{2,4})?|[A-Z][\w/&'’.-]*|\d{1,2}/\d{1,2}/\d{2,4})$")
UNIT_TOKEN_RE = re.compile(r"^(?:[£$€]\S*|%|(?:19|20)\d{2}(?:[-/]\d{2,4})?|\(?[£$€]?'?000'?s?\)?)$")
CURRENCY_UNIT_RE = re.compile(r"^[£$€]")
# What a header line names, one of them at least: a unit, a year or date, or a word of columns.
COLUMN_WORD_RE = re.compile(
    r"[£$€%]|\b(?:19|20)\d{2}\b|\d{1,2}/\d{1,2}/\d{2,4}|\b(?:budget|forecast|variance|actual|outturn|estimate|"
    r"spend|income|expenditure|total|balance|target|plan|revised|original|approved|adopted|amended|amount|"
    r"net|gross|vat|cost|savings?|change|movement|opening|closing|projected|contribution|drawdown|previous|"
    r"current|year|month|quarter|period|ytd|committed|remaining|allocation|funding|grant)\b", re.I)
UNFINISHED_RE = re.compile(r"(?:[,&/(–-]|\b(?:and|of|the|for|to|in|&))$|\([^)]*$", re.I)
SENTENCE_END_RE = re.compile(r"\b(?:and|of|the|for|to|in|a|by|with|that)$")  # a label never ends so; prose does
MAX_HEADER_LINES = 3
CAPTION_REACH = 8  # lines above a table's first row its scale caption may stand
MAX_TEXT_WORDS = 12  # a header line or a wrapped label is short; longer lines are prose


@dataclass
class Line:
    """One printed line of the stream, with its paragraph and what it looks like."""

    text: str
    para: int  # index of its paragraph
    kind: str  # row | figures | footer | text | prose
    cells: list[str] = field(default_factory=list)
    heading: bool = False  # a heading line the segmenter kept as the section of the paragraph below


@dataclass
class FlatTable:
    """One flattened table: joined headers, a caption line, and its rows by paragraph index."""

    headers: list[str]
    caption: str | None
    scale: float
    rows: dict[int, list[list[str]]]
    lines: set[str] = field(default_factory=set)  # its lines as printed: no caption for it


def is_footer(text: str) -> bool:
    """A page footer alone: 'Page 5 of 54', 'Page 12', '- 5 -'."""
    return bool(text.strip()) and not FOOTER_RE.sub(" ", text).strip()


def tokens(line: str) -> list[str]:
    """A line's words, a plus printed apart from its figure ('+ 23.3') kept with it."""
    return [t.replace("\0", " ") for t in LONE_PLUS_RE.sub("\\1\0", line).split()]


def flat_cells(line: str) -> list[str] | None:
    """A flattened row split into leading figures, its label and trailing figures; None if not a row."""
    words = tokens(line)
    lead = 0
    while lead < len(words) and FLAT_TOKEN_RE.match(words[lead]):
        lead += 1
    tail = len(words)
    while tail > lead and FLAT_TOKEN_RE.match(words[tail - 1]):
        tail -= 1
    if lead + len(words) - tail < 2 or tail == lead:
        return None
    return words[:lead] + [" ".join(words[lead:tail])] + words[tail:]


def classify(text: str) -> Line:
    """A line as a row (label and figures), figures only, a page footer, short text, or prose."""
    bare = FOOTER_RE.sub(" ", text).strip()
    words = tokens(bare)
    if not bare:
        return Line(text, -1, "footer")
    figures = [w for w in words if FLAT_TOKEN_RE.match(w)]
    if len(figures) == len(words) and not all(YEARISH_RE.match(w) for w in words):
        return Line(bare, -1, "figures", words)
    cells = flat_cells(bare)
    if cells and not all(YEARISH_RE.match(w) for w in figures) and not payment_line(bare) \
            and not SENTENCE_END_RE.search(_label(cells)):
        return Line(bare, -1, "row", cells)
    short = len(words) <= MAX_TEXT_WORDS and not bare.endswith((".", ":", ";"))
    return Line(bare, -1, "text" if short else "prose")


def stream(paragraphs: list[Paragraph]) -> list[Line]:
    """The lines of consecutive untabbed paragraphs; a tabbed paragraph or a gap in order is prose.
    A heading the segmenter took a line for comes back as a line of its own, before the first
    paragraph under it (a short table line printed as 'Total 586.1 621.6 +35.4' may be one)."""
    out: list[Line] = []
    for i, p in enumerate(paragraphs):
        if "\t" in p.text or (i and paragraphs[i - 1].seq + 1 != p.seq):
            out.append(Line("", i, "prose"))
        if "\t" in p.text:
            continue
        text = p.text
        if p.number and re.fullmatch(r"\d+\.\d+", p.number) and classify(p.text).kind == "figures":
            text = f"{p.number} {p.text}"  # a row's first figure taken for a paragraph number
        heading = _heading_above(paragraphs, i)
        for raw in ([heading] if heading else []) + text.splitlines():
            if raw.strip():
                line = classify(raw.strip())
                line.para, line.heading = i, raw is heading
                out.append(line)
    return out


def _heading_above(paragraphs: list[Paragraph], i: int) -> str | None:
    """The heading printed right above paragraph i, when it opens there and is not the paragraph itself."""
    p = paragraphs[i]
    before = paragraphs[i - 1] if i else None
    if not p.section or p.section == p.text.strip() or (before and before.section == p.section):
        return None
    return p.section


def split_header(text: str, n: int) -> tuple[str, list[str]] | None:
    """A header line split over n figure columns: (the label column's header, one header per column):
    a word each ('Budget Forecast Variance'), words up to each unit or year ('Budget 2017/18 £m
    Forecast £m'), or a label header and a word each ('Directorate Revenue Revenue Revenue %')."""
    words = _glued(text.split())
    if not words or not all(HEADER_TOKEN_RE.match(w) or w.islower() for w in words) or is_caption(text):
        return None
    single = not any(w.islower() for w in words)  # a lower-case word belongs to a header of several words
    if single and len(words) == n:
        return "", words
    groups = _unit_groups(words)
    if len(groups) == n and len(groups) > 1:
        m = LABEL_HEAD_RE.match(groups[0])
        return (m.group("label"), [m.group("rest"), *groups[1:]]) if m else ("", groups)
    if single and n < len(words) <= n + 3 and not any(CURRENCY_UNIT_RE.match(w) for w in words[-n:]):
        return " ".join(words[:-n]), words[-n:]
    return None


def _glued(words: list[str]) -> list[str]:
    """Header words with a lone '/', '&' or dash kept with the word after it ('/ Drawdown')."""
    out: list[str] = []
    for w in words:
        if out and out[-1] in ("/", "&", "-", "–"):
            out[-1] = f"{out[-1]} {w}"
        else:
            out.append(w)
    return out


def _unit_groups(words: list[str]) -> list[str]:
    """Words grouped up to each unit or year not followed by another ('Budget 2017/18 £m' 'Forecast £m')."""
    groups: list[list[str]] = [[]]
    for i, w in enumerate(words):
        groups[-1].append(w)
        if UNIT_TOKEN_RE.match(w) and not (i + 1 < len(words) and UNIT_TOKEN_RE.match(words[i + 1])):
            groups.append([])
    return [" ".join(g) for g in groups if g]


def headers_above(lines: list[Line], start: int, n: int) -> tuple[list[str], list[Line], int]:
    """(joined headers, the header lines, index of the first line above them) for the block at `start`."""
    found: list[tuple[str, list[str]]] = []
    taken: list[Line] = []
    i = start - 1
    while i >= 0 and len(found) < MAX_HEADER_LINES:
        line = lines[i]
        split = split_header(line.text, n) if line.kind == "text" else None
        if line.kind == "footer":
            i -= 1
            continue
        if split is None:
            break
        found.insert(0, split)
        taken.insert(0, line)
        i -= 1
    if not found or not any(COLUMN_WORD_RE.search(line.text) for line in taken):
        return [], [], start - 1  # a sub-heading of words ('Older People Services'), not a header
    label = " ".join(s[0] for s in found if s[0])
    columns = [" ".join(s[1][c] for s in found) for c in range(n)]
    return [label, *columns], taken, i


def is_caption(text: str) -> bool:
    """A line that puts a table in a scale in words, or is one unit: 'All figures in £m', 'Amounts in
    $ thousands', '£000s' (not a header line with a unit per column: 'Budget £m Outturn £m')."""
    words = text.split()
    units = [w for w in words if CURRENCY_UNIT_RE.match(w)]
    return scale_of(text) != 1.0 and len(words) <= MAX_TEXT_WORDS and len(units) <= 1 \
        and (len(words) == 1 or any(w.islower() for w in words))


def caption_above(lines: list[Line], i: int) -> str | None:
    """The caption line above a table's headers that names its scale ('All figures in £m'), passing
    over a few short lines (a header the PDF broke into letters) but no sentence."""
    for k in range(i, max(-1, i - CAPTION_REACH), -1):
        if lines[k].kind == "prose" and not is_caption(lines[k].text):
            return None
        if lines[k].kind in ("text", "prose") and is_caption(lines[k].text):
            return lines[k].text
    return None


def block_end(lines: list[Line], start: int, headers: list[Line]) -> int:
    """Index after the last line of the block of rows beginning at `start`."""
    repeated = {h.text for h in headers}
    j = start
    while j < len(lines) and (lines[j].kind in ("row", "figures", "footer") or lines[j].text in repeated
                              or lines[j].kind == "text" and (_next_is_row(lines, j) or _closes_label(lines, j))):
        j += 1
    return j


def _next_is_row(lines: list[Line], j: int) -> bool:
    k = j + 1
    while k < len(lines) and lines[k].kind == "footer":
        k += 1
    return k < len(lines) and lines[k].kind in ("row", "figures")


def _closes_label(lines: list[Line], j: int) -> bool:
    """A short line that finishes the label of the row above it: below a line of figures whose label
    was printed over them ('Leisure Centres (including' / figures / 'Swimming Pools)'), or below a row
    whose label stops unfinished ('Total General Fund & -357.6 34.0' / 'Earmarked Reserves')."""
    if j >= 2 and lines[j - 1].kind == "figures" and lines[j - 2].kind == "text" \
            and UNFINISHED_RE.search(lines[j - 2].text):
        return True
    return j >= 1 and lines[j - 1].kind == "row" and bool(UNFINISHED_RE.search(_label(lines[j - 1].cells)))


def block_rows(lines: list[Line], repeated: set[str]) -> list[tuple[int, list[str]]]:
    """(paragraph index, cells) of a block's rows: labels wrapped around a line of figures joined
    to it, sub-headings and repeated headers left out, a label-less line of figures at the end the total."""
    out: list[tuple[int, list[str]]] = []
    pending: list[str] = []
    for k, line in enumerate(lines):
        if line.kind == "footer" or line.text in repeated:
            continue
        if line.kind == "text":
            if _closes_label(lines, k) and out:
                out[-1][1][0] = f"{out[-1][1][0]} {line.text}"
            else:
                pending.append(line.text)
            continue
        cells = list(line.cells) if line.kind == "row" else ["", *line.cells]
        label = " ".join(pending) if line.kind == "figures" else \
            " ".join([*(pending if pending and UNFINISHED_RE.search(pending[-1]) else []), _label(cells)])
        pending = []
        if label or k == len(lines) - 1:
            para = out[-1][0] if line.heading and out else line.para  # cite the table, not the prose below
            out.append((para, _labelled(cells, label or TOTAL_LABEL)))
    return out


def _label(cells: list[str]) -> str:
    return next((c for c in cells if not FLAT_TOKEN_RE.match(c)), "")


def _labelled(cells: list[str], label: str) -> list[str]:
    """Cells as [label, figures...] whatever side of the label the figures were printed."""
    figures = [c for c in cells if c and FLAT_TOKEN_RE.match(c)]
    return [label, *figures]


def flat_tables(paragraphs: list[Paragraph]) -> list[FlatTable]:
    """Every flattened table of consecutive paragraphs, with its headers, caption and rows."""
    lines = stream(paragraphs)
    out: list[FlatTable] = []
    i = 0
    while i < len(lines):
        if lines[i].kind not in ("row", "figures"):
            i += 1
            continue
        n = _width(lines, i)
        headers, taken, above = headers_above(lines, i, n)
        end = block_end(lines, i, taken)
        rows = block_rows(lines[i:end], {h.text for h in taken})
        if len(rows) >= 2 and sum(len(r) > 2 for _, r in rows) * 2 >= len(rows):
            caption = caption_above(lines, above)
            table = FlatTable(headers, caption, scale_of(caption), {}, {ln.text for ln in [*taken, *lines[i:end]]})
            for para, row in rows:
                table.rows.setdefault(para, []).append(row)
            out.append(table)
        i = max(end, i + 1)
    return out


def _width(lines: list[Line], start: int) -> int:
    """The number of figure columns of the block at `start`: the most figures a row of it prints."""
    end = block_end(lines, start, [])
    return max((len([c for c in ln.cells if FLAT_TOKEN_RE.match(c)]) for ln in lines[start:end]
                if ln.kind in ("row", "figures")), default=0)
