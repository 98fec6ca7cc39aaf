"""Text of a PDF in reading order, one form-feed-separated page per physical page.

Per page: words are grouped into rows; ruled tables (pdfplumber's `find_tables`) replace their
words with tab-separated rows; a two-column page (two clusters of words with a gutter between
them) is read left column first, then right; a vertical gap wider than the usual line spacing
becomes a blank line. A row of names over a row of their titles is read as one line per person,
a row of labels over their values as one line per label (`corpus.pdf_captions`), a row of bullets
set in columns as one line per point (`corpus.pdf_lists`), and what was typed into a form's fields
where its box is printed (`corpus.pdf_forms`). Across pages: lines that recur at the top or bottom of many pages
(running titles, "Page 19") are dropped, and the page label they print is kept per page.

Lines a paragraph wraps onto are joined back into one line, as the text versions of the papers
have them: a line is a wrap when the first word of the line below would not have fitted before
the right edge of its column (measured over the whole document) and the line below opens no
point, number or table. A word hyphenated at a wrap is joined without the hyphen only when the
document writes it whole elsewhere (`corpus.words.join_hyphenated`).
"""
from __future__ import annotations

import logging
import re
import statistics
import struct
import warnings
import zlib
from collections import Counter
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.pdftypes import PDFException
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from corpus.headers import PAGE_LABEL, distinct_lines, line_key
from corpus.limits import Limits
from corpus.pdf_captions import pair_captions, pair_labels
from corpus.pdf_forms import fill_fields, form_fields, pdf_str
from corpus.pdf_lists import split_bullet_rows
from corpus.pdf_page import Line, in_edge_band, in_edge_reach, page_lines
from corpus.words import join_hyphenated, vocabulary
from models.domain import SourceText
from models.errors import DocumentError

log = logging.getLogger(__name__)

# What a damaged file can make pdfminer raise, at open or while reading a page. Caught only
# around the parser's calls and turned into a DocumentError naming the file.
_PARSE_ERRORS = (
    PdfminerException, MalformedPDFException, PDFException, PSException, PDFSyntaxError,
    ValueError, KeyError, TypeError, IndexError, AttributeError, AssertionError,
    RecursionError, struct.error, zlib.error,
)
_LABEL_IN_LINE = re.compile(r"\bpage\s+(\d{1,4}|[ivxlc]{1,7})\b", re.I)
_OCR_HINT = "it looks scanned: run it through OCR, e.g. ocrmypdf, and index the result"
# What opens a line of its own: a bullet, a lettered or roman point ('a)', '(ii)'), a council
# number ('10.2', '3.', '22/18') before a capital; such a line never continues the line above.
# ('19/20 due to ...' and '– thereby ...' do carry a sentence on.)
_OPENS_LINE = re.compile(
    r"^(?:[-•·▪◦●*](?:\s|$)|\(?[a-z]\)|\(?[ivx]{1,4}\)|[a-z]\.\s"
    r"|(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|(?!(?:19|20)\d\d/)\d{1,4}/\d{2,4})(?:\s+[A-Z(\"“‘']|$))")
WRAP_MARK = "\ue000"  # a private-use mark for a word hyphenated at a wrap, until the vocabulary decides
_WRAPPED_WORD = re.compile(rf"([A-Za-z]+)-{WRAP_MARK}([a-z]+)")
MIN_PROSE_WIDTH = 0.18  # share of the page width a column must span for its lines to be reflowed (a sidebar)


