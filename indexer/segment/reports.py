"""Officer reports: where each starts, its cover fields, its section headings, its contact officer.

Two cover forms are read. The tabular one ("Report title:", "Date of meeting:", "Responsible
Chief Officer:" or "Responsible Director", sometimes with the value on the next line) and the
heading one (a date line, "Agenda Item:", "REPORT OF THE CABINET MEMBER FOR ...", the title in
capitals, signed at the end by the member named in that heading).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.segment.blocks import (
    CONNECTOR_END_RE,
    Line,
    ends_sentence,
    point_label,
    split_number,
    strip_bullet,
)
from indexer.segment.bodies import body_name, is_committee_name, is_council_name
from models.dates import parse_date

TITLE_RE = re.compile(r"^Report title\s*[:\t]?\s*(?P<v>.*)$", re.I)
DATE_RE = re.compile(r"^Date of (?:the )?meeting\s*[:\t]?\s*(?P<v>.*)$", re.I)
RESPONSIBLE_RE = re.compile(
    r"^Responsible\s+(?P<who>Chief Officer|Director|Officer|Executive Director|Cabinet Member|Lead Member)"
    r"\s*[:\t]?\s*(?P<v>.*)$", re.I)
REPORT_OF_RE = re.compile(r"^REPORT OF (?:THE )?(?P<v>[A-Z][A-Z ,&'’-]+)$")
ITEM_NO_RE = re.compile(r"^(?:Item No|Agenda Item)\b", re.I)
CONTACT_RE = re.compile(r"^(?:Officer\s+name\s*:?|(?:Contact\s+officer|(?:Report\s+)?author|(?:Report\s+)?prepared\s+by)\s*:)"
                        r"\s*(?P<v>.*)$", re.I)
ENQUIRIES_RE = re.compile(r"^For any enquiries about this report,? please contact\s*:?\s*(?P<v>.*)$", re.I)
LABEL_RE = re.compile(r"(?:Tel(?:ephone)?\s*No\.?|Email(?: address)?|Phone)\s*:?", re.I)
RECOMMENDATIONS_RE = re.compile(
    r"^(?:\d{1,2}\.?\s+)?(?:(?P<rec>recommendations?|recommendation/s|recommendation\(s\)|recommended actions?)"
    r"|actions? required|decisions? required)\s*:?$", re.I)
KNOWN_SECTION_RE = re.compile(
    r"^(?:strategic impact|executive summary|purpose of (?:the )?report|introduction|background|information"
    r"|financial implications|officer contact|background papers.*|summary|proposals?|evidence"
    r"|(?:\w+ ){0,3}comments(?: \(.*\))?|foreword.*|introduction from .*)\s*:?$", re.I)
COVER_RE = re.compile(
    r"^(?P<k>Report\s+to|Report\s+(?:of|by|from)|Subject|Title|Date(?:\s+of\s+(?:the\s+)?meeting)?|Meeting|To|From"
    r"|Prepared\s+by|Reviewed\s+by|Agenda\s+item"
    r"|Portfolio(?:\s+Holder)?|Cabinet\s+Member|Lead\s+Member|Wards?(?:\s+affected)?|Key\s+decision"
    r"|Contact\s+officer|Report\s+author|Lead\s+officer|Classification)\s*:\s*(?P<v>.*)$", re.I)
REPORT_OF_LINE_RE = re.compile(r"^Report\s+(?:of|by)\s+(?:the\s+)?(?P<v>[A-Z][\w&’'-]*(?:,?\s+(?:[A-Z][\w&’'-]*|of|and|for"
                               r"|the|&))*)$")
EMAIL_HEADER_RE = re.compile(r"(?i)^(?:to|from|cc|sent)\s*:.*@|^(?:date|sent)\s*:.*\d{1,2}:\d{2}:\d{2}")
STAFF_REPORT_RE = re.compile(r"^(?:STAFF|AGENDA|COUNCIL|COMMITTEE|OFFICER|COVER)\s+REPORT$")
PIPE_NUMBER_RE = re.compile(r"^(?P<n>\d{1,2}[a-z]?)\s*\|\s*(?P<rest>\S.*)$")  # '2 | Recommendations'
LEADERS_RE = re.compile(r"\.{5,}\s*\d*\s*$")  # a contents line: 'Recommendations ........ 5'
FIELD_LABEL_RE = re.compile(r"^(?:Report title|Date of (?:the )?meeting|Responsible\b|Item No|Agenda Item)", re.I)


@dataclass
class ReportHead:
    """What a report's cover says."""

    title: str | None = None
    date: str | None = None
    responsible: str | None = None
    cabinet_member: str | None = None
    committee: str | None = None
    header_end: int = 0  # index (into the report's lines) after the cover
    report_of: str | None = None


