"""A meeting's heading as papers print it: which body meets, on which date, at what time and where.

Bodies: "MINUTES of a meeting of the County Council held ...", "MINUTES OF THE PARISH COUNCIL MEETING
HELD ON", "A Meeting of Ashwell Parish Council will be held ...", "Regular Meeting of the City
Council", "A REGULAR MEETING OF THE COUNCIL OF THE CITY OF SPRINGFIELD", "NOTICE AND AGENDA OF
DISTRICT COUNCIL MEETING", "PLANNING COMMISSION REGULAR MEETING", "CITY OF GARDENA PLANNING
COMMISSION", "X CITY COUNCIL MEETING AND IMPROVEMENT AUTHORITY REGULAR MEETING", "To: Cabinet,
30 January 2025", a line naming the body, or the council itself when a parish meets as one.

Dates: every date in the heading block is weighed. Words of a meeting ('held on', 'to be held',
'Meeting on', 'Date of meeting:') count for a date; words of a posting, printing, signature or
another meeting ('posted', 'Dated this', 'Signed', 'Clerk', 'next meeting', 'adjourn to', 'previous')
count against it; a date on a short line near the top counts a little.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.segment.blocks import Line
from indexer.segment.bodies import GENERIC_RE, body_name, council_names, is_committee_name, title_case
from models.dates import find_dates, parse_day_month

HEAD_LINES = 60
MIN_DATE_SCORE = 1.5
STRONG_CUE_RE = re.compile(
    r"(?i)\b(?:held|to\s+be\s+held|will\s+be\s+held|will\s+hold|meeting\s+held|date\s+of\s+(?:the\s+)?meeting|"
    r"meeting\s+date|date/time\s*:|agenda\s+for|summons\s+to)\b")
FOR_CUE_RE = re.compile(
    r"(?i)\b(?:meeting\s+on|to\s*:?\s*(?:the\s+)?[A-Z][\w ]+,|to\s+(?:the\s+)?[A-Z][\w ]+\s+[–-]|"
    r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))")
FIELD_CUE_RE = re.compile(r"(?i)\bdate\s*:")
HEADING_WORDS_RE = re.compile(r"(?i)\b(?:agenda|minutes|meeting|council|committee|commission|board|cabinet|notice)\b")
AGAINST_CUE_RE = re.compile(
    r"(?i)\b(?:posted|published|printed|issued|dated|signed|signature|despatch\w*|dispatch\w*|circulated|next\s+"
    r"(?:regular\s+)?meeting|adjourn\w*|previous|last\s+meeting|(?:the|confirm|approve|sign|of)\s+minutes\s+of\s+"
    r"the\s+(?:[\w-]+\s+){0,4}meetings?\s+(?:held|of|on)|clerk|chair(?:man|person)?\s*(?:_|of\s+the\s+council)|proper\s+officer|date\s+of\s+publication|"
    r"received\s+on|report\s+date|prepared)\b")
WEEKDAY_RE = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
TIME_RE = re.compile(r"(?i)(?:\b(?:at|from)\s+(?P<a>\d{4}(?=\s*(?:hrs|hours)?\b)|\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.)|\b)|noon)"
                     r"|\b(?P<b>\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)|(?:1[0-2]|0?[1-9])[0-5]\d\s*(?:am|pm|a\.m\.|p\.m\.)"
                     r"|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)))")  # '7:00 P.M.', '530pm' typed in a form, '7pm'
HELD_AT_RE = re.compile(r"(?i)\b(?:held|meet|meeting)\s+(?:at|in)\s+(?:the\s+)?(?P<v>(?-i:[A-Z])[^\n]{2,100}?),?\s+(?:on\s+"
                        r"(?:\w+day\b|\d)|at\s+\d)")
AT_TIME_IN_RE = re.compile(r"(?i)\bat\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s+in\s+(?:the\s+)?"
                           r"(?P<v>(?-i:[A-Z])[^\n.]{2,100})")
VENUE_LINE_RE = re.compile(r"(?i)\b(?:council\s+chambers?|city\s+hall|town\s+hall|village\s+hall|county\s+hall|"
                           r"community\s+(?:hall|centre|center|park)|civic\s+cent(?:re|er)|committee\s+room|"
                           r"room\s+\w+|fieldhouse|school|library|guildhall|sessions\s+house)\b")
BODY_FORMS = [
    re.compile(r"(?i)\bmeeting\s+of\s+(?:the\s+|a\s+)?(?P<b>.+?)\s+(?:held|to\s+be\s+held|will\s+be|on\s|at\s|in\s)"),
    re.compile(r"(?i)\bminutes\s+of\s+(?:the\s+)?(?P<b>(?!a\s|the\s|meeting)[\w&’' -]+?)\s+meeting\s+held\b"),
    re.compile(r"(?i)\b(?:agenda|minutes|notice)\s+(?:and\s+agenda\s+)?(?:of|for)\s+(?:the\s+|a\s+)?"
               r"(?P<b>(?!meeting)[\w&’' -]+?)\s+meeting\b"),
    re.compile(r"(?i)^\s*to\s*:?\s+(?:the\s+)?(?P<b>[A-Z][\w&’' -]+?)\s*(?:,|[–-])\s*\w"),
    re.compile(r"(?i)^(?:the\s+)?(?P<b>[A-Z][\w&’' -]+?)\s+will\s+(?:hold|meet)\b"),
]
COUNCIL_OF_CITY_RE = re.compile(r"(?i)\bcouncil\s+of\s+the\s+(?P<kind>city|town|village|county)\s+of\b")


@dataclass
class MeetingHead:
    """What a meeting's heading says: the bodies meeting, date, time and venue."""

    bodies: list[str] = field(default_factory=list)
    date: str | None = None
    time: str | None = None
    venue: str | None = None
    date_line: int | None = None


