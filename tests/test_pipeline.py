"""The whole pipeline over the sample corpus (real spaCy and embedding models), and bad input."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from indexer import store
from indexer.engine import Engine
from indexer.pipeline import index_paths
from indexer.settings import load_settings
from indexer.store import queries

MEETINGS = {
    ("2016-07-04", "Adult Social Care Committee", "report-only"),
    ("2017-03-06", "Adult Social Care Committee", "minutes"),
    ("2017-06-19", "Adult Social Care Committee", "agenda"),
    ("2017-07-10", "Adult Social Care Committee", "minutes"),
    ("2017-09-04", "Adult Social Care Committee", "agenda"),
    ("2020-01-31", "People and Communities Select Committee", "minutes"),
    ("2020-03-13", "People and Communities Select Committee", "agenda"),
    ("2024-09-09", "Adult Social Care and Public Health Select Committee", "report-only"),
    ("2014-01-13", "Adult Social Care Committee", "minutes"),  # the two small papers of conftest_web
}

PAPER = """Planning Committee

Minutes of the Meeting Held on Monday, 3 May 2021 at 10am in the Council Chamber

Present:

Cllr A Jones (Chairman)
Cllr B Smith

22/21 Planning application 21/0456 Land at Mill Road

22.1 With 5 votes for and 2 against, the Committee RESOLVED that the application be approved.
"""


def test_the_sample_corpus_indexes_without_failures(indexed):
    _, _, report = indexed
    assert (len(report.new), report.failed, report.skipped) == (7, [], [])
    assert report.counts["documents"] == 7


def test_meetings_come_from_the_content(indexed):
    settings, _, _ = indexed
    db = store.open_store(settings.db_path, create=False)
    assert {(m["date"], m["committee"], m["role"]) for m in queries.list_meetings(db)} == MEETINGS


def test_the_transport_vote_is_found_with_its_numbering(indexed):
    settings, _, _ = indexed
    db = store.open_store(settings.db_path, create=False)
    found = queries.decisions(db, since="2017-03-06", until="2017-03-06", verb="AGREED", limit=50)
    voted = [d for d in found if d["votes"] and d["votes"]["for"] is not None]
    assert [(d["paragraph"], d["item"], d["votes"]["for"], d["votes"]["against"], d["votes"]["abstain"])
            for d in voted] == [("13.8", "13", 9, 2, 4)]
    assert voted[0]["citation"]["url"].startswith(f"/documents/{voted[0]['citation']['document_id']}#p")


def test_reindexing_unchanged_files_does_no_work(indexed):
    settings, _, _ = indexed
    fresh = Engine(settings)
    report = index_paths([Path(__file__).resolve().parent.parent / "corpus" / "documents"], settings, fresh)
    assert (len(report.unchanged), report.new, report.updated) == (5, [], [])
    assert "nlp" not in fresh.__dict__ and "encoder" not in fresh.__dict__  # no model was even loaded


@pytest.fixture()
def small(tmp_path):
    """A data folder holding one small committee paper, indexed with the real models."""
    settings = load_settings(data_dir=tmp_path / "data")
    paper = tmp_path / "papers" / "planning.txt"
    paper.parent.mkdir()
    paper.write_text(PAPER, encoding="utf-8")
    engine = Engine(settings)
    assert index_paths([paper], settings, engine).ok
    return settings, engine, paper


def _counts(settings) -> dict:
    return store.counts(store.open_store(settings.db_path, create=False))


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty file"),
    ("binary.txt", bytes(range(256)) * 40, "binary content"),
    ("huge.txt", b"x" * (3 * 1024 * 1024), "too large"),
    ("truncated.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "PDF"),
])
def test_bad_files_fail_clearly_and_lose_nothing(small, tmp_path, name, content, reason):
    settings, engine, paper = small
    settings = load_settings(data_dir=settings.data_dir, max_file_mb=2)
    before = _counts(settings)
    bad = tmp_path / "papers" / name
    bad.write_bytes(content)
    report = index_paths([paper, bad], settings, engine)
    assert [p for p, _ in report.failed] == [str(bad)]
    assert str(bad) in report.failed[0][1] and reason in report.failed[0][1]
    assert report.unchanged == [str(paper)]
    assert _counts(settings) == before


def test_a_readable_text_of_no_council_is_indexed_not_refused(small, tmp_path):
    settings, engine, _ = small
    novel = tmp_path / "papers" / "novel.txt"
    novel.write_text("It was a bright cold day in April, and the clocks were striking thirteen.\n" * 3)
    report = index_paths([novel], settings, engine)
    assert (report.new, report.failed, report.skipped) == ([str(novel)], [], [])
    db = store.open_store(settings.db_path, create=False)
    (doc,) = db.query("select kind, council, committee, meeting_date from documents where path = ?",
                      [str(novel.resolve())])
    assert doc == {"kind": "other", "council": None, "committee": None, "meeting_date": None}


def test_a_cp1252_paper_is_read(small, tmp_path):
    settings, engine, _ = small
    other = tmp_path / "papers" / "cp1252.txt"
    other.write_bytes(PAPER.replace("Planning Committee", "Licensing Committee")
                      .replace("approved.", "approved at a fee of \u00a3120 \u2013 \u201cfinal\u201d.").encode("cp1252"))
    report = index_paths([other], settings, engine)
    assert report.new == [str(other)]
    db = store.open_store(settings.db_path, create=False)
    texts = [r["text"] for r in db.query("select text from decisions where text like '%fee%'")]
    assert texts and "\u00a3120 \u2013 \u201cfinal\u201d" in texts[0]


def test_a_folder_skips_its_readme_and_licence_but_no_paper(small, tmp_path):
    settings, engine, paper = small
    (paper.parent / "README.md").write_text("# About these files\n\nDownloaded for the archive.\n")
    (paper.parent / "LICENCE.txt").write_text("Contains public sector information licensed under the OGL.\n")
    (paper.parent / "notes.txt").write_text("Notes on the parish field walk, written up for the archive.\n")
    report = index_paths([paper.parent], settings, engine)
    assert report.ok and sorted(p for p, _ in report.skipped) == [
        str(paper.parent / "LICENCE.txt"), str(paper.parent / "README.md")]
    assert all("README or licence" in message for _, message in report.skipped)
    assert report.new == [str(paper.parent / "notes.txt")]


def test_an_interrupted_run_leaves_the_previous_index_usable(small, tmp_path):
    settings, engine, paper = small
    second = tmp_path / "papers" / "second.txt"
    second.write_text(PAPER.replace("3 May 2021", "7 June 2021"), encoding="utf-8")
    changed = PAPER.replace("5 votes for", "6 votes for")
    paper.write_text(changed, encoding="utf-8")
    calls = []

    def interrupt_on_second(path: str) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        index_paths([paper, second], settings, engine, interrupt_on_second)
    db = store.open_store(settings.db_path, create=False)
    assert [r["vote_for"] for r in db.query("select vote_for from decisions")] == [6]
    report = index_paths([paper, second], settings, engine)  # the next run completes the job
    assert (report.unchanged, report.new) == ([str(paper)], [str(second)])
    assert Engine(settings).search("application approved", {}, limit=5)["total"] >= 2


def test_other_councils_minutes_numbering_and_resolutions(small):
    settings, _, _ = small
    db = store.open_store(settings.db_path, create=False)
    d = queries.decisions(db, limit=5)
    assert [(x["verbs"], x["votes"]["for"], x["votes"]["against"], x["committee"], x["meeting_date"])
            for x in d] == [(["RESOLVED"], 5, 2, "Planning Committee", "2021-05-03")]


def test_a_copy_of_an_indexed_paper_is_skipped_as_a_duplicate(small, tmp_path):
    settings, engine, paper = small
    copy = tmp_path / "copy.txt"
    shutil.copy(paper, copy)
    report = index_paths([copy], settings, engine)
    assert report.ok and report.skipped == [
        (str(copy), f"{copy}: duplicate: the same file is already indexed from {paper.resolve()}")]
    assert _counts(settings)["documents"] == 1


def _keyword_ids(engine: Engine, query: str) -> list[str]:
    return sorted(i for i, _, _ in engine.keyword.search(query, limit=50))


def test_a_deleted_keyword_index_is_rebuilt_by_the_next_run(small):
    settings, engine, paper = small
    before = _keyword_ids(engine, "planning application approved")
    for f in settings.data_dir.glob("keyword.sqlite*"):
        f.unlink()
    fresh = Engine(settings)
    assert _keyword_ids(fresh, "planning application approved") == []
    report = index_paths([paper], settings, fresh)
    assert report.unchanged == [str(paper)] and len(before) >= 2
    assert _keyword_ids(fresh, "planning application approved") == before


def test_switching_the_keyword_backend_fills_the_other_index(small):
    settings, engine, paper = small
    before = _keyword_ids(engine, "planning application approved")
    other = load_settings(data_dir=settings.data_dir, keyword_backend="whoosh")
    runtime = Engine(other)
    assert _keyword_ids(runtime, "planning application approved") == []
    assert index_paths([paper], other, runtime).unchanged == [str(paper)]
    assert _keyword_ids(runtime, "planning application approved") == before
    assert runtime.keyword_stale(store.open_store(other.db_path, create=False)) == []
