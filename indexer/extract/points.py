"""Lines of a minute or report paragraph as points: lettered, numbered, roman or bulleted.

Shared by decision extraction (points a decision governs) and recommendation extraction
(labelled recommendations and their nested points).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from models.domain import Paragraph

# Bullets as printed, and as PDF symbol fonts leave them (private-use code points such as U+F0B7).
BULLETS = "-–•*·▪●◦\uf0b7\uf0a7\uf0d8\uf076"
POINT_RE = re.compile(
    rf"^\s*(?:[{BULLETS}]\s*)?(?:\(([a-z]{{1,2}}|[ivxl]{{1,5}}|\d{{1,2}})\)|([a-z]{{1,2}}|[ivxl]{{1,5}}|\d{{1,2}})[.)])\s+"
    rf"|^\s*([{BULLETS}])\s*"
)


@dataclass
class Line:
    """One line of a paragraph: its point label (None for a bullet or plain line) and its text."""

    raw: str
    text: str
    label: str | None = None
    marked: bool = False  # starts with a point marker (letter, number or bullet)
    para: Paragraph | None = None
    first: bool = False  # first line of its paragraph


def parse_line(raw: str) -> Line:
    """A line split into its point label ('a', '1', 'ii', None for a bullet) and text."""
    m = POINT_RE.match(raw)
    if not m:
        return Line(raw.strip(), raw.strip())
    label = m.group(1) or m.group(2)
    return Line(raw.strip(), raw[m.end():].strip(), label=label, marked=True)


def label_style(label: str | None, previous_top: str | None) -> str:
    """The numbering style of a point label: alpha, roman, num or bullet ('i' after 'h' is alpha)."""
    if label is None:
        return "bullet"
    if label.isdigit():
        return "num"
    if _ROMAN_RE.match(label) and not (previous_top and len(label) == 1 and ord(label) == ord(previous_top) + 1):
        return "roman"
    return "alpha"


_ROMAN_RE = re.compile(r"^[ivxl]+$")


def continues(previous: str, line: str) -> bool:
    """True when `line` carries on the text before it (a wrapped line, not a new point)."""
    if not line or previous.rstrip().endswith((".", ";", ":", "!", "?")):
        return False
    return line[0].islower() or line[0].isdigit() or bool(OPEN_END_RE.search(previous))


OPEN_END_RE = re.compile(r"(?i)\b(?:to|of|the|and|or|for|in|on|with|a|an|by|from|at|as|that|&)\s*$")


def is_point_paragraph(p: Paragraph) -> bool:
    """True for a paragraph that is itself a lettered point or bullet ('a)', '(ii)', '2)')."""
    if p.number:
        return bool(re.fullmatch(rf"\(?(?:[a-z]{{1,2}}|[ivxl]{{1,5}}|\d{{1,2}})\)|\(?[a-z]{{1,2}}\.?|[{BULLETS}]", p.number.strip()))
    m = POINT_RE.match(p.text)
    return bool(m) and not re.match(r"\s*\d+\.", p.text)
