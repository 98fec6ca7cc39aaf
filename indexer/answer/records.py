"""Answers read from records the store holds: who chaired a meeting, who was present or sent apologies,
who proposed or seconded a motion and how it was voted, a report's officers, a meeting's date, place
and time, and the date of the next meeting. Each is a short phrase a person would say ('Ms Whitaker', '9 for, 2 against, 4 abstentions
(carried)'), cited to the paragraph the record was read from.

Which meeting: the one the question dates (of the council it names), else those of the best passages.
Which decision or report: the one whose words (and its item's) cover most of the question's.
"""
from __future__ import annotations

import json
import re

from indexer.answer.candidates import Candidate
from indexer.answer.features import coverage
from indexer.answer.question import (
    ANSWERER,
    APOLOGIES,
    ASKER,
    CHAIR,
    DECISION_TARGETS,
    END,
    FATE,
    ISSUED,
    ISSUER,
    NEXT,
    OFFICER,
    PRESENT,
    PROPOSER,
    RECOMMENDED,
    RESOLVED,
    SUBSTITUTE,
    TIME,
    VOTERS,
    VOTES,
    WHEN,
    WHERE,
    QuestionType,
)
from indexer.search import Scope, UnitTable, content_terms
from indexer.store import Unit, evidence
from models.dates import date_span, long_date
from models.people import clean_name, person_key

MAX_MEETINGS = 3
MAX_RECORDS = 3  # decisions or reports offered per question
MEETING_TARGETS = (CHAIR, PRESENT, APOLOGIES, SUBSTITUTE, WHEN, WHERE, TIME, NEXT, END)


def record_candidates(qt: QuestionType, scope: Scope, hits: list[tuple[str, float]], table: UnitTable, db,
                      idf: dict[str, float], default: float) -> list[Candidate]:
    """Candidates read from records for a question whose answer a record holds (none otherwise)."""
    if qt.target is None:
        return []
    ranks: dict[str, int] = {}
    for r, (uid, _) in enumerate(hits):
        ranks.setdefault(table.units[table.by_id[uid]].paragraph_id, r)
    mids = meetings_asked(qt, scope, list(ranks), db)
    if qt.target in MEETING_TARGETS:
        rows = _of_body_named(qt, [m for m in evidence.meetings(db, mids) if _council_ok(scope, m)])
        return [c for m in _once(rows) for c in meeting_records(qt, m, ranks, db)]
    if qt.target in (ISSUER, ISSUED):
        rows = [m for m in evidence.meetings(db, mids) if m.get("issued_paragraph_id") and _council_ok(scope, m)]
        return [c for m in _once(_of_body_named(qt, rows)) for c in issue_records(qt, m, ranks, db)]
    if qt.target in DECISION_TARGETS:
        rows = evidence.meeting_decisions(db, mids, list(ranks)[:20])
        return decision_records(qt, rows, ranks, idf, default)
    if qt.target in (OFFICER, RECOMMENDED):
        docs = {table.units[table.by_id[uid]].document_id for uid, _ in hits[:10]}
        reports = evidence.meeting_reports(db, mids, docs)
        if qt.target == OFFICER:
            return report_records(qt, reports, _report_ranks(ranks, db), idf, default)
        recs = evidence.report_recommendations(db, [r["id"] for r in reports])
        return recommendation_records(qt, reports, recs, ranks, idf, default)
    if qt.target in (ASKER, ANSWERER):
        return question_records(qt, evidence.meeting_questions(db, mids), ranks, idf, default)
    return []


def meetings_asked(qt: QuestionType, scope: Scope, paragraph_ids: list[str], db) -> list[str]:
    """The meetings a question is about: those it dates, then those of its best passages."""
    dated = evidence.meetings_on(db, qt.date, qt.month, scope.council)
    of_hits = list(dict.fromkeys(m for m in evidence.paragraph_meetings(db, paragraph_ids[:10]) if m))
    if dated:
        return (dated + [m for m in of_hits if m in dated])[:MAX_MEETINGS * 2]
    return of_hits[:MAX_MEETINGS]


BODY_WORDS = set(content_terms("committee committees council city county town parish district borough board commission "
                               "sub-committee subcommittee panel meeting meetings regular special full"))
