"""Recommendations from officer reports: the Recommendations section or a "That the Committee ...:" paragraph.

Points keep their labels (a, b, 1, 2); nested points stay inside their parent; a report that
prints its recommendations twice (summary and body) gives them once.
"""
from __future__ import annotations

import re

from indexer.extract.points import Line, continues, is_point_paragraph, label_style, parse_line
from indexer.extract.staff_reports import LABEL_RE as STAFF_LABEL_RE
from indexer.extract.staff_reports import item_recommendations
from models.domain import PART_AGENDA, Paragraph, Recommendation, Report

_RECS_SECTION_RE = re.compile(
    r"(?i)^\s*(?:\d+(?:\.\d+)*\.?\s*)?(?:recommendations?(?:/s|\(s\))?\b|actions?\s+required\b|decisions?\s+required\b)"
)
_ASKS_RE = re.compile(r"(?i)\b(?:that|recommend\w*|asked|invited|agree|note|approve|endorse|consider|comment|support)\b")
# Lines that close a recommendations block: signatures, contacts, the next numbered heading.
_END_RE = re.compile(
    r"(?i:for any enquiries|contact officer|officer contact|background papers|report author|if you need this)"
    r"|(?:Councillor|Cllr)\s+[A-Z][a-z]+(?:\s+[A-Z][\w'-]+){1,2}\s*$|\d+\.?\s+[A-Z][\w ]{2,40}$"
)
# A paragraph that puts recommendations to the committee without a heading of its own.
_RECS_INTRO_RE = re.compile(
    r"(?i)^(?:that\s+(?:the\s+)?[\w&,' -]{0,80}?(?:committee|members|cabinet|council|panel|board|sub-committee)\b"
    r"|(?:the\s+)?[\w' -]{0,60}?(?:committee|members|cabinet|panel|board)\b[^.]{0,80}?"
    r"\b(?:is|are)\s+(?:recommended|asked|invited)\s+to\b)"
)


def recommendation_lines(paras: list[Paragraph]) -> list[Line]:
    """The lines of the recommendation paragraphs, each knowing its paragraph and its point label."""
    out: list[Line] = []
    for p in paras:
        for i, raw in enumerate(r for r in p.text.splitlines() if r.strip()):
            text = f"{p.number} {raw}" if i == 0 and p.number and is_point_paragraph(p) else raw
            line = parse_line(text)
            line.para, line.first = p, i == 0
            out.append(line)
    return out


def split_recommendations(report_id: str, lines: list[Line]) -> list[Recommendation]:
    """Labelled points after a preamble, nested points kept in their parent; or the preamble alone."""
    top_style: str | None = None
    recs: list[Recommendation] = []
    preamble: list[Line] = []
    for line in lines:
        if _END_RE.match(line.text):
            break
        if not recs and not line.marked:
            if preamble and not line.first and continues(preamble[-1].text, line.text):
                preamble[-1].text += " " + line.text
                continue
            if not (preamble and _is_intro_line(preamble[-1].text)):
                preamble.append(line)
                continue
            line.marked = True  # an unlabelled bullet whose marker was stripped
        style = label_style(line.label, recs[-1].label if recs else None)
        if line.marked and style == (top_style or style):
            top_style = style
            recs.append(Recommendation(report_id, line.label, line.text.rstrip(" ;"), line.para and line.para.id))
        elif line.marked:
            recs[-1].text += "\n" + line.raw.rstrip(" ;")
        elif continues(recs[-1].text, line.text):
            recs[-1].text += " " + line.text.rstrip(" ;")
        elif _is_connective(line.text):
            continue
        elif top_style == "bullet":
            recs.append(Recommendation(report_id, None, line.text.rstrip(" ;"), line.para and line.para.id))
        elif line.first:
            break
        else:
            recs[-1].text += "\n" + line.text.rstrip(" ;")
    if not recs and preamble:
        first = [line.text for line in preamble if line.para is preamble[0].para]
        return [Recommendation(report_id, None, " ".join(first), preamble[0].para and preamble[0].para.id)]
    return recs


