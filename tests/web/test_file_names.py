"""File names from disk reach HTTP headers harmlessly: CR/LF in a name cannot forge a header."""
from __future__ import annotations

import pytest
from small_store import V1, paper

from indexer import store
from indexer.settings import load_settings
from webapp import create_app

EVIL = "minutes\r\nSet-Cookie: session=x\r\n£ 2017.txt"


@pytest.fixture()
def served(tmp_path):
    settings = load_settings(data_dir=tmp_path / "data", embed_backend="hash")
    db = store.open_store(settings.db_path)
    doc = paper(V1, 1)
    doc.path = f"/papers/{EVIL}"
    store.replace_document(db, doc)
    db.conn.close()
    settings.original_path(V1, ".txt").parent.mkdir(parents=True)
    settings.original_path(V1, ".txt").write_bytes(b"Planning Committee\n")
    return create_app({"TESTING": True}, settings=settings).test_client()


def test_an_original_whose_name_holds_cr_lf_is_served_with_a_safe_disposition(served):
    r = served.get(f"/documents/{V1}/original")
    assert r.status_code == 200 and r.data == b"Planning Committee\n"
    assert r.headers["Content-Disposition"] == (
        "inline; filename=\"minutesSet-Cookie: session=x 2017.txt\"; "
        "filename*=UTF-8''minutesSet-Cookie%3A%20session%3Dx%C2%A3%202017.txt")
    assert "Set-Cookie" not in r.headers
