"""Files to text: which files to read, and one clear DocumentError for each that cannot be read.

`iter_paths` lists the files under the paths a user gave; `read_file` checks a file (exists,
not empty, not too large) and hands it to its format's reader under the bounds of `corpus.limits` (time, expanded size, elements, depth).
Text formats (txt, md, html) are decoded by `corpus.text`, which records the encoding used;
pages, where the format has them, are separated by form feeds.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from corpus.doc import read_doc
from corpus.docx import read_docx
from corpus.html import html_source
from corpus.limits import Limits
from corpus.markdown import markdown_source
from corpus.pdf import read_pdf
from corpus.rtf import read_rtf
from corpus.text import decode_text, looks_binary, read_text
from models.domain import SourceText
from models.errors import DocumentError

if TYPE_CHECKING:  # corpus must not import indexer at run time (models <- corpus <- indexer)
    from indexer.settings import Settings

__all__ = ["SUPPORTED", "decode_text", "iter_paths", "looks_binary", "read_file"]

log = logging.getLogger(__name__)

Reader = Callable[[Path, Limits], SourceText]
BINARY_READERS: dict[str, Reader] = {".pdf": read_pdf, ".docx": read_docx, ".doc": read_doc, ".rtf": read_rtf}
TEXT_FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
CONVERTERS: dict[str, Callable[[SourceText, Limits], SourceText]] = {"md": markdown_source, "html": html_source}
SUPPORTED = set(BINARY_READERS) | set(TEXT_FORMATS)


def _supported_list() -> str:
    return ", ".join(sorted(SUPPORTED))


def _unsupported(path: Path) -> DocumentError:
    return DocumentError(str(path), f"unsupported format '{path.suffix or '(none)'}'",
                         f"supported formats: {_supported_list()}")


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
                raise _unsupported(given)
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
    """The text of one file of a supported format, or a DocumentError saying why not."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise _unsupported(path)
    _check_size(path, settings)
    limits = Limits.of(path, settings)
    with limits.time_guard():
        source = _read(path, suffix, limits)
    if not source.text.strip():
        raise DocumentError(str(path), "no text: the document holds only whitespace",
                            "check that the file is the paper you meant")
    log.debug("read %s: %d chars (%s, %s)", path, len(source.text), source.format, source.encoding)
    return source


def _read(path: Path, suffix: str, limits: Limits) -> SourceText:
    if suffix in BINARY_READERS:
        return BINARY_READERS[suffix](path, limits)
    fmt = TEXT_FORMATS[suffix]
    source = read_text(path, fmt, _supported_list())
    limits.check_time()
    return CONVERTERS[fmt](source, limits) if fmt in CONVERTERS else source


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
