"""Minutes paragraphs gathered into the runs one decision, motion or vote spans.

Segmentation may print a resolution's points, a motion's wording or a named vote as paragraphs of
their own. A paragraph joins the run above it (in the same item) when it is:
- a lettered point, or a short heading over points, under a line that ends with ':';
- the wording of a motion or resolution introduced by a line ending with ':' ("seconded the
  following amendment:", "RESOLVED that:"), or text inside quotation marks still open;
- a point of a record of decision opening with a verb in capitals under "I agree to:" ("APPROVE ...");
- the wording under a decision field printed alone ("Decision" over "To note the report.");
- a piece of a named vote: a side's count ("For (57)", "AYES: ..."), its names, the outcome line;
- under a motion or amendment printed alone ("Motion", "Amendment 2"), its points down to the line
  naming its movers ("- moved by Councillor A, seconded by Councillor B"); under "Voting", the count of
  each side ("For the motion - 7 votes", "For the amendment - 4 votes") (Scottish minutes).
Other parts than minutes give only records of decision ("I agree to:", "passed a motion").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.extract import resolutions as r
from indexer.extract.blocks import is_block_line, is_mover_line
from indexer.extract.movers import parse_mover
from indexer.extract.points import POINT_RE, is_point_paragraph
from indexer.extract.rollcall import LABEL_RE, OUTCOME_RE, names_in
from indexer.extract.votes import CASTING_RE, SIDE_LINE_RE, parse_votes
from models.domain import PART_AGENDA, PART_MINUTES, Paragraph

# A line that calls a vote: "put the motion to the vote", "the voting was as follows:", "Roll call vote",
# "A division was called for, voting on which was as follows:" (New Zealand and Australian minutes).
VOTE_CALL_RE = re.compile(r"(?i)\bput\b[^.]{0,120}?\bto\s+(?:the|a)\s+vote\b|\bvoting\s+(?:on\s+which\s+)?was\b"
                          r"|\b(?:recorded|named|roll[- ]call)\s+vote\b|\bvote\s+was\s+(?:taken|as\s+follows)\b"
                          r"|\bupon\s+a\s+vote\b|\bdivision\s+was\s+(?:called|taken|requested|demanded)\b"
                          r"|\bby\s+the\s+following\s+(?:roll[- ]call\s+)?vote\b")  # 'The motion carried by the following vote:
# An outcome line closing a vote: "Motion carried.", "Amendment lost.", "CARRIED", "The motion fell."
OUTCOME_LINE_RE = re.compile(r"(?i)^\s*(?:the\s+)?(?:substantive\s+)?(?:motion|amendment|proposal|resolution|"
                             r"recommendation)?\s*(?:was\s+)?(?:duly\s+)?(?:carried|lost|defeated|fell|failed|passed|"
                             r"withdrawn)(?:\s+unanimously)?\s*[.!]?\s*$")
# The end of a line that introduces wording below it: 'RESOLVED that:', 'seconded the following amendment:'.
INTRO_END_RE = re.compile(r"(?i)\b(?:resolved|agreed|agree\s+to|motion|amendment|resolution|following|that)\s*:\s*$")
_LABEL_LINE_RE = re.compile(r"^[A-Z][\w ,&'’()/-]{1,60}:$")  # "Proposed Purpose:", "In addition:"
# A motion or amendment printed alone over its wording, its movers below it: 'Motion', 'Amendment 2'.
MOTION_LABEL_RE = re.compile(r"(?i)^\s*(?:(?:the\s+)?(?:substantive\s+)?motion|(?:first\s+|second\s+|third\s+)?"
                             r"amendment(?:\s+(?:no\.?\s*)?\d{1,2}|\s+[A-D])?)\s*:?\s*$")
# The heading over the sides' counts: 'Voting', 'Vote', 'The voting was as follows:'.
VOTING_LABEL_RE = re.compile(r"(?i)^\s*(?:voting|vote|division|(?:the\s+)?voting\s+was\s+as\s+follows)\s*:?\s*$")
_MOTION_RUN_LINES = 40  # a label with no movers below it stops gathering here


@dataclass
class Group:
    """A run of minute lines that starts at a paragraph; each line knows the paragraph it came from."""

    para: Paragraph
    lines: list[str] = field(default_factory=list)
    paras: list[Paragraph] = field(default_factory=list)

    def add(self, p: Paragraph, lines: list[str]) -> None:
        """Append a paragraph's lines to the run."""
        self.lines.extend(lines)
        self.paras.extend([p] * len(lines))

    @property
    def text(self) -> str:
        """The run's lines as one text."""
        return "\n".join(self.lines)


def vote_paragraph(g: Group, start: int) -> str | None:
    """The paragraph of the run printing the vote found from line `start` on (its first line with counts
    or an outcome)."""
    return next((g.paras[j].id for j in range(start, len(g.lines)) if parse_votes(g.lines[j])), None)


