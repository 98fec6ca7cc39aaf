"""Repair raw PDF page layout: council numbers printed apart from their paragraphs.

In a raw extraction the paragraph numbers of a minute (10.1.1, 10.1.2, ... 10.2) come out as a
run of number-only lines, then the paragraphs follow as blank-line-separated blocks whose lines
wrap mid-sentence; a paragraph may continue across a blank line or a page. `repair_layout`
rebuilds one line per paragraph, queues the pending numbers and gives them, in order, to the
paragraphs that follow, keeps lettered and bulleted points on lines of their own and turns
flattened table rows ("Older People 110.926 113.515 2.589") into tab-separated cells under one
header line.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field

from corpus.words import join_hyphenated, vocabulary

NUMBER_ONLY_RE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})+\.?|\d{1,2}\.)$")
INLINE_NUMBER_RE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*\.?)\s+\S")
POINT_RE = re.compile(r"^(?:[•·▪◦●\-–*](?:\s|$)|\(?[a-z]\)|[a-z]\.\s|\(?[ivx]{1,4}\)|\d{1,2}\)\s)")
NUMERIC_CELL_RE = re.compile(r"^[(\-–]?£?\d[\d,]*(?:\.\d+)?%?\)?[mk]?$")
TERMINAL = (".", ":", ";", "?", "!", ".”", ".’", '."', ".)")
CONNECTORS = (",", "&", "-", "–", "/")
CONNECTOR_WORDS = {"and", "of", "the", "to", "for", "in", "a", "an", "or", "by", "with", "on", "at"}
PAGE_BREAK = "\f"


@dataclass
class Unit:
    """A run of printed lines that belong together: a paragraph, heading, point, number or row."""

    text: str
    kind: str  # number | row | point | inline | text | page
    tail: int = 0  # length of its last printed line: a full line means the text wraps on


@dataclass
class Out:
    """A paragraph of the repaired text: its lines (a paragraph, its points, or table rows)."""

    kind: str  # text | inline | point | table | number | page
    lines: list[str] = field(default_factory=list)
    tail: int = 0


def is_raw_layout(text: str) -> bool:
    """True when most lines carry the trailing spaces of a PDF page dump, or numbers stand alone:
    more of them than numbered paragraphs, or in runs ('10.1.1', '10.1.2', ... one under the
    other, their paragraphs further down), as any reader of such a page gives them."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 8:
        return False
    trailing = sum(1 for ln in lines if ln != ln.rstrip(" ")) / len(lines)
    flags = [bool(NUMBER_ONLY_RE.match(ln.strip())) for ln in lines]
    alone = sum(flags)
    inline = sum(1 for ln in lines if re.match(r"^\s*-?\s*\d{1,3}(?:\.\d{1,2})+\s+\S", ln))
    runs = sum(1 for a, b, c in zip(flags, flags[1:], [False, *flags], strict=False) if a and b and not c)
    return trailing > 0.4 or (alone >= 5 and alone > inline) or runs >= 3


def line_width(lines: list[str]) -> int:
    """The printed line width: the 90th percentile of line lengths."""
    sizes = sorted(len(ln.strip()) for ln in lines if ln.strip())
    return sizes[int(len(sizes) * 0.9)] if sizes else 80


def is_row(text: str) -> bool:
    """A flattened table row: a short label with numeric cells before and/or after it."""
    if len(text) > 200 or not any(ch.isdigit() for ch in text):
        return False
    tokens = text.split()
    flags = [bool(NUMERIC_CELL_RE.match(t)) for t in tokens]
    numeric = [t for t, f in zip(tokens, flags, strict=True) if f]
    if len(numeric) < 2 or not any(c in t for t in numeric for c in ".%(,"):
        return False
    label = [i for i, f in enumerate(flags) if not f]
    if label and (label[-1] - label[0] + 1 != len(label) or len(label) > 10):
        return False
    return not text.rstrip().endswith(".") or bool(flags[-1])


def row_cells(text: str) -> str:
    """'111.914 8.238 Older People 110.926' -> cells joined by tabs, the label kept whole."""
    cells: list[str] = []
    label: list[str] = []
    for token in text.split():
        if NUMERIC_CELL_RE.match(token):
            if label:
                cells.append(" ".join(label))
                label = []
            cells.append(token)
        else:
            label.append(token)
    if label:
        cells.append(" ".join(label))
    return "\t".join(cells)


