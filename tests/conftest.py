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
    """(settings, engine, report) for the whole sample corpus indexed into a fresh data folder."""
    from indexer.engine import Engine
    from indexer.pipeline import index_paths
    from indexer.settings import load_settings

    settings = load_settings(data_dir=tmp_path_factory.mktemp("data"))
    engine = Engine(settings)
    report = index_paths([CORPUS], settings, engine)
    assert report.ok, report.failed
    return settings, engine, report


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
