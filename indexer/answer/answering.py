"""Cited answers: a record's field where the store holds what is asked, else the sentence, list point
or table cell that says it, with its citation.

Never invented: the answer is a record read from a paper or text printed in one, and it is withheld
(null, with a note of what was found) when the model of `model.py` is not sure enough of the best
candidate.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from indexer.answer import abstain, extractive, records
from indexer.answer import candidates as cands
from indexer.answer.features import asked, coverage, features
from indexer.answer.kinds import fits_type, years_clash
from indexer.answer.model import AnswerModel, choose_answer
from indexer.answer.question import (
    AMOUNT,
    CODE,
    DATE,
    EMAIL,
    MEASURE,
    PERCENT,
    PERSON,
    PHONE,
    WEB,
    QuestionType,
    classify,
)
from indexer.search import Scope, UnitTable
from indexer.store import evidence, queries

MAX_CANDIDATES = 48  # sentences and rows scored semantically per question


@dataclass
class Ranked:
    """A question's candidates with their features, the citations of their passages, which candidates
    are not about what the question names (`blocked`, by index), and a council it names that the
    index does not hold."""

    items: list[tuple[dict, cands.Candidate]]
    cites: dict
    blocked: set[int] = field(default_factory=set)
    unknown: str | None = None


def rank_candidates(question: str, qt: QuestionType, scope: Scope, hits: list[tuple[str, float]],
                    table: UnitTable, db, encoder) -> Ranked:
    """Every candidate answer with its features, and the citations of the passages they come from."""
    found, cites = extractive.gather(qt, hits, table, db)
    people = evidence.person_spans(db, [c.unit.paragraph_id for c in found]) if qt.kind == PERSON else {}
    idf, default = table.idf
    found = [c for c in found if not years_clash(qt, c)]
    fits = {id(c): fits_type(qt, c, people.get(c.unit.paragraph_id, [])) for c in found}
    if len(found) > MAX_CANDIDATES:  # keep the encoder's work bounded: cheap score first
        found = sorted(found, key=lambda c: -(fits[id(c)] + coverage(qt.terms, c.text, c.context, idf, default)
                                               + 0.3 / (1 + c.rank)))[:MAX_CANDIDATES]
    held = records.record_candidates(qt, scope, hits, table, db, idf, default)
    missing = [c.unit.paragraph_id for c in held if c.unit.paragraph_id not in cites]
    cites = {**cites, **queries.citations(db, missing)}
    qvec = encoder.encode([question])[0]
    sims = _similarities(found, table, qvec, encoder)
    sims += [_unit_similarity(c.unit.paragraph_id, table, qvec) for c in held]
    a = asked(question, qt, scope, idf, default)
    ranked = []
    # a record holds the kind asked by construction; a sentence's fit was read above (by object: the candidates
    # cut from `found` are gone, and an id of theirs may be a record's now)
    kinds_fit = [fits[id(c)] for c in found] + [True] * len(held)
    for c, sim, fit in zip(found + held, sims, kinds_fit, strict=True):
        cite = cites.get(c.unit.paragraph_id)
        passage = f"{cite.text} {cite.title or ''}" if cite else ""
        psim = _unit_similarity(c.unit.id if c.unit.id in table.by_id else c.unit.paragraph_id, table, qvec)
        ranked.append((features(a, c, sim, fit, passage, psim), c))
    blocked = {i for i, (_, c) in enumerate(ranked) if abstain.mismatch(a, c)}
    unknown = None if scope.council else abstain.unknown_council(question, table.councils)
    return Ranked(ranked, cites, blocked, unknown)


def _similarities(found: list[cands.Candidate], table: UnitTable, qvec: np.ndarray, encoder) -> list[float]:
    """The cosine of the question and each candidate: from its unit's stored vector when the candidate is
    the unit's whole text (a one-sentence paragraph, a list line), else encoded, each distinct text once."""
    texts = [_encoded(c) for c in found]
    stored = {t: table.stored_vector(c.unit.id) for c, t in zip(found, texts) if t == c.unit.text}
    vecs = {t: v for t, v in stored.items() if v is not None}
    todo = list(dict.fromkeys(t for t in texts if t not in vecs))
    if todo:
        vecs.update(zip(todo, encoder.encode(todo)))
    return [float(vecs[t] @ qvec) for t in texts]


