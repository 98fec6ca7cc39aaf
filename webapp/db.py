"""The store per request (on `g`) and the query engine per process (models load once).

Like flaskr's `get_db`: the connection is opened on first use in a request and closed at
teardown. It reads inside one read transaction (`store.open_snapshot`), so a page or an API body
built from several queries shows one version of the store even while `minutebook index` replaces
documents; the engine's searches and answers use the same connection, hence the same snapshot.
"""
from __future__ import annotations

import sqlite3
import threading

from flask import Flask, current_app, g
from sqlite_utils import Database

from indexer import store
from indexer.engine import Engine
from models import NoIndex

_lock = threading.Lock()


def get_db() -> Database:
    """The store for this request, one snapshot for the whole response; raises NoIndex (503)
    before anything is indexed."""
    if "db" not in g:
        g.db = store.open_snapshot(current_app.config["MINUTEBOOK"].db_path)
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
    """End the request's read transaction and close its connection."""
    db = g.pop("db", None)
    if db is not None:
        db.conn.close()


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
