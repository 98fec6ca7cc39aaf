"""The JSON API: GET only, read-only, `ok: true` on success, errors as {ok, error, status}."""
from __future__ import annotations

from flask import Blueprint, jsonify, request

from indexer.store import queries
from webapp import params
from webapp.db import answer_deadline, get_db, get_engine
from webapp.openapi import spec

bp = Blueprint("api", __name__, url_prefix="/api")


def ok(body: dict):
    return jsonify({"ok": True, **body})


@bp.get("/health")
def health():
    db, engine = get_db(), get_engine()
    return ok(queries.health(db, engine.keyword.document_ids(), engine.vector_model))


@bp.get("/answer")
def answer():
    q = params.text(request, "q", required=True)
    f = params.filters(request)
    return ok(get_engine().answer(q, f, db=get_db(), deadline=answer_deadline()))  # get_db: 503 before any index


@bp.get("/search")
def search():
    q = params.text(request, "q", required=True)
    f = params.filters(request)
    limit = params.integer(request, "limit", 20, 1, 200)
    offset = params.integer(request, "offset", 0, 0, 10_000)
    return ok(get_engine().search(q, f, limit=limit, offset=offset, db=get_db()))


@bp.get("/meetings")
def meetings():
    f = params.filters(request)
    rows = queries.list_meetings(get_db(), f["committee"], f["since"], f["until"], council=f["council"])
    limit = params.integer(request, "limit", 10_000, 1)
    return ok({"results": rows[:limit]})


@bp.get("/meetings/<meeting_id>")
def meeting(meeting_id: str):
    return ok(queries.meeting_detail(get_db(), meeting_id))


@bp.get("/decisions")
def decisions():
    f = params.filters(request)
    rows = queries.decisions(
        get_db(), q=params.text(request, "q", max_len=500), committee=f["committee"],
        since=f["since"], until=f["until"], verb=params.text(request, "verb", max_len=40),
        kind=request.args.get("kind") if request.args.get("kind") in ("decision", "action") else None,
        person=f["person"], council=f["council"], limit=params.integer(request, "limit", 100, 1),
        offset=params.integer(request, "offset", 0, 0, 1_000_000))
    return ok({"results": rows})


@bp.get("/reports")
def reports():
    return ok({"results": queries.reports(get_db(), limit=params.integer(request, "limit", 100, 1))})


@bp.get("/figures")
def figures():
    rows = queries.figures(get_db(), q=params.text(request, "q", max_len=500),
                           limit=params.integer(request, "limit", 100, 1))
    return ok({"results": rows})


@bp.get("/documents/<doc_id>")
def document(doc_id: str):
    return ok(queries.document_detail(get_db(), doc_id))


@bp.get("/openapi.json")
def openapi():
    return jsonify(spec())
