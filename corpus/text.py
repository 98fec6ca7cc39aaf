"""Plain text files (and the text of web pages and Markdown): bytes to text, the encoding kept.

Bytes are decoded as UTF-16 by its BOM, else UTF-8 (a BOM is allowed), else Windows-1252, else
Latin-1, and the encoding used is recorded so that the original can be served in it. Line ends
are made uniform (CRLF, a lone CR and the doubled CR some converters write all become one LF;
the Unicode line and paragraph separators too); a tab stays a tab (the cell separator of a
table row) without the spaces around it; a form feed stays a page break, and one at the very
end (as pdftotext writes) is dropped.
"""
from __future__ import annotations

import re
from pathlib import Path

from models.domain import SourceText
from models.errors import DocumentError

MAX_CONTROL_SHARE = 0.05  # more control characters than this and a "text" file is binary
MAX_REPLACEMENT_SHARE = 0.25  # more U+FFFD than this and the text was lost before we got it
_CONTROL = set(range(0x00, 0x20)) - {0x09, 0x0A, 0x0C, 0x0D}
_LINE_ENDS = re.compile(r"\r\r\n|\r\n|\r|\u2028|\u0085")
_SPACED_TAB = re.compile(r"[ \u00a0]*\t[ \u00a0]*")
_TRAILING_BREAKS = re.compile(r"\s*\f\s*\Z")


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a DocumentError naming the file."""
    try:
        return path.read_bytes()
    except OSError as e:
        raise DocumentError(str(path), f"cannot read file: {e.strerror}", "check its permissions") from None


def read_text(path: Path, fmt: str, supported: str) -> SourceText:
    """A text file's text in `fmt` ('txt', 'md', 'html'), decoded and tidied, with its encoding."""
    data = read_bytes(path)
    if looks_binary(data):
        raise DocumentError(str(path), f"binary content in a {path.suffix.lower()} file",
                            f"is it another format renamed? supported formats: {supported}")
    text, encoding = decode_text(data)
    if not text.strip():
        raise DocumentError(str(path), "empty file: only whitespace", "check that the export finished")
    fffd = text.count("\ufffd")
    if fffd > MAX_REPLACEMENT_SHARE * len("".join(text.split())):
        raise DocumentError(
            str(path), f"undecodable text: {fffd} of its characters are U+FFFD replacement characters",
            "the text was damaged when it was converted; export it again from the original")
    return SourceText(path=str(path), text=tidy_text(text), format=fmt, encoding=encoding)


def tidy_text(text: str) -> str:
    """Uniform line ends, tabs without the spaces around them, no page break at the very end."""
    text = _LINE_ENDS.sub("\n", text).replace("\u2029", "\n\n")
    text = _SPACED_TAB.sub("\t", text)
    return _TRAILING_BREAKS.sub("\n", text)


def looks_binary(data: bytes, sample: int = 65536) -> bool:
    """True for NUL bytes or a high share of control characters (not a UTF-16 text with a BOM)."""
    head = data[:sample]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls > MAX_CONTROL_SHARE * max(1, len(head))


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-16 by its BOM, else UTF-8 (BOM allowed), Windows-1252, Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), "utf-8" if encoding == "utf-8-sig" else encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"