def is_record(p: Paragraph) -> bool:
    """True for a record of decision outside minutes: 'I agree to:', 'The committee passed a motion'."""
    return bool(r.FIRST_PERSON_RE.search(p.text) or r.PASSED_MOTION_RE.search(p.text))


def quote_open(lines: list[str]) -> bool:
    """True while a quotation opened after a line ending with ':' has not been closed."""
    starts = [i for i, line in enumerate(lines) if line.rstrip().endswith(":")]
    if not starts:
        return False
    text = "\n".join(lines[starts[0]:])
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def is_wording_line(text: str) -> bool:
    """True for a line that can carry a motion's wording on: a label ('Proposed Amount:'), a point, a short
    heading; not a vote's count, call or outcome."""
    if LABEL_RE.match(text) or VOTE_CALL_RE.search(text) or OUTCOME_LINE_RE.match(text) or is_mover_line(text):
        return False  # nor its seconder on a line of its own: 'Second: Ms. Raman'
    return _is_label_line(text) or bool(POINT_RE.match(text)) or (len(text.split()) <= 8 and not text.endswith("."))


def wording_end(lines: list[str], start: int) -> int:
    """Index just past the wording that starts at line `start`: quoted text to its closing quote, or
    labels, points and short headings; `start` itself when no wording follows."""
    quoted = lines[start].lstrip()[:1] in '“"' if start < len(lines) else False
    i = start
    while i < len(lines):
        text = lines[i].strip()
        before = "\n".join(lines[start:i])
        still_open = before.count("“") > before.count("”") or before.count('"') % 2 == 1
        if not (still_open or not text or text[:1] in '“"' or (not quoted and is_wording_line(text))):
            break
        if quoted and i > start and not still_open:
            break
        i += 1
    return i


def _last(lines: list[str]) -> str:
    """The last line, stripped ('' for none)."""
    return lines[-1].strip() if lines else ""


def _is_label_line(line: str) -> bool:
    """True for a short line that labels what follows: 'Proposed Purpose:', 'In addition:'."""
    return bool(_LABEL_LINE_RE.match(line.strip())) and len(line.split()) <= 8


def _is_vote_piece(g: Group, p: Paragraph) -> bool:
    """True for a count heading, a line of names under it, or the outcome that closes the vote."""
    first = p.text.strip().split("\n", 1)[0]
    in_vote = any(VOTE_CALL_RE.search(line) or LABEL_RE.match(line) for line in g.lines)
    if LABEL_RE.match(first) and OUTCOME_RE.match(_last(g.lines)):
        return True  # who voted against, named below the outcome: 'CARRIED' then 'OPPOSED: Director Okafor'
    if LABEL_RE.match(first) or OUTCOME_LINE_RE.match(first):
        return in_vote
    return bool(LABEL_RE.match(_last(g.lines))) and bool(names_in(first))


def _is_wording(g: Group, p: Paragraph, nxt: Paragraph | None) -> bool:
    """True for the next piece of a motion's or resolution's wording introduced above."""
    text = p.text.strip()
    last = _last(g.lines)
    quotes_or_label = text[:1] in '“"' or _is_label_line(text.split("\n", 1)[0])
    if quote_open(g.lines) or (quotes_or_label and _in_wording(g)):
        return True  # inside a quotation, or the next label of an amendment: 'Proposed Funding Source:'
    if r.IMPERATIVE_RE.match(text) and (last.endswith(":") or r.IMPERATIVE_RE.match(last)) \
            and any(x.rstrip().endswith(":") for x in g.lines):
        return True  # a point of a record of decision: 'I agree to:' then 'APPROVE ...;' then 'DELEGATE ...'
    if not last.endswith(":"):
        return False
    heading = len(text.split()) <= 8 and "\n" not in text and not text.endswith(".")
    over_points = heading and nxt is not None and is_point_paragraph(nxt)
    return quotes_or_label or is_point_paragraph(p) or over_points or _introduces(g)


def _in_wording(g: Group) -> bool:
    """True when everything after the run's last intro ('seconded the following amendment:', 'RESOLVED that:')
    is wording (labels, quotations, points) and the wording, if it opened with a quotation, has not closed it."""
    starts = [i for i, line in enumerate(g.lines) if INTRO_END_RE.search(line) and line.strip()[:1] not in '“"']
    tail = [line.strip() for line in g.lines[starts[-1] + 1:]] if starts else []
    if not tail or not all(not x or x[:1] in '“"' or is_wording_line(x) for x in tail):
        return False
    quoted = next(x for x in tail if x)[:1] in '“"'
    return not quoted or quote_open(g.lines)


