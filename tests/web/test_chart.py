"""webapp.chart: the geometry of the server-drawn figure trail chart."""
from __future__ import annotations

from webapp.chart import line_chart, nice_ticks


def test_nice_ticks_are_round_and_include_zero():
    assert nice_ticks(3.2, 9.7) == [0.0, 2.5, 5.0, 7.5, 10.0]
    assert nice_ticks(-4, 6) == [-5.0, -2.5, 0.0, 2.5, 5.0, 7.5]
    assert nice_ticks(5, 5) == [0, 2, 4, 6]


def point(series: str, date: str, value: float) -> dict:
    return {"series": series, "x_key": (date, ""), "x_label": date, "value": value,
            "url": f"/documents/abc#{date}", "title": f"{series} {value}"}


def test_line_chart_places_points_by_date_and_value():
    chart = line_chart([point("Budget", "2017-06-19", 10), point("Budget", "2016-07-04", 5),
                        point("Forecast", "2016-07-04", 0)], width=200, height=120)
    assert [t["label"] for t in chart["x_ticks"]] == ["2016-07-04", "2017-06-19"]
    budget, forecast = chart["series"]
    assert (budget["name"], budget["cls"], forecast["cls"]) == ("Budget", "s0", "s1")
    x0, x1 = (t["x"] for t in chart["x_ticks"])
    assert [(d["cx"], d["url"]) for d in budget["dots"]] == [(x0, "/documents/abc#2016-07-04"),
                                                           (x1, "/documents/abc#2017-06-19")]
    top, bottom = chart["top"], chart["bottom"]
    assert budget["dots"][1]["cy"] == top and forecast["dots"][0]["cy"] == bottom == chart["zero"]
    first, last = budget["dots"]
    assert budget["path"] == f"M{x0},{first['cy']} L{x1},{last['cy']}"


def test_line_chart_formats_ticks_and_skips_missing_values():
    chart = line_chart([point("A", "2020-01-01", 2e6), {**point("A", "2021-01-01", 0), "value": None}],
                       fmt=lambda v: f"£{v / 1e6:g}m")
    assert [t["label"] for t in chart["y_ticks"]] == ["£0m", "£0.5m", "£1m", "£1.5m", "£2m"]
    assert len(chart["x_ticks"]) == 1
    assert line_chart([]) is None
