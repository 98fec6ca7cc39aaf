"""Agenda items that put a recommendation to the meeting, as US agendas and staff reports print them.

Forms: 'Recommendation: That the City Council ...', 'Recommendation: 1) Adopt ...; and, 2) ...',
'OFFICER RECOMMENDATION' over 'That Council: 1. Endorse ...' (Australian agendas),
'RECOMMENDED ACTION:', 'Staff recommends that ...', 'DEPARTMENT RECOMMENDATION', 'PROPOSED ACTION',
'Action Required:', and a heading whose line goes on with the action ('PUBLIC SAFETY COMMITTEE
REPORT - Authorize the City Manager to ...'). Each such item is a report of its own, titled as the
item, its recommendation paragraphs in the section 'Recommendations'. Minutes that reproduce an officer's
report (Australian and Canadian councils: 'OFFICER RECOMMENDATION', then the council's resolution) give
the same report for the minute item (`minute_reports`).
"""
from __future__ import annotations

import re

from indexer.segment import reports
from indexer.segment.context import Paper
from indexer.segment.emit import SUMMARY_RE
from indexer.segment.items import Heading
from models import Meeting, Paragraph, Report
from models.ids import report_id

RECOMMENDATION_RE = re.compile(
    r"(?i)^(?:(?:staff|department|committee|officers?['’]?s?|director['’]?s?|manager['’]?s?|executive)\s+)?"
    r"recommend(?:ation|ations|ed\s+actions?)(?:\(s\)|/s)?\s*:?|"
    r"^staff\s+recommends?\b|^recommended\s+motion\b|^proposed\s+action\b|^action\s+(?:required|requested)\s*:")
# In minutes, only a label: 'OFFICER RECOMMENDATION', 'Staff Recommendation:', not 'Recommendations of the review ...'
MINUTE_RECOMMENDATION_RE = re.compile(r"(?i)^(?:(?:officers?['’]?s?|staff|executive|department(?:al)?|committee)\s+)?"
                                      r"recommendations?(?:\(s\))?\s*(?::|\n|$)")
ACTION_RE = re.compile(
    r"^(?:[A-Z0-9 .,:-]+\s[-–]\s)?(?:That\s+the\s+|(?:City|Town|Village)\s+Council\s+(?:to|make|receive|approve|adopt)\b|"
    r"(?:Authori[sz]e|Approve|Adopt|Receive|Continue|Waive|Direct|Accept|Award|Find|Introduce|Conduct|Ratify|Appoint|"
    r"Deny|Grant|Note|Agree|Consider|Provide|Review)\b)|\bbe\s+(?:introduced|adopted|approved|waived|received)\b")


def item_reports(paper: Paper, meeting: Meeting, heads: list[Heading]) -> None:
    """A report for every agenda item of this meeting that recommends an action."""
    headed = [(h, p) for h, p in paper.emitter.headed if p.meeting_id == meeting.id and h in heads]
    paragraphs = paper.emitter.paragraphs
    for k, (head, para) in enumerate(headed):
        stop = headed[k + 1][1].seq - 1 if k + 1 < len(headed) else _part_end(paragraphs, para)
        own = paragraphs[para.seq - 1:stop]
        recs = [p for p in own[1:] if RECOMMENDATION_RE.match(p.text)]
        if not recs and not (head.rest and ACTION_RE.search(head.rest) and own[1:]):
            continue
        _add_report(paper, meeting, head.title, head.number, para, own[1:], recs or own[1:2], bool(recs))


def minute_reports(paper: Paper, meeting: Meeting) -> None:
    """A report for every minute item that prints an officer's recommendation ('OFFICER RECOMMENDATION' over
    'That Council: 1. Award ...', then the council's resolution), as Australian and Canadian minutes
    reproduce the officer's report."""
    items: dict[str, list[Paragraph]] = {}
    for p in paper.emitter.paragraphs:
        if p.meeting_id == meeting.id and p.item:
            items.setdefault(p.item, []).append(p)
    for number, own in items.items():
        recs = [p for p in own if MINUTE_RECOMMENDATION_RE.match(p.text)]
        if recs:
            _add_report(paper, meeting, own[0].item_title or number, number, own[0], own, recs, True)


def _add_report(paper: Paper, meeting: Meeting, title: str, number: str | None, para: Paragraph,
                body: list[Paragraph], recs: list[Paragraph], labelled: bool) -> None:
    """The item's report: its officers, summary and recommendation paragraphs (section 'Recommendations')."""
    rid = report_id(paper.emitter.doc_id, len(paper.seg.reports) + 1)
    report = Report(rid, paper.emitter.doc_id, title, meeting.id, meeting.date, meeting.committee,
                    agenda_item=number, paragraph_id=para.id)
    report.responsible_officer = _field(body, reports.RESPONSIBLE_RE, ITEM_RESPONSIBLE_RE)
    report.contact_officer = _field(body, reports.CONTACT_RE)
    report.executive_summary = next((p.text for p in body if p.section and SUMMARY_RE.search(p.section)
                                     and p.text.strip() != p.section), None)
    for p in [para, *body]:  # in minutes the item's first paragraph is both
        p.report_id = rid
    for p in _recommendation_run(body, recs) if labelled else recs:
        p.section = "Recommendations"
    paper.seg.reports.append(report)


FIELD_LINES = 8  # an item's officer fields are printed right under its title
# Beside a cover's 'Responsible Officer:' (`reports.RESPONSIBLE_RE`): 'Report of:', Ontario 'Report From:', US
# 'FROM:', 'Director:', NZ 'Authoriser:'.
ITEM_RESPONSIBLE_RE = re.compile(r"(?i)^(?:(?:report\s+)?from|report\s+of|director|general\s+manager|authori[sz]er|"
                                 r"authori[sz]ed\s+by)\s*:\s*(?P<v>.*)$")


def _field(body: list[Paragraph], *rxs: re.Pattern) -> str | None:
    """An officer field printed under the item's title: 'Responsible Officer: Director Infrastructure
    Services', 'Author: Manager Works, Tom Kelly'."""
    for p in body[:FIELD_LINES - 1]:
        for line in p.text.splitlines():
            for rx in rxs:
                if (m := rx.match(line.strip())) and m.group("v").strip(" :\t"):
                    return m.group("v").strip(" :\t")
    return None


def _part_end(paragraphs: list[Paragraph], para: Paragraph) -> int:
    """The seq after the last paragraph of the agenda `para` belongs to."""
    end = para.seq
    while end < len(paragraphs) and paragraphs[end].part == para.part and paragraphs[end].meeting_id == para.meeting_id:
        end += 1
    return end


def _recommendation_run(own: list[Paragraph], recs: list[Paragraph]) -> list[Paragraph]:
    """The recommendation paragraphs and the numbered points printed right after each."""
    run: list[Paragraph] = []
    for rec in recs:
        run.append(rec)
        after = own[own.index(rec) + 1:]
        if after and len(rec.text.split()) <= 4 and not rec.text.rstrip().endswith(":"):
            run.append(after[0])  # 'DEPARTMENT RECOMMENDATION' over its paragraph
            after = after[1:]
        for p in after:
            if not (p.number or re.match(r"^\(?\d{1,2}[.)]\s", p.text)) or RECOMMENDATION_RE.match(p.text):
                break
            run.append(p)
    return run
