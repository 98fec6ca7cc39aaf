"""Stable, hierarchical ids for documents, meetings, paragraphs and decisions.

A document id is the first 12 hex digits of the SHA-256 of its bytes, so the same paper gets
the same id on every machine. Everything inside a document hangs off that id:

    document    3f2a9c0d1e4b
    paragraph   3f2a9c0d1e4b.p0042          (the 42nd paragraph, in reading order)
    decision    3f2a9c0d1e4b.p0042.d1       (the first decision in that paragraph)
    table       3f2a9c0d1e4b.t003
    report      3f2a9c0d1e4b.r02
    meeting     2017-03-06-norfolk-adult-social-care-committee   (shared by every paper about it)

A meeting id is its date, the council's place ('norfolk', 'burton-cum-walden', 'manhattan-beach')
and the body's name, so that two councils' planning commissions meeting on one day never share
an id; a council meeting as a whole is named once ('2025-09-02-burton-cum-walden-parish-council').
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

ID_RE = re.compile(
    r"^(?P<doc>[0-9a-f]{12})(?:\.(?:(?P<para>p\d{4})(?:\.(?P<dec>d\d+))?|(?P<table>t\d{3})|(?P<report>r\d{2})))?$"
)
MEETING_ID_RE = re.compile(r"^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$")


def document_id(content: bytes) -> str:
    """Id of a document: a short hash of its bytes."""
    return hashlib.sha256(content).hexdigest()[:12]


def paragraph_id(doc_id: str, seq: int) -> str:
    return f"{doc_id}.p{seq:04d}"


def decision_id(para_id: str, n: int) -> str:
    return f"{para_id}.d{n}"


def table_id(doc_id: str, seq: int) -> str:
    return f"{doc_id}.t{seq:03d}"


def report_id(doc_id: str, seq: int) -> str:
    return f"{doc_id}.r{seq:02d}"


def slugify(text: str) -> str:
    """Lower-case, hyphen-separated ascii words: 'Adult Social Care Committee' -> 'adult-social-care-committee';
    accents and macrons dropped ('Kōwhai' -> 'kowhai')."""
    text = "".join(_base_letter(ch) for ch in text)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unknown"


def _base_letter(ch: str) -> str:
    """'ō' -> 'o', 'é' -> 'e'; other characters as they are ('’' stays a separator)."""
    base = unicodedata.normalize("NFKD", ch)[:1]
    return base if ch.isalpha() and base.isascii() else ch


COUNCIL_TYPE_RE = re.compile(r"(?:-(?:metropolitan-)?(?:county|city|district|borough|town|parish|community|village|"
                             r"shire|regional|township))?-council$")
AUTHORITY_OF_RE = re.compile(r"^(?:city|town|village|county|township|borough|london-borough|royal-borough|shire|"
                             r"municipality|regional-municipality|regional-district|district)-of-")


def council_place(council: str | None) -> str:
    """'Norfolk County Council' -> 'norfolk', 'City of Manhattan Beach' -> 'manhattan-beach'."""
    if not council:
        return ""
    slug = slugify(council)
    return AUTHORITY_OF_RE.sub("", COUNCIL_TYPE_RE.sub("", slug)) or slug


def meeting_id(date: str | None, committee: str | None, council: str | None = None) -> str:
    """Id of a meeting: its ISO date, the council's place and the body's slug, shared by the agenda,
    minutes and reports of that meeting."""
    body = slugify(committee or "unknown committee")
    place = council_place(council)
    if place and not body.startswith(place):
        body = f"{place}-{body}"
    return f"{date or '0000-00-00'}-{body}"


def is_valid_id(ident: str) -> bool:
    """True when the string has the shape of a document, paragraph, decision, table or report id."""
    return bool(ID_RE.match(ident))


def document_of(ident: str) -> str:
    """The document id an inner id belongs to."""
    return ident.split(".", 1)[0]


def anchor(number: str | None, para_id: str) -> str:
    """The HTML anchor of a paragraph: its council number where it has one ('p-10.3'), else its seq."""
    return f"p-{number}" if number else para_id.rsplit(".", 1)[-1]
