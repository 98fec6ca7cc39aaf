"""Extractive answers: the sentence, list point or table cell that answers, with its citation.

Never invented: the answer is always text printed in a paper (or a table cell with its row
and column), and it is withheld (null) when no candidate is confident enough.
"""
from __future__ import annotations

import re

import numpy as np

from indexer.answer import candidates as cands
from indexer.answer.question import (
    AMOUNT,
    COUNT,
    DATE,
    DECISION,
    PERCENT,
    PERSON,
    RECOMMENDATION,
    VOTE,
    YESNO,
    QuestionType,
    classify,
    periods,
)
from indexer.search import UnitTable, content_terms
from indexer.settings import Settings
from indexer.store import evidence, queries

TOP_UNITS = 12
MAX_CANDIDATES = 48  # sentences and rows scored semantically per question
DECISION_VERB_RE = re.compile(r"\b(?:NOTED|AGREED|RESOLVED|APPROVED|ENDORSED|ASKED|REVIEWED|ELECTED|"
                              r"RECOMMENDED|CONSIDERED|DISCUSSED)\b|\b(?:agreed|resolved|approved|decided)\b")
YESNO_EVIDENCE = re.compile(r"\b(?:success\w*|unsuccess\w*|awarded|approved|rejected|refused|won|lost|"
                            r"secured|granted|declined|forecasting|forecast|expected|confirmed|completed|"
                            r"achieved|not)\b", re.I)


HEDGED = re.compile(r"\b(?:if|whether|would|could|awaiting|to be confirmed|unknown|not yet known|may|"
                    r"might)\b", re.I)


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


MONEY_HEADER = re.compile(r"£|\b(?:budget|spend|cost|forecast|variance|outturn|income|expenditure|savings?)\b", re.I)


def row_words(c: cands.Candidate) -> str:
    """The words of a table row: its label and its text cells, without the figures."""
    return " ".join([c.label] + [v for _, v in c.cells if re.search(r"[A-Za-z]{3,}", v)])


def fits_type(qt: QuestionType, c: cands.Candidate, person_spans: list[tuple[int, int, str]]) -> bool:
    """Does the candidate hold the kind of thing the question asks for?"""
    t = c.text if not c.cells else " ".join(v for _, v in c.cells)
    if qt.kind == AMOUNT:
        money_row = bool(c.cells) and bool(MONEY_HEADER.search(c.context + " " + " ".join(h + v for h, v in c.cells)))
        return (cands.has_money(c.text) and not c.cells) or money_row \
            or (qt.finance and bool(re.search(r"\b(?:to budget|balanced|break-?even|nil variance|on budget)\b", c.text, re.I)))
    if qt.kind == PERCENT:
        return cands.has_percent(t) or bool(c.cells)
    if qt.kind == COUNT:
        return cands.has_number(t)
    if qt.kind == DATE:
        return not c.cells and cands.has_date(c.text)
    if qt.kind == VOTE:
        return cands.has_vote(c.text)
    if qt.kind == PERSON:
        return any(c.offset <= s and e <= c.offset + len(c.text) + 5 and name not in qt.terms
                   for s, e, name in person_spans)
    if qt.kind == DECISION:
        return c.unit.kind in ("decision", "action") or c.decided or bool(DECISION_VERB_RE.search(c.text))
    if qt.kind == RECOMMENDATION:
        return c.unit.kind == "recommendation" or c.recommended or "recommend" in c.context.lower()
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


def agreement(qt: QuestionType, c: cands.Candidate) -> float:
    """+ when the candidate's meeting, month or period is the one the question names, - when another."""
    score = 0.0
    date = c.unit.meeting_date or ""
    if qt.date:
        score += 0.15 if date == qt.date or qt.date in c.context else -0.15
    if qt.month:
        months = {cands.header_month(h) for h, _ in c.cells}
        named = {cands.header_month(m.group(0)) for m in cands.MONTH_HEADER_RE.finditer(c.text)}
        score += 0.05 if date.startswith(qt.month) or qt.month in months else 0.0
        score += 0.1 if qt.month in named else 0.0
    if qt.periods:
        have = set(periods(c.text + " " + c.context + " " + " ".join(h for h, _ in c.cells)))
        if have:
            score += 0.1 if have & set(qt.periods) else -0.1
    return score + stage_agreement(qt, c)