def read_head(lines: list[Line], start: int, stop: int, council: str | None, dayfirst: bool = True) -> MeetingHead:
    """The heading of the meeting a part of a paper is about, from its first lines (up to `stop`)."""
    stop = min(stop, start + HEAD_LINES, len(lines))
    head = MeetingHead()
    head.date, head.date_line = meeting_date(lines, start, stop, dayfirst)
    block = [lines[i].text for i in range(start, stop)]
    head.bodies = bodies_in(block, council)
    near = block[:(head.date_line - start + 3) if head.date_line is not None else 12]
    head.time = find_time(" \n".join(near))
    head.venue = find_venue(block)
    return head


def meeting_date(lines: list[Line], start: int, stop: int, dayfirst: bool = True) -> tuple[str | None, int | None]:
    """The meeting's date and its line: the best-supported date in the heading block, or (None, None)."""
    best: tuple[float, str | None, int | None] = (MIN_DATE_SCORE, None, None)
    for i in range(start, min(stop, len(lines))):
        text = lines[i].text
        context = f"{lines[i - 1].text} {text}" if i > start and not lines[i].blank_before else text
        above = " ".join(x.text for x in lines[max(start, i - 3):min(stop, i + 4)] if len(x.text.split()) <= 12
                         and x is not lines[i])
        for d in find_dates(text, dayfirst):
            score = date_score(text, context, above, d.start, i - start)
            if score > best[0]:
                best = (score, d.iso, i)
    return best[1], best[2]


def date_score(text: str, context: str, above: str, at: int, row: int) -> float:
    """How much a date at character `at` of a heading line reads as the meeting's date (`above`: the
    lines printed just above it)."""
    before = context[:len(context) - len(text) + at]
    score = 0.0
    words = len(text.split())
    if STRONG_CUE_RE.search(before[-120:]):
        score += 3.0
    elif FOR_CUE_RE.search(before[-120:]):
        score += 3.0 if words <= 25 else 1.5  # 'just after our meeting on ...' in prose: another meeting
    elif FIELD_CUE_RE.search(before[-40:]):
        score += 1.5
    if words <= 12:
        score += 1.5 if row < 25 else 0.5
        if HEADING_WORDS_RE.search(f"{above} {text}"):
            score += 1.0  # a date printed in the heading block: 'PLANNING COMMISSION AGENDA' over it
    elif words > 25:
        score -= 1.0  # a date in a paragraph of prose
    if WEEKDAY_RE.search(text[max(0, at - 15):at + 2]):
        score += 0.5
    if AGAINST_CUE_RE.search(context):
        score -= 6.0
    return score - 0.03 * row


DATE_FIELD_RE = re.compile(r"(?i)^(?:meeting\s+)?date\s*(?:/\s*time|and\s+time|time)?\s*:\s*(?P<v>\S.*)$")


def field_date(lines: list[Line], year: int | None) -> str | None:
    """A meeting's date typed in a form's date field without its year ('DateTime: June 6, 530pm'), in the
    year the paper was made."""
    if year is None:
        return None
    for line in lines:
        m = DATE_FIELD_RE.match(line.text)
        if m:
            found = parse_day_month(m.group("v"), year)
            if found:
                return found
    return None


def find_time(text: str) -> str | None:
    """'at 7.30pm', '7:00 P.M.', 'at 1900' -> the time as printed, spaces removed."""
    m = TIME_RE.search(text)
    if not m:
        return None
    return (m.group("a") or m.group("b")).replace(" ", "")


def find_venue(block: list[str]) -> str | None:
    """Where the meeting is held: 'held in the Council Chamber, ... on Thursday', or a venue line near the top."""
    joined = " ".join(block)
    m = HELD_AT_RE.search(joined) or AT_TIME_IN_RE.search(joined)
    if m:
        return _tidy_venue(m.group("v"))
    for i, text in enumerate(block[:30]):
        if VENUE_LINE_RE.search(text) and len(text.split()) <= 12 and not re.search(r"(?i)\b(?:minutes|agenda)\b", text) \
                and not re.match(r"^[\d(]", text):
            return _tidy_venue(", ".join([text, *_address_after(block, i + 1)]))
    return None


