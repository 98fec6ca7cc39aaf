"""Bulleted lists set in columns, one line per point (corpus.pdf_lists)."""
from corpus.pdf_lists import split_bullet_rows
from corpus.pdf_page import Line


def row(top, *points, height=10.0):
    """A printed row: each point ((x0, '• words'), ...) starts at x0, its words 3 points apart, 5 per letter."""
    words = []
    for x0, text in points:
        x = x0
        for w in text.split():
            words.append({"text": w, "x0": x, "x1": x + 5 * len(w), "top": top, "bottom": top + height})
            x += 5 * len(w) + 3
    return Line(top=top, bottom=top + height, x0=words[0]["x0"], x1=words[-1]["x1"],
                text=" ".join(w["text"] for w in words), words=words)


def texts(lines):
    return [ln.text for ln in lines]


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
