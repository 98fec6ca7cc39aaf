"""Render committee-paper text files as the PDFs (and Word files, web pages) councils publish,
to test reading them back.

    .venv/bin/python tests/tools/render_corpus.py corpus/documents /tmp/pdf-corpus
    .venv/bin/python tests/tools/render_corpus.py corpus/documents /tmp/docx-corpus --format docx

Each `.txt` becomes a `.pdf` of the same stem: A4, DejaVu Sans 9 pt, about 50 lines a page, a
centred 'Page N' footer (and, with --header, a running title at the head of every page). A
paragraph is one line of the text file; it is wrapped at the right margin as a word processor
would. Runs of tab-separated lines are drawn as ruled tables (every cell boxed, so pdfplumber
finds them; long cells wrap inside their box; a table too long for the page carries on on the
next one). `**bold**` markup is dropped (it is not text), blank lines become one empty line.
The text a reader should get back is the text file's, modulo wrapping and pagination.

With --format docx each paragraph is a Word paragraph and each run of tab-separated lines a
Word table; with --format html, <p> and <table> in a <main>, between a site's navigation and
footer, with a script and an iframe in the content (a reader must drop them).

`render_text`, `docx_of_text` and `html_of_text` are importable for tests that build a file from
a snippet of the corpus.
"""
from __future__ import annotations

import argparse
import html
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from docx import Document as WordDocument
from fpdf import FPDF

from corpus.layout import is_raw_layout

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PAGE_H = 297.0
MARGIN = 15.0
TOP = 28.0  # below the 8 % header strip the reader keeps for running titles
BOTTOM = 268.0  # above the footer strip
LINE_H = 4.8  # mm: 50 lines between TOP and BOTTOM
FONT_PT = 9
CELL_PAD = 1.0


@dataclass
class Block:
    """A paragraph (one text line), a blank line, or a table (tab-separated rows)."""

    kind: str  # para | blank | table
    text: str = ""
    rows: list[list[str]] | None = None


def blocks_of(text: str) -> list[Block]:
    """The text's lines as blocks: tab-separated runs (one blank line apart at most) become tables."""
    out: list[Block] = []
    pending_blank = False
    for raw in text.replace("\r\n", "\n").replace("\f", "\n").split("\n"):
        line = raw.replace("**", "").rstrip(" ")
        if not line.strip():
            pending_blank = True
            continue
        if "\t" in line:
            cells = [" ".join(c.split()) for c in line.split("\t")]
            if out and out[-1].kind == "table" and out[-1].rows is not None:
                out[-1].rows.append(cells)
                pending_blank = False
                continue
            if pending_blank and out:
                out.append(Block("blank"))
            out.append(Block("table", rows=[cells]))
        else:
            if pending_blank and out:
                out.append(Block("blank"))
            out.append(Block("para", " ".join(line.split())))
        pending_blank = False
    return out


