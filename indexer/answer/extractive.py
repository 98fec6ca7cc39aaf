"""Extractive candidates: the sentences, list points and table rows of the top passages, and how each
reads as an answer (a row by the cells the question points at; a lead-in with its first point)."""
from __future__ import annotations

import re

from indexer.answer import candidates as cands
from indexer.answer.kinds import FORM_RES
from indexer.answer.question import AMOUNT, DECISION, PERCENT, VOTE, QuestionType, periods
from indexer.search import UnitTable, content_terms
from indexer.store import evidence, queries

TOP_UNITS = 12

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
    """A table row's answer: its label and the cells the question points at, best first; for a question
    asking a thing told by its form (what became of a meeting, an address, a room), the cells holding one
    ('Committee on Housing and Buildings: Meeting Time Deferred')."""
    form = FORM_RES.get(qt.kind)
    shaped = [(h, v) for h, v in c.cells if form.search(v)] if form else []
    numeric = shaped or [(h, v) for h, v in c.cells if re.search(r"\d", v)] or c.cells
    best = sorted(numeric, key=lambda hv: -cell_score(qt, *hv))[:2]
    return f"{c.label}: " + "; ".join(f"{h} {v}".strip() for h, v in best)



def with_point(c: cands.Candidate, pool: list[cands.Candidate]) -> str:
    """A lead-in ending in ':' answers together with the first point it introduces."""
    if not c.text.endswith(":"):
        return c.text
    after = sorted((x for x in pool if x.unit is c.unit and x.offset > c.offset), key=lambda x: x.offset)
    return f"{c.text} {after[0].text}" if after else c.text


