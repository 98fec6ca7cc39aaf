"""Paragraphs in reading order for each part of a paper, with their item, section and span."""
from __future__ import annotations

import re

from indexer.segment import reports
from indexer.segment.blocks import Chunk, Line, build_chunks
from indexer.segment.items import Heading
from models import Paragraph, Report
from models.domain import PART_AGENDA, PART_MINUTES, PART_REPORT
from models.ids import paragraph_id

TITLE_LINE_RE = re.compile(r"^(?:Appendix\s+[A-Z0-9]+\b.*|(?=.*[A-Z]{3})[A-Z0-9][A-Z0-9 ,&'’:()/–-]{5,100})$")
SECTION_LINE_RE = re.compile(r"^(?=.*[A-Z]{3})[A-Z][A-Z0-9 ,&'’/()–-]{3,80}:?$")  # 'CONSENT CALENDAR:'
SUMMARY_RE = re.compile(r"executive summary|^summary|foreword|purpose of (?:the )?report", re.I)


class Emitter:
    """Numbers the paragraphs of one document from 1 as each part hands over its chunks."""

    def __init__(self, doc_id: str, text: str) -> None:
        self.doc_id = doc_id
        self.text = text
        self.paragraphs: list[Paragraph] = []
        self.headed: list[tuple[Heading, Paragraph]] = []  # each agenda item's heading and its paragraph

    def add(self, chunk: Chunk, part: str, meeting: str | None, **fields: str | None) -> Paragraph:
        seq = len(self.paragraphs) + 1
        para = Paragraph(paragraph_id(self.doc_id, seq), self.doc_id, seq, chunk.text, chunk.start, chunk.end,
                         part, chunk.number, meeting, page=chunk.page, **fields)  # type: ignore[arg-type]
        self.paragraphs.append(para)
        return para

    def agenda(self, lines: list[Line], headings: list[Heading], meeting: str | None) -> None:
        """Agenda paragraphs; each item's heading is a paragraph numbered as the item (its title and what
        follows it on the line); an unnumbered section heading ('CONSENT CALENDAR:') names the section
        of the paragraphs below it."""
        by_line = {h.line: h for h in headings}
        current: Heading | None = None
        section: str | None = None
        chunks = build_chunks(_without_heading_lines(lines, headings), lambda line: by_line.get(line.index))
        for chunk in masthead(chunks):
            if chunk.kind == "heading":
                current = chunk.heading  # type: ignore[assignment]
                chunk.number = current.number  # type: ignore[union-attr]
                chunk.lines = [current.title]  # type: ignore[union-attr]
                if section and reports.KNOWN_SECTION_RE.match(section):
                    section = None  # a report's 'BACKGROUND' inside the item above ends with it; 'CONSENT CALENDAR' goes on
            elif chunk.kind == "text" and len(chunk.lines) == 1 and SECTION_LINE_RE.match(chunk.lines[0]) \
                    and not re.search(r"(?i)recommend|action|motion", chunk.lines[0]):
                section = chunk.lines[0].rstrip(" :")
            para = self.add(chunk, PART_AGENDA, meeting, item=current.number if current else None,
                            item_title=current.title if current else None, section=section)
            if chunk.kind == "heading":
                self.headed.append((current, para))  # type: ignore[arg-type]
                if current and current.rest:  # what the heading's line goes on with: a paragraph of the item
                    rest = Chunk("text", [current.rest], chunk.start, chunk.end, page=chunk.page)
                    self.add(rest, PART_AGENDA, meeting, item=current.number, item_title=current.title,
                             section=section)

    def minutes(self, lines: list[Line], attendance: tuple[int, int], meeting: str | None,
                headings: list[Heading], part: str = PART_MINUTES) -> None:
        """Minute paragraphs under their item headings (text printed after a heading on its line is a
        paragraph of that item); the heading and attendance lists as one paragraph."""
        by_line = {h.line: h for h in headings}
        kept = _without_heading_lines(lines, headings)
        a, b = attendance
        cut_a = [x for x in kept if x.index < a]
        cut_b = [x for x in kept if x.index >= b]
        item = self.minute_chunks(build_chunks(cut_a, lambda line: by_line.get(line.index)), meeting, None, part)
        span = [x for x in lines if a <= x.index < b]
        if span:
            chunk = Chunk("text", [x.text for x in span], span[0].start, span[-1].end, page=span[0].page)
            self.add(chunk, part, meeting, section="Attendance")
        self.minute_chunks(build_chunks(cut_b, lambda line: by_line.get(line.index)), meeting, item, part)

    def minute_chunks(self, chunks: list[Chunk], meeting: str | None, item: Heading | None,
                      part: str = PART_MINUTES) -> Heading | None:
        previous: Chunk | None = None
        for chunk in chunks:
            if chunk.kind == "heading":
                item = chunk.heading  # type: ignore[assignment]
                previous = None
                if item and item.rest:
                    rest = Chunk("text", [item.rest], chunk.start, chunk.end, page=chunk.page)
                    self.add(rest, part, meeting, item=item.number, item_title=item.title)
                continue
            self.add(chunk, part, meeting, item=item.number if item else None,
                     item_title=item.title if item else None, section=caption(chunk, previous))
            previous = chunk
        return item

    def plain(self, lines: list[Line], part: str, meeting: str | None) -> None:
        """Paragraphs of a part without headings of its own (appendices, other papers)."""
        section: str | None = None
        previous: Chunk | None = None
        for chunk in build_chunks(lines, lambda line: None):
            if chunk.kind == "text" and len(chunk.lines) == 1 and TITLE_LINE_RE.match(chunk.lines[0]):
                section = chunk.lines[0]
            self.add(chunk, part, meeting, section=caption(chunk, previous) or section)
            previous = chunk

    def report(self, lines: list[Line], head: reports.ReportHead, report: Report) -> None:
        """The report's cover as one paragraph, then its paragraphs under their section headings."""
        end = head.header_end or 1
        cover = Chunk("text", [x.text for x in lines[:end]], lines[0].start, lines[end - 1].end,
                      page=lines[0].page)
        fields = {"item": report.agenda_item, "item_title": report.title or None, "report_id": report.id}
        report.paragraph_id = self.add(cover, PART_REPORT, report.meeting_id, **fields).id
        self.report_body(lines[end:], report, fields)

    def report_body(self, lines: list[Line], report: Report, fields: dict) -> None:
        section: str | None = None
        previous: Chunk | None = None
        seen = False
        for chunk in build_chunks(lines, section_of):
            if chunk.kind == "heading":
                section = str(chunk.heading)
                form = reports.recommendation_form(section)
                if form == "recommendations" or form == "actions" and not seen:
                    section, seen = "Recommendations", True
                if form or len(section.split()) < 5 or reports.KNOWN_SECTION_RE.match(section):
                    previous = chunk
                    continue
            para = self.add(chunk, PART_REPORT, report.meeting_id, section=caption(chunk, previous) or section,
                            **fields)
            if report.executive_summary is None and section and SUMMARY_RE.search(section) \
                    and chunk.kind != "heading":
                report.executive_summary = para.text
            previous = chunk