def classify(text: str, after_blank: bool) -> str:
    """The kind of a unit of printed text."""
    if text == PAGE_BREAK:
        return "page"
    if NUMBER_ONLY_RE.match(text) and (after_blank or "." in text[:-1]):
        return "number"
    if is_row(text):
        return "row"
    if POINT_RE.match(text):
        return "point"
    if INLINE_NUMBER_RE.match(text):
        return "inline"
    return "text"


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def splits_here(prev: str, line: str, indented: bool, width: int) -> bool:
    """Whether a new unit starts at `line`, printed right under `prev` with no blank line between."""
    if indented or NUMBER_ONLY_RE.match(line) or is_row(line) or is_row(prev):
        return True
    if POINT_RE.match(line):
        return True
    if INLINE_NUMBER_RE.match(line) and (ends_sentence(prev) or len(prev) < 0.6 * width):
        return True
    if ends_sentence(prev) and len(prev) < 0.75 * width:
        return True
    short_heading = len(prev) < 0.55 * width and not prev.endswith(CONNECTORS)
    return short_heading and len(line) >= 0.7 * width and line[:1].isupper()


def join_lines(head: str, tail: str, vocab: set[str]) -> str:
    """Join a wrapped line onto the text before it, repairing a hyphen split."""
    if head.endswith("-") and not head.endswith(" -") and tail[:1].isalnum():
        return join_hyphenated(head[:-1], tail, vocab)
    return f"{head} {tail}"


def read_units(text: str, vocab: set[str]) -> list[Unit]:
    """Split the printed lines into units: paragraphs, headings, points, numbers, rows, page breaks."""
    lines = text.replace(PAGE_BREAK, "\n" + PAGE_BREAK + "\n").split("\n")
    width = line_width(lines)
    units: list[Unit] = []
    current: Unit | None = None
    after_blank, previous = True, ""
    for raw in lines:
        line = re.sub(r"\s{2,}", " ", raw.strip()) if raw != PAGE_BREAK else raw
        if not line or line in ("-", "•"):
            current, after_blank = None, True
            continue
        indented = raw[:1].isspace()
        if line == PAGE_BREAK or current is None or splits_here(previous, line, indented, width):
            current = Unit(line, classify(line, after_blank or indented), len(line))
            units.append(current)
            if line == PAGE_BREAK:
                current = None
        else:
            current.text = join_lines(current.text, line, vocab)
            current.kind = classify(current.text, True) if current.kind in ("text", "row") else current.kind
            current.tail = len(line)
        after_blank, previous = False, line
    return units


def continues(prev: Out | None, unit: Unit, width: int) -> bool:
    """Whether a unit printed after a blank line (or page) still belongs to the paragraph before it."""
    if prev is None or prev.kind not in ("text", "inline", "point") or unit.kind != "text":
        return False
    last = prev.lines[-1]
    if unit.text[:1].islower():
        return not last.rstrip().endswith((".", "?", "!"))
    if ends_sentence(last):
        return False
    words = last.split()
    return prev.tail >= 0.8 * width or last.endswith(CONNECTORS) or words[-1] in CONNECTOR_WORDS


FURNITURE_RE = re.compile(r"^(?:Page\s+)?\d{1,4}$", re.I)
NUMBER_PREFIX_RE = re.compile(r"^(\d{1,3}(?:\.\d{1,2})*\.?)\s+(.*)$")


