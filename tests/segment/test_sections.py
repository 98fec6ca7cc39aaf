"""Section headings of reports (indexer.segment.reports.section_heading): a heading, not a wrapped line."""
import pytest

from indexer.segment.blocks import Line
from indexer.segment.reports import section_heading


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
