"""Builders of small real PDF, Word and HTML files for the reading tests.

PDFs are drawn with fpdf2, one cell per given line, so the text a reader should get back is
known exactly. DejaVu Sans is used when the system has it, else the core Helvetica font
(latin-1 text only, which is all these tests use).
"""
from __future__ import annotations

import io
from pathlib import Path

from docx import Document as WordDocument
from fpdf import FPDF

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
LINE_H = 6.0  # mm between lines
COLUMN_W = 85.0  # mm, width of one column of a two-column page

# Snippets of the sample corpus (corpus/documents/000_*.txt), pre-wrapped into lines.
MINUTE_13_8 = [
    "13.8 With 9 votes in favour, 2 votes against and 4 abstentions, the",
    "Committee AGREED the approach to Transport and the revised Transport",
    "Policy and Guidance attached to the report.",
]
FINANCE_TABLE = [
    ["Expenditure Area", "Budget 2016/17 £m", "Forecast Outturn £m", "Variance £m"],
    ["Total Net Expenditure", "250.392", "264.946", "14.554"],
    ["Agreed use of Corporate Business Risk Reserve", "0.000", "(10.155)", "(10.155)"],
    ["Revised Net Expenditure", "250.392", "254.791", "4.399"],
]


def _new_pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    if DEJAVU.exists():
        pdf.add_font("DejaVu", "", str(DEJAVU))
        pdf.set_font("DejaVu", size=10)
    else:
        pdf.set_font("Helvetica", size=10)
    return pdf


def _draw_lines(pdf: FPDF, lines: list[str], x: float, y: float, width: float) -> float:
    for line in lines:
        pdf.set_xy(x, y)
        pdf.cell(width, LINE_H, line)
        y += LINE_H
    return y


def _draw_table(pdf: FPDF, rows: list[list[str]], y: float) -> None:
    pdf.set_xy(pdf.l_margin, y)
    with pdf.table(col_widths=(70, 35, 35, 30), text_align="LEFT", first_row_as_headings=False) as table:
        for row in rows:
            cells = table.row()
            for value in row:
                cells.cell(value)


def _draw_page(pdf: FPDF, lines: list[str], two_column: bool, title: str | None) -> float:
    top = 25.0
    if title:
        top = _draw_lines(pdf, [title], pdf.l_margin, top, 180) + LINE_H
    if not two_column:
        return _draw_lines(pdf, lines, pdf.l_margin, top, 180)
    half = (len(lines) + 1) // 2
    left_end = _draw_lines(pdf, lines[:half], pdf.l_margin, top, COLUMN_W)
    right_end = _draw_lines(pdf, lines[half:], pdf.l_margin + COLUMN_W + 10, top, COLUMN_W)
    return max(left_end, right_end)


def make_pdf(
    lines_per_page: list[list[str]],
    two_column: bool = False,
    table: list[list[str]] | None = None,
    footer: str | None = "Page {n}",
    header: str | None = None,
    first_label: int = 1,
    user_password: str | None = None,
    title: str | None = None,
) -> bytes:
    """A PDF with one page per list of lines; the table (ruled) follows page 1's lines.

    `two_column` puts the first half of each page's lines in a left column and the rest in a
    right one. `footer`/`header` are drawn at the page's foot/head with `{n}` replaced by the
    printed page number, which starts at `first_label`. `title` is a full-width line above each
    page's lines. `user_password` encrypts the file.
    """
    pdf = _new_pdf()
    if user_password is not None:
        pdf.set_encryption(owner_password="owner", user_password=user_password)
    for i, lines in enumerate(lines_per_page):
        pdf.add_page()
        label = str(first_label + i)
        if header:
            pdf.set_xy(pdf.l_margin, 10)
            pdf.cell(180, LINE_H, header.format(n=label), align="R")
        end = _draw_page(pdf, lines, two_column, title)
        if table and i == 0:
            _draw_table(pdf, table, end + LINE_H)
        if footer:
            pdf.set_xy(pdf.l_margin, 280)
            pdf.cell(180, LINE_H, footer.format(n=label), align="C")
    return bytes(pdf.output())


def make_image_pdf(pages: int = 1) -> bytes:
    """A PDF of pages holding only a drawn picture: what a scan without OCR looks like to a reader."""
    from PIL import Image

    pdf = FPDF(format="A4")
    image = Image.new("RGB", (200, 100), (240, 240, 240))
    for _ in range(pages):
        pdf.add_page()
        pdf.image(image, x=10, y=10, w=190)
    return bytes(pdf.output())


def make_docx(blocks: list[tuple[str, object]]) -> bytes:
    """A Word file from (kind, value) blocks, in order.

    Kinds: 'heading' (str), 'para' (str), 'bullet' (str), 'number' (str), 'table' (rows).
    """
    doc = WordDocument()
    for kind, value in blocks:
        if kind == "heading":
            doc.add_heading(str(value), level=1)
        elif kind == "para":
            doc.add_paragraph(str(value))
        elif kind == "bullet":
            doc.add_paragraph(str(value), style="List Bullet")
        elif kind == "number":
            doc.add_paragraph(str(value), style="List Number")
        elif kind == "table":
            rows = list(value)  # type: ignore[call-overload]
            grid = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    grid.cell(r, c).text = text
        else:
            raise ValueError(f"unknown block kind {kind!r}")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def make_html(body: str, title: str = "Minutes", head: str = "") -> str:
    """A whole HTML page around the given body markup."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{title}</title>{head}</head>\n<body>\n{body}\n</body></html>\n"
    )
