"""Movers and seconders (indexer/extract/movers.py), each form in at least two councils' styles."""
from dataclasses import dataclass, field

import pytest

from indexer.extract.movers import initials_of, parse_mover, resolve_person
from models.domain import Attendee


@pytest.mark.parametrize("text, movers", [
    # the forms the sample councils print
    ("Proposed by Cllr A Smith, seconded by Cllr B Jones and carried", ("Cllr A Smith", "Cllr B Jones")),
    ("Cllr Tim Adams, seconded by Cllr Brenda Jones, PROPOSED that the Committee set up a group",
     ("Cllr Tim Adams", "Cllr Brenda Jones")),
    ("Mrs Gurney proposed, seconded by Mr Mooney, that a shorter report be brought",
     ("Mrs Gurney", "Mr Mooney")),
    ("It was moved by the Chairman and seconded by Councillor Smith-Clare that the item be deferred",
     ("the Chairman", "Councillor Smith-Clare")),
    ("Councillor O'Neill moved the amendment.", ("Councillor O'Neill", None)),
    # "Moved by X, seconded by Y"
    ("Moved by Mrs Cole, seconded by Mr Dunn, that the grant be paid.", ("Mrs Cole", "Mr Dunn")),
    ("Moved by Councilmember Kim, seconded by Councilmember Lopez, to approve the consent calendar.",
     ("Councilmember Kim", "Councilmember Lopez")),
    # "X proposed and Y seconded"
    ("Mr Gale proposed, and Ms Hunt seconded the motion that:", ("Mr Gale", "Ms Hunt")),
    ("Cllr Ives proposed and Cllr Jay Seconded the following amendment:", ("Cllr Ives", "Cllr Jay")),
    ("SW proposed and RW seconded that the accounts be approved.", ("SW", "RW")),
    # "On a motion by X, seconded by Y"
    ("On a motion by Commissioner Moss, seconded by Commissioner Nair, the Commission voted 5-0.",
     ("Commissioner Moss", "Commissioner Nair")),
    ("Motion by Council Member Ota, second by Mayor Pro Tem Pike, to adopt the resolution.",
     ("Council Member Ota", "Mayor Pro Tem Pike")),
    # labels
    ("Proposed: Cllr Owen. Seconded: Cllr Park.", ("Cllr Owen", "Cllr Park")),
    ("Moved: Quinn Seconded: Reyes", ("Quinn", "Reyes")),
    ("Proposer: Mr Lamb\nSeconder: Mrs Moor", ("Mr Lamb", "Mrs Moor")),
    ("M/S: Soto/Tran. Motion carried 4-0.", ("Soto", "Tran")),
    ("Moved/Seconded: Ueda/Voss", ("Ueda", "Voss")),
    # bare names after a mover phrase
    ("Proposed by Sarah Dunn and seconded by Alan Frost.", ("Sarah Dunn", "Alan Frost")),
    # two names before a resolution
    ("A. Usher, B. Vance: That the hall fees be frozen for 2025.", ("A. Usher", "B. Vance")),
    ("Cllr Wood, Cllr Xu: To adopt the revised standing orders.", ("Cllr Wood", "Cllr Xu")),
    # initials
    ("Proposed by SW and seconded by RW.", ("SW", "RW")),
    ("The minutes were approved by MC and Seconded by AW as a true record.", ("MC", "AW")),
    ("Accounts approved. Proposed SW, seconded RW.", ("SW", "RW")),
    ("Prop: KL Sec: MN", ("KL", "MN")),
    ("Moved Cllr Ash and seconded Cllr Birch that the grant be paid.", ("Cllr Ash", "Cllr Birch")),
    # the chair
    ("The chairman proposed, and it was accepted that item 8 be held over.", ("the chairman", None)),
    ("The Chair moved that the meeting be adjourned.", ("the Chair", None)),
    # no movers
    ("The Committee NOTED the report.", (None, None)),
    ("Proposed Purpose:", (None, None)),
    ("The scheme was proposed by the Planning Committee and seconded by the Parish Council.", (None, None)),
    ("Moved: That the report be received.", (None, None)),
])
def test_movers(text, movers):
    assert parse_mover(text) == movers


@dataclass
class Meeting:
    attendees: list = field(default_factory=list)
    chair: str | None = None


def roster(*names, chair=None):
    return Meeting([Attendee(n, "present") for n in names], chair)


@pytest.mark.parametrize("name, initials", [
    ("Sarah Woodbury", {"SW"}),
    ("Cllr S Woodbury", {"SW"}),
    ("Mr B J Sweetland (Chairman)", {"BJS", "BS"}),
    ("Kenny Ash KA", {"KA"}),
    ("Helen Laing (SBC) HL", {"HL"}),
    ("Trevor Smith — *Secretary*", {"TS"}),
    ("Mrs Ann Smith-Clare", {"AS", "ASC"}),
    ("Mr Oakford", set()),
])
def test_initials_of(name, initials):
    assert initials_of(name) == initials


def test_initials_resolve_to_the_one_attendee_with_them():
    scottish = roster("Sarah Woodbury — *Chair*", "Alan McFadzean — *Vice-Chair*", "Margaret Carey", "Amanda Wright",
                      "Margaret Carey")
    assert resolve_person("MC", scottish) == "Margaret Carey (MC)"
    assert resolve_person("AW", scottish) == "Amanda Wright (AW)"
    parish = roster("Cllr P Rowe (Chairman)", "Cllr D Moss", "Cllr D Mills")
    assert resolve_person("PR", parish) == "Cllr P Rowe (PR)"
    assert resolve_person("DM", parish) == "DM"  # two people share the initials: kept as printed
    assert resolve_person("ZZ", parish) == "ZZ"


def test_printed_initials_in_the_attendance_list():
    listed = roster("Kenny Ash KA", "Graham Dale GD", "Isla Kerr IK")
    assert resolve_person("GD", listed) == "Graham Dale (GD)"


def test_the_chair_resolves_to_the_meeting_chair():
    assert resolve_person("the chairman", roster(chair="Cllr Haidy Rowe")) == "Cllr Haidy Rowe (the chairman)"
    assert resolve_person("the Chair", roster(chair="Mr B J Sweetland (Chairman)")) == "Mr B J Sweetland (the Chair)"
    assert resolve_person("the Chair", roster()) == "the Chair"


def test_names_without_a_roster_stay_as_printed():
    assert resolve_person("SW", None) == "SW"
    assert resolve_person("Cllr Ash", roster("Cllr A Ash")) == "Cllr Ash"
    assert resolve_person(None, roster()) is None
