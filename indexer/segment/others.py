"""Papers of one kind throughout: minutes, an agenda or a report alone, a record of decision, questions
put and answers given, a budget or statement, a calendar of meetings, or any other paper.

Records of decision: 'DECISION TO BE TAKEN BY:', 'As Cabinet Member for X I agree to:', 'DECISION
NUMBER: 24/00093', 'Subject Matter / Title of Decision', signed and dated at the end. Questions:
'Question 1', 'Question by A to B, Cabinet Member for X', 'Answer'. Calendars: a table of meetings
under a header row naming the body, date, time and location columns (Legistar and ModernGov
calendar pages).
"""
from __future__ import annotations

import re

from indexer.segment import minutes, reports
from indexer.segment.bodies import body_name
from indexer.segment.context import Paper
from indexer.segment.heading import find_time, read_head
from indexer.segment.items import Heading
from indexer.segment.numbering import labels
from indexer.segment.parts import add_agenda, add_items, add_minutes, add_reports, body_of
from models import Report
from models.dates import find_dates
from models.domain import PART_AGENDA, PART_MINUTES, PART_REPORT
from models.ids import report_id
from models.people import TITLES

US_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
             "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
             "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|"
             "North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|"
             "Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming")
US_ADDRESS_RE = re.compile(rf"(?m)(?:^|,\s*|\s)(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}),? (?:(?:[A-Z]{{2}}|{US_STATES}) "
                           rf"\d{{5}}\b|(?:{US_STATES})\b)")
DECIDER_RE = re.compile(r"\bAs\s+(?:the\s+)?(?P<role>(?:Cabinet|Executive|Lead)\s+Member\s+for\s+[A-Z][\w’'&, -]+?|"
                        r"Leader\s+of\s+the\s+Council|(?:Corporate\s+|Executive\s+)?Director\s+(?:of|for)\s+[A-Z][\w’'&, -]+?)"
                        r",?\s+I\s+(?:agree|have\s+decided|approve|decide)")
# The field naming who decides: 'Decision Maker: Cabinet Member for Environment, Councillor P Raman', 'Decision
# taken by: Leader of the Council', 'DECISION TO BE TAKEN BY: Cabinet'.
DECISION_MAKER_RE = re.compile(rf"(?im)^(?:decision[- ](?:maker|taker)|decision\s+(?:to\s+be\s+)?taken\s+by|decided\s+by)"
                               rf"\s*:?\s*(?:(?:{TITLES}|Cr)\s+[^,\n]+,\s*)?(?P<role>[A-Z][^,\n]+?)\s*(?:,\s*(?:{TITLES}|Cr)\s.*)?$")
DECISION_NUMBER_RE = re.compile(r"(?i)\bdecision\s+(?:number|no\.?|ref(?:erence)?)\s*:?.*?"
                                r"(?P<n>\b(?:[A-Z]{1,5}/)?\d{2,4}/\d{3,6}\b)")
SUBJECT_RE = re.compile(r"(?i)^(?:subject\s+matter\s*/\s*)?title\s+of\s+(?:the\s+)?decision\s*:?\s*(?P<v>.*)$|"
                        r"^subject(?:\s+matter)?\s*:\s*(?P<w>.+)$")
QUESTION_RE = re.compile(r"^Question\s+(?:No\.?\s*)?(?P<n>\d{1,3})\b")
ASKED_RE = re.compile(r"^Question\s+(?:by|from)\s+(?P<t>.+)$")
NAME_COLUMNS = ("name", "meeting body", "body", "committee", "meeting", "meeting name")
DATE_COLUMNS = ("meeting date", "date")


def city_of_address(text: str) -> str | None:
    """'Rosemead, CA 91770' printed in a US paper -> 'City of Rosemead' (the council a paper names no other way)."""
    m = US_ADDRESS_RE.search(text[:5000])
    return f"City of {m.group('city')}" if m else None


def add_single(paper: Paper, kind: str) -> None:
    """Take apart a paper that is one part of one kind."""
    n = len(paper.lines)
    if kind == "minutes":
        header = next((i for i in range(min(n, 15)) if minutes.HEADER_RE.match(paper.lines[i].text)
                       and not labels(paper.lines[i].text)), None)  # not '23. Minutes of the Previous Meeting'
        add_minutes(paper, (0, n), header)
    elif kind == "agenda":
        add_agenda(paper, (0, n), None)
    elif kind == "report":
        add_reports(paper, [(0, n)], None)
        _title_reports(paper)
    elif kind == "decision":
        add_decision(paper)
    elif kind == "questions":
        add_questions(paper)
    elif kind == "calendar":
        add_calendar(paper)
    elif kind == "budget":
        add_statement(paper)
    else:
        add_other(paper)


def _title_reports(paper: Paper) -> None:
    """A lone report with no 'Report title'/'Subject' field: its first lines are its title."""
    for report in paper.seg.reports:
        if not report.title:
            report.title = heading_title(paper)


def heading_title(paper: Paper) -> str:
    """The paper's first line (with the next when it continues the title), as a title."""
    lines = paper.lines
    if not lines:
        return ""
    title = lines[0].text
    if len(lines) > 1 and not lines[1].blank_before and len(lines[1].text.split()) <= 10 \
            and not re.match(r"(?i)^(?:by|from|to|date)\b", lines[1].text):
        title = f"{title} {lines[1].text}"
    return title[:200]


