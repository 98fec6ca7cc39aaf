"""One place that turns any error into JSON (under /api) or an HTML page, with its status."""
from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from models import MinutebookError, Overloaded

log = logging.getLogger(__name__)


def _body(message: str, status: int):
    if request.path.startswith("/api/") or request.args.get("format") == "json":
        return jsonify({"ok": False, "error": message, "status": status}), status
    return render_template("error.html", message=message, status=status), status


def handle_minutebook(e: MinutebookError):
    body, status = _body(e.message, e.status)
    if isinstance(e, Overloaded):
        return body, status, {"Retry-After": str(e.retry_after)}
    return body, status


def handle_http(e: HTTPException):
    return _body(e.description or e.name, e.code or 500)


def handle_unexpected(e: Exception):
    log.exception("unexpected error on %s", request.path)
    return _body("internal error: this is a bug in Minutebook; the log has the details", 500)


def init_app(app: Flask) -> None:
    app.register_error_handler(MinutebookError, handle_minutebook)
    app.register_error_handler(HTTPException, handle_http)
    app.register_error_handler(Exception, handle_unexpected)
