"""Decisions and officer actions from minutes; recommendations from officer reports.

Minutes record a committee's decisions with a verb in capitals ("The Committee NOTED:",
"RESOLVED to AGREE", "AGREED to RECOMMEND"), in collective lower-case forms ("were agreed as an
accurate record", "It was agreed that", "was duly elected to Chair"), or as a carried motion
("Proposed by Cllr A, seconded by Cllr B ... carried"). An officer taking something on ("The
Executive Director agreed to find out ...") is an action, told apart by the subject of the verb.
Lettered points introduced by a decision ("NOTED:\\na) ...") belong to it; points that carry their
own verb under one "the Committee:" vote become one decision each, carrying the vote.

Tables, figures and votes live in their own modules and are re-exported here, so the pipeline
reads every extraction stage from one place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.figures import extract_figures
from indexer.tables import extract_tables
from indexer.votes import parse_mover, parse_votes
from models.domain import DECISION_VERBS, PART_MINUTES, Decision, Paragraph, Recommendation, Report
from models.ids import decision_id

__all__ = ["extract_decisions", "extract_recommendations", "extract_tables", "extract_figures",
           "parse_votes", "parse_mover"]

# ---- verbs ------------------------------------------------------------------------------

# Base forms that follow a capital verb in compounds: "RESOLVED to AGREE", "AGREED to RECOMMEND".
BASE_FORMS = {
    "NOTE": "NOTED", "AGREE": "AGREED", "RESOLVE": "RESOLVED", "ASK": "ASKED", "REVIEW": "REVIEWED",
    "CONSIDER": "CONSIDERED", "DISCUSS": "DISCUSSED", "ENDORSE": "ENDORSED", "APPROVE": "APPROVED",
    "ELECT": "ELECTED", "RECOMMEND": "RECOMMENDED", "REQUEST": "REQUESTED", "ACCEPT": "ACCEPTED",
    "DEFER": "DEFERRED", "REJECT": "REJECTED", "SUPPORT": "SUPPORTED", "CONFIRM": "CONFIRMED",
    "DELEGATE": "DELEGATED", "COMMENT": "COMMENTED", "RECEIVE": "RECEIVED",
}
_KNOWN = "|".join(DECISION_VERBS)
_CAPS_RE = re.compile(rf"\b({_KNOWN})(?:\s+to\s+({'|'.join(BASE_FORMS)}))?\b")
# Other capital verbs paired with a known one: "DISCUSSED and CONTRIBUTED".
_CAPS_PAIR_RE = re.compile(rf"\b([A-Z]{{3,}}ED)\s+and\s+(?:{_KNOWN})\b|\b(?:{_KNOWN})\s+and\s+([A-Z]{{3,}}ED)\b")
# Lower-case verbs that record a collective decision when the subject allows it.
_LOWER_RE = re.compile(
    r"\b(agreed|resolved|approved|endorsed|elected|noted|deferred|rejected|recommended|supported"
    r"|accepted|confirmed|delegated|undertook|offered)\b"
)
_PASSIVE_OK = {"agreed", "resolved", "approved", "endorsed", "elected", "deferred", "rejected", "accepted"}
_COMMITTEE_OK = {"agreed", "resolved", "approved", "endorsed", "noted", "elected", "deferred", "rejected",
                 "recommended", "supported", "accepted", "confirmed", "delegated"}
_ACTION_OK = {"agreed", "undertook", "offered"}
_ADVERBS = r"(?:also|then|duly|unanimously|further|subsequently|therefore|formally|had|has|have|both)"
_COLLECTIVE_RE = re.compile(
    r"(?i)(?:^|\b(?:committee|sub-committee|panel|board|cabinet|council|members|forum|commission"
    r"|it))$"
)
_PASSIVE_RE = re.compile(rf"(?i)\b(?:was|were)(?:\s+{_ADVERBS})?$")
_IT_WAS_RE = re.compile(rf"(?i)(?:^|\b)it\s+(?:was|is)(?:\s+{_ADVERBS})?$")
_RELATIVE_RE = re.compile(r"(?i)\b(?:where|which|who|whom|whose|when|if|because|whether|had been|has been)\b")
_LEADING_RE = re.compile(r"(?i)^(?:and|but|so|then|however|therefore|also|after discussion|following discussion)\b[\s,]*")
_PERSONISH_RE = re.compile(r"[A-Z]|\bofficers?\b")

# ---- points -----------------------------------------------------------------------------

POINT_RE = re.compile(
    r"^\s*(?:[-–•*·▪●◦]\s*)?(?:\(([a-z]{1,2}|[ivxl]{1,5}|\d{1,2})\)|([a-z]{1,2}|[ivxl]{1,5}|\d{1,2})[.)])\s+"
    r"|^\s*([-–•*·▪●◦])\s*"
)
_ROMAN = re.compile(r"^[ivxl]+$")
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z(\"“‘])")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "no", "cllr", "vs", "etc", "e.g", "i.e", "approx", "para", "ref"}


@dataclass
class _Line:
    """One line of a paragraph: its point label (None for a bullet or plain line) and its text."""

    raw: str
    text: str
    label: str | None = None
    marked: bool = False  # starts with a point marker (letter, number or bullet)
    para: Paragraph | None = None
    first: bool = False  # first line of its paragraph


@dataclass
class _Hit:
    """One decision or action found in a sentence or clause."""

    verbs: list[str]
    kind: str
    text: str
    actor: str | None = None
    context: str = ""  # surrounding text to read a vote or movers from


def parse_line(raw: str) -> _Line:
    """A line split into its point label ('a', '1', 'ii', None for a bullet) and text."""
    m = POINT_RE.match(raw)
    if not m:
        return _Line(raw.strip(), raw.strip())
    label = m.group(1) or m.group(2)
    return _Line(raw.strip(), raw[m.end():].strip(), label=label, marked=True)


def sentences(text: str) -> list[str]:
    """`text` cut into sentences, not after titles and abbreviations ('Mr.', 'e.g.')."""
    out, start = [], 0
    for m in _SENTENCE_END_RE.finditer(text):
        word = re.findall(r"[\w.]+$", text[start:m.start()])
        if word and word[0].lower().rstrip(".") in _ABBREVIATIONS:
            continue
        out.append(text[start:m.start() + 1].strip())
        start = m.end()
    tail = text[start:].strip()
    return [s for s in [*out, tail] if s]


def caps_verbs(text: str) -> list[tuple[int, str]]:
    """Decision verbs written in capitals, with their positions: 'RESOLVED to AGREE' -> RESOLVED, AGREED."""
    found: dict[str, int] = {}
    for m in _CAPS_RE.finditer(text):
        found.setdefault(m.group(1), m.start(1))
        if m.group(2):
            found.setdefault(BASE_FORMS[m.group(2)], m.start(2))
    for m in _CAPS_PAIR_RE.finditer(text):
        verb = m.group(1) or m.group(2)
        found.setdefault(verb, m.start(1) if m.group(1) else m.start(2))
    return sorted(((pos, verb) for verb, pos in found.items()), key=lambda x: x[0])


def subject_of(prefix: str) -> str:
    """The subject written before a verb: the last comma-free stretch, without leading links."""
    parts = [p.strip() for p in re.split(r"[,:(]\s*(?![^()]*\))", prefix) if p.strip()]
    subject = parts[-1] if parts else ""
    subject = re.sub(rf"(?i)(?:\s+{_ADVERBS})+$", "", subject).strip()
    return _LEADING_RE.sub("", subject).strip()


def _actor(subject: str) -> str | None:
    """The officer, role or person a subject names, or None for the committee itself."""
    if not subject or _COLLECTIVE_RE.search(subject):
        return None
    return re.sub(r"^The\b", "the", subject)


def _lower_hit(clause: str, m: re.Match) -> tuple[str, str | None] | None:
    """(kind, actor) for a lower-case verb that records a decision or action, else None."""
    verb, prefix, after = m.group(1), clause[:m.start()].rstrip(), clause[m.end():]
    if _IT_WAS_RE.search(prefix) and verb in _PASSIVE_OK:
        return "decision", None
    if _PASSIVE_RE.search(prefix):
        ok = verb in _PASSIVE_OK and not _RELATIVE_RE.search(prefix) and not re.search(r"(?i)\bnot$", prefix)
        return ("decision", None) if ok else None
    subject = subject_of(prefix)
    if re.search(r"(?i)\b(?:to|be|been|being|previously|not|if|the|an?|are|is)$", prefix):
        return None
    if _COLLECTIVE_RE.search(subject) and subject and verb in _COMMITTEE_OK:
        return "decision", None
    if (verb in _ACTION_OK and re.match(r"\s+(?:to|that)\b", after) and _PERSONISH_RE.search(subject)
            and not _RELATIVE_RE.search(subject)):
        return "action", _actor(subject)
    return None


def clause_hits(clause: str) -> list[_Hit]:
    """The decision or action in one clause, by its verbs and their subject."""
    caps = caps_verbs(clause)
    if caps:
        actor = _actor(subject_of(clause[:caps[0][0]]))
        kind = "action" if actor and _PERSONISH_RE.search(actor) else "decision"
        return [_Hit([v for _, v in caps], kind, clause, actor=actor if kind == "action" else None)]
    hits: list[_Hit] = []
    for m in _LOWER_RE.finditer(clause):
        found = _lower_hit(clause, m)
        if not found:
            continue
        kind, actor = found
        verb = "AGREED" if m.group(1) in ("undertook", "offered") else m.group(1).upper()
        if hits and hits[-1].kind == kind:
            if verb not in hits[-1].verbs:
                hits[-1].verbs.append(verb)
        else:
            hits.append(_Hit([verb], kind, clause, actor=actor))
    return hits


def sentence_hits(sentence: str) -> list[_Hit]:
    """Decisions and actions in a sentence: one per sentence, or one per clause when kinds differ."""
    clauses = [c for c in re.split(r";\s+", sentence) if c.strip()]
    hits = [h for c in clauses for h in clause_hits(c)]
    if not hits:
        return []
    kinds = {h.kind for h in hits}
    if len(kinds) == 1 and (len(hits) == 1 or hits[0].kind == "decision"):
        verbs = list(dict.fromkeys(v for h in hits for v in h.verbs))
        return [_Hit(verbs, hits[0].kind, sentence, actor=hits[0].actor)]
    return hits


def _motion_hit(text: str) -> list[_Hit]:
    """A motion moved and seconded and then carried or lost, written without a decision verb."""
    proposer, seconder = parse_mover(text)
    vote = parse_votes(text)
    if not (proposer or seconder) or not vote or not vote.outcome:
        return []
    return [_Hit(["REJECTED" if vote.outcome == "lost" else "RESOLVED"], "decision", text)]


def text_hits(text: str) -> list[_Hit]:
    """Decisions and actions in running text, sentence by sentence; else a motion carried or lost."""
    return [h for s in sentences(text) for h in sentence_hits(s)] or _motion_hit(text)


def _is_intro(sentence: str) -> bool:
    """True for a line that hands its points to the committee: 'With 12 votes for ..., the Committee:'
    or a bare 'The Select Committee'."""
    s = sentence.rstrip().rstrip(":").rstrip()
    if not s:
        return False
    if not sentence.rstrip().endswith(":"):
        return len(s.split()) <= 6 and bool(_COLLECTIVE_RE.search(s))
    return bool(_COLLECTIVE_RE.search(s) or re.search(r"(?i)\bRESOLVED\b|\bvotes?\b", s))


def split_lines(lines: list[str]) -> tuple[str, list[_Line]]:
    """A paragraph's head (its first line) and the points or bullets after it, wrapped lines joined."""
    head = ""
    points: list[_Line] = []
    for raw in lines:
        if not raw.strip():
            continue
        line = parse_line(raw)
        previous = points[-1].text if points else head
        if not line.marked and previous and _continues(previous, line.text):
            if points:
                points[-1].text += " " + line.text
                points[-1].raw += " " + line.text
            else:
                head += " " + line.text
        elif not head and not points and not line.marked:
            head = line.text
        else:
            points.append(line)
    return head, points


