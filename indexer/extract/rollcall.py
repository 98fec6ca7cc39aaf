"""Named votes and roll calls: a label for each side, then a count, a list of names, or both.

Forms (invented examples):
- a count heading, the names on the lines below it: "For (23)\\nMr Ash, Mrs Birch, ...\\nAgainst (0)";
- US roll calls: "AYES: Councilmembers Ortiz, Park and Mayor Lee NOES: None ABSENT: Reyes";
  "Ayes: Hill, Ngata, Frost. Noes: Dale."; "Yeas: 4 Nays: 1";
- counts after the names: "For: Cllrs Amis, Bell and Crane (3); Against: Cllr Dunn (1)";
- both sides on one line, as a Markdown paragraph joins them: "For: Crs Amis, Bell Against: Cr Dunn".
A side's count is the number printed with it; where none is printed, its names are counted.
Labels that are also common words ("For", "No", "Against") count only at the start of a line or
clause and followed by a count or a colon.
"""
from __future__ import annotations

import re

# Labels per side, lower-case; longer labels first so that "for the motion" wins over "for".
SIDE_LABELS: dict[str, tuple[str, ...]] = {
    "for": ("those voting for", "voting for", "for the motion", "in favour", "in favor", "ayes", "aye", "yeas",
            "yea", "yes", "for"),
    "against": ("those voting against", "voting against", "against the motion", "against", "opposed", "noes",
                "nays", "nay", "no"),
    "abstain": ("abstentions", "abstention", "abstaining", "abstained", "abstain", "abstains"),
    "other": ("not voting", "did not vote", "not present", "absent", "excused", "recused"),
}
# Honours and post-nominals printed after a name, each between commas: "Sir Paul Ash, CBE".
HONOURS = {"CBE", "MBE", "OBE", "KBE", "DBE", "BEM", "QC", "KC", "JP", "DL", "MP", "MSP", "MS", "PHD"}
# Role words before a name that are not names themselves: "Councilmembers Ortiz", "Mayor Pro Tem Lee".
ROLE_WORDS = re.compile(r"(?i)^(?:(?:council\s*members?|councilmembers?|councillors?|cllrs?|crs?|commissioners?|"
                        r"supervisors?|aldermen|alderman|trustees?|directors?|members?|vice\s+mayor|"
                        r"mayor(?:\s+pro\s+tem)?|chair(?:man|woman|person)?|vice[- ]chair)\s+)+")
ZERO_WORDS = {"none", "nil", "nobody", "zero", "no-one", "-", "–"}

_ALL = sorted(((label, side) for side, labels in SIDE_LABELS.items() for label in labels),
              key=lambda x: -len(x[0]))
_LABEL_ALT = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label, _ in _ALL)
# A label where a clause starts (line start, or after '.', ';', ',' or ')') and then a count in
# brackets or a colon or dash; or a label alone on its line (a heading for the names below).
LABEL_RE = re.compile(
    rf"(?im)(?:^|(?<=[.;,)])\s*|(?<=\s)(?=(?:AYES|NOES|YEAS|NAYS|ABSENT|ABSTAIN)\b)"
    rf"|(?<=\s)(?=(?-i:Against|Abstain|Abstentions?|Absent|Noes|Nays|AGAINST|ABSTAIN|ABSTENTIONS?)\s*:))\s*"
    rf"(?P<label>{_LABEL_ALT})\b\s*(?:\(\s*(?P<count>\d{{1,3}})\s*\)\s*:?|[:\-–]|(?=\s*$))"
)
_NUMBER_RE = re.compile(r"^\s*(\d{1,3})\b(?!\s*[/.]\d)")
_TRAILING_COUNT_RE = re.compile(r"\(\s*(\d{1,3})\s*\)\s*[.;,]?\s*$")
_SENTENCE_END_RE = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)\.\s+(?=[A-Z][a-z])")
# A line that opens with an outcome ('Carried', 'Motion defeated (2 to 3)', 'The resolution was duly passed').
OUTCOME_RE = re.compile(r"(?i)^\s*(?:the\s+)?(?:motion\s+|amendment\s+|resolution\s+)?(?:was\s+)?(?:duly\s+)?"
                        r"(?:carried|lost|defeated|passed|failed|fell)\b")
_LOWER_WORD_RE = re.compile(r"\b(?!(?:and|de|da|van|von|der|den|le|la|of|du|di|al|pro|tem)\b)[a-z][a-z]+\b")


def _side(label: str) -> str:
    """The side a printed label stands for: for, against, abstain or other."""
    key = re.sub(r"\s+", " ", label.lower())
    return next(side for lab, side in _ALL if lab == key)


def segments(text: str) -> list[tuple[str, int | None, str]]:
    """(side, printed count or None, the text up to the next label) for each side label in `text`."""
    found = [m for m in LABEL_RE.finditer(text) if _credible(m, text)]
    out = []
    for m, nxt in zip(found, [*found[1:], None]):
        body = text[m.end():nxt.start() if nxt else len(text)]
        count = int(m.group("count")) if m.group("count") else None
        out.append((_side(m.group("label")), count, body))
    return out


def _credible(m: re.Match, text: str) -> bool:
    """False for a common word that only looks like a label: 'no' or 'for' without a count or colon."""
    label = m.group("label").lower()
    if label in ("ayes", "noes", "yeas", "nays") or m.group("count"):
        return True
    after = text[m.end() - 1:m.end()]
    alone = text[m.end():].split("\n", 1)[0].strip() == "" and m.group(0).strip().lower() == label
    return after in ":-–" or alone


def names_in(body: str) -> list[str]:
    """The names listed in a side's text, up to the first sentence that is not a list of names."""
    body = _SENTENCE_END_RE.split(body.strip(), maxsplit=1)[0]
    names = []
    for line in body.split("\n"):
        if OUTCOME_RE.match(line):
            break  # 'Carried', 'Motion defeated (2 to 3)' closes the list
        parts = [p.strip(" .;:") for p in re.split(r",|;|\s&\s|\band\b", line)]
        parts = [ROLE_WORDS.sub("", p).strip() for p in parts if p.strip(" .;:")]
        if not parts or any(_LOWER_WORD_RE.search(p) or len(p.split()) > 5 for p in parts):
            if names:
                break
            continue
        names.extend(p for p in parts if p and p.upper() not in HONOURS)
    return names


def side_count(count: int | None, body: str) -> int | None:
    """A side's count: printed with the label, printed after it or after its names, else its names counted."""
    if count is not None:
        return count
    first = body.strip().split("\n", 1)[0].strip(" .;:").lower()
    if first in ZERO_WORDS:
        return 0
    if m := _NUMBER_RE.match(body):
        return int(m.group(1))
    head = _SENTENCE_END_RE.split(body.strip(), maxsplit=1)[0]
    if m := _TRAILING_COUNT_RE.search(head.split("\n", 1)[0]) or _TRAILING_COUNT_RE.search(head):
        return int(m.group(1))
    names = names_in(body)
    return len(names) if names else None


def roll_call(text: str) -> tuple[int | None, int | None, int | None] | None:
    """(for, against, abstain) of a named vote or roll call in `text`; None when no side is labelled."""
    counts: dict[str, int | None] = {}
    for side, count, body in segments(text or ""):
        if side != "other" and counts.get(side) is None:
            counts[side] = side_count(count, body)
    if counts.get("for") is None and counts.get("against") is None:
        return None
    return counts.get("for"), counts.get("against"), counts.get("abstain")
