"""Hostile files through the whole pipeline (real spaCy, hashed vectors): each fails on one line
naming the file and the bound, in bounded time, and what was indexed before stays searchable."""
from __future__ import annotations

import time
from pathlib import Path

from click.testing import CliRunner
from helpers_docs import MINUTE_13_8
from helpers_formats import MINUTES
from helpers_hostile import blank_pdf, deep_html, docx_bomb, pdf_with_javascript

from indexer import store
from indexer.cli import cli
from indexer.engine import Engine
from indexer.pipeline import index_paths
from indexer.settings import load_settings

JS_MINUTES = ["Adult Social Care Committee", "", "Minutes of the Meeting Held on Monday, 06 March 2017",
              "", *MINUTE_13_8]


def _hostile(folder: Path) -> dict[str, bytes]:
    files = {
        "bomb.docx": docx_bomb(12),
        "deep.html": deep_html(100_000).encode(),
        "blank.pdf": blank_pdf(2_000),
        "nul.txt": b"\x00" * 10_000,
        "huge.txt": b"13.8 The Committee AGREED.\n" * 2_500_000,
    }
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def test_hostile_files_fail_clearly_and_lose_nothing(tmp_path):
    settings = load_settings(data_dir=tmp_path / "data", embed_backend="hash", max_expanded_mb=10)
    engine = Engine(settings)
    good = tmp_path / "minutes.txt"
    good.write_text(MINUTES, encoding="utf-8")
    assert index_paths([good], settings, engine).new == [str(good)]
    before = store.counts(store.open_store(settings.db_path, create=False))

    hostile = tmp_path / "hostile"
    files = _hostile(hostile)
    odd = tmp_path / 'minutes "final"\nof 6 March – Café.pdf'
    odd.write_bytes(pdf_with_javascript(JS_MINUTES, "app.alert('pwned');"))
    t0 = time.monotonic()
    report = index_paths([*sorted(hostile / name for name in files), odd], settings, engine)
    assert time.monotonic() - t0 < 60.0
    reasons = {Path(path).name: message for path, message in report.failed}
    assert sorted(reasons) == sorted(files)
    assert "too large once unpacked" in reasons["bomb.docx"] and "MINUTEBOOK_MAX_EXPANDED_MB" in reasons["bomb.docx"]
    assert "nested over 1,000 deep" in reasons["deep.html"] and "MINUTEBOOK_MAX_DEPTH" in reasons["deep.html"]
    assert "no text layer: needs OCR" in reasons["blank.pdf"]
    assert "binary content in a .txt file" in reasons["nul.txt"]
    assert "too large: " in reasons["huge.txt"] and "MINUTEBOOK_MAX_FILE_MB" in reasons["huge.txt"]
    assert all(message.startswith(str(hostile / name)) for name, message in reasons.items())
    assert report.new == [str(odd)]  # the scripted PDF with an awkward name is a real paper

    db = store.open_store(settings.db_path, create=False)
    assert store.counts(db)["documents"] == before["documents"] + 1
    ids = {r["path"]: r["id"] for r in db.query("select id, path from documents")}
    hits = Engine(settings).search("votes in favour against abstentions transport", {}, limit=20)["results"]
    assert {h["document_id"] for h in hits} >= {ids[str(good.resolve())], ids[str(odd.resolve())]}


def test_a_folder_walk_counts_every_file_once_and_follows_no_link_out(tmp_path, monkeypatch):
    monkeypatch.setenv("MINUTEBOOK_EMBED_BACKEND", "hash")
    papers, outside = tmp_path / "papers", tmp_path / "elsewhere"
    papers.mkdir()
    outside.mkdir()
    (papers / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    (papers / "budget.xlsx").write_bytes(b"PK\x03\x04 not read")
    (papers / ".hidden.txt").write_text(MINUTES, encoding="utf-8")
    (papers / "~$minutes.docx").write_bytes(b"lock")
    (outside / "other.txt").write_text(MINUTES.replace("6 March 2017", "3 July 2017"), encoding="utf-8")
    (outside / "secret.txt").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (papers / "other.txt").symlink_to(outside / "other.txt")
    (papers / "system.txt").symlink_to(outside / "secret.txt")
    (papers / "all-of-elsewhere").symlink_to(outside, target_is_directory=True)
    (papers / "same-minutes.txt").symlink_to(papers / "minutes.txt")

    result = CliRunner().invoke(cli, ["--data", str(tmp_path / "data"), "index", str(papers)])
    assert result.exit_code == 0, result.output
    skipped = sorted(line for line in result.output.splitlines() if line.startswith("skipped: "))
    assert skipped == [
        f"skipped: {papers / 'all-of-elsewhere'}: symlink to a folder outside the folder ({outside}) "
        "(index that folder by its own path if it is meant)",
        f"skipped: {papers / 'budget.xlsx'}: unsupported format .xlsx (supported formats: .doc, .docx, .htm, "
        ".html, .markdown, .md, .pdf, .rtf, .txt)",
        f"skipped: {papers / 'other.txt'}: symlink to a file outside the folder ({outside / 'other.txt'}) "
        "(index that file by its own path if it is meant)",
        f"skipped: {papers / 'system.txt'}: symlink to a file outside the folder ({outside / 'secret.txt'}) "
        "(index that file by its own path if it is meant)",
    ]
    assert "documents: 1 new, 0 updated, 0 unchanged, 0 failed, 4 skipped" in result.output
    db = store.open_store(load_settings(data_dir=tmp_path / "data").db_path, create=False)
    assert [r["path"] for r in db.query("select path from documents")] == [str((papers / "minutes.txt").resolve())]

    named = CliRunner().invoke(cli, ["--data", str(tmp_path / "data"), "index", str(papers / "other.txt")])
    assert named.exit_code == 0, named.output  # a link named explicitly: indexed by its real path
    assert "documents: 1 new" in named.output
    paths = {r["path"] for r in db.query("select path from documents")}
    assert str((outside / "other.txt").resolve()) in paths and str(papers / "other.txt") not in paths