def _continues(previous: str, line: str) -> bool:
    """True when `line` carries on the text before it (a wrapped line, not a new point)."""
    if not line or previous.rstrip().endswith((".", ";", ":", "!", "?")):
        return False
    return line[0].islower() or line[0].isdigit() or bool(_OPEN_END_RE.search(previous))


_OPEN_END_RE = re.compile(r"(?i)\b(?:to|of|the|and|or|for|in|on|with|a|an|by|from|at|as|that|&)\s*$")
_POINT_VERB_RE = re.compile(r"(?i)^\s*(" + "|".join(v.lower() for v in DECISION_VERBS) + r")\b")


def paragraph_hits(lines: list[str]) -> list[_Hit]:
    """Decisions and actions in a minute paragraph, with the points each decision governs."""
    head, points = split_lines(lines)
    if not points:
        return text_hits(head)
    head_sents = sentences(head)
    last = head_sents[-1] if head_sents else ""
    hits = [h for s in head_sents[:-1] for h in sentence_hits(s)]
    last_hits = sentence_hits(last) if last else []
    hits.extend(last_hits)
    governing = last_hits[-1] if last.endswith(":") and last_hits and last_hits[-1].kind == "decision" else None
    for point in points:
        if governing and not caps_verbs(point.text):
            governing.text += "\n" + point.raw
        elif governing or _is_intro(last):
            hits.extend(_point_decisions(last, point))
        else:
            hits.extend(text_hits(point.text))
    return hits


