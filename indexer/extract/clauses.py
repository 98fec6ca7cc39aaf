"""Decisions and actions in one run of minute lines: sentences, clauses, verbs and their subjects.

The forms are in `resolutions.py`; this module applies them. A sentence records at most one decision,
or one decision and one action when its clauses (split on ';') differ in kind. Lettered points
introduced by a decision ("NOTED:\\na) ...", "I agree to:\\nAPPROVE ...") belong to it; points that
carry their own verb under one "the Committee:" vote become one decision each, carrying the vote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.extract import resolutions as r
from indexer.extract.movers import parse_mover
from indexer.extract.points import Line, continues, parse_line
from indexer.extract.votes import parse_votes
from models.domain import DECISION_VERBS

_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z(\"“‘])")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "no", "cllr", "vs", "etc", "e.g", "i.e", "approx", "para", "ref"}
_POINT_VERB_RE = re.compile(r"(?i)^\s*(" + "|".join(v.lower() for v in DECISION_VERBS) + r")\b")


@dataclass
class Hit:
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
        if word and (word[0].lower().rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word[0])):
            continue  # 'Mr.', 'e.g.', and an initial: 'Seconded: Mr J. Grant'
        out.append(text[start:m.start() + 1].strip())
        start = m.end()
    tail = text[start:].strip()
    return [s for s in [*out, tail] if s]


def caps_verbs(text: str) -> list[tuple[int, str]]:
    """Decision verbs written in capitals, with their positions: 'RESOLVED to AGREE' -> RESOLVED, AGREED."""
    found: dict[str, int] = {}
    for m in r.CAPS_RE.finditer(text):
        found.setdefault(m.group(1), m.start(1))
        if m.group(2):
            found.setdefault(r.BASE_FORMS[m.group(2)], m.start(2))
    for m in r.CAPS_PAIR_RE.finditer(text):
        verb = m.group(1) or m.group(2)
        found.setdefault(verb, m.start(1) if m.group(1) else m.start(2))
    return sorted(((pos, verb) for verb, pos in found.items()), key=lambda x: x[0])


def subject_of(prefix: str) -> str:
    """The subject written before a verb: the last comma-free stretch, without leading links."""
    parts = [p.strip() for p in re.split(r"[,:(]\s*(?![^()]*\))|\s(?:that|and)\s(?=[A-Z]|we\b)", prefix) if p.strip()]
    subject = parts[-1] if parts else ""
    subject = re.sub(rf"(?i)(?:\s+(?:{r.ADVERBS}|was|were|is|are|been))+$", "", subject).strip()
    return r.LEADING_RE.sub("", subject).strip()


def _actor(subject: str) -> str | None:
    """The officer, role or person a subject names, or None for the committee itself."""
    if not re.sub(r"\([^)]*\)", "", subject).strip() or r.COLLECTIVE_RE.search(subject):
        return None  # no subject, or only a bracketed reference: '(Item 3) RESOLVED that ...'

    return re.sub(r"^The\b", "the", subject)


def _reported(prefix: str) -> bool:
    """True when the verb after `prefix` is reported speech: 'The Clerk reported that the policy was agreed',
    not 'It was reported that ... and it was agreed'."""
    said = list(r.REPORTED_RE.finditer(prefix))
    return bool(said) and not re.search(r"\b(?:and|but)\s", prefix[said[-1].end():])


def _lower_hit(clause: str, m: re.Match) -> tuple[str, str | None] | None:
    """(kind, actor) for a lower-case verb that records a decision or action, else None."""
    verb, prefix, after = re.sub(r"\s+", " ", m.group(1)), clause[:m.start()].rstrip(), clause[m.end():]
    reported = _reported(prefix)
    if r.IT_WAS_RE.search(prefix) and verb in r.PASSIVE_OK and not reported:
        return "decision", None
    if r.PASSIVE_RE.search(prefix):
        ok = verb in r.PASSIVE_OK and not (reported or r.RELATIVE_RE.search(prefix) or re.search(r"(?i)\bnot$", prefix))
        return ("decision", None) if ok else None
    subject = subject_of(prefix)
    if re.search(r"(?i)\b(?:to|be|been|being|previously|not|if|the|an?|are|is)$", prefix):
        return None
    if r.COLLECTIVE_RE.search(subject) and subject and verb in r.COMMITTEE_OK and not reported:
        return "decision", None
    if (verb in r.ACTION_OK and re.match(r"\s+(?:to|that)\b", after) and r.PERSONISH_RE.search(subject)
            and not r.RELATIVE_RE.search(subject) and not re.search(r"ed$", subject)):
        return "action", _actor(subject)
    return None


def form_verbs(clause: str) -> list[str]:
    """Verbs of the whole-clause forms: first person, a motion passed, movers 'and resolved', an opening verb, 'All agreed',
    minutes approved as a record, a paper noted or approved."""
    found = []
    if m := r.FIRST_PERSON_RE.search(clause):
        found.append(r.FIRST_PERSON_VERBS.get(m.group(1).rstrip("d"), "AGREED"))
    if r.PASSED_MOTION_RE.search(clause) or r.VOTED_TO_RE.search(clause):
        found.append("RESOLVED")
    if m := r.MOVED_AND_RE.search(clause):
        found.append(r.MOVED_AND_VERBS[m.group(1).lower()])
    if m := r.DECISION_FIELD_RE.match(clause):
        found.append(r.field_verb(m.group(0)))
    if m := r.OPENING_RE.match(clause.lstrip(" (")):
        found.append(r.OPENING_VERBS[re.sub(r"\s+", " ", m.group(1))])
    if r.ALL_AGREED_RE.search(clause):
        found.append("AGREED")
    if m := r.RECORD_RE.search(clause):
        found.append(r.LOWER_VERBS.get((m.group(1) or "").lower(), "AGREED"))
    if m := r.ITEM_OUTCOME_RE.search(clause):
        found.append(r.ITEM_OUTCOME_VERBS[re.sub(r"\s+", " ", m.group(1).lower())])
    if (m := r.PAPER_PASSIVE_RE.search(clause)) and not (r.SUBORDINATE_RE.search(clause[:m.start()])
                                                         or _reported(clause[:m.start()])):
        verb = m.group(1).lower()
        found.append(r.PAPER_VERBS.get(verb) or r.LOWER_VERBS[verb])
    return list(dict.fromkeys(found))


def clause_hits(clause: str) -> list[Hit]:
    """The decision or action in one clause, by its forms, its verbs and their subject; none in a clause
    that reports an earlier meeting ('In October 2023 the Cabinet adopted ...') or gives the staff's advice
    ('RECOMMENDED ACTION: Receive the budget')."""
    if r.HISTORY_RE.match(clause) or r.ADVICE_LABEL_RE.match(clause):
        return []
    caps = caps_verbs(clause)
    forms = [] if caps else form_verbs(clause)
    if forms:
        return [Hit(forms, "decision", clause)]
    if caps:
        actor = _actor(subject_of(clause[:caps[0][0]])) if caps[0][1] in r.ACTION_CAPS else None
        kind = "action" if actor and r.PERSONISH_RE.search(actor) else "decision"
        return [Hit([v for _, v in caps], kind, clause, actor=actor if kind == "action" else None)]
    return _lower_hits(clause)


def _lower_hits(clause: str) -> list[Hit]:
    """The decision and action a clause records with lower-case verbs, one hit per kind in turn."""
    hits: list[Hit] = []
    for m in r.LOWER_RE.finditer(clause):
        found = _lower_hit(clause, m)
        if not found:
            continue
        kind, actor = found
        verb = r.LOWER_VERBS[re.sub(r"\s+", " ", m.group(1))]
        if hits and hits[-1].kind == kind:
            if verb not in hits[-1].verbs:
                hits[-1].verbs.append(verb)
        else:
            hits.append(Hit([verb], kind, clause, actor=actor))
    return hits


def sentence_hits(sentence: str) -> list[Hit]:
    """Decisions and actions in a sentence: one per sentence, or one per clause when kinds differ."""
    clauses = [c for c in re.split(r";\s+", sentence) if c.strip()]
    hits = [h for c in clauses for h in clause_hits(c)]
    if not hits:
        return []
    kinds = {h.kind for h in hits}
    if len(kinds) == 1 and (len(hits) == 1 or hits[0].kind == "decision"):
        verbs = list(dict.fromkeys(v for h in hits for v in h.verbs))
        return [Hit(verbs, hits[0].kind, sentence, actor=hits[0].actor)]
    return hits


def motion_hit(text: str) -> list[Hit]:
    """A motion moved and seconded and then carried or lost, written without a decision verb."""
    proposer, seconder = parse_mover(text)
    vote = parse_votes(text)
    if not (proposer or seconder) or not vote or not vote.outcome:
        return []
    return [Hit(["REJECTED" if vote.outcome == "lost" else "RESOLVED"], "decision", text, motion=True)]


# Movers, then the motion's wording: 'Proposed Cllr A, seconded Cllr B: that the Town Council OBJECTS ...',
# 'Moved by Councillor C, seconded by Councillor D, that the report be received.'
MOTION_CLAUSE_RE = re.compile(r"(?i)\b(?:proposed|moved|seconded)\b[^.]*?(?::\s*|,\s*|\s)that\s")


def moved_motion(sentence: str) -> list[Hit]:
    """A motion moved, worded and voted in one sentence, without a decision verb: 'Proposed Cllr A, seconded
    Cllr B: that the Town Council OBJECTS on the grounds of loss of privacy. 3 in favour, 1 against.'"""
    vote = parse_votes(sentence)
    if not (MOTION_CLAUSE_RE.search(sentence) and vote and vote.outcome):
        return []
    return [Hit(["REJECTED" if vote.outcome == "lost" else "RESOLVED"], "decision", sentence, motion=True)]


