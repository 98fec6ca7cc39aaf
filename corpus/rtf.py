"""Text of an RTF file: paragraphs, list items with their numbers, and table rows as tab rows.

striprtf (PyPI, pinned in setup.cfg) decodes the RTF: it skips the destinations that hold no
text (font and style tables, fields' instructions, pictures), decodes code pages and the
\\uN and \\'xx escapes, and keeps the list numbers Word writes for other readers (\\listtext).
It writes the same newline for a paragraph's end and a line break inside one, and '|' after a
table cell, so a pre-pass first puts a private-use mark before each control word that carries
structure (\\par, \\line, \\cell, \\row, \\intbl and \\listtext, or Word 95's \\pntext when the
file has no \\listtext), and `_Blocks` reads the marks back: paragraphs a blank line apart,
consecutive list items one per line ('1. To receive apologies', '- Parish Caretaker'), table rows
as tab-separated cells, the paragraphs of one cell joined by spaces. The \\header and \\footer
groups, which striprtf skips, are read on their own into `SourceText.headers`.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from striprtf.striprtf import rtf_to_text

from corpus.blocks import join_blocks
from corpus.headers import distinct_lines
from corpus.limits import Limits
from corpus.text import read_bytes
from models.domain import SourceText
from models.errors import DocumentError

PAR, LINE, CELL, ROW, INTBL, LIST = (chr(0xE100 + i) for i in range(6))
_MARKS = {"par": PAR, "line": LINE, "cell": CELL, "nestcell": LINE, "row": ROW, "intbl": INTBL}
_KEEP = {"par", "line", "intbl"}  # control words striprtf still sees after their mark
# A control word (its name, parameter and delimiting space) or a control symbol such as \\ or \'.
_CONTROL = re.compile(r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\[^a-zA-Z]")
_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")
_HYPERLINK = re.compile(r"(\\fldinst[^}]{0,200}?)HYPERLINK(?=\s)")  # striprtf would append "(url)"
_HEADER_GROUP = re.compile(r"\{\\(?:header|footer)[lrf]?(?![a-zA-Z]) ?")
_BRACE = re.compile(r"\\.|[{}]", re.S)  # an escaped character, or a brace
_BULLETS = set("•·\uf0b7\uf0a7\uf076\uf0d8\uf0fc§o-–▪◦●")


def read_rtf(path: Path, limits: Limits) -> SourceText:
    """The text of an RTF file; DocumentError when it is not RTF."""
    data = read_bytes(path)
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise DocumentError(str(path), "not an RTF file: it does not start with {\\rtf",
                            "check the file type; rename it if it is another format")
    codepage = _codepage(data)
    marked = mark_structure(data.decode(codepage, errors="replace"))
    try:
        plain = rtf_to_text(marked, encoding=codepage, errors="replace")
    except (ValueError, IndexError, LookupError) as e:
        raise DocumentError(str(path), f"corrupt RTF: {e}", "save it again from the word processor") from None
    limits.check_time("decoding the RTF")
    return SourceText(path=str(path), text=blocks_of(plain), format="rtf", encoding=codepage,
                      headers=running_lines(marked, codepage))


def running_lines(marked: str, codepage: str) -> list[str]:
    """The distinct lines of the document's \\header and \\footer groups (striprtf skips them)."""
    lines = []
    for group in header_groups(marked):
        plain = rtf_to_text("{\\rtf1{" + group + "}", encoding=codepage, errors="replace")
        lines += blocks_of(plain).split("\n")
    return distinct_lines(lines)


def header_groups(rtf: str) -> list[str]:
    """What the {\\header...} and {\\footer...} groups hold (also their l, r and f variants),
    without the control word that makes them destinations striprtf skips."""
    return [rtf[m.end():_group_end(rtf, m.start())] for m in _HEADER_GROUP.finditer(rtf)]


