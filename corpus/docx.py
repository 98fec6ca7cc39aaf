"""Text of a Word (.docx) file: body paragraphs and tables in document order.

Headings and paragraphs become blank-line-separated blocks; consecutive list items stay one
per line, bullets prefixed "- " and numbered items with the number Word prints for them (its
automatic numbering, '1.', 'a)', '(iv)', counted per list and level as Word counts them); tables
become tab-separated rows, except minutes laid out as a table (a minute's number in the first cell, the
minute in the next), whose rows become the minutes' paragraphs, each led by its number. The package
is checked against the bounds on expanded size and elements before python-docx opens it
(`corpus.package`), and the clock is looked at between body elements. The sections' headers
and footers, which python-docx keeps apart from the body, are kept apart in `SourceText.headers`.
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.opc.exceptions import OpcError
from docx.oxml.ns import nsmap, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from corpus.blocks import ITEM_NUMBER, join_blocks
from corpus.headers import distinct_lines
from corpus.limits import Limits
from corpus.package import check_package
from models.domain import SourceText
from models.errors import DocumentError

_BAD_PACKAGE = (OpcError, KeyError, ValueError, zipfile.BadZipFile, XMLSyntaxError)
_NOT_WORD_HINT = "is it an old .doc or another file renamed? save it from Word as .docx"


def read_docx(path: Path, limits: Limits) -> SourceText:
    """The body text of a .docx file; DocumentError when it is not a Word document or too big."""
    try:
        check_package(path, limits)
        document = docx.Document(str(path))
    except _BAD_PACKAGE as e:
        raise DocumentError(str(path), f"not a Word document: {e}", _NOT_WORD_HINT) from None
    return SourceText(path=str(path), text=body_text(document, limits), format="docx",
                      headers=running_lines(document))


def running_lines(document: WordDocument) -> list[str]:
    """The distinct lines of the sections' headers and footers (first-page and even-page ones too),
    which are not part of the body text."""
    lines: list[str] = []
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.even_page_header,
                     section.footer, section.first_page_footer, section.even_page_footer):
            if not part.is_linked_to_previous:  # a part of its own, not the section before's
                lines += [p.text for p in part.paragraphs]
                lines += [c.text for t in part.tables for row in t.rows for c in row.cells]
    return distinct_lines(line for text in lines for line in text.split("\n"))


def body_text(document: WordDocument, limits: Limits) -> str:
    """Headings, paragraphs, lists and tables of the document's body, in order."""
    blocks: list[tuple[str, str]] = []  # (kind, text); kind is 'list', 'table' or 'para'
    lists = ListStyles(document)
    for n, element in enumerate(_body_elements(document.element.body)):
        if n % 500 == 0:
            limits.check_time(f"read {n:,} paragraphs and tables")
        if element.tag == qn("w:tbl"):
            table = Table(element, document)
            if minute_table(table):
                blocks += minute_rows(table)
                continue
            text = table_text(table)
            kind = "table"
        else:
            text, kind = paragraph_text(Paragraph(element, document), lists)
        if text.strip():
            blocks.append((kind, text))
    return join_blocks(blocks)


def _body_elements(parent: BaseOxmlElement) -> Iterator[BaseOxmlElement]:
    """Paragraph and table elements in order, looking inside content controls (w:sdt)."""
    for child in parent.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _body_elements(content)


def paragraph_text(paragraph: Paragraph, lists: ListStyles) -> tuple[str, str]:
    """(text, kind) of one paragraph; list items come back as kind 'list'."""
    text = paragraph.text.strip()
    fmt = lists.format(paragraph)
    if fmt is None:
        return text, "para"
    if fmt == "bullet":
        return f"- {text}", "list"
    label = lists.label(paragraph)
    if not label or not text or re.match(r"^\(?\d{1,4}(?:\.\d{1,3})*[.)]?\s|^\(?[a-zA-Z]{1,4}[.)]\s", text):
        return text, "list"  # the item prints its own number ('13.9 Officers ...'): that is the council's
    return f"{label} {text}", "list"


