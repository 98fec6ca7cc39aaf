"""Ids and slugs: ascii words a URL can carry, stable for names with accents, macrons and apostrophes."""
import pytest

from models.ids import council_place, meeting_id, slugify


@pytest.mark.parametrize("text, slug", [
    ("Kōwhai District Council", "kowhai-district-council"),
    ("Dún Laoghaire-Rathdown", "dun-laoghaire-rathdown"),
    ("Children’s Services Committee", "children-s-services-committee"),
    ("Ynys Môn", "ynys-mon"),
    ("—", "unknown"),
])
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_a_council_with_a_macron_gives_its_place_to_the_meeting_id():
    assert council_place("Kōwhai District Council") == "kowhai"
    assert meeting_id("2023-03-02", "Council", "Kōwhai District Council") == "2023-03-02-kowhai-council"


@pytest.mark.parametrize(("council", "place"), [
    ("Shire of Karrawong", "karrawong"), ("Wattle Creek Shire Council", "wattle-creek"),
    ("Regional District of North Cascadia", "north-cascadia"), ("Regional Municipality of Halton", "halton"),
    ("Township of Cedar Hollow", "cedar-hollow"), ("Loughbridge and Drumard Borough Council", "loughbridge-and-drumard"),
])
def test_the_place_of_councils_named_abroad(council, place):
    assert council_place(council) == place