# A body the question names: 'the Committee on Veterans', 'the Planning Commission', 'Parks and Recreation Committee'
NAMED_BODY_RE = re.compile(r"\b(?:Committee|Subcommittee|Sub-Committee)\s+on\s+(?:the\s+)?[A-Z][\w&’',-]*(?:\s+(?:and|&|of|"
                           r"for)?\s*[A-Z][\w&’'-]*)*|(?:[A-Z][\w&’'-]*\s+(?:and\s+|&\s+)?){1,4}(?:Committee|Commission|"
                           r"Board|Panel|Sub-Committee|Subcommittee)\b"
                           r"|\b(?:[a-z][\w’'-]+\s+){1,2}(?:committee|commission|board|panel|sub-committee|subcommittee)\b")


def _distinct(name: str, council: str = "") -> set[str]:
    """A body's own words: not those every body has, nor its council's ('Little Wickham Parish Council')."""
    return set(content_terms(name or "")) - BODY_WORDS - set(content_terms(council or ""))


def _of_body_named(qt: QuestionType, rows: list[dict]) -> list[dict]:
    """The meetings of the body the question names: those whose body's own words ('Veterans', 'Higher
    Education') the question holds, or none when it names a body none of them is ('the audit committee' when
    the meeting found is the full council's); where it names no body, all of them."""
    body = NAMED_BODY_RE.search(qt.text)
    if len({m.get("committee") for m in rows}) < 2 and not (body and _distinct(body.group(0))):
        return rows
    asked = set(qt.terms)
    said = _distinct(body.group(0)) if body else set()
    named = [m for m in rows if (own := _distinct(m.get("committee"), m.get("council") or m.get("doc_council")))
             and (len(own & asked) >= max(1, len(own) / 2) or said and len(said & own) >= max(1, len(said) / 2))]
    if named:
        return named
    return [] if said else rows


def _council_ok(scope: Scope, m: dict) -> bool:
    council = m.get("council") or m.get("doc_council")
    return not (scope.council and council and council != scope.council)


def _once(rows: list[dict]) -> list[dict]:
    """One row per meeting (the minutes' description first, as `evidence.meetings` orders them)."""
    seen: set[str] = set()
    return [r for r in rows if not (r["id"] in seen or seen.add(r["id"]))][:MAX_MEETINGS]


def _unit(pid: str, m: dict, text: str) -> Unit:
    return Unit(f"record:{pid}", "record", text, pid, m["document_id"], meeting_date=m.get("date") or "",
                council=m.get("council") or m.get("doc_council") or "")


def meeting_records(qt: QuestionType, m: dict, ranks: dict[str, int], db) -> list[Candidate]:
    """The chair, attendees, date, venue, time or next meeting of one meeting, cited to where the paper
    prints it."""
    # a calendar's meetings hold no paragraphs of their own: each is a row of the paper's table
    paras = evidence.meeting_paragraphs(db, m["id"], m["document_id"]) or \
        evidence.unplaced_paragraphs(db, m["document_id"])
    found = _meeting_answer(qt, m, paras, db) if paras else None
    if not found:
        return []
    answer, needles, pid = found
    pid = pid or _cited(paras, needles)
    context = " ".join(filter(None, [m.get("committee"), m.get("council"), long_date(m.get("date"))]))
    return [Candidate(_unit(pid, m, answer), ranks.get(pid, 20), answer, context, record=qt.target,
                      answer=answer)]


def issue_records(qt: QuestionType, m: dict, ranks: dict[str, int], db) -> list[Candidate]:
    """Who signed or certified a meeting's agenda, or the date it bears as printed, cited to where the
    agenda prints it (a letter of summons is dated at its top and signed at its foot)."""
    pid = m["issued_paragraph_id"]
    if qt.target == ISSUER:
        answer = m.get("issued_by")
    else:
        iso = m.get("issued_on")
        paras = evidence.meeting_paragraphs(db, m["id"], m["document_id"]) if iso else []
        paras = sorted(paras, key=lambda p: p["id"] != pid)  # its own signature line first
        said = printed_when([p["text"] for p in paras], iso) if iso else None
        answer, pid = (said[0], paras[said[1]]["id"]) if said else (long_date(iso), pid)
    if not answer:
        return []
    context = " ".join(filter(None, [m.get("committee"), m.get("council"), long_date(m.get("date")), "agenda"]))
    return [Candidate(_unit(pid, m, answer), ranks.get(pid, 20), answer, context, record=qt.target, answer=answer)]


