"""Listings filtered in SQL (list_meetings, committee_names, meeting_detail) and the indexes of m030."""
from __future__ import annotations

import pytest

from indexer import store
from indexer.store import queries
from models import Document, Meeting, Paragraph
from models.ids import meeting_id, paragraph_id


def _doc(doc_id: str, committee: str, date: str, council: str | None = None) -> Document:
    mid = meeting_id(date, committee)
    pid = paragraph_id(doc_id, 1)
    text = f"The {committee} met."
    return Document(id=doc_id, path=f"/papers/{doc_id}.txt", sha256=doc_id * 2, format="txt", text=text,
                    title=f"{committee} minutes", kind="minutes", committee=committee, meeting_date=date,
                    council=council, meetings=[Meeting(committee, date, "minutes", id=mid)],
                    paragraphs=[Paragraph(pid, doc_id, 1, text, 0, len(text), "minutes", "1", mid, "1")])


@pytest.fixture()
def db(tmp_path):
    db = store.open_store(tmp_path / "mb.db")
    for doc in (_doc("aaaaaaaaaaaa", "Planning Committee", "2021-05-03", "Kent County Council"),
                _doc("bbbbbbbbbbbb", "Cabinet", "2020-01-13", "Kent County Council"),
                _doc("cccccccccccc", "Planning Committee", "2019-07-01"),
                _doc("dddddddddddd", "Audit Committee", "")):
        store.replace_document(db, doc)
    return db


def _meetings(db, **filters) -> list[tuple[str, str]]:
    return [(m["committee"], m["date"]) for m in queries.list_meetings(db, **filters)]


def test_list_meetings_filters_by_committee_and_dates(db):
    assert _meetings(db) == [("Planning Committee", "2021-05-03"), ("Cabinet", "2020-01-13"),
                             ("Planning Committee", "2019-07-01"), ("Audit Committee", "")]
    assert _meetings(db, committee="Planning Committee") == [("Planning Committee", "2021-05-03"),
                                                              ("Planning Committee", "2019-07-01")]
    assert _meetings(db, since="2020-01-13") == [("Planning Committee", "2021-05-03"), ("Cabinet", "2020-01-13")]
    assert _meetings(db, until="2020-01-12") == [("Planning Committee", "2019-07-01"), ("Audit Committee", "")]
    assert _meetings(db, council="kent county council") == [("Planning Committee", "2021-05-03"),
                                                             ("Cabinet", "2020-01-13")]
    assert _meetings(db, committee="Cabinet", since="2021-01-01") == []


def test_list_meetings_finds_one_meeting_by_id(db):
    mid = meeting_id("2020-01-13", "Cabinet")
    assert [m["id"] for m in queries.list_meetings(db, meeting_id=mid)] == [mid]
    assert queries.meeting_detail(db, mid)["committee"] == "Cabinet"
    assert queries.list_meetings(db, meeting_id="nope") == []


def test_committee_names_are_distinct_and_sorted(db):
    assert queries.committee_names(db) == ["Audit Committee", "Cabinet", "Planning Committee"]


@pytest.mark.parametrize(("sql", "index"), [
    ("select * from items where meeting_id = 'x'", "idx_items_meeting_id"),
    ("select * from attendees where meeting_id = 'x'", "idx_attendees_meeting_id"),
    ("select distinct committee from meetings where committee is not null and committee != '' order by committee",
     "idx_meetings_committee_date"),
])
def test_meeting_lookups_use_the_m030_indexes(db, sql, index):
    plan = " ".join(r[3] for r in db.execute("explain query plan " + sql).fetchall())
    assert index in plan
