"""Saying "the papers don't say" honestly: when the best candidate is not about the council, meeting or
date the question names, there is no answer, and the note says what was found instead.

    'Who chaired Leeds City Council's meeting on 5 March 2024?'   no Leeds papers in the index
    'Who chaired the Select Committee on 9 June 2021?'             no passage of a meeting that day
    'What did Rosemead decide ...' answered from Gardena's papers  another council's passage
    'What was the vote on the street lighting contract?' and the     a decision about another thing
    only decision read has the bus shelter's vote
"""
from __future__ import annotations

import re

from indexer.answer.candidates import Candidate
from indexer.answer.features import Asked, coverage, when_feature
from indexer.answer.question import DECISION_TARGETS
from indexer.search import Scope, content_terms
from models.dates import long_date
from models.ids import council_place

COUNCIL_NAME_RE = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+){1,4}(?:City|County|Borough|District|Parish|Town|Community|Metropolitan(?:\s+Borough)?)"
    r"\s+Council)\b|\b((?:City|Town|Village|Borough|County)\s+of\s+(?:[A-Z][\w'’-]+\s?){1,3})")


def unknown_council(question: str, councils: list[str]) -> str | None:
    """A council the question names whose papers are not in the index ('Leeds City Council')."""
    known = {council_place(c) for c in councils}
    for m in COUNCIL_NAME_RE.finditer(question):
        name = (m.group(1) or m.group(2)).strip()
        name = re.sub(r"^(?:The|At|In|For|From|Of|By)\s+", "", name)
        place = council_place(name)
        if place and place not in known:
            return name
    return None


MIN_DECISION_COVER = 0.1  # of the question's topic, IDF-weighted, in the decision's words, paragraph and item
# The words asking for a decision's record, not naming what it was about
RECORD_WORDS = set(content_terms("vote voted voting votes proposed proposer moved seconded seconder against favour "
                                 "favor abstained abstain abstentions opposed dissented resolved decided agreed"))


def mismatch(a: Asked, c: Candidate) -> bool:
    """The candidate is of another council than the question names, or of another meeting than the date
    (or month) it names, and does not print that date itself; or it is the vote, movers or wording of a
    decision about something else (its words, paragraph and item name next to nothing of the topic)."""
    council = getattr(c.unit, "council", "") or ""
    if a.scope.council and council and council != a.scope.council:
        return True
    # 'vote' in 'What was the vote on ...' is what is asked; the council, 'planning meeting' where it was taken
    setting = RECORD_WORDS | set(content_terms(f"{council} {c.unit.committee} meeting meetings"))
    topic = [t for t in a.topic if t not in setting]
    if c.record in DECISION_TARGETS and topic and coverage(topic, c.context, "", a.idf, a.default) < MIN_DECISION_COVER:
        return True
    date = c.unit.meeting_date or ""
    if not date or when_feature(a.qt, c) > 0:
        return False
    if a.qt.date:
        return date != a.qt.date and a.qt.date not in c.context
    if a.qt.month:
        return not date.startswith(a.qt.month)
    return False


def note(scope: Scope, qt, best: tuple[float, Candidate] | None, cites: dict, unknown: str | None) -> str:
    """What was found instead of an answer: no papers of the council named, the papers of another
    council or meeting, or nothing sure."""
    if unknown:
        return f"The papers don't say: none of the indexed papers is from {unknown}."
    if not best:
        return "The papers don't say: nothing in them matches the question."
    _, c = best
    cite = cites.get(c.unit.paragraph_id)
    where = ", ".join(filter(None, [cite.council, cite.committee, long_date(cite.meeting_date)])) if cite else ""
    if scope.council and c.unit.council and c.unit.council != scope.council:
        return f"The papers don't say for {scope.council}; the nearest passage is from {where}."
    if qt.date and c.unit.meeting_date and c.unit.meeting_date != qt.date:
        return f"The papers don't say for the meeting of {long_date(qt.date)}; the nearest passage is from {where}."
    if qt.month and c.unit.meeting_date and not c.unit.meeting_date.startswith(qt.month):
        return f"The papers don't say for {_month(qt.month)}; the nearest passage is from {where}."
    return f"The papers don't say for sure; the nearest passage is from {where}." if where else \
        "The papers don't say for sure."


def _month(month: str) -> str:
    return (long_date(f"{month}-01") or month).split(" ", 1)[-1]
