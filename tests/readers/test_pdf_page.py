"""One PDF page (corpus.pdf_page): a ruled table's wrapped cells joined back to their row; a sidebar
read apart from the column beside it."""
from corpus.pdf_page import Line, find_gutter, merge_continuation_rows, two_column_order


def _row(y: float, *cells: tuple[float, str]) -> Line:
    words = [{"x0": x, "x1": x + 6.0 * len(t), "top": y, "bottom": y + 10, "text": t} for x, t in cells]
    return Line(top=y, bottom=y + 10, x0=words[0]["x0"], x1=words[-1]["x1"], words=words,
                text=" ".join(t for _, t in cells))


def _sidebar_page() -> list[Line]:
    """A US agenda's cover: notes to the public down the left, title, address and members on the right."""
    left = [[(80, "If"), (95, "you"), (120, "wish"), (150, "to")], [(80, "address"), (130, "the"), (155, "City")],
            [(80, "Council,"), (135, "please"), (175, "fill")], [(80, "out"), (105, "a"), (115, "card.")],
            [(80, "Speakers"), (135, "have"), (165, "three")], [(80, "minutes"), (130, "each.")]]
    right = [[(300, "City"), (330, "Council")], [(300, "AGENDA")], [(300, "November"), (360, "8,"), (380, "2022")],
             [(300, "8838"), (330, "E."), (345, "Valley"), (385, "Blvd.")], [(300, "Sean"), (330, "Dang,"),
                                                                            (365, "Mayor")], [(300, "Steven"), (345, "Ly")]]
    return [_row(100 + 13 * i, *a, *b) for i, (a, b) in enumerate(zip(left, right, strict=True))]


def test_a_sidebar_beside_a_column_of_title_and_members_is_read_apart():
    rows = _sidebar_page()
    gutter = find_gutter(rows, 612.0)
    assert gutter is not None
    text = [ln.text for ln in two_column_order(rows, gutter, 792.0)]
    assert text[:3] == ["If you wish to", "address the City", "Council, please fill"]
    assert text[6:8] == ["City Council", "AGENDA"]


def test_label_and_value_rows_are_not_columns():
    # an English parish agenda's heading block: short labels beside short values
    rows = [_row(100 + 13 * i, (80, label), (300, value)) for i, (label, value) in enumerate(
        [("Date:", "Tuesday"), ("Time:", "7.30pm"), ("Venue:", "Village Hall"), ("Clerk:", "Mrs Smith")])]
    assert find_gutter(rows, 612.0) is None


def test_a_footer_across_the_columns_stays_at_the_foot():
    rows = [*_sidebar_page(), _row(740, (80, "and"), (100, "refrain"), (140, "from")),
            _row(782, (10, "1"), (20, "of"), (35, "7"), (540, "12/1/22,"), (590, "8:59"))]
    gutter = find_gutter(rows[:-2], 612.0)  # found on the body, as `page_lines` does
    text = [ln.text for ln in two_column_order(rows, gutter, 792.0)]
    assert text[6] == "and refrain from"  # the sidebar runs on into the footer strip
    assert text[-1] == "1 of 7 12/1/22, 8:59"


def test_an_english_parish_payments_list():
    rows = [["Power", "Date", "Payee", "Description", "Chq #", "Total"],
            ["4", "11/08/2019", "MC", "Audit", "400367", "144.00"],
            ["", "", "McCash", "", "", ""],
            ["4", "11/09/2019", "HAPTC", "Member", "", "50.00"],
            ["", "", "", "Training", "", ""],
            ["1", "11/09/2019", "Coopers", "Grass cutting", "", "1228.80"]]
    assert merge_continuation_rows(rows) == [
        ["Power", "Date", "Payee", "Description", "Chq #", "Total"],
        ["4", "11/08/2019", "MC McCash", "Audit", "400367", "144.00"],
        ["4", "11/09/2019", "HAPTC", "Member Training", "", "50.00"],
        ["1", "11/09/2019", "Coopers", "Grass cutting", "", "1228.80"]]


def test_a_us_warrant_register_with_a_vendor_name_wrapped():
    rows = [["Check", "Vendor", "Description", "Amount"],
            ["10234", "Southern California", "Electricity, City", "$1,204.50"],
            ["", "Edison", "Hall", ""]]
    assert merge_continuation_rows(rows)[1] == ["10234", "Southern California Edison", "Electricity, City Hall",
                                                "$1,204.50"]


def test_rows_of_their_own_stay():
    rows = [["Heading", "Budget", "Forecast", "Variance"],
            ["Highways", "", "", ""],  # a row heading in the first column
            ["Repairs", "100", "120", "20"],
            ["", "", "130", ""],  # a figure is never a continuation
            ["", "", "", "note"],  # the row above leaves that cell empty
            ["Total", "100", "250", "20"]]
    assert merge_continuation_rows(rows) == rows


def test_a_table_of_projects_and_variances_beside_its_notes_is_read_across():
    # an English county's capital monitoring, and a US city's budget amendments
    notes = [(330, "Offline"), (380, "works"), (420, "have"), (450, "continued"), (500, "to")]
    rows = [_row(100 + 13 * i, *label, *notes) for i, label in enumerate(
        [[(30, "Bearsted"), (85, "Road"), (120, "-0.145")], [(30, "Fastrack"), (85, "Full"), (115, "Network")],
         [(30, "M20"), (55, "Junction")], [(30, "Kent"), (60, "Fund"), (110, "+0.239")], [(30, "Dover"), (70, "Square")]])]
    assert find_gutter(rows, 595.0) is None
    words = [[(30, "Tenants"), (85, "and"), (110, "staff")], [(30, "members"), (85, "of"), (100, "it")], [(30, "may"), (60, "go")]]
    assert find_gutter([_row(100 + 13 * i, *w, *notes) for i, w in enumerate(words)], 595.0) is not None
    rows = [_row(100 + 13 * i, *label, *notes) for i, label in enumerate(
        [[(30, "Parks"), (70, "Fund"), (110, "(1,204.50)")], [(30, "Street"), (75, "Repairs"), (120, "250.00")],
         [(30, "Library"), (80, "Hours")]])]
    assert find_gutter(rows, 595.0) is None
