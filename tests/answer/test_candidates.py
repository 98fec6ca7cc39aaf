import numpy as np
import pytest

from indexer.answer.answering import _similarities
from indexer.answer.candidates import Candidate, has_date, has_money, has_vote, row_candidate, split_points
from indexer.search import UnitTable
from indexer.store import Unit


def test_split_points_keeps_list_points_and_sentences_with_offsets():
    text = ("The Committee NOTED:\na) The forecast overspend of £9.629m;\nb) The planned use of "
            "reserves. Mr B Smith agreed. It was noted.")
    got = split_points(text)
    assert [s for _, s in got] == [
        "The Committee NOTED:", "a) The forecast overspend of £9.629m;",
        "b) The planned use of reserves.", "Mr B Smith agreed.", "It was noted."]
    for off, s in got:
        assert text[off:off + 5] == s[:5]


@pytest.mark.parametrize("text, want", [
    # a US staff report: a number sign and a street's direction
    ("Request extension of time of Tentative Parcel Map No. 82410, to subdivide a property at 15906-15908 S. "
     "Manhattan Place. Staff recommends approval.",
     ["Request extension of time of Tentative Parcel Map No. 82410, to subdivide a property at 15906-15908 S. "
      "Manhattan Place.", "Staff recommends approval."]),
    ("Mr. Gomez presented Resolution No. 2022-45. It passed.", ["Mr. Gomez presented Resolution No. 2022-45.",
                                                               "It passed."]),
    # English minutes: titles with a full stop, initials, a paragraph reference
    ("Proposed by Cllr. J. Smith, seconded by Mrs. K. Lee. All agreed.",
     ["Proposed by Cllr. J. Smith, seconded by Mrs. K. Lee.", "All agreed."]),
    ("See para. 5 of the report, e.g. the fees. The Dr. attended.",
     ["See para. 5 of the report, e.g. the fees.", "The Dr. attended."]),
    # full stops that do end sentences stay ends
    ("As set out in Appendix A. The committee noted it.", ["As set out in Appendix A.", "The committee noted it."]),
    ("The member said “No.” The vote followed.", ["The member said “No.”", "The vote followed."]),
])
def test_a_full_stop_after_a_title_number_sign_or_initial_does_not_end_the_sentence(text, want):
    assert [s for _, s in split_points(text)] == want


def test_every_line_of_a_list_is_a_candidate():
    text = "Substitute Members Present\nCllr P Duigan for Cllr F Whymark\nOfficers Present:"
    assert [s for _, s in split_points(text)] == [
        "Substitute Members Present", "Cllr P Duigan for Cllr F Whymark", "Officers Present:"]


def test_row_candidate_names_label_and_cells():
    u = Unit("d.t001.row1", "figure", "", "d.p0001", "d")
    c = row_candidate(u, 0, "Budget monitoring", ["Service", "Budget £m", "Variance £m"],
                      ["Hired Transport", "3.672", "(0.100)"])
    assert c.label == "Hired Transport"
    assert c.cells == [("Budget £m", "3.672"), ("Variance £m", "(0.100)")]
    assert c.text == "Hired Transport\t3.672\t(0.100)"


def test_type_detectors():
    assert has_money("an overspend of £4.399m") and has_money("£30 million") and not has_money("30 units")
    assert has_date("go live on 20 November 2017") and has_date("in October 2015") and not has_date("in 2015")
    assert has_vote("With 12 votes for and 0 against") and has_vote("carried unanimously")
    assert not has_vote("The Committee AGREED the report")