def read_pdf(path: Path, limits: Limits) -> SourceText:
    """Read a PDF's text layer; pages are separated by '\\f' and labelled in `printed_pages`."""
    _check_bytes(path)
    pages: list[list[Line]] = []
    heights: list[float] = []
    widths: list[float] = []
    metadata: dict[str, str] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pdfminer warns about every blemish of a real file
        try:
            with pdfplumber.open(path) as pdf:
                metadata = file_dates(pdf.metadata or {})
                for n, page in enumerate(pdf.pages):
                    limits.check_time(f"read {n} of {len(pdf.pages)} pages")
                    rows = split_bullet_rows(pair_labels(pair_captions(page_lines(page))))
                    pages.append(fill_fields(rows, form_fields(page)))
                    heights.append(float(page.height))
                    widths.append(float(page.width))
                    page.close()
        except PdfminerException as e:
            raise _parse_error(path, e.args[0] if e.args else e) from None
        except _PARSE_ERRORS as e:
            raise _parse_error(path, e) from None
    if not pages:
        raise DocumentError(str(path), "corrupt or truncated PDF: no pages found",
                            "download or export the file again")
    kept, labels, running = strip_headers_footers(pages, heights)
    join_split_tables(kept)
    edges = column_edges(kept, widths)
    gap = line_gap(kept)
    texts = carry_over(kept, [page_text(lines, edges, gap) for lines in kept], edges)
    text = join_wrapped_words("\f".join(texts))
    if not text.replace("\f", "").strip():  # only page numbers and running titles: scanned pages
        raise DocumentError(str(path), "no text layer: needs OCR", _OCR_HINT)
    return SourceText(path=str(path), text=text, format="pdf", printed_pages=labels, headers=running,
                      metadata=metadata)


def file_dates(info: dict) -> dict[str, str]:
    """The PDF's own creation and modification dates ('D:20230601...' -> '2023-06-01'), as `metadata`
    'created' and 'modified': when the file was made, never a meeting's date, but the year of one
    printed without its year ('June 6')."""
    out = {}
    for key, name in (("CreationDate", "created"), ("ModDate", "modified")):
        m = re.match(r"^(?:D:)?((?:19|20)\d{2})(\d{2})(\d{2})", pdf_str(info.get(key)))
        if m:
            out[name] = "-".join(m.groups())
    return out


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


# ---- across pages ------------------------------------------------------------------------


def _edges(lines: list[Line], height: float) -> list[Line]:
    return [line for line in lines if not line.table and in_edge_reach(line, height)]


def _running_key(line: Line, height: float) -> str:
    """What makes two pages' edge lines the same running line: within the edge strip, the text with
    its numbers ignored ('Page 3' is 'Page 4'); reaching past it (a title in a large font), the very
    text, so that headings such as 'Question 3' opening pages are not taken for one."""
    return line_key(line.text) if in_edge_band(line, height) else "=" + line.text.strip()


def strip_headers_footers(
    pages: list[list[Line]], heights: list[float]
) -> tuple[list[list[Line]], list[str | None], list[str]]:
    """Page lines without recurring edge lines, the page label each page prints, and the distinct
    running lines dropped, in the order they first appear (bare page labels left out)."""
    counts: Counter[str] = Counter()  # edge lines by key (numbers ignored), and tall ones by their text
    for lines, height in zip(pages, heights, strict=True):
        counts.update({_running_key(line, height) for line in _edges(lines, height)})
    needed = 2 if len(pages) <= 4 else 3
    kept: list[list[Line]] = []
    labels: list[str | None] = []
    dropped: list[Line] = []
    for lines, height in zip(pages, heights, strict=True):
        label, drop = None, set()
        for line in reversed(_edges(lines, height)):  # footers first: they carry the label
            match = PAGE_LABEL.match(line.text.strip()) if in_edge_band(line, height) else None
            recurring = counts[_running_key(line, height)] >= needed
            if match or recurring:
                drop.add(id(line))
                match = match or _LABEL_IN_LINE.search(line.text)
                label = label or (match.group(1) if match else None)
        kept.append([line for line in lines if id(line) not in drop])
        dropped += [line for line in lines if id(line) in drop]
        labels.append(label)
    return kept, labels, distinct_lines(line.text for line in dropped)


def page_text(lines: list[Line], edges: dict[int, tuple[float, float]] | None = None,
              line_gap: float | None = None) -> str:
    """Lines joined by newlines, with a blank line at paragraph gaps and around tables; a line a
    paragraph wraps onto is joined to the line above (see `wraps`) when `edges` are given.

    A paragraph gap is wider than the usual gap between lines (`line_gap`, the document's, else
    the page's median) by half a line.
    """
    heights = [ln.bottom - ln.top for ln in lines if not ln.table]
    if not heights:
        return "\n\n".join(ln.text for ln in lines)
    if line_gap is None:
        gaps = _gaps([lines])
        line_gap = statistics.median(gaps) if gaps else 0.0
    limit = line_gap + 0.5 * statistics.median(heights)
    parts = [lines[0].text] if lines else []
    for prev, line in zip(lines, lines[1:], strict=False):
        wide = line.top > prev.bottom and line.top - prev.bottom > limit
        if prev.table or line.table or wide:
            parts.append("\n\n")
        elif edges and wraps(prev, line, edges):
            hyphen = re.search(r"[A-Za-z]-$", prev.text) and line.text[:1].islower()
            parts.append(WRAP_MARK if hyphen else " ")
        else:
            parts.append("\n")
        parts.append(line.text)
    return "".join(parts)


