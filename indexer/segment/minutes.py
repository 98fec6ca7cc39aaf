"""Minutes: the heading line, who was present, who chaired, and the numbered minute headings.

Heading forms: "Minutes of the Meeting Held on Monday, 06 March 2017 at 10:00am in the Edwards
Room, County Hall, Norwich" under the committee's name or after it on the same line; "MINUTES of
the meeting of the Planning Committee held on 4 July 2018 at 7pm at the Town Hall"; "Minutes of
the Licensing Sub-Committee held on ..."; "CABINET" above "Minutes of the meeting held on ...".
Minute numbers: "10.", "22/18", "CAB 12/23", "Minute 12 - Title". Attendance lists: `indexer.attendance`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.segment.attendance import SECTION_RE
from indexer.segment.blocks import Line, ends_sentence, strip_bullet
from indexer.segment.bodies import body_name, is_committee_name
from models import Attendee
from models.dates import parse_date
from models.people import TITLES, clean_name

HEADER_RE = re.compile(r"^(?P<pre>.*?)\b(?:Minutes|MINUTES) (?i:of (?:the|a|an)|for(?: the| a)?|from(?: the)?)\b"
                       r"(?P<rest>.*)$")
MEETING_OF_RE = re.compile(r"\bmeeting of (?:the )?(?P<c>.+?)\s+(?:held|on|at)\b", re.I)
BODY_HELD_RE = re.compile(r"^\s*(?P<c>(?!meeting\b)[A-Z].*?)\s+(?:meeting\s+)?(?:held|on)\b", re.I)
TIME_RE = re.compile(r"\b(?:at|from)\s+(?P<t>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon)", re.I)
VENUE_RE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?P<v>(?!\d)[A-Z][^\n]*?)\s*$")
HELD_AT_RE = re.compile(r"\bheld\s+(?:at|in)\s+(?:the\s+)?(?P<v>[A-Z].*?)\s+on\s+(?:\w+day\b|\d)")
END_RE = re.compile(r"^(?:the\s+)?meeting\s+(?:finished|closed|ended|concluded|rose|was closed)\b", re.I)
ITEM_RE = re.compile(r"^(?P<n>\d{1,3})\.?\s+(?P<title>\S.*)$")
SLASH_ITEM_RE = re.compile(r"^(?P<n>(?:[A-Z]{1,6}\s?)?\d{1,4}/\d{2,4})\.?\s+(?:[-–:]\s*)?(?P<title>\S.*)$")
MINUTE_NO_RE = re.compile(r"^Minute\s+(?:No\.?\s*)?(?P<n>\d{1,4})\s*[.:–-]?\s+(?P<title>\S.*)$", re.I)
SEPARATOR_RE = re.compile(r"^[-–:]\s+")
ELECTED_RE = re.compile(
    rf"(?P<n>\b{TITLES}\s+(?:[A-Z][\w’'-]*\s+){{0,2}}[A-Z][\w’'-]*)\s+(?:was|were)\s+(?:duly\s+)?elected\s+"
    r"(?:to\s+(?:the\s+)?chair|as\s+chair)", re.I)
CHAIRED_BY_RE = re.compile(r"(?i)\b(?:meeting\s+)?(?:was\s+)?chaired\s+by\s+(?P<n>(?:(?-i:[A-Z])[\w’'-]*\s+){0,3}(?-i:[A-Z])[\w’'-]+)")
CALLED_TO_ORDER_RE = re.compile(r"(?P<n>\b(?:Mayor|Chair(?:man|woman|person)?|Vice\s+Mayor|Mayor\s+Pro\s+Tem|President|"
                                r"Presiding\s+Officer|Chair)\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)\s+called\s+the\s+"
                                r"(?:regular\s+|special\s+)?meeting\s+to\s+order")
THE_MAYOR_RE = re.compile(r"(?i)\bthe\s+mayor\s+called\s+the\s+(?:\w+\s+)?meeting\s+to\s+order\b")
# 'Present: Cathaoirleach Cllr. S. Keane presiding', 'Mayor Ruiz presided': the one who presides, named with a title.
PRESIDING_RE = re.compile(rf"(?:\b(?:Cathaoirleach|Mayor|Reeve|Warden|Provost|Chair(?:man|woman|person)?)\s+)?"
                          rf"(?P<n>\b(?:{TITLES}|Crs?\.?|Mayor|Reeve|Warden|Supervisor|Commissioner|President)\s+"
                          r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*),?\s+presid(?:ing|ed)\b")
IN_CHAIR_RE = re.compile(rf"(?P<n>\b{TITLES}\s+(?:[A-Z][\w’'-]*\s+){{0,2}}[A-Z][\w’'-]*)\s+in the chair", re.I)


@dataclass
class MinutesHead:
    """The minutes' heading: committee, date, time, venue; `end` is the index after its lines."""

    committee: str | None
    date: str | None
    time: str | None
    venue: str | None
    end: int