@pytest.mark.parametrize("rx, text, found", [
    # a US city's notice, an English parish's agenda, a Canadian township's
    ("EMAIL_RE", "by emailing the Planning Commission at PlanningCommissioner@cityofgardena.org by 5:00p.m.",
     ["PlanningCommissioner@cityofgardena.org"]),
    ("EMAIL_RE", "Contact the Clerk: clerk.ashwellpc@gmail.com.", ["clerk.ashwellpc@gmail.com"]),
    ("PHONE_RE", "If you have any questions regarding this agenda, please contact 312-742-8888.", ["312-742-8888"]),
    ("PHONE_RE", "Telephone the Clerk on 01462 742 123 or (519) 555-0199.", ["01462 742 123", "(519) 555-0199"]),
    ("PHONE_RE", "Minute 14/21 of 12/03/2021, file 21-0412, 2016-17 budget of £1,234,567 at 10.30 a.m.", []),
    ("WEB_RE", "Papers are at www.kent.gov.uk/papers, and https://example.org/agenda.",
     ["www.kent.gov.uk/papers", "https://example.org/agenda"]),
    ("WEB_RE", "RESOLVED to buy the domain burtoncumwalden.org.uk for three years.", ["burtoncumwalden.org.uk"]),
    ("WEB_RE", "Email J.Smith@kent.gov.uk with comments.", []),  # an address's domain is no website
    # measures in a US planning report, an English parish's planning list
    ("MEASURE_RE", "The 0.186-acre site is in the RM-1-1 Zone; appeals within Fourteen (14) days.",
     ["0.186-acre", "Fourteen (14) days"]),
    ("MEASURE_RE", "Rear extension to a maximum height of 2.985 metres, 42 inches from grade, a 12 month extension.",
     ["2.985 metres", "42 inches", "12 month"]),
    ("MEASURE_RE", "An overspend of £9.629m at minute 14/21 on 3 March 2021.", []),
    # places: a Scottish community council's hall, an English parish's room, a US city's hearing room and address
    ("PLACE_RE", "Held in Ayton Community Hall at 7pm; next in the Brace Room.", ["Ayton Community Hall", "Brace Room"]),
    ("PLACE_RE", "250 Broadway - Committee Rm, 16th Fl.", ["250 Broadway", "Committee Rm", "16th Fl."]),
    ("PLACE_RE", "The motion was carried unanimously.", []),
    # an online meeting's codes, as US cities and English councils print them
    ("CODE_RE", "Enter Meeting ID: 875 7398 5142, Passcode: 937303", ["Meeting ID: 875 7398 5142", "Passcode: 937303"]),
    ("CODE_RE", "Join on Teams, Conference ID 123 456 789#", ["Conference ID 123 456 789"]),
    ("CODE_RE", "Watch at www.beverlyhills.org/live", []),
    # what became of an item
    ("OUTCOME_RE", "Owner: H Sampson. Withdraw from Planning Commission review; the hearing was deferred.",
     ["Withdraw", "deferred"]),
    # firms as they sign: an English parish's auditors, a US city's consultant, a Canadian township's contractor
    ("FIRM_RE", "RESOLVED to appoint McCash and Co as internal auditors.", ["McCash and Co"]),
    ("FIRM_RE", "The city would hire R3 Consulting Group, Inc. to run it.", ["R3 Consulting Group"]),
    ("FIRM_RE", "The tender of Smith Haulage Ltd. was accepted by Kent County Council.", ["Smith Haulage Ltd."]),
])
def test_ways_to_reach_the_council_are_found(rx, text, found):
    import indexer.answer.candidates as c

    assert getattr(c, rx).findall(text) == found


class CountingEncoder:
    """Records what it is asked to encode; each text's vector is a fixed one of its own."""

    dim = 2

    def __init__(self) -> None:
        self.asked: list[list[str]] = []

    def encode(self, texts):
        self.asked.append(list(texts))
        return np.array([[1.0, 0.0] if "vote" in t else [0.0, 1.0] for t in texts], dtype=np.float32)


def test_a_candidate_that_is_its_units_whole_text_uses_the_stored_vector():
    whole = Unit("u1", "paragraph", "The motion was carried.", "p1", "d1")
    long = Unit("u2", "paragraph", "Cllr Lee spoke. The vote was 5 to 2.", "p2", "d1")
    table = UnitTable([whole, long], np.array([[0.6, 0.8], [0.0, 0.0]], dtype=np.float32))
    found = [Candidate(whole, 0, whole.text, ""), Candidate(long, 1, "Cllr Lee spoke.", ""),
             Candidate(long, 1, "The vote was 5 to 2.", ""), Candidate(long, 1, "Cllr Lee spoke.", "")]
    encoder = CountingEncoder()
    sims = _similarities(found, table, np.array([1.0, 0.0], dtype=np.float32), encoder)
    assert sims == pytest.approx([0.6, 0.0, 1.0, 0.0])  # the first from the table: the encoder never saw it
    assert encoder.asked == [["Cllr Lee spoke.", "The vote was 5 to 2."]]  # each other text once
    assert table.stored_vector("u2") is None and table.stored_vector("nope") is None  # no vector: encoded
