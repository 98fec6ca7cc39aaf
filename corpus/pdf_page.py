"""One PDF page in reading order: words grouped into rows, ruled tables as tab-separated rows
(a cell wrapped onto a row of its own joined back to its row), and a two-column page (two clusters of words with a gutter between them) read left column first.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pdfplumber.page import Page

EDGE_BAND = 0.08  # share of the page height at the top and bottom where headers/footers sit
MIN_GUTTER = 12.0  # points of empty x between two columns; word gaps are narrower
PROSE_TOKENS = 3.0  # words a line, on average, in a column of prose
SIDE_TOKENS = 2.5  # words a line, on average, in a column beside it (titles, an address, names)
AMOUNT_RE = re.compile(r"^[-+(£$€]*\d[\d,]*\.\d+[)%m]*$")  # '-0.145', '(1,204.50)', '+6.0%', '£9.6m'
AMOUNT_SHARE = 0.2  # lines of a short side with an amount, beyond which it is part of a table


@dataclass
class Line:
    """A row of text on a page (or a whole table), with its box."""

    top: float
    bottom: float
    x0: float
    x1: float
    text: str = ""
    words: list[dict] = field(default_factory=list)
    table: bool = False
    column: int = 0  # 0 full width, 1 left and 2 right column of a two-column page


def page_lines(page: Page) -> list[Line]:
    """The page's rows and tables in reading order."""
    if _has_doubled_chars(page.chars):
        page = page.dedupe_chars()  # text drawn twice, slightly offset, to look bold
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    words = [w for w in page.extract_words() if not any(_inside(w, b) for b in boxes)]
    blocks = group_rows(words) + [_table_line(t.bbox, t.extract()) for t in tables]
    blocks.sort(key=lambda line: line.top)
    height = float(page.height)
    body = [b for b in blocks if not in_edge_band(b, height)]
    gutter = find_gutter(body, float(page.width))
    if gutter is None:
        return [b for b in blocks if b.text]
    return [b for b in two_column_order(blocks, gutter, height) if b.text]


def in_edge_band(line: Line, height: float) -> bool:
    """In the strip at the top or bottom of the page where headers and footers are printed."""
    return line.bottom < height * EDGE_BAND or line.top > height * (1 - EDGE_BAND)


def in_edge_reach(line: Line, height: float) -> bool:
    """Starting in the strip at the top of the page or ending in the strip at its bottom: where a
    running title in a large font sits, reaching past the strip."""
    return line.top < height * EDGE_BAND or line.bottom > height * (1 - EDGE_BAND)


def _has_doubled_chars(chars: list[dict]) -> bool:
    seen = Counter((c["text"], round(c["x0"]), round(c["top"])) for c in chars if c["text"].strip())
    return sum(seen.values()) - len(seen) > 0.05 * max(1, len(seen))


def _inside(word: dict, box: tuple[float, float, float, float]) -> bool:
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _table_line(bbox: tuple[float, float, float, float], rows: list[list[str | None]]) -> Line:
    def cell(value: str | None) -> str:
        return " ".join((value or "").split())

    cells = merge_continuation_rows([[cell(c) for c in row] for row in rows])
    lines = ["\t".join(row) for row in cells]
    text = "\n".join(line for line in lines if line.strip())
    return Line(top=bbox[1], bottom=bbox[3], x0=bbox[0], x1=bbox[2], text=text, table=True)


def merge_continuation_rows(rows: list[list[str]]) -> list[list[str]]:
    """A table's rows with each wrapped cell joined back: a row that only carries words on in cells the
    row above fills (a payee 'MC' / 'McCash', a description 'Member' / 'Training'), never in the row
    above's first filled cell (a row heading) and never a figure, is that row's continuation."""
    out: list[list[str]] = []
    for row in rows:
        filled = [j for j, c in enumerate(row) if c]
        above = out[-1] if out else None
        if above is not None and filled and _continues(row, filled, above):
            for j in filled:
                above[j] = f"{above[j]} {row[j]}"
            continue
        out.append(list(row))
    return out


def _continues(row: list[str], filled: list[int], above: list[str]) -> bool:
    above_filled = [j for j, c in enumerate(above) if c]
    if len(above_filled) < 3 or len(filled) * 2 > len(above_filled) or filled[0] <= above_filled[0]:
        return False
    return all(j < len(above) and above[j] and not any(ch.isdigit() for ch in row[j]) for j in filled)


def group_rows(words: list[dict]) -> list[Line]:
    """Words grouped into rows by their vertical position, each row read left to right."""
    rows: list[Line] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        tol = max(2.0, (w["bottom"] - w["top"]) / 2)
        if rows and abs(w["top"] - rows[-1].top) <= tol:
            rows[-1].words.append(w)
        else:
            rows.append(Line(top=w["top"], bottom=w["bottom"], x0=w["x0"], x1=w["x1"], words=[w]))
    for row in rows:
        _finish(row)
    return rows


