"""The few explainable features an answer's confidence is computed from (`model.AnswerModel`).

type     the candidate holds the kind of thing asked for, beyond what the question itself names (a
         date other than the question's, an amount, a person not named in it, a vote ...)
record   it is read from a stored record (a meeting's chair, a decision's vote), not a sentence
cover    IDF-weighted share of the question's topic words in the candidate (what it sits under counts
         half); the topic is the question without the council, the dates and the meeting it names,
         which every passage of that meeting shares
near     the same share within a few words of a thing of the kind asked for (an amount, a date, a
         name ...) in the candidate: 'Hired Transport, overspend £3.074m' for 'How far over budget did
         hired transport end up?' (0 for a question of no such kind); of the topic words its heading
         does not already name
para     the same share over the whole paragraph the candidate sits in (a short sentence such as 'This
         was unanimously agreed.' answers through its paragraph)
before   the same share in the sentence just before it (the question's words in one sentence, the
         answer in the next: '... the NALC revised financial regulations ...' 'It was therefore resolved ...')
named    share of the question's named things (capitalised words, numbers) in the candidate, the
         council's name and the dates left out likewise
novel    how much the candidate says beyond the question: its content words that the question does
         not use, up to ten (a heading that repeats the question says nothing)
sim      cosine of the question and the candidate's text
psim     cosine of the question and the candidate's passage (the search unit it comes from)
rank     1 / (1 + the rank of its passage in the retrieval)
date     +1 its meeting is the one the question dates (day, else month) or it names that date itself, -1
         another meeting's, 0 not dated
when     1 it names, in its own words or the sentence before them, the date (or month) the question names:
         '1/7/2015' for '1 July 2015'
period   +1 it names the financial period the question names, -1 only others, 0 neither
stage    -1 a forecast when the question asks what a figure ended up at, or the other way round
council  +1 its council is the one the question names, -1 another, 0 not named
leadin   the candidate is a lead-in ending in ':' (it says what follows, not the answer)
decided  1 the question asks what was decided or agreed ('How did the council decide to tackle ...') and
         the candidate says what was agreed, resolved or decided (the description before it does not)
title    the candidate is a title, not a statement: a short line of capitalised words without a full stop
         ('9665 WILSHIRE BOULEVARD Conditional Use Permit', 'Planning Commission Meeting Agenda'); it names
         what a passage is about, the answer is in what follows (0 for a record or a table row)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.answer.candidates import (
    CODE_RE,
    DATE_ANY_RE,
    EMAIL_RE,
    FIRM_RE,
    MEASURE_RE,
    MONEY_RE,
    MONTH_HEADER_RE,
    NUMBER_RE,
    OUTCOME_RE,
    PERCENT_RE,
    PHONE_RE,
    PLACE_RE,
    TIME_RE,
    VOTE_RE,
    WEB_RE,
    Candidate,
    header_month,
)
from indexer.answer.question import QuestionType, periods
from indexer.search import Scope, content_terms, stem
from models.dates import find_dates, undated_days, undated_months

FEATURES = ("type", "record", "cover", "near", "para", "before", "named", "novel", "sim", "psim", "rank", "date", "when",
            "period", "stage", "council", "leadin", "title", "decided")
NAMED_RE = re.compile(r"\b(?:[A-Z][\w’'&-]*[A-Za-z]|\d[\d,./-]*\d|\d)\b")
QUESTION_WORDS = {"Who", "What", "When", "Where", "Which", "How", "Why", "Did", "Does", "Do", "Is", "Was", "Were",
                  "Are", "Has", "Have", "Had", "Will", "Would", "Can", "Could", "Should", "The", "A", "An", "In", "On",
                  "At", "By", "For", "Of", "To"}
MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"}
NOVEL_CAP = 10


@dataclass
class Asked:
    """What a question asks, as the features read it: its type, scope, topic words and named things."""

    qt: QuestionType
    scope: Scope
    topic: list[str]  # content terms without the council, dates and meeting words
    named: set[str]  # named things without the council and dates
    words: set[str]  # every content term of the question
    idf: dict[str, float]
    default: float


def asked(question: str, qt: QuestionType, scope: Scope, idf: dict[str, float], default: float) -> Asked:
    """The question as the features read it."""
    where = scope_words(scope)
    topic = [t for t in qt.terms if t not in where]
    named = {w for w in named_things(question) if w not in where and w not in MONTH_WORDS}
    return Asked(qt, scope, topic or qt.terms, named, set(qt.terms), idf, default)


def scope_words(scope: Scope) -> set[str]:
    """The terms of the council and the date a question names: shared by every passage of that meeting."""
    words: set[str] = set()
    if scope.council:
        words |= set(content_terms(scope.council)) | set(re.findall(r"[a-z0-9]+", scope.council.lower()))
    for iso in filter(None, [scope.date, scope.month]):
        parts = iso.split("-")
        words |= {parts[0], *(stem(m) for m in MONTH_WORDS)}
        if len(parts) == 3:
            words |= {str(int(parts[2])), parts[2]}
    return words


def coverage(terms: list[str], text: str, context: str, idf: dict[str, float], default: float) -> float:
    """IDF-weighted share of the question's terms found in the candidate (context counts half)."""
    if not terms:
        return 0.0
    in_text, in_ctx = set(content_terms(text)), set(content_terms(context))
    total = got = 0.0
    for t in set(terms):
        w = idf.get(t, default)
        total += w
        got += w if t in in_text else (0.5 * w if t in in_ctx else 0.0)
    return got / total if total else 0.0


