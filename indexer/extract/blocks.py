"""Motions printed as blocks, a line each: movers, the wording, the vote, the outcome.

Canadian, Scottish and many US minutes print every motion the same way (invented examples):

    Resolution No. R2023-042            Motion 14/21
    Moved by Deputy Mayor Reid          Moved: Cllr Ash
    Seconded by Councillor Young        Seconded: Cllr Birch
    That Council approve the budget.    THAT the Council adopt the plan.
    Recorded Vote: Yeas: ... Nays: ...  Carried
    Carried (4 to 1)

The wording (the lines from 'That', 'BE IT RESOLVED', 'WHEREAS' or 'NOW THEREFORE' up to the vote or the
outcome) is the decision; it is RESOLVED when carried, REJECTED when defeated or lost, and takes the
movers and the vote printed with it.
"""
from __future__ import annotations

import re

from indexer.extract.movers import TITLES, parse_mover
from indexer.extract.rollcall import OUTCOME_RE
from indexer.extract.votes import parse_votes
from models.domain import Decision, Paragraph

# 'Moved by ...', 'Seconded: ...', and with the title straight after the word (Australian): 'Moved Cr Smith'.
MOVER_LINE_RE = re.compile(rf"(?i)^\s*(?:moved|proposed|seconded|second|moved\s+and\s+seconded)(?:\s+by\b|\s*:"
                           rf"|\s+(?-i:(?:{TITLES})\.?\s+[A-Z]))")
NUMBER_LINE_RE = re.compile(r"(?i)^\s*(?:resolution|motion)\s*(?:no\.?|number|#)?\s*[A-Z]{0,4}[\d][\w/.-]*\s*:?\s*$")
WORDING_RE = re.compile(r'(?i)^\s*[“"]?(?:that\b|be\s+it\s+(?:further\s+|therefore\s+)?resolved\b|now\s+therefore\b|(?:and\s+|further\s+)?whereas\b)')
VERB = {"carried": "RESOLVED", "lost": "REJECTED"}


def is_mover_line(text: str) -> bool:
    """True for a line that only names a mover: 'Moved by Deputy Mayor Reid', 'Seconded: Cllr Birch' (not
    'Proposed by Cllr A; seconded by Cllr B; and resolved:', which introduces its wording itself)."""
    line = text.strip()
    return bool(MOVER_LINE_RE.match(line)) and len(line.split()) <= 8 and not line.endswith(":") \
        and not re.search(r"(?i)\b(?:and|that|resolved|agreed|carried)\b", line)


def is_block_line(text: str) -> bool:
    """True for a line that opens or carries on a motion block: its number, a mover, its wording."""
    first = text.strip().split("\n", 1)[0]
    return bool(is_mover_line(first) or NUMBER_LINE_RE.match(first) or WORDING_RE.match(first))


def block_decision(lines: list[str], paras: list[Paragraph]) -> Decision | None:
    """The decision of a run printed as a motion block (movers on lines of their own, then 'That ...' and
    an outcome); None when the run is not one."""
    movers = [i for i, line in enumerate(lines) if is_mover_line(line)]
    if not movers:
        return None
    start = next((i for i in range(movers[0] + 1, len(lines)) if WORDING_RE.match(lines[i])), None)
    if start is None or any(i > start for i in movers):
        return None
    end = next((i for i in range(start + 1, len(lines)) if OUTCOME_RE.match(lines[i]) or parse_votes(lines[i])
                or re.match(r"(?i)^\s*recorded\s+vote\b|^\s*(?:yeas|ayes|nays|noes)\b", lines[i])), len(lines))
    vote = parse_votes("\n".join(lines[end:]))
    if vote is None or vote.outcome not in VERB:
        return None
    vote.paragraph_id = paras[end].id if end < len(paras) else None
    proposer = seconder = None
    for i in movers:
        p, s = parse_mover(lines[i])
        proposer, seconder = proposer or p, seconder or s
    wording = "\n".join(line.strip() for line in lines[start:end])
    return Decision(id="", paragraph_id=paras[start].id, verbs=[VERB[vote.outcome]], text=wording, votes=vote,
                    proposer=proposer, seconder=seconder, outcome=vote.outcome)
