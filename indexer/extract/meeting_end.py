"""When a meeting ended, as minutes record it, or when its agenda says it is to end.

    'The meeting finished at 11:01am'                     an English county's minutes
    'There being no further business, the meeting closed at 9.25 pm'    an English parish's
    'The Meeting Closed at 12:40' / 'Meeting closed 8.40pm'
    'The Chair closed the meeting at 8.45 pm'
    'Mayor Ruiz adjourned the meeting at 8:15 p.m.' / 'The meeting adjourned at 8:15 p.m.'  a US city's
    'That Council adjourn at 7:12 p.m. to meet again on March 21, 2023.'  a Canadian town's
    'The meeting is scheduled to end by 4.30 pm.'         an agenda's planned end

The first such sentence in a meeting's own paper counts; an adjournment *to* a time is the next
meeting's (`next_meeting.py`), not this one's end.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.extract.next_meeting import TIME_RE
from models import Meeting, Paragraph

CLOCK = rf"(?P<t>{TIME_RE.pattern}|noon|midnight)"
END_FORMS = [re.compile(rf"(?i){form}{CLOCK}") for form in (
    r"\b(?:the\s+)?meeting\s+(?:was\s+)?(?:closed|ended|finished|concluded|terminated|adjourned|ends|closes)"
    r"\s*(?:at\s+|:\s*)?",                                         # 'The meeting closed at 9.25 pm'
    r"\b(?:closed|adjourned|ended)\s+the\s+meeting\s+at\s+",       # 'Mayor Ruiz adjourned the meeting at'
    r"\badjourn(?:ed)?\s+at\s+",                                   # 'That Council adjourn at 7:12 p.m.'
    r"\bscheduled\s+to\s+(?:end|finish|close)\s+(?:by|at)\s+",    # an agenda's planned end
)]


@dataclass(frozen=True)
class MeetingEnd:
    """The time a meeting ended (or is to end), as printed, and the paragraph saying so."""

    time: str
    paragraph_id: str


def end_time(text: str) -> str | None:
    """The time a sentence says the meeting ended at ('9.25 pm', '12:40', '8:15 p.m.'), as printed."""
    found = [m for rx in END_FORMS if (m := rx.search(text))]
    return min(found, key=lambda m: m.start()).group("t").strip() if found else None


def extract_meeting_ends(paragraphs: list[Paragraph], meetings: list[Meeting]) -> dict[str, MeetingEnd]:
    """The end of each meeting its paper records, by meeting id (the first sentence saying so in it)."""
    ids = {m.id for m in meetings}
    out: dict[str, MeetingEnd] = {}
    for p in paragraphs:
        if p.meeting_id in ids and p.meeting_id not in out:
            t = end_time(p.text)
            if t:
                out[p.meeting_id] = MeetingEnd(t, p.id)
    return out
