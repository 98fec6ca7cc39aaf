"""The store per request (on `g`) and the query engine per process (models load once).

Like flaskr's `get_db`: the store is taken on first use in a request and let go at teardown. A
request reads inside one read transaction (`store.begin_snapshot` ... `end_snapshot`), so a page
or an API body built from several queries shows one version of the store even while `minutebook
index` replaces documents; the engine's searches and answers use the same connection, hence the
same snapshot. Connections are pooled (as many as requests ever ran at once, which the overload
gate bounds), so a request pays for a transaction, not for opening the file and its WAL index,
and a worker's memory does not grow with its thread count.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from flask import Flask, current_app, g, request
from sqlite_utils import Database

from indexer import store
from indexer.engine import Engine
from models import NoIndex

_lock = threading.Lock()
_idle: dict[Path, list[tuple[int, Database]]] = {}  # per store file: idle (inode, connection)
IDLE_SPARE = 4  # idle connections kept beyond max_running (health checks pass the gate)


def get_db() -> Database:
    """The store for this request, one snapshot for the whole response; raises NoIndex (503)
    before anything is indexed."""
    if "db" not in g:
        path = current_app.config["MINUTEBOOK"].db_path
        inode, db = _take(path)
        try:
            store.begin_snapshot(db)
        except BaseException:
            db.conn.close()
            raise
        g.db, g.db_lease = db, (path, inode)
    return g.db


def _take(path: Path) -> tuple[int, Database]:
    """(inode, connection) from the pool of idle connections to the store at `path`, or a new one
    (opening one and its WAL index costs ~1.6 ms, a read transaction on an open one ~0.04 ms);
    connections to a file since replaced (same path, other inode) are closed."""
    try:
        inode = path.stat().st_ino
    except FileNotFoundError:
        raise NoIndex(str(path.parent)) from None
    with _lock:
        idle = _idle.setdefault(path, [])
        while idle:
            held, db = idle.pop()
            if held == inode:
                return inode, db
            db.conn.close()
    return inode, store.open_reader(path)


def _give(path: Path, inode: int, db: Database, keep: int) -> None:
    """Put a connection back for the next request; past `keep` idle ones it is closed."""
    with _lock:
        idle = _idle.setdefault(path, [])
        if len(idle) < keep:
            idle.append((inode, db))
            return
    db.conn.close()


def get_engine() -> Engine:
    """The process-wide query engine: models, vectors and keyword searcher, loaded on first use."""
    engine = current_app.extensions.get("minutebook.engine")
    if engine is None:
        with _lock:
            engine = current_app.extensions.get("minutebook.engine")
            if engine is None:
                engine = Engine(current_app.config["MINUTEBOOK"])
                current_app.extensions["minutebook.engine"] = engine
    return engine


def answer_deadline() -> float:
    """When this request's answer must be done: its arrival (queue included) plus the budget."""
    arrived = request.environ.get("minutebook.arrived") or time.monotonic()
    return arrived + current_app.config["MINUTEBOOK"].answer_budget_s


def close_db(exc: BaseException | None = None) -> None:
    """End the request's read transaction and put its connection back in the pool."""
    db = g.pop("db", None)
    if db is not None:
        store.end_snapshot(db)
        path, inode = g.pop("db_lease")
        _give(path, inode, db, current_app.config["MINUTEBOOK"].max_running + IDLE_SPARE)


def migrate(app: Flask) -> None:
    """Bring an existing store's schema up to date once, when the app is made (pages read the
    change counter of m020); a data folder with nothing indexed is left alone."""
    try:
        store.open_store(app.config["MINUTEBOOK"].db_path, create=False).conn.close()
    except NoIndex:
        pass
    except sqlite3.OperationalError as e:  # a read-only data folder: serve what is there
        app.logger.warning("could not migrate the store in %s: %s", app.config["MINUTEBOOK"].data_dir, e)


def init_app(app: Flask) -> None:
    migrate(app)
    app.teardown_appcontext(close_db)
