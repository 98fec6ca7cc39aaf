"""Extraction over paragraphs built from lines of the wide corpus (../shared/corpus-wide/docs), shortened.

The paragraphs are built here, one per printed block, so these tests do not depend on how segmentation
cuts the papers; where a segmenter may join blocks, the joined form is tested too.
"""
from dataclasses import dataclass, field

from indexer.extract.decisions import extract_decisions
from indexer.extract.staff_reports import item_recommendations
from models.domain import Attendee, Paragraph


def build(blocks, part="minutes", meeting_id="m1"):
    """Paragraphs from (item, number, text) blocks."""
    out = []
    for i, (item, number, text) in enumerate(blocks, start=1):
        out.append(Paragraph(id=f"0a0a0a0a0a0a.p{i:04d}", document_id="0a0a0a0a0a0a", seq=i, text=text, start=0,
                             end=len(text), part=part, number=number, item=item, meeting_id=meeting_id))
    return out


def summary(found):
    return [(d.verbs, d.outcome, d.votes and (d.votes.for_, d.votes.against, d.votes.abstain), d.proposer,
             d.seconder, d.text) for d in found if d.kind == "decision"]


def matches(got, expected):
    """True when each decision has the expected fields and its text starts with the expected words."""
    return len(got) == len(expected) and all(g[:-1] == e[:-1] and g[-1].startswith(e[-1]) for g, e in zip(got, expected))


@dataclass
class Meeting:
    attendees: list = field(default_factory=list)
    chair: str | None = None


# A county council's budget meeting: motions and amendments with named votes (01).
COUNTY = [
    ("288", None, "RESOLVED that the minutes of the meetings held on 19 December 2024 and 9 January 2025 be "
                  "approved as a correct record."),
    ("290", "(2)", "Mr Oakford proposed, and Mr Gough seconded the motion that:"),
    ("290", None, "“Pursuant to section 25 of the Local Government Act, County Council is asked to consider and "
                  "note this report.”"),
    ("290", "(3)", "The Chairman put the motion set out in paragraph 2 to the vote and the voting was as follows:"),
    ("290", None, "For (57)"),
    ("290", None, "Mr Baker, Mr Baldock, Mr Bartlett, Sir Paul Carter, CBE, Mrs Chandler"),
    ("290", None, "Against (0)"),
    ("290", None, "Abstain (2)"),
    ("290", None, "Mr B Lewis, Mr D Ross\nMotion carried."),
    ("290", "(4)", "RESOLVED that pursuant to section 25 of the Local Government Act, County Council noted the "
                   "report."),
    ("291", "(4)", "Mr Oakford proposed and Mr Gough Seconded the following motion:"),
    ("291", None, "“County Council, having given due regard to the s25 Report, is asked to agree the following:"),
    ("291", None, "2025-35 Capital Programme"),
    ("291", "(a)", "The 10-year Capital programme of £1,419m.\n(b) The directorate capital programmes.”"),
    ("291", "(7)", "Mr Brady proposed, and Ms Meade seconded the following amendment:"),
    ("291", None, "Proposed Purpose:"),
    ("291", None, "“To amend the budget proposed by the Administration in line with the Labour Group’s "
                  "Alternative Budget.”"),
    ("291", None, "Proposed Amount:"),
    ("291", None, "“See revised budget appendices D and F.”"),
    ("291", None, "Post meeting note – A covering report can be accessed here."),
    ("291", "(8)", "Following the debate, the Chairman put to the vote the amendment set out in paragraph 7 above "
                   "and the voting was as follows:"),
    ("291", None, "For (12)"),
    ("291", None, "Mr Baldock, Mr Brady, Mr Campkin"),
    ("291", None, "Against (42)"),
    ("291", None, "Mr Baker, Mr Bartlett, Mr Beaney"),
    ("291", None, "Abstain (7)"),
    ("291", None, "Mr Chittenden, Mr Hook\nAmendment lost."),
    ("291", "(26)", "As all the amendments had either been determined or withdrawn, the Chairman put to the vote the "
                    "substantive motion as set out in Item 6, paragraph 4 above and the voting was as follows:"),
    ("291", None, "For (41)"),
    ("291", None, "Against (10)"),
    ("291", None, "Abstain (7)"),
    ("291", None, "Substantive Motion Carried."),
    ("291", "(27)", "RESOLVED that:"),
    ("291", None, "County Council, having given due regard to the s25 Report, is asked to agree the following:"),
    ("291", None, "2025-35 Capital Programme"),
    ("291", "(a)", "The 10-year Capital programme of £1,419m.\n(b) The directorate capital programmes."),
]


