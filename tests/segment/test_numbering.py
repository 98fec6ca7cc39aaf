"""Item labels in the numbering councils print, and which label follows which."""
import pytest

from indexer.segment.blocks import TAB_NUMBER_RE, labelled
from indexer.segment.numbering import follows, labels, roman_value


def one(text: str):
    (label,) = labels(text)
    return label.number, label.family, label.value, label.rest


@pytest.mark.parametrize("text, want", [
    ("5. Apologies for Absence", ("5", "arabic", 5, "Apologies for Absence")),          # English county
    ("5) Declarations of interest", ("5", "arabic", 5, "Declarations of interest")),    # parish
    ("12.To consider the precept", ("12", "arabic", 12, "To consider the precept")),     # no space after the dot
    ("Item 7 - Budget Monitoring", ("7", "arabic", 7, "Budget Monitoring")),
    ("ITEM 2: *14 ELM STREET – PROJECT NO. 1234", ("2", "arabic", 2, "*14 ELM STREET – PROJECT NO. 1234")),
    ("Minute 31/22(4) Car Parking", ("31/22(4)", "slash:/22", 31, "Car Parking")),
    ("1432. Public Participation", ("1432", "arabic", 1432, "Public Participation")),
    ("20.11.03  Highways", ("20.11.03", "dotted:20.11", 3, "Highways")),
    ("R2021-044 Adopt the Local Plan", ("R2021-044", "code:R2021-", 44, "Adopt the Local Plan")),
    ("03/14/23-2. Consideration of a Permit", ("03/14/23-2", "code:03/14/23-", 2, "Consideration of a Permit")),
    ("S-12 Consent item", ("S-12", "code:S-", 12, "Consent item")),
    ("23-0417 Ordinance amending Chapter 5", ("23-0417", "file", 230417, "Ordinance amending Chapter 5")),
    ("B. Approval of Minutes", ("B", "letter-upper", 2, "Approval of Minutes")),
    ("c) Selection of Vice Mayor", ("c", "letter-lower", 3, "Selection of Vice Mayor")),
    ("VII b) Lighting", ("VII b)", "roman-upper", 7, "Lighting")),
    ("(2) Mr Green declared an interest", ("2", "paren-arabic", 2, "Mr Green declared an interest")),
    ("3.A 23-0412 Approval of Minutes", ("3.A", "dotted:3", 1, "23-0412 Approval of Minutes")),  # US sub-items
    ("4.b) Planning applications", ("4.b", "dotted:4", 2, "Planning applications")),          # parish
    ("5.The report was noted", ("5", "arabic", 5, "The report was noted")),  # a word, not a letter
])
def test_label_forms(text, want):
    assert one(text) == want


def test_a_committees_minute_number_reads_with_the_year_last_or_first():
    # a cabinet's minute 12 of 2023, an English town's planning committee's minute 41 of 2023
    assert [(x.family, x.value) for x in labels("CAB 12/23 Housing Strategy")] == [
        ("slash:CAB/23", 12), ("slash-year:CAB12/", 23)]
    assert [(x.family, x.value) for x in labels("P23/41 Apologies for absence")] == [
        ("slash:P/41", 23), ("slash-year:P23/", 41)]
    assert any(follows(x, y) for x in labels("P23/41 Apologies") for y in labels("P23/42 Declarations of interest"))
    assert any(follows(x, y) for x in labels("CAB 12/23 Housing") for y in labels("CAB 13/23 Budget"))


def test_a_letter_that_is_also_a_roman_numeral_reads_both_ways():
    assert [(x.family, x.value) for x in labels("I. Introduction")] == [("letter-upper", 9), ("roman-upper", 1)]
    assert [(x.family, x.value) for x in labels("iv) Grants")] == [("roman-lower", 4)]


@pytest.mark.parametrize("text", ["2021 was a good year", "Dear Resident", "", "1/2 of the members"])
def test_no_label(text):
    assert labels(text) == []


@pytest.mark.parametrize("a, b, ok", [
    ("286. Apologies", "287. Declarations", True),
    ("5. Finance", "7. Planning", True),          # an item missed or withdrawn
    ("5. Finance", "12. Planning", False),
    ("19.09.01 Apologies", "19.09.02 Minutes", True),
    ("19.09.01 Apologies", "19.10.02 Minutes", False),
    ("14/21 Apologies", "15/21 Minutes", True),
    ("14/21 Apologies", "15/22 Minutes", False),
    ("A. Call to Order", "B. Roll Call", True),
    ("A. Call to Order", "b. Roll Call", False),
    ("3a. Certify the election", "3. Swearing in", True),
    ("R2021-044 Plan", "R2021-047 Budget", True),
])
def test_follows(a, b, ok):
    assert follows(labels(a)[0], labels(b)[0]) is ok


def test_roman_values():
    assert [roman_value(x) for x in ("i", "iv", "IX", "xii", "v", "abc", "")] == [1, 4, 9, 12, 5, None, None]


@pytest.mark.parametrize("raw, text", [
    ("1.\tConfirmation of Minutes", "1. Confirmation of Minutes"),  # a Word export's heading
    ("4.2)\tPlanning applications received", "4.2) Planning applications received"),
    ("(b)\tThe Clerk to write to the highways authority", "(b) The Clerk to write to the highways authority"),
    ("6.1\tTargets are being developed", "6.1\tTargets are being developed"),  # a report's paragraph number
    ("Hired Transport\t3.074\t3.433", "Hired Transport\t3.074\t3.433"),  # a table row stays one
    ("1.\t2,450", "1.\t2,450"),  # a number and a figure: a row
])
def test_an_item_number_and_its_title_split_by_a_tab_read_as_one_line(raw, text):
    assert labelled(raw, TAB_NUMBER_RE) == text


@pytest.mark.parametrize("raw, text", [
    ("PRESENT:\tCllr M. Byrne, Cllr P. Doyle", "PRESENT: Cllr M. Byrne, Cllr P. Doyle"),
    ("Apologies for absence:\tMr S. Campbell and Mrs T. Reid", "Apologies for absence: Mr S. Campbell and Mrs T. Reid"),
    ("Report title:\tVillage Hall Roof Repairs", "Report title:\tVillage Hall Roof Repairs"),  # a cover's field stays
])
def test_an_attendance_label_and_its_names_split_by_a_tab_read_as_one_line(raw, text):
    assert labelled(raw) == text


@pytest.mark.parametrize("a, b", [("21/14 Apologies", "21/15 Minutes"), ("23/101 Planning", "23/102 Finance")])
def test_minute_numbers_with_the_year_first_follow_each_other(a, b):
    assert any(follows(x, y) for x in labels(a) for y in labels(b))


def test_a_two_digit_slash_number_reads_both_ways_and_the_series_decides():
    assert [(x.family, x.value) for x in labels("14/21 Declarations of Interest")] == [
        ("slash:/21", 14), ("slash-year:14/", 21)]
    assert any(follows(x, y) for x in labels("14/21 Apologies") for y in labels("15/21 Minutes"))
