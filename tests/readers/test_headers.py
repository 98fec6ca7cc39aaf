"""Running headers and footers kept apart in SourceText.headers: PDF, Word and RTF."""
import io
from pathlib import Path

from docx import Document
from fpdf import FPDF
from helpers_docs import DEJAVU, MINUTE_13_8, make_pdf

from corpus.headers import distinct_lines
from corpus.read import read_file
from indexer.settings import Settings

SETTINGS = Settings()


def save(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_distinct_lines_once_each_numbers_ignored_labels_left_out():
    assert distinct_lines(["HERTINGFORDBURY PARISH COUNCIL", "Page 1 of 3", "Minutes, 3 March 2021, page 1",
                           "HERTINGFORDBURY  PARISH COUNCIL", "- 2 -", "Minutes, 3 March 2021, page 2", "iv",
                           "", "Clerk: Mrs A Brown"]) == [
        "HERTINGFORDBURY PARISH COUNCIL", "Minutes, 3 March 2021, page 1", "Clerk: Mrs A Brown"]


def test_pdf_running_header_and_footer_are_kept_apart(tmp_path):
    data = make_pdf([["One"], ["Two"], ["Three"]], header="Adult Social Care Committee",
                    footer="Norfolk County Council, 6 March 2017, Page {n}", first_label=19)
    source = read_file(save(tmp_path, "p.pdf", data), SETTINGS)
    assert source.text == "One\n\n\fTwo\n\n\fThree"
    assert source.headers == ["Adult Social Care Committee", "Norfolk County Council, 6 March 2017, Page 19"]


def test_pdf_bare_page_numbers_are_no_header(tmp_path):
    source = read_file(save(tmp_path, "p.pdf", make_pdf([["One"], ["Two"]], footer="Page {n}")), SETTINGS)
    assert (source.text, source.headers) == ("One\n\n\fTwo", [])


def _pdf_with_a_large_header(title: str, pages: list[str]) -> bytes:
    """Pages under a council's name in a large font, which reaches below the page's header strip."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    if DEJAVU.exists():
        pdf.add_font("DejaVu", "", str(DEJAVU))
    font = "DejaVu" if DEJAVU.exists() else "Helvetica"
    for text in pages:
        pdf.add_page()
        pdf.set_font(font, size=26)
        pdf.set_xy(10, 15)
        pdf.cell(190, 12, title, align="C")
        pdf.set_font(font, size=10)
        pdf.set_xy(10, 60)
        pdf.cell(190, 6, text)
    return bytes(pdf.output())


def test_pdf_header_in_a_large_font_is_a_running_header(tmp_path):
    data = _pdf_with_a_large_header("HERTINGFORDBURY PARISH COUNCIL", ["46.1 Minutes approved.", "47. Planning.",
                                                                        "48. Finance."])
    source = read_file(save(tmp_path, "m.pdf", data), SETTINGS)
    assert source.text == "46.1 Minutes approved.\n\n\f47. Planning.\n\n\f48. Finance."
    assert source.headers == ["HERTINGFORDBURY PARISH COUNCIL"]


def test_pdf_headings_that_differ_only_in_number_stay_in_the_text(tmp_path):
    data = _pdf_with_a_large_header("Question 1", ["Asked by Cllr Smith."])
    data2 = _pdf_with_a_large_header("Question 2", ["Asked by Cllr Jones."])
    one = read_file(save(tmp_path, "q1.pdf", data), SETTINGS)
    assert one.text.startswith("Question 1") and one.headers == []
    assert read_file(save(tmp_path, "q2.pdf", data2), SETTINGS).text.startswith("Question 2")


def test_word_section_headers_and_footers(tmp_path):
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "HERTINGFORDBURY PARISH COUNCIL"
    section.header.add_paragraph("22 FIRS WALK ∙ TEWIN")
    section.footer.paragraphs[0].text = "Page 1"
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Summons to a meeting"
    table = section.footer.add_table(rows=1, cols=2, width=section.page_width)
    table.cell(0, 0).text = "Clerk: Mrs A Glew"
    table.cell(0, 1).text = "clerk@example.org"
    doc.add_paragraph("Members of the Council are summoned to attend.")
    out = io.BytesIO()
    doc.save(out)
    source = read_file(save(tmp_path, "agenda.docx", out.getvalue()), SETTINGS)
    assert source.text == "Members of the Council are summoned to attend."
    assert source.headers == ["HERTINGFORDBURY PARISH COUNCIL", "22 FIRS WALK ∙ TEWIN", "Summons to a meeting",
                              "Clerk: Mrs A Glew", "clerk@example.org"]


def test_word_without_headers(tmp_path):
    doc = Document()
    doc.add_paragraph(" ".join(MINUTE_13_8))
    out = io.BytesIO()
    doc.save(out)
    assert read_file(save(tmp_path, "m.docx", out.getvalue()), SETTINGS).headers == []


def test_rtf_header_and_footer_groups(tmp_path):
    rtf = (r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}"
           r"{\header\pard\plain\qc\b ASHWELL PARISH COUNCIL\b0\par\pard Clerk: Mrs A Brown\par}"
           r"{\footerl \pard Page {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}"
           r"{\footerr\pard\plain Ashwell \endash  minutes\par}"
           "\n" r"\pard Minutes of the meeting\par}")
    source = read_file(save(tmp_path, "m.rtf", rtf.encode("ascii")), SETTINGS)
    assert source.text == "Minutes of the meeting"
    assert source.headers == ["ASHWELL PARISH COUNCIL", "Clerk: Mrs A Brown", "Ashwell – minutes"]