def _introduces(g: Group) -> bool:
    """True when the run's last line hands over to what follows: 'RESOLVED that:', 'I agree to:', a motion's
    'seconded the following amendment:', a label ('Proposed Purpose:')."""
    last = _last(g.lines)
    return bool(INTRO_END_RE.search(last)) or _is_label_line(last)


def _open(lines: list[str]) -> bool:
    """True when a paragraph's last line still expects points (ends with ':' or is a point)."""
    last = _last(lines)
    return last.endswith(":") or (len(lines) > 1 and bool(POINT_RE.match(last)))


def _joins(g: Group, p: Paragraph, nxt: Paragraph | None) -> bool:
    """True when paragraph `p` carries on the run `g` above it."""
    if g.para.item != p.item or g.para.meeting_id != p.meeting_id or g.para.part != p.part:
        return False
    if is_point_paragraph(p) and (_open(g.lines) or _in_wording(g)):
        return True
    if len(g.lines) == 1 and r.DECISION_LABEL_RE.match(g.lines[0].strip()):
        return True  # 'Decision' printed alone over its wording: 'To approve the minutes ...'
    if _labelled_motion_open(g, p) or _side_count_joins(g, p) or _seconder_joins(g, p):
        return True
    if _in_block(g):
        first = p.text.strip().split("\n", 1)[0]
        if is_block_line(first) or LABEL_RE.match(first) or VOTE_CALL_RE.search(first) or OUTCOME_RE.match(first):
            return True
    return _is_vote_piece(g, p) or _is_wording(g, p, nxt)


def is_movers_close(line: str) -> bool:
    """True for the line closing a labelled motion with its movers: '- moved by Councillor A, seconded by
    Councillor B'."""
    text = line.strip().lstrip("-–—• ").strip()
    if not re.match(r"(?i)(?:moved|proposed)\b", text) or re.search(r"(?i)\b(?:to|that|and|resolved|carried)\b", text):
        return False  # 'Moved by X, seconded by Y, to approve the consent calendar.' words its own motion
    return any(parse_mover(text)) and len(text.split()) <= 16


def _labelled_motion_open(g: Group, p: Paragraph) -> bool:
    """True while a run opened by 'Motion' / 'Amendment' printed alone has not reached its movers' line, and
    `p` is not the next label."""
    if not MOTION_LABEL_RE.match(g.lines[0]) or len(g.lines) >= _MOTION_RUN_LINES:
        return False
    if any(any(parse_mover(x)) for x in g.lines[1:]):
        return False  # its movers are printed: the motion is whole
    first = p.text.strip().split("\n", 1)[0]
    labels = (MOTION_LABEL_RE, VOTING_LABEL_RE, r.DECISION_LABEL_RE)
    if any(rx.match(first.strip()) for rx in labels) or parse_votes(p.text) is not None:
        return False
    return not any(parse_mover(first)) or is_movers_close(first)


def _side_count_joins(g: Group, p: Paragraph) -> bool:
    """True for a side's count ('For the amendment - 4 votes') under 'Voting' or under another side's count,
    and for the casting vote that breaks a tie ('the Convener used her casting vote in favour of the motion')."""
    if not VOTING_LABEL_RE.match(g.lines[0]):
        return False
    return all(SIDE_LINE_RE.search(line) for line in p.text.strip().splitlines()) or bool(CASTING_RE.search(p.text))


def _seconder_joins(g: Group, p: Paragraph) -> bool:
    """True for the seconder printed on a line of its own ('Second: Ms. Raman', 'Seconded by Cllr Birch')
    below a motion that names its mover and no seconder ('Motion: Mr. Burke moved to approve ...')."""
    first = p.text.strip().split("\n", 1)[0]
    if not is_mover_line(first) or not re.match(r"(?i)\s*second", first):
        return False
    proposer, seconder = parse_mover("\n".join(g.lines))
    return proposer is not None and seconder is None


def _in_block(g: Group) -> bool:
    """True inside a motion printed as a block ('Moved by ...' on a line of its own) not yet closed by its
    outcome ('Carried')."""
    return any(is_mover_line(x) for x in g.lines) and not OUTCOME_RE.match(_last(g.lines))


def groups(paragraphs: list[Paragraph]) -> list[Group]:
    """The runs of minutes paragraphs (and records of decision elsewhere) in reading order."""
    kept = [p for p in paragraphs if p.text.strip() and p.part != PART_AGENDA]
    out: list[Group] = []
    running = False  # the paragraph before this one belongs to out[-1]
    for i, p in enumerate(kept):
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        if running and _joins(out[-1], p, nxt):
            lines = p.text.splitlines()
            if p.number and is_point_paragraph(p):
                lines[0] = f"{p.number} {lines[0]}"
            out[-1].add(p, lines)
        elif p.part == PART_MINUTES or is_record(p):
            out.append(Group(p))
            out[-1].add(p, p.text.splitlines())
        else:
            running = False
            continue
        running = True
    return out
