"""corpus.read: which files are read, how text is decoded, and one clear error per bad file."""
from pathlib import Path

import pytest

from corpus.read import SUPPORTED, decode_text, iter_paths, looks_binary, read_file
from indexer.settings import Settings
from models.errors import DocumentError

SETTINGS = Settings()
CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "documents"
MINUTE = ("13.8 With 9 votes in favour, 2 votes against and 4 abstentions, the Committee AGREED "
          "the approach to Transport and the revised Transport Policy and Guidance attached to the report.")


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def error_of(path: Path, settings: Settings = SETTINGS) -> str:
    with pytest.raises(DocumentError) as info:
        read_file(path, settings)
    return info.value.message


# ---- iter_paths --------------------------------------------------------------------------


def test_iter_paths_walks_folders_sorted_reporting_unsupported_files(tmp_path):
    for name in ["b.txt", "a/minutes.pdf", "a/report.docx", "c.HTML", ".hidden.txt", "a/agenda.rtf",
                 ".git/config.txt", "notes.xyz", "~$report.docx", "a/page.htm", "readme.md", "LICENSE",
                 "old/minutes.doc"]:
        write(tmp_path / name, "x")
    found = iter_paths([tmp_path])
    assert found.files == [
        (tmp_path / "a/agenda.rtf", False),
        (tmp_path / "a/minutes.pdf", False),
        (tmp_path / "a/page.htm", False),
        (tmp_path / "a/report.docx", False),
        (tmp_path / "b.txt", False),
        (tmp_path / "c.HTML", False),
        (tmp_path / "old/minutes.doc", False),
        (tmp_path / "readme.md", False),
    ]
    assert [(e.path, e.reason) for e in found.skipped] == [  # hidden files and lock files stay silent
        (str(tmp_path / "LICENSE"), "unsupported format (no extension)"),
        (str(tmp_path / "notes.xyz"), "unsupported format .xyz"),
    ]
    assert found.skipped[1].message.endswith("(supported formats: .doc, .docx, .htm, .html, .markdown, .md, "
                                             ".pdf, .rtf, .txt)")


def test_iter_paths_marks_named_files_and_lists_each_file_once(tmp_path):
    a = write(tmp_path / "a.txt", "x")
    b = write(tmp_path / "sub" / "b.md", "x")
    assert iter_paths([tmp_path, a]).files == [(a, True), (b, False)]
    assert iter_paths([a, tmp_path]).files == [(a, True), (b, False)]


def test_iter_paths_includes_a_named_hidden_file(tmp_path):
    hidden = write(tmp_path / ".draft.txt", "x")
    assert iter_paths([hidden]).files == [(hidden, True)]


def test_named_unsupported_file_lists_the_supported_formats(tmp_path):
    sheet = write(tmp_path / "budget.xlsx", b"PK\x03\x04")
    with pytest.raises(DocumentError) as info:
        iter_paths([sheet])
    assert "unsupported format .xlsx" in info.value.message
    for suffix in SUPPORTED:
        assert suffix in info.value.message


# ---- symbolic links -------------------------------------------------------------------------


