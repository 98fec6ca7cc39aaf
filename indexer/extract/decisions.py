"""Decisions and officer actions from minutes; the other extraction stages re-exported.

Minutes record a committee's decisions with a verb in capitals ("The Committee NOTED:",
"RESOLVED to AGREE", "AGREED to RECOMMEND"), in collective lower-case forms ("were agreed as an
accurate record", "It was agreed that", "was duly elected to Chair", "All agreed"), as a record of
decision ("I agree to: APPROVE ..."), or as a motion carried or lost ("Proposed by Cllr A, seconded by
Cllr B ... carried"). An officer taking something on ("The Executive Director agreed to find out ...")
is an action, told apart by the subject of the verb. The forms are in `resolutions.py`, `votes.py`,
`rollcall.py` and `movers.py`; `clauses.py` reads one run of lines, `groups.py` gathers the paragraphs
a run spans, `motions.py` follows motions from their movers to their vote and resolution.

Recommendations, tables, figures and votes live in their own modules and are re-exported here, so the pipeline
reads every extraction stage from one place.
"""
from __future__ import annotations

from collections.abc import Mapping

from indexer.extract.blocks import block_decision
from indexer.extract.clauses import Hit, paragraph_hits, sentences
from indexer.extract.figures import extract_figures
from indexer.extract.groups import Group, groups, vote_paragraph
from indexer.extract.motions import Motions, decision_lines, moved
from indexer.extract.movers import Roster, parse_mover, resolve_person
from indexer.extract.recommendations import extract_recommendations
from indexer.extract.resolutions import ASIDE_LABEL_RE, decision_outcome
from indexer.extract.tables import extract_tables
from indexer.extract.votes import parse_votes
from models.domain import Decision, Paragraph
from models.ids import decision_id

__all__ = ["extract_decisions", "extract_recommendations", "extract_tables", "extract_figures",
           "parse_votes", "parse_mover", "sentences"]


def _decision(g: Group, hit: Hit, whole: str, lone: bool) -> Decision:
    """A Decision from a hit: its vote and movers read from its text, else from its context."""
    vote = proposer = seconder = None
    if hit.kind == "decision":
        vote = parse_votes(hit.text) or parse_votes(hit.context) or (parse_votes(whole) if lone else None)
        if vote is not None:
            vote.paragraph_id = vote_paragraph(g, 0)
        proposer, seconder = parse_mover(hit.text)
        if not (proposer or seconder):
            proposer, seconder = parse_mover(hit.context)
    return Decision(id="", paragraph_id=g.para.id, verbs=hit.verbs, text=hit.text.strip(), kind=hit.kind,
                    votes=vote, proposer=proposer, seconder=seconder, actor=hit.actor)


def _run_decisions(g: Group) -> tuple[list[Hit], list[Decision]]:
    """The hits and decisions of one run, read from its lines outside any motion's wording; a lone decision's
    vote may be read from the run above the first motion it moves (that motion's vote is its own)."""
    lines = decision_lines(g)
    if lines and ASIDE_LABEL_RE.match(lines[0].strip()):
        return [], []  # 'Alternative Options Considered and Rejected:' -> 'Retaining ... was rejected': no decision
    hits = paragraph_hits(lines)
    spans = moved(g)
    whole = "\n".join(g.lines[:spans[0][0]] if spans else lines)
    lone = sum(h.kind == "decision" for h in hits) == 1
    return hits, [_decision(g, h, whole, lone) for h in hits]


def _finish(out: list[Decision], meetings: Mapping[str, Roster] | None, meeting_of: dict[str, str | None]) -> None:
    """Ids in reading order per paragraph, outcomes, and movers named from the meeting's attendance."""
    counts: dict[str, int] = {}
    only = next(iter(meetings.values())) if meetings and len(meetings) == 1 else None
    for d in out:
        counts[d.paragraph_id] = counts.get(d.paragraph_id, 0) + 1
        d.id = decision_id(d.paragraph_id, counts[d.paragraph_id])
        if d.kind != "decision":
            continue
        d.outcome = d.votes.outcome if d.votes and d.votes.outcome else d.outcome or decision_outcome(d.verbs, d.votes)
        roster = (meetings or {}).get(meeting_of.get(d.paragraph_id) or "") or only
        d.proposer, d.seconder = resolve_person(d.proposer, roster), resolve_person(d.seconder, roster)


def extract_decisions(paragraphs: list[Paragraph], meetings: Mapping[str, Roster] | None = None) -> list[Decision]:
    """Every decision and officer action recorded in the minutes paragraphs (and records of decision
    elsewhere), in reading order. A motion moved in one paragraph and voted on below it is decided by
    that vote; carried, it gives its movers and vote to the resolution printed right below it.
    `meetings` maps a meeting id to what a Meeting has (`attendees`, `chair`): movers printed as
    initials or as 'the Chairman' are named from it."""
    out: list[Decision] = []
    tracker = Motions()
    for g in groups(paragraphs):
        block = block_decision(g.lines, g.paras)
        if block is not None:  # 'Moved by ...' / 'Seconded by ...' / 'That ...' / 'Carried (4 to 1)'
            out.append(block)
            continue
        hits, found = _run_decisions(g)
        out.extend(tracker.step(g, hits, found, out))
    _finish(out, meetings, {p.id: p.meeting_id for p in paragraphs})
    return out
