"""The next meeting, as UK parish and county minutes and US city agendas announce it."""
import pytest

from indexer.extract.next_meeting import announced, extract_next_meetings
from models import Meeting, Paragraph


@pytest.mark.parametrize(("text", "after", "expected"), [
    ("The next meeting will be held on October 10th 2019 at 7 p.m.", "2019-09-11", ("2019-10-10", "7 p.m.")),
    ("It was agreed that the next meeting would take place Tuesday 5th March at 7pm.", "2024-02-06",
     ("2024-03-05", "7pm")),
    ("Date of next meeting: Tuesday 7 October 2025 at 7.30 pm", "2025-09-02", ("2025-10-07", "7.30 pm")),
    ("DATE OF NEXT MEETING – 13th September 2017", "2017-09-04", ("2017-09-13", None)),
    ("The next Parish Council meeting will be held at 7 pm on Wednesday 13th September at the School.",
     "2017-09-04", ("2017-09-13", "7 pm")),
    ("The next regular meeting of the City Council will be held on December 13, 2022, at 7:00 p.m.", "2022-11-08",
     ("2022-12-13", "7:00 p.m.")),
    ("Adjourn to 6:00 P.M. on December 20, 2022, for a Closed Session Meeting", "2022-12-06",
     ("2022-12-20", "6:00 P.M.")),
    ("The Commission will adjourn to the next meeting at 7:00pm on November 15, 2022.", "2022-11-01",
     ("2022-11-15", "7:00pm")),
    ("That Council adjourn at 7:12 p.m. to meet again on March 21, 2023.", "2023-03-07", ("2023-03-21", None)),
    ("The Community Council will meet again on Wednesday 6th March at 7pm.", "2024-02-06", ("2024-03-06", "7pm")),
    # a date without its year after a December meeting is in the new year
    ("Date of next meeting: Tuesday 14th January at 7.30pm.", "2025-12-02", ("2026-01-14", "7.30pm")),
])
def test_the_next_meeting_is_read_in_each_councils_form(text, after, expected):
    assert announced(text, after) == expected


@pytest.mark.parametrize(("text", "after"), [
    ("The minutes of the meeting held on 5 March 2019 were approved.", "2019-04-01"),  # an earlier meeting
    ("The next meeting will be held on 3 January 2019.", "2019-04-01"),  # before this one: not the next
    ("Members discussed the next steps for the play area.", "2019-04-01"),
])
def test_other_dates_are_no_next_meeting(text, after):
    assert announced(text, after) is None


def test_each_meeting_gets_the_next_meeting_its_own_paper_announces():
    meetings = [Meeting("Parish Council", "2019-09-11", "minutes", id="m1"),
                Meeting("Parish Council", None, "agenda", id="m2")]
    paragraphs = [Paragraph("d.p1", "d", 1, "Members noted the budget.", 0, 10, "minutes", meeting_id="m1"),
                  Paragraph("d.p2", "d", 2, "The next meeting will be held on October 10th 2019 at 7 p.m.", 10, 70,
                            "minutes", meeting_id="m1"),
                  Paragraph("d.p3", "d", 3, "Date of next meeting: 12 June 2020", 70, 100, "agenda", meeting_id="m2")]
    found = extract_next_meetings(paragraphs, meetings)
    assert {k: (v.date, v.time, v.paragraph_id) for k, v in found.items()} == {
        "m1": ("2019-10-10", "7 p.m.", "d.p2"), "m2": ("2020-06-12", None, "d.p3")}


def test_an_item_titled_date_of_next_meeting_gives_the_date_printed_under_it():
    meetings = [Meeting("Town Council", "2023-10-09", "minutes", id="m1"),
                Meeting("Council", "2023-03-07", "minutes", id="m2")]
    paragraphs = [Paragraph("d.p1", "d", 1, "Monday 13th November 2023 at 7.00pm.", 0, 36, "minutes", meeting_id="m1",
                            item="95/23", item_title="DATE OF NEXT MEETING"),
                  Paragraph("d.p2", "d", 2, "Tuesday, March 21, 2023", 36, 60, "minutes", meeting_id="m2", item="9",
                            item_title="Next Meeting")]
    found = extract_next_meetings(paragraphs, meetings)
    assert {k: (v.date, v.time) for k, v in found.items()} == {"m1": ("2023-11-13", "7.00pm"), "m2": ("2023-03-21", None)}
