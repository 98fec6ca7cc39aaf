"""When a meeting ended, or is to end (indexer/extract/meeting_end.py), in the forms councils print."""
import pytest

from indexer.extract.meeting_end import end_time, extract_meeting_ends
from models.domain import Meeting, Paragraph


@pytest.mark.parametrize("text, time", [
    ("The meeting finished at 11:01am", "11:01am"),  # an English county's minutes
    ("There being no further business, the meeting closed at 9.25 pm", "9.25 pm"),  # an English parish's
    ("The Meeting Closed at 12:40", "12:40"),
    ("Meeting closed 8.40pm", "8.40pm"),
    ("The Chair closed the meeting at 8.45 pm.", "8.45 pm"),  # a Scottish community council's
    ("Mayor Ruiz adjourned the meeting at 8:15 p.m.", "8:15 p.m."),  # a US city's
    ("That Council adjourn at 7:12 p.m. to meet again on March 21, 2023.", "7:12 p.m."),  # a Canadian town's
    ("The meeting is scheduled to end by 4.30 pm.", "4.30 pm"),  # an agenda's planned end
])
def test_the_end_in_each_form(text, time):
    assert end_time(text) == time


@pytest.mark.parametrize("text", [
    "The meeting will adjourn to 6:00 P.M. on December 20, 2022",  # the next meeting's time
    "The meeting was held at 7pm in the Village Hall",
    "The meeting ended with a vote of thanks to the retiring clerk.",
    "The consultation closed at 5pm on Friday.",
])
def test_no_end_where_none_is_said(text):
    assert end_time(text) is None


def test_the_first_end_in_the_meetings_own_paper():
    meetings = [Meeting(committee="Parish Council", date="2024-03-05", role="minutes", id="m1")]
    paras = [Paragraph(id=f"cafe00cafe00.p{i:04d}", document_id="cafe00cafe00", seq=i, text=t, start=0, end=len(t),
                       part="minutes", meeting_id=mid)
             for i, (t, mid) in enumerate([("The meeting closed at 9.05pm.", "m1"), ("Meeting closed 10pm", "m1"),
                                           ("The meeting closed at 8pm.", "other")], start=1)]
    found = extract_meeting_ends(paras, meetings)
    assert {k: (v.time, v.paragraph_id[-2:]) for k, v in found.items()} == {"m1": ("9.05pm", "01")}
