"""corpus.pdf, corpus.docx, corpus.html: real files built in tmp_path, exact text back."""
import io
import zipfile
from pathlib import Path

import pytest
from helpers_docs import FINANCE_TABLE, MINUTE_13_8, make_docx, make_html, make_image_pdf, make_pdf

from corpus.html import html_to_text
from corpus.limits import Limits
from corpus.pdf_page import Line, find_gutter
from corpus.read import read_file
from indexer.settings import Settings
from models.errors import DocumentError

SETTINGS = Settings()
TABLE_TEXT = "\n".join("\t".join(row) for row in FINANCE_TABLE)
LEFT = ["Adult Social Care Committee received", "the report on transport and noted",
        "the revised policy for service users", "and their carers across the county"]
RIGHT = ["The Executive Director agreed to", "find out more about disabled bus",
         "passes not being eligible for use", "before half past nine in the morning"]


def save(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def read(tmp_path: Path, name: str, data: bytes | str, settings: Settings = SETTINGS):
    return read_file(save(tmp_path, name, data), settings)


def error_of(tmp_path: Path, name: str, data: bytes | str, settings: Settings = SETTINGS) -> str:
    with pytest.raises(DocumentError) as info:
        read(tmp_path, name, data, settings)
    return info.value.message


# ---- PDF ---------------------------------------------------------------------------------


def test_pdf_pages_labels_table_and_running_header(tmp_path):
    data = make_pdf([["Minutes", "", *MINUTE_13_8], ["14. Update on the SCIE review", "NOTED"]],
                    table=FINANCE_TABLE, header="Adult Social Care Committee", first_label=19)
    source = read(tmp_path, "pack.pdf", data)
    assert source.format == "pdf"
    assert source.text == (  # the minute's wrapped lines are one paragraph again
        "Minutes\n\n" + " ".join(MINUTE_13_8) + "\n\n" + TABLE_TEXT
        + "\n\n\f14. Update on the SCIE review\nNOTED"  # a new paragraph on the new page
    )
    assert source.printed_pages == ["19", "20"]


def test_pdf_table_words_are_not_duplicated(tmp_path):
    source = read(tmp_path, "t.pdf", make_pdf([["Finance"]], table=FINANCE_TABLE, footer=None))
    assert source.text.count("250.392") == 2
    assert source.text.count("Corporate Business Risk Reserve") == 1
    assert "Agreed use of Corporate Business Risk Reserve\t0.000\t(10.155)\t(10.155)" in source.text


def test_pdf_one_form_feed_between_pages(tmp_path):
    pages = [[f"Paragraph on page {n}"] for n in range(1, 8)]
    source = read(tmp_path, "p.pdf", make_pdf(pages, header="Norfolk County Council"))
    assert source.text.count("\f") == 6
    assert source.text.split("\n\n\f") == [f"Paragraph on page {n}" for n in range(1, 8)]
    assert source.printed_pages == [str(n) for n in range(1, 8)]


def test_pdf_bare_number_footer_is_a_label(tmp_path):
    source = read(tmp_path, "p.pdf", make_pdf([["One"], ["Two"], ["Three"]], footer="{n}", first_label=7))
    assert source.text == "One\n\n\fTwo\n\n\fThree"  # pages apart, and paragraphs apart
    assert source.printed_pages == ["7", "8", "9"]


def test_pdf_without_footer_has_no_labels(tmp_path):
    source = read(tmp_path, "p.pdf", make_pdf([["One"], ["Two"]], footer=None))
    assert source.text == "One\n\n\fTwo"
    assert source.printed_pages == [None, None]


def test_pdf_running_footer_with_page_number_inside(tmp_path):
    footer = "Adult Social Care Committee, 6 March 2017, Page {n}"
    source = read(tmp_path, "p.pdf", make_pdf([["One"], ["Two"], ["Three"]], footer=footer, first_label=19))
    assert source.text == "One\n\n\fTwo\n\n\fThree"
    assert source.printed_pages == ["19", "20", "21"]


def test_pdf_two_columns_read_left_then_right(tmp_path):
    source = read(tmp_path, "c.pdf", make_pdf([LEFT + RIGHT], two_column=True))
    assert _words(source.text) == _words(" ".join(LEFT + RIGHT))
    assert source.printed_pages == ["1"]


def test_pdf_two_columns_keep_a_header_on_top(tmp_path):
    data = make_pdf([LEFT + RIGHT], two_column=True, header="Adult Social Care Committee")
    source = read(tmp_path, "c.pdf", data)
    assert source.text.startswith("Adult Social Care Committee\n\n")
    assert _words(source.text) == _words("Adult Social Care Committee " + " ".join(LEFT + RIGHT))


def test_pdf_title_two_columns_then_table(tmp_path):
    title = "Adult Social Care Committee: Finance Monitoring Report Period 10 2016-17"
    data = make_pdf([LEFT + RIGHT], two_column=True, title=title, table=FINANCE_TABLE)
    source = read(tmp_path, "c.pdf", data)
    assert source.text.startswith(title + "\n\n") and source.text.endswith("\n\n" + TABLE_TEXT)
    assert _words(source.text) == _words(" ".join([title, *LEFT, *RIGHT, TABLE_TEXT]))


def _words(text: str) -> list[str]:
    return text.split()


def _row(y: float, *cells: tuple[float, str]) -> Line:
    words = [{"x0": x, "x1": x + 6.0 * len(t), "top": y, "bottom": y + 10, "text": t} for x, t in cells]
    return Line(top=y, bottom=y + 10, x0=words[0]["x0"], x1=words[-1]["x1"], words=words,
                text=" ".join(t for _, t in cells))


def test_gutter_found_between_two_columns_of_prose():
    rows = [_row(100 + 17 * i, (30, "the"), (60, "committee"), (130, "agreed"),
                 (330, "officers"), (390, "would"), (440, "report")) for i in range(6)]
    assert find_gutter(rows, 595.0) is not None


def test_no_gutter_for_a_label_column_beside_numbers():
    rows = [_row(100 + 17 * i, (30, "Total"), (70, "Net"), (100, "Expenditure"),
                 (330, "250.392"), (400, "264.946"), (470, "14.554")) for i in range(6)]
    assert find_gutter(rows, 595.0) is None


def test_no_gutter_on_a_one_column_page():
    rows = [_row(100 + 17 * i, (30, "Committee"), (100, "AGREED"), (160, "the"), (200, "approach"),
                 (260, "to"), (280, "transport"), (340, "policy")) for i in range(8)]
    assert find_gutter(rows, 595.0) is None


def test_image_only_pdf_needs_ocr(tmp_path):
    assert "no text layer: needs OCR" in error_of(tmp_path, "scan.pdf", make_image_pdf(2))


def test_pdf_with_only_page_numbers_needs_ocr(tmp_path):
    assert "no text layer: needs OCR" in error_of(tmp_path, "scan.pdf", make_pdf([[], [], []]))


def test_encrypted_pdf(tmp_path):
    message = error_of(tmp_path, "locked.pdf", make_pdf([MINUTE_13_8], user_password="secret"))
    assert "encrypted PDF" in message


def test_pdf_with_only_an_owner_password_is_read(tmp_path):
    source = read(tmp_path, "owner.pdf", make_pdf([MINUTE_13_8], user_password=""))
    assert source.text == " ".join(MINUTE_13_8)


def test_truncated_pdf(tmp_path):
    data = make_pdf([MINUTE_13_8] * 3)
    assert "corrupt or truncated PDF" in error_of(tmp_path, "half.pdf", data[: len(data) // 2])


def test_corrupt_pdf_body(tmp_path):
    data = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    assert "corrupt or truncated PDF" in error_of(tmp_path, "bad.pdf", data)


def test_text_renamed_pdf(tmp_path):
    assert "not a PDF" in error_of(tmp_path, "notes.pdf", "13.8 The Committee AGREED")


def test_pdf_reading_stops_at_the_time_limit(tmp_path):
    data = make_pdf([[f"Line on page {n}"] for n in range(1000)])
    message = error_of(tmp_path, "huge.pdf", data, Settings(file_timeout_s=0.2))
    assert "took longer than 0.2 s (read " in message
    assert "of 1000 pages)" in message
    assert "MINUTEBOOK_FILE_TIMEOUT_S" in message


# ---- Word --------------------------------------------------------------------------------


def test_docx_body_order_lists_and_tables(tmp_path):
    data = make_docx([
        ("heading", "Adult Social Care Committee"),
        ("para", " ".join(MINUTE_13_8)),
        ("bullet", "The forecast outturn"),
        ("bullet", "The planned recovery actions"),
        ("number", "13.9 Officers would report back."),
        ("table", FINANCE_TABLE),
        ("para", "The meeting finished at 12:55 PM"),
    ])
    source = read(tmp_path, "minutes.docx", data)
    assert source.format == "docx"
    assert source.text == (
        "Adult Social Care Committee\n\n" + " ".join(MINUTE_13_8) + "\n\n"
        "- The forecast outturn\n- The planned recovery actions\n13.9 Officers would report back.\n\n"
        + TABLE_TEXT + "\n\nThe meeting finished at 12:55 PM"
    )
    assert source.printed_pages == []


def test_docx_merged_cells_appear_once(tmp_path):
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Budget 2016/17"
    for c, text in enumerate(["Area", "£m", "%"]):
        table.cell(1, c).text = text
    out = io.BytesIO()
    doc.save(out)
    assert read(tmp_path, "t.docx", out.getvalue()).text == "Budget 2016/17\nArea\t£m\t%"


def test_zip_renamed_docx_is_not_a_word_document(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("minutes.txt", "13.8 AGREED")
    assert "not a Word document" in error_of(tmp_path, "m.docx", out.getvalue())


def test_text_renamed_docx_is_not_a_word_document(tmp_path):
    assert "not a Word document" in error_of(tmp_path, "m.docx", "13.8 The Committee AGREED")


def test_empty_docx(tmp_path):
    assert "no text" in error_of(tmp_path, "blank.docx", make_docx([("para", "  ")]))


# ---- HTML --------------------------------------------------------------------------------

PAGE = make_html("""
<nav><a href="/">Home</a> | <a href="/meetings">Meetings</a></nav>
<header><p>Norfolk County Council website</p></header>
<div role="navigation">Skip to content</div>
<main>
  <h1>Adult Social Care Committee</h1>
  <p>13.8 With 9 votes in favour, 2 votes against and 4 abstentions,
     the Committee <strong>AGREED</strong> the approach to&nbsp;Transport.</p>
  <script>alert(1)</script>
  <iframe src="https://example.org/tracker"></iframe>
  <ol start="3"><li>Apologies</li><li>Minutes of the last meeting</li></ol>
  <ul><li>The forecast outturn</li><li>The planned recovery actions</li></ul>
  <table>
    <tr><th>Expenditure Area</th><th>Budget 2016/17 &pound;m</th><th>Forecast Outturn £m</th><th>Variance £m</th></tr>
    <tr><td>Total Net Expenditure</td><td>250.392</td><td>264.946</td><td>14.554</td></tr>
    <tr><td>Agreed use of Corporate Business Risk Reserve</td><td>0.000</td><td>(10.155)</td><td>(10.155)</td></tr>
    <tr><td>Revised Net Expenditure</td><td>250.392</td><td>254.791</td><td>4.399</td></tr>
  </table>
  <form><input name="q"><button>Search</button></form>
  <aside>Related pages</aside>
  <!-- hidden comment -->
</main>
<footer>Copyright Norfolk County Council</footer>
""", head="<style>body { color: red }</style><script>alert(2)</script>")

PAGE_TEXT = (
    "Adult Social Care Committee\n\n"
    "13.8 With 9 votes in favour, 2 votes against and 4 abstentions, the Committee AGREED the "
    "approach to Transport.\n\n"
    "3. Apologies\n\n4. Minutes of the last meeting\n\n"
    "- The forecast outturn\n\n- The planned recovery actions\n\n" + TABLE_TEXT
)


def test_html_main_content_blocks_lists_and_table(tmp_path):
    source = read(tmp_path, "minutes.html", PAGE)
    assert (source.format, source.encoding) == ("html", "utf-8")
    assert source.text == PAGE_TEXT


def test_html_drops_scripts_frames_and_chrome():
    text = html_to_text(PAGE)
    for gone in ("alert", "tracker", "Home", "website", "Skip to content", "Search", "Related",
                 "Copyright", "color", "hidden comment"):
        assert gone not in text


def test_html_without_main_reads_the_body_and_line_breaks():
    page = make_html("<div><p>Present:<br>Mr B Borrett (Chairman)<br>Mrs S Gurney</p></div>"
                     "<script>alert(1)</script>")
    assert html_to_text(page) == "Present:\nMr B Borrett (Chairman)\nMrs S Gurney"


def test_html_article_keeps_its_own_header():
    page = make_html("<header>Site</header><article><header><h1>Minutes</h1></header>"
                     "<p>NOTED</p></article>")
    assert html_to_text(page) == "Minutes\n\nNOTED"


def test_htm_in_cp1252(tmp_path):
    page = make_html("<p>An investment of £3m – “normally”</p>").replace('charset="utf-8"', 'charset="windows-1252"')
    source = read(tmp_path, "page.htm", page.encode("cp1252"))
    assert (source.text, source.encoding) == ("An investment of £3m – “normally”", "cp1252")


def test_html_with_only_scripts_has_no_text(tmp_path):
    message = error_of(tmp_path, "empty.html", make_html("<script>alert(1)</script><iframe></iframe>"))
    assert "no text" in message


def test_deeply_nested_html_does_not_overflow():
    page = "<div>" * 900 + "deep" + "</div>" * 900
    assert html_to_text(page) == "deep"
    deeper = "<div>" * 5000 + "deep" + "</div>" * 5000
    assert html_to_text(deeper, Limits(path="deep.html", max_depth=6000)) == "deep"
