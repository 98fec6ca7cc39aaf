"""What the parts of one paper share while it is taken apart: its lines, council, date order and output."""
from __future__ import annotations

from dataclasses import dataclass, field

from indexer.segment.blocks import Line
from indexer.segment.emit import Emitter
from models import Attendee, Item, Meeting, Paragraph, Report
from models.dates import find_dates
from models.ids import meeting_id


@dataclass
class Hints:
    """What a reader found beside the text: running headers and footers it dropped, front matter fields
    (a front matter 'date' is the posting date, never the meeting's), a year for dates printed without one."""

    headers: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    year: int | None = None
    councils: list[str] = field(default_factory=list)  # councils the index already holds


@dataclass
class Segmented:
    """A document taken apart: what it is, the meetings it is about, and its pieces in reading order."""

    title: str
    kind: str  # agenda | minutes | report | decision | questions | budget | calendar | other
    council: str | None
    committee: str | None
    meeting_date: str | None
    meetings: list[Meeting] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)


@dataclass
class Paper:
    """One paper being taken apart: its lines, what is known of it, and what has been found so far."""

    lines: list[Line]
    emitter: Emitter
    seg: Segmented
    council: str | None
    dayfirst: bool
    fallback: str | None  # the body the paper names most often
    hints: Hints

    @property
    def year(self) -> int | None:
        """The year of a date printed without one: the latest year the paper prints in a full date, else
        the year the file says it was made."""
        years = [int(d.iso[:4]) for line in self.lines for d in find_dates(line.text, self.dayfirst)]
        made = self.hints.metadata.get("modified") or self.hints.metadata.get("created") or ""
        return max(years) if years else (int(made[:4]) if made[:4].isdigit() else self.hints.year)

    @classmethod
    def start(cls, doc_id: str, text: str, lines: list[Line], council: str | None, dayfirst: bool,
              fallback: str | None, hints: Hints) -> Paper:
        return cls(lines, Emitter(doc_id, text), Segmented("", "other", council, None, None), council, dayfirst,
                   fallback, hints)

    def meeting(self, body: str | None, date: str | None, role: str, time: str | None = None,
                venue: str | None = None, chair: str | None = None,
                attendees: list[Attendee] | None = None) -> Meeting:
        """A meeting of this paper's council, added once (the same body and date is one meeting)."""
        mid = meeting_id(date, body, self.council)
        for m in self.seg.meetings:
            if m.id == mid:
                return m
        m = Meeting(body or "", date, role, time, venue, chair, attendees or [], mid, self.council)
        self.seg.meetings.append(m)
        return m