def report_starts(lines: list[Line]) -> list[int]:
    """Indexes of the lines where a report begins (its committee or 'Item No' line above the cover)."""
    starts: list[int] = []
    for i, line in enumerate(lines):
        if STAFF_REPORT_RE.match(line.text) and any(COVER_RE.match(x.text) for x in lines[i + 1:i + 9]):
            starts.append(i)  # 'STAFF REPORT' over its title and 'DATE: / TO: / FROM:'
            continue
        if TITLE_RE.match(line.text) or REPORT_OF_RE.match(line.text) and not any(
                TITLE_RE.match(x.text) for x in lines[i:i + 6]) or is_cover_start(lines, i):
            start = i
            for j in range(i - 1, max(-1, i - 5), -1):
                text = lines[j].text
                if ITEM_NO_RE.match(text) or parse_date(text) and len(text) < 30 or is_committee_name(text) \
                        or is_council_name(text):
                    start = j
                elif not text.strip(":. "):
                    continue
                else:
                    break
            if not starts or start > starts[-1] + 3:
                starts.append(start)
    return starts


ITEM_LINE_RE = re.compile(r"^(?:Item\s+)?(?P<n>\d{1,2}(?:\.\d{1,2}){0,2})[.)]?\s+(?:[-–:]\s+)?[A-Z‘'\"]")


def _next_numbers(number: str) -> set[str]:
    """The numbers an agenda goes on with after `number`: '6.1' -> {'6.2', '7'}."""
    parts = number.split(".")
    return {".".join([*parts[:k], str(int(parts[k]) + 1)]) for k in range(len(parts))}


def inside_agenda_item(lines: list[Line], start: int, stop: int) -> bool:
    """A report cover printed under an agenda item's title, the agenda going on after it ('6.1 Report
    FIN-2024-07 ...' over 'Report To: / Report From: / Prepared by:', then '6.2 ...' or '7. By-laws'): the
    report is part of its item, not a report of its own to the end of the paper (Ontario, US agendas)."""
    above = next((x.text for x in reversed(lines[max(0, start - 3):start]) if x.text.strip()), "")
    m = ITEM_LINE_RE.match(above)
    if not m:
        return False
    following = _next_numbers(m.group("n"))
    return any((n := ITEM_LINE_RE.match(x.text)) and n.group("n") in following for x in lines[start + 1:stop])


def is_cover_start(lines: list[Line], i: int) -> bool:
    """The first line of a cover of 'Report to:', 'Date:', 'Subject:', 'Report of:' fields (two or more,
    one naming the report), unless a 'Report title' or 'REPORT OF THE ...' cover is printed there."""
    if not COVER_RE.match(lines[i].text) or i > 0 and COVER_RE.match(lines[i - 1].text):
        return False
    window = lines[i:i + 8]
    # a cover holds no numbered heading: 'Date: April 8, 2024' over '5. Staff Reports' is an agenda's head
    window = window[:next((k for k, x in enumerate(window) if k and ITEM_LINE_RE.match(x.text)), len(window))]
    if any(EMAIL_HEADER_RE.search(x.text) for x in window[:6]):
        return False  # 'From: / Subject: / Date: ... 11:17:39 GMT / To: someone@example.org': an e-mail quoted
    keys = [m.group("k").lower() for m in (COVER_RE.match(x.text) for x in window) if m]
    named = any(k.startswith(("report", "subject", "title")) for k in keys)
    return named and len(keys) >= 2 and not any(TITLE_RE.match(x.text) or REPORT_OF_RE.match(x.text) for x in window)


def field_value(lines: list[Line], i: int, value: str) -> tuple[str, int]:
    """A cover field's value: on its own line or the next line(s) when printed under the label."""
    value = value.strip(" :\t")
    j = i + 1
    if not value and j < len(lines) and not FIELD_LABEL_RE.match(lines[j].text):
        value, j = lines[j].text.strip(), j + 1
    return value, j


