"""Text of a legacy Word file (.doc, Word 97-2003), read by antiword (Debian package `antiword`).

antiword runs as a subprocess: no shell, the file's absolute path as its one argument, a timeout
of the time the file has left, UTF-8 out. In text mode with `-w 0` it writes each paragraph on
one line (a line break inside a paragraph stays a newline) and a blank line between paragraphs.
Its tables are '|'-bordered lines padded to the columns' widths, where a cell too long for its
column wraps onto lines that look like rows of their own; so when the text holds table lines,
antiword runs once more in DocBook mode (`-x db`), whose <row> and <entry> elements give each
row's cells exactly, and each run of table lines becomes the next DocBook table's rows, cells
separated by tabs (when the two do not pair up, the bordered lines are split at their '|').
A file under a .doc name that is really RTF or a .docx (council sites serve both so) is read by
that format's reader. antiword prints no running headers or footers.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from lxml import etree

from corpus.docx import read_docx
from corpus.limits import Limits
from corpus.rtf import read_rtf
from models.domain import SourceText
from models.errors import DocumentError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file every Word 97-2003 file is
_TABLE_LINE = re.compile(r"^\|.*\|$")
_BULLET = re.compile(r"^[•·▪◦●]\s+")
_INSTALL = "install the Debian package antiword (apt-get install antiword)"


def read_doc(path: Path, limits: Limits) -> SourceText:
    """The text of a Word 97-2003 file; RTF or .docx content under the name goes to its own reader."""
    with path.open("rb") as f:
        head = f.read(8)
    if head.startswith(b"{\\rtf"):
        return read_rtf(path, limits)
    if head.startswith(b"PK\x03\x04"):
        return read_docx(path, limits)
    if head != OLE_MAGIC:
        raise DocumentError(str(path), "not a Word 97-2003 document: no compound-file signature",
                            "check the file type; rename it if it is another format")
    text = antiword(path, limits, "-w", "0", "-m", "UTF-8.txt")
    if any(_TABLE_LINE.match(line) for line in text.split("\n")):
        text = with_table_rows(text, docbook_tables(antiword(path, limits, "-x", "db")))
    return SourceText(path=str(path), text=tidy(text), format="doc")


def antiword(path: Path, limits: Limits, *options: str) -> str:
    """antiword's output for the file with these options; DocumentError when it is missing or fails."""
    program = shutil.which("antiword")
    if program is None:
        raise DocumentError(str(path), "cannot read .doc files: antiword is not installed", _INSTALL)
    try:
        done = subprocess.run([program, *options, str(path.absolute())], capture_output=True,
                              timeout=max(0.1, limits.remaining()), check=False)
    except subprocess.TimeoutExpired:
        raise limits.too_slow("antiword was stopped") from None
    except OSError as e:
        raise DocumentError(str(path), f"cannot run antiword: {e.strerror}", _INSTALL) from None
    limits.check_expanded(len(done.stdout), f"antiword wrote {len(done.stdout) / 1024 / 1024:.3g} MB")
    if done.returncode != 0 or not done.stdout.strip():
        said = done.stderr.decode("utf-8", "replace").replace(str(path.absolute()), "").strip()
        raise DocumentError(str(path), f"not a readable Word 97-2003 document (antiword: "
                            f"{said or f'exit status {done.returncode}'})",
                            "is it another format renamed, or password-protected? save it from Word as .docx")
    return done.stdout.decode("utf-8", "replace")


def docbook_tables(xml: str) -> list[list[str]]:
    """Each table of antiword's DocBook output as its rows, cells separated by tabs."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(xml.encode("utf-8"), parser)
    except etree.XMLSyntaxError:
        return []
    tables = []
    for table in root.iter("informaltable", "table"):
        rows = ["\t".join(" ".join("".join(entry.itertext()).split()) for entry in row.iter("entry"))
                for row in table.iter("row")]
        tables.append([row for row in rows if row.strip()])
    return tables


def with_table_rows(text: str, tables: list[list[str]]) -> str:
    """The text with each run of '|'-bordered lines replaced by the next table's rows."""
    lines = text.split("\n")
    runs = _table_runs(lines)
    if len(runs) != len(tables):
        tables = [[_bordered_cells(line) for line in lines[a:b]] for a, b in runs]
    for (start, end), rows in reversed(list(zip(runs, tables, strict=True))):
        lines[start:end] = ["", *rows, ""]
    return "\n".join(lines)


def _table_runs(lines: list[str]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if _TABLE_LINE.match(line):
            if runs and runs[-1][1] == i:
                runs[-1] = (runs[-1][0], i + 1)
            else:
                runs.append((i, i + 1))
    return runs


def _bordered_cells(line: str) -> str:
    return "\t".join(" ".join(cell.split()) for cell in line.strip("|").split("|"))


def tidy(text: str) -> str:
    """Blank-line-separated blocks without trailing spaces; bullets as '- '; page breaks as blank lines."""
    lines = [_BULLET.sub("- ", line.rstrip()) for line in text.replace("\f", "\n\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