def _point_decisions(intro: str, point: _Line) -> list[_Hit]:
    """The decision a point makes under an intro ('the Committee:'), carrying the intro's vote."""
    own = text_hits(point.text)
    if not own:
        m = _POINT_VERB_RE.match(point.text)
        own = [_Hit([m.group(1).upper()], "decision", point.text)] if m else []
    decisions = [h for h in own if h.kind == "decision"]
    if len(decisions) == 1:
        decisions[0].text = f"{intro}\n{point.raw}"
    for h in own:
        h.context = intro
    return own


def _decision(p: Paragraph, n: int, hit: _Hit, whole: str, lone: bool) -> Decision:
    """A Decision from a hit: its vote and movers read from its text, else from its context."""
    vote = proposer = seconder = None
    if hit.kind == "decision":
        vote = parse_votes(hit.text) or parse_votes(hit.context) or (parse_votes(whole) if lone else None)
        proposer, seconder = parse_mover(hit.text)
        if not (proposer or seconder):
            proposer, seconder = parse_mover(hit.context)
    return Decision(id=decision_id(p.id, n), paragraph_id=p.id, verbs=hit.verbs, text=hit.text.strip(),
                    kind=hit.kind, votes=vote, proposer=proposer, seconder=seconder, actor=hit.actor)