def find_header(lines: list[Line], start: int = 0, stop: int | None = None) -> int | None:
    """Index of the minutes' heading line, if any."""
    for i in range(start, len(lines) if stop is None else stop):
        m = HEADER_RE.match(lines[i].text)
        if not m or re.search(r"\(Pages?\b", lines[i].text):
            continue
        pre = m.group("pre").strip(" ,-–#")
        named = not pre or is_committee_name(pre) or re.search(r"Committee|Board|Panel|Cabinet|Council|Forum", pre)
        if named and ("meeting" in m.group("rest").lower() or body_held(m.group("rest"))):
            return i
    return None


def body_held(rest: str) -> str | None:
    """The body in 'of the Planning Committee held on ...' (a heading without the word 'meeting')."""
    m = BODY_HELD_RE.match(rest)
    return body_name(m.group("c")) if m and is_committee_name(m.group("c")) else None


def read_header(lines: list[Line], i: int) -> MinutesHead:
    """Committee, date, time and venue from the heading and the lines printed with it."""
    text, end = lines[i].text, i + 1
    while end < len(lines) and not lines[end].blank_before and end - i < 3 \
            and not SECTION_RE.match(lines[end].text):
        text, end = f"{text} {lines[end].text}", end + 1
    m = HEADER_RE.match(text)
    pre = m.group("pre").strip(" ,-–#") if m else ""
    rest = m.group("rest") if m else text
    mo = MEETING_OF_RE.search(rest)
    committee = mo.group("c") if mo else body_held(rest) or pre or None
    if committee is None and i > 0 and is_committee_name(lines[i - 1].text):
        committee = lines[i - 1].text
    return MinutesHead(committee and body_name(committee), parse_date(rest), find_time(rest), find_venue(rest), end)


def find_time(text: str) -> str | None:
    m = TIME_RE.search(text)
    return m.group("t").replace(" ", "") if m else None


def find_venue(text: str) -> str | None:
    """The place after the time: '... at 10:00am in the Edwards Room, County Hall, Norwich'."""
    m = TIME_RE.search(text)
    tail = text[m.end():] if m else text
    v = VENUE_RE.search(tail) or HELD_AT_RE.search(text)
    if not v:
        return None
    venue = re.sub(r"\s+on\s+(?:\w+day\b|\d).*$", "", v.group("v"))
    return venue.strip(" .,") or None


def is_item_heading(text: str, last: int | None, previous: str | None = None) -> tuple[str, str] | None:
    """'10. Adult Social Care Finance ...' -> ('10', title) when it reads as the next minute's heading;
    also '22/18 DECLARATIONS OF INTEREST', 'CAB 12/23 Title' and 'Minute 12 - Title'. `previous` is the
    last heading's number: minutes keep one style of numbering, and '22/18' is followed by '23/18'."""
    text = strip_bullet(text)[1]
    m = SLASH_ITEM_RE.match(text)
    if m and len(m.group("title").split()) <= 14 and not ends_sentence(m.group("title")):
        return (m.group("n"), m.group("title").strip()) if follows_slash(m.group("n"), previous) else None
    if previous and "/" in previous:
        return None
    m = MINUTE_NO_RE.match(text) or ITEM_RE.match(text)
    if not m:
        return None
    number, title = int(m.group("n")), SEPARATOR_RE.sub("", m.group("title").strip())
    words = title.split()
    if not title[:1].isupper() and title[:1] not in "‘'\"(" or len(words) > 25 or title.endswith((",", ";")):
        return None
    if ends_sentence(title) and (len(words) > 15 or last is None or number != last + 1):
        return None
    if last is not None and not 0 < number - last <= 3 and number != 1:
        return None
    return str(number), title.rstrip(".").strip()


