"""Who voted which way, by name: the lists of a roll call and the sentences that name a dissent.

Forms (invented examples):
- lists under side labels (`rollcall.py`): "AYES: Councilmembers Ortiz, Park NOES: Reyes",
  "For: Cllrs Amis, Bell and Crane (3); Against: Cllr Dunn (1)", "OPPOSED: Director Hale, Director Ng";
- sentences: "Councillor Dunn voted against.", "Cllrs Amis and Bell voted against the motion.",
  "Vote: 4-0-1 (Mr. Burke abstained)", "Councilmember Reyes voted no.", "Motion carried 6-1, with
  Councillor Shah voting against.", "Councillor Dunn asked that her vote against the recommendation be
  recorded.", "Councillors Amis and Bell requested that their abstentions be recorded.",
  "Trustee Patel dissented."
A name needs a title before it (Councillor, Cllr, Cr, Mr, Mrs, Director ...) in a sentence; in a
labelled list the label says the names are voters. A sentence's names keep their own titles
("Councillor Dunn", "Mr. Burke"; a plural title before them all is left off: "Cllrs Amis and Bell" ->
"Amis", "Bell"); a list's names are as `rollcall.names_in` reads them (role words left off).
"""
from __future__ import annotations

import re

from indexer.extract.rollcall import names_in, segments
from models.people import ANY_TITLE, PLURAL_TITLES

SIDES = ("for", "against", "abstain")
_PLURALS = "|".join(k.replace(" ", r"\s+") for k in PLURAL_TITLES)
# A member's title (`models.people`), singular or plural, and the offices boards and townships title them by
_TITLE = rf"(?:{ANY_TITLE}|(?i:{_PLURALS})\.?|Directors?|Deputy\s+Reeve|Reeve|Selectm[ae]n|Members?)"
_INITIALS = r"(?:[A-Z](?:\.\s*|\s+)){0,3}"  # 'T ', 'A. J. '
_NAME = r"[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?"
TITLED_RE = re.compile(rf"{_TITLE}\s+{_INITIALS}{_NAME}")
NAME_RE = re.compile(rf"{_INITIALS}{_NAME}")
_VERB = {
    "against": r"voted\s+(?:against|no|nay)\b|voting\s+(?:against|no)\b|dissented\b|dissenting\b",
    "for": r"voted\s+(?:for|in\s+favou?r|yes|aye)\b|voting\s+(?:for|in\s+favou?r)\b",
    "abstain": r"abstained\b|abstaining\b",
}
_RECORDED = {  # 'asked that her vote against the recommendation be recorded'
    "against": r"(?:asked|requested|wished)\b[^.;]{0,40}?\b(?:votes?\s+against|voted\s+against|opposition|dissent)\b",
    "for": r"(?:asked|requested|wished)\b[^.;]{0,40}?\b(?:votes?\s+(?:for|in\s+favou?r)|voted\s+(?:for|in\s+favou?r))\b",
    "abstain": r"(?:asked|requested|wished)\b[^.;]{0,40}?\b(?:abstentions?|abstained)\b",
}
# The verb after the names; the names are read back from it (`_names_before`), a part at a time, which
# keeps a long list of names without a verb after it (a roll call's) from costing more than its length.
SENTENCE_RES = {side: re.compile(rf"(?<=[A-Za-z.])\s+(?:(?:then|also|both|all)\s+)?(?:{_VERB[side]}|{_RECORDED[side]})")
                for side in SIDES}
# Where the clause holding the names starts: a sentence's end (not a title's full stop), a bracket, ';', 'with'
_CLAUSE_RE = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bCllr)(?<!\bCr)(?<!\b[A-Z])\.\s+|[(;:\n]|\bwith\b")
_BACK = 200  # characters before the verb the names may take
_PLURAL_RE = re.compile(rf"^(?:(?i:{_PLURALS})|Selectmen|Members)\.?\s+")
_LEAD_COUNT_RE = re.compile(r"^\d{1,3}\s*[-–:]\s*")  # 'Aye: 5 - Alvarez, Chen' (Legistar): the count before the names
_COUNT_RE = re.compile(r"\s*\(\s*\d{1,3}\s*\)$")  # 'Crane (3)': the side's count after its last name
_NOT_NAMES = {"the", "all", "other", "remaining", "committee", "council", "board", "members", "member"}


def _names_before(text: str) -> list[str]:
    """The titled names that end `text` ('..., with Councillor Shah', 'Cllrs Amis and Bell'): a plural title
    before them all is left off ('Amis', 'Bell'), a name's own title kept ('Councillor Dunn', 'Mr. Burke');
    none unless the first of them has a title."""
    clause = _CLAUSE_RE.split(text[-_BACK:])[-1]
    parts = [p.strip() for p in re.split(r",|&|\band\b", clause)]
    taken: list[str] = []
    for part in reversed(parts):
        if not (TITLED_RE.fullmatch(part) or NAME_RE.fullmatch(part) and part.split()[0].lower() not in _NOT_NAMES):
            break
        taken.insert(0, part)
    while taken and not TITLED_RE.fullmatch(taken[0]):
        taken.pop(0)
    if taken and _PLURAL_RE.match(taken[0]):
        taken[0] = _PLURAL_RE.sub("", taken[0])
    return [n for n in taken if n.split()[0].lower() not in _NOT_NAMES]


def _add(out: dict[str, list[str]], side: str, names: list[str]) -> None:
    have = out.setdefault(side, [])
    have.extend(n for n in names if n not in have)


def voters(text: str) -> dict[str, list[str]]:
    """The names of those voting for, against and abstaining, by side, as `text` prints them; sides
    with no name printed are left out."""
    out: dict[str, list[str]] = {}
    for side, _count, body in segments(text or ""):
        if side in SIDES:
            listed = [_LEAD_COUNT_RE.sub("", _COUNT_RE.sub("", n)) for n in names_in(body)]
            _add(out, side, [n for n in listed if re.search(r"[A-Za-z]{2}", n) and n.lower() not in ("none", "nil")])
    for side, rx in SENTENCE_RES.items():
        for m in rx.finditer(text or ""):
            _add(out, side, _names_before(text[:m.start()]))
    return {side: names for side, names in out.items() if names}
