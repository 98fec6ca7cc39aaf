"""No connection is left open: after 1,000 requests the store has as many open files as before.

The garbage collector is off while the requests run, so a connection counts as closed only if the
code closed it (a dropped sqlite-utils Database sits in a reference cycle until a full collection:
that is how 108 stayed open at idle, and how 822 of 1,500 requests failed with 160 descriptors).
"""
from __future__ import annotations

import gc
import os
from pathlib import Path

from small_store import MEETING, V1, small_index

from webapp import create_app

PATHS = ["/api/search?q=Mill+Road+planning", "/api/answer?q=How+many+votes+for+the+application",
         "/search?q=Mill+Road", "/api/decisions", "/meetings", f"/api/meetings/{MEETING}",
         f"/api/documents/{V1}", "/api/health"]


def open_store_files(db_path: Path) -> int:
    """Descriptors this process holds on the store's file (its -wal and -shm files too)."""
    names = {str(db_path), f"{db_path}-wal", f"{db_path}-shm"}
    held = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            held += os.readlink(f"/proc/self/fd/{fd}") in names
        except OSError:  # closed meanwhile (the listing's own descriptor)
            continue
    return held


def test_a_thousand_requests_leave_no_store_connection_open(tmp_path):
    settings, engine = small_index(tmp_path / "data")
    app = create_app({"TESTING": True}, settings=settings)
    app.extensions["minutebook.engine"] = engine
    client = app.test_client()
    for path in PATHS:  # warm: models, unit table, keyword connection
        assert client.get(path).status_code == 200, path
    gc.collect()
    before = open_store_files(settings.db_path)
    gc.disable()
    try:
        statuses = [client.get(PATHS[n % len(PATHS)]).status_code for n in range(1000)]
        after = open_store_files(settings.db_path)
    finally:
        gc.enable()
    assert statuses == [200] * 1000
    assert after == before


def test_a_store_file_made_anew_is_read_by_the_next_request(tmp_path):
    settings, engine = small_index(tmp_path / "data")
    app = create_app({"TESTING": True}, settings=settings)
    client = app.test_client()
    assert client.get("/api/health").get_json()["documents"] == 1
    for f in settings.data_dir.glob("minutebook.db*"):  # `make clean`, then an index of nothing
        f.unlink()
    from indexer import store

    store.open_store(settings.db_path).conn.close()
    assert client.get("/api/health").get_json()["documents"] == 0
