"""Minutebook's web front: a Flask application factory with the JSON API and the pages."""
from __future__ import annotations

from pathlib import Path

from flask import Flask

from indexer.settings import Settings, load_settings


def create_app(test_config: dict | None = None, settings: Settings | None = None) -> Flask:
    """Build the app over a data folder (settings.data_dir); test_config overrides Flask config."""
    app = Flask(__name__, instance_relative_config=False)
    settings = settings or load_settings()
    app.config.from_mapping(MINUTEBOOK=settings, JSON_SORT_KEYS=False)
    if test_config:
        app.config.from_mapping(test_config)
    app.json.sort_keys = False
    Path(app.config["MINUTEBOOK"].data_dir).mkdir(parents=True, exist_ok=True)

    from webapp import api, db, errors, overload, pages, pages_original

    db.init_app(app)
    errors.init_app(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(pages_original.bp)
    app.wsgi_app = overload.gated(app, app.config["MINUTEBOOK"])  # 503 past the queue bound
    return app
