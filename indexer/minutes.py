"""Minutes: the heading line, who was present, who chaired, and the numbered minute headings.

Heading forms: "Minutes of the Meeting Held on Monday, 06 March 2017 at 10:00am in the Edwards
Room, County Hall, Norwich" under the committee's name or after it on the same line; "MINUTES of
the meeting of the Planning Committee held on 4 July 2018 at 7pm at the Town Hall".
Attendance: "Present:" names (with "(Chairman)"), "Substitute Members Present: Cllr X for Cllr
Y", "(Mr G Nobbs substituting)", "Apologies were received from ...", "Officers Present:".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.blocks import Line, ends_sentence, strip_bullet
from indexer.people import TITLES, clean_name
from models import Attendee
from models.dates import parse_date

HEADER_RE = re.compile(r"^(?P<pre>.*?)\b(?:Minutes|MINUTES) of (?:the|a|an)\b(?P<rest>.*)$")
MEETING_OF_RE = re.compile(r"\bmeeting of (?:the )?(?P<c>.+?)\s+(?:held|on|at)\b", re.I)
TIME_RE = re.compile(r"\b(?:at|from)\s+(?P<t>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon)", re.I)
VENUE_RE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?P<v>(?!\d)[A-Z][^\n]*?)\s*$")
HELD_AT_RE = re.compile(r"\bheld\s+(?:at|in)\s+(?:the\s+)?(?P<v>[A-Z].*?)\s+on\s+(?:\w+day\b|\d)")
END_RE = re.compile(r"^(?:the\s+)?meeting\s+(?:finished|closed|ended|concluded|rose|was closed)\b", re.I)
ITEM_RE = re.compile(r"^(?P<n>\d{1,3})\.?\s+(?P<title>\S.*)$")
SLASH_ITEM_RE = re.compile(r"^(?P<n>\d{1,4}/\d{2,4})\.?\s+(?P<title>\S.*)$")
NAME_RE = re.compile(rf"\b{TITLES}\s+(?:(?!{TITLES}\s)(?:[A-Z][\w’'.-]*|of)\s*[–-]?\s*){{1,4}}(?:\([^)]*\))?")
SECTION_RE = re.compile(r"^(?P<label>(?:substitute members? present|substitutes?|officers? present|also present"
                        r"|(?:councillors?|members?) present"
                        r"|in attendance|present|apologies(?: for absence)?)(?:\s*\(.*?\))?)\s*:?\s*(?P<rest>.*)$",
                        re.I)
ELECTED_RE = re.compile(
    rf"(?P<n>\b{TITLES}\s+(?:[A-Z][\w’'-]*\s+){{0,2}}[A-Z][\w’'-]*)\s+(?:was|were)\s+(?:duly\s+)?elected\s+"
    r"(?:to\s+(?:the\s+)?chair|as\s+chair)", re.I)
IN_CHAIR_RE = re.compile(rf"(?P<n>\b{TITLES}\s+(?:[A-Z][\w’'-]*\s+){{0,2}}[A-Z][\w’'-]*)\s+in the chair", re.I)
CHAIR_NOTE_RE = re.compile(r"\((?:the\s+)?(?:chair|chairman|chairwoman|chairperson)\)", re.I)
VICE_NOTE_RE = re.compile(r"\(vice[- ]?chair(?:man|woman|person)?\)", re.I)
SUBSTITUTING_RE = re.compile(rf"(?P<sub>{TITLES}\s+[^()]+?)\s+substituting(?:\s+for\s+(?P<for>[^)]+))?", re.I)
SUB_FOR_RE = re.compile(rf"^(?P<sub>{TITLES}\s+.+?)\s+for\s+(?P<for>{TITLES}\s+.+)$", re.I)


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
        named = m and (not m.group("pre").strip() or re.search(r"Committee|Board|Panel|Cabinet|Council|Forum",
                                                               m.group("pre")))
        if named and "meeting" in m.group("rest").lower():
            return i
    return None


def read_header(lines: list[Line], i: int) -> MinutesHead:
    """Committee, date, time and venue from the heading and the lines printed with it."""
    text, end = lines[i].text, i + 1
    while end < len(lines) and not lines[end].blank_before and end - i < 3 \
            and not SECTION_RE.match(lines[end].text):
        text, end = f"{text} {lines[end].text}", end + 1
    m = HEADER_RE.match(text)
    pre = m.group("pre").strip(" ,-–") if m else ""
    rest = m.group("rest") if m else text
    committee = pre or None
    mo = MEETING_OF_RE.search(rest)
    if mo:
        committee = mo.group("c").strip()
    if committee is None and i > 0 and re.search(r"Committee|Board|Panel|Cabinet", lines[i - 1].text):
        committee = lines[i - 1].text.strip()
    return MinutesHead(committee, parse_date(rest), find_time(rest), find_venue(rest), end)


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


def is_item_heading(text: str, last: int | None) -> tuple[str, str] | None:
    """'10. Adult Social Care Finance ...' -> ('10', title) when it reads as the next minute's heading."""
    text = strip_bullet(text)[1]
    m = SLASH_ITEM_RE.match(text)
    if m and len(m.group("title").split()) <= 14 and not ends_sentence(m.group("title")):
        return m.group("n"), m.group("title").strip()
    m = ITEM_RE.match(text)
    if not m:
        return None
    number, title = int(m.group("n")), m.group("title").strip()
    words = title.split()
    if not title[:1].isupper() and title[:1] not in "‘'\"(" or len(words) > 25 or title.endswith((",", ";")):
        return None
    if ends_sentence(title) and (len(words) > 15 or last is None or number != last + 1):
        return None
    if last is not None and not 0 < number - last <= 3 and number != 1:
        return None
    return str(number), title.rstrip(".").strip()


