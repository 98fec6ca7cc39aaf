"""/api/health tells the truth: documents searchable, documents waiting for a sync, the last run."""
from __future__ import annotations

import pytest
from small_store import V1, V2, paper, small_index

from indexer import store
from indexer.engine import Engine
from indexer.pipeline import index_paths
from webapp import create_app
from webapp.openapi import spec


def _health(settings, engine: Engine) -> dict:
    app = create_app({"TESTING": True}, settings=settings)
    app.extensions["minutebook.engine"] = engine
    r = app.test_client().get("/api/health")
    assert r.status_code == 200
    return r.get_json()


@pytest.fixture()
def synced(tmp_path):
    settings, engine = small_index(tmp_path / "data")
    db = store.open_store(settings.db_path)
    store.mark_synced(db, [V1])
    db.conn.close()
    return settings, engine


def test_health_of_a_whole_index(synced):
    assert _health(*synced) == {"ok": True, "documents": 1, "paragraphs": 4, "decisions": 1, "searchable": 1,
                                "waiting": {"keyword": 0, "vectors": 0}, "last_index": None}


def test_health_counts_what_a_killed_run_left_unsynced(synced):
    settings, engine = synced
    other = paper(V2, 2)
    other.path = "/papers/june.txt"
    db = store.open_store(settings.db_path)
    store.replace_document(db, other)  # stored, then killed before the keyword index and vectors
    body = _health(settings, engine)
    assert (body["documents"], body["searchable"], body["waiting"]) == (2, 1, {"keyword": 1, "vectors": 1})
    engine.keyword_replace([V2], store.load_units(db, [V2]))  # killed after the keyword sync
    assert _health(settings, engine)["waiting"] == {"keyword": 0, "vectors": 1}


def test_health_reports_the_last_index_run(synced, tmp_path):
    settings, engine = synced
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert not index_paths([empty], settings, engine).ok
    last = _health(settings, engine)["last_index"]
    assert {k: v for k, v in last.items() if k not in ("started_at", "finished_at", "seconds")} == {
        "outcome": "failed", "new": 0, "updated": 0, "unchanged": 0, "failed": 1, "skipped": 0,
        "not_reached": 0, "waiting": 0}
    assert last["started_at"] <= last["finished_at"] and last["seconds"] >= 0


def test_openapi_describes_the_health_fields():
    schema = spec()["components"]["schemas"]["Health"]
    assert set(schema["required"]) == {"ok", "documents", "paragraphs", "decisions", "searchable", "waiting",
                                       "last_index"}
    assert set(schema["properties"]["waiting"]["properties"]) == {"keyword", "vectors"}
