"""The only place that chains the stages: read, normalise, segment, extract, tag, store, index.

Each file is built in memory and written in one transaction, so a failure or an interrupt never
leaves half a document; the keyword index and vectors are derived from the store and re-synced
on the next run if a run stopped between the two.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from corpus.normalise import normalise
from corpus.read import iter_paths, read_file
from indexer import entities, extract, store
from indexer.engine import Engine
from indexer.segment import segment
from indexer.settings import Settings
from models import Document, DocumentError
from models.ids import document_id

log = logging.getLogger(__name__)


@dataclass
class IndexReport:
    """What one `minutebook index` run did, file by file."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, message)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # folder files that are no papers
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed


def build_document(path: Path, settings: Settings, nlp) -> Document:
    """Read one file and find everything in it; raises DocumentError naming the file."""
    raw = path.read_bytes()
    source = read_file(path, settings)
    text = normalise(source.text)
    doc_id = document_id(raw)
    seg = segment(doc_id, text, str(path))
    doc = Document(id=doc_id, path=str(path.resolve()), sha256=store.sha256(raw),
                   format=source.format, text=text, title=seg.title, kind=seg.kind,
                   council=seg.council, committee=seg.committee, meeting_date=seg.meeting_date,
                   meetings=seg.meetings, items=seg.items, paragraphs=seg.paragraphs,
                   reports=seg.reports)
    doc.decisions = extract.extract_decisions(doc.paragraphs)
    for report in doc.reports:
        report.recommendations = extract.extract_recommendations(report, doc.paragraphs)
    doc.tables = extract.extract_tables(doc_id, doc.paragraphs)
    doc.figures = extract.extract_figures(doc.tables, doc.paragraphs)
    doc.entities = entities.tag(nlp, doc.paragraphs)
    return doc


def index_paths(paths: list[Path], settings: Settings, runtime: Engine,
                progress: Callable[[str], None] | None = None) -> IndexReport:
    """Index files and folders into the data folder; unchanged files cost nothing."""
    report = IndexReport()
    db = store.open_store(settings.db_path)
    files = _expand(paths, report)
    changed: list[str] = store.unsynced_documents(db)
    for path, explicit in files:
        if progress:
            progress(str(path))
        try:
            outcome = _index_file(db, path, settings, runtime)
        except DocumentError as e:
            bucket = report.skipped if (not explicit and e.reason.startswith("not a committee paper")) \
                else report.failed
            bucket.append((str(path), e.message))
            continue
        getattr(report, outcome[0]).append(str(path))
        if outcome[1]:
            changed.append(outcome[1])
    if changed:
        _sync_indexes(db, sorted(set(changed)), runtime, settings)
    report.counts = store.counts(db)
    return report


def _expand(paths: list[Path], report: IndexReport) -> list[tuple[Path, bool]]:
    """The files to index; a path that is missing or unsupported is a failure of its own."""
    files = []
    for p in paths:
        try:
            files += iter_paths([Path(p)])
        except DocumentError as e:
            report.failed.append((str(p), e.message))
    return files


def _index_file(db, path: Path, settings: Settings, runtime: Engine) -> tuple[str, str | None]:
    """('new'|'updated'|'unchanged', changed document id or None) for one file."""
    known = store.known_document(db, str(path.resolve()))
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise DocumentError(str(path), f"cannot read the file: {e.strerror}") from None
    if known and known["sha256"] == store.sha256(raw) and \
            known["pipeline_version"] == store.PIPELINE_VERSION:
        return "unchanged", None
    t0 = time.perf_counter()
    doc = build_document(path, settings, runtime.nlp)
    store.replace_document(db, doc, replaces=known["id"] if known else None)
    log.info("indexed %s: %d paragraphs, %d decisions, %d figures in %.2fs", path.name,
             len(doc.paragraphs), len(doc.decisions), len(doc.figures), time.perf_counter() - t0)
    if known and known["id"] != doc.id:
        runtime.keyword_delete(known["id"])
    return ("updated" if known else "new"), doc.id


def _sync_indexes(db, doc_ids: list[str], runtime: Engine, settings: Settings) -> None:
    """Bring the keyword index and the vectors up to date with the store for these documents."""
    t0 = time.perf_counter()
    units = store.load_units(db, doc_ids)
    runtime.keyword_replace(doc_ids, units)
    store.mark_keyword_synced(db, doc_ids)
    n = runtime.encode_missing(db, units, settings)
    log.info("synced %d documents: %d units, %d new vectors in %.2fs", len(doc_ids), len(units), n,
             time.perf_counter() - t0)
