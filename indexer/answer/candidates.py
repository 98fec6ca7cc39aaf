"""Answer candidates: the sentences, list points and table cells inside the top passages."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from indexer.store import Unit
from models.dates import find_dates

POINT_RE = re.compile(r"\n")  # segmentation joins wrapped lines: a line break left is a point or list line
SENTENCE_RE = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9(“\"‘£])")
# A full stop that ends a title, a number sign, a street or an initial, not a sentence: 'Mr. Smith',
# 'Cllr. Jones', 'Map No. 82410', 'Resolution No. 2022-45', '15906 S. Manhattan Place', 'J. Smith'
ABBREV_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Cllrs?|Hon|Rev|Prof|Sr|Jr|e\.g|i\.e|etc|cf|St|Rd|"
                       r"Ave|Blvd|Mt|approx|para|paras|vs|Ref|Fig|Sec|Vol)\.$", re.I)
NUMBER_SIGN_RE = re.compile(r"\bNos?\.$", re.I)  # before a number only: 'No. 82410', not 'said “No.”'
INITIAL_RE = re.compile(r"(?:^|[\s(])(?<!Appendix )(?<!Annex )(?<!Option )(?<!Schedule )(?<!Table )(?<!Part )"
                        r"(?<!Plan )[A-Z]\.$")

MONEY_RE = re.compile(r"(?:£|\$|€|US\$)\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:bn|billion|m|million|k|thousand)\b)?|"
                      r"\b\d[\d,]*(?:\.\d+)?\s?(?:bn|billion|m|million|k)\b|\(\d[\d,]*\.?\d*\)|\b\d[\d,]*\.\d{3}\b",
                      re.I)
PERCENT_RE = re.compile(r"\b\d+(?:\.\d+)?\s?%|\b\d+(?:\.\d+)?\s?per ?cent\b", re.I)
NUMBER_RE = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"eleven|twelve|twenty|thirty|forty|fifty|hundred)\b", re.I)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|" \
         r"Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
DATE_ANY_RE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:and|&|-)\s+\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?{_MONTH}"
    r"(?:,?\s+(?:19|20)\d{2})?\b|"
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d{{2}})?|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|"
    r"Autumn|Winter)\s+(?:19|20)\d{2}\b|\b\d{1,2}/\d{1,2}/(?:19|20)?\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b", re.I)
TIME_RE = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[.:]\d{2}\b|\b(?:noon|midday)\b",
                     re.I)
# How to reach a council: 'planning@city.gov', '312-742-8888', '(310) 802-5500', '01234 567890', '+44 20 7946 0958',
# 'www.kent.gov.uk', 'https://example.org/agenda'.
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PHONE_RE = re.compile(r"(?<![\w/.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)\s?|\d{2,5}[\s.-])\d{3,4}[\s.-]?\d{3,4}(?![\w/-]|\.\d)")
WEB_RE = re.compile(r"\bhttps?://[^\s<>\"')]*[^\s<>\"').,;:!?]|\bwww\.[\w-]+(?:\.[\w-]+)+(?:/[^\s<>\"')]*[^\s<>\"').,;:!?])?"
                    r"|(?<![@\w.-])[\w-]+(?:\.[\w-]+)*\.(?:gov|org|com|net|co)(?:\.[a-z]{2})?\b(?![@\w-])", re.I)
_COUNTED = r"(?:\d[\d,]*(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|" \
    r"twenty|thirty|forty|fifty|sixty|ninety|a\s+hundred)(?:\s*\(\d+\))?)"
# A size, a length or a time span: '0.186 acres', '2.985 metres', '42 inches', '1,200 sq ft', 'Fourteen (14) days'.
MEASURE_RE = re.compile(rf"(?<![£$€\w.,]){_COUNTED}\s?-?\s?(?:(?:sq(?:uare)?\.?\s?)?(?:feet|foot|ft|metres?|meters?|m|km|"
                        r"kilomet(?:re|er)s?|miles?|inch(?:es)?|yards?|acres?|hectares?|ha)\b|m2\b|m²|storeys?\b|stories\b|"
                        r"(?:seconds?|minutes?|mins|hours?|hrs|days?|weeks?|months?|years?)\b)", re.I)
# A firm as it signs: 'McCash and Co', 'R3 Consulting Group, Inc.', 'Smith Haulage Ltd', 'Pritzkat & Johnson Architects'.
FIRM_RE = re.compile(r"\b(?:[A-Z0-9][\w'’.-]*\s+(?:(?:&|and)\s+)?){1,5}(?:Ltd|Limited|Inc|LLC|LLP|plc|PLC|Co|Group|"
                     r"Consulting|Consultants|Consultancy|Associates|Partners|Partnership|Architects|Engineers|Solicitors|"
                     r"Accountants|Corporation|Corp)\b\.?")
# A place a meeting or hearing is held: a room, hall or chamber by name, or a street address.
PLACE_RE = re.compile(r"\b(?:[A-Z][\w'’.-]*\s+){0,4}(?:Room|Rm|Hall|Chambers?|Centre|Center|Building|Library|Church|"
                      r"School|House|Offices?|Pavilion|Institute|Club|Annex|Auditorium|Floor)\b|\b\d{1,2}(?:st|nd|rd|th)\s+Fl\."
                      r"|\b\d{1,5}\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Way|Drive|"
                      r"Place|Broadway|Square|Plaza)\b")
# An online meeting's ID or passcode: 'Meeting ID: 868 1234 5678', 'Passcode: 123456', 'Webinar ID 991 2345 6789'.
CODE_RE = re.compile(r"\b(?:(?:Meeting|Webinar|Zoom|Teams|Conference)\s+ID|Pass\s?code|Password|Access\s+code|PIN)\b"
                     r"\s*(?:#|no\.?|number)?\s*[:：-]?\s*[A-Za-z0-9]*\d[\w-]*(?:\s\d{3,4}){0,3}", re.I)
# What became of an item: 'Withdraw from Planning Commission review', 'The meeting has been deferred'.
OUTCOME_RE = re.compile(r"\b(?:deferr\w*|defer|withdr[ae]w\w*|cancel+\w*|postpon\w*|reschedul\w*|approved|refused|rejected|"
                        r"granted|denied|continued|tabled|carried|lost|adopted|dismissed|upheld|remanded)\b", re.I)
VOTE_RE = re.compile(r"\bvot(?:e|es|ed|ing)\b|\bunanimous|\bin favour\b|\babstention|\babstained|"
                     r"\bcarried\b(?!\s+(?:out|forward|over|through|on))|"
                     r"\(\s*[YF]\s*-\s*\d+", re.I)


@dataclass
class Candidate:
    """One sentence, list point or table row that might answer the question."""

    unit: Unit
    rank: int  # position of its unit in the fused ranking
    text: str  # what the answer would say
    context: str  # title, section, headers: what the text sits under
    offset: int = -1  # where `text` starts inside the cited text (-1 when rebuilt from a row)
    cells: list[tuple[str, str]] = field(default_factory=list)  # (header, value) for a table row
    label: str = ""  # a table row's label
    decided: bool = False  # its paragraph records a decision of the meeting
    recommended: bool = False  # its paragraph holds a report's recommendations
    record: str = ""  # the record it was read from ('chair', 'votes', ...); '' for a sentence or row
    answer: str = ""  # what the answer says, when not `text` (a record's phrase)
    before: str = ""  # the sentence or point just before it in its paragraph


def split_points(text: str) -> list[tuple[int, str]]:
    """A paragraph's list points and, within them, sentences, with their offsets."""
    out: list[tuple[int, str]] = []
    starts = [0] + [m.start() + 1 for m in POINT_RE.finditer(text)]
    bounds = list(zip(starts, starts[1:] + [len(text)]))
    for a, b in bounds:
        point = text[a:b]
        pos = 0
        for m in SENTENCE_RE.finditer(point):
            head = point[:m.start()].rstrip("\"”’)")  # up to the full stop
            if ABBREV_RE.search(head) or INITIAL_RE.search(head) or \
                    (NUMBER_SIGN_RE.search(head) and point[m.end():m.end() + 1].isdigit()):
                continue
            _add(out, a + pos, point[pos:m.start() + 1])
            pos = m.end()
        _add(out, a + pos, point[pos:])
    return out


