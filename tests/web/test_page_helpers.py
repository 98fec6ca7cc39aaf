"""The pages' small pieces without an index: headers, errors, paging, sections, trails, OpenAPI."""
from __future__ import annotations

import re

import pytest

from webapp.pages import page_window
from webapp.pages_figures import series_name, trail_points
from webapp.pages_meetings import items_with_decisions, sections
from webapp.security import CSP


@pytest.fixture()
def empty_client(tmp_path):
    """An app over a data folder with nothing indexed yet."""
    from indexer.settings import load_settings
    from webapp import create_app

    return create_app({"TESTING": True}, settings=load_settings(data_dir=tmp_path)).test_client()


@pytest.mark.parametrize("path, status", [
    ("/", 200), ("/api", 200), ("/docs/api", 200), ("/static/minutebook.css", 200),
    ("/static/minutebook.js", 200), ("/api/openapi.json", 200), ("/no/such/page", 404),
    ("/search?q=transport", 503), ("/decisions", 503), ("/api/health", 503),
])
def test_every_response_carries_the_security_headers(empty_client, path, status):
    r = empty_client.get(path)
    assert r.status_code == status
    assert r.headers["Content-Security-Policy"] == CSP
    assert "script-src 'self'" in CSP and "'unsafe-inline'" not in CSP
    assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_pages_before_indexing_explain_what_to_do(empty_client):
    html = empty_client.get("/search?q=transport").get_data(as_text=True)
    assert "<h1>Nothing indexed yet</h1>" in html and "minutebook --data" in html


def test_pages_have_no_inline_script_or_style(empty_client):
    for path in ("/", "/api"):
        html = empty_client.get(path).get_data(as_text=True)
        assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/minutebook.js" defer>']
        assert "<style" not in html and " style=" not in html and " on" + "click=" not in html


def test_openapi_lists_every_api_route(empty_client):
    spec = empty_client.get("/api/openapi.json").get_json()
    rules = {re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", r.rule) for r in empty_client.application.url_map.iter_rules()
             if r.endpoint.startswith("api.")}
    assert set(spec["paths"]) == rules
    for path, item in spec["paths"].items():
        assert item["get"]["responses"]["200"]["content"]["application/json"]["schema"], path


def test_page_window():
    assert page_window(45, 20, 0) == {"first": 1, "last": 20, "total": 45, "prev": None, "next": 20}
    assert page_window(45, 20, 40) == {"first": 41, "last": 45, "total": 45, "prev": 20, "next": None}
    assert page_window(0, 20, 0) == {"first": 0, "last": 0, "total": 0, "prev": None, "next": None}


def test_items_with_decisions_groups_by_item_number():
    items = [{"number": "13", "title": "Transport Update"}, {"number": "14.", "title": "SCIE"}]
    decisions = [{"id": "a", "item": "13"}, {"id": "b", "item": "14"}, {"id": "c", "item": None}]
    grouped, loose = items_with_decisions(items, decisions)
    assert [[d["id"] for d in i["decisions"]] for i in grouped] == [["a"], ["b"]]
    assert [d["id"] for d in loose] == ["c"]


def test_document_sections_cut_where_the_item_or_report_changes():
    paras = [
        {"id": "d.p0000", "part": "agenda", "meeting_id": "m2"},
        {"id": "d.p0001", "part": "minutes", "meeting_id": "m1", "item": "1", "item_title": "Apologies"},
        {"id": "d.p0002", "part": "minutes", "meeting_id": "m1", "item": "1", "item_title": "Apologies"},
        {"id": "d.p0003", "part": "report", "report_id": "d.r01"},
    ]
    out = sections(paras, {"d.r01": "Transport Update"})
    assert [(s["heading"], [p["anchor"] for p in s["paragraphs"]]) for s in out] == [
        ("Agenda", ["p0000"]), ("Minutes, item 1: Apologies", ["p0001", "p0002"]),
        ("Transport Update", ["p0003"])]


def test_series_name_drops_years_and_units():
    assert series_name("Budget 2016/17 £m") == "Budget"
    assert series_name("Forecast Outturn £m") == "Forecast Outturn"
    assert series_name(None) == "Value"


def test_trail_points_draw_a_repeated_value_once():
    cite = {"meeting_date": "2016-07-04", "url": "/documents/a#p0004"}
    fig = {"column": "Budget 2016/17 £m", "period": None, "value": 246.85e6, "unit": "GBP", "text": "246.850",
           "citation": cite}
    points = trail_points([fig, {**fig, "citation": {**cite, "url": "/documents/a#p0012"}}])
    assert [(p["series"], p["x_label"], p["url"]) for p in points] == [
        ("Budget", "Jul 2016", "/documents/a#p0004")]
