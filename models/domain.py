"""The council vocabulary: documents, meetings, items, paragraphs, decisions, votes, figures.

Plain dataclasses with no I/O. Build-side objects (Document ... Figure) come out of the
indexer's stages and go into the store; query-side objects (Citation, SearchHit, Answer) come
out of retrieval and are what the CLI and the web show. `to_dict()` gives the JSON shapes of
DESIGN.md.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Parts of a pack a paragraph can belong to.
PART_AGENDA = "agenda"
PART_MINUTES = "minutes"
PART_APPENDIX = "appendix"
PART_REPORT = "report"
PARTS = (PART_AGENDA, PART_MINUTES, PART_APPENDIX, PART_REPORT)

# Roles a document plays for a meeting.
ROLE_AGENDA = "agenda"          # the pack issued before the meeting
ROLE_MINUTES = "minutes"        # the record of what happened
ROLE_REPORT_ONLY = "report-only"  # a lone officer report for the meeting

# Kinds of searchable things.
KINDS = ("paragraph", "decision", "recommendation", "action", "figure")

DECISION_VERBS = (
    "NOTED", "AGREED", "RESOLVED", "ASKED", "REVIEWED", "CONSIDERED", "DISCUSSED", "ENDORSED",
    "APPROVED", "ELECTED", "RECOMMENDED", "REQUESTED", "ACCEPTED", "DEFERRED", "REJECTED",
    "SUPPORTED", "CONFIRMED", "DELEGATED", "COMMENTED", "RECEIVED", "ADOPTED", "APPOINTED", "AUTHORISED",
    "DECIDED", "WITHDRAWN",
)
# What became of a decision: a resolution or motion carried, an agreement, a noting, a motion lost,
# an item deferred (held over) or withdrawn. A Vote's outcome is carried | lost | None.
OUTCOMES = ("carried", "agreed", "noted", "lost", "deferred", "withdrawn")


def _plain(value):
    """A value as dataclasses.asdict gives it: dataclasses as dicts, lists, tuples and dicts walked."""
    if isinstance(value, Base):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Base:
    def to_dict(self) -> dict:
        """The JSON shape: `asdict` without its deep copies (fields hold plain data; 10x faster, which
        the listings feel: a Decision's Citation is made for every row)."""
        return {name: _plain(getattr(self, name)) for name in self.__dataclass_fields__}  # type: ignore[attr-defined]


@dataclass
class SourceText(Base):
    """A file's text as read, before segmentation. Pages are separated by form feeds ('\\f')."""

    path: str
    text: str
    format: str  # txt | md | pdf | docx | doc | rtf | html
    encoding: str = "utf-8"
    printed_pages: list[str | None] = field(default_factory=list)  # printed page label per page
    # What the file says about itself, outside its text, as written: a Markdown file's front matter
    # (title, date, type, ...), a web page's <title>. Not the meeting's metadata: a front-matter
    # `date` is when the page was posted, never the date of the meeting.
    metadata: dict[str, str] = field(default_factory=dict)
    # The running header and footer lines of the paper, each once, in the order they first appear,
    # bare page numbers left out: those a PDF repeats at the head or foot of its pages (taken out
    # of `text`), a Word file's section headers and footers, an RTF file's \header and \footer
    # groups (never in `text`). A council may name itself only there.
    headers: list[str] = field(default_factory=list)


@dataclass
class Attendee(Base):
    """A person named in a meeting's attendance: present, apologies, substitute or member."""

    name: str
    role: str  # present | apologies | substitute | member | chair | vice-chair | officer
    note: str = ""  # e.g. "substituting for Cllr Fran Whymark", "(Chairman)"


@dataclass
class Meeting(Base):
    """One meeting of a committee as one document describes it."""

    committee: str
    date: str | None  # ISO yyyy-mm-dd
    role: str  # agenda | minutes | report-only | decision
    time: str | None = None
    venue: str | None = None
    chair: str | None = None
    attendees: list[Attendee] = field(default_factory=list)
    id: str = ""  # filled by models.ids.meeting_id
    council: str | None = None  # the authority: 'Kent County Council', 'City of Rosemead'
    next_date: str | None = None  # the next meeting the paper announces (ISO), and its time
    next_time: str | None = None
    next_paragraph_id: str | None = None  # where it is announced
    issued_by: str | None = None  # who signed or certified its agenda ('Amanda Glew, Clerk to the Council')
    issued_on: str | None = None  # the date its agenda bears (ISO)
    issued_paragraph_id: str | None = None  # where the agenda prints it
    end_time: str | None = None  # when it ended (minutes) or is to end (agenda), as printed
    end_paragraph_id: str | None = None  # where the paper says so


@dataclass
class Item(Base):
    """A numbered agenda item or minute heading ('10', 'Adult Social Care Finance Monitoring ...')."""

    meeting_id: str
    part: str  # agenda | minutes
    number: str | None  # None for an unnumbered heading ('## Matters Arising')
    title: str
    page: str | None = None  # page reference printed on the agenda


@dataclass
class Paragraph(Base):
    """One paragraph in reading order, with its council number, place and span."""

    id: str
    document_id: str
    seq: int
    text: str
    start: int  # character span in the document's normalised text
    end: int
    part: str  # agenda | minutes | appendix | report
    number: str | None = None  # council numbering: '10.2.3', '22/18', 'a)'
    meeting_id: str | None = None
    item: str | None = None  # item number in its meeting ('10')
    item_title: str | None = None
    report_id: str | None = None
    section: str | None = None  # report section heading: 'Executive summary', 'Recommendations'
    page: int | None = None  # 1-based physical page where the format has pages
    printed_page: str | None = None  # page label printed in the pack where it differs


@dataclass
class Recommendation(Base):
    """A report's recommendation to the committee, with its label ('a', '1')."""

    report_id: str
    label: str | None
    text: str
    paragraph_id: str | None = None


@dataclass
class Report(Base):
    """An officer report before a meeting."""

    id: str
    document_id: str
    title: str
    meeting_id: str | None
    meeting_date: str | None
    committee: str | None = None
    responsible_officer: str | None = None
    contact_officer: str | None = None
    agenda_item: str | None = None
    executive_summary: str | None = None
    recommendations: list[Recommendation] = field(default_factory=list)
    paragraph_id: str | None = None  # the paragraph holding its title


@dataclass
class Vote(Base):
    """How a committee voted: counts, or unanimous/carried/lost where only that is written."""

    for_: int | None = None
    against: int | None = None
    abstain: int | None = None
    unanimous: bool = False
    outcome: str | None = None  # carried | lost | None; a Decision with this vote has the same outcome
    paragraph_id: str | None = None  # where the vote is printed (stored only when not its decision's own)
    names: dict[str, list[str]] = field(default_factory=dict)  # 'for' / 'against' / 'abstain' -> names printed

    def to_dict(self) -> dict:
        return {"for": self.for_, "against": self.against, "abstain": self.abstain,
                "unanimous": self.unanimous, "outcome": self.outcome, "names": self.names}


@dataclass
class Decision(Base):
    """What a committee decided (kind 'decision') or an officer took on (kind 'action')."""

    id: str
    paragraph_id: str
    verbs: list[str]
    text: str
    kind: str = "decision"  # decision | action
    votes: Vote | None = None
    proposer: str | None = None
    seconder: str | None = None
    actor: str | None = None  # who took on an action: 'the Executive Director'
    outcome: str | None = None  # one of OUTCOMES for a decision (the vote's when there is one); None for an action

    def to_dict(self) -> dict:
        d = super().to_dict()
        d["votes"] = self.votes.to_dict() if self.votes else None
        return d


@dataclass
class Table(Base):
    """A table printed in a paper: header row(s), body rows, and the scale and currency of its money."""

    id: str
    paragraph_id: str | None
    caption: str | None
    headers: list[str]
    rows: list[list[str]]
    scale: float = 1.0  # 1000.0 for a '£000' table, 1e6 for '£m' or '$ in millions'
    currency: str | None = None  # GBP | USD | EUR when its headers or caption name one ('Amount ($)')


@dataclass
class Figure(Base):
    """A number as printed, normalised: '£9.629m' -> 9629000.0 GBP, '$85K' -> 85000.0 USD, '77.3%' -> 77.3 %."""

    text: str
    value: float
    unit: str  # GBP | USD | EUR | % | count
    label: str | None = None  # row label for a table figure, or the phrase it measures
    column: str | None = None  # the column header without its money unit: 'Budget 2017/18', not '£m'
    period: str | None = None  # 'Period 10 2016-17', 'Q1 2024/25', 'Mar 17', '31/3/2016'
    paragraph_id: str | None = None
    table_id: str | None = None


@dataclass
class EntityMention(Base):
    """A named thing in a paragraph: a person, role, organisation, money, period, date."""

    paragraph_id: str
    label: str  # PERSON | ROLE | ORG | COMMITTEE | MONEY | PERCENT | DATE | PERIOD | MINUTE_REF
    text: str
    start: int
    end: int
    norm: str  # canonical form: 'Borrett' for a person, '9629000' for money


@dataclass
class Document(Base):
    """One indexed file and everything found in it."""

    id: str
    path: str
    sha256: str
    format: str
    text: str  # normalised text; paragraph spans point into it
    title: str
    kind: str  # agenda | minutes | report | decision | questions | budget | calendar | other
    council: str | None = None
    committee: str | None = None
    meeting_date: str | None = None
    encoding: str = "utf-8"  # of the original's bytes, for a text format (txt, md, html): served in it
    meetings: list[Meeting] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)


