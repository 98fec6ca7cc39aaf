"""The HTML pages councillors and officers use (server-rendered).

This blueprint holds the search page and the API page, and carries the other page blueprints
(meetings and documents, decisions, people, figures) nested inside it, so the factory registers
one blueprint. It also sets the security headers on every response and the template filters.
"""
from __future__ import annotations

from flask import Blueprint, current_app, render_template, request, url_for

from indexer.store import people_queries
from models import NoIndex
from webapp import openapi, params, render, security
from webapp.db import answer_deadline, get_db, get_engine

bp = Blueprint("pages", __name__)
bp.after_app_request(security.add_headers)
bp.record_once(lambda state: render.init_app(state.app))

MAX_PAGE = 100
FACET_VALUES = 10  # values shown per facet


def url_with(**changes) -> str:
    """The current page's URL with some query parameters changed (None removes one)."""
    args = {k: v for k, v in request.args.items() if v != ""}
    for key, value in changes.items():
        if value is None or value == "":
            args.pop(key, None)
        else:
            args[key] = value
    return url_for(request.endpoint, **(request.view_args or {}), **args)


@bp.app_context_processor
def template_helpers() -> dict:
    return {"url_with": url_with}


def page_window(total: int, limit: int, offset: int) -> dict:
    """First and last result shown, and the offsets of the previous and next pages (None at the ends)."""
    return {"first": offset + 1 if total else 0, "last": min(offset + limit, total), "total": total,
            "prev": max(offset - limit, 0) if offset > 0 else None,
            "next": offset + limit if offset + limit < total else None}


@bp.get("/")
@bp.get("/search")
def search():
    """One box; the answer card, decisions, figures and passages; filters with facet counts.

    The passages come at once; the answer card is fetched into the page from `answer_card` (it costs
    several retrievals' time), or drawn in the page itself with `answer=inline` (the link a browser
    without scripts follows)."""
    settings = current_app.config["MINUTEBOOK"]
    q = params.text(request, "q", max_len=settings.max_query_chars)
    f = params.filters(request)
    limit = params.integer(request, "limit", settings.page_size, 1, MAX_PAGE)
    offset = params.integer(request, "offset", 0, 0, 10_000)
    ctx = {"q": q, "f": f, "limit": limit, "offset": offset, "nav": "search"}
    if q:
        db = get_db()  # 503 with a clear message before anything is indexed; one snapshot for both
        engine = get_engine()
        if request.args.get("answer") == "inline" or offset:
            found, ctx["answered"] = engine.page(q, f, limit, offset, db, answer_deadline())  # one retrieval
        else:
            found = engine.search(q, f, limit, offset, db)
            ctx["answer_src"] = url_for("pages.answer_card", q=q, **{k: v for k, v in f.items() if v})
            ctx["answer_inline"] = url_with(answer="inline")
        found["facets"] = {k: dict(list(v.items())[:FACET_VALUES]) for k, v in found["facets"].items()}
        ctx["found"] = found
        ctx["window"] = page_window(ctx["found"]["total"], limit, offset)
    return render_template("search.html", **ctx)


@bp.get("/search/answer")
def answer_card():
    """The answer card of a search (with its decisions and figures) as a fragment of HTML, for the
    search page to fetch: the same answer /api/answer gives."""
    settings = current_app.config["MINUTEBOOK"]
    q = params.text(request, "q", required=True, max_len=settings.max_query_chars)
    f = params.filters(request)
    answered = get_engine().answer(q, f, db=get_db(), deadline=answer_deadline())
    return render_template("_answer.html", answered=answered, q=q, f=f, filtered=any(f.values()))


@bp.get("/docs/api")
@bp.get("/api")
def api_docs():
    """How to call the JSON API, with a curl example for each endpoint (real ids once indexed)."""
    try:
        ids = people_queries.sample_ids(get_db())
    except NoIndex:
        ids = {}
    return render_template("api.html", endpoints=openapi.endpoints(ids), base=request.host_url.rstrip("/"),
                           nav="api")


def _register_children() -> None:
    from webapp import pages_decisions, pages_figures, pages_meetings, pages_people

    for child in (pages_meetings, pages_decisions, pages_people, pages_figures):
        bp.register_blueprint(child.bp)


_register_children()
