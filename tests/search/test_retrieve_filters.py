"""UnitTable.mask: filters as integer codes give exactly the units the filters name."""
from __future__ import annotations

import numpy as np
import pytest

from indexer.search.retrieve import Codes, UnitTable
from indexer.store import Unit


def _table() -> UnitTable:
    rows = [("u1", "paragraph", "Adult Social Care Committee", "2017-03-06", "Norfolk County Council"),
            ("u2", "decision", "Adult Social Care Committee", "2017-06-19", "Norfolk County Council"),
            ("u3", "decision", "Cabinet", "2020-01-13", "Kent County Council"),
            ("u4", "paragraph", "", "", ""),
            ("u5", "action", "Cabinet", "2017-06-19", "Kent County Council")]
    units = [Unit(i, k, f"text {i}", f"p{i}", "d", committee=c, meeting_date=d, council=n) for i, k, c, d, n in rows]
    return UnitTable(units, np.zeros((len(units), 2), dtype=np.float32))


def _ids(table: UnitTable, filters: dict) -> list[str]:
    m = table.mask(filters)
    return [u.id for u, keep in zip(table.units, m, strict=True) if keep]


@pytest.mark.parametrize(("filters", "want"), [
    ({"kind": "decision"}, ["u2", "u3"]),
    ({"kind": "figure"}, []),
    ({"committee": "Cabinet"}, ["u3", "u5"]),
    ({"committee": "Planning Committee"}, []),
    ({"since": "2017-06-19"}, ["u2", "u3", "u5"]),
    ({"since": "2017-06-20"}, ["u3"]),
    ({"until": "2017-06-19"}, ["u1", "u2", "u5"]),  # undated units are never before a date
    ({"since": "2017-01-01", "until": "2017-12-31", "kind": "decision"}, ["u2"]),
    ({"council": "Kent County Council"}, ["u3", "u5"]),
    ({"council": ["Kent County Council", ""]}, ["u3", "u4", "u5"]),
])
def test_mask_keeps_exactly_the_units_the_filters_name(filters, want):
    assert _ids(_table(), filters) == want


def test_no_filters_is_no_mask():
    assert _table().mask({"kind": None, "committee": ""}) is None


def test_codes_compare_like_the_strings():
    c = Codes(["b", "a", "c", "a", None])
    assert c.equal("a").tolist() == [False, True, False, True, False]
    assert c.among(["c", "z"]).tolist() == [False, False, True, False, False]
    assert c.at_least("b").tolist() == [True, False, True, False, False]
    assert c.at_most("a").tolist() == [False, True, False, True, True]  # a missing value sorts first
    assert Codes([]).equal("a").tolist() == []
