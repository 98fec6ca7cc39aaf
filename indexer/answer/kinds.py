"""Whether a candidate holds the kind of thing a question asks for, and names the right year and stage."""
from __future__ import annotations

import re

from indexer.answer import candidates as cands
from indexer.answer.features import coverage
from indexer.answer.question import (
    AMOUNT,
    CODE,
    COUNT,
    DATE,
    DECISION,
    EMAIL,
    FIRM,
    MEASURE,
    OUTCOME,
    PERCENT,
    PERSON,
    PHONE,
    PLACE,
    RECOMMENDATION,
    VOTE,
    WEB,
    YESNO,
    QuestionType,
    periods,
)

DECISION_VERB_RE = re.compile(r"\b(?:NOTED|AGREED|RESOLVED|APPROVED|ENDORSED|ASKED|REVIEWED|ELECTED|"
                              r"RECOMMENDED|CONSIDERED|DISCUSSED)\b|\b(?:agreed|resolved|approved|decided)\b")
YESNO_EVIDENCE = re.compile(r"\b(?:success\w*|unsuccess\w*|awarded|approved|rejected|refused|won|lost|"
                            r"secured|granted|declined|forecasting|forecast|expected|confirmed|completed|"
                            r"achieved|not|cancel+ed|postponed|deferred|rescheduled|withdrawn)\b", re.I)


HEDGED = re.compile(r"\b(?:if|whether|would|could|awaiting|to be confirmed|unknown|not yet known|may|"
                    r"might)\b", re.I)


MONEY_HEADER = re.compile(r"£|\b(?:budget|spend|cost|forecast|variance|outturn|income|expenditure|savings?)\b", re.I)


# Kinds told by a form in the text: an email address, a phone number, a website, a measure, a firm, a place, an
# online meeting's code, what became of an item.
FORM_RES = {EMAIL: cands.EMAIL_RE, PHONE: cands.PHONE_RE, WEB: cands.WEB_RE, MEASURE: cands.MEASURE_RE,
            FIRM: cands.FIRM_RE, PLACE: cands.PLACE_RE, CODE: cands.CODE_RE, OUTCOME: cands.OUTCOME_RE}


def fits_type(qt: QuestionType, c: cands.Candidate, person_spans: list[tuple[int, int, str]]) -> bool:
    """Does the candidate hold the kind of thing the question asks for?"""
    t = c.text if not c.cells else " ".join(v for _, v in c.cells)
    if qt.kind == AMOUNT:
        money_row = bool(c.cells) and bool(MONEY_HEADER.search(c.context + " " + " ".join(h + v for h, v in c.cells)))
        return (cands.has_money(c.text, qt.text) and not c.cells) or money_row \
            or (qt.finance and bool(re.search(r"\b(?:to budget|balanced|break-?even|nil variance|on budget)\b", c.text, re.I)))
    if qt.kind == PERCENT:
        return cands.has_percent(t) or bool(c.cells)
    if qt.kind == COUNT:
        return cands.has_number(t, qt.text)
    if qt.kind == DATE:
        return cands.has_date(t, qt.text)
    if qt.kind == VOTE:
        return cands.has_vote(c.text)
    if qt.kind == PERSON:
        return any(c.offset <= s and e <= c.offset + len(c.text) + 5 and name not in qt.terms
                   for s, e, name in person_spans)
    if qt.kind == DECISION:
        return c.unit.kind in ("decision", "action") or c.decided or bool(DECISION_VERB_RE.search(c.text))
    if qt.kind == RECOMMENDATION:
        return c.unit.kind == "recommendation" or c.recommended or "recommend" in c.context.lower()
    if qt.kind in FORM_RES:
        return bool(FORM_RES[qt.kind].search(t))
    if qt.kind == YESNO:
        return bool(YESNO_EVIDENCE.search(c.text)) and not HEDGED.search(c.text) \
            and coverage(qt.terms, c.text, "", {}, 1.0) >= 0.6
    return True


def years_clash(qt: QuestionType, c: cands.Candidate) -> bool:
    """The question names a financial year and the candidate names only other years."""
    want = {p for p in qt.periods if "-" in p}
    if not want:
        return False
    have = {p for p in periods(c.text + " " + c.context + " " + " ".join(h for h, _ in c.cells)) if "-" in p}
    return bool(have) and not (have & want)