def named_things(question: str) -> set[str]:
    """The capitalised words and numbers a question names ('Hired', 'Transport', '2016-17'), lower-case."""
    return {w.lower() for w in NAMED_RE.findall(question) if w not in QUESTION_WORDS}


def named_share(named: set[str], text: str) -> float:
    """Share of the named things the text holds."""
    if not named:
        return 0.0
    low = text.lower()
    return sum(1 for w in named if w in low) / len(named)


def novelty(words: set[str], text: str) -> float:
    """Share of NOVEL_CAP filled by the distinct content words of `text` the question does not use."""
    return min(NOVEL_CAP, len(set(content_terms(text)) - words)) / NOVEL_CAP


def date_feature(qt: QuestionType, c: Candidate) -> float:
    """+1 the candidate's meeting (or a month it names) is the one the question dates, or it names that
    date itself (a calendar's row, 'paid to HMRC on 1/7/2015'); -1 another meeting's, naming no such date."""
    if when_feature(qt, c):
        return 1.0
    date = c.unit.meeting_date or ""
    if qt.date:
        return 1.0 if date == qt.date or qt.date in c.context else (-1.0 if date else 0.0)
    if qt.month:
        months = {header_month(h) for h, _ in c.cells} | {header_month(m.group(0))
                                                            for m in MONTH_HEADER_RE.finditer(c.text)}
        return 1.0 if date.startswith(qt.month) or qt.month in months else (-1.0 if date else 0.0)
    return 0.0


NEAR_WORDS = 8
NAME_RE = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Councilmember|Mayor)\.?\s+)?[A-Z][a-z’'-]+"
                     r"(?:\s+(?:[A-Z]\.?\s+)*[A-Z][a-z’'-]+)+")
KIND_SPANS = {"amount": (MONEY_RE,), "percent": (PERCENT_RE,), "count": (NUMBER_RE,), "date": (DATE_ANY_RE, TIME_RE),
              "person": (NAME_RE,), "vote": (NUMBER_RE, VOTE_RE), "email": (EMAIL_RE,), "phone": (PHONE_RE,),
              "web": (WEB_RE,), "measure": (MEASURE_RE,), "firm": (FIRM_RE,), "place": (PLACE_RE,), "code": (CODE_RE,),
              "outcome": (OUTCOME_RE,)}


def nearness(a: Asked, text: str, given: str = "") -> float:
    """The IDF-weighted share of the topic words within NEAR_WORDS words of a span of the kind asked for;
    topic words that what it sits under (`given`: its heading) already names are left out (all count when
    it names them all), so a long question's setting does not drown the few words that say what is asked
    ('proposals due by January 13, 2023' under 'Solid Waste and Recycling Collection Services')."""
    patterns = KIND_SPANS.get(a.qt.kind)
    if not patterns or not a.topic:
        return 0.0
    known = set(content_terms(given))
    rest = [t for t in a.topic if t not in known] or a.topic
    words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", text)]
    best = 0.0
    for rx in patterns:
        for m in rx.finditer(text):
            if m.group(0).lower() in a.qt.text.lower():
                continue  # a thing the question itself names is not the answer
            at = [i for i, (s, e, _) in enumerate(words) if s < m.end() and e > m.start()]
            if not at:
                continue
            window = " ".join(w for _, _, w in words[max(0, at[0] - NEAR_WORDS):at[-1] + NEAR_WORDS + 1])
            best = max(best, coverage(rest, window, "", a.idf, a.default))
    return best


