"""Motions across paragraphs: moved in one, worded below it, voted on further down, then resolved.

A motion opens at a line that names its movers and introduces its wording ("Mr Ash proposed, and
Mrs Birch seconded the following amendment:", "It was proposed by Cllr Cole and seconded by Cllr Dunn
that the application be approved.") with no outcome of its own. A vote or an outcome below it in the
same item ("the Chairman put the amendment set out in paragraph 7 to the vote" over "For (12)" ...
"Amendment lost."; "The amendment was withdrawn.") decides the motion it names by paragraph number,
else the last one open of its kind. A decided motion is a decision worded as the motion: RESOLVED when
carried, REJECTED when lost, WITHDRAWN. A motion carried, or only moved, gives its movers and vote to
the resolution printed right below it, which then stands for it. A vote with no motion open goes to
the decision above it, or else to the one below.

Scottish minutes print a motion and its amendments under labels, their movers after the wording
("Motion" / "1) To note the update." / "- moved by Councillor A, seconded by Councillor B"), then
"Voting" with each side's count: the side with most votes is carried (its movers and count go to the
"Decision" below), the others are lost.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.extract.blocks import is_mover_line
from indexer.extract.clauses import Hit, sentence_hits
from indexer.extract.groups import (
    MOTION_LABEL_RE,
    VOTE_CALL_RE,
    Group,
    is_movers_close,
    vote_paragraph,
    wording_end,
)
from indexer.extract.movers import parse_mover
from indexer.extract.resolutions import MOVED_AND_INTRO_RE
from indexer.extract.votes import parse_votes, sides, winner
from models.domain import Decision, Paragraph, Vote

# What a line must say, beside its movers, to introduce a motion's wording.
INTRO_RE = re.compile(r"(?i)\b(?:motion|amendment|proposal|resolution)\b|\bthat\b|:\s*$|\bto\s+[a-z]+")
REFERENCE_RE = re.compile(r"(?i)\bparagraph\s+\(?(\d{1,3})\)?")
WITHDRAWN_RE = re.compile(r"(?i)\b(?:was|were|been|being)\s+withdrawn\b|^\s*withdrawn\b")
DEFERRED_RE = re.compile(r"(?i)\b(?:was|were)\s+(?:deferred|held\s+over|adjourned|postponed)\b")
OUTCOME_VERB = {"carried": "RESOLVED", "lost": "REJECTED", "withdrawn": "WITHDRAWN", "deferred": "DEFERRED"}
OUTCOME_VERBS = {"REJECTED", "WITHDRAWN", "DEFERRED"}  # a run with only these verbs may be a motion's outcome
_LABEL_RE = re.compile(r"^\s*\(?(\d{1,3})[).]")


@dataclass
class Motion:
    """A motion or amendment moved and seconded, waiting for its outcome."""

    para: Paragraph
    number: str | None
    word: str  # amendment | motion
    proposer: str | None
    seconder: str | None
    wording: str


@dataclass
class Pending:
    """What a run leaves for the resolution right below it: a carried motion, movers, a vote."""

    decision: Decision | None = None
    proposer: str | None = None
    seconder: str | None = None
    vote: Vote | None = None
    motion: Motion | None = None

    def give(self, resolution: Decision, out: list[Decision], tracker: Motions) -> None:
        """The resolution stands for the motion: it takes the vote and movers, the motion's decision goes."""
        if self.decision is not None:
            if resolution.votes is not None:
                return
            resolution.votes = self.decision.votes
            out.remove(self.decision)
        elif resolution.votes is None:
            resolution.votes = self.vote
        if resolution.proposer in (None, self.proposer) and resolution.seconder in (None, self.seconder):
            # 'To approve the motion by Councillor A.' names the proposer only: the seconder is the motion's
            resolution.proposer = resolution.proposer or self.proposer
            resolution.seconder = resolution.seconder or self.seconder
        if self.motion in tracker.open:
            tracker.open.remove(self.motion)


def is_intro(line: str) -> bool:
    """True for a line that moves a motion without deciding it: movers, a motion word or 'that', no outcome."""
    proposer, seconder = parse_mover(line)
    if not (proposer or seconder) or not INTRO_RE.search(line):
        return False
    vote = parse_votes(line)
    return not (vote and vote.outcome) and not sentence_hits(line)


def moved(g: Group) -> list[tuple[int, int]]:
    """(line of the intro, end of its wording) for each motion the run moves."""
    return [(i, wording_end(g.lines, i + 1)) for i, line in enumerate(g.lines) if is_intro(line)]


def decision_lines(g: Group) -> list[str]:
    """The run's lines without the wording of the motions it moves (their decisions come with their vote)."""
    skip = {j for i, end in moved(g) for j in range(i + 1, end)}
    return [line for j, line in enumerate(g.lines) if j not in skip]


