"""Who issued a meeting's agenda and when (indexer/extract/issued.py), on invented snippets in the forms
English parish and county councils and US cities print."""
import pytest

from indexer.extract.issued import extract_issued, signatory
from models.domain import Meeting, Paragraph


def agenda(*texts, date="2025-03-13", part="agenda"):
    meeting = Meeting(committee="Parish Council", date=date, role="agenda", id="m1")
    paras = [Paragraph(id=f"cafe00cafe00.p{i:04d}", document_id="cafe00cafe00", seq=i, text=t, start=0, end=len(t),
                       part=part, meeting_id="m1") for i, t in enumerate(texts, start=1)]
    found = extract_issued(paras, [meeting]).get("m1")
    return found and (found.by, found.on, found.paragraph_id[-2:])


@pytest.mark.parametrize("texts, issued", [
    # an English parish's summons, signed and dated on one line
    (("Members of the Council are hereby summoned to attend a Meeting on Thursday 13th March 2025 at 7.30pm.",
      "Jane Hale – Clerk to the Council\t\t\tDate: 6th March 2025", "AGENDA", "1. Apologies"),
     ("Jane Hale, Clerk to the Council", "2025-03-06", "02")),
    # the clerk's name over the role and date
    (("1. Apologies", "2. Items for the next agenda", "R T Moss", "Clerk to the Council Date: 5 March 2025"),
     ("R T Moss, Clerk to the Council", "2025-03-05", "04")),
    (("Signed: P Quill, Parish Clerk. Dated: 3rd March 2025",), ("P Quill, Parish Clerk", "2025-03-03", "01")),
    # a county's letter of summons: dated at its top, signed at its foot
    (("Summons to and Agenda for a Meeting on Thursday, 13th March, 2025", "Wednesday, 5 March 2025",
      "To: All Members of the County Council", "1. Chairman's Announcements", "Anna Cole General Counsel 03000 416000"),
     ("Anna Cole, General Counsel", "2025-03-05", "05")),
    # a US city's certification, by name, or dated below and signed under it
    (("ADJOURNMENT", "I, Rosa Diaz, City Clerk of the City of Elmwood hereby certify under penalty of perjury that "
      "the foregoing agenda was posted on the City Hall bulletin board not less than 72 hours prior to the meeting.",
      "Rosa Diaz", "City Clerk"), ("Rosa Diaz, City Clerk", None, "02")),
    (("I hereby certify under penalty of perjury that the foregoing agenda was posted in the City Hall lobby not less "
      "than 72 hours prior to the meeting. Dated this 7th day of March, 2025.", "Lee Park, Secretary Planning "
      "Commission"), ("Lee Park, Secretary", "2025-03-07", "01")),
])
def test_the_agenda_issue_in_each_form(texts, issued):
    assert agenda(*texts) == issued


@pytest.mark.parametrize("texts", [
    ("Approval of minutes from meeting date: March 3, 2025",),  # another meeting's date, no issue
    ("Clerk to the Council Date: 13 March 2024",),  # a year before the meeting: not this agenda's
    ("8. Chairman's report", "9. Date of next meeting"),
])
def test_no_issue_where_none_is_printed(texts):
    assert agenda(*texts) is None


def test_minutes_signed_as_a_true_record_are_no_issue():
    assert agenda("Signed ______________ Dated 6th March 2025", part="minutes") is None


@pytest.mark.parametrize("text, name", [
    ("Gary Oakes – Chairman of the Council", "Gary Oakes, Chairman of the Council"),
    ("Clerk to the Council", "Clerk to the Council"),
    ("Chairman's Announcements", "Chairman"),  # a role alone: the letter path asks for a name
    ("Members are asked to attend", None),
])
def test_signatory(text, name):
    assert signatory(text) == name
