"""Geometry of a small line chart, computed on the server so the page needs no chart library.

`line_chart` takes points (series, x position key and label, value, link) and returns the
coordinates a template draws as inline SVG: axes, ticks, one path per series, one linked dot
per point (the line joins the first value at each x). Pure: no markup here, so everything drawn is escaped by the template.
"""
from __future__ import annotations

import math
from collections.abc import Callable

WIDTH, HEIGHT = 720, 320
MARGIN = {"left": 84, "right": 40, "top": 20, "bottom": 96}
MAX_SERIES_CLASSES = 6


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high] (zero included when the data is all one sign)."""
    low, high = min(low, 0.0), max(high, 0.0)
    if high == low:
        high = low + 1
    raw = (high - low) / max(count - 1, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(low / step) * step
    ticks = [round(start, 10)]
    while ticks[-1] < high - step * 1e-9:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def line_chart(points: list[dict], fmt: Callable[[float], str] = str,
               width: int = WIDTH, height: int = HEIGHT) -> dict | None:
    """Chart geometry for points {series, x_key, x_label, value, url, title}; None without points."""
    points = [p for p in points if p.get("value") is not None]
    if not points:
        return None
    xs = sorted({(p["x_key"], p["x_label"]) for p in points})
    x_index = {key: i for i, (key, _) in enumerate(xs)}
    ticks = nice_ticks(min(p["value"] for p in points), max(p["value"] for p in points))
    lo, hi = ticks[0], ticks[-1]
    left, right = MARGIN["left"], width - MARGIN["right"]
    top, bottom = MARGIN["top"], height - MARGIN["bottom"]

    def x(i: int) -> float:
        return round(left + (right - left) * ((i + 0.5) / len(xs)), 1)

    def y(v: float) -> float:
        return round(bottom - (bottom - top) * (v - lo) / (hi - lo), 1)

    names = list(dict.fromkeys(p["series"] for p in points))
    series = []
    for n, name in enumerate(names):
        mine = sorted((p for p in points if p["series"] == name), key=lambda p: x_index[p["x_key"]])
        dots = [{**p, "cx": x(x_index[p["x_key"]]), "cy": y(p["value"])} for p in mine]
        line = list({d["cx"]: d for d in reversed(dots)}.values())[::-1]  # first value at each x
        path = " ".join(f"{'M' if i == 0 else 'L'}{d['cx']},{d['cy']}" for i, d in enumerate(line))
        series.append({"name": name, "cls": f"s{n % MAX_SERIES_CLASSES}", "path": path, "dots": dots})
    return {"width": width, "height": height, "left": left, "right": right, "top": top,
            "bottom": bottom, "zero": y(0.0) if lo <= 0 <= hi else None,
            "x_ticks": [{"x": x(i), "label": label} for i, (_, label) in enumerate(xs)],
            "y_ticks": [{"y": y(t), "label": fmt(t)} for t in ticks], "series": series}
