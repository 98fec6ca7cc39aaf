"""Shared fixtures: the sample corpus indexed once per session with the real models."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "documents"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def indexed(tmp_path_factory):
    """(settings, engine, report): the sample corpus and two small papers of our own
    (tests/conftest_web.py), indexed once per session and shared with the page tests."""
    from conftest_web import web_index

    index = web_index(tmp_path_factory)
    return index["settings"], index["engine"], index["report"]


@pytest.fixture(scope="session")
def app(indexed):
    from webapp import create_app

    settings, engine, _ = indexed
    app = create_app({"TESTING": True}, settings=settings)
    app.extensions["minutebook.engine"] = engine  # share the loaded models with the pipeline
    return app


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture()
def api(client):
    """GET a JSON API path, assert the status, return the body."""
    def get(path: str, status: int = 200) -> dict:
        r = client.get(path)
        assert r.status_code == status, (path, r.status_code, r.get_data(as_text=True)[:500])
        assert r.is_json, path
        return r.get_json()
    return get
