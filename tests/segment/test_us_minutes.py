"""US minutes: roll calls titled by office, absences, the presiding officer, the call to order."""
from corpus.normalise import normalise
from indexer.segment import segment
from indexer.segment.attendance import attendance
from indexer.segment.blocks import read_lines
from indexer.segment.minutes import called_to_order, chair_of
from models import Attendee


def people(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.role) for a in attendance(read_lines(text))]


def test_a_city_council_roll_call_with_an_absence():
    assert people("Present: Mayor Ruiz, Mayor Pro Tem Ly, Councilmember Chen and Council Member Park\n"
                  "Absent: Councilmember Osei") == [
        ("Mayor Ruiz", "present"), ("Mayor Pro Tem Ly", "present"), ("Councilmember Chen", "present"),
        ("Council Member Park", "present"), ("Councilmember Osei", "apologies")]


def test_a_commission_roll_call():
    assert people("Members Present: Chair Hofman, Vice Chair Otsuji, Commissioner Boomhower\n"
                  "Members Absent: Commissioner Malbrough") == [
        ("Chair Hofman", "present"), ("Vice Chair Otsuji", "present"), ("Commissioner Boomhower", "present"),
        ("Commissioner Malbrough", "apologies")]


def test_the_presiding_officer_calls_the_meeting_to_order():
    body = "Mayor Ruiz called the meeting to order at 7:00 p.m. in the Council Chambers, 100 Main Street."
    assert chair_of(body, []) == "Mayor Ruiz"
    assert called_to_order(body) == ("7:00p.m.", "Council Chambers, 100 Main Street")
    other = "Chair Moss called the regular meeting to order at 6:30 pm; a quorum was present."
    assert chair_of(other, [Attendee("Commissioner Lee", "present")]) == "Chair Moss"
    assert called_to_order(other) == ("6:30pm", None)


def test_uk_minutes_keep_their_chair():
    assert chair_of("Cllr J Marsh in the Chair.", []) == "Cllr J Marsh"
    assert called_to_order("The meeting closed at 9pm.") == (None, None)


def test_the_mayor_who_calls_the_meeting_to_order_is_the_member_titled_mayor():
    people_ = [Attendee("Mayor Adams", "present"), Attendee("Mayor Pro Tem Ly", "present"),
               Attendee("Councilmember Chu", "present")]
    assert chair_of("The Mayor called the meeting to order at 7:02 p.m.", people_) == "Mayor Adams"
    assert chair_of("The Mayor called the meeting to order.", people_[1:]) is None


def test_a_called_to_order_short_name_becomes_the_roll_calls_full_one():
    people_ = [Attendee("Mayor Linda Carter", "present"), Attendee("Councillor Anne Moreau", "present")]
    assert chair_of("Mayor Carter called the meeting to order at 6:00 p.m.", people_) == "Mayor Linda Carter"


SPRINGFIELD = """A REGULAR MEETING OF THE COUNCIL OF THE CITY OF SPRINGFIELD
held Wednesday, March 3, 2021 at 7:00 p.m. in the Council Chambers

I. CALL TO ORDER
The Mayor called the meeting to order at 7:02 p.m.

II. ROLL CALL
Present: Mayor Adams, Councilmember Brooks, Councilmember Chu
Absent: Councilmember Evans

VII. NEW BUSINESS
a) Resolution R2021-044 approving a sidewalk repair contract with Gray Concrete for $215,000.
Motion by Councilmember Chu, second by Councilmember Brooks, to adopt Resolution R2021-044. Motion carried 3-0.

VIII. ADJOURNMENT
The meeting was adjourned at 8:45 p.m.
"""


def test_a_roll_call_item_ends_at_the_next_heading_in_capitals():
    (meeting,) = segment("0123456789ab", normalise(SPRINGFIELD), "test.txt").meetings
    assert [(a.name, a.role) for a in meeting.attendees] == [
        ("Mayor Adams", "present"), ("Councilmember Brooks", "present"), ("Councilmember Chu", "present"),
        ("Councilmember Evans", "apologies")]
    assert (meeting.committee, meeting.date, meeting.chair) == ("City Council", "2021-03-03", "Mayor Adams")


LEGISTAR = """CITY COUNCIL
REGULAR MEETING MINUTES
Tuesday, March 14, 2023

3. CONSENT CALENDAR

A motion was made by Councilmember Diaz, seconded by Vice Mayor Chen, to approve the Consent Calendar.

3.A 23-0412 Approval of Minutes of February 28, 2023

Approved on the Consent Calendar.

3.B 23-0415 Award of contract for street resurfacing to Granite Paving in the amount of $1,245,000

Approved on the Consent Calendar.

4. PUBLIC HEARINGS

4.A 23-0398 Ordinance amending Chapter 17.20 of the Municipal Code
"""


def test_lettered_sub_items_with_file_numbers_are_items():
    doc = segment("doc", normalise(LEGISTAR), "legistar.txt")
    assert [(i.number, i.title[:28]) for i in doc.items] == [
        ("3", "CONSENT CALENDAR"), ("3.A", "23-0412 Approval of Minutes "), ("3.B", "23-0415 Award of contract fo"),
        ("4", "PUBLIC HEARINGS"), ("4.A", "23-0398 Ordinance amending C")]
