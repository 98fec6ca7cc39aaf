"""Text of a Word (.docx) file: body paragraphs and tables in document order.

Headings and paragraphs become blank-line-separated blocks; consecutive list items stay one
per line, bullets prefixed "- " and numbered items kept as written (Word's automatic numbers
are not in the text and are not invented here); tables become tab-separated rows. The package
is checked against the bounds on expanded size and elements before python-docx opens it
(`corpus.package`), and the clock is looked at between body elements. The sections' headers
and footers, which python-docx keeps apart from the body, are kept apart in `SourceText.headers`.
"""
from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from corpus.blocks import join_blocks
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
            text = table_text(Table(element, document))
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
    return text, "list"


class ListStyles:
    """Which paragraphs are list items, and how numbered; each style and list level looked up once
    (python-docx finds a paragraph's style by scanning every style of the document)."""

    def __init__(self, document: WordDocument) -> None:
        self.document = document
        self._styles: dict[str | None, tuple[str, list]] = {}
        self._formats: dict[tuple[str, str], str | None] = {}

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
