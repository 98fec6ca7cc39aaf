"""Segmentation: a committee paper -> its meetings, items, paragraphs and officer reports.

An agenda pack holds, in one text: the agenda of the coming meeting (cover, membership and
numbered items), the minutes of the previous meeting (heading, attendance, numbered minutes),
appendices to the minutes (public questions), then the officer reports for the coming meeting.
A lone report is a document of its own. Where each part starts is read from the content:
the 'Agenda' line, the minutes' heading (or item numbers restarting at 1 after the agenda,
when page layout put the first minutes above their heading), 'The meeting finished at ...',
and each report's cover. Metadata never comes from the file name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.segment import agenda, minutes, reports
from indexer.segment.attendance import apologies, attendance, merge_people
from indexer.segment.blocks import Line, read_lines
from indexer.segment.bodies import committee_in, council_of, is_committee_name
from indexer.segment.emit import Emitter
from models import DocumentError, Item, Meeting, Paragraph, Report
from models.dates import long_date, parse_date
from models.domain import PART_AGENDA, PART_APPENDIX, PART_MINUTES, PART_REPORT
from models.ids import meeting_id, report_id

APPENDIX_RE = re.compile(r"^(?:Appendix\s+[A-Z0-9]+\b|PUBLIC QUESTIONS\b)", re.I)


@dataclass
class Segmented:
    """A document taken apart: what it is, the meetings it is about, and its pieces in reading order."""

    title: str
    kind: str  # agenda-pack | minutes | report | paper
    council: str | None
    committee: str | None
    meeting_date: str | None
    meetings: list[Meeting] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)


@dataclass
class Layout:
    """Where the parts of a pack lie, as [start, end) ranges of line indexes."""

    agenda: tuple[int, int] | None = None
    marker: int | None = None
    minutes: tuple[int, int] | None = None
    header: int | None = None
    appendix: tuple[int, int] | None = None
    reports: list[tuple[int, int]] = field(default_factory=list)


def find_layout(lines: list[Line]) -> Layout:
    """The parts of the document, from the content."""
    layout = Layout()
    starts = reports.report_starts(lines)
    first_report = starts[0] if starts else len(lines)
    layout.reports = list(zip(starts, [*starts[1:], len(lines)][:len(starts)], strict=True))
    layout.header = minutes.find_header(lines, 0, first_report)
    layout.marker = agenda.find_marker(lines, layout.header if layout.header is not None else first_report)
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


def segment(doc_id: str, text: str, path: str) -> Segmented:
    """Take a normalised committee paper apart into meetings, items, paragraphs and reports."""
    lines = read_lines(text)
    layout = find_layout(lines)
    emitter = Emitter(doc_id, text)
    seg = Segmented("", "paper", council_of(text), None, None)
    fallback = committee_in(text)
    agenda_meeting = add_agenda(seg, emitter, lines, layout, fallback)
    minutes_meeting = add_minutes(seg, emitter, lines, layout, fallback or (agenda_meeting and agenda_meeting.committee))
    add_reports(seg, emitter, lines, layout, agenda_meeting, fallback)
    if not layout.reports and not layout.minutes and not layout.agenda:
        add_paper(seg, emitter, lines)
    seg.paragraphs = emitter.paragraphs
    describe(seg, agenda_meeting, minutes_meeting)
    check(seg, path)
    return seg


def add_agenda(seg: Segmented, emitter: Emitter, lines: list[Line], layout: Layout,
               fallback: str | None) -> Meeting | None:
    """The agenda's meeting, items and paragraphs."""
    if layout.agenda is None:
        return None
    start, end = layout.agenda
    marker = layout.marker if layout.marker is not None else start
    head = agenda.read_head(lines[start:marker])
    committee = head.committee or fallback
    meeting = Meeting(committee or "", head.date, "agenda", head.time, head.venue, head.chair, head.members)
    meeting.id = meeting_id(head.date, committee)
    found = agenda.read_items(lines, marker + 1, end) if layout.marker is not None else []
    seg.items.extend(Item(meeting.id, PART_AGENDA, it.number, it.title, it.page) for it in found)
    seg.meetings.append(meeting)
    emitter.agenda(lines[start:end], found, meeting.id)
    return meeting


def add_minutes(seg: Segmented, emitter: Emitter, lines: list[Line], layout: Layout,
                fallback: str | None) -> Meeting | None:
    """The minutes' meeting (heading, attendance, chair), minute items and paragraphs, and appendices."""
    if layout.minutes is None or layout.header is None:
        return None
    start, end = layout.minutes
    head = minutes.read_header(lines, layout.header)
    attend_end = attendance_end(lines, head.end, end)
    first = layout.header - 1 if layout.header > start and is_committee_name(
        lines[layout.header - 1].text) else layout.header
    people = attendance(lines[head.end:attend_end])
    body = "\n".join(line.text for line in lines[start:end])
    people = merge_people(people + apologies(body))
    committee = head.committee or fallback or ""
    meeting = Meeting(committee, head.date, "minutes", head.time, head.venue,
                      minutes.chair_of(body, people), people)
    meeting.id = meeting_id(head.date, committee)
    seg.meetings.append(meeting)
    found = emitter.minutes(lines[start:end], (first - start, attend_end - start), meeting.id)
    seg.items.extend(Item(meeting.id, PART_MINUTES, number, title) for number, title in found)
    if layout.appendix:
        a, b = layout.appendix
        emitter.plain(lines[a:b], PART_APPENDIX, meeting.id)
    return meeting


