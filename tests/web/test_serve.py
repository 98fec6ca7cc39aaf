"""`minutebook serve` (gunicorn, webapp/serve.py) as a real server on loopback: sized from the
settings, and slow or idle clients cut off by the read deadline and the idle timeout."""
from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from small_store import small_index

from indexer.settings import load_settings
from webapp.serve import cores, options, sized

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(host: str, port: int, path: str, timeout: float = 10) -> tuple[int | str, float]:
    """(status or 'refused', seconds) of one GET."""
    t0 = time.monotonic()
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Connection": "close"})
        status: int | str = conn.getresponse().status
    except ConnectionRefusedError:
        status = "refused"
    except OSError:
        status = "error"
    finally:
        conn.close()
    return status, time.monotonic() - t0


def test_workers_threads_and_encoder_threads_are_sized_from_the_cores():
    s = sized(load_settings(workers=0, threads=0, embed_threads=0, max_running=2, queue_depth=16))
    assert (s.workers, s.threads, s.embed_threads) == (cores(), 26, max(1, cores() // cores()))
    s = sized(load_settings(workers=3, threads=5, embed_threads=2))
    assert (s.workers, s.threads, s.embed_threads) == (3, 5, 2)
    o = options(s, "127.0.0.1", 5077)
    assert (o["bind"], o["workers"], o["threads"], o["preload_app"], o["worker_class"], o["keepalive"]) == (
        "127.0.0.1:5077", 3, 5, True, "webapp.serve.Worker", s.idle_timeout_s)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """(port, process): `minutebook serve` over a small store, one worker, 1 s timeouts."""
    settings, _ = small_index(tmp_path_factory.mktemp("serve") / "data")
    port = free_port()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
               MINUTEBOOK_EMBED_BACKEND="hash", MINUTEBOOK_READ_TIMEOUT_S="1", MINUTEBOOK_IDLE_TIMEOUT_S="1",
               HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    proc = subprocess.Popen([sys.executable, "-c", "from indexer.cli import main; main()", "--data",
                             str(settings.data_dir), "serve", "--port", str(port), "--workers", "1"],
                            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while fetch("127.0.0.1", port, "/api/health", timeout=2)[0] != 200:
        assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.poll() else "slow"
        time.sleep(0.1)
    yield port, proc
    proc.terminate()
    proc.wait(30)


def _until_closed(sock: socket.socket, limit: float = 15) -> tuple[bytes, float]:
    """(bytes received, seconds) until the server closes the connection."""
    t0, got = time.monotonic(), b""
    sock.settimeout(limit)
    while chunk := sock.recv(4096):
        got += chunk
    return got, time.monotonic() - t0


def test_a_client_that_stalls_inside_its_headers_gets_408_and_is_cut_off(server):
    port, _ = server
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\n")  # and never the blank line
        got, took = _until_closed(sock)
    assert got.startswith(b"HTTP/1.1 408 Request Timeout\r\n") and took < 10


def test_a_client_that_dribbles_its_headers_is_cut_off_at_the_deadline(server):
    port, _ = server
    with socket.create_connection(("127.0.0.1", port)) as sock:
        t0 = time.monotonic()
        sock.sendall(b"GET /api/health HTTP/1.1\r\n")
        try:
            for n in range(40):  # one header line every 0.25 s: each read is quick, the whole is not
                sock.sendall(f"X-Slow-{n}: 1\r\n".encode())
                time.sleep(0.25)
        except OSError:  # cut off while sending
            pass
        got, _ = _until_closed(sock)
    assert got.startswith(b"HTTP/1.1 408") and time.monotonic() - t0 < 10


def test_an_idle_connection_is_closed_and_requests_go_on(server):
    port, _ = server
    with socket.create_connection(("127.0.0.1", port)) as sock:
        got, took = _until_closed(sock)
    assert got == b"" and took < 10
    assert fetch("127.0.0.1", port, "/api/decisions")[0] == 200


def test_the_server_stops_on_sigterm(tmp_path):
    settings, _ = small_index(tmp_path / "data")
    port = free_port()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
               MINUTEBOOK_EMBED_BACKEND="hash")
    proc = subprocess.Popen([sys.executable, "-c", "from indexer.cli import main; main()", "--data",
                             str(settings.data_dir), "serve", "--port", str(port),
                             "--workers", "2"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while fetch("127.0.0.1", port, "/api/health", timeout=2)[0] != 200:
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.1)
    proc.terminate()
    assert proc.wait(30) == 0
    assert fetch("127.0.0.1", port, "/api/health", timeout=2)[0] == "refused"
