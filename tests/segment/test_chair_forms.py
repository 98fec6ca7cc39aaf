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