def attendance_end(lines: list[Line], start: int, stop: int) -> int:
    """The line after the attendance lists: the first minute heading or numbered minute."""
    for i in range(start, stop):
        if minutes.is_item_heading(lines[i].text, None) or re.match(r"^-?\s*\d{1,3}\.\d", lines[i].text):
            return i
    return start


def add_reports(seg: Segmented, emitter: Emitter, lines: list[Line], layout: Layout,
                coming: Meeting | None, fallback: str | None) -> None:
    """Each officer report with its cover, sections and paragraphs; a lone report gets its own meeting."""
    known = {m.id for m in seg.meetings}
    for n, (start, end) in enumerate(layout.reports, start=1):
        part = lines[start:end]
        head = reports.read_head(part)
        date = head.date or (coming.date if coming else None)
        committee = head.committee or (coming.committee if coming else None) or fallback
        mid = meeting_id(date, committee)
        if mid not in known:
            seg.meetings.append(Meeting(committee or "", date, "report-only", id=mid))
            known.add(mid)
        report = Report(report_id(emitter.doc_id, n), emitter.doc_id, head.title or "", mid, date, committee,
                        head.responsible or reports.signatory(part, head.report_of) or head.cabinet_member,
                        reports.contact_officer(part))
        report.agenda_item = matching_item(seg.items, report.title, coming)
        emitter.report(part, head, report)
        seg.reports.append(report)


def matching_item(items: list[Item], title: str, coming: Meeting | None) -> str | None:
    """The agenda item whose title is the report's title (most of its words, in any case)."""
    if not title or coming is None:
        return None
    words = set(re.findall(r"\w+", title.lower()))
    best, score = None, 0.0
    for item in items:
        if item.meeting_id != coming.id or item.part != PART_AGENDA:
            continue
        other = set(re.findall(r"\w+", item.title.lower()))
        overlap = len(words & other) / max(len(words | other), 1)
        if overlap > score:
            best, score = item.number, overlap
    return best if score >= 0.6 else None


def add_paper(seg: Segmented, emitter: Emitter, lines: list[Line]) -> None:
    """A paper that is none of agenda, minutes or report: its paragraphs, and its meeting when its
    heading names a committee and a date (a table or a long sentence that mentions them is no heading:
    a README listing papers by committee and date is not a paper of that committee)."""
    head = [line.text for line in lines[:15] if _heading_like(line.text)]
    date = next((d for d in map(parse_date, head) if d), None)
    committee = committee_in("\n".join(head))
    mid = None
    if committee and date:
        meeting = Meeting(committee, date, "report-only", id=meeting_id(date, committee))
        seg.meetings.append(meeting)
        mid = meeting.id
    emitter.plain(lines, PART_REPORT, mid)


def _heading_like(text: str) -> bool:
    """A short line that could head a paper: not a table row, not a paragraph of prose."""
    return "|" not in text and "\t" not in text and len(text.split()) <= 15


def describe(seg: Segmented, coming: Meeting | None, previous: Meeting | None) -> None:
    """Kind, title, committee and date of the document as a whole."""
    main = coming or previous or (seg.meetings[0] if seg.meetings else None)
    seg.committee = main.committee if main else None
    seg.meeting_date = main.date if main else None
    when = long_date(seg.meeting_date) or "undated"
    if coming:
        seg.kind, seg.title = "agenda-pack", f"{seg.committee} agenda pack, {when}"
    elif previous:
        seg.kind, seg.title = "minutes", f"{seg.committee} minutes, {when}"
    elif len(seg.reports) == 1:
        seg.kind, seg.title = "report", seg.reports[0].title or f"{seg.committee} report, {when}"
    elif seg.reports:
        seg.kind, seg.title = "report", f"{seg.committee} reports, {when}"
    else:
        first = seg.paragraphs[0].text.split("\n")[0][:120] if seg.paragraphs else ""
        seg.kind, seg.title = "paper", first


def check(seg: Segmented, path: str) -> None:
    """Refuse a text in which nothing of a committee paper is found."""
    has_committee = bool(seg.committee)
    has_date = any(m.date for m in seg.meetings)
    if not has_committee or not (has_date or seg.items or seg.reports):
        raise DocumentError(path, "not a committee paper: no committee, meeting date or numbered items found",
                            "index agendas, minutes or officer reports of a council committee")
