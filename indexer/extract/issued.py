"""Who issued a meeting's agenda (its summons or notice) and when, as agendas print it.

    'Amanda Glew – Clerk to the Council      Date: 7th March 2019'        an English parish's summons
    'R C Nolan' over 'Clerk to the Council Date: 26 November 2025'
    'Signed: J Smith, Parish Clerk. Dated: 3rd March 2021'
    'Wednesday, 5 March 2025' over 'To: All Members of the County Council' ... 'Benjamin Watts General
    Counsel 03000 416814'                                                   a county's letter of summons
    'I, Marlen Garcia, City Clerk of the City of Baldwin Park hereby certify ... that the foregoing agenda
    was posted ...'                                                         a US city's certification
    '... the foregoing agenda was posted ... Dated this 15th day of December, 2022.' over 'Sheryl Brady,
    Secretary Planning Commission'

Only an agenda's own paragraphs count (minutes are signed as a true record, which is not an issue),
and the date must fall before the meeting, within ISSUE_DAYS of it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from models import Meeting, Paragraph
from models.dates import find_dates

ISSUE_DAYS = 60
ROLE = (r"(?:(?:City|Town|Parish|Village|Deputy|Assistant|Acting|Interim|Locum|Council|Board|Commission)\s+)?"
        r"(?:Clerk(?:\s+to\s+the\s+(?:[A-Z][a-z]+\s+)?Council)?|Secretary|Chair(?:man|woman|person)?"
        r"(?:\s+of\s+the\s+(?:[A-Z][a-z]+\s+)?Council)?|General\s+Counsel|Proper\s+Officer|Chief\s+Executive"
        r"|Monitoring\s+Officer|Head\s+of\s+Democratic\s+Services|Democratic\s+Services\s+(?:Officer|Manager))")
NAME = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+"
# 'Amanda Glew – Clerk to the Council', 'Signed: J Smith, Parish Clerk', 'Benjamin Watts General Counsel'
SIGNED_RE = re.compile(rf"^(?:Signed\s*:?\s*)?(?P<name>(?:{NAME})?)\s*(?:[–—,-]\s*|\s+)?(?P<role>{ROLE})\b")
CERTIFY_RE = re.compile(rf"\bI,\s+(?P<name>{NAME}),\s+(?P<role>{ROLE})\b.*?\bhereby\s+certif", re.S)
# the date line of a signature ('Date: 7th March 2019', 'Dated this 28th day of October 2022'), not a field
# naming another date ('minutes from meeting date: May 9, 2023')
DATED_RE = re.compile(r"(?i:\bdated\s+this\b)|(?<![Mm]eeting )(?<![Mm]eeting)\b(?:Date|DATE)[dD]?\s*:|\bDated\b")
NOTICE_RE = re.compile(r"(?i:\bhereby\s+certif\w*\b.*\b(?:posted|published|displayed)\b|\bhereby\s+summoned\b)|"
                       + DATED_RE.pattern, re.S)
NAME_LINE_RE = re.compile(rf"^{NAME}$")
LETTER_REACH = 6  # paragraphs from the top of an agenda in which a letter of summons is dated
SHORT_WORDS = 12  # at most, in a signature or date line ('Clerk to the Council Date: 26 November 2025')


@dataclass(frozen=True)
class Issued:
    """Who signed or certified a meeting's agenda and the date it bears, and the paragraph printing it."""

    by: str | None
    on: str | None
    paragraph_id: str


def extract_issued(paragraphs: list[Paragraph], meetings: list[Meeting]) -> dict[str, Issued]:
    """The issue of each meeting's agenda, by meeting id: its signatory and date where printed."""
    dates = {m.id: m.date for m in meetings if m.role == "agenda" and m.date}
    by_meeting: dict[str, list[Paragraph]] = {}
    for p in paragraphs:
        if p.meeting_id in dates and p.part == "agenda":
            by_meeting.setdefault(p.meeting_id, []).append(p)
    out = {}
    for mid, paras in by_meeting.items():
        found = read_issue(paras, dates[mid])
        if found:
            out[mid] = found
    return out


def read_issue(paras: list[Paragraph], meeting: str) -> Issued | None:
    """The issue printed in an agenda's paragraphs: the first dated signature or certification, else a
    letter's date at the top and the named signature at its foot."""
    for i, p in enumerate(paras):
        if not NOTICE_RE.search(p.text):
            continue
        certified = "certif" in p.text
        on = issue_date(p.text, meeting) if DATED_RE.search(p.text) or certified else None
        by = _name_above(paras, i) or (_signed_below(paras, i) if certified or on else None)
        if on and (by or len(p.text.split()) <= SHORT_WORDS) or by and certified:
            return Issued(by, on or _dated_below(paras, i, meeting), p.id)
    letter = next(((p, on) for p in paras[:LETTER_REACH] if (on := _date_alone(p.text, meeting))), None)
    signed = next(((p, by) for p in reversed(paras)
                   if len(p.text.split()) <= SHORT_WORDS and "," in (by := signatory(p.text) or "")), None)
    if not (letter or signed):
        return None
    return Issued(signed[1] if signed else None, letter[1] if letter else None, (signed or letter)[0].id)


def issue_date(text: str, meeting: str) -> str | None:
    """The date a notice bears: the last date printed in it that falls before the meeting."""
    found = [d.iso for d in find_dates(text) if _before(d.iso, meeting)]
    return found[-1] if found else None


def signatory(text: str) -> str | None:
    """'Name, Role' of whoever signs or certifies a notice ('Amanda Glew – Clerk to the Council'), the role
    alone when no name is printed."""
    m = CERTIFY_RE.search(text)
    if m:
        return f"{m.group('name')}, {m.group('role')}"
    for line in text.split("\n"):
        m = SIGNED_RE.match(line.strip())
        if m:
            name, role = m.group("name").strip(), re.sub(r"\s+", " ", m.group("role"))
            return f"{name}, {role}" if name and not re.fullmatch(ROLE, name) else role
    return None


def _name_above(paras: list[Paragraph], i: int) -> str | None:
    """'R C Nolan' printed alone over 'Clerk to the Council Date: ...'."""
    role = signatory(paras[i].text)
    if not role or "," in role or i == 0 or not NAME_LINE_RE.match(paras[i - 1].text.strip()):
        return role
    return f"{paras[i - 1].text.strip()}, {role}"


def _signed_below(paras: list[Paragraph], i: int) -> str | None:
    """The signature under a certification: 'Marlen Garcia' over 'City Clerk', or 'Name, Role ...'."""
    below = [p.text.strip() for p in paras[i + 1:i + 3]]
    if below and signatory(below[0]):
        return signatory(below[0])
    if len(below) == 2 and NAME_LINE_RE.match(below[0]) and re.fullmatch(ROLE, below[1]):
        return f"{below[0]}, {below[1]}"
    return None


def _dated_below(paras: list[Paragraph], i: int, meeting: str) -> str | None:
    """'Dated this 28th day of October 2022.' in the paragraph right under a certification."""
    nxt = paras[i + 1].text if i + 1 < len(paras) else ""
    return issue_date(nxt, meeting) if DATED_RE.search(nxt) else None


def _date_alone(text: str, meeting: str) -> str | None:
    """A paragraph that is a date and nothing else, before the meeting: a letter of summons's date."""
    found = find_dates(text)
    if len(found) != 1 or len(text.split()) > 5 or not _before(found[0].iso, meeting):
        return None
    return found[0].iso


def _before(iso: str, meeting: str) -> bool:
    days = (date.fromisoformat(meeting) - date.fromisoformat(iso)).days
    return 0 < days <= ISSUE_DAYS
