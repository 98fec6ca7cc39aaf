"""Decisions and officer actions from minutes; the other extraction stages re-exported.

Minutes record a committee's decisions with a verb in capitals ("The Committee NOTED:",
"RESOLVED to AGREE", "AGREED to RECOMMEND"), in collective lower-case forms ("were agreed as an
accurate record", "It was agreed that", "was duly elected to Chair", "All agreed"), as a record of
decision ("I agree to: APPROVE ..."), or as a motion carried or lost ("Proposed by Cllr A, seconded by
Cllr B ... carried"). An officer taking something on ("The Executive Director agreed to find out ...")
is an action, told apart by the subject of the verb. The forms are in `resolutions.py`, `votes.py`,
`rollcall.py` and `movers.py`; `clauses.py` reads one paragraph's lines.

Recommendations, tables, figures and votes live in their own modules and are re-exported here, so the pipeline
reads every extraction stage from one place.
"""
from __future__ import annotations

from dataclasses import dataclass

from indexer.extract.clauses import Hit, paragraph_hits, sentences
from indexer.extract.figures import extract_figures
from indexer.extract.movers import parse_mover
from indexer.extract.points import POINT_RE, is_point_paragraph
from indexer.extract.recommendations import extract_recommendations
from indexer.extract.resolutions import decision_outcome
from indexer.extract.tables import extract_tables
from indexer.extract.votes import parse_votes
from models.domain import PART_MINUTES, Decision, Paragraph
from models.ids import decision_id

__all__ = ["extract_decisions", "extract_recommendations", "extract_tables", "extract_figures",
           "parse_votes", "parse_mover", "sentences"]


def _decision(p: Paragraph, n: int, hit: Hit, whole: str, lone: bool) -> Decision:
    """A Decision from a hit: its vote and movers read from its text, else from its context."""
    vote = proposer = seconder = outcome = None
    if hit.kind == "decision":
        vote = parse_votes(hit.text) or parse_votes(hit.context) or (parse_votes(whole) if lone else None)
        proposer, seconder = parse_mover(hit.text)
        if not (proposer or seconder):
            proposer, seconder = parse_mover(hit.context)
        outcome = decision_outcome(hit.verbs, vote)
    return Decision(id=decision_id(p.id, n), paragraph_id=p.id, verbs=hit.verbs, text=hit.text.strip(),
                    kind=hit.kind, votes=vote, proposer=proposer, seconder=seconder, actor=hit.actor, outcome=outcome)


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
    def of(cls, p: Paragraph, hits: list[Hit], found: list[Decision], whole: str) -> _Motion | None:
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
            resolution.outcome = self.decision.outcome
            out.remove(self.decision)
        if not (resolution.proposer or resolution.seconder):
            resolution.proposer, resolution.seconder = self.proposer, self.seconder
