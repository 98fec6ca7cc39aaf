"""Extractive answers: the sentence, list point or table cell that answers, with its citation.

Never invented: the answer is always text printed in a paper (or a table cell with its row
and column), and it is withheld (null) when no candidate is confident enough.
"""
from __future__ import annotations

import json
import re

import numpy as np

from indexer import candidates as cands
from indexer import queries
from indexer.question import (
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
    content_terms,
    periods,
)
from indexer.retrieve import UnitTable
from indexer.settings import Settings

TOP_UNITS = 12
DECISION_VERB_RE = re.compile(r"\b(?:NOTED|AGREED|RESOLVED|APPROVED|ENDORSED|ASKED|REVIEWED|ELECTED|"
                              r"RECOMMENDED|CONSIDERED|DISCUSSED)\b|\b(?:agreed|resolved|approved|decided)\b")
YESNO_EVIDENCE = re.compile(r"\b(?:success\w*|unsuccess\w*|awarded|approved|rejected|refused|won|lost|"
                            r"secured|granted|declined|forecasting|forecast|expected|confirmed|completed|"
                            r"achieved|not)\b", re.I)


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


def fits_type(qt: QuestionType, c: cands.Candidate, person_spans: list[tuple[int, int, str]]) -> bool:
    """Does the candidate hold the kind of thing the question asks for?"""
    t = c.text if not c.cells else " ".join(v for _, v in c.cells)
    if qt.kind == AMOUNT:
        return cands.has_money(c.text) or bool(c.cells and any(re.search(r"\d", v) for _, v in c.cells)) \
            or (qt.finance and bool(re.search(r"\b(?:to budget|balanced|break-?even|nil variance|on budget)\b", c.text, re.I)))
    if qt.kind == PERCENT:
        return cands.has_percent(t) or bool(c.cells)
    if qt.kind == COUNT:
        return cands.has_number(t)
    if qt.kind == DATE:
        return cands.has_date(c.text)
    if qt.kind == VOTE:
        return cands.has_vote(c.text)
    if qt.kind == PERSON:
        return any(c.offset <= s and e <= c.offset + len(c.text) + 5 and name not in qt.terms
                   for s, e, name in person_spans)
    if qt.kind == DECISION:
        return c.unit.kind in ("decision", "action") or bool(DECISION_VERB_RE.search(c.text))
    if qt.kind == RECOMMENDATION:
        return c.unit.kind == "recommendation" or "recommend" in c.context.lower()
    if qt.kind == YESNO:
        return bool(YESNO_EVIDENCE.search(c.text))
    return True


def agreement(qt: QuestionType, c: cands.Candidate) -> float:
    """+ when the candidate's meeting, month or period is the one the question names, - when another."""
    score = 0.0
    date = c.unit.meeting_date or ""
    if qt.date:
        score += 0.15 if date == qt.date or qt.date in c.context else -0.15
    if qt.month:
        score += 0.05 if date.startswith(qt.month) else 0.0
    if qt.periods:
        have = set(periods(c.text + " " + c.context + " " + " ".join(h for h, _ in c.cells)))
        if have:
            score += 0.1 if have & set(qt.periods) else -0.1
    return score


def score_candidates(qt: QuestionType, question_vec: np.ndarray, found: list[cands.Candidate],
                     encoder, idf: dict[str, float], default_idf: float) -> list[tuple[float, cands.Candidate]]:
    """Score every candidate: term coverage, semantic similarity, retrieval rank, date agreement."""
    if not found:
        return []
    vecs = encoder.encode([c.label + " " + " ".join(f"{h} {v}" for h, v in c.cells) if c.cells else c.text
                           for c in found])
    sims = vecs @ question_vec
    scored = []
    for c, sim in zip(found, sims):
        cov = coverage(qt.terms, c.text if not c.cells else c.label, c.context, idf, default_idf)
        s = 0.45 * cov + 0.4 * float(sim) + 0.15 / (1 + c.rank) + agreement(qt, c)
        if c.unit.kind in ("decision", "action") and qt.kind in (DECISION, VOTE):
            s += 0.05
        scored.append((s, c))
    scored.sort(key=lambda x: -x[0])
    return scored


