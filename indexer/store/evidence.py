"""What answers read about the paragraphs they weigh: decisions, recommendations, tables, people, figures."""
from __future__ import annotations

import json
from collections.abc import Iterable

from sqlite_utils import Database


def _marks(ids: list) -> str:
    return ",".join("?" * len(ids))


def decided_paragraphs(db: Database, paragraph_ids: Iterable[str]) -> dict[str, bool]:
    """Paragraphs that record a decision, mapped to whether it carries a vote."""
    ids = list(set(paragraph_ids))
    if not ids:
        return {}
    rows = db.query(f"select paragraph_id, max(vote_for is not null or unanimous = 1) v from decisions "
                    f"where kind = 'decision' and paragraph_id in ({_marks(ids)}) group by paragraph_id", ids)
    return {r["paragraph_id"]: bool(r["v"]) for r in rows}


def recommendation_paragraphs(db: Database, paragraph_ids: Iterable[str]) -> set[str]:
    """Paragraphs that hold a report's recommendations."""
    ids = list(set(paragraph_ids))
    if not ids:
        return set()
    return {r["paragraph_id"] for r in db.query(
        f"select distinct paragraph_id from recommendations where paragraph_id in ({_marks(ids)})", ids)}


def tables(db: Database, table_ids: Iterable[str]) -> dict[str, tuple[str | None, list, list]]:
    """(caption, headers, rows) of each table by id."""
    ids = sorted(set(table_ids))
    if not ids:
        return {}
    rows = db.query(f"select id, caption, headers, rows from tables where id in ({_marks(ids)})", ids)
    return {r["id"]: (r["caption"], json.loads(r["headers"]), json.loads(r["rows"])) for r in rows}


def person_spans(db: Database, paragraph_ids: Iterable[str]) -> dict[str, list[tuple[int, int, str]]]:
    """(start, end, name) of the people named in each paragraph."""
    out: dict[str, list] = {}
    ids = list(set(paragraph_ids))
    if not ids:
        return out
    for e in db.query(f"select paragraph_id, start, end, norm from entities where label = 'PERSON' and "
                      f"paragraph_id in ({_marks(ids)})", ids):
        out.setdefault(e["paragraph_id"], []).append((e["start"], e["end"], e["norm"]))
    return out


def figure_rows(db: Database, paragraph_ids: list[str], limit: int = 40) -> list[dict]:
    """The figures read from these paragraphs, in the order they were stored."""
    if not paragraph_ids:
        return []
    return list(db.query(f"select * from figures where paragraph_id in ({_marks(paragraph_ids)}) "
                         f"order by id limit ?", [*paragraph_ids, limit]))


def decision_ids(db: Database, paragraph_ids: list[str]) -> list[str]:
    """The decisions recorded in these paragraphs."""
    if not paragraph_ids:
        return []
    return [r["id"] for r in db.query(
        f"select id from decisions where paragraph_id in ({_marks(paragraph_ids)})", paragraph_ids)]


def meetings(db: Database, meeting_ids: Iterable[str]) -> list[dict]:
    """The meetings with these ids, as each paper describes them (minutes first), with their paper."""
    ids = list(dict.fromkeys(meeting_ids))
    if not ids:
        return []
    return list(db.query(
        f"select m.*, d.council as doc_council from meetings m join documents d on d.id = m.document_id "
        f"where m.id in ({_marks(ids)}) order by m.role != 'minutes', m.role != 'agenda'", ids))


def meetings_on(db: Database, date: str | None, month: str | None, council: str | None) -> list[str]:
    """Ids of the meetings held on a date (or in a month) of a council (any council when None)."""
    if not (date or month):
        return []
    sql = "select distinct id from meetings where " + ("date = ?" if date else "date like ?")
    args: list = [date if date else f"{month}-%"]
    if council:
        sql += " and lower(coalesce(council, '')) in (lower(?), '')"
        args.append(council)
    return [r["id"] for r in db.query(sql + " limit 50", args)]


def attendees(db: Database, meeting_id: str) -> list[dict]:
    """Who attended a meeting, in the order the minutes list them."""
    return list(db.query("select distinct name, role, note from attendees where meeting_id = ? order by rowid",
                         [meeting_id]))


def meeting_paragraphs(db: Database, meeting_id: str, document_id: str) -> list[dict]:
    """The paragraphs of one paper about one meeting, in reading order."""
    return list(db.query("select id, text, section, item_title from paragraphs where meeting_id = ? and "
                         "document_id = ? order by seq", [meeting_id, document_id]))


def unplaced_paragraphs(db: Database, document_id: str) -> list[dict]:
    """The paragraphs of a paper that belong to no meeting, in reading order: where a calendar of meetings
    prints each meeting's row."""
    return list(db.query("select id, text, section, item_title from paragraphs where document_id = ? and "
                         "(meeting_id is null or meeting_id = '') order by seq", [document_id]))