def _encoded(c: cands.Candidate) -> str:
    return c.label + " " + " ".join(f"{h} {v}" for h, v in c.cells) if c.cells else c.text


def _unit_similarity(unit_id: str, table: UnitTable, qvec: np.ndarray) -> float:
    """The cosine of the question and a search unit (0 when it is none)."""
    i = table.by_id.get(unit_id)
    if i is None:
        return 0.0
    row = table.rows[i] if table.rows is not None else i
    return float(table.matrix[row] @ qvec)


def answer_text(qt: QuestionType, c: cands.Candidate, pool: list[cands.Candidate]) -> str:
    """What the answer says: a record's phrase, a row's cells, a sentence (with its point after a lead-in)."""
    if c.answer:
        return c.answer
    return extractive.row_answer(qt, c) if c.cells else extractive.with_point(c, pool)


TYPED_VALUES = {AMOUNT: (cands.MONEY_RE,), PERCENT: (cands.PERCENT_RE,), DATE: (cands.DATE_ANY_RE, cands.TIME_RE),
                EMAIL: (cands.EMAIL_RE,), PHONE: (cands.PHONE_RE,), WEB: (cands.WEB_RE,), MEASURE: (cands.MEASURE_RE,),
                CODE: (cands.CODE_RE,)}


def answer_keys(qt: QuestionType, text: str) -> list[str]:
    """What an answer says, for pooling the candidates that say the same: for a question asking an
    amount, a percentage, a date, a measure, an email address, a phone number, a website or a meeting ID, each
    value of that kind it gives beyond the question's own ('£9.629m'
    in the minute and '£m 3.074' in the report's table, `cands.value_key`; a sentence giving '£7.2m
    against a target of £10.926m' says both); else its words, case and spacing aside."""
    found: set[str] = set()
    for rx in TYPED_VALUES.get(qt.kind, ()):
        found |= cands.value_keys(rx, text) - cands.value_keys(rx, qt.text)
    return ["=" + v for v in sorted(found)] if found else [" ".join(text.lower().split())]


def choose(model: AnswerModel, qt: QuestionType, ranked: Ranked) -> tuple[float, int] | None:
    """The best answer's probability and candidate index under the model: a record's when the store
    holds what is asked, candidates saying the same pooled (None when there is none)."""
    pool = [c for _, c in ranked.items]
    keys = [answer_keys(qt, answer_text(qt, c, pool)) for c in pool]
    best = choose_answer(model, [x for x, _ in ranked.items], keys)
    return None if best is None else (best[1], best[0])


def cited_text(c: cands.Candidate, cites: dict) -> str:
    """The text an answer's citation shows: the unit's own words (a point, a row) or its paragraph."""
    return c.unit.cite_text or cites[c.unit.paragraph_id].text


def answer_question(question: str, hits: list[tuple[str, float]], table: UnitTable, db, encoder,
                    model: AnswerModel, scope: Scope | None = None) -> dict:
    """The /api/answer body: the best-supported answer or null (with a note), with citations, figures,
    decisions."""
    qt = classify(question)
    scope = scope or Scope()
    ranked = rank_candidates(question, qt, scope, hits, table, db, encoder)
    cites = ranked.cites
    best = choose(model, qt, ranked)
    answer, note, lead = None, None, None
    if best:  # the passage most likely to answer leads the citations, answered or not
        p, i = best
        c = ranked.items[i][1]
        cited = cited_text(c, cites)
        lead = {**cites[c.unit.paragraph_id].to_dict(), "text": cited}
        if p >= model.threshold and i not in ranked.blocked and not ranked.unknown:
            answer = {"text": answer_text(qt, c, [x for _, x in ranked.items]), "confidence": round(p, 3),
                      "citation": lead, "span": None, "type": qt.kind, "source": c.record or "text"}
            answer["span"] = _span(qt, c, cited, answer["text"])
    if answer is None:
        found = (best[0], ranked.items[best[1]][1]) if best else None
        note = abstain.note(scope, qt, found, cites, ranked.unknown)
    return {"query": question, "answer": answer, "note": note,
            "citations": citations(lead, hits, table, cites, db),
            "figures": _figures(db, answer, hits, table),
            "decisions": _decisions(db, hits, table, lead)}


