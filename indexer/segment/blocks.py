"""Printed lines and the marks councils put on them: numbers, bullets, lettered points, tables.

`read_lines` turns normalised text into non-blank `Line`s with their character spans;
`build_chunks` groups a run of lines into paragraph-sized `Chunk`s: a numbered paragraph with
the points it introduces, a list of short bulleted points (names, titles), a table, a heading, a
plain paragraph.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from models.domain import DECISION_VERBS

BULLET_RE = re.compile(r"^(?:[-•·▪◦●–*](?:\s+|$))+")
NUMBER_RE = re.compile(
    r"^(?P<n>\d{1,3}(?:\.\d{1,3})+|\d{1,4}/\d{2,4}|\d{1,3}(?=\.\s+\S))\.?(?:\s+|$)(?P<rest>.*)$")
NUMBER_ONLY_RE = re.compile(r"^\d{1,3}(?:\.\d{1,2})+\.?$")
POINT_RE = re.compile(r"^(?P<label>\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|[a-z]\.)\s+(?P<rest>\S.*)$")
TERMINAL = (".", "?", "!", ".”", ".’", '."', ".)")
DECISION_START_RE = re.compile(rf"^(?:{'|'.join(DECISION_VERBS)})\b(?! [A-Z]{{2,}})")
# A recorded vote printed over several lines: a count per side, the names under it, the outcome.
VOTE_COUNT_RE = re.compile(r"^(?:For|Against|Abstain(?:ed|ing)?|Abstentions?|Ayes|Noes|Yeas|Nays|In favour)\s*:?\s*"
                           r"\(?\d{1,3}\)?\s*:?$", re.I)
NAMES_LINE_RE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Cllr|Councillor|Lord|Lady)\.?\s+[A-Z][\w’'-]*[^.;:]{0,40}?(?:,|$)")
OUTCOME_LINE_RE = re.compile(r"^(?:(?:The\s+)?(?:motion|amendment|proposal|recommendation|substantive motion)\s+"
                             r"(?:was\s+)?(?:carried|lost|defeated|agreed|fell)|carried|lost)\b.{0,40}$", re.I)
SHORT_POINT_WORDS = 6  # a bullet point of at most this many words, not a sentence, is an entry of a list
LABEL_WORDS = 4  # at most, in a label printed alone above its text
CONNECTOR_END_RE = re.compile(r"(?:[,&/–-]|\b(?:and|of|the|to|for|in|a|an|or|by|with|on|at))$")


@dataclass
class Line:
    """One printed, non-blank line: its text without leading spaces, its span, and layout hints."""

    text: str
    start: int
    end: int
    index: int = 0
    blank_before: bool = False
    page: int | None = None
    cells: str = ""  # the line with its tabs kept: the empty cells of a table row
    blanks: int = 0  # blank lines right above it


@dataclass
class Chunk:
    """A paragraph-sized group of lines: kind text | points | table | heading."""

    kind: str
    lines: list[str]
    start: int
    end: int
    number: str | None = None
    first: int = 0  # index of its first Line
    page: int | None = None
    heading: object = None  # what the heading classifier said, for kind 'heading'
    bulleted: bool = False  # opened by a bullet point

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def read_lines(text: str) -> list[Line]:
    """Non-blank lines with spans into `text`; page = 1 + form feeds before, when the text has pages."""
    paged = "\f" in text
    lines: list[Line] = []
    pos, page, blank, blanks = 0, 1, True, 0
    for raw in text.split("\n"):
        page += raw.count("\f")
        body = raw.replace("\f", " ")
        stripped = body.strip()
        if stripped:
            start = pos + (len(body) - len(body.lstrip()))
            text, cells = labelled(stripped), body.strip(" ")
            lines.append(Line(text, start, start + len(stripped), len(lines), blank, page if paged else None,
                              cells if text == stripped else text, blanks))
            blank, blanks = False, 0
        else:
            blank, blanks = True, blanks + 1
        pos += len(raw) + 1
    return lines


# An attendance label, then a tab, then its names: 'PRESENT:\tCllr M. Byrne, ...' (Word exports).
TAB_LABEL_RE = re.compile(r"^(?P<label>(?i:present|apologies(?:\s+for\s+absence)?|regrets|absent|in\s+attendance|"
                          r"also\s+present|officials?|officers?(?:\s+present)?|staff(?:\s+present)?|sederunt)\s*:)"
                          r"\t+(?P<rest>[^\t]*[A-Za-z]{2}[^\t]*)$")
# An item's number with its full stop or bracket, then a tab, then its title: '1.\tConfirmation of Minutes'.
TAB_NUMBER_RE = re.compile(r"^(?P<label>\(?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[A-Za-z]|[IVXivx]{1,5})[.)])\t+"
                           r"(?P<rest>[^\t]*[A-Za-z]{2}[^\t]*)$")


def labelled(text: str, rx: re.Pattern = TAB_LABEL_RE) -> str:
    """A label and its text split by a tab, as Word exports print attendance lists (and, with
    TAB_NUMBER_RE, item headings), read as one line ('PRESENT:\tCllr A' -> 'PRESENT: Cllr A'); a table row
    stays as it is."""
    m = rx.match(text)
    return f"{m.group('label')} {m.group('rest').strip()}" if m and len(m.group("rest").split()) >= 2 else text


def strip_bullet(text: str) -> tuple[bool, str]:
    """('- a) The forecast ...') -> (True, 'a) The forecast ...')."""
    m = BULLET_RE.match(text)
    return (True, text[m.end():].strip()) if m else (False, text)


def split_number(text: str) -> tuple[str | None, str]:
    """A council paragraph number at the start: '10.2.3 The Committee ...' -> ('10.2.3', 'The Committee ...')."""
    m = NUMBER_RE.match(text)
    if not m:
        return None, text
    return m.group("n"), m.group("rest").strip()


def point_label(text: str) -> tuple[str | None, str]:
    """A lettered or numbered point: 'a) The forecast' -> ('a)', 'The forecast'); '(ii) £5m' -> ('(ii)', '£5m')."""
    m = POINT_RE.match(text)
    return (m.group("label"), m.group("rest")) if m else (None, text)


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def is_table_line(text: str) -> bool:
    return "\t" in text.strip("\t") and len([c for c in text.split("\t") if c.strip()]) >= 2


def is_group_row(line: Line) -> bool:
    """A tabbed line with one filled cell ('\t\tASCH Committee\t\t'): a sub-heading inside a table."""
    return "\t" in line.cells and len([c for c in line.cells.split("\t") if c.strip()]) == 1


@dataclass
class Builder:
    """Groups lines into chunks; `is_heading(line)` says which lines head an item or section."""

    is_heading: Callable[[Line], object]
    chunks: list[Chunk] = field(default_factory=list)
    pending: str | None = None  # a number printed alone on its line, for the chunk below
    prev: Line | None = None  # the line fed last

    @property
    def last(self) -> Chunk | None:
        return self.chunks[-1] if self.chunks else None

    def open(self, kind: str, line: Line, text: str, number: str | None = None) -> Chunk:
        if number is None and self.pending and kind in ("text", "points", "table"):
            number = self.pending
        self.pending = None
        chunk = Chunk(kind, [text], line.start, line.end, number, line.index, line.page)
        self.chunks.append(chunk)
        return chunk

    def extend(self, line: Line, text: str, join: bool) -> None:
        chunk = self.chunks[-1]
        if join:
            chunk.lines[-1] = f"{chunk.lines[-1]} {text}"
        else:
            chunk.lines.append(text)
        chunk.end = line.end

    def feed(self, line: Line) -> None:
        text = line.text
        if is_table_line(text) or is_group_row(line) and self.in_table(line):
            return self.on_table(line)
        if NUMBER_ONLY_RE.match(text):
            self.pending = text.rstrip(".")
            return None
        heading = self.is_heading(line)
        if heading:
            self.open("heading", line, text).heading = heading
            return None
        if self.in_vote(text):
            self.extend(line, text, join=False)
            return None
        bullet, body = strip_bullet(text)
        number, rest = split_number(body)
        if number:
            self.open("text", line, rest, number)
            return None
        label, _ = point_label(body)
        if bullet or label:
            return self.on_point(line, body, label)
        return self.on_plain(line, body)

    def in_vote(self, text: str) -> bool:
        """Whether the line goes on a recorded vote: 'For (57)' under '... the voting was as follows:', the
        names under a count, the next count, and the outcome ('Motion carried.')."""
        last = self.last
        if last is None or last.kind not in ("text", "points"):
            return False
        tail = last.lines[-1]
        voting = any(VOTE_COUNT_RE.match(x) for x in last.lines)
        if VOTE_COUNT_RE.match(text):
            return voting or tail.rstrip().endswith(":")
        if not voting:
            return False
        return bool(VOTE_COUNT_RE.match(tail) and NAMES_LINE_RE.match(text) or OUTCOME_LINE_RE.match(text)
                    or NAMES_LINE_RE.match(tail) and NAMES_LINE_RE.match(text) and tail.rstrip().endswith(","))

    def in_table(self, line: Line) -> bool:
        """Whether the line comes right below a table's last row, at most two blank lines apart."""
        last = self.last
        return last is not None and last.kind == "table" and self.prev is not None \
            and last.end == self.prev.end and line.blanks <= 2

    def on_table(self, line: Line) -> None:
        """Tab-separated lines, even one blank line apart, are the rows of one table; a row keeps its
        leading tabs (empty first cells) so that its cells stay under their column headers."""
        row = (line.cells or line.text).rstrip()
        if self.in_table(line):
            self.extend(line, row, join=False)
        else:
            self.open("table", line, row)

    def absorbs(self, chunk: Chunk | None) -> bool:
        """Whether the chunk introduces the points below it: a numbered paragraph, or one ending in ':'."""
        if chunk is None or chunk.kind not in ("text", "points"):
            return False
        tail = chunk.lines[-1].rstrip()
        return chunk.number is not None and chunk.kind == "text" or chunk.kind == "points" \
            or tail.endswith((":", "-", "–")) or bool(CONNECTOR_END_RE.search(tail))

    def on_point(self, line: Line, body: str, label: str | None) -> None:
        last = self.last
        if label is None and short_points(last, line, body):
            self.extend(line, body, join=False)
            last.kind = "points"  # type: ignore[union-attr]
            return
        if self.absorbs(last) and not (last and next_paragraph(last.number, label)):
            self.extend(line, body, join=False)
            last.kind = "points"  # type: ignore[union-attr]
            return
        if label:
            _, rest = point_label(body)
            self.open("text", line, rest, label)
        else:
            self.open("text", line, body).bulleted = True

    def on_plain(self, line: Line, body: str) -> None:
        last = self.last
        if lead_label(last):
            self.extend(line, body, join=False)  # 'Decision:' / 'Proposed Amount:' over what it introduces
            return
        if last is not None and last.kind in ("text", "points") and self.continues(last, line, body):
            self.extend(line, body, join=not ends_sentence(last.lines[-1]) or last.kind == "text")
        else:
            self.open("text", line, body)

    @staticmethod
    def continues(chunk: Chunk, line: Line, body: str) -> bool:
        """A wrapped or split sentence: starts lower-case after an unfinished line, or follows a ','/'and'."""
        tail = chunk.lines[-1].rstrip()
        if body[:1].islower():
            return not ends_sentence(tail) or chunk.kind == "points"
        if DECISION_START_RE.match(body) and not ends_sentence(tail) and not tail.endswith(":"):
            return True  # '... it was' / 'RESOLVED that ...'
        return not line.blank_before and bool(CONNECTOR_END_RE.search(tail))