def test_county_council_motions_amendments_and_named_votes():
    assert matches(summary(extract_decisions(build(COUNTY))), [
        (["RESOLVED"], "carried", None, None, None, "RESOLVED that the minutes of the meetings held on"),
        (["RESOLVED"], "carried", (57, 0, 2), "Mr Oakford", "Mr Gough", "RESOLVED that pursuant to section 25"),
        (["REJECTED"], "lost", (12, 42, 7), "Mr Brady", "Ms Meade", "Proposed Purpose:\n“To amend the budget"),
        (["RESOLVED"], "carried", (41, 10, 7), "Mr Oakford", "Mr Gough", "RESOLVED that:\nCounty Council, having"),
    ])


def test_county_council_with_the_vote_joined_into_paragraphs():
    joined = COUNTY[:3] + [("290", "(3)", "\n".join(t for _, _, t in COUNTY[3:9])), COUNTY[9]]
    assert summary(extract_decisions(build(joined)))[1][:5] == (["RESOLVED"], "carried", (57, 0, 2), "Mr Oakford",
                                                                "Mr Gough")


# A parish council's minutes (08, 15, 16).
PARISH = [
    ("44", "44.2.", "The chairman proposed, and it was accepted that agenda item 8 Village Greens, be held over "
                    "until the October meeting as no report had been received from the Greens Working Party."),
    ("46", "46.1.", "Minutes of full council meeting 10th July. The minutes were approved as a true record of the "
                    "meeting and duly signed by the chairman."),
    ("48", "48.2.", "It was RESOLVED that the Parish Council assume the General Power of Competence as defined in the "
                    "Local Government Act 2011."),
    ("49", "49.3.", "Members agreed that a wider advertising campaign be undertaken."),
    ("55", "55.1.", "The clerk presented a financial report to 31st August. The report was noted."),
    ("55", "55.9.", "Members appointed McCash and Co as internal auditors for 2019/20."),
    ("19.09.03", None, "The minutes of the meeting held on the 2nd July 2019 had been circulated prior to this "
                       "meeting.  All agreed this was a true record and were signed and approved."),
    ("19.09.09", None, "The Councillors resolved to pay all of the above."),
    ("6", None, "RESOLVED: (i) That the Council should purchase a new website domain; (ii) That the Clerk should "
                "have a new generic email address; and (iii) That the existing website domain should lapse."),
    ("12", None, "Councillors considered arrangements for Christmas, and it was agreed (i) that the switch-on of the "
                 "Christmas Tree lights should be on the evening of Sunday 7 December 2025, and (ii) that mulled wine "
                 "should follow."),
]


def test_parish_council_minutes():
    found = extract_decisions(build(PARISH), {"m1": Meeting(chair="Cllr Haidy Blake")})
    assert [(v, o, p) for v, o, _, p, _, _ in summary(found)] == [
        (["ACCEPTED"], "agreed", "Cllr Haidy Blake (the chairman)"),
        (["APPROVED"], "agreed", None),
        (["RESOLVED"], "carried", None),
        (["AGREED"], "agreed", None),
        (["NOTED"], "noted", None),
        (["APPOINTED"], "agreed", None),
        (["AGREED"], "agreed", None),
        (["RESOLVED"], "carried", None),
        (["RESOLVED"], "carried", None),
        (["AGREED"], "agreed", None),
    ]


# A Scottish community council's minutes, movers printed as initials (20, 21).
COMMUNITY = [
    ("4", None, "The Minutes of the Meeting held on 2 July 2019 were approved. Proposed by SW and seconded by RW."),
    ("9", None, "• BT Phone Boxes – it was agreed that the community should express interest in purchasing the BT "
                "phonebox in the Crofts car park for the nominal sum of £1. GD/HL"),
    ("Minutes", None, "The minutes of the previous meeting held on Wednesday 3rd January 2024 were approved by MC "
                      "and Seconded by AW as a true and accurate reflection of events."),
    ("Training", None, "It was agreed by all members present that this training would take place at the beginning "
                       "of the next meeting on 5th March at 7pm."),
    ("Bird Scarers", None, "It is hoped this will reduce any noise pollution and we agreed to monitor this."),
]


def test_community_council_minutes_with_initials():
    present = ["Kenny Combe KC", "Graham Dolan GD", "Rob Weatherston RW", "Sarah Woodbury SW",
               "Margaret Carey", "Amanda Wright"]
    meeting = Meeting([Attendee(n, "present") for n in present], chair="Sarah Woodbury")
    found = extract_decisions(build(COMMUNITY), {"m1": meeting})
    assert [(v, p, s) for v, _, _, p, s, _ in summary(found)] == [
        (["APPROVED"], "Sarah Woodbury (SW)", "Rob Weatherston (RW)"),
        (["AGREED"], None, None),
        (["APPROVED"], "Margaret Carey (MC)", "Amanda Wright (AW)"),
        (["AGREED"], None, None),
        (["AGREED"], None, None),
    ]


