"""Errors as JSON with the right status, before and without any index."""
import pytest

from indexer.settings import load_settings
from webapp import create_app


@pytest.fixture()
def empty_client(tmp_path):
    app = create_app({"TESTING": True}, settings=load_settings(data_dir=tmp_path))
    return app.test_client()


@pytest.mark.parametrize("path", ["/api/health", "/api/answer?q=budget", "/api/search?q=budget",
                                  "/api/meetings", "/api/decisions", "/api/documents/abc"])
def test_before_indexing_every_endpoint_says_503_naming_minutebook_index(empty_client, path):
    r = empty_client.get(path)
    assert r.status_code == 503
    body = r.get_json()
    assert body["ok"] is False and body["status"] == 503
    assert "minutebook --data" in body["error"] and "index PATH" in body["error"]


@pytest.mark.parametrize("path, needle", [
    ("/api/answer", "parameter 'q': is required"),
    ("/api/answer?q=%20%20", "parameter 'q': is required"),
    ("/api/search?q=x&since=yesterday", "parameter 'since': 'yesterday' is not a date"),
    ("/api/search?q=x&kind=minute", "parameter 'kind': 'minute' is not one of paragraph"),
    ("/api/search?q=x&limit=lots", "parameter 'limit': 'lots' is not a whole number"),
    ("/api/search?q=x&limit=0", "parameter 'limit': 0 is out of range"),
    ("/api/decisions?until=2017-02-30", "parameter 'until'"),
    ("/api/search?q=x&since=2018-01-01&until=2017-01-01", "parameter 'since': 2018-01-01 is after"),
])
def test_bad_parameters_get_400_naming_the_parameter(empty_client, path, needle):
    r = empty_client.get(path)
    assert r.status_code == 400, r.get_data(as_text=True)
    assert needle in r.get_json()["error"]


def test_a_10kb_query_is_refused_with_400(empty_client):
    r = empty_client.get("/api/search?q=" + "a" * 10_001)
    assert r.status_code == 400
    assert "characters long; the most is 10000" in r.get_json()["error"]


def test_unknown_api_path_is_json_404(empty_client):
    r = empty_client.get("/api/nothing-here")
    assert r.status_code == 404 and r.get_json()["ok"] is False
