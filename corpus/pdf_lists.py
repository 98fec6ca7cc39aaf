"""Bulleted lists set in columns: one printed row holding two or more points.

    • William Hofman – Chair          • Kelly Modén - Vice-Chair        • Cllr A Smith        • Cllr B Jones
    • Dennis Otsuji                   • Ted Miyahara

Read row by row this gives '• William Hofman – Chair • Kelly Modén - Vice-Chair', one point with
another's text run into it. `split_bullet_rows` cuts a row before each bullet that follows a wide gap
(wider than `GAP_EMS` line heights), so each point is a line of its own, left to right, row by row. A
bullet inside running text ('reporting on: • Performance • User satisfaction') follows a word space
and stays where it is.
"""
from __future__ import annotations

from corpus.pdf_page import Line

BULLETS = frozenset("•·▪◦●■□➢►✓\uf0b7\uf0a7")
GAP_EMS = 2.0


def split_bullet_rows(lines: list[Line]) -> list[Line]:
    """The page's lines with each row of bullets in columns cut into one line per point."""
    out: list[Line] = []
    for line in lines:
        out += _split(line)
    return out


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
