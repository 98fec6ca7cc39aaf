"""Runs stopped at the sync boundary: killed, or stopped by SIGTERM, and then run again.

Each run is a process of its own (tests/tools/paused_index.py) whose engine pauses right after
the keyword index holds a document and before its vectors are stored; the test waits for the
pause (a file), then signals the process: no timing race.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "tools" / "paused_index.py"
PAPER = """Planning Committee

Minutes of the Meeting Held on Monday, 3 May 2021 at 10am in the Council Chamber

Present:

Cllr A Jones (Chairman)
Cllr B Smith

22/21 Planning application 21/0456 Land at Mill Road

22.1 With 5 votes for and 2 against, the Committee RESOLVED that the application be approved.
"""


@pytest.fixture()
def papers(tmp_path) -> list[Path]:
    out = []
    for name, date in (("may.txt", "3 May 2021"), ("june.txt", "7 June 2021")):
        path = tmp_path / "papers" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(PAPER.replace("3 May 2021", date), encoding="utf-8")
        out.append(path)
    return out


def start(mode: str, tmp_path: Path, papers: list[Path]) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
               HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    return subprocess.Popen([sys.executable, str(SCRIPT), mode, str(tmp_path / "data"), str(tmp_path / "paused"),
                             str(tmp_path / "go"), *map(str, papers)],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_pause(proc: subprocess.Popen, paused: Path) -> None:
    deadline = time.monotonic() + 120
    while not paused.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run never reached the sync"
        time.sleep(0.02)


def store_state(data: Path) -> tuple[int, int, list[int]]:
    """(units, units without a vector of the hash encoder, synced flag of each document by date)."""
    with sqlite3.connect(data / "minutebook.db") as conn:
        units = conn.execute("select count(*) from units").fetchone()[0]
        missing = conn.execute("select count(*) from units u left join embeddings e on e.text_hash = u.text_hash "
                               "and e.model = 'hash-384' where e.text_hash is null").fetchone()[0]
        synced = [r[0] for r in conn.execute("select keyword_synced from documents order by meeting_date")]
    return units, missing, synced


def test_a_run_killed_at_the_sync_boundary_is_finished_by_the_next(tmp_path, papers):
    proc = start("pipeline", tmp_path, papers)
    wait_for_pause(proc, tmp_path / "paused")
    proc.kill()
    proc.communicate()
    units, missing, _ = store_state(tmp_path / "data")
    assert units > 0 and missing == units  # killed before a vector was stored
    (tmp_path / "go").touch()
    again = start("pipeline", tmp_path, papers)
    assert again.wait(120) == 0, again.communicate()
    assert store_state(tmp_path / "data") == (units, 0, [1, 1])


def test_sigterm_stops_at_the_next_document_and_says_what_is_left(tmp_path, papers):
    proc = start("cli", tmp_path, papers)
    wait_for_pause(proc, tmp_path / "paused")
    proc.send_signal(signal.SIGTERM)
    (tmp_path / "go").touch()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert "SIGTERM: stopping after the current document" in err
    assert ("interrupted by SIGTERM: 0 files not indexed, 1 document waiting for the keyword and vector sync; "
            "run the same command again to finish") in err
    assert "documents: 2 new, 0 updated, 0 unchanged, 0 failed" in out
    units, missing, synced = store_state(tmp_path / "data")
    assert sorted(synced) == [0, 1] and 0 < missing < units  # the first document whole, the second waiting
    again = start("cli", tmp_path, papers)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert "documents: 0 new, 0 updated, 2 unchanged, 0 failed" in out
    assert store_state(tmp_path / "data") == (units, 0, [1, 1])