def _bare(sentence: str) -> bool:
    """True for a sentence that is only an outcome: 'Agreed.', 'Carried unanimously.', 'All in favour.'"""
    return len(sentence.split()) <= 4 and bool(r.OPENING_RE.match(sentence) or r.ALL_AGREED_RE.match(sentence))


def text_hits(text: str) -> list[Hit]:
    """Decisions and actions in running text, sentence by sentence; else a motion carried or lost.
    A bare outcome ('Agreed.') decides the sentence before it, or the motion the text moves."""
    sents = sentences(text)
    hits: list[Hit] = []
    movers: list[str] = []  # sentences that only name movers: 'Proposed by SW and seconded by RW.'
    last: tuple[int, Hit] | None = None  # the last decision and the sentence it is in
    for i, s in enumerate(sents):
        found = sentence_hits(s)
        if found and _bare(s) and (decided := _decided_above(last, i, sents, movers)):
            decided.context = " ".join(filter(None, [decided.context, *sents[last[0] + 1:i + 1]]))  # type: ignore[index]
            continue  # 'Proposed Cllr A, seconded Cllr B. All agreed.' decides the decision above
        for h in found:
            if _bare(s) and i > 0:
                h.text = f"{sents[i - 1]} {s}"
        if not found and any(parse_mover(s)):
            found = moved_motion(s)
            if not found:
                movers.append(s)
        hits.extend(found)
        last = next(((i, h) for h in reversed(found) if h.kind == "decision"), last)
    if all(_bare(s) for s in sents if sentence_hits(s)) and (motion := motion_hit(text)):
        return motion
    decisions = [h for h in hits if h.kind == "decision"]
    if movers and len(decisions) == 1 and not any(parse_mover(decisions[0].text)):
        decisions[0].context = " ".join([decisions[0].context, *movers]).strip()
    return hits


