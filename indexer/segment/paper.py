"""Segmentation: a council paper -> its meetings, items, paragraphs and officer reports.

Any readable paper is taken apart into paragraphs; structure is added where the paper shows it.
An agenda pack holds, in one text: the agenda of the coming meeting (cover, membership and
numbered items), the minutes of the previous meeting (heading, attendance, numbered minutes),
appendices to the minutes (public questions), then the officer reports for the coming meeting.
Where each part starts is read from the content: the 'Agenda' line, the minutes' heading (or item
numbers restarting at 1 after the agenda, when page layout put the first minutes above their
heading), 'The meeting finished at ...', and each report's cover. A paper with none of these side
by side is one part of the kind it reads as (`kinds.paper_kind`): minutes, agenda, report, record
of decision, questions and answers, budget, calendar of meetings, or other. Metadata never comes
from the file name; what is not printed stays None ('not stated').
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.segment import agenda, minutes, others, reports
from indexer.segment.blocks import Line, read_lines
from indexer.segment.bodies import committee_in, council_of, is_committee_name
from indexer.segment.context import Hints, Paper, Segmented
from indexer.segment.kinds import paper_kind
from indexer.segment.parts import add_agenda, add_minutes, add_reports
from models import DocumentError
from models.dates import long_date

APPENDIX_RE = re.compile(r"^(?:Appendix\s+[A-Z0-9]+\b|PUBLIC QUESTIONS\b)", re.I)
KIND_TITLES = {"agenda": "agenda", "minutes": "minutes", "decision": "record of decision",
               "questions": "questions and answers", "calendar": "calendar of meetings", "budget": "budget"}

__all__ = ["Hints", "Segmented", "segment"]


@dataclass
class Layout:
    """Where the parts of a pack lie, as [start, end) ranges of line indexes."""

    agenda: tuple[int, int] | None = None
    marker: int | None = None
    minutes: tuple[int, int] | None = None
    header: int | None = None
    appendix: tuple[int, int] | None = None
    reports: list[tuple[int, int]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.agenda is None and self.minutes is None and not self.reports


def find_layout(lines: list[Line]) -> Layout:
    """The parts of the document, from the content."""
    layout = Layout()
    starts = reports.report_starts(lines)
    first_report = starts[0] if starts else len(lines)
    layout.header = minutes.find_header(lines, 0, first_report)
    layout.marker = agenda.find_marker(lines, layout.header if layout.header is not None else first_report)
    if layout.marker is not None and layout.header is None:
        ends = [*starts[1:], len(lines)][:len(starts)]
        starts = [s for s, e in zip(starts, ends, strict=True) if not reports.inside_agenda_item(lines, s, e)]
        first_report = starts[0] if starts else len(lines)
    layout.reports = list(zip(starts, [*starts[1:], len(lines)][:len(starts)], strict=True))
    if layout.header is not None:
        start = minutes_start(lines, layout)
        end, appendix_end = minutes_end(lines, layout.header, first_report)
        layout.minutes = (start, end)
        if appendix_end > end:
            layout.appendix = (end, appendix_end)
        if layout.marker is not None or start > 0 and has_agenda(lines[:start]):
            layout.agenda = (0, start)
        else:
            layout.minutes = (0, end)  # the cover above the heading (the council's name) is the minutes'
    elif layout.marker is not None:
        layout.agenda = (0, first_report)
    return layout


def has_agenda(lines: list[Line]) -> bool:
    """Whether the lines above the minutes hold an agenda (numbered items), not just a cover (the council's name)."""
    seen: set[str] = set()
    for line in lines:
        item = agenda.item_heading(line.text, seen)
        if item:
            seen.add(item[0])
    return len(seen) >= 2


def minutes_start(lines: list[Line], layout: Layout) -> int:
    """The minutes' first line: their heading, or an earlier item 1 that restarts the numbering after the agenda."""
    header = layout.header or 0
    if header > 0 and is_committee_name(lines[header - 1].text):
        header -= 1
    if layout.marker is None:
        return header
    seen: set[str] = set()
    for i in range(layout.marker + 1, header):
        item = agenda.item_heading(lines[i].text, set())
        if item and item[0] == "1" and len(seen) >= 2:
            return i
        if item:
            seen.add(item[0])
    return header


def minutes_end(lines: list[Line], header: int, stop: int) -> tuple[int, int]:
    """(end of the minutes, end of their appendices): after 'The meeting finished at ...' and its signature."""
    for i in range(header, stop):
        if minutes.END_RE.match(lines[i].text):
            end = i + 1
            while end < stop and end <= i + 3 and re.search(r"\bChair", lines[end].text, re.I) \
                    and len(lines[end].text) < 90:
                end += 1
            return end, stop
        if i > header + 5 and APPENDIX_RE.match(lines[i].text):
            return i, stop
    return stop, stop


def dayfirst(text: str) -> bool:
    """Whether the paper prints numeric dates day first (UK) rather than month first (US papers: dollars,
    ZIP codes, 'City of ...')."""
    us = len(re.findall(r"\$\s?\d", text)) + 3 * len(re.findall(r"\b[A-Z]{2},? \d{5}(?:-\d{4})?\b", text))
    us += 2 * len(re.findall(r"\b(?:Councilmember|Mayor Pro Tem|City Clerk|Brown Act|Pledge of Allegiance)\b", text))
    uk = len(re.findall(r"£\s?\d", text)) + 3 * len(re.findall(r"\b[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}\b", text))
    uk += 2 * len(re.findall(r"\b(?:Parish Council|County Council|Cllrs?\.?|Councillor)\b", text))
    numeric = re.findall(r"\b(\d{1,2})/(\d{1,2})/(?:19|20)?\d{2}\b", text)
    uk += 10 * sum(1 for a, b in numeric if int(a) > 12 >= int(b))  # '23/1/2019' can only be day first
    us += 10 * sum(1 for a, b in numeric if int(b) > 12 >= int(a))  # '1/23/2019' only month first
    return uk >= us


def segment(doc_id: str, text: str, path: str, hints: Hints | None = None) -> Segmented:
    """Take a normalised council paper apart into meetings, items, paragraphs and reports."""
    lines = read_lines(text)
    hints = hints or Hints()
    council = council_of(text, hints.headers + [hints.metadata.get("title", "")], hints.councils) \
        or others.city_of_address(text)
    paper = Paper.start(doc_id, text, lines, council, dayfirst(text), committee_in(text), hints)
    layout = find_layout(lines)
    if layout.empty:
        kind = paper_kind(lines)
        others.add_single(paper, kind)
    else:
        coming = add_agenda(paper, layout.agenda, layout.marker)
        previous = add_minutes(paper, layout.minutes, layout.header, layout.appendix,
                               coming.committee if coming else None)
        add_reports(paper, layout.reports, coming)
        kind = "agenda" if coming else "minutes" if previous else "report"
    paper.seg.paragraphs = paper.emitter.paragraphs
    if not paper.seg.paragraphs:
        raise DocumentError(path, "no text: nothing readable was found in it",
                            "check that the file is the paper you meant (a scanned paper needs OCR)")
    describe(paper.seg, kind)
    return paper.seg


def describe(seg: Segmented, kind: str) -> None:
    """Kind, title, body and date of the document as a whole."""
    main = next((m for m in seg.meetings if m.role in ("agenda", "minutes", "decision")), None) \
        or (seg.meetings[0] if seg.meetings else None)
    seg.kind = kind
    seg.committee = main.committee if main and main.committee else None
    seg.meeting_date = main.date if main else None
    when = long_date(seg.meeting_date) or "undated"
    body = seg.committee or seg.council or "Paper"
    if kind == "report" and len(seg.reports) == 1 and seg.reports[0].title:
        seg.title = seg.reports[0].title
    elif kind in ("report", "budget") and seg.reports:
        seg.title = seg.reports[0].title if len(seg.reports) == 1 and seg.reports[0].title \
            else f"{body} reports, {when}"
    elif kind == "agenda" and any(p.part == "minutes" for p in seg.paragraphs) and seg.reports:
        seg.title = f"{body} agenda pack, {when}"
    elif kind in KIND_TITLES and main:
        seg.title = f"{body} {KIND_TITLES[kind]}, {when}"
    else:
        first = seg.paragraphs[0].text.split("\n")[0][:120] if seg.paragraphs else ""
        seg.title = first or body
