"""Figures: search the numbers, and follow one row label's trail across meetings as a table and a chart."""
from __future__ import annotations

import re

from flask import Blueprint, render_template, request

from indexer.store import people_queries, queries
from models import BadParameter
from models.dates import long_date
from webapp import params
from webapp.chart import line_chart
from webapp.db import get_db
from webapp.render import number

bp = Blueprint("figures", __name__)

YEARS_RE = re.compile(r"\b(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?\b")
UNITS_RE = re.compile(r"[£$€]\s*(?:000|m|k)\b|[£$€]|\(\s*\)")
UNIT_NAMES = {"GBP": "Money (£)", "USD": "Money ($)", "EUR": "Money (€)", "%": "Percentages", "count": "Counts"}


@bp.get("/figures")
def figures():
    q = params.text(request, "q", max_len=500)
    limit = params.integer(request, "limit", 100, 1, 1000)
    db = get_db()
    rows = queries.figures(db, q=q, limit=limit) if q else []
    return render_template("figures.html", q=q, rows=rows, labels=people_queries.figure_labels(db),
                           nav="figures")


def series_name(column: str | None) -> str:
    """A column heading without its years and units, so 'Budget 2016/17 £m' and 'Budget £m' share a line."""
    name = UNITS_RE.sub(" ", YEARS_RE.sub(" ", column or ""))
    return re.sub(r"\s+", " ", name).strip(" :-") or "Value"


def short_date(iso: str | None) -> str:
    """'2016-07-04' -> 'Jul 2016' (an axis label); 'undated' without a date."""
    text = long_date(iso)
    if not text:
        return "undated"
    _day, month, year = text.split(" ")
    return f"{month[:3]} {year}"


def trail_points(trail: list[dict]) -> list[dict]:
    """Chart points for figures of a trail, placed by meeting date then period; a value printed
    twice for the same meeting, period and column (a summary table repeated) is drawn once."""
    points, seen = [], set()
    for f in trail:
        c = f.get("citation") or {}
        key = (series_name(f.get("column")), c.get("meeting_date"), f.get("period"), f.get("value"))
        if key in seen:
            continue
        seen.add(key)
        date = c.get("meeting_date") or ""
        period = f.get("period") or ""
        points.append({"series": key[0], "x_key": (date, period),
                       "x_label": short_date(date) + (f" · {period}" if period else ""),
                       "value": f.get("value"), "url": c.get("url") or "#", "unit": f.get("unit"),
                       "title": f"{key[0]}: {f.get('text')} ({long_date(date) or 'undated'}"
                                f"{', ' + period if period else ''})"})
    return points


def columns(trail: list[dict]) -> list[dict]:
    """The trail's columns (series), those printed at the most meetings first: name, figures, meetings."""
    by_name: dict[str, dict] = {}
    for f in trail:
        row = by_name.setdefault(series_name(f.get("column")), {"figures": 0, "dates": set()})
        row["figures"] += 1
        row["dates"].add((f.get("citation") or {}).get("meeting_date"))
    ranked = sorted(by_name.items(), key=lambda kv: (-len(kv[1]["dates"]), -kv[1]["figures"], kv[0]))
    return [{"name": name, "figures": v["figures"], "meetings": len(v["dates"])} for name, v in ranked]


def charts(trail: list[dict]) -> list[dict]:
    """One chart per unit the trail's figures are in."""
    out = []
    points = trail_points(trail)
    for unit in dict.fromkeys(p["unit"] for p in points):
        chart = line_chart([p for p in points if p["unit"] == unit], fmt=lambda v, u=unit: number(v, u))
        if chart:
            out.append({"unit": unit, "name": UNIT_NAMES.get(unit or "", unit or "Values"), "chart": chart})
    return out


@bp.get("/figures/trail")
def trail():
    """One row label across meetings: a chart and a table of one column, every point cited."""
    label = params.text(request, "label", max_len=300)
    if not label:
        raise BadParameter("label", "is required: a row label such as ?label=Total Net Expenditure")
    rows = people_queries.figure_trail(get_db(), label)
    cols = columns(rows)
    wanted = params.text(request, "column", max_len=300)
    if wanted and wanted not in {c["name"] for c in cols}:
        raise BadParameter("column", f"'{wanted}' is not a column of '{label}': use one of "
                                     + ", ".join(c["name"] for c in cols))
    column = wanted or cols[0]["name"]
    shown = [f for f in rows if series_name(f.get("column")) == column]
    return render_template("trail.html", label=rows[0]["label"], rows=shown, total=len(rows),
                           columns=cols, column=column, charts=charts(shown), nav="figures")
