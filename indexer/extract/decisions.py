"""Decisions and officer actions from minutes; the other extraction stages re-exported.

Minutes record a committee's decisions with a verb in capitals ("The Committee NOTED:",
"RESOLVED to AGREE", "AGREED to RECOMMEND"), in collective lower-case forms ("were agreed as an
accurate record", "It was agreed that", "was duly elected to Chair"), or as a carried motion
("Proposed by Cllr A, seconded by Cllr B ... carried"). An officer taking something on ("The
Executive Director agreed to find out ...") is an action, told apart by the subject of the verb.
Lettered points introduced by a decision ("NOTED:\\na) ...") belong to it; points that carry their
own verb under one "the Committee:" vote become one decision each, carrying the vote.

Recommendations, tables, figures and votes live in their own modules and are re-exported here, so the pipeline
reads every extraction stage from one place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.extract.figures import extract_figures
from indexer.extract.movers import parse_mover
from indexer.extract.points import POINT_RE, Line, continues, is_point_paragraph, parse_line
from indexer.extract.recommendations import extract_recommendations
from indexer.extract.tables import extract_tables
from indexer.extract.votes import parse_votes
from models.domain import DECISION_VERBS, PART_MINUTES, Decision, Paragraph
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

# ---- sentences --------------------------------------------------------------------------

_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z(\"“‘])")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "no", "cllr", "vs", "etc", "e.g", "i.e", "approx", "para", "ref"}


@dataclass
class _Hit:
    """One decision or action found in a sentence or clause."""

    verbs: list[str]
    kind: str
    text: str
    actor: str | None = None
    context: str = ""  # surrounding text to read a vote or movers from
    motion: bool = False  # a motion moved, seconded and voted on, without a decision verb


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
    return [_Hit(["REJECTED" if vote.outcome == "lost" else "RESOLVED"], "decision", text, motion=True)]


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


def split_lines(lines: list[str]) -> tuple[str, list[Line]]:
    """A paragraph's head (its first line) and the points or bullets after it, wrapped lines joined."""
    head = ""
    points: list[Line] = []
    for raw in lines:
        if not raw.strip():
            continue
        line = parse_line(raw)
        previous = points[-1].text if points else head
        if not line.marked and previous and continues(previous, line.text):
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


def _point_decisions(intro: str, point: Line) -> list[_Hit]:
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


def _groups(paragraphs: list[Paragraph]) -> list[tuple[Paragraph, list[str]]]:
    """Minutes paragraphs with stray point paragraphs folded back into the paragraph introducing them."""
    groups: list[tuple[Paragraph, list[str]]] = []
    for p in paragraphs:
        if p.part != PART_MINUTES or not p.text.strip():
            continue
        if groups and is_point_paragraph(p) and groups[-1][0].item == p.item and _open(groups[-1][1]):
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
    """Every decision and officer action recorded in the minutes paragraphs, in reading order.
    A motion printed in its own paragraph ('Proposed by ..., seconded by ... and carried (Y-5, N-0).')
    gives its movers, and its vote when carried, to the resolution printed right below it in the same item."""
    out: list[Decision] = []
    pending: _Motion | None = None
    for p, lines in _groups(paragraphs):
        hits = paragraph_hits(lines)
        whole = " ".join(lines)
        lone = sum(h.kind == "decision" for h in hits) == 1
        found = [_decision(p, n, h, whole, lone) for n, h in enumerate(hits, start=1)]
        if pending and pending.item == p.item and found and found[0].kind == "decision":
            pending.give(found[0], out)
        pending = _Motion.of(p, hits, found, whole)
        out.extend(found)
    return out


@dataclass
class _Motion:
    """A motion moved (and maybe carried) in a paragraph of its own, waiting for the resolution below it."""

    item: str | None
    decision: Decision | None
    proposer: str | None
    seconder: str | None

    @classmethod
    def of(cls, p: Paragraph, hits: list[_Hit], found: list[Decision], whole: str) -> _Motion | None:
        if not hits:
            proposer, seconder = parse_mover(whole)
            return cls(p.item, None, proposer, seconder) if proposer or seconder else None
        if len(hits) == 1 and hits[0].motion and found[0].votes and found[0].votes.outcome == "carried":
            return cls(p.item, found[0], found[0].proposer, found[0].seconder)
        return None

    def give(self, resolution: Decision, out: list[Decision]) -> None:
        if self.decision is not None:
            if resolution.votes is not None:
                return
            resolution.votes = self.decision.votes
            out.remove(self.decision)
        if not (resolution.proposer or resolution.seconder):
            resolution.proposer, resolution.seconder = self.proposer, self.seconder
