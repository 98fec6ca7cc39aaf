"""Who chaired, in the forms Irish, Canadian, US and English minutes print it."""
import pytest

from indexer.segment.minutes import chair_of
from models import Attendee


@pytest.mark.parametrize("body, people, chair", [
    ("Present: Cathaoirleach Cllr. Siobhán Keane presiding.", [Attendee("Cllr. Siobhán Keane", "present", "")],
     "Cllr. Siobhán Keane"),
    ("Mayor Ruiz presiding. The Clerk called the roll.", [Attendee("Mayor Ana Ruiz", "present", "")], "Mayor Ana Ruiz"),
    ("The Reeve, Councillor Dan Moss, presided.", [], "Councillor Dan Moss"),
    ("Roll call.", [Attendee("Supervisor Chen", "present", ""), Attendee("Vice Chair Ito", "present", ""),
                    Attendee("Chair Reyes", "present", "")], "Chair Reyes"),
    ("Roll call.", [Attendee("Chair Reyes", "apologies", ""), Attendee("Supervisor Chen", "present", "")], None),
])
def test_chair_of(body, people, chair):
    assert chair_of(body, people) == chair


@pytest.mark.parametrize(("lines", "chair"), [
    # a Northern Irish committee: the chair on a label of its own above the members
    (["In the Chair: Alderman P Quinn", "Members Present: Aldermen J Boyd and M Stewart; Councillor A Devlin"],
     "Alderman P Quinn"),
    # a Western Australian shire: the presiding member named by office in the list
    (["Present:", "Cr Lisa Marwick (Shire President)", "Cr Tom Beale (Deputy Shire President)"], "Cr Lisa Marwick"),
    # an Ontario township: the Reeve
    (["Present: Reeve Councillor Dan Moss (Reeve), Councillor Ada Kerr"], "Councillor Dan Moss"),
    (["Presiding Member: Cr Jo Hart", "Present: Cr Jo Hart, Cr Sam Lee"], "Cr Jo Hart"),
])
def test_the_chair_from_the_attendance_lists(lines, chair):
    from indexer.segment.attendance import attendance
    from indexer.segment.blocks import read_lines

    people = attendance(read_lines("\n".join(lines)))
    assert chair_of("", people) == chair
    assert all(p.note != "(Chairman)" for p in people if p.name != chair)
