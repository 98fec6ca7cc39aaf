"""Bounded and fair under overload: a gate in front of the app, per worker process.

At most `max_running` requests run at once; up to `queue_depth` more wait, first come first
served, for at most `queue_timeout_s`; any other request is answered at once with 503 and
Retry-After (the API's JSON error body under /api, the error page otherwise), so that a crowd
gets quick refusals instead of a queue tens of seconds long. /api/health and /static pass
without waiting. The gate is WSGI middleware: a refusal costs no Flask dispatch and no query.
The time a request arrived is in `environ["minutebook.arrived"]` (answers' time budget).
"""
from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable

from flask import Flask, render_template

from indexer.settings import Settings
from webapp.security import HEADERS

BYPASS = ("/api/health", "/static/")


class Gate:
    """`slots` requests at a time; a FIFO of at most `depth` waiting for a slot."""

    def __init__(self, slots: int, depth: int) -> None:
        self.slots, self.depth = slots, depth
        self._lock = threading.Lock()
        self._running = 0
        self._waiting: deque[threading.Event] = deque()

    def enter(self, timeout: float) -> str | None:
        """None once the caller holds a slot (it must `leave`), else why it was refused."""
        with self._lock:
            if self._running < self.slots and not self._waiting:
                self._running += 1
                return None
            if len(self._waiting) >= self.depth:
                return f"{self._running} requests running and {len(self._waiting)} waiting"
            turn = threading.Event()
            self._waiting.append(turn)
        if turn.wait(timeout):
            return None
        with self._lock:
            if turn.is_set():  # handed a slot just as the wait ran out
                return None
            self._waiting.remove(turn)
        return f"no turn within {timeout:g} s"

    def leave(self) -> None:
        """Hand the slot to the longest waiting request, or free it."""
        with self._lock:
            if self._waiting:
                self._waiting.popleft().set()
            else:
                self._running -= 1


def refusal(app: Flask, reason: str, retry_after: int) -> tuple[bytes, bytes]:
    """(JSON body, HTML body) of a 503, rendered once."""
    message = f"busy: {reason}; try again in {retry_after} s"
    api = json.dumps({"ok": False, "error": message, "status": 503}).encode()
    with app.test_request_context("/"):
        page = render_template("error.html", message=message, status=503).encode()
    return api, page


def gated(app: Flask, settings: Settings) -> Callable:
    """`app.wsgi_app` behind a Gate sized by the settings."""
    gate, inner = Gate(settings.max_running, settings.queue_depth), app.wsgi_app
    bodies = refusal(app, "too many requests waiting", settings.retry_after_s)

    def wsgi(environ: dict, start_response: Callable) -> Iterable[bytes]:
        environ["minutebook.arrived"] = time.monotonic()
        path = environ.get("PATH_INFO", "")
        if path.startswith(BYPASS):
            return inner(environ, start_response)
        if gate.enter(settings.queue_timeout_s) is not None:
            body = bodies[0] if path.startswith("/api/") else bodies[1]
            start_response("503 Service Unavailable", [
                ("Content-Type", "application/json" if path.startswith("/api/") else "text/html; charset=utf-8"),
                ("Content-Length", str(len(body))), ("Retry-After", str(settings.retry_after_s)),
                ("Cache-Control", "no-store"), *HEADERS.items()])
            return [body]
        try:
            return list(inner(environ, start_response))  # the whole body inside the slot
        finally:
            gate.leave()

    return wsgi
