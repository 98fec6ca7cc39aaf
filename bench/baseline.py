"""The plain BM25 baseline: SQLite FTS5 with bm25() over the same unit texts, nothing else.

No stemming beyond FTS5's porter tokenizer, no fields, no phrases, no filters: the cheapest
credible keyword search, to put our numbers next to.
"""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

WORD_RE = re.compile(r"\w+")
MAX_TERMS = 64


def build(path: Path, units: list[tuple[str, str]]) -> sqlite3.Connection:
    """An FTS5 index of (id, text) pairs in a fresh SQLite file at `path`."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute("create virtual table fts using fts5(id unindexed, text, tokenize='porter unicode61')")
    with conn:
        conn.executemany("insert into fts (id, text) values (?, ?)", units)
    conn.execute("insert into fts(fts) values ('optimize')")
    return conn


def match_expr(query: str) -> str | None:
    """The query's words OR-ed, each quoted so FTS5 syntax in user text is inert."""
    words = list(dict.fromkeys(w.lower() for w in WORD_RE.findall(query or "")))[:MAX_TERMS]
    return " OR ".join(f'"{w}"' for w in words) or None


def search(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[tuple[str, float]]:
    """(id, bm25 score; lower is better in FTS5) of the best `limit` units."""
    expr = match_expr(query)
    if expr is None:
        return []
    rows = conn.execute("select id, bm25(fts) from fts where fts match ? order by bm25(fts) limit ?",
                        (expr, limit))
    return [(i, s) for i, s in rows]
