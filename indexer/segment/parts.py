"""The parts of a paper, each with its meeting: an agenda, minutes (with their appendices), officer reports."""
from __future__ import annotations

import re

from indexer.segment import agenda, minutes, reports
from indexer.segment.attendance import ROLL_CALL_RE, SECTION_RE, apologies, attendance, merge_people, names_in
from indexer.segment.blocks import Line, ends_sentence
from indexer.segment.bodies import body_name, is_committee_name
from indexer.segment.context import Paper
from indexer.segment.heading import MeetingHead, field_date, read_head, without_council
from indexer.segment.item_reports import item_reports, minute_reports
from indexer.segment.items import Heading, find_headings
from models import Item, Meeting, Report
from models.domain import PART_AGENDA, PART_APPENDIX, PART_MINUTES
from models.ids import report_id

PARISH_LIKE_RE = re.compile(r"\b(?:Parish|Community|Town|Village)\s+Council$")


def body_of(paper: Paper, head: MeetingHead, *named: str | None) -> str | None:
    """Which body meets: as the part's own heading names it (`named` first), else the body the paper names
    most, else a parish-like council meeting as a whole."""
    for name in [named[0] if named else None, *head.bodies, *named[1:], paper.fallback]:
        if name:
            return body_name(without_council(name, paper.council)) or name
    if paper.council and PARISH_LIKE_RE.search(paper.council):
        return paper.council
    return None


def add_agenda(paper: Paper, span: tuple[int, int] | None, marker: int | None, role: str = "agenda") -> Meeting | None:
    """The agenda's meeting, items and paragraphs: the heading and cover above the first item."""
    if span is None:
        return None
    start, end = span
    heads = find_headings(paper.lines, start, end, agenda=True)
    first = heads[0].line if heads else end
    cover = agenda.read_head(paper.lines[start:first])
    head = read_head(paper.lines, start, first, paper.council, paper.dayfirst)
    date = cover.date or head.date or field_date(paper.lines[start:end], paper.year)
    meeting = paper.meeting(body_of(paper, head, cover.committee), date, role,
                            cover.time or head.time, cover.venue or head.venue, cover.chair, cover.members)
    for other in head.bodies[1:]:  # 'X City Council and Improvement Authority': one agenda, two meetings
        paper.meeting(body_name(without_council(other, paper.council)), meeting.date, role, meeting.time,
                      meeting.venue)
    add_items(paper, meeting, heads, PART_AGENDA)
    paper.emitter.agenda(paper.lines[start:end], heads, meeting.id)
    item_reports(paper, meeting, heads)
    return meeting


def add_items(paper: Paper, meeting: Meeting, heads: list[Heading], part: str) -> None:
    paper.seg.items.extend(Item(meeting.id, part, h.number, h.title, h.page) for h in heads)


def add_minutes(paper: Paper, span: tuple[int, int] | None, header: int | None,
                appendix: tuple[int, int] | None = None, fallback: str | None = None,
                role: str = "minutes") -> Meeting | None:
    """The minutes' meeting (heading, attendance, chair), minute items and paragraphs, and appendices."""
    if span is None:
        return None
    lines = paper.lines
    start, end = span
    heads = find_headings(lines, start, end, agenda=False)
    first_item = next((h.line for h in heads if header is None or h.line > header), end)
    printed = minutes.read_header(lines, header) if header is not None else None
    head = read_head(lines, start, first_item, paper.council, paper.dayfirst)
    head_end = printed.end if printed else (head.date_line + 1 if head.date_line is not None else start)
    attend_end = attendance_end(lines, head_end, end, heads)
    people = attendance(lines[head_end:attend_end]) + attendance(section_lines(lines, heads, end))
    body = "\n".join(line.text for line in lines[start:end])
    people = merge_people(people + apologies(body))
    order_time, order_venue = minutes.called_to_order(body)
    meeting = paper.meeting(body_of(paper, head, printed.committee if printed else None, fallback),
                            (printed.date if printed else None) or head.date, role,
                            (printed.time if printed else None) or head.time or order_time,
                            (printed.venue if printed else None) or head.venue or order_venue,
                            minutes.chair_of(body, people), people)
    add_items(paper, meeting, heads, PART_MINUTES)
    first = header - 1 if header is not None and header > start and is_committee_name(lines[header - 1].text) \
        else (header if header is not None else head_end)
    paper.emitter.minutes(lines[start:end], (first, attend_end), meeting.id, heads)
    minute_reports(paper, meeting)  # an officer's report printed in the minutes, with its recommendation
    if appendix:
        a, b = appendix
        paper.emitter.plain(lines[a:b], PART_APPENDIX, meeting.id)
    return meeting




