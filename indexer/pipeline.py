"""The only place that chains the stages: read, normalise, segment, extract, tag, store, index.

Each file is built in memory and written in one transaction, so a failure or an interrupt never
leaves half a document; the keyword index and vectors are derived from the store. A document is
marked synced only once the keyword index and the vectors both hold it, so a run that stopped
anywhere in between (killed, or stopped by `stop`) leaves it unsynced and the next run finishes
it, as it does for documents the keyword index lacks (its file deleted, or another
`keyword_backend` chosen) and units without a vector for the configured encoder.

`stop` (an Event the CLI sets on SIGINT and SIGTERM) is checked at each document boundary: the
run ends there with the store and indexes as they were, and the report says what is left.
"""
from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from corpus.normalise import normalise
from corpus.read import iter_paths, read_file
from indexer import extract, store
from indexer.engine import Engine
from indexer.segment import Hints, segment
from indexer.settings import Settings
from models import Document, DocumentError
from models.ids import document_id

log = logging.getLogger(__name__)
# Files that describe a folder rather than being papers in it: skipped when met in a folder walk.
FOLDER_NOTE_RE = re.compile(r"(?i)^(?:readme|licen[cs]e|copying|notice|changelog|contributing|authors|sources)"
                            r"(?:[._-].*)?$")


@dataclass
class IndexReport:
    """What one `minutebook index` run did, file by file."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, message)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # no papers, duplicates, what a walk left
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.interrupted

    # set when `stop` ended the run early: what the next run has left to do
    interrupted: bool = False
    not_reached: list[str] = field(default_factory=list)  # files not read
    waiting: list[str] = field(default_factory=list)  # documents stored, not yet in every index


def printed_page(page: int | None, labels: list[str | None]) -> str | None:
    """The page label printed on physical page `page` (1-based), when the pack prints one that
    differs from the page's number ('19' on the 3rd page of an extract); else None."""
    if page is None or not 1 <= page <= len(labels):
        return None
    label = labels[page - 1]
    return label if label and label != str(page) else None


def build_document(path: Path, settings: Settings, nlp, councils: list[str] | None = None) -> Document:
    """Read one file and find everything in it (`councils`: those the index already holds, for a paper that
    names none); raises DocumentError naming the file."""
    raw = path.read_bytes()
    source = read_file(path, settings)
    text = normalise(source.text)
    doc_id = document_id(raw)
    hints = Hints(headers=source.headers, metadata=source.metadata, councils=councils or [])
    seg = segment(doc_id, text, str(path), hints)
    for paragraph in seg.paragraphs:
        paragraph.printed_page = printed_page(paragraph.page, source.printed_pages)
    doc = Document(id=doc_id, path=str(path.resolve()), sha256=store.sha256(raw),
                   format=source.format, text=text, title=seg.title, kind=seg.kind,
                   council=seg.council, committee=seg.committee, meeting_date=seg.meeting_date,
                   encoding=source.encoding, meetings=seg.meetings, items=seg.items, paragraphs=seg.paragraphs,
                   reports=seg.reports)
    doc.decisions = extract.extract_decisions(doc.paragraphs, {m.id: m for m in doc.meetings})
    announced = extract.extract_next_meetings(doc.paragraphs, doc.meetings)
    for m in doc.meetings:
        if m.id in announced:
            m.next_date, m.next_time, m.next_paragraph_id = announced[m.id].date, announced[m.id].time, \
                announced[m.id].paragraph_id
    issues = extract.extract_issued(doc.paragraphs, doc.meetings)
    for m in doc.meetings:
        if m.id in issues:
            m.issued_by, m.issued_on, m.issued_paragraph_id = issues[m.id].by, issues[m.id].on, issues[m.id].paragraph_id
    ends = extract.extract_meeting_ends(doc.paragraphs, doc.meetings)
    for m in doc.meetings:
        if m.id in ends:
            m.end_time, m.end_paragraph_id = ends[m.id].time, ends[m.id].paragraph_id
    for report in doc.reports:
        report.recommendations = extract.extract_recommendations(report, doc.paragraphs)
    doc.tables = extract.extract_tables(doc_id, doc.paragraphs)
    doc.figures = extract.extract_figures(doc.tables, doc.paragraphs)
    doc.entities = extract.tag(nlp, doc.paragraphs)
    return doc


def index_paths(paths: list[Path], settings: Settings, runtime: Engine,
                progress: Callable[[str], None] | None = None,
                stop: threading.Event | None = None) -> IndexReport:
    """Index files and folders into the data folder; unchanged files cost nothing. When `stop` is
    set the run ends at the next document boundary (`report.interrupted`)."""
    report, started = IndexReport(), (datetime.now(UTC).isoformat(timespec="seconds"), time.perf_counter())
    db = store.open_store(settings.db_path)
    files = _expand(paths, report)
    changed: list[str] = store.unsynced_documents(db, runtime.vector_model) + runtime.keyword_stale(db)
    for n, (path, explicit) in enumerate(files):
        if stop is not None and stop.is_set():
            report.not_reached = [str(p) for p, _ in files[n:]]
            break
        if progress:
            progress(str(path))
        if not explicit and FOLDER_NOTE_RE.match(path.name):
            report.skipped.append((str(path), f"{path}: skipped: a README or licence file, not a council paper"))
            continue
        try:
            outcome = _index_file(db, path, settings, runtime)
        except DocumentError as e:
            bucket = report.skipped if e.reason.startswith("duplicate") else report.failed
            bucket.append((str(path), e.message))
            continue
        getattr(report, outcome[0]).append(str(path))
        if outcome[1]:
            changed.append(outcome[1])
    changed = sorted(set(changed))
    if report.not_reached:  # stopped while reading files: the sync is left for the next run too
        report.waiting = changed
    elif changed:
        report.waiting = _sync_indexes(db, changed, runtime, settings, stop)
    report.interrupted = bool(report.not_reached or report.waiting)
    report.counts = store.counts(db)
    store.record_run(db, run_record(report, *started))
    return report


