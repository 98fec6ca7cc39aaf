"""Text of a PDF in reading order, one form-feed-separated page per physical page.

Per page: words are grouped into rows; ruled tables (pdfplumber's `find_tables`) replace their
words with tab-separated rows; a two-column page (two clusters of words with a gutter between
them) is read left column first, then right; a vertical gap wider than the usual line spacing
becomes a blank line. Across pages: lines that recur at the top or bottom of many pages
(running titles, "Page 19") are dropped, and the page label they print is kept per page.
"""
from __future__ import annotations

import logging
import re
import statistics
import struct
import time
import warnings
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.pdftypes import PDFException
from pdfminer.psparser import PSException
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from models.domain import SourceText
from models.errors import DocumentError

if TYPE_CHECKING:  # corpus must not import indexer at run time (models <- corpus <- indexer)
    from indexer.settings import Settings

log = logging.getLogger(__name__)

# What a damaged file can make pdfminer raise, at open or while reading a page. Caught only
# around the parser's calls and turned into a DocumentError naming the file.
_PARSE_ERRORS = (
    PdfminerException, MalformedPDFException, PDFException, PSException, PDFSyntaxError,
    ValueError, KeyError, TypeError, IndexError, AttributeError, AssertionError,
    RecursionError, struct.error, zlib.error,
)
EDGE_BAND = 0.08  # share of the page height at the top and bottom where headers/footers sit
MIN_GUTTER = 12.0  # points of empty x between two columns; word gaps are narrower
_LABEL_LINE = re.compile(
    r"^(?:page\s*)?[-–—]?\s*(\d{1,4}|[ivxlc]{1,7})\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I
)
_LABEL_IN_LINE = re.compile(r"\bpage\s+(\d{1,4}|[ivxlc]{1,7})\b", re.I)
_OCR_HINT = "it looks scanned: run it through OCR, e.g. ocrmypdf, and index the result"


@dataclass
class Line:
    """A row of text on a page (or a whole table), with its box."""

    top: float
    bottom: float
    x0: float
    x1: float
    text: str = ""
    words: list[dict] = field(default_factory=list)
    table: bool = False


def read_pdf(path: Path, settings: Settings) -> SourceText:
    """Read a PDF's text layer; pages are separated by '\\f' and labelled in `printed_pages`."""
    _check_bytes(path)
    deadline = time.monotonic() + settings.file_timeout_s
    pages: list[list[Line]] = []
    heights: list[float] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pdfminer warns about every blemish of a real file
        try:
            with pdfplumber.open(path) as pdf:
                for n, page in enumerate(pdf.pages):
                    if time.monotonic() > deadline:
                        raise DocumentError(
                            str(path), f"took longer than {settings.file_timeout_s:g} s "
                            f"(read {n} of {len(pdf.pages)} pages)",
                            "raise MINUTEBOOK_FILE_TIMEOUT_S or split the file")
                    pages.append(page_lines(page))
                    heights.append(float(page.height))
                    page.close()
        except PdfminerException as e:
            raise _parse_error(path, e.args[0] if e.args else e) from None
        except _PARSE_ERRORS as e:
            raise _parse_error(path, e) from None
    if not pages:
        raise DocumentError(str(path), "corrupt or truncated PDF: no pages found",
                            "download or export the file again")
    texts, labels = strip_headers_footers(pages, heights)
    if not any(t.strip() for t in texts):  # only page numbers and running titles: scanned pages
        raise DocumentError(str(path), "no text layer: needs OCR", _OCR_HINT)
    return SourceText(path=str(path), text="\f".join(texts), format="pdf", printed_pages=labels)


def _check_bytes(path: Path) -> None:
    """Refuse files that are not PDFs or lack their end marker (a cut-off download)."""
    with path.open("rb") as f:
        head = f.read(1024)
        f.seek(0, 2)
        size = f.tell()
        f.seek(max(0, size - 4096))
        tail = f.read()
    if b"%PDF-" not in head:
        raise DocumentError(str(path), "not a PDF: the file does not start with %PDF-",
                            "check the file type; rename it if it is another format")
    if b"%%EOF" not in tail:
        raise DocumentError(str(path), "corrupt or truncated PDF: no %%EOF end marker",
                            "download or export the file again")


