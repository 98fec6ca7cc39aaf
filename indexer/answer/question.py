"""What a question asks for: an amount, a percentage, a person, a date, a vote, a decision ...

Typing is by the question's own words (rules on its form, not on any document), plus the
meeting, month or financial period it names, which candidates must then agree with.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.search import content_terms
from models.dates import MONTHS, find_dates

AMOUNT, PERCENT, COUNT, PERSON, DATE, VOTE, DECISION, RECOMMENDATION, YESNO, FACT = (
    "amount", "percent", "count", "person", "date", "vote", "decision", "recommendation",
    "yesno", "fact")

FINANCE_WORDS = r"(?:budget|overspen[dt]|underspen[dt]|over budget|under budget|variance|outturn|" \
    r"shortfall|savings?|cost|costs|funding|spend|spending|deficit|surplus|reserves?|grant|money|" \
    r"pledged|committed|allocated|invest(?:ed|ment)?|gap|income|forecast)"

RULES: list[tuple[str, str]] = [
    (VOTE, r"\bvot(?:e|es|ed|ing)\b|\bhow many (?:members|councillors) (?:were )?(?:in favour|against)"),
    # "How many X did the committee agree to ..." asks for the number, not the decision's wording.
    (COUNT, r"^\s*how many\b"),
    (AMOUNT, r"^\s*how much\b"),
    (DECISION, r"\b(?:what )?did (?:the )?(?:[a-z-]+ )?(?:committee|members|councillors|cabinet|council|we|board|panel)"
               r"[a-z ]{0,20}? (?:agree|decide|resolve|note|approve|endorse|review|ask)\b|\bwhat (?:was|were) "
               r"(?:agreed|decided|resolved|approved|noted)\b|\bdecisions?\b|\bresolutions?\b"),
    (RECOMMENDATION, r"\brecommend|\basked to (?:do|consider|note|agree|approve)|\bwhat (?:were|was) "
                     r"(?:the )?(?:committee|members|councillors|cabinet)[a-z ]{0,20} asked\b|\bproposals? (?:to|for) the committee\b"),
    (PERSON, r"^\s*(?:who|whom|whose)\b|\bwhich (?:councillor|officer|member|person|director|chair)\b|\bname of\b"),
    (DATE, r"^\s*when\b|\bwhat date\b|\bwhich date\b|\bby when\b|\bwhat year\b|\bwhich month\b"),
    (PERCENT, r"\bpercentage\b|\bper ?cent\b|%|\bproportion\b|\bwhat share\b|\brate of\b"),
    (COUNT, r"\bhow many\b|\bnumber of\b"),
    (AMOUNT, r"\bhow much\b|\bhow far (?:over|under)\b|\bhow (?:big|large|high|low)\b|£|"
             rf"\bwhat (?:is|was|were|are)\b[^?]*\b{FINANCE_WORDS}\b|\bwhat {FINANCE_WORDS}\b|"
             rf"^\s*(?:is|was|are|were)\b[^?]*\bexpected to {FINANCE_WORDS}\b|\bexpected to (?:overspend|underspend)\b"),
    (YESNO, r"^\s*(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\b"),
]


PERIOD_RE = re.compile(
    r"\b(?:period|p)\s?(\d{1,2})\b|\b(?:quarter|q)\s?([1-4])\b|\b(20\d{2})\s?[-/]\s?(\d{2}|20\d{2})\b", re.I)
FINAL_RE = re.compile(r"\bend(?:ed|s)? up\b|\bfinal(?:ly)?\b|\bactual(?:ly)?\b|\bin the end\b|\byear[- ]end\b|\boutturn\b")
FORECAST_RE = re.compile(r"\bforecast|\bexpect(?:ed|s)?\b|\bprojected\b|\bpredicted\b|\bon course\b|\blikely\b")
MONTH_YEAR_RE = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+((?:19|20)\d{2})\b", re.I)


@dataclass
class QuestionType:
    """A question's kind, the terms it turns on, and the date or period it names."""

    kind: str
    terms: list[str]
    date: str | None = None  # a full date named: '2017-07-10'
    month: str | None = None  # a month named: '2017-07'
    periods: list[str] = field(default_factory=list)  # 'p2', 'q1', '2016-17'
    latest: bool = False
    finance: bool = False
    stage: str | None = None  # 'final' (outturn, actual, 'end up') or 'forecast' (expected, projected)


def periods(text: str) -> list[str]:
    """Financial periods named in text, normalised: 'Period 2' -> 'p2', 'Quarter 1' -> 'q1', '2016/17' -> '2016-17'."""
    out = []
    for m in PERIOD_RE.finditer(text):
        if m.group(1):
            out.append(f"p{int(m.group(1))}")
        elif m.group(2):
            out.append(f"q{m.group(2)}")
        else:
            end = m.group(4)[-2:]
            if int(end) == (int(m.group(3)) + 1) % 100:
                out.append(f"{m.group(3)}-{end}")
    return out


def classify(question: str) -> QuestionType:
    """Type a question by its form: what it asks for and which meeting or period it names."""
    q = question.lower()
    kind = next((k for k, rx in RULES if re.search(rx, q)), FACT)
    found = find_dates(question)
    full = found[0].iso if found else None
    m = MONTH_YEAR_RE.search(question)
    month = f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}" if m and not full else None
    return QuestionType(
        kind=kind, terms=content_terms(question), date=full, month=month, periods=periods(question),
        latest=bool(re.search(r"\b(?:latest|current|most recent|now|currently|this year)\b", q)),
        finance=bool(re.search(rf"\b{FINANCE_WORDS}\b", q)), stage=stage_of(q))


def stage_of(question: str) -> str | None:
    """Whether a money question asks for the final figure or a forecast (None: either, or both named)."""
    final, forecast = bool(FINAL_RE.search(question)), bool(FORECAST_RE.search(question))
    return "final" if final and not forecast else "forecast" if forecast and not final else None
