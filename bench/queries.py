"""The fixed query set: the gold questions plus keyword queries taken from the indexed sample.

Keyword queries are what people type into a search box: an agenda item or report title, a
figure's row label, cut to a few words. They are drawn deterministically from the 1x store (the
replicas hold the same titles and labels), so every scale answers the same queries.
"""
from __future__ import annotations

import json
import random
import re
import sqlite3
from pathlib import Path

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gold_dev.jsonl"
MAX_WORDS = 6


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _short(text: str) -> str:
    words = re.findall(r"[\w£%'’-]+", text or "")
    return " ".join(words[:MAX_WORDS])


def _pick(rows: list[str], n: int, seed: int) -> list[str]:
    distinct = sorted({_short(r) for r in rows if len(_short(r).split()) >= 2})
    random.Random(seed).shuffle(distinct)
    return distinct[:n]


def build_queries(db_path: Path, gold: list[dict], total: int = 130) -> list[dict]:
    """[{"q", "kind": "question"|"title"|"figure"}]: every gold question and keyword queries, mixed."""
    conn = sqlite3.connect(str(db_path))
    try:
        items = [r[0] for r in conn.execute("select title from items where title is not null")]
        reports = [r[0] for r in conn.execute("select title from reports where title is not null")]
        labels = [r[0] for r in conn.execute("select label from figures where label is not null")]
    finally:
        conn.close()
    out = [{"q": g["question"], "kind": "question"} for g in gold]
    rest = max(0, total - len(out))
    titles = _pick(items + reports, rest // 2, seed=1)
    figures = _pick(labels, rest - len(titles), seed=2)
    out += [{"q": t, "kind": "title"} for t in titles] + [{"q": f, "kind": "figure"} for f in figures]
    seen, unique = set(), []
    for q in out:
        if q["q"].lower() not in seen:
            seen.add(q["q"].lower())
            unique.append(q)
    kinds = {k: [q for q in unique if q["kind"] == k] for k in ("question", "title", "figure")}
    mixed = []  # round robin: any prefix (a scale whose time budget runs out) holds every kind
    for i in range(max(len(v) for v in kinds.values())):
        mixed += [v[i] for v in kinds.values() if i < len(v)]
    return mixed