def _add(out: list[tuple[int, str]], offset: int, piece: str) -> None:
    stripped = piece.strip()
    if len(stripped) >= 3:
        out.append((offset + piece.find(stripped[0]), re.sub(r"\s*\n\s*", " ", stripped)))


LABEL_RE = re.compile(r"^(?:[a-z]\)|\([a-z0-9]{1,4}\)|[0-9]{1,2}[.)]|[ivx]{1,4}\)|[•\-–*])\s*")


def text_candidates(unit: Unit, rank: int, cited: str, context: str) -> list[Candidate]:
    """Sentences and points of a paragraph; a point that continues its lead-in (':') carries it."""
    pieces = split_points(cited)
    lead = pieces[0][1] if pieces and pieces[0][1].endswith(":") else ""
    out = []
    for n, (off, s) in enumerate(pieces):
        body = LABEL_RE.sub("", s)
        text = f"{lead} {body}" if lead and s != lead and body[:1].islower() else s
        out.append(Candidate(unit, rank, text, context, off if text == s else -1,
                             before=pieces[n - 1][1] if n else ""))
    return out


LONG_CELL = 120


def cell_sentences(unit: Unit, rank: int, row: list[str], context: str) -> list[Candidate]:
    """Sentences inside the long text cells of a row (a risk register's progress notes)."""
    out, pos = [], 0
    label = next((c for c in row if c and re.search(r"[A-Za-z]{3,}", c)), "")
    for cell in row:
        if len(cell) > LONG_CELL:
            out += [Candidate(unit, rank, s, f"{context} {label}", pos + off) for off, s in split_points(cell)]
        pos += len(cell) + 1
    return out


