"""Write tests/data/minutes.doc, the legacy Word file the .doc reader's tests read.

    .venv/bin/python tests/tools/make_doc.py    # needs LibreOffice: apt-get install libreoffice-writer-nogui

The minutes are invented for the test (no council's text): python-docx writes them as a .docx
(a heading, paragraphs, a line break, a running header naming the council, and a table with a
cell long enough to wrap and a cell of two paragraphs), and LibreOffice's Writer saves that as
"MS Word 97" (.doc, the binary format antiword reads). Run it again only to change the file; the
tests assert its text exactly.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document

OUT = Path(__file__).resolve().parents[1] / "data" / "minutes.doc"


def write_docx(path: Path) -> None:
    """The invented minutes as a .docx."""
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "ASHWELL PARISH COUNCIL"
    doc.add_heading("Minutes of a meeting of Ashwell Parish Council", level=1)
    doc.add_paragraph("Held on Tuesday 3rd March 2021 at 7.30pm in the Village Hall.")
    present = doc.add_paragraph("Present: Cllr A Smith (Chair)")
    present.add_run().add_break()
    present.add_run("Cllr B Jones, Cllr C Patel")
    doc.add_paragraph("21/14 Planning. The Council considered the applications below.")
    table = doc.add_table(rows=3, cols=2)
    rows = [("Application", "Decision"),
            ("3/21/0412/FHA 12 Station Road: single storey rear extension and a new dropped kerb",
             "RESOLVED to raise no objection."),
            ("3/21/0520/LBC The Old Forge", "Deferred")]
    for r, (left, right) in enumerate(rows):
        table.cell(r, 0).text = left
        table.cell(r, 1).text = right
    table.cell(1, 1).add_paragraph("Proposed by Cllr Smith, seconded by Cllr Jones.")
    doc.add_paragraph("21/15 Finance. It was RESOLVED that the clerk’s invoice of £120 be paid.")
    doc.save(str(path))


def main() -> int:
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: apt-get install libreoffice-writer-nogui", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "minutes.docx"
        write_docx(source)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "doc:MS Word 97", "--outdir", tmp, str(source)],
                       check=True, capture_output=True, timeout=120)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp) / "minutes.doc", OUT)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
