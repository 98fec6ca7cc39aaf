"""A response reads one version of the store, even when a document is replaced while it is built.

The interleaving is deterministic: the request's own connection gets a trace callback that, when
a chosen statement of the response starts, replaces the document through another connection (as
`minutebook index` would) and lets the statement go on. No threads, no sleeps.
"""
from __future__ import annotations

import pytest
from flask import Flask
from small_store import MEETING, V1, V2, paper, small_index

from indexer import store
from webapp import create_app
from webapp.db import get_db


@pytest.fixture()
def app(tmp_path) -> Flask:
    settings, engine = small_index(tmp_path / "data")
    app = create_app({"TESTING": True}, settings=settings)
    app.extensions["minutebook.engine"] = engine
    return app


def replace_when(app: Flask, statement: str) -> list[str]:
    """Replace version 1 by version 2 when the request's connection starts a statement holding
    `statement`; returns the statements that triggered it (one, once it has fired)."""
    writer = store.open_store(app.config["MINUTEBOOK"].db_path)
    fired: list[str] = []

    def trace(sql: str) -> None:
        if statement in sql and not fired:
            fired.append(sql)
            store.replace_document(writer, paper(V2, 2), replaces=V1)

    @app.before_request
    def arm() -> None:
        get_db().conn.set_trace_callback(trace)

    return fired


def test_a_document_read_while_it_is_replaced_keeps_its_paragraphs(app):
    fired = replace_when(app, "from paragraphs where document_id")
    body = app.test_client().get(f"/api/documents/{V1}").get_json()
    assert len(fired) == 1
    assert [p["text"][:10] for p in body["paragraphs"]] == ["Version 1:"] * 4
    assert app.test_client().get(f"/api/documents/{V1}").status_code == 404  # the next response: version 2


def test_a_document_page_read_while_it_is_replaced_shows_every_paragraph(app):
    fired = replace_when(app, "from paragraphs where document_id")
    html = app.test_client().get(f"/documents/{V1}").get_data(as_text=True)
    assert len(fired) == 1
    assert [html.count(f'id="p000{n}"') for n in (1, 2, 3, 4)] == [1, 1, 1, 1]


def test_a_meeting_read_while_its_paper_is_replaced_lists_one_version(app):
    fired = replace_when(app, "from reports where meeting_id")
    body = app.test_client().get(f"/api/meetings/{MEETING}").get_json()
    assert len(fired) == 1
    assert [d["id"] for d in body["documents"]] == [V1]
    assert [(r["title"], r["citation"]["document_id"]) for r in body["reports"]] == [("Mill Road, version 1", V1)]
    assert [d["text"][:10] for d in body["decisions"]] == ["Version 1:"]


def test_a_search_read_while_its_paper_is_replaced_cites_one_version(app):
    fired = replace_when(app, "from paragraphs p")
    body = app.test_client().get("/api/search?q=Mill+Road+planning+report").get_json()
    assert len(fired) == 1
    assert body["results"] and {r["document_id"] for r in body["results"]} == {V1}
    assert len(body["results"]) == body["total"]