def _parse_error(path: Path, error: BaseException) -> DocumentError:
    if isinstance(error, PDFEncryptionError):
        return DocumentError(str(path), "encrypted PDF: it needs a password to open",
                             "save an unprotected copy, e.g. print it to PDF, and index that")
    detail = str(error) or type(error).__name__
    return DocumentError(str(path), f"corrupt or truncated PDF: {detail}",
                         "download or export the file again")


# ---- one page ----------------------------------------------------------------------------


def page_lines(page: Page) -> list[Line]:
    """The page's rows and tables in reading order."""
    if _has_doubled_chars(page.chars):
        page = page.dedupe_chars()  # text drawn twice, slightly offset, to look bold
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    words = [w for w in page.extract_words() if not any(_inside(w, b) for b in boxes)]
    blocks = group_rows(words) + [_table_line(t.bbox, t.extract()) for t in tables]
    blocks.sort(key=lambda line: line.top)
    height = float(page.height)
    body = [b for b in blocks if not _in_edge_band(b, height)]
    gutter = find_gutter(body, float(page.width))
    if gutter is None:
        return [b for b in blocks if b.text]
    return [b for b in two_column_order(blocks, gutter, height) if b.text]


def _in_edge_band(line: Line, height: float) -> bool:
    """In the strip at the top or bottom of the page where headers and footers are printed."""
    return line.bottom < height * EDGE_BAND or line.top > height * (1 - EDGE_BAND)


def _has_doubled_chars(chars: list[dict]) -> bool:
    seen = Counter((c["text"], round(c["x0"]), round(c["top"])) for c in chars if c["text"].strip())
    return sum(seen.values()) - len(seen) > 0.05 * max(1, len(seen))


def _inside(word: dict, box: tuple[float, float, float, float]) -> bool:
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _table_line(bbox: tuple[float, float, float, float], rows: list[list[str | None]]) -> Line:
    def cell(value: str | None) -> str:
        return " ".join((value or "").split())

    lines = ["\t".join(cell(c) for c in row) for row in rows]
    text = "\n".join(line for line in lines if line.strip())
    return Line(top=bbox[1], bottom=bbox[3], x0=bbox[0], x1=bbox[2], text=text, table=True)


def group_rows(words: list[dict]) -> list[Line]:
    """Words grouped into rows by their vertical position, each row read left to right."""
    rows: list[Line] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        tol = max(2.0, (w["bottom"] - w["top"]) / 2)
        if rows and abs(w["top"] - rows[-1].top) <= tol:
            rows[-1].words.append(w)
        else:
            rows.append(Line(top=w["top"], bottom=w["bottom"], x0=w["x0"], x1=w["x1"], words=[w]))
    for row in rows:
        _finish(row)
    return rows


def _finish(row: Line) -> Line:
    row.words.sort(key=lambda w: w["x0"])
    row.x0 = min(w["x0"] for w in row.words)
    row.x1 = max(w["x1"] for w in row.words)
    row.bottom = max(w["bottom"] for w in row.words)
    row.text = " ".join(w["text"] for w in row.words)
    return row


def _crosses(block: Line, gutter: tuple[float, float]) -> bool:
    if block.table or not block.words:
        return block.x0 < gutter[1] and block.x1 > gutter[0]
    return any(w["x0"] < gutter[1] and w["x1"] > gutter[0] for w in block.words)


def find_gutter(blocks: list[Line], width: float) -> tuple[float, float] | None:
    """The empty vertical strip between two columns of prose, or None for a one-column page."""
    lo, hi = int(width * 0.3), int(width * 0.7)
    if len(blocks) < 3 or hi <= lo:
        return None
    cover = [0] * (hi - lo)
    for b in blocks:
        for x0, x1 in _spans(b):
            for x in range(max(lo, int(x0) - 1), min(hi, int(x1) + 2)):
                cover[x - lo] += 1
    least = min(cover)
    if least > len(blocks) / 2:
        return None
    start, run = _widest_run(cover, least)
    if run < MIN_GUTTER:
        return None
    gutter = (float(lo + start), float(lo + start + run))
    return gutter if _looks_like_columns(blocks, gutter) else None


