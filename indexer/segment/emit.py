"""Paragraphs in reading order for each part of a paper, with their item, section and span."""
from __future__ import annotations

import re

from indexer.segment import minutes, reports
from indexer.segment.agenda import AgendaItem
from indexer.segment.blocks import Chunk, Line, build_chunks
from models import Paragraph, Report
from models.domain import PART_AGENDA, PART_MINUTES, PART_REPORT
from models.ids import paragraph_id

TITLE_LINE_RE = re.compile(r"^(?:Appendix\s+[A-Z0-9]+\b.*|(?=.*[A-Z]{3})[A-Z0-9][A-Z0-9 ,&'’:()/–-]{5,100})$")
SUMMARY_RE = re.compile(r"executive summary|^summary|foreword|purpose of (?:the )?report", re.I)


class Emitter:
    """Numbers the paragraphs of one document from 1 as each part hands over its chunks."""

    def __init__(self, doc_id: str, text: str) -> None:
        self.doc_id = doc_id
        self.text = text
        self.paragraphs: list[Paragraph] = []

    def add(self, chunk: Chunk, part: str, meeting: str | None, **fields: str | None) -> Paragraph:
        seq = len(self.paragraphs) + 1
        para = Paragraph(paragraph_id(self.doc_id, seq), self.doc_id, seq, chunk.text, chunk.start, chunk.end,
                         part, chunk.number, meeting, page=chunk.page, **fields)  # type: ignore[arg-type]
        self.paragraphs.append(para)
        return para

    def agenda(self, lines: list[Line], items: list[AgendaItem], meeting: str) -> None:
        """Agenda paragraphs; each item's heading is a paragraph numbered as the item."""
        by_line = {item.line: item for item in items}
        current: AgendaItem | None = None
        for chunk in build_chunks(lines, lambda line: by_line.get(line.index)):
            if chunk.kind == "heading":
                current = chunk.heading  # type: ignore[assignment]
                chunk.number, chunk.lines = current.number, [current.title]  # type: ignore[union-attr]
            self.add(chunk, PART_AGENDA, meeting, item=current.number if current else None,
                     item_title=current.title if current else None)

    def minutes(self, lines: list[Line], attendance: tuple[int, int], meeting: str) -> list[tuple[str, str]]:
        """Minute paragraphs under their item headings; the heading and attendance lists as one paragraph."""
        found: list[tuple[str, str]] = []

        def heading(line: Line) -> tuple[str, str] | None:
            last = next((int(n) for n, _ in reversed(found) if n.isdigit()), None)
            item = minutes.is_item_heading(line.text, last, found[-1][0] if found else None)
            if item:
                found.append(item)
            return item

        a, b = attendance
        self.minute_chunks(build_chunks(lines[:a], heading), meeting, found)
        if b > a:
            span = lines[a:b]
            chunk = Chunk("text", [x.text for x in span], span[0].start, span[-1].end, page=span[0].page)
            self.add(chunk, PART_MINUTES, meeting, section="Attendance")
        self.minute_chunks(build_chunks(lines[b:], heading), meeting, found)
        return found

    def minute_chunks(self, chunks: list[Chunk], meeting: str, found: list[tuple[str, str]]) -> None:
        item = found[-1] if found else None
        previous: Chunk | None = None
        for chunk in chunks:
            if chunk.kind == "heading":
                item = chunk.heading  # type: ignore[assignment]
                previous = None
                continue
            self.add(chunk, PART_MINUTES, meeting, item=item[0] if item else None,
                     item_title=item[1] if item else None, section=caption(chunk, previous))
            previous = chunk

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


def section_of(line: Line) -> str | None:
    return reports.section_heading(line)


def caption(chunk: Chunk, previous: Chunk | None) -> str | None:
    """A table's caption: the short line printed right above it, when there is one."""
    if chunk.kind != "table" or previous is None:
        return None
    text = previous.lines[-1] if previous.kind != "heading" else str(previous.heading)
    return text if len(text.split()) <= 15 and not text.endswith(".") else None