def lead_label(chunk: Chunk | None) -> bool:
    """Whether the chunk is a label alone on its line ('Decision:', 'Reasons:', 'Proposed Amount:', 'RESOLVED
    that:'), printed above the text it introduces: one paragraph with that text, not a paragraph of its own."""
    if chunk is None or chunk.kind != "text" or len(chunk.lines) != 1 or chunk.bulleted:
        return False
    text = chunk.lines[0].strip()
    return text.endswith(":") and len(text.split()) <= LABEL_WORDS and text[:1].isupper()


def short_points(chunk: Chunk | None, line: Line, body: str) -> bool:
    """Whether a bullet point goes on a list of short bulleted points right above it (names, titles:
    '• William Hofman – Chair' / '• Dennis Otsuji'), one paragraph for the list, not one a name."""
    if chunk is None or not chunk.bulleted or chunk.kind not in ("text", "points") or line.blank_before:
        return False
    return all(_short_point(x) for x in [*chunk.lines, body])


def _short_point(text: str) -> bool:
    return len(text.split()) <= SHORT_POINT_WORDS and not text.rstrip().endswith(TERMINAL)


def next_paragraph(number: str | None, label: str | None) -> bool:
    """'(17)' after the paragraph numbered '(16)': the next numbered paragraph, not a point of it."""
    a = re.fullmatch(r"\((\d{1,3})\)", number or "")
    b = re.fullmatch(r"\((\d{1,3})\)", label or "")
    return bool(a and b) and int(b.group(1)) == int(a.group(1)) + 1


def build_chunks(lines: list[Line], is_heading: Callable[[Line], object]) -> list[Chunk]:
    """Group lines into chunks in reading order."""
    builder = Builder(is_heading)
    for line in lines:
        builder.feed(line)
        builder.prev = line
    return builder.chunks
