"""corpus.limits and the readers' bounds: each hostile file gives one clear line, in bounded time."""
import time
from pathlib import Path

import pytest
from helpers_docs import MINUTE_13_8, make_docx, make_html, make_pdf
from helpers_hostile import (
    blank_pdf,
    deep_html,
    docx_bomb,
    docx_of_many_paragraphs,
    docx_that_declares_less,
    pdf_with_javascript,
)

from corpus.limits import Limits
from corpus.read import read_file
from indexer.settings import Settings, load_settings
from models.errors import DocumentError

SETTINGS = Settings()
QUICK = 10.0  # seconds: every refusal below comes well inside this on a loaded 2-core machine


def refused(path: Path, settings: Settings = SETTINGS) -> tuple[str, float]:
    """(message, seconds) of reading a file that must be refused."""
    t0 = time.monotonic()
    with pytest.raises(DocumentError) as info:
        read_file(path, settings)
    return info.value.message, time.monotonic() - t0


def save(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_settings_for_the_bounds_have_defaults_help_and_environment(monkeypatch):
    assert (SETTINGS.max_expanded_mb, SETTINGS.max_elements, SETTINGS.max_depth) == (200.0, 1_000_000, 1_000)
    monkeypatch.setenv("MINUTEBOOK_MAX_EXPANDED_MB", "50")
    monkeypatch.setenv("MINUTEBOOK_MAX_ELEMENTS", "5000")
    monkeypatch.setenv("MINUTEBOOK_MAX_DEPTH", "64")
    s = load_settings()
    assert (s.max_expanded_mb, s.max_elements, s.max_depth) == (50.0, 5000, 64)
    limits = Limits.of("a.docx", s)
    assert (limits.path, limits.max_expanded_mb, limits.max_elements, limits.max_depth) == ("a.docx", 50.0, 5000, 64)


# ---- Word ---------------------------------------------------------------------------------


def test_docx_that_unpacks_past_the_bound_is_refused_before_parsing(tmp_path):
    path = save(tmp_path, "bomb.docx", docx_bomb(12))
    assert path.stat().st_size < 100_000  # a small file ...
    message, seconds = refused(path, Settings(max_expanded_mb=10))  # ... that unpacks to 12 MB
    assert message.startswith(f"{path}: too large once unpacked: its parts declare 12.")
    assert message.endswith(" MB, over the 10 MB limit (raise MINUTEBOOK_MAX_EXPANDED_MB if it is a genuine paper)")
    assert seconds < QUICK


def test_docx_whose_parts_lie_about_their_size_is_refused(tmp_path):
    path = save(tmp_path, "liar.docx", docx_that_declares_less(make_docx([("para", " ".join(MINUTE_13_8))])))
    message, seconds = refused(path)
    assert message.startswith(f"{path}: not a Word document: Bad CRC-32 for file 'word/document.xml'")
    assert seconds < QUICK


def test_docx_with_too_many_elements(tmp_path):
    path = save(tmp_path, "many.docx", docx_of_many_paragraphs(60_000))
    message, seconds = refused(path, Settings(max_elements=40_000))
    assert message == (f"{path}: too many XML elements in the package: over the 40,000 limit "
                       "(raise MINUTEBOOK_MAX_ELEMENTS if it is a genuine paper)")
    assert seconds < QUICK


def test_docx_within_the_bounds_reads(tmp_path):
    path = save(tmp_path, "ok.docx", docx_of_many_paragraphs(3_000))
    assert read_file(path, Settings(max_elements=40_000)).text == "13.8 The Committee AGREED."


# ---- web pages ----------------------------------------------------------------------------


def test_html_nested_100000_deep_is_refused_quickly(tmp_path):
    path = save(tmp_path, "deep.html", deep_html(100_000))
    message, seconds = refused(path)
    assert message == (f"{path}: elements of the page nested over 1,000 deep "
                       "(raise MINUTEBOOK_MAX_DEPTH if it is a genuine paper)")
    assert seconds < QUICK


def test_html_with_too_many_elements_is_refused_before_a_tree_is_built(tmp_path):
    path = save(tmp_path, "wide.html", make_html("<p>x</p>" * 50_000))
    message, seconds = refused(path, Settings(max_elements=10_000))
    assert message == (f"{path}: too many elements in the page: over the 10,000 limit "
                       "(raise MINUTEBOOK_MAX_ELEMENTS if it is a genuine paper)")
    assert seconds < QUICK


# ---- PDF ----------------------------------------------------------------------------------


def test_pdf_of_thousands_of_blank_pages_has_no_text_layer(tmp_path):
    path = save(tmp_path, "blank.pdf", blank_pdf(5_000))
    message, seconds = refused(path)
    assert message.startswith(f"{path}: no text layer: needs OCR")
    assert seconds < 60.0  # 5,000 pages, each opened and found empty


def test_pdf_with_a_javascript_action_is_read_and_nothing_runs(tmp_path, monkeypatch):
    marker = tmp_path / "ran"
    script = f"app.launchURL('file://{marker}'); this.exportDataObject({{cName: 'x', nLaunch: 2}});"
    path = save(tmp_path, "scripted.pdf", pdf_with_javascript(MINUTE_13_8, script))
    assert b"/JavaScript" in path.read_bytes()
    source = read_file(path, SETTINGS)
    assert source.text == " ".join(MINUTE_13_8)
    assert "launchURL" not in source.text and not marker.exists()


# ---- any format ---------------------------------------------------------------------------


@pytest.mark.parametrize("name, reason", [
    ("nul.txt", "binary content in a .txt file"),
    ("nul.md", "binary content in a .md file"),
    ("nul.html", "binary content in a .html file"),
    ("nul.pdf", "not a PDF"),
    ("nul.docx", "not a Word document"),
])
def test_a_file_of_nul_bytes(tmp_path, name, reason):
    message, seconds = refused(save(tmp_path, name, b"\x00" * 100_000))
    assert message.startswith(f"{tmp_path / name}: {reason}")
    assert seconds < QUICK


def test_a_60_mb_text_is_refused_by_size_without_being_read(tmp_path):
    path = save(tmp_path, "huge.txt", b"13.8 The Committee AGREED the approach to Transport.\n" * 1_230_000)
    assert path.stat().st_size > 60_000_000
    message, seconds = refused(path)
    assert message == (f"{path}: too large: 62.2 MB, over the 20 MB limit "
                       "(raise MINUTEBOOK_MAX_FILE_MB or split the file)")
    assert seconds < 1.0


@pytest.mark.parametrize("name", ['minutes "final" 2021.txt', "minutes\nforged line.txt",
                                  "Café – procès-verbal 会议.txt", "it's; rm -rf ~.txt"])
def test_awkward_names_read_fine(tmp_path, name):
    path = save(tmp_path, name, " ".join(MINUTE_13_8))
    assert read_file(path, SETTINGS).text == " ".join(MINUTE_13_8)


@pytest.mark.parametrize("name, data", [
    ("t.txt", " ".join(MINUTE_13_8)),
    ("t.md", "# Minutes\n\n" + " ".join(MINUTE_13_8)),
    ("t.html", make_html("<p>" + " ".join(MINUTE_13_8) + "</p>")),
    ("t.pdf", make_pdf([MINUTE_13_8])),
    ("t.docx", make_docx([("para", " ".join(MINUTE_13_8))])),
])
def test_every_format_keeps_to_the_time_limit(tmp_path, name, data):
    message, _ = refused(save(tmp_path, name, data), Settings(file_timeout_s=0))
    assert "took longer than 0 s" in message and "MINUTEBOOK_FILE_TIMEOUT_S" in message


def test_the_time_guard_stops_one_long_call():
    limits = Limits(path="slow.rtf", timeout_s=0.2)
    t0 = time.monotonic()
    with pytest.raises(DocumentError) as info, limits.time_guard():
        time.sleep(30)
    assert info.value.message == ("slow.rtf: took longer than 0.2 s "
                                  "(raise MINUTEBOOK_FILE_TIMEOUT_S or split the file)")
    assert time.monotonic() - t0 < 5.0  # the deadline and a grace of 2 s for the readers' own checks
