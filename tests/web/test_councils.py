"""The council as a dimension: one index, two councils whose bodies meet on the same day."""
import pytest

from indexer.engine import Engine
from indexer.pipeline import index_paths
from indexer.settings import load_settings
from webapp import create_app

WESTSHIRE = """WESTSHIRE COUNTY COUNCIL

Planning Committee

Minutes of the meeting held on Tuesday 4 May 2021 at 10am in the Council Chamber, Shire Hall

Present: Cllr A Moss (Chairman), Cllr B Fern

1. Library Opening Hours

1.1 The Committee considered the library opening hours and the cost of Sunday opening.

1.2 RESOLVED that Sunday opening of the county libraries be approved.
"""

EASTSHIRE = """EASTSHIRE COUNTY COUNCIL

Planning Committee

Minutes of the meeting held on Tuesday 4 May 2021 at 2pm in the Guildhall, Eastbury

Present: Cllr C Reed (Chairman), Cllr D Rush

1. Library Opening Hours

1.1 The Committee considered the library opening hours and the cost of Sunday opening.

1.2 RESOLVED that Sunday opening of the county libraries be refused.
"""


@pytest.fixture(scope="module")
def client(indexed, tmp_path_factory):
    shared = indexed[1]
    root = tmp_path_factory.mktemp("councils")
    (root / "papers").mkdir()
    (root / "papers" / "westshire.txt").write_text(WESTSHIRE, encoding="utf-8")
    (root / "papers" / "eastshire.txt").write_text(EASTSHIRE, encoding="utf-8")
    settings = load_settings(data_dir=root / "data")
    engine = Engine(settings)
    engine.__dict__.update(nlp=shared.nlp, encoder=shared.encoder)  # the models the session already loaded
    assert index_paths([root / "papers"], settings, engine).ok
    app = create_app({"TESTING": True}, settings=settings)
    app.extensions["minutebook.engine"] = engine
    return app.test_client()


def get(client, path: str) -> dict:
    r = client.get(path)
    assert r.status_code == 200, r.get_data(as_text=True)[:300]
    return r.get_json()


def test_same_body_same_day_two_councils_two_meetings(client):
    meetings = get(client, "/api/meetings")["results"]
    assert sorted((m["id"], m["council"], m["committee"], m["date"]) for m in meetings) == [
        ("2021-05-04-eastshire-planning-committee", "Eastshire County Council", "Planning Committee", "2021-05-04"),
        ("2021-05-04-westshire-planning-committee", "Westshire County Council", "Planning Committee", "2021-05-04")]
    only = get(client, "/api/meetings?council=westshire+county+council")["results"]
    assert [m["id"] for m in only] == ["2021-05-04-westshire-planning-committee"]


def test_decisions_and_search_filter_by_council_and_count_it(client):
    decided = get(client, "/api/decisions?council=Eastshire+County+Council")["results"]
    assert [(d["council"], d["text"].endswith("Sunday opening of the county libraries be refused.")) for d in decided] \
        == [("Eastshire County Council", True)]
    everything = get(client, "/api/search?q=Sunday+opening+libraries")
    assert everything["facets"]["council"] == {"Westshire County Council": everything["facets"]["council"][
        "Westshire County Council"], "Eastshire County Council": everything["facets"]["council"][
        "Eastshire County Council"]}
    west = get(client, "/api/search?q=Sunday+opening+libraries&council=Westshire+County+Council")
    assert west["total"] > 0 and {r["council"] for r in west["results"]} == {"Westshire County Council"}
    assert get(client, "/api/search?q=Sunday+opening&council=Nowhere+Council")["total"] == 0


def test_citations_name_the_council(client):
    body = get(client, "/api/answer?q=Were+Sunday+library+openings+refused%3F&council=Eastshire+County+Council")
    assert all(c["council"] == "Eastshire County Council" for c in body["citations"])
    html = client.get("/meetings/2021-05-04-westshire-planning-committee").get_data(as_text=True)
    assert "Westshire County Council" in html and "Cllr A Moss" in html