def _is_point_paragraph(p: Paragraph) -> bool:
    """True for a paragraph that is itself a lettered point or bullet ('a)', '(ii)', '2)')."""
    if p.number:
        return bool(re.fullmatch(r"\(?(?:[a-z]{1,2}|[ivxl]{1,5}|\d{1,2})\)|\(?[a-z]{1,2}\.?|[-–•*·▪●◦]", p.number.strip()))
    m = POINT_RE.match(p.text)
    return bool(m) and not re.match(r"\s*\d+\.", p.text)


def _groups(paragraphs: list[Paragraph]) -> list[tuple[Paragraph, list[str]]]:
    """Minutes paragraphs with stray point paragraphs folded back into the paragraph introducing them."""
    groups: list[tuple[Paragraph, list[str]]] = []
    for p in paragraphs:
        if p.part != PART_MINUTES or not p.text.strip():
            continue
        if groups and _is_point_paragraph(p) and groups[-1][0].item == p.item and _open(groups[-1][1]):
            label = f"{p.number} " if p.number else ""
            groups[-1][1].append(label + p.text.replace("\n", " "))
            continue
        groups.append((p, p.text.splitlines()))
    return groups


def _open(lines: list[str]) -> bool:
    """True when a paragraph's last line still expects points (ends with ':' or is a point)."""
    last = lines[-1].strip() if lines else ""
    return last.endswith(":") or (len(lines) > 1 and bool(POINT_RE.match(last)))