def _gaps(pages: list[list[Line]]) -> list[float]:
    return [b.top - a.bottom for lines in pages for a, b in zip(lines, lines[1:], strict=False)
            if not (a.table or b.table) and b.top > a.bottom]


def line_gap(pages: list[list[Line]]) -> float | None:
    """The usual space between two lines of a paragraph in this document: its small gaps (the
    10th percentile), as pages of one-line paragraphs a blank line apart would fool a median."""
    gaps = sorted(_gaps(pages))
    return gaps[int(0.1 * (len(gaps) - 1))] if gaps else None


def join_split_tables(pages: list[list[Line]]) -> None:
    """A table that runs on over a page break becomes one table on the page where it starts.

    When a page ends with a table and the next page opens with one of the same width and
    columns, the second's rows join the first's: a repeated header row is dropped, and a first
    row that is the rest of the row broken by the page (`continues_row`) is joined to it cell by
    cell.
    """
    holder = 0  # the page whose last line is the table that may run on
    for k in range(1, len(pages)):
        if not pages[holder] or not pages[k]:
            holder = k
            continue
        prev, line = pages[holder][-1], pages[k][0]
        if not (prev.table and line.table) or abs(prev.x0 - line.x0) > 2 or abs(prev.x1 - line.x1) > 2:
            holder = k
            continue
        rows, more = prev.text.split("\n"), line.text.split("\n")
        if rows[-1].count("\t") != more[0].count("\t"):
            holder = k
            continue
        if more[0] == rows[0] and len(rows) > 1:
            more = more[1:]  # the header row, printed again on the new page
        if more and continues_row(rows[-1], more[0]):
            head = zip(rows[-1].split("\t"), more[0].split("\t"), strict=True)
            rows[-1] = "\t".join(" ".join(c for c in pair if c) for pair in head)
            more = more[1:]
        prev.text = "\n".join(rows + more)
        prev.bottom = max(prev.bottom, line.bottom)
        pages[k].pop(0)
        if pages[k]:
            holder = k


def continues_row(row: str, below: str) -> bool:
    """Whether the first row of a table's next page is the rest of its last row, broken by the
    page: its first cell is empty and each cell it fills carries on an unfinished sentence of
    some length above it ('3) Adults and' + 'Finance are planned ...'), which a row of its own
    ('42.3%' above '2097 / 4955') does not."""
    cells, more = row.split("\t"), below.split("\t")
    if more[0].strip() or not cells[0].strip() or not any(c.strip() for c in more):
        return False
    return all(not tail.strip() or (len(head.split()) >= 4 and not head.rstrip().endswith((".", ":", ";")))
               for head, tail in zip(cells, more, strict=True))


