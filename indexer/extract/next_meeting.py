"""The date of the next meeting, as minutes and agendas announce it.

    'The next meeting will be held on October 10th 2019 at 7 p.m.'
    'It was agreed that the next meeting would take place Tuesday 5th March at 7pm.'
    'Date of next meeting: Tuesday 7 October 2025 at 7.30 pm'
    'DATE OF NEXT MEETING – 13th September 2017'
    'The next regular meeting of the City Council will be held on December 13, 2022, at 7:00 p.m.'
    'Adjourn to 6:00 P.M. on December 20, 2022, for a Closed Session Meeting'
    'That Council adjourn at 7:12 p.m. to meet again on March 21, 2023.'
    '95/23 DATE OF NEXT MEETING' over 'Monday 13th November 2023 at 7.00pm.'

A date printed without its year is the first such day after the meeting's own date. The announcement
must be in the meeting's own paper (its paragraphs), and the date must come after the meeting's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from models import Meeting, Paragraph
from models.dates import find_dates, parse_day_month

ANNOUNCE_RE = re.compile(
    r"\bdate\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+(?:[\w-]+\s+){0,3}meeting\b"
    r"|\bnext\s+(?:[\w-]+\s+){0,4}meeting\s+(?:of\s+(?:[\w-]+\s+){1,5})?(?:will|would|is|shall|to)\s+"
    r"(?:be\s+)?(?:held|take\s+place|scheduled|on)\b"
    r"|\bnext\s+(?:[\w-]+\s+){0,3}meeting\s*(?::|–|-|—)"
    r"|\badjourn(?:ed|ment)?\s+(?:the\s+meeting\s+)?to\b"
    r"|\b(?:meet|reconvene)s?\s+again\b|\breconvene\s+on\b", re.I)
# An item given over to it: '95/23 DATE OF NEXT MEETING' over 'Monday 13th November 2023 at 7.00pm.'
TITLE_RE = re.compile(r"(?i)\b(?:date|dates|time)\s+(?:and\s+(?:time|venue|place)\s+)?of\s+(?:the\s+)?next\s+meeting"
                      r"|^\s*next\s+meeting\s*$")
TIME_RE = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[.:]\d{2}\b", re.I)
WINDOW = 160  # characters after the announcement in which its date is printed


@dataclass(frozen=True)
class NextMeeting:
    """The next meeting a paper announces: its date, its time when printed, and where it is said."""

    date: str
    time: str | None
    paragraph_id: str


def announced(text: str, after: str | None) -> tuple[str, str | None] | None:
    """(date, time) of the next meeting a paragraph announces; a date without its year is the first
    such day after `after` (the meeting's own date)."""
    for m in ANNOUNCE_RE.finditer(text):
        tail = text[m.start():m.end() + WINDOW]
        when = _date_in(tail, after)
        if when:
            t = TIME_RE.search(tail)
            return when, (t.group(0).strip() if t else None)
    return None


def _date_in(tail: str, after: str | None) -> str | None:
    full = [d.iso for first in (True, False) for d in find_dates(tail, dayfirst=first)]
    if full:
        return full[0] if not after or full[0] > after else None
    if not after:
        return None
    year = int(after[:4])
    for y in (year, year + 1):
        iso = parse_day_month(tail, y)
        if iso and iso > after:
            return iso
    return None


def extract_next_meetings(paragraphs: list[Paragraph], meetings: list[Meeting]) -> dict[str, NextMeeting]:
    """The next meeting each meeting's paper announces, by meeting id (the first announcement in it)."""
    dates = {m.id: m.date for m in meetings}
    out: dict[str, NextMeeting] = {}
    for p in paragraphs:
        if not p.meeting_id or p.meeting_id in out or p.meeting_id not in dates:
            continue
        found = announced(p.text, dates[p.meeting_id]) or _under_title(p, dates[p.meeting_id])
        if found and _plausible(found[0], dates[p.meeting_id]):
            out[p.meeting_id] = NextMeeting(found[0], found[1], p.id)
    return out


def _under_title(p: Paragraph, after: str | None) -> tuple[str, str | None] | None:
    """(date, time) printed as the body of an item titled 'Date of next meeting'."""
    if not (p.item_title and TITLE_RE.search(p.item_title)):
        return None
    head = p.text[:WINDOW]
    when = _date_in(head, after)
    t = TIME_RE.search(head)
    return (when, t.group(0).strip() if t else None) if when else None


def _plausible(when: str, after: str | None) -> bool:
    """A next meeting within a year and a half of this one (not a date quoted for something else)."""
    if not after:
        return True
    return (date.fromisoformat(when) - date.fromisoformat(after)).days <= 550
