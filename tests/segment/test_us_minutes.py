"""US minutes: roll calls titled by office, absences, the presiding officer, the call to order."""
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