def _meeting_answer(qt: QuestionType, m: dict, paras: list[dict], db) -> tuple[str, list[str], str | None] | None:
    """(answer, the words that find its paragraph, or the paragraph itself) of a meeting record."""
    if qt.target == CHAIR and m.get("chair"):
        return m["chair"], [person_key(m["chair"])], None
    if qt.target in (PRESENT, APOLOGIES):
        role = "present" if qt.target == PRESENT else "apologies"
        names = [a["name"] for a in evidence.attendees(db, m["id"]) if a["role"] == role]
        return (_listed(names), [person_key(n) for n in names], None) if names else None
    if qt.target == SUBSTITUTE:
        subs = [a for a in evidence.attendees(db, m["id"]) if a["role"] == "substitute"]
        names = [a["name"] for a in (_standing_in_for(qt.text, subs) or subs)]
        return (_listed(names), [person_key(n) for n in names], None) if names else None
    if qt.target == WHERE and m.get("venue"):
        return m["venue"], [m["venue"].split(",")[0].lower()], None
    if qt.target == TIME and m.get("time"):
        return m["time"], [m["time"].lower()], None
    if qt.target == END and m.get("end_time"):
        return m["end_time"], [], m.get("end_paragraph_id")
    if qt.target in (WHEN, NEXT):
        iso = m.get("date") if qt.target == WHEN else m.get("next_date")
        if not iso:
            return None
        texts = paras[:12] if qt.target == WHEN else \
            [p for p in paras if p["id"] == m.get("next_paragraph_id")]
        said = printed_when([p["text"] for p in texts], iso)
        if said:
            return said[0], [], texts[said[1]]["id"]
        time = m.get("time") if qt.target == WHEN else m.get("next_time")
        return " at ".join(filter(None, [long_date(iso), time])), [], m.get("next_paragraph_id")
    return None


TIME_NEAR_RE = re.compile(r"^(?:,?\s*(?:at|from|@)\s*|,\s*)(\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|"
                          r"\d{1,2}[.:]\d{2}\b)", re.I)
TIME_BEFORE_RE = re.compile(r"(\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.))\s+on\s+$", re.I)


def printed_when(texts: list[str], iso: str) -> tuple[str, int] | None:
    """A date as the paper prints it, with the time printed beside it ('October 10th 2019 at 7 p.m.',
    '7 pm on Wednesday 13th September', 'December 20, 2022'), and which of the texts prints it."""
    for n, text in enumerate(texts):
        span = date_span(text, iso)
        if span is None:
            continue
        start, end = span
        after = TIME_NEAR_RE.match(text[end:end + 20])
        before = TIME_BEFORE_RE.search(text[max(0, start - 20):start])
        if after:
            end += after.end()
        elif before:
            start -= len(before.group(0))
        return text[start:end].strip(" ,"), n
    return None


def _cited(paras: list[dict], needles: list[str]) -> str:
    """The paragraph a meeting's record was read from: the one naming most of `needles` (the attendance
    lists first), else the paper's first."""
    def named(p: dict) -> int:
        low = p["text"].lower()
        return sum(1 for n in needles if n and (n in low or n.replace(" ", "") in low.replace(" ", "")))
    best = max(paras, key=lambda p: (named(p), p["section"] == "Attendance"), default=None)
    return best["id"] if best is not None and named(best) else paras[0]["id"]


def _standing_in_for(question: str, subs: list[dict]) -> list[dict]:
    """The substitutes for the member the question names ('Who substituted for Cllr Fran Whymark?'
    -> the one whose note reads 'substituting for Cllr Fran Whymark')."""
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]+", question)}
    return [a for a in subs if (a.get("note") or "").split() and a["note"].split()[-1].strip(").").lower() in words]


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def vote_phrase(row: dict) -> str | None:
    """'9 for, 2 against, 4 abstentions (carried)', '3 against (lost)' (only those against counted: 'DEFEATED' over
    'OPPOSED: A, B, C'), 'carried unanimously', or None without a vote."""
    outcome = row.get("outcome") or row.get("decision_outcome")
    if row.get("vote_for") is None and row.get("vote_against") is None and row.get("vote_abstain") is None:
        return f"{outcome} unanimously" if row.get("unanimous") and outcome else ("unanimous" if row.get("unanimous")
                                                                               else None)
    parts = [f"{row['vote_for']} for"] if row.get("vote_for") is not None else []  # 'CARRIED' / 'OPPOSED: X'
    if row.get("vote_against") is not None:
        parts.append(f"{row['vote_against']} against")
    if row.get("vote_abstain") is not None:
        n = row["vote_abstain"]
        parts.append(f"{n} abstention{'' if n == 1 else 's'}")
    return ", ".join(parts) + (f" ({outcome})" if outcome else "")


