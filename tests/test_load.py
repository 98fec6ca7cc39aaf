"""bench.load, the runner of `make loadtest`, on a tiny round against a tiny server of its own."""
from __future__ import annotations

import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench.load import MIX, checks, fetch, memory, paths, run_round, summarise, table


class Tiny(BaseHTTPRequestHandler):
    """200 on /ok, 503 with Retry-After: 0 on /busy, a dropped connection on /drop."""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/drop":
            self.connection.close()
            return
        busy = self.path == "/busy"
        self.send_response(503 if busy else 200)
        if busy:
            self.send_header("Retry-After", "0")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args) -> None:
        """Quiet."""


@pytest.fixture()
def tiny():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Tiny)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_a_tiny_round_counts_every_request_and_status(tiny):
    results = run_round("127.0.0.1", tiny, clients=3, mix=["/ok", "/busy", "/ok", "/drop"], requests=12, seconds=30)
    assert len(results) == 12
    s = summarise(results, 2.0)
    assert s["statuses"] == {"200": 6, "503": 3, "reset": 3}
    assert (s["requests"], s["req_s"], s["ok_s"]) == (12, 4.5, 3.0)
    assert s["p50_ms"] <= s["p95_ms"] <= s["p99_ms"] <= s["max_ms"]


def test_fetch_names_a_refused_connection(tiny):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, not listening
        assert fetch("127.0.0.1", port, "/")[0] == "refused"
    assert fetch("127.0.0.1", tiny, "/ok")[0] == 200


def test_the_mix_cycles_every_endpoint_with_the_queries():
    mix = paths(["hired transport", "a b"])
    assert len(mix) == 2 * len(MIX)
    assert mix == ["/api/answer?q=hired+transport", "/api/search?q=a+b", "/search?q=hired+transport",
                   "/api/decisions", "/meetings",
                   "/api/answer?q=a+b", "/api/search?q=hired+transport", "/search?q=a+b", "/api/decisions", "/meetings"]


def _row(clients: int, ok_s: float, p50: float, p99: float, max_ms: float, statuses: dict, pss: int) -> dict:
    return {"clients": clients, "workers": "auto", "ok_s": ok_s, "req_s": ok_s, "p50_ms": p50, "p95_ms": p99,
            "p99_ms": p99, "max_ms": max_ms, "statuses": statuses, "rss_mib": pss, "pss_mib": pss}


def test_the_targets_of_issue_13_are_checked():
    multi = [_row(32, 40.0, 500, 900, 1200, {"200": 600}, 800),
             _row(128, 41.0, 1000, 2500, 4100, {"200": 500, "503": 100}, 820)]
    single = [{**_row(32, 22.0, 900, 1500, 1800, {"200": 600}, 600), "workers": 1}]
    found = checks(multi, single)
    assert found == {"ok/s at 32 clients vs one worker >= 1.7x": (1.82, True),
                     "128 clients: only 200 or 503": ("yes", True),
                     "128 clients: every answer within 5 s": (4100, True),
                     "128 clients: p99 of the 200s <= 3x their p50": (2.5, True),
                     "memory (PSS) flat across rounds: max/min <= 1.15": (1.02, True)}
    multi[1]["statuses"]["reset"] = 2
    assert checks(multi, single)["128 clients: only 200 or 503"] == ({"reset": 2}, False)
    text = table(multi, single, found)
    assert text.splitlines()[2].split()[:4] == ["auto", "32", "40.0", "40.0"]
    assert "PASS  ok/s at 32 clients vs one worker >= 1.7x: 1.82" in text


def test_memory_is_read_for_a_process_and_its_children():
    m = memory(os.getpid())
    assert m["rss_mib"] > 0 and 0 < m["pss_mib"] <= m["rss_mib"]


def test_cpu_parallelism_is_a_positive_ratio():
    from bench.load import cpu_parallelism

    assert 0 < cpu_parallelism(1) < 5