def _decided_above(last: tuple[int, Hit] | None, i: int, sents: list[str], movers: list[str]) -> Hit | None:
    """The decision a bare outcome at sentence `i` closes: the one in the sentence just above, or above
    the movers' sentence just above ('RESOLVED to repaint the sign. Carried unanimously.')."""
    if last is None:
        return None
    between = sents[last[0] + 1:i]
    return last[1] if all(x in movers for x in between) and len(between) <= 1 else None


def _is_intro(sentence: str) -> bool:
    """True for a line that hands its points to the committee: 'With 12 votes for ..., the Committee:'
    or a bare 'The Select Committee'."""
    s = sentence.rstrip().rstrip(":").rstrip()
    if not s:
        return False
    if not sentence.rstrip().endswith(":"):
        return len(s.split()) <= 6 and bool(r.COLLECTIVE_RE.search(s))
    return bool(r.COLLECTIVE_RE.search(s) or re.search(r"(?i)\bRESOLVED\b|\bvotes?\b", s))


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


def paragraph_hits(lines: list[str]) -> list[Hit]:
    """Decisions and actions in a minute paragraph, with the points each decision governs."""
    head, points = split_lines(lines)
    if not points:
        return text_hits(head)
    if r.DECISION_LABEL_RE.match(head) and not (caps_verbs(points[0].text) or text_hits(points[0].text)):
        return [_field_decision(head, points)]
    head_sents = sentences(head)
    last = head_sents[-1] if head_sents else ""
    hits = [h for s in head_sents[:-1] for h in sentence_hits(s)]
    last_hits = sentence_hits(last) if last else []
    hits.extend(last_hits)
    governing = last_hits[-1] if last.endswith(":") and last_hits and last_hits[-1].kind == "decision" else None
    intro = last
    for point in points:
        if governing and not caps_verbs(point.text):
            _govern(governing, point)
            continue
        found = _point_decisions(intro, point) if governing or _is_intro(intro) else text_hits(point.text)
        hits.extend(found)
        if point.text.rstrip().endswith(":") and found and found[-1].kind == "decision":
            governing, intro = found[-1], point.text  # a point introducing the points below it: 'I agree to:'
    if not any(h.kind == "decision" for h in hits) and motion_hit(head):
        # 'A motion was made by X, seconded by Y, to ... The motion carried by the following vote:' over 'Aye: 5 - ...'
        return hits + motion_hit("\n".join(x for x in lines if x.strip()))
    return hits