STREET_RE = re.compile(r"^\d{1,6}[A-Z]?\s+(?:[NSEW]\.?\s+)?[A-Z][\w.'’ -]{2,60}$")  # '14403 E. Pacific Avenue'
TOWN_RE = re.compile(r"^[A-Z][\w.'’ -]{2,40},\s*(?:[A-Z]{2}|[A-Z][a-z]+)\.?\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$")


def _address_after(block: list[str], i: int) -> list[str]:
    """The street address printed on the lines under a venue line ('14403 E. Pacific Avenue' / 'Baldwin
    Park, CA 91706'; 'Ontario, ON K1A 0B1'), as US and Canadian agendas print it."""
    out: list[str] = []
    if i < len(block) and STREET_RE.match(block[i].strip()):
        out.append(block[i].strip())
        if i + 1 < len(block) and TOWN_RE.match(block[i + 1].strip()):
            out.append(block[i + 1].strip())
    return out


def _tidy_venue(text: str) -> str | None:
    # a form's label, not the place: 'Venue:', 'Location/Address:', 'Meeting location:', 'Place of meeting:'
    text = re.sub(r"(?i)^\s*(?:meeting\s+)?(?:location|venue|place|where|address)(?:\s*/\s*(?:address|location|venue))?"
                  r"(?:\s+of\s+(?:the\s+)?meeting)?\s*:\s*", "", text)
    text = re.sub(r"\s*■\s*", ", ", text)
    text = re.sub(r"\s+on\s+(?:\w+day\b|\d).*$", "", text)
    text = re.sub(r"(?i)\s+at\s+\d.*$", "", text)
    return text.strip(" .,*_") or None


def bodies_in(block: list[str], council: str | None) -> list[str]:
    """The bodies a heading block names as meeting: usually one; 'X City Council and Improvement Authority' two."""
    block = heading_lines(block[:25])
    joined = " ".join(block[:20])
    for rx in BODY_FORMS:
        for text in (joined, *block[:20]):
            m = rx.search(text)
            if m:
                names = split_bodies(m.group("b"), council, text)
                if names:
                    return names
    for n, text in enumerate(block[:25]):
        names = split_bodies(text, council, text) if _body_line(text, council) else []
        if names and _is_council(names[0]):  # 'TOWN OF ELM RIVER' over 'SELECT BOARD': the board meets
            under = [split_bodies(x, council, x) for x in block[n + 1:n + 3] if _body_line(x, council)]
            names = next((u for u in under if u and not _is_council(u[0])), names)
        if names:
            return names
    return []


def heading_lines(block: list[str]) -> list[str]:
    """Lines of a heading block with a line that continues the one above ('AND IMPROVEMENT AUTHORITY ...')
    joined to it, and dates and times printed after a body's name dropped ('Newbiggin Parish Council - 3rd ...')."""
    out: list[str] = []
    for text in block:
        if out and re.match(r"^(?:AND|&)\s+[A-Z]{3}", text):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def _body_line(text: str, council: str | None) -> bool:
    text = _without_dates(text)
    bare = body_name(without_council(text, council))
    return len(text.split()) <= 14 and (is_committee_name(bare) or _is_council(bare))


def _without_dates(text: str) -> str:
    """A heading line without the dates and times printed in it."""
    for d in reversed(find_dates(text)):
        text = text[:d.start] + text[d.end:]
    text = re.sub(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?", "", text)
    return re.sub(r"\s*[-–,]\s*$", "", TIME_RE.sub("", text)).strip()


def split_bodies(raw: str, council: str | None, context: str) -> list[str]:
    """'RANCHO PALOS VERDES CITY COUNCIL MEETING AND IMPROVEMENT AUTHORITY REGULAR MEETING' -> two bodies."""
    raw = _without_dates(re.sub(r"\s+", " ", raw).strip())
    parts = re.split(r"\s+(?:MEETING\s+)?AND\s+(?=[A-Z]{3})", raw) if re.search(r"[A-Z]{3} AND [A-Z]{3}", raw) else [raw]
    out = []
    for part in parts:
        name = body_name(without_council(part, council))
        if COUNCIL_OF_CITY_RE.search(context) and name.lower() == "council":
            name = f"{COUNCIL_OF_CITY_RE.search(context).group('kind').title()} Council"  # type: ignore[union-attr]
        if name and (is_committee_name(name) or GENERIC_RE.search(name) or _is_council(name)):
            out.append(name)
    return out


def without_council(text: str, council: str | None) -> str:
    """'CITY OF GARDENA PLANNING COMMISSION' -> 'PLANNING COMMISSION'; 'Baldwin Park City Council' -> 'City Council'."""
    text = title_case(text.strip())
    for name in [council] + council_names(text) if council else council_names(text):
        if not name:
            continue
        place = re.sub(r"^(?:City|Town|Village|County|Township|Borough) of ", "", name)
        if name != text and text.startswith(name + " ") and not GENERIC_RE.search(name):
            return text[len(name):].strip()
        if place != name and re.match(rf"^{re.escape(place)}\s+(?:City|Town|Village|County)\s+Council\b", text):
            return text[len(place):].strip()
    return text


def _is_council(name: str) -> bool:
    return bool(council_names(name)) and council_names(name)[0] == name