@pytest.fixture()
def linked(tmp_path):
    """A folder of papers with links in it (inside and out), and a folder and a file outside it."""
    papers, outside = tmp_path / "papers", tmp_path / "elsewhere"
    real = write(papers / "minutes.txt", "x")
    write(papers / "sub" / "agenda.txt", "x")
    secret = write(outside / "passwd.txt", "root:x:0:0")
    write(outside / "more" / "report.txt", "x")
    (papers / "copy-of-minutes.txt").symlink_to(real)
    (papers / "system.txt").symlink_to(secret)
    (papers / "more").symlink_to(outside / "more", target_is_directory=True)
    (papers / "sub-again").symlink_to(papers / "sub", target_is_directory=True)
    (papers / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    return papers, outside


def test_a_walk_does_not_follow_links_out_of_the_folder(linked):
    papers, outside = linked
    found = iter_paths([papers])
    assert found.files == [(papers / "minutes.txt", False), (papers / "sub" / "agenda.txt", False)]
    assert [(e.path, e.reason) for e in found.skipped] == [
        (str(papers / "gone.txt"), "broken symbolic link"),
        (str(papers / "more"), f"symlink to a folder outside the folder ({outside / 'more'})"),
        (str(papers / "system.txt"), f"symlink to a file outside the folder ({outside / 'passwd.txt'})"),
    ]


def test_a_named_link_is_resolved_and_listed_by_its_real_path(linked):
    papers, outside = linked
    assert iter_paths([papers / "system.txt"]).files == [(outside / "passwd.txt", True)]
    assert iter_paths([papers / "more"]).files == [(outside / "more" / "report.txt", False)]
    with pytest.raises(DocumentError, match="broken symbolic link"):
        iter_paths([papers / "gone.txt"])


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(DocumentError, match="no such file or folder"):
        iter_paths([tmp_path / "nope"])


# ---- decoding ----------------------------------------------------------------------------


def test_utf8_with_bom_and_crlf(tmp_path):
    path = write(tmp_path / "m.txt", "\ufeffMinutes\r\n\r\n" + MINUTE + "\r\nEnd\rof file\r\n")
    source = read_file(path, SETTINGS)
    assert source.text == f"Minutes\n\n{MINUTE}\nEnd\nof file\n"
    assert (source.format, source.encoding, source.path) == ("txt", "utf-8", str(path))


def test_line_ends_of_every_kind_become_one_newline(tmp_path):
    path = write(tmp_path / "m.txt", "Minutes\r\r\nPresent\r\nCllr A\rCllr B\u2028Cllr C\u2029Apologies\u0085None\n")
    assert read_file(path, SETTINGS).text == "Minutes\nPresent\nCllr A\nCllr B\nCllr C\n\nApologies\nNone\n"


def test_tabs_stay_cell_separators_without_the_spaces_around_them(tmp_path):
    path = write(tmp_path / "t.txt", "Expenditure Area \t Budget £m\t\tVariance\nTotal  \t250.392 \t\t14.554\n"
                                     "\t\tASCH Committee\t\t\n")
    assert read_file(path, SETTINGS).text == ("Expenditure Area\tBudget £m\t\tVariance\nTotal\t250.392\t\t14.554\n"
                                              "\t\tASCH Committee\t\t\n")


def test_form_feeds_are_page_breaks_and_a_last_one_is_dropped(tmp_path):
    path = write(tmp_path / "pdftotext.txt", "Page one text\n\fPage two text\n\f")
    source = read_file(path, SETTINGS)
    assert source.text == "Page one text\n\fPage two text\n"
    assert source.text.count("\f") == 1


def test_cp1252_pounds_and_curly_quotes_read_correctly(tmp_path):
    text = "An investment of £3m had been agreed over the use of “normally” and ‘appropriate’ – 2018/19."
    path = write(tmp_path / "m.txt", text.encode("cp1252"))
    source = read_file(path, SETTINGS)
    assert source.text == text
    assert source.encoding == "cp1252"


def test_latin1_is_the_recorded_last_resort(tmp_path):
    # 0x81 is unassigned in cp1252, so only Latin-1 decodes this.
    path = write(tmp_path / "m.txt", b"Caf\xe9 meeting \x81 notes")
    source = read_file(path, SETTINGS)
    assert source.text == "Café meeting \x81 notes"
    assert source.encoding == "latin-1"


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    path = write(tmp_path / "m.txt", "\ufeffMinutes £3m".encode("utf-16-le"))
    source = read_file(path, SETTINGS)
    assert (source.text, source.encoding) == ("Minutes £3m", "utf-16")


@pytest.mark.parametrize("data, encoding", [
    ("Résumé".encode(), "utf-8"),
    ("Résumé".encode("cp1252"), "cp1252"),
    (b"\xef\xbb\xbfplain", "utf-8"),
])
def test_decode_text(data, encoding):
    text, used = decode_text(data)
    assert used == encoding
    assert text in ("Résumé", "plain")


def test_markdown_keeps_its_format(tmp_path):
    path = write(tmp_path / "notes.md", "# Minutes\n\n- 13.8 AGREED\n")
    source = read_file(path, SETTINGS)
    assert (source.format, source.text) == ("md", "# Minutes\n\n- 13.8 AGREED\n")


def test_sample_corpus_file_reads_as_utf8():
    source = read_file(next(CORPUS.glob("000_*.txt")), SETTINGS)
    assert source.encoding == "utf-8"
    assert "13.8 With 9 votes in favour, 2 votes against and 4 abstentions" in source.text


# ---- bad files ---------------------------------------------------------------------------


def test_empty_file(tmp_path):
    assert "empty file (0 bytes)" in error_of(write(tmp_path / "e.txt", b""))


def test_whitespace_only_file(tmp_path):
    assert "only whitespace" in error_of(write(tmp_path / "e.md", " \n\t\r\n  "))


def test_binary_content_under_a_txt_name(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    message = error_of(write(tmp_path / "scan.txt", png))
    assert "binary content in a .txt file" in message
    assert ".pdf" in message  # says what would be readable


def test_control_characters_without_nul_are_binary(tmp_path):
    assert looks_binary(b"ab\x01\x02\x03\x04\x05\x06cd" * 10)
    assert not looks_binary(b"Page one\fPage two\ttabbed\r\n")


def test_too_large_names_size_and_setting(tmp_path):
    path = write(tmp_path / "big.txt", MINUTE * 200)
    message = error_of(path, Settings(max_file_mb=0.01))
    assert "too large: 0.0343 MB, over the 0.01 MB limit" in message
    assert "MINUTEBOOK_MAX_FILE_MB" in message


def test_mostly_replacement_characters(tmp_path):
    path = write(tmp_path / "lost.txt", "Min\ufffd\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd\ufffd 13.8")
    assert "undecodable text: 9 of its characters are U+FFFD" in error_of(path)


def test_a_few_replacement_characters_are_kept(tmp_path):
    path = write(tmp_path / "ok.txt", "The Committee AGREED \ufffd the report.")
    assert "\ufffd" in read_file(path, SETTINGS).text


def test_missing_file(tmp_path):
    assert "no such file" in error_of(tmp_path / "gone.txt")


def test_folder_is_not_a_file(tmp_path):
    folder = tmp_path / "dir.txt"
    folder.mkdir()
    assert "not a regular file" in error_of(folder)


def test_unsupported_extension(tmp_path):
    message = error_of(write(tmp_path / "a.wpd", "WordPerfect"))
    assert "unsupported format .wpd" in message
    assert "supported formats: .doc, .docx, .htm, .html, .markdown, .md, .pdf, .rtf, .txt" in message


def test_error_names_the_file(tmp_path):
    path = write(tmp_path / "e.txt", b"")
    with pytest.raises(DocumentError) as info:
        read_file(path, SETTINGS)
    assert info.value.path == str(path)
    assert info.value.message.startswith(str(path))


def test_mojibake_repaired_in_the_text_and_metadata_of_any_format(tmp_path):
    md = tmp_path / "minutes.md"
    md.write_text("---\ntitle: Clerkâ€™s report\n---\n# Minutes\n\nThe Clerkâ€™s report on Â£5 fees was NOTED.\n",
                  encoding="utf-8")
    source = read_file(md, Settings())
    assert "Clerk’s report on £5" in source.text and "â€" not in source.text
    assert source.metadata.get("title") == "Clerk’s report"
    txt = tmp_path / "agenda.txt"
    txt.write_text("CITY COUNCIL AGENDA\n\nâ€œConsent Calendarâ€\x9d items\n", encoding="utf-8")
    assert "“Consent Calendar” items" in read_file(txt, Settings()).text