def _spans(block: Line) -> list[tuple[float, float]]:
    """The x-ranges a row covers, word gaps narrower than a gutter filled in."""
    if block.table or not block.words:
        return [(block.x0, block.x1)]
    spans: list[tuple[float, float]] = []
    for w in block.words:  # sorted by x0
        if spans and w["x0"] - spans[-1][1] < MIN_GUTTER:
            spans[-1] = (spans[-1][0], max(spans[-1][1], w["x1"]))
        else:
            spans.append((w["x0"], w["x1"]))
    return spans


def _widest_run(values: list[int], target: int) -> tuple[int, int]:
    best, best_len, start = 0, 0, None
    for i, v in enumerate([*values, target + 1]):
        if v == target and start is None:
            start = i
        elif v != target and start is not None:
            if i - start > best_len:
                best, best_len = start, i - start
            start = None
    return best, best_len


def _looks_like_columns(blocks: list[Line], gutter: tuple[float, float]) -> bool:
    """Both sides hold several lines of prose (not a label column beside a column of numbers)."""
    sides: dict[str, list[list[str]]] = {"left": [], "right": []}
    for b in blocks:
        if b.table or _crosses(b, gutter):
            continue
        left = [w["text"] for w in b.words if w["x1"] <= gutter[0]]
        right = [w["text"] for w in b.words if w["x0"] >= gutter[1]]
        for name, part in (("left", left), ("right", right)):
            if part:
                sides[name].append(part)
    for lines in sides.values():
        tokens = [t for line in lines for t in line]
        if len(lines) < 3 or len(tokens) / len(lines) < 3:
            return False
        if sum(any(c.isalpha() for c in t) for t in tokens) / len(tokens) < 0.6:
            return False
    return True


def two_column_order(blocks: list[Line], gutter: tuple[float, float], height: float) -> list[Line]:
    """Rows that span the gutter (or sit in the header/footer strips) stay in place; between
    them, the left column, then the right."""
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for b in blocks:
        if _crosses(b, gutter) or _in_edge_band(b, height):
            out += left + right + [b]
            left, right = [], []
        elif b.table:
            (left if b.x1 <= gutter[0] else right).append(b)
        else:
            for side, words in ((left, [w for w in b.words if w["x1"] <= gutter[0]]),
                                (right, [w for w in b.words if w["x1"] > gutter[0]])):
                if words:
                    side.append(_finish(Line(b.top, b.bottom, b.x0, b.x1, words=words)))
    return out + left + right


# ---- across pages ------------------------------------------------------------------------


def _edge_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _edges(lines: list[Line], height: float) -> list[Line]:
    return [line for line in lines if not line.table and _in_edge_band(line, height)]


def strip_headers_footers(
    pages: list[list[Line]], heights: list[float]
) -> tuple[list[str], list[str | None]]:
    """Page texts without recurring edge lines, and the page label each page prints."""
    counts: Counter[str] = Counter()
    for lines, height in zip(pages, heights, strict=True):
        counts.update({_edge_key(line.text) for line in _edges(lines, height)})
    needed = 2 if len(pages) <= 4 else 3
    texts: list[str] = []
    labels: list[str | None] = []
    for lines, height in zip(pages, heights, strict=True):
        label, drop = None, set()
        for line in reversed(_edges(lines, height)):  # footers first: they carry the label
            match = _LABEL_LINE.match(line.text.strip())
            recurring = counts[_edge_key(line.text)] >= needed
            if match or recurring:
                drop.add(id(line))
                match = match or _LABEL_IN_LINE.search(line.text)
                label = label or (match.group(1) if match else None)
        texts.append(page_text([line for line in lines if id(line) not in drop]))
        labels.append(label)
    return texts, labels


def page_text(lines: list[Line]) -> str:
    """Lines joined by newlines, with a blank line at paragraph gaps and around tables."""
    heights = [ln.bottom - ln.top for ln in lines if not ln.table]
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False)
            if not (a.table or b.table) and b.top > a.bottom]
    if not heights:
        return "\n\n".join(ln.text for ln in lines)
    limit = (statistics.median(gaps) if gaps else 0.0) + 0.5 * statistics.median(heights)
    parts = [lines[0].text] if lines else []
    for prev, line in zip(lines, lines[1:], strict=False):
        wide = line.top > prev.bottom and line.top - prev.bottom > limit
        parts.append("\n\n" if prev.table or line.table or wide else "\n")
        parts.append(line.text)
    return "".join(parts)
