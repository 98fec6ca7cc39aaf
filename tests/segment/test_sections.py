"""Section headings of reports (indexer.segment.reports.section_heading): a heading, not a wrapped line."""
import pytest

from indexer.segment.blocks import Line
from indexer.segment.reports import contact_officer, section_heading


def line(text: str, blank_before: bool = True) -> Line:
    return Line(text=text, start=0, end=len(text), blank_before=blank_before)


@pytest.mark.parametrize("text, heading", [
    ("8. Treasury Management", "8. Treasury Management"),  # an English county's numbered section
    ("Fiscal Impact", "Fiscal Impact"),  # a US staff report's unnumbered section
    ("RECOMMENDATIONS:", "RECOMMENDATIONS"),
])
def test_a_short_title_is_a_section(text, heading):
    assert section_heading(line(text)) == heading


@pytest.mark.parametrize("text", [
    "8.1 Total external debt outstanding in",  # the paragraph goes on: '... in March was £1.2bn'
    "Staff Report on the Proposed Fees and",
    "4.2 Reserves held by the Council for",
])
def test_a_line_ending_in_a_connector_is_a_paragraph_wrapping(text):
    assert section_heading(line(text)) is None


@pytest.mark.parametrize("texts, officer", [
    (["TO: Honorable Chair and Commissioners", "FROM: Greg Smith, Community Development Director",
      "PREPARED BY: Ann Lee, Senior Planner"], "Ann Lee, Senior Planner"),  # a US staff report's cover
    (["Report author: Jane Doe, Finance Manager", "Tel: 01234 567890"], "Jane Doe, Finance Manager"),
    (["Officer name: Tom Hart Tel No: 01603 222333"], "Tom Hart"),  # an English county's contact box
    (["For any enquiries about this report please contact:", "Sam Reed", "Clerk to the Council"],
     "Sam Reed, Clerk to the Council"),
])
def test_the_officer_who_wrote_the_report(texts, officer):
    assert contact_officer([line(t) for t in texts]) == officer