def open_motion(g: Group, i: int, end: int) -> Motion:
    """The motion moved at line `i` of the run, worded by the lines below it up to `end` (or by its own line)."""
    line = g.lines[i]
    proposer, seconder = parse_mover(line)
    m = _LABEL_RE.match(line)
    number = m.group(1) if m else re.sub(r"\D", "", g.paras[i].number or "") or None
    wording = "\n".join(x for x in g.lines[i + 1:end] if x.strip()) or line.strip()
    word = "amendment" if re.search(r"(?i)\bamendment\b", line) else "motion"
    if seconder is None and end < len(g.lines) and is_mover_line(g.lines[end]):
        seconder = parse_mover(g.lines[end])[1]  # on a line of its own below: 'Second: Ms. Raman'
    return Motion(g.paras[i], number, word, proposer, seconder, wording)


def labelled_motion(g: Group) -> Motion | None:
    """The motion of a run printed as 'Motion' / 'Amendment 2' over its wording and then its movers'
    line; None for any other run."""
    if not MOTION_LABEL_RE.match(g.lines[0]):
        return None
    close = next((i for i, line in enumerate(g.lines) if i and is_movers_close(line)), None)
    if close is None or close == 1:  # no wording between the label and its movers
        return None
    proposer, seconder = parse_mover(g.lines[close].strip().lstrip("-–—• "))
    wording = "\n".join(x for x in g.lines[1:close] if x.strip()) or g.lines[0].strip()
    word = "amendment" if re.search(r"(?i)\bamendment\b", g.lines[0]) else "motion"
    return Motion(g.paras[0], None, word, proposer, seconder, wording)


def run_outcome(text: str) -> tuple[Vote | None, str | None]:
    """The vote in a run and its outcome: carried | lost (voted), withdrawn | deferred, or None."""
    vote = parse_votes(text)
    if vote and vote.outcome:
        return vote, vote.outcome
    if WITHDRAWN_RE.search(text):
        return vote, "withdrawn"
    if DEFERRED_RE.search(text):
        return vote, "deferred"
    return vote, None