class Repairer:
    """Rebuilds paragraphs from units, giving queued council numbers to the paragraphs that follow."""

    def __init__(self, width: int, vocab: set[str]) -> None:
        self.width = width
        self.vocab = vocab
        self.out: list[Out] = []
        self.queue: deque[str] = deque()
        self.pages = 0

    @property
    def last(self) -> Out | None:
        return self.out[-1] if self.out else None

    def start(self, kind: str, line: str, tail: int = 0) -> None:
        """Open a new paragraph, after any page breaks seen since the last one."""
        self.out.extend(Out("page", [PAGE_BREAK]) for _ in range(self.pages))
        self.pages = 0
        self.out.append(Out(kind, [line], tail))

    def feed(self, unit: Unit) -> None:
        getattr(self, f"on_{unit.kind}")(unit)

    def on_page(self, unit: Unit) -> None:
        self.pages += 1

    def on_number(self, unit: Unit) -> None:
        self.queue.append(unit.text)

    def on_point(self, unit: Unit) -> None:
        self.start("point", unit.text, unit.tail)

    def on_inline(self, unit: Unit) -> None:
        self.flush_numbers()
        self.start("inline", unit.text, unit.tail)

    def on_text(self, unit: Unit) -> None:
        last = self.last
        if last is not None and last.kind == "table" and self.row_open() and len(unit.text.split()) <= 6:
            self.extend_row(unit.text)
        elif continues(last, unit, self.width):
            last.lines[-1] = join_lines(last.lines[-1], unit.text, self.vocab)  # type: ignore[union-attr]
            last.tail = unit.tail  # type: ignore[union-attr]
        elif self.queue and not FURNITURE_RE.match(unit.text):
            self.start("inline", f"{self.queue.popleft()} {unit.text}", unit.tail)
        else:
            self.start("text", unit.text, unit.tail)

    def on_row(self, unit: Unit) -> None:
        last = self.last
        if last is not None and last.kind == "table":
            if self.row_open():
                self.extend_row(unit.text)
            else:
                last.lines.append(row_cells(unit.text))
            return
        number, header = self.take_header()
        if number:
            self.start("number", number)
        self.start("table", header) if header else self.start("table", row_cells(unit.text))
        if header:
            self.out[-1].lines.append(row_cells(unit.text))

    def row_open(self) -> bool:
        """Whether the last table row ends in its label (the rest of the row is printed below)."""
        rows = self.out[-1].lines
        cells = rows[-1].split("\t")
        if not NUMERIC_CELL_RE.match(cells[-1]):
            return len(cells) > 1
        labelled = any(not NUMERIC_CELL_RE.match(c) for row in rows[:-1] for c in row.split("\t"))
        return labelled and all(NUMERIC_CELL_RE.match(c) for c in cells)

    def extend_row(self, text: str) -> None:
        rows = self.out[-1].lines
        rows[-1] = row_cells(rows[-1].replace("\t", " ") + " " + text)

    def take_header(self) -> tuple[str | None, str]:
        """Pop the short header fragments printed just above a table; a number on the first is returned apart."""
        fragments: list[str] = []
        number = None
        while self.out and len(fragments) < 16:
            last = self.out[-1]
            text = last.lines[0]
            m = NUMBER_PREFIX_RE.match(text) if last.kind == "inline" else None
            body = m.group(2) if m else text
            if last.kind not in ("text", "inline") or len(last.lines) > 1 or len(body.split()) > 8 \
                    or ends_sentence(body):
                break
            self.out.pop()
            fragments.insert(0, body)
            if m:
                number = m.group(1)
                break
        return number, "\t".join(fragments)

    def flush_numbers(self) -> None:
        """Numbers nobody claimed: back onto an unfinished sentence ('... at 5.2'), else on their own line."""
        while self.queue:
            number = self.queue.popleft()
            last = self.last
            if last is not None and last.kind in ("text", "inline", "point") and not ends_sentence(last.lines[-1]):
                last.lines[-1] = f"{last.lines[-1]} {number}"
            else:
                self.start("number", number)

    def render(self) -> str:
        """The repaired text: paragraphs apart by blank lines, points right under their paragraph."""
        parts: list[str] = []
        previous = None
        for out in self.out:
            block = "\n".join(out.lines)
            if parts and out.kind == "point" and previous in ("text", "inline", "point"):
                parts[-1] += "\n" + block
            else:
                parts.append(block)
            previous = out.kind
        return "\n\n".join(parts) + "\n"


def repair_layout(text: str, vocab: set[str] | None = None) -> str:
    """Raw PDF layout rebuilt: one line per paragraph, each council number at the start of its paragraph."""
    vocab = vocabulary(text) if vocab is None else vocab
    width = line_width(text.split("\n"))
    repairer = Repairer(width, vocab)
    for unit in read_units(text, vocab):
        repairer.feed(unit)
    repairer.flush_numbers()
    return repairer.render()
