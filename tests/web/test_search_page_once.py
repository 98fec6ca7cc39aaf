"""The search page retrieves once: Engine.page gives what search and answer give apart."""
from __future__ import annotations

import pytest

from indexer import store


@pytest.mark.parametrize(("q", "filters"), [
    ("What was Adult Social Services' final outturn position for 2016-17?", {}),
    ("transport savings", {"kind": "decision"}),
    ("care market", {"since": "2017-01-01"}),
])
def test_the_page_is_search_plus_answer_from_one_retrieval(indexed, q, filters):
    settings, engine, _ = indexed
    db = store.open_snapshot(settings.db_path)
    try:
        found, answered = engine.page(q, filters, 20, 0, db, None)
        alone, answer = engine.search(q, filters, limit=20, offset=0, db=db), engine.answer(q, filters, db=db)
    finally:
        db.conn.close()
    assert {k: v for k, v in found.items() if k != "timings"} == {k: v for k, v in alone.items() if k != "timings"}
    assert answered == answer


def test_past_the_first_page_there_is_no_answer(indexed):
    settings, engine, _ = indexed
    db = store.open_snapshot(settings.db_path)
    try:
        found, answered = engine.page("budget", {}, 5, 5, db, None)
    finally:
        db.conn.close()
    assert answered is None and found["total"] >= 0


def test_the_page_calls_retrieval_once(indexed, monkeypatch):
    from indexer import engine as engine_module

    settings, engine, _ = indexed
    calls = []
    real = engine_module.hybrid_search
    monkeypatch.setattr(engine_module, "hybrid_search", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    db = store.open_snapshot(settings.db_path)
    try:
        engine.page("budget overspend", {}, 20, 0, db, None)
    finally:
        db.conn.close()
    assert calls == ["budget overspend"]
