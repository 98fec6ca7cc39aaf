"""A tiny store made by hand (no models): one meeting's minutes with a report, in two versions.

Used by the tests that replace a document while a response is being built and that count
connections: `paper(doc_id, version)` is a Document whose meeting, paragraphs, decision and
report all carry `version` in their text; `small_index(data_dir)` stores version 1 with its
keyword entries and hash-encoder vectors.
"""
from __future__ import annotations

from pathlib import Path

from indexer import store
from indexer.engine import Engine
from indexer.settings import Settings, load_settings
from models import Decision, Document, Meeting, Paragraph, Recommendation, Report, Vote
from models.ids import decision_id, meeting_id, paragraph_id, report_id

COMMITTEE, DATE = "Planning Committee", "2021-05-03"
MEETING = meeting_id(DATE, COMMITTEE)
V1, V2 = "aaaaaaaaaaaa", "bbbbbbbbbbbb"


def paper(doc_id: str, version: int) -> Document:
    """Minutes of one meeting: three paragraphs (the third a decision) and an officer report."""
    texts = [f"Version {version}: the Committee received the planning report.",
             f"Version {version}: members asked about the Mill Road site.",
             f"Version {version}: with 5 votes for and 2 against, the Committee AGREED the application."]
    paragraphs = [Paragraph(paragraph_id(doc_id, n), doc_id, n, t, 0, len(t), "minutes", f"22.{n}", MEETING, "22",
                            "Planning application") for n, t in enumerate(texts, 1)]
    rid = report_id(doc_id, 1)
    report_text = f"Version {version}: Report title: Mill Road"
    paragraphs.append(Paragraph(paragraph_id(doc_id, 4), doc_id, 4, report_text, 0, len(report_text), "report",
                                report_id=rid, section="Recommendations"))
    return Document(
        id=doc_id, path="/papers/planning.txt", sha256=doc_id * 2, format="txt", text="\n".join(texts),
        title="Planning Committee minutes", kind="minutes", committee=COMMITTEE, meeting_date=DATE,
        meetings=[Meeting(COMMITTEE, DATE, "minutes", id=MEETING)], paragraphs=paragraphs,
        decisions=[Decision(decision_id(paragraphs[2].id, 1), paragraphs[2].id, ["AGREED"], texts[2],
                            votes=Vote(5, 2, 0))],
        reports=[Report(rid, doc_id, f"Mill Road, version {version}", MEETING, DATE, COMMITTEE,
                        recommendations=[Recommendation(rid, "a)", f"Agree version {version}.",
                                                        paragraphs[3].id)],
                        paragraph_id=paragraphs[3].id)])


def small_index(data_dir: Path) -> tuple[Settings, Engine]:
    """Version 1 stored, in the keyword index and encoded (hash encoder)."""
    settings = load_settings(data_dir=data_dir, embed_backend="hash")
    engine = Engine(settings)
    db = store.open_store(settings.db_path)
    units = store.replace_document(db, paper(V1, 1))
    engine.keyword_replace([V1], units)
    engine.encode_missing(db, units, settings)
    db.conn.close()
    return settings, engine