def _span(qt: QuestionType, c: cands.Candidate, cited: str, text: str) -> list[int] | None:
    """Where the answer sits in its citation's text, when it is printed there: the amount, percentage or
    date asked for inside its sentence, else the sentence."""
    if c.record:
        return _record_span(c.record, cited, text)
    if c.offset < 0 or c.cells:
        return None
    start, end = c.offset, c.offset + len(c.text)
    asked = set()
    for rx in TYPED_VALUES.get(qt.kind, ()):
        asked |= cands.values(rx, qt.text)
    for rx in TYPED_VALUES.get(qt.kind, ()):
        for m in rx.finditer(cited, start, end):
            if re.sub(r"[\s,]+", "", m.group(0).lower()) not in asked:
                return [m.start(), m.end()]
    return [start, end]


def _record_span(record: str, cited: str, text: str) -> list[int] | None:
    """Where a record's phrase was read from: the phrase itself, else the sentence holding the vote
    ('9 votes in favour, 2 against ...' for '9 for, 2 against'), else the first name it gives."""
    at = cited.find(text)
    if at >= 0:
        return [at, at + len(text)]
    if record == "recommended":  # from its first recommendation to its last as printed
        parts = text.split("; ")
        parts[0] = parts[0].split(": ", 1)[-1]  # after its lead-in
        texts = [re.sub(r"^\(?\w{1,4}[.)]\s+", "", part) for part in parts]
        first, last = cited.find(texts[0]), cited.rfind(texts[-1])
        return [first, last + len(texts[-1])] if first >= 0 and last >= first else None
    if record in ("votes", "fate"):  # a motion's fate is printed with its vote
        m = cands.VOTE_RE.search(cited)
        if not m:
            return None
        start = max(cited.rfind(". ", 0, m.start()) + 2, cited.rfind("\n", 0, m.start()) + 1, 0)
        ends = [i for i in (cited.find(". ", m.end()), cited.find("\n", m.end())) if i >= 0]
        return [start, min(ends) + 1 if ends else len(cited)]
    name = re.split(r" \(|, | and ", text, maxsplit=1)[0].strip()
    at = cited.find(name) if len(name) > 2 else -1
    return [at, at + len(name)] if at >= 0 else None


def citations(lead: dict | None, hits, table: UnitTable, cites: dict, db, n: int = 10) -> list[dict]:
    """The leading citation first (the best candidate's, when there is one), then the passages', each once."""
    units = [table.units[table.by_id[i]] for i, _ in hits[:n]]
    more = queries.citations(db, [u.paragraph_id for u in units if u.paragraph_id not in cites])
    cites = {**cites, **more}
    out = [lead] if lead else []
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


def _decisions(db, hits, table: UnitTable, lead: dict | None = None) -> list[dict]:
    """The decisions recorded in the best passages, in the order of their passages (the answer's first)."""
    pids = [table.units[table.by_id[i]].paragraph_id for i, _ in hits[:extractive.TOP_UNITS]]
    if lead and lead.get("paragraph_id"):
        pids = [lead["paragraph_id"], *pids]
    ids = evidence.decision_ids(db, pids)
    if not ids:
        return []
    rank: dict[str, int] = {}
    for n, pid in enumerate(pids):
        rank.setdefault(pid, n)
    found = queries.decisions(db, ids=ids, limit=len(ids))
    found.sort(key=lambda d: rank.get((d.get("citation") or {}).get("paragraph_id"), len(pids)))
    return found[:10]
