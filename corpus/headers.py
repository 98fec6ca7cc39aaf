"""Running headers and footers: the lines a paper repeats at the head or foot of its pages.

Readers keep them apart from the text (`SourceText.headers`), because they are no paragraph of
the paper, yet a council may name itself nowhere else ('HERTINGFORDBURY PARISH COUNCIL' at the
head of every page). `distinct_lines` gives each such line once, in order of first appearance,
compared with its numbers ignored ('Minutes, 3 March 2021, page 2' is page 1's line again), and
leaves out bare page labels ('Page 3 of 12', '- 3 -', 'iv'), which say nothing else.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

PAGE_LABEL = re.compile(
    r"^(?:page\s*)?[-–—]?\s*(\d{1,4}|[ivxlc]{1,7})\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I
)


def line_key(text: str) -> str:
    """A running line with its numbers ignored: the same line on every page has one key."""
    return re.sub(r"\d+", "#", text.lower()).strip()


def distinct_lines(lines: Iterable[str]) -> list[str]:
    """Each line once (by `line_key`), in order, without bare page labels or empty lines."""
    seen: set[str] = set()
    out: list[str] = []
    for line in lines:
        text = " ".join(line.split())
        key = line_key(text)
        if text and not PAGE_LABEL.match(text) and key not in seen:
            seen.add(key)
            out.append(text)
    return out