def meeting_decisions(db: Database, meeting_ids: Iterable[str], paragraph_ids: Iterable[str]) -> list[dict]:
    """Decisions of these meetings and of these paragraphs, with their paragraph's text and item, the text of
    the paragraph their vote is printed in, and their meeting's date, body and council."""
    mids, pids = list(dict.fromkeys(meeting_ids)), list(dict.fromkeys(paragraph_ids))
    if not (mids or pids):
        return []
    conds = []
    if mids:
        conds.append(f"p.meeting_id in ({_marks(mids)})")
    if pids:
        conds.append(f"p.id in ({_marks(pids)})")
    return list(db.query(
        "select x.*, p.text as paragraph, p.item_title, p.meeting_id, p.document_id as doc, m.date as meeting_date, "
        "m.committee, coalesce(m.council, d.council) as council, v.text as vote_text from decisions x "
        "join paragraphs p on p.id = x.paragraph_id join documents d on d.id = p.document_id "
        "left join paragraphs v on v.id = x.vote_paragraph_id "
        "left join meetings m on m.id = p.meeting_id and m.document_id = p.document_id where x.kind = 'decision' and "
        f"({' or '.join(conds)})", [*mids, *pids]))


def meeting_reports(db: Database, meeting_ids: Iterable[str], document_ids: Iterable[str]) -> list[dict]:
    """Reports before these meetings or in these papers, with their paper's council."""
    mids, dids = list(dict.fromkeys(meeting_ids)), list(dict.fromkeys(document_ids))
    if not (mids or dids):
        return []
    conds = ([f"r.meeting_id in ({_marks(mids)})"] if mids else []) + \
        ([f"r.document_id in ({_marks(dids)})"] if dids else [])
    return list(db.query(f"select r.*, d.council as council from reports r join documents d on d.id = r.document_id "
                         f"where {' or '.join(conds)}", [*mids, *dids]))


def paragraph_reports(db: Database, paragraph_ids: Iterable[str]) -> dict[str, str]:
    """The report each of these paragraphs belongs to (paragraphs of no report left out)."""
    ids = list(dict.fromkeys(paragraph_ids))
    if not ids:
        return {}
    rows = db.query(f"select id, report_id from paragraphs where report_id is not null and id in ({_marks(ids)})", ids)
    return {r["id"]: r["report_id"] for r in rows}


def report_recommendations(db: Database, report_ids: Iterable[str]) -> dict[str, list[dict]]:
    """Each report's recommendations in the order printed: label, text, and the paragraph they are in (its id
    and text)."""
    ids = list(dict.fromkeys(report_ids))
    out: dict[str, list[dict]] = {}
    if ids:
        for r in db.query("select r.report_id, r.label, r.text, r.paragraph_id, p.text as paragraph from recommendations r "
                          f"left join paragraphs p on p.id = r.paragraph_id where r.report_id in ({_marks(ids)}) "
                          "order by r.report_id, r.seq", ids):
            out.setdefault(r["report_id"], []).append(r)
    return out


def meeting_questions(db: Database, meeting_ids: Iterable[str]) -> list[dict]:
    """The questions put at these meetings, as question papers print them ('Question by A to B'): each
    item with its first paragraph and the text of its paragraphs."""
    mids = list(dict.fromkeys(meeting_ids))
    if not mids:
        return []
    return list(db.query(
        "select i.meeting_id, i.document_id as doc, i.number, i.title, min(p.id) as paragraph_id, "
        "group_concat(p.text, ' ') as body, m.date as meeting_date, coalesce(m.council, d.council) as council "
        "from items i join paragraphs p on p.meeting_id = i.meeting_id and p.document_id = i.document_id "
        "and p.item = i.number join documents d on d.id = i.document_id "
        "left join meetings m on m.id = i.meeting_id and m.document_id = i.document_id "
        f"where i.meeting_id in ({_marks(mids)}) and i.title like 'question%' "
        "group by i.meeting_id, i.document_id, i.number, i.title", mids))


def paragraph_meetings(db: Database, paragraph_ids: list[str]) -> list[str | None]:
    """The meeting each paragraph is about (its own, else its report's), in the order given."""
    if not paragraph_ids:
        return []
    rows = {r["id"]: r["m"] for r in db.query(
        f"select p.id, coalesce(p.meeting_id, r.meeting_id) as m from paragraphs p left join reports r "
        f"on r.id = p.report_id where p.id in ({_marks(paragraph_ids)})", paragraph_ids)}
    return [rows.get(pid) for pid in paragraph_ids]
