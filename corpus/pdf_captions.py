"""Rows printed in columns that belong together down the page, not across it.

Names printed over their titles: a masthead or staff list set as a row of names with a row of
titles under it, each title under its name.

    RAY PEARL      NED E. DAVIS     KELLY HONIG            Cllr A Smith      Mrs B Jones
      Mayor       Mayor Pro Tem    Councilmember             Chairman          Clerk

Read row by row this gives 'RAY PEARL NED E. DAVIS KELLY HONIG Mayor Mayor Pro Tem Councilmember',
which no reader can pair up. `pair_captions` finds two touching rows cut by wide gaps into the same
number of short groups of words, each group of the lower row under one of the upper row, and reads
them as one line per person: 'RAY PEARL, Mayor', 'NED E. DAVIS, Mayor Pro Tem'. Every group of the
lower row must name an office (`OFFICE_WORDS`: Mayor, Councillor, Clerk, Director, ...), so two rows
of a table (names over initials, amounts, prose cells, 'signed' and 'date' under dotted lines) are
left alone, and so are runs of more than two such rows.

Labels printed over their values: a record of decision's heading set as a row of labels, each
ending in ':', with the values typed in under each (a value may wrap onto a second row).

    DECISION TO BE TAKEN BY:                         DECISION NUMBER:
    Mrs Sue Chandler, Cabinet Member for Children's      24/00093
              Services

`pair_labels` reads it as 'DECISION TO BE TAKEN BY: Mrs Sue Chandler, Cabinet Member for Children's
Services' and 'DECISION NUMBER: 24/00093', one line per label, each value under the label nearest it.
"""
from __future__ import annotations

from corpus.pdf_page import Line

MIN_GROUPS = 2
MAX_GROUP_WORDS = 5
# Words of the offices a masthead, signature block or staff list prints under a name.
OFFICE_WORDS = frozenset({
    "mayor", "deputy", "vice", "pro", "tem", "councilmember", "councilman", "councilwoman", "councillor",
    "councilor", "alderman", "alderwoman", "alder", "member", "chair", "chairman", "chairwoman", "chairperson",
    "president", "clerk", "secretary", "treasurer", "manager", "director", "officer", "executive", "chief",
    "head", "leader", "attorney", "solicitor", "counsel", "engineer", "planner", "accountant", "auditor",
    "controller", "comptroller", "commissioner", "supervisor", "trustee", "administrator", "assistant",
    "superintendent", "inspector", "surveyor", "provost", "convener", "convenor", "warden", "reeve", "sheriff",
})
GROUP_GAP_EMS = 2.0  # a gap between groups is wider than this many line heights; words sit closer
MAX_VALUE_ROWS = 4  # rows of values under a row of labels


def pair_captions(lines: list[Line]) -> list[Line]:
    """The page's lines with each name row and the title row under it read as one line per person."""
    groups = [_groups(line) for line in lines]
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and _captioned(lines, groups, i):
            out += [_person(upper, lower) for upper, lower in zip(groups[i], groups[i + 1], strict=True)]
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


def _captioned(lines: list[Line], groups: list[list[list[dict]] | None], i: int) -> bool:
    """Whether rows i and i+1 are names over titles, and no row touching them is cut the same way."""
    upper, lower = groups[i], groups[i + 1]
    if not upper or not lower or len(upper) != len(lower) or not _touching(lines[i], lines[i + 1]):
        return False
    if not all(_over(a, b) and _names_office(b) for a, b in zip(upper, lower, strict=True)):
        return False
    for j, k in ((i - 1, i), (i + 2, i + 1)):  # a third aligned row makes it a table
        if 0 <= j < len(lines) and groups[j] and len(groups[j]) == len(upper) and _touching(
                lines[min(j, k)], lines[max(j, k)]):
            return False
    return True


def _groups(line: Line) -> list[list[dict]] | None:
    """The row's words cut at wide gaps, when it is at least two short groups without figures."""
    if line.table or len(line.words) < MIN_GROUPS or any(c.isdigit() for c in line.text):
        return None
    out = cut_groups(line)
    if len(out) < MIN_GROUPS or any(len(g) > MAX_GROUP_WORDS for g in out):
        return None
    return out