def _field_decision(label: str, points: list[Line]) -> Hit:
    """The decision a record's field prints below its label: 'Decision:' over 'To introduce a charge ...',
    'Decision' over '1) To note the report.' / '2) To agree to consult ...'; verbs from the infinitives."""
    verbs = [v for p in points if (m := r.INFINITIVE_RE.match(p.raw)) and (v := r.BASE_FORMS.get(m.group(1).upper()))]
    hit = Hit(list(dict.fromkeys(verbs)) or [r.field_verb(label)], "decision", label.rstrip(":") + ":")
    if len(points) == 1 and not points[0].marked:
        hit.text = f"{hit.text} {points[0].text}"
        return hit
    for point in points:
        hit.text += "\n" + point.raw
    return hit


def _govern(governing: Hit, point: Line) -> None:
    """A point joins the decision introducing it; a record of decision's 'APPROVE ...' adds its verb."""
    governing.text += "\n" + point.raw
    if m := r.IMPERATIVE_RE.match(point.text):
        verb = r.BASE_FORMS[m.group(1)]
        if verb not in governing.verbs:
            governing.verbs.append(verb)


def _point_decisions(intro: str, point: Line) -> list[Hit]:
    """The decision a point makes under an intro ('the Committee:'), carrying the intro's vote."""
    own = text_hits(point.text)
    if not own:
        m = _POINT_VERB_RE.match(point.text)
        own = [Hit([m.group(1).upper()], "decision", point.text)] if m else []
    decisions = [h for h in own if h.kind == "decision"]
    if len(decisions) == 1:
        decisions[0].text = f"{intro}\n{point.raw}"
    for h in own:
        h.context = intro
    return own