class Renderer:
    """Lays blocks out on A4 pages, one column, or two columns with `columns=2`; a table too wide
    for a portrait page in 7 pt goes on landscape pages of its own, as risk registers do."""

    def __init__(self, header: str | None = None, footer: str | None = "Page {n}", first_page: int = 1,
                 columns: int = 1) -> None:
        self.pdf = FPDF(format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.add_font("DejaVu", "", str(FONT))
        self.pdf.set_font("DejaVu", size=FONT_PT)
        self.header, self.footer, self.first_page = header, footer, first_page
        self.columns = columns
        self.gap = 8.0
        self.prose_w = (210.0 - 2 * MARGIN - self.gap * (columns - 1)) / columns
        self.orientation = "P"
        self.col = 0
        self.y = 0.0
        self.pages = 0

    # ---- pages --------------------------------------------------------------------------
    @property
    def page_w(self) -> float:
        return 210.0 if self.orientation == "P" else PAGE_H

    @property
    def page_h(self) -> float:
        return PAGE_H if self.orientation == "P" else 210.0

    @property
    def bottom(self) -> float:
        return self.page_h - (PAGE_H - BOTTOM)

    @property
    def col_w(self) -> float:
        return self.prose_w if self.orientation == "P" else self.page_w - 2 * MARGIN

    def new_page(self, orientation: str | None = None) -> None:
        self.orientation = orientation or self.orientation
        self.pdf.add_page(orientation=self.orientation)
        self.pages += 1
        label = str(self.first_page + self.pages - 1)
        width = self.page_w - 2 * MARGIN
        if self.header:
            self.pdf.set_xy(MARGIN, 10)
            self.pdf.cell(width, LINE_H, self.header.format(n=label), align="R")
        if self.footer:
            self.pdf.set_xy(MARGIN, self.page_h - 14)
            self.pdf.cell(width, LINE_H, self.footer.format(n=label), align="C")
        self.y, self.col = TOP, 0

    def room(self, height: float, orientation: str = "P") -> None:
        """Go to the next column or page unless `height` fits below the current line (on a page
        of the given orientation)."""
        if not self.pages or orientation != self.orientation:
            self.new_page(orientation)
        if self.y + height <= self.bottom:
            return
        if self.orientation == "P" and self.col + 1 < self.columns:
            self.col += 1
            self.y = TOP
        else:
            self.new_page()

    @property
    def x(self) -> float:
        return MARGIN + self.col * (self.col_w + self.gap)

    # ---- blocks -------------------------------------------------------------------------
    def wrap(self, text: str, width: float) -> list[str]:
        """Greedy word wrap at `width` mm; a word longer than the line is cut."""
        lines: list[str] = []
        current = ""
        for word in text.split(" "):
            trial = f"{current} {word}" if current else word
            if self.pdf.get_string_width(trial) <= width:
                current = trial
                continue
            if current:
                lines.append(current)
            while self.pdf.get_string_width(word) > width:
                cut = max(1, int(len(word) * width / self.pdf.get_string_width(word)) - 1)
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        if current:
            lines.append(current)
        return lines or [""]

    def paragraph(self, text: str) -> None:
        for line in self.wrap(text, self.prose_w):
            self.room(LINE_H)
            self.pdf.set_xy(self.x, self.y)
            self.pdf.cell(self.col_w, LINE_H, line)
            self.y += LINE_H

    def blank(self) -> None:
        if self.pages and self.orientation == "P" and self.y > TOP:
            self.y += LINE_H

    def layout_table(self, rows: list[list[str]], width: float, body: float, sizes: tuple[int, ...]):
        """(font size, line height, column widths, wrapped cells) of the largest font in `sizes`
        at which no word is cut and every row fits a page; else of the smallest."""
        n = len(rows[0])
        for size in sizes:
            self.pdf.set_font_size(size)
            line_h = LINE_H * size / FONT_PT
            widths = self.column_widths(rows, n, width)
            grid = [[self.wrap(c, w - 2 * CELL_PAD) if c else [""] for c, w in zip(row, widths, strict=True)]
                    for row in rows]
            cut = any(not _whole_words(c, lines) for row, cells in zip(rows, grid, strict=True)
                      for c, lines in zip(row, cells, strict=True))
            if not cut and max(len(x) for cells in grid for x in cells) * line_h <= body:
                return True, (size, line_h, widths, grid)
        return False, (size, line_h, widths, grid)

    def table(self, rows: list[list[str]]) -> None:
        """A ruled table; a wide one in a smaller font, or landscape; a row taller than a page
        breaks across pages, as Word lets it."""
        n = max(len(r) for r in rows)
        rows = [r + [""] * (n - len(r)) for r in rows]
        fits, (size, line_h, widths, grid) = self.layout_table(
            rows, self.prose_w, BOTTOM - TOP, (FONT_PT, 8, 7))
        orientation = "P"
        if not fits and self.columns > 1:  # a two-column page keeps its tables in their column
            _, (size, line_h, widths, grid) = self.layout_table(rows, self.prose_w, BOTTOM - TOP, (6, 5))
        elif not fits:
            orientation = "L"
            _, (size, line_h, widths, grid) = self.layout_table(
                rows, PAGE_H - 2 * MARGIN, 210.0 - (PAGE_H - BOTTOM) - TOP, (FONT_PT, 8, 7, 6, 5))
        self.pdf.set_font_size(size)
        for cells in grid:
            self.row(cells, widths, line_h, orientation)
        self.pdf.set_font_size(FONT_PT)
        self.y += LINE_H / 2

    def row(self, cells: list[list[str]], widths: list[float], line_h: float, orientation: str) -> None:
        done = 0
        total = max(len(c) for c in cells)
        body = (PAGE_H if orientation == "P" else 210.0) - (PAGE_H - BOTTOM) - TOP
        while done < total:
            self.room(min(total - done, int(body / line_h)) * line_h, orientation)
            fit = min(total - done, max(1, int((self.bottom - self.y) / line_h + 1e-6)))
            x = self.x
            for lines, w in zip(cells, widths, strict=True):
                self.pdf.rect(x, self.y, w, fit * line_h)
                for k, line in enumerate(lines[done:done + fit]):
                    self.pdf.set_xy(x + CELL_PAD, self.y + k * line_h)
                    self.pdf.cell(w - 2 * CELL_PAD, line_h, line)
                x += w
            self.y += fit * line_h
            done += fit

    def column_widths(self, rows: list[list[str]], n: int, width: float) -> list[float]:
        """Each column as wide as its longest cell when they all fit; else at least as wide as its
        longest word, the rest of the width shared in proportion to the cells' lengths."""
        pad = 2 * CELL_PAD + 1

        def widest(i: int, unit: str) -> float:
            parts = [r[i] for r in rows] if unit == "cell" else [w for r in rows for w in r[i].split()]
            return max([self.pdf.get_string_width(p) for p in parts] or [0.0]) + pad

        need = [max(12.0, widest(i, "cell")) for i in range(n)]
        if sum(need) <= width:
            return need
        floor = [max(8.0, widest(i, "word")) for i in range(n)]
        if sum(floor) >= width:
            return [width * f / sum(floor) for f in floor]
        spare = width - sum(floor)
        extra = [max(0.0, w - f) for w, f in zip(need, floor, strict=True)]
        total = sum(extra) or 1.0
        return [f + spare * e / total for f, e in zip(floor, extra, strict=True)]

    def render(self, blocks: list[Block]) -> bytes:
        for block in blocks:
            if block.kind == "para":
                self.paragraph(block.text)
            elif block.kind == "blank":
                self.blank()
            elif block.rows:
                self.table(block.rows)
        if not self.pages:
            self.new_page()
        return bytes(self.pdf.output())


def _whole_words(cell: str, lines: list[str]) -> bool:
    return " ".join(lines).split() == cell.split()


def render_text(text: str, header: str | None = None, footer: str | None = "Page {n}",
                first_page: int = 1, columns: int = 1) -> bytes:
    """A PDF of a committee paper's text (see the module docstring).

    A raw page dump (file 002: the lines of a printed page, with their trailing spaces) keeps its
    lines, and its column is set as wide as its printed lines (the 95th percentile), so that
    its wrapped sentences wrap at the right margin as they did on the page it came from.
    """
    renderer = Renderer(header, footer, first_page, columns)
    if is_raw_layout(text):
        lines = sorted((ln.replace("**", "").strip() for ln in text.split("\n") if ln.strip()),
                       key=renderer.pdf.get_string_width)
        printed = renderer.pdf.get_string_width(lines[int(0.95 * (len(lines) - 1))]) + 0.5
        renderer.prose_w = min(renderer.prose_w, printed)
    return renderer.render(blocks_of(text))


def docx_of_text(text: str) -> bytes:
    """A Word file of the text: a paragraph per line, a table per run of tab-separated lines."""
    doc = WordDocument()
    for block in blocks_of(text):
        if block.kind == "para":
            doc.add_paragraph(block.text)
        elif block.rows:
            n = max(len(r) for r in block.rows)
            grid = doc.add_table(rows=len(block.rows), cols=n)
            for r, row in enumerate(block.rows):
                for c, value in enumerate(row):
                    grid.cell(r, c).text = value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _rtf_escape(text: str) -> str:
    """Text as RTF: backslashes and braces escaped, anything past ASCII as \\uN with a '?' fallback."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            code = ord(ch) if ord(ch) < 32768 else ord(ch) - 65536
            out.append(f"\\u{code}?")
        else:
            out.append(ch)
    return "".join(out)


def rtf_of_text(text: str) -> bytes:
    """An RTF file of the text, as Word writes one: a paragraph per line, a table per run of
    tab-separated lines (\\trowd ... \\cell ... \\row)."""
    parts = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\uc1"]
    for block in blocks_of(text):
        if block.kind == "para":
            parts.append(f"\\pard\\plain {_rtf_escape(block.text)}\\par")
        for row in block.rows or []:
            widths = "".join(f"\\cellx{2000 * (c + 1)}" for c in range(len(row)))
            cells = "".join(f"{_rtf_escape(value)}\\cell " for value in row)
            parts.append(f"\\trowd{widths}\\pard\\plain\\intbl {cells}\\row")
    return ("\n".join(parts) + "\n}").encode("ascii")


def html_of_text(text: str) -> str:
    """A council web page of the text, with navigation, a footer, a script and an iframe around it."""
    parts: list[str] = []
    for n, block in enumerate(blocks_of(text)):
        if block.kind == "para":
            parts.append(f"<p>{html.escape(block.text)}</p>")
        elif block.rows:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                           for row in block.rows)
            parts.append(f"<table>{rows}</table>")
        if n == 3:
            parts.append("<script>document.title = 'pwned'; alert('minutebook')</script>"
                         "<iframe src=\"https://example.org/tracker\"></iframe>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Minutes</title>"
            "<script src=\"https://example.org/analytics.js\"></script></head>\n<body>\n"
            "<nav><a href=\"/\">Home</a> | <a href=\"/meetings\">Meetings</a></nav>\n<main>\n"
            + "\n".join(parts) + "\n</main>\n<footer>Copyright the council</footer>\n</body></html>\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="a .txt file or a folder of them")
    parser.add_argument("out", type=Path, help="folder for the PDFs")
    parser.add_argument("--header", help="running title printed at the head of each page")
    parser.add_argument("--columns", type=int, default=1, choices=(1, 2))
    parser.add_argument("--format", default="pdf", choices=("pdf", "docx", "html"))
    args = parser.parse_args(argv)
    files = sorted(args.source.glob("*.txt")) if args.source.is_dir() else [args.source]
    args.out.mkdir(parents=True, exist_ok=True)
    for path in files:
        text = path.read_text(encoding="utf-8")
        target = args.out / f"{path.stem}.{args.format}"
        if args.format == "docx":
            target.write_bytes(docx_of_text(text))
            print(f"{path.name} -> {target}")
            continue
        if args.format == "html":
            target.write_text(html_of_text(text), encoding="utf-8")
            print(f"{path.name} -> {target}")
            continue
        data = render_text(text, header=args.header, columns=args.columns)
        target.write_bytes(data)
        pages = len(re.findall(rb"/Type\s*/Page\b", data))
        print(f"{path.name} -> {target} ({pages} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
