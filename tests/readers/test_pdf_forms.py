"""A fillable PDF's typed values, read where they are printed (corpus.pdf_forms)."""
from corpus.pdf_forms import Field, fill_fields, form_fields, form_values
from corpus.pdf_page import Line


class _Page:
    def __init__(self, annots):
        self.annots = annots


def row(top, *words, x=72.0):
    """A printed row of words, 40 points apart, each 30 wide."""
    ws = [{"text": w, "x0": x + 40 * i, "x1": x + 40 * i + 30, "top": top, "bottom": top + 11}
          for i, w in enumerate(words)]
    return Line(top=top, bottom=top + 11, x0=ws[0]["x0"], x1=ws[-1]["x1"], text=" ".join(words), words=ws)


def box(label, value, x0, top, x1, bottom, ticked=False):
    return Field(label=label, value=value, x0=x0, top=top, x1=x1, bottom=bottom, ticked=ticked)


def test_form_values_as_field_lines():
    page = _Page([{"data": {"T": b"DateTime", "V": b"June 6, 530pm"}},
                  {"data": {"T": b"Regular", "V": "/On"}}, {"data": {"T": b"Special", "V": "/Off"}},
                  {"data": {"T": b"Location", "V": b"Ward 3  Fieldhouse\n"}}, {"data": {"T": b"Empty", "V": None}},
                  {"contents": "a comment, no field"}])
    assert form_values(page) == ["DateTime: June 6, 530pm", "Regular", "Location: Ward 3 Fieldhouse"]


def test_the_label_a_reader_sees_and_a_text_box_typed_onto_the_page():
    page = _Page([{"data": {"T": b"LocationAddress", "TU": b"Location/Address", "V": b"Maggie Daley Fieldhouse, "},
                   "x0": 261, "top": 187, "x1": 449, "bottom": 203},
                  {"data": {"T": b"Items", "V": b"Introductions\nVacancy Search Update\n"}},
                  {"data": {"Subtype": "/FreeText", "T": b"Sarah Kammerer", "Contents": b"337 E Randolph St"},
                   "x0": 402, "top": 185, "x1": 517, "bottom": 205},
                  {"data": {"Subtype": "/Highlight", "T": b"Sarah Kammerer"}}])
    fields = form_fields(page)
    assert [f.text for f in fields] == ["Location/Address: Maggie Daley Fieldhouse,",
                                        "Items: Introductions; Vacancy Search Update", "337 E Randolph St"]
    assert (fields[0].x0, fields[0].top) == (261.0, 187.0)
    got = fill_fields([row(193, "Location/Address:")], [fields[2], fields[0]])
    assert got[0].text == "Location/Address: Maggie Daley Fieldhouse, 337 E Randolph St"


def test_a_text_box_typed_on_an_english_parish_form():
    page = _Page([{"data": {"Subtype": "/FreeText", "Contents": b"Village Hall, High Street"},
                   "x0": 200, "top": 63, "x1": 320, "bottom": 75}])
    got = fill_fields([row(64, "Venue:"), row(78, "Clerk:")], form_fields(page))
    assert [ln.text for ln in got] == ["Venue: Village Hall, High Street", "Clerk:"]


def test_a_value_beside_its_label_ends_the_row():
    # a US district council's notice, and an English parish council's form
    lines = [row(100, "Location/Address:"), row(120, "MEETING", "AGENDA")]
    got = fill_fields(lines, [box("LocationAddress", "Maggie Daley Fieldhouse", 150, 96, 400, 112)])
    assert [ln.text for ln in got] == ["Location/Address: Maggie Daley Fieldhouse", "MEETING AGENDA"]
    lines = [row(300, "3.", "Approval", "of", "minutes", "from", "meeting", "date:"), row(320, "4.", "Updates")]
    got = fill_fields(lines, [box("Approval of minutes", "May 9, 2023", 350, 298, 420, 312)])
    assert got[0].text == "3. Approval of minutes from meeting date: May 9, 2023"
    lines = [row(50, "Date", "of", "meeting:"), row(64, "Venue:")]
    got = fill_fields(lines, [box("Date", "3rd March 2021", 200, 49, 300, 61), box("Venue", "Village Hall", 120, 63, 300, 75)])
    assert [ln.text for ln in got] == ["Date of meeting: 3rd March 2021", "Venue: Village Hall"]


def test_a_value_over_a_blank_fills_it():
    lines = [row(116, "District", "Council", "___", "will", "hold", "a", "meeting.")]
    got = fill_fields(lines, [box("District Council", "001", 152, 109, 175, 125)])
    assert got[0].text == "District Council 001 will hold a meeting."
    lines = [row(40, "Meeting", "of", "_______", "Parish", "Council")]
    got = fill_fields(lines, [box("Parish", "Ashwell", 150, 38, 185, 52)])
    assert got[0].text == "Meeting of Ashwell Parish Council"


def test_a_ticked_box_ticks_its_glyph_and_an_unprinted_tick_adds_nothing():
    lines = [row(160, "Type:", "☐", "Regular", "☐", "Special")]
    got = fill_fields(lines, [box("Regular", "On", 110, 161, 118, 168, ticked=True)])
    assert got[0].text == "Type: ☒ Regular ☐ Special"
    lines = [row(160, "Ordinary", "meeting")]
    assert [ln.text for ln in fill_fields(lines, [box("Ordinary", "Yes", 72, 160, 80, 168, ticked=True)])] == [
        "Ordinary meeting"]


def test_a_box_of_its_own_is_read_where_it_is_printed():
    lines = [row(285, "5.", "Discussions"), row(386, "6.", "Votes")]
    got = fill_fields(lines, [box("Discussions", "Introductions; Budget", 103, 298, 532, 378),
                              box("Votes", "N/A", 105, 400, 534, 480)])
    assert [ln.text for ln in got] == ["5. Discussions", "Discussions: Introductions; Budget", "6. Votes", "Votes: N/A"]
