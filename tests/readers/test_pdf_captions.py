"""Names over their titles and labels over their values read as one line each (corpus.pdf_captions)."""
from pdf_rows import row, texts

from corpus.pdf_captions import pair_captions, pair_labels


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


def test_labels_over_their_values_in_an_english_record_of_decision():
    lines = [row(83, (114, "DECISION TO BE TAKEN BY:"), (433, "DECISION NUMBER:"), height=12),
             row(104, (35, "Mrs Sue Chandler, Cabinet Member for Children’s"), (467, "24/00093"), height=12),
             row(122, (174, "Services"), height=12),
             row(157, (29, "For publication"), height=12)]
    assert texts(pair_labels(lines)) == [
        "DECISION TO BE TAKEN BY: Mrs Sue Chandler, Cabinet Member for Children’s Services",
        "DECISION NUMBER: 24/00093", "For publication"]
    assert all(not ln.words for ln in pair_labels(lines)[:2])  # never taken for a wrapped paragraph


def test_labels_over_their_values_in_a_us_staff_report():
    lines = [row(60, (72, "PREPARED BY:"), (250, "MEETING DATE:"), (420, "ITEM:")),
             row(70, (72, "Jane Doe, City Clerk"), (250, "December 6, 2022"), (420, "5.B"))]
    assert texts(pair_labels(lines)) == ["PREPARED BY: Jane Doe, City Clerk", "MEETING DATE: December 6, 2022",
                                         "ITEM: 5.B"]


def test_labels_with_their_values_beside_them_or_nothing_under_them_stay():
    movers = [row(60, (72, "Moved: Smith"), (250, "Seconded: Jones")), row(70, (72, "Carried"))]
    assert texts(pair_labels(movers)) == texts(movers)
    apart = [row(60, (72, "Date:"), (250, "Venue:")), row(100, (72, "The meeting opened."))]
    assert texts(pair_labels(apart)) == texts(apart)