def follows_slash(number: str, previous: str | None) -> bool:
    """Whether '23/18' may follow `previous`: the same series and year, a little further on."""
    if previous is None:
        return True
    a, b = re.match(r"(\D*)(\d+)/(\d+)", previous), re.match(r"(\D*)(\d+)/(\d+)", number)
    if not a or not b:
        return False
    return (a.group(1).strip(), a.group(3)) == (b.group(1).strip(), b.group(3)) \
        and 0 < int(b.group(2)) - int(a.group(2)) <= 5


ORDER_AT_RE = re.compile(r"(?i)\bcalled\s+the\s+(?:\w+\s+)?meeting\s+to\s+order\s+at\s+(?P<t>\d{1,2}(?:[.:]\d{2})?\s?"
                         r"(?:a\.?m\.?|p\.?m\.?))(?:\s+(?:in|at)\s+(?P<v>(?:the\s+)?[A-Z][^.;]{3,80}?))?(?:\.\s|\.?$|;)")


def called_to_order(body: str) -> tuple[str | None, str | None]:
    """(time, venue) of 'Mayor Ruiz called the meeting to order at 7:00 p.m. in the Council Chambers, 100 Main
    Street.', as US minutes record them."""
    m = ORDER_AT_RE.search(body)
    if not m:
        return None, None
    venue = re.sub(r"(?i)^the\s+", "", m.group("v")).strip(" ,") if m.group("v") else None
    return m.group("t").replace(" ", ""), venue


def _as_listed(name: str, people: list[Attendee]) -> str:
    """The attendance's fuller form of a name ('Mayor Carter' -> 'Mayor Linda Carter'), where one member
    present has that surname and title."""
    words = name.split()
    same = {p.name for p in people if p.role == "present" and p.name.split()[-1] == words[-1]
            and p.name.split()[0] == words[0] and len(p.name) > len(name)}
    return same.pop() if len(same) == 1 else name


def chair_of(body: str, people: list[Attendee]) -> str | None:
    """Who chaired: elected to the Chair, '... in the Chair', 'Cllr X presiding', 'Mayor Ruiz called the meeting
    to order', '(Chairman)' in the attendance, or the one member present titled 'Chair'."""
    for rx in (ELECTED_RE, IN_CHAIR_RE, CHAIRED_BY_RE, PRESIDING_RE, CALLED_TO_ORDER_RE):
        m = rx.search(body)
        if m:
            name = clean_name(m.group("n"))
            return _as_listed(name, people) if rx in (CALLED_TO_ORDER_RE, PRESIDING_RE) else name
    for person in people:
        if person.note == "(Chairman)" and person.role == "present":
            return person.name
    titled = [p.name for p in people if p.role == "present" and re.match(r"Chair(?:man|woman|person)?\s", p.name)]
    if len(titled) == 1:  # US roll calls title the presiding member: 'Present: Supervisors Alvarez, Chen and Chair Reyes'
        return titled[0]
    if THE_MAYOR_RE.search(body):  # 'The Mayor called the meeting to order': the one member titled Mayor
        mayors = [p.name for p in people if p.role == "present" and re.match(r"Mayor\s+(?!Pro\b)", p.name)]
        if len(mayors) == 1:
            return mayors[0]
    m = re.search(rf"^({TITLES}\s+[^,\n]+),\s+Chair(?:man)?\b", body, re.M)
    return clean_name(m.group(1)) if m else None
