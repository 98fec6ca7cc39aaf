"""The agenda of the coming meeting: committee, date, time, venue, membership and numbered items."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.segment.attendance import CHAIR_NOTE_RE, VICE_NOTE_RE, names_in
from indexer.segment.blocks import Line, strip_bullet
from indexer.segment.bodies import GENERIC_RE, body_name, is_committee_name
from models import Attendee
from models.dates import MONTHS, parse_date
from models.people import clean_name

MARKER_RE = re.compile(r"^(?:(?:meeting|public|draft)\s+)?(?:a\s?g\s?e\s?n\s?d\s?a|agenda)"
                       r"(?:\s+(?:items?|for the meeting))?\s*:?$", re.I)
FIELD_RE = re.compile(r"^(?P<k>Date|Time|Venue|Place|Location|Meeting|Committee)\s*:\s*(?P<v>.*)$", re.I)
ITEM_RE = re.compile(r"^(?:Item\s+)?(?P<n>\d{1,2})\.?\s+(?:[-–:]\s+)?(?P<title>\S.*)$", re.I)
PAGE_RE = re.compile(r"^\(?(?:Pages?\s+(?P<p>\d+(?:\s*[-–]\s*\d+)?)|(?P<tf>To follow))\)?\.?$", re.I)
INLINE_PAGE_RE = re.compile(r"\s*\((?:Pages?\s+(?P<p>\d+(?:\s*[-–]\s*\d+)?)|(?P<tf>To follow))\)\s*$", re.I)
MEMBERSHIP_RE = re.compile(r"^(?:Membership|Members|Councillors)\s*:\s*", re.I)


@dataclass
class AgendaHead:
    """The cover of an agenda."""

    committee: str | None = None
    date: str | None = None
    time: str | None = None
    venue: str | None = None
    members: list[Attendee] = field(default_factory=list)

    @property
    def chair(self) -> str | None:
        return next((m.name for m in self.members if m.role == "chair"), None)


@dataclass
class AgendaItem:
    number: str
    title: str
    line: int  # index of its heading line
    page: str | None = None


def find_marker(lines: list[Line], stop: int) -> int | None:
    """Index of the 'Agenda' line that opens the list of items: 'AGENDA', 'Public Agenda', or the body's or
    meeting's name before it ('COUNCIL AGENDA', 'Regular Council Meeting Agenda', 'Planning Committee Agenda')."""
    return next((i for i in range(min(stop, len(lines))) if MARKER_RE.match(lines[i].text)
                 or i < MASTHEAD_LINES and _named_marker(lines[i].text)), None)


NAMED_MARKER_RE = re.compile(r"^(?P<pre>(?:[A-Za-z&'’-]+\s+){1,6})agenda\s*:?$", re.I)
MEETING_WORDS = {"meeting", "regular", "special", "ordinary", "extraordinary", "annual", "public", "draft", "council",
                 "full", "committee", "board", "the", "of"}
BODY_WORDS = {"meeting", "council", "committee", "board"}
MASTHEAD_LINES = 12  # a named marker heads the paper; 'REGULAR AGENDA' further down is a section of minutes


def _named_marker(text: str) -> bool:
    m = NAMED_MARKER_RE.match(text.strip())
    if not m:
        return False
    words = set(m.group("pre").lower().split())
    return words <= MEETING_WORDS and bool(words & BODY_WORDS) \
        or is_committee_name(re.sub(r"(?i)\s+meeting$", "", m.group("pre").strip()))


def read_head(lines: list[Line]) -> AgendaHead:
    """Committee, date, time, venue and membership from the lines above the items."""
    head = AgendaHead()
    for i, line in enumerate(lines):
        m = FIELD_RE.match(line.text)
        if m:
            store_field(head, m.group("k").lower(), joined_value(lines, i, m.group("v")))
        elif head.committee is None and is_committee_name(line.text) and not GENERIC_RE.search(line.text):
            head.committee = body_name(line.text)
        elif not m:
            head.members.extend(members_in(MEMBERSHIP_RE.sub("", line.text)))
    return head


def joined_value(lines: list[Line], i: int, value: str) -> str:
    """A field's value with the lines printed under it in the same block."""
    j = i + 1
    while j < len(lines) and not lines[j].blank_before and not FIELD_RE.match(lines[j].text):
        value, j = f"{value} {lines[j].text}", j + 1
    return re.sub(r"\s+", " ", value).strip()


def store_field(head: AgendaHead, key: str, value: str) -> None:
    if key == "date":
        head.date = parse_date(value)
    elif key == "time":
        head.time = value or None
    elif key in ("venue", "place", "location"):
        head.venue = value.strip(" .") or None
    elif key in ("meeting", "committee") and value:
        head.committee = body_name(value)


def members_in(text: str) -> list[Attendee]:
    """Members on a membership line: 'Mrs S Gurney (Vice-Chair) Mr H Thirtle'."""
    stripped = re.sub(r"\([^)]*\)", "", text)
    names = names_in(text)
    if not names or len(" ".join(names_in(stripped))) < 0.7 * len(stripped.strip()):
        return []
    people = []
    for name in names:
        role = "chair" if CHAIR_NOTE_RE.search(name) else "vice-chair" if VICE_NOTE_RE.search(name) else "member"
        people.append(Attendee(clean_name(name), role, ""))
    return people


def read_items(lines: list[Line], start: int, stop: int) -> list[AgendaItem]:
    """Numbered items between the agenda marker and `stop`, with the page references printed near them."""
    items: list[AgendaItem] = []
    for i in range(start, stop):
        text = strip_bullet(lines[i].text)[1]
        page = PAGE_RE.match(text)
        if page and items:
            target = next((it for it in reversed(items) if it.page is None), None)
            if target:
                target.page = re.sub(r"\s+", "", page.group("p") or "") or page.group("tf")
            continue
        item = item_heading(text, {it.number for it in items})
        if item:
            inline = INLINE_PAGE_RE.search(item[1])
            title = item[1][:inline.start()] if inline else item[1]
            page = (inline.group("p") or inline.group("tf")) if inline else None
            items.append(AgendaItem(item[0], title.rstrip(" ."), i, page and re.sub(r"\s+", "", page)))
    return items


def item_heading(text: str, seen: set[str]) -> tuple[str, str] | None:
    """'10. Internal and External Appointments' -> ('10', title) unless it reads as a date or sentence."""
    m = ITEM_RE.match(text)
    if not m or m.group("n") in seen or int(m.group("n")) == 0:
        return None
    title = m.group("title").strip()
    first = re.sub(r"[^a-z]", "", title.split()[0].lower())
    if first in MONTHS or not title[:1].isupper() and title[:1] not in "‘'\"" or len(title.split()) > 30:
        return None
    return m.group("n"), title.rstrip(".").strip()