def stage_agreement(qt: QuestionType, c: cands.Candidate) -> float:
    """- for a forecast when the question asks what the figure ended up at, and the other way round.

    A table row is judged by its column headers ('Forecast Outturn £m' against 'Outturn £m'), a
    sentence by its own words."""
    if qt.stage is None:
        return 0.0
    words = " ".join(h for h, _ in c.cells) if c.cells else c.text
    forecast = bool(re.search(r"\bforecast|\bprojected\b|\bexpected\b", words, re.I))
    final = bool(re.search(r"\boutturn\b|\bactual\b|\bfinal\b|\byear[- ]end\b", words, re.I))
    if qt.stage == "final" and forecast:
        return -0.1
    if qt.stage == "forecast" and final and not forecast:
        return -0.1
    return 0.0


def score_candidates(qt: QuestionType, question_vec: np.ndarray, found: list[cands.Candidate],
                     encoder, idf: dict[str, float], default_idf: float) -> list[tuple[float, cands.Candidate]]:
    """Score every candidate: term coverage, semantic similarity, retrieval rank, date agreement."""
    if not found:
        return []
    if len(found) > MAX_CANDIDATES:  # keep the encoder's work bounded: cheap score first
        found = sorted(found, key=lambda c: -(coverage(qt.terms, c.text if not c.cells else row_words(c),
                                                       c.context, idf, default_idf) + 0.3 / (1 + c.rank)))
        found = found[:MAX_CANDIDATES]
    vecs = encoder.encode([c.label + " " + " ".join(f"{h} {v}" for h, v in c.cells) if c.cells else c.text
                           for c in found])
    sims = vecs @ question_vec
    scored = []
    for c, sim in zip(found, sims):
        cov = coverage(qt.terms, c.text if not c.cells else row_words(c), c.context, idf, default_idf)
        s = 0.45 * cov + 0.4 * float(sim) + 0.15 / (1 + c.rank) + agreement(qt, c)
        if c.unit.kind in ("decision", "action") and qt.kind in (DECISION, VOTE):
            s += 0.05
        if qt.kind == AMOUNT and VARIANCE_TERMS & set(qt.terms) and re.search(
                r"varian|overspen|underspen|over budget|under budget", c.text if not c.cells else c.context, re.I):
            s += 0.1
        if c.text.endswith(":") and qt.kind != VOTE:
            s -= 0.25  # a lead-in says what follows, not the answer itself
        scored.append((s, c))
    scored.sort(key=lambda x: -x[0])
    return scored


def gather(qt: QuestionType, hits: list[tuple[str, float]], table: UnitTable, db) -> tuple[list, dict]:
    """Candidates from the top units; decisions and votes must come from the meeting the question names."""
    units = [table.units[table.by_id[i]] for i, _ in hits[:TOP_UNITS * 3]]
    if qt.kind in (VOTE, DECISION) and (qt.date or qt.month):  # what one meeting did: that meeting only
        units = [u for u in units if u.meeting_date == qt.date or (qt.month and u.meeting_date.startswith(qt.month))]
    decided = evidence.decided_paragraphs(db, [u.paragraph_id for u in units])
    if qt.kind == VOTE:
        units = [u for u in units if decided.get(u.paragraph_id)]
    units = units[:TOP_UNITS]
    cites = queries.citations(db, (u.paragraph_id for u in units))
    tables = evidence.tables(db, {u.id.rsplit(".", 1)[0] for u in units if u.kind == "figure"})
    found: list[cands.Candidate] = []
    for rank, u in enumerate(units):
        cite = cites.get(u.paragraph_id)
        if cite is None:
            continue
        context = " ".join(filter(None, [cite.title, u.title]))
        if u.kind == "figure" and u.id.rsplit(".", 1)[0] in tables:
            caption, headers, rows = tables[u.id.rsplit(".", 1)[0]]
            n = int(u.id.rsplit("row", 1)[-1]) - 1
            if 0 <= n < len(rows):
                found.append(cands.row_candidate(u, rank, caption, headers, rows[n]))
                found += cands.cell_sentences(u, rank, rows[n], context)
            continue
        if u.kind == "recommendation":
            found.append(cands.recommendation_candidate(u, rank, cite.text, context))
        else:
            found += cands.text_candidates(u, rank, cite.text, context)
    recommended = evidence.recommendation_paragraphs(db, [c.unit.paragraph_id for c in found])
    for c in found:
        c.decided = c.unit.paragraph_id in decided
        c.recommended = c.unit.paragraph_id in recommended
    return found, cites


VARIANCE_TERMS = {"over", "under", "overspend", "underspend", "varianc", "far", "deficit", "surplus"}


