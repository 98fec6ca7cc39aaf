"""Bigger corpora made from the sample one: each document again as a later meeting of another area,
with text of its own.

Replica `k` of a document (k = 0 is the document itself) is the document rewritten by
`bench.recombine` (prose recombined from real sentences of the sample and the wide corpus,
people, places, sums and minute numbers drawn again from the corpus's own vocabulary, seeded by
k and the file name), then every calendar date moved k months later and every committee name
given an area in front of it:

    'Monday, 6 March 2017'          -> 'Thursday, 6 April 2017'   (weekday recomputed)
    '31/05/2017', '2017-05-31'      -> '30/06/2017', '2017-06-30' (day clamped to the month)
    'March 2017', 'Feb 17', '6 March'  -> 'April 2017', 'Mar 17', '6 April'
    'Adult Social Care Committee'   -> 'Breckland Adult Social Care Committee'

Financial years ('2016-17', 'Q1 2024/25') and bare years stay as printed; headings and short
standard lines stay too, so they repeat across replicas as they do across real papers, while
prose paragraphs are distinct.
An area is put in front of the name (not '(Area N)' after it) because a committee name must end
in 'Committee' for the segmenter to recognise it.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from pathlib import Path

from bench.recombine import Vocabulary, build_vocabulary, rewrite

GENERATOR = "recombine-1"  # bump when replicas would come out differently: stale folders are rebuilt

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ABBREV = {m[:3]: i for i, m in enumerate(MONTHS, 1)} | {"Sept": 9}
MONTH_NO = {m: i for i, m in enumerate(MONTHS, 1)} | ABBREV
WEEKDAYS = list(calendar.day_name)
AREAS = ["Breckland", "Broadland", "Yarmouth", "Norwich", "Fenland", "Waveney", "Thetford"]

_NAMES = MONTHS + ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
_MONTH = "(?:" + "|".join(_NAMES + [m.upper() for m in _NAMES]) + ")"  # not re.I: 'may' is a verb
_WEEKDAY = "(?:" + "|".join(WEEKDAYS + [d.upper() for d in WEEKDAYS]) + ")"
DATE_RE = re.compile(
    rf"(?P<dmy>(?:(?P<wd>{_WEEKDAY})(?P<wdsep>,?\s+))?(?P<d>\d{{1,2}})(?P<ord>st|nd|rd|th)?(?P<sep1>\s+(?:of\s+)?)"
    rf"(?P<m>{_MONTH})\b(?:(?P<sep2>\.?,?\s+)(?P<y>(?:19|20)\d\d)\b)?)"
    rf"|(?P<my>\b(?P<m2>{_MONTH})(?P<sep3>[\s'-]+)(?P<y2>(?:19|20)\d\d|\d\d)\b(?![/.:-]\d))"
    rf"|(?P<num>\b(?P<nd>\d{{1,2}})(?P<ns>[/.])(?P<nm>\d{{1,2}})(?P=ns)(?P<ny>(?:19|20)\d\d|\d\d)\b)"
    rf"|(?P<iso>\b(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)\b)")
COMMITTEE_RE = re.compile(
    r"\b((?:[A-Z][\w'’-]*[ \t]+(?:(?:and|of|for|&)[ \t]+)?){1,8}(?:Select[ \t]+|Scrutiny[ \t]+)?(?:Committee|Sub-Committee))\b")
LEAD_RE = re.compile(r"(?:(?:The|This|That|A|An|Our|Each|Every|" + "|".join(MONTHS) + r")[ \t]+)*")


def shift_month(year: int, month: int, day: int | None, k: int) -> tuple[int, int, int | None]:
    """(year, month, day) k months later; the day clamped to the new month's length."""
    n = year * 12 + (month - 1) + k
    y, m = divmod(n, 12)
    if day is not None:
        day = min(day, calendar.monthrange(y, m + 1)[1])
    return y, m + 1, day


def _month_like(new: int, old_text: str) -> str:
    """Month `new` written the way `old_text` was: full or short, capitalised or upper case."""
    short = old_text.rstrip(".").title() in ABBREV and old_text.lower() != "may"
    text = MONTHS[new - 1]
    if short:
        text = "Sept" if new == 9 and old_text.title() == "Sept" else text[:3]
    return text.upper() if old_text.isupper() and len(old_text) > 1 else text


def _ordinal(day: int) -> str:
    return "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _year(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


def _year_like(year: int, old: str) -> str:
    return str(year) if len(old) == 4 else f"{year % 100:02d}"


