"""The numbers councils put on items and minutes, and which number follows which.

Forms (each a `Form` below): '5.', '5)', '(5)', '10.To', 'Item 5', 'ITEM 5:', 'Minute 12/21(4)',
'5.2.1', '3.A', '19.09.01', '14/21', the year first '21/14' or 'P23/41', 'CAB 12/23', a series code and year before the
number 'T/23/014' or 'FC/2022/45', running numbers '1432', resolution numbers
'R2021-044', a committee's letters before a running number 'PL31' or 'CAB 45', date codes '11/09/22-1', US consent items 'S-12', legislative files '21-0412',
letters 'A.', 'a)', '(b)', roman numerals 'VII.', 'iv)', and 'VII b)'. A line may read two ways
('I.' is a letter or a roman one); `labels` gives every reading and the series decides.

A `Label` belongs to a family (the style and its fixed part: 'arabic', 'dotted:19.09', 'slash:/21')
and has a value in it; `follows(a, b)` says whether b can be the next label after a.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


@dataclass(frozen=True)
class Label:
    """A printed item label: the number as the council shows it, its series and place in it, the text after."""

    number: str
    family: str
    value: int
    rest: str
    explicit: bool = False  # written with a word: 'Item 5', 'Minute 12'


@dataclass(frozen=True)
class Form:
    """One way of printing a label: a pattern with groups `n` (the number) and `rest`."""

    name: str
    pattern: re.Pattern

    def read(self, text: str) -> list[Label]:
        m = self.pattern.match(text)
        return _labels(self.name, m) if m else []


_REST = r"\s*(?P<rest>\S.*)$"
NOT_PREFIXES = {"FY", "Q", "H", "P", "CY"}  # periods, not a committee's letters
FORMS = [
    Form("word", re.compile(r"^(?:Agenda\s+)?(?P<w>Item|ITEM|Minute|MINUTE)s?\s+(?:No\.?\s*)?"
                            r"(?P<n>\d{1,4}(?:/\d{2,4})?(?:\(\d+\))?[a-z]?)\s*[:.–-]?" + _REST)),
    Form("code", re.compile(r"^(?P<n>[A-Z]{1,3}\d{2,4}-\d{1,4}|\d{1,2}/\d{1,2}/\d{2}-\d{1,3}|[A-Z]{1,2}-\d{1,4})"
                            r"\.?(?:\s+|\s*[:–-]\s*)" + _REST)),
    Form("file", re.compile(r"^(?P<n>\d{2}-\d{4,5})\.?\s+" + _REST)),
    Form("coded", re.compile(r"^(?P<n>[A-Z]{1,6}/(?:\d{2}|\d{4})/\d{1,4})\.?\s+(?:[-–:]\s*)?" + _REST)),
    Form("slash", re.compile(r"^(?P<n>(?:[A-Z]{1,6}\s?)?\d{1,4}/\d{2,4})\.?\s+(?:[-–:]\s*)?" + _REST)),
    Form("prefixed", re.compile(r"^(?![A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b)(?P<n>[A-Z]{1,4}\s?\d{1,4})\.?(?:\s+|\s*[:–-]\s+)(?=[A-Z0-9‘'\"(])" + _REST)),
    Form("dotted", re.compile(r"^(?P<n>\d{1,3}(?:\.\d{1,3}){0,2}\.[A-Za-z](?=[.)]?\s)|\d{1,3}(?:\.\d{1,3}){1,3})"
                              r"[.)]?(?=\s|[A-Z])" + _REST)),
    Form("paren", re.compile(r"^\((?P<n>\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})\)" + _REST)),
    Form("arabic", re.compile(r"^(?P<n>\d{1,4}[a-z]?)(?:[.)](?=\s|[A-Z])|\s*[:–-](?=\s)|(?=\s+[A-Z‘'\"(*]))" + _REST)),
    Form("letter", re.compile(r"^(?P<n>[A-Za-z])[.)](?=\s)" + _REST)),
    Form("roman", re.compile(r"^(?P<n>[IVX]{1,5}|[ivx]{1,5})[.)]?(?:\s+(?P<sub>[a-z])\))?(?=\s)" + _REST)),
]


def labels(text: str) -> list[Label]:
    """Every reading of the label that opens `text` ('I. Title' reads as letter I and as roman 1)."""
    text = text.strip()
    found: list[Label] = []
    for form in FORMS:
        for label in form.read(text):
            if not any(x.family == label.family and x.number == label.number for x in found):
                found.append(label)
        if found and form.name in ("word", "code", "coded", "file", "slash", "prefixed", "dotted"):
            break  # an unambiguous form: no other reading
    return found


def _labels(form: str, m: re.Match) -> list[Label]:
    n, rest = m.group("n"), m.group("rest").strip()
    if form == "word":
        return [_number_label(n, rest, explicit=True)]
    if form == "code":
        head, value = re.match(r"^(.*?)(\d+)$", n).groups()  # type: ignore[union-attr]
        return [Label(n, f"code:{head}", int(value), rest)]
    if form == "file":
        return [Label(n, "file", int(n.replace("-", "")), rest)]
    if form == "prefixed":  # a committee's letters before a running minute number: 'PL31', 'CAB 45'
        head, value = re.match(r"^([A-Z]+)\s?(\d+)$", n).groups()  # type: ignore[union-attr]
        if head in NOT_PREFIXES or 1900 <= int(value) <= 2099:
            return []  # a fiscal year, quarter or half: 'FY2025 Capital Plan', 'Q3 Performance'
        return [Label(n, f"prefixed:{head}", int(value), rest)]
    if form == "coded":
        head, value = n.rsplit("/", 1)
        return [Label(n, f"coded:{head}/", int(value), rest)]
    if form == "slash":
        series, num, year = re.match(r"^(\D*?)\s?(\d+)/(\d+)$", n).groups()  # type: ignore[union-attr]
        out = [Label(n, f"slash:{series}/{year}", int(num), rest)]
        if len(num) == 2:  # the year first: '21/14', '21/15' (minute 14 of 2021), 'P23/41' (a committee's)
            out.append(Label(n, f"slash-year:{series}{num}/", int(year), rest))
        return out
    if form == "dotted":  # '5.2.1', and a lettered sub-item '3.A' (the first under item 3)
        head, last = n.rsplit(".", 1)
        return [Label(n, f"dotted:{head}", int(last) if last.isdigit() else ord(last.lower()) - 96, rest)]
    if form == "paren":
        return [Label(x.number, f"paren-{x.family}", x.value, rest) for x in _bare(n, rest)]
    if form == "roman":
        sub = m.group("sub")
        value = roman_value(n)
        return [Label(f"{n} {sub})" if sub else n, _case("roman", n), value, rest)] if value else []
    return _bare(n, rest)


def _bare(n: str, rest: str) -> list[Label]:
    """A number, letter or roman numeral without a form word: all its readings."""
    if n[0].isdigit():
        return [_number_label(n, rest)]
    out = [Label(n, _case("letter", n), ord(n.lower()) - ord("a") + 1, rest)] if len(n) == 1 else []
    value = roman_value(n)
    if value and (len(n) > 1 or n.lower() in "ivx"):
        out.append(Label(n, _case("roman", n), value, rest))
    return out


def _number_label(n: str, rest: str, explicit: bool = False) -> Label:
    m = re.match(r"^(\d+)(?:/(\d+))?", n)
    num, year = m.group(1), m.group(2)  # type: ignore[union-attr]
    return Label(n, f"slash:/{year}" if year else "arabic", int(num), rest, explicit)


def _case(style: str, n: str) -> str:
    return f"{style}-{'upper' if n.isupper() else 'lower'}"


def roman_value(text: str) -> int | None:
    """'VII' -> 7, 'iv' -> 4; None when it is no roman numeral."""
    text = text.lower()
    if not text or any(ch not in ROMAN for ch in text):
        return None
    total = 0
    for i, ch in enumerate(text):
        v = ROMAN[ch]
        total += -v if i + 1 < len(text) and ROMAN[text[i + 1]] > v else v
    return total if 0 < total < 40 else None


MAX_STEP = {"arabic": 3, "slash": 5, "coded": 5, "prefixed": 5, "dotted": 2, "code": 30, "file": 10 ** 6}
MAX_SKIP = 12  # minutes record only the items something was minuted on: '3.' then '8.'


def follows(previous: Label, label: Label) -> bool:
    """Whether `label` can come next after `previous` in one series of items."""
    if previous.family != label.family:
        return False
    step = label.value - previous.value
    if step == 0:  # '3a.' then '3.': the same item printed twice, or a lettered sub-item
        return previous.number != label.number and re.sub(r"\D", "", previous.number) == re.sub(r"\D", "", label.number)
    limit = MAX_STEP.get(label.family.split(":")[0].split("-")[0], 2)
    return 0 < step <= limit


def skips(previous: Label, label: Label) -> bool:
    """Whether `label` can come after `previous` in one series with numbers left out between them
    ('3 DECLARATIONS' then '8 REPORTS'; 'Item 6.' then 'Item 12.' after the consent calendar)."""
    style = label.family.split(":")[0]
    if previous.family != label.family or style not in ("arabic", "slash", "coded", "prefixed"):
        return False
    return MAX_STEP.get(style, 2) < label.value - previous.value <= MAX_SKIP