# The word a paper prints for a motion's fate, as the answer says it ('DEFEATED', 'Motion passed', 'CARRIED'),
# and the stored outcome it says
PRINTED_FATES = {"carried": "carried", "passed": "carried", "adopted": "carried", "defeated": "lost", "lost": "lost",
                 "failed": "lost", "deferred": "deferred", "withdrawn": "withdrawn", "tabled": "tabled"}
PRINTED_FATE_RE = re.compile(r"(?i)\b(" + "|".join(PRINTED_FATES) + r")\b")


def fate_phrase(row: dict) -> str | None:
    """What became of a motion, in the word its paper prints when it prints one beside the stored outcome:
    'Defeated', 'Carried (4 for, 1 against)', 'Deferred', 'Withdrawn'; None when the paper says nothing of it."""
    outcome = row.get("outcome") or row.get("decision_outcome")
    if not outcome:
        return None
    printed = PRINTED_FATE_RE.findall(f"{row.get('paragraph') or ''} {row.get('vote_text') or ''}")
    word = printed[-1] if printed and _same_fate(printed[-1], outcome) else outcome
    counted = row.get("vote_for") is not None or row.get("vote_against") is not None
    return word.capitalize() + (f" ({vote_phrase(row).rsplit(' (', 1)[0]})" if counted else "")


def _same_fate(word: str, outcome: str) -> bool:
    """Whether a printed word says the stored outcome ('DEFEATED' and 'failed' say 'lost'; an agreement is carried)."""
    said = PRINTED_FATES[word.lower()]
    return said == outcome or (said, outcome) == ("carried", "agreed")


_SIDE_ASKED = (("abstain", re.compile(r"(?i)\babstain")),
               ("against", re.compile(r"(?i)\bagainst\b|\boppos|\bdissent|\bnot\s+support|\bvoted\s+(?:no|nay)\b")),
               ("for", re.compile(r"(?i)\bfor\b|\bin\s+favou?r\b|\bsupport|\bvoted\s+(?:yes|aye|to)\b")))


def voters_phrase(question: str, row: dict) -> str | None:
    """The names of those who voted the way the question asks ('Who voted against ...' -> 'Dunn and Ash'),
    from the decision's vote as printed; None when the paper names no one on that side."""
    names = json.loads(row["vote_names"]) if row.get("vote_names") else {}
    side = next((side for side, rx in _SIDE_ASKED if rx.search(question)), "against")
    return _listed(names[side]) if names.get(side) else None


def _best(qt: QuestionType, found: list[Candidate], idf: dict[str, float], default: float) -> list[Candidate]:
    """The records whose words (and what they sit under) cover most of the question's, best first."""
    found.sort(key=lambda c: (-coverage(qt.terms, c.context, "", idf, default), c.rank))
    return found[:MAX_RECORDS]


def decision_records(qt: QuestionType, rows: list[dict], ranks: dict[str, int], idf: dict[str, float],
                     default: float) -> list[Candidate]:
    """What the decisions that best fit the question resolved, who proposed or seconded them, or how
    they were voted."""
    out = []
    for r in rows:
        if qt.target == VOTES:
            answer = vote_phrase(r)
        elif qt.target == VOTERS:
            answer = voters_phrase(qt.text, r)
        elif qt.target == RESOLVED:
            answer = r["text"]
        elif qt.target == FATE:
            answer = fate_phrase(r)
        elif qt.target == PROPOSER:
            answer = r["proposer"] and r["proposer"] + (f" (seconded by {r['seconder']})" if r["seconder"] else "")
        else:
            answer = r["seconder"] and r["seconder"] + (f" (proposed by {r['proposer']})" if r["proposer"] else "")
        if answer:
            context = " ".join(filter(None, [r["text"], r["paragraph"], r["item_title"]]))
            # a vote (and a motion's fate) is cited where it is printed ('... the voting was as follows: For (16) ...')
            pid = (qt.target in (VOTES, VOTERS, FATE) and r.get("vote_paragraph_id")) or r["paragraph_id"]
            unit = Unit(f"record:{r['id']}", "record", answer, pid, r["doc"], committee=r.get("committee") or "",
                        meeting_date=r["meeting_date"] or "", council=r["council"] or "")
            rank = min(ranks.get(r["paragraph_id"], 20), ranks.get(pid, 20))
            out.append(Candidate(unit, rank, answer, context, record=qt.target, answer=answer))
    return _best(qt, out, idf, default)


