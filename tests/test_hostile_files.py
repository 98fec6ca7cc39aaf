"""Hostile files through the whole pipeline (real spaCy, hashed vectors): each fails on one line
naming the file and the bound, in bounded time, and what was indexed before stays searchable."""
from __future__ import annotations

import time
from pathlib import Path

from helpers_docs import MINUTE_13_8
from helpers_formats import MINUTES
from helpers_hostile import blank_pdf, deep_html, docx_bomb, pdf_with_javascript

from indexer import store
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