def recommendation_candidate(unit: Unit, rank: int, cited: str, context: str) -> Candidate:
    """A report recommendation, with the lead-in of its paragraph when the point continues it."""
    first = cited.split("\n", 1)[0].strip()
    text = unit.text
    if first.endswith(":") and text[:1].islower() and not text.startswith(first):
        text = f"{first} {text}"
    off = cited.find(unit.text[:40])
    return Candidate(unit, rank, text, context, off if text == unit.text else -1)


def row_candidate(unit: Unit, rank: int, caption: str | None, headers: list[str], row: list[str]) -> Candidate:
    """A table row as a candidate: its label and its (header, value) cells."""
    words = [c for c in row if c and re.search(r"[A-Za-z]{3,}", c)]
    label = max(words, key=lambda c: len(re.findall(r"[A-Za-z]", c[:120])), default=row[0] if row else "")
    padded = headers + [""] * (len(row) - len(headers))
    cells = [(h, v) for h, v in zip(padded, row) if v and v != label]
    context = " ".join(filter(None, [caption, unit.title, " ".join(headers)]))
    return Candidate(unit, rank, "\t".join(row), context, 0, cells, label)


MONTH_HEADER_RE = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[\s'-]*((?:19|20)?\d{2})\b", re.I)
MONTH_NUM = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


def header_month(header: str) -> str | None:
    """The month a column header names, as yyyy-mm: 'Mar 17' -> '2017-03', 'June 2024' -> '2024-06'."""
    m = MONTH_HEADER_RE.search(header or "")
    if not m:
        return None
    year = m.group(2)
    year = f"20{year}" if len(year) == 2 else year
    return f"{year}-{MONTH_NUM[m.group(1).lower()[:3]]:02d}"


def values(rx: re.Pattern, text: str) -> set[str]:
    """The distinct values a pattern finds, squashed ('£ 9.6m' and '£9.6m' are one)."""
    return {re.sub(r"[\s,]+", "", m.group(0).lower()) for m in rx.finditer(text or "")}


UNIT_RE = re.compile(r"(?:bn|billion|m|million|k|thousand|%|percent|per ?cent)$")


def value_key(rx: re.Pattern, found: str) -> str:
    """One value as an answer says it, whatever the print: an amount or a percentage as its number
    ('£3.074m', '£m 3.074' in a table and '(3.074)' are one; '£100.000m' and '£100m' are one), a date
    with its year as its day ('20 November 2017', '20/11/2017'), else squashed."""
    squashed = re.sub(r"[\s,]+", "", found.lower())
    if rx is MONEY_RE or rx is PERCENT_RE:
        number = UNIT_RE.sub("", re.sub(r"[£$€()+-]|us", "", squashed))
        try:
            return format(Decimal(number).normalize(), "f")
        except InvalidOperation:
            return squashed
    if rx is DATE_ANY_RE:
        dated = find_dates(found) or find_dates(found, dayfirst=False)
        return dated[0].iso if dated else squashed
    return squashed


def value_keys(rx: re.Pattern, text: str) -> set[str]:
    """The distinct values a pattern finds, each as `value_key` reads it."""
    return {value_key(rx, m.group(0)) for m in rx.finditer(text or "")}


def has_money(text: str, besides: str = "") -> bool:
    """Whether the text names an amount of money (one `besides` does not name)."""
    return bool(values(MONEY_RE, text) - values(MONEY_RE, besides))


def has_date(text: str, besides: str = "") -> bool:
    """Whether the text names a date or a time of day (one `besides` does not name)."""
    found = values(DATE_ANY_RE, text) | values(TIME_RE, text)
    return bool(found - values(DATE_ANY_RE, besides) - values(TIME_RE, besides))


def has_percent(text: str) -> bool:
    return bool(PERCENT_RE.search(text))


def has_number(text: str, besides: str = "") -> bool:
    return bool(values(NUMBER_RE, text) - values(NUMBER_RE, besides))


def has_vote(text: str) -> bool:
    return bool(VOTE_RE.search(text))
