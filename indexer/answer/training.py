"""What the answer model is fitted on: every candidate of every evaluation-kit question, labelled.

A candidate is right when its answer holds the kit's answer or one of its aliases, and its citation
holds the kit's evidence when the citation it would be given does, both as the kit scores them: the
scorer is the kit's own `evaluate.py` beside the question files (`answer_matches`, `evidence_in`).
A question the papers do not answer has no right candidate. Each question is one JSON line:

    {"qid", "group" (its paper), "set" (the kit file), "answerable",
     "hits": [[paragraph id, citation hash, evidence?], ...]   the passages' citations, in order
     "candidates": [{"features", "label", "ev", "pid", "cited", "keys" (hashes of what its answer says),
                     "blocked" (1: not about what the question names, never the answer), "text"}, ...]}
"""
from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
from pathlib import Path

from indexer.answer.answering import answer_keys, answer_text, citations, cited_text, rank_candidates
from indexer.answer.features import FEATURES
from indexer.answer.question import classify
from models import BadParameter


def kit_scorer(gold: Path):
    """The kit's `evaluate.py` next to a question file: how it matches answers and evidence."""
    path = gold.resolve().parent / "evaluate.py"
    if not path.exists():
        raise BadParameter("--gold", f"{path} not found: the answer model is fitted with the evaluation kit's "
                           "scorer, so give question files from the kit's folder")
    spec = importlib.util.spec_from_file_location("minutebook_kit_evaluate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_gold(paths: list[Path]) -> list[dict]:
    """The kit's question lines, each with the name of its file as `set`."""
    return [{**json.loads(line), "set": p.stem} for p in paths
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def question_row(engine, gold: dict, kit) -> dict:
    """One kit question's labelled candidates and its passages' citations."""
    question = gold["question"]
    answerable = gold.get("answer") is not None
    expected = [gold["answer"], *(gold.get("answer_aliases") or [])] if answerable else []
    evidence = gold.get("evidence") or ""

    def has_evidence(text: str) -> bool:
        return answerable and bool(evidence) and kit.evidence_in(evidence, text)

    with engine.reading() as db:
        table, scope, hits = engine.evidence_for(question, {}, db)
        qt = classify(question)
        ranked = rank_candidates(question, qt, scope, hits, table, db, engine.encoder)
        cites = ranked.cites
        passages = citations(None, hits, table, cites, db)
    pool = [c for _, c in ranked.items]
    candidates = []
    for n, (x, c) in enumerate(ranked.items):
        text, shown = answer_text(qt, c, pool), cited_text(c, cites)
        candidates.append({"features": {k: round(x[k], 6) for k in FEATURES},
                           "label": int(answerable and kit.answer_matches(expected, text)),
                           "ev": int(has_evidence(shown)), "pid": c.unit.paragraph_id, "cited": _hash(shown),
                           "keys": [_hash(k) for k in answer_keys(qt, text)], "blocked": int(n in ranked.blocked or bool(ranked.unknown)),
                           "text": text[:160]})
    return {"qid": gold["id"], "group": gold.get("doc") or gold["id"], "set": gold["set"], "answerable": answerable,
            "question": question,
            "hits": [[h["paragraph_id"], _hash(h["text"]), int(has_evidence(h["text"]))] for h in passages],
            "candidates": candidates}


def collect(engine, gold: list[dict], kit) -> list[dict]:
    """The rows of every question of the kit."""
    return [question_row(engine, g, kit) for g in gold]


def write_rows(rows: list[dict], path: Path) -> None:
    """The rows as JSON lines; gzipped (reproducibly: no time stamp) when the name ends in .gz."""
    data = "".join(json.dumps(r, sort_keys=True) + "\n" for r in rows).encode("utf-8")
    path.write_bytes(gzip.compress(data, mtime=0) if path.suffix == ".gz" else data)


def read_rows(path: Path) -> list[dict]:
    data = path.read_bytes()
    text = (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]