class ListStyles:
    """Which paragraphs are list items, and how numbered; each style and list level looked up once
    (python-docx finds a paragraph's style by scanning every style of the document)."""

    def __init__(self, document: WordDocument) -> None:
        self.document = document
        self._styles: dict[str | None, tuple[str, list]] = {}
        self._formats: dict[tuple[str, str], str | None] = {}
        self._levels: dict[tuple[str, str], tuple[str, str, int]] = {}
        self._counts: dict[str, list[int]] = {}  # per list: the count at each level

    def _style(self, paragraph: Paragraph) -> tuple[str, list]:
        """(name, paragraph properties of the style and of the styles it is based on)."""
        key = paragraph._p.style
        if key not in self._styles:
            style, chain = paragraph.style, []
            name = (style.name or "") if style is not None else ""
            while style is not None:
                chain.append(style.element.pPr)
                style = style.base_style
            self._styles[key] = (name, chain)
        return self._styles[key]

    def _num_pr(self, paragraph: Paragraph) -> tuple[str, str] | None:
        """(numId, ilvl) from the paragraph, else from its style and the styles it is based on."""
        for ppr in [paragraph._p.pPr, *self._style(paragraph)[1]]:
            num_pr = ppr.numPr if ppr is not None else None
            if num_pr is not None and num_pr.numId is not None:
                ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
                return str(num_pr.numId.val), str(ilvl)
        return None

    def format(self, paragraph: Paragraph) -> str | None:
        """'bullet', the numbering format ('decimal', 'lowerLetter', ...) or None if not a list item."""
        num = self._num_pr(paragraph)
        if num is None or num[0] == "0":
            name = self._style(paragraph)[0]
            if name.startswith("List Bullet"):
                return "bullet"
            return "decimal" if name.startswith("List Number") else None
        if num not in self._formats:
            self._formats[num] = self._level_format(*num)
        return self._formats[num]

    def label(self, paragraph: Paragraph) -> str | None:
        """The number Word prints before a numbered list item: '3.', 'b)', '(iv)'."""
        num = self._num_pr(paragraph)
        if num is None or num[0] == "0":
            return None
        fmt, text, start = self._level(*num)
        level = int(num[1])
        counts = self._counts.setdefault(num[0], [])
        while len(counts) <= level:
            counts.append(0)
        counts[level] = counts[level] + 1 if counts[level] else start
        del counts[level + 1:]  # a deeper level starts again under each new item of this one
        value = _numeral(counts[level], fmt)
        return text.replace(f"%{level + 1}", value) if value and f"%{level + 1}" in text else None

    def _level(self, num_id: str, ilvl: str) -> tuple[str, str, int]:
        """(numFmt, lvlText, start) of a list level, e.g. ('decimal', '%1.', 1)."""
        if (num_id, ilvl) not in self._levels:
            found = ("decimal", f"%{int(ilvl) + 1}.", 1)
            try:
                numbering = self.document.part.numbering_part.element
                abstract = numbering.xpath(f'./w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val')
                lvl = numbering.xpath(f'./w:abstractNum[@w:abstractNumId="{abstract[0]}"]/w:lvl[@w:ilvl="{ilvl}"]')
                if lvl:
                    fmt = lvl[0].xpath("./w:numFmt/@w:val", namespaces=nsmap)
                    text = lvl[0].xpath("./w:lvlText/@w:val", namespaces=nsmap)
                    start = lvl[0].xpath("./w:start/@w:val", namespaces=nsmap)
                    found = (fmt[0] if fmt else "decimal", text[0] if text else found[1],
                             int(start[0]) if start and start[0].isdigit() else 1)
            except (KeyError, NotImplementedError, IndexError):
                pass
            self._levels[(num_id, ilvl)] = found
        return self._levels[(num_id, ilvl)]

    def _level_format(self, num_id: str, ilvl: str) -> str | None:
        try:
            numbering = self.document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return "bullet"
        abstract = numbering.xpath(f'./w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val')
        if not abstract:
            return None
        fmt = numbering.xpath(
            f'./w:abstractNum[@w:abstractNumId="{abstract[0]}"]/w:lvl[@w:ilvl="{ilvl}"]/w:numFmt/@w:val')
        value = fmt[0] if fmt else "bullet"
        return None if value == "none" else value


def _numeral(n: int, fmt: str) -> str | None:
    """n in a Word numbering format: decimal 3, lowerLetter c, upperRoman III; None for others."""
    if fmt in ("decimal", "decimalZero"):
        return f"{n:02d}" if fmt == "decimalZero" else str(n)
    if fmt in ("lowerLetter", "upperLetter") and 1 <= n <= 26:
        letter = chr(ord("a") + n - 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman") and 1 <= n < 40:
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return None


def _roman(n: int) -> str:
    out = ""
    for value, symbol in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + symbol, n - value
    return out


MINUTE_WORDS = 6  # a row's text after its number is a minute, not a data cell, when it is this long


def _cells(row) -> list:
    """A row's cells, a merged cell once (python-docx repeats it for each grid column)."""
    out, previous = [], None
    for cell in row.cells:
        if cell._tc is not previous:
            out.append(cell)
        previous = cell._tc
    return out


def _minute_row(cells: list) -> bool:
    """A minute's row: its number and its text, the only two cells with anything in them (a data table's
    rows fill more: an action plan's 'Action', 'Progress', 'Timescale'; a budget's '8.325' is no number)."""
    filled = [c for c in cells if c.text.strip()]
    if len(filled) != 2 or filled[0] is not cells[0]:
        return False
    number = " ".join(cells[0].text.split())
    return bool(ITEM_NUMBER.match(number)) and not re.match(r"^\(?\d+\.\d{3}\)?$", number) \
        and len(filled[1].text.split()) >= MINUTE_WORDS


def minute_table(table: Table) -> bool:
    """Minutes laid out as a table, a row per minute: its number in the first cell ('23/101', '5.'), the
    minute in the next (a parish clerk's form); two such rows or more, and most of the table's rows."""
    rows = [_cells(r) for r in table.rows]
    rows = [r for r in rows if any(c.text.strip() for c in r)]
    numbered = sum(1 for r in rows if _minute_row(r))
    return numbered >= 2 and 2 * numbered >= len(rows)


def minute_rows(table: Table) -> list[tuple[str, str]]:
    """The minutes of such a table as blocks: each row's number leading its first paragraph ('23/101
    Apologies for absence'), the row's other paragraphs after it; other rows as table rows."""
    blocks: list[tuple[str, str]] = []
    for row in table.rows:
        cells = _cells(row)
        if not _minute_row(cells):
            text = "\t".join(" ".join(c.text.split()) for c in cells)
            if text.strip():
                blocks.append(("table", text))
            continue
        paras = [" ".join(line.split()) for c in cells[1:] for p in c.paragraphs for line in p.text.split("\n")]
        paras = [p for p in paras if p]
        blocks.append(("para", f"{' '.join(cells[0].text.split())} {paras[0]}"))
        blocks += [("para", p) for p in paras[1:]]
    return blocks


def table_text(table: Table) -> str:
    """Rows as tab-separated cells; a merged cell appears once."""
    lines = []
    for row in table.rows:
        cells, previous = [], None
        for cell in row.cells:
            if cell._tc is previous:  # python-docx repeats a merged cell for each grid column
                continue
            previous = cell._tc
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            lines.append("\t".join(cells))
    return "\n".join(lines)
