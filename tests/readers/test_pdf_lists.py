"""Bulleted lists set in columns, one line per point (corpus.pdf_lists)."""
from pdf_rows import row as _row
from pdf_rows import texts

from corpus.pdf_lists import split_bullet_rows


def row(top, *points, height=10.0):
    """A row of bullet points, their words 3 points apart."""
    return _row(top, *points, height=height, gap=3.0)


def test_a_us_commission_roster_in_two_columns_is_read_down_each_column():
    lines = [row(243, (99, "• William Hofman – Chair"), (394, "• Kelly Modén - Vice-Chair")),
             row(257, (99, "• Dennis Otsuji"), (394, "• Ted Miyahara")),
             row(271, (99, "• Matthew Boomhower")),
             row(312, (81, "CURRENT PLANNING COMMISSION DOCKETS"))]
    assert texts(split_bullet_rows(lines)) == ["• William Hofman – Chair", "• Dennis Otsuji", "• Matthew Boomhower",
                                               "• Kelly Modén - Vice-Chair", "• Ted Miyahara",
                                               "CURRENT PLANNING COMMISSION DOCKETS"]


def test_an_english_agenda_row_of_points_after_a_label_is_cut_row_by_row():
    lines = [row(100, (72, "Apologies:"), (200, "• Cllr A Smith"), (350, "• Cllr B Jones")),
             row(114, (200, "• Cllr C Brown"))]
    assert texts(split_bullet_rows(lines)) == ["Apologies:", "• Cllr A Smith", "• Cllr B Jones", "• Cllr C Brown"]


def test_a_bullet_in_running_text_stays():
    lines = [row(100, (72, "reporting on: • Performance • User satisfaction"))]
    assert texts(split_bullet_rows(lines)) == ["reporting on: • Performance • User satisfaction"]