def _finish(row: Line) -> Line:
    row.words.sort(key=lambda w: w["x0"])
    row.x0 = min(w["x0"] for w in row.words)
    row.x1 = max(w["x1"] for w in row.words)
    row.bottom = max(w["bottom"] for w in row.words)
    row.text = " ".join(w["text"] for w in row.words)
    return row


def _crosses(block: Line, gutter: tuple[float, float]) -> bool:
    if block.table or not block.words:
        return block.x0 < gutter[1] and block.x1 > gutter[0]
    return any(w["x0"] < gutter[1] and w["x1"] > gutter[0] for w in block.words)


def find_gutter(blocks: list[Line], width: float) -> tuple[float, float] | None:
    """The empty vertical strip between two columns of prose, or None for a one-column page."""
    lo, hi = int(width * 0.3), int(width * 0.7)
    if len(blocks) < 3 or hi <= lo:
        return None
    cover = [0] * (hi - lo)
    for b in blocks:
        for x0, x1 in _spans(b):
            for x in range(max(lo, int(x0) - 1), min(hi, int(x1) + 2)):
                cover[x - lo] += 1
    least = min(cover)
    if least > len(blocks) / 2:
        return None
    start, run = _widest_run(cover, least)
    if run < MIN_GUTTER:
        return None
    gutter = (float(lo + start), float(lo + start + run))
    return gutter if _looks_like_columns(blocks, gutter) else None


def _spans(block: Line) -> list[tuple[float, float]]:
    """The x-ranges a row covers, word gaps narrower than a gutter filled in."""
    if block.table or not block.words:
        return [(block.x0, block.x1)]
    spans: list[tuple[float, float]] = []
    for w in block.words:  # sorted by x0
        if spans and w["x0"] - spans[-1][1] < MIN_GUTTER:
            spans[-1] = (spans[-1][0], max(spans[-1][1], w["x1"]))
        else:
            spans.append((w["x0"], w["x1"]))
    return spans


def _widest_run(values: list[int], target: int) -> tuple[int, int]:
    best, best_len, start = 0, 0, None
    for i, v in enumerate([*values, target + 1]):
        if v == target and start is None:
            start = i
        elif v != target and start is not None:
            if i - start > best_len:
                best, best_len = start, i - start
            start = None
    return best, best_len


def _looks_like_columns(blocks: list[Line], gutter: tuple[float, float]) -> bool:
    """Both sides hold several lines of words (not a label column beside a column of numbers), one
    side prose (at least `PROSE_TOKENS` words a line) and the other at least `SIDE_TOKENS`: two
    columns of prose, or a sidebar of notes beside a column of title, address and members. A short
    side with amounts on many of its lines ('Bearsted Road -0.145') is a table's label and figure
    columns beside its column of notes, read across."""
    sides: dict[str, list[list[str]]] = {"left": [], "right": []}
    for b in blocks:
        if b.table or _crosses(b, gutter):
            continue
        left = [w["text"] for w in b.words if w["x1"] <= gutter[0]]
        right = [w["text"] for w in b.words if w["x0"] >= gutter[1]]
        for name, part in (("left", left), ("right", right)):
            if part:
                sides[name].append(part)
    per_line = []
    for lines in sides.values():
        tokens = [t for line in lines for t in line]
        if len(lines) < 3 or sum(any(c.isalpha() for c in t) for t in tokens) / len(tokens) < 0.6:
            return False
        per_line.append(len(tokens) / len(lines))
    if min(per_line) >= PROSE_TOKENS:
        return True
    short = sides["left"] if per_line[0] < per_line[1] else sides["right"]
    amounts = sum(1 for line in short if any(AMOUNT_RE.match(t) for t in line))
    return max(per_line) >= PROSE_TOKENS and min(per_line) >= SIDE_TOKENS and amounts < AMOUNT_SHARE * len(short)


def _both_sides(block: Line, gutter: tuple[float, float]) -> bool:
    return block.table or (any(w["x1"] <= gutter[0] for w in block.words) and any(w["x0"] >= gutter[1] for w in block.words))


def two_column_order(blocks: list[Line], gutter: tuple[float, float], height: float) -> list[Line]:
    """Rows that span the gutter (or sit in the header strip) stay in place; between them, the left
    column, then the right. A row in the footer strip that keeps to one column is read with it (a
    sidebar runs to the foot of the page); one with words on both sides stays (a footer)."""
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for b in blocks:
        if _crosses(b, gutter) or (in_edge_band(b, height) and (b.top < height / 2 or _both_sides(b, gutter))):
            out += left + right + [b]
            left, right = [], []
        elif b.table:
            b.column = 1 if b.x1 <= gutter[0] else 2
            (left if b.column == 1 else right).append(b)
        else:
            for side, column, words in ((left, 1, [w for w in b.words if w["x1"] <= gutter[0]]),
                                        (right, 2, [w for w in b.words if w["x1"] > gutter[0]])):
                if words:
                    side.append(_finish(Line(b.top, b.bottom, b.x0, b.x1, words=words, column=column)))
    return out + left + right