def _shift(m: re.Match, k: int) -> str:
    g = m.groupdict()
    if g["dmy"]:
        month = MONTH_NO[g["m"].title() if g["m"].title() in MONTH_NO else g["m"][:3].title()]
        year = _year(g["y"]) if g["y"] else 2001  # no year printed: any non-leap year clamps alike
        day = int(g["d"])
        if not 1 <= day <= 31:
            return m.group(0)
        y, mo, d = shift_month(year, month, day, k)
        out = ""
        if g["wd"]:
            wd = WEEKDAYS[date(y, mo, d).weekday()] if g["y"] else g["wd"]
            out += (wd.upper() if g["wd"].isupper() else wd) + g["wdsep"]
        out += (f"{d:02d}" if len(g["d"]) == 2 else str(d))
        if g["ord"]:
            suffix = _ordinal(d)
            out += suffix.upper() if g["ord"].isupper() else suffix
        out += g["sep1"] + _month_like(mo, g["m"])
        if g["y"]:
            out += g["sep2"] + _year_like(y, g["y"])
        return out
    if g["my"]:
        month = MONTH_NO[g["m2"].title() if g["m2"].title() in MONTH_NO else g["m2"][:3].title()]
        y, mo, _ = shift_month(_year(g["y2"]), month, None, k)
        return _month_like(mo, g["m2"]) + g["sep3"] + _year_like(y, g["y2"])
    if g["num"]:
        day, month = int(g["nd"]), int(g["nm"])
        if not (1 <= month <= 12 and 1 <= day <= 31) or (g["ns"] == "." and len(g["ny"]) != 4):  # '1.10.12': a number
            return m.group(0)
        y, mo, d = shift_month(_year(g["ny"]), month, day, k)
        width = 2 if len(g["nd"]) == 2 else 1
        return f"{d:0{width}d}{g['ns']}{mo:0{len(g['nm'])}d}{g['ns']}{_year_like(y, g['ny'])}"
    month, day = int(g["im"]), int(g["id"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(0)
    y, mo, d = shift_month(int(g["iy"]), month, day, k)
    return f"{y:04d}-{mo:02d}-{d:02d}"


def shift_dates(text: str, k: int) -> str:
    """Every calendar date in `text` moved `k` months later, printed as before."""
    return text if k == 0 else DATE_RE.sub(lambda m: _shift(m, k), text)


def area(k: int) -> str:
    """The area of replica k (k >= 1): the sample's committees again, in another part of the county."""
    return AREAS[(k - 1) % len(AREAS)]


def rename_committees(text: str, k: int) -> str:
    """Every multi-word committee name given replica k's area in front: 'Breckland Adult ... Committee'."""
    if k == 0:
        return text

    def prefix(m: re.Match) -> str:
        name = m.group(1)
        lead = LEAD_RE.match(name).group(0)  # 'The ', 'This ': kept in front of the area
        rest = name[len(lead):]
        if sum(w[:1].isupper() for w in rest.split()) < 3:  # 'ASC Committee', 'Select Committee'
            return name
        return f"{lead}{area(k)} {rest}"

    return COMMITTEE_RE.sub(prefix, text)


def replicate(text: str, k: int, vocab: Vocabulary | None = None, seed: str = "") -> str:
    """Replica k of a document's text (k = 0: the text itself); with `vocab`, its text rewritten
    from the corpus's own sentences and names first (`bench.recombine.rewrite`)."""
    if k and vocab is not None:
        text = rewrite(text, vocab, f"{k}:{seed}")
    return rename_committees(shift_dates(text, k), k)


def build_corpus(sources: list[Path], target: Path, copies: int, wide: list[Path] | None = None) -> list[Path]:
    """Write `copies` replicas of each source into `target`, rewritten from the vocabulary of the
    sources and the `wide` files (sorted: the same inputs give the same bytes).

    Replica files keep their bytes between runs, so a corpus made once is reused as is (all of it
    made again when GENERATOR changes).
    """
    target.mkdir(parents=True, exist_ok=True)
    stamp = target / ".generator"
    if not stamp.exists() or stamp.read_text() != GENERATOR:
        for old in target.iterdir():
            old.unlink()
        stamp.write_text(GENERATOR)
    want = {f"k{k:03d}_{src.name}": (src, k) for k in range(copies) for src in sources}
    for stale in set(p.name for p in target.iterdir()) - set(want) - {stamp.name}:
        (target / stale).unlink()
    vocab = None
    out = []
    for name, (src, k) in sorted(want.items()):
        path = target / name
        if not path.exists():
            if vocab is None and copies > 1:
                vocab = build_vocabulary(sources, wide or [])
            original = src.read_text(encoding="utf-8")
            text = replicate(original, k, vocab, src.name)
            if k and text == original:
                raise ValueError(f"{src.name} has no date or committee to rewrite: replica {k} would be a duplicate")
            path.write_text(text, encoding="utf-8")
        out.append(path)
    return out