def when_feature(qt: QuestionType, c: Candidate) -> float:
    """1 when the candidate's own text, or the sentence just before it ('On the 23 February the care awards
    took place. An award was given to ...'), names the question's date (either way round) or month, with
    its year or without it about its meeting's date ('in November' in a January report, '10th April' in
    a March agenda)."""
    if not (qt.date or qt.month):
        return 0.0
    text = " ".join([c.before, c.text, *(f"{h} {v}" for h, v in c.cells)])
    isos = {d.iso for first in (True, False) for d in find_dates(text, dayfirst=first)}
    around = c.unit.meeting_date or ""
    if qt.date:
        return 1.0 if qt.date in isos or qt.date in undated_days(text, around) else 0.0
    months = {i[:7] for i in isos} | {header_month(m.group(0)) for m in MONTH_HEADER_RE.finditer(text)}
    return 1.0 if qt.month in months | undated_months(text, around) else 0.0


def stage_agreement(qt: QuestionType, c: Candidate) -> float:
    """- for a forecast when the question asks what the figure ended up at, and the other way round.

    A table row is judged by its column headers ('Forecast Outturn £m' against 'Outturn £m'), a
    sentence by its own words."""
    if qt.stage is None:
        return 0.0
    words = " ".join(h for h, _ in c.cells) if c.cells else c.text
    forecast = bool(re.search(r"\bforecast|\bprojected\b|\bexpected\b", words, re.I))
    final = bool(re.search(r"\boutturn\b|\bactual\b|\bfinal\b|\byear[- ]end\b", words, re.I))
    if qt.stage == "final" and forecast:
        return -1.0
    if qt.stage == "forecast" and final and not forecast:
        return -1.0
    return 0.0


def period_feature(qt: QuestionType, c: Candidate) -> float:
    """+1 the candidate names a financial period the question names, -1 only others."""
    if not qt.periods:
        return 0.0
    have = set(periods(c.text + " " + c.context + " " + " ".join(h for h, _ in c.cells)))
    return (1.0 if have & set(qt.periods) else -1.0) if have else 0.0


def council_feature(scope: Scope, c: Candidate) -> float:
    council = getattr(c.unit, "council", "") or ""
    if not scope.council or not council:
        return 0.0
    return 1.0 if council == scope.council else -1.0


def features(a: Asked, c: Candidate, sim: float, fits: bool, passage: str, psim: float) -> dict[str, float]:
    """The feature values of one candidate, read in its passage (`passage`, the paragraph's text and
    title, and `psim`, its cosine with the question)."""
    words = c.text if not c.cells else " ".join([c.label] + [f"{h} {v}" for h, v in c.cells])
    said = c.answer or words
    return {
        "type": 1.0 if fits else 0.0,
        "record": 1.0 if c.record else 0.0,
        "cover": coverage(a.topic, words, c.context, a.idf, a.default),
        "near": nearness(a, words if not c.cells else f"{words} {c.context}", "" if c.cells else c.context),
        "para": coverage(a.topic, f"{words} {passage}", c.context, a.idf, a.default),
        "before": coverage(a.topic, c.before, "", a.idf, a.default) if c.before else 0.0,
        "named": named_share(a.named, f"{words} {c.context}"),
        "novel": novelty(a.words, said),
        "sim": float(sim),
        "psim": float(psim),
        "rank": 1.0 / (1 + c.rank),
        "date": date_feature(a.qt, c),
        "when": when_feature(a.qt, c),
        "period": period_feature(a.qt, c),
        "stage": stage_agreement(a.qt, c),
        "council": council_feature(a.scope, c),
        "leadin": 1.0 if c.text.rstrip().endswith(":") and not c.record else 0.0,
        "title": 1.0 if not c.record and not c.cells and title_like(c.text) else 0.0,
        "decided": 1.0 if a.qt.decides and DECIDED_RE.search(said) else 0.0,
    }


DECIDED_RE = re.compile(r"\b(?:agreed|resolved|decided|approved|adopted|carried|determined|accepted|refused|rejected|"
                        r"endorsed|unanimously)\b", re.I)


TITLE_WORDS = 12
SMALL_WORDS = {"of", "the", "and", "for", "to", "in", "on", "at", "a", "an", "with", "by", "or", "&", "-", "–"}


def title_like(text: str) -> bool:
    """A title rather than a statement: at most TITLE_WORDS words, in capitals, or most of them capitalised
    (small words aside) with no full stop at the end."""
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    if not words or len(words) > TITLE_WORDS:
        return False
    if text.isupper():
        return True
    big = [w for w in words if w.lower() not in SMALL_WORDS]
    capitalised = sum(w[0].isupper() for w in big) / max(1, len(big))
    return capitalised >= 0.6 and not re.search(r"[.!?]$", text.strip())
