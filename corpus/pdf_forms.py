"""What was typed into a fillable PDF's fields, read where it is printed.

A form's values are no part of its text layer: the page prints 'Location/Address:' and the clerk's
'Maggie Daley Fieldhouse' sits in a field box beside it. `form_fields` reads the fields of a page
(the label a reader sees, its tooltip 'Location/Address', before its internal name 'LocationAddress')
and the text boxes typed onto the page ('337 E Randolph St' beside the field, a FreeText annotation);
`fill_fields` puts each value back on the row its box sits on:

- a box over a blank ('District Council ___ will hold') fills the blank: 'District Council 001 will hold';
- a ticked box over a printed box glyph ticks it: 'Meeting Type: ☒ Regular ☐ Special';
- a box to the right of a row's text ('Location/Address:', '3. Approval of minutes from meeting date:')
  ends that row: 'Location/Address: Maggie Daley Fieldhouse';
- any other value (a box of its own under '5. Discussions') becomes a line 'Discussions: Introductions;
  Vacancy Search Update' placed where the box is printed, its lines joined by '; '.
Unticked boxes and empty fields are left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.pdf_page import Line

TICKED = {"on", "yes", "true", "1", "x"}
UNTICKED = {"off", "no", "false", "0"}
BOX_GLYPHS = "☐□❑❒◻"
BLANK_RE = re.compile(r"_{2,}")


@dataclass
class Field:
    """One filled field of a form: the label a reader sees, the value, where its box is printed."""

    label: str
    value: str
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    ticked: bool = False

    @property
    def text(self) -> str:
        """The field as a line of its own: 'Date/Time: June 6, 530pm', the label of a ticked box, the
        text of a text box."""
        if self.ticked:
            return self.label
        return f"{self.label}: {self.value}" if self.label else self.value


def form_fields(page) -> list[Field]:
    """The filled fields of a page (pdfplumber's `annots`), and the text boxes typed onto it (FreeText
    annotations, a label of their own: '337 E Randolph St'), in the order the file lists them."""
    out = []
    for annot in page.annots or []:
        data = annot.get("data") or {}
        if pdf_str(data.get("Subtype")) == "FreeText":
            label, value = "", pdf_str(data.get("Contents"))
        else:
            label, value = pdf_str(data.get("TU")) or pdf_str(data.get("T")), pdf_str(data.get("V"))
            if not label:
                continue
        if not value or value.lower() in UNTICKED:
            continue
        ticked = bool(label) and value.lower() in TICKED
        lines = [" ".join(part.split()) for part in value.splitlines()]
        value = "; ".join(part for part in lines if part).rstrip(" ;")
        out.append(Field(label=label, value=value, ticked=ticked, x0=_num(annot, "x0"), top=_num(annot, "top"),
                         x1=_num(annot, "x1"), bottom=_num(annot, "bottom")))
    return out


def form_values(page) -> list[str]:
    """The page's filled fields as lines of their own ('DateTime: June 6, 530pm', 'Regular')."""
    return [f.text for f in form_fields(page)]


def pdf_str(raw) -> str:
    """A PDF string or name as text ('/On' -> 'On'; bytes as UTF-8, else Latin-1)."""
    if raw is None:
        return ""
    if isinstance(raw, bytes):
        for encoding in ("utf-8", "latin-1"):
            try:
                return raw.decode(encoding).strip()
            except UnicodeDecodeError:
                continue
    return str(getattr(raw, "name", raw)).strip().strip("/")


def _num(annot: dict, key: str) -> float:
    value = annot.get(key)
    return float(value) if isinstance(value, int | float) else 0.0


def fill_fields(lines: list[Line], fields: list[Field]) -> list[Line]:
    """The page's lines with each field's value on the row its box sits on, or a line of its own
    where the box is printed (before the first line below it that it overlaps, else at the end)."""
    out = list(lines)
    for field in sorted(fields, key=lambda f: f.x0):  # values on one row are put in from the left
        row = _row_of(out, field)
        if row is not None and _place(row, field):
            continue
        if field.ticked and row is not None:
            continue  # a tick with no box glyph to mark: the row names the option already
        at = next((i for i, ln in enumerate(out) if ln.top > field.top and _overlaps_x(ln, field)), len(out))
        out.insert(at, Line(top=field.top, bottom=field.bottom, x0=field.x0, x1=field.x1, text=field.text))
    return out


def _row_of(lines: list[Line], field: Field) -> Line | None:
    """The text row (not a table) whose band holds the middle of the field's box."""
    middle = (field.top + field.bottom) / 2
    rows = [ln for ln in lines if not ln.table and ln.words and ln.top - 2 <= middle <= ln.bottom + 2]
    return min(rows, key=lambda ln: abs((ln.top + ln.bottom) / 2 - middle)) if rows else None


def _overlaps_x(line: Line, field: Field) -> bool:
    return line.x0 < field.x1 and field.x0 < line.x1


def _place(row: Line, field: Field) -> bool:
    """Put the field's value into `row` (fill a blank, tick a box, end the row); False when it fits none."""
    under = [w for w in row.words if w["x0"] < field.x1 and field.x0 < w["x1"]]
    if field.ticked:
        glyph = next((w for w in under if w["text"] and w["text"][0] in BOX_GLYPHS), None)
        if glyph is None:
            return False
        glyph["text"] = "☒" + glyph["text"][1:]
    else:
        blank = next((w for w in under if BLANK_RE.search(w["text"])), None)
        if blank is not None:
            blank["text"] = BLANK_RE.sub(lambda _: field.value, blank["text"], count=1)
        elif field.x0 >= row.x1 - 2 and not under:
            row.words.append({**row.words[-1], "text": field.value, "x0": row.x1, "x1": row.x1})
        else:
            return False
    row.text = " ".join(w["text"] for w in row.words)
    return True
