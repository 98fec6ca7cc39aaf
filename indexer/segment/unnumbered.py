"""Item headings printed without numbers: Markdown headings, and headings in capitals standing alone.

Forms (invented examples):
- '## Matters Arising', '### Planning' (Markdown; a short capitalised line standing alone between blank
  lines counts too in a paper with three or more of them, a heading whose '##' was left off);
- minutes and agendas printed with no numbers at all, each section headed by a line in capitals after a
  blank line: 'PUBLIC COMMENT' / 'NEW BUSINESS' / 'TOWN ADMINISTRATOR'S REPORT' / 'ADJOURNMENT' (New
  England town boards, many parish clerks). Three or more such lines below the paper's first line not
  in capitals (the masthead printed in capitals above it is no item) make them its items; a list's
  label ('PRESENT') is none.
"""
from __future__ import annotations

import re

from indexer.segment.attendance import SECTION_RE
from indexer.segment.blocks import Line, ends_sentence

MARKDOWN_RE = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<title>\S.*?)\s*#*$")
SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
         "per", "via", "vs", "&", "-", "–"}
MIN_HEADINGS = 3
MAX_BARE_WORDS = 6
MAX_CAPS_WORDS = 8
PRESENT_RE = re.compile(r"(?i).*\b(?:present|attendance|sederunt)\b")  # a list's label, not an item ('APOLOGIES' is one)


def markdown_headings(lines: list[Line], start: int, stop: int) -> list[tuple[int, str, int]]:
    """(line, title, level) of the '## Matters Arising' lines; in a paper that has three or more of them,
    also of a short capitalised line standing alone between blank lines."""
    stop = min(stop, len(lines))
    marked = [i for i in range(start, stop) if MARKDOWN_RE.match(lines[i].text)]
    out = []
    for i in range(start, stop):
        m = MARKDOWN_RE.match(lines[i].text)
        if m:
            out.append((i, m.group("title").strip(" *_"), max(0, len(m.group("hashes")) - 2)))
        elif len(marked) >= MIN_HEADINGS and i > marked[0] and _bare_heading(lines, i):
            out.append((i, lines[i].text, 0))
    return out


def capital_headings(lines: list[Line], start: int, stop: int) -> list[tuple[int, str, int]]:
    """(line, title, 0) of the headings in capitals of a paper printed without item numbers, when it has
    MIN_HEADINGS or more of them below its first sentence; none otherwise."""
    stop = min(stop, len(lines))
    body = next((i for i in range(start, stop) if not _in_capitals(lines[i].text)), stop)
    found = [(i, lines[i].text, 0) for i in range(body + 1, stop) if _capital_heading(lines, i)]
    return found if len(found) >= MIN_HEADINGS else []


def _alone(lines: list[Line], i: int) -> bool:
    after = lines[i + 1] if i + 1 < len(lines) else None
    return lines[i].blank_before and (after is None or after.blank_before)


def _in_capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and not any(ch.islower() for ch in letters)


def _capital_heading(lines: list[Line], i: int) -> bool:
    text = lines[i].text
    label = SECTION_RE.match(text)
    return lines[i].blank_before and _in_capitals(text) and len(text.split()) <= MAX_CAPS_WORDS \
        and not ends_sentence(text) and not text.endswith(":") and "\t" not in text \
        and not (label and PRESENT_RE.match(label.group("label"))) and not text.startswith(("-", "*", "|", "("))


def _bare_heading(lines: list[Line], i: int) -> bool:
    text = lines[i].text
    return _alone(lines, i) and len(text.split()) <= MAX_BARE_WORDS and not ends_sentence(text) \
        and not text.endswith(":") and capitalised(text) >= 0.99 and not text.startswith(("-", "*", "|"))


def capitalised(text: str) -> float:
    """The share of a text's words, other than small words, that are capitalised or numbers."""
    words = [w.strip("(),.;:‘’'\"“”") for w in text.split()]
    words = [w for w in words if w and w.lower() not in SMALL]
    return sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) / len(words) if words else 0.0