def carry_over(pages: list[list[Line]], texts: list[str], edges: dict[int, tuple[float, float]]) -> list[str]:
    """Page texts where a paragraph that runs on over a page break ends on the page it starts on.

    The first line of the next page (one line after `page_text`'s joins) moves up behind the
    last line of the page before when it is the paragraph's wrap, so that the paragraph stays
    whole and is cited at the page where it starts; the page break follows it. A page whose
    last line stops short of the lowest line the document prints ends its paragraph there. A
    page break between two paragraphs comes after a blank line ('end.\n\n\fNext'), as the gap
    itself cannot be seen at a page break.
    """
    texts = list(texts)
    feet = sorted(lines[-1].bottom for lines in pages if lines and not lines[-1].table)
    bottom = feet[int(0.9 * (len(feet) - 1))] if feet else 0.0  # where a full page's text ends
    into = 0  # the page whose text ends with the paragraph (a page wholly carried up is empty)
    for k in range(len(pages) - 1):
        into = k if texts[k] else into
        if not pages[k] or not pages[k + 1] or not texts[k + 1]:
            if texts[into] and not texts[into].endswith("\n\n"):
                texts[into] += "\n\n"  # a page of nothing but what joined the page before
            continue
        prev, line = pages[k][-1], pages[k + 1][0]
        head, _, rest = texts[k + 1].partition("\n")
        if prev.bottom + (prev.bottom - prev.top) < bottom or not wraps(prev, line, edges, across_pages=True) \
                or _ends_sentence(prev.text) and rest.startswith("\n") and not _ends_sentence(head) \
                and len(head.split()) <= 12:
            # room left at the foot of the page, a line that is no wrap, or a sentence ending the
            # page and a heading opening the next: a new paragraph, as a blank line would show
            texts[into] += "\n\n"
            continue
        hyphen = re.search(r"[A-Za-z]-$", texts[into]) and head[:1].islower()
        texts[into] += (WRAP_MARK if hyphen else " ") + head
        texts[k + 1] = rest.lstrip("\n")
        if rest.startswith("\n"):
            texts[into] += "\n\n"
    return texts


def _ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip("\"'”’)").endswith((".", "?", "!", ":", ";"))


def column_edges(pages: list[list[Line]], widths: list[float]) -> dict[int, tuple[float, float]]:
    """{column: (left, right)} of the document's prose, per column kind (see `Line.column`).

    The right edge is the furthest a line reaches, ignoring the odd line that runs far past the
    others (a long address or a heading wider than the text); columns narrower than `MIN_PROSE_WIDTH`
    of the page (under a fifth) hold lists or labels, not prose, and get no edge.
    """
    width = max(widths, default=595.0)
    spans: dict[int, list[tuple[float, float]]] = {}
    for lines in pages:
        for ln in lines:
            if not ln.table and ln.words:
                spans.setdefault(ln.column, []).append((ln.x0, ln.x1))
    edges: dict[int, tuple[float, float]] = {}
    for column, found in spans.items():
        rights = sorted(x1 for _, x1 in found)
        p90 = rights[int(0.9 * (len(rights) - 1))]
        right = max(x for x in rights if x <= p90 + 0.05 * width)
        left = min(x0 for x0, _ in found)
        if right - left >= MIN_PROSE_WIDTH * width:
            edges[column] = (left, right)
    return edges


def wraps(prev: Line, line: Line, edges: dict[int, tuple[float, float]], across_pages: bool = False) -> bool:
    """Whether `line` carries on the paragraph of `prev`: its first word would not have fitted
    on `prev` before the column's right edge, and it opens no point or number. On one page both
    lines must be in the same column; over a page break the text may flow to another column."""
    if prev.table or line.table or not prev.words or not line.words:
        return False
    if prev.column != line.column and not across_pages:
        return False
    if prev.column not in edges or line.column not in edges or _OPENS_LINE.match(line.text):
        return False
    if prev.text.rstrip().endswith(":") and not line.text[:1].islower():
        return False  # 'The Committee NOTED:' above what it noted
    _, right = edges[prev.column]
    first = line.words[0]
    return prev.x1 + _space(prev) + (first["x1"] - first["x0"]) > right - 1.0


def _space(line: Line) -> float:
    """The width of a space on this line: its usual gap between words (a quarter to half an em),
    else a third of an em."""
    em = line.bottom - line.top
    gaps = [b["x0"] - a["x1"] for a, b in zip(line.words, line.words[1:], strict=False) if b["x0"] > a["x1"]]
    return min(max(statistics.median(gaps), 0.2 * em), 0.5 * em) if gaps else em / 3


def join_wrapped_words(text: str) -> str:
    """Words hyphenated at a wrap ('manage-' + 'ment'): whole where the text writes them whole
    elsewhere, else with their hyphen ('outcome-focused')."""
    text = text.replace("\u00ad", "")  # soft hyphens a typesetter left in the text layer
    if WRAP_MARK not in text:
        return text
    vocab = vocabulary(text.replace("-" + WRAP_MARK, " "))
    text = _WRAPPED_WORD.sub(lambda m: join_hyphenated(m.group(1), m.group(2), vocab), text)
    return text.replace(WRAP_MARK, "")