def gather(qt: QuestionType, hits: list[tuple[str, float]], table: UnitTable, db) -> tuple[list, dict]:
    """Candidates from the top units; decisions and votes must come from the meeting the question names."""
    units = [table.units[table.by_id[i]] for i, _ in hits[:TOP_UNITS * 3]]
    if qt.kind in (VOTE, DECISION) and qt.date:
        units = [u for u in units if u.meeting_date == qt.date]
    if qt.kind == VOTE:
        units = [u for u in units if u.kind in ("decision", "paragraph")]
    units = units[:TOP_UNITS]
    cites = queries.citations(db, (u.paragraph_id for u in units))
    tables = _tables(db, [u.id for u in units if u.kind == "figure"])
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
        else:
            text = u.text if u.kind in ("recommendation",) else cite.text
            found += cands.text_candidates(u, rank, text, context)
    return found, cites


def _tables(db, row_ids: list[str]) -> dict[str, tuple]:
    ids = sorted({r.rsplit(".", 1)[0] for r in row_ids})
    if not ids:
        return {}
    rows = db.query(f"select id, caption, headers, rows from tables where id in ({','.join('?' * len(ids))})", ids)
    return {r["id"]: (r["caption"], json.loads(r["headers"]), json.loads(r["rows"])) for r in rows}


def _person_spans(db, paragraph_ids: list[str]) -> dict[str, list[tuple[int, int, str]]]:
    out: dict[str, list] = {}
    ids = list(set(paragraph_ids))
    if not ids:
        return out
    for e in db.query(f"select paragraph_id, start, end, norm from entities where label = 'PERSON' and "
                      f"paragraph_id in ({','.join('?' * len(ids))})", ids):
        out.setdefault(e["paragraph_id"], []).append((e["start"], e["end"], e["norm"]))
    return out


def row_answer(qt: QuestionType, c: cands.Candidate) -> str:
    """A table row's answer: its label and the cells the question points at."""
    def cell_score(h: str, v: str) -> float:
        hs = set(content_terms(h))
        s = len(hs & set(qt.terms)) + (0.5 if set(periods(h)) & set(qt.periods) else 0)
        if qt.kind == PERCENT and "%" in v:
            s += 0.5
        if qt.kind == AMOUNT and re.search(r"varian|over|under", h, re.I) and re.search(r"over|under|varian|budget", " ".join(qt.terms)):
            s += 1
        return s

    numeric = [(h, v) for h, v in c.cells if re.search(r"\d", v)] or c.cells
    best = sorted(numeric, key=lambda hv: -cell_score(*hv))[:2]
    return f"{c.label}: " + "; ".join(f"{h} {v}".strip() for h, v in best)


def answer_question(question: str, hits: list[tuple[str, float]], table: UnitTable, db, encoder,
                    settings: Settings) -> dict:
    """The /api/answer body: the best-supported answer or null, with citations, figures, decisions."""
    qt = classify(question)
    found, cites = gather(qt, hits, table, db)
    people = _person_spans(db, [c.unit.paragraph_id for c in found]) if qt.kind == PERSON else {}
    typed = [c for c in found if fits_type(qt, c, people.get(c.unit.paragraph_id, []))]
    idf, default = table.idf
    qvec = encoder.encode([question])[0]
    scored = score_candidates(qt, qvec, typed, encoder, idf, default)
    best = scored[0] if scored else None
    answer = None
    if best and best[0] >= settings.answer_min_confidence:
        s, c = best
        cite = cites[c.unit.paragraph_id]
        text = row_answer(qt, c) if c.cells else c.text
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
    if not pids:
        return []
    rows = list(db.query(f"select * from figures where paragraph_id in ({','.join('?' * len(pids))}) "
                         f"order by id limit 40", pids))
    if answer and answer.get("type") and "\t" in answer["citation"]["text"]:
        label = answer["citation"]["text"].split("\t")[0]
        rows = [r for r in rows if r["label"] == label] or rows
    c = queries.citations(db, [r["paragraph_id"] for r in rows])
    return [queries.figure_dict(r, c.get(r["paragraph_id"])) for r in rows[:20]]


def _decisions(db, hits, table: UnitTable) -> list[dict]:
    pids = [table.units[table.by_id[i]].paragraph_id for i, _ in hits[:TOP_UNITS]]
    ids = [r["id"] for r in db.query(
        f"select id from decisions where paragraph_id in ({','.join('?' * len(pids))})", pids)] if pids else []
    return queries.decisions(db, ids=ids, limit=10) if ids else []