@dataclass
class Motions:
    """The motions open in one item, what the last run left for the resolution below it, the last decision."""

    item: object = None
    open: list[Motion] = field(default_factory=list)
    pending: Pending | None = None
    last: Decision | None = None

    def target(self, text: str) -> Motion | None:
        """The open motion a vote names: by its paragraph number, else the last one of the kind it names."""
        if m := REFERENCE_RE.search(text):
            named = [x for x in self.open if x.number == m.group(1)]
            if named:
                return named[-1]
        word = "amendment" if re.search(r"(?i)\bamendment\b", text) else "motion" if re.search(
            r"(?i)\bmotion\b", text) else None
        kind = [x for x in self.open if word is None or x.word == word]
        return (kind or self.open or [None])[-1]

    def step(self, g: Group, hits: list[Hit], found: list[Decision], out: list[Decision]) -> list[Decision]:
        """Carry motions through one run: the run's decisions, with any motion it decides."""
        if g.para.item != self.item:
            self.item, self.open, self.pending, self.last = g.para.item, [], None, None
        found = self._step(g, hits, found, out)
        self.last = next((d for d in reversed(found) if d.kind == "decision"), self.last)
        return found

    def _step(self, g: Group, hits: list[Hit], found: list[Decision], out: list[Decision]) -> list[Decision]:
        """One run within the item: give what is pending, open motions, or decide one."""
        pending, self.pending = self.pending, None
        decisions = [d for d in found if d.kind == "decision"]
        if pending and decisions:
            pending.give(decisions[0], out, self)
        if (labelled := labelled_motion(g)) is not None:
            self.open.append(labelled)
            self.pending = Pending(proposer=labelled.proposer, seconder=labelled.seconder, motion=labelled)
            return [d for d in found if d.kind == "action"]  # its wording decides nothing until it is voted on
        spans = moved(g)
        if spans:
            self.open.extend(open_motion(g, i, end) for i, end in spans)
            rest = "\n".join(g.lines[spans[-1][1]:])
            if rest.strip() and run_outcome(rest)[1]:
                return self._decide(g, spans[-1][1], found)  # moved and voted on in one run
            if MOVED_AND_INTRO_RE.search(g.lines[spans[-1][0]]):
                return [*found, self._resolve(self.open[-1])]  # 'seconded by Cllr B, and resolved:'
            if not hits:
                motion = self.open[-1]
                self.pending = Pending(proposer=motion.proposer, seconder=motion.seconder, motion=motion)
            return found
        if any(h.motion for h in hits):
            self._carried_motion(hits, found)
            return found
        if not hits and (movers := self._movers_only(g, pending)) is not None:
            self.pending = movers
            return found
        outcome_only = all(set(d.verbs) <= OUTCOME_VERBS for d in decisions)
        if decisions and not (outcome_only and self.open):
            self._resolution_after_vote(g, decisions)
            return found
        return self._decide(g, 0, found)

    def _resolution_after_vote(self, g: Group, decisions: list[Decision]) -> None:
        """A run that votes and resolves at once: the motion voted on gives its movers to the resolution."""
        if not self.open or not any(VOTE_CALL_RE.search(line) for line in g.lines):
            return
        motion = self.target(g.text)
        if motion and not (decisions[0].proposer or decisions[0].seconder):
            decisions[0].proposer, decisions[0].seconder = motion.proposer, motion.seconder
            self.open.remove(motion)

    def _carried_motion(self, hits: list[Hit], found: list[Decision]) -> None:
        """A motion moved and carried in one run waits for the resolution below it."""
        if len(hits) == 1 and found[0].votes and found[0].votes.outcome == "carried":
            self.pending = Pending(found[0], found[0].proposer, found[0].seconder)

    def _decide(self, g: Group, start: int, found: list[Decision]) -> list[Decision]:
        """A vote or an outcome (in the run from line `start`) decides the motion it names; with none open,
        the vote joins a decision."""
        text = "\n".join(g.lines[start:])
        vote, outcome = run_outcome(text)
        if vote is not None:
            vote.paragraph_id = vote_paragraph(g, start)
        if vote is not None and (counted := sides(text)) and self.open:
            won = winner(text)  # a tie no casting vote breaks decides nothing here: the decision below stands
            return self._contest(counted, won, vote, found) if won else found
        motion = self.target(text) if outcome else None
        if motion is None:
            if vote is not None and not found:
                self._lone_vote(vote)
            return found
        self.open.remove(motion)
        decision = Decision(id="", paragraph_id=motion.para.id, verbs=[OUTCOME_VERB[outcome]], text=motion.wording,
                            votes=vote, proposer=motion.proposer, seconder=motion.seconder, outcome=outcome)
        if outcome == "carried":
            self.pending = Pending(decision, motion.proposer, motion.seconder)
        others = [d for d in found if d.kind == "action" or not set(d.verbs) <= OUTCOME_VERBS]
        return [*others, decision]

    def _contest(self, counted: dict[str, int], won: str, vote: Vote, found: list[Decision]) -> list[Decision]:
        """A vote between the motion and its amendments: the side that `won` carried (waiting for the
        resolution below), each other side lost with its own count."""
        out = [d for d in found if d.kind == "action"]
        amendments = [m for m in self.open if m.word == "amendment"]
        for side, count in counted.items():
            motion = self._side(side, amendments)
            if motion is None:
                continue
            outcome = "carried" if side == won else "lost"
            side_vote = vote if side == won else Vote(count, vote.for_, vote.abstain, outcome=outcome,
                                                      paragraph_id=vote.paragraph_id)
            decision = Decision(id="", paragraph_id=motion.para.id, verbs=[OUTCOME_VERB[outcome]],
                                text=motion.wording, votes=side_vote, proposer=motion.proposer,
                                seconder=motion.seconder, outcome=outcome)
            self.open.remove(motion)
            if side == won:
                self.pending = Pending(decision, motion.proposer, motion.seconder)
            out.append(decision)
        return out

    def _side(self, side: str, amendments: list[Motion]) -> Motion | None:
        """The open motion a counted side names: 'motion', 'amendment' (the last one moved), 'amendment 2' or
        'amendment b' (the second one moved)."""
        if not side.startswith("amendment"):
            return next((m for m in reversed(self.open) if m.word == "motion"), None)
        mark = side.split()[-1]
        index = int(mark) - 1 if mark.isdigit() else "abcd".find(mark) if len(mark) == 1 else len(amendments) - 1
        return amendments[index] if 0 <= index < len(amendments) else None

    def _movers_only(self, g: Group, pending: Pending | None) -> Pending | None:
        """A run that only names movers ('Proposed by Cllr A, seconded by Cllr B.'), or only votes right after
        one ('Upon being put to the vote, 5 voted in favour and 2 against.'): what it leaves for the resolution
        below it; None for any other run."""
        proposer, seconder = parse_mover(g.text)
        vote = parse_votes(g.text)
        if vote is not None:
            vote.paragraph_id = vote_paragraph(g, 0)
        if self.open:
            return None  # a motion moved above is what this run votes on
        if (proposer or seconder) and len(g.text.split()) <= 40:
            return Pending(proposer=proposer, seconder=seconder, vote=vote)
        named = pending is not None and pending.decision is None and pending.vote is None \
            and (pending.proposer or pending.seconder)
        if named and vote is not None:
            return Pending(proposer=pending.proposer, seconder=pending.seconder, vote=vote)  # type: ignore[union-attr]
        return None

    def _resolve(self, motion: Motion) -> Decision:
        """A motion its own line records as resolved: a decision worded as the motion, carried."""
        self.open.remove(motion)
        return Decision(id="", paragraph_id=motion.para.id, verbs=["RESOLVED"], text=motion.wording, votes=None,
                        proposer=motion.proposer, seconder=motion.seconder, outcome="carried")

    def _lone_vote(self, vote: Vote) -> None:
        """A vote with no motion open: to the decision just above it in the item, else to the one below."""
        if self.last is not None and self.last.votes is None:
            self.last.votes = vote
        else:
            self.pending = Pending(vote=vote)