def cut_groups(line: Line) -> list[list[dict]]:
    """The row's words cut where the gap between two words is wider than `GROUP_GAP_EMS` line heights."""
    if not line.words:
        return []
    em = max(line.bottom - line.top, 1.0)
    out = [[line.words[0]]]
    for prev, word in zip(line.words, line.words[1:], strict=False):
        if word["x0"] - prev["x1"] > GROUP_GAP_EMS * em:
            out.append([word])
        else:
            out[-1].append(word)
    return out


def pair_labels(lines: list[Line]) -> list[Line]:
    """The page's lines with each row of labels and the values under them read as one line per label."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        labels = _labels(lines[i])
        rows = _value_rows(lines, i) if labels else []
        if labels and rows:
            out += _labelled(labels, rows)
            i += 1 + len(rows)
            continue
        out.append(lines[i])
        i += 1
    return out


def _labels(line: Line) -> list[list[dict]] | None:
    """A row of at least two labels, each group of words ending in ':'."""
    if line.table:
        return None
    groups = cut_groups(line)
    ok = len(groups) >= MIN_GROUPS and all(g[-1]["text"].endswith(":") and len(g) <= MAX_GROUP_WORDS for g in groups)
    return groups if ok else None


def _value_rows(lines: list[Line], i: int) -> list[Line]:
    """The rows under the labels of row i: close under each other, none a row of labels or a table."""
    rows: list[Line] = []
    above = lines[i]
    for line in lines[i + 1:i + 1 + MAX_VALUE_ROWS]:
        if line.table or not line.words or _labels(line) or line.top - above.bottom > line.bottom - line.top:
            break
        rows.append(line)
        above = line
    return rows


def _labelled(labels: list[list[dict]], rows: list[Line]) -> list[Line]:
    centres = [(g[0]["x0"] + g[-1]["x1"]) / 2 for g in labels]
    values: list[list[str]] = [[] for _ in labels]
    for row in rows:
        for group in cut_groups(row):
            middle = (group[0]["x0"] + group[-1]["x1"]) / 2
            nearest = min(range(len(labels)), key=lambda k: abs(centres[k] - middle))
            values[nearest] += [w["text"] for w in group]
    out = []
    for group, value in zip(labels, values, strict=True):
        text = " ".join([*(w["text"] for w in group), *value])
        # no words: a line made here never carries a paragraph on, nor is carried on (see `corpus.pdf.wraps`)
        out.append(Line(top=group[0]["top"], bottom=rows[-1].bottom, x0=group[0]["x0"], x1=group[-1]["x1"], text=text))
    return out


def _touching(upper: Line, lower: Line) -> bool:
    """The lower row starts within half a line of the upper one's foot."""
    gap = lower.top - upper.bottom
    return -1.0 <= gap < 0.5 * (upper.bottom - upper.top)


def _names_office(group: list[dict]) -> bool:
    """Whether a group of words names an office ('Mayor Pro Tem', 'Interim Corporate Director Finance')."""
    return any(w["text"].strip(".,()").lower() in OFFICE_WORDS for w in group)


def _over(upper: list[dict], lower: list[dict]) -> bool:
    """The two groups of words share some of their width."""
    return upper[0]["x0"] < lower[-1]["x1"] and lower[0]["x0"] < upper[-1]["x1"]


def _person(upper: list[dict], lower: list[dict]) -> Line:
    name = " ".join(w["text"] for w in upper)
    title = " ".join(w["text"] for w in lower)
    words = [*upper[:-1], {**upper[-1], "text": upper[-1]["text"] + ","}, *lower]
    return Line(top=min(w["top"] for w in upper), bottom=max(w["bottom"] for w in lower),
                x0=min(upper[0]["x0"], lower[0]["x0"]), x1=max(upper[-1]["x1"], lower[-1]["x1"]),
                text=f"{name}, {title}", words=words)
