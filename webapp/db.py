"""The store per request (on `g`) and the query engine per process (models load once)."""
from __future__ import annotations

import threading

from flask import Flask, current_app, g
from sqlite_utils import Database

from indexer.engine import Engine
from indexer.store import open_store

_lock = threading.Lock()


def get_db() -> Database:
    """The store for this request; raises NoIndex (503) before anything is indexed."""
    if "db" not in g:
        g.db = open_store(current_app.config["MINUTEBOOK"].db_path, create=False)
    return g.db


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


def close_db(exc: BaseException | None = None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.conn.close()


def init_app(app: Flask) -> None:
    app.teardown_appcontext(close_db)
