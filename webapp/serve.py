"""`minutebook serve`: gunicorn, several worker processes forked from one that loaded the models.

Why gunicorn: a Python process answers on one core at a time (the GIL), and the machine has
several. gunicorn's arbiter forks `workers` processes after the app is loaded (`preload_app`):
the encoder, the imported libraries and the unit table are loaded once, before the fork, and
shared copy-on-write; each worker reloads the table on its own when the store's change counter
moves. Each worker is a threaded one (`gthread`, here `Worker`): its main loop accepts and polls
connections, its threads read requests and run the app, one connection each, behind the
overload gate (webapp/overload.py). `Worker` also puts a deadline on reading a request: a client
has `read_timeout_s` from its first byte to send its headers and body (408 otherwise), and each
piece of the response must be taken within `read_timeout_s`; idle connections are closed after
`idle_timeout_s`. Before the fork nothing holds a thread or a SQLite connection (the encoder runs
on one thread per worker), so the children inherit nothing half-used.
"""
from __future__ import annotations

import dataclasses
import logging
import os
import time

from gunicorn.app.base import BaseApplication
from gunicorn.http.errors import NoMoreData
from gunicorn.workers import gthread
from threadpoolctl import threadpool_limits

from indexer import store
from indexer.settings import Settings
from models import NoIndex

log = logging.getLogger(__name__)

FIRST_BYTE_WAIT_S = 0.5  # a new connection's first byte, waited for on a thread; then on the poller
TIMEOUT_RESPONSE = (b"HTTP/1.1 408 Request Timeout\r\nContent-Type: text/plain\r\nContent-Length: 42\r\n"
                    b"Connection: close\r\n\r\nrequest not received in time: send it again")


def cores() -> int:
    return len(os.sched_getaffinity(0))


def sized(settings: Settings) -> Settings:
    """Settings with the automatic sizes filled in: workers from the cores, threads from the gate,
    the encoder's threads shared out between the workers."""
    workers = settings.workers or cores()
    return dataclasses.replace(
        settings, workers=workers,
        threads=settings.threads or settings.max_running + settings.queue_depth + 8,
        embed_threads=settings.embed_threads or max(1, cores() // workers))


def options(settings: Settings, host: str, port: int) -> dict:
    """gunicorn's configuration for these (sized) settings."""
    return {"bind": f"{host}:{port}", "workers": settings.workers, "threads": settings.threads,
            "worker_class": "webapp.serve.Worker", "preload_app": True, "keepalive": settings.idle_timeout_s,
            "timeout": 60, "graceful_timeout": 10, "backlog": 2048, "worker_connections": 1000,
            "errorlog": "-", "loglevel": "warning", "accesslog": None}


def warm(app) -> None:
    """Load what every worker needs before the fork: the encoder and the current unit table."""
    from webapp.db import get_engine

    with app.app_context():
        engine = get_engine()
        engine.encoder.encode(["warm up"])
        try:
            db = store.open_snapshot(engine.settings.db_path)
        except NoIndex:
            return
        try:
            engine.table(db)
        finally:
            db.conn.close()


class Server(BaseApplication):
    """gunicorn run from our own settings rather than its command line (workers read
    `self.app.settings`)."""

    def __init__(self, make_app, settings: Settings, config: dict) -> None:
        self._make_app, self.settings, self._config = make_app, settings, config
        super().__init__()

    def load_config(self) -> None:
        for key, value in self._config.items():
            self.cfg.set(key, value)

    def load(self):
        t0 = time.perf_counter()
        app = self._make_app()
        warm(app)
        log.info("app and models loaded in %.1fs", time.perf_counter() - t0)
        return app


def serve(settings: Settings, host: str, port: int) -> None:
    """Serve the pages and the API until SIGINT or SIGTERM (gunicorn stops workers gracefully)."""
    from webapp import create_app

    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # no tokenizer threads to carry over the fork
    settings = sized(settings)
    threadpool_limits(settings.embed_threads, user_api="blas")  # numpy's BLAS too: its idle threads spin
    Server(lambda: create_app(settings=settings), settings, options(settings, host, port)).run()


class _Deadline:
    """A request's socket as its parser reads it: every read must be done by one deadline."""

    def __init__(self, sock) -> None:
        self._sock = sock
        self.deadline = time.monotonic()

    def start(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds

    def recv(self, size: int, *flags) -> bytes:
        left = self.deadline - time.monotonic()
        if left > 0:
            self._sock.settimeout(left)
            try:
                return self._sock.recv(size, *flags)
            except TimeoutError:
                pass
        try:  # tell the client, if it listens, then close quietly
            self._sock.setblocking(False)
            self._sock.send(TIMEOUT_RESPONSE)
        except OSError:
            pass
        raise NoMoreData(b"")

    def __getattr__(self, name: str):
        return getattr(self._sock, name)


class Worker(gthread.ThreadWorker):
    """gunicorn's threaded worker with a deadline on reading each request and a timeout on
    writing each response, so slow or stalled clients cannot hold its threads."""

    @property
    def read_timeout(self) -> float:
        return self.app.settings.read_timeout_s

    def handle(self, conn):
        if not conn.initialized and not conn.data_ready and not conn.wait_for_data(FIRST_BYTE_WAIT_S):
            return gthread._DEFER  # no byte yet: wait on the poller (closed after idle_timeout_s)
        conn.data_ready = True
        conn.sock.setblocking(True)
        conn.init()
        reader = getattr(conn.parser, "unreader", None)
        if reader is not None:
            if not isinstance(reader.sock, _Deadline):
                reader.sock = _Deadline(reader.sock)
            reader.sock.start(self.read_timeout)
        return super().handle(conn)

    def handle_request(self, req, conn):
        conn.sock.settimeout(self.read_timeout)  # the response: each send within the timeout
        return super().handle_request(req, conn)
