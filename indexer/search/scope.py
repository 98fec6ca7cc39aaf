"""What a question says about where to look: the council it names, and the meeting date or month.

'Who chaired Newbiggin Parish Council's meeting on 3 September 2019?' names the council by its place
('newbiggin') and a date; 'at Kent County Council on 13 March 2025' likewise. A council is named when
every word of its place ('rancho palos verdes', 'burton cum walden') is in the question, the longest
such place winning ('Palos Verdes Estates' is not 'Rancho Palos Verdes').
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from models.dates import MONTHS, find_dates
from models.ids import council_place

MONTH_YEAR_RE = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?,?\s+((?:19|20)\d{2})\b",
                           re.I)


@dataclass(frozen=True)
class Scope:
    """The council, meeting date and month a question names (None where it names none)."""

    council: str | None = None
    date: str | None = None
    month: str | None = None


def question_scope(question: str, councils: list[str]) -> Scope:
    """The council (one of `councils`), date and month the question names."""
    words = re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", question.lower()))
    text = f" {' '.join(words)} "
    best, size = None, 0
    for council in councils:
        place = council_place(council).replace("-", " ")
        if place and f" {place} " in text and len(place) > size:
            best, size = council, len(place)
    dates = find_dates(question)
    month = None
    if not dates:
        m = MONTH_YEAR_RE.search(question)
        month = f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}" if m else None
    return Scope(best, dates[0].iso if dates else None, month)


def without_council(question: str, council: str | None) -> str:
    """The question without the council it names as a council ('Did Burton-cum-Walden Parish Council
    decide ...' -> 'Did decide ...', 'the City of Gardena'), not the place alone, which may name
    something else ('Norfolk Community Health and Care'). Once its papers are the scope, the council's
    name matches every masthead and running header of them, not the paragraph that answers."""
    place = council_place(council).split("-") if council else []
    if not place:
        return question
    words = r"[\s-]+".join(map(re.escape, place))
    kinds = r"(?:\s+(?:city|town|county|borough|district|parish|community|village|regional|municipal))*"
    name = rf"(?:\b(?:the\s+)?(?:city|town|village|borough|county)\s+of\s+{words}\b(?:{kinds}\s+council)?" \
           rf"|\b{words}{kinds}\s+council\b)(?:['’]s)?"
    out = re.sub(name, " ", question, flags=re.I)
    out = re.sub(r"\s+", " ", out).strip()
    return out if len(out.split()) >= 2 else question
