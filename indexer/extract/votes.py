"""Votes and movers as minutes record them.

Counts: "With 9 votes in favour, 2 votes against and 4 abstentions", "12 votes for and 0
against", "seven were in favour and one abstained", "(Y-5, N-2, A-1)", "(For 5, Against 2)".
Outcomes: "carried unanimously", "unanimously agreed", "the motion was lost".
Movers: "Proposed by Cllr A, seconded by Cllr B", "Cllr X, seconded by Cllr Y, PROPOSED that",
"moved by Mr A and seconded by Mrs B".
"""
from __future__ import annotations

import re

from models.domain import Vote

NUMBER_WORDS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
))}
NUMBER_WORDS.update({"no": 0, "none": 0, "nil": 0, "nobody": 0})

_N = r"(\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
# What may sit between a count and its side: "9 votes in favour", "seven were in favour",
# "3 Members voted against", "two councillors abstained".
_FILL = r"(?:\s+(?:votes?|members?|councillors?|cllrs?|were|was|voted|voting|cast))*"
# After a label-first count ("For 5", "Against: 2") only a list separator may follow.
_END = r"(?=\s*(?:[,;)/]|and\b|against\b|abstentions?\b|$))"
_FOR_RE = re.compile(
    rf"(?i)\b{_N}{_FILL}\s+(?:(?:were\s+|voted\s+)?in\s+favou?r\b|for\b{_END})"
    rf"|\bvotes?\s+for\s*:?\s*{_N}\b|(?:^|[(,;]\s*)for\s*[:\-=]?\s*{_N}\b{_END}"
    rf"|\bin\s+favou?r\s*[:\-=]?\s*{_N}\b{_END}"
)
_AGAINST_RE = re.compile(
    rf"(?i)\b{_N}{_FILL}\s+against\b|\bagainst\s*[:\-=]?\s*{_N}\b{_END}"
)
_ABSTAIN_RE = re.compile(
    rf"(?i)\b{_N}{_FILL}\s+(?:abstentions?|abstained|abstaining|abstain)\b"
    rf"|\b(?:abstentions?|abstained|abstain)\s*[:\-=]?\s*{_N}\b{_END}"
)
_YNA_RE = re.compile(
    r"\(\s*Y(?:es)?\s*[-:=]?\s*(\d+)\s*(?:[,;/]?\s*N(?:o)?\s*[-:=]?\s*(\d+))?"
    r"\s*(?:[,;/]?\s*A(?:bs(?:tain)?)?\s*[-:=]?\s*(\d+))?\s*\)"
)
_VOTES_TO_RE = re.compile(rf"(?i)\b{_N}\s+votes?\s+to\s+{_N}\b")  # "carried by 8 votes to 3"
_UNANIMOUS_RE = re.compile(r"(?i)\b(?:unanimous(?:ly)?|nem\.?\s*con\.?|without\s+dissent)\b")
_CARRIED_RE = re.compile(
    r"(?i)(?:\b(?:was|were|being|been|is|and|duly)\s+carried\b|\bcarried\b(?=\s*[.;,)]|\s*$)|^\s*carried\b)"
    r"(?!\s+(?:forward|over|out|through|on)\b)"
)
_LOST_RE = re.compile(
    r"(?i)\b(?:motion|amendment|proposal|recommendation)s?\s+(?:was|were|is|being)\s+"
    r"(?:therefore\s+|subsequently\s+)?(?:lost|defeated|not\s+carried|rejected|fell)\b"
    r"|\b(?:was|were)\s+(?:lost|defeated|not\s+carried)\b|^\s*(?:lost|fell)\b"
)


def _count(m: re.Match | None) -> int | None:
    if not m:
        return None
    raw = next(g for g in m.groups() if g is not None).lower()
    return int(raw) if raw.isdigit() else NUMBER_WORDS[raw]


def parse_votes(text: str) -> Vote | None:
    """The vote recorded in `text`: counts for/against/abstain, unanimity and outcome; None if none."""
    text = text or ""
    vote = Vote()
    yna = _YNA_RE.search(text)
    if yna:
        vote.for_, vote.against, vote.abstain = (int(g) if g else None for g in yna.groups())
    elif to := _VOTES_TO_RE.search(text):
        vote.for_, vote.against = (_count(re.match(_N, g)) for g in to.groups())
        vote.abstain = _count(_ABSTAIN_RE.search(text))
    else:
        vote.for_ = _count(_FOR_RE.search(text))
        vote.against = _count(_AGAINST_RE.search(text))
        vote.abstain = _count(_ABSTAIN_RE.search(text))
    vote.unanimous = bool(_UNANIMOUS_RE.search(text))
    if _LOST_RE.search(text):
        vote.outcome = "lost"
    elif vote.unanimous or _CARRIED_RE.search(text):
        vote.outcome = "carried"
    if vote.for_ is not None and vote.against is not None and vote.outcome is None:
        vote.outcome = "carried" if vote.for_ > vote.against else None
    if vote == Vote():
        return None
    return vote


# A person as minutes name them: "Cllr Tim Adams", "Mrs S Gurney", "Councillor Smith-Clare",
# "the Chairman", "the Vice-Chair".
_TITLE = r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Prof(?:essor)?|Alderman)\.?"
_NAME_WORD = r"(?:[A-Z][a-z'’\-][A-Za-z'’\-]*|[A-Z]\.?)"  # a word, or an initial with its full stop
NAME = (rf"(?:{_TITLE}\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
        r"|(?:[Tt]he\s+)?(?:Vice[- ])?Chair(?:man|woman|person)?|(?:[Tt]he\s+)?(?:Leader|Mayor))")
_PROPOSER_RES = (
    re.compile(rf"(?i:proposed|moved|proposition)\s+(?i:of\s+|by\s+)({NAME})"),
    re.compile(rf"({NAME})\s*(?:\([^)]*\)\s*)?(?:,\s*(?i:seconded)\s+by\s+{NAME}\s*,?\s*)?"
               r"(?i:proposed|moved)\b"),
)
_SECONDER_RE = re.compile(rf"(?i:seconded)\s+(?i:by\s+)({NAME})")


def parse_mover(text: str) -> tuple[str | None, str | None]:
    """(proposer, seconder) named in `text`, each None when not written."""
    text = text or ""
    proposer = None
    for rx in _PROPOSER_RES:
        m = rx.search(text)
        if m:
            proposer = m.group(1).strip()
            break
    m = _SECONDER_RE.search(text)
    seconder = m.group(1).strip() if m else None
    return proposer, seconder
