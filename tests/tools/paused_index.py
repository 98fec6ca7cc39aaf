"""Index with an engine that pauses at the sync boundary, for tests/test_interrupt.py.

    python tests/tools/paused_index.py pipeline|cli DATA PAUSED GO PATH...

The engine writes the file PAUSED when it is about to store the vectors of the first document
it syncs (its keyword entries are written by then: the window in which a kill used to lose
vectors for good), then waits for the file GO to exist (60 s at most) and carries on. `pipeline`
runs `indexer.pipeline.index_paths`; `cli` runs what `minutebook index` runs (`run_index`), signal
handling, summary and exit status included. Vectors come from the hash encoder (no model load).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from indexer.engine import Engine
from indexer.settings import load_settings


class PausingEngine(Engine):
    """An Engine whose first `encode_missing` announces itself and waits."""

    def __init__(self, settings, paused: Path, go: Path) -> None:
        super().__init__(settings)
        self.paused, self.go = paused, go

    def encode_ahead(self, db, units) -> None:
        """Nothing ahead: every vector is stored at the sync, after the pause."""

    def encode_missing(self, db, units, settings) -> int:
        if not self.paused.exists():
            self.paused.write_text(",".join(sorted({u.document_id for u in units})), encoding="utf-8")
            deadline = time.monotonic() + 60
            while not self.go.exists() and time.monotonic() < deadline:
                time.sleep(0.01)
        return super().encode_missing(db, units, settings)


def main(mode: str, data: str, paused: str, go: str, *paths: str) -> int:
    settings = load_settings(data_dir=Path(data), embed_backend="hash")
    engine = PausingEngine(settings, Path(paused), Path(go))
    if mode == "cli":
        from indexer.cli import run_index

        return run_index(settings, [Path(p) for p in paths], engine)
    from indexer.pipeline import index_paths

    return 0 if index_paths([Path(p) for p in paths], settings, engine).ok else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
