"""Small generated hostile files: each is kilobytes on disk and stands for a much larger threat."""
from __future__ import annotations

import io
import struct
import zipfile

from fpdf import FPDF
from fpdf.actions import Action
from fpdf.syntax import PDFString
from helpers_docs import make_docx

DOCUMENT_XML = "word/document.xml"


def _rezip(docx: bytes, part: str, replace) -> bytes:
    """The Word file with one part rewritten by `replace(old bytes) -> new bytes`."""
    src = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item.filename, replace(data) if item.filename == part else data)
    return out.getvalue()


def docx_bomb(expanded_mb: int) -> bytes:
    """A Word file whose document.xml unpacks to `expanded_mb` MB (of whitespace in a paragraph)."""
    pad = b" " * (expanded_mb * 1024 * 1024)
    return _rezip(make_docx([("para", "13.8 The Committee AGREED.")]), DOCUMENT_XML,
                  lambda xml: xml.replace(b"</w:body>", b"<w:p><w:r><w:t xml:space=\"preserve\">" + pad
                                          + b"</w:t></w:r></w:p></w:body>"))


def docx_of_many_paragraphs(count: int) -> bytes:
    """A Word file with `count` empty paragraphs: a small file, a large tree."""
    return _rezip(make_docx([("para", "13.8 The Committee AGREED.")]), DOCUMENT_XML,
                  lambda xml: xml.replace(b"</w:body>", b"<w:p/>" * count + b"</w:body>"))


def docx_that_declares_less(docx: bytes) -> bytes:
    """The Word file with its central directory claiming document.xml unpacks to 10 bytes."""
    data = bytearray(docx)
    name = DOCUMENT_XML.encode()
    at = data.find(b"PK\x01\x02")
    while at != -1:  # each central directory entry: its name at +46, its sizes at +20 and +24
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46:at + 46 + name_len]) == name:
            struct.pack_into("<I", data, at + 24, 10)
            return bytes(data)
        at = data.find(b"PK\x01\x02", at + 4)
    raise ValueError("no document.xml in the central directory")


def deep_html(depth: int) -> str:
    """A page of `depth` nested divs around one word."""
    return "<html><body>" + "<div>" * depth + "deep" + "</div>" * depth + "</body></html>"


def blank_pdf(pages: int) -> bytes:
    """A PDF of `pages` empty pages."""
    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
    return bytes(pdf.output())


class JavaScriptAction(Action):
    """A PDF action that asks a viewer to run a script."""

    def __init__(self, script: str) -> None:
        super().__init__()
        self.script = script

    def serialize(self, _security_handler=None, _obj_id=None) -> str:
        return super()._serialize({"s": "/JavaScript", "j_s": PDFString(self.script)},
                                  _security_handler=_security_handler, _obj_id=_obj_id)


def pdf_with_javascript(lines: list[str], script: str) -> bytes:
    """A one-page PDF of `lines` with a link whose action is a JavaScript script."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in lines:
        pdf.cell(180, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_action(JavaScriptAction(script), x=10, y=10, w=50, h=10)
    return bytes(pdf.output())
