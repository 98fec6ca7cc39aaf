"""Names printed over their titles read as one line per person (corpus.pdf_captions)."""
from corpus.pdf_captions import pair_captions
from corpus.pdf_page import Line


def row(top, *groups, height=8.0):
    """A printed row: each group ((x0, 'words'), ...) starts at x0, its words 4 points apart, 5 per letter."""
    words = []
    for x0, text in groups:
        x = x0
        for w in text.split():
            words.append({"text": w, "x0": x, "x1": x + 5 * len(w), "top": top, "bottom": top + height})
            x += 5 * len(w) + 4
    return Line(top=top, bottom=top + height, x0=words[0]["x0"], x1=words[-1]["x1"],
                text=" ".join(w["text"] for w in words), words=words)


def texts(lines):
    return [ln.text for ln in lines]


def test_a_us_masthead_of_council_members():
    lines = [row(186, (66, "RAY PEARL"), (160, "NED E. DAVIS"), (263, "KELLY HONIG")),
             row(195, (70, "Mayor"), (160, "Mayor Pro Tem"), (262, "Councilmember")),
             row(219, (271, "AGENDA"))]
    assert texts(pair_captions(lines)) == ["RAY PEARL, Mayor", "NED E. DAVIS, Mayor Pro Tem",
                                           "KELLY HONIG, Councilmember", "AGENDA"]


def test_an_english_signature_block_of_officers():
    lines = [row(187, (55, "Joe McKay"), (298, "John Betts"), height=12),
             row(201, (55, "Acting Chief Accountant"), (298, "Interim Corporate Director Finance"), height=12)]
    assert texts(pair_captions(lines)) == ["Joe McKay, Acting Chief Accountant",
                                           "John Betts, Interim Corporate Director Finance"]


def test_rows_of_a_table_are_left_alone():
    names_over_initials = [row(125, (108, "Isabel Kellie"), (252, "IK"), (324, "Helen Laing"), (468, "HL"), height=12),
                           row(139, (108, "Paul Priestman"), (252, "PP"), (324, "Rob Weatherston"), (468, "RW"),
                               height=12)]
    assert texts(pair_captions(names_over_initials)) == texts(names_over_initials)
    amounts = [row(50, (72, "Budget"), (200, "Forecast")), row(59, (72, "1,200"), (200, "1,150"))]
    assert texts(pair_captions(amounts)) == texts(amounts)
    signed = [row(300, (72, "..........."), (300, ".........")), row(309, (72, "signed"), (300, "date"))]
    assert texts(pair_captions(signed)) == texts(signed)


def test_a_third_aligned_row_makes_a_table():
    lines = [row(10, (72, "Mr A Smith"), (300, "Ms B Jones")), row(19, (72, "Clerk"), (300, "Chairman")),
             row(28, (72, "Mrs C Brown"), (300, "Mr D Green"))]
    assert texts(pair_captions(lines)) == texts(lines)


def test_rows_apart_are_not_paired():
    lines = [row(10, (72, "Mr A Smith"), (300, "Ms B Jones")), row(40, (72, "Clerk"), (300, "Chairman"))]
    assert texts(pair_captions(lines)) == texts(lines)
