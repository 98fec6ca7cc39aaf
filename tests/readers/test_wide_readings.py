"""Real papers of the wide corpus (../shared/corpus-wide/docs) read as a user reads them: form values
beside their labels, names with their titles, bullets one a line, payments rows whole, a sidebar apart,
labels with their values, no rule over a heading, drop capitals joined, no mojibake. Skipped where
the corpus is not beside the project."""
from pathlib import Path

import pytest

from corpus.normalise import normalise
from corpus.read import read_file
from indexer.settings import Settings

WIDE = Path(__file__).resolve().parents[2].parent / "shared" / "corpus-wide" / "docs"
pytestmark = pytest.mark.skipif(not WIDE.is_dir(), reason="the wide corpus is not beside the project")


def lines_of(prefix: str) -> list[str]:
    path = next(WIDE.glob(prefix + "*"))
    return normalise(read_file(path, Settings()).text).split("\n")


def test_a_us_district_council_form_reads_values_beside_their_labels():
    lines = lines_of("38_chicago")
    assert "Location/Address: Maggie Daley Fieldhouse, 337 E Randolph St" in lines
    assert "Date/Time: June 6, 530pm" in lines
    assert "3. Approval of minutes from meeting date: May 9, 2023" in lines
    assert "Notice is hereby given that District Council 001 will hold a public meeting." in lines


def test_a_us_masthead_and_an_english_signature_block_pair_names_with_titles():
    assert lines_of("41_westlake")[:2] == ["RAY PEARL, Mayor", "NED E. DAVIS, Mayor Pro Tem"]
    assert "John Betts, Interim Corporate Director Finance" in lines_of("04_kent")


def test_bullets_in_columns_one_a_line():
    lines = lines_of("36_san-diego")
    assert "• William Hofman – Chair" in lines and "• Kelly Modén - Vice-Chair" in lines
    assert lines.index("• Matthew Boomhower") < lines.index("• Kelly Modén - Vice-Chair")  # down each column


def test_a_parish_payments_row_keeps_its_wrapped_payee():
    rows = [ln.split("\t") for ln in lines_of("08_hertingfordbury") if "\t" in ln]
    assert any("MC McCash" in row and "144.00" in row for row in rows)
    assert not any([c for c in row if c] == ["McCash"] for row in rows)


def test_a_sidebar_is_read_apart_from_the_title_column():
    lines = lines_of("31_rosemead")
    assert lines[1].startswith("• If you wish to address the City Council, please complete a Speaker Request Card")
    assert "Rosemead City Council" in lines


def test_a_record_of_decision_heading_pairs_labels_with_values():
    lines = lines_of("05_kent")
    assert "DECISION NUMBER: 24/00093" in lines


def test_no_mojibake_left():
    assert not any("â€" in ln for ln in lines_of("42_palos"))
    assert any("Clerk’s" in ln for ln in lines_of("42_palos"))


def test_a_rule_of_underscores_is_taken_off_the_heading_under_it():
    assert "PLANNING COMMISSIONERS" in lines_of("36_san-diego")


def test_drop_capitals_joined_to_their_headings():
    lines = lines_of("01_kent")
    assert "286. Apologies for Absence" in lines
    assert any(ln.startswith("288. Minutes of the meetings held on 19 December 2024") for ln in lines)