def read_head(lines: list[Line]) -> ReportHead:
    """The cover fields in a report's first lines."""
    head = ReportHead()
    for i, line in enumerate(lines[:40]):
        text = line.text
        if i <= 3 and is_committee_name(text) and not head.committee:
            head.committee = re.sub(r"\s+Item No.*$", "", text, flags=re.I)
        for rx, name in ((TITLE_RE, "title"), (DATE_RE, "date"), (RESPONSIBLE_RE, "responsible")):
            m = rx.match(text)
            if m and (name != "title" or not head.title):
                value, end = field_value(lines, i, m.group("v"))
                store_field(head, name, value, m)
                head.header_end = max(head.header_end, end)
        m = COVER_RE.match(text)
        if m and i < 20 and not (TITLE_RE.match(text) or DATE_RE.match(text)):
            value, end = field_value(lines, i, m.group("v"))
            store_cover(head, m.group("k").lower(), value)
            head.header_end = max(head.header_end, end)
    read_report_of(lines, head)
    if head.title is None and lines and STAFF_REPORT_RE.match(lines[0].text):
        read_staff_report(lines, head)
    if head.title is None:
        read_heading_form(lines, head)
    return head


def read_staff_report(lines: list[Line], head: ReportHead) -> None:
    """'STAFF REPORT' over the title (in one or more lines) and 'AGENDA ITEM #6' or the first field."""
    title: list[str] = []
    for i, line in enumerate(lines[1:8], start=1):
        if COVER_RE.match(line.text) or re.match(r"(?i)^agenda\s+item\b", line.text) or title and line.blank_before:
            break
        title.append(line.text)
        head.header_end = max(head.header_end, i + 1)
    head.title = " ".join(title) or None


def store_cover(head: ReportHead, key: str, value: str) -> None:
    """A field of a 'Report to: / Date: / Subject: / Report of:' cover."""
    if key in ("report to", "to") or key == "meeting" and not head.committee:
        head.committee = body_name(re.split(r"\s+[–—-]\s+|,", value)[0]) or head.committee
        head.date = head.date or parse_date(value)
    elif key.startswith("report") and key != "report author" or key == "from":
        head.responsible = head.responsible or officer_and_role(value) or None
    elif key in ("subject", "title"):
        head.title = head.title or value or None
    elif key.startswith("date"):
        head.date = head.date or parse_date(value)
    elif key.startswith(("portfolio", "cabinet", "lead member")):
        head.cabinet_member = head.cabinet_member or value or None


def read_report_of(lines: list[Line], head: ReportHead) -> None:
    """'Report of the Head of Environmental Services' printed in a cover of fields: who is responsible."""
    if head.header_end == 0 or head.responsible:
        return
    for i, line in enumerate(lines[:head.header_end + 2]):
        m = REPORT_OF_LINE_RE.match(line.text)
        if m:
            head.responsible = m.group("v")
            head.header_end = max(head.header_end, i + 1)
            return


def store_field(head: ReportHead, name: str, value: str, m: re.Match) -> None:
    if name == "title":
        head.title = value.strip("\t ") or None
    elif name == "date":
        head.date = parse_date(value)
    elif "cabinet" in m.group("who").lower() or "member" in m.group("who").lower():
        head.cabinet_member = value or None
    elif not head.responsible:
        head.responsible = officer_and_role(value) or None


ROLE_START_RE = re.compile(r"^(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}?)(?P<role>(?:Executive|Director|Head|Chief|Managing"
                           r"|Assistant|Interim|Acting|Corporate|Strategic|Deputy)\b.*)$")


def officer_and_role(value: str) -> str:
    """'James Bullion – Executive Director', 'Sara Tough Executive Director', 'Tom McCabe (Director)'
    -> 'Name, Role'."""
    value = re.sub(r"\s*[–—]\s*", ", ", value.strip(), count=1)
    m = re.fullmatch(r"(?P<name>[^(,]+?)\s*\((?P<role>[^)]+)\)", value)
    if m:
        return f"{m.group('name')}, {m.group('role')}"
    m = ROLE_START_RE.match(value)
    if m and "," not in m.group("name"):
        return f"{m.group('name').strip()}, {m.group('role')}"
    return value