# ---- query side -------------------------------------------------------------------------


@dataclass
class Citation(Base):
    """Where a piece of evidence is written: document, meeting, item and council paragraph."""

    document_id: str
    document: str  # the document's title
    title: str  # item or report title the paragraph sits under
    committee: str | None
    meeting_date: str | None
    item: str | None
    paragraph: str | None  # council numbering where it has one
    page: int | None
    text: str
    url: str
    paragraph_id: str = ""
    council: str | None = None  # 'Kent County Council'; None where the paper does not say

    def label(self) -> str:
        """The citation in the council's terms: 'Kent County Council, County Council, 13 February 2025,
        paragraph 291' ('Adult Social Care Committee, 6 March 2017, paragraph 13.8' where no council is named)."""
        from models.dates import long_date

        council = self.council if self.council and self.council != self.committee else None
        parts = [p for p in (council, self.committee, long_date(self.meeting_date)) if p]
        if self.paragraph:
            parts.append(f"paragraph {self.paragraph}")
        elif self.item:
            parts.append(f"item {self.item}")
        if self.page:
            parts.append(f"page {self.page}")
        return ", ".join(parts)


@dataclass
class SearchHit(Base):
    """One ranked result: a paragraph, decision, recommendation, action or figure row."""

    id: str
    kind: str
    score: float
    citation: Citation
    highlight: str = ""

    def to_dict(self) -> dict:
        d = self.citation.to_dict()
        d.update({"id": self.id, "kind": self.kind, "score": round(self.score, 6),
                  "highlight": self.highlight})
        return d


@dataclass
class Answer(Base):
    """An extractive answer: the sentence or table cell, how sure we are, and where it is written."""

    text: str
    confidence: float
    citation: Citation
    span: tuple[int, int] | None = None  # the answer's characters inside citation.text
