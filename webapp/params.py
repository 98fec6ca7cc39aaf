"""Query-string parameters, checked: a bad one is a 400 naming the parameter and what it takes."""
from __future__ import annotations

from flask import Request

from models import KINDS, BadParameter
from models.dates import parse_iso

MAX_LIMIT = 10_000


def text(req: Request, name: str, required: bool = False, max_len: int = 10_000) -> str | None:
    value = req.args.get(name)
    if value is None or not value.strip():
        if required:
            raise BadParameter(name, "is required and must not be empty, e.g. ?q=transport")
        return None
    if len(value) > max_len:
        raise BadParameter(name, f"is {len(value)} characters long; the most is {max_len}")
    return value.strip()


def integer(req: Request, name: str, default: int, low: int = 0, high: int = MAX_LIMIT) -> int:
    raw = req.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(name, f"'{raw}' is not a whole number") from None
    if not low <= value <= high:
        raise BadParameter(name, f"{value} is out of range: use {low} to {high}")
    return value


def iso_date(req: Request, name: str) -> str | None:
    raw = req.args.get(name)
    if not raw:
        return None
    try:
        return parse_iso(raw).isoformat()
    except ValueError:
        raise BadParameter(name, f"'{raw}' is not a date: use yyyy-mm-dd, e.g. 2017-03-06") from None


def kind(req: Request) -> str | None:
    raw = req.args.get("kind")
    if not raw:
        return None
    if raw not in KINDS:
        raise BadParameter("kind", f"'{raw}' is not one of {', '.join(KINDS)}")
    return raw


def filters(req: Request) -> dict:
    """The filters every listing takes: council, committee, since, until, kind, person."""
    f = {"council": text(req, "council", max_len=200), "committee": text(req, "committee", max_len=200),
         "since": iso_date(req, "since"),
         "until": iso_date(req, "until"), "kind": kind(req), "person": text(req, "person", max_len=200)}
    if f["since"] and f["until"] and f["since"] > f["until"]:
        raise BadParameter("since", f"{f['since']} is after until={f['until']}")
    return f
