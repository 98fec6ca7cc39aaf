"""Votes as minutes record them: counts, scores, roll calls and outcomes.

Counts in words and figures: "With 9 votes in favour, 2 votes against and 4 abstentions",
"12 votes for and 0 against", "seven were in favour and one abstained", "6 in favour, 3 against,
1 abstention", "(Y-5, N-2, A-1)", "(For 5, Against 2)", "12 votes to 9, with 2 abstentions".
Scores: "Motion passed (7 to 2)", "carried 5-0", "M/S/C: Jones/Smith to approve ... (5-0)", "CARRIED 5/1"
(Australian and New Zealand minutes), "approved by a vote of 4-1", "on a 3-2 vote".
Roll calls and named votes ("For (23)" over a list of names, "AYES: ... NOES: ..."): `rollcall.py`; totals
after bare labels: "Ayes 4, Noes 1, Absent 0".
A motion against an amendment (Scottish minutes): "For the motion - 7 votes / For the amendment - 4 votes",
"On a vote being taken, 5 members voted for the amendment and 7 for the motion", "Motion - 8 votes": the vote
of the side that won, its count for and the others' against (`contest`).
Outcomes: "carried unanimously", "unanimously agreed", "Motion carried", "Motion passed", "the
motion was lost", "Amendment lost", "defeated", "fell", "failed". Movers: `movers.py`.
"""
from __future__ import annotations

import re