def extract_decisions(paragraphs: list[Paragraph]) -> list[Decision]:
    """Every decision and officer action recorded in the minutes paragraphs, in reading order."""
    out: list[Decision] = []
    for p, lines in _groups(paragraphs):
        hits = paragraph_hits(lines)
        whole = " ".join(lines)
        lone = sum(h.kind == "decision" for h in hits) == 1
        out.extend(_decision(p, n, h, whole, lone) for n, h in enumerate(hits, start=1))
    return out


# ---- recommendations --------------------------------------------------------------------

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


def _style(label: str | None, previous_top: str | None) -> str:
    """The numbering style of a point label: alpha, roman, num or bullet ('i' after 'h' is alpha)."""
    if label is None:
        return "bullet"
    if label.isdigit():
        return "num"
    if _ROMAN.match(label) and not (previous_top and len(label) == 1 and ord(label) == ord(previous_top) + 1):
        return "roman"
    return "alpha"


def recommendation_lines(paras: list[Paragraph]) -> list[_Line]:
    """The lines of the recommendation paragraphs, each knowing its paragraph and its point label."""
    out: list[_Line] = []
    for p in paras:
        for i, raw in enumerate(r for r in p.text.splitlines() if r.strip()):
            text = f"{p.number} {raw}" if i == 0 and p.number and _is_point_paragraph(p) else raw
            line = parse_line(text)
            line.para, line.first = p, i == 0
            out.append(line)
    return out


def split_recommendations(report_id: str, lines: list[_Line]) -> list[Recommendation]:
    """Labelled points after a preamble, nested points kept in their parent; or the preamble alone."""
    top_style: str | None = None
    recs: list[Recommendation] = []
    preamble: list[_Line] = []
    for line in lines:
        if _END_RE.match(line.text):
            break
        if not recs and not line.marked:
            if preamble and not line.first and _continues(preamble[-1].text, line.text):
                preamble[-1].text += " " + line.text
                continue
            if not (preamble and _is_intro_line(preamble[-1].text)):
                preamble.append(line)
                continue
            line.marked = True  # an unlabelled bullet whose marker was stripped
        style = _style(line.label, recs[-1].label if recs else None)
        if line.marked and style == (top_style or style):
            top_style = style
            recs.append(Recommendation(report_id, line.label, line.text.rstrip(" ;"), line.para and line.para.id))
        elif line.marked:
            recs[-1].text += "\n" + line.raw.rstrip(" ;")
        elif _continues(recs[-1].text, line.text):
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
    """A report's recommendations, from its Recommendations section or its 'That the Committee ...:' paragraph."""
    own = [p for p in paragraphs if p.report_id == report.id]
    runs = _section_runs(own) or [_intro_block(own)]
    found = [split_recommendations(report.id, _rec_lines(run)) for run in runs if run]
    labelled = [r for recs in found for r in recs if r.label is not None or len(recs) > 1]
    if labelled:
        return _dedupe(labelled)
    single = [recs[0] for recs in found if recs and _ASKS_RE.search(recs[0].text)]
    return single[:1]


def _rec_lines(run: list[Paragraph]) -> list[_Line]:
    """The lines of a run of recommendation paragraphs, without a repeated heading line."""
    return [line for line in recommendation_lines(run) if not _is_heading(line, run)]


def _is_heading(line: _Line, run: list[Paragraph]) -> bool:
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
    """Recommendations printed twice in a report (summary and body) kept once."""
    seen: set[tuple[str | None, str]] = set()
    out = []
    for r in recs:
        key = (r.label, re.sub(r"\W+", " ", r.text).strip().lower())
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _intro_block(paras: list[Paragraph]) -> list[Paragraph]:
    """The paragraph that puts recommendations to the committee and the point paragraphs after it."""
    for i, p in enumerate(paras):
        if _RECS_INTRO_RE.match(p.text) and (p.text.rstrip().endswith(":") or "\n" in p.text):
            block = [p]
            for q in paras[i + 1:]:
                if not _is_point_paragraph(q):
                    break
                block.append(q)
            return block
    return []
