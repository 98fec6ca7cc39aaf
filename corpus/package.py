"""Bounds on a zip package (a .docx) before it is parsed: what it declares, and what it holds.

A Word file is a zip of XML parts that a parser reads whole into memory, so a small file can
unpack to gigabytes ("zip bomb"). `check_package` refuses, in one streaming pass that keeps
nothing, a package whose members declare more than `max_expanded_mb` in all, whose members
actually unpack to more than that, or whose XML holds more elements than `max_elements`; it
looks at the clock as it goes. (zipfile never unpacks more of a member than it declares: data
beyond that fails the member's CRC check, a zipfile.BadZipFile for the caller.)
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from corpus.limits import MB, Limits

CHUNK = 1 * MB
XML_SUFFIXES = (".xml", ".rels")


def check_package(path: Path, limits: Limits) -> None:
    """Raise DocumentError when the zip at `path` breaks a bound; other zip errors propagate."""
    with zipfile.ZipFile(path) as package:
        members = package.infolist()
        limits.check_elements(len(members), "parts in the package")
        declared = sum(m.file_size for m in members)
        limits.check_expanded(declared, f"its parts declare {declared / MB:.3g} MB")
        total = tags = 0
        for member in members:
            size, found = _unpacked(package, member, limits, total)
            total += size
            tags += found
            limits.check_elements(tags, "XML elements in the package")


def _unpacked(package: zipfile.ZipFile, member: zipfile.ZipInfo, limits: Limits, before: int) -> tuple[int, int]:
    """(bytes, start tags) one member unpacks to, read in chunks and counted, never kept."""
    size = tags = 0
    is_xml = member.filename.lower().endswith(XML_SUFFIXES)
    with package.open(member) as stream:
        while chunk := stream.read(CHUNK):
            size += len(chunk)
            if is_xml:
                tags += chunk.count(b"<") - chunk.count(b"</") - chunk.count(b"<?") - chunk.count(b"<!")
            limits.check_expanded(before + size, f"its parts unpack to {(before + size) / MB:.3g} MB")
            limits.check_time(f"unpacking {member.filename}")
    return size, tags