from indexer.extract.rollcall import roll_call
from indexer.extract.voters import voters
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
# After a label-first count ("For 5", "Against: 2") only a list separator or a full stop may follow.
_END = r"(?=\s*(?:[,;)/]|\.(?!\d)|and\b|against\b|abstentions?\b|abstain\w*|$))"
_FOR_RE = re.compile(
    rf"(?i)\b{_N}{_FILL}\s+(?:(?:were\s+|voted\s+)?in\s+favou?r\b|for\b{_END}|ayes\b|yeas\b)"
    rf"|\bvotes?\s+for\s*:?\s*{_N}\b|(?:^|[(,;:]\s*)for\s*[:\-=]?\s*{_N}\b{_END}"
    rf"|\bin\s+favou?r\s*[:\-=]?\s*{_N}\b{_END}"
)
_AGAINST_RE = re.compile(
    rf"(?i)\b{_N}{_FILL}\s+(?:against|noes|nays)\b|\bagainst\s*[:\-=]?\s*{_N}\b{_END}"
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
# A score after an outcome or the word vote, with only fillers between: "passed (7 to 2)",
# "carried 5-0", "approved by a vote of 4-1", "Vote: 6-1"; or before the word vote: "on a 3-2 vote". A third
# number is the abstentions where the text speaks of abstaining: "Vote: 4-0-1 (Mr. Burke abstained)".
_MONTH = r"\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"  # "12-13 March" is no score
_SCORE_FILL = r"(?:\s*(?:[(:,]|\b(?:by|on|with|a|an|vote|votes|margin|count|tally|of|absolute|simple|majority)\b))*\s*"
_SCORE_RE = re.compile(
    rf"(?i)\b(?:passed|passes|carried|carries|approved|adopted|failed|fails|lost|defeated|vote[sd]?|voting)"
    rf"{_SCORE_FILL}\(?\b(\d{{1,3}})\s*(?:to|-|–|—|/|:(?!\d{{2}}))\s*(\d{{1,3}})\b(?:\s*[-–—]\s*(?P<third>\d{{1,3}})\b)?(?!\s*[/.]\d|{_MONTH}|\s+of\b)"
    r"|\b(\d{1,3})\s*[-–—]\s*(\d{1,3})\s+vote\b"
)
_ABSTAINED_RE = re.compile(r"(?i)\babstain(?:ed|ing|s)?\b|\babstentions?\b")
# A score in brackets after a motion carried as 'M/S/C' (moved, seconded, carried: Californian minutes):
# 'M/S/C: Jones/Smith to approve the minutes. (5-0)'.
_MSC_RE = re.compile(r"\bM/S/C\b")
_BRACKET_SCORE_RE = re.compile(r"\((\d{1,2})\s*[-–]\s*(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\)")
# Roll-call totals printed as a label and a bare number (US minutes): 'Ayes 4, Noes 1, Absent 0', 'Yeas 5, Nays 2'.
_AYES_RE = re.compile(r"(?i)\b(?:ayes|yeas)\s+(\d{1,3})\b(?!\s*[/.]\d)")
# 'Vote: Yes 4, No 1' (a 'No 1' alone is a number sign: 'Resolution No 1')
_YES_NO_RE = re.compile(r"(?i)\b(?:yes|aye)\s*[:\-=]?\s*(\d{1,3})\s*[,;]?\s*(?:and\s+)?no\s*[:\-=]?\s*(\d{1,3})\b(?!\s*[/.]\d)")
_NOES_RE = re.compile(r"(?i)\b(?:noes|nays)\s+(\d{1,3})\b(?!\s*[/.]\d)")
_ABSTAINS_RE = re.compile(r"(?i)\b(?:abstain|abstentions?)\s+(\d{1,3})\b(?!\s*[/.]\d)")
_UNANIMOUS_RE = re.compile(
    r"(?i)\b(?:unanimous(?:ly)?|nem\.?\s*con\.?|without\s+dissent)\b|\ball\s+(?:members\s+)?in\s+favou?r\b"
)
_MOTION = r"(?:motion|amendment|proposal|recommendation|resolution|substantive\s+motion)s?"
_CARRIED_RE = re.compile(
    r"(?i)(?:\b(?:was|were|being|been|is|and|duly|declared)\s+carried\b|\bcarried\b(?=\s*[.;,)]|\s*$)|^\s*carried\b)"
    r"(?!\s+(?:forward|over|out|through)\b|\s+on\b(?!\s+(?:the\s+casting|a\s+show|a\s+(?:recorded\s+)?vote|a\s+division)))"
    rf"|\b{_MOTION}\s+(?:(?:was|were|has\s+been)\s+)?(?:duly\s+)?(?:passed|passes|carries|adopted)\b"
    r"|\b(?:motion|resolution)\s+carried\b(?!\s+(?:forward|over|out|through)\b|\s+on\b(?!\s+(?:the\s+casting|a\s+show)))"
    r"|^\s*(?:motion\s+)?(?:passed|passes)\b(?=\s*(?:[.;,(]|unanimously\b|\d|$))"
)
_LOST_RE = re.compile(
    rf"(?i)\b{_MOTION}\s+(?:(?:was|were|is|being|has\s+been)\s+)?(?:therefore\s+|subsequently\s+|duly\s+)?"
    r"(?:lost|defeated|not\s+carried|not\s+passed|rejected|fell|failed|fails)\b"
    r"|\b(?:was|were)\s+(?:lost|defeated|not\s+carried)\b|^\s*(?:lost|fell|defeated|failed)\b"
)
# One side of a vote between a motion and its amendments: 'For the motion - 7 votes', '4 for the amendment',
# 'Amendment 2: 3 votes'; the side is group 'side' (or 'side2'), its count 'n' (or 'n2', 'n3').
_SIDE = r"(?:the\s+)?(?:substantive\s+)?(?:motion|amendment(?:\s+(?:no\.?\s*)?\d{1,2}|\s+[A-D]\b)?)"
_ONE_SIDE = (rf"\bfor\s+(?P<side>{_SIDE})\s*[-–—:=]?\s*\(?(?P<n>{_N[1:-1]})\)?(?:\s+votes?)?\b(?!\s*[-–—:]?\s*\d)"
             rf"|\b(?P<n2>{_N[1:-1]}){_FILL}\s+for\s+(?P<side2>{_SIDE})\b"
             rf"|^[ \t]*(?P<side3>{_SIDE})\s*[-–—:=]\s*(?P<n3>{_N[1:-1]})\s+votes?\b")
_SIDE_RE = re.compile(rf"(?i){_ONE_SIDE}", re.MULTILINE)
SIDE_LINE_RE = re.compile(rf"(?i)^\s*(?:{_ONE_SIDE})", re.MULTILINE)  # a line that is one side's count
CASTING_RE = re.compile(rf"(?i)\bcasting\s+vote\s+(?:in\s+favou?r\s+of|for)\s+({_SIDE})")


def _side_key(side: str) -> str:
    """A side as printed ('the Substantive Motion', 'Amendment No. 2') as `sides` names it ('motion', 'amendment 2')."""
    return " ".join(w for w in re.split(r"[\s.]+", side.lower()) if w not in ("", "the", "substantive", "no"))


def sides(text: str) -> dict[str, int]:
    """The count each side of a motion-against-amendment vote had ('motion', 'amendment', 'amendment 2'),
    in the order printed; empty unless at least two sides are counted."""
    out: dict[str, int] = {}
    for m in _SIDE_RE.finditer(text or ""):
        side = next(g for g in (m.group("side"), m.group("side2"), m.group("side3")) if g)
        raw = next(g for g in (m.group("n"), m.group("n2"), m.group("n3")) if g).lower()
        out.setdefault(_side_key(side), int(raw) if raw.isdigit() else NUMBER_WORDS[raw])
    return out if len(out) >= 2 else {}


def winner(text: str) -> str | None:
    """The side that won a motion-against-amendment vote ('motion', 'amendment 2'): the one with most votes,
    or on a tie the one the chair's casting vote went to ('the Convener used her casting vote in favour of the
    amendment'); None when fewer than two sides are counted, or a tie no casting vote breaks."""
    counted = sides(text)
    if not counted:
        return None
    top = max(counted.values())
    first = [side for side, n in counted.items() if n == top]
    if len(first) == 1:
        return first[0]
    cast = CASTING_RE.search(text)
    side = _side_key(cast.group(1)) if cast else None
    return side if side in first else None


def contest(text: str) -> Vote | None:
    """The vote of the side that won a motion-against-amendment vote (`winner`): its count for, the others'
    against, carried; None when `text` counts fewer than two sides, and no outcome on a tie no casting vote
    breaks."""
    counted = sides(text)
    if not counted:
        return None
    won = winner(text)
    count = counted[won] if won else max(counted.values())
    abstain = next((n for line in text.splitlines() if (n := _count(_ABSTAIN_RE.search(line))) is not None), None)
    vote = Vote(count, sum(counted.values()) - count, abstain)
    vote.outcome = "carried" if won else None
    return vote


def _count(m: re.Match | None) -> int | None:
    """The number a count pattern caught, in figures or words; None when it caught nothing."""
    if not m:
        return None
    raw = next(g for g in m.groups() if g is not None).lower()
    return int(raw) if raw.isdigit() else NUMBER_WORDS[raw]


def _counts(text: str) -> tuple[int | None, int | None, int | None]:
    """(for, against, abstain) in the first form `text` prints them in; Nones where it prints none."""
    if yna := _YNA_RE.search(text):
        return tuple(int(g) if g else None for g in yna.groups())  # type: ignore[return-value]
    if to := _VOTES_TO_RE.search(text):
        return _count(re.match(_N, to.group(1))), _count(re.match(_N, to.group(2))), _count(_ABSTAIN_RE.search(text))
    if score := _SCORE_RE.search(text):
        pair = [int(g) for g in score.groups()[:2] + score.groups()[3:] if g is not None]
        third = score.group("third")
        abstain = _count(_ABSTAIN_RE.search(text))
        if abstain is None and third is not None and _ABSTAINED_RE.search(text):
            abstain = int(third)  # 'Vote: 4-0-1 (Mr. Burke abstained)': for, against, abstaining
        return pair[0], pair[1], abstain
    if _MSC_RE.search(text) and (bracket := _BRACKET_SCORE_RE.search(text)):
        return int(bracket.group(1)), int(bracket.group(2)), None
    if yes_no := _YES_NO_RE.search(text):
        return int(yes_no.group(1)), int(yes_no.group(2)), _count(_ABSTAIN_RE.search(text))
    if ayes := _AYES_RE.search(text):
        noes, abstains = _NOES_RE.search(text), _ABSTAINS_RE.search(text)
        return int(ayes.group(1)), noes and int(noes.group(1)), abstains and int(abstains.group(1))
    if named := roll_call(text):
        return named
    return _count(_FOR_RE.search(text)), _count(_AGAINST_RE.search(text)), _count(_ABSTAIN_RE.search(text))


def vote_outcome(text: str, vote: Vote) -> str | None:
    """carried or lost as written, else as the counts or unanimity decide; None for a tie or no sign."""
    if _LOST_RE.search(text):
        return "lost"
    if vote.unanimous or _CARRIED_RE.search(text) or _MSC_RE.search(text):
        return "carried"
    if vote.for_ is not None and vote.against is not None and vote.for_ != vote.against:
        return "carried" if vote.for_ > vote.against else "lost"
    return None


def parse_votes(text: str) -> Vote | None:
    """The vote recorded in `text`: counts for/against/abstain, unanimity and outcome; None if none."""
    text = text or ""
    if (between := contest(text)) is not None:
        return between
    vote = Vote(*_counts(text))
    vote.unanimous = bool(_UNANIMOUS_RE.search(text))
    vote.outcome = vote_outcome(text, vote)
    vote.names = voters(text)
    return None if vote == Vote() else vote