def add_decision(paper: Paper) -> None:
    """A record of decision: who decides, the decision's number and subject, the date it was signed."""
    lines, text = paper.lines, "\n".join(x.text for x in paper.lines)
    decider = DECIDER_RE.search(text) or DECISION_MAKER_RE.search(text)
    head = read_head(paper.lines, 0, len(lines), paper.council, paper.dayfirst)
    body = body_name(decider.group("role")) if decider else body_of(paper, head)
    meeting = paper.meeting(body, signed_date(paper) or head.date, "decision")
    number = DECISION_NUMBER_RE.search(text)
    title = subject_of(paper) or heading_title(paper)
    heading = Heading(0, number.group("n") if number else None, title, end=0)
    add_items(paper, meeting, [heading], PART_MINUTES)
    paper.emitter.minutes(lines, (0, 0), meeting.id, [], part=PART_MINUTES)
    for p in paper.emitter.paragraphs:
        p.item, p.item_title = heading.number, heading.title


def signed_date(paper: Paper) -> str | None:
    """The date a record is signed and dated at its end ('17/1/2025 ... signed date')."""
    tail = paper.lines[-8:]
    for line in reversed(tail):
        found = find_dates(line.text, paper.dayfirst)
        if found and len(line.text.split()) <= 12:
            return found[-1].iso
    return None


def subject_of(paper: Paper) -> str | None:
    """'Subject Matter / Title of Decision' and the line under it."""
    for i, line in enumerate(paper.lines[:60]):
        m = SUBJECT_RE.match(line.text)
        if m:
            value = (m.group("v") or m.group("w") or "").strip()
            if not value and i + 1 < len(paper.lines):
                value = paper.lines[i + 1].text
            return value or None
    return None


def add_questions(paper: Paper) -> None:
    """Questions put and answers given: the meeting they were put to, each question an item."""
    lines = paper.lines
    head = read_head(lines, 0, min(len(lines), 12), paper.council, paper.dayfirst)
    meeting = paper.meeting(body_of(paper, head), head.date, "agenda", head.time, head.venue)
    heads: list[Heading] = []
    for i, line in enumerate(lines):
        m = QUESTION_RE.match(line.text)
        if m:
            asked = next((ASKED_RE.match(x.text) for x in lines[i + 1:i + 6] if ASKED_RE.match(x.text)), None)
            title = f"Question by {asked.group('t')}" if asked else line.text
            heads.append(Heading(i, m.group("n"), title.rstrip(","), end=i + 1))
    add_items(paper, meeting, heads, PART_AGENDA)
    paper.emitter.agenda(lines, heads, meeting.id)


def add_calendar(paper: Paper) -> None:
    """A calendar of meetings: each row of the table a meeting of the body it names on the date it gives."""
    columns: dict[str, int] = {}
    for line in paper.lines:
        cells = [c.strip() for c in line.text.split("\t")]
        low = [c.lower() for c in cells]
        if not columns and any(c in DATE_COLUMNS for c in low) and any(c in NAME_COLUMNS for c in low):
            columns = {"name": next(i for i, c in enumerate(low) if c in NAME_COLUMNS),
                       "date": next(i for i, c in enumerate(low) if c in DATE_COLUMNS)}
            columns.update({k: i for i, c in enumerate(low) for k in ("time", "location") if k in c})
            continue
        if columns and len(cells) > max(columns.values()):
            found = find_dates(cells[columns["date"]], paper.dayfirst)
            if found and cells[columns["name"]]:
                paper.meeting(body_name(cells[columns["name"]]), found[0].iso, "agenda",
                              find_time(cells[columns["time"]]) if "time" in columns else None,
                              cells[columns["location"]] or None if "location" in columns else None)
    paper.emitter.plain(paper.lines, PART_AGENDA, None)


def add_statement(paper: Paper) -> None:
    """A budget, account or statement: a report of its own, titled by its heading, of no meeting unless
    its heading names one."""
    lines = paper.lines
    head = reports.read_head(lines)
    title = head.title or heading_title(paper)
    meeting = None
    if head.date and (head.committee or paper.fallback):
        meeting = paper.meeting(head.committee or paper.fallback, head.date, "report-only")
    report = Report(report_id(paper.emitter.doc_id, 1), paper.emitter.doc_id, title,
                    meeting.id if meeting else None, head.date, head.committee)
    head.header_end = max(head.header_end, 1)
    paper.emitter.report(lines, head, report)
    paper.seg.reports.append(report)


def add_other(paper: Paper) -> None:
    """Any other paper: its paragraphs, and its meeting when its heading names a body and a date (a table
    or a long sentence that mentions them is no heading)."""
    head = read_head(paper.lines, 0, min(len(paper.lines), 15), paper.council, paper.dayfirst)
    mid = None
    if head.bodies and head.date:
        mid = paper.meeting(head.bodies[0], head.date, "report-only").id
    paper.emitter.plain(paper.lines, PART_REPORT, mid)
