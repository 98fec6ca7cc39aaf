"""Files to text: which files to read, and one clear DocumentError for each that cannot be read.

`iter_paths` lists the files under the paths a user gave; `read_file` checks a file (exists,
not empty, not too large, not binary, decodable) and hands it to its format's reader. Plain
text is decoded as UTF-8 (a BOM is allowed), then Windows-1252, then Latin-1, and the encoding
used is recorded. Pages, where the format has them, are separated by form feeds.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from corpus.docx import read_docx
from corpus.html import html_to_text
from corpus.pdf import read_pdf
from models.domain import SourceText
from models.errors import DocumentError

if TYPE_CHECKING:  # corpus must not import indexer at run time (models <- corpus <- indexer)
    from indexer.settings import Settings

log = logging.getLogger(__name__)

SUPPORTED = {".txt", ".md", ".pdf", ".docx", ".html", ".htm"}
TEXT_FORMATS = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html"}
MAX_CONTROL_SHARE = 0.05  # more control characters than this and a "text" file is binary
MAX_REPLACEMENT_SHARE = 0.25  # more U+FFFD than this and the text was lost before we got it
_CONTROL = set(range(0x00, 0x20)) - {0x09, 0x0A, 0x0C, 0x0D}


def _supported_list() -> str:
    return ", ".join(sorted(SUPPORTED))


def iter_paths(paths: list[Path]) -> list[tuple[Path, bool]]:
    """Files under the given files and folders, sorted; True when the file was named explicitly.

    Folders are walked recursively, skipping hidden files and folders, Office lock files and
    unsupported extensions. A named file with an unsupported extension, or a path that does
    not exist, raises DocumentError.
    """
    found: dict[Path, bool] = {}
    for given in map(Path, paths):
        if given.is_dir():
            for path in _walk(given):
                found.setdefault(path, False)
        elif given.is_file():
            if given.suffix.lower() not in SUPPORTED:
                raise DocumentError(str(given), f"unsupported format '{given.suffix or '(none)'}'",
                                    f"supported formats: {_supported_list()}")
            found[given] = True
        else:
            raise DocumentError(str(given), "no such file or folder", "check the path")
    return sorted(found.items())


def _walk(folder: Path) -> list[Path]:
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = Path(root) / name
            if name.startswith((".", "~$")) or path.suffix.lower() not in SUPPORTED:
                continue
            out.append(path)
    return out


def read_file(path: Path, settings: Settings) -> SourceText:
    """The text of one txt/md/pdf/docx/html file, or a DocumentError saying why not."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise DocumentError(str(path), f"unsupported format '{suffix or '(none)'}'",
                            f"supported formats: {_supported_list()}")
    _check_size(path, settings)
    if suffix == ".pdf":
        source = read_pdf(path, settings)
    elif suffix == ".docx":
        source = SourceText(path=str(path), text=read_docx(path), format="docx")
    else:
        source = _read_text(path, suffix)
    if not source.text.strip():
        raise DocumentError(str(path), "no text: the document holds only whitespace",
                            "check that the file is the paper you meant")
    log.debug("read %s: %d chars (%s, %s)", path, len(source.text), source.format, source.encoding)
    return source


def _check_size(path: Path, settings: Settings) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError(str(path), "no such file", "check the path") from None
    except OSError as e:
        raise DocumentError(str(path), f"cannot read file: {e.strerror}", "check its permissions") from None
    if not path.is_file():
        raise DocumentError(str(path), "not a regular file", "give a file or a folder of files")
    if size == 0:
        raise DocumentError(str(path), "empty file (0 bytes)", "check that the download or export finished")
    limit = settings.max_file_mb * 1024 * 1024
    if size > limit:
        raise DocumentError(
            str(path), f"too large: {size / 1024 / 1024:.3g} MB, over the {settings.max_file_mb:g} MB limit",
            "raise MINUTEBOOK_MAX_FILE_MB or split the file")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise DocumentError(str(path), f"cannot read file: {e.strerror}", "check its permissions") from None


def _read_text(path: Path, suffix: str) -> SourceText:
    data = _read_bytes(path)
    if looks_binary(data):
        raise DocumentError(str(path), f"binary content in a {suffix} file",
                            f"is it another format renamed? supported formats: {_supported_list()}")
    text, encoding = decode_text(data)
    if not text.strip():
        raise DocumentError(str(path), "empty file: only whitespace", "check that the export finished")
    fffd = text.count("\ufffd")
    if fffd > MAX_REPLACEMENT_SHARE * len("".join(text.split())):
        raise DocumentError(
            str(path), f"undecodable text: {fffd} of its characters are U+FFFD replacement characters",
            "the text was damaged when it was converted; export it again from the original")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fmt = TEXT_FORMATS[suffix]
    if fmt == "html":
        text = html_to_text(text)
    return SourceText(path=str(path), text=text, format=fmt, encoding=encoding)


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
