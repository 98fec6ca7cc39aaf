"""Councils and the bodies that meet, in the forms English, Scottish and US papers print them."""
import pytest

from indexer.segment.bodies import body_name, council_names, council_of, is_committee_name, title_case


@pytest.mark.parametrize("text, council", [
    ("KENT COUNTY COUNCIL\n\nCOUNTY COUNCIL\n\nMINUTES of a meeting ... the March County Council meeting",
     "Kent County Council"),
    ("BURTON-CUM-WALDEN PARISH COUNCIL\nMINUTES OF THE PARISH COUNCIL MEETING", "Burton-cum-Walden Parish Council"),
    ("Ayton Community Council\n\nMinutes of a Meeting held on Tuesday 3 September 2019", "Ayton Community Council"),
    ("AGENDA\nLAKEWOOD CITY COUNCIL\nA RESOLUTION OF THE CITY COUNCIL OF THE CITY OF LAKEWOOD ADOPTING ...",
     "City of Lakewood"),
    ("C I T Y  hall\nCITY OF GARDENHILL PLANNING COMMISSION\nthe City of Gardenhill Planning Division", "City of Gardenhill"),
    ("Minutes of the Royal Borough of Kingsmead Cabinet", "Royal Borough of Kingsmead"),
    ("Notes of a walk in the hills.", None),
])
def test_council_of(text, council):
    assert council_of(text) == council


def test_council_named_only_in_a_running_header():
    assert council_of("Minutes of the meeting held on 3 May 2021", ["ELMBY PARISH COUNCIL"]) == "Elmby Parish Council"


def test_council_names_stop_at_words_that_are_no_place():
    assert council_names("the CITY OF BEVERLY HILLS CONTINUING TO AUTHORIZE") == ["City of Beverly Hills"]
    assert council_names("at City of Westlake Village Regarding the plan") == ["City of Westlake Village"]
    # a place's own first word may end as a verb does
    assert council_names("ORDINARY COUNCIL MEETING OF THE SHIRE OF MUNDARING") == ["Shire of Mundaring"]
    assert council_names("London Borough of Barking and Dagenham Cabinet") == ["London Borough of Barking and Dagenham"]
    assert council_names("the Town of Reading Selected for the award") == ["Town of Reading"]


@pytest.mark.parametrize("name", ["Adult Social Care Committee", "CABINET", "Full Council", "County Council",
                                  "Planning & Environmental Quality Commission", "Improvement Authority",
                                  "Subcommittee on Zoning and Franchises", "Committee on Finance",
                                  "PLANNING COMMISSION REGULAR MEETING", "Licensing Sub-Committee"])
def test_committee_names(name):
    assert is_committee_name(name)


@pytest.mark.parametrize("text", ["The Council considered the report", "Minutes of the meeting", "Report title"])
def test_not_committee_names(text):
    assert not is_committee_name(text)


def test_body_name_drops_meeting_words():
    assert body_name("PLANNING COMMISSION REGULAR MEETING") == "Planning Commission"
    assert body_name("Regular Meeting of the City Council") == "City Council"
    assert body_name("Planning Commission Meeting Agenda") == "Planning Commission"
    assert title_case("BURTON-CUM-WALDEN PARISH COUNCIL") == "Burton-cum-Walden Parish Council"


def test_the_paper_s_own_council_in_its_heading_beats_the_one_it_writes_about():
    text = ("Application 17/051\nResponse from Elmby Parish Council\n\n" + "Stroud District Council refused it. " * 5)
    assert council_of(text) == "Elmby Parish Council"


def test_a_council_the_index_holds_named_by_its_place_throughout():
    text = "Finance Monitoring Report\n\n" + "Spending in Kent rose.\n" * 10 + "\nFunded by Dover District Council. " * 2
    assert council_of(text) == "Dover District Council"
    assert council_of(text, known=["Kent County Council"]) == "Kent County Council"
    assert council_of("Contact: jo.lee@kent.gov.uk", known=["Kent County Council"]) == "Kent County Council"


def test_a_city_is_the_authority_over_a_two_column_heading_fragment():
    text = "Speaker Request City Council\nAGENDA\n" + "the City of Lakewood " * 3
    assert council_of(text) == "City of Lakewood"


@pytest.mark.parametrize("printed, body", [
    ("Regular Council Meeting Minutes", "Council"),
    ("Special Council Meeting Agenda", "Council"),
    ("City Council Regular Meeting Minutes", "City Council"),
    ("Town Council Meeting", "Town Council"),
    ("Extraordinary Parish Council Meeting", "Parish Council"),
    ("Regular Meeting of the City Council", "City Council"),
])
def test_meeting_words_around_a_council_leave_the_council(printed, body):
    assert body_name(printed) == body


@pytest.mark.parametrize("text, council", [
    ("---\ntitle: Council Minutes\n---\n\n# Kōwhai District Council\n\n## Minutes of an Ordinary Meeting",
     "Kōwhai District Council"),
    ("DÚN LAOGHAIRE-RATHDOWN COUNTY COUNCIL\nMinutes of the Monthly Meeting", "Dún Laoghaire-Rathdown County Council"),
    ("Minutes of the meeting of Ōpōtiki District Council held on 4 May 2023", "Ōpōtiki District Council"),
])
def test_council_names_with_accents_and_macrons(text, council):
    assert council_of(text) == council


def test_a_place_named_as_two_joined_by_and():
    assert council_names("Minutes of Brighton and Hove City Council") == ["Brighton and Hove City Council"]
    assert council_names("REDCAR AND CLEVELAND BOROUGH COUNCIL\nCabinet") == ["Redcar and Cleveland Borough Council"]