def _report_ranks(ranks: dict[str, int], db) -> dict[str, int]:
    """The ranks of the paragraphs, and of each report its best-ranked paragraph's: a report found through its
    summary or its recommendations ranks as well as through its cover."""
    out = dict(ranks)
    for pid, rid in evidence.paragraph_reports(db, list(ranks)).items():
        out[rid] = min(out.get(rid, ranks[pid]), ranks[pid])
    return out


def report_records(qt: QuestionType, rows: list[dict], ranks: dict[str, int], idf: dict[str, float],
                   default: float) -> list[Candidate]:
    """The responsible (or contact) officer of the reports whose titles best fit the question."""
    contact = bool(re.search(r"\b(?:contact|prepar|wrote|writ|author)", " ".join(qt.terms)))
    out = []
    for r in rows:
        answer = (r["contact_officer"] or r["responsible_officer"]) if contact else \
            (r["responsible_officer"] or r["contact_officer"])
        if answer and r["paragraph_id"]:
            unit = Unit(f"record:{r['id']}", "record", answer, r["paragraph_id"], r["document_id"],
                        meeting_date=r["meeting_date"] or "", council=r.get("council") or "")
            rank = min(ranks.get(r["paragraph_id"], 20), ranks.get(r["id"], 20))
            out.append(Candidate(unit, rank, answer, r["title"] or "", record=OFFICER, answer=answer))
    return _best(qt, out, idf, default)


QUESTION_BY_RE = re.compile(r"(?i)^question\s*(?:\d+\s*)?[:.–-]?\s*(?:asked\s+)?(?:by|from)\s+(?P<asker>.+?)\s+to\s+"
                            r"(?P<answerer>(?:the\s+)?.+?)\s*$")


def question_records(qt: QuestionType, rows: list[dict], ranks: dict[str, int], idf: dict[str, float],
                     default: float) -> list[Candidate]:
    """Who asked, or who answered, the question put at a meeting whose words best fit the question
    ('Question by Susan Carey to Neil Baker' over its text)."""
    out = []
    for r in rows:
        m = QUESTION_BY_RE.match(r["title"] or "")
        if not m:
            continue
        answer = clean_name(m.group("asker" if qt.target == ASKER else "answerer").split(",")[0])
        unit = Unit(f"record:{r['paragraph_id']}:{qt.target}", "record", answer, r["paragraph_id"], r["doc"],
                    meeting_date=r["meeting_date"] or "", council=r["council"] or "")
        out.append(Candidate(unit, ranks.get(r["paragraph_id"], 20), answer, f"{r['title']} {r['body'] or ''}",
                             record=qt.target, answer=answer))
    return _best(qt, out, idf, default)


def recommendation_records(qt: QuestionType, reports: list[dict], recs: dict[str, list[dict]], ranks: dict[str, int],
                           idf: dict[str, float], default: float) -> list[Candidate]:
    """What the reports whose titles and recommendations best fit the question recommend ('a) Discuss and
    agree the risk register; b) ...'), cited to the paragraph the recommendations are printed in."""
    out = []
    for r in reports:
        listed = recs.get(r["id"]) or []
        if not listed or not listed[0]["paragraph_id"]:
            continue
        answer = "; ".join(" ".join(filter(None, [_label(x["label"]), x["text"].rstrip(" ;.")])) for x in listed)
        answer = " ".join(filter(None, [_lead_in(listed[0]), answer]))
        pid = listed[0]["paragraph_id"]
        unit = Unit(f"record:{r['id']}:recommended", "record", answer, pid, r["document_id"],
                    meeting_date=r["meeting_date"] or "", council=r.get("council") or "")
        out.append(Candidate(unit, ranks.get(pid, 20), answer, f"{r['title'] or ''} {answer}", record=RECOMMENDED,
                             answer=answer))
    return _best(qt, out, idf, default)


def _label(label: str | None) -> str:
    """A recommendation's label as printed in a list: 'a' -> 'a)', '(ii)' stays."""
    return f"{label})" if label and label[-1].isalnum() else (label or "")


def _lead_in(first: dict) -> str:
    """What the recommendations' paragraph says before them ('Committee Members are asked to:', 'That the
    Committee considers and comments on:'), when it is a short lead-in."""
    text, rec = first.get("paragraph") or "", first["text"][:40]
    at = text.find(rec)
    lead = re.sub(r"\s*\(?\w{1,4}[.)]?\s*$", "", text[:at]).strip() if at > 0 else ""
    return lead if lead.endswith(":") and len(lead) <= 200 else ""
