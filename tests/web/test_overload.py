"""Bounded and fair under overload: the gate's queue, quick 503s with Retry-After, the answer's budget."""
from __future__ import annotations

import dataclasses
import threading

import pytest
from small_store import small_index

from webapp import create_app
from webapp.overload import Gate


def _waiter(gate: Gate, order: list, name: str, timeout: float = 30) -> threading.Thread:
    def run() -> None:
        order.append((name, gate.enter(timeout)))
    t = threading.Thread(target=run)
    t.start()
    return t


def _wait_queued(gate: Gate, n: int) -> None:
    for _ in range(10_000):
        if len(gate._waiting) == n:
            return
        threading.Event().wait(0.001)
    raise AssertionError(f"never {n} waiting")


def test_the_gate_runs_its_slots_queues_in_order_and_refuses_past_its_depth():
    gate, order = Gate(slots=1, depth=2), []
    assert gate.enter(1) is None  # runs
    first = _waiter(gate, order, "first")
    _wait_queued(gate, 1)
    second = _waiter(gate, order, "second")
    _wait_queued(gate, 2)
    assert gate.enter(1) == "1 requests running and 2 waiting"  # refused at once
    gate.leave()
    first.join(5)
    gate.leave()
    second.join(5)
    assert order == [("first", None), ("second", None)]
    gate.leave()
    assert (gate._running, list(gate._waiting)) == (0, [])


def test_a_request_that_gets_no_turn_in_time_is_refused():
    gate = Gate(slots=1, depth=4)
    assert gate.enter(1) is None
    assert gate.enter(0.01) == "no turn within 0.01 s"
    assert list(gate._waiting) == []


@pytest.fixture()
def busy(tmp_path):
    """(client, release): an app with one slot and no queue, its slot held by a request to /api/slow."""
    settings, engine = small_index(tmp_path / "data")
    settings = dataclasses.replace(settings, max_running=1, queue_depth=0, retry_after_s=7)
    app = create_app({"TESTING": True}, settings=settings)
    app.extensions["minutebook.engine"] = engine
    entered, release = threading.Event(), threading.Event()

    def slow():
        entered.set()
        release.wait(30)
        return {"ok": True}

    app.add_url_rule("/api/slow", "slow", slow)
    holder = threading.Thread(target=lambda: app.test_client().get("/api/slow"))
    holder.start()
    assert entered.wait(30)
    yield app.test_client()
    release.set()
    holder.join(30)


def test_past_the_queue_the_api_answers_503_json_with_retry_after(busy):
    r = busy.get("/api/decisions")
    assert (r.status_code, r.headers["Retry-After"]) == (503, "7")
    assert r.get_json() == {"ok": False, "status": 503, "error": "busy: too many requests waiting; try again in 7 s"}


def test_past_the_queue_a_page_answers_503_html(busy):
    r = busy.get("/meetings")
    assert (r.status_code, r.mimetype, r.headers["Retry-After"]) == (503, "text/html", "7")
    assert "busy: too many requests waiting; try again in 7 s" in r.get_data(as_text=True)
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]


def test_health_answers_while_the_worker_is_busy(busy):
    assert busy.get("/api/health").status_code == 200


def test_an_answer_past_its_time_budget_is_a_503_not_a_wait(tmp_path):
    settings, engine = small_index(tmp_path / "data")
    app = create_app({"TESTING": True}, settings=dataclasses.replace(settings, answer_budget_s=0.0))
    app.extensions["minutebook.engine"] = engine
    r = app.test_client().get("/api/answer?q=How+many+votes+for+the+application")
    assert (r.status_code, r.headers["Retry-After"]) == (503, "1")
    assert r.get_json()["error"] == "busy: the answer waited its whole time budget; try again in 1 s"
    assert app.test_client().get("/api/search?q=Mill+Road").status_code == 200  # search has no budget
