"""PDF, Word and web-page papers through the whole pipeline (real spaCy; hashed vectors for speed):
the same decisions and votes as the text version, page numbers in citations, the original file
kept and served, and bad files that fail clearly without losing anything already indexed."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers_docs import make_pdf
from helpers_formats import MINUTES, REPORT, physical_pages
from tools.render_corpus import docx_of_text, html_of_text, render_text, rtf_of_text

from indexer import store
from indexer.cli import cli
from indexer.engine import Engine
from indexer.pipeline import index_paths
from indexer.settings import load_settings
from indexer.store import queries

KINDS = ("txt", "pdf", "docx", "html", "rtf")


def _write(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for kind, data in (("txt", MINUTES.encode("utf-8")), ("pdf", render_text(MINUTES, first_page=19)),
                       ("docx", docx_of_text(MINUTES)), ("html", html_of_text(MINUTES).encode("utf-8")),
                       ("rtf", rtf_of_text(MINUTES))):
        out[kind] = folder / f"minutes-6-march-2017.{kind}"
        out[kind].write_bytes(data)
    out["report"] = folder / "finance-monitoring-p2.pdf"
    out["report"].write_bytes(render_text(REPORT))
    return out


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    """(settings, engine, files, report, db): every format of the minutes and the report as PDF."""
    root = tmp_path_factory.mktemp("formats-pipeline")
    settings = load_settings(data_dir=root / "data", embed_backend="hash")
    files = _write(root / "papers")
    engine = Engine(settings)
    report = index_paths(list(files.values()), settings, engine)
    db = store.open_store(settings.db_path, create=False)
    return settings, engine, files, report, db


def _doc_id(db, path: Path) -> str:
    return next(db.query("select id from documents where path = ?", [str(path.resolve())]))["id"]


def _decisions(db, doc_id: str) -> list[tuple]:
    rows = queries.decisions(db, limit=10_000)
    return sorted((d["paragraph"], tuple(d["verbs"]), d["text"],
                   tuple((d["votes"] or {}).get(k) for k in ("for", "against", "abstain")))
                  for d in rows if d["citation"]["document_id"] == doc_id)


def test_every_format_is_indexed(indexed):
    _, _, files, report, db = indexed
    assert report.ok, report.failed
    assert sorted(report.new) == sorted(str(p) for p in files.values())
    formats = {r["format"] for r in db.query("select format from documents")}
    assert formats == {"txt", "pdf", "docx", "html", "rtf"}


@pytest.mark.parametrize("kind", ["pdf", "docx", "html", "rtf"])
def test_same_decisions_and_votes_as_the_text(indexed, kind):
    _, _, files, _, db = indexed
    text = _decisions(db, _doc_id(db, files["txt"]))
    other = _decisions(db, _doc_id(db, files[kind]))
    assert other == text and len(text) >= 10
    assert ("13.8", ("AGREED",), (9, 2, 4)) in {(n, v, votes) for n, v, _, votes in other}


def test_same_meeting_from_every_format(indexed):
    _, _, files, _, db = indexed
    for kind in KINDS:
        doc = queries.document_detail(db, _doc_id(db, files[kind]))
        assert [(m["date"], m["committee"], m["role"]) for m in doc["meetings"]] == [
            ("2017-03-06", "Adult Social Care Committee", "minutes")], kind


def test_citations_carry_the_pdf_page(indexed):
    _, _, files, _, db = indexed
    pages = physical_pages(files["pdf"])
    printed = next(n for n, text in enumerate(pages, start=1) if "13.8 With 9 votes in favour" in text)
    doc_id = _doc_id(db, files["pdf"])
    para = next(db.query("select id, page, printed_page from paragraphs where document_id = ? and number = '13.8'",
                         [doc_id]))
    cite = queries.citations(db, [para["id"]])[para["id"]].to_dict()
    assert cite["page"] == printed > 1
    assert para["printed_page"] == str(18 + printed)  # the extract starts at printed page 19
    for kind in ("txt", "docx", "html", "rtf"):
        other = next(db.query("select id from paragraphs where document_id = ? and number = '13.8'",
                              [_doc_id(db, files[kind])]))["id"]
        assert queries.citations(db, [other])[other].page is None


def test_document_detail_has_format_original_and_pages(indexed):
    _, _, files, _, db = indexed
    doc_id = _doc_id(db, files["pdf"])
    doc = queries.document_detail(db, doc_id)
    assert doc["format"] == "pdf" and doc["original_url"] == f"/documents/{doc_id}/original"
    assert all(p["page"] for p in doc["paragraphs"])
    assert {p["printed_page"] for p in doc["paragraphs"]} >= {"19", "20"}
    assert queries.document_detail(db, _doc_id(db, files["docx"]))["format"] == "docx"


def test_report_figures_from_the_pdf(indexed):
    _, _, files, _, db = indexed
    doc_id = _doc_id(db, files["report"])
    rows = list(db.query("select label, column, value from figures where document_id = ? "
                         "and label = 'Revised net expenditure'", [doc_id]))
    assert {"column": "Variance", "label": "Revised net expenditure", "value": 7_763_000.0} in rows


def test_search_finds_the_vote_in_the_pdf_with_its_page(indexed):
    _, engine, files, _, db = indexed
    found = engine.search("votes in favour against abstentions transport", {}, limit=20)
    pdf_id = _doc_id(db, files["pdf"])
    hits = [r for r in found["results"] if r["document_id"] == pdf_id and r["paragraph"] == "13.8"]
    assert hits and hits[0]["page"] and hits[0]["page"] > 1


# ---- the original file ------------------------------------------------------------------------


def test_originals_are_kept_in_the_data_folder(indexed):
    settings, _, files, _, db = indexed
    for kind in KINDS:
        doc_id = _doc_id(db, files[kind])
        kept = settings.original_path(doc_id, f".{kind}")
        assert kept.read_bytes() == files[kind].read_bytes()


@pytest.fixture(scope="module")
def client(indexed):
    from webapp import create_app

    settings, engine, _, _, _ = indexed
    app = create_app({"TESTING": True}, settings=settings)
    app.extensions["minutebook.engine"] = engine
    return app.test_client()


@pytest.mark.parametrize("kind, mimetype, inline", [
    ("pdf", "application/pdf", True), ("txt", "text/plain", True),
    ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", False),
    ("html", "text/html", False), ("rtf", "application/rtf", False)])
def test_original_is_served_under_its_own_name(indexed, client, kind, mimetype, inline):
    _, _, files, _, db = indexed
    r = client.get(f"/documents/{_doc_id(db, files[kind])}/original")
    assert r.status_code == 200
    assert r.mimetype == mimetype
    assert r.data == files[kind].read_bytes()
    disposition = r.headers["Content-Disposition"]
    assert disposition.startswith("inline" if inline else "attachment")
    assert f"minutes-6-march-2017.{kind}" in disposition
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    if kind == "html":
        assert "sandbox" in r.headers["Content-Security-Policy"]


def test_original_of_an_unknown_document_is_404(client):
    r = client.get("/documents/nope/original?format=json")
    assert r.status_code == 404 and r.get_json() == {
        "ok": False, "status": 404,
        "error": "no document with id 'nope'; list documents at /api/meetings or search /api/search"}
    html = client.get("/documents/nope/original")
    assert html.status_code == 404 and html.mimetype == "text/html" and b"nope" in html.data


def test_original_missing_from_the_data_folder_is_404(indexed, client):
    settings, _, files, _, db = indexed
    doc_id = _doc_id(db, files["report"])
    kept = settings.original_path(doc_id, ".pdf")
    saved = kept.read_bytes()
    kept.unlink()
    try:
        r = client.get(f"/documents/{doc_id}/original?format=json")
        assert r.status_code == 404 and "index 'finance-monitoring-p2.pdf' again" in r.get_json()["error"]
    finally:
        kept.write_bytes(saved)


def test_api_document_has_original_url_and_format(indexed, client):
    _, _, files, _, db = indexed
    doc_id = _doc_id(db, files["pdf"])
    body = client.get(f"/api/documents/{doc_id}").get_json()
    assert body["ok"] and body["format"] == "pdf" and body["original_url"] == f"/documents/{doc_id}/original"
    assert body["paragraphs"][0]["page"] == 1 and "printed_page" in body["paragraphs"][0]
    assert client.get(body["original_url"]).status_code == 200


def test_a_changed_file_replaces_its_original(tmp_path):
    settings = load_settings(data_dir=tmp_path / "data", embed_backend="hash")
    paper = tmp_path / "minutes.txt"
    paper.write_text(MINUTES, encoding="utf-8")
    engine = Engine(settings)
    assert index_paths([paper], settings, engine).new == [str(paper)]
    db = store.open_store(settings.db_path, create=False)
    first = _doc_id(db, paper)
    paper.write_text(MINUTES.replace("12:55 PM", "1:05 PM"), encoding="utf-8")
    assert index_paths([paper], settings, engine).updated == [str(paper)]
    second = _doc_id(db, paper)
    assert second != first
    assert sorted(p.name for p in settings.originals_dir.iterdir()) == [f"{second}.txt"]
    settings.original_path(second, ".txt").unlink()  # an index made before originals were kept
    assert index_paths([paper], settings, engine).unchanged == [str(paper)]
    assert settings.original_path(second, ".txt").read_bytes() == paper.read_bytes()


# ---- bad input --------------------------------------------------------------------------------


def _zip_of_something_else() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("photos/agenda.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 64)
        z.writestr("readme.txt", "not a Word document")
    return out.getvalue()


def test_bad_files_fail_clearly_and_lose_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("MINUTEBOOK_EMBED_BACKEND", "hash")
    data = tmp_path / "data"
    papers = tmp_path / "papers"
    papers.mkdir()
    good = papers / "minutes.txt"
    good.write_text(MINUTES, encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(cli, ["--data", str(data), "index", str(good)])
    assert first.exit_code == 0, first.output
    settings = load_settings(data_dir=data)
    before = store.counts(store.open_store(settings.db_path, create=False))

    pdf = render_text(MINUTES)
    bad = {
        "encrypted.pdf": make_pdf([["13.8 The Committee AGREED the approach to Transport."]], user_password="x"),
        "truncated.pdf": pdf[: len(pdf) // 2],
        "corrupt.pdf": pdf[:400] + b"\x00garbage" * 200 + pdf[-200:],
        "archive.docx": _zip_of_something_else(),
    }
    for name, content in bad.items():
        (papers / name).write_bytes(content)
    result = runner.invoke(cli, ["--data", str(data), "index", str(papers)])
    assert result.exit_code == 1
    failed = sorted(line for line in result.output.splitlines() if line.startswith("failed: "))
    assert len(failed) == len(bad), result.output
    reasons = {"encrypted.pdf": "encrypted PDF", "truncated.pdf": "corrupt or truncated PDF",
               "corrupt.pdf": "PDF", "archive.docx": "not a Word document"}
    for name, reason in reasons.items():
        line = next(x for x in failed if f"{papers / name}: " in x)
        assert line.startswith(f"failed: {papers / name}: ") and reason in line
    assert "1 unchanged, 4 failed" in result.output
    after = store.counts(store.open_store(settings.db_path, create=False))
    assert after == before
    assert Engine(settings).search("votes in favour", {}, limit=3)["total"] > 0


def test_a_huge_pdf_stops_at_the_time_limit_and_the_run_goes_on(tmp_path):
    settings = load_settings(data_dir=tmp_path / "data", embed_backend="hash", file_timeout_s=0.5)
    huge = tmp_path / "huge.pdf"
    huge.write_bytes(make_pdf([[f"13.{n} The Committee NOTED item {n}."] for n in range(1000)]))
    good = tmp_path / "minutes.txt"
    good.write_text(MINUTES, encoding="utf-8")
    report = index_paths([huge, good], settings, Engine(settings))
    assert report.new == [str(good)]
    assert [p for p, _ in report.failed] == [str(huge)]
    assert "took longer than 0.5 s" in report.failed[0][1] and "of 1000 pages" in report.failed[0][1]


def test_html_scripts_are_dropped_from_the_index(indexed):
    _, _, files, _, db = indexed
    doc_id = _doc_id(db, files["html"])
    text = next(db.query("select text from documents where id = ?", [doc_id]))["text"]
    assert "Minutes of the Meeting Held on Monday, 06 March 2017" in text
    for gone in ("alert", "pwned", "tracker", "analytics", "<script", "Copyright"):
        assert gone not in text


def test_document_page_links_each_paragraph_to_its_page_in_the_original(indexed, client):
    _, _, files, _, db = indexed
    doc_id = _doc_id(db, files["pdf"])
    row = next(db.query("select id, page, printed_page from paragraphs where document_id = ? and number = '13.8'",
                        [doc_id]))
    html = client.get(f"/documents/{doc_id}").get_data(as_text=True)
    anchor = row["id"].rsplit(".", 1)[-1]
    block = html.split(f'id="{anchor}"', 1)[1].split('class="para-body"', 1)[0]
    assert f'href="/documents/{doc_id}/original#page={row["page"]}"' in block
    assert f'page {row["printed_page"] or row["page"]}</a>' in block
    assert f'<a class="original" href="/documents/{doc_id}/original">minutes-6-march-2017.pdf</a>' in html


def test_document_page_of_a_word_file_links_the_download_without_pages(indexed, client):
    _, _, files, _, db = indexed
    doc_id = _doc_id(db, files["docx"])
    html = client.get(f"/documents/{doc_id}").get_data(as_text=True)
    assert f'<a class="original" href="/documents/{doc_id}/original">minutes-6-march-2017.docx</a>' in html
    assert "#page=" not in html