def cell_score(qt: QuestionType, header: str, value: str) -> float:
    """How well a column answers the question: its words, its month or period, its kind of number."""
    hs = set(content_terms(header))
    s = float(len(hs & set(qt.terms)))
    if set(periods(header)) & set(qt.periods):
        s += 0.5
    if qt.month and cands.header_month(header) == qt.month:
        s += 2
    if qt.kind == PERCENT and "%" in value:
        s += 0.5
    if qt.kind == AMOUNT and VARIANCE_TERMS & set(qt.terms):
        s += 2 if re.search(r"varian", header, re.I) else (1 if re.search(r"over|under", header, re.I) else 0)
        s += 1.2 if value.endswith("%") else 0  # the variance as a share of budget goes with it
    if re.search(r"\b(?:actual|previous|prior|last year)\b", header, re.I) and not hs & set(qt.terms):
        s -= 0.5
    return s


def row_answer(qt: QuestionType, c: cands.Candidate) -> str:
    """A table row's answer: its label and the cells the question points at, best first."""
    numeric = [(h, v) for h, v in c.cells if re.search(r"\d", v)] or c.cells
    best = sorted(numeric, key=lambda hv: -cell_score(qt, *hv))[:2]
    return f"{c.label}: " + "; ".join(f"{h} {v}".strip() for h, v in best)


def with_point(c: cands.Candidate, pool: list[cands.Candidate]) -> str:
    """A lead-in ending in ':' answers together with the first point it introduces."""
    if not c.text.endswith(":"):
        return c.text
    after = sorted((x for x in pool if x.unit is c.unit and x.offset > c.offset), key=lambda x: x.offset)
    return f"{c.text} {after[0].text}" if after else c.text


def answer_question(question: str, hits: list[tuple[str, float]], table: UnitTable, db, encoder,
                    settings: Settings) -> dict:
    """The /api/answer body: the best-supported answer or null, with citations, figures, decisions."""
    qt = classify(question)
    found, cites = gather(qt, hits, table, db)
    people = evidence.person_spans(db, [c.unit.paragraph_id for c in found]) if qt.kind == PERSON else {}
    typed = [c for c in found if fits_type(qt, c, people.get(c.unit.paragraph_id, []))
             and not years_clash(qt, c)]
    idf, default = table.idf
    qvec = encoder.encode([question])[0]
    scored = score_candidates(qt, qvec, typed, encoder, idf, default)
    best = scored[0] if scored else None
    answer = None
    if best and best[0] >= settings.answer_min_confidence:
        s, c = best
        cite = cites[c.unit.paragraph_id]
        text = row_answer(qt, c) if c.cells else with_point(c, typed + found)
        cited = c.unit.cite_text or cite.text
        answer = {"text": text, "confidence": round(min(1.0, s), 3),
                  "citation": {**cite.to_dict(), "text": cited},
                  "span": [c.offset, c.offset + len(c.text)] if c.offset >= 0 and not c.cells else None,
                  "type": qt.kind}
    return {"query": question, "answer": answer,
            "citations": _citations(answer, hits, table, cites, db),
            "figures": _figures(db, answer, hits, table),
            "decisions": _decisions(db, hits, table)}


def _citations(answer: dict | None, hits, table: UnitTable, cites: dict, db, n: int = 10) -> list[dict]:
    units = [table.units[table.by_id[i]] for i, _ in hits[:n]]
    more = queries.citations(db, [u.paragraph_id for u in units if u.paragraph_id not in cites])
    cites = {**cites, **more}
    out = [answer["citation"]] if answer else []
    for u in units:
        c = cites.get(u.paragraph_id)
        if c is None:
            continue
        d = {**c.to_dict(), "text": u.cite_text or c.text, "kind": u.kind}
        if not any(x["paragraph_id"] == d["paragraph_id"] and x["text"] == d["text"] for x in out):
            out.append(d)
    return out[:n]


def _figures(db, answer: dict | None, hits, table: UnitTable) -> list[dict]:
    pids = [answer["citation"]["paragraph_id"]] if answer else []
    pids += [table.units[table.by_id[i]].paragraph_id for i, _ in hits[:3]]
    pids = list(dict.fromkeys(pids))
    rows = evidence.figure_rows(db, pids)
    if answer and answer.get("type") and "\t" in answer["citation"]["text"]:
        label = answer["citation"]["text"].split("\t")[0]
        rows = [r for r in rows if r["label"] == label] or rows
    c = queries.citations(db, [r["paragraph_id"] for r in rows])
    return [queries.figure_dict(r, c.get(r["paragraph_id"])) for r in rows[:20]]


def _decisions(db, hits, table: UnitTable) -> list[dict]:
    pids = [table.units[table.by_id[i]].paragraph_id for i, _ in hits[:TOP_UNITS]]
    ids = evidence.decision_ids(db, pids)
    return queries.decisions(db, ids=ids, limit=10) if ids else []
