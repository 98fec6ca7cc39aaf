"""What kind of paper a text is, from what it prints: agenda, minutes, report, decision, questions,
budget, calendar or other.

Each kind has cues of its own, weighed where they stand: a cue in the paper's heading (its first
lines) counts most. Minutes: 'Minutes of', 'Regular Meeting Minutes', 'Present:', 'RESOLVED', 'The meeting closed at',
'The meeting adjourned at', 'Mayor X called the meeting to order'.
Agendas: 'AGENDA', 'Summons', 'Notice is hereby given', 'will be held', 'To receive ...', 'CALL TO
ORDER'. Reports: 'Report to:', 'Subject:', 'Recommendation(s):', 'STAFF REPORT', 'Executive
summary'. Records of decision: 'RECORD OF DECISION', 'Decision:' with 'Reason(s) for decision'.
Questions: 'Question 1', 'Question by X to Y' with 'Answer'. Calendars: a table of meetings with
their dates. Budgets: a heading of budget, estimates, precept or accounts over tables of money.
"""
from __future__ import annotations

import re

from indexer.segment.blocks import Line
from models.dates import find_dates

KINDS = ("agenda", "minutes", "report", "decision", "questions", "budget", "calendar", "other")
HEAD = 25
# (kind, pattern, weight in the heading, weight elsewhere)
CUES: list[tuple[str, re.Pattern, float, float]] = [
    ("minutes", re.compile(r"(?i)\bminutes\s+(?:of|for|from)\b|^minutes$|\bminutes\s+of\s+the\s+\w+|"
                           r"\bmeeting\s+minutes$|^(?:action|draft|approved|summary)\s+minutes\b"), 4, 0),
    ("minutes", re.compile(r"(?i)^(?:present|members\s+present|councillors\s+present|in\s+attendance|sederunt)\s*:?"), 2, 1),
    ("minutes", re.compile(r"(?i)\b(?:it\s+was\s+)?resolved\b|\bmotion\s+(?:carried|passed|lost)\b|\ball\s+agreed\b"
                           r"|\bwere\s+(?:approved|confirmed)\s+as\s+a\s+(?:true|correct)\b"), 0, 0.6),
    ("minutes", re.compile(r"(?i)^(?:the\s+)?meeting\s+(?:closed|ended|finished|concluded|(?:was\s+)?adjourned)\b|"
                           r"\bbrought\s+the\s+meeting\s+to\s+a\s+close\b|\bcalled\s+the\s+meeting\s+to\s+order\b"), 0, 2),
    ("agenda", re.compile(r"(?i)^(?:meeting\s+)?agenda\b|\bagenda$|\bsummons\b|\bhereby\s+summoned\b|"
                          r"\bnotice\s+(?:is\s+hereby\s+given|of\s+(?:the\s+)?meeting)\b|^public\s+notice\b"), 4, 0.5),
    ("agenda", re.compile(r"(?i)\b(?:will|is\s+to)\s+be\s+held\b|\bto\s+be\s+held\b"), 2, 0),
    ("agenda", re.compile(r"(?i)^(?:\d+\.?\s*)?to\s+(?:receive|consider|approve|confirm|note|agree|adopt)\b"), 0, 0.8),
    ("agenda", re.compile(r"(?i)^(?:[A-Z0-9]{1,2}\.\s*)?(?:call\s+(?:meeting\s+)?to\s+order|roll\s+call|"
                          r"pledge\s+of\s+allegiance|consent\s+calendar)\b"), 0, 1.5),
    ("report", re.compile(r"(?i)^(?:report\s+(?:to|title|of|by)|subject|purpose\s+of\s+(?:the\s+)?report)\s*:|"
                          r"^(?:staff|officer|cover(?:ing)?)\s+report\b|^report\s+(?:to|of|by)\b|"
                          r"^(?:to|from|by)\s*:?\s+(?:the\s+)?[A-Z][\w ]+(?:,|\s[–-])\s"), 3, 0.3),
    ("report", re.compile(r"(?i)^(?:executive\s+summary|recommendations?(?:\(s\))?|summary)\s*:?$|^background$"), 1.5, 0.5),
    ("decision", re.compile(r"(?i)\brecord\s+of\s+(?:the\s+)?(?:executive\s+|officer\s+|key\s+)?decision\b|"
                            r"\bdecision\s+notice\b|\bdecision\s+(?:to\s+be\s+)?taken\s+by\b"), 6, 2),
    ("decision", re.compile(r"(?i)^reasons?(?:\(s\))?\s+for\s+(?:the\s+)?decision\b"), 2, 2),
    ("questions", re.compile(r"(?i)^question\s+(?:\d+|no\.?\s*\d+)\b|^question\s+(?:by|from)\s+\w+"), 3, 1.5),
    ("questions", re.compile(r"(?i)^(?:answer|reply|response)\s*:?$"), 0, 1),
    ("budget", re.compile(r"(?i)^(?:(?:revenue|capital|draft|proposed|annual)\s+)*(?:budget|estimates|precept|"
                          r"statement\s+of\s+accounts|annual\s+return|accounts|payments|bank\s+reconciliation|"
                          r"explanation\s+of\s+(?:\w+\s+){0,2}variances?)\b"), 3, 0),
]


def paper_kind(lines: list[Line]) -> str:
    """The kind of a paper with no agenda, minutes and reports side by side."""
    scores = dict.fromkeys(KINDS, 0.0)
    for kind, rx, head, body in CUES:  # a cue counts once in the heading, at most three times below it
        hits = [i for i, line in enumerate(lines) if rx.search(line.text)]
        scores[kind] += (head if any(i < HEAD for i in hits) else 0.0) + body * min(3, len(hits))
    if is_calendar(lines):
        scores["calendar"] += 8
    if scores["questions"] >= 4 and scores["questions"] > scores["minutes"]:
        scores["questions"] += 3
    best = max(KINDS, key=lambda k: (scores[k], -KINDS.index(k)))
    return best if scores[best] >= 2.5 else "other"


def is_calendar(lines: list[Line]) -> bool:
    """A table of meetings: a header naming a date column over three or more rows with dates."""
    for i, line in enumerate(lines):
        cells = [c.strip().lower() for c in line.text.split("\t")]
        if len(cells) >= 3 and any("date" in c for c in cells) and any(
                c in ("name", "meeting", "body", "committee", "meeting body") for c in cells):
            rows = [x for x in lines[i + 1:i + 40] if "\t" in x.text and find_dates(x.text, dayfirst=False)]
            if len(rows) >= 3:
                return True
    return False
