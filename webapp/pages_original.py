"""GET /documents/<id>/original: the file that was indexed, as the council published it.

Indexing keeps a copy of each file in the data folder (indexer.pipeline.keep_original); this
page sends it back under its own file name (`security.content_disposition`: RFC 6266, control
characters dropped, so a name holding CR/LF cannot break the header). A PDF or a text file opens in the
browser, a text file (and a web page) with the charset its bytes were decoded in when indexed (a
Windows-1252 paper shows its '£' as a '£'); Word files and HTML pages are downloads, and the HTML is
sandboxed, so that a script in a council's
web page can never run on Minutebook's origin. Unknown ids and missing copies are 404s through
webapp.errors (JSON with ?format=json, else the error page).
"""
from __future__ import annotations

from flask import Blueprint, current_app, send_file

from indexer.store import queries
from models import NotFound
from webapp.db import get_db
from webapp.security import content_disposition

bp = Blueprint("original", __name__)

MIMETYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".rtf": "application/rtf",
    ".doc": "application/msword",
    ".html": "text/html",
    ".htm": "text/html",
    ".txt": "text/plain",
    ".md": "text/markdown",
}
INLINE = {".pdf", ".txt", ".md"}  # shown by the browser; the rest are downloads
CHARSETS = {"utf-8": "utf-8", "utf-16": "utf-16", "cp1252": "windows-1252", "latin-1": "iso-8859-1"}


@bp.get("/documents/<doc_id>/original")
def document_original(doc_id: str):
    found = queries.original_file(get_db(), doc_id)
    path = current_app.config["MINUTEBOOK"].original_path(doc_id, found["suffix"])
    if not path.is_file():
        raise NotFound("original file for the document", doc_id,
                       f"index '{found['name']}' again to keep a copy of it")
    suffix = found["suffix"]
    mimetype = MIMETYPES.get(suffix, "application/octet-stream")
    response = send_file(path, mimetype=mimetype, conditional=True, max_age=3600)
    response.headers["Content-Disposition"] = content_disposition(found["name"], suffix not in INLINE)
    if mimetype.startswith("text/"):  # say how the bytes are encoded, as they were read
        response.content_type = f"{mimetype}; charset={charset(found['encoding'])}"
    if suffix not in (".pdf",):
        response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def charset(encoding: str) -> str:
    """The HTTP charset name of a Python codec name ('cp1252' -> 'windows-1252')."""
    if encoding in CHARSETS:
        return CHARSETS[encoding]
    return f"windows-{encoding[2:]}" if encoding.startswith("cp") and encoding[2:].isdigit() else encoding
