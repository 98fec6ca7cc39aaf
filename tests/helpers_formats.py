"""Snippets of the sample corpus for the format tests, and what a PDF prints on each page."""
from __future__ import annotations

from pathlib import Path

import pdfplumber

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"


def minutes_of_6_march_2017() -> str:
    """File 000's minutes of 6 March 2017: from the committee's name above the heading to the end."""
    lines = (CORPUS / "000_5b2e5009240d1d2b.txt").read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if "Minutes of the Meeting Held on Monday, 06 March 2017" in line)
    end = next(i for i, line in enumerate(lines) if line.startswith("The meeting finished at") and i > start)
    assert lines[start - 2] == "Adult Social Care Committee"
    return "\n".join(lines[start - 2:end + 1]) + "\n"


MINUTES = minutes_of_6_march_2017()
REPORT = (CORPUS / "001_7476e3836d11363e.txt").read_text(encoding="utf-8")


def physical_pages(path: Path) -> list[str]:
    """The words pdfplumber finds on each page of a PDF, one string per page."""
    with pdfplumber.open(path) as pdf:
        return [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