def read_heading_form(lines: list[Line], head: ReportHead) -> None:
    """Date line, 'Agenda Item:', 'REPORT OF THE ...', then the title in capitals."""
    for i, line in enumerate(lines[:12]):
        if head.date is None and parse_date(line.text) and len(line.text) < 30:
            head.date = parse_date(line.text)
        m = REPORT_OF_RE.match(line.text)
        if m and i + 1 < len(lines):
            head.report_of = m.group("v").strip()
            head.title = lines[i + 1].text
            head.header_end = i + 2
            return


def signatory(lines: list[Line], role: str | None) -> str | None:
    """The member who signs a report 'of the Cabinet Member for ...': the name printed above that role."""
    if not role:
        return None
    for i, line in enumerate(lines[1:], start=1):
        if line.text.lower() == role.lower():
            return f"{lines[i - 1].text}, {line.text}"
    return None


def contact_officer(lines: list[Line]) -> str | None:
    """The officer to contact, who wrote the report: from 'Officer name:', 'Report author:', 'Prepared by:'
    (inline, below, or as a table) or 'please contact:'."""
    for i, line in enumerate(lines):
        m = CONTACT_RE.match(line.text) or ENQUIRIES_RE.match(line.text)
        if not m:
            continue
        inline = LABEL_RE.split(m.group("v"))[0].strip(" \t:")
        if inline:
            return re.sub(r",[^,]*\bof$", "", inline)
        names = names_below(lines[i + 1:i + 10], role_line=bool(ENQUIRIES_RE.match(line.text)))
        if names:
            return "; ".join(names)
    return None


def names_below(lines: list[Line], role_line: bool) -> list[str]:
    """Names printed under a contact label: the words before a phone number, tab or e-mail address."""
    names: list[str] = []
    for k, line in enumerate(lines):
        text = line.text
        if LABEL_RE.fullmatch(text.strip()) or LABEL_RE.match(text) and not names:
            continue
        name = re.split(r"\t|\s(?=[\d(+])|\s\S+@", text)[0].strip()
        if not re.fullmatch(r"(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+", name):
            break
        if role_line and k + 1 < len(lines) and not re.search(r"[\d@]", lines[k + 1].text):
            return [f"{name}, {lines[k + 1].text}"]
        names.append(name)
    return names


def section_heading(line: Line) -> str | None:
    """The section a heading line opens: 'Recommendations' for any form of it, else the heading as printed."""
    bullet, text = strip_bullet(line.text)
    if LEADERS_RE.search(text):
        return None
    pipe = PIPE_NUMBER_RE.match(text)
    if pipe:
        text = f"{pipe.group('n')}. {pipe.group('rest')}"
    if RECOMMENDATIONS_RE.match(text):
        return text.rstrip(": ")
    if "\t" in text or point_label(text)[0] or len(text) > 90:
        return None
    number, rest = split_number(text)
    if number is None:
        m = re.match(r"^(\d{1,2})\.?\s+(\S.*)$", text)
        number, rest = (m.group(1), m.group(2)) if m else (None, text)
    if bullet and number is None:
        return None
    if KNOWN_SECTION_RE.match(rest):
        return text.rstrip(": ")
    words = rest.split()
    if not words or not rest[:1].isupper() or ends_sentence(rest) or rest.endswith((",", ";")):
        return None
    if CONNECTOR_END_RE.search(rest):
        return None  # '8.1 Total external debt outstanding in': a paragraph wrapping onto the next line
    if rest.endswith(":") and (len(words) > 3 or re.match(r"(?i)that\b", rest)):
        return None  # 'That Cabinet:' opens the points below it
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) / len(words)
    limit = (8 if number else 10) if capitalised < 0.6 else 14
    return text.rstrip(": ") if len(words) <= limit and (number or line.blank_before) else None


def recommendation_form(heading: str) -> str | None:
    """'recommendations' for 'Recommendations:' / 'RECOMMENDATION/S', 'actions' for 'Actions required'."""
    m = RECOMMENDATIONS_RE.match(heading)
    if not m:
        return None
    return "recommendations" if m.group("rec") else "actions"