def section_lines(lines: list[Line], heads: list[Heading], stop: int) -> list[Line]:
    """The lines of the attendance sections printed as headings ('## Present', '## Apologies for Absence'),
    and of a numbered 'ROLL CALL' item."""
    out: list[Line] = []
    for k, h in enumerate(heads):
        if (SECTION_RE.fullmatch(f"{h.title}:") and h.number is None) or ROLL_CALL_RE.match(h.title):
            end = heads[k + 1].line if k + 1 < len(heads) else stop
            out += lines[h.line:_list_end(lines, h.line + 1, end)]
    return out


NUMBERED_HEADING_RE = re.compile(r"^\s*(?:[IVXLC]{1,6}|\d{1,3}|[A-Z])[.)]\s+[A-Z][A-Z\s&'’/-]{3,}$")


def _list_end(lines: list[Line], start: int, end: int) -> int:
    """Where an attendance section ends: at the next heading printed in capitals ('VII. NEW BUSINESS')
    that was not recognised as an item, and after a dozen lines at most."""
    for i in range(start, min(end, start + 12)):
        if NUMBERED_HEADING_RE.match(lines[i].text):
            return i
    return min(end, start + 12)


def attendance_end(lines: list[Line], start: int, stop: int, heads: list[Heading]) -> int:
    """The line after the attendance lists: the first minute heading or numbered minute after `start`."""
    first = next((h.line for h in heads if h.line >= start), stop)
    for i in range(start, first):
        if re.match(r"^-?\s*\d{1,3}\.\d", lines[i].text):
            return i
    end = lists_end(lines, start, first)
    if end == first == stop:  # no minute heading bounds the lists: never the whole paper
        end = min(stop, start + ATTENDANCE_LINES)
    return end if end > start else start


ATTENDANCE_LINES = 40
MIN_SENTENCE_WORDS = 6
NAMES_SHARE = 0.6


def lists_end(lines: list[Line], start: int, stop: int) -> int:
    """Where the attendance lists end before `stop`: at the first sentence printed below a list label
    ('Present:', 'Members Present:', 'Regrets:') as a block of its own ('Chair Costa called the meeting to
    order at 6:30 PM.'), so the minutes' body stays paragraphs of its own even where no minute heading
    was recognised; else `stop`."""
    seen = False
    for i in range(start, stop):
        line = lines[i]
        if SECTION_RE.match(line.text):
            seen = True
        elif seen and line.blank_before and ends_sentence(line.text) and not _names_only(line.text):
            return i
    return stop


def _names_only(text: str) -> bool:
    """A line that is a list of names ('Councillor A Smith, Councillor B Jones and Councillor C Brown.'),
    not a sentence about them: short, or mostly the names' own words."""
    words = text.split()
    named = sum(len(n.split()) for n in names_in(text))
    return len(words) < MIN_SENTENCE_WORDS or named >= NAMES_SHARE * len(words)


def add_reports(paper: Paper, spans: list[tuple[int, int]], coming: Meeting | None) -> None:
    """Each officer report with its cover, sections and paragraphs; a lone report gets its own meeting."""
    for n, (start, end) in enumerate(spans, start=1):
        part = paper.lines[start:end]
        head = reports.read_head(part)
        generic = read_head(paper.lines, start, min(end, start + 30), paper.council, paper.dayfirst)
        date = head.date or (coming.date if coming else None) or generic.date
        committee = head.committee or (coming.committee if coming else None) or body_of(paper, generic)
        meeting = paper.meeting(committee, date, "report-only")
        report = Report(report_id(paper.emitter.doc_id, n), paper.emitter.doc_id, head.title or "", meeting.id,
                        date, committee, head.responsible or reports.signatory(part, head.report_of)
                        or head.cabinet_member, reports.contact_officer(part))
        report.agenda_item = matching_item(paper.seg.items, report.title, coming)
        paper.emitter.report(part, head, report)
        paper.seg.reports.append(report)


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