def _group_end(rtf: str, start: int) -> int:
    """The index after the brace that closes the group opening at `start`."""
    depth = 0
    for m in _BRACE.finditer(rtf, start):
        if m.group(0) in ("{", "}"):
            depth += 1 if m.group(0) == "{" else -1
            if depth == 0:
                return m.end()
    return len(rtf)


def _codepage(data: bytes) -> str:
    """The document's ANSI code page (\\ansicpg1252 -> 'cp1252'), cp1252 when none or unknown."""
    found = _CODEPAGE.search(data[:4096])
    name = f"cp{int(found.group(1))}" if found else "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name


def _mark(char: str) -> str:
    """RTF that striprtf turns into `char` (a group, so \\uc0 does not leak)."""
    return f"{{\\uc0\\u{ord(char)} }}"


def mark_structure(rtf: str) -> str:
    """The RTF with a private-use mark before each control word that carries structure."""
    rtf = _HYPERLINK.sub(r"\1HYPERLINK_", rtf)
    list_word = "listtext" if "\\listtext" in rtf else "pntext"

    def sub(m: re.Match) -> str:
        word = m.group(1)
        if word is None:
            return _mark(PAR) + m.group(0) if m.group(0) in ("\\\n", "\\\r") else m.group(0)
        if word == list_word:
            return "\\listtext " + _mark(LIST)  # a \pntext group becomes one striprtf prints
        if word in _MARKS:
            return _mark(_MARKS[word]) + (m.group(0) if word in _KEEP else "")
        return m.group(0)

    return _CONTROL.sub(sub, rtf)


def blocks_of(plain: str) -> str:
    """striprtf's output, its marks read back into blank-line-separated blocks."""
    reader = _Blocks()
    skip_newline = False
    for char in plain:
        if skip_newline and char in "\n\r":
            skip_newline = False
            continue
        skip_newline = char in (PAR, LINE)
        reader.take(char)
    reader.end_paragraph()
    reader.end_table()
    return join_blocks(reader.blocks)


@dataclass
class _Blocks:
    """Paragraphs, list items and table rows as the marks arrive."""

    blocks: list[tuple[str, str]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)  # the paragraph being read
    in_table: bool = False
    is_list: bool = False
    cell: list[str] = field(default_factory=list)  # paragraphs of the cell being read
    cells: list[str] = field(default_factory=list)  # cells of the row being read
    rows: list[str] = field(default_factory=list)  # rows of the table being read

    def take(self, char: str) -> None:
        if char == INTBL:
            self.in_table = True
        elif char == LIST:
            self.is_list = True
        elif char == LINE:
            self.text.append("\n")
        elif char in (PAR, "\n"):
            self.end_paragraph()
        elif char == CELL:
            self.cell.append(self._flush())
            self.cells.append(" ".join(" ".join(p.split()) for p in self.cell if p.strip()))
            self.cell = []
        elif char == ROW:
            self.end_row()
        else:
            self.text.append(char)

    def _flush(self) -> str:
        text, self.text = "".join(self.text), []
        self.in_table = False
        return text

    def end_paragraph(self) -> None:
        is_list, in_table = self.is_list, self.in_table
        text = self._flush()
        self.is_list = False
        if in_table:
            self.cell.append(text)
            return
        self.end_table()
        lines = [line.strip() for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append(("list", list_item(text)) if is_list else ("para", text))

    def end_row(self) -> None:
        if "".join(self.text).strip() or self.cell:  # text after the last cell mark: one more cell
            self.take(CELL)
        self._flush()
        if any(self.cells):
            self.rows.append("\t".join(self.cells))
        self.cells = []

    def end_table(self) -> None:
        if self.rows:
            self.blocks.append(("table", "\n".join(self.rows)))
            self.rows = []


def list_item(text: str) -> str:
    """A list paragraph with its label: '1.\\tTo receive' -> '1. To receive', '•\\tItem' -> '- Item'."""
    label, tab, rest = text.partition("\t")
    if not tab:
        return text
    label = label.strip()
    if not label:
        return rest.strip()
    return f"- {rest.strip()}" if label in _BULLETS else f"{label} {rest.strip()}"
