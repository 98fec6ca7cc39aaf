"""Bulleted lists set in columns: one printed row holding two or more points.

    • William Hofman – Chair          • Kelly Modén - Vice-Chair        • Cllr A Smith        • Cllr B Jones
    • Dennis Otsuji                   • Ted Miyahara

Read row by row this gives '• William Hofman – Chair • Kelly Modén - Vice-Chair', one point with
another's text run into it. `split_bullet_rows` cuts a row before each bullet that follows a wide gap
(wider than `GAP_EMS` line heights), so each point is a line of its own. Where the rows under such a
row hold points only, each under one of its bullets, the list is read down the left column, then the
next: 'William Hofman – Chair', 'Dennis Otsuji', ..., then 'Kelly Modén - Vice-Chair', 'Ted Miyahara'.
A bullet inside running text ('reporting on: • Performance • User satisfaction') follows a word space
and stays where it is.
"""
from __future__ import annotations

from corpus.pdf_page import Line

BULLETS = frozenset("•·▪◦●■□➢►✓\uf0b7\uf0a7")
GAP_EMS = 2.0
MAX_LIST_ROWS = 60


def split_bullet_rows(lines: list[Line]) -> list[Line]:
    """The page's lines with each row of bullets in columns cut into one line per point; a list set
    wholly in columns (each row's points under the columns' bullets) is read down each column in turn."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        pieces = _split(lines[i])
        if len(pieces) < 2 or not _all_points(pieces):
            out += pieces
            i += 1
            continue
        columns = [p.x0 for p in pieces]
        block = [pieces]
        while i + len(block) < len(lines) and len(block) < MAX_LIST_ROWS:
            below = lines[i + len(block)]
            nxt = _split(below)
            if below.top - block[-1][0].bottom > below.bottom - below.top or not _all_points(nxt) or not all(
                    _column(p, columns) is not None for p in nxt):
                break
            block.append(nxt)
        out += [p for k in range(len(columns)) for row in block for p in row if _column(p, columns) == k]
        i += len(block)
    return out


def _all_points(pieces: list[Line]) -> bool:
    return all(p.words and p.words[0]["text"] in BULLETS for p in pieces)


def _column(piece: Line, columns: list[float]) -> int | None:
    """The column whose bullet the point's bullet sits under (within a few points)."""
    return next((k for k, x in enumerate(columns) if abs(piece.x0 - x) <= 3.0), None)


def _split(line: Line) -> list[Line]:
    if line.table or len(line.words) < 2:
        return [line]
    em = max(line.bottom - line.top, 1.0)
    cuts = [i for i, (prev, word) in enumerate(zip(line.words, line.words[1:], strict=False), start=1)
            if word["text"] in BULLETS and word["x0"] - prev["x1"] > GAP_EMS * em]
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line.words)]
    return [_row(line, line.words[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


def _row(line: Line, words: list[dict]) -> Line:
    return Line(top=line.top, bottom=line.bottom, x0=words[0]["x0"], x1=words[-1]["x1"],
                text=" ".join(w["text"] for w in words), words=words, column=line.column)
