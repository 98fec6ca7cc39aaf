"""The decisions register: every decision and action, filtered; the same filter as CSV or JSON."""
from __future__ import annotations

import io

from flask import Blueprint, Response, jsonify, render_template, request

from indexer.store import queries, write_csv
from models import DECISION_VERBS, BadParameter
from webapp import params
from webapp.db import get_db

bp = Blueprint("decisions", __name__)

FORMATS = ("html", "csv", "json")
PAGE = 50
EXPORT_MAX = 100_000


def register_filters() -> dict:
    """The register's checked filters: q, council, committee, since, until, verb, kind, person."""
    f = params.filters(request)
    if f["kind"] not in (None, "decision", "action"):
        raise BadParameter("kind", f"'{f['kind']}' is not one of decision, action")
    verb = params.text(request, "verb", max_len=40)
    return {"q": params.text(request, "q", max_len=500), "council": f["council"], "committee": f["committee"],
            "since": f["since"], "until": f["until"], "verb": verb.upper() if verb else None,
            "kind": f["kind"], "person": f["person"]}


def csv_response(rows: list[dict]) -> Response:
    out = io.StringIO()
    write_csv(rows, out)
    return Response(out.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="decisions.csv"'})


@bp.get("/decisions")
def register():
    fmt = request.args.get("format") or "html"
    if fmt not in FORMATS:
        raise BadParameter("format", f"'{fmt}' is not one of {', '.join(FORMATS)}")
    f = register_filters()
    export = fmt != "html"
    limit = params.integer(request, "limit", EXPORT_MAX if export else PAGE, 1, EXPORT_MAX)
    offset = params.integer(request, "offset", 0, 0, EXPORT_MAX)
    db = get_db()
    rows = queries.decisions(db, **f, limit=limit + (0 if export else 1), offset=offset)
    if fmt == "csv":
        return csv_response(rows)
    if fmt == "json":
        return jsonify({"ok": True, "results": rows})
    more = len(rows) > limit
    committees = queries.committee_names(db)
    return render_template("decisions.html", rows=rows[:limit], f=f, committees=committees,
                           verbs=DECISION_VERBS, limit=limit, offset=offset, more=more,
                           nav="decisions")