MASTHEAD_WORDS = 12


def masthead(chunks: list[Chunk]) -> list[Chunk]:
    """An agenda's masthead printed a line at a time ('AGENDA' / 'BALDWIN PARK CITY COUNCIL' / 'SPECIAL
    MEETING' / 'November 2, 2022' / '05:00pm' / 'COUNCIL CHAMBER' / '14403 E. Pacific Avenue') as one
    paragraph of lines: the short one-line paragraphs on the first page before its first item."""
    n = 0
    while n < len(chunks) and chunks[n].kind == "text" and len(chunks[n].lines) == 1 \
            and len(chunks[n].lines[0].split()) <= MASTHEAD_WORDS and chunks[n].page == chunks[0].page:
        n += 1
    if n < 2:
        return chunks
    head = chunks[:n]
    merged = Chunk("text", [c.lines[0] for c in head], head[0].start, head[-1].end, first=head[0].first,
                   page=head[0].page)
    return [merged, *chunks[n:]]


def _without_heading_lines(lines: list[Line], headings: list[Heading]) -> list[Line]:
    """The lines without those a heading took over: a title's second line, '(Item 1)', '(Pages 7 - 12)'."""
    taken = {i for h in headings for i in range(h.line + 1, h.end)}
    return [x for x in lines if x.index not in taken]


def section_of(line: Line) -> str | None:
    return reports.section_heading(line)


def caption(chunk: Chunk, previous: Chunk | None) -> str | None:
    """A table's caption: the short line printed right above it, when there is one."""
    if chunk.kind != "table" or previous is None:
        return None
    text = previous.lines[-1] if previous.kind != "heading" else str(previous.heading)
    return text if len(text.split()) <= 15 and not text.endswith(".") else None