def _is_intro_line(text: str) -> bool:
    """True for a preamble that hands over to points: ends with ':' or 'asked to', 'recommended to'."""
    return text.rstrip().endswith(":") or bool(re.search(r"(?i)\b(?:to|that|on)\s*$", text))


def _is_connective(text: str) -> bool:
    """True for a link between groups of points: 'and to recommend', 'and in particular to note:'."""
    return bool(re.match(r"(?i)^(?:and|or|also|further|in addition)\b", text)) and len(text) < 80


def extract_recommendations(report: Report, paragraphs: list[Paragraph]) -> list[Recommendation]:
    """A report's recommendations, from its Recommendations section or its 'That the Committee ...:' paragraph;
    an agenda item made a report, or a report that prints 'Recommendation:', 'RECOMMENDED ACTION', 'Decision:'
    and the like (or nothing the UK forms read), as `staff_reports.item_recommendations` reads it."""
    own = [p for p in paragraphs if p.report_id == report.id]
    if (own and own[0].part == PART_AGENDA) or any(STAFF_LABEL_RE.match(p.text) for p in own):
        return item_recommendations(own, report.id) or _cover_recommendations(report, own)
    return _cover_recommendations(report, own) or item_recommendations(own, report.id)


def _cover_recommendations(report: Report, own: list[Paragraph]) -> list[Recommendation]:
    """Recommendations as UK cover reports print them: a Recommendations section or an intro paragraph."""
    runs = _section_runs(own) or [_intro_block(own)]
    found = [split_recommendations(report.id, _rec_lines(run)) for run in runs if run]
    labelled = [r for recs in found for r in recs if r.label is not None or len(recs) > 1]
    if labelled:
        return _dedupe(labelled)
    single = [recs[0] for recs in found if recs and _ASKS_RE.search(recs[0].text)]
    return single[:1]


def _rec_lines(run: list[Paragraph]) -> list[Line]:
    """The lines of a run of recommendation paragraphs, without a repeated heading line."""
    return [line for line in recommendation_lines(run) if not _is_heading(line, run)]


def _is_heading(line: Line, run: list[Paragraph]) -> bool:
    """True for the Recommendations heading printed again inside the block ('5. Recommendation')."""
    if any(line.raw.rstrip(": ") == (p.section or "").rstrip(": ") for p in run):
        return True
    text = line.raw.rstrip(": ")
    return bool(_RECS_SECTION_RE.match(text)) and len(text) < 60 and not text.endswith(".")


def _section_runs(paras: list[Paragraph]) -> list[list[Paragraph]]:
    """Runs of consecutive paragraphs whose section is a Recommendations heading."""
    runs: list[list[Paragraph]] = []
    previous: Paragraph | None = None
    for p in paras:
        if p.section and _RECS_SECTION_RE.match(p.section):
            if runs and previous is not None and previous.section == p.section and runs[-1][-1] is previous:
                runs[-1].append(p)
            else:
                runs.append([p])
        previous = p
    return runs


def _dedupe(recs: list[Recommendation]) -> list[Recommendation]:
    """Recommendations printed twice in a report (summary and body) kept once, also when one printing is
    the other cut short ('NOTE the overspend.' and 'NOTE the overspend and the actions taken')."""
    seen: list[tuple[str | None, str]] = []
    out = []
    for r in recs:
        label, text = r.label, re.sub(r"\W+", " ", r.text).strip().lower()
        if not any(label == lab and (seen_text.startswith(text) or text.startswith(seen_text)) for lab, seen_text in seen):
            seen.append((label, text))
            out.append(r)
    return out


def _intro_block(paras: list[Paragraph]) -> list[Paragraph]:
    """The paragraph that puts recommendations to the committee and the point paragraphs after it."""
    for i, p in enumerate(paras):
        if _RECS_INTRO_RE.match(p.text) and (p.text.rstrip().endswith(":") or "\n" in p.text):
            block = [p]
            for q in paras[i + 1:]:
                if not is_point_paragraph(q):
                    break
                block.append(q)
            return block
    return []