# A county council's record of decision (05), its paragraphs part of no minutes.
RECORD = [
    (None, None, "Decision:"),
    (None, None, "As Cabinet Member for Integrated Children’s Services I agree to:"),
    (None, None, "APPROVE the proposal to not re-commission the Family Hub services that are currently provided at "
                 "Seashells and Millmead Family Hubs when the current contracts reach the end of their term."),
    (None, None, "DELEGATE authority to the Director for Operational Integrated Children’s Services to take necessary "
                 "actions."),
    (None, None, "Reason(s) for decision:"),
    (None, None, "In October 2023 the KCC Cabinet adopted ‘Securing Kent’s Future’ which set out the scale of the "
                 "financial challenge."),
    (None, None, "Cabinet Committee recommendations and other consultation: On 21 November 2024 the Cabinet "
                 "Committee considered the proposed decision. The committee passed a motion proposing that: That "
                 "the decision be delayed until the new government funding is confirmed; That a valuation of the "
                 "buildings be undertaken; And, that an update be brought to the next meeting. New Government "
                 "Funding In relation to the first part of the motion, officers have repeatedly requested "
                 "confirmation."),
]


def test_record_of_decision():
    for part in ("minutes", "report"):
        found = [(v, o, None, None, None, t) for v, o, _, _, _, t in summary(extract_decisions(build(RECORD, part=part)))]
        assert matches(found, [
            (["AGREED", "APPROVED", "DELEGATED"], "agreed", None, None, None, "As Cabinet Member for Integrated"),
            (["RESOLVED"], "carried", None, None, None, "The committee passed a motion proposing that: That"),
        ])
        assert found[0][-1].endswith("to take necessary actions.")
    recs = item_recommendations(build(RECORD, part="report"))
    assert [r.text[:30] for r in recs] == ["APPROVE the proposal to not re", "DELEGATE authority to the Dire"]


# US city agendas: items with recommendations (30, 31, 35, 36, 41).
def test_us_agenda_items():
    def recs(*texts):
        return [(r.label, r.text[:30]) for r in item_recommendations(build([(None, None, t) for t in texts], "agenda"))]

    assert recs("C. Registers of Demands (Mata)", "Recommendation: 1) Adopt Resolution No. 2022-__, A RESOLUTION OF "
                "THE CITY COUNCIL, ALLOWING CERTAIN CLAIMS AND DEMANDS; and, 2) Adopt Resolution No. IA 2022-__, A "
                "RESOLUTION OF THE IMPROVEMENT AUTHORITY.", "Register of Demands- CC") == [
        ("1", "Adopt Resolution No. 2022-__, "), ("2", "Adopt Resolution No. IA 2022-_")]
    assert recs("A. Public Hearing to Adopt a Resolution Authorizing Application for PLHA Funds",
                "Recommendation: That the City Council take the following actions:",
                "1. Conduct a Public Hearing to receive community feedback on the 5-year funding allocation plan;",
                "2. Authorize the City Manager to modify the draft application as needed prior to submittal; and",
                "3. Adopt by title only Resolution No. 2022-61.", "Staff Report") == [
        ("1", "Conduct a Public Hearing to re"), ("2", "Authorize the City Manager to "),
        ("3", "Adopt by title only Resolution")]
    assert recs("11/09/22-2. Consideration of a Coastal Development Permit at 216 14th Street.",
                "Recommendation: Staff recommends that the Planning Commission CONDUCT the Public Hearing and ADOPT "
                "the attached resolution approving the project subject to conditions.") == [
        (None, "Staff recommends that the Plan")]
    assert recs("ITEM 1: *3903 HAINES STREET – PROJECT NO. 669397", "Report No. PC-22-037", "PROPOSED ACTION",
                "Process 5. Recommend that the City Council Approve or Deny the Project", "DEPARTMENT RECOMMENDATION",
                "Recommend that the City Council Approve the Project") == [
        (None, "Process 5. Recommend that the "), (None, "Recommend that the City Counci")]
    assert recs("1. PUBLIC SAFETY COMMITTEE REPORT - Authorize the City Manager to purchase a new Volunteers on "
                "Patrol Vehicle.") == [(None, "Authorize the City Manager to ")]
