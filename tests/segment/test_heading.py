"""Meeting headings: which body meets, when (not a posting or signature date), at what time, where."""
import pytest

from indexer.segment.blocks import read_lines
from indexer.segment.heading import find_venue, read_head


def head(text: str, council: str | None = None, dayfirst: bool = True):
    lines = read_lines(text)
    return read_head(lines, 0, len(lines), council, dayfirst)


@pytest.mark.parametrize("text, council, body, date", [
    ("MINUTES of a meeting of the County Council held in the Council Chamber, County Hall, Lewes on Thursday, "
     "13 February 2025.", "Wealden County Council", "County Council", "2025-02-13"),
    ("Minutes of a meeting of Ashwell Parish Council held on Tuesday 3rd March 2021 at 7.30pm", None,
     "Ashwell Parish Council", "2021-03-03"),
    ("MINUTES OF THE PARISH COUNCIL MEETING HELD ON\nTUESDAY, 2 SEPTEMBER 2025", "Elmby Parish Council",
     "Parish Council", "2025-09-02"),
    ("A REGULAR MEETING OF THE COUNCIL OF THE CITY OF SPRINGFIELD\nMarch 3, 2021", "City of Springfield",
     "City Council", "2021-03-03"),
    ("AGENDA\nSPRINGFIELD CITY COUNCIL MEETING\nAND HOUSING AUTHORITY REGULAR MEETING MARCH 3, 2021",
     "City of Springfield", "City Council", "2021-03-03"),
    ("NOTICE AND AGENDA OF DISTRICT COUNCIL MEETING\nDate/Time: 2021-03-03 6pm", None, "District Council",
     "2021-03-03"),
    ("CITY OF LAKEWOOD PLANNING COMMISSION\nREGULAR MEETING\nTuesday, March 3, 2021", "City of Lakewood",
     "Planning Commission", "2021-03-03"),
    ("From: Cabinet Member for Finance\nTo: Cabinet, 30 January 2025\nSubject: Budget Monitoring", None,
     "Cabinet", "2025-01-30"),
    ("TOWN OF ELM RIVER\nSELECT BOARD\nMEETING MINUTES\nMonday, September 11, 2023 - 6:30 PM", "Town of Elm River",
     "Select Board", "2023-09-11"),  # the town above its board: the board meets
    ("WESTBROOK DISTRICT COUNCIL\n\nPLANNING COMMITTEE\n\nWednesday 8 November 2023", "Westbrook District Council",
     "Planning Committee", "2023-11-08"),
])
def test_body_and_date_forms(text, council, body, date):
    h = head(text, council, dayfirst="CITY OF" not in text.upper() and "District" not in text)
    assert (h.bodies[0] if h.bodies else None, h.date) == (body, date)


def test_two_bodies_meeting_together():
    h = head("AGENDA\nSPRINGFIELD CITY COUNCIL MEETING\nAND HOUSING AUTHORITY REGULAR MEETING MARCH 3, 2021",
             "City of Springfield", dayfirst=False)
    assert h.bodies == ["City Council", "Housing Authority"]


@pytest.mark.parametrize("text, date", [
    # a summons signed and dated by the clerk a week before the meeting
    ("Members are summoned to attend a Meeting of Elmby Parish Council to be held at the Village Hall on "
     "Wednesday 13th March 2019 at 1900.\nSigned on original\nA Clerk – Clerk to the Council Date: 7th March 2019",
     "2019-03-13"),
    ("Members are summoned to an Extraordinary Meeting of Elmby Parish Council to be held on Monday 4th September "
     "2017 at 7 pm\nJ Smith – Chairman of the Council Date: 23rd August 2017", "2017-09-04"),
    # the next meeting and a posting date are no meeting date
    ("Minutes of a Meeting held on Tuesday 3 September 2019\nThe next meeting will be held on 1 October 2019.",
     "2019-09-03"),
    ("PLANNING COMMISSION AGENDA\nSeptember 29, 2022 at 9:00 A.M.\nThis agenda was posted on September 23, 2022.",
     "2022-09-29"),
    ("Elmby Parish Council - 3rd September 2019\nPresent\nSigned ____ Dated 12th November 2019", "2019-09-03"),
    # minutes of an earlier meeting named in the heading block are another meeting
    ("PLANNING COMMISSION REGULAR MEETING\nThursday, November 10, 2022\nConsideration of Minutes of the Planning "
     "Commission regular meeting of October 27, 2022.", "2022-11-10"),
])
def test_posting_signature_and_other_meetings_dates_lose(text, date):
    assert head(text, dayfirst="£" in text or "Parish" in text or "September 3" in text).date == date


