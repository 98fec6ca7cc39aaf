"""Files to text: which files to read, and one clear DocumentError for each that cannot be read.

`iter_paths` lists the files under the paths a user gave, and the files a folder walk met and
left (with the reason); `read_file` checks a file (exists, not empty, not too large) and hands it to its format's reader under the bounds of `corpus.limits` (time, expanded size, elements, depth).
Text formats (txt, md, html) are decoded by `corpus.text`, which records the encoding used; in every
format, UTF-8 that was read as Windows-1252 before the file was written is repaired (`repair_mojibake`);
pages, where the format has them, are separated by form feeds.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from corpus.doc import read_doc
from corpus.docx import read_docx
from corpus.html import html_source
from corpus.limits import Limits
from corpus.markdown import markdown_source
from corpus.pdf import read_pdf
from corpus.printing import fix_mojibake
from corpus.rtf import read_rtf
from corpus.text import decode_text, looks_binary, read_text
from models.domain import SourceText
from models.errors import DocumentError

if TYPE_CHECKING:  # corpus must not import indexer at run time (models <- corpus <- indexer)
    from indexer.settings import Settings

__all__ = ["SUPPORTED", "Found", "decode_text", "iter_paths", "looks_binary", "read_file"]

log = logging.getLogger(__name__)

Reader = Callable[[Path, Limits], SourceText]
BINARY_READERS: dict[str, Reader] = {".pdf": read_pdf, ".docx": read_docx, ".doc": read_doc, ".rtf": read_rtf}
TEXT_FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
CONVERTERS: dict[str, Callable[[SourceText, Limits], SourceText]] = {"md": markdown_source, "html": html_source}
SUPPORTED = set(BINARY_READERS) | set(TEXT_FORMATS)


def _supported_list() -> str:
    return ", ".join(sorted(SUPPORTED))


def _unsupported(path: Path) -> DocumentError:
    return DocumentError(str(path), f"unsupported format {path.suffix.lower() or '(no extension)'}",
                         f"supported formats: {_supported_list()}")


@dataclass
class Found:
    """What `iter_paths` found: the files to read (True when named explicitly), sorted, and the
    files a folder walk met and left, each as a DocumentError giving the reason."""

    files: list[tuple[Path, bool]] = field(default_factory=list)
    skipped: list[DocumentError] = field(default_factory=list)


def iter_paths(paths: list[Path]) -> Found:
    """The files under the given files and folders, and those a walk left out, with the reason.

    Folders are walked recursively without following symbolic links out of them: a link to a
    file or folder outside is skipped ('symlink to a file outside the folder'); a link inside is
    read at its target. Hidden files and folders and Office lock files (~$...) are passed over
    silently; other files of an unsupported format are skipped ('unsupported format .xyz'). A
    named link is resolved and listed by its real path. A named file with an unsupported
    extension, or a path that does not exist, raises DocumentError.
    """
    found: dict[Path, bool] = {}
    skipped: list[DocumentError] = []
    for given in map(Path, paths):
        if given.is_dir():
            files, left = _walk(given.resolve() if given.is_symlink() else given)
            for path in files:
                found.setdefault(path, False)
            skipped += left
        elif given.is_file():
            real = given.resolve() if given.is_symlink() else given
            if real.suffix.lower() not in SUPPORTED:
                raise _unsupported(real)
            found[real] = True
        else:
            reason = "broken symbolic link" if given.is_symlink() else "no such file or folder"
            raise DocumentError(str(given), reason, "check the path")
    unique = {e.path: e for e in skipped}  # a file met at its path and through a link is one file
    return Found(sorted(found.items()), [unique[p] for p in sorted(unique)])


def _walk(folder: Path) -> tuple[list[Path], list[DocumentError]]:
    root = folder.resolve()
    files: list[Path] = []
    skipped: list[DocumentError] = []
    for here, dirs, names in os.walk(folder):
        kept = []
        for name in dirs:
            if name.startswith("."):
                continue
            path = Path(here) / name
            if path.is_symlink():
                _link_to_folder(path, root, skipped)  # a link inside is walked where it points
            else:
                kept.append(name)
        dirs[:] = kept
        for name in names:
            if not name.startswith((".", "~$")):
                _walked_file(Path(here) / name, folder, root, files, skipped)
    return files, skipped


def _link_to_folder(path: Path, root: Path, skipped: list[DocumentError]) -> None:
    target = path.resolve()
    if not target.exists():
        skipped.append(DocumentError(str(path), "broken symbolic link", "fix or remove the link"))
    elif not target.is_relative_to(root):
        skipped.append(DocumentError(str(path), f"symlink to a folder outside the folder ({target})",
                                     "index that folder by its own path if it is meant"))


def _walked_file(path: Path, folder: Path, root: Path, files: list[Path], skipped: list[DocumentError]) -> None:
    if path.is_symlink():
        target = path.resolve()
        if not target.is_file():
            skipped.append(DocumentError(str(path), "broken symbolic link", "fix or remove the link"))
            return
        if not target.is_relative_to(root):
            skipped.append(DocumentError(str(path), f"symlink to a file outside the folder ({target})",
                                         "index that file by its own path if it is meant"))
            return
        path = folder / target.relative_to(root)  # the same file as the walk meets it
    if path.suffix.lower() in SUPPORTED:
        files.append(path)
    else:
        skipped.append(_unsupported(path))


def read_file(path: Path, settings: Settings) -> SourceText:
    """The text of one file of a supported format, or a DocumentError saying why not."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise _unsupported(path)
    _check_size(path, settings)
    limits = Limits.of(path, settings)
    with limits.time_guard():
        source = repair_mojibake(_read(path, suffix, limits))
    if not source.text.strip():
        raise DocumentError(str(path), "no text: the document holds only whitespace",
                            "check that the file is the paper you meant")
    log.debug("read %s: %d chars (%s, %s)", path, len(source.text), source.format, source.encoding)
    return source


def repair_mojibake(source: SourceText) -> SourceText:
    """The text, running headers and metadata with UTF-8 read as Windows-1252 turned back ('â€™' -> '’'),
    whatever the format: the damage was done before the file was written (`corpus.printing.fix_mojibake`)."""
    source.text = fix_mojibake(source.text)
    source.headers = [fix_mojibake(h) for h in source.headers]
    source.metadata = {k: fix_mojibake(v) for k, v in source.metadata.items()}
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
