"""corpus.doc: a real legacy Word file read by antiword, tables exact, and each failure one line."""
import os
import shutil
from pathlib import Path

import pytest
from helpers_docs import make_docx

from corpus.doc import tidy, with_table_rows
from corpus.read import SUPPORTED, read_file
from indexer.settings import Settings
from models.errors import DocumentError

DATA = Path(__file__).resolve().parents[1] / "data"
SETTINGS = Settings()
needs_antiword = pytest.mark.skipif(
    shutil.which("antiword") is None and os.environ.get("CI") != "true",
    reason="antiword is not installed (apt-get install antiword; .ci/run installs it, and in CI this runs)")

MINUTES_TEXT = (
    "Minutes of a meeting of Ashwell Parish Council\n\n"
    "Held on Tuesday 3rd March 2021 at 7.30pm in the Village Hall.\n\n"
    "Present: Cllr A Smith (Chair)\nCllr B Jones, Cllr C Patel\n\n"
    "21/14 Planning. The Council considered the applications below.\n\n"
    "Application\tDecision\n"
    "3/21/0412/FHA 12 Station Road: single storey rear extension and a new dropped kerb\t"
    "RESOLVED to raise no objection. Proposed by Cllr Smith, seconded by Cllr Jones.\n"
    "3/21/0520/LBC The Old Forge\tDeferred\n\n"
    "21/15 Finance. It was RESOLVED that the clerk’s invoice of £120 be paid."
)


def error_of(path: Path, settings: Settings = SETTINGS) -> str:
    with pytest.raises(DocumentError) as info:
        read_file(path, settings)
    return info.value.message


def fake_antiword(folder: Path, script: str, monkeypatch) -> None:
    """An `antiword` first on PATH that runs `script` (a shell body) instead of the real one."""
    folder.mkdir(exist_ok=True)
    program = folder / "antiword"
    program.write_text(f"#!/bin/sh\n{script}\n")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")


def test_doc_is_supported():
    assert ".doc" in SUPPORTED


@needs_antiword
def test_doc_paragraphs_line_breaks_and_table_rows():
    source = read_file(DATA / "minutes.doc", SETTINGS)
    assert source.format == "doc"
    assert source.text == MINUTES_TEXT


@needs_antiword
def test_truncated_doc_fails_with_what_antiword_says(tmp_path):
    path = tmp_path / "cut.doc"
    path.write_bytes((DATA / "minutes.doc").read_bytes()[:3000])
    assert error_of(path) == (
        f"{path}: not a readable Word 97-2003 document (antiword: is not a Word Document.) "
        "(is it another format renamed, or password-protected? save it from Word as .docx)")


def test_text_under_a_doc_name_is_not_a_word_file(tmp_path):
    path = tmp_path / "agenda.doc"
    path.write_text("Agenda of the meeting", encoding="utf-8")
    assert error_of(path) == (f"{path}: not a Word 97-2003 document: no compound-file signature "
                              "(check the file type; rename it if it is another format)")


def test_rtf_and_docx_under_a_doc_name_are_read_as_what_they_are(tmp_path):
    rtf = tmp_path / "notice.doc"
    rtf.write_bytes(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard PUBLIC NOTICE\par\pard Item 1\par}")
    assert (read_file(rtf, SETTINGS).format, read_file(rtf, SETTINGS).text) == ("rtf", "PUBLIC NOTICE\n\nItem 1")
    docx = tmp_path / "minutes.doc"
    docx.write_bytes(make_docx([("para", "13.8 The Committee AGREED.")]))
    assert (read_file(docx, SETTINGS).format, read_file(docx, SETTINGS).text) == ("docx", "13.8 The Committee AGREED.")


def test_missing_antiword_names_the_package(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    path = tmp_path / "m.doc"
    path.write_bytes((DATA / "minutes.doc").read_bytes())
    assert error_of(path) == (f"{path}: cannot read .doc files: antiword is not installed "
                              "(install the Debian package antiword (apt-get install antiword))")


def test_antiword_that_hangs_is_stopped_at_the_time_limit(tmp_path, monkeypatch):
    fake_antiword(tmp_path / "bin", "exec sleep 30", monkeypatch)
    path = tmp_path / "m.doc"
    path.write_bytes((DATA / "minutes.doc").read_bytes())
    assert error_of(path, Settings(file_timeout_s=0.5)) == (
        f"{path}: took longer than 0.5 s (antiword was stopped) "
        "(raise MINUTEBOOK_FILE_TIMEOUT_S or split the file)")


def test_antiword_output_is_bounded(tmp_path, monkeypatch):
    fake_antiword(tmp_path / "bin", "exec head -c 3000000 /dev/zero", monkeypatch)
    path = tmp_path / "m.doc"
    path.write_bytes((DATA / "minutes.doc").read_bytes())
    assert error_of(path, Settings(max_expanded_mb=2)) == (
        f"{path}: too large once unpacked: antiword wrote 2.86 MB, over the 2 MB limit "
        "(raise MINUTEBOOK_MAX_EXPANDED_MB if it is a genuine paper)")


def test_bordered_lines_become_tab_rows_when_docbook_does_not_pair_up():
    text = "Intro\n\n|Payee     |Amount|\n|R Smith   |120.00|\n\nEnd"
    assert with_table_rows(text, []) == "Intro\n\n\nPayee\tAmount\nR Smith\t120.00\n\n\nEnd"
    assert tidy(with_table_rows(text, [["Payee\tAmount £", "R Smith\t120.00"]])) == (
        "Intro\n\nPayee\tAmount £\nR Smith\t120.00\n\nEnd")


def test_tidy_bullets_page_breaks_and_blank_lines():
    assert tidy("\n\n• Apologies  \n• Minutes\f\n\n\nNext page\n") == "- Apologies\n- Minutes\n\nNext page"