def test_no_date_is_guessed_from_prose():
    assert head("Response from Elmby Parish Council\n\nWe were notified just after our meeting on 26th February "
                "2017 and have compiled our response from the application documents, which run to many pages and "
                "describe the history of the site over fifteen years in some detail.").date is None


def test_time_and_venue():
    h = head("Minutes of a Meeting held on Tuesday 3 September 2019\nat 7.00pm in Elmby Community Hall")
    assert (h.time, h.venue) == ("7.00pm", "Elmby Community Hall")
    h = head("A meeting of the County Council will be held in the Council Chamber, County Hall, Lewes on "
             "Thursday, 13th March, 2025 at 10.00 am to deal with the following business.")
    assert (h.date, h.time, h.venue) == ("2025-03-13", "10.00am", "Council Chamber, County Hall, Lewes")


def test_a_form_date_without_its_year_takes_the_papers_year():
    from indexer.segment.heading import field_date

    lines = read_lines("NOTICE AND AGENDA OF DISTRICT COUNCIL MEETING\nDate/Time:\nDateTime: June 6, 530pm")
    assert field_date(lines, 2023) == "2023-06-06"
    assert field_date(lines, None) is None
    assert field_date(read_lines("Meeting Date: 13th September at 7 pm"), 2017) == "2017-09-13"


@pytest.mark.parametrize("block, venue", [
    (["Date: Tuesday, March 7, 2023", "Location: Council Chambers, 12 King Street West, Maplewood"],
     "Council Chambers, 12 King Street West, Maplewood"),
    (["Venue: The Village Hall, Church Lane", "Time: 7.30pm"], "The Village Hall, Church Lane"),
    (["Date/Time: June 6, 5:30pm", "Location/Address: Lakeside Fieldhouse, 12 E Lake St"],  # a US city's form
     "Lakeside Fieldhouse, 12 E Lake St"),
    (["Place of meeting: Council Chamber, Guildhall"], "Council Chamber, Guildhall"),  # an English borough's
])
def test_a_venue_field_gives_the_place_without_its_label(block, venue):
    assert find_venue(block) == venue


@pytest.mark.parametrize("block, venue", [
    (["BALDWIN PARK CITY COUNCIL", "SPECIAL MEETING", "November 2, 2022", "05:00pm", "COUNCIL CHAMBER",
      "14403 E. Pacific Avenue", "Baldwin Park, CA 91706", "(626) 960-4011"],
     "COUNCIL CHAMBER, 14403 E. Pacific Avenue, Baldwin Park, CA 91706"),
    (["Regular Meeting", "Council Chambers", "100 Queen Street", "Maplewood, ON K1A 0B1"],
     "Council Chambers, 100 Queen Street, Maplewood, ON K1A 0B1"),
    (["Venue: Edwards Room, County Hall, Norwich", "Time: 10am"], "Edwards Room, County Hall, Norwich"),
])
def test_a_venue_line_takes_the_street_address_printed_under_it(block, venue):
    assert find_venue(block) == venue


@pytest.mark.parametrize("text, time", [
    ("Date/Time: June 6, 530pm", "530pm"),  # typed into a US city's form
    ("The meeting will start at 1130am in the Council Chamber", "1130am"),
    ("Tuesday 3rd March 2021 at 7.30pm", "7.30pm"),  # an English parish's
    ("Item 2020 Budget", None),
])
def test_times_as_councils_print_them(text, time):
    from indexer.segment.heading import find_time

    assert find_time(text) == time
