"""Person and organisation keys past any name's length are 404s, checked before any query."""
from __future__ import annotations

import pytest
from small_store import small_index

from indexer.store import people_queries
from models import NotFound
from webapp import create_app

LONG = "a" * 50_002


@pytest.fixture()
def client(tmp_path):
    settings, _ = small_index(tmp_path / "data")
    return create_app({"TESTING": True}, settings=settings).test_client()


@pytest.mark.parametrize("path", [f"/people/{LONG}", f"/organisations/{LONG}", f"/people/{LONG}?format=json",
                                  f"/people/Smith{' Smith' * 8000}"])
def test_a_50kb_key_is_a_404_not_a_500(client, path):
    r = client.get(path)
    assert r.status_code == 404


def test_the_404_says_how_long_a_key_may_be(client):
    body = client.get(f"/organisations/{LONG}?format=json").get_json()
    assert body == {"ok": False, "status": 404,
                    "error": f"no organisation with id '{'a' * 40}...'; organisations named in the papers are "
                             "listed at /organisations (keys are at most 200 characters)"}


def test_a_key_at_the_bound_is_still_looked_up(tmp_path):
    from indexer import store

    settings, _ = small_index(tmp_path / "data")
    db = store.open_store(settings.db_path)
    with pytest.raises(NotFound, match="no person with id 'aaaa"):
        people_queries.person(db, "a" * people_queries.MAX_KEY_CHARS)