def run_record(report: IndexReport, started_at: str, t0: float) -> dict:
    """The row `store.record_run` keeps of a run: its outcome and counts (what /api/health shows)."""
    outcome = "interrupted" if report.interrupted else "ok" if report.ok else "failed"
    return {"started_at": started_at, "outcome": outcome, "new": len(report.new), "updated": len(report.updated),
            "unchanged": len(report.unchanged), "failed": len(report.failed), "skipped": len(report.skipped),
            "not_reached": len(report.not_reached), "waiting": len(report.waiting),
            "seconds": round(time.perf_counter() - t0, 2)}


def _expand(paths: list[Path], report: IndexReport) -> list[tuple[Path, bool]]:
    """The files to index, each once, in the order given; a path that is missing or unsupported
    is a failure of its own; a file a folder walk leaves (unsupported, a link out) is skipped."""
    files: dict[Path, bool] = {}
    for p in paths:
        try:
            found = iter_paths([Path(p)])
        except DocumentError as e:
            report.failed.append((str(p), e.message))
            continue
        for path, explicit in found.files:
            files[path] = files.get(path, False) or explicit
        report.skipped += [(e.path, e.message) for e in found.skipped]
    return list(files.items())


def _index_file(db, path: Path, settings: Settings, runtime: Engine) -> tuple[str, str | None]:
    """('new'|'updated'|'unchanged', changed document id or None) for one file."""
    known = store.known_document(db, str(path.resolve()))
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise DocumentError(str(path), f"cannot read the file: {e.strerror}") from None
    if known and known["sha256"] == store.sha256(raw) and \
            known["pipeline_version"] == store.PIPELINE_VERSION:
        keep_original(settings, known["id"], path, raw)  # an index made before originals were kept
        return "unchanged", None
    twin = store.document_by_id(db, document_id(raw))
    if twin and twin["path"] != str(path.resolve()):
        raise DocumentError(str(path), f"duplicate: the same file is already indexed from {twin['path']}")
    t0 = time.perf_counter()
    doc = build_document(path, settings, runtime.nlp, store.councils(db))
    fresh = keep_original(settings, doc.id, path, raw)
    try:
        units = store.replace_document(db, doc, replaces=known["id"] if known else None, encoding=doc.encoding)
    except BaseException:
        if fresh:
            fresh.unlink(missing_ok=True)
        raise
    if known and known["id"] != doc.id:  # the file changed: its old version goes everywhere
        drop_original(settings, known["id"])
        runtime.keyword_delete(known["id"])
    runtime.encode_ahead(db, units)  # vectors are computed while the next file is read and tagged
    log.info("indexed %s: %d paragraphs, %d decisions, %d figures in %.2fs", path.name,
             len(doc.paragraphs), len(doc.decisions), len(doc.figures), time.perf_counter() - t0)
    return ("updated" if known else "new"), doc.id


def keep_original(settings: Settings, doc_id: str, path: Path, raw: bytes) -> Path | None:
    """Copy the indexed bytes into the data folder, unless a copy is there; the new file or None.

    Written to a temporary name and renamed, so a reader never sees half a file.
    """
    target = settings.original_path(doc_id, path.suffix)
    if target.exists() and target.stat().st_size == len(raw):
        return None
    partial = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(raw)
        partial.replace(target)
    except OSError as e:  # the copy is a convenience: indexing goes on without it
        log.warning("could not keep a copy of %s in %s: %s", path, target.parent, e.strerror or e)
        partial.unlink(missing_ok=True)
        return None
    return target


def drop_original(settings: Settings, doc_id: str) -> None:
    """Remove the kept copy of a document that was replaced by a newer version of its file."""
    for old in settings.originals_dir.glob(f"{doc_id}.*"):
        old.unlink(missing_ok=True)


def _sync_indexes(db, doc_ids: list[str], runtime: Engine, settings: Settings,
                  stop: threading.Event | None = None) -> list[str]:
    """Bring the keyword index and the vectors up to date with the store, one document at a time,
    each marked synced only once both hold it; returns the documents left when `stop` was set."""
    t0 = time.perf_counter()
    units_n = vectors_n = 0
    for n, doc_id in enumerate(doc_ids):
        if stop is not None and stop.is_set():
            log.info("sync stopped: %d of %d documents left", len(doc_ids) - n, len(doc_ids))
            return doc_ids[n:]
        units = store.load_units(db, [doc_id])
        runtime.keyword_replace([doc_id], units)
        vectors_n += runtime.encode_missing(db, units, settings)
        store.mark_synced(db, [doc_id])
        units_n += len(units)
    log.info("synced %d documents: %d units, %d new vectors in %.2fs", len(doc_ids), units_n, vectors_n,
             time.perf_counter() - t0)
    return []