def names_in(text: str) -> list[str]:
    """The people named in a line of an attendance list ('Mr Tim Adams Mr W Richmond')."""
    return [n.strip(" ,;") for n in NAME_RE.findall(text)]


def attendance(lines: list[Line]) -> list[Attendee]:
    """Attendees from the lines between the minutes' heading and the first minute."""
    people: list[Attendee] = []
    role = "present"
    for line in lines:
        m = SECTION_RE.match(line.text)
        text = line.text
        if m:
            role = section_role(m.group("label"))
            text = m.group("rest")
        people.extend(attendees_in(text, role))
    return people


def section_role(label: str) -> str:
    label = label.lower()
    if label.startswith("substitute"):
        return "substitute"
    if label.startswith(("officer", "in attendance", "also")):
        return "officer" if label.startswith("officer") else "present"
    return "apologies" if label.startswith("apolog") else "present"


def attendees_in(text: str, role: str) -> list[Attendee]:
    """People on one line of a section; officers are written without a title ('Jane Doe Head of ...')."""
    sub = SUB_FOR_RE.match(text.strip())
    if role == "substitute" and sub:
        return [Attendee(clean_name(sub.group("sub")), "substitute", f"substituting for {clean_name(sub.group('for'))}")]
    if role == "officer":
        words = text.split()
        return [Attendee(" ".join(words[:2]), "officer", " ".join(words[2:]))] if len(words) >= 2 else []
    found = []
    for name in names_in(text):
        note = "(Chairman)" if CHAIR_NOTE_RE.search(name) else "(Vice-Chair)" if VICE_NOTE_RE.search(name) else ""
        found.append(Attendee(clean_name(name), role, note))
    return found


def apologies(text: str) -> list[Attendee]:
    """'Apologies were received from Mr M Sands, (Mr G Nobbs substituting) and Mr M Storey.'"""
    m = re.search(r"apologies (?:for absence )?(?:were|was) (?:received|given|submitted) (?:from|by)\s+(.*)",
                  text, re.I)
    if not m:
        return []
    body = m.group(1)
    people: list[Attendee] = []
    for part in re.split(r"(\([^)]*\))", body):
        sub = SUBSTITUTING_RE.search(part)
        if part.startswith("(") and sub:
            absent = people[-1].name if people else ""
            note = f"substituting for {clean_name(sub.group('for') or absent)}".strip()
            people.append(Attendee(clean_name(sub.group("sub")), "substitute", note))
        elif not part.startswith("("):
            people.extend(Attendee(clean_name(n), "apologies") for n in names_in(part))
    return people


def chair_of(body: str, people: list[Attendee]) -> str | None:
    """Who chaired: elected to the Chair, '... in the Chair', or '(Chairman)' in the attendance."""
    for rx in (ELECTED_RE, IN_CHAIR_RE):
        m = rx.search(body)
        if m:
            return clean_name(m.group("n"))
    for person in people:
        if person.note == "(Chairman)" and person.role == "present":
            return person.name
    m = re.search(rf"^({TITLES}\s+[^,\n]+),\s+Chair(?:man)?\b", body, re.M)
    return clean_name(m.group(1)) if m else None


def merge_people(people: list[Attendee]) -> list[Attendee]:
    """Each person once per role; a substitute also listed as present is kept as the substitute."""
    subs = {p.name for p in people if p.role == "substitute"}
    seen: set[tuple[str, str]] = set()
    out: list[Attendee] = []
    for person in people:
        key = (person.name, person.role)
        if key in seen or person.role == "present" and person.name in subs:
            continue
        seen.add(key)
        out.append(person)
    return out
