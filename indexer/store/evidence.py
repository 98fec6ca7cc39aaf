"""What answers read about the paragraphs they weigh: decisions, recommendations, tables, people, figures."""
from __future__ import annotations

import json
from collections.abc import Iterable

from sqlite_utils import Database


def _marks(ids: list) -> str:
    return ",".join("?" * len(ids))


def decided_paragraphs(db: Database, paragraph_ids: Iterable[str]) -> dict[str, bool]:
    """Paragraphs that record a decision, mapped to whether it carries a vote."""
    ids = list(set(paragraph_ids))
    if not ids:
        return {}
    rows = db.query(f"select paragraph_id, max(vote_for is not null or unanimous = 1) v from decisions "
                    f"where kind = 'decision' and paragraph_id in ({_marks(ids)}) group by paragraph_id", ids)
    return {r["paragraph_id"]: bool(r["v"]) for r in rows}


def recommendation_paragraphs(db: Database, paragraph_ids: Iterable[str]) -> set[str]:
    """Paragraphs that hold a report's recommendations."""
    ids = list(set(paragraph_ids))
    if not ids:
        return set()
    return {r["paragraph_id"] for r in db.query(
        f"select distinct paragraph_id from recommendations where paragraph_id in ({_marks(ids)})", ids)}


def tables(db: Database, table_ids: Iterable[str]) -> dict[str, tuple[str | None, list, list]]:
    """(caption, headers, rows) of each table by id."""
    ids = sorted(set(table_ids))
    if not ids:
        return {}
    rows = db.query(f"select id, caption, headers, rows from tables where id in ({_marks(ids)})", ids)
    return {r["id"]: (r["caption"], json.loads(r["headers"]), json.loads(r["rows"])) for r in rows}


def person_spans(db: Database, paragraph_ids: Iterable[str]) -> dict[str, list[tuple[int, int, str]]]:
    """(start, end, name) of the people named in each paragraph."""
    out: dict[str, list] = {}
    ids = list(set(paragraph_ids))
    if not ids:
        return out
    for e in db.query(f"select paragraph_id, start, end, norm from entities where label = 'PERSON' and "
                      f"paragraph_id in ({_marks(ids)})", ids):
        out.setdefault(e["paragraph_id"], []).append((e["start"], e["end"], e["norm"]))
    return out


def figure_rows(db: Database, paragraph_ids: list[str], limit: int = 40) -> list[dict]:
    """The figures read from these paragraphs, in the order they were stored."""
    if not paragraph_ids:
        return []
    return list(db.query(f"select * from figures where paragraph_id in ({_marks(paragraph_ids)}) "
                         f"order by id limit ?", [*paragraph_ids, limit]))


def decision_ids(db: Database, paragraph_ids: list[str]) -> list[str]:
    """The decisions recorded in these paragraphs."""
    if not paragraph_ids:
        return []
    return [r["id"] for r in db.query(
        f"select id from decisions where paragraph_id in ({_marks(paragraph_ids)})", paragraph_ids)]
